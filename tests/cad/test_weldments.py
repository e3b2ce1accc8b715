"""Parametric weldment builders: the solids they make, their validation, and a STEP round trip."""

from __future__ import annotations

import numpy as np
import pytest
from OCP.BRepGProp import BRepGProp
from OCP.GProp import GProp_GProps
from seam_testlib import match_expected

from cad import import_part, shapes_to_step
from cad import weldments as wm
from cad.seams import SeamDetectionConfig, detect_seams

BUILDERS = [
    "t_joint",
    "inside_corner",
    "outside_corner",
    "lap_joint",
    "butt_joint",
    "tube_on_plate",
    "tube_arc_on_plate",
    "gussets_across_fillet",
    "bracket_with_two_gussets",
    "box",
    "angled_web",
    "tab_slot_box",
]


def _volume(shape) -> float:
    props = GProp_GProps()
    BRepGProp.VolumeProperties_s(shape, props)
    return props.Mass()


@pytest.mark.parametrize("name", BUILDERS)
def test_builders_make_named_solids_in_metres(name):
    w = getattr(wm, name)()
    assert isinstance(w, list) and len(w) >= 2
    names = [n for n, _ in w]
    assert len(set(names)) == len(names)
    part = wm.weldment_part(list(w))
    for body in part.bodies:
        assert body.mesh.is_watertight
        # sizes are metres: every body is between 1 mm and 1 m across
        extent = np.ptp(body.mesh.vertices, axis=0)
        assert 1e-3 <= extent.max() <= 1.0
        # the mesh is the B-rep tessellated to 0.1 mm: faceted cylinders lose a little volume
        assert _volume(body.shape) == pytest.approx(body.mesh.volume, rel=5e-3)
    assert all(e.bodies[0] < e.bodies[1] < len(w) for e in w.expected)


def test_box_volumes_do_not_overlap():
    # the walls sit on the bottom and between each other without overlapping: total volume is the sum
    L, W, H, t = 0.2, 0.12, 0.1, 0.004
    w = wm.box(L, W, H, t, lid=True)
    total = sum(_volume(s) for _, s in w)
    assert total == pytest.approx(2 * L * W * t + 2 * L * t * H + 2 * (W - 2 * t) * t * H)


def test_expected_counts():
    assert len(wm.bracket_with_two_gussets().expected) == 12
    for n in (1, 2, 3):
        assert len(wm.gussets_across_fillet(gusset_count=n).expected) == 5 * n + 2
    assert len(wm.box().expected) == 16 and len(wm.box(lid=True).expected) == 24
    assert sum(e.inside for e in wm.box(lid=True).expected) == 12


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: wm.t_joint(base_thickness=-0.01), "base_thickness"),
        (lambda: wm.t_joint(gap=0.5e-3), "gap"),
        (lambda: wm.t_joint(web_length=0.5), "web_length"),
        (lambda: wm.outside_corner(overhang=0.01), "overhang"),
        (lambda: wm.lap_joint(overlap=0.2), "overlap"),
        (lambda: wm.tube_on_plate(tube_wall=0.04), "tube_wall"),
        (lambda: wm.tube_arc_on_plate(span_rad=7.0), "span_rad"),
        (lambda: wm.tube_arc_on_plate(span_rad=0.0), "span_rad"),
        (lambda: wm.gussets_across_fillet(gusset_count=0), "gusset_count"),
        (lambda: wm.bracket_with_two_gussets(gusset_inset=0.1), "gusset_inset"),
        (lambda: wm.box(thickness=0.07), "thickness"),
        (lambda: wm.angled_web(angle_deg=10), "angle_deg"),
        (lambda: wm.angled_web(angle_deg=30, web_slant_height=0.2), "web_slant_height"),
    ],
)
def test_impossible_dimensions_are_refused(call, message):
    with pytest.raises(wm.WeldmentError, match=message):
        call()


def test_the_tube_arc_yields_two_open_arcs_about_its_axis():
    # the half-round tube (defaults: 60 mm outside, 4 mm wall, axis at the plate's centre (75, 75) mm on its top,
    # z = 8 mm): the detector finds the two fillets of the builder's expected list, open, on their circles
    w = wm.tube_arc_on_plate()
    seams = detect_seams(wm.weldment_part(list(w)), SeamDetectionConfig(check_accessibility=False))
    match_expected(seams, w.expected)
    for seam, r in zip(sorted(seams, key=lambda s: -s.length), (0.03, 0.026), strict=True):
        assert not seam.closed
        p = seam.points - [0.075, 0.075, 0.008]
        np.testing.assert_allclose(np.hypot(p[:, 0], p[:, 1]), r, atol=1e-4)
        np.testing.assert_allclose(p[:, 2], 0.0, atol=1e-4)


def test_step_round_trip_keeps_the_seams():
    # the path an upload takes: STEP bytes (mm) -> importer -> detection
    w = wm.bracket_with_two_gussets()
    part = import_part(shapes_to_step(list(w), unit="mm"), "bracket.step")
    assert [b.name for b in part.bodies] == [n for n, _ in w]
    seams = detect_seams(part, SeamDetectionConfig(check_accessibility=False))
    match_expected(seams, w.expected)
