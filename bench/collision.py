"""Collision-check throughput on one core: CollisionWorld against a plain PyBullet check.

Prints one JSON line. Cell: ABB IRB 1600-10/1.45 + torch_22deg at the world origin; the
bracket_with_two_gussets weldment (cad.weldments) with its origin at x = 0.9 m, y = -0.1 m on a table top at
z = 0.3 m. Configurations: 20,000, three quarters IK solutions of torch poses near the part (wire tip
0-30 mm off a random surface point, torch axis within 50 deg of the inward normal, random spin) and one
quarter uniform in the joint limits, shuffled.

Figures (per second, one process pinned to one core):
  collision_checks_per_s       CollisionWorld.valid, robot + torch vs part/table (self pairs disabled)
  self_and_env_checks_per_s    CollisionWorld.valid, everything (env + enabled self pairs)
  clearance_queries_per_s      CollisionWorld.clearance (10 cm cap)
  plain_pybullet_checks_per_s  resetJointState x 6 + performCollisionDetection + getContactPoints on the
                               same PyBullet world (robot self collision off), the unoptimised baseline,
                               over the first 5,000 configurations
  torch_pose_checks_per_s      CollisionWorld.torch_valid on the same configurations' TCP poses (the torch
                               alone vs part/table: what the seam planner asks before whole robots)
  valid_share                  share of configurations valid (everything)
  build_s / build_cached_s     CollisionWorld construction, first (self-pair sampling) and cached
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["MKL_NUM_THREADS"] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

import contextlib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

N_CONFIGS = 20000


@contextlib.contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """PyBullet's C code prints to fd 1; keep stdout for the one JSON line."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def bench_scene(robot_id: str = "abb_irb1600_10_145", tool_id: str = "torch_22deg"):  # noqa: ANN201
    """(scene, part) of the benchmark cell."""
    from cad.weldments import bracket_with_two_gussets, weldment_part
    from collision import CollisionScene, Table
    from robot_models import load_builtin_robots, load_builtin_tools

    robot = load_builtin_robots()[robot_id]
    tool = load_builtin_tools()[tool_id]
    part = weldment_part(bracket_with_two_gussets(), name="bracket_with_two_gussets")
    X_WP = np.eye(4)
    X_WP[:3, 3] = [0.9, -0.1, 0.3]
    table = Table(top_z_m=0.3, size_m=(0.8, 1.0, 0.05), centre_xy_m=(1.0, 0.0))
    return CollisionScene.with_part(robot, tool, part, X_WP, table=table), part


def near_part_configs(scene, n: int, seed: int = 0) -> np.ndarray:  # noqa: ANN001
    """q[n, 6]: IK solutions of torch poses near the part surface (see the module docstring)."""
    from kinematics.se3 import invert_X, rot_axis_angle

    rng = np.random.default_rng(seed)
    meshes = scene.part_meshes
    kin = scene.robot.kinematics
    X_BW = invert_X(scene.X_WB)
    X_TF = invert_X(scene.tool.X_FT)
    out: list[np.ndarray] = []
    while sum(len(o) for o in out) < n:
        m = 2000
        body = rng.integers(len(meshes), size=m)
        pts, normals = [], []
        for b in range(len(meshes)):
            k = int(np.sum(body == b))
            if k:
                p, f = meshes[b].sample(k, return_index=True, seed=int(rng.integers(1 << 31)))
                pts.append(p)
                normals.append(meshes[b].face_normals[f])
        p_P = np.vstack(pts)
        n_P = np.vstack(normals)
        p_W = p_P @ scene.X_WP[:3, :3].T + scene.X_WP[:3, 3]
        n_W = n_P @ scene.X_WP[:3, :3].T
        z = -n_W
        # tilt the wire axis by up to 50 deg about a random axis, then spin about it
        axis = np.cross(z, rng.normal(size=(m, 3)))
        axis /= np.linalg.norm(axis, axis=1, keepdims=True)
        z = np.einsum("nij,nj->ni", rot_axis_angle(axis, rng.uniform(0, math.radians(50), m)), z)
        x = np.cross(z, rng.normal(size=(m, 3)))
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        y = np.cross(z, x)
        X_WT = np.zeros((m, 4, 4))
        X_WT[:, :3, 0], X_WT[:, :3, 1], X_WT[:, :3, 2] = x, y, z
        X_WT[:, :3, 3] = p_W + n_W * rng.uniform(0, 0.03, (m, 1))
        X_WT[:, 3, 3] = 1
        sols = kin.ik(X_BW @ X_WT @ X_TF)
        out += [s for s in sols if len(s)]
    q = np.vstack(out)
    return q[rng.permutation(len(q))[:n]]


def configs(scene, n: int = N_CONFIGS, seed: int = 0) -> np.ndarray:  # noqa: ANN001
    rng = np.random.default_rng(seed + 1)
    near = near_part_configs(scene, n - n // 4, seed)
    lim = np.asarray(scene.robot.joint_limits)
    rand = rng.uniform(lim[:, 0], lim[:, 1], (n // 4, 6))
    q = np.vstack([near, rand])
    return q[rng.permutation(len(q))]


def plain_pybullet_checks_per_s(world, q: np.ndarray) -> float:  # noqa: ANN001
    """The unoptimised check on the world's own PyBullet client: 6 resets, collision detection, contacts."""
    import pybullet as pb

    cid, rob = world.client_id, world.robot_body
    joints = list(world._joints)
    start = time.perf_counter()
    for row in q.tolist():
        for j, v in zip(joints, row, strict=True):
            pb.resetJointState(rob, j, v, physicsClientId=cid)
        pb.performCollisionDetection(physicsClientId=cid)
        any(c[8] < 0 for c in pb.getContactPoints(bodyA=rob, physicsClientId=cid))
    return len(q) / (time.perf_counter() - start)


def main() -> None:
    with _stdout_to_stderr():
        from collision import CollisionConfig, CollisionWorld, measure_checks_per_s

        scene, _ = bench_scene()
        q = configs(scene)
        t0 = time.perf_counter()
        world = CollisionWorld(scene)
        build_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        CollisionWorld(scene).close()
        build_cached_s = time.perf_counter() - t0
        env_only = CollisionWorld(scene, CollisionConfig(check_self=False))
        figures = {
            "collision_checks_per_s": measure_checks_per_s(env_only, q),
            "self_and_env_checks_per_s": measure_checks_per_s(world, q),
            "clearance_queries_per_s": 0.0,
            "plain_pybullet_checks_per_s": plain_pybullet_checks_per_s(world, q[:5000]),
            "valid_share": float(world.valid(q).mean()),
            "build_s": build_s,
            "build_cached_s": build_cached_s,
            "configs": len(q),
        }
        t0 = time.perf_counter()
        world.clearance(q)
        figures["clearance_queries_per_s"] = len(q) / (time.perf_counter() - t0)
        X_BT = scene.robot.kinematics.fk(q) @ scene.tool.X_FT
        t0 = time.perf_counter()
        world.torch_valid(X_BT)
        figures["torch_pose_checks_per_s"] = len(q) / (time.perf_counter() - t0)
        env_only.close()
        world.close()
    print(json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in figures.items()}))


if __name__ == "__main__":
    main()
