"""Our OPW against py-opw-kinematics (rs-opw-kinematics, an independent Rust implementation)."""

import math

import numpy as np
import pytest
from kin_testlib import opw_row, random_q

from kinematics.opw import opw_fk, opw_ik

py_opw = pytest.importorskip("py_opw_kinematics")
RigidTransform = pytest.importorskip("scipy.spatial.transform").RigidTransform


def _peer(params):
    model = py_opw.KinematicModel(
        a1=params.a1,
        a2=params.a2,
        b=params.b,
        c1=params.c1,
        c2=params.c2,
        c3=params.c3,
        c4=params.c4,
        offsets=params.offsets,  # radians, because degrees=False below (docs/references.md#robots-9 pitfall)
        flip_axes=tuple(s < 0 for s in params.sign_corrections),
    )
    return py_opw.Robot(model, degrees=False)


@pytest.mark.parametrize("robot", ["abb_irb2400_10", "kuka_kr6_r700_sixx", "fanuc_m10ia", "yaskawa_mh12"])
def test_same_fk_and_same_solution_sets_as_py_opw_kinematics(robot):
    params = opw_row(robot)
    peer = _peer(params)
    rng = np.random.default_rng(21)
    q = random_q(rng, 2000, np.full(6, -math.pi), np.full(6, math.pi))
    X = opw_fk(params, q)
    X_peer = peer.batch_forward(q).as_matrix()
    assert np.allclose(X, X_peer, atol=1e-12)

    ours = opw_ik(params, X)
    theirs = peer.reach(RigidTransform.from_matrix(X)).joints
    ours_ok = np.all(np.isfinite(ours), axis=2)
    theirs_ok = np.all(np.isfinite(theirs), axis=2)
    assert np.array_equal(ours_ok.sum(axis=1), theirs_ok.sum(axis=1))
    # Same sets modulo 2 pi: every branch of one has a partner in the other (slot order not assumed).
    d = ours[:, :, None, :] - theirs[:, None, :, :]
    d = np.abs((d + math.pi) % (2 * math.pi) - math.pi).max(axis=3)
    d = np.where(np.isnan(d), np.inf, d)
    assert np.all(np.where(ours_ok, d.min(axis=2), 0.0) < 1e-9)
    assert np.all(np.where(theirs_ok, d.min(axis=1), 0.0) < 1e-9)
