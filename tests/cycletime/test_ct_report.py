"""The HTML report: self-contained, every seam and assumption in it, the chart to scale, and drawn by a real
browser (Debian's chromium, headless)."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from ct_testlib import bracket_like, chromium_path, colour_pixels, read_png

from cycletime import ASSUMPTIONS, RobotPlan, SeamInput, compare, render_report
from cycletime.report import ACTIVITIES


class Tags(HTMLParser):
    """Collects start tags with their attributes, and the text inside each element with an id."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def _partial_plan() -> RobotPlan:
    plan = bracket_like(np.random.default_rng(11))
    s = plan.seams[2]
    seams = list(plan.seams)
    seams[2] = SeamInput(s.seam_id, s.kind, s.length_m, s.leg_m, s.passes, 0.5 * s.length_m, s.robot_arc_s, "partial")
    return RobotPlan(plan.cycle_time_s, plan.breakdown_s, tuple(seams), plan.robot_id, plan.tool_id)


@pytest.fixture(scope="module")
def comparison():  # noqa: ANN201
    return compare(_partial_plan(), {"operator_factor": 0.35, "fit_up_tack_s": 45})


@pytest.fixture(scope="module")
def html(comparison) -> str:  # noqa: ANN001
    return render_report(
        comparison, part_name="bracket <demo>", part_id="p1", plan_id="plan1", robot_name="ABB IRB 1600-10/1.45"
    )


def test_page_is_self_contained(html: str) -> None:
    low = html.lower()
    for banned in ("<script", "<link", "<img", "<iframe", "@import", "@font-face", "url("):
        assert banned not in low, banned
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert "src" not in attrs, (tag, attrs)
        # no attribute may point at a resource (xmlns is a name, not a fetch)
        for k, v in attrs.items():
            if k != "xmlns":
                assert not re.match(r"\s*(https?:|//)", v), (tag, k, v)
    assert "bracket &lt;demo&gt;" in html  # text is escaped


def test_every_seam_and_assumption_is_listed(html: str, comparison) -> None:  # noqa: ANN001
    table = html.split('id="seam-table"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") == 1 + len(comparison.seams)
    for r in comparison.seams:
        assert f"<code>{r.seam.seam_id}</code>" in table
    assert 'class="st-partial">partial' in table
    assumptions = html.split('id="assumptions-table"', 1)[1].split("</table>", 1)[0]
    for a in ASSUMPTIONS:
        assert f"<code>{a.name}</code>" in assumptions
    assert assumptions.count('class="over"') == 2  # operator_factor and fit_up_tack_s
    for section in ('id="summary"', 'id="sanity"', 'id="time-chart"'):
        assert section in html


def test_chart_is_to_scale(html: str, comparison) -> None:  # noqa: ANN001
    parser = Tags()
    parser.feed(html.split('id="time-chart"', 1)[1].split("</svg>", 1)[0])
    rects = [a for t, a in parser.tags if t == "rect"]
    widths: dict[float, float] = {}
    for a in rects:
        widths[float(a["y"])] = widths.get(float(a["y"]), 0.0) + float(a["width"])
    (y_robot, w_robot), (y_manual, w_manual) = sorted(widths.items())
    assert w_robot / w_manual == pytest.approx(comparison.robot.total_s / comparison.manual.total_s, rel=1e-3)
    keys = [a["class"].split("seg-")[1] for a in rects]
    nonzero_robot = [k for k, s in comparison.robot.breakdown_s.items() if s > 1e-9]
    nonzero_manual = [k for k, s in comparison.manual.breakdown_s.items() if s > 1e-9]
    assert keys == nonzero_robot + nonzero_manual
    assert "manual_remainder" in keys and "fit_up_tack" in keys


def _screenshot(html: str, tmp_path: Path, size: tuple[int, int]) -> tuple[np.ndarray, str]:
    exe = chromium_path()
    if exe is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run installs it as root)")
    page, png = tmp_path / "report.html", tmp_path / "shot.png"
    page.write_text(html, encoding="utf-8")
    common = [
        exe,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={size[0]},{size[1]}",
    ]
    subprocess.run([*common, f"--screenshot={png}", page.as_uri()], check=True, capture_output=True, timeout=120)
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()], check=True, capture_output=True, timeout=120, text=True
    ).stdout
    assert png.is_file(), "chromium wrote no screenshot"
    return read_png(png), dom


def test_chromium_draws_the_table_and_the_chart(html: str, comparison, tmp_path: Path) -> None:  # noqa: ANN001
    img, dom = _screenshot(html, tmp_path, (1100, 1500))
    assert img.shape == (1500, 1100, 3)
    # not blank: many distinct colours (text antialiasing, bars, table stripes)
    assert len(np.unique(img.reshape(-1, 3), axis=0)) > 200
    # the browser parsed the table and the chart: both are in its DOM with every row and bar segment
    assert dom.count("<tr>") >= len(comparison.seams) + 1 and 'id="seam-table"' in dom
    assert dom.count('class="seg ') == sum(
        1 for s in (*comparison.robot.breakdown_s.values(), *comparison.manual.breakdown_s.values()) if s > 1e-9
    )
    # the chart is drawn: each large segment's fill colour covers about its area on screen (bar height 44 px,
    # widths as in the SVG); the arc colour appears in both bars
    arc_px = colour_pixels(img, ACTIVITIES["arc"][1])
    arc_w = (comparison.robot.arc_s + comparison.manual.arc_s) * _px_per_s(html)
    assert arc_px >= 0.8 * arc_w * 44, (arc_px, arc_w)
    for key in ("air", "operator_non_arc", "manual_remainder"):
        assert colour_pixels(img, ACTIVITIES[key][1]) > 200, key
    # the tables are drawn: their dark header rows (#1f3a5f) fill wide bands of the page
    header_rows = np.flatnonzero((np.abs(img.astype(int) - [0x1F, 0x3A, 0x5F]).max(axis=2) <= 3).sum(axis=1) > 800)
    assert len(header_rows) > 3 * 20, len(header_rows)  # summary, seam and sanity headers at least


def _px_per_s(html: str) -> float:
    chart = html.split('id="time-chart"', 1)[1]
    xs = [float(x) for x in re.findall(r'<line x1="([\d.]+)" y1="8"', chart)]
    labels = [float(t) for t in re.findall(r'text-anchor="middle" fill="#5a6978">([\d.]+)</text>', chart)]
    return (xs[-1] - xs[0]) / (labels[-1] - labels[0])


def test_a_slower_robot_and_a_report_without_names_still_render() -> None:
    plan = RobotPlan(100.0, {"arc": 10.0, "air": 90.0}, (SeamInput("only", "lap", 0.05, 0.003, 1, None, 10.0),))
    c = compare(plan)
    assert c.speedup < 1
    html = render_report(c)
    assert 'id="time-chart"' in html and "only" in html and "—" in html
