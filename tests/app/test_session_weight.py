"""app.jobs.executor.lower_session_weight: a process leading its own session (a job executor, after
lead_own_session) lowers that session's CPU weight (sched(7), autogroups); one inside somebody else's session
leaves it alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/autogroup").exists(), reason="no autogrouping in this kernel")

PROBE = (
    "import os, sys; from app.jobs.executor import lower_session_weight; "
    "done = lower_session_weight(3); print(done, (open('/proc/self/autogroup').read().split() or ['root'])[-1])"
)
REPO = Path(__file__).resolve().parents[2]


def _probe(new_session: bool) -> tuple[str, str]:
    command = [sys.executable, "-c", PROBE]
    out = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120, start_new_session=new_session)
    assert out.returncode == 0, out.stderr
    done, nice = out.stdout.split()
    return done, nice


def test_a_session_leader_lowers_its_session() -> None:
    assert _probe(new_session=True) == ("True", "3")


def test_a_process_in_another_session_leaves_it_alone() -> None:
    # A process in the kernel's root autogroup (one whose session was never set, as in some containers) reads
    # the file as empty.
    before = (Path("/proc/self/autogroup").read_text().split() or ["root"])[-1]
    done, nice = _probe(new_session=False)
    assert done == "False" and nice == before
