"""The torch alone, free-floating, in a CollisionWorld's client: is a TCP pose clear of the part, table and
obstacles whatever the arm does?

A torch pose that collides rules out every joint configuration that holds it, so planners ask this cheap
question first (one small body against the static pieces, no FK, no self pairs) and only check whole
robots for the poses that pass. The probe is a multibody of its own (one fixed link per tool primitive, so
that a contact names the primitive and the nozzle's allowed contact can be told apart); it is never part of
the robot's queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pybullet as pb
import trimesh

from collision.broadphase import PAD_M
from collision.env import build_static_env, xyzw
from collision.scene import AllowedContact, CollisionConfig, CollisionScene, Table
from collision.spheres import shape_spheres, spheres_vs_planes
from kinematics.se3 import invert_X, quat_wxyz_from_R
from robot_models.spec import ToolPrimitive, ToolSpec

__all__ = ["PartTorchWorld", "TorchProbe"]


def _primitive_shape(prim: ToolPrimitive, cid: int) -> int:
    if prim.kind == "box":
        return pb.createCollisionShape(
            pb.GEOM_BOX, halfExtents=(0.5 * np.asarray(prim.size)).tolist(), physicsClientId=cid
        )
    if prim.kind == "cylinder":
        return pb.createCollisionShape(pb.GEOM_CYLINDER, radius=prim.radius, height=prim.length, physicsClientId=cid)
    if prim.kind == "sphere":
        return pb.createCollisionShape(pb.GEOM_SPHERE, radius=prim.radius, physicsClientId=cid)
    raise ValueError(f"tool primitive '{prim.name}': unknown kind {prim.kind!r}")


class TorchProbe:
    """The torch's collision primitives as one free body in client cid, posed by its flange frame.

    Static pieces (as collision.env.StaticEnv lists them): piece_body / piece_link [E] and their plane sets
    in the robot base frame B (plane_n [P, 3], plane_d [P], plane_starts [E]); owner(body, link) -> ("part" |
    "table" | "obstacle", index, label). X_WB: the base in the world. A sphere cover of each primitive
    against the plane sets decides which (primitive, piece) pairs PyBullet must query.
    """

    def __init__(
        self,
        cid: int,
        tool: ToolSpec,
        X_WB: np.ndarray,
        piece_body: list[int],
        piece_link: list[int],
        planes_B: tuple[np.ndarray, np.ndarray, np.ndarray],
        piece_owner: dict[tuple[int, int], tuple[str, int, str]],
    ) -> None:
        self._cid = cid
        self._X_WB = np.asarray(X_WB, dtype=float)
        self._piece_body, self._piece_link = list(piece_body), list(piece_link)
        self._planes = planes_B
        self._owner = piece_owner
        self._X_TF = invert_X(np.asarray(tool.X_FT, dtype=float))
        prims = tool.collisions
        k = len(prims)
        self.body = pb.createMultiBody(
            baseMass=0,
            baseCollisionShapeIndex=-1,
            basePosition=[0.0, 0.0, -1e3],
            linkMasses=[0] * k,
            linkCollisionShapeIndices=[_primitive_shape(p, cid) for p in prims],
            linkVisualShapeIndices=[-1] * k,
            linkPositions=[np.asarray(p.X_FG)[:3, 3].tolist() for p in prims],
            linkOrientations=[xyzw(np.asarray(p.X_FG)[:3, :3]) for p in prims],
            linkInertialFramePositions=[[0, 0, 0]] * k,
            linkInertialFrameOrientations=[[0, 0, 0, 1]] * k,
            linkParentIndices=[0] * k,
            linkJointTypes=[pb.JOINT_FIXED] * k,
            linkJointAxis=[[0, 0, 1]] * k,
            physicsClientId=cid,
        )
        self._tip_link = int(tool.tip_collision_index)
        spheres = [shape_spheres(p.kind, np.asarray(p.X_FG), p.size, p.radius, p.length) for p in prims]
        self._sph_centre_F = np.vstack([c for c, _ in spheres])
        self._sph_radius = np.concatenate([r for _, r in spheres])
        self._sph_prim = np.concatenate([np.full(len(r), i) for i, (_, r) in enumerate(spheres)])

    def _allowed(self, pt: tuple[Any, ...], allowed: AllowedContact | None) -> bool:
        return allowed is not None and pt[3] == self._tip_link and allowed.excuses(self._owner[(pt[2], pt[4])], pt[6])

    def _candidates(self, X_BF: np.ndarray, margin_m: float) -> np.ndarray:
        """Rows (pose, primitive, piece) [M, 3] that may be within margin_m, sorted by pose."""
        n_planes, d_planes, starts = self._planes
        if len(starts) == 0:
            return np.zeros((0, 3), dtype=int)
        centres = np.einsum("nij,sj->nsi", X_BF[:, :3, :3], self._sph_centre_F) + X_BF[:, None, :3, 3]
        near = spheres_vs_planes(centres, self._sph_radius, n_planes, d_planes, starts, margin_m + PAD_M)
        n_prims = int(self._sph_prim.max()) + 1
        by_prim = np.zeros((len(X_BF), n_prims, near.shape[2]), dtype=bool)
        for prim in range(n_prims):
            by_prim[:, prim] = near[:, self._sph_prim == prim].any(axis=1)
        return np.argwhere(by_prim)

    def valid(self, X_BT: np.ndarray, allowed: list[AllowedContact | None], margin_m: float) -> np.ndarray:
        """ok[N]: the torch with its TCP at X_BT[N, 4, 4] (robot base frame) keeps margin_m from every static
        piece apart from the allowed contact of each pose."""
        X_BF = np.asarray(X_BT, dtype=float) @ self._X_TF
        ok = np.ones(len(X_BF), dtype=bool)
        rows = self._candidates(X_BF, margin_m)
        if len(rows) == 0:
            return ok
        X_WF = self._X_WB @ X_BF
        positions = X_WF[:, :3, 3].tolist()
        orientations = quat_wxyz_from_R(X_WF[:, :3, :3])[:, [1, 2, 3, 0]].tolist()  # PyBullet: xyzw
        cid, body = self._cid, self.body
        reset, closest = pb.resetBasePositionAndOrientation, pb.getClosestPoints
        poses, first = np.unique(rows[:, 0], return_index=True)
        bounds = first.tolist() + [len(rows)]
        for j, i in enumerate(poses.tolist()):
            reset(body, positions[i], orientations[i], physicsClientId=cid)
            al = allowed[i]
            for _, prim, piece in rows[bounds[j] : bounds[j + 1]].tolist():
                pts = closest(
                    body,
                    self._piece_body[piece],
                    margin_m,
                    linkIndexA=prim,
                    linkIndexB=self._piece_link[piece],
                    physicsClientId=cid,
                )
                if any(pt[8] < margin_m and not self._allowed(pt, al) for pt in pts):
                    ok[i] = False
                    break
        return ok


class PartTorchWorld:
    """The torch alone against a part and the table it lies on (no robot or obstacles), in a PyBullet DIRECT
    client of its own: what the question "can this torch reach this seam point at all" needs, with the very
    probe and part pieces (hulls, exact prism pieces or CoACD pieces) the planner's CollisionWorld checks
    torch poses with.

    part_meshes: one trimesh per part body (part frame P = world here, metres); part_names: labels for
    reports; table: the table under the part (part frame), None for the part alone. Use as a context
    manager or call close().
    """

    def __init__(
        self,
        tool: ToolSpec,
        part_meshes: Sequence[trimesh.Trimesh],
        part_names: tuple[str, ...] = (),
        config: CollisionConfig | None = None,
        table: Table | None = None,
    ) -> None:
        self.tool = tool
        self._cid = pb.connect(pb.DIRECT)
        try:
            # the static environment only reads the scene's part, table and obstacles: no robot is needed
            scene = CollisionScene(
                robot=None,  # type: ignore[arg-type]
                tool=tool,
                part_meshes=tuple(part_meshes),
                part_names=tuple(part_names),
                table=table,
            )
            cfg = config if config is not None else CollisionConfig()
            env = build_static_env(self._cid, scene, cfg)
            planes = env.planes_W
            starts = np.cumsum([0] + [len(d) for _, d in planes])[:-1].astype(int)
            n = np.vstack([p for p, _ in planes]) if planes else np.zeros((0, 3))
            d = np.concatenate([q for _, q in planes]) if planes else np.zeros(0)
            self.decomposition = env.decomposition
            self._probe = TorchProbe(
                self._cid,
                tool,
                np.eye(4),
                env.piece_body,
                env.piece_link,
                (n, d, np.asarray(starts, dtype=int)),
                env.piece_owner,
            )
        except BaseException:
            self.close()
            raise

    def valid(self, X_PT: np.ndarray, allowed: list[AllowedContact | None], margin_m: float = 0.0) -> np.ndarray:
        """ok[N]: the torch with its TCP at X_PT[N, 4, 4] (part frame) keeps margin_m from every part body
        apart from the allowed contact of each pose (TorchProbe.valid)."""
        X_PT = np.asarray(X_PT, dtype=float).reshape(-1, 4, 4)
        if len(allowed) != len(X_PT):
            raise ValueError(f"allowed has {len(allowed)} entries for {len(X_PT)} poses")
        return self._probe.valid(X_PT, allowed, margin_m)

    def close(self) -> None:
        if getattr(self, "_cid", None) is not None:
            pb.disconnect(physicsClientId=self._cid)
            self._cid = None

    def __enter__(self) -> PartTorchWorld:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
