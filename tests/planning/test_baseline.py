"""Greedy computeCartesianPath-style baseline (planning/baseline.py) against FK, independent IK picks and
the ladder planner on the same seams."""

from __future__ import annotations

import math

import numpy as np
import pytest
from ladder_testlib import fillet_x, placement, procedure, robot_and_tool, tcp_in_part

from kinematics.se3 import invert_X
from planning.baseline import BaselineConfig, follow_seam_greedy
from planning.ladder import plan_seam
from planning.torch_frames import nominal_frames, seam_rungs


@pytest.fixture(scope="module")
def setup():
    robot, tool = robot_and_tool()
    seam = fillet_x(0.15)
    return robot, tool, seam, procedure(seam), placement()


def test_follows_the_nominal_frames_within_the_jump_gate(setup) -> None:
    robot, tool, seam, proc, X_BP = setup
    res = follow_seam_greedy(seam, proc, robot, X_BP, tool.X_FT)
    assert res.coverage == 1.0 and res.stop_rung is None and res.reason is None
    X = tcp_in_part(robot, tool.X_FT, X_BP, res.q)
    np.testing.assert_allclose(X, nominal_frames(res.rungs, proc), atol=1e-6)  # spin 0, no tolerance
    dt = np.linalg.norm(np.diff(res.rungs.points, axis=0), axis=1) / proc.travel_speed_m_s
    step = np.abs(np.diff(res.q, axis=0))
    assert np.all(step <= 0.9 * robot.max_speed * dt[:, None] + 1e-12)
    assert np.all(step <= math.radians(30) + 1e-12)


def test_seeded_start_is_the_solution_nearest_the_seed(setup) -> None:
    robot, tool, seam, proc, X_BP = setup
    res = follow_seam_greedy(seam, proc, robot, X_BP, tool.X_FT, q_seed=robot.home)
    X_BF = X_BP @ nominal_frames(seam_rungs(seam), proc)[0] @ invert_X(tool.X_FT)
    sols = robot.kinematics.ik(X_BF)[0]
    nearest = sols[np.argmin(np.linalg.norm(sols - robot.home, axis=1))]
    np.testing.assert_allclose(res.q[0], nearest, atol=1e-12)
    # then each step takes the nearest solution to the previous one
    for r in range(1, res.rungs.count):
        X_BF = X_BP @ nominal_frames(res.rungs, proc)[r] @ invert_X(tool.X_FT)
        sols = robot.kinematics.ik(X_BF)[0]
        np.testing.assert_allclose(res.q[r], sols[np.argmin(np.linalg.norm(sols - res.q[r - 1], axis=1))],
                                   atol=1e-12)


def test_stops_at_the_first_collision(setup) -> None:
    robot, tool, seam, proc, X_BP = setup

    def blocked(q, r):
        return np.full(len(q), r not in (12, 13))

    res = follow_seam_greedy(seam, proc, robot, X_BP, tool.X_FT, state_valid=blocked)
    assert res.stop_rung == 12 and res.reason == "collision"
    assert res.coverage == pytest.approx(res.rungs.s[11] / res.rungs.s[-1])
    assert np.all(np.isnan(res.q[12:])) and np.all(np.isfinite(res.q[:12]))


def test_out_of_reach_and_fixed_spin_limit_the_baseline_not_the_ladder(setup) -> None:
    robot, tool, _, proc, _ = setup
    far = fillet_x(0.6)
    X_BP = placement(1.2, -0.075, 0.0)
    base = follow_seam_greedy(far, proc, robot, X_BP, tool.X_FT)
    assert 0.0 < base.coverage < 1.0 and base.reason == "unreachable"
    # independent: no IK branch at all for the nominal frame where it stopped
    X_BF = X_BP @ nominal_frames(base.rungs, proc)[base.stop_rung] @ invert_X(tool.X_FT)
    assert not np.any(np.isfinite(robot.kinematics.verified_branches(X_BF)))
    ladder = plan_seam(far, proc, robot, X_BP, tool.X_FT)
    assert ladder.coverage >= base.coverage
    # a fixture that blocks the baseline's only torch orientation (spin 0) mid-seam stops the baseline;
    # the ladder turns the torch and welds the whole seam
    seam = fillet_x(0.15)
    X_BP = placement()
    Xn = nominal_frames(seam_rungs(seam), proc)

    def no_spin_zero(q, r):
        x = tcp_in_part(robot, tool.X_FT, X_BP, np.atleast_2d(q))[:, :3, 0]
        spin = np.arctan2(x @ Xn[r, :3, 1], x @ Xn[r, :3, 0])
        return (np.abs(spin) > math.radians(30)) | (r < 10)

    base = follow_seam_greedy(seam, proc, robot, X_BP, tool.X_FT, state_valid=no_spin_zero)
    assert base.stop_rung == 10 and base.reason == "collision"
    ladder = plan_seam(seam, proc, robot, X_BP, tool.X_FT, state_valid=no_spin_zero)
    assert ladder.status == "planned" and ladder.coverage == 1.0


def test_a_jump_is_refused(setup) -> None:
    """With a tiny jump threshold the follower stops with reason "jump" at the first step."""
    robot, tool, seam, proc, X_BP = setup
    res = follow_seam_greedy(seam, proc, robot, X_BP, tool.X_FT, config=BaselineConfig(max_joint_step_rad=1e-4))
    assert res.stop_rung == 1 and res.reason == "jump" and res.coverage == 0.0
