"""The planning UI on a server that requires API keys (WELDPLAN_AUTH=required): it asks for a key at the first
401, keeps it, and shows that tenant's parts and no other's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from api_tests.conftest import make_backend
from api_tests.helpers import upload_plate
from api_tests.server import ServerProcess
from api_tests.ui.test_ui import VIEWPORT, browser  # noqa: F401  (the module's browser fixture)
from app.db.session import make_engine, make_session_factory
from app.services import tenants


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("ui-keys")
    backend = make_backend("sqlite", tmp)
    proc = ServerProcess(tmp, backend.url, WELDPLAN_AUTH="required", WELDPLAN_WORKERS="0")
    try:
        proc.start()
        yield proc
    finally:
        proc.stop()
        backend.drop()


def test_the_ui_asks_for_a_key_once_and_shows_its_tenants_parts(browser: Any, keyed_server: ServerProcess) -> None:  # noqa: F811
    engine = make_engine(keyed_server.database_url)
    with make_session_factory(engine)() as s:
        mine, other = tenants.create_key(s, "ui")[0], tenants.create_key(s, "someone-else")[0]
    engine.dispose()
    for key, name in ((mine, "mine.stl"), (other, "theirs.stl")):
        with httpx.Client(base_url=f"{keyed_server.base_url}/api/v1", headers={"X-API-Key": key}) as api:
            upload_plate(api, name)
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    asked: list[str] = []
    errors: list[str] = []

    def answer(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.accept(mine)

    page.on("dialog", answer)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(keyed_server.base_url + "/")
        page.wait_for_selector("body[data-ready]", timeout=60_000)
        assert page.locator("#part-list .name").all_inner_texts() == ["mine"]
        assert not page.is_visible("#error"), page.inner_text("#error")
        assert len(asked) == 1 and "API key" in asked[0]  # asked once; every call after sent the stored key
        assert page.evaluate("() => localStorage.getItem('weldplan.apiKey')") == mine
        assert errors == []
    finally:
        context.close()
