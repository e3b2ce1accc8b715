"""A finished plan at the API edge: its result summary (mm, deg), its stored motion list and its trajectory."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from app.db import models
from app.services.errors import Conflict
from app.services.plans import get_plan
from app.services.positioners import positioner_spec
from app.services.robots import pose_from_X, robot_spec

MOVES_CONTROLLER = "moves"
MM = 1e-3


def _deg_range(values: np.ndarray) -> list[float] | None:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    return [round(math.degrees(float(finite.min())), 3), round(math.degrees(float(finite.max())), 3)]


def _angles(path: Any, pieces: list[tuple[int, int]], procedure: Any, flipped: bool) -> list[list[float]]:
    """[s_mm, work_deg, travel_deg, spin_deg] at each welded rung of pieces; flipped: s measured from the
    other end (a complement's rungs run the other way)."""
    s = path.rungs.s
    return [
        [
            round(float(s[-1] - s[r] if flipped else s[r]) / MM, 3),
            round(math.degrees(procedure.work_angle_rad + float(path.work_offset[r])), 3),
            round(math.degrees(procedure.travel_angle_rad + float(path.travel_offset[r])), 3),
            round(math.degrees(float(path.spin[r])), 3),
        ]
        for r in sorted({r for a, b in pieces for r in range(a, b + 1)})
        if np.isfinite(path.spin[r])
    ]


def _seam_json(plan: Any, task: Any, arc_time_s: float) -> dict[str, Any]:
    path = plan.path
    welded = plan.coverage * task.seam.length
    entry: dict[str, Any] = {
        "seam_id": plan.seam_id,
        "status": plan.status,
        "coverage": round(plan.coverage, 6),
        "reason": plan.reason,
        "kind": task.seam.kind,
        "length_mm": task.seam.length / MM,
        "welded_length_mm": welded / MM,
        "leg_mm": task.procedure.leg_m / MM,
        "passes": task.procedure.passes,
        "travel_speed_mm_s": task.procedure.travel_speed_m_s / MM,
        "arc_time_s": arc_time_s,
        "order": plan.order,
        "reversed": plan.reversed,
        "speed_held": plan.speed_held,
        "min_speed_mm_s": None if plan.min_speed_m_s is None else plan.min_speed_m_s / MM,
        "pieces": len(plan.welded_pieces()),
        # pieces welded the other way (the end next to a wall, reached only travelling towards it)
        "reversed_pieces": len(plan.complement.pieces) if plan.complement is not None else 0,
        # pieces that start where the previous one ended: the arc stops and restarts on the crater
        "arc_restarts": sum(1 for a, b in zip(plan.pieces, plan.pieces[1:], strict=False) if b[0] == a[1]),
        "work_angle_deg": math.degrees(task.procedure.work_angle_rad),
        "travel_angle_deg": math.degrees(task.procedure.travel_angle_rad),
    }
    if path is not None:
        entry.update(
            {
                "work_offset_deg": _deg_range(path.work_offset),
                "travel_offset_deg": _deg_range(path.travel_offset),
                "tolerance_deg": {"work": math.degrees(path.work_tol_rad), "travel": math.degrees(path.travel_tol_rad)},
                "tolerance_widened": bool(path.widened),
                # the torch angles used at every welded point: [s_mm along the welding direction, work_deg,
                # travel_deg, spin_deg], absolute (procedure angle + offset); points of pieces welded the other
                # way (complement) at their place along this direction, with the angles of their own direction
                "angles_deg": sorted(
                    _angles(path, plan.pieces, task.procedure, False)
                    + (
                        _angles(plan.complement.path, plan.complement.pieces, task.procedure, True)
                        if plan.complement is not None
                        else []
                    )
                ),
            }
        )
    return entry


def plan_result_json(result: Any, tasks: list[Any]) -> dict[str, Any]:
    """The `result` document of a succeeded plan (the contract cycletime/ and the UI read)."""
    timeline = result.timeline
    breakdown = {k: round(v, 4) for k, v in timeline.breakdown_s.items() if k != "total"}
    by_task = {t.seam_id: t for t in tasks}
    ordered = sorted((p for p in result.seams if p.order is not None), key=lambda p: p.order)
    cell = result.cell
    cell_json: dict[str, Any] = {
        "X_BP": pose_from_X(cell.X_BP),
        "placement": cell.placement,
        "obstacles": [o.name for o in cell.obstacles],
    }
    if cell.table is not None:
        cell_json["table"] = {
            "top_z_mm": cell.table.top_z_m / MM,
            "size_mm": [v / MM for v in cell.table.size_m],
            "centre_xy_mm": [v / MM for v in cell.table.centre_xy_m],
        }
    if result.placement is not None:
        cell_json["reachable_fraction"] = round(result.placement.reachable_fraction, 4)
        cell_json["candidates"] = result.placement.candidates
    return {
        "cycle_time_s": round(timeline.cycle_time_s, 4),
        "breakdown_s": breakdown,
        "robot_id": result.program.robot_id,
        "tool_id": result.program.tool_id,
        "cell": cell_json,
        "seams": [
            _seam_json(p, by_task[p.seam_id], round(timeline.arc_time_by_seam_s.get(p.seam_id, 0.0), 4))
            for p in result.seams
        ],
        "order": [p.seam_id for p in ordered],
        # every stretch not welded, with its reason (planning.unwelded), along each seam's given direction
        "unwelded": [
            {
                "seam_id": u.seam_id,
                "from_mm": round(u.from_m / MM, 3),
                "to_mm": round(u.to_m / MM, 3),
                "length_mm": round(u.length_m / MM, 3),
                "reason": u.reason,
                "detail": u.detail,
            }
            for u in result.unwelded
        ],
        "moves": len(result.program.moves),
        "planning_time_s": round(result.stats["total_s"], 3),
        "stats": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in result.stats.items()},
    }


def timeline_json(timeline: Any, rate_hz: float) -> dict[str, Any]:
    """A Timeline sampled at rate_hz, at the API edge (seconds, degrees, arc events); positioner_joints_deg
    beside joints_deg only where the program turns the part on a positioner."""
    t, q, events = timeline.sample(rate_hz)
    ext = timeline.ext_at(t)
    return {
        "rate_hz": rate_hz,
        "cycle_time_s": timeline.cycle_time_s,
        "t_s": np.round(t, 6).tolist(),
        "joints_deg": np.round(np.degrees(q), 6).tolist(),
        **({} if ext is None else {"positioner_joints_deg": np.round(np.degrees(ext), 6).tolist()}),
        "events": [{"t_s": round(te, 6), "kind": kind, "seam_id": seam_id} for te, kind, seam_id in events],
        "phases": [
            {"t0_s": round(t0, 6), "t1_s": round(t1, 6), "kind": kind, "seam_id": seam_id}
            for t0, t1, kind, seam_id in timeline.phases
        ],
    }


def stored_moves(session: Session, plan_id: str) -> Any:
    """The MoveProgram of a succeeded plan; 409 when the plan has none (not finished, failed, cancelled)."""
    from planning.serialize import program_from_json

    plan = get_plan(session, plan_id)
    row = session.scalars(
        select(models.Program)
        .options(undefer(models.Program.content))
        .where(models.Program.plan_id == plan_id, models.Program.controller == MOVES_CONTROLLER)
    ).first()
    if plan.status != "succeeded" or row is None:
        raise Conflict(
            f"plan '{plan_id}' has no trajectory: its status is '{plan.status}'"
            + ("" if plan.status != "failed" else f" ({plan.error})")
        )
    return plan, program_from_json(json.loads(row.content))


def trajectory(session: Session, plan_id: str, rate_hz: float, data_dir: Any) -> dict[str, Any]:
    from planning.timing import time_moves

    plan, program = stored_moves(session, plan_id)
    spec = robot_spec(session, plan.robot_id, data_dir)
    ext: dict[str, Any] = {}
    if program.positioner_id is not None:
        positioner = positioner_spec(program.positioner_id)
        ext = {"ext_v_max": positioner.max_speed, "ext_a_max": positioner.max_accel}
    timeline = time_moves(program, spec.max_speed, spec.max_accel, **ext)
    return {"plan_id": plan_id, **timeline_json(timeline, rate_hz)}
