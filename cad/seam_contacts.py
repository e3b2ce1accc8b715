"""Seam pieces where two bodies touch face to face.

Two planar faces of different bodies are in contact when their outward normals are opposite and their planes
lie within the contact tolerance (gap or interference). The contact region's boundary is the part of each
face's boundary lying on the other face; there one body's face ends (its neighbouring face becomes the free
face) and the other's either continues (the contact face itself is free) or ends too (within tolerance, as
when a lid sits flush in a box). The two free faces define the air wedge and the open angle.

A boundary stretch is dropped where its free faces are not free: another body's contact footprint covers
them (a gusset standing in the corner, a wall sitting on the face). This is what splits a fillet at a gusset
and removes the false corner between a gusset's edge and the web it leans on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cad.seam_faces import BodyFaces, PlanarFace
from cad.seam_geometry import (
    cross,
    distance_to_segments,
    points_in_any_polygon,
    points_in_polygon,
    project_on_segment,
    split_intervals,
    unit,
)

_PARALLEL_SEG_COS = np.cos(np.radians(20.0))


@dataclass
class Pieces:
    """Straight seam pieces with the free faces on both sides (struct of arrays, metres).

    p0, p1[N,3] ends; n_a0, n_a1, n_b0, n_b1[N,3] outward normals of the free faces of bodies a and b at the
    ends; d_a0, d_a1, d_b0, d_b1[N,3] directions from the seam line into those faces; bodies[N,2] (a, b);
    big_a, big_b[N] whether each free face is a plate's main face (not a thin edge face).
    """

    p0: np.ndarray
    p1: np.ndarray
    n_a0: np.ndarray
    n_a1: np.ndarray
    d_a0: np.ndarray
    d_a1: np.ndarray
    n_b0: np.ndarray
    n_b1: np.ndarray
    d_b0: np.ndarray
    d_b1: np.ndarray
    bodies: np.ndarray
    big_a: np.ndarray
    big_b: np.ndarray

    @staticmethod
    def empty() -> Pieces:
        z3 = np.zeros((0, 3))
        return Pieces(z3, z3, z3, z3, z3, z3, z3, z3, z3, z3, np.zeros((0, 2), dtype=int),
                      np.zeros(0, dtype=bool), np.zeros(0, dtype=bool))

    @staticmethod
    def concat(items: list[Pieces]) -> Pieces:
        items = [p for p in items if len(p.p0)]
        if not items:
            return Pieces.empty()
        return Pieces(*[np.concatenate([getattr(p, f) for p in items]) for f in Pieces.__dataclass_fields__])

    def __len__(self) -> int:
        return len(self.p0)


@dataclass
class _Side:
    """Free-face description of one body along raw pieces (arrays over pieces, ends 0 and 1)."""

    n0: np.ndarray
    n1: np.ndarray
    d0: np.ndarray
    d1: np.ndarray
    face: np.ndarray  # planar face index holding the free face, -1 when curved


def _lerp(a: np.ndarray, b: np.ndarray, s: np.ndarray) -> np.ndarray:
    return unit(a + (b - a) * s[:, None])


def _ends_side(face: PlanarFace, seg: np.ndarray, s0: np.ndarray, s1: np.ndarray) -> _Side:
    """Side of a body whose contact face ends on its own boundary segments seg[N] between s0 and s1."""
    t = unit(face.p1[seg] - face.p0[seg])
    n0 = _lerp(face.adj_n0[seg], face.adj_n1[seg], s0)
    n1 = _lerp(face.adj_n0[seg], face.adj_n1[seg], s1)
    return _Side(n0, n1, unit(cross(t, n0)), unit(cross(t, n1)), face.adj_face[seg].copy())


def _continues_side(face: PlanarFace, face_index: int, t_other_in: np.ndarray) -> _Side:
    """Side of a body whose contact face continues past the boundary; t_other_in[N,3] points into the
    other body's contact region, so this side's free face extends the opposite way."""
    n = np.tile(face.normal, (len(t_other_in), 1))
    d = -t_other_in
    return _Side(n, n.copy(), d, d.copy(), np.full(len(t_other_in), face_index))


def _clip(face: PlanarFace, other: PlanarFace, tol: float, probe: float, tolerant: bool
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Stretches of ``face``'s boundary lying on ``other`` -> (segment[N], s0[N], s1[N]).

    tolerant: keep stretches inside ``other`` or within tol of its boundary, if ``face`` extends into
    ``other`` there (a real overlap, not two faces side by side); otherwise keep only stretches inside
    ``other`` by more than tol (those within tol are found from ``other``'s side).
    """
    Q0, Q1 = other.to_2d(face.p0), other.to_2d(face.p1)
    S0, S1 = other.s0, other.s1
    seg, s0, s1 = split_intervals(Q0, Q1, S0, S1, snap=2.0 * tol)
    if len(seg) == 0:
        return seg, s0, s1
    sm = 0.5 * (s0 + s1)
    mid = Q0[seg] + (Q1[seg] - Q0[seg]) * sm[:, None]
    inside = points_in_polygon(mid, S0, S1)
    dist, _ = distance_to_segments(mid, S0, S1)
    if tolerant:
        keep = inside | (dist <= tol)
        t3 = unit(face.p1[seg] - face.p0[seg])
        d_in = unit(cross(face.normal, t3))
        p3 = face.p0[seg] + (face.p1[seg] - face.p0[seg]) * sm[:, None]
        keep &= points_in_polygon(other.to_2d(p3 + probe * d_in), S0, S1)
    else:
        keep = inside & (dist > tol)
    keep &= (s1 - s0) * np.linalg.norm(face.p1[seg] - face.p0[seg], axis=1) > 1e-9
    return seg[keep], s0[keep], s1[keep]


@dataclass
class _Raw:
    """Raw pieces of one face pair, before the coverage test."""

    body_a: int
    body_b: int
    p0: np.ndarray
    p1: np.ndarray
    side_a: _Side
    side_b: _Side


def _face_pair_pieces(A: BodyFaces, ia: int, B: BodyFaces, ib: int, tol: float, probe: float) -> list[_Raw]:
    fa, fb = A.faces[ia], B.faces[ib]
    out = []
    # stretches of b's boundary on a: b's face ends there
    seg, s0, s1 = _clip(fb, fa, tol, probe, tolerant=True)
    if len(seg):
        P0 = fb.p0[seg] + (fb.p1[seg] - fb.p0[seg]) * s0[:, None]
        P1 = fb.p0[seg] + (fb.p1[seg] - fb.p0[seg]) * s1[:, None]
        t_b = unit(fb.p1[seg] - fb.p0[seg])
        side_b = _ends_side(fb, seg, s0, s1)
        # does a's face end there too (within tol, along a parallel boundary segment)?
        mid = 0.5 * (P0 + P1)
        d = np.linalg.norm(
            mid[:, None, :] - _closest_points(mid, fa.p0, fa.p1), axis=-1)
        t_a_all = unit(fa.p1 - fa.p0)
        parallel = np.abs(t_b @ t_a_all.T) >= _PARALLEL_SEG_COS
        d = np.where(parallel, d, np.inf)
        k = np.argmin(d, axis=1)
        a_ends = d[np.arange(len(k)), k] <= tol
        cont = _continues_side(fa, ia, unit(cross(fb.normal, t_b)))
        if a_ends.any():
            sa0 = project_on_segment(P0, fa.p0[k], fa.p1[k])
            sa1 = project_on_segment(P1, fa.p0[k], fa.p1[k])
            ends = _ends_side(fa, k, sa0, sa1)
            for name in ("n0", "n1", "d0", "d1", "face"):
                arr = getattr(cont, name)
                arr[a_ends] = getattr(ends, name)[a_ends]
        out.append(_Raw(A.body, B.body, _onto(fa, P0), _onto(fa, P1), cont, side_b))
    # stretches of a's boundary strictly inside b: a's face ends, b's continues
    seg, s0, s1 = _clip(fa, fb, tol, probe, tolerant=False)
    if len(seg):
        P0 = fa.p0[seg] + (fa.p1[seg] - fa.p0[seg]) * s0[:, None]
        P1 = fa.p0[seg] + (fa.p1[seg] - fa.p0[seg]) * s1[:, None]
        t_a = unit(fa.p1[seg] - fa.p0[seg])
        side_a = _ends_side(fa, seg, s0, s1)
        side_b = _continues_side(fb, ib, unit(cross(fa.normal, t_a)))
        out.append(_Raw(A.body, B.body, P0, P1, side_a, side_b))
    return out


def _closest_points(P: np.ndarray, S0: np.ndarray, S1: np.ndarray) -> np.ndarray:
    """Closest point on every segment for every point: P[N,3], S0/S1[K,3] -> [N,K,3]."""
    d = S1 - S0
    dd = np.maximum(np.einsum("kd,kd->k", d, d), 1e-24)
    s = np.clip(np.einsum("nkd,kd->nk", P[:, None, :] - S0[None], d) / dd, 0.0, 1.0)
    return S0[None] + s[..., None] * d[None]


def _onto(face: PlanarFace, P: np.ndarray) -> np.ndarray:
    return P - ((P - face.origin) @ face.normal)[:, None] * face.normal


def _candidate_face_pairs(A: BodyFaces, B: BodyFaces, tol: float, parallel_cos: float
                          ) -> list[tuple[int, int]]:
    if not A.faces or not B.faces:
        return []
    NA = np.array([f.normal for f in A.faces])
    NB = np.array([f.normal for f in B.faces])
    OA = np.array([f.origin for f in A.faces])
    OB = np.array([f.origin for f in B.faces])
    opposite = (NA @ NB.T) + parallel_cos <= 0.0
    offset = np.abs(np.einsum("ad,abd->ab", NA, OB[None, :, :] - OA[:, None, :]))
    LA = np.array([f.lo for f in A.faces]) - tol
    HA = np.array([f.hi for f in A.faces]) + tol
    LB = np.array([f.lo for f in B.faces])
    HB = np.array([f.hi for f in B.faces])
    boxes = np.all((LA[:, None, :] <= HB[None]) & (LB[None] <= HA[:, None, :]), axis=-1)
    ia, ib = np.nonzero(opposite & (offset <= tol) & boxes)
    return list(zip(ia.tolist(), ib.tolist(), strict=True))


def contact_pieces(models: list[BodyFaces], tol: float, probe: float, parallel_tol: float) -> Pieces:
    """All seam pieces between touching bodies (free faces checked against other contacts).

    models: planar-face models of the bodies; tol: contact tolerance (gap or interference, m); probe: how far
    past the contact boundary the free faces are tested (m, > tol); parallel_tol: angle between opposite
    face normals still counted as parallel (rad).
    """
    parallel_cos = np.cos(parallel_tol)
    raws: list[_Raw] = []
    # footprints[(body, face)] -> list of (S0, S1) polygons of touching faces, in that face's 2D frame
    footprints: dict[tuple[int, int], list[tuple[np.ndarray, np.ndarray]]] = {}
    for i, A in enumerate(models):
        for B in models[i + 1:]:
            if np.any(A.lo - tol > B.hi) or np.any(B.lo - tol > A.hi):
                continue
            for ia, ib in _candidate_face_pairs(A, B, tol, parallel_cos):
                found = _face_pair_pieces(A, ia, B, ib, tol, probe)
                if not found:
                    continue
                raws.extend(found)
                fa, fb = A.faces[ia], B.faces[ib]
                footprints.setdefault((A.body, ia), []).append((fa.to_2d(fb.p0), fa.to_2d(fb.p1)))
                footprints.setdefault((B.body, ib), []).append((fb.to_2d(fa.p0), fb.to_2d(fa.p1)))
    by_body = {m.body: m for m in models}
    out = []
    for raw in raws:
        out.append(_uncovered(raw, by_body, footprints, probe))
    return Pieces.concat(out)


def _uncovered(raw: _Raw, by_body: dict[int, BodyFaces],
               footprints: dict[tuple[int, int], list[tuple[np.ndarray, np.ndarray]]], probe: float) -> Pieces:
    """Cut raw pieces where a free face, just past the seam, lies under another contact."""
    A, B = by_body[raw.body_a], by_body[raw.body_b]
    N = len(raw.p0)
    idx, s0, s1 = np.arange(N), np.zeros(N), np.ones(N)
    for model, side in ((A, raw.side_a), (B, raw.side_b)):
        for f in np.unique(side.face):
            polys = footprints.get((model.body, int(f)), []) if f >= 0 else []
            if not polys:
                continue
            face = model.faces[int(f)]
            sel = np.flatnonzero(side.face[idx] == f)
            if len(sel) == 0:
                continue
            k = idx[sel]
            # the free face just past the seam, along the kept part [s0, s1] of each piece
            e0 = raw.p0[k] + probe * side.d0[k]
            e1 = raw.p1[k] + probe * side.d1[k]
            q0 = face.to_2d(e0 + (e1 - e0) * s0[sel, None])
            q1 = face.to_2d(e0 + (e1 - e0) * s1[sel, None])
            S0 = np.concatenate([p[0] for p in polys])
            S1 = np.concatenate([p[1] for p in polys])
            j, a, b = split_intervals(q0, q1, S0, S1, snap=0.0)
            mid = q0[j] + (q1[j] - q0[j]) * (0.5 * (a + b))[:, None]
            free = ~points_in_any_polygon(mid, polys)
            j, a, b = j[free], a[free], b[free]
            # back to parameters of the whole piece; replace the rows just tested
            width = s1[sel] - s0[sel]
            new_idx, new_s0, new_s1 = k[j], s0[sel][j] + a * width[j], s0[sel][j] + b * width[j]
            rest = np.ones(len(idx), dtype=bool)
            rest[sel] = False
            idx = np.concatenate([idx[rest], new_idx])
            s0 = np.concatenate([s0[rest], new_s0])
            s1 = np.concatenate([s1[rest], new_s1])
    if len(idx) == 0:
        return Pieces.empty()

    def at(x0: np.ndarray, x1: np.ndarray, s: np.ndarray) -> np.ndarray:
        return x0[idx] + (x1[idx] - x0[idx]) * s[:, None]

    sa, sb = raw.side_a, raw.side_b
    na0, na1 = unit(at(sa.n0, sa.n1, s0)), unit(at(sa.n0, sa.n1, s1))
    nb0, nb1 = unit(at(sb.n0, sb.n1, s0)), unit(at(sb.n0, sb.n1, s1))
    return Pieces(
        p0=at(raw.p0, raw.p1, s0), p1=at(raw.p0, raw.p1, s1),
        n_a0=na0, n_a1=na1, d_a0=unit(at(sa.d0, sa.d1, s0)), d_a1=unit(at(sa.d0, sa.d1, s1)),
        n_b0=nb0, n_b1=nb1, d_b0=unit(at(sb.d0, sb.d1, s0)), d_b1=unit(at(sb.d0, sb.d1, s1)),
        bodies=np.tile([raw.body_a, raw.body_b], (len(idx), 1)),
        big_a=A.is_big_face(0.5 * (na0 + na1)), big_b=B.is_big_face(0.5 * (nb0 + nb1)),
    )
