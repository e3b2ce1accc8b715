"""Positioners over HTTP: the built-ins with their axes as their sources give them, 404 for others."""

from __future__ import annotations

import httpx

from api_tests.helpers import assert_problem


def test_positioners_list_the_builtins(api: httpx.Client) -> None:
    by_id = {p["id"]: p for p in api.get("/positioners").json()["positioners"]}
    assert {"turntable_1axis", "yaskawa_motopos_d500"} <= set(by_id)
    d500 = api.get("/positioners/yaskawa_motopos_d500").json()
    assert d500 == by_id["yaskawa_motopos_d500"]
    # ros-industrial/motoman motoman_motopos_d500_support @433be15f: tilt +-2.3561 rad at 1.3962 rad/s, rotate
    # +-3.4906 rad at 2.7925 rad/s; face plate (tool0) 380 + 150 mm above the base
    assert d500["dof"] == 2 and d500["kind"] == "tilt_rotate"
    assert [round(v) for v in d500["max_speed_deg_s"]] == [80, 160]
    assert [[round(a) for a in lim] for lim in d500["joint_limits_deg"]] == [[-135, 135], [-200, 200]]
    assert d500["X_PosF_home"]["xyz_mm"] == [0.0, 0.0, 530.0]
    assert {s["kind"] for s in d500["shapes"]} == {"box", "cylinder"}


def test_unknown_positioner_is_404(api: httpx.Client) -> None:
    assert_problem(api.get("/positioners/nosuchpositioner"), 404, "nosuchpositioner")
