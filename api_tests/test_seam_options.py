"""Detect options over HTTP (issue 13 item 4): joint lines joined across gaps, gaps bridged or skipped;
out-of-range options answer 422 naming the field."""

from __future__ import annotations

import httpx
import pytest

from api_tests.helpers import assert_problem


@pytest.fixture
def tab_box(api: httpx.Client) -> dict:
    from cad import shapes_to_step
    from cad.weldments import tab_slot_box

    shapes = tab_slot_box()
    r = api.post("/parts", files={"file": ("tab_box.step", shapes_to_step(shapes, unit="mm"))})
    assert r.status_code == 201, r.text
    return {"part": r.json(), "expected": shapes.expected}


def test_detect_options(api: httpx.Client, tab_box: dict) -> None:
    pid = tab_box["part"]["id"]
    # default: pieces of one joint line joined, the slots' gaps bridged (cad.weldments.tab_slot_box: 16)
    seams = api.post(f"/parts/{pid}/seams/detect").json()["seams"]
    assert len(seams) == len(tab_box["expected"])
    joined = [s for s in seams if s["gap_segments"]]
    assert joined and all(s["gap_mode"] == "bridge" for s in joined)
    r = api.post(f"/parts/{pid}/seams/detect", json={"gaps": "skip", "max_gap_mm": 4})
    assert r.status_code == 200, r.text
    skipped = [s for s in r.json()["seams"] if s["gap_segments"]]
    assert len(skipped) == len(joined) and all(s["gap_mode"] == "skip" for s in skipped)
    # reversed, the gap segments follow the points
    seam = skipped[0]
    flipped = api.patch(f"/parts/{pid}/seams/{seam['id']}", json={"direction": "reverse"}).json()
    m = len(seam["points_mm"])
    assert sorted(flipped["gap_segments"]) == sorted(m - 2 - k for k in seam["gap_segments"])
    # without joining: the contact pieces (3 per wall fillet at 2 tabs)
    r = api.post(f"/parts/{pid}/seams/detect", json={"join_lines": False})
    assert len(r.json()["seams"]) == 32


def test_detect_options_out_of_range(api: httpx.Client, tab_box: dict) -> None:
    pid = tab_box["part"]["id"]
    url = f"/parts/{pid}/seams/detect"
    assert_problem(api.post(url, json={"max_gap_mm": -1}), 422, "max_gap_mm")
    assert_problem(api.post(url, json={"max_gap_mm": 11, "gaps": "skip"}), 422, "max_gap_mm")
    # a bead bridges at most 5 mm (AWS D1.1 fillet root opening); wider gaps may only be skipped
    assert_problem(api.post(url, json={"max_gap_mm": 6}), 422, "max_gap_mm", "5 mm")
    assert_problem(api.post(url, json={"gaps": "weave"}), 422, "gaps")
    assert_problem(api.post(url, json={"max_gap": 2}), 422, "max_gap")
