"""Inputs for the cycletime tests: one-seam plans, bracket-like random parts, cad's test weldments, and a
PNG reader for the headless-browser test.

The generated plans are stand-ins for cases a real plan cannot give (random parts, every seam welded; the
test weldments are planned for real in test_ct_planned.py); their robot non-arc times are stated here:
arc start + end 0.28 + 0.185 s per seam (cad/weld_procedures.yaml, Kemppi via docs/references.md#welding-6), approach +
retract 2 x 1.0 s per seam, air moves 0.5 s settle + distance / 250 mm/s (or a random 1.5-4 s), plus 4 s
to and from home. Robot arc time is L x passes / the procedure table's travel speed.
"""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

import numpy as np

from cycletime import RobotPlan, SeamInput

ARC_START_END_S = 0.28 + 0.185
APPROACH_RETRACT_S = 2 * 1.0
HOME_MOVES_S = 4.0


def plan_of(seams: list[SeamInput], air_s: float, robot_id: str = "abb_irb1600_10_145") -> RobotPlan:
    arc = sum(s.robot_arc_s or 0.0 for s in seams)
    breakdown = {
        "arc": arc,
        "air": air_s,
        "approach_retract": APPROACH_RETRACT_S * len(seams),
        "arc_start_end": ARC_START_END_S * len(seams),
    }
    return RobotPlan(sum(breakdown.values()), breakdown, tuple(seams), robot_id, "torch_22deg")


def fillet_robot_speed_mm_s(leg_mm: float) -> float:
    """Travel speed of cad's procedure table for a fillet leg (linear between its rows, as cad does)."""
    from cad.procedures import procedure_table

    rows = [r for r in procedure_table()["fillet"] if r["passes"] == 1]
    return float(np.interp(leg_mm, [r["leg_mm"] for r in rows], [r["travel_mm_s"] for r in rows]))


def bracket_like(rng: np.random.Generator, n: int = 12, legs_mm: tuple[float, float] = (5.0, 8.0)) -> RobotPlan:
    """n single-pass fillets of 30-250 mm on medium-gauge plate (legs in legs_mm), in weld order."""
    seams = []
    for i in range(n):
        length = rng.uniform(30.0, 250.0)
        leg = rng.uniform(*legs_mm)
        seams.append(
            SeamInput(
                f"s{i:02d}",
                "fillet",
                length * 1e-3,
                leg * 1e-3,
                1,
                None,
                length / fillet_robot_speed_mm_s(leg),
                "planned",
            )
        )
    return plan_of(seams, air_s=float(rng.uniform(1.5, 4.0, n - 1).sum()) + HOME_MOVES_S)


def weldment_plan(builder: object) -> RobotPlan:
    """A cad test weldment: detected seams and default procedures; robot arc from the procedure speeds."""
    from cad import default_procedure, detect_seams
    from cad.weldments import weldment_part

    seams, air, prev = [], HOME_MOVES_S, None
    for i, s in enumerate(detect_seams(weldment_part(builder()))):  # type: ignore[operator]
        p = default_procedure(s)
        seams.append(
            SeamInput(
                f"s{i:02d}",
                s.kind,
                float(s.length),
                p.leg_m,
                p.passes,
                None,
                s.length * p.passes / p.travel_speed_m_s,
                "planned",
            )
        )
        if prev is not None:
            air += 0.5 + float(np.linalg.norm(s.points[0] - prev)) / 0.25
        prev = s.points[-1]
    return plan_of(seams, air)


def scaled_robot_speed(plan: RobotPlan, k: float) -> RobotPlan:
    """The same plan with the robot welding k times faster: arc times / k, everything else unchanged."""
    seams = tuple(
        SeamInput(
            s.seam_id,
            s.kind,
            s.length_m,
            s.leg_m,
            s.passes,
            s.welded_length_m,
            None if s.robot_arc_s is None else s.robot_arc_s / k,
            s.status,
        )
        for s in plan.seams
    )
    b = dict(plan.breakdown_s)
    b["arc"] /= k
    return RobotPlan(sum(b.values()), b, seams, plan.robot_id, plan.tool_id)


# ------------------------------------------------------------------------------------------ browser + PNG


def chromium_path() -> str | None:
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None)


def read_png(path: Path) -> np.ndarray:
    """8-bit RGB/RGBA non-interlaced PNG -> [H, W, 3] uint8 (PNG spec, filters 0-4); no imaging library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG: {header}"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    out = np.zeros((height, stride), dtype=np.uint8)
    prev = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = np.frombuffer(raw, dtype=np.uint8, count=stride, offset=y * (stride + 1) + 1).astype(np.int32)
        if f == 0:
            cur = line
        elif f == 1:
            cur = line.copy()
            for x in range(bpp, stride):
                cur[x] = (cur[x] + cur[x - bpp]) & 0xFF
        elif f == 2:
            cur = (line + prev) & 0xFF
        elif f == 3:
            cur = line.copy()
            for x in range(stride):
                left = cur[x - bpp] if x >= bpp else 0
                cur[x] = (cur[x] + ((left + prev[x]) >> 1)) & 0xFF
        elif f == 4:
            cur = line.copy()
            for x in range(stride):
                a = cur[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                cur[x] = (cur[x] + pred) & 0xFF
        else:
            raise AssertionError(f"bad PNG filter {f} on row {y}")
        out[y] = cur
        prev = cur
    return out.reshape(height, width, bpp)[:, :, :3]


def colour_pixels(img: np.ndarray, hex_colour: str, tol: int = 3) -> int:
    """How many pixels are within tol of a #rrggbb colour in every channel."""
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int(np.all(np.abs(img.astype(int) - rgb) <= tol, axis=2).sum())
