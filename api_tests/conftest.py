"""API tests talk HTTP to a real uvicorn process, once on SQLite and once on PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api_tests.server import ServerProcess

PG_ADMIN_URL = os.environ.get("WELDPLAN_TEST_PG", "postgresql://root@127.0.0.1:5432/test")
# Real CAD files made by others (trimesh's models/, MIT): tests/data/README.md
REAL_CAD = Path(__file__).resolve().parents[1] / "tests" / "data"
# Session servers refuse uploads over this size, so the 413 test need not send 100 MB.
TEST_UPLOAD_LIMIT_MB = "5"


def _pg_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except Exception as exc:  # any failure means: no usable server
        return f"{type(exc).__name__}: {exc}"


class Backend:
    """A fresh, empty database: a temp SQLite file or a new PostgreSQL schema."""

    def __init__(self, kind: str, tmp: Path) -> None:
        self.kind = kind
        self.schema = f"wp_test_{uuid.uuid4().hex[:12]}"
        if kind == "sqlite":
            self.url = f"sqlite:///{tmp / 'weldplan.db'}"
        else:
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA "{self.schema}"')
            base = PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1)
            self.url = f"{base}?options=-csearch_path%3D{self.schema}"

    def drop(self) -> None:
        if self.kind == "postgresql":
            import psycopg

            with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')


def make_backend(kind: str, tmp: Path) -> Backend:
    if kind == "postgresql":
        reason = _pg_available()
        if reason is not None:
            if os.environ.get("CI"):
                pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required in CI: {reason}")
            pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}: {reason}")
    return Backend(kind, tmp)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend_kind(request: pytest.FixtureRequest) -> str:
    return request.param


@contextlib.contextmanager
def running_server(tmp: Path, kind: str = "sqlite", **env: str) -> Iterator[ServerProcess]:
    """A server on a fresh database of the given kind, stopped and its database dropped afterwards."""
    backend = make_backend(kind, tmp)
    proc = ServerProcess(tmp, backend.url, **env)
    try:
        proc.start()
        yield proc
    finally:
        proc.stop()
        backend.drop()


@pytest.fixture(scope="session")
def server(backend_kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp(f"server-{backend_kind}")
    with running_server(tmp, backend_kind, WELDPLAN_MAX_UPLOAD_MB=TEST_UPLOAD_LIMIT_MB) as proc:
        yield proc


@pytest.fixture(scope="session")
def api(server: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{server.base_url}/api/v1", timeout=120) as client:
        yield client


@pytest.fixture
def real_cad() -> Path:
    return REAL_CAD
