"""Positioners over HTTP: the built-ins with their axes as their sources give them, 404 for others."""

from __future__ import annotations

import httpx
import numpy as np

from api_tests.helpers import assert_problem, finished, upload_weldment, wait_for


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


def _positioner_cell(**overrides: object) -> dict:
    # the D500 to the robot's right, facing it (tests/planning/test_indexing.py), a T-joint turned over on it
    cell = {
        "id": "yaskawa_motopos_d500",
        "X_BPos": {"xyz_mm": [500.0, -900.0, 0.0], "quat_wxyz": [0.5, 0.0, 0.0, 0.8660254]},
        "X_FP": {"xyz_mm": [-100.0, 50.0, 260.0], "quat_wxyz": [0.0, 1.0, 0.0, 0.0]},
    }
    return {**cell, **overrides}


def test_a_positioner_cell_is_validated_naming_the_field(api: httpx.Client) -> None:
    from cad import shapes_to_step, weldments

    # the part alone (no seams detected: the request is refused before any planning)
    data = shapes_to_step(list(weldments.t_joint(web_height=0.25)))
    part = api.post("/parts", files={"file": ("t_joint.step", data, "application/octet-stream")}).json()
    body = {"part_id": part["id"], "robot_id": "abb_irb1600_10_145"}
    r = api.post("/plans", json={**body, "cell": {"positioner": _positioner_cell(id="nosuchpositioner")}})
    assert_problem(r, 404, "cell.positioner.id", "nosuchpositioner")
    both = {"X_BP": {"xyz_mm": [800.0, 0.0, 0.0], "quat_wxyz": [1.0, 0.0, 0.0, 0.0]}}
    assert_problem(
        api.post("/plans", json={**body, "cell": {**both, "positioner": _positioner_cell()}}), 422, "cell.X_BP"
    )
    # turned over (180 deg about x), the T-joint's 260 mm reach below its frame: 100 mm up leaves 160 mm in the plate
    sunk = _positioner_cell(X_FP={"xyz_mm": [-100.0, 50.0, 100.0], "quat_wxyz": [0.0, 1.0, 0.0, 0.0]})
    assert_problem(
        api.post("/plans", json={**body, "cell": {"positioner": sunk}}), 422, "cell.positioner.X_FP", "160.0 mm"
    )
    inside = _positioner_cell(X_BPos={"xyz_mm": [0.0, 0.0, 0.0], "quat_wxyz": [1.0, 0.0, 0.0, 0.0]})
    assert_problem(api.post("/plans", json={**body, "cell": {"positioner": inside}}), 422, "cell.positioner.X_BPos")


def test_a_positioner_plan_turns_the_part_and_reports_positions(api: httpx.Client) -> None:
    part, seams = upload_weldment(api, "t_joint", web_height=0.25)
    # one of the two fillets keeps the test short: one state, one group
    body = {"part_id": part["id"], "robot_id": "abb_irb1600_10_145", "seam_ids": [seams[0]["id"]]}
    r = api.post("/plans", json={**body, "cell": {"positioner": _positioner_cell()}})
    assert r.status_code == 202, r.text
    plan = wait_for(api, r.json()["id"], finished, 600)
    assert plan["status"] == "succeeded", plan
    result = plan["result"]
    pos = result["positioner"]
    # turned over, the fillet is overhead (PD) on the plate at home; the plan turns it to PA/PB
    assert [s["position_before"] for s in pos["seams"]] == ["PD"]
    assert all(s["position_after"] in ("PA", "PB") for s in pos["seams"])
    assert pos["flat_share_before"] == 0.0 and pos["flat_share_after"] == 1.0
    assert all(s["coverage"] == 1.0 for s in result["seams"])
    assert all(m["contacts"] == [] for m in pos["index_moves"])
    assert abs(result["breakdown_s"]["indexing"] - pos["index_time_s"]) < 1e-3
    assert abs(sum(result["breakdown_s"].values()) - result["cycle_time_s"]) < 1e-3
    # the trajectory replays the stored moves: index stands included, with the positioner's axes over time
    traj = api.get(f"/plans/{plan['id']}/trajectory", params={"rate_hz": 10}).json()
    assert abs(traj["t_s"][-1] - result["cycle_time_s"]) < 1e-3
    assert len(traj["positioner_joints_deg"]) == len(traj["joints_deg"])
    assert "indexing" in {p["kind"] for p in traj["phases"]}
    ext = np.array(traj["positioner_joints_deg"])
    (state,) = pos["states"]
    # home, then the state the seam is welded in (for the arc), then home again
    assert np.allclose(ext[0], ext[-1]) and np.max(np.abs(ext - state["joints_deg"]).max(axis=1).min()) < 1e-3
    assert_problem(api.get(f"/plans/{plan['id']}/programs/ur_script"), 409, "URScript", "external axes")
    assert_problem(api.get(f"/plans/{plan['id']}/programs/abb_rapid"), 409, "positioner")


def test_a_positioner_urdf_for_the_viewer_draws_its_collision_shapes(api: httpx.Client) -> None:
    import xml.etree.ElementTree as ET

    from robot_models.positioner import load_builtin_positioners

    r = api.get("/positioners/yaskawa_motopos_d500/urdf")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(r.text)
    spec = load_builtin_positioners()["yaskawa_motopos_d500"]
    # every collision shape of the planner's model (the built-in URDF) is drawn as a visual of the same link
    for name, link in spec.urdf.links.items():
        served = root.find(f"link[@name='{name}']")
        assert served is not None
        visuals = served.findall("visual")
        assert len(visuals) == len(link.collisions)
        for v, c in zip(visuals, served.findall("collision"), strict=True):
            for tag in ("geometry", "origin"):
                drawn, checked = v.find(tag), c.find(tag)
                assert drawn is not None and checked is not None
                assert ET.tostring(drawn) == ET.tostring(checked)
    assert [j.get("name") for j in root.iter("joint")] == [
        j.get("name") for j in ET.fromstring(spec.urdf_text).iter("joint")
    ]
    assert_problem(api.get("/positioners/nosuchpositioner/urdf"), 404, "nosuchpositioner")
