"""The `weldplan` command."""

from __future__ import annotations

import argparse
import os
import sys


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.core.config import Settings
    from app.db.migrate import upgrade_database
    from app.main import create_app

    overrides = {k: v for k, v in {"host": args.host, "port": args.port}.items() if v is not None}
    if args.demo:
        overrides["load_demo_part"] = True
    settings = Settings(**overrides)
    if not args.no_migrate:
        upgrade_database(settings.effective_database_url)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_level=os.environ.get("WELDPLAN_LOG_LEVEL", "info"))
    return 0


def _migrate(_: argparse.Namespace) -> int:
    from app.core.config import Settings
    from app.db.migrate import upgrade_database

    settings = Settings()
    upgrade_database(settings.effective_database_url)
    print(f"database at revision head: {settings.effective_database_url}")
    return 0


def _plan(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from app.services.plan_results import plan_result_json
    from cad import PartImportError, default_procedure, detect_seams, import_part
    from planning.planner import PlanConfig, PlanError, SeamTask, plan_weld
    from planning.serialize import program_to_json
    from robot_models import load_builtin_robots, load_builtin_tools

    robots, tools = load_builtin_robots(), load_builtin_tools()
    if args.robot not in robots:
        print(f"--robot: unknown robot '{args.robot}'; built-in robots: {', '.join(sorted(robots))}", file=sys.stderr)
        return 2
    if args.tool not in tools:
        print(f"--tool: unknown tool '{args.tool}'; built-in tools: {', '.join(sorted(tools))}", file=sys.stderr)
        return 2
    path = Path(args.part_file)
    try:
        part = import_part(path.read_bytes(), path.name)
    except (OSError, PartImportError) as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 2
    seams = detect_seams(part)
    if not seams:
        print(f"{path}: no seams found to weld", file=sys.stderr)
        return 1
    tasks = [SeamTask(f"seam_{i + 1:03d}", s, default_procedure(s)) for i, s in enumerate(seams)]
    robot, tool = robots[args.robot], tools[args.tool]
    try:
        result = plan_weld([b.mesh for b in part.bodies], tasks, robot, tool, None, PlanConfig())
    except PlanError as exc:
        print(f"planning failed: {exc}", file=sys.stderr)
        return 1
    summary = plan_result_json(result, tasks)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "plan.json").write_text(json.dumps(summary, indent=2))
    (out / "moves.json").write_text(json.dumps(program_to_json(result.program)))
    for name, text in _program_files(result.program, robot, tool).items():
        (out / name).write_text(text, newline="")
    for seam in summary["seams"]:
        print(f"{seam['seam_id']}: {seam['status']} ({100 * seam['coverage']:.0f} %)"
              + (f" - {seam['reason']}" if seam["reason"] else ""))
    print(f"cycle time {summary['cycle_time_s']:.1f} s {summary['breakdown_s']}; files in {out}")
    return 0


def _program_files(program: object, robot: object, tool: object) -> dict[str, str]:
    """The controller program in the robot vendor's language."""
    from programs import CONTROLLERS, write_program

    for controller, module in CONTROLLERS.items():
        if robot.vendor == module.VENDOR:  # type: ignore[attr-defined]
            return write_program(controller, program, robot, tool)
    return {}


def main(argv: list[str] | None = None) -> int:
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
    plan = sub.add_parser("plan", help="detect seams, plan and write programs for a part file, without the server")
    plan.add_argument("part_file", help="STEP, STL, OBJ, PLY or GLB file")
    plan.add_argument("--robot", required=True, help="built-in robot id, e.g. abb_irb1600_10_145")
    plan.add_argument("--tool", default="torch_22deg", help="built-in torch id (default torch_22deg)")
    plan.add_argument("--out", default="weldplan_out", help="output folder (default ./weldplan_out)")
    plan.set_defaults(func=_plan)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
