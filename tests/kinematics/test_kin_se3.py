"""SE(3) helpers: quaternion / matrix conversions, URDF rpy, inverses, rotation angles."""

import math

import numpy as np
import pytest

from kinematics.se3 import (
    R_from_quat_wxyz,
    X_from_xyz_quat_wxyz,
    X_from_xyz_rpy,
    invert_X,
    rot_axis_angle,
    rot_x,
    rot_y,
    rot_z,
    rotation_angle,
    rotation_log,
    xyz_quat_wxyz_from_X,
)


def _random_quats(rng: np.random.Generator, n: int) -> np.ndarray:
    q = rng.normal(size=(n, 4))
    return q / np.linalg.norm(q, axis=1, keepdims=True)


def test_quaternion_round_trip_and_w_non_negative():
    rng = np.random.default_rng(1)
    quats = _random_quats(rng, 5000)
    # Include the Shepperd branches' hard cases: rotations by pi about each axis and the identity.
    quats[:4] = [[0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 0, 0, 0]]
    p = rng.normal(size=(5000, 3))
    X = X_from_xyz_quat_wxyz(p, quats)
    p2, q2 = xyz_quat_wxyz_from_X(X)
    assert np.allclose(p2, p, atol=0.0)
    assert np.all(q2[:, 0] >= 0.0)
    same = np.abs(np.sum(q2 * quats, axis=1))  # q and -q are the same rotation
    assert np.allclose(same, 1.0, atol=1e-12)
    assert np.allclose(X[:, :3, :3] @ np.swapaxes(X[:, :3, :3], 1, 2), np.eye(3), atol=1e-12)


def test_quaternion_matches_axis_angle_definition():
    # q = (cos(a/2), sin(a/2) k) is the rotation by a about unit axis k (Hamilton convention).
    rng = np.random.default_rng(2)
    axis = rng.normal(size=(200, 3))
    axis /= np.linalg.norm(axis, axis=1, keepdims=True)
    angle = rng.uniform(-math.pi, math.pi, 200)
    quat = np.concatenate([np.cos(angle / 2)[:, None], np.sin(angle / 2)[:, None] * axis], axis=1)
    assert np.allclose(R_from_quat_wxyz(quat), rot_axis_angle(axis, angle), atol=1e-12)


def test_unnormalised_quaternion_is_normalised():
    X = X_from_xyz_quat_wxyz([1, 2, 3], [2.0, 0.0, 0.0, 0.0])
    assert np.allclose(X, np.array([[1, 0, 0, 1], [0, 1, 0, 2], [0, 0, 1, 3], [0, 0, 0, 1.0]]))


@pytest.mark.parametrize("quat", [[0.0, 0.0, 0.0, 0.0], [1.0, np.nan, 0.0, 0.0], [np.inf, 0.0, 0.0, 0.0]])
def test_bad_quaternion_raises_naming_field(quat):
    with pytest.raises(ValueError, match="quat_wxyz"):
        X_from_xyz_quat_wxyz([0.0, 0.0, 0.0], quat)


def test_rpy_is_urdf_fixed_axis_convention():
    # URDF spec (wiki.ros.org/urdf/XML/joint): rpy are fixed-axis rotations, R = Rz(yaw) Ry(pitch) Rx(roll).
    r, p, y = 0.3, -0.7, 1.9
    X = X_from_xyz_rpy([0.1, 0.2, 0.3], [r, p, y])
    assert np.allclose(X[:3, :3], rot_z(y) @ rot_y(p) @ rot_x(r), atol=1e-15)
    # A quarter turn of pitch sends the z axis to +x (ROS-I tool0 of ABB / KUKA).
    assert np.allclose(X_from_xyz_rpy([0, 0, 0], [0, math.pi / 2, 0])[:3, 2], [1, 0, 0], atol=1e-15)


def test_invert_X_and_batch():
    rng = np.random.default_rng(3)
    X = X_from_xyz_quat_wxyz(rng.normal(size=(50, 3)), _random_quats(rng, 50))
    assert np.allclose(invert_X(X) @ X, np.eye(4), atol=1e-12)
    assert np.allclose(invert_X(X[0]), np.linalg.inv(X[0]), atol=1e-12)


def test_rotation_angle_resolves_tiny_and_large_angles():
    axis = np.array([0.3, -0.5, 0.8]) / np.linalg.norm([0.3, -0.5, 0.8])
    angles = np.array([0.0, 1e-12, 1e-9, 3e-7, 0.5, 3.0, math.pi - 1e-9])
    R = rot_axis_angle(axis, angles)
    got = rotation_angle(np.eye(3), R)
    assert np.allclose(got, angles, rtol=1e-6, atol=1e-15)


def test_rotation_log_inverts_axis_angle_including_near_pi():
    rng = np.random.default_rng(4)
    axis = rng.normal(size=(500, 3))
    axis /= np.linalg.norm(axis, axis=1, keepdims=True)
    angle = rng.uniform(0.0, math.pi, 500)
    angle[:50] = math.pi - rng.uniform(0.0, 1e-3, 50)
    w = rotation_log(rot_axis_angle(axis, angle))
    assert np.allclose(rot_axis_angle(w, np.linalg.norm(w, axis=1)), rot_axis_angle(axis, angle), atol=1e-9)
