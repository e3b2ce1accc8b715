"""Issue 14's measure: on each test weldment, the share of the seam length welded in ISO 6947 PA or PB and the
welded share, with the part on a 2-axis positioner (indexed welding, planning.indexing) and without one
(automatic placement on a table, planning.planner.plan_weld), same robot and torch.

The positioner (Yaskawa MotoPos D500) stands 1.03 m from the robot at bearing -60 deg, its x axis facing the
robot; the part sits on the face plate centre, its lowest point on the plate, as the weldment builder made it.

Prints one JSON line per weldment:
  flat_before / flat_after   length share in PA/PB with the positioner at home / in the states welded in
  flat_table                 the same on the table of the plan without a positioner
  coverage_positioner / coverage_table   welded share of the total seam length
  states, index_s, cycle_s / cycle_table_s, contacts (index moves that touch the robot at home)
Usage: python bench/positioner.py [--riser-mm=H] [--no-table] [builder ...]  (default: every test weldment;
several minutes each). --riser-mm: the part stands on a riser block H mm high, half its footprint each way,
modelled as one more part body (the torch and the robot keep clear of it): a part flush on the face plate
(r 250 mm) cannot have the outside corners of its bottom welded, the plate is where the torch would be.
--no-table: leave out the plan without a positioner (its columns are null).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import trimesh  # noqa: E402

from cad import default_procedure, detect_seams  # noqa: E402
from cad import weldments as wm  # noqa: E402
from kinematics.se3 import rot_z  # noqa: E402
from planning.cell import part_bbox  # noqa: E402
from planning.indexing import IndexedPlan, plan_indexed  # noqa: E402
from planning.planner import PlanConfig, SeamTask, plan_weld  # noqa: E402
from planning.positioner import PositionerCell, flat_score  # noqa: E402
from robot_models import RobotSpec, ToolSpec, load_builtin_robots, load_builtin_tools  # noqa: E402
from robot_models.positioner import load_builtin_positioners  # noqa: E402

WELDMENTS = ("t_joint", "bracket_with_two_gussets", "tube_on_plate", "angled_web", "box")


def _riser(lo: np.ndarray, hi: np.ndarray, height_m: float) -> trimesh.Trimesh:
    """A block under the part's box lo..hi (part frame), half its footprint each way, height_m high."""
    extents = [(hi[0] - lo[0]) / 2, (hi[1] - lo[1]) / 2, height_m]
    centre = [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2] - height_m / 2]
    return trimesh.creation.box(extents=extents, transform=trimesh.transformations.translation_matrix(centre))


def D500_X_BPos() -> np.ndarray:
    """Where the bench stands the Yaskawa MotoPos D500: 1.03 m from the robot at bearing -60 deg, facing it."""
    X_BPos = np.eye(4)
    X_BPos[:3, :3] = rot_z(np.radians(120.0))
    X_BPos[:3, 3] = [0.5, -0.9, 0.0]
    return X_BPos


def plan_on_positioner(
    builder: str, robot: RobotSpec, tool: ToolSpec, riser_m: float = 0.0
) -> tuple[IndexedPlan, list[SeamTask], list[trimesh.Trimesh], float]:
    """The weldment `builder` centred on the D500's face plate (on a riser riser_m high), planned indexed.

    Returns the indexed result, the seam tasks, the part's meshes (without the riser) and the plan seconds.
    """
    part = wm.weldment_part(getattr(wm, builder)())
    tasks = [SeamTask(f"{builder}_{i}", s, default_procedure(s)) for i, s in enumerate(detect_seams(part))]
    meshes = [b.mesh for b in part.bodies]
    lo, hi = part_bbox(meshes)
    X_FP = np.eye(4)
    X_FP[:3, 3] = -np.array([(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2] - riser_m])
    pcell = PositionerCell(load_builtin_positioners()["yaskawa_motopos_d500"], D500_X_BPos(), X_FP)
    mounted = meshes + ([_riser(lo, hi, riser_m)] if riser_m > 0 else [])
    t0 = time.perf_counter()
    indexed = plan_indexed(mounted, tasks, robot, tool, pcell, PlanConfig())
    return indexed, tasks, meshes, time.perf_counter() - t0


def main(builders: list[str], riser_m: float = 0.0, table: bool = True) -> None:
    robot = load_builtin_robots()["abb_irb1600_10_145"]
    tool = load_builtin_tools()["torch_22deg"]
    for builder in builders:
        indexed, tasks, meshes, plan_s = plan_on_positioner(builder, robot, tool, riser_m)
        t1 = time.perf_counter()
        length = np.array([t.seam.length for t in tasks])
        row = {
            "weldment": builder,
            "seams": len(tasks),
            "flat_before": round(indexed.flat_share(tasks, after=False), 3),
            "flat_after": round(indexed.flat_share(tasks), 3),
            "coverage_positioner": round(indexed.coverage(tasks), 3),
            "states": len(indexed.groups),
            "index_s": round(indexed.index_time_s, 2),
            "cycle_s": round(indexed.cycle_time_s, 1),
            "contacts": sum(len(m.contacts) for m in indexed.index_moves),
            "plan_s": round(plan_s, 1),
            "riser_mm": riser_m * 1000,
            "coverage_by_seam": {s.seam_id: round(s.coverage, 3) for s in indexed.seams},
        }
        if table:
            plan = plan_weld(meshes, tasks, robot, tool, None, PlanConfig())
            by_id = {p.seam_id: p.coverage for p in plan.seams}
            R = plan.cell.X_BP[:3, :3]
            flat = sum(flat_score(t.seam, R)[1] * t.seam.length for t in tasks) / length.sum()
            row |= {
                "flat_table": round(float(flat), 3),
                "coverage_table": round(float(sum(by_id[t.seam_id] * t.seam.length for t in tasks) / length.sum()), 3),
                "cycle_table_s": round(plan.timeline.cycle_time_s, 1),
                "plan_table_s": round(time.perf_counter() - t1, 1),
                "coverage_by_seam_table": {k: round(v, 3) for k, v in by_id.items()},
            }
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    riser = next((float(a.split("=", 1)[1]) * 1e-3 for a in flags if a.startswith("--riser-mm=")), 0.0)
    main([a for a in sys.argv[1:] if a not in flags] or list(WELDMENTS), riser, "--no-table" not in flags)
