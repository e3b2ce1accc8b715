"""Pose conversions against robodk.robomath (independent oracle, docs/references.md#controllers-7) and configuration
data
round trips over random joint vectors of the built-in robots."""

from __future__ import annotations

import math

import numpy as np
import pytest
from prog_testlib import robots
from robodk import robomath as rm

from kinematics.se3 import R_from_quat_wxyz, quat_wxyz_from_R, rotation_angle
from programs import poses

N_POSES = 10_000


def _rows(H) -> np.ndarray:
    return np.array(H.rows, dtype=np.float64)


def _mat(R: np.ndarray, p=(0.0, 0.0, 0.0)):
    X = np.eye(4)
    X[:3, :3] = R
    X[:3, 3] = p
    return rm.Mat(X.tolist())


@pytest.fixture(scope="module")
def rotations() -> np.ndarray:
    """10,000 uniformly random rotations (normalised Gaussian quaternions, seed 7)."""
    q = np.random.default_rng(7).normal(size=(N_POSES, 4))
    return R_from_quat_wxyz(q)


def _angle_deg(R_a: np.ndarray, R_b: np.ndarray) -> np.ndarray:
    return np.degrees(rotation_angle(R_a, R_b))


def test_reference_pose_of_controllers_md():
    # docs/references.md#controllers-1: transl(100,200,300) rotz(30) roty(45) rotx(60) ->
    # KUKA A,B,C = 30, 45, 60; FANUC W,P,R = 60, 45, 30; ABB q = 0.822363, 0.360423, 0.43968, 0.02226.
    R = poses.R_from_abc_deg([30.0, 45.0, 60.0])
    np.testing.assert_allclose(poses.abc_deg_from_R(R), [30, 45, 60], atol=1e-9)
    np.testing.assert_allclose(poses.wpr_deg_from_R(R), [60, 45, 30], atol=1e-9)
    np.testing.assert_allclose(quat_wxyz_from_R(R), [0.822363, 0.360423, 0.43968, 0.02226], atol=5e-6)


def test_kuka_abc_agrees_with_robodk(rotations):
    abc = poses.abc_deg_from_R(rotations)
    for k in range(N_POSES):
        ref = rm.Pose_2_KUKA(_mat(rotations[k]))[3:]
        np.testing.assert_allclose(abc[k], ref, atol=1e-7)
    # inverse direction: robodk KUKA_2_Pose of our angles is the rotation itself
    back = np.stack([_rows(rm.KUKA_2_Pose([0, 0, 0, *abc[k]]))[:3, :3] for k in range(N_POSES)])
    assert _angle_deg(back, rotations).max() < 1e-9
    assert _angle_deg(poses.R_from_abc_deg(abc), rotations).max() < 1e-9


@pytest.mark.parametrize("to_ref,from_ref",
                         [(rm.Pose_2_Fanuc, rm.Fanuc_2_Pose), (rm.Pose_2_Motoman, rm.Motoman_2_Pose)])
def test_fanuc_yaskawa_wpr_agree_with_robodk(rotations, to_ref, from_ref):
    wpr = poses.wpr_deg_from_R(rotations)
    for k in range(N_POSES):
        np.testing.assert_allclose(wpr[k], to_ref(_mat(rotations[k]))[3:], atol=1e-7)
    back = np.stack([_rows(from_ref([0, 0, 0, *wpr[k]]))[:3, :3] for k in range(N_POSES)])
    assert _angle_deg(back, rotations).max() < 1e-9
    assert _angle_deg(poses.R_from_wpr_deg(wpr), rotations).max() < 1e-9


def test_abb_quaternion_agrees_with_robodk(rotations):
    q = quat_wxyz_from_R(rotations)
    for k in range(N_POSES):
        ref = np.array(rm.pose_2_quaternion(_mat(rotations[k])))
        if np.trace(rotations[k]) < -1.0 + 2e-7:
            # within 1e-7 of cos(angle) = -1 robomath approximates a 180 deg turn (w = 0, axis from one
            # column of R): it is off by O(w), w being our (tiny, < 3e-4) scalar part
            assert ref[0] == 0.0 and q[k][0] < 3e-4
            assert _angle_deg(R_from_quat_wxyz(ref), rotations[k]) < np.degrees(4.0 * q[k][0]) + 1e-6
            continue
        # q and -q are the same rotation; ours has w >= 0
        assert min(np.abs(q[k] - ref).max(), np.abs(q[k] + ref).max()) < 1e-7
        R_ref = _rows(rm.quaternion_2_pose(list(q[k])))[:3, :3]
        assert _angle_deg(R_ref, rotations[k]) < 1e-9


def test_ur_rotation_vector_agrees_with_robodk(rotations):
    v = poses.rotvec_from_R(rotations)
    for k in range(N_POSES):
        ref = np.array(rm.Pose_2_UR(_mat(rotations[k]))[3:])
        if np.linalg.norm(ref) > math.pi - 1e-6:  # at pi, v and -v are the same rotation
            assert min(np.abs(v[k] - ref).max(), np.abs(v[k] + ref).max()) < 1e-6
        else:
            np.testing.assert_allclose(v[k], ref, atol=1e-7)
        R_ref = _rows(rm.UR_2_Pose([0, 0, 0, *v[k]]))[:3, :3]
        assert _angle_deg(R_ref, rotations[k]) < 1e-9
    assert _angle_deg(poses.R_from_rotvec(v), rotations).max() < 1e-9


def test_euler_gimbal_lock_round_trips():
    for b in (90.0, -90.0):
        R = poses.R_from_abc_deg([25.0, b, -40.0])
        assert _angle_deg(poses.R_from_abc_deg(poses.abc_deg_from_R(R)), R) < 1e-6
        assert _angle_deg(poses.R_from_wpr_deg(poses.wpr_deg_from_R(R)), R) < 1e-6
    assert np.allclose(poses.R_from_rotvec([0.0, 0.0, 0.0]), np.eye(3))


OPW_ROBOTS = ["abb_irb1600_10_145", "kuka_kr10_r1420", "fanuc_m10ia", "yaskawa_ar1440"]


def _random_q(robot, n: int, seed: int) -> np.ndarray:
    """Random joint vectors inside the limits, away from the wrist, shoulder and elbow singularities
    (where two branches coincide and no configuration data can tell them apart)."""
    rng = np.random.default_rng(seed)
    lo, hi = robot.joint_limits[:, 0], robot.joint_limits[:, 1]
    q = rng.uniform(lo, hi, (3 * n, 6))
    atoms = poses.arm_atoms(robot, q)
    ok = (np.abs(np.sin(q[:, 4])) > 0.02) & (np.abs(atoms.front_m) > 0.01) & (np.abs(atoms.elbow) > 0.02)
    # J5 beyond +-180 deg (FANUC's +-190 range): the flag (sign of J5) cannot tell the wrist branches
    # there; readers fall back to the previous joints
    ok &= np.abs(q[:, 4]) < math.pi - 0.02
    return q[ok][:n]


def _same_modulo_unconfigured(robot, q_a: np.ndarray, q_b: np.ndarray) -> np.ndarray:
    """Per row: equal within 1e-6 rad, where joints whose +-2 pi variants no config field separates
    (FANUC model J3: a range over 360 deg, and no CONFIG field) may differ by whole turns."""
    d = q_a - q_b
    if robot.vendor == "fanuc":
        d[:, 2] = (d[:, 2] + math.pi) % (2 * math.pi) - math.pi
    return np.max(np.abs(d), axis=1) < 1e-6


@pytest.mark.parametrize("robot_id", OPW_ROBOTS)
def test_config_round_trip_selects_the_same_branch(robot_id):
    robot = robots()[robot_id]
    q = _random_q(robot, 4000, seed=11)
    X = robot.kinematics.fk(q)
    keys = poses.config_keys(robot, q)
    got = poses.select_by_config(robot, X, keys)
    assert not np.any(np.isnan(got))
    assert np.all(_same_modulo_unconfigured(robot, got, q))


@pytest.mark.parametrize("robot_id", OPW_ROBOTS)
def test_config_keys_tell_every_solution_apart(robot_id):
    robot = robots()[robot_id]
    q = _random_q(robot, 300, seed=12)
    for sols in robot.kinematics.ik(robot.kinematics.fk(q)):
        keys = {tuple(k) for k in poses.config_keys(robot, sols)}
        if robot.vendor == "fanuc":
            # J3 variants (model J3 range 444 deg) share a CONFIG; everything else is unique
            sols = sols[np.abs(sols[:, 4]) < math.pi]
            keys = {tuple(k) for k in poses.config_keys(robot, sols)}
            distinct = {tuple(np.round(np.r_[s[:2], s[3:]], 6)) for s in sols}
            assert len(keys) == len(distinct)
        else:
            assert len(keys) == len(sols)


def test_vendor_text_forms_round_trip():
    robot = robots()["abb_irb1600_10_145"]
    q = _random_q(robot, 500, seed=13)
    keys = poses.config_keys(robot, q, "abb")
    assert np.array_equal(poses.abb_keys(poses.abb_confdata(keys)), keys)
    keys = poses.config_keys(robots()["kuka_kr10_r1420"], _random_q(robots()["kuka_kr10_r1420"], 500, 14), "kuka")
    s, t = poses.kuka_status_turn(keys)
    assert np.array_equal(poses.kuka_keys(s, t), keys)
    fan = robots()["fanuc_m10ia"]
    keys = poses.config_keys(fan, _random_q(fan, 500, 15), "fanuc")
    texts = [poses.fanuc_config_string(f) for f in poses.fanuc_config(keys)]
    assert np.array_equal(np.stack([poses.parse_fanuc_config(t) for t in texts]), keys)
    yas = robots()["yaskawa_ar1440"]
    keys = poses.config_keys(yas, _random_q(yas, 500, 16), "yaskawa")
    assert np.array_equal(poses.yaskawa_keys(poses.yaskawa_rconf(keys)), keys)


def test_config_values_at_known_poses():
    # ABB: q = 0 is the normal configuration [0, 0, 0, 0] in every RAPID example; axis 5 negative -> cfx 1;
    # axis 1 at -10 deg is quadrant -1 (RAPID manual confdata: quadrant numbers are floor(angle / 90)).
    abb = robots()["abb_irb1600_10_145"]
    q = np.radians([[0, 0, 0, 0, 30, 0], [-10, 0, 0, 200 - 360, -30, 95]])
    conf = poses.abb_confdata(poses.config_keys(abb, q))
    assert conf.tolist() == [[0, 0, 0, 0], [-1, -2, 1, 1]]
    # KUKA: the usual home A2 -90, A3 90, A5 +30 is S 'B010' = 2 (wrist in the basic area, A3 bit set);
    # T bit i for a negative axis i+1 (KSS: T 10 = 'B001010' = A2 and A4 negative).
    kuka = robots()["kuka_kr10_r1420"]
    s, t = poses.kuka_status_turn(poses.config_keys(kuka, np.radians([[0, -90, 90, -10, 30, 0]])))
    assert (int(s[0]), int(t[0])) == (2, 10)
    # FANUC: torch down in front of the robot, J5 negative -> 'N U T, 0, 0, 0' (docs/references.md#controllers-4-1
    # example)
    fan = robots()["fanuc_m10ia"]
    cfg = poses.fanuc_config(poses.config_keys(fan, np.radians([[0, 10, -10, 0, -80, 0]])))[0]
    assert poses.fanuc_config_string(cfg) == "N U T, 0, 0, 0"
    cfg = poses.fanuc_config(poses.config_keys(fan, np.radians([[0, 10, -10, 190, -80, -200]])))[0]
    assert cfg[3:] == (0, 1, -1)


def test_fanuc_coupling_round_trip():
    fan = robots()["fanuc_m10ia"]
    q = np.radians([[10, 30, -20, 5, -60, 7]])
    ctrl = poses.controller_joints(fan, q)
    assert math.isclose(np.degrees(ctrl[0, 2]), -50.0)  # j3_ctrl = j3_model - j2_model (docs/references.md#robots-8)
    np.testing.assert_allclose(poses.model_joints(fan, ctrl), q)
    abb = robots()["abb_irb1600_10_145"]
    np.testing.assert_array_equal(poses.controller_joints(abb, q), q)


def test_non_opw_robot_has_no_config_data():
    with pytest.raises(ValueError, match="OPW"):
        poses.config_keys(robots()["ur10e"], np.zeros((1, 6)), "abb")
