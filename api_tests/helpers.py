"""Small HTTP helpers shared by the API tests."""

from __future__ import annotations

import time

import httpx
import trimesh

DEFAULT_ROBOT = "abb_irb1600_10_145"


def upload_plate(api: httpx.Client, name: str = "plate.stl") -> dict:
    data = trimesh.creation.box(extents=[100.0, 50.0, 6.0]).export(file_type="stl")
    r = api.post("/parts", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 201, r.text
    return r.json()


def list_all(api: httpx.Client, path: str, key: str, limit: int | None = None) -> list[dict]:
    """Every item of a paged list (GET path answers {key: [...], "next_cursor": ...}), following next_cursor."""
    items: list[dict] = []
    params: dict = {} if limit is None else {"limit": limit}
    while True:
        r = api.get(path, params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        items += page[key]
        if page["next_cursor"] is None:
            return items
        params = {**params, "cursor": page["next_cursor"]}


def wait_for(api: httpx.Client, plan_id: str, predicate, timeout_s: float = 120.0) -> dict:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    plan: dict = {}
    while time.monotonic() < deadline:
        plan = api.get(f"/plans/{plan_id}").json()
        if predicate(plan):
            return plan
        time.sleep(0.1)
    raise AssertionError(f"plan {plan_id} never reached the expected state; last: {plan}")


def finished(plan: dict) -> bool:
    return plan["status"] in ("succeeded", "failed", "cancelled")


def upload_weldment(api: httpx.Client, builder: str = "t_joint", **sizes: float) -> tuple[dict, list[dict]]:
    """Upload a parametric weldment (cad.weldments.<builder>) as STEP and detect its seams: (part, seams)."""
    from cad import shapes_to_step, weldments

    data = shapes_to_step(list(getattr(weldments, builder)(**sizes)))
    r = api.post("/parts", files={"file": (f"{builder}.step", data, "application/octet-stream")})
    assert r.status_code == 201, r.text
    part = r.json()
    r = api.post(f"/parts/{part['id']}/seams/detect")
    assert r.status_code == 200, r.text
    return part, r.json()["seams"]


def assert_problem(r: httpx.Response, status: int, *words: str) -> dict:
    """An RFC 9457 problem answer with this status whose detail contains every word; returns its body."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    for w in words:
        assert w in r.json()["detail"], r.json()["detail"]
    return r.json()
