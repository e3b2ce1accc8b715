"""Searches over a ladder graph (rungs of vertices, edges only between consecutive rungs).

``shortest_path``: DAG shortest path in rung order (descartes ladder_graph_dag_search: one forward
relaxation, then a backtrack from the cheapest vertex of the last rung), vectorised per rung pair with
segment reductions over the edges sorted by target. ``best_pieces``: where no path crosses the whole
ladder, the contiguous pieces that together cover the most length (a DP over rungs that may restart a
piece at any rung). Costs are arrays: an infinite vertex or edge cost removes it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from planning.ladder_graph import RungEdges

__all__ = ["shortest_path", "best_pieces", "PIECE_PENALTY_M"]

# A new piece costs this much length, so that of two equal coverages the one with fewer pieces wins.
PIECE_PENALTY_M = 1e-9


def shortest_path(
    vertex_cost: Sequence[np.ndarray],
    edges: Sequence[RungEdges],
    edge_cost: Sequence[np.ndarray] | None = None,
    lo: int = 0,
    hi: int | None = None,
    dist: list[np.ndarray] | None = None,
    valid_until: int | None = None,
) -> tuple[np.ndarray | None, float]:
    """Cheapest path through rungs lo..hi (inclusive).

    vertex_cost[r][n_r]; edges[r]: from rung r to r + 1; edge_cost[r][E_r] (default edges[r].cost).
    Path cost = sum of its vertex costs + sum of its edge costs. Returns (vertex index per rung [hi-lo+1],
    total) or (None, inf) when no finite path exists.

    dist: optional list (one slot per rung) that receives the cost-to-reach of every vertex; when it
    already holds them for rungs lo..valid_until (nothing changed there since), the forward pass restarts
    at valid_until (the incremental re-search of the lazy loop).
    """
    hi = len(vertex_cost) - 1 if hi is None else hi
    ec = [e.cost for e in edges] if edge_cost is None else edge_cost
    d = dist if dist is not None else [np.zeros(0)] * len(vertex_cost)
    first = lo if valid_until is None or dist is None else max(lo, min(valid_until, hi))
    if first == lo:
        d[lo] = np.asarray(vertex_cost[lo], dtype=float).copy()
    for r in range(first, hi):
        e = edges[r]
        vc = np.asarray(vertex_cost[r + 1], dtype=float)
        new = np.full(vc.size, np.inf)
        if e.count:
            mins = np.minimum.reduceat(d[r][e.src] + ec[r], e.starts)
            new[e.targets] = mins + vc[e.targets]
        d[r + 1] = new
    last = d[hi]
    if last.size == 0:
        return None, float("inf")
    end = int(np.argmin(last))
    total = float(last[end])
    if not np.isfinite(total):
        return None, float("inf")
    path = np.empty(hi - lo + 1, dtype=np.int64)
    path[-1] = end
    for r in range(hi - 1, lo - 1, -1):
        # the best predecessor of the chosen vertex, from the stored costs-to-reach
        e = edges[r]
        v = path[r + 1 - lo]
        i = int(np.searchsorted(e.targets, v))
        a, b = int(e.starts[i]), int(e.starts[i] + e.seg_counts[i])
        path[r - lo] = e.src[a + int(np.argmin(d[r][e.src[a:b]] + ec[r][a:b]))]
    return path, total


def best_pieces(
    vertex_ok: Sequence[np.ndarray], edges: Sequence[RungEdges], edge_ok: Sequence[np.ndarray], seg_len: np.ndarray
) -> list[tuple[int, int]]:
    """Disjoint rung intervals [(start, end)], end > start, each crossed by some path of valid vertices
    (vertex_ok[r][n_r]) and valid edges (edge_ok[r][E_r]), maximising the covered length
    sum(seg_len[start:end]) (ties: fewer pieces). Consecutive pieces may be separated by a single
    unwelded segment (a break between two welded rungs)."""
    R = len(vertex_ok)
    neg = -np.inf
    run = np.where(vertex_ok[0], -PIECE_PENALTY_M, neg)
    run_back: list[np.ndarray] = [np.full(run.size, -1, dtype=np.int64)]
    best = [0.0]
    best_end: list[int] = [-1]  # a piece needs two rungs
    for r in range(1, R):
        e = edges[r - 1]
        ok_r = np.asarray(vertex_ok[r], dtype=bool)
        cont = np.full(ok_r.size, neg)
        cont_src = np.full(ok_r.size, -1, dtype=np.int64)
        if e.count:
            cand = np.where(edge_ok[r - 1], run[e.src] + seg_len[r - 1], neg)
            maxs = np.maximum.reduceat(cand, e.starts)
            hit = cand == np.repeat(maxs, e.seg_counts)
            pos = np.where(hit, np.arange(e.count), e.count)
            first = np.minimum.reduceat(pos, e.starts)
            cont[e.targets] = maxs
            cont_src[e.targets] = e.src[np.minimum(first, e.count - 1)]
        start = best[r - 1] - PIECE_PENALTY_M
        use_cont = cont > start
        run = np.where(ok_r, np.where(use_cont, cont, start), neg)
        run_back.append(np.where(use_cont & ok_r, cont_src, -1))
        v = int(np.argmax(run)) if run.size else -1
        if v >= 0 and run[v] > best[r - 1]:
            best.append(float(run[v]))
            best_end.append(v)
        else:
            best.append(best[r - 1])
            best_end.append(-1)
    pieces: list[tuple[int, int]] = []
    r = R - 1
    while r >= 0:
        v = best_end[r]
        if v < 0:
            r -= 1
            continue
        end = r
        while run_back[r][v] >= 0:
            v = int(run_back[r][v])
            r -= 1
        pieces.append((r, end))
        r -= 1
    pieces.reverse()
    return pieces
