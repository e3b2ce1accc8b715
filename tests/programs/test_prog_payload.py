"""Issue 15 item 4: the torch's payload (robot_models/tools/*/tool.yaml mass_kg and com_mm, a named assumption
there) where a language sets it: RAPID tooldata load, KRL LOAD_DATA (with write_frame_data), URScript
set_payload; FANUC and Yaskawa keep it in controller tables and state it in a remark."""

from __future__ import annotations

import re

import yaml
from prog_testlib import ROBOT_OF, weld_program

from programs import write_program

TOOL_YAML = "robot_models/tools/torch_22deg/tool.yaml"


def _payload() -> tuple[float, list[float]]:
    with open(TOOL_YAML) as f:
        data = yaml.safe_load(f)
    return float(data["mass_kg"]), [float(v) for v in data["com_mm"]]


def _write(lang: str, options: dict | None = None) -> str:
    prog, robot, tool = weld_program(ROBOT_OF[lang])
    opts = {"date": "2025/01/01 00:00"} if lang == "yaskawa_inform" else {}
    return "\n".join(write_program(lang, prog, robot, tool, {**opts, **(options or {})}).values())


def test_rapid_tooldata_load_is_the_torch_mass_and_centre_of_mass():
    mass, com = _payload()
    m = re.search(r"PERS tooldata \w+:=\[TRUE,\[\[[^\]]*\],\[[^\]]*\]\],\[([\d.]+),\[([^\]]*)\]", _write("abb_rapid"))
    assert m and float(m.group(1)) == mass
    assert [float(v) for v in m.group(2).split(",")] == com


def test_krl_load_data_only_with_write_frame_data():
    mass, com = _payload()
    assert re.search(r"^;weldplan LOAD_DATA\[1\]=", _write("kuka_krl"), re.M)
    m = re.search(
        r"^LOAD_DATA\[1\]=\{M ([\d.]+),CM \{X ([-\d.]+),Y ([-\d.]+),Z ([-\d.]+),",
        _write("kuka_krl", {"write_frame_data": True}),
        re.M,
    )
    assert m and float(m.group(1)) == mass and [float(v) for v in m.groups()[1:]] == com


def test_urscript_sets_the_payload():
    mass, com = _payload()
    m = re.search(r"set_payload\(([\d.]+), \[([^\]]*)\]\)", _write("ur_script"))
    assert m and float(m.group(1)) == mass
    assert [round(float(v) * 1e3, 6) for v in m.group(2).split(",")] == com


def test_fanuc_and_yaskawa_state_the_payload_in_a_remark():
    mass, _ = _payload()
    assert f"! LOAD {mass:.3f}KG" in _write("fanuc_tp")
    assert f"'LOAD {mass:.3f}KG" in _write("yaskawa_inform")
