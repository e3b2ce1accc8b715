"""Greedy computeCartesianPath-style baseline (planning/baseline.py) against FK, independent IK picks and
the ladder planner on the same seams."""

from __future__ import annotations

import math

import numpy as np
import pytest
from ladder_testlib import fillet_x, placement, procedure, robot_and_tool, tcp_in_part

from kinematics.se3 import invert_X
from planning.baseline import NOT_REACHED, BaselineConfig, GreedySeamPlanner, follow_seam_greedy
from planning.ladder import LadderSeamPlanner, plan_seam
from planning.seam_planner import SeamOutcome, SeamPlanner, SeamProblem
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
        np.testing.assert_allclose(res.q[r], sols[np.argmin(np.linalg.norm(sols - res.q[r - 1], axis=1))], atol=1e-12)


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


# ------------------------------------------------------------------------------ one SeamPlanner protocol
def test_both_planners_answer_one_problem_through_the_protocol(setup) -> None:
    # planning/seam_planner.py: the same SeamProblem to either planner; both outcomes are checked against FK
    # (the path holds the nominal torch frames where no tolerance was used) and against each other.
    robot, tool, seam, proc, X_BP = setup
    problem = SeamProblem(seam, proc, robot, X_BP, tool.X_FT, q_start=robot.home)
    planners: list[SeamPlanner] = [LadderSeamPlanner(), GreedySeamPlanner()]
    for planner in planners:
        assert isinstance(planner, SeamPlanner)
        out = planner.plan(problem)
        assert isinstance(out, SeamOutcome), planner.name
        R = out.rungs.count
        assert (out.status, out.coverage, out.pieces) == ("planned", 1.0, [(0, R - 1)]), planner.name
        assert out.reasons == [None] * R and out.seconds > 0.0
        X = tcp_in_part(robot, tool.X_FT, X_BP, out.q)
        np.testing.assert_allclose(X[:, :3, 3], out.rungs.points, atol=1e-6)


def test_failure_comes_back_as_data_with_a_reason_per_rung(setup) -> None:
    # A seam 3 m from the base is beyond the ABB's 1.45 m reach (docs/references.md#robots-6): no exception,
    # status "unreachable", no pieces, every rung says why.
    robot, tool, seam, proc, _ = setup
    problem = SeamProblem(seam, proc, robot, placement(3.0), tool.X_FT)
    for planner in (LadderSeamPlanner(), GreedySeamPlanner()):
        out = planner.plan(problem)
        assert (out.status, out.coverage, out.pieces) == ("unreachable", 0.0, []), planner.name
        assert out.reasons[0] == "unreachable" and all(r is not None for r in out.reasons), planner.name


def test_a_greedy_stop_is_partial_with_its_reason_then_not_reached(setup) -> None:
    robot, tool, seam, proc, X_BP = setup

    def blocked(q, rung):  # everything from rung 3 on collides
        return np.full(len(q), rung < 3)

    out = GreedySeamPlanner().plan(SeamProblem(seam, proc, robot, X_BP, tool.X_FT, blocked))
    R = out.rungs.count
    assert out.status == "partial" and out.pieces == [(0, 2)]
    assert out.reasons == [None] * 3 + ["collision"] + [NOT_REACHED] * (R - 4)
