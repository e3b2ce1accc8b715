"""Analytic kinematics of Universal-Robots-type arms (UR DH convention, 8 IK branches).

DH rows (theta_i, d_i, a_i, alpha_i): (q1, d1, 0, pi/2), (q2, 0, a2, 0), (q3, 0, a3, 0), (q4, d4, 0, pi/2),
(q5, d5, 0, -pi/2), (q6, d6, 0, 0); UR publishes a2, a3 as negative numbers. IK follows the geometric
solution of K. P. Hawkins, "Analytic Inverse Kinematics for the Universal Robots UR-5/UR-10 Arms"
(Georgia Tech, 2013), rewritten here without divisions by sin(q5) (see ur_ik).

Joint mapping as in opw: theta_dh = q_robot * sign - offset. Full model:
X_BF = X_B_dh0 @ FK_dh(q) @ X_dh6_F (fixed base and tool corrections, identity by default).
Branch slots of ur_ik: slot = 4 * shoulder + 2 * wrist + elbow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kinematics.opw import Matrix4Tuple, _as_poses, _matrix_tuple, _rigid_inverse, _wrap

__all__ = ["URParams", "ur_fk", "ur_ik", "UR_WRIST_SINGULAR_RAD", "UR10E"]

# |sin(q5)| below this: joints 2, 3, 4 and 6 are parallel, q6 is free and taken from q_ref; forcing it
# costs at most 2 * |q5| of orientation error.
UR_WRIST_SINGULAR_RAD = 1e-7
_CHUNK = 2048


@dataclass(frozen=True)
class URParams:
    """UR DH lengths (m), joint offsets (rad), sign corrections and fixed base/tool corrections
    (4x4 nested tuples, None = identity)."""

    d1: float
    a2: float
    a3: float
    d4: float
    d5: float
    d6: float
    offsets: tuple[float, float, float, float, float, float] = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    sign_corrections: tuple[int, int, int, int, int, int] = (1, 1, 1, 1, 1, 1)
    X_B_dh0: Matrix4Tuple | None = None
    X_dh6_F: Matrix4Tuple | None = None

    def __post_init__(self) -> None:
        for name in ("d1", "a2", "a3", "d4", "d5", "d6"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not math.isfinite(value):
                raise ValueError(f"URParams.{name} must be a finite number, got {value!r}")
            object.__setattr__(self, name, float(value))
        if self.a2 == 0.0 or self.a3 == 0.0:
            raise ValueError(f"URParams.a2 and a3 must be non-zero, got {self.a2}, {self.a3}")
        offsets = tuple(float(v) for v in self.offsets)
        if len(offsets) != 6 or not all(math.isfinite(v) for v in offsets):
            raise ValueError(f"URParams.offsets must be 6 finite angles (rad), got {self.offsets!r}")
        object.__setattr__(self, "offsets", offsets)
        signs = tuple(self.sign_corrections)
        if len(signs) != 6 or any(s not in (1, -1) for s in signs):
            raise ValueError(f"URParams.sign_corrections must be 6 values of +1 or -1, got {signs!r}")
        object.__setattr__(self, "sign_corrections", tuple(int(s) for s in signs))
        for name in ("X_B_dh0", "X_dh6_F"):
            X = getattr(self, name)
            if X is None:
                continue
            arr = np.asarray(X, dtype=np.float64)
            if arr.shape != (4, 4) or not np.all(np.isfinite(arr)):
                raise ValueError(f"URParams.{name} must be a finite 4x4 transform")
            if not np.allclose(arr[:3, :3].T @ arr[:3, :3], np.eye(3), atol=1e-9) or not np.allclose(
                arr[3], [0.0, 0.0, 0.0, 1.0]
            ):
                raise ValueError(f"URParams.{name} must be a rigid transform (orthonormal rotation)")
            object.__setattr__(self, name, _matrix_tuple(arr))


# UR10e nominal DH parameters (Universal Robots, "DH parameters for calculations of kinematics and
# dynamics"; robots brief of issue 3).
UR10E = URParams(d1=0.1807, a2=-0.6127, a3=-0.57155, d4=0.17415, d5=0.11985, d6=0.11655)


def ur_fk(params: URParams, q: np.typing.ArrayLike) -> np.ndarray:
    """Flange poses X_BF[N, 4, 4] for robot joint angles q[N, 6] (rad)."""
    q = np.asarray(q, dtype=np.float64)
    if q.ndim == 1:
        q = q[None]
    if q.ndim != 2 or q.shape[1] != 6:
        raise ValueError(f"q must have shape [N, 6], got {q.shape}")
    p = params
    th = q * np.asarray(p.sign_corrections, dtype=np.float64) - np.asarray(p.offsets)
    c, s = np.cos(th), np.sin(th)
    c1, s1, c5, s5, c6, s6 = c[:, 0], s[:, 0], c[:, 4], s[:, 4], c[:, 5], s[:, 5]
    t23 = th[:, 1] + th[:, 2]
    t234 = t23 + th[:, 3]
    c2, s2, c23, s23 = c[:, 1], s[:, 1], np.cos(t23), np.sin(t23)
    c234, s234 = np.cos(t234), np.sin(t234)
    zero = np.zeros_like(c1)
    # Frame 1: x1 = (c1, s1, 0), y1 = z0, z1 = n = (s1, -c1, 0); joints 2-4 rotate about n.
    x1 = np.stack([c1, s1, zero], axis=1)
    n = np.stack([s1, -c1, zero], axis=1)
    up = np.array([0.0, 0.0, 1.0])
    x4 = c234[:, None] * x1 + s234[:, None] * up
    z4 = s234[:, None] * x1 - c234[:, None] * up
    o4 = (
        np.array([0.0, 0.0, p.d1])
        + (p.a2 * c2 + p.a3 * c23)[:, None] * x1
        + (p.a2 * s2 + p.a3 * s23)[:, None] * up
        + p.d4 * n
    )
    x5 = c5[:, None] * x4 + s5[:, None] * n
    y5 = -z4
    z5 = -s5[:, None] * x4 + c5[:, None] * n
    o5 = o4 + p.d5 * z4
    X = np.zeros((q.shape[0], 4, 4))
    X[:, :3, 0] = c6[:, None] * x5 + s6[:, None] * y5
    X[:, :3, 1] = -s6[:, None] * x5 + c6[:, None] * y5
    X[:, :3, 2] = z5
    X[:, :3, 3] = o5 + p.d6 * z5
    X[:, 3, 3] = 1.0
    if p.X_B_dh0 is not None:
        X = np.asarray(p.X_B_dh0) @ X
    if p.X_dh6_F is not None:
        X = X @ np.asarray(p.X_dh6_F)
    return X


def ur_ik(params: URParams, X_BF: np.typing.ArrayLike, q_ref: np.typing.ArrayLike | None = None) -> np.ndarray:
    """All 8 IK branches q[N, 8, 6] (rad, joints in [-pi, pi)) for flange poses X_BF[N, 4, 4].

    NaN rows for branches that do not exist. When |sin(q5)| < sin(UR_WRIST_SINGULAR_RAD), q6 keeps
    q_ref's q6 (0 when q_ref is None; q_ref is [6] or [N, 6]) and q2..q4 take the rest. q6 is computed
    first and q2 + q3 + q4 from the whole rotation given q6, so an inaccurate q6 near the singularity
    is compensated instead of breaking the round trip.
    """
    X = _as_poses(X_BF)
    p = params
    if p.X_B_dh0 is not None:
        X = _rigid_inverse(np.asarray(p.X_B_dh0)) @ X
    if p.X_dh6_F is not None:
        X = X @ _rigid_inverse(np.asarray(p.X_dh6_F))
    n_all = X.shape[0]
    if q_ref is not None:
        q_ref = np.asarray(q_ref, dtype=np.float64)
        if q_ref.shape != (6,) and q_ref.shape != (n_all, 6):
            raise ValueError(f"q_ref must have shape [6] or [{n_all}, 6], got {q_ref.shape}")
    out = np.empty((n_all, 8, 6))
    for start in range(0, n_all, _CHUNK):
        stop = min(start + _CHUNK, n_all)
        ref = q_ref if q_ref is None or q_ref.ndim == 1 else q_ref[start:stop]
        out[start:stop] = _ur_ik_chunk(p, X[start:stop], ref).transpose(2, 0, 1)
    return out


def _ur_ik_chunk(p: URParams, X: np.ndarray, q_ref: np.ndarray | None) -> np.ndarray:
    """ur_ik on one chunk: T[8, 6, n] (slot, joint, pose)."""
    n = X.shape[0]
    off = np.asarray(p.offsets, dtype=np.float64)
    sgn = np.asarray(p.sign_corrections, dtype=np.float64)
    f = X.reshape(n, 16)
    r00, r01, r02, px = f[:, 0], f[:, 1], f[:, 2], f[:, 3]
    r10, r11, r12, py = f[:, 4], f[:, 5], f[:, 6], f[:, 7]
    r20, r21, r22, pz = f[:, 8], f[:, 9], f[:, 10], f[:, 11]
    T = np.empty((2, 2, 2, 6, n))  # [shoulder, wrist, elbow, joint, N], DH angles first
    with np.errstate(invalid="ignore", divide="ignore"):
        # q1: the wrist-2 origin p05 lies at distance d4 from the arm plane: n . p05 = d4.
        x05 = px - p.d6 * r02
        y05 = py - p.d6 * r12
        z05 = pz - p.d6 * r22
        r2 = x05 * x05 + y05 * y05
        w2 = r2 - p.d4 * p.d4
        bad1 = ~(w2 >= 0.0)
        w = np.sqrt(np.maximum(w2, 0.0))
        inv = 1.0 / r2
        C1 = np.empty((2, n))
        S1 = np.empty((2, n))
        C1[0] = (x05 * w - y05 * p.d4) * inv
        S1[0] = (y05 * w + x05 * p.d4) * inv
        C1[1] = (-x05 * w - y05 * p.d4) * inv
        S1[1] = (-y05 * w + x05 * p.d4) * inv
        T[:, :, :, 0] = np.arctan2(S1, C1)[:, None, None, :]
        # q5, q6 from the arm-plane normal n = (s1, -c1, 0) seen in the tool frame: (c6 s5, -s6 s5, c5).
        nx = S1 * r00 - C1 * r10
        ny = S1 * r01 - C1 * r11
        nz = S1 * r02 - C1 * r12
        rho = np.sqrt(nx * nx + ny * ny)
        t5 = np.arctan2(rho, nz)
        T[:, 0, :, 4] = t5[:, None]
        T[:, 1, :, 4] = -t5[:, None]
        c6 = np.empty((2, 2, n))
        s6 = np.empty((2, 2, n))
        rinv = 1.0 / rho
        c6[:, 0] = nx * rinv
        s6[:, 0] = -ny * rinv
        singular = rho < math.sin(UR_WRIST_SINGULAR_RAD)
        if np.any(singular):
            if q_ref is None:
                t6_ref = np.full(n, -off[5])
            elif q_ref.ndim == 1:
                t6_ref = np.full(n, q_ref[5] * sgn[5] - off[5])
            else:
                t6_ref = q_ref[:, 5] * sgn[5] - off[5]
            t6r = np.broadcast_to(t6_ref, (2, n))
            c6[:, 0] = np.where(singular, np.cos(t6r), c6[:, 0])
            s6[:, 0] = np.where(singular, np.sin(t6r), s6[:, 0])
            c6[:, 1] = np.where(singular, c6[:, 0], -c6[:, 0])
            s6[:, 1] = np.where(singular, s6[:, 0], -s6[:, 0])
        else:
            np.negative(c6[:, 0], out=c6[:, 1])
            np.negative(s6[:, 0], out=s6[:, 1])
        T[:, :, :, 5] = np.arctan2(s6, c6)[:, :, None]
        c5 = nz[:, None]
        s5 = np.empty((2, 2, n))
        s5[:, 0] = rho
        s5[:, 1] = -rho
        # x4 = R (c5 c6, -c5 s6, -s5), z4 = R (-s6, -c6, 0) (axes of DH frame 4 in the base).
        a = c5 * c6
        b = -c5 * s6
        x4x = a * r00 + b * r01 - s5 * r02
        x4y = a * r10 + b * r11 - s5 * r12
        x4z = a * r20 + b * r21 - s5 * r22
        z4x = -s6 * r00 - c6 * r01
        z4y = -s6 * r10 - c6 * r11
        z4z = -s6 * r20 - c6 * r21
        C1b = C1[:, None]
        S1b = S1[:, None]
        t234 = np.arctan2(x4z, C1b * x4x + S1b * x4y)
        # Planar 2R for q2, q3: frame-4 origin in the arm plane.
        Xp = C1b * (x05 - p.d5 * z4x) + S1b * (y05 - p.d5 * z4y)
        Yp = (z05 - p.d1) - p.d5 * z4z
        c3 = (Xp * Xp + Yp * Yp - (p.a2 * p.a2 + p.a3 * p.a3)) * (1.0 / (2.0 * p.a2 * p.a3))
        s3sq = 1.0 - c3 * c3
        bad3 = ~(s3sq >= -1e-10)
        s3 = np.sqrt(np.maximum(s3sq, 0.0))
        c3 = np.clip(c3, -1.0, 1.0)
        t3 = np.arctan2(s3, c3)
        T[:, :, 0, 2] = t3
        T[:, :, 1, 2] = -t3
        g = p.a2 + p.a3 * c3
        h = p.a3 * s3
        t2p = np.arctan2(Yp * g - Xp * h, Xp * g + Yp * h)
        t2m = np.arctan2(Yp * g + Xp * h, Xp * g - Yp * h)
        T[:, :, 0, 1] = t2p
        T[:, :, 1, 1] = t2m
        T[:, :, 0, 3] = t234 - t2p - t3
        T[:, :, 1, 3] = t234 - t2m + t3

    T = _wrap((T + off[:, None]) * sgn[:, None])
    if np.any(bad1):
        T[..., np.nonzero(bad1)[0]] = np.nan
    for sh in range(2):
        for wr in range(2):
            if np.any(bad3[sh, wr]):
                T[sh, wr, :, :, np.nonzero(bad3[sh, wr])[0]] = np.nan
    return T.reshape(8, 6, n)
