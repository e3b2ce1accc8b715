"""Seams whose gaps are skipped (issue 13 item 4): the arc goes off across each gap and on again after it;
the planner welds nothing inside a gap and measures coverage on the length to weld."""

from __future__ import annotations

import numpy as np
import pytest

from cad import default_procedure
from cad import weldments as wm
from cad.seam_types import Seam
from cad.seams import SeamDetectionConfig, detect_seams
from planning.planner import PlanConfig, SeamTask, plan_weld, skipped_rungs, split_at_gaps
from planning.torch_frames import seam_rungs
from robot_models import load_builtin_robots, load_builtin_tools


def _line(m: int, gaps: tuple[int, ...], mode: str = "skip", closed: bool = False) -> Seam:
    pts = np.column_stack([np.arange(m) * 0.01, np.zeros(m), np.zeros(m)])
    n = np.tile([0.0, 0.0, 1.0], (m, 1))
    return Seam(
        "fillet",
        pts,
        np.tile([1.0, 0.0, 0.0], (m, 1)),
        n,
        np.tile([0.0, -1.0, 0.0], (m, 1)),
        (0, 1),
        np.pi / 2,
        0.01 * (m - 1),
        None,
        None,
        True,
        1.0,
        np.ones(m, dtype=bool),
        "detected",
        closed,
        gaps,
        mode,
    )


def test_split_at_gaps():
    assert split_at_gaps([(0, 10)], [(3, 5)]) == [(0, 3), (5, 10)]
    assert split_at_gaps([(0, 4), (6, 10)], [(3, 7)]) == [(0, 3), (7, 10)]
    assert split_at_gaps([(0, 10)], [(0, 2), (8, 10)]) == [(2, 8)]
    assert split_at_gaps([(4, 6)], [(3, 7)]) == []
    assert split_at_gaps([(0, 10)], []) == [(0, 10)]


def test_skipped_rungs_follow_the_seam_points_in_both_directions():
    seam = _line(5, (1,))  # points every 10 mm; the gap is 10 .. 20 mm
    rungs = seam_rungs(seam, 0.004)  # 3 rungs per segment
    ((a, b),) = skipped_rungs(rungs, seam, False)
    assert rungs.s[a] == pytest.approx(0.01) and rungs.s[b] == pytest.approx(0.02)
    back = seam.reversed()
    rb = seam_rungs(back, 0.004)
    ((a, b),) = skipped_rungs(rb, seam, True)
    assert rb.s[a] == pytest.approx(0.02) and rb.s[b] == pytest.approx(0.03)
    # bridged gaps are welded
    assert skipped_rungs(rungs, _line(5, (1,), "bridge"), False) == []


def test_closed_seam_last_segment():
    seam = _line(4, (3,), closed=True)
    rungs = seam_rungs(seam, 0.02)
    assert skipped_rungs(rungs, seam, False) == [(3, rungs.count - 1)]


def test_planner_welds_no_skipped_gap():
    part = wm.weldment_part(list(wm.tab_slot_box()))
    seams = detect_seams(part, SeamDetectionConfig(gap_mode="skip"))
    # the outside fillet of the front wall: 176 mm with a 21 mm slot stretch at each of its two tabs
    seam = next(s for s in seams if s.bodies == (0, 1) and s.length > 0.175)
    assert seam.skipped_segments
    seg = seam.points[1:] - seam.points[:-1]
    gaps_x = sorted({(round(float(seam.points[k][0]), 6), round(float(seam.points[k + 1][0]), 6)) for k in seam.gaps})
    task = SeamTask("front_outside", seam, default_procedure(seam))
    result = plan_weld(
        [b.mesh for b in part.bodies],
        [task],
        load_builtin_robots()["abb_irb1600_10_145"],
        load_builtin_tools()["torch_22deg"],
        None,
        PlanConfig(),
    )
    plan = result.seams[0]
    assert plan.status == "planned", plan.reason
    assert plan.coverage == 1.0
    # one piece between and around the two tabs: three, each with its own approach and retract
    assert len(plan.pieces) == 3 and len(plan.legs) == 3
    weld_x = np.array([m.X_PT[0, 3] for m in result.program.moves if m.arc])
    # the stretches between the gaps' end points merged (2 tabs, each a run of gap segments)
    runs = []
    for a, b in sorted((min(a, b), max(a, b)) for a, b in gaps_x):
        if runs and a <= runs[-1][1] + 1e-9:
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    assert len(runs) == 2 and all(b - a == pytest.approx(0.021, abs=1e-6) for a, b in runs)
    for a, b in runs:
        inside = (weld_x > a + 1e-4) & (weld_x < b - 1e-4)
        assert not inside.any(), f"arc on inside the gap {a * 1e3:.1f} .. {b * 1e3:.1f} mm"
    assert np.all(np.abs(seg[:, 1:]) < 1e-9)  # a straight seam along x: x locates the weld moves
