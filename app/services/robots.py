"""Robots and tools: resolve ids to specs (built-in or registered), register robots, FK and IK."""

from __future__ import annotations

import hashlib
import math
import threading
import xml.etree.ElementTree as ET  # noqa: S405  (URDFs were parsed by robot_models on load)
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from app.db import models
from app.db.base import new_id
from app.schemas.robots import Pose, RobotCreate
from app.services.errors import Conflict, InvalidInput, NotFound, invalid
from app.services.pagination import DEFAULT_LIMIT, SortKey, paginate
from app.services.tenants import check_storage, current_tenant

MM = 1e-3
# A joint angle this far outside its limit (1e-6 deg) still counts as inside: the limits are served in
# degrees rounded to 6 decimals, and a client that sends one back must get the pose, not a 422.
LIMIT_TOL_RAD = math.radians(1e-6)
_cache: dict[str, Any] = {}
_cache_lock = threading.Lock()


def _rad(values_deg: Any) -> np.ndarray:
    return np.radians(np.asarray(values_deg, dtype=float))


def _spec_from_row(row: models.Robot, data_dir: Path) -> Any:
    from kinematics import OPWParams
    from robot_models import load_builtin_robots, robot_from_opw, robot_from_urdf_zip

    kind = row.definition["kind"]
    if kind == "builtin":
        return load_builtin_robots()[row.id]
    if kind == "opw":
        d = row.definition
        o = d["opw"]
        m = {k: o[f"{k}_mm"] * MM for k in ("a1", "a2", "b", "c1", "c2", "c3", "c4")}
        opw = OPWParams(m["a1"], m["a2"], m["b"], m["c1"], m["c2"], m["c3"], m["c4"],
                        offsets=tuple(_rad(o["offsets_deg"])), sign_corrections=tuple(o["sign_corrections"]))
        accel = d.get("max_accel_deg_s2")
        return robot_from_opw(d["name"], d["vendor"], opw, _rad(d["joint_limits_deg"]), _rad(d["max_speed_deg_s"]),
                              max_accel=None if accel is None else _rad(accel), id=row.id)
    if kind == "urdf_zip":
        if row.urdf_zip is None:
            raise ValueError(f"robot '{row.id}' is registered from a URDF zip but the zip is not stored")
        return robot_from_urdf_zip(row.urdf_zip, data_dir / "robots" / row.id, name=row.name, id=row.id)
    raise ValueError(f"robot '{row.id}' has an unknown definition kind '{kind}'")


def robot_spec(session: Session, robot_id: str, data_dir: Path) -> Any:
    """The robot's spec; NotFound for an id the session does not see (another tenant's robot included). The
    row is looked up before the cache, which holds every tenant's robots: a cached spec is no permission."""
    row = session.get(models.Robot, robot_id)
    if row is None:
        raise NotFound("robot", robot_id)
    with _cache_lock:
        if robot_id in _cache:
            return _cache[robot_id]
    spec = _spec_from_row(row, data_dir)  # loads the deferred urdf_zip of a URDF robot
    with _cache_lock:
        _cache[robot_id] = spec
    return spec


def forget(robot_id: str) -> None:
    """Drop a deleted robot's cached spec, so its id resolves to 404 from now on."""
    with _cache_lock:
        _cache.pop(robot_id, None)


def tool_spec(tool_id: str) -> Any:
    from robot_models import load_builtin_tools

    tools = load_builtin_tools()
    if tool_id not in tools:
        raise NotFound("tool", tool_id)
    return tools[tool_id]


def tool_shapes(tool: Any) -> list[dict[str, Any]]:
    """The torch's collision shapes at the API edge (mm), so a viewer draws the torch the planner checked."""
    return [{"name": g.name, "kind": g.kind, "pose": pose_from_X(g.X_FG), "radius_mm": g.radius / MM,
             "length_mm": g.length / MM, "size_mm": None if g.size is None else [v / MM for v in g.size]}
            for g in tool.collisions]


def _viewer_meshes(spec: Any) -> tuple[ET.Element, list[Path]]:
    """The URDF with each <mesh filename> replaced by meshes/<k>/<file name>, and the files k names.

    A browser cannot follow package:// or paths outside the URL tree, so the viewer gets one URL form; the
    files are resolved as the collision model resolves them, and only files the URDF names can be served.
    """
    from collision.robot_urdf import resolve_mesh

    root = ET.fromstring(spec.urdf_text)
    files: list[Path] = []
    for link in root.iter("link"):
        for mesh in link.iter("mesh"):
            try:
                path = resolve_mesh(mesh.get("filename", ""), spec.urdf_dir, link.get("name", "?"))
            except ValueError:
                continue  # the collision model refuses such a robot; the viewer draws the rest of it
            mesh.set("filename", f"meshes/{len(files)}/{path.name}")
            files.append(path)
    return root, files


def viewer_urdf(spec: Any) -> str:
    """The robot's URDF for a browser: mesh filenames relative to GET /robots/{id}/urdf."""
    root, _ = _viewer_meshes(spec)
    return ET.tostring(root, encoding="unicode")


def viewer_mesh(spec: Any, index: int, name: str) -> Path:
    """The file viewer_urdf names meshes/<index>/<name>; NotFound for any other."""
    _, files = _viewer_meshes(spec)
    if not 0 <= index < len(files) or files[index].name != name:
        raise NotFound("robot mesh", f"{index}/{name}")
    return files[index]


def pose_from_X(X: np.ndarray) -> dict[str, list[float]]:
    from kinematics import xyz_quat_wxyz_from_X

    p, q = xyz_quat_wxyz_from_X(X)
    return {"xyz_mm": [float(v) / MM for v in p], "quat_wxyz": [float(v) for v in q]}


def X_from_pose(pose: Pose, field: str = "pose") -> np.ndarray:
    from kinematics import X_from_xyz_quat_wxyz

    q = np.asarray(pose.quat_wxyz, dtype=float)
    if np.linalg.norm(q) < 1e-9:
        raise InvalidInput(f"{field}.quat_wxyz", "the quaternion has zero length")
    return X_from_xyz_quat_wxyz(np.asarray(pose.xyz_mm, dtype=float) * MM, q)


def robot_public(spec: Any, builtin: bool) -> dict[str, Any]:
    return {
        "id": spec.id, "name": spec.name, "vendor": spec.vendor, "model": spec.model, "dof": spec.dof,
        "reach_mm": round(spec.reach_m / MM, 3), "payload_kg": spec.payload_kg, "builtin": builtin,
        "kinematics": spec.kinematics_kind,
        "joint_limits_deg": np.degrees(spec.joint_limits).round(6).tolist(),
        "max_speed_deg_s": np.degrees(spec.max_speed).round(6).tolist(),
        "home_deg": np.degrees(spec.home).round(6).tolist(),
        "base_link": spec.base_link, "tip_link": spec.tip_link,
    }


ROBOT_ORDER = (SortKey(models.Robot.builtin, descending=True), SortKey(models.Robot.id))


def list_robots(session: Session, data_dir: Path, limit: int = DEFAULT_LIMIT, cursor: str | None = None
                ) -> tuple[list[dict[str, Any]], str | None]:
    """One page of robots, built-in ones first, and the next page's cursor."""
    rows, next_cursor = paginate(session, select(models.Robot), ROBOT_ORDER, limit, cursor)
    return [robot_public(robot_spec(session, r.id, data_dir), r.builtin) for r in rows], next_cursor


def _same_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _refuse_duplicate_name(session: Session, name: str, field: str) -> None:
    """Conflict when a robot (built-in or registered) has this name already, ignoring case and runs of spaces:
    a name picks a robot in lists and programs, so two robots of one name are a user error, not two robots.
    Among the robots the session sees: another tenant's robot of this name is neither refused nor revealed."""
    key = _same_name(name)
    for row in session.scalars(select(models.Robot).order_by(models.Robot.created_at)):
        if _same_name(row.name) == key:
            raise Conflict(f"{field}: robot '{row.id}' is named '{row.name}' already; use it, or register this one "
                           "under another name", robot_id=row.id)


def _refuse_duplicate_zip(session: Session, sha256: str) -> None:
    """Conflict when the very same URDF zip (same bytes) was registered already, under whatever name."""
    rows = session.scalars(select(models.Robot).where(models.Robot.builtin.is_(False))
                           .options(undefer(models.Robot.urdf_zip))).all()
    for row in rows:
        if row.definition.get("kind") != "urdf_zip":
            continue
        known = row.definition.get("sha256") or hashlib.sha256(row.urdf_zip or b"").hexdigest()
        if known == sha256:
            raise Conflict(f"file: this URDF zip is registered already as robot '{row.id}' ('{row.name}')",
                           robot_id=row.id)


def register_opw_robot(session: Session, body: RobotCreate, data_dir: Path) -> dict[str, Any]:
    from robot_models import RobotModelError

    _refuse_duplicate_name(session, body.name, "name")
    limits = np.asarray(body.joint_limits_deg, dtype=float)
    for i, (lo, hi) in enumerate(limits):
        if lo >= hi:
            raise InvalidInput(f"joint_limits_deg[{i}]", f"lower limit {lo:g} is not below upper limit {hi:g}")
    row = models.Robot(id=new_id(), name=body.name, vendor=body.vendor, model=body.model or body.name,
                       builtin=False, definition={"kind": "opw", **body.model_dump(mode="json")},
                       tenant_id=current_tenant(session).id)
    try:
        spec = _spec_from_row(row, data_dir)
    except (RobotModelError, ValueError) as exc:
        raise invalid(str(exc), "opw") from exc
    session.add(row)
    session.commit()
    with _cache_lock:
        _cache[row.id] = spec
    return robot_public(spec, builtin=False)


def register_urdf_robot(session: Session, data: bytes, filename: str, name: str | None,
                        data_dir: Path) -> dict[str, Any]:
    from robot_models import RobotModelError, robot_from_urdf_zip

    sha256 = hashlib.sha256(data).hexdigest()
    _refuse_duplicate_zip(session, sha256)
    check_storage(session, len(data))
    robot_id = new_id()
    extract_dir = data_dir / "robots" / robot_id
    try:
        spec = robot_from_urdf_zip(data, extract_dir, name=name, id=robot_id)
    except (RobotModelError, ValueError) as exc:
        _remove_tree(extract_dir)
        raise InvalidInput("file", f"'{filename}': {exc}") from exc
    try:
        _refuse_duplicate_name(session, spec.name, "name" if name else "file")
    except Conflict:
        _remove_tree(extract_dir)
        raise
    row = models.Robot(id=robot_id, name=spec.name, vendor=spec.vendor, model=spec.model, builtin=False,
                       definition={"kind": "urdf_zip", "file_name": filename, "sha256": sha256}, urdf_zip=data,
                       tenant_id=current_tenant(session).id)
    session.add(row)
    session.commit()
    with _cache_lock:
        _cache[robot_id] = spec
    return robot_public(spec, builtin=False)


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def fk(spec: Any, joints_deg: list[float], tool_id: str | None) -> dict[str, Any]:
    """The flange (or TCP) pose for joint angles inside the robot's limits; InvalidInput naming joints_deg[i]
    and its limit for one outside: a pose the robot cannot take must not come back as if it could."""
    q = _rad(joints_deg)
    if q.shape != (spec.dof,):
        raise InvalidInput("joints_deg", f"expected {spec.dof} values for robot '{spec.id}', got {q.size}")
    lo, hi = spec.joint_limits[:, 0], spec.joint_limits[:, 1]
    outside = np.flatnonzero((q < lo - LIMIT_TOL_RAD) | (q > hi + LIMIT_TOL_RAD))
    if outside.size:
        i = int(outside[0])
        raise InvalidInput(f"joints_deg[{i}]", f"{joints_deg[i]:g} deg is outside joint {i + 1}'s limits "
                                               f"[{math.degrees(lo[i]):g}, {math.degrees(hi[i]):g}] deg of robot "
                                               f"'{spec.id}'", limit_deg=[math.degrees(lo[i]), math.degrees(hi[i])])
    X = spec.kinematics.fk(q[None, :])[0]
    if tool_id is not None:
        X = X @ tool_spec(tool_id).X_FT
    return {"pose": pose_from_X(X)}


def ik(spec: Any, pose: Pose, tool_id: str | None) -> dict[str, Any]:
    """The distinct arm configurations reaching a pose, each with its whole-turn variants.

    A joint whose range spans more than a turn reaches the same pose at q + 360 n deg: that is the same
    configuration of the arm (the same posture, only a wrist or base wound round once more), so the answer
    groups those variants under one configuration instead of counting each as a solution of its own. The
    configuration's joints_deg is its variant nearest zero (the smallest sum of |q|, each joint in
    (-180, 180] deg between equals). Branches of the
    analytic IK (shoulder front/back, elbow up/down, wrist flipped or not) are different postures and stay
    separate configurations."""
    from kinematics import invert_X
    from kinematics.solutions import dedupe_branches, turn_variants

    X = X_from_pose(pose)
    if tool_id is not None:
        X = X @ invert_X(tool_spec(tool_id).X_FT)
    kin = spec.kinematics
    # What kin.ik does (kinematics.solutions.expand_within_limits), keeping which branch each variant came from.
    branches = dedupe_branches(kin.verified_branches(X[None, :, :]))[0]
    solutions, owner = turn_variants(branches, kin.lower - 1e-9, kin.upper + 1e-9)
    solutions_deg = np.degrees(solutions)
    configurations = []
    for branch in dict.fromkeys(owner.tolist()):
        variants = solutions_deg[owner == branch]
        # Nearest zero; between equals (a joint at -180 or +180 deg) the one with every joint in (-180, 180].
        main = int(np.lexsort((np.sum(variants <= -180.0 + 1e-9, axis=1), np.abs(variants).sum(axis=1)))[0])
        configurations.append({"joints_deg": variants[main].tolist(),
                               "turn_variants_deg": np.delete(variants, main, axis=0).tolist()})
    return {"configurations": configurations, "solutions_deg": solutions_deg.tolist()}
