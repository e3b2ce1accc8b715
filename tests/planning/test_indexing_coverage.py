"""Issue 14's acceptance on a small weldment: with the part on the 2-axis positioner the welded share is at
least what the planner welds with the part placed on a table (planning.planner.plan_weld, no positioner).

Two seams of the open box (cad.weldments.box): a vertical outside corner, which a torch reaches from outside
along its whole height once the box is turned, and a vertical inside fillet, which the box's walls keep the
torch from along most of its height in every state (no_torch_angle, the same whatever the positioner does)."""

from __future__ import annotations

import math

import numpy as np

from cad import default_procedure, detect_seams
from cad import weldments as wm
from kinematics.se3 import rot_z
from planning.cell import part_bbox
from planning.indexing import plan_indexed
from planning.planner import PlanConfig, SeamTask, plan_weld
from planning.positioner import PositionerCell
from robot_models import load_builtin_robots, load_builtin_tools
from robot_models.positioner import load_builtin_positioners

# cad.weldments.box's seam order: 8 vertical outside corner, 9 vertical inside fillet (its docstring)
SEAMS = (8, 9)


def test_the_positioner_welds_at_least_what_the_table_does() -> None:
    part = wm.weldment_part(wm.box())
    seams = detect_seams(part)
    tasks = [SeamTask(f"box_{i}", seams[i], default_procedure(seams[i])) for i in SEAMS]
    assert [t.seam.kind for t in tasks] == ["corner", "fillet"]
    meshes = [b.mesh for b in part.bodies]
    robot, tool = load_builtin_robots()["abb_irb1600_10_145"], load_builtin_tools()["torch_22deg"]
    # bench/positioner.py's cell: the D500 1.03 m from the robot at bearing -60 deg, the part flush on the plate
    X_BPos = np.eye(4)
    X_BPos[:3, :3] = rot_z(math.radians(120.0))
    X_BPos[:3, 3] = [0.5, -0.9, 0.0]
    lo, hi = part_bbox(meshes)
    X_FP = np.eye(4)
    X_FP[:3, 3] = -np.array([(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2]])
    pcell = PositionerCell(load_builtin_positioners()["yaskawa_motopos_d500"], X_BPos, X_FP)
    indexed = plan_indexed(meshes, tasks, robot, tool, pcell, PlanConfig())
    table = plan_weld(meshes, tasks, robot, tool, None, PlanConfig())
    length = np.array([t.seam.length for t in tasks])
    on_table = float(np.array([p.coverage for p in table.seams]) @ length / length.sum())
    assert indexed.coverage(tasks) >= on_table - 1e-9
