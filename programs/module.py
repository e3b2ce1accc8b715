"""The shape every controller language module has (issue 18): programs/__init__.py derives the list of
languages, their vendors, file extensions, content detection and numbered tool/frame tables from it."""

from __future__ import annotations

import re
from typing import Any, Protocol

from planning.moves import MoveProgram
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["ControllerModule"]


class ControllerModule(Protocol):
    """A controller language: a module with these names (programs.abb_rapid, programs.kuka_krl, ...).

    CONTROLLER: the language id the API and the CLI use; VENDOR: the robot vendor whose controllers run it;
    EXTENSIONS: file name endings the reader takes; DETECT_EXTENSIONS: endings that name this language alone
    (URScript's .txt does not); CONTENT: text that tells the language in files with no telling name;
    NUMBERED: {"tool_number" | "frame_number": (writer option, lowest, highest)} for languages that select
    numbered controller tables (empty: tool and frame data are named); DEFAULT_OPTIONS: the writer options;
    PROCESS_DATA: how weld values reach the controller, the default first: "inline" (stated in the program) and/or
    "controller" (the program selects numbered schedules or condition files kept on the controller); a language
    with more than one takes the writer option "process_data"."""

    # read-only members: a module's constants satisfy them whatever tuple length they have
    @property
    def CONTROLLER(self) -> str: ...  # noqa: N802
    @property
    def VENDOR(self) -> str: ...  # noqa: N802
    @property
    def EXTENSIONS(self) -> tuple[str, ...]: ...  # noqa: N802
    @property
    def DETECT_EXTENSIONS(self) -> tuple[str, ...]: ...  # noqa: N802
    @property
    def CONTENT(self) -> re.Pattern[str]: ...  # noqa: N802
    @property
    def NUMBERED(self) -> dict[str, tuple[str, int, int]]: ...  # noqa: N802
    @property
    def DEFAULT_OPTIONS(self) -> dict[str, Any]: ...  # noqa: N802
    @property
    def PROCESS_DATA(self) -> tuple[str, ...]: ...  # noqa: N802

    def write(
        self, program: MoveProgram, robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
    ) -> dict[str, str]:
        """Program files {file name: text}; ValueError for bad input or options."""
        ...

    def read(
        self, files: dict[str, str], robot: RobotSpec, tool: ToolSpec, options: dict[str, Any] | None = None
    ) -> MoveProgram:
        """The MoveProgram the files state; ProgramSyntaxError for unreadable programs."""
        ...
