"""The built-in robots and torches, and robots registered through the API (OPW parameters or a URDF zip)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import numpy as np

from kinematics.opw import Int6, OPWParams
from robot_models.errors import RobotModelError
from robot_models.loader import load_robot_dir, load_tool_file
from robot_models.opw_urdf import home_from_opw, opw_reach_m, urdf_from_opw
from robot_models.spec import VENDORS, RobotSpec, ToolSpec, check_id
from robot_models.zip_import import TIME_TO_MAX_SPEED_S, robot_from_urdf_zip, slug

__all__ = [
    "ROBOTS_DIR",
    "TOOLS_DIR",
    "load_builtin_robots",
    "load_builtin_tools",
    "robot_from_opw",
    "robot_from_urdf_zip",
]

ROBOTS_DIR = Path(__file__).resolve().parent / "robots"
TOOLS_DIR = Path(__file__).resolve().parent / "tools"


@lru_cache(maxsize=1)
def _builtin_robots() -> tuple[tuple[str, RobotSpec], ...]:
    specs = []
    for folder in sorted(p for p in ROBOTS_DIR.iterdir() if (p / "robot.yaml").is_file()):
        spec = load_robot_dir(folder)
        if spec.id != folder.name:
            raise RobotModelError(f"{folder / 'robot.yaml'}: id '{spec.id}' differs from its folder name")
        specs.append((spec.id, spec))
    return tuple(specs)


@lru_cache(maxsize=1)
def _builtin_tools() -> tuple[tuple[str, ToolSpec], ...]:
    specs = []
    for folder in sorted(p for p in TOOLS_DIR.iterdir() if (p / "tool.yaml").is_file()):
        spec = load_tool_file(folder / "tool.yaml")
        if spec.id != folder.name:
            raise RobotModelError(f"{folder / 'tool.yaml'}: id '{spec.id}' differs from its folder name")
        specs.append((spec.id, spec))
    return tuple(specs)


def load_builtin_robots() -> dict[str, RobotSpec]:
    """The robots shipped in robot_models/robots, by id (loaded once; a fresh dict each call)."""
    return dict(_builtin_robots())


def load_builtin_tools() -> dict[str, ToolSpec]:
    """The torches shipped in robot_models/tools, by id (loaded once; a fresh dict each call)."""
    return dict(_builtin_tools())


def _array(value: Any, shape: tuple[int, ...], field: str) -> np.ndarray:
    try:
        arr = np.array(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise RobotModelError(f"{field} must be numbers of shape {list(shape)}") from exc
    if arr.shape != shape:
        raise RobotModelError(f"{field} must have shape {list(shape)}, got {list(arr.shape)}")
    if not np.all(np.isfinite(arr)):
        raise RobotModelError(f"{field} must be finite numbers, got {arr.tolist()}")
    return arr


def _opw_params(opw: OPWParams | Mapping[str, Any]) -> OPWParams:
    """Accept OPWParams or a mapping {a1..c4 (m), offsets (rad), sign_corrections}, validated by field."""
    if isinstance(opw, OPWParams):
        return opw
    if not isinstance(opw, Mapping):
        raise RobotModelError(f"opw must be OPWParams or a mapping, got {type(opw).__name__}")
    # Any: mypy cannot tell that ** fills only the float fields a1..c4.
    lengths: dict[str, Any] = {}
    for key in ("a1", "a2", "b", "c1", "c2", "c3", "c4"):
        if key not in opw:
            raise RobotModelError(f"opw.{key} is missing")
        value = opw[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise RobotModelError(f"opw.{key} must be a finite number (m), got {value!r}")
        lengths[key] = float(value)
    if lengths["c2"] <= 0:
        raise RobotModelError(f"opw.c2 (upper arm length) must be positive, got {lengths['c2']}")
    if math.hypot(lengths["a2"], lengths["c3"]) <= 0:
        raise RobotModelError("opw.a2 and opw.c3 are both zero: the forearm has no length")
    offsets = _array(opw.get("offsets", (0.0,) * 6), (6,), "opw.offsets")
    signs = _array(opw.get("sign_corrections", (1,) * 6), (6,), "opw.sign_corrections")
    if not np.all(np.isin(signs, (1.0, -1.0))):
        raise RobotModelError(f"opw.sign_corrections must each be +1 or -1, got {signs.tolist()}")
    return OPWParams(
        **lengths, offsets=tuple(offsets.tolist()), sign_corrections=cast(Int6, tuple(int(s) for s in signs))
    )


def robot_from_opw(
    name: str,
    vendor: str,
    opw: OPWParams | Mapping[str, Any],
    joint_limits: Any,
    max_speed: Any,
    max_accel: Any = None,
    id: str | None = None,
    *,
    model: str = "",
    payload_kg: float | None = None,
    home: Any = None,
) -> RobotSpec:
    """A robot registered by OPW parameters: a URDF with collision cylinders is generated so that FK of
    the URDF equals opw_fk for any offsets/sign corrections.

    joint_limits[6, 2] rad, max_speed[6] rad/s, max_accel[6] rad/s^2 (default: max speed reached in
    0.25 s, stated in accel_assumption), home[6] rad (default: a welding-ready pose inside the limits).
    Raises RobotModelError naming the field for invalid input.
    """
    if not isinstance(name, str) or not name.strip():
        raise RobotModelError("name must be a non-empty string")
    if vendor not in VENDORS:
        raise RobotModelError(f"vendor {vendor!r} is not one of {VENDORS}")
    robot_id = check_id(id) if id is not None else slug(name)
    params = _opw_params(opw)
    limits = _array(joint_limits, (6, 2), "joint_limits")
    bad = [i + 1 for i in range(6) if not limits[i, 0] < limits[i, 1]]
    if bad:
        raise RobotModelError(f"joint_limits: lower must be below upper for joint(s) {bad}")
    speed = _array(max_speed, (6,), "max_speed")
    if np.any(speed <= 0):
        raise RobotModelError(f"max_speed must be positive for every joint, got {speed.tolist()}")
    if max_accel is None:
        accel = speed / TIME_TO_MAX_SPEED_S
        assumption = (
            f"Not given. Assumed: every joint reaches its max speed in {TIME_TO_MAX_SPEED_S} s from rest."
        )
    else:
        accel = _array(max_accel, (6,), "max_accel")
        if np.any(accel <= 0):
            raise RobotModelError(f"max_accel must be positive for every joint, got {accel.tolist()}")
        assumption = "Given at registration."
    q_home = home_from_opw(params, limits) if home is None else _array(home, (6,), "home")
    if payload_kg is not None and not (
        isinstance(payload_kg, int | float) and math.isfinite(payload_kg) and payload_kg > 0
    ):
        raise RobotModelError(f"payload_kg must be a positive number, got {payload_kg!r}")
    return RobotSpec(
        id=robot_id,
        name=name.strip(),
        vendor=vendor,
        model=model,
        dof=6,
        reach_m=opw_reach_m(params),
        payload_kg=payload_kg,
        urdf_text=urdf_from_opw(robot_id, params, limits, speed),
        urdf_dir=None,
        joint_limits=limits,
        max_speed=speed,
        max_accel=accel,
        home=q_home,
        opw=params,
        sources=("registered through the API by OPW parameters; URDF and collision cylinders generated",),
        accel_assumption=assumption,
    )
