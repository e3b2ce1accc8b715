"""Dense targets for linear (Cartesian) moves whose orientation turns, so that joint interpolation between
targets keeps the TCP on the line.

Between two targets the controller moves the TCP on a straight line and slerps the orientation; a trajectory
interpolated linearly in joint space leaves that line by roughly L * dtheta^2 / 8 (L: flange-to-TCP lever,
dtheta: the turn between targets). Targets every `max_turn_rad` keep it to a few micrometres for 2 deg.
"""

from __future__ import annotations

import numpy as np

from kinematics.se3 import invert_X, rot_axis_angle, rotation_log
from planning.approach import nearest_solution
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["linear_substeps"]


def linear_substeps(
    robot: RobotSpec,
    tool: ToolSpec,
    X_BP: np.ndarray,
    q_a: np.ndarray,
    X_PT_a: np.ndarray,
    q_b: np.ndarray,
    X_PT_b: np.ndarray,
    max_turn_rad: float = np.radians(2.0),
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Intermediate targets (q[6], X_PT[4, 4]) strictly between a and b on the straight line with slerped
    orientation, each IK solution the nearest to the previous one; [] when the turn is below max_turn_rad or
    an intermediate pose has no solution close to its neighbours (the move is then left as it is)."""
    rotvec = rotation_log(X_PT_a[:3, :3].T @ X_PT_b[:3, :3])
    angle = float(np.linalg.norm(rotvec))
    n = int(np.ceil(angle / max_turn_rad))
    if n <= 1:
        return []
    axis = rotvec / angle
    s = np.arange(1, n) / n
    X_PT = np.repeat(X_PT_a[None], n - 1, axis=0)
    X_PT[:, :3, 3] = X_PT_a[:3, 3] + s[:, None] * (X_PT_b[:3, 3] - X_PT_a[:3, 3])
    X_PT[:, :3, :3] = X_PT_a[:3, :3] @ rot_axis_angle(np.broadcast_to(axis, (n - 1, 3)), s * angle)
    q_guess = q_a + s[:, None] * (q_b - q_a)
    solutions = robot.kinematics.ik(X_BP @ X_PT @ invert_X(tool.X_FT), q_ref=q_guess)
    out, prev = [], q_a
    step_cap = np.max(np.abs(q_b - q_a)) + 1e-6
    for sol, X in zip(solutions, X_PT, strict=True):
        q = nearest_solution(sol, prev)
        if q is None or np.max(np.abs(q - prev)) > step_cap:
            return []
        out.append((q, X))
        prev = q
    return out
