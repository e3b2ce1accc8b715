"""Air moves: direct joint line when free, OMPL RRT-Connect + shortcutting around synthetic joint-space
obstacles otherwise. The obstacles are axis-aligned boxes in joint space. Every returned path passes the 1 deg
segment check (the planner's contract) and, sampled independently at 0.05 deg, enters no box deeper than 1 deg
(what checking at 1 deg steps can miss, e.g. at a box corner)."""

from __future__ import annotations

import time

import numpy as np
import pytest

from planning.airmove import plan_air_move

LIMITS = np.array([[-3.0, 3.0]] * 6)
STEP = np.radians(1.0)


class BoxWorld:
    """Joint-space boxes (lo[6], hi[6]); open boxes, so touching a face is free."""

    def __init__(self, boxes: list[tuple[np.ndarray, np.ndarray]]) -> None:
        self.boxes = [(np.asarray(lo, float), np.asarray(hi, float)) for lo, hi in boxes]
        self.segment_calls = 0

    def inside(self, pts: np.ndarray) -> np.ndarray:
        pts = np.atleast_2d(pts)
        hit = np.zeros(len(pts), dtype=bool)
        for lo, hi in self.boxes:
            hit |= np.all((pts > lo) & (pts < hi), axis=1)
        return hit

    def state_valid(self, q: np.ndarray) -> bool:
        return not self.inside(q)[0]

    def segment_free(self, qa: np.ndarray, qb: np.ndarray, step: float = STEP) -> bool:
        self.segment_calls += 1
        n = max(2, int(np.ceil(np.max(np.abs(qb - qa)) / step)) + 1)
        pts = qa + np.linspace(0.0, 1.0, n)[:, None] * (qb - qa)
        return not np.any(self.inside(pts))


def _path_ok(world: BoxWorld, path: np.ndarray) -> bool:
    if not all(world.segment_free(a, b) for a, b in zip(path[:-1], path[1:], strict=True)):
        return False
    depth = 0.0
    for a, b in zip(path[:-1], path[1:], strict=True):
        n = int(np.ceil(np.max(np.abs(b - a)) / np.radians(0.05))) + 2
        pts = a + np.linspace(0.0, 1.0, n)[:, None] * (b - a)
        for lo, hi in world.boxes:
            inside = np.all((pts > lo) & (pts < hi), axis=1)
            if inside.any():
                depth = max(depth, float(np.max(np.min(np.minimum(pts[inside] - lo, hi - pts[inside]), axis=1))))
    return depth <= STEP


def test_direct_move_gives_two_waypoints():
    world = BoxWorld([(np.full(6, 2.0), np.full(6, 2.5))])
    q0, q1 = np.zeros(6), np.full(6, 1.0)
    result = plan_air_move(q0, q1, world.segment_free, world.state_valid, LIMITS)
    assert result.ok and result.method == "direct" and result.reason is None
    assert result.waypoints.shape == (2, 6)
    assert np.array_equal(result.waypoints[0], q0) and np.array_equal(result.waypoints[1], q1)


@pytest.mark.parametrize("seed", range(5))
def test_box_blocking_the_line_is_avoided(seed):
    # A slab across joints 1-3 that the straight line from q0 to q1 (joint 1 from -1.5 to 1.5) must cross.
    world = BoxWorld([(np.array([-0.5, -1.0, -1.0, -4, -4, -4]), np.array([0.5, 1.0, 1.0, 4, 4, 4]))])
    rng = np.random.default_rng(seed)
    q0 = np.concatenate([[-1.5], rng.uniform(-0.8, 0.8, 5)])
    q1 = np.concatenate([[1.5], rng.uniform(-0.8, 0.8, 5)])
    assert not world.segment_free(q0, q1)
    t0 = time.perf_counter()
    result = plan_air_move(q0, q1, world.segment_free, world.state_valid, LIMITS, time_limit_s=2.0, seed=seed)
    elapsed = time.perf_counter() - t0
    print(
        f"air move seed {seed}: {len(result.waypoints)} waypoints, {elapsed * 1e3:.1f} ms, "
        f"{world.segment_calls} segment checks"
    )
    assert result.ok and result.method == "rrt_connect"
    path = result.waypoints
    assert np.array_equal(path[0], q0) and np.array_equal(path[-1], q1)
    assert 3 <= len(path) <= 8
    assert _path_ok(world, path)
    assert np.all(path >= LIMITS[:, 0]) and np.all(path <= LIMITS[:, 1])
    assert elapsed < 2.5


def test_same_seed_same_path():
    world = BoxWorld([(np.array([-0.5, -1.0, -1.0, -4, -4, -4]), np.array([0.5, 1.0, 1.0, 4, 4, 4]))])
    q0 = np.array([-1.5, 0.1, 0.2, 0.3, -0.2, 0.5])
    q1 = np.array([1.5, -0.1, 0.1, -0.3, 0.4, -0.5])
    a = plan_air_move(q0, q1, world.segment_free, world.state_valid, LIMITS, seed=3)
    b = plan_air_move(q0, q1, world.segment_free, world.state_valid, LIMITS, seed=3)
    assert np.array_equal(a.waypoints, b.waypoints)


def test_two_boxes_need_a_detour():
    """Two slabs with a gap only at high joint 2: the path has to go through the gap."""
    world = BoxWorld(
        [
            (np.array([-0.3, -4, -4, -4, -4, -4]), np.array([0.3, 1.5, 4, 4, 4, 4])),
            (np.array([-0.3, 2.0, -4, -4, -4, -4]), np.array([0.3, 4, 4, 4, 4, 4])),
        ]
    )
    q0 = np.array([-1.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    q1 = np.array([1.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    result = plan_air_move(q0, q1, world.segment_free, world.state_valid, LIMITS, time_limit_s=5.0)
    assert result.ok, result.reason
    assert _path_ok(world, result.waypoints)
    # where the path crosses joint 1 = 0 (inside both slabs' span) joint 2 lies in the gap (1.5, 2.0)
    path = result.waypoints
    dense = np.concatenate(
        [a + np.linspace(0, 1, 500)[:, None] * (b - a) for a, b in zip(path[:-1], path[1:], strict=True)]
    )
    middle = dense[np.abs(dense[:, 0]) < 0.29]
    assert len(middle) and np.all((middle[:, 1] > 1.5 - STEP) & (middle[:, 1] < 2.0 + STEP))


def test_failure_reasons():
    world = BoxWorld([(np.array([-0.5] * 6), np.array([0.5] * 6))])
    inside, outside = np.zeros(6), np.full(6, 1.0)
    r = plan_air_move(inside, outside, world.segment_free, world.state_valid, LIMITS)
    assert not r.ok and r.waypoints is None and r.reason == "start in collision"
    r = plan_air_move(outside, inside, world.segment_free, world.state_valid, LIMITS)
    assert r.reason == "goal in collision"
    r = plan_air_move(np.full(6, 3.5), outside, world.segment_free, world.state_valid, LIMITS)
    assert r.reason == "start outside the joint limits"
    # a wall across the whole range of joint 1: no path exists
    wall = BoxWorld([(np.array([-0.1, -4, -4, -4, -4, -4]), np.array([0.1, 4, 4, 4, 4, 4]))])
    t0 = time.process_time()  # the cap counts CPU time (planning.airmove), as this check does
    r = plan_air_move(
        np.array([-1.0] + [0] * 5),
        np.array([1.0] + [0] * 5),
        wall.segment_free,
        wall.state_valid,
        LIMITS,
        time_limit_s=0.3,
        max_checks=10**9,
    )
    assert r.reason == "no path found within 0.3s"
    assert time.process_time() - t0 < 1.5
    # the check budget ends a hopeless search long before a generous clock, whatever the machine's speed
    r = plan_air_move(
        np.array([-1.0] + [0] * 5),
        np.array([1.0] + [0] * 5),
        wall.segment_free,
        wall.state_valid,
        LIMITS,
        time_limit_s=60.0,
        max_checks=3000,
    )
    assert r.reason == "no path found within 3000 collision checks"


def test_the_check_budget_not_the_clock_decides():
    # The same seed and budget under clocks of very different length: one path, step for step, and the same
    # configurations asked about (a slow machine finds what a fast one finds).
    world = BoxWorld([(np.array([-0.5, -1.0, -1.0, -4, -4, -4]), np.array([0.5, 1.0, 1.0, 4, 4, 4]))])
    q0 = np.array([-1.5, 0.1, 0.2, 0.3, -0.2, 0.5])
    q1 = np.array([1.5, -0.1, 0.1, -0.3, 0.4, -0.5])
    runs = []
    for limit in (2.0, 30.0):
        world.segment_calls = 0
        r = plan_air_move(
            q0, q1, world.segment_free, world.state_valid, LIMITS, time_limit_s=limit, seed=7, max_checks=50000
        )
        runs.append((r.waypoints, world.segment_calls))
    assert runs[0][0] is not None and np.array_equal(runs[0][0], runs[1][0]) and runs[0][1] == runs[1][1]


def test_callback_errors_propagate():
    def broken(qa, qb):
        raise RuntimeError("checker broke")

    with pytest.raises(RuntimeError, match="checker broke"):
        plan_air_move(np.zeros(6), np.ones(6), broken, lambda q: True, LIMITS)

    calls = {"n": 0}

    def breaks_later(qa, qb):
        calls["n"] += 1
        if calls["n"] > 1:
            raise RuntimeError("later")
        return False

    with pytest.raises(RuntimeError, match="later"):
        plan_air_move(np.zeros(6), np.ones(6), breaks_later, lambda q: True, LIMITS)
