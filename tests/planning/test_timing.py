"""Timing: point-to-point, constant TCP speed and whole programs.

References: toppra 0.6.10 (reachability-analysis TOPP, an independent time-optimal parameterizer) on the same
geometric paths and limits; the textbook trapezoid for one joint (T = D/v + v/a when D >= v^2/a, else
2 sqrt(D/a)); the robots' joint limits from robot_models; FK of the built-in robots for TCP speeds.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
import toppra as ta
from timing_testlib import (
    ROBOTS,
    TOOL,
    fd_acceleration,
    fd_velocity,
    ik_line,
    toppra_duration,
    toppra_linear_duration,
)

from planning.moves import Move, MoveProgram, WeldSettings
from planning.timing import TimedPath, time_linear, time_moves, time_ptp

ROBOT_IDS = sorted(ROBOTS)


def _random_limits(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    robot = ROBOTS[ROBOT_IDS[rng.integers(len(ROBOT_IDS))]]
    return robot.max_speed * rng.uniform(0.3, 1.0, 6), robot.max_accel * rng.uniform(0.3, 1.0, 6)


# ---------------------------------------------------------------- TimedPath


def test_timed_path_sample_includes_end_and_interpolates():
    path = TimedPath(t=np.array([0.0, 0.5, 1.25]), q=np.array([[0.0] * 6, [1.0] * 6, [4.0] * 6]))
    t, q = path.sample(2.0)
    assert np.allclose(t, [0.0, 0.5, 1.0, 1.25])
    assert np.allclose(q[:, 0], [0.0, 1.0, 3.0, 4.0])
    assert path.duration == 1.25
    with pytest.raises(ValueError, match="increase"):
        TimedPath(t=np.array([0.0, 0.0]), q=np.zeros((2, 6)))
    with pytest.raises(ValueError, match="q\\[K, 6\\]"):
        TimedPath(t=np.array([0.0, 1.0]), q=np.zeros((2, 5)))


# ---------------------------------------------------------------- time_ptp


@pytest.mark.parametrize("seed", range(4))
def test_ptp_single_joint_matches_textbook_trapezoid(seed):
    rng = np.random.default_rng(seed)
    v, a = _random_limits(rng)
    j = int(rng.integers(6))
    for dist in (0.01, 0.3, 2.5):
        q1 = np.zeros(6)
        q1[j] = dist * rng.choice([-1, 1])
        T = dist / v[j] + v[j] / a[j] if dist >= v[j] ** 2 / a[j] else 2 * math.sqrt(dist / a[j])
        assert time_ptp(np.zeros(6), q1, v, a).duration == pytest.approx(T, rel=1e-12)


def test_ptp_matches_toppra_on_the_straight_joint_line():
    """toppra on the same line and limits: never faster than its time-optimal bound, within 0.1 % of it."""
    rng = np.random.default_rng(7)
    ratios = []
    for _ in range(25):
        q0, q1 = rng.uniform(-2.5, 2.5, 6), rng.uniform(-2.5, 2.5, 6)
        v, a = _random_limits(rng)
        ours = time_ptp(q0, q1, v, a).duration
        ss = np.linspace(0.0, 1.0, 5)
        line = ta.SplineInterpolator(ss, q0 + ss[:, None] * (q1 - q0))
        ratios.append(ours / toppra_duration(line, v, a, np.linspace(0.0, 1.0, 1001)))
    # toppra is exact at its 1000 grid intervals up to ~1e-5 (measured); ours is the closed-form optimum.
    assert min(ratios) >= 1.0 - 1e-4
    assert max(ratios) <= 1.001


def test_ptp_limits_hold_on_1khz_samples_and_path_is_the_joint_line():
    rng = np.random.default_rng(11)
    for _ in range(60):
        q0 = rng.uniform(-3, 3, 6)
        q1 = q0 + rng.uniform(-2, 2, 6) * (rng.uniform(size=6) < 0.8)
        v, a = _random_limits(rng)
        path = time_ptp(q0, q1, v, a)
        t, q = path.sample(1000.0)
        assert np.allclose(q[0], q0) and np.array_equal(q[-1], q1) and t[-1] == path.duration
        assert np.all(np.abs(fd_velocity(t, q)) <= v * (1 + 1e-6) + 1e-9)
        assert np.all(np.abs(fd_acceleration(t, q)) <= a * (1 + 1e-6) + 1e-9)
        dq = q1 - q0
        s = (q - q0) @ dq / max(dq @ dq, 1e-300)
        assert np.allclose(q, q0 + s[:, None] * dq, atol=1e-12)
        assert np.all(np.diff(s) >= -1e-12)
        # at least one joint reaches its speed or acceleration limit (else the move could be faster)
        qd_peak = np.max(np.abs(path.qd), axis=0)
        acc = np.max(np.abs(fd_acceleration(t, q)), axis=0)
        assert np.max(qd_peak / v) > 1 - 1e-6 or np.max(acc / a) > 1 - 1e-3


def test_ptp_zero_move_and_validation():
    q = np.arange(6.0) / 10
    path = time_ptp(q, q, np.ones(6), np.ones(6))
    assert path.duration == 0.0 and np.array_equal(path.q[0], q)
    with pytest.raises(ValueError, match="v_max"):
        time_ptp(q, q + 1, -np.ones(6), np.ones(6))
    with pytest.raises(ValueError, match="q1"):
        time_ptp(q, [0, 1], np.ones(6), np.ones(6))


def test_ptp_with_jerk_limit_via_ruckig():
    rng = np.random.default_rng(3)
    for _ in range(15):
        q0, q1 = rng.uniform(-2, 2, 6), rng.uniform(-2, 2, 6)
        v, a = _random_limits(rng)
        j = a * rng.uniform(5, 50, 6)
        base = time_ptp(q0, q1, v, a)
        jerk = time_ptp(q0, q1, v, a, j_max=j)
        assert jerk.duration >= base.duration - 1e-9
        t, q = jerk.sample(1000.0)
        assert np.allclose(q[-1], q1, atol=1e-9)
        assert np.all(np.abs(fd_velocity(t, q)) <= v * (1 + 1e-6) + 1e-9)
        assert np.all(np.abs(fd_acceleration(t, q)) <= a * (1 + 1e-3) + 1e-9)
        jerk_fd = np.diff(fd_acceleration(t, q), axis=0) / 1e-3
        assert np.all(np.abs(jerk_fd[:-2]) <= j * (1 + 1e-2) + 1e-6)
        # a very high jerk limit tends to the trapezoid
        assert time_ptp(q0, q1, v, a, j_max=a * 1e5).duration == pytest.approx(base.duration, rel=1e-3)


# ---------------------------------------------------------------- time_linear


def _lines(seed: int, count: int):
    rng = np.random.default_rng(seed)
    found = []
    while len(found) < count:
        rid = ROBOT_IDS[rng.integers(len(ROBOT_IDS))]
        d = rng.normal(size=3)
        line = ik_line(rid, d, float(rng.uniform(0.08, 0.3)), start_offset=rng.uniform(-0.05, 0.05, 3))
        if line is not None:
            found.append((rid, *line))
    return found


def test_linear_never_faster_than_toppra_and_close_to_it():
    """toppra on the same polyline joint path with TCP speed/accel as a 7th coordinate: our profile also
    limits the blend acceleration at the points, so it may only be slower."""
    ratios = []
    for k, (rid, q, X) in enumerate(_lines(21, 10)):
        robot = ROBOTS[rid]
        for speed in (0.008, 0.1, 1.0):
            path = time_linear(q, X, speed, robot.max_speed, robot.max_accel, tcp_accel_m_s2=2.0)
            ref = toppra_linear_duration(q, X[:, :3, 3], speed, 2.0, robot.max_speed, robot.max_accel)
            ratio = path.duration / ref
            ratios.append(ratio)
            assert ratio >= 1.0 - 1e-3, (k, rid, speed, path.duration, ref)
            if path.speed_held:
                assert ratio <= 1.05, (k, rid, speed, path.duration, ref)
    print(f"time_linear / toppra: min {min(ratios):.5f} median {np.median(ratios):.5f} max {max(ratios):.5f}")
    assert np.median(ratios) <= 1.01


def test_linear_limits_and_constant_tcp_speed_on_ik_lines():
    for rid, q, X in _lines(5, 8):
        robot = ROBOTS[rid]
        for speed in (0.006, 0.05, 0.4):
            path = time_linear(q, X, speed, robot.max_speed, robot.max_accel, tcp_accel_m_s2=1.5)
            t, qs = path.sample(1000.0)
            assert np.all(np.abs(fd_velocity(t, qs)) <= robot.max_speed * (1 + 1e-6))
            # acceleration at the given points: central differences over the neighbouring segments
            assert np.all(np.abs(fd_acceleration(path.t_points, q)) <= robot.max_accel * 1.01)
            assert np.allclose(path.q_at(path.t_points), q, atol=1e-9)
            if not path.speed_held or path.length_m < 1.2 * speed**2 / 1.5:
                continue  # the joints limit the speed, or the line is too short to reach it (ramps only)
            p = (robot.kinematics.fk(qs) @ TOOL.X_FT)[:, :3, 3]
            v_tcp = np.linalg.norm(np.diff(p, axis=0), axis=1) / np.diff(t)
            ramp = speed / 1.5 + 2e-3
            mid = (t[:-1] > ramp) & (t[1:] < path.duration - ramp)
            assert mid.sum() >= 10
            assert np.all(np.abs(v_tcp[mid] / speed - 1.0) < 0.01), (rid, speed)
            cruise = (path.t_points > ramp) & (path.t_points < path.duration - ramp)
            assert np.allclose(path.point_speed_m_s[cruise], speed, rtol=1e-9)


def test_linear_slows_down_where_the_joints_cannot_follow():
    """Synthetic path: 1 mm steps on a straight line; between points 40 and 60 joint 4 turns 10 mrad per mm.
    Joint 4 speed limit 2 rad/s -> the TCP may go at most 2 / 10 = 0.2 m/s there (v = v_max / |dq/ds|)."""
    m = 101
    p = np.zeros((m, 3))
    p[:, 0] = np.arange(m) * 1e-3
    dq = np.zeros((m - 1, 6))
    dq[:, 0] = 1e-4
    dq[40:60, 3] = 1e-2
    q = np.vstack([np.zeros(6), np.cumsum(dq, axis=0)])
    v_max = np.full(6, 2.0)
    a_max = np.full(6, 1e4)
    fast = time_linear(q, p, 0.15, v_max, a_max, tcp_accel_m_s2=50.0)
    assert fast.speed_held and fast.min_speed_m_s == 0.15
    path = time_linear(q, p, 0.5, v_max, a_max, tcp_accel_m_s2=50.0)
    assert not path.speed_held
    assert path.min_speed_m_s == pytest.approx(0.2, rel=1e-9)
    assert 40 <= path.min_speed_index <= 60
    assert path.min_speed_s_m == pytest.approx(path.min_speed_index * 1e-3)
    inside = path.t_points[59] - path.t_points[41]
    assert inside >= 0.018 / 0.2 - 1e-9
    assert np.allclose(path.point_speed_m_s[41:60], 0.2)
    assert np.max(np.abs(fd_velocity(*path.sample(1000.0)))[:, 3]) <= 2.0 + 1e-9


def test_linear_blend_acceleration_limits_speed_at_a_corner():
    """A joint-space corner: q' turns from +1 to -1 rad/m (joint 1) at one point, segments 1 mm. The blend
    estimate |dq'| v^2 / L = 2 v^2 / 1e-3 <= a = 5 rad/s^2 gives v <= sqrt(5 * 1e-3 / 2) = 0.05 m/s."""
    m = 41
    p = np.zeros((m, 3))
    p[:, 0] = np.arange(m) * 1e-3
    q = np.zeros((m, 6))
    q[:, 0] = np.minimum(np.arange(m), 40 - np.arange(m)) * 1e-3
    path = time_linear(q, p, 0.2, np.full(6, 10.0), np.full(6, 5.0), tcp_accel_m_s2=100.0)
    assert path.min_speed_index == 20
    assert path.min_speed_m_s == pytest.approx(math.sqrt(5 * 1e-3 / 2), rel=1e-9)
    assert np.max(np.abs(fd_acceleration(path.t_points, q))) <= 5.0 * 1.01


def test_linear_repeated_points_and_reorientation():
    p = np.array([[0, 0, 0], [1e-3, 0, 0], [1e-3, 0, 0], [2e-3, 0, 0], [2e-3, 0, 0]], dtype=float)
    q = np.zeros((5, 6))
    q[:, 0] = [0, 1e-3, 1e-3, 2e-3, 2e-3]
    q[4, 5] = 0.5  # last point: same TCP, the wrist turns 0.5 rad
    path = time_linear(q, p, 0.01, np.ones(6), np.full(6, 10.0))
    assert path.t_points[1] == path.t_points[2]
    # the 0.5 rad turn at 1 rad/s ends at rest: at least 0.5 s plus the 10 rad/s^2 stop (0.05 s)
    assert path.t_points[4] - path.t_points[3] >= 0.55 - 1e-6
    assert not path.speed_held and path.min_speed_index in (3, 4)
    single = time_linear(q[:1], p[:1], 0.01, np.ones(6), np.ones(6))
    assert single.duration == 0.0


def test_linear_timing_speed_per_call():
    rid, q, X = _lines(2, 1)[0]
    robot = ROBOTS[rid]
    t0 = time.perf_counter()
    for _ in range(10):
        time_linear(q, X, 0.01, robot.max_speed, robot.max_accel)
    per_call = (time.perf_counter() - t0) / 10
    print(f"time_linear: {len(q)} points {per_call * 1e3:.2f} ms per call")
    assert per_call < 0.2


# ---------------------------------------------------------------- time_moves


def _weld(arc_start=0.4, arc_end=0.6, speed=0.008) -> WeldSettings:
    return WeldSettings(
        travel_speed_m_s=speed,
        wire_feed_m_min=8.0,
        voltage_v=24.0,
        current_a=220.0,
        arc_start_s=arc_start,
        arc_end_s=arc_end,
    )


def _program(rid: str, seams: list[tuple[str, np.ndarray, np.ndarray]], speed=0.008) -> MoveProgram:
    """home -> for each seam: joint to above the start, linear approach, weld (dense), linear retract -> home."""
    robot = ROBOTS[rid]
    X_home = robot.kinematics.fk(robot.home[None])[0] @ TOOL.X_FT
    moves = [Move("joint", robot.home, X_home, role="home", name="home")]
    for sid, q, X in seams:
        weld = _weld(speed=speed)
        moves.append(Move("joint", q[0] + 0.05, X[0], role="air"))
        moves.append(Move("linear", q[0], X[0], speed_m_s=0.1, seam_id=sid, role="approach"))
        for qi, Xi in zip(q[1:], X[1:], strict=True):
            moves.append(Move("linear", qi, Xi, speed_m_s=speed, arc=True, seam_id=sid, weld=weld, role="weld"))
        X_up = robot.kinematics.fk((q[-1] + 0.05)[None])[0] @ TOOL.X_FT
        moves.append(Move("linear", q[-1] + 0.05, X_up, speed_m_s=0.1, seam_id=sid, role="retract"))
    moves.append(Move("joint", robot.home, X_home, role="home"))
    return MoveProgram(robot_id=rid, tool_id=TOOL.id, X_BP=np.eye(4), X_FT=TOOL.X_FT, moves=moves)


def test_time_moves_breakdown_events_and_recomposition():
    lines = _lines(8, 2)
    rid = lines[0][0]
    robot = ROBOTS[rid]
    seams = [("s1", lines[0][1], lines[0][2])]
    line2 = ik_line(rid, np.array([0.0, 1.0, 0.2]), 0.1)
    assert line2 is not None
    seams.append(("s2", *line2))
    program = _program(rid, seams)
    tl = time_moves(program, robot.max_speed, robot.max_accel)
    bd = tl.breakdown_s
    assert bd["total"] == pytest.approx(bd["arc"] + bd["air"] + bd["approach_retract"] + bd["arc_start_end"])
    assert tl.cycle_time_s == pytest.approx(tl.duration, abs=1e-9)
    assert bd["arc_start_end"] == pytest.approx(2 * (0.4 + 0.6))
    assert [e[1:] for e in tl.events] == [("arc_on", "s1"), ("arc_off", "s1"), ("arc_on", "s2"), ("arc_off", "s2")]
    # recompose every piece independently
    v, a = robot.max_speed, robot.max_accel
    expected_arc = {}
    for sid, q, X in seams:
        expected_arc[sid] = time_linear(q, X, 0.008, v, a).duration
    assert tl.arc_time_by_seam_s == pytest.approx(expected_arc, rel=1e-12)
    assert bd["arc"] == pytest.approx(sum(expected_arc.values()), rel=1e-12)
    # arc_on when the robot reaches the seam start; arc_off after the weld and the end dwell
    for k, (sid, q, _) in enumerate(seams):
        t_on, t_off = tl.events[2 * k][0], tl.events[2 * k + 1][0]
        assert np.allclose(tl.q_at(t_on)[0], q[0], atol=1e-9)
        assert t_off - t_on == pytest.approx(0.4 + expected_arc[sid] + 0.6, rel=1e-9)
        assert np.allclose(tl.q_at(t_off)[0], q[-1], atol=1e-9)
    # every move reaches its target at move_end_s
    targets = np.array([m.q for m in program.moves])
    assert np.all(np.diff(tl.move_end_s) >= 0)
    assert np.allclose(tl.q_at(tl.move_end_s), targets, atol=1e-7)
    assert tl.move_end_s[-1] == pytest.approx(tl.duration)
    t, q, events = tl.sample(50.0)
    assert t[-1] == tl.duration and np.allclose(q[-1], robot.home) and events == tl.events
    weld_runs = [r for r in tl.linear_runs if r.role == "weld"]
    assert len(weld_runs) == 2 and all(r.speed_held for r in weld_runs)
    _check_phases(tl, program.moves)


def _arc_blocks(moves: list[Move]) -> list[tuple[int, int]]:
    """(first, last) indices of runs of consecutive arc moves of one seam."""
    blocks = []
    for i, m in enumerate(moves):
        if not m.arc:
            continue
        if blocks and blocks[-1][1] == i - 1 and moves[i - 1].seam_id == m.seam_id:
            blocks[-1] = (blocks[-1][0], i)
        else:
            blocks.append((i, i))
    return blocks


def test_time_moves_random_programs_add_up():
    """Seeded random programs (joint moves, linear runs with and without arc): breakdown and duration agree,
    events pair up per seam, each move's target is reached at its move_end_s."""
    rng = np.random.default_rng(99)
    v, a = ROBOTS["kuka_kr10_r1420"].max_speed, ROBOTS["kuka_kr10_r1420"].max_accel
    for _ in range(25):
        q = rng.uniform(-1, 1, 6)
        X = np.eye(4)
        moves = [Move("joint", q, X.copy(), role="home")]
        for _ in range(int(rng.integers(1, 8))):
            if rng.uniform() < 0.4:
                q = q + rng.uniform(-1, 1, 6)
                moves.append(Move("joint", q, X.copy(), role=str(rng.choice(["air", "home"]))))
                continue
            arc = bool(rng.uniform() < 0.5)
            sid = f"s{rng.integers(3)}"
            weld = _weld(float(rng.uniform(0, 1)), float(rng.uniform(0, 1))) if arc else None
            role = "weld" if arc else str(rng.choice(["approach", "retract"]))
            step = rng.normal(size=3) * 1e-3
            for _ in range(int(rng.integers(1, 30))):
                q = q + rng.normal(size=6) * 1e-3
                X = X.copy()
                X[:3, 3] += step
                moves.append(Move("linear", q, X, speed_m_s=0.01, arc=arc, seam_id=sid, weld=weld, role=role))
        program = MoveProgram("r", "t", np.eye(4), np.eye(4), moves)
        tl = time_moves(program, v, a, joint_speed_fraction=float(rng.uniform(0.2, 1.0)))
        parts = sum(tl.breakdown_s[k] for k in ("arc", "air", "approach_retract", "arc_start_end"))
        assert tl.breakdown_s["total"] == pytest.approx(parts, abs=1e-12)
        assert tl.duration == pytest.approx(parts, abs=1e-9)
        kinds = [e[1] for e in tl.events]
        assert kinds == ["arc_on", "arc_off"] * (len(kinds) // 2)
        assert all(tl.events[i][2] == tl.events[i + 1][2] for i in range(0, len(kinds), 2))
        assert np.all(np.diff([e[0] for e in tl.events]) >= 0)
        blocks = [(moves[i], moves[j]) for i, j in _arc_blocks(moves)]
        assert len(kinds) == 2 * len(blocks)
        expected_dwell = sum(first.weld.arc_start_s + last.weld.arc_end_s for first, last in blocks)
        assert tl.breakdown_s["arc_start_end"] == pytest.approx(expected_dwell, abs=1e-12)
        assert tl.breakdown_s["arc"] == pytest.approx(sum(tl.arc_time_by_seam_s.values()), abs=1e-9)
        assert np.allclose(tl.q_at(tl.move_end_s), [m.q for m in moves], atol=1e-7)
        assert np.all(np.diff(tl.t) > 0)
        _check_phases(tl, moves)


def _check_phases(tl, moves: list[Move]) -> None:
    """The phases tile [0, cycle time] without gaps, add up to the breakdown per kind, and each move's end
    falls in a phase of its own role's kind (or the dwell after it); arc_start_end spans are exactly the
    dwells after arc_on and before arc_off events."""
    ph = tl.phases
    assert ph[0][0] == 0.0 and ph[-1][1] == pytest.approx(tl.cycle_time_s, abs=1e-9)
    assert all(a[1] == pytest.approx(b[0], abs=1e-12) for a, b in zip(ph, ph[1:], strict=False))
    assert all(p[1] > p[0] for p in ph)
    assert all(a[2:] != b[2:] for a, b in zip(ph, ph[1:], strict=False))  # neighbours merged
    for kind in ("arc", "air", "approach_retract", "arc_start_end"):
        assert sum(p[1] - p[0] for p in ph if p[2] == kind) == pytest.approx(tl.breakdown_s[kind], abs=1e-9)
    role_kind = {
        "home": "air",
        "air": "air",
        "approach": "approach_retract",
        "retract": "approach_retract",
        "weld": "arc",
    }
    for m, t_end in zip(moves[1:], tl.move_end_s[1:], strict=True):
        inside = [p for p in ph if p[0] - 1e-9 <= t_end <= p[1] + 1e-9 and p[2] == role_kind[m.role]]
        assert inside, (m.role, t_end)
    dwell_starts = {round(p[0], 9) for p in ph if p[2] == "arc_start_end"}
    dwell_ends = {round(p[1], 9) for p in ph if p[2] == "arc_start_end"}
    for t, kind, _ in tl.events:
        assert round(t, 9) in (dwell_starts if kind == "arc_on" else dwell_ends) or not any(
            p[2] == "arc_start_end" for p in ph
        )


def test_time_moves_joint_speed_fraction_and_errors():
    robot = ROBOTS["abb_irb1600_10_145"]
    q0, q1 = robot.home, robot.home + 0.8
    program = MoveProgram(
        "r",
        "t",
        np.eye(4),
        np.eye(4),
        [Move("joint", q0, np.eye(4), role="home"), Move("joint", q1, np.eye(4), role="air")],
    )
    slow = time_moves(program, robot.max_speed, robot.max_accel, joint_speed_fraction=0.25)
    assert slow.cycle_time_s == pytest.approx(time_ptp(q0, q1, robot.max_speed * 0.25, robot.max_accel).duration)
    assert slow.breakdown_s["air"] == slow.cycle_time_s
    bad = MoveProgram("r", "t", np.eye(4), np.eye(4), [Move("linear", q0, np.eye(4), role="weld", arc=True)])
    with pytest.raises(ValueError, match="weld settings"):
        time_moves(bad, robot.max_speed, robot.max_accel)
    no_speed = MoveProgram(
        "r", "t", np.eye(4), np.eye(4), [Move("joint", q0, np.eye(4)), Move("linear", q1, np.eye(4), role="approach")]
    )
    with pytest.raises(ValueError, match="speed_m_s"):
        time_moves(no_speed, robot.max_speed, robot.max_accel)
    with pytest.raises(ValueError, match="role"):
        time_moves(
            MoveProgram("r", "t", np.eye(4), np.eye(4), [Move("joint", q0, np.eye(4), role="x")]),
            robot.max_speed,
            robot.max_accel,
        )


def test_ptp_speed_per_call():
    robot = ROBOTS["fanuc_m10ia"]
    rng = np.random.default_rng(0)
    qs = rng.uniform(-1.5, 1.5, (200, 6))
    t0 = time.perf_counter()
    for k in range(100):
        time_ptp(qs[2 * k], qs[2 * k + 1], robot.max_speed, robot.max_accel)
    per_call = (time.perf_counter() - t0) / 100
    print(f"time_ptp: {per_call * 1e3:.3f} ms per call")
    assert per_call < 0.02


def test_ptp_duration_matches_time_ptp_broadcast():
    """The sequencer's closed-form air time equals the duration of the sampled time_ptp profile (triangle and
    trapezoid cases, joints standing still, and broadcasting over pairs of configurations)."""
    from planning.timing import ptp_duration

    rng = np.random.default_rng(3)
    v = np.array([2.0, 2.0, 2.5, 5.0, 5.0, 7.0])
    a = np.array([6.0, 6.0, 8.0, 20.0, 20.0, 30.0])
    Q0 = rng.uniform(-3, 3, (12, 6))
    Q1 = Q0 + rng.uniform(-3, 3, (12, 6)) * (rng.random((12, 6)) < 0.7) * rng.choice([1e-3, 1.0], (12, 1))
    Q1[0] = Q0[0]
    D = ptp_duration(Q0[:, None], Q1[None], v, a)
    assert D.shape == (12, 12)
    for i in range(12):
        for j in range(12):
            assert D[i, j] == pytest.approx(time_ptp(Q0[i], Q1[j], v, a).duration, rel=1e-12, abs=1e-12)


def test_an_index_move_stands_the_robot_while_the_external_axes_turn():
    # two external axes at 1 rad/s, 2 rad/s^2: 1 rad on the slower-bound axis is a trapezoid of
    # 1/2 (accelerate) + 1/2 (cruise) + 1/2 (decelerate) = 1.5 s (time_ptp's rest-to-rest profile, by hand)
    v6, a6 = np.full(6, 2.0), np.full(6, 4.0)
    ev, ea = np.array([1.0, 1.0]), np.array([2.0, 2.0])
    home, q1 = np.zeros(6), np.full(6, 0.2)
    e0, e1 = np.zeros(2), np.array([1.0, 0.5])
    moves = [
        Move("joint", home, np.eye(4), role="home", ext_q=e0),
        Move("joint", home, np.eye(4), role="index", ext_q=e1),
        Move("joint", q1, np.eye(4), ext_q=e1),
    ]
    tl = time_moves(MoveProgram("r", "t", np.eye(4), np.eye(4), moves), v6, a6, ext_v_max=ev, ext_a_max=ea)
    robot_move = time_ptp(home, q1, v6, a6).duration
    assert tl.breakdown_s["indexing"] == pytest.approx(1.5, abs=1e-9)
    assert tl.cycle_time_s == pytest.approx(1.5 + robot_move, abs=1e-9)
    assert [k for _, _, k, _ in tl.phases] == ["indexing", "air"]
    np.testing.assert_allclose(tl.q_at([0.0, 0.75, 1.5]), np.zeros((3, 6)), atol=1e-12)
    np.testing.assert_allclose(tl.ext_at([0.75]), [[0.5, 0.25]], atol=1e-3)
    np.testing.assert_allclose(tl.ext_at([1.5, tl.duration]), [e1, e1], atol=1e-12)
    # the external axes move only in index moves, with the robot standing, and need their limits
    bad_air = [moves[0], Move("joint", q1, np.eye(4), ext_q=e1)]
    bad_index = [moves[0], Move("joint", q1, np.eye(4), role="index", ext_q=e1)]
    for bad, match in ((bad_air, "only index moves"), (bad_index, "keeps the robot"), (moves, "ext_v_max")):
        program = MoveProgram("r", "t", np.eye(4), np.eye(4), bad)
        with pytest.raises(ValueError, match=match):
            time_moves(program, v6, a6, ext_v_max=None if bad is moves else ev, ext_a_max=ea)
    # a program without external axes has no indexing line
    plain = time_moves(MoveProgram("r", "t", np.eye(4), np.eye(4), [Move("joint", home, np.eye(4))]), v6, a6)
    assert "indexing" not in plain.breakdown_s and plain.ext_q is None
