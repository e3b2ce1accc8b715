"""Jobs survive a server crash, and cancelling stops a running worker.

These tests run their own servers with the test-only job delay (WELDPLAN_JOB_TEST_DELAY_S), so a job
is certainly still running when the server is killed or the job cancelled.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_tests.conftest import Backend, make_backend
from api_tests.helpers import DEFAULT_ROBOT, finished, upload_plate, upload_weldment, wait_for
from api_tests.server import ServerProcess

DELAY_S = "4"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    b = make_backend(request.param, tmp_path)
    yield b
    b.drop()


def _client(server: ServerProcess) -> httpx.Client:
    return httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=60)


def test_killed_server_requeues_and_finishes_the_job(backend: Backend, tmp_path: Path) -> None:
    first = ServerProcess(tmp_path, backend.url, WELDPLAN_JOB_TEST_DELAY_S=DELAY_S, WELDPLAN_WORKERS="1").start()
    try:
        with _client(first) as api:
            part, _ = upload_weldment(api, "t_joint")
            plan_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
            running = wait_for(api, plan_id, lambda p: p["status"] == "running" and p["progress"] > 0, 60)
            assert running["attempts"] == 1
    finally:
        first.kill()

    second = ServerProcess(tmp_path, backend.url, WELDPLAN_JOB_TEST_DELAY_S=DELAY_S, WELDPLAN_WORKERS="1").start()
    try:
        with _client(second) as api:
            plan = wait_for(api, plan_id, finished, 120)
            assert plan["status"] == "succeeded", plan
            assert plan["attempts"] == 2  # claimed again after the restart, not finished by the orphan
    finally:
        second.stop()


def test_cancel_stops_a_running_job(backend: Backend, tmp_path: Path) -> None:
    server = ServerProcess(tmp_path, backend.url, WELDPLAN_JOB_TEST_DELAY_S=DELAY_S).start()
    try:
        with _client(server) as api:
            part = upload_plate(api)
            plan_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
            wait_for(api, plan_id, lambda p: p["status"] == "running", 60)
            r = api.delete(f"/plans/{plan_id}")
            assert r.status_code == 200 and r.json()["status"] == "cancelled"
            # Longer than the job would take: it must stay cancelled, never overwritten by the worker.
            import time

            time.sleep(float(DELAY_S) + 2)
            plan = api.get(f"/plans/{plan_id}").json()
            assert plan["status"] == "cancelled" and plan["result"] is None
            queued_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
            assert api.delete(f"/plans/{queued_id}").json()["status"] == "cancelled"
    finally:
        server.stop()
