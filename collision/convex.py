"""Static bodies as convex pieces: a body's hull where it is convex, an exact split where it is a right prism
(plates, tabbed sheet metal, gussets, tubes: a planar outline extruded), a CoACD decomposition otherwise.

A right prism (every vertex on one of two parallel planes, every face either on them or square to them) is the
union of its cap outline's convex polygons, each extruded: we merge the cap's own triangles across shared
edges while the union stays convex (Hertel & Mehlhorn 1983, at most 4x the fewest pieces), so the pieces
cover the body exactly and extend past it nowhere, in milliseconds. CoACD took 3-24 s per such body (box_sides'
ten plates 114 s) and, cutting with planes and approximating, lost the exact cover on most of them (which then
fell back to the 15x slower concave mesh).

CoACD (Wei et al., SIGGRAPH 2022, PyPI `coacd`, MIT) cuts the mesh with planes and keeps the convex hull
of every cut piece, so the union of its hulls covers the body (no missed contact, only ~threshold-sized
additions in the concave corners); we check that cover on the body's vertices and face centres. Without
coacd, or for meshes that are not closed (no volume to compare), the body stays one static concave
triangle mesh (exact, about 15x slower per query, docs/references.md#planning-5-2).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import trimesh

__all__ = ["ConvexPieces", "convex_pieces", "coacd_available"]

_CACHE: dict[tuple[object, ...], ConvexPieces] = {}
_COVER_TOL_M = 1e-6


def coacd_available() -> bool:
    try:
        import coacd  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True, eq=False)
class ConvexPieces:
    """method: "hull" (convex body), "prism" (exact split of a right prism), "coacd" (decomposed) or "concave"
    (one static triangle mesh).

    hulls: vertices [k_i, 3] of each convex piece, in the body's own frame (empty for "concave");
    mesh: the triangle mesh for "concave"; hull_volume_ratio: hull volume / body volume (nan if open).
    """

    method: str
    hulls: tuple[np.ndarray, ...]
    mesh: trimesh.Trimesh | None
    hull_volume_ratio: float


def _key(mesh: trimesh.Trimesh, tolerance: float, method: str, threshold: float) -> tuple[object, ...]:
    h = hashlib.sha1(np.ascontiguousarray(mesh.vertices, dtype=np.float64).tobytes())
    h.update(np.ascontiguousarray(mesh.faces, dtype=np.int64).tobytes())
    return h.hexdigest(), tolerance, method, threshold


def _covers(hulls: list[np.ndarray], points: np.ndarray) -> bool:
    inside = np.zeros(len(points), dtype=bool)
    for verts in hulls:
        hull = trimesh.convex.convex_hull(verts)
        sep = points @ hull.face_normals.T - np.einsum("ij,ij->i", hull.face_normals, hull.triangles[:, 0])
        inside |= sep.max(axis=1) <= _COVER_TOL_M
    return bool(inside.all())


def _coacd(mesh: trimesh.Trimesh, threshold: float) -> list[np.ndarray] | None:
    try:
        import coacd
    except ImportError:
        return None
    coacd.set_log_level("error")
    parts = coacd.run_coacd(coacd.Mesh(np.asarray(mesh.vertices, dtype=np.float64),
                                       np.asarray(mesh.faces, dtype=np.int64)),
                            threshold=threshold, preprocess_mode="off", seed=0)
    hulls = [np.asarray(v, dtype=np.float64) for v, _ in parts if len(v) >= 4]
    probe = np.vstack([mesh.vertices, mesh.triangles_center])
    return hulls if hulls and _covers(hulls, probe) else None


# A vertex within this distance (m) of a cap plane lies on it; a face normal within this sine of the axis (or
# of square to it) is a cap (side) face; the prism's volume must match the mesh's to this fraction.
_PLANE_TOL_M = 1e-7
_ANGLE_TOL = 1e-6
_VOLUME_RTOL = 1e-6
_MAX_AXES = 256
# How far (m) a prism piece may reach beyond the body: merging across a shallow concave arc (a hole, an inner
# radius) cuts the piece count, and the broad and narrow phase costs grow with the pieces (box_sides: 586
# exact pieces checked 20x slower than its old concave meshes). CoACD's pieces reach further (its threshold).
PRISM_EXCESS_M = 0.5e-3


def _prism(mesh: trimesh.Trimesh, excess_m: float = 0.0) -> list[np.ndarray] | None:
    """Convex pieces of a right prism reaching at most excess_m beyond it, or None when the mesh is not one."""
    normals = np.asarray(mesh.face_normals)
    areas = np.asarray(mesh.area_faces)
    tried: list[np.ndarray] = []
    # the axis is the caps' normal: largest faces first (a plate's caps), but a tube's caps are small beside
    # its wall facets, so go on through the face directions; a direction that is not the axis fails on the
    # first check (vertex heights), O(vertices)
    order = np.argsort(-areas)
    for f in order:
        d = normals[f]
        if any(abs(float(d @ t)) > 1.0 - _ANGLE_TOL for t in tried):
            continue
        tried.append(d)
        hulls = _prism_along(mesh, d, excess_m)
        if hulls is not None:
            return hulls
        if len(tried) >= _MAX_AXES:
            return None
    return None


def _prism_along(mesh: trimesh.Trimesh, d: np.ndarray, excess_m: float) -> list[np.ndarray] | None:
    verts = np.asarray(mesh.vertices, dtype=np.float64)
    h = verts @ d
    h0, h1 = float(h.min()), float(h.max())
    on_top = np.abs(h - h1) <= _PLANE_TOL_M
    if not np.all(on_top | (np.abs(h - h0) <= _PLANE_TOL_M)) or h1 - h0 <= 10 * _PLANE_TOL_M:
        return None
    cos = np.asarray(mesh.face_normals) @ d
    top = cos > 1.0 - _ANGLE_TOL
    side = np.abs(cos) < _ANGLE_TOL
    if not np.all(top | side | (cos < -1.0 + _ANGLE_TOL)):
        return None
    faces = np.asarray(mesh.faces)
    if not np.all(on_top[faces[top]]):
        return None
    # 2D frame of the top cap, seen from +d (counter-clockwise triangles)
    u = np.cross(d, [1.0, 0.0, 0.0] if abs(d[0]) < 0.9 else [0.0, 1.0, 0.0])
    u /= np.linalg.norm(u)
    v = np.cross(d, u)
    uv = np.column_stack([verts @ u, verts @ v])
    polys = _merge_convex([list(t) for t in faces[top]], uv, excess_m)
    thickness = h1 - h0
    hulls = [np.vstack([verts[p], verts[p] - thickness * d]) for p in polys]
    # the merged polygons tile the cap: their area times the thickness is the body's volume
    cap_area = sum(_area(uv[p]) for p in polys)
    if cap_area <= 0 or abs(cap_area * thickness - float(mesh.volume)) > _VOLUME_RTOL * abs(float(mesh.volume)):
        return None
    return hulls


def _area(p: np.ndarray) -> float:
    x, y = p[:, 0], p[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def _hull2d(p: np.ndarray) -> np.ndarray:
    """Indices of the convex hull of 2D points p[k, 2], counter-clockwise (Andrew's monotone chain)."""
    order = np.lexsort((p[:, 1], p[:, 0]))

    def half(idx: np.ndarray) -> list[int]:
        out: list[int] = []
        for i in idx:
            while len(out) >= 2:
                a, b = p[out[-2]], p[out[-1]]
                if (b[0] - a[0]) * (p[i][1] - a[1]) - (b[1] - a[1]) * (p[i][0] - a[0]) > 0:
                    break
                out.pop()
            out.append(int(i))
        return out

    lower, upper = half(order), half(order[::-1])
    return np.array(lower[:-1] + upper[:-1], dtype=int)


def _excess(poly: list[int], uv: np.ndarray) -> float:
    """How far (m) the hull of a simple polygon reaches beyond it: the deepest vertex below the hull's edges.
    A point of a pocket (hull minus polygon) lies between a hull edge and the polygon's chain under it, so no
    nearer to the edge than the chain's deepest vertex: its distance to the polygon is at most that depth."""
    p = uv[poly]
    h = p[_hull2d(p)]
    if len(h) < 3:
        return np.inf
    e = np.roll(h, -1, axis=0) - h
    n = np.column_stack([e[:, 1], -e[:, 0]]) / np.linalg.norm(e, axis=1)[:, None]  # outward (CCW hull)
    depth = np.einsum("ij,ij->i", n, h)[None, :] - p @ n.T  # [k, edges] >= 0 inside
    return float(depth.min(axis=1).max())


def _merge_convex(polys: list[list[int]], uv: np.ndarray, excess_m: float) -> list[list[int]]:
    """Merge counter-clockwise polygons across shared edges while the union's hull reaches at most excess_m
    beyond the union (0: stays convex), longest shared edge first (long diagonals are the ones a good split
    avoids)."""
    alive: dict[int, list[int]] = dict(enumerate(polys))
    owner: dict[tuple[int, int], int] = {}
    for k, p in alive.items():
        for a, b in zip(p, p[1:] + p[:1], strict=True):
            owner[(a, b)] = k
    edges = sorted({(min(a, b), max(a, b)) for (a, b) in owner if (b, a) in owner},
                   key=lambda e: -float(np.linalg.norm(uv[e[0]] - uv[e[1]])))
    for a, b in edges:
        i, j = owner.get((a, b)), owner.get((b, a))
        if i is None or j is None or i == j or i not in alive or j not in alive:
            continue
        pi, pj = alive[i], alive[j]
        # pi holds a->b, pj holds b->a: walk pi from b round to a, then pj from a round to b (both exclusive)
        ki = pi.index(b)
        walk_i = pi[ki:] + pi[:ki]          # b ... a
        kj = pj.index(a)
        walk_j = pj[kj:] + pj[:kj]          # a ... b
        merged = walk_i + walk_j[1:-1]
        if _excess(merged, uv) > excess_m:
            continue
        del alive[j]
        alive[i] = merged
        for x, y in zip(merged, merged[1:] + merged[:1], strict=True):
            owner[(x, y)] = i
        owner.pop((a, b), None)
        owner.pop((b, a), None)
    return list(alive.values())


def convex_pieces(mesh: trimesh.Trimesh, tolerance: float = 0.01, method: str = "coacd",
                  threshold: float = 0.02) -> ConvexPieces:
    """Convex pieces of a static body mesh (cached per mesh content in this process).

    Convex when closed and its hull volume is within `tolerance` (fraction) of its volume.
    """
    key = _key(mesh, tolerance, method, threshold)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    hull = mesh.convex_hull
    closed = bool(mesh.is_watertight) and mesh.volume > 0
    ratio = float(hull.volume / mesh.volume) if closed else float("nan")
    if closed and ratio <= 1.0 + tolerance:
        out = ConvexPieces("hull", (np.asarray(hull.vertices, dtype=np.float64),), None, ratio)
    else:
        hulls = _prism(mesh, PRISM_EXCESS_M) if closed and method == "coacd" else None
        if hulls is not None:
            out = ConvexPieces("prism", tuple(hulls), None, ratio)
            _CACHE[key] = out
            return out
        hulls = _coacd(mesh, threshold) if closed and method == "coacd" else None
        if hulls is not None:
            out = ConvexPieces("coacd", tuple(hulls), None, ratio)
        else:
            out = ConvexPieces("concave", (), mesh, ratio)
    _CACHE[key] = out
    return out
