"""API latency under load: p50/p99 of GET /parts/{id} and of POST /parts (1 MB STL), 50 concurrent clients
for 10 s each, against a real server process on SQLite. Prints one JSON line."""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
import trimesh

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from api_tests.server import ServerProcess  # noqa: E402

CLIENTS = 50
DURATION_S = 10.0


def one_mb_stl() -> bytes:
    mesh = trimesh.creation.icosphere(subdivisions=5, radius=50.0)  # 20,480 faces
    data = mesh.export(file_type="stl")
    while len(data) < 1_000_000:
        mesh = trimesh.util.concatenate([mesh, mesh.copy().apply_translation([120.0, 0, 0])])
        data = mesh.export(file_type="stl")
    return data


async def hammer(base: str, make_request) -> dict:  # noqa: ANN001
    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + DURATION_S
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            while time.monotonic() < deadline:
                t0 = time.perf_counter()
                r = await make_request(client)
                latencies.append(time.perf_counter() - t0)
                if r.status_code >= 400:
                    errors += 1

        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
    lat_ms = np.array(latencies) * 1000.0
    return {
        "p50_ms": round(float(np.percentile(lat_ms, 50)), 2),
        "p99_ms": round(float(np.percentile(lat_ms, 99)), 2),
        "requests": len(latencies),
        "rps": round(len(latencies) / DURATION_S, 1),
        "errors": errors,
    }


def main() -> None:
    stl = one_mb_stl()
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp), f"sqlite:///{tmp}/bench.db", WELDPLAN_LOG_LEVEL="error").start()
        try:
            base = f"{server.base_url}/api/v1"
            part_id = httpx.post(f"{base}/parts", files={"file": ("seed.stl", stl)}, timeout=60).json()["id"]
            get_stats = asyncio.run(hammer(base, lambda c: c.get(f"/parts/{part_id}")))
            post_stats = asyncio.run(hammer(base, lambda c: c.post("/parts", files={"file": ("b.stl", stl)})))
        finally:
            server.stop()
    print(
        json.dumps(
            {
                "bench": "api",
                "clients": CLIENTS,
                "duration_s": DURATION_S,
                "stl_bytes": len(stl),
                "get_part": get_stats,
                "post_part_1mb_stl": post_stats,
                "get_part_p50_ms": get_stats["p50_ms"],
                "get_part_p99_ms": get_stats["p99_ms"],
                "post_part_p50_ms": post_stats["p50_ms"],
                "post_part_p99_ms": post_stats["p99_ms"],
            }
        )
    )


if __name__ == "__main__":
    main()
