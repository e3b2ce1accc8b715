"""User seams (issue 4 item 6) and single-body detection (item 2)."""

from __future__ import annotations

import numpy as np
import pytest
from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox
from seam_testlib import mesh_only

from cad import weldments as wm
from cad.part import Part
from cad.seams import SeamDetectionConfig, SeamError, detect_seams, user_seam

FAST = SeamDetectionConfig(check_accessibility=False)


@pytest.fixture(scope="module")
def t_joint() -> Part:
    # t_joint(): base top at z = 10 mm; web from x = 20 to 180 mm, faces at y = 46 and 54 mm, 8 mm thick
    return wm.weldment_part(list(wm.t_joint()))


@pytest.fixture(scope="module")
def tube() -> Part:
    # tube_on_plate(): plate top at z = 8 mm, tube axis at (75, 75) mm, outer radius 30 mm
    return wm.weldment_part(list(wm.tube_on_plate()))


def test_polyline_in_a_corner_gets_the_corner_faces(t_joint):
    pts = np.array([[0.02, 0.046, 0.010], [0.18, 0.046, 0.010]])
    s = user_seam(t_joint, points=pts)
    assert s.source == "user" and s.kind == "fillet" and s.bodies == (0, 1)
    assert s.length == pytest.approx(0.16)
    assert np.degrees(s.open_angle) == pytest.approx(90.0)
    # the ends touch the web's end face too: the faces are followed from the middle of the seam
    assert np.allclose(s.normals_a, [0, 0, 1]) and np.allclose(s.normals_b, [0, -1, 0])
    assert np.all(np.linalg.norm(np.diff(s.points, axis=0), axis=1) <= FAST.point_spacing_m + 1e-12)
    assert s.accessible and s.accessible_fraction == 1.0
    assert s.thickness_a == pytest.approx(0.010) and s.thickness_b == pytest.approx(0.008)
    # the user's own points are kept
    assert np.allclose(s.points[0], pts[0]) and np.allclose(s.points[-1], pts[-1])


def test_user_seam_matches_the_detected_one(t_joint):
    detected = [s for s in detect_seams(t_joint, FAST) if s.points[0, 1] < 0.05][0]
    s = user_seam(t_joint, points=detected.points, config=FAST)
    assert s.kind == detected.kind and s.bodies == detected.bodies
    assert s.length == pytest.approx(detected.length)
    assert np.allclose(s.normals_a, detected.normals_a) and np.allclose(s.normals_b, detected.normals_b)


def test_three_point_arc_around_a_tube(tube):
    arc = np.array([[0.105, 0.075, 0.008], [0.075, 0.105, 0.008], [0.045, 0.075, 0.008]])
    s = user_seam(tube, arc=arc, config=FAST)
    assert s.kind == "fillet" and s.bodies == (0, 1)
    # half of a 30 mm radius circle; the polyline's chords stay within the 0.1 mm chord error
    assert s.length == pytest.approx(np.pi * 0.030, rel=2e-3)  # inscribed chords: about step^2 / 24 shorter
    r = np.linalg.norm(s.points[:, :2] - [0.075, 0.075], axis=1)
    assert np.allclose(r, 0.030, atol=1e-9)
    chord = np.linalg.norm(np.diff(s.points, axis=0), axis=1)
    assert np.max(0.030 - np.sqrt(0.030**2 - (chord / 2) ** 2)) <= 0.1e-3 + 1e-12
    assert np.allclose(s.points[[0, -1]], arc[[0, 2]])
    assert np.degrees(s.open_angle) == pytest.approx(90.0, abs=3.0)  # faceted tube mesh


@pytest.mark.parametrize(("points", "message"), [
    ([[0.1, 0.046, 0.010]], r"points_mm: at least 2 points needed, got 1"),
    ([[0.1, 0.046, 0.010], [np.nan, 0.046, 0.010]], r"points_mm\[1\]: not a finite number"),
    ([[0.1, 0.046, 0.010], [0.1, 0.046, 0.010]], r"points_mm\[1\]: same point as points_mm\[0\]"),
    # 3.4 mm above the base top, 16 mm away from the web
    ([[0.1, 0.030, 0.0134], [0.18, 0.046, 0.010]], r"points_mm\[0\]: 3\.4 mm from the part surface \(limit 1 mm\)"),
    ([[0.1, 0.046, 0.010], [0.12, 0.046, 0.010], [0.2, 0.2, 0.2]], r"points_mm\[2\]: .* mm from the part surface"),
    ([[0.1, 0.046], [0.12, 0.046]], r"points_mm: expected a list of \[x, y, z\] points"),
])
def test_bad_polylines_name_the_point(t_joint, points, message):
    with pytest.raises(SeamError, match=message):
        user_seam(t_joint, points=np.array(points, dtype=float), config=FAST)


def test_bad_arcs_and_arguments(t_joint, tube):
    with pytest.raises(SeamError, match="arc_mm: the three points lie on one line"):
        user_seam(tube, arc=np.array([[0.0, 0.0, 0.008], [0.01, 0.0, 0.008], [0.02, 0.0, 0.008]]))
    with pytest.raises(SeamError, match="arc_mm: expected exactly three points"):
        user_seam(tube, arc=np.zeros((4, 3)) + np.arange(4)[:, None])
    with pytest.raises(SeamError, match="either a polyline"):
        user_seam(t_joint)
    with pytest.raises(SeamError, match="either a polyline"):
        user_seam(t_joint, points=np.zeros((2, 3)), arc=np.zeros((3, 3)))
    with pytest.raises(SeamError, match="kind"):
        user_seam(t_joint, points=np.array([[0.1, 0.046, 0.01], [0.12, 0.046, 0.01]]), kind="spot")


def test_user_kind_is_kept(t_joint):
    s = user_seam(t_joint, points=np.array([[0.1, 0.046, 0.01], [0.12, 0.046, 0.01]]), kind="lap", config=FAST)
    assert s.kind == "lap"


def _l_profile() -> Part:
    # an L-shaped extrusion 100 mm long: one concave edge (90 deg) between its two legs
    shape = wm._prism_yz([(0, 0), (0.05, 0), (0.05, 0.01), (0.01, 0.01), (0.01, 0.04), (0, 0.04)], 0.0, 0.1)
    return wm.weldment_part([("angle", shape)])


@pytest.mark.parametrize("as_mesh", [False, True])
def test_single_solid_concave_edge(as_mesh):
    part = _l_profile()
    seams = detect_seams(mesh_only(part) if as_mesh else part, FAST)
    assert len(seams) == 1
    s = seams[0]
    assert s.bodies == (0, 0) and s.kind == "fillet"
    assert s.length == pytest.approx(0.1, rel=1e-9)
    assert np.degrees(s.open_angle) == pytest.approx(90.0, abs=1e-6)
    assert np.allclose(s.points[:, 1:], [0.01, 0.01])


@pytest.mark.parametrize("as_mesh", [False, True])
def test_single_body_without_concave_edges_gives_no_seams(as_mesh):
    # issue 4: "Detection on a part with one body and no concave edge returns an empty list"
    part = wm.weldment_part([("block", BRepPrimAPI_MakeBox(0.1, 0.05, 0.02).Shape())])
    assert detect_seams(mesh_only(part) if as_mesh else part) == []


def test_loose_bodies_offer_their_concave_edges():
    # two bodies that do not touch: each is treated like a single solid (plates: nothing; an angle: its edge)
    far = wm._box(0.5, 0.5, 0.5, 0.1, 0.1, 0.01)
    part = wm.weldment_part([("a", wm._box(0, 0, 0, 0.1, 0.1, 0.01)), ("b", far)])
    assert detect_seams(part) == []
    angle = _l_profile().bodies[0].shape
    part = wm.weldment_part([("plate", far), ("angle", angle)])
    seams = detect_seams(part, FAST)
    assert len(seams) == 1 and seams[0].bodies == (1, 1) and seams[0].length == pytest.approx(0.1)


def test_arcs_no_cell_could_hold_are_refused_naming_the_field(tube):
    # Issue 19 item 3: points 1e150 mm apart overflowed the circle's centre to NaN, and a bare ValueError
    # ("cannot convert float NaN to integer") became a 500.
    with pytest.raises(SeamError, match=r"arc_mm: the arc through the three points has a radius of 1e\+150 mm"):
        user_seam(tube, arc=np.array([[0.0, 0.0, 0.01], [1e147, 1e147, 0.01], [-1e147, 1e147, 0.01]]))
    # 20 mm and 10 mm along x with 1 um off the line: the circle through a, b, c has a radius of 100 m
    # (R = |ab| |bc| |ca| / (4 area) = 0.02 * 0.01 * 0.01 / (4 * 5e-9)), and the arc from a through b to c
    # goes the long way round it: 628 m of "seam" before any surface check could refuse it.
    with pytest.raises(SeamError, match=r"arc_mm: .*radius of 1e\+05 mm, more than 10000 mm"):
        user_seam(tube, arc=np.array([[0.0, 0.0, 0.008], [0.02, 1e-6, 0.008], [0.01, 0.0, 0.008]]))
