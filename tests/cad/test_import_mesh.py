"""Mesh import (STL, OBJ, PLY, GLB) round trips of trimesh primitives, units, multi-body scenes, and GLB export."""

from __future__ import annotations

import io

import numpy as np
import pytest
import trimesh
from hypothesis import given, settings
from hypothesis import strategies as st

from cad import Part, import_part, part_to_glb

# (filename suffix, trimesh export arguments)
EXPORTS = {
    "binary.stl": {"file_type": "stl"},
    "ascii.stl": {"file_type": "stl_ascii"},
    "mesh.obj": {"file_type": "obj"},
    "binary.ply": {"file_type": "ply", "encoding": "binary"},
    "ascii.ply": {"file_type": "ply", "encoding": "ascii"},
    "mesh.glb": {"file_type": "glb"},  # glTF says metres; these round trips state mm explicitly
}


def _export(mesh_or_scene, filename: str) -> bytes:
    out = mesh_or_scene.export(**EXPORTS[filename])
    return out.encode() if isinstance(out, str) else out


@settings(max_examples=15, deadline=None)
@given(
    extents_mm=st.tuples(*[st.floats(1.0, 800.0)] * 3),
    offset_mm=st.tuples(*[st.floats(-1000.0, 1000.0)] * 3),
    filename=st.sampled_from(sorted(EXPORTS)),
)
def test_box_round_trip_in_mm(extents_mm, offset_mm, filename):
    box = trimesh.creation.box(extents=extents_mm)
    box.apply_translation(offset_mm)
    part = import_part(_export(box, filename), filename, mesh_unit="mm")
    assert part.source_unit == "mm" and part.format == filename.rsplit(".", 1)[1]
    assert len(part.bodies) == 1
    mesh = part.bodies[0].mesh
    # STL and GLB store float32: 1000 mm is exact to 6e-5 mm, so compare at 1e-6 m.
    np.testing.assert_allclose(part.bbox, np.asarray(box.bounds) / 1e3, atol=1e-6)
    assert mesh.is_watertight and len(mesh.faces) == 12
    assert mesh.volume == pytest.approx(np.prod(extents_mm) / 1e9, rel=1e-4)
    assert part.bodies[0].shape is None


@pytest.mark.parametrize("filename", sorted(EXPORTS))
def test_sphere_round_trip_is_watertight(filename):
    sphere = trimesh.creation.icosphere(subdivisions=3, radius=40.0)
    part = import_part(_export(sphere, filename), filename, mesh_unit="mm")
    mesh = part.bodies[0].mesh
    assert mesh.is_watertight and mesh.is_winding_consistent
    assert len(mesh.vertices) == len(sphere.vertices)  # STL triangle soup is merged back
    assert mesh.volume == pytest.approx(sphere.volume / 1e9, rel=1e-5)


@pytest.mark.parametrize(
    ("unit", "canonical", "metres"),
    [("mm", "mm", 1e-3), ("cm", "cm", 1e-2), ("m", "m", 1.0), ("inch", "inch", 0.0254), ("IN", "inch", 0.0254)],
)
def test_mesh_unit_scales_coordinates(unit, canonical, metres):
    box = trimesh.creation.box(extents=(4.0, 2.0, 1.0))
    for filename, data in [("box.stl", _export(box, "binary.stl")), ("box.glb", box.export(file_type="glb"))]:
        part = import_part(data, filename, mesh_unit=unit)
        assert part.source_unit == canonical
        np.testing.assert_allclose(np.ptp(part.bbox, axis=0), np.array([4.0, 2.0, 1.0]) * metres, rtol=1e-7)


def _two_body_scene(unit_scale: float) -> trimesh.Scene:
    scene = trimesh.Scene()
    scene.add_geometry(
        trimesh.creation.box(extents=np.array([200, 100, 4]) * unit_scale), node_name="plate", geom_name="plate"
    )
    scene.add_geometry(
        trimesh.creation.cylinder(radius=10 * unit_scale, height=50 * unit_scale),
        node_name="boss",
        geom_name="boss",
        transform=trimesh.transformations.translation_matrix(np.array([30, -20, 27]) * unit_scale),
    )
    return scene


def test_obj_scene_gives_one_body_per_object():
    part = import_part(_export(_two_body_scene(1.0), "mesh.obj"), "two.obj")
    assert [body.name for body in part.bodies] == ["plate", "boss"]
    np.testing.assert_allclose(part.body_bbox(0), [[-0.1, -0.05, -0.002], [0.1, 0.05, 0.002]], atol=1e-9)
    np.testing.assert_allclose(part.body_bbox(1), [[0.02, -0.03, 0.002], [0.04, -0.01, 0.052]], atol=1e-9)
    assert all(body.mesh.is_watertight for body in part.bodies)


def test_glb_scene_applies_node_transforms():
    scene = _two_body_scene(1e-3)  # glTF 2.0 is metres; the caller says so with mesh_unit="m"
    part = import_part(scene.export(file_type="glb"), "two.glb", mesh_unit="m")
    assert part.source_unit == "m"
    assert [body.name for body in part.bodies] == ["plate", "boss"]
    np.testing.assert_allclose(part.body_bbox(1), [[0.02, -0.03, 0.002], [0.04, -0.01, 0.052]], atol=1e-7)
    np.testing.assert_allclose(part.bbox, scene.bounds, atol=1e-7)


def test_glb_instanced_mesh_gives_a_body_per_node():
    scene = trimesh.Scene()
    tab = trimesh.creation.box(extents=(0.03, 0.03, 0.003))
    for i in range(3):
        scene.add_geometry(
            tab,
            node_name=f"tab_{i}",
            geom_name="tab",
            transform=trimesh.transformations.translation_matrix([0.1 * i, 0, 0]),
        )
    part = import_part(scene.export(file_type="glb"), "tabs.glb", mesh_unit="m")
    assert sorted(body.name for body in part.bodies) == ["tab_0", "tab_1", "tab_2"]
    np.testing.assert_allclose(part.bbox, [[-0.015, -0.015, -0.0015], [0.215, 0.015, 0.0015]], atol=1e-7)


def test_glb_mirrored_node_keeps_outward_normals():
    scene = trimesh.Scene()
    mirror = np.diag([-1.0, 1.0, 1.0, 1.0])
    scene.add_geometry(trimesh.creation.box(extents=(0.05, 0.02, 0.01)), node_name="left", transform=mirror)
    part = import_part(scene.export(file_type="glb"), "mirrored.glb", mesh_unit="m")
    assert part.bodies[0].mesh.volume == pytest.approx(0.05 * 0.02 * 0.01, rel=1e-6)


def test_stl_with_disconnected_shells_stays_one_body():
    a = trimesh.creation.box(extents=(10, 10, 10))
    b = trimesh.creation.box(extents=(10, 10, 10)).apply_translation((50, 0, 0))
    part = import_part(_export(trimesh.util.concatenate([a, b]), "binary.stl"), "two_shells.stl")
    assert len(part.bodies) == 1
    assert part.bodies[0].mesh.body_count == 2 and part.bodies[0].mesh.is_watertight


def _load_glb(data: bytes) -> trimesh.Scene:
    return trimesh.load_scene(io.BytesIO(data), file_type="glb")


def test_part_to_glb_of_a_mesh_part():
    part = import_part(_export(_two_body_scene(1.0), "mesh.obj"), "two.obj")
    scene = _load_glb(part_to_glb(part))
    assert sorted(scene.geometry) == ["boss", "plate"]
    np.testing.assert_allclose(scene.bounds, part.bbox, atol=1e-7)
    for body in part.bodies:
        assert len(scene.geometry[body.name].faces) == len(body.mesh.faces)


def test_part_to_glb_of_a_step_part_round_trips():
    from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox
    from OCP.gp import gp_Pnt

    from cad import shapes_to_step

    shapes = [
        ("base", BRepPrimAPI_MakeBox(gp_Pnt(0, 0, 0), 0.3, 0.2, 0.01).Shape()),
        ("rib", BRepPrimAPI_MakeBox(gp_Pnt(0.1, 0, 0.01), 0.005, 0.2, 0.05).Shape()),
    ]
    step_part = import_part(shapes_to_step(shapes, unit="inch"), "ribbed.step")
    glb = part_to_glb(step_part)
    scene = _load_glb(glb)
    assert len(scene.geometry) == 2
    np.testing.assert_allclose(scene.bounds, step_part.bbox, atol=1e-6)
    again: Part = import_part(glb, "ribbed.glb", mesh_unit="m")
    assert [body.name for body in again.bodies] == ["base", "rib"]
    np.testing.assert_allclose(again.bbox, step_part.bbox, atol=1e-6)
    assert all(body.mesh.is_watertight for body in again.bodies)


def test_glb_defaults_to_metres_and_the_others_to_millimetres():
    # glTF 2.0 specification, section 3.1: "The units for all linear distances are meters".
    box = trimesh.creation.box(extents=(0.2, 0.1, 0.05))
    assert np.allclose(import_part(box.export(file_type="glb"), "m.glb").bbox, box.bounds)
    assert np.allclose(import_part(_export(box, "binary.stl"), "mm.stl").bbox, box.bounds / 1e3)
