"""The rules that make a Celery job end once (app.jobs.distributed), on a SQLite database with no broker: a
message claims its job only at the attempt it was published for; a running job whose heartbeat lapsed is
re-queued and published again, counted, and fails once interrupted more than settings.job_max_interruptions
times (the dead-letter state); a queued job is published once per settings.job_republish_s. The real workers,
brokers and PostgreSQL are api_tests/test_celery.py."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from sqlalchemy import update

from app.core.config import Settings
from app.core.metrics import route_template
from app.db.base import utcnow
from app.db.models import Plan
from app.jobs.distributed import claim, redacted, sweep
from tests.app.jobs_db import queued_plans


def _settings() -> Settings:
    return Settings(job_lease_s=15, job_republish_s=30, job_max_interruptions=2)


def test_a_message_claims_its_job_once_and_a_stale_one_never() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (plan_id,) = queued_plans(Path(tmp), 1)
        assert claim(sessions, plan_id, 0, 3600) == (1, 3600)
        assert claim(sessions, plan_id, 0, 3600) is None  # the same message again: already claimed
        with sessions() as s:
            plan = s.get(Plan, plan_id)
            assert plan is not None and plan.status == "running" and plan.heartbeat_at is not None
            plan.status, plan.published_at = "cancelled", None
            s.commit()
        assert claim(sessions, plan_id, 1, 3600) is None  # a cancelled job is claimed by nobody
        engine.dispose()


def test_lost_jobs_are_requeued_and_published_until_the_limit_then_fail() -> None:
    settings = _settings()
    published: list[tuple[str, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (plan_id,) = queued_plans(Path(tmp), 1)
        assert sweep(sessions, settings, lambda p, a: published.append((p, a))) == (0, 1)
        assert sweep(sessions, settings, lambda p, a: published.append((p, a))) == (0, 0)  # within republish_s
        assert published == [(plan_id, 0)]
        for attempt in range(1, settings.job_max_interruptions + 2):
            claimed = claim(sessions, plan_id, attempt - 1, 3600)
            assert claimed is not None and claimed[0] == attempt
            # a live worker renews its heartbeat: the sweep leaves its job alone
            assert sweep(sessions, settings, lambda p, a: published.append((p, a))) == (0, 0)
            with sessions() as s:  # the worker dies: no heartbeat for longer than the lease
                lapsed = utcnow() - timedelta(seconds=settings.job_lease_s + 1)
                s.execute(update(Plan).where(Plan.id == plan_id).values(heartbeat_at=lapsed, stage="seams"))
                s.commit()
            lost, sent = sweep(sessions, settings, lambda p, a: published.append((p, a)))
            with sessions() as s:
                plan = s.get(Plan, plan_id)
                assert plan is not None
            if attempt <= settings.job_max_interruptions:
                assert (lost, sent, plan.status) == (1, 1, "queued")
                assert published[-1] == (plan_id, attempt)  # published for the next claim at once
            else:
                assert (lost, sent, plan.status) == (1, 0, "failed")
                assert plan.error is not None and f"interrupted {attempt} times" in plan.error
                assert "the last time in stage 'seams'" in plan.error
        assert plan.attempt == settings.job_max_interruptions + 1
        engine.dispose()


def test_a_queued_job_is_published_again_after_republish_s_and_a_broker_error_is_retried() -> None:
    settings = _settings()
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (plan_id,) = queued_plans(Path(tmp), 1)

        def broker_down(plan_id: str, attempt: int) -> None:
            raise ConnectionError("connection refused")

        assert sweep(sessions, settings, broker_down) == (0, 0)
        sent: list[tuple[str, int]] = []
        assert sweep(sessions, settings, lambda p, a: sent.append((p, a))) == (0, 1)  # at once, not in 30 s
        with sessions() as s:
            s.execute(update(Plan).values(published_at=utcnow() - timedelta(seconds=settings.job_republish_s + 1)))
            s.commit()
        assert sweep(sessions, settings, lambda p, a: sent.append((p, a))) == (0, 1)
        assert sent == [(plan_id, 0), (plan_id, 0)]  # the copy is harmless: the first claim wins
        engine.dispose()


def test_broker_passwords_are_not_shown() -> None:
    assert redacted("amqp://guest:secret@mq:5672//") == "amqp://guest:***@mq:5672//"
    assert redacted("redis://redis:6379/0") == "redis://redis:6379/0"


def test_request_latency_is_labelled_by_the_route_template_with_its_prefix() -> None:
    from fastapi.routing import APIRoute

    from app.api.routes.plans import polled

    # the route as the router holds it, "/plans/{plan_id}"; the app includes it under /api/v1
    route = next(r for r in polled.routes if isinstance(r, APIRoute) and r.name == "get_plan")
    scope = {"path": "/api/v1/plans/0123abcd", "route": route}
    assert route_template(scope) == "/api/v1/plans/{plan_id}"
    assert route_template({"path": "/nowhere"}) == "unmatched"
