"""A session scoped to a tenant (app.services.tenants.scope_session) sees, changes and writes only that tenant's
rows and the built-in robots; migration 0005 gives every earlier row to the default tenant."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import delete, func, select, update

from app.core.config import Settings
from app.db import models
from app.db.migrate import upgrade_database
from app.db.session import make_engine, make_session_factory
from app.services import tenants
from app.services.errors import NotFound
from app.services.plan_answers import AnswerCache, joined_plan_answer, plan_answer, with_plan_head
from app.services.tenants import default_tenant, scope_session, stored_bytes, tenant_context


def _part(tenant_id: str, size: int = 10) -> models.Part:
    return models.Part(
        name="p",
        file_name="p.stl",
        format="stl",
        source_unit="mm",
        file_bytes=b"x",
        size_bytes=size,
        file_sha256="0" * 64,
        bodies=[],
        bbox_mm={},
        mesh_glb=b"",
        tenant_id=tenant_id,
    )


@pytest.fixture
def sessions(tmp_path: Path):  # noqa: ANN201
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade_database(url)
    engine = make_engine(url)
    factory = make_session_factory(engine)
    with factory() as s:
        s.add_all([models.Tenant(id="a", name="a"), models.Tenant(id="b", name="b")])
        s.commit()
    yield factory
    engine.dispose()


def _scoped(factory, tenant_id: str):  # noqa: ANN001, ANN202
    s = factory()
    return scope_session(s, tenant_context(s.get(models.Tenant, tenant_id), Settings()))


def test_a_scoped_session_sees_and_changes_only_its_tenants_rows(sessions) -> None:  # noqa: ANN001
    with sessions() as s:
        mine, theirs = _part("a", 10), _part("b", 700)
        s.add_all([mine, theirs])
        s.flush()
        s.add(
            models.Seam(
                part_id=theirs.id, source="user", position=4, kind="fillet", geometry={}, procedure={}, tenant_id="b"
            )
        )
        s.add(models.Plan(part_id=theirs.id, robot_id="r", request={}, status="queued", tenant_id="b"))
        s.add(models.Robot(id="theirs", name="x", vendor="abb", model="m", builtin=False, definition={}, tenant_id="b"))
        s.add(models.Robot(id="shared", name="y", vendor="abb", model="m", builtin=True, definition={}))
        s.commit()
        mine_id, theirs_id = mine.id, theirs.id
    with _scoped(sessions, "a") as s:
        assert s.get(models.Part, theirs_id) is None
        assert s.scalars(select(models.Part.id)).all() == [mine_id]
        assert s.scalar(select(func.max(models.Seam.position)).where(models.Seam.part_id == theirs_id)) is None
        assert s.scalar(select(func.count(models.Plan.id))) == 0
        assert s.scalars(select(models.Robot.id)).all() == ["shared"]
        assert stored_bytes(s) == 10
        assert s.execute(update(models.Plan).values(status="cancelled")).rowcount == 0
        assert s.execute(delete(models.Seam).where(models.Seam.part_id == theirs_id)).rowcount == 0
        s.commit()
    with _scoped(sessions, "b") as s:
        part = s.get(models.Part, theirs_id)
        assert part is not None and len(part.seams) == 1
        assert s.scalar(select(models.Plan.status)) == "queued"
        assert sorted(s.scalars(select(models.Robot.id))) == ["shared", "theirs"]


def test_the_tenant_and_its_plans_head_in_one_statement(sessions) -> None:  # noqa: ANN001
    """What GET /plans/{id} reads in one round trip (with_plan_head on a key's tenant statement): the key's
    tenant, and the plan's head only where the plan is that tenant's own; no row at all for a revoked or unknown
    key."""
    with sessions() as s:
        key_a, key_b = tenants.create_key(s, "a")[0], tenants.create_key(s, "b")[0]
        part = _part("a")
        s.add(part)
        s.flush()
        plan = models.Plan(part_id=part.id, robot_id="r", request={}, status="queued", tenant_id="a")
        s.add(plan)
        s.commit()
        plan_id = plan.id
    cache = AnswerCache()

    def row(key: str, plan: str = plan_id) -> sa.Row | None:
        with sessions() as s:
            return s.connection().execute(with_plan_head(tenants.key_tenant_query(key), plan)).first()

    mine, theirs = row(key_a), row(key_b)
    assert mine is not None and (mine.id, mine.plan_status, mine.plan_attempt) == ("a", "queued", 0)
    assert theirs is not None and theirs.id == "b" and theirs.plan_status is None
    with _scoped(sessions, "a") as s:
        assert joined_plan_answer(s, plan_id, cache, mine) == plan_answer(s, plan_id, AnswerCache())
        missing = row(key_a, "noplan")
        assert missing is not None and missing.id == "a"
        with pytest.raises(NotFound):
            joined_plan_answer(s, "noplan", cache, missing)
    with _scoped(sessions, "b") as s, pytest.raises(NotFound):
        joined_plan_answer(s, plan_id, cache, theirs)
    with sessions() as s:
        tenants.revoke_key(s, key_a)
    assert row(key_a) is None and row(key_a + "x") is None and row(key_b) is not None


def test_a_scoped_session_refuses_to_write_another_tenants_row(sessions) -> None:  # noqa: ANN001
    with _scoped(sessions, "a") as s:
        s.add(_part("b"))
        with pytest.raises(RuntimeError, match="Part of tenant 'b' written for tenant 'a'"):
            s.flush()
    with _scoped(sessions, "a") as s:
        s.add(models.Robot(id="r", name="x", vendor="abb", model="m", builtin=False, definition={}))
        with pytest.raises(RuntimeError, match="Robot of tenant None"):
            s.flush()


def test_the_migration_gives_earlier_rows_to_the_default_tenant(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade_database(url, "0003")
    engine = make_engine(url)
    now = datetime.now(UTC)
    with engine.begin() as c:
        c.execute(
            sa.text(
                "INSERT INTO parts (id, name, file_name, format, source_unit, file_bytes, size_bytes, "
                "file_sha256, bodies, bbox_mm, mesh_glb, created_at, is_demo) VALUES ('p', 'p', 'p.stl', "
                "'stl', 'mm', x'00', 1, '', '[]', '{}', x'00', :t, 0)"
            ),
            {"t": now},
        )
        for rid, builtin in (("mine", 0), ("abb", 1)):
            c.execute(
                sa.text(
                    "INSERT INTO robots (id, name, vendor, model, builtin, definition, created_at) "
                    "VALUES (:id, :id, 'abb', 'm', :b, '{}', :t)"
                ),
                {"id": rid, "b": builtin, "t": now},
            )
    upgrade_database(url)
    with make_session_factory(engine)() as s:
        assert s.scalar(select(models.Part.tenant_id)) == models.DEFAULT_TENANT_ID
        robots = {r.id: r.tenant_id for r in s.execute(select(models.Robot.id, models.Robot.tenant_id))}
        assert robots == {"mine": models.DEFAULT_TENANT_ID, "abb": None}
        assert default_tenant(s, Settings()).name == models.DEFAULT_TENANT_ID
    engine.dispose()
