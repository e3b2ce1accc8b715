"""Real controller files from other public projects (tests/data/programs/<vendor>/, sources and licenses in
tests/data/programs/README.md) read by every reader with unsupported="skip": no exception, the motion the
file states plainly, and every statement the reader did not execute listed in program.skipped."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from programs import read_program
from programs.common import ProgramSyntaxError
from tests.programs.prog_testlib import robots, tools

DATA = Path(__file__).resolve().parents[1] / "data" / "programs"
CONTROLLER = {
    "abb": ("abb_rapid", "abb_irb1600_10_145"),
    "kuka": ("kuka_krl", "kuka_kr10_r1420"),
    "fanuc": ("fanuc_tp", "fanuc_m10ia"),
    "yaskawa": ("yaskawa_inform", "yaskawa_ar1440"),
    "ur": ("ur_script", "ur10e"),
}
FILES = sorted(p for p in DATA.glob("*/*") if not p.name.startswith("LICENSE") and p.suffix != ".md")

# Moves each file states, read by hand. ros_rsi.src lines 69 and 92: PTP {A1 0, A2 -90, A3 90, A4 0,
# A5 90, A6 0} (the only motion; RSI_MOVECORR() is sensor-driven and has no target). The other files move
# only to targets held in variables or position registers (ROS_motion.mod lines 62-63 'IF (NOT skip_move)
# MoveAbsJ target, ...'; ros_movesm.ls line 22 'J PR[2]') or not at all (ros.ls, the JBIs, the Polyscope
# X script: I/O, timers and waits).
EXPECTED_DEG = {"ros_rsi.src": [[0, -90, 90, 0, 90, 0]] * 2}
# Statements each file must list as skipped (file line: why), read by hand.
EXPECTED_SKIPPED = {
    "ROS_motion.mod": ["ROS_motion.mod:48:5: WHILE", "ROS_motion.mod:62:17: IF", "ROS_motion.mod:74:1: ERROR"],
    "ros_rsi.src": ["ros_rsi.src:73:1: IF"],
    "ros_movesm.ls": ["ros_movesm.ls:43:8: position registers", "ros_movesm.ls:46:8: JMP"],
}


def test_every_vendor_has_real_files() -> None:
    assert {p.parent.name for p in FILES} == set(CONTROLLER)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_reads_real_file(path: Path) -> None:
    controller, robot_id = CONTROLLER[path.parent.name]
    files = {path.name: path.read_text()}
    program = read_program(controller, files, robots()[robot_id], tools()["torch_22deg"], {"unsupported": "skip"})
    expected = EXPECTED_DEG.get(path.name, [])
    assert len(program.moves) == len(expected)
    for move, q_deg in zip(program.moves, expected, strict=True):
        assert move.kind == "joint"
        np.testing.assert_allclose(np.degrees(move.q), q_deg, atol=1e-9)
    for prefix in EXPECTED_SKIPPED.get(path.name, []):
        assert any(s.startswith(prefix) for s in program.skipped), (prefix, program.skipped)


@pytest.mark.parametrize("name", ["ROS_motion.mod", "ros_rsi.src", "ros_movesm.ls"])
def test_default_still_rejects_what_it_cannot_execute(name: str) -> None:
    path = next(p for p in FILES if p.name == name)
    controller, robot_id = CONTROLLER[path.parent.name]
    with pytest.raises(ProgramSyntaxError):
        read_program(controller, {path.name: path.read_text()}, robots()[robot_id], tools()["torch_22deg"])
