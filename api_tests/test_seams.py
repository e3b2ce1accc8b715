"""Seams over HTTP: detection on a STEP weldment built in code, user seams, overrides, bad input."""

from __future__ import annotations

import httpx
import numpy as np
import pytest

from api_tests.helpers import DEFAULT_ROBOT, assert_problem, upload_plate, upload_weldment


@pytest.fixture
def tee(api: httpx.Client) -> dict:
    from cad import shapes_to_step
    from cad.weldments import t_joint

    shapes = t_joint()
    r = api.post("/parts", files={"file": ("tee.step", shapes_to_step(shapes, unit="mm"))})
    assert r.status_code == 201, r.text
    return {"part": r.json(), "expected": shapes.expected}


def test_detect_list_patch_delete(api: httpx.Client, tee: dict) -> None:
    pid = tee["part"]["id"]
    r = api.post(f"/parts/{pid}/seams/detect")
    assert r.status_code == 200, r.text
    seams = r.json()["seams"]
    expected = tee["expected"]  # cad.weldments documents the seams each builder makes
    assert len(seams) == len(expected)
    assert sorted(s["kind"] for s in seams) == sorted(e.kind for e in expected)
    for s in seams:
        assert s["accessible"] and s["procedure"]["leg_mm"] >= 3.0
        assert len(s["points_mm"]) == len(s["normals_a"]) == len(s["tangents"])
    np.testing.assert_allclose(
        sorted(s["length_mm"] for s in seams), sorted(e.length_m * 1e3 for e in expected), rtol=0.01
    )
    assert api.get(f"/parts/{pid}/seams").json()["seams"] == seams

    seam = seams[0]
    r = api.patch(
        f"/parts/{pid}/seams/{seam['id']}",
        json={"procedure": {"leg_mm": 6, "travel_speed_mm_s": 7}, "direction": "reverse"},
    )
    assert r.status_code == 200, r.text
    patched = r.json()
    assert patched["procedure"]["leg_mm"] == 6 and patched["procedure_overrides"] == ["leg_mm", "travel_speed_mm_s"]
    assert patched["points_mm"] == seam["points_mm"][::-1] and patched["direction"] == "reverse"
    assert_problem(api.patch(f"/parts/{pid}/seams/{seam['id']}", json={"procedure": {"leg_mm": -2}}), 422, "leg_mm")
    assert_problem(
        api.patch(f"/parts/{pid}/seams/{seam['id']}", json={"procedure": {"travel_speed_mm_s": 0}}),
        422,
        "travel_speed_mm_s",
    )
    # the value is echoed as the user sent it (mm/s), not as cad holds it (m/s)
    assert_problem(
        api.patch(f"/parts/{pid}/seams/{seam['id']}", json={"procedure": {"travel_speed_mm_s": -3}}),
        422,
        "procedure.travel_speed_mm_s: must be positive, got -3",
    )
    assert_problem(api.patch(f"/parts/{pid}/seams/{seam['id']}", json={"procedure": {"colour": 1}}), 422, "colour")

    # a user seam along the first detected seam survives a new detection
    r = api.post(f"/parts/{pid}/seams", json={"points_mm": seam["points_mm"]})
    assert r.status_code == 201, r.text
    user = r.json()
    assert user["source"] == "user"
    again = api.post(f"/parts/{pid}/seams/detect").json()["seams"]
    assert user["id"] in [s["id"] for s in again] and len(again) == len(expected) + 1

    # seams of another part are refused by a plan request
    other = upload_plate(api)
    other_plan = {"part_id": other["id"], "robot_id": DEFAULT_ROBOT, "seam_ids": [user["id"]]}
    assert_problem(api.post("/plans", json=other_plan), 422, "seam_ids[0]", "another part")

    assert api.delete(f"/parts/{pid}/seams/{user['id']}").status_code == 204
    assert_problem(api.delete(f"/parts/{pid}/seams/{user['id']}"), 404, user["id"])


def test_bad_user_seams(api: httpx.Client, tee: dict) -> None:
    pid = tee["part"]["id"]
    assert_problem(api.post(f"/parts/{pid}/seams", json={"points_mm": [[0, 0, 0]]}), 422, "points_mm")
    assert_problem(api.post(f"/parts/{pid}/seams", json={"points_mm": [[0, 0, 500], [10, 0, 500]]}), 422, "points_mm")
    assert_problem(
        api.post(
            f"/parts/{pid}/seams",
            content=b'{"points_mm": [[NaN, 0, 0], [1, 0, 0]]}',
            headers={"content-type": "application/json"},
        ),
        422,
        "points_mm[0][0]",
    )
    assert_problem(api.post("/parts/nopart/seams", json={"points_mm": [[0, 0, 0], [1, 0, 0]]}), 404, "nopart")


def test_arcs_no_cell_could_hold_are_refused_naming_the_field(api: httpx.Client, tee: dict) -> None:
    # Issue 19 item 3: these points were a 500 (a bare ValueError from the arc's NaN centre in cad/seams.py).
    url = f"/parts/{tee['part']['id']}/seams"
    r = api.post(url, json={"arc_mm": [[0, 0, 10], [1e150, 1e150, 10], [-1e150, 1e150, 10]]})
    assert_problem(r, 422, "arc_mm[1][0]", "10000")
    assert_problem(api.post(url, json={"points_mm": [[0, 0, 10], [0, 0, -1e308]]}), 422, "points_mm[1][2]")
    assert_problem(api.post(url, json={"points_mm": [[0, 0, 10], [False, 0, 10]]}), 422, "points_mm[1][0]")
    # Inside the workspace but 1 um off a line: the circle through them has a radius of 100 m (see
    # tests/cad/test_seams_user.py for the arithmetic), and the arc goes the long way round it.
    assert_problem(
        api.post(url, json={"arc_mm": [[0, 0, 8], [20, 0.001, 8], [10, 0, 8]]}), 422, "arc_mm:", "radius of 1e+05 mm"
    )


def test_single_plate_has_no_seams(api: httpx.Client) -> None:
    part = upload_plate(api)
    r = api.post(f"/parts/{part['id']}/seams/detect")
    assert r.status_code == 200 and r.json() == {"seams": []}


def test_detection_reads_a_mesh_in_the_unit_it_was_uploaded_in(api: httpx.Client) -> None:
    # A GLB of the T-joint's two plates written in inches: detection re-reads the stored file, and must
    # read it in inches again (not GLB's default metres), or the seams come out 39.4x too long.
    import trimesh

    from cad import weldments as wm

    shapes = wm.t_joint()
    scene = trimesh.Scene()
    for body in wm.weldment_part(shapes).bodies:
        mesh = body.mesh.copy()
        mesh.apply_scale(1 / 0.0254)
        scene.add_geometry(mesh, geom_name=body.name)
    r = api.post("/parts", params={"unit": "inch"}, files={"file": ("tee.glb", scene.export(file_type="glb"))})
    assert r.status_code == 201, r.text
    r = api.post(f"/parts/{r.json()['id']}/seams/detect")
    assert r.status_code == 200, r.text
    np.testing.assert_allclose(
        sorted(s["length_mm"] for s in r.json()["seams"]), sorted(e.length_m * 1e3 for e in shapes.expected), rtol=0.01
    )


def test_accessibility_is_the_named_torchs(api: httpx.Client, tee: dict) -> None:
    """Seams carry the accessibility of the torch asked for (default torch_22deg), per point; an unknown torch
    is refused naming tool_id."""
    pid = tee["part"]["id"]
    r = api.post(f"/parts/{pid}/seams/detect")
    assert r.status_code == 200, r.text
    for s in r.json()["seams"]:
        access = s["torch_access"]
        assert access["tool_id"] == "torch_22deg" and len(access["points"]) == len(s["points_mm"])
        assert [p["free"] for p in access["points"]] == s["point_accessible"]
        free = [p for p in access["points"] if p["free"]]
        assert free and all(p["witness_deg"] is not None and 0 < p["free_share"] <= 1 for p in free)
        assert access["cap_deg"] == 25.0  # cad/weld_procedures.yaml max_tolerance_deg
    r = api.get(f"/parts/{pid}/seams", params={"tool_id": "torch_straight"})
    assert r.status_code == 200, r.text
    assert {s["torch_access"]["tool_id"] for s in r.json()["seams"]} == {"torch_straight"}
    assert_problem(api.get(f"/parts/{pid}/seams", params={"tool_id": "no_such_torch"}), 422, "tool_id")
    assert_problem(api.post(f"/parts/{pid}/seams/detect", params={"tool_id": "no_such_torch"}), 422, "tool_id")
    # the window's hard cap is at most 90 deg (issue 13)
    seam_id = r.json()["seams"][0]["id"]
    assert_problem(
        api.patch(f"/parts/{pid}/seams/{seam_id}", json={"procedure": {"max_tolerance_deg": 95}}),
        422,
        "max_tolerance_deg",
    )


def test_reorder_the_welding_list(api: httpx.Client, tee: dict) -> None:
    pid = tee["part"]["id"]
    seams = api.post(f"/parts/{pid}/seams/detect").json()["seams"]
    user = api.post(f"/parts/{pid}/seams", json={"points_mm": seams[0]["points_mm"]}).json()
    ids = [s["id"] for s in seams] + [user["id"]]
    wanted = ids[::-1]
    r = api.put(f"/parts/{pid}/seams/order", json={"seam_ids": wanted})
    assert r.status_code == 200, r.text
    assert [s["id"] for s in r.json()["seams"]] == wanted
    assert [s["id"] for s in api.get(f"/parts/{pid}/seams").json()["seams"]] == wanted
    # a list that leaves a seam out, names one twice or names another part's is refused, naming the entry
    assert_problem(api.put(f"/parts/{pid}/seams/order", json={"seam_ids": wanted[:-1]}), 422, "seam_ids", "missing")
    twice = [wanted[0], *wanted[:-1]]
    assert_problem(api.put(f"/parts/{pid}/seams/order", json={"seam_ids": twice}), 422, "seam_ids[1]", "twice")
    assert_problem(api.put(f"/parts/{pid}/seams/order", json={"seam_ids": ["nope"]}), 422, "seam_ids[0]")
    assert_problem(api.put("/parts/nope/seams/order", json={"seam_ids": wanted}), 404, "nope")
    assert [s["id"] for s in api.get(f"/parts/{pid}/seams").json()["seams"]] == wanted


def test_a_seam_tells_its_welding_position_with_the_part_as_drawn(api: httpx.Client) -> None:
    # the demo bracket (cad.weldments.bracket_with_two_gussets): a base plate on z = 0, an upright and two gussets
    # standing on it. ISO 6947 (Figure 1 and its fillet examples): a fillet in the corner of a horizontal and a
    # vertical plate along a horizontal line is PB; one along a vertical line is PF welded upwards, PG downwards.
    part, seams = upload_weldment(api, "bracket_with_two_gussets")
    by_pos: dict[str, list[dict]] = {}
    for s in seams:
        pts = np.array(s["points_mm"])
        rise = abs(pts[-1][2] - pts[0][2]) / np.linalg.norm(pts[-1] - pts[0])
        if s["kind"] == "fillet" and rise < 1e-6 and np.allclose(pts[:, 2], pts[0][2], atol=1e-6):
            assert s["welding_position"] == "PB", s
        by_pos.setdefault(s["welding_position"], []).append(s)
    vertical = by_pos.get("PF", []) + by_pos.get("PG", [])
    assert by_pos.get("PB") and vertical, {k: len(v) for k, v in by_pos.items()}
    # turned round, a vertical seam is welded the other way: upwards becomes downwards
    s = vertical[0]
    r = api.patch(f"/parts/{part['id']}/seams/{s['id']}", json={"direction": "reverse"})
    assert r.status_code == 200, r.text
    assert r.json()["welding_position"] == {"PF": "PG", "PG": "PF"}[s["welding_position"]]
