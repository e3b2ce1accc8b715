"""Robot vs manual comparison of a finished plan: reads the plan and its seams, cycletime/ does the sums."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models
from app.services.errors import Conflict, invalid
from app.services.plans import get_plan


def overrides_from_query(items: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Query parameters -> {assumption name: value}; names are checked by cycletime (unknown ones listed)."""
    from cycletime import AssumptionError
    from cycletime.assumptions import BY_NAME

    out: dict[str, float] = {}
    for name, raw in items:
        if name not in BY_NAME:
            raise invalid(
                str(AssumptionError(name, "not an assumption; valid names: " + ", ".join(BY_NAME))), "assumptions"
            )
        if name in out:
            raise invalid(f"{name}: given more than once", "assumptions")
        try:
            value = float(raw)
        except ValueError:
            raise invalid(f"{name}: must be a number, got {raw!r}", "assumptions") from None
        if not math.isfinite(value):
            raise invalid(f"{name}: must be a finite number, got {raw!r}", "assumptions")
        out[name] = value
    return out


def _seam_records(session: Session, plan: models.Plan, result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    ids = [s.get("seam_id") for s in result.get("seams") or [] if isinstance(s, dict)]
    rows = session.scalars(
        select(models.Seam).where(
            models.Seam.id.in_([i for i in ids if isinstance(i, str)]), models.Seam.part_id == plan.part_id
        )
    )
    return {
        r.id: {
            "kind": r.kind,
            "length_mm": r.geometry.get("length_mm"),
            "accessible_fraction": r.geometry.get("accessible_fraction"),
            "procedure": {**r.procedure, **r.procedure_override},
        }
        for r in rows
    }


def comparison(session: Session, plan_id: str, query: Iterable[tuple[str, str]]) -> tuple[Any, models.Plan]:
    """(cycletime.Comparison, plan). 404 unknown plan; 409 a plan without a cycle time; 422 a bad override."""
    from cycletime import AssumptionError, PlanResultError, compare, plan_from_result

    plan = get_plan(session, plan_id)
    if plan.status != "succeeded":
        raise Conflict(f"plan '{plan_id}' is {plan.status}; a cycle time needs a succeeded plan")
    result = plan.result or {}
    if "cycle_time_s" not in result:
        why = result.get("message") or "its result holds no cycle time"
        raise Conflict(f"plan '{plan_id}' has no cycle time to compare: {why}")
    overrides = overrides_from_query(query)
    try:
        robot_plan = plan_from_result(result, _seam_records(session, plan, result))
        return compare(robot_plan, overrides), plan
    except AssumptionError as exc:
        raise invalid(str(exc), "assumptions") from exc
    except PlanResultError as exc:
        raise Conflict(f"plan '{plan_id}' cannot be compared: {exc}") from exc


def cycle_time_document(session: Session, plan_id: str, query: Iterable[tuple[str, str]]) -> dict[str, Any]:
    from cycletime import comparison_document

    c, plan = comparison(session, plan_id, query)
    return {"plan_id": plan.id, "part_id": plan.part_id, **comparison_document(c)}


def report_html(session: Session, plan_id: str, query: Iterable[tuple[str, str]]) -> str:
    from cycletime import render_report

    c, plan = comparison(session, plan_id, query)
    part = session.get(models.Part, plan.part_id)
    robot = session.get(models.Robot, plan.robot_id)
    return render_report(
        c,
        part_name=part.name if part else "",
        part_id=plan.part_id,
        plan_id=plan.id,
        robot_name=robot.name if robot else plan.robot_id,
    )
