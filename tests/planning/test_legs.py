"""Approach and retract legs decide where a ladder path may end (planning.planner._Planner.leg_repaired).

With the ABB IRB 1600's published collision meshes the ladder ended some bracket seams with the wrist bent so
far (joint 5 about 105-107 deg) that backing the torch out along the wire axis swings the torch mount into
link_4: the legs were blocked and the whole seam was dropped (issue 13: the bracket fell to 0.83 of its
accessible length). The ladder now requires a clear leg of the configurations it ends a seam with (the
seam's two end rungs), and plans a seam again with legs required where a piece ends inside it and its leg is
blocked (leg_repaired). The cells below: the automatic placement's first candidate for the bracket
(planning.cell.place_part: the part turned 90 deg about the vertical, its footprint centre 0.6 of the reach in
front of the robot), where the outside corner seam's end configurations have blocked legs, and the part
unturned at about the same distance, where an inner gusset-to-upright fillet's have. They are welded as far
as the torch fits, and the plan holds in the independent reference world (TCP, contacts, joint speeds).
"""

from __future__ import annotations

import numpy as np
import pytest

import planning.planner as planner_module
from cad import weldments as wm
from planning.cell import Cell, bbox_in_base, part_bbox, table_under
from planning.coverage import accessible_tasks
from planning.ladder import SeamPathResult
from planning.planner import PlanConfig, SeamTask, plan_weld
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.plan_testlib import Planned
from tests.planning.test_plan_end_to_end import _check_plan


def _cell(meshes: list, yaw_deg: float, xy_m: tuple[float, float]) -> Cell:
    X_BP = np.eye(4)
    c, s = np.cos(np.radians(yaw_deg)), np.sin(np.radians(yaw_deg))
    X_BP[:2, :2] = [[c, -s], [s, c]]
    X_BP[:2, 3] = xy_m
    return Cell(X_BP, table_under(bbox_in_base(part_bbox(meshes), X_BP)))


@pytest.mark.parametrize(
    "yaw_deg,xy_m,seams",
    [
        (90.0, (0.8575, -0.1), (0,)),  # the outside corner: retract at its end
        (0.0, (0.87, 0.0), (9,)),  # an inner gusset's fillet on the upright
    ],
)
def test_configurations_with_blocked_legs_do_not_end_a_seam(
    yaw_deg: float, xy_m: tuple[float, float], seams: tuple[int, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = load_builtin_tools()["torch_22deg"]
    robot = load_builtin_robots()["abb_irb1600_10_145"]
    part = wm.weldment_part(wm.bracket_with_two_gussets())
    everything = accessible_tasks(part, tool, "bracket")
    tasks = [everything[i] for i in seams]
    meshes = [b.mesh for b in part.bodies]
    refused: list[str] = []
    leg = planner_module._Planner.leg

    def spy(self: planner_module._Planner, task: SeamTask, q: np.ndarray, X_PT: np.ndarray | None = None):
        out = leg(self, task, q, X_PT)
        if out is None:
            refused.append(task.seam_id)
        return out

    monkeypatch.setattr(planner_module._Planner, "leg", spy)
    config = PlanConfig()
    result = plan_weld(meshes, tasks, robot, tool, _cell(meshes, yaw_deg, xy_m), config)
    # the ladder met end configurations whose legs are blocked, and turned them away
    assert refused, "the case no longer has a blocked leg at a seam end: pick another"
    for task, plan in zip(tasks, result.seams, strict=True):
        # welded as far as the torch fits: accessible_fraction gives the first free seam point (10 mm up from
        # the base plate) half the segment below it, 5 mm where no pose of the torch's window fits either
        assert plan.coverage >= task.seam.accessible_fraction - 0.005 / task.seam.length - 1e-9, (
            task.seam_id,
            plan.coverage,
            plan.reason,
        )
        assert not [d for d in plan.dropped if d[2] == "approach"], plan.dropped
    _check_plan(Planned(part, tasks, result, config))


def test_a_piece_ending_inside_the_seam_with_a_blocked_leg_is_planned_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """leg_repaired: the inner gusset fillet of the unturned cell is welded from its third rung (the first two
    are too close to the base plate for the torch). With every leg out of that rung's seam point refused (as a
    wall behind it would), the first path's piece loses its approach; the seam is planned again with legs
    required there, and the piece starts one rung later instead of being dropped."""
    tool = load_builtin_tools()["torch_22deg"]
    robot = load_builtin_robots()["abb_irb1600_10_145"]
    part = wm.weldment_part(wm.bracket_with_two_gussets())
    task = accessible_tasks(part, tool, "bracket")[9]
    meshes = [b.mesh for b in part.bodies]
    cell = _cell(meshes, 0.0, (0.87, 0.0))
    free = plan_weld(meshes, [task], robot, tool, cell, PlanConfig()).seams[0]
    start = free.pieces[0][0]
    assert 0 < start < free.path.rungs.count - 1, free.pieces
    wall_point = free.path.rungs.points[start]
    leg = planner_module._Planner.leg

    def blocked_there(self: planner_module._Planner, task: SeamTask, q: np.ndarray, X_PT: np.ndarray | None = None):
        X = planner_module._fk_X_PT(self.robot, self.tool, self.X_BP, q) if X_PT is None else X_PT
        if np.linalg.norm(X[:3, 3] - wall_point) < 1e-6:
            return None
        return leg(self, task, q, X_PT)

    legs_asked: list[frozenset[int]] = []
    plan_direction = planner_module._Planner.plan_direction

    def spy(
        self: planner_module._Planner,
        task: SeamTask,
        reverse: bool,
        home_branch_only: bool,
        leg_rungs: frozenset[int] = frozenset(),
    ) -> tuple[SeamPathResult, set[int]]:
        legs_asked.append(leg_rungs)
        return plan_direction(self, task, reverse, home_branch_only, leg_rungs)

    monkeypatch.setattr(planner_module._Planner, "leg", blocked_there)
    monkeypatch.setattr(planner_module._Planner, "plan_direction", spy)
    plan = plan_weld(meshes, [task], robot, tool, cell, PlanConfig()).seams[0]
    assert any(start in rungs for rungs in legs_asked), legs_asked
    welded = [p for p in plan.pieces if p[0] > start or p[1] < start]
    assert welded and plan.pieces[0][0] > start, plan.pieces
    assert not [d for d in plan.dropped if d[2] == "approach"], plan.dropped
    assert plan.coverage > free.coverage - 2 * 0.005 / task.seam.length, (plan.coverage, free.coverage)
