"""The one timing model of weldplan: point-to-point joint moves, constant-speed TCP runs, arc dwells.

`time_moves` turns a MoveProgram into a Timeline (timed joint samples, arc events, a cycle-time breakdown);
planning and the replay of controller programs both use it, so a plan and its replayed program agree.

Point-to-point ("joint") moves follow the straight line in joint space, q0 + s (q1 - q0), with s(t) the
time-optimal rest-to-rest profile under the scaled limits |s_dot| <= min_i v_i / |dq_i|, |s_ddot| <= min_i
a_i / |dq_i|: a trapezoid (bang-coast-bang), which is exactly time-optimal for that path under joint speed and
acceleration limits (a one-dimensional double integrator). We keep the straight joint line rather than Ruckig's
per-joint time synchronisation because the line is what the air-move planner collision-checks and what
controllers' synchronised PTP moves execute. With a jerk limit the same scalar problem goes to Ruckig (one
DoF, state to state: never intermediate waypoints, which the Community version sends to a cloud API).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal, get_args

import numpy as np

from planning.moves import Move, MoveProgram, WeldSettings
from planning.timing_linear import TCP_ACCEL_M_S2, LinearTimedPath, as_joint_limits, time_linear
from planning.timing_path import TimedPath, interp_rows, sample_times

__all__ = [
    "BREAKDOWN_KEYS",
    "PhaseKind",
    "LinearRunReport",
    "LinearTimedPath",
    "TCP_ACCEL_M_S2",
    "TimedPath",
    "Timeline",
    "ptp_duration",
    "time_joint_path",
    "time_linear",
    "time_moves",
    "time_ptp",
]

# Knot spacing of point-to-point moves: 1 ms, the usual controller interpolation period; knots sit on the
# grid k * dt from the move's start, so sampling a move at 1 kHz returns its exact positions.
PTP_DT_S = 1e-3
_ROLE_CATEGORY: dict[str, PhaseKind] = {
    "home": "air",
    "air": "air",
    "approach": "approach_retract",
    "retract": "approach_retract",
    "weld": "arc",
    "index": "indexing",
}
# What a span of a cycle is spent on: the cycle-time breakdown's keys and the timeline's phase kinds
# ("indexing": the robot stands while a positioner turns the part; a key only of programs with external axes).
PhaseKind = Literal["arc", "air", "approach_retract", "arc_start_end", "indexing"]
BREAKDOWN_KEYS: tuple[PhaseKind, ...] = get_args(PhaseKind)


def _vec6(value: np.typing.ArrayLike, name: str) -> np.ndarray:
    arr = np.asarray(value, dtype=np.float64)
    if arr.shape != (6,) or not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must be 6 finite numbers, got {np.asarray(value).tolist()}")
    return arr


def _trapezoid(vs: float, as_: float) -> tuple[float, float, float]:
    """Rest-to-rest on s in [0, 1] under |s_dot| <= vs, |s_ddot| <= as_: (t_acc, t_cruise, peak s_dot)."""
    if vs * vs / as_ >= 1.0:
        t_acc = math.sqrt(1.0 / as_)
        return t_acc, 0.0, as_ * t_acc
    return vs / as_, (1.0 - vs * vs / as_) / vs, vs


def _trapezoid_eval(t: np.ndarray, as_: float, t_acc: float, t_cruise: float, peak: float) -> tuple[np.ndarray, ...]:
    t_dec = t_acc + t_cruise
    s_acc = 0.5 * as_ * t_acc**2
    total = 2.0 * t_acc + t_cruise
    tr = total - t
    s = np.where(
        t <= t_acc, 0.5 * as_ * t**2, np.where(t <= t_dec, s_acc + peak * (t - t_acc), 1.0 - 0.5 * as_ * tr**2)
    )
    sd = np.where(t <= t_acc, as_ * t, np.where(t <= t_dec, peak, as_ * tr))
    return np.clip(s, 0.0, 1.0), np.maximum(sd, 0.0)


def _grid_knots(t0: float, t1: float, dt: float) -> np.ndarray:
    k = np.arange(math.ceil(t0 / dt - 1e-9), math.floor(t1 / dt + 1e-9) + 1)
    return k * dt


def time_ptp(
    q0: np.typing.ArrayLike,
    q1: np.typing.ArrayLike,
    v_max: np.typing.ArrayLike,
    a_max: np.typing.ArrayLike,
    j_max: np.typing.ArrayLike | None = None,
) -> TimedPath:
    """Synchronised rest-to-rest joint move q0[6] -> q1[6] along the straight joint line, time-optimal under
    v_max[6] rad/s and a_max[6] rad/s^2 (and j_max[6] rad/s^3 when given, via Ruckig on the path parameter).

    Knots every 1 ms from the start wherever the motion accelerates, plus the phase switch times; qd is exact.
    """
    q0 = _vec6(q0, "q0")
    q1 = _vec6(q1, "q1")
    v = as_joint_limits(v_max, "v_max")
    a = as_joint_limits(a_max, "a_max")
    dq = q1 - q0
    moving = np.abs(dq) > 1e-12
    if not np.any(moving):
        return TimedPath(t=np.zeros(1), q=q1[None], qd=np.zeros((1, 6)))
    vs = float(np.min(v[moving] / np.abs(dq[moving])))
    as_ = float(np.min(a[moving] / np.abs(dq[moving])))
    if j_max is not None:
        j = as_joint_limits(j_max, "j_max")
        return _ptp_jerk(q0, dq, vs, as_, float(np.min(j[moving] / np.abs(dq[moving]))))
    t_acc, t_cruise, peak = _trapezoid(vs, as_)
    total = 2.0 * t_acc + t_cruise
    t = np.concatenate(
        [
            _grid_knots(0.0, t_acc, PTP_DT_S),
            [t_acc, t_acc + t_cruise],
            _grid_knots(t_acc + t_cruise, total, PTP_DT_S),
            [total],
        ]
    )
    t = np.unique(t[t <= total])
    t = t[np.concatenate([[True], np.diff(t) > 1e-9])]
    t[-1] = total
    s, sd = _trapezoid_eval(t, as_, t_acc, t_cruise, peak)
    s[-1], sd[-1] = 1.0, 0.0
    q = q0 + s[:, None] * dq
    q[-1] = q1
    return TimedPath(t=t, q=q, qd=sd[:, None] * dq)


def ptp_duration(
    q0: np.typing.ArrayLike, q1: np.typing.ArrayLike, v_max: np.typing.ArrayLike, a_max: np.typing.ArrayLike
) -> np.ndarray:
    """Duration [...] of time_ptp's rest-to-rest move (no jerk limit) for q0[..., 6] -> q1[..., 6], broadcast,
    in closed form: the sequencer costs every pair of seam ends, and sampling each profile at 1 ms made that
    quadratic step the slowest part of ordering ~100 seams."""
    dq = np.abs(np.asarray(q1, dtype=np.float64) - np.asarray(q0, dtype=np.float64))
    v = as_joint_limits(v_max, "v_max")
    a = as_joint_limits(a_max, "a_max")
    with np.errstate(divide="ignore", invalid="ignore"):  # joints standing still: inf, masked out below
        moving = dq > 1e-12
        vs = np.min(np.where(moving, v / np.where(moving, dq, 1.0), np.inf), axis=-1)
        as_ = np.min(np.where(moving, a / np.where(moving, dq, 1.0), np.inf), axis=-1)
        # Triangle when the path's cruise speed is never reached (vs^2 / as >= 1), else trapezoid: see _trapezoid.
        triangle = vs * vs >= as_
        total = np.where(triangle, 2.0 / np.sqrt(as_), vs / as_ + 1.0 / vs)
    return np.where(np.any(moving, axis=-1), total, 0.0)


def _ptp_jerk(q0: np.ndarray, dq: np.ndarray, vs: float, as_: float, js: float) -> TimedPath:
    from ruckig import InputParameter, Result, Ruckig, Trajectory

    inp = InputParameter(1)
    inp.current_position, inp.target_position = [0.0], [1.0]
    inp.max_velocity, inp.max_acceleration, inp.max_jerk = [vs], [as_], [js]
    traj = Trajectory(1)
    result = Ruckig(1).calculate(inp, traj)
    if result not in (Result.Working, Result.Finished):
        raise ValueError(f"Ruckig could not time the move: {result}")
    total = float(traj.duration)
    t = np.unique(np.concatenate([_grid_knots(0.0, total, PTP_DT_S), [total]]))
    t = t[np.concatenate([[True], np.diff(t) > 1e-9])]
    t[-1] = total
    s = np.empty(len(t))
    sd = np.empty(len(t))
    for k, tk in enumerate(t.tolist()):
        pos, vel, _ = traj.at_time(tk)
        s[k], sd[k] = pos[0], vel[0]
    s[-1], sd[-1] = 1.0, 0.0
    q = q0 + s[:, None] * dq
    q[-1] = q0 + dq
    return TimedPath(t=t, q=q, qd=sd[:, None] * dq)


@dataclass(frozen=True)
class LinearRunReport:
    """One run of consecutive linear moves timed together: moves first_move..last_move (indices into the
    program); speed_m_s requested; min_speed_m_s the lowest speed the joint limits allow on it, at the target of
    move min_speed_move; speed_held: the requested speed fits everywhere outside the start/end ramps."""

    first_move: int
    last_move: int
    seam_id: str | None
    role: str
    speed_m_s: float
    min_speed_m_s: float
    min_speed_move: int
    speed_held: bool
    duration_s: float


@dataclass(frozen=True, eq=False)
class Timeline:
    """A timed MoveProgram.

    t[K] s, q[K, 6] rad: knots (linear interpolation is accurate to ~1e-5 rad); events: (t_s, "arc_on" |
    "arc_off", seam_id), arc_on when the robot reaches a seam's start and the ignition dwell begins, arc_off when
    the end dwell (crater fill, burn-back, post-gas) is over; breakdown_s: seconds per category (BREAKDOWN_KEYS)
    plus "total"; arc_time_by_seam_s: seconds of motion with the arc on, per seam; move_end_s[n_moves]: time
    each move reaches its target; linear_runs: one report per run of linear moves; phases: the time line cut
    into (t0_s, t1_s, category, seam_id) spans, one per run of one category and seam, end to end from 0 to the
    cycle time (what a timeline shows as arc, air, approach/retract and arc start/end dwell); ext_q[K, m] rad:
    the external axes (a positioner) at the knots, None for a program without them.
    """

    t: np.ndarray
    q: np.ndarray
    events: list[tuple[float, str, str | None]]
    breakdown_s: dict[str, float]
    arc_time_by_seam_s: dict[str, float]
    move_end_s: np.ndarray
    linear_runs: list[LinearRunReport] = field(default_factory=list)
    phases: list[tuple[float, float, str, str | None]] = field(default_factory=list)
    ext_q: np.ndarray | None = None

    @property
    def cycle_time_s(self) -> float:
        return float(self.breakdown_s["total"])

    @property
    def duration(self) -> float:
        return float(self.t[-1])

    def q_at(self, t_s: np.typing.ArrayLike) -> np.ndarray:
        """q[J, 6] at times t_s[J] (clamped)."""
        return interp_rows(self.t, self.q, np.atleast_1d(np.asarray(t_s, dtype=np.float64)))

    def sample(self, rate_hz: float) -> tuple[np.ndarray, np.ndarray, list[tuple[float, str, str | None]]]:
        """(t[J], q[J, 6], events) at a fixed rate, the end point included."""
        t = sample_times(self.duration, rate_hz)
        return t, interp_rows(self.t, self.q, t), list(self.events)

    def ext_at(self, t_s: np.typing.ArrayLike) -> np.ndarray | None:
        """The external axes [J, m] at times t_s[J] (clamped); None without external axes."""
        if self.ext_q is None:
            return None
        return interp_rows(self.t, self.ext_q, np.atleast_1d(np.asarray(t_s, dtype=np.float64)))


class _Builder:
    def __init__(self, q_start: np.ndarray, ext_start: np.ndarray | None = None) -> None:
        self.t = [np.zeros(1)]
        self.q = [q_start[None]]
        # external axes at every knot; they stand still except in index()
        self.ext = None if ext_start is None else [ext_start[None]]
        self.now = 0.0
        keys = BREAKDOWN_KEYS if ext_start is not None else tuple(k for k in BREAKDOWN_KEYS if k != "indexing")
        self.breakdown: dict[str, float] = dict.fromkeys(keys, 0.0)
        self.phases: list[tuple[float, float, str, str | None]] = []

    def _ext_hold(self, n: int) -> None:
        if self.ext is not None:
            self.ext.append(np.repeat(self.ext[-1][-1:], n, axis=0))

    def _phase(self, start: float, category: str, seam_id: str | None) -> None:
        if self.phases and self.phases[-1][2:] == (category, seam_id):
            self.phases[-1] = (self.phases[-1][0], self.now, category, seam_id)
        else:
            self.phases.append((start, self.now, category, seam_id))

    def add(self, path: TimedPath, category: str, seam_id: str | None = None) -> None:
        """path.q[K, 6], or [K, 6 + m] when the external axes move along (coordinated motion)."""
        if path.duration > 0.0:
            start = self.now
            self.t.append(path.t[1:] + self.now)
            self.q.append(path.q[1:, :6])
            if path.q.shape[1] > 6 and self.ext is not None:
                self.ext.append(path.q[1:, 6:])
            else:
                self._ext_hold(len(path.t) - 1)
            self.now += path.duration
            self.breakdown[category] += path.duration
            self._phase(start, category, seam_id)

    def index(self, path: TimedPath, m: int) -> None:
        """The external axes along path (its first m axes) while the robot stands."""
        if path.duration > 0.0 and self.ext is not None:
            start = self.now
            self.t.append(path.t[1:] + self.now)
            self.q.append(np.repeat(self.q[-1][-1:], len(path.t) - 1, axis=0))
            self.ext.append(path.q[1:, :m])
            self.now += path.duration
            self.breakdown["indexing"] += path.duration
            self._phase(start, "indexing", None)

    def dwell(self, seconds: float, seam_id: str | None = None) -> None:
        if seconds > 0.0:
            start = self.now
            self.now += seconds
            self.t.append(np.array([self.now]))
            self.q.append(self.q[-1][-1:])
            self._ext_hold(1)
            self.breakdown["arc_start_end"] += seconds
            self._phase(start, "arc_start_end", seam_id)


def _arc_weld(move: Move) -> WeldSettings:
    """The weld settings of an arc move, which strike and end its arc."""
    if move.weld is None:
        raise ValueError(f"an arc move of seam {move.seam_id!r} has no weld settings")
    return move.weld


def _run_key(move: Move) -> tuple[str | None, str, float | None, bool]:
    return move.seam_id, move.role, move.speed_m_s, move.arc


def _flows_on(move: Move, nxt: Move) -> bool:
    """Whether the motion passes move's target without stopping and goes on into nxt: a zone (blend_m > 0)
    between two moves of one kind (a run of linear moves also keeps one speed, seam, role and arc state);
    blend_m None: linear moves of one run flow on, joint moves stop (the rule before programs stated it)."""
    if move.kind != nxt.kind or move.blend_m == 0.0 or "index" in (move.role, nxt.role):
        return False
    if move.kind == "linear":
        return _run_key(nxt) == _run_key(move)
    return move.blend_m is not None


def time_joint_path(q: np.ndarray, v_max: np.ndarray, a_max: np.ndarray) -> LinearTimedPath:
    """Joint moves blended through their targets (zones): the joint polyline q[M, 6] rest to rest, as fast as
    the joint limits allow, the corners rounded at the acceleration the limits leave. time_linear with the
    joint-space arc length as its path parameter (its TCP speed and acceleration caps set out of reach), so
    one segment is exactly time_ptp's trapezoid and a corner slows the motion as much as the turn needs."""
    s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(q, axis=0), axis=1))])
    along = np.zeros((len(q), 3))
    along[:, 0] = s
    return time_linear(q, along, _UNBOUNDED, v_max, a_max, tcp_accel_m_s2=_UNBOUNDED)


# Caps that never bind (rad/s, rad/s^2 along the joint path): the joint limits alone shape a joint path.
_UNBOUNDED = 1e6


def _linear_speed(move: Move, index: int) -> float:
    speed = move.speed_m_s
    if speed is None and move.weld is not None:
        speed = move.weld.travel_speed_m_s
    if speed is None or not (math.isfinite(speed) and speed > 0):
        raise ValueError(f"moves[{index}]: a linear move needs a positive speed_m_s, got {speed!r}")
    return float(speed)


def _check_move(move: Move, index: int) -> np.ndarray:
    if move.kind not in ("joint", "linear"):
        raise ValueError(f"moves[{index}].kind must be 'joint' or 'linear', got {move.kind!r}")
    if not (math.isfinite(move.joint_speed) and 0 < move.joint_speed <= 1):
        raise ValueError(f"moves[{index}].joint_speed must be in (0, 1], got {move.joint_speed!r}")
    if move.blend_m is not None and not (math.isfinite(move.blend_m) and move.blend_m >= 0):
        raise ValueError(f"moves[{index}].blend_m must be >= 0 or None, got {move.blend_m!r}")
    if move.role not in _ROLE_CATEGORY:
        raise ValueError(f"moves[{index}].role must be one of {sorted(_ROLE_CATEGORY)}, got {move.role!r}")
    if move.arc and move.weld is None:
        raise ValueError(f"moves[{index}]: an arc move needs weld settings (arc start/end times)")
    return _vec6(move.q, f"moves[{index}].q")


def time_moves(
    program: MoveProgram,
    v_max: np.typing.ArrayLike,
    a_max: np.typing.ArrayLike,
    *,
    joint_speed_fraction: float = 1.0,
    tcp_accel_m_s2: float = TCP_ACCEL_M_S2,
    ext_v_max: np.typing.ArrayLike | None = None,
    ext_a_max: np.typing.ArrayLike | None = None,
) -> Timeline:
    """Time a program: the robot starts standing at moves[0].q.

    "joint" moves: time_ptp from the previous target with v_max * joint_speed * joint_speed_fraction (a
    controller's PTP speed percentage and override scale speed, not acceleration), stopping at the target;
    joint moves blended into the next joint move (blend_m > 0) go on as one time_joint_path at the lowest
    speed percentage of the run. A run of consecutive "linear" moves with the same seam_id, role, speed and arc
    flag, each flowing into the next (blend_m > 0 or None): one time_linear through the previous target and the
    run's targets (TCP points from X_PT), stopping at the run's end; blend_m == 0 (fine) stops at the target.
    Before each block of consecutive arc moves of a seam the robot stands for weld.arc_start_s (first arc move),
    after it for weld.arc_end_s (last arc move).
    Linear moves are not densified here: planners give targets 1-5 mm apart along welds.
    External axes (moves' ext_q, all or none): in "index" moves, the robot standing, rest to rest as time_ptp
    under ext_v_max[m], ext_a_max[m] (the positioner's limits; breakdown "indexing"); in a run of linear moves
    they may move along with the robot (coordinated motion): one time_linear over the robot's and the
    positioner's axes together at the TCP speed relative to the part (X_PT), under both sets of limits.
    """
    v = as_joint_limits(v_max, "v_max")
    a = as_joint_limits(a_max, "a_max")
    if not (math.isfinite(joint_speed_fraction) and 0 < joint_speed_fraction <= 1):
        raise ValueError(f"joint_speed_fraction must be in (0, 1], got {joint_speed_fraction!r}")
    moves = program.moves
    if not moves:
        raise ValueError("the program has no moves")
    qs = [_check_move(m, i) for i, m in enumerate(moves)]
    exts = _check_ext(moves, qs, ext_v_max, ext_a_max)
    b = _Builder(qs[0], None if exts is None else exts[0])
    events: list[tuple[float, str, str | None]] = []
    arc_by_seam: dict[str, float] = {}
    move_end = np.zeros(len(moves))
    runs: list[LinearRunReport] = []
    arc_seam: str | None = None  # seam of the open arc block
    last_arc: Move | None = None
    q_prev, X_prev = qs[0], np.asarray(moves[0].X_PT, dtype=np.float64)
    i = 0
    while i < len(moves):
        move = moves[i]
        if last_arc is not None and (not move.arc or move.seam_id != arc_seam):
            b.dwell(_arc_weld(last_arc).arc_end_s, arc_seam)
            events.append((b.now, "arc_off", arc_seam))
            last_arc = None
        if move.arc and last_arc is None:
            arc_seam = move.seam_id
            events.append((b.now, "arc_on", arc_seam))
            b.dwell(_arc_weld(move).arc_start_s, arc_seam)
        if move.role == "index" and exts is not None and ext_v_max is not None and ext_a_max is not None:
            m = len(exts[i])
            b.index(time_ptp(_pad6(exts[i - 1]), _pad6(exts[i]), _pad6(ext_v_max), _pad6(ext_a_max)), m)
            move_end[i] = b.now
            i += 1
            continue
        category = _ROLE_CATEGORY[move.role]
        last = i
        while last + 1 < len(moves) and _flows_on(moves[last], moves[last + 1]):
            last += 1
        if move.kind == "joint":
            fraction = min(m.joint_speed for m in moves[i : last + 1]) * joint_speed_fraction
            if last == i:
                path = time_ptp(q_prev, qs[i], v * fraction, a)
            else:
                path = time_joint_path(np.vstack([q_prev[None], np.array(qs[i : last + 1])]), v * fraction, a)
                move_end[i : last + 1] = b.now + path.t_points[1:]
        else:
            speed = _linear_speed(move, i)
            q_run = np.vstack([q_prev[None], np.array(qs[i : last + 1])])
            p_run = np.array(
                [X_prev[:3, 3]] + [np.asarray(m.X_PT, dtype=np.float64)[:3, 3] for m in moves[i : last + 1]]
            )
            v_run, a_run = v, a
            if exts is not None and _ext_moves(exts, i - 1, last):
                # coordinated: the positioner's axes join the robot's in one path, its limits with theirs; the
                # TCP points are in the part frame, so the speed is the torch's relative to the part
                assert ext_v_max is not None and ext_a_max is not None  # _check_ext
                q_run = np.hstack([q_run, np.array(exts[i - 1 : last + 1])])
                m_ext = len(exts[i])
                v_run = np.concatenate([v, np.asarray(ext_v_max, dtype=np.float64)[:m_ext]])
                a_run = np.concatenate([a, np.asarray(ext_a_max, dtype=np.float64)[:m_ext]])
            path = time_linear(q_run, p_run, speed, v_run, a_run, tcp_accel_m_s2=tcp_accel_m_s2)
            k_min = path.min_speed_index
            runs.append(
                LinearRunReport(
                    first_move=i,
                    last_move=last,
                    seam_id=move.seam_id,
                    role=move.role,
                    speed_m_s=speed,
                    min_speed_m_s=path.min_speed_m_s,
                    min_speed_move=max(i + k_min - 1, 0),
                    speed_held=path.speed_held,
                    duration_s=path.duration,
                )
            )
            move_end[i : last + 1] = b.now + path.t_points[1:]
        start = b.now
        b.add(path, category, move.seam_id)
        if move.kind == "joint" and last == i:
            move_end[i] = b.now
        if move.arc:
            if move.seam_id is not None:
                arc_by_seam[move.seam_id] = arc_by_seam.get(move.seam_id, 0.0) + (b.now - start)
            last_arc = moves[last]
        q_prev, X_prev = qs[last], np.asarray(moves[last].X_PT, dtype=np.float64)
        i = last + 1
    if last_arc is not None:
        b.dwell(_arc_weld(last_arc).arc_end_s, arc_seam)
        events.append((b.now, "arc_off", arc_seam))
    breakdown: dict[str, float] = dict(b.breakdown)
    breakdown["total"] = float(sum(b.breakdown.values()))
    return Timeline(
        t=np.concatenate(b.t),
        q=np.vstack(b.q),
        events=events,
        breakdown_s=breakdown,
        arc_time_by_seam_s=arc_by_seam,
        move_end_s=move_end,
        linear_runs=runs,
        phases=b.phases,
        ext_q=None if b.ext is None else np.vstack(b.ext),
    )


def _ext_moves(exts: list[np.ndarray], first: int, last: int) -> bool:
    """Whether the external axes change anywhere from exts[first] to exts[last]."""
    run = np.array(exts[max(first, 0) : last + 1])
    return bool(np.any(np.abs(run - run[0]) > 1e-12))


def _pad6(x: np.typing.ArrayLike) -> np.ndarray:
    # time_ptp takes six axes: the padding ones stand still (limit 1) and so do not count
    arr = np.asarray(x, dtype=np.float64)
    return np.pad(arr, (0, 6 - len(arr)), constant_values=1.0)


def _check_ext(
    moves: list[Move], qs: list[np.ndarray], v_max: np.typing.ArrayLike | None, a_max: np.typing.ArrayLike | None
) -> list[np.ndarray] | None:
    """The moves' external axes (None when no move has them); ValueError unless every move has the same
    number, only index moves and linear moves (coordinated motion) change them, an index move keeps the robot
    where it stands, and limits are given where they move."""
    if all(m.ext_q is None for m in moves):
        if any(m.role == "index" for m in moves):
            raise ValueError("an index move needs ext_q: the external axes it moves to")
        return None
    exts: list[np.ndarray] = []
    for i, m in enumerate(moves):
        if m.ext_q is None:
            raise ValueError(f"moves[{i}].ext_q is missing: the program's other moves have external axes")
        e = np.asarray(m.ext_q, dtype=np.float64).reshape(-1)
        if not (1 <= e.size <= 6 and np.all(np.isfinite(e))) or (exts and e.size != exts[0].size):
            raise ValueError(f"moves[{i}].ext_q must be as many finite numbers as moves[0].ext_q (1 to 6)")
        exts.append(e)
    for i in range(1, len(moves)):
        moved = bool(np.any(np.abs(exts[i] - exts[i - 1]) > 1e-12))
        if moves[i].role == "index":
            if np.any(np.abs(qs[i] - qs[i - 1]) > 1e-12):
                raise ValueError(f"moves[{i}]: an index move keeps the robot where it stands (q of moves[{i - 1}])")
            if moved and (v_max is None or a_max is None):
                raise ValueError("ext_v_max and ext_a_max are needed to time index moves")
        elif moved and moves[i].kind != "linear":
            raise ValueError(f"moves[{i}].ext_q: only index moves and linear moves turn the external axes")
        elif moved and (v_max is None or a_max is None):
            raise ValueError("ext_v_max and ext_a_max are needed to time coordinated moves")
    if moves[0].role == "index":
        raise ValueError("moves[0]: a program starts standing, not with an index move")
    return exts
