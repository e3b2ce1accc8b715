"""Numeric IK for any 6R chain: Levenberg-Marquardt from several starts at once.

Damping follows Sugihara, "Solvability-Unconcerned Inverse Kinematics by the Levenberg-Marquardt
Method" (IEEE T-RO 27(5), 2011): lambda = |e|^2 + bias, which keeps steps short far from a solution
and turns into Gauss-Newton (quadratic convergence) close to one. All starts run as one numpy batch;
converged starts leave the batch, stalled ones are dropped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kinematics.chain import SerialChain
from kinematics.solutions import expand_within_limits
from kinematics.se3 import rotation_log

__all__ = ["NumericIKConfig", "numeric_ik", "numeric_ik_batch"]

_TWO_PI = 2.0 * math.pi


@dataclass(frozen=True)
class NumericIKConfig:
    """max_iterations per start; restarts: random starts besides q_seed; tolerances on the final pose
    error; seed of the random starts (the same seed gives the same starts for every pose);
    damping_bias: the constant part of the LM damping (m^2 / rad^2 scale)."""

    max_iterations: int = 40
    restarts: int = 8
    tol_position_m: float = 1e-7
    tol_rotation_rad: float = 1e-7
    seed: int = 0
    damping_bias: float = 1e-6

    def __post_init__(self) -> None:
        if self.max_iterations < 1:
            raise ValueError(f"NumericIKConfig.max_iterations must be >= 1, got {self.max_iterations}")
        if self.restarts < 0:
            raise ValueError(f"NumericIKConfig.restarts must be >= 0, got {self.restarts}")
        for name in ("tol_position_m", "tol_rotation_rad", "damping_bias"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0.0):
                raise ValueError(f"NumericIKConfig.{name} must be a positive number, got {value}")


class _SmallBatchModel:
    """FK and Jacobian of a chain for small batches with few numpy calls (4x4 products)."""

    def __init__(self, chain: SerialChain) -> None:
        self.A = chain.X_PJ.copy()  # [6, 4, 4]
        axes = chain.axes
        K = np.zeros((6, 3, 3))
        K[:, 0, 1], K[:, 0, 2] = -axes[:, 2], axes[:, 1]
        K[:, 1, 0], K[:, 1, 2] = axes[:, 2], -axes[:, 0]
        K[:, 2, 0], K[:, 2, 1] = -axes[:, 1], axes[:, 0]
        self.K = K
        self.K2 = K @ K
        self.axes = axes
        self.tail = chain.X_tail.copy()

    def fk_jac(self, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        m = q.shape[0]
        c = np.cos(q)[:, :, None, None]
        s = np.sin(q)[:, :, None, None]
        rot = np.zeros((m, 6, 4, 4))
        rot[:, :, :3, :3] = np.eye(3) + s * self.K + (1.0 - c) * self.K2
        rot[:, :, 3, 3] = 1.0
        local = self.A @ rot  # [m, 6, 4, 4]: joint i in link i-1, at angle q_i
        frames = np.empty((m, 6, 4, 4))
        X = local[:, 0]
        frames[:, 0] = X
        for i in range(1, 6):
            X = X @ local[:, i]
            frames[:, i] = X
        X_tip = X @ self.tail
        z = np.einsum("mijk,ik->mij", frames[:, :, :3, :3], self.axes)  # joint axes in base [m, 6, 3]
        r = X_tip[:, None, :3, 3] - frames[:, :, :3, 3]
        J = np.empty((m, 6, 6))
        J[:, :3, :] = np.cross(z, r).transpose(0, 2, 1)
        J[:, 3:, :] = z.transpose(0, 2, 1)
        return X_tip, J


def _pose_error(X_target: np.ndarray, X: np.ndarray) -> np.ndarray:
    """e[m, 6] = (p_target - p, log(R_target R^T)) in the base frame."""
    e = np.empty((X.shape[0], 6))
    e[:, :3] = X_target[..., :3, 3] - X[:, :3, 3]
    e[:, 3:] = rotation_log(X_target[..., :3, :3] @ np.swapaxes(X[:, :3, :3], 1, 2))
    return e


def _starts(chain: SerialChain, q_seed: np.ndarray | None, config: NumericIKConfig) -> np.ndarray:
    rng = np.random.default_rng(config.seed)
    lo = np.maximum(chain.lower, -math.pi)
    hi = np.minimum(chain.upper, math.pi)
    hi = np.where(hi > lo, hi, lo + 1e-9)
    rand = rng.uniform(lo, hi, size=(config.restarts, 6))
    if q_seed is None:
        return rand
    q_seed = np.asarray(q_seed, dtype=np.float64).reshape(1, 6)
    return np.concatenate([q_seed, rand], axis=0)


def _solve_batch(
    model: _SmallBatchModel, X_target: np.ndarray, q0: np.ndarray, config: NumericIKConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Run LM on starts q0[m, 6] towards X_target[4, 4] or [m, 4, 4]; returns (q[m, 6], converged[m])."""
    q = q0.copy()
    m = q.shape[0]
    converged = np.zeros(m, dtype=bool)
    active = np.arange(m)
    targets = np.broadcast_to(X_target, (m, 4, 4))
    best = np.full(m, np.inf)
    stall = np.zeros(m, dtype=np.int64)
    eye = np.eye(6)
    for _ in range(config.max_iterations):
        qa = q[active]
        X, J = model.fk_jac(qa)
        e = _pose_error(targets[active], X)
        ep = np.sqrt(np.sum(e[:, :3] ** 2, axis=1))
        er = np.sqrt(np.sum(e[:, 3:] ** 2, axis=1))
        done = (ep < config.tol_position_m) & (er < config.tol_rotation_rad)
        if np.any(done):
            converged[active[done]] = True
        # Starts whose error has not improved for several steps are in a local minimum: drop them.
        err = ep + er
        improved = err < 0.999 * best[active]
        best[active] = np.minimum(best[active], err)
        stall[active] = np.where(improved, 0, stall[active] + 1)
        keep = ~done & (stall[active] < 6)
        if not np.any(keep):
            active = active[:0]
            break
        active, qa, J, e, err = active[keep], qa[keep], J[keep], e[keep], err[keep]
        Jt = np.swapaxes(J, 1, 2)
        lam = (np.sum(e * e, axis=1) + config.damping_bias)[:, None, None]
        H = Jt @ J + lam * eye
        g = (Jt @ e[:, :, None])[:, :, 0]
        dq = np.linalg.solve(H, g[:, :, None])[:, :, 0]
        qa = qa + dq
        q[active] = qa - _TWO_PI * np.round(qa * (1.0 / _TWO_PI))
    return q, converged


def numeric_ik(
    chain: SerialChain,
    X_BF: np.typing.ArrayLike,
    q_seed: np.typing.ArrayLike | None = None,
    config: NumericIKConfig = NumericIKConfig(),
) -> np.ndarray:
    """Distinct IK solutions q[m, 6] (rad, inside the joint limits, +-2 pi variants included) found
    from q_seed (if given) and config.restarts random starts, for one tip pose X_BF[4, 4].

    m may be 0 (unreachable pose, or no start converged). Each returned solution reaches X_BF within
    config.tol_position_m / tol_rotation_rad.
    """
    X = np.asarray(X_BF, dtype=np.float64)
    if X.shape != (4, 4):
        raise ValueError(f"X_BF must have shape [4, 4], got {X.shape}")
    if not np.all(np.isfinite(X)):
        raise ValueError("X_BF contains non-finite values")
    model = _model(chain)
    q0 = _starts(chain, None if q_seed is None else np.asarray(q_seed, dtype=np.float64), config)
    q, ok = _solve_batch(model, X, q0, config)
    if not np.any(ok):
        return np.zeros((0, 6))
    return expand_within_limits(q[ok][None], chain.lower, chain.upper, dedupe_tol=1e-6)[0]


def numeric_ik_batch(
    chain: SerialChain,
    X_BF: np.typing.ArrayLike,
    q_seed: np.typing.ArrayLike | None = None,
    config: NumericIKConfig = NumericIKConfig(),
) -> np.ndarray:
    """Raw numeric branches q[N, k, 6] for poses X_BF[N, 4, 4] (k = starts per pose, NaN rows where a
    start did not converge; limits not applied). All poses x starts run as one batch. q_seed: [6] or
    [N, 6] (e.g. the previous waypoint's solution)."""
    X = np.asarray(X_BF, dtype=np.float64)
    if X.ndim == 2:
        X = X[None]
    n = X.shape[0]
    model = _model(chain)
    rand = _starts(chain, None, config)
    if q_seed is not None:
        seeds = np.broadcast_to(np.asarray(q_seed, dtype=np.float64), (n, 6))
        starts = np.concatenate([seeds[:, None, :], np.broadcast_to(rand, (n,) + rand.shape)], axis=1)
    else:
        starts = np.broadcast_to(rand, (n,) + rand.shape)
    k = starts.shape[1]
    q, ok = _solve_batch(model, np.repeat(X, k, axis=0), starts.reshape(n * k, 6).copy(), config)
    q[~ok] = np.nan
    return q.reshape(n, k, 6)


_MODELS: dict[int, tuple[SerialChain, _SmallBatchModel]] = {}


def _model(chain: SerialChain) -> _SmallBatchModel:
    # Keyed by identity and holding the chain, so an id is never reused for another chain.
    hit = _MODELS.get(id(chain))
    if hit is not None and hit[0] is chain:
        return hit[1]
    model = _SmallBatchModel(chain)
    if len(_MODELS) > 64:
        _MODELS.clear()
    _MODELS[id(chain)] = (chain, model)
    return model
