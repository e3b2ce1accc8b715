"""ABB RAPID (RobotWare Arc) writer and reader: one module with tooldata, wobjdata, seam/weld/weave data,
jointtargets and robtargets (xyz mm, quat_wxyz, confdata), MoveAbsJ / MoveJ / MoveL and
ArcLStart / ArcL / ArcLEnd (docs/references.md#controllers-2); with a positioner, its axes in extjoint, a work
object that moves with it and MoveExtJ index moves (docs/references.md#controllers-10).

Weld data layouts follow docs/references.md#controllers-2-3 (seamdata 16, welddata 4, weavedata 15 top-level fields).
The 9 arcdata fields are power-source specific; this module writes [sched, mode, voltage V, wire feed
m/min, control, current A, 0, 0, 0] (an assumption: check the robot's ArcWare configuration).
WeldSettings map to seamdata preflow_time (arc_start_s) and fill_time (arc_end_s).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import numpy as np

from kinematics.se3 import X_from_xyz_quat_wxyz, xyz_quat_wxyz_from_X
from planning.moves import MoveProgram, WeldSettings
from programs import common, poses
from programs.common import fmt
from programs.interpret import Interpreter
from programs.module import Language
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["DEFAULT_OPTIONS", "LANGUAGE", "read", "write"]

# RAPID names its tool and work object data; weld process data are seamdata / welddata / arcdata in the module
LANGUAGE = Language("abb_rapid", "abb", (".mod", ".modx", ".sys"), re.compile(r"^\s*MODULE\s+\w+", re.M | re.I))
DEFAULT_OPTIONS: dict[str, Any] = {
    "name": None,  # module name (default: program.name)
    "joint_values_for": "home",  # "home" | "all" | "none": which joint moves use MoveAbsJ jointtargets
    # speeddata of MoveAbsJ / MoveJ: vmax lets the axes run at their limits, as the plan times joint moves
    "joint_speed": "vmax",
    "collinear_tolerance_mm": common.COLLINEAR_TOLERANCE_MM,
    "air_speed_m_s": 0.25,  # linear moves without a speed
    "tool_name": "tWeldplan",
    "wobj_name": "wobjPart",
    "tool_mass_kg": None,  # tooldata load; None: the torch's mass_kg (tool.yaml), 1 kg where it has none
    "arc_sched": 1,  # arcdata schedule number
    # a positioner the moves' ext_q turn (planning.positioner.PositionerCell): robtargets carry its axes in extjoint
    # (eax_a, eax_b, ...), the work object moves with it (ufprog FALSE, ufmec mech_unit), index moves are MoveExtJ
    "positioner": None,
    "mech_unit": "STN1",  # the positioner's mechanical unit as the controller's configuration names it
}
# Predefined zonedata radii (mm) of RAPID: z0 (0.3 mm) ... z200; a move that stops is written fine.
PREDEFINED_ZONES = (0, 1, 5, 10, 15, 20, 30, 40, 50, 60, 80, 100, 150, 200)
PREDEFINED_SPEEDS = (5, 10, 20, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1500,
                     2000, 2500, 3000, 4000, 5000, 6000, 7000)
_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_EAX = "[9E+09,9E+09,9E+09,9E+09,9E+09,9E+09]"
# 9E+09 marks an axis a target does not use (robtarget / jointtarget, ABB technical reference 3HAC050917-001)
_UNUSED = 9e9
# weavedata weave_shape (RobotWare Arc): 0 none, 1 zigzag, 2 V-shaped, 3 triangular, 4 circular.
_WEAVE_SHAPES = {"zigzag": 1, "triangle": 3, "circle": 4}
_WEAVE_NAMES = {1: "zigzag", 2: "triangle", 3: "triangle", 4: "circle"}
_PREFIX = {"home": "pHome", "air": "pAir", "approach": "pApp", "weld": "pW", "retract": "pRet"}


# --------------------------------------------------------------------------------------------- write


def _list(values: Iterable[float], decimals: int) -> str:
    return "[" + ",".join(fmt(v, decimals) for v in values) + "]"


def _pose_text(X: np.ndarray) -> str:
    p, q = xyz_quat_wxyz_from_X(X)
    return f"[{_list(p * 1e3, 3)},{_list(q, 8)}]"


def _speed_name(speed_mm_s: float, custom: dict[float, str]) -> str:
    for v in PREDEFINED_SPEEDS:
        if abs(speed_mm_s - v) < 1e-9:
            return f"v{v}"
    key = round(speed_mm_s, 6)
    if key not in custom:
        custom[key] = f"vWp{len(custom) + 1}"
    return custom[key]


def _zone(blend_m: float | None, last: bool) -> str:
    """zonedata of a move: fine where it stops (blend 0, the program's end), else the predefined zone nearest
    below its blend radius."""
    if not blend_m or last:
        return "fine"
    return f"z{PREDEFINED_ZONES[common.zone_index(blend_m, PREDEFINED_ZONES)]}"


def _load(mass_kg: float | None, tool: ToolSpec, p_tcp: np.ndarray) -> tuple[float, np.ndarray]:
    """(mass kg, centre of gravity m in the flange frame) of the tooldata load: the option, else the torch's
    payload from tool.yaml, else 1 kg halfway to the TCP (the old default, flagged in the module)."""
    mass = mass_kg if mass_kg is not None else (tool.mass_kg if tool.mass_kg is not None else 1.0)
    cog = tool.com_m if tool.com_m is not None else 0.5 * p_tcp
    return float(mass), np.asarray(cog)


def _eax(m: Any) -> str:
    """extjoint of a target: the positioner's axes (deg) in eax_a, eax_b, ..., the others 9E+09."""
    if m.ext_q is None:
        return _EAX
    e = common.ext_deg(m)
    return "[" + ",".join([fmt(v, 6) for v in e] + ["9E+09"] * (6 - len(e))) + "]"


def _arcdata(w: WeldSettings, sched: int) -> str:
    return _list([sched, 0, w.voltage_v, w.wire_feed_m_min, 0, w.current_a, 0, 0, 0], 4)


def write(program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
          ) -> dict[str, str]:
    """RAPID module text {"<NAME>.mod": text} for a MoveProgram (see the module docstring)."""
    opt, w = common.prepare(program, robot, tool, options, DEFAULT_OPTIONS, LANGUAGE.controller)
    program, q_all, circles, vias = w.program, w.q, w.circles, w.vias
    q_ctrl = poses.controller_joints(robot, q_all)
    name, ok = common.program_name(opt["name"], program, "weldplan", _IDENT, 32)
    name = name if ok else "WeldplanProg"
    moves = program.moves
    tname, wname = opt["tool_name"], opt["wobj_name"]

    use_joint = w.joint_records(opt["joint_values_for"])
    # an index move turns the positioner alone: MoveExtJ to a jointtarget whose robot axes are unused
    index = [m.role == "index" for m in moves]
    use_joint = [j or x for j, x in zip(use_joint, index, strict=True)]
    mech = str(opt["mech_unit"])
    if opt["positioner"] is not None and not _IDENT.fullmatch(mech):
        raise ValueError(f"abb_rapid: mech_unit {mech!r} must be a RAPID identifier")
    counters: dict[str, int] = {}
    fallback = []
    for m, j, x in zip(moves, use_joint, index, strict=True):
        prefix = "jIdx" if x else _PREFIX.get(m.role, "pAir")
        if j and not x:
            prefix = "j" + prefix[1:]
        counters[prefix] = counters.get(prefix, 0) + 1
        fallback.append(f"{prefix}{counters[prefix]}")
    keys = np.zeros((len(moves), 6), dtype=np.int64)
    cart = [i for i, j in enumerate(use_joint) if not j]
    if cart:
        keys[cart] = poses.config_keys(robot, q_all[cart], "abb")
    conf = poses.abb_confdata(keys)
    rob = [_EAX if index[i] else _list(np.degrees(q_ctrl[i]), 6) for i in range(len(moves))]
    values = [
        f"jointtarget:={rob[i]}{_eax(m)}" if use_joint[i]
        else f"robtarget:={_pose_text(m.X_PT)}{_list(conf[i], 0)}{_eax(m)}" for i, m in enumerate(moves)
    ]
    names = common.unique_names([m.name for m in moves], fallback, _IDENT, 32, values)

    welds = common.weld_schedules(moves)[0]
    custom_speeds: dict[float, str] = {}

    body: list[str] = ["        ConfJ\\On;", "        ConfL\\On;"]
    if opt["positioner"] is not None:
        # the positioner's mechanical unit takes part in the motion from here (ActUnit, RAPID reference)
        body.append(f"        ActUnit {mech};")
    wobj = f"{tname}\\WObj:={wname}"
    started = False
    for i, m in enumerate(moves):
        if i in vias:
            continue  # written as the CirPoint of the circular move that ends at the next target
        # MoveC / ArcC take the circle point first: CirPoint, ToPoint, ... (docs/references.md#controllers-2-2)
        nm = f"{names[circles[i]]},{names[i]}" if i in circles else names[i]
        circ = "C" if i in circles else "L"
        nxt_arc = i + 1 < len(moves) and moves[i + 1].arc
        zone = _zone(m.blend_m, i + 1 == len(moves))
        if index[i]:
            # MoveExtJ ToJointPos, Speed, Zone: the external unit alone, the robot standing (RAPID reference)
            body.append(f"        MoveExtJ {nm},{opt['joint_speed']},fine;")
        elif m.kind == "joint":
            if use_joint[i]:
                body.append(f"        MoveAbsJ {nm}\\NoEOffs,{opt['joint_speed']},{zone},{tname};")
            else:
                body.append(f"        MoveJ {nm},{opt['joint_speed']},{zone},{wobj};")
        elif not m.arc:
            speed = _speed_name((m.speed_m_s or opt["air_speed_m_s"]) * 1e3, custom_speeds)
            if nxt_arc:
                nxt_weld = common.arc_weld(moves[i + 1])
                k = welds[common.weld_key(nxt_weld)]
                weave = f"\\Weave:=weave{k}" if nxt_weld.weave else ""
                body.append(f"        ArcLStart {nm},{speed},seam{k},weld{k}{weave},fine,{wobj};")
                started = True
            else:
                body.append(f"        Move{circ} {nm},{speed},{zone},{wobj};")
        else:
            mw = common.arc_weld(m)
            k = welds[common.weld_key(mw)]
            weave = f"\\Weave:=weave{k}" if mw.weave else ""
            speed = _speed_name(mw.travel_speed_m_s * 1e3 if m.speed_m_s is None else m.speed_m_s * 1e3,
                                custom_speeds)
            last = not nxt_arc
            if not started:
                # No linear approach into the seam start: start the arc on the spot.
                if i == 0 or use_joint[i - 1]:
                    raise ValueError(f"moves[{i}]: an arc must follow a robtarget move (MoveJ or MoveL), "
                                     "not a MoveAbsJ jointtarget")
                body.append(f"        ArcLStart {names[i - 1]},{speed},seam{k},weld{k}{weave},fine,{wobj};")
            instr = f"Arc{circ}End" if last else f"Arc{circ}"
            zone = "fine" if last else zone
            body.append(f"        {instr} {nm},{speed},seam{k},weld{k}{weave},{zone},{wobj};")
            started = not last

    if opt["positioner"] is not None:
        body.append(f"        DeactUnit {mech};")
    out = [f"MODULE {name}"]
    out.append(f"    ! weldplan program '{program.name}': robot {robot.id}, tool {tool.id}, {len(moves)} moves")
    p_tcp, q_tcp = xyz_quat_wxyz_from_X(program.X_FT)
    mass, cog = _load(opt["tool_mass_kg"], tool, p_tcp)
    if opt["tool_mass_kg"] is None and tool.mass_kg is None:
        out.append(f"    ! tooldata load {fmt(mass, 3)} kg is an assumption: set the torch's real mass")
    # loaddata: mass kg, centre of gravity in the flange (tool0) frame mm, axes of moment, inertia (0: a point mass)
    out.append(f"    PERS tooldata {tname}:=[TRUE,[{_list(p_tcp * 1e3, 3)},{_list(q_tcp, 8)}],"
               f"[{fmt(mass, 3)},{_list(cog * 1e3, 3)},[1,0,0,0],0,0,0]];")
    if opt["positioner"] is None:
        out.append(f"    TASK PERS wobjdata {wname}:=[FALSE,TRUE,\"\",{_pose_text(program.X_BP)},[[0,0,0],[1,0,0,0]]];")
    else:
        # a work object on the positioner: ufprog FALSE (the user frame moves), ufmec its mechanical unit, uframe
        # defined by the system from the unit's calibration (its face plate), oframe the part on the face plate
        # (wobjdata, ABB technical reference 3HAC050917-001)
        out.append(f"    TASK PERS wobjdata {wname}:=[FALSE,FALSE,\"{mech}\",[[0,0,0],[1,0,0,0]],"
                   f"{_pose_text(opt['positioner'].X_FP)}];")
    for wk, k in welds.items():
        ws = next(common.arc_weld(m) for m in moves if m.arc and common.weld_key(common.arc_weld(m)) == wk)
        arc = _arcdata(ws, int(opt["arc_sched"]))
        zero9 = "[0,0,0,0,0,0,0,0,0]"
        # seamdata: the plan's start dwell (the robot stands while the arc establishes) is ign_move_delay, the
        # time between ignition and the start of motion, not preflow_time (gas before ignition, left to the
        # controller: 0); the end dwell is fill_time (crater fill)
        out.append(f"    TASK PERS seamdata seam{k}:=[0,0,{arc},{fmt(ws.arc_start_s, 4)},0,0,0,0,{zero9},0,"
                   f"{fmt(ws.arc_end_s, 4)},{arc},0,0,{zero9},0];")
        out.append(f"    TASK PERS welddata weld{k}:=[{fmt(ws.travel_speed_m_s * 1e3, 4)},0,{arc},{zero9}];")
        if ws.weave:
            pattern, width_m, freq = ws.weave
            length_mm = ws.travel_speed_m_s * 1e3 / freq
            out.append(f"    TASK PERS weavedata weave{k}:=[{_WEAVE_SHAPES.get(pattern, 1)},0,{fmt(length_mm, 4)},"
                       f"{fmt(width_m * 1e3, 4)},0,0,0,0,0,0,0,0,0,0,0];")
    for v, sname in custom_speeds.items():
        out.append(f"    CONST speeddata {sname}:=[{fmt(v, 4)},500,5000,1000];")
    declared: set[str] = set()
    for i, m in enumerate(moves):
        nm = names[i]
        if nm in declared:
            continue
        declared.add(nm)
        if use_joint[i]:
            out.append(f"    CONST jointtarget {nm}:=[{rob[i]},{_eax(m)}];")
        else:
            out.append(f"    CONST robtarget {nm}:={_pose_text(m.X_PT)[:-1]},{_list(conf[i], 0)},{_eax(m)}];")
    out.append("")
    out.append("    PROC main()")
    out.extend(body)
    out.append("    ENDPROC")
    out.append("ENDMODULE")
    return {f"{name}.mod": "\n".join(out) + "\n"}


# ---------------------------------------------------------------------------------------------- read


class _Parser:
    """Statements of one RAPID module with their character offsets."""

    def __init__(self, src: common.Source) -> None:
        self.src = src
        self.text = self._blank_comments(src.text)

    def _blank_comments(self, text: str) -> str:
        out = list(text)
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c == '"':
                j = text.find('"', i + 1)
                nl = text.find("\n", i + 1)
                if j < 0 or (0 <= nl < j):
                    raise self.src.error(i, "unterminated string")
                i = j + 1
                continue
            if c == "!":
                j = text.find("\n", i)
                j = n if j < 0 else j
                for k in range(i, j):
                    out[k] = " "
                i = j
                continue
            i += 1
        return "".join(out)

    def statements(self) -> list[tuple[int, str]]:
        """(offset, text) of every statement: ';'-terminated ones and the block lines (MODULE, PROC ...)."""
        text = self.text
        out: list[tuple[int, str]] = []
        i = 0
        n = len(text)
        block = re.compile(r"\s*((?:LOCAL\s+)?(?:PROC|FUNC|TRAP)\b[^\n]*|ENDPROC\b|ENDFUNC\b|ENDTRAP\b|ENDMODULE\b"
                           r"|MODULE\b[^\n]*"
                           # compound-statement lines carry no ';' (RAPID reference, "IF", "WHILE", "FOR",
                           # "TEST", error handlers); a compact IF ("IF cond stmt;") ends in ';' and is not one
                           r"|(?:IF|ELSEIF)\b[^\n;]*\bTHEN(?=[ \t]*(?:\n|$))"
                           r"|(?:WHILE|FOR)\b[^\n;]*\bDO(?=[ \t]*(?:\n|$))"
                           r"|TEST\b[^\n;]*(?=\n|$)|CASE\b[^\n;]*:(?=[ \t]*(?:\n|$))|DEFAULT\s*:"
                           r"|(?:ELSE|ENDIF|ENDWHILE|ENDFOR|ENDTEST|ERROR|UNDO|BACKWARD)(?=[ \t]*(?:\n|$)))",
                           re.IGNORECASE)
        while i < n:
            m = block.match(text, i)
            if m:
                out.append((m.start(1), m.group(1).strip()))
                i = m.end()
                continue
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j >= n:
                break
            start = j
            depth = 0
            stack: list[int] = []
            while j < n:
                c = text[j]
                if c == '"':
                    j = text.find('"', j + 1) + 1
                    continue
                if c in "[(":
                    depth += 1
                    stack.append(j)
                elif c in "])":
                    depth -= 1
                    if depth < 0:
                        raise self.src.error(j, f"unbalanced '{c}'")
                    stack.pop()
                elif c == ";" and depth == 0:
                    break
                elif c == "\n" and depth == 0:
                    before = text[start:j].rstrip()
                    after = text[j:].lstrip()
                    if (before and (before[-1].isalnum() or before[-1] in "])\"") and after[:1].isalpha()
                            and not re.match(r"IF\b", before, re.I)  # compact IF: condition, then statement
                            and not re.match(r"(AND|OR|XOR|DIV|MOD)\b", after, re.I)  # expression goes on
                            and not re.search(r"\b(AND|OR|XOR|NOT|DIV|MOD)$", before, re.I)):
                        raise self.src.error(start + len(before), "missing ';' at the end of the statement")
                j += 1
            if depth > 0:
                raise self.src.error(stack[-1], "unclosed bracket")
            if j >= n:
                raise self.src.error(start, "statement without ';'")
            out.append((start, text[start:j]))
            i = j + 1
        return out


def _split_top(text: str, offset: int, sep: str) -> list[tuple[str, int]]:
    """Split at top-level separators; returns (stripped part, offset of its first character)."""
    parts = []
    depth = 0
    start = 0
    in_str = False
    for k, c in enumerate(text):
        if c == '"':
            in_str = not in_str
        elif in_str:
            continue
        elif c in "[(":
            depth += 1
        elif c in "])":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append((text[start:k], start))
            start = k + 1
    parts.append((text[start:], start))
    out = []
    for part, s in parts:
        lead = len(part) - len(part.lstrip())
        out.append((part.strip(), offset + s + lead))
    return out


_NUM = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def _literal(text: str, offset: int, src: common.Source) -> Any:
    """Nested RAPID aggregate -> python lists of float / bool / str."""
    text = text.strip()
    if text.startswith("["):
        if not text.endswith("]"):
            raise src.error(offset, "aggregate must end with ']'")
        inner = text[1:-1]
        if not inner.strip():
            return []
        return [_literal(p, o, src) for p, o in _split_top(inner, offset + 1, ",")]
    if text.upper() in ("TRUE", "FALSE"):
        return text.upper() == "TRUE"
    if text.startswith('"') and text.endswith('"'):
        return text[1:-1]
    if _NUM.fullmatch(text):
        return float(text)
    raise src.error(offset, f"expected a number, TRUE/FALSE, a string or [...], got {text[:30]!r}")


def _shape(value: Any, layout: tuple[Any, ...], what: str, src: common.Source, offset: int) -> None:
    """Check nested field counts: layout entries are int (a list of that many numbers) or None (scalar)."""
    if not isinstance(value, list) or len(value) != len(layout):
        n = len(value) if isinstance(value, list) else 1
        raise src.error(offset, f"{what} must have {len(layout)} fields, got {n}")
    for k, (v, lay) in enumerate(zip(value, layout, strict=True)):
        if lay is None:
            if isinstance(v, list):
                raise src.error(offset, f"{what} field {k + 1} must be a single value")
        elif isinstance(lay, tuple):
            _shape(v, lay, f"{what} field {k + 1}", src, offset)
        elif not isinstance(v, list) or len(v) != lay:
            raise src.error(offset, f"{what} field {k + 1} must be a list of {lay} values")


_POSE = (3, 4)
_LAYOUTS = {
    "robtarget": (3, 4, 4, 6),
    "jointtarget": (6, 6),
    "tooldata": (None, _POSE, (None, 3, 4, None, None, None)),
    "wobjdata": (None, None, None, _POSE, _POSE),
    "seamdata": (None, None, 9, None, None, None, None, None, 9, None, None, 9, None, None, 9, None),
    "welddata": (None, None, 9, 9),
    "weavedata": (None,) * 15,
    "speeddata": (None,) * 4,
}


def _X(pose: list[Any]) -> np.ndarray:
    return X_from_xyz_quat_wxyz(np.asarray(pose[0]) * 1e-3, np.asarray(pose[1]))


class _Module:
    def __init__(self, src: common.Source) -> None:
        self.src = src
        self.data: dict[str, tuple[str, Any, int]] = {}  # lower name -> (type, value, offset)
        self.procs: dict[str, list[tuple[int, str]]] = {}
        self.name = ""
        parser = _Parser(src)
        current: list[tuple[int, str]] | None = None
        decl = re.compile(r"(?:LOCAL\s+)?(?:TASK\s+)?(CONST|PERS|VAR)\s+(\w+)\s+(\w+)\s*(:=)?", re.IGNORECASE)
        for off, st in parser.statements():
            head = st.split(None, 1)[0].upper() if st.strip() else ""
            if head == "MODULE":
                self.name = st.split()[1] if len(st.split()) > 1 else ""
                continue
            if head in ("ENDMODULE",):
                continue
            if head in ("PROC", "LOCAL", "FUNC", "TRAP") and re.match(r"(LOCAL\s+)?(PROC|FUNC|TRAP)\b", st, re.I):
                m = re.match(r"(?:LOCAL\s+)?(?:PROC|FUNC\s+\w+|TRAP)\s+(\w+)", st, re.IGNORECASE)
                if not m:
                    raise src.error(off, "malformed routine header")
                current = []
                self.procs[m.group(1).lower()] = current
                continue
            if head in ("ENDPROC", "ENDFUNC", "ENDTRAP"):
                current = None
                continue
            m = decl.match(st)
            if m and current is None:
                dtype, dname = m.group(2).lower(), m.group(3)
                value = None
                if m.group(4):
                    vtext = st[m.end():]
                    voff = off + m.end() + (len(vtext) - len(vtext.lstrip()))
                    if dtype in _LAYOUTS:
                        value = _literal(vtext, voff, src)
                        _shape(value, _LAYOUTS[dtype], f"{dtype} {dname}", src, voff)
                self.data[dname.lower()] = (dtype, value, off)
                continue
            if current is None:
                raise src.error(off, f"statement outside a routine: {st.split(None, 1)[0][:30]!r}")
            current.append((off, st))

    def lookup(self, name: str, dtype: str, offset: int) -> Any:
        entry = self.data.get(name.lower())
        if entry is None:
            raise self.src.error(offset, f"unknown {dtype} '{name}'")
        if entry[0] != dtype:
            raise self.src.error(offset, f"'{name}' is a {entry[0]}, expected {dtype}")
        if entry[1] is None:
            raise self.src.error(offset, f"{dtype} '{name}' has no value")
        return entry[1]


_MOVE_ARGS = {"movej": 4, "movel": 4, "moveabsj": 4, "moveextj": 3, "arclstart": 6, "arcl": 6, "arclend": 6,
              "movec": 5, "arccstart": 7, "arcc": 7, "arccend": 7}
# A circular instruction is its linear counterpart with the CirPoint in front (docs/references.md#controllers-2-2).
_LINEAR_OF = {"movec": "movel", "arccstart": "arclstart", "arcc": "arcl", "arccend": "arclend"}


def _target(mod: _Module, text: str, off: int, dtype: str) -> tuple[Any, str]:
    src = mod.src
    if text.startswith("["):
        value = _literal(text, off, src)
        _shape(value, _LAYOUTS[dtype], dtype, src, off)
        return value, ""
    m = re.fullmatch(r"Offs\s*\((.*)\)", text, re.IGNORECASE | re.DOTALL)
    if m and dtype == "robtarget":
        args = _split_top(m.group(1), off + text.index("(") + 1, ",")
        if len(args) != 4:
            raise src.error(off, "Offs needs (robtarget, x, y, z)")
        base, name = _target(mod, args[0][0], args[0][1], dtype)
        try:
            d = [float(a) for a, _ in args[1:]]
        except ValueError:
            raise src.error(args[1][1], "Offs offsets must be numbers") from None
        value = [list(base[0]), base[1], base[2], base[3]]
        value[0] = [base[0][k] + d[k] for k in range(3)]
        return value, name
    if not _IDENT.fullmatch(text):
        raise src.error(off, f"expected a {dtype} name, got {text[:30]!r}")
    return mod.lookup(text, dtype, off), text


def _speed_mm_s(mod: _Module, text: str, off: int) -> float | None:
    m = re.fullmatch(r"v(\d+)", text, re.IGNORECASE)
    if m and text.lower() not in mod.data:
        return float(m.group(1))
    if text.lower() == "vmax":
        return None
    return float(mod.lookup(text, "speeddata", off)[0])


def _blend_m(mod: _Module, zone: tuple[str, int], z_opt: tuple[str, int] | None) -> float:
    """Blend radius (m) of a zone argument: 0 for fine (and zonedata with finep TRUE), zNN its radius, a
    declared zonedata its pzone_tcp; \\Z:= overrides the radius."""
    text = zone[0].strip()
    if z_opt is not None:
        try:
            return float(z_opt[0]) * 1e-3
        except ValueError:
            raise mod.src.error(z_opt[1], "\\Z must be a number (mm)") from None
    if text.lower() == "fine":
        return 0.0
    m = re.fullmatch(r"z(\d+)", text, re.IGNORECASE)
    if m and text.lower() not in mod.data:
        return max(float(m.group(1)), 0.3) * 1e-3  # z0 is a 0.3 mm zone, not a stop
    zd = mod.lookup(text, "zonedata", zone[1])
    if zd[0] is True or str(zd[0]).upper() == "TRUE":
        return 0.0
    return float(zd[1]) * 1e-3


def _weld_settings(mod: _Module, seam: tuple[str, int], weld: tuple[str, int], weave: tuple[str, int] | None
                   ) -> WeldSettings:
    sd = mod.lookup(seam[0], "seamdata", seam[1])
    wd = mod.lookup(weld[0], "welddata", weld[1])
    arc = wd[2]
    speed = wd[0] * 1e-3
    wv = None
    if weave is not None:
        wvd = mod.lookup(weave[0], "weavedata", weave[1])
        shape, length_mm, width_mm = int(wvd[0]), wvd[2], wvd[3]
        if shape != 0 and length_mm > 0:
            wv = (_WEAVE_NAMES.get(shape, "zigzag"), width_mm * 1e-3, speed / (length_mm * 1e-3))
    return WeldSettings(travel_speed_m_s=speed, wire_feed_m_min=arc[3], voltage_v=arc[2], current_a=arc[5],
                        arc_start_s=sd[1] + sd[3], arc_end_s=sd[10], weave=wv)


# Statements the reader does not execute: loops and branches (their conditions are run-time values) and the
# handlers that run only on an error / undo / backward execution.
_CONTROL_FLOW = frozenset({"if", "elseif", "else", "endif", "while", "endwhile", "for", "endfor", "test", "case",
                           "default", "endtest", "goto"})
_HANDLERS = frozenset({"error", "undo", "backward"})


def read(files: dict[str, str], robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
         ) -> MoveProgram:
    """MoveProgram from a RAPID module (the first .mod/.modx/.sys file with a PROC main).

    Reads MoveAbsJ (joint values), MoveJ / MoveL / MoveC / ArcL(C)Start / ArcL(C) / ArcL(C)End with robtargets
    (named, literal or Offs(...)); circular moves are read as points along the circle (common.arc_poses); joint
    solutions come from confdata-matched IK. Other instructions are skipped.
    Raises ProgramSyntaxError(file, line, column, message).
    """
    it = Interpreter(options, {})
    mods = []
    for fname, text in files.items():
        if LANGUAGE.takes(fname) or re.search(r"^\s*MODULE\b", text, re.I | re.M):
            mods.append(_Module(common.Source(fname, text)))
    if not mods:
        raise common.ProgramSyntaxError(next(iter(files), "?"), 1, 1, "no RAPID module found")
    mod = next((m for m in mods if "main" in m.procs), None)
    if mod is None:
        raise common.ProgramSyntaxError(mods[0].src.name, 1, 1, "no PROC main() found")
    src = mod.src
    first_frames: dict[str, np.ndarray] = {}
    # the last robtarget moved to: an ArcLStart there strikes the arc on the spot
    state: dict[str, Any] = {"last_target": None}

    positioner = it.opt.get("positioner")

    def frames(tool_arg: tuple[str, int], wobj_arg: tuple[str, int] | None
               ) -> tuple[np.ndarray | None, np.ndarray, np.ndarray | None]:
        """(X_BP, X_FT, X_FP): a work object that moves with a mechanical unit (ufprog FALSE, ufmec named) is
        X_FP, uframe then oframe on the unit's face plate, its X_BP None (the positioner's FK places it)."""
        td = mod.lookup(tool_arg[0], "tooldata", tool_arg[1])
        X_FT = _X(td[1])
        X_FP = None
        if wobj_arg is None or wobj_arg[0].lower() == "wobj0":
            X_BP: np.ndarray | None = np.eye(4)
        else:
            wd = mod.lookup(wobj_arg[0], "wobjdata", wobj_arg[1])
            if wd[1] is False and str(wd[2]).strip():
                if positioner is None:
                    raise src.error(wobj_arg[1], f"work object {wobj_arg[0]} moves with mechanical unit "
                                    f"'{wd[2]}': give the positioner to read it")
                X_BP, X_FP = None, _X(wd[3]) @ _X(wd[4])
            else:
                X_BP = _X(wd[3]) @ _X(wd[4])
        first_frames.setdefault("X_FT", X_FT)
        if wobj_arg is not None and X_BP is not None:
            first_frames.setdefault("X_BP", X_BP)
        return X_BP, X_FT, X_FP

    def ext_of(extax: list[Any]) -> np.ndarray | None:
        # the positioner's axes: the used extjoint values (9E+09 marks an unused axis); ignored without one
        if positioner is None:
            return None
        used = [float(v) for v in extax if abs(float(v)) < _UNUSED / 10]
        return np.radians(used) if used else None

    def run(proc: str) -> None:
        for off, st in mod.procs[proc]:
            m = re.match(r"(\w+)", st)
            if not m:
                raise src.error(off, f"cannot read statement {st[:30]!r}")
            instr = m.group(1).lower()
            rest = st[m.end():]
            rest_off = off + m.end()
            if instr in _HANDLERS:
                # error / undo / backward handlers do not run in the normal flow: the routine ends here
                it.unsupported(src.error(off, f"{m.group(1)}: handler not executed by the weldplan reader"))
                return
            if instr in _CONTROL_FLOW:
                it.control_flow(src, off, m.group(1))
                continue
            if instr in mod.procs and not rest.strip():
                it.call(instr, run, (src.name, *src.position(off)))
                continue
            if instr == "velset":
                # VelSet Override, Max: a program speed override (%) on every following move
                vargs = _split_top(rest, rest_off, ",")
                try:
                    override = float(vargs[0][0])
                except (ValueError, IndexError):
                    raise src.error(rest_off, "VelSet needs a numeric override (%)") from None
                it.set_override(override, src, vargs[0][1], "VelSet override")
                continue
            if instr not in _MOVE_ARGS:
                continue
            # e.g. a target held in a variable without a value raises: the unsupported policy decides
            it.attempt(move, off, m.group(1), instr, rest, rest_off)

    def move(off: int, word: str, instr: str, rest: str, rest_off: int) -> None:
        args = _split_top(rest, rest_off, ",")
        pos: list[tuple[str, int]] = []
        opts: dict[str, tuple[str, int]] = {}
        for a, aoff in args:
            pieces = _split_top(a, aoff, "\\")
            if pieces[0][0]:
                pos.append(pieces[0])
            for p, poff in pieces[1:]:
                k, _, v = p.partition(":=")
                opts[k.strip().lower()] = (v.strip(), poff + len(k) + 2)
        if len(pos) != _MOVE_ARGS[instr]:
            raise src.error(off, f"{word} takes {_MOVE_ARGS[instr]} arguments, got {len(pos)}")
        if any(not p for p, _ in pos):
            raise src.error(off, f"{word}: empty argument")
        via = None
        if instr in _LINEAR_OF:
            via_value, _ = _target(mod, pos[0][0], pos[0][1], "robtarget")
            try:
                via = (_X(via_value), poses.abb_keys([int(round(c)) for c in via_value[2]])[0])
            except ValueError as exc:
                raise src.error(pos[0][1], f"confdata of {pos[0][0]}: {exc}") from None
            instr, pos = _LINEAR_OF[instr], pos[1:]
        where = (src.name, *src.position(pos[0][1]))
        blend = _blend_m(mod, pos[-1] if instr == "moveextj" else pos[-2], opts.get("z"))
        if instr == "moveextj":
            # MoveExtJ ToJointPos, Speed, Zone: the external axes alone; the robot stands
            value, name = _target(mod, pos[0][0], pos[0][1], "jointtarget")
            ext = ext_of(value[1])
            if ext is None:
                raise src.error(pos[0][1], "MoveExtJ moves external axes: give the positioner to read it")
            it.move(common.RawMove("joint", where, name=name or "jointtarget", blend_m=blend, ext_q=ext, stand=True))
            state["last_target"] = None
            return
        X_BP, X_FT, X_FP = frames(pos[-1], opts.get("wobj"))
        if instr == "moveabsj":
            value, name = _target(mod, pos[0][0], pos[0][1], "jointtarget")
            it.move(common.RawMove("joint", where, q_ctrl=np.radians(value[0]), name=name or "jointtarget", X_FT=X_FT,
                            blend_m=blend, ext_q=ext_of(value[1])))
            state["last_target"] = None
            return
        value, name = _target(mod, pos[0][0], pos[0][1], "robtarget")
        try:
            keys = poses.abb_keys([int(round(c)) for c in value[2]])[0]
        except ValueError as exc:
            raise src.error(pos[0][1], f"confdata of {pos[0][0]}: {exc}") from None
        target_id = (name.lower(), tuple(map(tuple, value[0:2])))
        if instr == "arclstart" and state["last_target"] == target_id and via is None:
            return  # arc started on the spot (no approach motion)
        raw = common.RawMove("joint" if instr == "movej" else "linear", where, X_PT=_X(value), keys=keys, name=name,
                      X_BP=X_BP, X_FT=X_FT, blend_m=blend, ext_q=ext_of(value[3]), X_FP=X_FP)
        if via is not None:
            raw.X_PT_via, raw.via_keys = via
        state["last_target"] = target_id
        if instr in ("arcl", "arclend"):
            # the weld instructions state their seam / weld data: the arc burns along them
            it.arc_move(raw, _weld_settings(mod, pos[2], pos[3], opts.get("weave")))
            return
        v_opt = opts.get("v") if instr == "movel" else None
        speed = float(v_opt[0]) if v_opt else None if instr == "movej" else _speed_mm_s(mod, pos[1][0], pos[1][1])
        it.move(raw, None if speed is None else speed * 1e-3)

    it.call("main", run, (src.name, 1, 1))
    X_BP = first_frames.get("X_BP", np.eye(4))
    X_FT = first_frames.get("X_FT", tool.X_FT)
    return it.finish(robot, tool, X_BP, X_FT, LANGUAGE.vendor, mod.name or "weldplan")


