"""Generate a URDF (base_link -> link_1..link_6 -> tool0) from OPW parameters and their convention.

Chain layout follows the OPW paper's zero pose (arm straight up, base z up): J1 about z at the origin,
J2 about y at (a1, b, c1), J3 about y at c2 above J2, wrist centre at (a2, 0, c3) from J3 with J4 about z,
J5 about y, J6 about z through it, flange at c4 along the last z. The vendor convention
theta_paper = q * sign - offset is built into each joint: its axis is sign * (paper axis) and its origin
carries a fixed rotation by -offset about the same axis, so FK(URDF, q) equals opw_fk(params, q).
"""

from __future__ import annotations

import math

import numpy as np

from kinematics.opw import OPWParams
from robot_models.arm_geometry import (
    MASS_SHARE,
    ortho_parallel_geometry,
    scaled_sizes,
    to_link_frame,
    zero_pose_frames,
)
from robot_models.urdf_writer import JointDef, LinkDef, render_urdf, rpy_from_R

__all__ = ["PAPER_HOME", "home_from_opw", "opw_reach_m", "urdf_from_opw"]

_PAPER_AXES = ((0, 0, 1), (0, 1, 0), (0, 1, 0), (0, 0, 1), (0, 1, 0), (0, 0, 1))
# A welding-ready pose in paper angles: upper arm 15 deg forward, forearm 15 deg below horizontal, wrist
# bent 40 deg so the flange z axis points 20 deg off straight down, away from the J5 = 0 singularity.
PAPER_HOME = tuple(math.radians(a) for a in (0.0, 15.0, 105.0, 0.0, 40.0, 0.0))


def _offset_rpy(axis: tuple[int, int, int], offset: float) -> tuple[float, float, float]:
    """rpy of a rotation by -offset about a paper axis (z or y)."""
    if axis == (0, 0, 1):
        return (0.0, 0.0, -offset)
    return (0.0, -offset, 0.0)


def opw_reach_m(opw: OPWParams) -> float:
    """Horizontal reach of the wrist centre (how vendors quote reach): a1 + c2 + |forearm|, with b aside."""
    return math.hypot(opw.a1 + opw.c2 + math.hypot(opw.a2, opw.c3), opw.b)


def home_from_opw(opw: OPWParams, joint_limits: np.ndarray) -> np.ndarray:
    """PAPER_HOME in the robot's joint convention, moved by whole turns (or clipped) into the limits."""
    q = (np.asarray(PAPER_HOME) + np.asarray(opw.offsets)) * np.asarray(opw.sign_corrections, float)
    lo, hi = joint_limits[:, 0], joint_limits[:, 1]
    out = np.empty(6)
    for i in range(6):
        q_i = math.remainder(q[i], 2 * math.pi)
        candidates = [
            q_i + k * 2 * math.pi for k in (0, -1, 1, -2, 2) if lo[i] <= q_i + k * 2 * math.pi <= hi[i]
        ]
        out[i] = candidates[0] if candidates else float(np.clip(q_i, lo[i], hi[i]))
    return out


def urdf_from_opw(
    robot_name: str,
    opw: OPWParams,
    joint_limits: np.ndarray,
    max_speed: np.ndarray,
    mass_kg: float | None = None,
) -> str:
    """URDF text whose base_link -> tool0 FK equals opw_fk(opw, q), with cylinder/box collision shapes
    sized from the OPW lengths. joint_limits[6, 2] rad, max_speed[6] rad/s; mass_kg only sets plausible
    inertials (default: scaled from the arm length)."""
    a1, a2, b, c1, c2, c3, c4 = opw.a1, opw.a2, opw.b, opw.c1, opw.c2, opw.c3, opw.c4
    # Joint origins in the paper frame: J4 half-way up the forearm so link_4 carries the forearm tube.
    origins = [
        (0.0, 0.0, 0.0),
        (a1, b, c1),
        (0.0, 0.0, c2),
        (a2, 0.0, c3 / 2),
        (0.0, 0.0, c3 / 2),
        (0.0, 0.0, 0.0),
    ]
    paper_joints = [(xyz, (0.0, 0.0, 0.0), ax) for xyz, ax in zip(origins, _PAPER_AXES, strict=True)]
    frames = zero_pose_frames(paper_joints, (0.0, 0.0, c4), (0.0, 0.0, 0.0))
    arm_length = c2 + math.hypot(a2, c3)
    geom = ortho_parallel_geometry(frames, scaled_sizes(arm_length, c1, c3, c4))
    mass = mass_kg if mass_kg is not None else max(150.0 * (arm_length / 1.3) ** 2, 5.0)
    links = [
        LinkDef(
            "base_link" if i == 0 else f"link_{i}",
            tuple(to_link_frame(p, frames[i]) for p in geom[i]),
            mass=mass * MASS_SHARE[i],
            color_rgba=(0.3, 0.3, 0.3, 1.0) if i == 0 else (0.85, 0.55, 0.1, 1.0),
        )
        for i in range(7)
    ]
    links.append(LinkDef("tool0"))
    joints: list[JointDef] = []
    first_parent = "base_link"
    if opw.X_B_opw is not None:
        links.insert(1, LinkDef("opw_base"))
        X = np.asarray(opw.X_B_opw)
        joints.append(
            JointDef(
                "base_link-opw_base",
                "fixed",
                "base_link",
                "opw_base",
                xyz=tuple(X[:3, 3]),
                rpy=rpy_from_R(X[:3, :3]),
            )
        )
        first_parent = "opw_base"
    for i in range(6):
        sign, (ax, ay, az) = opw.sign_corrections[i], _PAPER_AXES[i]
        axis = (float(sign * ax), float(sign * ay), float(sign * az))
        joints.append(
            JointDef(
                f"joint_{i + 1}",
                "revolute",
                first_parent if i == 0 else f"link_{i}",
                f"link_{i + 1}",
                xyz=origins[i],
                rpy=_offset_rpy(_PAPER_AXES[i], opw.offsets[i]),
                axis=axis,
                lower=float(joint_limits[i, 0]),
                upper=float(joint_limits[i, 1]),
                velocity=float(max_speed[i]),
            )
        )
    X_tail = np.eye(4)
    X_tail[2, 3] = c4
    if opw.X_opw_F is not None:
        X_tail = X_tail @ np.asarray(opw.X_opw_F)
    joints.append(
        JointDef(
            "link_6-tool0",
            "fixed",
            "link_6",
            "tool0",
            xyz=tuple(X_tail[:3, 3]),
            rpy=rpy_from_R(X_tail[:3, :3]),
        )
    )
    header = (
        f"Generated by weldplan robot_models.opw_urdf from OPW parameters a1={a1} a2={a2} b={b} c1={c1} "
        f"c2={c2} c3={c3} c4={c4} offsets={list(opw.offsets)} signs={list(opw.sign_corrections)}"
    )
    return render_urdf(robot_name, links, joints, header=header)
