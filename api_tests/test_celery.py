"""Plan jobs on Celery workers (WELDPLAN_BROKER_URL; app.jobs.distributed), against this machine's real Redis,
RabbitMQ and PostgreSQL: a worker killed with SIGKILL mid-job, the broker and the API restarted mid-run,
cancellation and deadlines reaching a job on a worker, health and metrics.

Each test gets its own PostgreSQL schema and its own broker queue (a uuid in its name), so parallel runs do
not take each other's jobs. The workers run api_tests.held_server's jobs: the real planner, made to hold in a
stage on request, so a job is certainly running when a worker or the broker is killed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_tests.conftest import Backend, make_backend
from api_tests.held_server import finished_runs, held_runs, set_hold
from api_tests.helpers import DEFAULT_ROBOT, finished, upload_plate, wait_for
from api_tests.server import ServerProcess, WorkerProcess, free_port

REDIS_URL = os.environ.get("WELDPLAN_TEST_REDIS", "redis://127.0.0.1:6379/0")
RABBITMQ_URL = os.environ.get("WELDPLAN_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:5672//")
# Short lease and republish times, so a lost worker or message is noticed within the test (defaults: 15 s, 30 s).
FAST_RECOVERY = {"WELDPLAN_JOB_LEASE_S": "2", "WELDPLAN_JOB_REPUBLISH_S": "2"}


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[Backend]:
    backend = make_backend("postgresql", tmp_path)
    yield backend
    backend.drop()


def _need_broker(url: str) -> None:
    """Skips the test where the broker is not running (a developer's machine without it); CI has it, so there
    it fails instead, as api_tests.conftest does for PostgreSQL."""
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=3) as conn:
            conn.ensure_connection(max_retries=1)
    except Exception as exc:
        if os.environ.get("CI"):
            pytest.fail(f"the broker at {url} is required in CI: {exc}")
        pytest.skip(f"no broker at {url}: {exc}")


def _broker_env(pg: Backend, broker_url: str) -> dict[str, str]:
    _need_broker(broker_url)
    return {
        "WELDPLAN_DATABASE_URL": pg.url,
        "WELDPLAN_BROKER_URL": broker_url,
        "WELDPLAN_BROKER_QUEUE": f"weldplan-test-{uuid.uuid4().hex[:12]}",
        **FAST_RECOVERY,
    }


def _queue(api: httpx.Client, part_id: str, seam_ids: list[str] | None = None, **options: float) -> str:
    body: dict = {"part_id": part_id, "robot_id": DEFAULT_ROBOT}
    if seam_ids:
        body["seam_ids"] = seam_ids
    if options:
        body["options"] = options
    r = api.post("/plans", json=body)
    assert r.status_code == 202, r.text
    return r.json()["id"]


def _plate_with_a_seam(api: httpx.Client) -> dict:
    """A plate (STL, 100 x 50 x 6 mm about the origin) with a user seam along its top face: a part with a seam
    that needs no CAD kernel, so a short plan."""
    part = upload_plate(api)
    r = api.post(f"/parts/{part['id']}/seams", json={"points_mm": [[-30.0, 0.0, 3.0], [30.0, 0.0, 3.0]]})
    assert r.status_code == 201, r.text
    return part


def _wait_held(data_dir: Path, plan_id: str, timeout_s: float = 60.0) -> tuple[str, int, int]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for run in held_runs(data_dir):
            if run[0] == plan_id:
                return run
        time.sleep(0.1)
    raise AssertionError(f"plan {plan_id} never held")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _executors(pid: int) -> list[int]:
    """The job executors pid started (multiprocessing's spawned children, not its resource tracker)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                cmdline = (entry / "cmdline").read_bytes()
                if b"spawn_main" in cmdline:
                    out.append(int(entry.name))
    return out


@pytest.mark.parametrize("broker_url", [REDIS_URL, RABBITMQ_URL], ids=["redis", "rabbitmq"])
def test_a_job_whose_worker_is_killed_finishes_once_on_the_other(pg: Backend, tmp_path: Path, broker_url: str) -> None:
    env = _broker_env(pg, broker_url)
    set_hold(tmp_path, "loading", 600)  # far longer than the test: the job is running when its worker dies
    server = ServerProcess(tmp_path, pg.url, **env).start()
    workers = {name: WorkerProcess(tmp_path, env, name) for name in ("w1", "w2")}
    try:
        for w in workers.values():
            w.wait_ready()
        with httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=60) as api:
            # health lists the workers that answered a ping, cached 5 s: one taken before both were up may still
            # be served, so ask until it is fresher
            names = sorted(f"{n}@{os.uname().nodename}" for n in workers)
            deadline = time.monotonic() + 30
            while sorted((health := api.get("/health").json())["workers"]["names"]) != names:
                assert time.monotonic() < deadline, health
                time.sleep(1.0)
            assert health["broker"]["status"] == "ok" and health["broker"]["queue"] == env["WELDPLAN_BROKER_QUEUE"]
            assert health["status"] == "ok", health

            part = _plate_with_a_seam(api)
            plan_id = _queue(api, part["id"])
            _, attempt, holder_pid = _wait_held(tmp_path, plan_id)
            assert attempt == 1
            victim = next(w for w in workers.values() if w.proc.pid == holder_pid)
            survivor = next(w for w in workers.values() if w is not victim)
            executors = _executors(victim.proc.pid)
            assert executors, "the worker runs its jobs in child processes"
            set_hold(tmp_path, None)  # the next attempt runs through
            os.kill(victim.proc.pid, signal.SIGKILL)  # the worker alone, as the OOM killer would
            victim.proc.wait(timeout=10)
            plan = wait_for(api, plan_id, finished, 120)
            assert plan["status"] == "succeeded", plan
            # claimed twice: the killed worker's attempt, counted, then the survivor's, which ran to the end once
            assert plan["attempts"] == 2 and finished_runs(tmp_path) == [(plan_id, 2)], (plan, finished_runs(tmp_path))
            assert [r for r in held_runs(tmp_path) if r[0] == plan_id] == [(plan_id, 1, victim.proc.pid)]
            # the killed worker's executors died with it (parent-death signal), not orphaned mid-job
            time.sleep(1.0)
            assert not [p for p in executors if _alive(p)]

            # the survivor's metrics timed the stages of the job it ran (once its supervisor saw the end: a poll)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                text = httpx.get(f"http://127.0.0.1:{survivor.metrics_port}/metrics", timeout=10).text
                if 'weldplan_job_seconds_count{outcome="succeeded"} 1.0' in text:
                    break
                time.sleep(0.2)
            assert 'weldplan_job_seconds_count{outcome="succeeded"} 1.0' in text
            # stages are timed as the supervisor sees them at its polls: a warm job's short "loading" may fall
            # between two, so some stage, not a given one
            assert 'weldplan_job_stage_seconds_count{stage="' in text
            # and the API's: queue depth and request latency by route template
            text = httpx.get(f"{server.base_url}/metrics", timeout=10).text
            assert 'weldplan_jobs{status="queued"} 0.0' in text and 'weldplan_jobs{status="running"} 0.0' in text
            assert 'route="/api/v1/plans/{plan_id}"' in text and "weldplan_broker_queue_messages" in text

            if broker_url != RABBITMQ_URL:
                return
            # Cancelling reaches the job on whichever worker runs it: the survivor kills the job's process.
            set_hold(tmp_path, "loading", 600)
            cancelled = _queue(api, part["id"])
            _wait_held(tmp_path, cancelled)
            executor = _executors(survivor.proc.pid)
            assert api.delete(f"/plans/{cancelled}").json()["status"] == "cancelled"
            deadline = time.monotonic() + 10
            while any(_alive(p) for p in executor) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not any(_alive(p) for p in executor), "the cancelled job's process still runs"
            # So does a deadline (the survivor's next executor warms up first; the deadline runs from the claim).
            deadline_s = 3.0
            stuck = _queue(api, part["id"], deadline_s=deadline_s)
            plan = wait_for(api, stuck, finished, 120)
            assert plan["status"] == "failed" and plan["error"].startswith(
                f"planning stopped after its deadline of {deadline_s:g} s in stage 'loading'"
            ), plan
            assert api.get(f"/plans/{cancelled}").json()["status"] == "cancelled"
            assert finished_runs(tmp_path) == [(plan_id, 2)]
    finally:
        for w in workers.values():
            w.stop()
        server.stop()


def test_a_broker_and_api_restart_mid_run_lose_no_job(pg: Backend, tmp_path: Path) -> None:
    """Its own redis-server on a free port: restarting this machine's shared Redis would cut off other users.
    Like the machine's, it keeps nothing on disk, so the restart loses every message it held. The API is
    killed too, while both jobs are unfinished: the worker needs neither it nor the lost message."""
    redis_server = shutil.which("redis-server") or "/usr/bin/redis-server"
    port = free_port()

    def start_redis() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [redis_server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.5)
        return proc

    redis = start_redis()
    env = _broker_env(pg, f"redis://127.0.0.1:{port}/0")
    set_hold(tmp_path, "loading", 4)
    server = ServerProcess(tmp_path, pg.url, **env).start()
    worker = WorkerProcess(tmp_path, env, "restart")
    try:
        worker.wait_ready()
        with httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=60) as api:
            part = _plate_with_a_seam(api)
            running = _queue(api, part["id"])
            _wait_held(tmp_path, running)
            waiting = _queue(api, part["id"])  # its message waits in Redis: the one worker is busy
            time.sleep(0.5)
        server.kill()  # the API and its children, with SIGKILL
        redis.kill()
        redis.wait()
        redis = start_redis()  # empty: the waiting job's message is gone
        time.sleep(2 * float(FAST_RECOVERY["WELDPLAN_JOB_REPUBLISH_S"]))  # the worker's sweep republishes it
        server = ServerProcess(tmp_path, pg.url, **env).start()
        with httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=60) as api:
            plans = [wait_for(api, i, finished, 120) for i in (running, waiting)]
            assert [p["status"] for p in plans] == ["succeeded", "succeeded"], plans
            assert [p["attempts"] for p in plans] == [1, 1], plans
            assert sorted(finished_runs(tmp_path)) == sorted([(running, 1), (waiting, 1)])
    finally:
        worker.stop()
        server.stop()
        redis.kill()
        redis.wait()
