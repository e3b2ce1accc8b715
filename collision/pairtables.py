"""Distance tables for self pairs that only one or two joints move apart (e.g. the forearm vs the flange and
torch mount: q5, q6). Such pairs sit a few centimetres apart in almost every configuration, so bounding
spheres never clear them; a table of PyBullet distances on a joint grid, minus a Lipschitz bound for the
offset from the nearest grid node, does.

Bound: turning joint j by delta moves every point of the later link by at most rho_j |delta|, rho_j being
the largest distance of its geometry from joint j's origin (triangle inequality through the joint origins
in between), so d(q) >= d(q_node) - sum_j rho_j |q_j - q_node_j|.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kinematics.chain import SerialChain

__all__ = ["PairTable", "build_pair_table"]

_MAX_CELLS = 40000
_TWO_PI = 2.0 * math.pi


@dataclass(frozen=True, eq=False)
class PairTable:
    """dist[n_0, (n_1)]: distances (m, capped) on a grid over joints[k] (0-based, k = 1 or 2).

    lo[k], step[k] (rad): node i sits at lo + i * step; periodic[k]: the joint's grid wraps at 2 pi
    (lo = 0, n * step = 2 pi); rho[k] (m/rad): Lipschitz constants.
    """

    joints: tuple[int, ...]
    lo: np.ndarray
    step: np.ndarray
    periodic: tuple[bool, ...]
    rho: np.ndarray
    dist: np.ndarray

    def lower_bound(self, q: np.ndarray) -> np.ndarray:
        """Distance lower bounds [N] for q[N, 6]."""
        idx = []
        err = np.zeros(len(q))
        for k, j in enumerate(self.joints):
            n = self.dist.shape[k]
            t = (q[:, j] - self.lo[k]) / self.step[k]
            if self.periodic[k]:
                t = np.mod(q[:, j], _TWO_PI) / self.step[k]
                i = np.rint(t).astype(np.int64)
                err += self.rho[k] * np.abs(t - i) * self.step[k]
                idx.append(np.mod(i, n))
            else:
                i = np.clip(np.rint(t).astype(np.int64), 0, n - 1)
                err += self.rho[k] * np.abs(q[:, j] - (self.lo[k] + i * self.step[k]))
                idx.append(i)
        return self.dist[tuple(idx)] - err


def _rho(chain: SerialChain, ka: int, kb: int, centres: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """rho[j - ka] for joints ka..kb-1: max distance of link kb's spheres (centres [s, 3] in chain link kb's
    frame) from each joint's origin."""
    reach = float(np.max(np.linalg.norm(centres, axis=1) + radii))
    out = []
    for j in range(ka, kb):
        # joint j's origin is chain link j+1's origin; add the fixed offsets of the joints after it
        extra = sum(float(np.linalg.norm(chain.X_PJ[i][:3, 3])) for i in range(j + 1, kb))
        out.append(reach + extra)
    return np.array(out)


def build_pair_table(chain: SerialChain, limits: np.ndarray, ka: int, kb: int, centres_b: np.ndarray,
                     radii_b: np.ndarray, distance: Callable[[np.ndarray], float], tol_m: float,
                     ) -> PairTable | None:
    """A table for a pair on chain links ka < kb (kb - ka in 1..2) or None when it would exceed _MAX_CELLS.

    centres_b[s, 3], radii_b[s]: spheres of the later link in chain link kb's frame; distance(q[6]) -> the
    pair's PyBullet distance (capped) at q; tol_m: the bound's worst loss from the nearest node.
    """
    if not 1 <= kb - ka <= 2 or not np.all(np.isfinite(radii_b)):
        return None
    joints = tuple(range(ka, kb))
    rho = _rho(chain, ka, kb, centres_b, radii_b)
    lo, step, periodic, axes = [], [], [], []
    for k, j in enumerate(joints):
        span = float(limits[j, 1] - limits[j, 0])
        h = 2.0 * tol_m / rho[k]
        if span >= _TWO_PI:
            n = max(1, math.ceil(_TWO_PI / h))
            lo.append(0.0)
            step.append(_TWO_PI / n)
            periodic.append(True)
            axes.append(np.arange(n) * step[-1])
        else:
            n = max(1, math.ceil(span / h))
            lo.append(float(limits[j, 0]))
            step.append(span / n)
            periodic.append(False)
            axes.append(lo[-1] + np.arange(n + 1) * step[-1])
    if math.prod(len(a) for a in axes) > _MAX_CELLS:
        return None
    grid = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, len(joints))
    q = np.zeros((len(grid), 6))
    q[:, list(joints)] = grid
    dist = np.array([distance(row) for row in q]).reshape([len(a) for a in axes])
    return PairTable(joints=joints, lo=np.array(lo), step=np.array(step), periodic=tuple(periodic), rho=rho,
                     dist=dist)
