"""Service settings, read from WELDPLAN_* environment variables."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything the service reads from its environment; built once per process by the caller."""

    model_config = SettingsConfigDict(env_prefix="WELDPLAN_", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Folder for the SQLite file and caches.")
    cache_dir: Path | None = Field(
        None,
        description="Folder for the robots' self-collision tables, kept between jobs and workers (keyed by a hash "
        "of robot and torch); default: data_dir/cache.",
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default: a SQLite file weldplan.db in data_dir."
    )
    max_upload_mb: float = Field(100.0, gt=0, description="Largest accepted upload, in MB (10^6 bytes).")
    workers: int = Field(
        2,
        ge=0,
        le=64,
        description=(
            "Planning job processes run at once; 0: jobs wait in the queue (a server that only answers the API, "
            "as the schemathesis test runs one)."
        ),
    )
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    load_demo_part: bool = Field(False, description="Upload the built-in demo weldment at start-up if absent.")
    import_timeout_s: float = Field(300.0, gt=0, description="Longest a CAD import may take.")
    job_poll_interval_s: float = Field(0.2, gt=0)
    job_policy: Literal["batch", "idle"] = Field(
        "batch",
        description="CPU scheduling policy of plan job processes (sched(7)). batch: SCHED_BATCH at niceness "
        "job_nice. idle: SCHED_IDLE, a job runs only when nothing else of its scheduling group (its cgroup, or "
        "with autogrouping its own session, weighed by job_session_nice) wants the CPU; measured on a machine "
        "shared with other work, when jobs shared the server's session, it was worse for both: GET /plans/{id} "
        "p99 530 ms against 55 ms while two jobs ran, and the demo bracket's planner 28 s against 22 s "
        "(bench/api.py, machine loaded 3-9 deep by other processes).",
    )
    job_nice: int = Field(
        2,
        ge=0,
        le=19,
        description="With job_policy batch: niceness added to plan job processes (os.nice), so that on a machine "
        "with as many jobs as cores the API process still gets the CPU at once and answers in milliseconds; 0: "
        "the same weight as the API. It ranks a job against the API where the kernel does not group by session "
        "(autogrouping off, or the processes in a cgroup of their own, as in a container); with autogrouping "
        "job_session_nice does.",
    )
    job_session_nice: int = Field(
        10,
        ge=0,
        le=19,
        description="Each job executor (the server's and a Celery worker's) leads a session of its own and adds "
        "this to that session's CPU weight (sched(7), autogroups: the kernel shares the CPU between sessions "
        "before the niceness of the processes inside them counts, so job_nice alone ranks a job only within its "
        "session). GET /plans/{id} p99 with 50 pollers while two Celery jobs ran on an idle 2-core machine "
        "(bench/api.py): 81-136 ms with the worker's session lowered by 2, 19 ms by 5, 14-34 ms by 10, 21 ms by "
        "19. On a machine of its own a job competes with nothing and loses nothing. 0: the API's weight.",
    )
    job_deadline_max_s: float = Field(
        3600.0,
        ge=1,
        le=7 * 86400,
        description="Longest any plan job may run, in s; a plan's own deadline (options.deadline_s or its "
        "default, scaled to the number of seams) is cut to this. A job past its deadline is killed "
        "and fails naming the stage it was in.",
    )
    job_max_interruptions: int = Field(
        2,
        ge=0,
        le=100,
        description="A job cut short this many times (server restart, crash or shutdown while it ran) is "
        "re-queued; once more and it fails instead, so a job that brings the server down cannot "
        "do so forever.",
    )

    auth: Literal["off", "required"] = Field(
        "off",
        description="required: every API request carries a tenant's key (Authorization: Bearer <key> or X-API-Key; "
        "`weldplan keys create --tenant NAME` makes one) and sees only that tenant's data; off: no key, everything "
        "belongs to the tenant 'default'. Off is for the embedded single-user server on a loopback host only: "
        "the server refuses to start with auth off on any other host (the container image sets required).",
    )
    quota_stored_mb: float = Field(
        10_000.0,
        gt=0,
        description="Default per-tenant limit on stored uploads (part files and URDF zips), in MB (10^6 bytes); "
        "a tenant's own limit (weldplan tenants quota) replaces it.",
    )
    quota_concurrent_jobs: int = Field(
        16,
        ge=1,
        le=10_000,
        description="Default per-tenant limit on plans queued or running at once; one more is refused with 429 "
        "and Retry-After. A tenant's own limit (weldplan tenants quota) replaces it.",
    )
    quota_retry_after_s: int = Field(
        30, ge=1, le=86_400, description="Retry-After (s) of a 429 for a tenant at its concurrent-jobs limit."
    )

    broker_url: str | None = Field(
        None,
        description="Celery broker (redis://... or amqp://...): plan jobs run on `weldplan worker` processes, "
        "anywhere that reaches this broker and the database (use PostgreSQL then); unset: the server runs them "
        "itself in `workers` local processes.",
    )
    broker_queue: str = Field(
        "weldplan", min_length=1, max_length=64, description="Broker queue the plan jobs are published to."
    )
    job_lease_s: float = Field(
        15.0,
        ge=1,
        le=3600,
        description="With a broker: a running job whose worker has not renewed its heartbeat for this long is "
        "taken as lost (the worker was killed or cut off) and queued again, like a job interrupted by a restart.",
    )
    job_republish_s: float = Field(
        30.0,
        ge=1,
        le=86400,
        description="With a broker: a job still queued this long after its message was published is published "
        "again (a broker restart loses the messages it held; the database keeps the job).",
    )
    worker_metrics_port: int | None = Field(
        None, ge=1, le=65535, description="`weldplan worker` serves its Prometheus metrics on this port (unset: none)."
    )

    @field_validator("database_url", "broker_url")
    @classmethod
    def _blank_is_default(cls, v: str | None) -> str | None:
        return v or None

    @property
    def tables_dir(self) -> Path:
        """Where collision tables persist: cache_dir, or data_dir/cache."""
        return self.cache_dir if self.cache_dir is not None else self.data_dir / "cache"

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1_000_000)

    def check_auth_exposure(self) -> None:
        """ValueError when auth is off on a host other than loopback: without keys anyone who reaches the port
        reads and deletes every part, and the one tenant 'default' owns everything."""
        if self.auth == "off" and not is_loopback(self.host):
            raise ValueError(
                f"WELDPLAN_AUTH=off serves every tenant's data without a key, so it is refused on host "
                f"'{self.host}'; listen on 127.0.0.1 (or ::1, localhost), or set WELDPLAN_AUTH=required and "
                "create keys with `weldplan keys create --tenant NAME`"
            )

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'weldplan.db').resolve()}"


def is_loopback(host: str) -> bool:
    """True for a host name or address that only this machine reaches (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
