"""Plan jobs over HTTP: validation at request time, and a job run to the end by a worker process."""

from __future__ import annotations

import httpx

from api_tests.helpers import DEFAULT_ROBOT, finished, upload_plate, wait_for


def _problem(r: httpx.Response, status: int, *words: str) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    for w in words:
        assert w in r.json()["detail"], r.json()["detail"]


def test_unknown_ids_are_404_naming_the_id(api: httpx.Client) -> None:
    part = upload_plate(api)
    _problem(api.post("/plans", json={"part_id": "nopart", "robot_id": DEFAULT_ROBOT}), 404, "part", "nopart")
    _problem(api.post("/plans", json={"part_id": part["id"], "robot_id": "norobot"}), 404, "robot", "norobot")
    _problem(api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "notool"}),
             404, "tool", "notool")
    _problem(api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT,
                                      "seam_ids": ["noseam"]}), 404, "seam_ids[0]", "noseam")
    _problem(api.get("/plans/noplan"), 404, "plan", "noplan")
    _problem(api.delete("/plans/noplan"), 404, "plan", "noplan")


def test_malformed_request_names_the_field(api: httpx.Client) -> None:
    _problem(api.post("/plans", json={"robot_id": DEFAULT_ROBOT}), 422, "part_id: field required")
    _problem(api.post("/plans", json={"part_id": "x", "robot_id": DEFAULT_ROBOT, "colour": "red"}), 422, "colour")
    _problem(api.post("/plans", content=b"{not json", headers={"content-type": "application/json"}), 422)


def test_job_runs_in_a_worker_and_says_what_it_did(api: httpx.Client) -> None:
    part = upload_plate(api)
    r = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "torch_22deg"})
    assert r.status_code == 202, r.text
    accepted = r.json()
    assert accepted["status"] == "queued"
    plan = wait_for(api, accepted["id"], finished)
    assert plan["status"] == "succeeded", plan
    assert plan["progress"] == 1.0 and plan["attempts"] == 1
    result = plan["result"]
    # No planner yet: the job must not invent a trajectory or a time.
    assert result["planning_available"] is False
    assert "cycle_time_s" not in result and "trajectory" not in result
    assert result["checked"]["bodies"] == 1 and result["checked"]["robot_id"] == DEFAULT_ROBOT
    assert plan["id"] in [p["id"] for p in api.get("/plans").json()["plans"]]
    _problem(api.delete(f"/plans/{plan['id']}"), 409, "already finished")


def test_deleting_a_part_removes_its_plans(api: httpx.Client) -> None:
    part = upload_plate(api)
    plan_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
    wait_for(api, plan_id, finished)
    assert api.delete(f"/parts/{part['id']}").status_code == 204
    assert api.get(f"/plans/{plan_id}").status_code == 404
