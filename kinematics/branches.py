"""Which arm branch (shoulder and elbow, wrist flip left free) a joint solution is on.

A welding path that keeps the arm in the branch of its home pose is what an integrator expects and what an
air move can always reach; elbow-down or shoulder-flipped solutions of the same torch pose are legal but sit
in other regions of the joint space.
"""

from __future__ import annotations

import math

import numpy as np

from kinematics.solver import RobotKinematics

__all__ = ["arm_branch", "arm_measures"]


def arm_measures(kin: RobotKinematics, q: np.typing.ArrayLike) -> np.ndarray:
    """Signed distances from the singularities of an analytic robot for q[N, 6] -> m[N, 3]: (wrist, elbow,
    shoulder); ValueError for a numeric robot (no closed form).

    OPW (paper angles theta = q * sign - offset): wrist sin theta5, elbow sin(theta3 + psi3) with
    psi3 = atan2(a2, c3) (zero with the arm stretched or folded), shoulder: the wrist centre's distance (m)
    from the plane through axis 1 across the arm, positive in front (zero with the wrist centre over axis 1).
    UR (DH angles): wrist sin theta5, elbow sin theta3, shoulder a2 c2 + a3 c23 + d5 s234 (m). Their
    magnitudes measure how near the singularity a configuration is, their signs say on which side it is:
    the branch (arm_branch)."""
    q = np.asarray(q, dtype=float).reshape(-1, 6)
    if kin.opw is not None:
        p = kin.opw
        th = q * np.asarray(p.sign_corrections, dtype=float) - np.asarray(p.offsets, dtype=float)
        psi3 = math.atan2(p.a2, p.c3)
        t23 = th[:, 1] + th[:, 2]
        m = p.c2 * np.sin(th[:, 1]) + p.c3 * np.sin(t23) + p.a2 * np.cos(t23) + p.a1
        return np.stack([np.sin(th[:, 4]), np.sin(th[:, 2] + psi3), m], axis=1)
    if kin.ur is not None:
        u = kin.ur
        th = q * np.asarray(u.sign_corrections, dtype=float) - np.asarray(u.offsets, dtype=float)
        t23 = th[:, 1] + th[:, 2]
        sh = u.a2 * np.cos(th[:, 1]) + u.a3 * np.cos(t23) + u.d5 * np.sin(t23 + th[:, 3])
        return np.stack([np.sin(th[:, 4]), np.sin(th[:, 2]), sh], axis=1)
    raise ValueError(f"arm_measures: {kin.kind} kinematics have no closed-form branches")


def arm_branch(kin: RobotKinematics, q: np.typing.ArrayLike) -> np.ndarray:
    """Branch ids int[N] (2 * shoulder + elbow) of q[N, 6]; -1 for a robot without an analytic model
    (numeric IK).

    The ids are the shoulder and elbow bits of opw_ik's slot layout (4 * wrist + 2 * shoulder + elbow) and
    ur_ik's (4 * shoulder + 2 * wrist + elbow): the IK branch that reproduces q. Each bit is the side of its
    singularity q lies on (arm_measures: shoulder behind axis 1, elbow past stretched), read off the joint
    values without solving FK and IK again (the planner asks it for every configuration it checks); at a
    singularity itself both sides are the same configuration and the bit says 0."""
    q = np.atleast_2d(np.asarray(q, dtype=float))
    if kin.kind == "numeric" or q.shape[0] == 0:
        return np.full(q.shape[0], -1, dtype=np.int64)
    m = arm_measures(kin, q)
    return 2 * (m[:, 2] < 0.0).astype(np.int64) + (m[:, 1] < 0.0).astype(np.int64)
