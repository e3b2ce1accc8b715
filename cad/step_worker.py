"""Read a STEP file with OCCT and tessellate its solids; run as a throw-away child process.

OCCT segfaults on some syntactically valid but malformed STEP files (a reference to an entity of the
wrong type, an entity with a parameter missing), and no check done before the read catches them all.
`step_io.read_step` therefore runs this module as a script in a child process, so such a crash costs a
child and not the server. This module imports only OCP, numpy and the standard library, so the child
starts without loading the rest of the project.

Protocol: STEP bytes on stdin; on stdout one `.npz` archive with a JSON `meta` entry and, per body i,
`vertices_i` [N,3] (m), `faces_i` [M,3] and `brep_i` (the solid in OCCT's binary BRep format, metres).
OCCT prints to stdout, so the child points file descriptor 1 at stderr and writes the archive on a
duplicate of the original descriptor.
"""

from __future__ import annotations

import io
import json
import os
import sys
from typing import Any  # OCP's objects carry no type information

import numpy as np

# Linear deflection of the tessellation: 0.1 mm, coarser (2e-4 of the diagonal) for parts above 0.5 m
# so the triangle count of a large weldment stays bounded.
LINEAR_DEFLECTION_M = 1e-4
RELATIVE_DEFLECTION = 2e-4
ANGULAR_DEFLECTION_RAD = 0.3

# Unit names as OCCT reports them (STEPControl_Reader.FileUnits) -> the short names used in weldplan.
_UNIT_SHORT = {
    "millimetre": "mm",
    "millimeter": "mm",
    "mm": "mm",
    "centimetre": "cm",
    "centimeter": "cm",
    "cm": "cm",
    "metre": "m",
    "meter": "m",
    "m": "m",
    "micrometre": "um",
    "micrometer": "um",
    "kilometre": "km",
    "kilometer": "km",
    "decimetre": "dm",
    "decimeter": "dm",
    "inch": "inch",
    "in": "inch",
    "foot": "ft",
    "feet": "ft",
    "ft": "ft",
    "mil": "mil",
    "mile": "mile",
}


class StepReadError(Exception):
    """The STEP file could not be turned into bodies; `kind` says which stage refused it."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


def _label_name(label: Any) -> str:
    from OCP.TDataStd import TDataStd_Name

    attr = TDataStd_Name()
    if label.FindAttribute(TDataStd_Name.GetID_s(), attr):
        return attr.Get().ToExtString().strip()
    return ""


def _file_length_unit(reader: Any) -> str:
    from OCP.OCP.collections import Sequence_TCollection_AsciiString

    lengths = Sequence_TCollection_AsciiString()
    reader.Reader().FileUnits(lengths, Sequence_TCollection_AsciiString(), Sequence_TCollection_AsciiString())
    names: list[str] = []
    for item in lengths:
        raw = item.ToCString().strip()
        short = _UNIT_SHORT.get(raw.lower(), raw.lower())
        if short and short not in names:
            names.append(short)
    # A STEP file with no length unit is read by OCCT as millimetres.
    return "+".join(names) if names else "mm"


def _bodies_of_shape(shape: Any) -> list[Any]:
    """Solids of a leaf shape; its shells when it has no solid; its faces as one body when neither."""
    from OCP.BRep import BRep_Builder
    from OCP.TopAbs import TopAbs_FACE, TopAbs_SHELL, TopAbs_SOLID
    from OCP.TopExp import TopExp_Explorer
    from OCP.TopoDS import TopoDS_Compound

    for kind in (TopAbs_SOLID, TopAbs_SHELL):
        found = []
        explorer = TopExp_Explorer(shape, kind)
        while explorer.More():
            found.append(explorer.Current())
            explorer.Next()
        if found:
            return found
    explorer = TopExp_Explorer(shape, TopAbs_FACE)
    if not explorer.More():
        return []
    builder = BRep_Builder()
    compound = TopoDS_Compound()
    builder.MakeCompound(compound)
    while explorer.More():
        builder.Add(compound, explorer.Current())
        explorer.Next()
    return [compound]


def read_step_bodies(data: bytes) -> tuple[str, list[tuple[str, object]]]:
    """Read STEP bytes through XDE -> (source unit, [(name, shape in metres)]), names unique.

    Raises StepReadError when the reader refuses the file or no solid, shell or face is transferred.
    """
    from OCP.IFSelect import IFSelect_RetDone
    from OCP.OCP.collections import Sequence_TDF_Label
    from OCP.STEPCAFControl import STEPCAFControl_Reader
    from OCP.TCollection import TCollection_ExtendedString
    from OCP.TDF import TDF_Label
    from OCP.TDocStd import TDocStd_Document
    from OCP.TopLoc import TopLoc_Location
    from OCP.XCAFDoc import XCAFDoc_DocumentTool, XCAFDoc_ShapeTool

    doc = TDocStd_Document(TCollection_ExtendedString("XmlOcaf"))
    # The document's length unit is the unit the reader converts the file into: 1.0 = metre.
    XCAFDoc_DocumentTool.SetLengthUnit_s(doc, 1.0)
    reader = STEPCAFControl_Reader()
    reader.SetNameMode(True)
    status = reader.ReadStream("part.step", io.BytesIO(data))
    if status != IFSelect_RetDone:
        raise StepReadError("parse", "the STEP parser refused the file")
    if reader.NbRootsForTransfer() == 0:
        raise StepReadError("empty", "the file holds no shape to transfer")
    if not reader.Transfer(doc):
        raise StepReadError("transfer", "OCCT could not transfer the file's shapes")
    unit = _file_length_unit(reader)

    tool = XCAFDoc_DocumentTool.ShapeTool_s(doc.Main())
    named: list[tuple[str, object]] = []

    def walk(label: Any, location: Any, name: str) -> None:
        if XCAFDoc_ShapeTool.IsReference_s(label):
            referred = TDF_Label()
            XCAFDoc_ShapeTool.GetReferredShape_s(label, referred)
            inner = location.Multiplied(XCAFDoc_ShapeTool.GetLocation_s(label))
            # Instances are named NAUO1, NAUO2...: the product (referred label) carries the real name.
            walk(referred, inner, _label_name(referred) or _label_name(label) or name)
            return
        if XCAFDoc_ShapeTool.IsAssembly_s(label):
            components = Sequence_TDF_Label()
            XCAFDoc_ShapeTool.GetComponents_s(label, components)
            for component in components:
                walk(component, location, name)
            return
        shape = XCAFDoc_ShapeTool.GetShape_s(label).Moved(location)
        leaf_name = _label_name(label) or name
        for body in _bodies_of_shape(shape):
            named.append((leaf_name, body))

    free = Sequence_TDF_Label()
    tool.GetFreeShapes(free)
    for label in free:
        walk(label, TopLoc_Location(), _label_name(label))
    if not named:
        raise StepReadError("no_solids", "the file holds no solid, shell or face")
    return unit, _unique_names(named)


def _unique_names(named: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Blank names become body_<i>; a name used k > 1 times becomes name_1 ... name_k."""
    names = [name or f"body_{i + 1}" for i, (name, _) in enumerate(named)]
    counts = {n: names.count(n) for n in names}
    seen: dict[str, int] = {}
    out = []
    for name, (_, shape) in zip(names, named, strict=True):
        if counts[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            name = f"{name}_{seen[name]}"
        out.append((name, shape))
    return out


def shape_bounds(shapes: list[Any]) -> np.ndarray:
    """Exact axis-aligned bounds of the shapes together -> [2,3] (min, max)."""
    from OCP.Bnd import Bnd_Box
    from OCP.BRepBndLib import BRepBndLib

    box = Bnd_Box()
    for shape in shapes:
        BRepBndLib.AddOptimal_s(shape, box, False, False)
    if box.IsVoid():
        return np.full((2, 3), np.nan)
    lo, hi = box.CornerMin(), box.CornerMax()
    return np.array([[lo.X(), lo.Y(), lo.Z()], [hi.X(), hi.Y(), hi.Z()]])


def tessellate(shape: Any, linear_deflection_m: float, angular_deflection_rad: float) -> tuple[np.ndarray, np.ndarray]:
    """Triangulate a shape -> vertices [N,3] (shape units), faces [M,3] (int64), outward winding.

    Vertices are per B-rep face, not merged: the caller merges them (trimesh process=True).
    """
    from OCP.BRep import BRep_Tool
    from OCP.BRepMesh import BRepMesh_IncrementalMesh
    from OCP.TopAbs import TopAbs_FACE, TopAbs_REVERSED
    from OCP.TopExp import TopExp_Explorer
    from OCP.TopLoc import TopLoc_Location
    from OCP.TopoDS import TopoDS

    BRepMesh_IncrementalMesh(shape, linear_deflection_m, False, angular_deflection_rad, True)
    vertex_blocks, face_blocks, offset = [], [], 0
    explorer = TopExp_Explorer(shape, TopAbs_FACE)
    while explorer.More():
        face = TopoDS.Face(explorer.Current())
        explorer.Next()
        location = TopLoc_Location()
        triangulation = BRep_Tool.Triangulation_s(face, location)
        if triangulation is None or triangulation.NbTriangles() == 0:
            continue
        trsf = location.Transformation()
        X = np.array([[trsf.Value(r, c) for c in range(1, 5)] for r in range(1, 4)])
        nodes = triangulation.Node
        local = np.array([nodes(i).Coord() for i in range(1, triangulation.NbNodes() + 1)], dtype=float)
        triangle = triangulation.Triangle
        tris = np.array([triangle(i).Get() for i in range(1, triangulation.NbTriangles() + 1)], dtype=np.int64)
        if face.Orientation() == TopAbs_REVERSED:
            tris = tris[:, ::-1]
        vertex_blocks.append(local @ X[:, :3].T + X[:, 3])
        face_blocks.append(tris - 1 + offset)
        offset += len(local)
    if not face_blocks:
        return np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64)
    return np.concatenate(vertex_blocks), np.concatenate(face_blocks)


def _brep_bytes(shape: Any) -> bytes:
    from OCP.BinTools import BinTools

    stream = io.BytesIO()
    BinTools.Write_s(shape, stream)
    return stream.getvalue()


def convert(data: bytes) -> dict[str, np.ndarray]:
    """STEP bytes -> the arrays of the child's reply (see the module docstring)."""
    try:
        unit, named = read_step_bodies(data)
    except StepReadError as exc:
        return {"meta": _json_array({"status": "error", "kind": exc.kind, "detail": exc.detail})}
    bounds = shape_bounds([shape for _, shape in named])
    diagonal = float(np.linalg.norm(bounds[1] - bounds[0])) if np.all(np.isfinite(bounds)) else 0.0
    deflection = max(LINEAR_DEFLECTION_M, RELATIVE_DEFLECTION * diagonal)
    out: dict[str, np.ndarray] = {}
    for i, (_, shape) in enumerate(named):
        vertices, faces = tessellate(shape, deflection, ANGULAR_DEFLECTION_RAD)
        out[f"vertices_{i}"] = vertices
        out[f"faces_{i}"] = faces
        out[f"brep_{i}"] = np.frombuffer(_brep_bytes(shape), dtype=np.uint8)
    meta = {"status": "ok", "source_unit": unit, "names": [name for name, _ in named]}
    out["meta"] = _json_array(meta)
    return out


def _json_array(obj: dict[str, Any]) -> np.ndarray:
    return np.frombuffer(json.dumps(obj).encode(), dtype=np.uint8)


def quiet_occt() -> None:
    """Keep OCCT's info and warning chatter (transfer statistics) off the console; failures still print."""
    from OCP.Message import Message, Message_Gravity

    for printer in Message.DefaultMessenger_s().Printers():
        printer.SetTraceLevel(Message_Gravity.Message_Fail)


def main() -> int:
    reply = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # OCCT writes messages to stdout; keep them out of the reply.
    quiet_occt()
    data = sys.stdin.buffer.read()
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **convert(data))  # plain arrays only
    reply.write(buffer.getvalue())
    reply.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
