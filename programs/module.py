"""The shape every controller language module has (issue 18): programs/__init__.py derives the list of
languages, their vendors, file extensions, content detection and numbered tool/frame tables from it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from planning.moves import MoveProgram
from robot_models.spec import RobotSpec, ToolSpec

__all__ = ["ControllerModule", "Language"]


@dataclass(frozen=True)
class Language:
    """What tells a controller language apart, declared once per module (its LANGUAGE).

    controller: the language id the API and the CLI use; vendor: the robot vendor whose controllers run it;
    extensions: file name endings the reader takes; detect_extensions: endings that name this language alone
    (None: all of extensions; URScript's .txt does not); content: text that tells the language in files with no
    telling name; numbered: {"tool_number" | "frame_number": (writer option, lowest, highest)} for languages that
    select numbered controller tables (empty: tool and frame data are named); process_data: how weld values reach
    the controller, the default first: "inline" (stated in the program) and/or "controller" (the program selects
    numbered schedules or condition files kept on the controller); a language with more than one takes the writer
    option "process_data"."""

    controller: str
    vendor: str
    extensions: tuple[str, ...]
    content: re.Pattern[str]
    numbered: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    process_data: tuple[str, ...] = ("inline",)
    detect_extensions: tuple[str, ...] | None = None

    @property
    def detected_by(self) -> tuple[str, ...]:
        return self.extensions if self.detect_extensions is None else self.detect_extensions

    def takes(self, file_name: str) -> bool:
        """Whether the reader takes a file of this name."""
        return file_name.lower().endswith(self.extensions)


class ControllerModule(Protocol):
    """A controller language: a module with these names (programs.abb_rapid, programs.kuka_krl, ...).

    LANGUAGE: its Language; DEFAULT_OPTIONS: the writer options."""

    # read-only members: a module's constants satisfy them
    @property
    def LANGUAGE(self) -> Language: ...  # noqa: N802
    @property
    def DEFAULT_OPTIONS(self) -> dict[str, Any]: ...  # noqa: N802

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
