"""Parts: the demo weldment is marked as such, not recognised by its file name.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("parts") as batch:
        batch.add_column(sa.Column("is_demo", sa.Boolean(), nullable=False, server_default=sa.false()))
    # A database from before this revision holds at most the one demo part that `serve --demo` uploaded, under
    # this name; the oldest such part is it (a user's upload of the same name came later, or never).
    parts = sa.table(
        "parts",
        sa.column("id", sa.String),
        sa.column("file_name", sa.String),
        sa.column("created_at", sa.DateTime),
        sa.column("is_demo", sa.Boolean),
    )
    oldest = sa.select(parts.c.id).where(parts.c.file_name == "demo_bracket.step").order_by(parts.c.created_at)
    op.execute(parts.update().where(parts.c.id == oldest.limit(1).scalar_subquery()).values(is_demo=True))


def downgrade() -> None:
    with op.batch_alter_table("parts") as batch:
        batch.drop_column("is_demo")
