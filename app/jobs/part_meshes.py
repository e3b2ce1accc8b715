"""The triangle meshes of a part's bodies, parsed once per job process.

A plan job needs only the meshes of its part (and of the parts it uses as obstacles). Parsing them again for
every job costs a child process with OpenCASCADE for a STEP file (about a second for the demo bracket on an
idle machine), although a stored part never changes: its bytes are fixed at upload and named by file_sha256.
A warm executor (app.jobs.executor) runs job after job, so it keeps the meshes of the parts it parsed last,
up to MAX_BYTES of vertex and face arrays, and gives each job copies: a job may not change what the next one
reads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import PurePath
from typing import Any

# Vertex and face bytes kept per process: the demo bracket's meshes take about 0.1 MB, a large weldment's a
# few MB, so this keeps the parts of many recent jobs while a job process stays far below its other memory.
MAX_BYTES = 256 * 1024 * 1024

Key = tuple[str, str, str]


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
