"""Settings of the per-seam ladder planner, apart from planning/ladder.py so that the modules it calls
(ladder_lazy, ladder_restart) can take them without importing the planner back."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from planning.ladder_graph import StateConfig
from planning.torch_frames import DEFAULT_ANGLE_STEP_RAD, DEFAULT_RUNG_SPACING_M, DEFAULT_SPIN_STEP_RAD, TorchSampling

__all__ = ["LadderPlannerConfig"]


@dataclass(frozen=True)
class LadderPlannerConfig:
    """Settings of plan_seam (SI units).

    Sampling: rung_spacing_m, the largest distance between rungs; spin_step_rad / angle_step_rad, the
    spin and angle-offset steps (tolerances from the procedure); sampling, a full TorchSampling instead;
    widen, raise the tolerance up to max_tol where the seam cannot be welded otherwise, widen_window rungs
    into a failing region per round from each piece that borders it (ladder_lazy.widen_targets);
    turn_window_rad[6], +-2 pi variants of a joint solution are kept only within this of the reference
    configuration (a UR's multi-turn joints would otherwise multiply every rung by up to 2^5; the wrist
    keeps more room to wind; None keeps every variant inside the limits).
    Edges: speed_safety, the fraction of the joint speed limits a weld may use; max_joint_step_rad, the
    continuity gate per rung step, raised by corner_step_gain x the rotation between the two rungs'
    nominal torch frames (a corner makes the torch turn) and kept below pi (a +-2 pi variant never passes
    for a neighbour); joint_weights, edge cost per radian of each joint; state, the state evaluator.
    Search: max_rung_width, beam cap (the cheapest vertices of a wider rung take part, that many of the levels
    within the procedure's tolerance and as many again of each level beyond it); check_chunk, path
    vertices checked per state_valid round before a failure sends the search back; a rung whose path
    vertex failed escalate_after times, and every rung that failed once max_lazy_searches searches have
    failed, is checked in batch (LazyLadder.check_rung_batch), at most max_checks_per_rung configurations
    per rung (then the rung keeps only the vertices found valid; with none: "collision"), and at most
    max_pose_checks_per_rung torch poses (pose_valid; a rung out of either budget is not widened any more:
    where the torch itself collides at hundreds of orientations, wider angles rarely help); max_searches, a
    hard cap (then the last pieces are cut at their failures); budget_boost, when nothing can be widened any
    more, an unwelded rung that ran out of the default budgets gets this many times them, once (1: never).
    """

    rung_spacing_m: float = DEFAULT_RUNG_SPACING_M
    spin_step_rad: float = DEFAULT_SPIN_STEP_RAD
    angle_step_rad: float = DEFAULT_ANGLE_STEP_RAD
    sampling: TorchSampling | None = None
    widen: bool = True
    widen_window: int = 6
    speed_safety: float = 0.9
    max_joint_step_rad: float = math.radians(30.0)
    corner_step_gain: float = 2.0
    joint_weights: tuple[float, ...] = (1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
    state: StateConfig = field(default_factory=StateConfig)
    max_rung_width: int = 1000
    turn_window_rad: tuple[float, ...] | None = tuple(math.radians(a) for a in (200, 200, 200, 270, 270, 270))
    check_chunk: int = 1
    escalate_after: int = 4
    max_lazy_searches: int = 60
    max_checks_per_rung: int = 300
    max_pose_checks_per_rung: int = 300
    max_searches: int = 400
    budget_boost: int = 10

    def __post_init__(self) -> None:
        if not 0.0 < self.speed_safety <= 1.0:
            raise ValueError(f"speed_safety: must be in (0, 1], got {self.speed_safety!r}")
        if not self.rung_spacing_m > 0.0:
            raise ValueError(f"rung_spacing_m: must be positive, got {self.rung_spacing_m!r}")
        if not 0.0 < self.max_joint_step_rad < math.pi:
            raise ValueError(f"max_joint_step_rad: must be in (0, pi), got {self.max_joint_step_rad!r}")
        if len(self.joint_weights) != 6 or any(w < 0 for w in self.joint_weights):
            raise ValueError("joint_weights: six non-negative numbers")
        if self.turn_window_rad is not None and (
            len(self.turn_window_rad) != 6 or any(not w >= math.pi for w in self.turn_window_rad)
        ):
            raise ValueError("turn_window_rad: six angles of at least pi (or None)")
        counts = (
            self.max_rung_width,
            self.check_chunk,
            self.escalate_after,
            self.max_lazy_searches,
            self.max_checks_per_rung,
            self.max_pose_checks_per_rung,
            self.max_searches,
            self.widen_window,
            self.budget_boost,
        )
        if min(counts) < 1:
            raise ValueError(
                "max_rung_width, check_chunk, escalate_after, max_lazy_searches, max_checks_per_rung, "
                "max_pose_checks_per_rung, max_searches, widen_window, budget_boost: must be at least 1"
            )
