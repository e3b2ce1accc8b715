"""programs: controller program writers and readers (ABB RAPID, KUKA KRL, FANUC TP, Yaskawa INFORM,
URScript) over planning.moves.MoveProgram, plus shared pose / configuration-data conversions."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any

from planning.moves import MoveProgram
from programs import abb_rapid, fanuc_tp, kuka_krl, ur_script, yaskawa_inform
from programs.archive import ArchiveError, read_zip
from programs.common import ProgramSyntaxError
from robot_models.spec import RobotSpec, ToolSpec

__all__ = [
    "CONTROLLERS",
    "VENDOR_OF",
    "ArchiveError",
    "ProgramSyntaxError",
    "FRAME_NUMBERS",
    "detect_controller",
    "numbered_options",
    "read_program",
    "read_zip",
    "write_program",
]

CONTROLLERS: dict[str, ModuleType] = {
    "abb_rapid": abb_rapid,
    "kuka_krl": kuka_krl,
    "fanuc_tp": fanuc_tp,
    "yaskawa_inform": yaskawa_inform,
    "ur_script": ur_script,
}
VENDOR_OF: dict[str, str] = {"abb_rapid": "abb", "kuka_krl": "kuka", "fanuc_tp": "fanuc",
                             "yaskawa_inform": "yaskawa", "ur_script": "ur"}


# Numbered tool and frame tables a program selects, per language: (writer option, lowest, highest number).
# KUKA KSS: TOOL_DATA[16] and BASE_DATA[32] in $config.dat; FANUC: UTOOL_NUM 1-9, UFRAME_NUM 0-9 (0 is the
# world frame); Yaskawa YRC1000: tool files 0-63, user frames 1-63. RAPID and URScript name their tool and
# work object data instead of numbering them.
FRAME_NUMBERS: dict[str, dict[str, tuple[str, int, int]]] = {
    "kuka_krl": {"tool_number": ("tool_no", 1, 16), "frame_number": ("base_no", 1, 32)},
    "fanuc_tp": {"tool_number": ("utool", 1, 9), "frame_number": ("uframe", 0, 9)},
    "yaskawa_inform": {"tool_number": ("tool_no", 0, 63), "frame_number": ("user_frame", 1, 63)},
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


def _module(controller: str) -> ModuleType:
    try:
        return CONTROLLERS[controller]
    except KeyError:
        raise ValueError(f"controller {controller!r} is not one of {sorted(CONTROLLERS)}") from None


def write_program(controller: str, program: MoveProgram, robot: RobotSpec, tool: ToolSpec,
                  options: dict[str, Any] | None = None) -> dict[str, str]:
    """Program files {file name: text} for one controller language (ValueError for bad input/options)."""
    return _module(controller).write(program, robot, tool, options)


_CONTENT = (
    ("fanuc_tp", re.compile(r"\A\s*/PROG\b")),
    ("yaskawa_inform", re.compile(r"\A\s*/JOB\b")),
    ("abb_rapid", re.compile(r"^\s*MODULE\s+\w+", re.M | re.I)),
    ("ur_script", re.compile(r"^\s*def\s+\w+\s*\(\s*\)\s*:", re.M)),  # before KRL: 'def f():' has a colon
    ("kuka_krl", re.compile(r"^\s*(&ACCESS|DEFDAT\b|(GLOBAL\s+)?DEF\s+\w+\s*\()", re.M | re.I)),
)


def detect_controller(files: dict[str, str]) -> str:
    """The controller language of a set of files, from extensions first, then content."""
    if not files:
        raise ValueError("no program files")
    found = set()
    for name in files:
        low = name.lower()
        for controller, module in CONTROLLERS.items():
            if controller != "ur_script" and low.endswith(module.EXTENSIONS):
                found.add(controller)
        if low.endswith((".script", ".urscript")):
            found.add("ur_script")
    if len(found) == 1:
        return found.pop()
    if len(found) > 1:
        raise ValueError(f"files of several controller languages: {sorted(found)}")
    for controller, pattern in _CONTENT:
        if any(pattern.search(text) for text in files.values()):
            return controller
    raise ValueError(f"cannot tell the controller language of {sorted(files)[:5]}")


def read_program(controller: str | None, files: dict[str, str], robot: RobotSpec, tool: ToolSpec,
                 options: dict[str, Any] | None = None) -> MoveProgram:
    """MoveProgram from program files; controller None: detect_controller(files).

    Raises ProgramSyntaxError (file, line, column, message) for unreadable programs and ValueError for an
    unknown controller."""
    name = controller or detect_controller(files)
    return _module(name).read(files, robot, tool, options)
