"""What a DELETE of a part or robot did, answered in full."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class DeletedPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d",
                    "kind": "part",
                    "cancelled_plans": [],
                    "removed_plans": ["9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a"],
                    "removed_seams": 2,
                }
            ]
        }
    )
    id: str
    kind: Literal["part", "robot"]
    cancelled_plans: list[str] = Field(
        description="Queued or running plans cancelled first (only with "
        "force=true); those of another part stay, cancelled."
    )
    removed_plans: list[str] = Field(
        description="Plans deleted with the part or robot: every plan made for it, "
        "with its stored motion, programs and trajectory."
    )
    removed_seams: int = Field(description="Seams deleted with the part (0 for a robot).")
