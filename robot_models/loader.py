"""Read robot folders (robot.yaml + robot.urdf) and tool files (tool.yaml) into RobotSpec / ToolSpec.

The YAML files use mm and degrees with the unit in the key; everything is converted to SI here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import numpy as np
import yaml

from kinematics.chain import fk
from kinematics.opw import Int6, OPWParams, opw_fk
from kinematics.se3 import X_from_xyz_quat_wxyz
from kinematics.ur import URParams, ur_fk
from robot_models.errors import RobotModelError
from robot_models.spec import RobotSpec, ToolPrimitive, ToolSpec

__all__ = ["load_robot_dir", "load_tool_file", "opw_from_mapping_mm_deg", "ur_from_mapping_mm"]

# FK of the URDF and of the YAML's analytic parameters must agree this well (m / rotation entries).
MODEL_MATCH_TOL = 1e-6


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RobotModelError(f"cannot read {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise RobotModelError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RobotModelError(f"{path} must hold a mapping of fields")
    return data


def _field(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise RobotModelError(f"{where}: field '{key}' is missing")
    return data[key]


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RobotModelError(f"{where} must be a finite number, got {value!r}")
    return float(value)


def _numbers(value: Any, shape: tuple[int, ...], where: str) -> np.ndarray:
    try:
        arr = np.array(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise RobotModelError(f"{where} must be numbers of shape {list(shape)}") from exc
    if arr.shape != shape:
        raise RobotModelError(f"{where} must have shape {list(shape)}, got {list(arr.shape)}")
    if not np.all(np.isfinite(arr)):
        raise RobotModelError(f"{where} must be finite numbers")
    return arr


def opw_from_mapping_mm_deg(data: Mapping[str, Any], where: str) -> OPWParams:
    """OPWParams from {a1_mm .. c4_mm, offsets_deg[6], sign_corrections[6]} (b_mm included)."""
    # Any: mypy cannot tell that ** fills only the float fields a1..c4.
    lengths: dict[str, Any] = {
        k: _number(_field(data, f"{k}_mm", where), f"{where}.{k}_mm") / 1000.0
        for k in ("a1", "a2", "b", "c1", "c2", "c3", "c4")
    }
    offsets = np.radians(_numbers(_field(data, "offsets_deg", where), (6,), f"{where}.offsets_deg"))
    signs = _numbers(_field(data, "sign_corrections", where), (6,), f"{where}.sign_corrections")
    if not np.all(np.isin(signs, (1.0, -1.0))):
        raise RobotModelError(f"{where}.sign_corrections must be +1 or -1, got {signs.tolist()}")
    try:
        return OPWParams(
            **lengths, offsets=tuple(offsets.tolist()), sign_corrections=cast(Int6, tuple(int(s) for s in signs))
        )
    except ValueError as exc:
        raise RobotModelError(f"{where}: {exc}") from exc


def ur_from_mapping_mm(data: Mapping[str, Any], where: str) -> URParams:
    """URParams from {d1_mm, a2_mm, a3_mm, d4_mm, d5_mm, d6_mm} (UR's published DH table)."""
    values: dict[str, Any] = {
        k: _number(_field(data, f"{k}_mm", where), f"{where}.{k}_mm") / 1000.0
        for k in ("d1", "a2", "a3", "d4", "d5", "d6")
    }
    try:
        return URParams(**values)
    except ValueError as exc:
        raise RobotModelError(f"{where}: {exc}") from exc


def _check_analytic_matches_urdf(spec: RobotSpec, where: str) -> None:
    """The YAML's analytic parameters must describe the same robot as its URDF (seeded random q)."""
    lo, hi = spec.joint_limits[:, 0], spec.joint_limits[:, 1]
    q = np.random.default_rng(1234).uniform(lo, hi, size=(16, 6))
    X_urdf = fk(spec.chain, q)
    if spec.opw is not None:
        X_model = opw_fk(spec.opw, q)
    elif spec.ur is not None:
        X_model = ur_fk(spec.ur, q)
    else:
        return
    err = float(np.max(np.abs(X_urdf - X_model)))
    if err > MODEL_MATCH_TOL:
        raise RobotModelError(
            f"{where}: the {spec.kinematics_kind} parameters in robot.yaml do not match robot.urdf "
            f"(FK differs by up to {err:.3g})"
        )


def load_robot_dir(path: Path | str) -> RobotSpec:
    """Load a robot folder holding robot.yaml and robot.urdf (meshes resolve relative to the folder)."""
    folder = Path(path)
    yaml_path = folder / "robot.yaml"
    urdf_path = folder / "robot.urdf"
    for p in (yaml_path, urdf_path):
        if not p.is_file():
            raise RobotModelError(f"robot folder {folder} has no {p.name}")
    data = _read_yaml(yaml_path)
    where = str(yaml_path)
    kin = _field(data, "kinematics", where)
    if not isinstance(kin, dict) or len(kin) != 1 or next(iter(kin)) not in ("opw", "ur", "numeric"):
        raise RobotModelError(f"{where}: 'kinematics' must have exactly one of the keys opw, ur, numeric")
    opw = opw_from_mapping_mm_deg(kin["opw"], f"{where} kinematics.opw") if "opw" in kin else None
    ur = ur_from_mapping_mm(kin["ur"], f"{where} kinematics.ur") if "ur" in kin else None
    controller = data.get("controller") or {}
    if not isinstance(controller, dict):
        raise RobotModelError(f"{where}: 'controller' must be a mapping")
    payload = data.get("payload_kg")
    mass = data.get("mass_kg")
    repeat = data.get("repeatability_mm")
    sources = data.get("sources") or []
    if not isinstance(sources, list):
        raise RobotModelError(f"{where}: 'sources' must be a list of strings")
    try:
        urdf_text = urdf_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RobotModelError(f"cannot read {urdf_path} as UTF-8 text: {exc}") from exc
    spec = RobotSpec(
        id=str(_field(data, "id", where)),
        name=str(_field(data, "name", where)),
        vendor=str(_field(data, "vendor", where)),
        model=str(data.get("model", "")),
        dof=6,
        reach_m=_number(_field(data, "reach_mm", where), f"{where} reach_mm") / 1000.0,
        payload_kg=None if payload is None else _number(payload, f"{where} payload_kg"),
        urdf_text=urdf_text,
        urdf_dir=folder.resolve(),
        joint_limits=np.radians(
            _numbers(_field(data, "joint_limits_deg", where), (6, 2), f"{where} joint_limits_deg")
        ),
        max_speed=np.radians(
            _numbers(_field(data, "max_speed_deg_s", where), (6,), f"{where} max_speed_deg_s")
        ),
        max_accel=np.radians(
            _numbers(_field(data, "max_accel_deg_s2", where), (6,), f"{where} max_accel_deg_s2")
        ),
        home=np.radians(_numbers(_field(data, "home_deg", where), (6,), f"{where} home_deg")),
        opw=opw,
        ur=ur,
        sources=tuple(str(s) for s in sources),
        mass_kg=None if mass is None else _number(mass, f"{where} mass_kg"),
        repeatability_m=None if repeat is None else _number(repeat, f"{where} repeatability_mm") / 1000.0,
        accel_assumption=str(_field(data, "accel_assumption", where)),
        controller_axis_names=tuple(controller.get("axis_names") or ()),
        controller_coupling=str(controller.get("coupling", "none")),
        controller_notes=str(controller.get("notes", "")),
    )
    _check_analytic_matches_urdf(spec, where)
    return spec


def _pose_mm(data: Any, where: str) -> np.ndarray:
    if not isinstance(data, dict):
        raise RobotModelError(f"{where} must be a mapping with xyz_mm and quat_wxyz")
    xyz = _numbers(_field(data, "xyz_mm", where), (3,), f"{where}.xyz_mm") / 1000.0
    quat = _numbers(_field(data, "quat_wxyz", where), (4,), f"{where}.quat_wxyz")
    norm = float(np.linalg.norm(quat))
    if abs(norm - 1.0) > 1e-6:
        raise RobotModelError(f"{where}.quat_wxyz must be a unit quaternion, its norm is {norm:.9g}")
    return X_from_xyz_quat_wxyz(xyz, quat / norm)


def _positive_mm(data: Mapping[str, Any], key: str, where: str) -> float:
    value = _number(_field(data, key, where), f"{where}.{key}")
    if value <= 0:
        raise RobotModelError(f"{where}.{key} must be positive, got {value}")
    return value / 1000.0


def load_tool_file(path: Path | str) -> ToolSpec:
    """Load a tool.yaml (torch) into a ToolSpec; see robot_models/tools/*/tool.yaml for the format."""
    path = Path(path)
    data = _read_yaml(path)
    where = str(path)
    shapes = _field(data, "collision", where)
    if not isinstance(shapes, list) or not shapes:
        raise RobotModelError(f"{where}: 'collision' must be a non-empty list of shapes")
    prims: list[ToolPrimitive] = []
    for i, s in enumerate(shapes):
        w = f"{where} collision[{i}]"
        if not isinstance(s, dict):
            raise RobotModelError(f"{w} must be a mapping")
        kind = _field(s, "kind", w)
        X = _pose_mm(s, w)
        name = str(s.get("name", f"shape_{i}"))
        if kind == "cylinder":
            radius = _positive_mm(s, "radius_mm", w)
            prims.append(ToolPrimitive(name, kind, X, radius=radius, length=_positive_mm(s, "length_mm", w)))
        elif kind == "sphere":
            prims.append(ToolPrimitive(name, kind, X, radius=_positive_mm(s, "radius_mm", w)))
        elif kind == "box":
            size = _numbers(_field(s, "size_mm", w), (3,), f"{w}.size_mm") / 1000.0
            if np.any(size <= 0):
                raise RobotModelError(f"{w}.size_mm must be positive")
            prims.append(ToolPrimitive(name, kind, X, size=(float(size[0]), float(size[1]), float(size[2]))))
        else:
            raise RobotModelError(f"{w}.kind must be cylinder, sphere or box, got {kind!r}")
    tip_name = str(_field(data, "tip_collision", where))
    names = [p.name for p in prims]
    if names.count(tip_name) != 1:
        raise RobotModelError(f"{where}: tip_collision '{tip_name}' must name exactly one of {names}")
    assumptions = data.get("assumptions") or []
    return ToolSpec(
        id=str(_field(data, "id", where)),
        name=str(_field(data, "name", where)),
        X_FT=_pose_mm(_field(data, "X_FT", where), f"{where} X_FT"),
        stickout_m=_number(_field(data, "stickout_mm", where), f"{where} stickout_mm") / 1000.0,
        nozzle_diameter_m=_number(_field(data, "nozzle_diameter_mm", where), f"{where} nozzle_diameter_mm")
        / 1000.0,
        collisions=tuple(prims),
        tip_collision_index=names.index(tip_name),
        neck_angle_rad=math.radians(_number(data.get("neck_angle_deg", 0.0), f"{where} neck_angle_deg")),
        assumptions=tuple(str(a) for a in assumptions),
        mass_kg=None if data.get("mass_kg") is None else _number(data["mass_kg"], f"{where} mass_kg"),
        com_m=None if data.get("com_mm") is None else _numbers(data["com_mm"], (3,), f"{where} com_mm") / 1000.0,
    )
