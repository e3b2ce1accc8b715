"""Torch accessibility of seam points (issue 4 item 3)."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from scipy.spatial import cKDTree

from cad import weldments as wm
from cad.accessibility import (
    AccessibilityConfig,
    AccessibilityError,
    _surface_samples,
    build_clearance_field,
    seam_accessibility,
    torch_directions,
)
from cad.seams import detect_seams

CFG = AccessibilityConfig()


def test_open_t_joint_is_fully_accessible():
    seams = detect_seams(wm.weldment_part(list(wm.t_joint())))
    assert len(seams) == 2
    assert all(s.accessible and s.accessible_fraction == 1.0 for s in seams)


def test_closed_box_inside_seams_are_not_accessible():
    w = wm.box(lid=True)
    part = wm.weldment_part(list(w))
    seams = detect_seams(part)
    assert len(seams) == len(w.expected) == 24
    # which detected seams are inside: their points lie strictly within the box's inner volume
    inner_lo = np.array([0.004, 0.004, 0.004])
    inner_hi = np.array([0.2 - 0.004, 0.12 - 0.004, 0.104])
    for s in seams:
        mid = s.points[len(s.points) // 2]
        inside = bool(np.all(mid >= inner_lo - 1e-9) and np.all(mid <= inner_hi + 1e-9))
        assert inside == (s.kind == "fillet"), s.bodies
        if inside:
            assert not s.accessible and s.accessible_fraction == 0.0 and not s.point_accessible.any()
        else:
            assert s.accessible, (s.kind, s.bodies)
    assert sum(e.inside for e in w.expected) == 12


def test_acute_corner_is_too_narrow_for_the_nozzle_tip():
    # At the nozzle tip (standoff 15 mm) the faces of a 45 deg corner are 15 * sin(22.5 deg) = 5.7 mm from the
    # axis, less than the 8 mm tip radius; the 135 deg side leaves 15 * sin(67.5 deg) = 13.9 mm.
    part = wm.weldment_part(list(wm.angled_web(angle_deg=45.0)))
    seams = sorted(detect_seams(part), key=lambda s: s.open_angle)
    assert [round(np.degrees(s.open_angle)) for s in seams] == [45, 135]
    assert not seams[0].accessible
    assert seams[1].accessible_fraction == 1.0
    # a slim 6 mm tip fits into the 45 deg corner
    slim = AccessibilityConfig(tip_diameter_m=0.006)
    s = seams[0]
    assert seam_accessibility(part, s.points, s.normals_a, s.normals_b, slim, tangents=s.tangents).all()


def test_roof_blocks_the_seam_below_it():
    # a roof plate 5 mm above a 20 mm web covers x < 100 mm of the 160 mm fillets (20..180 mm)
    w = wm.t_joint(web_height=0.02)
    roof = wm._box(0.0, 0.0, 0.035, 0.1, 0.1, 0.005)
    part = wm.weldment_part(list(w) + [("roof", roof)])
    seams = detect_seams(part)
    assert len(seams) == 2  # the roof touches nothing
    for s in seams:
        x = s.points[:, 0]
        assert not s.point_accessible[x <= 0.08].any()
        assert s.point_accessible[x >= 0.13].all()
        assert 0.2 < s.accessible_fraction < 0.8 and s.accessible


def test_directions_stay_within_the_tilt_cone():
    rng = np.random.default_rng(7)
    b = rng.normal(size=(20, 3))
    t = rng.normal(size=(20, 3))
    D = torch_directions(b, t, CFG)
    assert D.shape == (20, 1 + CFG.tilt_steps * CFG.azimuth_steps, 3)
    assert np.allclose(np.linalg.norm(D, axis=2), 1.0)
    cos = np.einsum("mkd,md->mk", D, b / np.linalg.norm(b, axis=1, keepdims=True))
    assert np.all(cos >= np.cos(CFG.max_tilt_rad) - 1e-12)
    assert np.allclose(cos[:, 0], 1.0)


def test_surface_samples_cover_every_triangle():
    # property: every point of every triangle (slivers included) lies within `spacing` of a sample
    rng = np.random.default_rng(11)
    for _ in range(5):
        V = rng.uniform(-0.05, 0.05, size=(30, 3))
        V[10:20] = V[0:10] + rng.normal(scale=1e-4, size=(10, 3)) + [0.08, 0, 0]  # slivers
        F = rng.integers(0, 30, size=(40, 3))
        F = F[(F[:, 0] != F[:, 1]) & (F[:, 1] != F[:, 2]) & (F[:, 0] != F[:, 2])]
        mesh = trimesh.Trimesh(V, F, process=False)
        spacing = 1e-3
        tree = cKDTree(_surface_samples(mesh, spacing))
        r = rng.uniform(size=(5000, 2))
        r[r.sum(axis=1) > 1] = 1 - r[r.sum(axis=1) > 1]
        tri = mesh.triangles[rng.integers(0, len(F), 5000)]
        q = tri[:, 0] + r[:, :1] * (tri[:, 1] - tri[:, 0]) + r[:, 1:] * (tri[:, 2] - tri[:, 0])
        assert tree.query(q)[0].max() <= spacing


def test_clearance_field_matches_the_distance_to_a_box():
    box = trimesh.creation.box([0.1, 0.06, 0.04])
    field = build_clearance_field([box], CFG)
    rng = np.random.default_rng(3)
    P = rng.uniform(-0.07, 0.07, size=(3000, 3))
    half = np.array([0.05, 0.03, 0.02])
    q = np.abs(P) - half
    outside = np.linalg.norm(np.maximum(q, 0.0), axis=1)
    inside = -np.minimum(np.max(q, axis=1), 0.0)
    exact = np.where(np.any(q > 0, axis=1), outside, inside)  # distance to the surface
    got = field.clearance(P)
    near = exact < field.pad - 2 * field.voxel
    # distances to surface-voxel centres, interpolated: within 0.75 voxel (measured -0.47 .. +0.33 voxel);
    # accessibility adds half a voxel of margin on top
    err = got[near] - exact[near]
    assert np.all(np.abs(err) <= 0.75 * field.voxel)
    assert np.mean(err) <= 0.0
    assert np.all(got[~np.isfinite(got)] > 0)


def test_input_and_config_validation():
    part = wm.weldment_part(list(wm.t_joint()))
    with pytest.raises(AccessibilityError, match="normals_a"):
        seam_accessibility(part, np.zeros((3, 3)), np.zeros((2, 3)), np.zeros((3, 3)))
    with pytest.raises(AccessibilityError, match="points"):
        seam_accessibility(part, np.zeros((3, 2)), np.zeros((3, 2)), np.zeros((3, 2)))
    with pytest.raises(AccessibilityError, match="NaN"):
        seam_accessibility(part, np.full((1, 3), np.nan), np.zeros((1, 3)), np.zeros((1, 3)))
    with pytest.raises(AccessibilityError, match="nozzle_diameter_m"):
        AccessibilityConfig(nozzle_diameter_m=0.0)
    with pytest.raises(AccessibilityError, match="tip_diameter_m"):
        AccessibilityConfig(tip_diameter_m=0.05)
    with pytest.raises(AccessibilityError, match="max_tilt_rad"):
        AccessibilityConfig(max_tilt_rad=2.0)
