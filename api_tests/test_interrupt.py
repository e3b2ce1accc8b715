"""Ctrl-C in the terminal that runs `make run` (SIGINT to the whole foreground process group) stops the server
and every process it started, without a traceback in its output."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from api_tests.server import ServerProcess


def test_ctrl_c_stops_the_server_and_everything_it_started_quietly(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'weldplan.db'}"
    server = ServerProcess(tmp_path, url, serve_args=("--demo",), WELDPLAN_WORKERS="2").start()
    try:
        # the two job executors (in sessions of their own) and the CAD isolation pool (the demo part's import)
        assert len(server.descendants()) >= 3, server.descendants()
        assert server.proc is not None
        os.killpg(server.proc.pid, signal.SIGINT)
        assert server.proc.wait(timeout=60) == 0, server.log_tail()
        assert server.wait_no_descendants(30) == []
        log = server.log_path.read_text(errors="replace")
        assert "Traceback" not in log and "KeyboardInterrupt" not in log, log
    finally:
        server.kill()
