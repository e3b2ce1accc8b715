"""The imported part: named bodies, each a triangle mesh in metres and, for STEP, the B-rep solid."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import trimesh

# Metres per unit, for the units a part file or a caller may name.
UNIT_TO_M: dict[str, float] = {
    "um": 1e-6,
    "mm": 1e-3,
    "cm": 1e-2,
    "dm": 1e-1,
    "m": 1.0,
    "km": 1e3,
    "mil": 25.4e-6,
    "inch": 25.4e-3,
    "ft": 0.3048,
}

# A part whose bounding-box diagonal falls outside this range is almost surely a unit mistake or garbage.
MIN_DIAGONAL_M = 1e-5
MAX_DIAGONAL_M = 100.0


class PartImportError(ValueError):
    """A part file could not be imported; the message names the file and says what is wrong."""


@dataclass(frozen=True)
class Body:
    """One body of a part: a solid of a STEP file, or one mesh of a mesh file.

    mesh: vertices in metres, watertight where the source is.
    shape: the OCP TopoDS_Shape (a solid, in metres) for STEP bodies, None for mesh bodies.
    """

    name: str
    mesh: trimesh.Trimesh
    shape: Any | None = None

    @cached_property
    def bbox(self) -> np.ndarray:
        """[2,3] min and max corners (m): from the exact B-rep when there is one, else the mesh."""
        if self.shape is not None:
            from cad.step_worker import shape_bounds

            return shape_bounds([self.shape])
        return np.asarray(self.mesh.bounds, dtype=float).copy()


@dataclass(frozen=True)
class Part:
    """An imported part file.

    format: "step", "stl", "obj", "ply" or "glb".
    source_unit: the length unit the file declares (STEP) or that was assumed for it (meshes).
    """

    name: str
    format: str
    source_unit: str
    bodies: tuple[Body, ...]

    @property
    def bbox(self) -> np.ndarray:
        """[2,3] min and max corners (m) over all bodies."""
        boxes = np.stack([body.bbox for body in self.bodies])
        return np.stack([boxes[:, 0].min(axis=0), boxes[:, 1].max(axis=0)])

    def body_bbox(self, i: int) -> np.ndarray:
        """[2,3] min and max corners (m) of body i."""
        return self.bodies[i].bbox


def canonical_unit(unit: str, filename: str) -> str:
    """A unit name as UNIT_TO_M spells it ("in" -> "inch"); raises PartImportError naming the file when unknown."""
    key = unit.strip().lower()
    aliases = {"in": "inch", "inches": "inch", "millimetre": "mm", "millimeter": "mm", "metre": "m", "meter": "m"}
    key = aliases.get(key, key)
    if key not in UNIT_TO_M:
        raise PartImportError(f"{filename}: unknown length unit {unit!r}; use one of {', '.join(sorted(UNIT_TO_M))}")
    return key


def check_size(bounds: np.ndarray, filename: str) -> None:
    """Reject a part whose bounds [2,3] (m) are not finite or whose diagonal is absurdly large or small."""
    if not np.all(np.isfinite(bounds)):
        raise PartImportError(f"{filename}: the part has no finite bounding box")
    diagonal = float(np.linalg.norm(bounds[1] - bounds[0]))
    if diagonal > MAX_DIAGONAL_M:
        raise PartImportError(
            f"{filename}: the part is {diagonal:.4g} m across, over the {MAX_DIAGONAL_M:g} m limit "
            "(is the length unit right?)"
        )
    if diagonal < MIN_DIAGONAL_M:
        raise PartImportError(
            f"{filename}: the part is {diagonal * 1e3:.4g} mm across, under the {MIN_DIAGONAL_M * 1e3:g} mm "
            "limit (is the length unit right?)"
        )
