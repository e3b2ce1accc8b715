"""Bounding spheres of collision shapes and plane sets of static pieces: the numpy broad phase.

A shape is covered by a few spheres along its longest axis (each bounds the slab of the shape it covers),
so a long upper arm is not one huge sphere. Static convex pieces are bounded by their hull face planes: a
sphere lies outside a piece when it lies beyond one of the planes. Both tests only ever say "far apart"
when the shapes really are (never a missed contact); everything else goes to PyBullet.
"""

from __future__ import annotations

import math

import numpy as np
import trimesh

__all__ = ["shape_spheres", "hull_planes", "hull_planes_exact", "box_planes", "spheres_vs_planes", "MAX_SPHERES"]

MAX_SPHERES = 8
# Above this many hull facets a piece is bounded by its axis-aligned box instead (6 planes).
_MAX_PLANES = 48
# Sphere covers of hull meshes already computed in this process, by their points.
_HULL_SPHERES: dict[tuple[tuple[int, ...], bytes], tuple[np.ndarray, np.ndarray]] = {}


def _slab_count(length: float, width: float) -> int:
    if width <= 0:
        return 1
    return int(min(MAX_SPHERES, max(1, math.ceil(length / width - 1e-9))))


def _box_spheres(size: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    axis = int(np.argmax(size))
    others = [i for i in range(3) if i != axis]
    k = _slab_count(size[axis], float(max(size[others])))
    t = size[axis] / k
    half_cross = 0.5 * float(np.hypot(size[others[0]], size[others[1]]))
    centres = np.zeros((k, 3))
    centres[:, axis] = -0.5 * size[axis] + t * (np.arange(k) + 0.5)
    return centres, np.full(k, math.hypot(half_cross, 0.5 * t))


def _cylinder_spheres(radius: float, length: float) -> tuple[np.ndarray, np.ndarray]:
    k = _slab_count(length, 2.0 * radius)
    t = length / k
    centres = np.zeros((k, 3))
    centres[:, 2] = -0.5 * length + t * (np.arange(k) + 0.5)
    return centres, np.full(k, math.hypot(radius, 0.5 * t))


def _hull_spheres(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    hull = trimesh.convex.convex_hull(points)
    verts = np.asarray(hull.vertices, dtype=float)
    mid = verts.mean(axis=0)
    _, _, vt = np.linalg.svd(verts - mid, full_matrices=False)
    axis = vt[0]
    s = (verts - mid) @ axis
    lo, hi = float(s.min()), float(s.max())
    cross = verts - mid - np.outer(s, axis)
    width = 2.0 * float(np.linalg.norm(cross, axis=1).max())
    k = _slab_count(hi - lo, width)
    bounds = np.linspace(lo, hi, k + 1)
    edges = verts[hull.edges_unique]  # [E, 2, 3]
    es = (edges - mid) @ axis  # [E, 2]
    centres, radii = [], []
    for i in range(k):
        a, b = bounds[i], bounds[i + 1]
        pts = [verts[(s >= a - 1e-12) & (s <= b + 1e-12)]]
        # Where hull edges cross the slab's faces: the slab of the hull is the hull of these and the
        # vertices inside it.
        for cut in (a, b):
            d0, d1 = es[:, 0] - cut, es[:, 1] - cut
            crossing = d0 * d1 < 0
            if np.any(crossing):
                w = (d0[crossing] / (d0[crossing] - d1[crossing]))[:, None]
                e = edges[crossing]
                pts.append(e[:, 0] + w * (e[:, 1] - e[:, 0]))
        p = np.vstack(pts)
        c = 0.5 * (p.min(axis=0) + p.max(axis=0))
        centres.append(c)
        radii.append(float(np.linalg.norm(p - c, axis=1).max()))
    return np.array(centres), np.array(radii)


def shape_spheres(kind: str, X_LG: np.ndarray, size: np.typing.ArrayLike | None = None, radius: float = 0.0,
                  length: float = 0.0, hull_points: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Spheres covering one collision shape: centres [k, 3] in the link frame L, radii [k] (m).

    kind: "box" (size[3] full edges), "cylinder" (radius, length along local z), "sphere" (radius) or
    "mesh" (hull_points [m, 3] in the shape frame G). X_LG[4, 4]: shape frame in the link frame.
    """
    if kind == "box":
        c, r = _box_spheres(np.asarray(size, dtype=float))
    elif kind == "cylinder":
        c, r = _cylinder_spheres(float(radius), float(length))
    elif kind == "sphere":
        c, r = np.zeros((1, 3)), np.array([float(radius)])
    elif kind == "mesh":
        if hull_points is None:
            raise ValueError("mesh shapes need hull_points")
        pts = np.ascontiguousarray(hull_points, dtype=float)
        key = (pts.shape, pts.tobytes())
        if key not in _HULL_SPHERES:  # each world of a process covers the same robot meshes
            _HULL_SPHERES[key] = _hull_spheres(pts)
        c, r = (x.copy() for x in _HULL_SPHERES[key])
    else:
        raise ValueError(f"unknown shape kind {kind!r}")
    return c @ X_LG[:3, :3].T + X_LG[:3, 3], r


def _dedupe_planes(normals: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    key = np.round(np.hstack([normals, offsets[:, None]]), 9)
    _, idx = np.unique(key, axis=0, return_index=True)
    idx = np.sort(idx)
    return normals[idx], offsets[idx]


def hull_planes(points_W: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Outward planes of the hull of points_W[m, 3]: normals [P, 3] and offsets [P] with n . x <= d inside.

    Hulls with many facets fall back to the 6 planes of their axis-aligned box (still a bound).
    """
    n, d, _ = hull_planes_exact(points_W)
    return n, d


def hull_planes_exact(points_W: np.ndarray) -> tuple[np.ndarray, np.ndarray, bool]:
    """hull_planes, and whether the planes are the hull's own (True) or its box's (the fallback): only the
    hull's own say that a point inside them is inside the piece."""
    hull = trimesh.convex.convex_hull(points_W)
    n = np.asarray(hull.face_normals, dtype=float)
    d = np.einsum("ij,ij->i", n, hull.triangles[:, 0])
    n, d = _dedupe_planes(n, d)
    if len(n) > _MAX_PLANES:
        lo, hi = points_W.min(axis=0), points_W.max(axis=0)
        return np.vstack([np.eye(3), -np.eye(3)]), np.concatenate([hi, -lo]), False
    return n, d, True


def box_planes(X_WO: np.ndarray, size: np.typing.ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """The 6 outward planes (normals [6, 3], offsets [6]) of a box of full edges size[3] centred at X_WO."""
    R, p = X_WO[:3, :3], X_WO[:3, 3]
    half = 0.5 * np.asarray(size, dtype=float)
    n = np.vstack([R.T, -R.T])
    d = n @ p + np.concatenate([half, half])
    return n, d


def spheres_vs_planes(centres: np.ndarray, radii: np.ndarray, normals: np.ndarray, offsets: np.ndarray,
                      starts: np.ndarray, pad: float) -> np.ndarray:
    """near[N, S, E]: sphere s may be within pad of piece e.

    centres[N, S, 3], radii[S]; planes normals[P, 3], offsets[P], pieces e own planes starts[e]:starts[e+1].
    A sphere is far from a piece when some plane of the piece has it more than radius + pad outside.
    """
    sep = centres @ normals.T - offsets  # [N, S, P]
    worst = np.maximum.reduceat(sep, starts, axis=2)  # [N, S, E]: the most separating plane of each piece
    return worst <= (radii + pad)[None, :, None]
