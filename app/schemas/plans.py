"""Plan requests and plan status."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PlanStatus = Literal["queued", "running", "succeeded", "failed", "cancelled"]


class PlanCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"part_id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d", "robot_id": "abb_irb1600_10_145",
                 "tool_id": "torch_22deg"}
            ]
        },
    )
    part_id: str = Field(min_length=1, max_length=64)
    robot_id: str = Field(min_length=1, max_length=64)
    tool_id: str | None = Field(None, max_length=64)
    seam_ids: list[str] | None = Field(None, description="Seams to weld, in this order; default: all enabled.")
    cell: dict[str, Any] | None = Field(None, description="Robot base pose, part pose, obstacles.")
    options: dict[str, Any] | None = None


class PlanAccepted(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"id": "9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a", "status": "queued"}]}
    )
    id: str
    status: PlanStatus


class PlanPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a",
                    "part_id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d",
                    "robot_id": "abb_irb1600_10_145",
                    "tool_id": "torch_22deg",
                    "status": "running",
                    "progress": 0.4,
                    "attempts": 1,
                    "error": None,
                    "result": None,
                    "request": {"part_id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d",
                                "robot_id": "abb_irb1600_10_145"},
                    "created_at": "2026-11-23T09:00:00Z",
                    "started_at": "2026-11-23T09:00:01Z",
                    "finished_at": None,
                }
            ]
        }
    )
    id: str
    part_id: str
    robot_id: str
    tool_id: str | None
    status: PlanStatus
    progress: float = Field(ge=0, le=1)
    attempts: int = Field(description="How many times a worker has started this job (restarts re-queue it).")
    error: str | None
    result: dict[str, Any] | None
    request: dict[str, Any]
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class PlanList(BaseModel):
    plans: list[PlanPublic]
