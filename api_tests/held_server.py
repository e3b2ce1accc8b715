"""A weldplan server whose plan jobs can be made to hold in a stage: test only.

`python -m api_tests.held_server serve --host H --port P` runs the real service (migrations, app, job
dispatcher, worker processes, the planner) with one change: each plan job runs held_plan_job, which is
run_plan_job with its progress reports watched. While the file `<data dir>/test-hold.json` says
{"stage": S, "seconds": T}, a job that reports stage S sleeps T seconds there (once per attempt), so a test
can kill the server, cancel the job or pass its deadline while the job is certainly in that stage. Each job
that returns a result appends "<plan id> <attempt>" to `<data dir>/jobs-finished.log`, so a test can count
how many times a job really ran to its end.
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
            time.sleep(float(hold["seconds"]))

    ctx.report = holding_report  # type: ignore[method-assign]
    result = run_plan_job(ctx)
    with open(data_dir / FINISHED_LOG, "a") as log:
        log.write(f"{ctx.plan_id} {ctx.attempt}\n")
        log.flush()
        os.fsync(log.fileno())
    return result


def main() -> None:
    import uvicorn

    from app.core.config import Settings
    from app.db.migrate import upgrade_database
    from app.main import create_app

    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
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
