"""Shapes shared by several resources."""

from __future__ import annotations

from http import HTTPStatus
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, Field

from app.services.pagination import MAX_CURSOR_CHARS, MAX_LIMIT

Vec3 = list[float]


class BBoxMM(BaseModel):
    min: Vec3 = Field(min_length=3, max_length=3)
    max: Vec3 = Field(min_length=3, max_length=3)


class ProblemFieldError(BaseModel):
    """One failed rule of a request that did not validate (422)."""

    loc: list[str | int] = Field(description="where: 'body', 'query', 'path' or 'header', then the field path")
    msg: str
    type: str = Field(description="pydantic's error type, e.g. 'missing', 'less_than_equal'")


class ProblemDetails(BaseModel):
    """RFC 9457 problem details: the body of every error answer (media type application/problem+json)."""

    model_config = ConfigDict(
        # RFC 9457 section 3.2: a problem type may carry extension members.
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "about:blank",
                    "title": "Not Found",
                    "status": 404,
                    "detail": "part '3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d' does not exist",
                }
            ]
        },
    )
    type: str = Field("about:blank", description="about:blank: the status code says what went wrong")
    title: str = Field(description="the status code's phrase")
    status: int = Field(ge=400, le=599)
    detail: str = Field(description="what went wrong, naming the field as the client wrote it")
    errors: list[ProblemFieldError] | None = Field(
        None, description="422 from request validation: each failed rule (the detail joins them)"
    )


Problem = ProblemDetails

PROBLEM_EXAMPLES = {
    400: "body: could not be parsed (not UTF-8 JSON, or a malformed multipart form)",
    401: "Authorization: no API key; send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
    404: "part '3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d' does not exist",
    405: "method PUT is not allowed here; allowed: DELETE, GET, HEAD",
    409: "plan '9a0c' is already finished (succeeded)",
    413: "file: the request body is larger than the upload limit of 100 MB",
    415: "file: extension '.docx' is not supported; use one of .step, .stp, .stl, .obj, .ply, .glb",
    422: "file: 'bracket.step' is not a STEP file (no ISO-10303-21 header)",
    429: "this tenant is at its limit of 16 plans queued or running; wait for one to finish or cancel one",
    500: "internal error (reference 0c1d2e3f4a5b); the server log has the details",
}


def problem_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI entries for error answers, so /docs shows their media type and shape (app.api.errors completes
    every operation with the errors any request can meet: 400, 413, 422, 500)."""
    out: dict[int | str, dict] = {}
    for status in statuses:
        out[status] = {
            "model": ProblemDetails,
            "content": {
                "application/problem+json": {
                    "example": {
                        "type": "about:blank",
                        "title": HTTPStatus(status).phrase,
                        "status": status,
                        "detail": PROBLEM_EXAMPLES[status],
                    }
                }
            },
        }
    return out


def path_id(kind: str, example: str) -> Any:
    """A path parameter with an example, so /docs can be tried out as it stands."""
    return Annotated[str, Path(description=f"id of the {kind}", examples=[example])]


PartId = path_id("part", "3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d")
PlanId = path_id("plan", "9a0c6f0e2b7d4c1a8e3f5b6d7c8e9f0a")
RobotId = path_id("robot", "abb_irb1600_10_145")
ToolId = path_id("tool", "torch_22deg")
PositionerId = path_id("positioner", "yaskawa_motopos_d500")
SeamId = path_id("seam", "5b1f0c2d3e4a4b6c8d9e0f1a2b3c4d5e")


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page, at most {MAX_LIMIT}.")]
Cursor = Annotated[
    str | None,
    Query(max_length=MAX_CURSOR_CHARS, description="The previous page's next_cursor, unchanged; none: the first page."),
]
NEXT_CURSOR = "Pass as `cursor` to get the next page; null: this is the last page."
