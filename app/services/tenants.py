"""Tenants: their API keys, their quotas, and the scoping that keeps each to its own rows.

A request's session is scoped to the tenant its key names (scope_session): every ORM query, UPDATE and DELETE
made through it then carries `tenant_id = <that tenant>` for parts, seams, plans and programs, and `built in or
registered by that tenant` for robots, added in one place (_only_the_tenants_rows) rather than in each service.
Another tenant's id therefore looks exactly like an id that does not exist: the same NotFound, the same 404.
Sessions that are not scoped (the job runner, plan workers, the CLI, start-up) act for the whole service.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol

from sqlalchemy import Select, event, func, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from app.core.config import Settings
from app.db import models
from app.db.base import utcnow
from app.services.errors import InvalidInput, NotFound, QuotaExceeded, TooLarge

_SCOPE = "weldplan.tenant"
KEY_PREFIX = "wp_"
# 32 random bytes: 256 bits, as a URL-safe string of 43 characters.
KEY_SECRET_BYTES = 32
KEY_ID_HEX = 12
ACTIVE_PLAN_STATUSES = ("queued", "running")
MB = 1_000_000


@dataclass(frozen=True)
class TenantContext:
    """Who a request acts for, with the quotas in force for it (the tenant's own, else the server's)."""

    id: str
    name: str
    max_upload_bytes: int
    max_stored_bytes: int
    max_concurrent_jobs: int
    retry_after_s: int


class _TenantRow(Protocol):
    """What tenant_context reads of a tenant: a models.Tenant, or a row of _CONTEXT_COLUMNS."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def max_upload_mb(self) -> float | None: ...
    @property
    def max_stored_mb(self) -> float | None: ...
    @property
    def max_concurrent_jobs(self) -> int | None: ...


def tenant_context(tenant: _TenantRow, settings: Settings) -> TenantContext:
    def mb(value: float | None, default: float) -> int:
        return int((default if value is None else value) * MB)

    return TenantContext(
        id=tenant.id,
        name=tenant.name,
        max_upload_bytes=mb(tenant.max_upload_mb, settings.max_upload_mb),
        max_stored_bytes=mb(tenant.max_stored_mb, settings.quota_stored_mb),
        max_concurrent_jobs=tenant.max_concurrent_jobs or settings.quota_concurrent_jobs,
        retry_after_s=settings.quota_retry_after_s,
    )


# Every request finds its tenant, so these are read by Core statements on the session's connection: an ORM
# query costs several times the CPU (entity loading, the scoping hook, the identity map), on the one process
# that every request shares.
_TENANTS = models.Tenant.__table__
_CONTEXT_COLUMNS = (
    _TENANTS.c.id,
    _TENANTS.c.name,
    _TENANTS.c.max_upload_mb,
    _TENANTS.c.max_stored_mb,
    _TENANTS.c.max_concurrent_jobs,
)


def default_tenant_query() -> Select[Any]:
    """The statement that reads the default tenant (columns of TenantContext): the one that owns everything
    while the service runs without keys (WELDPLAN_AUTH=off). A statement, so that a route may read more in the
    same round trip (app.services.plan_answers.with_plan_head)."""
    return select(*_CONTEXT_COLUMNS).where(_TENANTS.c.id == models.DEFAULT_TENANT_ID)


def key_tenant_query(key: str) -> Select[Any]:
    """The statement that reads the tenant of a live key (columns of TenantContext); no row for an unknown or
    revoked one. Looked up by the key's hash: the database never compares the secret itself, and a hash that
    matches part of another tells nothing about a key."""
    keys = models.ApiKey.__table__
    return (
        select(*_CONTEXT_COLUMNS)
        .join(keys, keys.c.tenant_id == _TENANTS.c.id)
        .where(keys.c.key_sha256 == hash_key(key), keys.c.revoked_at.is_(None))
    )


def default_tenant(session: Session, settings: Settings) -> TenantContext:
    """The tenant that owns everything while the service runs without keys (WELDPLAN_AUTH=off)."""
    row = session.connection().execute(default_tenant_query()).first()
    if row is None:
        raise missing_default_tenant()
    return tenant_context(row, settings)


def missing_default_tenant() -> RuntimeError:
    return RuntimeError(f"tenant '{models.DEFAULT_TENANT_ID}' is missing: run `weldplan migrate`")


def scope_session(session: Session, tenant: TenantContext) -> Session:
    """Make session see and change only this tenant's rows (and the built-in robots)."""
    session.info[_SCOPE] = tenant
    return session


def current_tenant(session: Session) -> TenantContext:
    """The tenant a scoped session acts for: the owner of the rows it creates."""
    tenant = session.info.get(_SCOPE)
    if tenant is None:
        raise RuntimeError("this session is not scoped to a tenant; rows it creates would have no owner")
    return tenant


@event.listens_for(Session, "do_orm_execute")
def _only_the_tenants_rows(state: ORMExecuteState) -> None:
    tenant: TenantContext | None = state.session.info.get(_SCOPE)
    # Column and relationship loads of rows already loaded carry the criteria of the query that loaded them.
    if tenant is None or state.is_column_load or state.is_relationship_load:
        return
    if not (state.is_select or state.is_update or state.is_delete):
        return
    tenant_id = tenant.id
    state.statement = state.statement.options(
        with_loader_criteria(models.TenantOwned, lambda cls: cls.tenant_id == tenant_id, include_aliases=True),
        with_loader_criteria(
            models.Robot,
            lambda cls: or_(cls.builtin.is_(True), cls.tenant_id == tenant_id),
            include_aliases=True,
        ),
    )


@event.listens_for(Session, "before_flush")
def _new_rows_are_the_tenants(session: Session, _context: Any, _instances: Any) -> None:
    """A scoped session writes rows of its own tenant only: a service that forgot to set tenant_id (or set
    another's) fails here instead of storing a row that nobody, or the wrong tenant, owns."""
    tenant: TenantContext | None = session.info.get(_SCOPE)
    if tenant is None:
        return
    for row in session.new:
        owned = isinstance(row, models.TenantOwned) or (isinstance(row, models.Robot) and not row.builtin)
        if owned and row.tenant_id != tenant.id:
            raise RuntimeError(f"{type(row).__name__} of tenant {row.tenant_id!r} written for tenant {tenant.id!r}")


# --- API keys -------------------------------------------------------------------------------------------------


def hash_key(key: str) -> str:
    """What is stored of a key. One round of SHA-256, not a slow password hash (bcrypt, scrypt): a key is 256
    random bits, not a password a person chose, so there is no dictionary to try and a brute-force search of
    2^256 values stays out of reach at any hashing speed; a fast hash keeps the per-request check cheap."""
    return hashlib.sha256(key.encode()).hexdigest()


def _valid_tenant_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        raise InvalidInput("tenant", f"{name!r} is not a tenant name: 1 to 64 printable characters")
    return name


def get_or_create_tenant(session: Session, name: str) -> models.Tenant:
    name = _valid_tenant_name(name)
    row = session.scalar(select(models.Tenant).where(models.Tenant.name == name))
    if row is None:
        row = models.Tenant(name=name)
        session.add(row)
        session.flush()
    return row


def find_tenant(session: Session, name: str) -> models.Tenant:
    row = session.scalar(select(models.Tenant).where(models.Tenant.name == name))
    if row is None:
        raise NotFound("tenant", name)
    return row


def create_key(session: Session, tenant_name: str) -> tuple[str, models.ApiKey]:
    """(the key, its row) for the tenant, made if new. The key itself is not stored: show it once."""
    tenant = get_or_create_tenant(session, tenant_name)
    key_id = secrets.token_hex(KEY_ID_HEX // 2)
    key = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(KEY_SECRET_BYTES)}"
    row = models.ApiKey(id=key_id, tenant_id=tenant.id, key_sha256=hash_key(key))
    session.add(row)
    session.commit()
    return key, row


def list_keys(session: Session, tenant_name: str | None = None) -> list[tuple[models.ApiKey, str]]:
    """(key row, tenant name) of every key, or of one tenant's, oldest first."""
    stmt = select(models.ApiKey, models.Tenant.name).join(models.Tenant, models.Tenant.id == models.ApiKey.tenant_id)
    if tenant_name is not None:
        stmt = stmt.where(models.Tenant.name == tenant_name)
    return [(k, n) for k, n in session.execute(stmt.order_by(models.ApiKey.created_at, models.ApiKey.id))]


def revoke_key(session: Session, key_id: str) -> models.ApiKey:
    """Revoke a key by its id (the prefix `keys list` shows, or the whole key); from now on it gets 401."""
    if key_id.startswith(KEY_PREFIX):
        key_id = key_id[len(KEY_PREFIX) :].split("_", 1)[0]
    row = session.get(models.ApiKey, key_id)
    if row is None:
        raise NotFound("key", key_id)
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.commit()
    return row


def set_quotas(session: Session, tenant_name: str, **limits: Any) -> models.Tenant:
    """Set a tenant's own limits (max_upload_mb, max_stored_mb, max_concurrent_jobs); a value of 0 goes back
    to the server's default."""
    row = get_or_create_tenant(session, tenant_name)
    for name, value in limits.items():
        if value is None:
            continue
        if value < 0:
            raise InvalidInput(name, f"must be 0 (the server's default) or more, got {value:g}")
        setattr(row, name, value or None)
    session.commit()
    return row


# --- quotas ---------------------------------------------------------------------------------------------------


def check_upload_size(tenant: TenantContext, size: int, filename: str, field: str = "file") -> None:
    """TooLarge when an upload is over the tenant's upload limit (the server's body limit, WELDPLAN_MAX_UPLOAD_MB,
    caps every request before this)."""
    if size > tenant.max_upload_bytes:
        raise TooLarge(field, f"'{filename}' is larger than the upload limit of {tenant.max_upload_bytes / MB:g} MB")


def read_upload(stream: BinaryIO, tenant: TenantContext, filename: str, field: str = "file") -> bytes:
    """An uploaded file's bytes; TooLarge, having read no more than one byte past it, when over the limit."""
    data = stream.read(tenant.max_upload_bytes + 1)
    check_upload_size(tenant, len(data), filename, field)
    return data


def stored_bytes(session: Session) -> int:
    """Bytes of uploads the session's tenant keeps: part files and registered URDF zips."""
    parts = session.scalar(select(func.coalesce(func.sum(models.Part.size_bytes), 0)))
    zips = session.scalar(select(func.coalesce(func.sum(func.length(models.Robot.urdf_zip)), 0)))
    return int(parts or 0) + int(zips or 0)


def check_storage(session: Session, adding: int, field: str = "file") -> None:
    """TooLarge when storing `adding` more bytes would take the session's tenant over its stored-bytes limit."""
    tenant = current_tenant(session)
    used = stored_bytes(session)
    if used + adding > tenant.max_stored_bytes:
        raise TooLarge(
            field,
            f"storing {adding / MB:.3g} MB more would exceed this tenant's storage quota of "
            f"{tenant.max_stored_bytes / MB:g} MB ({used / MB:.3g} MB in use); delete parts or robots first",
            stored_bytes=used,
            quota_bytes=tenant.max_stored_bytes,
        )


def check_job_slot(session: Session) -> None:
    """QuotaExceeded when the session's tenant has as many plans queued or running as it may."""
    tenant = current_tenant(session)
    # Row lock on the tenant (PostgreSQL): two plans submitted at once are counted one after the other.
    session.get(models.Tenant, tenant.id, with_for_update=True)
    active = session.scalar(select(func.count(models.Plan.id)).where(models.Plan.status.in_(ACTIVE_PLAN_STATUSES)))
    if (active or 0) >= tenant.max_concurrent_jobs:
        raise QuotaExceeded(
            f"this tenant is at its limit of {tenant.max_concurrent_jobs} plans queued or running; wait for one "
            "to finish or cancel one",
            retry_after_s=tenant.retry_after_s,
            active_jobs=active,
            quota_jobs=tenant.max_concurrent_jobs,
        )
