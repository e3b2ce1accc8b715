"""API latency under load and plan jobs end to end, against real server (and worker) processes. Prints one JSON
line per measure, each with the machine's load average when it ended (the figures are only comparable at a
similar load) and with the peer it is judged against, measured in the same run.

Measures (`--only embedded|celery|parts` runs one group):
- get_part / post_part_1mb_stl: p50/p99 of GET /parts/{id} and of POST /parts (1 MB STL), CLIENTS closed-loop
  clients for DURATION_S each, on SQLite.
- plan_cold / plan_warm (per mode: embedded = SQLite and WELDPLAN_WORKERS=2; celery = PostgreSQL, Redis and
  two `weldplan worker`s of one thread each): the demo bracket (all seams detected, ABB IRB 1600) from
  POST /plans to `succeeded` as the client sees it (polled every 20 ms). cold: `first_s` is the first job of a
  new server whose table cache is empty (self-collision tables built), `restart_s` the first job after a
  restart on the same data folder (tables on disk, processes new); warm: the median of WARM_RUNS jobs once
  every executor has run one. Each comes with `planner_s` (the planner's own time, result.stats.total_s) and
  `overhead_s` = end to end - planner_s, split into `dispatch_s` (POST until the job was claimed),
  `in_job_s` (claim to end, less the planner: loading the part, robot and seams, saving) and `seen_s` (the
  job's end until the client saw it).
- plan_pair: two brackets posted together, both done (`pair_s`), against one (`one_s`) measured alternately
  in the same run, PAIR_ROUNDS times each; `pair_over_one` = median pair / median one (two workers: ideally
  1, the target is <= 1.3).
- get_plan: p50/p99 of GET /plans/{id} (a finished bracket, the largest answer) at CLIENTS concurrent clients
  for DURATION_S while two jobs run (posted and polled every POLL_INTERVAL_S by one more client), as `paced`
  (each client polls every POLL_INTERVAL_S, as the web UI polls a running plan: the target p99 < 50 ms is
  for this) and `closed_loop` (each client sends its next request as soon as the last is answered: the
  server's saturation throughput; latency is then clients / throughput by Little's law, whatever the server
  does), with `idle`, the paced load with no job running, as its peer.

The load is a bounded asyncio + httpx client (fixed clients, fixed duration, loopback only), the one the tests
already use: it measures each request's latency itself, with no load tool's process in between. Every wait is
bounded (PLAN_TIMEOUT_S per job, server and worker start-up limits).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import trimesh

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from api_tests.server import ServerProcess, WorkerProcess  # noqa: E402

CLIENTS = 50
DURATION_S = 10.0
# The web UI polls a running plan every 400 ms (the plan button's loop in web/src/main.js).
POLL_INTERVAL_S = 0.4
ROBOT = "abb_irb1600_10_145"
WARM_RUNS = 3
PAIR_ROUNDS = 4
PLAN_TIMEOUT_S = 600.0
START_TIMEOUT_S = 300.0
# --get-plan-only: one server (and one pair of workers), no plan timing; the get_plan measure alone.
GET_PLAN_ONLY = False
PG_ADMIN_URL = os.environ.get("WELDPLAN_TEST_PG", "postgresql://root@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("WELDPLAN_TEST_REDIS", "redis://127.0.0.1:6379/0")


def emit(measure: str, **fields: Any) -> None:
    load = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps({"bench": "api", "measure": measure, **fields, "load_avg_1_5_15": load}), flush=True)


def one_mb_stl() -> bytes:
    mesh = trimesh.creation.icosphere(subdivisions=5, radius=50.0)  # 20,480 faces
    data = mesh.export(file_type="stl")
    while len(data) < 1_000_000:
        mesh = trimesh.util.concatenate([mesh, mesh.copy().apply_translation([120.0, 0, 0])])
        data = mesh.export(file_type="stl")
    return data


Request = Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]


async def hammer(base: str, make_request: Request, interval_s: float | None = None) -> dict[str, Any]:
    """CLIENTS clients for DURATION_S: each sends a request, waits for its answer, then (interval_s set) sleeps
    until interval_s after it sent the last one, or (None) sends the next at once."""
    latencies: list[float] = []
    errors = 0
    late = 0  # paced requests sent late because the answer to the one before took longer than interval_s
    t_start = time.monotonic()
    deadline = t_start + DURATION_S
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def worker(k: int) -> None:
            nonlocal errors, late
            if interval_s is not None:  # spread the clients' phases over one interval
                await asyncio.sleep(interval_s * k / CLIENTS)
            while time.monotonic() < deadline:
                t0 = time.perf_counter()
                r = await make_request(client)
                dt = time.perf_counter() - t0
                latencies.append(dt)
                if r.status_code >= 400:
                    errors += 1
                if interval_s is not None:
                    if dt > interval_s:
                        late += 1
                    await asyncio.sleep(max(0.0, interval_s - dt))

        await asyncio.gather(*(worker(k) for k in range(CLIENTS)))
    elapsed = time.monotonic() - t_start
    lat_ms = np.array(latencies) * 1000.0
    out = {
        "p50_ms": round(float(np.percentile(lat_ms, 50)), 2),
        "p99_ms": round(float(np.percentile(lat_ms, 99)), 2),
        "max_ms": round(float(lat_ms.max()), 2),
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "errors": errors,
    }
    if interval_s is not None:
        out["late"] = late
    return out


def _demo_part(base: str) -> str:
    parts = httpx.get(f"{base}/parts", timeout=60).json()["parts"]
    part_id = next(p["id"] for p in parts if p["demo"])
    r = httpx.post(f"{base}/parts/{part_id}/seams/detect", timeout=START_TIMEOUT_S)
    r.raise_for_status()
    return part_id


def _ts(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def _run_plans(
    base: str, part_id: str, n: int, stop: threading.Event | None = None, poll_s: float = 0.02
) -> list[dict[str, Any]]:
    """Posts n plans of the part at once and waits until all have succeeded (RuntimeError if one fails or
    they take over PLAN_TIMEOUT_S), polling every poll_s; per plan: end to end (from the first POST) and its
    breakdown."""
    t0_wall, t0 = time.time(), time.perf_counter()
    ids = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for _ in range(n):
            r = client.post("/plans", json={"part_id": part_id, "robot_id": ROBOT})
            r.raise_for_status()
            ids.append(r.json()["id"])
        done: dict[str, dict[str, Any]] = {}
        while len(done) < n:
            for plan_id in ids:
                if plan_id in done:
                    continue
                plan = client.get(f"/plans/{plan_id}").json()
                if plan["status"] == "succeeded":
                    seen = time.perf_counter() - t0
                    done[plan_id] = _breakdown(plan, seen, t0_wall)
                elif plan["status"] in ("failed", "cancelled"):
                    raise RuntimeError(f"plan {plan_id}: {plan['status']}: {plan['error']}")
            if time.perf_counter() - t0 > PLAN_TIMEOUT_S:
                raise RuntimeError(f"plans did not finish within {PLAN_TIMEOUT_S:g} s")
            if stop is not None and stop.is_set():
                for plan_id in set(ids) - set(done):
                    client.delete(f"/plans/{plan_id}")
                return list(done.values())
            time.sleep(poll_s)
    return [done[i] for i in ids]


def _breakdown(plan: dict[str, Any], seen_s: float, t0_wall: float) -> dict[str, Any]:
    started, finished = _ts(plan["started_at"]), _ts(plan["finished_at"])
    planner_s = float(plan["result"]["stats"]["total_s"])
    return {
        "e2e_s": round(seen_s, 3),
        "planner_s": round(planner_s, 3),
        "overhead_s": round(seen_s - planner_s, 3),
        "dispatch_s": round(started - t0_wall, 3),
        "in_job_s": round(finished - started - planner_s, 3),
        "seen_s": round(t0_wall + seen_s - finished, 3),
    }


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median end to end time, with the spread of all runs."""
    ordered = sorted(runs, key=lambda r: r["e2e_s"])
    return {**ordered[len(ordered) // 2], "runs_e2e_s": [r["e2e_s"] for r in runs]}


def plan_measures(mode: str, base: str, part_id: str) -> None:
    _run_plans(base, part_id, 2)  # every executor has run a job now
    if GET_PLAN_ONLY:
        get_plan_measure(mode, base, part_id)
        return
    warm = [_run_plans(base, part_id, 1)[0] for _ in range(WARM_RUNS)]
    emit("plan_warm", mode=mode, target_s=3.0, **_median_run(warm))

    ones, pairs, pair_jobs = [], [], []
    for _ in range(PAIR_ROUNDS):
        ones.append(_run_plans(base, part_id, 1)[0]["e2e_s"])
        both = _run_plans(base, part_id, 2)
        pairs.append(max(r["e2e_s"] for r in both))
        pair_jobs.extend(both)
    one, pair = statistics.median(ones), statistics.median(pairs)
    emit(
        "plan_pair",
        mode=mode,
        one_s=round(one, 3),
        pair_s=round(pair, 3),
        pair_over_one=round(pair / one, 3),
        target=1.3,
        runs_one_s=ones,
        runs_pair_s=pairs,
        # each job of the pairs: a dispatch_s near the other's e2e_s would mean the two ran one after the other
        pair_jobs=pair_jobs,
    )
    get_plan_measure(mode, base, part_id)


def get_plan_measure(mode: str, base: str, part_id: str) -> None:
    probe = httpx.get(f"{base}/plans", params={"limit": 1}, timeout=60).json()["plans"][0]
    assert probe["status"] == "succeeded", probe["status"]
    get_probe: Request = lambda c: c.get(f"/plans/{probe['id']}")  # noqa: E731
    idle = asyncio.run(hammer(base, get_probe, POLL_INTERVAL_S))
    with two_jobs_running(base, part_id):
        paced = asyncio.run(hammer(base, get_probe, POLL_INTERVAL_S))
        closed = asyncio.run(hammer(base, get_probe, None))
    emit(
        "get_plan",
        mode=mode,
        clients=CLIENTS,
        duration_s=DURATION_S,
        poll_interval_s=POLL_INTERVAL_S,
        answer_bytes=len(json.dumps(probe)),
        paced=paced,
        closed_loop=closed,
        idle=idle,
        target_p99_ms=50.0,
    )


@contextmanager
def two_jobs_running(base: str, part_id: str) -> Iterator[None]:
    """Keeps two bracket jobs in flight (a new pair as soon as one ends) until the block ends; then cancels
    what is left, so the next measure starts on idle workers."""
    stop = threading.Event()
    failure: list[BaseException] = []

    def feed() -> None:
        try:
            while not stop.is_set():
                # polled as the web UI polls: at the 20 ms of the end-to-end measures, these two pollers alone
                # would be 100 requests a second on top of the measured clients' 125, in this process's GIL
                _run_plans(base, part_id, 2, stop, POLL_INTERVAL_S)
        except BaseException as exc:  # reported after the block: a failed job makes the measure void
            failure.append(exc)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    deadline = time.monotonic() + PLAN_TIMEOUT_S
    while time.monotonic() < deadline:  # both jobs claimed, not only posted
        running = httpx.get(f"{base}/plans", params={"limit": 4}, timeout=60).json()["plans"]
        if sum(p["status"] == "running" for p in running) >= 2:
            break
        time.sleep(0.1)
    try:
        yield
    finally:
        stop.set()
        feeder.join(timeout=PLAN_TIMEOUT_S)
    if failure:
        raise RuntimeError("a job failed while the load ran") from failure[0]


def _first_job(mode: str, base: str, label: str, part_id: str | None = None) -> str:
    part_id = part_id or _demo_part(base)
    emit("plan_cold", mode=mode, start=label, **_run_plans(base, part_id, 1)[0])
    return part_id


def embedded(tmp: Path) -> None:
    env = {"WELDPLAN_LOG_LEVEL": "error", "WELDPLAN_WORKERS": "2"}
    url = f"sqlite:///{tmp}/plans.db"

    @contextmanager
    def serving() -> Iterator[str]:
        server = ServerProcess(tmp, url, serve_args=("--demo",), **env).start(timeout_s=START_TIMEOUT_S)
        try:
            yield f"{server.base_url}/api/v1"
        finally:
            server.stop()

    if GET_PLAN_ONLY:
        with serving() as base:
            plan_measures("embedded", base, _demo_part(base))
        return
    with serving() as base:
        part_id = _first_job("embedded", base, "first")
    with serving() as base:
        _first_job("embedded", base, "restart", part_id)
        plan_measures("embedded", base, part_id)


def celery(tmp: Path) -> None:
    import psycopg

    schema = f"wp_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    base_url = PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    env = {
        "WELDPLAN_DATABASE_URL": f"{base_url}?options=-csearch_path%3D{schema}",
        "WELDPLAN_BROKER_URL": REDIS_URL,
        "WELDPLAN_BROKER_QUEUE": f"weldplan-bench-{uuid.uuid4().hex[:12]}",
        "WELDPLAN_LOG_LEVEL": "error",
    }
    server = ServerProcess(tmp, env["WELDPLAN_DATABASE_URL"], serve_args=("--demo",), **env)
    workers: list[WorkerProcess] = []
    try:
        server.start(timeout_s=START_TIMEOUT_S)
        base = f"{server.base_url}/api/v1"

        def start_workers() -> list[WorkerProcess]:
            started = [WorkerProcess(tmp, env, f"bench{i}", "app.cli") for i in (1, 2)]
            workers.extend(started)
            for w in started:
                w.wait_ready(timeout_s=START_TIMEOUT_S)
            return started

        first = start_workers()
        if GET_PLAN_ONLY:
            plan_measures("celery", base, _demo_part(base))
            return
        part_id = _first_job("celery", base, "first")
        for w in first:
            w.stop()
            workers.remove(w)
        start_workers()
        _first_job("celery", base, "restart", part_id)
        plan_measures("celery", base, part_id)
    finally:
        for w in workers:
            w.stop()
        server.stop()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def parts(tmp: Path) -> None:
    stl = one_mb_stl()
    server = ServerProcess(tmp, f"sqlite:///{tmp}/bench.db", WELDPLAN_LOG_LEVEL="error").start()
    try:
        base = f"{server.base_url}/api/v1"
        part_id = httpx.post(f"{base}/parts", files={"file": ("seed.stl", stl)}, timeout=60).json()["id"]
        get_stats = asyncio.run(hammer(base, lambda c: c.get(f"/parts/{part_id}")))
        emit("get_part", clients=CLIENTS, duration_s=DURATION_S, **get_stats)
        post_stats = asyncio.run(hammer(base, lambda c: c.post("/parts", files={"file": ("b.stl", stl)})))
        emit("post_part_1mb_stl", clients=CLIENTS, duration_s=DURATION_S, stl_bytes=len(stl), **post_stats)
    finally:
        server.stop()


GROUPS: dict[str, Callable[[Path], None]] = {"parts": parts, "embedded": embedded, "celery": celery}


def main() -> None:
    global WARM_RUNS, PAIR_ROUNDS, DURATION_S, GET_PLAN_ONLY  # noqa: PLW0603  (the module's defaults, for this run)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", choices=sorted(GROUPS), action="append", help="run only these groups")
    parser.add_argument("--warm-runs", type=int, default=WARM_RUNS, help=f"warm jobs timed (default {WARM_RUNS})")
    parser.add_argument(
        "--pair-rounds", type=int, default=PAIR_ROUNDS, help=f"one/pair rounds timed (default {PAIR_ROUNDS})"
    )
    parser.add_argument(
        "--duration-s", type=float, default=DURATION_S, help=f"each load's length (default {DURATION_S:g})"
    )
    parser.add_argument(
        "--get-plan-only",
        action="store_true",
        help="embedded/celery: one server start and no plan timing (plan_cold, plan_warm, plan_pair), the "
        "get_plan measure alone",
    )
    args = parser.parse_args()
    WARM_RUNS, PAIR_ROUNDS, DURATION_S = max(1, args.warm_runs), max(1, args.pair_rounds), args.duration_s
    GET_PLAN_ONLY = args.get_plan_only
    for name in args.only or list(GROUPS):
        with tempfile.TemporaryDirectory() as tmp:
            GROUPS[name](Path(tmp) / name)


if __name__ == "__main__":
    main()
