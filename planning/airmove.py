"""Collision-free joint-space air moves between two configurations.

First the straight joint line (what a controller's PTP move executes); when it is blocked, OMPL's RRT-Connect
(ompl 2.0.1 Python bindings) in the box of the joint limits, with the caller's segment check as OMPL's motion
validator, then shortcutting: OMPL's PathSimplifier (vertex reduction, rope shortcuts, collapsing close
vertices; no B-spline smoothing, which would add waypoints) and a final greedy pass that connects each waypoint
to the farthest later one the segment check accepts. Every waypoint becomes a joint move that stops, so fewer
waypoints is the goal.

Determinism: OMPL's samplers draw their seeds from one process-wide generator; `plan_air_move` re-seeds it
(ompl.util.RNG.setSeed) before creating the planner, and the search stops after a budget of collision checks
(counted in the callbacks, read by OMPL's termination condition every iteration), so one seed gives one path
or one failure on any machine; the time limit is only a safety net for a machine so slow that it ends first.
"""

from __future__ import annotations

import math
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["AirMoveResult", "plan_air_move", "DEFAULT_MAX_CHECKS"]

# About 0.5-1 s of checking on one core (collision world: 20-40k configurations/s)
DEFAULT_MAX_CHECKS = 20000

SegmentFree = Callable[[np.ndarray, np.ndarray], bool]
_RRT_RANGE_RAD = 1.0
_STEP_RAD = math.radians(1.0)
StateValid = Callable[[np.ndarray], bool]


@dataclass(frozen=True, eq=False)
class AirMoveResult:
    """waypoints[K, 6] rad from q0 to q1 (both included; every consecutive pair passed segment_free), or None
    with `reason`. method: "direct" | "detour" | "via" | "rrt_connect" | "" (failed); planning_time_s: wall
    time spent."""

    waypoints: np.ndarray | None
    reason: str | None
    method: str
    planning_time_s: float

    @property
    def ok(self) -> bool:
        return self.waypoints is not None


class _Callbacks:
    """Python callbacks for OMPL that never raise into C++: the first exception is kept and re-raised after."""

    def __init__(self, segment_free: SegmentFree, state_valid: StateValid) -> None:
        self.segment_free, self.state_valid = segment_free, state_valid
        self.error: BaseException | None = None
        # configurations asked about: one per state, one per 1 deg step of a segment (what the caller checks
        # at most); the work measure of the check budget
        self.checks = 0

    def valid(self, q: np.ndarray) -> bool:
        if self.error is not None:
            return False
        self.checks += 1
        try:
            return bool(self.state_valid(q))
        except BaseException as exc:  # re-raised once OMPL has returned
            self._keep(exc)
            return False

    def free(self, qa: np.ndarray, qb: np.ndarray) -> bool:
        if self.error is not None:
            return False
        self.checks += 1 + math.ceil(float(np.max(np.abs(qb - qa))) / _STEP_RAD)
        try:
            return bool(self.segment_free(qa, qb))
        except BaseException as exc:
            self._keep(exc)
            return False

    def _keep(self, exc: BaseException) -> None:
        # The traceback's frames (and the frames that called them: OMPL's motion validator with its states)
        # would keep the planner alive as long as the exception lives: keep the traceback as text instead.
        exc.add_note("raised in the collision callback:\n" + "".join(traceback.format_tb(exc.__traceback__)))
        self.error = exc.with_traceback(None)

    def reraise(self) -> None:
        if self.error is not None:
            raise self.error


def _greedy_shortcut(path: np.ndarray, free: SegmentFree) -> np.ndarray:
    """Keep the start, then repeatedly jump to the farthest later waypoint reachable by a free segment."""
    out = [0]
    while out[-1] < len(path) - 1:
        i = out[-1]
        j = len(path) - 1
        while j > i + 1 and not free(path[i], path[j]):
            j -= 1
        out.append(j)
    return path[out]


def _ompl_rrt_connect(
    q0: np.ndarray, q1: np.ndarray, cb: _Callbacks, limits: np.ndarray, time_limit_s: float, seed: int, max_checks: int
) -> np.ndarray | None:
    from ompl import base as ob
    from ompl import geometric as og
    from ompl import util as ou

    level = ou.getLogLevel()
    ou.setLogLevel(ou.LOG_NONE)  # setSeed logs an error once sampling has started; re-seeding is still honoured
    try:
        ou.RNG.setSeed(int(seed) + 1)  # OMPL seeds must be positive
        space = ob.RealVectorStateSpace(6)
        bounds = ob.RealVectorBounds(6)
        for i in range(6):
            bounds.setLow(i, float(limits[i, 0]))
            bounds.setHigh(i, float(limits[i, 1]))
        space.setBounds(bounds)
        si = ob.SpaceInformation(space)

        def as_q(state: Any) -> np.ndarray:  # an OMPL state: indexable by joint
            return np.array([state[i] for i in range(6)])

        si.setStateValidityChecker(lambda state: cb.valid(as_q(state)))

        class _Motion(ob.MotionValidator):  # type: ignore[misc]  # OMPL's Python bindings are untyped
            def checkMotion(self, s1: Any, s2: Any) -> bool:  # OMPL's name
                return cb.free(as_q(s1), as_q(s2))

        si.setMotionValidator(_Motion(si))
        si.setup()
        start, goal = si.allocState(), si.allocState()  # owned by Python: never freeState them
        for i in range(6):
            start[i], goal[i] = float(q0[i]), float(q1[i])
        setup = og.SimpleSetup(si)
        setup.setStartAndGoalStates(start, goal)
        planner = og.RRTConnect(si)
        # OMPL's default step is a fifth of the box's diagonal: on +-2 pi joints that is a 5 rad jump whose
        # 1 deg motion check costs hundreds of collision checks; short steps make far more iterations.
        planner.setRange(_RRT_RANGE_RAD)
        setup.setPlanner(planner)
        stop_at = cb.checks + int(max_checks)
        out_of_checks = ob.PlannerTerminationCondition(lambda: cb.checks >= stop_at)
        # the cap counts this process's CPU seconds, not the wall clock: on a machine busy with other work
        # (other plan jobs, tests in parallel) a wall-clock cap ended searches that succeed on an idle one
        cpu_stop = time.process_time() + float(time_limit_s)
        out_of_time = ob.PlannerTerminationCondition(lambda: time.process_time() >= cpu_stop)
        setup.solve(ob.plannerOrTerminationCondition(out_of_checks, out_of_time))
        if cb.error is not None or not setup.haveExactSolutionPath():
            return None
        path = setup.getSolutionPath()
        simplifier = og.PathSimplifier(si)
        for _ in range(3):
            simplifier.reduceVertices(path)
            simplifier.ropeShortcutPath(path)
            simplifier.collapseCloseVertices(path)
        return np.array([as_q(s) for s in path.getStates()])
    finally:
        ou.setLogLevel(level)


def _via_toward(q0: np.ndarray, q1: np.ndarray, q_clear: np.ndarray, cb: _Callbacks) -> np.ndarray | None:
    """q0 -> via -> q1 with the via on the way from the joint midpoint to q_clear (a pose known to stand
    clear of the work, such as home), else q0 -> up -> down -> q1 with up and down part of the way from each
    end toward q_clear: the detours a programmer teaches, no search."""
    mid = 0.5 * (q0 + q1)
    for alpha in (0.25, 0.5, 0.75, 1.0):
        via = (1.0 - alpha) * mid + alpha * q_clear
        if cb.valid(via) and cb.free(q0, via) and cb.free(via, q1):
            return np.stack([q0, via, q1])
        if cb.error is not None:
            return None
    # up, across, down: part of the way toward the clear pose from each end, then across between the two
    for alpha in (0.35, 0.7):
        up, down = (1.0 - alpha) * q0 + alpha * q_clear, (1.0 - alpha) * q1 + alpha * q_clear
        if cb.valid(up) and cb.valid(down) and cb.free(q0, up) and cb.free(up, down) and cb.free(down, q1):
            return np.stack([q0, up, down, q1])
        if cb.error is not None:
            return None
    return None


def plan_air_move(
    q0: np.typing.ArrayLike,
    q1: np.typing.ArrayLike,
    segment_free: SegmentFree,
    state_valid: StateValid,
    joint_limits: np.typing.ArrayLike,
    time_limit_s: float = 5.0,
    seed: int = 0,
    via_toward: np.typing.ArrayLike | None = None,
    detours: Sequence[np.ndarray] = (),
    max_checks: int = DEFAULT_MAX_CHECKS,
) -> AirMoveResult:
    """A collision-free joint path q0[6] -> q1[6] (rad).

    Tried in turn: the direct joint line; the caller's detours (each [k, 6] waypoints between q0 and q1, e.g.
    the TCP lifted straight up from both ends); with via_toward[6] (a configuration clear of the work, e.g.
    home), via points toward it; OMPL RRT-Connect.

    segment_free(q_a[6], q_b[6]) -> bool: the straight joint segment is free (the caller checks it at <= 1 deg
    steps); state_valid(q[6]) -> bool: one configuration is free; joint_limits[6, 2] (lower, upper) rad bound
    the search. The search stops after max_checks configurations (states, and segments counted per 1 deg step)
    or time_limit_s of this process's CPU time, whichever comes first. Reasons on failure: "start in
    collision", "goal in collision", "start outside the joint limits", "goal outside the joint limits", "no
    path found within <max_checks> collision checks" (or "within <time_limit_s>s" when the clock ended it).
    """
    t_start = time.perf_counter()
    q0 = np.asarray(q0, dtype=np.float64)
    q1 = np.asarray(q1, dtype=np.float64)
    limits = np.asarray(joint_limits, dtype=np.float64)
    if q0.shape != (6,) or q1.shape != (6,) or not (np.all(np.isfinite(q0)) and np.all(np.isfinite(q1))):
        raise ValueError(f"q0 and q1 must be 6 finite joint values, got {q0.shape} and {q1.shape}")
    if limits.shape != (6, 2) or not np.all(limits[:, 0] < limits[:, 1]):
        raise ValueError("joint_limits must be [6, 2] with lower < upper for every joint")
    if not (np.isfinite(time_limit_s) and time_limit_s > 0):
        raise ValueError(f"time_limit_s must be positive, got {time_limit_s!r}")
    if int(max_checks) < 1:
        raise ValueError(f"max_checks must be at least 1, got {max_checks!r}")

    def failed(reason: str) -> AirMoveResult:
        return AirMoveResult(None, reason, "", time.perf_counter() - t_start)

    for name, q in (("start", q0), ("goal", q1)):
        if np.any(q < limits[:, 0]) or np.any(q > limits[:, 1]):
            return failed(f"{name} outside the joint limits")
    cb = _Callbacks(segment_free, state_valid)
    if not cb.valid(q0):
        return failed("start in collision")
    if not cb.valid(q1):
        return failed("goal in collision")
    direct = cb.free(q0, q1)
    cb.reraise()
    if direct:
        return AirMoveResult(np.stack([q0, q1]), None, "direct", time.perf_counter() - t_start)
    for detour in detours:
        path = np.vstack([q0[None], np.asarray(detour, dtype=np.float64).reshape(-1, 6), q1[None]])
        ok = all(cb.valid(q) for q in path[1:-1]) and all(
            cb.free(a, b) for a, b in zip(path[:-1], path[1:], strict=True)
        )
        cb.reraise()
        if ok:
            return AirMoveResult(path, None, "detour", time.perf_counter() - t_start)
    if via_toward is not None:
        via_path = _via_toward(q0, q1, np.asarray(via_toward, dtype=np.float64), cb)
        cb.reraise()
        if via_path is not None:
            return AirMoveResult(via_path, None, "via", time.perf_counter() - t_start)
    # Search near the two states first: a full turn of slack around them holds every sensible detour, and on
    # robots with +-360 deg joints the whole range makes RRT-Connect's random samples mostly useless.
    near = np.stack(
        [np.maximum(limits[:, 0], np.minimum(q0, q1) - np.pi), np.minimum(limits[:, 1], np.maximum(q0, q1) + np.pi)],
        axis=1,
    )
    boxes = [near] if np.array_equal(near, limits) else [near, limits]
    searched_from = cb.checks
    found: np.ndarray | None = None
    for box in boxes:
        found = _ompl_rrt_connect(q0, q1, cb, box, time_limit_s / len(boxes), seed, max_checks // len(boxes))
        if found is not None or cb.error is not None:
            break
    cb.reraise()
    if found is None:
        if cb.checks - searched_from >= max_checks - len(boxes):
            return failed(f"no path found within {max_checks} collision checks")
        return failed(f"no path found within {time_limit_s:g}s")
    found[0], found[-1] = q0, q1
    path = _greedy_shortcut(found, cb.free)
    cb.reraise()
    return AirMoveResult(path, None, "rrt_connect", time.perf_counter() - t_start)
