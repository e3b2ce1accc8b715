"""PlanPublic.result is typed (app.schemas.plans.PlanResult): the document app.services.plan_results writes for a
real plan must be exactly what the model describes, no key dropped, added or retyped on the way out.

A T-joint (cad.weldments.t_joint) planned for the ABB IRB 1600-10/1.45 with torch_22deg, as
tests/cycletime/test_ct_planned.py plans it (1-2 s), placed automatically and at a given pose."""

from __future__ import annotations

import functools
import json

import numpy as np
import pytest

from app.schemas.plans import PlanPublic, PlanResult


@functools.cache
def _result_document(given_pose: bool) -> dict:
    from app.services.plan_results import plan_result_json
    from cad import default_procedure, detect_seams
    from cad import weldments as wm
    from planning.cell import Cell, bbox_in_base, table_under
    from planning.planner import SeamTask, plan_weld
    from robot_models import load_builtin_robots, load_builtin_tools

    part = wm.weldment_part(wm.t_joint())
    tasks = [SeamTask(f"s{i}", s, default_procedure(s)) for i, s in enumerate(detect_seams(part))]
    cell = None
    if given_pose:
        X_BP = np.eye(4)
        X_BP[:3, 3] = [0.8, -0.1, 0.0]
        cell = Cell(X_BP, table_under(bbox_in_base(part.bbox, X_BP)), ())
    result = plan_weld(
        [b.mesh for b in part.bodies],
        tasks,
        load_builtin_robots()["abb_irb1600_10_145"],
        load_builtin_tools()["torch_22deg"],
        cell=cell,
    )
    # The database stores the document as JSON: compare what a client would read back.
    return json.loads(json.dumps(plan_result_json(result, tasks)))


@pytest.mark.parametrize("given_pose", [False, True], ids=["auto_placement", "given_pose"])
def test_plan_result_document_is_what_the_model_describes(given_pose: bool) -> None:
    doc = _result_document(given_pose)
    typed = PlanResult.model_validate(doc)
    # exclude_unset: optional keys the writer leaves out (table, placement figures) stay out.
    assert json.loads(typed.model_dump_json(exclude_unset=True)) == doc
    assert doc["cell"]["placement"] == ("given" if given_pose else "auto")
    assert any(s["status"] == "planned" for s in doc["seams"])


def test_the_openapi_schema_types_the_result() -> None:
    schema = PlanPublic.model_json_schema()
    result = schema["properties"]["result"]
    refs = [a.get("$ref") for a in result["anyOf"]]
    assert "#/$defs/PlanResult" in refs
    seam = schema["$defs"]["SeamOutcome"]
    assert seam["properties"]["status"]["enum"] == ["planned", "partial", "unreachable"]
