"""Shared helpers for the seam, procedure and weldment tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cad.part import Body, Part
from cad.seams import Seam
from cad.weldments import ExpectedSeam

# Real CAD files made by others (trimesh's models/, MIT): tests/data/README.md
REAL = Path(__file__).resolve().parents[1] / "data"

# Acceptance of issue 4: every length within 1 %, open angles within 1 degree.
LENGTH_REL_TOL = 0.01
ANGLE_TOL_RAD = np.radians(1.0)


def describe(seams: list[Seam]) -> str:
    return "\n".join(f"  {s.kind:6s} {s.bodies} L={s.length * 1e3:8.2f} mm angle={np.degrees(s.open_angle):6.1f}"
                     for s in seams)


def match_expected(seams: list[Seam], expected: tuple[ExpectedSeam, ...] | list[ExpectedSeam]
                   ) -> list[tuple[Seam, ExpectedSeam]]:
    """Pair every expected seam with one detected seam (same kind and bodies, length within 1 %, open angle
    within 1 deg); fails the test on a count mismatch or an unmatched seam."""
    assert len(seams) == len(expected), (
        f"{len(seams)} seams detected, {len(expected)} expected:\n{describe(seams)}\nexpected:\n"
        + "\n".join(f"  {e.kind:6s} {e.bodies} L={e.length_m * 1e3:8.2f} angle={np.degrees(e.open_angle_rad):6.1f}"
                    for e in expected))
    free = list(seams)
    pairs = []
    for e in sorted(expected, key=lambda e: -e.length_m):
        best = None
        for s in free:
            if s.kind != e.kind or tuple(s.bodies) != e.bodies:
                continue
            if abs(s.length - e.length_m) > LENGTH_REL_TOL * e.length_m:
                continue
            if abs(s.open_angle - e.open_angle_rad) > ANGLE_TOL_RAD:
                continue
            err = abs(s.length - e.length_m)
            if best is None or err < best[0]:
                best = (err, s)
        assert best is not None, (
            f"no detected seam matches expected {e.kind} {e.bodies} L={e.length_m * 1e3:.2f} mm "
            f"angle={np.degrees(e.open_angle_rad):.1f} deg among:\n{describe(free)}")
        free.remove(best[1])
        pairs.append((best[1], e))
    return pairs


def mesh_only(part: Part) -> Part:
    """The same part with its B-rep dropped, as a mesh upload would arrive."""
    return Part(part.name, "stl", "mm", tuple(Body(b.name, b.mesh, None) for b in part.bodies))
