"""Immutable descriptions of a robot (RobotSpec) and of a welding torch (ToolSpec).

Units are SI (m, rad, s, kg); poses are 4x4 arrays X_AB (pose of B in A). Arrays are stored read-only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from kinematics.chain import SerialChain, chain_from_urdf
from kinematics.opw import OPWParams
from kinematics.solver import RobotKinematics
from kinematics.ur import URParams
from kinematics.urdf import UrdfError, parse_urdf
from robot_models.errors import RobotModelError

__all__ = ["CONTROLLER_COUPLINGS", "RobotSpec", "ToolPrimitive", "ToolSpec", "VENDORS", "check_id"]

VENDORS = ("abb", "kuka", "fanuc", "yaskawa", "ur", "staubli", "other")
# How controller joint values map to model joint values: "fanuc_j2_j3" means
# j3_model = j3_ctrl + j2_ctrl (docs/references.md#robots-8); "none" means they are equal.
CONTROLLER_COUPLINGS = ("none", "fanuc_j2_j3")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")


def check_id(value: str, field: str = "id") -> str:
    """Return value if it is a valid robot/tool id (lowercase letters, digits, '_' or '-', up to 64)."""
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise RobotModelError(
            f"{field} {value!r} is not a valid id: use 1-64 lowercase letters, digits, '_' or '-', "
            "starting with a letter or digit"
        )
    return value


def _frozen_array(field: str, value: object, shape: tuple[int, ...]) -> np.ndarray:
    try:
        arr = np.array(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise RobotModelError(f"{field} must be numbers of shape {shape}: {exc}") from exc
    if arr.shape != shape:
        raise RobotModelError(f"{field} must have shape {shape}, got {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise RobotModelError(f"{field} must be finite, got {arr.tolist()}")
    arr.setflags(write=False)
    return arr


@dataclass(frozen=True, eq=False)
class RobotSpec:
    """A 6-axis robot: its URDF (base_link -> tool0), limits and the analytic model where one applies.

    joint_limits[6, 2] rad (lower, upper); max_speed[6] rad/s; max_accel[6] rad/s^2 (an assumption, see
    accel_assumption); home[6] rad; reach_m: horizontal reach of the wrist centre as vendors quote it;
    urdf_dir: folder that relative mesh paths in urdf_text resolve against (None: no meshes).
    opw / ur: analytic parameters in the URDF's joint convention (at most one is set).
    controller_coupling: one of CONTROLLER_COUPLINGS (how pendant joint values map to model joints).
    """

    id: str
    name: str
    vendor: str
    model: str
    dof: int
    reach_m: float
    payload_kg: float | None
    urdf_text: str
    urdf_dir: Path | None
    joint_limits: np.ndarray
    max_speed: np.ndarray
    max_accel: np.ndarray
    home: np.ndarray
    opw: OPWParams | None = None
    ur: URParams | None = None
    sources: tuple[str, ...] = ()
    mass_kg: float | None = None
    repeatability_m: float | None = None
    accel_assumption: str = ""
    controller_axis_names: tuple[str, ...] = ()
    controller_coupling: str = "none"
    controller_notes: str = ""
    base_link: str = "base_link"
    tip_link: str = "tool0"

    def __post_init__(self) -> None:
        check_id(self.id)
        if not isinstance(self.name, str) or not self.name.strip():
            raise RobotModelError("name must be a non-empty string")
        if self.vendor not in VENDORS:
            raise RobotModelError(f"vendor {self.vendor!r} is not one of {VENDORS}")
        if self.dof != 6:
            raise RobotModelError(f"dof must be 6 (weldplan handles 6-axis arms), got {self.dof}")
        if not (isinstance(self.reach_m, int | float) and math.isfinite(self.reach_m) and self.reach_m > 0):
            raise RobotModelError(f"reach_m must be a positive number, got {self.reach_m!r}")
        object.__setattr__(self, "reach_m", float(self.reach_m))
        limits = _frozen_array("joint_limits", self.joint_limits, (6, 2))
        bad = [i + 1 for i in range(6) if not limits[i, 0] < limits[i, 1]]
        if bad:
            raise RobotModelError(f"joint_limits: lower must be below upper for joint(s) {bad}")
        speed = _frozen_array("max_speed", self.max_speed, (6,))
        accel = _frozen_array("max_accel", self.max_accel, (6,))
        for field, arr in (("max_speed", speed), ("max_accel", accel)):
            if np.any(arr <= 0):
                raise RobotModelError(f"{field} must be positive for every joint, got {arr.tolist()}")
        home = _frozen_array("home", self.home, (6,))
        outside = [i + 1 for i in range(6) if not limits[i, 0] <= home[i] <= limits[i, 1]]
        if outside:
            raise RobotModelError(f"home is outside the joint limits at joint(s) {outside}")
        if self.opw is not None and self.ur is not None:
            raise RobotModelError("a robot has either OPW or UR parameters, not both")
        if self.controller_coupling not in CONTROLLER_COUPLINGS:
            raise RobotModelError(
                f"controller_coupling {self.controller_coupling!r} is not one of {CONTROLLER_COUPLINGS}"
            )
        object.__setattr__(self, "joint_limits", limits)
        object.__setattr__(self, "max_speed", speed)
        object.__setattr__(self, "max_accel", accel)
        object.__setattr__(self, "home", home)
        object.__setattr__(self, "sources", tuple(str(s) for s in self.sources))
        object.__setattr__(self, "controller_axis_names", tuple(str(s) for s in self.controller_axis_names))

    @property
    def kinematics_kind(self) -> str:
        """Which solver RobotSpec.kinematics uses: "opw", "ur" or "numeric"."""
        if self.opw is not None:
            return "opw"
        if self.ur is not None:
            return "ur"
        return "numeric"

    @cached_property
    def chain(self) -> SerialChain:
        """The base_link -> tool0 chain of urdf_text."""
        try:
            return chain_from_urdf(parse_urdf(self.urdf_text), self.base_link, self.tip_link)
        except UrdfError as exc:
            raise RobotModelError(f"robot '{self.id}' URDF: {exc}") from exc

    @cached_property
    def kinematics(self) -> RobotKinematics:
        """FK/IK solver for this robot (analytic when opw or ur is set, numeric otherwise)."""
        return RobotKinematics(self.chain, opw=self.opw, ur=self.ur)


@dataclass(frozen=True, eq=False)
class ToolPrimitive:
    """A collision shape of a tool, X_FG[4, 4] in the flange frame F.

    kind "cylinder" (radius, length along its local z, centred on the origin), "box" (size[3] full edge
    lengths) or "sphere" (radius). Metres.
    """

    name: str
    kind: str
    X_FG: np.ndarray
    size: tuple[float, float, float] | None = None
    radius: float = 0.0
    length: float = 0.0


@dataclass(frozen=True, eq=False)
class ToolSpec:
    """A welding torch on the robot flange.

    X_FT[4, 4]: TCP (wire tip) in the flange frame; its z axis is the wire direction, pointing from the
    nozzle toward the work. collisions: shapes in the flange frame; collisions[tip_collision_index] is
    the nozzle, where contact with the part near the seam may be allowed.
    """

    id: str
    name: str
    X_FT: np.ndarray
    stickout_m: float
    nozzle_diameter_m: float
    collisions: tuple[ToolPrimitive, ...]
    tip_collision_index: int
    neck_angle_rad: float = 0.0
    assumptions: tuple[str, ...] = ()
    # payload: mass (kg) and centre of mass in the flange frame (m, [3]); None when the tool file states none
    mass_kg: float | None = None
    com_m: np.ndarray | None = None

    def __post_init__(self) -> None:
        check_id(self.id)
        if self.mass_kg is not None and not (math.isfinite(self.mass_kg) and self.mass_kg > 0):
            raise RobotModelError(f"mass_kg must be a positive number, got {self.mass_kg!r}")
        if self.com_m is not None:
            object.__setattr__(self, "com_m", _frozen_array("com_m", self.com_m, (3,)))
        X = _frozen_array("X_FT", self.X_FT, (4, 4))
        R = X[:3, :3]
        if not np.allclose(R.T @ R, np.eye(3), atol=1e-9) or not np.allclose(X[3], [0, 0, 0, 1]):
            raise RobotModelError("X_FT must be a rigid transform")
        object.__setattr__(self, "X_FT", X)
        for field in ("stickout_m", "nozzle_diameter_m"):
            v = getattr(self, field)
            if not (isinstance(v, int | float) and math.isfinite(v) and v > 0):
                raise RobotModelError(f"{field} must be a positive number, got {v!r}")
        if not self.collisions:
            raise RobotModelError(f"tool '{self.id}' needs at least one collision shape")
        if not 0 <= self.tip_collision_index < len(self.collisions):
            raise RobotModelError(
                f"tip_collision_index {self.tip_collision_index} is not an index of the "
                f"{len(self.collisions)} "
                "collision shapes"
            )
        object.__setattr__(self, "collisions", tuple(self.collisions))
        object.__setattr__(self, "assumptions", tuple(str(a) for a in self.assumptions))
