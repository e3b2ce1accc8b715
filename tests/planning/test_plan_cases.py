"""Issue 5 acceptance, the planted cases through plan_weld (not just the ladder): a fixture block where the
torch would be with its default spin, and a seam out of reach next to weldable ones.

Each plan is re-checked like the end-to-end weldments (test_plan_end_to_end._check_plan: a plain PyBullet
world that includes the cell's obstacles, joint limits and speeds, TCP on the seam, torch angles). Geometry
comes from cad.weldments.t_joint and the built-in ABB IRB 1600-10/1.45 and torch_22deg (tool.yaml).
"""

from __future__ import annotations

import functools
from dataclasses import replace

import numpy as np
import pytest
import trimesh

from collision import AllowedContact, BoxObstacle, CollisionScene, CollisionWorld, MeshObstacle
from planning.cell import Cell
from planning.planner import PlanConfig, PlanResult, SeamTask, plan_weld
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.plan_testlib import Planned, planned, weldment
from tests.planning.test_plan_end_to_end import _check_plan

ROBOT = "abb_irb1600_10_145"
TOOL = "torch_22deg"


def _plan(tasks: list[SeamTask], cell: Cell | None) -> PlanResult:
    part, _ = weldment("t_joint")
    return plan_weld(
        [b.mesh for b in part.bodies],
        tasks,
        load_builtin_robots()[ROBOT],
        load_builtin_tools()[TOOL],
        cell,
        PlanConfig(),
    )


@functools.cache
def _free() -> PlanResult:
    return _plan(weldment("t_joint")[1], None)


def _torch_body_box(q: np.ndarray) -> BoxObstacle:
    """A 50 mm block centred on the torch primitive farthest from the wire axis (the gun body) at q: where
    the torch is with this spin, and not where it is with the opposite spin."""
    robot, tool = load_builtin_robots()[ROBOT], load_builtin_tools()[TOOL]
    X_BF = robot.kinematics.fk(q[None])[0]
    tip, axis = tool.X_FT[:3, 3], tool.X_FT[:3, 2]

    def off_axis(p: np.ndarray) -> float:
        d = p - tip
        return float(np.linalg.norm(d - (d @ axis) * axis))

    prim = max(tool.collisions, key=lambda c: off_axis(c.X_FG[:3, 3]))
    assert off_axis(prim.X_FG[:3, 3]) > 0.05, "a bent torch swings its body round the wire axis"
    X = np.eye(4)
    X[:3, 3] = (X_BF @ prim.X_FG)[:3, 3]
    return BoxObstacle("clamp", X, (0.05, 0.05, 0.05))


@pytest.mark.parametrize("kind", ["box", "mesh"])
def test_fixture_block_at_the_default_spin_is_avoided_by_spinning_the_torch(kind: str) -> None:
    free = _free()
    part, tasks = weldment("t_joint")
    seam = free.seams[0]
    assert seam.status == "planned"
    rungs = seam.path.rungs
    mid = rungs.count // 2
    box = _torch_body_box(seam.path.q[mid])
    # the same block given as a triangle mesh (a fixture from CAD): the planner's world splits it into convex
    # pieces, the reference world keeps its triangles
    block = box if kind == "box" else MeshObstacle("clamp", trimesh.creation.box(extents=box.size_m), box.X_WO)
    cell = Cell(free.cell.X_BP, free.cell.table, (block,), placement="given")
    # the block really is in the way of the plan made without it
    scene = CollisionScene(
        robot=load_builtin_robots()[ROBOT],
        tool=load_builtin_tools()[TOOL],
        part_meshes=tuple(b.mesh for b in part.bodies),
        X_WP=cell.X_BP,
        table=cell.table,
        box_obstacles=(box,),
    )
    with CollisionWorld(scene) as world:
        point = cell.X_BP[:3, :3] @ rungs.points[mid] + cell.X_BP[:3, 3]
        allowed = AllowedContact(tuple(tasks[0].seam.bodies), point, PlanConfig().contact_radius_m)
        assert not world.valid(seam.path.q[mid][None], allowed)[0]
        assert any("clamp" in c for c in world.contacts(seam.path.q[mid], allowed))

    blocked = _plan(tasks, cell)
    again = {s.seam_id: s for s in blocked.seams}[seam.seam_id]
    assert again.status == "planned" and again.coverage == 1.0, again.reason
    spin_change = np.angle(np.exp(1j * (again.path.spin - seam.path.spin)))
    assert np.nanmax(np.abs(spin_change)) > np.radians(30), "the torch must turn away from the block"
    _check_plan(Planned(part, list(tasks), blocked, PlanConfig()))


def test_a_seam_out_of_reach_is_reported_and_the_others_are_planned() -> None:
    free = _free()
    part, tasks = weldment("t_joint")
    X_BP = free.cell.X_BP
    # the first seam again, 1.5 m farther from the robot (horizontally, in the base frame) than it is
    away_B = np.r_[X_BP[:2, 3], 0.0] / np.linalg.norm(X_BP[:2, 3])
    shift_P = X_BP[:3, :3].T @ (1.5 * away_B)
    far = SeamTask("far", replace(tasks[0].seam, points=tasks[0].seam.points + shift_P), tasks[0].procedure)
    result = _plan([*tasks, far], free.cell)
    outcome = {s.seam_id: s for s in result.seams}
    assert outcome["far"].status == "unreachable" and outcome["far"].coverage == 0.0
    assert outcome["far"].reason is not None and "unreachable" in outcome["far"].reason
    assert outcome["far"].order is None
    for task in tasks:
        assert outcome[task.seam_id].status == "planned" and outcome[task.seam_id].coverage == 1.0
    assert not any(m.seam_id == "far" for m in result.program.moves)
    _check_plan(Planned(part, list(tasks), result, PlanConfig()))


def test_tube_round_weld_restarts_with_the_wrist_unwound() -> None:
    """The AR1440's joint 6 (robot.yaml limits) cannot wind a full turn round the tube: the weld stops and
    restarts on the same point in another configuration, and no length is lost."""
    plan = planned("tube_on_plate", "yaskawa_ar1440")
    robot = load_builtin_robots()["yaskawa_ar1440"]
    tool = load_builtin_tools()[TOOL]
    seam = next(s for s in plan.result.seams if s.status == "planned")
    path = seam.path
    assert path.restarts and len(seam.pieces) >= 2
    assert seam.coverage == 1.0
    for (_, end), (start, _) in zip(seam.pieces, seam.pieces[1:], strict=False):
        assert start == end, "each piece starts where the previous one ended"
        q_restart, X_restart = path.restarts[start]
        # the same torch pose (on the seam point), reached in another configuration
        X_PT = np.linalg.inv(plan.result.cell.X_BP) @ robot.kinematics.fk(q_restart[None])[0] @ tool.X_FT
        np.testing.assert_allclose(X_PT, X_restart, atol=1e-6)
        np.testing.assert_allclose(X_restart[:3, 3], path.rungs.points[start], atol=1e-9)
        assert np.max(np.abs(q_restart - path.q[start])) > np.radians(90)
    arc_on = [e for e in plan.result.timeline.events if e[1] == "arc_on" and e[2] == seam.seam_id]
    assert len(arc_on) == len(seam.pieces)


def test_a_placement_that_plans_badly_is_replaced_by_another() -> None:
    """A clamp over the angled web's open fillet where the placement ranked best by reach puts it: nothing is
    welded there (the torch has no room), so placements with the part turned otherwise are planned, and one of
    them, where the clamp stands on the web's other side, is kept."""
    part, tasks = weldment("angled_web")
    robot, tool = load_builtin_robots()[ROBOT], load_builtin_tools()[TOOL]
    meshes = [b.mesh for b in part.bodies]
    free = plan_weld(meshes, tasks, robot, tool)
    X_BP = free.placement.ranked[0]
    assert np.allclose(free.cell.X_BP, X_BP), "without the clamp the best placement is kept"
    task = max(tasks, key=lambda t: t.seam.accessible_fraction)
    pts_B = task.seam.points @ X_BP[:3, :3].T + X_BP[:3, 3]
    along = pts_B[-1] - pts_B[0]
    x = along / np.linalg.norm(along)
    z = X_BP[:3, :3] @ task.seam.bisectors.mean(axis=0)
    z = z - (z @ x) * x
    z /= np.linalg.norm(z)
    X_BO = np.eye(4)
    X_BO[:3, :3] = np.column_stack([x, np.cross(z, x), z])
    X_BO[:3, 3] = pts_B.mean(axis=0) + 0.03 * z  # 10-50 mm out along the bisector, where the nozzle goes
    clamp = BoxObstacle("clamp", X_BO, (float(np.linalg.norm(along)) + 0.04, 0.04, 0.04))
    result = plan_weld(meshes, tasks, robot, tool, None, PlanConfig(), obstacles=(clamp,))

    assert result.stats["placements_planned"] >= 2
    assert result.placement is not None and result.cell is result.placement.cell
    assert not np.allclose(result.cell.X_BP, result.placement.ranked[0])
    welded = sum(s.coverage * t.seam.length for s, t in zip(result.seams, tasks, strict=True))
    accessible = sum(t.seam.accessible_fraction * t.seam.length for t in tasks)
    assert welded >= 0.8 * accessible
    # the same clamp at the first placement leaves that seam unwelded (why it was replaced)
    first = plan_weld(meshes, tasks, robot, tool, Cell(X_BP, free.cell.table, (clamp,)), PlanConfig())
    assert sum(s.coverage * t.seam.length for s, t in zip(first.seams, tasks, strict=True)) < 0.8 * accessible
    _check_plan(Planned(part, list(tasks), result, PlanConfig()))


def test_a_ur_reaches_every_piece_it_plans_with_its_wrist_unwound() -> None:
    """UR10e, bracket: a UR's wrist 2 turns +-360 deg, and the same torch pose one turn round lies behind the
    fold at +-180 deg where the torch meets the forearm, which no air move from home crosses. The ladder keeps
    joints inside (-180, 180] where it can (StateConfig.wrap_weight), so every piece it plans is reached and
    welded: no seam loses length for want of an air move."""
    plan = planned("bracket_with_two_gussets", "ur10e")
    _, tasks = weldment("bracket_with_two_gussets")
    for seam in plan.result.seams:
        assert seam.reason is None or "air move" not in seam.reason, (seam.seam_id, seam.reason)
    q = np.array([m.q for m in plan.result.program.moves])
    assert np.all(np.abs(q[:, 4]) < np.pi), "wrist 2 stays on home's side of the fold"
    welded = sum(s.coverage * t.seam.length for s, t in zip(plan.result.seams, tasks, strict=True))
    accessible = sum(t.seam.accessible_fraction * t.seam.length for t in tasks)
    assert welded >= 0.9 * accessible
