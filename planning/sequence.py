"""Seam order and direction: which seam to weld next and from which end, minimising air time.

Nodes: 2 * i + d is seam i welded in direction d (0 as given, 1 reversed). Costs (seconds of air time, or
any additive cost): start_cost[2n] home -> start of a node, transition_cost[2n, 2n] end of a -> start of b,
end_cost[2n] end of a node -> home. Every seam is welded once, in one direction. An impossible move (a direction
that cannot be welded) costs inf: the heuristic counts such links apart from the seconds (see _weights).

Exact for n <= EXACT_MAX_SEAMS: Held-Karp dynamic programming over (set of welded seams, last node), O(2^n n^2).
Above that, a heuristic: nearest-neighbour starts; local search with segment reversal plus direction flips
(single flips included), moving blocks of 1-3 seams (as they are or reversed) and the exact direction DP for the
order found; iterated with kicks (shuffle a stretch of seams, or a double bridge) from a seeded generator, so it
is deterministic; a final polish allows block moves of any length and re-solves windows of 8 seams exactly.
tests/planning/test_sequence.py measures its gap to the exact DP on random n = 8-12 instances.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

__all__ = ["EXACT_MAX_SEAMS", "SeamOrder", "order_seams", "route_cost"]

# Held-Karp is ~11 ms at n = 12 and grows as 2^n n^2 (measured: 3 ms at 10, 34 ms at 14).
EXACT_MAX_SEAMS = 12
_KICKS = 40  # perturbations of the heuristic's iterated local search
_KICK_SHARE = 4  # a shuffle kick reorders about 1/_KICK_SHARE of the seams
_BLOCK = 3  # block moves of 1.._BLOCK seams in the inner local search (all lengths in the final polish)
_DEVIATION = 0.03  # record-to-record travel: walk through solutions within 3 % of the best
_WINDOW = 8  # seams re-solved exactly at a time in the final polish
_EPS = 1e-9  # relative: a move must gain more than this share of the route's cost (summation rounding is ~1e-15)


@dataclass(frozen=True)
class SeamOrder:
    """order: (seam_index, reversed) in welding order; total_cost: start + transitions + end;
    method: "exact" | "heuristic" | "fixed"."""

    order: list[tuple[int, bool]]
    total_cost: float
    method: str

    @property
    def nodes(self) -> list[int]:
        """The order as node indices 2 * seam + reversed."""
        return [2 * i + int(r) for i, r in self.order]


def _check(
    start_cost: ArrayLike, transition_cost: ArrayLike, end_cost: ArrayLike
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    s = np.asarray(start_cost, dtype=np.float64).reshape(-1)
    e = np.asarray(end_cost, dtype=np.float64).reshape(-1)
    T = np.asarray(transition_cost, dtype=np.float64)
    m = s.size
    if m == 0 or m % 2:
        raise ValueError(f"start_cost must have 2n entries (n >= 1 seams, two directions each), got {m}")
    if e.shape != (m,) or T.shape != (m, m):
        raise ValueError(f"end_cost must be [{m}] and transition_cost [{m}, {m}], got {e.shape} and {T.shape}")
    for name, arr in (("start_cost", s), ("transition_cost", T), ("end_cost", e)):
        if np.any(np.isnan(arr)) or np.any(arr < 0):
            raise ValueError(f"{name} must be non-negative numbers (inf allowed for impossible moves)")
    return s, T, e


def route_cost(nodes: list[int], start_cost: ArrayLike, transition_cost: ArrayLike, end_cost: ArrayLike) -> float:
    """Cost of visiting `nodes` (node indices) from home and back."""
    s, T, e = _check(start_cost, transition_cost, end_cost)
    idx = np.asarray(nodes, dtype=int)
    return float(s[idx[0]] + np.sum(T[idx[:-1], idx[1:]]) + e[idx[-1]])


def _result(nodes: list[int], s: np.ndarray, T: np.ndarray, e: np.ndarray, method: str) -> SeamOrder:
    idx = np.asarray(nodes, dtype=int)
    total = float(s[idx[0]] + np.sum(T[idx[:-1], idx[1:]]) + e[idx[-1]])
    return SeamOrder(order=[(int(b) // 2, bool(b % 2)) for b in nodes], total_cost=total, method=method)


def _held_karp(s: np.ndarray, T: np.ndarray, e: np.ndarray) -> list[int]:
    """Exact best node sequence: DP over (set of seams welded, last node), filled layer by layer."""
    n = s.size // 2
    m = 2 * n
    masks = np.arange(1 << n)
    popcount = np.zeros(1 << n, dtype=np.int64)
    for k in range(n):
        popcount += (masks >> k) & 1
    cost = np.full((1 << n, m), np.inf)
    parent = np.full((1 << n, m), -1, dtype=np.int64)
    for b in range(m):
        cost[1 << (b // 2), b] = s[b]
    for k in range(2, n + 1):
        layer = masks[popcount == k]
        for b in range(m):
            bit = 1 << (b // 2)
            sel = layer[(layer & bit) != 0]
            c = cost[sel ^ bit] + T[:, b]
            a = np.argmin(c, axis=1)
            cost[sel, b] = c[np.arange(len(sel)), a]
            parent[sel, b] = a
    full = (1 << n) - 1
    b = int(np.argmin(cost[full] + e))
    nodes = [b]
    mask = full
    while parent[mask, b] >= 0:
        a = int(parent[mask, b])
        mask ^= 1 << (b // 2)
        b = a
        nodes.append(b)
    return nodes[::-1]


def _directions(seams: list[int], s: np.ndarray, T: np.ndarray, e: np.ndarray) -> list[int]:
    """Best node per seam for a fixed seam order: DP along the chain over the two directions."""
    cost = np.array([s[2 * seams[0]], s[2 * seams[0] + 1]])
    back = []
    for prev, cur in itertools.pairwise(seams):
        c = cost[:, None] + T[2 * prev : 2 * prev + 2, 2 * cur : 2 * cur + 2]
        back.append(np.argmin(c, axis=0))
        cost = np.min(c, axis=0)
    d = int(np.argmin(cost + e[2 * seams[-1] : 2 * seams[-1] + 2]))
    dirs = [d]
    for arg in reversed(back):
        d = int(arg[d])
        dirs.append(d)
    dirs.reverse()
    return [2 * i + di for i, di in zip(seams, dirs, strict=True)]


def _weights(cost: np.ndarray) -> np.ndarray:
    """Link weights for the local search: a forbidden link (inf cost) is not a cost but a count.

    Real part: 1 for a forbidden link, else 0; imaginary part: the finite cost. numpy orders complex numbers
    lexicographically (real part first), so argmin prefers fewer forbidden links, then less cost, and prefix
    sums never mix a huge "forbidden" number with seconds, whose rounding once made the search report gains
    it did not make and cycle between two orders."""
    finite = np.isfinite(cost)
    return np.where(finite, 0.0, 1.0) + 1j * np.where(finite, cost, 0.0)


def _better(a: complex, b: complex) -> bool:
    """a is a strictly better route weight than b: fewer forbidden links, or as many and cheaper by more than
    a relative tolerance (so every accepted move makes real progress and the search terminates)."""
    if a.real != b.real:
        return a.real < b.real
    return a.imag < b.imag - _EPS * max(1.0, abs(b.imag))


class _Local:
    """Local search on node sequences, every neighbourhood evaluated at once with numpy.

    Home is an extra node H = 2n: W[H, b] = start_cost[b], W[a, H] = end_cost[a], so a route is the
    cycle H, seq..., H and every link is one matrix entry (a complex weight, see _weights). F[b] = b ^ 1 is the
    same seam reversed (F[H] = H). Every move is checked on the route it makes: a move is taken only when the
    recomputed route weight is _better, and the gain reported is that recomputed change.
    """

    def __init__(self, s: np.ndarray, T: np.ndarray, e: np.ndarray) -> None:
        m = s.size
        self.H = m
        T_ext = np.full((m + 1, m + 1), np.inf)
        T_ext[:m, :m] = T
        T_ext[m, :m] = s
        T_ext[:m, m] = e
        self.T_real = T_ext
        self.W = _weights(T_ext)
        self.F = np.append(np.arange(m) ^ 1, m)
        self.s, self.Tm, self.e = s, T, e

    def cost(self, seq: list[int]) -> complex:
        """Route weight: forbidden links (real part) and cost (imaginary part)."""
        X = np.array([self.H, *seq, self.H])
        return complex(np.sum(self.W[X[:-1], X[1:]]))

    def _prefix(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """P_old[k] = links x_1..x_k as given, P_new[k] = the same links reversed and flipped (P[1] = 0)."""
        W = self.W
        old = W[X[1:-2], X[2:-1]]
        new = W[self.F[X[2:-1]], self.F[X[1:-2]]]
        zero = np.zeros(2, dtype=complex)
        return np.concatenate([zero, np.cumsum(old)]), np.concatenate([zero, np.cumsum(new)])

    def best_move(self, seq: list[int], max_block: int) -> tuple[complex, list[int] | None]:
        """The best reversal (seq[i..j] -> flipped, reversed; i == j flips one seam) or block move (a block of
        1..max_block seams to another gap, as is or reversed): (recomputed weight change, new sequence), or
        (0, None) when no move makes the route _better."""
        n = len(seq)
        X = np.array([self.H, *seq, self.H])
        W, F = self.W, self.F
        never = complex(np.inf, 0.0)
        P_old, P_new = self._prefix(X)
        idx = np.arange(1, n + 1)
        i, j = idx[:, None], idx[None, :]
        old = W[X[i - 1], X[i]] + (P_old[j] - P_old[i]) + W[X[j], X[j + 1]]
        new = W[X[i - 1], F[X[j]]] + (P_new[j] - P_new[i]) + W[F[X[i]], X[j + 1]]
        delta = np.where(j >= i, new - old, never)
        k = int(np.argmin(delta))
        best = complex(delta.flat[k])
        # the best reversal (i, j) of seq[i - 1:j], unless a block move (i, length, gap, reversed) beats it
        rev_move = (k // n + 1, k % n + 1)
        block_move: tuple[int, int, int, bool] | None = None
        p = np.arange(0, n + 1)[None, :]
        gap = W[X[p], X[p + 1]]
        for length in range(1, min(max_block, n - 1) + 1):
            i = np.arange(1, n - length + 2)[:, None]
            last = i + length - 1
            inner_f = P_old[last] - P_old[i]
            inner_r = P_new[last] - P_new[i]
            removed = W[X[i - 1], X[i]] + inner_f + W[X[last], X[last + 1]] - W[X[i - 1], X[last + 1]]
            invalid = (p >= i - 1) & (p <= last)
            for rev in (False, True):
                first_node = F[X[last]] if rev else X[i]
                last_node = F[X[i]] if rev else X[last]
                inner = inner_r if rev else inner_f
                d = W[X[p], first_node] + inner + W[last_node, X[p + 1]] - gap - removed
                d = np.where(invalid, never, d)
                k = int(np.argmin(d))
                if _better(complex(d.flat[k]), best):
                    best = complex(d.flat[k])
                    block_move = (int(i[k // d.shape[1], 0]), length, k % d.shape[1], rev)
        if not _better(best, 0j):
            return 0j, None
        out = list(seq)
        if block_move is None:
            a, b = rev_move
            out[a - 1 : b] = [x ^ 1 for x in reversed(out[a - 1 : b])]
        else:
            a, length, gap_p, rev = block_move
            block = out[a - 1 : a - 1 + length]
            if rev:
                block = [x ^ 1 for x in reversed(block)]
            # gap_p is "after x_p" in the original sequence; positions after the block shift left by its length.
            rest = out[: a - 1] + out[a - 1 + length :]
            at = gap_p if gap_p < a else gap_p - length
            out = rest[:at] + block + rest[at:]
        before, after = self.cost(seq), self.cost(out)
        if not _better(after, before):  # the prefix sums' rounding promised a gain the route does not make
            return 0j, None
        return after - before, out

    def window(self, seq: list[int], width: int) -> list[int] | None:
        """Re-solve windows of `width` consecutive seams exactly (Held-Karp between their fixed neighbours);
        the first window whose result makes the route _better, or None."""
        n = len(seq)
        X = np.array([self.H, *seq, self.H])
        T = self.T_real
        starts = sorted(set(range(0, max(n - width, 0) + 1, max(1, width // 2))) | {max(n - width, 0)})
        current = self.cost(seq)
        for i in starts:
            w = min(width, n - i)
            inside = X[i + 1 : i + 1 + w]
            before, after = X[i], X[i + 1 + w]
            seams = inside // 2
            nodes = np.stack([2 * seams, 2 * seams + 1], axis=1).reshape(-1)
            local = _held_karp(T[before, nodes], T[np.ix_(nodes, nodes)], T[nodes, after])
            candidate = list(seq[:i]) + [int(b) for b in nodes[local]] + list(seq[i + w :])
            if _better(self.cost(candidate), current):
                return candidate
        return None

    def descend(self, seq: list[int], long_blocks: bool, windows: bool) -> list[int]:
        """A local optimum reached from seq. Terminates: every step makes the route _better, a strict
        decrease by at least a relative tolerance over finitely many routes."""
        seq = list(seq)
        while True:
            _, better = self.best_move(seq, _BLOCK)
            if better is None:
                _, better = self.best_move(seq, len(seq)) if long_blocks else (0j, None)
            if better is not None:
                seq = better
                continue
            dirs = _directions([b // 2 for b in seq], self.s, self.Tm, self.e)
            if _better(self.cost(dirs), self.cost(seq)):
                seq = dirs
                continue
            better = self.window(seq, _WINDOW) if windows else None
            if better is not None:
                seq = better
                continue
            return seq


def _nearest_neighbour(first: int, W: np.ndarray) -> list[int]:
    """Greedy route from node `first` over link weights W (complex, see _weights; home row/column ignored)."""
    n = (W.shape[0] - 1) // 2
    done = np.zeros(n, dtype=bool)
    seq = [first]
    done[first // 2] = True
    for _ in range(n - 1):
        row = np.where(np.repeat(done, 2), complex(np.inf, 0.0), W[seq[-1], : 2 * n])
        seq.append(int(np.argmin(row)))
        done[seq[-1] // 2] = True
    return seq


def _kick(seq: list[int], rng: np.random.Generator) -> list[int]:
    """Shuffle and randomly flip a random stretch of about a quarter of the seams (at least 4): unlike a
    double bridge, which block moves undo on small instances, this leaves the basin."""
    n = len(seq)
    width = min(n, max(4, n // _KICK_SHARE))
    i = int(rng.integers(0, n - width + 1))
    part = [seq[i + k] ^ int(f) for k, f in zip(rng.permutation(width), rng.integers(0, 2, width), strict=True)]
    return seq[:i] + part + seq[i + width :]


def _bridge(seq: list[int], rng: np.random.Generator) -> list[int]:
    """Double bridge: swap two consecutive stretches."""
    a, b, c = sorted(rng.choice(np.arange(1, len(seq)), size=3, replace=False).tolist())
    return seq[:a] + seq[b:c] + seq[a:b] + seq[c:]


def _heuristic(s: np.ndarray, T: np.ndarray, e: np.ndarray, seed: int) -> list[int]:
    n = s.size // 2
    local = _Local(s, T, e)
    firsts = [int(b) for b in np.argsort(local.W[local.H, : 2 * n], kind="stable")[: min(4, 2 * n)]]
    starts = [local.descend(_nearest_neighbour(first, local.W), long_blocks=False, windows=False) for first in firsts]
    best = starts[0]
    for seq in starts[1:]:
        if _better(local.cost(seq), local.cost(best)):
            best = seq
    best_cost = local.cost(best)
    current = best
    if n >= 4:
        rng = np.random.default_rng(seed)
        for k in range(_KICKS):
            kicked = _kick(current, rng) if k % 2 == 0 else _bridge(current, rng)
            seq = local.descend(kicked, long_blocks=False, windows=False)
            c = local.cost(seq)
            # record-to-record travel: walk on through solutions close to the best, keep the best
            if c.real < best_cost.real or (
                c.real == best_cost.real and c.imag <= best_cost.imag * (1.0 + _DEVIATION) + _EPS
            ):
                current = seq
            if _better(c, best_cost):
                best, best_cost = seq, c
    return local.descend(best, long_blocks=True, windows=True)


def order_seams(
    start_cost: np.typing.ArrayLike,
    transition_cost: np.typing.ArrayLike,
    end_cost: np.typing.ArrayLike,
    fixed_order: list[int] | None = None,
    *,
    method: str = "auto",
    seed: int = 0,
) -> SeamOrder:
    """Order and directions of n seams minimising start + transitions + end cost (see module doc).

    fixed_order: seam indices in the order to keep; only directions are chosen (exactly). method: "auto"
    (exact for n <= EXACT_MAX_SEAMS, heuristic above), "exact" or "heuristic". seed: the heuristic's kicks.
    """
    s, T, e = _check(start_cost, transition_cost, end_cost)
    n = s.size // 2
    if fixed_order is not None:
        seams = [int(i) for i in fixed_order]
        if sorted(seams) != list(range(n)):
            raise ValueError(f"fixed_order must list each of the {n} seam indices once, got {fixed_order}")
        return _result(_directions(seams, s, T, e), s, T, e, "fixed")
    if method not in ("auto", "exact", "heuristic"):
        raise ValueError(f"method must be 'auto', 'exact' or 'heuristic', got {method!r}")
    if method == "exact" or (method == "auto" and n <= EXACT_MAX_SEAMS):
        if n > 16:
            raise ValueError(f"the exact DP needs 2^n states: n = {n} is too many (use 'heuristic')")
        return _result(_held_karp(s, T, e), s, T, e, "exact")
    return _result(_heuristic(s, T, e, seed), s, T, e, "heuristic")
