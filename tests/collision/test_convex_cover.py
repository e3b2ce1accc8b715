"""Convex pieces checked against the body without trusting collision.convex: points inside the body (by the
generalized winding number, Van Oosterom & Strackee 1983, computed here) lie in some piece, and points inside
a piece lie in the body or within the stated excess of its surface."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import trimesh
from coll_testlib import l_profile

from cad import import_part
from cad.weldments import tab_slot_box, tube_on_plate, weldment_part
from collision import convex_pieces
from collision.convex import PRISM_EXCESS_M, _prism

DATA = Path(__file__).resolve().parents[1] / "data"


def _winding(mesh: trimesh.Trimesh, points: np.ndarray) -> np.ndarray:
    """Winding number of a closed, outward-oriented triangle mesh around each point (1 inside, 0 outside)."""
    out = np.zeros(len(points))
    for chunk in np.array_split(np.arange(len(points)), max(1, len(points) // 256)):
        r = mesh.triangles[None, :, :, :] - points[chunk, None, None, :]  # [p, f, 3, 3]
        a, b, c = r[..., 0, :], r[..., 1, :], r[..., 2, :]
        la, lb, lc = (np.linalg.norm(x, axis=-1) for x in (a, b, c))
        det = np.einsum("pfi,pfi->pf", a, np.cross(b, c))
        den = (
            la * lb * lc
            + np.einsum("pfi,pfi->pf", a, b) * lc
            + np.einsum("pfi,pfi->pf", b, c) * la
            + np.einsum("pfi,pfi->pf", c, a) * lb
        )
        out[chunk] = np.arctan2(det, den).sum(axis=1) / (2.0 * np.pi)
    return out


def _seg_dist(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    t = np.clip(np.einsum("pfi,fi->pf", p[:, None, :] - a, ab) / np.einsum("fi,fi->f", ab, ab), 0.0, 1.0)
    return np.linalg.norm(p[:, None, :] - (a + t[..., None] * ab), axis=-1)


def _surface_distance(mesh: trimesh.Trimesh, p: np.ndarray) -> np.ndarray:
    """Exact distance from points p[k, 3] to the nearest triangle: the foot of the plane perpendicular where
    it falls inside the triangle, else the nearest edge."""
    tri = mesh.triangles
    a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
    n = np.cross(b - a, c - a)
    n /= np.linalg.norm(n, axis=1)[:, None]
    h = np.einsum("pfi,fi->pf", p[:, None, :] - a, n)
    foot = p[:, None, :] - h[..., None] * n
    inside = np.ones(h.shape, dtype=bool)
    for u, v in ((a, b), (b, c), (c, a)):
        inside &= np.einsum("pfi,fi->pf", np.cross(v - u, foot - u), n) >= 0
    edge = np.minimum(np.minimum(_seg_dist(p, a, b), _seg_dist(p, b, c)), _seg_dist(p, c, a))
    return np.where(inside, np.abs(h), edge).min(axis=1)


def _in_any(hulls: list[trimesh.Trimesh], points: np.ndarray, tol: float) -> np.ndarray:
    inside = np.zeros(len(points), dtype=bool)
    for h in hulls:
        sep = points @ h.face_normals.T - np.einsum("ij,ij->i", h.face_normals, h.triangles[:, 0])
        inside |= sep.max(axis=1) <= tol
    return inside


def _bodies() -> list[tuple[str, trimesh.Trimesh]]:
    step = DATA / "box_sides.STEP"
    out = [(f"box_sides/{b.name}", b.mesh) for b in import_part(step.read_bytes(), step.name).bodies]
    out += [(f"tube_on_plate/{b.name}", b.mesh) for b in weldment_part(tube_on_plate()).bodies if b.name == "tube"]
    out += [(f"tab_slot_box/{b.name}", b.mesh) for b in weldment_part(tab_slot_box()).bodies[:2]]
    return out + [("l_profile", l_profile())]


@pytest.mark.parametrize(("name", "mesh"), _bodies(), ids=lambda x: x if isinstance(x, str) else "")
def test_prism_pieces_are_the_body(name: str, mesh: trimesh.Trimesh) -> None:
    pieces = convex_pieces(mesh)
    assert pieces.method == "prism", name  # these are all extruded outlines (plates, gussets, a tube)
    hulls = [trimesh.convex.convex_hull(v) for v in pieces.hulls]
    rng = np.random.default_rng(0)
    lo, hi = mesh.bounds
    box = rng.uniform(lo, hi, (3000, 3))
    body_pts = box[_winding(mesh, box) > 0.5]
    assert len(body_pts) > 100
    # cover: nothing inside the body is missed by the pieces (1 um: round-off of the vertices)
    assert _in_any(hulls, body_pts, 1e-6).all(), name
    # little excess: points inside the pieces (random convex combinations of their vertices and the vertices
    # themselves) are inside the body or within the stated PRISM_EXCESS_M (+1 um round-off) of its surface
    piece_pts = np.vstack([np.vstack([rng.dirichlet(np.ones(len(v)), 20) @ v, v]) for v in pieces.hulls])
    out = piece_pts[_winding(mesh, piece_pts) < 0.5]
    if len(out):
        assert _surface_distance(mesh, out).max() <= PRISM_EXCESS_M + 1e-6, name
    # and the pieces hold little more than the body
    assert sum(h.volume for h in hulls) <= 1.10 * mesh.volume  # the thin tube: 0.5 mm on a 4 mm wall


def test_not_a_right_prism() -> None:
    # a tapered plate: vertices on two planes but its sides lean, so it is not an extrusion
    frustum = trimesh.Trimesh(
        vertices=[
            [0, 0, 0],
            [1, 0, 0],
            [1, 1, 0],
            [0, 1, 0],
            [0.1, 0.1, 0.1],
            [0.9, 0.1, 0.1],
            [0.9, 0.9, 0.1],
            [0.1, 0.9, 0.1],
        ],
        faces=[
            [0, 2, 1],
            [0, 3, 2],
            [4, 5, 6],
            [4, 6, 7],
            [0, 1, 5],
            [0, 5, 4],
            [1, 2, 6],
            [1, 6, 5],
            [2, 3, 7],
            [2, 7, 6],
            [3, 0, 4],
            [3, 4, 7],
        ],
    )
    assert frustum.is_watertight and frustum.volume > 0
    assert _prism(frustum) is None
    # two boxes stacked off-centre: three levels along z and no other axis holds all faces
    a = trimesh.creation.box([0.1, 0.1, 0.02])
    b = trimesh.creation.box([0.05, 0.05, 0.02])
    b.apply_translation([0.04, 0.04, 0.02])
    assert _prism(trimesh.util.concatenate([a, b])) is None
