"""Application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api.errors import install_error_handlers
from app.api.routes import cycletime, health, parts, plans, programs, robots, seams, tools
from app.core.body_limit import BodySizeLimitMiddleware
from app.core.config import Settings
from app.db.session import make_engine, make_session_factory
from app.jobs.runner import JobRunner
from app.jobs.worker import JobFunction
from app.services.catalog import seed_builtins
from app.services.demo import ensure_demo_part
from app.services.isolation import IsolatedRunner

API_PREFIX = "/api/v1"
log = logging.getLogger("weldplan")


def create_app(settings: Settings | None = None, plan_job: JobFunction | None = None) -> FastAPI:
    """plan_job: what a worker runs for each plan, a module-level function (default: the planner,
    app.jobs.plan_job.run_plan_job); tests inject one that holds in a stage."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.effective_database_url)
        sessions = make_session_factory(engine)
        isolation = IsolatedRunner()
        with sessions() as session:
            seed_builtins(session)
            if settings.load_demo_part:
                ensure_demo_part(session, isolation, settings)
        runner = JobRunner(settings, sessions, plan_job)
        runner.start()
        app.state.settings, app.state.engine, app.state.sessions = settings, engine, sessions
        app.state.runner, app.state.isolation = runner, isolation
        try:
            yield
        finally:
            runner.stop()
            isolation.shutdown()
            engine.dispose()

    app = FastAPI(
        title="weldplan",
        version="0.1.0",
        summary="Offline programming for robotic arc welding: CAD part in, robot programs and cycle time out.",
        lifespan=lifespan,
        docs_url="/docs",
        openapi_url=f"{API_PREFIX}/openapi.json",
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_upload_bytes)
    for module in (health, parts, plans, robots, seams, tools, cycletime, programs):
        app.include_router(module.router, prefix=API_PREFIX)
    return app
