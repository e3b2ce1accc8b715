"""The on-disk cache of self pairs and distance tables (collision.paircache): a new process loads what another
built, the loaded tables answer exactly as freshly built ones, the key follows every input, and damaged files
are rebuilt. Run time ~6 s (two world builds, one subprocess)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import trimesh

import collision.world as world_module
from collision import CollisionConfig, CollisionScene, CollisionWorld, paircache
from tests.collision.coll_testlib import robot, tool

REPO = Path(__file__).resolve().parents[2]
# the KUKA: one convex piece per link, so its self checks build fastest of the built-in robots
ROBOT = "kuka_kr10_r1420"
# fewer samples than the default: the cache is under test here, not the sampling
CONFIG = CollisionConfig(self_samples=1000)
SETTINGS = {"never_close_m": 0.05, "self_samples": 1000, "self_seed": 1, "table_cap_m": 0.15, "table_tol_m": 0.002}


def _world(cache_dir: Path) -> CollisionWorld:
    return CollisionWorld(CollisionScene(robot=robot(ROBOT), tool=tool()), CONFIG, cache_dir=cache_dir)


def _cache_file(cache_dir: Path) -> Path:
    (path,) = cache_dir.glob("selfchecks-*.npz")
    return path


@pytest.fixture()
def no_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worlds built in this test do not see the self checks other worlds of this process hold in memory."""
    monkeypatch.setattr(world_module, "_SELF_CHECKS_CACHE", {})


@dataclasses.dataclass
class Built:
    cache_dir: Path
    world: CollisionWorld
    checks: paircache.SelfChecks  # as built in memory, before any trip through the disk


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """A cache folder holding the file of one world, built here from nothing."""
    cache_dir = tmp_path_factory.mktemp("paircache")
    memory: dict[str, paircache.SelfChecks] = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(world_module, "_SELF_CHECKS_CACHE", memory)
        world = _world(cache_dir)
    assert world.self_checks_source == "built"
    (checks,) = memory.values()
    yield Built(cache_dir, world, checks)
    world.close()


def _key_of(path: Path) -> str:
    return path.stem.rsplit("-", 1)[1]


def test_loaded_checks_answer_as_built_ones(built: Built, no_memory: None) -> None:
    q = np.random.default_rng(7).uniform(*np.asarray(robot(ROBOT).joint_limits).T, size=(300, 6))
    path = _cache_file(built.cache_dir)
    checks = paircache.load(path, _key_of(path))
    assert checks is not None
    (pairs, tables), (fresh_pairs, fresh_tables) = checks, built.checks
    assert pairs == fresh_pairs and len(pairs.enabled) > 0
    assert tables.keys() == fresh_tables.keys() and len(tables) > 0
    for pair, table in tables.items():
        assert np.array_equal(table.lower_bound(q), fresh_tables[pair].lower_bound(q)), pair
    with _world(built.cache_dir) as loaded:
        assert loaded.self_checks_source == "disk"
        assert loaded.self_pairs == built.world.self_pairs
        assert np.array_equal(loaded.valid(q), built.world.valid(q))
        assert np.array_equal(loaded.clearance(q), built.world.clearance(q))


SUBPROCESS = """
import collision.world as w
def refuse(*args, **kwargs):
    raise AssertionError("the cache was not used")
w.sample_pairs = w.build_pair_table = refuse
from collision import CollisionConfig, CollisionScene, CollisionWorld
from robot_models import load_builtin_robots, load_builtin_tools
scene = CollisionScene(robot=load_builtin_robots()["kuka_kr10_r1420"], tool=load_builtin_tools()["torch_22deg"])
print("source:", CollisionWorld(scene, CollisionConfig(self_samples=1000)).self_checks_source)
"""


def test_a_new_process_loads_from_disk(built: Built) -> None:
    cache_dir = built.cache_dir
    env = {**os.environ, "PYTHONPATH": str(REPO), "WELDPLAN_CACHE_DIR": str(cache_dir)}
    out = subprocess.run([sys.executable, "-c", SUBPROCESS], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "source: disk" in out.stdout


def test_damaged_files_are_rebuilt(
    built: Built, tmp_path: Path, no_memory: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = _cache_file(built.cache_dir)
    path = tmp_path / good.name
    data = good.read_bytes()
    key = _key_of(good)
    for damaged in (data[: len(data) // 2], b"not a zip file", b""):
        path.write_bytes(damaged)
        assert paircache.load(path, key) is None
    shutil.copy(good, path)
    assert paircache.load(path, key) is not None
    assert paircache.load(path, "0" * 64) is None  # a file renamed to another key
    with monkeypatch.context() as mp:
        mp.setattr(paircache, "FORMAT_VERSION", paircache.FORMAT_VERSION + 1)
        assert paircache.load(path, key) is None  # written by another version
    path.write_bytes(data[:1000])
    with _world(tmp_path) as world:
        assert world.self_checks_source == "built"
    assert paircache.load(path, key) is not None
    # no temp file left behind (the build's lock file stays: a lock removed while another waits on it would let
    # a third process build at the same time)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".lock"]


def test_an_unwritable_cache_only_costs_time(built: Built, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    paircache.save(blocker / "sub" / "x.npz", "k", built.checks)  # logs a warning, raises nothing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_the_key_follows_every_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r, t = robot(ROBOT), tool()
    base = paircache.cache_key(r, t, SETTINGS)
    assert paircache.cache_key(r, t, dict(SETTINGS)) == base
    other_urdf = dataclasses.replace(r, urdf_text=r.urdf_text.replace('xyz="0 0 0.45"', 'xyz="0 0 0.451"'))
    assert other_urdf.urdf_text != r.urdf_text
    nozzle = dataclasses.replace(
        t.collisions[t.tip_collision_index], radius=t.collisions[t.tip_collision_index].radius + 1e-3
    )
    collisions = tuple(nozzle if i == t.tip_collision_index else p for i, p in enumerate(t.collisions))
    wider_nozzle = dataclasses.replace(t, collisions=collisions)
    limits = np.array(r.joint_limits)
    limits[4, 1] -= 0.01
    variants = [
        paircache.cache_key(other_urdf, t, SETTINGS),
        paircache.cache_key(r, wider_nozzle, SETTINGS),
        paircache.cache_key(r, None, SETTINGS),
        paircache.cache_key(dataclasses.replace(r, joint_limits=limits), t, SETTINGS),
        paircache.cache_key(dataclasses.replace(r, tip_link="link_6"), t, SETTINGS),
        paircache.cache_key(r, t, {**SETTINGS, "self_samples": 1001}),
    ]
    monkeypatch.setattr(paircache, "FORMAT_VERSION", paircache.FORMAT_VERSION + 1)
    variants.append(paircache.cache_key(r, t, SETTINGS))
    assert len({base, *variants}) == len(variants) + 1


def test_the_key_follows_mesh_bytes(tmp_path: Path) -> None:
    r = robot(ROBOT)
    assert r.urdf_dir is not None
    shutil.copytree(r.urdf_dir, tmp_path / "robot")
    copy = dataclasses.replace(r, urdf_dir=tmp_path / "robot")
    first = paircache.cache_key(copy, tool(), SETTINGS)
    assert first == paircache.cache_key(r, tool(), SETTINGS)  # same bytes elsewhere: same key
    piece = tmp_path / "robot" / "meshes" / "link_3_cvx0.obj"
    trimesh.creation.box((0.1, 0.1, 0.1)).export(piece)
    assert paircache.cache_key(copy, tool(), SETTINGS) != first


def test_a_process_waits_for_the_one_building_a_key_rather_than_building_it_too(tmp_path: Path) -> None:
    path = tmp_path / "selfchecks-r-k.npz"
    # another process takes the build lock of this key, says so, and holds it for hold_s
    hold_s = 2.0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from collision import paircache\n"
            f"with paircache.building(Path({str(path)!r})):\n"
            "    print('held', flush=True); time.sleep(float(sys.argv[1]))",
            str(hold_s),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        t0 = time.monotonic()
        with paircache.building(path):
            waited = time.monotonic() - t0
    finally:
        holder.wait(timeout=60)
    assert waited > 0.5 * hold_s, waited  # it waited for the holder (which slept hold_s after saying so)
