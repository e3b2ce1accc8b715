"""Issue 13 acceptance: on test weldments nobody tuned the planner for, with two robots, at least 97 % of the
length the torch can reach is welded, no seam with accessible length is left out, and the plan holds in
the independent reference world (test_plan_end_to_end._check_plan: PyBullet's own FK and contacts, TCP on
the seam within 0.5 mm, joint speeds within limits).

"Accessible" is planning.torch_access (the torch's own shapes, the procedure's window and cap, the table),
which the planner never exceeds: the ratio says how much of what is there to weld the planner leaves. The
tab-and-slot box (the slowest, about a minute per robot) is measured in bench/coverage.py instead.
"""

from __future__ import annotations

import functools

import pytest

from cad import weldments as wm
from planning.coverage import accessible_tasks, coverage
from planning.planner import PlanConfig, SeamTask, plan_weld
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.plan_testlib import Planned, welded_blocked_points
from tests.planning.test_plan_end_to_end import _check_plan

TOOL = "torch_22deg"
WELDMENTS = {
    "t_joint": {},
    "bracket_with_two_gussets": {},
    "tube_on_plate": {},
    "angled_web": {},
    # walls standing 15 mm in from the plate edge: inside corners, outside fillets on the margin
    "box": {"inset": 0.015},
}


@functools.cache
def _tasks(builder: str) -> tuple[object, list[SeamTask]]:
    part = wm.weldment_part(getattr(wm, builder)(**WELDMENTS[builder]))
    return part, accessible_tasks(part, load_builtin_tools()[TOOL], builder)


@pytest.mark.parametrize("robot_id", ["abb_irb1600_10_145", "fanuc_m10ia"])
@pytest.mark.parametrize(
    "builder",
    sorted(WELDMENTS),
)
def test_the_planner_welds_what_the_torch_can_reach(builder: str, robot_id: str) -> None:
    part, tasks = _tasks(builder)
    config = PlanConfig()
    result = plan_weld(
        [b.mesh for b in part.bodies], tasks, load_builtin_robots()[robot_id], load_builtin_tools()[TOOL], None, config
    )
    c = coverage(result, tasks)
    assert c.accessible_m > 0.0
    assert c.welded_m <= c.accessible_m + 1e-6, "accessibility is a bound of what the planner welds"
    assert c.ratio >= 0.97, (
        builder,
        robot_id,
        round(c.ratio, 4),
        [
            (u.seam_id, round(u.from_m * 1e3), round(u.to_m * 1e3), u.reason, u.detail)
            for u in result.unwelded
            if u.reason != "no_torch_angle"
        ],
    )
    assert not c.left_out, c.left_out
    assert not welded_blocked_points(tasks, result), "never a point the torch accessibility calls blocked"
    _check_plan(Planned(part, tasks, result, config))
