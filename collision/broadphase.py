"""Vectorised broad phase: which (configuration, link, piece) and (configuration, link pair) PyBullet must
query. Everything is in the robot base frame B.

Two levels: one bounding sphere per link first, then the link's few shape spheres for what survives.
Spheres ride on the chain links through our own FK (kinematics.chain.link_poses, checked against PyBullet's
link frames when a world is built); static pieces are plane sets (spheres.hull_planes), each held in a
bounding sphere too: a link's sphere meets the planes only of the pieces whose sphere it reaches, so the
cost per configuration grows with the pieces near the arm, not with all the pieces of a large assembly. Every
level only ever drops pairs that really are farther apart than the query distance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from collision.pairtables import PairTable
from kinematics.chain import SerialChain, link_poses

__all__ = ["BroadPhase", "PAD_M", "build_broad_phase"]

# PyBullet inflates hull shapes by a 1 mm collision margin (robot and static side); spheres bound the nominal
# shapes. 5 mm covers both with room to spare.
PAD_M = 0.005
_CHUNK = 2048


def _pad_rows(rows: list[np.ndarray], width: int) -> np.ndarray:
    """Stack ragged rows [k_i, ...] into [len, width, ...] repeating each row's first item (max/min safe)."""
    out = np.empty((len(rows), width) + rows[0].shape[1:])
    for i, r in enumerate(rows):
        out[i, : len(r)] = r
        out[i, len(r) :] = r[0]
    return out


@dataclass(eq=False)
class BroadPhase:
    """Sphere model of the robot links ("entries": links with collision geometry) and plane model of the
    static pieces.

    entry_chain[L]: chain link index (0 = base) the entry rides on; entry_centre[L, 3], entry_radius[L]: its
    bounding sphere in that chain link's frame (radius inf: always checked); sph_centre[L, smax, 3],
    sph_radius[L, smax]: its shape spheres (padded); moving[Lm]: entries that move (not on the base).
    plane_n[P, 3], plane_d[P] (n . x <= d inside, in B), plane_starts[E]; piece_n[E, pmax, 3], piece_d[E, pmax]
    the same padded per piece; piece_centre[E, 3], piece_radius[E]: a sphere holding each piece (radius inf:
    unknown, never culled). pair_a/pair_b[nP]: entries of the self pairs to check; tables: pairs bounded
    by a joint-grid distance table (collision.pairtables) instead of spheres.
    """

    chain: SerialChain
    entry_chain: np.ndarray
    entry_centre: np.ndarray
    entry_radius: np.ndarray
    sph_centre: np.ndarray
    sph_radius: np.ndarray
    moving: np.ndarray
    plane_n: np.ndarray
    plane_d: np.ndarray
    plane_starts: np.ndarray
    piece_n: np.ndarray
    piece_d: np.ndarray
    pair_a: np.ndarray
    pair_b: np.ndarray
    piece_centre: np.ndarray
    piece_radius: np.ndarray
    tables: dict[int, PairTable] = field(default_factory=dict)

    def set_pairs(self, a: Sequence[int], b: Sequence[int], tables: dict[int, PairTable] | None = None) -> None:
        """Self pairs (entry indices a[nP], b[nP]); tables: pair index -> distance table used instead of
        spheres for that pair."""
        self.pair_a = np.asarray(a, dtype=int)
        self.pair_b = np.asarray(b, dtype=int)
        self.tables = dict(tables or {})
        self._sphere_pairs = np.array([i for i in range(len(self.pair_a)) if i not in self.tables], dtype=int)

    def _frames(self, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(R[N, L, 3, 3], p[N, L, 3]): pose in B of each entry's chain link."""
        X = link_poses(self.chain, q)[:, self.entry_chain]
        return X[..., :3, :3], X[..., :3, 3]

    def _sphere_centres(self, R: np.ndarray, p: np.ndarray, entries: np.ndarray) -> np.ndarray:
        """Shape sphere centres [M, smax, 3] in B for M (config, entry) rows: R[M, 3, 3], p[M, 3]."""
        return np.matmul(self.sph_centre[entries], np.swapaxes(R, 1, 2)) + p[:, None, :]

    def pair_lower_bounds(self, q: np.ndarray) -> np.ndarray:
        """Lower bounds [N, nP] of every self pair's distance (shape-sphere level) for q[N, 6]."""
        out = np.empty((len(q), len(self.pair_a)))
        chunk = 256  # rows x smax^2 sphere pairs stay small
        for s in range(0, len(q), chunk):
            R, p = self._frames(q[s : s + chunk])
            n = len(R)
            rows = np.repeat(np.arange(n), len(self.pair_a))
            ea, eb = np.tile(self.pair_a, n), np.tile(self.pair_b, n)
            out[s : s + n] = self._pair_bound(R, p, rows, ea, eb).reshape(n, -1)
        return out

    def _pair_bound(self, R: np.ndarray, p: np.ndarray, rows: np.ndarray, ea: np.ndarray, eb: np.ndarray) -> np.ndarray:
        ca = self._sphere_centres(R[rows, ea], p[rows, ea], ea)  # [M, smax, 3]
        cb = self._sphere_centres(R[rows, eb], p[rows, eb], eb)
        # |a - b|^2 through a . b (one batched matrix product; a norm over a trailing axis of 3 was the broad
        # phase's largest cost on large assemblies); the round-off, ~1e-16 m^2, is far below PAD_M
        d2 = np.sum(ca**2, axis=2)[:, :, None] + np.sum(cb**2, axis=2)[:, None, :] - 2.0 * (ca @ np.swapaxes(cb, 1, 2))
        d = np.sqrt(np.maximum(d2, 0.0))
        d -= self.sph_radius[ea][:, :, None] + self.sph_radius[eb][:, None, :]
        return d.reshape(len(rows), -1).min(axis=1)

    def flags(self, q: np.ndarray, reach_m: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """What may be within reach_m for q[N, 6]: (env_cfg, env_entry, env_piece) rows of (configuration,
        moving entry, static piece) and (pair_cfg, pair_idx) rows, each sorted by configuration."""
        pad = reach_m + PAD_M
        env_rows: list[np.ndarray] = []
        pair_rows: list[np.ndarray] = []
        mv = self.moving
        reach_e = self.entry_radius[mv] + pad  # [Lm]
        c2 = np.sum(self.piece_centre**2, axis=1)  # [E]
        for s in range(0, len(q), _CHUNK):
            R, p = self._frames(q[s : s + _CHUNK])
            centre = np.matmul(R, self.entry_centre[None, :, :, None])[..., 0] + p  # [n, L, 3]
            if len(self.plane_starts) and len(mv):
                cm = centre[:, mv]  # [n, Lm, 3]
                # link sphere vs piece sphere: |a - b|^2 through a . b, one matrix product for every pair
                d2 = np.sum(cm**2, axis=2)[:, :, None] + c2 - 2.0 * (cm @ self.piece_centre.T)  # [n, Lm, E]
                cfg, li, piece = np.nonzero(d2 <= (reach_e[:, None] + self.piece_radius[None, :]) ** 2)
                # link sphere vs the planes of the pieces it reaches
                sep = np.matmul(self.piece_n[piece], cm[cfg, li][:, :, None])[..., 0] - self.piece_d[piece]
                near = sep.max(axis=1, initial=-np.inf) <= reach_e[li]
                cfg, li, piece = cfg[near], li[near], piece[near]
                if len(cfg):
                    e = mv[li]
                    c = self._sphere_centres(R[cfg, e], p[cfg, e], e)  # [M, smax, 3]
                    sep2 = np.matmul(c, np.swapaxes(self.piece_n[piece], 1, 2)) - self.piece_d[piece][:, None, :]
                    keep = (sep2.max(axis=2) <= self.sph_radius[e] + pad).any(axis=1)
                    env_rows.append(np.stack([cfg[keep] + s, e[keep], piece[keep]], axis=1))
            sp = self._sphere_pairs
            if len(sp):
                pa, pb = self.pair_a[sp], self.pair_b[sp]
                d1 = np.linalg.norm(centre[:, pa] - centre[:, pb], axis=2)
                d1 -= self.entry_radius[pa] + self.entry_radius[pb]
                cfg, pi = np.nonzero(d1 <= pad)
                if len(cfg):
                    keep = self._pair_bound(R, p, cfg, pa[pi], pb[pi]) <= pad
                    pair_rows.append(np.stack([cfg[keep] + s, sp[pi[keep]]], axis=1))
            for pair_i, table in self.tables.items():
                cfg = np.flatnonzero(table.lower_bound(q[s : s + _CHUNK]) <= pad)
                pair_rows.append(np.stack([cfg + s, np.full(len(cfg), pair_i)], axis=1))
        env = np.vstack(env_rows) if env_rows else np.zeros((0, 3), dtype=int)
        pairs = np.vstack(pair_rows) if pair_rows else np.zeros((0, 2), dtype=int)
        pairs = pairs[np.argsort(pairs[:, 0], kind="stable")]
        return env[:, 0], env[:, 1], env[:, 2], pairs[:, 0], pairs[:, 1]


def build_broad_phase(
    chain: SerialChain,
    entry_chain: list[int],
    entry_spheres: list[tuple[np.ndarray, np.ndarray]],
    moving: list[bool],
    piece_planes: list[tuple[np.ndarray, np.ndarray]],
    piece_spheres: Sequence[tuple[np.ndarray, float]] | None = None,
) -> BroadPhase:
    """entry_spheres: per entry (centres [k, 3] in its chain link frame, radii [k]); piece_planes: per static
    piece (normals [p, 3], offsets [p]) in the base frame B; piece_spheres: per piece (centre [3], radius) in B
    holding it (None: every piece's planes are always tested)."""
    if piece_spheres is None:
        piece_centre, piece_radius = np.zeros((len(piece_planes), 3)), np.full(len(piece_planes), np.inf)
    else:
        if len(piece_spheres) != len(piece_planes):
            raise ValueError(f"{len(piece_spheres)} piece spheres for {len(piece_planes)} pieces")
        piece_centre = np.array([c for c, _ in piece_spheres], dtype=np.float64).reshape(-1, 3)
        piece_radius = np.array([r for _, r in piece_spheres], dtype=np.float64)
    centres, radii = [], []
    for c, r in entry_spheres:
        if np.all(np.isfinite(r)):
            mid = 0.5 * (np.min(c - r[:, None], axis=0) + np.max(c + r[:, None], axis=0))
            centres.append(mid)
            radii.append(float(np.max(np.linalg.norm(c - mid, axis=1) + r)))
        else:
            centres.append(np.zeros(3))
            radii.append(np.inf)
    smax = max((len(r) for _, r in entry_spheres), default=1)
    if piece_planes:
        plane_n = np.vstack([n for n, _ in piece_planes])
        plane_d = np.concatenate([d for _, d in piece_planes])
        starts = np.cumsum([0] + [len(d) for _, d in piece_planes[:-1]]).astype(int)
        pmax = max(len(d) for _, d in piece_planes)
        piece_n = _pad_rows([n for n, _ in piece_planes], pmax)
        piece_d = _pad_rows([d for _, d in piece_planes], pmax)
    else:
        plane_n, plane_d, starts = np.zeros((0, 3)), np.zeros(0), np.zeros(0, dtype=int)
        piece_n, piece_d = np.zeros((0, 1, 3)), np.zeros((0, 1))
    bp = BroadPhase(
        chain=chain,
        entry_chain=np.asarray(entry_chain, dtype=int),
        entry_centre=np.array(centres).reshape(-1, 3),
        entry_radius=np.array(radii, dtype=float),
        sph_centre=_pad_rows([c for c, _ in entry_spheres], smax) if entry_spheres else np.zeros((0, 1, 3)),
        sph_radius=_pad_rows([r for _, r in entry_spheres], smax) if entry_spheres else np.zeros((0, 1)),
        moving=np.flatnonzero(np.asarray(moving, dtype=bool)),
        plane_n=plane_n,
        plane_d=plane_d,
        plane_starts=starts,
        piece_n=piece_n,
        piece_d=piece_d,
        pair_a=np.zeros(0, dtype=int),
        pair_b=np.zeros(0, dtype=int),
        piece_centre=piece_centre,
        piece_radius=piece_radius,
    )
    bp.set_pairs([], [])
    return bp
