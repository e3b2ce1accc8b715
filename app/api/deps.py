"""Request-scoped dependencies; everything lives on app.state, built by create_app's lifespan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.jobs.dispatch import Dispatcher
from app.services.isolation import IsolatedRunner


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


def get_runner(request: Request) -> Dispatcher:
    return request.app.state.runner


def get_isolation(request: Request) -> IsolatedRunner:
    return request.app.state.isolation


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
RunnerDep = Annotated[Dispatcher, Depends(get_runner)]
IsolationDep = Annotated[IsolatedRunner, Depends(get_isolation)]
