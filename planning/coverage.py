"""How much of what the torch can reach a plan welds: the measure issue 13's acceptance is stated in.

The bound is the seams' torch accessibility (planning.torch_access: the selected torch's own shapes, the
procedure's angle window up to its cap, either direction, the part lying on the table); the planner never
welds a point called blocked, so welded <= accessible and the ratio says how much the planner leaves of what
is there to weld.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cad import default_procedure, detect_seams
from cad.part import Part
from planning.planner import PlanResult, SeamTask
from planning.torch_access import seams_with_torch_access

__all__ = ["Coverage", "accessible_tasks", "coverage"]


@dataclass(frozen=True)
class Coverage:
    """welded_m, accessible_m, total_m: seam lengths (m) welded by the plan, accessible to the torch, in all;
    ratio: welded / accessible (1.0 when nothing is accessible); left_out: ids of seams with accessible
    length that the plan does not weld at all."""

    welded_m: float
    accessible_m: float
    total_m: float
    left_out: tuple[str, ...]

    @property
    def ratio(self) -> float:
        return self.welded_m / self.accessible_m if self.accessible_m > 0 else 1.0


def accessible_tasks(part: Part, tool: Any, prefix: str = "s") -> list[SeamTask]:
    """Every detected seam of a part with its default procedure and its accessibility for this torch (a
    robot_models.ToolSpec), as the service makes them (app/services/seams.py)."""
    seams = detect_seams(part)
    procedures = [default_procedure(s) for s in seams]
    seams, _ = seams_with_torch_access(
        [b.mesh for b in part.bodies], seams, procedures, tool, part_names=[b.name for b in part.bodies]
    )
    return [SeamTask(f"{prefix}_{i}", s, p) for i, (s, p) in enumerate(zip(seams, procedures, strict=True))]


def coverage(result: PlanResult, tasks: Sequence[SeamTask]) -> Coverage:
    """The plan's welded length against its tasks' accessible length."""
    welded = accessible = total = 0.0
    left_out = []
    for plan, task in zip(result.seams, tasks, strict=True):
        length = task.seam.length
        welded += plan.coverage * length
        accessible += task.seam.accessible_fraction * length
        total += length
        if task.seam.accessible_fraction > 0 and plan.coverage == 0:
            left_out.append(task.seam_id)
    return Coverage(welded, accessible, total, tuple(left_out))
