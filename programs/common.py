"""Pieces every controller writer and reader shares: the syntax error, source positions, number
formatting, options, program checks, file splitting, and turning parsed targets back into Moves."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, cast

import numpy as np

from kinematics.se3 import X_from_R_p, invert_X, rot_axis_angle, rotation_angle, rotation_log
from planning.moves import MOVE_KINDS, Move, MoveProgram, WeldSettings, with_blends
from programs import poses
from robot_models.spec import RobotSpec, ToolSpec

__all__ = [
    "ProgramSyntaxError",
    "RawMove",
    "Source",
    "as_written",
    "check_job_numbers",
    "check_program",
    "collinear_keep",
    "finish_program",
    "ext_deg",
    "fixed_frame_targets",
    "fmt",
    "main_program",
    "part_frames",
    "merge_options",
    "prepare",
    "program_name",
    "resolve_moves",
    "split_chunks",
    "split_unsupported",
    "Unsupported",
    "Written",
    "arc_poses",
    "unique_names",
    "weld_key",
    "weld_schedules",
    "written",
]



class ProgramSyntaxError(ValueError):
    """A program text that cannot be read: file name, 1-based line and column, message."""

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        self.file = file
        self.line = int(line)
        self.column = int(column)
        self.message = message
        super().__init__(f"{file}:{self.line}:{self.column}: {message}")


class Unsupported:
    """What a reader does with a statement it cannot execute or time (control flow, targets held in
    variables or position registers, FANUC A arcs): mode "error" (the default) raises the
    ProgramSyntaxError; mode "skip" records it in `skipped` and the reader goes on with the next statement
    in text order, so that a real controller file reads as the motion it states plainly (possibly none)
    plus the list of what was left out."""

    MODES = ("error", "skip")

    def __init__(self, mode: str = "error") -> None:
        if mode not in self.MODES:
            raise ValueError(f"unsupported: {mode!r} is not one of {list(self.MODES)}")
        self.mode = mode
        self.skipped: list[str] = []

    @property
    def skipping(self) -> bool:
        return self.mode == "skip"

    def __call__(self, exc: ProgramSyntaxError) -> None:
        """Raise exc (mode "error") or record it and return (mode "skip")."""
        if self.mode == "error":
            raise exc
        self.skipped.append(str(exc))


def split_unsupported(options: dict[str, Any] | None) -> tuple[Unsupported, dict[str, Any] | None]:
    """The reader option 'unsupported' as an Unsupported, and the remaining options."""
    if not options or "unsupported" not in options:
        return Unsupported(), options
    rest = {k: v for k, v in options.items() if k != "unsupported"}
    return Unsupported(str(options["unsupported"])), rest


class Source:
    """One program file's text with offset -> (line, column) lookups for error messages."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def error(self, offset: int, message: str) -> ProgramSyntaxError:
        line, col = self.position(offset)
        return ProgramSyntaxError(self.name, line, col, message)

    def lines(self) -> list[tuple[int, str]]:
        """(offset of the line start, line text) for every line."""
        text = self.text
        ends = self._starts[1:] + [len(text) + 1]
        return [(s, text[s : e - 1]) for s, e in zip(self._starts, ends, strict=True)]


def fmt(value: float, decimals: int) -> str:
    """Fixed-point text with trailing zeros removed ('12.5', '-3', '0'); never '-0'."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def fmt_fixed(value: float, decimals: int) -> str:
    """Fixed-point text with exactly `decimals` decimals; never '-0.000'."""
    text = f"{value:.{decimals}f}"
    if float(text) == 0.0:
        text = text.lstrip("-")
    return text


def merge_options(defaults: dict[str, Any], options: dict[str, Any] | None, language: str) -> dict[str, Any]:
    """defaults updated by options; ValueError naming any option the language does not know."""
    merged = dict(defaults)
    if options:
        unknown = sorted(set(options) - set(defaults))
        if unknown:
            raise ValueError(f"{language}: unknown option(s) {unknown}; known: {sorted(defaults)}")
        merged.update(options)
    return merged


def check_program(program: MoveProgram, robot: RobotSpec, tool: ToolSpec, tol_m: float = 1e-4,
                  tol_rad: float = 1e-4, positioner: Any = None) -> np.ndarray:
    """Validate a MoveProgram before writing; returns q[N, 6]. Checks kinds, finite values, joint limits
    and that every move's X_PT equals the pose its q reaches (X_BP^-1 FK(q) X_FT) within tolerance; in a
    program with external axes (positioner: a planning.positioner.PositionerCell) X_BP is each move's, the part
    where the positioner holds it at the move's ext_q (part_frames)."""
    if not program.moves:
        raise ValueError("program has no moves")
    X_BP = np.asarray(program.X_BP, dtype=np.float64)
    X_FT = np.asarray(program.X_FT, dtype=np.float64)
    if X_BP.shape != (4, 4) or X_FT.shape != (4, 4) or not (np.all(np.isfinite(X_BP)) and np.all(np.isfinite(X_FT))):
        raise ValueError("program.X_BP and program.X_FT must be finite 4x4 transforms")
    q = np.empty((len(program.moves), 6))
    X_PT = np.empty((len(program.moves), 4, 4))
    for i, m in enumerate(program.moves):
        if m.kind not in MOVE_KINDS:
            raise ValueError(f"moves[{i}].kind must be one of {MOVE_KINDS}, got {m.kind!r}")
        qi = np.asarray(m.q, dtype=np.float64)
        if qi.shape != (6,) or not np.all(np.isfinite(qi)):
            raise ValueError(f"moves[{i}].q must be 6 finite joint values (rad)")
        Xi = np.asarray(m.X_PT, dtype=np.float64)
        if Xi.shape != (4, 4) or not np.all(np.isfinite(Xi)):
            raise ValueError(f"moves[{i}].X_PT must be a finite 4x4 transform")
        if m.kind == "linear" and m.speed_m_s is not None and not (m.speed_m_s > 0 and math.isfinite(m.speed_m_s)):
            raise ValueError(f"moves[{i}].speed_m_s must be a positive number, got {m.speed_m_s!r}")
        if m.arc and m.kind != "linear":
            raise ValueError(f"moves[{i}]: an arc move must be linear")
        if m.arc and m.weld is None:
            raise ValueError(f"moves[{i}]: an arc move needs weld settings")
        q[i] = qi
        X_PT[i] = Xi
    lo, hi = robot.joint_limits[:, 0] - 1e-9, robot.joint_limits[:, 1] + 1e-9
    bad = np.nonzero(np.any((q < lo) | (q > hi), axis=1))[0]
    if bad.size:
        raise ValueError(f"moves{bad[:5].tolist()}: joint values outside the limits of robot '{robot.id}'")
    X_BPs = part_frames(program, positioner)
    X_got = invert_X(X_BP if X_BPs is None else X_BPs) @ robot.kinematics.fk(q) @ X_FT
    dp = np.linalg.norm(X_got[:, :3, 3] - X_PT[:, :3, 3], axis=1)
    da = rotation_angle(X_got[:, :3, :3], X_PT[:, :3, :3])
    bad = np.nonzero((dp > tol_m) | (da > tol_rad))[0]
    if bad.size:
        raise ValueError(
            f"moves{bad[:5].tolist()}: X_PT is not the TCP pose that q reaches with this X_BP / X_FT "
            f"(max {dp.max() * 1e3:.3f} mm, {np.degrees(da.max()):.3f} deg)"
        )
    return q


def part_frames(program: MoveProgram, positioner: Any) -> np.ndarray | None:
    """X_BP[N, 4, 4] of each move of a program with external axes: the part where the positioner (a
    planning.positioner.PositionerCell: X_BPos, its face plate FK, X_FP) holds it at the move's ext_q; None for a
    program without them. ValueError naming "positioner" when the program's external axes and the positioner do
    not fit (none given, another positioner, a different number of axes, a value outside its limits)."""
    ext = [m.ext_q is not None for m in program.moves]
    if not any(ext):
        if positioner is not None:
            raise ValueError("positioner: the program has no external axes (no move has ext_q)")
        return None
    if positioner is None:
        raise ValueError(f"positioner: the program turns positioner '{program.positioner_id}' (moves' ext_q): "
                         "the writer needs its placement (a PositionerCell)")
    spec = positioner.spec
    if program.positioner_id is not None and program.positioner_id != spec.id:
        raise ValueError(f"positioner: the program's axes are those of '{program.positioner_id}', not '{spec.id}'")
    out = np.empty((len(program.moves), 4, 4))
    for i, m in enumerate(program.moves):
        if m.ext_q is None:
            raise ValueError(f"moves[{i}].ext_q is missing: the program's other moves have external axes")
        e = np.asarray(m.ext_q, dtype=np.float64).reshape(-1)
        if e.size != spec.dof or not np.all(np.isfinite(e)):
            raise ValueError(f"moves[{i}].ext_q must be {spec.dof} finite values (the axes of '{spec.id}')")
        if not spec.within_limits(e, tol=1e-9):
            raise ValueError(f"moves[{i}].ext_q {np.degrees(e).round(3).tolist()} deg is outside the limits of "
                             f"positioner '{spec.id}'")
        out[i] = positioner.X_BP(e)
    return out


def fixed_frame_targets(program: MoveProgram, positioner: Any) -> list[np.ndarray]:
    """Each move's TCP pose in the part frame where it is at the program's start (program.X_BP), the positioner
    holding the part at the move's ext_q: the targets of a language whose Cartesian points refer to a user frame
    fixed in the cell (FANUC UFRAME, Yaskawa USER frame) while a positioner that stands during each weld turns
    the part between them. Without external axes: the moves' X_PT."""
    frames = part_frames(program, positioner)
    if frames is None:
        return [np.asarray(m.X_PT, dtype=np.float64) for m in program.moves]
    X_PB0 = invert_X(np.asarray(program.X_BP, dtype=np.float64))
    return [X_PB0 @ frames[i] @ np.asarray(m.X_PT, dtype=np.float64) for i, m in enumerate(program.moves)]


def ext_deg(m: Move) -> np.ndarray:
    """A move's external axes in degrees (the controllers' unit for rotary axes), as the positioner's URDF
    counts them: the axis directions and zeros of the controller's mechanical unit must be configured to match."""
    assert m.ext_q is not None  # called for programs with external axes only
    return np.degrees(np.asarray(m.ext_q, dtype=np.float64).reshape(-1))


def unique_names(wanted: Sequence[str], fallback: Sequence[str], valid: re.Pattern[str], max_len: int,
                 values: Sequence[str] | None = None, upper: bool = False) -> list[str]:
    """One identifier per item: the wanted name when it is a valid identifier of at most max_len
    characters not used yet (or used by an item with the same value text), else the fallback (made
    unique with a numeric suffix)."""
    used: dict[str, str | None] = {}
    out = []
    for k, (want, fb) in enumerate(zip(wanted, fallback, strict=True)):
        value = values[k] if values is not None else None
        name = want.upper() if upper else want
        ok = bool(name) and len(name) <= max_len and valid.fullmatch(name) is not None
        if ok and name.lower() in used and (value is None or used[name.lower()] != value):
            ok = False
        if not ok:
            name = fb
            j = 2
            while name.lower() in used:
                name = f"{fb}_{j}"
                j += 1
        used[name.lower()] = value
        out.append(name)
    return out


def split_chunks(moves: Sequence[Move], max_points: int | None, no_cut_before: Collection[int] = ()
                 ) -> list[tuple[int, int]]:
    """[start, stop) index ranges of at most max_points moves each; a cut goes where the arc is off
    when one lies in the second half of the chunk (the arc stays on across a cut otherwise), never before an
    index in no_cut_before (the end of a circular move stays in its via's file)."""
    n = len(moves)
    if not max_points or n <= max_points:
        return [(0, n)]
    if max_points < 2:
        raise ValueError("max_points_per_file must be at least 2")
    out = []
    start = 0
    while n - start > max_points:
        stop = start + max_points
        # cut before a move that does not burn the arc, searching back over half a chunk
        for cut in range(stop, start + max_points // 2, -1):
            if not moves[cut].arc and cut not in no_cut_before:
                stop = cut
                break
        else:
            while stop in no_cut_before and stop > start + 1:
                stop -= 1
        out.append((start, stop))
        start = stop
    out.append((start, n))
    return out


def arc_weld(m: Move) -> WeldSettings:
    """The weld settings of an arc move, which check_program has made sure it has."""
    assert m.weld is not None
    return m.weld


def weld_key(w: WeldSettings) -> tuple[Any, ...]:
    """Hashable identity of weld settings (dedupes controller weld data)."""
    return (w.travel_speed_m_s, w.wire_feed_m_min, w.voltage_v, w.current_a, w.arc_start_s, w.arc_end_s, w.weave)


def weld_schedules(moves: Sequence[Move]) -> tuple[dict[tuple[Any, ...], int], dict[tuple[Any, ...], int]]:
    """Numbers 1, 2, ... of the distinct weld settings of the arc moves, in order of first use (weld_key: the
    schedule, condition file or welddata a program selects), and of the distinct (weave, travel speed) pairs."""
    schedules: dict[tuple[Any, ...], int] = {}
    weaves: dict[tuple[Any, ...], int] = {}
    for m in moves:
        if m.arc and m.weld is not None:
            schedules.setdefault(weld_key(m.weld), len(schedules) + 1)
            if m.weld.weave:
                weaves.setdefault((m.weld.weave, m.weld.travel_speed_m_s), len(weaves) + 1)
    return schedules, weaves


def check_job_numbers(program: MoveProgram, job_numbers: dict[str, int] | None, highest: int | None = None
                      ) -> dict[str, int]:
    """The welder job number of every seam the program welds, from a mapping {seam id: job number} (the seam ids of
    the plan result); ValueError starting "job_numbers:" for a key that is no welded seam, a seam left out, or a
    number outside 1..highest (None: any positive integer)."""
    if not job_numbers:
        return {}
    welded = sorted({m.seam_id for m in program.moves if m.arc and m.seam_id is not None})
    unknown = sorted(set(job_numbers) - set(welded))
    if unknown:
        raise ValueError(f"job_numbers: {unknown} are not seams this program welds; its seams: {welded}")
    missing = [s for s in welded if s not in job_numbers]
    if missing:
        raise ValueError(f"job_numbers: no job number for the seams {missing}; every welded seam needs one")
    out = {}
    for seam, n in job_numbers.items():
        if isinstance(n, bool) or not isinstance(n, int) or n < 1 or (highest is not None and n > highest):
            raise ValueError(f"job_numbers: {seam!r}: {n!r} is not a job number 1..{highest or 'n'}")
        out[seam] = n
    return out


# ------------------------------------------------------------------------------ motion as written

# Default of every writer's collinear_tolerance_mm: weld points within 0.1 mm of the straight line (and the
# slerped orientation within COLLINEAR_TOL_RAD) between the points kept are left out of the program.
COLLINEAR_TOLERANCE_MM = 0.1
# Orientation tolerance of the same test: 0.1 mm at the end of a 0.3 m flange-to-wire-tip lever is ~0.02 deg.
COLLINEAR_TOL_RAD = 1e-4 / 0.3


def _flows(m: Move, nxt: Move) -> bool:
    # same test as planning.timing's run rule: the motion goes on through m's target into nxt
    return (m.kind == nxt.kind == "linear" and m.blend_m != 0.0 and m.arc == nxt.arc
            and (m.seam_id, m.role, m.speed_m_s) == (nxt.seam_id, nxt.role, nxt.speed_m_s))


def _on_line(X: np.ndarray, a: int, b: int, tol_m: float, tol_rad: float) -> bool:
    """Whether every target strictly between a and b lies on the straight TCP line a -> b (within tol_m) with
    the orientation a controller slerps there (within tol_rad)."""
    pa, pb = X[a, :3, 3], X[b, :3, 3]
    d = pb - pa
    dd = float(d @ d)
    if dd < 1e-18:
        return False  # a turn on the spot: keep its targets
    mid = X[a + 1 : b]
    u = np.clip(((mid[:, :3, 3] - pa) @ d) / dd, 0.0, 1.0)
    if np.any(np.linalg.norm(pa + u[:, None] * d - mid[:, :3, 3], axis=1) > tol_m):
        return False
    if np.any(np.diff(np.concatenate([[0.0], u, [1.0]])) < -1e-9):
        return False  # the targets go back and forth along the line
    rotvec = rotation_log(X[a, :3, :3].T @ X[b, :3, :3])
    angle = float(np.linalg.norm(rotvec))
    if angle < 1e-12:
        R_u = np.broadcast_to(X[a, :3, :3], (len(u), 3, 3))
    else:
        R_u = X[a, :3, :3] @ rot_axis_angle(np.broadcast_to(rotvec / angle, (len(u), 3)), u * angle)
    return bool(np.all(rotation_angle(R_u, mid[:, :3, :3]) <= tol_rad))


# A circular move spans at most this angle: a controller interpolates the orientation from start to end the
# short way (slerp), which is unambiguous below 180 deg, and a via point far from both ends keeps the circle
# well conditioned (docs/references.md#controllers-9).
MAX_ARC_RAD = math.radians(150.0)


def _circle(pa: np.ndarray, pv: np.ndarray, pb: np.ndarray) -> tuple[np.ndarray, np.ndarray, float] | None:
    """(centre, unit normal, radius) of the circle through pa, pv, pb, the normal oriented so that pa -> pv -> pb
    runs counter-clockwise about it; None for (nearly) collinear points."""
    u, w = pv - pa, pb - pa
    n = np.cross(u, w)
    nn = float(n @ n)
    if nn <= 1e-12 * float(u @ u) * float(w @ w) or nn < 1e-30:
        return None
    c = pa + (float(u @ u) * np.cross(w, n) + float(w @ w) * np.cross(n, u)) / (2.0 * nn)
    return c, n / math.sqrt(nn), float(np.linalg.norm(pa - c))


def _arc_angles(c: np.ndarray, normal: np.ndarray, pa: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Angles (rad, in [0, 2 pi)) of points p[K, 3] about the circle's normal, measured from pa."""
    e1 = (pa - c) / np.linalg.norm(pa - c)
    e2 = np.cross(normal, e1)
    d = np.atleast_2d(p) - c
    return np.mod(np.arctan2(d @ e2, d @ e1), 2.0 * math.pi)


def _slerp(Ra: np.ndarray, Rb: np.ndarray, u: np.ndarray) -> np.ndarray:
    rotvec = rotation_log(Ra.T @ Rb)
    angle = float(np.linalg.norm(rotvec))
    if angle < 1e-12:
        return np.broadcast_to(Ra, (len(u), 3, 3)).copy()
    return Ra @ rot_axis_angle(np.broadcast_to(rotvec / angle, (len(u), 3)), u * angle)


def _on_arc(X: np.ndarray, a: int, b: int, tol_m: float, tol_rad: float) -> bool:
    """Whether the targets between a and b lie on the circle through a, the middle target and b (within tol_m),
    in order along it, within MAX_ARC_RAD, with the orientation a controller slerps from a to b (tol_rad)."""
    if b - a < 3:
        return False  # a circle needs two targets in between to be worth a via point
    v = (a + b) // 2
    circle = _circle(X[a, :3, 3], X[v, :3, 3], X[b, :3, 3])
    if circle is None:
        return False
    c, normal, r = circle
    mid = X[a + 1 : b, :3, 3]
    theta = _arc_angles(c, normal, X[a, :3, 3], np.vstack([mid, X[b, :3, 3]]))
    end = float(theta[-1])
    if end > MAX_ARC_RAD + 1e-9 or np.any(np.diff(np.concatenate([[0.0], theta])) < -1e-9):
        return False
    d = mid - c
    axial = d @ normal
    radial = np.linalg.norm(d - axial[:, None] * normal, axis=1)
    if np.any(np.hypot(radial - r, axial) > tol_m):
        return False
    R_u = _slerp(X[a, :3, :3], X[b, :3, :3], theta[:-1] / end)
    return bool(np.all(rotation_angle(R_u, X[a + 1 : b, :3, :3]) <= tol_rad))


def _farthest(test: Callable[[int], bool], anchor: int, j_max: int) -> int:
    """The farthest j <= j_max with test(j) true, by galloping then bisection from anchor + 1 (O(log n) tests;
    a 2000-point straight seam is two targets)."""
    good, step = anchor + 1, 1
    while good + step <= j_max and test(good + step):
        good += step
        step *= 2
    bad = min(good + step, j_max + 1)
    while bad - good > 1:
        mid = (good + bad) // 2
        if test(mid):
            good = mid
        else:
            bad = mid
    return good


def _farthest_arc(X: np.ndarray, anchor: int, j_max: int, tol_m: float, tol_rad: float) -> int:
    """The farthest end j <= j_max of a circular move from anchor (_on_arc), or anchor when there is none. The
    test is not monotone in j (targets sampled on the straight facets of a tessellated circle make short spans
    collinear), so ends are tried on a geometric ladder and the best one found is pushed on one by one."""
    best = anchor
    j = anchor + 4
    while j <= j_max:
        if _on_arc(X, anchor, j, tol_m, tol_rad):
            best = j
        j = max(j + 1, int(j + 0.5 * (j - anchor)))
    while best > anchor and best < j_max and _on_arc(X, anchor, best + 1, tol_m, tol_rad):
        best += 1
    return best


def motion_keep(moves: Sequence[Move], tol_m: float, tol_rad: float = COLLINEAR_TOL_RAD
                ) -> tuple[list[int], dict[int, int]]:
    """Indices of the moves a program writes and its circular moves {end index: via index} (move indices).

    A linear target that the motion flows through (a zone, same run) and that lies on the line between its kept
    neighbours within tol_m (orientation: tol_rad) is left out, as are the targets on a circle through a kept
    target, a via target and a kept end (a circular move, up to MAX_ARC_RAD) when the circle reaches farther than
    the line: the controller interpolates the same path. Targets the robot stops at, joint moves and run ends
    stay."""
    if tol_m < 0 or not math.isfinite(tol_m):
        raise ValueError(f"collinear_tolerance_mm must be a finite number >= 0, got {tol_m * 1e3!r}")
    n = len(moves)
    if tol_m == 0 or n < 3:
        return list(range(n)), {}
    X = np.stack([np.asarray(m.X_PT, dtype=np.float64) for m in moves])
    flows = [_flows(moves[k], moves[k + 1]) for k in range(n - 1)] + [False]
    keep = [0]
    circles: dict[int, int] = {}
    anchor = 0
    while anchor < n - 1:
        # targets anchor+1 .. j-1 may go when each flows into the next: j is at most j_max
        j_max = anchor + 1
        while j_max < n - 1 and flows[j_max]:
            j_max += 1
        line = _farthest(partial(_on_line, X, anchor, tol_m=tol_m, tol_rad=tol_rad), anchor, j_max)
        arc = _farthest_arc(X, anchor, j_max, tol_m, tol_rad) if moves[anchor + 1].kind == "linear" else anchor
        if arc > line and arc - anchor >= 3:
            via = (anchor + arc) // 2
            keep += [via, arc]
            circles[arc] = via
            anchor = arc
        else:
            keep.append(line)
            anchor = line
    return keep, circles


def collinear_keep(moves: Sequence[Move], tol_m: float, tol_rad: float = COLLINEAR_TOL_RAD) -> list[int]:
    """Indices of the moves a program writes (motion_keep; the via targets of circular moves included)."""
    return motion_keep(moves, tol_m, tol_rad)[0]


@dataclass(frozen=True, eq=False)
class Written:
    """A program as a controller file holds it: program.moves are the targets written, q[N, 6] their joints,
    circles {end index: via index} the circular moves among them (a via target is written with its end)."""

    program: MoveProgram
    q: np.ndarray
    circles: dict[int, int] = field(default_factory=dict)

    @property
    def vias(self) -> set[int]:
        """Indices of the via targets (written with the circular move that ends at the next target)."""
        return set(self.circles.values())

    def joint_records(self, which: str) -> list[bool]:
        """Which moves a writer states as joint values (the others as Cartesian targets): the joint moves of role
        "home" (which "home"), every joint move ("all") or none ("none")."""
        return [m.kind == "joint" and (which == "all" or (which == "home" and m.role == "home"))
                for m in self.program.moves]

    @property
    def statements(self) -> int:
        """Motion statements in the file: one per target, a circular move's via and end sharing one."""
        return len(self.program.moves) - len(self.circles)


def written(program: MoveProgram, q: np.ndarray, tolerance_mm: float) -> Written:
    """The program as written: blends stated (planning.moves.with_blends where a program has none), collinear
    targets collapsed and circles found (motion_keep); q[N, 6] cut to the moves kept."""
    if any(m.blend_m is None for m in program.moves):
        program = with_blends(program)
    keep, circles = motion_keep(program.moves, float(tolerance_mm) * 1e-3)
    pos = {k: i for i, k in enumerate(keep)}
    return Written(replace(program, moves=[program.moves[i] for i in keep]), np.asarray(q)[keep],
                   {pos[e]: pos[v] for e, v in circles.items()})


def program_name(wanted: str | None, program: MoveProgram, default: str, valid: re.Pattern[str], max_len: int,
                 upper: bool = False) -> tuple[str, bool]:
    """(name, ok): the name asked for, else the plan's, else default (upper-cased when upper); ok when it is a
    valid identifier of at most max_len characters."""
    name = (wanted or program.name or default).strip()
    name = name.upper() if upper else name
    return name, bool(valid.fullmatch(name)) and len(name) <= max_len


def prepare(program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None,
            defaults: dict[str, Any], language: str) -> tuple[dict[str, Any], Written]:
    """What every writer starts with: its options (defaults updated, unknown ones a ValueError), the program
    checked (check_program, with the option "positioner" where the language writes external axes) and as written
    (written, with the option collinear_tolerance_mm)."""
    opt = merge_options(defaults, options, language)
    program = _joint_targets_in_frame(program, robot, opt.get("positioner"))
    q = check_program(program, robot, tool, positioner=opt.get("positioner"))
    return opt, written(program, q, opt["collinear_tolerance_mm"])


def _joint_targets_in_frame(program: MoveProgram, robot: RobotSpec, positioner: Any) -> MoveProgram:
    """With external axes: every joint move's X_PT recomputed from its joints in the part frame of its own ext_q.
    A planner's index move copies the pose of the move before it (the part elsewhere) and the first home stands
    before the positioner turns, so their X_PT may refer to another state; a joint move goes to its joints, so
    those decide its pose (linear moves keep theirs and check_program checks them)."""
    frames = part_frames(program, positioner)
    if frames is None:
        return program
    X_FT = np.asarray(program.X_FT, dtype=np.float64)
    moves = [
        replace(m, X_PT=invert_X(frames[i]) @ robot.kinematics.fk(np.asarray(m.q, dtype=np.float64)[None])[0] @ X_FT)
        if m.kind == "joint" else m
        for i, m in enumerate(program.moves)
    ]
    return replace(program, moves=moves)


def as_written(program: MoveProgram, q: np.ndarray, tolerance_mm: float) -> tuple[MoveProgram, np.ndarray]:
    """written(...) as (program, q): the targets a file holds, via targets of circular moves included."""
    w = written(program, q, tolerance_mm)
    return w.program, w.q


def arc_poses(X_a: np.ndarray, X_v: np.ndarray, X_b: np.ndarray, sag_m: float = 1e-5) -> list[np.ndarray]:
    """Poses along a circular move from X_a through X_v's position to X_b, as a controller interpolates it: the
    TCP on the circle, the orientation slerped from X_a to X_b with the angle travelled (URScript movec mode 0,
    KRL ORI_TYPE #VAR; docs/references.md#controllers-9). Chords deviate from the circle by at most sag_m; the
    via position and X_b end a chord each. Raises ValueError for collinear points or an arc over 180 deg is
    read as it is written (the short orientation way)."""
    pa, pv, pb = (np.asarray(X)[:3, 3] for X in (X_a, X_v, X_b))
    circle = _circle(pa, pv, pb)
    if circle is None:
        raise ValueError("the circle's start, via and end points lie on a line")
    c, normal, r = circle
    th_v, th_b = _arc_angles(c, normal, pa, np.stack([pv, pb]))
    step = 2.0 * math.acos(max(-1.0, 1.0 - sag_m / r)) if r > sag_m else math.pi / 2
    thetas: list[float] = []
    for lo, hi in ((0.0, float(th_v)), (float(th_v), float(th_b))):
        k = max(1, math.ceil((hi - lo) / step))
        thetas += list(lo + (hi - lo) * np.arange(1, k + 1) / k)
    th = np.array(thetas)
    e1 = (pa - c) / r
    e2 = np.cross(normal, e1)
    R = _slerp(np.asarray(X_a)[:3, :3], np.asarray(X_b)[:3, :3], th / float(th_b))
    out = []
    for k, t in enumerate(th):
        p = c + r * (math.cos(t) * e1 + math.sin(t) * e2)
        out.append(X_from_R_p(R[k], np.asarray(X_b)[:3, 3] if k == len(th) - 1 else p))
    return out


def zone_index(blend_m: float, radii_mm: Sequence[float]) -> int:
    """Index of the largest predefined zone radius (mm, ascending, radii_mm[0] the smallest blend) not above
    blend_m; 0 for smaller blends."""
    mm = blend_m * 1e3
    k = 0
    for j, r in enumerate(radii_mm):
        if r <= mm + 1e-9:
            k = j
    return k


# ------------------------------------------------------------------------------------------ reading


@dataclass
class RawMove:
    """One motion as a reader found it, before IK.

    Exactly one of q_ctrl (pendant joint values, rad) and X_PT (TCP pose in the move's part frame) is
    set. keys: canonical configuration keys (programs.poses) for X_PT targets; None means "nearest to
    the previous joints" (URScript). X_BP / X_FT: the frames this move was programmed with (None: the
    program's). where: (file, line, column) for error messages.
    """

    kind: str
    where: tuple[str, int, int]
    q_ctrl: np.ndarray | None = None
    X_PT: np.ndarray | None = None
    keys: np.ndarray | None = None
    speed_m_s: float | None = None
    arc: bool = False
    weld: WeldSettings | None = None
    name: str = ""
    seam_id: str | None = None
    home: bool = False
    X_BP: np.ndarray | None = None
    X_FT: np.ndarray | None = None
    blend_m: float | None = None
    joint_speed: float = 1.0
    # a circular move: the via point's pose (part frame) and configuration keys; the move runs from the previous
    # target through X_PT_via's position to X_PT (expand_circles)
    X_PT_via: np.ndarray | None = None
    via_keys: np.ndarray | None = None
    # external axes (a positioner, rad) at the target, as the program states them; X_FP: the part frame on the
    # positioner's face plate where the program's frame turns with it (a coordinated work object / base; None: the
    # move's frame is X_BP, fixed in the cell); stand: the statement moves only the external axes (RAPID
    # MoveExtJ), the robot standing where the previous move left it
    ext_q: np.ndarray | None = None
    X_FP: np.ndarray | None = None
    stand: bool = False
    # a coordinated move whose target the program states in a frame fixed in the cell (X_BP) together with the
    # positioner's axes there (FANUC TP COORD, INFORM SMOVL / SMOVC): between targets the robot follows the part,
    # so finish_program restates the target on the face plate (X_FP) as RAPID and KRL state theirs; via_ext_q: the
    # axes at a circle's via point (its own GP2 / EC values; None: the target's)
    follows_part: bool = False
    via_ext_q: np.ndarray | None = None


# Blend of the points a circular move is read as, between its via and end: the path flows through them.
_ARC_FLOW_BLEND_M = 1e-3


def expand_circles(raws: Sequence[RawMove], positioner: Any = None) -> list[RawMove]:
    """RawMoves with every circular move replaced by the linear moves along its circle (arc_poses), so that one
    timing model times what the controller interpolates. The start of a circle is the previous Cartesian target;
    ProgramSyntaxError at the circle when there is none or the points do not make a circle.
    A circle in a frame that turns with the positioner's face plate (raw.X_FP; coordinated motion) lies in the
    part frame; the external axes go from the start's values to the end's in proportion to the way travelled
    (the via point's are not used: a model of synchronised external axes, not confirmed by a controller manual
    here; docs/references.md#controllers-10), and each point's frame is the positioner's forward kinematics
    there (positioner: a planning.positioner.PositionerCell)."""
    out: list[RawMove] = []
    for r in raws:
        if r.X_PT_via is None:
            out.append(r)
            continue
        prev = out[-1] if out else None
        if prev is None or prev.X_PT is None or r.X_PT is None:
            raise ProgramSyntaxError(*r.where, "a circular move must follow a move to a Cartesian target")
        coordinated = (
            positioner is not None and r.X_FP is not None and prev.X_FP is not None and np.allclose(prev.X_FP, r.X_FP)
            and r.ext_q is not None and prev.ext_q is not None
        )
        same = all(
            (a is None and b is None) or (a is not None and b is not None and np.allclose(a, b))
            for a, b in (((prev.X_FP, r.X_FP) if coordinated else (prev.X_BP, r.X_BP)), (prev.X_FT, r.X_FT))
        )
        if not same:
            raise ProgramSyntaxError(*r.where, "a circular move must keep the previous move's tool and frame")
        try:
            path = arc_poses(prev.X_PT, r.X_PT_via, r.X_PT)
        except ValueError as exc:
            raise ProgramSyntaxError(*r.where, f"circular move {r.name or '?'}: {exc}") from None
        # the via point closes the chord that reaches it: find it to give it the via's configuration
        via_at = int(np.argmin([np.linalg.norm(X[:3, 3] - r.X_PT_via[:3, 3]) for X in path]))
        along = np.concatenate([[0.0], np.cumsum([np.linalg.norm(b[:3, 3] - a[:3, 3])
                                                  for a, b in zip([prev.X_PT, *path[:-1]], path, strict=True)])])
        for k, X in enumerate(path):
            last = k == len(path) - 1
            extra: dict[str, Any] = {}
            if coordinated and not last:
                assert prev.ext_q is not None and r.ext_q is not None and r.X_FP is not None
                f = along[k + 1] / max(along[-1], 1e-12)
                ext = np.asarray(prev.ext_q) + f * (np.asarray(r.ext_q) - np.asarray(prev.ext_q))
                extra = {"ext_q": ext, "X_BP": positioner.X_BPos @ positioner.spec.face_plate(ext) @ r.X_FP}
            out.append(replace(r, X_PT=X, X_PT_via=None, via_keys=None,
                               keys=r.keys if last else (r.via_keys if k == via_at else None),
                               name=r.name if last else "",
                               blend_m=r.blend_m if last else _ARC_FLOW_BLEND_M, **extra))
    return out


def _best(cands: np.ndarray, ok: np.ndarray, n_exact: np.ndarray, q_prev: np.ndarray | None) -> int:
    dist = np.max(np.abs(cands - q_prev), axis=1) if q_prev is not None else np.zeros(len(cands))
    return int(np.argmin(poses.candidate_score(cands, ok, n_exact, dist)))


def _X_BF(r: RawMove, X_BP: np.ndarray, X_FT: np.ndarray) -> np.ndarray:
    """Flange pose of a pose target, in the move's own frames where it states them."""
    assert r.X_PT is not None  # only pose targets (q_ctrl None) come here
    return (r.X_BP if r.X_BP is not None else X_BP) @ r.X_PT @ invert_X(r.X_FT if r.X_FT is not None else X_FT)


def resolve_moves(robot: RobotSpec, raws: Sequence[RawMove], X_BP: np.ndarray, X_FT: np.ndarray,
                  vendor: str | None = None, allow_empty: bool = False, positioner: Any = None) -> list[Move]:
    """Moves from RawMoves: joint targets keep their joints (coupling undone); pose targets take the IK
    solution whose configuration matches (ties: nearest to the previous move's joints; no keys: nearest
    only). X_PT of every move is expressed in the program frames X_BP, X_FT. Roles and seam ids are
    inferred where the program did not state them. Raises ProgramSyntaxError at the target's location
    when no solution fits (positioner: the cell's, for circles the positioner turns along; expand_circles)."""
    raws = expand_circles(raws, positioner)
    n = len(raws)
    if n == 0:
        if allow_empty:
            return []
        raise ValueError("the program has no motion instructions")
    X_BP = np.asarray(X_BP, dtype=np.float64)
    X_FT = np.asarray(X_FT, dtype=np.float64)
    q = np.full((n, 6), np.nan)
    cart = [i for i, r in enumerate(raws) if r.q_ctrl is None and not r.stand]
    for i, r in enumerate(raws):
        if r.q_ctrl is not None:
            q[i] = poses.model_joints(robot, r.q_ctrl)
    if cart:
        X_BF = np.stack([_X_BF(raws[i], X_BP, X_FT) for i in cart])
        sols = robot.kinematics.ik(X_BF)
        with_keys = [k for k, i in enumerate(cart) if raws[i].keys is not None]
        match: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        if with_keys:
            form = poses.VENDOR_CONFIGS[vendor or robot.vendor]
            counts = [len(sols[k]) for k in with_keys]
            flat = np.concatenate([sols[k] for k in with_keys], axis=0) if sum(counts) else np.zeros((0, 6))
            if len(flat):
                # with_keys holds only moves whose keys are set
                keys_of = [cast(np.ndarray, raws[cart[k]].keys) for k in with_keys]
                keys = np.concatenate([np.broadcast_to(kk, (c, len(kk)))
                                       for kk, c in zip(keys_of, counts, strict=True)], axis=0)
                ok, n_exact = poses.match_config(form, poses.arm_atoms(robot, flat), keys)
                ends = np.cumsum(counts)
                for k, c, e in zip(with_keys, counts, ends, strict=True):
                    match[k] = (ok[e - c : e], n_exact[e - c : e])
        pos = {i: k for k, i in enumerate(cart)}
        for i in range(n):
            if raws[i].stand and i > 0:
                q[i] = q[i - 1]
            if i not in pos:
                continue
            k = pos[i]
            cands = sols[k]
            r = raws[i]
            q_prev = q[i - 1] if i > 0 and np.all(np.isfinite(q[i - 1])) else None
            if len(cands) == 0:
                raise ProgramSyntaxError(*r.where, f"target {r.name or '?'} is out of reach of robot '{robot.id}'")
            if r.keys is None:
                ok = np.ones(len(cands), dtype=bool)
                n_exact = np.zeros(len(cands), dtype=np.int64)
            else:
                ok, n_exact = match[k]
                if not np.any(ok):
                    raise ProgramSyntaxError(
                        *r.where, f"target {r.name or '?'}: no joint solution of robot '{robot.id}' has the "
                        f"programmed configuration")
            q[i] = cands[_best(cands, ok, n_exact, q_prev)]
    for i, r in enumerate(raws):
        if r.stand and (i == 0 or not np.all(np.isfinite(q[i]))):
            raise ProgramSyntaxError(*r.where, "a move of the external axes alone needs a robot position before it")
    ext = raws[0].ext_q is not None
    index = _index_moves(raws, q) if ext else [False] * n
    # with external axes X_PT is in the part frame where the positioner holds the part at that move (raw.X_BP)
    X_BPs = np.stack([r.X_BP if ext and r.X_BP is not None else X_BP for r in raws])
    X_got = invert_X(X_BPs) @ robot.kinematics.fk(q) @ X_FT
    roles = _infer_roles(raws)
    seams = _infer_seams(raws, roles)
    moves = []
    for i, r in enumerate(raws):
        moves.append(Move(kind=r.kind, q=q[i], X_PT=X_got[i], speed_m_s=r.speed_m_s, arc=r.arc,
                          seam_id=seams[i], weld=r.weld if r.arc else None, role="index" if index[i] else roles[i],
                          name=r.name, blend_m=r.blend_m, joint_speed=r.joint_speed,
                          ext_q=None if r.ext_q is None else np.asarray(r.ext_q, dtype=np.float64)))
    return moves


# Joint values a program text rounds (6 decimals of a degree, or a pulse) differ by less than this from the
# previous target's when the robot is meant to stand (rad)
_STAND_TOL_RAD = 1e-4


def _index_moves(raws: Sequence[RawMove], q: np.ndarray) -> list[bool]:
    """Which moves are index moves: the external axes turn while the robot stands (its joints within the text's
    rounding of the previous target's, which they then take exactly, as planning.timing requires) in a joint move
    or a move of the external axes alone; the arc off. A linear (or circular) move that turns them is coordinated
    motion, the robot's TCP on its path relative to the part while the positioner moves along (planning.timing
    times both together), even where the robot's joints stand. ProgramSyntaxError where robot and positioner
    move together in a joint move (weldplan times no coordinated joint motion)."""
    out = [False] * len(raws)
    for i in range(1, len(raws)):
        r = raws[i]
        prev = raws[i - 1].ext_q
        assert r.ext_q is not None and prev is not None  # finish_program: all moves or none have them
        if np.max(np.abs(np.asarray(r.ext_q) - np.asarray(prev))) <= 1e-12:
            continue
        if r.kind == "linear" and not r.stand:
            continue
        if r.arc:
            raise ProgramSyntaxError(*r.where, "the positioner turns while the arc burns in a joint move: weldplan "
                                     "times coordinated welding in linear and circular moves only")
        if np.max(np.abs(q[i] - q[i - 1])) > _STAND_TOL_RAD:
            raise ProgramSyntaxError(*r.where, "robot and positioner move together in a joint move: weldplan times "
                                     "coordinated motion in linear and circular moves only")
        q[i] = q[i - 1]
        r.kind = "joint"
        out[i] = True
    return out


def _infer_roles(raws: Sequence[RawMove]) -> list[str]:
    roles = []
    n = len(raws)
    for i, r in enumerate(raws):
        if r.arc:
            roles.append("weld")
        elif r.home or "home" in r.name.lower() or (r.kind == "joint" and i in (0, n - 1)):
            roles.append("home")
        elif r.kind == "linear" and i + 1 < n and raws[i + 1].arc:
            roles.append("approach")
        elif r.kind == "linear" and i > 0 and raws[i - 1].arc:
            roles.append("retract")
        else:
            roles.append("air")
    return roles


def _infer_seams(raws: Sequence[RawMove], roles: Sequence[str]) -> list[str | None]:
    seams: list[str | None] = [None] * len(raws)
    count = 0
    current: str | None = None
    for i, r in enumerate(raws):
        if r.arc:
            if i == 0 or not raws[i - 1].arc:
                count += 1
                current = r.seam_id or f"seam{count}"
            seams[i] = r.seam_id or current
    for i, role in enumerate(roles):
        if role == "approach" and i + 1 < len(raws):
            seams[i] = seams[i + 1]
        elif role == "retract" and i > 0:
            seams[i] = seams[i - 1]
    return seams


def main_program(names: Sequence[str], called: Collection[str], wanted: str | None, file: str, what: str) -> str:
    """The routine a reader starts from: the one asked for (upper-cased, it must exist), else the only one of
    names that no other routine calls; ProgramSyntaxError at the first file otherwise."""
    if wanted:
        main = wanted.upper()
        if main not in names:
            raise ProgramSyntaxError(file, 1, 1, f"no {what} {main} in the files")
        return main
    roots = [n for n in names if n not in called]
    if len(roots) != 1:
        raise ProgramSyntaxError(file, 1, 1, f"cannot tell the main {what} among the uncalled {sorted(roots)}")
    return roots[0]


def finish_program(robot: RobotSpec, tool: ToolSpec, raws: list[RawMove], X_BP: np.ndarray | None,
                   X_FT: np.ndarray | None, vendor: str | None, name: str, unsupported: Unsupported,
                   positioner: Any = None) -> MoveProgram:
    """The MoveProgram of the moves a reader collected: the program frames are X_BP (else the first frame a move
    was programmed in, else the robot base) and X_FT (else the first tool a move used, else the torch's);
    moves without their own frames take them; then resolve_moves (IK, roles, seams). External axes the moves
    state are those of positioner (a planning.positioner.PositionerCell; ProgramSyntaxError when none is given):
    a move whose frame turns with the face plate (raw.X_FP) is in X_BPos FK(ext_q) X_FP."""
    positioner_id = _external_frames(raws, positioner)
    if X_BP is None:
        X_BP = next((r.X_BP for r in raws if r.X_BP is not None), np.eye(4))
    if X_FT is None:
        X_FT = next((r.X_FT for r in raws if r.X_FT is not None), tool.X_FT)
    for r in raws:
        r.X_BP = X_BP if r.X_BP is None else r.X_BP
        r.X_FT = X_FT if r.X_FT is None else r.X_FT
    _follow_part(raws, positioner)
    moves = resolve_moves(robot, raws, X_BP, X_FT, vendor, allow_empty=unsupported.skipping, positioner=positioner)
    return program_from_moves(robot, tool, X_BP, X_FT, moves, name, unsupported.skipped, positioner_id)


def _external_frames(raws: Sequence[RawMove], positioner: Any) -> str | None:
    """Check the external axes the moves state and place the frames that turn with the face plate; the
    positioner's id (None: no move states external axes)."""
    stated = [r for r in raws if r.ext_q is not None]
    if not stated:
        return None
    if positioner is None:
        raise ProgramSyntaxError(*stated[0].where, "the program moves external axes (a positioner): give the "
                                 "positioner (its id and placement X_BPos, X_FP) to read it")
    spec = positioner.spec
    for r in raws:
        if r.ext_q is None:
            raise ProgramSyntaxError(*r.where, "this move states no external axes while others do")
        e = np.asarray(r.ext_q, dtype=np.float64).reshape(-1)
        if e.size != spec.dof:
            raise ProgramSyntaxError(*r.where, f"{e.size} external axes, but positioner '{spec.id}' has {spec.dof}")
        if not spec.within_limits(e, tol=1e-6):
            raise ProgramSyntaxError(*r.where, f"external axes {np.degrees(e).round(3).tolist()} deg are outside "
                                     f"the limits of positioner '{spec.id}'")
        r.ext_q = e
        if r.X_FP is not None:
            r.X_BP = positioner.X_BPos @ spec.face_plate(e) @ r.X_FP
    return str(spec.id)


def _follow_part(raws: Sequence[RawMove], positioner: Any) -> None:
    """Restate the coordinated moves stated in a frame fixed in the cell (raw.follows_part) on the positioner's
    face plate: X_FP the cell's, X_PT (and a circle's via point, at its own axes) in the part frame where the
    positioner holds the part at that target; the flange poses stay as programmed. A joint move's path does not
    depend on its frame: one before a coordinated move takes the face plate too, so that the linear run after it
    starts from a point in that run's frame (planning.timing measures the run in the part frame)."""
    if positioner is None:
        return
    for i in range(len(raws) - 2, -1, -1):
        r, nxt = raws[i], raws[i + 1]
        if r.kind == "joint" and r.X_FP is None and r.ext_q is not None and nxt.follows_part:
            r.follows_part = True
    for r in raws:
        if not r.follows_part or r.X_FP is not None or r.ext_q is None:
            continue
        assert r.X_BP is not None  # finish_program gave every move its frame
        X_part = positioner.X_BP(r.ext_q)
        if r.X_PT is not None:
            r.X_PT = invert_X(X_part) @ r.X_BP @ r.X_PT
        if r.X_PT_via is not None:
            X_via = X_part if r.via_ext_q is None else positioner.X_BP(np.asarray(r.via_ext_q, dtype=np.float64))
            r.X_PT_via = invert_X(X_via) @ r.X_BP @ r.X_PT_via
        r.X_FP = np.asarray(positioner.X_FP, dtype=np.float64)
        r.X_BP = X_part


def is_coordinated(program: MoveProgram) -> bool:
    """Whether the external axes move in some move other than an index move (robot standing)."""
    moves = program.moves
    return any(
        m.role != "index"
        and m.ext_q is not None
        and p.ext_q is not None
        and bool(np.any(np.abs(np.asarray(m.ext_q) - np.asarray(p.ext_q)) > 1e-12))
        for p, m in zip(moves, moves[1:], strict=False)
    )


def program_from_moves(robot: RobotSpec, tool: ToolSpec, X_BP: np.ndarray, X_FT: np.ndarray,
                       moves: list[Move], name: str, skipped: Sequence[str] = (),
                       positioner_id: str | None = None) -> MoveProgram:
    return MoveProgram(robot_id=robot.id, tool_id=tool.id, X_BP=np.asarray(X_BP, dtype=np.float64),
                       X_FT=np.asarray(X_FT, dtype=np.float64), moves=moves, name=name,
                       skipped=tuple(skipped), positioner_id=positioner_id)
