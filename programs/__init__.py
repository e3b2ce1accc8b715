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
    "detect_controller",
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
