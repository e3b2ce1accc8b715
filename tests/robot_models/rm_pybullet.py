"""PyBullet helpers for the robot_models tests: PyBullet is the independent FK and collision checker."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pybullet as pb


@contextlib.contextmanager
def direct_client() -> Iterator[int]:
    client = pb.connect(pb.DIRECT)
    try:
        yield client
    finally:
        pb.disconnect(client)


def load_urdf_text(client: int, urdf_text: str, folder: Path) -> int:
    """Write the URDF text into folder (PyBullet loads files only) and load it with a fixed base."""
    path = folder / "robot_under_test.urdf"
    path.write_text(urdf_text)
    return pb.loadURDF(str(path), useFixedBase=True, physicsClientId=client)


def link_index(client: int, body: int, link_name: str) -> int:
    for i in range(pb.getNumJoints(body, physicsClientId=client)):
        if pb.getJointInfo(body, i, physicsClientId=client)[12].decode() == link_name:
            return i
    raise KeyError(link_name)


def revolute_indices(client: int, body: int, joint_names: tuple[str, ...]) -> list[int]:
    by_name = {
        pb.getJointInfo(body, i, physicsClientId=client)[1].decode(): i
        for i in range(pb.getNumJoints(body, physicsClientId=client))
    }
    return [by_name[n] for n in joint_names]


def pybullet_fk(client: int, body: int, joints: list[int], tip: int, q: np.ndarray) -> np.ndarray:
    """X_B_tip[N, 4, 4] from PyBullet (URDF link frame, not the inertial frame) for q[N, 6]."""
    out = np.zeros((len(q), 4, 4))
    for n, qn in enumerate(q):
        for j, v in zip(joints, qn, strict=True):
            pb.resetJointState(body, j, float(v), physicsClientId=client)
        state = pb.getLinkState(body, tip, computeForwardKinematics=True, physicsClientId=client)
        out[n, :3, :3] = np.array(pb.getMatrixFromQuaternion(state[5])).reshape(3, 3)
        out[n, :3, 3] = state[4]
        out[n, 3, 3] = 1.0
    return out


def non_adjacent_min_distances(
    client: int, body: int, max_distance: float = 1.0
) -> dict[tuple[int, int], float]:
    """Closest distance for every pair of links that no joint connects directly (base = -1)."""
    n = pb.getNumJoints(body, physicsClientId=client)
    parent = {i: pb.getJointInfo(body, i, physicsClientId=client)[16] for i in range(n)}
    links = [-1, *range(n)]
    out: dict[tuple[int, int], float] = {}
    for a, b in itertools.combinations(links, 2):
        if parent.get(b) == a or parent.get(a) == b:
            continue
        pts = pb.getClosestPoints(
            body, body, max_distance, linkIndexA=a, linkIndexB=b, physicsClientId=client
        )
        has_shape_a = pb.getCollisionShapeData(body, a, physicsClientId=client)
        has_shape_b = pb.getCollisionShapeData(body, b, physicsClientId=client)
        if not has_shape_a or not has_shape_b:
            continue
        out[(a, b)] = min((p[8] for p in pts), default=max_distance)
    return out
