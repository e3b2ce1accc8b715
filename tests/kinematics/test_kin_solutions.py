"""expand_within_limits / dedupe_branches against a brute-force enumeration."""

import itertools
import math

import numpy as np

from kinematics.solutions import branches_within_limits, dedupe_branches, expand_within_limits

TWO_PI = 2 * math.pi


def _brute(q: np.ndarray, lo: np.ndarray, hi: np.ndarray, tol: float) -> list[np.ndarray]:
    out = []
    for pose in q:
        rows = []
        kept: list[np.ndarray] = []
        for branch in pose:
            if not np.all(np.isfinite(branch)):
                continue
            d = [np.abs((branch - k + math.pi) % TWO_PI - math.pi).max() for k in kept]
            if d and min(d) <= 1e-7:
                continue
            kept.append(branch)
            choices = []
            for j in range(6):
                choices.append(
                    [
                        branch[j] + TWO_PI * n
                        for n in range(-4, 5)
                        if lo[j] - tol <= branch[j] + TWO_PI * n <= hi[j] + tol
                    ]
                )
            rows.extend(itertools.product(*choices))
        out.append(np.array(rows, dtype=float).reshape(-1, 6))
    return out


def test_matches_brute_force_on_random_branches_and_limits():
    rng = np.random.default_rng(41)
    for trial in range(30):
        n, k = 20, 8
        q = rng.uniform(-math.pi, math.pi, size=(n, k, 6))
        q[rng.random((n, k)) < 0.3] = np.nan
        q[:, 3] = q[:, 1] + TWO_PI * rng.integers(-1, 2, size=(n, 1))  # duplicates modulo 2 pi
        width = rng.uniform(0.5, 4.5 * math.pi, size=6)
        lo = rng.uniform(-2 * math.pi, 0.5, size=6)
        hi = lo + width
        got = expand_within_limits(q, lo, hi)
        want = _brute(q, lo, hi, 1e-9)
        assert len(got) == n
        for g, w in zip(got, want, strict=True):
            assert g.shape == w.shape, trial
            assert np.allclose(np.sort(g, axis=0), np.sort(w, axis=0))
            assert np.all(g >= lo - 1e-9) and np.all(g <= hi + 1e-9)


def test_any_within_limits_is_whether_the_expansion_is_non_empty():
    rng = np.random.default_rng(43)
    for _ in range(30):
        n, k = 50, 8
        q = rng.uniform(-math.pi, math.pi, size=(n, k, 6))
        q[rng.random((n, k)) < 0.5] = np.nan
        lo = rng.uniform(-2 * math.pi, 0.5, size=6)
        hi = lo + rng.uniform(0.2, 3.0 * math.pi, size=6)
        want = np.array([len(w) > 0 for w in expand_within_limits(q, lo, hi)])
        assert np.array_equal(branches_within_limits(q, lo, hi).any(axis=1), want)


def test_ur_like_limits_give_64_variants_per_branch():
    q = np.array([[[0.1, -0.2, 0.3, -0.4, 0.5, -0.6]]])
    sols = expand_within_limits(q, np.full(6, -TWO_PI), np.full(6, TWO_PI))[0]
    assert sols.shape == (64, 6)
    assert len(np.unique(np.round(sols, 9), axis=0)) == 64


def test_dedupe_keeps_first_and_handles_wrap_around():
    q = np.array([[[math.pi - 1e-9, 0, 0, 0, 0, 0], [-math.pi, 0, 0, 0, 0, 5e-8], [1, 1, 1, 1, 1, 1], [np.nan] * 6]])
    out = dedupe_branches(q)
    assert np.all(np.isfinite(out[0, 0])) and np.all(np.isnan(out[0, 1])) and np.all(np.isfinite(out[0, 2]))


def test_all_missing_and_limits_excluding_everything():
    assert [len(s) for s in expand_within_limits(np.full((3, 8, 6), np.nan), -np.ones(6), np.ones(6))] == [0, 0, 0]
    q = np.zeros((1, 1, 6))
    assert len(expand_within_limits(q, np.full(6, 0.5), np.full(6, 1.0))[0]) == 0
