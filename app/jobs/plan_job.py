"""What a plan job does. Motion planning (issue 5) is not in this build: the job loads and checks the
inputs a plan needs and says plainly that no trajectory or cycle time was produced."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import undefer

from app.db import models
from app.jobs.worker import JobContext, JobFailed

PLANNING_UNAVAILABLE = (
    "Motion planning is not available in this build: the job checked that the part, robot, tool and "
    "seams load, and produced no trajectory, program or cycle time."
)


def run_plan_job(ctx: JobContext) -> dict[str, Any]:
    from cad import PartImportError, import_part

    ctx.test_delay()
    with ctx.sessions() as s:
        plan = s.get(models.Plan, ctx.plan_id)
        if plan is None:
            raise JobFailed(f"plan '{ctx.plan_id}' was deleted")
        part = s.get(models.Part, plan.part_id, options=[undefer(models.Part.file_bytes)])
        if part is None:
            raise JobFailed(f"part '{plan.part_id}' was deleted")
        robot = s.get(models.Robot, plan.robot_id)
        if robot is None:
            raise JobFailed(f"robot '{plan.robot_id}' was deleted")
        request = dict(plan.request)
        file_bytes, file_name = part.file_bytes, part.file_name
        seam_ids = request.get("seam_ids") or [x.id for x in part.seams if x.enabled]
        tool_id = plan.tool_id
    ctx.report(0.2)
    try:
        loaded = import_part(file_bytes, file_name)
    except PartImportError as exc:
        raise JobFailed(f"part '{request['part_id']}' no longer loads: {exc}") from exc
    ctx.report(0.8)
    return {
        "planning_available": False,
        "message": PLANNING_UNAVAILABLE,
        "checked": {
            "part_id": request["part_id"],
            "bodies": len(loaded.bodies),
            "robot_id": request["robot_id"],
            "tool_id": tool_id,
            "seam_ids": seam_ids,
        },
    }
