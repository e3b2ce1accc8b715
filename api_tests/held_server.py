"""A weldplan server whose plan jobs can be made to hold in a stage: test only.

`python -m api_tests.held_server serve --host H --port P` runs the real service (migrations, app, job
dispatcher, worker processes, the planner) with one change: each plan job runs held_plan_job, which is
run_plan_job with its progress reports watched. While the file `<data dir>/test-hold.json` says
{"stage": S, "seconds": T}, a job that reports stage S sleeps T seconds there (once per attempt), so a test
can kill the server, cancel the job or pass its deadline while the job is certainly in that stage. Each job
that returns a result appends "<plan id> <attempt>" to `<data dir>/jobs-finished.log`, so a test can count
how many times a job really ran to its end; each job that holds appends "<plan id> <attempt> <pid>" to
`<data dir>/jobs-held.log`, pid being the process that supervises it (the server, or a Celery worker), so a
test can kill the very worker that runs the job.

`python -m api_tests.held_server worker [--concurrency N]` runs `weldplan worker` with the same jobs.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from app.jobs.worker import JobContext

HOLD_FILE = "test-hold.json"
FINISHED_LOG = "jobs-finished.log"
HELD_LOG = "jobs-held.log"


def set_hold(data_dir: Path, stage: str | None, seconds: float = 0.0) -> None:
    """Make jobs that reach `stage` hold there for `seconds`; stage None: no hold from now on."""
    path = data_dir / HOLD_FILE
    if stage is None:
        path.unlink(missing_ok=True)
    else:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"stage": stage, "seconds": seconds}))
        tmp.replace(path)  # atomic: a worker never reads half a file


def finished_runs(data_dir: Path) -> list[tuple[str, int]]:
    path = data_dir / FINISHED_LOG
    if not path.exists():
        return []
    return [(p, int(a)) for p, a in (line.split() for line in path.read_text().splitlines() if line.strip())]


def held_runs(data_dir: Path) -> list[tuple[str, int, int]]:
    """(plan id, attempt, supervising pid) of each job that held, in order."""
    path = data_dir / HELD_LOG
    if not path.exists():
        return []
    return [(p, int(a), int(pid)) for p, a, pid in (ln.split() for ln in path.read_text().splitlines() if ln.strip())]


def _append(path: Path, line: str) -> None:
    with open(path, "a") as log:
        log.write(line + "\n")
        log.flush()
        os.fsync(log.fileno())


def held_plan_job(ctx: JobContext) -> dict[str, Any]:
    from app.jobs.plan_job import run_plan_job

    data_dir = Path(ctx.settings.data_dir)
    report = ctx.report
    held = False

    def holding_report(progress: float, stage: str) -> None:
        nonlocal held
        report(progress, stage)
        if held:
            return
        try:
            hold = json.loads((data_dir / HOLD_FILE).read_text())
        except (OSError, ValueError):
            return
        if hold["stage"] == stage:
            held = True
            _append(data_dir / HELD_LOG, f"{ctx.plan_id} {ctx.attempt} {os.getppid()}")
            time.sleep(float(hold["seconds"]))

    ctx.report = holding_report  # type: ignore[method-assign]
    result = run_plan_job(ctx)
    _append(data_dir / FINISHED_LOG, f"{ctx.plan_id} {ctx.attempt}")
    return result


def main() -> None:
    import uvicorn

    from app.core.config import Settings
    from app.db.migrate import upgrade_database
    from app.main import create_app

    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["serve", "worker"])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("-n", "--name", default=None)
    args = parser.parse_args()
    if args.command == "worker":
        from app.jobs.distributed import run_worker

        loglevel = os.environ.get("WELDPLAN_LOG_LEVEL", "info").upper()
        run_worker(Settings(), held_plan_job, args.concurrency, loglevel, args.name)
        return
    settings = Settings(host=args.host, port=args.port)
    upgrade_database(settings.effective_database_url)
    uvicorn.run(
        create_app(settings, plan_job=held_plan_job),
        host=settings.host,
        port=settings.port,
        log_level=os.environ.get("WELDPLAN_LOG_LEVEL", "info"),
    )


if __name__ == "__main__":
    main()
