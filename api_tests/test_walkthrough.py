"""The README's walk-through (docs/walkthrough.sh) run as written against a real server, so it cannot go stale.

One server on SQLite with the demo part loaded, as `make run` starts it; the PostgreSQL backend is covered by
the other API tests, which exercise the same routes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_tests.server import REPO, ServerProcess

SCRIPT = REPO / "docs" / "walkthrough.sh"
STEPS = [
    "== 1. the part",
    "== 2. weld seams",
    "== 3. plan",
    "== 4. trajectory",
    "== 5. robot program",
    "== 6. cycle time",
    "== 7. replay the program",
]


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("walkthrough")
    proc = ServerProcess(tmp, f"sqlite:///{tmp / 'weldplan.db'}", WELDPLAN_LOAD_DEMO_PART="true")
    try:
        proc.start()
        yield proc
    finally:
        proc.stop()


def _walk(server: ServerProcess, out: Path, *args: str) -> str:
    if shutil.which("curl") is None:
        pytest.fail("the walk-through needs curl on the PATH (as the README says)")
    env = {**os.environ, "WELDPLAN_URL": server.base_url, "OUT": str(out)}
    run = subprocess.run(["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, f"walk-through failed:\n{run.stdout}\n{run.stderr}\nserver log:\n{server.log_tail()}"
    return run.stdout


def test_readme_walkthrough_on_the_demo_part(demo_server: ServerProcess, tmp_path: Path) -> None:
    stdout = _walk(demo_server, tmp_path)
    # Every step ran, in order, and left its file behind.
    positions = [stdout.index(step) for step in STEPS]
    assert positions == sorted(positions), stdout
    assert "demo_bracket.step, 4 bodies" in stdout
    for name in ("part.glb", "trajectory.json", "cycle-time.json", "report.html"):
        assert (tmp_path / name).stat().st_size > 0, name
    program = tmp_path / (tmp_path / "program_name").read_text().strip()
    assert "MODULE" in program.read_text() and "ArcLStart" in program.read_text()
    assert stdout.rstrip().endswith(f"done: files in {tmp_path}")


def test_readme_walkthrough_uploads_a_given_part(demo_server: ServerProcess, tmp_path: Path) -> None:
    from cad import shapes_to_step, weldments

    part = tmp_path / "t_joint.step"
    part.write_bytes(shapes_to_step(list(weldments.t_joint())))
    stdout = _walk(demo_server, tmp_path / "out", str(part))
    assert "t_joint.step, 2 bodies" in stdout
    assert "replayed" in stdout and stdout.rstrip().endswith("done: files in " + str(tmp_path / "out"))


def test_walkthrough_without_a_demo_part_says_what_to_do(tmp_path: Path) -> None:
    server = ServerProcess(tmp_path, f"sqlite:///{tmp_path / 'weldplan.db'}")
    try:
        server.start()
        env = {**os.environ, "WELDPLAN_URL": server.base_url, "OUT": str(tmp_path / "out")}
        run = subprocess.run(["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=120)
    finally:
        server.stop()
    assert run.returncode != 0
    assert "no demo part" in run.stderr and "make run" in run.stderr
