"""Golden files: the writers' output for the test weld of each language (and a split FANUC program),
generated once, reviewed line by line against docs/references.md#controllers, then compared byte for byte.
Regenerate after an intended change with WELDPLAN_REGEN_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from prog_testlib import ROBOT_OF, weld_program

from programs import read_program, write_program

GOLDEN = Path(__file__).with_name("golden")
CASES = {
    "abb_rapid": {},
    "kuka_krl": {},
    "fanuc_tp": {},
    "yaskawa_inform": {"date": "2025/01/01 00:00"},
    "ur_script": {},
    "fanuc_tp_split": {"max_points_per_file": 4},
}


@pytest.mark.parametrize("case", list(CASES))
def test_writer_output_matches_golden_files(case):
    lang = case.removesuffix("_split")
    prog, robot, tool = weld_program(ROBOT_OF[lang])
    files = write_program(lang, prog, robot, tool, CASES[case])
    folder = GOLDEN / case
    if os.environ.get("WELDPLAN_REGEN_GOLDEN") == "1":
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for name, text in files.items():
            (folder / name).write_bytes(text.encode("utf-8"))
    stored = {p.name: p.read_bytes().decode("utf-8") for p in sorted(folder.iterdir())}
    assert sorted(stored) == sorted(files)
    for name, text in files.items():
        assert text == stored[name], f"{case}/{name} differs from the golden file"
    # the golden files read back (they are programs, not just text)
    back = read_program(lang, stored, robot, tool, {"pulses_per_deg": None} if lang == "yaskawa_inform" else None)
    assert len(back.moves) == len(prog.moves)
