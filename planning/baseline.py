"""Greedy Cartesian follower in the manner of MoveIt's computeCartesianPath: the benchmark baseline.

The torch follows the nominal frames (the procedure's work and travel angles, one fixed spin, no
tolerance) at the same rungs as the ladder planner. At each rung the IK solution nearest (Euclidean, in
joint space) to the previous one is taken, as a seeded IK solver returns it; with collision checking the
nearest collision-free one (a collision-aware IK callback). The step must pass a jump threshold, here the
same per-joint gate as the ladder's edges (speed at the weld's travel speed and the continuity step), so
the two planners are held to the same motion rules; near-singular solutions are refused as in the
ladder. The follower stops at the first rung where no solution passes and reports the fraction of the
length reached.

Honest, not crippled: with no seed it starts from every IK solution of the first rung in turn and keeps
the run that gets furthest (then the cheaper one), i.e. the best a user could get by choosing the start
configuration; with a seed (the robot's current state) it starts from the solution nearest to it, as
MoveIt does.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from kinematics.se3 import invert_X, rotation_angle
from planning.ladder import StateValid
from planning.ladder_graph import StateConfig, joint_step_caps, singularity_measures
from planning.seam_planner import SeamProblem
from planning.torch_frames import DEFAULT_RUNG_SPACING_M, SeamRungs, nominal_frames, seam_rungs

if TYPE_CHECKING:
    from cad.procedures import WeldProcedure
    from cad.seam_types import Seam
    from robot_models.spec import RobotSpec

__all__ = ["BaselineConfig", "BaselineResult", "GreedySeamPlanner", "follow_seam_greedy", "NOT_REACHED"]

# The reason of the rungs after the one the follower stopped at: it never tried them.
NOT_REACHED = "not_reached"


@dataclass(frozen=True)
class BaselineConfig:
    """rung_spacing_m: Cartesian step (MoveIt's eef_step); spin_rad: the fixed torch spin; speed_safety,
    max_joint_step_rad, corner_step_gain: the jump threshold, as in LadderPlannerConfig; state: the
    singularity rejection thresholds (StateConfig)."""

    rung_spacing_m: float = DEFAULT_RUNG_SPACING_M
    spin_rad: float = 0.0
    speed_safety: float = 0.9
    max_joint_step_rad: float = math.radians(30.0)
    corner_step_gain: float = 2.0
    state: StateConfig = field(default_factory=StateConfig)


@dataclass(frozen=True, eq=False)
class BaselineResult:
    """coverage: share of the seam length followed from the start; q[R, 6] (NaN after the stop); rungs;
    stop_rung: first rung not reached (None when complete); reason there: "unreachable" (no IK),
    "joint_limit", "singular", "collision" or "jump" (the nearest valid solution breaks the jump threshold);
    state_checks: configurations passed to state_valid; seconds: wall-clock time."""

    coverage: float
    q: np.ndarray
    rungs: SeamRungs
    stop_rung: int | None
    reason: str | None
    state_checks: int
    seconds: float

    @property
    def reached(self) -> int:
        """Rungs followed from the start."""
        return self.rungs.count if self.stop_rung is None else self.stop_rung

    @property
    def pieces(self) -> list[tuple[int, int]]:
        """The one welded piece, from the first rung to the last reached (none below two rungs: no length)."""
        return [(0, self.reached - 1)] if self.reached >= 2 else []

    @property
    def status(self) -> str:
        if self.stop_rung is None:
            return "planned"
        return "partial" if self.pieces else "unreachable"

    @property
    def reasons(self) -> list[str | None]:
        """None on followed rungs, the stop reason on the rung it stopped at, NOT_REACHED after it."""
        n = self.reached
        return [None] * n + [self.reason] * (n < self.rungs.count) + [NOT_REACHED] * max(self.rungs.count - n - 1, 0)


@dataclass(frozen=True)
class GreedySeamPlanner:
    """The greedy follower as a planning.seam_planner.SeamPlanner: follow_seam_greedy with this config,
    seeded with the problem's q_start. It checks no edges and no torch poses of its own."""

    config: BaselineConfig = field(default_factory=BaselineConfig)
    name: str = "greedy"

    def plan(self, problem: SeamProblem) -> BaselineResult:
        return follow_seam_greedy(
            problem.seam,
            problem.procedure,
            problem.robot,
            problem.X_BP,
            problem.X_FT,
            problem.state_valid,
            problem.q_start,
            self.config,
        )


def follow_seam_greedy(
    seam: Seam,
    procedure: WeldProcedure,
    robot: RobotSpec,
    X_BP: np.ndarray,
    X_FT: np.ndarray,
    state_valid: StateValid | None = None,
    q_seed: np.ndarray | None = None,
    config: BaselineConfig | None = None,
) -> BaselineResult:
    """Follow one seam greedily (module doc). Arguments as planning.ladder.plan_seam, plus q_seed[6]: the
    configuration the motion starts from (None: try every start solution)."""
    t0 = time.perf_counter()
    cfg = config if config is not None else BaselineConfig()
    kin = robot.kinematics
    rungs = seam_rungs(seam, cfg.rung_spacing_m)
    R = rungs.count
    X_PT = nominal_frames(rungs, procedure, cfg.spin_rad)
    X_BF = np.asarray(X_BP, dtype=float) @ X_PT @ invert_X(np.asarray(X_FT, dtype=float))
    raw = kin.verified_branches(X_BF)
    sols = kin.ik(X_BF)
    reject = np.array([math.sin(cfg.state.singular_reject_rad)] * 2 + [cfg.state.shoulder_reject_m])
    if kin.opw is None and kin.ur is None:
        reject = np.full(3, cfg.state.jacobian_reject)
    fine = [s[np.all(singularity_measures(kin, s) >= reject, axis=1)] if s.shape[0] else s for s in sols]
    turn = rotation_angle(X_PT[:-1, :3, :3], X_PT[1:, :3, :3])
    step = np.minimum(cfg.max_joint_step_rad + cfg.corner_step_gain * turn, 0.99 * math.pi)
    caps = [
        joint_step_caps(
            robot.max_speed, float(rungs.seg_len[r]), procedure.travel_speed_m_s, cfg.speed_safety, float(step[r])
        )
        for r in range(R - 1)
    ]
    checks = [0]
    cache: dict[tuple[int, bytes], bool] = {}

    def valid(q: np.ndarray, r: int) -> bool:
        if state_valid is None:
            return True
        key = (r, q.tobytes())
        if key not in cache:
            checks[0] += 1
            cache[key] = bool(np.asarray(state_valid(q[None], r)).reshape(-1)[0])
        return cache[key]

    def why(r: int, collided: bool) -> str:
        if not np.any(np.isfinite(raw[r])):
            return "unreachable"
        if sols[r].shape[0] == 0:
            return "joint_limit"
        if fine[r].shape[0] == 0:
            return "singular"
        return "collision" if collided else "jump"

    def run(start: np.ndarray) -> tuple[np.ndarray, int, str | None, float]:
        path = np.full((R, 6), np.nan)
        path[0] = start
        cost = 0.0
        for r in range(1, R):
            cand = fine[r]
            order = np.argsort(np.linalg.norm(cand - path[r - 1], axis=1), kind="stable")
            nxt, collided = None, False
            for i in order.tolist():
                if valid(cand[i], r):
                    nxt = cand[i]
                    break
                collided = True
            if nxt is None or np.any(np.abs(nxt - path[r - 1]) > caps[r - 1]):
                return path, r, why(r, collided and nxt is None), cost
            cost += float(np.sum(np.abs(nxt - path[r - 1])))
            path[r] = nxt
        return path, R, None, cost

    starts = fine[0]
    if q_seed is not None and starts.shape[0]:
        starts = starts[np.argsort(np.linalg.norm(starts - np.asarray(q_seed, dtype=float), axis=1))]
    best: tuple[np.ndarray, int, str | None, float] | None = None
    collided0 = False
    for q0 in starts:
        if not valid(q0, 0):
            collided0 = True
            continue
        out = run(q0)
        if best is None or out[1] > best[1] or (out[1] == best[1] and out[3] < best[3]):
            best = out
        if q_seed is not None:
            break  # a seeded IK gives one start: the nearest valid solution
    if best is None:
        q = np.full((R, 6), np.nan)
        return BaselineResult(0.0, q, rungs, 0, why(0, collided0), checks[0], time.perf_counter() - t0)
    path, reached, reason, _ = best
    coverage = float(rungs.s[reached - 1] / rungs.length) if rungs.length > 0 else 0.0
    return BaselineResult(
        coverage, path, rungs, None if reached == R else reached, reason, checks[0], time.perf_counter() - t0
    )
