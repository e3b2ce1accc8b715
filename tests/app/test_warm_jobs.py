"""Warm job processes (issue 17): the embedded dispatcher runs jobs in long-lived executors, at a lower CPU
priority and with one-thread numeric libraries, and what a job may reuse (parsed part meshes, robot hulls,
rendered answers of finished plans) is kept between jobs without one job seeing another's changes."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import trimesh
from sqlalchemy import select

from app.core.config import Settings
from app.db.base import utcnow
from app.db.models import Part, Plan
from app.jobs import part_meshes
from app.jobs.dispatch import early_executors
from app.jobs.executor import SINGLE_THREAD_ENV, ExecutorPool
from app.jobs.part_meshes import MeshCache, mesh_key
from app.jobs.runner import JobRunner
from app.jobs.worker import PROGRESS_MIN_INTERVAL_S, JobContext
from app.services.deletion import delete_part
from app.services.errors import NotFound
from app.services.plan_answers import Answer, AnswerCache, not_modified, plan_answer
from app.services.tenants import TenantContext, scope_session
from tests.app.jobs_db import queued_plans


def where_it_ran(ctx: JobContext) -> dict[str, Any]:
    """A job that says which process ran it, at what niceness, with which thread settings."""
    ctx.report(0.5, "seams")
    with ctx.sessions() as s:
        time.sleep(float((s.get(Plan, ctx.plan_id).request or {}).get("hold_s", 0.0)))
    return {
        "pid": os.getpid(),
        "nice": os.nice(0),
        "policy": os.sched_getscheduler(0),
        "env": {k: os.environ.get(k) for k in SINGLE_THREAD_ENV},
        "sid": os.getsid(0),
        "autogroup": _autogroup(),
    }


def _autogroup() -> str | None:
    """This process's autogroup line (sched(7)), "" in the kernel's root autogroup, None without autogrouping."""
    try:
        return Path("/proc/self/autogroup").read_text().strip()
    except OSError:
        return None


def _wait_finished(sessions, ids: list[str], timeout_s: float) -> list[Plan]:  # noqa: ANN001
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with sessions() as s:
            plans = [s.get(Plan, i) for i in ids]
        if all(p.status in ("succeeded", "failed", "cancelled") for p in plans):
            return plans
        time.sleep(0.1)
    raise AssertionError(f"jobs not finished within {timeout_s} s: {[p.status for p in plans]}")


def _run_to_the_end(runner: JobRunner, engine, sessions, ids: list[str]) -> list[Plan]:  # noqa: ANN001
    """Start the runner, wait until every plan of ids has finished, stop it and close the database."""
    runner.start()
    try:
        return _wait_finished(sessions, ids, timeout_s=300)
    finally:
        runner.stop()
        engine.dispose()


def test_jobs_run_one_after_another_in_the_same_warm_low_priority_process() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, ids = queued_plans(Path(tmp), 3)
        settings = Settings(data_dir=Path(tmp), workers=1, job_nice=7)  # the default policy, batch
        plans = _run_to_the_end(JobRunner(settings, sessions, where_it_ran), engine, sessions, ids)
    assert [p.status for p in plans] == ["succeeded"] * 3, [p.error for p in plans]
    results = [p.result for p in plans]
    assert len({r["pid"] for r in results}) == 1, "each job ran in a new process"
    assert results[0]["pid"] != os.getpid()
    assert {r["nice"] for r in results} == {os.nice(0) + 7}
    assert {r["policy"] for r in results} == {os.SCHED_BATCH}
    # a session of its own, weighed less than the server's (the default job_session_nice) where the kernel
    # groups by session
    assert {r["sid"] for r in results} == {results[0]["pid"]}
    if results[0]["autogroup"] is not None:
        assert results[0]["autogroup"].endswith(f"nice {settings.job_session_nice}"), results[0]["autogroup"]
    for name in SINGLE_THREAD_ENV:  # one thread each, unless this environment said otherwise
        assert results[0]["env"][name] == os.environ.get(name, "1")


def test_jobs_run_as_sched_idle_at_the_servers_niceness_when_asked() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, ids = queued_plans(Path(tmp), 1)
        runner = JobRunner(Settings(data_dir=Path(tmp), workers=1, job_policy="idle"), sessions, where_it_ran)
        (plan,) = _run_to_the_end(runner, engine, sessions, ids)
    assert plan.status == "succeeded", plan.error
    # SCHED_IDLE, not a niceness: a request preempts the job whatever the weights
    assert (plan.result["policy"], plan.result["nice"]) == (os.SCHED_IDLE, os.nice(0))


def test_a_cancelled_job_takes_its_executor_down_and_the_next_job_gets_a_new_one() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (held, after) = queued_plans(Path(tmp), 2)
        with sessions() as s:
            s.get(Plan, held).request = {"hold_s": 120}
            s.commit()
        runner = JobRunner(Settings(data_dir=Path(tmp), workers=1), sessions, where_it_ran)
        runner.start()
        try:
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:  # the held job reached its stage
                with sessions() as s:
                    if s.get(Plan, held).stage == "seams":
                        break
                time.sleep(0.1)
            with sessions() as s:
                s.get(Plan, held).status = "cancelled"  # as DELETE /plans/{id} does
                s.commit()
            runner.notify()
            done = _wait_finished(sessions, [held, after], timeout_s=300)
        finally:
            runner.stop()
            engine.dispose()
    assert [p.status for p in done] == ["cancelled", "succeeded"], [p.error for p in done]
    assert done[0].result is None  # the held job never wrote its end: it was killed in its stage
    assert done[1].result["pid"] != os.getpid()


def _box_mesh(size: float) -> trimesh.Trimesh:
    return trimesh.creation.box(extents=[size, size, size])


def test_the_mesh_cache_hands_out_copies_and_keeps_the_latest_parts_within_its_bytes() -> None:
    box = _box_mesh(0.1)
    one = int(box.vertices.nbytes + box.faces.nbytes)
    cache = MeshCache(max_bytes=2 * one)
    a, b, c = (mesh_key(h * 64, "p.STEP", "mm") for h in "abc")
    assert a == ("a" * 64, ".step", "mm")
    cache.put(a, [box])
    got = cache.get(a)
    assert got is not None
    got[0].apply_translation([1.0, 0, 0])  # what one job does to its meshes ...
    again = cache.get(a)
    assert again is not None
    np.testing.assert_array_equal(again[0].vertices, box.vertices)  # ... the next one does not see
    cache.put(b, [_box_mesh(0.2)])
    cache.get(a)  # a is now the most recently used
    cache.put(c, [_box_mesh(0.3)])
    assert cache.get(b) is None and cache.get(a) is not None and cache.get(c) is not None
    cache.put(mesh_key("d" * 64, "p.stl", "mm"), [box, box, box])  # larger than the whole cache: not kept
    assert len(cache) == 2


def test_the_answer_cache_keeps_the_latest_answers_within_its_bytes() -> None:
    cache = AnswerCache(max_bytes=10)
    keys = [(f"p{i}", "succeeded", 1, None) for i in range(3)]
    for key in keys:
        cache.put(key, Answer(b"12345", '"x"'))
    assert cache.get(keys[0]) is None and cache.get(keys[2]) is not None and len(cache) == 2
    cache.put(("big", "failed", 1, None), Answer(b"x" * 11, '"y"'))
    assert cache.get(("big", "failed", 1, None)) is None


def test_if_none_match_is_compared_weakly_as_rfc_9110_says() -> None:
    # RFC 9110 section 13.1.2: a list of entity tags, or *, compared with the weak comparison function
    assert not_modified('"abc"', '"abc"')
    assert not_modified('W/"abc"', '"abc"')
    assert not_modified('"x", "abc"', '"abc"')
    assert not_modified("*", '"abc"')
    assert not not_modified('"abd"', '"abc"')
    assert not not_modified(None, '"abc"')
    assert not not_modified("", '"abc"')


def test_progress_within_a_stage_is_written_at_most_every_interval_and_a_new_stage_at_once() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (plan_id,) = queued_plans(Path(tmp), 1)
        with sessions() as s:
            s.get(Plan, plan_id).status, s.get(Plan, plan_id).attempt = "running", 1
            s.commit()
        ctx = JobContext(sessions, plan_id, 1, Settings(data_dir=Path(tmp)))

        def row() -> tuple[str | None, float]:
            with sessions() as s:
                plan = s.get(Plan, plan_id)
                return plan.stage, plan.progress

        ctx.report(0.1, "seams")
        ctx.report(0.2, "seams")  # at once after the last write: not written
        assert row() == ("seams", 0.1)
        ctx.report(0.7, "sequence")  # a new stage: written at once
        assert row() == ("sequence", 0.7)
        time.sleep(PROGRESS_MIN_INTERVAL_S)
        ctx.report(0.72, "sequence")
        assert row() == ("sequence", 0.72)
        engine.dispose()


def test_an_executor_killed_while_idle_is_replaced_before_it_gets_a_job() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (first_id, second_id) = queued_plans(Path(tmp), 2)
        with sessions() as s:
            s.get(Plan, second_id).status = "cancelled"  # held back until the first one's executor is gone
            s.commit()
        runner = JobRunner(Settings(data_dir=Path(tmp), workers=1), sessions, where_it_ran)
        runner.start()
        try:
            first = _wait_finished(sessions, [first_id], timeout_s=300)[0]
            os.kill(first.result["pid"], signal.SIGKILL)  # as the out-of-memory killer would
            time.sleep(0.5)
            with sessions() as s:
                s.get(Plan, second_id).status = "queued"
                s.commit()
            runner.notify()
            second = _wait_finished(sessions, [second_id], timeout_s=300)[0]
        finally:
            runner.stop()
            engine.dispose()
    assert first.status == second.status == "succeeded", second.error
    assert second.result["pid"] != first.result["pid"]


def test_parsed_meshes_saved_to_disk_load_as_the_same_arrays_and_a_damaged_file_is_ignored() -> None:
    from cad import import_part, shapes_to_step
    from cad.weldments import t_joint

    data = shapes_to_step(list(t_joint()))
    parsed = [b.mesh for b in import_part(data, "t.step").bodies]
    key = mesh_key(hashlib.sha256(data).hexdigest(), "t.step", "mm")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        assert part_meshes.load(folder, key) is None
        part_meshes.save(folder, key, parsed)
        loaded = part_meshes.load(folder, key)
        assert loaded is not None and len(loaded) == len(parsed) > 1
        for a, b in zip(loaded, parsed, strict=True):
            np.testing.assert_array_equal(a.vertices, b.vertices)  # bit for bit: a job plans the same part
            np.testing.assert_array_equal(a.faces, b.faces)
            assert a.is_watertight == b.is_watertight
        path = part_meshes.disk_path(folder, key)
        path.write_bytes(path.read_bytes()[:200])
        assert part_meshes.load(folder, key) is None
        assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp file left behind


def test_the_answer_cache_keeps_one_answer_per_plan_the_one_of_its_latest_key() -> None:
    cache = AnswerCache()
    first, second = ("p", "running", 1, None), ("p", "succeeded", 1, None)
    cache.put(first, Answer(b"1", '"1"'))
    cache.put(second, Answer(b"2", '"2"'))
    assert len(cache) == 1 and cache.get(first) is None and cache.get(second) == Answer(b"2", '"2"')


def test_a_running_plans_answer_follows_each_write_of_its_job() -> None:
    """Answers are kept for running plans too: a job's progress write must show in the next answer."""
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, (plan_id,) = queued_plans(Path(tmp), 1)
        with sessions() as s:
            plan = s.get(Plan, plan_id)
            plan.status, plan.attempt, plan.updated_at = "running", 1, utcnow()
            tenant = TenantContext(plan.tenant_id, "t", 1, 1, 1, 1)
            s.commit()
        cache = AnswerCache()

        def answer() -> dict[str, Any]:
            with sessions() as s:
                return json.loads(plan_answer(scope_session(s, tenant), plan_id, cache).body)

        assert answer()["progress"] == 0.0
        assert answer()["progress"] == 0.0 and len(cache) == 1  # the kept answer
        ctx = JobContext(sessions, plan_id, 1, Settings(data_dir=Path(tmp)))
        ctx.report(0.3, "seams")
        assert (answer()["progress"], answer()["stage"]) == (0.3, "seams")
        ctx.succeed({"done": True})
        assert (answer()["status"], answer()["progress"]) == ("succeeded", 1.0)
        with sessions() as s:  # another tenant's session does not see it, kept answer or not
            other = TenantContext("someone-else", "o", 1, 1, 1, 1)
            with pytest.raises(NotFound):
                plan_answer(scope_session(s, other), plan_id, cache)
        engine.dispose()


def test_a_parts_saved_meshes_go_with_the_last_part_stored_with_its_file() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine, sessions, _ = queued_plans(folder, 0)
        with sessions() as s:
            first = s.scalars(select(Part)).one()
            second = Part(**{c: getattr(first, c) for c in ("name", "file_name", "format", "source_unit")})
            for c in ("file_bytes", "size_bytes", "file_sha256", "bodies", "bbox_mm", "mesh_glb"):
                setattr(second, c, getattr(first, c))
            s.add(second)
            s.commit()
            ids, key = [first.id, second.id], mesh_key(first.file_sha256, first.file_name, first.source_unit)
        part_meshes.save(folder, key, [_box_mesh(0.1)])
        with sessions() as s:
            delete_part(s, ids[0], force=False, tables_dir=folder)
        assert part_meshes.disk_path(folder, key).exists(), "the other part with the same file still needs it"
        with sessions() as s:
            delete_part(s, ids[1], force=False, tables_dir=folder)
        assert not part_meshes.disk_path(folder, key).exists()
        engine.dispose()


def test_executors_started_before_the_runner_run_its_jobs() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions, ids = queued_plans(Path(tmp), 1)
        settings = Settings(data_dir=Path(tmp), workers=1)
        executors = early_executors(settings, where_it_ran)
        assert executors is not None
        ready = executors.acquire()  # warm before the runner exists, as `weldplan serve` starts them
        executors.put_back(ready)
        (plan,) = _run_to_the_end(JobRunner(settings, sessions, where_it_ran, executors), engine, sessions, ids)
    assert plan.status == "succeeded", plan.error
    assert plan.result["pid"] == ready.process.pid
    assert early_executors(Settings(data_dir=Path(tmp), workers=0), where_it_ran) is None


def test_a_pool_can_be_waited_on_until_every_executor_is_warm() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pool = ExecutorPool(Settings(data_dir=Path(tmp), workers=2), where_it_ran, 2)
        try:
            assert not pool.wait_warm(0.0)  # spawned a moment ago: still importing
            assert pool.wait_warm(300)
            first, second = pool.try_acquire(), pool.try_acquire()
            assert first is not None and second is not None and first is not second
        finally:
            pool.shutdown()
