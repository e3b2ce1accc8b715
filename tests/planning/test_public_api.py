"""planning/__init__.py states the package's public API: every listed name resolves to the object its module
defines, and importing the motion list alone does not load the planner (programs/ and cycletime/ rely on it)."""

from __future__ import annotations

import subprocess
import sys

import planning


def test_every_public_name_resolves_to_its_module_object() -> None:
    import importlib

    for name in planning.__all__:
        obj = getattr(planning, name)
        module = importlib.import_module(f"planning.{planning._WHERE[name]}")
        assert obj is getattr(module, name), name


def test_unknown_names_are_attribute_errors() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'plan_wled'"):
        planning.plan_wled  # noqa: B018


def test_the_motion_list_imports_without_the_planner() -> None:
    code = "import sys, planning.moves; print('planning.planner' in sys.modules, 'pybullet' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_ladder_modules_import_in_any_order() -> None:
    # planning.ladder_lazy and ladder_restart used to import planning.ladder back (a cycle); each now loads alone.
    for first in ("planning.ladder_lazy", "planning.ladder_restart", "planning.ladder_config", "planning.ladder"):
        code = f"import {first}; import planning.ladder; print(planning.ladder.LadderPlannerConfig().max_searches)"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert out.strip() == "400", first
