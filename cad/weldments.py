"""Parametric weldments built with OCP, with the seams each one must yield.

Every builder returns a ``Weldment``: a list of ``(name, TopoDS_Shape)`` solids in metres (what
``shapes_to_step`` takes) that also carries ``expected``, the seams a detector must find: count, kind,
length and open angle, derived by hand from the geometry in each builder's docstring. Plates are boxes,
webs and gussets prisms; bodies touch face to face, or stand off by ``gap`` (positive: a gap, negative: an
interference) to mimic real CAD.

Frame: x along the main seam, z up; the base plate's top face is z = base_thickness.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import radians, sin

import numpy as np
import trimesh
from OCP.BRep import BRep_Tool
from OCP.BRepAlgoAPI import BRepAlgoAPI_Cut
from OCP.BRepBuilderAPI import BRepBuilderAPI_MakeFace, BRepBuilderAPI_MakePolygon
from OCP.BRepMesh import BRepMesh_IncrementalMesh
from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox, BRepPrimAPI_MakeCylinder, BRepPrimAPI_MakePrism
from OCP.gp import gp_Ax2, gp_Dir, gp_Pnt, gp_Vec
from OCP.TopAbs import TopAbs_FACE, TopAbs_REVERSED
from OCP.TopExp import TopExp_Explorer
from OCP.TopLoc import TopLoc_Location
from OCP.TopoDS import TopoDS, TopoDS_Shape

from cad.part import Body, Part

MAX_GAP_M = 0.2e-3


class WeldmentError(ValueError):
    """Impossible weldment dimensions; the message names the parameter."""


@dataclass(frozen=True)
class ExpectedSeam:
    """A seam a builder's geometry implies: kind, length (m), open angle (rad), bodies (i < j)."""

    kind: str
    length_m: float
    open_angle_rad: float
    bodies: tuple[int, int]
    inside: bool = False  # enclosed by the weldment (no torch can reach it)


class Weldment(list[tuple[str, object]]):
    """A list of (name, TopoDS_Shape) solids in metres, plus the seams they must yield (``expected``)."""

    def __init__(self, shapes: list[tuple[str, TopoDS_Shape]], expected: list[ExpectedSeam]) -> None:
        super().__init__(shapes)
        self.expected: tuple[ExpectedSeam, ...] = tuple(expected)


# --------------------------------------------------------------------------------------------- primitives


def _box(x0: float, y0: float, z0: float, dx: float, dy: float, dz: float) -> TopoDS_Shape:
    return BRepPrimAPI_MakeBox(gp_Pnt(x0, y0, z0), dx, dy, dz).Shape()


def _prism_yz(points_yz: list[tuple[float, float]], x0: float, length: float) -> TopoDS_Shape:
    """A prism along +x from x0 whose cross-section is the polygon points_yz (y, z)."""
    poly = BRepBuilderAPI_MakePolygon()
    for y, z in points_yz:
        poly.Add(gp_Pnt(x0, y, z))
    poly.Close()
    face = BRepBuilderAPI_MakeFace(poly.Wire()).Face()
    return BRepPrimAPI_MakePrism(face, gp_Vec(length, 0.0, 0.0)).Shape()


def _prism_xz(points_xz: list[tuple[float, float]], y0: float, thickness: float) -> TopoDS_Shape:
    """A prism along +y from y0 whose cross-section is the polygon points_xz (x, z)."""
    poly = BRepBuilderAPI_MakePolygon()
    for x, z in points_xz:
        poly.Add(gp_Pnt(x, y0, z))
    poly.Close()
    face = BRepBuilderAPI_MakeFace(poly.Wire()).Face()
    return BRepPrimAPI_MakePrism(face, gp_Vec(0.0, thickness, 0.0)).Shape()


def _tabbed_outline(
    u0: float, u1: float, z0: float, height: float, depth: float, centres: list[float], tab_length: float
) -> list[tuple[float, float]]:
    """Outline (u, z) of a wall from u0 to u1 standing at z0, with tabs reaching down by depth."""
    pts = [(u0, z0)]
    for c in centres:
        a, b = c - tab_length / 2, c + tab_length / 2
        pts += [(a, z0), (a, z0 - depth), (b, z0 - depth), (b, z0)]
    return pts + [(u1, z0), (u1, z0 + height), (u0, z0 + height)]


def _positive(**values: float) -> None:
    for name, value in values.items():
        if not np.isfinite(value) or value <= 0:
            raise WeldmentError(f"{name}: must be a positive length, got {value!r}")


def _gap(gap: float) -> None:
    if not np.isfinite(gap) or abs(gap) > MAX_GAP_M:
        raise WeldmentError(f"gap: must be within +-{MAX_GAP_M * 1e3:g} mm, got {gap!r}")


RIGHT = np.pi / 2


# ----------------------------------------------------------------------------------------------- builders


def t_joint(
    base_length: float = 0.2,
    base_width: float = 0.1,
    base_thickness: float = 0.01,
    web_height: float = 0.06,
    web_thickness: float = 0.008,
    web_length: float | None = None,
    gap: float = 0.0,
) -> Weldment:
    """A web standing on the middle of a base plate.

    The web (default 40 mm shorter than the base, centred) yields two 90 deg fillets as long as the web;
    the corners across its ends are end returns, not seams.
    """
    wl = base_length - 0.04 if web_length is None else web_length
    _positive(
        base_length=base_length,
        base_width=base_width,
        base_thickness=base_thickness,
        web_height=web_height,
        web_thickness=web_thickness,
        web_length=wl,
    )
    _gap(gap)
    if wl > base_length or web_thickness >= base_width:
        raise WeldmentError("web_length/web_thickness: the web must fit on the base")
    base = _box(0, 0, 0, base_length, base_width, base_thickness)
    web = _box(
        (base_length - wl) / 2, (base_width - web_thickness) / 2, base_thickness + gap, wl, web_thickness, web_height
    )
    return Weldment(
        [("base", base), ("web", web)],
        [ExpectedSeam("fillet", wl, RIGHT, (0, 1)), ExpectedSeam("fillet", wl, RIGHT, (0, 1))],
    )


def inside_corner(
    length: float = 0.15,
    base_width: float = 0.08,
    base_thickness: float = 0.008,
    wall_height: float = 0.08,
    wall_thickness: float = 0.006,
    gap: float = 0.0,
) -> Weldment:
    """A wall standing on the edge of a base, its outer face flush with the base's side (flush corner joint).

    Seams: the inside 90 deg fillet and the outside flush line (corner, 180 deg), both the full length.
    """
    _positive(
        length=length,
        base_width=base_width,
        base_thickness=base_thickness,
        wall_height=wall_height,
        wall_thickness=wall_thickness,
    )
    _gap(gap)
    if wall_thickness >= base_width:
        raise WeldmentError("wall_thickness: must be less than base_width")
    base = _box(0, 0, 0, length, base_width, base_thickness)
    wall = _box(0, base_width - wall_thickness, base_thickness + gap, length, wall_thickness, wall_height)
    return Weldment(
        [("base", base), ("wall", wall)],
        [ExpectedSeam("fillet", length, RIGHT, (0, 1)), ExpectedSeam("corner", length, np.pi, (0, 1))],
    )


def outside_corner(
    length: float = 0.15,
    base_width: float = 0.08,
    base_thickness: float = 0.008,
    wall_height: float = 0.08,
    wall_thickness: float = 0.008,
    overhang: float = 0.004,
    gap: float = 0.0,
) -> Weldment:
    """A wall on the edge of a base, overhanging it outwards by ``overhang`` (a half-open corner joint).

    Seams: the inside 90 deg fillet, and outside the 90 deg groove between the base's side face and the
    wall's bottom face (two thin edge faces: a corner joint), both the full length.
    """
    _positive(
        length=length,
        base_width=base_width,
        base_thickness=base_thickness,
        wall_height=wall_height,
        wall_thickness=wall_thickness,
        overhang=overhang,
    )
    _gap(gap)
    if overhang >= wall_thickness or wall_thickness - overhang >= base_width:
        raise WeldmentError("overhang: must be less than wall_thickness (the wall must rest on the base)")
    base = _box(0, 0, 0, length, base_width, base_thickness)
    wall = _box(0, base_width - wall_thickness + overhang, base_thickness + gap, length, wall_thickness, wall_height)
    return Weldment(
        [("base", base), ("wall", wall)],
        [ExpectedSeam("fillet", length, RIGHT, (0, 1)), ExpectedSeam("corner", length, RIGHT, (0, 1))],
    )


def lap_joint(
    length: float = 0.15,
    width_1: float = 0.08,
    thickness_1: float = 0.006,
    width_2: float = 0.08,
    thickness_2: float = 0.005,
    overlap: float = 0.03,
    gap: float = 0.0,
) -> Weldment:
    """Plate 2 lying on plate 1, overlapping it by ``overlap``: two 90 deg lap fillets the full length
    (on top along plate 2's edge, underneath along plate 1's edge)."""
    _positive(
        length=length,
        width_1=width_1,
        thickness_1=thickness_1,
        width_2=width_2,
        thickness_2=thickness_2,
        overlap=overlap,
    )
    _gap(gap)
    if overlap >= min(width_1, width_2):
        raise WeldmentError("overlap: must be less than both plate widths")
    p1 = _box(0, 0, 0, length, width_1, thickness_1)
    p2 = _box(0, width_1 - overlap, thickness_1 + gap, length, width_2, thickness_2)
    return Weldment(
        [("plate_1", p1), ("plate_2", p2)],
        [ExpectedSeam("lap", length, RIGHT, (0, 1)), ExpectedSeam("lap", length, RIGHT, (0, 1))],
    )


def butt_joint(
    length: float = 0.15, width_1: float = 0.08, width_2: float = 0.06, thickness: float = 0.006, gap: float = 0.0
) -> Weldment:
    """Two coplanar plates edge to edge: two butt lines (180 deg), on top and underneath, full length."""
    _positive(length=length, width_1=width_1, width_2=width_2, thickness=thickness)
    _gap(gap)
    p1 = _box(0, 0, 0, length, width_1, thickness)
    p2 = _box(0, width_1 + gap, 0, length, width_2, thickness)
    return Weldment(
        [("plate_1", p1), ("plate_2", p2)],
        [ExpectedSeam("butt", length, np.pi, (0, 1)), ExpectedSeam("butt", length, np.pi, (0, 1))],
    )


def tube_on_plate(
    plate_length: float = 0.15,
    plate_width: float = 0.15,
    plate_thickness: float = 0.008,
    tube_outer_diameter: float = 0.06,
    tube_wall: float = 0.004,
    tube_height: float = 0.1,
    gap: float = 0.0,
) -> Weldment:
    """A round tube standing on the middle of a plate: two closed 90 deg fillets, around the outside
    (pi * outer diameter) and inside the bore (pi * inner diameter)."""
    return _tube_on_plate(plate_length, plate_width, plate_thickness, tube_outer_diameter, tube_wall, tube_height, gap)


def tube_arc_on_plate(
    plate_length: float = 0.15,
    plate_width: float = 0.15,
    plate_thickness: float = 0.008,
    tube_outer_diameter: float = 0.06,
    tube_wall: float = 0.004,
    tube_height: float = 0.1,
    span_rad: float = np.pi,
    gap: float = 0.0,
) -> Weldment:
    """A length of round tube cut along its axis (span_rad of its circumference: pi a half-round, as a half-pipe
    stiffener or saddle) standing on the middle of a plate, its axis at the plate's centre: two open 90 deg
    fillets, arcs of span_rad about the axis around the outside (span_rad * outer radius) and inside (span_rad *
    inner radius), from polar angle 0 (+x) counterclockwise seen from above."""
    return _tube_on_plate(
        plate_length, plate_width, plate_thickness, tube_outer_diameter, tube_wall, tube_height, gap, span_rad
    )


def _tube_on_plate(
    plate_length: float,
    plate_width: float,
    plate_thickness: float,
    tube_outer_diameter: float,
    tube_wall: float,
    tube_height: float,
    gap: float,
    span_rad: float | None = None,
) -> Weldment:
    """tube_on_plate (span_rad None: the whole tube) and tube_arc_on_plate (span_rad of it)."""
    spans = {} if span_rad is None else {"span_rad": span_rad}
    _positive(
        plate_length=plate_length,
        plate_width=plate_width,
        plate_thickness=plate_thickness,
        tube_outer_diameter=tube_outer_diameter,
        tube_wall=tube_wall,
        tube_height=tube_height,
        **spans,
    )
    _gap(gap)
    if span_rad is not None and span_rad >= 2 * np.pi:
        raise WeldmentError("span_rad: must be less than a full turn (a whole tube is tube_on_plate)")
    if 2 * tube_wall >= tube_outer_diameter:
        raise WeldmentError("tube_wall: must be less than half the outer diameter")
    if tube_outer_diameter >= min(plate_length, plate_width):
        raise WeldmentError("tube_outer_diameter: the tube must fit on the plate")
    plate = _box(0, 0, 0, plate_length, plate_width, plate_thickness)
    axis = gp_Ax2(gp_Pnt(plate_length / 2, plate_width / 2, plate_thickness + gap), gp_Dir(0, 0, 1))
    r_out = tube_outer_diameter / 2
    r_in = r_out - tube_wall
    if span_rad is None:
        outer = BRepPrimAPI_MakeCylinder(axis, r_out, tube_height).Shape()
    else:
        outer = BRepPrimAPI_MakeCylinder(axis, r_out, tube_height, span_rad).Shape()
    inner = BRepPrimAPI_MakeCylinder(axis, r_in, tube_height).Shape()
    tube = BRepAlgoAPI_Cut(outer, inner).Shape()
    turn = 2 * np.pi if span_rad is None else span_rad
    return Weldment(
        [("plate", plate), ("tube", tube)],
        [
            ExpectedSeam("fillet", turn * r_out, RIGHT, (0, 1)),
            ExpectedSeam("fillet", turn * r_in, RIGHT, (0, 1)),
        ],
    )


def _gusset(
    x0: float, y0: float, z0: float, thickness: float, depth: float, height: float, triangular: bool
) -> TopoDS_Shape:
    """A gusset in the corner at (y0, z0): extends +y by depth on the floor and +z by height on the wall."""
    if triangular:
        pts = [(y0, z0), (y0 + depth, z0), (y0, z0 + height)]
    else:
        pts = [(y0, z0), (y0 + depth, z0), (y0 + depth, z0 + height), (y0, z0 + height)]
    return _prism_yz(pts, x0, thickness)


def gussets_across_fillet(
    base_length: float = 0.3,
    base_width: float = 0.16,
    base_thickness: float = 0.01,
    web_height: float = 0.1,
    web_thickness: float = 0.008,
    gusset_count: int = 2,
    gusset_thickness: float = 0.006,
    gusset_depth: float = 0.05,
    gusset_height: float = 0.06,
    triangular: bool = True,
) -> Weldment:
    """A T-joint (web 40 mm shorter than the base) with gussets standing in one of its corners.

    The gussets split that fillet into gusset_count + 1 pieces; each gusset adds two 90 deg fillets on the
    base (gusset_depth long) and two on the web (gusset_height long); the other side keeps one fillet:
    5 * gusset_count + 2 seams. Gusset i is centred at x = x0 + web_length * (i + 1) / (gusset_count + 1).
    """
    _positive(
        base_length=base_length,
        base_width=base_width,
        base_thickness=base_thickness,
        web_height=web_height,
        web_thickness=web_thickness,
        gusset_thickness=gusset_thickness,
        gusset_depth=gusset_depth,
        gusset_height=gusset_height,
    )
    if gusset_count < 1:
        raise WeldmentError(f"gusset_count: must be at least 1, got {gusset_count!r}")
    wl = base_length - 0.04
    x0 = 0.02
    y_web = (base_width - web_thickness) / 2
    y_face = y_web + web_thickness
    if gusset_depth > base_width - y_face or gusset_height > web_height:
        raise WeldmentError("gusset_depth/gusset_height: the gussets must fit on the base and web")
    centres = [x0 + wl * (i + 1) / (gusset_count + 1) for i in range(gusset_count)]
    if wl / (gusset_count + 1) <= gusset_thickness:
        raise WeldmentError("gusset_count: the gussets do not fit side by side along the web")
    shapes = [
        ("base", _box(0, 0, 0, base_length, base_width, base_thickness)),
        ("web", _box(x0, y_web, base_thickness, wl, web_thickness, web_height)),
    ]
    expected = [ExpectedSeam("fillet", wl, RIGHT, (0, 1))]
    edges = [x0] + [c + s * gusset_thickness / 2 for c in centres for s in (-1, 1)] + [x0 + wl]
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        expected.append(ExpectedSeam("fillet", b - a, RIGHT, (0, 1)))
    for i, c in enumerate(centres):
        shapes.append(
            (
                f"gusset_{i + 1}",
                _gusset(
                    c - gusset_thickness / 2,
                    y_face,
                    base_thickness,
                    gusset_thickness,
                    gusset_depth,
                    gusset_height,
                    triangular,
                ),
            )
        )
        body = 2 + i
        expected += [ExpectedSeam("fillet", gusset_depth, RIGHT, (0, body))] * 2
        expected += [ExpectedSeam("fillet", gusset_height, RIGHT, (1, body))] * 2
    return Weldment(shapes, expected)


def bracket_with_two_gussets(
    base_length: float = 0.2,
    base_width: float = 0.12,
    base_thickness: float = 0.01,
    upright_height: float = 0.12,
    upright_thickness: float = 0.01,
    gusset_thickness: float = 0.008,
    gusset_depth: float = 0.08,
    gusset_height: float = 0.08,
    gusset_inset: float = 0.03,
) -> Weldment:
    """An L bracket (upright flush on the base's back edge) stiffened by two triangular gussets: 12 seams.

    The inside fillet is split in three (gusset_inset, the middle, gusset_inset); the outside flush line is
    one corner seam (180 deg, full length); each gusset has two fillets on the base and two on the upright.
    """
    _positive(
        base_length=base_length,
        base_width=base_width,
        base_thickness=base_thickness,
        upright_height=upright_height,
        upright_thickness=upright_thickness,
        gusset_thickness=gusset_thickness,
        gusset_depth=gusset_depth,
        gusset_height=gusset_height,
        gusset_inset=gusset_inset,
    )
    middle = base_length - 2 * (gusset_inset + gusset_thickness)
    if middle <= 0:
        raise WeldmentError("gusset_inset: the two gussets overlap")
    if gusset_depth > base_width - upright_thickness or gusset_height > upright_height:
        raise WeldmentError("gusset_depth/gusset_height: the gussets must fit on the base and upright")
    base = _box(0, 0, 0, base_length, base_width, base_thickness)
    upright = _box(0, 0, base_thickness, base_length, upright_thickness, upright_height)
    xs = [gusset_inset, base_length - gusset_inset - gusset_thickness]
    shapes = [("base", base), ("upright", upright)]
    expected = [
        ExpectedSeam("fillet", gusset_inset, RIGHT, (0, 1)),
        ExpectedSeam("fillet", middle, RIGHT, (0, 1)),
        ExpectedSeam("fillet", gusset_inset, RIGHT, (0, 1)),
        ExpectedSeam("corner", base_length, np.pi, (0, 1)),
    ]
    for i, x in enumerate(xs):
        shapes.append(
            (
                f"gusset_{i + 1}",
                _gusset(x, upright_thickness, base_thickness, gusset_thickness, gusset_depth, gusset_height, True),
            )
        )
        expected += [ExpectedSeam("fillet", gusset_depth, RIGHT, (0, 2 + i))] * 2
        expected += [ExpectedSeam("fillet", gusset_height, RIGHT, (1, 2 + i))] * 2
    return Weldment(shapes, expected)


def box(
    length: float = 0.2,
    width: float = 0.12,
    height: float = 0.1,
    thickness: float = 0.004,
    lid: bool = False,
    inset: float = 0.0,
) -> Weldment:
    """A box: bottom plate, two long walls along its long edges, two short walls between them; optional lid.

    Bodies: 0 bottom, 1/2 long walls (y = inset / y = width - inset), 3/4 short walls (x = inset / x =
    length - inset), 5 lid. The walls stand ``inset`` in from the bottom plate's edges (0: flush with them).
    Open box, 16 seams: bottom to long wall: inside fillet (wall length - 2 t) and, outside, a flush corner
    (inset 0) or a fillet on the plate's margin (wall length); bottom to short wall: inside fillet and an
    outside corner (wall length - 2 t) or fillet (running on across the long walls' ends: wall length); each
    vertical corner: inside fillet and outside flush
    corner (height). The lid (on a flush box only) adds, per wall, an inside fillet (not reachable: the box
    is closed) and an outside flush corner: 24 seams.
    """
    _positive(length=length, width=width, height=height, thickness=thickness)
    t = thickness
    if inset < 0 or not np.isfinite(inset):
        raise WeldmentError(f"inset: must be 0 or more, got {inset!r}")
    if lid and inset > 0:
        raise WeldmentError("lid: only a box with flush walls (inset 0) takes a lid")
    x0, x1, y0, y1 = inset, length - inset, inset, width - inset
    if 2 * t >= min(x1 - x0, y1 - y0):
        raise WeldmentError("thickness: the walls do not fit inside the bottom plate")
    shapes = [
        ("bottom", _box(0, 0, 0, length, width, t)),
        ("wall_front", _box(x0, y0, t, x1 - x0, t, height)),
        ("wall_back", _box(x0, y1 - t, t, x1 - x0, t, height)),
        ("wall_left", _box(x0, y0 + t, t, t, y1 - y0 - 2 * t, height)),
        ("wall_right", _box(x1 - t, y0 + t, t, t, y1 - y0 - 2 * t, height)),
    ]
    # outside the walls: a flush corner on the plate edge, or a fillet on the plate's margin
    outside = ("corner", np.pi) if inset == 0 else ("fillet", RIGHT)
    # inside fillets are enclosed once the lid is on
    e = []
    for wall in (1, 2):
        e += [
            ExpectedSeam("fillet", x1 - x0 - 2 * t, RIGHT, (0, wall), inside=lid),
            ExpectedSeam(outside[0], x1 - x0, outside[1], (0, wall)),
        ]
    # a short wall's outside fillet runs on across the long walls' ends (flush with its outer face)
    short_outside = y1 - y0 - 2 * t if inset == 0 else y1 - y0
    for wall in (3, 4):
        e += [
            ExpectedSeam("fillet", y1 - y0 - 2 * t, RIGHT, (0, wall), inside=lid),
            ExpectedSeam(outside[0], short_outside, outside[1], (0, wall)),
        ]
    for long_wall in (1, 2):
        for short_wall in (3, 4):
            e += [
                ExpectedSeam("fillet", height, RIGHT, (long_wall, short_wall), inside=lid),
                ExpectedSeam("corner", height, np.pi, (long_wall, short_wall)),
            ]
    if lid:
        shapes.append(("lid", _box(0, 0, t + height, length, width, t)))
        for wall in (1, 2):
            e += [
                ExpectedSeam("fillet", length - 2 * t, RIGHT, (wall, 5), inside=True),
                ExpectedSeam("corner", length, np.pi, (wall, 5)),
            ]
        for wall in (3, 4):
            e += [
                ExpectedSeam("fillet", width - 2 * t, RIGHT, (wall, 5), inside=True),
                ExpectedSeam("corner", width - 2 * t, np.pi, (wall, 5)),
            ]
    return Weldment(shapes, e)


def tab_slot_box(
    length: float = 0.2,
    width: float = 0.12,
    height: float = 0.08,
    thickness: float = 0.003,
    base_thickness: float = 0.006,
    inset: float = 0.012,
    tab_length: float = 0.02,
    tabs: int = 2,
    clearance: float = 0.5e-3,
) -> Weldment:
    """An open tab-and-slot box: four walls stand on a base plate, inset from its edges, each with ``tabs``
    tabs through slots cut ``clearance`` larger than the tab all round (laser-cut tab-and-slot parts use
    0.1 to 0.5 mm); tab ends flush with the base's underside.

    Bodies: 0 base, 1/2 long walls (outer faces at y = inset / width - inset, spanning the inset length),
    3/4 short walls between them (outer faces at x = inset / length - inset). Tabs are centred at
    fractions (k + 1) / (tabs + 1) of each wall's length.

    The slot clearance interrupts the contact along every wall at each tab, so contact detection finds
    each fillet in tabs + 1 pieces; as a welder lists them (the bead bridges the clearance): 16 seams.
    Long walls: outside fillet (length - 2 inset) and inside fillet (length - 2 inset - 2 thickness);
    short walls: outside fillet (width - 2 inset: it runs on across the long walls' ends) and inside fillet
    (width - 2 inset - 2 thickness); each vertical corner: inside fillet and outside flush corner (height).
    """
    _positive(
        length=length,
        width=width,
        height=height,
        thickness=thickness,
        base_thickness=base_thickness,
        inset=inset,
        tab_length=tab_length,
        clearance=clearance,
    )
    if tabs < 1:
        raise WeldmentError(f"tabs: must be at least 1, got {tabs!r}")
    t, bt = thickness, base_thickness
    x0, x1, y0, y1 = inset, length - inset, inset, width - inset
    short_span = (y1 - t) - (y0 + t)
    if short_span <= (tabs + 1) * tab_length or (x1 - x0) <= (tabs + 1) * tab_length:
        raise WeldmentError("tab_length/tabs: the tabs do not fit along the walls")

    def centres(a: float, b: float) -> list[float]:
        return [a + (b - a) * (k + 1) / (tabs + 1) for k in range(tabs)]

    cx, cy = centres(x0, x1), centres(y0 + t, y1 - t)
    base = _box(0, 0, 0, length, width, bt)
    walls = []
    for name, yw in (("wall_front", y0), ("wall_back", y1 - t)):
        walls.append((name, _prism_xz(_tabbed_outline(x0, x1, bt, height, bt, cx, tab_length), yw, t)))
        for c in cx:
            slot = _box(
                c - tab_length / 2 - clearance,
                yw - clearance,
                -bt,
                tab_length + 2 * clearance,
                t + 2 * clearance,
                3 * bt,
            )
            base = BRepAlgoAPI_Cut(base, slot).Shape()
    for name, xw in (("wall_left", x0), ("wall_right", x1 - t)):
        outline = _tabbed_outline(y0 + t, y1 - t, bt, height, bt, cy, tab_length)
        walls.append((name, _prism_yz(outline, xw, t)))
        for c in cy:
            slot = _box(
                xw - clearance,
                c - tab_length / 2 - clearance,
                -bt,
                t + 2 * clearance,
                tab_length + 2 * clearance,
                3 * bt,
            )
            base = BRepAlgoAPI_Cut(base, slot).Shape()
    e = []
    for wall in (1, 2):
        e += [
            ExpectedSeam("fillet", x1 - x0, RIGHT, (0, wall)),
            ExpectedSeam("fillet", x1 - x0 - 2 * t, RIGHT, (0, wall)),
        ]
    for wall in (3, 4):
        e += [ExpectedSeam("fillet", y1 - y0, RIGHT, (0, wall)), ExpectedSeam("fillet", short_span, RIGHT, (0, wall))]
    for long_wall in (1, 2):
        for short_wall in (3, 4):
            e += [
                ExpectedSeam("fillet", height, RIGHT, (long_wall, short_wall)),
                ExpectedSeam("corner", height, np.pi, (long_wall, short_wall)),
            ]
    return Weldment([("base", base), *walls], e)


def angled_web(
    angle_deg: float = 60.0,
    base_length: float = 0.2,
    base_width: float = 0.16,
    base_thickness: float = 0.01,
    web_length: float = 0.16,
    web_slant_height: float = 0.06,
    web_thickness: float = 0.008,
) -> Weldment:
    """A web leaning at ``angle_deg`` from the base (towards +y), cut to sit flat on it.

    Two fillets the web's length: open angle ``angle_deg`` on the side the web leans over (+y) and
    180 - angle_deg on the other.
    """
    _positive(
        base_length=base_length,
        base_width=base_width,
        base_thickness=base_thickness,
        web_length=web_length,
        web_slant_height=web_slant_height,
        web_thickness=web_thickness,
    )
    if not 20.0 <= angle_deg <= 160.0:
        raise WeldmentError(f"angle_deg: must be within 20..160, got {angle_deg!r}")
    a = radians(angle_deg)
    foot = web_thickness / sin(a)  # width of the web's cut foot on the base
    up = np.array([np.cos(a), np.sin(a)]) * web_slant_height
    y0 = base_width / 2 - foot / 2 - up[0] / 2
    pts = [
        (y0, base_thickness),
        (y0 + foot, base_thickness),
        (y0 + foot + up[0], base_thickness + up[1]),
        (y0 + up[0], base_thickness + up[1]),
    ]
    ys = [p[0] for p in pts]
    if min(ys) <= 0 or max(ys) >= base_width:
        raise WeldmentError("web_slant_height: the web leans past the base's edge")
    if web_length > base_length:
        raise WeldmentError("web_length: must not exceed base_length")
    base = _box(0, 0, 0, base_length, base_width, base_thickness)
    web = _prism_yz(pts, (base_length - web_length) / 2, web_length)
    return Weldment(
        [("base", base), ("web", web)],
        [ExpectedSeam("fillet", web_length, a, (0, 1)), ExpectedSeam("fillet", web_length, np.pi - a, (0, 1))],
    )


# ------------------------------------------------------------------------------------------- to a Part


def tessellate(shape: TopoDS_Shape, deflection_m: float = 1e-4, angular_rad: float = 0.3) -> trimesh.Trimesh:
    """Triangle mesh (metres, outward winding, merged vertices) of a solid."""
    BRepMesh_IncrementalMesh(shape, deflection_m, False, angular_rad, True)
    verts, faces, offset = [], [], 0
    exp = TopExp_Explorer(shape, TopAbs_FACE)
    while exp.More():
        face = TopoDS.Face(exp.Current())
        exp.Next()
        loc = TopLoc_Location()
        tri = BRep_Tool.Triangulation_s(face, loc)
        if tri is None or tri.NbTriangles() == 0:
            continue
        trsf = loc.Transformation()
        X = np.array([[trsf.Value(r, c) for c in range(1, 5)] for r in range(1, 4)])
        local = np.array([tri.Node(i).Coord() for i in range(1, tri.NbNodes() + 1)], dtype=float)
        tris = np.array([tri.Triangle(i).Get() for i in range(1, tri.NbTriangles() + 1)], dtype=np.int64) - 1
        if face.Orientation() == TopAbs_REVERSED:
            tris = tris[:, ::-1]
        verts.append(local @ X[:, :3].T + X[:, 3])
        faces.append(tris + offset)
        offset += len(local)
    return trimesh.Trimesh(np.concatenate(verts), np.concatenate(faces), process=True)


def weldment_part(shapes: list[tuple[str, TopoDS_Shape]], name: str = "weldment") -> Part:
    """A Part (as the importer makes one) straight from named solids in metres, without a STEP round trip."""
    bodies = tuple(Body(name=n, mesh=tessellate(s), shape=s) for n, s in shapes)
    return Part(name=name, format="step", source_unit="m", bodies=bodies)
