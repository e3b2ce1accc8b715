"""The `weldplan` command."""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import Any

MM = 1e-3


def _serve(args: argparse.Namespace) -> int:
    from app.core.config import Settings
    from app.jobs.dispatch import early_executors
    from app.jobs.plan_job import run_plan_job

    overrides = {k: v for k, v in {"host": args.host, "port": args.port}.items() if v is not None}
    if args.demo:
        overrides["load_demo_part"] = True
    settings = Settings(**overrides)
    try:
        settings.check_auth_exposure()
    except ValueError as exc:
        raise CliError(str(exc), 2) from exc
    # warming up while the server imports its modules, migrates the database and starts: ready when it answers
    executors = early_executors(settings, run_plan_job)
    import uvicorn

    from app.db.migrate import upgrade_database
    from app.main import create_app

    if not args.no_migrate:
        upgrade_database(settings.effective_database_url)
    uvicorn.run(
        create_app(settings, executors=executors),
        host=settings.host,
        port=settings.port,
        log_level=os.environ.get("WELDPLAN_LOG_LEVEL", "info"),
    )
    return 0


def _migrate(_: argparse.Namespace) -> int:
    from app.core.config import Settings
    from app.db.migrate import upgrade_database

    settings = Settings()
    upgrade_database(settings.effective_database_url)
    print(f"database at revision head: {settings.effective_database_url}")
    return 0


def _worker(args: argparse.Namespace) -> int:
    from app.core.config import Settings
    from app.jobs.distributed import run_worker
    from app.jobs.plan_job import run_plan_job

    overrides: dict[str, Any] = {}
    if args.metrics_port is not None:
        overrides["worker_metrics_port"] = args.metrics_port
    settings = Settings(**overrides)
    if not settings.broker_url:
        raise CliError("WELDPLAN_BROKER_URL is not set: a worker takes its jobs from a broker (redis://, amqp://)", 2)
    if settings.effective_database_url.startswith("sqlite"):
        raise CliError("WELDPLAN_DATABASE_URL is not set: workers share the server's database (PostgreSQL)", 2)
    loglevel = os.environ.get("WELDPLAN_LOG_LEVEL", "info").upper()
    run_worker(settings, run_plan_job, args.concurrency, loglevel, args.name)
    return 0


def _service_sessions() -> Any:
    """A session factory on the configured database, migrated to head (keys and tenants live there)."""
    from app.core.config import Settings
    from app.db.migrate import upgrade_database
    from app.db.session import make_engine, make_session_factory

    settings = Settings()
    upgrade_database(settings.effective_database_url)
    return make_session_factory(make_engine(settings.effective_database_url))


def _keys(args: argparse.Namespace) -> int:
    from app.services import tenants
    from app.services.errors import ServiceError

    with _service_sessions()() as session:
        try:
            if args.keys_command == "create":
                key, row = tenants.create_key(session, args.tenant)
                print(key)
                print(
                    f"key {row.id} of tenant '{args.tenant}': shown this once, only its hash is stored",
                    file=sys.stderr,
                )
            elif args.keys_command == "list":
                for row, tenant in tenants.list_keys(session, args.tenant):
                    revoked = f"revoked {row.revoked_at:%Y-%m-%dT%H:%M:%SZ}" if row.revoked_at else "active"
                    print(f"{row.id}  {tenant}  created {row.created_at:%Y-%m-%dT%H:%M:%SZ}  {revoked}")
            else:
                row = tenants.revoke_key(session, args.key_id)
                print(f"key {row.id} revoked")
        except ServiceError as exc:
            raise CliError(exc.detail, 2) from exc
    return 0


def _tenants(args: argparse.Namespace) -> int:
    from app.services import tenants
    from app.services.errors import ServiceError

    with _service_sessions()() as session:
        try:
            row = tenants.set_quotas(
                session,
                args.tenant,
                max_upload_mb=args.upload_mb,
                max_stored_mb=args.stored_mb,
                max_concurrent_jobs=args.jobs,
            )
        except ServiceError as exc:
            raise CliError(exc.detail, 2) from exc

        def show(value: float | None) -> str:
            return "server default" if value is None else f"{value:g}"

        print(
            f"tenant '{row.name}': upload {show(row.max_upload_mb)} MB, stored {show(row.max_stored_mb)} MB, "
            f"concurrent jobs {show(row.max_concurrent_jobs)}"
        )
    return 0


class CliError(Exception):
    """A failure the user can act on: printed as one line on stderr, exit status `code` (2: bad input, as
    argparse uses; 1: the work itself failed)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class _ProgressBar:
    """The plan's progress bar (rich) on stderr. The planner calls it as progress(fraction) or, once plan jobs
    report stages, progress(fraction, stage); the stage names the bar."""

    def __init__(self, enabled: bool) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn("{task.description:<22}"),
            BarColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            disable=not enabled,
        )
        self.task = self.bar.add_task("reading part", total=1.0)

    def __enter__(self) -> _ProgressBar:
        self.bar.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.bar.stop()

    def __call__(self, fraction: float, stage: str = "planning") -> None:
        self.bar.update(self.task, completed=min(max(float(fraction), 0.0), 1.0), description=stage)


_SEAM_ITEM = re.compile(r"(?:seam_)?(\d+)(?:\s*-\s*(?:seam_)?(\d+))?")


def seam_selection(spec: str | None, count: int) -> list[int]:
    """0-based indices of the detected seams named by --seams ("1-20,25,seam_030": numbers as the summary
    prints them, from 1); None: all of them."""
    if spec is None:
        return list(range(count))
    chosen: list[int] = []
    for item in (s.strip() for s in spec.split(",")):
        m = _SEAM_ITEM.fullmatch(item)
        if m is None:
            raise CliError(f"--seams: {item!r} is not a seam number (7), range (3-12) or id (seam_007)", 2)
        lo, hi = int(m[1]), int(m[2] or m[1])
        if not 1 <= lo <= hi <= count:
            raise CliError(f"--seams: {item} is not within the {count} detected seams (1-{count})", 2)
        chosen.extend(i for i in range(lo - 1, hi) if i not in chosen)
    return chosen


def _plan(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.services.plan_results import plan_result_json
    from cad import PartImportError, default_procedure, detect_seams, import_part
    from planning.planner import PlanConfig, PlanError, SeamTask, plan_weld
    from robot_models import load_builtin_robots, load_builtin_tools

    robots, tools = load_builtin_robots(), load_builtin_tools()
    if args.robot not in robots:
        raise CliError(f"--robot: unknown robot '{args.robot}'; built-in robots: {', '.join(sorted(robots))}", 2)
    if args.tool not in tools:
        raise CliError(f"--tool: unknown tool '{args.tool}'; built-in tools: {', '.join(sorted(tools))}", 2)
    path, out = Path(args.part_file), Path(args.out)
    if not path.exists():
        raise CliError(f"{path}: no such file", 2)
    if not path.is_file():
        raise CliError(f"{path}: not a file", 2)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out: {out} exists and is not a folder", 2)
    if args.seams is not None:
        seam_selection(args.seams, sys.maxsize)  # a malformed --seams fails now, not after seam detection
    robot, tool = robots[args.robot], tools[args.tool]
    with _ProgressBar(enabled=not args.no_progress) as progress:
        try:
            part = import_part(path.read_bytes(), path.name)
        except OSError as exc:
            raise CliError(f"{path}: cannot read the file: {exc.strerror or exc}", 2) from exc
        except PartImportError as exc:
            raise CliError(str(exc), 2) from exc  # the message names the file
        progress(0.0, "detecting seams")
        seams = detect_seams(part)
        if not seams:
            raise CliError(f"{path}: no seams found to weld", 1)
        # ids from the detection order, so a --seams subset keeps the numbers of the full run
        tasks = [
            SeamTask(f"seam_{i + 1:03d}", seams[i], default_procedure(seams[i]))
            for i in seam_selection(args.seams, len(seams))
        ]
        progress(0.0, "planning")
        try:
            result = plan_weld(
                [b.mesh for b in part.bodies], tasks, robot, tool, None, PlanConfig(sequence=args.sequence), progress
            )
        except PlanError as exc:
            raise CliError(f"planning failed: {exc}", 1) from exc
        progress(1.0, "writing files")
        summary = plan_result_json(result, tasks)
        accessible_mm = {t.seam_id: t.seam.accessible_fraction * t.seam.length / MM for t in tasks}
        comparison, why_no_comparison = _comparison(summary, tasks)
        files = _write_outputs(out, summary, result, robot, tool, comparison, path.stem)
        progress(1.0, "done")
    print(summary_text(path.name, len(seams), summary, accessible_mm, comparison, why_no_comparison, out, files))
    return 0


def _comparison(summary: dict[str, Any], tasks: list[Any]) -> tuple[Any, str | None]:
    """Robot vs manual (cycletime/) for the plan, or (None, why not)."""
    from cycletime import AssumptionError, PlanResultError, compare, plan_from_result

    records = {t.seam_id: {"accessible_fraction": float(t.seam.accessible_fraction)} for t in tasks}
    try:
        return compare(plan_from_result(summary, records)), None
    except (PlanResultError, AssumptionError) as exc:
        return None, str(exc)


def _write_outputs(
    out: Any, summary: dict[str, Any], result: Any, robot: Any, tool: Any, comparison: Any, part_name: str
) -> list[str]:
    """plan.json (the API's plan result document), moves.json, the program in every controller language of
    the robot's vendor, and the robot vs manual comparison; returns the file names written."""
    import json

    from cycletime import comparison_document, render_report
    from planning.serialize import program_to_json
    from programs import VENDOR_OF, write_program

    files: dict[str, str] = {
        "plan.json": json.dumps(summary, indent=2),
        "moves.json": json.dumps(program_to_json(result.program)),
    }
    # VENDOR_OF is the one list of controller languages by vendor (the API's program download reads it too)
    for controller in (c for c, vendor in VENDOR_OF.items() if vendor == robot.vendor):
        try:
            files.update(write_program(controller, result.program, robot, tool))
        except ValueError as exc:
            raise CliError(f"{controller}: cannot write the program: {exc}", 1) from exc
    if comparison is not None:
        files["cycle_time.json"] = json.dumps(comparison_document(comparison), indent=2)
        files["cycle_time_report.html"] = render_report(comparison, part_name=part_name, robot_name=robot.name)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (out / name).write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise CliError(f"--out: cannot write to {out}: {exc.strerror or exc}", 1) from exc
    return list(files)


_STATUS_LABEL = {"planned": "welded", "partial": "partial", "unreachable": "unwelded"}


def summary_text(
    part_name: str,
    detected: int,
    summary: dict[str, Any],
    accessible_mm: dict[str, float],
    comparison: Any,
    why_no_comparison: str | None,
    out: Any,
    files: list[str],
) -> str:
    """What `weldplan plan` prints at the end: seams welded / partial / unwelded with their welded, accessible
    and total length, coverage, cycle time (robot and manual), the reason for every seam not welded in full,
    and the files written."""
    seams = summary["seams"]
    planned = f"{len(seams)} seams" if len(seams) == detected else f"{len(seams)} of {detected} detected seams"
    lines = [
        f"Planned {part_name}: {planned} with {summary['robot_id']} and {summary['tool_id']} "
        f"in {summary['planning_time_s']:.1f} s",
        "",
        f"{'seams':<10}{'count':>6}{'welded mm':>12}{'accessible mm':>15}{'length mm':>12}",
    ]
    for status, label in [*_STATUS_LABEL.items(), (None, "total")]:
        group = [s for s in seams if status is None or s["status"] == status]
        lines.append(
            f"{label:<10}{len(group):>6}{sum(s['welded_length_mm'] for s in group):>12.1f}"
            f"{sum(accessible_mm[s['seam_id']] for s in group):>15.1f}"
            f"{sum(s['length_mm'] for s in group):>12.1f}"
        )
    welded = sum(s["welded_length_mm"] for s in seams)
    accessible = sum(accessible_mm.values())
    length = sum(s["length_mm"] for s in seams)
    share = (
        f"{100 * welded / accessible:.1f} % of the accessible length" if accessible > 0 else "no length is accessible"
    )
    lines += ["", f"Coverage: {share}, {100 * welded / length:.1f} % of the whole seam length"]
    breakdown = ", ".join(f"{k} {v:.1f} s" for k, v in summary["breakdown_s"].items() if v > 0)
    lines.append(f"Cycle time: robot program {summary['cycle_time_s']:.1f} s ({breakdown})")
    if comparison is not None:
        lines.append(
            f"Per part: robot cell {comparison.robot.total_s:.1f} s, manual welding "
            f"{comparison.manual.total_s:.1f} s: the robot is {comparison.speedup:.2f}x as fast"
        )
    else:
        lines.append(f"Per part: no robot vs manual comparison ({why_no_comparison})")
    short = [s for s in seams if s["status"] != "planned"]
    if short:
        lines += ["", "Not welded in full (welded / accessible / length, reason):"]
        for s in short:
            lines.append(
                f"  {s['seam_id']} {_STATUS_LABEL.get(s['status'], s['status'])}: "
                f"{s['welded_length_mm']:.1f} / {accessible_mm[s['seam_id']]:.1f} / {s['length_mm']:.1f} mm"
                f" - {s['reason'] or 'the planner gave no reason'}"
            )
            # every unwelded stretch with its own reason (mm along the seam's given direction)
            for u in summary.get("unwelded", []):
                if u["seam_id"] == s["seam_id"]:
                    detail = f": {u['detail']}" if u.get("detail") else ""
                    lines.append(f"      {u['from_mm']:.1f}-{u['to_mm']:.1f} mm {u['reason']}{detail}")
    lines += ["", f"Files in {out}: {', '.join(files)}"]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="weldplan", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service (applies migrations first)")
    serve.add_argument("--host", default=None, help="default: WELDPLAN_HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, default=None, help="default: WELDPLAN_PORT or 8000")
    serve.add_argument("--demo", action="store_true", help="upload the demo weldment if it is missing")
    serve.add_argument("--no-migrate", action="store_true", help="do not apply database migrations")
    serve.set_defaults(func=_serve)
    migrate = sub.add_parser("migrate", help="apply database migrations and exit")
    migrate.set_defaults(func=_migrate)
    worker = sub.add_parser(
        "worker", help="run plan jobs from the broker (WELDPLAN_BROKER_URL) on the database (WELDPLAN_DATABASE_URL)"
    )
    worker.add_argument("--concurrency", type=int, default=1, help="jobs run at once (default 1)")
    worker.add_argument(
        "--metrics-port",
        type=int,
        default=None,
        help="serve Prometheus metrics here (default: WELDPLAN_WORKER_METRICS_PORT)",
    )
    worker.add_argument("-n", "--name", default=None, help="node name, unique per worker (default celery@HOST)")
    worker.set_defaults(func=_worker)
    keys = sub.add_parser("keys", help="API keys of tenants (WELDPLAN_AUTH=required)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    create = keys_sub.add_parser("create", help="make a key for a tenant (made if new) and print it, once")
    create.add_argument("--tenant", required=True, help="tenant name")
    listing = keys_sub.add_parser("list", help="every key's id, tenant, creation and state (never the key)")
    listing.add_argument("--tenant", default=None, help="only this tenant's keys")
    revoke = keys_sub.add_parser("revoke", help="revoke a key: it gets 401 from then on")
    revoke.add_argument("key_id", help="the id `keys list` shows, or the key itself")
    keys.set_defaults(func=_keys)
    quota = sub.add_parser("tenants", help="a tenant's own quotas (0: the server's default)")
    quota_sub = quota.add_subparsers(dest="tenants_command", required=True)
    set_quota = quota_sub.add_parser("quota", help="set a tenant's quotas (made if new)")
    set_quota.add_argument("tenant", help="tenant name")
    set_quota.add_argument("--upload-mb", type=float, default=None, help="largest upload, MB")
    set_quota.add_argument("--stored-mb", type=float, default=None, help="stored part files and URDF zips, MB")
    set_quota.add_argument("--jobs", type=int, default=None, help="plans queued or running at once")
    quota.set_defaults(func=_tenants)
    plan = sub.add_parser("plan", help="detect seams, plan and write programs for a part file, without the server")
    plan.add_argument("part_file", help="STEP, STL, OBJ, PLY or GLB file")
    plan.add_argument("--robot", required=True, help="built-in robot id, e.g. abb_irb1600_10_145")
    plan.add_argument("--tool", default="torch_22deg", help="built-in torch id (default torch_22deg)")
    plan.add_argument("--out", default="weldplan_out", help="output folder (default ./weldplan_out)")
    plan.add_argument(
        "--seams",
        default=None,
        help="weld only these detected seams, numbered from 1 as the summary prints them: "
        "'1-20,25' or 'seam_007' (default: all)",
    )
    plan.add_argument(
        "--sequence",
        choices=("optimize", "given"),
        default="optimize",
        help="weld order: optimized (default) or the detection / --seams order",
    )
    plan.add_argument("--no-progress", action="store_true", help="no progress bar")
    plan.set_defaults(func=_plan)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CliError as exc:
        print(f"weldplan {args.command}: {_one_line(str(exc))}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(f"weldplan {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # anything else is a defect of weldplan: one line for the user, the traceback on request
        if os.environ.get("WELDPLAN_DEBUG"):
            raise
        what = ": ".join(s for s in (type(exc).__name__, _one_line(str(exc))) if s)
        print(
            f"weldplan {args.command}: internal error: {what} (WELDPLAN_DEBUG=1 shows the traceback)", file=sys.stderr
        )
        return 1


def _one_line(message: str) -> str:
    return " ".join(message.split())


if __name__ == "__main__":
    sys.exit(main())
