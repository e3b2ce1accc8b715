"""The triangle meshes of a part's bodies, parsed once per machine.

A plan job needs only the meshes of its part (and of the parts it uses as obstacles). Parsing them again for
every job costs a child process with OpenCASCADE for a STEP file (about a second for the demo bracket on an
idle machine, ten or more on a busy one), although a stored part never changes: its bytes are fixed at upload
and named by file_sha256. So the meshes are kept twice:
- in memory (CACHE): a warm executor (app.jobs.executor) runs job after job and keeps the meshes of the
  parts it parsed last, up to MAX_BYTES of vertex and face arrays, giving each job copies (a job may not change
  what the next one reads);
- on disk (load / save, in the folder of the collision tables): the exact arrays a parse gave, so that a new
  executor, after a restart or on another worker of the same machine, reads them instead of parsing. Files are
  written whole (temp file + os.replace) and read without pickle; one that does not load is parsed again.
  Deleting the last part stored with a file removes that file's meshes from the server's folder (forget);
  a worker on another machine keeps its own copy.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from pathlib import Path, PurePath
from typing import Any

import numpy as np

# Vertex and face bytes kept per process: the demo bracket's meshes take about 0.1 MB, a large weldment's a
# few MB, so this keeps the parts of many recent jobs while a job process stays far below its other memory.
MAX_BYTES = 256 * 1024 * 1024

Key = tuple[str, str, str]
# Bump when what a file holds changes meaning.
FORMAT_VERSION = 1
log = logging.getLogger("weldplan.jobs")


def mesh_key(file_sha256: str, file_name: str, unit: str) -> Key:
    """What the parsed meshes depend on: the file's bytes, the reader its extension picks, the unit."""
    return file_sha256, PurePath(file_name).suffix.lower(), unit


def _nbytes(meshes: list[Any]) -> int:
    return sum(int(m.vertices.nbytes) + int(m.faces.nbytes) for m in meshes)


class MeshCache:
    """Least recently used parts' meshes, at most max_bytes of them."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[Key, tuple[list[Any], int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Key) -> list[Any] | None:
        """Copies of the meshes stored under key, or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
        return [m.copy() for m in item[0]]

    def put(self, key: Key, meshes: list[Any]) -> None:
        """Keeps copies of meshes (a part larger than max_bytes is not kept)."""
        size = _nbytes(meshes)
        if size > self.max_bytes:
            return
        kept = [m.copy() for m in meshes]
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._items[key] = (kept, size)
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, (_, dropped) = self._items.popitem(last=False)
                self._bytes -= dropped

    def __len__(self) -> int:
        return len(self._items)


CACHE = MeshCache()


def disk_path(folder: Path, key: Key) -> Path:
    sha, suffix, unit = key
    return folder / "parts" / f"{sha}-{suffix.lstrip('.') or 'none'}-{unit}-v{FORMAT_VERSION}.npz"


def load(folder: Path, key: Key) -> list[Any] | None:
    """The meshes saved for key, or None when there is no valid file."""
    import trimesh

    try:
        with np.load(disk_path(folder, key), allow_pickle=False) as z:
            n = int(z["bodies"])
            meshes = []
            for i in range(n):
                vertices, faces = np.array(z[f"vertices_{i}"], dtype=np.float64), np.array(z[f"faces_{i}"])
                if vertices.ndim != 2 or vertices.shape[1] != 3 or faces.ndim != 2 or faces.shape[1] != 3:
                    return None
                if len(faces) and (faces.min() < 0 or faces.max() >= len(vertices)):
                    return None
                # the arrays of a processed mesh: processing them again would change nothing
                meshes.append(trimesh.Trimesh(vertices, faces, process=False))
    except FileNotFoundError:
        return None
    except Exception as exc:  # a damaged file fails in many ways; the part is parsed again
        log.info("ignoring the cached meshes of part file %s: %s: %s", key[0], type(exc).__name__, exc)
        return None
    return meshes if meshes else None


def save(folder: Path, key: Key, meshes: list[Any]) -> None:
    """Writes the meshes for key; a failure to write only logs a warning."""
    # here rather than at the top: the API process imports this module to forget a deleted part's file, and
    # the collision package would cost it seconds of imports
    from collision.paircache import write_npz

    path = disk_path(folder, key)
    arrays: dict[str, np.ndarray] = {"bodies": np.array(len(meshes))}
    for i, m in enumerate(meshes):
        arrays[f"vertices_{i}"] = np.asarray(m.vertices, dtype=np.float64)
        arrays[f"faces_{i}"] = np.asarray(m.faces, dtype=np.int64)
    try:
        write_npz(path, arrays)
    except OSError as exc:
        log.warning("could not cache the meshes of part file %s in %s: %s", key[0], path.parent, exc)


def cached_meshes(folder: Path, key: Key) -> list[Any] | None:
    """The meshes of key from this process's memory, else from the disk (then kept in memory), else None."""
    hit = CACHE.get(key)
    if hit is not None:
        return hit
    found = load(folder, key)
    if found is not None:
        CACHE.put(key, found)
    return found


def keep(folder: Path, key: Key, meshes: list[Any]) -> None:
    """Keeps freshly parsed meshes in memory and on disk."""
    CACHE.put(key, meshes)
    save(folder, key, meshes)


def forget(folder: Path, key: Key) -> None:
    """Removes the meshes saved for key (no part is stored with that file any more); a failure only logs."""
    try:
        disk_path(folder, key).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the cached meshes of part file %s from %s: %s", key[0], folder, exc)
