"""Which arm branch (shoulder and elbow, wrist flip left free) a joint solution is on.

A welding path that keeps the arm in the branch of its home pose is what an integrator expects and what an
air move can always reach; elbow-down or shoulder-flipped solutions of the same torch pose are legal but sit
in other regions of the joint space.
"""

from __future__ import annotations

import numpy as np

from kinematics.solver import RobotKinematics

__all__ = ["arm_branch"]


def arm_branch(kin: RobotKinematics, q: np.typing.ArrayLike) -> np.ndarray:
    """Branch ids int[N] (2 * shoulder + elbow) of q[N, 6]; -1 where there is no analytic model (numeric IK)
    or no branch of FK(q) reproduces q (it cannot happen for a valid analytic model, but is not hidden).

    The slot layout is opw_ik's (4 * wrist + 2 * shoulder + elbow) and ur_ik's (4 * shoulder + 2 * wrist +
    elbow); joints are compared modulo 2 pi.
    """
    q = np.atleast_2d(np.asarray(q, dtype=float))
    out = np.full(q.shape[0], -1, dtype=np.int64)
    if kin.kind == "numeric" or q.shape[0] == 0:
        return out
    branches = kin.ik_branches(kin.fk(q), q_ref=q)
    diff = np.angle(np.exp(1j * (branches - q[:, None, :])))
    err = np.where(np.isfinite(diff), np.abs(diff), np.inf).max(axis=2)
    slot = np.argmin(err, axis=1)
    found = err[np.arange(q.shape[0]), slot] < 1e-6
    shoulder = (slot // 2) % 2 if kin.kind == "opw" else slot // 4
    ids = 2 * shoulder + slot % 2
    out[found] = ids[found]
    return out
