"""Initial tables: parts, seams, robots, tools, plans, programs.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "parts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("source_unit", sa.String(16), nullable=False),
        sa.Column("file_bytes", sa.LargeBinary(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("bodies", sa.JSON(), nullable=False),
        sa.Column("bbox_mm", sa.JSON(), nullable=False),
        sa.Column("mesh_glb", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "seams",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("part_id", sa.String(32), sa.ForeignKey("parts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("reversed", sa.Boolean(), nullable=False),
        sa.Column("geometry", sa.JSON(), nullable=False),
        sa.Column("procedure", sa.JSON(), nullable=False),
        sa.Column("procedure_override", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_seams_part_id", "seams", ["part_id"])
    op.create_table(
        "robots",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("vendor", sa.String(32), nullable=False),
        sa.Column("model", sa.String(255), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("urdf_zip", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "tools",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "plans",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("part_id", sa.String(32), sa.ForeignKey("parts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("robot_id", sa.String(64), nullable=False),
        sa.Column("tool_id", sa.String(64), nullable=True),
        sa.Column("request", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("started_at", TS, nullable=True),
        sa.Column("finished_at", TS, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_plans_part_id", "plans", ["part_id"])
    op.create_index("ix_plans_status", "plans", ["status"])
    op.create_table(
        "programs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("plan_id", sa.String(32), sa.ForeignKey("plans.id", ondelete="CASCADE"), nullable=False),
        sa.Column("controller", sa.String(32), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_programs_plan_id", "programs", ["plan_id"])


def downgrade() -> None:
    for table in ("programs", "plans", "tools", "robots", "seams", "parts"):
        op.drop_table(table)
