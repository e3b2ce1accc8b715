"""Issue 15 item 3: weld process data in the program. Yaskawa INFORM writes ARCON / ARCOF either with condition
files (ASF#(n) / AEF#(n), the controller's) or with direct values (AC= current A, AV= voltage V, T= timer s;
docs/references.md#controllers-5-2). Oracle: prog_testlib.WELD (210 A, 24.5 V, 0.28 s start, 0.185 s end, which
the 0.01 s timer holds as 0.18: the binary 0.185 lies just below the half)."""

from __future__ import annotations

import re

import pytest
from prog_testlib import ROBOT_OF, WELD, weld_program

from programs import CONTROLLERS, read_program, write_program

LANG = "yaskawa_inform"


def _files(process_data: str) -> dict[str, str]:
    prog, robot, tool = weld_program(ROBOT_OF[LANG])
    return write_program(LANG, prog, robot, tool, {"date": "2025/01/01 00:00", "process_data": process_data})


def test_inline_arcon_states_current_voltage_and_timers_and_reads_back_without_remarks():
    text = "".join(_files("inline").values())
    assert "ARCON AC=210 AV=24.5 T=0.28" in text and "ARCOF AC=210 AV=24.5 T=0.18" in text
    assert "ASF#" not in text and "AEF#" not in text
    # no condition-file remarks to lean on: the values come from the ARCON / ARCOF lines alone
    assert not re.search(r"^'ASF", text, re.M)
    _, robot, tool = weld_program(ROBOT_OF[LANG])
    welds = [m.weld for m in read_program(LANG, {"W.JBI": text}, robot, tool).moves if m.arc]
    assert welds and all(w.current_a == WELD.current_a and w.voltage_v == WELD.voltage_v for w in welds)
    assert all(w.arc_start_s == 0.28 and w.arc_end_s == 0.18 for w in welds)


def test_controller_mode_selects_condition_files():
    text = "".join(_files("controller").values())
    assert re.search(r"^ARCON ASF#\(1\)", text, re.M) and re.search(r"^ARCOF AEF#\(1\)", text, re.M)
    assert "AC=" not in text


def test_unknown_mode_names_the_option_and_languages_declare_their_modes():
    with pytest.raises(ValueError, match="process_data"):
        _files("both")
    assert {c: m.LANGUAGE.process_data for c, m in CONTROLLERS.items()} == {
        "abb_rapid": ("inline",),
        "kuka_krl": ("inline",),
        "fanuc_tp": ("controller",),
        "yaskawa_inform": ("controller", "inline"),
        "ur_script": ("inline",),
    }
