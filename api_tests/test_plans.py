"""Plan jobs over HTTP: validation at request time, and a job run to the end by a worker process."""

from __future__ import annotations

import httpx

from api_tests.helpers import DEFAULT_ROBOT, assert_problem, finished, upload_plate, upload_weldment, wait_for


def test_unknown_ids_are_404_naming_the_id(api: httpx.Client) -> None:
    part = upload_plate(api)
    assert_problem(api.post("/plans", json={"part_id": "nopart", "robot_id": DEFAULT_ROBOT}), 404, "part", "nopart")
    assert_problem(api.post("/plans", json={"part_id": part["id"], "robot_id": "norobot"}), 404, "robot", "norobot")
    assert_problem(api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "notool"}),
             404, "tool", "notool")
    assert_problem(api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT,
                                      "seam_ids": ["noseam"]}), 404, "seam_ids[0]", "noseam")
    assert_problem(api.get("/plans/noplan"), 404, "plan", "noplan")
    assert_problem(api.delete("/plans/noplan"), 404, "plan", "noplan")


def test_malformed_request_names_the_field(api: httpx.Client) -> None:
    assert_problem(api.post("/plans", json={"robot_id": DEFAULT_ROBOT}), 422, "part_id: field required")
    assert_problem(api.post("/plans", json={"part_id": "x", "robot_id": DEFAULT_ROBOT, "colour": "red"}), 422, "colour")
    assert_problem(api.post("/plans", content=b"{not json", headers={"content-type": "application/json"}), 422)


def test_plan_job_plans_the_seams_and_serves_the_trajectory(api: httpx.Client) -> None:
    part, seams = upload_weldment(api, "t_joint")
    r = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "torch_22deg"})
    assert r.status_code == 202, r.text
    accepted = r.json()
    assert accepted["status"] == "queued"
    assert_problem(api.get(f"/plans/{accepted['id']}/trajectory"), 409, accepted["id"])
    plan = wait_for(api, accepted["id"], finished, 300)
    assert plan["status"] == "succeeded", plan
    assert plan["progress"] == 1.0 and plan["attempts"] == 1
    result = plan["result"]
    assert {s["seam_id"] for s in result["seams"]} == {s["id"] for s in seams}
    for seam in result["seams"]:
        assert seam["status"] == "planned" and seam["coverage"] == 1.0, seam
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
    assert plan["id"] in [p["id"] for p in api.get("/plans").json()["plans"]]
    assert_problem(api.delete(f"/plans/{plan['id']}"), 409, "already finished")


def test_part_without_seams_fails_with_a_reason(api: httpx.Client) -> None:
    part = upload_plate(api)
    plan = wait_for(api, api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"],
                    finished)
    assert plan["status"] == "failed" and "no seams" in plan["error"], plan
    assert_problem(api.get(f"/plans/{plan['id']}/trajectory"), 409, "failed")


def test_cell_and_options_are_validated_at_request_time(api: httpx.Client) -> None:
    part = upload_plate(api)
    base = {"part_id": part["id"], "robot_id": DEFAULT_ROBOT}
    inside = {"X_BP": {"xyz_mm": [0, 0, 50], "quat_wxyz": [1, 0, 0, 0]}}
    assert_problem(api.post("/plans", json={**base, "cell": inside}), 422, "cell.X_BP", "inside the robot")
    zero_quat = {"X_BP": {"xyz_mm": [800, 0, 0], "quat_wxyz": [0, 0, 0, 0]}}
    assert_problem(api.post("/plans", json={**base, "cell": zero_quat}),
             422, "cell.X_BP.quat_wxyz")
    assert_problem(api.post("/plans", json={**base, "cell": {"obstacles": [{"name": "c", "size_mm": [0, 1, 1],
                                                                       "pose": inside["X_BP"]}]}}), 422, "size_mm")
    assert_problem(api.post("/plans", json={**base, "options": {"approach_mm": -5}}), 422, "approach_mm")
    assert_problem(api.post("/plans", json={**base, "options": {"spin": 5}}), 422, "spin")


def test_deleting_a_part_removes_its_plans(api: httpx.Client) -> None:
    part = upload_plate(api)
    plan_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
    wait_for(api, plan_id, finished)
    assert api.delete(f"/parts/{part['id']}").status_code == 204
    assert api.get(f"/plans/{plan_id}").status_code == 404
