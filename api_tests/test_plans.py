"""Plan jobs over HTTP: validation at request time, and a job run to the end by a worker process."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import httpx

from api_tests.conftest import PG_ADMIN_URL, make_backend
from api_tests.helpers import (
    DEFAULT_ROBOT,
    assert_problem,
    finished,
    list_all,
    upload_plate,
    upload_weldment,
    wait_for,
)
from api_tests.server import ServerProcess


def test_unknown_ids_are_404_naming_the_id(api: httpx.Client) -> None:
    part = upload_plate(api)
    assert_problem(api.post("/plans", json={"part_id": "nopart", "robot_id": DEFAULT_ROBOT}), 404, "part", "nopart")
    assert_problem(api.post("/plans", json={"part_id": part["id"], "robot_id": "norobot"}), 404, "robot", "norobot")
    assert_problem(
        api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "notool"}),
        404,
        "tool",
        "notool",
    )
    assert_problem(
        api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "seam_ids": ["noseam"]}),
        404,
        "seam_ids[0]",
        "noseam",
    )
    assert_problem(api.get("/plans/noplan"), 404, "plan", "noplan")
    assert_problem(api.delete("/plans/noplan"), 404, "plan", "noplan")


def test_malformed_request_names_the_field(api: httpx.Client) -> None:
    assert_problem(api.post("/plans", json={"robot_id": DEFAULT_ROBOT}), 422, "part_id: field required")
    assert_problem(api.post("/plans", json={"part_id": "x", "robot_id": DEFAULT_ROBOT, "colour": "red"}), 422, "colour")
    assert_problem(api.post("/plans", content=b"{not json", headers={"content-type": "application/json"}), 422)


def test_plan_job_plans_the_seams_and_serves_the_trajectory(api: httpx.Client, server: ServerProcess) -> None:
    part, seams = upload_weldment(api, "t_joint")
    r = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "torch_22deg"})
    assert r.status_code == 202, r.text
    accepted = r.json()
    assert accepted["status"] == "queued"
    assert_problem(api.get(f"/plans/{accepted['id']}/trajectory"), 409, accepted["id"])
    plan = wait_for(api, accepted["id"], finished, 300)
    assert plan["status"] == "succeeded", plan
    assert plan["progress"] == 1.0 and plan["attempts"] == 1
    # the job left its robot's self-collision tables for the next job process (collision.paircache)
    # (the test session points every server at one folder, WELDPLAN_CACHE_DIR; a server alone uses data_dir/cache)
    tables = Path(os.environ.get("WELDPLAN_CACHE_DIR") or server.data_dir / "cache")
    assert list(tables.glob(f"selfchecks-{DEFAULT_ROBOT}-*.npz"))
    result = plan["result"]
    assert {s["seam_id"] for s in result["seams"]} == {s["id"] for s in seams}
    for seam in result["seams"]:
        assert seam["status"] == "planned" and seam["coverage"] == 1.0, seam
        assert len(seam["angles_deg"]) >= seam["length_mm"] / 5.0  # a point every 5 mm at least (rung spacing)
    assert result["unwelded"] == []  # every unwelded stretch is listed with its reason: none here
    b = result["breakdown_s"]
    assert set(b) == {"arc", "air", "approach_retract", "arc_start_end"}
    assert abs(sum(b.values()) - result["cycle_time_s"]) < 1e-3
    # Welding 2 x 200 mm at the procedure's speed takes at least length / speed.
    assert b["arc"] >= sum(s["welded_length_mm"] / s["travel_speed_mm_s"] for s in result["seams"]) - 1e-3
    assert result["cell"]["placement"] == "auto" and len(result["cell"]["X_BP"]["quat_wxyz"]) == 4

    traj = api.get(f"/plans/{plan['id']}/trajectory", params={"rate_hz": 25}).json()
    t = traj["t_s"]
    assert abs(t[1] - t[0] - 0.04) < 1e-9 and abs(t[-1] - result["cycle_time_s"]) < 1e-3
    assert len(traj["joints_deg"]) == len(t) and all(len(q) == 6 for q in traj["joints_deg"])
    kinds = [e["kind"] for e in traj["events"]]
    assert kinds == ["arc_on", "arc_off"] * len(seams)
    assert_problem(api.get(f"/plans/{plan['id']}/trajectory", params={"rate_hz": 0}), 422, "rate_hz")
    assert plan["id"] in [p["id"] for p in list_all(api, "/plans", "plans")]
    assert_problem(api.delete(f"/plans/{plan['id']}"), 409, "already finished")


def test_part_without_seams_fails_with_a_reason(api: httpx.Client) -> None:
    part = upload_plate(api)
    plan = wait_for(
        api, api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"], finished
    )
    assert plan["status"] == "failed" and "no seams" in plan["error"], plan
    assert_problem(api.get(f"/plans/{plan['id']}/trajectory"), 409, "failed")


def test_cell_and_options_are_validated_at_request_time(api: httpx.Client) -> None:
    part = upload_plate(api)
    base = {"part_id": part["id"], "robot_id": DEFAULT_ROBOT}
    inside = {"X_BP": {"xyz_mm": [0, 0, 50], "quat_wxyz": [1, 0, 0, 0]}}
    assert_problem(api.post("/plans", json={**base, "cell": inside}), 422, "cell.X_BP", "inside the robot")
    zero_quat = {"X_BP": {"xyz_mm": [800, 0, 0], "quat_wxyz": [0, 0, 0, 0]}}
    assert_problem(api.post("/plans", json={**base, "cell": zero_quat}), 422, "cell.X_BP.quat_wxyz")
    assert_problem(
        api.post(
            "/plans",
            json={**base, "cell": {"obstacles": [{"name": "c", "size_mm": [0, 1, 1], "pose": inside["X_BP"]}]}},
        ),
        422,
        "size_mm",
    )
    assert_problem(api.post("/plans", json={**base, "options": {"approach_mm": -5}}), 422, "approach_mm")
    assert_problem(api.post("/plans", json={**base, "options": {"spin": 5}}), 422, "spin")


def test_every_number_of_a_plan_request_is_bounded(api: httpx.Client) -> None:
    # Issue 19 item 4: X_BP at 1e308 mm was accepted (202) and its job failed with a raw QhullError.
    # Positions are bounded to the 10 m workspace (app/schemas/bounds.py), numbers must be JSON numbers.
    part = upload_plate(api)
    base = {"part_id": part["id"], "robot_id": DEFAULT_ROBOT}
    pose = {"xyz_mm": [800, 0, 0], "quat_wxyz": [1, 0, 0, 0]}
    far = {**pose, "xyz_mm": [1e308, 0, 0]}
    box = {"name": "c", "size_mm": [10, 10, 10], "pose": pose}
    cases = [
        ({"X_BP": far}, "cell.X_BP.xyz_mm[0]"),
        ({"X_BP": {**pose, "xyz_mm": [800, 0, -10001]}}, "cell.X_BP.xyz_mm[2]"),
        ({"X_BP": {**pose, "xyz_mm": [False, 0, 0]}}, "cell.X_BP.xyz_mm[0]"),
        ({"X_BP": {**pose, "quat_wxyz": [1e300, 0, 0, 0]}}, "cell.X_BP.quat_wxyz[0]"),
        ({"X_BP": {**pose, "xyz_mm": ["800", 0, 0]}}, "cell.X_BP.xyz_mm[0]"),
        ({"table_top_z_mm": -1e308}, "cell.table_top_z_mm"),
        ({"obstacles": [{**box, "pose": far}]}, "pose.xyz_mm[0]"),
        ({"obstacles": [{**box, "size_mm": [10, 1e308, 10]}]}, "size_mm[1]"),
        ({"obstacles": [{"name": "jig", "part_id": part["id"], "pose": far}]}, "pose.xyz_mm[0]"),
    ]
    for cell, field in cases:
        assert_problem(api.post("/plans", json={**base, "cell": cell}), 422, field)
    for options, field in (
        ({"approach_mm": True}, "options.approach_mm"),
        ({"air_max_checks": 1e308}, "options.air_max_checks"),
        ({"spin_step_deg": "10"}, "options.spin_step_deg"),
    ):
        assert_problem(api.post("/plans", json={**base, "options": options}), 422, field)
    # The bound itself is a pose the request accepts: the plan then reports its seams out of reach.
    tee, _ = upload_weldment(api, "t_joint")
    edge = {"X_BP": {**pose, "xyz_mm": [10000, -10000, 10000]}}
    plan = wait_for(
        api, api.post("/plans", json={**base, "part_id": tee["id"], "cell": edge}).json()["id"], finished, 300
    )
    assert plan["status"] == "succeeded", plan
    assert {s["status"] for s in plan["result"]["seams"]} == {"unreachable"}, plan["result"]["seams"]


def test_deleting_a_part_removes_its_plans(api: httpx.Client) -> None:
    part = upload_plate(api)
    plan_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
    wait_for(api, plan_id, finished)
    r = api.delete(f"/parts/{part['id']}")
    assert r.status_code == 200 and r.json()["removed_plans"] == [plan_id], r.text
    assert api.get(f"/plans/{plan_id}").status_code == 404


def test_an_uploaded_part_is_an_obstacle_the_plan_keeps_clear_of(api: httpx.Client) -> None:
    import numpy as np
    import trimesh

    from kinematics import X_from_xyz_quat_wxyz

    part, seams = upload_weldment(api, "t_joint")
    base = {"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "torch_22deg"}
    free = wait_for(api, api.post("/plans", json=base).json()["id"], finished, 300)
    assert free["status"] == "succeeded", free
    X_BP = free["result"]["cell"]["X_BP"]
    # a 28 mm block (an STL in millimetres, as a fixture would come from CAD) in the fillet's corner, 20 mm
    # out along the bisector from the middle of one seam: where the torch must be to weld it there, and on
    # the web's other side from the second seam (cad.weldments.t_joint: plates along the part's axes)
    block = api.post(
        "/parts", files={"file": ("block.stl", trimesh.creation.box(extents=[28.0] * 3).export(file_type="stl"))}
    )
    assert block.status_code == 201, block.text
    blocked_seam = seams[0]
    k = len(blocked_seam["points_mm"]) // 2
    bisector = np.asarray(blocked_seam["normals_a"][k]) + np.asarray(blocked_seam["normals_b"][k])
    centre_P = np.asarray(blocked_seam["points_mm"][k]) * 1e-3 + 0.020 * bisector / np.linalg.norm(bisector)
    X = X_from_xyz_quat_wxyz(np.asarray(X_BP["xyz_mm"]) * 1e-3, np.asarray(X_BP["quat_wxyz"]))
    jig = {
        "name": "jig",
        "part_id": block.json()["id"],
        "pose": {"xyz_mm": ((X[:3, :3] @ centre_P + X[:3, 3]) * 1e3).tolist(), "quat_wxyz": X_BP["quat_wxyz"]},
    }

    assert_problem(
        api.post("/plans", json={**base, "cell": {"X_BP": X_BP, "obstacles": [{**jig, "part_id": "nope"}]}}),
        404,
        "cell.obstacles[0].part_id",
        "nope",
    )
    assert_problem(
        api.post("/plans", json={**base, "cell": {"X_BP": X_BP, "obstacles": [jig, jig]}}),
        422,
        "cell.obstacles[1].name",
        "jig",
    )

    plan = wait_for(
        api, api.post("/plans", json={**base, "cell": {"X_BP": X_BP, "obstacles": [jig]}}).json()["id"], finished, 300
    )
    assert plan["status"] == "succeeded", plan
    result = plan["result"]
    assert result["cell"]["obstacles"] == ["jig"] and result["cell"]["placement"] == "given"
    outcome = {s["seam_id"]: s for s in result["seams"]}
    # the torch cannot weld inside the block: that seam is cut there, for a collision; the other is welded
    assert outcome[blocked_seam["id"]]["coverage"] < 1.0
    assert "collision" in outcome[blocked_seam["id"]]["reason"]
    assert all(s["coverage"] == 1.0 for k, s in outcome.items() if k != blocked_seam["id"])


def test_a_poll_survives_its_database_connection_being_killed(tmp_path: Path) -> None:
    """GET /plans/{id} reads on connections that are not pinged before each use (app.db.session.make_read_engine):
    one that PostgreSQL dropped (a restart, a fail-over, an administrator's pg_terminate_backend) is tried again
    on a new connection, not answered with a 500; the other routes' pinged connections recover as before."""
    import psycopg

    backend = make_backend("postgresql", tmp_path)
    name = f"wp-test-{uuid.uuid4().hex[:12]}"  # this server's connections, told apart from any other test's
    server = ServerProcess(tmp_path, f"{backend.url}&application_name={name}", WELDPLAN_WORKERS="0")
    try:
        server.start()
        with httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=60) as api:
            part = upload_plate(api)
            plan_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
            assert api.get(f"/plans/{plan_id}").status_code == 200  # the read pool holds a connection now
            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                # the timeout: returns once each backend has exited, so the next request finds it gone
                killed = conn.execute(
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity WHERE application_name = %s",
                    (name,),
                ).fetchall()
            assert len(killed) >= 2 and all(ok for (ok,) in killed), killed  # the read pool's and the others'
            for _ in range(3):
                r = api.get(f"/plans/{plan_id}")
                assert r.status_code == 200, r.text
                assert r.json()["id"] == plan_id
            assert_problem(api.get("/plans/noplan"), 404, "plan", "noplan")
            assert [p["id"] for p in list_all(api, "/plans", "plans")] == [plan_id]
    finally:
        server.stop()
        backend.drop()
