"""Domain errors of the services: what went wrong in the service's own terms, with a detail that names the
field or file at fault. app/api/errors.py maps each kind to its HTTP status (problem+json), so the services
know nothing of HTTP and can be called from jobs or the CLI as well."""

from __future__ import annotations


class ServiceError(Exception):
    """A request the service cannot carry out; detail is the message for the caller."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(ServiceError):
    """Something the request names (a part, a robot, a plan, a seam) does not exist."""


class Invalid(ServiceError):
    """A field or an uploaded file is wrong: detail names it and says why."""


class Conflict(ServiceError):
    """The request is well formed but the resource is not in a state that allows it (a plan not finished)."""


class UnsupportedFormat(ServiceError):
    """An uploaded file is of a kind the service does not read."""


def not_found(kind: str, id_: str) -> NotFound:
    return NotFound(f"{kind} '{id_}' does not exist")
