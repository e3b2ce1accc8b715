"""Positioners at the API edge (millimetres, degrees)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.robots import Pose, Vendor


class PositionerShape(BaseModel):
    link: str = Field(description="URDF link the shape belongs to")
    kind: Literal["box", "cylinder", "sphere", "mesh"]
    pose: Pose = Field(description="the shape's centre in the positioner base frame at the home joint values")
    size_mm: list[float] | None = Field(None, description="box: full edge lengths")
    radius_mm: float | None = None
    length_mm: float | None = Field(None, description="cylinder: length along its z axis")


class PositionerPublic(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "id": "yaskawa_motopos_d500",
                    "name": "Yaskawa MotoPos D500",
                    "vendor": "yaskawa",
                    "model": "MotoPos D500",
                    "kind": "tilt_rotate",
                    "dof": 2,
                    "payload_kg": 500.0,
                    "builtin": True,
                    "joint_names": ["joint_1", "joint_2"],
                    "joint_limits_deg": [[-135.0, 135.0], [-200.0, 200.0]],
                    "max_speed_deg_s": [80.0, 160.0],
                    "max_accel_deg_s2": [160.0, 320.0],
                    "home_deg": [0.0, 0.0],
                    "X_PosF_home": {"xyz_mm": [0.0, 0.0, 530.0], "quat_wxyz": [1.0, 0.0, 0.0, 0.0]},
                }
            ]
        }
    }
    id: str
    name: str
    vendor: Vendor | Literal["staubli"]
    model: str
    kind: Literal["turntable", "tilt_rotate", "track"]
    dof: int
    payload_kg: float | None
    builtin: bool
    joint_names: list[str] = Field(description="URDF joints, base first (tilt-rotate: tilt, then rotate)")
    joint_limits_deg: list[list[float]]
    max_speed_deg_s: list[float]
    max_accel_deg_s2: list[float]
    home_deg: list[float]
    base_link: str = Field(description="URDF link of the positioner base frame Pos (placed in a cell at X_BPos)")
    face_plate_link: str = Field(description="URDF link of the face plate F (the part is mounted at X_FP on it)")
    X_PosF_home: Pose = Field(description="the face plate in the positioner base frame at the home joint values")
    shapes: list[PositionerShape] = Field(description="collision shapes the planner checks, at home")
    accel_assumption: str
    sources: list[str]


class PositionerList(BaseModel):
    positioners: list[PositionerPublic]
