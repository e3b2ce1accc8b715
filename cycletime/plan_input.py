"""What the comparison needs from a finished plan, read from the plan's result document (SI inside).

The result document (written by the planner job) has mm at its edge:
{"cycle_time_s", "breakdown_s": {"arc", "air", "approach_retract", "arc_start_end", ...}, "robot_id",
 "tool_id", "seams": [{"seam_id", "status", "coverage", "kind", "length_mm", "welded_length_mm", "leg_mm",
 "passes", "arc_time_s", "order", ...}], "order": [...]}.
Fields a seam entry lacks (kind, length_mm, leg_mm, passes, accessible_fraction) may come from the seam's
own record (`seam_records`, the API's seam document: kind, length_mm, procedure.leg_mm, procedure.passes,
geometry.accessible_fraction).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cycletime.weld import KINDS

MM = 1e-3
SEAM_STATUSES = ("planned", "partial", "unreachable")


class PlanResultError(ValueError):
    """The plan result cannot be compared; the message names the field (result.seams[2].leg_mm: ...)."""


@dataclass(frozen=True)
class SeamInput:
    """One seam of the part (SI).

    length_m: seam length; welded_length_m: what the robot welds (the rest is welded by hand);
    leg_m: fillet leg, or plate thickness for butt welds; passes: weld passes; robot_arc_s: the plan's arc
    time for the seam (None if the plan does not say); status: planned | partial | unreachable.
    """

    seam_id: str
    kind: str
    length_m: float
    leg_m: float
    passes: int = 1
    welded_length_m: float | None = None
    robot_arc_s: float | None = None
    status: str = "planned"
    accessible_fraction: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise PlanResultError(f"seam '{self.seam_id}'.kind: must be one of {', '.join(KINDS)}, got {self.kind!r}")
        for name in ("length_m", "leg_m"):
            _number(f"seam '{self.seam_id}'.{name}", getattr(self, name), positive=True)
        if self.welded_length_m is not None:
            _number(f"seam '{self.seam_id}'.welded_length_m", self.welded_length_m)
        if self.robot_arc_s is not None:
            _number(f"seam '{self.seam_id}'.robot_arc_s", self.robot_arc_s)
        if isinstance(self.passes, bool) or not isinstance(self.passes, int) or self.passes < 1:
            raise PlanResultError(f"seam '{self.seam_id}'.passes: must be a whole number >= 1, got {self.passes!r}")
        if self.accessible_fraction is not None:
            _number(f"seam '{self.seam_id}'.accessible_fraction", self.accessible_fraction)
            if self.accessible_fraction > 1.0:
                raise PlanResultError(
                    f"seam '{self.seam_id}'.accessible_fraction: must be at most 1, got {self.accessible_fraction!r}"
                )
        if self.status not in SEAM_STATUSES:
            raise PlanResultError(
                f"seam '{self.seam_id}'.status: must be one of {', '.join(SEAM_STATUSES)}, got {self.status!r}"
            )

    @property
    def robot_length_m(self) -> float:
        """Length the robot welds (never more than the seam)."""
        w = self.length_m if self.welded_length_m is None else self.welded_length_m
        return min(w, self.length_m)

    @property
    def weldable_length_m(self) -> float:
        """Length some torch can weld: the accessible share, but never less than what the robot did weld
        (cad's test errs towards "not accessible" by about a voxel)."""
        if self.accessible_fraction is None:
            return self.length_m
        return max(self.accessible_fraction * self.length_m, self.robot_length_m)


@dataclass(frozen=True)
class RobotPlan:
    """The robot side of one part: the planner's cycle time split by activity (s) and the seams it covers."""

    cycle_time_s: float
    breakdown_s: Mapping[str, float]
    seams: tuple[SeamInput, ...]
    robot_id: str = ""
    tool_id: str | None = None

    def __post_init__(self) -> None:
        _number("cycle_time_s", self.cycle_time_s)
        for k, v in self.breakdown_s.items():
            _number(f"breakdown_s.{k}", v)
        if not self.seams:
            raise PlanResultError("seams: the plan has no seam to compare")

    @property
    def activities_s(self) -> dict[str, float]:
        """The breakdown, plus 'other' for any cycle time the breakdown does not account for."""
        out = {k: float(v) for k, v in self.breakdown_s.items()}
        rest = self.cycle_time_s - sum(out.values())
        if rest > 1e-6 * max(1.0, self.cycle_time_s):
            out["other"] = out.get("other", 0.0) + rest
        return out


def _number(where: str, value: Any, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise PlanResultError(f"{where}: must be a finite number, got {value!r}")
    if value < 0 or (positive and value == 0):
        raise PlanResultError(f"{where}: must be {'positive' if positive else 'non-negative'}, got {value!r}")
    return float(value)


_REQUIRED = object()


def _lookup(entry: Mapping[str, Any], record: Mapping[str, Any], key: str, where: str, default: Any = _REQUIRED) -> Any:
    for source in (entry, record, record.get("procedure") or {}, record.get("geometry") or {}):
        if source.get(key) is not None:
            return source[key]
    if default is not _REQUIRED:
        return default
    raise PlanResultError(f"{where}.{key}: missing (neither the plan result nor the seam record has it)")


def plan_from_result(
    result: Mapping[str, Any], seam_records: Mapping[str, Mapping[str, Any]] | None = None
) -> RobotPlan:
    """Read a plan's result document -> RobotPlan (mm -> m). Raises PlanResultError naming the field."""
    if not isinstance(result, Mapping):
        raise PlanResultError("result: the plan has no result document")
    if "cycle_time_s" not in result:
        raise PlanResultError("result.cycle_time_s: the plan produced no cycle time")
    breakdown = result.get("breakdown_s")
    if not isinstance(breakdown, Mapping):
        raise PlanResultError("result.breakdown_s: missing or not an object")
    entries = result.get("seams")
    if not isinstance(entries, Sequence) or isinstance(entries, str | bytes):
        raise PlanResultError("result.seams: missing or not a list")
    records = seam_records or {}
    seams = []
    for i, entry in enumerate(entries):
        where = f"result.seams[{i}]"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("seam_id"), str):
            raise PlanResultError(f"{where}.seam_id: missing")
        record = records.get(entry["seam_id"], {})
        length_mm = _number(f"{where}.length_mm", _lookup(entry, record, "length_mm", where), positive=True)
        status = entry.get("status", "planned")
        if entry.get("welded_length_mm") is not None:
            welded_mm = _number(f"{where}.welded_length_mm", entry["welded_length_mm"])
        elif entry.get("coverage") is not None:
            welded_mm = _number(f"{where}.coverage", entry["coverage"]) * length_mm
        else:
            welded_mm = 0.0 if status == "unreachable" else length_mm
        passes = _lookup(entry, record, "passes", where, default=1)
        if isinstance(passes, float) and passes.is_integer():
            passes = int(passes)
        arc = entry.get("arc_time_s")
        reach = _lookup(entry, record, "accessible_fraction", where, default=None)
        seams.append(
            (
                entry.get("order"),
                i,
                SeamInput(
                    seam_id=entry["seam_id"],
                    kind=str(_lookup(entry, record, "kind", where)),
                    length_m=length_mm * MM,
                    leg_m=_number(f"{where}.leg_mm", _lookup(entry, record, "leg_mm", where), positive=True) * MM,
                    passes=passes,
                    welded_length_m=welded_mm * MM,
                    robot_arc_s=None if arc is None else _number(f"{where}.arc_time_s", arc),
                    status=status,
                    accessible_fraction=None if reach is None else _number(f"{where}.accessible_fraction", reach),
                ),
            )
        )
    # Weld order when the planner gives one; seams without an order keep their place after the ordered ones.
    seams.sort(key=lambda t: (t[0] is None, t[0] if isinstance(t[0], int | float) else 0, t[1]))
    return RobotPlan(
        cycle_time_s=_number("result.cycle_time_s", result["cycle_time_s"]),
        breakdown_s={str(k): _number(f"result.breakdown_s.{k}", v) for k, v in breakdown.items()},
        seams=tuple(s for _, _, s in seams),
        robot_id=str(result.get("robot_id") or ""),
        tool_id=result.get("tool_id"),
    )
