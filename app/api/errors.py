"""RFC 9457 problem details for every error answer."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.services.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    QuotaExceeded,
    ServiceError,
    TooLarge,
    UnsupportedFormat,
)

PROBLEM_MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("weldplan.api")


class ProblemError(Exception):
    """Raised by routes and services; becomes a problem+json answer."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        headers: Mapping[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title or HTTPStatus(status).phrase
        self.headers = dict(headers or {})
        self.extra = extra


def not_found(kind: str, id_: str) -> ProblemError:
    return ProblemError(404, f"{kind} '{id_}' does not exist")


def problem_response(status: int, detail: str, title: str | None = None, **extra: Any) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE)


def _field_name(loc: tuple[Any, ...]) -> str:
    # Drop the leading "body"/"query"/"path" so the message names the field as the client wrote it.
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in {"body", "query", "path", "header"} else list(loc)
    name = ""
    for p in parts:
        name += f"[{p}]" if p.isdigit() else (f".{p}" if name else p)
    return name or str(loc[0] if loc else "request")


def validation_detail(errors: Sequence[Mapping[str, Any]]) -> str:
    msgs = []
    for err in errors:
        field = _field_name(tuple(err.get("loc", ())))
        msg = err.get("msg", "invalid")
        if err.get("type") == "missing":
            msg = "field required"
        msgs.append(f"{field}: {msg}")
    return "; ".join(msgs)


# FastAPI answers 400 with this detail when a body cannot be decoded at all (bytes that are not UTF-8 JSON,
# a multipart form whose boundaries do not parse); malformed but decodable JSON is a 422 naming the position.
_UNPARSABLE_BODY = "There was an error parsing the body"
UNPARSABLE_BODY_DETAIL = "body: could not be parsed (not UTF-8 JSON, or a malformed multipart form)"


_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (the Allow header of a 405, RFC 9110 section 15.5.6),
    asked of the router itself: Starlette's own 405 lists only the first route matching the path, one of
    several for /parts."""
    routes = request.app.router.routes
    return [
        method
        for method in _METHODS
        if any(route.matches({**request.scope, "method": method})[0] == Match.FULL for route in routes)
    ]


# The HTTP status of each domain error the services raise (app/services/errors.py).
# Most specific first: UnsupportedFormat and TooLarge are InvalidInputs.
_SERVICE_STATUS: tuple[tuple[type[ServiceError], int], ...] = (
    (UnsupportedFormat, 415),
    (TooLarge, 413),
    (QuotaExceeded, 429),
    (InvalidInput, 422),
    (NotFound, 404),
    (Conflict, 409),
)


def service_error_status(exc: ServiceError) -> int:
    return next((status for kind, status in _SERVICE_STATUS if isinstance(exc, kind)), 400)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def _problem(_: Request, exc: ProblemError) -> JSONResponse:
        response = problem_response(exc.status, exc.detail, exc.title, **exc.extra)
        response.headers.update(exc.headers)
        return response

    @app.exception_handler(ServiceError)
    async def _service(_: Request, exc: ServiceError) -> JSONResponse:
        response = problem_response(service_error_status(exc), exc.detail, **exc.extra)
        if isinstance(exc, QuotaExceeded):
            response.headers["Retry-After"] = str(exc.retry_after_s)  # RFC 9110 section 10.2.3: seconds
        return response

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        headers = dict(exc.headers or {})
        if exc.status_code == 404 and detail == "Not Found":
            detail = "no such route"
        elif exc.status_code == 400 and detail == _UNPARSABLE_BODY:
            detail = UNPARSABLE_BODY_DETAIL
        elif exc.status_code == 405:
            allowed = allowed_methods(request)
            headers["Allow"] = ", ".join(allowed)
            detail = f"method {request.method} is not allowed here; allowed: {', '.join(allowed)}"
        response = problem_response(exc.status_code, detail)
        response.headers.update(headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{k: v for k, v in e.items() if k in {"loc", "msg", "type"}} for e in exc.errors()]
        return problem_response(422, validation_detail(exc.errors()), errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        ref = uuid.uuid4().hex[:12]
        log.exception("unhandled error %s on %s %s", ref, request.method, request.url.path)
        return problem_response(500, f"internal error (reference {ref}); the server log has the details")


_PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}
_HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def problem_entry(status: int, example: Any = None, description: str | None = None) -> dict[str, Any]:
    from app.schemas.common import PROBLEM_EXAMPLES

    if example is None:
        # FastAPI's own 422s come from request validation; their detail names the field and the rule.
        detail = "rate_hz: Input should be greater than 0" if status == 422 else PROBLEM_EXAMPLES[status]
        example = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    return {
        "description": description or HTTPStatus(status).phrase,
        "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF, "example": example}},
    }


def document_problems(spec: dict[str, Any]) -> dict[str, Any]:
    """Complete FastAPI's OpenAPI document with the error answers the service really gives: every error body
    as application/problem+json with the ProblemDetails schema (FastAPI documents a route's `responses` under
    application/json and its own 422 as HTTPValidationError, neither of which is sent), 400 and 413 on every
    operation with a body, 422 on every operation that reads input, 500 everywhere, and the 405 that a method
    no route serves gets, with its Allow header. Mutates and returns spec."""
    from app.schemas.common import ProblemDetails

    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    problem_schema = ProblemDetails.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem_schema.pop("$defs", {}))
    schemas["ProblemDetails"] = problem_schema
    for ops in spec.get("paths", {}).values():
        for method, op in ops.items():
            if method not in _HTTP_METHODS:
                continue
            responses = op.setdefault("responses", {})
            for code, entry in list(responses.items()):
                # FastAPI's own 422 (HTTPValidationError) and the routes' problem_responses; a 503 of
                # /health is a health document, not a problem, and stays as the route says.
                if code == "422" or PROBLEM_MEDIA_TYPE in entry.get("content", {}):
                    example = entry.get("content", {}).get(PROBLEM_MEDIA_TYPE, {}).get("example")
                    responses[code] = problem_entry(int(code), example, entry.get("description"))
            has_body = "requestBody" in op
            reads_input = has_body or bool(op.get("parameters"))
            has_path_params = any(p.get("in") == "path" for p in op.get("parameters", []))
            wanted = (
                ([400, 413] if has_body else [])
                + ([422] if reads_input else [])
                + ([404] if has_path_params else [])
                + [500]
            )
            for status in wanted:
                responses.setdefault(str(status), problem_entry(status))
            op["responses"] = dict(sorted(responses.items()))
    for unused in ("HTTPValidationError", "ValidationError"):
        if f'"#/components/schemas/{unused}"' not in json.dumps(spec):
            schemas.pop(unused, None)
    spec["components"]["responses"] = {
        "MethodNotAllowed": {
            **problem_entry(405, description="A method that no operation of this path serves"),
            "headers": {
                "Allow": {
                    "description": "the methods this path serves, e.g. 'DELETE, GET, HEAD'",
                    "schema": {"type": "string"},
                }
            },
        }
    }
    return spec
