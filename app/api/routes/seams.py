"""Seams of a part: detect, list, add a user seam, edit, remove."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import IsolationDep, SessionDep, SettingsDep
from app.schemas.common import Cursor, Limit, PartId, SeamId, problem_responses
from app.schemas.seams import SeamCreate, SeamDetectOptions, SeamList, SeamOrder, SeamPage, SeamPatch, SeamPublic
from app.services import seams as svc
from app.services.pagination import DEFAULT_LIMIT

router = APIRouter(prefix="/parts/{part_id}/seams", tags=["seams"])
ToolQuery = Annotated[
    str | None,
    Query(
        description="torch whose own shapes and angle window decide accessibility "
        "(default: the default torch, torch_22deg)"
    ),
]


@router.post(
    "/detect",
    response_model=SeamList,
    responses=problem_responses(404, 422),
    summary="Detect seams (replaces earlier detected seams, keeps user seams); answers all seams",
)
def detect_seams(
    part_id: PartId,
    session: SessionDep,
    isolation: IsolationDep,
    settings: SettingsDep,
    options: SeamDetectOptions | None = None,
    tool_id: ToolQuery = None,
) -> dict:
    tool = svc.checked_tool_id(tool_id)
    rows = svc.detect(session, isolation, part_id, settings.import_timeout_s, options, tool)
    svc.ensure_tool_access(session, isolation, part_id, rows, tool, settings.import_timeout_s)
    return {"seams": [svc.seam_public(r, tool) for r in rows]}


@router.get(
    "",
    response_model=SeamPage,
    summary="The part's seams, a page at a time, with a torch's accessibility",
    responses=problem_responses(404, 422),
)
def list_seams(
    part_id: PartId,
    session: SessionDep,
    isolation: IsolationDep,
    settings: SettingsDep,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
    tool_id: ToolQuery = None,
) -> dict:
    tool = svc.checked_tool_id(tool_id)
    rows, next_cursor = svc.list_seam_page(session, part_id, limit, cursor)
    svc.ensure_tool_access(session, isolation, part_id, rows, tool, settings.import_timeout_s)
    return {"seams": [svc.seam_public(r, tool) for r in rows], "next_cursor": next_cursor}


@router.post(
    "",
    status_code=201,
    response_model=SeamPublic,
    responses=problem_responses(404, 422),
    summary="Add a user seam: a polyline or a three-point arc in part coordinates (mm)",
)
def add_seam(
    part_id: PartId, body: SeamCreate, session: SessionDep, isolation: IsolationDep, settings: SettingsDep
) -> dict:
    return svc.seam_public(svc.create_user_seam(session, isolation, part_id, body, settings.import_timeout_s))


@router.put(
    "/order",
    response_model=SeamList,
    responses=problem_responses(404, 422),
    summary="Reorder the welding list: all of the part's seams in the new order; answers all seams",
)
def reorder_seams(
    part_id: PartId,
    body: SeamOrder,
    session: SessionDep,
    isolation: IsolationDep,
    settings: SettingsDep,
    tool_id: ToolQuery = None,
) -> dict:
    tool = svc.checked_tool_id(tool_id)
    rows = svc.reorder_seams(session, part_id, body.seam_ids)
    svc.ensure_tool_access(session, isolation, part_id, rows, tool, settings.import_timeout_s)
    return {"seams": [svc.seam_public(r, tool) for r in rows]}


@router.patch(
    "/{seam_id}",
    response_model=SeamPublic,
    responses=problem_responses(404, 422),
    summary="Override procedure fields, set the direction, enable or disable",
)
def patch_seam(part_id: PartId, seam_id: SeamId, body: SeamPatch, session: SessionDep) -> dict:
    return svc.seam_public(svc.patch_seam(session, part_id, seam_id, body))


@router.delete("/{seam_id}", status_code=204, responses=problem_responses(404), summary="Remove a seam")
def delete_seam(part_id: PartId, seam_id: SeamId, session: SessionDep) -> Response:
    svc.delete_seam(session, part_id, seam_id)
    return Response(status_code=204)
