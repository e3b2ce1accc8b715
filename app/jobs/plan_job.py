"""What a plan job does: load the part, robot, torch, seams and cell, run planning.plan_weld, store the
result (a JSON summary on the plan) and the motion list (a `moves` program row) that trajectories and
controller programs are made from."""

from __future__ import annotations

import json
from math import radians
from pathlib import Path
from typing import Any

from sqlalchemy import delete

from app.db import models
from app.jobs.part_meshes import cached_meshes, keep, mesh_key
from app.jobs.worker import JobContext, JobFailed
from app.services.plan_results import MOVES_CONTROLLER, plan_result_json

DEFAULT_TOOL_ID = "torch_22deg"


def _plan_config(options: dict[str, Any] | None, seam_ids_given: bool, cache_dir: Path) -> Any:
    from planning.planner import PlanConfig

    o = options or {}
    sequence = o.get("sequence") or ("given" if seam_ids_given else "optimize")
    return PlanConfig(
        approach_m=o.get("approach_mm", 50.0) * 1e-3,
        rung_spacing_m=o.get("rung_spacing_mm", 5.0) * 1e-3,
        # the planner's own spin step unless the request names one: the seams' torch accessibility uses it too
        spin_step_rad=PlanConfig.spin_step_rad if o.get("spin_step_deg") is None else radians(o["spin_step_deg"]),
        air_time_limit_s=o.get("air_time_limit_s", PlanConfig.air_time_limit_s),
        air_max_checks=o.get("air_max_checks", PlanConfig.air_max_checks),
        sequence=sequence,
        # self-collision tables persist here, so that each job process after the first skips building them
        cache_dir=cache_dir,
    )


def warm_up() -> None:
    """Imports what every job needs (about 2 s), so that a warm executor (app.jobs.executor) pays for them
    before its first job rather than during it."""
    import importlib

    for module in ("app.services.plans", "app.services.robots", "app.services.seams", "cad", "planning.planner"):
        importlib.import_module(module)


def run_plan_job(ctx: JobContext) -> dict[str, Any]:
    # first thing: importing the planner and reading the part take a while, and a job stopped in that time
    # says so rather than "starting"
    ctx.report(0.0, "loading")
    from app.services.plans import cell_from_request
    from app.services.positioners import (
        index_config_from_request,
        positioner_cell_from_request,
        positioner_result_json,
    )
    from app.services.robots import forget, robot_spec, tool_spec
    from app.services.seams import seam_for_planning
    from cad import PartImportError, import_part
    from planning.indexing import merged_result, plan_indexed
    from planning.planner import PlanError, SeamTask, plan_weld
    from planning.serialize import program_to_json

    with ctx.sessions() as s:
        plan = s.get(models.Plan, ctx.plan_id)
        if plan is None:
            raise JobFailed(f"plan '{ctx.plan_id}' was deleted")
        part = s.get(models.Part, plan.part_id)
        if part is None:
            raise JobFailed(f"part '{plan.part_id}' was deleted")
        request = dict(plan.request)
        robot_row = s.get(models.Robot, plan.robot_id)
        if robot_row is not None and not robot_row.builtin:
            # A warm executor (app.jobs.executor) outlives the API's edits: a user's robot may have been
            # deleted and made again under the same id since the last job, so its cached spec is not trusted.
            forget(plan.robot_id)
        tenant_id = plan.tenant_id
        try:
            robot = robot_spec(s, plan.robot_id, ctx.settings.data_dir)
        except Exception as exc:
            raise JobFailed(f"robot '{plan.robot_id}' no longer loads: {exc}") from exc
        tool_id = plan.tool_id or DEFAULT_TOOL_ID
        tool = tool_spec(tool_id)
        rows = {r.id: r for r in part.seams}
        seam_ids = request.get("seam_ids") or [r.id for r in part.seams if r.enabled]
        missing = [i for i in seam_ids if i not in rows]
        if missing:
            raise JobFailed(f"seam '{missing[0]}' was deleted from part '{part.id}'")
        tasks = [SeamTask(i, *seam_for_planning(rows[i], tool_id)) for i in seam_ids]

        def obstacle_bodies(i: int, part_id: str) -> list[Any]:
            row = s.get(models.Part, part_id)
            if row is None:
                raise JobFailed(f"cell.obstacles[{i}].part_id: part '{part_id}' was deleted")
            key = mesh_key(row.file_sha256, row.file_name, row.source_unit)
            cached = cached_meshes(ctx.settings.tables_dir, key)
            if cached is not None:
                return cached
            try:
                found = [b.mesh for b in import_part(row.file_bytes, row.file_name, mesh_unit=row.source_unit).bodies]
            except PartImportError as exc:
                raise JobFailed(f"cell.obstacles[{i}].part_id: part '{part_id}' no longer loads: {exc}") from exc
            keep(ctx.settings.tables_dir, key, found)
            return found

        cell, obstacles = cell_from_request(request.get("cell") or {}, part.bbox_mm, obstacle_bodies)
        pcell = positioner_cell_from_request(request.get("cell") or {}, part.bbox_mm)
        part_key = mesh_key(part.file_sha256, part.file_name, part.source_unit)
        meshes = cached_meshes(ctx.settings.tables_dir, part_key)
        # the file itself (a deferred column) is read only when this process has not parsed it yet
        file_bytes, file_name, unit = (part.file_bytes if meshes is None else b""), part.file_name, part.source_unit
    if not tasks:
        raise JobFailed(f"part '{request['part_id']}' has no seams to weld: detect seams or add some first")
    ctx.report(0.02, "loading")
    if meshes is None:
        try:
            meshes = [b.mesh for b in import_part(file_bytes, file_name, mesh_unit=unit).bodies]
        except PartImportError as exc:
            raise JobFailed(f"part '{request['part_id']}' no longer loads: {exc}") from exc
        keep(ctx.settings.tables_dir, part_key, meshes)
    config = _plan_config(request.get("options"), bool(request.get("seam_ids")), ctx.settings.tables_dir)
    indexed = None
    try:
        if pcell is None:
            result = plan_weld(meshes, tasks, robot, tool, cell, config, ctx.report, obstacles)
        else:
            index = index_config_from_request(request.get("cell") or {})
            indexed = plan_indexed(
                meshes, tasks, robot, tool, pcell, config, index, obstacles=obstacles, progress=ctx.report
            )
            result = merged_result(indexed, tasks, robot)
    except PlanError as exc:
        raise JobFailed(str(exc)) from exc
    ctx.report(0.97, "saving")
    moves = json.dumps(program_to_json(result.program)).encode()
    with ctx.sessions() as s:
        s.execute(
            delete(models.Program).where(
                models.Program.plan_id == ctx.plan_id, models.Program.controller == MOVES_CONTROLLER
            )
        )
        s.add(
            models.Program(
                plan_id=ctx.plan_id,
                controller=MOVES_CONTROLLER,
                file_name="moves.json",
                media_type="application/json",
                content=moves,
                tenant_id=tenant_id,
            )
        )
        s.commit()
    doc = plan_result_json(result, tasks)
    if indexed is not None:
        doc["positioner"] = positioner_result_json(indexed, tasks)
    return doc
