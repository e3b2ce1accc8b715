"""The plan orchestrator: seams + part + robot + torch + cell -> a timed, collision-free MoveProgram.

Steps (each a module of its own): place the part (cell.place_part) unless the cell is given; build the
PyBullet world (collision); plan each seam as a ladder graph (ladder) in each direction it may be welded;
add approach and retract along the wire axis (approach); choose the seam order and directions for the
least air time (sequence); connect everything with collision-free air moves (airmove); time the result
(timing.time_moves). An unreachable seam never fails the plan: it is reported with its reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from math import radians
from pathlib import Path
from typing import Any

import numpy as np

from cad.procedures import WeldProcedure, required_direction
from cad.seam_types import Seam, reversed_segments
from collision import AllowedContact, BoxObstacle, CollisionScene, CollisionWorld, MeshObstacle
from kinematics.branches import arm_branch
from kinematics.se3 import invert_X
from planning.airmove import DEFAULT_MAX_CHECKS, plan_air_move
from planning.approach import LinearLeg, linear_leg, nearest_solution
from planning.cell import Cell, PlacementConfig, PlacementResult, bbox_in_base, part_bbox, place_part, table_under
from planning.densify import linear_substeps
from planning.ladder import LadderPlannerConfig, LadderSeamPlanner, SeamPathResult
from planning.moves import Move, MoveProgram, WeldSettings, with_blends
from planning.seam_planner import SeamPlanner, SeamProblem
from planning.sequence import order_seams
from planning.timing import Timeline, ptp_duration, time_moves
from planning.torch_access import DEFAULT_CONTACT_RADIUS_M
from planning.torch_frames import DEFAULT_SPIN_STEP_RAD, SeamRungs, seam_rungs, torch_frames
from planning.unwelded import LADDER_REASONS, UnweldedStretch, most_common, unwelded_stretches
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["PlanConfig", "PlanResult", "SeamPlan", "SeamTask", "plan_weld", "PlanError", "ProgressFn", "STAGES"]

# progress(fraction 0..1, stage): what plan_weld is doing, for a job's status and for the error of a job
# stopped by its deadline.
ProgressFn = Callable[[float, str], None]
# The stages plan_weld reports, in order.
STAGES = ("placement", "collision world", "seams", "sequence", "air moves", "timing")


_INACCESSIBLE_POSE_BUDGET = 40


# leg_repaired: ladder plans again with legs required at dropped pieces' ends, at most this many times
_LEG_REPAIR_ROUNDS = 3

# A complement piece (SeamPlan.complement) shorter than this is not worth an arc start.
_COMPLEMENT_MIN_M = 0.002


def _total_share(own: float, complement: SeamPlan | None) -> float:
    """A seam's welded share: its plan's own and its complement's (disjoint), 1.0 exactly when complete."""
    share = own + (complement.coverage if complement is not None else 0.0)
    return 1.0 if share > 1 - 1e-9 else share


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) index of every run of True in mask[N]."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), (np.flatnonzero(edges == -1) - 1).tolist(), strict=True))


# plan_weld: when the best automatic placement welds less than this share of the accessible seam length,
# this many more placements are planned
PLACEMENT_RETRY_SHARE = 0.8
PLACEMENT_RETRIES = 2
# the air move back home gets this many times the usual search budget before the plan fails
_HOME_SEARCH_FACTOR = 5


class PlanError(ValueError):
    """The plan as a whole cannot be made (e.g. the robot's home pose collides with the cell)."""


@dataclass(frozen=True)
class PlanConfig:
    """approach_m: approach / retract distance along the wire axis; approach_speed_m_s: TCP speed on them;
    rung_spacing_m: largest distance between planned seam points; spin_step_rad: torch spin sampling;
    air_max_checks: RRT-Connect budget per blocked air move, in collision-checked configurations (the same
    on any machine), air_time_limit_s: a cap on it in CPU seconds of the planning process as well (other
    work on the machine does not shorten it); sequence: "optimize" (order and directions chosen for the least
    air time) or "given" (tasks in the order given, each in its given direction);
    contact_radius_m: around the wire tip, where the nozzle may touch the two faces being welded;
    cache_dir: folder of the collision world's cache of self-collision tables (None: collision.paircache's
    default)."""

    approach_m: float = 0.05
    approach_speed_m_s: float = 0.1
    rung_spacing_m: float = 0.005
    spin_step_rad: float = DEFAULT_SPIN_STEP_RAD
    air_max_checks: int = DEFAULT_MAX_CHECKS
    air_time_limit_s: float = 5.0
    sequence: str = "optimize"
    contact_radius_m: float = DEFAULT_CONTACT_RADIUS_M
    placement: PlacementConfig = field(default_factory=PlacementConfig)
    seed: int = 0
    cache_dir: Path | None = None


@dataclass(frozen=True, eq=False)
class SeamTask:
    """One seam to weld (part frame, in the direction it is to be welded by default)."""

    seam_id: str
    seam: Seam
    procedure: WeldProcedure


@dataclass(eq=False)
class SeamPlan:
    """What became of one seam. status: "planned" | "partial" | "unreachable"; coverage: welded share of its
    length; reason: why (part of) it is not welded; order: position in the weld sequence (None: not welded);
    reversed: welded against its given direction; path: the ladder result of the direction used."""

    seam_id: str
    status: str
    coverage: float
    reason: str | None
    reversed: bool = False
    order: int | None = None
    path: SeamPathResult | None = None
    legs: list[tuple[LinearLeg, LinearLeg]] = field(default_factory=list)
    pieces: list[tuple[int, int]] = field(default_factory=list)
    speed_held: bool = True
    min_speed_m_s: float | None = None
    # the same direction kept in the home pose's arm branch when another branch welded more: what to fall
    # back on when no air move reaches the other branch
    home_branch: SeamPlan | None = None
    # ladder pieces dropped afterwards: (start_rung, end_rung, "approach" | "air_move")
    dropped: list[tuple[int, int, str]] = field(default_factory=list)
    # pieces of the same seam welded in the other direction where this one does not reach (the end next to
    # a wall, that a pushing torch reaches only travelling towards it), emitted right after this plan's
    # pieces; its coverage is included in this plan's
    complement: SeamPlan | None = None

    def welded_pieces(self) -> list[tuple[int, int]]:
        """Welded rung intervals in this plan's direction: its own pieces and its complement's, mapped."""
        out = list(self.pieces)
        if self.complement is not None and self.path is not None:
            last = self.path.rungs.count - 1
            out += [(last - b, last - a) for a, b in self.complement.pieces]
        return out


@dataclass(frozen=True, eq=False)
class PlanResult:
    """The plan: program (moves), timeline (timed joints, events, breakdown), seams (in task order), cell
    and how it was placed, stats (seconds per stage, counters), unwelded: every stretch of a seam that is
    not welded, with its reason (planning.unwelded), in task order."""

    program: MoveProgram
    timeline: Timeline
    seams: list[SeamPlan]
    cell: Cell
    placement: PlacementResult | None
    stats: dict[str, float | str]
    unwelded: list[UnweldedStretch] = field(default_factory=list)


def weld_settings(procedure: WeldProcedure) -> WeldSettings:
    weave = (
        None
        if procedure.weave is None
        else (procedure.weave.pattern, procedure.weave.width_m, procedure.weave.frequency_hz)
    )
    return WeldSettings(
        procedure.travel_speed_m_s,
        procedure.wire_feed_m_min,
        procedure.voltage_v,
        procedure.current_a,
        procedure.arc_start_s,
        procedure.arc_end_s,
        weave,
    )


def reachable_length_fn(
    tasks: Sequence[SeamTask],
    robot: RobotSpec,
    tool: ToolSpec,
    spin_step_rad: float = radians(30),
    points_per_seam: int = 5,
) -> Callable[[np.ndarray], float]:
    """reachable_length(X_BP) for cell.place_part: seam length whose sampled points have an in-limit IK
    solution for some spin at the nominal angles (collisions are left to the planner)."""
    spins = np.arange(0.0, 2 * np.pi, spin_step_rad)
    frames, lengths = [], []
    for task in tasks:
        rungs = seam_rungs(task.seam, max(task.seam.length / (points_per_seam - 1), 1e-4))
        frames.append(torch_frames(rungs, task.procedure.work_angle_rad, task.procedure.travel_angle_rad, spins))
        lengths.append(task.seam.length)
    # every seam point's frames [P, S, 4, 4] (all seams' points in one array) and each point's seam length share
    X_PT = np.concatenate(frames) if frames else np.zeros((0, spins.size, 4, 4))
    weight = np.concatenate(
        [np.full(f.shape[0], length / f.shape[0]) for length, f in zip(lengths, frames, strict=True)]
    )
    X_TF = invert_X(tool.X_FT)
    kin = robot.kinematics
    # Most points a candidate reaches at all it reaches at one of a few spins: those first, the remaining
    # spins only for the points they missed (a point counts when some spin reaches it; the same answer as
    # every spin at every point, with a third of the IK on a part in reach).
    first = np.arange(spins.size) % 3 == 0

    def reachable_length(X_BP: np.ndarray) -> float:
        if not len(X_PT):
            return 0.0
        head = X_BP @ X_PT[:, first].reshape(-1, 4, 4) @ X_TF
        ok = np.asarray(kin.reachable(head).reshape(len(X_PT), -1).any(axis=1), dtype=bool)
        rest = np.flatnonzero(~ok)
        if rest.size:
            tail = X_BP @ X_PT[rest][:, ~first].reshape(-1, 4, 4) @ X_TF
            ok[rest] = kin.reachable(tail).reshape(rest.size, -1).any(axis=1)
        return float(weight[ok].sum())

    return reachable_length


def welded_share(
    path: SeamPathResult, pieces: Sequence[tuple[int, int]], skipped: Sequence[tuple[int, int]] = ()
) -> float:
    """Share of the seam length to weld (without the gaps skipped, skipped [(first_rung, last_rung)])
    covered by pieces [(start_rung, end_rung)] (1.0 exactly when complete)."""
    s = path.rungs.s
    weldable = path.rungs.length - sum(s[b] - s[a] for a, b in skipped)
    share = float(sum(s[b] - s[a] for a, b in pieces) / max(weldable, 1e-12))
    return 1.0 if share > 1 - 1e-9 else share


def skipped_rungs(rungs: SeamRungs, seam: Seam, reverse: bool) -> list[tuple[int, int]]:
    """Rung intervals (first, last) of the gaps a seam's arc goes off across (Seam.skipped_segments: a tab
    in its slot, two plates end to end), in the order of rungs made from the seam in that direction."""
    segments = seam.skipped_segments
    if not segments:
        return []
    m, R = len(seam.points), rungs.count
    if reverse:
        segments = reversed_segments(segments, m, seam.closed)
    first: dict[int, int] = {}
    for r, k in enumerate(rungs.source_index.tolist()):
        if k >= 0 and k not in first:
            first[k] = r
    # a closed seam's last segment ends on the last rung (its first point again)
    return [(first[k], R - 1 if seam.closed and k == m - 1 else first[k + 1]) for k in segments]


def split_at_gaps(pieces: Sequence[tuple[int, int]], skipped: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Welded pieces [(start_rung, end_rung)] without the skipped gaps [(first, last)]: the arc goes off at
    a gap's first rung and on again at its last."""
    out = list(pieces)
    for a, b in skipped:
        cut = []
        for s, e in out:
            if b <= s or a >= e:
                cut.append((s, e))
                continue
            if a > s:
                cut.append((s, a))
            if b < e:
                cut.append((b, e))
        out = cut
    return out


def _directed(seam: Seam, reverse: bool) -> tuple[np.ndarray, np.ndarray]:
    """(points[M, 3], point_accessible[M]) in welding order (as Seam.reversed() has them, without copying)."""
    step = -1 if reverse else 1
    return seam.points[::step], seam.point_accessible[::step]


def rung_accessible(rungs: SeamRungs, seam: Seam, reverse: bool) -> np.ndarray:
    """ok[R]: the torch fits at the seam point nearest each rung along the seam (seam.point_accessible;
    reverse: the rungs run against the seam's direction). A rung half-way between an accessible point and a
    blocked one counts as accessible: the accessible length gives each point the half segments next to it
    (planning.torch_access), so the bound ends there and the planner may weld up to it."""
    pts, ok = _directed(seam, reverse)
    if seam.closed:
        pts, ok = np.vstack([pts, pts[:1]]), np.concatenate([ok, ok[:1]])
    s_pts = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(pts, axis=0), axis=1))])
    s = rungs.s
    after = np.clip(np.searchsorted(s_pts, s), 1, len(s_pts) - 1)
    to_before, to_after = s - s_pts[after - 1], s_pts[after] - s
    tie = np.abs(to_before - to_after) <= 1e-9
    nearest = np.where(to_before < to_after, after - 1, after)
    # at a tie nearest is the later point: the earlier one counts as well
    return (ok[nearest] | (tie & ok[after - 1])).astype(bool)


def leading_blocked_m(seam: Seam, reverse: bool) -> float:
    """Length (m) from the start of the seam (welded in that direction) to the first point where cad says the
    torch fits (the whole length when it fits nowhere)."""
    pts, ok = _directed(seam, reverse)
    first = int(np.argmax(ok)) if np.any(ok) else len(ok) - 1
    return float(np.sum(np.linalg.norm(np.diff(pts[: first + 1], axis=0), axis=1)))


def preferred_direction(seam: Seam, travel_angle_rad: float) -> bool | None:
    """The direction (reverse or not) expected to weld more of a seam that cad finds blocked at an end, None
    when neither is. A pushing torch leans back over the weld, so its body needs room behind the wire: the
    blocked end should come last. A dragging torch leans the other way."""
    if seam.closed or travel_angle_rad == 0.0:
        return None
    start, end = leading_blocked_m(seam, False), leading_blocked_m(seam, True)
    if abs(start - end) < 1e-9:
        return None
    return bool((start > end) == (travel_angle_rad > 0.0))


def reachable_but_unwelded_m(
    path: SeamPathResult, pieces: Sequence[tuple[int, int]], seam: Seam, reverse: bool
) -> float:
    """Length (m) of the path's rungs outside pieces [(start_rung, end_rung)] where cad says the torch fits."""
    unwelded = rung_accessible(path.rungs, seam, reverse)
    for a, b in pieces:
        unwelded[a : b + 1] = False
    for a, b in skipped_rungs(path.rungs, seam, reverse):  # nothing to weld inside a skipped gap
        unwelded[a + 1 : b] = False
    # each rung stands for half of each segment next to it
    s = path.rungs.s
    share = np.zeros(len(s))
    share[:-1] += 0.5 * np.diff(s)
    share[1:] += 0.5 * np.diff(s)
    return float(share[unwelded].sum())


def path_reason(path: SeamPathResult) -> str | None:
    """One line on why rungs were not welded: each reason with the share of rungs it applies to."""
    reasons = [r for r in path.reasons if r is not None] + [r for _, r in path.breaks]
    if not reasons:
        return None
    counts: dict[str, int] = {}
    for r in reasons:
        counts[r] = counts.get(r, 0) + 1
    total = len(path.reasons)
    return "; ".join(
        f"{r}: {100.0 * c / total:.0f} % of points" for r, c in sorted(counts.items(), key=lambda kv: -kv[1])
    )


def _fk_X_PT(robot: RobotSpec, tool: ToolSpec, X_BP: np.ndarray, q: np.ndarray) -> np.ndarray:
    return invert_X(X_BP) @ robot.kinematics.fk(np.asarray(q)[None])[0] @ tool.X_FT


class _Planner:
    def __init__(
        self,
        part_meshes: Sequence[Any],
        tasks: Sequence[SeamTask],
        robot: RobotSpec,
        tool: ToolSpec,
        cell: Cell,
        config: PlanConfig,
        progress: ProgressFn,
    ) -> None:
        self.tasks, self.robot, self.tool, self.cell, self.config = list(tasks), robot, tool, cell, config
        self.progress = progress
        self.X_BP = cell.X_BP
        scene = CollisionScene(
            robot=robot,
            tool=tool,
            X_WB=np.eye(4),
            part_meshes=tuple(part_meshes),
            X_WP=cell.X_BP,
            table=cell.table,
            box_obstacles=tuple(o for o in cell.obstacles if isinstance(o, BoxObstacle)),
            mesh_obstacles=tuple(o for o in cell.obstacles if isinstance(o, MeshObstacle)),
        )
        self.world = CollisionWorld(scene, cache_dir=config.cache_dir)
        self.home_branch = int(arm_branch(robot.kinematics, robot.home)[0])
        self.stats: dict[str, float | str] = {}
        # Per task: the plan of each direction tried ({} for seams not planned) and the plan kept (None: not
        # planned yet), filled by plan_seams.
        self.options: list[dict[bool, SeamPlan]] = []
        self.plans: list[SeamPlan | None] = []
        self.air_cache: dict[tuple[bytes, bytes], list[np.ndarray] | None] = {}
        self.state_memo: dict[tuple[bytes, tuple[int, ...], float], dict[bytes, bool]] = {}
        # the leg along the wire axis out of a seam configuration (None: blocked), per seam and exact q
        self.leg_memo: dict[tuple[str, bytes], LinearLeg | None] = {}
        # starts whose air move home needed the long search (escape_home): bytes of q -> whether it found one
        self.escaped: dict[bytes, bool] = {}
        # The ladder, through the SeamPlanner protocol; the rest of the plan reads its torch frames and restarts.
        self.ladder_config = LadderPlannerConfig(
            rung_spacing_m=config.rung_spacing_m, spin_step_rad=config.spin_step_rad
        )
        self.seam_planner: SeamPlanner[SeamPathResult] = LadderSeamPlanner(self.ladder_config)
        self.directions: dict[str, bool | None] = {}  # required_direction per seam id

    def close(self) -> None:
        self.world.close()

    # -- collision callbacks ---------------------------------------------------------------------------
    def allowed(self, task: SeamTask, point_P: np.ndarray) -> AllowedContact:
        point_B = self.X_BP[:3, :3] @ point_P + self.X_BP[:3, 3]
        # a seam joined across body pairs welds all their bodies: the nozzle may touch any of them at the tip
        return AllowedContact(task.seam.all_bodies, point_B, self.config.contact_radius_m)

    def state_valid_free(self, q: np.ndarray) -> bool:
        return bool(self.world.valid(np.asarray(q)[None])[0])

    # -- seams -----------------------------------------------------------------------------------------
    def required_direction(self, task: SeamTask) -> bool | None:
        """The only direction (reverse or not) a vertical seam may be welded in: up for a procedure that
        says "up" (ISO 6947 PF), down for "down" (PG); None for every other seam (either direction). A seam
        is vertical as cad.procedures.welding_position judges it, in the base frame (z up)."""
        if task.seam_id not in self.directions:
            self.directions[task.seam_id] = required_direction(task.seam, task.procedure, self.X_BP[:3, :3])
        return self.directions[task.seam_id]

    def plan_direction(
        self, task: SeamTask, reverse: bool, home_branch_only: bool, leg_rungs: frozenset[int] = frozenset()
    ) -> tuple[SeamPathResult, set[int]]:
        """Ladder plan of one seam direction; home_branch_only keeps the arm in its home pose's shoulder and
        elbow branch (what air moves from home reach; tried first, the other branches only where it fails);
        at leg_rungs a configuration counts only when its approach / retract leg along the wire axis is
        clear as well (leg_repaired), and always at the seam's two ends. Returns the path and the rungs where
        the branch rule turned a configuration away."""
        seam = task.seam.reversed() if reverse else task.seam
        # The same densification plan_seam does inside, to know each rung's seam point for the allowed contact.
        rungs = seam_rungs(seam, self.config.rung_spacing_m)
        # A piece that reaches a seam end starts or stops there: its leg is needed anyway (legs_for reuses it),
        # and a configuration with a blocked leg there would cost the whole seam a second ladder run.
        leg_rungs = leg_rungs | {0, rungs.count - 1}
        points = rungs.points
        kin = self.robot.kinematics

        allowed_at: dict[int, AllowedContact] = {}

        def allowed(rung: int) -> AllowedContact:
            if rung not in allowed_at:
                allowed_at[rung] = self.allowed(task, points[rung])
            return allowed_at[rung]

        branch_rejected: set[int] = set()
        # A seam point where this torch's accessibility (planning.torch_access) finds no pose of the window
        # clear of the part is never welded: accessible_fraction stays a bound of what the planner welds.
        # (cad's generic nozzle is no torch of ours: its opinion only steers the search budget.)
        src = rungs.source_index
        blocked = np.zeros(len(src), dtype=bool)
        if seam.access_tool == self.tool.id:
            blocked = (src >= 0) & ~np.asarray(seam.point_accessible, dtype=bool)[np.maximum(src, 0)]

        def state_valid(q: np.ndarray, rung: int) -> np.ndarray:
            if blocked[rung]:
                return np.zeros(len(q), dtype=bool)
            ok = np.ones(len(q), dtype=bool)
            if home_branch_only and self.home_branch >= 0:
                ok = arm_branch(kin, q) == self.home_branch
                if not np.all(ok):
                    branch_rejected.add(rung)
            if np.any(ok):
                ok[ok] = self.valid_memo(q[ok], allowed(rung))
            if rung in leg_rungs and np.any(ok):
                ok[ok] = [self.leg(task, qi) is not None for qi in q[ok]]
            return ok

        def pose_valid(X_PT: np.ndarray, rung: np.ndarray) -> np.ndarray:
            ok = ~blocked[rung]
            if np.any(ok):
                ok[ok] = self.world.torch_valid(self.X_BP @ X_PT[ok], [allowed(r) for r in rung[ok].tolist()])
            return ok

        ladder_config = self.ladder_config
        # Where cad finds no room for a nozzle, a rung's torch poses get a small budget: the ends of seams that
        # run into a wall would otherwise spend most of the planning time proving that nothing fits there.
        # Elsewhere the default budgets; the ladder raises them where they fall short (next to where the
        # torch stops fitting and at the seam's ends, free poses are rare among the window's thousands).
        accessible = rung_accessible(rungs, task.seam, reverse)
        budget = np.where(accessible, ladder_config.max_pose_checks_per_rung, _INACCESSIBLE_POSE_BUDGET)
        checks = np.full(rungs.count, ladder_config.max_checks_per_rung)
        problem = SeamProblem(
            seam,
            task.procedure,
            self.robot,
            self.X_BP,
            self.tool.X_FT,
            state_valid,
            pose_valid=pose_valid,
            pose_budget=budget,
            check_budget=checks,
            blocked=blocked,
        )
        path = self.seam_planner.plan(problem)
        return path, branch_rejected

    def legs_for(
        self, task: SeamTask, path: SeamPathResult, pieces: Sequence[tuple[int, int]] | None = None
    ) -> tuple[list[tuple[LinearLeg, LinearLeg]], list[tuple[int, int]], str | None]:
        """Approach and retract legs of each welded piece (default: the path's); pieces whose legs are
        blocked are dropped."""
        legs, kept, reason = [], [], None
        for start, end in path.pieces if pieces is None else pieces:
            q, X = path.piece_path(start, end)
            approach = self.leg(task, q[0], X[0])
            retract = self.leg(task, q[-1], X[-1])
            if approach is None or retract is None:
                reason = "collision: no clear approach or retract along the wire axis"
                continue
            legs.append((approach, retract))
            kept.append((start, end))
        return legs, kept, reason

    def leg(self, task: SeamTask, q: np.ndarray, X_PT: np.ndarray | None = None) -> LinearLeg | None:
        """The approach / retract leg along the wire axis out of seam configuration q[6] (its TCP frame X_PT[4,
        4] in the part frame, default FK of q), computed once per seam and configuration: the ladder asks for
        it at the rungs where pieces end (leg_rungs), the legs of the plan are then the same."""
        key = (task.seam_id, np.ascontiguousarray(q, dtype=float).tobytes())
        if key not in self.leg_memo:
            X = _fk_X_PT(self.robot, self.tool, self.X_BP, q) if X_PT is None else X_PT
            valid = self._leg_valid(task, X[:3, 3])
            self.leg_memo[key] = linear_leg(self.robot, self.tool, self.X_BP, q, X, self.config.approach_m, valid)
        return self.leg_memo[key]

    # -- collision verdicts kept across the ladder runs of a seam (leg repair and the other arm branches plan
    # the same direction again and ask about the same configurations); keys are exact bytes. (Torch poses are
    # not kept: a pose check costs about what its key would.)
    @staticmethod
    def _contact_key(allowed: AllowedContact) -> tuple[bytes, tuple[int, ...], float]:
        return np.asarray(allowed.point_W, dtype=float).tobytes(), tuple(allowed.body_indices), allowed.radius_m

    def valid_memo(self, q: np.ndarray, allowed: AllowedContact) -> np.ndarray:
        """world.valid(q[N, 6], allowed), each configuration checked once per allowed contact."""
        memo = self.state_memo.setdefault(self._contact_key(allowed), {})
        keys = [row.tobytes() for row in np.ascontiguousarray(q, dtype=float)]
        todo = [i for i, k in enumerate(keys) if k not in memo]
        if todo:
            for i, v in zip(todo, self.world.valid(q[todo], allowed).tolist(), strict=True):
                memo[keys[i]] = v
        return np.array([memo[k] for k in keys], dtype=bool)

    def leg_repaired(self, task: SeamTask, reverse: bool, plan: SeamPlan, home_branch_only: bool) -> SeamPlan:
        """plan, or a plan of the same direction that welds more where pieces were dropped for a blocked
        approach or retract: the ladder planned again with legs required at the dropped pieces' end rungs.

        A ladder path only checks the arm on the seam; where it ends a piece in a configuration from which
        no straight leg along the wire axis is clear (the wrist bent so far that backing the torch out
        swings the torch mount into the forearm), the same seam point is often held by another spin or
        angle of the window whose leg is clear, or the piece ends a rung earlier. Rounds go on while
        they find new end rungs (a piece shortened ends at a rung not checked yet); the plan that welds
        most is kept."""
        best = current = plan
        rungs = frozenset[int]()
        for _ in range(_LEG_REPAIR_ROUNDS):
            ends = frozenset(r for a, b, why in current.dropped if why == "approach" for r in (a, b))
            if not ends - rungs:
                break
            rungs |= ends
            path, _ = self.plan_direction(task, reverse, home_branch_only, rungs)
            current = self.seam_plan(task, reverse, path)
            if current.coverage > best.coverage + 1e-9:
                best = current
        return best

    def _leg_valid(self, task: SeamTask, point_P: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        allowed = self.allowed(task, point_P)
        return lambda q: self.world.valid(q, allowed)

    def plan_option(self, task: SeamTask, reverse: bool) -> SeamPlan:
        """Ladder + legs of one seam in one direction."""
        path, branch_rejected = self.plan_direction(task, reverse, home_branch_only=True)
        # Other arm branches only where the home branch leaves clearly more unwelded than the torch
        # cannot reach anyway (cad's accessibility): no arm branch makes the torch fit. And only where the
        # branch rule turned a configuration away at an unwelded rung: elsewhere the other branches' vertices
        # of those rungs never reached the collision check (their torch poses collide), and a search with
        # every branch ends the same.
        welded = {r for s, e in path.pieces for r in range(s, e + 1)}
        if branch_rejected - welded and self.falls_short(path, path.pieces, task, reverse):
            other, _ = self.plan_direction(task, reverse, home_branch_only=False)
            if other.coverage > path.coverage + 1e-9:
                plan = self.leg_repaired(task, reverse, self.seam_plan(task, reverse, other), False)
                home = self.leg_repaired(task, reverse, self.seam_plan(task, reverse, path), True)
                plan.home_branch = home if home.pieces else None
                return plan
        return self.leg_repaired(task, reverse, self.seam_plan(task, reverse, path), True)

    def seam_plan(self, task: SeamTask, reverse: bool, path: SeamPathResult) -> SeamPlan:
        """Approach and retract legs for a ladder path, and what is welded then: the path's pieces less the
        gaps the seam skips (the arc goes off across them; approach and retract at each)."""
        skipped = skipped_rungs(path.rungs, task.seam, reverse)
        split = split_at_gaps(path.pieces, skipped)
        legs, pieces, leg_reason = self.legs_for(task, path, split)
        coverage = welded_share(path, pieces, skipped)
        status = "planned" if coverage >= 1.0 else ("partial" if pieces else "unreachable")
        reason = None if status == "planned" else (path_reason(path) or leg_reason)
        dropped = [(a, b, "approach") for a, b in split if (a, b) not in pieces]
        return SeamPlan(task.seam_id, status, coverage, reason, reverse, None, path, legs, pieces, dropped=dropped)

    def add_complement(self, task: SeamTask, plan: SeamPlan, by_dir: dict[bool, SeamPlan]) -> None:
        """Weld in the other direction what plan leaves unwelded but accessible, where the other direction's
        ladder reaches it: plan.complement, its coverage added to plan's. A welder does the same at a seam
        end against a wall: the torch leans back over the weld, so it fits there only travelling towards
        the wall."""
        path = plan.path
        if path is None or not plan.pieces or plan.coverage >= 1.0:
            return
        if reachable_but_unwelded_m(path, plan.pieces, task.seam, plan.reversed) < _COMPLEMENT_MIN_M:
            return
        other = by_dir.get(not plan.reversed)
        if other is None:
            other = by_dir[not plan.reversed] = self.plan_option(task, not plan.reversed)
        if other.path is None or other.path.rungs.count != path.rungs.count or not other.pieces:
            return
        last = path.rungs.count - 1
        covered = np.zeros(last, dtype=bool)  # segment r -> r + 1 welded by plan
        for a, b in plan.pieces:
            covered[a:b] = True
        wanted = []
        for c, d in other.pieces:
            # the other direction's piece in plan's rung order, less what plan welds already
            seg = np.zeros(last, dtype=bool)
            seg[last - d : last - c] = True
            seg &= ~covered
            for a, b in _runs(seg):
                if path.rungs.s[b + 1] - path.rungs.s[a] >= _COMPLEMENT_MIN_M:
                    wanted.append((last - (b + 1), last - a))
        if not wanted:
            return
        legs, pieces, _ = self.legs_for(task, other.path, sorted(wanted))
        if not pieces:
            return
        skipped = skipped_rungs(other.path.rungs, task.seam, other.reversed)
        coverage = welded_share(other.path, pieces, skipped)
        plan.complement = SeamPlan(
            task.seam_id, "partial", coverage, None, other.reversed, None, other.path, legs, pieces
        )
        plan.coverage = _total_share(plan.coverage, plan.complement)
        if plan.coverage >= 1.0:
            plan.status, plan.reason = "planned", None

    def falls_short(
        self, path: SeamPathResult, pieces: Sequence[tuple[int, int]], task: SeamTask, reverse: bool
    ) -> bool:
        """The pieces leave unwelded clearly more than the torch cannot reach anyway (two rungs and 5 %)."""
        return (
            reachable_but_unwelded_m(path, pieces, task.seam, reverse)
            > 2 * self.config.rung_spacing_m + 0.05 * task.seam.length
        )

    def plan_seams(self, indices: Sequence[int] | None = None) -> list[SeamPlan]:
        """Ladder + legs for the tasks at indices (default: all not planned yet, in task order) in the given
        direction, and in the other one where the first falls short (it may weld more); returns their
        SeamPlans, in the order of indices, with the directions planned kept in self.options[task index]
        (self.plans[task index]: the plan kept). The other direction of a complete seam is planned only when
        the weld order asks for it (order)."""
        n = len(self.tasks)
        if not self.options:
            self.options = [{} for _ in range(n)]
            self.plans = [None] * n
        todo = [i for i in range(n) if self.plans[i] is None] if indices is None else list(indices)
        out = []
        for i in todo:
            plan = self.plan_task(i)
            self.plans[i] = plan
            out.append(plan)
            self.progress(0.1 + 0.6 * sum(p is not None for p in self.plans) / max(n, 1), "seams")
        return out

    def plan_task(self, i: int) -> SeamPlan:
        """plan_seams for one task: its plan kept, the directions planned in self.options[i]."""
        task = self.tasks[i]
        by_dir = self.options[i]
        if not task.seam.accessible:
            return SeamPlan(
                task.seam_id,
                "unreachable",
                0.0,
                "collision: no torch fits anywhere along the seam (it is enclosed by the part)",
            )
        # the direction cad's accessibility favours first (a user-given order keeps the seams' own, a
        # vertical seam goes the way its procedure says)
        required = self.required_direction(task)
        free = self.config.sequence != "given" and required is None
        lead = False
        if required is not None:
            lead = required
        elif free:
            lead = bool(preferred_direction(task.seam, task.procedure.travel_angle_rad))
        by_dir[lead] = first = self.plan_option(task, lead)
        # a seam in several pieces (a break where the speed or the configuration cannot be held) may go
        # through in one piece the other way
        gaps = len(skipped_rungs(first.path.rungs, task.seam, lead)) if first.path is not None else 0
        if (
            free
            and first.path is not None
            and (len(first.pieces) > 1 + gaps or self.falls_short(first.path, first.pieces, task, lead))
        ):
            by_dir[not lead] = self.plan_option(task, not lead)
        best = max(by_dir.values(), key=lambda p: (p.coverage, not p.reversed))
        if free:
            self.add_complement(task, best, by_dir)
        return best

    # -- what is not welded, and why ---------------------------------------------------------------------
    def unwelded(self, plans: Sequence[SeamPlan]) -> list[UnweldedStretch]:
        """Every unwelded stretch of every task's seam with its reason (planning.unwelded), in task order."""
        by_id = {p.seam_id: p for p in plans}
        out: list[UnweldedStretch] = []
        for task in self.tasks:
            plan = by_id.get(task.seam_id)
            cap = (
                f"{self.tool.id}: no torch pose within +-{np.degrees(task.procedure.max_tolerance_rad):.0f} deg "
                "of the procedure's angles (any spin, either direction) clears the part"
            )
            if plan is None or plan.path is None:
                out += unwelded_stretches(
                    task.seam_id, task.seam.length, None, None, [], {}, False, whole_reason=("no_torch_angle", cap)
                )
                continue
            path = plan.path
            R = path.rungs.count
            welded = np.zeros(R, dtype=bool)
            for a, b in plan.welded_pieces():
                welded[a : b + 1] = True
            dropped = np.full(R, None, dtype=object)
            for a, b, why in plan.dropped:
                dropped[a : b + 1] = why
            no_torch = ~rung_accessible(path.rungs, task.seam, plan.reversed)
            reasons: list[str | None] = []
            for r in range(R):
                if welded[r]:
                    reasons.append(None)
                elif path.reasons[r] is None:
                    reasons.append(dropped[r] or "speed")
                elif no_torch[r] and path.reasons[r] == "collision":
                    reasons.append("no_torch_angle")
                else:
                    ladder_why = path.reasons[r]
                    reasons.append(None if ladder_why is None else LADDER_REASONS.get(ladder_why, ladder_why))
            breaks = {r: LADDER_REASONS.get(why, why) for r, why in path.breaks}

            def detail(
                reason: str, rung: int, task: SeamTask = task, path: SeamPathResult = path, cap: str = cap
            ) -> str | None:
                if reason == "no_torch_angle":
                    return cap
                if reason == "collision":
                    return self.collision_detail(task, path.rungs, rung)
                return None

            # gaps the arc skips on purpose are no unwelded length (coverage leaves them out as well)
            skipped = skipped_rungs(path.rungs, task.seam, plan.reversed)
            for a, b in skipped:
                reasons[a : b + 1] = [None] * (b + 1 - a)
            out += unwelded_stretches(
                task.seam_id,
                task.seam.length,
                path.rungs.s,
                reasons,
                [*plan.welded_pieces(), *skipped],
                breaks,
                plan.reversed,
                detail,
            )
        return out

    def collision_detail(self, task: SeamTask, rungs: SeamRungs, rung: int) -> str | None:
        """What the arm or torch collides with at a rung: the contacts of a few in-limit IK solutions of the
        nominal torch angles over a turn of spins, the most frequent first."""
        spins = np.arange(0.0, 2 * np.pi, np.radians(30.0))
        X_PT = torch_frames(
            rungs.subset(np.array([rung])), task.procedure.work_angle_rad, task.procedure.travel_angle_rad, spins
        )[0]
        sols = self.robot.kinematics.ik(self.X_BP @ X_PT @ invert_X(self.tool.X_FT))
        allowed = self.allowed(task, rungs.points[rung])
        names: list[str] = []
        configs = [q for qs in sols for q in qs][:12]
        for q in configs:
            names += self.world.contacts(q, allowed)[:1]
        return most_common(names)

    # -- sequence and program ----------------------------------------------------------------------------
    def order(self, plans: list[SeamPlan]) -> list[SeamPlan]:
        """The weldable seams in weld order, each in its chosen direction.

        A direction not planned yet enters the sequencing with the other direction's end and start
        configurations as its start and end (a seam welded backwards starts about where it ended); the
        directions the best order picks are then planned and the order is computed again with what they
        really are, until the order uses planned directions only."""
        home = self.robot.home
        units = [i for i, p in enumerate(plans) if p.pieces]
        if not units:
            return []
        v, a = self.robot.max_speed, self.robot.max_accel
        n = len(units)
        fixed = list(range(n)) if self.config.sequence == "given" else None
        while True:
            starts, ends = np.zeros((2 * n, 6)), np.zeros((2 * n, 6))
            usable = np.zeros(2 * n, dtype=bool)
            for k, i in enumerate(units):
                for reverse in (False, True):
                    option = self.options[i].get(reverse)
                    node = 2 * k + int(reverse)
                    if option is None:
                        other = self.options[i].get(not reverse)
                        task = self.tasks[i]
                        if (
                            fixed is not None
                            or other is None
                            or other.coverage < plans[i].coverage - 1e-9
                            or self.required_direction(task) is not None
                        ):
                            continue
                        if preferred_direction(task.seam, task.procedure.travel_angle_rad) == (not reverse):
                            continue  # expected to weld less than the direction planned
                        usable[node] = True
                        starts[node], ends[node] = other.legs[-1][1].q[-1], other.legs[0][0].q[-1]
                        continue
                    # Only a direction that welds as much as the best one is a real alternative.
                    if not option.pieces or option.coverage < plans[i].coverage - 1e-9:
                        continue
                    usable[node] = True
                    starts[node] = option.legs[0][0].q[-1]
                    ends[node] = option.legs[-1][1].q[-1]
            # Air time of a joint move is the cheap bound the order is chosen on; air moves are planned for the
            # chosen order only (build_program), so this step stays quadratic in numpy, not in collision checks.
            s = np.where(usable, ptp_duration(home, starts, v, a), np.inf)
            e = np.where(usable, ptp_duration(ends, home, v, a), np.inf)
            T = ptp_duration(ends[:, None], starts[None], v, a)
            seam = np.arange(2 * n) // 2
            T[~usable[:, None] | ~usable[None, :] | (seam[:, None] == seam[None, :])] = np.inf
            result = order_seams(s, T, e, fixed_order=fixed)
            missing = [(k, reverse) for k, reverse in result.order if reverse not in self.options[units[k]]]
            if not missing:
                break
            for k, reverse in missing:
                self.options[units[k]][reverse] = self.plan_option(self.tasks[units[k]], reverse)
                self.stats["directions_planned_late"] = int(self.stats.get("directions_planned_late", 0)) + 1
        ordered = []
        for position, (k, reverse) in enumerate(result.order):
            chosen = self.options[units[k]][reverse]
            chosen.order = position
            plans[units[k]] = chosen
            ordered.append(chosen)
        self.stats["sequence_method"] = result.method
        return ordered

    def build_program(self, ordered: list[SeamPlan]) -> MoveProgram:
        """Moves for the seams in order. A seam that no air move reaches from where the arm is (the last
        retract may sit in a pocket of the joint space) is tried in its other direction, then once more after
        all the others, from where the arm ends up; ordered is rewritten to what was welded, in order."""
        robot, tool, X_BP = self.robot, self.tool, self.X_BP
        home = robot.home.copy()
        moves = [Move("joint", home, _fk_X_PT(robot, tool, X_BP, home), role="home", name="home")]
        current = home
        deferred: list[SeamPlan] = []
        welded: list[SeamPlan] = []
        for plan in ordered:
            current, done = self.emit_either_direction(plan, current, moves)
            if done is None:
                deferred.append(plan)
            else:
                welded.append(done)
        for plan in deferred:
            current, done = self.emit_either_direction(plan, current, moves, last_try=True)
            if done is not None:
                welded.append(done)
        for position, plan in enumerate(welded):
            plan.order = position
        ordered[:] = welded
        air = self.connect(current, home)
        if air is None:
            # without the way home there is no program at all: search longer before giving up
            air = self.escape_home(current)
        if air is None:
            raise PlanError("no collision-free air move back to the home pose")
        for q in air[1:]:
            moves.append(Move("joint", q, _fk_X_PT(robot, tool, X_BP, q), role="air"))
        moves[-1] = replace(moves[-1], role="home", name="home")
        # zones everywhere but at arc start and end, stated on every move: the plan is timed as its programs
        # say the controller moves (a replay of them reads the same zones back)
        return with_blends(MoveProgram(robot.id, tool.id, X_BP, tool.X_FT, moves))

    def emit_either_direction(
        self, plan: SeamPlan, current: np.ndarray, moves: list[Move], last_try: bool = False
    ) -> tuple[np.ndarray, SeamPlan | None]:
        """emit_seam in the plan's direction, else in the other one (planned now if it was not). Returns the
        arm's state after and the plan welded (None: neither direction reached; unless last_try, the plans are
        left as they were, to be tried again)."""
        i = next(k for k, t in enumerate(self.tasks) if t.seam_id == plan.seam_id)
        task, options = self.tasks[i], self.options[i]

        def other() -> SeamPlan:
            # planned only when the plan's own direction is not reached
            if (not plan.reversed) not in options:
                options[not plan.reversed] = self.plan_option(task, not plan.reversed)
            return options[not plan.reversed]

        # (the candidate, made when it is tried; whether it is a home-branch fallback)
        candidates: tuple[tuple[Callable[[], SeamPlan | None], bool], ...] = (
            (lambda: plan, False),
            (other, False),
            (lambda: plan.home_branch, True),
            (lambda: other().home_branch, True),
        )
        if self.required_direction(task) is not None:  # a vertical seam only goes the way it must
            candidates = (candidates[0], candidates[2])
        for make, fallback in candidates:
            candidate = make()
            if candidate is None or not candidate.pieces:
                continue
            saved = (
                list(candidate.pieces),
                list(candidate.legs),
                candidate.coverage,
                candidate.status,
                candidate.reason,
                candidate.order,
            )
            current, emitted = self.emit_seam(candidate, task, current, moves)
            if emitted:
                if fallback:
                    candidate.reason = (
                        f"{candidate.reason}; " if candidate.reason else ""
                    ) + "more is weldable only in another arm configuration that no air move reaches"
                return current, candidate
            if not last_try:
                (
                    candidate.pieces,
                    candidate.legs,
                    candidate.coverage,
                    candidate.status,
                    candidate.reason,
                    candidate.order,
                ) = saved
        return current, None

    def emit_seam(
        self, plan: SeamPlan, task: SeamTask, current: np.ndarray, moves: list[Move]
    ) -> tuple[np.ndarray, bool]:
        """Append the moves of every reachable piece of a seam; pieces no air move reaches are dropped and
        the plan's coverage, status and reason updated. Returns the arm's state after and whether any piece
        was welded."""
        robot, tool, X_BP, path = self.robot, self.tool, self.X_BP, plan.path
        if path is None:  # no ladder path: nothing to weld (plan_option always keeps one)
            return current, False
        weld = weld_settings(task.procedure)
        kept_pieces, kept_legs = [], []
        for (start, end), (approach, retract) in zip(plan.pieces, plan.legs, strict=True):
            air = self.connect(current, approach.q[-1])
            if air is None:
                plan.reason = f"collision: no collision-free air move reaches the seam (piece from point {start})"
                plan.dropped.append((start, end, "air_move"))
                continue
            for q in air[1:]:
                moves.append(Move("joint", q, _fk_X_PT(robot, tool, X_BP, q), role="air"))
            # approach.q runs from the seam point outwards: drive it in reverse.
            for q, X in zip(approach.q[::-1][1:], approach.X_PT[::-1][1:], strict=True):
                moves.append(
                    Move(
                        "linear", q, X, speed_m_s=self.config.approach_speed_m_s, seam_id=plan.seam_id, role="approach"
                    )
                )
            qs, Xs = path.piece_path(start, end)
            for k in range(1, len(qs)):
                steps = linear_substeps(robot, tool, X_BP, qs[k - 1], Xs[k - 1], qs[k], Xs[k])
                for q, X in [*steps, (qs[k], Xs[k])]:
                    moves.append(
                        Move(
                            "linear",
                            q,
                            X,
                            speed_m_s=weld.travel_speed_m_s,
                            arc=True,
                            seam_id=plan.seam_id,
                            weld=weld,
                            role="weld",
                        )
                    )
            for q, X in zip(retract.q[1:], retract.X_PT[1:], strict=True):
                moves.append(
                    Move("linear", q, X, speed_m_s=self.config.approach_speed_m_s, seam_id=plan.seam_id, role="retract")
                )
            current = retract.q[-1]
            kept_pieces.append((start, end))
            kept_legs.append((approach, retract))
        extra = False
        if plan.complement is not None:
            current, extra = self.emit_seam(plan.complement, task, current, moves)
            if not extra:
                plan.complement = None
        if len(kept_pieces) < len(plan.pieces) or plan.complement is not None or extra:
            plan.pieces, plan.legs = kept_pieces, kept_legs
            own = welded_share(path, kept_pieces, skipped_rungs(path.rungs, task.seam, plan.reversed))
            plan.coverage = _total_share(own, plan.complement)
            if plan.coverage < 1.0:
                plan.status = "partial" if kept_pieces or extra else "unreachable"
            if not kept_pieces and not extra:
                plan.order = None
        return current, bool(kept_pieces) or extra

    def connect(self, q0: np.ndarray, q1: np.ndarray) -> list[np.ndarray] | None:
        """An air move q0 -> q1, or through the home pose when no direct one is found.

        A start from which the usual search finds no way home either (a retract in a pocket of the joint
        space, the elbow at its limit between two gussets) gets one long search home (escape_home), kept
        for every later move from there, which goes through home first: without it every seam after it
        in the order spends a whole failed search from the same pocket, and the air-move time grows with
        the seams still to weld, not with the seam welded."""
        home = self.robot.home
        if np.allclose(q0, home) or np.allclose(q1, home):
            return self.air_move(q0, q1)
        if self.escaped.get(np.asarray(q0, dtype=float).tobytes()):
            path = self.through_home(q0, q1)
            return path if path is not None else self.air_move(q0, q1)
        path = self.air_move(q0, q1)
        if path is None:
            path = self.through_home(q0, q1)
        return path

    def through_home(self, q0: np.ndarray, q1: np.ndarray) -> list[np.ndarray] | None:
        first = self.air_move(q0, self.robot.home)
        if first is None:
            first = self.escape_home(q0)
        second = self.air_move(self.robot.home, q1) if first is not None else None
        return None if first is None or second is None else first + second[1:]

    def escape_home(self, q0: np.ndarray) -> list[np.ndarray] | None:
        """The air move q0 -> home with _HOME_SEARCH_FACTOR times the search budget, once per start (the
        result replaces the usual search's in air_cache)."""
        home = self.robot.home
        key = (np.asarray(q0, dtype=float).tobytes(), np.asarray(home, dtype=float).tobytes())
        if key[0] not in self.escaped:
            self.air_cache[key] = self._plan_air_move(q0, home, _HOME_SEARCH_FACTOR)
            self.escaped[key[0]] = self.air_cache[key] is not None
            self.stats["air_escapes"] = int(self.stats.get("air_escapes", 0)) + 1
        path = self.air_cache.get(key)
        return None if path is None else list(path)

    def air_move(self, q0: np.ndarray, q1: np.ndarray) -> list[np.ndarray] | None:
        """One air move, remembered: fallbacks ask again for the same pair (often through home)."""
        key = (np.asarray(q0, dtype=float).tobytes(), np.asarray(q1, dtype=float).tobytes())
        if key not in self.air_cache:
            self.air_cache[key] = self._plan_air_move(q0, q1)
        path = self.air_cache[key]
        return None if path is None else list(path)

    def lift_detours(self, q0: np.ndarray, q1: np.ndarray) -> list[np.ndarray]:
        """Waypoints [2, 6] that lift the TCP straight up (base z) from both ends, torch orientation kept, for
        each lift height: out of the pocket a seam sits in before the arm swings across (what a programmer's
        clearance plane does)."""
        kin, out = self.robot.kinematics, []
        X = kin.fk(np.stack([q0, q1]))
        for lift_m in (0.1, 0.25):
            up = X.copy()
            up[:, 2, 3] += lift_m
            sols = kin.ik(up)
            ends = [nearest_solution(s, q) for s, q in zip(sols, (q0, q1), strict=True)]
            if all(e is not None and np.max(np.abs(e - q)) < np.pi / 2 for e, q in zip(ends, (q0, q1), strict=True)):
                out.append(np.stack([e for e in ends if e is not None]))
        return out

    def _plan_air_move(self, q0: np.ndarray, q1: np.ndarray, budget_factor: int = 1) -> list[np.ndarray] | None:
        result = plan_air_move(
            q0,
            q1,
            self.world.is_segment_free,
            self.state_valid_free,
            self.robot.joint_limits,
            time_limit_s=budget_factor * self.config.air_time_limit_s,
            seed=self.config.seed,
            via_toward=self.robot.home,
            detours=self.lift_detours(q0, q1),
            max_checks=budget_factor * self.config.air_max_checks,
        )
        self.stats["air_moves"] = int(self.stats.get("air_moves", 0)) + 1
        if result.waypoints is None:
            self.stats["air_moves_failed"] = int(self.stats.get("air_moves_failed", 0)) + 1
            return None
        if result.method != "direct":
            key = f"air_moves_{result.method}"
            self.stats[key] = int(self.stats.get(key, 0)) + 1
        return list(result.waypoints)


def plan_weld(
    part_meshes: Sequence[Any],
    tasks: Sequence[SeamTask],
    robot: RobotSpec,
    tool: ToolSpec,
    cell: Cell | None = None,
    config: PlanConfig = PlanConfig(),
    progress: ProgressFn | None = None,
    obstacles: Sequence[BoxObstacle | MeshObstacle] = (),
) -> PlanResult:
    """Plan the welding of `tasks` on a part made of part_meshes (trimesh bodies in the part frame, metres).

    cell None: the part is placed automatically (PlacementConfig) and `obstacles` (collision.BoxObstacle or
    MeshObstacle, in the base frame) are added; when the best placement welds less than PLACEMENT_RETRY_SHARE
    of what cad finds accessible (reach alone says nothing of collisions), up to PLACEMENT_RETRIES more
    placements with the part turned otherwise are planned and the plan that welds most is kept.
    progress(fraction, stage) is called as planning goes on; stage is one of STAGES (a further placement tried
    goes through its stages again, from a lower fraction).
    """
    report: ProgressFn = progress or (lambda _f, _s: None)
    t0 = time.perf_counter()
    if cell is not None:
        result = _plan_in_cell(part_meshes, tasks, robot, tool, cell, None, config, report, t0)
        assert result is not None  # planned in full: no worth test
        return result
    report(0.05, "placement")
    bbox_P = part_bbox(part_meshes)
    total = float(sum(t.seam.length for t in tasks))
    # "In front of the robot" is where its home pose points the torch (a UR's home faces backwards).
    home_tcp_B = (robot.kinematics.fk(robot.home[None])[0] @ tool.X_FT)[:3, 3]
    front = replace(config.placement, front_bearing_rad=float(np.arctan2(home_tcp_B[1], home_tcp_B[0])))
    reachable_length = reachable_length_fn(tasks, robot, tool)
    placement = place_part(bbox_P, robot.reach_m, reachable_length, total, front, obstacles)
    accessible = sum(t.seam.length * t.seam.accessible_fraction for t in tasks)
    best = _plan_in_cell(part_meshes, tasks, robot, tool, placement.cell, placement, config, report, t0)
    assert best is not None  # planned in full: no worth test
    tried_yaws = {_yaw_deg(placement.cell.X_BP)}
    for X_BP in placement.ranked[1:]:
        if _welded_m(best, tasks) >= PLACEMENT_RETRY_SHARE * accessible or len(tried_yaws) > PLACEMENT_RETRIES:
            break
        if _yaw_deg(X_BP) in tried_yaws:
            continue
        tried_yaws.add(_yaw_deg(X_BP))
        cell = Cell(X_BP, table_under(bbox_in_base(bbox_P, X_BP)), tuple(obstacles), placement="auto")
        share = reachable_length(X_BP) / total if total > 0 else 0.0
        # The seams the best plan leaves (partly) unwelded first: the other placement can weld more in all
        # only where it welds more of them than the best plan does (it gains nothing on the rest). When it
        # does not, the rest is never planned there, so a retry costs about what those seams cost, not a
        # second plan of the whole part.
        short = [i for i, p in enumerate(best.seams) if p.coverage < 1.0]
        if not short:  # nothing another placement could weld more of
            break
        done_there = sum(best.seams[i].coverage * tasks[i].seam.length for i in short)

        def worth(plans: list[SeamPlan], short: list[int] = short, done_there: float = done_there) -> bool:
            return sum(p.coverage * tasks[i].seam.length for p, i in zip(plans, short, strict=True)) > done_there

        other = _plan_in_cell(
            part_meshes,
            tasks,
            robot,
            tool,
            cell,
            replace(placement, cell=cell, reachable_fraction=share),
            config,
            report,
            time.perf_counter(),
            short,
            worth,
        )
        if other is not None and (_welded_m(other, tasks), -other.timeline.cycle_time_s) > (
            _welded_m(best, tasks),
            -best.timeline.cycle_time_s,
        ):
            best = other
    best.stats["total_s"] = time.perf_counter() - t0
    best.stats["placements_planned"] = len(tried_yaws)
    return best


def _yaw_deg(X_BP: np.ndarray) -> int:
    return int(round(np.degrees(np.arctan2(X_BP[1, 0], X_BP[0, 0])))) % 360


def _welded_m(result: PlanResult, tasks: Sequence[SeamTask]) -> float:
    length = {t.seam_id: t.seam.length for t in tasks}
    return float(sum(p.coverage * length[p.seam_id] for p in result.seams))


def _plan_in_cell(
    part_meshes: Sequence[Any],
    tasks: Sequence[SeamTask],
    robot: RobotSpec,
    tool: ToolSpec,
    cell: Cell,
    placement: PlacementResult | None,
    config: PlanConfig,
    report: ProgressFn,
    t0: float,
    first: Sequence[int] = (),
    worth: Callable[[list[SeamPlan]], bool] | None = None,
) -> PlanResult | None:
    """plan_weld with the cell decided (t0: when planning started, for the stage times). first: task
    indices planned before the others; None when worth(their plans) says the rest is not worth planning."""
    report(0.08, "collision world")
    t_place = time.perf_counter()
    planner = _Planner(part_meshes, tasks, robot, tool, cell, config, report)
    try:
        if not planner.state_valid_free(robot.home):
            raise PlanError(
                "the robot's home pose collides with the cell: " + ", ".join(planner.world.contacts(robot.home))
            )
        t_world = time.perf_counter()
        report(0.1, "seams")
        if first and worth is not None and not worth(planner.plan_seams(first)):
            return None
        planner.plan_seams()
        plans = [p for p in planner.plans if p is not None]
        t_seams = time.perf_counter()
        report(0.7, "sequence")
        ordered = planner.order(plans)
        report(0.75, "air moves")
        program = planner.build_program(ordered)
        by_id = {p.seam_id: p for p in ordered}
        plans = [by_id.get(p.seam_id, p) for p in plans]
        unwelded = planner.unwelded(plans)
        t_program = time.perf_counter()
    finally:
        planner.close()
    report(0.9, "timing")
    timeline = time_moves(program, robot.max_speed, robot.max_accel)
    for run in timeline.linear_runs:
        if run.role == "weld" and run.seam_id in by_id and not run.speed_held:
            plan = by_id[run.seam_id]
            plan.speed_held = False
            plan.min_speed_m_s = (
                run.min_speed_m_s if plan.min_speed_m_s is None else min(plan.min_speed_m_s, run.min_speed_m_s)
            )
    t_end = time.perf_counter()
    stats = {
        **planner.stats,
        "placement_s": t_place - t0,
        "world_s": t_world - t_place,
        "seams_s": t_seams - t_world,
        "program_s": t_program - t_seams,
        "timing_s": t_end - t_program,
        "total_s": t_end - t0,
    }
    return PlanResult(program, timeline, plans, cell, placement, stats, unwelded)
