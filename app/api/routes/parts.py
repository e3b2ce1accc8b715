"""Part upload and retrieval."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Query, Response, UploadFile
from sqlalchemy.orm import undefer

from app.api.deps import RunnerDep, SessionDep, SettingsDep, TenantDep
from app.api.errors import not_found
from app.db import models
from app.schemas.common import Cursor, Limit, PartId, problem_responses
from app.schemas.deletion import DeletedPublic
from app.schemas.parts import PartList, PartPublic
from app.services import deletion
from app.services import parts as svc
from app.services.pagination import DEFAULT_LIMIT
from app.services.tenants import read_upload

router = APIRouter(prefix="/parts", tags=["parts"])
# The file's name picks its reader, so it needs one of these extensions (any case); OpenAPI states a multipart
# part's file name through its Content-Disposition header (OpenAPI 3.1, Encoding Object).
_FILE_NAME_RULE = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "encoding": {
                    "file": {
                        "headers": {
                            "Content-Disposition": {
                                "description": (
                                    "The file name needs one of the extensions .step, .stp, .stl, .obj, .ply, .glb "
                                    "(any case)."
                                ),
                                "required": True,
                                "schema": {
                                    "type": "string",
                                    "pattern": r'filename="[^"]*\.([sS][tT][eE]?[pP]|[sS][tT][lL]|[oO][bB][jJ]'
                                    r'|[pP][lL][yY]|[gG][lL][bB])"',
                                },
                                "example": 'form-data; name="file"; filename="bracket.step"',
                            }
                        }
                    }
                }
            }
        }
    }
}
MeshUnit = Literal["mm", "cm", "m", "inch", "ft"]


@router.post(
    "",
    status_code=201,
    response_model=PartPublic,
    summary="Upload a CAD part",
    description="Multipart field `file`: STEP/STP (each solid a body, converted to mm), "
    "STL, OBJ, PLY (millimetres unless `unit` says otherwise) or GLB (metres, as glTF says).",
    responses=problem_responses(413, 415, 422),
    openapi_extra=_FILE_NAME_RULE,
)
def upload_part(
    file: Annotated[
        UploadFile,
        File(
            description="The CAD file: .step, .stp, .stl, .obj, .ply or .glb; its file "
            "name (at most 255 characters) must end in one of these."
        ),
    ],
    session: SessionDep,
    tenant: TenantDep,
    unit: Annotated[
        MeshUnit | None,
        Query(
            description="Unit of STL/OBJ/PLY/GLB coordinates; default mm, "
            "GLB m (glTF 2.0). STEP files declare their own unit."
        ),
    ] = None,
) -> dict:
    filename = file.filename or ""
    data = read_upload(file.file, tenant, filename)
    part = svc.create_part(session, data, filename, unit)
    return svc.part_public(part)


@router.get("", response_model=PartList, summary="List parts, oldest first, a page at a time")
def list_parts(session: SessionDep, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> dict:
    parts, next_cursor = svc.list_parts(session, limit, cursor)
    return {"parts": [svc.part_public(p) for p in parts], "next_cursor": next_cursor}


@router.get("/{part_id}", response_model=PartPublic, summary="One part", responses=problem_responses(404))
def get_part(part_id: PartId, session: SessionDep) -> dict:
    return svc.part_public(svc.get_part(session, part_id))


@router.delete(
    "/{part_id}",
    response_model=DeletedPublic,
    summary="Delete a part with its seams and plans",
    description="Removes the part, its seams and every plan made for it (finished ones too, with their "
    "stored motion, programs and trajectory); the answer lists them. Finished plans that "
    "only used the part as a cell obstacle stay readable. A part that a queued or running "
    "plan uses (as its part, or as an obstacle or jig in its cell) is not deleted: 409 "
    "naming those plans, unless `force=true`, which cancels them first.",
    responses=problem_responses(404, 409),
)
def delete_part(
    part_id: PartId,
    session: SessionDep,
    runner: RunnerDep,
    settings: SettingsDep,
    force: Annotated[
        bool, Query(description="Cancel the queued and running plans that use the part, then delete it.")
    ] = False,
) -> dict:
    deleted = deletion.delete_part(session, part_id, force, settings.tables_dir)
    if deleted["cancelled_plans"]:
        runner.notify()  # the job runner stops the cancelled jobs' workers
    return deleted


@router.get(
    "/{part_id}/mesh",
    summary="The part's tessellation as one GLB (metres, one node per body)",
    response_class=Response,
    responses={200: {"content": {"model/gltf-binary": {"example": "<binary glTF 2.0>"}}}, **problem_responses(404)},
)
def get_part_mesh(part_id: PartId, session: SessionDep) -> Response:
    part = session.get(models.Part, part_id, options=[undefer(models.Part.mesh_glb)])
    if part is None:
        raise not_found("part", part_id)
    return Response(
        content=part.mesh_glb,
        media_type="model/gltf-binary",
        headers={"Content-Disposition": f'attachment; filename="{part.id}.glb"'},
    )
