"""Request-scoped dependencies; everything lives on app.state, built by create_app's lifespan."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from app.api.errors import ProblemError
from app.core.config import Settings
from app.jobs.dispatch import Dispatcher
from app.services import tenants
from app.services.isolation import IsolatedRunner
from app.services.tenants import TenantContext

# RFC 6750 section 3: a 401 names the scheme; error="invalid_token" when a key was sent but is not valid.
AUTH_REALM = 'Bearer realm="weldplan"'
API_KEY_HEADER = "X-API-Key"
T = TypeVar("T")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def _unauthorized(detail: str, invalid: bool) -> ProblemError:
    challenge = f'{AUTH_REALM}, error="invalid_token"' if invalid else AUTH_REALM
    return ProblemError(401, detail, headers={"WWW-Authenticate": challenge})


def _sent_key(request: Request) -> str | None:
    """The key of `Authorization: Bearer <key>` or `X-API-Key: <key>`; ProblemError 401 for an Authorization
    header of another scheme, or two different keys."""
    keys = set()
    authorization = request.headers.get("authorization")
    if authorization is not None:
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise _unauthorized("Authorization: expected 'Bearer <key>'", invalid=True)
        keys.add(token.strip())
    api_key = request.headers.get(API_KEY_HEADER)
    if api_key is not None:
        keys.add(api_key.strip())
    if len(keys) > 1:
        raise _unauthorized(f"Authorization and {API_KEY_HEADER} name different keys; send one", invalid=True)
    return keys.pop() if keys else None


def resolve_tenant(session: Session, settings: Settings, key: str | None) -> TenantContext:
    """The tenant a request with API key `key` (sent_key) acts for: the default tenant when WELDPLAN_AUTH=off,
    else the key's (ProblemError 401 without a valid key)."""
    if settings.auth == "off":
        return tenants.default_tenant(session, settings)
    if key is None:
        raise _unauthorized(
            f"Authorization: no API key; send 'Authorization: Bearer <key>' or '{API_KEY_HEADER}: <key>'",
            invalid=False,
        )
    tenant = tenants.key_tenant(session, key, settings)
    if tenant is None:
        raise _unauthorized("Authorization: the API key is not valid (unknown or revoked)", invalid=True)
    return tenant


def sent_key(request: Request) -> str | None:
    """The API key the request sends, when the server reads keys (None when WELDPLAN_AUTH=off); ProblemError 401
    for a malformed one."""
    settings: Settings = request.app.state.settings
    return None if settings.auth == "off" else _sent_key(request)


def get_tenant(request: Request) -> TenantContext:
    """The tenant the request acts for: the one its key belongs to (401 without a valid key) when
    WELDPLAN_AUTH=required; the default tenant when auth is off."""
    key = sent_key(request)
    with request.app.state.sessions() as session:
        return resolve_tenant(session, request.app.state.settings, key)


def in_tenant_session(request: Request, key: str | None, work: Callable[[Session], T]) -> T:
    """work(session) in a session that sees only the rows of the tenant that key (sent_key) names, found in the
    same session (401 as get_tenant): for a route that answers in one trip to the thread pool, where
    get_tenant and the route's own session would take two, each with its own connection checkout."""
    with request.app.state.sessions() as session:
        tenant = resolve_tenant(session, request.app.state.settings, key)
        return work(tenants.scope_session(session, tenant))


TenantDep = Annotated[TenantContext, Depends(get_tenant)]


def get_session(request: Request, tenant: TenantDep) -> Iterator[Session]:
    """A session that sees and changes only the request's tenant's rows (and the built-in robots)."""
    with request.app.state.sessions() as session:
        yield tenants.scope_session(session, tenant)


def get_service_session(request: Request) -> Iterator[Session]:
    """A session for the whole service, for routes that answer without a key and read no tenant's data
    (health): never for a route that reads or writes parts, seams, plans, programs or robots."""
    with request.app.state.sessions() as session:
        yield session


def get_runner(request: Request) -> Dispatcher:
    return request.app.state.runner


def get_isolation(request: Request) -> IsolatedRunner:
    return request.app.state.isolation


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
ServiceSessionDep = Annotated[Session, Depends(get_service_session)]
RunnerDep = Annotated[Dispatcher, Depends(get_runner)]
IsolationDep = Annotated[IsolatedRunner, Depends(get_isolation)]
