"""Robot vs manual welding of a finished plan: JSON figures and a self-contained HTML report."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.api.deps import SessionDep
from app.schemas.common import PlanId, problem_responses
from app.schemas.cycletime import CycleTimePublic, assumption_query_parameters
from app.services import cycletime as svc

router = APIRouter(prefix="/plans", tags=["cycle time"])
_OVERRIDES = {"parameters": assumption_query_parameters()}
_DESCRIPTION = (
    "Every assumption (operator factor, deposition rate, load/unload, availability, rates, ...) can be "
    "overridden by a query parameter of the same name, e.g. `?operator_factor=0.3`; an unknown name "
    "or a value out of range is a 422 problem naming it."
)


@router.get(
    "/{plan_id}/cycle-time",
    response_model=CycleTimePublic,
    openapi_extra=_OVERRIDES,
    summary="Robot cell vs manual welding: times, speed-up, costs, payback, assumptions",
    description=_DESCRIPTION,
    responses=problem_responses(404, 409, 422),
)
def get_cycle_time(plan_id: PlanId, request: Request, session: SessionDep) -> dict:
    return svc.cycle_time_document(session, plan_id, request.query_params.multi_items())


@router.get(
    "/{plan_id}/report",
    response_class=HTMLResponse,
    openapi_extra=_OVERRIDES,
    summary="The comparison as one self-contained HTML page (inline CSS and SVG chart)",
    description=_DESCRIPTION,
    responses={
        200: {"content": {"text/html": {"example": '<!DOCTYPE html><html>…<svg id="time-chart">…</svg>…</html>'}}},
        **problem_responses(404, 409, 422),
    },
)
def get_report(plan_id: PlanId, request: Request, session: SessionDep) -> HTMLResponse:
    return HTMLResponse(svc.report_html(session, plan_id, request.query_params.multi_items()))
