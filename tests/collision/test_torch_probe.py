"""CollisionWorld.torch_valid (the torch alone at a TCP pose) against the full robot check of the same world.

Cell: coll_testlib.bracket_scene (ABB IRB 1600-10/1.45, torch_22deg, bracket_with_two_gussets on a table)
with a fixture box. Property: the probe answers exactly "does some torch primitive touch the part, table or
an obstacle" for the pose the arm holds, which the world's contacts() names as "torch <primitive> vs ...".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pybullet as pb
import pytest
import trimesh
from coll_testlib import PART_ORIGIN_W, X_translate, bracket_scene, near_part_configs

from cad import import_part
from collision import AllowedContact, BoxObstacle, CollisionWorld
from collision.torch_probe import PartTorchWorld
from kinematics.se3 import quat_wxyz_from_R
from robot_models import load_builtin_tools


@pytest.fixture(scope="module")
def world() -> CollisionWorld:
    fixture = BoxObstacle("fixture", X_translate(0.75, 0.25, 0.45), (0.1, 0.1, 0.3))
    with CollisionWorld(bracket_scene(obstacles=(fixture,))) as w:
        yield w


def _X_BT(world: CollisionWorld, q: np.ndarray) -> np.ndarray:
    return world.scene.robot.kinematics.fk(q) @ world.scene.tool.X_FT


def _torch_hits_static(names: list[str]) -> bool:
    return any(n.startswith("torch ") and " vs link" not in n and " vs torch" not in n for n in names)


def test_probe_equals_the_torch_links_of_the_robot(world: CollisionWorld) -> None:
    q = near_part_configs(world.scene, 300, seed=11)
    got = world.torch_valid(_X_BT(world, q))
    expected = np.array([not _torch_hits_static(world.contacts(qi)) for qi in q])
    assert (~expected).sum() > 30 and expected.sum() > 30, "the sample should hold both outcomes"
    # PyBullet's 1 mm collision margin on hulls can flip a grazing contact (distance ~0) either way.
    grazing = np.abs(world.clearance(q)) < 1e-4
    assert np.array_equal(got[~grazing], expected[~grazing])


def test_a_colliding_torch_pose_rules_out_the_configuration(world: CollisionWorld) -> None:
    q = near_part_configs(world.scene, 300, seed=12)
    torch_ok = world.torch_valid(_X_BT(world, q))
    assert not np.any(world.valid(q[~torch_ok]))


def test_allowed_contact_applies_to_the_nozzle_only(world: CollisionWorld) -> None:
    """The wire vertical onto the base plate's top (z = 0.01 m in P, 40 mm in front of the upright, clear of
    the gussets), TCP 20 mm below the face: with 15 mm stick-out only the nozzle's end enters the plate."""
    p_W = np.array([0.1, 0.07, 0.01]) + np.array(PART_ORIGIN_W)
    X = np.eye(4)
    X[:3, :3] = np.diag([1.0, -1.0, -1.0])
    X[:3, 3] = p_W - [0.0, 0.0, 0.02]
    assert not world.torch_valid(X)[0]
    assert world.torch_valid(X, AllowedContact((0,), p_W, 0.03))[0]
    assert not world.torch_valid(X, AllowedContact((1,), p_W, 0.03))[0]
    assert not world.torch_valid(X, AllowedContact((0,), p_W + [0.1, 0.0, 0.0], 0.03))[0]
    X[:3, 3] = p_W + [0.0, 0.0, 0.005]
    assert world.torch_valid(X)[0]


def test_input_checks(world: CollisionWorld) -> None:
    with pytest.raises(ValueError, match="X_BT"):
        world.torch_valid(np.zeros((2, 3, 3)))
    with pytest.raises(ValueError, match="margin_m"):
        world.torch_valid(np.eye(4), margin_m=-1.0)


def test_buried_poses_decided_without_pybullet_give_pybullet_s_verdict(world: CollisionWorld) -> None:
    """TorchProbe rules out poses with a segment deep inside a primitive running deep inside a piece (exact
    hull planes) without asking PyBullet. The same probe without the plane flags (every pose to PyBullet,
    as before the shortcut) must give the same verdict on every pose, allowed nozzle contacts included: the
    TCP on seam points of the part with tilts up to 60 deg and any spin."""
    from collision.torch_probe import TorchProbe

    rng = np.random.default_rng(5)
    n = 600
    seam_W = np.array(PART_ORIGIN_W) + rng.uniform([0.0, 0.0, 0.0], [0.2, 0.1, 0.01], (n, 3))
    X = np.tile(np.eye(4), (n, 1, 1))
    for i in range(n):
        tilt, spin, lean = rng.uniform(0.0, np.radians(60.0)), rng.uniform(0, 2 * np.pi), rng.uniform(0, 2 * np.pi)
        Rz = np.array([[np.cos(spin), -np.sin(spin), 0], [np.sin(spin), np.cos(spin), 0], [0, 0, 1]])
        Rx = np.array(
            [
                [1, 0, 0],
                [0, np.cos(np.pi - tilt), -np.sin(np.pi - tilt)],
                [0, np.sin(np.pi - tilt), np.cos(np.pi - tilt)],
            ]
        )
        Rl = np.array([[np.cos(lean), -np.sin(lean), 0], [np.sin(lean), np.cos(lean), 0], [0, 0, 1]])
        X[i, :3, :3] = Rl @ Rx @ Rz  # wire axis (TCP z) pointing down into the part, tilted and spun
        X[i, :3, 3] = seam_W[i] + rng.uniform(-0.01, 0.01, 3)
    allowed = [AllowedContact((0, 1), p, 0.01) if k % 2 else None for k, p in enumerate(seam_W)]
    X_WB = world.scene.X_WB
    X_BT = np.linalg.inv(X_WB) @ X
    fast = world.torch_valid(X_BT, allowed)
    probe = world._probe
    assert probe is not None
    slow_probe = TorchProbe(
        world._client, world.scene.tool, X_WB, world._piece_body, world._piece_link, probe._planes, world._piece_owner
    )
    slow = slow_probe.valid(X_BT, allowed, 0.0)
    X_BF = X_BT @ probe._X_TF
    rows, _ = probe._candidates(X_BF, 0.0)
    decided = np.unique(rows[probe._certain(X_BF, rows, allowed), 0])
    assert decided.size > 50, "the sample should bury the torch often"
    assert (~slow).sum() > decided.size and slow.sum() > 30, "and hold poses PyBullet must decide"
    assert np.array_equal(fast, slow)


@pytest.fixture(scope="module")
def box_sides_torch() -> Iterator[PartTorchWorld]:
    """tests/data/box_sides.STEP (trimesh's models/, MIT: tests/data/README.md): ten plates that split into 154
    exact prism pieces, more than one PyBullet multibody holds, on a table."""
    from collision import Table

    step = Path(__file__).resolve().parents[1] / "data" / "box_sides.STEP"
    part = import_part(step.read_bytes(), step.name)
    lo, hi = _bounds([b.mesh for b in part.bodies])
    table = Table(float(lo[2]), (1.0, 1.0, 0.05), (0.5 * float(lo[0] + hi[0]), 0.5 * float(lo[1] + hi[1])))
    tool = load_builtin_tools()["torch_22deg"]
    with PartTorchWorld(tool, [b.mesh for b in part.bodies], table=table) as w:
        w.part_meshes = [b.mesh for b in part.bodies]  # type: ignore[attr-defined]
        yield w


def _bounds(meshes: list[trimesh.Trimesh]) -> tuple[np.ndarray, np.ndarray]:
    return np.min([m.bounds[0] for m in meshes], axis=0), np.max([m.bounds[1] for m in meshes], axis=0)


def test_every_static_piece_is_in_pybullet(box_sides_torch: PartTorchWorld) -> None:
    """Each static piece answers PyBullet's queries (PyBullet keeps at most 127 links of a multibody and drops
    the rest without a word: box_sides' last plate and the table were missing from every query)."""
    probe = box_sides_torch._probe
    cid = box_sides_torch._cid
    assert len(probe._piece_body) > 127
    sphere = pb.createMultiBody(
        0, pb.createCollisionShape(pb.GEOM_SPHERE, radius=1e-4, physicsClientId=cid), physicsClientId=cid
    )
    for e, (body, link) in enumerate(zip(probe._piece_body, probe._piece_link, strict=True)):
        lo, hi = pb.getAABB(body, link, physicsClientId=cid)
        centre = 0.5 * (np.asarray(lo) + np.asarray(hi))
        pb.resetBasePositionAndOrientation(sphere, centre.tolist(), [0, 0, 0, 1], physicsClientId=cid)
        assert pb.getClosestPoints(sphere, body, 1.0, linkIndexB=link, physicsClientId=cid), f"piece {e}"


def test_buried_poses_on_box_sides_give_pybullet_s_verdict(box_sides_torch: PartTorchWorld) -> None:
    """The certain-collision shortcut against PyBullet on the real STEP assembly, pair by pair: every (pose,
    primitive, piece) the shortcut calls buried, PyBullet finds penetrating; and pose by pose the probe with
    the shortcut gives the verdict of the probe without it. Poses: the TCP near points on the plates'
    surfaces, any orientation, half of them with an allowed nozzle contact there."""
    from scipy.spatial.transform import Rotation

    from collision.torch_probe import TorchProbe

    w = box_sides_torch
    probe = w._probe
    cid = w._cid
    meshes = w.part_meshes  # type: ignore[attr-defined]
    rng = np.random.default_rng(7)
    points, owners = [], []
    for i, m in enumerate(meshes):
        p, _ = trimesh.sample.sample_surface(m, 120, seed=i)
        points.append(p)
        owners += [i] * len(p)
    seam = np.vstack(points)
    n = len(seam)
    X = np.tile(np.eye(4), (n, 1, 1))
    X[:, :3, :3] = Rotation.random(n, random_state=3).as_matrix()
    X[:, :3, 3] = seam + rng.uniform(-0.01, 0.01, (n, 3))
    allowed = [AllowedContact((owners[k],), seam[k], 0.01) if k % 2 else None for k in range(n)]
    X_BF = X @ probe._X_TF
    rows, _ = probe._candidates(X_BF, 0.0)
    hit = rows[probe._certain(X_BF, rows, allowed)]
    assert len(hit) > 500, "the sample should bury the torch often"
    for pose, prim, piece in hit.tolist():
        pts = _closest_points(probe, cid, X_BF[pose], prim, piece, 0.0)
        assert any(pt[8] < 0.0 for pt in pts), (pose, prim, piece)
    slow_probe = TorchProbe(cid, w.tool, np.eye(4), probe._piece_body, probe._piece_link, probe._planes, probe._owner)
    fast = w.valid(X, allowed)
    slow = slow_probe.valid(X, allowed, 0.0)
    assert (~slow).sum() > len(np.unique(hit[:, 0])) and slow.sum() > 30
    assert np.array_equal(fast, slow)


def test_piece_spheres_drop_only_pairs_out_of_reach(box_sides_torch: PartTorchWorld) -> None:
    """The probe tests a pose's torch against the planes only of the pieces whose bounding sphere its own
    sphere reaches (box_sides: 155 pieces, most far from any one pose). Against a probe without piece spheres
    (every pose against every plane): the candidate pairs are a subset, and each pair left out is farther
    apart than the query reach in PyBullet."""
    from scipy.spatial.transform import Rotation

    from collision.broadphase import PAD_M
    from collision.torch_probe import TorchProbe

    w = box_sides_torch
    probe, cid = w._probe, w._cid
    meshes = w.part_meshes  # type: ignore[attr-defined]
    points = np.vstack([trimesh.sample.sample_surface(m, 30, seed=i)[0] for i, m in enumerate(meshes)])
    n = len(points)
    X = np.tile(np.eye(4), (n, 1, 1))
    X[:, :3, :3] = Rotation.random(n, random_state=11).as_matrix()
    X[:, :3, 3] = points + np.random.default_rng(11).uniform(-0.05, 0.05, (n, 3))
    X_BF = X @ probe._X_TF
    every_plane = TorchProbe(cid, w.tool, np.eye(4), probe._piece_body, probe._piece_link, probe._planes, probe._owner)
    culled = {tuple(r) for r in probe._candidates(X_BF, 0.0)[0].tolist()}
    dense = {tuple(r) for r in every_plane._candidates(X_BF, 0.0)[0].tolist()}
    assert culled <= dense and len(culled) < len(dense)
    for pose, prim, piece in sorted(dense - culled)[::7]:
        assert not _closest_points(probe, cid, X_BF[pose], prim, piece, PAD_M), (pose, prim, piece)


def _closest_points(probe: Any, cid: int, X_BF: np.ndarray, prim: int, piece: int, distance_m: float) -> list:
    """PyBullet's closest points within distance_m between the probe's primitive prim, its flange at X_BF[4, 4],
    and the static piece piece."""
    q = quat_wxyz_from_R(X_BF[None, :3, :3])[0]
    pb.resetBasePositionAndOrientation(probe.body, X_BF[:3, 3].tolist(), [q[1], q[2], q[3], q[0]], physicsClientId=cid)
    return list(
        pb.getClosestPoints(
            probe.body,
            probe._piece_body[piece],
            distance_m,
            linkIndexA=prim,
            linkIndexB=probe._piece_link[piece],
            physicsClientId=cid,
        )
    )
