"""Plan requests: validation at request time, status, cancellation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.api.errors import ProblemError, not_found
from app.db import models
from app.db.base import utcnow
from app.schemas.plans import PlanCreate

TERMINAL = ("succeeded", "failed", "cancelled")


def create_plan(session: Session, body: PlanCreate) -> models.Plan:
    part = session.get(models.Part, body.part_id)
    if part is None:
        raise not_found("part", body.part_id)
    if session.get(models.Robot, body.robot_id) is None:
        raise not_found("robot", body.robot_id)
    if body.tool_id is not None and session.get(models.Tool, body.tool_id) is None:
        raise not_found("tool", body.tool_id)
    if body.seam_ids is not None:
        _check_seams(session, part, body.seam_ids)
    plan = models.Plan(
        part_id=body.part_id, robot_id=body.robot_id, tool_id=body.tool_id,
        request=body.model_dump(mode="json"), status="queued", progress=0.0, attempt=0,
    )
    session.add(plan)
    session.commit()
    return plan


def _check_seams(session: Session, part: models.Part, seam_ids: list[str]) -> None:
    if len(set(seam_ids)) != len(seam_ids):
        raise ProblemError(422, "seam_ids: a seam is listed twice")
    found = {s.id: s.part_id for s in session.scalars(select(models.Seam).where(models.Seam.id.in_(seam_ids)))}
    for i, seam_id in enumerate(seam_ids):
        if seam_id not in found:
            raise ProblemError(404, f"seam_ids[{i}]: seam '{seam_id}' does not exist")
        if found[seam_id] != part.id:
            raise ProblemError(422, f"seam_ids[{i}]: seam '{seam_id}' belongs to another part, "
                                    f"not to part '{part.id}'")


def get_plan(session: Session, plan_id: str) -> models.Plan:
    plan = session.get(models.Plan, plan_id)
    if plan is None:
        raise not_found("plan", plan_id)
    return plan


def cancel_plan(session: Session, plan_id: str) -> models.Plan:
    plan = get_plan(session, plan_id)
    res = session.execute(
        update(models.Plan)
        .where(models.Plan.id == plan_id, models.Plan.status.in_(("queued", "running")))
        .values(status="cancelled", finished_at=utcnow(), updated_at=utcnow())
    )
    session.commit()
    if res.rowcount != 1:
        session.refresh(plan)
        raise ProblemError(409, f"plan '{plan_id}' is already finished ({plan.status}); nothing to cancel")
    session.refresh(plan)
    return plan


def plan_public(plan: models.Plan) -> dict[str, Any]:
    return {
        "id": plan.id, "part_id": plan.part_id, "robot_id": plan.robot_id, "tool_id": plan.tool_id,
        "status": plan.status, "progress": plan.progress, "attempts": plan.attempt, "error": plan.error,
        "result": plan.result, "request": plan.request, "created_at": plan.created_at,
        "started_at": plan.started_at, "finished_at": plan.finished_at,
    }
