"""Yaskawa Motoman INFORM job (.JBI) writer and reader (docs/references.md#controllers-5), CRLF line endings; a
positioner is station 1 (EC points, +MOVJ, ///GROUP2 ST1, docs/references.md#controllers-10).

//POS holds C-points: Cartesian (///POSTYPE USER, ///RECTAN, ///RCONF 8 fields, X Y Z mm, Rx Ry Rz deg
as FANUC W P R) or, with options "position_type" "pulse" (every point) / "mixed" (joint moves only) and
"pulses_per_deg" (6 numbers), encoder pulses (///POSTYPE PULSE, ///PULSE; pulse 0 = joint 0, same sign:
an assumption, check the robot's calibration). //INST: MOVJ (VJ=%) / MOVL (V= mm/s or cm/min: option
"v_unit"), ARCON ASF#(n) / ARCOF AEF#(n), WVON WEV#(n) / WVOF, CALL JOB: for split programs.
Frames and condition-file values go to comment lines ('UF1 X ..) that the reader parses back.
RCONF order [flip, lower arm, rear, turn R, turn T, turn S, 0, 0] is an assumption (docs/references.md#controllers:
field order of 1-3 not confirmed against a Yaskawa manual).
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import datetime
from typing import Any

import numpy as np

from kinematics.se3 import X_from_R_p
from planning.moves import MoveProgram, WeldSettings
from programs import common, poses, remarks
from programs.interpret import Interpreter, with_end
from programs.module import Language
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["DEFAULT_OPTIONS", "LANGUAGE", "read", "write"]

# YRC1000 tool files 0-63, user frames 1-63 (writer option, lowest, highest); condition files selected by
# number (values in remarks) or direct values on ARCON / ARCOF
LANGUAGE = Language("yaskawa_inform", "yaskawa", (".jbi",), re.compile(r"\A\s*/JOB\b"),
                    {"tool_number": ("tool_no", 0, 63), "frame_number": ("user_frame", 1, 63)},
                    ("controller", "inline"))
DEFAULT_OPTIONS: dict[str, Any] = {
    "name": None,  # job name (upper case)
    "position_type": "cartesian",  # "cartesian" | "pulse" | "mixed" (joint moves in pulses)
    "pulses_per_deg": None,  # [6] encoder pulses per degree of S, L, U, R, B, T (pulse / mixed)
    "joint_speed_percent": None,  # VJ; None: the speed the plan timed (move.joint_speed)
    "collinear_tolerance_mm": common.COLLINEAR_TOLERANCE_MM,
    "air_pl": 4,  # PL of air, approach and retract moves that blend (PL=0 stops: arc start and end)
    "air_speed_m_s": 0.25,
    "v_unit": "mm/s",  # "mm/s" | "cm/min": the controller's V= unit parameter
    "weld_pl": 1,  # position level between weld points
    "user_frame": 1,
    "tool_no": 1,
    "max_points_per_file": 999,
    "date": None,  # "YYYY/MM/DD HH:MM" (None: now)
    # "controller": ARCON ASF#(n) / ARCOF AEF#(n) select the controller's arc condition files (values in remarks);
    # "inline": ARCON AC= AV= T= / ARCOF AC= AV= T= state current, voltage and timers in the job
    "process_data": "controller",
    # a positioner the moves' ext_q turn (planning.positioner.PositionerCell): station 1 (///GROUP2 ST1) with
    # one EC point per move, each motion line followed by "+MOVJ EC..." for the station; robot C points in the
    # fixed user frame (the part where it is at the job's start), each with the station's axes there. A job in
    # which the station turns while the robot moves (coordinated motion) writes its linear and circular moves as
    # SMOVL / SMOVC: the robot's path and speed V= relative to the station
    "positioner": None,
    # None: station points in degrees (///POSTYPE ANGLE); [n]: encoder pulses per degree of each station axis
    "station_pulses_per_deg": None,
}
_NAME = re.compile(r"[A-Z][A-Z0-9_\-]*")
NL = "\r\n"


def _pulses(robot: RobotSpec, q: np.ndarray, ppd: np.ndarray) -> np.ndarray:
    return np.round(np.degrees(poses.controller_joints(robot, q)) * ppd).astype(np.int64)


# Direct values of ARCON / ARCOF (docs/references.md#controllers-5-2): AC= current 1-999 A, AV= voltage
# 0.1-50.0 V, T= timer 0.01-655.35 s (omitted when 0).
_AC_A = (1.0, 999.0)
_AV_V = (0.1, 50.0)
_T_S = 655.35


def _arc_values(w: WeldSettings, t_s: float) -> str:
    for what, value, (lo, hi) in (("current", w.current_a, _AC_A), ("voltage", w.voltage_v, _AV_V)):
        if not lo <= value <= hi:
            raise ValueError(f"process_data: inline ARCON {what} {value} is outside {lo}..{hi}")
    timer = f" T={min(t_s, _T_S):.2f}" if t_s >= 0.005 else ""
    return f"AC={w.current_a:.0f} AV={w.voltage_v:.1f}{timer}"


def write(program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
          ) -> dict[str, str]:
    """{"<NAME>.JBI": text} (plus "<NAME>_<k>.JBI" parts called with CALL JOB: for long programs)."""
    opt, w = common.prepare(program, robot, tool, options, DEFAULT_OPTIONS, LANGUAGE.controller)
    program, q_all, circles, vias = w.program, w.q, w.circles, w.vias
    for key in ("weld_pl", "air_pl"):
        if not (isinstance(opt[key], int) and 0 <= opt[key] <= 8):
            raise ValueError(f"yaskawa_inform: {key} must be an integer 0..8, got {opt[key]!r}")
    name = (opt["name"] or program.name or "WELDPLAN").strip().upper()
    if not _NAME.fullmatch(name) or len(name) > 28:
        raise ValueError(f"yaskawa_inform: job name {name!r} must be upper-case letters, digits, '_' or '-' "
                         "(at most 28; parts add '_<n>')")
    ptype = opt["position_type"]
    if ptype not in ("cartesian", "pulse", "mixed"):
        raise ValueError(f"yaskawa_inform: position_type must be cartesian, pulse or mixed, got {ptype!r}")
    ppd = None
    if ptype != "cartesian":
        if opt["pulses_per_deg"] is None or len(opt["pulses_per_deg"]) != 6:
            raise ValueError("yaskawa_inform: position_type pulse/mixed needs pulses_per_deg (6 numbers)")
        ppd = np.asarray(opt["pulses_per_deg"], dtype=np.float64)
    if opt["v_unit"] not in ("mm/s", "cm/min"):
        raise ValueError("yaskawa_inform: v_unit must be 'mm/s' or 'cm/min'")
    moves = program.moves
    positioner = opt["positioner"]
    targets = common.fixed_frame_targets(program, positioner)
    # coordinated motion: SMOVL / SMOVC (the robot, slave, follows the station, master) on every linear and circular
    # move, each C point with its EC point; docs/references.md#controllers-10 for the sources and what is unsure
    coord = positioner is not None and common.is_coordinated(program)
    lin, circ = ("SMOVL", "SMOVC") if coord else ("MOVL", "MOVC")
    sppd = None
    if positioner is not None and opt["station_pulses_per_deg"] is not None:
        sppd = np.asarray(opt["station_pulses_per_deg"], dtype=np.float64).reshape(-1)
        if sppd.size != positioner.spec.dof or not np.all(sppd > 0):
            raise ValueError(f"yaskawa_inform: station_pulses_per_deg must be {positioner.spec.dof} positive numbers")
    uf, tn = int(opt["user_frame"]), int(opt["tool_no"])
    pulse = [ptype == "pulse" or (ptype == "mixed" and m.kind == "joint") for m in moves]
    cart = [i for i, p in enumerate(pulse) if not p]
    rconf = np.zeros((len(moves), 8), dtype=np.int64)
    if cart:
        rconf[cart] = poses.yaskawa_rconf(poses.config_keys(robot, q_all[cart], "yaskawa"))
    schedules, weaves = common.weld_schedules(moves)
    if opt["process_data"] not in LANGUAGE.process_data:
        raise ValueError(f"process_data: {opt['process_data']!r} is not one of {list(LANGUAGE.process_data)}")
    inline = opt["process_data"] == "inline"
    date = opt["date"] or datetime.now().strftime("%Y/%m/%d %H:%M")
    vscale = 1e3 if opt["v_unit"] == "mm/s" else 6e3

    def job(jname: str, a: int, b: int, calls: list[str], notes: list[str]) -> str:
        pos: list[str] = []
        state: tuple[Any, ...] = ()
        for n, i in enumerate(range(a, b)):
            if pulse[i]:
                if state != ("pulse",):
                    pos += [f"///TOOL {tn}", "///POSTYPE PULSE", "///PULSE"]
                    state = ("pulse",)
                assert ppd is not None  # pulse positions only where position_type is pulse or mixed
                v = _pulses(robot, q_all[i], ppd)
                pos.append(f"C{n:05d}=" + ",".join(str(int(x)) for x in v))
            else:
                if not state or state[0] != "cart":
                    pos += [f"///USER {uf}", f"///TOOL {tn}", "///POSTYPE USER", "///RECTAN"]
                    state = ("cart", None)
                if state[1] != tuple(rconf[i]):
                    pos.append("///RCONF " + ",".join(str(int(x)) for x in rconf[i]))
                    state = ("cart", tuple(rconf[i]))
                X = targets[i]
                p = X[:3, 3] * 1e3
                wpr = poses.wpr_deg_from_R(X[:3, :3])
                f = [common.fmt_fixed(v, 3) for v in p] + [common.fmt_fixed(v, 4) for v in wpr]
                pos.append(f"C{n:05d}=" + ",".join(f))
        if positioner is not None and b > a:
            # the station's axes, one EC point per move: degrees, or encoder pulses where their ratio is given
            pos += ["///POSTYPE ANGLE", "///ANGLE"] if sppd is None else ["///POSTYPE PULSE", "///PULSE"]
            for n, i in enumerate(range(a, b)):
                e = common.ext_deg(moves[i])
                vals = ([common.fmt_fixed(v, 4) for v in e] if sppd is None
                        else [str(int(v)) for v in np.round(e * sppd)])
                pos.append(f"EC{n:05d}=" + ",".join(vals))
        inst: list[str] = ["NOP"] + [f"'{r}" for r in notes]

        def station(n: int, follows: bool = False) -> str:
            # the station moves to its point with the robot's motion (at full speed: the plan times index moves
            # at the positioner's limits); in a coordinated move its speed follows from the robot's relative speed
            # (no VJ=, as RoboDK's Motoman post writes "SMOVL C00008 V=166.7 +MOVJ EC00008")
            if positioner is None:
                return ""
            return f" +MOVJ EC{n:05d}" if follows else f" +MOVJ EC{n:05d} VJ=100.00"

        for n, i in enumerate(range(a, b)):
            m = moves[i]
            nxt_arc = i + 1 < len(moves) and moves[i + 1].arc
            if m.arc and (i == 0 or (not moves[i - 1].arc and moves[i - 1].kind != "linear")):
                raise ValueError(f"moves[{i}]: an arc must follow a linear approach move")
            blends = bool(m.blend_m) and i + 1 < len(moves)
            if m.kind == "joint":
                pct = opt["joint_speed_percent"] if opt["joint_speed_percent"] is not None else m.joint_speed * 100
                pl = f" PL={opt['air_pl']}" if blends else " PL=0"
                inst.append(f"MOVJ C{n:05d} VJ={pct:.2f}{pl}{station(n)}")
                continue
            speed = common.arc_weld(m).travel_speed_m_s if m.arc else (m.speed_m_s or opt["air_speed_m_s"])
            # PL=0 (also what an omitted PL means) stops at the point: arc start and arc end
            pl = f" PL={opt['weld_pl'] if m.arc else opt['air_pl']}" if blends else " PL=0"
            if i in vias:
                continue
            if i in circles:
                # a circle is three consecutive MOVC points: its start (the previous target, repeated), the via
                # and the end (docs/references.md#controllers-5-1)
                inst += [f"{circ} C{n - 2:05d} V={speed * vscale:.1f}{station(n - 2, coord)}",
                         f"{circ} C{n - 1:05d} V={speed * vscale:.1f}{station(n - 1, coord)}",
                         f"{circ} C{n:05d} V={speed * vscale:.1f}{pl}{station(n, coord)}"]
            else:
                inst.append(f"{lin} C{n:05d} V={speed * vscale:.1f}{pl}{station(n, coord)}")
            if nxt_arc and not m.arc:
                w = common.arc_weld(moves[i + 1])
                inst.append(f"ARCON {_arc_values(w, w.arc_start_s)}" if inline
                            else f"ARCON ASF#({schedules[common.weld_key(w)]})")
                if w.weave:
                    inst.append(f"WVON WEV#({weaves[(w.weave, w.travel_speed_m_s)]})")
            if m.arc and not nxt_arc:
                mw = common.arc_weld(m)
                if mw.weave:
                    inst.append("WVOF")
                # inline crater values: the weld's own current and voltage (the plan has no crater settings)
                inst.append(f"ARCOF {_arc_values(mw, mw.arc_end_s)}" if inline
                            else f"ARCOF AEF#({schedules[common.weld_key(mw)]})")
        inst += [f"CALL JOB:{c}" for c in calls] + ["END"]
        relative = ptype != "pulse"
        # NPOS: robot C, base BC, station EC, P, BP, EX point counts
        n_ec = 0 if positioner is None else b - a
        head = ["/JOB", f"//NAME {jname}", "//POS", f"///NPOS {b - a},0,{n_ec},0,0,0"]
        head2 = ["//INST", f"///DATE {date}", f"///COMM {program.name[:28]}",
                 "///ATTR SC,RW,RJ" if relative else "///ATTR SC,RW"]
        if relative:
            head2.append(f"////FRAME USER {uf}")
        head2.append("///GROUP1 RB1")
        if positioner is not None:
            head2.append("///GROUP2 ST1")
        return NL.join(head + pos + head2 + inst) + NL

    # inline: no condition files, so no ASF remarks (wire feed follows the power source's synergic line from AC=)
    notes = remarks.lines(program, uf, tn, {} if inline else schedules, weaves, weld_tag="ASF",
                           mass_kg=tool.mass_kg,
                           com_m=tool.com_m)
    chunks = common.split_chunks(moves, opt["max_points_per_file"], no_cut_before={*circles, *vias})
    if len(chunks) == 1:
        return {f"{name}.JBI": job(name, 0, len(moves), [], notes)}
    files = {}
    parts = [f"{name}_{k}" for k in range(1, len(chunks) + 1)]
    files[f"{name}.JBI"] = job(name, 0, 0, parts, notes)
    for part, (a, b) in zip(parts, chunks, strict=True):
        # each part states the frame and weld-condition values itself: it runs (and replays) on its own
        files[f"{part}.JBI"] = job(part, a, b, [], notes)
    return files


# ---------------------------------------------------------------------------------------------- read


class _Job:
    def __init__(self, src: common.Source) -> None:
        self.src = src
        self.name = ""
        self.points: dict[str, tuple[dict[str, Any], int]] = {}
        # station points: name -> (values, POSTYPE ANGLE | PULSE, offset)
        self.stations: dict[str, tuple[list[float], str, int]] = {}
        self.inst: list[tuple[int, str]] = []
        self.remarks: list[str] = []
        section = None
        npos = None
        npos_off = 0
        state: dict[str, Any] = {"type": None, "user": None, "tool": None, "rconf": None, "rectan": False}
        ended = False
        for off, line in src.lines():
            s = line.strip()
            if not s:
                continue
            if ended:
                raise src.error(off, "text after END")
            if s == "/JOB":
                section = "job"
                continue
            if section is None:
                raise src.error(off, "a job starts with /JOB")
            if s.startswith("//NAME"):
                self.name = s.split(None, 1)[1].strip() if len(s.split()) > 1 else ""
                continue
            if s == "//POS":
                section = "pos"
                continue
            if s == "//INST":
                section = "inst"
                continue
            if section == "pos":
                if s.startswith("///"):
                    key, _, val = s[3:].partition(" ")
                    key = key.upper()
                    if key == "NPOS":
                        try:
                            npos = [int(v) for v in val.split(",")]
                        except ValueError:
                            raise src.error(off, "NPOS must be 6 integers") from None
                        npos_off = off
                    elif key == "POSTYPE":
                        state["type"] = val.strip().upper()
                    elif key == "USER":
                        state["user"] = int(val)
                    elif key == "TOOL":
                        state["tool"] = int(val)
                    elif key == "RCONF":
                        try:
                            state["rconf"] = [int(v) for v in val.split(",")]
                        except ValueError:
                            raise src.error(off, "RCONF must be integers") from None
                        if len(state["rconf"]) not in (8, 24):
                            raise src.error(off, f"RCONF has 8 or 24 fields, got {len(state['rconf'])}")
                    continue
                em = re.fullmatch(r"(EC\d{5})\s*=\s*(.*)", s)
                if em:
                    try:
                        evals = [float(v) for v in em.group(2).split(",")]
                    except ValueError:
                        raise src.error(off + line.index("=") + 1, "station values must be numbers") from None
                    if state["type"] not in ("ANGLE", "PULSE"):
                        raise src.error(off, "station points need ///POSTYPE ANGLE or PULSE")
                    if em.group(1) in self.stations:
                        raise src.error(off, f"{em.group(1)} defined twice")
                    self.stations[em.group(1)] = (evals, state["type"], off)
                    continue
                m = re.fullmatch(r"(C\d{5})\s*=\s*(.*)", s)
                if not m:
                    if re.fullmatch(r"(BC|EC|P|BP|EX)\d+\s*=.*", s):
                        raise src.error(off, "only robot C-points are supported by the weldplan reader")
                    raise src.error(off, f"cannot read position line {s[:30]!r}")
                vals_text = m.group(2).split(",")
                try:
                    vals = [float(v) for v in vals_text]
                except ValueError:
                    raise src.error(off + line.index("=") + 1, "position values must be numbers") from None
                if len(vals) != 6:
                    raise src.error(off + line.index("=") + 1, f"a C-point has 6 values, got {len(vals)}")
                if m.group(1) in self.points:
                    raise src.error(off, f"{m.group(1)} defined twice")
                if state["type"] is None:
                    raise src.error(off, "POSTYPE missing before the first point")
                self.points[m.group(1)] = ({**state, "values": vals}, off)
                continue
            if section == "inst":
                if s.startswith("///"):
                    continue
                if s.startswith("'"):
                    self.remarks.append(s[1:])
                    continue
                if s == "END":
                    ended = True
                    continue
                self.inst.append((off + line.index(s[0]), s))
                continue
            raise src.error(off, f"unexpected line {s[:30]!r}")
        if not ended:
            raise src.error(len(src.text), "missing END")
        if npos is None:
            raise src.error(0, "missing ///NPOS")
        if npos[0] != len(self.points):
            raise src.error(npos_off, f"NPOS counts {npos[0]} C-points, //POS has {len(self.points)}")
        if len(npos) > 2 and npos[2] != len(self.stations):
            raise src.error(npos_off, f"NPOS counts {npos[2]} EC-points, //POS has {len(self.stations)}")


def _direct_values(s: str) -> dict[str, float]:
    """AC= (A), AV= (V) and T= (s) of an ARCON / ARCOF line; the keys it states."""
    return {k: float(v) for k, v in re.findall(r"\b(AC|AV|T)=\s*([\d.]+)", s)}


def read(files: dict[str, str], robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
         ) -> MoveProgram:
    """MoveProgram from .JBI jobs (main: options["main"] or the job no other job CALLs).

    MOVJ / MOVL to C-points, circles as three MOVC points (read as points along the circle); Cartesian points
    take the RCONF-matched IK solution (POSTYPE USER: user frame from the remarks or options["X_BP"]; ROBOT /
    BASE: robot base), pulse points need options["pulses_per_deg"]. ARCON/ARCOF and WVON/WVOF set the arc state;
    CALL JOB: is followed. Raises ProgramSyntaxError."""
    it = Interpreter(options, {"main": None, "X_BP": None, "pulses_per_deg": None, "v_unit": "mm/s",
                               "station_pulses_per_deg": None})
    opt = it.opt
    positioner = opt.get("positioner")
    ppd = None if opt["pulses_per_deg"] is None else np.asarray(opt["pulses_per_deg"], dtype=np.float64)
    vscale = 1e-3 if opt["v_unit"] == "mm/s" else 1.0 / 6e3
    jobs, main = it.routines(
        files,
        lambda fname, text: LANGUAGE.takes(fname) or text.lstrip().startswith("/JOB"),
        lambda src: ((job := _Job(src)).name, job),
        lambda job: (m.group(1) for _, s in job.inst if (m := re.match(r"CALL\s+JOB:(\S+)", s))),
        "job",
    )
    meta = remarks.new_meta()
    for j in jobs.values():
        for r in j.remarks:
            remarks.parse(r, meta)
    uframes, utools = remarks.frames(meta)
    # the condition file ARCON selected (0: direct values) and its direct values, the weave file WVON selected
    st: dict[str, Any] = {"schedule": 0, "weave": None, "inline": None}

    def run(jname: str) -> None:
        job = jobs[jname]
        src = job.src
        movc: list[tuple[int, str]] = []
        for off, s in job.inst:
            head = s.split()[0].upper()
            # SMOVL / SMOVC: coordinated with the station (motion() marks the move: the robot follows the part)
            head = head[1:] if head in ("SMOVL", "SMOVC") else head
            if movc and head != "MOVC":
                it.unsupported(src.error(movc[0][0], f"a circle needs three consecutive MOVC points, got {len(movc)}"))
                movc = []
            if head == "MOVC":
                movc.append((off, s))
                if len(movc) == 3:
                    it.attempt(circle, job, movc)
                    movc = []
                continue
            if head in ("MOVJ", "MOVL"):
                # e.g. a target in a position variable (P, BP, EX) raises: the unsupported policy decides
                it.attempt(lambda j=job, h=head, t=s, o=off: add(*motion(j, h, t, o)))
            elif head in ("MOVS", "SMOVJ"):
                raise src.error(off, f"{head} is not supported by the weldplan reader")
            elif head == "ARCON":
                m = re.search(r"ASF#\((\d+)\)", s)
                st["schedule"] = int(m.group(1)) if m else 0
                st["inline"] = _direct_values(s) if not m else None
                it.arc_on()
            elif head == "ARCOF":
                end = _direct_values(s)
                run_moves = it.arc_off()
                if st["inline"] is not None and "T" in end:
                    # the crater timer of the direct-value form: the arc end dwell of the run's moves
                    with_end(run_moves, end["T"])
            elif head == "WVON":
                m = re.search(r"WEV#\((\d+)\)", s)
                st["weave"] = int(m.group(1)) if m else None
            elif head == "WVOF":
                st["weave"] = None
            elif head == "CALL":
                m = re.match(r"CALL\s+JOB:(\S+)", s)
                if m and m.group(1).upper() in jobs:
                    it.call(m.group(1).upper(), run, (src.name, *src.position(off)))
            elif head in ("JUMP", "IF", "*", "IFTHEN", "IFTHENEXP", "ELSE", "ENDIF", "WHILE", "ENDWHILE"):
                it.control_flow(src, off, head)
        if movc:
            it.unsupported(src.error(movc[0][0], f"a circle needs three consecutive MOVC points, got {len(movc)}"))

    def add(raw: common.RawMove, speed: float | None) -> None:
        weld = None
        if it.arc and raw.kind == "linear":
            weld = remarks.weld(meta, st["schedule"], st["weave"], speed)
            if st["inline"]:
                d = st["inline"]
                weld = dataclasses.replace(weld, current_a=d.get("AC", math.nan), voltage_v=d.get("AV", math.nan),
                                           arc_start_s=d.get("T", 0.0))
        it.move(raw, speed, raw.joint_speed, weld)

    def circle(job: _Job, points: list[tuple[int, str]]) -> None:
        """Three MOVC points: the circle's start (a linear move there unless the robot stands on it), via, end."""
        (start, v0), (via, _), (end, v2) = (motion(job, "MOVC", s, off) for off, s in points)
        end.via_ext_q = via.ext_q
        prev = it.raws[-1] if it.raws else None
        if prev is None or prev.X_PT is None or start.X_PT is None or not np.allclose(prev.X_PT, start.X_PT, atol=1e-6):
            add(start, v0)
        if via.X_PT is None:
            raise job.src.error(points[1][0], "the via point of a circle must be a Cartesian point")
        end.X_PT_via, end.via_keys = via.X_PT, via.keys
        add(end, v2)

    def motion(job: _Job, head: str, s: str, off: int) -> tuple[common.RawMove, float | None]:
        """The parsed move of a MOVJ / MOVL / MOVC line and its speed (m/s; None for MOVJ)."""
        src = job.src
        m = re.match(r"S?(MOVJ|MOVL|MOVC)\s+(\S+)(.*)$", s)
        if not m:
            raise src.error(off, f"{head} needs a C-point")
        cname = m.group(2).upper()
        c_off = off + m.start(2)
        if cname not in job.points:
            raise src.error(c_off, f"{m.group(2)} is not defined in //POS")
        rec, _rec_off = job.points[cname]
        # "+MOVJ EC..." after the robot's part: the station's motion in the same line
        args, _, station = m.group(3).partition("+")
        where = (src.name, *src.position(c_off))
        X_BP = None
        if rec["type"] == "USER":
            X_BP = opt["X_BP"] if opt["X_BP"] is not None else uframes.get(rec["user"])
        elif rec["type"] in ("ROBOT", "BASE"):
            X_BP = np.eye(4)
        raw = common.RawMove("joint" if head == "MOVJ" else "linear", where, name=cname, X_BP=X_BP,
                      X_FT=utools.get(rec["tool"]))
        vals = rec["values"]
        if rec["type"] == "PULSE":
            if ppd is None:
                raise src.error(c_off, "pulse positions need options['pulses_per_deg']")
            raw.q_ctrl = np.radians(np.asarray(vals) / ppd)
        elif rec["type"] in ("USER", "ROBOT", "BASE"):
            if rec["rconf"] is None:
                raise src.error(c_off, "Cartesian point without ///RCONF")
            raw.X_PT = X_from_R_p(poses.R_from_wpr_deg(vals[3:6]), np.asarray(vals[:3]) * 1e-3)
            raw.keys = poses.yaskawa_keys(rec["rconf"][:6])[0]
        else:
            raise src.error(c_off, f"POSTYPE {rec['type']} is not supported")
        speed = None
        if head in ("MOVL", "MOVC"):
            vm = re.search(r"\bV=\s*([\d.]+)", args)
            if not vm:
                raise src.error(off + len(s), f"{head} needs V=")
            speed = float(vm.group(1)) * vscale
        else:
            vm = re.search(r"\bVJ=\s*([\d.]+)", args)
            if not vm:
                raise src.error(off + len(s), "MOVJ needs VJ=")
            if not 0.01 <= float(vm.group(1)) <= 100.0:
                raise src.error(off + len(m.group(0)) - len(args) + vm.start(1), "VJ must be 0.01..100.00")
            raw.joint_speed = float(vm.group(1)) / 100.0
        pl = re.search(r"\bPL=\s*(\d+)", args)
        if pl and not 0 <= int(pl.group(1)) <= 8:
            raise src.error(off + len(s) - len(args) + pl.start(1), "PL must be 0..8")
        # PL=0 or no PL: the robot reaches the point and stops; PL 1..8 rounds the corner (larger = wider;
        # the radius per level is a controller setting, taken here as 1 mm per level)
        raw.blend_m = int(pl.group(1)) * 1e-3 if pl else 0.0
        if positioner is not None:
            raw.ext_q = station_axes(job, station, off + len(m.group(0)) - len(station))
            raw.follows_part = s[:1].upper() == "S"
        return raw, speed

    def station_axes(job: _Job, station: str, off: int) -> np.ndarray:
        """The positioner's axes (rad) of a line's "+MOVJ ECnnnnn" (deg, or pulses / station_pulses_per_deg)."""
        src = job.src
        assert positioner is not None  # called for jobs read with a positioner only
        sm = re.match(r"\s*MOV[JL]\s+(EC\d{5})\b", station)
        if not sm:
            raise src.error(off, "a motion of a job with a station needs '+MOVJ ECnnnnn' for the station's axes")
        if sm.group(1) not in job.stations:
            raise src.error(off + sm.start(1), f"{sm.group(1)} is not defined in //POS")
        vals, ptype, _ = job.stations[sm.group(1)]
        if len(vals) != positioner.spec.dof:
            raise src.error(off + sm.start(1), f"{sm.group(1)} has {len(vals)} axes, the positioner "
                            f"{positioner.spec.dof}")
        if ptype == "PULSE":
            if opt["station_pulses_per_deg"] is None:
                raise src.error(off + sm.start(1), "station pulse positions need station_pulses_per_deg")
            return np.radians(np.asarray(vals) / np.asarray(opt["station_pulses_per_deg"], dtype=np.float64))
        return np.radians(vals)

    it.call(main, run, (next(iter(files)), 1, 1))
    return it.finish(robot, tool, opt["X_BP"], None, LANGUAGE.vendor, main)
