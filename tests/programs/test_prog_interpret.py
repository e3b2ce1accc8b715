"""The shared interpreter of parsed motion statements (programs/interpret.py, issue 18). Oracles: the numbers are
set here by hand (a 50 % override halves a 10 mm/s weld speed to 5 mm/s; 21 nested calls exceed the limit of 20)."""

from __future__ import annotations

import numpy as np
import pytest

from planning.moves import WeldSettings
from programs.common import ProgramSyntaxError, RawMove, Source
from programs.interpret import MAX_CALL_DEPTH, Interpreter

WELD = WeldSettings(
    travel_speed_m_s=0.010,
    wire_feed_m_min=8.0,
    voltage_v=24.0,
    current_a=200.0,
    arc_start_s=0.2,
    arc_end_s=0.1,
    weave=None,
)
SRC = Source("p.txt", "line one\nline two\n")


def _raw(kind: str = "linear") -> RawMove:
    return RawMove(kind, ("p.txt", 1, 1), X_PT=np.eye(4))


def test_arc_run_takes_weld_at_arc_off_and_the_override_at_each_move():
    it = Interpreter(None, {})
    it.move(_raw(), 0.1)  # approach: arc off
    it.set_override(50, SRC, 0, "OVERRIDE")
    it.arc_on(lambda raw: WELD)
    a = it.move(_raw())  # no speed of its own: the weld speed under 50 %
    it.set_override(100, SRC, 0, "OVERRIDE")
    b = it.move(_raw(), 0.02)  # its own speed, full override
    it.arc_off()
    assert it.raws[0].arc is False and it.raws[0].speed_m_s == pytest.approx(0.1)
    assert a.arc and a.weld is WELD and a.speed_m_s == pytest.approx(0.005)
    assert b.arc and b.weld is WELD and b.speed_m_s == pytest.approx(0.02)


def test_a_new_arc_on_mid_run_closes_the_run_going_on():
    it = Interpreter(None, {})
    it.arc_on(lambda raw: WELD)
    first = it.move(_raw())
    other = WeldSettings(**{**WELD.__dict__, "current_a": 150.0})
    it.arc_on(lambda raw: other)
    second = it.move(_raw())
    it.arc_off()
    assert first.weld is WELD and second.weld is other and first.speed_m_s == pytest.approx(0.01)


def test_joint_move_while_the_arc_burns_and_bad_override_are_errors():
    it = Interpreter(None, {})
    with pytest.raises(ProgramSyntaxError, match="0, 100"):
        it.set_override(120, SRC, 9, "VelSet")
    it.arc_on()
    with pytest.raises(ProgramSyntaxError, match="joint move while the arc"):
        it.move(_raw("joint"))


def test_calls_nest_up_to_the_limit_and_unsupported_skip_records():
    it = Interpreter({"unsupported": "skip"}, {"main": None})
    depth = []

    def body(name: str) -> None:
        depth.append(name)
        it.call(name, body, ("p.txt", 1, 1))

    with pytest.raises(ProgramSyntaxError, match="nested too deeply"):
        it.call("A", body, ("p.txt", 1, 1))
    assert len(depth) == MAX_CALL_DEPTH
    it.control_flow(SRC, 9, "IF")
    assert it.unsupported.skipped == ["p.txt:2:1: IF: control flow is not supported by the weldplan reader"]
    with pytest.raises(ValueError, match="unknown option"):
        Interpreter({"bogus": 1}, {"main": None}, "ur_script")
