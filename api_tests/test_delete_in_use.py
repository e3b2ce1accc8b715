"""Deleting a part or robot that queued or running plans use (issue 19 item 5).

Before: DELETE /parts/{id} stopped a running plan and removed finished ones without a word, and deleting a
part used as a jig in a queued plan was allowed (that plan then failed). These tests run their own server
with one worker whose plan jobs hold in their first stage (api_tests.held_server), so one plan is certainly
running and the next one queued: a warm worker plans the small plate in well under a second.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_tests.conftest import Backend, make_backend
from api_tests.held_server import set_hold
from api_tests.helpers import DEFAULT_ROBOT, assert_problem, finished, upload_plate, wait_for
from api_tests.server import ServerProcess

# Longer than the test takes: the running plan is still running when the deletes are tried.
HOLD_S = 600.0
KR6 = {
    "name": "KR6 for delete",
    "vendor": "kuka",  # docs/references.md#robots-3, KUKA KR6 R700 sixx
    "opw": {
        "a1_mm": 25,
        "a2_mm": -35,
        "b_mm": 0,
        "c1_mm": 400,
        "c2_mm": 315,
        "c3_mm": 365,
        "c4_mm": 80,
        "offsets_deg": [0, -90, 0, 0, 0, 0],
        "sign_corrections": [-1, 1, 1, -1, 1, -1],
    },
    "joint_limits_deg": [[-170, 170], [-190, 45], [-120, 156], [-185, 185], [-120, 120], [-350, 350]],
    "max_speed_deg_s": [360, 300, 360, 381, 388, 615],
}


@pytest.fixture(params=["sqlite", "postgresql"])
def api(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[httpx.Client]:
    backend: Backend = make_backend(request.param, tmp_path)
    set_hold(tmp_path, "loading", HOLD_S)
    server = ServerProcess(tmp_path, backend.url, module="api_tests.held_server", WELDPLAN_WORKERS="1")
    try:
        server.start()
        with httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=60) as client:
            yield client
    finally:
        server.stop()
        backend.drop()


def test_parts_and_robots_in_use_are_not_deleted_unless_forced(api: httpx.Client) -> None:
    robot = api.post("/robots", json=KR6)
    assert robot.status_code == 201, robot.text
    robot_id = robot.json()["id"]
    part, other, jig = upload_plate(api, "part.stl"), upload_plate(api, "other.stl"), upload_plate(api, "jig.stl")
    running = api.post("/plans", json={"part_id": part["id"], "robot_id": robot_id}).json()["id"]
    wait_for(api, running, lambda p: p["status"] == "running", 60)
    cell = {
        "obstacles": [
            {"name": "jig", "part_id": jig["id"], "pose": {"xyz_mm": [700, 300, 0], "quat_wxyz": [1, 0, 0, 0]}}
        ]
    }
    queued = api.post("/plans", json={"part_id": other["id"], "robot_id": DEFAULT_ROBOT, "cell": cell}).json()["id"]
    assert api.get(f"/plans/{queued}").json()["status"] == "queued"  # the only worker is busy

    # 409 naming the plans, and nothing changed
    body = assert_problem(api.delete(f"/parts/{part['id']}"), 409, running, "running", "force=true")
    assert body["plan_ids"] == [running]
    body = assert_problem(api.delete(f"/parts/{jig['id']}"), 409, queued, "queued")
    assert body["plan_ids"] == [queued]
    body = assert_problem(api.delete(f"/robots/{robot_id}"), 409, running)
    assert body["plan_ids"] == [running]
    assert api.get(f"/plans/{running}").json()["status"] == "running"
    assert api.get(f"/plans/{queued}").json()["status"] == "queued"
    assert api.get(f"/parts/{jig['id']}").status_code == 200
    assert_problem(api.delete(f"/robots/{DEFAULT_ROBOT}"), 409, "built in")

    # force: the queued plan that keeps clear of the jig is cancelled, says why, and stays
    r = api.delete(f"/parts/{jig['id']}", params={"force": "true"})
    assert r.status_code == 200, r.text
    assert r.json() == {
        "id": jig["id"],
        "kind": "part",
        "cancelled_plans": [queued],
        "removed_plans": [],
        "removed_seams": 0,
    }
    plan = api.get(f"/plans/{queued}").json()
    assert plan["status"] == "cancelled" and jig["id"] in plan["error"], plan
    assert api.get(f"/parts/{jig['id']}").status_code == 404

    # force on the robot: its running plan is cancelled, then removed with the robot
    r = api.delete(f"/robots/{robot_id}", params={"force": "true"})
    assert r.status_code == 200, r.text
    assert r.json() == {
        "id": robot_id,
        "kind": "robot",
        "cancelled_plans": [running],
        "removed_plans": [running],
        "removed_seams": 0,
    }
    assert api.get(f"/plans/{running}").status_code == 404
    assert api.get(f"/robots/{robot_id}").status_code == 404
    assert_problem(api.delete(f"/robots/{robot_id}"), 404, robot_id)

    # nothing uses the part any more: deleted, and the answer lists what went with it
    finished_plan = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
    api.delete(f"/plans/{finished_plan}")
    wait_for(api, finished_plan, finished)
    r = api.delete(f"/parts/{part['id']}")
    assert r.status_code == 200, r.text
    assert r.json()["cancelled_plans"] == [] and r.json()["removed_plans"] == [finished_plan]
    assert api.get(f"/plans/{finished_plan}").status_code == 404
