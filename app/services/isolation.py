"""Run native-code work (OCCT) in a child process, so a crash or a hang in a C++ library on a bad file
costs one request, never the server."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")


class IsolatedCrash(RuntimeError):
    """The child process died (segfault, abort, out of memory) while working."""


class IsolatedTimeout(RuntimeError):
    """The work took longer than its time limit; the child was killed."""


class IsolatedRunner:
    def __init__(self, max_workers: int = 2) -> None:
        self._max_workers = max_workers
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def _get_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the server has threads and open database connections.
                ctx = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(self._max_workers, mp_context=ctx)
            return self._pool

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
            future = pool.submit(fn, *args)
        except BrokenProcessPool:
            self._discard(pool, kill=True)
            pool = self._get_pool()
            future = pool.submit(fn, *args)
        try:
            return future.result(timeout=timeout_s)
        except BrokenProcessPool as exc:
            self._discard(pool, kill=True)
            raise IsolatedCrash(str(exc)) from exc
        except FutureTimeout as exc:
            self._discard(pool, kill=True)
            raise IsolatedTimeout(f"gave up after {timeout_s:g} s") from exc

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
