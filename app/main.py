"""Application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from app.api.deps import API_KEY_HEADER, get_tenant
from app.api.errors import document_problems, install_error_handlers, problem_entry
from app.api.routes import cycletime, health, metrics, parts, plans, positioners, programs, robots, seams, tools
from app.core.body_limit import BodySizeLimitMiddleware
from app.core.config import Settings
from app.core.metrics import RequestMetricsMiddleware
from app.db.session import make_engine, make_read_engine, make_session_factory
from app.jobs.dispatch import make_dispatcher
from app.jobs.executor import ExecutorPool
from app.jobs.worker import JobFunction
from app.schemas.robots import RobotCreate
from app.services.catalog import seed_builtins
from app.services.demo import ensure_demo_part
from app.services.isolation import IsolatedRunner
from app.services.plan_answers import AnswerCache
from app.services.tenants import default_tenant, scope_session

API_PREFIX = "/api/v1"
# Request bodies that a route parses itself (POST /robots takes JSON or multipart), so FastAPI leaves them out
# of components/schemas although the route's documentation refers to them.
_BODY_MODELS_READ_BY_HAND = (RobotCreate,)
DOCS_ASSETS = "/docs-assets"
# The planning UI, built from web/ by Vite (npm run build) into this folder, which is committed: see README.
UI_DIR = Path(__file__).resolve().parent / "static" / "ui"
log = logging.getLogger("weldplan")

_API_DESCRIPTION = """\
Every error answer is an RFC 9457 problem (`application/problem+json`, schema `ProblemDetails`) whose
`detail` names the field at fault. A method that no operation of a path serves gets 405 with an `Allow`
header listing those that do.

Lists (`GET /parts`, `/plans`, `/robots`, `/parts/{part_id}/seams`) come in pages: `limit` items at most
(default 100), in a stable order, with `next_cursor`, an opaque string to pass back as `cursor` for the next
page, or null on the last one. Clients that read a whole list follow `next_cursor` until it is null.
"""
_AUTH_DESCRIPTION = f"""
Every operation but `/health` needs an API key (`weldplan keys create --tenant NAME` prints one), sent as
`Authorization: Bearer <key>` or `{API_KEY_HEADER}: <key>`; without one, or with an unknown or revoked one, the
answer is 401 with `WWW-Authenticate`. A key acts for its tenant: parts, seams, plans, programs and registered
robots of other tenants do not exist for it (404, and absent from lists); built-in robots and torches are
shared. Quotas per tenant: upload size and stored bytes (413), plans queued or running at once (429 with
`Retry-After`).
"""


def _document_auth(spec: dict) -> dict:
    """The API key as an OpenAPI security requirement of every operation but /health, with its 401. Only when
    the server requires keys: a server without them answers no 401, and its document must not promise one."""
    spec["info"]["description"] += _AUTH_DESCRIPTION
    spec["components"]["securitySchemes"] = {
        "bearer": {"type": "http", "scheme": "bearer", "description": "an API key of weldplan keys create"},
        "apiKey": {"type": "apiKey", "in": "header", "name": API_KEY_HEADER},
    }
    for path, ops in spec["paths"].items():
        if path == f"{API_PREFIX}/health":
            continue
        for op in ops.values():
            op["security"] = [{"bearer": []}, {"apiKey": []}]
            op["responses"]["401"] = problem_entry(401)
            op["responses"] = dict(sorted(op["responses"].items()))
    return spec


def docs_assets_dir() -> Path:
    """Swagger UI and ReDoc bundles shipped by the fastapi-offline package, so /docs and /redoc work on a
    machine without internet (FastAPI's defaults load them from a CDN)."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def _install_docs(app: FastAPI) -> None:
    app.mount(DOCS_ASSETS, StaticFiles(directory=docs_assets_dir()), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        # validatorUrl none: Swagger UI would otherwise send the document to an online validator.
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - Swagger UI",
            swagger_js_url=f"{root}{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{DOCS_ASSETS}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png",
            with_google_fonts=False,
        )


def _install_ui(app: FastAPI) -> None:
    app.mount("/ui", StaticFiles(directory=UI_DIR), name="ui")

    @app.get("/", include_in_schema=False)
    def ui_index() -> FileResponse:
        return FileResponse(UI_DIR / "index.html", media_type="text/html")


def create_app(
    settings: Settings | None = None, plan_job: JobFunction | None = None, executors: ExecutorPool | None = None
) -> FastAPI:
    """plan_job: what a worker runs for each plan, a module-level function (default: the planner,
    app.jobs.plan_job.run_plan_job); tests inject one that holds in a stage. executors: the embedded workers'
    executors of that job, already warming up (app.jobs.dispatch.early_executors; default: started with the
    app)."""
    settings = settings or Settings()
    settings.check_auth_exposure()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.effective_database_url)
        sessions = make_session_factory(engine)
        read_engine = make_read_engine(settings.effective_database_url, engine)
        isolation = IsolatedRunner()
        with sessions() as session:
            seed_builtins(session)
            if settings.load_demo_part:
                # the demo part belongs to the default tenant, the one a server without keys acts for
                ensure_demo_part(scope_session(session, default_tenant(session, settings)), isolation, settings)
        runner = make_dispatcher(settings, sessions, plan_job, executors)
        runner.start()
        app.state.settings, app.state.engine, app.state.sessions = settings, engine, sessions
        # for polled routes that only read (app.api.deps.in_tenant_read)
        app.state.read_sessions = make_session_factory(read_engine)
        app.state.runner, app.state.isolation = runner, isolation
        app.state.plan_answers = AnswerCache()
        try:
            yield
        finally:
            runner.stop()
            isolation.shutdown()
            read_engine.dispose()
            engine.dispose()

    app = FastAPI(
        title="weldplan",
        version="0.1.0",
        summary="Offline programming for robotic arc welding: CAD part in, robot programs and cycle time out.",
        description=_API_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json",
    )
    app.state.settings = settings
    _install_docs(app)
    _install_ui(app)

    def openapi() -> dict:
        if app.openapi_schema is None:
            spec = document_problems(FastAPI.openapi(app))
            if settings.auth == "required":
                _document_auth(spec)
            schemas = spec["components"]["schemas"]
            for model in _BODY_MODELS_READ_BY_HAND:
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(schema.pop("$defs", {}))
                schemas[model.__name__] = schema
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    install_error_handlers(app)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_upload_bytes)
    app.add_middleware(RequestMetricsMiddleware)  # added last: the outermost, so it times everything
    # /metrics, where Prometheus looks by default; like health, without a key: a scraper has none, and it
    # shows no tenant's data (counts and latencies of the whole service)
    app.include_router(metrics.router)
    app.include_router(health.router, prefix=API_PREFIX)
    # Every other route acts for a tenant: without a valid key (auth required) it answers 401, routes that read
    # no tenant's rows (torches) included. The routes clients poll find the tenant themselves, in the same
    # thread-pool trip as their own work (the same 401s); first, so that a poll is matched before the other
    # routes are tried.
    app.include_router(plans.polled, prefix=API_PREFIX)
    for module in (parts, plans, robots, seams, tools, positioners, cycletime, programs):
        app.include_router(module.router, prefix=API_PREFIX, dependencies=[Depends(get_tenant)])
    return app
