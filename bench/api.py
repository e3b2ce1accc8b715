"""API latency under load and plan jobs end to end, against real server (and worker) processes. Prints one JSON
line.

- get_part / post_part_1mb_stl: p50/p99 of GET /parts/{id} and of POST /parts (1 MB STL), 50 concurrent clients
  for 10 s each, on SQLite.
- plans_embedded / plans_celery: the demo bracket (12 seams, ABB IRB 1600, all seams detected) from POST /plans
  to `succeeded`, polled every 20 ms: `cold_s` the first job after start, `warm_s` one job once every worker has
  run one, `pair_s` two jobs posted together (both done) and `pair_over_one` = pair_s / warm_s (two workers:
  ideally 1); `get_plan` the p50/p99 of GET /plans/{id} at 50 concurrent clients for 10 s while two jobs run
  (the bench keeps two in flight). Embedded: SQLite, WELDPLAN_WORKERS=2. Celery: PostgreSQL (a fresh schema in
  WELDPLAN_TEST_PG's database), Redis (WELDPLAN_TEST_REDIS) and two `weldplan worker`s of one thread each.

The load is a bounded asyncio + httpx client (fixed clients, fixed duration, loopback only), the one the
tests already use: it measures each request's latency itself, with no load tool's process in between.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
import numpy as np
import trimesh

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from api_tests.server import ServerProcess, WorkerProcess  # noqa: E402

CLIENTS = 50
DURATION_S = 10.0
ROBOT = "abb_irb1600_10_145"
PG_ADMIN_URL = os.environ.get("WELDPLAN_TEST_PG", "postgresql://root@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("WELDPLAN_TEST_REDIS", "redis://127.0.0.1:6379/0")


def one_mb_stl() -> bytes:
    mesh = trimesh.creation.icosphere(subdivisions=5, radius=50.0)  # 20,480 faces
    data = mesh.export(file_type="stl")
    while len(data) < 1_000_000:
        mesh = trimesh.util.concatenate([mesh, mesh.copy().apply_translation([120.0, 0, 0])])
        data = mesh.export(file_type="stl")
    return data


async def hammer(base: str, make_request) -> dict:  # noqa: ANN001
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + DURATION_S
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            while time.monotonic() < deadline:
                t0 = time.perf_counter()
                r = await make_request(client)
                latencies.append(time.perf_counter() - t0)
                if r.status_code >= 400:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
    lat_ms = np.array(latencies) * 1000.0
    return {
        "p50_ms": round(float(np.percentile(lat_ms, 50)), 2),
        "p99_ms": round(float(np.percentile(lat_ms, 99)), 2),
        "requests": len(latencies),
        "rps": round(len(latencies) / DURATION_S, 1),
        "errors": errors,
    }


def _demo_part(base: str) -> str:
    parts = httpx.get(f"{base}/parts", timeout=60).json()["parts"]
    part_id = next(p["id"] for p in parts if p["demo"])
    r = httpx.post(f"{base}/parts/{part_id}/seams/detect", timeout=300)
    r.raise_for_status()
    return part_id


def _run_plans(base: str, part_id: str, n: int) -> float:
    """Posts n plans of the part at once; seconds until all have succeeded."""
    t0 = time.perf_counter()
    ids = []
    for _ in range(n):
        r = httpx.post(f"{base}/plans", json={"part_id": part_id, "robot_id": ROBOT}, timeout=60)
        r.raise_for_status()
        ids.append(r.json()["id"])
    pending = set(ids)
    with httpx.Client(base_url=base, timeout=60) as client:
        while pending:
            for plan_id in list(pending):
                plan = client.get(f"/plans/{plan_id}").json()
                if plan["status"] == "succeeded":
                    pending.discard(plan_id)
                elif plan["status"] in ("failed", "cancelled"):
                    raise RuntimeError(f"plan {plan_id}: {plan['status']}: {plan['error']}")
            if time.perf_counter() - t0 > 600:
                raise RuntimeError("plans did not finish within 600 s")
            time.sleep(0.02)
    return time.perf_counter() - t0


def plan_stats(base: str) -> dict:
    part_id = _demo_part(base)
    cold = _run_plans(base, part_id, 1)
    _run_plans(base, part_id, 2)  # every worker has run a job now
    warm = _run_plans(base, part_id, 1)
    pair = _run_plans(base, part_id, 2)

    # GET /plans/{id} under load while two jobs run: a thread keeps two in flight for the load's duration
    probe = httpx.get(f"{base}/plans", params={"limit": 1}, timeout=60).json()["plans"][0]["id"]  # a finished one
    stop = threading.Event()

    def keep_two_running() -> None:
        while not stop.is_set():
            _run_plans(base, part_id, 2)

    feeder = threading.Thread(target=keep_two_running, daemon=True)
    feeder.start()
    time.sleep(0.5)
    get_stats = asyncio.run(hammer(base, lambda c: c.get(f"/plans/{probe}")))
    stop.set()
    feeder.join(timeout=600)
    return {
        "cold_s": round(cold, 2),
        "warm_s": round(warm, 2),
        "pair_s": round(pair, 2),
        "pair_over_one": round(pair / warm, 2),
        "get_plan": get_stats,
    }


def embedded_plans(tmp: Path) -> dict:
    server = ServerProcess(
        tmp, f"sqlite:///{tmp}/plans.db", serve_args=("--demo",), WELDPLAN_LOG_LEVEL="error", WELDPLAN_WORKERS="2"
    ).start(timeout_s=300)
    try:
        return plan_stats(f"{server.base_url}/api/v1")
    finally:
        server.stop()


def celery_plans(tmp: Path) -> dict:
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
        server.start(timeout_s=300)
        workers = [WorkerProcess(tmp, env, f"bench{i}", "app.cli") for i in (1, 2)]
        for w in workers:
            w.wait_ready(timeout_s=300)
        return plan_stats(f"{server.base_url}/api/v1")
    finally:
        for w in workers:
            w.stop()
        server.stop()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def main() -> None:
    if "--plans-only" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps({"bench": "api", "plans_embedded": embedded_plans(Path(tmp) / "embedded")}))
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps({"bench": "api", "plans_celery": celery_plans(Path(tmp) / "celery")}))
        return
    stl = one_mb_stl()
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp), f"sqlite:///{tmp}/bench.db", WELDPLAN_LOG_LEVEL="error").start()
        try:
            base = f"{server.base_url}/api/v1"
            part_id = httpx.post(f"{base}/parts", files={"file": ("seed.stl", stl)}, timeout=60).json()["id"]
            get_stats = asyncio.run(hammer(base, lambda c: c.get(f"/parts/{part_id}")))
            post_stats = asyncio.run(hammer(base, lambda c: c.post("/parts", files={"file": ("b.stl", stl)})))
        finally:
            server.stop()
        plans_embedded = embedded_plans(Path(tmp) / "embedded")
        plans_celery = celery_plans(Path(tmp) / "celery")
    print(
        json.dumps(
            {
                "bench": "api",
                "clients": CLIENTS,
                "duration_s": DURATION_S,
                "stl_bytes": len(stl),
                "get_part": get_stats,
                "post_part_1mb_stl": post_stats,
                "get_part_p50_ms": get_stats["p50_ms"],
                "get_part_p99_ms": get_stats["p99_ms"],
                "post_part_p50_ms": post_stats["p50_ms"],
                "post_part_p99_ms": post_stats["p99_ms"],
                "plans_embedded": plans_embedded,
                "plans_celery": plans_celery,
            }
        )
    )


if __name__ == "__main__":
    main()
