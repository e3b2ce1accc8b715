"""Derive OPW or UR parameters from a 6R chain (e.g. a ROS-Industrial URDF), then prove them by FK.

The geometry is read off the joint axes at q = 0 (in the spirit of rs-opw-kinematics src/urdf.rs):
axis directions give the sign corrections, angles between successive links at q = 0 give the offsets,
distances between axes give the lengths. Sign and offset choices are not unique (a sign flip of a
joint plus a half-turn offset describes the same robot); the rules below pick the vendor convention
of docs/references.md#robots-2 for ROS-Industrial URDFs: keep the base frame, prefer offsets in (-pi/2, pi/2].
The candidate is accepted only if its FK equals the chain's FK within 1e-9 m / 1e-9 rad at 50 random
joint vectors; otherwise NotOrthoParallelError says why.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from kinematics.chain import SerialChain, fk, link_poses
from kinematics.opw import Matrix4Tuple, OPWParams, _matrix_tuple, opw_fk
from kinematics.se3 import invert_X, rotation_angle
from kinematics.ur import URParams, ur_fk

__all__ = ["NotOrthoParallelError", "NotURTypeError", "opw_from_chain", "ur_from_chain", "VERIFY_TOL"]

_DIR_TOL = 1e-7  # parallel / perpendicular tests on unit vectors (the FK check below is the real gate)
_LEN_TOL = 1e-7  # m, lines meeting
VERIFY_TOL = 1e-9  # m and rad, FK agreement required


class NotOrthoParallelError(ValueError):
    """The chain is not an ortho-parallel 6R arm with a spherical wrist (or its OPW model does not
    reproduce the chain's FK); the message says which check failed."""


class NotURTypeError(ValueError):
    """The chain does not have the Universal Robots joint layout; the message says which check failed."""


class _Geometry:
    """Joint axes w[6, 3] (unit), points o[6, 3] on them, and the tip pose X_F[4, 4], all at q = 0,
    expressed in a frame chosen by the caller."""

    def __init__(self, w: np.ndarray, o: np.ndarray, X_F: np.ndarray) -> None:
        self.w, self.o, self.X_F = w, o, X_F


def _zero_geometry(chain: SerialChain) -> _Geometry:
    X_BL = link_poses(chain, np.zeros((1, 6)))[0]
    w = np.einsum("ijk,ik->ij", X_BL[1:, :3, :3], chain.axes)
    o = X_BL[1:, :3, 3].copy()
    return _Geometry(w, o, fk(chain, np.zeros((1, 6)))[0])


def _base_frame(geo: _Geometry) -> tuple[np.ndarray | None, int]:
    """(X_B_0 or None for identity, sign of joint 1). Identity when axis 1 is the base z axis through
    the base origin; else a frame on axis 1 with z along it and x from the base x axis."""
    w1, o1 = geo.w[0], geo.o[0]
    dist = np.linalg.norm(o1 - np.dot(o1, w1) * w1)  # base origin to axis 1
    if abs(abs(w1[2]) - 1.0) < _DIR_TOL and dist < _LEN_TOL:
        return None, 1 if w1[2] > 0 else -1
    origin = o1 - np.dot(o1, w1) * w1
    x = np.array([1.0, 0.0, 0.0]) - w1[0] * w1
    if np.linalg.norm(x) < 1e-3:
        x = np.array([0.0, 1.0, 0.0]) - w1[1] * w1
    x /= np.linalg.norm(x)
    X = np.eye(4)
    X[:3, 0], X[:3, 1], X[:3, 2], X[:3, 3] = x, np.cross(w1, x), w1, origin
    return X, 1


def _in_frame(geo: _Geometry, X_B0: np.ndarray | None) -> _Geometry:
    if X_B0 is None:
        return geo
    R, p = X_B0[:3, :3], X_B0[:3, 3]
    return _Geometry(geo.w @ R, (geo.o - p) @ R, invert_X(X_B0) @ geo.X_F)


def _meet(points: list[np.ndarray], dirs: list[np.ndarray]) -> tuple[np.ndarray, float]:
    """Least-squares common point of lines and its largest distance to them (inf if undetermined)."""
    A = np.zeros((3, 3))
    b = np.zeros(3)
    for p, d in zip(points, dirs, strict=True):
        P = np.eye(3) - np.outer(d, d)
        A += P
        b += P @ p
    if np.linalg.cond(A) > 1e8:
        return np.full(3, np.nan), math.inf
    x = np.linalg.solve(A, b)
    dist = max(float(np.linalg.norm((np.eye(3) - np.outer(d, d)) @ (x - p))) for p, d in zip(points, dirs, strict=True))
    return x, dist


def _snap_angle(a: float) -> float:
    """Normalise to (-pi, pi] and snap to an exact multiple of pi/2 within 1e-12 (URDF rpy of pi/2)."""
    a = math.remainder(a, 2.0 * math.pi)
    quarter = round(a / (0.5 * math.pi))
    if abs(a - quarter * 0.5 * math.pi) < 1e-12:
        a = quarter * 0.5 * math.pi
    if a <= -math.pi:
        a += 2.0 * math.pi
    return a + 0.0  # no -0.0


def _snap_len(x: float) -> float:
    """Drop the last-bit noise of the vector arithmetic (0.7049999999999998 -> 0.705)."""
    return round(float(x), 12) + 0.0


def _matrix_or_none(X: np.ndarray | None) -> Matrix4Tuple | None:
    if X is None or (np.allclose(X, np.eye(4), atol=1e-12)):
        return None
    return _matrix_tuple(X)


def _offsets(zero_pose: tuple[float, ...]) -> tuple[float, float, float, float, float, float]:
    """Joint offsets that put the model's zero at the chain's zero pose."""
    o = [_snap_angle(-t) for t in zero_pose]
    return (o[0], o[1], o[2], o[3], o[4], o[5])


def _verify(
    chain: SerialChain, model_fk: Callable[[np.ndarray], np.ndarray], error_type: type[ValueError], what: str
) -> None:
    rng = np.random.default_rng(12345)
    lo = np.maximum(chain.lower, -math.pi)
    hi = np.minimum(chain.upper, math.pi)
    q = rng.uniform(lo, hi, size=(50, 6))
    q[0] = 0.0
    X_chain = fk(chain, q)
    X_model = model_fk(q)
    dp = np.linalg.norm(X_chain[:, :3, 3] - X_model[:, :3, 3], axis=1)
    dr = rotation_angle(X_chain[:, :3, :3], X_model[:, :3, :3])
    worst = int(np.argmax(np.maximum(dp, dr)))
    if dp[worst] > VERIFY_TOL or dr[worst] > VERIFY_TOL:
        raise error_type(
            f"{what} derived from chain '{chain.base_link}' -> '{chain.tip_link}' does not reproduce its FK: "
            f"{dp[worst]:.3g} m / {dr[worst]:.3g} rad apart at q = {np.round(q[worst], 4).tolist()} "
            "(URDF angles written with too few digits, e.g. 3.141 for pi, cause this)"
        )


def opw_from_chain(chain: SerialChain) -> OPWParams:
    """OPW parameters (with offsets, sign corrections and, where needed, fixed base/tool corrections)
    of a chain, verified by FK. Raises NotOrthoParallelError naming the failed check."""
    err = NotOrthoParallelError
    geo0 = _zero_geometry(chain)
    X_B0, s1 = _base_frame(geo0)
    g = _in_frame(geo0, X_B0)
    w, o = g.w, g.o
    z = np.array([0.0, 0.0, 1.0])
    if abs(w[1, 2]) > _DIR_TOL:
        raise err(f"axis 2 ('{chain.joint_names[1]}') is not perpendicular to axis 1")
    # y1 = s2 * w2 and x1 = y1 x z; pick s2 so that theta1(0) is closest to zero.
    cands = []
    for s2 in (1, -1):
        y1 = s2 * w[1]
        x1 = np.cross(y1, z)
        cands.append((abs(math.atan2(x1[1], x1[0])), -s2, s2, x1, y1))
    _, _, s2, x1, y1 = min(cands, key=lambda c: (round(c[0], 12), c[1]))
    theta1 = math.atan2(x1[1], x1[0])
    a1 = float(np.dot(o[1], x1))
    c1 = float(np.dot(o[1], z))
    if abs(abs(np.dot(w[2], y1)) - 1.0) > _DIR_TOL:
        raise err(f"axis 3 ('{chain.joint_names[2]}') is not parallel to axis 2")
    s3 = 1 if np.dot(w[2], y1) > 0 else -1
    d23 = o[2] - o[1]
    theta2 = math.atan2(np.dot(d23, x1), np.dot(d23, z))
    c2 = math.hypot(np.dot(d23, x1), np.dot(d23, z))
    if abs(np.dot(w[3], y1)) > _DIR_TOL:
        raise err(f"axis 4 ('{chain.joint_names[3]}') is not perpendicular to axes 2 and 3")
    wc, miss = _meet([o[3], o[4], o[5]], [w[3], w[4], w[5]])
    if miss > _LEN_TOL:
        raise err(f"axes 4, 5, 6 do not meet in one point (no spherical wrist; off by {miss:.3g} m)")
    d3w = wc - o[2]
    s4 = 1 if np.dot(d3w, w[3]) >= -_LEN_TOL else -1
    zc = s4 * w[3]
    theta23 = math.atan2(np.dot(zc, x1), np.dot(zc, z))
    xc = np.cross(y1, zc)
    a2 = float(np.dot(d3w, xc))
    c3 = float(np.dot(d3w, zc))
    b = float(np.dot(wc, y1))
    if abs(np.dot(w[4], zc)) > _DIR_TOL:
        raise err(f"axis 5 ('{chain.joint_names[4]}') is not perpendicular to axis 4")
    s5 = 1 if np.dot(w[4], y1) >= -_DIR_TOL else -1
    y4 = s5 * w[4]
    theta4 = math.atan2(-np.dot(y4, xc), np.dot(y4, y1))
    x4 = math.cos(theta4) * xc + math.sin(theta4) * y1
    if abs(np.dot(w[5], y4)) > _DIR_TOL:
        raise err(f"axis 6 ('{chain.joint_names[5]}') is not perpendicular to axis 5")
    R_F, p_F = g.X_F[:3, :3], g.X_F[:3, 3]
    tool_on_axis = abs(abs(np.dot(w[5], R_F[:, 2])) - 1.0) < _DIR_TOL
    # Joint 6 sign from the tool z axis when it lies on axis 6; else the one that keeps theta5(0) small.
    direction = R_F[:, 2] if tool_on_axis else zc
    s6 = 1 if np.dot(w[5], direction) > 0 else -1
    z5 = s6 * w[5]
    theta5 = math.atan2(np.dot(z5, x4), np.dot(z5, zc))
    x5 = math.cos(theta5) * x4 - math.sin(theta5) * zc
    y5 = y4
    c4 = float(np.dot(p_F - wc, z5))
    lateral = np.linalg.norm((p_F - wc) - c4 * z5)
    X_opw_F = None
    if tool_on_axis and lateral < _LEN_TOL:
        theta6 = math.atan2(np.dot(R_F[:, 0], y5), np.dot(R_F[:, 0], x5))
    else:
        theta6 = 0.0
        X_fl = np.eye(4)
        X_fl[:3, 0], X_fl[:3, 1], X_fl[:3, 2], X_fl[:3, 3] = x5, y5, z5, wc + c4 * z5
        X_opw_F = invert_X(X_fl) @ g.X_F
    theta3 = theta23 - theta2
    zero_pose = (theta1, theta2, theta3, theta4, theta5, theta6)
    params = OPWParams(
        a1=_snap_len(a1),
        a2=_snap_len(a2),
        b=_snap_len(b),
        c1=_snap_len(c1),
        c2=_snap_len(c2),
        c3=_snap_len(c3),
        c4=_snap_len(c4),
        offsets=_offsets(zero_pose),
        sign_corrections=(s1, s2, s3, s4, s5, s6),
        X_B_opw=_matrix_or_none(X_B0),
        X_opw_F=_matrix_or_none(X_opw_F),
    )
    _verify(chain, lambda q: opw_fk(params, q), err, "OPW model")
    return params


def ur_from_chain(chain: SerialChain) -> URParams:
    """UR DH parameters (with offsets, sign corrections and, where needed, fixed base/tool corrections)
    of a chain, verified by FK. Raises NotURTypeError naming the failed check."""
    err = NotURTypeError
    geo0 = _zero_geometry(chain)
    X_B0, s1 = _base_frame(geo0)
    g = _in_frame(geo0, X_B0)
    w, o = g.w, g.o
    z = np.array([0.0, 0.0, 1.0])
    if abs(w[1, 2]) > _DIR_TOL:
        raise err(f"axis 2 ('{chain.joint_names[1]}') is not perpendicular to axis 1")
    # Axis 2 must cross axis 1 (UR has no shoulder offset a1).
    origin1, miss = _meet([o[0], o[1]], [w[0], w[1]])
    if miss > _LEN_TOL:
        raise err(f"axis 2 does not intersect axis 1 (off by {miss:.3g} m)")
    d1 = float(origin1[2])
    O1 = np.array([0.0, 0.0, d1])
    s2 = 1
    nvec = w[1]
    theta1 = math.atan2(nvec[0], -nvec[1])
    x1 = np.array([math.cos(theta1), math.sin(theta1), 0.0])
    for j in (2, 3):
        if abs(abs(np.dot(w[j], nvec)) - 1.0) > _DIR_TOL:
            raise err(f"axis {j + 1} ('{chain.joint_names[j]}') is not parallel to axis 2")
    s3 = 1 if np.dot(w[2], nvec) > 0 else -1
    s4 = 1 if np.dot(w[3], nvec) > 0 else -1
    v = o[2] - O1
    vx, vy = float(np.dot(v, x1)), float(np.dot(v, z))
    a2 = math.copysign(math.hypot(vx, vy), vx if abs(vx) > 1e-12 else 1.0)
    theta2 = math.atan2(vy / a2, vx / a2)
    x2 = math.cos(theta2) * x1 + math.sin(theta2) * z
    y2 = np.cross(nvec, x2)
    if abs(np.dot(w[4], nvec)) > _DIR_TOL:
        raise err(f"axis 5 ('{chain.joint_names[4]}') is not perpendicular to axis 4")
    O4, miss = _meet([o[3], o[4]], [w[3], w[4]])
    if miss > _LEN_TOL:
        raise err(f"axis 5 does not intersect axis 4 (off by {miss:.3g} m)")
    u = O4 - o[2]
    ux, uy = float(np.dot(u, x2)), float(np.dot(u, y2))
    a3 = math.copysign(math.hypot(ux, uy), ux if abs(ux) > 1e-12 else 1.0)
    theta3 = math.atan2(uy / a3, ux / a3)
    d4 = float(np.dot(O4 - O1, nvec))
    t23 = theta2 + theta3
    x3 = math.cos(t23) * x1 + math.sin(t23) * z
    y3 = np.cross(nvec, x3)
    s5 = 1 if -np.dot(w[4], y3) >= -_DIR_TOL else -1
    z4 = s5 * w[4]
    theta4 = math.atan2(np.dot(z4, x3), -np.dot(z4, y3))
    x4 = math.cos(theta4) * x3 + math.sin(theta4) * y3
    if abs(np.dot(w[5], z4)) > _DIR_TOL:
        raise err(f"axis 6 ('{chain.joint_names[5]}') is not perpendicular to axis 5")
    O5, miss = _meet([o[4], o[5]], [w[4], w[5]])
    if miss > _LEN_TOL:
        raise err(f"axis 6 does not intersect axis 5 (off by {miss:.3g} m)")
    d5 = float(np.dot(O5 - O4, z4))
    R_F, p_F = g.X_F[:3, :3], g.X_F[:3, 3]
    tool_on_axis = abs(abs(np.dot(w[5], R_F[:, 2])) - 1.0) < _DIR_TOL
    s6 = (1 if np.dot(w[5], R_F[:, 2]) > 0 else -1) if tool_on_axis else 1
    z5 = s6 * w[5]
    theta5 = math.atan2(-np.dot(z5, x4), np.dot(z5, nvec))
    x5 = math.cos(theta5) * x4 + math.sin(theta5) * nvec
    y5 = -z4
    d6 = float(np.dot(p_F - O5, z5))
    lateral = np.linalg.norm((p_F - O5) - d6 * z5)
    X_dh6_F = None
    if tool_on_axis and lateral < _LEN_TOL:
        theta6 = math.atan2(np.dot(R_F[:, 0], y5), np.dot(R_F[:, 0], x5))
    else:
        theta6 = 0.0
        X6 = np.eye(4)
        X6[:3, 0], X6[:3, 1], X6[:3, 2], X6[:3, 3] = x5, y5, z5, O5 + d6 * z5
        X_dh6_F = invert_X(X6) @ g.X_F
    zero_pose = (theta1, theta2, theta3, theta4, theta5, theta6)
    params = URParams(
        d1=_snap_len(d1),
        a2=_snap_len(a2),
        a3=_snap_len(a3),
        d4=_snap_len(d4),
        d5=_snap_len(d5),
        d6=_snap_len(d6),
        offsets=_offsets(zero_pose),
        sign_corrections=(s1, s2, s3, s4, s5, s6),
        X_B_dh0=_matrix_or_none(X_B0),
        X_dh6_F=_matrix_or_none(X_dh6_F),
    )
    _verify(chain, lambda q: ur_fk(params, q), err, "UR model")
    return params
