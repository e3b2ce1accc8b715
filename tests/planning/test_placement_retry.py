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


def test_reachable_length_equals_every_spin_at_every_point() -> None:
    """reachable_length_fn checks a few spins first and the rest only where they miss: the score must equal
    the plain definition (a sampled seam point counts when the IK of some spin has an in-limit solution),
    here computed with every spin at every point, on candidates in reach, half in reach and out of reach."""
    from planning.cell import PlacementConfig, bbox_in_base, candidate_poses, part_bbox
    from planning.planner import reachable_length_fn
    from planning.torch_frames import seam_rungs, torch_frames

    tool = load_builtin_tools()["torch_22deg"]
    robot = load_builtin_robots()["fanuc_m10ia"]
    part = wm.weldment_part(wm.bracket_with_two_gussets())
    tasks = accessible_tasks(part, tool, "bracket")
    score = reachable_length_fn(tasks, robot, tool)
    bbox = part_bbox([b.mesh for b in part.bodies])
    config = PlacementConfig(reach_fractions=(0.3, 0.6, 0.9, 1.1, 1.3))
    spins = np.radians(np.arange(0.0, 360.0, 30.0))
    X_TF = np.linalg.inv(tool.X_FT)
    seen = set()
    for X_BP in candidate_poses(bbox, robot.reach_m, config):
        want = 0.0
        for t in tasks:
            rungs = seam_rungs(t.seam, t.seam.length / 4)
            X = torch_frames(rungs, t.procedure.work_angle_rad, t.procedure.travel_angle_rad, spins)
            ok = robot.kinematics.reachable(X_BP @ X.reshape(-1, 4, 4) @ X_TF).reshape(X.shape[:2]).any(axis=1)
            want += t.seam.length * ok.mean()
        assert score(X_BP) == pytest.approx(want, abs=1e-12), bbox_in_base(bbox, X_BP)
        seen.add(round(want / sum(t.seam.length for t in tasks), 1))
    assert {0.0, 1.0} <= seen and len(seen) > 2  # out of reach, in reach, and partly
