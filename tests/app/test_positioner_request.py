"""A plan request's cell.positioner as the plan job reads it: coordinated passes on or off and the weld position
they hold (issue 14: the coordinated / indexed switch and the gravity target in the HTTP request)."""

from __future__ import annotations

import pytest

from app.schemas.plans import PositionerCellIn
from app.services.errors import InvalidInput
from app.services.positioners import index_config_from_request, positioner_cell_from_request
from planning.coordinated import CoordinatedConfig

CELL = {
    "id": "yaskawa_motopos_d500",
    "X_BPos": {"xyz_mm": [500.0, -900.0, 0.0], "quat_wxyz": [0.5, 0.0, 0.0, 0.8660254]},
    "X_FP": {"xyz_mm": [-75.0, -75.0, 0.0], "quat_wxyz": [1.0, 0.0, 0.0, 0.0]},
}
BBOX_MM = {"min": [0.0, 0.0, 0.0], "max": [150.0, 150.0, 100.0]}


def _stored(**fields: object) -> dict:
    # as POST /plans stores it: the validated model dumped with its defaults
    return {"positioner": PositionerCellIn(**{**CELL, **fields}).model_dump(mode="json")}


def test_left_out_the_planners_defaults_apply() -> None:
    index = index_config_from_request(_stored())
    assert index.coordinated and index.coord == CoordinatedConfig()
    positioner_cell_from_request(_stored(), BBOX_MM)


def test_the_switch_and_the_weld_position_reach_the_index_config() -> None:
    assert index_config_from_request(_stored(gravity_deg=45.0)).coord.gravity_deg == 45.0
    assert not index_config_from_request(_stored(coordinated=False)).coordinated
    positioner_cell_from_request(_stored(coordinated=False), BBOX_MM)


def test_a_weld_position_without_coordinated_passes_names_the_field() -> None:
    with pytest.raises(InvalidInput) as err:
        positioner_cell_from_request(_stored(coordinated=False, gravity_deg=45.0), BBOX_MM)
    assert err.value.field == "cell.positioner.gravity_deg"
