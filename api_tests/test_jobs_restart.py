"""Jobs survive a server crash without leaving a process behind, a job past its deadline fails and frees its
worker, and cancelling stops a running worker (issue 19).

These tests run their own servers (api_tests.held_server: the real service whose plan jobs can be made to
hold in a stage), so a job is certainly in a known stage when the server is killed, its deadline passes or
it is cancelled.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_tests.conftest import Backend, make_backend
from api_tests.held_server import finished_runs, set_hold
from api_tests.helpers import DEFAULT_ROBOT, assert_problem, finished, upload_plate, upload_weldment, wait_for
from api_tests.server import ServerProcess

HELD = "api_tests.held_server"
# Time for every process the server started to notice it is gone: the kernel's parent-death signal is
# immediate, the orphan poll 0.5 s (app.core.lifetime), the resource tracker ends on its pipe's EOF.
NO_ORPHANS_WITHIN_S = 10.0


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    b = make_backend(request.param, tmp_path)
    yield b
    b.drop()


def _client(server: ServerProcess) -> httpx.Client:
    return httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=60)


def _queue(api: httpx.Client, part_id: str, seam_ids: list[str] | None = None, **options: float) -> str:
    body: dict = {"part_id": part_id, "robot_id": DEFAULT_ROBOT}
    if seam_ids:
        body["seam_ids"] = seam_ids
    if options:
        body["options"] = options
    r = api.post("/plans", json=body)
    assert r.status_code == 202, r.text
    return r.json()["id"]


def test_killed_server_leaves_no_process_and_every_job_ends_once(backend: Backend, tmp_path: Path) -> None:
    set_hold(tmp_path, "loading", 600)  # far longer than the test: the jobs are running when the server dies
    first = ServerProcess(tmp_path, backend.url, module=HELD, WELDPLAN_WORKERS="2").start()
    try:
        with _client(first) as api:
            # Detecting seams starts the isolation pool (OCCT loaded, the ~450 MB process that outlived the
            # server before), next to the two job workers.
            part, seams = upload_weldment(api, "t_joint")
            ids = [_queue(api, part["id"], [seams[0]["id"]]) for _ in range(3)]  # one seam: a short plan
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                plans = [api.get(f"/plans/{i}").json() for i in ids]
                if sum(p["status"] == "running" and p["stage"] == "loading" for p in plans) == 2:
                    break
                time.sleep(0.2)
            else:
                raise AssertionError(f"two jobs never held in stage 'loading': {plans}")
            assert [p["status"] for p in plans].count("queued") == 1
        # two workers, the isolation pool and multiprocessing's resource tracker: the count sees them
        assert len(first.descendants()) >= 4, first.descendants()
        first.kill_leader()  # the server alone, as `kill -9 <pid>`; not its process group
        left = first.wait_no_descendants(NO_ORPHANS_WITHIN_S)
        assert left == [], f"processes outlived the killed server: {_describe(left)}"
    finally:
        first.kill()

    set_hold(tmp_path, None)
    second = ServerProcess(tmp_path, backend.url, module=HELD, WELDPLAN_WORKERS="2").start()
    try:
        with _client(second) as api:
            plans = {i: wait_for(api, i, finished, 300) for i in ids}
            for plan in plans.values():
                assert plan["status"] == "succeeded" and plan["stage"] == "done", plan
            # the two interrupted jobs were claimed again after the restart, the queued one once
            assert sorted(p["attempts"] for p in plans.values()) == [1, 2, 2], plans
            # every job ran to its end exactly once, by the attempt the database holds (no orphan finished one)
            assert sorted(finished_runs(tmp_path)) == sorted((i, p["attempts"]) for i, p in plans.items())
            # the isolation pool is up again in this server, for the normal stop below
            assert api.post(f"/parts/{part['id']}/seams/detect").status_code == 200
        assert len(second.descendants()) >= 1
        second.terminate_leader()  # a normal stop
        left = second.wait_no_descendants(NO_ORPHANS_WITHIN_S)
        assert left == [], f"processes outlived the stopped server: {_describe(left)}"
    finally:
        second.kill()


def _describe(pids: list[int]) -> list[str]:
    out = []
    for pid in pids:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            out.append(f"{pid}: {cmdline[:200]}")
        except OSError:
            out.append(f"{pid}: (gone)")
    return out


def test_job_past_its_deadline_fails_naming_its_stage_and_frees_its_worker(backend: Backend, tmp_path: Path) -> None:
    # The job holds in its first stage, which it reports as soon as its worker runs: a deadline longer than a
    # worker's start on a busy machine (a few s) passes there, whatever the machine's speed. (That plan_weld
    # reports its own stages through the same callback is tests/planning/test_plan_progress.py.)
    deadline_s = 8.0
    set_hold(tmp_path, "loading", 600)
    server = ServerProcess(tmp_path, backend.url, module=HELD, WELDPLAN_WORKERS="1").start()
    try:
        with _client(server) as api:
            part, seams = upload_weldment(api, "t_joint")
            stuck = _queue(api, part["id"], deadline_s=deadline_s)
            after = _queue(api, part["id"], [seams[0]["id"]])  # waits for the only worker
            wait_for(api, stuck, lambda p: p["stage"] == "loading" or finished(p), 120)
            set_hold(tmp_path, None)  # the next job runs through
            plan = wait_for(api, stuck, finished, deadline_s + 60)
            assert plan["status"] == "failed", plan
            assert plan["error"].startswith(
                f"planning stopped after its deadline of {deadline_s:g} s in stage 'loading'"
            ), plan["error"]
            assert "options.deadline_s" in plan["error"] and plan["stage"] == "loading" and plan["result"] is None
            assert plan["deadline_s"] == deadline_s
            # The worker was killed at its deadline (the watchdog polls every 0.2 s), not when the hold ended.
            from datetime import datetime

            ran_s = datetime.fromisoformat(plan["finished_at"]) - datetime.fromisoformat(plan["started_at"])
            assert deadline_s <= ran_s.total_seconds() < deadline_s + 10, ran_s
            # One worker only: the next job runs because the stuck one's slot was freed for a new process.
            nxt = wait_for(api, after, finished, 300)
            assert nxt["status"] == "succeeded" and nxt["attempts"] == 1, nxt
            assert finished_runs(tmp_path) == [(after, 1)]
    finally:
        server.stop()


def test_plan_deadline_defaults_to_its_seams_and_is_capped_by_the_server(api: httpx.Client) -> None:
    part = upload_plate(api)  # no seams: the default is the base alone, 300 s (app.services.plans)
    plan_id = _queue(api, part["id"])
    assert api.get(f"/plans/{plan_id}").json()["deadline_s"] == 300.0
    assert api.get(f"/plans/{_queue(api, part['id'], deadline_s=5)}").json()["deadline_s"] == 5.0
    # the session server keeps the default cap, 3600 s (app.core.config)
    r = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "options": {"deadline_s": 3601}})
    assert_problem(r, 422, "options.deadline_s", "3600")
    r = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "options": {"deadline_s": 0.5}})
    assert_problem(r, 422, "deadline_s")


def test_cancel_stops_a_running_job(backend: Backend, tmp_path: Path) -> None:
    hold_s = 4.0
    set_hold(tmp_path, "loading", hold_s)
    server = ServerProcess(tmp_path, backend.url, module=HELD).start()
    try:
        with _client(server) as api:
            part = upload_plate(api)
            plan_id = _queue(api, part["id"])
            wait_for(api, plan_id, lambda p: p["status"] == "running", 60)
            r = api.delete(f"/plans/{plan_id}")
            assert r.status_code == 200 and r.json()["status"] == "cancelled"
            # Longer than the job would take: it must stay cancelled, never overwritten by the worker.
            time.sleep(hold_s + 2)
            plan = api.get(f"/plans/{plan_id}").json()
            assert plan["status"] == "cancelled" and plan["result"] is None
            queued_id = _queue(api, part["id"])
            assert api.delete(f"/plans/{queued_id}").json()["status"] == "cancelled"
    finally:
        server.stop()
