"""Weld procedures: default parameters per seam from a data table, and the ISO 6947 welding position.

The table (``cad/weld_procedures.yaml``; not under cad/data/, which .gitignore excludes) maps joint kind
and leg size (fillet, corner) or the thinner plate's thickness (lap, butt) to travel speed, wire feed,
current, voltage and passes; values between rows are interpolated. The default leg is 0.7 x the thinner
plate, at least 3 mm (issue 4). Every seam kind gets a procedure; ``with_overrides`` applies a user's
per-seam changes with the same validation.

Angles: ``work_angle_rad`` is the angle between the torch axis and free face a, measured through the air
in the plane across the seam (AWS work angle taken from member a): open_angle / 2 puts the torch on the
bisector. ``travel_angle_rad`` tilts the torch along the seam, positive pushing (leaning towards the
direction of travel).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from math import radians
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from cad.seam_geometry import unit
from cad.seam_types import SEAM_KINDS, Seam

TABLE_PATH = Path(__file__).with_name("weld_procedures.yaml")
WELDING_POSITIONS: tuple[str, ...] = ("PA", "PB", "PC", "PD", "PE", "PF", "PG")
# How a vertical seam is welded: "up" (ISO 6947 PF) or "down" (PG).
VERTICAL_DIRECTIONS: tuple[str, ...] = ("up", "down")


class ProcedureError(ValueError):
    """Invalid procedure values or table; the message names the field."""


@dataclass(frozen=True)
class Weave:
    """Torch weaving across the seam: pattern ("triangle" | "zigzag" | "circle"), width (m), frequency (Hz)."""

    pattern: str
    width_m: float
    frequency_hz: float

    def __post_init__(self) -> None:
        if self.pattern not in ("triangle", "zigzag", "circle"):
            raise ProcedureError(f"weave.pattern: must be triangle, zigzag or circle, got {self.pattern!r}")
        for name in ("width_m", "frequency_hz"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not np.isfinite(value) or value <= 0:
                raise ProcedureError(f"weave.{name}: must be a positive number, got {value!r}")


@dataclass(frozen=True)
class WeldProcedure:
    """Parameters to weld one seam (SI units; wire feed in m/min as on welding power sources).

    leg_m: fillet leg (butt: the weld size, the plate thickness); passes: number of passes, travel speed is
    per pass; position: ISO 6947 main position once the part is placed (None while unplaced); source:
    where the numbers come from.
    """

    leg_m: float
    travel_speed_m_s: float
    wire_feed_m_min: float
    wire_diameter_m: float
    voltage_v: float
    current_a: float
    work_angle_rad: float
    travel_angle_rad: float
    passes: int = 1
    weave: Weave | None = None
    work_angle_tolerance_rad: float = radians(10.0)
    travel_angle_tolerance_rad: float = radians(10.0)
    max_tolerance_rad: float = radians(25.0)
    arc_start_s: float = 0.28
    arc_end_s: float = 0.185
    position: str | None = None
    vertical: str = "up"
    process: str = "GMAW"
    source: str = ""

    def __post_init__(self) -> None:
        for name in ("leg_m", "travel_speed_m_s", "wire_feed_m_min", "wire_diameter_m", "voltage_v", "current_a"):
            _check_number(name, getattr(self, name), positive=True)
        for name in (
            "work_angle_tolerance_rad",
            "travel_angle_tolerance_rad",
            "max_tolerance_rad",
            "arc_start_s",
            "arc_end_s",
        ):
            _check_number(name, getattr(self, name), positive=False)
        for name in ("work_angle_tolerance_rad", "travel_angle_tolerance_rad", "max_tolerance_rad"):
            # the torch window opens at most to the cap; a torch tilted 90 deg or more lies in a face
            if getattr(self, name) >= np.pi / 2:
                raise ProcedureError(f"{name}: must be below 90 deg, got {np.degrees(getattr(self, name)):.6g} deg")
        _check_number("work_angle_rad", self.work_angle_rad, positive=True)
        if self.work_angle_rad >= 2.0 * np.pi:
            raise ProcedureError(f"work_angle_rad: must be below 2 pi, got {self.work_angle_rad!r}")
        _check_number("travel_angle_rad", self.travel_angle_rad, positive=False, signed=True)
        if abs(self.travel_angle_rad) >= np.pi / 2:
            raise ProcedureError(f"travel_angle_rad: must be within +-pi/2, got {self.travel_angle_rad!r}")
        if isinstance(self.passes, bool) or not isinstance(self.passes, int | np.integer) or self.passes < 1:
            raise ProcedureError(f"passes: must be a whole number of at least 1, got {self.passes!r}")
        if self.weave is not None and not isinstance(self.weave, Weave):
            raise ProcedureError("weave: must be a Weave or None")
        if self.vertical not in VERTICAL_DIRECTIONS:
            raise ProcedureError(f"vertical: must be one of {', '.join(VERTICAL_DIRECTIONS)}, got {self.vertical!r}")
        if self.position is not None and self.position not in WELDING_POSITIONS:
            raise ProcedureError(f"position: must be one of {', '.join(WELDING_POSITIONS)}, got {self.position!r}")

    @property
    def deposition_kg_h(self) -> float:
        """Deposited metal per arc-on hour from the wire feed (steel, table deposition efficiency)."""
        table = procedure_table()
        area = np.pi * (self.wire_diameter_m / 2) ** 2
        rho = table["steel_density_g_cm3"] * 1e3  # kg/m3
        return float(self.wire_feed_m_min * 60.0 * area * rho * table["deposition_efficiency"])


def _check_number(name: str, value: Any, positive: bool, signed: bool = False) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float | np.floating | np.integer)
        or not np.isfinite(value)
    ):
        raise ProcedureError(f"{name}: must be a finite number, got {value!r}")
    if positive and value <= 0:
        raise ProcedureError(f"{name}: must be positive, got {value!r}")
    if not positive and not signed and value < 0:
        raise ProcedureError(f"{name}: must not be negative, got {value!r}")


def with_overrides(procedure: WeldProcedure, **changes: Any) -> WeldProcedure:
    """A copy of ``procedure`` with some fields changed (a user's per-seam override), validated."""
    fields = {f.name for f in dataclasses.fields(WeldProcedure)}
    for name in changes:
        if name not in fields:
            raise ProcedureError(f"{name}: not a weld procedure field")
    return dataclasses.replace(procedure, **changes)


# ---------------------------------------------------------------------------------------------- the table


@lru_cache(maxsize=1)
def procedure_table() -> dict[str, Any]:
    """The procedure table as read from TABLE_PATH (checked once)."""
    try:
        table = yaml.safe_load(TABLE_PATH.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise ProcedureError(f"{TABLE_PATH.name}: cannot read the procedure table: {exc}") from exc
    for kind, key in (("fillet", "leg_mm"), ("lap", "thickness_mm"), ("butt", "thickness_mm")):
        rows = table.get(kind)
        if not isinstance(rows, list) or not rows:
            raise ProcedureError(f"{TABLE_PATH.name}: {kind}: no rows")
        keys = [row[key] for row in rows]
        if any(b <= a for a, b in zip(keys, keys[1:], strict=False)):
            raise ProcedureError(f"{TABLE_PATH.name}: {kind}: rows must be sorted by {key}")
    if table.get("corner") != "fillet":
        raise ProcedureError(f"{TABLE_PATH.name}: corner: expected 'fillet' (corner joints use the fillet rows)")
    return table


def _rows_for(kind: str) -> tuple[list[dict[str, Any]], str]:
    table = procedure_table()
    if kind in ("fillet", "corner"):
        return table["fillet"], "leg_mm"
    return table[kind], "thickness_mm"


def _interpolate(rows: list[dict[str, Any]], key: str, x: float) -> dict[str, Any]:
    """Row values at key = x: linear between neighbours, clamped at the ends; passes/wire from the upper row."""
    keys = np.array([r[key] for r in rows], dtype=float)
    j = int(np.searchsorted(keys, x - 1e-9))
    if j == 0 or j >= len(rows):
        row = dict(rows[min(j, len(rows) - 1)])
        return row
    lo, hi = rows[j - 1], rows[j]
    w = (x - lo[key]) / (hi[key] - lo[key])
    out = dict(hi)
    for name in ("current_a", "voltage_v", "travel_mm_s", "wire_feed_m_min"):
        out[name] = (1 - w) * lo[name] + w * hi[name]
    out["source"] = f"{lo['source']} / {hi['source']} (interpolated)"
    return out


def default_leg_m(seam: Seam) -> float:
    """Leg size from the thinner plate: 0.7 x thickness, at least 3 mm (5 mm when no thickness is known)."""
    table = procedure_table()
    known = [t for t in (seam.thickness_a, seam.thickness_b) if t is not None]
    if not known:
        return table["default_leg_mm"] * 1e-3
    return max(table["leg_factor"] * min(known), table["min_leg_mm"] * 1e-3)


def default_procedure(seam: Seam, R_WP: np.ndarray | None = None) -> WeldProcedure:
    """The table's procedure for a seam: its kind, the leg from the thinner plate, and (given the part's
    placement R_WP, part frame into world with z up) its ISO 6947 position."""
    if seam.kind not in SEAM_KINDS:
        raise ProcedureError(f"kind: no procedure for seam kind {seam.kind!r}")
    table = procedure_table()
    leg = default_leg_m(seam)
    known = [t for t in (seam.thickness_a, seam.thickness_b) if t is not None]
    thin = min(known) if known else leg / table["leg_factor"]
    kind = seam.kind
    if kind == "lap" and thin * 1e3 > table["lap"][-1]["thickness_mm"]:
        kind = "fillet"  # thick laps: the fillet rows at the rule's leg
    rows, key = _rows_for(kind)
    x = leg * 1e3 if key == "leg_mm" else thin * 1e3
    row = _interpolate(rows, key, x)
    weave = None
    if row["passes"] > 1:
        w = table["weave_multipass"]
        weave = Weave(w["pattern"], w["width_fraction_of_leg"] * leg, w["frequency_hz"])
    position = welding_position(seam, R_WP) if R_WP is not None else None
    vertical = "up" if thin * 1e3 >= table["vertical_up_min_thickness_mm"] - 1e-9 else "down"
    return WeldProcedure(
        leg_m=float(thin if kind == "butt" else leg),
        travel_speed_m_s=float(row["travel_mm_s"]) * 1e-3,
        wire_feed_m_min=float(row["wire_feed_m_min"]),
        wire_diameter_m=float(row["wire_mm"]) * 1e-3,
        voltage_v=float(row["voltage_v"]),
        current_a=float(row["current_a"]),
        work_angle_rad=float(seam.open_angle) / 2.0,
        travel_angle_rad=radians(table["travel_angle_deg"]),
        passes=int(row["passes"]),
        weave=weave,
        work_angle_tolerance_rad=radians(table["work_angle_tolerance_deg"]),
        travel_angle_tolerance_rad=radians(table["travel_angle_tolerance_deg"]),
        max_tolerance_rad=radians(table["max_tolerance_deg"]),
        arc_start_s=float(table["arc_start_s"]),
        arc_end_s=float(table["arc_end_s"]),
        position=position,
        vertical=vertical,
        process=str(table["process"]),
        source=f"{TABLE_PATH.name}: {kind} {key}={x:.3g}: {row['source']}",
    )


# ------------------------------------------------------------------------------------------- ISO 6947


def _rotation_matrix(R_WP: np.ndarray) -> np.ndarray:
    R = np.asarray(R_WP, dtype=float)
    if R.shape != (3, 3) or not np.all(np.isfinite(R)):
        raise ProcedureError("R_WP: expected a finite 3x3 rotation matrix")
    if not np.allclose(R @ R.T, np.eye(3), atol=1e-6) or np.linalg.det(R) <= 0:
        raise ProcedureError("R_WP: not a rotation matrix (orthonormal, determinant +1)")
    return R


def position_angles(seam: Seam, R_WP: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rotation_deg[M], slope_deg[M]) of the weld at every seam point, with the part placed by R_WP (part frame
    into world, z up): rotation, the turn of the weld face about the weld axis away from straight up (ISO 6947
    Figure 1: 0 PA, 45 PB, 90 PC, 135 PD, 180 PE); slope, the weld axis's rise from horizontal (positive up)."""
    R = _rotation_matrix(R_WP)
    return weld_rotation_deg(seam.tangents @ R.T, seam.bisectors @ R.T)


def weld_rotation_deg(axis_W: np.ndarray, face_W: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rotation_deg[M], slope_deg[M]) of welds with axis (tangent) axis_W[M, 3] and face (air-side bisector)
    face_W[M, 3] given in the world frame (z up), as position_angles has them: for a part whose pose changes
    from point to point (a positioner turning it while the robot welds)."""
    axis = unit(np.asarray(axis_W, dtype=float))
    face = unit(np.asarray(face_W, dtype=float))
    up = np.array([0.0, 0.0, 1.0])
    up_perp = unit(up[None, :] - axis[:, 2:3] * axis)
    face_perp = unit(face - np.einsum("md,md->m", face, axis)[:, None] * axis)
    rotation = np.degrees(np.arccos(np.clip(np.einsum("md,md->m", face_perp, up_perp), -1.0, 1.0)))
    return rotation, np.degrees(np.arcsin(np.clip(axis[:, 2], -1.0, 1.0)))


def point_positions(seam: Seam, R_WP: np.ndarray) -> list[str]:
    """ISO 6947 main welding position at every seam point -> [M] (see ``welding_position``)."""
    rotation, slope = position_angles(seam, R_WP)
    return positions_from_angles(seam.kind, rotation, slope)


def positions_from_angles(kind: str, rotation_deg: np.ndarray, slope_deg: np.ndarray) -> list[str]:
    """ISO 6947 main position [M] of welds of a seam kind from their rotation and slope (position_angles,
    weld_rotation_deg), by the rules of ``welding_position``."""
    rotation, slope = np.asarray(rotation_deg, dtype=float), np.asarray(slope_deg, dtype=float)
    vertical = np.abs(slope) >= 45.0 - 1e-9  # the same test as |axis_z| >= sin 45 deg, rounding aside
    out = []
    for k in range(len(rotation)):
        if vertical[k]:
            out.append("PF" if slope[k] > 0 else "PG")
        elif kind == "butt":
            out.append("PA" if rotation[k] < 45.0 else ("PC" if rotation[k] <= 135.0 else "PE"))
        else:
            out.append(("PA", "PB", "PC", "PD", "PE")[int(np.argmin(np.abs(_MAINS - rotation[k])))])
    return out


_MAINS = np.array([0.0, 45.0, 90.0, 135.0, 180.0])


def point_weights(seam: Seam) -> np.ndarray:
    """Length [M] (m) each seam point stands for: half of each segment next to it (sums to the seam length)."""
    pts = np.vstack([seam.points, seam.points[:1]]) if seam.closed else seam.points
    seg = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    if seam.closed:
        return 0.5 * (seg + np.roll(seg, 1))
    return 0.5 * (np.concatenate([[0.0], seg]) + np.concatenate([seg, [0.0]]))


def welding_position(seam: Seam, R_WP: np.ndarray) -> str:
    """ISO 6947 main welding position of a placed seam (the one covering most of its length).

    R_WP[3,3] rotates part-frame vectors into the world frame (z up). At each point the weld axis is the
    seam tangent (the direction of travel) and the weld face points along the air-side bisector of the two
    free faces. Axis within 45 deg of vertical: PF travelling up, PG travelling down. Otherwise the nearest
    main position by the rotation of the face from straight up (ISO 6947 Figure 1: PA 0, PB 45, PC 90,
    PD 135, PE 180 deg); butt welds have no PB/PD: below 45 deg PA, up to 135 deg PC, beyond PE. ISO 6947's
    production tolerance tables are not reproduced here.
    """
    positions = point_positions(seam, R_WP)
    weight = point_weights(seam)
    totals: dict[str, float] = {}
    for pos, w in zip(positions, weight, strict=True):
        totals[pos] = totals.get(pos, 0.0) + float(w)
    return max(WELDING_POSITIONS, key=lambda p: (totals.get(p, -1.0), -WELDING_POSITIONS.index(p)))


def required_direction(seam: Seam, procedure: WeldProcedure, R_WP: np.ndarray) -> bool | None:
    """Whether a seam must be welded against its given direction (True), along it (False), or either way
    (None). Only a vertical seam (ISO 6947 PF/PG by ``welding_position`` with R_WP, part frame into world
    with z up) has a required direction: up when the procedure says ``vertical`` "up", else down."""
    if seam.closed or welding_position(seam, R_WP) not in ("PF", "PG"):
        return None
    rise = float((np.asarray(R_WP, dtype=float) @ (seam.points[-1] - seam.points[0]))[2])
    return (rise > 0.0) != (procedure.vertical == "up")
