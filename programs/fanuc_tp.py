"""FANUC TP ASCII (.LS, ArcTool) writer and reader (docs/references.md#controllers-4); a positioner is motion
group 2 (GP2 in every position, docs/references.md#controllers-10).

Sections /PROG /ATTR /APPL /MN /POS /END; J / L moves; Arc Start[n] / Arc End[n] and Weave <pattern>[n] /
Weave End as standalone lines; UFRAME_NUM / UTOOL_NUM; Cartesian /POS records (X Y Z mm, W P R deg,
CONFIG 'F|N U|D T|B, t1, t4, t6') and joint records (J1..J6 deg) for joint targets. Joint records are
pendant values: for robots with controller_coupling "fanuc_j2_j3" J3 = j3_model - j2_model
(docs/references.md#robots-8).

A .LS file cannot hold frame or weld-schedule values (they live in controller tables), so the writer
documents them in remark lines that its reader parses back and an operator can copy to the controller:
"! UF1 X .. Y ..", "! UT1 ..", "! AS1 ..V ..A ..M/MIN", "! AS1 SPD ..MM/S ..", "! WV1 <pattern> ..MM ..HZ"
(each at most 32 characters). Weld moves use WELD_SPEED (the schedule's speed) by default.
Long programs are split into parts of at most max_points_per_file points called from the main program.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from kinematics.se3 import X_from_R_p
from planning.moves import MoveProgram, WeldSettings
from programs import common, poses, remarks
from programs.interpret import Interpreter
from programs.module import Language
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["DEFAULT_OPTIONS", "LANGUAGE", "read", "write"]

# UTOOL_NUM 1-9, UFRAME_NUM 0-9 (0: the world frame) (writer option, lowest, highest); Arc Start[n] selects
# the controller's weld schedule n (its values only in remarks)
LANGUAGE = Language("fanuc_tp", "fanuc", (".ls",), re.compile(r"\A\s*/PROG\b"), process_data=("controller",),
                    numbered={"tool_number": ("utool", 1, 9), "frame_number": ("uframe", 0, 9)})
DEFAULT_OPTIONS: dict[str, Any] = {
    "name": None,  # program name (upper case)
    "joint_values_for": "home",  # "home" | "all" | "none": joint moves written as J1..J6 records
    "joint_speed_percent": None,  # J moves; None: the speed the plan timed (move.joint_speed)
    "collinear_tolerance_mm": common.COLLINEAR_TOLERANCE_MM,
    "air_speed_m_s": 0.25,
    # "explicit" (the planned mm/sec on every weld line) | "WELD_SPEED" (whatever the weld schedule holds)
    "weld_speed": "explicit",
    "weld_cnt": 100,  # CNT between weld points
    "uframe": 1,
    "utool": 1,
    "max_points_per_file": 500,
    "comment": "weldplan",
    # a positioner the moves' ext_q turn (planning.positioner.PositionerCell): motion group 2 (GP2 J1.. in each
    # position, group mask 1,1,*,*,*); GP1 Cartesian positions in the fixed user frame (the part where it is at the
    # program's start), each with the positioner's axes there; index moves are J moves of GP2. A program in which
    # the positioner turns while the robot moves (coordinated motion) has the COORD option on every L and C move:
    # the robot (follower) then runs its path relative to the positioner (leader)
    "positioner": None,
}
_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_WEAVE_TO_FANUC = {"triangle": "Sine", "zigzag": "Sine", "circle": "Circle"}


def _pos_record(n: int, uf: int, ut: int, joint: np.ndarray | None, X: np.ndarray | None, config: str,
                ext_deg: np.ndarray | None = None) -> list[str]:
    out = [f"P[{n}]{{", "   GP1:"]
    if joint is not None:
        d = np.degrees(joint)
        out.append(f"\tUF : {uf}, UT : {ut},\t")
        out.append(f"\tJ1= {d[0]:>13.6f} deg,\tJ2= {d[1]:>13.6f} deg,\tJ3= {d[2]:>13.6f} deg,")
        out.append(f"\tJ4= {d[3]:>13.6f} deg,\tJ5= {d[4]:>13.6f} deg,\tJ6= {d[5]:>13.6f} deg")
    else:
        assert X is not None  # a Cartesian record when there are no joints
        p = X[:3, 3] * 1e3
        wpr = poses.wpr_deg_from_R(X[:3, :3])
        f = [common.fmt_fixed(v, 3) for v in p] + [common.fmt_fixed(v, 4) for v in wpr]
        out.append(f"\tUF : {uf}, UT : {ut},\t\tCONFIG : '{config}',")
        out.append(f"\tX = {f[0]:>10}  mm,\tY = {f[1]:>10}  mm,\tZ = {f[2]:>10}  mm,")
        out.append(f"\tW = {f[3]:>10} deg,\tP = {f[4]:>10} deg,\tR = {f[5]:>10} deg")
    if ext_deg is not None:
        # the positioner as motion group 2: its axes in degrees (a GP2 block of joint values, as in the /POS of
        # multi-group ArcTool programs, docs/references.md#controllers-10)
        out[-1] += ","
        out.append("   GP2:")
        out.append(f"\tUF : {uf}, UT : {ut},")
        out.append("\t" + ",\t".join(f"J{k + 1}= {v:>13.6f} deg" for k, v in enumerate(ext_deg)))
    out.append("};")
    return out


def _weave_line(w: WeldSettings, weaves: dict[tuple[Any, ...], int]) -> str:
    assert w.weave is not None  # written only for weaving welds
    return f"Weave {_WEAVE_TO_FANUC.get(w.weave[0], 'Sine')}[{weaves[(w.weave, w.travel_speed_m_s)]}]"


def _attr(comment: str, line_count: int, groups: int = 1) -> list[str]:
    return ["/ATTR", "OWNER\t\t= MNEDITOR;", f'COMMENT\t\t= "{comment[:16]}";', "PROG_SIZE\t= 0;",
            "FILE_NAME\t= ;", "VERSION\t\t= 0;", f"LINE_COUNT\t= {line_count};", "MEMORY_SIZE\t= 0;",
            "PROTECT\t\t= READ_WRITE;", "TCD:  STACK_SIZE\t= 0,", "      TASK_PRIORITY\t= 50,",
            "      TIME_SLICE\t= 0,", "      BUSY_LAMP_OFF\t= 0,", "      ABORT_REQUEST\t= 0,",
            "      PAUSE_REQUEST\t= 0;",
            # the group mask: motion group 1 (the robot), and 2 (a positioner) where the program moves one
            "DEFAULT_GROUP\t= " + ",".join(["1"] * groups + ["*"] * (5 - groups)) + ";",
            "CONTROL_CODE\t= 00000000 00000000;"]


def _assemble(name: str, comment: str, mn: list[str], pos: list[str], groups: int = 1) -> str:
    lines = [f"/PROG  {name}"] + _attr(comment, len(mn), groups)
    lines += ["/APPL", "  ARC : TRUE ;", "  ARC Welding Equipment : 1,*,*,*,*;", "/MN"]
    for k, instr in enumerate(mn, start=1):
        if instr[:2] == "C ":
            # circular: the via point on the numbered line, the target on an unnumbered continuation line
            # (docs/references.md#controllers-4-1)
            via, _, rest = instr.partition("\n")
            lines += [f"{k:>4}:{via}    ", f"    :  {rest}    ;"]
        elif instr[:2] in ("J ", "L "):
            lines.append(f"{k:>4}:{instr}    ;")
        else:
            lines.append(f"{k:>4}:  {instr} ;")
    lines += ["/POS"] + pos + ["/END"]
    return "\n".join(lines) + "\n"


def _weld_speed_text(speed_m_s: float) -> str:
    """A weld speed as TP writes it: whole mm/sec, or whole cm/min where that is closer (at 8 mm/s a whole
    mm/sec is up to 6 % off, a whole cm/min under 1.1 %; the controller's replay of the plan depends on it)."""
    mm_s = max(1, round(speed_m_s * 1e3))
    cm_min = max(1, round(speed_m_s * 6e3))
    if abs(cm_min / 6e3 - speed_m_s) < abs(mm_s * 1e-3 - speed_m_s) - 1e-12:
        return f"{cm_min}cm/min"
    return f"{mm_s}mm/sec"


def write(program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
          ) -> dict[str, str]:
    """{"<NAME>.LS": text} (plus "<NAME>_<k>.LS" parts called from the main program for long programs)."""
    opt, w = common.prepare(program, robot, tool, options, DEFAULT_OPTIONS, LANGUAGE.controller)
    program, q_all, circles, vias = w.program, w.q, w.circles, w.vias
    name, ok = common.program_name(opt["name"], program, "WELDPLAN", _NAME, 32, upper=True)
    if not ok:
        raise ValueError(f"fanuc_tp: program name {name!r} must be upper-case letters, digits and '_' "
                         "(at most 32; older controllers allow 8)")
    moves = program.moves
    uf, ut = int(opt["uframe"]), int(opt["utool"])
    use_joint = w.joint_records(opt["joint_values_for"])
    # an index move: J to the robot's joints where it stands, group 2 to the positioner's new axes
    use_joint = [j or m.role == "index" for j, m in zip(use_joint, moves, strict=True)]
    positioner = opt["positioner"]
    groups = 1 if positioner is None else 2
    # COORD (FANUC Coordinated Motion option): the follower's TCP path and speed are relative to the leader group,
    # here GP2, as the coordinated pair is set up on the controller; a P[] holds GP1 and GP2 together, so its GP1
    # pose in the fixed user frame with its GP2 axes fixes where the torch is on the part. Motion-option place
    # after the termination ("L P[1] 240cm/min CNT100 COORD") as in the ArcTool programs of Creearc/welding_project
    # (layers_splitter/output_data/layer_2.ls, DEFAULT_GROUP = 1,1,*,*,*); docs/references.md#controllers-10
    coord = " COORD" if positioner is not None and common.is_coordinated(program) else ""
    targets = common.fixed_frame_targets(program, positioner)
    cart = [i for i, j in enumerate(use_joint) if not j]
    configs: dict[int, str] = {}
    if cart:
        for i, fields in zip(cart, poses.fanuc_config(poses.config_keys(robot, q_all[cart], "fanuc")), strict=True):
            configs[i] = poses.fanuc_config_string(fields)
    schedules, weaves = common.weld_schedules(moves)

    notes = remarks.lines(program, uf, ut, schedules, weaves, mass_kg=tool.mass_kg, com_m=tool.com_m)
    header = ["! " + r for r in notes]
    header += [f"UFRAME_NUM={uf}", f"UTOOL_NUM={ut}"]

    chunks = common.split_chunks(moves, opt["max_points_per_file"], no_cut_before={*circles, *vias})
    files: dict[str, str] = {}
    main_mn = list(header)

    def body(a: int, b: int) -> tuple[list[str], list[str]]:
        mn: list[str] = []
        pos: list[str] = []
        # /MN comments a point without quotes (P[1:home]); quotes belong to /POS only
        labels = [f"P[{n}:{moves[i].name[:16]}]" if moves[i].name and re.fullmatch(r"[\w .-]+", moves[i].name)
                  else f"P[{n}]" for n, i in enumerate(range(a, b), start=1)]
        for n, i in enumerate(range(a, b), start=1):
            m = moves[i]
            label = labels[n - 1]
            letter = "C" if i in circles else "L"
            if i in circles:
                label = f"{labels[n - 2]}\n{label}"
            # CNT100: the path rounds the corner as far as the speed allows, FINE stops (arc start and end)
            cnt = "FINE" if not m.blend_m or i + 1 == len(moves) else "CNT100"
            if m.kind == "joint":
                pct = opt["joint_speed_percent"] if opt["joint_speed_percent"] is not None else m.joint_speed * 100
                mn.append(f"J {label} {max(1, round(pct))}% {cnt}")
            else:
                nxt_arc = i + 1 < len(moves) and moves[i + 1].arc
                if m.arc:
                    prev, mw = moves[i - 1], common.arc_weld(m)
                    if prev.arc and common.weld_key(common.arc_weld(prev)) != common.weld_key(mw):
                        # a new schedule for this segment: Arc Start while welding switches schedules
                        mn.append(f"Arc Start[{schedules[common.weld_key(mw)]}]")
                        if mw.weave != common.arc_weld(prev).weave:
                            mn.append(_weave_line(mw, weaves) if mw.weave else "Weave End")
                    speed = "WELD_SPEED" if opt["weld_speed"] == "WELD_SPEED" else _weld_speed_text(mw.travel_speed_m_s)
                    term = f"CNT{int(opt['weld_cnt'])}" if nxt_arc and m.blend_m else "FINE"
                else:
                    speed = f"{max(1, round((m.speed_m_s or opt['air_speed_m_s']) * 1e3))}mm/sec"
                    term = cnt
                if i not in vias:
                    mn.append(f"{letter} {label} {speed} {term}{coord}")
                if m.arc and not nxt_arc:
                    if common.arc_weld(m).weave:
                        mn.append("Weave End")
                    mn.append(f"Arc End[{schedules[common.weld_key(common.arc_weld(m))]}]")
                if nxt_arc and not m.arc:
                    w = common.arc_weld(moves[i + 1])
                    mn.append(f"Arc Start[{schedules[common.weld_key(w)]}]")
                    if w.weave:
                        mn.append(_weave_line(w, weaves))
            if m.arc and (i == 0 or (not moves[i - 1].arc and moves[i - 1].kind != "linear")):
                raise ValueError(f"moves[{i}]: an arc must follow a linear approach move")
            joint = poses.controller_joints(robot, q_all[i]) if use_joint[i] else None
            pos += _pos_record(n, uf, ut, joint, targets[i] if not use_joint[i] else None, configs.get(i, ""),
                               None if positioner is None else common.ext_deg(m))
        return mn, pos

    comment = str(opt["comment"])
    if len(chunks) == 1:
        mn, pos = body(0, len(moves))
        files[f"{name}.LS"] = _assemble(name, comment, main_mn + mn, pos, groups)
        return files
    for k, (a, b) in enumerate(chunks, start=1):
        part = f"{name}_{k}"
        main_mn.append(f"CALL {part}")
        mn, pos = body(a, b)
        # each part selects its frames and states their values itself: it runs (and replays) on its own
        files[f"{part}.LS"] = _assemble(part, comment, header + mn, pos, groups)
    return {f"{name}.LS": _assemble(name, comment, main_mn, [], groups), **files}


# ---------------------------------------------------------------------------------------------- read

_SECTIONS = ("/PROG", "/ATTR", "/APPL", "/MN", "/POS", "/END")
_LINE = re.compile(r"^\s*(\d*)\s*:(.*)$")
_POINT = re.compile(r"P\[\s*(\d+)\s*(?::\s*\"?([^\"\]]*?)\"?\s*)?\]")
_SPEED = re.compile(r"^(\d+(?:\.\d+)?)\s*(%|mm/sec|cm/min|inch/min|deg/sec|sec|msec)$", re.IGNORECASE)


class _Ls:
    """One parsed .LS file: name, /MN lines (offset, number, text) and /POS records."""

    def __init__(self, src: common.Source) -> None:
        self.src = src
        self.name = ""
        self.mn: list[tuple[int, str]] = []
        self.pos: dict[int, tuple[dict[str, Any], int]] = {}
        lines = src.lines()
        section = None
        seen: list[str] = []
        pos_text: list[tuple[int, str]] = []
        for off, line in lines:
            s = line.strip()
            if not s:
                continue
            if s.startswith("/"):
                tag = s.split()[0].upper()
                if tag not in _SECTIONS:
                    raise src.error(off, f"unknown section {tag}")
                if seen and _SECTIONS.index(tag) <= _SECTIONS.index(seen[-1]):
                    raise src.error(off, f"section {tag} out of order (expected /PROG /ATTR /APPL /MN /POS /END)")
                seen.append(tag)
                section = tag
                if tag == "/PROG":
                    parts = s.split()
                    if len(parts) < 2:
                        raise src.error(off, "/PROG needs a program name")
                    self.name = parts[1]
                continue
            if section == "/MN":
                self.mn.append((off, line))
            elif section == "/POS":
                pos_text.append((off, line))
            elif section is None:
                raise src.error(off, "text before /PROG")
            elif section == "/END":
                raise src.error(off, "text after /END")
        for need in ("/PROG", "/MN", "/END"):
            if need not in seen:
                raise src.error(len(src.text), f"missing section {need}")
        self._parse_pos(pos_text)

    def _parse_pos(self, lines: list[tuple[int, str]]) -> None:
        src = self.src
        i = 0
        while i < len(lines):
            off, line = lines[i]
            m = re.match(r"\s*" + _POINT.pattern + r"\s*\{\s*$", line)
            if not m:
                raise src.error(off, f"expected 'P[n]{{' in /POS, got {line.strip()[:30]!r}")
            n = int(m.group(1))
            start = off
            body = []
            i += 1
            while i < len(lines) and not lines[i][1].strip().startswith("};"):
                body.append(lines[i])
                i += 1
            if i >= len(lines):
                raise src.error(start, f"P[{n}] has no closing '}};'")
            i += 1
            rec: dict[str, Any] = {}
            group = None
            for boff, bline in body:
                t = bline.strip()
                if re.fullmatch(r"GP\d+\s*:", t):
                    group = t[:-1].strip().upper()
                    continue
                if group != "GP1":
                    if group == "GP2":
                        # motion group 2: a positioner's axes J1.. (deg)
                        gp2 = rec.setdefault("GP2", {})
                        for item in re.finditer(r"(J\d)\s*=\s*([-+\d.eE]+)\s*deg", bline):
                            gp2[item.group(1).upper()] = (float(item.group(2)), boff + item.start(2))
                    continue  # other motion groups are not modelled
                for item in re.finditer(r"([A-Za-z]+\d?)\s*(=|:)\s*('[^']*'|[-+\w.]+)\s*(mm|deg)?", bline):
                    key = item.group(1).upper()
                    val = item.group(3)
                    if key == "CONFIG":
                        rec[key] = (val.strip("'"), boff + item.start(3))
                    else:
                        try:
                            rec[key] = (float(val), boff + item.start(3))
                        except ValueError:
                            raise src.error(boff + item.start(3), f"{key} must be a number, got {val!r}") from None
            if n in self.pos:
                raise src.error(start, f"P[{n}] defined twice")
            self.pos[n] = (rec, start)


def _remarks(files: list[_Ls]) -> dict[str, Any]:
    meta = remarks.new_meta()
    for ls in files:
        for _, line in ls.mn:
            m = _LINE.match(line)
            if m:
                t = m.group(2).strip().rstrip(";").strip()
                if t.startswith("!"):
                    remarks.parse(t[1:], meta)
    return meta


def _cartesian(src: common.Source, rec: dict[str, Any], rec_off: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(X_PT, configuration keys) of a Cartesian /POS record."""
    missing = [k for k in ("X", "Y", "Z", "W", "P", "R", "CONFIG") if k not in rec]
    if missing:
        raise src.error(rec_off, f"P[{n}] lacks {missing}")
    X = X_from_R_p(poses.R_from_wpr_deg([rec["W"][0], rec["P"][0], rec["R"][0]]),
                   np.array([rec["X"][0], rec["Y"][0], rec["Z"][0]]) * 1e-3)
    try:
        return X, poses.parse_fanuc_config(rec["CONFIG"][0])
    except ValueError as exc:
        raise src.error(rec["CONFIG"][1], str(exc)) from None


def read(files: dict[str, str], robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
         ) -> MoveProgram:
    """MoveProgram from .LS files (main program: options["main"] or the one no other file CALLs).

    J / L moves to /POS records (CONFIG-matched IK for Cartesian records, J1..J6 with the J2/J3 coupling
    undone for joint records); Arc Start/End and Weave lines, standalone or as motion options; CALLs of
    programs among the files are followed. Frames and weld schedules come from the writer's remark lines,
    else from options["X_BP"] / the tool; unknown schedule values read as NaN. Raises ProgramSyntaxError.
    """
    it = Interpreter(options, {"main": None, "X_BP": None})
    opt = it.opt
    progs, main = it.routines(
        files,
        lambda fname, text: LANGUAGE.takes(fname) or text.lstrip().upper().startswith("/PROG"),
        lambda src: ((ls := _Ls(src)).name, ls),
        lambda ls: (m.group(1) for _, line in ls.mn for m in re.finditer(r"\bCALL\s+(\w+)", line, re.IGNORECASE)),
        "program",
    )
    meta = _remarks(list(progs.values()))
    uframes, utools = remarks.frames(meta)
    # the schedule Arc Start[n] selected and the weave pattern on (numbers of the remark tables)
    st: dict[str, Any] = {"uf": None, "ut": None, "schedule": None, "weave": None}

    def run(pname: str) -> None:
        ls = progs[pname]
        src = ls.src
        pending: tuple[str, int] | None = None
        for off, line in ls.mn:
            m = _LINE.match(line)
            if not m:
                raise src.error(off, f"expected '<n>: instruction ;', got {line.strip()[:30]!r}")
            body = m.group(2)
            body_off = off + m.start(2)
            text = body.strip()
            if not text:
                continue
            if pending is not None:
                # the target line of a circular move: "C P[via]" then ":  P[end] speed term ;"
                text = f"C {pending[0]} {text}"
                pending = None
            elif re.fullmatch(r"C\s+P\[[^\]]*\]", text):
                pending = (text[1:].strip(), off)
                continue
            if not text.endswith(";"):
                raise src.error(off + len(line.rstrip()), "missing ';' at the end of the line")
            text = text[:-1].strip()
            t_off = body_off + (len(body) - len(body.lstrip()))
            if text.startswith("!") or not text:
                continue
            mm = re.match(r"([JLCA])\s+(.*)$", text)
            if mm:
                # e.g. a position register: its value lives in the controller
                it.attempt(motion, ls, mm.group(1), mm.group(2), t_off, t_off + mm.start(2))
                continue
            up = text.upper()
            fm = re.fullmatch(r"(UFRAME_NUM|UTOOL_NUM)\s*=\s*(\d+)", up)
            if fm:
                st["uf" if fm.group(1) == "UFRAME_NUM" else "ut"] = int(fm.group(2))
                continue
            om = re.fullmatch(r"OVERRIDE\s*=\s*(\d+(?:\.\d+)?)\s*%", up)
            if om:
                # OVERRIDE=n%: the speed override of every following move (ArcTool / HandlingTool instruction)
                it.set_override(float(om.group(1)), src, t_off, "OVERRIDE")
                continue
            am = re.fullmatch(r"ARC\s+(START|END)\s*\[\s*(\d+)\s*\]", up)
            if am:
                arc_event(am.group(1), int(am.group(2)))
                continue
            wm = re.fullmatch(r"WEAVE\s+(SINE|CIRCLE|FIGURE 8|L|SINE 2)\s*\[\s*(\d+)\s*\]", up)
            if wm:
                st["weave"] = int(wm.group(2))
                continue
            if up == "WEAVE END":
                st["weave"] = None
                continue
            cm = re.fullmatch(r"CALL\s+(\w+)", up)
            if cm:
                if cm.group(1) in progs:
                    it.call(cm.group(1), run, (src.name, *src.position(t_off)))
                continue
            if re.match(r"(JMP|IF|SELECT|FOR|ENDFOR)\b", up):
                it.control_flow(src, t_off, text.split()[0])

    def arc_event(kind: str, k: int) -> None:
        if kind == "START":
            st["schedule"] = k
            it.arc_on()
        else:
            st["schedule"] = None
            it.arc_off()

    def motion(ls: _Ls, letter: str, rest: str, off: int, rest_off: int) -> None:
        src = ls.src
        if letter == "A":
            raise src.error(off, "circular arc moves (A) are not supported by the weldplan reader")
        via = None
        via_n = 0
        via_gp2: dict[str, Any] = {}
        if letter == "C":
            vm = _POINT.match(rest)
            if not vm or int(vm.group(1)) not in ls.pos:
                raise src.error(rest_off, "a circular move needs a via point P[n] defined in /POS")
            vrec, voff = ls.pos[int(vm.group(1))]
            if "J1" in vrec:
                raise src.error(rest_off, "the via point of a circular move must be a Cartesian position")
            via = _cartesian(src, vrec, voff, int(vm.group(1)))
            via_n, via_gp2 = int(vm.group(1)), vrec.get("GP2", {})
            rest_off += len(rest) - len(rest[vm.end():].lstrip())
            rest = rest[vm.end():].lstrip()
            letter = "L"
        pm = _POINT.match(rest)
        if not pm:
            if re.match(r"PR\[", rest):
                raise src.error(rest_off, "position registers (PR[]) are not supported by the weldplan reader")
            raise src.error(rest_off, "expected P[n] after the motion type")
        n = int(pm.group(1))
        if n not in ls.pos:
            raise src.error(rest_off + pm.start(), f"P[{n}] is not defined in /POS")
        tokens = rest[pm.end():].split()
        if not tokens:
            raise src.error(rest_off + pm.end(), "missing speed")
        speed_text = tokens[0]
        where = (src.name, *src.position(rest_off))
        opts = " ".join(tokens[1:]).upper()
        rec, rec_off = ls.pos[n]
        uf = st["uf"] if st["uf"] is not None else int(rec.get("UF", (1, 0))[0])
        ut = st["ut"] if st["ut"] is not None else int(rec.get("UT", (1, 0))[0])
        X_BP = opt["X_BP"] if opt["X_BP"] is not None else uframes.get(uf)
        X_FT = utools.get(ut)
        raw = common.RawMove("joint" if letter == "J" else "linear", where, name=pm.group(2) or f"P[{n}]",
                      X_BP=X_BP, X_FT=X_FT)
        if "J1" in rec:
            missing = [f"J{k}" for k in range(1, 7) if f"J{k}" not in rec]
            if missing:
                raise src.error(rec_off, f"P[{n}] lacks {missing}")
            raw.q_ctrl = np.radians([rec[f"J{k}"][0] for k in range(1, 7)])
        else:
            raw.X_PT, raw.keys = _cartesian(src, rec, rec_off, n)
        if via is not None:
            raw.X_PT_via, raw.via_keys = via
        if opt.get("positioner") is not None:
            names = [f"J{k + 1}" for k in range(opt["positioner"].spec.dof)]

            def axes(gp2: dict[str, Any], k: int, off_k: int) -> np.ndarray:
                if any(j not in gp2 for j in names):
                    raise src.error(off_k, f"P[{k}] has no motion group 2 {names} for the positioner's axes")
                return np.radians([gp2[j][0] for j in names])

            raw.ext_q = axes(rec.get("GP2", {}), n, rec_off)
            # COORD: the robot follows the positioner between the targets (the path relative to the part)
            raw.follows_part = letter == "L" and "COORD" in opts.split()
            if via is not None:
                raw.via_ext_q = axes(via_gp2, via_n, ls.pos[via_n][1])
        sm = _SPEED.match(speed_text)
        speed: float | None = None
        joint_speed = 1.0
        if letter == "L":
            if sm:
                v, unit = float(sm.group(1)), sm.group(2).lower()
                speed = {"mm/sec": 1e-3, "cm/min": 1e-2 / 60, "inch/min": 0.0254 / 60}.get(unit, math.nan) * v
                if not math.isfinite(speed):
                    raise src.error(rest_off + pm.end() + 1, f"a linear move cannot use speed unit {unit}")
            elif speed_text.upper() not in ("WELD_SPEED",) and not speed_text.upper().startswith("R["):
                raise src.error(rest_off + pm.end() + 1, f"cannot read speed {speed_text!r}")
        elif not sm:
            raise src.error(rest_off + pm.end() + 1, f"cannot read speed {speed_text!r}")
        else:
            v, unit = float(sm.group(1)), sm.group(2).lower()
            if unit == "%":
                if not 0 < v <= 100:
                    raise src.error(rest_off + pm.end() + 1, f"joint speed {v} % is not in (0, 100]")
                joint_speed = v / 100.0
            # sec / msec / deg/sec: not modelled, full speed under the override
        # FINE (and CNT0) stops at the point; CNTn (n > 0) and CRn round the corner into the next move
        tm = re.match(r"(FINE|CNT\s*(\d+)|CR\s*(\d+))\b", opts)
        if not tm:
            raise src.error(rest_off + pm.end() + 1, "missing termination type (FINE, CNTn or CRn)")
        if tm.group(1) == "FINE" or (tm.group(2) is not None and int(tm.group(2)) == 0):
            raw.blend_m = 0.0
        elif tm.group(3) is not None:
            raw.blend_m = int(tm.group(3)) * 1e-3
        else:
            raw.blend_m = 0.01 * int(tm.group(2)) / 100.0  # CNTn is not a distance: n % of a 10 mm corner
        weld = None
        if it.arc and raw.kind == "linear":
            # the schedule's values from the remarks; its speed is the line's unless the remarks state one
            hint = None if speed is None else speed * it.override
            weld = remarks.weld(meta, st["schedule"], st["weave"], hint)
        it.move(raw, speed, joint_speed, weld)
        # motion-option forms: "... Arc Start[n]" (arc on after this point), "... Arc End[n]"
        om = re.search(r"ARC\s+(START|END)\s*\[\s*(\d+)\s*\]", opts)
        if om:
            arc_event(om.group(1), int(om.group(2)))

    it.call(main, run, (next(iter(files)), 1, 1))
    return it.finish(robot, tool, opt["X_BP"], None, LANGUAGE.vendor, main)
