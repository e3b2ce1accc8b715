"""Issue 15 item 3: weld process data in the program. Yaskawa INFORM writes ARCON / ARCOF either with condition
files (ASF#(n) / AEF#(n), the controller's) or with direct values (AC= current A, AV= voltage V, T= timer s;
docs/references.md#controllers-5-2). Oracle: prog_testlib.WELD (210 A, 24.5 V, 0.28 s start, 0.185 s end, which
the 0.01 s timer holds as 0.18: the binary 0.185 lies just below the half)."""

from __future__ import annotations

import re

import pytest
from prog_testlib import ROBOT_OF, WELD, weld_program

from programs import CONTROLLERS, job_number_options, read_program, write_program

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


# KUKA ArcTech job mode (issue 15 item 3): a mapping {seam id: job number} puts each seam's job number into the
# channel after the weld values (Channel4 with the default three: wire feed, voltage, current).
KRL = "kuka_krl"


def _krl(options: dict) -> str:
    prog, robot, tool = weld_program(ROBOT_OF[KRL])
    return "".join(write_program(KRL, prog, robot, tool, options).values())


def test_kuka_job_numbers_go_to_the_channel_after_the_weld_values_of_every_weld_data():
    wdats = re.findall(r"DECL stArcDat_T WDAT\d+=\{.*", _krl({"job_numbers": {"s1": 7}}))
    assert wdats and all('JobModeId[] "Job mode"' in w for w in wdats)
    # every Strike / Weld / Crater block of the seam's weld data selects job 7 in Channel4
    assert all(set(re.findall(r"Channel4 ([\d.]+)", w)) == {"7"} for w in wdats)
    plain = re.findall(r"DECL stArcDat_T WDAT\d+=\{.*", _krl({}))
    assert all(set(re.findall(r"Channel4 ([\d.]+)", w)) == {"0"} for w in plain)
    # the weld values stay in Channel1..3 and read back as before
    assert re.findall(r"Channel3 ([\d.]+)", wdats[0])[0] == f"{WELD.current_a:g}"


@pytest.mark.parametrize(
    "mapping, needle",
    [
        ({"s2": 3}, "not seams this program welds"),  # a seam id the plan does not have
        ({"s1": 0}, "not a job number"),
        ({"s1": 2.5}, "not a job number"),
    ],
)
def test_kuka_bad_job_numbers_name_the_option(mapping, needle):
    with pytest.raises(ValueError, match=f"job_numbers: .*{needle}"):
        _krl({"job_numbers": mapping})


def test_job_channel_must_be_free_and_other_languages_refuse_job_numbers():
    with pytest.raises(ValueError, match="job_channel"):
        _krl({"job_numbers": {"s1": 7}, "job_channel": 2})
    prog, _, _ = weld_program(ROBOT_OF[KRL])
    assert job_number_options(KRL, prog, {"s1": 7}) == {"job_numbers": {"s1": 7}}
    with pytest.raises(ValueError, match="job_numbers: fanuc_tp does not select"):
        job_number_options("fanuc_tp", prog, {"s1": 7})
