"""Mutable state and lazy search loop of the per-seam planner (see planning/ladder.py for the flow).

LazyLadder holds one seam's ladder while it is planned: vertices per rung (appended when a rung's
tolerance level is raised), their check status, the beam (active vertices), edges per rung pair with the
edge-check cache, and the costs-to-reach of the last search (re-searches restart at the first rung that
changed). ``solve_lazy`` is the check-and-search loop; ``widen_targets`` picks the rungs to widen next.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from kinematics.se3 import invert_X, rotation_angle
from planning.ladder_graph import RungEdges, joint_step_caps, ladder_edges, sample_rungs
from planning.ladder_search import best_pieces, shortest_path
from planning.torch_frames import SeamRungs, TorchSampling, frames_at, level_frames, sample_table, torch_frames

if TYPE_CHECKING:
    from cad.procedures import WeldProcedure
    from kinematics.solver import RobotKinematics
    from planning.ladder_config import LadderPlannerConfig

__all__ = [
    "LazyLadder",
    "GAVE_UP",
    "UNKNOWN",
    "solve_lazy",
    "widen_targets",
    "rung_reason",
    "break_reason",
    "StateValid",
    "EdgeValid",
    "PoseValid",
]

StateValid = Callable[[np.ndarray, int], np.ndarray]
EdgeValid = Callable[[np.ndarray, np.ndarray, int], bool]
PoseValid = Callable[[np.ndarray, np.ndarray], np.ndarray]

# vertex status: not checked, FK verified (state not checked yet), valid, collides, IK solution misses its
# pose, left unchecked after the rung's check budget ran out without a valid vertex (counted as colliding)
UNKNOWN, FK_OK, OK, COLLIDES, IK_MISS, GAVE_UP = 0, 2, 1, -1, -2, -3
_FK_TOL = 1e-6


class LazyLadder:
    """Mutable ladder of one seam: vertices per rung (appended when a rung is widened), their check status,
    edges per rung pair and the edge check cache."""

    def __init__(
        self,
        rungs: SeamRungs,
        sampling: TorchSampling,
        procedure: WeldProcedure,
        kin: RobotKinematics,
        max_speed: np.ndarray,
        X_BP: np.ndarray,
        X_FT: np.ndarray,
        cfg: LadderPlannerConfig,
        state_valid: StateValid | None,
        edge_valid: EdgeValid | None,
        q_ref: np.ndarray,
        pose_valid: PoseValid | None = None,
    ) -> None:
        self.rungs, self.proc, self.kin, self.cfg = rungs, procedure, kin, cfg
        self.sampling = sampling
        self.table = table = sample_table(sampling)
        self.X_BP = np.asarray(X_BP, dtype=float)
        self.X_TF = invert_X(np.asarray(X_FT, dtype=float))
        self.state_valid, self.edge_valid, self.pose_valid = state_valid, edge_valid, pose_valid
        # torch-alone verdict per rung and table sample: 0 unknown, 1 free, -1 collides
        self.pose_status = np.zeros((rungs.count, table.spin.size), dtype=np.int8)
        self.n_pose = 0
        # +-2 pi variants only within turn_window of the reference on multi-turn joints
        w = np.asarray(cfg.turn_window_rad, dtype=float) if cfg.turn_window_rad is not None else np.inf
        self.lower = np.maximum(kin.lower, q_ref - w)
        self.upper = np.minimum(kin.upper, q_ref + w)
        self.nominal_level = max(
            i
            for i, (a, b) in enumerate(self.table.levels)
            if a <= sampling.work_tol_rad + 1e-12 and b <= sampling.travel_tol_rad + 1e-12
        )
        self.weights = np.concatenate([np.asarray(cfg.joint_weights, dtype=float), np.zeros(2)])
        self.deviation = np.abs(table.work_offset) + np.abs(table.travel_offset)
        R = rungs.count
        self.R = R
        self.level = np.full(R, -1, dtype=np.int64)  # -1: no samples yet
        self.q = [np.zeros((0, 6)) for _ in range(R)]
        self.X_PT = [np.zeros((0, 4, 4)) for _ in range(R)]  # TCP frame of each table sample a rung has
        self.sample = [np.zeros(0, dtype=np.int64) for _ in range(R)]
        self.slot = [np.zeros(0, dtype=np.int64) for _ in range(R)]
        self.vcost = [np.zeros(0) for _ in range(R)]
        self.status = [np.zeros(0, dtype=np.int8) for _ in range(R)]
        self.counts = np.zeros((R, 3), dtype=np.int64)
        self.active = [np.zeros(0, dtype=np.int64) for _ in range(R)]
        self.edges: list[RungEdges] = []
        # per rung pair, the last evaluation: (active a, active b, src, dst, cost) (build_edges)
        self._built: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None] = []
        self.ecost: list[np.ndarray] = []
        self.edge_cache: dict[tuple[int, int, int], bool] = {}
        self.bad_edges: dict[int, set[tuple[int, int]]] = {}  # rung pair -> failed (src, dst)
        self.vc = [np.zeros(0) for _ in range(R)]  # search costs: inf where inactive or failed
        self.dist: list[np.ndarray] = [np.zeros(0)] * R  # costs-to-reach of the last full search
        self.dirty_from = 0  # first rung whose costs-to-reach changed since
        nominal = torch_frames(rungs, procedure.work_angle_rad, procedure.travel_angle_rad, 0.0)[:, 0]
        turn = rotation_angle(nominal[:-1, :3, :3], nominal[1:, :3, :3]) if R > 1 else np.zeros(0)
        step = np.minimum(cfg.max_joint_step_rad + cfg.corner_step_gain * turn, 0.99 * math.pi)
        offset_cap = np.full(2, 1.001 * self.sampling.angle_step_rad)
        self.caps = [
            np.concatenate(
                [
                    joint_step_caps(
                        max_speed, float(rungs.seg_len[r]), procedure.travel_speed_m_s, cfg.speed_safety, float(step[r])
                    ),
                    offset_cap,
                ]
            )
            for r in range(R - 1)
        ]
        self.offsets = np.stack([table.work_offset, table.travel_offset], axis=1)
        self.n_edges = self.n_ik = self.n_state = self.n_edge_checks = 0
        self.rung_checks = np.zeros(R, dtype=np.int64)
        self.rung_pose_checks = np.zeros(R, dtype=np.int64)
        self.pose_budget = np.full(R, cfg.max_pose_checks_per_rung, dtype=np.int64)
        self.check_budget = np.full(R, cfg.max_checks_per_rung, dtype=np.int64)
        self.fail_count = np.zeros(R, dtype=np.int64)
        self.boosted = np.zeros(R, dtype=bool)  # budgets raised once (planning.ladder._boost_budgets)
        # rungs never welded (the caller's blocked): no samples beyond the first level
        self.blocked = np.zeros(R, dtype=bool)
        self.edge_fails = np.zeros(max(R - 1, 0), dtype=np.int64)

    # ----------------------------------------------------------------------------------- vertices

    def frames(self, r: np.ndarray, samples: np.ndarray) -> np.ndarray:
        """X_PT[n, 4, 4] of table samples[n] at rungs r[n] (kept from raise_level: the same numbers
        frames_at computes, elementwise from the same angles)."""
        r = np.asarray(r, dtype=np.int64)
        samples = np.asarray(samples, dtype=np.int64)
        if r.size == 0:
            return np.zeros((0, 4, 4))
        out = np.empty((r.size, 4, 4))
        for k in np.unique(r).tolist():
            m = r == k
            sel = samples[m]
            X = self.X_PT[k]
            if sel.size and int(sel.max()) >= X.shape[0]:  # a sample of a level the rung has not reached
                out[m] = frames_at(self.rungs, self.proc, self.table, r[m], sel)
            else:
                out[m] = X[sel]
        return out

    def raise_level(self, rung_index: np.ndarray, level: int) -> None:
        """Add the samples of levels above each rung's current one up to ``level`` (all of them share the
        current level: callers group rungs by it)."""
        if rung_index.size == 0:
            return
        if level > 0 and self.blocked[rung_index].any():
            # a blocked rung's wider samples would all be refused: only its level moves (widen_targets
            # ramps the levels of its neighbours through it)
            self.level[rung_index[self.blocked[rung_index]]] = level
            rung_index = rung_index[~self.blocked[rung_index]]
            if rung_index.size == 0:
                return
        t = self.table
        cur = int(self.level[rung_index[0]])
        start = 0 if cur < 0 else int(t.level_ends[cur])
        stop = int(t.level_ends[level])
        idx = np.arange(start, stop)
        X_PT = level_frames(self.rungs, self.proc, t, start, stop, rung_index)
        for k, r in enumerate(rung_index.tolist()):
            self.X_PT[r] = np.concatenate([self.X_PT[r], X_PT[k]])
        X_BF = self.X_BP @ X_PT @ self.X_TF
        self.n_ik += X_BF.shape[0] * X_BF.shape[1]
        verts = sample_rungs(self.kin, X_BF, idx, self.deviation[idx], self.cfg.state, self.lower, self.upper)
        for r, v in zip(rung_index.tolist(), verts, strict=True):
            self.q[r] = np.vstack([self.q[r], v.q])
            self.sample[r] = np.concatenate([self.sample[r], v.sample])
            self.slot[r] = np.concatenate([self.slot[r], v.slot])
            self.vcost[r] = np.concatenate([self.vcost[r], v.cost])
            self.status[r] = np.concatenate([self.status[r], np.zeros(v.q.shape[0], dtype=np.int8)])
            self.counts[r] += v.counts
            self.level[r] = level
            self.update_active(r)

    def update_active(self, r: int) -> bool:
        """Beam: the cheapest max_rung_width vertices not known to fail of each tolerance level the rung
        has. True when a vertex joined the set (vertices that left it need no new edges: their cost is
        infinite). Per level beyond the procedure's tolerance (the levels within it share one), because a
        wider level's vertices cost more (their angle deviation): in one beam the nominal ones would crowd
        them out, and a rung widened to ramp the torch angles towards a seam end where only wide angles fit
        would never offer them to the search."""
        usable = np.flatnonzero(self.status[r] >= 0)
        width = self.cfg.max_rung_width
        if usable.size > width:
            level = np.maximum(self.table.level[self.sample[r][usable]], self.nominal_level)
            # cheapest first within each level: sort by (level, cost), keep the first `width` of each
            by = np.lexsort((self.vcost[r][usable], level))
            lv = level[by]
            first = np.searchsorted(lv, lv, side="left")
            usable = np.sort(usable[by[np.arange(by.size) - first < width]])
        joined = np.setdiff1d(usable, self.active[r], assume_unique=True).size > 0
        self.active[r] = usable
        self.touch(r)
        return joined

    def touch(self, r: int) -> None:
        """Rung r's vertices changed (status, beam or new ones): refresh its search costs."""
        out = np.full(self.vcost[r].size, np.inf)
        a = self.active[r]
        out[a] = np.where(self.status[r][a] >= 0, self.vcost[r][a], np.inf)
        self.vc[r] = out
        self.dirty_from = min(self.dirty_from, r)

    # -------------------------------------------------------------------------------------- edges

    def build_edges(self, pairs: list[int] | None = None) -> None:
        """Edges of the rung pairs (default: all) between their active vertices. A pair built before keeps
        the edges between vertices still active and evaluates only those of vertices that joined (the beam
        moves by a few vertices per check round, widening appends a level): the same edges, in the same
        order, as evaluating the pair anew."""
        if not self.edges:
            self.edges = [RungEdges.build(*(np.zeros(0, dtype=np.int64),) * 2, np.zeros(0))] * (self.R - 1)
            self.ecost = [np.zeros(0)] * (self.R - 1)
            self._built = [None] * (self.R - 1)
            pairs = list(range(self.R - 1))
        for r in pairs if pairs is not None else range(self.R - 1):
            a, b = self.active[r], self.active[r + 1]
            na, nb = self.q[r].shape[0], max(self.q[r + 1].shape[0], 1)
            prev = self._built[r]
            if prev is None:
                src, dst, raw = self._pair_edges(r, a, b)
            else:
                pa, pb, psrc, pdst, pcost = prev
                in_a, in_b = np.zeros(na, dtype=bool), np.zeros(nb, dtype=bool)
                in_a[a], in_b[b] = True, True
                keep = in_a[psrc] & in_b[pdst]
                was_a, was_b = np.zeros(na, dtype=bool), np.zeros(nb, dtype=bool)
                was_a[pa], was_b[pb] = True, True  # vertices are only ever appended: old indices stay valid
                a_old, a_new, b_new = a[was_a[a]], a[~was_a[a]], b[~was_b[b]]
                parts = [(psrc[keep], pdst[keep], pcost[keep]), self._pair_edges(r, a_new, b)]
                parts.append(self._pair_edges(r, a_old, b_new))
                src = np.concatenate([x for x, _, _ in parts])
                dst = np.concatenate([y for _, y, _ in parts])
                raw = np.concatenate([c for _, _, c in parts])
                # src-major, as one evaluation of the whole pair returns them
                order = np.argsort(src * nb + dst)
                src, dst, raw = src[order], dst[order], raw[order]
            self._built[r] = (a, b, src, dst, raw)
            e = RungEdges.build(src, dst, raw)
            self.n_edges += e.count
            cost = e.cost.copy()
            bad = self.bad_edges.get(r)
            if bad and e.count:
                codes = np.array([s * nb + d for s, d in bad])
                cost[np.isin(e.src * nb + e.dst, codes)] = np.inf
            self.edges[r], self.ecost[r] = e, cost
            self.dirty_from = min(self.dirty_from, r + 1)

    def _pair_edges(self, r: int, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """ladder_edges between vertices a of rung r and b of rung r + 1 -> (src, dst, cost), vertex indices."""
        if a.size == 0 or b.size == 0:
            z = np.zeros(0, dtype=np.int64)
            return z, z, np.zeros(0)
        # the torch angle offsets ride along as two more gated coordinates (no cost): they may change by
        # one grid step per rung, so the work and travel angles stay smooth along the weld
        xa = np.hstack([self.q[r][a], self.offsets[self.sample[r][a]]])
        xb = np.hstack([self.q[r + 1][b], self.offsets[self.sample[r + 1][b]]])
        src, dst, cost = ladder_edges(xa, self.slot[r][a], xb, self.slot[r + 1][b], self.caps[r], self.weights)
        return a[src], b[dst], cost

    # ----------------------------------------------------------------------------------- checking

    def check_vertices(self, r: int, idx: np.ndarray) -> None:
        """Check vertices idx of rung r (those not checked yet): see check_many."""
        idx = np.asarray(idx, dtype=np.int64)
        self.check_many(np.full(idx.size, r, dtype=np.int64), idx)

    def verify_fk(self, rung: np.ndarray, idx: np.ndarray) -> None:
        """FK of the not yet verified vertices (rung[n], idx[n]) against their target poses, in one batch."""
        todo = np.array(
            [self.status[r][v] == UNKNOWN for r, v in zip(rung.tolist(), idx.tolist(), strict=True)], dtype=bool
        )
        rung, idx = rung[todo], idx[todo]
        if idx.size == 0:
            return
        q = np.stack([self.q[r][v] for r, v in zip(rung.tolist(), idx.tolist(), strict=True)])
        smp = np.array([self.sample[r][v] for r, v in zip(rung.tolist(), idx.tolist(), strict=True)])
        X_want = self.X_BP @ self.frames(rung, smp) @ self.X_TF
        X_got = self.kin.fk(q)
        dp = np.linalg.norm(X_got[:, :3, 3] - X_want[:, :3, 3], axis=1)
        da = rotation_angle(X_got[:, :3, :3], X_want[:, :3, :3])
        good = (dp <= _FK_TOL) & (da <= _FK_TOL)
        for r, v, g in zip(rung.tolist(), idx.tolist(), good.tolist(), strict=True):
            self.status[r][v] = FK_OK if g else IK_MISS
        for r in np.unique(rung[~good]).tolist():
            self.touch(r)

    def check_many(self, rung: np.ndarray, idx: np.ndarray) -> None:
        """Check vertices (rung[n], idx[n]) not checked yet: FK against the target pose (verify_fk), then
        state_valid once per rung."""
        self.verify_fk(rung, idx)
        pend = np.array(
            [self.status[r][v] == FK_OK for r, v in zip(rung.tolist(), idx.tolist(), strict=True)], dtype=bool
        )
        rung, idx = rung[pend], idx[pend]
        for r in np.unique(rung).tolist():
            sel = idx[rung == r]
            if self.pose_valid is not None:
                sel = sel[self.check_poses(r, self.sample[r][sel])]
                if sel.size == 0:
                    continue
            if self.state_valid is None:
                self.status[r][sel] = OK
                continue
            self.n_state += sel.size
            self.rung_checks[r] += sel.size
            ok = np.asarray(self.state_valid(self.q[r][sel], r), dtype=bool).reshape(-1)
            self.status[r][sel] = np.where(ok, OK, COLLIDES)
            if not np.all(ok):
                self.touch(r)

    def check_poses(self, r: int, samples: np.ndarray) -> np.ndarray:
        """pose_valid on the not yet judged torch samples of rung r (one call); every vertex of a sample
        whose torch alone collides is marked colliding (no configuration can hold that pose). Returns
        free[len(samples)]."""
        ps = self.pose_status[r]
        self.check_poses_many(np.full(samples.size, r, dtype=np.int64), np.asarray(samples, dtype=np.int64))
        return ps[samples] > 0

    def check_poses_many(self, rung: np.ndarray, samples: np.ndarray) -> None:
        """check_poses for (rung[n], samples[n]) pairs over several rungs, in one pose_valid call."""
        key = np.unique(rung * self.pose_status.shape[1] + samples)
        rung, samples = np.divmod(key, self.pose_status.shape[1])
        new = self.pose_status[rung, samples] == 0
        rung, samples = rung[new], samples[new]
        if rung.size == 0 or self.pose_valid is None:
            return
        self.n_pose += rung.size
        np.add.at(self.rung_pose_checks, rung, 1)
        ok = np.asarray(self.pose_valid(self.frames(rung, samples), rung), dtype=bool).reshape(-1)
        self.pose_status[rung, samples] = np.where(ok, 1, -1)
        for r in np.unique(rung[~ok]).tolist():
            bad = samples[(rung == r) & ~ok]
            hit = np.isin(self.sample[r], bad) & (self.status[r] >= 0) & (self.status[r] != OK)
            self.status[r][hit] = COLLIDES
            self.touch(r)

    def check_edge(self, r: int, s: int, d: int) -> bool:
        if self.edge_valid is None:  # edges not checked
            return True
        key = (r, s, d)
        if key not in self.edge_cache:
            self.n_edge_checks += 1
            self.edge_cache[key] = ok = bool(self.edge_valid(self.q[r][s], self.q[r + 1][d], r))
            if not ok:
                self.bad_edges.setdefault(r, set()).add((s, d))
        return self.edge_cache[key]

    def edge_ok(self, r: int, s: int, d: int) -> bool:
        """The edge exists, is not marked bad, and passes edge_valid (checked now if needed)."""
        e = self.edges[r]
        hit = np.flatnonzero((e.src == s) & (e.dst == d))
        if hit.size == 0 or not np.isfinite(self.ecost[r][hit[0]]):
            return False
        if self.edge_valid is not None and not self.check_edge(r, s, d):
            self.mark_edge_bad(r, s, d)
            return False
        return True

    def mark_edge_bad(self, r: int, s: int, d: int) -> None:
        e = self.edges[r]
        hit = (e.src == s) & (e.dst == d)
        self.ecost[r] = np.where(hit, np.inf, self.ecost[r])
        self.dirty_from = min(self.dirty_from, r + 1)

    def check_rung_batch(self, r: int) -> None:
        """Check rung r in one batch. With pose_valid, every torch sample of its unchecked vertices first
        (when that rules out torch poses, lazy checking goes on with the rest). Then the vertices, one per
        torch sample in turn (cheapest first: a colliding torch sinks every IK solution of its pose, so
        orientations are explored first), up to the rung's check budget. A rung that has spent its budget
        keeps only the vertices found valid: the rest are given up (counted as colliding)."""
        st = self.status[r]
        todo = np.flatnonzero((st == UNKNOWN) | (st == FK_OK))
        if todo.size == 0:
            return
        pose_left = int(self.pose_budget[r]) - int(self.rung_pose_checks[r])
        if self.pose_valid is not None and pose_left > 0:
            before = int(np.sum(self.status[r] == COLLIDES))
            samples = self.sample[r][todo]
            unjudged = np.unique(samples[self.pose_status[r][samples] == 0])
            # table order: nearest the nominal angles first
            self.check_poses(r, unjudged[:pose_left])
            st = self.status[r]
            if int(np.sum(st == COLLIDES)) > before and np.any(st >= 0):
                # the torch poses explained failures: back to lazy checking of what is left
                if self.update_active(r):
                    self.build_edges([p for p in (r - 1, r) if 0 <= p < self.R - 1])
                return
            todo = np.flatnonzero((st == UNKNOWN) | (st == FK_OK))
        left = int(self.check_budget[r]) - int(self.rung_checks[r])
        if left > 0 and todo.size:
            smp, cost = self.sample[r][todo], self.vcost[r][todo]
            by = np.lexsort((cost, smp))
            first = np.concatenate([[0], np.flatnonzero(np.diff(smp[by])) + 1])
            rank = np.empty(todo.size, dtype=np.int64)
            rank[by] = np.arange(todo.size) - np.repeat(first, np.diff(np.append(first, todo.size)))
            order = todo[np.lexsort((cost, rank))][:left]
            self.check_vertices(r, order)
        st = self.status[r]
        if self.rung_checks[r] >= self.check_budget[r]:
            # out of budget: the rung keeps the vertices found valid (the search would otherwise go on
            # trying its unchecked ones one at a time)
            st[(st == UNKNOWN) | (st == FK_OK)] = GAVE_UP
            self.touch(r)
        if self.update_active(r):
            self.build_edges([p for p in (r - 1, r) if 0 <= p < self.R - 1])


def _piece_path(L: LazyLadder, vc: list[np.ndarray], start: int, end: int) -> np.ndarray:
    path, _ = shortest_path(vc, L.edges, L.ecost, start, end)
    if path is None:  # best_pieces returns only intervals that a finite path crosses
        raise RuntimeError(f"rungs {start}-{end}: a piece without a path")
    return path


def solve_lazy(L: LazyLadder, counters: dict[str, int]) -> tuple[list[tuple[int, int]], list[np.ndarray]]:
    """Lazy search loop (planning/ladder.py doc, steps 3-4) -> pieces and their vertex paths, all checked
    clean (or, past max_searches, cut where they fail)."""
    cfg = L.cfg
    failures = 0
    failed_rungs: set[int] = set()
    fail_count = L.fail_count  # kept across widening rounds: a rung that failed often escalates at once
    while True:
        vc = L.vc
        path, _ = shortest_path(vc, L.edges, L.ecost, dist=L.dist, valid_until=L.dirty_from - 1)
        L.dirty_from = L.R
        counters["searches"] += 1
        if path is not None:
            pieces, paths = [(0, L.R - 1)], [path]
        else:
            ok = [np.isfinite(v) for v in vc]
            eok = [np.isfinite(c) for c in L.ecost]
            pieces = best_pieces(ok, L.edges, eok, L.rungs.seg_len)
            paths = [_piece_path(L, vc, s, e) for s, e in pieces]
            counters["searches"] += len(pieces)
        if counters["searches"] > cfg.max_searches:
            return _cut_at_failures(L, pieces, paths)
        rung = np.concatenate(
            [np.arange(s, s + p.size) for (s, _), p in zip(pieces, paths, strict=True)] + [np.zeros(0, dtype=np.int64)]
        )
        vert = np.concatenate(paths + [np.zeros(0, dtype=np.int64)])
        bad_rungs = _check_path(L, rung, vert, fail_count)
        if bad_rungs:
            failures += 1
            failed_rungs.update(bad_rungs)
            batch = set(failed_rungs) if failures >= cfg.max_lazy_searches else set()
            batch |= {r for r in bad_rungs if fail_count[r] >= cfg.escalate_after}
            for r in sorted(batch):
                L.check_rung_batch(r)
            failed_rungs -= batch
            changed = {
                p for r in bad_rungs if r not in batch and L.update_active(r) for p in (r - 1, r) if 0 <= p < L.R - 1
            }
            if changed:
                L.build_edges(sorted(changed))
            continue
        if L.edge_valid is not None and not _check_path_edges(L, pieces, paths):
            failures += 1
            continue
        return pieces, paths


def _spread_order(n: int) -> np.ndarray:
    """0..n-1 in bisection order (ends, middle, quarters, ...): checks spread along the path first."""
    if n <= 2:
        return np.arange(n)
    order = [0, n - 1]
    seen = {0, n - 1}
    step = n - 1
    while len(order) < n:
        step = max(step // 2, 1)
        for i in range(0, n, step):
            if i not in seen:
                seen.add(i)
                order.append(i)
    return np.array(order, dtype=np.int64)


def _check_path(L: LazyLadder, rung: np.ndarray, vert: np.ndarray, fail_count: np.ndarray) -> list[int]:
    """Check a path: FK of all its vertices in one batch (and the torch poses, with pose_valid), then
    state_valid on the unchecked ones in chunks
    of check_chunk, rungs that failed before first, then spread along the path; stop after the first
    chunk with a failure. Returns the failing rungs."""
    L.verify_fk(rung, vert)
    if L.pose_valid is not None:  # the torch alone first, on the whole path (cheap, prunes whole poses)
        todo = np.array(
            [L.status[r][v] == FK_OK for r, v in zip(rung.tolist(), vert.tolist(), strict=True)], dtype=bool
        )
        if todo.any():
            L.check_poses_many(
                rung[todo],
                np.array([L.sample[r][v] for r, v in zip(rung[todo].tolist(), vert[todo].tolist(), strict=True)]),
            )
    bad = [int(r) for r, v in zip(rung.tolist(), vert.tolist(), strict=True) if L.status[r][v] < 0]
    if bad:
        fail_count[bad] += 1
        return bad
    pos = np.flatnonzero([L.status[r][v] == FK_OK for r, v in zip(rung.tolist(), vert.tolist(), strict=True)])
    rank = np.empty(rung.size, dtype=np.int64)
    rank[_spread_order(rung.size)] = np.arange(rung.size)
    pos = pos[np.lexsort((rank[pos], -fail_count[rung[pos]]))]
    step = L.cfg.check_chunk
    for a in range(0, pos.size, step):
        sel = pos[a : a + step]
        L.check_many(rung[sel], vert[sel])
        bad = [int(r) for r, v in zip(rung[sel].tolist(), vert[sel].tolist(), strict=True) if L.status[r][v] < 0]
        if bad:
            fail_count[bad] += 1
            return bad
    return []


def _check_path_edges(L: LazyLadder, pieces: list[tuple[int, int]], paths: list[np.ndarray]) -> bool:
    """edge_valid on the unchecked edges of the paths, one at a time (rung pairs that failed before first,
    then spread along the path), stopping at the first failure (marked). True when all pass."""
    edges = [
        (s + k, int(p[k]), int(p[k + 1])) for (s, _), p in zip(pieces, paths, strict=True) for k in range(p.size - 1)
    ]
    todo = [e for e in edges if e not in L.edge_cache]
    rank = np.empty(len(edges), dtype=np.int64)
    rank[_spread_order(len(edges))] = np.arange(len(edges))
    pos = {e: int(rank[i]) for i, e in enumerate(edges)}
    todo.sort(key=lambda e: (-int(L.edge_fails[e[0]]), pos[e]))
    for r, a, b in todo:
        if not L.check_edge(r, a, b):
            L.mark_edge_bad(r, a, b)
            L.edge_fails[r] += 1
            return False
    return all(L.edge_cache[e] for e in edges)


def _cut_at_failures(
    L: LazyLadder, pieces: list[tuple[int, int]], paths: list[np.ndarray]
) -> tuple[list[tuple[int, int]], list[np.ndarray]]:
    """Out of searches: keep the parts of the last pieces whose vertices and edges all check clean."""
    out_p: list[tuple[int, int]] = []
    out_v: list[np.ndarray] = []

    def close(run: list[int], end: int) -> None:
        if len(run) >= 2:
            out_p.append((end - len(run) + 1, end))
            out_v.append(np.array(run, dtype=np.int64))

    for (s, _), p in zip(pieces, paths, strict=True):
        run: list[int] = []
        for k, v in enumerate(p.tolist()):
            r = s + k
            L.check_vertices(r, np.array([v]))
            ok_v = L.status[r][v] == OK
            if run and ok_v and L.edge_ok(r - 1, run[-1], v):
                run.append(v)
                continue
            close(run, r - 1)
            run = [v] if ok_v else []
        close(run, s + p.size - 1)
    return out_p, out_v


def rung_reason(L: LazyLadder, r: int) -> str:
    raw, in_limits, non_singular = L.counts[r]
    if raw == 0:
        return "unreachable"
    if in_limits == 0:
        return "joint_limit"
    if non_singular == 0:
        return "singular"
    L.check_rung_batch(r)
    st = L.status[r]
    if np.any(st == OK):
        return "speed"
    if np.any((st == COLLIDES) | (st == GAVE_UP)):
        return "collision"
    return "unreachable"  # every closed-form solution failed its FK check


def break_reason(L: LazyLadder, r: int) -> str:
    """Why segment r -> r + 1 is not welded although both rungs are: "collision" when edges between
    collision-free vertices existed and edge_valid rejected them, else "speed"."""
    e = L.edges[r]
    if e.count == 0:
        return "speed"
    ok = (L.status[r][e.src] >= 0) & (L.status[r + 1][e.dst] >= 0)
    if np.any(ok & np.isfinite(e.cost)) and not np.any(ok & np.isfinite(L.ecost[r])):
        return "collision"
    return "speed"


def widen_targets(L: LazyLadder, pieces: list[tuple[int, int]], top: int, window: int) -> np.ndarray:
    """Tolerance level each rung should get next round -> [R].

    Failing regions are the runs of unwelded rungs and the two rungs on either side of a break (those
    only up to the procedure's tolerance). A region
    bounded by a piece is widened over ``window`` rungs from that side, so pieces grow into it round by
    round; a seam with no piece at all is widened everywhere. A rung goes one level up, or straight to the
    level of the piece rung it borders when that is higher (neighbours tend to need the same tolerance).
    Rungs out of check budget stay as they are; when no failing rung can go up, nothing does. Otherwise
    levels then ramp down by one per rung away from a widened stretch (welded rungs included), as the
    torch angles may change by one angle step per rung.
    """
    R = L.R
    target = L.level.copy()
    welded = np.zeros(R, dtype=bool)
    for s, e in pieces:
        welded[s : e + 1] = True
    regions: list[tuple[int, int]] = []
    r = 0
    while r < R:
        if welded[r]:
            r += 1
            continue
        a = r
        while r < R and not welded[r]:
            r += 1
        regions.append((a, r - 1))
    breaks = [(e1, e1 + 1) for (_, e1), (s2, _) in zip(pieces, pieces[1:], strict=False) if s2 == e1 + 1]
    # a rung whose torch poses all collided, hundreds of them, is not widened either; one with free torch
    # poses may still be (its trouble is the arm, the speed or the configuration)
    torch_blocked = (L.rung_pose_checks >= L.pose_budget) & ~np.any(L.pose_status == 1, axis=1)
    spent = (L.rung_checks >= L.check_budget) | torch_blocked | L.blocked
    for a, b in regions:
        if not pieces:
            sides = [(a, b, 0)]
        else:
            sides = []
            if a > 0:
                sides.append((a, min(b, a + window - 1), int(L.level[a - 1])))
            if b < R - 1:
                sides.append((max(a, b - window + 1), b, int(L.level[b + 1])))
        for lo, hi, border in sides:
            for k in range(lo, hi + 1):
                if not spent[k]:
                    target[k] = max(target[k], min(max(int(L.level[k]) + 1, border), top))
    # a break (both sides welded, no edge between) is rarely a matter of torch angles: up to the
    # procedure's tolerance only
    for a, b in breaks:
        for k in (a, b):
            if not spent[k] and L.level[k] < L.nominal_level:
                target[k] = max(target[k], int(L.level[k]) + 1)
    if np.all(target <= L.level):
        return target  # no failing rung can be widened: stop, without growing its neighbours for nothing
    # the torch angles may change by one grid step per rung (edge gate): ramp the levels down around a
    # widened stretch so that a path can reach its offsets
    for k in range(1, R):
        target[k] = max(target[k], target[k - 1] - 1)
    for k in range(R - 2, -1, -1):
        target[k] = max(target[k], target[k + 1] - 1)
    return target
