"""Controller programs of a plan, and replays of uploaded programs, at the API edge."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from sqlalchemy.orm import Session

from app.services.errors import Conflict, InvalidInput, invalid
from app.services.plan_results import stored_moves, timeline_json
from app.services.positioners import positioner_cell_from_json, positioner_cell_of_plan
from app.services.robots import robot_spec, tool_spec

TEXT_MEDIA = "text/plain; charset=utf-8"


def plan_program(
    session: Session,
    plan_id: str,
    controller: str,
    data_dir: Any,
    *,
    tool_number: int | None = None,
    frame_number: int | None = None,
    collinear_tolerance_mm: float | None = None,
    process_data: str | None = None,
    job_numbers: str | None = None,
) -> tuple[bytes, str, str]:
    """(content, media type, file name) of a plan's program in one controller language; 409 when the language
    is not the robot vendor's or does not write the plan's coordinated motion (programs.COORDINATED), 422 naming
    the field for a tool / frame number the controller does not have or a job_numbers mapping (JSON {seam id:
    job number}) that does not fit the plan's seams."""
    from programs import (
        CONTROLLERS,
        VENDOR_OF,
        CoordinatedNotWritten,
        job_number_options,
        numbered_options,
        write_program,
    )

    plan, program = stored_moves(session, plan_id)
    positioner = None
    if isinstance(plan.result, dict) and plan.result.get("positioner"):
        if VENDOR_OF[controller] == "ur":
            raise Conflict(
                f"controller: plan '{plan_id}' turns the part on a positioner; URScript has no coordinated "
                "external axes, so no URScript program can say where the part is"
            )
        positioner = positioner_cell_of_plan(plan.result)
    robot = robot_spec(session, plan.robot_id, data_dir)
    if VENDOR_OF[controller] != robot.vendor:
        mine = [c for c, v in VENDOR_OF.items() if v == robot.vendor]
        hint = f"ask for {mine[0]}" if mine else "weldplan writes no program language for this vendor"
        raise Conflict(
            f"controller: plan '{plan_id}' is for robot '{robot.id}' of vendor "
            f"'{robot.vendor}', not {VENDOR_OF[controller]}; {hint}"
        )
    try:
        options = numbered_options(controller, tool_number=tool_number, frame_number=frame_number)
    except ValueError as exc:
        raise invalid(str(exc), "tool_number") from exc
    if positioner is not None:
        # the positioner's axes in the program (extjoint, E1.., GP2, station EC) and its placement
        options["positioner"] = positioner
    if collinear_tolerance_mm is not None:
        options["collinear_tolerance_mm"] = collinear_tolerance_mm
    modes = CONTROLLERS[controller].LANGUAGE.process_data
    if process_data is not None and process_data not in modes:
        raise InvalidInput(
            "process_data", f"{controller} writes process data as {' or '.join(modes)}, not {process_data!r}"
        )
    if process_data is not None and len(modes) > 1:
        options["process_data"] = process_data
    try:
        options.update(job_number_options(controller, program, _job_numbers(job_numbers)))
    except ValueError as exc:
        raise InvalidInput("job_numbers", str(exc)) from exc
    try:
        files = write_program(controller, program, robot, tool_spec(program.tool_id), options)
    except CoordinatedNotWritten as exc:
        raise Conflict(f"controller: plan '{plan_id}': {exc}") from exc
    except ValueError as exc:
        raise InvalidInput("controller", f"{controller}: {exc}") from exc
    if len(files) == 1:
        name, text = next(iter(files.items()))
        return text.encode("utf-8"), TEXT_MEDIA, name
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue(), "application/zip", f"{program.name}_{controller}.zip"


def _job_numbers(text: str | None) -> dict[str, int] | None:
    """The job_numbers query value: a JSON object {seam id: job number}."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput("job_numbers", f"not JSON: {exc}") from exc
    if not isinstance(value, dict) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value.values()):
        raise InvalidInput("job_numbers", 'must be a JSON object {"<seam id>": <job number>, ...}')
    return value


def _program_files(data: bytes, filename: str) -> dict[str, str]:
    from programs import ArchiveError, read_zip

    if filename.lower().endswith(".zip") or data[:4] == b"PK\x03\x04":
        try:
            return read_zip(data)
        except (ArchiveError, zipfile.BadZipFile) as exc:
            raise InvalidInput("file", f"'{filename}': {exc}") from exc
    if b"\x00" in data:
        raise InvalidInput("file", f"'{filename}': not a text file (it holds NUL bytes)")
    try:
        return {filename: data.decode("utf-8")}
    except UnicodeDecodeError:
        return {filename: data.decode("latin-1")}  # controller exports are often Windows-1252 / Latin-1


def replay(
    session: Session,
    data: bytes,
    filename: str,
    robot_id: str,
    tool_id: str,
    rate_hz: float,
    data_dir: Any,
    positioner: str | None = None,
) -> dict[str, Any]:
    """Read a program (or a zip of them) for a robot and torch and time it with the planner's timing model;
    positioner: a cell.positioner JSON object for a program that moves a positioner's axes (timed at its limits)."""
    from planning.timing import time_moves
    from programs import VENDOR_OF, ProgramSyntaxError, detect_controller, read_program

    robot = robot_spec(session, robot_id, data_dir)
    tool = tool_spec(tool_id)
    cell = None if positioner is None else positioner_cell_from_json(positioner)
    if not data:
        raise InvalidInput("file", f"'{filename}': the file is empty")
    files = _program_files(data, filename)
    ext: dict[str, Any] = {}
    if cell is not None:
        try:
            language = detect_controller(files)
        except ValueError as exc:
            raise InvalidInput("file", f"'{filename}': {exc}") from exc
        if VENDOR_OF[language] == "ur":
            raise InvalidInput(
                "positioner", "URScript has no coordinated external axes: a URScript program cannot move a positioner"
            )
        ext = {"ext_v_max": cell.spec.max_speed, "ext_a_max": cell.spec.max_accel}
    try:
        program = read_program(None, files, robot, tool, None if cell is None else {"positioner": cell})
        timeline = time_moves(program, robot.max_speed, robot.max_accel, **ext)
    except ProgramSyntaxError as exc:
        raise InvalidInput("file", str(exc)) from exc
    except ValueError as exc:
        raise InvalidInput("file", f"'{filename}': {exc}") from exc
    return {
        "robot_id": robot.id,
        "tool_id": tool.id,
        "moves": len(program.moves),
        "positioner_id": program.positioner_id,
        "breakdown_s": {k: v for k, v in timeline.breakdown_s.items() if k != "total"},
        **timeline_json(timeline, rate_hz),
    }
