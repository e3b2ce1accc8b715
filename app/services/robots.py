"""Robots and tools: resolve ids to specs (built-in or registered), register robots, FK and IK."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from app.api.errors import ProblemError, not_found
from app.db import models
from app.db.base import new_id
from app.schemas.robots import Pose, RobotCreate
from app.services.pagination import DEFAULT_LIMIT, SortKey, paginate

MM = 1e-3
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
        opw = OPWParams(*(o[k] * MM for k in ("a1_mm", "a2_mm", "b_mm", "c1_mm", "c2_mm", "c3_mm", "c4_mm")),
                        offsets=tuple(_rad(o["offsets_deg"])), sign_corrections=tuple(o["sign_corrections"]))
        accel = d.get("max_accel_deg_s2")
        return robot_from_opw(d["name"], d["vendor"], opw, _rad(d["joint_limits_deg"]), _rad(d["max_speed_deg_s"]),
                              max_accel=None if accel is None else _rad(accel), id=row.id)
    if kind == "urdf_zip":
        return robot_from_urdf_zip(row.urdf_zip, data_dir / "robots" / row.id, name=row.name, id=row.id)
    raise ValueError(f"robot '{row.id}' has an unknown definition kind '{kind}'")


def robot_spec(session: Session, robot_id: str, data_dir: Path) -> Any:
    with _cache_lock:
        if robot_id in _cache:
            return _cache[robot_id]
    row = session.get(models.Robot, robot_id, options=[undefer(models.Robot.urdf_zip)])
    if row is None:
        raise not_found("robot", robot_id)
    spec = _spec_from_row(row, data_dir)
    with _cache_lock:
        _cache[robot_id] = spec
    return spec


def tool_spec(tool_id: str) -> Any:
    from robot_models import load_builtin_tools

    tools = load_builtin_tools()
    if tool_id not in tools:
        raise not_found("tool", tool_id)
    return tools[tool_id]


def pose_from_X(X: np.ndarray) -> dict[str, list[float]]:
    from kinematics import xyz_quat_wxyz_from_X

    p, q = xyz_quat_wxyz_from_X(X)
    return {"xyz_mm": [float(v) / MM for v in p], "quat_wxyz": [float(v) for v in q]}


def X_from_pose(pose: Pose, field: str = "pose") -> np.ndarray:
    from kinematics import X_from_xyz_quat_wxyz

    q = np.asarray(pose.quat_wxyz, dtype=float)
    if np.linalg.norm(q) < 1e-9:
        raise ProblemError(422, f"{field}.quat_wxyz: the quaternion has zero length")
    return X_from_xyz_quat_wxyz(np.asarray(pose.xyz_mm, dtype=float) * MM, q)


def robot_public(spec: Any, builtin: bool) -> dict[str, Any]:
    return {
        "id": spec.id, "name": spec.name, "vendor": spec.vendor, "model": spec.model, "dof": spec.dof,
        "reach_mm": round(spec.reach_m / MM, 3), "payload_kg": spec.payload_kg, "builtin": builtin,
        "kinematics": spec.kinematics_kind,
        "joint_limits_deg": np.degrees(spec.joint_limits).round(6).tolist(),
        "max_speed_deg_s": np.degrees(spec.max_speed).round(6).tolist(),
        "home_deg": np.degrees(spec.home).round(6).tolist(),
    }


ROBOT_ORDER = (SortKey(models.Robot.builtin, descending=True), SortKey(models.Robot.id))


def list_robots(session: Session, data_dir: Path, limit: int = DEFAULT_LIMIT, cursor: str | None = None
                ) -> tuple[list[dict[str, Any]], str | None]:
    """One page of robots, built-in ones first, and the next page's cursor."""
    rows, next_cursor = paginate(session, select(models.Robot), ROBOT_ORDER, limit, cursor)
    return [robot_public(robot_spec(session, r.id, data_dir), r.builtin) for r in rows], next_cursor


def register_opw_robot(session: Session, body: RobotCreate, data_dir: Path) -> dict[str, Any]:
    from robot_models import RobotModelError

    limits = np.asarray(body.joint_limits_deg, dtype=float)
    for i, (lo, hi) in enumerate(limits):
        if lo >= hi:
            raise ProblemError(422, f"joint_limits_deg[{i}]: lower limit {lo:g} is not below upper limit {hi:g}")
    row = models.Robot(id=new_id(), name=body.name, vendor=body.vendor, model=body.model or body.name,
                       builtin=False, definition={"kind": "opw", **body.model_dump(mode="json")})
    try:
        spec = _spec_from_row(row, data_dir)
    except (RobotModelError, ValueError) as exc:
        raise ProblemError(422, str(exc)) from exc
    session.add(row)
    session.commit()
    with _cache_lock:
        _cache[row.id] = spec
    return robot_public(spec, builtin=False)


def register_urdf_robot(session: Session, data: bytes, filename: str, name: str | None,
                        data_dir: Path) -> dict[str, Any]:
    from robot_models import RobotModelError, robot_from_urdf_zip

    robot_id = new_id()
    extract_dir = data_dir / "robots" / robot_id
    try:
        spec = robot_from_urdf_zip(data, extract_dir, name=name, id=robot_id)
    except (RobotModelError, ValueError) as exc:
        _remove_tree(extract_dir)
        raise ProblemError(422, f"file: '{filename}': {exc}") from exc
    row = models.Robot(id=robot_id, name=spec.name, vendor=spec.vendor, model=spec.model, builtin=False,
                       definition={"kind": "urdf_zip", "file_name": filename}, urdf_zip=data)
    session.add(row)
    session.commit()
    with _cache_lock:
        _cache[robot_id] = spec
    return robot_public(spec, builtin=False)


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


def fk(spec: Any, joints_deg: list[float], tool_id: str | None) -> dict[str, Any]:
    q = _rad(joints_deg)
    if q.shape != (spec.dof,):
        raise ProblemError(422, f"joints_deg: expected {spec.dof} values for robot '{spec.id}', got {q.size}")
    X = spec.kinematics.fk(q[None, :])[0]
    if tool_id is not None:
        X = X @ tool_spec(tool_id).X_FT
    return {"pose": pose_from_X(X)}


def ik(spec: Any, pose: Pose, tool_id: str | None) -> dict[str, Any]:
    from kinematics import invert_X

    X = X_from_pose(pose)
    if tool_id is not None:
        X = X @ invert_X(tool_spec(tool_id).X_FT)
    solutions = spec.kinematics.ik(X[None, :, :])[0]
    return {"solutions_deg": np.degrees(solutions).tolist()}
