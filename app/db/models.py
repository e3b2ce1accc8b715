"""Tables. JSON columns hold documents the API returns as they are; bytes hold files exactly as uploaded."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from app.db.base import Base, UTCDateTime, new_id, utcnow

# The tenant that owns rows made while the service ran without keys (WELDPLAN_AUTH=off), and every row from
# before tenants existed (migration 0005).
DEFAULT_TENANT_ID = "default"


class Tenant(Base):
    """Who owns parts, seams, plans, programs and registered robots. The quota columns override the server's
    defaults (settings quota_*) for this tenant; None: the default."""

    __tablename__ = "tenants"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    max_upload_mb: Mapped[float | None] = mapped_column(Float, nullable=True)
    max_stored_mb: Mapped[float | None] = mapped_column(Float, nullable=True)
    max_concurrent_jobs: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiKey(Base):
    """A tenant's API key, kept as its SHA-256 only (app.services.tenants says why that hash suffices); id is
    the key's public prefix, which names it in `weldplan keys list` and `keys revoke`."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    key_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class TenantOwned:
    """A row that one tenant owns: a session scoped to a tenant (app.services.tenants.scope_session) sees and
    changes only that tenant's rows. No database foreign key: SQLite cannot add one to an existing table
    without rebuilding it, and tenants are never deleted. The server default is the migration's, which gave
    the rows from before tenants to the default tenant; the service sets tenant_id on every row it makes, and a
    scoped session refuses to write a row of another tenant (app.services.tenants)."""

    @declared_attr
    def tenant_id(cls) -> Mapped[str]:  # noqa: N805  (declared_attr: called with the class)
        return mapped_column(String(32), index=True, server_default=DEFAULT_TENANT_ID)


class Part(TenantOwned, Base):
    __tablename__ = "parts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255))
    file_name: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(16))
    source_unit: Mapped[str] = mapped_column(String(16))
    # Deferred: listing parts must not drag every uploaded file out of the database.
    file_bytes: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    file_sha256: Mapped[str] = mapped_column(String(64))
    # [{"id": int, "name": str, "bbox_mm": {"min": [3], "max": [3]}}, ...]
    bodies: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    bbox_mm: Mapped[dict[str, list[float]]] = mapped_column(JSON)
    mesh_glb: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    # The built-in demo weldment (weldplan serve --demo), known by this flag and never by its file name:
    # a user may upload a file of the same name.
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    seams: Mapped[list[Seam]] = relationship(
        back_populates="part", cascade="all, delete-orphan", passive_deletes=True, order_by="Seam.position"
    )


class Seam(TenantOwned, Base):
    __tablename__ = "seams"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    part_id: Mapped[str] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(16))  # detected | user
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    reversed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Geometry and per-point frame data in millimetres, as the API serves it.
    geometry: Mapped[dict[str, Any]] = mapped_column(JSON)
    procedure: Mapped[dict[str, Any]] = mapped_column(JSON)
    procedure_override: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    part: Mapped[Part] = relationship(back_populates="seams")


class Robot(Base):
    __tablename__ = "robots"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    vendor: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(255))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    # The registering tenant; None for built-in robots, which every tenant sees. Registered robots get a
    # random id (new_id), never one made from their name, so two tenants may register robots of one name.
    tenant_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    # How to rebuild the robot: {"kind": "builtin"} | {"kind": "opw", ...} | {"kind": "urdf_zip"}
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    urdf_zip: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Tool(Base):
    __tablename__ = "tools"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Plan(TenantOwned, Base):
    __tablename__ = "plans"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    part_id: Mapped[str] = mapped_column(ForeignKey("parts.id", ondelete="CASCADE"), index=True)
    robot_id: Mapped[str] = mapped_column(String(64))
    tool_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    request: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), index=True, default="queued")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    # What the running job is doing (starting, loading, placement, seams, ...), for the user and for the
    # error of a job stopped by its deadline or a crash; None while queued.
    stage: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The plan's own time limit in s (options.deadline_s, or a default scaled to its seams); the dispatcher
    # also cuts it to the server's cap. None on rows from before deadlines: the cap applies.
    deadline_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Incremented each time a worker claims the job; a worker whose claim is stale writes nothing.
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    # With a broker (app.jobs.distributed): the worker running the job renews heartbeat_at; one not renewed
    # for settings.job_lease_s is a lost job. published_at: when the queued job's message was last sent
    # (None: not yet), so a message lost with a broker restart is sent again.
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    programs: Mapped[list[Program]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", passive_deletes=True
    )


class Program(TenantOwned, Base):
    __tablename__ = "programs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    controller: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    plan: Mapped[Plan] = relationship(back_populates="programs")
