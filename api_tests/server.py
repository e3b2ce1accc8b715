"""A real weldplan server in a child process, for tests that talk HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
# Set in a server's or worker's environment, which every process it starts inherits in whatever session it
# runs: job executors lead sessions of their own (app.jobs.executor.lead_own_session), out of reach of the
# leader's process group.
TAG_VAR = "API_TESTS_PROCESS_TAG"


def tagged_processes(tag: str) -> list[int]:
    """Live processes (zombies left out: they run nothing and hold no memory) whose environment carries
    TAG_VAR=tag."""
    marker = f"{TAG_VAR}={tag}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            stat = (entry / "stat").read_text()
        except OSError:  # ended while we looked, or somebody else's
            continue
        if marker in environ.split(b"\0") and stat[stat.rindex(")") + 2] != "Z":
            found.append(int(entry.name))
    return found


def kill_tagged(tag: str) -> None:
    for pid in tagged_processes(tag):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`weldplan serve` on a free port, in its own process group so a test can kill it and its workers."""

    def __init__(
        self, data_dir: Path, database_url: str, module: str = "app.cli", serve_args: tuple[str, ...] = (), **env: str
    ) -> None:
        """module: what `python -m` runs with `serve --host H --port P` (api_tests.held_server: plan jobs
        that hold in a stage on request); serve_args: more arguments (--demo)."""
        self.serve_args = serve_args
        self.module = module
        self.data_dir = data_dir
        self.database_url = database_url
        self.extra_env = env
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir / f"server-{self.port}.log"
        self.tag = f"server-{os.getpid()}-{self.port}-{time.monotonic_ns()}"

    def start(self, timeout_s: float = 90.0) -> ServerProcess:
        env = {
            **os.environ,
            "WELDPLAN_DATA_DIR": str(self.data_dir),
            "WELDPLAN_DATABASE_URL": self.database_url,
            "WELDPLAN_LOG_LEVEL": "warning",
            **self.extra_env,
            TAG_VAR: self.tag,
        }
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115  (kept open for the child's lifetime)
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                self.module,
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                *self.serve_args,
            ],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/api/v1/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"server did not answer within {timeout_s} s:\n{self.log_tail()}")

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def _signal_group(self, sig: int) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, sig)
        except ProcessLookupError:
            pass

    def descendants(self) -> list[int]:
        """Live processes the server started, other than the server itself: its workers and whatever they
        started, including ones re-parented to init after the server died, in its session or their own."""
        if self.proc is None:
            return []
        return [pid for pid in tagged_processes(self.tag) if pid != self.proc.pid]

    def wait_no_descendants(self, timeout_s: float) -> list[int]:
        """Polls descendants() until none is left or timeout_s passed; returns what is left."""
        deadline = time.monotonic() + timeout_s
        left = self.descendants()
        while left and time.monotonic() < deadline:
            time.sleep(0.1)
            left = self.descendants()
        return left

    def _signal_leader(self, sig: int) -> None:
        if self.proc is not None:
            self.proc.send_signal(sig)
            self.proc.wait(timeout=30)

    def kill_leader(self) -> None:
        """SIGKILL the server process alone, as the OOM killer or `kill -9 <pid>` would: what it started
        must end by itself."""
        self._signal_leader(signal.SIGKILL)

    def terminate_leader(self) -> None:
        """SIGTERM the server process alone: a normal stop, which must stop everything it started."""
        self._signal_leader(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL the server and every worker it started: a crash, not a shutdown."""
        self._signal_group(signal.SIGKILL)
        kill_tagged(self.tag)
        if self.proc is not None:
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        self._signal_group(signal.SIGTERM)
        if self.proc is not None:
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


class WorkerProcess:
    """`weldplan worker` in its own session, so that a test can SIGKILL it alone, or it and its executors.
    module: what `python -m` runs with `worker --name NAME@%h` (default api_tests.held_server: the real worker
    with jobs that hold in a stage on request); args: more arguments."""

    def __init__(
        self, data_dir: Path, env: dict[str, str], name: str, module: str = "api_tests.held_server", *args: str
    ) -> None:
        self.log_path = data_dir / f"worker-{name}.log"
        # where this process's lines begin: a worker started again under the same name appends to the same log,
        # whose earlier lines already say " ready."
        self.log_start = self.log_path.stat().st_size if self.log_path.exists() else 0
        self.metrics_port = free_port()
        self.tag = f"worker-{os.getpid()}-{name}-{time.monotonic_ns()}"
        full_env = {
            **os.environ,
            **env,
            "WELDPLAN_DATA_DIR": str(data_dir),
            "WELDPLAN_WORKER_METRICS_PORT": str(self.metrics_port),
            "WELDPLAN_LOG_LEVEL": "info",
            TAG_VAR: self.tag,
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module, "worker", "--name", f"{name}@%h", *args],
            cwd=REPO,
            env=full_env,
            stdout=open(self.log_path, "ab"),  # noqa: SIM115  (kept open for the child's lifetime)
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, timeout_s: float = 60.0) -> WorkerProcess:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
            with open(self.log_path, "rb") as log:
                log.seek(self.log_start)
                if b" ready." in log.read():
                    return self
            time.sleep(0.2)
        raise RuntimeError(f"worker not ready within {timeout_s} s:\n{self.log_tail()}")

    def log_tail(self, n: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])

    def stop(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.proc.pid, sig)
                self.proc.wait(timeout=15)
                break
            except (ProcessLookupError, subprocess.TimeoutExpired):
                continue
        kill_tagged(self.tag)  # executors it left behind, in sessions of their own
