"""The demo part is marked as such in the database (parts.is_demo, migration 0003), never recognised by its
file name: a user's upload of the same name is a user's part, and the demo is loaded once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from app.core.config import Settings
from app.db import models
from app.db.migrate import upgrade_database
from app.db.session import make_engine, make_session_factory
from app.services.demo import DEMO_FILE_NAME, demo_step_bytes, ensure_demo_part
from app.services.isolation import IsolatedRunner
from app.services.parts import create_part, part_public
from app.services.tenants import default_tenant, scope_session


def test_a_users_file_named_like_the_demo_is_not_the_demo(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'weldplan.sqlite'}"
    upgrade_database(url)
    engine = make_engine(url)
    runner = IsolatedRunner(1)
    try:
        with make_session_factory(engine)() as session:
            # as the server does without keys: everything belongs to the default tenant
            scope_session(session, default_tenant(session, Settings()))
            user = create_part(session, demo_step_bytes(), DEMO_FILE_NAME)
            ensure_demo_part(session, runner, Settings())
            ensure_demo_part(session, runner, Settings())  # the marked demo is there now: nothing more
            parts = session.scalars(sa.select(models.Part).order_by(models.Part.created_at)).all()
            assert [(p.id == user.id, p.is_demo) for p in parts] == [(True, False), (False, True)]
            assert [part_public(p)["demo"] for p in parts] == [False, True]
    finally:
        runner.shutdown()
        engine.dispose()


def test_the_migration_marks_the_demo_an_earlier_server_loaded(tmp_path: Path) -> None:
    # Before 0003 the demo was the part `serve --demo` uploaded under its file name, before any user's upload
    # of the same name; the migration marks that oldest one and nothing else.
    url = f"sqlite:///{tmp_path / 'weldplan.sqlite'}"
    upgrade_database(url, "0002")
    engine = make_engine(url)
    rows = [("demo", DEMO_FILE_NAME, 1), ("user_copy", DEMO_FILE_NAME, 2), ("other", "bracket.step", 0)]
    with engine.begin() as conn:
        for part_id, file_name, day in rows:
            conn.execute(
                sa.text(
                    "INSERT INTO parts (id, name, file_name, format, source_unit, file_bytes, size_bytes, "
                    "file_sha256, bodies, bbox_mm, mesh_glb, created_at) VALUES (:id, :id, :fn, 'step', 'mm', "
                    "x'00', 1, '', '[]', '{}', x'00', :at)"
                ),
                {"id": part_id, "fn": file_name, "at": datetime(2026, 12, 1 + day, tzinfo=UTC)},
            )
    upgrade_database(url)
    with engine.connect() as conn:
        marked = dict(conn.execute(sa.text("SELECT id, is_demo FROM parts")).all())
    engine.dispose()
    assert {k: bool(v) for k, v in marked.items()} == {"demo": True, "user_copy": False, "other": False}
