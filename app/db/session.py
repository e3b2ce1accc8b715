"""Engine and session factory; one engine per process, made by whoever owns the process."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")
# Read connections older than this are replaced when next taken from the pool: a connection that a firewall or
# the server's idle_session_timeout dropped while it idled is then not the one a request finds dead.
READ_RECYCLE_S = 600


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


def make_read_engine(url: str, engine: Engine) -> Engine:
    """The engine of the routes that clients poll and that only read (GET /plans/{id}), run through
    read_retrying. On PostgreSQL, its own pool of autocommit connections without a pre-ping: each statement is
    then one round trip to the server, where engine's sessions add a BEGIN, a pre-ping's SELECT 1 and a ROLLBACK
    to each checkout (three more round trips, each a wait for the server's backend and then for this thread to
    be scheduled again: most of a poll's time on a busy machine). A connection found dead is retried instead of
    pinged (read_retrying). On SQLite, engine itself: its statements are calls in this process, with no round
    trip to save."""
    if url.startswith("sqlite"):
        return engine
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_recycle=READ_RECYCLE_S, pool_size=5, max_overflow=15)


def read_retrying(read: Callable[[], T]) -> T:
    """read() (which only reads, on make_read_engine's connections), once more if its connection turned out
    dead (a restarted or failed-over PostgreSQL, a backend terminated): SQLAlchemy then invalidates the
    connection and every other the pool held before it, so the second try connects anew. What the pre-ping
    did for every checkout, at the cost of a round trip each; a read is safe to run twice."""
    try:
        return read()
    except DBAPIError as exc:
        if not exc.connection_invalidated:
            raise
    return read()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def rows_matched(result: Result[Any]) -> int:
    """The rows an UPDATE or DELETE matched. Session.execute is typed to return a Result, but for these
    statements it is a CursorResult, which has the count."""
    return cast(CursorResult[Any], result).rowcount
