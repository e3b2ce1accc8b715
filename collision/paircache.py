"""On-disk cache of a robot + torch's self-collision checks: the sampled self pairs and their distance tables.

Sampling the pairs and tabulating the wrist pairs costs seconds of PyBullet queries per robot and torch, and
every process (API job, test run) would pay them again. The result depends only on the robot's URDF and
collision meshes, base and tip link, joint limits, the torch's collision shapes and a few CollisionConfig
values, so it is stored once per content hash of those inputs (see cache_key) in one .npz file.

Files are written whole to a temp file and renamed into place (os.replace), so concurrent workers writing the
same key each leave a complete file; a file that is missing, truncated, corrupt, of another FORMAT_VERSION or
of another key is ignored (then rebuilt and rewritten). Nothing is unpickled (allow_pickle=False).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from collision.pairtables import PairTable
from collision.robot_urdf import resolve_mesh
from collision.selfpairs import SelfPairs
from kinematics.urdf import parse_urdf
from robot_models.spec import RobotSpec, ToolSpec

__all__ = [
    "FORMAT_VERSION",
    "SelfChecks",
    "building",
    "cache_key",
    "cache_path",
    "default_cache_dir",
    "load",
    "save",
    "write_npz",
]

# Bump whenever what is stored changes meaning: the file layout, or the code that computes it (pair sampling,
# bounding spheres, table grids) gives different answers for the same inputs.
FORMAT_VERSION = 1
_log = logging.getLogger(__name__)

Pair = tuple[str, str]
# enabled self pairs + disabled pairs with reasons, and the distance table of each enabled pair that has one
SelfChecks = tuple[SelfPairs, dict[Pair, PairTable]]


def default_cache_dir() -> Path:
    """$WELDPLAN_CACHE_DIR, or else ~/.cache/weldplan."""
    env = os.environ.get("WELDPLAN_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "weldplan"


def cache_key(robot: RobotSpec, tool: ToolSpec | None, settings: dict[str, float | int]) -> str:
    """SHA-256 (hex) of everything the self checks depend on: the URDF text and the bytes of every collision
    mesh it names, base and tip link, joint limits, the torch's collision shapes, the settings (sampling and
    table parameters), PyBullet's version (it computes the distances) and FORMAT_VERSION."""
    h = hashlib.sha256()

    def put(label: str, data: bytes | str) -> None:
        b = data.encode() if isinstance(data, str) else data
        # length-prefixed so that no two different input sequences hash the same bytes
        h.update(f"{label}:{len(b)}:".encode())
        h.update(b)

    put("format", str(FORMAT_VERSION))
    put("pybullet", version("pybullet"))
    put("urdf", robot.urdf_text)
    for name, link in sorted(parse_urdf(robot.urdf_text).links.items()):
        for g in link.collisions:
            if g.filename:
                put("mesh", resolve_mesh(g.filename, robot.urdf_dir, name).read_bytes())
    put("links", f"{robot.base_link}\n{robot.tip_link}")
    put("limits", np.ascontiguousarray(robot.joint_limits, dtype="<f8").tobytes())
    if tool is not None:
        for p in tool.collisions:
            put(
                "tool",
                json.dumps(
                    [
                        p.name,
                        p.kind,
                        None if p.size is None else [float(s) for s in p.size],
                        float(p.radius),
                        float(p.length),
                    ]
                ),
            )
            put("X_FG", np.ascontiguousarray(p.X_FG, dtype="<f8").tobytes())
    put("settings", json.dumps(settings, sort_keys=True))
    return h.hexdigest()


def cache_path(cache_dir: Path, robot_id: str, key: str) -> Path:
    """The file of one key (the robot id only helps a person browsing the folder)."""
    return cache_dir / f"selfchecks-{robot_id}-{key}.npz"


@contextmanager
def building(path: Path) -> Iterator[None]:
    """Held while this process builds the checks of path's key: a process that finds no file waits here while
    another builds it (then loads that file) instead of spending the same tens of CPU seconds in parallel,
    as the job processes of a new server or worker all would on their first job. An advisory lock on a
    sibling file (flock(2)), released by the kernel if its holder dies; where it cannot be taken, nothing is
    waited for."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system: each process builds its own
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        _log.warning("could not lock the self-collision cache %s: %s", path, exc)
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def save(path: Path, key: str, checks: SelfChecks) -> None:
    """Write checks atomically (temp file + os.replace); a failure to write only logs a warning."""
    pairs, tables = checks
    meta: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "key": key,
        "enabled": [list(p) for p in pairs.enabled],
        "disabled": [[a, b, why] for (a, b), why in pairs.disabled.items()],
        "tables": [],
    }
    arrays: dict[str, np.ndarray] = {}
    for i, (pair, t) in enumerate(tables.items()):
        meta["tables"].append({"pair": list(pair), "joints": list(t.joints), "periodic": list(t.periodic)})
        for name in ("lo", "step", "rho", "dist"):
            arrays[f"t{i}_{name}"] = np.asarray(getattr(t, name), dtype=np.float64)
    arrays["meta"] = np.array(json.dumps(meta))
    try:
        write_npz(path, arrays)
    except OSError as exc:
        _log.warning("could not write the self-collision cache %s: %s", path, exc)


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Writes arrays as one .npz file at path, whole or not at all: into a temp file of the same folder, then
    renamed into place (os.replace), so that a reader never sees half a file and concurrent writers each leave
    a complete one. Raises OSError (no temp file left behind)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, **arrays)  # type: ignore[arg-type]  # the stub reads **arrays as its allow_pickle flag
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: Path, key: str) -> SelfChecks | None:
    """The checks stored at path for key, or None when the file is missing or not a valid file of this key
    and FORMAT_VERSION. The caller still checks that the pairs name its links."""
    try:
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"][()]))
            if meta["version"] != FORMAT_VERSION or meta["key"] != key:
                return None
            enabled = tuple((str(a), str(b)) for a, b in meta["enabled"])
            disabled = {(str(a), str(b)): str(why) for a, b, why in meta["disabled"]}
            tables: dict[Pair, PairTable] = {}
            for i, t in enumerate(meta["tables"]):
                joints = tuple(int(j) for j in t["joints"])
                periodic = tuple(bool(p) for p in t["periodic"])
                lo, step, rho, dist = (
                    np.array(z[f"t{i}_{n}"], dtype=np.float64) for n in ("lo", "step", "rho", "dist")
                )
                k = len(joints)
                if not (
                    1 <= k <= 2
                    and len(periodic) == k
                    and lo.shape == step.shape == rho.shape == (k,)
                    and dist.ndim == k
                    and dist.size > 0
                    and np.all(step > 0)
                    and all(np.all(np.isfinite(a)) for a in (lo, step, rho, dist))
                ):
                    return None
                a, b = t["pair"]
                tables[(str(a), str(b))] = PairTable(
                    joints=joints, lo=lo, step=step, periodic=periodic, rho=rho, dist=dist
                )
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged cache file can fail in many ways; it is rebuilt
        _log.info("ignoring the self-collision cache %s: %s: %s", path, type(exc).__name__, exc)
        return None
    if not set(tables) <= set(enabled):
        return None
    return SelfPairs(enabled=enabled, disabled=disabled), tables
