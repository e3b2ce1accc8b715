"""Plan jobs: submit, watch, cancel."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from app.api.deps import RunnerDep, SessionDep, SettingsDep, in_tenant_read, sent_key
from app.schemas.common import Cursor, Limit, PlanId, problem_responses
from app.schemas.plans import PlanAccepted, PlanCreate, PlanList, PlanPublic, TrajectoryPublic
from app.services import plan_results
from app.services import plans as svc
from app.services.pagination import DEFAULT_LIMIT
from app.services.plan_answers import answer_headers, joined_plan_answer, not_modified, with_plan_head

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


# Routes that find the request's tenant themselves (app.main includes this router without get_tenant): what
# clients poll, answered in one trip to the thread pool.
polled = APIRouter(prefix="/plans", tags=["plans"])


@polled.get(
    "/{plan_id}",
    response_model=PlanPublic,
    summary="Status, progress and result of a plan",
    description="The answer carries an `ETag`; sent back as `If-None-Match`, it gets 304 and no body while the "
    "plan is unchanged.",
    responses={
        304: {"description": "Not modified: the plan is as the ETag sent in If-None-Match says"},
        **problem_responses(404),
    },
)
async def get_plan(
    plan_id: PlanId,
    request: Request,
    if_none_match: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    # The tenant, the plan's head and (for a finished plan) its cached answer in one thread-pool trip and one
    # session: each trip is a hand-over of the GIL both ways, which on a busy machine waits for the other
    # thread to be scheduled, and 50 pollers queue for them. The tenant and the head in one statement: on
    # PostgreSQL each statement is a round trip, which waits for the database's process to be scheduled and
    # then for this thread again.
    key = sent_key(request)
    cache = request.app.state.plan_answers
    answer = await run_in_threadpool(
        in_tenant_read,
        request,
        key,
        lambda tenant_query: with_plan_head(tenant_query, plan_id),
        lambda session, row: joined_plan_answer(session, plan_id, cache, row),
    )
    if not_modified(if_none_match, answer.etag):
        return Response(status_code=304, headers=answer_headers(answer))
    return Response(answer.body, media_type="application/json", headers=answer_headers(answer))


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
