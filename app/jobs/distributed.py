"""Plan jobs on Celery workers, when settings.broker_url is set (Redis or RabbitMQ).

The plans table stays the source of truth, as with the embedded dispatcher (app.jobs.runner); a broker
message only says "plan P may be claimed from attempt A". A worker claims the job by moving the row from
queued with that attempt number to running with the next one; a message whose claim fails (the job was
claimed, cancelled, deleted or finished already) is dropped. So a message delivered twice, or published
again, runs the job once.

The broker is not trusted to keep anything: messages are acknowledged late (after the job) and handed back
if the worker is lost, but Redis keeps nothing on disk and a message may be lost between publish and
delivery. The database covers every case:
- a worker vouches for each job it runs by renewing the row's heartbeat_at; a running job whose heartbeat is
  older than settings.job_lease_s is lost (its worker was killed, or cut off), and is queued again like a job
  interrupted by a restart (app.jobs.runner.interrupted_update: at most settings.job_max_interruptions
  times, then it fails saying so: the dead-letter state);
- a queued job whose message was published more than settings.job_republish_s ago is published again.
Every API server and every worker runs that sweep, so jobs recover with any one of them down.

A worker supervises each job from the task's thread and runs it in a warm child process (app.jobs.executor)
that it can kill: at the job's deadline (the plan fails naming its stage), or as soon as the row says the
job was cancelled, whichever worker runs it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from celery import Celery
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings
from app.core.metrics import BROKER_QUEUE_MESSAGES, StageClock
from app.db.base import utcnow
from app.db.models import Plan
from app.db.session import rows_matched
from app.jobs.executor import WARM_UP_TIMEOUT_S, Executor, ExecutorPool
from app.jobs.runner import deadline_error, effective_deadline_s, exit_error, interrupted_update
from app.jobs.worker import JobFunction

log = logging.getLogger("weldplan.jobs")

TASK_NAME = "weldplan.run_plan"
# How often a sweep runs in each API server and worker; the lease and republish times are what matter.
SWEEP_INTERVAL_S = 1.0
# How long a job that wrote its end may take to report it on its pipe before its executor is taken as stuck.
FINISHING_GRACE_S = 5.0
# Queued jobs published in one sweep at most (the rest in the next ones), oldest first.
SWEEP_BATCH = 100


def redacted(url: str) -> str:
    """A broker URL without its password, for logs and the health document."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def make_celery(settings: Settings) -> Celery:
    assert settings.broker_url, "make_celery needs settings.broker_url"
    app = Celery("weldplan", broker=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=settings.broker_queue,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,  # the result is in the plans table
        # A message is acknowledged after its task, and handed back if the worker dies under it.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        # A task that raised (the database was down, say) is not acknowledged as done either; the sweep
        # publishes its job again, whatever the broker does with the message.
        task_acks_on_failure_or_timeout=False,
        # One message per free thread: a busy worker does not hold jobs that an idle one could run.
        worker_prefetch_multiplier=1,
        # Redis hands an unacknowledged message to another worker after this long; longer than any job may
        # run, so a healthy job is not delivered twice (the claim would drop the copy anyway).
        broker_transport_options={"visibility_timeout": int(settings.job_deadline_max_s) + 300},
        broker_connection_retry_on_startup=True,
        # A job goes on while the broker is away (it writes to the database, not to the broker).
        worker_cancel_long_running_tasks_on_connection_loss=False,
        worker_hijack_root_logger=False,
        task_publish_retry_policy={"max_retries": 2, "interval_start": 0.2, "interval_step": 0.5},
    )
    return app


def claim(sessions: sessionmaker[Session], plan_id: str, attempt: int, cap_s: float) -> tuple[int, float] | None:
    """Claims the job if it is queued at `attempt`: (the new attempt number, its deadline in s), else None."""
    now = utcnow()
    with sessions() as s:
        res = s.execute(
            update(Plan)
            .where(Plan.id == plan_id, Plan.status == "queued", Plan.attempt == attempt)
            .values(
                status="running",
                attempt=attempt + 1,
                progress=0.0,
                stage="starting",
                started_at=now,
                updated_at=now,
                heartbeat_at=now,
                published_at=None,
            )
        )
        s.commit()
        if rows_matched(res) != 1:
            return None
        deadline = s.scalar(select(Plan.deadline_s).where(Plan.id == plan_id))
    return attempt + 1, effective_deadline_s(deadline, cap_s)


def sweep(sessions: sessionmaker[Session], settings: Settings, publish: Callable[[str, int], None]) -> tuple[int, int]:
    """Queues again the running jobs whose worker is lost, then publishes the queued jobs that have no recent
    message: (jobs found lost, messages published)."""
    now = utcnow()
    lost = 0
    with sessions() as s:
        rows = s.execute(
            select(Plan.id, Plan.attempt, Plan.stage, Plan.heartbeat_at).where(
                Plan.status == "running",
                or_(Plan.heartbeat_at.is_(None), Plan.heartbeat_at < now - timedelta(seconds=settings.job_lease_s)),
            )
        ).all()
        for r in rows:
            values = interrupted_update(r.attempt, r.stage, settings.job_max_interruptions)
            same_heartbeat = (
                Plan.heartbeat_at.is_(None) if r.heartbeat_at is None else Plan.heartbeat_at == r.heartbeat_at
            )
            res = s.execute(
                update(Plan)
                .where(Plan.id == r.id, Plan.attempt == r.attempt, Plan.status == "running", same_heartbeat)
                .values(**values, published_at=None)
            )
            s.commit()
            if rows_matched(res) == 1:
                lost += 1
                log.warning(
                    "plan %s attempt %d lost its worker in stage %r: %s", r.id, r.attempt, r.stage, values["status"]
                )
        due = s.execute(
            select(Plan.id, Plan.attempt, Plan.published_at)
            .where(
                Plan.status == "queued",
                or_(
                    Plan.published_at.is_(None),
                    Plan.published_at < now - timedelta(seconds=settings.job_republish_s),
                ),
            )
            .order_by(Plan.created_at)
            .limit(SWEEP_BATCH)
        ).all()
    published = 0
    for q in due:
        with sessions() as s:
            same = Plan.published_at.is_(None) if q.published_at is None else Plan.published_at == q.published_at
            res = s.execute(
                update(Plan)
                .where(Plan.id == q.id, Plan.status == "queued", Plan.attempt == q.attempt, same)
                .values(published_at=utcnow())
            )
            s.commit()
        if rows_matched(res) != 1:
            continue  # another sweep published it, or a worker claimed it
        try:
            publish(q.id, q.attempt)
        except Exception as exc:
            # The broker is away: the job is published again once it is back (published_at is reset).
            with sessions() as s:
                s.execute(update(Plan).where(Plan.id == q.id, Plan.status == "queued").values(published_at=None))
                s.commit()
            log.warning("cannot publish plan %s to the broker: %s", q.id, exc)
            break
        published += 1
    return lost, published


class Sweeper:
    """Runs sweep() every SWEEP_INTERVAL_S on its own thread, and at once on wake()."""

    def __init__(self, sessions: sessionmaker[Session], settings: Settings, celery: Celery) -> None:
        self._sessions, self._settings, self._celery = sessions, settings, celery
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="weldplan-job-sweeper", daemon=True)

    def publish(self, plan_id: str, attempt: int) -> None:
        self._celery.send_task(TASK_NAME, args=[plan_id, attempt], queue=self._settings.broker_queue)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                sweep(self._sessions, self._settings, self.publish)
            except Exception:  # the sweeper must outlive a database or broker hiccup
                log.exception("job sweep failed")
            self._wake.wait(SWEEP_INTERVAL_S)
            self._wake.clear()


class CeleryDispatcher:
    """The API server's side: publishes new jobs (notify) and sweeps; the jobs run on `weldplan worker`s.
    Cancelling needs nothing from it: the job's supervisor reads the row."""

    def __init__(self, settings: Settings, session_factory: sessionmaker[Session]) -> None:
        self._settings = settings
        self.celery = make_celery(settings)
        self._sweeper = Sweeper(session_factory, settings, self.celery)
        self._workers_cache: tuple[float, dict[str, Any]] | None = None
        self._workers_lock = threading.Lock()

    def start(self) -> None:
        self._sweeper.start()

    def notify(self) -> None:
        self._sweeper.wake()

    def stop(self) -> None:
        # Running jobs belong to the workers; queued ones wait in the database and the broker.
        self._sweeper.stop()

    def broker_status(self) -> dict[str, Any]:
        """Reachability of the broker and the depth of the plan queue (also set on the metrics gauge)."""
        url = redacted(self._settings.broker_url or "")
        try:
            with self.celery.pool.acquire(block=True, timeout=2) as conn:
                conn.ensure_connection(max_retries=1, timeout=2)
                with conn.channel() as channel:
                    _, depth, _ = channel.queue_declare(self._settings.broker_queue, passive=True)
        except Exception as exc:
            if "NOT_FOUND" in str(exc):  # RabbitMQ: no worker has declared the queue yet
                BROKER_QUEUE_MESSAGES.set(0)
                return {"status": "ok", "url": url, "queue": self._settings.broker_queue, "messages": 0}
            return {
                "status": "error",
                "url": url,
                "error": str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
            }
        BROKER_QUEUE_MESSAGES.set(depth)
        return {"status": "ok", "url": url, "queue": self._settings.broker_queue, "messages": depth}

    def workers_status(self, max_age_s: float = 5.0) -> dict[str, Any]:
        """The workers that answer a ping (Celery's remote control) within 1 s; cached for max_age_s, so a
        health check that is polled often does not broadcast each time."""
        with self._workers_lock:
            if self._workers_cache is not None and time.monotonic() - self._workers_cache[0] < max_age_s:
                return self._workers_cache[1]
            try:
                replies = self.celery.control.ping(timeout=1.0) or []
                names = sorted(name for reply in replies for name in reply)
                status: dict[str, Any] = {"status": "ok" if names else "none", "kind": "celery", "names": names}
            except Exception as exc:
                status = {"status": "error", "kind": "celery", "error": str(exc).splitlines()[0]}
            self._workers_cache = (time.monotonic(), status)
            return status


class WorkerJobs:
    """A worker's side: claims each job a message names and supervises it in a warm executor."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session], job: JobFunction, slots: int) -> None:
        self.settings, self.sessions = settings, sessions
        self.pool = ExecutorPool(settings, job, slots)
        self.clock = StageClock()

    def run(self, plan_id: str, attempt: int) -> str:
        """Runs the job the message (plan_id, attempt) names, if it can still be claimed; returns how it
        ended (for the log and the metrics): dropped, succeeded, failed, cancelled, deadline, died."""
        # An executor first, then the claim: a claimed job gets its heartbeat from the start, never waiting
        # for a replacement executor to warm up meanwhile.
        ex = self.pool.acquire()
        claimed = claim(self.sessions, plan_id, attempt, self.settings.job_deadline_max_s)
        if claimed is None:
            self.pool.put_back(ex)
            return "dropped"
        attempt, deadline_s = claimed
        healthy = False
        self.clock.start(plan_id)
        outcome = "died"
        try:
            ex.submit(plan_id, attempt)
            outcome, healthy = self._supervise(ex, plan_id, attempt, deadline_s)
        finally:
            self.pool.release(ex, healthy)
            self.clock.end(plan_id, outcome)
        return outcome

    def _supervise(self, ex: Executor, plan_id: str, attempt: int, deadline_s: float) -> tuple[str, bool]:
        started = time.monotonic()
        poll_s = self.settings.job_poll_interval_s
        heartbeat_every_s = self.settings.job_lease_s / 5
        last_beat = started
        while True:
            end = ex.wait(poll_s)
            if end == "done":
                status = self._status(plan_id)
                return (status or "deleted"), True
            if end is not None:  # the child died; its replacement warms up in the background
                stage, _ = self._where(plan_id)
                self._fail_running(plan_id, attempt, exit_error(int(end), stage))
                return "died", False
            now = time.monotonic()
            if now - started > deadline_s:
                ex.kill()
                stage, progress = self._where(plan_id)
                log.warning("plan %s killed after its deadline of %g s in stage %r", plan_id, deadline_s, stage)
                self._fail_running(
                    plan_id, attempt, deadline_error(deadline_s, stage, progress, self.settings.job_deadline_max_s)
                )
                return "deadline", False
            with self.sessions() as s:
                row = s.execute(select(Plan.status, Plan.attempt, Plan.stage).where(Plan.id == plan_id)).first()
                if row is not None and row.attempt == attempt and row.status in ("succeeded", "failed"):
                    # the job wrote its end and is about to say so: a warm executor is not killed for that
                    healthy = ex.wait(FINISHING_GRACE_S) == "done"
                    if not healthy:
                        ex.kill()
                    return row.status, healthy
                if row is None or row.status != "running" or row.attempt != attempt:
                    ex.kill()  # cancelled, deleted, or found lost and claimed again: the job stops here
                    return "cancelled", False
                self.clock.observe(plan_id, row.stage)
                if now - last_beat >= heartbeat_every_s:
                    s.execute(
                        update(Plan)
                        .where(Plan.id == plan_id, Plan.attempt == attempt, Plan.status == "running")
                        .values(heartbeat_at=utcnow())
                    )
                    s.commit()
                    last_beat = now

    def _status(self, plan_id: str) -> str | None:
        with self.sessions() as s:
            return s.scalar(select(Plan.status).where(Plan.id == plan_id))

    def _where(self, plan_id: str) -> tuple[str | None, float]:
        with self.sessions() as s:
            row = s.execute(select(Plan.stage, Plan.progress).where(Plan.id == plan_id)).first()
        return (row.stage, row.progress) if row is not None else (None, 0.0)

    def _fail_running(self, plan_id: str, attempt: int, error: str) -> None:
        now = utcnow()
        with self.sessions() as s:
            s.execute(
                update(Plan)
                .where(Plan.id == plan_id, Plan.attempt == attempt, Plan.status == "running")
                .values(status="failed", error=error, finished_at=now, updated_at=now)
            )
            s.commit()

    def shutdown(self) -> None:
        self.pool.shutdown()


def run_worker(
    settings: Settings, job: JobFunction, concurrency: int, loglevel: str = "INFO", name: str | None = None
) -> None:
    """`weldplan worker`: a Celery worker with `concurrency` threads, each supervising one job at a time in
    its own warm executor process. Threads, not Celery's prefork pool: the work is in the executors, and a
    thread keeps the supervisor, its executor and its database connection in one long-lived process.
    name: the worker's node name (Celery's --hostname, e.g. w1@%h; default celery@<host>)."""
    from app.db.session import make_engine, make_session_factory

    engine = make_engine(settings.effective_database_url)
    sessions = make_session_factory(engine)
    celery = make_celery(settings)
    jobs = WorkerJobs(settings, sessions, job, concurrency)

    @celery.task(name=TASK_NAME, bind=True)
    def run_plan(self: Any, plan_id: str, attempt: int) -> None:
        outcome = jobs.run(plan_id, attempt)
        log.info("plan %s attempt %d from message: %s", plan_id, attempt, outcome)

    if settings.worker_metrics_port:
        from prometheus_client import start_http_server

        start_http_server(settings.worker_metrics_port)
    # Messages are taken only once the executors are warm: taken earlier, a job would wait seconds for their
    # imports (7 s from POST to claim after a restart in bench/api.py, machine loaded 7 deep) while a warm
    # worker could have run it.
    if not jobs.pool.wait_warm(WARM_UP_TIMEOUT_S):
        log.warning("not every job executor warmed up within %g s; taking jobs anyway", WARM_UP_TIMEOUT_S)
    sweeper = Sweeper(sessions, settings, celery)
    sweeper.start()
    try:
        celery.worker_main(
            [
                "worker",
                "--pool=threads",
                f"--concurrency={concurrency}",
                f"--queues={settings.broker_queue}",
                f"--loglevel={loglevel}",
                "--without-gossip",
                "--without-mingle",
                *([f"--hostname={name}"] if name else []),
            ]
        )
    finally:
        sweeper.stop()
        jobs.shutdown()
        engine.dispose()
