"""The motion list a plan ends in: what controller programs write, what their readers give back, and what
`planning.timing.time_moves` turns into a timed joint trajectory (so a replayed program and its plan share
one timing model).

Frames (Drake names): B robot base, P part (= the controller's work object / user frame), F flange,
T tool centre point (wire tip). SI units: m, rad, s.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    blend_m: how the motion passes the target, as a program states it: 0 stops there (RAPID fine, KRL
    without C_DIS/C_PTP, FANUC FINE, INFORM PL=0, URScript r=0); > 0 rounds the corner within that radius
    (zone z10, C_DIS, CNT, PL, r) so the motion flows on into the next move of the same kind; None: the
    timing model's own rule (linear moves of one run blend, joint moves stop), for programs made before
    blending was stated. joint_speed: a joint move's speed as a fraction of the robot's joint speed limits
    (a controller's PTP percentage: VJ=, J ..%, $VEL_AXIS, movej v). ext_q: the external axes (a
    positioner) at the target, rad; None in a program without them. role "index": the robot stands (q as
    the move before) while the external axes move to ext_q.
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
    blend_m: float | None = None
    joint_speed: float = 1.0
    ext_q: np.ndarray | None = None


@dataclass(frozen=True, eq=False)
class MoveProgram:
    """Everything a controller program holds: the moves plus the frames they refer to.

    X_BP[4, 4]: part (work object) in the robot base; X_FT[4, 4]: TCP in the flange (tool data);
    robot_id / tool_id name the models; moves in execution order, starting and ending at home;
    positioner_id: the positioner whose axes the moves' ext_q are (None: no external axes).
    """

    robot_id: str
    tool_id: str
    X_BP: np.ndarray
    X_FT: np.ndarray
    moves: list[Move] = field(default_factory=list)
    name: str = "weldplan"
    # Statements a reader did not execute (read option unsupported="skip"), as "file:line:column: why".
    skipped: tuple[str, ...] = ()
    positioner_id: str | None = None


# Blend radii a programmer gives (RAPID zonedata radius, KRL $APO.CDIS, URScript r): air moves round their
# corners generously, approach/retract legs a little, weld points barely (the seam must stay on the line).
AIR_BLEND_M = 0.01
LEG_BLEND_M = 0.005
WELD_BLEND_M = 0.001


def with_blends(
    program: MoveProgram,
    air_blend_m: float = AIR_BLEND_M,
    leg_blend_m: float = LEG_BLEND_M,
    weld_blend_m: float = WELD_BLEND_M,
) -> MoveProgram:
    """The program with every move's blend stated as a programmer writes it: zones everywhere except where
    the process needs the robot to stand still, i.e. the arc start (the target an approach reaches before
    an arc move), the arc end (the last arc move of a seam) and the program's first and last move."""
    moves = program.moves
    out = []
    for i, m in enumerate(moves):
        nxt = moves[i + 1] if i + 1 < len(moves) else None
        if i == 0 or nxt is None:
            blend = 0.0
        elif nxt.arc and not (m.arc and m.seam_id == nxt.seam_id):
            blend = 0.0  # arc start: ignition from a standstill
        elif m.arc and not (nxt.arc and nxt.seam_id == m.seam_id):
            blend = 0.0  # arc end: crater fill and burn-back at a standstill
        elif m.arc:
            blend = weld_blend_m
        elif m.role in ("approach", "retract"):
            blend = leg_blend_m
        else:
            blend = air_blend_m
        out.append(replace(m, blend_m=blend))
    return replace(program, moves=out)
