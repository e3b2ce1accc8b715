"""The robot and its torch as one URDF for PyBullet: torch primitives become links fixed to the flange.

Visual elements are dropped (DIRECT mode draws nothing); collision meshes are replaced by OBJ files of
their convex hulls (PyBullet treats a moving link's mesh as its hull anyway), written next to the URDF,
so that the numpy broad phase bounds exactly what PyBullet loads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast
from xml.etree.ElementTree import Element, SubElement, tostring

import numpy as np
import trimesh
from defusedxml.ElementTree import fromstring

from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["CombinedUrdf", "combined_urdf", "rpy_from_R", "TOOL_LINK_PREFIX", "is_mount"]

TOOL_LINK_PREFIX = "weldplan_tool_"
# Tool primitives reaching this close to the flange plane sit on the flange (the mount).
_MOUNT_TOUCH_M = 1e-3


def rpy_from_R(R: np.ndarray) -> tuple[float, float, float]:
    """URDF roll, pitch, yaw (rad) with R[3, 3] = Rz(yaw) Ry(pitch) Rx(roll)."""
    pitch = float(np.arcsin(np.clip(-R[2, 0], -1.0, 1.0)))
    if abs(R[2, 0]) < 1.0 - 1e-12:
        roll = float(np.arctan2(R[2, 1], R[2, 2]))
        yaw = float(np.arctan2(R[1, 0], R[0, 0]))
    else:  # gimbal lock: put the whole remaining rotation in yaw
        roll = 0.0
        yaw = float(np.arctan2(-R[0, 1], R[1, 1]))
    return roll, pitch, yaw


def _origin(parent: Element, X: np.ndarray) -> None:
    r, p, y = rpy_from_R(X[:3, :3])
    xyz = " ".join(repr(float(v)) for v in X[:3, 3])
    SubElement(parent, "origin", xyz=xyz, rpy=f"{r!r} {p!r} {y!r}")


def _tiny_inertial(link: Element) -> None:
    # PyBullet prints a warning per link without inertial data; fixed-base bodies never use masses.
    inertial = SubElement(link, "inertial")
    SubElement(inertial, "origin", xyz="0 0 0", rpy="0 0 0")
    SubElement(inertial, "mass", value="0.01")
    SubElement(inertial, "inertia", ixx="1e-6", ixy="0", ixz="0", iyy="1e-6", iyz="0", izz="1e-6")


def is_mount(
    prim_kind: str, X_FG: np.ndarray, size: tuple[float, float, float] | None, radius: float, length: float
) -> bool:
    """True when a tool primitive reaches the flange plane (z = 0 in F): it is (part of) the mount."""
    R, p = X_FG[:3, :3], X_FG[:3, 3]
    if prim_kind == "sphere":
        reach = radius
    elif prim_kind == "box":
        reach = 0.5 * float(np.abs(R[2]) @ np.asarray(size, dtype=float))
    else:  # cylinder along local z
        cz = abs(R[2, 2])
        reach = 0.5 * length * cz + radius * np.sqrt(max(0.0, 1.0 - cz * cz))
    return bool(p[2] - reach <= _MOUNT_TOUCH_M)


def resolve_mesh(filename: str, urdf_dir: Path | None, link: str) -> Path:
    """The file a URDF mesh filename (package://, file:// or relative to urdf_dir) names; ValueError if none."""
    if urdf_dir is None:
        raise ValueError(f"link '{link}' references mesh '{filename}' but the robot has no urdf_dir")
    if filename.startswith("file://"):
        candidates = [Path(filename[len("file://") :])]
    elif filename.startswith("package://"):
        rest = Path(filename[len("package://") :])
        sub = Path(*rest.parts[1:]) if len(rest.parts) > 1 else rest
        candidates = [urdf_dir / rest, urdf_dir / sub, urdf_dir.parent / rest, urdf_dir.parent / sub]
    else:
        candidates = [urdf_dir / filename]
    for c in candidates:
        if c.is_file():
            return c
    raise ValueError(f"mesh '{filename}' of link '{link}' not found under {urdf_dir}")


@dataclass(frozen=True)
class CombinedUrdf:
    """path: the written URDF; tool_links: link name per tool primitive (ToolSpec.collisions order);
    mesh_hulls: written OBJ filename -> hull vertices [k, 3] (in the mesh geometry frame, scale applied)."""

    path: Path
    text: str
    tool_links: tuple[str, ...]
    mesh_hulls: dict[str, np.ndarray]


@lru_cache(maxsize=256)
def _hull_obj(src: str, mtime_ns: int, size: int, scale: tuple[float, ...]) -> tuple[str, np.ndarray]:
    """The convex hull of a collision mesh file, scaled: its OBJ text and its vertices [k, 3]. Kept per
    process, keyed by the file's path, modification time and size: loading a robot's meshes and taking their
    hulls costs about a second per robot, and a long-lived job process builds a collision world for the same
    robot job after job."""
    loaded = cast(trimesh.Trimesh, trimesh.load(src, force="mesh"))
    hull = trimesh.Trimesh(np.asarray(loaded.vertices) * np.asarray(scale, dtype=float), loaded.faces).convex_hull
    vertices = np.asarray(hull.vertices, dtype=float).copy()
    vertices.setflags(write=False)
    return str(hull.export(file_type="obj")), vertices


def combined_urdf(robot: RobotSpec, tool: ToolSpec | None, out_dir: Path) -> CombinedUrdf:
    """Write robot + torch as one URDF into out_dir (meshes as hull OBJs there too)."""
    root = fromstring(robot.urdf_text)
    mesh_hulls: dict[str, np.ndarray] = {}
    for link in root.findall("link"):
        for visual in link.findall("visual"):
            link.remove(visual)
        if link.find("inertial") is None:
            _tiny_inertial(link)
        for k, mesh in enumerate(link.iter("mesh")):
            src = resolve_mesh(mesh.get("filename", ""), robot.urdf_dir, link.get("name", "?"))
            scale = tuple(float(s) for s in mesh.get("scale", "1 1 1").split())
            stat = src.stat()
            obj_text, hull_vertices = _hull_obj(str(src.resolve()), stat.st_mtime_ns, stat.st_size, scale)
            name = re.sub(r"[^A-Za-z0-9_]", "_", link.get("name", "link"))
            out = out_dir / f"hull_{name}_{k}.obj"
            out.write_text(obj_text)
            mesh.set("filename", str(out))
            mesh.set("scale", "1 1 1")
            mesh_hulls[str(out)] = hull_vertices.copy()
    tool_links: list[str] = []
    if tool is not None:
        for i, prim in enumerate(tool.collisions):
            name = f"{TOOL_LINK_PREFIX}{i}_{re.sub(r'[^A-Za-z0-9_]', '_', prim.name)}"
            link = SubElement(root, "link", name=name)
            _tiny_inertial(link)
            col = SubElement(link, "collision", name=prim.name)
            _origin(col, np.eye(4))
            geom = SubElement(col, "geometry")
            if prim.kind == "cylinder":
                SubElement(geom, "cylinder", radius=repr(float(prim.radius)), length=repr(float(prim.length)))
            elif prim.kind == "box":
                assert prim.size is not None
                SubElement(geom, "box", size=" ".join(repr(float(s)) for s in prim.size))
            elif prim.kind == "sphere":
                SubElement(geom, "sphere", radius=repr(float(prim.radius)))
            else:
                raise ValueError(f"tool '{tool.id}' primitive '{prim.name}' has unknown kind {prim.kind!r}")
            joint = SubElement(root, "joint", name=f"{name}_joint", type="fixed")
            SubElement(joint, "parent", link=robot.tip_link)
            SubElement(joint, "child", link=name)
            _origin(joint, np.asarray(prim.X_FG, dtype=float))
            tool_links.append(name)
    text = tostring(root, encoding="unicode")
    path = out_dir / "robot_with_tool.urdf"
    path.write_text(text)
    return CombinedUrdf(path=path, text=text, tool_links=tuple(tool_links), mesh_hulls=mesh_hulls)
