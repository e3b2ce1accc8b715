"""Helpers for the timing tests: straight TCP lines solved by IK on the built-in robots, and toppra (an
independent time-optimal parameterizer, hungpham2511/toppra 0.6.10) on the same joint paths."""

from __future__ import annotations

import numpy as np
import toppra as ta
import toppra.algorithm as algo
import toppra.constraint as constraint

from robot_models import load_builtin_robots, load_builtin_tools

ta.setup_logging("WARNING")
ROBOTS = load_builtin_robots()
TOOL = load_builtin_tools()["torch_22deg"]


def ik_line(
    robot_id: str, direction: np.ndarray, length_m: float, step_m: float = 0.002, start_offset: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray] | None:
    """q[M, 6] and X_BT[M, 4, 4] along a straight TCP line from the TCP at home (plus start_offset) with the
    torch_22deg tool, keeping the IK branch (nearest solution); None where IK fails or the branch jumps."""
    robot = ROBOTS[robot_id]
    kin = robot.kinematics
    X_BT0 = kin.fk(robot.home[None])[0] @ TOOL.X_FT
    if start_offset is not None:
        X_BT0 = X_BT0.copy()
        X_BT0[:3, 3] += start_offset
    m = int(round(length_m / step_m)) + 1
    d = np.asarray(direction, dtype=float) / np.linalg.norm(direction)
    X_BT = np.repeat(X_BT0[None], m, axis=0)
    X_BT[:, :3, 3] = X_BT0[:3, 3] + np.linspace(0.0, length_m, m)[:, None] * d
    X_FT_inv = np.linalg.inv(TOOL.X_FT)
    q_ref = robot.home
    out = []
    for X in X_BT:
        sols = kin.ik((X @ X_FT_inv)[None], q_ref)[0]
        if len(sols) == 0:
            return None
        q = sols[np.argmin(np.max(np.abs(sols - q_ref), axis=1))]
        if out and np.max(np.abs(q - out[-1])) > 0.05:
            return None
        out.append(q)
        q_ref = q
    return np.array(out), X_BT


class PolylinePath(ta.interpolator.AbstractGeometricPath):
    """Piecewise-linear geometric path y(s) for toppra: the same joint interpolation time_linear uses
    (derivative from the right at the knots; second derivative zero)."""

    def __init__(self, s: np.ndarray, y: np.ndarray) -> None:
        self.s, self.y = s, y
        self.d = np.diff(y, axis=0) / np.diff(s)[:, None]

    def __call__(self, ss, order=0):
        scalar = np.isscalar(ss)
        ss = np.atleast_1d(np.asarray(ss, dtype=float))
        j = np.clip(np.searchsorted(self.s, ss, side="right") - 1, 0, len(self.s) - 2)
        if order == 0:
            out = self.y[j] + self.d[j] * (ss - self.s[j])[:, None]
        elif order == 1:
            out = self.d[j]
        else:
            out = np.zeros((len(ss), self.y.shape[1]))
        return out[0] if scalar else out

    @property
    def dof(self) -> int:
        return self.y.shape[1]

    @property
    def path_interval(self) -> np.ndarray:
        return np.array([self.s[0], self.s[-1]])


def toppra_duration(path, v_max: np.ndarray, a_max: np.ndarray, gridpoints: np.ndarray) -> float:
    """Time-optimal duration (rest to rest) of toppra's reachability algorithm, ParametrizeConstAccel."""
    inst = algo.TOPPRA(
        [
            constraint.JointVelocityConstraint(np.stack([-v_max, v_max], axis=1)),
            constraint.JointAccelerationConstraint(np.stack([-a_max, a_max], axis=1)),
        ],
        path,
        gridpoints=gridpoints,
        parametrizer="ParametrizeConstAccel",
    )
    traj = inst.compute_trajectory(0.0, 0.0)
    assert traj is not None, "toppra found no parameterization"
    return float(traj.duration)


def toppra_linear_duration(
    q: np.ndarray, p: np.ndarray, speed: float, tcp_accel: float, v_max: np.ndarray, a_max: np.ndarray
) -> float:
    """toppra on the polyline joint path, with the TCP arc length as a 7th coordinate limited to the TCP speed
    and ramp acceleration: the same constraints as time_linear except its blend term at the points."""
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(p, axis=0), axis=1))])
    path = PolylinePath(s, np.hstack([q, s[:, None]]))
    ramp = speed**2 / (2.0 * tcp_accel)
    frac = (np.arange(1, 17) / 16.0) ** 2
    grid = np.concatenate([s, ramp * frac, s[-1] - ramp * frac, np.linspace(0.0, s[-1], 401)])
    grid = np.unique(grid[(grid >= 0.0) & (grid <= s[-1])])
    return toppra_duration(path, np.append(v_max, speed), np.append(a_max, tcp_accel), grid)


def fd_velocity(t: np.ndarray, q: np.ndarray) -> np.ndarray:
    return np.diff(q, axis=0) / np.diff(t)[:, None]


def fd_acceleration(t: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Central second differences on a possibly non-uniform grid."""
    v = fd_velocity(t, q)
    return np.diff(v, axis=0) / (0.5 * (t[2:] - t[:-2]))[:, None]
