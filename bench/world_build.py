"""Collision world build on one core, first build in a fresh process (decomposition included), and the bracket
plan time alone (bench/plan.py also plans box_sides and the 102-seam part, minutes).

Prints one JSON line:
  box_sides_world_s   CPU seconds of CollisionWorld for tests/data/box_sides.STEP (10 sheet-metal bodies) with
                      the ABB IRB 1600 and torch_22deg; box_sides_pieces: convex pieces per body
  tube_world_s        the same for cad.weldments.tube_on_plate (plate + tube)
  bracket_plan_s      plan_weld on bracket_with_two_gussets, best of 3 after a warm-up (as bench/plan.py)
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cad import default_procedure, detect_seams, import_part  # noqa: E402
from cad.weldments import bracket_with_two_gussets, tube_on_plate, weldment_part  # noqa: E402
from collision import CollisionScene, CollisionWorld, convex_pieces  # noqa: E402
from planning.planner import SeamTask, plan_weld  # noqa: E402
from robot_models import load_builtin_robots, load_builtin_tools  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def _world_s(meshes: tuple, robot: object, tool: object) -> float:
    X_WP = np.eye(4)
    X_WP[:3, 3] = [0.9, 0.0, 0.3]  # in front of the robot, inside its reach
    t0 = time.process_time()
    with CollisionWorld(CollisionScene(robot=robot, tool=tool, part_meshes=meshes, X_WP=X_WP)):
        pass
    return time.process_time() - t0


def main() -> None:
    robot = load_builtin_robots()["abb_irb1600_10_145"]
    tool = load_builtin_tools()["torch_22deg"]
    path = REPO / "tests" / "data" / "box_sides.STEP"
    box = tuple(b.mesh for b in import_part(path.read_bytes(), path.name).bodies)
    box_s = _world_s(box, robot, tool)
    tube = tuple(b.mesh for b in weldment_part(tube_on_plate()).bodies)
    tube_s = _world_s(tube, robot, tool)  # self pairs are cached from the first world: this is the part's share
    part = weldment_part(bracket_with_two_gussets())
    tasks = [SeamTask(f"s{i}", s, default_procedure(s)) for i, s in enumerate(detect_seams(part))]
    meshes = [b.mesh for b in part.bodies]
    plan_weld(meshes, tasks, robot, tool)
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        plan_weld(meshes, tasks, robot, tool)
        times.append(time.perf_counter() - t0)
    print(
        json.dumps(
            {
                "bench": "world_build",
                "box_sides_world_s": round(box_s, 2),
                "box_sides_pieces": [len(convex_pieces(m).hulls) or 1 for m in box],
                "tube_world_s": round(tube_s, 2),
                "bracket_plan_s": round(min(times), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
