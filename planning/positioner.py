"""A positioner in the cell: where the part is at given positioner angles, the positioner's links as collision
bodies, how long an index move takes, and the welding position of a seam at any angles.

Frames: B robot base (= world, z up: the robot stands on the floor), Pos the positioner's base (X_BPos), F its
face plate (X_PosF(q) from the positioner's URDF), P the part (X_FP: mounted on the face plate). So
X_BP(q) = X_BPos X_PosF(q) X_FP. Angles in rad, lengths in m, times in s.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import trimesh

from cad.procedures import point_positions, point_weights, position_angles
from cad.seam_types import Seam
from collision.scene import BoxObstacle, MeshObstacle
from kinematics.se3 import invert_X
from kinematics.urdf import UrdfGeometry
from planning.timing import ptp_duration
from robot_models.positioner import PositionerSpec

__all__ = [
    "FLAT_POSITIONS",
    "PositionerCell",
    "PositionerCellError",
    "face_plate_meshes_P",
    "flat_score",
    "geometry_mesh",
    "gravity_angles_deg",
    "index_duration_s",
]

# ISO 6947 positions a procedure wants a seam in, best first: PA (flat) and PB (horizontal-vertical fillet).
FLAT_POSITIONS = ("PA", "PB")
# How much a PB point counts against a PA one when states are scored: PB is a fine fillet position but PA
# lets the bead flow evenly into both faces (a weighting choice, not from a standard).
PB_WEIGHT = 0.9


class PositionerCellError(ValueError):
    """A positioner placement that cannot be used; the message names the field."""


def _rigid(X: np.ndarray, field: str) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.shape != (4, 4) or not np.all(np.isfinite(X)):
        raise PositionerCellError(f"{field}: must be a finite 4x4 pose")
    R = X[:3, :3]
    if not np.allclose(R.T @ R, np.eye(3), atol=1e-6) or np.linalg.det(R) < 0:
        raise PositionerCellError(f"{field}: the rotation is not a proper rotation")
    return X


@dataclass(frozen=True, eq=False)
class PositionerCell:
    """A positioner placed in the cell at X_BPos[4, 4] with the part mounted at X_FP[4, 4] on its face plate."""

    spec: PositionerSpec
    X_BPos: np.ndarray
    X_FP: np.ndarray

    def __post_init__(self) -> None:
        object.__setattr__(self, "X_BPos", _rigid(self.X_BPos, "X_BPos"))
        object.__setattr__(self, "X_FP", _rigid(self.X_FP, "X_FP"))

    def X_BP(self, q: np.typing.ArrayLike) -> np.ndarray:
        """The part in the robot base frame at positioner angles q[n]."""
        return self.X_BPos @ self.spec.face_plate(q) @ self.X_FP

    def obstacles(self, q: np.typing.ArrayLike) -> tuple[BoxObstacle | MeshObstacle, ...]:
        """The positioner's links at angles q[n] as static collision bodies in the robot base frame, named
        positioner.<link>.<k>."""
        out: list[BoxObstacle | MeshObstacle] = []
        count: dict[str, int] = {}
        for shape in self.spec.shapes(q):
            k = count[shape.link] = count.get(shape.link, 0) + 1
            name = f"positioner.{shape.link}.{k}"
            X = self.X_BPos @ shape.X_PosG
            if shape.geometry.kind == "box":
                size = shape.geometry.size
                assert size is not None
                out.append(BoxObstacle(name, X, (float(size[0]), float(size[1]), float(size[2]))))
            else:
                out.append(MeshObstacle(name, geometry_mesh(shape.geometry, f"link '{shape.link}'"), X))
        return tuple(out)


def geometry_mesh(g: UrdfGeometry, where: str) -> trimesh.Trimesh:
    """A URDF primitive as a mesh in its own frame (cylinders along z with 32 sides, as PyBullet's)."""
    if g.kind == "box" and g.size is not None:
        return trimesh.creation.box(extents=g.size)
    if g.kind == "cylinder" and g.radius is not None and g.length is not None:
        return trimesh.creation.cylinder(g.radius, g.length, sections=32)
    if g.kind == "sphere" and g.radius is not None:
        return trimesh.creation.icosphere(subdivisions=2, radius=g.radius)
    raise PositionerCellError(f"{where} has a {g.kind} shape; positioners use boxes, cylinders and spheres only")


def face_plate_meshes_P(pcell: PositionerCell) -> list[trimesh.Trimesh]:
    """The collision shapes that turn with the face plate (whatever the axes do, they keep their pose to the
    part), as meshes in the part frame P: what the torch may hit near the part in every state."""
    spec = pcell.spec
    X_PF = invert_X(pcell.X_FP)

    def in_F(q: np.ndarray) -> list[np.ndarray]:
        X_PosF_inv = invert_X(spec.face_plate(q))
        return [X_PosF_inv @ sh.X_PosG for sh in spec.shapes(q)]

    # two states with every axis moved: a shape whose pose on the face plate is the same in both rides on it
    q_other = np.clip(spec.home + 0.5, spec.joint_limits[:, 0], spec.joint_limits[:, 1])
    out = []
    for sh, X_a, X_b in zip(spec.shapes(spec.home), in_F(spec.home), in_F(q_other), strict=True):
        if np.allclose(X_a, X_b, atol=1e-9):
            mesh = geometry_mesh(sh.geometry, f"link '{sh.link}'")
            mesh.apply_transform(X_PF @ X_a)
            out.append(mesh)
    return out


def index_duration_s(spec: PositionerSpec, q0: np.typing.ArrayLike, q1: np.typing.ArrayLike) -> float:
    """Seconds of a synchronised rest-to-rest positioner move q0[n] -> q1[n] at its max speeds and accelerations
    (the robot's point-to-point profile: planning.timing.ptp_duration)."""
    n = spec.dof
    pad = 6 - n  # the timing code takes six axes: the extra ones stand still and so do not count
    a = np.pad(np.asarray(q0, dtype=float), (0, pad))
    b = np.pad(np.asarray(q1, dtype=float), (0, pad))
    v = np.pad(spec.max_speed, (0, pad), constant_values=1.0)
    acc = np.pad(spec.max_accel, (0, pad), constant_values=1.0)
    return float(ptp_duration(a, b, v, acc))


def flat_score(seam: Seam, R_BP: np.ndarray) -> tuple[float, float]:
    """(score, flat_share) of a seam placed by R_BP[3, 3]: flat_share, the share of its length welded in PA or
    PB (the ISO 6947 main position of each point, cad.procedures.point_positions); score, the same share with
    PB points counted PB_WEIGHT."""
    positions = np.array(point_positions(seam, R_BP))
    w = point_weights(seam)
    w = w / max(float(w.sum()), 1e-12)
    pa, pb = positions == "PA", positions == "PB"
    return float(w @ (pa + PB_WEIGHT * pb)), float(w @ (pa | pb))


def gravity_angles_deg(seam: Seam, R_BP: np.ndarray) -> np.ndarray:
    """Per seam point, the angle between the weld face (air-side bisector) and straight up, in degrees: 0 is
    the flat position PA, 45 PB, 90 PC (cad.procedures.position_angles' rotation)."""
    return position_angles(seam, R_BP)[0]
