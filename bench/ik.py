"""IK throughput on one core: our vectorised OPW against py-opw-kinematics, and numeric IK.

Prints one JSON line. Robot: FANUC M-10iA OPW row of docs/references.md#robots-3 (ROS-I convention, section 2);
numeric IK on the IRB2400 geometry with joint 6 moved 30 mm sideways (no closed form).

Figures (us = microseconds, per pose):
  batch_us_per_pose              opw_ik, all 8 raw branches, 10,000 poses in one call
  batch_expand_us_per_pose       opw_ik + expand_within_limits (+-2 pi variants inside the limits)
  batch_verified_us_per_pose     RobotKinematics.ik: branches + FK check against the chain + expansion
  single_pose_us                 opw_ik called with one pose
  peer_batch_us_per_pose         py-opw-kinematics Robot.reach (all 8 branches per pose, batch, 1 thread)
  peer_batch_inverse_us_per_pose py-opw-kinematics Robot.batch_inverse (one chosen solution per pose)
  peer_single_pose_us            py-opw-kinematics Robot.inverse (public API, RigidTransform in)
  numeric_ms_per_pose            RobotKinematics.ik (numeric_ik_batch: all poses x random starts in one
                                 batch) over 500 reachable poses, incl. FK check and limit expansion
  numeric_success_rate           share of those poses with at least one verified solution in the limits
  numeric_single_ms_per_pose     numeric_ik called pose by pose (200 poses)
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["MKL_NUM_THREADS"] = "1"
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kinematics import (  # noqa: E402
    NumericIKConfig,
    OPWParams,
    RobotKinematics,
    SerialChain,
    X_from_xyz_rpy,
    expand_within_limits,
    fk,
    numeric_ik,
    opw_fk,
    opw_ik,
    rotation_angle,
)

PI = math.pi
N_BATCH = 10_000
REPEATS = 7
# FANUC M-10iA: docs/references.md#robots-3 row, FANUC convention of section 2; limits of fanuc_m10ia_support.
M10IA = OPWParams(
    0.150,
    -0.200,
    0.0,
    0.450,
    0.600,
    0.640,
    0.100,
    offsets=(0.0, 0.0, -PI / 2, 0.0, 0.0, PI),
    sign_corrections=(1, 1, -1, -1, -1, -1),
)
M10IA_LIMITS = (np.deg2rad([-170, -90, -180, -190, -140, -270]), np.deg2rad([170, 160, 275, 190, 140, 270]))


def _chain(vendor_axes: list, origins: list, tool_rpy, lower, upper) -> SerialChain:
    return SerialChain(
        base_link="base_link",
        tip_link="tool0",
        joint_names=tuple(f"joint_{i}" for i in range(1, 7)),
        link_names=("base_link",) + tuple(f"link_{i}" for i in range(1, 7)),
        X_PJ=np.stack([X_from_xyz_rpy(o, [0, 0, 0]) for o in origins]),
        axes=np.array(vendor_axes, dtype=float),
        X_tail=X_from_xyz_rpy([0, 0, 0], tool_rpy),
        lower=lower,
        upper=upper,
        max_velocity=np.full(6, 3.0),
    )


def m10ia_chain() -> SerialChain:
    # ROS-I fanuc_m10ia_support joint layout (docs/references.md#robots-5 lengths).
    return _chain(
        [[0, 0, 1], [0, 1, 0], [0, -1, 0], [-1, 0, 0], [0, -1, 0], [-1, 0, 0]],
        [[0, 0, 0.45], [0.15, 0, 0], [0, 0, 0.6], [0, 0, 0.2], [0.64, 0, 0], [0.1, 0, 0]],
        [PI, -PI / 2, 0],
        *M10IA_LIMITS,
    )


def offset_wrist_chain() -> SerialChain:
    # IRB2400-10 lengths (docs/references.md#robots-3) in the ABB layout, joint 6 shifted 30 mm sideways.
    return _chain(
        [[0, 0, 1], [0, 1, 0], [0, 1, 0], [1, 0, 0], [0, 1, 0], [1, 0, 0]],
        [[0, 0, 0], [0.1, 0, 0.615], [0, 0, 0.705], [0, 0, 0.135], [0.755, 0, 0], [0.085, 0.03, 0]],
        [0, PI / 2, 0],
        np.deg2rad([-180, -100, -60, -200, -120, -400]),
        np.deg2rad([180, 110, 65, 200, 120, 400]),
    )


def timed(fn, repeats: int = REPEATS) -> float:
    """Median wall time of fn() in seconds (after one warm-up call)."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def per_call(fn, items, repeats: int = 3) -> float:
    """Median over repeats of the mean time per item of fn(item), in seconds."""
    fn(items[0])
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for it in items:
            fn(it)
        out.append((time.perf_counter() - t0) / len(items))
    return float(np.median(out))


def main() -> None:
    rng = np.random.default_rng(2024)
    q = rng.uniform(np.maximum(M10IA_LIMITS[0], -PI), np.minimum(M10IA_LIMITS[1], PI), size=(N_BATCH, 6))
    X = opw_fk(M10IA, q)
    result: dict[str, object] = {"robot": "fanuc_m10ia (OPW)", "poses": N_BATCH}

    t = timed(lambda: opw_ik(M10IA, X))
    result["batch_us_per_pose"] = round(t / N_BATCH * 1e6, 4)
    t = timed(lambda: expand_within_limits(opw_ik(M10IA, X), *M10IA_LIMITS))
    result["batch_expand_us_per_pose"] = round(t / N_BATCH * 1e6, 4)
    robot = RobotKinematics.from_chain(m10ia_chain())
    assert robot.kind == "opw"
    t = timed(lambda: robot.ik(X), repeats=3)
    result["batch_verified_us_per_pose"] = round(t / N_BATCH * 1e6, 4)
    result["single_pose_us"] = round(per_call(lambda x: opw_ik(M10IA, x), list(X[:2000])) * 1e6, 3)

    # Accuracy of the timed batch (FK of every branch against its pose).
    sols = opw_ik(M10IA, X)
    ok = np.all(np.isfinite(sols), axis=2)
    X2 = opw_fk(M10IA, sols[ok])
    Xt = np.repeat(X, 8, axis=0)[ok.ravel()]
    result["max_pos_err_m"] = float(np.max(np.linalg.norm(X2[:, :3, 3] - Xt[:, :3, 3], axis=1)))
    result["max_rot_err_rad"] = float(np.max(rotation_angle(X2[:, :3, :3], Xt[:, :3, :3])))
    result["mean_branches_per_pose"] = round(float(ok.sum() / N_BATCH), 3)

    try:
        from py_opw_kinematics import KinematicModel, Robot
        from scipy.spatial.transform import RigidTransform

        model = KinematicModel(
            a1=M10IA.a1,
            a2=M10IA.a2,
            b=M10IA.b,
            c1=M10IA.c1,
            c2=M10IA.c2,
            c3=M10IA.c3,
            c4=M10IA.c4,
            offsets=M10IA.offsets,
            flip_axes=tuple(s < 0 for s in M10IA.sign_corrections),
        )
        peer = Robot(model, degrees=False)
        poses = RigidTransform.from_matrix(X)
        peer_joints = peer.reach(poses, threads=1).joints
        peer_ok = np.all(np.isfinite(peer_joints), axis=2)
        result["peer_same_branch_counts"] = bool(np.array_equal(peer_ok.sum(axis=1), ok.sum(axis=1)))
        t = timed(lambda: peer.reach(poses, threads=1), repeats=3)
        result["peer_batch_us_per_pose"] = round(t / N_BATCH * 1e6, 4)
        t = timed(lambda: peer.batch_inverse(poses), repeats=3)
        result["peer_batch_inverse_us_per_pose"] = round(t / N_BATCH * 1e6, 4)
        single = [RigidTransform.from_matrix(x) for x in X[:2000]]
        result["peer_single_pose_us"] = round(per_call(peer.inverse, single) * 1e6, 3)
        result["batch_speedup_vs_peer_reach"] = round(result["peer_batch_us_per_pose"] / result["batch_us_per_pose"], 2)
        result["batch_speedup_vs_peer_batch_inverse"] = round(
            result["peer_batch_inverse_us_per_pose"] / result["batch_us_per_pose"], 2
        )
        result["peer"] = "py-opw-kinematics"
    except ImportError as exc:  # reported, not hidden
        result["peer"] = f"unavailable: {exc}"

    chain = offset_wrist_chain()
    numeric = RobotKinematics.from_chain(chain)
    assert numeric.kind == "numeric"
    nq = rng.uniform(np.maximum(chain.lower, -PI), np.minimum(chain.upper, PI), size=(500, 6))
    NX = fk(chain, nq)
    t0 = time.perf_counter()
    found = numeric.ik(NX)
    t = time.perf_counter() - t0
    result["numeric_ms_per_pose"] = round(t / len(nq) * 1e3, 4)
    result["numeric_success_rate"] = round(float(np.mean([len(s) > 0 for s in found])), 4)
    config = NumericIKConfig()
    t0 = time.perf_counter()
    single_found = [numeric_ik(chain, x, config=config) for x in NX[:200]]
    t = time.perf_counter() - t0
    result["numeric_single_ms_per_pose"] = round(t / 200 * 1e3, 3)
    result["numeric_single_success_rate"] = round(float(np.mean([len(s) > 0 for s in single_found])), 4)
    result["numeric_config"] = {
        "restarts": config.restarts,
        "max_iterations": config.max_iterations,
        "rounds": config.rounds,
    }
    result["python"] = platform.python_version()
    result["numpy"] = np.__version__
    result["cpu"] = platform.processor() or platform.machine()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
