"""Approach and retract: a straight TCP move along the wire axis between a seam point and a point in the air.

The leg is solved by IK at steps of at most `step_m`, each solution the nearest to the previous one (the arm
keeps its configuration), and checked for collisions. Where the full distance is blocked, shorter distances
are tried down to `min_distance_m`: a short leg in a tight corner beats no weld.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kinematics.se3 import invert_X
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["LinearLeg", "linear_leg", "nearest_solution"]


@dataclass(frozen=True, eq=False)
class LinearLeg:
    """q[K, 6], X_PT[K, 4, 4] from the seam point (index 0) out to the point in the air (index -1);
    distance_m: how far the leg goes."""

    q: np.ndarray
    X_PT: np.ndarray
    distance_m: float


def nearest_solution(solutions: np.ndarray, q_ref: np.ndarray) -> np.ndarray | None:
    """The row of solutions[m, 6] closest to q_ref[6] (largest joint step smallest); None when m = 0."""
    if solutions.shape[0] == 0:
        return None
    return solutions[int(np.argmin(np.max(np.abs(solutions - q_ref), axis=1)))]


def _solve_leg(
    robot: RobotSpec,
    tool: ToolSpec,
    X_BP: np.ndarray,
    q0: np.ndarray,
    X_PT0: np.ndarray,
    distance_m: float,
    step_m: float,
    max_joint_step_rad: float,
) -> LinearLeg | None:
    steps = max(1, int(np.ceil(distance_m / step_m)))
    offsets = np.linspace(0.0, distance_m, steps + 1)
    X_PT = np.repeat(X_PT0[None], steps + 1, axis=0)
    X_PT[:, :3, 3] = X_PT0[:3, 3] - offsets[:, None] * X_PT0[:3, 2]
    X_BF = X_BP @ X_PT @ invert_X(tool.X_FT)
    solutions = robot.kinematics.ik(X_BF[1:], q_ref=q0)
    qs = [np.asarray(q0, dtype=float)]
    for sol in solutions:
        q = nearest_solution(sol, qs[-1])
        if q is None or np.max(np.abs(q - qs[-1])) > max_joint_step_rad:
            return None
        qs.append(q)
    return LinearLeg(np.array(qs), X_PT, distance_m)


def linear_leg(
    robot: RobotSpec,
    tool: ToolSpec,
    X_BP: np.ndarray,
    q0: np.ndarray,
    X_PT0: np.ndarray,
    distance_m: float,
    valid: Callable[[np.ndarray], np.ndarray],
    step_m: float = 0.002,
    min_distance_m: float = 0.01,
    max_joint_step_rad: float = np.radians(5.0),
) -> LinearLeg | None:
    """The leg from the seam pose X_PT0[4, 4] (part frame; the arm at q0[6]) backwards along the wire axis
    (-z of T) by distance_m, or by a shorter distance (halving, not below min_distance_m) when blocked.

    valid(q[N, 6]) -> bool[N] checks the states (the caller allows the wire tip's contact at the seam point).
    None when no distance works.
    """
    d = distance_m
    while d >= min_distance_m - 1e-12:
        leg = _solve_leg(robot, tool, X_BP, q0, X_PT0, d, step_m, max_joint_step_rad)
        if leg is not None and bool(np.all(valid(leg.q))):
            return leg
        d /= 2.0
    return None
