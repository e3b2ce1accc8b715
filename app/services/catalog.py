"""Built-in robots and torches mirrored into the database, so plans can reference them by id."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db import models


def seed_builtins(session: Session) -> None:
    from robot_models import load_builtin_robots, load_builtin_tools

    for spec in load_builtin_robots().values():
        row = session.get(models.Robot, spec.id) or models.Robot(id=spec.id)
        row.name, row.vendor, row.model = spec.name, spec.vendor, spec.model
        row.builtin = True
        row.definition = {"kind": "builtin"}
        session.add(row)
    for tool in load_builtin_tools().values():
        tool_row = session.get(models.Tool, tool.id) or models.Tool(id=tool.id)
        tool_row.name, tool_row.builtin, tool_row.definition = tool.name, True, {"kind": "builtin"}
        session.add(tool_row)
    session.commit()
