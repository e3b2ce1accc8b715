"""import_part dispatch and bad input: every malformed file gives PartImportError naming the file, never a crash."""

from __future__ import annotations

import random
import re
import struct

import numpy as np
import pytest
import trimesh
from OCP.BRepBuilderAPI import BRepBuilderAPI_MakeEdge
from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox
from OCP.gp import gp_Pnt

from cad import SUPPORTED_FORMATS, PartImportError, import_part, shapes_to_step


def _two_box_step() -> bytes:
    plate = BRepPrimAPI_MakeBox(gp_Pnt(0, 0, 0), 0.1, 0.05, 0.003).Shape()
    wall = BRepPrimAPI_MakeBox(gp_Pnt(0, 0, 0.003), 0.1, 0.003, 0.04).Shape()
    return shapes_to_step([("plate", plate), ("wall", wall)], unit="mm")


@pytest.fixture(scope="module")
def good_step() -> bytes:
    return _two_box_step()


def _raises(data: bytes, filename: str, *words: str, **kwargs) -> str:
    with pytest.raises(PartImportError) as info:
        import_part(data, filename, **kwargs)
    message = str(info.value)
    assert filename in message, message
    assert "Traceback" not in message
    for word in words:
        assert word.lower() in message.lower(), message
    return message


def test_supported_formats_table():
    assert SUPPORTED_FORMATS == {"step": "step", "stp": "step", "stl": "stl", "obj": "obj", "ply": "ply", "glb": "glb"}
    assert issubclass(PartImportError, ValueError)


@pytest.mark.parametrize("filename", ["part.dwg", "part.iges", "part.step.zip"])
def test_unknown_extension(filename):
    _raises(b"solid x\nendsolid x\n", filename, "unsupported")


def test_no_extension():
    _raises(b"ISO-10303-21;", "part", "no file extension")


@pytest.mark.parametrize("filename", ["empty.step", "empty.stp", "empty.stl", "empty.obj", "empty.ply", "empty.glb"])
def test_empty_file(filename):
    _raises(b"", filename, "empty")
    _raises(b" \n\t\n", filename, "empty")


def test_random_bytes_named_step():
    noise = random.Random(7).randbytes(4000)
    _raises(noise, "noise.step", "not a STEP file")


def test_step_header_then_garbage_reports_the_parser_complaint():
    rng = random.Random(8)
    garbage = bytes(rng.randrange(32, 127) for _ in range(3000)).replace(b"#", b"x")
    message = _raises(b"ISO-10303-21;\n" + garbage + b"\nEND-ISO-10303-21;\n", "garbage.step", "refused")
    # OCCT's own complaint names the line it stopped at.
    assert re.search(r"Line \d+", message), message


def test_step_cut_off_halfway(good_step):
    _raises(good_step[: len(good_step) // 2], "cut.step", "incomplete")


def test_step_with_missing_entities(good_step):
    lines = good_step.split(b"\n")
    damaged = b"\n".join(lines[: len(lines) // 3] + lines[len(lines) // 3 + 40 :])
    _raises(damaged, "holes.step", "never defines")


def test_step_that_crashes_occt_is_refused_and_this_process_survives(good_step):
    # OCCT 8.0 segfaults on 2-coordinate points inside a 3D B-rep (found by mutation fuzzing while writing
    # step_io); the child process dies, this one reports it. A later OCCT that refuses the file politely
    # passes too: either way it must be a PartImportError.
    text = good_step.decode()
    flat = re.sub(r"CARTESIAN_POINT\('',\(([^,]+),([^,]+),([^)]+)\)\)", r"CARTESIAN_POINT('',(\1,\2))", text, count=3)
    assert flat != text
    _raises(flat.encode(), "flat.step")
    assert import_part(good_step, "still_fine.step").bodies


def test_step_with_no_solids():
    edge = BRepBuilderAPI_MakeEdge(gp_Pnt(0, 0, 0), gp_Pnt(0.1, 0, 0)).Shape()
    _raises(shapes_to_step([("line", edge)]), "wire_only.step", "no solid")


def test_step_with_no_data():
    header_only = (
        b"ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('x'),'2;1');\nFILE_NAME('a','',(''),(''),'','','');\n"
        b"FILE_SCHEMA(('AUTOMOTIVE_DESIGN'));\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n"
    )
    _raises(header_only, "header_only.step", "no shape")


def _box_stl_ascii() -> str:
    return trimesh.creation.box((10.0, 20.0, 30.0)).export(file_type="stl_ascii")


def test_stl_ascii_with_nan():
    text = _box_stl_ascii()
    start = text.index("vertex")
    end = text.index("\n", start)
    _raises((text[:start] + "vertex nan 0 0" + text[end:]).encode(), "nan_ascii.stl", "non-finite")


def test_stl_binary_with_nan():
    data = bytearray(trimesh.creation.box((10.0, 20.0, 30.0)).export(file_type="stl"))
    # Binary STL: 80-byte header, uint32 count, then per triangle a normal and three vertices (float32).
    struct.pack_into("<f", data, 84 + 12 + 4, float("nan"))
    _raises(bytes(data), "nan_binary.stl", "non-finite")


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # trimesh normals of inf
def test_stl_binary_with_infinity():
    data = bytearray(trimesh.creation.box((10.0, 20.0, 30.0)).export(file_type="stl"))
    struct.pack_into("<f", data, 84 + 12, float("inf"))
    _raises(bytes(data), "inf_binary.stl", "non-finite")


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"solid empty\nendsolid empty\n", "no_faces_ascii.stl"),
        (bytes(80) + struct.pack("<I", 0), "no_faces_binary.stl"),
        (b"v 0 0 0\nv 1 0 0\nv 0 1 0\n", "points_only.obj"),
        (b"# nothing here\n", "comment_only.obj"),
    ],
)
def test_mesh_with_no_faces(data, filename):
    _raises(data, filename, "no faces")


def test_obj_face_with_missing_vertex():
    _raises(b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 5\n", "bad_index.obj")


def test_corrupt_glb():
    glb = trimesh.creation.box((0.1, 0.2, 0.3)).export(file_type="glb")
    _raises(glb[: len(glb) // 2], "cut.glb")
    _raises(b"glTF" + bytes(60), "zeros.glb")
    _raises(random.Random(9).randbytes(3000), "noise.glb")


def _ply_header(encoding: str, n_vertices: int, n_faces: int) -> bytes:
    return (
        f"ply\nformat {encoding} 1.0\nelement vertex {n_vertices}\nproperty float x\nproperty float y\n"
        f"property float z\nelement face {n_faces}\nproperty list uchar int vertex_indices\nend_header\n"
    ).encode()


def test_ply_ascii_header_and_data_disagree():
    data = _ply_header("ascii", 8, 1) + b"0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n"
    _raises(data, "short_ascii.ply", "header declares")
    data = _ply_header("ascii", 3, 1) + b"0 0 0\n1 0 0\n0 1 0\n1 1 0\n3 0 1 2\n"
    _raises(data, "long_ascii.ply", "header declares")


def test_ply_binary_header_and_data_disagree():
    vertices = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0]], dtype="<f4").tobytes()
    face = struct.pack("<B3i", 3, 0, 1, 2)
    _raises(_ply_header("binary_little_endian", 8, 1) + vertices + face, "short_binary.ply")


def test_ply_not_a_ply():
    _raises(b"solid x\nfacet normal 0 0 1\n", "notply.ply", "not a PLY")


def test_absurdly_large_mesh():
    huge = trimesh.creation.box((200_000.0, 1000.0, 1000.0))  # 200 m in mm
    _raises(huge.export(file_type="stl"), "huge.stl", "over the 100 m limit")


def test_absurdly_small_mesh():
    tiny = trimesh.creation.box((0.001, 0.001, 0.001))  # 1 um cube in mm
    _raises(tiny.export(file_type="stl"), "tiny.stl", "under the 0.01 mm limit")


def test_absurd_size_uses_the_mesh_unit():
    box = trimesh.creation.box((2000.0, 100.0, 100.0)).export(file_type="stl")
    assert np.ptp(import_part(box, "big_in_mm.stl").bbox, axis=0)[0] == pytest.approx(2.0)
    _raises(box, "big_in_feet.stl", "limit", mesh_unit="ft")


def test_unknown_mesh_unit():
    _raises(trimesh.creation.box((10.0, 10.0, 10.0)).export(file_type="stl"), "cube.stl", "unit", mesh_unit="furlong")
