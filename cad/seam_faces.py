"""Planar-face models of bodies: the common input of contact-based seam detection.

A body becomes a list of planar faces, each with its plane and its boundary as oriented straight segments
(curved edges discretised to the chord error). Segments are oriented so that the face lies on their left
seen from the outward normal, i.e. the direction into the face is ``normal x tangent``. Every segment also
carries the outward normal of the face on its other side (the face a seam would see as "free" when this
face's contact ends there). B-rep solids (OCP) and triangle meshes (trimesh facets) produce the same model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import trimesh
from OCP.BRep import BRep_Tool
from OCP.BRepAdaptor import BRepAdaptor_Curve, BRepAdaptor_Curve2d, BRepAdaptor_Surface
from OCP.BRepLProp import BRepLProp_SLProps
from OCP.GCPnts import GCPnts_QuasiUniformDeflection
from OCP.GeomAbs import GeomAbs_Cylinder, GeomAbs_Line, GeomAbs_Plane
from OCP.TopAbs import TopAbs_EDGE, TopAbs_FACE, TopAbs_REVERSED
from OCP.TopExp import TopExp_Explorer
from OCP.TopoDS import TopoDS, TopoDS_Edge, TopoDS_Face, TopoDS_Shape

from cad.seam_geometry import plane_frame, unit

_PARALLEL_COS = np.cos(np.radians(1.0))


@dataclass
class PlanarFace:
    """One planar face of a body, boundary as oriented segments (metres).

    normal[3] outward unit normal; origin[3] a point on the plane; u, v[3] in-plane axes (u x v = normal);
    p0, p1[K,3] segment ends; adj_n0, adj_n1[K,3] outward normals of the neighbouring face at p0 / p1;
    adj_face[K] index of that neighbour in the body's planar-face list, -1 when it is not planar.
    """

    normal: np.ndarray
    origin: np.ndarray
    u: np.ndarray
    v: np.ndarray
    p0: np.ndarray
    p1: np.ndarray
    adj_n0: np.ndarray
    adj_n1: np.ndarray
    adj_face: np.ndarray
    area: float
    lo: np.ndarray
    hi: np.ndarray

    def to_2d(self, P: np.ndarray) -> np.ndarray:
        """Project points P[N,3] into this face's plane coordinates -> [N,2]."""
        w = P - self.origin
        return np.stack([w @ self.u, w @ self.v], axis=1)

    @property
    def s0(self) -> np.ndarray:
        return self.to_2d(self.p0)

    @property
    def s1(self) -> np.ndarray:
        return self.to_2d(self.p1)


@dataclass
class BodyFaces:
    """Planar faces of one body plus its plate description.

    plate_axis[3] is the thickness direction when the body is a plate (None otherwise); thickness is the plate
    thickness or a tube's wall thickness in metres (None when unknown); lo, hi[3] the body's bounding box.
    """

    body: int
    faces: list[PlanarFace]
    plate_axis: np.ndarray | None
    thickness: float | None
    lo: np.ndarray
    hi: np.ndarray

    def is_big_face(self, normal: np.ndarray) -> np.ndarray:
        """True where a face with outward normal[N,3] is a plate's main face, not one of its thin edge faces."""
        if self.plate_axis is None:
            return np.ones(len(normal), dtype=bool)
        return np.abs(normal @ self.plate_axis) >= 0.5


def _signed_area(face_u: np.ndarray, face_v: np.ndarray, origin: np.ndarray, p0: np.ndarray,
                 p1: np.ndarray) -> float:
    a = np.stack([(p0 - origin) @ face_u, (p0 - origin) @ face_v], axis=1)
    b = np.stack([(p1 - origin) @ face_u, (p1 - origin) @ face_v], axis=1)
    return float(0.5 * np.sum(a[:, 0] * b[:, 1] - b[:, 0] * a[:, 1]))


PLATE_RATIO = 0.8


def _plate_description(faces: list[PlanarFace], cylinders: list[tuple[np.ndarray, np.ndarray, float]]
                       ) -> tuple[np.ndarray | None, float | None]:
    """Plate axis and thickness, or a tube's wall thickness.

    The main faces of a plate are the pair of opposite parallel planar faces with the largest smaller area;
    their distance is the thickness, and the body counts as a plate when that is at most PLATE_RATIO times
    the square root of the smaller area (a triangular gusset qualifies, a cube or a tall tube does not).
    """
    best: tuple[float, np.ndarray, float] | None = None
    if len(faces) > 1:
        N = np.array([f.normal for f in faces])
        O = np.array([f.origin for f in faces])
        areas = np.array([f.area for f in faces])
        ii, jj = np.nonzero(np.triu((N @ N.T) <= -_PARALLEL_COS, 1))
        for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
            dist = float((O[i] - O[j]) @ N[i])
            if dist <= 0:
                continue
            small = float(min(areas[i], areas[j]))
            if best is None or small > best[0]:
                axis = N[i] if areas[i] >= areas[j] else N[j]
                best = (small, axis.copy(), dist)
    if best is not None and best[2] <= PLATE_RATIO * np.sqrt(best[0]):
        return best[1], best[2]
    # a tube: two coaxial cylinders of different radii
    for i, (ax_i, pt_i, r_i) in enumerate(cylinders):
        for ax_j, pt_j, r_j in cylinders[i + 1:]:
            if abs(ax_i @ ax_j) < _PARALLEL_COS or abs(r_i - r_j) < 1e-9:
                continue
            off = pt_j - pt_i
            if np.linalg.norm(off - (off @ ax_i) * ax_i) < 1e-6:
                return None, abs(r_i - r_j)
    return None, None


def face_normals(face: TopoDS_Face, edge: TopoDS_Edge, params: np.ndarray) -> np.ndarray:
    """Outward normal of a (possibly curved) face at edge parameters -> [N,3]."""
    surf = BRepAdaptor_Surface(face)
    if surf.GetType() == GeomAbs_Plane:
        d = surf.Plane().Axis().Direction()
        n = np.array([d.X(), d.Y(), d.Z()])
        if face.Orientation() == TopAbs_REVERSED:
            n = -n
        return np.tile(n, (len(params), 1))
    c2 = BRepAdaptor_Curve2d(edge, face)
    out = np.zeros((len(params), 3))
    for i, u in enumerate(params):
        uv = c2.Value(float(u))
        props = BRepLProp_SLProps(surf, uv.X(), uv.Y(), 1, 1e-9)
        if props.IsNormalDefined():
            d = props.Normal()
            out[i] = (d.X(), d.Y(), d.Z())
    if face.Orientation() == TopAbs_REVERSED:
        out = -out
    return out


class _ShapeIndex:
    """Index of sub-shapes by identity (TShape + location), orientation ignored."""

    def __init__(self) -> None:
        self._buckets: dict[int, list[tuple[TopoDS_Shape, int]]] = {}
        self.items: list[TopoDS_Shape] = []

    def add(self, s: TopoDS_Shape) -> int:
        bucket = self._buckets.setdefault(hash(s), [])
        for other, i in bucket:
            if other.IsSame(s):
                return i
        i = len(self.items)
        bucket.append((s, i))
        self.items.append(s)
        return i


def discretise(edge: TopoDS_Edge, chord_error: float) -> tuple[np.ndarray, np.ndarray]:
    """Edge parameters and points along its natural direction -> (params[N], points[N,3])."""
    curve = BRepAdaptor_Curve(edge)
    u0, u1 = curve.FirstParameter(), curve.LastParameter()
    if curve.GetType() == GeomAbs_Line:
        params = np.array([u0, u1])
    else:
        disc = GCPnts_QuasiUniformDeflection(curve, chord_error, u0, u1)
        if disc.IsDone() and disc.NbPoints() >= 2:
            params = np.array([disc.Parameter(i) for i in range(1, disc.NbPoints() + 1)])
        else:
            params = np.linspace(u0, u1, 9)
    pts = np.array([[p.X(), p.Y(), p.Z()] for p in (curve.Value(float(u)) for u in params)])
    return params, pts


@dataclass
class Topology:
    """Faces of a shape, which faces hold each edge, and each face's oriented edges with their edge index."""

    faces: list[TopoDS_Face]
    edges: list[TopoDS_Edge]
    edge_faces: list[list[int]]
    face_edges: list[list[tuple[TopoDS_Edge, int]]]


def topology(shape: TopoDS_Shape) -> Topology:
    """One walk over a shape's faces and their edges."""
    face_index = _ShapeIndex()
    exp = TopExp_Explorer(shape, TopAbs_FACE)
    while exp.More():
        face_index.add(exp.Current())
        exp.Next()
    faces = [TopoDS.Face(f) for f in face_index.items]
    edge_index = _ShapeIndex()
    edge_faces: list[list[int]] = []
    face_edges: list[list[tuple[TopoDS_Edge, int]]] = []
    for i, f in enumerate(faces):
        mine = []
        exp = TopExp_Explorer(f, TopAbs_EDGE)
        while exp.More():
            e = TopoDS.Edge(exp.Current())
            exp.Next()
            k = edge_index.add(e)
            if k == len(edge_faces):
                edge_faces.append([])
            if i not in edge_faces[k]:
                edge_faces[k].append(i)
            mine.append((e, k))
        face_edges.append(mine)
    return Topology(faces, [TopoDS.Edge(e) for e in edge_index.items], edge_faces, face_edges)


def brep_body_faces(shape: TopoDS_Shape, body: int, chord_error: float) -> BodyFaces:
    """Planar-face model of a B-rep solid (metres)."""
    topo = topology(shape)
    faces, edge_faces, face_edges = topo.faces, topo.edge_faces, topo.face_edges

    planar_of: dict[int, int] = {}
    planes: list[tuple[np.ndarray, np.ndarray]] = []
    cylinders: list[tuple[np.ndarray, np.ndarray, float]] = []
    for i, f in enumerate(faces):
        surf = BRepAdaptor_Surface(f)
        kind = surf.GetType()
        if kind == GeomAbs_Plane:
            pl = surf.Plane()
            d, o = pl.Axis().Direction(), pl.Location()
            n = np.array([d.X(), d.Y(), d.Z()])
            if f.Orientation() == TopAbs_REVERSED:
                n = -n
            planar_of[i] = len(planes)
            planes.append((n, np.array([o.X(), o.Y(), o.Z()])))
        elif kind == GeomAbs_Cylinder:
            cyl = surf.Cylinder()
            d, o = cyl.Axis().Direction(), cyl.Axis().Location()
            cylinders.append((np.array([d.X(), d.Y(), d.Z()]), np.array([o.X(), o.Y(), o.Z()]), cyl.Radius()))

    disc_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    out: list[PlanarFace] = []
    out_pos = np.full(max(len(planes), 1), -1)
    for i in range(len(faces)):
        if i not in planar_of:
            continue
        n, o = planes[planar_of[i]]
        u, v = plane_frame(n)
        P0, P1, N0, N1, ADJ = [], [], [], [], []
        for e, k in face_edges[i]:
            if BRep_Tool.Degenerated_s(e):
                continue
            if k not in disc_cache:
                disc_cache[k] = discretise(e, chord_error)
            params, pts = disc_cache[k]
            # the neighbour across this edge: the other face holding it (the same face for seam edges)
            j = next((g for g in edge_faces[k] if g != i), i)
            if j in planar_of:
                adj = np.tile(planes[planar_of[j]][0], (len(params), 1))
            else:
                adj = face_normals(faces[j], e, params)
            if e.Orientation() == TopAbs_REVERSED:
                params, pts, adj = params[::-1], pts[::-1], adj[::-1]
            P0.append(pts[:-1])
            P1.append(pts[1:])
            N0.append(adj[:-1])
            N1.append(adj[1:])
            ADJ.append(np.full(len(pts) - 1, planar_of.get(j, -1)))
        if not P0:
            continue
        p0, p1 = np.concatenate(P0), np.concatenate(P1)
        allp = np.concatenate([p0, p1])
        out_pos[planar_of[i]] = len(out)
        out.append(PlanarFace(
            normal=n, origin=o, u=u, v=v, p0=p0, p1=p1, adj_n0=np.concatenate(N0), adj_n1=np.concatenate(N1),
            adj_face=np.concatenate(ADJ), area=abs(_signed_area(u, v, o, p0, p1)),
            lo=allp.min(axis=0), hi=allp.max(axis=0)))
    for face in out:
        face.adj_face = np.where(face.adj_face >= 0, out_pos[np.maximum(face.adj_face, 0)], -1)
    axis, thickness = _plate_description(out, cylinders)
    lo = np.min([f.lo for f in out], axis=0) if out else np.zeros(3)
    hi = np.max([f.hi for f in out], axis=0) if out else np.zeros(3)
    return BodyFaces(body=body, faces=out, plate_axis=axis, thickness=thickness, lo=lo, hi=hi)


def mesh_body_faces(mesh: trimesh.Trimesh, body: int) -> BodyFaces:
    """Planar-face model of a triangle mesh: coplanar facets and lone triangles (metres)."""
    nf = len(mesh.faces)
    group = np.full(nf, -1)
    facets = list(mesh.facets)
    for g, members in enumerate(facets):
        group[members] = g
    lone = np.flatnonzero(group < 0)
    group[lone] = len(facets) + np.arange(len(lone))
    n_groups = len(facets) + len(lone)

    fn = mesh.face_normals
    # oriented triangle edges; the neighbour triangle is the other face using the same unique edge
    edges = mesh.faces[:, [0, 1, 1, 2, 2, 0]].reshape(-1, 2)
    edge_face = np.repeat(np.arange(nf), 3)
    key = np.sort(edges, axis=1)
    _, inverse = np.unique(key, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    order = np.argsort(inverse, kind="stable")
    inv_sorted = inverse[order]
    first = np.searchsorted(inv_sorted, inv_sorted, side="left")
    last = np.searchsorted(inv_sorted, inv_sorted, side="right") - 1
    partner_sorted = np.where(order[first] == order, order[last], order[first])
    partner = np.empty_like(order)
    partner[order] = partner_sorted
    other_face = edge_face[partner]
    has_other = partner != np.arange(len(edges))
    boundary = ~has_other | (group[other_face] != group[edge_face])

    areas = mesh.area_faces
    V = mesh.vertices
    out: list[PlanarFace] = []
    out_pos = np.full(n_groups, -1)
    b_idx = np.flatnonzero(boundary)
    b_group = group[edge_face[b_idx]]
    order_g = np.argsort(b_group, kind="stable")
    b_idx, b_group = b_idx[order_g], b_group[order_g]
    starts = np.searchsorted(b_group, np.arange(n_groups + 1))
    face_groups = np.argsort(group, kind="stable")
    g_starts = np.searchsorted(group[face_groups], np.arange(n_groups + 1))
    for g in range(n_groups):
        members = face_groups[g_starts[g]:g_starts[g + 1]]
        sel = b_idx[starts[g]:starts[g + 1]]
        if len(sel) == 0 or len(members) == 0:
            continue
        w = areas[members]
        n = unit((fn[members] * w[:, None]).sum(axis=0))
        o = V[mesh.faces[members[0], 0]]
        u, v = plane_frame(n)
        p0, p1 = V[edges[sel, 0]], V[edges[sel, 1]]
        adj = np.where(has_other[sel, None], fn[other_face[sel]], 0.0)
        adj_face = np.where(has_other[sel], group[other_face[sel]], -1)
        allp = np.concatenate([p0, p1])
        out_pos[g] = len(out)
        out.append(PlanarFace(normal=n, origin=o, u=u, v=v, p0=p0, p1=p1, adj_n0=adj, adj_n1=adj.copy(),
                              adj_face=adj_face, area=float(w.sum()), lo=allp.min(axis=0), hi=allp.max(axis=0)))
    for face in out:
        face.adj_face = np.where(face.adj_face >= 0, out_pos[np.maximum(face.adj_face, 0)], -1)
    axis, thickness = _plate_description(out, [])
    return BodyFaces(body=body, faces=out, plate_axis=axis, thickness=thickness,
                     lo=V.min(axis=0), hi=V.max(axis=0))
