"""Deleting a part or a registered robot without destroying work behind the user's back.

A part or robot that a queued or running plan uses (as the plan's part or robot, or a part as an obstacle
or jig in its cell) is not deleted: Conflict naming those plans, unless the caller forces it, in which case
they are cancelled first (their error says why). What a delete removes is fixed and answered in full:
the part's seams, and the finished plans made for that part or robot with their stored motion (from which
programs and trajectories are made); finished plans that only used the part as an obstacle keep their
result and stay readable.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.db import models
from app.db.base import utcnow
from app.jobs import part_meshes
from app.services.errors import Conflict, NotFound

ACTIVE = ("queued", "running")


def _obstacle_part_ids(plan: models.Plan) -> set[str]:
    cell = (plan.request or {}).get("cell") or {}
    return {o["part_id"] for o in cell.get("obstacles") or [] if o.get("part_id")}


def plans_using_part(session: Session, part_id: str) -> list[models.Plan]:
    """Queued and running plans that weld this part or keep clear of it (a cell obstacle or jig)."""
    active = session.scalars(
        select(models.Plan).where(models.Plan.status.in_(ACTIVE)).order_by(models.Plan.created_at)
    ).all()
    return [p for p in active if p.part_id == part_id or part_id in _obstacle_part_ids(p)]


def plans_using_robot(session: Session, robot_id: str) -> list[models.Plan]:
    return list(
        session.scalars(
            select(models.Plan)
            .where(models.Plan.status.in_(ACTIVE), models.Plan.robot_id == robot_id)
            .order_by(models.Plan.created_at)
        )
    )


def _stop_or_refuse(session: Session, plans: list[models.Plan], what: str, force: bool) -> list[str]:
    """Ids of the plans cancelled for this delete; Conflict naming them when force is not set."""
    ids = [p.id for p in plans]
    if not ids:
        return []
    if not force:
        listed = ", ".join(f"'{p.id}' ({p.status})" for p in plans)
        raise Conflict(
            f"{what} is used by {len(ids)} queued or running plan{'s' if len(ids) > 1 else ''}: "
            f"{listed}; cancel {'them' if len(ids) > 1 else 'it'} first (DELETE /plans/{{plan_id}}), "
            "or delete with ?force=true to cancel them",
            plan_ids=ids,
        )
    # Only plans still queued or running: one that finished meanwhile keeps its own outcome.
    session.execute(
        update(models.Plan)
        .where(models.Plan.id.in_(ids), models.Plan.status.in_(ACTIVE))
        .values(status="cancelled", error=f"cancelled: {what} was deleted", finished_at=utcnow(), updated_at=utcnow())
    )
    return ids


def _remove_plans(session: Session, plan_ids: list[str]) -> None:
    if plan_ids:
        # Explicit rather than through ON DELETE CASCADE, so the answer lists exactly what went.
        session.execute(delete(models.Program).where(models.Program.plan_id.in_(plan_ids)))
        session.execute(delete(models.Plan).where(models.Plan.id.in_(plan_ids)))


def _forget_meshes(session: Session, key: part_meshes.Key, tables_dir: Path) -> None:
    """Removes the part meshes saved for a file (app.jobs.part_meshes) once no part of any tenant is stored
    with it: read by a Core statement on the connection, which the tenant scoping of ORM queries leaves
    alone, since the file is shared by whoever uploaded the same bytes."""
    parts = models.Part.__table__
    same_file = session.connection().execute(
        select(parts.c.file_name).where(parts.c.file_sha256 == key[0], parts.c.source_unit == key[2])
    )
    if all(part_meshes.mesh_key(key[0], name, key[2]) != key for (name,) in same_file):
        part_meshes.forget(tables_dir, key)


def delete_part(session: Session, part_id: str, force: bool, tables_dir: Path) -> dict[str, Any]:
    """tables_dir: where the jobs save parsed part meshes (settings.tables_dir); the part's go with it unless
    another part is stored with the same file."""
    # The row lock (PostgreSQL; SQLite serialises writers anyway) makes a plan created for this part at the
    # same moment either commit before the check below sees it, or wait and find the part gone.
    part = session.get(models.Part, part_id, with_for_update=True)
    if part is None:
        raise NotFound("part", part_id)
    cancelled = _stop_or_refuse(session, plans_using_part(session, part_id), f"part '{part_id}'", force)
    removed = list(
        session.scalars(select(models.Plan.id).where(models.Plan.part_id == part_id).order_by(models.Plan.created_at))
    )
    seams = session.scalar(select(func.count()).select_from(models.Seam).where(models.Seam.part_id == part_id))
    _remove_plans(session, removed)
    meshes = part_meshes.mesh_key(part.file_sha256, part.file_name, part.source_unit)
    session.delete(part)
    session.commit()
    _forget_meshes(session, meshes, tables_dir)
    return {
        "id": part_id,
        "kind": "part",
        "cancelled_plans": cancelled,
        "removed_plans": removed,
        "removed_seams": int(seams or 0),
    }


def delete_robot(session: Session, robot_id: str, force: bool, data_dir: Path) -> dict[str, Any]:
    from app.services import robots

    row = session.get(models.Robot, robot_id, with_for_update=True)
    if row is None:
        raise NotFound("robot", robot_id)
    if row.builtin:
        raise Conflict(f"robot '{robot_id}' is built in and cannot be deleted")
    cancelled = _stop_or_refuse(session, plans_using_robot(session, robot_id), f"robot '{robot_id}'", force)
    # A plan's trajectory and programs are computed from its robot: without the robot they cannot be read.
    removed = list(
        session.scalars(select(models.Plan.id).where(models.Plan.robot_id == robot_id).order_by(models.Plan.created_at))
    )
    _remove_plans(session, removed)
    session.delete(row)
    session.commit()
    robots.forget(robot_id)
    shutil.rmtree(data_dir / "robots" / robot_id, ignore_errors=True)
    return {"id": robot_id, "kind": "robot", "cancelled_plans": cancelled, "removed_plans": removed, "removed_seams": 0}
