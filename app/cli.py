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
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
