"""Static bodies as convex pieces: a body's hull where it is convex, a CoACD decomposition where it is not.

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
    """method: "hull" (convex body), "coacd" (decomposed) or "concave" (one static triangle mesh).

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
        hulls = _coacd(mesh, threshold) if closed and method == "coacd" else None
        if hulls is not None:
            out = ConvexPieces("coacd", tuple(hulls), None, ratio)
        else:
            out = ConvexPieces("concave", (), mesh, ratio)
    _CACHE[key] = out
    return out
