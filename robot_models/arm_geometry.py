"""Primitive collision geometry for 6-axis arms, placed along the kinematic dimensions.

Shapes are built in base coordinates at a reference pose where every link frame is parallel to the
base (q = 0 for the ROS-I layouts, the OPW paper's zero pose for generated robots) and then moved into
each link's frame. Radii are estimates for the payload class, not vendor drawings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from robot_models.urdf_writer import Primitive, box_at, cylinder_between

__all__ = [
    "ArmSizes",
    "JointOrigin",
    "MASS_SHARE",
    "X_from_xyz_rpy",
    "ortho_parallel_geometry",
    "scaled_sizes",
    "to_link_frame",
    "ur_geometry",
    "zero_pose_frames",
]

Vec = tuple[float, float, float]
# (origin xyz in the parent link, origin rpy, axis) of one joint.
JointOrigin = tuple[Sequence[float], Sequence[float], Sequence[float]]

# Share of the robot's mass per link (base .. link_6); inertials only need to be plausible.
MASS_SHARE = (0.22, 0.24, 0.2, 0.17, 0.09, 0.06, 0.02)


def _rot(axis_in: Sequence[float], a: float) -> np.ndarray:
    axis = np.asarray(axis_in, float)
    axis = axis / np.linalg.norm(axis)
    K = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    return np.eye(3) + np.sin(a) * K + (1 - np.cos(a)) * K @ K


def X_from_xyz_rpy(xyz: Sequence[float], rpy: Sequence[float]) -> np.ndarray:
    """[4,4] transform of a URDF origin (R = Rz(yaw) Ry(pitch) Rx(roll))."""
    X = np.eye(4)
    X[:3, :3] = _rot((0, 0, 1), rpy[2]) @ _rot((0, 1, 0), rpy[1]) @ _rot((1, 0, 0), rpy[0])
    X[:3, 3] = xyz
    return X


def zero_pose_frames(joints: Sequence[JointOrigin], tool0_xyz: Sequence[float],
                     tool0_rpy: Sequence[float]) -> list[np.ndarray]:
    """[8] X_BL of base_link, link_1..link_6, tool0 with every joint at 0."""
    frames = [np.eye(4)]
    for xyz, rpy, _axis in joints:
        frames.append(frames[-1] @ X_from_xyz_rpy(xyz, rpy))
    frames.append(frames[-1] @ X_from_xyz_rpy(tool0_xyz, tool0_rpy))
    return frames


def to_link_frame(p: Primitive, X_BL0: np.ndarray) -> Primitive:
    """Primitive given in base coordinates at the reference pose, re-expressed in the link frame."""
    X_LG = np.linalg.inv(X_BL0) @ p.X_LG
    return Primitive(p.kind, X_LG, size=p.size, radius=p.radius, length=p.length, name=p.name)


@dataclass(frozen=True)
class ArmSizes:
    """Outer sizes (m) of an ortho-parallel arm's housings."""

    base: Vec  # base box edge lengths, box stands on z = 0 centred on the J1 axis
    turret_r: float  # J1 column radius
    shoulder: Vec  # box around the J2 bearing housing (part of link_1)
    upper_r: float  # upper arm tube radius
    hub_r: float  # J2/J3 hub radius (upper arm ends)
    hub_w: float  # hub width along the joint axis
    elbow_r: float  # J3 housing radius on link_3
    rear: float  # how far the J3/J4 motor housing reaches behind J3 along the forearm
    split: float  # distance from the forearm root where the J4-rolling part begins
    forearm_r: float
    wrist_r: float  # J5 housing radius (link_5), axis along J5
    wrist_w: float  # J5 housing width
    tine_t: float  # wrist fork tine thickness (link_4), beside the J5 housing
    j6_r: float  # J6 housing radius between wrist centre and flange (link_5)
    flange_r: float
    flange_t: float


def scaled_sizes(arm_length: float, c1: float, c3: float, c4: float) -> ArmSizes:
    """Sizes for a generated robot: the 1.45 m class values scaled with the arm length (c2 + forearm),
    kept inside the base height c1, forearm length c3 and wrist-to-flange distance c4."""
    s = max(arm_length, 0.2) / 1.3
    c1 = max(c1, 0.05)
    return ArmSizes(
        base=(0.4 * s, 0.4 * s, min(0.2 * s, 0.35 * c1)),
        turret_r=0.16 * s,
        shoulder=(0.32 * s, 0.34 * s, min(0.26 * s, 0.5 * c1)),
        upper_r=0.08 * s,
        hub_r=0.11 * s,
        hub_w=0.24 * s,
        elbow_r=0.1 * s,
        rear=0.18 * s,
        split=min(0.15 * s, 0.3 * max(c3, 0.0)),
        forearm_r=0.07 * s,
        wrist_r=0.058 * s,
        wrist_w=0.12 * s,
        tine_t=0.025 * s,
        j6_r=0.045 * s,
        flange_r=0.04 * s,
        flange_t=max(min(0.015 * s, 0.5 * c4), 0.005),
    )


def _cyl(out: list[Primitive], p0: npt.ArrayLike, p1: npt.ArrayLike, radius: float, name: str,
         min_len: float = 1e-3) -> None:
    """Append a cylinder unless the two points are too close to make one (degenerate generated arms)."""
    if np.linalg.norm(np.asarray(p1, float) - np.asarray(p0, float)) >= min_len:
        out.append(cylinder_between(p0, p1, radius, name=name))


def ortho_parallel_geometry(frames: list[np.ndarray], s: ArmSizes) -> dict[int, list[Primitive]]:
    """Primitives in reference-pose base coordinates, keyed by link index 0..6.

    frames: [8] X_BL at a pose where all link frames are parallel to the base; tool0's z axis there is
    the forearm direction (+x for the ROS-I layouts at q = 0, +z for the OPW paper pose); the J2/J3/J5
    axes are along base y.
    """
    p2 = frames[2][:3, 3]
    p3 = frames[3][:3, 3]
    flange = frames[7][:3, 3]
    fwd = frames[7][:3, 2]
    y = np.array([0.0, 1.0, 0.0])
    # Wrist centre: the flange pulled back along the forearm axis to the J5 axis.
    wc = flange - fwd * float((flange - frames[5][:3, 3]) @ fwd)
    # Forearm root: the point on the forearm axis level with J3.
    root = wc - fwd * float((wc - p3) @ fwd)
    g: dict[int, list[Primitive]] = {i: [] for i in range(7)}

    bh = s.base[2]
    g[0].append(box_at((0, 0, bh / 2), s.base, name="base"))
    top = p2[2] - s.shoulder[2] / 2
    _cyl(g[1], (0, 0, bh + 0.005), (0, 0, top), s.turret_r, "turret", min_len=0.01)
    g[1].append(box_at(p2 - np.array([0.1 * s.shoulder[0], 0, 0]), s.shoulder, name="shoulder"))

    g[2].append(cylinder_between(p2 - y * s.hub_w / 2, p2 + y * s.hub_w / 2, s.hub_r, name="j2_hub"))
    _cyl(g[2], p2, p3, s.upper_r, "upper_arm")
    g[2].append(cylinder_between(p3 - y * s.hub_w / 2, p3 + y * s.hub_w / 2, s.hub_r, name="j3_hub"))

    g[3].append(cylinder_between(p3 - y * s.hub_w / 2, p3 + y * s.hub_w / 2, s.elbow_r, name="elbow"))
    _cyl(g[3], p3, root, s.elbow_r * 0.9, "elbow_riser")
    _cyl(g[3], root - fwd * s.rear, root + fwd * s.split, s.forearm_r * 1.2, "forearm_rear")

    fork_start = wc - fwd * (s.wrist_r + 0.02)
    _cyl(g[4], root + fwd * s.split, fork_start, s.forearm_r, "forearm", min_len=0.01)
    tine_y = s.wrist_w / 2 + s.tine_t / 2 + 0.003
    tine_len = float((wc - fork_start) @ fwd) + s.wrist_r * 0.3
    R_tine = np.column_stack([fwd, y, np.cross(fwd, y)])
    for sign, nm in ((1, "tine_left"), (-1, "tine_right")):
        centre = fork_start + fwd * tine_len / 2 + y * sign * tine_y
        g[4].append(box_at(centre, (tine_len, s.tine_t, 2 * s.wrist_r * 0.95), R=R_tine, name=nm))

    g[5].append(
        cylinder_between(wc - y * s.wrist_w / 2, wc + y * s.wrist_w / 2, s.wrist_r, name="j5_housing")
    )
    _cyl(g[5], wc, flange - fwd * (s.flange_t + 0.002), s.j6_r, "j6_housing", min_len=0.005)

    g[6].append(cylinder_between(flange - fwd * s.flange_t, flange, s.flange_r, name="flange"))
    return g


def ur_geometry(
    frames: list[np.ndarray], dh: dict[str, float], shoulder_offset: float, elbow_offset: float
) -> dict[int, list[Primitive]]:
    """UR e-Series primitives in q = 0 base coordinates (UR DH frames). The arm is offset sideways
    (along n, the direction of d4) from the DH line: upper arm tube at shoulder_offset, forearm tube at
    shoulder_offset - elbow_offset; joint housings ~150 mm diameter, wrist housings 120 mm."""
    n = frames[3][:3, 2]  # lateral direction: the J2/J3/J4 axes, along which d4 is measured
    j2 = frames[2][:3, 3]
    j3 = frames[3][:3, 3]
    j4 = frames[4][:3, 3] - n * dh["d4"]  # J4 axis point on the DH line
    j5 = frames[5][:3, 3]  # on the J5 axis, level with the J6 axis
    flange = frames[7][:3, 3]
    a5 = frames[5][:3, 2]
    a6 = frames[6][:3, 2]
    ua, fa = shoulder_offset, shoulder_offset - elbow_offset
    g: dict[int, list[Primitive]] = {i: [] for i in range(7)}
    g[0].append(cylinder_between((0, 0, 0), (0, 0, 0.045), 0.095, name="base_mount"))
    g[1].append(cylinder_between((0, 0, 0.048), (0, 0, dh["d1"] + 0.02), 0.078, name="j1_housing"))
    g[1].append(cylinder_between(j2 - n * 0.075, j2 + n * (ua - 0.082), 0.078, name="j2_housing"))
    g[2].append(cylinder_between(j2 + n * (ua - 0.075), j2 + n * (ua + 0.075), 0.078, name="shoulder_hub"))
    g[2].append(cylinder_between(j2 + n * ua, j3 + n * ua, 0.064, name="upper_arm"))
    g[2].append(cylinder_between(j3 + n * (ua - 0.005), j3 + n * (ua + 0.075), 0.072, name="elbow_hub"))
    g[3].append(cylinder_between(j3 + n * (fa - 0.07), j3 + n * (ua - 0.012), 0.07, name="elbow_housing"))
    tube_end = j4 + (j3 - j4) / np.linalg.norm(j3 - j4) * 0.05
    g[3].append(cylinder_between(j3 + n * fa, tube_end + n * fa, 0.052, name="forearm"))
    g[3].append(cylinder_between(j4 + n * (fa - 0.055), j4 + n * (dh["d4"] - 0.066), 0.06, name="j4_housing"))
    # Wrist 1 link: the J5 drive, a cylinder on the J5 axis from above the J4 axis down to the J6 drive.
    g[4].append(cylinder_between(j5 - a5 * (dh["d5"] + 0.06), j5 - a5 * 0.062, 0.06, name="wrist_1_housing"))
    # Wrist 2 link: the J6 drive, a cylinder on the J6 axis up to the flange.
    g[5].append(cylinder_between(j5 - a6 * 0.06, flange - a6 * 0.024, 0.06, name="wrist_2_housing"))
    g[6].append(cylinder_between(flange - a6 * 0.02, flange, 0.045, name="flange"))
    return g
