"""One shape for the planners of a single seam: a planner, its config, its result (cuRobo's MotionGen /
MotionGenConfig / MotionGenResult split, docs/references.md#planning-7).

A ``SeamPlanner`` is built from its own config (``LadderSeamPlanner(LadderPlannerConfig)`` in planning/ladder,
``GreedySeamPlanner(BaselineConfig)`` in planning/baseline) and turns a ``SeamProblem`` into a result that is at
least a ``SeamOutcome``. Failure is data, not an exception: a seam that cannot be welded, in part or at all,
comes back with its status, the welded pieces and a reason on every rung that is not welded. Exceptions are
left for bad input (a malformed pose budget, a config out of range).

plan_weld (planning/planner.py) drives the ladder through this protocol and needs the ladder's richer result
(torch frames, restarts, breaks); the benchmarks compare the two planners through ``SeamOutcome`` alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

import numpy as np

from planning.ladder_lazy import EdgeValid, PoseValid, StateValid
from planning.torch_frames import SeamRungs

if TYPE_CHECKING:
    from cad.procedures import WeldProcedure
    from cad.seam_types import Seam
    from robot_models.spec import RobotSpec

__all__ = ["SEAM_STATUSES", "SeamOutcome", "SeamPlanner", "SeamProblem"]

# "planned": welded end to end; "partial": some of it; "unreachable": none of it.
SEAM_STATUSES: tuple[str, ...] = ("planned", "partial", "unreachable")


@dataclass(frozen=True, eq=False)
class SeamProblem:
    """One seam to follow with the torch.

    seam: cad.Seam (part frame P); procedure: its cad.WeldProcedure (angles, tolerances, travel speed);
    robot: a RobotSpec (kinematics, joint speed limits, home); X_BP[4, 4]: part in robot base; X_FT[4, 4]:
    TCP in flange (ToolSpec.X_FT). state_valid(q[N, 6], rung) -> bool[N]: collision-free with the contact
    allowed at that rung's seam point (None: no collision checking); edge_valid(q_a, q_b, rung) -> bool: the
    motion from rung to rung + 1 (None: not checked); pose_valid(X_PT[N, 4, 4], rung[N]) -> bool[N]: the
    torch alone at these poses (None: not checked). q_start[6]: the configuration the robot is in before
    the seam (None: not known; the ladder then centres its turn window on the robot's home, the greedy
    follower tries every start). pose_budget[R] / check_budget[R]: torch poses / configurations each rung
    may spend on collision checks (a planner without such budgets ignores them). blocked[R] (optional): rungs
    known never to be welded (no torch pose of the window fits there: planning.torch_access), where
    state_valid and pose_valid answer False for everything; a planner may skip their samples.
    """

    seam: Seam
    procedure: WeldProcedure
    robot: RobotSpec
    X_BP: np.ndarray
    X_FT: np.ndarray
    state_valid: StateValid | None = None
    edge_valid: EdgeValid | None = None
    pose_valid: PoseValid | None = None
    q_start: np.ndarray | None = None
    pose_budget: np.ndarray | None = None
    check_budget: np.ndarray | None = None
    blocked: np.ndarray | None = None


@runtime_checkable
class SeamOutcome(Protocol):
    """What every seam planner reports. status: one of SEAM_STATUSES; coverage: welded share of the seam
    length; rungs: the points along the seam it planned at; q[R, 6]: joint values per rung (NaN rows where
    not welded); pieces: welded rung intervals (inclusive); reasons[R]: None on welded rungs, else why not
    (each planner documents its words); state_checks: configurations passed to state_valid; seconds:
    wall-clock time."""

    @property
    def status(self) -> str: ...

    @property
    def coverage(self) -> float: ...

    @property
    def rungs(self) -> SeamRungs: ...

    @property
    def q(self) -> np.ndarray: ...

    @property
    def pieces(self) -> list[tuple[int, int]]: ...

    @property
    def reasons(self) -> list[str | None]: ...

    @property
    def state_checks(self) -> int: ...

    @property
    def seconds(self) -> float: ...


ResultT_co = TypeVar("ResultT_co", bound=SeamOutcome, covariant=True)


@runtime_checkable
class SeamPlanner(Protocol[ResultT_co]):
    """A planner of one seam. name: how reports and benchmarks call it."""

    @property
    def name(self) -> str: ...

    def plan(self, problem: SeamProblem) -> ResultT_co: ...
