"""Warm job processes: a long-lived child that runs plan jobs one after another.

A job runs in a child process so that its supervisor can kill it (deadline, cancellation) without taking the
worker down. Starting a fresh process per job costs the imports of the planner and CAD stacks and every
in-memory cache each time; a child that stays up between jobs pays that once. A child that was killed, or
that died, is replaced by a new one, warmed in the background.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from app.core.config import Settings
from app.core.lifetime import die_with_parent
from app.jobs.worker import JobFunction, run_attempt

log = logging.getLogger("weldplan.executor")

_DONE = "done"
_READY = "ready"
# Longest a new executor may take to import the job's modules on a busy machine.
WARM_UP_TIMEOUT_S = 300.0
# Thread pools of the numeric libraries a job loads (OpenBLAS, OpenMP in CoACD, MKL, numexpr), each read once
# when its library loads. A job is one CPU's worth of work by design (a server runs as many jobs as it has
# cores): a pool per job would put N threads per job on the same cores, and two jobs on two cores would slow
# each other down by more than the cores they share.
SINGLE_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


def single_threaded_children() -> None:
    """Makes the child processes started from now on run their numeric libraries on one thread (unless the
    environment already says otherwise). Set in this process's environment because a spawned child may load
    numpy while it unpickles its target, before any of its own code runs."""
    for name in SINGLE_THREAD_ENV:
        os.environ.setdefault(name, "1")


def lower_priority(policy: str, nice: int) -> None:
    """Makes this process (a job's) yield the CPU to the API. policy "batch": SCHED_BATCH (sched(7): a
    CPU-bound task that a waking interactive one, such as a request, preempts at once, with its fair share of
    the CPU kept) and `nice` added to its niceness (at 2 the kernel weighs a job 655 against the API's 1024).
    Niceness ranks the job against the API only where the kernel does not group by session (with autogrouping,
    lower_session_weight does, on the job's own session). Not more by default: where it is the only ranking, it
    ranks the job below everything else on the machine, and at 5 a test's job took minutes to build its
    collision world on a machine loaded 15 deep. policy "idle":
    SCHED_IDLE, run only when no other task of the same scheduling group wants the CPU; on a machine shared
    with other work it measured worse for the API and the jobs alike (app.core.config, job_policy)."""
    if not hasattr(os, "sched_setscheduler"):
        return
    if policy == "idle":
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
            return
        except OSError:  # not permitted here: falls back to batch
            log.warning("could not give the job the SCHED_IDLE policy; using SCHED_BATCH")
    try:
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    except OSError:  # not permitted here: the policy stays the server's
        log.warning("could not give the job the SCHED_BATCH policy")
    if nice > 0:
        try:
            os.nice(nice)
        except OSError:  # not permitted here: the job runs at the server's priority
            log.warning("could not lower the job's priority by %d", nice)


def lower_session_weight(nice: int) -> bool:
    """Adds `nice` to the CPU weight of this process's session, where it leads one (sched(7), autogroups: with
    autogrouping on, the scheduler first shares the CPU between sessions, whatever the niceness of the
    processes inside them). A process inside somebody else's session (a terminal's) leaves it alone: that would
    lower everything the user started there. True when the weight was lowered."""
    if nice <= 0 or not hasattr(os, "getsid") or os.getsid(0) != os.getpid():
        return False
    try:
        with open("/proc/self/autogroup", "w") as f:
            f.write(str(nice))
    except OSError:  # no autogrouping in this kernel, or not permitted: the jobs keep their own niceness only
        log.info("could not lower the job session's CPU weight by %d", nice)
        return False
    return True


def lead_own_session() -> None:
    """Moves this process (an executor) into a session of its own, whose CPU weight lower_session_weight can
    then lower without lowering its server's or worker's: with autogrouping, an executor in the server's session
    shares that session's weight with the server's own threads, where its niceness ranks it below them but the
    two jobs together still weigh as much as the server against the request's other processes (the client,
    PostgreSQL's backends). Also keeps a terminal's Ctrl-C from reaching the executors: their server stops
    them, and they die with it in any case (die_with_parent)."""
    if hasattr(os, "setsid"):
        try:
            os.setsid()
        except OSError:  # already a process group leader: it stays where it is
            log.info("executor %d could not start a session of its own", os.getpid())


def executor_main(conn: Connection, settings_data: dict[str, Any], parent_pid: int, job: JobFunction) -> None:
    """The child's target: warm up, then run each (plan_id, attempt) received until the pipe closes."""
    die_with_parent(parent_pid)
    lead_own_session()
    settings = Settings(**settings_data)
    from app.db.session import make_engine, make_session_factory
    from app.jobs.plan_job import warm_up

    engine = make_engine(settings.effective_database_url)
    sessions = make_session_factory(engine)
    # Warmed up at the server's priority, then lowered: at the job's priority the imports would wait for the
    # server's own start-up, which starts the executors first so that they are ready when it answers.
    warm_up()
    lower_priority(settings.job_policy, settings.job_nice)
    lower_session_weight(settings.job_session_nice)
    conn.send(_READY)
    try:
        while True:
            try:
                plan_id, attempt = conn.recv()
            except EOFError:  # the supervisor is gone or let this child go
                return
            run_attempt(sessions, settings, plan_id, attempt, job)
            conn.send(_DONE)
    finally:
        engine.dispose()


class Executor:
    """One warm child process and the pipe to it; used by one supervisor thread at a time."""

    def __init__(self, settings: Settings, job: JobFunction) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_conn = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=executor_main,
            args=(child_conn, settings.model_dump(mode="json"), os.getpid(), job),
            name="weldplan-job-executor",
            daemon=False,
        )
        self.process.start()
        child_conn.close()

    def wait_ready(self, timeout_s: float) -> bool:
        """Whether the child finished its warm-up within timeout_s."""
        try:
            return self._conn.poll(timeout_s) and self._conn.recv() == _READY
        except (EOFError, OSError):
            return False

    def submit(self, plan_id: str, attempt: int) -> None:
        self._conn.send((plan_id, attempt))

    def wait(self, timeout_s: float) -> int | str | None:
        """Waits up to timeout_s for the job submitted last: "done" when it wrote its end (or found its claim
        stale), the child's exit code if the child died, None while it runs."""
        try:
            if self._conn.poll(timeout_s):
                return str(self._conn.recv())
        except (EOFError, OSError):
            pass  # the child died: its exit code says how
        if not self.process.is_alive():
            self.process.join()
            return self.process.exitcode
        return None

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=10)
        self._conn.close()

    def close(self) -> None:
        """Lets the child end by itself (EOF on its pipe), then makes sure it did."""
        self._conn.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.kill()


class ExecutorPool:
    """`size` warm executors, lent to supervisor threads one at a time. Every child is started from the pool's
    own long-lived thread: the kernel's parent-death signal is tied to the thread that starts a child
    (app.core.lifetime), and a worker's task threads need not live that long."""

    def __init__(
        self, settings: Settings, job: JobFunction, size: int, on_ready: Callable[[], None] | None = None
    ) -> None:
        """on_ready: called (from the pool's thread) each time an executor becomes free to take a job."""
        single_threaded_children()
        self._settings, self._job, self._size = settings, job, size
        self._on_ready = on_ready
        self._ready: queue.Queue[Executor] = queue.Queue()
        self._orders: queue.Queue[int | None] = queue.Queue()
        self._all: list[Executor] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._launch, name="weldplan-executor-launcher", daemon=True)
        self._thread.start()
        for _ in range(size):
            self._orders.put(1)

    def _launch(self) -> None:
        while self._orders.get() is not None:
            try:
                ex = Executor(self._settings, self._job)
            except Exception:  # e.g. out of memory
                log.exception("could not start a job executor")
                time.sleep(1.0)
                self._orders.put(1)
                continue
            # Lent only once warm: a job's deadline and heartbeat start at its claim, not at a warm-up.
            if not ex.wait_ready(WARM_UP_TIMEOUT_S):
                log.error("a job executor did not warm up (exit code %s); starting another", ex.process.exitcode)
                ex.kill()
                time.sleep(1.0)
                self._orders.put(1)
                continue
            with self._lock:
                self._all.append(ex)
            self._ready.put(ex)
            if self._on_ready is not None:
                self._on_ready()

    def on_ready(self, callback: Callable[[], None]) -> None:
        """From now on, callback is called (from the pool's thread) each time an executor becomes free: for a
        pool started before its dispatcher (app.cli serve starts it first thing, to warm up meanwhile)."""
        self._on_ready = callback
        if not self._ready.empty():
            callback()

    def wait_warm(self, timeout_s: float) -> bool:
        """Waits until all `size` executors are warm and free (a worker before it takes messages), at most
        timeout_s; whether they are."""
        deadline = time.monotonic() + timeout_s
        while self._ready.qsize() < self._size:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def acquire(self) -> Executor:
        return self._ready.get()

    def try_acquire(self) -> Executor | None:
        """A warm executor if one is free now, else None (without waiting)."""
        try:
            return self._ready.get_nowait()
        except queue.Empty:
            return None

    def put_back(self, ex: Executor) -> None:
        """Returns an executor that was lent but given no job (nothing to claim): free again, but no news for
        on_ready, which would only look for work again and find none."""
        self._ready.put(ex)

    def release(self, ex: Executor, healthy: bool) -> None:
        """Gives an executor back; one that is not healthy (killed, died) is replaced by a new one."""
        if healthy and ex.process.is_alive():
            self._ready.put(ex)
            if self._on_ready is not None:
                self._on_ready()
            return
        if ex.process.is_alive():
            ex.kill()
        with self._lock:
            self._all.remove(ex)
        self._orders.put(1)

    def shutdown(self) -> None:
        self._orders.put(None)
        self._thread.join(timeout=10)
        with self._lock:
            for ex in self._all:
                ex.close()
            self._all.clear()
