"""Per-seam planner: torch frames -> ladder graph -> lazily collision-checked cheapest joint path.

Flow of ``plan_seam`` (descartes_light split; the pieces live in torch_frames, ladder_graph, ladder_search):

1. Rungs every <= rung_spacing_m along the seam; every rung starts with the nominal work/travel angles
   and the full turn of spins (tolerance level 0).
2. Vertices (all IK solutions inside the limits, near-singular ones rejected), vertex costs, edges between
   consecutive rungs (same configuration, joint steps within the speed and continuity gates).
3. Lazy collision checking: search the cheapest path ignoring collisions, FK-verify its vertices
   (1e-6 m / rad against their targets), then check them with ``state_valid`` one at a time (rungs that
   failed before first, then spread along the path), stop at the first failure, mark it and search again
   (the re-search restarts at the first rung that changed); then the same for its edges (``edge_valid``,
   optional). A rung that keeps failing is checked in one batch, torch orientations first, within a
   per-rung budget. Results are cached.
4. No path across the whole seam: the pieces that cover the most length (``best_pieces``), each with its
   cheapest path, same lazy checking. Failing rungs next to the pieces get more torch angle offsets (the
   next tolerance level, up to max_tol, with a ramp of levels around them as the angles may change by one
   step per rung) and the search repeats, until the seam is planned or nothing can be widened.
5. Each unwelded rung gets a reason: "unreachable" (no IK for any sample), "joint_limit" (IK only outside
   the limits), "singular" (all in-limit solutions too near a singularity), "collision" (every remaining
   solution collides) or "speed" (valid states exist but no feasible edge joins them to a piece: the
   travel speed cannot be held, which includes a configuration change).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from planning.ladder_config import LadderPlannerConfig
from planning.ladder_lazy import (
    GAVE_UP,
    UNKNOWN,
    EdgeValid,
    LazyLadder,
    PoseValid,
    StateValid,
    break_reason,
    rung_reason,
    solve_lazy,
    widen_targets,
)
from planning.ladder_restart import restart_breaks
from planning.seam_planner import SeamProblem
from planning.torch_frames import SeamRungs, seam_rungs, torch_window

if TYPE_CHECKING:
    from cad.procedures import WeldProcedure
    from cad.seam_types import Seam
    from robot_models.spec import RobotSpec

__all__ = [
    "LadderPlannerConfig",
    "LadderSeamPlanner",
    "PlanCounters",
    "SeamPathResult",
    "plan_seam",
    "REASONS",
    "StateValid",
    "EdgeValid",
    "PoseValid",
]

REASONS: tuple[str, ...] = ("unreachable", "joint_limit", "singular", "collision", "speed")


@dataclass(frozen=True)
class PlanCounters:
    """Work done: vertices (at the end), edges evaluated (all builds), IK poses solved, configurations
    passed to state_valid, edges passed to edge_valid, torch poses passed to pose_valid, searches run
    (shortest path and pieces; re-searches = searches - 1 per widening round), widening rounds, wall-clock
    seconds."""

    vertices: int
    edges: int
    ik_poses: int
    state_checks: int
    edge_checks: int
    pose_checks: int
    searches: int
    widenings: int
    seconds: float


@dataclass(frozen=True, eq=False)
class SeamPathResult:
    """The joint path of one seam.

    status: "planned" (one piece over the whole seam) | "partial" | "unreachable" (nothing welded);
    coverage: welded share of the seam length; rungs: the rungs (positions, arc length); q[R, 6] joint
    values per rung (NaN rows where not welded); X_PT[R, 4, 4] TCP frames used (NaN where not welded);
    work_offset/travel_offset/spin [R] (rad, NaN where not welded): torch angles used relative to the
    procedure; level[R] tolerance level each rung reached; pieces [(start_rung, end_rung)] welded
    intervals (inclusive); reasons[R]: None on welded rungs, else one of REASONS; breaks [(rung, reason)]:
    the segment rung -> rung + 1 is not welded although both rungs are; work_tol_rad/travel_tol_rad: the
    widest tolerance box used on welded rungs; widened: beyond the procedure's tolerance; cost: path cost;
    restarts {rung: (q[6], X_PT[4, 4])}: where a piece starts on the rung the previous piece ended on (an arc
    restart in another configuration, see ladder_restart), the configuration it starts in (piece_path).
    A seam covered end to end by such pieces is "planned".
    """

    status: str
    coverage: float
    rungs: SeamRungs
    q: np.ndarray
    X_PT: np.ndarray
    work_offset: np.ndarray
    travel_offset: np.ndarray
    spin: np.ndarray
    level: np.ndarray
    pieces: list[tuple[int, int]]
    reasons: list[str | None]
    breaks: list[tuple[int, str]]
    work_tol_rad: float
    travel_tol_rad: float
    widened: bool
    cost: float
    counters: PlanCounters
    restarts: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    def piece_path(self, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
        """(q[n, 6], X_PT[n, 4, 4]) of the piece (start, end): the rung values, with the restart
        configuration on its first rung where the piece begins on the previous piece's last rung."""
        q, X = self.q[start : end + 1].copy(), self.X_PT[start : end + 1].copy()
        if start in self.restarts and any(b == start for _, b in self.pieces):
            q[0], X[0] = self.restarts[start]
        return q, X

    @property
    def state_checks(self) -> int:
        return self.counters.state_checks

    @property
    def seconds(self) -> float:
        return self.counters.seconds


@dataclass(frozen=True)
class LadderSeamPlanner:
    """The ladder planner as a planning.seam_planner.SeamPlanner: plan_seam with this config."""

    config: LadderPlannerConfig = field(default_factory=LadderPlannerConfig)
    name: str = "ladder"

    def plan(self, problem: SeamProblem) -> SeamPathResult:
        return plan_seam(
            problem.seam,
            problem.procedure,
            problem.robot,
            problem.X_BP,
            problem.X_FT,
            problem.state_valid,
            problem.edge_valid,
            self.config,
            problem.q_start,
            problem.pose_valid,
            problem.pose_budget,
            problem.check_budget,
            problem.blocked,
        )


def plan_seam(
    seam: Seam,
    procedure: WeldProcedure,
    robot: RobotSpec,
    X_BP: np.ndarray,
    X_FT: np.ndarray,
    state_valid: StateValid | None = None,
    edge_valid: EdgeValid | None = None,
    config: LadderPlannerConfig | None = None,
    q_ref: np.ndarray | None = None,
    pose_valid: PoseValid | None = None,
    pose_budget: np.ndarray | None = None,
    check_budget: np.ndarray | None = None,
    blocked: np.ndarray | None = None,
) -> SeamPathResult:
    """Plan the joint path of one seam.

    seam: cad.Seam (part frame P); procedure: its cad.WeldProcedure; robot: a robot_models.RobotSpec (its
    kinematics and max_speed); X_BP[4, 4]: part in robot base; X_FT[4, 4]: TCP in flange (ToolSpec.X_FT).
    state_valid(q[N, 6], rung_index) -> bool[N]: collision-free with the contact allowed at that rung's
    seam point (None: no collision checking). edge_valid(q_a[6], q_b[6], rung_index) -> bool for the motion
    from rung rung_index to the next (None: not checked). q_ref[6]: the centre of the turn window of
    multi-turn joints (default: robot.home, else the middle of the joint limits). pose_valid(X_PT[N, 4, 4],
    rung_index[N]) -> bool[N] (optional): the torch alone at these TCP poses (part frame) is free, with the
    allowed contact of each pose's rung; a torch pose that collides rules out every configuration holding
    it, so this cheap check is asked first (once per rung and sample) and prunes whole IK families.
    pose_budget[R] (optional): torch poses a rung checked in batch may spend (default
    config.max_pose_checks_per_rung; it caps the rung's configuration checks too), for callers that know
    where the torch is unlikely to fit. check_budget[R] (optional): configuration checks per rung (default
    config.max_checks_per_rung, capped by pose_budget), for callers that know where a rung needs more.
    blocked[R] (optional): rungs state_valid and pose_valid refuse whatever the configuration (no torch pose
    fits there): they keep the nominal level's samples (for their reasons) and are never widened.
    """
    t0 = time.perf_counter()
    cfg = config if config is not None else LadderPlannerConfig()
    sampling = (
        cfg.sampling if cfg.sampling is not None else torch_window(procedure, cfg.spin_step_rad, cfg.angle_step_rad)
    )
    rungs = seam_rungs(seam, cfg.rung_spacing_m)
    kin = robot.kinematics
    if q_ref is None:
        q_ref = getattr(robot, "home", None)
    q_ref = 0.5 * (kin.lower + kin.upper) if q_ref is None else np.asarray(q_ref, dtype=float).reshape(6)
    L = LazyLadder(
        rungs,
        sampling,
        procedure,
        kin,
        np.asarray(robot.max_speed, dtype=float),
        X_BP,
        X_FT,
        cfg,
        state_valid,
        edge_valid,
        q_ref,
        pose_valid,
    )
    R = rungs.count
    if pose_budget is not None:
        budget = np.asarray(pose_budget, dtype=np.int64).reshape(-1)
        if budget.shape != (R,) or np.any(budget < 1):
            raise ValueError(f"pose_budget: {R} positive counts, one per rung")
        L.pose_budget = budget
    if check_budget is not None:
        checks = np.asarray(check_budget, dtype=np.int64).reshape(-1)
        if checks.shape != (R,) or np.any(checks < 1):
            raise ValueError(f"check_budget: {R} positive counts, one per rung")
        L.check_budget = checks
    # a rung the caller expects the torch not to fit at gets no more configuration checks either
    L.check_budget = np.minimum(L.check_budget, L.pose_budget)
    if blocked is not None:
        never = np.asarray(blocked, dtype=bool).reshape(-1)
        if never.shape != (R,):
            raise ValueError(f"blocked: {R} flags, one per rung")
        L.blocked = never
    L.raise_level(np.arange(R), 0)
    L.build_edges()
    counters = {"searches": 0, "widenings": 0}
    top = len(L.table.levels) - 1
    while True:
        pieces, paths = restart_breaks(L, *solve_lazy(L, counters))
        if _covers(pieces, R) or not cfg.widen:
            break
        target = widen_targets(L, pieces, top, cfg.widen_window)
        todo = np.flatnonzero(target > L.level)
        if todo.size == 0:
            if _boost_budgets(L, pieces):
                continue
            break
        counters["widenings"] += 1
        groups: dict[tuple[int, int], list[int]] = {}
        for r in todo.tolist():
            groups.setdefault((int(L.level[r]), int(target[r])), []).append(r)
        for (_, lv), rs in sorted(groups.items()):
            L.raise_level(np.array(rs, dtype=np.int64), lv)
        L.build_edges(sorted({p for r in todo.tolist() for p in (r - 1, r) if 0 <= p < R - 1}))
    return _result(L, pieces, paths, counters, t0)


def _result(
    L: LazyLadder, pieces: list[tuple[int, int]], paths: list[np.ndarray], counters: dict[str, int], t0: float
) -> SeamPathResult:
    R = L.R
    q = np.full((R, 6), np.nan)
    X_PT = np.full((R, 4, 4), np.nan)
    wo, to, sp = np.full(R, np.nan), np.full(R, np.nan), np.full(R, np.nan)
    welded = np.zeros(R, dtype=bool)
    cost = 0.0
    restarts: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for (s, _), p in zip(pieces, paths, strict=True):
        for k, v in enumerate(p.tolist()):
            r = s + k
            smp = L.sample[r][v]
            X_r = L.frames(np.array([r]), np.array([smp]))[0]
            if welded[r]:  # the restart rung: the previous piece ends here in its own configuration
                restarts[r] = (L.q[r][v].copy(), X_r)
                continue
            welded[r] = True
            q[r] = L.q[r][v]
            X_PT[r] = X_r
            wo[r], to[r], sp[r] = L.table.work_offset[smp], L.table.travel_offset[smp], L.table.spin[smp]
            cost += float(L.vcost[r][v])
            if k:
                hit = (L.edges[r - 1].src == p[k - 1]) & (L.edges[r - 1].dst == v)
                cost += float(L.edges[r - 1].cost[hit][0])
    reasons: list[str | None] = [None if welded[r] else rung_reason(L, r) for r in range(R)]
    breaks = [(e1, break_reason(L, e1)) for (_, e1), (s2, _) in zip(pieces, pieces[1:], strict=False) if s2 == e1 + 1]
    length = L.rungs.length
    covered = sum(float(L.rungs.s[e] - L.rungs.s[s]) for s, e in pieces)
    coverage = covered / length if length > 0 else 0.0
    if _covers(pieces, R):
        status = "planned"
        coverage = 1.0
    elif pieces:
        status = "partial"
    else:
        status = "unreachable"
    used = [
        int(L.table.level[L.sample[s + k][v]])
        for (s, _), p in zip(pieces, paths, strict=True)
        for k, v in enumerate(p.tolist())
    ]
    lv = max(used, default=0)
    work_tol, travel_tol = L.table.levels[lv]
    widened = work_tol > L.sampling.work_tol_rad + 1e-12 or travel_tol > L.sampling.travel_tol_rad + 1e-12
    counters_out = PlanCounters(
        vertices=int(sum(x.shape[0] for x in L.q)),
        edges=L.n_edges,
        ik_poses=L.n_ik,
        state_checks=L.n_state,
        edge_checks=L.n_edge_checks,
        pose_checks=L.n_pose,
        searches=counters["searches"],
        widenings=counters["widenings"],
        seconds=time.perf_counter() - t0,
    )
    return SeamPathResult(
        status,
        float(coverage),
        L.rungs,
        q,
        X_PT,
        wo,
        to,
        sp,
        L.level.copy(),
        list(pieces),
        reasons,
        breaks,
        float(work_tol),
        float(travel_tol),
        widened,
        float(cost),
        counters_out,
        restarts,
    )


def _boost_budgets(L: LazyLadder, pieces: list[tuple[int, int]]) -> bool:
    """Give the unwelded rungs next to a piece that ran out of a budget (and had the full default one: a
    caller's smaller budget says the torch is not expected to fit there) budget_boost times their budgets,
    once, and take back what they gave up. True when any rung got more. The default budgets suffice almost
    everywhere; where free poses are rare (next to a wall, at a seam's end) the search gets the larger one
    only where a piece stopped short for want of it, one rung at a time as the piece grows, instead of
    everywhere near such places (a stretch the arm does not reach costs two boosted rungs, not all of it)."""
    if L.cfg.budget_boost <= 1 or not pieces:
        return False
    welded = np.zeros(L.R, dtype=bool)
    for s, e in pieces:
        welded[s : e + 1] = True
    border = np.zeros(L.R, dtype=bool)
    for s, e in pieces:
        border[[r for r in (s - 1, e + 1) if 0 <= r < L.R]] = True
    spent = (L.rung_checks >= L.check_budget) | (L.rung_pose_checks >= L.pose_budget)
    eligible = (L.pose_budget >= L.cfg.max_pose_checks_per_rung) & ~L.boosted
    rungs = np.flatnonzero(border & ~welded & spent & eligible)
    if rungs.size == 0:
        return False
    L.boosted[rungs] = True
    L.pose_budget[rungs] *= L.cfg.budget_boost
    L.check_budget[rungs] *= L.cfg.budget_boost
    for r in rungs.tolist():
        st = L.status[r]
        st[st == GAVE_UP] = UNKNOWN
        L.update_active(r)
    L.build_edges(sorted({p for r in rungs.tolist() for p in (r - 1, r) if 0 <= p < L.R - 1}))
    return True


def _covers(pieces: list[tuple[int, int]], R: int) -> bool:
    """The pieces weld rung 0 to rung R - 1 without a gap (each starting where the previous one ended)."""
    return (
        bool(pieces)
        and pieces[0][0] == 0
        and pieces[-1][1] == R - 1
        and all(b[0] == a[1] for a, b in zip(pieces, pieces[1:], strict=False))
    )
