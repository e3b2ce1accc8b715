"""Numeric IK on a chain that no analytic solver covers (6R with a wrist offset)."""

import math

import numpy as np
import pytest
from kin_testlib import OPW_ROWS, rosi_opw_urdf

from kinematics.chain import chain_from_urdf, fk
from kinematics.numeric import NumericIKConfig, numeric_ik, numeric_ik_batch
from kinematics.opw_extract import opw_from_chain
from kinematics.se3 import rotation_angle
from kinematics.solver import RobotKinematics
from kinematics.urdf import parse_urdf


def _offset_wrist_chain():
    # IRB2400 geometry (docs/references.md#robots-3) with joint 6 moved 30 mm sideways: axes 4 and 6 no longer
    # meet, so there is no spherical wrist and no closed form.
    return chain_from_urdf(parse_urdf(rosi_opw_urdf("abb", OPW_ROWS["abb_irb2400_10"][0], wrist_offset_y=0.03)))


def _reachable_poses(chain, n, seed):
    rng = np.random.default_rng(seed)
    lo, hi = np.maximum(chain.lower, -math.pi), np.minimum(chain.upper, math.pi)
    q = rng.uniform(lo, hi, size=(n, 6))
    return q, fk(chain, q)


def _check_solutions(chain, X, sols, tol):
    if len(sols) == 0:
        return
    X2 = fk(chain, sols)
    assert np.max(np.linalg.norm(X2[:, :3, 3] - X[:3, 3], axis=1)) < tol
    assert np.max(rotation_angle(X2[:, :3, :3], X[:3, :3])) < tol
    assert np.all(sols >= chain.lower - 1e-9) and np.all(sols <= chain.upper + 1e-9)


def test_offset_wrist_chain_is_numeric():
    assert RobotKinematics.from_chain(_offset_wrist_chain()).kind == "numeric"


def test_numeric_ik_success_rate_from_random_starts():
    chain = _offset_wrist_chain()
    q, X = _reachable_poses(chain, 150, seed=51)
    found = 0
    for i in range(len(q)):
        sols = numeric_ik(chain, X[i])
        _check_solutions(chain, X[i], sols, 1e-6)
        found += len(sols) > 0
    assert found / len(q) >= 0.98  # bench/ik.py measures the rate on more poses (target 99.5 %)


def test_batch_api_finds_every_pose_and_seed_goes_first():
    chain = _offset_wrist_chain()
    q, X = _reachable_poses(chain, 200, seed=52)
    branches = numeric_ik_batch(chain, X, q_seed=q + 0.05)
    assert branches.shape == (200, NumericIKConfig().restarts + 1, 6)
    ok = np.all(np.isfinite(branches), axis=2)
    assert np.all(ok.any(axis=1))
    # A seed 0.05 rad from a solution converges to that solution (to the joint accuracy that a 1e-7
    # pose tolerance buys, which is coarser where the Jacobian is badly conditioned).
    d = np.abs((branches[:, 0] - q + math.pi) % (2 * math.pi) - math.pi).max(axis=1)
    assert np.all(d < 1e-4)


def test_numeric_solutions_are_among_analytic_ones_on_an_opw_chain():
    chain = chain_from_urdf(parse_urdf(rosi_opw_urdf("kuka", OPW_ROWS["kuka_kr10_r1420"][0])))
    analytic = RobotKinematics(chain, opw=opw_from_chain(chain))
    q, X = _reachable_poses(chain, 30, seed=53)
    for i in range(len(q)):
        ref = analytic.ik(X[i])[0]
        sols = numeric_ik(chain, X[i])
        assert len(sols) > 0
        d = np.abs(sols[:, None, :] - ref[None, :, :]).max(axis=2)
        assert np.all(d.min(axis=1) < 1e-3)  # loose: joints are ill-conditioned near singularities


def test_unreachable_pose_returns_no_rows_and_bad_input_raises():
    chain = _offset_wrist_chain()
    X = np.eye(4)
    X[:3, 3] = [4.0, 0.0, 0.5]
    assert numeric_ik(chain, X, config=NumericIKConfig(restarts=3, rounds=1)).shape == (0, 6)
    with pytest.raises(ValueError, match="X_BF"):
        numeric_ik(chain, np.eye(3))
    with pytest.raises(ValueError, match="restarts"):
        NumericIKConfig(restarts=-1)
