"""The Seam record and its error type: no CAD kernel needed to use them (cad.procedures and the API only
read seams)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from cad.seam_geometry import unit

SeamKind = Literal["fillet", "lap", "corner", "butt"]
SEAM_KINDS: tuple[str, ...] = ("fillet", "lap", "corner", "butt")


class SeamError(ValueError):
    """Invalid seam input or configuration; the message names the field at fault."""


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
    "user"; access_tool: the torch (tool id) whose own shapes and angle window decided point_accessible
    (planning.torch_access), None where cad's generic nozzle did.
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
    access_tool: str | None = None

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
                    self.point_accessible[flip].copy(), self.source, self.closed, self.access_tool)
