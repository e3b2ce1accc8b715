"""Remark lines (FANUC .LS, Yaskawa .JBI): frame and weld-schedule values that these files cannot hold (they live
in controller tables) documented in comment lines of at most 32 characters, which the readers parse back."""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from kinematics.se3 import X_from_R_p
from planning.moves import MoveProgram, WeldSettings
from programs import poses
from programs.common import fmt_fixed, weld_key

__all__ = ["frame", "frames", "lines", "new_meta", "parse", "weld"]


def lines(
    program: MoveProgram,
    uf: int,
    ut: int,
    schedules: dict[tuple[Any, ...], int],
    weaves: dict[tuple[Any, ...], int],
    weld_tag: str = "AS",
    mass_kg: float | None = None,
    com_m: np.ndarray | None = None,
) -> list[str]:
    """Comment texts (without the comment marker): name, user / tool frame, weld and weave schedules."""
    out = [f"weldplan {program.name}"[:32]]
    for tag, X in ((f"UF{uf}", program.X_BP), (f"UT{ut}", program.X_FT)):
        p = X[:3, 3] * 1e3
        wpr = poses.wpr_deg_from_R(X[:3, :3])
        f = [fmt_fixed(v, 3) for v in p] + [fmt_fixed(v, 4) for v in wpr]
        out += [f"{tag} X {f[0]} Y {f[1]}", f"{tag} Z {f[2]} W {f[3]}", f"{tag} P {f[4]} R {f[5]}"]
    for wk, k in schedules.items():
        w = next(m.weld for m in program.moves if m.arc and m.weld is not None and weld_key(m.weld) == wk)
        out.append(f"{weld_tag}{k} {w.voltage_v:.1f}V {w.current_a:.0f}A {w.wire_feed_m_min:.2f}M/MIN")
        out.append(f"{weld_tag}{k} SPD {w.travel_speed_m_s * 1e3:.3f}MM/S")
        out.append(f"{weld_tag}{k} T {w.arc_start_s:.3f}S {w.arc_end_s:.3f}S")
    for (wv, _), k in weaves.items():
        out.append(f"WV{k} {wv[0].upper()} {wv[1] * 1e3:.3f}MM {wv[2]:.3f}HZ")
    if mass_kg is not None:
        # the payload lives in the controller's payload schedule / tool file: stated for whoever sets it up
        c = com_m * 1e3 if com_m is not None else np.zeros(3)
        out.append(f"LOAD {mass_kg:.3f}KG {c[0]:.1f} {c[1]:.1f} {c[2]:.1f}MM"[:32])
    return out


def new_meta() -> dict[str, Any]:
    return {"UF": {}, "UT": {}, "AS": {}, "WV": {}}


def parse(text: str, meta: dict[str, Any]) -> None:
    """Collect the values of one remark written by lines into meta (other remarks are ignored)."""
    t = text.strip().upper()
    fm = re.fullmatch(r"(UF|UT)(\d+)\s+(.*)", t)
    if fm:
        d = meta[fm.group(1)].setdefault(int(fm.group(2)), {})
        for k, v in re.findall(r"([XYZWPR])\s+([-+\d.]+)", fm.group(3)):
            d[k] = float(v)
        return
    am = re.fullmatch(r"(?:AS|ASF)(\d+)\s+(.*)", t)
    if am:
        d = meta["AS"].setdefault(int(am.group(1)), {})
        rest = am.group(2)
        for v, unit in re.findall(r"([-+\d.]+)(V|A|M/MIN|MM/S)(?=\s|$)", rest):
            d[unit] = float(v)
        tm = re.fullmatch(r"T\s+([-+\d.]+)S\s+([-+\d.]+)S", rest)
        if tm:
            d["T0"], d["T1"] = float(tm.group(1)), float(tm.group(2))
        return
    wm = re.fullmatch(r"WV(\d+)\s+(\w+)\s+([-+\d.]+)MM\s+([-+\d.]+)HZ", t)
    if wm:
        meta["WV"][int(wm.group(1))] = (wm.group(2).lower(), float(wm.group(3)) * 1e-3, float(wm.group(4)))


def frame(d: dict[str, float] | None) -> np.ndarray | None:
    """X[4, 4] from a remark frame {X, Y, Z mm, W, P, R deg}; None when incomplete."""
    if not d or any(k not in d for k in "XYZWPR"):
        return None
    return X_from_R_p(poses.R_from_wpr_deg([d["W"], d["P"], d["R"]]), np.array([d["X"], d["Y"], d["Z"]]) * 1e-3)


def weld(meta: dict[str, Any], k: int, weave_k: int | None, speed_hint: float | None) -> WeldSettings:
    """WeldSettings of schedule k from remarks; values a program does not state read as NaN (arc times 0)."""
    d = meta["AS"].get(k, {})
    speed = d["MM/S"] * 1e-3 if "MM/S" in d else (speed_hint if speed_hint is not None else math.nan)
    weave = meta["WV"].get(weave_k) if weave_k is not None else None
    return WeldSettings(
        travel_speed_m_s=speed,
        wire_feed_m_min=d.get("M/MIN", math.nan),
        voltage_v=d.get("V", math.nan),
        current_a=d.get("A", math.nan),
        arc_start_s=d.get("T0", 0.0),
        arc_end_s=d.get("T1", 0.0),
        weave=weave,
    )


def frames(meta: dict[str, Any]) -> tuple[dict[int, np.ndarray | None], dict[int, np.ndarray | None]]:
    """The user frames {number: X_BP} and tool frames {number: X_FT} the remarks state."""
    return ({k: frame(v) for k, v in meta["UF"].items()}, {k: frame(v) for k, v in meta["UT"].items()})
