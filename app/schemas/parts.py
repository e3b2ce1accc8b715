"""Part resources as the API serves them (millimetres)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from app.schemas.common import NEXT_CURSOR, BBoxMM

_BOX: JsonDict = {"min": [0.0, 0.0, 0.0], "max": [184.2, 114.3, 95.3]}


class BodyPublic(BaseModel):
    id: int
    name: str
    bbox_mm: BBoxMM


class PartPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d",
                    "name": "box_sides",
                    "file_name": "box_sides.STEP",
                    "format": "step",
                    "source_unit": "inch",
                    "size_bytes": 482133,
                    "demo": False,
                    "bodies": [{"id": 0, "name": "bottom", "bbox_mm": _BOX}],
                    "bbox_mm": _BOX,
                    "created_at": "2026-11-23T09:00:00Z",
                }
            ]
        }
    )
    id: str
    name: str
    file_name: str
    format: str
    source_unit: str
    size_bytes: int
    demo: bool = Field(description="the built-in demo weldment that `weldplan serve --demo` loads")
    bodies: list[BodyPublic]
    bbox_mm: BBoxMM
    created_at: datetime


class PartList(BaseModel):
    """One page of parts, oldest first."""

    parts: list[PartPublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)
