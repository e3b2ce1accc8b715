"""The demo part `make run` loads: a bracket with two gussets, built in code and uploaded as a STEP file
through the same path as any user's upload."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.config import Settings
from app.db import models
from app.services.isolation import IsolatedRunner
from app.services.parts import create_part

DEMO_FILE_NAME = "demo_bracket.step"


def demo_step_bytes() -> bytes:
    from cad import shapes_to_step
    from cad.weldments import bracket_with_two_gussets

    return shapes_to_step(bracket_with_two_gussets(), unit="mm")


def ensure_demo_part(session: Session, isolation: IsolatedRunner, settings: Settings) -> None:
    """Upload the demo part unless a part marked as the demo is there (a user's file of the same name is not)."""
    if session.scalar(select(models.Part.id).where(models.Part.is_demo.is_(True)).limit(1)):
        return
    # Built in a child process: OpenCASCADE stays out of the server process.
    data = isolation.run(demo_step_bytes, timeout_s=settings.import_timeout_s)
    create_part(session, data, DEMO_FILE_NAME, is_demo=True)
