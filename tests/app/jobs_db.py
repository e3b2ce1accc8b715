"""A SQLite database holding one part and some queued plans, for tests of the job dispatchers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings
from app.db.base import Base
from app.db.models import Part, Plan
from app.db.session import make_engine, make_session_factory


def queued_plans(folder: Path, n_jobs: int) -> tuple[Engine, sessionmaker[Session], list[str]]:
    """The database Settings(data_dir=folder) opens (so job processes find it too), with n_jobs queued plans."""
    engine = make_engine(Settings(data_dir=folder).effective_database_url)
    Base.metadata.create_all(engine)
    sessions = make_session_factory(engine)
    with sessions() as s:
        part = Part(
            name="p",
            file_name="p.stl",
            format="stl",
            source_unit="mm",
            file_bytes=b"",
            size_bytes=0,
            file_sha256="0" * 64,
            bodies=[],
            bbox_mm={"min": [0, 0, 0], "max": [1, 1, 1]},
            mesh_glb=b"",
        )
        s.add(part)
        s.flush()
        ids = []
        for _ in range(n_jobs):
            plan = Plan(part_id=part.id, robot_id="r", request={}, status="queued", progress=0.0, attempt=0)
            s.add(plan)
            s.flush()
            ids.append(plan.id)
        s.commit()
    return engine, sessions, ids
