"""Health, docs and the error format, over HTTP."""

from __future__ import annotations

import httpx

from api_tests.server import ServerProcess


def test_health_reports_database(api: httpx.Client, backend_kind: str) -> None:
    r = api.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    # the newest migration in app/db/migrations/versions, which the server applies at start
    from alembic.script import ScriptDirectory

    from app.db.migrate import MIGRATIONS_DIR

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None and head >= "0002"
    assert body["database"] == {"status": "ok", "backend": backend_kind, "revision": head}
    # no broker: the server's own worker processes (the session server keeps the default, 2: app.core.config)
    assert body["broker"]["status"] == "none"
    assert body["workers"] == {
        "status": "ok",
        "kind": "embedded",
        "processes": 2,
        "running": body["workers"]["running"],
    }
    assert set(body["jobs"]) == {"queued", "running"} and all(n >= 0 for n in body["jobs"].values())


def test_metrics_in_the_prometheus_format(server: ServerProcess) -> None:
    base = server.base_url
    assert httpx.get(f"{base}/api/v1/plans/{'0' * 32}").status_code == 404
    r = httpx.get(f"{base}/metrics")
    # the classic text format by default; OpenMetrics for a scraper that asks for it
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain; version=0.0.4")
    om = httpx.get(f"{base}/metrics", headers={"accept": "application/openmetrics-text; version=1.0.0"})
    assert om.headers["content-type"].startswith("application/openmetrics-text") and om.text.endswith("# EOF\n")
    # latency by route template, never by raw path (one series per route, whatever the ids)
    assert 'weldplan_http_request_seconds_count{method="GET",route="/api/v1/plans/{plan_id}",status="404"}' in r.text
    assert "0" * 32 not in r.text
    for name in ('weldplan_jobs{status="queued"}', "weldplan_job_stage_seconds", "weldplan_job_seconds"):
        assert f"# HELP {name.split('{')[0]} " in r.text and (name in r.text or "{" not in name), name


def test_docs_are_served(server: ServerProcess) -> None:
    r = httpx.get(f"{server.base_url}/docs")
    assert r.status_code == 200 and "swagger" in r.text.lower()


def test_every_operation_has_an_example(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]

    def has_example(node: object, seen: frozenset[str] = frozenset()) -> bool:
        if isinstance(node, dict):
            if "example" in node or "examples" in node:
                return True
            ref = node.get("$ref")
            if (
                isinstance(ref, str)
                and ref.startswith("#/components/schemas/")
                and ref not in seen
                and has_example(schemas[ref.rsplit("/", 1)[1]], seen | {ref})
            ):
                return True
            return any(has_example(v, seen) for k, v in node.items() if k != "$ref")
        if isinstance(node, list):
            return any(has_example(v, seen) for v in node)
        return False

    missing = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            ok = (
                has_example(op.get("requestBody", {}))
                or has_example(op.get("parameters", []))
                or any(has_example(resp) for code, resp in op.get("responses", {}).items() if code.startswith("2"))
            )
            if not ok:
                missing.append(f"{method.upper()} {path}")
    assert not missing, f"operations without an example: {missing}"


def test_unknown_route_is_problem_json(api: httpx.Client) -> None:
    r = api.get("/no-such-thing")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == 404
