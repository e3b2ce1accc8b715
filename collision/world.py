"""CollisionWorld: one PyBullet DIRECT client holding robot + torch, part, table and obstacles; batched
validity, clearance and contact queries over joint configurations.

Frames: W world, B robot base; q[N, 6] joint angles (rad) in the URDF convention; distances in m.
One world is not thread-safe (one PyBullet client); build one per thread or process.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import pybullet as pb

from collision import paircache
from collision.broadphase import build_broad_phase
from collision.env import build_static_env, xyzw
from collision.pairtables import PairTable, build_pair_table
from collision.robot_urdf import combined_urdf, is_mount
from collision.scene import AllowedContact, CollisionConfig, CollisionScene
from collision.selfpairs import SelfPairs, sample_pairs, structural_pairs
from collision.spheres import shape_spheres
from collision.torch_probe import TorchProbe
from kinematics.chain import chain_from_urdf, link_poses
from kinematics.urdf import UrdfModel, parse_urdf

__all__ = ["CollisionWorld", "measure_checks_per_s"]

# Self checks already loaded or built in this process, by paircache.cache_key.
_SELF_CHECKS_CACHE: dict[str, paircache.SelfChecks] = {}
# Worst loss (m) of a pair table's bound between grid nodes.
_TABLE_TOL_M = 0.002
_FK_TOL_M = 1e-6
AllowedArg = AllowedContact | Sequence[AllowedContact | None] | None


def _as_q(q: np.typing.ArrayLike) -> np.ndarray:
    q = np.asarray(q, dtype=np.float64)
    if q.ndim == 1:
        q = q[None]
    if q.ndim != 2 or q.shape[1] != 6 or not np.all(np.isfinite(q)):
        raise ValueError(f"q must be finite joint angles of shape [N, 6], got shape {q.shape}")
    return q


class CollisionWorld:
    """A welding cell in its own PyBullet DIRECT client (never the global default one).

    Robot and torch are one multibody (torch primitives are links fixed to the flange); the part bodies,
    table and obstacles are static convex pieces (hulls, or CoACD pieces for concave bodies; see
    collision.convex). Use as a context manager or call close().
    """

    def __init__(self, scene: CollisionScene, config: CollisionConfig | None = None,
                 cache_dir: Path | None = None) -> None:
        self.scene = scene
        self.config = config if config is not None else CollisionConfig()
        # where the self checks are cached across processes (see collision.paircache)
        self._cache_dir = cache_dir if cache_dir is not None else paircache.default_cache_dir()
        # where this world's self checks came from: "memory", "disk", "built" or "off" (check_self False)
        self.self_checks_source = ""
        self._probe: TorchProbe | None = None
        self._client = pb.connect(pb.DIRECT)
        try:
            self._build()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------------------------------ building

    def _build(self) -> None:
        scene, cid = self.scene, self._client
        with tempfile.TemporaryDirectory(prefix="weldplan_collision_") as tmp:
            combined = combined_urdf(scene.robot, scene.tool, Path(tmp))
            model = parse_urdf(combined.text)
            chain = chain_from_urdf(model, scene.robot.base_link, scene.robot.tip_link)
            chain_of = {name: (k, np.eye(4)) for k, name in enumerate(chain.link_names)}
            chain_of.update({a.name: (a.index, a.X_LA) for a in chain.attached})
            root = model.root_link
            if root not in chain_of or chain_of[root][0] != 0:
                raise ValueError(f"robot '{scene.robot.id}': URDF root '{root}' is not fixed to its base link")
            X_W_root = scene.X_WB @ chain_of[root][1]
            self._robot = pb.loadURDF(str(combined.path), basePosition=X_W_root[:3, 3].tolist(),
                                      baseOrientation=xyzw(X_W_root[:3, :3]), useFixedBase=True,
                                      flags=pb.URDF_USE_IMPLICIT_CYLINDER, physicsClientId=cid)
        self._chain = chain
        self._chain_of = chain_of
        pb_index = {root: -1}
        joint_index = {}
        for j in range(pb.getNumJoints(self._robot, physicsClientId=cid)):
            info = pb.getJointInfo(self._robot, j, physicsClientId=cid)
            pb_index[info[12].decode()] = j
            joint_index[info[1].decode()] = j
        self._joints = [joint_index[n] for n in chain.joint_names]
        self._pb_index = pb_index
        self._check_fk(chain_of)
        tool_label = {}
        free_tool_links: set[str] = set()
        if scene.tool is not None:
            for prim, name in zip(scene.tool.collisions, combined.tool_links, strict=True):
                tool_label[name] = f"torch {prim.name}"
                if not is_mount(prim.kind, np.asarray(prim.X_FG), prim.size, prim.radius, prim.length):
                    free_tool_links.add(name)
            self._tip_link: int | None = pb_index[combined.tool_links[scene.tool.tip_collision_index]]
        else:
            self._tip_link = None
        # Links with collision geometry ("entries"), their spheres (in their chain link's frame) and labels.
        entries: list[str] = []
        entry_chain: list[int] = []
        entry_spheres: list[tuple[np.ndarray, np.ndarray]] = []
        for name, link in model.links.items():
            if not link.collisions:
                continue
            entries.append(name)
            k, X_KL = chain_of.get(name, (0, np.eye(4)))
            cs, rs = [], []
            for g in link.collisions:
                if name not in chain_of:
                    c, r = np.zeros((1, 3)), np.array([np.inf])  # off-chain moving link: always checked
                else:
                    hull = combined.mesh_hulls.get(g.filename or "")
                    c, r = shape_spheres(g.kind, X_KL @ g.X_LG, g.size, g.radius or 0.0, g.length or 0.0, hull)
                cs.append(c)
                rs.append(r)
            entry_chain.append(k)
            entry_spheres.append((np.vstack(cs), np.concatenate(rs)))
        self._entries = entries
        self._entry_pb = [pb_index[n] for n in entries]
        self._labels = {pb_index[n]: tool_label.get(n, n) for n in entries}
        moving_entry = [chain_of.get(n, (1,))[0] > 0 for n in entries]
        self._static_links = {pb_index[n] for n, m in zip(entries, moving_entry, strict=True) if not m} | {-1}
        env = build_static_env(self._client, scene, self.config)
        self._env_bodies, self._piece_owner = env.bodies, env.piece_owner
        self._piece_body, self._piece_link = env.piece_body, env.piece_link
        self._piece_exact = env.planes_exact
        self.decomposition = env.decomposition
        # Planes into the base frame: n_W . x_W <= d_W with x_W = R x_B + p.
        R, p = scene.X_WB[:3, :3], scene.X_WB[:3, 3]
        planes = [(n @ R, d - n @ p) for n, d in env.planes_W]
        spheres = [((c - p) @ R, r) for c, r in env.spheres_W]  # x_B = R^T (x_W - p)
        self._bp = build_broad_phase(chain, entry_chain, entry_spheres, moving_entry, planes, spheres)
        self._entry_chain = entry_chain
        self._entry_spheres = entry_spheres
        self.self_pairs, tables = self._self_checks(model, free_tool_links)
        self._set_pairs(self.self_pairs.enabled,
                        {p: tables[pair] for p, pair in enumerate(self.self_pairs.enabled) if pair in tables})

    def _check_fk(self, chain_of: dict[str, tuple[int, np.ndarray]]) -> None:
        """The broad phase rides on our FK: it must agree with PyBullet's link frames (base placement too)."""
        lim = np.asarray(self.scene.robot.joint_limits, dtype=float)
        for q in (np.asarray(self.scene.robot.home, dtype=float), lim[:, 0] + (lim[:, 1] - lim[:, 0]) * 0.3183):
            self._reset(q.tolist())
            X_BL = link_poses(self._chain, q)[0]
            for name, (k, X_KL) in chain_of.items():
                j = self._pb_index.get(name)
                if j is None or j < 0:
                    continue
                st = pb.getLinkState(self._robot, j, computeForwardKinematics=True, physicsClientId=self._client)
                X = self.scene.X_WB @ X_BL[k] @ X_KL
                R = np.array(pb.getMatrixFromQuaternion(st[5])).reshape(3, 3)
                if np.linalg.norm(np.array(st[4]) - X[:3, 3]) > _FK_TOL_M or np.abs(R - X[:3, :3]).max() > 1e-6:
                    raise RuntimeError(f"link '{name}': PyBullet's frame differs from our FK at q={q.tolist()}")

    def _self_checks(self, model: UrdfModel, free_tool_links: set[str]) -> paircache.SelfChecks:
        """The self pairs to check and their distance tables: from this process's memory, else from the disk
        cache, else sampled and tabulated here (then written to the disk cache)."""
        robot, cfg = self.scene.robot, self.config
        candidates, disabled = structural_pairs(model, self._entries, free_tool_links)
        if not cfg.check_self:
            self.self_checks_source = "off"
            return SelfPairs(enabled=(), disabled={**disabled, **{p: "off" for p in candidates}}), {}
        settings = {"never_close_m": cfg.never_close_m, "self_samples": cfg.self_samples,
                    "self_seed": cfg.self_seed, "table_cap_m": self._table_cap(), "table_tol_m": _TABLE_TOL_M}
        key = paircache.cache_key(robot, self.scene.tool, settings)
        hit = _SELF_CHECKS_CACHE.get(key)
        if hit is not None:
            self.self_checks_source = "memory"
            return hit
        path = paircache.cache_path(self._cache_dir, robot.id, key)
        checks = paircache.load(path, key)
        if checks is not None and self._fits(checks, candidates, disabled):
            self.self_checks_source = "disk"
        else:
            with paircache.building(path):  # another process may be building this key: its file is read then
                checks = paircache.load(path, key)
                if checks is not None and self._fits(checks, candidates, disabled):
                    self.self_checks_source = "disk"
                else:
                    pairs = self._sample_pairs(candidates, disabled)
                    checks = pairs, self._pair_tables(pairs.enabled)
                    paircache.save(path, key, checks)
                    self.self_checks_source = "built"
        _SELF_CHECKS_CACHE[key] = checks
        return checks

    def _fits(self, checks: paircache.SelfChecks, candidates: list[tuple[str, str]],
              disabled: dict[tuple[str, str], str]) -> bool:
        """Whether cached checks split exactly this model's pairs and tabulate over the joints between them
        (a cross-check of the content key)."""
        pairs, tables = checks
        if not (set(pairs.enabled) <= set(candidates)
                and set(pairs.enabled) | set(pairs.disabled) == set(candidates) | set(disabled)
                and all(pairs.disabled.get(p) == why for p, why in disabled.items())):
            return False
        return all(t.joints == self._table_joints(a, b) for (a, b), t in tables.items())

    def _table_joints(self, a: str, b: str) -> tuple[int, ...]:
        ka, kb = sorted((self._entry_chain[self._entries.index(a)], self._entry_chain[self._entries.index(b)]))
        return tuple(range(ka, kb))

    def _sample_pairs(self, candidates: list[tuple[str, str]], disabled: dict[tuple[str, str], str]) -> SelfPairs:
        """Drop the candidate pairs that never come close over the configured random configurations."""
        cfg = self.config
        self._set_pairs(candidates)
        name_index = {n: self._pb_index[n] for n in self._entries}

        def lower_bounds(q: np.ndarray) -> np.ndarray:
            return self._bp.pair_lower_bounds(q)

        def distance(q: np.ndarray, a: str, b: str, max_d: float) -> float:
            self._reset(q.tolist())
            pts = pb.getClosestPoints(self._robot, self._robot, max_d, linkIndexA=name_index[a],
                                      linkIndexB=name_index[b], physicsClientId=self._client)
            return min((p[8] for p in pts), default=math.inf)

        sampled = sample_pairs(candidates, lower_bounds, distance,
                               np.asarray(self.scene.robot.joint_limits, dtype=float), cfg.self_samples,
                               cfg.self_seed, cfg.never_close_m)
        return SelfPairs(enabled=sampled.enabled, disabled={**disabled, **sampled.disabled})

    def _table_cap(self) -> float:
        return self.config.max_distance_m + 0.05

    def _pair_tables(self, pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], PairTable]:
        """Distance tables for the pairs that one or two joints move apart."""
        entry = {n: i for i, n in enumerate(self._entries)}
        cap = self._table_cap()
        limits = np.asarray(self.scene.robot.joint_limits, dtype=float)
        out: dict[tuple[str, str], PairTable] = {}
        for a, b in pairs:
            ea, eb = entry[a], entry[b]
            if self._entry_chain[ea] > self._entry_chain[eb]:
                ea, eb = eb, ea
            if not (self._entries[ea] in self._chain_of and self._entries[eb] in self._chain_of):
                continue
            la, lb = self._entry_pb[ea], self._entry_pb[eb]

            def distance(q: np.ndarray, la: int = la, lb: int = lb) -> float:
                self._reset(q.tolist())
                pts = pb.getClosestPoints(self._robot, self._robot, cap, linkIndexA=la, linkIndexB=lb,
                                          physicsClientId=self._client)
                return min([cap] + [pt[8] for pt in pts])

            c, r = self._entry_spheres[eb]
            table = build_pair_table(self._chain, limits, self._entry_chain[ea], self._entry_chain[eb], c, r,
                                     distance, _TABLE_TOL_M)
            if table is not None:
                out[(a, b)] = table
        return out

    def _set_pairs(self, pairs: Sequence[tuple[str, str]], tables: dict[int, PairTable] | None = None) -> None:
        entry = {n: i for i, n in enumerate(self._entries)}
        self._bp.set_pairs([entry[a] for a, _ in pairs], [entry[b] for _, b in pairs], tables)
        self._pairs = [(self._pb_index[a], self._pb_index[b]) for a, b in pairs]

    # ------------------------------------------------------------------------------------------ queries

    def _reset(self, q: list[float]) -> None:
        pb.resetJointStatesMultiDof(self._robot, self._joints, [[v] for v in q], physicsClientId=self._client)

    def _allowed_list(self, allowed: AllowedArg, n: int) -> list[AllowedContact | None]:
        if allowed is None or isinstance(allowed, AllowedContact):
            out = [allowed] * n
        else:
            out = list(allowed)
            if len(out) != n:
                raise ValueError(f"allowed has {len(out)} entries for {n} configurations")
        for a in {id(a): a for a in out}.values():  # each distinct object once
            if a is None:
                continue
            if not isinstance(a, AllowedContact):
                raise TypeError(f"allowed entries must be AllowedContact or None, got {type(a).__name__}")
            bad = [i for i in a.body_indices if i >= len(self.scene.part_meshes)]
            if bad:
                raise ValueError(f"AllowedContact.body_indices {bad} are not part bodies "
                                 f"(the scene has {len(self.scene.part_meshes)})")
        return out

    def _ignored(self, pt: tuple[Any, ...], allowed: AllowedContact | None) -> bool:
        """Robot-vs-static contact points that never count: the immovable base, or an allowed nozzle-seam
        contact."""
        if pt[3] in self._static_links:
            return True
        if allowed is None or pt[3] != self._tip_link:
            return False
        return allowed.excuses(self._piece_owner[(pt[2], pt[4])], pt[6])

    def _tasks(self, q: np.ndarray, reach: float) -> tuple[list[int], list[tuple[int, int, int]], list[int]]:
        """The PyBullet queries each configuration needs: (configs, queries, bounds) where configuration
        configs[j] needs queries[bounds[j]:bounds[j + 1]], each (body B, link A or -2 for the whole robot,
        link B); env queries come before self pairs."""
        n = len(q)
        rob = self._robot
        if n < self.config.broad_phase_min_batch:
            one = [(uid, -2, 0) for uid in self._env_bodies] + [(rob, a, b) for a, b in self._pairs]
            return list(range(n)), one * n, [k * len(one) for k in range(n + 1)] if one else [0] * (n + 1)
        env_cfg, env_entry, env_piece, pair_cfg, pair_idx = self._bp.flags(q, reach)
        cfg = np.concatenate([env_cfg, pair_cfg])
        body = np.concatenate([np.asarray(self._piece_body, dtype=int)[env_piece] if len(env_piece) else
                               np.zeros(0, dtype=int), np.full(len(pair_cfg), rob, dtype=int)])
        pairs = np.asarray(self._pairs, dtype=int).reshape(-1, 2)
        link_a = np.concatenate([np.asarray(self._entry_pb, dtype=int)[env_entry], pairs[pair_idx, 0]])
        link_b = np.concatenate([np.asarray(self._piece_link, dtype=int)[env_piece] if len(env_piece) else
                                 np.zeros(0, dtype=int), pairs[pair_idx, 1]])
        order = np.argsort(cfg, kind="stable")
        cfg = cfg[order]
        configs, first = np.unique(cfg, return_index=True)
        queries = list(zip(body[order].tolist(), link_a[order].tolist(), link_b[order].tolist(), strict=True))
        return configs.tolist(), queries, first.tolist() + [len(cfg)]

    def _points(self, body: int, link_a: int, link_b: int, dist: float) -> list[Any]:
        if link_a == -2:
            return pb.getClosestPoints(self._robot, body, dist, physicsClientId=self._client)
        return pb.getClosestPoints(self._robot, body, dist, linkIndexA=link_a, linkIndexB=link_b,
                                   physicsClientId=self._client)

    def valid(self, q: np.typing.ArrayLike, allowed: AllowedArg = None, margin_m: float = 0.0) -> np.ndarray:
        """ok[N] (bool): configuration q[N, 6] keeps robot and torch at least margin_m (m) from the part, table,
        obstacles and from themselves (enabled self pairs), apart from allowed contacts.

        allowed: one AllowedContact for every configuration, or one (or None) per configuration.
        """
        q = _as_q(q)
        n = len(q)
        if not 0 <= margin_m <= self.config.max_distance_m:
            raise ValueError(f"margin_m must be within [0, {self.config.max_distance_m}], got {margin_m}")
        allowed_list = self._allowed_list(allowed, n)
        configs, queries, bounds = self._tasks(q, margin_m)
        ok = np.ones(n, dtype=bool)
        rob, cid, joints = self._robot, self._client, self._joints
        closest, reset, points = pb.getClosestPoints, pb.resetJointStatesMultiDof, self._points
        static, tip, ignored = self._static_links, self._tip_link, self._ignored
        targets = q[configs, :, None].tolist()
        for j, i in enumerate(configs):
            reset(rob, joints, targets[j], physicsClientId=cid)
            al = allowed_list[i]
            for body, la, lb in queries[bounds[j]:bounds[j + 1]]:
                pts = closest(rob, body, margin_m, linkIndexA=la, linkIndexB=lb, physicsClientId=cid) \
                    if la != -2 else points(body, la, lb, margin_m)
                if any(pt[8] < margin_m and (body == rob or (pt[3] not in static and (
                        al is None or pt[3] != tip or not ignored(pt, al)))) for pt in pts):
                    ok[i] = False
                    break
        return ok

    def torch_valid(self, X_BT: np.typing.ArrayLike, allowed: AllowedArg = None, margin_m: float = 0.0) -> np.ndarray:
        """ok[N] (bool): the torch alone, its TCP at X_BT[N, 4, 4] (robot base frame), keeps margin_m from the
        part, table and obstacles apart from allowed contacts. False rules out every configuration holding
        that TCP pose; True says nothing about the arm (check it with valid)."""
        X_BT = np.asarray(X_BT, dtype=np.float64)
        if X_BT.ndim == 2:
            X_BT = X_BT[None]
        if X_BT.ndim != 3 or X_BT.shape[1:] != (4, 4) or not np.all(np.isfinite(X_BT)):
            raise ValueError(f"X_BT must be finite poses of shape [N, 4, 4], got shape {X_BT.shape}")
        if self.scene.tool is None:
            raise ValueError("torch_valid: the scene has no tool")
        if not 0 <= margin_m <= self.config.max_distance_m:
            raise ValueError(f"margin_m must be within [0, {self.config.max_distance_m}], got {margin_m}")
        if self._probe is None:
            bp = self._bp
            self._probe = TorchProbe(self._client, self.scene.tool, self.scene.X_WB, self._piece_body,
                                     self._piece_link, (bp.plane_n, bp.plane_d, bp.plane_starts), self._piece_owner,
                                     self._piece_exact, (bp.piece_centre, bp.piece_radius))
        return self._probe.valid(X_BT, self._allowed_list(allowed, len(X_BT)), margin_m)

    def clearance(self, q: np.typing.ArrayLike, allowed: AllowedArg = None) -> np.ndarray:
        """d[N] (m): smallest distance between robot + torch and the part, table, obstacles and itself
        (enabled self pairs) for q[N, 6], negative when penetrating, capped at config.max_distance_m.
        Allowed contacts (see valid) are left out."""
        q = _as_q(q)
        n = len(q)
        cap = self.config.max_distance_m
        allowed_list = self._allowed_list(allowed, n)
        configs, queries, bounds = self._tasks(q, cap)
        out = np.full(n, cap)
        rob = self._robot
        targets = q[configs, :, None].tolist()
        for j, i in enumerate(configs):
            pb.resetJointStatesMultiDof(rob, self._joints, targets[j], physicsClientId=self._client)
            al = allowed_list[i]
            best = cap
            for body, la, lb in queries[bounds[j]:bounds[j + 1]]:
                for pt in self._points(body, la, lb, cap):
                    if pt[8] < best and not (body != rob and self._ignored(pt, al)):
                        best = pt[8]
            out[i] = best
        return out

    def contacts(self, q: np.typing.ArrayLike, allowed: AllowedContact | None = None,
                 margin_m: float = 0.0) -> list[str]:
        """Human-readable names of every pair closer than margin_m at one configuration q[6], deepest first,
        e.g. "link_5 vs part body 2 'gusset_1'", "torch nozzle vs obstacle 'fixture'", "torch neck vs link_3".
        """
        q = _as_q(q)
        if len(q) != 1:
            raise ValueError("contacts takes one configuration q[6]")
        al = self._allowed_list(allowed, 1)[0]
        self._reset(q[0].tolist())
        found: dict[str, float] = {}
        rob, cid = self._robot, self._client
        for uid in self._env_bodies:
            for pt in pb.getClosestPoints(rob, uid, margin_m, physicsClientId=cid):
                if pt[8] < margin_m and not self._ignored(pt, al):
                    name = f"{self._labels[pt[3]]} vs {self._piece_owner[(pt[2], pt[4])][2]}"
                    found[name] = min(found.get(name, math.inf), pt[8])
        for a, b in self._pairs:
            for pt in pb.getClosestPoints(rob, rob, margin_m, linkIndexA=a, linkIndexB=b, physicsClientId=cid):
                if pt[8] < margin_m:
                    name = f"{self._labels[a]} vs {self._labels[b]}"
                    found[name] = min(found.get(name, math.inf), pt[8])
        return sorted(found, key=found.__getitem__)

    def is_segment_free(self, q0: np.typing.ArrayLike, q1: np.typing.ArrayLike,
                        max_step_rad: float = math.radians(1.0), allowed: AllowedContact | None = None,
                        margin_m: float = 0.0) -> bool:
        """True when every configuration of the joint interpolation q0[6] -> q1[6], sampled so that no joint
        moves more than max_step_rad between samples (both ends included), is valid. Samples are checked
        coarse to fine (bisection order) in batches and the check stops at the first collision."""
        # the casts narrow the ArrayLike parameters for mypy: a row of _as_q's [N, 6] array is an array
        q0 = cast(np.ndarray, _as_q(q0)[0])
        q1 = cast(np.ndarray, _as_q(q1)[0])
        if not max_step_rad > 0:
            raise ValueError(f"max_step_rad must be positive, got {max_step_rad}")
        steps = max(1, math.ceil(float(np.max(np.abs(q1 - q0))) / max_step_rad - 1e-12))
        order = _bisection_order(steps)
        t = order / steps
        qs = q0 + t[:, None] * (q1 - q0)
        start, batch = 0, 32
        while start < len(qs):
            if not self.valid(qs[start:start + batch], allowed, margin_m).all():
                return False
            start += batch
            batch = min(4 * batch, 1024)
        return True

    def contacts_with(self, q: np.typing.ArrayLike, bodies: Sequence[int],
                      margin_m: float = 0.0) -> list[tuple[int, int, np.ndarray]]:
        """(robot link, body, point on the body in W) of every point where robot or torch at q[6] comes within
        margin_m of one of `bodies`: PyBullet bodies a caller added to this world's client (client_id) and
        moves itself, e.g. a part that a positioner turns while the robot welds it. The base links that never
        move are left out, as in valid()."""
        q = _as_q(q)
        if len(q) != 1:
            raise ValueError("contacts_with takes one configuration q[6]")
        self._reset(q[0].tolist())
        out = []
        for uid in bodies:
            for pt in pb.getClosestPoints(self._robot, int(uid), margin_m, physicsClientId=self._client):
                if pt[8] < margin_m and pt[3] not in self._static_links:
                    out.append((int(pt[3]), int(uid), np.asarray(pt[6], dtype=np.float64)))
        return out

    @property
    def tip_link(self) -> int | None:
        """PyBullet link index of the torch's tip primitive (the nozzle); None without a torch."""
        return self._tip_link

    def link_names(self) -> dict[int, str]:
        """PyBullet link index -> label (robot link name or 'torch <primitive>') of the links with geometry."""
        return dict(self._labels)

    def self_pair_report(self) -> tuple[list[tuple[str, str]], dict[tuple[str, str], str]]:
        """(checked pairs, dropped pairs -> reason) by label, e.g. ('link_5', 'torch mount'): 'adjacent'."""
        def lab(name: str) -> str:
            return self._labels[self._pb_index[name]]

        return ([(lab(a), lab(b)) for a, b in self.self_pairs.enabled],
                {(lab(a), lab(b)): why for (a, b), why in self.self_pairs.disabled.items()})

    @property
    def client_id(self) -> int:
        """The PyBullet physicsClientId of this world (for debugging and independent checks)."""
        return self._client

    @property
    def robot_body(self) -> int:
        return self._robot

    # ------------------------------------------------------------------------------------------ lifetime

    def close(self) -> None:
        """Disconnect the PyBullet client (idempotent)."""
        if getattr(self, "_client", None) is not None:
            try:
                pb.disconnect(physicsClientId=self._client)
            except pb.error:
                pass
            self._client = None

    def __enter__(self) -> CollisionWorld:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def _bisection_order(steps: int) -> np.ndarray:
    """Sample indices 0..steps: both ends, then midpoints of ever finer halvings."""
    order = [0, steps]
    seen = {0, steps}
    level = [(0, steps)]
    while level:
        nxt = []
        for a, b in level:
            if b - a < 2:
                continue
            m = (a + b) // 2
            if m not in seen:
                seen.add(m)
                order.append(m)
            nxt += [(a, m), (m, b)]
        level = nxt
    return np.array(order, dtype=float)


def measure_checks_per_s(world: CollisionWorld, q: np.typing.ArrayLike, allowed: AllowedArg = None,
                         margin_m: float = 0.0) -> float:
    """Configurations per second that world.valid checks on q[N, 6] (one call, wall clock, one core)."""
    q = _as_q(q)
    start = time.perf_counter()
    world.valid(q, allowed, margin_m)
    return len(q) / (time.perf_counter() - start)
