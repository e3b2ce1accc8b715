"""The comparison as one self-contained HTML page: inline CSS and an inline SVG chart, nothing fetched.

Stable element ids for tests and links: summary, time-chart, seam-table, sanity, assumptions-table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from cycletime.compare import Comparison, Side
from cycletime.document import assumption_rows, comparison_document, seam_rows

TEMPLATE_DIR = Path(__file__).with_name("templates")
TEMPLATE = "report.html.j2"

# (label, colour) per activity; the arc colour is shared so both bars read the same way.
ACTIVITIES: dict[str, tuple[str, str]] = {
    "arc": ("Arc on", "#c0392b"),
    "arc_start_end": ("Arc start/end", "#e67e22"),
    "approach_retract": ("Approach/retract", "#f1c40f"),
    "air": ("Air moves", "#2e86de"),
    "other": ("Other (planner)", "#95a5a6"),
    "load_unload": ("Load/unload", "#8e44ad"),
    "indexing": ("Positioner indexing", "#16a085"),
    "torch_cleaning": ("Torch cleaning", "#34495e"),
    "availability_loss": ("Availability loss", "#b2bec3"),
    "manual_remainder": ("Hand-welded remainder", "#fd79a8"),
    "operator_non_arc": ("Non-arc work (operator factor)", "#f5b7b1"),
    "seam_handling": ("Seam handling", "#27ae60"),
    "fit_up_tack": ("Fit-up and tacking", "#a0522d"),
    "post_weld": ("Post-weld work", "#6c5ce7"),
}
SPARE_COLOURS = ("#00cec9", "#e17055", "#636e72", "#0984e3")

# Chart geometry (px).
CHART_W, LABEL_W, RIGHT_W, BAR_H, BAR_GAP, TOP = 960, 110, 90, 44, 26, 16


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    colour: str
    x: float
    width: float
    seconds: float

    @property
    def text_colour(self) -> str:
        """White on dark fills, near-black on light ones (WCAG relative luminance, threshold 0.4)."""
        r, g, b = (int(self.colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
        return "#1d2733" if 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2] > 0.4 else "#ffffff"


@dataclass(frozen=True)
class Bar:
    name: str
    y: float
    total_s: float
    segments: tuple[Segment, ...]


def _nice_step(span: float, ticks: int = 6) -> float:
    raw = span / ticks
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


def activity_style(key: str) -> tuple[str, str]:
    if key in ACTIVITIES:
        return ACTIVITIES[key]
    return key.replace("_", " ").capitalize(), SPARE_COLOURS[sum(map(ord, key)) % len(SPARE_COLOURS)]


def chart_model(c: Comparison) -> dict[str, Any]:
    """Bars, ticks and legend of the stacked time chart (pixel geometry)."""
    plot_w = CHART_W - LABEL_W - RIGHT_W
    longest = max(c.robot.total_s, c.manual.total_s)
    step = _nice_step(longest)
    top = step * math.ceil(longest / step)
    scale = plot_w / top
    bars = []
    for i, (name, side) in enumerate((("Robot cell", c.robot), ("Manual", c.manual))):
        x, segs = float(LABEL_W), []
        for key, sec in _nonzero(side):
            label, colour = activity_style(key)
            segs.append(Segment(key, label, colour, x, sec * scale, sec))
            x += sec * scale
        bars.append(Bar(name, TOP + i * (BAR_H + BAR_GAP), side.total_s, tuple(segs)))
    axis_y = TOP + 2 * BAR_H + BAR_GAP + 8
    ticks = [{"x": LABEL_W + t * step * scale, "label": f"{t * step:g}"} for t in range(int(round(top / step)) + 1)]
    legend = []
    for key in dict.fromkeys([k for b in bars for k in (s.key for s in b.segments)]):
        label, colour = activity_style(key)
        legend.append(
            {
                "key": key,
                "label": label,
                "colour": colour,
                "robot_s": c.robot.breakdown_s.get(key),
                "manual_s": c.manual.breakdown_s.get(key),
            }
        )
    return {
        "width": CHART_W,
        "height": axis_y + 30,
        "bars": bars,
        "bar_h": BAR_H,
        "axis_y": axis_y,
        "plot_x0": LABEL_W,
        "plot_x1": LABEL_W + plot_w,
        "ticks": ticks,
        "legend": legend,
    }


def _nonzero(side: Side) -> list[tuple[str, float]]:
    return [(k, s) for k, s in side.breakdown_s.items() if s > 1e-9]


def _fmt_s(value: float | None) -> str:
    if value is None:
        return "—"
    if abs(value) >= 3600:
        return f"{value:,.0f} s ({value / 3600:.1f} h)"
    if abs(value) >= 120:
        m, s = divmod(round(abs(value)), 60)
        return f"{value:,.1f} s ({'-' if value < 0 else ''}{m} min {s:02d} s)"
    return f"{value:.1f} s"


def _fmt_num(value: Any, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.{digits}f}"
    return f"{value:,.0f}" if isinstance(value, int | float) else str(value)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["secs"] = _fmt_s
    env.filters["num"] = _fmt_num
    env.filters["pct"] = lambda v: "—" if v is None else f"{100 * v:.0f} %"
    return env


def render_report(
    c: Comparison, *, part_name: str = "", part_id: str = "", plan_id: str = "", robot_name: str = ""
) -> str:
    """The report page for a comparison. The names are shown in the header only."""
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            c=c,
            doc=comparison_document(c),
            seams=seam_rows(c),
            assumptions=assumption_rows(c),
            chart=chart_model(c),
            part_name=part_name,
            part_id=part_id,
            plan_id=plan_id,
            robot_name=robot_name or c.plan.robot_id,
            tool_id=c.plan.tool_id or "—",
            activity_style=activity_style,
        )
    )
