"""MoveProgram <-> plain JSON (SI units, poses as nested lists): how a plan's motion list is stored, so that
its trajectory and its controller programs can be made again at any time."""

from __future__ import annotations

from typing import Any

import numpy as np

from planning.moves import MOVE_KINDS, Move, MoveProgram, WeldSettings

FORMAT = "weldplan.moves/1"


def _weld_json(weld: WeldSettings | None) -> dict[str, Any] | None:
    if weld is None:
        return None
    return {
        "travel_speed_m_s": weld.travel_speed_m_s,
        "wire_feed_m_min": weld.wire_feed_m_min,
        "voltage_v": weld.voltage_v,
        "current_a": weld.current_a,
        "arc_start_s": weld.arc_start_s,
        "arc_end_s": weld.arc_end_s,
        "weave": None if weld.weave is None else list(weld.weave),
    }


def program_to_json(program: MoveProgram) -> dict[str, Any]:
    """A JSON-ready dict of the program; settings shared by consecutive moves are stored once per move
    (the lists stay small: one entry per programmed target)."""
    return {
        "format": FORMAT,
        "name": program.name,
        "robot_id": program.robot_id,
        "tool_id": program.tool_id,
        "X_BP": np.asarray(program.X_BP).tolist(),
        "X_FT": np.asarray(program.X_FT).tolist(),
        **({} if program.positioner_id is None else {"positioner_id": program.positioner_id}),
        "moves": [
            {
                "kind": m.kind,
                "q": np.asarray(m.q).tolist(),
                "X_PT": np.asarray(m.X_PT).tolist(),
                "speed_m_s": m.speed_m_s,
                "arc": m.arc,
                "seam_id": m.seam_id,
                "weld": _weld_json(m.weld),
                "role": m.role,
                "name": m.name,
                "blend_m": m.blend_m,
                "joint_speed": m.joint_speed,
                **({} if m.ext_q is None else {"ext_q": np.asarray(m.ext_q).tolist()}),
            }
            for m in program.moves
        ],
    }


def program_from_json(data: dict[str, Any]) -> MoveProgram:
    """Inverse of program_to_json; raises ValueError naming the bad entry."""
    if data.get("format") != FORMAT:
        raise ValueError(f"moves: unknown format {data.get('format')!r}, expected {FORMAT!r}")
    moves = []
    for i, m in enumerate(data["moves"]):
        if m["kind"] not in MOVE_KINDS:
            raise ValueError(f"moves[{i}].kind: {m['kind']!r} is not one of {MOVE_KINDS}")
        weld = m.get("weld")
        moves.append(
            Move(
                kind=m["kind"],
                q=np.asarray(m["q"], dtype=float),
                X_PT=np.asarray(m["X_PT"], dtype=float),
                speed_m_s=m.get("speed_m_s"),
                arc=bool(m.get("arc", False)),
                seam_id=m.get("seam_id"),
                weld=None
                if weld is None
                else WeldSettings(
                    weld["travel_speed_m_s"],
                    weld["wire_feed_m_min"],
                    weld["voltage_v"],
                    weld["current_a"],
                    weld["arc_start_s"],
                    weld["arc_end_s"],
                    None if weld.get("weave") is None else tuple(weld["weave"]),
                ),
                role=m.get("role", "air"),
                name=m.get("name", ""),
                blend_m=m.get("blend_m"),
                joint_speed=float(m.get("joint_speed", 1.0)),
                ext_q=None if m.get("ext_q") is None else np.asarray(m["ext_q"], dtype=float),
            )
        )
    return MoveProgram(
        data["robot_id"],
        data["tool_id"],
        np.asarray(data["X_BP"], dtype=float),
        np.asarray(data["X_FT"], dtype=float),
        moves,
        name=data.get("name", "weldplan"),
        positioner_id=data.get("positioner_id"),
    )
