"""Domain errors the services raise; app/api maps each kind to an HTTP status and a problem+json body.

Services know nothing of HTTP: they say what is wrong (an input, a missing resource, a conflict with the
service's state) and name the request field at fault; the API layer decides how that is answered.
"""

from __future__ import annotations

import re
from typing import Any


class ServiceError(Exception):
    """A request the service refuses. detail: the sentence a client reads, starting with the field at fault
    where there is one ("cell.X_BP: ..."); extra: machine-readable members added to the answer."""

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class InvalidInput(ServiceError):
    """A request field holds a value the service cannot use (the API answers 422)."""

    def __init__(self, field: str, message: str, **extra: Any) -> None:
        super().__init__(f"{field}: {message}", field=field, **extra)
        self.field = field


def invalid(detail: str, default_field: str) -> InvalidInput:
    """InvalidInput from a message that names its field first ("points_mm[2]: 3.4 mm from ..."), as cad/ and
    robot_models/ word theirs; a message that names none is put under default_field."""
    field, sep, rest = detail.partition(": ")
    if sep and re.fullmatch(r"[A-Za-z_][\w.\[\]]*", field):
        return InvalidInput(field, rest)
    return InvalidInput(default_field, detail)


class UnsupportedFormat(InvalidInput):
    """An upload in a format the service does not read (the API answers 415)."""


class NotFound(ServiceError):
    """A named resource does not exist (the API answers 404)."""

    def __init__(self, kind: str, id_: str, field: str | None = None) -> None:
        detail = f"{kind} '{id_}' does not exist"
        super().__init__(f"{field}: {detail}" if field else detail)


class Conflict(ServiceError):
    """The request contradicts the service's current state, e.g. deleting what a running plan uses
    (the API answers 409)."""


class TooLarge(InvalidInput):
    """An upload over a size limit, or one that would take its tenant over its storage quota (the API answers
    413)."""


class QuotaExceeded(ServiceError):
    """The tenant has used up a quota that frees itself in time, e.g. its concurrent plan jobs (the API answers
    429 with Retry-After: retry_after_s)."""

    def __init__(self, detail: str, retry_after_s: int, **extra: Any) -> None:
        super().__init__(detail, retry_after_s=retry_after_s, **extra)
        self.retry_after_s = retry_after_s
