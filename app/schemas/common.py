"""Shapes shared by several resources."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path
from pydantic import BaseModel, ConfigDict, Field

Vec3 = list[float]


class BBoxMM(BaseModel):
    min: Vec3 = Field(min_length=3, max_length=3)
    max: Vec3 = Field(min_length=3, max_length=3)


class Problem(BaseModel):
    """RFC 9457 problem details."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"type": "about:blank", "title": "Not Found", "status": 404,
                 "detail": "part '3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d' does not exist"}
            ]
        }
    )
    type: str = "about:blank"
    title: str
    status: int
    detail: str


def problem_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI entries for error answers, so /docs shows their media type and shape."""
    examples = {
        400: "seam_ids[0]: seam 'abc' belongs to another part",
        404: "part '3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d' does not exist",
        409: "plan '9a0c' is already finished (succeeded)",
        413: "file: the request body is larger than the upload limit of 100 MB",
        415: "file: extension '.docx' is not supported; use one of .step, .stp, .stl, .obj, .ply, .glb",
        422: "file: 'bracket.step' is not a STEP file (no ISO-10303-21 header)",
    }
    out: dict[int | str, dict] = {}
    for status in statuses:
        out[status] = {
            "model": Problem,
            "content": {"application/problem+json": {"example": {
                "type": "about:blank", "title": "error", "status": status, "detail": examples[status]}}},
        }
    return out


def path_id(kind: str, example: str) -> Any:
    """A path parameter with an example, so /docs can be tried out as it stands."""
    return Annotated[str, Path(description=f"id of the {kind}", examples=[example])]


PartId = path_id("part", "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d")
PlanId = path_id("plan", "9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a")
RobotId = path_id("robot", "abb_irb1600_10_145")
ToolId = path_id("tool", "torch_22deg")
