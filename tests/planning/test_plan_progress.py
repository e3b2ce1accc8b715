"""plan_weld reports progress(fraction, stage) (issue 19): a job's status shows what it is doing, and a job
stopped by its deadline names the stage it was in. The t_joint weldment (cad.weldments) with the built-in
ABB IRB 1600-10/1.45 and torch_22deg, placed automatically, so every stage runs."""

from __future__ import annotations

from planning.planner import STAGES, PlanConfig, plan_weld
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.plan_testlib import weldment


def test_plan_weld_reports_each_stage_in_order_with_fractions_in_0_1() -> None:
    part, tasks = weldment("t_joint")
    calls: list[tuple[float, str]] = []
    plan_weld(
        [b.mesh for b in part.bodies],
        tasks,
        load_builtin_robots()["abb_irb1600_10_145"],
        load_builtin_tools()["torch_22deg"],
        None,
        PlanConfig(),
        lambda f, s: calls.append((f, s)),
    )
    assert calls and all(0.0 <= f <= 1.0 for f, _ in calls)
    assert all(s in STAGES for _, s in calls), calls
    # One pass through the stages per placement planned: the stage index only falls when a new placement
    # starts over at its collision world, and within a pass the fraction never falls.
    rank = [STAGES.index(s) for _, s in calls]
    for (f0, _), (f1, s1), r0, r1 in zip(calls, calls[1:], rank, rank[1:], strict=False):
        if r1 < r0:
            assert s1 == "collision world", calls
        else:
            assert f1 >= f0, calls
    assert calls[0][1] == "placement"
    assert set(STAGES) <= {s for _, s in calls}, "every stage reported on an automatic placement"
    # one report per seam while seams are planned, the last at the end of that stage's share
    assert sum(s == "seams" for _, s in calls) >= len(tasks)
