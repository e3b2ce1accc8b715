"""Seam detection on parametric weldments built with OCP (issue 4 acceptance).

Each builder documents the seams its geometry implies (cad/weldments.py docstrings, derived by hand from
the plate layout); detection must find exactly those: count, kind, bodies, every length within 1 % and
every open angle within 1 degree. Plate sizes and thicknesses vary with seeded random values, and bodies
stand off by a random gap or interference within the 0.2 mm contact tolerance.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from OCP.BRepBuilderAPI import BRepBuilderAPI_Transform
from OCP.gp import gp_Trsf, gp_Vec
from seam_testlib import match_expected, mesh_only

from cad import weldments as wm
from cad.seam_geometry import unit
from cad.seams import SeamDetectionConfig, detect_seams

FAST = SeamDetectionConfig(check_accessibility=False)
SEEDS = range(20)
MM = 1e-3


def _gap(rng: np.random.Generator) -> float:
    return float(rng.uniform(-0.15, 0.15)) * MM


def _t_joint(rng):
    bt, wt = rng.uniform(3, 20) * MM, rng.uniform(2, 15) * MM
    bl = rng.uniform(100, 400) * MM
    return wm.t_joint(base_length=bl, base_width=wt + rng.uniform(40, 200) * MM, base_thickness=bt,
                     web_height=rng.uniform(20, 150) * MM, web_thickness=wt,
                     web_length=bl - rng.uniform(0, 60) * MM, gap=_gap(rng))


def _inside_corner(rng):
    wt = rng.uniform(2, 15) * MM
    return wm.inside_corner(length=rng.uniform(60, 400) * MM, base_width=wt + rng.uniform(30, 150) * MM,
                           base_thickness=rng.uniform(3, 20) * MM, wall_height=rng.uniform(20, 150) * MM,
                           wall_thickness=wt, gap=_gap(rng))


def _outside_corner(rng):
    wt = rng.uniform(4, 16) * MM
    return wm.outside_corner(length=rng.uniform(60, 400) * MM, base_width=wt + rng.uniform(30, 150) * MM,
                            base_thickness=rng.uniform(3, 20) * MM, wall_height=rng.uniform(20, 150) * MM,
                            wall_thickness=wt, overhang=wt * rng.uniform(0.2, 0.8), gap=_gap(rng))


def _lap(rng):
    w1, w2 = rng.uniform(40, 150) * MM, rng.uniform(40, 150) * MM
    return wm.lap_joint(length=rng.uniform(60, 400) * MM, width_1=w1, thickness_1=rng.uniform(1.5, 12) * MM,
                       width_2=w2, thickness_2=rng.uniform(1.5, 12) * MM,
                       overlap=rng.uniform(10, min(w1, w2) / MM - 5) * MM, gap=_gap(rng))


def _butt(rng):
    return wm.butt_joint(length=rng.uniform(60, 400) * MM, width_1=rng.uniform(30, 150) * MM,
                        width_2=rng.uniform(30, 150) * MM, thickness=rng.uniform(2, 20) * MM, gap=_gap(rng))


def _tube(rng):
    # a tube, not a washer: thin wall, taller than 0.6 x its diameter (cad.seam_faces.PLATE_RATIO)
    od = rng.uniform(20, 100) * MM
    return wm.tube_on_plate(plate_length=od + rng.uniform(20, 100) * MM, plate_width=od + rng.uniform(20, 100) * MM,
                           plate_thickness=rng.uniform(3, 20) * MM, tube_outer_diameter=od,
                           tube_wall=rng.uniform(1.5 * MM, 0.2 * od), tube_height=od * rng.uniform(0.6, 2.0),
                           gap=_gap(rng))


def _gussets(rng):
    # gussets are plates: legs at least 3 x their thickness
    tg = rng.uniform(3, 12) * MM
    return wm.gussets_across_fillet(base_length=rng.uniform(200, 500) * MM, base_width=rng.uniform(150, 250) * MM,
                                   base_thickness=rng.uniform(4, 20) * MM, web_height=rng.uniform(80, 150) * MM,
                                   web_thickness=rng.uniform(4, 15) * MM, gusset_count=int(rng.integers(1, 4)),
                                   gusset_thickness=tg, gusset_depth=rng.uniform(3 * tg, 60 * MM),
                                   gusset_height=rng.uniform(3 * tg, 75 * MM), triangular=bool(rng.integers(0, 2)))


def _bracket(rng):
    return wm.bracket_with_two_gussets(
        base_length=rng.uniform(150, 300) * MM, base_width=rng.uniform(100, 200) * MM,
        base_thickness=rng.uniform(5, 20) * MM, upright_height=rng.uniform(100, 200) * MM,
        upright_thickness=rng.uniform(5, 20) * MM, gusset_thickness=rng.uniform(4, 12) * MM,
        gusset_depth=rng.uniform(40, 80) * MM, gusset_height=rng.uniform(40, 90) * MM,
        gusset_inset=rng.uniform(10, 40) * MM)


def _box(rng):
    lid = bool(rng.integers(0, 2))
    # an open box's walls flush with the plate edges or standing in from them (outside fillets)
    inset = 0.0 if lid or rng.integers(0, 2) == 0 else float(rng.uniform(8, 25)) * MM
    return wm.box(length=rng.uniform(100, 300) * MM, width=rng.uniform(60, 200) * MM,
                 height=rng.uniform(40, 150) * MM, thickness=rng.uniform(2, 8) * MM, lid=lid, inset=inset)


def _angled(rng):
    return wm.angled_web(angle_deg=float(rng.uniform(45, 135)), base_length=rng.uniform(150, 300) * MM,
                        base_width=rng.uniform(200, 260) * MM, base_thickness=rng.uniform(4, 20) * MM,
                        web_length=rng.uniform(80, 150) * MM, web_slant_height=rng.uniform(30, 80) * MM,
                        web_thickness=rng.uniform(4, 15) * MM)


def _tab_box(rng):
    while True:
        try:
            return wm.tab_slot_box(
                length=rng.uniform(150, 300) * MM, width=rng.uniform(100, 200) * MM, height=rng.uniform(40, 120) * MM,
                thickness=rng.uniform(2, 5) * MM, base_thickness=rng.uniform(4, 10) * MM,
                inset=rng.uniform(8, 20) * MM, tab_length=rng.uniform(10, 25) * MM, tabs=int(rng.integers(1, 4)),
                # laser-cut tab-and-slot clearances, above the 0.2 mm contact tolerance and below the 3 mm gap
                clearance=rng.uniform(0.3, 1.0) * MM)
        except wm.WeldmentError:
            continue  # the tabs did not fit: draw again


BUILDERS = {
    "t_joint": _t_joint, "inside_corner": _inside_corner, "outside_corner": _outside_corner, "lap_joint": _lap,
    "butt_joint": _butt, "tube_on_plate": _tube, "gussets_across_fillet": _gussets,
    "bracket_with_two_gussets": _bracket, "box": _box, "angled_web": _angled, "tab_slot_box": _tab_box,
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_default_weldment_seams(name):
    w = getattr(wm, name)()
    seams = detect_seams(wm.weldment_part(list(w)), FAST)
    match_expected(seams, w.expected)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_random_weldment_seams(name):
    for seed in SEEDS:
        rng = np.random.default_rng(1000 + seed)
        w = BUILDERS[name](rng)
        seams = detect_seams(wm.weldment_part(list(w)), FAST)
        match_expected(seams, w.expected)


def test_bracket_has_twelve_seams():
    # planning benchmark: "a bracket with two gussets, 12 seams" (issue brief)
    seams = detect_seams(wm.weldment_part(list(wm.bracket_with_two_gussets())), FAST)
    assert len(seams) == 12
    assert sorted(s.kind for s in seams).count("fillet") == 11


@pytest.mark.parametrize("name", ["t_joint", "bracket_with_two_gussets", "box", "angled_web", "lap_joint"])
def test_mesh_bodies_give_the_same_seams(name):
    # issue 4 item 2: several mesh bodies are handled like an assembly where they touch
    w = getattr(wm, name)()
    seams = detect_seams(mesh_only(wm.weldment_part(list(w))), FAST)
    match_expected(seams, w.expected)


def test_gap_beyond_tolerance_is_no_contact():
    # the builder refuses gaps beyond 0.2 mm (issue 4's tolerance); lift the web 0.3 mm by hand
    w = wm.t_joint()
    trsf = gp_Trsf()
    trsf.SetTranslation(gp_Vec(0, 0, 0.3e-3))
    lifted = [w[0], ("web", BRepBuilderAPI_Transform(w[1][1], trsf, True).Shape())]
    assert detect_seams(wm.weldment_part(lifted), FAST) == []
    wider = dataclasses.replace(FAST, contact_tolerance_m=0.35e-3, probe_distance_m=1e-3)
    match_expected(detect_seams(wm.weldment_part(lifted), wider), w.expected)
    with pytest.raises(wm.WeldmentError, match="gap"):
        wm.t_joint(gap=0.3e-3)


def test_per_point_frames_on_a_t_joint():
    # geometry of t_joint(): base top at z = 10 mm, web faces at y = 46 and 54 mm, web from x = 20 to 180 mm
    seams = detect_seams(wm.weldment_part(list(wm.t_joint())), FAST)
    for s in seams:
        assert s.bodies == (0, 1)
        assert np.allclose(s.points[:, 2], 0.010, atol=1e-9)
        y = s.points[0, 1]
        assert y == pytest.approx(0.046) or y == pytest.approx(0.054)
        assert np.allclose(s.points[:, 1], y, atol=1e-9)
        # normals_a belongs to body 0 (the base top), normals_b to the web face looking away from the web
        assert np.allclose(s.normals_a, [0, 0, 1], atol=1e-9)
        assert np.allclose(s.normals_b, [0, -1 if y < 0.05 else 1, 0], atol=1e-9)
        assert np.allclose(np.abs(s.tangents[:, 0]), 1.0)
        assert np.all(np.linalg.norm(np.diff(s.points, axis=0), axis=1) <= FAST.point_spacing_m + 1e-12)
        assert np.allclose(s.bisectors, unit(s.normals_a + s.normals_b))
        assert s.thickness_a == pytest.approx(0.010) and s.thickness_b == pytest.approx(0.008)
        assert s.source == "detected" and not s.closed


def test_tube_seams_are_closed_polylines_within_the_chord_error():
    # tube_on_plate(): axis at (75, 75) mm, radii 30 and 26 mm; issue 4: chord error <= 0.1 mm
    seams = detect_seams(wm.weldment_part(list(wm.tube_on_plate())), FAST)
    radii = sorted([0.030, 0.026])
    for s, r in zip(sorted(seams, key=lambda s: s.length), radii, strict=True):
        assert s.closed
        d = np.linalg.norm(s.points[:, :2] - [0.075, 0.075], axis=1)
        assert np.allclose(d, r, atol=1e-7)
        pts = np.vstack([s.points, s.points[:1]])
        chord = np.linalg.norm(np.diff(pts, axis=0), axis=1)
        sagitta = r - np.sqrt(r**2 - (chord / 2) ** 2)
        assert sagitta.max() <= 0.1e-3 + 1e-9
        # the tube's wall face is the second free face: radial normals
        radial = unit(np.c_[s.points[:, :2] - [0.075, 0.075], np.zeros(len(s.points))])
        sign = 1 if r == 0.030 else -1
        assert np.allclose(s.normals_b, sign * radial, atol=0.01)


def test_gussets_split_the_fillet_where_they_stand():
    w = wm.gussets_across_fillet(gusset_count=2)
    seams = detect_seams(wm.weldment_part(list(w)), FAST)
    # the fillet on the gusset side (web face at y = 84 mm) is cut at each gusset's faces
    pieces = sorted((s for s in seams if s.bodies == (0, 1) and s.points[0, 1] > 0.08), key=lambda s: s.points[0, 0])
    assert len(pieces) == 3
    wl, x0, tg = 0.26, 0.02, 0.006
    centres = [x0 + wl / 3, x0 + 2 * wl / 3]
    ends = [(p.points[:, 0].min(), p.points[:, 0].max()) for p in pieces]
    assert ends[0] == pytest.approx((x0, centres[0] - tg / 2), abs=1e-7)
    assert ends[1] == pytest.approx((centres[0] + tg / 2, centres[1] - tg / 2), abs=1e-7)
    assert ends[2] == pytest.approx((centres[1] + tg / 2, x0 + wl), abs=1e-7)


def test_config_is_validated():
    from cad.seams import SeamError

    with pytest.raises(SeamError, match="contact_tolerance_m"):
        SeamDetectionConfig(contact_tolerance_m=-1.0)
    with pytest.raises(SeamError, match="probe_distance_m"):
        SeamDetectionConfig(contact_tolerance_m=1e-3, probe_distance_m=0.5e-3)
    with pytest.raises(SeamError, match="part"):
        detect_seams("not a part")  # type: ignore[arg-type]


def test_reversed_seam_travels_the_other_way():
    s = detect_seams(wm.weldment_part(list(wm.t_joint())), FAST)[0]
    r = s.reversed()
    assert np.allclose(r.points, s.points[::-1]) and np.allclose(r.tangents, -s.tangents[::-1])
    assert np.allclose(r.normals_a, s.normals_a[::-1]) and r.length == s.length and r.kind == s.kind
