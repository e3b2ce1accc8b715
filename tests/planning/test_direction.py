"""Which way a seam is welded first: cad's accessibility at the two ends and the torch's travel angle
(planning.planner.preferred_direction), checked on the bracket's gusset seams (cad.weldments
bracket_with_two_gussets: each gusset seam runs into the base or the upright plate at one end) and against
the planner's own coverage in both directions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from planning.planner import PlanConfig, leading_blocked_m, plan_weld, preferred_direction
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.plan_testlib import weldment

PUSH, DRAG = np.radians(10.0), np.radians(-10.0)


def _bracket_seams_blocked_at_one_end() -> list:
    _, tasks = weldment("bracket_with_two_gussets")
    out = [t for t in tasks if abs(leading_blocked_m(t.seam, False) - leading_blocked_m(t.seam, True)) > 1e-6]
    assert len(out) >= 8, "the bracket's gusset seams are blocked at one end (cad accessibility)"
    return out


def test_a_pushing_torch_leaves_the_blocked_end_for_last() -> None:
    for task in _bracket_seams_blocked_at_one_end():
        seam = task.seam
        reverse = preferred_direction(seam, PUSH)
        assert reverse is not None
        # in the preferred direction the start is the end with less blocked length
        assert leading_blocked_m(seam, reverse) < leading_blocked_m(seam, not reverse)
        # the same seam stored the other way round, or a dragging torch: the other choice
        assert preferred_direction(seam.reversed(), PUSH) is (not reverse)
        assert preferred_direction(seam, DRAG) is (not reverse)
        assert preferred_direction(seam, 0.0) is None


def test_no_preference_where_both_ends_are_open() -> None:
    _, tasks = weldment("bracket_with_two_gussets")
    open_both = [t for t in tasks if bool(np.all(t.seam.point_accessible))]
    assert open_both, "the bracket's long base-to-upright seam is open at both ends"
    for task in open_both:
        assert preferred_direction(task.seam, PUSH) is None


@pytest.fixture(scope="module")
def bracket_plans() -> tuple:
    part, tasks = weldment("bracket_with_two_gussets")
    meshes = [b.mesh for b in part.bodies]
    robot, tool = load_builtin_robots()["abb_irb1600_10_145"], load_builtin_tools()["torch_22deg"]
    chosen = plan_weld(meshes, tasks, robot, tool, None, PlanConfig())
    # a user-given order welds every seam the way it is stored: the other direction, for comparison
    given = plan_weld(meshes, tasks, robot, tool, chosen.cell, replace(PlanConfig(), sequence="given"))
    return tasks, chosen, given


def test_the_preferred_direction_welds_at_least_as_much(bracket_plans: tuple) -> None:
    tasks, chosen, given = bracket_plans
    for task, c, g in zip(tasks, chosen.seams, given.seams, strict=True):
        assert c.coverage >= g.coverage - 1e-9, (task.seam_id, c.coverage, g.coverage)
    total = sum(t.seam.length for t in tasks)
    welded = sum(t.seam.length * p.coverage for t, p in zip(tasks, chosen.seams, strict=True))
    welded_given = sum(t.seam.length * p.coverage for t, p in zip(tasks, given.seams, strict=True))
    assert welded > welded_given, (welded / total, welded_given / total)
