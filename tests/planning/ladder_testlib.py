"""Shared fixtures for the torch-frame, ladder and baseline tests: a straight fillet built by hand and the
ABB IRB 1600 with the 22 degree torch (built-in models)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from cad.procedures import default_procedure
from cad.seam_types import Seam
from kinematics.se3 import invert_X

ROBOT_ID = "abb_irb1600_10_145"
TOOL_ID = "torch_22deg"


@lru_cache(maxsize=1)
def robot_and_tool():
    from robot_models import load_builtin_robots, load_builtin_tools

    return load_builtin_robots()[ROBOT_ID], load_builtin_tools()[TOOL_ID]


def fillet_x(length: float = 0.15, points: int = 2) -> Seam:
    """A 90 deg fillet along +x in the part frame: plate a with its free face on z = 0 (normal +z), wall b
    standing on it on the +y side with its free face looking to -y (normal -y); so free face a runs from
    the root towards -y (D_A) and the air-side bisector is (0, -1, 1) / sqrt(2)."""
    P = np.zeros((points, 3))
    P[:, 0] = np.linspace(0.0, length, points)
    ones = np.ones((points, 1))
    return Seam(
        "fillet",
        P,
        ones * [1.0, 0.0, 0.0],
        ones * [0.0, 0.0, 1.0],
        ones * [0.0, -1.0, 0.0],
        (0, 1),
        np.pi / 2,
        length,
        0.01,
        0.008,
        True,
        1.0,
        np.ones(points, dtype=bool),
        "user",
    )


# Direction along free face a away from the root for fillet_x: face b's material lies on +y (its free face
# looks to -y), so the plate's free surface extends to -y.
D_A = np.array([0.0, -1.0, 0.0])


def placement(x: float = 0.8, y: float = -0.075, z: float = 0.4) -> np.ndarray:
    """X_BP: the part in front of the robot, unrotated."""
    X = np.eye(4)
    X[:3, 3] = [x, y, z]
    return X


def procedure(seam: Seam):
    return default_procedure(seam)


def tcp_in_part(robot, X_FT: np.ndarray, X_BP: np.ndarray, q: np.ndarray) -> np.ndarray:
    """X_PT[N, 4, 4] reached by joint values q[N, 6] (independent of the planner: FK, then frames)."""
    return invert_X(X_BP) @ robot.kinematics.fk(q) @ X_FT


def measured_angles(z: np.ndarray, t: np.ndarray, d_a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(work, travel) angles [N] of wire directions z[N, 3] from the weld geometry, by arccos (AWS
    definitions): travel = 90 deg - angle(z, t), positive when the wire points along the travel direction
    t; work = angle between the air-side axis (-z) projected across the seam and the direction d_a along
    free face a (valid for work angles up to 180 deg)."""
    u = -z
    travel = np.pi / 2 - np.arccos(np.clip(z @ t, -1.0, 1.0))
    u_perp = u - np.outer(u @ t, t)
    u_perp /= np.linalg.norm(u_perp, axis=1, keepdims=True)
    work = np.arccos(np.clip(u_perp @ d_a, -1.0, 1.0))
    return work, travel
