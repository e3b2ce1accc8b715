"""Robots: list, register (OPW JSON or a URDF zip), FK and IK."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from pydantic import ValidationError

from app.api.deps import RunnerDep, SessionDep, SettingsDep, TenantDep
from app.api.errors import UNPARSABLE_BODY_DETAIL, ProblemError, validation_detail
from app.db import models
from app.schemas.common import Cursor, Limit, RobotId, problem_responses
from app.schemas.deletion import DeletedPublic
from app.schemas.robots import (
    ROBOT_CREATE_EXAMPLE,
    FKRequest,
    FKResponse,
    IKRequest,
    IKResponse,
    RobotCreate,
    RobotList,
    RobotPublic,
)
from app.services import deletion
from app.services import robots as svc
from app.services.pagination import DEFAULT_LIMIT
from app.services.tenants import check_upload_size

router = APIRouter(prefix="/robots", tags=["robots"])

_REGISTER_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            # app.main puts RobotCreate (and the models it uses) into components/schemas: this route reads its
            # body itself, so FastAPI does not.
            "application/json": {"schema": {"$ref": "#/components/schemas/RobotCreate"},
                                 "example": ROBOT_CREATE_EXAMPLE},
            "multipart/form-data": {
                "schema": {"type": "object", "required": ["file"], "properties": {
                    "file": {"type": "string", "format": "binary",
                             "description": "zip with one .urdf and the meshes it references"},
                    "name": {"type": "string"}}},
                "example": {"file": "(robot.zip)", "name": "my robot"}},
        },
    }
}


@router.get("", response_model=RobotList, summary="Built-in and registered robots, a page at a time")
def list_robots(session: SessionDep, settings: SettingsDep, limit: Limit = DEFAULT_LIMIT,
                cursor: Cursor = None) -> dict:
    robots, next_cursor = svc.list_robots(session, settings.data_dir, limit, cursor)
    return {"robots": robots, "next_cursor": next_cursor}


@router.get("/{robot_id}", response_model=RobotPublic, summary="One robot", responses=problem_responses(404))
def get_robot(robot_id: RobotId, session: SessionDep, settings: SettingsDep) -> dict:
    spec = svc.robot_spec(session, robot_id, settings.data_dir)
    row = session.get(models.Robot, robot_id)  # there: robot_spec found it
    return svc.robot_public(spec, builtin=row is not None and row.builtin)


@router.post("", status_code=201, response_model=RobotPublic, openapi_extra=_REGISTER_BODY,
             summary="Register a robot from OPW parameters (JSON) or a URDF zip (multipart `file`)",
             description="A robot is registered once: a name that a robot (built-in, or registered by this "
                         "tenant) has already, ignoring case and runs of spaces, or a URDF zip whose bytes this "
                         "tenant registered before (same SHA-256), is refused with 409 naming that robot "
                         "(`robot_id`). Other tenants' robots neither conflict nor show.",
             responses=problem_responses(409, 413, 415, 422))
async def register_robot(request: Request, session: SessionDep, settings: SettingsDep, tenant: TenantDep) -> dict:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        raw = await request.body()
        try:
            body = RobotCreate.model_validate(json.loads(raw))
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno} column {exc.colno}"
            raise ProblemError(422, f"body: not valid JSON ({exc.msg} at {where})") from None
        except UnicodeDecodeError:
            # as FastAPI answers a body it cannot decode on the routes whose body it reads itself
            raise ProblemError(400, UNPARSABLE_BODY_DETAIL) from None
        except ValidationError as exc:
            errors = [{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]
            raise ProblemError(422, validation_detail(errors)) from None
        return await run_in_threadpool(svc.register_opw_robot, session, body, settings.data_dir)
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_part_size=settings.max_upload_bytes)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ProblemError(422, "file: field required (a zip with the URDF and its meshes)")
        name = form.get("name")
        data = await upload.read()
        check_upload_size(tenant, len(data), upload.filename or "robot.zip")
        return await run_in_threadpool(svc.register_urdf_robot, session, data, upload.filename or "robot.zip",
                                       name if isinstance(name, str) and name else None, settings.data_dir)
    raise ProblemError(415, f"body: content type '{content_type or 'none'}' is not accepted; send "
                            "application/json (OPW parameters) or multipart/form-data (a URDF zip)")


@router.delete("/{robot_id}", response_model=DeletedPublic, summary="Delete a registered robot and its plans",
               description="Removes a registered robot and every plan made for it (finished ones too: their "
                           "trajectory and programs are computed from the robot); the answer lists them. Built-in "
                           "robots cannot be deleted (409). A robot that a queued or running plan uses is not "
                           "deleted: 409 naming those plans, unless `force=true`, which cancels them first.",
               responses=problem_responses(404, 409))
def delete_robot(robot_id: RobotId, session: SessionDep, settings: SettingsDep, runner: RunnerDep,
                 force: Annotated[bool, Query(description="Cancel the queued and running plans that use the "
                                                          "robot, then delete it.")] = False) -> dict:
    deleted = deletion.delete_robot(session, robot_id, force, settings.data_dir)
    if deleted["cancelled_plans"]:
        runner.notify()  # the job runner stops the cancelled jobs' workers
    return deleted


@router.post("/{robot_id}/fk", response_model=FKResponse, summary="Forward kinematics: flange or TCP pose",
             description="Joint angles outside the robot's limits are refused (422 naming `joints_deg[i]` and "
                         "the limit): the robot cannot take that pose.",
             responses=problem_responses(404, 422))
def forward_kinematics(robot_id: RobotId, body: FKRequest, session: SessionDep, settings: SettingsDep) -> dict:
    return svc.fk(svc.robot_spec(session, robot_id, settings.data_dir), body.joints_deg, body.tool_id)


@router.post("/{robot_id}/ik", response_model=IKResponse,
             summary="Inverse kinematics: the distinct configurations inside the joint limits, each with its "
                     "whole-turn variants",
             responses=problem_responses(404, 422))
def inverse_kinematics(robot_id: RobotId, body: IKRequest, session: SessionDep, settings: SettingsDep) -> dict:
    return svc.ik(svc.robot_spec(session, robot_id, settings.data_dir), body.pose, body.tool_id)


@router.get("/{robot_id}/urdf", response_class=Response, summary="The robot's URDF for a viewer",
            description="Mesh filenames are rewritten to `meshes/{k}/{file}`, relative to this URL, so a browser "
                        "loads each mesh from `GET /robots/{robot_id}/meshes/{k}/{file}`.",
            responses={200: {"content": {"application/xml": {}}}, **problem_responses(404)})
def get_robot_urdf(robot_id: RobotId, session: SessionDep, settings: SettingsDep) -> Response:
    spec = svc.robot_spec(session, robot_id, settings.data_dir)
    return Response(svc.viewer_urdf(spec), media_type="application/xml")


@router.get("/{robot_id}/meshes/{index}/{name}", response_class=FileResponse,
            summary="A mesh file that the robot's viewer URDF names",
            responses={200: {"content": {"application/octet-stream": {}}}, **problem_responses(404)})
def get_robot_mesh(robot_id: RobotId, index: Annotated[int, Path(ge=0, le=100_000)],
                   name: Annotated[str, Path(max_length=255)], session: SessionDep,
                   settings: SettingsDep) -> FileResponse:
    spec = svc.robot_spec(session, robot_id, settings.data_dir)
    return FileResponse(svc.viewer_mesh(spec, index, name), media_type="application/octet-stream")
