"""GET /plans/{id} answered without loading and re-serialising the plan every time.

A client watching a plan polls it (the web UI every 400 ms), and many clients may poll many plans. A plan's
answer changes only when its row is written, and every write of a field the answer shows sets updated_at
(the job's progress and end, claims, re-queues, cancels); a finished plan's never changes again. Rendering it
costs loading the row (for a finished plan, its result JSON), validating it against the PlanPublic schema and
serialising it again: most of the request's time, on the server's one process that every other request
shares. So the last rendered answer of each plan is kept, keyed by what would change if the row did (status,
attempt and updated_at), and a request whose row still has that key reads only those small columns. Answers
carry an ETag: a client that sends it back in If-None-Match gets 304 and no body.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, select
from sqlalchemy.orm import Session

from app.db import models
from app.schemas.plans import PlanPublic
from app.services.errors import NotFound
from app.services.plans import plan_public
from app.services.tenants import current_tenant

# Bytes of rendered answers kept per server process: the demo bracket's answer is about 20 kB, a large part's
# a few hundred kB, so this holds the plans many clients are looking at.
MAX_BYTES = 64 * 1024 * 1024

Key = tuple[str, str, int, datetime | None]


@dataclass(frozen=True)
class Answer:
    body: bytes  # the JSON FastAPI would send for the route's response_model
    etag: str


def render(plan: models.Plan) -> Answer:
    """The plan as GET /plans/{id} answers it: validated by PlanPublic, serialised as FastAPI does."""
    content = PlanPublic.model_validate(plan_public(plan)).model_dump(mode="json")
    # the bytes Starlette's JSONResponse.render makes of it, so a cached answer equals an uncached one
    body = json.dumps(content, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode()
    return Answer(body, f'"{hashlib.sha256(body).hexdigest()[:32]}"')


class AnswerCache:
    """The last rendered answer of each plan, under the key it was rendered for; least recently used plans
    first out, at most max_bytes of answers."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[Key, Answer]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Key) -> Answer | None:
        """The answer kept for key's plan if it was rendered for key, else None."""
        with self._lock:
            item = self._items.get(key[0])
            if item is None or item[0] != key:
                return None
            self._items.move_to_end(key[0])
            return item[1]

    def put(self, key: Key, answer: Answer) -> None:
        """Keeps answer as its plan's (the one kept for an earlier key of the plan goes)."""
        if len(answer.body) > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key[0], None)
            if old is not None:
                self._bytes -= len(old[1].body)
            self._items[key[0]] = (key, answer)
            self._bytes += len(answer.body)
            while self._bytes > self.max_bytes:
                _, (_, dropped) = self._items.popitem(last=False)
                self._bytes -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._items)


_PLANS = models.Plan.__table__
_TENANTS = models.Tenant.__table__
# The plan's head as with_plan_head joins it to a tenant's row, labelled apart from the tenant's columns.
_HEAD: tuple[ColumnElement[Any], ...] = (
    _PLANS.c.status.label("plan_status"),
    _PLANS.c.attempt.label("plan_attempt"),
    _PLANS.c.updated_at.label("plan_updated_at"),
)
Head = tuple[str, int, datetime | None]


def plan_answer(session: Session, plan_id: str, cache: AnswerCache) -> Answer:
    """The answer to GET /plans/{plan_id} for the tenant the session is scoped to (scope_session); NotFound for
    a plan it does not see."""
    # A Core statement on the session's connection, with the tenant's criterion written out (the scoping hook
    # adds it to ORM queries only): every poll reads this, and an ORM query would cost several times the CPU.
    head_query = select(*_HEAD).where(_PLANS.c.id == plan_id, _PLANS.c.tenant_id == current_tenant(session).id)
    row = session.connection().execute(head_query).first()
    return _answer(session, plan_id, cache, None if row is None else _head(row))


def with_plan_head(tenant_query: Select[Any], plan_id: str) -> Select[Any]:
    """tenant_query (app.services.tenants: the row of the tenant a request acts for) with the head of that
    tenant's plan plan_id joined to it (NULL where the tenant has no such plan): the tenant and the plan's
    head in one statement, one round trip to the database, for joined_plan_answer. The plan is looked for
    among the found tenant's own, as plan_answer's head query does."""
    on = and_(_PLANS.c.id == plan_id, _PLANS.c.tenant_id == _TENANTS.c.id)
    return tenant_query.add_columns(*_HEAD).outerjoin(_PLANS, on)


def joined_plan_answer(session: Session, plan_id: str, cache: AnswerCache, row: Row[Any]) -> Answer:
    """plan_answer, given the row of with_plan_head's statement for the session's tenant (scope_session)."""
    return _answer(session, plan_id, cache, None if row.plan_status is None else _head(row))


def _head(row: Row[Any]) -> Head:
    return (row.plan_status, row.plan_attempt, row.plan_updated_at)


def _answer(session: Session, plan_id: str, cache: AnswerCache, head: Head | None) -> Answer:
    if head is None:
        raise NotFound("plan", plan_id)
    key: Key = (plan_id, *head)
    cached = cache.get(key)
    if cached is not None:
        return cached
    plan = session.get(models.Plan, plan_id)
    if plan is None:  # deleted since the first read
        raise NotFound("plan", plan_id)
    answer = render(plan)
    # kept only if the row read is the one the key names (it may have changed between the two reads)
    if (plan.status, plan.attempt, plan.updated_at) == key[1:]:
        cache.put(key, answer)
    return answer


def not_modified(if_none_match: str | None, etag: str) -> bool:
    """Whether an If-None-Match header names etag (RFC 9110 section 13.1.2: weak comparison, or *)."""
    if not if_none_match:
        return False
    tags = [t.strip() for t in if_none_match.split(",")]
    return any(t == "*" or t.removeprefix("W/") == etag for t in tags)


def answer_headers(answer: Answer) -> dict[str, str]:
    # no-cache: a client may keep the answer but must ask again (a running plan changes at any moment)
    return {"ETag": answer.etag, "Cache-Control": "no-cache"}
