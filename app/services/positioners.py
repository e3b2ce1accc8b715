"""Positioners: the built-in ones, at the API edge (mm, deg)."""

from __future__ import annotations

from typing import Any

import numpy as np

from app.services.errors import NotFound
from app.services.robots import MM, pose_from_X


def positioner_spec(positioner_id: str, field: str | None = None) -> Any:
    """The built-in positioner positioner_id; NotFound (naming field, when given) for any other."""
    from robot_models.positioner import load_builtin_positioners

    specs = load_builtin_positioners()
    if positioner_id not in specs:
        raise NotFound("positioner", positioner_id, field)
    return specs[positioner_id]


def _shape(shape: Any) -> dict[str, Any]:
    g = shape.geometry
    return {
        "link": shape.link,
        "kind": g.kind,
        "pose": pose_from_X(shape.X_PosG),
        "size_mm": None if g.size is None else [float(v) / MM for v in g.size],
        "radius_mm": None if g.radius is None else g.radius / MM,
        "length_mm": None if g.length is None else g.length / MM,
    }


def positioner_public(spec: Any) -> dict[str, Any]:
    # prismatic axes (a track) would read in mm; the built-ins are all revolute, so degrees throughout
    return {
        "id": spec.id,
        "name": spec.name,
        "vendor": spec.vendor,
        "model": spec.model,
        "kind": spec.kind,
        "dof": spec.dof,
        "payload_kg": spec.payload_kg,
        "builtin": True,
        "joint_names": list(spec.joint_names),
        "joint_limits_deg": np.degrees(spec.joint_limits).round(6).tolist(),
        "max_speed_deg_s": np.degrees(spec.max_speed).round(6).tolist(),
        "max_accel_deg_s2": np.degrees(spec.max_accel).round(6).tolist(),
        "home_deg": np.degrees(spec.home).round(6).tolist(),
        "base_link": spec.base_link,
        "face_plate_link": spec.face_plate_link,
        "X_PosF_home": pose_from_X(spec.face_plate(spec.home)),
        "shapes": [_shape(s) for s in spec.shapes(spec.home)],
        "accel_assumption": spec.accel_assumption,
        "sources": list(spec.sources),
    }


def list_positioners() -> list[dict[str, Any]]:
    from robot_models.positioner import load_builtin_positioners

    return [positioner_public(s) for s in load_builtin_positioners().values()]
