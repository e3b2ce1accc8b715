"""In-process job dispatcher: the plans table is the queue; jobs run in warm executor processes.

The database row is the source of truth. A worker holds a job by its `attempt` number; re-queueing
(after a restart) or cancelling changes the row, and a worker whose claim went stale writes nothing.

Each of the settings.workers slots is a long-lived executor process (app.jobs.executor, the same warm child a
Celery worker uses) that runs jobs one after another, so a job pays no imports and finds the robot models,
self-collision tables and parsed parts of earlier jobs in memory. The dispatcher is also the jobs' watchdog:
an executor whose job passed its plan's deadline, or was cancelled, is killed (the plan fails naming the
stage it was in) and replaced by a fresh one, warmed in the background. A job found running at start-up
(the server died under it) is re-queued, at most settings.job_max_interruptions times.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings
from app.core.metrics import StageClock
from app.db.base import utcnow
from app.db.models import Plan
from app.db.session import rows_matched
from app.jobs.executor import Executor, ExecutorPool
from app.jobs.plan_job import run_plan_job
from app.jobs.worker import JobFunction

log = logging.getLogger("weldplan.jobs")


# How long a job that wrote its end may take to say so on its executor's pipe before the executor is taken as
# stuck and replaced.
FINISHING_GRACE_S = 5.0


@dataclass
class _Running:
    executor: Executor
    attempt: int
    started: float  # time.monotonic() when the job was claimed
    deadline_s: float
    ended_seen: float | None = None  # time.monotonic() when the row was first seen finished


def interrupted_update(attempt: int, stage: str | None, max_interruptions: int) -> dict[str, Any]:
    """Column values for a job whose attempt number `attempt` was cut short (server restart, crash or
    shutdown while it ran): queued again, or failed once it has been interrupted more than
    max_interruptions times. Every attempt before this one was interrupted too, since any other end of an
    attempt is final: `attempt` is how many times the job has been interrupted."""
    if attempt <= max_interruptions:
        return {"status": "queued", "progress": 0.0, "stage": None, "updated_at": utcnow()}
    where = f"; the last time in stage '{stage}'" if stage else ""
    return {
        "status": "failed",
        "finished_at": utcnow(),
        "updated_at": utcnow(),
        "error": f"the job was interrupted {attempt} times (the server stopped or crashed while it ran{where}), "
        f"more than the {max_interruptions} re-queues this server allows "
        f"(WELDPLAN_JOB_MAX_INTERRUPTIONS): it is not re-queued again",
    }


def exit_error(exitcode: int | None, stage: str | None) -> str:
    """The plan's error when the process running its job ended before the job wrote its end."""
    if exitcode == 0:
        how = "ended without writing a result"  # only a row still running is touched
    elif exitcode is not None and exitcode < 0:
        how = f"was killed by signal {-exitcode}"
    else:
        how = f"exited with {exitcode}"
    return f"the worker process {how}" + (f" in stage '{stage}'" if stage else "")


def deadline_error(deadline_s: float, stage: str | None, progress: float, cap_s: float) -> str:
    """The plan's error when its job was killed at its deadline."""
    return (
        f"planning stopped after its deadline of {deadline_s:g} s in stage '{stage or 'starting'}' "
        f"({100 * progress:.0f} % done): allow more time with options.deadline_s (at most {cap_s:g} s on "
        f"this server) or plan fewer seams"
    )


def effective_deadline_s(plan_deadline_s: float | None, cap_s: float) -> float:
    """A plan's own deadline cut to the server's cap (rows from before deadlines existed get the cap)."""
    return cap_s if plan_deadline_s is None else min(float(plan_deadline_s), cap_s)


class JobRunner:
    def __init__(
        self,
        settings: Settings,
        session_factory: sessionmaker[Session],
        job: JobFunction | None = None,
        executors: ExecutorPool | None = None,
    ) -> None:
        """job: what a worker runs for each plan (default: app.jobs.plan_job.run_plan_job); a module-level
        function, since the spawned executor imports it by name. executors: a pool of settings.workers
        executors of that job already warming up (else start() starts one)."""
        self._settings = settings
        self._sessions = session_factory
        self._job = job if job is not None else run_plan_job
        self._running: dict[str, _Running] = {}
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pool: ExecutorPool | None = executors
        self._clock = StageClock()

    def start(self) -> None:
        requeued, failed = self.requeue_interrupted()
        if requeued or failed:
            log.info(
                "jobs interrupted by the last shutdown: %d re-queued, %d failed (interrupted more than %d times)",
                requeued,
                failed,
                self._settings.job_max_interruptions,
            )
        if self._pool is not None:
            self._pool.on_ready(self.notify)
        elif self._settings.workers > 0:
            # warming up from now on, so that the first job finds its executor ready
            self._pool = ExecutorPool(self._settings, self._job, self._settings.workers, on_ready=self.notify)
        self._thread = threading.Thread(target=self._loop, name="weldplan-job-dispatcher", daemon=True)
        self._thread.start()

    def notify(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        # Jobs cut short by a shutdown run again on the next start (up to the interruption limit).
        for plan_id, running in list(self._running.items()):
            running.executor.kill()
            self._interrupted(plan_id, running.attempt)
            self._clock.end(plan_id, "interrupted")
        self._running.clear()
        if self._pool is not None:
            self._pool.shutdown()

    def broker_status(self) -> dict[str, Any]:
        """For the health document: no broker, jobs run in this server's processes."""
        return {"status": "none", "detail": "no broker (WELDPLAN_BROKER_URL): jobs run in this server's processes"}

    def workers_status(self) -> dict[str, Any]:
        return {
            "status": "ok" if self._settings.workers > 0 else "none",
            "kind": "embedded",
            "processes": self._settings.workers,
            "running": len(self._running),
        }

    def requeue_interrupted(self) -> tuple[int, int]:
        """Jobs left running by a server that is gone: (re-queued, failed for too many interruptions)."""
        with self._sessions() as s:
            rows = s.execute(select(Plan.id, Plan.attempt).where(Plan.status == "running")).all()
        verdicts = [self._interrupted(r.id, r.attempt) for r in rows]
        return verdicts.count("queued"), verdicts.count("failed")

    def _interrupted(self, plan_id: str, attempt: int) -> str | None:
        with self._sessions() as s:
            stage = s.scalar(select(Plan.stage).where(Plan.id == plan_id))
            values = interrupted_update(attempt, stage, self._settings.job_max_interruptions)
            res = s.execute(
                update(Plan)
                .where(Plan.id == plan_id, Plan.attempt == attempt, Plan.status == "running")
                .values(**values)
            )
            s.commit()
        return values["status"] if rows_matched(res) == 1 else None

    def _fail_running(self, plan_id: str, attempt: int, error: str) -> None:
        with self._sessions() as s:
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id, Plan.attempt == attempt, Plan.status == "running")
                .values(status="failed", error=error, finished_at=utcnow(), updated_at=utcnow())
            )
            s.commit()

    def _where(self, plan_id: str) -> tuple[str | None, float]:
        with self._sessions() as s:
            row = s.execute(select(Plan.stage, Plan.progress).where(Plan.id == plan_id)).first()
        return (row.stage, row.progress) if row is not None else (None, 0.0)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._reap()
                self._kill_cancelled()
                self._enforce_deadlines()
                self._dispatch()
            except Exception:  # the dispatcher must outlive a database hiccup
                log.exception("job dispatcher iteration failed")
            self._wake.wait(self._settings.job_poll_interval_s)
            self._wake.clear()

    def _release(self, plan_id: str, healthy: bool) -> None:
        running = self._running.pop(plan_id)
        assert self._pool is not None  # jobs run only when there is a pool
        self._pool.release(running.executor, healthy)

    def _reap(self) -> None:
        for plan_id, running in list(self._running.items()):
            end = running.executor.wait(0)
            if end is None:
                continue
            if end == "done":  # the job wrote its end, or found its claim stale and wrote nothing
                self._release(plan_id, True)
                with self._sessions() as s:
                    status = s.scalar(select(Plan.status).where(Plan.id == plan_id))
                self._clock.end(plan_id, status if status in ("succeeded", "failed", "cancelled") else "dropped")
                continue
            self._release(plan_id, False)  # the executor died; its replacement warms up in the background
            stage, _ = self._where(plan_id)
            self._fail_running(plan_id, running.attempt, exit_error(int(end), stage))
            self._clock.end(plan_id, "died")

    def _kill_cancelled(self) -> None:
        if not self._running:
            return
        with self._sessions() as s:
            rows = s.execute(
                select(Plan.id, Plan.status, Plan.attempt, Plan.stage).where(Plan.id.in_(list(self._running)))
            ).all()
        current = {r.id: (r.status, r.attempt, r.stage) for r in rows}
        now = time.monotonic()
        for plan_id, running in list(self._running.items()):
            status, attempt, stage = current.get(plan_id, ("deleted", -1, None))
            if status == "running" and attempt == running.attempt:
                self._clock.observe(plan_id, stage)
            elif status in ("succeeded", "failed") and attempt == running.attempt:
                # The job wrote its end and is about to say so on its pipe (then _reap gives its executor
                # back): a warm executor is not killed for that, unless it never does.
                if running.ended_seen is None:
                    running.ended_seen = now
                elif now - running.ended_seen > FINISHING_GRACE_S:
                    log.warning("plan %s: its executor did not report the job's end; replacing it", plan_id)
                    self._release(plan_id, False)
                    self._clock.end(plan_id, status)
            else:  # cancelled, deleted or superseded: the job stops here, and its executor with it
                self._release(plan_id, False)
                self._clock.end(plan_id, "cancelled")

    def _enforce_deadlines(self) -> None:
        now = time.monotonic()
        for plan_id, running in list(self._running.items()):
            if now - running.started <= running.deadline_s:
                continue
            self._release(plan_id, False)
            self._clock.end(plan_id, "deadline")
            stage, progress = self._where(plan_id)
            log.warning("plan %s killed after its deadline of %g s in stage %r", plan_id, running.deadline_s, stage)
            self._fail_running(
                plan_id,
                running.attempt,
                deadline_error(running.deadline_s, stage, progress, self._settings.job_deadline_max_s),
            )

    def _claim_next(self) -> tuple[str, int, float] | None:
        with self._sessions() as s:
            candidates = s.scalars(
                select(Plan.id).where(Plan.status == "queued").order_by(Plan.created_at).limit(5)
            ).all()
            for plan_id in candidates:
                res = s.execute(
                    update(Plan)
                    .where(Plan.id == plan_id, Plan.status == "queued")
                    .values(
                        status="running",
                        attempt=Plan.attempt + 1,
                        progress=0.0,
                        stage="starting",
                        started_at=utcnow(),
                        updated_at=utcnow(),
                    )
                )
                s.commit()
                if rows_matched(res) == 1:
                    row = s.execute(select(Plan.attempt, Plan.deadline_s).where(Plan.id == plan_id)).one()
                    return plan_id, row.attempt, effective_deadline_s(row.deadline_s, self._settings.job_deadline_max_s)
        return None

    def _dispatch(self) -> None:
        # A job is claimed only once an executor is free and warm: its deadline starts at the claim, and a
        # queued job stays visible as queued while executors warm up.
        while self._pool is not None and len(self._running) < self._settings.workers and not self._stop.is_set():
            ex = self._pool.try_acquire()
            if ex is None:
                return
            if not ex.process.is_alive():  # died while idle (out of memory, killed): replaced, not lent
                self._pool.release(ex, False)
                continue
            claim = self._claim_next()
            if claim is None:
                self._pool.put_back(ex)
                return
            plan_id, attempt, deadline_s = claim
            self._running[plan_id] = _Running(ex, attempt, time.monotonic(), deadline_s)
            self._clock.start(plan_id)
            try:
                ex.submit(plan_id, attempt)
            except OSError:  # it died just now: _reap fails the job with the executor's exit code
                log.warning("plan %s: its executor died before it took the job", plan_id)
