"""Issue 15: circular seams written with circular moves (RAPID ArcC, KRL CIRC, FANUC C, INFORM MOVC, URScript
movec) and read back along the circle.

Oracle: an analytic circle (centre, radius, angle) chosen here, not computed by the code under test: the weld
points are sampled on it with the torch turning with the tangent, and every point a reader gives back must lie
on it, and the replay must take the arc length at the weld speed. Syntax per language:
docs/references.md#controllers-9."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from prog_testlib import PART_AT, ROBOT_OF, WELD, nearest, robots, tools, torch_R

from kinematics.se3 import X_from_R_p, invert_X, rot_z, rotation_angle
from planning.moves import Move, MoveProgram, WeldSettings
from planning.timing import time_moves
from programs import read_program, write_program
from programs.common import arc_poses, motion_keep, written

RADIUS_M = 0.04
CENTRE = np.array([0.0, 0.0, 0.0])
SPEED = 0.008  # m/s: the weld speed of prog_testlib.WELD


def _on_circle(X: np.ndarray) -> tuple[float, float]:
    """(radial, axial) distance (m) of a TCP position from the analytic circle in the part's xy plane."""
    p = X[:3, 3] - CENTRE
    return abs(math.hypot(p[0], p[1]) - RADIUS_M), abs(p[2])


def _R_at(phi: float) -> np.ndarray:
    """Torch orientation at polar angle phi: prog_testlib's torch turned about the circle's axis with the tangent."""
    return rot_z(phi) @ torch_R()


def circle_program(robot_id: str, span_deg: float = 300.0, n_weld: int = 120) -> tuple[MoveProgram, object, object]:
    """home -> air -> approach to the circle start -> n_weld arc moves along span_deg of the circle -> retract."""
    robot = robots()[robot_id]
    tool = tools()["torch_22deg"]
    X_BP = X_from_R_p(np.eye(3), PART_AT[robot_id])
    phis = np.radians(np.linspace(0.0, span_deg, n_weld + 1))
    seam = [X_from_R_p(_R_at(p), CENTRE + RADIUS_M * np.array([math.cos(p), math.sin(p), 0.0])) for p in phis]
    z0 = seam[0][:3, 2]
    air = X_from_R_p(seam[0][:3, :3], seam[0][:3, 3] - 0.1 * z0)
    ret = X_from_R_p(seam[-1][:3, :3], seam[-1][:3, 3] - 0.08 * seam[-1][:3, 2])
    weld = WeldSettings(**{**WELD.__dict__, "weave": None})
    plan = [("air", "joint", air, None, False), ("approach", "linear", seam[0], 0.1, False)]
    plan += [("weld", "linear", X, SPEED, True) for X in seam[1:]]
    plan += [("retract", "linear", ret, 0.2, False)]
    home_X = invert_X(X_BP) @ robot.kinematics.fk(robot.home)[0] @ tool.X_FT
    moves = [Move("joint", robot.home.copy(), home_X, role="home", name="home")]
    q = robot.home.copy()
    for role, kind, X, speed, arc in plan:
        q = nearest(robot, X_BP @ X @ invert_X(tool.X_FT), q)
        moves.append(
            Move(
                kind,
                q,
                X,
                speed_m_s=speed,
                arc=arc,
                seam_id="c1" if role != "air" else None,
                weld=weld if arc else None,
                role=role,
            )
        )
    moves.append(Move("joint", robot.home.copy(), home_X, role="home", name="home"))
    return MoveProgram(robot.id, tool.id, X_BP, tool.X_FT, moves, name="CIRC1"), robot, tool


def test_arc_poses_lie_on_the_circle_with_the_orientation_turning_with_it():
    phis = np.radians([0.0, 50.0, 100.0])
    X = [X_from_R_p(_R_at(p), RADIUS_M * np.array([math.cos(p), math.sin(p), 0.0])) for p in phis]
    path = arc_poses(X[0], X[1], X[2], sag_m=1e-5)
    for Xk in path:
        radial, axial = _on_circle(Xk)
        assert radial < 1e-12 and axial < 1e-12
        phi = math.atan2(Xk[1, 3], Xk[0, 3])
        assert float(rotation_angle(Xk[:3, :3], _R_at(phi))) < 1e-9
    # chords within 10 um of the circle: sag = r (1 - cos(step / 2))
    steps = np.diff(np.unwrap([math.atan2(Xk[1, 3], Xk[0, 3]) for Xk in [X[0], *path]]))
    assert np.all(RADIUS_M * (1 - np.cos(steps / 2)) <= 1e-5 + 1e-15)
    assert any(np.allclose(Xk[:3, 3], X[1][:3, 3]) for Xk in path) and np.allclose(path[-1], X[2])


def test_motion_keep_writes_a_circle_as_circular_moves_of_at_most_150_degrees():
    prog, _, _ = circle_program("abb_irb1600_10_145")
    w = written(prog, np.array([m.q for m in prog.moves]), 0.1)
    weld_circles = [e for e in w.circles if w.program.moves[e].arc]
    # 300 deg of circle: at least two circular moves of <= 150 deg each, nothing left as a line
    assert len(weld_circles) >= 2
    assert sum(m.arc for m in w.program.moves) == 2 * len(weld_circles)
    angles = [math.atan2(m.X_PT[1, 3], m.X_PT[0, 3]) for m in w.program.moves if m.arc]
    assert np.all(np.diff(np.unwrap([0.0, *angles])) <= math.radians(150.0) / 2 + 1e-9)


def test_points_off_the_circle_beyond_the_tolerance_stay():
    prog, _, _ = circle_program("abb_irb1600_10_145", span_deg=90.0, n_weld=30)
    moves = list(prog.moves)
    k = 3 + 15
    X = moves[k].X_PT.copy()
    X[:3, 3] *= (RADIUS_M + 0.00015) / RADIUS_M  # 0.15 mm outside a 0.1 mm tolerance
    moves[k] = Move(**{**moves[k].__dict__, "X_PT": X})
    keep, _ = motion_keep([Move(**{**m.__dict__, "blend_m": 0.001}) for m in moves], 1e-4)
    assert k in keep


CIRCULAR = {
    "abb_rapid": r"^\s*ArcC(End)? \w+,\w+,",
    "kuka_krl": r"^CIRC X\w+, X\w+",
    "fanuc_tp": r"^\s*\d+:C P\[\d+\]\s*\n\s*:\s+P\[\d+\] ",
    "yaskawa_inform": r"^MOVC C\d+ V=[\d.]+\r?\nMOVC C\d+ V=[\d.]+\r?\nMOVC C\d+ V=",
    "ur_script": r"^\s*movec\(pose_trans\(part_frame, \w+\), pose_trans\(part_frame, \w+\), .*mode=0\)",
}


@pytest.mark.parametrize("lang", list(CIRCULAR))
def test_each_language_writes_circular_moves_and_reads_them_back_on_the_circle(lang: str):
    prog, robot, tool = circle_program(ROBOT_OF[lang])
    w = written(prog, np.array([m.q for m in prog.moves]), 0.1)
    files = write_program(lang, prog, robot, tool, {"date": "2025/01/01 00:00"} if lang == "yaskawa_inform" else None)
    text = "\n".join(files.values())
    assert len(re.findall(CIRCULAR[lang], text, re.M)) == len(w.circles)
    back = read_program(lang, files, robot, tool)
    welds = [m for m in back.moves if m.arc]
    X_BT = robot.kinematics.fk(np.array([m.q for m in welds])) @ tool.X_FT
    for m, X in zip(welds, X_BT, strict=True):
        radial, axial = _on_circle(invert_X(prog.X_BP) @ X)
        # files hold mm with 3 decimals (URScript m with 6 decimals): 1 um rounding, a 10 um chord sag
        assert radial < 2e-5 and axial < 2e-6
        phi = math.atan2(m.X_PT[1, 3], m.X_PT[0, 3])
        assert float(rotation_angle(m.X_PT[:3, :3], _R_at(phi))) < math.radians(0.05)
    # arc time: 300 deg of a 40 mm circle at 8 mm/s, plus the same stops and legs as the planned program
    planned = time_moves(prog, robot.max_speed, robot.max_accel).cycle_time_s
    replayed = time_moves(back, robot.max_speed, robot.max_accel).cycle_time_s
    assert abs(replayed / planned - 1.0) < 0.01, (replayed, planned)
    assert RADIUS_M * math.radians(300.0) / SPEED < replayed
