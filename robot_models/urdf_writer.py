"""Render a serial robot (links with primitive collision shapes, joints) as URDF text.

Used for the built-in robots (robot_models/build_builtin.py) and for robots registered by OPW
parameters, so that every robot has collision geometry even without vendor meshes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast
from xml.sax.saxutils import quoteattr

import numpy as np
import numpy.typing as npt

__all__ = [
    "JointDef",
    "LinkDef",
    "MeshGeom",
    "Primitive",
    "box_at",
    "cylinder_between",
    "render_urdf",
    "rpy_from_R",
    "sphere_at",
]


@dataclass(frozen=True, eq=False)
class Primitive:
    """One collision primitive in the frame of the link (or flange) that carries it.

    kind: "box" (size = full edge lengths [3] m), "cylinder" (radius, length along the local z axis, centred
    on the origin, URDF convention) or "sphere" (radius). X_LG: [4,4] pose of the primitive in that frame.
    """

    kind: str
    X_LG: np.ndarray
    size: tuple[float, float, float] | None = None
    radius: float = 0.0
    length: float = 0.0
    name: str = ""

    def volume(self) -> float:
        if self.kind == "box":
            assert self.size is not None
            return float(np.prod(self.size))
        if self.kind == "cylinder":
            return float(np.pi * self.radius**2 * self.length)
        return float(4.0 / 3.0 * np.pi * self.radius**3)

    def corners(self) -> np.ndarray:
        """[8,3] corners of the primitive's local bounding box, expressed in the carrying frame."""
        if self.kind == "box":
            assert self.size is not None
            h = np.asarray(self.size, float) / 2.0
        elif self.kind == "cylinder":
            h = np.array([self.radius, self.radius, self.length / 2.0])
        else:
            h = np.full(3, self.radius)
        signs = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)], float)
        local = signs * h
        return local @ self.X_LG[:3, :3].T + self.X_LG[:3, 3]


@dataclass(frozen=True, eq=False)
class MeshGeom:
    """A mesh file (filename relative to the URDF's folder) at X_LG[4, 4] in the link frame: a collision
    element when collision is True, else a visual. bounds[2, 3]: its bounding box in its own frame (m)."""

    filename: str
    X_LG: np.ndarray
    collision: bool
    bounds: np.ndarray
    name: str = ""

    def corners(self) -> np.ndarray:
        """[8,3] corners of the mesh's bounding box, expressed in the link frame."""
        lo, hi = np.asarray(self.bounds, float)
        local = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
        return local @ self.X_LG[:3, :3].T + self.X_LG[:3, 3]


@dataclass(frozen=True, eq=False)
class LinkDef:
    """A link: its collision primitives (also drawn as visuals), its meshes (visual or collision) and its
    mass in kg (0: frame-only link)."""

    name: str
    primitives: tuple[Primitive, ...] = ()
    mass: float = 0.0
    color_rgba: tuple[float, float, float, float] = (0.8, 0.8, 0.8, 1.0)
    meshes: tuple[MeshGeom, ...] = ()


@dataclass(frozen=True, eq=False)
class JointDef:
    """A URDF joint. xyz [3] m and rpy [3] rad give the joint frame in the parent link frame."""

    name: str
    type: str
    parent: str
    child: str
    xyz: tuple[float, float, float] = (0.0, 0.0, 0.0)
    rpy: tuple[float, float, float] = (0.0, 0.0, 0.0)
    axis: tuple[float, float, float] = (0.0, 0.0, 1.0)
    lower: float = 0.0
    upper: float = 0.0
    velocity: float = 0.0
    effort: float = field(default=0.0)


def _num(x: float) -> str:
    """Shortest text that reads back as the same float, so generated URDFs lose no precision."""
    x = float(x)
    if x == 0.0:
        return "0"
    return repr(x)


def _vec(v: Iterable[float]) -> str:
    return " ".join(_num(c) for c in v)


def rpy_from_R(R: np.ndarray) -> tuple[float, float, float]:
    """URDF roll-pitch-yaw (R = Rz(yaw) Ry(pitch) Rx(roll)) of a 3x3 rotation matrix."""
    R = np.asarray(R, float)
    sy = -R[2, 0]
    sy = min(1.0, max(-1.0, sy))
    pitch = float(np.arcsin(sy))
    if abs(sy) < 1.0 - 1e-12:
        roll = float(np.arctan2(R[2, 1], R[2, 2]))
        yaw = float(np.arctan2(R[1, 0], R[0, 0]))
    else:
        # Gimbal lock: only roll - yaw (or roll + yaw) is defined; put it all in roll.
        yaw = 0.0
        roll = float(np.arctan2(-R[1, 2], R[1, 1]))
    return roll, pitch, yaw


def _g(x: float) -> str:
    """Primitive poses and sizes: nanometre/nanoradian rounding keeps the text short, loses nothing real."""
    return _num(round(float(x), 9))


def _origin(X: np.ndarray) -> str:
    xyz = " ".join(_g(c) for c in X[:3, 3])
    rpy = " ".join(_g(c) for c in rpy_from_R(X[:3, :3]))
    return f'<origin xyz="{xyz}" rpy="{rpy}"/>'


def _geometry(p: Primitive) -> str:
    if p.kind == "box":
        assert p.size is not None
        return f'<box size="{" ".join(_g(c) for c in p.size)}"/>'
    if p.kind == "cylinder":
        return f'<cylinder radius="{_g(p.radius)}" length="{_g(p.length)}"/>'
    if p.kind == "sphere":
        return f'<sphere radius="{_g(p.radius)}"/>'
    raise ValueError(f"primitive kind {p.kind!r} is not box, cylinder or sphere")


def _inertial(link: LinkDef) -> list[str]:
    """Solid-box inertia of the link's geometry's bounding box: plausible values so that physics engines
    load the model without warnings; weldplan uses no dynamics."""
    shapes: list[Primitive | MeshGeom] = [*link.primitives, *(m for m in link.meshes if m.collision)]
    if shapes:
        pts = np.vstack([p.corners() for p in shapes])
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        com = (lo + hi) / 2.0
        ext = np.maximum(hi - lo, 0.01)
    else:
        com = np.zeros(3)
        ext = np.full(3, 0.01)
    m = link.mass if link.mass > 0 else 1e-3
    ixx = m / 12.0 * (ext[1] ** 2 + ext[2] ** 2)
    iyy = m / 12.0 * (ext[0] ** 2 + ext[2] ** 2)
    izz = m / 12.0 * (ext[0] ** 2 + ext[1] ** 2)
    return [
        "    <inertial>",
        f'      <origin xyz="{_vec(np.round(com, 4))}" rpy="0 0 0"/>',
        f'      <mass value="{_num(round(m, 4))}"/>',
        f'      <inertia ixx="{ixx:.6g}" ixy="0" ixz="0" iyy="{iyy:.6g}" iyz="0" izz="{izz:.6g}"/>',
        "    </inertial>",
    ]


def render_urdf(robot_name: str, links: list[LinkDef], joints: list[JointDef], header: str = "") -> str:
    """URDF text for the given links and joints (links first, then joints, in the given order)."""
    out = ['<?xml version="1.0"?>']
    if header:
        out.append("<!-- " + header.replace("--", "- -") + " -->")
    out.append(f"<robot name={quoteattr(robot_name)}>")
    for link in links:
        out.append(f"  <link name={quoteattr(link.name)}>")
        out.extend(_inertial(link))
        rgba = _vec(link.color_rgba)
        for p in link.primitives:
            out += [
                "    <visual>",
                f"      {_origin(p.X_LG)}",
                f"      <geometry>{_geometry(p)}</geometry>",
                f'      <material name="{link.name}_color"><color rgba="{rgba}"/></material>',
                "    </visual>",
            ]
        for m in link.meshes:
            if not m.collision:
                out += [
                    "    <visual>",
                    f"      {_origin(m.X_LG)}",
                    f"      <geometry><mesh filename={quoteattr(m.filename)}/></geometry>",
                    f'      <material name="{link.name}_color"><color rgba="{rgba}"/></material>',
                    "    </visual>",
                ]
        for p in link.primitives:
            name_attr = f" name={quoteattr(p.name)}" if p.name else ""
            out += [
                f"    <collision{name_attr}>",
                f"      {_origin(p.X_LG)}",
                f"      <geometry>{_geometry(p)}</geometry>",
                "    </collision>",
            ]
        for m in link.meshes:
            if m.collision:
                name_attr = f" name={quoteattr(m.name)}" if m.name else ""
                out += [
                    f"    <collision{name_attr}>",
                    f"      {_origin(m.X_LG)}",
                    f"      <geometry><mesh filename={quoteattr(m.filename)}/></geometry>",
                    "    </collision>",
                ]
        out.append("  </link>")
    for j in joints:
        out.append(f"  <joint name={quoteattr(j.name)} type={quoteattr(j.type)}>")
        out.append(f"    <parent link={quoteattr(j.parent)}/>")
        out.append(f"    <child link={quoteattr(j.child)}/>")
        out.append(f'    <origin xyz="{_vec(j.xyz)}" rpy="{_vec(j.rpy)}"/>')
        if j.type != "fixed":
            out.append(f'    <axis xyz="{_vec(j.axis)}"/>')
            out.append(
                f'    <limit lower="{_num(j.lower)}" upper="{_num(j.upper)}" '
                f'effort="{_num(j.effort)}" velocity="{_num(j.velocity)}"/>'
            )
        out.append("  </joint>")
    out.append("</robot>")
    return "\n".join(out) + "\n"


# --- helpers to place primitives -------------------------------------------------------------------


def _frame_z_along(d: np.ndarray) -> np.ndarray:
    """A rotation whose z axis is the unit vector d (x axis chosen deterministically)."""
    z = d / np.linalg.norm(d)
    helper = np.array([1.0, 0.0, 0.0]) if abs(z[0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    x = helper - z * (helper @ z)
    x /= np.linalg.norm(x)
    y = np.cross(z, x)
    return np.column_stack([x, y, z])


def cylinder_between(p0: npt.ArrayLike, p1: npt.ArrayLike, radius: float, name: str = "") -> Primitive:
    """Cylinder of the given radius whose axis runs from point p0 to point p1 ([3] m, same frame)."""
    p0 = np.asarray(p0, float)
    p1 = np.asarray(p1, float)
    d = p1 - p0
    length = float(np.linalg.norm(d))
    if length <= 0:
        raise ValueError("cylinder_between needs two distinct points")
    X = np.eye(4)
    X[:3, :3] = _frame_z_along(d)
    X[:3, 3] = (p0 + p1) / 2.0
    return Primitive("cylinder", X, radius=float(radius), length=length, name=name)


def sphere_at(c: npt.ArrayLike, radius: float, name: str = "") -> Primitive:
    X = np.eye(4)
    X[:3, 3] = np.asarray(c, float)
    return Primitive("sphere", X, radius=float(radius), name=name)


def box_at(center: npt.ArrayLike, size: Iterable[float], R: np.ndarray | None = None, name: str = "") -> Primitive:
    X = np.eye(4)
    if R is not None:
        X[:3, :3] = R
    X[:3, 3] = np.asarray(center, float)
    return Primitive("box", X, size=cast(tuple[float, float, float], tuple(float(s) for s in size)), name=name)
