"""Robot vs manual comparison at the API edge (seconds, mm, currency units as the rates are given)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from cycletime import ASSUMPTIONS, RobotPlan, SeamInput, compare, comparison_document


def _example() -> dict[str, Any]:
    # One 200 mm, 5 mm fillet at the cad procedure table's 11.7 mm/s: computed, so it never goes stale.
    seam = SeamInput("5b1f0c2d3e4a4b6c8d9e0f1a2b3c4d5e", "fillet", 0.2, 0.005, 1, 0.2, 17.1, "planned")
    plan = RobotPlan(
        27.3,
        {"arc": 17.1, "air": 6.0, "approach_retract": 3.7, "arc_start_end": 0.5},
        (seam,),
        "abb_irb1600_10_145",
        "torch_22deg",
    )
    doc = comparison_document(compare(plan))
    return {"plan_id": "9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a", "part_id": "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d", **doc}


EXAMPLE = _example()


class SideOut(BaseModel):
    breakdown_s: dict[str, float] = Field(description="seconds per part by activity")
    total_s: float
    arc_on_fraction: float


class SeamOut(BaseModel):
    seam_id: str
    kind: Literal["fillet", "lap", "corner", "butt"]
    status: Literal["planned", "partial", "unreachable"]
    length_mm: float
    welded_length_mm: float = Field(description="length the robot welds; the rest is welded by hand")
    weldable_length_mm: float = Field(
        description="length some torch reaches (cad's accessibility test); what no "
        "torch reaches is left out of both sides"
    )
    leg_mm: float = Field(description="fillet leg, or plate thickness for butt welds")
    passes: int
    area_mm2: float = Field(description="deposited cross-section, all passes, with over-weld")
    mass_kg_m: float
    robot_arc_s: float | None
    manual_travel_speed_mm_s: float = Field(description="manual travel speed per pass")
    manual_arc_s: float
    manual_s: float = Field(description="manual arc time / operator factor + seam handling")
    remainder_s: float = Field(description="hand welding of what the robot leaves, counted in the robot cell time")


class AssumptionOut(BaseModel):
    name: str
    value: float | None = Field(description="value used (null: derived, see description)")
    default: float | None
    unit: str
    source: str
    description: str
    group: Literal["manual", "robot", "economics"]
    overridden: bool


class PerPartOut(BaseModel):
    robot_s: float
    manual_s: float
    saved_s: float
    robot_parts_per_shift: float
    manual_parts_per_shift: float = Field(description="per welder")
    robot_cost: float = Field(description="(cell_operator_share x labour_rate_per_h + cell_rate_per_h) x robot time")
    manual_cost: float = Field(description="labour_rate_per_h x manual time")
    saving: float


class PerBatchOut(BaseModel):
    batch_size: int
    robot_s: float
    manual_s: float
    robot_shifts: float
    manual_shifts: float = Field(description="welder shifts")
    robot_cost: float
    manual_cost: float
    saving: float


class PaybackOut(BaseModel):
    investment: float
    parts_per_year: float = Field(description="the annual volume, or the cell's capacity when smaller")
    capacity_limited: bool
    saving_per_year: float
    payback_years: float | None = Field(description="investment / saving_per_year; null when the cell saves nothing")
    manual_welders_needed: float = Field(description="welders (full time) for the annual volume")
    robot_cells_needed: float


class CycleTimePublic(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE]})
    plan_id: str
    part_id: str
    robot_id: str
    tool_id: str | None
    robot: SideOut
    manual: SideOut
    speedup: float = Field(description="manual time / robot cell time, per part")
    per_part: PerPartOut
    per_batch: PerBatchOut
    payback: PaybackOut
    seams: list[SeamOut]
    sanity: dict[str, Any]
    assumptions: list[AssumptionOut]


def assumption_query_parameters() -> list[dict[str, Any]]:
    """OpenAPI entries for the optional query parameters: one per assumption, named as it."""
    out = []
    for a in ASSUMPTIONS:
        default = "derived" if a.default is None else f"{a.default:g}"
        out.append(
            {
                "name": a.name,
                "in": "query",
                "required": False,
                "description": f"{a.description} [{a.unit}], allowed {a.range_text()}; default {default}. "
                f"Source: {a.source}",
                # No example: Swagger UI would send every example value with each try-out.
                "schema": {"type": "integer" if a.integer else "number"},
            }
        )
    return out
