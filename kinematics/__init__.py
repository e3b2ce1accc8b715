"""kinematics: SE(3) helpers, URDF chains, batched FK/Jacobian, analytic (OPW, UR) and numeric IK.

SI units (m, rad); poses are 4x4 arrays named X_AB (pose of B in A); quaternions are [w, x, y, z].
"""

from kinematics.chain import (
    AttachedLink,
    SerialChain,
    attached_link_poses,
    chain_from_urdf,
    fk,
    fk_and_jacobian,
    jacobian,
    link_poses,
)
from kinematics.numeric import NumericIKConfig, numeric_ik, numeric_ik_batch
from kinematics.opw import WRIST_SINGULAR_RAD, OPWParams, opw_fk, opw_ik
from kinematics.opw_extract import NotOrthoParallelError, NotURTypeError, opw_from_chain, ur_from_chain
from kinematics.se3 import (
    R_from_quat_wxyz,
    X_from_R_p,
    X_from_xyz_quat_wxyz,
    X_from_xyz_rpy,
    invert_X,
    quat_wxyz_from_R,
    rot_axis_angle,
    rot_x,
    rot_y,
    rot_z,
    rotation_angle,
    rotation_log,
    xyz_quat_wxyz_from_X,
)
from kinematics.solutions import DEDUPE_TOL_RAD, dedupe_branches, expand_within_limits
from kinematics.solver import IK_VERIFY_TOL_M, IK_VERIFY_TOL_RAD, RobotKinematics
from kinematics.ur import UR10E, UR_WRIST_SINGULAR_RAD, URParams, ur_fk, ur_ik
from kinematics.urdf import UrdfError, UrdfGeometry, UrdfJoint, UrdfLink, UrdfModel, parse_urdf

__all__ = [
    "AttachedLink",
    "DEDUPE_TOL_RAD",
    "IK_VERIFY_TOL_M",
    "IK_VERIFY_TOL_RAD",
    "NotOrthoParallelError",
    "NotURTypeError",
    "NumericIKConfig",
    "OPWParams",
    "RobotKinematics",
    "R_from_quat_wxyz",
    "SerialChain",
    "UR10E",
    "UR_WRIST_SINGULAR_RAD",
    "URParams",
    "UrdfError",
    "UrdfGeometry",
    "UrdfJoint",
    "UrdfLink",
    "UrdfModel",
    "WRIST_SINGULAR_RAD",
    "X_from_R_p",
    "X_from_xyz_quat_wxyz",
    "X_from_xyz_rpy",
    "attached_link_poses",
    "chain_from_urdf",
    "dedupe_branches",
    "expand_within_limits",
    "fk",
    "fk_and_jacobian",
    "invert_X",
    "jacobian",
    "link_poses",
    "numeric_ik",
    "numeric_ik_batch",
    "opw_fk",
    "opw_from_chain",
    "opw_ik",
    "parse_urdf",
    "quat_wxyz_from_R",
    "rot_axis_angle",
    "rot_x",
    "rot_y",
    "rot_z",
    "rotation_angle",
    "rotation_log",
    "ur_fk",
    "ur_from_chain",
    "ur_ik",
    "xyz_quat_wxyz_from_X",
]
