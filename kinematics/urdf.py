"""URDF reader: links with their geometry, joints with origin, axis and limits.

Parses with defusedxml and refuses DTDs and entities (billion-laughs, external entities). Every number
is checked to be finite; revolute and prismatic joints must have lower < upper. Errors are UrdfError
with a message naming the element and attribute at fault.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from xml.etree.ElementTree import Element, ParseError

import numpy as np
from defusedxml.common import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from kinematics.se3 import X_from_xyz_rpy

__all__ = ["UrdfError", "UrdfGeometry", "UrdfLink", "UrdfJoint", "UrdfModel", "parse_urdf", "JOINT_TYPES"]

JOINT_TYPES = ("revolute", "continuous", "prismatic", "fixed", "floating", "planar")
_GEOMETRY_KINDS = ("box", "cylinder", "sphere", "mesh")


class UrdfError(ValueError):
    """A URDF document that cannot be used; the message names the element and attribute at fault."""


@dataclass(frozen=True, eq=False)
class UrdfGeometry:
    """One collision or visual shape of a link.

    kind: "box" | "cylinder" | "sphere" | "mesh"; X_LG[4, 4]: shape frame in the link frame.
    size[3] (box, m); radius (cylinder, sphere, m); length (cylinder, m); filename and scale[3] (mesh;
    the filename is kept verbatim, e.g. "package://..." or a relative path).
    """

    kind: str
    X_LG: np.ndarray
    size: np.ndarray | None = None
    radius: float | None = None
    length: float | None = None
    filename: str | None = None
    scale: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class UrdfLink:
    name: str
    collisions: tuple[UrdfGeometry, ...]
    visuals: tuple[UrdfGeometry, ...]


@dataclass(frozen=True, eq=False)
class UrdfJoint:
    """A URDF joint. X_PJ[4, 4]: joint frame in the parent link frame at zero position (the child link
    frame coincides with the joint frame). axis[3]: unit axis in the joint frame. lower/upper (rad or m;
    -inf/inf for continuous, 0 for fixed), velocity (rad/s or m/s; inf when not given), effort."""

    name: str
    type: str
    parent: str
    child: str
    X_PJ: np.ndarray
    axis: np.ndarray
    lower: float
    upper: float
    velocity: float
    effort: float


@dataclass(frozen=True, eq=False)
class UrdfModel:
    name: str
    links: dict[str, UrdfLink]
    joints: dict[str, UrdfJoint]

    @property
    def root_link(self) -> str:
        """The one link that is no joint's child (parse_urdf guarantees there is exactly one)."""
        children = {j.child for j in self.joints.values()}
        roots = [name for name in self.links if name not in children]
        if len(roots) != 1:
            raise UrdfError(f"URDF '{self.name}' must have exactly one root link, found {roots}")
        return roots[0]

    def child_joints(self, link: str) -> list[UrdfJoint]:
        """Joints whose parent is `link`, in document order."""
        return [j for j in self.joints.values() if j.parent == link]

    def parent_joint(self, link: str) -> UrdfJoint | None:
        """The joint whose child is `link`; None for the root link."""
        for j in self.joints.values():
            if j.child == link:
                return j
        return None

    def joints_between(self, base: str, tip: str) -> list[UrdfJoint]:
        """The joints (fixed ones included) on the path from link `base` down to link `tip`, base first."""
        for role, name in (("base", base), ("tip", tip)):
            if name not in self.links:
                raise UrdfError(f"{role} link '{name}' is not in URDF '{self.name}'")
        path = []
        link = tip
        while link != base:
            joint = self.parent_joint(link)
            if joint is None:
                raise UrdfError(f"tip link '{tip}' is not below base link '{base}'")
            path.append(joint)
            link = joint.parent
        path.reverse()
        return path


def _floats(text: str | None, count: int, where: str, default: tuple[float, ...] | None = None) -> np.ndarray:
    if text is None:
        if default is None:
            raise UrdfError(f"{where} is missing")
        return np.array(default, dtype=np.float64)
    parts = text.split()
    if len(parts) != count:
        raise UrdfError(f"{where} must hold {count} numbers, got '{text}'")
    try:
        values = np.array([float(p) for p in parts], dtype=np.float64)
    except ValueError as exc:
        raise UrdfError(f"{where} is not numeric: '{text}'") from exc
    if not np.all(np.isfinite(values)):
        raise UrdfError(f"{where} has a non-finite number: '{text}'")
    return values


def _float(text: str | None, where: str, default: float | None = None) -> float:
    if text is None:
        if default is None:
            raise UrdfError(f"{where} is missing")
        return default
    return float(_floats(text, 1, where)[0])


def _origin(elem: Element, where: str) -> np.ndarray:
    origin = elem.find("origin")
    if origin is None:
        return np.eye(4)
    xyz = _floats(origin.get("xyz"), 3, f"{where} origin xyz", (0.0, 0.0, 0.0))
    rpy = _floats(origin.get("rpy"), 3, f"{where} origin rpy", (0.0, 0.0, 0.0))
    return X_from_xyz_rpy(xyz, rpy)


def _geometry(elem: Element, where: str) -> UrdfGeometry:
    X_LG = _origin(elem, where)
    geom = elem.find("geometry")
    if geom is None or len(geom) != 1:
        raise UrdfError(f"{where} needs a <geometry> with exactly one shape")
    shape = geom[0]
    kind = shape.tag
    if kind not in _GEOMETRY_KINDS:
        raise UrdfError(f"{where} geometry '{kind}' is not one of {_GEOMETRY_KINDS}")
    if kind == "box":
        size = _floats(shape.get("size"), 3, f"{where} box size")
        if np.any(size <= 0.0):
            raise UrdfError(f"{where} box size must be positive, got {size.tolist()}")
        return UrdfGeometry("box", X_LG, size=size)
    if kind == "sphere":
        radius = _float(shape.get("radius"), f"{where} sphere radius")
        if radius <= 0.0:
            raise UrdfError(f"{where} sphere radius must be positive, got {radius}")
        return UrdfGeometry("sphere", X_LG, radius=radius)
    if kind == "cylinder":
        radius = _float(shape.get("radius"), f"{where} cylinder radius")
        length = _float(shape.get("length"), f"{where} cylinder length")
        if radius <= 0.0 or length <= 0.0:
            raise UrdfError(f"{where} cylinder radius and length must be positive, got {radius}, {length}")
        return UrdfGeometry("cylinder", X_LG, radius=radius, length=length)
    filename = shape.get("filename")
    if not filename:
        raise UrdfError(f"{where} mesh filename is missing")
    scale = _floats(shape.get("scale"), 3, f"{where} mesh scale", (1.0, 1.0, 1.0))
    if np.any(scale == 0.0):
        raise UrdfError(f"{where} mesh scale must be non-zero, got {scale.tolist()}")
    return UrdfGeometry("mesh", X_LG, filename=filename, scale=scale)


def _link(elem: Element) -> UrdfLink:
    name = elem.get("name")
    if not name:
        raise UrdfError("a <link> has no name")
    collisions = tuple(_geometry(c, f"link '{name}' collision #{i}") for i, c in enumerate(elem.findall("collision")))
    visuals = tuple(_geometry(v, f"link '{name}' visual #{i}") for i, v in enumerate(elem.findall("visual")))
    return UrdfLink(name=name, collisions=collisions, visuals=visuals)


def _joint(elem: Element) -> UrdfJoint:
    name = elem.get("name")
    if not name:
        raise UrdfError("a <joint> has no name")
    where = f"joint '{name}'"
    jtype = elem.get("type")
    if jtype not in JOINT_TYPES:
        raise UrdfError(f"{where} type '{jtype}' is not one of {JOINT_TYPES}")
    parent_el, child_el = elem.find("parent"), elem.find("child")
    parent = parent_el.get("link") if parent_el is not None else None
    child = child_el.get("link") if child_el is not None else None
    if not parent or not child:
        raise UrdfError(f"{where} needs <parent link=...> and <child link=...>")
    X_PJ = _origin(elem, where)
    axis_el = elem.find("axis")
    axis = _floats(axis_el.get("xyz") if axis_el is not None else None, 3, f"{where} axis xyz", (1.0, 0.0, 0.0))
    norm = float(np.linalg.norm(axis))
    if jtype != "fixed" and norm < 1e-9:
        raise UrdfError(f"{where} axis has zero length")
    if norm > 0.0:
        axis = axis / norm
    limit = elem.find("limit")
    lower, upper, velocity, effort = 0.0, 0.0, math.inf, math.inf
    if jtype in ("revolute", "prismatic"):
        if limit is None:
            raise UrdfError(f"{where} of type {jtype} needs a <limit> element")
        lower = _float(limit.get("lower"), f"{where} limit lower", 0.0)
        upper = _float(limit.get("upper"), f"{where} limit upper", 0.0)
        if not lower < upper:
            raise UrdfError(f"{where} limit lower ({lower}) must be below upper ({upper})")
    elif jtype == "continuous":
        lower, upper = -math.inf, math.inf
    if limit is not None and jtype != "fixed":
        velocity = _float(limit.get("velocity"), f"{where} limit velocity", math.inf)
        effort = _float(limit.get("effort"), f"{where} limit effort", math.inf)
        if velocity <= 0.0:
            raise UrdfError(f"{where} limit velocity must be positive, got {velocity}")
        if effort < 0.0:
            raise UrdfError(f"{where} limit effort must not be negative, got {effort}")
    return UrdfJoint(name, jtype, parent, child, X_PJ, axis, lower, upper, velocity, effort)


def parse_urdf(text: str | bytes) -> UrdfModel:
    """Parse a URDF document (str or bytes) into a UrdfModel.

    Raises UrdfError for: XML syntax errors, DTDs or entity declarations, a root element other than
    <robot>, duplicate or dangling link names, non-finite numbers, revolute/prismatic joints without
    lower < upper, links with two parents, and trees without exactly one root (or with cycles).
    """
    try:
        root = defused_fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UrdfError(f"URDF refused: DTDs and entity declarations are not allowed ({exc!r})") from exc
    except ParseError as exc:
        raise UrdfError(f"URDF is not well-formed XML: {exc}") from exc
    if root.tag != "robot":
        raise UrdfError(f"URDF root element must be <robot>, got <{root.tag}>")
    name = root.get("name") or ""
    links: dict[str, UrdfLink] = {}
    for el in root.findall("link"):
        link = _link(el)
        if link.name in links:
            raise UrdfError(f"link '{link.name}' is defined twice")
        links[link.name] = link
    if not links:
        raise UrdfError("URDF has no <link>")
    joints: dict[str, UrdfJoint] = {}
    parent_of: dict[str, str] = {}
    for el in root.findall("joint"):
        joint = _joint(el)
        if joint.name in joints:
            raise UrdfError(f"joint '{joint.name}' is defined twice")
        for role, link_name in (("parent", joint.parent), ("child", joint.child)):
            if link_name not in links:
                raise UrdfError(f"joint '{joint.name}' {role} link '{link_name}' is not defined")
        if joint.child in parent_of:
            raise UrdfError(
                f"link '{joint.child}' is the child of two joints ('{parent_of[joint.child]}', '{joint.name}')"
            )
        parent_of[joint.child] = joint.name
        joints[joint.name] = joint
    roots = [n for n in links if n not in parent_of]
    if len(roots) != 1:
        raise UrdfError(f"URDF must have exactly one root link (a tree without cycles), found roots {roots}")
    # With one parent per link and one root, a link unreachable from the root sits on a cycle.
    reached, stack = {roots[0]}, [roots[0]]
    children: dict[str, list[str]] = {}
    for j in joints.values():
        children.setdefault(j.parent, []).append(j.child)
    while stack:
        for c in children.get(stack.pop(), []):
            if c not in reached:
                reached.add(c)
                stack.append(c)
    if len(reached) != len(links):
        raise UrdfError(f"URDF joints form a cycle through links {sorted(set(links) - reached)}")
    return UrdfModel(name=name, links=links, joints=joints)
