"""Controller programs of a plan, and replay of uploaded programs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from fastapi import APIRouter, File, Form, Query, Response, UploadFile

from app.api.deps import SessionDep, SettingsDep, TenantDep
from app.schemas.common import PlanId, problem_responses
from app.schemas.plans import ReplayPublic
from app.services import programs as svc
from app.services.tenants import read_upload
from programs import CONTROLLERS

router = APIRouter(tags=["programs"])

# the languages programs/ writes, named once there (programs.CONTROLLERS); a Literal built at run time is no
# type to mypy, which checks the handler against str, the type FastAPI hands it
if TYPE_CHECKING:
    Controller = str
else:
    Controller = Literal[tuple(CONTROLLERS)]


@router.get(
    "/plans/{plan_id}/programs/{controller}",
    summary="The plan's program in its robot's language (one text file, or a zip of several)",
    responses={
        200: {"content": {"text/plain": {"example": "MODULE weldplan\n...\nENDMODULE\n"}, "application/zip": {}}},
        **problem_responses(404, 409, 422),
    },
)
def get_program(
    plan_id: PlanId,
    controller: Controller,
    session: SessionDep,
    settings: SettingsDep,
    tool_number: int | None = Query(
        None,
        description="Tool table entry the program selects (KUKA TOOL_DATA 1-16, FANUC UTOOL 1-9, Yaskawa tool 0-63).",
    ),
    frame_number: int | None = Query(
        None, description="User frame the program selects (KUKA BASE_DATA 1-32, FANUC UFRAME 0-9, Yaskawa user 1-63)."
    ),
    collinear_tolerance_mm: float = Query(
        0.1,
        ge=0,
        le=5,
        description="Weld and leg targets within "
        "this distance of the line through their neighbours are "
        "left out (0 writes every planned target).",
    ),
    process_data: Literal["controller", "inline"] | None = Query(
        None,
        description="Weld values stated in the program ('inline': ABB, KUKA, URScript, Yaskawa "
        "ARCON AC= AV= T=) or selected from the controller's schedules / condition files ('controller': "
        "FANUC Arc Start[n], Yaskawa ASF#/AEF#); default: the language's first.",
    ),
    job_numbers: str | None = Query(
        None,
        description="KUKA ArcTech: the power-source job of every welded seam, a JSON object "
        '{"<seam id>": <job number>} with the seam ids of the plan result; the weld data then select '
        'the jobs (JobModeId "Job mode", the number in the channel after the weld values).',
    ),
) -> Response:
    content, media, name = svc.plan_program(
        session,
        plan_id,
        controller,
        settings.data_dir,
        tool_number=tool_number,
        frame_number=frame_number,
        collinear_tolerance_mm=collinear_tolerance_mm,
        process_data=process_data,
        job_numbers=job_numbers,
    )
    return Response(content, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.post(
    "/replays",
    response_model=ReplayPublic,
    summary="Replay a controller program (a file or a zip of them) as a timed joint trajectory",
    responses=problem_responses(404, 413, 422),
)
def create_replay(
    session: SessionDep,
    settings: SettingsDep,
    tenant: TenantDep,
    file: UploadFile = File(description="A program file (.mod, .src/.dat, .ls, .jbi, .script) or a zip of them"),
    robot_id: str = Form(examples=["abb_irb1600_10_145"]),
    tool_id: str = Form("torch_22deg", examples=["torch_22deg"]),
    rate_hz: float = Query(50.0, gt=0, le=1000, description="Samples per second."),
    positioner: str | None = Form(
        None,
        description="A program with external axes (a positioner's): the positioner and where it stands, as a plan's "
        'cell.positioner in JSON: {"id": ..., "X_BPos": {pose}, "X_FP": {pose}} (the plan result\'s positioner '
        "states them for weldplan's own programs).",
    ),
) -> dict:
    data = read_upload(file.file, tenant, file.filename or "program")
    return svc.replay(
        session, data, file.filename or "program", robot_id, tool_id, rate_hz, settings.data_dir, positioner
    )
