"""Chain straight seam pieces into polylines.

Pieces of one body pair join end to end when their ends lie within the merge gap, the line continues
without a sharp turn and the free-face normals carry on (a box corner or a change of face pair with a kink
ends a seam; a discretised arc or a fillet interrupted by tab-and-slot pieces does not). Straight chains are
straightened (real CAD puts neighbouring pieces a few hundredths of a millimetre apart), then every chain is
resampled so that no segment is longer than the point spacing; vertices of curved chains are kept so the
chord error of the discretisation survives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
from scipy.spatial import cKDTree

from cad.seam_contacts import Pieces
from cad.seam_geometry import unit, wedge_angle


@dataclass
class Chain:
    """A merged seam polyline with per-point free-face data (metres).

    points[M,3]; n_a, n_b[M,3] outward normals of the two free faces; d_a, d_b[M,3] directions into them;
    big_a, big_b: fraction of the length along which each free face is a plate's main face; bodies (a, b);
    closed: the last point joins the first (points do not repeat it); gap[S] (None: no gaps): whether
    each segment (S = M - 1, or M when closed) crosses a gap between pieces of one joint line; joined:
    the bodies of other pairs whose pieces this chain took in (joint lines across body pairs).
    """

    points: np.ndarray
    n_a: np.ndarray
    n_b: np.ndarray
    d_a: np.ndarray
    d_b: np.ndarray
    big_a: float
    big_b: float
    bodies: tuple[int, int]
    closed: bool
    gap: np.ndarray | None = None
    joined: tuple[int, ...] = ()  # bodies of other pairs whose pieces were joined into this chain

    @property
    def length(self) -> float:
        pts = np.vstack([self.points, self.points[:1]]) if self.closed else self.points
        return float(np.linalg.norm(np.diff(pts, axis=0), axis=1).sum())


def canonical(pieces: Pieces) -> Pieces:
    """Order every piece's bodies so that a < b, swapping the side data where needed."""
    swap = pieces.bodies[:, 0] > pieces.bodies[:, 1]
    if not swap.any():
        return pieces
    out = Pieces(**{f: getattr(pieces, f).copy() for f in Pieces.__dataclass_fields__})
    for x, y in (("n_a0", "n_b0"), ("n_a1", "n_b1"), ("d_a0", "d_b0"), ("d_a1", "d_b1"), ("big_a", "big_b")):
        xa, ya = getattr(out, x), getattr(out, y)
        tmp = xa[swap].copy()
        xa[swap] = ya[swap]
        ya[swap] = tmp
    out.bodies[swap] = out.bodies[swap][:, ::-1]
    return out


def piece_angles(pieces: Pieces, flat_tol: float) -> np.ndarray:
    """Open angle of each piece at its middle (rad) -> [N]."""
    return wedge_angle(pieces.p1 - pieces.p0, unit(pieces.d_a0 + pieces.d_a1), unit(pieces.n_a0 + pieces.n_a1),
                       unit(pieces.d_b0 + pieces.d_b1), flat_tol)


def chain_pieces(pieces: Pieces, classes: np.ndarray, merge_gap: float, merge_angle: float) -> list[Chain]:
    """Join pieces (already filtered to seams) into chains.

    classes[N]: pieces only join pieces of the same class (e.g. concave vs flat); merge_gap (m) and
    merge_angle (rad) bound the end distance, turn and change of normals at a joint.
    """
    N = len(pieces)
    if N == 0:
        return []
    ends = np.concatenate([pieces.p0, pieces.p1])  # end e: piece e % N, side e // N
    direction = unit(pieces.p1 - pieces.p0)
    out_dir = np.concatenate([-direction, direction])  # leaving the piece through that end
    n_a = np.concatenate([pieces.n_a0, pieces.n_a1])
    n_b = np.concatenate([pieces.n_b0, pieces.n_b1])
    piece = np.concatenate([np.arange(N), np.arange(N)])
    cos_lim = np.cos(merge_angle)
    links = []
    for e, f in cKDTree(ends).query_pairs(merge_gap, output_type="ndarray"):
        i, j = piece[e], piece[f]
        if i == j or classes[i] != classes[j] or np.any(pieces.bodies[i] != pieces.bodies[j]):
            continue
        turn = -out_dir[e] @ out_dir[f]  # 1 when the line goes straight on
        same = n_a[e] @ n_a[f] >= cos_lim and n_b[e] @ n_b[f] >= cos_lim
        # on one body the two faces have no natural order: a piece may carry them swapped
        swapped = pieces.bodies[i, 0] == pieces.bodies[i, 1] and n_a[e] @ n_b[f] >= cos_lim \
            and n_b[e] @ n_a[f] >= cos_lim
        if turn < cos_lim or not (same or swapped):
            continue
        links.append((-turn + np.linalg.norm(ends[e] - ends[f]) / merge_gap * 1e-3, e, f))
    partner = np.full(2 * N, -1)
    for _, e, f in sorted(links):
        if partner[e] < 0 and partner[f] < 0:
            partner[e], partner[f] = f, e

    seen = np.zeros(N, dtype=bool)
    chains = []
    # open chains start at an unlinked end; what is left afterwards are closed loops
    starts = [e for e in range(2 * N) if partner[e] < 0] + list(range(2 * N))
    for e0 in starts:
        if seen[piece[e0]]:
            continue
        order = []  # (piece, reversed)
        e = e0
        closed = False
        while True:
            i = piece[e]
            if seen[i]:
                closed = True
                break
            seen[i] = True
            rev = e >= N  # entering through its end 1 means walking it backwards
            order.append((i, rev))
            exit_end = e - N if rev else e + N
            nxt = partner[exit_end]
            if nxt < 0:
                break
            e = nxt
        chains.append(_assemble(pieces, order, closed))
    return chains


def _assemble(pieces: Pieces, order: list[tuple[int, bool]], closed: bool) -> Chain:
    pts: list[np.ndarray] = []
    na: list[np.ndarray] = []
    nb: list[np.ndarray] = []
    da: list[np.ndarray] = []
    db: list[np.ndarray] = []
    w_big_a, w_big_b, w = 0.0, 0.0, 0.0
    for k, (i, rev) in enumerate(order):
        first = (pieces.p0[i], pieces.n_a0[i], pieces.n_b0[i], pieces.d_a0[i], pieces.d_b0[i])
        last = (pieces.p1[i], pieces.n_a1[i], pieces.n_b1[i], pieces.d_a1[i], pieces.d_b1[i])
        big = (float(pieces.big_a[i]), float(pieces.big_b[i]))
        if rev:
            first, last = last, first
        if k > 0 and first[1] @ na[-1] + first[2] @ nb[-1] < first[2] @ na[-1] + first[1] @ nb[-1]:
            first = (first[0], first[2], first[1], first[4], first[3])
            last = (last[0], last[2], last[1], last[4], last[3])
            big = big[::-1]
        if k == 0:
            for lst, x in zip((pts, na, nb, da, db), first, strict=True):
                lst.append(x)
        else:  # joint: average the two ends that met
            pts[-1] = 0.5 * (pts[-1] + first[0])
            for lst, x in zip((na, nb, da, db), first[1:], strict=True):
                lst[-1] = unit(lst[-1] + x)
        for lst, x in zip((pts, na, nb, da, db), last, strict=True):
            lst.append(x)
        L = float(np.linalg.norm(pieces.p1[i] - pieces.p0[i]))
        w += L
        w_big_a += L * big[0]
        w_big_b += L * big[1]
    arrays = [np.array(x) for x in (pts, na, nb, da, db)]
    if closed and len(order) > 1:  # the last end met the first: fold it in
        arrays[0][0] = 0.5 * (arrays[0][0] + arrays[0][-1])
        for a in arrays[1:]:
            a[0] = unit(a[0] + a[-1])
        arrays = [a[:-1] for a in arrays]
    b = cast(tuple[int, int], tuple(int(x) for x in pieces.bodies[order[0][0]]))
    points, n_a, n_b, d_a, d_b = arrays
    return Chain(points, n_a, n_b, d_a, d_b, big_a=w_big_a / max(w, 1e-12), big_b=w_big_b / max(w, 1e-12), bodies=b,
                 closed=closed and len(order) > 1)


def straighten(chain: Chain, tol: float) -> Chain:
    """Keep only the end points of a chain that is a straight line within tol (jogs between pieces)."""
    if chain.closed or len(chain.points) <= 2 or chain.gap is not None:
        return chain
    p0, p1 = chain.points[0], chain.points[-1]
    axis = p1 - p0
    L = np.linalg.norm(axis)
    if L < 1e-12:
        return chain
    w = chain.points - p0
    off = w - np.outer(w @ axis / L**2, axis)
    if np.max(np.linalg.norm(off, axis=1)) > tol:
        return chain
    # normals become the length-weighted average along the line (they may differ piece to piece by noise)
    seg = np.linalg.norm(np.diff(chain.points, axis=0), axis=1)
    wts = np.concatenate([[0.0], seg]) + np.concatenate([seg, [0.0]])

    def avg(x: np.ndarray) -> np.ndarray:
        m = unit((x * wts[:, None]).sum(axis=0))
        return np.stack([m, m])

    return Chain(np.stack([p0, p1]), avg(chain.n_a), avg(chain.n_b), avg(chain.d_a), avg(chain.d_b),
                 chain.big_a, chain.big_b, chain.bodies, False)


def resample(chain: Chain, spacing: float) -> Chain:
    """Insert points so that no segment is longer than ``spacing``; data interpolated linearly."""
    pts = np.vstack([chain.points, chain.points[:1]]) if chain.closed else chain.points
    data = [np.vstack([x, x[:1]]) if chain.closed else x for x in (chain.n_a, chain.n_b, chain.d_a, chain.d_b)]
    out_p = [pts[:1]]
    out_d = [[x[:1]] for x in data]
    for k in range(len(pts) - 1):
        L = np.linalg.norm(pts[k + 1] - pts[k])
        n = max(1, int(np.ceil(L / spacing - 1e-9)))
        s = (np.arange(1, n + 1) / n)[:, None]
        out_p.append(pts[k] + (pts[k + 1] - pts[k]) * s)
        for lst, x in zip(out_d, data, strict=True):
            lst.append(unit(x[k] + (x[k + 1] - x[k]) * s))
    P = np.concatenate(out_p)
    D = [np.concatenate(x) for x in out_d]
    gap = None
    if chain.gap is not None:  # the pieces of a gap segment are gap segments
        gap = np.repeat(chain.gap, [len(p) for p in out_p[1:]])
    if chain.closed:
        P, D = P[:-1], [x[:-1] for x in D]
    n_a, n_b, d_a, d_b = D
    return Chain(P, n_a, n_b, d_a, d_b, big_a=chain.big_a, big_b=chain.big_b, bodies=chain.bodies,
                 closed=chain.closed, gap=gap, joined=chain.joined)


def tangents(points: np.ndarray, closed: bool) -> np.ndarray:
    """Unit tangents of a polyline points[M,3] (central differences) -> [M,3]."""
    if closed:
        return unit(np.roll(points, -1, axis=0) - np.roll(points, 1, axis=0))
    t = np.empty_like(points)
    t[1:-1] = points[2:] - points[:-2]
    t[0] = points[1] - points[0]
    t[-1] = points[-1] - points[-2]
    return unit(t)
