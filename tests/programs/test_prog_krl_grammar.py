"""Every generated KRL file (.src and .dat) parses with the KUKA Robot Language grammar of antlr/grammars-v4
(kuka/krl.g4, LGPL-3.0-or-later), in Lark's notation in tests/data/grammars/krl.lark: a grammar written by others
from KUKA's documentation, not by the writer's authors. A broken file must fail, so the check can fail.

The grammar is older than ArcTech; the writer's default output (ArcTech calls in folds, TRIGGER, DECL E6POS, C_DIS)
is inside it. Lark's Earley parser takes the ANTLR rules as they are (LALR would need the ANOUT/ANIN rules
changed).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from prog_testlib import weld_program
from test_prog_roundtrip import random_branch_program

from programs import write_program

GRAMMAR = Path(__file__).resolve().parents[1] / "data" / "grammars" / "krl.lark"
KUKA = "kuka_kr10_r1420"


@functools.cache
def _parser():
    try:
        from lark import Lark
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("lark (a dev dependency) is required in CI")
        pytest.skip("lark is not installed: make install")
    return Lark(GRAMMAR.read_text(encoding="utf-8"), parser="earley", lexer="basic", start="start")


def _parse_all(files: dict[str, str]) -> None:
    assert any(n.lower().endswith(".src") for n in files) and any(n.lower().endswith(".dat") for n in files)
    for text in files.values():
        _parser().parse(text if text.endswith("\n") else text + "\n")  # the grammar ends every line with NEWLINE


@pytest.mark.parametrize(
    "options",
    [{}, {"write_frame_data": True}, {"job_numbers": {}}, {"tool_no": 3, "base_no": 2}, {"max_points_per_file": 5}],
    ids=["default", "frame_data", "jobs", "numbers", "split"],
)
def test_weld_program_files_parse_with_the_krl_grammar(options):
    prog, robot, tool = weld_program(KUKA, weave=True)
    if "job_numbers" in options:
        options = {"job_numbers": {sid: 7 for sid in {m.seam_id for m in prog.moves if m.seam_id}}}
    _parse_all(write_program("kuka_krl", prog, robot, tool, options))


def test_random_branch_and_circle_programs_parse_with_the_krl_grammar():
    from test_prog_circles import circle_program

    prog, robot, tool = circle_program(KUKA)
    assert any("CIRC " in t for t in write_program("kuka_krl", prog, robot, tool).values())
    for prog, robot, tool in (random_branch_program(KUKA, 40, seed=5), circle_program(KUKA)):
        _parse_all(write_program("kuka_krl", prog, robot, tool))


@pytest.mark.parametrize(
    "breakage",
    [("\nEND", "\nEDN"), ("LIN ", "LIN LIN "), ("ENDDAT", "ENDDATA")],
    ids=["end", "double-keyword", "enddat"],
)
def test_the_krl_grammar_rejects_a_broken_file(breakage):
    from lark.exceptions import LarkError

    prog, robot, tool = weld_program(KUKA)
    files = write_program("kuka_krl", prog, robot, tool)
    old, new = breakage
    broken = {n: t.replace(old, new) for n, t in files.items()}
    assert broken != files
    with pytest.raises(LarkError):
        _parse_all(broken)
