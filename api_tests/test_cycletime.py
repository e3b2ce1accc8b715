"""Robot vs manual comparison over HTTP.

Until the planner's results are used here, a plan row is made through the API (its job cancelled) and
its status and `result` are then set in the database to a document of the planner's contract, built from the part's
detected seams and their procedures. Robot non-arc times in it are stand-ins until the planner lands:
arc start/end 0.28 + 0.185 s per seam (cad/weld_procedures.yaml), approach + retract 2 s per seam, 2.5 s
per air move plus 4 s to and from home.
"""

from __future__ import annotations

import httpx
import pytest

from api_tests.helpers import DEFAULT_ROBOT, assert_problem, finished, upload_plate, wait_for
from api_tests.server import ServerProcess


def _write_plan(server: ServerProcess, plan_id: str, **values: object) -> None:
    """Set columns of a plan row directly, as the planner job will."""
    from app.db import models
    from app.db.session import make_engine, make_session_factory

    engine = make_engine(server.database_url)
    try:
        with make_session_factory(engine)() as session:
            plan = session.get(models.Plan, plan_id)
            for k, v in values.items():
                setattr(plan, k, v)
            session.commit()
    finally:
        engine.dispose()


def _result(seams: list[dict]) -> dict:
    entries, arc = [], 0.0
    for i, s in enumerate(seams):
        p = s["procedure"]
        t = s["length_mm"] * p["passes"] / p["travel_speed_mm_s"]
        coverage = 0.6 if i == 3 else 1.0
        entry = {"seam_id": s["id"], "status": "partial" if i == 3 else "planned", "coverage": coverage,
                 "reason": "collision" if i == 3 else None, "kind": s["kind"], "length_mm": s["length_mm"],
                 "welded_length_mm": coverage * s["length_mm"], "leg_mm": p["leg_mm"], "passes": p["passes"],
                 "travel_speed_mm_s": p["travel_speed_mm_s"], "arc_time_s": coverage * t, "order": i,
                 "reversed": False}
        if i == len(seams) - 1:  # the seam record in the database supplies what an entry leaves out
            for k in ("kind", "leg_mm", "passes"):
                entry.pop(k)
        entries.append(entry)
        arc += coverage * t
    n = len(seams)
    breakdown = {"arc": arc, "air": 2.5 * (n - 1) + 4.0, "approach_retract": 2.0 * n, "arc_start_end": 0.465 * n}
    return {"cycle_time_s": sum(breakdown.values()), "breakdown_s": breakdown, "robot_id": DEFAULT_ROBOT,
            "tool_id": "torch_22deg", "cell": {"X_BP": {"xyz_mm": [900.0, 0.0, 200.0], "quat_wxyz": [1, 0, 0, 0]},
                                               "placement": "auto"},
            "seams": entries, "order": [s["id"] for s in seams]}


@pytest.fixture(scope="module")
def bracket(api: httpx.Client, server: ServerProcess) -> dict:
    from cad import shapes_to_step
    from cad.weldments import bracket_with_two_gussets

    r = api.post("/parts", files={"file": ("bracket.step", shapes_to_step(bracket_with_two_gussets(), unit="mm"))})
    assert r.status_code == 201, r.text
    part = r.json()
    r = api.post(f"/parts/{part['id']}/seams/detect")
    assert r.status_code == 200, r.text
    seams = r.json()["seams"]
    assert len(seams) == 12  # cad.weldments documents 12 seams for this builder
    r = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT, "tool_id": "torch_22deg"})
    assert r.status_code == 202, r.text
    # The row is what matters here, not the planner's answer: cancel the job and write the result below.
    api.delete(f"/plans/{r.json()['id']}")
    plan = wait_for(api, r.json()["id"], finished)
    result = _result(seams)
    _write_plan(server, plan["id"], status="succeeded", result=result, error=None)
    return {"part": part, "seams": seams, "plan_id": plan["id"], "result": result}


def _manual_arc_s(seam: dict) -> float:
    # welding.md §3, §5: A = (1.1 leg)^2 / 2 mm2; deposited 3 kg/h * 0.95 = 0.79167 g/s; 7.85e-3 g/mm3;
    # per-pass speed capped at 9.17 mm/s (thin-sheet tables); arc time = length * passes / speed.
    p = seam["procedure"]
    area = (1.1 * p["leg_mm"]) ** 2 / 2
    speed = min(p["passes"] * 3.0 * 0.95 / 3.6 / (area * 7.85e-3), 9.17)
    return seam["length_mm"] * p["passes"] / speed


def test_cycle_time_of_a_planned_bracket(api: httpx.Client, bracket: dict) -> None:
    r = api.get(f"/plans/{bracket['plan_id']}/cycle-time")
    assert r.status_code == 200, r.text
    doc = r.json()
    result = bracket["result"]
    assert doc["plan_id"] == bracket["plan_id"] and doc["part_id"] == bracket["part"]["id"]
    assert doc["robot_id"] == DEFAULT_ROBOT and doc["tool_id"] == "torch_22deg"
    rb = doc["robot"]["breakdown_s"]
    for k, v in result["breakdown_s"].items():
        assert rb[k] == pytest.approx(v)
    # Manual side from the seams' own procedures (the last one read from the database record).
    arcs = [_manual_arc_s(s) for s in bracket["seams"]]
    assert [s["manual_arc_s"] for s in doc["seams"]] == pytest.approx(arcs, rel=1e-9)
    assert doc["seams"][-1]["leg_mm"] == bracket["seams"][-1]["procedure"]["leg_mm"]
    assert doc["manual"]["total_s"] == pytest.approx(sum(arcs) / 0.45)
    # Robot side: the program is longer than the 30 s loading, so the second station hides it all; cleaning
    # 20 s / 5 parts; / 0.85; seam 3 is 40 % short, welded by hand at 0.4 * its manual time.
    remainder = 0.4 * arcs[3] / 0.45
    assert rb["load_unload"] == 0.0 and rb["manual_remainder"] == pytest.approx(remainder)
    robot = (result["cycle_time_s"] + 4.0) / 0.85 + remainder
    assert doc["robot"]["total_s"] == pytest.approx(robot)
    assert doc["speedup"] == pytest.approx(doc["manual"]["total_s"] / robot)
    assert 1.5 <= doc["speedup"] <= 8.0
    assert doc["per_part"]["robot_s"] == pytest.approx(robot)
    assert doc["sanity"]["rule_of_thumb_s"] == pytest.approx(sum(s["length_mm"] for s in bracket["seams"]) / 6)
    assert doc["sanity"]["speedup"]["verdict"] in ("below", "inside", "above")
    names = [a["name"] for a in doc["assumptions"]]
    assert "operator_factor" in names and "cell_availability" in names
    for a in doc["assumptions"]:
        assert a["source"] and a["unit"] and not a["overridden"]
        assert a["value"] == a["default"]


def test_overrides_by_query_parameter(api: httpx.Client, bracket: dict) -> None:
    url = f"/plans/{bracket['plan_id']}/cycle-time"
    base = api.get(url).json()
    doc = api.get(url, params={"operator_factor": "0.3", "load_overlap": "0"}).json()
    assert doc["manual"]["total_s"] == pytest.approx(base["manual"]["total_s"] * 0.45 / 0.3)
    assert doc["robot"]["breakdown_s"]["load_unload"] == 30.0
    over = {a["name"]: a for a in doc["assumptions"]}
    assert over["operator_factor"]["value"] == 0.3 and over["operator_factor"]["default"] == 0.45
    assert over["operator_factor"]["overridden"] and not over["cell_availability"]["overridden"]
    assert api.get(url, params={"operator_factor": "0.6"}).json()["speedup"] < base["speedup"]


def test_bad_overrides_are_422_naming_them(api: httpx.Client, bracket: dict) -> None:
    url = f"/plans/{bracket['plan_id']}/cycle-time"
    body = assert_problem(api.get(url, params={"operater_factor": "0.3"}), 422, "operater_factor", "not an assumption",
                    "operator_factor", "cell_availability")
    assert body["status"] == 422
    assert_problem(api.get(url, params={"operator_factor": "1.5"}), 422, "operator_factor: must be in (0, 1]")
    assert_problem(api.get(url, params={"operator_factor": "0"}), 422, "operator_factor")
    assert_problem(api.get(url, params={"cell_availability": "1.2"}), 422, "cell_availability")
    assert_problem(api.get(url, params={"labour_rate_per_h": "-5"}), 422, "labour_rate_per_h: must not be negative")
    assert_problem(api.get(url, params={"manual_deposition_kg_h": "-1"}), 422, "manual_deposition_kg_h")
    assert_problem(api.get(url, params={"operator_factor": "fast"}), 422, "operator_factor: must be a number")
    assert_problem(api.get(url, params={"operator_factor": "nan"}), 422, "operator_factor: must be a finite number")
    assert_problem(api.get(f"{url}?operator_factor=0.3&operator_factor=0.4"), 422,
                   "operator_factor: given more than once")
    assert_problem(api.get(f"/plans/{bracket['plan_id']}/report", params={"colour": "red"}), 422, "colour")


def test_unknown_and_unfinished_plans(api: httpx.Client, server: ServerProcess) -> None:
    for route in ("cycle-time", "report"):
        assert_problem(api.get(f"/plans/noplan/{route}"), 404, "plan", "noplan")
    part = upload_plate(api)
    plan_id = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT}).json()["id"]
    api.delete(f"/plans/{plan_id}")
    wait_for(api, plan_id, finished)
    _write_plan(server, plan_id, status="failed", error="no seam")
    for route in ("cycle-time", "report"):
        assert_problem(api.get(f"/plans/{plan_id}/{route}"), 409, plan_id, "is failed", "succeeded plan")
    # a succeeded plan whose result holds no cycle time (a build without the planner wrote such results)
    _write_plan(server, plan_id, status="succeeded", error=None,
                result={"planning_available": False, "message": "Motion planning is not available in this build"})
    assert_problem(api.get(f"/plans/{plan_id}/cycle-time"), 409, "has no cycle time", "not available")
    _write_plan(server, plan_id, status="succeeded",
                result={"cycle_time_s": 10.0, "breakdown_s": {"arc": 5.0}, "seams": [{"seam_id": "x"}]})
    assert_problem(api.get(f"/plans/{plan_id}/cycle-time"), 409, "cannot be compared", "result.seams[0].length_mm")


def test_report_is_one_self_contained_page(api: httpx.Client, bracket: dict) -> None:
    r = api.get(f"/plans/{bracket['plan_id']}/report", params={"operator_factor": "0.3"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    html = r.text
    assert html.startswith("<!DOCTYPE html>")
    for banned in ("<script", "<link", "<img", "@import", "url("):
        assert banned not in html.lower()
    assert 'id="seam-table"' in html and 'id="time-chart"' in html and 'id="assumptions-table"' in html
    for s in bracket["seams"]:
        assert s["id"] in html
    assert bracket["part"]["name"] in html and bracket["plan_id"] in html
    assert html.count('<tr class="over">') == 1  # operator_factor
