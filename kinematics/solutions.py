"""From raw IK branches to the distinct joint solutions that fit the joint limits.

Analytic IK returns each branch once with angles in [-pi, pi]; a joint whose range spans more than one
turn also reaches the same pose at q +- 2 pi n. Those variants are added here (all of them that fit),
and branches that coincide (wrist-singular pairs, a doubled elbow root at the reach boundary) are kept once.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["dedupe_branches", "expand_within_limits", "branches_within_limits", "turn_variants", "DEDUPE_TOL_RAD"]

_TWO_PI = 2.0 * math.pi
# Branches closer than this (max over joints, modulo 2 pi) are the same configuration.
DEDUPE_TOL_RAD = 1e-7
_CHUNK = 1024


def dedupe_branches(q: np.ndarray, tol: float = DEDUPE_TOL_RAD) -> np.ndarray:
    """Copy of q[N, k, 6] with every branch that repeats an earlier finite branch (modulo 2 pi, within
    tol on every joint) set to NaN. Rows with any NaN count as missing."""
    q = np.asarray(q, dtype=np.float64)
    if q.ndim != 3 or q.shape[2] != 6:
        raise ValueError(f"q must have shape [N, k, 6], got {q.shape}")
    out = q.copy()
    k = q.shape[1]
    if k < 2:
        return out
    ia, ib = np.triu_indices(k, 1)
    with np.errstate(invalid="ignore"):
        # Cheap screen on joint 5 (it differs between almost all distinct branches), full check after.
        d5 = q[:, ia, 4] - q[:, ib, 4]
        d5 = np.abs(d5 - _TWO_PI * np.round(d5 * (1.0 / _TWO_PI)))
        rows, pair = np.nonzero(d5 <= tol)  # NaN compares False
        if rows.size:
            d = q[rows, ia[pair]] - q[rows, ib[pair]]
            d = np.abs(d - _TWO_PI * np.round(d * (1.0 / _TWO_PI)))
            same = np.max(d, axis=1) <= tol
            out[rows[same], ib[pair[same]]] = np.nan
    return out


def expand_within_limits(
    q: np.ndarray,
    lower: np.typing.ArrayLike,
    upper: np.typing.ArrayLike,
    tol: float = 1e-9,
    dedupe_tol: float = DEDUPE_TOL_RAD,
) -> list[np.ndarray]:
    """Every distinct joint solution inside [lower - tol, upper + tol] for each pose.

    q[N, k, 6]: raw branches (NaN rows for missing ones). lower, upper [6] (rad). For each finite
    branch, every combination of q_j + 2 pi n_j inside the limits is produced (none when a joint cannot
    fit). Returns N arrays [m_i, 6], branch order kept, variants of a branch in increasing n (last joint
    fastest). Vectorised over all branches; the only Python loops are over the 6 joints and the final
    split into per-pose arrays.
    """
    q = np.asarray(q, dtype=np.float64)
    if q.ndim != 3 or q.shape[2] != 6:
        raise ValueError(f"q must have shape [N, k, 6], got {q.shape}")
    lo = np.asarray(lower, dtype=np.float64).reshape(6) - tol
    hi = np.asarray(upper, dtype=np.float64).reshape(6) + tol
    out: list[np.ndarray] = []
    # Chunks of poses keep the temporaries in cache (about 3x faster than one pass over 10,000 poses).
    for start in range(0, q.shape[0], _CHUNK):
        out.extend(_expand_chunk(dedupe_branches(q[start : start + _CHUNK], dedupe_tol), lo, hi))
    return out


def branches_within_limits(
    q: np.ndarray, lower: np.typing.ArrayLike, upper: np.typing.ArrayLike, tol: float = 1e-9
) -> np.ndarray:
    """fits[N, k]: raw branch q[n, k] (NaN rows: missing, never fit) fits [lower - tol, upper + tol] with whole
    turns added per joint (what expand_within_limits would expand it to something for)."""
    q = np.asarray(q, dtype=np.float64)
    lo = np.asarray(lower, dtype=np.float64).reshape(6) - tol
    hi = np.asarray(upper, dtype=np.float64).reshape(6) + tol
    with np.errstate(invalid="ignore"):
        fits = np.ceil((lo - q) * (1.0 / _TWO_PI)) <= np.floor((hi - q) * (1.0 / _TWO_PI))
    return np.all(fits, axis=-1)


def turn_variants(q: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every combination of whole turns added per joint that keeps rows q[K, 6] (NaN rows: none) inside
    [lo, hi] -> (solutions[m, 6], owner[m]) with owner the row each came from (ascending; variants of a row
    in increasing turns, last joint fastest)."""
    with np.errstate(invalid="ignore"):
        # Smallest and largest whole turns that keep each joint inside its limits (NaN rows give -1).
        n_min = np.ceil((lo - q) * (1.0 / _TWO_PI))
        n_max = np.floor((hi - q) * (1.0 / _TWO_PI))
        counts = np.nan_to_num(n_max - n_min + 1.0, nan=0.0)
    owner = np.flatnonzero(np.all(counts >= 1.0, axis=1))
    sols = q[owner] + _TWO_PI * n_min[owner]
    counts = counts[owner].astype(np.int64)
    for j in range(6):
        c = counts[:, j]
        if np.all(c == 1):
            continue
        # Repeat each row c times; the copy number t adds t whole turns to joint j.
        rep = np.repeat(np.arange(c.size), c)
        t = np.arange(rep.size) - np.repeat(np.cumsum(c) - c, c)
        sols = sols[rep]
        sols[:, j] += _TWO_PI * t
        counts = counts[rep]
        owner = owner[rep]
    return sols, owner


def _expand_chunk(q: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> list[np.ndarray]:
    n, k, _ = q.shape
    sols, row = turn_variants(q.reshape(n * k, 6), lo, hi)
    owner = row // k
    ends = np.searchsorted(owner, np.arange(1, n + 1)).tolist()
    starts = [0] + ends[:-1]
    return [sols[a:b] for a, b in zip(starts, ends, strict=True)]
