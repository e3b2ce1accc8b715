"""Torch frames and rungs (planning/torch_frames.py).

Reference geometry is built independently here (_wedge): for an open angle theta the two free faces are
half-planes through the seam line, face b at theta from face a through the air, and the angles are
measured back from the frames with arccos (AWS work / travel angle definitions as stated in
cad/procedures.py).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from ladder_testlib import D_A, fillet_x, measured_angles

from cad.seam_types import Seam
from planning.torch_frames import (
    TorchSampling,
    nominal_frames,
    sample_table,
    sampling_levels,
    seam_rungs,
    torch_frames,
    torch_samples,
)


def _random_rotation(rng: np.random.Generator) -> np.ndarray:
    Q, R = np.linalg.qr(rng.normal(size=(3, 3)))
    Q = Q * np.sign(np.diag(R))
    if np.linalg.det(Q) < 0:
        Q[:, 0] = -Q[:, 0]
    return Q


def _wedge(rng: np.random.Generator, theta: float, reverse: bool):
    """A straight seam whose free faces meet at open angle theta, placed with a random rotation.

    Local frame: seam line along e_x; d_a = e_y along free face a away from the root, its outward normal
    n_a = e_z (the air is on +z above face a); face b leaves the root at theta from d_a through the air:
    d_b = cos(theta) e_y + sin(theta) e_z, outward normal n_b = sin(theta) e_y - cos(theta) e_z (towards
    the air side). Travel along +e_x or -e_x.
    """
    Q = _random_rotation(rng)
    ex, ey, ez = Q[:, 0], Q[:, 1], Q[:, 2]
    d_a, n_a = ey, ez
    d_b = math.cos(theta) * ey + math.sin(theta) * ez
    n_b = math.sin(theta) * ey - math.cos(theta) * ez
    t = -ex if reverse else ex
    p0 = rng.uniform(-0.5, 0.5, 3)
    P = np.stack([p0, p0 + 0.04 * t, p0 + 0.1 * t])
    ones = np.ones((3, 1))
    seam = Seam(
        "fillet",
        P,
        ones * t,
        ones * n_a,
        ones * n_b,
        (0, 1),
        theta,
        0.1,
        None,
        None,
        True,
        1.0,
        np.ones(3, dtype=bool),
        "user",
    )
    return seam, t, d_a, d_b, n_a, n_b


def test_work_and_travel_angles_match_an_independent_measurement() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        theta = rng.uniform(math.radians(30), math.radians(330))
        if abs(theta - math.pi) < 0.05:
            continue
        seam, t, d_a, d_b, _, _ = _wedge(rng, theta, bool(rng.integers(2)))
        rungs = seam_rungs(seam, 0.03)
        # work angles keep both arccos measurements (from face a and from face b) below 180 deg
        lo, hi = max(0.05, theta - math.pi + 0.05), min(theta - 0.05, math.pi - 0.05)
        work = rng.uniform(lo, hi, 5)
        travel = rng.uniform(-0.6, 0.6, 5)
        spin = rng.uniform(0, 2 * math.pi, 5)
        X = torch_frames(rungs, work, travel, spin)
        assert X.shape == (rungs.count, 5, 4, 4)
        z = X[..., :3, 2].reshape(-1, 3)
        w_meas, g_meas = measured_angles(z, t, d_a)
        np.testing.assert_allclose(w_meas, np.tile(work, rungs.count), atol=1e-9)
        np.testing.assert_allclose(g_meas, np.tile(travel, rungs.count), atol=1e-9)
        # the same axis seen from face b: the rest of the open angle, through the air
        u = -z
        u_perp = u - np.outer(u @ t, t)
        u_perp /= np.linalg.norm(u_perp, axis=1, keepdims=True)
        np.testing.assert_allclose(
            np.arccos(np.clip(u_perp @ d_b, -1, 1)), np.tile(theta - work, rungs.count), atol=1e-9
        )
        # push (positive travel angle) points the wire ahead, along the travel direction
        assert np.all(
            np.sign(z @ t)[np.abs(np.tile(travel, rungs.count)) > 1e-3]
            == np.sign(np.tile(travel, rungs.count))[np.abs(np.tile(travel, rungs.count)) > 1e-3]
        )
        np.testing.assert_allclose(X[..., :3, 3], np.repeat(rungs.points[:, None], 5, axis=1), atol=1e-15)


def test_default_work_angle_points_along_the_bisector() -> None:
    rng = np.random.default_rng(8)
    for _ in range(100):
        theta = rng.uniform(math.radians(30), math.radians(330))
        if abs(theta - math.pi) < 0.05:
            continue
        seam, t, _, _, n_a, n_b = _wedge(rng, theta, bool(rng.integers(2)))
        X = torch_frames(seam_rungs(seam, 0.05), theta / 2, 0.0, 0.0)[:, 0]
        # n_a + n_b = sin(theta) e_y + (1 - cos(theta)) e_z points at theta / 2 from d_a for any theta
        bisector = (n_a + n_b) / np.linalg.norm(n_a + n_b)
        np.testing.assert_allclose(-X[:, :3, 2], np.tile(bisector, (X.shape[0], 1)), atol=1e-9)


def test_spin_keeps_the_wire_axis_and_frames_are_proper_rotations() -> None:
    rng = np.random.default_rng(9)
    seam, t, d_a, _, _, _ = _wedge(rng, math.radians(100), False)
    rungs = seam_rungs(seam, 0.02)
    spins = np.linspace(0, 2 * math.pi, 13)
    X = torch_frames(rungs, 0.7, 0.2, spins)
    R = X[..., :3, :3]
    np.testing.assert_allclose(np.swapaxes(R, -1, -2) @ R, np.broadcast_to(np.eye(3), R.shape), atol=1e-12)
    np.testing.assert_allclose(np.linalg.det(R), 1.0, atol=1e-12)
    np.testing.assert_allclose(X[..., 3, :], np.broadcast_to([0, 0, 0, 1.0], X[..., 3, :].shape))
    z = R[..., 2]
    np.testing.assert_allclose(z, np.broadcast_to(z[:, :1], z.shape), atol=1e-12)
    # the x axis turns by the spin about z (right-handed)
    x0, x = R[:, :1, :, 0], R[..., 0]
    cos = np.sum(x0 * x, axis=-1)
    sin = np.sum(np.cross(x0, x) * z, axis=-1)
    err = np.angle(np.exp(1j * (np.arctan2(sin, cos) - spins)))
    np.testing.assert_allclose(err, 0.0, atol=1e-9)
    # zero spin: x is the travel direction made orthogonal to the wire
    xt = t - (t @ z[0, 0]) * z[0, 0]
    np.testing.assert_allclose(R[0, 0, :, 0], xt / np.linalg.norm(xt), atol=1e-12)


def test_rungs_keep_corners_respect_spacing_and_close_the_loop() -> None:
    # a 100 mm x 60 mm rectangle, closed; faces: plate normal +z, walls facing outwards
    P = np.array([[0, 0, 0], [0.1, 0, 0], [0.1, 0.06, 0], [0, 0.06, 0.0]])
    T = np.roll(P, -1, 0) - np.roll(P, 1, 0)
    T /= np.linalg.norm(T, axis=1, keepdims=True)
    nb = -np.cross(T, [0, 0, 1.0])
    nb /= np.linalg.norm(nb, axis=1, keepdims=True)
    seam = Seam(
        "fillet",
        P,
        T,
        np.tile([0, 0, 1.0], (4, 1)),
        nb,
        (0, 1),
        np.pi / 2,
        0.32,
        None,
        None,
        True,
        1.0,
        np.ones(4, dtype=bool),
        "user",
        closed=True,
    )
    rungs = seam_rungs(seam, 0.015)
    # sides 100 and 60 mm -> ceil(100/15) = 7 and ceil(60/15) = 4 segments each; back to the start
    assert rungs.count == 2 * 7 + 2 * 4 + 1
    np.testing.assert_allclose(rungs.points[0], rungs.points[-1])
    assert np.max(rungs.seg_len) <= 0.015 + 1e-12
    assert rungs.length == pytest.approx(0.32, abs=1e-12)
    for i, p in enumerate(P):
        k = np.flatnonzero(rungs.source_index == i)
        assert k.size >= 1
        np.testing.assert_allclose(rungs.points[k[0]], p, atol=1e-15)
        np.testing.assert_allclose(rungs.tangents[k[0]], T[i], atol=1e-12)
    inserted = np.flatnonzero(rungs.source_index < 0)
    seg_dir = np.diff(rungs.points, axis=0)
    seg_dir /= np.linalg.norm(seg_dir, axis=1, keepdims=True)
    np.testing.assert_allclose(rungs.tangents[inserted], seg_dir[inserted], atol=1e-12)
    np.testing.assert_allclose(np.einsum("rd,rd->r", rungs.normals_a, rungs.tangents), 0.0, atol=1e-12)


def test_sample_sets_nominal_and_widened() -> None:
    s = TorchSampling()
    levels = sampling_levels(s)
    np.testing.assert_allclose(np.degrees(levels), [[0, 0], [5, 5], [10, 10], [15, 15], [20, 20], [25, 25]], atol=1e-9)
    table = sample_table(s)
    # level 0: the nominal angles with a full turn of spins (18 at the default 20 deg steps)
    step_deg = math.degrees(s.spin_step_rad)
    n_spin = round(360 / step_deg)
    assert n_spin == 18
    assert table.level_ends[0] == n_spin
    np.testing.assert_allclose(table.work_offset[:n_spin], 0.0)
    np.testing.assert_allclose(np.degrees(table.spin[:n_spin]), np.arange(0, 360, step_deg), atol=1e-9)
    seam = fillet_x(0.02)
    rungs = seam_rungs(seam, 0.01)

    class Proc:
        work_angle_rad = math.radians(45)
        travel_angle_rad = math.radians(10)

    nominal = torch_samples(rungs, Proc, s)
    # within +-10 deg on a 5 deg grid: 5 x 5 offsets x n_spin spins
    assert nominal.X_PT.shape == (rungs.count, 25 * n_spin, 4, 4)
    assert set(np.round(np.degrees(nominal.work_offset), 6)) == {-10, -5, 0, 5, 10}
    assert nominal.work_tol_rad == pytest.approx(math.radians(10))
    wide = torch_samples(rungs, Proc, s, widen_steps=9)
    assert wide.work_tol_rad == pytest.approx(math.radians(25))
    assert np.max(np.abs(wide.work_offset)) == pytest.approx(math.radians(25))
    assert wide.X_PT.shape[1] == 11 * 11 * n_spin
    # the frames carry the offsets they say they do
    w, g = measured_angles(wide.X_PT[0, :, :3, 2], np.array([1.0, 0, 0]), D_A)
    np.testing.assert_allclose(w, Proc.work_angle_rad + wide.work_offset, atol=1e-9)
    np.testing.assert_allclose(g, Proc.travel_angle_rad + wide.travel_offset, atol=1e-9)
    with pytest.raises(ValueError, match="spin_step_rad"):
        TorchSampling(spin_step_rad=0.0)


def test_detected_t_joint_frames_point_into_the_joint() -> None:
    """Frames on seams from cad.detect_seams (OCC weldment): the wire goes into the root along the
    bisector (work angle = open_angle / 2 by default) tilted by the procedure's travel angle."""
    from cad.procedures import default_procedure
    from cad.seams import detect_seams
    from cad.weldments import t_joint, weldment_part

    seams = detect_seams(weldment_part(list(t_joint())))
    assert len(seams) == 2
    for seam in seams:
        proc = default_procedure(seam)
        rungs = seam_rungs(seam)
        X = nominal_frames(rungs, proc)
        z = X[:, :3, 2]
        bis = seam.normals_a[0] + seam.normals_b[0]
        bis /= np.linalg.norm(bis)
        t = seam.tangents[0]
        np.testing.assert_allclose(np.arcsin(z @ t), proc.travel_angle_rad, atol=1e-9)
        u_perp = -z - np.outer(-z @ t, t)
        u_perp /= np.linalg.norm(u_perp, axis=1, keepdims=True)
        np.testing.assert_allclose(u_perp @ bis, 1.0, atol=1e-9)
