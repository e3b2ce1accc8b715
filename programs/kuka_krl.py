"""KUKA KRL (KSS 8.x, ArcTech 3.x inline forms) writer and reader (docs/references.md#controllers-3).

Each program is a .src + .dat pair: E6AXIS / E6POS (X Y Z mm, A B C deg, S and T) points with FDAT and
PDAT / LDAT motion data, TOOL_DATA / BASE_DATA set at the start, PTP / LIN inline folds, and ArcTech
ARCON / ARCSWI / ARCOFF folds (ArcMainNG calls, stArcDat_T weld data; [GEN] templates of §3.2). With a
positioner: E1.. in every point and a base on its kinematics ($BASE = EK(...), docs/references.md#controllers-10).

Weld data semantics: the WDAT of ARCON holds the ignition (Strike StartTime = arc_start_s) and the weld
parameters of the first seam segment; an ARCSWI's WDAT holds those of the segment after its point; the
ARCOFF WDAT holds the end crater (Crater CraterTime = arc_end_s; the member name is an assumption, not
confirmed by a KUKA source). Weld.Velocity is m/s; Channel1..3 carry wire feed (m/min), voltage (V) and
current (A) by default (power-source specific: option "channels").
Long programs are split into parts of at most max_points_per_file points (.src/.dat each) called in
order from the main program.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from kinematics.se3 import X_from_R_p
from planning.moves import MoveProgram, WeldSettings
from programs import common, poses
from programs.common import fmt
from programs.interpret import Interpreter
from programs.krl_syntax import parse_dat, parse_value, strip_comment, struct_text
from programs.module import Language
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["DEFAULT_OPTIONS", "LANGUAGE", "read", "write"]

# a DEF line ends after its parameter list (a URScript "def f():" has a colon there); KSS numbers TOOL_DATA[16]
# and BASE_DATA[32] in $config.dat (writer option, lowest, highest); ArcTech weld data are values in the .dat
LANGUAGE = Language(
    "kuka_krl", "kuka", (".src", ".dat"),
    re.compile(r"^\s*(&ACCESS|DEFDAT\b|(GLOBAL\s+)?DEF\s+\w+\s*\([^)\n]*\)[ \t]*(;.*)?$)", re.M | re.I),
    numbered={"tool_number": ("tool_no", 1, 16), "frame_number": ("base_no", 1, 32)})
DEFAULT_OPTIONS: dict[str, Any] = {
    "name": None,  # program (module) name, <= 24 characters
    "joint_values_for": "home",  # "home" | "all" | "none": joint moves written as E6AXIS
    "joint_speed_percent": None,  # PTP velocity (% of max); None: the speed the plan timed (move.joint_speed)
    "collinear_tolerance_mm": common.COLLINEAR_TOLERANCE_MM,
    "air_speed_m_s": 0.25,
    "tool_no": 1,
    "base_no": 1,
    # False: the program selects TOOL_DATA[tool_no] / BASE_DATA[base_no] (through FDAT) and states the planned
    # values in ';weldplan' comments, leaving the robot's calibrated tables alone; True: it assigns them
    "write_frame_data": False,
    "max_points_per_file": 1000,
    "channels": ("wire_feed_m_min", "voltage_v", "current_a"),  # ArcTech Channel1..
    # {seam id: job number of the power source}: the weld data select the welder's jobs (JobModeId "Job mode")
    # with the number in Channel<job_channel>; None: the weld values stated in the channels only
    "job_numbers": None,
    # the ArcTech channel that carries the job number (None: the first one "channels" leaves free); which channel
    # the power source reads it from is its ArcTech configuration (an assumption to check on the robot)
    "job_channel": None,
    "arctech_version": "3.4.3.1264",
    # a positioner the moves' ext_q turn (planning.positioner.PositionerCell): E6POS / E6AXIS carry its axes in E1,
    # E2 ..., the base is the part on its flange (BASE_DATA[base_no] = X_FP) coupled to its kinematics by
    # $BASE = EK(MACHINE_DEF[2].ROOT, MACHINE_DEF[2].MECH_TYPE, BASE_DATA[base_no]); index moves are PTPs that
    # change E1.. only
    "positioner": None,
    "machine_def": 2,  # MACHINE_DEF[] entry of the positioner in the controller's $machine.dat
}
_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
# Comment that carries the planned tool / base values when the program does not write the tables
_FRAME_REMARK = ";weldplan "
_MAXLEN = 24
# ArcTech weld data have Channel1..Channel8
_CHANNELS = 8
_RESERVED = {"HOME", "XHOME"}
_WEAVE_TO_KUKA = {"triangle": "#Triangle", "zigzag": "#Zigzag", "circle": "#Spiral"}
_WEAVE_FROM_KUKA = {"TRIANGLE": "triangle", "ZIGZAG": "zigzag", "SPIRAL": "circle", "TRAPEZOID": "zigzag"}
_E0 = "E1 0.0,E2 0.0,E3 0.0,E4 0.0,E5 0.0,E6 0.0"


def _e_text(m: Any) -> str:
    """E1..E6 of a point: the positioner's axes (deg), the others 0.0 (KSS writes every E of an E6POS)."""
    if m.ext_q is None:
        return _E0
    e = list(common.ext_deg(m)) + [0.0] * 6
    return ",".join(f"E{k + 1} {fmt(e[k], 6)}" for k in range(6))


def _frame_text(X: np.ndarray) -> str:
    abc = poses.abc_deg_from_R(X[:3, :3])
    p = X[:3, 3] * 1e3
    return struct_text([("X", fmt(p[0], 4)), ("Y", fmt(p[1], 4)), ("Z", fmt(p[2], 4)),
                        ("A", fmt(abc[0], 5)), ("B", fmt(abc[1], 5)), ("C", fmt(abc[2], 5))])


def _wdat(name: str, w: WeldSettings, speed_m_s: float, channels: tuple[str, ...], crater: bool,
          job: tuple[int, int] | None = None) -> str:
    ch = [0.0] * _CHANNELS
    for k, field_name in enumerate(channels):
        ch[k] = float(getattr(w, field_name))
    if job is not None:
        ch[job[0] - 1] = float(job[1])
    chs = ",".join(f"Channel{k + 1} {fmt(v, 4)}" for k, v in enumerate(ch))
    if w.weave:
        pattern, width_m, freq = w.weave
        weave = (f"Weave {{Pattern {_WEAVE_TO_KUKA.get(pattern, '#Triangle')},Length {fmt(speed_m_s * 1e3 / freq, 4)},"
                 f"Amplitude {fmt(width_m * 1e3 / 2, 4)},Angle 0.0,LeftSideDelay 0.0,RightSideDelay 0.0}}")
    else:
        weave = "Weave {Pattern #None,Length 4.0,Amplitude 2.0,Angle 0.0,LeftSideDelay 0.0,RightSideDelay 0.0}"
    text = (f'DECL stArcDat_T {name}={{WdatId[] "{name}",Strike {{JobModeId[] "Job mode",ParamSetId[] "Set1",'
            f"StartTime {fmt(w.arc_start_s, 4)},PreFlowTime 0.0,{chs},PurgeTime 0.0}},"
            f'Weld {{JobModeId[] "Job mode",ParamSetId[] "Set2",Velocity {fmt(speed_m_s, 6)},{chs}}},{weave},')
    if crater:
        text += (f'Crater {{JobModeId[] "Job mode",ParamSetId[] "Set3",CraterTime {fmt(w.arc_end_s, 4)},'
                 f"PostFlowTime 0.0,BurnBackTime 0.0,{chs}}},")
    text += ("Advanced {IgnitionErrorStrategy 1,WeldErrorStrategy 1,SlopeOption #None,SlopeTime 0.0,"
             "SlopeDistance 0.0,OnTheFlyActiveOn FALSE,OnTheFlyActiveOff FALSE,OnTheFlyDistanceOn 0.0,"
             "OnTheFlyDistanceOff 0.0}}")
    return text


def _module_name(program: MoveProgram, opt: dict[str, Any]) -> str:
    name, ok = common.program_name(opt["name"], program, "WELDPLAN", _IDENT, _MAXLEN - 4, upper=True)
    if not ok:
        raise ValueError(f"kuka_krl: program name {name!r} must be a KRL identifier of at most {_MAXLEN - 4} "
                         "characters (parts add '_<n>')")
    return name


def write(program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
          ) -> dict[str, str]:
    """{"<NAME>.src": ..., "<NAME>.dat": ...} (plus "<NAME>_<k>.src/.dat" parts for long programs)."""
    opt, w = common.prepare(program, robot, tool, options, DEFAULT_OPTIONS, LANGUAGE.controller)
    program, q_all, circles, vias = w.program, w.q, w.circles, w.vias
    name = _module_name(program, opt)
    moves = program.moves
    tno, bno = int(opt["tool_no"]), int(opt["base_no"])
    use_joint = w.joint_records(opt["joint_values_for"])
    # an index move: a PTP to the robot's joints where it stands and the positioner's new axes
    use_joint = [j or m.role == "index" for j, m in zip(use_joint, moves, strict=True)]
    positioner = opt["positioner"]
    keys = np.zeros((len(moves), 9), dtype=np.int64)
    cart = [i for i, j in enumerate(use_joint) if not j]
    if cart:
        keys[cart] = poses.config_keys(robot, q_all[cart], "kuka")
    s_all, t_all = poses.kuka_status_turn(keys)
    point_text = []
    for i, _m in enumerate(moves):
        if use_joint[i]:
            a = np.degrees(poses.controller_joints(robot, q_all[i]))
            point_text.append(("E6AXIS", struct_text([(f"A{k + 1}", fmt(a[k], 6)) for k in range(6)])[:-1]
                               + f",{_e_text(moves[i])}}}"))
        else:
            X = moves[i].X_PT
            abc = poses.abc_deg_from_R(X[:3, :3])
            p = X[:3, 3] * 1e3
            point_text.append(("E6POS", "{" + f"X {fmt(p[0], 4)},Y {fmt(p[1], 4)},Z {fmt(p[2], 4)},A {fmt(abc[0], 5)},"
                               f"B {fmt(abc[1], 5)},C {fmt(abc[2], 5)},S {s_all[i]},T {t_all[i]},"
                               f"{_e_text(moves[i])}}}"))
    wanted = [m.name if m.name.upper() not in _RESERVED else "" for m in moves]
    fallback = [f"PHOME{i + 1}" if m.role == "home" else f"P{i + 1}" for i, m in enumerate(moves)]
    pnames = common.unique_names([w.upper() for w in wanted], fallback, _IDENT,
                          _MAXLEN - 3, [f"{t}={v}" for t, v in point_text], upper=True)

    chunks = common.split_chunks(moves, opt["max_points_per_file"], no_cut_before={*circles, *vias})
    multi = len(chunks) > 1
    files: dict[str, str] = {}
    head = ["&ACCESS RVP", "&REL 1"]
    ini = [";FOLD INI;%{PE}", "  GLOBAL INTERRUPT DECL 3 WHEN $STOPMESS==TRUE DO IR_STOPM ( )",
           "  INTERRUPT ON 3", "  BAS (#INITMOV,0 )", ";ENDFOLD (INI)"]
    main_src = head + [f"DEF {name}( )"] + ini
    main_src.append(f"; weldplan program '{program.name}': robot {robot.id}, tool {tool.id}, {len(moves)} moves")
    if not (1 <= tno <= 16 and 1 <= bno <= 32):
        raise ValueError(f"kuka_krl: tool_no must be 1..16 and base_no 1..32 (TOOL_DATA[16], BASE_DATA[32]), "
                         f"got {tno}, {bno}")
    prefix = "" if opt["write_frame_data"] else _FRAME_REMARK
    main_src.append(f"{prefix}TOOL_DATA[{tno}]={_frame_text(program.X_FT)}")
    if positioner is None:
        main_src.append(f"{prefix}BASE_DATA[{bno}]={_frame_text(program.X_BP)}")
    else:
        # a base on external kinematics: the part frame on the positioner's flange, which the controller carries
        # along with the positioner's axes (EK, as RoboDK's KUKA posts write it for robots with external axes)
        md = int(opt["machine_def"])
        main_src.append(f"{prefix}BASE_DATA[{bno}]={_frame_text(positioner.X_FP)}")
        main_src.append(f"$BASE=EK(MACHINE_DEF[{md}].ROOT,MACHINE_DEF[{md}].MECH_TYPE,BASE_DATA[{bno}])")
    if tool.mass_kg is not None:
        # the torch's payload (tool.yaml) in $config.dat's LOAD_DATA form: mass kg, centre of mass frame in the
        # flange frame mm, inertia (0: a point mass); written like TOOL_DATA, only when asked
        cm = tool.com_m * 1e3 if tool.com_m is not None else np.zeros(3)
        main_src.append(f"{prefix}LOAD_DATA[{tno}]={{M {fmt(tool.mass_kg, 3)},CM {{X {fmt(cm[0], 3)},Y {fmt(cm[1], 3)},"
                        f"Z {fmt(cm[2], 3)},A 0,B 0,C 0}},J {{X 0,Y 0,Z 0}}}}")
    main_dat = head + [f"DEFDAT {name}"]

    counter = {"cp": 0, "ptp": 0, "wdat": 0}
    declared: set[str] = set()
    weld_vel = [common.arc_weld(m).travel_speed_m_s if m.arc else 0.0 for m in moves]
    # how many jobs a power source holds is its own (no common range): any positive number goes
    jobs = common.check_job_numbers(program, opt["job_numbers"])
    channels = tuple(opt["channels"])
    job_channel = opt["job_channel"] if opt["job_channel"] is not None else len(channels) + 1
    if jobs and not (len(channels) < job_channel <= _CHANNELS):
        raise ValueError(f"job_channel: {job_channel} must be a channel {len(channels) + 1}..{_CHANNELS} that "
                         f"the weld values ({len(channels)} channels) leave free")

    def declare(i: int, dat: list[str]) -> None:
        pn = pnames[i]
        if pn not in declared:
            declared.add(pn)
            dat.append(f"DECL {point_text[i][0]} X{pn}={point_text[i][1]}")
            dat.append(f'DECL FDAT F{pn}={{TOOL_NO {tno},BASE_NO {bno},IPO_FRAME #BASE,POINT2[] " "}}')

    def emit(i: int, src: list[str], dat: list[str]) -> None:
        if i in vias:
            return  # the auxiliary point of the CIRC that ends at the next target
        m = moves[i]
        pn = pnames[i]
        declare(i, dat)
        # CIRC auxiliary point, target point (docs/references.md#controllers-3-1); the pair stays in one file
        move_kw, move_pt = ("CIRC", f"X{pnames[circles[i]]}, X{pn}") if i in circles else ("LIN", f"X{pn}")
        if i in circles:
            declare(circles[i], dat)
        tb = f"Tool[{tno}] Base[{bno}]"
        if m.kind == "joint":
            counter["ptp"] += 1
            pd = f"PDAT{counter['ptp']}"
            pct = opt["joint_speed_percent"] if opt["joint_speed_percent"] is not None else m.joint_speed * 100.0
            vel = fmt(pct, 3)
            # C_PTP: approximate positioning into the next move, the zone (PDAT APO_DIST, mm) a programmer sets
            cont = " C_PTP" if m.blend_m and i + 1 < len(moves) else ""
            title = f"PTP {pn} {'CONT ' if cont else ''}Vel={vel} % {pd} {tb}"
            dat.append(f"DECL PDAT P{pd}={{VEL {vel},ACC 100.0,APO_DIST {fmt((m.blend_m or 0.0) * 1e3, 3)}}}")
            src += [f";FOLD {title};%{{PE}}", "$BWDSTART=FALSE", f"PDAT_ACT=P{pd}",
                    f"FDAT_ACT=F{pn}", f"BAS(#PTP_PARAMS,{vel})", f"PTP X{pn}{cont}", ";ENDFOLD"]
            return
        counter["cp"] += 1
        cd = f"CPDAT{counter['cp']}"
        nxt_arc = i + 1 < len(moves) and moves[i + 1].arc
        speed = common.arc_weld(m).travel_speed_m_s if m.arc else (m.speed_m_s or opt["air_speed_m_s"])
        # BAS(#CP_PARAMS) sets $APO.CDIS from LDAT_ACT.APO_DIST: the blend distance of this move's C_DIS
        dat.append(f"DECL LDAT L{cd}={{VEL {fmt(speed, 6)},ACC 100.0,APO_DIST {fmt((m.blend_m or 0.0) * 1e3, 3)},"
                   "APO_FAC 50.0,AXIS_VEL 100.0,AXIS_ACC 100.0,ORI_TYP #VAR,CIRC_TYP #BASE,JERK_FAC 50.0,"
                   "GEAR_JERK 100.0,EXAX_IGN 0}")
        kind = "on" if (not m.arc and nxt_arc) else ("off" if m.arc and not nxt_arc else ("swi" if m.arc else ""))
        if not kind:
            cont = " C_DIS" if m.blend_m and i + 1 < len(moves) else ""
            src += [f";FOLD {move_kw} {pn} {'CONT ' if cont else ''}Vel={fmt(speed, 6)} m/s {cd} {tb};%{{PE}}",
                    "$BWDSTART=FALSE", f"LDAT_ACT=L{cd}", f"FDAT_ACT=F{pn}", f"BAS(#CP_PARAMS,{fmt(speed, 6)})",
                    f"{move_kw} {move_pt}{cont}", ";ENDFOLD"]
            return
        if m.arc and (i == 0 or not (moves[i - 1].arc or moves[i - 1].kind == "linear")):
            raise ValueError(f"moves[{i}]: an arc must follow a linear approach move (ARCON is a LIN move)")
        counter["wdat"] += 1
        wd = f"WDAT{counter['wdat']}"
        # the weld data of ARCON / ARCSWI apply to the segment after their point
        seg = common.arc_weld(moves[i + 1]) if nxt_arc else common.arc_weld(m)
        seg_speed = weld_vel[i + 1] if nxt_arc else weld_vel[i]
        seam = moves[i + 1].seam_id if nxt_arc else m.seam_id
        job = (job_channel, jobs[seam]) if jobs and seam is not None else None
        dat.append(_wdat(wd, seg, seg_speed, channels, crater=kind == "off", job=job))
        wp = f"W{pn}"
        if f"WP:{wp}" not in declared:
            declared.add(f"WP:{wp}")
            dat.append(f'DECL stArcDat_T {wp}={{WdatId[] "{wp}",Info {{Version 303030366}}}}')
        ver = opt["arctech_version"]
        # ArcTech names its inline forms by motion: arcswilin / arcswicirc (docs/references.md#controllers-3-2)
        provider = {"on": "arcon", "swi": "arcswi", "off": "arcoff"}[kind] + move_kw.lower()
        blend = kind == "swi"
        title = {"on": f"ARCON {wd} LIN {pn} Vel={fmt(speed, 6)} m/s {cd} {tb}",
                 "swi": f"ARCSWI {wd} {move_kw} {pn} {cd} {tb}", "off": f"ARCOFF {wd} {move_kw} {pn} {cd} {tb}"}[kind]
        src += [f";FOLD {title};%{{PE}}", ";FOLD Parameters ;%{h}",
                f";Params IlfProvider=kukaroboter.arctech.{provider}; Kuka.PointName={pn}; "
                f"Kuka.BlendingEnabled={'True' if blend else 'False'}; Kuka.MoveDataName={cd}; "
                f"ArcTech.WdatVarName={wd}; ArcTech.Basic={ver}",
                ";ENDFOLD", "$BWDSTART = FALSE", f"LDAT_ACT = L{cd}", f"FDAT_ACT = F{pn}"]
        if kind == "on":
            src += [f"BAS(#CP_PARAMS, {fmt(speed, 6)})", "SET_CD_PARAMS (0)",
                    f"TRIGGER WHEN DISTANCE = 1 DELAY = ArcGetDelay(#PreDefinition, {wd}) DO "
                    f"ArcMainNG(#PreDefinition, {wd}, {wp}) PRIO = -1",
                    f"TRIGGER WHEN PATH = ArcGetPath(#OnTheFlyArcOn, {wd}) DELAY = ArcGetDelay(#GasPreflow, {wd}) "
                    f"DO ArcMainNG(#GasPreflow, {wd}, {wp}) PRIO = -1",
                    f"TRIGGER WHEN PATH = ArcGetPath(#OnTheFlyArcOn, {wd}) DELAY = 0 DO "
                    f"ArcMainNG(#ArcOnMoveStd, {wd}, {wp}) PRIO = -1",
                    f"ArcMainNG(#ArcOnBeforeMoveStd, {wd}, {wp})", f"LIN X{pn}",
                    f"ArcMainNG(#ArcOnAfterMoveStd, {wd}, {wp})"]
        elif kind == "swi":
            src += ["BAS(#CP_PARAMS, gArcBasVelDefinition)", "SET_CD_PARAMS (0)",
                    f"TRIGGER WHEN DISTANCE = 1 DELAY = 0 DO ArcMainNG(#ArcSwiMoveStd, {wd}, {wp}) PRIO = -1",
                    f"ArcMainNG(#ArcSwiBeforeMoveStd, {wd}, {wp})", f"{move_kw} {move_pt} C_DIS",
                    f"ArcMainNG(#ArcSwiAfterMoveStd, {wd}, {wp})"]
        else:
            src += ["BAS(#CP_PARAMS, gArcBasVelDefinition)", "SET_CD_PARAMS (0)",
                    f"TRIGGER WHEN PATH = ArcGetPath(#ArcOffBefore, {wd}) DELAY = 0 DO "
                    f"ArcMainNG(#ArcOffBeforeOffStd, {wd}, {wp}) PRIO = -1",
                    f"TRIGGER WHEN PATH = ArcGetPath(#OnTheFlyArcOff, {wd}) DELAY = 0 DO "
                    f"ArcMainNG(#ArcOffMoveStd, {wd}, {wp}) PRIO = -1",
                    f"ArcMainNG(#ArcOffBeforeMoveStd, {wd}, {wp})", f"{move_kw} {move_pt}",
                    f"ArcMainNG(#ArcOffAfterMoveStd, {wd}, {wp})"]
        src.append(";ENDFOLD")

    if not multi:
        for i in range(len(moves)):
            emit(i, main_src, main_dat)
    else:
        for k, (a, b) in enumerate(chunks, start=1):
            part = f"{name}_{k}"
            main_src.append(f"{part}( )")
            src = head + [f"DEF {part}( )"]
            dat = head + [f"DEFDAT {part}"]
            declared.clear()
            for i in range(a, b):
                emit(i, src, dat)
            files[f"{part}.src"] = "\n".join(src + ["END"]) + "\n"
            files[f"{part}.dat"] = "\n".join(dat + ["ENDDAT"]) + "\n"
    files = {f"{name}.src": "\n".join(main_src + ["END"]) + "\n",
             f"{name}.dat": "\n".join(main_dat + ["ENDDAT"]) + "\n", **files}
    return files


# ---------------------------------------------------------------------------------------------- read


def _X_frame(v: dict[str, Any], where: common.Source, offset: int) -> np.ndarray:
    try:
        p = np.array([v["X"], v["Y"], v["Z"]], dtype=np.float64) * 1e-3
        abc = np.array([v["A"], v["B"], v["C"]], dtype=np.float64)
    except KeyError as exc:
        raise where.error(offset, f"frame is missing member {exc.args[0]}") from None
    return X_from_R_p(poses.R_from_abc_deg(abc), p)


_E6POS = ("X", "Y", "Z", "A", "B", "C")
_E6AXIS = ("A1", "A2", "A3", "A4", "A5", "A6")


class _Module:
    def __init__(self, src: common.Source | None, dat: common.Source | None) -> None:
        self.src = src
        self.dat = dat
        self.data: dict[str, tuple[str, Any, tuple[int, int]]] = {}
        if dat is not None:
            self.dat_name, self.data = parse_dat(dat)


def _weld_from(wd: dict[str, Any], channels: tuple[str, ...], start_s: float, end_s: float) -> WeldSettings:
    weld = wd.get("WELD", {})
    speed = float(weld.get("VELOCITY", float("nan")))
    vals = {c: float(weld.get(f"CHANNEL{k + 1}", float("nan"))) for k, c in enumerate(channels)}
    weave = None
    wv = wd.get("WEAVE", {})
    pattern = str(wv.get("PATTERN", "NONE")).upper()
    if pattern != "NONE" and float(wv.get("LENGTH", 0.0)) > 0:
        weave = (_WEAVE_FROM_KUKA.get(pattern, "zigzag"), float(wv.get("AMPLITUDE", 0.0)) * 2e-3,
                 speed / (float(wv["LENGTH"]) * 1e-3))
    return WeldSettings(travel_speed_m_s=speed, wire_feed_m_min=vals.get("wire_feed_m_min", float("nan")),
                        voltage_v=vals.get("voltage_v", float("nan")), current_a=vals.get("current_a", float("nan")),
                        arc_start_s=start_s, arc_end_s=end_s, weave=weave)


def read(files: dict[str, str], robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
         ) -> MoveProgram:
    """MoveProgram from .src/.dat files. The main program is options["main"] or the .src whose DEF is not
    called by another file. PTP/LIN to named E6AXIS / E6POS / POS points (S, T matched by IK) or to
    literal aggregates; ArcTech folds are recognised by their ArcMainNG calls; calls of other DEFs in the
    files are followed. Raises ProgramSyntaxError(file, line, column, message)."""
    it = Interpreter(options, {"main": None, "channels": DEFAULT_OPTIONS["channels"], "X_BP": None})
    opt = it.opt
    modules: dict[str, _Module] = {}
    srcs: dict[str, common.Source] = {}
    dats: dict[str, common.Source] = {}
    for fname, text in files.items():
        stem, _, ext = fname.rpartition(".")
        stem = stem.rsplit("/", 1)[-1].upper()
        if ext.lower() == "src":
            srcs[stem] = common.Source(fname, text)
        elif ext.lower() == "dat":
            dats[stem] = common.Source(fname, text)
    if not srcs:
        raise common.ProgramSyntaxError(next(iter(files), "?"), 1, 1, "no .src file")
    defs: dict[str, str] = {}
    for stem, s in srcs.items():
        modules[stem] = _Module(s, dats.get(stem))
        for _off, line in s.lines():
            m = re.match(r"\s*(?:GLOBAL\s+)?DEF\s+([A-Za-z_]\w*)\s*\(", strip_comment(line), re.IGNORECASE)
            if m:
                defs[m.group(1).upper()] = stem
                break
        else:
            raise s.error(0, "no DEF line")
    called = set()
    for s in srcs.values():
        for _, line in s.lines():
            for m in re.finditer(r"\b([A-Za-z_]\w*)\s*\(\s*\)", strip_comment(line)):
                if m.group(1).upper() in defs and not re.match(r"\s*(GLOBAL\s+)?DEF\b", line, re.I):
                    called.add(m.group(1).upper())
    main = it.main(list(defs), called, next(iter(files)), "DEF", opt["main"])
    channels = tuple(opt["channels"])
    tool_data: dict[int, np.ndarray] = {}
    base_data: dict[int, np.ndarray] = {}
    # the weld data governing each arc move (ArcSwi switches it within a run) and its run's strike / crater data
    arc_data: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
    st: dict[str, Any] = {"cp": None, "ptp": None, "tool": None, "base": None, "pending": None, "wdat": None,
                          "run": None, "cdis": None, "ek": False}
    positioner = opt.get("positioner")

    def ext_of(val: dict[str, Any]) -> np.ndarray | None:
        # the positioner's axes E1.. of a point (deg; an E the point leaves out is 0); ignored without a positioner
        if positioner is None:
            return None
        return np.radians([float(val.get(f"E{k + 1}", 0.0)) for k in range(positioner.spec.dof)])

    def weld_of(raw: common.RawMove) -> WeldSettings:
        wd, run = arc_data[id(raw)]
        start = run["start"].get("STRIKE", {}) if run["start"] else {}
        end = (run["end"] or {}).get("CRATER", {})
        return _weld_from(wd or {}, channels, float(start.get("STARTTIME", 0.0)), float(end.get("CRATERTIME", 0.0)))

    def lookup(mod: _Module, name: str, s: common.Source, off: int) -> tuple[str, Any]:
        entry = mod.data.get(name.upper())
        if entry is None:
            # globals of other modules' .dat files are not visible: unknown here
            raise s.error(off, f"unknown point or data name '{name}'")
        return entry[0], entry[1]

    def frame_value(mod: _Module, text: str, s: common.Source, off: int) -> np.ndarray:
        t = text.strip()
        if t.startswith("{"):
            return _X_frame(parse_value(t, off, s), s, off)
        m = re.fullmatch(r"(TOOL_DATA|BASE_DATA)\[(\d+)\]", t, re.IGNORECASE)
        if m:
            table = tool_data if m.group(1).upper() == "TOOL_DATA" else base_data
            if int(m.group(2)) in table:
                return table[int(m.group(2))]
            raise s.error(off, f"{t} is not set in these files")
        typ, v = lookup(mod, t, s, off)
        return _X_frame(v, s, off)

    def run(def_name: str) -> None:
        mod = modules[defs[def_name]]
        s = mod.src
        assert s is not None  # defs names only modules read from a .src file
        in_def = False
        ended = False
        for off, line in s.lines():
            code = strip_comment(line)
            text = code.strip()
            if in_def and line.lstrip().startswith(_FRAME_REMARK):
                # planned tool / base values of a program that selects the controller's tables: they stand for
                # the calibrated entries unless the files assign them
                rm = re.fullmatch(r"(TOOL_DATA|BASE_DATA)\s*\[\s*(\d+)\s*\]\s*=\s*(\{.*\})",
                                  line.lstrip()[len(_FRAME_REMARK):].strip(), re.IGNORECASE)
                if rm:
                    X = frame_value(mod, rm.group(3), s, off + line.index(rm.group(3)))
                    (tool_data if rm.group(1).upper() == "TOOL_DATA" else base_data).setdefault(int(rm.group(2)), X)
                continue
            if not text or text.startswith("&"):
                continue
            lead = off + len(code) - len(code.lstrip())
            up = text.upper()
            if not in_def:
                if re.match(r"(GLOBAL\s+)?DEF\s+" + def_name + r"\s*\(", up):
                    in_def = True
                continue
            if up == "END":
                ended = True
                break
            if re.match(r"(IF|ELSE|ENDIF|WHILE|ENDWHILE|FOR|ENDFOR|LOOP|ENDLOOP|SWITCH|CASE|DEFAULT|ENDSWITCH"
                        r"|REPEAT|UNTIL|GOTO)\b", up):
                it.control_flow(s, lead, text.split()[0])
                continue
            m = re.fullmatch(r"(TOOL_DATA|BASE_DATA)\s*\[\s*(\d+)\s*\]\s*=\s*(.+)", text, re.IGNORECASE)
            if m:
                X = frame_value(mod, m.group(3), s, lead + m.start(3))
                (tool_data if m.group(1).upper() == "TOOL_DATA" else base_data)[int(m.group(2))] = X
                continue
            m = re.fullmatch(r"\$BASE\s*=\s*EK\s*\((.*),\s*([^,]+)\)", text, re.IGNORECASE)
            if m:
                # a base on external kinematics (root and type of the MACHINE_DEF entry, then the base on its
                # flange): the frame turns with the positioner's axes E1..
                if positioner is None:
                    raise s.error(lead, "$BASE = EK(...) couples the base to external kinematics: give the "
                                  "positioner to read it")
                st["base"] = frame_value(mod, m.group(2), s, lead + m.start(2))
                st["ek"] = True
                continue
            m = re.fullmatch(r"\$(TOOL|BASE)\s*=\s*(.+)", text, re.IGNORECASE)
            if m:
                st[m.group(1).lower()] = frame_value(mod, m.group(2), s, lead + m.start(2))
                continue
            m = re.fullmatch(r"BAS\s*\(\s*#(\w+)\s*,\s*([^)]*)\)", text, re.IGNORECASE)
            if m:
                kind, arg = m.group(1).upper(), m.group(2).strip()
                if kind in ("CP_PARAMS", "VEL_CP", "PTP_PARAMS", "VEL_PTP"):
                    try:
                        val = float(arg)
                    except ValueError:
                        val = None  # gArcBasVelDefinition: the weld data sets the speed
                    st["cp" if kind.startswith(("CP", "VEL_CP")) else "ptp"] = val
                elif kind in ("TOOL", "BASE"):
                    n = int(float(arg))
                    table = tool_data if kind == "TOOL" else base_data
                    st[kind.lower()] = table.get(n)
                continue
            m = re.fullmatch(r"\$VEL\.CP\s*=\s*([-+\d.eE]+)", text, re.IGNORECASE)
            if m:
                st["cp"] = float(m.group(1))
                continue
            m = re.fullmatch(r"\$APO\.CDIS\s*=\s*([-+\d.eE]+)", text, re.IGNORECASE)
            if m:
                st["cdis"] = float(m.group(1)) * 1e-3
                continue
            m = re.fullmatch(r"\$OV_PRO\s*=\s*([-+\d.eE]+)", text, re.IGNORECASE)
            if m:
                # program override (%): scales every motion's speed (KSS system variable $OV_PRO)
                it.set_override(float(m.group(1)), s, lead + m.start(1), "$OV_PRO")
                continue
            m = re.fullmatch(r"LDAT_ACT\s*=\s*(\w+)", text, re.IGNORECASE)
            if m:
                _, ld = lookup(mod, m.group(1), s, lead + m.start(1))
                if isinstance(ld, dict) and "APO_DIST" in ld:
                    st["cdis"] = float(ld["APO_DIST"]) * 1e-3
                continue
            m = re.fullmatch(r"FDAT_ACT\s*=\s*(\w+)", text, re.IGNORECASE)
            if m:
                _, fd = lookup(mod, m.group(1), s, lead + m.start(1))
                st["tool"] = tool_data.get(int(fd.get("TOOL_NO", 0)), st["tool"])
                st["base"] = base_data.get(int(fd.get("BASE_NO", 0)), st["base"])
                continue
            m = re.fullmatch(r"ArcMainNG\s*\(\s*#(\w+)\s*,\s*(\w+)\s*,.*\)", text, re.IGNORECASE)
            if m:
                event = m.group(1).upper()
                which = {"ARCONBEFOREMOVESTD": "on", "ARCSWIBEFOREMOVESTD": "swi",
                         "ARCOFFBEFOREMOVESTD": "off"}.get(event)
                if which:
                    typ, wd = lookup(mod, m.group(2), s, lead + m.start(2))
                    st["pending"] = (which, wd)
                continue
            m = re.fullmatch(r"(PTP|LIN|CIRC|SPTP|SLIN|SCIRC)\b\s*(.*)", text, re.IGNORECASE)
            if m:
                motion(mod, s, lead, m.group(1).upper(), m.group(2), lead + m.start(2))
                continue
            m = re.fullmatch(r"([A-Za-z_]\w*)\s*\(\s*\)", text)
            if m and m.group(1).upper() in defs:
                it.call(m.group(1).upper(), run, (s.name, *s.position(lead)))
                continue
            # anything else ($BWDSTART, LDAT_ACT, TRIGGER, INTERRUPT, WAIT, outputs ...) does not move the robot
        if not in_def:
            raise s.error(0, f"DEF {def_name} not found")
        if not ended:
            raise s.error(len(s.text), f"DEF {def_name} has no END")

    def motion(mod: _Module, s: common.Source, lead: int, instr: str, rest: str, rest_off: int) -> None:
        kind = "joint" if instr in ("PTP", "SPTP") else "linear"
        rest = rest.strip()
        via = None
        if instr in ("CIRC", "SCIRC"):
            # CIRC auxiliary point, target point [C_...] (docs/references.md#controllers-3-1)
            cm = re.match(r"(\{[^}]*\}|[A-Za-z_$][\w$]*)\s*,\s*", rest)
            if not cm:
                raise s.error(rest_off, f"{instr} needs an auxiliary point and a target point")
            via = cartesian(mod, s, cm.group(1), rest_off)
            rest_off += cm.end()
            rest = rest[cm.end():]
        mm = re.fullmatch(r"(\{.*\}|[A-Za-z_$][\w$]*)\s*(C_DIS|C_VEL|C_ORI|C_PTP|C_SPL)?(\s+C_DIS)?", rest,
                          re.IGNORECASE)
        if not rest or not mm:
            raise s.error(rest_off if rest else lead, f"{instr} needs a target point")
        target = mm.group(1)
        where = (s.name, *s.position(rest_off))
        if target.startswith("{"):
            typ, val, pname = ("E6AXIS" if "A1" in target.upper() else "E6POS"), parse_value(target, rest_off, s), ""
        else:
            typ, val = lookup(mod, target, s, rest_off)
            pname = target[1:] if target.upper().startswith("X") and len(target) > 1 else target
        pending, st["pending"] = st["pending"], None
        raw = common.RawMove(kind, where, name=pname, X_FT=st["tool"], X_BP=st["base"])
        joint_speed = 1.0
        # approximate positioning (C_PTP, C_DIS, ...) flows on into the next move; without it the robot stops
        if mm.group(2) or mm.group(3):
            raw.blend_m = st["cdis"] if st["cdis"] else 1e-3
        else:
            raw.blend_m = 0.0
        if kind == "joint":
            pct = st["ptp"] if st["ptp"] is not None else 100.0
            if not 0 < pct <= 100:
                raise s.error(lead, f"PTP velocity {pct} % is not in (0, 100]")
            joint_speed = pct / 100.0
        if typ in ("E6AXIS", "AXIS"):
            missing = [k for k in _E6AXIS if k not in val]
            if missing:
                raise s.error(rest_off, f"axis point {target} lacks {missing}")
            raw.q_ctrl = np.radians([float(val[k]) for k in _E6AXIS])
            raw.ext_q = ext_of(val)
        elif typ in ("E6POS", "POS", "FRAME"):
            missing = [k for k in _E6POS if k not in val]
            if missing:
                raise s.error(rest_off, f"point {target} lacks {missing}")
            raw.X_PT = _X_frame(val, s, rest_off)
            raw.ext_q = ext_of(val)
            if st["ek"] and raw.ext_q is not None:
                # the point is in a base that turns with the positioner: its frame on the flange
                raw.X_FP, raw.X_BP = st["base"], None
            if "S" in val and "T" in val:
                raw.keys = poses.kuka_keys(int(val["S"]), int(val["T"]))[0]
            else:
                raw.keys = None  # no S/T: nearest to the current joints
        else:
            raise s.error(rest_off, f"'{target}' is a {typ}, not a point")
        if via is not None:
            raw.X_PT_via, raw.via_keys = via
        if kind == "linear" and (pending and pending[0] in ("swi", "off") or (it.arc and not pending)):
            # an ArcTech weld motion: ArcSwi / ArcOff fold before it, or the arc burning on from ArcOn
            if not it.arc:
                st["run"] = {"start": None, "end": None}
                it.arc_on(weld_of)
            arc_data[id(raw)] = (st["wdat"], st["run"])
            it.move(raw)
            if pending and pending[0] == "swi":
                st["wdat"] = pending[1]
            if pending and pending[0] == "off":
                st["run"]["end"] = pending[1]
                it.arc_off()
            return
        if it.arc and kind == "linear":
            it.arc_off()  # a new ArcOn fold ends the run going on
        it.move(raw, st["cp"] if kind == "linear" else None, joint_speed)
        if pending and pending[0] == "on":
            st["wdat"] = pending[1]
            st["run"] = {"start": pending[1], "end": None}
            it.arc_on(weld_of)

    def cartesian(mod: _Module, s: common.Source, target: str, off: int) -> tuple[np.ndarray, np.ndarray | None]:
        """(X_PT, configuration keys or None) of a Cartesian point, named or literal."""
        if target.startswith("{"):
            typ, val = "E6POS", parse_value(target, off, s)
        else:
            typ, val = lookup(mod, target, s, off)
        if typ not in ("E6POS", "POS", "FRAME"):
            raise s.error(off, f"'{target}' is a {typ}, not a Cartesian point")
        missing = [k for k in _E6POS if k not in val]
        if missing:
            raise s.error(off, f"point {target} lacks {missing}")
        keys = poses.kuka_keys(int(val["S"]), int(val["T"]))[0] if "S" in val and "T" in val else None
        return _X_frame(val, s, off), keys

    it.call(main, run, (next(iter(files)), 1, 1))
    return it.finish(robot, tool, opt["X_BP"], None, LANGUAGE.vendor, main)

