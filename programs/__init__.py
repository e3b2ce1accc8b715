"""programs: controller program writers and readers (ABB RAPID, KUKA KRL, FANUC TP, Yaskawa INFORM,
URScript) over planning.moves.MoveProgram, plus shared pose / configuration-data conversions."""

from __future__ import annotations

from typing import Any

from planning.moves import MoveProgram
from programs import abb_rapid, fanuc_tp, kuka_krl, ur_script, yaskawa_inform
from programs.archive import ArchiveError, read_zip
from programs.common import ProgramSyntaxError, check_job_numbers, is_coordinated
from programs.module import ControllerModule, Language
from robot_models.spec import RobotSpec, ToolSpec

__all__ = [
    "CONTROLLERS",
    "ControllerModule",
    "Language",
    "MODULES",
    "VENDOR_OF",
    "ArchiveError",
    "COORDINATED",
    "CoordinatedNotWritten",
    "ProgramSyntaxError",
    "FRAME_NUMBERS",
    "detect_controller",
    "job_number_options",
    "numbered_options",
    "read_program",
    "read_zip",
    "write_program",
]

# The languages, in the order the API lists them: everything below is derived from these modules
# (programs.module.ControllerModule); a new language is one module added here.
MODULES: tuple[ControllerModule, ...] = (abb_rapid, kuka_krl, fanuc_tp, yaskawa_inform, ur_script)
CONTROLLERS: dict[str, ControllerModule] = {m.LANGUAGE.controller: m for m in MODULES}
VENDOR_OF: dict[str, str] = {m.LANGUAGE.controller: m.LANGUAGE.vendor for m in MODULES}
# Numbered tool and frame tables a program selects, per language (each module's LANGUAGE.numbered, sources there).
FRAME_NUMBERS: dict[str, dict[str, tuple[str, int, int]]] = {
    m.LANGUAGE.controller: m.LANGUAGE.numbered for m in MODULES if m.LANGUAGE.numbered
}


def numbered_options(controller: str, **numbers: int | None) -> dict[str, Any]:
    """Writer options for tool_number / frame_number (None: the writer's default); ValueError naming the field
    when the language has no numbered table or the number is outside the controller's range."""
    out: dict[str, Any] = {}
    table = FRAME_NUMBERS.get(controller, {})
    for field, value in numbers.items():
        if value is None:
            continue
        if field not in table:
            raise ValueError(f"{field}: {controller} selects its tool and frame by name, not by number")
        option, lo, hi = table[field]
        if not lo <= value <= hi:
            raise ValueError(f"{field}: {value} is outside {lo}..{hi}, the range of {controller}")
        out[option] = int(value)
    return out


def job_number_options(controller: str, program: MoveProgram, job_numbers: dict[str, int] | None) -> dict[str, Any]:
    """Writer options for a mapping {seam id: welder job number}; ValueError starting "job_numbers:" when the
    language selects no jobs by number, a key is no seam the program welds, a welded seam has none, or a number is
    not a positive integer."""
    if job_numbers is None:
        return {}
    if "job_numbers" not in _module(controller).DEFAULT_OPTIONS:
        takes = [c for c, m in CONTROLLERS.items() if "job_numbers" in m.DEFAULT_OPTIONS]
        raise ValueError(f"job_numbers: {controller} does not select welder jobs by number (only {takes})")
    return {"job_numbers": check_job_numbers(program, job_numbers)}


def _module(controller: str) -> ControllerModule:
    try:
        return CONTROLLERS[controller]
    except KeyError:
        raise ValueError(f"controller {controller!r} is not one of {sorted(CONTROLLERS)}") from None


# The languages whose programs state coordinated motion (robot and positioner moving together along a linear or
# circular move, planning.coordinated) so that weldplan's reader times it back: RAPID targets in a work object
# the positioner moves (ufprog FALSE, ufmec) with extjoint per target; KRL E6POS with E1.. in a $BASE on the
# positioner's external kinematics; FANUC TP linear and circular moves with the COORD motion option, GP2 in every
# position; INFORM SMOVL / SMOVC with the station's EC point (+MOVJ). URScript has no external axes at all.
COORDINATED: tuple[str, ...] = ("abb_rapid", "kuka_krl", "fanuc_tp", "yaskawa_inform")


class CoordinatedNotWritten(ValueError):
    """A program with coordinated motion asked of a language whose writer does not state it (an API 409)."""


def write_program(
    controller: str, program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
) -> dict[str, str]:
    """Program files {file name: text} for one controller language (ValueError for bad input/options;
    CoordinatedNotWritten for coordinated motion in a language not in COORDINATED)."""
    module = _module(controller)
    if controller not in COORDINATED and is_coordinated(program):
        raise CoordinatedNotWritten(
            f"coordinated motion (robot and positioner moving together) is not written for {controller}; "
            f"it is for {', '.join(COORDINATED)}"
        )
    return module.write(program, robot, tool, options)


def detect_controller(files: dict[str, str]) -> str:
    """The controller language of a set of files, from extensions first, then content."""
    if not files:
        raise ValueError("no program files")
    found = {m.LANGUAGE.controller for name in files for m in MODULES if name.lower().endswith(m.LANGUAGE.detected_by)}
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        raise ValueError(f"files of several controller languages: {sorted(found)}")
    for m in MODULES:
        if any(m.LANGUAGE.content.search(text) for text in files.values()):
            return m.LANGUAGE.controller
    raise ValueError(f"cannot tell the controller language of {sorted(files)[:5]}")


def read_program(
    controller: str | None,
    files: dict[str, str],
    robot: RobotSpec,
    tool: ToolSpec,
    options: dict[str, Any] | None = None,
) -> MoveProgram:
    """MoveProgram from program files; controller None: detect_controller(files).

    Raises ProgramSyntaxError (file, line, column, message) for unreadable programs and ValueError for an
    unknown controller."""
    name = controller or detect_controller(files)
    return _module(name).read(files, robot, tool, options)
