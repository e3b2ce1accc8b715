"""Indexed welding end to end: a tall T-joint mounted upside down on the D500 (its fillets overhead, ISO 6947 PD) is
turned so that the planner welds it flat, checked in the planning tests' independent PyBullet world and with
the part's pose re-derived from PyBullet's FK of the positioner URDF."""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cad import default_procedure, detect_seams
from cad import weldments as wm
from kinematics.se3 import rot_x, rot_z
from planning.cell import bbox_in_base, part_bbox
from planning.indexing import IndexedPlan, merged_result, plan_indexed, sweep_clear
from planning.planner import PlanConfig, SeamTask
from planning.positioner import PositionerCell
from planning.serialize import program_from_json, program_to_json
from planning.timing import time_moves
from robot_models import load_builtin_robots, load_builtin_tools
from robot_models.positioner import load_builtin_positioners
from tests.planning.plan_testlib import Planned
from tests.planning.test_plan_end_to_end import _check_plan
from tests.robot_models.rm_pybullet import direct_client, link_index, load_urdf_text, pybullet_fk, revolute_indices

ROBOT, TOOL, POSITIONER = "abb_irb1600_10_145", "torch_22deg", "yaskawa_motopos_d500"


def _upside_down_cell(meshes: list) -> PositionerCell:
    # the positioner 1.03 m from the robot, to its right (bearing -60 deg), its x axis facing the robot
    X_BPos = np.eye(4)
    X_BPos[:3, :3] = rot_z(math.radians(120.0))
    X_BPos[:3, 3] = [0.5, -0.9, 0.0]
    # the part turned over (180 deg about x) and set on the plate centre, its lowest point on the plate
    X_FP = np.eye(4)
    X_FP[:3, :3] = rot_x(math.pi)
    lo, hi = bbox_in_base(part_bbox(meshes), X_FP)
    X_FP[:3, 3] = [-(lo[0] + hi[0]) / 2, -(lo[1] + hi[1]) / 2, -lo[2]]
    return PositionerCell(load_builtin_positioners()[POSITIONER], X_BPos, X_FP)


@functools.cache
def _planned() -> tuple[Any, list, IndexedPlan]:
    # a T-joint whose web (250 mm) holds the fillets clear of the face plate (r 250 mm) when it stands on it
    part = wm.weldment_part(wm.t_joint(web_height=0.25))
    tasks = [SeamTask("t_joint_0", s, default_procedure(s)) for s in detect_seams(part)][:1]
    meshes = [b.mesh for b in part.bodies]
    robot, tool = load_builtin_robots()[ROBOT], load_builtin_tools()[TOOL]
    return part, tasks, plan_indexed(meshes, tasks, robot, tool, _upside_down_cell(meshes), PlanConfig())


def test_an_overhead_fillet_is_turned_flat_and_welded() -> None:
    part, tasks, plan = _planned()
    (seam,) = plan.seams
    assert seam.position_before == "PD"
    assert seam.position_after in ("PA", "PB")
    assert plan.flat_share(tasks, after=False) == 0.0 and plan.flat_share(tasks) == 1.0
    # a T-joint welds in full without a positioner (tests/planning/test_coverage.py): no less here
    assert seam.coverage == 1.0
    assert len(plan.groups) == 1 and all(not m.contacts for m in plan.index_moves)
    # the index moves out and back: at least the tilt there and back at the D500's 80 deg/s
    tilt = abs(plan.groups[0].q[0])
    assert plan.index_time_s >= 2 * tilt / math.radians(80.0)
    merged = merged_result(plan, tasks, load_builtin_robots()[ROBOT])
    assert merged.timeline.cycle_time_s == pytest.approx(plan.cycle_time_s)
    assert merged.timeline.breakdown_s["indexing"] == pytest.approx(plan.index_time_s)


def test_the_merged_program_replays_with_the_index_stands_and_the_positioner_axes() -> None:
    # the stored moves (planning.serialize) timed again, as GET /plans/{id}/trajectory does
    _, tasks, plan = _planned()
    robot = load_builtin_robots()[ROBOT]
    merged = merged_result(plan, tasks, robot)
    program = program_from_json(json.loads(json.dumps(program_to_json(merged.program))))
    assert program.positioner_id == POSITIONER
    spec = load_builtin_positioners()[program.positioner_id]
    tl = time_moves(program, robot.max_speed, robot.max_accel, ext_v_max=spec.max_speed, ext_a_max=spec.max_accel)
    assert tl.duration == pytest.approx(plan.cycle_time_s)
    assert tl.breakdown_s["indexing"] == pytest.approx(plan.index_time_s)
    (g,) = plan.groups
    # every index stand: the robot at home, the positioner from one state to the next; arcs only at g.q
    stands = [(t0, t1) for t0, t1, kind, _ in tl.phases if kind == "indexing"]
    assert len(stands) == 2 and sum(t1 - t0 for t0, t1 in stands) == pytest.approx(plan.index_time_s)
    for t0, t1 in stands:
        q = tl.q_at(np.linspace(t0, t1, 7))
        assert np.max(np.abs(q - robot.home)) < 1e-9
    ext = tl.ext_at([0.0, stands[0][1], stands[1][0], tl.duration])
    assert ext is not None
    np.testing.assert_allclose(ext, [spec.home, g.q, g.q, spec.home], atol=1e-9)
    arc_on = [t for t, kind, _ in tl.events if kind == "arc_on"]
    ext_arc = tl.ext_at(arc_on)
    assert ext_arc is not None
    np.testing.assert_allclose(ext_arc, np.repeat(g.q[None], len(arc_on), axis=0), atol=1e-12)


def test_the_part_pose_is_pybullets_fk_of_the_positioner(tmp_path: Path) -> None:
    _, _, plan = _planned()
    pcell = plan.positioner
    spec = pcell.spec
    with direct_client() as client:
        body = load_urdf_text(client, spec.urdf_text, tmp_path)
        joints = revolute_indices(client, body, spec.joint_names)
        tip = link_index(client, body, spec.face_plate_link)
        X_PosF = pybullet_fk(client, body, joints, tip, np.stack([g.q for g in plan.groups]))
    for g, X in zip(plan.groups, X_PosF, strict=True):
        assert np.max(np.abs(pcell.X_BPos @ X @ pcell.X_FP - g.X_BP)) < 1e-6


def test_each_group_is_collision_free_in_the_reference_world() -> None:
    # the reference world of the end-to-end tests, with the part where the positioner holds it and the
    # positioner's links as obstacles (the cell the group was planned in)
    part, tasks, plan = _planned()
    for g in plan.groups:
        _check_plan(Planned(part, [t for t in tasks if t.seam_id in g.seam_ids], g.result, PlanConfig()))


def test_the_sweep_bound_sees_a_robot_within_reach_of_the_turning_part() -> None:
    # index moves are checked state by state only where the robot at home is within the sphere the part and
    # the positioner's moving links can sweep: 1.03 m away (the cell above) it is not; 0.5 m away it is
    part, _, plan = _planned()
    robot, tool = load_builtin_robots()[ROBOT], load_builtin_tools()[TOOL]
    meshes = [b.mesh for b in part.bodies]
    assert sweep_clear(plan.positioner, robot, tool, meshes, ())
    near = plan.positioner.X_BPos.copy()
    near[:3, 3] *= 0.5 / np.linalg.norm(near[:2, 3])
    close = PositionerCell(plan.positioner.spec, near, plan.positioner.X_FP)
    assert not sweep_clear(close, robot, tool, meshes, ())
