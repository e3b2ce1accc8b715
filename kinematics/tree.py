"""Forward kinematics of any URDF tree with few joints (positioners, linear tracks): every link's pose.

The 6R chain code (kinematics.chain) is specialised for arms; a positioner has one to three joints,
revolute, continuous or prismatic, and its collision bodies hang on every link, so here each link's pose
is found by walking the tree from the root. Frames: R = the URDF's root link; angles in rad, lengths in m.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from kinematics.se3 import rot_axis_angle
from kinematics.urdf import UrdfError, UrdfJoint, UrdfModel

__all__ = ["MOVABLE_TYPES", "movable_joints_between", "tree_link_poses", "joint_motion"]

MOVABLE_TYPES = ("revolute", "continuous", "prismatic")


def joint_motion(joint: UrdfJoint, value: float) -> np.ndarray:
    """X_JC[4, 4]: the child link in the joint frame at joint value `value` (rad or m)."""
    X = np.eye(4)
    if joint.type in ("revolute", "continuous"):
        X[:3, :3] = rot_axis_angle(joint.axis, value)
    elif joint.type == "prismatic":
        X[:3, 3] = joint.axis * value
    elif joint.type != "fixed":
        raise UrdfError(f"joint '{joint.name}' is {joint.type}; only revolute, continuous, prismatic and fixed move")
    return X


def tree_link_poses(model: UrdfModel, q: Mapping[str, float]) -> dict[str, np.ndarray]:
    """X_RL[4, 4] of every link L in the root link's frame, movable joints at q[joint name] (rad or m; a
    movable joint missing from q stands at 0)."""
    unknown = sorted(set(q) - set(model.joints))
    if unknown:
        raise UrdfError(f"joints {unknown} are not in URDF '{model.name}'")
    root = model.root_link
    out = {root: np.eye(4)}
    stack = [root]
    while stack:
        parent = stack.pop()
        for joint in model.child_joints(parent):
            out[joint.child] = out[parent] @ joint.X_PJ @ joint_motion(joint, float(q.get(joint.name, 0.0)))
            stack.append(joint.child)
    return out


def movable_joints_between(model: UrdfModel, base: str, tip: str) -> list[UrdfJoint]:
    """The movable joints on the path base -> tip, base first (tip must lie below base)."""
    path = model.joints_between(base, tip)
    for joint in path:
        if joint.type not in MOVABLE_TYPES + ("fixed",):
            raise UrdfError(
                f"joint '{joint.name}' is {joint.type}; a positioner's joints must be "
                "revolute, continuous, prismatic or fixed"
            )
    return [j for j in path if j.type != "fixed"]
