"""kinematics.branches.arm_branch reads the shoulder and elbow branch off the joint values; the reference is
the definition itself: the IK branch (opw_ik / ur_ik slot) that reproduces q from its own FK pose."""

from __future__ import annotations

import numpy as np
import pytest

from kinematics.branches import arm_branch, arm_measures
from robot_models import load_builtin_robots

ROBOTS = load_builtin_robots()


def _branch_by_ik(kin, q: np.ndarray) -> np.ndarray:
    """The slot of the IK branch of FK(q) that reproduces q (joints modulo 2 pi), as shoulder and elbow bits."""
    branches = kin.ik_branches(kin.fk(q), q_ref=q)
    diff = np.angle(np.exp(1j * (branches - q[:, None, :])))
    err = np.where(np.isfinite(diff), np.abs(diff), np.inf).max(axis=2)
    slot = np.argmin(err, axis=1)
    assert np.all(err[np.arange(len(q)), slot] < 1e-6), "some configuration is on no IK branch"
    shoulder = (slot // 2) % 2 if kin.kind == "opw" else slot // 4
    return 2 * shoulder + slot % 2


@pytest.mark.parametrize("robot_id", sorted(ROBOTS))
def test_arm_branch_is_the_ik_branch_that_reproduces_q(robot_id: str) -> None:
    kin = ROBOTS[robot_id].kinematics
    rng = np.random.default_rng(13)
    q = rng.uniform(kin.lower, kin.upper, size=(3000, 6))
    np.testing.assert_array_equal(arm_branch(kin, q), _branch_by_ik(kin, q))


@pytest.mark.parametrize("robot_id", sorted(ROBOTS))
def test_each_ik_slot_reports_its_own_branch(robot_id: str) -> None:
    """Solutions of random reachable poses, slot by slot: the slot layout says the branch."""
    kin = ROBOTS[robot_id].kinematics
    rng = np.random.default_rng(7)
    X = kin.fk(rng.uniform(kin.lower, kin.upper, size=(500, 6)))
    q = kin.ik_branches(X)  # [N, 8, 6]
    slot = np.broadcast_to(np.arange(8), q.shape[:2])
    ok = np.all(np.isfinite(q), axis=2)
    want = 2 * ((slot // 2) % 2 if kin.kind == "opw" else slot // 4) + slot % 2
    got = arm_branch(kin, q[ok])
    # a solution at a singularity belongs to both sides: only clear ones are compared
    clear = np.all(np.abs(arm_measures(kin, q[ok])[:, 1:]) > 1e-6, axis=1)
    assert clear.mean() > 0.99
    np.testing.assert_array_equal(got[clear], want[ok][clear])
