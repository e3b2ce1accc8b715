"""STEP in and out: read a STEP file into a Part (through a crash-proof child process), write solids to STEP."""

from __future__ import annotations

import io
import json
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np
import trimesh

from cad.part import Body, Part, PartImportError, check_size

# A STEP read that takes longer is abandoned (the child is killed).
STEP_TIMEOUT_S = 120.0

_WORKER = Path(__file__).with_name("step_worker.py")
_HEADER = b"ISO-10303-21;"
_TRAILER = b"END-ISO-10303-21;"
# OCCT's writer reads its output unit from a process-wide parameter table.
_WRITE_LOCK = threading.Lock()
_WRITE_UNITS = {"mm": "MM", "cm": "CM", "m": "M", "um": "UM", "km": "KM", "inch": "INCH", "ft": "FT", "mil": "MIL"}


def read_step(data: bytes, filename: str) -> Part:
    """STEP (AP203/AP214/AP242) bytes -> Part with one Body per solid, in metres.

    Raises PartImportError when the file is not a complete STEP file, the reader refuses or crashes on it,
    or it holds no solid, shell or face.
    """
    _check_step_text(data, filename)
    try:
        proc = subprocess.run(
            # -P: keep cad/ off the child's sys.path, so its modules cannot shadow library ones.
            [sys.executable, "-P", str(_WORKER)],
            input=data,
            capture_output=True,
            timeout=STEP_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PartImportError(f"{filename}: reading the STEP file took over {STEP_TIMEOUT_S:g} s") from exc
    complaint = _occt_complaint(proc.stderr)
    if proc.returncode != 0:
        how = f"signal {signal.Signals(-proc.returncode).name}" if proc.returncode < 0 else f"exit {proc.returncode}"
        raise PartImportError(
            f"{filename}: the STEP reader crashed on this file ({how}); the file is malformed"
            + (f": {complaint}" if complaint else "")
        )
    try:
        reply = np.load(io.BytesIO(proc.stdout), allow_pickle=False)
        meta = json.loads(reply["meta"].tobytes())
    except (ValueError, KeyError, OSError) as exc:
        raise PartImportError(f"{filename}: the STEP reader returned no result") from exc
    if meta["status"] != "ok":
        raise PartImportError(_error_message(filename, meta["kind"], meta["detail"], complaint))

    from OCP.BinTools import BinTools
    from OCP.TopoDS import TopoDS_Shape

    bodies = []
    for i, name in enumerate(meta["names"]):
        mesh = trimesh.Trimesh(reply[f"vertices_{i}"], reply[f"faces_{i}"], process=True)
        if len(mesh.faces) == 0 or not np.all(np.isfinite(mesh.vertices)):
            raise PartImportError(f"{filename}: body {name!r} could not be tessellated")
        shape = TopoDS_Shape()
        BinTools.Read_s(shape, io.BytesIO(reply[f"brep_{i}"].tobytes()))
        bodies.append(Body(name=name, mesh=mesh, shape=shape))
    part = Part(name=Path(filename).stem, format="step", source_unit=meta["source_unit"], bodies=tuple(bodies))
    check_size(part.bbox, filename)
    return part


def _check_step_text(data: bytes, filename: str) -> None:
    """Refuse, before OCCT sees it, what OCCT reads badly: not STEP, cut off, or dangling references."""
    # Some writers pad the end with NULs or a DOS end-of-file mark.
    text = data.removeprefix(b"\xef\xbb\xbf").strip(b" \t\r\n\x00\x1a")
    if not text:
        raise PartImportError(f"{filename}: the file is empty")
    if not text.startswith(_HEADER):
        raise PartImportError(f"{filename}: not a STEP file (it does not start with 'ISO-10303-21;')")
    if not text.endswith(_TRAILER):
        raise PartImportError(
            f"{filename}: the STEP file is incomplete (it does not end with 'END-ISO-10303-21;'); "
            "was the upload cut off?"
        )
    body = text.decode("latin-1")
    # Strings and comments may hold '#'; drop them before collecting entity ids.
    body = re.sub(r"'(?:[^']|'')*'|/\*.*?\*/", "''", body, flags=re.S)
    defined = set(re.findall(r"#(\d+)\s*=", body))
    missing = set(re.findall(r"#(\d+)", body)) - defined
    if missing:
        shown = ", ".join(f"#{n}" for n in sorted(missing, key=int)[:5])
        raise PartImportError(
            f"{filename}: the STEP file refers to {len(missing)} entities it never defines ({shown}); "
            "the file is damaged"
        )


def _occt_complaint(stderr: bytes) -> str:
    """The first error OCCT printed, without its colour codes and asterisks ('' when none)."""
    for line in stderr.decode("utf-8", "replace").splitlines():
        clean = re.sub(r"\x1b\[[0-9;]*m", "", line).strip(" *")
        if "ERR" in clean or "Fail" in clean:
            clean = re.sub(r"^(ERR|Fail)\s*", "", clean)
            return re.sub(r"^StepFile\s*:\s*(Undefined Parsing:)?", "", clean).strip(" *:")
    return ""


def _error_message(filename: str, kind: str, detail: str, complaint: str) -> str:
    if kind == "no_solids":
        return f"{filename}: the STEP file holds no solid, shell or face (no geometry to weld)"
    if kind == "empty":
        return f"{filename}: the STEP file holds no shape"
    return f"{filename}: {detail}" + (f": {complaint}" if complaint else "")


def shapes_to_step(named_shapes: list[tuple[str, Any]], unit: str = "mm") -> bytes:
    """Write solids as a STEP AP214 file, one named product per shape.

    named_shapes: [(name, OCP TopoDS_Shape)], shapes in metres, a blank name written as body_<i>.
    unit: the length unit written in the file (mm, cm, m, um, km, inch, ft, mil).
    Raises ValueError on an unknown unit, an empty list or a null shape.
    """
    from OCP.IFSelect import IFSelect_RetDone
    from OCP.Interface import Interface_Static
    from OCP.STEPCAFControl import STEPCAFControl_Writer
    from OCP.STEPControl import STEPControl_AsIs
    from OCP.TCollection import TCollection_ExtendedString
    from OCP.TDataStd import TDataStd_Name
    from OCP.TDocStd import TDocStd_Document
    from OCP.XCAFDoc import XCAFDoc_DocumentTool

    from cad.step_worker import quiet_occt

    if unit not in _WRITE_UNITS:
        raise ValueError(f"shapes_to_step: unknown unit {unit!r}; use one of {', '.join(_WRITE_UNITS)}")
    if not named_shapes:
        raise ValueError("shapes_to_step: no shapes to write")
    doc = TDocStd_Document(TCollection_ExtendedString("XmlOcaf"))
    XCAFDoc_DocumentTool.SetLengthUnit_s(doc, 1.0)  # the shapes are in metres
    tool = XCAFDoc_DocumentTool.ShapeTool_s(doc.Main())
    for i, (name, shape) in enumerate(named_shapes):
        if shape is None or shape.IsNull():
            raise ValueError(f"shapes_to_step: shape {name!r} is null")
        label = tool.AddShape(shape, False, False)
        # OCCT names an unnamed product after itself ('Open CASCADE STEP translator ...').
        TDataStd_Name.Set_s(label, TCollection_ExtendedString(name or f"body_{i + 1}"))
    stream = io.BytesIO()
    with _WRITE_LOCK:
        quiet_occt()
        writer = STEPCAFControl_Writer()
        writer.SetNameMode(True)
        previous_unit = Interface_Static.CVal_s("write.step.unit")
        previous_schema = Interface_Static.CVal_s("write.step.schema")
        try:
            Interface_Static.SetCVal_s("write.step.unit", _WRITE_UNITS[unit])
            Interface_Static.SetCVal_s("write.step.schema", "AP214IS")
            if not writer.Transfer(doc, STEPControl_AsIs):
                raise ValueError("shapes_to_step: OCCT could not transfer the shapes")
            if writer.WriteStream(stream) != IFSelect_RetDone:
                raise ValueError("shapes_to_step: OCCT could not write the STEP file")
        finally:
            Interface_Static.SetCVal_s("write.step.unit", previous_unit)
            Interface_Static.SetCVal_s("write.step.schema", previous_schema)
    return stream.getvalue()
