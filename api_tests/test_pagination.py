"""Paged lists (issue 19 item 8): GET /parts, /plans, /robots and /parts/{id}/seams answer `limit` items in a
stable order with an opaque next_cursor; a page never repeats or skips an item when others come and go."""

from __future__ import annotations

import httpx

from api_tests.helpers import DEFAULT_ROBOT, assert_problem, list_all, upload_plate
from app.schemas.robots import RobotCreate


def _pages(api: httpx.Client, path: str, key: str, limit: int) -> list[list[dict]]:
    pages, params = [], {"limit": limit}
    while True:
        r = api.get(path, params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page[key]) <= limit
        pages.append(page[key])
        if page["next_cursor"] is None:
            return pages
        params = {"limit": limit, "cursor": page["next_cursor"]}


def test_parts_come_in_pages_oldest_first_without_repeats_or_gaps(api: httpx.Client) -> None:
    mine = [upload_plate(api, f"page{i}.stl")["id"] for i in range(5)]
    everything = [p["id"] for p in list_all(api, "/parts", "parts", limit=500)]
    pages = _pages(api, "/parts", "parts", 2)
    paged = [p["id"] for page in pages for p in page]
    assert paged == everything and len(set(paged)) == len(paged)
    assert [i for i in paged if i in mine] == mine  # oldest first, as uploaded
    assert all(len(page) == 2 for page in pages[:-1])


def test_a_cursor_survives_deletes_and_inserts(api: httpx.Client) -> None:
    ids = [upload_plate(api, f"keyset{i}.stl")["id"] for i in range(4)]
    everything = [p["id"] for p in list_all(api, "/parts", "parts")]
    start = everything.index(ids[0])
    # read up to ids[1], then delete the item just served and add a new one: the next page goes on at ids[2]
    r = api.get("/parts", params={"limit": start + 2})
    assert [p["id"] for p in r.json()["parts"]][-1] == ids[1]
    cursor = r.json()["next_cursor"]
    assert api.delete(f"/parts/{ids[1]}").status_code == 200
    newest = upload_plate(api, "keyset_new.stl")["id"]
    rest = [p["id"] for p in api.get("/parts", params={"cursor": cursor, "limit": 500}).json()["parts"]]
    assert rest[:2] == ids[2:] and rest[-1] == newest


def test_plans_are_newest_first(api: httpx.Client) -> None:
    part = upload_plate(api, "plans_paged.stl")
    made = []
    for _ in range(3):
        r = api.post("/plans", json={"part_id": part["id"], "robot_id": DEFAULT_ROBOT})
        assert r.status_code == 202, r.text
        made.append(r.json()["id"])
    paged = [p["id"] for page in _pages(api, "/plans", "plans", 1) for p in page]
    assert [i for i in paged if i in made] == made[::-1]
    assert len(set(paged)) == len(paged)


def test_robots_builtin_first_and_seams_in_list_order(api: httpx.Client) -> None:
    # a registered robot after the five built-in ones: a page boundary falls on the change of `builtin`
    example = {**RobotCreate.model_config["json_schema_extra"]["examples"][0], "name": "paging test robot"}
    r = api.post("/robots", json=example)
    assert r.status_code == 201, r.text
    everything = list_all(api, "/robots", "robots")
    for limit in (1, 2, 5):
        robots = [r for page in _pages(api, "/robots", "robots", limit) for r in page]
        assert robots == everything, limit
    flags = [r["builtin"] for r in everything]
    assert flags == sorted(flags, reverse=True) and False in flags
    assert len({r["id"] for r in everything}) == len(everything)
    part = upload_plate(api, "seams_paged.stl")
    made = []
    for y in (-25.0, 25.0):  # upload_plate: 100 x 50 x 6 mm centred on the origin; seams along the top edges
        for x in ((-50.0, 0.0), (0.0, 50.0)):
            r = api.post(f"/parts/{part['id']}/seams", json={"points_mm": [[x[0], y, 3.0], [x[1], y, 3.0]]})
            assert r.status_code == 201, r.text
            made.append(r.json()["id"])
    pages = _pages(api, f"/parts/{part['id']}/seams", "seams", 3)
    assert [s["id"] for page in pages for s in page] == made and [len(p) for p in pages] == [3, 1]


def test_bad_cursor_and_limit_are_422_problems(api: httpx.Client) -> None:
    for cursor in ("not-a-cursor", "WyJ4Il0", "e30"):  # garbage, a one-item key, an object
        assert_problem(api.get("/parts", params={"cursor": cursor}), 422, "cursor")
    assert_problem(api.get("/plans", params={"limit": 0}), 422, "limit")
    assert_problem(api.get("/robots", params={"limit": 501}), 422, "limit")
