"""The welding cell: where the part sits relative to the robot, the table under it, and fixtures.

The world frame is the robot base frame B (X_WB = identity): every pose here is in B. A cell either comes
from the request or is found by `place_part`, which tries positions on the table in front of the robot and
rotations about the vertical and keeps the one where the most seam length is reachable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from collision.scene import BoxObstacle, MeshObstacle, Table
from kinematics.se3 import rot_z

__all__ = [
    "Cell",
    "CellError",
    "PlacementConfig",
    "PlacementResult",
    "place_part",
    "part_overlaps_base",
    "table_under",
    "part_bbox",
]


class CellError(ValueError):
    """A cell that cannot be used; the message names the field."""


@dataclass(frozen=True, eq=False)
class Cell:
    """X_BP[4, 4]: the part in the robot base frame. table: the box under the part (None: no table);
    obstacles: fixtures, clamps and walls, as boxes or meshes; placement: "given" or "auto"."""

    X_BP: np.ndarray
    table: Table | None = None
    obstacles: tuple[BoxObstacle | MeshObstacle, ...] = ()
    placement: str = "given"

    def __post_init__(self) -> None:
        X = np.asarray(self.X_BP, dtype=float)
        if X.shape != (4, 4) or not np.all(np.isfinite(X)):
            raise CellError("X_BP: must be a finite 4x4 pose")
        R = X[:3, :3]
        if not np.allclose(R.T @ R, np.eye(3), atol=1e-6) or np.linalg.det(R) < 0:
            raise CellError("X_BP: the rotation is not a proper rotation")
        object.__setattr__(self, "X_BP", X)


def table_under(bbox_B: np.ndarray, margin_m: float = 0.1, thickness_m: float = 0.05) -> Table:
    """A table top under a part whose box in the base frame is bbox_B[2, 3]: the footprint plus a margin,
    its top at the part's lowest point."""
    lo, hi = np.asarray(bbox_B, dtype=float)
    size = (hi[0] - lo[0] + 2 * margin_m, hi[1] - lo[1] + 2 * margin_m, thickness_m)
    return Table(float(lo[2]), size, ((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2))


def part_bbox(part_meshes: Sequence[Any]) -> np.ndarray:
    """Axis-aligned box [2, 3] (part frame) of all part bodies (trimeshes)."""
    lo = np.min([np.asarray(m.bounds)[0] for m in part_meshes], axis=0)
    hi = np.max([np.asarray(m.bounds)[1] for m in part_meshes], axis=0)
    return np.stack([lo, hi])


def bbox_in_base(bbox_P: np.ndarray, X_BP: np.ndarray) -> np.ndarray:
    """Axis-aligned box [2, 3] in B of the part box bbox_P[2, 3] given in P."""
    lo, hi = np.asarray(bbox_P, dtype=float)
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    pts = corners @ X_BP[:3, :3].T + X_BP[:3, 3]
    return np.stack([pts.min(axis=0), pts.max(axis=0)])


def part_overlaps_base(bbox_B: np.ndarray, base_radius_m: float, base_height_m: float) -> bool:
    """Whether a part box bbox_B[2, 3] (base frame) cuts the cylinder the robot's base and first axis occupy
    (radius about the base z axis, from z = 0 up to base_height_m)."""
    lo, hi = np.asarray(bbox_B, dtype=float)
    nearest_xy = np.clip([0.0, 0.0], lo[:2], hi[:2])
    return bool(np.hypot(*nearest_xy) < base_radius_m and lo[2] < base_height_m and hi[2] > -0.05)


@dataclass(frozen=True)
class PlacementConfig:
    """Candidate placements: part centre at radius fractions of the robot's reach, at bearings about the
    base z axis (relative to front_bearing_rad, the direction the robot faces in its home pose), and the part
    turned about the vertical by each yaw; table top at table_top_z (base frame)."""

    reach_fractions: tuple[float, ...] = (0.35, 0.45, 0.55, 0.65, 0.75, 0.85)
    bearings_rad: tuple[float, ...] = (0.0, np.radians(-30.0), np.radians(30.0))
    yaws_rad: tuple[float, ...] = (0.0, np.pi / 2, np.pi, 3 * np.pi / 2)
    table_top_z: float = 0.0
    front_bearing_rad: float = 0.0
    base_radius_m: float = 0.3
    base_height_m: float = 0.5


@dataclass(frozen=True, eq=False)
class PlacementResult:
    """The chosen cell, its reachable seam length share (0..1) and how many candidates were scored."""

    cell: Cell
    reachable_fraction: float
    candidates: int
    scores: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0))
    # every candidate X_BP, best first (the planner falls back on the next ones when the best plans badly)
    ranked: tuple[np.ndarray, ...] = field(repr=False, default=())


def candidate_poses(bbox_P: np.ndarray, reach_m: float, config: PlacementConfig) -> list[np.ndarray]:
    """X_BP candidates [4, 4]: the part's footprint centre at each radius and bearing, its lowest point on
    the table top, turned by each yaw."""
    lo, hi = np.asarray(bbox_P, dtype=float)
    centre_P = np.array([(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2]])
    poses = []
    for fraction in config.reach_fractions:
        for bearing in np.asarray(config.bearings_rad) + config.front_bearing_rad:
            target = np.array(
                [fraction * reach_m * np.cos(bearing), fraction * reach_m * np.sin(bearing), config.table_top_z]
            )
            for yaw in config.yaws_rad:
                X = np.eye(4)
                X[:3, :3] = rot_z(yaw)
                X[:3, 3] = target - X[:3, :3] @ centre_P
                poses.append(X)
    return poses


def place_part(
    bbox_P: np.ndarray,
    reach_m: float,
    reachable_length: Callable[[np.ndarray], float],
    total_length: float,
    config: PlacementConfig = PlacementConfig(),
    obstacles: Sequence[BoxObstacle | MeshObstacle] = (),
) -> PlacementResult:
    """Best placement of a part with box bbox_P[2, 3] (part frame) for a robot of horizontal reach reach_m.

    reachable_length(X_BP) -> seam length (m) the robot can weld with the part at X_BP (the caller decides
    how: IK on sampled torch frames); total_length: the sum over the seams. Candidates whose box cuts the
    robot's base are skipped. Ties go to the candidate nearest 60 % of the reach (the middle of the work
    envelope, where joint speeds and limits leave most room).
    """
    candidates = [
        X
        for X in candidate_poses(bbox_P, reach_m, config)
        if not part_overlaps_base(bbox_in_base(bbox_P, X), config.base_radius_m, config.base_height_m)
    ]
    if not candidates:
        raise CellError("cell: the part does not fit anywhere in front of the robot without touching its base")
    scores = np.array([reachable_length(X) for X in candidates])
    radius = np.array([np.hypot(*X[:2, 3]) for X in candidates])

    def rank(i: int) -> tuple[float, float]:
        return round(scores[i], 6), -round(abs(radius[i] - 0.6 * reach_m), 6)

    # best first; ties (after rounding away float noise) in their generated order, the part unturned first
    order = sorted(range(len(candidates)), key=lambda i: (rank(i), -i), reverse=True)
    best = order[0]
    X_BP = candidates[best]
    cell = Cell(X_BP, table_under(bbox_in_base(bbox_P, X_BP)), tuple(obstacles), placement="auto")
    share = float(scores[best] / total_length) if total_length > 0 else 0.0
    return PlacementResult(cell, share, len(candidates), scores, tuple(candidates[i] for i in order))
