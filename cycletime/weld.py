"""Weld-metal cross-section and the manual arc time it takes to deposit it (docs/references.md#welding-3 to §5, SI
units).

Fillet, lap and corner welds use the equal-leg fillet area with the over-weld allowance on the leg,
A = ((1 + over_weld) z)^2 / 2 (TWI Job Knowledge 95; +10 % leg: weldinganswers.com). A lap weld is a fillet
on the edge of the upper plate; an outside corner weld fills the V between two plate edges, taken as the
same triangle (cad/weld_procedures.yaml also welds corners with the fillet rows).
Butt welds use the single-V area A = t^2 tan(beta) + g t + (2/3) w h with w = 2 t tan(beta) + g (TWI JK95,
the cap term a parabolic segment); up to a limit thickness the groove is square (beta = 0).
"""

from __future__ import annotations

import math

FILLET_LIKE = ("fillet", "lap", "corner")
KINDS = (*FILLET_LIKE, "butt")


def weld_area_m2(
    kind: str,
    leg_m: float,
    *,
    over_weld: float,
    bevel_rad: float,
    root_gap_m: float,
    cap_height_m: float,
    square_max_m: float,
) -> float:
    """Deposited cross-section of one seam (all passes together) in m^2.

    leg_m: fillet leg z, or for butt welds the plate thickness t (cad.WeldProcedure.leg_m says the same).
    """
    if kind in FILLET_LIKE:
        z = (1.0 + over_weld) * leg_m
        return z * z / 2.0
    if kind == "butt":
        beta = 0.0 if leg_m <= square_max_m else bevel_rad
        t = leg_m
        w = 2.0 * t * math.tan(beta) + root_gap_m
        return t * t * math.tan(beta) + root_gap_m * t + (2.0 / 3.0) * w * cap_height_m
    raise ValueError(f"kind: no weld area for seam kind {kind!r}; known: {', '.join(KINDS)}")


def deposition_speed_m_s(area_m2: float, deposition_kg_s: float, efficiency: float, density_kg_m3: float) -> float:
    """Travel speed at which a melt rate fills the whole cross-section in one pass: v = DR eta / (A rho)
    (docs/references.md#welding-5). With n passes each pass runs at n times this speed; the arc time is the same."""
    return deposition_kg_s * efficiency / (area_m2 * density_kg_m3)


def manual_arc_time_s(
    length_m: float,
    passes: int,
    area_m2: float,
    *,
    deposition_kg_s: float,
    efficiency: float,
    density_kg_m3: float,
    travel_speed_m_s: float | None = None,
    max_speed_m_s: float = float("inf"),
) -> tuple[float, float]:
    """Arc-on time a welder needs for one seam -> (arc time s, travel speed per pass m/s).

    Given a travel speed per pass (a WPS), time = L passes / v. Otherwise from the deposition rate: the
    weld metal L A rho at DR eta kg/s, i.e. per-pass speed passes x DR eta / (A rho), at most max_speed_m_s
    (a hand's travel speed ceiling; small welds are then speed-limited, not deposition-limited).
    """
    if travel_speed_m_s is not None:
        return length_m * passes / travel_speed_m_s, travel_speed_m_s
    v_pass = min(passes * deposition_speed_m_s(area_m2, deposition_kg_s, efficiency, density_kg_m3), max_speed_m_s)
    return length_m * passes / v_pass, v_pass
