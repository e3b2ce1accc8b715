"""RobotKinematics: one front end per robot, IK verified against the URDF chain, limits applied."""

import math

import numpy as np
import pytest
from kin_testlib import OPW_ROWS, rosi_opw_urdf, ur_description_urdf

from kinematics.chain import chain_from_urdf
from kinematics.opw import OPWParams
from kinematics.se3 import rotation_angle
from kinematics.solver import RobotKinematics
from kinematics.urdf import parse_urdf

PI = math.pi
# The five arc-welding robots of the issue, as ROS-I-style test URDFs (docs/references.md#robots sections 3 and 5;
# the Yaskawa AR1440 has the MH12 numbers, docs/references.md#robots-3-1).
ROBOTS = {
    "abb_irb1600_10_145": ("opw", lambda: rosi_opw_urdf("abb", OPW_ROWS["abb_irb1600_10_145"][0])),
    "kuka_kr10_r1420": ("opw", lambda: rosi_opw_urdf("kuka", OPW_ROWS["kuka_kr10_r1420"][0])),
    "fanuc_m10ia": ("opw", lambda: rosi_opw_urdf("fanuc", OPW_ROWS["fanuc_m10ia"][0])),
    "yaskawa_ar1440": ("opw", lambda: rosi_opw_urdf("fanuc", OPW_ROWS["yaskawa_mh12"][0])),
    "ur10e": ("ur", ur_description_urdf),
}


@pytest.mark.parametrize("robot", sorted(ROBOTS))
def test_ik_round_trip_through_the_urdf_chain(robot):
    kind, make = ROBOTS[robot]
    chain = chain_from_urdf(parse_urdf(make()))
    rk = RobotKinematics.from_chain(chain)
    assert rk.kind == kind
    assert np.array_equal(rk.lower, chain.lower) and np.array_equal(rk.upper, chain.upper)
    n = 10_000 if kind == "opw" else 1_000  # UR: up to 8 x 2^6 solutions per pose
    rng = np.random.default_rng(71)
    q = rng.uniform(np.maximum(chain.lower, -PI), np.minimum(chain.upper, PI), size=(n, 6))
    X = rk.fk(q)
    assert rk.ik_branches(X).shape == (n, 8, 6)
    sols = rk.ik(X)
    counts = np.array([len(s) for s in sols])
    allsols = np.concatenate(sols)
    owner = np.repeat(np.arange(n), counts)
    X2 = rk.fk(allsols)
    assert np.max(np.linalg.norm(X2[:, :3, 3] - X[owner, :3, 3], axis=1)) < 1e-6
    assert np.max(rotation_angle(X2[:, :3, :3], X[owner, :3, :3])) < 1e-6
    assert np.all(allsols >= chain.lower - 1e-9) and np.all(allsols <= chain.upper + 1e-9)
    best = np.full(n, np.inf)
    np.minimum.at(best, owner, np.max(np.abs(allsols - q[owner]), axis=1))
    assert best.max() < 1e-6


def test_limits_filter_and_variants():
    chain = chain_from_urdf(parse_urdf(ROBOTS["kuka_kr10_r1420"][1]()))
    rk = RobotKinematics.from_chain(chain)
    q = np.array([[0.3, -1.2, 1.0, 2.9, 0.8, -0.5]])
    sols = rk.ik(rk.fk(q))[0]
    # Joint 4 (+-350 deg) and joint 6 (+-360 deg) reach 2.9 and -0.5 also one turn away.
    assert np.any(np.all(np.isclose(sols, [0.3, -1.2, 1.0, 2.9 - 2 * PI, 0.8, -0.5 + 2 * PI]), axis=1))
    assert np.all(np.abs(sols[:, 1]) <= np.deg2rad(150) + 1e-9)


def test_wrong_analytic_model_yields_no_unverified_solutions():
    chain = chain_from_urdf(parse_urdf(ROBOTS["fanuc_m10ia"][1]()))
    wrong = OPWParams(
        0.15,
        -0.2,
        0.0,
        0.45,
        0.6,
        0.65,
        0.1,
        offsets=(0, 0, -PI / 2, 0, 0, PI),
        sign_corrections=(1, 1, -1, -1, -1, -1),
    )  # c3 off by 1 cm
    rk = RobotKinematics(chain, opw=wrong)
    q = np.random.default_rng(72).uniform(-1, 1, size=(50, 6))
    assert all(len(s) == 0 for s in rk.ik(rk.fk(q)))
    assert np.all(np.isnan(rk.verified_branches(rk.fk(q))))


def test_single_pose_and_q_ref_forms():
    chain = chain_from_urdf(parse_urdf(ROBOTS["abb_irb1600_10_145"][1]()))
    rk = RobotKinematics.from_chain(chain)
    q = np.array([0.2, 0.1, -0.3, 1.0, 0.0, 0.4])  # wrist singular
    X = rk.fk(q)[0]
    sols = rk.ik(X, q_ref=q)[0]
    assert np.min(np.max(np.abs(sols - q), axis=1)) < 1e-9
    with pytest.raises(ValueError, match="both"):
        RobotKinematics(chain, opw=rk.opw, ur=object())
