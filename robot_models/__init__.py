"""robot_models: built-in robots (URDF + robot.yaml) and torches (tool.yaml), and robot registration.

Public API: RobotSpec / ToolSpec descriptions, the built-in registries, and robots made from OPW
parameters or from a user's URDF zip. All values are SI (m, rad, s).
"""

from robot_models.errors import RobotModelError
from robot_models.loader import load_robot_dir, load_tool_file
from robot_models.registry import (
    load_builtin_robots,
    load_builtin_tools,
    robot_from_opw,
    robot_from_urdf_zip,
)
from robot_models.spec import CONTROLLER_COUPLINGS, VENDORS, RobotSpec, ToolPrimitive, ToolSpec

__all__ = [
    "CONTROLLER_COUPLINGS",
    "RobotModelError",
    "RobotSpec",
    "ToolPrimitive",
    "ToolSpec",
    "VENDORS",
    "load_builtin_robots",
    "load_builtin_tools",
    "load_robot_dir",
    "load_tool_file",
    "robot_from_opw",
    "robot_from_urdf_zip",
]
