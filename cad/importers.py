"""Part import entry point: pick the reader from the file name's extension."""

from __future__ import annotations

from pathlib import Path

from cad.mesh_io import read_mesh
from cad.part import Part, PartImportError
from cad.step_io import read_step

# Extension (lower case, no dot) -> format name.
SUPPORTED_FORMATS: dict[str, str] = {
    "step": "step",
    "stp": "step",
    "stl": "stl",
    "obj": "obj",
    "ply": "ply",
    "glb": "glb",
}


# Unit of mesh coordinates when the caller does not say: glTF 2.0 defines metres; STL, OBJ and PLY carry
# no unit and CAD exports them in millimetres.
DEFAULT_MESH_UNITS: dict[str, str] = {"stl": "mm", "obj": "mm", "ply": "mm", "glb": "m"}


def import_part(data: bytes, filename: str, mesh_unit: str | None = None) -> Part:
    """Part file bytes -> Part (bodies in metres).

    filename: chooses the reader by its extension (SUPPORTED_FORMATS) and names the part.
    mesh_unit: unit of STL/OBJ/PLY/GLB coordinates (mm, cm, m, inch, ...); STEP declares its own unit.
        None: DEFAULT_MESH_UNITS (GLB in metres as glTF 2.0 says, the others in millimetres).
    Raises PartImportError with a message naming the file and what is wrong with it.
    """
    suffix = Path(filename).suffix
    if not suffix:
        raise PartImportError(f"{filename!r} has no file extension; name it .{', .'.join(SUPPORTED_FORMATS)}")
    fmt = SUPPORTED_FORMATS.get(suffix[1:].lower())
    if fmt is None:
        raise PartImportError(
            f"{filename}: unsupported file type {suffix!r}; supported: .{', .'.join(SUPPORTED_FORMATS)}"
        )
    if not isinstance(data, bytes | bytearray | memoryview):
        raise PartImportError(f"{filename}: expected the file's bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise PartImportError(f"{filename}: the file is empty")
    if fmt == "step":
        return read_step(data, filename)
    return read_mesh(data, filename, fmt, mesh_unit or DEFAULT_MESH_UNITS[fmt])
