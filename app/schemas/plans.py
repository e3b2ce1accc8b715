"""Plan requests and plan status."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.bounds import CoordMM, EdgeMM
from app.schemas.common import NEXT_CURSOR
from app.schemas.robots import Pose
from planning.timing import PhaseKind

PlanStatus = Literal["queued", "running", "succeeded", "failed", "cancelled"]


class BoxObstacleIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    name: str = Field(min_length=1, max_length=64)
    size_mm: list[EdgeMM] = Field(min_length=3, max_length=3, description="Full edge lengths of the box.")
    pose: Pose = Field(description="The box centre in the robot base frame.")


class PartObstacleIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    name: str = Field(min_length=1, max_length=64)
    part_id: str = Field(
        min_length=1,
        max_length=64,
        description=(
            "An uploaded part (POST /parts: STEP or mesh) used as the obstacle's shape: a fixture, clamp or jig from "
            "CAD. Each of its bodies is an obstacle (named name.1, name.2, ... when there are several)."
        ),
    )
    pose: Pose = Field(description="Where that part's own frame (its file's origin) sits in the robot base frame.")


class PositionerCellIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    id: str = Field(min_length=1, max_length=64, description="A positioner (GET /positioners).")
    X_BPos: Pose = Field(description="The positioner's base in the robot base frame (z up).")
    X_FP: Pose = Field(
        description="The part's own frame on the positioner's face plate (the face plate's z axis is its normal)."
    )
    part_density_kg_m3: float = Field(
        7850.0,
        gt=0,
        le=25000,
        allow_inf_nan=False,
        description="Density of the part's material: with the CAD volume it gives the part's mass, which must not "
        "exceed the positioner's payload (default: structural steel, 7850 kg/m^3, EN 1991-1-1 Table A.4).",
    )
    coordinated: bool = Field(
        True,
        description="Weld closed round seams round a 2-axis tilt-rotate positioner's rotary axis, and open arcs "
        "about it that no standing positioner holds within 10 deg of the weld position (gravity_deg), in one "
        "coordinated pass, the positioner turning the part while the robot welds; false: every seam is welded "
        "with the positioner standing (indexed).",
    )
    gravity_deg: float | None = Field(
        None,
        ge=0,
        le=180,
        allow_inf_nan=False,
        description="The weld position a coordinated pass holds: the weld face's rotation from straight up "
        "(ISO 6947 Figure 1: 0 flat PA, 45 horizontal-vertical PB; 180 overhead PE); none: 0, flat. "
        "Only with coordinated.",
    )


class CellIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "X_BP": {"xyz_mm": [800.0, -100.0, 0.0], "quat_wxyz": [1.0, 0.0, 0.0, 0.0]},
                    "table": True,
                    "obstacles": [
                        {
                            "name": "clamp",
                            "size_mm": [60.0, 40.0, 80.0],
                            "pose": {"xyz_mm": [900.0, 60.0, 40.0], "quat_wxyz": [1.0, 0.0, 0.0, 0.0]},
                        },
                        {
                            "name": "jig",
                            "part_id": "5b1d0c9e7f2a4e3d8c6b1a0f9e8d7c6b",
                            "pose": {"xyz_mm": [700.0, -250.0, 0.0], "quat_wxyz": [1.0, 0.0, 0.0, 0.0]},
                        },
                    ],
                }
            ]
        },
    )
    X_BP: Pose | None = Field(
        None,
        description="The part's pose in the robot base frame; none: placed "
        "automatically where the most seam length is reachable.",
    )
    table: bool = Field(True, description="Model a table under the part (its top at the part's lowest point).")
    table_top_z_mm: CoordMM = Field(0.0, description="Table top height in the base frame for automatic placement.")
    obstacles: list[BoxObstacleIn | PartObstacleIn] = Field(
        default_factory=list,
        max_length=200,
        description="Boxes (size_mm) or uploaded parts (part_id) the robot and torch must keep clear of.",
    )
    positioner: PositionerCellIn | None = Field(
        None,
        description="The part is mounted on this positioner (leave X_BP out): the planner turns it between groups "
        "of seams so that each is welded as flat (ISO 6947 PA/PB) as the robot's reach allows.",
    )


class PlanOptions(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={"examples": [{"approach_mm": 50.0, "spin_step_deg": 20.0, "sequence": "optimize"}]},
    )
    approach_mm: float = Field(
        50.0,
        strict=True,
        gt=0,
        le=500,
        allow_inf_nan=False,
        description="Approach and retract distance along the wire axis.",
    )
    spin_step_deg: float | None = Field(
        None,
        strict=True,
        ge=1,
        le=90,
        allow_inf_nan=False,
        description="Sampling step of the torch spin about the wire axis. Default: the planner's own (20 deg), "
        "the step the seams' torch accessibility is computed with.",
    )
    rung_spacing_mm: float = Field(
        5.0,
        strict=True,
        ge=0.5,
        le=50,
        allow_inf_nan=False,
        description="Largest distance between planned points along a seam.",
    )
    air_max_checks: int = Field(
        20000,
        strict=True,
        ge=100,
        le=2_000_000,
        description=(
            "Budget of the sampling-based planner per blocked air move, in collision-checked configurations: the "
            "same plan on any machine."
        ),
    )
    air_time_limit_s: float = Field(
        5.0,
        strict=True,
        gt=0,
        le=60,
        allow_inf_nan=False,
        description="Cap of the sampling-based planner per blocked air move, in CPU seconds of the planning "
        "process (a safety net: the check budget normally ends the search first).",
    )
    deadline_s: float | None = Field(
        None,
        strict=True,
        ge=1,
        le=7 * 86400,
        allow_inf_nan=False,
        description=(
            "Longest the job may run, in s, from its worker's start; past it the job is stopped and fails naming "
            "the stage it was in. Default: 300 s plus 15 s per seam planned. A server cuts every deadline to its "
            "own cap (WELDPLAN_JOB_DEADLINE_MAX_S, default 3600 s) and refuses a larger one."
        ),
    )
    sequence: Literal["optimize", "given"] | None = Field(
        None,
        description="optimize: choose seam order and directions for the least air time; given: weld "
        "seam_ids in the order listed, each in its stored direction. Default: given when "
        "seam_ids is set, else optimize.",
    )


class PlanCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "part_id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d",
                    "robot_id": "abb_irb1600_10_145",
                    "tool_id": "torch_22deg",
                }
            ]
        },
    )
    part_id: str = Field(min_length=1, max_length=64)
    robot_id: str = Field(min_length=1, max_length=64)
    tool_id: str | None = Field(None, max_length=64)
    seam_ids: list[str] | None = Field(
        None,
        max_length=10_000,
        json_schema_extra={"uniqueItems": True},
        description="Seams to weld, in this order; default: all enabled.",
    )
    cell: CellIn | None = Field(None, description="Part pose, table and obstacles; none: automatic placement.")
    options: PlanOptions | None = None


class PlanAccepted(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"id": "9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a", "status": "queued"}]}
    )
    id: str
    status: PlanStatus


class TableOut(BaseModel):
    top_z_mm: float = Field(description="table top height in the robot base frame")
    size_mm: list[float] = Field(min_length=3, max_length=3)
    centre_xy_mm: list[float] = Field(min_length=2, max_length=2)


class CellOut(BaseModel):
    X_BP: Pose = Field(description="where the part was put, in the robot base frame")
    placement: Literal["given", "auto"]
    obstacles: list[str] = Field(description="names of the obstacles the robot and torch kept clear of")
    table: TableOut | None = Field(None, description="absent: no table was modelled")
    reachable_fraction: float | None = Field(
        None, description="automatic placement only: share of the seam length reachable there (0 to 1)"
    )
    candidates: int | None = Field(None, description="automatic placement only: placements scored")


class ToleranceDeg(BaseModel):
    work: float
    travel: float


class SeamOutcome(BaseModel):
    """What became of one seam (app.services.plan_results writes it)."""

    seam_id: str
    status: Literal["planned", "partial", "unreachable"]
    coverage: float = Field(description="welded share of the seam's length, 0 to 1")
    reason: str | None = Field(description="why (part of) it is not welded")
    kind: Literal["fillet", "lap", "corner", "butt"]
    length_mm: float
    welded_length_mm: float
    leg_mm: float
    passes: int
    travel_speed_mm_s: float
    arc_time_s: float
    order: int | None = Field(description="position in the weld sequence; null: not welded")
    reversed: bool = Field(description="welded against its stored direction")
    speed_held: bool = Field(description="the travel speed was held along the whole seam")
    min_speed_mm_s: float | None = Field(description="the lowest speed reached where it was not held")
    pieces: int = Field(description="welded stretches")
    reversed_pieces: int = Field(
        0,
        description="of those, stretches welded against the seam's welding direction "
        "(an end next to a wall that the torch reaches only travelling towards it)",
    )
    arc_restarts: int = Field(description="pieces that start where the previous one ended (arc restarted)")
    work_angle_deg: float
    travel_angle_deg: float
    # The torch angles actually used, present when the seam was planned at all.
    work_offset_deg: list[float] | None = Field(
        None, min_length=2, max_length=2, description="[min, max] work-angle offset from nominal"
    )
    travel_offset_deg: list[float] | None = Field(
        None, min_length=2, max_length=2, description="[min, max] travel-angle offset from nominal"
    )
    tolerance_deg: ToleranceDeg | None = None
    tolerance_widened: bool | None = None
    angles_deg: list[list[float]] | None = Field(
        None,
        description=(
            "the torch angles used at every welded point: [s_mm along the welding direction, work_deg, travel_deg, "
            "spin_deg], absolute (procedure angle + offset)"
        ),
    )


class UnweldedStretch(BaseModel):
    """A stretch of a seam that is not welded, and why (planning.unwelded)."""

    seam_id: str
    from_mm: float = Field(description="start, along the seam in its stored direction")
    to_mm: float = Field(description="end, along the seam in its stored direction")
    length_mm: float
    reason: str = Field(
        description=(
            "no_torch_angle, out_of_reach, joint_limit, singularity, collision, speed, approach or air_move "
            "(planning.unwelded)"
        )
    )
    detail: str | None = Field(description="what collides, or which limit, where known")


class PlanResult(BaseModel):
    """The result document of a succeeded plan (cycletime and the viewer read it)."""

    cycle_time_s: float
    breakdown_s: dict[str, float] = Field(description="seconds by kind of motion (arc, air, approach_retract, ...)")
    robot_id: str
    tool_id: str
    cell: CellOut
    seams: list[SeamOutcome] = Field(description="one entry per requested seam, in request order")
    order: list[str] = Field(description="seam ids in the order welded")
    unwelded: list[UnweldedStretch] = Field(
        default_factory=list,
        description=("every stretch not welded, with its reason (absent from plans made before reasons were reported)"),
    )
    moves: int = Field(description="motions in the program")
    planning_time_s: float
    positioner: dict[str, Any] | None = Field(
        None,
        description="positioner plans only: the states welded in (joints_deg, seam_ids, X_BP), the index moves "
        "(from/to joints_deg, duration_s, contacts) and each seam's welding position before (positioner at home) "
        "and after positioning",
    )
    stats: dict[str, float | int | str] = Field(description="seconds per planning stage and counters")


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
                    "stage": "seams",
                    "deadline_s": 480.0,
                    "attempts": 1,
                    "error": None,
                    "result": None,
                    "request": {"part_id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d", "robot_id": "abb_irb1600_10_145"},
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
    stage: str | None = Field(
        description=(
            "What the job is doing: starting, loading, placement, seams, sequence, air moves, timing, saving; "
            "done once it succeeded; for a failed or cancelled plan the stage it stopped in; null while queued."
        )
    )
    deadline_s: float | None = Field(
        description=(
            "Longest the job may run, in s (options.deadline_s or its default, cut to the server's cap when run)."
        )
    )
    attempts: int = Field(
        description="How many times a worker has started this job (restarts re-queue it, up to "
        "the server's limit of interruptions)."
    )
    error: str | None
    # A result stored by an earlier build (e.g. {"planning_available": false}) does not match PlanResult; it is
    # served as stored rather than failing every list that contains it with a 500.
    result: PlanResult | dict[str, Any] | None = Field(
        description=(
            "set when status is succeeded: a PlanResult, or for a plan made by an earlier build the document that "
            "build stored"
        )
    )
    request: dict[str, Any]
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class PlanList(BaseModel):
    """One page of plans, newest first."""

    plans: list[PlanPublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class TrajectoryEvent(BaseModel):
    t_s: float
    kind: Literal["arc_on", "arc_off"]
    seam_id: str | None


class TrajectoryPhase(BaseModel):
    """A span of the cycle spent on one kind of motion for one seam (seam_id None: between seams)."""

    t0_s: float
    t1_s: float
    kind: PhaseKind = Field(
        description="arc: welding; air: moves with the arc off between seams; approach_retract: to and from a "
        "seam's ends; arc_start_end: standing while the arc strikes or the crater fills; indexing: standing at "
        "home while the positioner turns the part (positioner plans)"
    )
    seam_id: str | None


class TrajectoryPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "plan_id": "9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a",
                    "rate_hz": 50.0,
                    "cycle_time_s": 0.04,
                    "t_s": [0.0, 0.02, 0.04],
                    "joints_deg": [[0, 0, 0, 0, 30, 0], [0.1, 0, 0, 0, 30, 0], [0.2, 0, 0, 0, 30, 0]],
                    "events": [{"t_s": 0.02, "kind": "arc_on", "seam_id": "5b1e0c9d2a7f4e3b8c6d1a0f9e8d7c6b"}],
                    "phases": [{"t0_s": 0.0, "t1_s": 0.04, "kind": "air", "seam_id": None}],
                }
            ]
        }
    )
    plan_id: str
    rate_hz: float
    cycle_time_s: float
    t_s: list[float]
    joints_deg: list[list[float]]
    positioner_joints_deg: list[list[float]] | None = Field(
        None,
        description="positioner plans only: the positioner's axes (deg) at each t_s, beside the robot's joints_deg "
        "(they turn the part while the robot stands, phase 'indexing'); null without a positioner",
    )
    events: list[TrajectoryEvent]
    phases: list[TrajectoryPhase] = Field(description="the cycle cut into spans by kind of motion, end to end")


class ReplayPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "robot_id": "abb_irb1600_10_145",
                    "tool_id": "torch_22deg",
                    "moves": 3,
                    "rate_hz": 50.0,
                    "cycle_time_s": 0.04,
                    "breakdown_s": {"arc": 0.0, "air": 0.04, "approach_retract": 0.0, "arc_start_end": 0.0},
                    "t_s": [0.0, 0.02, 0.04],
                    "joints_deg": [[0, 0, 0, 0, 30, 0], [0.1, 0, 0, 0, 30, 0], [0.2, 0, 0, 0, 30, 0]],
                    "events": [],
                    "phases": [{"t0_s": 0.0, "t1_s": 0.04, "kind": "air", "seam_id": None}],
                }
            ]
        }
    )
    robot_id: str
    tool_id: str
    moves: int
    rate_hz: float
    cycle_time_s: float
    breakdown_s: dict[str, float]
    t_s: list[float]
    joints_deg: list[list[float]]
    positioner_id: str | None = Field(None, description="the positioner whose axes the program moves (form field)")
    positioner_joints_deg: list[list[float]] | None = Field(
        None,
        description="programs with external axes only: the positioner's axes (deg) at each t_s, beside the robot's "
        "joints_deg; null without a positioner",
    )
    events: list[TrajectoryEvent]
    phases: list[TrajectoryPhase] = Field(description="the cycle cut into spans by kind of motion, end to end")
