"""Property tests of the geometry kernels under seam detection, against independent formulas."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial import ConvexHull
from scipy.spatial.transform import Rotation

from cad.seam_geometry import (
    cross,
    distance_to_segments,
    points_in_any_polygon,
    points_in_polygon,
    split_intervals,
    wedge_angle,
)


def _convex_polygon(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    pts = rng.normal(size=(12, 2))
    hull = ConvexHull(pts)
    ring = pts[hull.vertices]  # counter-clockwise
    return ring, np.roll(ring, -1, axis=0), hull.equations


def test_point_in_convex_polygon_matches_half_planes():
    rng = np.random.default_rng(0)
    for _ in range(50):
        S0, S1, eq = _convex_polygon(rng)
        P = rng.uniform(-3, 3, size=(500, 2))
        inside = np.all(P @ eq[:, :2].T + eq[:, 2] < 0, axis=1)
        assert np.array_equal(points_in_polygon(P, S0, S1), inside)


def test_point_in_polygon_with_a_hole_and_unordered_segments():
    rng = np.random.default_rng(1)
    outer = np.array([[0, 0], [4, 0], [4, 4], [0, 4]], dtype=float)
    hole = np.array([[1, 1], [1, 3], [3, 3], [3, 1]], dtype=float)
    S0 = np.concatenate([outer, hole])
    S1 = np.concatenate([np.roll(outer, -1, 0), np.roll(hole, -1, 0)])
    perm = rng.permutation(len(S0))
    P = rng.uniform(-1, 5, size=(2000, 2))
    truth = np.all((P > 0) & (P < 4), axis=1) & ~np.all((P > 1) & (P < 3), axis=1)
    assert np.array_equal(points_in_polygon(P, S0[perm], S1[perm]), truth)
    assert np.array_equal(points_in_any_polygon(P, [(S0, S1)]), truth)


def test_any_polygon_is_the_union():
    rng = np.random.default_rng(2)
    polys = [_convex_polygon(rng)[:2] for _ in range(4)]
    P = rng.uniform(-3, 3, size=(1000, 2))
    union = np.zeros(len(P), dtype=bool)
    for S0, S1 in polys:
        union |= points_in_polygon(P, S0, S1)
    assert np.array_equal(points_in_any_polygon(P, polys), union)


def test_distance_to_segments_matches_brute_force():
    rng = np.random.default_rng(3)
    S0, S1 = rng.normal(size=(7, 3)), rng.normal(size=(7, 3))
    P = rng.normal(size=(60, 3))
    d, k = distance_to_segments(P, S0, S1)
    s = np.linspace(0, 1, 4001)
    dense = S0[:, None, :] + s[None, :, None] * (S1 - S0)[:, None, :]  # [7, 4001, 3]
    brute = np.min(np.linalg.norm(P[:, None, None, :] - dense[None], axis=-1), axis=(1, 2))
    # segments are at most about 8 long: dense points every 2e-3, so brute force is at most 1e-3 too far
    assert np.allclose(d, brute, atol=1e-3)
    assert np.allclose(d, np.linalg.norm(P[:, None, :] - dense[k, :, :], axis=-1).min(axis=1), atol=1e-3)
    assert np.all(d <= brute + 1e-12)


def test_split_intervals_give_pieces_of_constant_insideness():
    rng = np.random.default_rng(4)
    for _ in range(30):
        S0, S1, _ = _convex_polygon(rng)
        Q0, Q1 = rng.uniform(-3, 3, size=(10, 2)), rng.uniform(-3, 3, size=(10, 2))
        seg, a, b = split_intervals(Q0, Q1, S0, S1, snap=0.0)
        # the pieces tile [0, 1] on every query segment
        for m in range(10):
            sel = seg == m
            assert np.isclose(a[sel].min(), 0.0) and np.isclose(b[sel].max(), 1.0)
            assert np.allclose(np.sort(a[sel])[1:], np.sort(b[sel])[:-1])
        # inside or outside is constant within each piece
        t = a[:, None] + (b - a)[:, None] * np.linspace(0.05, 0.95, 7)[None, :]
        P = Q0[seg][:, None, :] + t[..., None] * (Q1 - Q0)[seg][:, None, :]
        inside = points_in_polygon(P.reshape(-1, 2), S0, S1).reshape(t.shape)
        assert np.all(inside == inside[:, :1])


def test_cross_matches_numpy():
    rng = np.random.default_rng(5)
    a, b = rng.normal(size=(50, 3)), rng.normal(size=(50, 3))
    assert np.allclose(cross(a, b), np.cross(a, b))


@pytest.mark.parametrize("theta_deg", [20.0, 45.0, 60.0, 90.0, 120.0, 135.0, 180.0, 225.0, 300.0])
def test_wedge_angle_of_rotated_wedges(theta_deg):
    # two half-planes through the z axis: face a along +x (air above it, normal +y), face b at theta
    # counter-clockwise from it through the air; random rigid rotations must not change the angle
    theta = np.radians(theta_deg)
    d_a = np.array([1.0, 0.0, 0.0])
    n_a = np.array([0.0, 1.0, 0.0])
    d_b = np.array([np.cos(theta), np.sin(theta), 0.0])
    t = np.array([0.0, 0.0, 1.0])
    R = Rotation.random(25, random_state=6).as_matrix()
    got = wedge_angle(R @ t, R @ d_a, R @ n_a, R @ d_b, np.radians(1.0))
    assert np.allclose(got, theta, atol=1e-9)
