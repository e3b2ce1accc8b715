"""From raw IK branches to the distinct joint solutions that fit the joint limits.

Analytic IK returns each branch once with angles in [-pi, pi]; a joint whose range spans more than one
turn also reaches the same pose at q +- 2 pi n. Those variants are added here (all of them that fit),
and branches that coincide (wrist-singular pairs, a doubled elbow root at the reach boundary) are kept once.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["dedupe_branches", "expand_within_limits", "DEDUPE_TOL_RAD"]

_TWO_PI = 2.0 * math.pi
# Branches closer than this (max over joints, modulo 2 pi) are the same configuration.
DEDUPE_TOL_RAD = 1e-7


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
        d = q[:, ia] - q[:, ib]
        d = np.abs(d - _TWO_PI * np.round(d * (1.0 / _TWO_PI)))
        same = np.max(d, axis=2) <= tol  # NaN rows compare False
    if np.any(same):
        rows, pair = np.nonzero(same)
        out[rows, ib[pair]] = np.nan
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
    fit). Returns N arrays [m_i, 6], branch order kept, variants of a branch in increasing n.
    Vectorised over all branches; no Python loop over poses except to split the result.
    """
    q = dedupe_branches(q, dedupe_tol)
    n, k, _ = q.shape
    lo = np.asarray(lower, dtype=np.float64).reshape(6) - tol
    hi = np.asarray(upper, dtype=np.float64).reshape(6) + tol
    flat = q.reshape(n * k, 6)
    finite = np.all(np.isfinite(flat), axis=1)
    idx = np.nonzero(finite)[0]
    base = flat[idx]
    # Smallest and largest whole turns that keep each joint inside its limits.
    n_min = np.ceil((lo - base) * (1.0 / _TWO_PI))
    n_max = np.floor((hi - base) * (1.0 / _TWO_PI))
    counts = np.maximum(n_max - n_min + 1.0, 0.0).astype(np.int64)  # [B, 6]
    total = np.prod(counts, axis=1)  # variants per branch
    keep = total > 0
    idx, base, n_min, counts, total = idx[keep], base[keep], n_min[keep], counts[keep], total[keep]
    if np.all(total == 1):
        sols = base + _TWO_PI * n_min
        owner = idx // k
    else:
        rep = np.repeat(np.arange(idx.size), total)
        starts = np.cumsum(total) - total
        r = np.arange(rep.size) - starts[rep]  # index of the variant within its branch
        # Mixed-radix digits of r give the turn count of every joint (last joint fastest).
        strides = np.ones_like(counts)
        strides[:, :5] = np.cumprod(counts[:, :0:-1], axis=1)[:, ::-1]
        turns = (r[:, None] // strides[rep]) % counts[rep]
        sols = base[rep] + _TWO_PI * (n_min[rep] + turns)
        owner = idx[rep] // k
    bounds = np.searchsorted(owner, np.arange(1, n))
    return np.split(sols, bounds)
