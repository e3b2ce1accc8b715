"""Issue 13's measure on every test weldment and two robots: the share of the torch-accessible seam length
the planner welds, against the greedy follower (planning.baseline, MoveIt-style: nominal torch, one IK branch,
stops at the first failure) in the same cell, same run.

Prints one JSON line per weldment and robot:
  accessible_mm    seam length the torch can reach (planning.torch_access: its own shapes, the procedure's
                   window and cap, the table, vertical seams only up or down as the procedure says)
  welded_mm, ratio what plan_weld welds, and its share of accessible_mm (target >= 0.97)
  left_out         seams with accessible length the plan does not weld at all
  plan_s           plan_weld seconds (CPU, one core)
  baseline_ratio   the greedy follower's welded length over accessible_mm (it may weld blocked points:
                   it knows no accessibility, so its ratio is not bounded by 1)
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cad import weldments as wm  # noqa: E402
from collision import CollisionScene, CollisionWorld  # noqa: E402
from planning.baseline import follow_seam_greedy  # noqa: E402
from planning.coverage import accessible_tasks, coverage  # noqa: E402
from planning.planner import plan_weld  # noqa: E402
from robot_models import load_builtin_robots, load_builtin_tools  # noqa: E402

WELDMENTS = {
    "t_joint": {},
    "bracket_with_two_gussets": {},
    "tube_on_plate": {},
    "angled_web": {},
    "box": {"inset": 0.015},
    "tab_slot_box": {},
}
ROBOTS = ("abb_irb1600_10_145", "fanuc_m10ia")


def main() -> None:
    tool = load_builtin_tools()["torch_22deg"]
    for name, kwargs in WELDMENTS.items():
        part = wm.weldment_part(getattr(wm, name)(**kwargs))
        tasks = accessible_tasks(part, tool, name)
        meshes = [b.mesh for b in part.bodies]
        for robot_id in ROBOTS:
            robot = load_builtin_robots()[robot_id]
            t0 = time.process_time()
            result = plan_weld(meshes, tasks, robot, tool)
            plan_s = time.process_time() - t0
            c = coverage(result, tasks)
            cell = result.cell
            scene = CollisionScene(robot=robot, tool=tool, part_meshes=tuple(meshes), X_WP=cell.X_BP, table=cell.table)
            with CollisionWorld(scene) as world:
                base = sum(
                    follow_seam_greedy(
                        t.seam,
                        t.procedure,
                        robot,
                        cell.X_BP,
                        tool.X_FT,
                        lambda q, _rung: world.valid(q),
                        q_seed=robot.home,
                    ).coverage
                    * t.seam.length
                    for t in tasks
                )
            print(
                json.dumps(
                    {
                        "bench": "coverage",
                        "part": name,
                        **({"options": kwargs} if kwargs else {}),
                        "robot": robot_id,
                        "seams": len(tasks),
                        "accessible_mm": round(c.accessible_m * 1e3, 1),
                        "welded_mm": round(c.welded_m * 1e3, 1),
                        "ratio": round(c.ratio, 4),
                        "left_out": list(c.left_out),
                        "plan_s": round(plan_s, 2),
                        "baseline_ratio": round(base / c.accessible_m, 4) if c.accessible_m else None,
                    }
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
