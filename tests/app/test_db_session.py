"""Connections of the read engine (app.db.session.make_read_engine): tried once more when found dead, never
for another error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from api_tests.conftest import PG_ADMIN_URL, _pg_available
from app.db.session import make_engine, make_read_engine, make_session_factory, read_retrying


def _error(invalidated: bool) -> DBAPIError:
    return DBAPIError("SELECT 1", None, Exception("server closed the connection"), connection_invalidated=invalidated)


def test_a_read_whose_connection_was_dead_is_tried_once_more() -> None:
    tries: list[int] = []

    def read() -> str:
        tries.append(1)
        if len(tries) == 1:
            raise _error(invalidated=True)
        return "answer"

    assert read_retrying(read) == "answer" and len(tries) == 2


@pytest.mark.parametrize(("invalidated", "tries_expected"), [(False, 1), (True, 2)])
def test_a_read_is_not_retried_for_another_error_nor_more_than_once(invalidated: bool, tries_expected: int) -> None:
    tries: list[int] = []

    def read() -> str:
        tries.append(1)
        raise _error(invalidated)

    with pytest.raises(DBAPIError):
        read_retrying(read)
    assert len(tries) == tries_expected


def test_sqlite_reads_share_the_engine() -> None:
    sqlite = make_engine("sqlite://")
    assert make_read_engine("sqlite://", sqlite) is sqlite


def test_a_postgresql_read_is_one_round_trip(tmp_path: Path) -> None:
    """A statement in a read session is one round trip to the server: no BEGIN, no pre-ping, no ROLLBACK, which
    the engine's own sessions send (the libpq trace of the connection: a round trip ends with a simple Query or
    an extended query's Sync)."""
    reason = _pg_available()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required in CI: {reason}")
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}: {reason}")
    url = PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = make_engine(url)
    sent: dict[str, list[str]] = {}
    for name, eng in (("read", make_read_engine(url, engine)), ("engine", engine)):
        trace = tmp_path / f"{name}.trace"
        sessions = make_session_factory(eng)
        with sessions() as s:  # a pooled connection, connected before the trace starts
            s.connection().execute(select(1))
        with trace.open("w") as out:
            dbapi = eng.raw_connection()
            pgconn = dbapi.driver_connection.pgconn  # type: ignore[union-attr]
            dbapi.close()  # back to the pool, to be taken again by the session below
            pgconn.trace(out.fileno())
            with sessions() as s:
                assert s.connection().execute(select(1)).scalar() == 1
            pgconn.untrace()
        lines = trace.read_text().splitlines()
        sent[name] = [line.split("\t")[3].split(" ")[0] for line in lines if line.split("\t")[1:2] == ["F"]]
        eng.dispose()
    round_trips = {name: sum(m in ("Query", "Sync") for m in messages) for name, messages in sent.items()}
    assert round_trips == {"read": 1, "engine": 4}, sent
