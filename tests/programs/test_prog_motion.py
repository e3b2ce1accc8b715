"""Issue 15: motion as a programmer writes it (collinear targets collapsed, zones except at arc start and end)
and the timing of what a program states (zones vs stops, joint speed). Numbers are weldplan's own test setups;
the FANUC, KUKA and Yaskawa table ranges are those of programs.FRAME_NUMBERS (sources there)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from prog_testlib import ROBOT_OF, weld_program

from planning.moves import Move, MoveProgram, with_blends
from planning.timing import time_joint_path, time_moves, time_ptp
from programs import ProgramSyntaxError, numbered_options, read_program, write_program
from programs.common import collinear_keep


def _line_moves(offsets_m: list[float], blend: float | None = 0.001) -> list[Move]:
    """Linear moves to points 2 mm apart along x, each shifted in y by offsets_m[k]; joints are dummies."""
    moves = []
    for k, dy in enumerate(offsets_m):
        X = np.eye(4)
        X[:3, 3] = [0.002 * k, dy, 0.0]
        moves.append(Move("linear", np.zeros(6), X, speed_m_s=0.1, role="approach", seam_id="s", blend_m=blend))
    return moves


def test_a_straight_leg_of_25_points_is_one_move():
    moves = _line_moves([0.0] * 26)
    assert collinear_keep(moves, 1e-4) == [0, 25]


def test_a_point_off_the_line_beyond_the_tolerance_stays():
    offsets = [0.0] * 26
    offsets[12] = 0.00015  # 0.15 mm off a 0.1 mm tolerance
    keep = collinear_keep(_line_moves(offsets), 1e-4)
    assert 12 in keep and keep[0] == 0 and keep[-1] == 25 and len(keep) <= 6, keep
    offsets[12] = 0.00005
    assert collinear_keep(_line_moves(offsets), 1e-4) == [0, 25]


def test_a_stop_is_never_collapsed_and_zero_tolerance_keeps_everything():
    moves = _line_moves([0.0] * 6)
    moves[3] = dataclasses.replace(moves[3], blend_m=0.0)
    assert collinear_keep(moves, 1e-4) == [0, 3, 5]
    assert collinear_keep(moves, 0.0) == list(range(6))


def test_with_blends_stops_only_at_arc_start_arc_end_and_the_ends():
    prog, _, _ = weld_program(ROBOT_OF["abb_rapid"])
    blended = with_blends(prog)
    stops = [i for i, m in enumerate(blended.moves) if m.blend_m == 0.0]
    roles = [m.role for m in blended.moves]
    # home, approach end (arc start), last weld point (arc end), home
    assert [roles[i] for i in stops] == ["home", "approach", "weld", "home"]
    assert stops[2] == max(i for i, m in enumerate(blended.moves) if m.arc)


def test_a_blended_joint_path_is_faster_than_stops_and_one_segment_is_the_ptp_trapezoid():
    v = np.array([2.0, 2.0, 2.0, 3.0, 3.0, 3.0])
    a = np.array([5.0, 5.0, 5.0, 10.0, 10.0, 10.0])
    q = np.array([[0, 0, 0, 0, 0, 0], [1, 0.5, 0.2, 0, 0, 0], [1.5, 1.2, 0.2, 0.3, 0, 0]], dtype=float)
    assert time_joint_path(q[:2], v, a).duration == pytest.approx(time_ptp(q[0], q[1], v, a).duration, rel=1e-9)
    stops = time_ptp(q[0], q[1], v, a).duration + time_ptp(q[1], q[2], v, a).duration
    assert time_joint_path(q, v, a).duration < 0.9 * stops


@pytest.mark.parametrize("lang", ["abb_rapid", "kuka_krl", "fanuc_tp", "yaskawa_inform", "ur_script"])
def test_fine_and_slow_joint_moves_replay_slower(lang):
    prog, robot, tool = weld_program(ROBOT_OF[lang])
    # an air move through three waypoints, as the air-move planner gives them
    home, air = prog.moves[0].q, prog.moves[1].q
    via = [home + (air - home) * s + np.array([0.3, 0, 0, 0, 0, 0]) * np.sin(np.pi * s) for s in (0.33, 0.66)]
    fk = robot.kinematics.fk
    extra = [Move("joint", q, np.linalg.inv(prog.X_BP) @ fk(q[None])[0] @ tool.X_FT, role="air") for q in via]
    prog = dataclasses.replace(prog, moves=[prog.moves[0], *extra, *prog.moves[1:]])
    blended = with_blends(prog)
    t_zone = time_moves(blended, robot.max_speed, robot.max_accel).cycle_time_s
    fine = dataclasses.replace(blended, moves=[dataclasses.replace(m, blend_m=0.0) for m in blended.moves])
    slow = dataclasses.replace(blended, moves=[dataclasses.replace(m, joint_speed=0.5) for m in blended.moves])
    options = {"date": "2025/01/01 00:00"} if lang == "yaskawa_inform" else {}
    replay = {}
    for key, p in (("zone", blended), ("fine", fine), ("slow", slow)):
        back = read_program(lang, write_program(lang, p, robot, tool, options), robot, tool)
        replay[key] = time_moves(back, robot.max_speed, robot.max_accel).cycle_time_s
    assert replay["zone"] == pytest.approx(t_zone, rel=0.03)
    assert replay["fine"] > replay["zone"] + 0.05
    if lang != "abb_rapid":  # RAPID's MoveJ speed is a TCP speed (vmax written): no joint percentage
        assert replay["slow"] > replay["zone"] + 0.01


def test_tool_and_frame_numbers_are_checked_against_the_controller():
    assert numbered_options("kuka_krl", tool_number=16, frame_number=32) == {"tool_no": 16, "base_no": 32}
    assert numbered_options("fanuc_tp", tool_number=None, frame_number=0) == {"uframe": 0}
    with pytest.raises(ValueError, match="tool_number: 17"):
        numbered_options("kuka_krl", tool_number=17)
    with pytest.raises(ValueError, match="frame_number: 10"):
        numbered_options("fanuc_tp", frame_number=10)
    with pytest.raises(ValueError, match="tool_number: abb_rapid selects"):
        numbered_options("abb_rapid", tool_number=1)


def test_unknown_program_option_names_it():
    prog, robot, tool = weld_program(ROBOT_OF["kuka_krl"])
    with pytest.raises(ValueError, match="job_mapping"):
        write_program("kuka_krl", prog, robot, tool, {"job_mapping": {}})
    assert isinstance(prog, MoveProgram)


def test_kuka_selects_the_numbered_tables_and_writes_them_only_when_asked():
    prog, robot, tool = weld_program(ROBOT_OF["kuka_krl"])
    default = write_program("kuka_krl", prog, robot, tool)
    asked = write_program("kuka_krl", prog, robot, tool, {"write_frame_data": True, "tool_no": 3, "base_no": 7})
    src, src_asked = default["WELD1.src"], asked["WELD1.src"]
    assert "\nTOOL_DATA[1]=" not in src and "\nBASE_DATA[1]=" not in src and ";weldplan TOOL_DATA[1]=" in src
    assert "\nTOOL_DATA[3]=" in src_asked and "\nBASE_DATA[7]=" in src_asked
    assert "TOOL_NO 3,BASE_NO 7" in asked["WELD1.dat"]
    for files in (default, asked):
        back = read_program("kuka_krl", files, robot, tool)
        np.testing.assert_allclose(back.X_BP, prog.X_BP, atol=1e-9)
        np.testing.assert_allclose([m.q for m in back.moves], [m.q for m in prog.moves], atol=1e-6)
    with pytest.raises(ValueError, match="tool_no must be 1..16"):
        write_program("kuka_krl", prog, robot, tool, {"tool_no": 17})


@pytest.mark.parametrize("lang", ["fanuc_tp", "yaskawa_inform"])
def test_every_part_of_a_split_program_runs_on_its_own(lang):
    prog, robot, tool = weld_program(ROBOT_OF[lang])
    options = {"max_points_per_file": 4, **({"date": "2025/01/01 00:00"} if lang == "yaskawa_inform" else {})}
    files = write_program(lang, prog, robot, tool, options)
    parts = sorted(f for f in files if "_" in f)
    assert len(parts) >= 2
    for part in parts:
        text = files[part]
        assert ("UFRAME_NUM=1" in text and "UTOOL_NUM=1" in text) if lang == "fanuc_tp" else "'UF1 X" in text
        back = read_program(lang, {part: text}, robot, tool)
        np.testing.assert_allclose(back.X_BP, prog.X_BP, atol=1e-6)


def test_urscript_waits_for_the_arc_established_input_and_stops_without_it():
    prog, robot, tool = weld_program(ROBOT_OF["ur_script"])
    text = next(
        iter(
            write_program(
                "ur_script",
                prog,
                robot,
                tool,
                {"arc_established_input": ("tool_digital", 1), "arc_established_timeout_s": 1.5},
            ).values()
        )
    )
    on = text.index("set_standard_digital_out(0, True)")
    wait = text.index("while not get_tool_digital_in(1):")
    first_weld = text.index("movep(")
    assert on < wait < first_weld
    block = text[wait:first_weld]
    assert "if arc_wait_s > 1.5:" in block and "halt" in block and "popup(" in block
    assert block.index("set_standard_digital_out(0, False)") < block.index("halt")
    back = read_program("ur_script", {"w.script": text}, robot, tool)
    assert len(back.moves) == len(prog.moves)
    assert next(m for m in back.moves if m.arc).weld.arc_start_s == pytest.approx(prog.moves[3].weld.arc_start_s)
    no_wait = next(iter(write_program("ur_script", prog, robot, tool, {"arc_established_input": None}).values()))
    assert "while" not in no_wait
    hidden = text.replace("    sync()\n", "    sync()\n    movel(pose_trans(part_frame, pW1), a=2, v=0.1)\n", 1)
    with pytest.raises(ProgramSyntaxError, match="motion inside if/while"):
        read_program("ur_script", {"w.script": hidden}, robot, tool)


def test_rapid_start_dwell_is_the_ignition_move_delay_not_preflow():
    # seamdata layout (docs/references.md#controllers-2-3, counted from RobotWare Arc modules): purge_time,
    # preflow_time, ign_arc, ign_move_delay, ...
    prog, robot, tool = weld_program(ROBOT_OF["abb_rapid"])
    text = next(iter(write_program("abb_rapid", prog, robot, tool).values()))
    seam = text.split("seamdata seam1:=[", 1)[1]
    purge, preflow = seam.split(",")[:2]
    after_ign_arc = seam.split("],", 1)[1].split(",")
    assert (purge, preflow) == ("0", "0")
    assert float(after_ign_arc[0]) == pytest.approx(prog.moves[3].weld.arc_start_s)
