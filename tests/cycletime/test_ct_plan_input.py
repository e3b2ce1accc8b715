"""Reading a plan's result document (the planner's contract) into the comparison's input."""

from __future__ import annotations

import copy

import pytest

from cycletime import PlanResultError, SeamInput, compare, plan_from_result

# The result shape the planner writes (the lead's contract for issue 7).
RESULT = {
    "cycle_time_s": 41.2,
    "breakdown_s": {"arc": 25.0, "air": 9.1, "approach_retract": 4.3, "arc_start_end": 2.8},
    "robot_id": "abb_irb1600_10_145",
    "tool_id": "torch_22deg",
    "cell": {"X_BP": {"xyz_mm": [900, 0, 200], "quat_wxyz": [1, 0, 0, 0]}, "placement": "auto"},
    "seams": [
        {
            "seam_id": "b",
            "status": "partial",
            "coverage": 0.5,
            "reason": "collision",
            "kind": "fillet",
            "length_mm": 100.0,
            "welded_length_mm": 50.0,
            "leg_mm": 5.0,
            "passes": 1,
            "travel_speed_mm_s": 11.7,
            "arc_time_s": 4.3,
            "order": 1,
            "reversed": False,
        },
        {
            "seam_id": "a",
            "status": "planned",
            "coverage": 1.0,
            "reason": None,
            "kind": "butt",
            "length_mm": 120.0,
            "welded_length_mm": 120.0,
            "leg_mm": 8.0,
            "passes": 2,
            "travel_speed_mm_s": 5.93,
            "arc_time_s": 20.7,
            "order": 0,
            "reversed": False,
        },
        {
            "seam_id": "c",
            "status": "unreachable",
            "coverage": 0.0,
            "reason": "out of reach",
            "kind": "corner",
            "length_mm": 60.0,
            "welded_length_mm": 0.0,
            "leg_mm": 4.0,
            "passes": 1,
            "arc_time_s": 0.0,
            "order": None,
        },
    ],
    "order": ["a", "b"],
}


def test_contract_document_is_read_in_si_and_weld_order() -> None:
    plan = plan_from_result(RESULT)
    assert [s.seam_id for s in plan.seams] == ["a", "b", "c"]
    a, b, c = plan.seams
    assert a == SeamInput("a", "butt", 0.12, 0.008, 2, 0.12, 20.7, "planned")
    assert b.robot_length_m == pytest.approx(0.05) and b.status == "partial"
    assert c.robot_length_m == 0.0
    assert plan.cycle_time_s == 41.2 and plan.robot_id == "abb_irb1600_10_145" and plan.tool_id == "torch_22deg"
    assert plan.activities_s == RESULT["breakdown_s"]  # 25 + 9.1 + 4.3 + 2.8 = 41.2: nothing left over
    comparison = compare(plan)
    assert comparison.robot.breakdown_s["arc"] == 25.0 and comparison.robot.breakdown_s["air"] == 9.1


def test_cycle_time_not_in_the_breakdown_becomes_other() -> None:
    doc = copy.deepcopy(RESULT)
    doc["cycle_time_s"] = 45.2
    plan = plan_from_result(doc)
    assert plan.activities_s["other"] == pytest.approx(4.0)
    assert compare(plan).robot.breakdown_s["other"] == pytest.approx(4.0)


def test_missing_seam_fields_come_from_the_seam_records() -> None:
    doc = copy.deepcopy(RESULT)
    for s in doc["seams"]:
        for k in ("kind", "length_mm", "leg_mm", "passes", "welded_length_mm"):
            s.pop(k)
    records = {
        "a": {"kind": "butt", "length_mm": 120.0, "procedure": {"leg_mm": 8.0, "passes": 2}},
        "b": {"kind": "fillet", "length_mm": 100.0, "procedure": {"leg_mm": 5.0, "passes": 1}},
        "c": {"kind": "corner", "length_mm": 60.0, "procedure": {"leg_mm": 4.0}},
    }
    plan = plan_from_result(doc, records)
    assert plan.seams == plan_from_result(RESULT).seams  # coverage gives the welded length; passes default 1
    # cad's accessible share is read from the seam record's geometry (the API's seam document) or the entry
    records["c"]["geometry"] = {"accessible_fraction": 0.25}
    doc["seams"][0]["accessible_fraction"] = 1.0
    with_reach = {s.seam_id: s.accessible_fraction for s in plan_from_result(doc, records).seams}
    assert with_reach == {"a": None, "b": 1.0, "c": 0.25}
    del records["a"]["procedure"]["leg_mm"]
    with pytest.raises(PlanResultError, match=r"^result\.seams\[1\]\.leg_mm: missing"):
        plan_from_result(doc, records)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.pop("cycle_time_s"), r"^result\.cycle_time_s: the plan produced no cycle time"),
        (lambda d: d.pop("breakdown_s"), r"^result\.breakdown_s: missing"),
        (lambda d: d["breakdown_s"].update(air=-1.0), r"^result\.breakdown_s\.air: must be non-negative"),
        (lambda d: d.update(seams="x"), r"^result\.seams: missing or not a list"),
        (lambda d: d.update(seams=[]), r"^seams: the plan has no seam"),
        (lambda d: d["seams"][0].pop("seam_id"), r"^result\.seams\[0\]\.seam_id: missing"),
        (lambda d: d["seams"][0].update(length_mm=0), r"^result\.seams\[0\]\.length_mm: must be positive"),
        (lambda d: d["seams"][0].update(kind="plug"), r"^seam 'b'\.kind: must be one of"),
        (lambda d: d["seams"][0].update(status="done"), r"^seam 'b'\.status: must be one of"),
        (lambda d: d["seams"][0].update(passes=1.5), r"^seam 'b'\.passes: must be a whole number"),
        (lambda d: d["seams"][0].update(arc_time_s=float("nan")), r"^result\.seams\[0\]\.arc_time_s: must be a finite"),
        (
            lambda d: d["seams"][0].update(accessible_fraction=-0.1),
            r"^result\.seams\[0\]\.accessible_fraction: must be non-negative",
        ),
        (lambda d: d["seams"][0].update(accessible_fraction=1.5), r"^seam 'b'\.accessible_fraction: must be at most 1"),
    ],
)
def test_bad_result_documents_name_the_field(edit, message: str) -> None:  # noqa: ANN001
    doc = copy.deepcopy(RESULT)
    edit(doc)
    with pytest.raises(PlanResultError, match=message):
        plan_from_result(doc)


def test_not_a_result_at_all() -> None:
    with pytest.raises(PlanResultError, match="no result document"):
        plan_from_result(None)  # type: ignore[arg-type]
    with pytest.raises(PlanResultError, match="cycle_time_s"):
        plan_from_result({"planning_available": False, "message": "no planner"})
