"""Torch accessibility (planning.torch_access) against an independent PyBullet check, and as the planner's bound.

Independent check: a plain PyBullet client of its own, each part body as its triangle mesh (a static concave
GEOM_MESH, not the convex pieces the planner's probe uses), each torch primitive of tool.yaml as a PyBullet
cylinder/box/sphere placed by its own frame X_PG = X_PT X_TF X_FG (rotations through scipy, not our se3),
getClosestPoints at distance 0 between every primitive and every body. A contact counts unless it is the
nozzle (tip primitive) touching one of the seam's two bodies within the allowed radius of the seam point
(the rule of collision.AllowedContact, restated here). Penetrations shallower than 0.2 mm are grazing: PyBullet's
convex margin can flip those either way (tests/collision/test_torch_probe.py).
"""

from __future__ import annotations

import functools

import numpy as np
import pybullet as pb
import pytest
from scipy.spatial.transform import Rotation

from app.services.plan_results import plan_result_json
from cad import default_procedure, detect_seams
from cad import weldments as wm
from cad.seams import SeamDetectionConfig
from planning.planner import PlanConfig, SeamTask, plan_weld
from planning.torch_access import (
    DEFAULT_CONTACT_RADIUS_M,
    PartTorchWorld,
    seam_access,
    seams_with_torch_access,
    torch_pose_free,
)
from planning.torch_frames import seam_rungs, torch_frames, torch_window
from planning.unwelded import unwelded_stretches
from robot_models import load_builtin_robots, load_builtin_tools
from tests.planning.plan_testlib import welded_blocked_points

GRAZING_M = 2e-4
REASONS = {"no_torch_angle", "out_of_reach", "joint_limit", "singularity", "collision", "speed", "approach", "air_move"}


@functools.cache
def _part(builder: str) -> tuple[object, list]:
    part = wm.weldment_part(getattr(wm, builder)())
    return part, detect_seams(part, SeamDetectionConfig(check_accessibility=False))


class IndependentCheck:
    """The torch's primitives against the part's triangle meshes in a PyBullet client of their own."""

    def __init__(self, part: object, tool: object) -> None:
        self.cid = pb.connect(pb.DIRECT)
        self.tool = tool
        self.bodies = []
        for b in part.bodies:
            m = b.mesh
            shape = pb.createCollisionShape(
                pb.GEOM_MESH,
                vertices=np.asarray(m.vertices).tolist(),
                indices=np.asarray(m.faces).reshape(-1).tolist(),
                flags=pb.GEOM_FORCE_CONCAVE_TRIMESH,
                physicsClientId=self.cid,
            )
            self.bodies.append(pb.createMultiBody(0, shape, physicsClientId=self.cid))
        self.prims = []
        for p in tool.collisions:
            if p.kind == "cylinder":
                shape = pb.createCollisionShape(
                    pb.GEOM_CYLINDER, radius=p.radius, height=p.length, physicsClientId=self.cid
                )
            elif p.kind == "box":
                shape = pb.createCollisionShape(
                    pb.GEOM_BOX, halfExtents=[0.5 * v for v in p.size], physicsClientId=self.cid
                )
            else:
                shape = pb.createCollisionShape(pb.GEOM_SPHERE, radius=p.radius, physicsClientId=self.cid)
            self.prims.append(
                (
                    pb.createMultiBody(0, shape, basePosition=[0, 0, -10], physicsClientId=self.cid),
                    np.asarray(p.X_FG, dtype=float),
                )
            )
        self.tip = int(tool.tip_collision_index)
        self.X_TF = np.linalg.inv(np.asarray(tool.X_FT, dtype=float))

    def contacts(self, X_PT: np.ndarray, seam_bodies: tuple[int, int], point: np.ndarray) -> list[str]:
        """What the torch at X_PT touches, apart from the nozzle's allowed contact."""
        out = []
        for k, (uid, X_FG) in enumerate(self.prims):
            X = X_PT @ self.X_TF @ X_FG
            quat_xyzw = Rotation.from_matrix(X[:3, :3]).as_quat().tolist()
            pb.resetBasePositionAndOrientation(uid, X[:3, 3].tolist(), quat_xyzw, physicsClientId=self.cid)
            for i, body in enumerate(self.bodies):
                for pt in pb.getClosestPoints(uid, body, 0.0, physicsClientId=self.cid):
                    if pt[8] >= -GRAZING_M:
                        continue
                    allowed = (
                        k == self.tip
                        and i in seam_bodies
                        and np.linalg.norm(np.asarray(pt[6]) - point) <= DEFAULT_CONTACT_RADIUS_M
                    )
                    if not allowed:
                        out.append(f"{self.tool.collisions[k].name} vs body {i} ({pt[8] * 1e3:.2f} mm)")
        return out

    def close(self) -> None:
        pb.disconnect(physicsClientId=self.cid)


def _pose(seam: object, procedure: object, point: int, angles: np.ndarray, reverse: bool) -> np.ndarray:
    """X_PT of one torch direction at a seam point, built as the planner builds its rungs."""
    s = seam.reversed() if reverse else seam
    rungs = seam_rungs(s, 1e3)
    r = len(seam.points) - 1 - point if reverse else point
    return torch_frames(rungs.subset(np.array([r])), angles[0], angles[1], angles[2])[0, 0]


@pytest.mark.parametrize(
    "builder,tool_id",
    [
        ("bracket_with_two_gussets", "torch_22deg"),
        ("box", "torch_45deg"),
        ("tube_on_plate", "torch_22deg"),
        ("inside_corner", "torch_straight"),
    ],
)
def test_every_direction_reported_free_is_free_in_an_independent_pybullet_check(builder: str, tool_id: str) -> None:
    part, seams = _part(builder)
    tool = load_builtin_tools()[tool_id]
    rng = np.random.default_rng(13)
    check = IndependentCheck(part, tool)
    free_checked = blocked_checked = blocked_confirmed = 0
    try:
        with PartTorchWorld(tool, tuple(b.mesh for b in part.bodies)) as world:
            for si in rng.choice(len(seams), size=min(2, len(seams)), replace=False).tolist():
                seam = seams[si]
                procedure = default_procedure(seam)
                access = seam_access(world, seam, procedure)
                points = rng.choice(len(seam.points), size=min(2, len(seam.points)), replace=False)
                # the blocked ends are where the torch barely fits: always among those checked
                points = np.unique(
                    np.concatenate([points, np.flatnonzero(~access.free)[:2], np.flatnonzero(access.level > 0)[:2]])
                )
                for i in points.tolist():
                    p = np.asarray(seam.points[i])
                    survey = rng.choice(access.survey_rad.shape[0], size=24, replace=False)
                    poses = [
                        (access.survey_rad[k], bool(access.survey_reversed[k]), bool(access.survey_free[i, k]))
                        for k in survey.tolist()
                    ]
                    if access.free[i]:
                        poses.append((access.witness_rad[i], bool(access.witness_reversed[i]), True))
                    # random directions of the whole window, each asked of accessibility's own pose query
                    window = torch_window(procedure)
                    for _ in range(12):
                        a = np.array(
                            [
                                procedure.work_angle_rad + rng.uniform(-1, 1) * window.max_tol_rad,
                                procedure.travel_angle_rad + rng.uniform(-1, 1) * window.max_tol_rad,
                                rng.uniform(0, 2 * np.pi),
                            ]
                        )
                        rev = bool(rng.integers(2))
                        poses.append((a, rev, bool(torch_pose_free(world, seam, i, a[None], np.array([rev]))[0])))
                    for angles, rev, free in poses:
                        hits = check.contacts(_pose(seam, procedure, i, angles, rev), seam.all_bodies, p)
                        if free:
                            free_checked += 1
                            assert not hits, (
                                f"{builder} seam {si} point {i}: reported free at "
                                f"{np.degrees(angles).round(1)} reversed={rev}, touches {hits}"
                            )
                        else:
                            blocked_checked += 1
                            blocked_confirmed += bool(hits)
    finally:
        check.close()
    assert free_checked >= 10
    # the check is no formality: what accessibility calls blocked mostly collides here too (the planner's
    # convex pieces may be larger than the triangles where a body is concave, never smaller)
    if blocked_checked:
        assert blocked_confirmed >= 0.5 * blocked_checked


def test_the_planner_never_welds_a_point_accessibility_calls_blocked() -> None:
    part, seams = _part("bracket_with_two_gussets")
    tool = load_builtin_tools()["torch_22deg"]
    procedures = [default_procedure(s) for s in seams]
    seams, access = seams_with_torch_access([b.mesh for b in part.bodies], seams, procedures, tool)
    assert any(not a.free.all() for a in access), "the bracket's gussets block some seam ends"
    tasks = [SeamTask(f"s{i}", s, p) for i, (s, p) in enumerate(zip(seams, procedures, strict=True))]
    result = plan_weld(
        [b.mesh for b in part.bodies], tasks, load_builtin_robots()["abb_irb1600_10_145"], tool, None, PlanConfig()
    )
    assert not welded_blocked_points(tasks, result)
    welded_m = accessible_m = 0.0
    for task, plan in zip(tasks, result.seams, strict=True):
        accessible_m += task.seam.length * task.seam.accessible_fraction
        welded_m += task.seam.length * plan.coverage
    # every unwelded millimetre has a reason: the stretches tile what is not welded, and the blocked ends
    # are the torch's (no pose of the window fits), never put down to the arm
    for task, plan in zip(tasks, result.seams, strict=True):
        stretches = [u for u in result.unwelded if u.seam_id == task.seam_id]
        assert sum(u.length_m for u in stretches) == pytest.approx(task.seam.length * (1 - plan.coverage), abs=1e-6)
        assert all(u.reason in REASONS for u in stretches)
        ends = np.flatnonzero(~task.seam.point_accessible)
        for i in ends.tolist():
            s_i = float(np.sum(np.linalg.norm(np.diff(task.seam.points[: i + 1], axis=0), axis=1)))
            at = [u for u in stretches if u.from_m - 1e-9 <= s_i <= u.to_m + 1e-9]
            assert at and all(u.reason == "no_torch_angle" for u in at), (task.seam_id, i, at)
    # the API's plan result lists them (app.services.plan_results, the field the CLI prints) and the angles
    doc = plan_result_json(result, tasks)
    assert len(doc["unwelded"]) == len(result.unwelded)
    assert {"seam_id", "from_mm", "to_mm", "length_mm", "reason", "detail"} <= set(doc["unwelded"][0])
    for seam_doc, plan in zip(doc["seams"], result.seams, strict=True):
        if plan.pieces:
            angles = np.array(seam_doc["angles_deg"])
            own = {r for a, b in plan.pieces for r in range(a, b + 1)}
            other = {r for a, b in plan.complement.pieces for r in range(a, b + 1)} if plan.complement else set()
            assert len(angles) == len(own) + len(other)
            cap = 25.0 + 1e-6  # cad/weld_procedures.yaml max_tolerance_deg
            assert np.all(np.abs(angles[:, 1] - seam_doc["work_angle_deg"]) <= cap)
            assert np.all(np.abs(angles[:, 2] - seam_doc["travel_angle_deg"]) <= cap)
    # accessible_fraction is a bound: the rungs next to a blocked point stand for at most half a segment
    # each side, one rung spacing (5 mm) per blocked end
    slack = sum(2 * 0.005 for t in tasks if not t.seam.point_accessible.all())
    assert welded_m <= accessible_m + slack


def test_unwelded_stretches_tile_the_gaps_with_their_reasons() -> None:
    """Rungs every 5 mm over 40 mm; rungs 0-1 blocked by the torch, a piece over rungs 2-5, a break after
    rung 5 (speed), a piece 6-7, rung 8 out of reach. Seam welded reversed: positions measured from its
    given start."""
    s = np.arange(9) * 0.005
    reasons = ["no_torch_angle", "no_torch_angle", None, None, None, None, None, None, "out_of_reach"]
    out = unwelded_stretches("a", 0.04, s, reasons, [(2, 5), (6, 7)], {5: "speed"}, False)
    assert [(round(u.from_m, 4), round(u.to_m, 4), u.reason) for u in out] == [
        (0.0, 0.01, "no_torch_angle"),
        (0.025, 0.03, "speed"),
        (0.035, 0.04, "out_of_reach"),
    ]
    rev = unwelded_stretches("a", 0.04, s, reasons, [(2, 5), (6, 7)], {5: "speed"}, True)
    assert [(round(u.from_m, 4), round(u.to_m, 4), u.reason) for u in rev] == [
        (0.0, 0.005, "out_of_reach"),
        (0.01, 0.015, "speed"),
        (0.03, 0.04, "no_torch_angle"),
    ]
    whole = unwelded_stretches("b", 0.03, None, None, [], {}, False, whole_reason=("no_torch_angle", "x"))
    assert [(u.from_m, u.to_m, u.reason, u.detail) for u in whole] == [(0.0, 0.03, "no_torch_angle", "x")]
