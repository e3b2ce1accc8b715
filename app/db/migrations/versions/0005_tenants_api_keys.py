"""Tenants and API keys; parts, seams, plans, programs and registered robots belong to a tenant.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
DEFAULT_TENANT_ID = "default"  # app.db.models.DEFAULT_TENANT_ID, fixed here as this revision wrote it
OWNED = ("parts", "seams", "plans", "programs")


def upgrade() -> None:
    tenants = op.create_table(
        "tenants",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("max_upload_mb", sa.Float(), nullable=True),
        sa.Column("max_stored_mb", sa.Float(), nullable=True),
        sa.Column("max_concurrent_jobs", sa.Integer(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("tenant_id", sa.String(32), sa.ForeignKey("tenants.id"), nullable=False),
        sa.Column("key_sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
    )
    op.create_index("ix_api_keys_tenant_id", "api_keys", ["tenant_id"])
    # Everything stored before tenants belongs to the default tenant, which a server without keys acts for.
    op.bulk_insert(tenants, [{"id": DEFAULT_TENANT_ID, "name": DEFAULT_TENANT_ID, "created_at": datetime.now(UTC)}])
    # The server default fills the rows already there (SQLite adds a NOT NULL column only with a default, and
    # dropping it again would mean rebuilding each table); the service always sets tenant_id itself.
    for table in OWNED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("tenant_id", sa.String(32), nullable=False, server_default=DEFAULT_TENANT_ID))
        op.create_index(f"ix_{table}_tenant_id", table, ["tenant_id"])
    with op.batch_alter_table("robots") as batch:
        batch.add_column(sa.Column("tenant_id", sa.String(32), nullable=True))
    op.create_index("ix_robots_tenant_id", "robots", ["tenant_id"])
    robots = sa.table("robots", sa.column("tenant_id", sa.String), sa.column("builtin", sa.Boolean))
    op.execute(robots.update().where(robots.c.builtin.is_(False)).values(tenant_id=DEFAULT_TENANT_ID))


def downgrade() -> None:
    for table in (*OWNED, "robots"):
        op.drop_index(f"ix_{table}_tenant_id", table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("tenant_id")
    op.drop_index("ix_api_keys_tenant_id", "api_keys")
    op.drop_table("api_keys")
    op.drop_table("tenants")
