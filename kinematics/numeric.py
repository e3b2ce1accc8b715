"""Numeric IK for any 6R chain: Levenberg-Marquardt from several starts at once.

Adaptive Levenberg-Marquardt (Nocedal & Wright, Numerical Optimization, 2nd ed., ch. 10.3): each start
keeps its own damping, which shrinks after a step that lowers the pose error (towards Gauss-Newton and
its quadratic convergence) and grows after a refused step. All starts of all poses run as one numpy
batch; converged starts leave it, starts stuck in a local minimum are dropped, and poses left without
a solution get fresh random starts.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass

import numpy as np

from kinematics.chain import SerialChain
from kinematics.se3 import rotation_log
from kinematics.solutions import expand_within_limits

__all__ = ["NumericIKConfig", "numeric_ik", "numeric_ik_batch"]

_TWO_PI = 2.0 * math.pi


@dataclass(frozen=True)
class NumericIKConfig:
    """max_iterations per start and round; restarts: random starts per round besides q_seed; rounds:
    how many rounds of fresh random starts a pose without any solution gets; tolerances on the final
    pose error; seed of the random starts; damping_bias: floor of the LM damping (m^2 / rad^2)."""

    max_iterations: int = 30
    restarts: int = 8
    tol_position_m: float = 1e-7
    tol_rotation_rad: float = 1e-7
    seed: int = 0
    damping_bias: float = 1e-9
    rounds: int = 3

    def __post_init__(self) -> None:
        if self.max_iterations < 1:
            raise ValueError(f"NumericIKConfig.max_iterations must be >= 1, got {self.max_iterations}")
        if self.rounds < 1:
            raise ValueError(f"NumericIKConfig.rounds must be >= 1, got {self.rounds}")
        if self.restarts < 0:
            raise ValueError(f"NumericIKConfig.restarts must be >= 0, got {self.restarts}")
        for name in ("tol_position_m", "tol_rotation_rad", "damping_bias"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0.0):
                raise ValueError(f"NumericIKConfig.{name} must be a positive number, got {value}")


class _SmallBatchModel:
    """Pose error and Jacobian of a chain for small batches with few numpy calls (4x4 products)."""

    def __init__(self, chain: SerialChain) -> None:
        axes = chain.axes
        K = np.zeros((6, 4, 4))
        K[:, 0, 1], K[:, 0, 2] = -axes[:, 2], axes[:, 1]
        K[:, 1, 0], K[:, 1, 2] = axes[:, 2], -axes[:, 0]
        K[:, 2, 0], K[:, 2, 1] = -axes[:, 1], axes[:, 0]
        # Joint i at angle q in link i-1: A_i Rot(q) = A_i + sin(q) A_i K_i + (1 - cos(q)) A_i K_i^2.
        self.A = chain.X_PJ.copy()
        self.AK = self.A @ K
        self.AK2 = self.A @ K @ K
        self.axes = axes[:, :, None]  # [6, 3, 1]
        self.tail = chain.X_tail.copy()

    def error_jacobian(self, q: np.ndarray, X_target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """e[m, 6] = (p_target - p, log(R_target R^T)) and J[m, 6, 6] (base frame, at the tip)."""
        m = q.shape[0]
        c = np.cos(q)[:, :, None, None]
        s = np.sin(q)[:, :, None, None]
        local = self.A + s * self.AK + (1.0 - c) * self.AK2  # [m, 6, 4, 4]
        frames = np.empty((m, 6, 4, 4))
        X = local[:, 0]
        frames[:, 0] = X
        for i in range(1, 6):
            X = X @ local[:, i]
            frames[:, i] = X
        X_tip = X @ self.tail
        z = np.swapaxes((frames[:, :, :3, :3] @ self.axes)[..., 0], 1, 2)  # axes in base, [m, 3, 6]
        r = X_tip[:, :3, 3, None] - np.swapaxes(frames[:, :, :3, 3], 1, 2)  # [m, 3, 6]
        J = np.empty((m, 6, 6))
        J[:, 0] = z[:, 1] * r[:, 2] - z[:, 2] * r[:, 1]
        J[:, 1] = z[:, 2] * r[:, 0] - z[:, 0] * r[:, 2]
        J[:, 2] = z[:, 0] * r[:, 1] - z[:, 1] * r[:, 0]
        J[:, 3:] = z
        e = np.empty((m, 6))
        e[:, :3] = X_target[:, :3, 3] - X_tip[:, :3, 3]
        M = (X_target[:, :3, :3] @ np.swapaxes(X_tip[:, :3, :3], 1, 2)).reshape(m, 9)
        v = np.empty((m, 3))
        v[:, 0] = M[:, 7] - M[:, 5]
        v[:, 1] = M[:, 2] - M[:, 6]
        v[:, 2] = M[:, 3] - M[:, 1]
        s2 = np.sqrt(np.sum(v * v, axis=1))
        c2 = M[:, 0] + M[:, 4] + M[:, 8] - 1.0
        if np.any(c2 < -1.99):
            # Rotation error near pi: the skew part loses the axis; take the careful path.
            e[:, 3:] = rotation_log(M.reshape(m, 3, 3))
        else:
            angle = np.arctan2(s2, c2)
            e[:, 3:] = v * np.where(s2 > 1e-300, angle / np.maximum(s2, 1e-300), 0.5)[:, None]
        return e, J


def _random_starts(chain: SerialChain, rng: np.random.Generator, count: int) -> np.ndarray:
    lo = np.maximum(chain.lower, -math.pi)
    hi = np.minimum(chain.upper, math.pi)
    hi = np.where(hi > lo, hi, lo + 1e-9)
    return rng.uniform(lo, hi, size=(count, 6))


def _fits_limits(q: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """[...] bool: every joint of q[..., 6] has a +-2 pi n variant inside [lower, upper]."""
    with np.errstate(invalid="ignore"):
        n_lo = np.ceil((lower - q) * (1.0 / _TWO_PI))
        n_hi = np.floor((upper - q) * (1.0 / _TWO_PI))
        return np.all(n_hi >= n_lo, axis=-1)


def _solve_batch(
    model: _SmallBatchModel, X_target: np.ndarray, q0: np.ndarray, config: NumericIKConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Levenberg-Marquardt from starts q0[m, 6] towards X_target[m, 4, 4]; returns (q[m, 6],
    converged[m]). Each start keeps its own damping mu: a step that lowers the error is taken and mu
    shrinks (towards Gauss-Newton), a step that does not is refused and mu grows. Starts leave the
    batch when converged or when mu explodes (a local minimum)."""
    q = q0.copy()
    m = q.shape[0]
    converged = np.zeros(m, dtype=bool)
    # Squared position and rotation error per start in one product: P[:, 0] = |e_p|^2, P[:, 1] = |e_r|^2.
    W = np.zeros((6, 2))
    W[:3, 0] = W[3:, 1] = 1.0
    tol2 = np.array([config.tol_position_m**2, config.tol_rotation_rad**2])
    e, J = model.error_jacobian(q, X_target)
    P = (e * e) @ W
    mu = np.full(m, 1e-2)
    active = np.arange(m)
    eye = np.eye(6)
    for _ in range(config.max_iterations + 1):
        done = np.all(tol2 > P, axis=1)
        keep = ~done & (mu < 1e6)
        if not np.all(keep):
            converged[active[done]] = True
            active, J, e, P, mu = active[keep], J[keep], e[keep], P[keep], mu[keep]
            if active.size == 0:
                break
        if _ == config.max_iterations:
            break
        qa = q[active]
        Jt = np.swapaxes(J, 1, 2)
        H = Jt @ J + (mu + config.damping_bias)[:, None, None] * eye
        q_new = qa + np.linalg.solve(H, Jt @ e[:, :, None])[:, :, 0]
        q_new -= _TWO_PI * np.round(q_new * (1.0 / _TWO_PI))
        e_new, J_new = model.error_jacobian(q_new, X_target[active])
        P_new = (e_new * e_new) @ W
        better = P_new.sum(axis=1) < P.sum(axis=1)
        mu = np.where(better, np.maximum(mu * 0.3, 1e-9), mu * 4.0)
        q[active[better]] = q_new[better]
        J[better], e[better], P[better] = J_new[better], e_new[better], P_new[better]
    return q, converged


def numeric_ik(
    chain: SerialChain,
    X_BF: np.typing.ArrayLike,
    q_seed: np.typing.ArrayLike | None = None,
    config: NumericIKConfig = NumericIKConfig(),
) -> np.ndarray:
    """Distinct IK solutions q[m, 6] (rad, inside the joint limits, +-2 pi variants included) found
    from q_seed (if given) and random starts, for one tip pose X_BF[4, 4].

    Runs config.restarts random starts (plus q_seed) as one batch; if none converges, up to
    config.rounds - 1 further rounds of fresh random starts. m may be 0 (unreachable pose, or no start
    converged). Each returned solution reaches X_BF within config.tol_position_m / tol_rotation_rad.
    """
    X = np.asarray(X_BF, dtype=np.float64)
    if X.shape != (4, 4):
        raise ValueError(f"X_BF must have shape [4, 4], got {X.shape}")
    seed = None if q_seed is None else np.asarray(q_seed, dtype=np.float64).reshape(1, 6)
    q = numeric_ik_batch(chain, X[None], seed, config)[0]
    ok = np.all(np.isfinite(q), axis=1)
    if not np.any(ok):
        return np.zeros((0, 6))
    return expand_within_limits(q[ok][None], chain.lower, chain.upper, dedupe_tol=1e-6)[0]


def numeric_ik_batch(
    chain: SerialChain,
    X_BF: np.typing.ArrayLike,
    q_seed: np.typing.ArrayLike | None = None,
    config: NumericIKConfig = NumericIKConfig(),
) -> np.ndarray:
    """Raw numeric branches q[N, k, 6] for poses X_BF[N, 4, 4]; k = restarts (+1 with q_seed, [6] or
    [N, 6], e.g. the previous waypoint's solution, which goes first). NaN rows where a start did not
    converge; limits not applied. All poses x starts run as one batch; poses left without any solution
    get fresh random starts, up to config.rounds rounds."""
    X = np.asarray(X_BF, dtype=np.float64)
    if X.ndim == 2:
        X = X[None]
    if X.ndim != 3 or X.shape[1:] != (4, 4):
        raise ValueError(f"X_BF must have shape [N, 4, 4], got {X.shape}")
    if not np.all(np.isfinite(X)):
        raise ValueError("X_BF contains non-finite values")
    n = X.shape[0]
    model = _model(chain)
    rng = np.random.default_rng(config.seed)
    k_rand = config.restarts
    k = k_rand + (0 if q_seed is None else 1)
    if k == 0:
        raise ValueError("numeric IK needs q_seed or NumericIKConfig.restarts >= 1")
    starts = np.empty((n, k, 6))
    if q_seed is not None:
        starts[:, 0] = np.broadcast_to(np.asarray(q_seed, dtype=np.float64), (n, 6))
    # The same random starts for every pose in the first round: cheap, and deterministic per pose.
    starts[:, k - k_rand :] = _random_starts(chain, rng, k_rand)
    q, ok = _solve_batch(model, np.repeat(X, k, axis=0), starts.reshape(n * k, 6), config)
    q = q.reshape(n, k, 6)
    ok = ok.reshape(n, k)
    for _ in range(config.rounds - 1):
        # A pose is lost when no converged start has a +-2 pi variant inside the joint limits.
        usable = ok & _fits_limits(q, chain.lower, chain.upper)
        lost = np.nonzero(~np.any(usable, axis=1))[0]
        if lost.size == 0 or k_rand == 0:
            break
        fresh = _random_starts(chain, rng, lost.size * k_rand)
        q2, ok2 = _solve_batch(model, np.repeat(X[lost], k_rand, axis=0), fresh, config)
        q[lost, k - k_rand :] = q2.reshape(lost.size, k_rand, 6)
        ok[lost, k - k_rand :] = ok2.reshape(lost.size, k_rand)
    q[~ok] = np.nan
    return q


_MODELS: weakref.WeakKeyDictionary[SerialChain, _SmallBatchModel] = weakref.WeakKeyDictionary()


def _model(chain: SerialChain) -> _SmallBatchModel:
    model = _MODELS.get(chain)
    if model is None:
        model = _MODELS[chain] = _SmallBatchModel(chain)
    return model
