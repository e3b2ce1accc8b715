"""Part upload: parse the file (through cad/), store it, serve it."""

from __future__ import annotations

import hashlib
from pathlib import PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models
from app.services.errors import InvalidInput, NotFound, UnsupportedFormat
from app.services.pagination import DEFAULT_LIMIT, SortKey, paginate
from app.services.tenants import check_storage, current_tenant

M_TO_MM = 1000.0
# parts.file_name is VARCHAR(255): PostgreSQL refuses a longer value (SQLite would store it), and 255 is what
# common file systems allow for one name (ext4, NTFS, APFS).
MAX_FILE_NAME_CHARS = 255


def _bbox_mm(bbox_m: Any) -> dict[str, list[float]]:
    return {"min": [float(v) * M_TO_MM for v in bbox_m[0]], "max": [float(v) * M_TO_MM for v in bbox_m[1]]}


def summarize_part_file(data: bytes, filename: str, mesh_unit: str | None = None) -> dict[str, Any]:
    """Parse a CAD file and return what the database keeps (cad/ reads STEP in a child process itself,
    so a file that crashes OpenCASCADE cannot take the server down)."""
    from cad import import_part, part_to_glb

    part = import_part(data, filename, mesh_unit=mesh_unit)
    return {
        "name": part.name,
        "format": part.format,
        "source_unit": part.source_unit,
        "bodies": [
            {"id": i, "name": body.name, "bbox_mm": _bbox_mm(part.body_bbox(i))} for i, body in enumerate(part.bodies)
        ],
        "bbox_mm": _bbox_mm(part.bbox),
        "glb": part_to_glb(part),
    }


def check_file_name(filename: str) -> None:
    """InvalidInput naming `file` for a name the database cannot store as it is: too long, or holding control
    characters (PostgreSQL refuses NUL in text)."""
    if not filename:
        raise InvalidInput("file", "the upload has no file name; name it after its format, e.g. part.step")
    if len(filename) > MAX_FILE_NAME_CHARS:
        raise InvalidInput(
            "file", f"the file name is {len(filename)} characters long; at most {MAX_FILE_NAME_CHARS} are accepted"
        )
    bad = next((c for c in filename if ord(c) < 0x20 or ord(c) == 0x7F), None)
    if bad is not None:
        raise InvalidInput("file", f"the file name holds the control character U+{ord(bad):04X}")


def file_format(filename: str) -> str:
    from cad import SUPPORTED_FORMATS

    suffix = PurePath(filename).suffix.lower().lstrip(".")
    if not suffix:
        raise UnsupportedFormat("file", f"'{filename}' has no extension; use one of {_extensions(SUPPORTED_FORMATS)}")
    if suffix not in SUPPORTED_FORMATS:
        raise UnsupportedFormat(
            "file",
            f"extension '.{suffix}' of '{filename}' is not supported; use one of {_extensions(SUPPORTED_FORMATS)}",
        )
    return SUPPORTED_FORMATS[suffix]


def _extensions(formats: dict[str, str]) -> str:
    return ", ".join(f".{ext}" for ext in formats)


def create_part(
    session: Session, data: bytes, filename: str, mesh_unit: str | None = None, is_demo: bool = False
) -> models.Part:
    from cad import PartImportError

    check_file_name(filename)
    file_format(filename)
    if not data:
        raise InvalidInput("file", f"'{filename}' is empty")
    check_storage(session, len(data))
    try:
        summary = summarize_part_file(data, filename, mesh_unit)
    except PartImportError as exc:
        raise InvalidInput("file", str(exc)) from exc

    part = models.Part(
        name=summary["name"],
        file_name=filename,
        format=summary["format"],
        source_unit=summary["source_unit"],
        file_bytes=data,
        size_bytes=len(data),
        file_sha256=hashlib.sha256(data).hexdigest(),
        bodies=summary["bodies"],
        bbox_mm=summary["bbox_mm"],
        mesh_glb=summary["glb"],
        is_demo=is_demo,
        tenant_id=current_tenant(session).id,
    )
    session.add(part)
    session.commit()
    return part


def get_part(session: Session, part_id: str) -> models.Part:
    part = session.get(models.Part, part_id)
    if part is None:
        raise NotFound("part", part_id)
    return part


def list_parts(
    session: Session, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> tuple[list[models.Part], str | None]:
    """One page of parts, oldest first, and the next page's cursor."""
    return paginate(session, select(models.Part), PART_ORDER, limit, cursor)


PART_ORDER = (SortKey(models.Part.created_at), SortKey(models.Part.id))


def part_public(part: models.Part) -> dict[str, Any]:
    return {
        "id": part.id,
        "name": part.name,
        "file_name": part.file_name,
        "format": part.format,
        "source_unit": part.source_unit,
        "size_bytes": part.size_bytes,
        "demo": bool(part.is_demo),
        "bodies": part.bodies,
        "bbox_mm": part.bbox_mm,
        "created_at": part.created_at,
    }
