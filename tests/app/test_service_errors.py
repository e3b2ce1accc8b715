"""Services raise domain errors (app/services/errors.py) and app/api maps them to problem+json; the services
themselves never import the HTTP layer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.api.errors import install_error_handlers
from app.services.errors import Conflict, InvalidInput, NotFound, ServiceError, UnsupportedFormat

REPO = Path(__file__).resolve().parents[2]


class _NoSuchSeam(NotFound):
    """A more specific kind: maps through its base class."""


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (NotFound("part", "p1"), 404),
        (_NoSuchSeam("seam", "s9"), 404),
        (InvalidInput("options.approach_mm", "must be positive"), 422),
        (Conflict("plan 'x' is running"), 409),
        (UnsupportedFormat("file", "extension '.dwg' is not supported"), 415),
    ],
)
def test_each_domain_error_is_a_problem_with_its_status_and_detail(error: ServiceError, status: int) -> None:
    app = FastAPI()
    install_error_handlers(app)

    @app.get("/boom")
    def boom() -> None:
        raise error

    r = TestClient(app).get("/boom")
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["detail"] == error.detail and r.json()["status"] == status


def test_services_do_not_import_the_http_layer() -> None:
    offenders = []
    for path in sorted((REPO / "app" / "services").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(("app.api", "fastapi", "starlette"))]
    assert not offenders, offenders
