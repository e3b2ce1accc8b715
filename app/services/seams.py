"""Seams of a part: detection (cad/, in a child process), user seams, per-seam procedure overrides."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, undefer

from app.db import models
from app.schemas.seams import SeamCreate, SeamDetectOptions, SeamPatch
from app.services.errors import InvalidInput, NotFound, invalid
from app.services.isolation import IsolatedCrash, IsolatedRunner, IsolatedTimeout
from app.services.pagination import SortKey, paginate
from app.services.parts import get_part
from app.services.tenants import current_tenant
from app.services.units import si_name, to_api

MM = 1e-3
# the torch seams are checked with when a request names none (the plans' default torch as well)
DEFAULT_TOOL_ID = "torch_22deg"


def checked_tool_id(tool_id: str | None) -> str:
    """A request's tool_id (None: the default torch); 422 naming tool_id when no such torch exists."""
    from robot_models import load_builtin_tools

    tool_id = DEFAULT_TOOL_ID if tool_id is None else tool_id
    tools = load_builtin_tools()
    if tool_id not in tools:
        raise InvalidInput("tool_id", f"no torch '{tool_id}' (torches: {', '.join(sorted(tools))})")
    return tool_id


def _access_json(seam: Any, access: Any) -> dict[str, Any]:
    """One torch's accessibility of one seam at the API edge (planning.torch_access.SeamAccess)."""
    points = []
    for i in range(len(access.free)):
        free = bool(access.free[i])
        points.append(
            {
                "free": free,
                "window_deg": [round(math.degrees(v), 3) for v in access.window_rad[i]] if free else None,
                "witness_deg": [round(math.degrees(v), 3) for v in access.witness_rad[i]] if free else None,
                "witness_reversed": bool(access.witness_reversed[i]),
                "free_share": round(float(access.free_share[i]), 4),
            }
        )
    return {
        "point_accessible": [bool(v) for v in seam.point_accessible],
        "accessible": bool(seam.accessible),
        "accessible_fraction": float(seam.accessible_fraction),
        "points": points,
        "cap_deg": round(math.degrees(access.cap_rad), 3),
        "searched_deg": [round(math.degrees(v), 3) for v in access.searched_rad],
        "survey_size": int(access.survey_rad.shape[0]),
    }


def _with_tool_access(
    part: Any, seams: list[Any], procedures: list[Any], tool_id: str
) -> tuple[list[Any], list[dict[str, Any]]]:
    from planning.torch_access import seams_with_torch_access
    from robot_models import load_builtin_tools

    seams, access = seams_with_torch_access(
        [b.mesh for b in part.bodies],
        seams,
        procedures,
        load_builtin_tools()[tool_id],
        part_names=[b.name for b in part.bodies],
    )
    return seams, [_access_json(s, a) for s, a in zip(seams, access, strict=True)]


def _record(seam: Any, tool_id: str, access: dict[str, Any]) -> dict[str, Any]:
    from cad import default_procedure

    return {
        "kind": seam.kind,
        "geometry": {
            "points_mm": (np.asarray(seam.points) / MM).tolist(),
            "tangents": np.asarray(seam.tangents).tolist(),
            "normals_a": np.asarray(seam.normals_a).tolist(),
            "normals_b": np.asarray(seam.normals_b).tolist(),
            "point_accessible": [bool(v) for v in seam.point_accessible],
            "length_mm": float(seam.length) / MM,
            "open_angle_deg": math.degrees(seam.open_angle),
            "bodies": [int(b) for b in seam.bodies],
            "thickness_mm": [None if t is None else float(t) / MM for t in (seam.thickness_a, seam.thickness_b)],
            "accessible": bool(seam.accessible),
            "accessible_fraction": float(seam.accessible_fraction),
            "closed": bool(seam.closed),
            "gap_segments": [int(k) for k in seam.gaps],
            "gap_mode": seam.gap_mode,
            "joined_bodies": [int(b) for b in seam.joined_bodies],
            # per torch: its accessibility (planning.torch_access), computed when first asked for
            "torch_access": {tool_id: access},
        },
        "procedure": to_api(default_procedure(seam)),
    }


def detect_options(options: SeamDetectOptions | None) -> dict[str, Any]:
    """cad.seams.SeamDetectionConfig fields (SI) for the API's detect options (mm at the edge), checked here
    (cad.seam_types needs no CAD kernel) so that bad options are refused before the part is read."""
    from cad.seam_types import SeamError, check_gap_options

    o = options or SeamDetectOptions()
    fields = {
        "join_lines": o.join_lines,
        "max_gap_m": o.max_gap_mm * MM,
        "gap_mode": o.gaps,
        "wrap_corners": o.wrap_corners,
    }
    try:
        check_gap_options(o.max_gap_mm * MM, o.gaps)
    except SeamError as exc:
        raise invalid(
            str(exc)
            .replace("max_gap_m:", "max_gap_mm:")
            .replace("gap_mode:", "gaps:")
            .replace("(gap_mode skip)", "(gaps: skip)"),
            "max_gap_mm",
        ) from exc
    return fields


def detect_records(
    file_bytes: bytes, file_name: str, unit: str, options: dict[str, Any] | None = None, tool_id: str = DEFAULT_TOOL_ID
) -> list[dict[str, Any]]:
    """Runs in a child process: OpenCASCADE never runs in the server process. unit: the part's stored
    source_unit (what a mesh file was read in at upload; STEP files declare their own); options:
    SeamDetectionConfig fields. Accessibility is the torch tool_id's (planning.torch_access), not cad's
    generic nozzle."""
    from cad import default_procedure, detect_seams, import_part
    from cad.seams import SeamDetectionConfig

    part = import_part(file_bytes, file_name, mesh_unit=unit)
    seams = detect_seams(part, SeamDetectionConfig(**{**(options or {}), "check_accessibility": False}))
    seams, access = _with_tool_access(part, seams, [default_procedure(s) for s in seams], tool_id)
    return [_record(s, tool_id, a) for s, a in zip(seams, access, strict=True)]


def access_records(
    file_bytes: bytes, file_name: str, unit: str, seams: list[tuple[Any, Any]], tool_id: str
) -> list[dict[str, Any]]:
    """Runs in a child process: torch tool_id's accessibility of (cad.Seam, cad.WeldProcedure) pairs."""
    from cad import import_part

    part = import_part(file_bytes, file_name, mesh_unit=unit)
    _, access = _with_tool_access(part, [s for s, _ in seams], [p for _, p in seams], tool_id)
    return access


def user_seam_record(file_bytes: bytes, file_name: str, unit: str, points_m: list | None, arc_m: list | None) -> dict:
    from cad import SeamDetectionConfig, default_procedure, import_part, user_seam

    part = import_part(file_bytes, file_name, mesh_unit=unit)
    seam = user_seam(
        part,
        points=None if points_m is None else np.asarray(points_m),
        arc=None if arc_m is None else np.asarray(arc_m),
        config=SeamDetectionConfig(check_accessibility=False),
    )
    seams, access = _with_tool_access(part, [seam], [default_procedure(seam)], DEFAULT_TOOL_ID)
    return _record(seams[0], DEFAULT_TOOL_ID, access[0])


def _isolated(isolation: IsolatedRunner, timeout_s: float, fn: Any, *args: Any) -> Any:
    from cad import SeamError

    try:
        return isolation.run(fn, *args, timeout_s=timeout_s)
    except SeamError as exc:
        msg = str(exc)
        # cad names points as points[i]; the API field is points_mm or arc_mm.
        raise invalid(msg.replace("points[", "points_mm[").replace("arc[", "arc_mm["), "points_mm") from exc
    except IsolatedCrash as exc:
        raise InvalidInput("file", "the CAD kernel crashed while reading this part's seams") from exc
    except IsolatedTimeout as exc:
        raise InvalidInput("file", f"seam computation took too long ({exc})") from exc


def _part_file(session: Session, part_id: str) -> tuple[bytes, str, str]:
    part = session.get(models.Part, part_id, options=[undefer(models.Part.file_bytes)])
    if part is None:
        raise NotFound("part", part_id)
    return part.file_bytes, part.file_name, part.source_unit


SEAM_ORDER = (SortKey(models.Seam.position), SortKey(models.Seam.created_at), SortKey(models.Seam.id))


def list_seams(session: Session, part_id: str) -> list[models.Seam]:
    """Every seam of the part, in welding-list order."""
    return list_seam_page(session, part_id, None, None)[0]


def list_seam_page(
    session: Session, part_id: str, limit: int | None, cursor: str | None
) -> tuple[list[models.Seam], str | None]:
    """One page of the part's seams (all of them when limit is None) and the next page's cursor."""
    get_part(session, part_id)
    stmt = select(models.Seam).where(models.Seam.part_id == part_id)
    if limit is None:
        return list(session.scalars(stmt.order_by(*(k.column for k in SEAM_ORDER)))), None
    return paginate(session, stmt, SEAM_ORDER, limit, cursor)


def ensure_tool_access(
    session: Session, isolation: IsolatedRunner, part_id: str, rows: list[models.Seam], tool_id: str, timeout_s: float
) -> None:
    """Compute and store torch tool_id's accessibility of the rows that lack it (in a child process)."""
    todo = [r for r in rows if tool_id not in (r.geometry.get("torch_access") or {})]
    if not todo:
        return
    pairs = [_seam_and_procedure(r, directed=False) for r in todo]
    access = _isolated(isolation, timeout_s, access_records, *_part_file(session, part_id), pairs, tool_id)
    for row, acc in zip(todo, access, strict=True):
        geometry = dict(row.geometry)
        geometry["torch_access"] = {**(geometry.get("torch_access") or {}), tool_id: acc}
        row.geometry = geometry
    session.commit()


def detect(
    session: Session,
    isolation: IsolatedRunner,
    part_id: str,
    timeout_s: float,
    options: SeamDetectOptions | None = None,
    tool_id: str | None = None,
) -> list[models.Seam]:
    fields = detect_options(options)
    tool_id = checked_tool_id(tool_id)
    records = _isolated(isolation, timeout_s, detect_records, *_part_file(session, part_id), fields, tool_id)
    session.execute(delete(models.Seam).where(models.Seam.part_id == part_id, models.Seam.source == "detected"))
    for i, rec in enumerate(records):
        session.add(
            models.Seam(
                part_id=part_id,
                source="detected",
                position=i,
                kind=rec["kind"],
                enabled=True,
                reversed=False,
                geometry=rec["geometry"],
                procedure=rec["procedure"],
                procedure_override={},
                tenant_id=current_tenant(session).id,
            )
        )
    # User seams keep their place after the detected ones.
    users = session.scalars(
        select(models.Seam)
        .where(models.Seam.part_id == part_id, models.Seam.source == "user")
        .order_by(models.Seam.position)
    ).all()
    for j, row in enumerate(users):
        row.position = len(records) + j
    session.commit()
    return list_seams(session, part_id)


def _validated_overrides(base_api: dict[str, Any], overrides: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """The merged API procedure and the cad.WeldProcedure it describes; cad's validation names the field."""
    from cad import ProcedureError, WeldProcedure

    merged = {**base_api, **{k: v for k, v in overrides.items() if v is not None}}
    si: dict[str, Any] = {}
    names = {f.name for f in dataclasses.fields(WeldProcedure)}
    for api_field, value in merged.items():
        name, factor = si_name(api_field)
        if name not in names:
            raise InvalidInput(f"procedure.{api_field}", "not a weld procedure field")
        if name == "weave":
            si[name] = None if value is None else _weave(value, api_field)
        elif isinstance(value, int | float) and not isinstance(value, bool) and factor != 1.0:
            si[name] = value * factor
        else:
            si[name] = value
    if "passes" in si and isinstance(si["passes"], float) and si["passes"].is_integer():
        si["passes"] = int(si["passes"])
    try:
        return merged, WeldProcedure(**si)
    except (ProcedureError, TypeError, ValueError) as exc:
        msg = str(exc)
        field = msg.split(":", 1)[0]
        api_field = to_api_field(field)
        reason = msg.split(":", 1)[1].lstrip() if ":" in msg else msg
        if field in si and api_field in merged:
            # cad speaks SI; the user sent mm and degrees: echo the value as sent
            reason = reason.replace(f"got {si[field]!r}", f"got {merged[api_field]!r}")
        raise InvalidInput(f"procedure.{api_field}", reason) from exc


def to_api_field(si_field: str) -> str:
    from app.services.units import api_name

    return api_name(si_field)[0]


def _weave(value: Any, api_field: str) -> Any:
    from cad import Weave

    if not isinstance(value, dict):
        raise InvalidInput(f"procedure.{api_field}", "must be an object or null")
    kwargs = {}
    for k, v in value.items():
        name, factor = si_name(k)
        kwargs[name] = v * factor if isinstance(v, int | float) and not isinstance(v, bool) else v
    try:
        return Weave(**kwargs)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"procedure.{api_field}", str(exc)) from exc


def create_user_seam(
    session: Session, isolation: IsolatedRunner, part_id: str, body: SeamCreate, timeout_s: float
) -> models.Seam:
    if (body.points_mm is None) == (body.arc_mm is None):
        raise InvalidInput("points_mm", "give either points_mm (a polyline) or arc_mm (three points), not both")
    if body.points_mm is not None and len(body.points_mm) < 2:
        raise InvalidInput("points_mm", f"a seam needs at least two points, got {len(body.points_mm)}")
    data, name, unit = _part_file(session, part_id)

    def to_m(pts):
        return None if pts is None else (np.asarray(pts, dtype=float) * MM).tolist()

    rec = _isolated(isolation, timeout_s, user_seam_record, data, name, unit, to_m(body.points_mm), to_m(body.arc_mm))
    overrides = body.procedure or {}
    if overrides:
        _validated_overrides(rec["procedure"], overrides)
    position = (session.scalar(select(func.max(models.Seam.position)).where(models.Seam.part_id == part_id)) or 0) + 1
    row = models.Seam(
        part_id=part_id,
        source="user",
        position=position,
        kind=rec["kind"],
        enabled=True,
        reversed=False,
        geometry=rec["geometry"],
        procedure=rec["procedure"],
        procedure_override=overrides,
        tenant_id=current_tenant(session).id,
    )
    session.add(row)
    session.commit()
    return row


def get_seam(session: Session, part_id: str, seam_id: str) -> models.Seam:
    get_part(session, part_id)
    row = session.get(models.Seam, seam_id)
    if row is None or row.part_id != part_id:
        raise NotFound("seam", seam_id)
    return row


def patch_seam(session: Session, part_id: str, seam_id: str, body: SeamPatch) -> models.Seam:
    row = get_seam(session, part_id, seam_id)
    if body.procedure is not None:
        overrides = {**row.procedure_override, **body.procedure}
        overrides = {k: v for k, v in overrides.items() if v is not None or k == "weave"}
        _validated_overrides(row.procedure, overrides)
        if overrides != row.procedure_override:
            # the torch angle window comes from the procedure: each torch's accessibility is asked again
            row.geometry = {**row.geometry, "torch_access": {}}
        row.procedure_override = overrides
    if body.direction is not None:
        row.reversed = body.direction == "reverse"
    if body.enabled is not None:
        row.enabled = body.enabled
    session.commit()
    return row


def reorder_seams(session: Session, part_id: str, seam_ids: list[str]) -> list[models.Seam]:
    """Put the part's seams in the order given; a partial list is refused rather than guessed at, since
    where the unlisted seams should go is the user's call."""
    rows = {r.id: r for r in list_seams(session, part_id)}
    seen: set[str] = set()
    for i, seam_id in enumerate(seam_ids):
        if seam_id in seen:
            raise InvalidInput(f"seam_ids[{i}]", f"seam '{seam_id}' is listed twice")
        if seam_id not in rows:
            raise InvalidInput(f"seam_ids[{i}]", f"seam '{seam_id}' is not a seam of part '{part_id}'")
        seen.add(seam_id)
    missing = [s for s in rows if s not in seen]
    if missing:
        raise InvalidInput("seam_ids", f"every seam of the part must be listed; missing {', '.join(missing)}")
    for position, seam_id in enumerate(seam_ids):
        rows[seam_id].position = position
    session.commit()
    return list_seams(session, part_id)


def delete_seam(session: Session, part_id: str, seam_id: str) -> None:
    session.delete(get_seam(session, part_id, seam_id))
    session.commit()


def seam_public(row: models.Seam, tool_id: str = DEFAULT_TOOL_ID) -> dict[str, Any]:
    """A seam at the API edge with torch tool_id's accessibility (accessible, accessible_fraction,
    point_accessible and the per-point torch_access; null torch_access where not computed for it)."""
    g = dict(row.geometry)
    by_tool = g.pop("torch_access", None) or {}
    access = by_tool.get(tool_id)
    points = None
    if access is not None:
        g.update(
            point_accessible=access["point_accessible"],
            accessible=access["accessible"],
            accessible_fraction=access["accessible_fraction"],
        )
        points = list(access["points"])
    per_point = ("points_mm", "tangents", "normals_a", "normals_b", "point_accessible")
    g.setdefault("gap_segments", [])
    g.setdefault("gap_mode", "bridge")
    g.setdefault("joined_bodies", [])
    if row.reversed:
        for key in per_point:
            g[key] = g[key][::-1]
        g["tangents"] = [[-c for c in t] for t in g["tangents"]]
        g["gap_segments"] = list(_reversed_segments(g["gap_segments"], len(g["points_mm"]), bool(g["closed"])))
        if points is not None:
            # a witness found welding against the stored direction is one along the row's direction
            points = [{**p, "witness_reversed": not p["witness_reversed"]} for p in points[::-1]]
    torch_access = (
        None
        if access is None
        else {
            "tool_id": tool_id,
            "cap_deg": access["cap_deg"],
            "searched_deg": access["searched_deg"],
            "survey_size": access["survey_size"],
            "points": points,
        }
    )
    return {
        "id": row.id,
        "kind": row.kind,
        "source": row.source,
        "enabled": row.enabled,
        "direction": "reverse" if row.reversed else "forward",
        **g,
        "torch_access": torch_access,
        "procedure": {**row.procedure, **row.procedure_override},
        "procedure_overrides": sorted(row.procedure_override),
        "welding_position": _welding_position(row),
    }


def _welding_position(row: models.Seam) -> str:
    """ISO 6947 main position of the seam with the part as its file has it (z up). A part placed on the table
    keeps it: automatic placement moves the part and turns it about z only (planning.cell, its yaws), which
    changes no angle to gravity. A positioner turns the part: a positioner plan reports each seam's position."""
    from cad.procedures import welding_position

    seam, _ = _seam_and_procedure(row)
    return welding_position(seam, np.eye(3))


def _reversed_segments(segments: list[int], m: int, closed: bool) -> tuple[int, ...]:
    from cad.seam_types import reversed_segments

    return reversed_segments(tuple(segments), m, closed)


def _seam_and_procedure(row: models.Seam, directed: bool = True, tool_id: str | None = None) -> tuple[Any, Any]:
    from cad import Seam

    g = row.geometry
    access = (g.get("torch_access") or {}).get(tool_id) if tool_id is not None else None
    if tool_id is not None and access is None:
        # not checked with this torch: no bound, the planner tries every point
        ok = np.ones(len(g["points_mm"]), dtype=bool)
        accessible, fraction = True, 1.0
    else:
        src = access if access is not None else g
        ok = np.asarray(src["point_accessible"], dtype=bool)
        accessible, fraction = bool(src["accessible"]), float(src["accessible_fraction"])
    thickness = [None if t is None else t * MM for t in g.get("thickness_mm", [None, None])]
    seam = Seam(
        kind=row.kind,
        points=np.asarray(g["points_mm"], dtype=float) * MM,
        tangents=np.asarray(g["tangents"], dtype=float),
        normals_a=np.asarray(g["normals_a"], dtype=float),
        normals_b=np.asarray(g["normals_b"], dtype=float),
        bodies=tuple(g["bodies"]),
        open_angle=math.radians(g["open_angle_deg"]),
        length=g["length_mm"] * MM,
        thickness_a=thickness[0],
        thickness_b=thickness[1],
        accessible=accessible,
        accessible_fraction=fraction,
        point_accessible=ok,
        source=row.source,
        closed=bool(g.get("closed", False)),
        gaps=tuple(g.get("gap_segments", ())),
        gap_mode=g.get("gap_mode", "bridge"),
        joined_bodies=tuple(g.get("joined_bodies", ())),
        access_tool=tool_id if access is not None else None,
    )
    _, procedure = _validated_overrides(row.procedure, row.procedure_override)
    return (seam.reversed() if row.reversed and directed else seam), procedure


def seam_for_planning(row: models.Seam, tool_id: str | None = None) -> tuple[Any, Any]:
    """(cad.Seam in metres, in the row's welding direction; cad.WeldProcedure with the user's overrides).
    tool_id: the plan's torch: its accessibility bounds the plan (every point open where it was never
    computed); None: the accessibility stored at detection."""
    return _seam_and_procedure(row, True, tool_id)
