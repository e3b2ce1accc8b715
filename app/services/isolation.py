"""Run native-code work (OCCT) in a child process, so a crash or a hang in a C++ library on a bad file
costs one request, never the server."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from app.core.lifetime import die_with_parent

T = TypeVar("T")


class IsolatedCrash(RuntimeError):
    """The child process died (segfault, abort, out of memory) while working."""


class IsolatedTimeout(RuntimeError):
    """The work took longer than its time limit; the child was killed."""


def _child_start(parent_pid: int) -> None:
    """A pool child's first step. A terminal's Ctrl-C goes to the whole foreground process group: the child
    leaves it to the server, which shuts the pool down (and the child dies with the server in any case),
    instead of printing a KeyboardInterrupt traceback from its idle wait for work."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent_pid)


class IsolatedRunner:
    def __init__(self, max_workers: int = 2) -> None:
        self._max_workers = max_workers
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        # The pool starts its processes in the thread that submits; every submit goes through this one
        # long-lived thread so that the children's parent-death signal (app.core.lifetime) is tied to it
        # rather than to a request thread that the server's thread pool retires when idle.
        self._launcher = ThreadPoolExecutor(1, thread_name_prefix="isolation-launcher")

    def _get_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the server has threads and open database connections.
                ctx = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(
                    self._max_workers, mp_context=ctx, initializer=_child_start, initargs=(os.getpid(),)
                )
            return self._pool

    def _submit(self, pool: ProcessPoolExecutor, fn: Callable[..., T], *args: Any) -> Future[T]:
        return self._launcher.submit(pool.submit, fn, *args).result()

    def _discard(self, pool: ProcessPoolExecutor, kill: bool) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        if kill:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def run(self, fn: Callable[..., T], *args: Any, timeout_s: float) -> T:
        pool = self._get_pool()
        try:
            future = self._submit(pool, fn, *args)
        except BrokenProcessPool:
            self._discard(pool, kill=True)
            pool = self._get_pool()
            future = self._submit(pool, fn, *args)
        try:
            return future.result(timeout=timeout_s)
        except BrokenProcessPool as exc:
            self._discard(pool, kill=True)
            raise IsolatedCrash(str(exc)) from exc
        except FutureTimeout as exc:
            self._discard(pool, kill=True)
            raise IsolatedTimeout(f"gave up after {timeout_s:g} s") from exc

    def shutdown(self) -> None:
        """Stop the pool's processes now: work still running in them was for requests the server is no
        longer answering, and a process left to finish it would outlive the server."""
        with self._lock:
            pool = self._pool
        if pool is not None:
            procs = list((getattr(pool, "_processes", None) or {}).values())
            self._discard(pool, kill=True)
            for proc in procs:
                proc.join(timeout=5)
        self._launcher.shutdown(wait=False)
