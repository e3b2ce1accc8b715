"""Seams at the API edge (millimetres, degrees)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.config import JsonDict

from app.schemas.bounds import CoordMM, StrictFinite
from app.schemas.common import NEXT_CURSOR

Point = Annotated[list[CoordMM], Field(min_length=3, max_length=3)]

_PROCEDURE: JsonDict = {
    "leg_mm": 5.0,
    "travel_speed_mm_s": 8.0,
    "wire_feed_m_min": 8.5,
    "voltage_v": 24.0,
    "current_a": 220.0,
    "work_angle_deg": 45.0,
    "travel_angle_deg": 10.0,
    "passes": 1,
}
_SEAM: JsonDict = {
    "id": "5b1f0c2d3e4a4b6c8d9e0f1a2b3c4d5e",
    "kind": "fillet",
    "source": "detected",
    "enabled": True,
    "direction": "forward",
    "points_mm": [[0, 45, 10], [200, 45, 10]],
    "length_mm": 200.0,
    "open_angle_deg": 90.0,
    "bodies": [0, 1],
    "accessible": True,
    "accessible_fraction": 1.0,
    "tangents": [[1, 0, 0], [1, 0, 0]],
    "normals_a": [[0, 0, 1], [0, 0, 1]],
    "normals_b": [[0, -1, 0], [0, -1, 0]],
    "point_accessible": [True, True],
    "thickness_mm": [10.0, 10.0],
    "closed": False,
    "gap_segments": [],
    "gap_mode": "bridge",
    "joined_bodies": [],
    "procedure": _PROCEDURE,
    "procedure_overrides": [],
    "welding_position": "PB",
}


class TorchPointAccess(BaseModel):
    free: bool = Field(description="some torch pose of the angle window clears the part here")
    window_deg: list[float] | None = Field(description="(work, travel) tolerance the window had to open to")
    witness_deg: list[float] | None = Field(description="a free pose: absolute work, travel and spin angles")
    witness_reversed: bool = Field(description="the free pose welds against the seam's direction")
    free_share: float = Field(description="share of the survey's torch directions that are free")


class TorchAccess(BaseModel):
    tool_id: str
    cap_deg: float = Field(description="the procedure's hard cap on the work/travel deviation")
    searched_deg: list[float] = Field(description="(work, travel) tolerance searched in full at blocked points")
    survey_size: int = Field(description="torch directions in each point's survey (both welding directions)")
    points: list[TorchPointAccess]


class SeamPublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_SEAM]})
    id: str
    kind: Literal["fillet", "lap", "corner", "butt"]
    source: Literal["detected", "user"]
    enabled: bool
    direction: Literal["forward", "reverse"]
    points_mm: list[list[float]]
    length_mm: float
    open_angle_deg: float
    bodies: list[int]
    accessible: bool
    accessible_fraction: float
    tangents: list[list[float]] = Field(description="unit direction of travel at each point")
    normals_a: list[list[float]] = Field(description="outward unit normal of the first free face at each point")
    normals_b: list[list[float]] = Field(description="outward unit normal of the second free face at each point")
    point_accessible: list[bool]
    torch_access: TorchAccess | None = Field(None, description="accessibility with the torch's own shapes, per point")
    thickness_mm: list[float | None]
    closed: bool
    gap_segments: list[int] = Field(
        default_factory=list,
        description=(
            "segments (k: points_mm[k] -> points_mm[k + 1]) that cross a gap between pieces of one joint line, "
            "such as a tab in its slot; gap_mode says whether the bead bridges them or the arc goes off across"
        ),
    )
    gap_mode: Literal["bridge", "skip"] = "bridge"
    joined_bodies: list[int] = Field(
        default_factory=list,
        description=("bodies of other pairs whose pieces this seam takes in (one joint line across body pairs)"),
    )
    procedure: dict[str, Any]
    procedure_overrides: list[str] = Field(description="procedure fields the user has set")
    welding_position: Literal["PA", "PB", "PC", "PD", "PE", "PF", "PG"] = Field(
        description="ISO 6947 main welding position with the part as its file has it (z up), which placement on "
        "the table keeps (it turns the part about z only); on a positioner the plan's result reports it per state"
    )


class SeamList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"seams": [_SEAM]}]})
    seams: list[SeamPublic]


MAX_POLYLINE_POINTS = 2000


class SeamPage(BaseModel):
    """One page of a part's seams, in welding-list order (detected seams first)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"seams": [_SEAM], "next_cursor": None}]})
    seams: list[SeamPublic]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class SeamCreate(BaseModel):
    """A user seam in part coordinates: a polyline, or an arc through three points (exactly one of them)."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            # The exclusive choice as the schema states it; the validator below enforces the same rule.
            "oneOf": [{"required": ["points_mm"]}, {"required": ["arc_mm"]}],
            "examples": [
                {"points_mm": [[0, 45, 10], [200, 45, 10]]},
                {"arc_mm": [[30, 0, 8], [0, 30, 8], [-30, 0, 8]], "procedure": {"leg_mm": 4}},
            ],
        },
    )
    # Not nullable: a field that is present is the seam's shape, so the oneOf above can tell which one is given.
    # At most MAX_POLYLINE_POINTS: each vertex is checked against the part and each segment densified at 10 mm,
    # so the work grows with their number; a hand-drawn seam has a handful.
    points_mm: list[Point] = Field(
        None,  # type: ignore[arg-type]  # absent, never null
        min_length=2,
        max_length=MAX_POLYLINE_POINTS,
        description="a polyline: two points or more (mm)",
    )
    arc_mm: Annotated[list[Point], Field(min_length=3, max_length=3)] = Field(
        None,  # type: ignore[arg-type]  # absent, never null
        description="an arc through three points, start, middle and end (mm)",
    )
    procedure: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _one_shape(self) -> SeamCreate:
        if (self.points_mm is None) == (self.arc_mm is None):
            raise ValueError("give either points_mm (a polyline) or arc_mm (three points), not both")
        return self


class SeamPatch(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [{"procedure": {"leg_mm": 6, "travel_speed_mm_s": 7}, "direction": "reverse", "enabled": True}]
        },
    )
    procedure: dict[str, Any] | None = Field(None, description="fields to override; null clears one override")
    direction: Literal["forward", "reverse"] | None = None
    enabled: bool | None = None


class SeamOrder(BaseModel):
    """The part's welding list in a new order: every one of its seams, each once."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={"examples": [{"seam_ids": ["b1c2", "a0f3"]}]},
    )
    seam_ids: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(
        max_length=10_000,
        json_schema_extra={"uniqueItems": True},
        description="all of the part's seam ids, in the new welding-list order (a plan with sequence "
        "'given' and no seam_ids welds the enabled ones in this order)",
    )


class SeamDetectOptions(BaseModel):
    """How detection lists seams: pieces of one joint line joined into one seam, across gaps up to
    max_gap_mm, the gaps bridged by the bead or skipped (arc off, arc on)."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [
                {"max_gap_mm": 3.0, "gaps": "bridge", "wrap_corners": False},
                {"max_gap_mm": 8.0, "gaps": "skip"},
                {"join_lines": False},
            ]
        },
    )
    join_lines: bool = Field(
        True,
        description="join pieces of one joint line (finger-joint corners, tab ends, "
        "pieces in line across gaps); false lists the contact pieces",
    )
    max_gap_mm: StrictFinite = Field(
        3.0,
        ge=0.0,
        le=10.0,
        description=(
            "widest gap a seam runs across: along the line (plates end to end) or across it (a tab in an oversized "
            "slot); at most 5 mm when gaps are bridged (AWS D1.1 fillet root opening limit)"
        ),
    )
    gaps: Literal["bridge", "skip"] = Field(
        "bridge",
        description=("bridge: the bead runs across the gaps; skip: the arc goes off at each gap and on again after it"),
    )
    wrap_corners: bool = Field(
        False,
        description="outside fillets turn round the convex corners of the part they go round (a web's end) as one seam",
    )
