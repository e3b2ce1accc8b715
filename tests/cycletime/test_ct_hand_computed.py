"""Hand-computed cases: every figure worked out in the test from the defaults and their sources
(docs/references.md#welding, "docs/references.md#welding" below)."""

from __future__ import annotations

import dataclasses
import math

import pytest
from ct_testlib import plan_of

from cycletime import RobotPlan, SeamInput, compare, manual_arc_time_s, weld_area_m2

GEOM = {
    "over_weld": 0.10,
    "bevel_rad": math.radians(30.0),
    "root_gap_m": 1.5e-3,
    "cap_height_m": 1.5e-3,
    "square_max_m": 4.0e-3,
}


def one_seam(
    leg_mm: float = 5.0,
    length_mm: float = 200.0,
    passes: int = 1,
    welded_mm: float | None = None,
    status: str = "planned",
    kind: str = "fillet",
) -> RobotPlan:
    # Robot arc 200 mm at 11.7 mm/s (cad/weld_procedures.yaml 5 mm row, docs/references.md#welding-5 worked check);
    # arc start/end 0.465 s, approach/retract 2 x 1.0 s (ct_testlib); air 5.0 s.
    seam = SeamInput(
        "s0",
        kind,
        length_mm * 1e-3,
        leg_mm * 1e-3,
        passes,
        None if welded_mm is None else welded_mm * 1e-3,
        200.0 / 11.7,
        status,
    )
    return plan_of([seam], air_s=5.0)


def test_fillet_area_and_speeds_match_the_worked_check_of_welding_md_5() -> None:
    # docs/references.md#welding-5: 5 mm fillet with +10 % leg -> A = 15.1 mm2 -> 0.119 kg/m; at 4 kg/h: 107 s/m =
    # 9.4 mm/s; at 5 kg/h: 85.5 s/m = 11.7 mm/s (deposition efficiency 1 in that check).
    area = weld_area_m2("fillet", 5e-3, **GEOM)
    assert area * 1e6 == pytest.approx(5.5**2 / 2) and round(area * 1e6, 1) == 15.1
    assert round(area * 7850, 3) == 0.119
    for kg_h, s_per_m, mm_s in ((4.0, 107, 9.4), (5.0, 85.5, 11.7)):
        t, v = manual_arc_time_s(1.0, 1, area, deposition_kg_s=kg_h / 3600, efficiency=1.0, density_kg_m3=7850)
        assert t == pytest.approx(s_per_m, abs=0.5) and v * 1e3 == pytest.approx(mm_s, abs=0.05)


def test_areas_agree_with_cad_procedure_table_rows_computed_independently() -> None:
    # cad/weld_procedures.yaml rows "D" were computed by another author from the same docs/references.md#welding
    # formulas:
    # travel = 5 kg/h deposited / (A/passes x 7.85 g/cm3), bevel 30 deg, gap 1.5, cap 1.5 mm. Matching their
    # rounded speeds (3 significant figures) checks our areas, butt single-V included.
    from cad.procedures import procedure_table

    table = procedure_table()
    checked = 0
    for kind, key, rows in (("fillet", "leg_mm", table["fillet"]), ("butt", "thickness_mm", table["butt"])):
        for row in rows:
            if not row["source"].startswith("D"):
                continue
            area = weld_area_m2(kind, row[key] * 1e-3, **GEOM)
            _, v_pass = manual_arc_time_s(
                1.0, row["passes"], area, deposition_kg_s=5.0 / 3600, efficiency=1.0, density_kg_m3=7850
            )
            assert v_pass * 1e3 == pytest.approx(row["travel_mm_s"], rel=0.006), (kind, row)
            checked += 1
    assert checked >= 12


def test_butt_area_by_hand() -> None:
    # TWI JK95 single V (docs/references.md#welding-3): t = 8, beta = 30 deg, g = 1.5, h = 1.5 mm:
    # w = 2 * 8 * tan30 + 1.5 = 10.7376; A = 64 tan30 + 1.5 * 8 + 2/3 * 10.7376 * 1.5 = 36.950 + 12 + 10.738
    assert weld_area_m2("butt", 8e-3, **GEOM) * 1e6 == pytest.approx(59.688, abs=1e-3)
    # square groove up to 4 mm (beta = 0): t = 3.2: A = 1.5 * 3.2 + 2/3 * 1.5 * 1.5 = 4.8 + 1.5
    assert weld_area_m2("butt", 3.2e-3, **GEOM) * 1e6 == pytest.approx(6.3, abs=1e-9)
    # lap and corner welds take the fillet triangle
    assert weld_area_m2("lap", 4e-3, **GEOM) == weld_area_m2("corner", 4e-3, **GEOM) == pytest.approx(4.4e-3**2 / 2)
    with pytest.raises(ValueError, match="kind"):
        weld_area_m2("plug", 4e-3, **GEOM)


def test_one_seam_with_defaults_to_the_second() -> None:
    c = compare(one_seam())
    # Manual (docs/references.md#welding-8): A = 15.125 mm2 (above); m' = 15.125e-6 m2 * 7850 kg/m3 = 0.118731 kg/m.
    # Deposited 3 kg/h (§5) * 0.95 (§3) = 2.85 kg/h = 7.9167e-4 kg/s -> v = 7.9167e-4 / 0.118731 = 6.668 mm/s
    # (below the 9.17 mm/s ceiling); arc = 200 / 6.668 = 29.995 s; / operator factor 0.45 (§1) = 66.656 s.
    arc_man = 200e-3 * 15.125e-6 * 7850 / (3.0 * 0.95 / 3600)
    assert arc_man == pytest.approx(29.995, abs=1e-3)
    assert c.seams[0].manual_speed_m_s * 1e3 == pytest.approx(6.668, abs=1e-3)
    assert c.manual.breakdown_s["arc"] == pytest.approx(29.995, abs=1e-3)
    assert c.manual.total_s == pytest.approx(66.656, abs=1e-3)
    assert c.manual.arc_on_fraction == pytest.approx(0.45)
    # Robot: plan = 17.094 arc + 0.465 start/end + 2.0 approach/retract + 5.0 air = 24.559 s; torch cleaning
    # 20 s every 5 parts = 4 s; the robot is busy 28.559 s, so the second station hides 28.559 s of the 30 s
    # loading and 1.441 s shows; elements 30.000 s / availability 0.85 = 35.294 s.
    assert c.robot.breakdown_s["load_unload"] == pytest.approx(30.0 - 28.559, abs=1e-3)
    assert c.robot.breakdown_s["torch_cleaning"] == 4.0
    assert c.robot.breakdown_s["availability_loss"] == pytest.approx(35.294 - 30.0, abs=1e-3)
    assert c.robot.total_s == pytest.approx(35.294, abs=1e-3)
    assert c.speedup == pytest.approx(66.656 / 35.294, abs=1e-4)
    # Rule of thumb (docs/references.md#welding-2): 200 mm / 6 mm/s = 33.33 s; ratio 35.294 / 33.333 = 1.0588.
    assert c.sanity.rule_of_thumb_s == pytest.approx(33.333, abs=1e-3)
    assert c.sanity.robot_vs_rule_ratio == pytest.approx(1.0588, abs=1e-4)
    assert c.sanity.speedup.verdict == "below"  # 1.89 < 2.5


def test_one_seam_single_station_with_shop_inputs_to_the_second() -> None:
    over = {
        "load_overlap": 0,
        "index_count": 2,
        "parts_per_clean": 0.5,
        "operator_factor": 0.3,
        "seam_handling_s": 10,
        "fit_up_tack_s": 60,
        "post_weld_s": 15,
        "cell_availability": 0.9,
    }
    c = compare(one_seam(), over)
    # Robot: 24.559 plan + 2 * 3 s indexing + 20 s / 0.5 cleaning + 30 s loading (nothing hidden)
    # = 100.559 s; / 0.9 = 111.732 s.
    assert c.robot.total_s == pytest.approx(100.559 / 0.9, abs=1e-3)
    # Manual: 29.995 / 0.3 = 99.984 + 1 seam * 10 + 60 fit-up + 15 post = 184.984 s.
    assert c.manual.total_s == pytest.approx(29.995 / 0.3 + 85, abs=1e-3)
    assert c.manual.breakdown_s["operator_non_arc"] == pytest.approx(29.995 / 0.3 - 29.995, abs=1e-3)


def test_economics_by_hand() -> None:
    c = compare(one_seam())
    # Manual 66.656 s at 45/h (ESAB worksheet rate, docs/references.md#welding-7) = 0.83320; robot 35.294 s at
    # (1 * 45 + 10)/h = 0.53922; saving 0.29398 per part.
    assert c.per_part.manual_cost == pytest.approx(66.656 / 3600 * 45, abs=1e-5)
    assert c.per_part.robot_cost == pytest.approx(35.294 / 3600 * 55, abs=1e-5)
    assert c.per_part.saving == pytest.approx(0.29398, abs=1e-4)
    # 8 h shift: 28800 / 35.294 = 816.0 robot parts, 28800 / 66.656 = 432.1 manual parts.
    assert c.per_part.robot_parts_per_shift == pytest.approx(816.0, abs=0.1)
    assert c.per_part.manual_parts_per_shift == pytest.approx(432.1, abs=0.1)
    # Capacity 250 shifts * 816 = 204000 > 10000 parts needed: 10000 a year, saving 2939.8 -> payback
    # 150000 / 2939.8 = 51.0 years (a one-seam part does not pay for a cell).
    assert not c.payback.capacity_limited and c.payback.parts_per_year == 10000
    assert c.payback.payback_years == pytest.approx(150000 / 2939.8, rel=1e-3)
    # Welders for 10000 parts: 10000 * 66.656 s / (250 * 8 h) = 0.0926.
    assert c.payback.manual_welders_needed == pytest.approx(10000 * 66.656 / (250 * 28800), abs=1e-4)
    # Batch of 50 (default).
    assert c.per_batch.batch_size == 50 and c.per_batch.robot_s == pytest.approx(50 * 35.294, abs=0.05)
    assert c.per_batch.manual_shifts == pytest.approx(50 * 66.656 / 28800, abs=1e-4)
    # A cell that costs more per hour than it saves never pays back.
    assert compare(one_seam(), {"cell_rate_per_h": 200}).payback.payback_years is None
    # A small annual volume: capacity not limiting; a huge one: the cell's capacity is.
    big = compare(one_seam(), {"annual_volume": 1e7})
    assert big.payback.capacity_limited and big.payback.parts_per_year == pytest.approx(250 * 816.0, rel=1e-4)


def test_given_manual_speed_and_the_speed_ceiling() -> None:
    # Given speed per pass: 200 mm * 2 passes / 4 mm/s = 100 s.
    c = compare(one_seam(leg_mm=10.0, passes=2), {"manual_travel_speed_mm_s": 4})
    assert c.manual.breakdown_s["arc"] == pytest.approx(100.0)
    # 3 mm leg: A = 3.3^2 / 2 = 5.445 mm2 -> deposition speed 7.9167e-4 / (5.445e-6 * 7850) = 18.52 mm/s,
    # above the 9.17 mm/s ceiling (docs/references.md#welding-5 thin-sheet tables): arc = 200 / 9.17 = 21.81 s.
    c = compare(one_seam(leg_mm=3.0))
    assert c.seams[0].manual_speed_m_s * 1e3 == pytest.approx(9.17)
    assert c.manual.breakdown_s["arc"] == pytest.approx(200 / 9.17)
    # Multi-pass by deposition: the arc time depends on the area only, not on the pass count.
    one, two = compare(one_seam(leg_mm=10.0, passes=1)), compare(one_seam(leg_mm=10.0, passes=2))
    assert one.manual.breakdown_s["arc"] == pytest.approx(two.manual.breakdown_s["arc"])
    # 10 mm leg: A = 60.5 mm2 -> 200e-3 * 60.5e-6 * 7850 / 7.9167e-4 = 119.98 s.
    assert two.manual.breakdown_s["arc"] == pytest.approx(119.98, abs=0.01)


def test_unwelded_length_is_welded_by_hand_in_the_cell() -> None:
    full = compare(one_seam())
    # 120 of 200 mm welded: 40 % by hand = 0.4 * 66.656 = 26.662 s added to the robot side (plus the
    # 10 s per-seam handling when set).
    part = compare(one_seam(welded_mm=120.0, status="partial"))
    assert part.robot.breakdown_s["manual_remainder"] == pytest.approx(0.4 * 66.656, abs=1e-3)
    assert part.robot.total_s == pytest.approx(full.robot.total_s + 0.4 * 66.656, abs=1e-3)
    handled = compare(one_seam(welded_mm=120.0, status="partial"), {"seam_handling_s": 10})
    assert handled.robot.breakdown_s["manual_remainder"] == pytest.approx(0.4 * 66.656 + 10, abs=1e-3)
    gone = compare(one_seam(welded_mm=0.0, status="unreachable"))
    assert gone.robot.breakdown_s["manual_remainder"] == pytest.approx(66.656, abs=1e-3)
    assert part.sanity.notes and "s0" in part.sanity.notes[0]
    assert part.manual.total_s == full.manual.total_s  # the manual side welds everything either way


def test_length_no_torch_reaches_is_left_out_of_both_sides() -> None:
    # cad's accessibility test says 40 % of the 200 mm seam has no room for a nozzle (a hand torch has the same
    # one): nobody welds those 80 mm. The welder's arc is 120 / 200 of 29.995 s = 17.997 s, / 0.45 = 39.994 s.
    seam = SeamInput("s0", "fillet", 0.2, 0.005, 1, 0.12, 120.0 / 11.7, "partial", accessible_fraction=0.6)
    c = compare(plan_of([seam], air_s=5.0))
    assert c.seams[0].seam.weldable_length_m == pytest.approx(0.12)
    assert c.manual.breakdown_s["arc"] == pytest.approx(17.997, abs=1e-3)
    assert c.manual.total_s == pytest.approx(39.994, abs=1e-3)
    # the robot welds all of the 120 mm any torch reaches: nothing is left for hand welding in the cell
    assert c.robot.breakdown_s["manual_remainder"] == 0.0
    assert c.sanity.unweldable_length_m == pytest.approx(0.08)
    assert c.sanity.total_weld_length_m == pytest.approx(0.12)
    assert "s0: 80 mm" in c.sanity.notes[0] and "no torch fits" in c.sanity.notes[0]
    assert not any("not fully welded" in n for n in c.sanity.notes)  # the robot welded all it could
    # The robot reaching only 60 of those 120 mm leaves 60 mm to the welder in the cell: 0.5 * 39.994 s.
    short = SeamInput("s0", "fillet", 0.2, 0.005, 1, 0.06, 60.0 / 11.7, "partial", accessible_fraction=0.6)
    assert compare(plan_of([short], air_s=5.0)).robot.breakdown_s["manual_remainder"] == pytest.approx(19.997, abs=1e-3)
    # A seam no torch reaches at all (the bore of tube_on_plate) adds nothing to either side, not even the
    # per-seam handling; cad's test errs towards "not accessible", so what the robot did weld always counts.
    bore = SeamInput("s1", "fillet", 0.16, 0.003, 1, 0.0, 0.0, "unreachable", accessible_fraction=0.0)
    both = compare(plan_of([seam, bore], air_s=5.0), {"seam_handling_s": 10})
    alone = compare(plan_of([seam], air_s=5.0), {"seam_handling_s": 10})
    assert both.manual.total_s == pytest.approx(alone.manual.total_s)
    assert both.robot.breakdown_s["manual_remainder"] == 0.0
    reached = SeamInput("s0", "fillet", 0.2, 0.005, 1, 0.15, 150.0 / 11.7, "partial", accessible_fraction=0.6)
    assert reached.weldable_length_m == pytest.approx(0.15)


def test_planned_index_moves_count_once_besides_the_assumed_ones() -> None:
    # a positioner plan reports its index moves in breakdown_s (planning.indexing): 4 s on top of the 24.559 s
    # one-seam plan; the shop's assumed 2 x 3 s index moves come on top of those
    plan = one_seam()
    indexed = dataclasses.replace(
        plan, cycle_time_s=plan.cycle_time_s + 4.0, breakdown_s={**plan.breakdown_s, "indexing": 4.0}
    )
    assert compare(indexed).robot.breakdown_s["indexing"] == pytest.approx(4.0)
    assert compare(indexed, {"index_count": 2}).robot.breakdown_s["indexing"] == pytest.approx(10.0)
