"""RFC 9457 problem details for every error answer."""

from __future__ import annotations

import logging
import uuid
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.services.errors import Conflict, InvalidInput, NotFound, ServiceError, UnsupportedFormat

PROBLEM_MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("weldplan.api")


class ProblemError(Exception):
    """Raised by routes and services; becomes a problem+json answer."""

    def __init__(self, status: int, detail: str, *, title: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title or HTTPStatus(status).phrase
        self.extra = extra


def not_found(kind: str, id_: str) -> ProblemError:
    return ProblemError(404, f"{kind} '{id_}' does not exist")


def problem_response(status: int, detail: str, title: str | None = None, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title or HTTPStatus(status).phrase, "status": status,
            "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE)


def _field_name(loc: tuple[Any, ...]) -> str:
    # Drop the leading "body"/"query"/"path" so the message names the field as the client wrote it.
    parts = [str(p) for p in loc[1:]] if loc and loc[0] in {"body", "query", "path", "header"} else list(loc)
    name = ""
    for p in parts:
        name += f"[{p}]" if p.isdigit() else (f".{p}" if name else p)
    return name or str(loc[0] if loc else "request")


def validation_detail(errors: list[dict[str, Any]]) -> str:
    msgs = []
    for err in errors:
        field = _field_name(tuple(err.get("loc", ())))
        msg = err.get("msg", "invalid")
        if err.get("type") == "missing":
            msg = "field required"
        msgs.append(f"{field}: {msg}")
    return "; ".join(msgs)


# The HTTP status of each domain error the services raise (app/services/errors.py).
# Most specific first: UnsupportedFormat is an InvalidInput.
_SERVICE_STATUS: tuple[tuple[type[ServiceError], int], ...] = (
    (UnsupportedFormat, 415), (InvalidInput, 422), (NotFound, 404), (Conflict, 409))


def service_error_status(exc: ServiceError) -> int:
    return next((status for kind, status in _SERVICE_STATUS if isinstance(exc, kind)), 400)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def _problem(_: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(exc.status, exc.detail, exc.title, **exc.extra)

    @app.exception_handler(ServiceError)
    async def _service(_: Request, exc: ServiceError) -> JSONResponse:
        return problem_response(service_error_status(exc), exc.detail, **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "no such route"
        return problem_response(exc.status_code, detail)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{k: v for k, v in e.items() if k in {"loc", "msg", "type"}} for e in exc.errors()]
        return problem_response(422, validation_detail(exc.errors()), errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        ref = uuid.uuid4().hex[:12]
        log.exception("unhandled error %s on %s %s", ref, request.method, request.url.path)
        return problem_response(500, f"internal error (reference {ref}); the server log has the details")
