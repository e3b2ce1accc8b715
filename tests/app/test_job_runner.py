"""The job dispatcher's handling of interrupted jobs (issue 19): a job found running when the server starts
(the server stopped or crashed under it) is re-queued, but one interrupted more than
settings.job_max_interruptions times fails saying so, so a job that brings the server down cannot do it
forever. Runs the dispatcher's own claim and re-queue code on a SQLite database, no worker processes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.config import Settings
from app.db.models import Plan
from app.jobs.runner import JobRunner, effective_deadline_s
from tests.app.jobs_db import queued_plans


@settings(max_examples=25, deadline=None)
@given(
    max_interruptions=st.integers(0, 4),
    n_jobs=st.integers(1, 4),
    workers=st.integers(1, 3),
    stage=st.sampled_from(["starting", "loading", "seams", "air moves"]),
)
def test_a_job_interrupted_at_every_restart_is_requeued_n_times_then_fails(
    max_interruptions: int, n_jobs: int, workers: int, stage: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, ids = queued_plans(Path(tmp), n_jobs)
        config = Settings(data_dir=Path(tmp), workers=workers, job_max_interruptions=max_interruptions)
        runs = {i: 0 for i in ids}
        # Every server life claims what its workers can take, the job reports a stage, and the server dies.
        # Without a limit this never ends; with one it ends within (N + 1) lives per batch of `workers` jobs.
        lives = 0
        bound = (max_interruptions + 1) * -(-n_jobs // workers)
        while True:
            runner = JobRunner(config, sessions)
            requeued, failed = runner.requeue_interrupted()
            with sessions() as s:
                if all(p.status != "queued" for p in s.query(Plan)):
                    break
            assert lives < bound, "a job is re-queued more often than the limit allows"
            for _ in range(workers):
                claim = runner._claim_next()
                if claim is None:
                    break
                runs[claim[0]] += 1
                with sessions() as s:
                    s.get(Plan, claim[0]).stage = stage
                    s.commit()
            lives += 1
        with sessions() as s:
            plans = {p.id: p for p in s.query(Plan)}
        engine.dispose()
    for plan_id, plan in plans.items():
        assert plan.status == "failed" and plan.finished_at is not None
        assert runs[plan_id] == plan.attempt == max_interruptions + 1
        assert f"interrupted {max_interruptions + 1} times" in plan.error, plan.error
        assert f"more than the {max_interruptions} re-queues" in plan.error, plan.error
        assert f"in stage '{stage}'" in plan.error, plan.error


def test_a_job_interrupted_up_to_the_limit_runs_again() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (plan_id,) = queued_plans(Path(tmp), 1)
        config = Settings(data_dir=Path(tmp), job_max_interruptions=2)
        for attempt in (1, 2):
            runner = JobRunner(config, sessions)
            assert runner._claim_next()[:2] == (plan_id, attempt)
            assert JobRunner(config, sessions).requeue_interrupted() == (1, 0)
        with sessions() as s:
            plan = s.get(Plan, plan_id)
            assert (plan.status, plan.stage, plan.progress, plan.error) == ("queued", None, 0.0, None)
        engine.dispose()


def test_the_server_cap_cuts_a_plans_deadline() -> None:
    assert effective_deadline_s(240.0, 3600.0) == 240.0
    assert effective_deadline_s(7200.0, 3600.0) == 3600.0
    assert effective_deadline_s(None, 3600.0) == 3600.0  # rows from before deadlines existed
