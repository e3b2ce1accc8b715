"""Robots, tools, FK and IK at the API edge (millimetres, degrees, quat_wxyz)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# Request models are also strict as a whole (model_config strict=True): booleans and integers take JSON
# booleans and integers only (lax pydantic reads true as 1), as the OpenAPI document says.
from app.schemas.bounds import CoordMM, QuatComponent, StrictFinite
from app.schemas.common import NEXT_CURSOR

# Registered robots: a joint range of at most two turns each way (the widest industrial wrists, e.g. ABB
# IRB 1600 axis 6 at +-400 deg, fit); wider ranges would multiply IK answers by their whole-turn variants.
LimitDeg = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=-720, le=720)]
OffsetDeg = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=-360, le=360)]
# Positive and finite with room to spare: joint speeds of arc-welding arms are 130-721 deg/s
# (docs/references.md#robots-5, from the vendors' datasheets via ROS-Industrial URDFs).
SpeedDegS = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=0.1, le=10_000)]
AccelDegS2 = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=0.1, le=1_000_000)]
Vendor = Literal["abb", "kuka", "fanuc", "yaskawa", "ur", "other"]

# A quaternion whose components are all smaller than this has no direction to normalise.
_QUAT_MIN = 1e-9
_POSE = {"xyz_mm": [815.0, 0.0, 1186.5], "quat_wxyz": [0.7071068, 0.0, 0.7071068, 0.0]}


class Pose(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [_POSE]})
    xyz_mm: list[CoordMM] = Field(min_length=3, max_length=3)
    quat_wxyz: list[QuatComponent] = Field(
        min_length=4, max_length=4, description="[w, x, y, z]; normalised here, so any length but zero",
        # not all four components (nearly) zero, as the schema can say it; the validator below is the same rule
        json_schema_extra={"contains": {"anyOf": [{"minimum": _QUAT_MIN}, {"maximum": -_QUAT_MIN}]}})

    @field_validator("quat_wxyz")
    @classmethod
    def _nonzero(cls, q: list[float]) -> list[float]:
        if max(abs(v) for v in q) < _QUAT_MIN:
            raise ValueError("the quaternion has zero length")
        return q


class RobotPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "abb_irb1600_10_145", "name": "ABB IRB 1600-10/1.45", "vendor": "abb", "model": "IRB 1600-10/1.45",
        "dof": 6, "reach_mm": 1450.0, "payload_kg": 10.0, "builtin": True, "kinematics": "opw",
        "joint_limits_deg": [[-180, 180], [-63, 136], [-235, 55], [-200, 200], [-115, 115], [-400, 400]],
        "max_speed_deg_s": [180, 180, 185, 385, 400, 460], "home_deg": [0, 0, 0, 0, 30, 0]}]})
    id: str
    name: str
    vendor: Vendor
    model: str
    dof: int
    reach_mm: float
    payload_kg: float | None
    builtin: bool
    kinematics: Literal["opw", "ur", "numeric"]
    joint_limits_deg: list[list[float]]
    max_speed_deg_s: list[float]
    home_deg: list[float]
    base_link: str = Field("base_link", description="URDF link of the base frame that poses and FK refer to")
    tip_link: str = Field("tool0", description="URDF link of the flange frame F (a torch's X_FT starts here)")


class RobotList(BaseModel):
    """One page of robots: the built-in ones first, then by id."""

    robots: list[RobotPublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class OPWIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    a1_mm: CoordMM
    a2_mm: CoordMM
    b_mm: CoordMM
    c1_mm: CoordMM
    c2_mm: CoordMM
    c3_mm: CoordMM
    c4_mm: CoordMM
    offsets_deg: list[OffsetDeg] = Field(min_length=6, max_length=6)
    sign_corrections: list[Literal[-1, 1]] = Field(min_length=6, max_length=6)

    @field_validator("sign_corrections", mode="before")
    @classmethod
    def _no_booleans(cls, v: object) -> object:
        # JSON true is not the number 1 (the schema's enum says so), but Python's True == 1 lets it through.
        if isinstance(v, list) and any(isinstance(s, bool) for s in v):
            raise ValueError("each must be -1 or 1 (a number, not true/false)")
        return v


class RobotCreate(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [{
        "name": "KUKA KR6 R700 sixx", "vendor": "kuka",
        "opw": {"a1_mm": 25, "a2_mm": -35, "b_mm": 0, "c1_mm": 400, "c2_mm": 315, "c3_mm": 365, "c4_mm": 80,
                "offsets_deg": [0, -90, 0, 0, 0, 0], "sign_corrections": [-1, 1, 1, -1, 1, -1]},
        "joint_limits_deg": [[-170, 170], [-190, 45], [-120, 156], [-185, 185], [-120, 120], [-350, 350]],
        "max_speed_deg_s": [360, 300, 360, 381, 388, 615]}]})
    name: str = Field(min_length=1, max_length=255)
    vendor: Vendor = "other"
    model: str | None = Field(None, max_length=255)
    opw: OPWIn
    joint_limits_deg: list[Annotated[list[LimitDeg], Field(min_length=2, max_length=2)]] = Field(
        min_length=6, max_length=6)
    max_speed_deg_s: list[SpeedDegS] = Field(min_length=6, max_length=6)
    max_accel_deg_s2: list[AccelDegS2] | None = Field(None, min_length=6, max_length=6)


class FKRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [
        {"joints_deg": [0, 0, 0, 0, 30, 0], "tool_id": "torch_22deg"}]})
    joints_deg: list[StrictFinite] = Field(
        min_length=6, max_length=6,
        description="One angle per joint (every robot here has six), each inside that joint's limits "
                    "(GET /robots/{robot_id} lists them); one outside is refused with 422 naming it.")
    tool_id: str | None = None


class FKResponse(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"pose": _POSE}]})
    pose: Pose


class IKRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [{"pose": _POSE}]})
    pose: Pose
    tool_id: str | None = None


class IKConfiguration(BaseModel):
    joints_deg: list[float] = Field(description="The configuration's joint angles: of its whole-turn variants, "
                                                "the one nearest zero (smallest sum of |angle|).")
    turn_variants_deg: list[list[float]] = Field(
        description="The same configuration with whole turns (+-360 deg) added to joints whose range allows it: "
                    "the same posture of the arm, listed here rather than as configurations of their own.")


class IKResponse(BaseModel):
    # Two of the six configurations of the ABB IRB 1600 at its home pose (q = [0, 0, 0, 0, 30, 0] deg).
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "configurations": [{"joints_deg": [0, 0, 0, 0, 30, 0],
                            "turn_variants_deg": [[0, 0, 0, 0, 30, -360], [0, 0, 0, 0, 30, 360]]},
                           {"joints_deg": [0, 0, 0, 180, -30, 180],
                            "turn_variants_deg": [[0, 0, 0, -180, -30, -180], [0, 0, 0, -180, -30, 180],
                                                  [0, 0, 0, 180, -30, -180]]}],
        "solutions_deg": [[0, 0, 0, 0, 30, -360], [0, 0, 0, 0, 30, 0], [0, 0, 0, 0, 30, 360],
                          [0, 0, 0, -180, -30, -180], [0, 0, 0, -180, -30, 180], [0, 0, 0, 180, -30, -180],
                          [0, 0, 0, 180, -30, 180]]}]})
    configurations: list[IKConfiguration] = Field(
        description="Each distinct configuration inside the joint limits once (analytic branches: shoulder, "
                    "elbow and wrist flip), with its whole-turn variants nested.")
    solutions_deg: list[list[float]] = Field(
        description="Every joint solution inside the limits, whole-turn variants included (the configurations' "
                    "joints_deg and turn_variants_deg, flattened; configuration by configuration, variants in "
                    "increasing turns).")


class ToolShape(BaseModel):
    name: str
    kind: Literal["cylinder", "box", "sphere"]
    pose: Pose = Field(description="shape frame in the flange frame; a cylinder lies along its local z, centred")
    radius_mm: float
    length_mm: float
    size_mm: list[float] | None = Field(None, description="box edge lengths")


class ToolPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "torch_22deg", "name": "22° bent-neck MIG torch", "stickout_mm": 15.0, "nozzle_diameter_mm": 19.0,
        "X_FT": {"xyz_mm": [0.0, 120.0, 390.0], "quat_wxyz": [0.9816272, -0.190809, 0.0, 0.0]}}]})
    id: str
    name: str
    stickout_mm: float
    nozzle_diameter_mm: float
    X_FT: Pose
    shapes: list[ToolShape] = Field(default_factory=list, description="the torch's collision shapes in the flange "
                                                                       "frame (what a viewer draws)")


class ToolList(BaseModel):
    tools: list[ToolPublic]
