"""The motion list a plan ends in: what controller programs write, what their readers give back, and what
`planning.timing.time_moves` turns into a timed joint trajectory (so a replayed program and its plan share
one timing model).

Frames (Drake names): B robot base, P part (= the controller's work object / user frame), F flange,
T tool centre point (wire tip). SI units: m, rad, s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

MoveKind = Literal["joint", "linear"]
MOVE_KINDS: tuple[str, ...] = ("joint", "linear")


@dataclass(frozen=True)
class WeldSettings:
    """What a controller needs to strike and hold the arc on one seam (from cad.WeldProcedure).

    travel_speed_m_s: TCP speed while welding; wire_feed_m_min; voltage_v; current_a; weave: None or
    (pattern, width_m, frequency_hz); arc_start_s / arc_end_s: time the robot stands still at the seam's
    first / last point for ignition (pre-gas, arc establishment) and crater fill, burn-back, post-gas.
    """

    travel_speed_m_s: float
    wire_feed_m_min: float
    voltage_v: float
    current_a: float
    arc_start_s: float
    arc_end_s: float
    weave: tuple[str, float, float] | None = None


@dataclass(frozen=True, eq=False)
class Move:
    """One programmed motion to a target.

    kind: "joint" (point-to-point, synchronised joint motion, stops at the target) or "linear" (TCP on a
    straight line from the previous target, at `speed_m_s`; consecutive linear moves of one weld blend
    through their targets at constant speed). q[6]: the joint solution at the target (rad), which also
    fixes the configuration (IK branch). X_PT[4, 4]: TCP pose in the part frame at the target.
    arc: the arc burns during this move (a weld move). seam_id: the seam a weld, approach or retract move
    belongs to. weld: the weld settings, on weld moves. name: a target name a program may use.
    role: "home" | "air" | "approach" | "weld" | "retract" (for time breakdowns and program comments).
    """

    kind: str
    q: np.ndarray
    X_PT: np.ndarray
    speed_m_s: float | None = None
    arc: bool = False
    seam_id: str | None = None
    weld: WeldSettings | None = None
    role: str = "air"
    name: str = ""


@dataclass(frozen=True, eq=False)
class MoveProgram:
    """Everything a controller program holds: the moves plus the frames they refer to.

    X_BP[4, 4]: part (work object) in the robot base; X_FT[4, 4]: TCP in the flange (tool data);
    robot_id / tool_id name the models; moves in execution order, starting and ending at home.
    """

    robot_id: str
    tool_id: str
    X_BP: np.ndarray
    X_FT: np.ndarray
    moves: list[Move] = field(default_factory=list)
    name: str = "weldplan"
