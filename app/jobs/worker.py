"""What a job may do to its own row (JobContext), and how an executor runs one attempt of it (run_attempt)."""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings
from app.db.base import utcnow
from app.db.models import Plan
from app.db.session import rows_matched

log = logging.getLogger("weldplan.worker")


class JobSuperseded(Exception):
    """The job was cancelled, deleted or claimed again by a newer attempt: stop without writing."""


class JobFailed(Exception):
    """The job cannot finish; the message is shown to the user as the plan's error."""


# Longest stage name stored (the plans.stage column).
STAGE_MAX_CHARS = 32
# Within one stage, progress is written at most this often: the planner reports after every seam, and each
# write is a database transaction (an fsync on SQLite) on the job's own time; a poll every 0.4 s (the web UI's)
# sees no difference. A new stage is written at once: errors and tests name the stage a job was in.
PROGRESS_MIN_INTERVAL_S = 0.5

JobFunction = Callable[["JobContext"], dict[str, Any]]


class JobContext:
    """What a running job may do to its own row: report progress and stage, and finish."""

    def __init__(self, sessions: sessionmaker[Session], plan_id: str, attempt: int, settings: Settings) -> None:
        self.sessions = sessions
        self.plan_id = plan_id
        self.attempt = attempt
        self.settings = settings
        self._stage: str | None = None
        self._stage_written_at = 0.0

    def _write(self, **values: Any) -> None:
        with self.sessions() as s:
            res = s.execute(
                update(Plan)
                .where(Plan.id == self.plan_id, Plan.attempt == self.attempt, Plan.status == "running")
                .values(updated_at=utcnow(), **values)
            )
            s.commit()
        if rows_matched(res) != 1:
            raise JobSuperseded(self.plan_id)

    def report(self, progress: float, stage: str) -> None:
        """The job is `progress` (0..1) of the way through and working on `stage` (what the user sees, and
        what a deadline or crash error names)."""
        stage = stage[:STAGE_MAX_CHARS]
        now = time.monotonic()
        if stage == self._stage and now - self._stage_written_at < PROGRESS_MIN_INTERVAL_S:
            return
        self._write(progress=max(0.0, min(1.0, float(progress))), stage=stage)
        self._stage, self._stage_written_at = stage, now

    def succeed(self, result: dict[str, Any]) -> None:
        self._write(status="succeeded", progress=1.0, stage="done", result=result, error=None, finished_at=utcnow())

    def fail(self, error: str) -> None:
        self._write(status="failed", error=error, finished_at=utcnow())


def run_attempt(
    sessions: sessionmaker[Session], settings: Settings, plan_id: str, attempt: int, job: JobFunction
) -> None:
    """Runs attempt `attempt` of a plan's job to its end and writes that end to the row, unless the claim went
    stale meanwhile (then nothing). Never raises for the job's own failures."""
    ctx = JobContext(sessions, plan_id, attempt, settings)
    try:
        ctx.succeed(job(ctx))
    except JobSuperseded:
        pass
    except JobFailed as exc:
        _fail_quietly(ctx, str(exc))
    except Exception as exc:
        log.error("plan %s failed:\n%s", plan_id, traceback.format_exc())
        _fail_quietly(ctx, f"internal error while planning: {type(exc).__name__}: {exc}")


def _fail_quietly(ctx: JobContext, error: str) -> None:
    try:
        ctx.fail(error)
    except JobSuperseded:
        pass
