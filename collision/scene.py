"""What a collision world is made of: robot, torch, part, table, obstacles, and what contact is allowed.

All inputs are SI (m, rad); poses are 4x4 arrays X_AB (pose of B in A; W world, B robot base, P part,
O obstacle). Everything here is immutable; arrays are stored read-only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import trimesh

from robot_models.spec import RobotSpec, ToolSpec

__all__ = [
    "AllowedContact",
    "BoxObstacle",
    "CollisionConfig",
    "CollisionScene",
    "MeshObstacle",
    "Table",
]


def _pose(field_name: str, value: np.typing.ArrayLike) -> np.ndarray:
    X = np.array(value, dtype=np.float64)
    if X.shape != (4, 4) or not np.all(np.isfinite(X)):
        raise ValueError(f"{field_name} must be a finite 4x4 pose, got shape {X.shape}")
    R = X[:3, :3]
    if not np.allclose(R.T @ R, np.eye(3), atol=1e-6) or not np.allclose(X[3], [0, 0, 0, 1]) \
            or np.linalg.det(R) < 0:
        raise ValueError(f"{field_name} must be a rigid transform (orthonormal rotation, last row 0 0 0 1)")
    X.setflags(write=False)
    return X


def _vector(field_name: str, value: np.typing.ArrayLike, n: int, positive: bool = False) -> np.ndarray:
    v = np.array(value, dtype=np.float64).reshape(-1)
    if v.shape != (n,) or not np.all(np.isfinite(v)):
        raise ValueError(f"{field_name} must be {n} finite numbers, got {np.asarray(value).tolist()}")
    if positive and np.any(v <= 0):
        raise ValueError(f"{field_name} must be positive, got {v.tolist()}")
    v.setflags(write=False)
    return v


def _mesh(field_name: str, mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    if not isinstance(mesh, trimesh.Trimesh) or len(mesh.faces) == 0:
        raise ValueError(f"{field_name} must be a non-empty trimesh.Trimesh")
    if not np.all(np.isfinite(mesh.vertices)):
        raise ValueError(f"{field_name} has non-finite vertices")
    return mesh


@dataclass(frozen=True, eq=False)
class Table:
    """A box table: its top face at z = top_z_m in the world, size_m[3] = (x, y, thickness) full edge lengths,
    centred at centre_xy_m[2] (world x, y). Axis-aligned in the world."""

    top_z_m: float
    size_m: tuple[float, float, float] = (1.2, 1.2, 0.05)
    centre_xy_m: tuple[float, float] = (0.9, 0.0)

    def __post_init__(self) -> None:
        if not math.isfinite(self.top_z_m):
            raise ValueError(f"Table.top_z_m must be finite, got {self.top_z_m!r}")
        object.__setattr__(self, "size_m", tuple(_vector("Table.size_m", self.size_m, 3, positive=True)))
        object.__setattr__(self, "centre_xy_m", tuple(_vector("Table.centre_xy_m", self.centre_xy_m, 2)))

    @property
    def X_WO(self) -> np.ndarray:
        """Pose [4, 4] of the table box's centre in the world."""
        X = np.eye(4)
        X[:3, 3] = [self.centre_xy_m[0], self.centre_xy_m[1], self.top_z_m - self.size_m[2] / 2]
        return X


@dataclass(frozen=True, eq=False)
class BoxObstacle:
    """A box obstacle (fixture, clamp, wall): X_WO[4, 4] pose of its centre, size_m[3] full edge lengths."""

    name: str
    X_WO: np.ndarray
    size_m: tuple[float, float, float]

    def __post_init__(self) -> None:
        object.__setattr__(self, "X_WO", _pose(f"BoxObstacle {self.name!r} X_WO", self.X_WO))
        object.__setattr__(self, "size_m", tuple(_vector(f"BoxObstacle {self.name!r} size_m", self.size_m, 3,
                                                         positive=True)))


@dataclass(frozen=True, eq=False)
class MeshObstacle:
    """A mesh obstacle: mesh (trimesh, metres, obstacle frame O), X_WO[4, 4] its pose in the world."""

    name: str
    mesh: trimesh.Trimesh
    X_WO: np.ndarray = field(default_factory=lambda: np.eye(4))

    def __post_init__(self) -> None:
        _mesh(f"MeshObstacle {self.name!r} mesh", self.mesh)
        object.__setattr__(self, "X_WO", _pose(f"MeshObstacle {self.name!r} X_WO", self.X_WO))


@dataclass(frozen=True, eq=False)
class AllowedContact:
    """Contact that does not count while the arc is on.

    Contacts between the torch's tip primitive (ToolSpec.tip_collision_index, the nozzle) and the part
    bodies body_indices are ignored where the contact point on the part lies within radius_m of point_W[3]
    (world, m: the seam point at the wire tip). Every other contact counts.
    """

    body_indices: tuple[int, ...]
    point_W: np.ndarray  # noqa: N815
    radius_m: float

    def __post_init__(self) -> None:
        idx = tuple(int(i) for i in self.body_indices)
        if any(i < 0 for i in idx):
            raise ValueError(f"AllowedContact.body_indices must be part body indices (>= 0), got {idx}")
        object.__setattr__(self, "body_indices", idx)
        object.__setattr__(self, "point_W", _vector("AllowedContact.point_W", self.point_W, 3))
        if not (math.isfinite(self.radius_m) and self.radius_m >= 0):
            raise ValueError(f"AllowedContact.radius_m must be a non-negative number, got {self.radius_m!r}")

    def excuses(self, owner: tuple[str, int, str], point_on_part_W: Sequence[float]) -> bool:
        """Whether a nozzle contact with the static piece of owner ("part" | "table" | "obstacle", index,
        label), at point_on_part_W[3] on that piece, is this allowed one."""
        kind, index, _ = owner
        if kind != "part" or index not in self.body_indices:
            return False
        d = np.asarray(point_on_part_W) - self.point_W
        return float(d @ d) <= self.radius_m ** 2


@dataclass(frozen=True, eq=False)
class CollisionScene:
    """A welding cell to check: robot (+ torch on its flange) placed at X_WB, part bodies at X_WP, an optional
    table and obstacles.

    part_meshes: one trimesh per part body, in the part frame P (metres), e.g. [b.mesh for b in part.bodies];
    part_names: optional names (same length) used in contact reports.
    """

    robot: RobotSpec
    tool: ToolSpec | None = None
    X_WB: np.ndarray = field(default_factory=lambda: np.eye(4))
    part_meshes: tuple[trimesh.Trimesh, ...] = ()
    X_WP: np.ndarray = field(default_factory=lambda: np.eye(4))
    part_names: tuple[str, ...] = ()
    table: Table | None = None
    box_obstacles: tuple[BoxObstacle, ...] = ()
    mesh_obstacles: tuple[MeshObstacle, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "X_WB", _pose("X_WB", self.X_WB))
        object.__setattr__(self, "X_WP", _pose("X_WP", self.X_WP))
        meshes = tuple(_mesh(f"part_meshes[{i}]", m) for i, m in enumerate(self.part_meshes))
        object.__setattr__(self, "part_meshes", meshes)
        names = tuple(str(n) for n in self.part_names)
        if names and len(names) != len(meshes):
            raise ValueError(f"part_names has {len(names)} names for {len(meshes)} part_meshes")
        object.__setattr__(self, "part_names", names)
        object.__setattr__(self, "box_obstacles", tuple(self.box_obstacles))
        object.__setattr__(self, "mesh_obstacles", tuple(self.mesh_obstacles))
        all_names = [o.name for o in self.box_obstacles] + [o.name for o in self.mesh_obstacles]
        if len(set(all_names)) != len(all_names):
            raise ValueError(f"obstacle names must be unique, got {all_names}")

    @classmethod
    def with_part(cls, robot: RobotSpec, tool: ToolSpec | None, part: object, X_WP: np.typing.ArrayLike,
                  X_WB: np.typing.ArrayLike | None = None, table: Table | None = None,
                  box_obstacles: Sequence[BoxObstacle] = (),
                  mesh_obstacles: Sequence[MeshObstacle] = ()) -> CollisionScene:
        """A scene from anything with .bodies whose items have .name and .mesh (a cad.Part)."""
        bodies = part.bodies  # type: ignore[attr-defined]
        # The casts only tell mypy what __post_init__ makes of them: it converts both poses to 4x4 arrays.
        X_WB = np.eye(4) if X_WB is None else X_WB
        return cls(robot=robot, tool=tool, X_WB=cast(np.ndarray, X_WB),
                   part_meshes=tuple(b.mesh for b in bodies), X_WP=cast(np.ndarray, X_WP),
                   part_names=tuple(b.name for b in bodies), table=table,
                   box_obstacles=tuple(box_obstacles), mesh_obstacles=tuple(mesh_obstacles))

    def part_name(self, i: int) -> str:
        """'part body 2 'gusset_1'' style label for reports."""
        return f"part body {i} '{self.part_names[i]}'" if self.part_names else f"part body {i}"


@dataclass(frozen=True)
class CollisionConfig:
    """Tuning of a CollisionWorld.

    max_distance_m: cap of clearance() and the farthest distance any query looks.
    never_close_m: a robot link pair is dropped from self checks when, over self_samples random
    configurations, it never comes closer than this (MoveIt setup assistant's "never in collision", with a
    safety distance instead of 0).
    self_samples: random configurations (uniform in the joint limits, seeded) for that test.
    decompose: "coacd" (if importable, else concave trimesh) or "concave" (static concave trimesh) for
    concave part bodies and mesh obstacles; convex_tolerance: a body counts as convex when its hull volume
    exceeds its volume by at most this fraction.
    broad_phase_min_batch: batches smaller than this skip the numpy broad phase (its fixed cost is ~0.4 ms; a
    configuration checked without it costs ~0.1 ms).
    check_self: False drops every self pair (robot + torch against the environment only).
    """

    max_distance_m: float = 0.1
    never_close_m: float = 0.05
    self_samples: int = 10000
    self_seed: int = 20240605
    decompose: str = "coacd"
    convex_tolerance: float = 0.01
    coacd_threshold: float = 0.02
    broad_phase_min_batch: int = 8
    check_self: bool = True

    def __post_init__(self) -> None:
        if not (self.max_distance_m > 0 and self.never_close_m >= 0 and self.self_samples >= 0):
            raise ValueError("CollisionConfig: max_distance_m > 0, never_close_m >= 0, self_samples >= 0")
        if self.decompose not in ("coacd", "concave"):
            raise ValueError(f"CollisionConfig.decompose must be 'coacd' or 'concave', got {self.decompose!r}")
        if not 0 <= self.convex_tolerance < 1:
            raise ValueError("CollisionConfig.convex_tolerance must be within [0, 1)")
