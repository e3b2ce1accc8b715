"""Arc restarts: where a seam breaks between two welded rungs (the wrist has wound to its limit, or the arm
would have to change configuration), the second piece starts again on the first piece's last rung in another
configuration (typically the wrist unwound by a turn), so no seam length is lost. Welders and robot
programs do the same on pipe: stop, turn the torch back, restart on the crater.
"""

from __future__ import annotations

import numpy as np

from planning.ladder_lazy import OK, LazyLadder

__all__ = ["restart_breaks"]


def restart_breaks(
    L: LazyLadder, pieces: list[tuple[int, int]], paths: list[np.ndarray], max_checks: int = 50
) -> tuple[list[tuple[int, int]], list[np.ndarray]]:
    """Pieces [(start, end)] and their vertex paths with every piece that starts right after the previous
    one's end (a break) moved back by one rung onto a vertex of that rung joined to it by a feasible edge and
    found valid (cheapest first, at most max_checks state checks per break), and, after a piece followed by
    unwelded rungs, a new piece restarting on its last rung where one can. A shared rung has two vertices:
    the first piece's end and the second's start."""
    out_p, out_v = list(pieces), list(paths)
    for i in range(1, len(out_p)):
        (_, e1), (s2, e2) = out_p[i - 1], out_p[i]
        if s2 != e1 + 1:
            continue
        k, dst = e1, int(out_v[i][0])
        edges = L.edges[k]
        feasible = (edges.dst == dst) & np.isfinite(L.ecost[k]) & (L.status[k][edges.src] >= 0)
        cand = edges.src[feasible]
        cand = cand[np.argsort(L.vcost[k][cand] + L.ecost[k][feasible], kind="stable")]
        for v in cand[:max_checks].tolist():
            if L.status[k][v] != OK:
                L.check_vertices(k, np.array([v]))
            if L.status[k][v] == OK and L.edge_ok(k, v, dst):
                out_p[i] = (k, e2)
                out_v[i] = np.concatenate([[v], out_v[i]])
                break
    return _restart_after_ends(L, out_p, out_v, max_checks)


def _valid(L: LazyLadder, r: int, v: int) -> bool:
    if L.status[r][v] != OK:
        L.check_vertices(r, np.array([v]))
    return bool(L.status[r][v] == OK)


def _restart_after_ends(
    L: LazyLadder, pieces: list[tuple[int, int]], paths: list[np.ndarray], max_checks: int
) -> tuple[list[tuple[int, int]], list[np.ndarray]]:
    """After a piece whose next rung is not welded, a new piece restarting on the piece's last rung in
    another configuration, grown rung by rung (cheapest valid successor joined by a feasible edge) as far as
    it goes before the next piece."""
    out_p, out_v = [], []
    for i, ((s, e), path) in enumerate(zip(pieces, paths, strict=True)):
        out_p.append((s, e))
        out_v.append(path)
        stop = pieces[i + 1][0] if i + 1 < len(pieces) else L.R
        if e + 1 >= stop or e + 1 >= L.R:
            continue
        edges, checks = L.edges[e], 0
        # edges between vertices not known to collide, those onto vertices already found valid first
        feasible = np.flatnonzero(
            np.isfinite(L.ecost[e]) & (L.status[e][edges.src] >= 0) & (L.status[e + 1][edges.dst] >= 0)
        )
        known = L.status[e + 1][edges.dst[feasible]] == OK
        feasible = feasible[np.lexsort((L.vcost[e][edges.src[feasible]] + L.ecost[e][feasible], ~known))]
        found = None
        for j in feasible.tolist():
            if checks >= max_checks:
                break
            v, w = int(edges.src[j]), int(edges.dst[j])
            checks += 2
            if _valid(L, e, v) and _valid(L, e + 1, w) and L.edge_ok(e, v, w):
                found = [v, w]
                break
        if found is None:
            continue
        r = e + 1
        while r + 1 < stop and r + 1 < L.R:
            nxt = L.edges[r]
            ok = (nxt.src == found[-1]) & np.isfinite(L.ecost[r])
            ok &= L.status[r + 1][nxt.dst] >= 0
            cand = nxt.dst[ok][np.argsort(L.vcost[r + 1][nxt.dst[ok]] + L.ecost[r][ok], kind="stable")]
            step = next(
                (
                    int(w)
                    for w in cand[:max_checks].tolist()
                    if _valid(L, r + 1, int(w)) and L.edge_ok(r, found[-1], int(w))
                ),
                None,
            )
            if step is None:
                break
            found.append(step)
            r += 1
        out_p.append((e, r))
        out_v.append(np.array(found, dtype=np.int64))
    return out_p, out_v
