"""The planning UI in real headless Chromium (Debian's chromium driven by Playwright) against a real server.

One walk-through, as a user would do it: upload the demo part, detect seams, draw a user seam on its edges,
switch some off, reorder by drag, add a box obstacle and move it with the gizmo, plan, replay, scrub, download
the program. What the page draws is checked against independent sources: the part's bounding
box against the API's (the CAD import), the torch tip against forward kinematics computed here with the repo's
kinematics (not the three.js scene graph the page uses), the program against the API's own download, and
the screenshots by pixels. Any request to a host other than the service fails the test.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import numpy as np
import pytest

from api_tests.conftest import running_server
from api_tests.server import ServerProcess

ROBOT_ID, TOOL_ID, OTHER_TOOL_ID = "abb_irb1600_10_145", "torch_22deg", "torch_45deg"
# Seams left enabled for the plan: enough for arc and air moves, few enough to plan in seconds.
SEAMS_PLANNED = 3
# The acceptance figure (issue 16): the bracket plan replays at >= 30 frames/s headless.
MIN_FPS = 30.0
# SwiftShader: Chromium's software WebGL, the same on every machine (CI has no GPU).
CHROMIUM_ARGS = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"]
VIEWPORT = {"width": 1280, "height": 800}
# The timeline's colour per phase kind, as the UI's design says (web/src/viewer.js COLORS), read on the canvas.
PHASE_COLOURS = {"arc": "ff5a1f", "air": "2f6fdf", "approach_retract": "2aa198", "arc_start_end": "f2c12e"}


def _chromium() -> str:
    exe = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None)
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is required in CI (.ci/run installs it)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return exe


@pytest.fixture(scope="module")
def ui_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with running_server(tmp_path_factory.mktemp("ui-server")) as proc:
        yield proc


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    exe = _chromium()
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A page on the service that refuses (and records) every request to another host."""

    def __init__(self, browser: Any, base_url: str, downloads: Path) -> None:
        self.base = base_url
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: d.accept())
        self.downloads = downloads

    def _route(self, route: Any) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or f"{parts.scheme}://{parts.netloc}" == self.base:
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)

    def idle(self, timeout_s: float = 60) -> None:
        """Waits until the page's current action has finished (and failed if it shows an error)."""
        self.page.wait_for_function("() => !document.body.dataset.busy", timeout=timeout_s * 1000)

    def error_text(self) -> str:
        return self.page.inner_text("#error") if self.page.is_visible("#error") else ""

    def screenshot(self) -> np.ndarray:
        from PIL import Image

        png = self.page.locator("#canvas-host").screenshot()
        return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


@pytest.fixture(scope="module")
def ui(browser: Any, ui_server: ServerProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    page = Page(browser, ui_server.base_url, tmp_path_factory.mktemp("downloads"))
    page.page.goto(ui_server.base_url + "/")
    page.page.wait_for_selector("body[data-ready]", timeout=60_000)
    yield page
    page.context.close()


@pytest.fixture(scope="module")
def api(ui_server: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{ui_server.base_url}/api/v1", timeout=120) as client:
        yield client


@pytest.fixture(scope="module")
def demo_step(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.services.demo import DEMO_FILE_NAME, demo_step_bytes

    path = tmp_path_factory.mktemp("demo") / DEMO_FILE_NAME
    path.write_bytes(demo_step_bytes())
    return path


def _tcp_fk(joints_deg: np.ndarray) -> np.ndarray:
    """X_BT: the wire tip in the robot base frame by the repo's kinematics (robot_models + kinematics)."""
    from robot_models import load_builtin_robots, load_builtin_tools

    spec, tool = load_builtin_robots()[ROBOT_ID], load_builtin_tools()[TOOL_ID]
    return spec.kinematics.fk(np.radians(joints_deg)[None, :])[0] @ tool.X_FT


def _drag_gizmo_x(ui: Page, obj: str) -> None:
    """Drags the gizmo's x handle (TransformControls' own picker for it) on the object the JS expression obj
    names, outwards by the handle's own screen length."""
    ui.js(f"() => window.__weldplan.viewer.attachGizmo({obj})")
    ui.page.click("[data-gizmo=translate]")
    arrow = ui.js(f"""() => {{ const v = window.__weldplan.viewer, o = {obj};
        v.scene.updateMatrixWorld(true); v.camera.updateMatrixWorld();
        const X = v.gizmo._gizmo.picker.translate.children.find((c) => c.name === 'X');
        const c = new (v.contentBox().constructor)().setFromObject(X).getCenter(o.position.clone());
        const r = v.renderer.domElement.getBoundingClientRect();
        return [c, o.position].map((p) => {{ const n = p.clone().project(v.camera);
          return [r.left + (n.x + 1) / 2 * r.width, r.top + (1 - n.y) / 2 * r.height]; }}); }}""")
    (ax, ay), (ox, oy) = arrow
    ui.page.mouse.move(ax, ay)
    ui.page.mouse.down()
    ui.page.mouse.move(ax + (ax - ox), ay + (ay - oy), steps=5)
    ui.page.mouse.up()


def _doc_screenshot(ui: Page, traj: dict[str, Any], name: str) -> None:
    """The README's pictures are these pages: WELDPLAN_UI_SCREENSHOTS=docs writes docs/<name> (1280x800), the
    replay in the middle of the longest weld, seen from the iso view a little closer than the fit of the whole
    cell (which the trail's air moves widen), so part, seams, torch and robot read."""
    folder = os.environ.get("WELDPLAN_UI_SCREENSHOTS")
    if not folder:
        return
    arc = max((p for p in traj["phases"] if p["kind"] == "arc"), key=lambda p: p["t1_s"] - p["t0_s"])
    ui.page.eval_on_selector(
        "#scrub",
        "(el, t) => { el.value = String(t); el.dispatchEvent(new Event('input')); }",
        0.5 * (arc["t0_s"] + arc["t1_s"]),
    )
    ui.page.click("[data-view=iso]")
    ui.js("""() => { const v = window.__weldplan.viewer; v.controls.target.copy(v.partGroup.position);
        v.camera.position.sub(v.controls.target).multiplyScalar(0.6).add(v.controls.target);
        v.controls.update(); document.getElementById('plan-section').scrollIntoView(); }""")
    ui.page.wait_for_timeout(300)
    ui.page.screenshot(path=str(Path(folder) / name))


def _wait_for_replay(ui: Page, api: httpx.Client, part_id: str, timeout_s: float) -> None:
    """Waits until the page replays the plan it queued; on a timeout says what the page and the service show."""
    try:
        ui.page.wait_for_function(
            "() => window.__weldplan.state.plan && window.__weldplan.player.traj", timeout=timeout_s * 1000
        )
    except Exception as exc:
        plans = [
            (p["status"], p["stage"], p["progress"], p["error"])
            for p in api.get("/plans").json()["plans"]
            if p["part_id"] == part_id
        ]
        raise AssertionError(
            f"no replay after {timeout_s} s; page error {ui.error_text()!r}, script errors {ui.errors}, "
            f"stage {ui.page.inner_text('#plan-stage')!r}, the part's plans {plans}"
        ) from exc


def _changed(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b).max(axis=2) > 24


def test_walkthrough_upload_detect_plan_replay_download(ui: Page, api: httpx.Client, demo_step: Path) -> None:
    page = ui.page
    # an upload the service refuses: the page shows the problem's detail as the API words it
    bad = demo_step.with_suffix(".txt")
    bad.write_bytes(b"not a part")
    page.set_input_files("#upload-file", str(bad))
    page.click("#upload-btn")
    ui.idle()
    refused = api.post("/parts", files={"file": (bad.name, b"not a part")})
    assert refused.status_code == 415 and ui.error_text() == refused.json()["detail"]

    # 1. parts: upload the demo part; it is listed and drawn in metres where the CAD import put it
    page.set_input_files("#upload-file", str(demo_step))
    page.click("#upload-btn")
    page.wait_for_function("() => window.__weldplan.state.part", timeout=120_000)
    ui.idle(120)
    assert ui.error_text() == ""
    part = api.get(f"/parts/{ui.js('() => window.__weldplan.state.part.id')}").json()
    assert part["file_name"] == demo_step.name
    assert page.locator("#part-list .name").all_inner_texts() == [part["name"]]
    assert page.locator("#bodies span").all_inner_texts() == [b["name"] for b in part["bodies"]]
    drawn = ui.js("""() => { const v = window.__weldplan.viewer; v.scene.updateMatrixWorld(true);
        const box = v.contentBox();
        return [box.min.toArray(), box.max.toArray()]; }""")
    assert np.allclose(np.array(drawn) * 1e3, [part["bbox_mm"]["min"], part["bbox_mm"]["max"]], atol=0.01)
    img_part = ui.screenshot()

    # 2. seams: detected, listed and drawn in their state's colour; switching one off reaches the API
    page.click("#detect-btn")
    page.wait_for_function("() => window.__weldplan.state.seams.length > 0", timeout=180_000)
    ui.idle(180)
    seams = api.get(f"/parts/{part['id']}/seams", params={"tool_id": TOOL_ID}).json()["seams"]
    assert page.locator("#seam-list li").count() == len(seams) > SEAMS_PLANNED
    assert ui.js("() => window.__weldplan.viewer.seams.children.filter(m => !m.userData.unwelded).length") == len(seams)
    img_seams = ui.screenshot()
    seam_px = _changed(img_part, img_seams).sum()
    assert seam_px > 300, f"the seams changed only {seam_px} pixels"
    # hovering a seam tells what it is
    x, y = ui.js("""() => { const v = window.__weldplan.viewer, s = window.__weldplan.state.seams[0];
        const [a, b] = [s.points_mm[0], s.points_mm[1]]; v.scene.updateMatrixWorld(true); v.camera.updateMatrixWorld();
        const p = new v.camera.position.constructor((a[0] + b[0]) / 2e3, (a[1] + b[1]) / 2e3, (a[2] + b[2]) / 2e3)
          .applyMatrix4(v.partGroup.matrixWorld).project(v.camera);
        const r = v.renderer.domElement.getBoundingClientRect();
        return [r.left + (p.x + 1) / 2 * r.width, r.top + (1 - p.y) / 2 * r.height]; }""")
    page.mouse.move(x, y)
    page.wait_for_selector("#tooltip:not([hidden])", timeout=5_000)
    tip = page.inner_text("#tooltip")
    assert tip.startswith(f"S1: {seams[0]['kind']} seam") and f"length {seams[0]['length_mm']:.1f} mm" in tip
    assert f"welding position {seams[0]['welding_position']} (ISO 6947)" in tip
    page.mouse.move(5, 5)
    # a user seam drawn by two clicks on the part: at the screen points of two corners of the part's mesh that end
    # one straight edge, in sight (a ray to each meets the part there), on a detected seam's line where there is
    # one, the clicks snap to the corners; the API's user seam has them (1 mm)
    ends = ui.js("""() => { const v = window.__weldplan.viewer; v.scene.updateMatrixWorld(true);
        v.camera.updateMatrixWorld(); const r = v.renderer.domElement.getBoundingClientRect();
        const V = (a) => v.camera.position.clone().set(...a);
        const screen = (p) => { const w = V(p).applyMatrix4(v.partGroup.matrixWorld), n = w.clone().project(v.camera);
          const x = r.left + (n.x + 1) / 2 * r.width, y = r.top + (1 - n.y) / 2 * r.height;
          const hit = v.pick({ clientX: x, clientY: y }, [v.bodies]);
          // a click lands on whole pixels, maybe one off: each of those must meet the part too
          const near = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].every(([dx, dy]) =>
            v.pick({ clientX: Math.round(x) + dx, clientY: Math.round(y) + dy }, [v.bodies]));
          return near && hit && hit.point.distanceTo(w) < 1e-3 ? [x, y, p.map((c) => c * 1e3)] : null; };
        const onSeam = (p) => window.__weldplan.state.seams.some((s) => s.points_mm.some((a, k) => {
          const b = s.points_mm[k + 1]; if (!b) return false;
          const A = V(a).multiplyScalar(1e-3), B = V(b).multiplyScalar(1e-3), d = B.clone().sub(A);
          const t = Math.max(0, Math.min(1, V(p).sub(A).dot(d) / d.lengthSq()));
          return A.addScaledVector(d, t).distanceTo(V(p)) < 5e-4; }));
        const e = v.edgeSegments, found = [];
        for (let i = 0; i < e.length; i += 6) {
          const p = [e[i], e[i + 1], e[i + 2]], q = [e[i + 3], e[i + 4], e[i + 5]], len = V(p).distanceTo(V(q));
          if (len < 0.02) continue;
          const a = screen(p), b = screen(q);
          if (a && b && Math.hypot(a[0] - b[0], a[1] - b[1]) > 40) found.push([onSeam(p) && onSeam(q), len, [a, b]]);
        }
        found.sort((x, y) => (y[0] - x[0]) || (y[1] - x[1]));
        return found.length ? found[0][2] : null; }""")
    assert ends, "no straight edge of the part with both ends in sight"
    page.click("#draw-btn")
    for x, y, _ in ends:
        page.mouse.click(x, y)
    assert page.inner_text("#draw-count") == "2 points"
    page.click("#draw-save")
    ui.idle(120)
    assert ui.error_text() == ""
    seams = api.get(f"/parts/{part['id']}/seams").json()["seams"]
    user = [s for s in seams if s["source"] == "user"]
    assert len(user) == 1 and seams[-1] == user[0]
    got_ends = np.array([user[0]["points_mm"][0], user[0]["points_mm"][-1]])
    assert np.abs(got_ends - [p for _, _, p in ends]).max() < 1.0, (got_ends, ends)
    assert page.locator("#seam-list li").count() == len(seams)
    for k in range(SEAMS_PLANNED, len(seams)):
        page.locator("#seam-list li input[type=checkbox]").nth(k).uncheck()
        ui.idle()
    enabled = [s["enabled"] for s in api.get(f"/parts/{part['id']}/seams").json()["seams"]]
    assert enabled == [k < SEAMS_PLANNED for k in range(len(seams))]
    # a seam's procedure edited on the page is the API's; a value it refuses shows the problem's detail
    edited = seams[SEAMS_PLANNED]
    page.locator("#seam-list li .name").nth(SEAMS_PLANNED).click()
    page.fill("#seam-edit input[name=travel_speed_mm_s]", "6.5")
    page.click("#seam-edit button[type=submit]")
    ui.idle()
    after = api.get(f"/parts/{part['id']}/seams").json()["seams"][SEAMS_PLANNED]
    assert after["id"] == edited["id"] and after["procedure"]["travel_speed_mm_s"] == 6.5
    assert after["procedure_overrides"] == ["travel_speed_mm_s"] and ui.error_text() == ""
    page.fill("#seam-edit input[name=leg_mm]", "-2")
    page.click("#seam-edit button[type=submit]")
    ui.idle()
    refused = api.patch(f"/parts/{part['id']}/seams/{edited['id']}", json={"procedure": {"leg_mm": -2}})
    assert refused.status_code == 422 and ui.error_text() == refused.json()["detail"]
    page.click("#seam-edit-close")
    # the welding order by drag: S2 dropped on S1 goes first, in the API's list and on the page
    before = [s["id"] for s in seams]
    page.drag_and_drop("#seam-list li:nth-child(2)", "#seam-list li:nth-child(1)")
    ui.idle()
    reordered = [before[1], before[0], *before[2:]]
    assert [s["id"] for s in api.get(f"/parts/{part['id']}/seams").json()["seams"]] == reordered
    assert [li.get_attribute("data-id") for li in page.locator("#seam-list li").all()] == reordered

    # 3. plan: queued from the page, its stage shown while it runs
    page.select_option("#robot-select", ROBOT_ID)
    page.select_option("#tool-select", TOOL_ID)
    ui.idle()
    # welded in the list's (dragged) order, around a box placed through the page behind the robot
    page.check("#sequence-given")
    page.click("#box-add-btn")
    box_mm = [-500.0, 500.0, 50.0]
    for axis, value in zip("xyz", box_mm, strict=True):
        page.fill(f"#box-list li input[name={axis}]", str(value))
    assert np.allclose(
        ui.js("() => window.__weldplan.viewer.obstacles.children[0].position.toArray()"), 1e-3 * np.array(box_mm)
    )
    # the gizmo: a drag from its x handle moves the box along x alone, and the numbers on the page follow
    page.click("#fit-btn")
    _drag_gizmo_x(ui, "window.__weldplan.state.boxes[0]")
    box_mm = [1e3 * c for c in ui.js("() => window.__weldplan.viewer.obstacles.children[0].position.toArray()")]
    assert abs(box_mm[0] + 500.0) > 10 and box_mm[1:] == [500.0, 50.0], box_mm
    typed = [float(page.input_value(f"#box-list li input[name={axis}]")) for axis in "xyz"]
    assert typed == [round(c) for c in box_mm], (typed, box_mm)
    # resized by typing its edges; turned 30 degrees about z (as the gizmo's ring would: its quaternion)
    page.fill("#box-list li input[name=size-y]", "150")
    page.locator("#box-list li input[name=size-y]").dispatch_event("change")
    ui.js("() => window.__weldplan.state.boxes[0].rotation.set(0, 0, Math.PI / 6)")
    box_size_mm, box_quat = [100.0, 150.0, 100.0], [np.cos(np.pi / 12), 0.0, 0.0, np.sin(np.pi / 12)]
    assert np.allclose(ui.js("() => window.__weldplan.viewer.obstacles.children[0].geometry.parameters.height"), 0.15)
    page.click("#plan-btn")
    page.wait_for_selector("#plan-progress:not([hidden])", timeout=10_000)
    # a second plan of the same seams with another torch, queued alongside, for the comparison in 5.
    other_id = api.post("/plans", json={"part_id": part["id"], "robot_id": ROBOT_ID, "tool_id": OTHER_TOOL_ID}).json()[
        "id"
    ]
    _wait_for_replay(ui, api, part["id"], 900)
    ui.idle()
    assert ui.error_text() == ""
    plan = api.get(f"/plans/{ui.js('() => window.__weldplan.state.plan.id')}").json()
    assert plan["status"] == "succeeded" and plan["robot_id"] == ROBOT_ID and plan["tool_id"] == TOOL_ID
    assert plan["request"]["options"]["sequence"] == "given"
    (box,) = plan["request"]["cell"]["obstacles"]
    assert (
        box["name"] == "box 1"
        and np.allclose(box["pose"]["xyz_mm"], box_mm, atol=1e-9)
        and np.allclose(box["size_mm"], box_size_mm)
        and np.allclose(box["pose"]["quat_wxyz"], box_quat)
    )
    assert plan["request"]["cell"]["X_BP"] is None and plan["result"]["cell"]["placement"] == "auto"
    assert "box 1" in plan["result"]["cell"]["obstacles"]
    welded = sorted((s for s in plan["result"]["seams"] if s["order"] is not None), key=lambda s: s["order"])
    assert [s["seam_id"] for s in welded] == [i for i in reordered if i in {s["seam_id"] for s in welded}]
    traj = api.get(f"/plans/{plan['id']}/trajectory").json()
    deadline = time.monotonic() + 300
    while (other := api.get(f"/plans/{other_id}").json())["status"] in ("queued", "running"):
        assert time.monotonic() < deadline, "the second plan did not finish in 300 s"
        time.sleep(0.5)
    assert other["status"] == "succeeded", other["error"]
    t_s, q_deg = np.array(traj["t_s"]), np.array(traj["joints_deg"])
    # the timeline: its phases add up to the plan's cycle-time breakdown, and each kind is drawn in its colour
    phases = traj["phases"]
    assert {p["kind"] for p in phases} == {"arc", "air", "approach_retract", "arc_start_end"}
    for kind in PHASE_COLOURS:
        seconds = plan["result"]["breakdown_s"][kind]
        assert sum(p["t1_s"] - p["t0_s"] for p in phases if p["kind"] == kind) == pytest.approx(seconds, abs=2e-3)
    for kind in ("arc", "air", "approach_retract", "arc_start_end"):
        p = max((p for p in phases if p["kind"] == kind), key=lambda p: p["t1_s"] - p["t0_s"])
        drawn_rgb = ui.js(
            """(t) => { const w = window.__weldplan, c = document.getElementById('track-canvas');
            const x = Math.floor(t / w.player.traj.cycle_time_s * c.width);
            return Array.from(c.getContext('2d').getImageData(x, 5, 1, 1).data.slice(0, 3)); }""",
            0.5 * (p["t0_s"] + p["t1_s"]),
        )
        assert drawn_rgb == list(bytes.fromhex(PHASE_COLOURS[kind])), (kind, drawn_rgb)

    # 4. simulation: playing moves the robot in real time; the frame rate is the figure (>= 30/s). A
    # software-rendering browser on a machine busy with other work may not reach 30 frames/s even with nothing
    # to draw, so its rate with the scene hidden is the other bound: drawing the moving cell may cost at most
    # 60 % of it. Windows of each alternate, so that a burst of load elsewhere falls on both alike.
    def frames(seconds: float) -> tuple[int, float]:
        f0, w0 = ui.js("() => [window.__weldplan.viewer.frames, performance.now()]")
        time.sleep(seconds)
        f1, w1 = ui.js("() => [window.__weldplan.viewer.frames, performance.now()]")
        return f1 - f0, (w1 - w0) / 1e3

    played, empty = np.zeros(2), np.zeros(2)
    t_start = ui.js("() => window.__weldplan.player.t")
    page.click("#play-btn")
    for _ in range(3):
        played += frames(1.0)
        ui.js("() => { window.__weldplan.viewer.scene.visible = false; }")
        empty += frames(1.0)
        ui.js("() => { window.__weldplan.viewer.scene.visible = true; }")
    t_play = ui.js("() => window.__weldplan.player.t") - t_start
    page.click("#play-btn")  # pause
    fps, empty_fps = played[0] / played[1], empty[0] / empty[1]
    print(f"\nUI replay: {fps:.1f} frames/s; the same browser with an empty scene: {empty_fps:.1f} frames/s")
    assert t_play > 5.0, f"6 s of play at 1x advanced only {t_play} s"
    assert fps >= min(MIN_FPS, 0.4 * empty_fps), f"replay at {fps:.1f} frames/s (empty scene {empty_fps:.1f})"

    # scrub: the drawn wire tip is where FK of the trajectory puts it, between samples too (1 mm, 0.1 deg)
    arc_on = [e["t_s"] for e in traj["events"] if e["kind"] == "arc_on"]
    step = 1 / traj["rate_hz"] / 4  # the slider's step
    for t_want in (arc_on[0] + 0.3, 0.5 * traj["cycle_time_s"], traj["cycle_time_s"] - 0.7):
        t_want = round(t_want / step) * step
        page.eval_on_selector(
            "#scrub", "(el, t) => { el.value = String(t); el.dispatchEvent(new Event('input')); }", t_want
        )
        t_ui, tip, z_axis = ui.js("""() => { const w = window.__weldplan; const X = w.viewer.tcpWorld() &&
            w.viewer.tcp.matrixWorld; const e = X.elements;
            return [w.player.t, [e[12], e[13], e[14]], [e[8], e[9], e[10]]]; }""")
        assert abs(t_ui - t_want) < 1e-9
        q = np.array([np.interp(t_ui, t_s, q_deg[:, j]) for j in range(q_deg.shape[1])])
        X_BT = _tcp_fk(q)
        assert np.linalg.norm(np.array(tip) - X_BT[:3, 3]) < 1e-3, (t_ui, tip, X_BT[:3, 3])
        assert np.degrees(np.arccos(np.clip(np.dot(z_axis, X_BT[:3, 2]), -1, 1))) < 0.1
        label = page.inner_text("#time-label")
        assert label.startswith(f"{t_ui:.2f} / {traj['cycle_time_s']:.2f} s")
        joint_text = [float(v.rstrip("°")) for v in page.locator("#joints .val").all_inner_texts()]
        assert np.allclose(joint_text, q, atol=0.051)

    # pixels: part, seams and robot each change the picture where they are drawn
    v = "window.__weldplan.viewer"

    def without(objs: str) -> np.ndarray:
        ui.js(f"() => {{ for (const o of {objs}) o.visible = false; {v}.requestRender(); }}")
        page.wait_for_timeout(100)
        img = ui.screenshot()
        ui.js(f"() => {{ for (const o of {objs}) o.visible = true; {v}.requestRender(); }}")
        page.wait_for_timeout(100)
        return img

    full = ui.screenshot()
    for name, objs, min_px in (
        ("robot", f"[{v}.robot]", 5000),
        ("part", f"[{v}.bodies]", 300),
        ("seams", f"[{v}.seams]", 30),
    ):
        px = _changed(full, without(objs)).sum()
        assert px > min_px, f"the {name} changed only {px} pixels"
    # the robot's own colour (ABB orange, rgba 1.0 0.43 0 in its URDF, lit) covers a large area
    r, g, b = full[..., 0], full[..., 1], full[..., 2]
    orange = ((r > 150) & (g > 0.25 * r) & (g < 0.8 * r) & (b < 0.35 * r)).sum()
    assert orange > 5000, f"{orange} robot-orange pixels"

    _doc_screenshot(ui, traj, "ui.png")

    # 5. results: the program downloads as the API writes it; the report opens
    assert page.get_attribute("#program-link", "href").endswith(f"/plans/{plan['id']}/programs/abb_rapid")
    with page.expect_download() as dl:
        page.click("#program-link")
    got = Path(dl.value.path()).read_bytes()
    expected = api.get(f"/plans/{plan['id']}/programs/abb_rapid")
    assert got == expected.content and b"MODULE" in got
    report = page.request.get(ui.base + page.get_attribute("#report-link", "href"))
    assert report.status == 200 and "text/html" in report.headers["content-type"]

    # the part moved by hand: the gizmo's drag along x turns placement to "given" and the plan request carries the
    # pose where the part is drawn, the found placement plus the drag; the API takes it
    X_found = plan["result"]["cell"]["X_BP"]
    assert page.is_checked("#placement-auto")
    _drag_gizmo_x(ui, "window.__weldplan.viewer.partGroup")
    assert not page.is_checked("#placement-auto")
    body = ui.js("() => window.__weldplan.planBody()")
    moved = body["cell"]["X_BP"]
    dx = np.array(moved["xyz_mm"]) - X_found["xyz_mm"]
    assert (
        abs(dx[0]) > 10 and np.allclose(dx[1:], 0, atol=1e-6) and np.allclose(moved["quat_wxyz"], X_found["quat_wxyz"])
    )
    queued = api.post("/plans", json=body)
    assert queued.status_code == 202, queued.text
    assert api.delete(f"/plans/{queued.json()['id']}").status_code == 200

    # two plans side by side: picking the part again lists both, shows the newest finished (the API's list order: the
    # page's plan and the one queued here race to be created first), compares with the other
    page.locator("#part-list .name").first.click()
    ui.idle()
    listed = [
        p["id"] for p in api.get("/plans").json()["plans"] if p["part_id"] == part["id"] and p["status"] == "succeeded"
    ]
    assert sorted(listed[:2]) == sorted([plan["id"], other_id])
    shown, older = ({plan["id"]: plan, other_id: other}[i] for i in listed[:2])
    assert ui.js("() => window.__weldplan.state.plan.id") == shown["id"]
    # a reopened plan draws its cell's boxes where its request put them
    want_boxes = shown["request"].get("cell", {}).get("obstacles", []) if shown["request"].get("cell") else []
    drawn_boxes = ui.js("""() => window.__weldplan.state.boxes.map((b) => [b.name, b.position.toArray(),
        b.userData.size, [b.quaternion.w, b.quaternion.x, b.quaternion.y, b.quaternion.z]])""")
    assert [d[0] for d in drawn_boxes] == [b["name"] for b in want_boxes]
    for d, b in zip(drawn_boxes, want_boxes, strict=True):
        assert np.allclose(np.array(d[1]) * 1e3, b["pose"]["xyz_mm"], atol=1e-6)
        assert np.allclose(np.array(d[2]) * 1e3, b["size_mm"]) and np.allclose(d[3], b["pose"]["quat_wxyz"], atol=1e-9)
    assert page.is_checked("#placement-auto")
    page.select_option("#compare-select", older["id"])
    rows = {r[0]: r[1:] for r in (row.split("\t") for row in page.inner_text("#compare-table").splitlines()[1:])}
    assert rows["torch"] == [shown["tool_id"], older["tool_id"]]
    assert rows["cycle time, s"] == [f"{p['result']['cycle_time_s']:.1f}" for p in (shown, older)]

    # 6. the view: fit and the standard views keep the whole cell in sight
    for view in ("front", "top", "right", "iso"):
        page.click(f"[data-view={view}]")
        inside = ui.js("""() => { const v = window.__weldplan.viewer; const b = v.contentBox();
            v.camera.updateMatrixWorld(); const c = [b.min, b.max]; let ok = true;
            for (const x of c) for (const y of c) for (const z of c) {
              const p = new x.constructor(x.x, y.y, z.z).project(v.camera);
              ok = ok && Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1; }
            return ok; }""")
        assert inside, view

    # delete: the part goes, with its plans (the dialog is accepted)
    page.locator("#part-list li button").first.click()
    ui.idle()
    assert api.get(f"/parts/{part['id']}").status_code == 404
    assert page.locator("#part-list li").count() == 0

    assert ui.errors == [], ui.errors
    assert ui.foreign == [], f"requests to other hosts: {json.dumps(ui.foreign)}"


POSITIONER_ID = "yaskawa_motopos_d500"


def _part_corners_B(X_BP: np.ndarray, bbox_mm: dict[str, list[float]]) -> np.ndarray:
    """The 8 corners of the part's bounding box (its own frame, from the CAD import) in frame B, metres."""
    lo, hi = np.array(bbox_mm["min"]) * 1e-3, np.array(bbox_mm["max"]) * 1e-3
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    return corners @ X_BP[:3, :3].T + X_BP[:3, 3]


def test_a_positioner_turns_the_part_in_the_replay(ui: Page, api: httpx.Client, demo_step: Path) -> None:
    """Deliver 3 and 4 with a positioner: chosen on the page, drawn, and in the replay the part on its face plate
    turns with the trajectory's positioner axes; the drawn part pose is checked against the positioner's forward
    kinematics computed here (robot_models.positioner through planning.positioner.PositionerCell, not the
    three.js scene), within 1 mm at the part's bounding-box corners."""
    from kinematics import X_from_xyz_quat_wxyz
    from planning.positioner import PositionerCell
    from robot_models.positioner import load_builtin_positioners

    page = ui.page
    with demo_step.open("rb") as f:
        part = api.post("/parts", files={"file": (demo_step.name, f, "application/octet-stream")}).json()
    seams = api.post(f"/parts/{part['id']}/seams/detect", params={"tool_id": TOOL_ID}).json()["seams"]
    # two seams keep the plan short; turned over on the plate, they face down at home and the planner must index
    for s in seams[2:]:
        assert api.patch(f"/parts/{part['id']}/seams/{s['id']}", json={"enabled": False}).status_code == 200
    page.reload()
    page.wait_for_selector("body[data-ready]", timeout=60_000)
    page.locator("#part-list li", has_text=part["name"]).locator(".name").last.click()
    ui.idle(120)
    assert ui.js("() => window.__weldplan.state.part.id") == part["id"]
    page.select_option("#robot-select", ROBOT_ID)
    page.select_option("#tool-select", TOOL_ID)
    ui.idle()
    page.select_option("#positioner-select", POSITIONER_ID)
    ui.idle()
    assert page.is_visible("#positioner-fields") and page.is_disabled("#placement-auto")
    page.fill("#positioner-fields input[name=fp-tilt]", "180")
    page.locator("#positioner-fields input[name=fp-tilt]").dispatch_event("change")
    ui.idle()
    assert ui.error_text() == ""
    spec = load_builtin_positioners()[POSITIONER_ID]
    body = ui.js("() => window.__weldplan.planBody()")
    cell = body["cell"]["positioner"]
    assert cell["id"] == POSITIONER_ID and "X_BP" not in body["cell"]

    def pcell(c: dict) -> PositionerCell:
        X = [
            X_from_xyz_quat_wxyz(np.array(c[k]["xyz_mm"]) * 1e-3, np.array(c[k]["quat_wxyz"]))
            for k in ("X_BPos", "X_FP")
        ]
        return PositionerCell(spec, *X)

    def drawn_corners() -> np.ndarray:
        m = ui.js("""() => { const v = window.__weldplan.viewer; v.scene.updateMatrixWorld(true);
            return v.partGroup.matrixWorld.elements; }""")
        return _part_corners_B(np.array(m).reshape(4, 4).T, part["bbox_mm"])

    # before any plan the part is drawn on the plate at home: lowest point on the plate, as the service checks
    home = _part_corners_B(pcell(cell).X_BP(spec.home), part["bbox_mm"])
    assert np.abs(drawn_corners() - home).max() < 1e-3
    X_BF = pcell(cell).X_BPos @ spec.face_plate(spec.home)
    assert abs(((home - X_BF[:3, 3]) @ X_BF[:3, 2]).min()) < 1e-6
    # the positioner is drawn: hiding it changes the picture
    full = ui.screenshot()
    ui.js("() => { const v = window.__weldplan.viewer; v.positioner.visible = false; v.requestRender(); }")
    page.wait_for_timeout(100)
    hidden = ui.screenshot()
    ui.js("() => { const v = window.__weldplan.viewer; v.positioner.visible = true; v.requestRender(); }")
    assert _changed(full, hidden).sum() > 2000

    page.click("#plan-btn")
    _wait_for_replay(ui, api, part["id"], 600)
    ui.idle()
    assert ui.error_text() == ""
    plan = api.get(f"/plans/{ui.js('() => window.__weldplan.state.plan.id')}").json()
    asked = plan["request"]["cell"]["positioner"]
    assert plan["status"] == "succeeded" and {k: asked[k] for k in cell} == cell
    traj = api.get(f"/plans/{plan['id']}/trajectory").json()
    t_s, ext_deg = np.array(traj["t_s"]), np.array(traj["positioner_joints_deg"])
    index = [p for p in traj["phases"] if p["kind"] == "indexing"]
    assert index, traj["phases"]
    # the joint panel shows the positioner's axes after the robot's
    labels = page.locator("#joints .row span:first-child").all_inner_texts()
    assert labels == [f"J{i + 1}" for i in range(6)] + [f"E{i + 1}" for i in range(spec.dof)]
    step = 1 / traj["rate_hz"] / 4
    first = index[0]
    moved = False
    # during the first index move and after it (into the welding that follows)
    for t_want in (0.5 * (first["t0_s"] + first["t1_s"]), first["t1_s"] + 0.5):
        t_want = round(t_want / step) * step
        page.eval_on_selector(
            "#scrub", "(el, t) => { el.value = String(t); el.dispatchEvent(new Event('input')); }", t_want
        )
        t_ui = ui.js("() => window.__weldplan.player.t")
        q_deg = np.array([np.interp(t_ui, t_s, ext_deg[:, j]) for j in range(ext_deg.shape[1])])
        want = _part_corners_B(pcell(cell).X_BP(np.radians(q_deg)), part["bbox_mm"])
        got = drawn_corners()
        assert np.abs(got - want).max() < 1e-3, (t_ui, q_deg, np.abs(got - want).max())
        moved = moved or np.abs(got - home).max() > 0.02
        joint_text = [float(v.rstrip("°")) for v in page.locator("#joints .val").all_inner_texts()]
        assert np.allclose(joint_text[6:], q_deg, atol=0.051)
        # closeness to the limits (GET /positioners: the URDF's limits), the margin each row of the panel tells
        limits = np.degrees(spec.joint_limits)
        margins = [
            float(m)
            for m in ui.js("() => [...document.querySelectorAll('#joints .row')].map((r) => r.dataset.marginDeg)")
        ]
        assert np.allclose(margins[6:], np.minimum(q_deg - limits[:, 0], limits[:, 1] - q_deg), atol=0.051)
    assert moved, "the part did not turn in the replay"
    _doc_screenshot(ui, traj, "ui_positioner.png")
    # the robot's torch tip is still where FK puts it with the part turned
    t_ui, tip = ui.js("""() => { const w = window.__weldplan; const p = w.viewer.tcpWorld();
        return [w.player.t, p.toArray()]; }""")
    q = np.array([np.interp(t_ui, t_s, np.array(traj["joints_deg"])[:, j]) for j in range(6)])
    assert np.linalg.norm(np.array(tip) - _tcp_fk(q)[:3, 3]) < 1e-3
    # the program with the positioner's axes downloads as the API writes it
    with page.expect_download() as dl:
        page.click("#program-link")
    expected = api.get(page.get_attribute("#program-link", "href").removeprefix("/api/v1"))
    assert expected.status_code == 200 and Path(dl.value.path()).read_bytes() == expected.content
    # a program the service refuses (URScript has no external axes: a UR robot's link on such a plan) shows its
    # problem detail as worded, not a file of JSON
    ur = f"/api/v1/plans/{plan['id']}/programs/ur_script"
    page.eval_on_selector("#program-link", "(a, href) => { a.href = href; }", ur)
    page.click("#program-link")
    page.wait_for_selector("#error:not([hidden])", timeout=10_000)
    refused = api.get(ur.removeprefix("/api/v1"))
    assert refused.status_code == 409 and ui.error_text() == refused.json()["detail"]
    assert ui.errors == [], ui.errors
    assert ui.foreign == [], f"requests to other hosts: {json.dumps(ui.foreign)}"
