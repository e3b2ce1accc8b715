"""GET /metrics: this server's Prometheus metrics (app.core.metrics)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.api.deps import RunnerDep, ServiceSessionDep
from app.core.metrics import JOBS, exposition
from app.jobs.dispatch import jobs_by_status

router = APIRouter(tags=["health"])


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request, session: ServiceSessionDep, runner: RunnerDep) -> Response:
    # The queue's depth is read when scraped: the database's count of queued and running jobs, and with a
    # broker the messages waiting in its queue (broker_status sets that gauge).
    for status, n in jobs_by_status(session).items():
        JOBS.labels(status).set(n)
    runner.broker_status()
    body, media_type = exposition(request.headers.get("accept"))
    return Response(body, media_type=media_type)
