"""compose.yaml: its structure, and the commands it runs, run here against this machine's PostgreSQL and Redis
(no Docker daemon here: the images' own services stand in for postgres and redis)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import yaml

from api_tests.conftest import Backend, make_backend
from api_tests.server import REPO, ServerProcess, WorkerProcess
from api_tests.test_celery import REDIS_URL, _need_broker
from app.cli import build_parser

COMPOSE = REPO / "compose.yaml"
WELDPLAN_SERVICES = ("migrate", "api", "worker-1", "worker-2")


def _compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_compose_starts_api_two_workers_postgres_and_redis() -> None:
    services = _compose()["services"]
    assert set(services) == {"postgres", "redis", *WELDPLAN_SERVICES}
    assert services["postgres"]["image"].startswith("postgres:") and services["redis"]["image"].startswith("redis:")
    for name in WELDPLAN_SERVICES:
        svc = services[name]
        assert svc["build"] == "." and svc["command"][0] == "weldplan", name
        build_parser().parse_args(svc["command"][1:])  # a command `weldplan` takes (argparse exits otherwise)
        env = svc["environment"]
        # the two URLs are all a worker needs, and they name the compose services
        db, broker = urlsplit(env["WELDPLAN_DATABASE_URL"]), urlsplit(env["WELDPLAN_BROKER_URL"])
        assert db.scheme == "postgresql+psycopg" and db.hostname == "postgres", env
        assert broker.scheme == "redis" and broker.hostname == "redis", env
    assert [services[n]["command"][1] for n in WELDPLAN_SERVICES] == ["migrate", "serve", "worker", "worker"]
    names = {services[n]["command"][3] for n in ("worker-1", "worker-2")}
    assert len(names) == 2, "each worker needs its own node name"
    # the API and the workers wait for the migrations, which wait for a healthy database
    for name in ("api", "worker-1", "worker-2"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "--no-migrate" in services["api"]["command"]
    assert services["api"]["ports"] == ["127.0.0.1:8000:8000"]


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[Backend]:
    backend = make_backend("postgresql", tmp_path)
    yield backend
    backend.drop()


def test_the_compose_commands_run(pg: Backend, tmp_path: Path) -> None:
    """migrate, then the API and a worker with exactly the compose file's commands and variables, the URLs
    pointed at this machine's services; the API sees the worker."""
    _need_broker(REDIS_URL)
    services = _compose()["services"]
    env = {
        "WELDPLAN_DATABASE_URL": pg.url,
        "WELDPLAN_BROKER_URL": REDIS_URL,
        "WELDPLAN_BROKER_QUEUE": f"weldplan-test-{uuid.uuid4().hex[:12]}",
        "WELDPLAN_DATA_DIR": str(tmp_path),
    }
    migrate = services["migrate"]["command"]
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", *migrate[1:]], cwd=REPO, env={**os.environ, **env}, capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode()

    worker_args = services["worker-1"]["command"][1:]
    assert worker_args[:3] == ["worker", "--name", "worker-1@%h"]
    # its metrics port from the environment (a free one), not compose's fixed 9101
    i = worker_args.index("--metrics-port")
    worker = WorkerProcess(tmp_path, env, "worker-1", "app.cli", *worker_args[3:i], *worker_args[i + 2 :])
    api_args = services["api"]["command"][1:]
    assert api_args[0] == "serve"
    server = ServerProcess(tmp_path, pg.url, serve_args=tuple(api_args[1:]), **env)
    try:
        worker.wait_ready()
        server.start(timeout_s=180)  # --demo builds the demo part (OpenCASCADE) before it answers
        health = httpx.get(f"{server.base_url}/api/v1/health", timeout=30).json()
        assert health["status"] == "ok", health
        assert health["workers"]["names"] == [f"worker-1@{os.uname().nodename}"]
        # --demo: the demo part is there, uploaded by the API (migrations were not run again: --no-migrate)
        parts = httpx.get(f"{server.base_url}/api/v1/parts", timeout=30).json()["parts"]
        assert [p["file_name"] for p in parts] == ["demo_bracket.step"]
        # the worker's metrics port (compose: 9101; a free one here)
        assert "weldplan_job_seconds" in httpx.get(f"http://127.0.0.1:{worker.metrics_port}/metrics").text
    finally:
        worker.stop()
        server.stop()
