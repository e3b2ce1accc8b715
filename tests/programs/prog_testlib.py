"""Weld programs for the controller round trips: a straight seam in front of each built-in robot.

Geometry is weldplan's own test setup (no external reference numbers): the part frame sits where the
robot reaches comfortably, the seam runs 120 mm along the part's y axis, the torch (torch_22deg) points
down with a 30 deg work angle and a 10 deg push angle. Joint solutions come from the robot's own IK,
choosing the branch nearest home and then nearest the previous point.
"""

from __future__ import annotations

import numpy as np

from kinematics.se3 import X_from_R_p, invert_X, rot_x, rot_y
from planning.moves import Move, MoveProgram, WeldSettings
from robot_models import load_builtin_robots, load_builtin_tools

ROBOT_IDS = ["abb_irb1600_10_145", "kuka_kr10_r1420", "fanuc_m10ia", "yaskawa_ar1440", "ur10e"]
LANGUAGE_OF = {"abb_irb1600_10_145": "abb_rapid", "kuka_kr10_r1420": "kuka_krl", "fanuc_m10ia": "fanuc_tp",
               "yaskawa_ar1440": "yaskawa_inform", "ur10e": "ur_script"}
ROBOT_OF = {v: k for k, v in LANGUAGE_OF.items()}
# Part frame origin in the robot base (m), chosen inside each robot's comfortable reach.
PART_AT = {"abb_irb1600_10_145": (0.85, 0.05, 0.25), "kuka_kr10_r1420": (0.85, 0.05, 0.15),
           "fanuc_m10ia": (0.85, 0.05, 0.2), "yaskawa_ar1440": (0.85, 0.05, 0.2), "ur10e": (-0.75, -0.1, 0.05)}

_ROBOTS = None
_TOOLS = None


def robots():
    global _ROBOTS
    if _ROBOTS is None:
        _ROBOTS = load_builtin_robots()
    return _ROBOTS


def tools():
    global _TOOLS
    if _TOOLS is None:
        _TOOLS = load_builtin_tools()
    return _TOOLS


def torch_R(work_deg: float = 30.0, push_deg: float = 10.0) -> np.ndarray:
    """R_PT: x along the seam (+y_P), z (wire) pointing down, tilted by the work and push angles."""
    base = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, -1.0]])  # columns x_T=+y_P, y_T=+x_P, z_T=-z_P
    return base @ rot_x(np.radians(work_deg)) @ rot_y(np.radians(push_deg))


def nearest(robot, X_BF: np.ndarray, q_ref: np.ndarray) -> np.ndarray:
    sols = robot.kinematics.ik(X_BF[None], q_ref)[0]
    assert len(sols), "test pose out of reach"
    return sols[np.argmin(np.max(np.abs(sols - q_ref), axis=1))]


WELD = WeldSettings(travel_speed_m_s=0.008, wire_feed_m_min=8.5, voltage_v=24.5, current_a=210.0,
                    arc_start_s=0.28, arc_end_s=0.185, weave=("triangle", 0.004, 2.0))


def weld_program(robot_id: str, n_weld: int = 4, weave: bool = True, tool_id: str = "torch_22deg",
                 seam_length_m: float = 0.12) -> tuple[MoveProgram, object, object]:
    """home -> joint air move -> linear approach -> n_weld arc moves -> linear retract -> home."""
    robot = robots()[robot_id]
    tool = tools()[tool_id]
    X_BP = X_from_R_p(np.eye(3), PART_AT[robot_id])
    R = torch_R()
    z = R[:, 2]
    # a seam zigzagging 2 mm either side of the y axis: no weld point lies within the writers' tolerance of the
    # line through its neighbours nor of a circle through three of them, so every planned move is written (as a
    # linear move)
    seam = [np.array([0.002 * (-1) ** k, -seam_length_m / 2 + seam_length_m * k / n_weld, 0.0])
            for k in range(n_weld + 1)]
    weld = WELD if weave else WeldSettings(**{**WELD.__dict__, "weave": None})
    plan = [("air", "joint", seam[0] - 0.15 * z + np.array([0, 0, 0.1]), None, False),
            ("approach", "linear", seam[0], 0.1, False)]
    plan += [("weld", "linear", p, weld.travel_speed_m_s, True) for p in seam[1:]]
    plan += [("retract", "linear", seam[-1] - 0.08 * z, 0.2, False)]
    q = robot.home.copy()
    moves = [Move(kind="joint", q=robot.home.copy(), X_PT=invert_X(X_BP) @ robot.kinematics.fk(robot.home)[0]
                  @ tool.X_FT, role="home", name="home")]
    for role, kind, p, speed, arc in plan:
        X_PT = X_from_R_p(R, p)
        q = nearest(robot, X_BP @ X_PT @ invert_X(tool.X_FT), q)
        moves.append(Move(kind=kind, q=q, X_PT=X_PT, speed_m_s=speed, arc=arc, seam_id="s1" if role != "air" else None,
                          weld=weld if arc else None, role=role))
    moves.append(Move(kind="joint", q=robot.home.copy(), X_PT=moves[0].X_PT, role="home", name="home"))
    prog = MoveProgram(robot_id=robot.id, tool_id=tool.id, X_BP=X_BP, X_FT=tool.X_FT, moves=moves, name="WELD1")
    return prog, robot, tool
