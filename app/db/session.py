"""Engine and session factory; one engine per process, made by whoever owns the process."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            # WAL lets the API read while a worker process writes progress; foreign keys make
            # ON DELETE CASCADE work as it does on PostgreSQL.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def rows_matched(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE matched. Session.execute is typed to return a Result, but for these
    statements it is a CursorResult, which has the count."""
    return cast(CursorResult[Any], result).rowcount
