"""Constant TCP speed along a dense polyline of TCP points, with the joints interpolated linearly between them.

Path parameter: TCP arc length s along the chords. On segment j the joints move as q = q_j + q'_j (s - s_j), so
joint velocity is q'_j s_dot and, inside a segment, joint acceleration is q'_j s_ddot. At a given point the
direction q' changes; the acceleration that costs is estimated by the central difference over the two
neighbouring segments, |q'_j - q'_(j-1)| s_dot^2 / ((L_(j-1) + L_j) / 2): what a controller sees when it blends
through the point over about a segment length. The speed profile is the time-optimal one on a grid of the given
points plus the ramp switch points, with piecewise constant s_ddot (toppra's "ParametrizeConstAccel" model):
a backward pass from rest at the end and a forward pass from rest at the start, numerically integrated on
x = s_dot^2 (the Bobrow / Pfeiffer-Johanni scheme), under
  s_dot <= requested speed,  |q'_j,i| s_dot <= v_max_i,  |s_ddot| <= tcp_accel,
  |q'_j,i s_ddot| + curvature_i(node) s_dot^2 <= a_max_i  at both ends of every grid interval.
Where the joint limits force a lower speed than requested, the profile slows down there; `speed_limit_m_s`
tells by how much and `speed_held` whether the requested speed could be held everywhere outside the end ramps.

Limits of the model: the blend estimate assumes neighbouring segments take comparable times, so a joint
velocity step next to a segment crossed much faster or slower (a reorientation on the spot after a long
segment) is smeared over the longer one; in ramps the tangential and blend terms add, which the central
difference over the points shows as up to ~0.3 % above a_max (measured on IK lines of the built-in robots).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planning.timing_path import TimedPath

__all__ = ["LinearTimedPath", "TCP_ACCEL_M_S2", "time_linear", "as_joint_limits"]

# Assumption, not a published figure: TCP acceleration for linear moves (docs/references.md#robots-5: accelerations are
# not published; controllers default to the robot's full path acceleration, a few m/s^2 for arc robots).
TCP_ACCEL_M_S2 = 2.0
# A segment shorter than this (a reorientation on the spot) is timed by its joint motion alone.
_L_EPS_M = 1e-6
# Knots are added inside accelerating grid intervals until linear interpolation is this accurate.
_TOL_Q_RAD = 1e-5
_TOL_P_M = 1e-5
_RAMP_NODES = 8


def as_joint_limits(value: np.typing.ArrayLike, name: str, n: int = 6) -> np.ndarray:
    """A positive, finite [n] limit vector (v_max rad/s or a_max rad/s^2); ValueError naming `name`."""
    arr = np.asarray(value, dtype=np.float64)
    if arr.shape != (n,) or not np.all(np.isfinite(arr)) or np.any(arr <= 0):
        raise ValueError(f"{name} must be {n} positive finite numbers, got {np.asarray(value).tolist()}")
    return arr


@dataclass(frozen=True, eq=False, kw_only=True)
class LinearTimedPath(TimedPath):
    """A TimedPath along given TCP points, plus how well the requested TCP speed was held.

    t_points[M]: time the trajectory passes each given point; speed_m_s: requested TCP speed;
    speed_limit_m_s[M]: the highest TCP speed the joint speed/acceleration limits allow at each point (inf where
    the joints do not move); min_speed_m_s = min(speed_m_s, min(speed_limit_m_s)), reached at point
    min_speed_index, min_speed_s_m along the path; speed_held: the requested speed fits everywhere outside the
    start and end ramps; length_m: TCP path length along the chords; point_speed_m_s[M]: the TCP speed of the
    profile when it passes each point (0 at both ends).
    """

    t_points: np.ndarray
    speed_m_s: float
    speed_limit_m_s: np.ndarray
    min_speed_m_s: float
    min_speed_index: int
    min_speed_s_m: float
    speed_held: bool
    length_m: float
    point_speed_m_s: np.ndarray


def _tcp_points(tcp: np.typing.ArrayLike, m: int) -> np.ndarray:
    arr = np.asarray(tcp, dtype=np.float64)
    if arr.shape == (m, 4, 4):
        arr = arr[:, :3, 3]
    if arr.shape != (m, 3) or not np.all(np.isfinite(arr)):
        raise ValueError(f"tcp must be X_BT[{m}, 4, 4] poses or [{m}, 3] TCP positions matching q, got {arr.shape}")
    return arr


def _still(q: np.ndarray, m: int, speed: float) -> LinearTimedPath:
    return LinearTimedPath(
        t=np.zeros(1),
        q=q[:1],
        t_points=np.zeros(m),
        speed_m_s=speed,
        speed_limit_m_s=np.full(m, np.inf),
        min_speed_m_s=speed,
        min_speed_index=0,
        min_speed_s_m=0.0,
        speed_held=True,
        length_m=0.0,
        point_speed_m_s=np.zeros(m),
    )


def _grid(s_v: np.ndarray, extra: np.ndarray) -> np.ndarray:
    """Vertices s_v plus extra arc lengths strictly inside, without near-duplicates."""
    total = s_v[-1]
    extra = np.sort(extra[(extra > 0.0) & (extra < total)])
    if extra.size == 0:
        return s_v
    gap = 1e-9 * max(total, 1e-3)
    near = np.abs(s_v[np.clip(np.searchsorted(s_v, extra), 0, len(s_v) - 1)] - extra) < gap
    near |= np.abs(s_v[np.clip(np.searchsorted(s_v, extra) - 1, 0, len(s_v) - 1)] - extra) < gap
    s = np.sort(np.concatenate([s_v, extra[~near]]))
    return s[np.concatenate([[True], np.diff(s) > gap])]


def _profile(
    h: np.ndarray, x_max: np.ndarray, absqp: np.ndarray, c: np.ndarray, a: np.ndarray, tcp_accel: float
) -> np.ndarray:
    """x = s_dot^2 at grid nodes [N+1]: backward pass from rest, forward pass from rest (see module doc).

    h[N] interval lengths, x_max[N+1] the node speed limits (squared), absqp[N, D] |q'| per interval,
    c[N+1, D] node curvature terms, a[D] joint acceleration limits.
    """
    n = len(h)
    two_h = (2.0 * h).tolist()
    x_max_l = x_max.tolist()
    a_l = a.tolist()
    # Per interval, the joints that move: (i, alpha = 2h a_i / |q'_i|, 2h / |q'_i|).
    moving = []
    for k in range(n):
        row = absqp[k]
        moving.append([(i, two_h[k] * a_l[i] / row[i], two_h[k] / row[i]) for i in range(len(row)) if row[i] > 0.0])
    c_l = c.tolist()
    two_h_a = [th * tcp_accel for th in two_h]

    back = [0.0] * (n + 1)
    for k in range(n - 1, -1, -1):
        x1 = back[k + 1]
        bound = min(x_max_l[k], x1 + two_h_a[k])
        c0, c1 = c_l[k], c_l[k + 1]
        for i, alpha, g in moving[k]:
            # decelerating over interval k: the constraint at its end node (x1 known) and at its start node
            bound = min(bound, x1 + alpha - g * c1[i] * x1, (x1 + alpha) / (1.0 + g * c0[i]))
        back[k] = max(bound, 0.0)

    x = [0.0] * (n + 1)
    for k in range(n):
        x0 = x[k]
        bound = min(back[k + 1], x0 + two_h_a[k])
        c0, c1 = c_l[k], c_l[k + 1]
        for i, alpha, g in moving[k]:
            bound = min(bound, x0 + alpha - g * c0[i] * x0, (x0 + alpha) / (1.0 + g * c1[i]))
        x[k + 1] = max(bound, 0.0)
    return np.array(x)


def time_linear(
    q: np.typing.ArrayLike,
    tcp: np.typing.ArrayLike,
    speed_m_s: float,
    v_max: np.typing.ArrayLike,
    a_max: np.typing.ArrayLike,
    *,
    tcp_accel_m_s2: float = TCP_ACCEL_M_S2,
) -> LinearTimedPath:
    """Time q[M, D] (joint states at dense TCP points, ~1-5 mm apart) at constant TCP speed, rest to rest.

    tcp: X_BT[M, 4, 4] TCP poses or p[M, 3] TCP positions in any fixed frame (speed does not depend on it).
    speed_m_s: requested TCP speed; v_max[D] rad/s, a_max[D] rad/s^2 joint limits (D = 6 for the robot; more
    when a positioner's axes move along, coordinated, the TCP points then in the part frame); tcp_accel_m_s2: the ramp
    acceleration along the path at both ends. Joints are interpolated linearly between the given states.
    Repeated points (same position and joints) take no time.
    """
    q = np.asarray(q, dtype=np.float64)
    if q.ndim != 2 or q.shape[1] < 1 or q.shape[0] < 1 or not np.all(np.isfinite(q)):
        raise ValueError(f"q must be finite joint states [M, D] with M >= 1, got {q.shape}")
    m, dof = q.shape
    p = _tcp_points(tcp, m)
    v = as_joint_limits(v_max, "v_max", dof)
    a = as_joint_limits(a_max, "a_max", dof)
    if not (math.isfinite(speed_m_s) and speed_m_s > 0):
        raise ValueError(f"speed_m_s must be a positive number, got {speed_m_s!r}")
    if not (math.isfinite(tcp_accel_m_s2) and tcp_accel_m_s2 > 0):
        raise ValueError(f"tcp_accel_m_s2 must be a positive number, got {tcp_accel_m_s2!r}")

    moves = (np.linalg.norm(np.diff(p, axis=0), axis=1) > 1e-12) | (np.max(np.abs(np.diff(q, axis=0)), axis=1) > 1e-12)
    kept = np.concatenate([[0], np.nonzero(moves)[0] + 1])
    if kept.size < 2:
        return _still(q, m, float(speed_m_s))
    pk, qk = p[kept], q[kept]
    n_seg = kept.size - 1
    length = np.linalg.norm(np.diff(pk, axis=0), axis=1)
    L = np.maximum(length, _L_EPS_M)
    qp = np.diff(qk, axis=0) / L[:, None]
    absqp = np.abs(qp)
    s_v = np.concatenate([[0.0], np.cumsum(L)])
    total = float(s_v[-1])

    with np.errstate(divide="ignore"):
        x_seg = np.min((v / absqp) ** 2, axis=1)  # inf where no joint moves
        curv = np.abs(np.diff(qp, axis=0)) / (0.5 * (L[:-1] + L[1:]))[:, None]  # [n_seg - 1, 6] at inner vertices
        x_curv = np.min(a / curv, axis=1) if n_seg > 1 else np.zeros(0)
    x_robot_v = np.minimum(np.concatenate([x_seg, [np.inf]]), np.concatenate([[np.inf], x_seg]))
    x_robot_v[1:-1] = np.minimum(x_robot_v[1:-1], x_curv)

    vr2 = float(speed_m_s) ** 2
    with np.errstate(divide="ignore"):
        acc0 = min(tcp_accel_m_s2, float(np.min(a / absqp[0])))
        acc1 = min(tcp_accel_m_s2, float(np.min(a / absqp[-1])))
    ramp0 = min(vr2, x_robot_v[0]) / (2.0 * acc0)
    ramp1 = min(vr2, x_robot_v[-1]) / (2.0 * acc1)
    frac = (np.arange(1, _RAMP_NODES + 1) / _RAMP_NODES) ** 2  # equal time steps on a constant-accel ramp
    extra = [ramp0 * frac, total - ramp1 * frac, [total * acc1 / (acc0 + acc1)]]
    s = _grid(s_v, np.concatenate(extra))

    n = len(s) - 1
    h = np.diff(s)
    seg = np.clip(np.searchsorted(s_v, s[:-1], side="right") - 1, 0, n_seg - 1)  # segment of each interval
    vertex = np.searchsorted(s, s_v)  # grid index of each kept vertex
    c = np.zeros((n + 1, dof))
    c[vertex[1:-1]] = curv
    x_int = x_seg[seg]
    x_max = np.minimum(np.concatenate([x_int, [np.inf]]), np.concatenate([[np.inf], x_int]))
    x_max[vertex[1:-1]] = np.minimum(x_max[vertex[1:-1]], x_curv)
    x_max = np.minimum(x_max, vr2)
    x_max[0] = x_max[-1] = 0.0

    x = _profile(h, x_max, absqp[seg], c, a, tcp_accel_m_s2)
    sd = np.sqrt(x)
    dt = 2.0 * h / (sd[:-1] + sd[1:])
    t_nodes = np.concatenate([[0.0], np.cumsum(dt)])
    q_nodes = qk[seg] + qp[seg] * (s[:-1] - s_v[seg])[:, None]
    q_nodes = np.vstack([q_nodes, qk[-1:]])
    q_nodes[vertex] = qk

    # Knots inside accelerating intervals so that linear interpolation in time stays within tolerance.
    u = (x[1:] - x[:-1]) / (2.0 * h)
    qacc = np.max(absqp[seg], axis=1) * np.abs(u)
    with np.errstate(divide="ignore"):
        dt_ok = np.minimum(np.sqrt(8.0 * _TOL_Q_RAD / qacc), np.sqrt(8.0 * _TOL_P_M / np.abs(u)))
    n_sub = np.clip(np.ceil(dt / dt_ok), 1, 2000).astype(int)
    k_int = np.repeat(np.arange(n), n_sub - 1)
    if k_int.size:
        j = np.concatenate([np.arange(1, ns) for ns in n_sub if ns > 1])
        tau = dt[k_int] * j / n_sub[k_int]
        ds = sd[k_int] * tau + 0.5 * u[k_int] * tau**2
        t_sub = t_nodes[k_int] + tau
        q_sub = q_nodes[k_int] + qp[seg[k_int]] * ds[:, None]
        order = np.argsort(np.concatenate([t_nodes, t_sub]), kind="stable")
        t_all = np.concatenate([t_nodes, t_sub])[order]
        q_all = np.vstack([q_nodes, q_sub])[order]
    else:
        t_all, q_all = t_nodes, q_nodes

    # A repeated point takes the values of the kept point it repeats.
    owner = np.maximum.accumulate(np.where(np.isin(np.arange(m), kept), np.arange(m), 0))

    def per_point(values: np.ndarray) -> np.ndarray:
        full = np.zeros(m)
        full[kept] = values
        return full[owner]

    t_points = per_point(t_nodes[vertex])
    limit = per_point(np.sqrt(x_robot_v))
    point_speed = per_point(sd[vertex])
    s_points = per_point(s_v)
    capped = np.minimum(limit, speed_m_s)
    i_min = int(np.argmin(capped))
    return LinearTimedPath(
        t=t_all,
        q=q_all,
        t_points=t_points,
        speed_m_s=float(speed_m_s),
        speed_limit_m_s=limit,
        min_speed_m_s=float(capped[i_min]),
        min_speed_index=i_min,
        min_speed_s_m=float(s_points[i_min]),
        speed_held=bool(capped[i_min] >= speed_m_s * (1.0 - 1e-9)),
        length_m=float(np.sum(length)),
        point_speed_m_s=point_speed,
    )
