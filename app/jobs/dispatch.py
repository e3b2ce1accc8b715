"""The job dispatcher a server runs: its own worker processes (app.jobs.runner), or Celery workers behind a
broker when settings.broker_url is set (app.jobs.distributed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings
from app.db.models import Plan
from app.jobs.worker import JobFunction

if TYPE_CHECKING:
    from app.jobs.executor import ExecutorPool


class Dispatcher(Protocol):
    def start(self) -> None: ...

    def notify(self) -> None:
        """A job was queued or cancelled: act on it now rather than at the next poll."""

    def stop(self) -> None: ...

    def broker_status(self) -> dict[str, Any]: ...

    def workers_status(self) -> dict[str, Any]: ...


def make_dispatcher(
    settings: Settings, sessions: sessionmaker[Session], job: JobFunction | None, executors: ExecutorPool | None = None
) -> Dispatcher:
    """job: what the embedded workers run (tests inject one); Celery workers get theirs from `weldplan worker`.
    executors: the embedded workers, started early (early_executors)."""
    if settings.broker_url:
        from app.jobs.distributed import CeleryDispatcher

        return CeleryDispatcher(settings, sessions)
    from app.jobs.runner import JobRunner

    return JobRunner(settings, sessions, job, executors)


def early_executors(settings: Settings, job: JobFunction) -> ExecutorPool | None:
    """The embedded workers' executors, started before anything else of a server: each spends seconds importing
    the planner and CAD stacks, and started by the server's start-up (its last step) they were still at it
    when the server began to answer, so the first job after a start waited for them. None with a broker
    (Celery workers run the jobs) or no workers."""
    if settings.broker_url or settings.workers <= 0:
        return None
    from app.jobs.executor import ExecutorPool

    return ExecutorPool(settings, job, settings.workers)


def jobs_by_status(session: Session) -> dict[str, int]:
    """How many jobs are queued (the queue's depth) and running, from the database."""
    rows = session.execute(
        select(Plan.status, func.count()).where(Plan.status.in_(("queued", "running"))).group_by(Plan.status)
    ).all()
    counts = {"queued": 0, "running": 0}
    counts.update({status: n for status, n in rows})
    return counts
