"""Request-scoped dependencies; everything lives on app.state, built by create_app's lifespan."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from sqlalchemy import Row, Select
from sqlalchemy.orm import Session

from app.api.errors import ProblemError
from app.core.config import Settings
from app.db.session import read_retrying
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


def tenant_query(settings: Settings, key: str | None) -> Select[Any]:
    """The statement that reads the tenant a request with API key `key` (sent_key) acts for: the default
    tenant when WELDPLAN_AUTH=off, else the key's (ProblemError 401 when no key was sent). Read its row with
    tenant_of_row."""
    if settings.auth == "off":
        return tenants.default_tenant_query()
    if key is None:
        raise _unauthorized(
            f"Authorization: no API key; send 'Authorization: Bearer <key>' or '{API_KEY_HEADER}: <key>'",
            invalid=False,
        )
    return tenants.key_tenant_query(key)


def tenant_of_row(settings: Settings, row: Row[Any] | None) -> TenantContext:
    """The tenant of the row that tenant_query's statement (or one joined to it) read; ProblemError 401 for no
    row: the key is unknown or revoked."""
    if row is None:
        if settings.auth == "off":
            raise tenants.missing_default_tenant()
        raise _unauthorized("Authorization: the API key is not valid (unknown or revoked)", invalid=True)
    return tenants.tenant_context(row, settings)


def resolve_tenant(session: Session, settings: Settings, key: str | None) -> TenantContext:
    """The tenant a request with API key `key` (sent_key) acts for: the default tenant when WELDPLAN_AUTH=off,
    else the key's (ProblemError 401 without a valid key)."""
    query = tenant_query(settings, key)
    return tenant_of_row(settings, session.connection().execute(query).first())


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


def in_tenant_read(
    request: Request,
    key: str | None,
    joined: Callable[[Select[Any]], Select[Any]],
    work: Callable[[Session, Row[Any]], T],
) -> T:
    """work(session, row) for a route that clients poll and that only reads, answered in one trip to the thread
    pool: `row` is the one row of joined(tenant_query(...)), the tenant that key (sent_key) names and what the
    route reads with it, found in one statement (401 as get_tenant for no row); `session` sees only that
    tenant's rows. On the read engine (app.db.session.make_read_engine: one round trip per statement, no
    pre-ping), tried once more when its connection turned out dead (read_retrying)."""
    settings: Settings = request.app.state.settings
    statement = joined(tenant_query(settings, key))

    def read() -> T:
        with request.app.state.read_sessions() as session:
            row = session.connection().execute(statement).first()
            return work(tenants.scope_session(session, tenant_of_row(settings, row)), row)

    return read_retrying(read)


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
