"""planning: from seams, a part, a robot and a torch to a timed, collision-free motion program.

The public API, which the service, the CLI, programs/, cycletime/ and the benchmarks use (everything else in
the package is internal to the planner and may change):

- the plan: ``plan_weld(meshes, tasks, robot, tool, cell, config) -> PlanResult`` with ``SeamTask`` (a seam,
  its id and procedure), ``PlanConfig``, ``SeamPlan`` (per-seam status, coverage and reason) and ``PlanError``;
- the cell: ``Cell`` (part pose ``X_BP``, table, obstacles), ``CellError``, ``PlacementConfig``,
  ``place_part``, ``table_under``;
- the motion list every writer, reader and timer shares: ``Move``, ``MoveProgram``, ``WeldSettings``,
  ``MOVE_KINDS``, and its JSON form ``program_to_json`` / ``program_from_json``;
- timing: ``time_moves(program, robot) -> Timeline`` (the one timing model, also used for replays),
  ``ptp_duration``, ``BREAKDOWN_KEYS``;
- one seam on its own, through one protocol: ``SeamPlanner.plan(SeamProblem) -> SeamOutcome`` (failure as
  data: status, pieces and a reason per unwelded rung), implemented by the ladder planner
  ``LadderSeamPlanner(LadderPlannerConfig) -> SeamPathResult`` (what plan_weld uses) and by the greedy
  Cartesian baseline the benchmarks compare against, ``GreedySeamPlanner(BaselineConfig) -> BaselineResult``;
  the same two as functions: ``plan_seam`` and ``follow_seam_greedy``.

Names are resolved on first use, so ``import planning.moves`` (programs/, cycletime/) does not load the
collision world and the air-move planner.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "plan_weld": "planner", "PlanConfig": "planner", "PlanResult": "planner", "SeamPlan": "planner",
    "SeamTask": "planner", "PlanError": "planner",
    "Cell": "cell", "CellError": "cell", "PlacementConfig": "cell", "place_part": "cell", "table_under": "cell",
    "Move": "moves", "MoveProgram": "moves", "WeldSettings": "moves", "MOVE_KINDS": "moves",
    "program_to_json": "serialize", "program_from_json": "serialize",
    "time_moves": "timing", "Timeline": "timing", "ptp_duration": "timing", "BREAKDOWN_KEYS": "timing",
    "SeamPlanner": "seam_planner", "SeamProblem": "seam_planner", "SeamOutcome": "seam_planner",
    "plan_seam": "ladder", "SeamPathResult": "ladder", "LadderPlannerConfig": "ladder_config",
    "LadderSeamPlanner": "ladder",
    "follow_seam_greedy": "baseline", "GreedySeamPlanner": "baseline", "BaselineConfig": "baseline",
    "BaselineResult": "baseline",
}  # fmt: skip

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'planning' has no attribute {name!r}") from None
    return getattr(import_module(f"planning.{module}"), name)


def __dir__() -> list[str]:
    return __all__
