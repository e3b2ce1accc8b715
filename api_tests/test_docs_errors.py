"""What the OpenAPI document says about errors, and the docs pages, checked against the running service
(issue 19 items 7 and 8)."""

from __future__ import annotations

import re

import httpx

from api_tests.helpers import assert_problem
from api_tests.server import ServerProcess


def test_docs_pages_load_their_assets_from_the_service(server: ServerProcess) -> None:
    # Issue 19 item 7: /docs and /redoc were blank without internet (Swagger UI and ReDoc from a CDN).
    for page, assets in (("/docs", ("swagger-ui-bundle.js", "swagger-ui.css")), ("/redoc", ("redoc.standalone.js",))):
        r = httpx.get(f"{server.base_url}{page}")
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        urls = re.findall(r'(?:src|href)\s*=\s*["\']([^"\']+)["\']', r.text) + re.findall(r"url:\s*'([^']+)'", r.text)
        assert urls, r.text
        for url in urls:
            assert url.startswith("/"), f"{page} refers to {url}, not to the service itself"
        assert not re.search(r"https?://", r.text), f"{page} names another host"
        for name in assets:
            url = next(u for u in urls if u.endswith(name))
            asset = httpx.get(f"{server.base_url}{url}")
            assert asset.status_code == 200, url
            kind = "javascript" if name.endswith(".js") else "css"
            assert kind in asset.headers["content-type"] and len(asset.content) > 100_000, url
        assert any(u == "/api/v1/openapi.json" for u in urls) or "/api/v1/openapi.json" in r.text


def test_an_unserved_method_gets_405_with_allow_listing_every_method_of_the_path(api: httpx.Client) -> None:
    # GET and POST /parts are two routes: Starlette's own Allow named only the first one's methods, and the
    # problem handler dropped the header altogether.
    paths = api.get("/openapi.json").json()["paths"]
    for method, path, template in (
        ("TRACE", "/parts", "/parts"),
        ("PUT", "/parts/3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d", "/parts/{part_id}"),
        ("POST", "/parts/3f2a/seams/5b1f", "/parts/{part_id}/seams/{seam_id}"),
    ):
        r = api.request(method, path)
        assert_problem(r, 405, method)
        allowed = {m.strip() for m in r.headers["allow"].split(",")}
        # HEAD and OPTIONS are the framework's to answer or not; the rest must be what the document lists
        assert allowed - {"HEAD", "OPTIONS"} == {m.upper() for m in paths[f"/api/v1{template}"]}, path


def test_a_body_that_is_not_utf8_is_a_400_problem(api: httpx.Client) -> None:
    # POST /robots reads its JSON itself: there json.loads raised UnicodeDecodeError, a 500 (schemathesis)
    for path in ("/plans", "/robots"):
        r = api.post(path, content=b"j\xff\x05", headers={"content-type": "application/json"})
        assert_problem(r, 400, "body: could not be parsed")


def test_every_error_is_documented_as_problem_json(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    problem = spec["components"]["schemas"]["ProblemDetails"]
    assert set(problem["required"]) == {"title", "status", "detail"}
    assert spec["components"]["responses"]["MethodNotAllowed"]["headers"]["Allow"]
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            responses = op["responses"]
            where = f"{method.upper()} {path}"
            assert "500" in responses, where
            if "requestBody" in op:
                assert {"400", "413", "422"} <= set(responses), where
            if any(p["in"] == "path" for p in op.get("parameters", [])):
                assert "404" in responses, where
            for code, entry in responses.items():
                if code.startswith(("4", "5")) and not (path.endswith("/health") and code == "503"):
                    assert list(entry["content"]) == ["application/problem+json"], (where, code)
                    assert entry["content"]["application/problem+json"]["schema"] == {
                        "$ref": "#/components/schemas/ProblemDetails"
                    }, (where, code)


def test_rules_the_schema_states(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["SeamCreate"]["oneOf"] == [{"required": ["points_mm"]}, {"required": ["arc_mm"]}]
    joints = schemas["FKRequest"]["properties"]["joints_deg"]
    assert joints["minItems"] == joints["maxItems"] == 6
    upload = spec["paths"]["/api/v1/parts"]["post"]["requestBody"]["content"]["multipart/form-data"]
    rule = upload["encoding"]["file"]["headers"]["Content-Disposition"]["schema"]["pattern"]
    assert re.search(rule, 'form-data; name="file"; filename="box_sides.STEP"')
    assert not re.search(rule, 'form-data; name="file"; filename="box_sides"')
    # POST /robots reads its body itself: its schema must still resolve inside the document
    body = spec["paths"]["/api/v1/robots"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/RobotCreate"} and "OPWIn" in schemas
    assert "$defs" not in str(spec)


def test_the_schema_rules_are_the_services(api: httpx.Client) -> None:
    assert_problem(api.post("/robots/abb_irb1600_10_145/fk", json={"joints_deg": [0] * 5}), 422, "joints_deg")
    assert_problem(
        api.post("/robots/abb_irb1600_10_145/fk", json={"joints_deg": [False] + [0] * 5}), 422, "joints_deg[0]"
    )
    assert_problem(
        api.post("/robots/abb_irb1600_10_145/ik", json={"pose": {"xyz_mm": [False, 0, 0], "quat_wxyz": [1, 0, 0, 0]}}),
        422,
        "pose.xyz_mm[0]",
    )
    r = api.post(
        "/parts/3f2a9c0d6a1e4b7f8e5d2c1b0a9f8e7d/seams",
        json={"points_mm": [[0, 0, 0], [1, 0, 0]], "arc_mm": [[0, 0, 0], [1, 1, 0], [2, 0, 0]]},
    )
    assert_problem(r, 422, "not both")
