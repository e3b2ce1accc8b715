"""Keyset pagination of list endpoints: `limit` items in a fixed order, and an opaque cursor for the next page.

The cursor carries the sort key of the last item served, not an offset, so a page never repeats or skips an
item when others are added or removed meanwhile (an offset shifts under the reader)."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, false, or_
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.services.errors import InvalidInput

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
# A cursor this service writes is well under this; longer input is not one of ours.
MAX_CURSOR_CHARS = 512


@dataclass(frozen=True)
class SortKey:
    """One column of a list's order; descending for newest-first lists."""

    column: InstrumentedAttribute[Any]
    descending: bool = False


def _encode(values: Sequence[Any]) -> str:
    plain = [{"dt": v.isoformat()} if isinstance(v, datetime) else v for v in values]
    raw = json.dumps(plain, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str, n: int) -> list[Any]:
    def bad() -> InvalidInput:
        return InvalidInput("cursor", "not a cursor this list gave out (pass next_cursor back unchanged)")

    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise bad() from None
    if not isinstance(values, list) or len(values) != n:
        raise bad()
    out = []
    for v in values:
        if isinstance(v, dict):
            try:
                v = datetime.fromisoformat(v["dt"])
            except (KeyError, TypeError, ValueError):
                raise bad() from None
        elif not isinstance(v, str | int | float | bool):
            raise bad()
        out.append(v)
    return out


def _after(keys: Sequence[SortKey], values: Sequence[Any]) -> Any:
    """Rows strictly after `values` in the lexicographic order of keys."""
    terms = []
    for i, key in enumerate(keys):
        equal = [k.column == v for k, v in zip(keys[:i], values[:i], strict=True)]
        value = values[i]
        if isinstance(value, bool):
            # SQL has no order operators for booleans: past True (descending) comes False, past False
            # (ascending) True, and past the other end nothing.
            beyond = key.column == (not value) if key.descending == value else false()
        else:
            beyond = key.column < value if key.descending else key.column > value
        terms.append(and_(*equal, beyond))
    return or_(*terms)


def paginate(
    session: Session, stmt: Select[Any], keys: Sequence[SortKey], limit: int, cursor: str | None
) -> tuple[list[Any], str | None]:
    """(rows of this page, the cursor of the next page or None on the last). keys: a total order (end with
    the primary key) over the selected entity."""
    if cursor is not None:
        stmt = stmt.where(_after(keys, _decode(cursor, len(keys))))
    stmt = stmt.order_by(*(k.column.desc() if k.descending else k.column.asc() for k in keys)).limit(limit + 1)
    rows = list(session.scalars(stmt))
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, _encode([getattr(last, k.column.key) for k in keys])
