"""Programs with external axes (a positioner): every language that has them writes the positioner's axes and reads
them back to the same joints of robot and positioner and the same cycle time.

The bar is issue 14's: joint values of robot and positioner within 0.01 deg at every target, cycle time within 1 %
(in fact the difference is the rounding of the printed poses, ~1e-4 deg and ~1e-5 s). Programs: weldplan's own
test setups (positioner_testlib: a seam welded in two positioner states of the 1-axis turntable and of the 2-axis
Yaskawa MotoPos D500, with index moves) and a plan of a T-joint turned over on the D500 and standing on the
turntable (planning.indexing, as tests/planning/test_indexing.py plans it).
"""

from __future__ import annotations

import functools
import math
import re

import numpy as np
import pytest
from positioner_testlib import POSITIONER_IDS, positioner_program
from prog_testlib import ROBOT_OF

from cad import default_procedure, detect_seams
from cad import weldments as wm
from kinematics.se3 import X_from_R_p, rot_x, rot_z
from planning.cell import bbox_in_base, part_bbox
from planning.indexing import merged_result, plan_indexed
from planning.moves import MoveProgram
from planning.planner import PlanConfig, SeamTask
from planning.positioner import PositionerCell
from planning.timing import time_moves
from programs import ProgramSyntaxError, read_program, write_program
from robot_models import load_builtin_robots, load_builtin_tools
from robot_models.positioner import load_builtin_positioners

LANGUAGES = ["abb_rapid", "kuka_krl", "fanuc_tp", "yaskawa_inform"]
JOINT_TOL_DEG = 0.01  # issue 14: the same joint values of robot and positioner within 0.01 deg
CYCLE_REL_TOL = 0.01  # issue 14: the same cycle time within 1 %


def _timed(program: MoveProgram, robot, cell: PositionerCell):
    spec = cell.spec
    return time_moves(program, robot.max_speed, robot.max_accel, ext_v_max=spec.max_speed, ext_a_max=spec.max_accel)


def check_read_back(lang: str, prog: MoveProgram, robot, tool, cell: PositionerCell) -> MoveProgram:
    """Write prog with the positioner, read it back, compare every target and the cycle time; the read program."""
    files = write_program(lang, prog, robot, tool, {"positioner": cell})
    back = read_program(lang, files, robot, tool, {"positioner": cell})
    assert back.positioner_id == cell.spec.id
    t_want, t_got = _timed(prog, robot, cell), _timed(back, robot, cell)
    assert t_got.cycle_time_s == pytest.approx(t_want.cycle_time_s, rel=CYCLE_REL_TOL)
    assert t_got.breakdown_s["indexing"] == pytest.approx(t_want.breakdown_s["indexing"], rel=1e-6)
    # the writers leave out weld points on the line through their neighbours: compare the targets they keep, which
    # (collinear_tolerance_mm 0) is every target
    files = write_program(lang, prog, robot, tool, {"positioner": cell, "collinear_tolerance_mm": 0.0})
    back = read_program(lang, files, robot, tool, {"positioner": cell})
    assert len(back.moves) == len(prog.moves)
    q_want = np.degrees([m.q for m in prog.moves])
    q_got = np.degrees([m.q for m in back.moves])
    e_want = np.degrees([m.ext_q for m in prog.moves])
    e_got = np.degrees([m.ext_q for m in back.moves])
    assert np.abs(q_got - q_want).max() < JOINT_TOL_DEG
    assert np.abs(e_got - e_want).max() < JOINT_TOL_DEG
    assert [m.role == "index" for m in back.moves] == [m.role == "index" for m in prog.moves]
    # the index moves keep the robot exactly where it stands (planning.timing's rule for them)
    for i, m in enumerate(back.moves):
        if m.role == "index":
            assert np.array_equal(m.q, back.moves[i - 1].q)
    return back


@pytest.mark.parametrize("positioner_id", POSITIONER_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_programs_with_a_positioner_read_back_to_the_same_joints_and_cycle_time(lang, positioner_id):
    prog, robot, tool, cell = positioner_program(ROBOT_OF[lang], positioner_id)
    assert sum(m.role == "index" for m in prog.moves) == 3
    check_read_back(lang, prog, robot, tool, cell)


# What each language writes for the external axes (sources: docs/references.md#controllers-10)
_SYNTAX = {
    "abb_rapid": [
        r"ActUnit STN1;",
        r"DeactUnit STN1;",
        r"MoveExtJ jIdx1,vmax,fine;",
        r'wobjdata wobjPart:=\[FALSE,FALSE,"STN1",',
        r"CONST jointtarget jIdx1:=\[\[9E\+09(,9E\+09){5}\],\[-30,50(,9E\+09){4}\]\];",
        r"CONST robtarget pW1:=\[\[[^\]]*\],\[[^\]]*\],\[[^\]]*\],\[-30,50(,9E\+09){4}\]\];",
    ],
    "kuka_krl": [
        r"\$BASE=EK\(MACHINE_DEF\[2\]\.ROOT,MACHINE_DEF\[2\]\.MECH_TYPE,BASE_DATA\[1\]\)",
        r"DECL E6POS XP\d+=\{X [^}]*,S \d+,T \d+,E1 -30,E2 50,E3 0,E4 0,E5 0,E6 0\}",
        r"DECL E6AXIS XP\d+=\{A1 [^}]*,E1 -30,E2 50,E3 0,E4 0,E5 0,E6 0\}",
    ],
    "fanuc_tp": [
        r"DEFAULT_GROUP\t= 1,1,\*,\*,\*;",
        r"   GP2:\n\tUF : 1, UT : 1,\n\tJ1=\s+-30\.000000 deg,\tJ2=\s+50\.000000 deg\n\};",
    ],
    "yaskawa_inform": [
        r"///NPOS 20,0,20,0,0,0",
        r"///POSTYPE ANGLE\r\n///ANGLE\r\nEC00000=0\.0000,0\.0000\r\n",
        r"EC00001=-30\.0000,50\.0000",
        r"///GROUP1 RB1\r\n///GROUP2 ST1",
        r"MOVJ C00001 VJ=\d+\.\d\d PL=\d \+MOVJ EC00001 VJ=100\.00",
        r"MOVL C\d{5} V=[\d.]+ PL=\d \+MOVJ EC\d{5} VJ=100\.00",
    ],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_states_the_positioner_axes_in_its_own_syntax(lang):
    prog, robot, tool, cell = positioner_program(ROBOT_OF[lang], "yaskawa_motopos_d500")
    files = write_program(lang, prog, robot, tool, {"positioner": cell, "collinear_tolerance_mm": 0.0})
    text = "\n".join(files.values())
    for pattern in _SYNTAX[lang]:
        assert re.search(pattern, text), (lang, pattern)


def test_yaskawa_station_points_in_pulses():
    prog, robot, tool, cell = positioner_program(ROBOT_OF["yaskawa_inform"], "yaskawa_motopos_d500")
    # 1000 pulses per degree: an arbitrary ratio of this test (a station's real one is in its controller's parameters)
    opts = {"positioner": cell, "station_pulses_per_deg": [1000.0, 1000.0]}
    files = write_program("yaskawa_inform", prog, robot, tool, opts)
    assert "EC00001=-30000,50000" in next(iter(files.values()))
    back = read_program("yaskawa_inform", files, robot, tool, opts)
    np.testing.assert_allclose(np.degrees(back.moves[1].ext_q), [-30.0, 50.0], atol=1e-9)


def test_rapid_with_a_positioner_passes_rapidchecker(tmp_path):
    from test_prog_rapidchecker import rapidcheck

    for positioner_id in POSITIONER_IDS:
        prog, robot, tool, cell = positioner_program(ROBOT_OF["abb_rapid"], positioner_id)
        result = rapidcheck(tmp_path, write_program("abb_rapid", prog, robot, tool, {"positioner": cell}))
        assert result.returncode == 0, result.stdout + result.stderr


def test_krl_with_a_positioner_parses_with_the_krl_grammar():
    from test_prog_krl_grammar import _parse_all

    prog, robot, tool, cell = positioner_program(ROBOT_OF["kuka_krl"], "yaskawa_motopos_d500")
    _parse_all(write_program("kuka_krl", prog, robot, tool, {"positioner": cell}))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_program_with_external_axes_needs_the_positioner_to_be_read(lang):
    prog, robot, tool, cell = positioner_program(ROBOT_OF[lang], "turntable_1axis")
    files = write_program(lang, prog, robot, tool, {"positioner": cell})
    if lang == "kuka_krl":
        # KRL points always carry E1..E6: without a positioner they are ignored, but the EK base is not readable
        with pytest.raises(ProgramSyntaxError, match="positioner"):
            read_program(lang, files, robot, tool)
        return
    if lang in ("fanuc_tp", "yaskawa_inform"):
        # fixed user frames: the robot's motion reads alone; the index moves are robot standstills
        back = read_program(lang, files, robot, tool)
        assert back.positioner_id is None and all(m.ext_q is None for m in back.moves)
        return
    with pytest.raises(ProgramSyntaxError, match="positioner"):
        read_program(lang, files, robot, tool)


def test_writers_refuse_external_axes_without_the_positioner_and_urscript_has_none():
    prog, robot, tool, cell = positioner_program(ROBOT_OF["abb_rapid"], "turntable_1axis")
    with pytest.raises(ValueError, match="positioner"):
        write_program("abb_rapid", prog, robot, tool)
    other = PositionerCell(load_builtin_positioners()["yaskawa_motopos_d500"], cell.X_BPos, cell.X_FP)
    with pytest.raises(ValueError, match="positioner"):
        write_program("abb_rapid", prog, robot, tool, {"positioner": other})
    # URScript has no external axes: its writer takes no positioner, so a program with ext_q is refused
    with pytest.raises(ValueError, match="positioner"):
        write_program("ur_script", prog, robot, tool)


def test_robot_and_positioner_moving_together_is_refused_by_the_reader():
    # an index move whose robot joints also change: coordinated motion, which weldplan does not time
    prog, robot, tool, cell = positioner_program(ROBOT_OF["kuka_krl"], "turntable_1axis")
    files = write_program("kuka_krl", prog, robot, tool, {"positioner": cell})
    name = next(n for n in files if n.endswith(".dat"))
    dat = files[name].splitlines()
    k = next(i for i, line in enumerate(dat) if "E6AXIS" in line and "E1 35," in line and "A1 0," in line)
    dat[k] = dat[k].replace("A1 0,", "A1 5,")
    with pytest.raises(ProgramSyntaxError, match="together"):
        read_program("kuka_krl", {**files, name: "\n".join(dat) + "\n"}, robot, tool, {"positioner": cell})


# ------------------------------------------------------------------------------------------- planned programs


def _on_plate(meshes: list, spec, X_BPos: np.ndarray, R_FP: np.ndarray) -> PositionerCell:
    # the part turned by R_FP and set on the plate centre, its lowest point on the plate
    X_FP = np.eye(4)
    X_FP[:3, :3] = R_FP
    lo, hi = bbox_in_base(part_bbox(meshes), X_FP)
    X_FP[:3, 3] = [-(lo[0] + hi[0]) / 2, -(lo[1] + hi[1]) / 2, -lo[2]]
    return PositionerCell(spec, X_BPos, X_FP)


@functools.cache
def _planned(positioner_id: str) -> tuple[MoveProgram, PositionerCell]:
    """One fillet of a T-joint (250 mm web) planned on a positioner for the ABB IRB 1600: turned over on the D500
    (placed as in tests/planning/test_indexing.py), standing on the turntable placed there too."""
    part = wm.weldment_part(wm.t_joint(web_height=0.25))
    tasks = [SeamTask("t_joint_0", s, default_procedure(s)) for s in detect_seams(part)][:1]
    meshes = [b.mesh for b in part.bodies]
    robot, tool = load_builtin_robots()[ROBOT_OF["abb_rapid"]], load_builtin_tools()["torch_22deg"]
    spec = load_builtin_positioners()[positioner_id]
    X_BPos = X_from_R_p(rot_z(math.radians(120.0)), np.array([0.5, -0.9, 0.0]))
    cell = _on_plate(meshes, spec, X_BPos, rot_x(math.pi) if positioner_id == "yaskawa_motopos_d500" else np.eye(3))
    plan = plan_indexed(meshes, tasks, robot, tool, cell, PlanConfig())
    return merged_result(plan, tasks, robot).program, cell


@pytest.mark.parametrize("positioner_id", POSITIONER_IDS)
def test_a_planned_positioner_program_reads_back_in_rapid(positioner_id):
    program, cell = _planned(positioner_id)
    robot, tool = load_builtin_robots()[program.robot_id], load_builtin_tools()[program.tool_id]
    assert program.positioner_id == positioner_id and any(m.arc for m in program.moves)
    # the D500 turns the overhead fillet flat (index moves out and back); on the turntable the upright T-joint's
    # fillet is welded where it stands (a turn changes no welding position), every target carrying the axis
    indexed = any(m.role == "index" for m in program.moves)
    assert indexed == (positioner_id == "yaskawa_motopos_d500")
    check_read_back("abb_rapid", program, robot, tool, cell)
