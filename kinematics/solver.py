"""One IK front end per robot: analytic (OPW or UR) where the chain allows it, numeric otherwise."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from kinematics.chain import SerialChain, fk
from kinematics.numeric import NumericIKConfig, numeric_ik_batch
from kinematics.opw import OPWParams, opw_ik
from kinematics.opw_extract import NotOrthoParallelError, NotURTypeError, opw_from_chain, ur_from_chain
from kinematics.solutions import branches_within_limits, expand_within_limits
from kinematics.ur import URParams, ur_ik

__all__ = ["RobotKinematics", "IK_VERIFY_TOL_M", "IK_VERIFY_TOL_RAD"]

IK_VERIFY_TOL_M = 1e-6
IK_VERIFY_TOL_RAD = 1e-6


@dataclass(frozen=True, eq=False)
class RobotKinematics:
    """FK/IK of one 6R robot. `chain` is the reference model (FK always uses it); `opw` / `ur` hold an
    analytic model proven equal to it (see opw_extract). With neither, IK is numeric."""

    chain: SerialChain
    opw: OPWParams | None = None
    ur: URParams | None = None
    numeric_config: NumericIKConfig = field(default_factory=NumericIKConfig)

    def __post_init__(self) -> None:
        if self.opw is not None and self.ur is not None:
            raise ValueError("RobotKinematics takes an OPW or a UR model, not both")

    @classmethod
    def from_chain(cls, chain: SerialChain, numeric_config: NumericIKConfig | None = None) -> RobotKinematics:
        """Try opw_from_chain, then ur_from_chain; fall back to numeric IK."""
        config = numeric_config if numeric_config is not None else NumericIKConfig()
        try:
            return cls(chain, opw=opw_from_chain(chain), numeric_config=config)
        except NotOrthoParallelError:
            pass
        try:
            return cls(chain, ur=ur_from_chain(chain), numeric_config=config)
        except NotURTypeError:
            return cls(chain, numeric_config=config)

    @property
    def kind(self) -> str:
        """ "opw", "ur" or "numeric"."""
        if self.opw is not None:
            return "opw"
        if self.ur is not None:
            return "ur"
        return "numeric"

    @property
    def lower(self) -> np.ndarray:
        return self.chain.lower

    @property
    def upper(self) -> np.ndarray:
        return self.chain.upper

    def fk(self, q: np.typing.ArrayLike) -> np.ndarray:
        """Tip poses X_BF[N, 4, 4] for q[N, 6] (rad), from the chain."""
        return fk(self.chain, q)

    def ik_branches(self, X_BF: np.typing.ArrayLike, q_ref: np.typing.ArrayLike | None = None) -> np.ndarray:
        """Raw branches q[N, k, 6] with NaN rows for missing ones; no limits, no FK check.

        Analytic: k = 8, joints in [-pi, pi]. Numeric: k = restarts (+1 with q_ref, which seeds it).
        q_ref: [6] or [N, 6]; picks joint 4 (OPW) / joint 6 (UR) at the wrist singularity.
        """
        X = np.asarray(X_BF, dtype=np.float64)
        if X.ndim == 2:
            X = X[None]
        if self.opw is not None:
            return opw_ik(self.opw, X, q_ref)
        if self.ur is not None:
            return ur_ik(self.ur, X, q_ref)
        return numeric_ik_batch(self.chain, X, q_ref, self.numeric_config)

    def verified_branches(self, X_BF: np.typing.ArrayLike, q_ref: np.typing.ArrayLike | None = None) -> np.ndarray:
        """ik_branches with every branch whose chain FK misses X_BF by more than 1e-6 m / 1e-6 rad
        set to NaN."""
        X = np.asarray(X_BF, dtype=np.float64)
        if X.ndim == 2:
            X = X[None]
        q = self.ik_branches(X, q_ref)
        n, k, _ = q.shape
        flat = q.reshape(n * k, 6).copy()
        finite = np.nonzero(np.all(np.isfinite(flat), axis=1))[0]
        flat[finite[self._fk_misses(flat[finite], X.reshape(n, 16)[finite // k])]] = np.nan
        return flat.reshape(n, k, 6)

    def _fk_misses(self, q: np.ndarray, X_want: np.ndarray) -> np.ndarray:
        """miss[M]: the chain's FK of q[M, 6] is more than 1e-6 m / 1e-6 rad from X_want[M, 16] (row-major)."""
        if q.shape[0] == 0:
            return np.zeros(0, dtype=bool)
        d = fk(self.chain, q).reshape(-1, 16) - X_want
        dp = np.sqrt(d[:, 3] ** 2 + d[:, 7] ** 2 + d[:, 11] ** 2)
        # |R1 - R2|_F = 2 sqrt(2) sin(angle / 2): an elementwise angle test, no 3x3 products.
        dR = d[:, [0, 1, 2, 4, 5, 6, 8, 9, 10]]
        fro = np.sqrt(np.sum(dR * dR, axis=1))
        angle = 2.0 * np.arcsin(np.minimum(fro / (2.0 * np.sqrt(2.0)), 1.0))
        return (dp > IK_VERIFY_TOL_M) | (angle > IK_VERIFY_TOL_RAD)

    def reachable(self, X_BF: np.typing.ArrayLike) -> np.ndarray:
        """ok[N]: ik would find a solution inside the limits for X_BF[N, 4, 4] (one batch, no lists). Only
        branches inside the limits get their FK checked (a whole turn added to a joint leaves FK as it is)."""
        X = np.asarray(X_BF, dtype=np.float64)
        if X.ndim == 2:
            X = X[None]
        q = self.ik_branches(X)
        n, k, _ = q.shape
        fits = branches_within_limits(q, self.chain.lower, self.chain.upper).reshape(n * k)
        todo = np.flatnonzero(fits)
        fits[todo[self._fk_misses(q.reshape(n * k, 6)[todo], X.reshape(n, 16)[todo // k])]] = False
        return np.any(fits.reshape(n, k), axis=1)

    def ik(self, X_BF: np.typing.ArrayLike, q_ref: np.typing.ArrayLike | None = None) -> list[np.ndarray]:
        """Every distinct solution inside the joint limits (+-2 pi variants included) for each pose:
        N arrays [m_i, 6] (rad), each solution's FK within 1e-6 m / 1e-6 rad of X_BF[N, 4, 4]."""
        q = self.verified_branches(X_BF, q_ref)
        return expand_within_limits(q, self.chain.lower, self.chain.upper)
