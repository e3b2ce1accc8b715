"""In-process job dispatcher: the plans table is the queue; each job runs in its own worker process.

The database row is the source of truth. A worker holds a job by its `attempt` number; re-queueing
(after a restart) or cancelling changes the row, and a worker whose claim went stale writes nothing.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.process import BaseProcess

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings
from app.db.base import utcnow
from app.db.models import Plan
from app.jobs.plan_job import run_plan_job
from app.jobs.worker import run_job

log = logging.getLogger("weldplan.jobs")


@dataclass
class _Running:
    process: BaseProcess
    attempt: int


class JobRunner:
    def __init__(self, settings: Settings, session_factory: sessionmaker[Session]) -> None:
        self._settings = settings
        self._sessions = session_factory
        self._running: dict[str, _Running] = {}
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ctx = multiprocessing.get_context("spawn")

    def start(self) -> None:
        requeued = self.requeue_interrupted()
        if requeued:
            log.info("re-queued %d job(s) interrupted by the last shutdown", requeued)
        self._thread = threading.Thread(target=self._loop, name="weldplan-job-dispatcher", daemon=True)
        self._thread.start()

    def notify(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        # Jobs cut short by a shutdown run again on the next start.
        for plan_id, running in list(self._running.items()):
            running.process.kill()
            running.process.join(timeout=5)
            self._requeue(plan_id, running.attempt)
        self._running.clear()

    def requeue_interrupted(self) -> int:
        with self._sessions() as s:
            res = s.execute(
                update(Plan).where(Plan.status == "running")
                .values(status="queued", progress=0.0, updated_at=utcnow())
            )
            s.commit()
            return res.rowcount or 0

    def _requeue(self, plan_id: str, attempt: int) -> None:
        with self._sessions() as s:
            s.execute(
                update(Plan).where(Plan.id == plan_id, Plan.attempt == attempt, Plan.status == "running")
                .values(status="queued", progress=0.0, updated_at=utcnow())
            )
            s.commit()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._reap()
                self._kill_cancelled()
                self._dispatch()
            except Exception:  # the dispatcher must outlive a database hiccup
                log.exception("job dispatcher iteration failed")
            self._wake.wait(self._settings.job_poll_interval_s)
            self._wake.clear()

    def _reap(self) -> None:
        for plan_id, running in list(self._running.items()):
            if running.process.is_alive():
                continue
            running.process.join()
            del self._running[plan_id]
            code = running.process.exitcode
            if code != 0:
                how = f"was killed by signal {-code}" if code is not None and code < 0 else f"exited with {code}"
                with self._sessions() as s:
                    s.execute(
                        update(Plan)
                        .where(Plan.id == plan_id, Plan.attempt == running.attempt, Plan.status == "running")
                        .values(status="failed", error=f"the worker process {how}", finished_at=utcnow(),
                                updated_at=utcnow())
                    )
                    s.commit()

    def _kill_cancelled(self) -> None:
        if not self._running:
            return
        with self._sessions() as s:
            rows = s.execute(
                select(Plan.id, Plan.status, Plan.attempt).where(Plan.id.in_(list(self._running)))
            ).all()
        current = {r.id: (r.status, r.attempt) for r in rows}
        for plan_id, running in list(self._running.items()):
            status, attempt = current.get(plan_id, ("deleted", -1))
            if status != "running" or attempt != running.attempt:
                running.process.kill()
                running.process.join(timeout=5)
                del self._running[plan_id]

    def _claim_next(self) -> tuple[str, int] | None:
        with self._sessions() as s:
            candidates = s.scalars(
                select(Plan.id).where(Plan.status == "queued").order_by(Plan.created_at).limit(5)
            ).all()
            for plan_id in candidates:
                res = s.execute(
                    update(Plan).where(Plan.id == plan_id, Plan.status == "queued")
                    .values(status="running", attempt=Plan.attempt + 1, progress=0.0, started_at=utcnow(),
                            updated_at=utcnow())
                )
                s.commit()
                if res.rowcount == 1:
                    return plan_id, s.scalar(select(Plan.attempt).where(Plan.id == plan_id))
        return None

    def _dispatch(self) -> None:
        while len(self._running) < self._settings.workers and not self._stop.is_set():
            claim = self._claim_next()
            if claim is None:
                return
            plan_id, attempt = claim
            proc = self._ctx.Process(
                target=run_job,
                # the job function travels with the call: worker.py need not import plan_job.py back
                args=(self._settings.model_dump(mode="json"), plan_id, attempt, run_plan_job),
                name=f"weldplan-job-{plan_id[:8]}",
                daemon=False,
            )
            proc.start()
            self._running[plan_id] = _Running(proc, attempt)
