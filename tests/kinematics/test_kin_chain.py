"""Serial chain FK / link poses / Jacobian against a naive URDF walk and finite differences."""

import math

import numpy as np
from kin_testlib import OPW_ROWS, rosi_opw_urdf, ur_description_urdf, urdf_text

from kinematics.chain import attached_link_poses, chain_from_urdf, fk, fk_and_jacobian, jacobian, link_poses
from kinematics.se3 import rot_axis_angle, rotation_log
from kinematics.urdf import parse_urdf


def _naive_fk(model, tip: str, q: np.ndarray) -> np.ndarray:
    """Walk the URDF joint by joint with 4x4 products: X = X @ origin @ Rot(axis, q) (URDF semantics)."""
    path = []
    link = tip
    while model.parent_joint(link) is not None:
        j = model.parent_joint(link)
        path.append(j)
        link = j.parent
    X = np.eye(4)
    i = 0
    for j in reversed(path):
        X = X @ j.X_PJ
        if j.type == "revolute":
            R = np.eye(4)
            R[:3, :3] = rot_axis_angle(j.axis, q[i])
            X = X @ R
            i += 1
    return X


def _skewed_chain_text() -> str:
    # Arbitrary axes and rpy everywhere, fixed joints between revolute ones: exercises every fold.
    rng = np.random.default_rng(7)
    joints = []
    parent = "base"
    for i in range(6):
        joints.append(
            dict(
                name=f"fix{i}",
                type="fixed",
                parent=parent,
                child=f"pre{i}",
                xyz=rng.normal(size=3) * 0.2,
                rpy=rng.uniform(-3, 3, 3),
            )
        )
        axis = rng.normal(size=3)
        joints.append(
            dict(
                name=f"j{i}",
                parent=f"pre{i}",
                child=f"l{i}",
                xyz=rng.normal(size=3) * 0.3,
                rpy=rng.uniform(-3, 3, 3),
                axis=axis / np.linalg.norm(axis),
                lower=-4.0,
                upper=4.0,
            )
        )
        parent = f"l{i}"
    joints.append(dict(name="tip", type="fixed", parent="l5", child="tool0", xyz=(0.1, 0.02, 0.3), rpy=(0.3, 0.2, 0.1)))
    return urdf_text("skewed", joints)


def test_fk_and_link_poses_match_naive_urdf_walk():
    for text in (_skewed_chain_text(), ur_description_urdf(), rosi_opw_urdf("kuka", OPW_ROWS["kuka_kr10_r1420"][0])):
        model = parse_urdf(text)
        chain = chain_from_urdf(model)
        rng = np.random.default_rng(8)
        q = rng.uniform(-math.pi, math.pi, size=(40, 6))
        X = fk(chain, q)
        XL = link_poses(chain, q)
        for n in range(q.shape[0]):
            assert np.allclose(X[n], _naive_fk(model, chain.tip_link, q[n]), atol=1e-12)
            for i, name in enumerate(chain.link_names):
                assert np.allclose(XL[n, i], _naive_fk(model, name, q[n]), atol=1e-12)
        poses = attached_link_poses(chain, q[:3])
        for a in chain.attached:
            for n in range(3):
                assert np.allclose(poses[a.name][n], _naive_fk(model, a.name, q[n]), atol=1e-12)


def test_jacobian_matches_finite_differences():
    chain = chain_from_urdf(parse_urdf(_skewed_chain_text()))
    rng = np.random.default_rng(9)
    q = rng.uniform(-math.pi, math.pi, size=(20, 6))
    J = jacobian(chain, q)
    X0, J2 = fk_and_jacobian(chain, q)
    assert np.allclose(J, J2)
    h = 1e-6
    for i in range(6):
        dq = np.zeros(6)
        dq[i] = h
        Xp, Xm = fk(chain, q + dq), fk(chain, q - dq)
        v = (Xp[:, :3, 3] - Xm[:, :3, 3]) / (2 * h)
        # Angular velocity: log(R(q+h) R(q-h)^T) / (2h), in the base frame like J's w rows.
        w = rotation_log(Xp[:, :3, :3] @ np.swapaxes(Xm[:, :3, :3], 1, 2)) / (2 * h)
        assert np.allclose(J[:, :3, i], v, atol=1e-7)
        assert np.allclose(J[:, 3:, i], w, atol=1e-7)


def test_single_configuration_accepts_1d_q():
    chain = chain_from_urdf(parse_urdf(ur_description_urdf()))
    assert fk(chain, np.zeros(6)).shape == (1, 4, 4)
    assert link_poses(chain, np.zeros(6)).shape == (1, 7, 4, 4)
