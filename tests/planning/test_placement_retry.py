"""plan_weld's further placements (planning.planner.PLACEMENT_RETRY_SHARE): the seams the best plan leaves
unwelded are planned there first, and the rest only when the placement welds more of them (issue 13:
planning time linear in the seams, a retry not a second plan of the whole part)."""

from __future__ import annotations

import numpy as np
import pytest

import planning.planner as planner_module
from cad import weldments as wm
from planning.coverage import accessible_tasks
from planning.planner import plan_weld
from robot_models import load_builtin_robots, load_builtin_tools


def test_a_retry_that_cannot_weld_more_plans_only_the_seams_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """tube_on_plate: the fillet inside the tube is enclosed (no torch fits: unreachable in any placement),
    the outside one is welded in full. Retries forced (share above 1): each further placement plans the
    enclosed seam only, finds nothing more, and the first placement's plan is kept."""
    tool = load_builtin_tools()["torch_22deg"]
    part = wm.weldment_part(wm.tube_on_plate())
    tasks = accessible_tasks(part, tool, "tube")
    planned: dict[int, list[int]] = {}
    plan_task = planner_module._Planner.plan_task

    def spy(self, i: int):
        planned.setdefault(id(self), []).append(i)
        return plan_task(self, i)

    monkeypatch.setattr(planner_module._Planner, "plan_task", spy)
    monkeypatch.setattr(planner_module, "PLACEMENT_RETRY_SHARE", 1.01)
    robot = load_builtin_robots()["abb_irb1600_10_145"]
    result = plan_weld([b.mesh for b in part.bodies], tasks, robot, tool)
    enclosed = [i for i, t in enumerate(tasks) if not t.seam.accessible]
    assert enclosed and len(enclosed) < len(tasks)
    assert [p.coverage for p in result.seams] == [0.0 if i in enclosed else 1.0 for i in range(len(tasks))]
    runs = list(planned.values())
    assert result.stats["placements_planned"] == len(runs) > 1
    assert sorted(runs[0]) == list(range(len(tasks)))
    assert all(run == enclosed for run in runs[1:]), runs
    assert result.placement is not None
    np.testing.assert_allclose(result.cell.X_BP, result.placement.cell.X_BP)
