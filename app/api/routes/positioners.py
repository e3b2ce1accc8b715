"""Positioners (turntables, tilt-rotate tables) a plan's cell may hold."""

from __future__ import annotations

from fastapi import APIRouter

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
