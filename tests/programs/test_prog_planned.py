"""Issue 6 acceptance on real plans: every parametric weldment planned with each built-in robot, written in
the robot vendor's language, read back, and compared with the plan (FK of the read-back joints against the
planned TCP poses within 0.1 mm / 0.1 deg; the replayed cycle time within 1 % under the same timing model)."""

from __future__ import annotations

import numpy as np
import pytest

from kinematics.se3 import rotation_angle
from planning.timing import time_moves
from programs import VENDOR_OF, read_program, write_program
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.plan_testlib import ROBOT_IDS, planned

BUILDERS = ("t_joint", "angled_web", "bracket_with_two_gussets")


@pytest.mark.parametrize("robot_id", ROBOT_IDS)
@pytest.mark.parametrize("builder", BUILDERS)
def test_plan_program_reader_round_trip(builder: str, robot_id: str) -> None:
    robot = load_builtin_robots()[robot_id]
    tool = load_builtin_tools()["torch_22deg"]
    program = planned(builder, robot_id).result.program
    controller = next(c for c, v in VENDOR_OF.items() if v == robot.vendor)
    back = read_program(None, write_program(controller, program, robot, tool), robot, tool)
    assert len(back.moves) == len(program.moves)
    q_back = np.array([m.q for m in back.moves])
    X_BT_back = robot.kinematics.fk(q_back) @ tool.X_FT
    X_BT_plan = program.X_BP @ np.array([m.X_PT for m in program.moves])
    assert np.max(np.linalg.norm(X_BT_back[:, :3, 3] - X_BT_plan[:, :3, 3], axis=1)) <= 1e-4
    assert np.max(rotation_angle(X_BT_back[:, :3, :3], X_BT_plan[:, :3, :3])) <= np.radians(0.1)
    planned_time = time_moves(program, robot.max_speed, robot.max_accel).cycle_time_s
    replayed = time_moves(back, robot.max_speed, robot.max_accel).cycle_time_s
    assert abs(replayed - planned_time) <= 0.01 * planned_time, (replayed, planned_time)
