"""Helpers for the collision tests: cells, configurations near the part, and the plain PyBullet reference.

The reference builds its own PyBullet world for every configuration (no state shared with CollisionWorld,
no persistent contact manifolds): the robot URDF as given (self collision on), each torch primitive as its
own dynamic body placed from PyBullet's own flange pose, part bodies as convex hulls, table and obstacles as
boxes; then performCollisionDetection + getContactPoints, and every contact with distance < 0 counts,
except those between the static robot base and the static cell (Bullet never reports static pairs) and the
self pairs the world disables (their list is an input of the check, not its result).
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pybullet as pb
import trimesh

from cad.weldments import bracket_with_two_gussets, weldment_part
from collision import BoxObstacle, CollisionScene, CollisionWorld, Table
from kinematics.se3 import invert_X, quat_wxyz_from_R, rot_axis_angle
from robot_models import load_builtin_robots, load_builtin_tools

PART_ORIGIN_W = (0.9, -0.1, 0.3)


@lru_cache(maxsize=1)
def bracket():  # noqa: ANN201
    return weldment_part(bracket_with_two_gussets(), name="bracket_with_two_gussets")


def robot(robot_id: str = "abb_irb1600_10_145"):  # noqa: ANN201
    return load_builtin_robots()[robot_id]


def tool(tool_id: str = "torch_22deg"):  # noqa: ANN201
    return load_builtin_tools()[tool_id]


def X_translate(x: float, y: float, z: float) -> np.ndarray:
    X = np.eye(4)
    X[:3, 3] = [x, y, z]
    return X


def bracket_scene(robot_id: str = "abb_irb1600_10_145", tool_id: str = "torch_22deg",
                  obstacles: tuple[BoxObstacle, ...] = (), with_table: bool = True) -> CollisionScene:
    """The bracket with its origin at PART_ORIGIN_W on a table top at z = 0.3 m, robot base at the origin."""
    table = Table(top_z_m=0.3, size_m=(0.8, 1.0, 0.05), centre_xy_m=(1.0, 0.0)) if with_table else None
    return CollisionScene.with_part(robot(robot_id), tool(tool_id), bracket(), X_translate(*PART_ORIGIN_W),
                                    table=table, box_obstacles=obstacles)


def torch_pose_configs(scene: CollisionScene, p_W: np.ndarray, z_W: np.ndarray, spins: int = 12) -> np.ndarray:
    """Every IK solution [m, 6] that puts the TCP at p_W[3] with the wire along z_W[3], spun about it."""
    z = z_W / np.linalg.norm(z_W)
    x0 = np.cross(z, [0.0, 0.0, 1.0] if abs(z[2]) < 0.9 else [1.0, 0.0, 0.0])
    x0 /= np.linalg.norm(x0)
    out = []
    for s in np.linspace(0, 2 * math.pi, spins, endpoint=False):
        x = rot_axis_angle(z, s) @ x0
        X = np.eye(4)
        X[:3, 0], X[:3, 1], X[:3, 2], X[:3, 3] = x, np.cross(z, x), z, p_W
        X_BF = invert_X(scene.X_WB) @ X @ invert_X(scene.tool.X_FT)
        out += list(scene.robot.kinematics.ik(X_BF[None])[0])
    return np.array(out).reshape(-1, 6)


def near_part_configs(scene: CollisionScene, n: int, seed: int) -> np.ndarray:
    """q[n, 6]: IK solutions of torch poses near the part: wire tip 0-30 mm off a random surface point, wire
    axis within 50 deg of the inward normal, random spin."""
    rng = np.random.default_rng(seed)
    kin = scene.robot.kinematics
    out: list[np.ndarray] = []
    while sum(len(o) for o in out) < n:
        b = int(rng.integers(len(scene.part_meshes)))
        mesh = scene.part_meshes[b]
        p, f = mesh.sample(200, return_index=True, seed=int(rng.integers(1 << 31)))
        R_WP, t_WP = scene.X_WP[:3, :3], scene.X_WP[:3, 3]
        n_W = mesh.face_normals[f] @ R_WP.T
        p_W = p @ R_WP.T + t_WP + n_W * rng.uniform(0, 0.03, (len(p), 1))
        axis = np.cross(n_W, rng.normal(size=(len(p), 3)))
        axis /= np.linalg.norm(axis, axis=1, keepdims=True)
        z = np.einsum("nij,nj->ni", rot_axis_angle(axis, rng.uniform(0, math.radians(50), len(p))), -n_W)
        x = np.cross(z, rng.normal(size=(len(p), 3)))
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        X = np.zeros((len(p), 4, 4))
        X[:, :3, 0], X[:, :3, 1], X[:, :3, 2], X[:, :3, 3], X[:, 3, 3] = x, np.cross(z, x), z, p_W, 1.0
        sols = kin.ik(invert_X(scene.X_WB) @ X @ invert_X(scene.tool.X_FT))
        out += [s for s in sols if len(s)]
    q = np.vstack(out)
    return q[rng.permutation(len(q))[:n]]


def l_profile() -> trimesh.Trimesh:
    """An angle profile (L section) 200 mm long: 100 x 100 mm legs, 10 mm thick, along x, corner at y=z=0."""
    from OCP.BRepAlgoAPI import BRepAlgoAPI_Cut
    from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox
    from OCP.gp import gp_Pnt

    from cad.weldments import tessellate

    outer = BRepPrimAPI_MakeBox(gp_Pnt(0, 0, 0), 0.2, 0.1, 0.1).Shape()
    inner = BRepPrimAPI_MakeBox(gp_Pnt(-0.01, 0.01, 0.01), 0.25, 0.1, 0.1).Shape()
    return tessellate(BRepAlgoAPI_Cut(outer, inner).Shape())


def random_configs(scene: CollisionScene, n: int, seed: int) -> np.ndarray:
    lim = np.asarray(scene.robot.joint_limits)
    return np.random.default_rng(seed).uniform(lim[:, 0], lim[:, 1], (n, 6))


def _xyzw(R: np.ndarray) -> list[float]:
    w, x, y, z = quat_wxyz_from_R(R)
    return [x, y, z, w]


@dataclass
class ReferenceResult:
    collides: bool
    pairs: set[tuple[str, str]]  # (robot link or "torch <name>", other) in contact (distance < 0)


class PlainPyBulletReference:
    """The unoptimised check; see the module docstring. disabled: the world's disabled self pairs as
    (label, label) with labels as CollisionWorld.link_names() gives them."""

    def __init__(self, scene: CollisionScene, disabled: set[frozenset[str]]) -> None:
        self.scene = scene
        self.disabled = disabled
        self._tmp = tempfile.TemporaryDirectory(prefix="collision_ref_")
        self.urdf = Path(self._tmp.name) / "robot.urdf"
        self.urdf.write_text(scene.robot.urdf_text)
        meshes = scene.robot.urdf_dir / "meshes" if scene.robot.urdf_dir is not None else None
        if meshes is not None and meshes.is_dir():
            (self.urdf.parent / "meshes").symlink_to(meshes)  # the URDF names its meshes relative to its folder

    def close(self) -> None:
        self._tmp.cleanup()

    def check(self, q: np.ndarray) -> ReferenceResult:
        scene = self.scene
        cid = pb.connect(pb.DIRECT)
        try:
            rob = pb.loadURDF(str(self.urdf), scene.X_WB[:3, 3].tolist(), _xyzw(scene.X_WB[:3, :3]),
                              useFixedBase=True, physicsClientId=cid,
                              flags=pb.URDF_USE_IMPLICIT_CYLINDER | pb.URDF_USE_SELF_COLLISION)
            names = {-1: pb.getBodyInfo(rob, physicsClientId=cid)[0].decode()}
            joints = {}
            for j in range(pb.getNumJoints(rob, physicsClientId=cid)):
                info = pb.getJointInfo(rob, j, physicsClientId=cid)
                names[j] = info[12].decode()
                joints[info[1].decode()] = j
            chain = scene.robot.chain
            for name, v in zip(chain.joint_names, q, strict=True):
                pb.resetJointState(rob, joints[name], float(v), physicsClientId=cid)
            tip = next(j for j, n in names.items() if n == scene.robot.tip_link)
            st = pb.getLinkState(rob, tip, computeForwardKinematics=True, physicsClientId=cid)
            X_WF = np.eye(4)
            X_WF[:3, :3] = np.array(pb.getMatrixFromQuaternion(st[5])).reshape(3, 3)
            X_WF[:3, 3] = st[4]
            others: dict[int, str] = {}
            for prim in scene.tool.collisions:
                if prim.kind == "cylinder":
                    shape = pb.createCollisionShape(pb.GEOM_CYLINDER, radius=prim.radius, height=prim.length,
                                                    physicsClientId=cid)
                elif prim.kind == "box":
                    shape = pb.createCollisionShape(pb.GEOM_BOX, halfExtents=(np.array(prim.size) / 2).tolist(),
                                                    physicsClientId=cid)
                else:
                    shape = pb.createCollisionShape(pb.GEOM_SPHERE, radius=prim.radius, physicsClientId=cid)
                X = X_WF @ prim.X_FG
                uid = pb.createMultiBody(1.0, shape, basePosition=X[:3, 3].tolist(),
                                         baseOrientation=_xyzw(X[:3, :3]), physicsClientId=cid)
                names_torch = f"torch {prim.name}"
                others[uid] = names_torch
            torch_ids = set(others)
            for i, mesh in enumerate(scene.part_meshes):
                shape = pb.createCollisionShape(pb.GEOM_MESH, vertices=mesh.convex_hull.vertices.tolist(),
                                                physicsClientId=cid)
                X = scene.X_WP
                uid = pb.createMultiBody(0, shape, basePosition=X[:3, 3].tolist(), baseOrientation=_xyzw(X[:3, :3]),
                                         physicsClientId=cid)
                others[uid] = scene.part_name(i)
            boxes = [(ob.X_WO, ob.size_m, f"obstacle '{ob.name}'") for ob in scene.box_obstacles]
            if scene.table is not None:
                boxes.append((scene.table.X_WO, scene.table.size_m, "table"))
            for X, size, label in boxes:
                shape = pb.createCollisionShape(pb.GEOM_BOX, halfExtents=(np.array(size) / 2).tolist(),
                                                physicsClientId=cid)
                uid = pb.createMultiBody(0, shape, basePosition=X[:3, 3].tolist(), baseOrientation=_xyzw(X[:3, :3]),
                                         physicsClientId=cid)
                others[uid] = label
            pb.performCollisionDetection(physicsClientId=cid)
            pairs: set[tuple[str, str]] = set()
            for c in pb.getContactPoints(physicsClientId=cid):
                if c[8] >= 0:
                    continue
                a = names[c[3]] if c[1] == rob else others[c[1]]
                b = names[c[4]] if c[2] == rob else others[c[2]]
                robot_side = {c[1], c[2]} & ({rob} | torch_ids)
                if len(robot_side) == 0:
                    continue  # static cell vs static cell
                both_robot = c[1] in ({rob} | torch_ids) and c[2] in ({rob} | torch_ids)
                if both_robot and frozenset((a, b)) in self.disabled:
                    continue
                if both_robot and c[1] in torch_ids and c[2] in torch_ids:
                    continue  # torch primitives are one rigid body
                pairs.add((a, b))
            return ReferenceResult(bool(pairs), pairs)
        finally:
            pb.disconnect(physicsClientId=cid)


def disabled_labels(world: CollisionWorld) -> set[frozenset[str]]:
    """The world's disabled self pairs, as label pairs ('link_5', 'torch mount')."""
    return {frozenset(pair) for pair in world.self_pair_report()[1]}
