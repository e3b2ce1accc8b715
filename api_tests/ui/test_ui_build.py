"""The committed UI build (app/static/ui) is what web/ builds to: npm ci with the lockfile, then Vite.

The service serves the committed files, so `make run` needs no Node; this test keeps them from drifting from
their sources (README, "The planning UI").
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WEB, BUILT = REPO / "web", REPO / "app" / "static" / "ui"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_build_matches_a_rebuild_from_web_sources(tmp_path: Path) -> None:
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("CI"):
            pytest.fail("npm is required in CI to check app/static/ui against web/ (.ci/run installs it)")
        pytest.skip("no npm: cannot rebuild the UI")
    src = tmp_path / "web"
    shutil.copytree(WEB, src, ignore=shutil.ignore_patterns("node_modules"))
    # --ignore-scripts: no package's install script runs; esbuild's binary comes as an optional package
    run = {"cwd": src, "check": True, "capture_output": True, "text": True, "timeout": 300}
    subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], **run)
    out = tmp_path / "out"
    subprocess.run([npm, "exec", "--", "vite", "build", "--outDir", str(out), "--emptyOutDir"], **run)
    built, rebuilt = _files(BUILT), _files(out)
    assert sorted(built) == sorted(rebuilt), "file names differ: run `npm run build` in web/ and commit app/static/ui"
    differ = [name for name in built if built[name] != rebuilt[name]]
    assert not differ, f"{differ} differ from a rebuild: run `npm run build` in web/ and commit app/static/ui"
