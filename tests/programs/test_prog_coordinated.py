"""Programs with coordinated motion (issue 14 items 3 and 4): the tube on plate welded in one pass while the Yaskawa
MotoPos D500 turns it (tests/planning/test_coordinated.py plans it) is written in ABB RAPID, the weld targets in a
work object that the positioner moves (ufprog FALSE, ufmec "STN1") each with its own eax_a / eax_b, and read back
through the reader to the same joints of robot and positioner (0.01 deg) and the same cycle time (1 %), the
coordinated moves timed over both sets of axes. KUKA KRL likewise (E6POS with E1/E2 in a $BASE on the positioner's
kinematics). FANUC TP and Yaskawa INFORM refuse to write it (the API answers 409: not written yet): read back, their
frames stay fixed in the cell and the weld comes back a third as long (measured: 8.9 s of 26.6 s).
"""

from __future__ import annotations

import numpy as np
import pytest
from test_prog_positioner import CYCLE_REL_TOL, check_read_back

from programs import COORDINATED, CoordinatedNotWritten, read_program, write_program
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.test_coordinated import ROBOT, TOOL, _planned


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


@pytest.mark.parametrize("lang", ["fanuc_tp", "yaskawa_inform"])
def test_other_languages_say_coordinated_motion_is_not_written_yet(lang):
    plan, robot, tool = _program()
    with pytest.raises(CoordinatedNotWritten, match="coordinated"):
        write_program(lang, plan.result.program, robot, tool, {"positioner": plan.positioner})


def test_the_coordinated_rapid_program_passes_rapidchecker(tmp_path):
    from test_prog_rapidchecker import rapidcheck

    plan, robot, tool = _program()
    result = rapidcheck(
        tmp_path, write_program("abb_rapid", plan.result.program, robot, tool, {"positioner": plan.positioner})
    )
    assert result.returncode == 0, result.stdout + result.stderr
