"""Prometheus metrics (prometheus-client): request latency, job durations by stage, queue depth.

Metrics live in the process that measures them: the API server (requests; with the embedded dispatcher also
the jobs) and each `weldplan worker` (the jobs it runs, served on settings.worker_metrics_port). A job's
stages are timed by its supervisor, which reads the stage the job reports to its row at every poll
(settings.job_poll_interval_s): a stage's time is exact to about one poll.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from prometheus_client import REGISTRY, Gauge, Histogram
from prometheus_client.exposition import choose_encoder

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Plan jobs take from a second (one seam, warm worker) to the server's cap of an hour.
_JOB_BUCKETS_S = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0)
_REQUEST_BUCKETS_S = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

JOB_STAGE_SECONDS = Histogram(
    "weldplan_job_stage_seconds",
    "Time plan jobs spent in each stage they reported (loading, placement, seams, ..., saving).",
    ["stage"],
    buckets=_JOB_BUCKETS_S,
)
JOB_SECONDS = Histogram(
    "weldplan_job_seconds",
    "Time from a worker's claim of a plan job to its end, by how it ended.",
    ["outcome"],
    buckets=_JOB_BUCKETS_S,
)
JOBS = Gauge("weldplan_jobs", "Plan jobs in the database by status (queued: the queue depth).", ["status"])
BROKER_QUEUE_MESSAGES = Gauge(
    "weldplan_broker_queue_messages",
    "Messages waiting in the broker's plan queue (with a broker only; duplicates of one job included).",
)
REQUEST_SECONDS = Histogram(
    "weldplan_http_request_seconds",
    "HTTP request latency by method, route template and status code.",
    ["method", "route", "status"],
    buckets=_REQUEST_BUCKETS_S,
)


class StageClock:
    """Times the stages of the jobs one supervisor watches, from the stage it reads at each poll."""

    def __init__(self) -> None:
        self._now: dict[str, tuple[str | None, float, float]] = {}  # plan id -> (stage, since, claimed at)

    def start(self, plan_id: str) -> None:
        t = time.monotonic()
        self._now[plan_id] = (None, t, t)

    def observe(self, plan_id: str, stage: str | None) -> None:
        if plan_id not in self._now:
            self.start(plan_id)
        current, since, claimed = self._now[plan_id]
        if stage == current:
            return
        t = time.monotonic()
        if current is not None:
            JOB_STAGE_SECONDS.labels(current).observe(t - since)
        self._now[plan_id] = (stage, t, claimed)

    def end(self, plan_id: str, outcome: str) -> None:
        """outcome: succeeded, failed, cancelled (or superseded), deadline, lost."""
        if plan_id not in self._now:
            return
        self.observe(plan_id, None)
        _, _, claimed = self._now.pop(plan_id)
        JOB_SECONDS.labels(outcome).observe(time.monotonic() - claimed)


class RequestMetricsMiddleware:
    """Observes every HTTP request's latency, labelled by its route's template (/api/v1/plans/{plan_id}),
    never by its raw path, so the number of series stays bounded. A plain ASGI middleware: it adds a few
    microseconds, none of BaseHTTPMiddleware's task and stream machinery."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # an exception before the response started
        t0 = time.perf_counter()

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            REQUEST_SECONDS.labels(scope["method"], route_template(scope), str(status)).observe(
                time.perf_counter() - t0
            )


def route_template(scope: Scope) -> str:
    """The matched route's path template with the prefix it was included under ("/api/v1/plans/{plan_id}"), or
    "unmatched". FastAPI's router puts the route in the scope, but its path may lack the include prefix (it
    does in FastAPI 0.165): the prefix is what precedes the part of the request path the route matches."""
    route = scope.get("route")  # set by FastAPI's router on a match (the scope is shared)
    template, regex = getattr(route, "path", None), getattr(route, "path_regex", None)
    if template is None or regex is None:
        return "unmatched"
    path = scope["path"]
    for i, ch in enumerate(path):
        if ch == "/" and regex.match(path[i:]):
            return path[:i] + template
    return template


def exposition(accept: str | None) -> tuple[bytes, str]:
    """Every metric of this process and its media type, in the format the scraper's Accept header asks for
    (OpenMetrics, or the classic text format that any Prometheus reads)."""
    encoder, media_type = choose_encoder(accept or "")
    return encoder(REGISTRY), media_type
