"""Rigid transforms: 4x4 homogeneous matrices, quaternions [w, x, y, z], URDF roll-pitch-yaw.

Frames follow Drake naming: ``X_AB`` is the pose of frame B in frame A. All functions broadcast over
leading batch dimensions unless their docstring says otherwise.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "X_from_xyz_quat_wxyz",
    "xyz_quat_wxyz_from_X",
    "X_from_xyz_rpy",
    "X_from_R_p",
    "invert_X",
    "rotation_angle",
    "rotation_log",
    "rot_axis_angle",
    "rot_x",
    "rot_y",
    "rot_z",
    "quat_wxyz_from_R",
    "R_from_quat_wxyz",
]


def _as_float(name: str, value: np.typing.ArrayLike, last_dims: tuple[int, ...]) -> np.ndarray:
    arr = np.asarray(value, dtype=np.float64)
    if arr.shape[arr.ndim - len(last_dims) :] != last_dims or arr.ndim < len(last_dims):
        raise ValueError(f"{name} must have shape [..., {', '.join(map(str, last_dims))}], got {arr.shape}")
    return arr


def R_from_quat_wxyz(quat_wxyz: np.typing.ArrayLike) -> np.ndarray:
    """Rotation matrices from quaternions.

    quat_wxyz: [..., 4] (normalised here). Returns R[..., 3, 3].
    Raises ValueError naming ``quat_wxyz`` when a quaternion is non-finite or has zero length.
    """
    q = _as_float("quat_wxyz", quat_wxyz, (4,))
    if not np.all(np.isfinite(q)):
        raise ValueError("quat_wxyz contains non-finite values")
    norm = np.sqrt(np.sum(q * q, axis=-1))
    if np.any(norm < 1e-12):
        raise ValueError("quat_wxyz has zero length; a rotation quaternion needs a non-zero norm")
    q = q / norm[..., None]
    w, x, y, z = q[..., 0], q[..., 1], q[..., 2], q[..., 3]
    R = np.empty(q.shape[:-1] + (3, 3))
    R[..., 0, 0] = 1.0 - 2.0 * (y * y + z * z)
    R[..., 0, 1] = 2.0 * (x * y - w * z)
    R[..., 0, 2] = 2.0 * (x * z + w * y)
    R[..., 1, 0] = 2.0 * (x * y + w * z)
    R[..., 1, 1] = 1.0 - 2.0 * (x * x + z * z)
    R[..., 1, 2] = 2.0 * (y * z - w * x)
    R[..., 2, 0] = 2.0 * (x * z - w * y)
    R[..., 2, 1] = 2.0 * (y * z + w * x)
    R[..., 2, 2] = 1.0 - 2.0 * (x * x + y * y)
    return R


def quat_wxyz_from_R(R: np.typing.ArrayLike) -> np.ndarray:
    """Unit quaternions [..., 4] with w >= 0 from rotation matrices R[..., 3, 3] (Shepperd's method)."""
    R = _as_float("R", R, (3, 3))
    m00, m11, m22 = R[..., 0, 0], R[..., 1, 1], R[..., 2, 2]
    trace = m00 + m11 + m22
    # Four candidate formulas; each is well conditioned where its pivot is the largest.
    pivots = np.stack([trace, m00, m11, m22], axis=-1)
    choice = np.argmax(pivots, axis=-1)
    cands = np.empty(R.shape[:-2] + (4, 4))
    r = np.sqrt(np.maximum(1.0 + trace, 0.0)) * 2.0
    r = np.where(r < 1e-300, 1.0, r)
    cands[..., 0, :] = np.stack(
        [
            0.25 * r,
            (R[..., 2, 1] - R[..., 1, 2]) / r,
            (R[..., 0, 2] - R[..., 2, 0]) / r,
            (R[..., 1, 0] - R[..., 0, 1]) / r,
        ],
        axis=-1,
    )
    r = np.sqrt(np.maximum(1.0 + m00 - m11 - m22, 0.0)) * 2.0
    r = np.where(r < 1e-300, 1.0, r)
    cands[..., 1, :] = np.stack(
        [
            (R[..., 2, 1] - R[..., 1, 2]) / r,
            0.25 * r,
            (R[..., 0, 1] + R[..., 1, 0]) / r,
            (R[..., 0, 2] + R[..., 2, 0]) / r,
        ],
        axis=-1,
    )
    r = np.sqrt(np.maximum(1.0 + m11 - m00 - m22, 0.0)) * 2.0
    r = np.where(r < 1e-300, 1.0, r)
    cands[..., 2, :] = np.stack(
        [
            (R[..., 0, 2] - R[..., 2, 0]) / r,
            (R[..., 0, 1] + R[..., 1, 0]) / r,
            0.25 * r,
            (R[..., 1, 2] + R[..., 2, 1]) / r,
        ],
        axis=-1,
    )
    r = np.sqrt(np.maximum(1.0 + m22 - m00 - m11, 0.0)) * 2.0
    r = np.where(r < 1e-300, 1.0, r)
    cands[..., 3, :] = np.stack(
        [
            (R[..., 1, 0] - R[..., 0, 1]) / r,
            (R[..., 0, 2] + R[..., 2, 0]) / r,
            (R[..., 1, 2] + R[..., 2, 1]) / r,
            0.25 * r,
        ],
        axis=-1,
    )
    q = np.take_along_axis(cands, choice[..., None, None], axis=-2)[..., 0, :]
    q = q / np.linalg.norm(q, axis=-1, keepdims=True)
    return np.where(q[..., :1] < 0.0, -q, q)


def X_from_R_p(R: np.typing.ArrayLike, p: np.typing.ArrayLike) -> np.ndarray:
    """Homogeneous transforms X[..., 4, 4] from rotations R[..., 3, 3] and translations p[..., 3]."""
    R = np.asarray(R, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    batch = np.broadcast_shapes(R.shape[:-2], p.shape[:-1])
    X = np.zeros(batch + (4, 4))
    X[..., :3, :3] = R
    X[..., :3, 3] = p
    X[..., 3, 3] = 1.0
    return X


def X_from_xyz_quat_wxyz(p: np.typing.ArrayLike, quat_wxyz: np.typing.ArrayLike) -> np.ndarray:
    """Transforms X[..., 4, 4] from positions p[..., 3] (m) and quaternions quat_wxyz[..., 4].

    The quaternion is normalised. Raises ValueError naming ``quat_wxyz`` for zero-length or non-finite
    quaternions and naming ``p`` for non-finite positions.
    """
    p = _as_float("p", p, (3,))
    if not np.all(np.isfinite(p)):
        raise ValueError("p (position) contains non-finite values")
    return X_from_R_p(R_from_quat_wxyz(quat_wxyz), p)


def xyz_quat_wxyz_from_X(X: np.typing.ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Split transforms X[..., 4, 4] into positions p[..., 3] and quaternions quat_wxyz[..., 4] (w >= 0)."""
    X = _as_float("X", X, (4, 4))
    return X[..., :3, 3].copy(), quat_wxyz_from_R(X[..., :3, :3])


def rot_x(angle: np.typing.ArrayLike) -> np.ndarray:
    """Rotation about x by angle[...] rad -> R[..., 3, 3]."""
    a = np.asarray(angle, dtype=np.float64)
    c, s = np.cos(a), np.sin(a)
    R = np.zeros(a.shape + (3, 3))
    R[..., 0, 0] = 1.0
    R[..., 1, 1] = c
    R[..., 1, 2] = -s
    R[..., 2, 1] = s
    R[..., 2, 2] = c
    return R


def rot_y(angle: np.typing.ArrayLike) -> np.ndarray:
    """Rotation about y by angle[...] rad -> R[..., 3, 3]."""
    a = np.asarray(angle, dtype=np.float64)
    c, s = np.cos(a), np.sin(a)
    R = np.zeros(a.shape + (3, 3))
    R[..., 1, 1] = 1.0
    R[..., 0, 0] = c
    R[..., 0, 2] = s
    R[..., 2, 0] = -s
    R[..., 2, 2] = c
    return R


def rot_z(angle: np.typing.ArrayLike) -> np.ndarray:
    """Rotation about z by angle[...] rad -> R[..., 3, 3]."""
    a = np.asarray(angle, dtype=np.float64)
    c, s = np.cos(a), np.sin(a)
    R = np.zeros(a.shape + (3, 3))
    R[..., 2, 2] = 1.0
    R[..., 0, 0] = c
    R[..., 0, 1] = -s
    R[..., 1, 0] = s
    R[..., 1, 1] = c
    return R


def rot_axis_angle(axis: np.typing.ArrayLike, angle: np.typing.ArrayLike) -> np.ndarray:
    """Rodrigues rotation about unit axis[..., 3] by angle[...] rad -> R[..., 3, 3]."""
    k = np.asarray(axis, dtype=np.float64)
    a = np.asarray(angle, dtype=np.float64)
    k = k / np.linalg.norm(k, axis=-1, keepdims=True)
    c, s = np.cos(a), np.sin(a)
    batch = np.broadcast_shapes(k.shape[:-1], a.shape)
    k = np.broadcast_to(k, batch + (3,))
    c = np.broadcast_to(c, batch)[..., None, None]
    s = np.broadcast_to(s, batch)[..., None, None]
    K = np.zeros(batch + (3, 3))
    K[..., 0, 1], K[..., 0, 2] = -k[..., 2], k[..., 1]
    K[..., 1, 0], K[..., 1, 2] = k[..., 2], -k[..., 0]
    K[..., 2, 0], K[..., 2, 1] = -k[..., 1], k[..., 0]
    return np.eye(3) + s * K + (1.0 - c) * (K @ K)


def X_from_xyz_rpy(xyz: np.typing.ArrayLike, rpy: np.typing.ArrayLike) -> np.ndarray:
    """URDF origin -> X[4, 4]: translation xyz[3] (m), rotation R = Rz(yaw) Ry(pitch) Rx(roll), rpy[3] rad."""
    xyz = np.asarray(xyz, dtype=np.float64).reshape(3)
    roll, pitch, yaw = np.asarray(rpy, dtype=np.float64).reshape(3)
    return X_from_R_p(rot_z(yaw) @ rot_y(pitch) @ rot_x(roll), xyz)


def invert_X(X: np.typing.ArrayLike) -> np.ndarray:
    """Inverse of rigid transforms X[..., 4, 4] (uses R^T, not a general matrix inverse)."""
    X = _as_float("X", X, (4, 4))
    Rt = np.swapaxes(X[..., :3, :3], -1, -2)
    out = np.zeros(X.shape)
    out[..., :3, :3] = Rt
    out[..., :3, 3] = -np.einsum("...ij,...j->...i", Rt, X[..., :3, 3])
    out[..., 3, 3] = 1.0
    return out


def rotation_log(R: np.typing.ArrayLike) -> np.ndarray:
    """Rotation vectors w[..., 3] (axis * angle, angle in [0, pi]) of rotations R[..., 3, 3].

    Accurate for small angles (uses atan2 of the skew part, not acos of the trace); near pi the axis
    comes from the symmetric part.
    """
    R = np.asarray(R, dtype=np.float64)
    v = np.stack([R[..., 2, 1] - R[..., 1, 2], R[..., 0, 2] - R[..., 2, 0], R[..., 1, 0] - R[..., 0, 1]], axis=-1)
    s2 = np.linalg.norm(v, axis=-1)  # 2 sin(angle)
    c2 = R[..., 0, 0] + R[..., 1, 1] + R[..., 2, 2] - 1.0  # 2 cos(angle)
    angle = np.arctan2(s2, c2)
    with np.errstate(invalid="ignore", divide="ignore"):
        scale = np.where(s2 > 1e-300, angle / s2, 0.5)
    w = v * scale[..., None]
    near_pi = c2 < -1.99  # angle > ~174 deg: the skew part loses the axis
    if np.any(near_pi):
        Rn = R[near_pi]
        # (R + R^T)/2 - cos(angle) I = (1 - cos(angle)) k k^T: its largest row is along the axis k.
        cn = 0.5 * c2[near_pi]
        M = 0.5 * (Rn + np.swapaxes(Rn, -1, -2)) - cn[..., None, None] * np.eye(3)
        idx = np.argmax(np.diagonal(M, axis1=-2, axis2=-1), axis=-1)
        k = np.take_along_axis(M, idx[..., None, None], axis=-2)[..., 0, :]
        k = k / np.linalg.norm(k, axis=-1, keepdims=True)
        # Pick the axis sign that agrees with the (small) skew part.
        sgn = np.where(np.sum(k * v[near_pi], axis=-1) < 0.0, -1.0, 1.0)
        w[near_pi] = k * (sgn * angle[near_pi])[..., None]
    return w


def rotation_angle(R_a: np.typing.ArrayLike, R_b: np.typing.ArrayLike) -> np.ndarray:
    """Angle (rad, [0, pi]) of the relative rotation R_a^T R_b; R_a, R_b [..., 3, 3] -> [...].

    Uses atan2 so that angles down to ~1e-15 rad are resolved (acos of the trace is not).
    """
    R_a = np.asarray(R_a, dtype=np.float64)
    R_b = np.asarray(R_b, dtype=np.float64)
    M = np.swapaxes(R_a, -1, -2) @ R_b
    v0 = M[..., 2, 1] - M[..., 1, 2]
    v1 = M[..., 0, 2] - M[..., 2, 0]
    v2 = M[..., 1, 0] - M[..., 0, 1]
    s2 = np.sqrt(v0 * v0 + v1 * v1 + v2 * v2)
    c2 = M[..., 0, 0] + M[..., 1, 1] + M[..., 2, 2] - 1.0
    return np.arctan2(s2, c2)
