"""Generate robot_models/robots/<id>/robot.urdf for the built-in robots.

The joint origins and axes are those of the ROS-Industrial URDFs (docs/references.md#robots-5, §7; the UR10e follows
UR's
published DH table), typed in here; joint limits, speeds and the mass come from the robot's robot.yaml.
The geometry is the published collision meshes in robots/<id>/meshes (see robot_models/import_meshes.py and
meshes/SOURCE.md there): each link's mesh is its visual, its convex pieces its collision geometry. A robot
without meshes gets boxes and cylinders placed along the kinematic dimensions with radii estimated for its
payload class.

Run `python -m robot_models.build_builtin` to rewrite the URDF files; a test checks they are up to date.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from kinematics.se3 import X_from_xyz_rpy
from robot_models.arm_geometry import (
    MASS_SHARE,
    ArmSizes,
    ortho_parallel_geometry,
    to_link_frame,
    ur_geometry,
    zero_pose_frames,
)
from robot_models.urdf_writer import JointDef, LinkDef, MeshGeom, Primitive, render_urdf

__all__ = ["BUILTIN_IDS", "ROBOTS_DIR", "build_urdf_text", "main"]

ROBOTS_DIR = Path(__file__).resolve().parent / "robots"

# pi as typed in ROS-I URDFs after opw issue #59 (docs/references.md#robots-9): enough digits for a 1e-9 match with OPW.
PI = 3.14159265359
HALF_PI = 1.570796326795

Vec = tuple[float, float, float]


@dataclass(frozen=True)
class Layout:
    """Kinematic layout: for each of the 6 joints (origin xyz in the parent link, origin rpy, axis), and
    the fixed link_6 -> tool0 transform."""

    link_names: tuple[str, ...]
    joint_names: tuple[str, ...]
    joints: tuple[tuple[Vec, Vec, Vec], ...]
    tool0_xyz: Vec
    tool0_rpy: Vec
    colors: tuple[tuple[float, float, float, float], tuple[float, float, float, float]]


_Z: Vec = (0.0, 0.0, 0.0)
_RI_LINKS = ("base_link", "link_1", "link_2", "link_3", "link_4", "link_5", "link_6", "tool0")
_RI_JOINTS = ("joint_1", "joint_2", "joint_3", "joint_4", "joint_5", "joint_6")
_UR_LINKS = (
    "base_link",
    "shoulder_link",
    "upper_arm_link",
    "forearm_link",
    "wrist_1_link",
    "wrist_2_link",
    "wrist_3_link",
    "tool0",
)
_UR_JOINTS = (
    "shoulder_pan_joint",
    "shoulder_lift_joint",
    "elbow_joint",
    "wrist_1_joint",
    "wrist_2_joint",
    "wrist_3_joint",
)

# UR10e DH table (Universal Robots, "DH parameters for calculations of kinematics and dynamics").
_UR10E = {"d1": 0.1807, "a2": -0.6127, "a3": -0.57155, "d4": 0.17415, "d5": 0.11985, "d6": 0.11655}

LAYOUTS: dict[str, Layout] = {
    # abb_experimental abb_irb1600_support irb1600_8_145_macro.xacro (same arm as the -10/1.45).
    "abb_irb1600_10_145": Layout(
        _RI_LINKS,
        _RI_JOINTS,
        (
            (_Z, _Z, (0, 0, 1)),
            ((0.15, 0, 0.4865), _Z, (0, 1, 0)),
            ((0, 0, 0.7), _Z, (0, 1, 0)),
            ((0.3, 0, 0), _Z, (1, 0, 0)),
            ((0.3, 0, 0), _Z, (0, 1, 0)),
            ((0.065, 0, 0), _Z, (1, 0, 0)),
        ),
        _Z,
        (0, HALF_PI, 0),
        ((0.25, 0.25, 0.25, 1), (1.0, 0.43, 0.0, 1)),
    ),
    # kuka_experimental kuka_kr10_support kr10r1420_macro.xacro (joint_a1..a6 renamed joint_1..6).
    "kuka_kr10_r1420": Layout(
        _RI_LINKS,
        _RI_JOINTS,
        (
            ((0, 0, 0.45), _Z, (0, 0, -1)),
            ((0.15, 0, 0), _Z, (0, 1, 0)),
            ((0.61, 0, 0), _Z, (0, 1, 0)),
            ((0, 0, 0.02), _Z, (-1, 0, 0)),
            ((0.66, 0, 0), _Z, (0, 1, 0)),
            ((0.08, 0, 0), _Z, (-1, 0, 0)),
        ),
        _Z,
        (0, HALF_PI, 0),
        ((0.1, 0.1, 0.1, 1), (1.0, 0.35, 0.0, 1)),
    ),
    # ros-industrial/fanuc fanuc_m10ia_support m10ia_macro.xacro (e9bafce: flange/tool0 frames).
    "fanuc_m10ia": Layout(
        _RI_LINKS,
        _RI_JOINTS,
        (
            ((0, 0, 0.45), _Z, (0, 0, 1)),
            ((0.15, 0, 0), _Z, (0, 1, 0)),
            ((0, 0, 0.6), _Z, (0, -1, 0)),
            ((0, 0, 0.2), _Z, (-1, 0, 0)),
            ((0.64, 0, 0), _Z, (0, -1, 0)),
            ((0.1, 0, 0), _Z, (-1, 0, 0)),
        ),
        _Z,
        (PI, -HALF_PI, 0),
        ((0.3, 0.3, 0.3, 1), (0.95, 0.8, 0.0, 1)),
    ),
    # ros-industrial/motoman motoman_mh12_support mh12_macro.xacro (link_1_s.. renamed link_1..).
    "yaskawa_ar1440": Layout(
        _RI_LINKS,
        _RI_JOINTS,
        (
            ((0, 0, 0.45), _Z, (0, 0, 1)),
            ((0.155, 0, 0), _Z, (0, 1, 0)),
            ((0, 0, 0.614), _Z, (0, -1, 0)),
            ((0.64, 0, 0.2), _Z, (-1, 0, 0)),
            (_Z, _Z, (0, -1, 0)),
            (_Z, _Z, (-1, 0, 0)),
        ),
        (0.1, 0, 0),
        (PI, -HALF_PI, 0),
        ((0.2, 0.2, 0.25, 1), (0.0, 0.35, 0.75, 1)),
    ),
    # UR DH convention: joint i frame = Tx(a_{i-1}) Rx(alpha_{i-1}) Tz(d_i); base_link is UR's "base"
    # frame (DH frame 0), tool0 the tool flange (the ROS ur_description base_link is Rz(pi) from it).
    "ur10e": Layout(
        _UR_LINKS,
        _UR_JOINTS,
        (
            ((0, 0, _UR10E["d1"]), _Z, (0, 0, 1)),
            (_Z, (HALF_PI, 0, 0), (0, 0, 1)),
            ((_UR10E["a2"], 0, 0), _Z, (0, 0, 1)),
            ((_UR10E["a3"], 0, _UR10E["d4"]), _Z, (0, 0, 1)),
            ((0, -_UR10E["d5"], 0), (HALF_PI, 0, 0), (0, 0, 1)),
            ((0, _UR10E["d6"], 0), (-HALF_PI, 0, 0), (0, 0, 1)),
        ),
        _Z,
        _Z,
        ((0.2, 0.2, 0.2, 1), (0.55, 0.7, 0.85, 1)),
    ),
}

BUILTIN_IDS: tuple[str, ...] = tuple(LAYOUTS)

# Pose (xyz, rpy) of each link's mesh in the link frame where the source URDF does not place it at the link origin:
# Universal_Robots_ROS2_Description urdf/ur_macro.xacro (collision origins; shoulder_offset / elbow_offset from
# config/ur10e/physical_parameters.yaml, visual_offset from config/ur10e/visual_parameters.yaml). UR's
# base_link_inertia, which carries the base mesh and the shoulder joint, is our base_link (UR's "base" frame).
MESH_ORIGINS: dict[str, dict[int, tuple[Vec, Vec]]] = {
    "ur10e": {
        0: (_Z, (0, 0, PI)),
        1: (_Z, (0, 0, PI)),
        2: ((0, 0, 0.1762), (HALF_PI, 0, -HALF_PI)),
        3: ((0, 0, 0.0393), (HALF_PI, 0, -HALF_PI)),
        4: ((0, 0, -0.135), (HALF_PI, 0, 0)),
        5: ((0, 0, -0.12), _Z),
        6: ((0, 0, -0.1168), (HALF_PI, 0, 0)),
    },
}

SIZES: dict[str, ArmSizes] = {
    "abb_irb1600_10_145": ArmSizes(
        base=(0.42, 0.42, 0.2),
        turret_r=0.17,
        shoulder=(0.34, 0.36, 0.26),
        upper_r=0.085,
        hub_r=0.12,
        hub_w=0.24,
        elbow_r=0.11,
        rear=0.2,
        split=0.3,
        forearm_r=0.07,
        wrist_r=0.062,
        wrist_w=0.13,
        tine_t=0.025,
        j6_r=0.045,
        flange_r=0.04,
        flange_t=0.015,
    ),
    "kuka_kr10_r1420": ArmSizes(
        base=(0.38, 0.38, 0.2),
        turret_r=0.16,
        shoulder=(0.36, 0.34, 0.3),
        upper_r=0.085,
        hub_r=0.115,
        hub_w=0.24,
        elbow_r=0.105,
        rear=0.2,
        split=0.2,
        forearm_r=0.07,
        wrist_r=0.058,
        wrist_w=0.12,
        tine_t=0.025,
        j6_r=0.045,
        flange_r=0.04,
        flange_t=0.015,
    ),
    "fanuc_m10ia": ArmSizes(
        base=(0.4, 0.4, 0.2),
        turret_r=0.17,
        shoulder=(0.34, 0.34, 0.26),
        upper_r=0.085,
        hub_r=0.12,
        hub_w=0.24,
        elbow_r=0.11,
        rear=0.2,
        split=0.15,
        forearm_r=0.075,
        wrist_r=0.06,
        wrist_w=0.13,
        tine_t=0.025,
        j6_r=0.045,
        flange_r=0.04,
        flange_t=0.015,
    ),
    "yaskawa_ar1440": ArmSizes(
        base=(0.38, 0.38, 0.2),
        turret_r=0.16,
        shoulder=(0.34, 0.34, 0.26),
        upper_r=0.085,
        hub_r=0.115,
        hub_w=0.24,
        elbow_r=0.105,
        rear=0.2,
        split=0.15,
        forearm_r=0.075,
        wrist_r=0.06,
        wrist_w=0.13,
        tine_t=0.025,
        j6_r=0.045,
        flange_r=0.04,
        flange_t=0.015,
    ),
}


def _geometry(robot_id: str, frames: list[np.ndarray]) -> dict[int, list[Primitive]]:
    if robot_id == "ur10e":
        # Sideways offsets of the UR10e tubes: shoulder_offset / elbow_offset in
        # Universal_Robots_ROS2_Description config/ur10e/physical_parameters.yaml.
        return ur_geometry(frames, _UR10E, shoulder_offset=0.1762, elbow_offset=0.0393)
    return ortho_parallel_geometry(frames, SIZES[robot_id])


def _meshes(robot_id: str, link: str, index: int) -> tuple[MeshGeom, ...]:
    """The link's mesh (visual) and convex pieces (collision) in robots/<id>/meshes; () when it has none."""
    import trimesh

    folder = ROBOTS_DIR / robot_id / "meshes"
    visual = folder / f"{link}.stl"
    if not visual.is_file():
        return ()
    xyz, rpy = MESH_ORIGINS.get(robot_id, {}).get(index, (_Z, _Z))
    X = X_from_xyz_rpy(xyz, rpy)
    out = []
    pieces = sorted(folder.glob(f"{link}_cvx*.obj"), key=lambda p: int(p.stem.rsplit("cvx", 1)[1]))
    for k, path in enumerate([visual, *pieces]):
        bounds = np.asarray(trimesh.load(path, force="mesh").bounds, dtype=float)
        out.append(MeshGeom(f"meshes/{path.name}", X, k > 0, bounds, name=path.stem if k > 0 else ""))
    return tuple(out)


def build_urdf_text(robot_id: str, robot_yaml: dict[str, Any], meshes_ok: bool = True) -> str:
    """URDF text of built-in robot `robot_id` with limits/speeds/mass from its parsed robot.yaml.

    meshes_ok False: primitives on every link, no mesh files (a self-contained URDF, e.g. to upload in tests).
    """
    layout = LAYOUTS[robot_id]
    frames = zero_pose_frames(layout.joints, layout.tool0_xyz, layout.tool0_rpy)
    mass = float(robot_yaml["mass_kg"])
    dark, light = layout.colors
    meshes = [_meshes(robot_id, layout.link_names[i], i) if meshes_ok else () for i in range(7)]
    geom = {} if all(meshes) else _geometry(robot_id, frames)
    links = [
        LinkDef(
            layout.link_names[i],
            () if meshes[i] else tuple(to_link_frame(p, frames[i]) for p in geom[i]),
            mass=mass * MASS_SHARE[i],
            color_rgba=dark if i == 0 else light,
            meshes=meshes[i],
        )
        for i in range(7)
    ]
    links.append(LinkDef(layout.link_names[7]))
    lim = np.radians(np.asarray(robot_yaml["joint_limits_deg"], float))
    vel = np.radians(np.asarray(robot_yaml["max_speed_deg_s"], float))
    joints = [
        JointDef(
            layout.joint_names[i],
            "revolute",
            layout.link_names[i],
            layout.link_names[i + 1],
            xyz=xyz,
            rpy=rpy,
            axis=axis,
            lower=float(lim[i, 0]),
            upper=float(lim[i, 1]),
            velocity=float(vel[i]),
        )
        for i, (xyz, rpy, axis) in enumerate(layout.joints)
    ]
    joints.append(
        JointDef(
            f"{layout.link_names[6]}-tool0",
            "fixed",
            layout.link_names[6],
            "tool0",
            xyz=layout.tool0_xyz,
            rpy=layout.tool0_rpy,
        )
    )
    header = (
        f"weldplan built-in robot {robot_id}: {robot_yaml['name']}. "
        "Generated by robot_models/build_builtin.py "
        "from robot.yaml; joint origins/axes as in the ROS-Industrial (or UR DH) description, "
        + (
            "meshes as published (meshes/SOURCE.md). "
            if all(meshes)
            else "collision primitives estimated by weldplan. "
        )
        + "Do not edit by hand."
    )
    return render_urdf(robot_id, links, joints, header=header)


def main(argv: list[str] | None = None) -> int:
    """Rewrite every built-in robot.urdf from its robot.yaml; prints the files written."""
    del argv
    for robot_id in BUILTIN_IDS:
        folder = ROBOTS_DIR / robot_id
        data = yaml.safe_load((folder / "robot.yaml").read_text())
        text = build_urdf_text(robot_id, data)
        (folder / "robot.urdf").write_text(text)
        print(folder / "robot.urdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
