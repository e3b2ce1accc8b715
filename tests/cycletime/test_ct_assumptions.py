"""Assumptions as data: sources, ranges, and overrides that are refused with the name at fault."""

from __future__ import annotations

import math
import re

import pytest
from ct_testlib import plan_of
from hypothesis import given
from hypothesis import strategies as st

from cycletime import ASSUMPTIONS, AssumptionError, SeamInput, compare, resolve
from cycletime.assumptions import SHOP

PLAN = plan_of([SeamInput("s0", "fillet", 0.2, 0.005, 1, None, 17.1)], air_s=5.0)
NAMES = [a.name for a in ASSUMPTIONS]


def test_every_assumption_names_its_source_unit_and_a_valid_default() -> None:
    assert len(set(NAMES)) == len(NAMES)
    for a in ASSUMPTIONS:
        assert a.unit and a.description, a.name
        # a docs/references.md#welding section, the cad procedure table, or an explicit shop-specific input
        assert (
            re.search(r"references\.md#welding-\d", a.source)
            or "cad/weld_procedures.yaml" in a.source
            or a.source.startswith(SHOP)
        ), a
        if a.default is not None:
            assert a.check(a.default) == a.default, a.name
    # the defaults the brief and docs/references.md#welding fix
    d = resolve()
    assert d["operator_factor"] == 0.45 and d["cell_availability"] == 0.85 and d["steel_density_kg_m3"] == 7850
    assert d["over_weld"] == 0.10 and d["deposition_efficiency"] == 0.95


def test_unknown_name_is_refused_listing_the_valid_ones() -> None:
    with pytest.raises(AssumptionError) as err:
        compare(PLAN, {"operater_factor": 0.3})
    msg = str(err.value)
    assert msg.startswith("operater_factor: not an assumption") and err.value.name == "operater_factor"
    assert all(n in msg for n in NAMES)


@pytest.mark.parametrize("name", [a.name for a in ASSUMPTIONS if a.lo == 0.0 and not a.lo_open])
def test_negative_values_are_refused(name: str) -> None:
    with pytest.raises(AssumptionError, match=rf"^{name}: must "):
        compare(PLAN, {name: -1.0})


@pytest.mark.parametrize("name", ["operator_factor", "cell_availability", "deposition_efficiency"])
@pytest.mark.parametrize("value", [0.0, -0.1, 1.0001, 1.5])
def test_fractions_outside_zero_one_are_refused(name: str, value: float) -> None:
    with pytest.raises(AssumptionError, match=rf"^{name}: must be in \(0, 1\], got"):
        compare(PLAN, {name: value})


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, True, "0.3", None])
def test_non_numbers_are_refused(value: object) -> None:
    with pytest.raises(AssumptionError, match="^operator_factor: must be a finite number"):
        compare(PLAN, {"operator_factor": value})  # type: ignore[dict-item]


def test_whole_numbers_where_counted() -> None:
    for name in ("batch_size", "index_count"):
        with pytest.raises(AssumptionError, match=f"^{name}: must be a whole number"):
            compare(PLAN, {name: 2.5})
    with pytest.raises(AssumptionError, match=r"^batch_size: must be in \[1, inf\)"):
        compare(PLAN, {"batch_size": 0})


# Values on a 0.001 grid: what a user types (far smaller positive rates would overflow the times to inf).
@given(st.sampled_from(ASSUMPTIONS), st.integers(-2_000_000, 2_000_000).map(lambda i: i / 1000))
def test_a_value_is_accepted_exactly_when_inside_the_stated_range(a: object, x: float) -> None:
    inside = (
        (x > a.lo if a.lo_open else x >= a.lo)
        and (x < a.hi if a.hi_open else x <= a.hi)
        and (not a.integer or float(x).is_integer())
    )
    if inside:
        assert resolve({a.name: x})[a.name] == x
        compare(PLAN, {a.name: x})  # and the model runs on it
    else:
        with pytest.raises(AssumptionError, match=f"^{a.name}: "):
            resolve({a.name: x})


def test_overrides_are_reported_and_defaults_kept() -> None:
    c = compare(PLAN, {"operator_factor": 0.3})
    assert c.values["operator_factor"] == 0.3 and c.overrides == {"operator_factor": 0.3}
    assert c.values["cell_availability"] == 0.85
