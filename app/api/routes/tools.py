"""Welding torches."""

from __future__ import annotations

from fastapi import APIRouter

from app.schemas.common import ToolId, problem_responses
from app.schemas.robots import ToolList, ToolPublic
from app.services import robots as svc

router = APIRouter(prefix="/tools", tags=["tools"])


def _public(tool) -> dict:  # noqa: ANN001
    return {"id": tool.id, "name": tool.name, "stickout_mm": tool.stickout_m * 1e3,
            "nozzle_diameter_mm": tool.nozzle_diameter_m * 1e3, "X_FT": svc.pose_from_X(tool.X_FT),
            "shapes": svc.tool_shapes(tool)}


@router.get("", response_model=ToolList, summary="Torches with their TCP (X_FT, the wire tip in the flange frame)")
def list_tools() -> dict:
    from robot_models import load_builtin_tools

    return {"tools": [_public(t) for t in load_builtin_tools().values()]}


@router.get("/{tool_id}", response_model=ToolPublic, summary="One torch", responses=problem_responses(404))
def get_tool(tool_id: ToolId) -> dict:
    return _public(svc.tool_spec(tool_id))
