"""Positioners (turntables, tilt-rotate tables): their URDF, joint limits and speeds, and face plate FK.

A positioner folder holds positioner.urdf (kinematics, limits, speeds, collision shapes) and positioner.yaml
(name, payload, face plate link, home, accelerations and sources; mm/deg in the file, SI here). Frames: Pos =
the positioner's root link (its base, placed in the cell at X_BPos), F = its face plate (the part is mounted
at X_FP on it). Joint values q[n] in the URDF's convention (rad, or m for a prismatic track).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from kinematics.tree import movable_joints_between, tree_link_poses
from kinematics.urdf import UrdfError, UrdfGeometry, UrdfJoint, UrdfModel, parse_urdf
from robot_models.errors import RobotModelError
from robot_models.loader import _field, _number, _numbers, _read_yaml
from robot_models.spec import VENDORS, check_id

__all__ = [
    "POSITIONERS_DIR",
    "POSITIONER_KINDS",
    "PositionerShape",
    "PositionerSpec",
    "load_builtin_positioners",
    "load_positioner_dir",
]

POSITIONERS_DIR = Path(__file__).resolve().parent / "positioners"
POSITIONER_KINDS = ("turntable", "tilt_rotate", "track")
# a positioner has 1 to 3 axes (tilt-rotate plus a track at most); more is not a positioner
_MAX_AXES = 3


@dataclass(frozen=True, eq=False)
class PositionerShape:
    """One collision shape of a positioner link: its URDF geometry and X_PosG[4, 4], the shape frame in the
    positioner's root frame at the joint values asked for."""

    link: str
    geometry: UrdfGeometry
    X_PosG: np.ndarray


@dataclass(frozen=True, eq=False)
class PositionerSpec:
    """A positioner. joint_limits[n, 2] (rad or m), max_speed[n], max_accel[n] (per s, per s^2), home[n];
    axes run base first (for a tilt-rotate table: tilt, then rotate)."""

    id: str
    name: str
    vendor: str
    model: str
    kind: str
    urdf_text: str
    base_link: str
    face_plate_link: str
    payload_kg: float | None
    home: np.ndarray
    max_accel: np.ndarray
    accel_assumption: str
    sources: tuple[str, ...]
    controller_axis_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_id(self.id)
        if self.vendor not in VENDORS:
            raise RobotModelError(f"vendor {self.vendor!r} is not one of {VENDORS}")
        if self.kind not in POSITIONER_KINDS:
            raise RobotModelError(f"kind {self.kind!r} is not one of {POSITIONER_KINDS}")
        try:
            joints = self.joints
        except UrdfError as exc:
            raise RobotModelError(f"positioner '{self.id}' URDF: {exc}") from exc
        n = len(joints)
        if not 1 <= n <= _MAX_AXES:
            raise RobotModelError(
                f"positioner '{self.id}': {n} movable joints between "
                f"'{self.base_link}' and '{self.face_plate_link}'; 1 to {_MAX_AXES} are supported"
            )
        for j in joints:
            if j.type == "continuous":
                raise RobotModelError(f"positioner '{self.id}': joint '{j.name}' is continuous; give it limits")
            if not np.isfinite(j.velocity):
                raise RobotModelError(f"positioner '{self.id}': joint '{j.name}' has no <limit velocity>")
        for name in ("home", "max_accel"):
            arr = np.array(getattr(self, name), dtype=np.float64)
            if arr.shape != (n,) or not np.all(np.isfinite(arr)):
                raise RobotModelError(f"positioner '{self.id}': {name} must be {n} finite numbers")
            arr.setflags(write=False)
            object.__setattr__(self, name, arr)
        if np.any(self.max_accel <= 0):
            raise RobotModelError(f"positioner '{self.id}': max_accel must be positive")
        if not self.within_limits(self.home):
            raise RobotModelError(f"positioner '{self.id}': home {self.home.tolist()} is outside the joint limits")
        if self.controller_axis_names and len(self.controller_axis_names) != n:
            raise RobotModelError(f"positioner '{self.id}': controller axis_names must name {n} axes")

    @cached_property
    def urdf(self) -> UrdfModel:
        return parse_urdf(self.urdf_text)

    @cached_property
    def joints(self) -> tuple[UrdfJoint, ...]:
        if self.base_link != self.urdf.root_link:
            raise UrdfError(f"base_link '{self.base_link}' is not the root link '{self.urdf.root_link}'")
        return tuple(movable_joints_between(self.urdf, self.base_link, self.face_plate_link))

    @property
    def dof(self) -> int:
        return len(self.joints)

    @property
    def joint_names(self) -> tuple[str, ...]:
        return tuple(j.name for j in self.joints)

    @cached_property
    def joint_limits(self) -> np.ndarray:
        arr = np.array([[j.lower, j.upper] for j in self.joints])
        arr.setflags(write=False)
        return arr

    @cached_property
    def max_speed(self) -> np.ndarray:
        arr = np.array([j.velocity for j in self.joints])
        arr.setflags(write=False)
        return arr

    def within_limits(self, q: np.typing.ArrayLike, tol: float = 1e-9) -> bool:
        q = np.asarray(q, dtype=float)
        lo, hi = self.joint_limits[:, 0], self.joint_limits[:, 1]
        return bool(q.shape == (self.dof,) and np.all(q >= lo - tol) and np.all(q <= hi + tol))

    def _q_map(self, q: np.typing.ArrayLike) -> dict[str, float]:
        q = np.asarray(q, dtype=float).reshape(-1)
        if q.shape != (self.dof,) or not np.all(np.isfinite(q)):
            raise ValueError(f"positioner '{self.id}' takes {self.dof} finite joint values, got {q.tolist()}")
        return dict(zip(self.joint_names, (float(v) for v in q), strict=True))

    def link_poses(self, q: np.typing.ArrayLike) -> dict[str, np.ndarray]:
        """X_PosL[4, 4] of every link at joint values q[n]."""
        return tree_link_poses(self.urdf, self._q_map(q))

    def face_plate(self, q: np.typing.ArrayLike) -> np.ndarray:
        """X_PosF[4, 4]: the face plate in the positioner's base frame at joint values q[n]."""
        return self.link_poses(q)[self.face_plate_link]

    def shapes(self, q: np.typing.ArrayLike) -> list[PositionerShape]:
        """Every link's collision shapes placed at joint values q[n], in the positioner's base frame."""
        poses = self.link_poses(q)
        return [
            PositionerShape(name, g, poses[name] @ g.X_LG)
            for name, link in self.urdf.links.items()
            for g in link.collisions
        ]


def load_positioner_dir(path: Path | str) -> PositionerSpec:
    """Load a positioner folder (positioner.yaml + positioner.urdf)."""
    folder = Path(path)
    yaml_path, urdf_path = folder / "positioner.yaml", folder / "positioner.urdf"
    for p in (yaml_path, urdf_path):
        if not p.is_file():
            raise RobotModelError(f"positioner folder {folder} has no {p.name}")
    data = _read_yaml(yaml_path)
    where = str(yaml_path)
    try:
        urdf_text = urdf_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RobotModelError(f"cannot read {urdf_path} as UTF-8 text: {exc}") from exc
    home_deg = _field(data, "home_deg", where)
    accel = _field(data, "max_accel_deg_s2", where)
    n = len(home_deg) if isinstance(home_deg, list) else -1
    payload = data.get("payload_kg")
    controller: Any = data.get("controller") or {}
    if not isinstance(controller, dict):
        raise RobotModelError(f"{where}: 'controller' must be a mapping")
    sources = data.get("sources") or []
    if not isinstance(sources, list):
        raise RobotModelError(f"{where}: 'sources' must be a list of strings")
    # Angles are in degrees in the file for revolute axes; a prismatic track would need mm (none is built in).
    return PositionerSpec(
        id=str(_field(data, "id", where)),
        name=str(_field(data, "name", where)),
        vendor=str(_field(data, "vendor", where)),
        model=str(data.get("model", "")),
        kind=str(_field(data, "kind", where)),
        urdf_text=urdf_text,
        base_link=str(_field(data, "base_link", where)),
        face_plate_link=str(_field(data, "face_plate_link", where)),
        payload_kg=None if payload is None else _number(payload, f"{where} payload_kg"),
        home=np.radians(_numbers(home_deg, (n,), f"{where} home_deg")),
        max_accel=np.radians(_numbers(accel, (n,), f"{where} max_accel_deg_s2")),
        accel_assumption=str(_field(data, "accel_assumption", where)),
        sources=tuple(str(s) for s in sources),
        controller_axis_names=tuple(str(a) for a in controller.get("axis_names") or ()),
    )


@lru_cache(maxsize=1)
def _builtin_positioners() -> tuple[tuple[str, PositionerSpec], ...]:
    specs = []
    for folder in sorted(p for p in POSITIONERS_DIR.iterdir() if (p / "positioner.yaml").is_file()):
        spec = load_positioner_dir(folder)
        if spec.id != folder.name:
            raise RobotModelError(f"{folder / 'positioner.yaml'}: id '{spec.id}' differs from its folder name")
        specs.append((spec.id, spec))
    return tuple(specs)


def load_builtin_positioners() -> dict[str, PositionerSpec]:
    """The positioners shipped in robot_models/positioners, by id (loaded once; a fresh dict each call)."""
    return dict(_builtin_positioners())
