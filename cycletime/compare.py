"""Robot cell vs manual welding for one part, per part and per batch (docs/references.md#welding-8, SI seconds).

Manual (docs/references.md#welding-8):  T_man = sum_i(t_arc,i) / OF + N_seams t_handling + T_fit_tack + T_post,
    t_arc,i = L_i passes_i / v_i, v_i from the deposition rate (v = DR eta / (A rho) for the whole
    cross-section A; per pass x passes, capped at a hand's travel speed) or a given manual speed per pass.
Robot:  T_cell = (plan cycle + T_load_unload (1 - overlap) + N_index t_index + t_clean / parts_per_clean)
    / availability; the plan cycle is the planner's arc + arc start/end + approach/retract + air moves. A
    second station hides loading only while the robot is busy: overlap x min(T_load_unload, robot time).
    Length the robot cannot weld (partial or unreachable seams) is welded by hand in the cell, in series,
    at the manual model's time: T_rob = T_cell + T_remainder.
Length no torch reaches (cad's nozzle-clearance test; a hand torch has the same nozzle) is welded by nobody:
it is left out of both sides, and the sanity notes name the seams; only the weldable length L_i counts.
Speed-up = T_man / T_rob. Costs: manual labour_rate x T_man; robot (cell_operator_share x labour_rate +
cell_rate) x T_rob. Payback = cell_investment / (saving per part x parts per year), parts per year being
the annual volume, or the cell's capacity when that is smaller.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from cycletime.assumptions import AssumptionError, load_overlap, resolve
from cycletime.plan_input import PlanResultError, RobotPlan, SeamInput
from cycletime.weld import manual_arc_time_s, weld_area_m2

MM = 1e-3
ROBOT_PLAN_KEYS = ("arc", "arc_start_end", "approach_retract", "air")
ROBOT_CELL_KEYS = ("load_unload", "indexing", "torch_cleaning", "availability_loss", "manual_remainder")
MANUAL_KEYS = ("arc", "operator_non_arc", "seam_handling", "fit_up_tack", "post_weld")
# docs/references.md#welding-2: robotwelding.co.uk quick estimate, robot cycle = total weld length / 6 mm/s.
RULE_OF_THUMB_MM_S = 6.0
# Issue 7 asks for 2.5-4x: robotwelding.co.uk gives manual / 3 to 4 for medium gauge (docs/references.md#welding-2, §8);
# the 2.5 lower end is the Alma figure docs/references.md#welding marks UNVERIFIED.
SPEEDUP_BAND = (2.5, 4.0)
# docs/references.md#welding-8: robot arc-on 60-90 % (TWI automatic ~90 %, weldingrobot.net ~80 %); manual 15-60 %
# (TWI).
ROBOT_ARC_ON_BAND = (0.60, 0.90)
MANUAL_ARC_ON_BAND = (0.15, 0.60)
# docs/references.md#welding-9: a kinematic-plus-parameter model is good to about +-10-15 % until calibrated.
ACCURACY = 0.15


@dataclass(frozen=True)
class SeamResult:
    """One seam: weld cross-section (all passes), manual speed per pass and times (s) for the length some
    torch reaches (seam.weldable_length_m)."""

    seam: SeamInput
    area_m2: float
    mass_kg_m: float
    manual_speed_m_s: float
    manual_arc_s: float
    manual_s: float
    remainder_s: float


@dataclass(frozen=True)
class Side:
    """Time per part split by activity (s)."""

    breakdown_s: dict[str, float]

    @property
    def total_s(self) -> float:
        return float(sum(self.breakdown_s.values()))

    @property
    def arc_s(self) -> float:
        return self.breakdown_s.get("arc", 0.0)

    @property
    def arc_on_fraction(self) -> float:
        return self.arc_s / self.total_s if self.total_s > 0 else 0.0


@dataclass(frozen=True)
class PerPart:
    robot_s: float
    manual_s: float
    saved_s: float
    robot_parts_per_shift: float
    manual_parts_per_shift: float
    robot_cost: float
    manual_cost: float
    saving: float


@dataclass(frozen=True)
class PerBatch:
    batch_size: int
    robot_s: float
    manual_s: float
    robot_shifts: float
    manual_shifts: float
    robot_cost: float
    manual_cost: float
    saving: float


@dataclass(frozen=True)
class Payback:
    """payback_years = investment / (saving per part x parts_per_year); None when the cell saves nothing."""

    investment: float
    parts_per_year: float
    capacity_limited: bool
    saving_per_year: float
    payback_years: float | None
    manual_welders_needed: float
    robot_cells_needed: float


@dataclass(frozen=True)
class Band:
    value: float
    low: float
    high: float
    source: str

    @property
    def verdict(self) -> str:
        return "below" if self.value < self.low else ("above" if self.value > self.high else "inside")


@dataclass(frozen=True)
class Sanity:
    """total_weld_length_m: the length some torch reaches (the robot's and the hand-welded remainder);
    unweldable_length_m: the rest, left out of both sides."""

    total_weld_length_m: float
    robot_welded_length_m: float
    unweldable_length_m: float
    rule_of_thumb_s: float
    robot_vs_rule_ratio: float
    speedup: Band
    robot_arc_on: Band
    manual_arc_on: Band
    plan_arc_on_fraction: float
    accuracy: float
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    plan: RobotPlan
    values: dict[str, float | None]
    overrides: dict[str, float]
    seams: tuple[SeamResult, ...]
    robot: Side
    manual: Side
    speedup: float
    per_part: PerPart
    per_batch: PerBatch
    payback: Payback
    sanity: Sanity


class _Values:
    """The resolved assumptions. v[name] is a number: only the optional ones (manual_travel_speed_mm_s,
    load_overlap, read through .all) may be unset."""

    def __init__(self, values: dict[str, float | None]) -> None:
        self.all = values

    def __getitem__(self, name: str) -> float:
        value = self.all[name]
        if value is None:
            raise AssumptionError(name, "has no value")
        return value


def _seam_results(plan: RobotPlan, v: _Values) -> tuple[SeamResult, ...]:
    out = []
    dr_kg_s = v["manual_deposition_kg_h"] / 3600.0
    given = v.all["manual_travel_speed_mm_s"]  # optional: derived from the deposition rate when unset
    for s in plan.seams:
        weldable = s.weldable_length_m
        area = weld_area_m2(
            s.kind,
            s.leg_m,
            over_weld=v["over_weld"],
            bevel_rad=math.radians(v["butt_bevel_deg"]),
            root_gap_m=v["butt_root_gap_mm"] * MM,
            cap_height_m=v["butt_cap_height_mm"] * MM,
            square_max_m=v["butt_square_max_mm"] * MM,
        )
        arc, speed = manual_arc_time_s(
            weldable,
            s.passes,
            area,
            deposition_kg_s=dr_kg_s,
            efficiency=v["deposition_efficiency"],
            density_kg_m3=v["steel_density_kg_m3"],
            travel_speed_m_s=None if given is None else given * MM,
            max_speed_m_s=v["manual_max_travel_speed_mm_s"] * MM,
        )
        paid = arc / v["operator_factor"]
        handling = v["seam_handling_s"] if weldable > 0 else 0.0
        left = max(0.0, 1.0 - s.robot_length_m / weldable) if weldable > 0 else 0.0
        remainder = left * paid + (handling if left > 1e-9 else 0.0)
        out.append(SeamResult(s, area, area * v["steel_density_kg_m3"], speed, arc, paid + handling, remainder))
    return tuple(out)


def _robot_side(plan: RobotPlan, seams: tuple[SeamResult, ...], v: _Values) -> Side:
    acts = plan.activities_s
    b = {k: acts.pop(k, 0.0) for k in ROBOT_PLAN_KEYS}
    b.update(acts)  # any other activity the planner reports, and 'other'
    # index moves the planner timed (a positioner plan's breakdown_s.indexing) plus any the shop assumes on top
    b["indexing"] = b.get("indexing", 0.0) + v["index_count"] * v["index_s"]
    b["torch_cleaning"] = v["torch_clean_s"] / v["parts_per_clean"]
    # docs/references.md#welding-8 takes T_load (1 - overlap); a second station can only hide loading while the robot is
    # busy, so the hidden part is capped at the robot's own time (the same as §8 whenever loading is shorter).
    busy = sum(b.values())
    load = v["load_unload_s"] - load_overlap(v.all) * min(v["load_unload_s"], busy)
    b = {
        **{k: x for k, x in b.items() if k not in ("indexing", "torch_cleaning")},
        "load_unload": load,
        "indexing": b["indexing"],
        "torch_cleaning": b["torch_cleaning"],
    }
    elements = sum(b.values())
    b["availability_loss"] = elements / v["cell_availability"] - elements
    b["manual_remainder"] = sum(r.remainder_s for r in seams)
    return Side(b)


def _manual_side(seams: tuple[SeamResult, ...], v: _Values) -> Side:
    arc = sum(r.manual_arc_s for r in seams)
    return Side(
        {
            "arc": arc,
            "operator_non_arc": arc / v["operator_factor"] - arc,
            "seam_handling": sum(r.seam.weldable_length_m > 0 for r in seams) * v["seam_handling_s"],
            "fit_up_tack": v["fit_up_tack_s"],
            "post_weld": v["post_weld_s"],
        }
    )


def _economics(robot: Side, manual: Side, v: _Values) -> tuple[PerPart, PerBatch, Payback]:
    shift_s = v["shift_h"] * 3600.0
    robot_rate = v["cell_operator_share"] * v["labour_rate_per_h"] + v["cell_rate_per_h"]
    t_r, t_m = robot.total_s, manual.total_s
    part = PerPart(
        robot_s=t_r,
        manual_s=t_m,
        saved_s=t_m - t_r,
        robot_parts_per_shift=shift_s / t_r,
        manual_parts_per_shift=shift_s / t_m,
        robot_cost=t_r / 3600.0 * robot_rate,
        manual_cost=t_m / 3600.0 * v["labour_rate_per_h"],
        saving=t_m / 3600.0 * v["labour_rate_per_h"] - t_r / 3600.0 * robot_rate,
    )
    n = int(v["batch_size"])
    batch = PerBatch(
        batch_size=n,
        robot_s=n * t_r,
        manual_s=n * t_m,
        robot_shifts=n * t_r / shift_s,
        manual_shifts=n * t_m / shift_s,
        robot_cost=n * part.robot_cost,
        manual_cost=n * part.manual_cost,
        saving=n * part.saving,
    )
    capacity = v["shifts_per_year"] * part.robot_parts_per_shift
    per_year = min(v["annual_volume"], capacity)
    saving_year = part.saving * per_year
    year_s = v["shifts_per_year"] * shift_s
    payback = Payback(
        investment=v["cell_investment"],
        parts_per_year=per_year,
        capacity_limited=capacity < v["annual_volume"],
        saving_per_year=saving_year,
        payback_years=v["cell_investment"] / saving_year if saving_year > 0 else None,
        manual_welders_needed=v["annual_volume"] * t_m / year_s,
        robot_cells_needed=v["annual_volume"] * t_r / year_s,
    )
    return part, batch, payback


def _sanity(plan: RobotPlan, robot: Side, manual: Side, speedup: float, v: _Values) -> Sanity:
    total_m = sum(s.weldable_length_m for s in plan.seams)
    welded_m = sum(s.robot_length_m for s in plan.seams)
    rule_s = total_m / MM / RULE_OF_THUMB_MM_S
    notes = []
    unweldable = [
        (s.seam_id, s.length_m - s.weldable_length_m)
        for s in plan.seams
        if s.length_m - s.weldable_length_m > 1e-9 * s.length_m
    ]
    if unweldable:
        notes.append(
            f"{len(unweldable)} seam(s) where no torch fits ("
            + ", ".join(f"{i}: {d / MM:.0f} mm" for i, d in unweldable)
            + "; cad's nozzle-clearance test, often the ends of seams running into a corner): neither the "
            "robot nor a welder with the same nozzle reaches that length, so it is left out of both sides"
        )
    short = [s.seam_id for s in plan.seams if s.robot_length_m < s.weldable_length_m - 1e-9 * s.length_m]
    if short:
        notes.append(
            f"{len(short)} seam(s) not fully welded by the robot ({', '.join(short)}): the rest is "
            f"welded by hand in the cell ({robot.breakdown_s['manual_remainder']:.1f} s per part)"
        )
    overlap = load_overlap(v.all)
    if overlap > 0 and robot.breakdown_s["load_unload"] > v["load_unload_s"] * (1 - overlap):
        notes.append(
            "loading takes longer than the robot's own work: the second station cannot hide all of it, "
            "the robot waits for the operator"
        )
    if v["operator_factor"] > 0.6:
        notes.append("operator_factor above 0.6 is outside the TWI range for hand-held MAG (15-60 %)")
    return Sanity(
        total_weld_length_m=total_m,
        robot_welded_length_m=welded_m,
        unweldable_length_m=sum(d for _, d in unweldable),
        rule_of_thumb_s=rule_s,
        robot_vs_rule_ratio=robot.total_s / rule_s,
        speedup=Band(
            speedup,
            *SPEEDUP_BAND,
            "robotwelding.co.uk: robot cycle = manual / 3-4 for medium gauge, "
            "/ 2 for large assemblies with long straight seams (docs/references.md#welding-2); 2.5 (Alma) "
            "UNVERIFIED",
        ),
        robot_arc_on=Band(
            robot.arc_on_fraction,
            *ROBOT_ARC_ON_BAND,
            "docs/references.md#welding-8: robot arc-on 60-90 % (TWI automatic ~90 %, weldingrobot.net ~80 %)",
        ),
        manual_arc_on=Band(
            manual.arc_on_fraction, *MANUAL_ARC_ON_BAND, "docs/references.md#welding-8: manual arc-on 15-60 % (TWI FAQ)"
        ),
        plan_arc_on_fraction=robot.arc_s / plan.cycle_time_s if plan.cycle_time_s > 0 else 0.0,
        accuracy=ACCURACY,
        notes=tuple(notes),
    )


def compare(plan: RobotPlan, overrides: Mapping[str, float] | None = None) -> Comparison:
    """Robot cell vs manual welding of the plan's part. overrides: {assumption name: value}; unknown names
    and out-of-range values raise cycletime.AssumptionError naming the assumption."""
    v = _Values(resolve(overrides))
    if not any(s.weldable_length_m > 0 for s in plan.seams):
        raise PlanResultError(
            "seams: no torch reaches any of the part's seams (cad's accessibility test); there is nothing to compare"
        )
    seams = _seam_results(plan, v)
    robot = _robot_side(plan, seams, v)
    manual = _manual_side(seams, v)
    if robot.total_s <= 0:
        raise PlanResultError("cycle_time_s: the robot cell time is zero; there is nothing to compare")
    speedup = manual.total_s / robot.total_s
    part, batch, payback = _economics(robot, manual, v)
    return Comparison(
        plan=plan,
        values=v.all,
        overrides={k: float(x) for k, x in (overrides or {}).items()},
        seams=seams,
        robot=robot,
        manual=manual,
        speedup=speedup,
        per_part=part,
        per_batch=batch,
        payback=payback,
        sanity=_sanity(plan, robot, manual, speedup, v),
    )
