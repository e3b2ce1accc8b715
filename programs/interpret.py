"""The one interpreter of parsed motion statements that the five readers share (issue 18).

A reader tokenizes and parses its language (sections, records, statements, data declarations) and hands each
statement's meaning to an Interpreter: a motion to a parsed target, arc on / off, a speed override, a call of
another routine, a statement it cannot execute. The Interpreter owns what a program means as motion, the same for
every language: which moves burn the arc and with which weld settings, how an override scales speeds, that a
joint move cannot burn the arc, how deep calls may nest, what "unsupported" does, and how the collected moves
become a MoveProgram (programs.common.finish_program: frames, IK, roles, seams)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, TypeVar

import numpy as np

from planning.moves import MoveProgram, WeldSettings
from programs.common import (
    ProgramSyntaxError,
    RawMove,
    Source,
    finish_program,
    main_program,
    merge_options,
    split_unsupported,
)
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["Interpreter", "WeldOf"]

# The weld settings of an arc move whose statement does not state them, decided when its arc run ends (a
# language may state the crater values at arc off, or switch weld data within the run).
WeldOf = Callable[[RawMove], WeldSettings]

R = TypeVar("R")

# A routine that calls itself, or a chain of calls this deep, is not a weld program a replay can time.
MAX_CALL_DEPTH = 20


class Interpreter:
    """The motion state of one program being read: moves so far, the arc, the speed override, calls.

    opt: the reader's options, defaults updated by the caller's ("unsupported" is taken out: programs.common.
    Unsupported); with language given, an option not among the defaults is a ValueError naming the language."""

    def __init__(self, options: dict[str, Any] | None, defaults: dict[str, Any], language: str | None = None) -> None:
        self.unsupported, rest = split_unsupported(options)
        self.opt: dict[str, Any] = merge_options(defaults, rest, language) if language else {**defaults, **(rest or {})}
        self.raws: list[RawMove] = []
        # speed override (fraction): every following move's speeds, joint and Cartesian
        self.override = 1.0
        # the arc run going on (None: the arc is off): its moves with the override each was programmed under
        self.run: list[tuple[RawMove, float]] | None = None
        self._weld_of: WeldOf | None = None
        self._depth = 0

    # ------------------------------------------------------------------------------------- programs

    @staticmethod
    def main(names: list[str], called: set[str], file: str, what: str, wanted: str | None) -> str:
        """The routine to start from (programs.common.main_program)."""
        return main_program(names, called, wanted, file, what)

    def routines(
        self,
        files: dict[str, str],
        takes: Callable[[str, str], bool],
        parse: Callable[[Source], tuple[str, R]],
        calls: Callable[[R], Iterable[str]],
        what: str,
    ) -> tuple[dict[str, R], str]:
        """The files of this language (takes(file name, text)) parsed into routines {upper-cased name: routine}, and
        the routine to start from: option "main", else the only one no routine calls (calls: the names a routine
        calls)."""
        found: dict[str, R] = {}
        for fname, text in files.items():
            if takes(fname, text):
                name, routine = parse(Source(fname, text))
                found[name.upper()] = routine
        first = next(iter(files), "?")
        if not found:
            raise ProgramSyntaxError(first, 1, 1, f"no {what} in the files")
        called = {c.upper() for r in found.values() for c in calls(r)}
        return found, main_program(list(found), called, self.opt.get("main"), first, what)

    def call(self, name: str, body: Callable[[str], None], where: tuple[str, int, int]) -> None:
        """Execute routine name with body(name), one call level deeper."""
        if self._depth >= MAX_CALL_DEPTH:
            raise ProgramSyntaxError(*where, "calls nested too deeply")
        self._depth += 1
        try:
            body(name)
        finally:
            self._depth -= 1

    def attempt(self, statement: Callable[..., object], *args: Any) -> None:
        """Execute a statement; a ProgramSyntaxError from it goes to the unsupported policy (a target held in a
        variable or a register states no motion the reader can time)."""
        try:
            statement(*args)
        except ProgramSyntaxError as exc:
            self.unsupported(exc)

    def control_flow(self, src: Source, offset: int, word: str) -> None:
        """A branch or loop: its path depends on the controller's state at run time."""
        self.unsupported(src.error(offset, f"{word}: control flow is not supported by the weldplan reader"))

    def set_override(self, percent: float, src: Source, offset: int, what: str) -> None:
        """A program speed override in percent (VelSet, $OV_PRO, OVERRIDE=)."""
        if not 0 < percent <= 100:
            raise src.error(offset, f"{what} must be in (0, 100] %")
        self.override = percent / 100.0

    # ---------------------------------------------------------------------------------------- motion

    @property
    def arc(self) -> bool:
        return self.run is not None

    def arc_on(self, weld_of: WeldOf | None = None) -> None:
        """The arc strikes at the next linear move; weld_of gives the settings of its moves that state none. An arc
        on while it burns (a new schedule mid-seam) ends the run going on there."""
        if self.run is not None:
            self.arc_off()
        self.run = []
        self._weld_of = weld_of

    def arc_off(self, weld_of: WeldOf | None = None) -> list[RawMove]:
        """The arc goes out: the run's moves take their weld settings (weld_of, else the one given at arc on) and
        those without a speed of their own travel at the weld speed under their override. Returns the run."""
        run, self.run = self.run or [], None
        weld_of = weld_of or self._weld_of
        for raw, override in run:
            if raw.weld is None and weld_of is not None:
                raw.weld = weld_of(raw)
            if raw.speed_m_s is None and raw.weld is not None:
                raw.speed_m_s = raw.weld.travel_speed_m_s * override
        return [raw for raw, _ in run]

    def move(
        self, raw: RawMove, speed_m_s: float | None = None, joint_speed: float = 1.0, weld: WeldSettings | None = None
    ) -> RawMove:
        """Add a parsed motion: Cartesian speed_m_s (None: the weld speed of an arc move, else the controller's)
        or joint_speed (share of the joints' limits) scaled by the override; a linear move while the arc is on
        burns it (weld: settings the statement states); a joint move then is an error."""
        if raw.kind == "joint":
            if self.arc:
                raise ProgramSyntaxError(*raw.where, "a joint move while the arc is on")
            raw.joint_speed = joint_speed * self.override
        raw.speed_m_s = None if speed_m_s is None else speed_m_s * self.override
        if self.run is not None and raw.kind == "linear":
            raw.arc = True
            raw.weld = weld
            self.run.append((raw, self.override))
        self.raws.append(raw)
        return raw

    def arc_move(self, raw: RawMove, weld: WeldSettings, speed_m_s: float | None = None) -> RawMove:
        """A linear move that burns the arc whatever the arc state (a weld instruction: ABB ArcL), at speed_m_s
        or the weld speed, under the override."""
        speed = weld.travel_speed_m_s if speed_m_s is None else speed_m_s
        raw.arc, raw.weld = True, weld
        raw.speed_m_s = speed * self.override
        raw.joint_speed = self.override
        self.raws.append(raw)
        return raw

    def finish(
        self,
        robot: RobotSpec,
        tool: ToolSpec,
        X_BP: np.ndarray | None,
        X_FT: np.ndarray | None,
        vendor: str | None,
        name: str,
    ) -> MoveProgram:
        """The MoveProgram of the moves read (an arc still on at the end goes out there)."""
        if self.run is not None:
            self.arc_off()
        return finish_program(
            robot, tool, self.raws, X_BP, X_FT, vendor, name, self.unsupported, self.opt.get("positioner")
        )


def with_end(raws: list[RawMove], arc_end_s: float) -> None:
    """Give the moves of an arc run the crater time their arc off states."""
    for r in raws:
        if r.weld is not None:
            r.weld = replace(r.weld, arc_end_s=arc_end_s)
