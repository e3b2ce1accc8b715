"""Positioners (turntables, tilt-rotate tables) a plan's cell may hold."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.schemas.common import PositionerId, problem_responses
from app.schemas.positioners import PositionerList, PositionerPublic
from app.services import positioners as svc

router = APIRouter(prefix="/positioners", tags=["positioners"])


@router.get("", response_model=PositionerList, summary="Built-in positioners with their axes, limits and speeds")
def list_positioners() -> dict:
    return {"positioners": svc.list_positioners()}


@router.get(
    "/{positioner_id}", response_model=PositionerPublic, summary="One positioner", responses=problem_responses(404)
)
def get_positioner(positioner_id: PositionerId) -> dict:
    return svc.positioner_public(svc.positioner_spec(positioner_id))


@router.get(
    "/{positioner_id}/urdf",
    response_class=Response,
    summary="The positioner's URDF for a viewer",
    description="Its links drawn by the collision shapes the planner checks (copied to <visual> where a link has "
    "none); the joints as in GET /positioners/{id} (joint_names, base_link, face_plate_link).",
    responses={200: {"content": {"application/xml": {}}}, **problem_responses(404)},
)
def get_positioner_urdf(positioner_id: PositionerId) -> Response:
    return Response(svc.viewer_urdf(svc.positioner_spec(positioner_id)), media_type="application/xml")
