"""The static part of a cell in PyBullet: part bodies, table and obstacles as convex pieces.

All convex pieces are the links of one static multibody (one body id; the link index names the piece), each
concave fallback mesh is a static body of its own. Every piece also gets a plane set bounding it (for the
broad phase). Poses in the world frame W.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pybullet as pb
import trimesh

from collision.convex import ConvexPieces, convex_pieces
from collision.scene import CollisionConfig, CollisionScene
from collision.spheres import box_planes, hull_planes, hull_planes_exact
from kinematics.se3 import quat_wxyz_from_R

__all__ = ["StaticEnv", "build_static_env", "fixed_links_body", "xyzw"]

# Links one PyBullet multibody holds: pybullet 3.2.7's createMultiBody given 128 or 200 links keeps the first 127
# (getNumJoints) and drops the rest without an error.
_MAX_LINKS = 127


def xyzw(R: np.ndarray) -> list[float]:
    """PyBullet's [x, y, z, w] quaternion of a rotation R[3, 3]."""
    w, x, y, z = quat_wxyz_from_R(R)
    return [float(x), float(y), float(z), float(w)]


@dataclass
class StaticEnv:
    """bodies: PyBullet body ids; per piece (in order): piece_body, piece_link (-1: a concave body's base),
    planes_W (normals [p, 3], offsets [p], n . x <= d inside); piece_owner: (body, link) -> (kind "part" |
    "table" | "obstacle", index, label); spheres_W: per piece a sphere (centre [3], radius) holding it, for a
    broad phase that only looks at the planes of pieces near a link; decomposition: per part body "hull",
    "coacd" or "concave";
    planes_exact: per piece, whether its planes are the piece's own faces (a convex hull or box: a point
    inside them is inside the piece) rather than a bound of it (box fallback of a many-faceted hull, the
    hull of a concave mesh)."""

    bodies: list[int]
    piece_body: list[int]
    piece_link: list[int]
    planes_W: list[tuple[np.ndarray, np.ndarray]]  # noqa: N815
    piece_owner: dict[tuple[int, int], tuple[str, int, str]]
    decomposition: list[str]
    planes_exact: list[bool]
    spheres_W: list[tuple[np.ndarray, float]] = field(default_factory=list)  # noqa: N815


# Bounding planes of each convex piece in its body's frame, per decomposition (decompositions are cached per
# process, so each body's hulls are computed once, not again for every world: accessibility, the planner).
_BODY_PLANES: dict[ConvexPieces, list[tuple[np.ndarray, np.ndarray, bool]]] = {}


def _planes_W(pieces: ConvexPieces, X_W: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, bool]]:
    body = _BODY_PLANES.get(pieces)
    if body is None:
        body = _BODY_PLANES[pieces] = [hull_planes_exact(v) for v in pieces.hulls]
    R, p = X_W[:3, :3], X_W[:3, 3]
    # a rigid motion keeps a plane set bounding (the 6-plane box fallback included): n -> R n, d -> d + R n . p
    return [(n @ R.T, d + (n @ R.T) @ p, exact) for n, d, exact in body]


@dataclass
class _Piece:
    shape: int
    X_W: np.ndarray
    owner: tuple[str, int, str]
    planes: tuple[np.ndarray, np.ndarray]
    exact: bool
    sphere: tuple[np.ndarray, float]


def _sphere(points_W: np.ndarray) -> tuple[np.ndarray, float]:
    """A sphere holding points_W[K, 3]: centred on their box (not the smallest sphere, but close for the
    plates and bars of a weldment and cheap)."""
    centre = 0.5 * (points_W.min(axis=0) + points_W.max(axis=0))
    return centre, float(np.max(np.linalg.norm(points_W - centre, axis=1)))


def build_static_env(cid: int, scene: CollisionScene, config: CollisionConfig) -> StaticEnv:
    """Create the scene's static bodies in PyBullet client cid."""
    convex: list[_Piece] = []
    concave: list[_Piece] = []
    decomposition: list[str] = []

    def add_mesh(mesh: trimesh.Trimesh, X_W: np.ndarray, owner: tuple[str, int, str]) -> None:
        pieces = convex_pieces(mesh, config.convex_tolerance, config.decompose, config.coacd_threshold)
        if owner[0] == "part":
            decomposition.append(pieces.method)
        if pieces.method == "concave":
            m = pieces.mesh
            assert m is not None
            shape = pb.createCollisionShape(
                pb.GEOM_MESH,
                vertices=np.asarray(m.vertices).tolist(),
                indices=np.asarray(m.faces).reshape(-1).tolist(),
                flags=pb.GEOM_FORCE_CONCAVE_TRIMESH,
                physicsClientId=cid,
            )
            pts = np.asarray(m.vertices) @ X_W[:3, :3].T + X_W[:3, 3]
            concave.append(_Piece(shape, X_W, owner, hull_planes(pts), False, _sphere(pts)))
            return
        for verts, (n, d, exact) in zip(pieces.hulls, _planes_W(pieces, X_W), strict=True):
            shape = pb.createCollisionShape(pb.GEOM_MESH, vertices=verts.tolist(), physicsClientId=cid)
            pts = np.asarray(verts, dtype=np.float64) @ X_W[:3, :3].T + X_W[:3, 3]
            convex.append(_Piece(shape, X_W, owner, (n, d), exact, _sphere(pts)))

    def add_box(X_W: np.ndarray, size: tuple[float, float, float], owner: tuple[str, int, str]) -> None:
        shape = pb.createCollisionShape(pb.GEOM_BOX, halfExtents=(0.5 * np.asarray(size)).tolist(), physicsClientId=cid)
        half_diagonal = 0.5 * float(np.linalg.norm(size))
        convex.append(_Piece(shape, X_W, owner, box_planes(X_W, size), True, (X_W[:3, 3].copy(), half_diagonal)))

    for i, mesh in enumerate(scene.part_meshes):
        add_mesh(mesh, scene.X_WP, ("part", i, scene.part_name(i)))
    if scene.table is not None:
        add_box(scene.table.X_WO, scene.table.size_m, ("table", 0, "table"))
    for i, ob in enumerate(scene.box_obstacles):
        add_box(ob.X_WO, ob.size_m, ("obstacle", i, f"obstacle '{ob.name}'"))
    for i, mob in enumerate(scene.mesh_obstacles):
        add_mesh(mob.mesh, mob.X_WO, ("obstacle", len(scene.box_obstacles) + i, f"obstacle '{mob.name}'"))

    env = StaticEnv([], [], [], [], {}, decomposition, [])
    # PyBullet's createMultiBody keeps at most _MAX_LINKS links and drops the rest without a word (box_sides.STEP
    # has 154 convex pieces plus the table: its last body and the table were missing from every query), so
    # the convex pieces go into as many multibodies as they need.
    for first in range(0, len(convex), _MAX_LINKS):
        group = convex[first : first + _MAX_LINKS]
        uid = fixed_links_body(cid, [c.shape for c in group], [c.X_W for c in group], np.zeros(3))
        env.bodies.append(uid)
        for link, c in enumerate(group):
            env.piece_owner[(uid, link)] = c.owner
            env.piece_body.append(uid)
            env.piece_link.append(link)
            env.planes_W.append(c.planes)
            env.planes_exact.append(c.exact)
            env.spheres_W.append(c.sphere)
    for c in concave:
        uid = pb.createMultiBody(
            baseMass=0,
            baseCollisionShapeIndex=c.shape,
            basePosition=c.X_W[:3, 3].tolist(),
            baseOrientation=xyzw(c.X_W[:3, :3]),
            physicsClientId=cid,
        )
        env.bodies.append(uid)
        env.piece_owner[(uid, -1)] = c.owner
        env.piece_body.append(uid)
        env.piece_link.append(-1)
        env.planes_W.append(c.planes)
        env.planes_exact.append(c.exact)
        env.spheres_W.append(c.sphere)
    return env


def fixed_links_body(cid: int, shapes: list[int], X_BL: list[np.ndarray], base_position: np.ndarray) -> int:
    """One static-mass PyBullet body in client cid whose links are the collision shapes[k] fixed at poses
    X_BL[k] in its base frame, the base at base_position[3] (unrotated, no shape of its own). PyBullet keeps at
    most _MAX_LINKS links and drops the rest without a word: more raise here."""
    k = len(shapes)
    if k > _MAX_LINKS:
        raise ValueError(f"shapes: at most {_MAX_LINKS} links fit one PyBullet body, got {k}")
    uid = pb.createMultiBody(
        baseMass=0,
        baseCollisionShapeIndex=-1,
        basePosition=np.asarray(base_position, dtype=float).tolist(),
        linkMasses=[0] * k,
        linkCollisionShapeIndices=list(shapes),
        linkVisualShapeIndices=[-1] * k,
        linkPositions=[np.asarray(X)[:3, 3].tolist() for X in X_BL],
        linkOrientations=[xyzw(np.asarray(X)[:3, :3]) for X in X_BL],
        linkInertialFramePositions=[[0, 0, 0]] * k,
        linkInertialFrameOrientations=[[0, 0, 0, 1]] * k,
        linkParentIndices=[0] * k,
        linkJointTypes=[pb.JOINT_FIXED] * k,
        linkJointAxis=[[0, 0, 1]] * k,
        physicsClientId=cid,
    )
    if pb.getNumJoints(uid, physicsClientId=cid) != k:
        raise RuntimeError(f"PyBullet kept {pb.getNumJoints(uid, physicsClientId=cid)} of {k} links")
    return uid
