"""Mesh part files (STL, OBJ, PLY, GLB) -> Part, through trimesh, with the checks trimesh leaves out."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import numpy as np
import trimesh

from cad.part import UNIT_TO_M, Body, Part, PartImportError, canonical_unit, check_size

MESH_FORMATS = ("stl", "obj", "ply", "glb")


def read_mesh(data: bytes, filename: str, fmt: str, mesh_unit: str = "mm") -> Part:
    """Mesh bytes -> Part in metres.

    fmt: one of MESH_FORMATS. mesh_unit: the unit of the file's coordinates, GLB included (the service
    assumes mm for every mesh upload; glTF 2.0 itself says metres, so pass "m" for a standard GLB such as
    part_to_glb writes). A GLB or OBJ scene gives one body per mesh node (node transforms applied); STL
    and PLY give one body, however many disconnected shells it has.
    Raises PartImportError when the file is unreadable, has no faces, non-finite or out-of-range data, or
    an absurd size.
    """
    if fmt not in MESH_FORMATS:
        raise PartImportError(f"{filename}: {fmt!r} is not a mesh format ({', '.join(MESH_FORMATS)})")
    if not data.strip():
        raise PartImportError(f"{filename}: the file is empty")
    source_unit = canonical_unit(mesh_unit, filename)
    scale = UNIT_TO_M[source_unit]
    if fmt == "ply":
        _check_ply_counts(data, filename)
    elif fmt == "stl":
        data = _check_stl(data, filename)
    elif fmt == "obj":
        data = _as_utf8_text(data, filename, "OBJ")
    options: dict[str, Any] = {"split_objects": True} if fmt == "obj" else {}
    try:
        # process=False keeps the file's vertices as they are, so NaN rows are seen here and not dropped.
        scene = trimesh.load_scene(io.BytesIO(data), file_type=fmt, process=False, **options)
    except IndexError as exc:
        raise PartImportError(f"{filename}: a face refers to a vertex the file does not define ({exc})") from exc
    except Exception as exc:  # trimesh's parsers raise many kinds of error on bad input
        hint = " (does the data match the element counts of the header?)" if fmt == "ply" else ""
        raise PartImportError(f"{filename}: the {fmt.upper()} parser could not read the file{hint}: {exc}") from exc

    named = []
    # The scene graph lists nodes in no useful order; keep the file's order of meshes instead (trimesh's
    # OBJ reader lists objects in reverse, so for OBJ find each 'o name' line).
    order = {name: i for i, name in enumerate(scene.geometry)}
    if fmt == "obj":
        order = {name: _obj_position(data, name, i) for name, i in order.items()}
    for node in sorted(scene.graph.nodes_geometry, key=lambda n: order.get(scene.graph[n][1], len(order))):
        X_PN, geometry_name = scene.graph[node]
        geometry = scene.geometry.get(geometry_name)
        if not isinstance(geometry, trimesh.Trimesh) or len(geometry.faces) == 0:
            continue  # point clouds and line sets carry no surface to weld
        vertices = np.asarray(geometry.vertices, dtype=float)
        faces = np.asarray(geometry.faces)
        if not np.all(np.isfinite(vertices)):
            raise PartImportError(f"{filename}: mesh {node!r} has non-finite (NaN or infinite) vertex coordinates")
        if faces.min() < 0 or faces.max() >= len(vertices):
            raise PartImportError(f"{filename}: mesh {node!r} has faces that refer to missing vertices")
        vertices = trimesh.transform_points(vertices, X_PN) * scale
        if np.linalg.det(X_PN[:3, :3]) < 0:
            faces = faces[:, ::-1]  # a mirroring node transform turns the winding inside out
        named.append((str(node), vertices, faces))
    if not named:
        raise PartImportError(f"{filename}: the file holds no triangles or polygons (no faces)")
    if fmt in ("stl", "ply"):
        offsets = np.cumsum([0] + [len(v) for _, v, _ in named[:-1]])
        vertices = np.concatenate([v for _, v, _ in named])
        faces = np.concatenate([f + o for (_, _, f), o in zip(named, offsets, strict=True)])
        named = [(Path(filename).stem or "body", vertices, faces)]
    bodies = tuple(
        Body(name=name, mesh=trimesh.Trimesh(vertices, faces, process=True)) for name, vertices, faces in named
    )
    part = Part(name=Path(filename).stem, format=fmt, source_unit=source_unit, bodies=bodies)
    check_size(part.bbox, filename)
    return part


def _check_ply_counts(data: bytes, filename: str) -> None:
    """Refuse an ASCII PLY whose data lines do not match the element counts of its header.

    trimesh reads such a file without complaint (short data becomes zero faces, long data is cut);
    binary PLY size mismatches are caught by trimesh itself.
    """
    end = data.find(b"end_header")
    if not data.startswith(b"ply") or end < 0:
        raise PartImportError(f"{filename}: not a PLY file (no 'ply' ... 'end_header' header)")
    header = data[:end].decode("ascii", "replace").splitlines()
    if not any(line.split()[:2] == ["format", "ascii"] for line in header if line.strip()):
        return
    counts = []
    for line in header:
        words = line.split()
        if len(words) == 3 and words[0] == "element":
            try:
                counts.append((words[1], int(words[2])))
            except ValueError as exc:
                raise PartImportError(f"{filename}: bad PLY header line {line.strip()!r}") from exc
    body = data[end + len(b"end_header") :].split(b"\n", 1)[-1]
    lines = sum(1 for line in body.splitlines() if line.strip())
    expected = sum(count for _, count in counts)
    if lines != expected:
        declared = ", ".join(f"{count} {name}" for name, count in counts)
        raise PartImportError(
            f"{filename}: the PLY header declares {declared} ({expected} data lines) but the file has "
            f"{lines} data lines"
        )


def _check_stl(data: bytes, filename: str) -> bytes:
    """Binary STL whose size matches its triangle count, or ASCII STL (returned as UTF-8); else refuse."""
    if len(data) >= 84:
        count = int.from_bytes(data[80:84], "little")
        if len(data) == 84 + 50 * count:
            return data
    if data.lstrip()[:5].lower() == b"solid":
        return _as_utf8_text(data, filename, "ASCII STL")
    raise PartImportError(
        f"{filename}: not an STL file: it does not start with 'solid' as an ASCII STL does, and its size "
        f"({len(data)} bytes) does not match the triangle count a binary STL declares in bytes 80-84"
    )


def _as_utf8_text(data: bytes, filename: str, kind: str) -> bytes:
    """Text mesh formats: refuse binary data; read non-UTF-8 text as Latin-1 (trimesh wants UTF-8)."""
    if b"\x00" in data:
        raise PartImportError(f"{filename}: not an {kind} file (it holds binary data, not text)")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1").encode("utf-8")
    return data


def _obj_position(data: bytes, name: str, fallback: int) -> int:
    """Byte offset of the 'o name' line in an OBJ file; after every found object when absent."""
    match = re.search(rb"^o[ \t]+" + re.escape(name.encode("utf-8")) + rb"[ \t]*\r?$", data, re.M)
    return match.start() if match else len(data) + fallback
