"""Universal Robots URScript writer and reader (docs/references.md#controllers-6): def/end, set_tcp, joint targets in
rad, poses p[x, y, z, rx, ry, rz] in metres with rotation vectors, movej / movel / movep.

URScript has no work objects: the part frame is a pose variable and targets are written as
pose_trans(part_frame, target). Arc on/off goes through configurable outputs (option "arc_output", a
digital output; "wire_feed_output" / "voltage_output", analog outputs scaled to a full-scale value).
The robot dwells with sleep(arc_start_s) after arc on and sleep(arc_end_s) before arc off. URScript has
no weaving: the weave stays a comment (generate it as path geometry or use the power source's URCap).
Linear targets carry no configuration: the reader takes the IK solution nearest the previous joints, as
the controller's movel does.
"""

from __future__ import annotations

import math
import re
from typing import Any, cast

import numpy as np

from kinematics.se3 import X_from_R_p
from planning.moves import Move, MoveProgram, WeldSettings
from planning.timing_linear import TCP_ACCEL_M_S2
from programs import common, poses
from programs.common import fmt
from programs.interpret import Interpreter
from programs.module import Language
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["DEFAULT_OPTIONS", "LANGUAGE", "read", "write"]

# URScript sets its TCP and part frame as poses; weld values are analog outputs and timers; .txt alone does not
# tell the language
LANGUAGE = Language("ur_script", "ur", (".script", ".urscript", ".txt"),
                    re.compile(r"^\s*def\s+\w+\s*\(\s*\)\s*:", re.M), detect_extensions=(".script", ".urscript"))
DEFAULT_OPTIONS: dict[str, Any] = {
    "name": None,
    # movej v / a: None = the robot's slowest joint limit (times move.joint_speed for v), what the plan timed
    "joint_speed_rad_s": None,
    "joint_accel_rad_s2": None,
    # movel / movep a: the plan's TCP acceleration of linear moves (planning.timing_linear.TCP_ACCEL_M_S2)
    "linear_accel_m_s2": TCP_ACCEL_M_S2,
    "weld_accel_m_s2": TCP_ACCEL_M_S2,
    "air_speed_m_s": 0.25,
    "collinear_tolerance_mm": common.COLLINEAR_TOLERANCE_MM,
    # arc-established signal of the power source: (kind, index) of a digital input, or None; the program waits
    # for it after switching the arc on and stops with a message when it does not come within the timeout
    "arc_established_input": ("standard_digital", 0),
    "arc_established_timeout_s": 2.0,
    "arc_output": ("standard_digital", 0),  # (kind, index): standard_digital | tool_digital | configurable_digital
    "wire_feed_output": ("standard_analog", 0, 20.0),  # (kind, index, m/min at 1.0) or None
    "voltage_output": ("standard_analog", 1, 50.0),  # (kind, index, V at 1.0) or None
}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PREFIX = {"home": "jHome", "air": "pAir", "approach": "pApp", "weld": "pW", "retract": "pRet"}
_DIGITAL = {"standard_digital": "set_standard_digital_out", "tool_digital": "set_tool_digital_out",
            "configurable_digital": "set_configurable_digital_out"}
_ANALOG = {"standard_analog": "set_standard_analog_out"}


def _pose(X: np.ndarray) -> str:
    p = X[:3, 3]
    r = poses.rotvec_from_R(X[:3, :3])
    return "p[" + ", ".join(fmt(v, 7) for v in (*p, *r)) + "]"


_DIGITAL_IN = {"standard_digital": "get_standard_digital_in", "tool_digital": "get_tool_digital_in",
               "configurable_digital": "get_configurable_digital_in"}


def _arc_wait(opt: dict[str, Any], arc_off: str) -> list[str]:
    """Lines that wait for the arc-established input after the arc is switched on; past the timeout the
    program switches the arc output off, shows why and halts, so the robot never travels along the seam
    without an arc."""
    if opt["arc_established_input"] is None:
        return []
    kind, idx = opt["arc_established_input"]
    timeout = float(opt["arc_established_timeout_s"])
    if kind not in _DIGITAL_IN or not (timeout > 0 and math.isfinite(timeout)):
        raise ValueError(f"ur_script: arc_established_input kind must be one of {sorted(_DIGITAL_IN)} and "
                         f"arc_established_timeout_s a positive number")
    return ["  arc_wait_s = 0",
            f"  while not {_DIGITAL_IN[kind]}({int(idx)}):",
            f"    if arc_wait_s > {fmt(timeout, 3)}:",
            f"      {arc_off}",
            f'      popup("weldplan: no arc-established signal on input {int(idx)} within {fmt(timeout, 3)} s", '
            '"Arc start", error=True, blocking=True)',
            "      halt",
            "    end",
            "    sync()",
            "    arc_wait_s = arc_wait_s + get_steptime()",
            "  end"]


def _blend_radii(moves: list[Move]) -> list[float]:
    """Blend radius r (m) of every move: its blend_m, cut to 0.45 of the shorter TCP segment next to the
    target (URScript stops a program whose blend radii overlap: "blend radius too large"), 0 at a stop and at
    the last move."""
    p = np.array([np.asarray(m.X_PT)[:3, 3] for m in moves])
    seg = np.linalg.norm(np.diff(p, axis=0), axis=1)
    out = []
    for i, m in enumerate(moves):
        if not m.blend_m or i == 0 or i + 1 >= len(moves):
            out.append(0.0)
            continue
        r = min(m.blend_m, 0.45 * min(seg[i - 1], seg[i]))
        out.append(max(r, 1e-6))  # still a blend: r=0 would stop the robot at the point
    return out


def write(program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
          ) -> dict[str, str]:
    """{"<name>.script": text}: one URScript program (no splitting: URScript has no point limit)."""
    opt, w = common.prepare(program, robot, tool, options, DEFAULT_OPTIONS, LANGUAGE.controller)
    program, q_all, circles, vias = w.program, w.q, w.circles, w.vias
    q_ctrl = poses.controller_joints(robot, q_all)
    # URScript names have no length limit
    name, ok = common.program_name(opt["name"], program, "weldplan", _IDENT, 10**6)
    name = name if ok else "weldplan"
    moves = program.moves
    arc_kind, arc_idx = opt["arc_output"]
    if arc_kind not in _DIGITAL:
        raise ValueError(f"ur_script: arc_output kind must be one of {sorted(_DIGITAL)}")
    for key in ("wire_feed_output", "voltage_output"):
        if opt[key] is not None and (opt[key][0] not in _ANALOG or not opt[key][2] > 0):
            raise ValueError(f"ur_script: {key} must be (standard_analog, index, positive full scale) or None")
    counters: dict[str, int] = {}
    fallback = []
    for m in moves:
        prefix = "j" + _PREFIX.get(m.role, "pAir")[1:] if m.kind == "joint" else _PREFIX.get(m.role, "pAir")
        counters[prefix] = counters.get(prefix, 0) + 1
        fallback.append(f"{prefix}{counters[prefix]}")
    values = [("[" + ", ".join(fmt(v, 8) for v in q_ctrl[i]) + "]") if m.kind == "joint" else _pose(m.X_PT)
              for i, m in enumerate(moves)]
    names = common.unique_names([m.name for m in moves], fallback, _IDENT, 64, values)
    out = [f"def {name}():"]
    out.append(f"  # weldplan program '{program.name}': robot {robot.id}, tool {tool.id}, {len(moves)} moves")
    out.append(f"  set_tcp({_pose(program.X_FT)})")
    if tool.mass_kg is not None:
        # the torch's payload (tool.yaml): set_payload(mass kg, centre of gravity m in the tool flange frame)
        cog = tool.com_m if tool.com_m is not None else np.zeros(3)
        out.append(f"  set_payload({fmt(tool.mass_kg, 3)}, [{', '.join(fmt(v, 6) for v in cog)}])")
    out.append(f"  part_frame = {_pose(program.X_BP)}")
    declared = set()
    for nm, v in zip(names, values, strict=True):
        if nm not in declared:
            declared.add(nm)
            out.append(f"  {nm} = {v}")
    digital = _DIGITAL[arc_kind]
    v_joint = float(np.min(robot.max_speed))
    ja = fmt(opt["joint_accel_rad_s2"] if opt["joint_accel_rad_s2"] is not None else float(np.min(robot.max_accel)), 4)
    radii = _blend_radii(moves)
    for i, m in enumerate(moves):
        if i in vias:
            continue  # the pose_via of the movec that ends at the next target
        nm = names[i]
        nxt_arc = i + 1 < len(moves) and moves[i + 1].arc
        r_i = fmt(radii[i], 6)
        if m.kind == "joint":
            jv = fmt(opt["joint_speed_rad_s"] if opt["joint_speed_rad_s"] is not None else v_joint * m.joint_speed, 4)
            out.append(f"  movej({nm}, a={ja}, v={jv}, r={r_i})")
            continue
        target = f"pose_trans(part_frame, {nm})"
        # movec(pose_via, pose_to, a, v, r, mode=0): the circle from the current pose through pose_via's position,
        # the orientation interpolated from the current pose to pose_to (docs/references.md#controllers-9)
        instr, mode = "movep", ""
        if i in circles:
            target = f"pose_trans(part_frame, {names[circles[i]]}), {target}"
            instr, mode = "movec", ", mode=0"
        if m.arc:
            if i == 0 or not (moves[i - 1].arc or moves[i - 1].kind == "linear"):
                raise ValueError(f"moves[{i}]: an arc must follow a linear approach move")
            out.append(f"  {instr}({target}, a={fmt(opt['weld_accel_m_s2'], 4)}, "
                       f"v={fmt(common.arc_weld(m).travel_speed_m_s, 6)}, r={r_i}{mode})")
            if not nxt_arc:
                out.append(f"  sleep({fmt(common.arc_weld(m).arc_end_s, 4)})")
                out.append(f"  {digital}({arc_idx}, False)")
                out.append("  # arc off")
        else:
            out.append(f"  {'movec' if mode else 'movel'}({target}, a={fmt(opt['linear_accel_m_s2'], 4)}, "
                       f"v={fmt(m.speed_m_s or opt['air_speed_m_s'], 6)}, r={r_i}{mode})")
            if nxt_arc:
                ws = common.arc_weld(moves[i + 1])
                weave = (f" weave {ws.weave[0]} {fmt(ws.weave[1] * 1e3, 3)} mm {fmt(ws.weave[2], 3)} Hz"
                         if ws.weave else "")
                out.append(f"  # weld {fmt(ws.travel_speed_m_s * 1e3, 3)} mm/s {fmt(ws.voltage_v, 2)} V "
                           f"{fmt(ws.current_a, 1)} A {fmt(ws.wire_feed_m_min, 3)} m/min{weave}")
                for key, value in (("wire_feed_output", ws.wire_feed_m_min), ("voltage_output", ws.voltage_v)):
                    if opt[key] is not None:
                        kind, idx, full = opt[key]
                        out.append(f"  {_ANALOG[kind]}({idx}, {fmt(value / full, 6)})")
                out.append(f"  {digital}({arc_idx}, True)")
                out += _arc_wait(opt, f"{digital}({arc_idx}, False)")
                out.append(f"  sleep({fmt(ws.arc_start_s, 4)})")
    out.append("end")
    out.append(f"{name}()")
    return {f"{name}.script": "\n".join(out) + "\n"}


# ---------------------------------------------------------------------------------------------- read



class _Expr:
    """Tiny evaluator for URScript values: numbers, [..], p[..], names, pose_trans(a, b), d2r(x)."""

    def __init__(self, text: str, offset: int, src: common.Source, env: dict[str, Any]) -> None:
        self.text, self.offset, self.src, self.env = text, offset, src, env
        self.i = 0

    def err(self, msg: str) -> common.ProgramSyntaxError:
        return self.src.error(self.offset + self.i, msg)

    def peek(self) -> str:
        j = self.i
        while j < len(self.text) and self.text[j] in " \t":
            j += 1
        return self.text[j : j + 2] if self.text[j : j + 2] == "p[" else self.text[j : j + 1]

    def expect(self, ch: str) -> None:
        while self.i < len(self.text) and self.text[self.i] in " \t":
            self.i += 1
        if self.text[self.i : self.i + len(ch)] != ch:
            raise self.err(f"expected '{ch}'")
        self.i += len(ch)

    def value(self) -> Any:
        while self.i < len(self.text) and self.text[self.i] in " \t":
            self.i += 1
        t = self.text[self.i :]
        if t.startswith("p["):
            self.i += 2
            items = self.items("]")
            if len(items) != 6 or not all(isinstance(v, float) for v in items):
                raise self.err("a pose p[...] has 6 numbers")
            return ("pose", X_from_R_p(poses.R_from_rotvec(items[3:]), np.asarray(items[:3])), None)
        if t.startswith("["):
            self.i += 1
            items = self.items("]")
            if not all(isinstance(v, float) for v in items):
                raise self.err("a list holds numbers")
            return items
        m = re.match(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", t)
        if m:
            self.i += m.end()
            return float(m.group(0))
        m = re.match(r"[A-Za-z_]\w*", t)
        if m:
            name = m.group(0)
            start = self.i
            self.i += m.end()
            if self.peek() == "(":
                self.expect("(")
                args = self.items(")")
                if name == "pose_trans":
                    if len(args) != 2 or not all(isinstance(a, tuple) for a in args):
                        raise self.src.error(self.offset + start, "pose_trans takes two poses")
                    return ("pose", args[0][1] @ args[1][1], (args[0], args[1]))
                if name == "d2r" and len(args) == 1:
                    return math.radians(args[0])
                raise self.src.error(self.offset + start, f"unsupported function {name}() in a value")
            if name in ("True", "False"):
                return name == "True"
            if name not in self.env:
                raise self.src.error(self.offset + start, f"unknown name '{name}'")
            return self.env[name]
        raise self.err(f"cannot read value {t[:20]!r}")

    def items(self, close: str) -> list[Any]:
        out: list[Any] = []
        if self.peek() == close:
            self.expect(close)
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.expect(",")
                continue
            self.expect(close)
            return out


def _call_args(text: str, offset: int, src: common.Source, env: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments of 'f(a, b, k=v)' (text starts after '(')."""
    pos: list[Any] = []
    kw: dict[str, Any] = {}
    e = _Expr(text, offset, src, env)
    if e.peek() == ")":
        e.expect(")")
    else:
        while True:
            m = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", text[e.i :])
            if m:
                e.i += m.end()
                kw[m.group(1)] = e.value()
            else:
                if kw:
                    raise e.err("positional argument after keyword arguments")
                pos.append(e.value())
            if e.peek() == ",":
                e.expect(",")
                continue
            e.expect(")")
            break
    if text[e.i :].strip():
        raise e.err(f"unexpected text {text[e.i:].strip()[:20]!r}")
    return pos, kw


def read(files: dict[str, str], robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
         ) -> MoveProgram:
    """MoveProgram from a URScript program (the first file with a 'def'): movej to joint lists (or poses),
    movel / movep to poses (nearest IK to the previous joints), movec (mode 0) as points along its circle; arc
    on/off from the configured digital output, weld values from the analog outputs and the '# weld ...' comment.
    Raises ProgramSyntaxError."""
    it = Interpreter(options, {**DEFAULT_OPTIONS, "X_BP": None}, LANGUAGE.controller)
    opt = it.opt
    fname, text = next(((f, t) for f, t in files.items() if re.search(r"^\s*def\s+\w+\s*\(", t, re.M)),
                       (None, None))
    top_level = False
    if fname is None:
        # a script without a def runs its statements at file level (URScript sent to the controller's
        # script port, Polyscope X "final" scripts)
        fname, text = next(((f, t) for f, t in files.items() if f.lower().endswith((".script", ".urscript"))),
                           (None, None))
        if fname is None:
            raise common.ProgramSyntaxError(next(iter(files), "?"), 1, 1, "no URScript 'def' found")
        top_level = True
    assert text is not None  # found with its file name
    src = common.Source(fname, text)
    arc_fn = _DIGITAL.get(opt["arc_output"][0])
    arc_idx = int(opt["arc_output"][1])
    env: dict[str, Any] = {}
    # the TCP set_tcp set; the weld values the outputs, timers and '# weld' comments state; the last call
    st: dict[str, Any] = {"tcp": None, "weld": {}, "last": None, "pending_sleep": None}
    funcs: dict[str, list[tuple[int, str]]] = {}
    current: list[tuple[int, str]] | None = None
    main_name = None
    depth = 0
    if top_level:
        current = funcs["script"] = []
        main_name = "script"
    skip = 0
    for off, line in src.lines():
        code = line.split("#", 1)[0].rstrip()
        s = code.strip()
        lead = off + len(code) - len(code.lstrip())
        comment = line.split("#", 1)[1].strip() if "#" in line else ""
        if comment.startswith("weld ") and current is not None:
            current.append((lead, "#" + comment))
        if not s or (top_level and re.match(r"\$\s*\d+\b", s)):
            continue  # blank, or a Polyscope program-line marker ('$ 5 "ur-code"'): no effect on motion
        m = re.fullmatch(r"def\s+([A-Za-z_]\w*)\s*\(\s*\)\s*:", s)
        if m:
            if current is not None:
                raise src.error(lead, "nested def")
            current = []
            funcs[m.group(1)] = current
            main_name = main_name or m.group(1)
            depth = 1
            continue
        if skip:
            # inside a block that waits or checks (the arc-established wait): no motion may hide there
            if re.match(r"(if|while|thread|for)\b.*:$", s):
                skip += 1
            elif s == "end":
                skip -= 1
            elif re.match(r"(movej|movel|movep|movec|servoj|speedj|speedl)\s*\(", s):
                raise src.error(lead, "motion inside if/while is not supported by the weldplan reader")
            continue
        if re.match(r"(if|while)\b.*:$", s) and current is not None:
            skip = 1  # a wait or a check that stops the program: it takes no motion time in the replay
            continue
        if re.match(r"(if|while|thread|for)\b", s):
            it.control_flow(src, lead, s.split()[0])
            continue
        if s == "end":
            if current is None:
                raise src.error(lead, "'end' without 'def'")
            depth -= 1
            current = None
            continue
        if current is None:
            if re.fullmatch(r"[A-Za-z_]\w*\s*\(\s*\)", s):
                continue  # the call of the program at file level
            raise src.error(lead, "statement outside a def")
        current.append((lead, s))
    if current is not None and not top_level:
        raise src.error(len(src.text), "missing 'end'")
    if main_name is None:
        raise src.error(0, "no def")

    def make_weld(raw: common.RawMove) -> WeldSettings:
        w = st["weld"]
        # only linear moves burn the arc, and the reader refuses a linear move without v=
        return WeldSettings(travel_speed_m_s=cast(float, raw.speed_m_s), wire_feed_m_min=w.get("wire_feed", math.nan),
                            voltage_v=w.get("voltage", math.nan), current_a=w.get("current", math.nan),
                            arc_start_s=w.get("start", 0.0), arc_end_s=w.get("end", 0.0), weave=w.get("weave"))

    def run(fn: str) -> None:
        for off, s in funcs[fn]:
            if s.startswith("#weld "):
                wm = re.match(r"#weld\s+([\d.]+) mm/s\s+([\d.]+) V\s+([\d.]+) A\s+([\d.]+) m/min"
                              r"(?:\s+weave\s+(\w+)\s+([\d.]+) mm\s+([\d.]+) Hz)?", s)
                if wm:
                    st["weld"].update(current=float(wm.group(3)))
                    st["weld"].setdefault("wire_feed", float(wm.group(4)))
                    st["weld"].setdefault("voltage", float(wm.group(2)))
                    if wm.group(5):
                        st["weld"]["weave"] = (wm.group(5), float(wm.group(6)) * 1e-3, float(wm.group(7)))
                continue
            m = re.fullmatch(r"(?:global\s+|local\s+)?([A-Za-z_]\w*)\s*=\s*(.+)", s)
            if m and not re.match(r"[A-Za-z_]\w*\s*\(", s):
                env[m.group(1)] = _Expr(m.group(2), off + m.start(2), src, env).value()
                continue
            m = re.fullmatch(r"([A-Za-z_]\w*)\s*\((.*)", s)
            if not m:
                raise src.error(off, f"cannot read statement {s[:30]!r}")
            fname_ = m.group(1)
            args_off = off + m.start(2)
            if fname_ in funcs and m.group(2).strip() == ")":
                it.call(fname_, run, (src.name, *src.position(off)))
                continue
            if fname_ in ("movej", "movel", "movep", "movec", "set_tcp", "sleep") or fname_.startswith("set_"):
                pos, kw = _call_args(m.group(2), args_off, src, env)
            else:
                continue  # textmsg, popup, ...: no motion
            if fname_ == "set_tcp":
                if len(pos) != 1 or not isinstance(pos[0], tuple):
                    raise src.error(off, "set_tcp takes one pose")
                st["tcp"] = pos[0][1]
            elif fname_ == "sleep":
                if len(pos) != 1:
                    raise src.error(off, "sleep takes one number")
                if it.arc and st["last"] == "arc_on":
                    st["weld"]["start"] = pos[0]
                st["pending_sleep"] = pos[0]
                st["last"] = "sleep"
                continue
            elif fname_ == arc_fn and len(pos) == 2 and int(pos[0]) == arc_idx:
                if pos[1]:
                    it.arc_on(make_weld)
                    st["weld"].pop("start", None)
                    st["weld"].pop("end", None)
                    st["last"] = "arc_on"
                    continue
                if st["last"] == "sleep":
                    st["weld"]["end"] = st["pending_sleep"]
                it.arc_off()
                st["weld"] = {k: v for k, v in st["weld"].items() if k in ("wire_feed", "voltage")}
            elif fname_ == "set_standard_analog_out" and len(pos) == 2:
                for key, wkey in (("wire_feed_output", "wire_feed"), ("voltage_output", "voltage")):
                    o = opt[key]
                    if o is not None and int(pos[0]) == int(o[1]):
                        st["weld"][wkey] = float(pos[1]) * float(o[2])
            elif fname_ in ("movej", "movel", "movep", "movec"):
                motion(fname_, pos, kw, off)
            st["last"] = fname_

    def pose(target: Any, fn: str, off: int) -> tuple[np.ndarray, np.ndarray]:
        """(X_BP, X_PT) of a pose argument: pose_trans(frame, p) keeps the frame as the part frame."""
        if not isinstance(target, tuple):
            raise src.error(off, f"{fn} needs a pose p[...]")
        if target[2] is not None:
            return target[2][0][1], target[2][1][1]
        return np.eye(4), target[1]

    def motion(fn: str, pos: list[Any], kw: dict[str, Any], off: int) -> None:
        via = None
        if fn == "movec":
            # movec(pose_via, pose_to, ...): mode 0 interpolates the orientation to pose_to as the reader does;
            # mode 1 keeps it fixed to the circle's tangent
            if len(pos) != 2:
                raise src.error(off, "movec takes a via pose and a target pose")
            if int(kw.get("mode", 0)) != 0:
                raise src.error(off, "movec mode=1 (orientation fixed to the tangent) is not supported by the "
                                     "weldplan reader")
            via, pos = pose(pos[0], fn, off), pos[1:]
        if len(pos) != 1:
            raise src.error(off, f"{fn} takes one target")
        target = pos[0]
        where = (src.name, *src.position(off))
        kind = "joint" if fn == "movej" else "linear"
        m = re.match(r"\w+\(\s*(?:pose_trans\(\s*\w+\s*,\s*)?([A-Za-z_]\w*)", src.text[off:])
        name = m.group(1) if m else ""
        raw = common.RawMove(kind, where, name=name, X_FT=st["tcp"])
        joint_speed = 1.0
        if isinstance(target, list):
            if kind != "joint" or len(target) != 6:
                raise src.error(off, f"{fn} needs a pose p[...]" if kind != "joint" else "a joint target has 6 values")
            raw.q_ctrl = np.asarray(target)
        elif isinstance(target, tuple):
            if target[2] is not None:
                raw.X_BP, raw.X_PT = target[2][0][1], target[2][1][1]
            else:
                raw.X_BP, raw.X_PT = np.eye(4), target[1]
        else:
            raise src.error(off, f"{fn} target must be a pose or a joint list")
        if via is not None:
            assert raw.X_BP is not None  # movec takes poses: the pose branch above set the frame
            if not np.allclose(via[0], raw.X_BP):
                raise src.error(off, "movec: pose_via and pose_to must be in the same frame")
            raw.X_PT_via = via[1]
        # r > 0 blends into the next move; r = 0 (the default) stops at the target
        raw.blend_m = float(kw.get("r", 0.0))
        if raw.blend_m < 0:
            raise src.error(off, f"{fn}: r must be >= 0")
        if kind == "joint":
            # v: speed of the leading joint (rad/s), taken as a share of the slowest joint's limit
            v = float(kw.get("v", 1.05))
            if not v > 0:
                raise src.error(off, "movej: v must be > 0")
            joint_speed = min(1.0, v / float(np.min(robot.max_speed)))
        elif "v" not in kw:
            raise src.error(off, f"{fn} without v=")
        it.move(raw, float(kw["v"]) if kind == "linear" else None, joint_speed)

    it.call(main_name, run, (src.name, 1, 1))
    # URScript targets carry no configuration: vendor None takes the IK solution nearest the previous joints
    X_FT = st["tcp"] if st["tcp"] is not None else tool.X_FT
    return it.finish(robot, tool, opt["X_BP"], X_FT, None, main_name)

