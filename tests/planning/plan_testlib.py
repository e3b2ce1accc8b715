"""Shared pieces of the end-to-end planning tests: planned weldments (cached per session) and an independent,
unoptimised PyBullet world to re-check the final trajectory with.

The reference world is deliberately plain: the robot URDF loaded by PyBullet itself (its own FK, not ours),
the torch primitives attached at the flange pose PyBullet reports, every part body as its convex hull, the
table and boxes; one performCollisionDetection per sample and every contact counted, except, while the arc
burns, the nozzle touching the seam's own bodies within the allowed radius of the wire tip, and the self
pairs this world finds for itself with every pair enabled (never the planner's tables,
collision/selfpairs.py): links fixed to each other (the torch is fixed to the flange), links one moving URDF
joint apart (what the MoveIt setup assistant calls "adjacent"), and pairs in contact in at least 95 % of
random configurations inside the joint limits (its "always in collision": docs/references.md#planning-4).
Pairs that are merely never close in sampling stay checked: a plan that brings them together collides.
"""

from __future__ import annotations

import functools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pybullet as pb

from cad import default_procedure, detect_seams
from cad import weldments as wm
from collision import MeshObstacle
from kinematics.se3 import quat_wxyz_from_R
from planning.planner import PlanConfig, PlanResult, SeamTask, plan_weld
from robot_models import load_builtin_robots, load_builtin_tools

ROBOT_IDS = ("abb_irb1600_10_145", "kuka_kr10_r1420", "fanuc_m10ia", "yaskawa_ar1440", "ur10e")


@dataclass(frozen=True, eq=False)
class Planned:
    part: object
    tasks: list[SeamTask]
    result: PlanResult
    config: PlanConfig


@functools.cache
def weldment(builder: str) -> tuple[object, list[SeamTask]]:
    part = wm.weldment_part(getattr(wm, builder)())
    tasks = [SeamTask(f"{builder}_{i}", s, default_procedure(s)) for i, s in enumerate(detect_seams(part))]
    return part, tasks


@functools.cache
def planned(builder: str, robot_id: str, tool_id: str = "torch_22deg") -> Planned:
    part, tasks = weldment(builder)
    config = PlanConfig()
    result = plan_weld(
        [b.mesh for b in part.bodies],
        tasks,
        load_builtin_robots()[robot_id],
        load_builtin_tools()[tool_id],
        None,
        config,
    )
    return Planned(part, tasks, result, config)


def welded_blocked_points(tasks: list[SeamTask], result: PlanResult) -> list[str]:
    """ "seam_id: point i" for every seam point the torch accessibility calls blocked (seam.point_accessible)
    that the plan welds: a rung on the point inside a welded piece, its own or its complement's (welded the
    other way). Issue 13: accessibility is a bound the planner never exceeds."""
    out = []
    for task, plan in zip(tasks, result.seams, strict=True):
        if plan.path is None:
            continue
        ok = task.seam.point_accessible[::-1] if plan.reversed else task.seam.point_accessible
        welded = np.zeros(plan.path.rungs.count, dtype=bool)
        for a, b in plan.welded_pieces():
            welded[a : b + 1] = True
        src = plan.path.rungs.source_index
        for r in np.flatnonzero(welded & (src >= 0)).tolist():
            if not ok[src[r]]:
                point = len(ok) - 1 - int(src[r]) if plan.reversed else int(src[r])
                out.append(f"{task.seam_id}: point {point}")
    return out


def _xyzw(R: np.ndarray) -> list[float]:
    w, x, y, z = quat_wxyz_from_R(R)
    return [x, y, z, w]


class ReferenceWorld:
    """One plain PyBullet world of a planned cell (see the module docstring)."""

    def __init__(self, plan: Planned) -> None:
        result = plan.result
        robot = load_builtin_robots()[result.program.robot_id]
        tool = load_builtin_tools()[result.program.tool_id]
        self.robot, self.tool = robot, tool
        self.disabled: set[frozenset[str]] = set()
        self.cid = pb.connect(pb.DIRECT)
        with tempfile.TemporaryDirectory() as tmp:
            urdf = Path(tmp) / "robot.urdf"
            urdf.write_text(robot.urdf_text)
            if robot.urdf_dir is not None and (robot.urdf_dir / "meshes").is_dir():
                # the URDF names its meshes relative to its own folder
                (Path(tmp) / "meshes").symlink_to(robot.urdf_dir / "meshes")
            self.rob = pb.loadURDF(
                str(urdf),
                useFixedBase=True,
                physicsClientId=self.cid,
                flags=pb.URDF_USE_IMPLICIT_CYLINDER | pb.URDF_USE_SELF_COLLISION,
            )
        self.names = {-1: pb.getBodyInfo(self.rob, physicsClientId=self.cid)[0].decode()}
        self.joint_index = {}
        joints: list[tuple[int, int, bool]] = []  # (child link, parent link, fixed)
        for j in range(pb.getNumJoints(self.rob, physicsClientId=self.cid)):
            info = pb.getJointInfo(self.rob, j, physicsClientId=self.cid)
            self.names[j] = info[12].decode()
            self.joint_index[info[1].decode()] = j
            joints.append((j, info[16], info[2] == pb.JOINT_FIXED))
        self.joints = [self.joint_index[n] for n in robot.chain.joint_names]
        self.tip = next(j for j, n in self.names.items() if n == robot.tip_link)
        self.torch: list[tuple[int, np.ndarray, str]] = []
        for k, prim in enumerate(tool.collisions):
            if prim.kind == "cylinder":
                shape = pb.createCollisionShape(
                    pb.GEOM_CYLINDER, radius=prim.radius, height=prim.length, physicsClientId=self.cid
                )
            elif prim.kind == "box":
                shape = pb.createCollisionShape(
                    pb.GEOM_BOX, halfExtents=(np.array(prim.size) / 2).tolist(), physicsClientId=self.cid
                )
            else:
                shape = pb.createCollisionShape(pb.GEOM_SPHERE, radius=prim.radius, physicsClientId=self.cid)
            uid = pb.createMultiBody(0, shape, physicsClientId=self.cid)
            self.torch.append((uid, prim.X_FG, f"torch {prim.name}"))
            if k == tool.tip_collision_index:
                self.nozzle = f"torch {prim.name}"
        self.others: dict[int, str | int] = {}
        X_BP = result.cell.X_BP
        for i, body in enumerate(plan.part.bodies):
            hull = body.mesh.convex_hull
            shape = pb.createCollisionShape(pb.GEOM_MESH, vertices=hull.vertices.tolist(), physicsClientId=self.cid)
            uid = pb.createMultiBody(
                0,
                shape,
                basePosition=X_BP[:3, 3].tolist(),
                baseOrientation=_xyzw(X_BP[:3, :3]),
                physicsClientId=self.cid,
            )
            self.others[uid] = i
        boxes = [(o.X_WO, o.size_m, o.name) for o in result.cell.obstacles if not isinstance(o, MeshObstacle)]
        for o in result.cell.obstacles:
            if isinstance(o, MeshObstacle):  # the triangles themselves, a static concave mesh in PyBullet
                shape = pb.createCollisionShape(
                    pb.GEOM_MESH,
                    vertices=o.mesh.vertices.tolist(),
                    indices=o.mesh.faces.reshape(-1).tolist(),
                    physicsClientId=self.cid,
                )
                uid = pb.createMultiBody(
                    0,
                    shape,
                    basePosition=o.X_WO[:3, 3].tolist(),
                    baseOrientation=_xyzw(o.X_WO[:3, :3]),
                    physicsClientId=self.cid,
                )
                self.others[uid] = o.name
        if result.cell.table is not None:
            boxes.append((result.cell.table.X_WO, result.cell.table.size_m, "table"))
        for X, size, label in boxes:
            shape = pb.createCollisionShape(
                pb.GEOM_BOX, halfExtents=(np.array(size) / 2).tolist(), physicsClientId=self.cid
            )
            uid = pb.createMultiBody(
                0, shape, basePosition=X[:3, 3].tolist(), baseOrientation=_xyzw(X[:3, :3]), physicsClientId=self.cid
            )
            self.others[uid] = label
        key = (robot.id, tool.id)
        if key not in _SAMPLED_DISABLED:
            _SAMPLED_DISABLED[key] = self._structural(joints) | self._always_in_contact()
        self.disabled = _SAMPLED_DISABLED[key]

    def _structural(self, joints: list[tuple[int, int, bool]]) -> set[frozenset[str]]:
        """Pairs within one rigid group (links joined by fixed joints; the torch pieces belong to the tip's) and
        pairs of groups joined by one moving joint."""
        group = {name: {name} for name in self.names.values()}
        group[self.names[self.tip]] |= {label for _, _, label in self.torch}
        for child, parent, fixed in joints:
            if fixed:
                merged = group[self.names[child]] | group[self.names[parent]]
                for name in merged:
                    group[name] = merged
        pairs = {frozenset((a, b)) for members in group.values() for a in members for b in members if a != b}
        for child, parent, fixed in joints:
            if not fixed:
                a, b = group[self.names[child]], group[self.names[parent]]
                pairs |= {frozenset((x, y)) for x in a for y in b}
        return pairs

    def _always_in_contact(self, samples: int = 1000, share: float = 0.95) -> set[frozenset[str]]:
        """Self pairs (robot links and torch pieces) in contact in at least `share` of `samples` uniform random
        configurations inside the joint limits (MoveIt setup assistant: 95 %; it samples 10,000)."""
        lo, hi = self.robot.joint_limits[:, 0], self.robot.joint_limits[:, 1]
        rng = np.random.default_rng(0)
        counts: dict[frozenset[str], int] = {}
        for q in rng.uniform(lo, hi, (samples, len(lo))):
            for pair in {frozenset(p) for p in self._self_contacts(q)}:
                counts[pair] = counts.get(pair, 0) + 1
        return {pair for pair, n in counts.items() if n >= share * samples}

    def close(self) -> None:
        pb.disconnect(physicsClientId=self.cid)

    def _pose(self, q: np.ndarray) -> list[tuple]:
        """Put the robot at q and the torch at its flange; every contact point then (PyBullet's tuples)."""
        cid = self.cid
        for j, v in zip(self.joints, q, strict=True):
            pb.resetJointState(self.rob, j, float(v), physicsClientId=cid)
        st = pb.getLinkState(self.rob, self.tip, computeForwardKinematics=True, physicsClientId=cid)
        X_BF = np.eye(4)
        X_BF[:3, :3] = np.array(pb.getMatrixFromQuaternion(st[5])).reshape(3, 3)
        X_BF[:3, 3] = st[4]
        for uid, X_FG, _ in self.torch:
            X = X_BF @ X_FG
            pb.resetBasePositionAndOrientation(uid, X[:3, 3].tolist(), _xyzw(X[:3, :3]), physicsClientId=cid)
        pb.performCollisionDetection(physicsClientId=cid)
        return [c for c in pb.getContactPoints(physicsClientId=cid) if c[8] < 0]

    def _self_pair(self, c: tuple) -> tuple[str, str] | None:
        """The (robot or torch, robot or torch) labels of a contact between two moving pieces, else None."""
        torch_label = {uid: label for uid, _, label in self.torch}
        a, b = c[1], c[2]
        if a not in torch_label and a != self.rob or b not in torch_label and b != self.rob:
            return None
        la = self.names[c[3]] if a == self.rob else torch_label[a]
        lb = self.names[c[4]] if b == self.rob else torch_label[b]
        # the torch's own pieces overlap by construction, as does a link with itself
        return None if (a in torch_label and b in torch_label) or la == lb else (la, lb)

    def _self_contacts(self, q: np.ndarray) -> list[tuple[str, str]]:
        """Every robot-robot and robot-torch pair in contact at q, none left out."""
        return [pair for c in self._pose(q) if (pair := self._self_pair(c)) is not None]

    def contacts(
        self,
        q: np.ndarray,
        allowed_bodies: tuple[int, ...] = (),
        point_B: np.ndarray | None = None,
        radius_m: float = 0.0,
    ) -> list[tuple[str, str]]:
        torch_label = {uid: label for uid, _, label in self.torch}
        moving = {self.rob} | set(torch_label)
        found = []
        for c in self._pose(q):
            a, b = c[1], c[2]
            if a not in moving and b not in moving:
                continue
            if a in moving and b in moving:
                pair = self._self_pair(c)
                if pair is not None and frozenset(pair) not in self.disabled:
                    found.append(pair)
                continue
            mover, other, pos = (a, b, c[6]) if a in moving else (b, a, c[5])
            label = self.names[c[3] if a == self.rob else c[4]] if mover == self.rob else torch_label[mover]
            target = self.others[other]
            if (
                label == self.nozzle
                and isinstance(target, int)
                and target in allowed_bodies
                and point_B is not None
                and np.linalg.norm(np.asarray(pos) - point_B) <= radius_m
            ):
                continue
            found.append((label, str(target)))
        return found


# (robot id, tool id) -> the self pairs a ReferenceWorld of that robot and torch found to disable
_SAMPLED_DISABLED: dict[tuple[str, str], set[frozenset[str]]] = {}
