"""Plan jobs: submit, watch, cancel."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from app.api.deps import RunnerDep, SessionDep
from app.db import models
from app.schemas.common import PlanId, problem_responses
from app.schemas.plans import PlanAccepted, PlanCreate, PlanList, PlanPublic
from app.services import plans as svc

router = APIRouter(prefix="/plans", tags=["plans"])


@router.post("", status_code=202, response_model=PlanAccepted, summary="Queue a planning job",
             responses=problem_responses(404, 422))
def create_plan(body: PlanCreate, session: SessionDep, runner: RunnerDep) -> dict:
    plan = svc.create_plan(session, body)
    runner.notify()
    return {"id": plan.id, "status": plan.status}


@router.get("", response_model=PlanList, summary="List plans, newest first")
def list_plans(session: SessionDep) -> dict:
    plans = session.scalars(select(models.Plan).order_by(models.Plan.created_at.desc()))
    return {"plans": [svc.plan_public(p) for p in plans]}


@router.get("/{plan_id}", response_model=PlanPublic, summary="Status, progress and result of a plan",
            responses=problem_responses(404))
def get_plan(plan_id: PlanId, session: SessionDep) -> dict:
    return svc.plan_public(svc.get_plan(session, plan_id))


@router.delete("/{plan_id}", response_model=PlanPublic, summary="Cancel a queued or running plan",
               responses=problem_responses(404, 409))
def cancel_plan(plan_id: PlanId, session: SessionDep, runner: RunnerDep) -> dict:
    plan = svc.cancel_plan(session, plan_id)
    runner.notify()
    return svc.plan_public(plan)
