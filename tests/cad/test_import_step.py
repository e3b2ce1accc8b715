"""STEP import: real SolidWorks files (inch), STEP round trips through shapes_to_step, B-rep and mesh agreement."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox, BRepPrimAPI_MakeCylinder
from OCP.gp import gp_Ax2, gp_Dir, gp_Pnt
from OCP.TopAbs import TopAbs_SOLID

from cad import Part, import_part, shapes_to_step

# Real CAD files made by others (trimesh's models/, MIT): tests/data/README.md
REAL = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def box_sides() -> tuple[Part, float]:
    data = (REAL / "box_sides.STEP").read_bytes()
    start = time.perf_counter()
    part = import_part(data, "box_sides.STEP")
    return part, time.perf_counter() - start


def test_box_sides_bodies_units_and_size(box_sides):
    part, seconds = box_sides
    print(f"box_sides.STEP import: {seconds:.2f} s")
    # tests/data/README.md: 10 solids (bottom, four walls, four corner tabs, lid), about 184 x 114 x 95 mm,
    # the file is in inches.
    assert part.format == "step"
    assert part.source_unit == "inch"
    assert len(part.bodies) == 10
    extent_mm = np.ptp(part.bbox, axis=0) * 1e3
    np.testing.assert_allclose(extent_mm, [184, 114, 95], atol=2)
    # Product names from the file (PRODUCT entities #885, #4899, #8961, #1707, #5780, #4964), made unique.
    names = [body.name for body in part.bodies]
    assert len(set(names)) == 10
    assert {name.rsplit("_", 1)[0] if name[-1].isdigit() else name for name in names} == {
        "box_base",
        "side_long",
        "side_short",
        "side_short_B",
        "gusset",
        "box_top",
    }
    assert seconds < 30


def test_box_sides_plates_are_3mm_and_meshes_match_the_brep(box_sides):
    part, _ = box_sides
    for i, body in enumerate(part.bodies):
        assert body.shape is not None and body.shape.ShapeType() == TopAbs_SOLID
        # README: 3 mm plate (0.118 in = 2.9972 mm in the file's own coordinates).
        assert np.ptp(part.body_bbox(i), axis=0).min() == pytest.approx(2.9972e-3, abs=1e-6)
        assert body.mesh.is_watertight and body.mesh.volume > 0
        # Tessellation vertices lie on the B-rep, so the mesh box is inside the exact box, and within
        # the 0.1 mm deflection of it on plates with only planar faces.
        np.testing.assert_allclose(body.mesh.bounds, part.body_bbox(i), atol=1e-4)


def test_featuretype_single_solid():
    part = import_part((REAL / "featuretype.STEP").read_bytes(), "featuretype.STEP")
    # README: a single machined solid, about 128 x 64 x 35 mm.
    assert len(part.bodies) == 1
    assert part.bodies[0].name == "featuretype"
    assert part.source_unit == "inch"  # the file's CONVERSION_BASED_UNIT('INCH', ...) entities
    np.testing.assert_allclose(np.ptp(part.bbox, axis=0) * 1e3, [128, 64, 35], atol=2)
    mesh = part.bodies[0].mesh
    assert mesh.is_watertight and mesh.is_winding_consistent and mesh.volume > 0


def _box(x0, y0, z0, dx, dy, dz):
    return BRepPrimAPI_MakeBox(gp_Pnt(x0, y0, z0), dx, dy, dz).Shape()


@pytest.mark.parametrize("unit", ["mm", "inch"])
def test_step_round_trip_keeps_bboxes_names_and_unit(unit):
    plate = _box(-0.05, 0.02, 0.0, 0.2, 0.1, 0.004)
    wall = _box(-0.05, 0.02, 0.004, 0.2, 0.005, 0.06)
    data = shapes_to_step([("plate", plate), ("wall", wall)], unit=unit)
    assert b"AUTOMOTIVE_DESIGN" in data  # AP214
    part = import_part(data, f"weldment_{unit}.step")
    assert part.source_unit == unit
    assert [body.name for body in part.bodies] == ["plate", "wall"]
    np.testing.assert_allclose(part.body_bbox(0), [[-0.05, 0.02, 0.0], [0.15, 0.12, 0.004]], atol=1e-6)
    np.testing.assert_allclose(part.body_bbox(1), [[-0.05, 0.02, 0.004], [0.15, 0.025, 0.064]], atol=1e-6)
    np.testing.assert_allclose(part.bbox, [[-0.05, 0.02, 0.0], [0.15, 0.12, 0.064]], atol=1e-6)
    for body, volume in zip(part.bodies, [0.2 * 0.1 * 0.004, 0.2 * 0.005 * 0.06], strict=True):
        assert body.mesh.is_watertight
        assert body.mesh.volume == pytest.approx(volume, rel=1e-9)


def test_step_round_trip_curved_solid_and_default_name():
    cylinder = BRepPrimAPI_MakeCylinder(gp_Ax2(gp_Pnt(0.1, 0, 0), gp_Dir(0, 0, 1)), 0.02, 0.05).Shape()
    data = shapes_to_step([("tube", cylinder), ("", _box(0, 0, 0, 0.01, 0.01, 0.01))], unit="m")
    part = import_part(data, "mixed.stp")
    assert part.source_unit == "m"
    assert [body.name for body in part.bodies] == ["tube", "body_2"]
    np.testing.assert_allclose(part.body_bbox(0), [[0.08, -0.02, 0.0], [0.12, 0.02, 0.05]], atol=1e-6)
    tube = part.bodies[0].mesh
    assert tube.is_watertight
    # Chords of a 0.1 mm / 0.3 rad tessellation cut the circle: volume within 1 % of pi r^2 h.
    assert tube.volume == pytest.approx(np.pi * 0.02**2 * 0.05, rel=1e-2)
    assert tube.volume < np.pi * 0.02**2 * 0.05


def test_compound_of_solids_gives_one_body_per_solid():
    from OCP.BRep import BRep_Builder
    from OCP.TopoDS import TopoDS_Compound

    builder = BRep_Builder()
    pair = TopoDS_Compound()
    builder.MakeCompound(pair)
    builder.Add(pair, _box(0, 0, 0, 0.05, 0.05, 0.005))
    builder.Add(pair, _box(0, 0, 0.005, 0.05, 0.005, 0.03))
    part = import_part(shapes_to_step([("pair", pair)]), "pair.step")
    assert [body.name for body in part.bodies] == ["pair_1", "pair_2"]
    np.testing.assert_allclose(part.bbox, [[0, 0, 0], [0.05, 0.05, 0.035]], atol=1e-6)


def test_shapes_to_step_rejects_bad_arguments():
    with pytest.raises(ValueError, match="unit"):
        shapes_to_step([("a", _box(0, 0, 0, 1, 1, 1))], unit="furlong")
    with pytest.raises(ValueError, match="no shapes"):
        shapes_to_step([])
