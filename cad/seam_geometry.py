"""Small vectorised 2D/3D geometry kernels for seam detection.

Polygons are given as unordered segment soups ``S0[K,2], S1[K,2]`` (outer ring and holes together):
the even-odd rule and distance queries need no ring order, which lets B-rep faces and mesh facets
share one code path.
"""

from __future__ import annotations

import numpy as np

_EPS = 1e-12


def unit(v: np.ndarray) -> np.ndarray:
    """Normalise the last axis; zero vectors stay zero. v[...,3] -> [...,3]."""
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return np.where(n > _EPS, v / np.maximum(n, _EPS), 0.0)


def cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Cross product on the last axis of [...,3] arrays (np.cross is slow on small arrays)."""
    a, b = np.broadcast_arrays(a, b)
    out = np.empty(a.shape)
    out[..., 0] = a[..., 1] * b[..., 2] - a[..., 2] * b[..., 1]
    out[..., 1] = a[..., 2] * b[..., 0] - a[..., 0] * b[..., 2]
    out[..., 2] = a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
    return out


def plane_frame(normal: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two unit axes u, v with u x v = normal. normal[3] -> (u[3], v[3])."""
    helper = np.array([1.0, 0.0, 0.0]) if abs(normal[0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    u = unit(np.cross(helper, normal))
    v = np.cross(normal, u)
    return u, v


def points_in_polygon(P: np.ndarray, S0: np.ndarray, S1: np.ndarray) -> np.ndarray:
    """Even-odd point-in-polygon. P[N,2], S0/S1[K,2] -> inside[N] bool."""
    if len(S0) == 0 or len(P) == 0:
        return np.zeros(len(P), dtype=bool)
    px = P[:, 0:1]
    py = P[:, 1:2]
    x0, y0 = S0[None, :, 0], S0[None, :, 1]
    x1, y1 = S1[None, :, 0], S1[None, :, 1]
    straddle = (y0 > py) != (y1 > py)
    dy = np.where(np.abs(y1 - y0) > _EPS, y1 - y0, _EPS)
    x_cross = x0 + (py - y0) * (x1 - x0) / dy
    hits = straddle & (px < x_cross)
    return (np.count_nonzero(hits, axis=1) % 2) == 1


def points_in_any_polygon(P: np.ndarray, polygons: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Whether each point P[N,2] lies inside at least one of several polygons (each a S0, S1 pair)."""
    if not polygons or len(P) == 0:
        return np.zeros(len(P), dtype=bool)
    S0 = np.concatenate([p[0] for p in polygons])
    S1 = np.concatenate([p[1] for p in polygons])
    owner = np.repeat(np.arange(len(polygons)), [len(p[0]) for p in polygons])
    px = P[:, 0:1]
    py = P[:, 1:2]
    x0, y0 = S0[None, :, 0], S0[None, :, 1]
    x1, y1 = S1[None, :, 0], S1[None, :, 1]
    straddle = (y0 > py) != (y1 > py)
    dy = np.where(np.abs(y1 - y0) > _EPS, y1 - y0, _EPS)
    hits = straddle & (px < x0 + (py - y0) * (x1 - x0) / dy)
    counts = hits.astype(np.int32) @ np.eye(len(polygons), dtype=np.int32)[owner]
    return np.any(counts % 2 == 1, axis=1)


def distance_to_segments(P: np.ndarray, S0: np.ndarray, S1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distance from each point to the nearest segment. P[N,D], S0/S1[K,D] -> (dist[N], index[N])."""
    if len(S0) == 0:
        return np.full(len(P), np.inf), np.zeros(len(P), dtype=int)
    d = S1 - S0
    dd = np.maximum(np.einsum("kd,kd->k", d, d), _EPS)
    w = P[:, None, :] - S0[None, :, :]
    s = np.clip(np.einsum("nkd,kd->nk", w, d) / dd, 0.0, 1.0)
    closest = S0[None, :, :] + s[..., None] * d[None, :, :]
    dist = np.linalg.norm(P[:, None, :] - closest, axis=-1)
    k = np.argmin(dist, axis=1)
    return dist[np.arange(len(P)), k], k


def project_on_segment(P: np.ndarray, S0: np.ndarray, S1: np.ndarray) -> np.ndarray:
    """Parameter in [0,1] of the projection of P[N,D] on the paired segments S0/S1[N,D] -> s[N]."""
    d = S1 - S0
    dd = np.maximum(np.einsum("nd,nd->n", d, d), _EPS)
    return np.clip(np.einsum("nd,nd->n", P - S0, d) / dd, 0.0, 1.0)


def split_intervals(
    Q0: np.ndarray, Q1: np.ndarray, S0: np.ndarray, S1: np.ndarray, snap: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cut query segments where they meet a polygon.

    Q0/Q1[M,2] query segments, S0/S1[K,2] polygon segments. Each query segment is cut where it crosses a
    polygon segment and where a polygon vertex within ``snap`` of it projects (so overlapping collinear
    stretches split where the polygon turns away). Returns the pieces as (segment[N], s0[N], s1[N]) with
    parameters in [0,1] along their segment.
    """
    M = len(Q0)
    if M == 0:
        return np.zeros(0, dtype=int), np.zeros(0), np.zeros(0)
    if len(S0) == 0:
        return np.arange(M), np.zeros(M), np.ones(M)
    r = Q1 - Q0  # [M,2]
    s = S1 - S0  # [K,2]
    denom = r[:, None, 0] * s[None, :, 1] - r[:, None, 1] * s[None, :, 0]  # [M,K]
    qp = S0[None, :, :] - Q0[:, None, :]  # [M,K,2]
    ok = np.abs(denom) > _EPS
    dn = np.where(ok, denom, 1.0)
    t = (qp[..., 0] * s[None, :, 1] - qp[..., 1] * s[None, :, 0]) / dn
    u = (qp[..., 0] * r[:, None, 1] - qp[..., 1] * r[:, None, 0]) / dn
    cross = ok & (t > 0.0) & (t < 1.0) & (u >= -1e-9) & (u <= 1.0 + 1e-9)
    cuts = [np.where(cross, t, np.nan)]
    if snap > 0.0:
        V = np.concatenate([S0, S1])
        rr = np.maximum(np.einsum("md,md->m", r, r), _EPS)
        w = V[None, :, :] - Q0[:, None, :]
        tv = np.einsum("mvd,md->mv", w, r) / rr[:, None]
        foot = Q0[:, None, :] + np.clip(tv, 0.0, 1.0)[..., None] * r[:, None, :]
        near = (np.linalg.norm(V[None, :, :] - foot, axis=-1) <= snap) & (tv > 0.0) & (tv < 1.0)
        cuts.append(np.where(near, tv, np.nan))
    P = np.concatenate([np.zeros((M, 1)), np.ones((M, 1))] + cuts, axis=1)
    P = np.sort(P, axis=1)  # NaN sort last
    a, b = P[:, :-1], P[:, 1:]
    valid = np.isfinite(b) & (b - a > 1e-12)
    seg = np.broadcast_to(np.arange(M)[:, None], a.shape)[valid]
    return seg, a[valid], b[valid]


def wedge_angle(
    t: np.ndarray, d_a: np.ndarray, n_a: np.ndarray, d_b: np.ndarray, flat_tol: float
) -> np.ndarray:
    """Angle of the air wedge between two half-planes meeting on a line.

    t[N,3] line direction; d_a/d_b[N,3] directions pointing from the line into each face; n_a[N,3] the
    outward (air side) normal of face a. Returns the open angle[N] in (0, 2*pi): below pi the corner is
    concave (a seam), pi is flat, above pi convex. ``flat_tol`` absorbs round-off around pi.
    """
    t = unit(t)
    da = unit(d_a - np.einsum("nd,nd->n", d_a, t)[:, None] * t)
    db = unit(d_b - np.einsum("nd,nd->n", d_b, t)[:, None] * t)
    theta = np.arccos(np.clip(np.einsum("nd,nd->n", da, db), -1.0, 1.0))
    convex = np.einsum("nd,nd->n", n_a, db) < -np.sin(flat_tol)
    return np.where(convex & (theta < np.pi - flat_tol), 2.0 * np.pi - theta, theta)
