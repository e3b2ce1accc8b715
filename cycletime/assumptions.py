"""Every number of the robot-vs-manual model, as named data with its unit and where it comes from.

Values are kept in the units a shop quotes them in (kg/h, mm/s, s, h, currency/h) and named with that
unit, because the names are also the API's query parameters; the model converts to SI where it computes.
"docs/references.md#welding-N" is section N of the project's reference notes, which name the original source.
A source that says "assumption: shop-specific input" has no published figure behind it: the default is
a placeholder for the customer's own value and the report shows it as such.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

SHOP = "assumption: shop-specific input"


class AssumptionError(ValueError):
    """An override that is unknown or out of range; the message starts with the assumption's name."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


@dataclass(frozen=True)
class Assumption:
    """One model input.

    default: value used unless overridden (None: optional, unset means "derive it", see description).
    lo/hi: allowed range; lo_open/hi_open make that end exclusive. integer: must be a whole number.
    """

    name: str
    default: float | None
    unit: str
    source: str
    description: str
    lo: float = 0.0
    hi: float = math.inf
    lo_open: bool = False
    hi_open: bool = False
    integer: bool = False
    group: str = "manual"

    def check(self, value: object) -> float:
        """The value as a float, or AssumptionError naming this assumption and the allowed range."""
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise AssumptionError(self.name, f"must be a finite number, got {value!r}")
        v = float(value)
        below = v <= self.lo if self.lo_open else v < self.lo
        above = v >= self.hi if self.hi_open else v > self.hi
        if below or above:
            if self.lo == 0.0 and not self.lo_open and self.hi == math.inf:
                raise AssumptionError(self.name, f"must not be negative, got {v:g}")
            raise AssumptionError(self.name, f"must be in {self.range_text()}, got {v:g}")
        if self.integer and not v.is_integer():
            raise AssumptionError(self.name, f"must be a whole number, got {v:g}")
        return v

    def range_text(self) -> str:
        lo = "(" if self.lo_open else "["
        hi = ")" if self.hi_open or self.hi == math.inf else "]"
        top = "inf" if self.hi == math.inf else f"{self.hi:g}"
        return f"{lo}{self.lo:g}, {top}{hi}"


def _a(name: str, default: float | None, unit: str, source: str, description: str, **kw: object) -> Assumption:
    return Assumption(name, default, unit, source, description, **kw)  # type: ignore[arg-type]


ASSUMPTIONS: tuple[Assumption, ...] = (
    # ---------------------------------------------------------------- manual welding
    _a(
        "operator_factor",
        0.45,
        "fraction",
        "docs/references.md#welding-1, §8: TWI FAQ 'What typical duty cycles are achieved when arc welding?' "
        "(semi-automatic GMAW typical 45 %, range 15-60 %); D. K. Miller (Lincoln), 'Determining the Cost of Welding', "
        "2004 (semi-auto GMAW 45 %). docs/references.md#welding suggests showing 0.30-0.45",
        "manual arc-on time / paid time (hand-held MAG)",
        lo=0.0,
        hi=1.0,
        lo_open=True,
    ),
    _a(
        "manual_deposition_kg_h",
        3.0,
        "kg/h",
        "docs/references.md#welding-5: cap manual below robot, semi-automatic short-arc 2-4 kg/h vs robot 4-6 kg/h (an "
        "assumption there; midpoint taken); §4: toolcroze.com GMAW short-circuit 0.9-3.2 kg/h",
        "wire melted per arc-on hour by a welder (gross; deposited = x deposition_efficiency)",
        lo=0.0,
        lo_open=True,
    ),
    _a(
        "manual_travel_speed_mm_s",
        None,
        "mm/s",
        f"{SHOP} (a WPS travel speed per pass); docs/references.md#welding-5: no authoritative manual speed table "
        "found",
        "optional: manual travel speed per pass; unset = derived from the deposition rate, v = DR*eta/(A*rho)",
        lo=0.0,
        lo_open=True,
    ),
    _a(
        "manual_max_travel_speed_mm_s",
        9.17,
        "mm/s",
        "docs/references.md#welding-5: MAG fillets on thin sheet 50-60 cm/min (Panasonic YD-350GL4 manual) and CO2 lap "
        "fillets 45-55 cm/min (OTC Welbee P400L II manual); 55 cm/min = 9.17 mm/s, as cad/weld_procedures.yaml",
        "ceiling on the manual travel speed derived from the deposition rate (small legs would otherwise give "
        "speeds no welder's hand keeps up)",
        lo=0.0,
        lo_open=True,
    ),
    _a(
        "deposition_efficiency",
        0.95,
        "fraction",
        "docs/references.md#welding-3: GMAW solid wire 93-98 % (Lincoln C4.200 GMAW guide); ESAB 'Calculating Filler "
        "Metal Consumption'; cad/weld_procedures.yaml uses 0.95",
        "deposited metal / wire melted",
        lo=0.0,
        hi=1.0,
        lo_open=True,
    ),
    _a(
        "over_weld",
        0.10,
        "fraction of leg",
        "docs/references.md#welding-3: A = (1.1 z)^2/2, +10 % on the leg (weldinganswers.com, matching Lincoln "
        "Procedure Handbook Table 12-1); TWI JK95: welders seldom deposit exactly the specified size",
        "fillet, lap and corner welds: leg actually deposited = leg x (1 + over_weld)",
        hi=1.0,
    ),
    _a(
        "steel_density_kg_m3",
        7850.0,
        "kg/m3",
        "docs/references.md#welding-3: rho_steel = 7.85 g/cm3 (ESAB and Lincoln 0.283 lb/in3 = 7.83 g/cm3)",
        "density of the weld metal",
        lo=0.0,
        lo_open=True,
    ),
    _a(
        "butt_bevel_deg",
        30.0,
        "deg",
        "cad/weld_procedures.yaml rows D (single V, bevel 30 deg); area formula TWI JK95 "
        "(docs/references.md#welding-3)",
        "butt welds thicker than butt_square_max_mm: bevel angle per side of the single-V groove",
        hi=60.0,
        hi_open=True,
    ),
    _a(
        "butt_root_gap_mm",
        1.5,
        "mm",
        "cad/weld_procedures.yaml rows D (root gap 1.5 mm); root term g*t: Jeffus Formula 18-2 "
        "(docs/references.md#welding-3)",
        "butt welds: root opening g",
    ),
    _a(
        "butt_cap_height_mm",
        1.5,
        "mm",
        "cad/weld_procedures.yaml rows D (cap 1.5 mm high); cap term (2/3) w h: parabolic segment "
        "(docs/references.md#welding-3, not a verbatim TWI number)",
        "butt welds: cap reinforcement height h",
    ),
    _a(
        "butt_square_max_mm",
        4.0,
        "mm",
        "cad/weld_procedures.yaml: square-groove butt rows up to 4.0 mm (Panasonic YD-350GL4 manual, "
        "docs/references.md#welding-5)",
        "butt welds up to this thickness are square groove (bevel 0)",
    ),
    _a(
        "seam_handling_s",
        0.0,
        "s per seam",
        "docs/references.md#welding-8: T_handling 0 unless entered (ESAB AWTC Lesson IX §9.1: shop-specific); the "
        "operator factor already contains a welder's non-arc work: do not double count",
        "manual: extra time per seam (repositioning the part, start/stop, chipping) beyond the operator factor",
    ),
    _a(
        "fit_up_tack_s",
        0.0,
        "s per part",
        "docs/references.md#welding-8: T_fit_tack 0 unless entered (ESAB: shop-specific); §1: fit-up and tacking 'can "
        "sometimes take over 50 % of the time spent by a welder' (scribd, '5 Ways to Increase Welder "
        "Efficiency')",
        "manual: fit-up and tacking per part, when not already inside the operator factor",
    ),
    _a(
        "post_weld_s",
        0.0,
        "s per part",
        "docs/references.md#welding-8: T_post 0 unless entered (ESAB: shop-specific)",
        "manual: post-weld cleaning and grinding per part, when not already inside the operator factor",
    ),
    # ---------------------------------------------------------------- robot cell
    _a(
        "load_unload_s",
        30.0,
        "s per part",
        f"{SHOP} (docs/references.md#welding-6: no published load/unload allowance)",
        "robot cell: unclamp, unload, load and clamp one part",
        group="robot",
    ),
    _a(
        "stations",
        2.0,
        "stations",
        "docs/references.md#welding-6, §8: arc-welding cells are commonly built with two stations or a "
        "turntable so that the operator loads one while the robot welds the other (EVS positioner guide: "
        "'while one side welds, the other loads'; weldingrobot.net, UR blog: loading is hidden if shorter "
        "than the robot cycle); default two_station for that reason (assumption: shop-specific input, 1 for a "
        "single station)",
        "cell layout: 2 = two_station (the operator loads one station while the robot welds the other: the "
        "cycle is the longer of the robot's time and the load time), 1 = single_station (the robot waits while "
        "the operator unloads and loads: the cycle is robot time + load time). A one-seam thin part may weld in "
        "less time than loading takes: in a two-station cell its cycle is then the load time",
        lo=1.0,
        hi=2.0,
        integer=True,
        group="robot",
    ),
    _a(
        "load_overlap",
        None,
        "fraction",
        "docs/references.md#welding-8: T_load (1 - overlap); derived from stations unless entered",
        "share of load/unload done while the robot welds the other station; only up to the robot's own time "
        "can be hidden. Unset: 1 for two_station, 0 for single_station",
        hi=1.0,
        group="robot",
    ),
    _a(
        "index_count",
        0.0,
        "per part",
        f"{SHOP} (0 = no positioner)",
        "positioner index moves per part",
        integer=True,
        group="robot",
    ),
    _a(
        "index_s",
        3.0,
        "s",
        "docs/references.md#welding-6, §8: positioner index typically 1-5 s (industrialmonitordirect.com, rotary "
        "indexer sizing); midpoint",
        "duration of one positioner index",
        group="robot",
    ),
    _a(
        "torch_clean_s",
        20.0,
        "s",
        f"{SHOP} (docs/references.md#welding-6: reamer cycle duration not found)",
        "one torch cleaning (reamer, spray, wire cut) cycle",
        group="robot",
    ),
    _a(
        "parts_per_clean",
        5.0,
        "parts",
        "docs/references.md#welding-6: Welding Magazine, 'from every few parts in an automotive environment to several "
        "times on a single part for a large weldment' ('every few' read as 5)",
        "parts welded between two torch cleanings (0.5 = twice per part)",
        lo=0.0,
        lo_open=True,
        group="robot",
    ),
    _a(
        "cell_availability",
        0.85,
        "fraction",
        "docs/references.md#welding-2, §8: robotwelding.co.uk (sum element times, apply an 85 % efficiency factor); "
        "ARC Solutions (cells planned at 85 % uptime). Applied once: both figures describe the same stoppages",
        "robot cell time = element times / availability",
        lo=0.0,
        hi=1.0,
        lo_open=True,
        group="robot",
    ),
    # ---------------------------------------------------------------- economics
    _a("shift_h", 8.0, "h", SHOP, "paid hours per shift", lo=0.0, hi=24.0, lo_open=True, group="economics"),
    _a(
        "shifts_per_year",
        250.0,
        "shifts/year",
        f"{SHOP} (one shift on 250 working days)",
        "shifts the cell and the welders work per year",
        lo=0.0,
        lo_open=True,
        group="economics",
    ),
    _a(
        "labour_rate_per_h",
        45.0,
        "currency/h",
        "docs/references.md#welding-7: ESAB AWTC Lesson IX cost worksheet, labour + overhead $45/h (dated: use the "
        "shop's rate)",
        "welder's labour + overhead rate",
        group="economics",
    ),
    _a(
        "cell_operator_share",
        1.0,
        "fraction",
        f"{SHOP} (1 = one operator tends the cell full time)",
        "share of an operator's paid time the robot cell takes (0.5: one operator for two cells)",
        group="economics",
    ),
    _a(
        "cell_rate_per_h",
        10.0,
        "currency/h",
        SHOP,
        "robot cell running cost per hour: energy, maintenance, consumable wear; without operator and investment",
        group="economics",
    ),
    _a(
        "cell_investment",
        150000.0,
        "currency",
        SHOP,
        "robot cell purchase and installation, for the payback",
        group="economics",
    ),
    _a(
        "annual_volume",
        10000.0,
        "parts/year",
        SHOP,
        "parts of this kind needed per year",
        lo=0.0,
        lo_open=True,
        group="economics",
    ),
    _a(
        "batch_size",
        50.0,
        "parts",
        SHOP,
        "parts per batch, for the per-batch figures",
        lo=1.0,
        integer=True,
        group="economics",
    ),
)

BY_NAME: dict[str, Assumption] = {a.name: a for a in ASSUMPTIONS}


def load_overlap(values: Mapping[str, float | None]) -> float:
    """The share of loading hidden behind the robot's work: load_overlap when entered, else what the cell
    layout gives (stations 2: two_station, all of it up to the robot's time; 1: single_station, none)."""
    if values["load_overlap"] is not None:
        return float(values["load_overlap"])
    return 1.0 if values["stations"] == 2 else 0.0


def resolve(overrides: Mapping[str, object] | None = None) -> dict[str, float | None]:
    """Defaults with the overrides applied -> {name: value}. Unknown names and out-of-range values raise
    AssumptionError naming the assumption (unknown names: listing the valid ones)."""
    values: dict[str, float | None] = {a.name: a.default for a in ASSUMPTIONS}
    for name, value in (overrides or {}).items():
        spec = BY_NAME.get(name)
        if spec is None:
            raise AssumptionError(name, "not an assumption; valid names: " + ", ".join(BY_NAME))
        values[name] = spec.check(value)
    return values
