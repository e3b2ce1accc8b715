"""The Seam record and its error type: no CAD kernel needed to use them (cad.procedures and the API only
read seams)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from cad.seam_geometry import unit

SeamKind = Literal["fillet", "lap", "corner", "butt"]
SEAM_KINDS: tuple[str, ...] = ("fillet", "lap", "corner", "butt")
GAP_MODES: tuple[str, ...] = ("bridge", "skip")


class SeamError(ValueError):
    """Invalid seam input or configuration; the message names the field at fault."""


# Gaps between pieces of one joint line (cad.seam_lines). A bead bridges small root openings: AWS
# D1.1/D1.1M, clause "Fillet Weld Assembly", allows a fillet root opening up to 3/16 in (5 mm), the leg
# increased by the opening above 1/16 in (2 mm). Tab-and-slot clearances are well under 1 mm; by default
# seams run across up to 3 mm (issue 13). Skipped gaps (arc off, arc on) may be wider, up to 10 mm: a wider
# interruption makes two seams.
DEFAULT_MAX_GAP_M = 3e-3
MAX_BRIDGE_GAP_M = 5e-3
MAX_GAP_LIMIT_M = 10e-3


def check_gap_options(max_gap_m: float, gap_mode: str) -> None:
    """SeamError naming the field when the gap options are out of range (checked without a CAD kernel, so
    the API refuses them before it reads a part)."""
    if gap_mode not in GAP_MODES:
        raise SeamError(f"gap_mode: must be one of {', '.join(GAP_MODES)}, got {gap_mode!r}")
    if isinstance(max_gap_m, bool) or not isinstance(max_gap_m, int | float) or not np.isfinite(max_gap_m) \
            or not 0.0 <= max_gap_m <= MAX_GAP_LIMIT_M:
        raise SeamError(f"max_gap_m: must be between 0 and {MAX_GAP_LIMIT_M * 1e3:g} mm, got {max_gap_m!r}")
    if gap_mode == "bridge" and max_gap_m > MAX_BRIDGE_GAP_M:
        raise SeamError(f"max_gap_m: a bead bridges at most {MAX_BRIDGE_GAP_M * 1e3:g} mm (AWS D1.1 fillet root "
                        f"opening limit), got {max_gap_m * 1e3:g} mm; skip wider gaps (gap_mode skip)")


@dataclass(frozen=True, eq=False)
class Seam:
    """One weld seam in the part frame (metres, radians).

    kind: "fillet" | "lap" | "corner" | "butt"; points[M,3] polyline (a closed seam does not repeat its
    first point; ``closed`` says it joins up); tangents[M,3] unit direction of travel; normals_a,
    normals_b[M,3] outward unit normals of the two free faces at each point (body ``bodies[0]``'s face is
    a); bodies (i, j) body indices, i <= j (i == j on a single body); open_angle: angle between the free
    faces through the air (rad, median over the points); length (m); thickness_a, thickness_b: plate (or
    tube wall) thickness of the two bodies where known (m); point_accessible[M] whether the torch fits at
    each point; accessible: somewhere; accessible_fraction: share of the length; source: "detected" |
    "user".

    gaps: indices k of the segments points[k] -> points[k + 1] (for a closed seam, k = M - 1 is the segment
    back to the first point) that cross a gap between pieces of one joint line (a tab in its slot, two
    plates end to end); gap_mode: "bridge" (the bead runs across them) or "skip" (the arc goes off at the
    start of each gap and on again at its end: the planner welds no gap segment). joined_bodies: bodies
    of other pairs whose pieces were joined in (one joint line across body pairs); bodies is the pair
    of the longest piece. access_tool: the torch (tool id) whose own shapes and angle window decided
    point_accessible (planning.torch_access), None where cad's generic nozzle did.
    """

    kind: str
    points: np.ndarray
    tangents: np.ndarray
    normals_a: np.ndarray
    normals_b: np.ndarray
    bodies: tuple[int, int]
    open_angle: float
    length: float
    thickness_a: float | None
    thickness_b: float | None
    accessible: bool
    accessible_fraction: float
    point_accessible: np.ndarray
    source: str
    closed: bool = False
    gaps: tuple[int, ...] = ()
    gap_mode: str = "bridge"
    joined_bodies: tuple[int, ...] = ()
    access_tool: str | None = None

    @property
    def all_bodies(self) -> tuple[int, ...]:
        """Every body the seam welds: its pair and those of pieces joined in from other pairs."""
        return tuple(sorted({*self.bodies, *self.joined_bodies}))

    @property
    def skipped_segments(self) -> tuple[int, ...]:
        """The segments the arc goes off across (none when gaps are bridged)."""
        return self.gaps if self.gap_mode == "skip" else ()

    @property
    def bisectors(self) -> np.ndarray:
        """Unit air-side bisector of the two free faces at each point -> [M,3]."""
        return unit(self.normals_a + self.normals_b)

    def reversed(self) -> Seam:
        """The same seam travelled the other way."""
        flip = slice(None, None, -1)
        return Seam(self.kind, self.points[flip].copy(), -self.tangents[flip], self.normals_a[flip].copy(),
                    self.normals_b[flip].copy(), self.bodies, self.open_angle, self.length, self.thickness_a,
                    self.thickness_b, self.accessible, self.accessible_fraction,
                    self.point_accessible[flip].copy(), self.source, self.closed,
                    reversed_segments(self.gaps, len(self.points), self.closed), self.gap_mode,
                    self.joined_bodies, self.access_tool)


def reversed_segments(segments: tuple[int, ...], m: int, closed: bool) -> tuple[int, ...]:
    """Segment indices of a polyline of m points once its points are reversed: segment k (k -> k + 1)
    becomes m - 2 - k (modulo m on a closed seam, whose segment m - 1 runs back to the first point)."""
    return tuple(sorted(((m - 2 - k) % m if closed else m - 2 - k) for k in segments))
