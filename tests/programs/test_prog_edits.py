"""Readers accept common hand edits (changed speed, removed line, renamed point) and report syntax
errors and unknown point names as ProgramSyntaxError with the file, line and column of the fault."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
from prog_testlib import ROBOT_OF, weld_program
from test_prog_roundtrip import check_round_trip

from planning.moves import MoveProgram
from programs import ProgramSyntaxError, read_program, write_program

# Per language: (file to edit, changed-speed edit (old, new, move index, new speed m/s),
# removed text (a whole line or fold) and the index of the move it held, rename (old, new), unknown-name
# edit (old, new, the token that must be reported)).
EDITS = {
    "abb_rapid": dict(speed=("MoveL pRet1,v200,", "MoveL pRet1,v500,", 7, 0.5),
                      remove=("        ArcL pW2,", 4), rename=("pW3", "pSeamMiddle"),
                      unknown=("ArcL pW3,", "ArcL pW9,", "pW9")),
    "kuka_krl": dict(speed=("BAS(#CP_PARAMS,0.2)", "BAS(#CP_PARAMS,0.35)", 7, 0.35),
                     remove=(";FOLD ARCSWI WDAT3 ", 4), rename=("XP6", "XSEAM_MIDDLE"),
                     unknown=("LIN XP6 C_DIS", "LIN XP66 C_DIS", "XP66")),
    "fanuc_tp": dict(speed=("L P[8] 200mm/sec", "L P[8] 350mm/sec", 7, 0.35),
                     remove=("L P[5] 8mm/sec", 4), rename=("P[6]", "P[16]"),
                     unknown=(":L P[6] ", ":L P[42] ", "P[42]")),
    "yaskawa_inform": dict(speed=("MOVL C00007 V=200.0", "MOVL C00007 V=350.0", 7, 0.35),
                           remove=("MOVL C00004 ", 4), rename=("C00005", "C00015"),
                           unknown=("MOVL C00005", "MOVL C00099", "C00099")),
    "ur_script": dict(speed=("pRet1), a=2, v=0.2, r=0.005)", "pRet1), a=2, v=0.35, r=0.005)", 7, 0.35),
                      remove=("  movep(pose_trans(part_frame, pW2)", 4), rename=("pW3", "seam_middle"),
                      unknown=("part_frame, pW3)", "part_frame, pW33)", "pW33")),
}
LANGS = list(EDITS)
OPTIONS = {"yaskawa_inform": {"date": "2025/01/01 00:00"}}


def _setup(lang: str):
    prog, robot, tool = weld_program(ROBOT_OF[lang])
    files = write_program(lang, prog, robot, tool, OPTIONS.get(lang, {}))
    main = next(iter(files)) if lang != "kuka_krl" else next(f for f in files if f.endswith(".src"))
    return prog, robot, tool, files, main


def _without(prog: MoveProgram, index: int) -> MoveProgram:
    moves = [m for i, m in enumerate(prog.moves) if i != index]
    return dataclasses.replace(prog, moves=moves)


def _remove_block(text: str, marker: str) -> str:
    """Drop the line holding marker, or the whole ;FOLD ... ;ENDFOLD block it opens (KRL)."""
    nl = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(nl)
    k = next(i for i, line in enumerate(lines) if marker in line)
    end = k
    if lines[k].startswith(";FOLD"):
        depth = 0
        for end in range(k, len(lines)):
            if lines[end].startswith(";FOLD"):
                depth += 1
            if lines[end].startswith(";ENDFOLD"):
                depth -= 1
                if depth == 0:
                    break
    return nl.join(lines[:k] + lines[end + 1 :])


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize("lang", LANGS)
def test_changed_speed(lang):
    prog, robot, tool, files, main = _setup(lang)
    old, new, index, speed = EDITS[lang]["speed"]
    assert files[main].count(old) == 1
    edited = {**files, main: files[main].replace(old, new)}
    back = read_program(lang, edited, robot, tool)
    want = dataclasses.replace(prog, moves=[dataclasses.replace(m, speed_m_s=speed) if i == index else m
                                            for i, m in enumerate(prog.moves)])
    check_round_trip(lang, want, back, robot, tool, OPTIONS.get(lang, {}))


@pytest.mark.parametrize("lang", LANGS)
def test_removed_line(lang):
    prog, robot, tool, files, main = _setup(lang)
    marker, index = EDITS[lang]["remove"]
    edited = {**files, main: _remove_block(files[main], marker)}
    back = read_program(lang, edited, robot, tool)
    check_round_trip(lang, _without(prog, index), back, robot, tool, OPTIONS.get(lang, {}))


@pytest.mark.parametrize("lang", LANGS)
def test_renamed_point(lang):
    prog, robot, tool, files, main = _setup(lang)
    old, new = EDITS[lang]["rename"]
    edited = {f: t.replace(old, new) for f, t in files.items()}
    assert edited != files
    back = read_program(lang, edited, robot, tool)
    check_round_trip(lang, prog, back, robot, tool, OPTIONS.get(lang, {}))
    assert any(new.strip("XP[]").lower() in m.name.lower() or new.lower() in m.name.lower() for m in back.moves)


@pytest.mark.parametrize("lang", LANGS)
def test_unknown_point_name_reports_line_and_column(lang):
    prog, robot, tool, files, main = _setup(lang)
    old, new, token = EDITS[lang]["unknown"]
    text = files[main].replace(old, new, 1)
    with pytest.raises(ProgramSyntaxError) as info:
        read_program(lang, {**files, main: text}, robot, tool)
    err = info.value
    assert err.file == main
    assert (err.line, err.column) == _position(text, text.index(token)), str(err)
    assert f"{err.file}:{err.line}:{err.column}:" in str(err)


# (language, old, new, message fragment, token whose position is reported or None to skip the column)
SYNTAX = [
    ("abb_rapid", "MoveJ pAir1,vmax,z10,tWeldplan\\WObj:=wobjPart;",
     "MoveJ pAir1,vmax,z10,tWeldplan\\WObj:=wobjPart", "missing ';'", None),
    ("abb_rapid", "[-2,-30,0],[", "[-2,-30],[", "3 values", None),
    ("abb_rapid", "ArcL pW1,vWp1,seam1,", "ArcL pW1,vWp1,", "takes 6 arguments", None),
    ("abb_rapid", "CONST robtarget pW2:=[[", "CONST robtarget pW2:=[[[", "bracket", None),
    ("kuka_krl", "END\n", "", "has no END", None),
    ("fanuc_tp", "  17:L P[3] 100mm/sec FINE    ;", "  17:L P[3] 100mm/sec FINE    ", "missing ';'", None),
    ("fanuc_tp", "/MN\n", "/MNX\n", "unknown section", "/MNX"),
    ("fanuc_tp", "L P[3] 100mm/sec", "L P[3] fast", "cannot read speed", "fast"),
    ("yaskawa_inform", "\r\nEND\r\n", "\r\n", "missing END", None),
    ("yaskawa_inform", "///NPOS 9,", "///NPOS 8,", "NPOS counts 8", "///NPOS"),
    ("yaskawa_inform", "MOVJ C00001 VJ=100.00", "MOVJ C00001 VJ=300.00", "VJ must be", "300.00"),
    ("ur_script", "\nend\n", "\n", "missing 'end'", None),
    ("ur_script", "a=2, v=0.1, r=0)", "a=2, v=0.1, r=0", r"expected '\)'", None),
]


@pytest.mark.parametrize("lang,old,new,message,token", SYNTAX)
def test_syntax_errors(lang, old, new, message, token):
    prog, robot, tool, files, main = _setup(lang)
    assert old in files[main], old
    text = files[main].replace(old, new, 1)
    with pytest.raises(ProgramSyntaxError, match=message) as info:
        read_program(lang, {**files, main: text}, robot, tool)
    err = info.value
    assert err.file == main and err.line >= 1 and err.column >= 1
    if token is not None:
        assert (err.line, err.column) == _position(text, text.index(token)), str(err)


def test_kuka_malformed_e6pos_in_dat():
    prog, robot, tool, files, _ = _setup("kuka_krl")
    dat = next(f for f in files if f.endswith(".dat"))
    text = files[dat].replace("Y -30,Z 0,", "Y -30 Z 0,", 1)
    with pytest.raises(ProgramSyntaxError, match="expected ','") as info:
        read_program("kuka_krl", {**files, dat: text}, robot, tool)
    # reported at the 'Z' that follows the value without a comma (krl.g4 gives the same:
    # docs/references.md#controllers-7-1)
    where = _position(text, text.index("Z 0,", text.index("Y -30 Z")))
    assert (info.value.file, info.value.line, info.value.column) == (dat, *where)


def test_files_that_are_no_program():
    prog, robot, tool, files, main = _setup("fanuc_tp")
    with pytest.raises(ProgramSyntaxError):
        read_program("fanuc_tp", {"x.LS": "garbage"}, robot, tool)
    with pytest.raises(ProgramSyntaxError):
        read_program("kuka_krl", {"a.txt": "nothing"}, robot, tool)


def test_fanuc_arc_start_and_end_as_motion_options():
    prog, robot, tool, files, main = _setup("fanuc_tp")
    text = files[main]
    text = re.sub(r"L P\[3\] 100mm/sec FINE    ;\n +\d+:  Arc Start\[1\] ;",
                  "L P[3] 100mm/sec FINE Arc Start[1]    ;", text)
    text = re.sub(r"L P\[7\] 8mm/sec FINE    ;\n( +\d+):  Weave End ;\n +\d+:  Arc End\[1\] ;",
                  r"L P[7] 8mm/sec FINE Arc End[1]    ;\n\1:  Weave End ;", text)
    assert text.count("Arc Start[1]    ;") == 1 and text.count("Arc End[1]    ;") == 1
    back = read_program("fanuc_tp", {main: text}, robot, tool)
    check_round_trip("fanuc_tp", prog, back, robot, tool, {})


def test_rapid_offs_targets():
    prog, robot, tool, files, main = _setup("abb_rapid")
    # retract written as an offset of the last weld point (the skeleton of docs/references.md#controllers-2-1 does this)
    text = files[main].replace("MoveL pRet1,", "MoveL Offs(pW4,0,0,50),")
    back = read_program("abb_rapid", {main: text}, robot, tool)
    X = back.moves[7].X_PT
    np.testing.assert_allclose(X[:3, 3], prog.moves[6].X_PT[:3, 3] + [0, 0, 0.05], atol=1e-9)
    np.testing.assert_allclose(X[:3, :3], prog.moves[6].X_PT[:3, :3], atol=1e-7)


def test_plain_krl_with_literal_targets():
    """Converter-style KRL ([GEN] in docs/references.md#controllers-3-1): $BASE/$TOOL frames, $VEL.CP, PTP/LIN
    literals."""
    prog, robot, tool = weld_program("kuka_kr10_r1420", weave=False)
    from programs import poses

    def frame(X):
        abc = poses.abc_deg_from_R(X[:3, :3])
        p = X[:3, 3] * 1e3
        return f"X {p[0]:.4f},Y {p[1]:.4f},Z {p[2]:.4f},A {abc[0]:.5f},B {abc[1]:.5f},C {abc[2]:.5f}"

    home = np.degrees(robot.home)
    lines = ["DEF PLAIN( )", "$BASE = {FRAME: " + frame(prog.X_BP) + "}", "$TOOL = {FRAME: " + frame(prog.X_FT) + "}",
             "PTP {" + ",".join(f"A{k + 1} {home[k]:.6f}" for k in range(6)) + "}"]
    for m in prog.moves[2:3] + prog.moves[7:8]:
        lines += [f"$VEL.CP = {m.speed_m_s}", "LIN {" + frame(m.X_PT) + "} C_DIS"]
    lines.append("END")
    back = read_program("kuka_krl", {"plain.src": "\n".join(lines) + "\n"}, robot, tool)
    assert [m.kind for m in back.moves] == ["joint", "linear", "linear"]
    # no S and T: the linear targets take the solution nearest the previous joints
    for got, want in zip(back.moves[1:], [prog.moves[2], prog.moves[7]], strict=True):
        assert np.abs(got.q - want.q).max() < 1e-4
        assert got.speed_m_s == pytest.approx(want.speed_m_s)
