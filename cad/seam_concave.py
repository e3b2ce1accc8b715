"""Seam candidates on a single body: its concave sharp edges (dihedral angle method).

An edge is a candidate where the two faces meeting on it form an air wedge clearly below 180 degrees
(``min_concave`` away from flat, so tangent blends are skipped) and not a crack (below ``min_open``).
B-rep edges are discretised to the chord error; mesh edges come from trimesh's face adjacency.
"""

from __future__ import annotations

import numpy as np
import trimesh
from OCP.BRep import BRep_Tool
from OCP.BRepAdaptor import BRepAdaptor_Curve
from OCP.gp import gp_Pnt, gp_Vec
from OCP.TopAbs import TopAbs_REVERSED
from OCP.TopoDS import TopoDS_Shape

from cad.seam_contacts import Pieces
from cad.seam_faces import discretise, face_normals, topology
from cad.seam_geometry import cross, unit, wedge_angle

_MIN_OPEN = np.radians(5.0)


def _pieces_from_polyline(P: np.ndarray, na: np.ndarray, nb: np.ndarray, da: np.ndarray, db: np.ndarray,
                          body: int) -> Pieces:
    n = len(P) - 1
    return Pieces(P[:-1], P[1:], na[:-1], na[1:], da[:-1], da[1:], nb[:-1], nb[1:], db[:-1], db[1:],
                  np.tile([body, body], (n, 1)), np.ones(n, dtype=bool), np.ones(n, dtype=bool))


def brep_concave_pieces(shape: TopoDS_Shape, body: int, chord_error: float, min_concave: float,
                        flat_tol: float) -> Pieces:
    """Concave edges of one B-rep solid as straight pieces with both faces' data (metres)."""
    topo = topology(shape)
    out = []
    for i, face in enumerate(topo.faces):
        for e, k in topo.face_edges[i]:
            holders = topo.edge_faces[k]
            # visit each two-face edge once, from its first face
            if len(holders) != 2 or holders[0] != i or BRep_Tool.Degenerated_s(e):
                continue
            other = topo.faces[holders[1]]
            params, pts = discretise(e, chord_error)
            curve = BRepAdaptor_Curve(e)
            p, v = gp_Pnt(), gp_Vec()
            t = np.zeros((len(params), 3))
            for m, u in enumerate(params):
                curve.D1(float(u), p, v)
                t[m] = (v.X(), v.Y(), v.Z())
            t = unit(t)
            if e.Orientation() == TopAbs_REVERSED:
                t = -t  # the edge's direction as this face walks it
            n_f = face_normals(face, e, params)
            n_g = face_normals(other, e, params)
            d_f = unit(cross(n_f, t))
            d_g = unit(cross(t, n_g))
            theta = wedge_angle(t, d_f, n_f, d_g, flat_tol)
            if np.median(theta) > np.pi - min_concave or np.median(theta) < _MIN_OPEN:
                continue
            out.append(_pieces_from_polyline(pts, n_f, n_g, d_f, d_g, body))
    return Pieces.concat(out)


def mesh_concave_pieces(mesh: trimesh.Trimesh, body: int, min_concave: float) -> Pieces:
    """Concave edges of one triangle mesh as straight pieces (metres)."""
    if len(mesh.faces) == 0 or len(mesh.face_adjacency) == 0:
        return Pieces.empty()
    angles = mesh.face_adjacency_angles  # between the normals: pi minus the open angle when concave
    keep = (~mesh.face_adjacency_convex) & (angles >= min_concave) & (angles <= np.pi - _MIN_OPEN)
    if not keep.any():
        return Pieces.empty()
    adj = mesh.face_adjacency[keep]
    edges = mesh.face_adjacency_edges[keep]
    unshared = mesh.face_adjacency_unshared[keep]
    V = mesh.vertices
    p0, p1 = V[edges[:, 0]], V[edges[:, 1]]
    t = unit(p1 - p0)

    def into(vertex: np.ndarray) -> np.ndarray:
        w = V[vertex] - p0
        return unit(w - np.einsum("nd,nd->n", w, t)[:, None] * t)

    na, nb = mesh.face_normals[adj[:, 0]], mesh.face_normals[adj[:, 1]]
    da, db = into(unshared[:, 0]), into(unshared[:, 1])
    n = len(adj)
    return Pieces(p0, p1, na, na.copy(), da, da.copy(), nb, nb.copy(), db, db.copy(),
                  np.full((n, 2), body), np.ones(n, dtype=bool), np.ones(n, dtype=bool))
