"""Vertical seams go the way their procedure says (issue 13 Deliver 2): ISO 6947 PF (up) on plate of
3 mm and more, PG (down) on thinner sheet (cad/weld_procedures.yaml vertical_up_min_thickness_mm; source
in docs/references.md#welding-11), never the other way, whatever the air time.

The oracle is the geometry: the height of the TCP in the robot base frame (z up) along the weld moves.
"""

from __future__ import annotations

import functools

import pytest

from cad import default_procedure, detect_seams, with_overrides
from cad import weldments as wm
from planning.planner import PlanConfig, PlanResult, SeamTask, plan_weld
from robot_models import load_builtin_robots, load_builtin_tools


@functools.cache
def _corner_tasks(thickness: float) -> tuple[object, list[SeamTask]]:
    """The four vertical outside corners of a small open box (walls standing in from the plate edge)."""
    part = wm.weldment_part(wm.box(length=0.12, width=0.09, height=0.06, thickness=thickness, inset=0.015))
    seams = [s for s in detect_seams(part) if abs(s.tangents[0][2]) > 0.9 and s.kind == "corner"]
    assert len(seams) == 4
    return part, [SeamTask(f"v{i}", s, default_procedure(s)) for i, s in enumerate(seams)]


def _plan(part: object, tasks: list[SeamTask]) -> PlanResult:
    return plan_weld(
        [b.mesh for b in part.bodies],
        tasks,
        load_builtin_robots()["abb_irb1600_10_145"],
        load_builtin_tools()["torch_22deg"],
        None,
        PlanConfig(),
    )


def _rise_per_seam(result: PlanResult) -> dict[str, float]:
    """TCP height change (m, base frame) from the first to the last weld move of each seam."""
    z: dict[str, list[float]] = {}
    for m in result.program.moves:
        if m.role == "weld":
            z.setdefault(m.seam_id, []).append(float((result.cell.X_BP @ m.X_PT)[2, 3]))
    return {k: v[-1] - v[0] for k, v in z.items()}


def test_the_table_says_up_for_plate_and_down_for_sheet() -> None:
    assert all(t.procedure.vertical == "up" for t in _corner_tasks(0.004)[1])
    assert all(t.procedure.vertical == "down" for t in _corner_tasks(0.002)[1])


@pytest.mark.parametrize("vertical", ["up", "down"])
def test_vertical_seams_are_welded_the_way_the_procedure_says(vertical: str) -> None:
    part, tasks = _corner_tasks(0.004)
    # half of them given top-down, so that the seam's own direction says nothing
    tasks = [
        SeamTask(t.seam_id, t.seam.reversed() if i % 2 else t.seam, with_overrides(t.procedure, vertical=vertical))
        for i, t in enumerate(tasks)
    ]
    result = _plan(part, tasks)
    rise = _rise_per_seam(result)
    assert len(rise) >= 3, [(s.seam_id, s.status, s.reason) for s in result.seams]
    for seam_id, dz in rise.items():
        assert (dz > 0.03) if vertical == "up" else (dz < -0.03), (seam_id, dz)


def test_a_bad_vertical_direction_names_the_field() -> None:
    _, tasks = _corner_tasks(0.004)
    with pytest.raises(ValueError, match="vertical"):
        with_overrides(tasks[0].procedure, vertical="sideways")
