"""Plan jobs: submit, watch, cancel."""

from __future__ import annotations

from fastapi import APIRouter, Query

from app.api.deps import RunnerDep, SessionDep, SettingsDep
from app.schemas.common import Cursor, Limit, PlanId, problem_responses
from app.schemas.plans import PlanAccepted, PlanCreate, PlanList, PlanPublic, TrajectoryPublic
from app.services import plan_results
from app.services import plans as svc
from app.services.pagination import DEFAULT_LIMIT

router = APIRouter(prefix="/plans", tags=["plans"])


@router.post(
    "",
    status_code=202,
    response_model=PlanAccepted,
    summary="Queue a planning job",
    description="A tenant has at most its quota of plans queued or running at once (WELDPLAN_QUOTA_CONCURRENT_JOBS "
    "or its own): one more is refused with 429 and `Retry-After`.",
    responses=problem_responses(404, 422, 429),
)
def create_plan(body: PlanCreate, session: SessionDep, runner: RunnerDep, settings: SettingsDep) -> dict:
    plan = svc.create_plan(session, body, settings.job_deadline_max_s)
    runner.notify()
    return {"id": plan.id, "status": plan.status}


@router.get("", response_model=PlanList, summary="List plans, newest first, a page at a time")
def list_plans(session: SessionDep, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> dict:
    plans, next_cursor = svc.list_plans(session, limit, cursor)
    return {"plans": [svc.plan_public(p) for p in plans], "next_cursor": next_cursor}


@router.get(
    "/{plan_id}",
    response_model=PlanPublic,
    summary="Status, progress and result of a plan",
    responses=problem_responses(404),
)
def get_plan(plan_id: PlanId, session: SessionDep) -> dict:
    return svc.plan_public(svc.get_plan(session, plan_id))


@router.delete(
    "/{plan_id}",
    response_model=PlanPublic,
    summary="Cancel a queued or running plan",
    responses=problem_responses(404, 409),
)
def cancel_plan(plan_id: PlanId, session: SessionDep, runner: RunnerDep) -> dict:
    plan = svc.cancel_plan(session, plan_id)
    runner.notify()
    return svc.plan_public(plan)


@router.get(
    "/{plan_id}/trajectory",
    response_model=TrajectoryPublic,
    summary="Timed joint samples and arc on/off events of a finished plan (the replay a viewer plays)",
    responses=problem_responses(404, 409, 422),
)
def get_trajectory(
    plan_id: PlanId,
    session: SessionDep,
    settings: SettingsDep,
    rate_hz: float = Query(50.0, gt=0, le=1000, description="Samples per second."),
) -> dict:
    return plan_results.trajectory(session, plan_id, rate_hz, settings.data_dir)
