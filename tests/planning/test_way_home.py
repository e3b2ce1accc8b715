"""A plan keeps its way home (planning.planner._Planner.build_program): where no air move is found from the
last seam's retract back to the home pose (the retract ends in a pocket of the joint space; seen on 24 of the
102 seams of gussets_across_fillet with 20 gussets, where the plan used to fail as a whole with "no
collision-free air move back to the home pose"), that seam is unwelded with the reason, and the program
ends at home from the seam before it."""

from __future__ import annotations

import numpy as np
import pytest

import planning.planner as planner_module
from cad import default_procedure, detect_seams
from cad import weldments as wm
from planning.planner import PlanConfig, SeamTask, plan_weld
from robot_models import load_builtin_robots, load_builtin_tools


def test_no_way_home_after_the_last_seam_unwelds_it_not_the_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    robot = load_builtin_robots()["abb_irb1600_10_145"]
    tool = load_builtin_tools()["torch_22deg"]
    part = wm.weldment_part(wm.t_joint())
    tasks = [SeamTask(f"s{i}", s, default_procedure(s)) for i, s in enumerate(detect_seams(part))]
    meshes = [b.mesh for b in part.bodies]
    free = plan_weld(meshes, tasks, robot, tool)
    order = sorted((p for p in free.seams if p.order is not None), key=lambda p: p.order)
    assert len(order) >= 2 and all(p.coverage == 1.0 for p in order)
    last = order[-1].seam_id

    # the first way home asked for (from the last seam's retract) is blocked, as from a pocket
    way_home = planner_module._Planner.way_home
    asked: list[np.ndarray] = []

    def pocket(self: planner_module._Planner, q0: np.ndarray):
        asked.append(np.array(q0))
        return None if len(asked) == 1 else way_home(self, q0)

    monkeypatch.setattr(planner_module._Planner, "way_home", pocket)
    config = PlanConfig()
    result = plan_weld(meshes, tasks, robot, tool, free.cell, config)
    assert len(asked) == 2
    by_id = {p.seam_id: p for p in result.seams}
    lost = by_id[last]
    assert lost.coverage == 0.0 and lost.status == "unreachable" and lost.order is None
    assert "no collision-free air move back to the home pose" in (lost.reason or "")
    assert {s.seam_id for s in result.unwelded if s.reason == "air_move"} == {last}
    # the others as before, the program from home to home without the lost seam's moves
    assert all(by_id[p.seam_id].coverage == 1.0 for p in order[:-1])
    assert [p.order for p in sorted(order[:-1], key=lambda p: p.order)] == list(range(len(order) - 1))
    moves = result.program.moves
    assert moves[0].role == "home" and moves[-1].role == "home"
    np.testing.assert_allclose(moves[-1].q, robot.home)
    assert not any(m.seam_id == last for m in moves)
    # every millimetre of it is reported, with the reason
    lost_m = sum(s.to_m - s.from_m for s in result.unwelded if s.seam_id == last)
    assert lost_m == pytest.approx(next(t.seam.length for t in tasks if t.seam_id == last))
