"""Tenants and API keys (issue 17 item 3) against a server with WELDPLAN_AUTH=required.

Every operation of the OpenAPI document is walked (the list comes from app.openapi(), so a new route cannot be
left out): without a key or with a wrong or revoked one it answers 401; with tenant B's key, each of tenant A's
ids answers exactly what an id that does not exist answers (404, the same detail), and B's lists hold nothing of
A's. The server runs with WELDPLAN_WORKERS=0: plans stay queued, which is all the walk and the job quota need.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import uuid
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout

import httpx
import pytest
import sqlalchemy as sa
import trimesh

from api_tests.conftest import _pg_available as pg_unavailable
from api_tests.conftest import make_backend
from api_tests.helpers import DEFAULT_ROBOT, assert_problem, list_all, upload_plate
from api_tests.server import ServerProcess
from app.cli import main as cli_main
from app.core.config import Settings
from app.db import models
from app.db.session import make_engine, make_session_factory
from app.main import API_PREFIX, create_app
from app.schemas.robots import ROBOT_CREATE_EXAMPLE
from app.services import tenants

OWNED_PARAMS = ("part_id", "seam_id", "plan_id", "robot_id")
# Path parameters that name no tenant's row: a valid value of each, so the request reaches the id check.
SHARED_PARAMS = {
    "controller": "kuka_krl",
    "index": "0",
    "name": "link.stl",
    "tool_id": "torch_22deg",
    "positioner_id": "yaskawa_motopos_d500",
}
# Operations with no tenant-owned path parameter, and what the walk checks for each.
UNOWNED = {
    "GET /api/v1/parts": "list",
    "GET /api/v1/plans": "list",
    "GET /api/v1/robots": "list",
    "GET /api/v1/tools": "shared",
    "GET /api/v1/tools/{tool_id}": "shared",
    "GET /api/v1/positioners": "shared",
    "GET /api/v1/positioners/{positioner_id}": "shared",
    "GET /api/v1/positioners/{positioner_id}/urdf": "shared",
    "POST /api/v1/parts": "creates its own",
    "POST /api/v1/robots": "creates its own",
    "POST /api/v1/plans": "names ids in its body",
    "POST /api/v1/replays": "names ids in its body",
}
OPEN = {"GET /api/v1/health"}
HEX_ID = re.compile(r"[0-9a-f]{32}")


def _operations() -> list[tuple[str, str]]:
    spec = create_app(Settings(auth="required")).openapi()
    methods = {"get", "post", "put", "patch", "delete"}
    return sorted((m.upper(), path) for path, ops in spec["paths"].items() for m in ops if m in methods)


def _cli(server: ServerProcess, *args: str) -> str:
    """`weldplan ARGS` on the server's database, in this process (a subprocess would spend seconds importing);
    its stdout."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as env, redirect_stdout(out), redirect_stderr(err):
        env.setenv("WELDPLAN_DATA_DIR", str(server.data_dir))
        env.setenv("WELDPLAN_DATABASE_URL", server.database_url)
        assert cli_main(list(args)) == 0, err.getvalue()
    return out.getvalue()


class Setup:
    def __init__(self, server: ServerProcess) -> None:
        self.server = server
        self.engine = make_engine(server.database_url)
        self.sessions = make_session_factory(self.engine)

    def key(self, tenant: str) -> str:
        with self.sessions() as s:
            return tenants.create_key(s, tenant)[0]

    def client(self, key: str | None, header: str = "bearer") -> httpx.Client:
        headers = {}
        if key is not None:
            headers = {"Authorization": f"Bearer {key}"} if header == "bearer" else {"X-API-Key": key}
        return httpx.Client(base_url=f"{self.server.base_url}{API_PREFIX}", headers=headers, timeout=120)


@pytest.fixture(scope="module")
def auth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    # one database, as the contract test picks it: PostgreSQL (production's) where there is one
    kind = "postgresql" if os.environ.get("CI") or pg_unavailable() is None else "sqlite"
    tmp = tmp_path_factory.mktemp(f"auth-{kind}")
    backend = make_backend(kind, tmp)
    proc = ServerProcess(tmp, backend.url, WELDPLAN_AUTH="required", WELDPLAN_WORKERS="0", WELDPLAN_MAX_UPLOAD_MB="5")
    try:
        proc.start()
        setup = Setup(proc)
        yield setup
        setup.engine.dispose()
    finally:
        proc.stop()
        backend.drop()


@pytest.fixture(scope="module")
def tenant_a(auth_server: Setup) -> Iterator[dict]:
    """Tenant A's key (made by the CLI, as an operator would) and one of each thing a tenant owns."""
    key = _cli(auth_server.server, "keys", "create", "--tenant", "tenant-a").strip()
    with auth_server.client(key) as a:
        part = upload_plate(a)
        seams = []
        for y in (-25.0, 25.0):  # upload_plate: 100 x 50 x 6 mm, centred on the origin
            r = a.post(f"/parts/{part['id']}/seams", json={"points_mm": [[-50.0, y, 3.0], [50.0, y, 3.0]]})
            assert r.status_code == 201, r.text
            seams.append(r.json()["id"])
        r = a.post("/robots", json=ROBOT_CREATE_EXAMPLE)
        assert r.status_code == 201, r.text
        robot = r.json()["id"]
        r = a.post("/plans", json={"part_id": part["id"], "robot_id": robot})
        assert r.status_code == 202, r.text
        yield {
            "key": key,
            "part_id": part["id"],
            "seam_id": seams[0],
            "seam_ids": seams,
            "plan_id": r.json()["id"],
            "robot_id": robot,
            "client": a,
        }


def _body(method: str, path: str, ids: dict) -> dict:
    """A valid request body for the operation, so that only the ids can be wrong."""
    plate = trimesh.creation.box(extents=[10.0, 10.0, 2.0]).export(file_type="stl")
    bodies: dict[str, dict] = {
        "POST /api/v1/parts": {"files": {"file": ("b.stl", plate, "application/octet-stream")}},
        "POST /api/v1/robots": {"json": {**ROBOT_CREATE_EXAMPLE, "name": f"robot {uuid.uuid4().hex[:6]}"}},
        "POST /api/v1/plans": {"json": {"part_id": ids["part_id"], "robot_id": DEFAULT_ROBOT}},
        "POST /api/v1/replays": {
            "files": {"file": ("p.mod", b"MODULE m\nENDMODULE\n", "text/plain")},
            "data": {"robot_id": ids["robot_id"]},
        },
        "POST /api/v1/parts/{part_id}/seams": {"json": {"points_mm": [[-50.0, 0.0, 3.0], [50.0, 0.0, 3.0]]}},
        "PATCH /api/v1/parts/{part_id}/seams/{seam_id}": {"json": {"enabled": False}},
        "PUT /api/v1/parts/{part_id}/seams/order": {"json": {"seam_ids": ids["seam_ids"]}},
        "POST /api/v1/robots/{robot_id}/fk": {"json": {"joints_deg": [0, -90, 90, 0, 30, 0]}},
        "POST /api/v1/robots/{robot_id}/ik": {"json": {"pose": {"xyz_mm": [500, 0, 500], "quat_wxyz": [0, 0, 1, 0]}}},
    }
    return bodies.get(f"{method} {path}", {})


def _url(path: str, ids: dict) -> str:
    values = {**SHARED_PARAMS, **{k: ids[k] for k in OWNED_PARAMS}}
    return path.removeprefix(API_PREFIX).format(**values)


def _normal(detail: str) -> str:
    return HEX_ID.sub("<id>", detail)


def test_every_operation_needs_a_valid_key(auth_server: Setup, tenant_a: dict) -> None:
    with auth_server.client(None) as anonymous:
        assert anonymous.get("/health").status_code == 200
        assert anonymous.get("/openapi.json").status_code == 200
    revoked = auth_server.key("tenant-revoked")
    _cli(auth_server.server, "keys", "revoke", revoked.split("_")[1])
    wrong = f"wp_{'0' * 12}_{'x' * 43}"
    callers = [(auth_server.client(None), 'Bearer realm="weldplan"')]
    callers += [(auth_server.client(key), 'error="invalid_token"') for key in (wrong, revoked)]
    for method, path in _operations():
        if f"{method} {path}" in OPEN:
            continue
        for client, challenge in callers:
            r = client.request(method, _url(path, tenant_a), **_body(method, path, tenant_a))
            assert_problem(r, 401, "Authorization")
            assert challenge in r.headers["www-authenticate"], (method, path)
    for client, _ in callers:
        client.close()
    # a key that is valid, sent as X-API-Key, is as good as a bearer token
    with auth_server.client(tenant_a["key"], header="x-api-key") as a:
        assert a.get(f"/parts/{tenant_a['part_id']}").status_code == 200


def test_another_tenants_ids_do_not_exist(auth_server: Setup, tenant_a: dict) -> None:
    a = tenant_a["client"]
    missing = {k: uuid.uuid4().hex for k in OWNED_PARAMS} | {"seam_ids": [uuid.uuid4().hex]}
    before_seams = list_all(a, f"/parts/{tenant_a['part_id']}/seams", "seams")
    seen = set()
    with auth_server.client(auth_server.key("tenant-b")) as b:
        for method, path in _operations():
            name = f"{method} {path}"
            if name in OPEN:
                continue
            seen.add(name)
            if not any(f"{{{p}}}" in path for p in OWNED_PARAMS):
                assert name in UNOWNED, f"{name}: say in UNOWNED what B may do with it"
                continue
            r = b.request(method, _url(path, tenant_a), **_body(method, path, tenant_a))
            gone = b.request(method, _url(path, missing), **_body(method, path, missing))
            assert_problem(gone, 404)
            assert_problem(r, 404)
            assert _normal(r.json()["detail"]) == _normal(gone.json()["detail"]), name
            if method == "GET":  # A itself gets something else than a missing id gets
                mine = a.request(method, _url(path, tenant_a))
                assert mine.status_code != 401, (name, mine.text)
                assert mine.status_code != 404 or _normal(mine.json()["detail"]) != _normal(gone.json()["detail"])
        assert seen - set(UNOWNED) - OPEN, "no operation with an owned id was walked"
        assert set(UNOWNED) <= seen, f"UNOWNED names operations the API no longer has: {set(UNOWNED) - seen}"

        # lists: B sees the built-in robots and torches, nothing of A's
        assert list_all(b, "/parts", "parts") == []
        assert list_all(b, "/plans", "plans") == []
        robots = list_all(b, "/robots", "robots")
        assert robots and all(r["builtin"] for r in robots)
        assert b.get("/tools").json()["tools"]
        assert b.get(f"/tools/{SHARED_PARAMS['tool_id']}").status_code == 200
        # ids of A's inside a request body: the same 404 as ids that do not exist
        own = upload_plate(b, "b.stl")["id"]
        for body in (
            {"part_id": tenant_a["part_id"], "robot_id": DEFAULT_ROBOT},
            {"part_id": own, "robot_id": tenant_a["robot_id"]},
            {"part_id": own, "robot_id": DEFAULT_ROBOT, "seam_ids": [tenant_a["seam_id"]]},
            {
                "part_id": own,
                "robot_id": DEFAULT_ROBOT,
                "cell": {
                    "obstacles": [
                        {
                            "name": "jig",
                            "part_id": tenant_a["part_id"],
                            "pose": {"xyz_mm": [900, 0, 0], "quat_wxyz": [1, 0, 0, 0]},
                        }
                    ]
                },
            },
        ):
            assert_problem(b.post("/plans", json=body), 404, "does not exist")
        r = b.post("/replays", **_body("POST", "/api/v1/replays", tenant_a))
        assert_problem(r, 404, f"robot '{tenant_a['robot_id']}' does not exist")
        # two tenants may register robots of one name; within a tenant the name is taken
        r = b.post("/robots", json=ROBOT_CREATE_EXAMPLE)
        assert r.status_code == 201, r.text
        assert r.json()["id"] != tenant_a["robot_id"]
        assert_problem(a.post("/robots", json=ROBOT_CREATE_EXAMPLE), 409, tenant_a["robot_id"])
        assert [p["id"] for p in list_all(b, "/parts", "parts")] == [own]

    # B's deletes, patches and cancels changed nothing of A's
    assert a.get(f"/parts/{tenant_a['part_id']}").status_code == 200
    assert list_all(a, f"/parts/{tenant_a['part_id']}/seams", "seams") == before_seams
    assert a.get(f"/plans/{tenant_a['plan_id']}").json()["status"] == "queued"
    assert a.get(f"/robots/{tenant_a['robot_id']}").status_code == 200
    assert [p["id"] for p in list_all(a, "/parts", "parts")] == [tenant_a["part_id"]]


def test_only_the_keys_hash_is_stored(auth_server: Setup) -> None:
    key = _cli(auth_server.server, "keys", "create", "--tenant", "tenant-hash").strip()
    assert re.fullmatch(r"wp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}", key), key
    with auth_server.sessions() as s:
        rows = s.execute(sa.select(models.ApiKey.id, models.ApiKey.key_sha256)).all()
    assert (key.split("_")[1], hashlib.sha256(key.encode()).hexdigest()) in rows
    assert not any(key in " ".join(row) for row in rows)
    listed = _cli(auth_server.server, "keys", "list", "--tenant", "tenant-hash")
    assert key.split("_")[1] in listed and key not in listed


def test_quotas(auth_server: Setup) -> None:
    # upload_plate's STL is 684 bytes (binary STL: 84-byte header and count, 12 triangles of 50 bytes)
    with auth_server.sessions() as s:
        tenants.set_quotas(s, "tenant-jobs", max_concurrent_jobs=1)
        tenants.set_quotas(s, "tenant-small", max_upload_mb=0.0005)
        tenants.set_quotas(s, "tenant-full", max_stored_mb=0.001)
    with auth_server.client(auth_server.key("tenant-jobs")) as c:
        part = upload_plate(c)["id"]
        c.post(f"/parts/{part}/seams", json={"points_mm": [[-50.0, 25.0, 3.0], [50.0, 25.0, 3.0]]})
        first = c.post("/plans", json={"part_id": part, "robot_id": DEFAULT_ROBOT})
        assert first.status_code == 202, first.text
        r = c.post("/plans", json={"part_id": part, "robot_id": DEFAULT_ROBOT})
        assert_problem(r, 429, "limit of 1 plans queued or running")
        assert r.headers["retry-after"] == str(Settings().quota_retry_after_s)
        assert c.delete(f"/plans/{first.json()['id']}").status_code == 200  # cancelled: the slot is free again
        assert c.post("/plans", json={"part_id": part, "robot_id": DEFAULT_ROBOT}).status_code == 202
    with auth_server.client(auth_server.key("tenant-small")) as c:
        data = trimesh.creation.box(extents=[100.0, 50.0, 6.0]).export(file_type="stl")
        r = c.post("/parts", files={"file": ("plate.stl", data, "application/octet-stream")})
        assert_problem(r, 413, "upload limit of 0.0005 MB")
    with auth_server.client(auth_server.key("tenant-full")) as c:
        upload_plate(c)
        r = c.post("/parts", files={"file": ("plate.stl", data, "application/octet-stream")})
        assert_problem(r, 413, "storage quota of 0.001 MB", "0.000684 MB in use")


def test_auth_off_is_refused_off_loopback(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("WELDPLAN_AUTH", "off")
    assert cli_main(["serve", "--host", "0.0.0.0", "--no-migrate"]) == 2  # before any database or socket
    err = capsys.readouterr().err
    assert "WELDPLAN_AUTH=off" in err and "'0.0.0.0'" in err
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        Settings(auth="off", host=host).check_auth_exposure()
    for host in ("0.0.0.0", "::", "192.168.1.10", "weldplan.example.com"):
        with pytest.raises(ValueError, match="WELDPLAN_AUTH=off"):
            Settings(auth="off", host=host).check_auth_exposure()
    Settings(auth="required", host="0.0.0.0").check_auth_exposure()
