"""Programs with coordinated motion (issue 14 items 3 and 4): the tube on plate welded in one pass while the Yaskawa
MotoPos D500 turns it (tests/planning/test_coordinated.py plans it) is written in ABB RAPID, the weld targets in a
work object that the positioner moves (ufprog FALSE, ufmec "STN1") each with its own eax_a / eax_b, and read back
through the reader to the same joints of robot and positioner (0.01 deg) and the same cycle time (1 %), the
coordinated moves timed over both sets of axes. KUKA KRL likewise (E6POS with E1/E2 in a $BASE on the positioner's
kinematics), FANUC TP (L / C moves with the COORD option, GP2 in every position) and Yaskawa INFORM (SMOVL / SMOVC
with the station's EC point). URScript has no external axes: it refuses (the API answers 409). An open arc welded
coordinated (the half-round tube, cad.weldments.tube_arc_on_plate) needs nothing more from the writers: its RAPID
program reads back likewise.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from test_prog_positioner import CYCLE_REL_TOL, check_read_back

from planning.coordinated import plan_coordinated
from planning.planner import PlanConfig
from programs import COORDINATED, CoordinatedNotWritten, ProgramSyntaxError, read_program, write_program
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.test_coordinated import ROBOT, TOOL, _planned, tube_cell


def _program():
    _, _, plan = _planned()
    robot, tool = load_builtin_robots()[ROBOT], load_builtin_tools()[TOOL]
    return plan, robot, tool


@pytest.mark.parametrize("lang", COORDINATED)
def test_a_coordinated_program_reads_back_to_the_same_joints_and_cycle_time(lang):
    plan, _, tool = _program()
    program, cell = plan.result.program, plan.positioner
    # the planned ABB IRB 1600 in both: writers and readers take any robot (the API pairs vendor and language)
    robot = load_builtin_robots()[ROBOT]
    back = check_read_back(lang, program, robot, tool, cell)
    # the weld moves come back as coordinated linear moves: the positioner's axes change along the arc
    weld = [m for m in back.moves if m.arc]
    assert all(m.kind == "linear" and m.role == "weld" for m in weld)
    turn = np.degrees(abs(weld[-1].ext_q[1] - weld[0].ext_q[1]))
    assert turn > 350.0


# the robot of each language's vendor (the API writes a plan's program only in its robot vendor's language)
VENDOR_ROBOT = {
    "abb_rapid": "abb_irb1600_10_145",
    "kuka_krl": "kuka_kr10_r1420",
    "fanuc_tp": "fanuc_m10ia",
    "yaskawa_inform": "yaskawa_ar1440",
}


@pytest.mark.parametrize("lang", COORDINATED)
def test_the_plan_of_the_vendors_own_robot_reads_back(lang):
    # the tube on plate planned for the language's own robot: its air path has several joint moves, written with
    # zones, which the plan times with the same blends (planning.moves.with_blends)
    part, task, pcell = tube_cell()
    robot, tool = load_builtin_robots()[VENDOR_ROBOT[lang]], load_builtin_tools()[TOOL]
    plan = plan_coordinated([b.mesh for b in part.bodies], task, robot, tool, pcell, PlanConfig())
    check_read_back(lang, plan.result.program, robot, tool, plan.positioner)


def test_the_rapid_text_states_the_coordinated_work_object_and_circles():
    plan, robot, tool = _program()
    files = write_program("abb_rapid", plan.result.program, robot, tool, {"positioner": plan.positioner})
    text = next(iter(files.values()))
    assert 'wobjdata wobjPart:=[FALSE,FALSE,"STN1"' in text  # robhold FALSE, ufprog FALSE, ufmec STN1
    # with the default collinear tolerance the round seam is written as circles, whose external axes the reader
    # interpolates along the arc: the cycle time still within 1 %
    assert "ArcC " in text
    back = read_program("abb_rapid", files, robot, tool, {"positioner": plan.positioner})
    spec = plan.positioner.spec
    from planning.timing import time_moves

    tl = time_moves(back, robot.max_speed, robot.max_accel, ext_v_max=spec.max_speed, ext_a_max=spec.max_accel)
    assert tl.cycle_time_s == pytest.approx(plan.result.timeline.cycle_time_s, rel=CYCLE_REL_TOL)


def test_the_tp_text_moves_the_robot_with_the_coord_option():
    plan, robot, tool = _program()
    files = write_program("fanuc_tp", plan.result.program, robot, tool, {"positioner": plan.positioner})
    text = next(iter(files.values()))
    assert "DEFAULT_GROUP\t= 1,1,*,*,*;" in text
    mn = text[text.index("/MN") : text.index("/POS")]
    # every linear and circular move coordinated (the circle's end on its continuation line), no joint move
    moves = [ln for ln in mn.splitlines() if re.match(r"\s*(\d+:[LJ] |:\s+P\[)", ln)]
    assert moves and all(("COORD" in ln) == (" J " not in ln and ":J " not in ln) for ln in moves)
    assert any(re.match(r"\s*:\s+P\[\d+\] \d+cm/min (CNT100|FINE) COORD\s+;", ln) for ln in moves)
    # each position holds the positioner's axes (GP2) with the robot's (GP1)
    assert text.count("   GP1:") == text.count("   GP2:") > 0


def test_the_inform_text_moves_the_robot_with_the_station_in_smovl():
    plan, robot, tool = _program()
    files = write_program("yaskawa_inform", plan.result.program, robot, tool, {"positioner": plan.positioner})
    text = next(iter(files.values()))
    assert "///GROUP1 RB1\r\n///GROUP2 ST1" in text
    inst = text[text.index("//INST") :].splitlines()
    assert not any(re.match(r"MOV[LC] ", ln) for ln in inst)  # every linear and circular move coordinated
    assert any(re.fullmatch(r"SMOVL C(\d{5}) V=[\d.]+ PL=\d \+MOVJ EC\1", ln) for ln in inst)
    assert any(re.fullmatch(r"SMOVC C(\d{5}) V=[\d.]+( PL=\d)? \+MOVJ EC\1", ln) for ln in inst)
    assert any(re.fullmatch(r"MOVJ C(\d{5}) VJ=[\d.]+ PL=\d \+MOVJ EC\1 VJ=100.00", ln) for ln in inst)


def test_without_coord_the_tp_circles_are_read_in_the_cell_and_are_no_circles():
    """The COORD option is what makes the reader carry the path with the part: taken out, a circle's start, via
    and end are points in the user frame fixed in the cell, where the torch nearly stands while the part turns
    under it (the planner keeps the welded spot in place), so they make no circle."""
    plan, robot, tool = _program()
    files = write_program("fanuc_tp", plan.result.program, robot, tool, {"positioner": plan.positioner})
    plain = {k: v.replace(" COORD", "") for k, v in files.items()}
    with pytest.raises(ProgramSyntaxError, match="circular move P.*lie on a line"):
        read_program("fanuc_tp", plain, robot, tool, {"positioner": plan.positioner})


def test_urscript_says_coordinated_motion_is_not_written():
    plan, robot, tool = _program()
    with pytest.raises(CoordinatedNotWritten, match="coordinated"):
        write_program("ur_script", plan.result.program, robot, tool, {"positioner": plan.positioner})


def test_the_coordinated_rapid_program_passes_rapidchecker(tmp_path):
    from test_prog_rapidchecker import rapidcheck

    plan, robot, tool = _program()
    result = rapidcheck(
        tmp_path, write_program("abb_rapid", plan.result.program, robot, tool, {"positioner": plan.positioner})
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_open_arc_coordinated_rapid_program_reads_back():
    # the half round's outer fillet (tests/planning/test_coordinated.py plans it): the rotary axis turns over the
    # arc's half turn only; written as circles by default and read back to the same joints and cycle time
    _, _, plan = _planned("arc")
    robot, tool = load_builtin_robots()[ROBOT], load_builtin_tools()[TOOL]
    back = check_read_back("abb_rapid", plan.result.program, robot, tool, plan.positioner)
    weld = [m for m in back.moves if m.arc]
    assert all(m.kind == "linear" and m.role == "weld" for m in weld)
    start = back.moves[back.moves.index(weld[0]) - 1]
    assert np.degrees(abs(weld[-1].ext_q[1] - start.ext_q[1])) == pytest.approx(180.0, abs=0.1)
    files = write_program("abb_rapid", plan.result.program, robot, tool, {"positioner": plan.positioner})
    assert "ArcC " in next(iter(files.values()))
