"""Plan requests: validation at request time, status, cancellation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import models
from app.db.base import utcnow
from app.db.session import rows_matched
from app.schemas.plans import PlanCreate
from app.schemas.robots import Pose
from app.services.errors import Conflict, InvalidInput, NotFound, invalid
from app.services.pagination import DEFAULT_LIMIT, SortKey, paginate
from app.services.positioners import positioner_cell_from_request
from app.services.tenants import check_job_slot, current_tenant

MM = 1e-3

TERMINAL = ("succeeded", "failed", "cancelled")

# A plan's default deadline: DEADLINE_BASE_S + DEADLINE_PER_SEAM_S per seam to plan. bench/plan.py plans the
# 12-seam demo bracket in about 8 s on one idle core (under 1 s a seam, everything included), but the same plan
# took 150 s on a 2-core machine running a dozen other jobs; 15 s a seam leaves room for such a machine and for
# seams whose air moves use their whole search (up to options.air_time_limit_s, 5 s, each), and the base covers
# importing the part, placing it (up to three placements) and building the collision world. The deadline is
# there to end jobs that would never end, not to hurry slow ones.
DEADLINE_BASE_S = 300.0
DEADLINE_PER_SEAM_S = 15.0


def default_deadline_s(n_seams: int) -> float:
    return DEADLINE_BASE_S + DEADLINE_PER_SEAM_S * n_seams


def create_plan(session: Session, body: PlanCreate, deadline_cap_s: float) -> models.Plan:
    """Queue a plan; deadline_cap_s: the server's cap on a job's deadline (settings.job_deadline_max_s)."""
    # Shared row locks (PostgreSQL) on what the plan uses: a delete of the part or robot running at the same
    # moment either sees this plan (and refuses) or has committed first (and the plan gets 404).
    part = session.get(models.Part, body.part_id, with_for_update={"read": True})
    if part is None:
        raise NotFound("part", body.part_id, field="part_id")
    if session.get(models.Robot, body.robot_id, with_for_update={"read": True}) is None:
        raise NotFound("robot", body.robot_id, field="robot_id")
    if body.tool_id is not None and session.get(models.Tool, body.tool_id) is None:
        raise NotFound("tool", body.tool_id, field="tool_id")
    if body.seam_ids is not None:
        _check_seams(session, part, body.seam_ids)
    if body.cell is not None:
        cell = body.cell.model_dump(mode="json")
        for i, o in enumerate(cell["obstacles"]):
            if "part_id" in o and session.get(models.Part, o["part_id"], with_for_update={"read": True}) is None:
                raise NotFound("part", o["part_id"], field=f"cell.obstacles[{i}].part_id")
        cell_from_request(cell, part.bbox_mm)
        positioner_cell_from_request(cell, part.bbox_mm, part.mesh_glb)
    requested = body.options.deadline_s if body.options is not None else None
    if requested is not None and requested > deadline_cap_s:
        raise InvalidInput(
            "options.deadline_s",
            f"{requested:g} s is over this server's cap of {deadline_cap_s:g} s (WELDPLAN_JOB_DEADLINE_MAX_S)",
        )
    # last: a request that is refused anyway is told why rather than to come back later
    check_job_slot(session)
    if requested is None:
        n_seams = len(body.seam_ids) if body.seam_ids is not None else sum(s.enabled for s in part.seams)
        requested = min(default_deadline_s(n_seams), deadline_cap_s)
    plan = models.Plan(
        part_id=body.part_id,
        robot_id=body.robot_id,
        tool_id=body.tool_id,
        request=body.model_dump(mode="json"),
        status="queued",
        progress=0.0,
        attempt=0,
        deadline_s=requested,
        tenant_id=current_tenant(session).id,
    )
    session.add(plan)
    session.commit()
    return plan


def cell_from_request(
    cell: dict[str, Any],
    part_bbox_mm: dict[str, list[float]],
    part_bodies: Callable[[int, str], list[Any]] | None = None,
) -> Any:
    """(planning.Cell or None when the part is to be placed automatically, its obstacles) for a request's cell;
    422 naming the field for a pose that is not a rotation, an obstacle name used twice or a part that would
    sit inside the robot's base. part_bodies(i, part_id) -> the trimesh bodies (metres, the part's own frame)
    of obstacle i's uploaded part; None (checking a request): part obstacles are checked but not loaded."""
    import numpy as np

    from app.services.robots import X_from_pose
    from collision.scene import BoxObstacle, MeshObstacle
    from planning.cell import Cell, CellError, bbox_in_base, part_overlaps_base, table_under

    found: list[BoxObstacle | MeshObstacle] = []
    seen: set[str] = set()
    for i, o in enumerate(cell.get("obstacles", [])):
        if o["name"] in seen:
            raise InvalidInput(f"cell.obstacles[{i}].name", f"'{o['name']}' names another obstacle already")
        seen.add(o["name"])
        X_BO = X_from_pose(Pose(**o["pose"]), f"cell.obstacles[{i}].pose")
        if "part_id" not in o:
            found.append(BoxObstacle(o["name"], X_BO, tuple(np.asarray(o["size_mm"]) * MM)))
        elif part_bodies is not None:
            meshes = part_bodies(i, o["part_id"])
            found += [
                MeshObstacle(o["name"] if len(meshes) == 1 else f"{o['name']}.{k + 1}", m, X_BO)
                for k, m in enumerate(meshes)
            ]
    obstacles = tuple(found)
    if cell.get("X_BP") is None:
        return None, obstacles
    X_BP = X_from_pose(Pose(**cell["X_BP"]), "cell.X_BP")
    bbox_B = bbox_in_base(np.array([part_bbox_mm["min"], part_bbox_mm["max"]]) * MM, X_BP)
    # A part closer than this to the base axis, below the shoulder, would stand inside the robot's foot.
    if part_overlaps_base(bbox_B, base_radius_m=0.15, base_height_m=0.3):
        raise InvalidInput(
            "cell.X_BP",
            "puts the part inside the robot's base (the part's box reaches "
            "within 150 mm of the base axis below 300 mm height)",
        )
    try:
        return Cell(X_BP, table_under(bbox_B) if cell.get("table", True) else None, obstacles), obstacles
    except CellError as exc:
        raise invalid(str(exc), "cell") from exc


def _check_seams(session: Session, part: models.Part, seam_ids: list[str]) -> None:
    if len(set(seam_ids)) != len(seam_ids):
        raise InvalidInput("seam_ids", "a seam is listed twice")
    found = {s.id: s.part_id for s in session.scalars(select(models.Seam).where(models.Seam.id.in_(seam_ids)))}
    for i, seam_id in enumerate(seam_ids):
        if seam_id not in found:
            raise NotFound("seam", seam_id, field=f"seam_ids[{i}]")
        if found[seam_id] != part.id:
            raise InvalidInput(f"seam_ids[{i}]", f"seam '{seam_id}' belongs to another part, not to part '{part.id}'")


PLAN_ORDER = (SortKey(models.Plan.created_at, descending=True), SortKey(models.Plan.id, descending=True))


def list_plans(
    session: Session, limit: int = DEFAULT_LIMIT, cursor: str | None = None
) -> tuple[list[models.Plan], str | None]:
    """One page of plans, newest first, and the next page's cursor."""
    return paginate(session, select(models.Plan), PLAN_ORDER, limit, cursor)


def get_plan(session: Session, plan_id: str) -> models.Plan:
    plan = session.get(models.Plan, plan_id)
    if plan is None:
        raise NotFound("plan", plan_id)
    return plan


def cancel_plan(session: Session, plan_id: str) -> models.Plan:
    plan = get_plan(session, plan_id)
    res = session.execute(
        update(models.Plan)
        .where(models.Plan.id == plan_id, models.Plan.status.in_(("queued", "running")))
        .values(status="cancelled", finished_at=utcnow(), updated_at=utcnow())
    )
    session.commit()
    if rows_matched(res) != 1:
        session.refresh(plan)
        raise Conflict(f"plan '{plan_id}' is already finished ({plan.status}); nothing to cancel")
    session.refresh(plan)
    return plan


def plan_public(plan: models.Plan) -> dict[str, Any]:
    return {
        "id": plan.id,
        "part_id": plan.part_id,
        "robot_id": plan.robot_id,
        "tool_id": plan.tool_id,
        "status": plan.status,
        "progress": plan.progress,
        "stage": plan.stage,
        "deadline_s": plan.deadline_s,
        "attempts": plan.attempt,
        "error": plan.error,
        "result": plan.result,
        "request": plan.request,
        "created_at": plan.created_at,
        "started_at": plan.started_at,
        "finished_at": plan.finished_at,
    }
