"""A Comparison as the JSON document the API serves and the report shows (mm at this edge, seconds)."""

from __future__ import annotations

import dataclasses
from typing import Any

from cycletime.assumptions import ASSUMPTIONS
from cycletime.compare import RULE_OF_THUMB_MM_S, Band, Comparison

MM = 1e-3


def _band(b: Band) -> dict[str, Any]:
    return {"value": b.value, "low": b.low, "high": b.high, "verdict": b.verdict, "source": b.source}


def assumption_rows(c: Comparison) -> list[dict[str, Any]]:
    """Every assumption with the value used, its default, unit and source."""
    return [
        {
            "name": a.name,
            "value": c.values[a.name],
            "default": a.default,
            "unit": a.unit,
            "source": a.source,
            "description": a.description,
            "group": a.group,
            "overridden": a.name in c.overrides,
        }
        for a in ASSUMPTIONS
    ]


def seam_rows(c: Comparison) -> list[dict[str, Any]]:
    return [
        {
            "seam_id": r.seam.seam_id,
            "kind": r.seam.kind,
            "status": r.seam.status,
            "length_mm": r.seam.length_m / MM,
            "welded_length_mm": r.seam.robot_length_m / MM,
            "weldable_length_mm": r.seam.weldable_length_m / MM,
            "leg_mm": r.seam.leg_m / MM,
            "passes": r.seam.passes,
            "area_mm2": r.area_m2 / MM**2,
            "mass_kg_m": r.mass_kg_m,
            "robot_arc_s": r.seam.robot_arc_s,
            "manual_travel_speed_mm_s": r.manual_speed_m_s / MM,
            "manual_arc_s": r.manual_arc_s,
            "manual_s": r.manual_s,
            "remainder_s": r.remainder_s,
        }
        for r in c.seams
    ]


def comparison_document(c: Comparison) -> dict[str, Any]:
    """{"robot", "manual", "speedup", "per_part", "per_batch", "payback", "seams", "sanity", "assumptions"}."""
    s = c.sanity
    return {
        "robot_id": c.plan.robot_id,
        "tool_id": c.plan.tool_id,
        "robot": {
            "breakdown_s": dict(c.robot.breakdown_s),
            "total_s": c.robot.total_s,
            "arc_on_fraction": c.robot.arc_on_fraction,
        },
        "manual": {
            "breakdown_s": dict(c.manual.breakdown_s),
            "total_s": c.manual.total_s,
            "arc_on_fraction": c.manual.arc_on_fraction,
        },
        "speedup": c.speedup,
        "per_part": dataclasses.asdict(c.per_part),
        "per_batch": dataclasses.asdict(c.per_batch),
        "payback": dataclasses.asdict(c.payback),
        "seams": seam_rows(c),
        "sanity": {
            "total_weld_length_mm": s.total_weld_length_m / MM,
            "robot_welded_length_mm": s.robot_welded_length_m / MM,
            "unweldable_length_mm": s.unweldable_length_m / MM,
            "rule_of_thumb_mm_s": RULE_OF_THUMB_MM_S,
            "rule_of_thumb_s": s.rule_of_thumb_s,
            "robot_vs_rule_ratio": s.robot_vs_rule_ratio,
            "speedup": _band(s.speedup),
            "robot_arc_on": _band(s.robot_arc_on),
            "manual_arc_on": _band(s.manual_arc_on),
            "plan_arc_on_fraction": s.plan_arc_on_fraction,
            "accuracy_fraction": s.accuracy,
            "notes": list(s.notes),
        },
        "assumptions": assumption_rows(c),
    }
