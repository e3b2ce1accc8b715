"""Part upload over HTTP: every accepted format, the real STEP files, and every kind of bad input."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import numpy as np
import pytest
import trimesh

from api_tests.conftest import TEST_UPLOAD_LIMIT_MB
from api_tests.helpers import list_all


def _box_mesh() -> trimesh.Trimesh:
    box = trimesh.creation.box(extents=[120.0, 60.0, 8.0])
    box.apply_translation([60.0, 30.0, 4.0])
    return box


def _upload(api: httpx.Client, name: str, data: bytes) -> httpx.Response:
    return api.post("/parts", files={"file": (name, data, "application/octet-stream")})


def _part_count(api: httpx.Client) -> int:
    return len(list_all(api, "/parts", "parts"))


@pytest.mark.parametrize("ext", ["stl", "obj", "ply", "glb"])
def test_mesh_formats_upload_in_millimetres(api: httpx.Client, ext: str) -> None:
    mesh = _box_mesh()
    if ext == "glb":
        mesh.apply_scale(1e-3)  # glTF 2.0 is in metres
    data = mesh.export(file_type=ext)
    r = _upload(api, f"plate.{ext}", data)
    assert r.status_code == 201, r.text
    part = r.json()
    assert part["format"] == ext and part["name"] == "plate"
    assert len(part["bodies"]) == 1
    np.testing.assert_allclose(part["bbox_mm"]["min"], [0, 0, 0], atol=1e-6)
    np.testing.assert_allclose(part["bbox_mm"]["max"], [120, 60, 8], atol=1e-6)
    assert api.get(f"/parts/{part['id']}").json() == part
    assert part["id"] in [p["id"] for p in list_all(api, "/parts", "parts")]


def test_unit_option_scales_meshes(api: httpx.Client) -> None:
    r = api.post("/parts", params={"unit": "inch"}, files={"file": ("in.stl", _box_mesh().export(file_type="stl"))})
    assert r.status_code == 201, r.text
    np.testing.assert_allclose(r.json()["bbox_mm"]["max"], [120 * 25.4, 60 * 25.4, 8 * 25.4], rtol=1e-6)
    r = api.post("/parts", params={"unit": "furlong"}, files={"file": ("in.stl", b"x")})
    assert r.status_code == 422 and r.json()["detail"].startswith("unit:")


def test_step_upload_mesh_and_delete(api: httpx.Client) -> None:
    from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox
    from OCP.gp import gp_Pnt

    from cad import shapes_to_step

    base = BRepPrimAPI_MakeBox(gp_Pnt(0, 0, 0), 0.2, 0.1, 0.01).Shape()
    web = BRepPrimAPI_MakeBox(gp_Pnt(0, 0.045, 0.01), 0.2, 0.01, 0.08).Shape()
    data = shapes_to_step([("base", base), ("web", web)], unit="mm")
    r = _upload(api, "tee.step", data)
    assert r.status_code == 201, r.text
    part = r.json()
    assert part["format"] == "step" and part["source_unit"] == "mm"
    assert [b["name"] for b in part["bodies"]] == ["base", "web"]
    np.testing.assert_allclose(part["bbox_mm"]["max"], [200, 100, 90], atol=1e-3)

    glb = api.get(f"/parts/{part['id']}/mesh")
    assert glb.status_code == 200 and glb.headers["content-type"] == "model/gltf-binary"
    scene = trimesh.load(io.BytesIO(glb.content), file_type="glb")
    assert len(scene.geometry) == 2
    np.testing.assert_allclose(scene.bounds[1], [0.2, 0.1, 0.09], atol=1e-4)  # glTF is in metres

    r = api.delete(f"/parts/{part['id']}")
    assert r.status_code == 200, r.text
    assert r.json() == {
        "id": part["id"],
        "kind": "part",
        "cancelled_plans": [],
        "removed_plans": [],
        "removed_seams": 0,
    }
    gone = api.get(f"/parts/{part['id']}")
    assert gone.status_code == 404 and part["id"] in gone.json()["detail"]
    assert api.get(f"/parts/{part['id']}/mesh").status_code == 404
    assert api.delete(f"/parts/{part['id']}").status_code == 404


def test_box_sides_step_in_inches(api: httpx.Client, real_cad: Path) -> None:
    # Expected figures from tests/data/README.md: 10 solids, about 184 × 114 × 95 mm.
    r = _upload(api, "box_sides.STEP", (real_cad / "box_sides.STEP").read_bytes())
    assert r.status_code == 201, r.text
    part = r.json()
    assert part["source_unit"] == "inch"
    assert len(part["bodies"]) == 10
    size = np.subtract(part["bbox_mm"]["max"], part["bbox_mm"]["min"])
    np.testing.assert_allclose(size, [184, 114, 95], atol=2.0)


def _truncated_step() -> bytes:
    from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox

    from cad import shapes_to_step

    data = shapes_to_step([("b", BRepPrimAPI_MakeBox(0.1, 0.1, 0.1).Shape())], unit="mm")
    return data[: len(data) // 2]


def _ascii_stl(vertex: str) -> bytes:
    return (
        f"solid t\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex {vertex}\n"
        "endloop\nendfacet\nendsolid t\n"
    ).encode()


PLY_MISMATCH = (
    b"ply\nformat ascii 1.0\nelement vertex 8\nproperty float x\nproperty float y\n"
    b"property float z\nelement face 2\nproperty list uchar int vertex_indices\nend_header\n"
    b"0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n"
)

BAD_UPLOADS = {
    "unknown extension": ("bracket.docx", b"PK\x03\x04 not cad", 415),
    "no extension": ("bracket", b"solid x\nendsolid x\n", 415),
    "empty file": ("empty.stl", b"", 422),
    "random bytes as STEP": ("noise.step", bytes(np.random.default_rng(7).integers(0, 256, 4096, np.uint8)), 422),
    "STEP cut off halfway": ("cut.step", None, 422),
    "STL with NaN": ("nan.stl", _ascii_stl("nan 1 0"), 422),
    "STL without faces": ("nofaces.stl", b"solid empty\nendsolid empty\n", 422),
    "OBJ without faces": ("points.obj", b"v 0 0 0\nv 1 0 0\nv 0 1 0\n", 422),
    "corrupt GLB": ("broken.glb", b"glTF\x02\x00\x00\x00" + b"\xff" * 200, 422),
    "PLY header and data disagree": ("short.ply", PLY_MISMATCH, 422),
}


@pytest.mark.parametrize("case", list(BAD_UPLOADS))
def test_bad_uploads_are_refused_and_nothing_is_stored(api: httpx.Client, case: str) -> None:
    name, data, status = BAD_UPLOADS[case]
    if data is None:
        data = _truncated_step()
    before = _part_count(api)
    r = _upload(api, name, data)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["status"] == status
    assert body["detail"].startswith("file:") and name in body["detail"], body["detail"]
    assert "Traceback" not in body["detail"]
    assert _part_count(api) == before
    assert api.get("/health").status_code == 200  # the server survived


def test_upload_over_the_limit_is_413(api: httpx.Client) -> None:
    before = _part_count(api)
    big = b"solid x\n" + b" " * int(float(TEST_UPLOAD_LIMIT_MB) * 1_000_000 + 100_000)
    r = _upload(api, "huge.stl", big)
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "upload limit" in r.json()["detail"]
    assert _part_count(api) == before


def test_request_without_file_field_names_it(api: httpx.Client) -> None:
    r = api.post("/parts", data={"upload": "x"}, files={"other": ("a.stl", b"x")})
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["detail"].startswith("file: field required")


def test_file_names_the_database_cannot_store_are_refused(api: httpx.Client) -> None:
    # Issue 19 item 3: a 300-character name was a 500 on PostgreSQL (parts.file_name is VARCHAR(255);
    # SQLite stored it). 255 characters is also the longest name ext4, NTFS and APFS allow.
    data = _box_mesh().export(file_type="stl")
    before = _part_count(api)
    for name, words in (
        (("a" * 296) + ".stl", ["300 characters", "255"]),
        ("pl\x00ate.stl", ["control character U+0000"]),
    ):
        # Written by hand: httpx would percent-encode the NUL, which PostgreSQL refuses in text.
        body = (
            b'--xx\r\nContent-Disposition: form-data; name="file"; filename="'
            + name.encode()
            + b'"\r\nContent-Type: application/octet-stream\r\n\r\n'
            + data
            + b"\r\n--xx--\r\n"
        )
        r = api.post("/parts", content=body, headers={"content-type": "multipart/form-data; boundary=xx"})
        assert r.status_code == 422, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        detail = r.json()["detail"]
        assert detail.startswith("file:") and all(w in detail for w in words), detail
    assert _part_count(api) == before
    longest = "b" * 251 + ".stl"
    r = _upload(api, longest, data)
    assert r.status_code == 201, r.text
    assert r.json()["file_name"] == longest and r.json()["name"] == "b" * 251
