"""Every generated RAPID module passes rapidchecker (PyPI, AGPL-3.0: run as an external tool in a
subprocess, never imported), configured as docs/references.md#controllers-7-1 says (indentation_size = 4, read from the
working directory). A broken module must fail, so the check can fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from prog_testlib import ROBOT_IDS, weld_program
from test_prog_roundtrip import random_branch_program

from programs import write_program


def rapidcheck(tmp_path: Path, files: dict[str, str]) -> subprocess.CompletedProcess:
    (tmp_path / "rapidchecker.toml").write_text("indentation_size = 4\n")
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text)
        paths.append(name)
    return subprocess.run([sys.executable, "-m", "rapidchecker", *paths], cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)


CASES = [(rid, opts) for rid in ROBOT_IDS if rid != "ur10e" for opts in ({}, {"joint_values_for": "all"})]


@pytest.mark.parametrize("robot_id,options", CASES)
def test_weld_modules_pass_rapidchecker(tmp_path, robot_id, options):
    prog, robot, tool = weld_program(robot_id, weave=robot_id != "kuka_kr10_r1420")
    result = rapidcheck(tmp_path, write_program("abb_rapid", prog, robot, tool, options))
    assert result.returncode == 0, result.stdout + result.stderr


def test_random_branch_module_passes_rapidchecker(tmp_path):
    prog, robot, tool = random_branch_program("abb_irb1600_10_145", 40, seed=5)
    result = rapidcheck(tmp_path, write_program("abb_rapid", prog, robot, tool, {"joint_values_for": "none"}))
    assert result.returncode == 0, result.stdout + result.stderr


def test_rapidchecker_rejects_a_broken_module(tmp_path):
    prog, robot, tool = weld_program("abb_irb1600_10_145")
    files = write_program("abb_rapid", prog, robot, tool)
    name, text = next(iter(files.items()))
    broken = text.replace("ENDPROC", "ENDPRC")
    result = rapidcheck(tmp_path, {name: broken})
    assert result.returncode != 0


def test_circular_weld_module_passes_rapidchecker(tmp_path):
    from test_prog_circles import circle_program

    prog, robot, tool = circle_program("abb_irb1600_10_145")
    files = write_program("abb_rapid", prog, robot, tool)
    assert "ArcC " in next(iter(files.values()))
    result = rapidcheck(tmp_path, files)
    assert result.returncode == 0, result.stdout + result.stderr
