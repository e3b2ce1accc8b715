"""The torch alone, free-floating, in a CollisionWorld's client: is a TCP pose clear of the part, table and
obstacles whatever the arm does?

A torch pose that collides rules out every joint configuration that holds it, so planners ask this cheap
question first (one small body against the static pieces, no FK, no self pairs) and only check whole
robots for the poses that pass. The probe is a multibody of its own (one fixed link per tool primitive, so
that a contact names the primitive and the nozzle's allowed contact can be told apart); it is never part of
the robot's queries.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pybullet as pb
import trimesh

from collision.broadphase import PAD_M
from collision.env import build_static_env, fixed_links_body
from collision.scene import AllowedContact, CollisionConfig, CollisionScene, Table
from collision.spheres import shape_spheres
from kinematics.se3 import invert_X, quat_wxyz_from_R
from robot_models.spec import ToolPrimitive, ToolSpec

__all__ = ["PartTorchWorld", "TorchProbe"]

# How deep inside a piece a primitive's inner point must lie for a certain collision: far beyond rounding and
# PyBullet's tolerances (the inner points lie millimetres inside their primitive as well).
_INSIDE_M = 1e-3


def _inner_segments(prim: ToolPrimitive) -> tuple[np.ndarray, np.ndarray]:
    """Segments well inside a tool primitive, in the flange frame: starts [k, 3] and ends [k, 3]. Its axis
    (cylinder; a box's longest edge; a sphere's diameter along z) and six lines parallel to it at 0.9 of the
    radius (a torch leaning into a wall first buries its side: at 0.6 a third of the bracket's colliding poses
    that reached PyBullet had only their sides in a plate), each kept 0.4 radius short of the ends."""
    if prim.kind == "sphere":
        r = float(prim.radius)
        half, axis, across = 0.5 * r, 2, np.array([0.5 * r, 0.5 * r, 0.0])
    elif prim.kind == "cylinder":
        r = float(prim.radius)
        half, axis, across = 0.5 * float(prim.length), 2, np.array([r, r, 0.0])
    elif prim.kind == "box":
        size = 0.5 * np.asarray(prim.size, dtype=float)
        axis = int(np.argmax(size))
        r = float(np.min(np.delete(size, axis)))
        half, across = float(size[axis]), size.copy()
        across[axis] = 0.0
    else:
        raise ValueError(f"tool primitive '{prim.name}': unknown kind {prim.kind!r}")
    inset = min(0.4 * r, 0.25 * half)
    if r <= 0.0 or half <= inset:
        return np.zeros((0, 3)), np.zeros((0, 3))
    u, v = [i for i in range(3) if i != axis]
    offsets = [np.zeros(3)]
    for a in np.linspace(0.0, 2.0 * math.pi, 7)[:-1]:
        o = np.zeros(3)
        o[u], o[v] = 0.9 * across[u] * math.cos(a), 0.9 * across[v] * math.sin(a)
        offsets.append(o)
    tip = np.zeros(3)
    tip[axis] = half - inset
    X = np.asarray(prim.X_FG, dtype=float)
    start = np.array([o - tip for o in offsets]) @ X[:3, :3].T + X[:3, 3]
    end = np.array([o + tip for o in offsets]) @ X[:3, :3].T + X[:3, 3]
    return start, end


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

    planes_exact[E] (optional): the pieces whose planes are their own faces (collision.env.StaticEnv). A
    pose with a point well inside a primitive lying well inside such a piece collides for certain: it is
    ruled out without PyBullet, unless the contact could be the allowed one (the nozzle against a body of
    the seam). Most torch poses a ladder tries collide (the window's wide angles lean into the walls),
    and PyBullet's queries were the planner's largest cost. The rest go to PyBullet deepest pair first
    (the verdict does not depend on the order; the number of queries does).
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
        planes_exact: Sequence[bool] | None = None,
        piece_spheres: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> None:
        self._cid = cid
        self._X_WB = np.asarray(X_WB, dtype=float)
        self._piece_body, self._piece_link = list(piece_body), list(piece_link)
        self._planes = planes_B
        self._owner = piece_owner
        self._X_TF = invert_X(np.asarray(tool.X_FT, dtype=float))
        prims = tool.collisions
        k = len(prims)
        self.body = fixed_links_body(
            cid, [_primitive_shape(p, cid) for p in prims], [np.asarray(p.X_FG) for p in prims], np.array([0, 0, -1e3])
        )
        self._tip_link = int(tool.tip_collision_index)
        spheres = [shape_spheres(p.kind, np.asarray(p.X_FG), p.size, p.radius, p.length) for p in prims]
        self._sph_centre_F = np.vstack([c for c, _ in spheres])
        self._sph_radius = np.concatenate([r for _, r in spheres])
        self._sph_prim = np.concatenate([np.full(len(r), i) for i, (_, r) in enumerate(spheres)])
        self._prim_starts = np.searchsorted(self._sph_prim, np.arange(k))  # spheres are grouped by primitive
        # one sphere holding the whole torch (flange frame) and one per piece (base frame; radius inf: never
        # culled): a pose's planes are tested only against the pieces its torch sphere reaches
        lo = np.min(self._sph_centre_F - self._sph_radius[:, None], axis=0)
        hi = np.max(self._sph_centre_F + self._sph_radius[:, None], axis=0)
        self._torch_centre_F = 0.5 * (lo + hi)
        self._torch_radius = float(
            np.max(np.linalg.norm(self._sph_centre_F - self._torch_centre_F, axis=1) + self._sph_radius)
        )
        if piece_spheres is None:
            piece_spheres = (np.zeros((len(piece_body), 3)), np.full(len(piece_body), np.inf))
        self._piece_centre = np.asarray(piece_spheres[0], dtype=float).reshape(-1, 3)
        self._piece_radius = np.asarray(piece_spheres[1], dtype=float).reshape(-1)
        if self._piece_centre.shape[0] != len(piece_body) or self._piece_radius.shape[0] != len(piece_body):
            raise ValueError(f"piece_spheres: one sphere per piece ({len(piece_body)})")
        exact = np.zeros(len(piece_body), dtype=bool) if planes_exact is None else np.asarray(planes_exact, bool)
        if exact.shape != (len(piece_body),):
            raise ValueError(f"planes_exact: one flag per piece ({len(piece_body)}), got {exact.shape}")
        self._exact = exact
        # inner segments per primitive [k, S, 3] (a primitive with fewer repeats its first: same verdict)
        segments = [_inner_segments(p) for p in prims]
        n_seg = max([len(a) for a, _ in segments] + [1])
        self._seg_a = np.zeros((k, n_seg, 3))
        self._seg_d = np.zeros((k, n_seg, 3))
        self._seg_ok = np.array([len(a) > 0 for a, _ in segments], dtype=bool)
        for i, (a, b) in enumerate(segments):
            if len(a):
                rep = np.r_[np.arange(len(a)), np.zeros(n_seg - len(a), dtype=int)]
                self._seg_a[i], self._seg_d[i] = a[rep], (b - a)[rep]
        self._piece_part = np.array(
            [
                self._owner[(b, lk)][1] if self._owner[(b, lk)][0] == "part" else -1
                for b, lk in zip(self._piece_body, self._piece_link, strict=True)
            ],
            dtype=int,
        )
        # each piece's planes padded to the same count with planes that bound nothing (n = 0, d = 1)
        n_pl, d_pl, st = planes_B
        ends = np.append(np.asarray(st, dtype=int)[1:], len(d_pl)) if len(st) else np.zeros(0, dtype=int)
        width = int(max([e - a for a, e in zip(st, ends, strict=True)] + [1]))
        self._pad_n = np.zeros((len(st), width, 3))
        self._pad_d = np.ones((len(st), width))
        for e, (a, b) in enumerate(zip(st, ends, strict=True)):
            self._pad_n[e, : b - a], self._pad_d[e, : b - a] = n_pl[a:b], d_pl[a:b]

    def _candidates(self, X_BF: np.ndarray, margin_m: float) -> tuple[np.ndarray, np.ndarray]:
        """Rows (pose, primitive, piece) [M, 3] that may be within margin_m, and depth[M]: how far the
        primitive's deepest covering sphere reaches past the piece's nearest face (more is likelier to
        collide)."""
        if len(self._pad_d) == 0:
            return np.zeros((0, 3), dtype=int), np.zeros(0)
        reach = margin_m + PAD_M
        # torch sphere vs piece sphere first (|a - b|^2 through a . b): a pose meets the planes only of the
        # pieces within reach, so the cost grows with the pieces near the torch, not with all of an assembly's
        tc = X_BF[:, :3, :3] @ self._torch_centre_F + X_BF[:, :3, 3]  # [N, 3]
        d2 = np.sum(tc**2, axis=1)[:, None] + np.sum(self._piece_centre**2, axis=1) - 2.0 * (tc @ self._piece_centre.T)
        with np.errstate(invalid="ignore"):  # inf radius: inf - inf never happens, inf**2 compares fine
            near = d2 <= (self._torch_radius + self._piece_radius + reach) ** 2  # [N, E]
        pose, piece = np.nonzero(near)
        if len(pose) == 0:
            return np.zeros((0, 3), dtype=int), np.zeros(0)
        centres = np.einsum("nij,sj->nsi", X_BF[:, :3, :3], self._sph_centre_F) + X_BF[:, None, :3, 3]  # [N, S, 3]
        n_planes, d_planes, starts = self._planes
        if len(pose) * self._pad_d.shape[1] >= len(X_BF) * len(d_planes):
            # most pieces near (a small weldment): every pose against all planes at once is cheaper
            sep = centres @ n_planes.T - d_planes  # [N, S, P]
            worst_all = np.maximum.reduceat(sep, starts, axis=2) - self._sph_radius[None, :, None]  # [N, S, E]
            by_prim_all = np.minimum.reduceat(worst_all, self._prim_starts, axis=1)  # [N, prims, E]
            rows = np.argwhere(by_prim_all <= reach)
            return rows, -by_prim_all[rows[:, 0], rows[:, 1], rows[:, 2]]
        # each (pose, piece) row against that piece's padded planes (padding: n = 0, d = 1 never the max)
        sep = np.matmul(centres[pose], np.swapaxes(self._pad_n[piece], 1, 2)) - self._pad_d[piece][:, None, :]
        worst = sep.max(axis=2) - self._sph_radius  # [M, S]
        by_prim = np.minimum.reduceat(worst, self._prim_starts, axis=1)  # [M, prims]
        r, prim = np.nonzero(by_prim <= reach)
        rows = np.stack([pose[r], prim, piece[r]], axis=1)
        depth = -by_prim[r, prim]
        order = np.lexsort((rows[:, 2], rows[:, 1], rows[:, 0]))  # (pose, primitive, piece), as the dense path
        return rows[order], depth[order]

    def _certain(self, X_BF: np.ndarray, rows: np.ndarray, allowed: list[AllowedContact | None]) -> np.ndarray:
        """hit[M] per candidate row (pose, primitive, piece): a segment well inside the primitive
        (_inner_segments) runs well inside the piece, whose planes are exact, and the contact is not one
        the allowed contact could excuse (the tip primitive against a part body it names): the torch
        collides at any margin (PyBullet reports a penetration).

        In the flange frame, segment a + t s, t in [0, 1], lies _INSIDE_M inside plane (n, d) where
        n . a - d + _INSIDE_M + t n . s < 0: each plane bounds t from one side (clipping, as Cyrus-Beck),
        and the segment runs inside the piece where its planes' bounds leave an interval."""
        pose, prim, piece = rows[:, 0], rows[:, 1], rows[:, 2]
        use = self._exact[piece] & self._seg_ok[prim]
        maybe_allowed = (prim == self._tip_link) & (self._piece_part[piece] >= 0)
        if maybe_allowed.any():
            # the part bodies each pose's allowed contact names (one mask per distinct contact)
            masks: dict[int, int] = {}
            rows_of: list[np.ndarray] = []
            mask_of = np.zeros(len(allowed), dtype=np.int64)
            for i in np.unique(pose[maybe_allowed]).tolist():
                al = allowed[i]
                if id(al) not in masks:
                    names = np.asarray(al.body_indices if al is not None else (), dtype=int)
                    masks[id(al)] = len(rows_of)
                    rows_of.append(np.isin(self._piece_part, names) & (self._piece_part >= 0))
                mask_of[i] = masks[id(al)]
            m = np.flatnonzero(maybe_allowed)
            excusable = np.zeros(len(rows), dtype=bool)
            excusable[m] = np.stack(rows_of)[mask_of[pose[m]], piece[m]]
            use &= ~excusable
        hit = np.zeros(len(rows), dtype=bool)
        sel = np.flatnonzero(use)
        if sel.size == 0:
            return hit
        pose, prim, piece = pose[sel], prim[sel], piece[sel]
        n_F = self._pad_n[piece] @ X_BF[pose, :3, :3]  # [M, P, 3]: the planes in the flange frame
        d_F = self._pad_d[piece] - np.einsum("mpj,mj->mp", self._pad_n[piece], X_BF[pose, :3, 3])
        excess = n_F @ self._seg_a[prim].transpose(0, 2, 1) - d_F[:, :, None] + _INSIDE_M  # [M, P, S]
        slope = n_F @ self._seg_d[prim].transpose(0, 2, 1)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = -excess / slope
        # slope > 0: t below the crossing; slope < 0: above it; slope 0: the whole segment or none of it
        upper = np.where(slope > 0.0, t, np.where((slope == 0.0) & (excess >= 0.0), -np.inf, np.inf))
        lower = np.where(slope < 0.0, t, -np.inf)
        hi = np.minimum(upper.min(axis=1), 1.0)  # [M, S]
        lo = np.maximum(lower.max(axis=1), 0.0)
        hit[sel] = np.any(lo < hi, axis=1)
        return hit

    def valid(self, X_BT: np.ndarray, allowed: list[AllowedContact | None], margin_m: float) -> np.ndarray:
        """ok[N]: the torch with its TCP at X_BT[N, 4, 4] (robot base frame) keeps margin_m from every static
        piece apart from the allowed contact of each pose."""
        X_BF = np.asarray(X_BT, dtype=float) @ self._X_TF
        ok = np.ones(len(X_BF), dtype=bool)
        rows, depth = self._candidates(X_BF, margin_m)
        if len(rows) == 0:
            return ok
        if self._exact.any():
            # a segment point _INSIDE_M inside a piece leaves the primitive's sphere covering it at least that
            # deep past the piece's planes: shallower rows cannot be certain (half of it spares round-off)
            deep = np.flatnonzero(depth >= 0.5 * _INSIDE_M)
            ok[rows[deep[self._certain(X_BF, rows[deep], allowed)], 0]] = False
            keep = ok[rows[:, 0]]
            rows, depth = rows[keep], depth[keep]
        if len(rows) == 0:
            return ok
        # per pose, the pairs that cannot be the allowed contact first, deepest first
        maybe_allowed = (rows[:, 1] == self._tip_link) & (self._piece_part[rows[:, 2]] >= 0)
        rows = rows[np.lexsort((-depth, maybe_allowed, rows[:, 0]))]
        poses, first = np.unique(rows[:, 0], return_index=True)
        bounds = first.tolist() + [len(rows)]
        # only the poses left for PyBullet
        X_WF = self._X_WB @ X_BF[poses]
        positions = X_WF[:, :3, 3].tolist()
        orientations = quat_wxyz_from_R(X_WF[:, :3, :3])[:, [1, 2, 3, 0]].tolist()  # PyBullet: xyzw
        cid, body, tip, owner = self._cid, self.body, self._tip_link, self._owner
        reset, closest = pb.resetBasePositionAndOrientation, pb.getClosestPoints
        piece_body, piece_link = self._piece_body, self._piece_link
        pairs = rows[:, 1:].tolist()
        for j, i in enumerate(poses.tolist()):
            reset(body, positions[j], orientations[j], physicsClientId=cid)
            al = allowed[i]
            for prim, piece in pairs[bounds[j] : bounds[j + 1]]:
                pts = closest(
                    body,
                    piece_body[piece],
                    margin_m,
                    linkIndexA=prim,
                    linkIndexB=piece_link[piece],
                    physicsClientId=cid,
                )
                if any(
                    pt[8] < margin_m
                    and not (al is not None and pt[3] == tip and al.excuses(owner[(pt[2], pt[4])], pt[6]))
                    for pt in pts
                ):
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
                env.planes_exact,
                _sphere_arrays(env.spheres_W),
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


def _sphere_arrays(spheres: Sequence[tuple[np.ndarray, float]]) -> tuple[np.ndarray, np.ndarray]:
    """(centres [E, 3], radii [E]) of a list of (centre [3], radius) spheres."""
    centres = np.array([c for c, _ in spheres], dtype=np.float64).reshape(-1, 3)
    return centres, np.array([r for _, r in spheres], dtype=np.float64)
