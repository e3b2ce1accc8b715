"""Liveness and database status."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy import text

from app.api.deps import ServiceSessionDep

router = APIRouter(tags=["health"])

_EXAMPLE = {"status": "ok", "version": "0.1.0", "database": {"status": "ok", "backend": "sqlite", "revision": "0001"}}


@router.get(
    "/health",
    summary="Service and database status",
    responses={
        200: {"content": {"application/json": {"example": _EXAMPLE}}},
        503: {
            "content": {
                "application/json": {
                    "example": {
                        "status": "degraded",
                        "version": "0.1.0",
                        "database": {"status": "error", "backend": "postgresql", "error": "connection refused"},
                    }
                }
            }
        },
    },
)
def health(session: ServiceSessionDep, response: Response) -> dict:
    from importlib.metadata import version

    backend = session.get_bind().dialect.name
    try:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        db = {"status": "ok", "backend": backend, "revision": revision}
        status = "ok"
    except Exception as exc:  # the point of this route is to report it, not to fail
        db = {"status": "error", "backend": backend, "error": str(exc).splitlines()[0]}
        status = "degraded"
        response.status_code = 503
    return {"status": status, "version": version("weldplan"), "database": db}
