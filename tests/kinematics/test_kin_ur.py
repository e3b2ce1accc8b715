"""UR-type analytic kinematics (UR10e DH set of the issue brief)."""

import math

import numpy as np
import pytest
from kin_testlib import UR10E_DH, random_q, ur10e

from kinematics.se3 import rotation_angle
from kinematics.solutions import expand_within_limits
from kinematics.ur import UR_WRIST_SINGULAR_RAD, URParams, ur_fk, ur_ik

PI = math.pi
UR_LIMITS = (np.full(6, -2 * PI), np.full(6, 2 * PI))  # UR10e: every joint +-360 deg


def _dh_fk(q: np.ndarray, p: dict) -> np.ndarray:
    """Standard DH product A_i = Rz(theta) Tz(d) Tx(a) Rx(alpha), rows as in Universal Robots' DH table."""
    rows = [
        (q[0], p["d1"], 0, PI / 2),
        (q[1], 0, p["a2"], 0),
        (q[2], 0, p["a3"], 0),
        (q[3], p["d4"], 0, PI / 2),
        (q[4], p["d5"], 0, -PI / 2),
        (q[5], p["d6"], 0, 0),
    ]
    T = np.eye(4)
    for th, d, a, al in rows:
        ct, st, ca, sa = math.cos(th), math.sin(th), math.cos(al), math.sin(al)
        T = T @ np.array(
            [[ct, -st * ca, st * sa, a * ct], [st, ct * ca, -ct * sa, a * st], [0, sa, ca, d], [0, 0, 0, 1]]
        )
    return T


def test_fk_matches_dh_product_and_zero_pose():
    rng = np.random.default_rng(31)
    q = rng.uniform(-PI, PI, size=(50, 6))
    X = ur_fk(ur10e(), q)
    for i in range(len(q)):
        assert np.allclose(X[i], _dh_fk(q[i], UR10E_DH), atol=1e-14)
    # q = 0: arm stretched along x, flange at (a2 + a3, -(d4 + d6), d1 - d5) (from the DH table).
    p = UR10E_DH
    X0 = ur_fk(ur10e(), np.zeros(6))[0]
    assert np.allclose(X0[:3, 3], [p["a2"] + p["a3"], -(p["d4"] + p["d6"]), p["d1"] - p["d5"]], atol=1e-15)


def _round_trip(params, q, q_ref=None):
    X = ur_fk(params, q)
    sols = ur_ik(params, X, q_ref)
    finite = np.all(np.isfinite(sols), axis=2)
    X2 = ur_fk(params, sols[finite])
    target = np.repeat(X, 8, axis=0)[finite.ravel()]
    pos = np.linalg.norm(X2[:, :3, 3] - target[:, :3, 3], axis=1)
    rot = rotation_angle(X2[:, :3, :3], target[:, :3, :3])
    d = sols - q[:, None, :]
    d = np.abs((d + PI) % (2 * PI) - PI).max(axis=2)
    return pos, rot, np.nanmin(d, axis=1), sols


@pytest.mark.parametrize(
    "params",
    [ur10e(), URParams(**UR10E_DH, offsets=(0.4, PI, -PI / 2, 0.0, 0.3, -1.0), sign_corrections=(1, -1, 1, -1, -1, 1))],
    ids=["ur10e", "ur10e_offsets_signs"],
)
def test_round_trip_10000_random_configurations(params):
    rng = np.random.default_rng(32)
    q = random_q(rng, 10_000, *UR_LIMITS)
    pos, rot, best, sols = _round_trip(params, q)
    assert pos.max() < 1e-9 and rot.max() < 1e-9
    assert best.max() < 1e-6
    assert np.all(np.isfinite(sols[..., 0]).sum(axis=1) >= 1)


def test_every_original_among_expanded_solutions():
    # With +-360 deg on every joint each branch has up to 2^6 variants; check a smaller batch.
    params = ur10e()
    rng = np.random.default_rng(33)
    q = rng.uniform(-2 * PI, 2 * PI, size=(500, 6))
    sols = expand_within_limits(ur_ik(params, ur_fk(params, q)), *UR_LIMITS)
    for i, s in enumerate(sols):
        assert np.min(np.max(np.abs(s - q[i]), axis=1)) < 1e-6
        assert np.all(s >= UR_LIMITS[0] - 1e-9) and np.all(s <= UR_LIMITS[1] + 1e-9)


def test_near_singular_wrist_round_trips():
    params = ur10e()
    rng = np.random.default_rng(34)
    q = random_q(rng, 10_000, *UR_LIMITS)
    q[:, 4] = rng.uniform(-1e-7, 1e-7, 10_000)
    q[:100, 4] = 0.0
    pos, rot, best, sols = _round_trip(params, q, q_ref=q)
    assert pos.max() < 1e-6 and rot.max() < 1e-6
    assert best.max() < 1e-6
    at_singularity = np.abs(np.sin(sols[..., 4])) < 0.5 * UR_WRIST_SINGULAR_RAD
    assert at_singularity.sum() > 1000
    q6_ref = np.broadcast_to(q[:, None, 5], at_singularity.shape)
    assert np.allclose(sols[..., 5][at_singularity], q6_ref[at_singularity], atol=1e-12)


def test_unreachable_and_validation():
    X = np.eye(4)
    X[:3, 3] = [3.0, 0.0, 0.0]
    assert np.all(np.isnan(ur_ik(ur10e(), X)))
    with pytest.raises(ValueError, match="a2"):
        URParams(0.1, 0.0, -0.5, 0.1, 0.1, 0.1)
    with pytest.raises(ValueError, match="d4"):
        URParams(0.1, -0.5, -0.5, math.nan, 0.1, 0.1)
