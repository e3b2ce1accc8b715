"""Service status: database, broker and workers."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import text

from app.api.deps import RunnerDep, ServiceSessionDep
from app.jobs.dispatch import jobs_by_status

router = APIRouter(tags=["health"])

_EXAMPLE = {
    "status": "ok",
    "version": "0.1.0",
    "database": {"status": "ok", "backend": "postgresql", "revision": "0006"},
    "broker": {"status": "ok", "url": "redis://redis:6379/0", "queue": "weldplan", "messages": 0},
    "workers": {"status": "ok", "kind": "celery", "names": ["celery@worker-1", "celery@worker-2"]},
    "jobs": {"queued": 0, "running": 1},
}


@router.get(
    "/health",
    summary="Service status: database, broker and workers",
    description="`status` is `ok` when the database, the broker (if any) and at least one worker answer, "
    "`degraded` otherwise. The answer is 503 only when the database does not answer: this server cannot serve "
    "then. Without a broker, `broker.status` is `none` and the workers are this server's own processes; with "
    "one, `workers` lists the Celery workers that answered a ping (cached for 5 s). A plan posted while no "
    "worker or broker answers waits in the queue.",
    responses={
        200: {"content": {"application/json": {"example": _EXAMPLE}}},
        503: {
            "content": {
                "application/json": {
                    "example": {
                        "status": "degraded",
                        "version": "0.1.0",
                        "database": {"status": "error", "backend": "postgresql", "error": "connection refused"},
                        "broker": {"status": "none"},
                        "workers": {"status": "ok", "kind": "embedded", "processes": 2, "running": 0},
                        "jobs": None,
                    }
                }
            }
        },
    },
)
def health(session: ServiceSessionDep, runner: RunnerDep, response: Response) -> dict:
    from importlib.metadata import version

    backend = session.get_bind().dialect.name
    jobs: dict[str, int] | None = None
    try:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        db: dict[str, Any] = {"status": "ok", "backend": backend, "revision": revision}
        jobs = jobs_by_status(session)
    except Exception as exc:  # the point of this route is to report it, not to fail
        db = {"status": "error", "backend": backend, "error": str(exc).splitlines()[0]}
        response.status_code = 503
    broker = runner.broker_status()
    workers = runner.workers_status()
    healthy = db["status"] == "ok" and broker["status"] in ("ok", "none") and workers["status"] == "ok"
    return {
        "status": "ok" if healthy else "degraded",
        "version": version("weldplan"),
        "database": db,
        "broker": broker,
        "workers": workers,
        "jobs": jobs,
    }
