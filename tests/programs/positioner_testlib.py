"""Weld programs with external axes for the program tests: prog_testlib's straight seam, mounted on a built-in
positioner and welded in two positioner states, with index moves (the robot standing at home) from the
positioner's home into each state and back.

Geometry is weldplan's own test setup (no external reference numbers): the positioner stands on the floor 1.1 m
in front of the robot, turned to face it; its face plate holds the part so that in the first state the part frame
is prog_testlib's (where the robot reaches the seam comfortably); the second state turns the last axis (the
turntable's, the D500's rotation) 12 deg further, which moves the seam a few centimetres, still within reach.
The robot's joints in each state come from its own IK (nearest the previous point), as in prog_testlib.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from prog_testlib import nearest, weld_program

from kinematics.se3 import X_from_R_p, invert_X, rot_z
from planning.moves import Move, MoveProgram
from planning.positioner import PositionerCell
from robot_models.positioner import load_builtin_positioners

POSITIONER_IDS = ["turntable_1axis", "yaskawa_motopos_d500"]
# the first welding state of each positioner (rad): the turntable turned, the D500 tilted and turned
STATE = {"turntable_1axis": np.radians([35.0]), "yaskawa_motopos_d500": np.radians([-30.0, 50.0])}
SECOND_TURN_RAD = math.radians(12.0)


def positioner_cell(positioner_id: str, X_BP: np.ndarray, q_state: np.ndarray) -> PositionerCell:
    """The positioner 1.1 m along the robot's x axis, facing it (its x axis towards the robot), with the part
    mounted so that at q_state the part frame is X_BP."""
    spec = load_builtin_positioners()[positioner_id]
    X_BPos = X_from_R_p(rot_z(math.pi), np.array([1.1, 0.0, 0.0]))
    X_FP = invert_X(X_BPos @ spec.face_plate(q_state)) @ X_BP
    return PositionerCell(spec, X_BPos, X_FP)


def _group(moves: list[Move], robot, tool, X_BP: np.ndarray, q_ext: np.ndarray) -> list[Move]:
    """The moves (part-frame targets) welded with the part at X_BP: joints from IK nearest the previous point;
    home moves keep the home joints."""
    out: list[Move] = []
    q = robot.home.copy()
    for m in moves:
        if m.role == "home":
            q = robot.home.copy()
            X_PT = invert_X(X_BP) @ robot.kinematics.fk(q)[0] @ tool.X_FT
            out.append(replace(m, q=q, X_PT=X_PT, ext_q=q_ext.copy()))
            continue
        q = nearest(robot, X_BP @ m.X_PT @ invert_X(tool.X_FT), q)
        out.append(replace(m, q=q, ext_q=q_ext.copy()))
    return out


def positioner_program(
    robot_id: str, positioner_id: str, n_weld: int = 4
) -> tuple[MoveProgram, object, object, PositionerCell]:
    """home (positioner at home) -> index to state 1 -> prog_testlib's weld -> home -> index to state 2 -> the
    weld again -> home -> index back to the positioner's home."""
    prog, robot, tool = weld_program(robot_id, n_weld=n_weld)
    q1 = STATE[positioner_id]
    cell = positioner_cell(positioner_id, prog.X_BP, q1)
    q2 = q1.copy()
    q2[-1] += SECOND_TURN_RAD
    spec = cell.spec
    home = prog.moves[0]
    first = replace(home, ext_q=spec.home.copy())
    g1 = _group(prog.moves, robot, tool, cell.X_BP(q1), q1)
    g2 = _group(prog.moves, robot, tool, cell.X_BP(q2), q2)

    def index(after: Move, q_ext: np.ndarray) -> Move:
        return replace(after, kind="joint", role="index", name="", ext_q=q_ext.copy())

    moves = [first, index(first, q1), *g1[1:], index(g1[-1], q2), *g2[1:], index(g2[-1], spec.home)]
    program = replace(prog, X_BP=cell.X_BP(q1), moves=moves, positioner_id=spec.id, name="WELDPOS")
    return program, robot, tool, cell
