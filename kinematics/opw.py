"""Analytic kinematics of ortho-parallel 6R arms with a spherical wrist (OPW).

Model and IK after Brandstoetter, Angerer, Hofbaur, "An Analytical Solution of the Inverse Kinematics
Problem of Industrial Serial Manipulators with an Ortho-parallel Basis and a Spherical Wrist" (Austrian
Robotics Workshop 2014); parameter conventions as in opw_kinematics / rs-opw-kinematics
(docs/references.md#robots sections 1-3). Joint mapping: theta_paper = q_robot * sign - offset.

Branch slots of opw_ik (same order as rs-opw-kinematics / py-opw-kinematics `reach`):
slot = 4 * wrist_flip + 2 * shoulder + elbow, where elbow 0 has theta3 = +acos(..) - psi3, shoulder 0 is
the arm reaching towards the wrist centre, shoulder 1 the arm reaching back over the base axis, and
wrist_flip 0 has theta5 >= 0.
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass

import numpy as np

__all__ = ["OPWParams", "opw_fk", "opw_ik", "WRIST_SINGULAR_RAD"]

# Below this |theta5| (or |pi - theta5|) the wrist is treated as singular: theta4 is taken from q_ref and
# theta6 absorbs the rest. Forcing theta4 costs at most 2 * |theta5| of orientation error, so 1e-7 keeps
# round trips inside 1e-6 rad; above it theta4 comes from the pose with error ~1e-16 / |theta5| <= 1e-9.
WRIST_SINGULAR_RAD = 1e-7

_TWO_PI = 2.0 * math.pi
_CHUNK = 2048
Matrix4Tuple = tuple[tuple[float, float, float, float], ...]
Int6 = tuple[int, int, int, int, int, int]


def _matrix_tuple(X: np.ndarray | None) -> Matrix4Tuple | None:
    if X is None:
        return None
    X = np.asarray(X, dtype=np.float64)
    return tuple((float(r[0]), float(r[1]), float(r[2]), float(r[3])) for r in X)


@dataclass(frozen=True)
class OPWParams:
    """OPW geometry (m), joint offsets (rad) and sign corrections (+1/-1) per joint.

    X_B_opw: optional pose of the OPW base frame in the chain base frame; X_opw_F: optional pose of the
    tool/tip frame F in the OPW flange frame. None means identity (the vendor-convention case); both are
    4x4 nested tuples so that the parameters stay hashable. Full model:
    X_BF = X_B_opw @ FK_opw(q) @ X_opw_F.
    """

    a1: float
    a2: float
    b: float
    c1: float
    c2: float
    c3: float
    c4: float
    offsets: tuple[float, float, float, float, float, float] = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    sign_corrections: tuple[int, int, int, int, int, int] = (1, 1, 1, 1, 1, 1)
    X_B_opw: Matrix4Tuple | None = None
    X_opw_F: Matrix4Tuple | None = None

    def __post_init__(self) -> None:
        for name in ("a1", "a2", "b", "c1", "c2", "c3", "c4"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not math.isfinite(value):
                raise ValueError(f"OPWParams.{name} must be a finite number, got {value!r}")
            object.__setattr__(self, name, float(value))
        if self.c2 <= 0.0:
            raise ValueError(f"OPWParams.c2 (upper arm length) must be positive, got {self.c2}")
        if math.hypot(self.a2, self.c3) <= 0.0:
            raise ValueError("OPWParams.a2 and c3 are both zero: the forearm has no length")
        offsets = tuple(float(v) for v in self.offsets)
        if len(offsets) != 6 or not all(math.isfinite(v) for v in offsets):
            raise ValueError(f"OPWParams.offsets must be 6 finite angles (rad), got {self.offsets!r}")
        object.__setattr__(self, "offsets", offsets)
        signs = tuple(self.sign_corrections)
        if len(signs) != 6 or any(s not in (1, -1) for s in signs):
            raise ValueError(f"OPWParams.sign_corrections must be 6 values of +1 or -1, got {signs!r}")
        object.__setattr__(self, "sign_corrections", tuple(int(s) for s in signs))
        for name in ("X_B_opw", "X_opw_F"):
            X = getattr(self, name)
            if X is None:
                continue
            arr = np.asarray(X, dtype=np.float64)
            if arr.shape != (4, 4) or not np.all(np.isfinite(arr)):
                raise ValueError(f"OPWParams.{name} must be a finite 4x4 transform")
            if not np.allclose(arr[:3, :3].T @ arr[:3, :3], np.eye(3), atol=1e-9) or not np.allclose(
                arr[3], [0.0, 0.0, 0.0, 1.0]
            ):
                raise ValueError(f"OPWParams.{name} must be a rigid transform (orthonormal rotation)")
            object.__setattr__(self, name, _matrix_tuple(arr))


def _arrays(params: OPWParams) -> tuple[np.ndarray, np.ndarray]:
    return np.asarray(params.offsets, dtype=np.float64), np.asarray(params.sign_corrections, dtype=np.float64)


def _as_poses(X: np.typing.ArrayLike) -> np.ndarray:
    X = np.asarray(X, dtype=np.float64)
    if X.ndim == 2:
        X = X[None]
    if X.ndim != 3 or X.shape[1:] != (4, 4):
        raise ValueError(f"X_BF must have shape [N, 4, 4], got {X.shape}")
    return X


def opw_fk(params: OPWParams, q: np.typing.ArrayLike) -> np.ndarray:
    """Flange poses X_BF[N, 4, 4] for robot joint angles q[N, 6] (rad)."""
    q = np.asarray(q, dtype=np.float64)
    if q.ndim == 1:
        q = q[None]
    if q.ndim != 2 or q.shape[1] != 6:
        raise ValueError(f"q must have shape [N, 6], got {q.shape}")
    off, sgn = _arrays(params)
    th = q * sgn - off
    s = np.sin(th)
    c = np.cos(th)
    th23 = th[:, 1] + th[:, 2]
    s23, c23 = np.sin(th23), np.cos(th23)
    s1, c1 = s[:, 0], c[:, 0]
    p = params
    cx1 = p.c2 * s[:, 1] + p.c3 * s23 + p.a2 * c23 + p.a1
    cz1 = p.c2 * c[:, 1] + p.c3 * c23 - p.a2 * s23
    s4, c4, s5, c5, s6, c6 = s[:, 3], c[:, 3], s[:, 4], c[:, 4], s[:, 5], c[:, 5]
    # R = Rz(t1) Ry(t23) Rz(t4) Ry(t5) Rz(t6), expanded by components (no small-matrix matmul).
    e00 = c4 * c5 * c6 - s4 * s6
    e01 = -c4 * c5 * s6 - s4 * c6
    e02 = c4 * s5
    e10 = s4 * c5 * c6 + c4 * s6
    e11 = -s4 * c5 * s6 + c4 * c6
    e12 = s4 * s5
    e20 = -s5 * c6
    e21 = s5 * s6
    e22 = c5
    # Ry(t23) applied to rows of R_ce.
    f0 = (c23 * e00 + s23 * e20, c23 * e01 + s23 * e21, c23 * e02 + s23 * e22)
    f2 = (-s23 * e00 + c23 * e20, -s23 * e01 + c23 * e21, -s23 * e02 + c23 * e22)
    n = q.shape[0]
    X = np.zeros((n, 4, 4))
    for j in range(3):
        X[:, 0, j] = c1 * f0[j] - s1 * (e10, e11, e12)[j]
        X[:, 1, j] = s1 * f0[j] + c1 * (e10, e11, e12)[j]
        X[:, 2, j] = f2[j]
    X[:, 0, 3] = cx1 * c1 - p.b * s1 + p.c4 * X[:, 0, 2]
    X[:, 1, 3] = cx1 * s1 + p.b * c1 + p.c4 * X[:, 1, 2]
    X[:, 2, 3] = cz1 + p.c1 + p.c4 * X[:, 2, 2]
    X[:, 3, 3] = 1.0
    if p.X_B_opw is not None:
        X = np.asarray(p.X_B_opw) @ X
    if p.X_opw_F is not None:
        X = X @ np.asarray(p.X_opw_F)
    return X


def _rigid_inverse(X: np.ndarray) -> np.ndarray:
    out = np.eye(4)
    out[:3, :3] = X[:3, :3].T
    out[:3, 3] = -X[:3, :3].T @ X[:3, 3]
    return out


def _wrap(x: np.ndarray) -> np.ndarray:
    """Angles to [-pi, pi)."""
    return x - _TWO_PI * np.floor((x + math.pi) * (1.0 / _TWO_PI))


def _angle(y: np.ndarray, x: np.ndarray, offset: float, sign: float) -> np.ndarray:
    """(atan2(y, x) + offset) * sign in (-pi, pi], by rotating the atan2 arguments (no wrap pass)."""
    turns = offset / (0.5 * math.pi)
    quarter = round(turns)
    if abs(turns - quarter) < 1e-12:
        quarter %= 4
        if quarter == 1:
            x, y = -y, x
        elif quarter == 2:
            x, y = -x, -y
        elif quarter == 3:
            x, y = y, -x
    else:
        co, so = math.cos(offset), math.sin(offset)
        x, y = x * co - y * so, x * so + y * co
    if sign < 0:
        y = -y
    return np.arctan2(y, x)


def _flip(angle: np.ndarray) -> np.ndarray:
    """angle + pi, kept in (-pi, pi] for inputs in (-pi, pi]."""
    return angle - np.copysign(math.pi, angle)


def _ref_column(q_ref: np.typing.ArrayLike | None, n: int, j: int, sign: float, offset: float) -> np.ndarray:
    """Joint j of q_ref in paper angles as an [N] array."""
    if q_ref is None:
        return np.full(n, -offset)
    ref = np.asarray(q_ref, dtype=np.float64)
    if ref.shape == (6,):
        return np.full(n, float(ref[j]) * sign - offset)
    if ref.shape == (n, 6):
        return ref[:, j] * sign - offset
    raise ValueError(f"q_ref must have shape [6] or [{n}, 6], got {ref.shape}")


def opw_ik(params: OPWParams, X_BF: np.typing.ArrayLike, q_ref: np.typing.ArrayLike | None = None) -> np.ndarray:
    """All 8 IK branches q[N, 8, 6] (rad, each joint in [-pi, pi]) for flange poses X_BF[N, 4, 4].

    Unreachable branches are NaN rows. At the wrist singularity (theta5 within WRIST_SINGULAR_RAD of 0
    or pi) joint 4 keeps q_ref's joint 4 (0 when q_ref is None; q_ref is [6] or [N, 6]) and joint 6
    takes the rest of the rotation. Limits are not applied; see solutions.expand_within_limits.
    Arrays are laid out [shoulder, elbow, N] inside so that every numpy pass is contiguous.
    """
    X = _as_poses(X_BF)
    p = params
    if p.X_B_opw is not None:
        X = _rigid_inverse(np.asarray(p.X_B_opw)) @ X
    if p.X_opw_F is not None:
        X = X @ _rigid_inverse(np.asarray(p.X_opw_F))
    n_all = X.shape[0]
    if q_ref is not None:
        q_ref = np.asarray(q_ref, dtype=np.float64)
        if q_ref.shape != (6,) and q_ref.shape != (n_all, 6):
            raise ValueError(f"q_ref must have shape [6] or [{n_all}, 6], got {q_ref.shape}")
    if n_all == 1:
        # One pose: plain floats beat ~150 numpy calls on length-1 arrays by about 5x.
        ref = None if q_ref is None else q_ref.reshape(-1, 6)[0].tolist()
        rows = _opw_ik_one(p, X[0].ravel().tolist(), ref)
        return np.fromiter(itertools.chain.from_iterable(rows), np.float64, 48).reshape(1, 8, 6)
    out = np.empty((n_all, 8, 6))
    # Chunks keep every temporary small enough to stay in cache and in malloc's free lists; one big
    # pass costs about twice as much in page faults and cache misses.
    for start in range(0, n_all, _CHUNK):
        stop = min(start + _CHUNK, n_all)
        ref = q_ref if q_ref is None or q_ref.ndim == 1 else q_ref[start:stop]
        out[start:stop] = _opw_ik_chunk(p, X[start:stop], ref).transpose(2, 0, 1)
    return out


def _opw_ik_chunk(p: OPWParams, X: np.ndarray, q_ref: np.ndarray | None) -> np.ndarray:
    """opw_ik on one chunk; returns T[8, 6, n] (slot, joint, pose)."""
    n = X.shape[0]
    off, sgn = _arrays(p)
    flat = X.reshape(n, 16)
    r00, r02, px = flat[:, 0], flat[:, 2], flat[:, 3]
    r10, r12, py = flat[:, 4], flat[:, 6], flat[:, 7]
    r20, r22, pz = flat[:, 8], flat[:, 10], flat[:, 11]

    T = np.empty((2, 2, 2, 6, n))  # [wrist_flip, shoulder, elbow, joint, N]
    with np.errstate(invalid="ignore", divide="ignore"):
        # Wrist centre.
        cx = px - p.c4 * r02
        cy = py - p.c4 * r12
        cz = pz - p.c4 * r22
        rho2 = cx * cx + cy * cy
        degenerate = rho2 < 1e-24
        if np.any(degenerate):
            # Wrist centre on axis 1: theta1 is free; keep q_ref's joint 1 by moving the point off the
            # axis along that direction by a negligible amount.
            t1 = _ref_column(q_ref, n, 0, sgn[0], off[0])[degenerate]
            cx = cx.copy()
            cy = cy.copy()
            cx[degenerate] += 1e-12 * np.cos(t1)
            cy[degenerate] += 1e-12 * np.sin(t1)
            rho2 = cx * cx + cy * cy
        # m: wrist centre distance from axis 1 within the arm plane.
        m = np.sqrt(rho2 - p.b * p.b)
        C1 = np.empty((2, n))  # cos(theta1) per shoulder
        S1 = np.empty((2, n))
        if p.b == 0.0:
            rinv = 1.0 / np.sqrt(rho2)
            np.multiply(cx, rinv, out=C1[0])
            np.multiply(cy, rinv, out=S1[0])
            np.negative(C1[0], out=C1[1])
            np.negative(S1[0], out=S1[1])
        else:
            # theta1 = atan2(cy, cx) - atan2(b, m) (shoulder 0) or + atan2(b, m) - pi (shoulder 1).
            inv = 1.0 / rho2
            C1[0] = (cx * m + cy * p.b) * inv
            S1[0] = (cy * m - cx * p.b) * inv
            C1[1] = (cy * p.b - cx * m) * inv
            S1[1] = -(cy * m + cx * p.b) * inv

        # Arm plane of each shoulder: xp along the arm, zp up from the shoulder axis height.
        xp = np.empty((2, n))
        np.subtract(m, p.a1, out=xp[0])
        np.subtract(-m, p.a1, out=xp[1])
        zp = cz - p.c1
        k2 = p.a2 * p.a2 + p.c3 * p.c3
        k = math.sqrt(k2)
        cpsi, spsi = p.c3 / k, p.a2 / k
        s2 = xp * xp + zp * zp
        cphi = (s2 - (p.c2 * p.c2 + k2)) * (1.0 / (2.0 * p.c2 * k))
        sphi2 = 1.0 - cphi * cphi
        # Rounding at the fully stretched / folded arm must not lose the (double) solution. Branches
        # the arm cannot reach are computed with sphi = 0 (NaN slows atan2 down) and blanked at the end.
        unreachable = ~(sphi2 >= -1e-10)
        sphi = np.sqrt(np.maximum(sphi2, 0.0))

        t1 = _angle(S1, C1, off[0], sgn[0])
        T[:, :, :, 0, :] = t1[None, :, None, :]

        # theta2 = atan2(xp, zp) - atan2(+-k sphi, c2 + k cphi); theta3 = +-phi - psi3.
        kc = p.c2 + k * cphi
        ks = k * sphi
        P = xp * kc
        Q = zp * ks
        R = zp * kc
        U = xp * ks
        Y = np.empty((2, 2, n))
        Xa = np.empty((2, 2, n))
        np.subtract(P, Q, out=Y[:, 0])
        np.add(P, Q, out=Y[:, 1])
        np.add(R, U, out=Xa[:, 0])
        np.subtract(R, U, out=Xa[:, 1])
        t2 = _angle(Y, Xa, off[1], sgn[1])
        T[0, :, :, 1] = t2
        T[1, :, :, 1] = t2
        alpha = off[2] - math.atan2(p.a2, p.c3)
        ca, sa = math.cos(alpha), math.sin(alpha)
        Y[:, 0] = sphi * ca + cphi * sa
        Y[:, 1] = cphi * sa - sphi * ca
        Xa[:, 0] = cphi * ca - sphi * sa
        Xa[:, 1] = cphi * ca + sphi * sa
        t3 = _angle(Y, Xa, 0.0, sgn[2])
        T[0, :, :, 2] = t3
        T[1, :, :, 2] = t3

        # cos/sin(theta2 + theta3) by angle sums (no trig): theta23 = (beta - psi3) +- delta, with
        # beta = atan2(xp, zp) and delta the wrist-side angle of the arm triangle.
        A = zp * cpsi + xp * spsi
        Bs = xp * cpsi - zp * spsi
        Cd = p.c2 * cphi + k
        Sd = p.c2 * sphi
        inv_s2 = 1.0 / s2
        ACd = (A * Cd * inv_s2)[:, None]
        BSd = (Bs * Sd * inv_s2)[:, None]
        BCd = (Bs * Cd * inv_s2)[:, None]
        ASd = (A * Sd * inv_s2)[:, None]
        c23 = np.empty((2, 2, n))
        s23 = np.empty((2, 2, n))
        c23[:, 0] = ACd[:, 0] - BSd[:, 0]
        c23[:, 1] = ACd[:, 0] + BSd[:, 0]
        s23[:, 0] = BCd[:, 0] + ASd[:, 0]
        s23[:, 1] = BCd[:, 0] - ASd[:, 0]

        # Columns 0 and 2 of R_ce = Ry(-t23) Rz(-t1) R, per [shoulder, elbow].
        C1b = C1[:, None]
        S1b = S1[:, None]
        v0 = (C1 * r02 + S1 * r12)[:, None]
        e02 = c23 * v0 - s23 * r22
        e12 = C1b * r12 - S1b * r02
        e22 = s23 * v0 + c23 * r22
        v0 = (C1 * r00 + S1 * r10)[:, None]
        e00 = c23 * v0 - s23 * r20
        e10 = C1b * r10 - S1b * r00
        e20 = s23 * v0 + c23 * r20

        rho5sq = e02 * e02 + e12 * e12
        rho5 = np.sqrt(rho5sq)  # sin(theta5) >= 0 on wrist branch 0
        t5 = _angle(rho5, e22, off[4], sgn[4])
        T[0, :, :, 4] = t5
        if off[4] == 0.0:
            np.negative(t5, out=T[1, :, :, 4])
        else:
            T[1, :, :, 4] = _angle(-rho5, e22, off[4], sgn[4])
        t4 = _angle(e12, e02, off[3], sgn[3])
        T[0, :, :, 3] = t4
        T[1, :, :, 3] = _flip(t4)
        # theta6 from the whole rotation given theta4, theta5 (Rz(t6) = Ry(-t5) Rz(-t4) R_ce), both
        # atan2 arguments scaled by rho5 > 0, so an inaccurate theta4 near the singularity is absorbed.
        t6 = _angle(e02 * e10 - e12 * e00, e22 * (e02 * e00 + e12 * e10) - rho5sq * e20, off[5], sgn[5])
        T[0, :, :, 5] = t6
        T[1, :, :, 5] = _flip(t6)

        singular = rho5 < math.sin(WRIST_SINGULAR_RAD)
        if np.any(singular):
            sh_i, el_i, n_i = np.nonzero(singular)
            t4_ref = _ref_column(q_ref, n, 3, sgn[3], off[3])[n_i]
            c4, s4 = np.cos(t4_ref), np.sin(t4_ref)
            a00, a20 = e00[singular], e20[singular]
            a10 = np.broadcast_to(e10, e00.shape)[singular]
            c5, s5 = e22[singular], rho5[singular]
            a = c4 * a00 + s4 * a10
            s6 = c4 * a10 - s4 * a00
            q4 = _wrap((t4_ref + off[3]) * sgn[3])
            T[0, sh_i, el_i, 3, n_i] = q4
            T[1, sh_i, el_i, 3, n_i] = q4
            T[0, sh_i, el_i, 5, n_i] = _wrap((np.arctan2(s6, c5 * a - s5 * a20) + off[5]) * sgn[5])
            T[1, sh_i, el_i, 5, n_i] = _wrap((np.arctan2(s6, c5 * a + s5 * a20) + off[5]) * sgn[5])

    for shoulder in range(2):
        if np.any(unreachable[shoulder]):
            T[:, shoulder, :, :, np.nonzero(unreachable[shoulder])[0]] = np.nan
    return T.reshape(8, 6, n)


@functools.lru_cache(maxsize=64)
def _arg_maps(offsets: tuple[float, ...], signs: tuple[int, ...]) -> tuple[tuple[float, float, float, float], ...]:
    """Per joint (a, b, c, d) with (atan2(y, x) + offset) * sign = atan2(c x + d y, a x + b y); the same
    rotation as _angle (exact integers for quarter turns)."""
    maps = []
    for offset, sign in zip(offsets, signs, strict=True):
        turns = offset / (0.5 * math.pi)
        quarter = round(turns)
        if abs(turns - quarter) < 1e-12:
            co, so = ((1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0))[quarter % 4]
        else:
            co, so = math.cos(offset), math.sin(offset)
        maps.append((co, -so, so * sign, co * sign))
    return tuple(maps)


def _angle1(y: float, x: float, m: tuple[float, float, float, float]) -> float:
    """Scalar twin of _angle with a precomputed argument map from _arg_maps."""
    return math.atan2(m[2] * x + m[3] * y, m[0] * x + m[1] * y)


def _flip1(angle: float) -> float:
    return angle - math.copysign(math.pi, angle)


def _wrap1(x: float) -> float:
    return x - _TWO_PI * math.floor((x + math.pi) / _TWO_PI)


def _opw_ik_one(p: OPWParams, x: list[float], ref: list[float] | None) -> list[list[float]]:
    """Scalar twin of _opw_ik_chunk for one pose given as 16 row-major floats; returns 8 rows of 6."""
    off, sgn = p.offsets, p.sign_corrections
    m0, m1, _, m3, m4, m5 = _arg_maps(off, sgn)
    m_t3 = _arg_maps((0.0,), (sgn[2],))[0]
    r00, r02, px, r10, r12, py, r20, r22, pz = x[0], x[2], x[3], x[4], x[6], x[7], x[8], x[10], x[11]
    nan_row = [math.nan] * 6
    rows = [nan_row] * 8
    cx = px - p.c4 * r02
    cy = py - p.c4 * r12
    cz = pz - p.c4 * r22
    rho2 = cx * cx + cy * cy
    if rho2 < 1e-24:
        t1r = (0.0 if ref is None else ref[0]) * sgn[0] - off[0]
        cx += 1e-12 * math.cos(t1r)
        cy += 1e-12 * math.sin(t1r)
        rho2 = cx * cx + cy * cy
    m2 = rho2 - p.b * p.b
    if not m2 >= 0.0:
        return rows
    m = math.sqrt(m2)
    if p.b == 0.0:
        rinv = 1.0 / math.sqrt(rho2)
        shoulders = ((cx * rinv, cy * rinv), (-cx * rinv, -cy * rinv))
    else:
        inv = 1.0 / rho2
        shoulders = (
            ((cx * m + cy * p.b) * inv, (cy * m - cx * p.b) * inv),
            ((cy * p.b - cx * m) * inv, -(cy * m + cx * p.b) * inv),
        )
    zp = cz - p.c1
    k2 = p.a2 * p.a2 + p.c3 * p.c3
    k = math.sqrt(k2)
    cpsi, spsi = p.c3 / k, p.a2 / k
    alpha = off[2] - math.atan2(p.a2, p.c3)
    ca, sa = math.cos(alpha), math.sin(alpha)
    t4_ref = (0.0 if ref is None else ref[3]) * sgn[3] - off[3]
    sin_thr = math.sin(WRIST_SINGULAR_RAD)
    for sh, (C1, S1) in enumerate(shoulders):
        xp = m - p.a1 if sh == 0 else -m - p.a1
        s2 = xp * xp + zp * zp
        cphi = (s2 - (p.c2 * p.c2 + k2)) * (1.0 / (2.0 * p.c2 * k))
        sphi2 = 1.0 - cphi * cphi
        if not sphi2 >= -1e-10:
            continue
        sphi = math.sqrt(max(sphi2, 0.0))
        t1 = _angle1(S1, C1, m0)
        kc = p.c2 + k * cphi
        ks = k * sphi
        P, Q, R, U = xp * kc, zp * ks, zp * kc, xp * ks
        A = zp * cpsi + xp * spsi
        Bs = xp * cpsi - zp * spsi
        Cd = p.c2 * cphi + k
        Sd = p.c2 * sphi
        inv_s2 = 1.0 / s2
        ACd, BSd, BCd, ASd = A * Cd * inv_s2, Bs * Sd * inv_s2, Bs * Cd * inv_s2, A * Sd * inv_s2
        v0a = C1 * r02 + S1 * r12
        v0b = C1 * r00 + S1 * r10
        e12 = C1 * r12 - S1 * r02
        e10 = C1 * r10 - S1 * r00
        for el in range(2):
            if el == 0:
                t2 = _angle1(P - Q, R + U, m1)
                t3 = _angle1(sphi * ca + cphi * sa, cphi * ca - sphi * sa, m_t3)
                c23, s23 = ACd - BSd, BCd + ASd
            else:
                t2 = _angle1(P + Q, R - U, m1)
                t3 = _angle1(cphi * sa - sphi * ca, cphi * ca + sphi * sa, m_t3)
                c23, s23 = ACd + BSd, BCd - ASd
            e02 = c23 * v0a - s23 * r22
            e22 = s23 * v0a + c23 * r22
            e00 = c23 * v0b - s23 * r20
            e20 = s23 * v0b + c23 * r20
            rho5sq = e02 * e02 + e12 * e12
            rho5 = math.sqrt(rho5sq)
            t5 = _angle1(rho5, e22, m4)
            t5f = -t5 if off[4] == 0.0 else _angle1(-rho5, e22, m4)
            if rho5 < sin_thr:
                c4, s4 = math.cos(t4_ref), math.sin(t4_ref)
                a = c4 * e00 + s4 * e10
                s6 = c4 * e10 - s4 * e00
                t4 = t4f = _wrap1((t4_ref + off[3]) * sgn[3])
                t6 = _wrap1((math.atan2(s6, e22 * a - rho5 * e20) + off[5]) * sgn[5])
                t6f = _wrap1((math.atan2(s6, e22 * a + rho5 * e20) + off[5]) * sgn[5])
            else:
                t4 = _angle1(e12, e02, m3)
                t4f = _flip1(t4)
                t6 = _angle1(e02 * e10 - e12 * e00, e22 * (e02 * e00 + e12 * e10) - rho5sq * e20, m5)
                t6f = _flip1(t6)
            slot = 2 * sh + el
            rows[slot] = [t1, t2, t3, t4, t5, t6]
            rows[4 + slot] = [t1, t2, t3, t4f, t5f, t6f]
    return rows
