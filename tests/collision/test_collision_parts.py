"""The pieces under CollisionWorld: bounding spheres, pair tables, the broad phase, convex pieces, the combined
URDF and self-pair filtering, each against PyBullet or geometry computed another way."""

from __future__ import annotations

import dataclasses
import math
import re
import shutil

import numpy as np
import pybullet as pb
import pytest
import trimesh
from coll_testlib import X_translate, bracket_scene, l_profile, near_part_configs, random_configs, robot, tool

from collision import BoxObstacle, CollisionConfig, CollisionScene, CollisionWorld, MeshObstacle, convex_pieces
from collision.robot_urdf import is_mount, rpy_from_R
from collision.selfpairs import structural_pairs
from collision.spheres import box_planes, hull_planes, shape_spheres
from kinematics.chain import link_poses
from kinematics.se3 import X_from_xyz_rpy, rot_axis_angle
from kinematics.urdf import parse_urdf


def _random_pose(rng: np.random.Generator) -> np.ndarray:
    X = np.eye(4)
    X[:3, :3] = rot_axis_angle(rng.normal(size=3), rng.uniform(0, math.pi))
    X[:3, 3] = rng.uniform(-0.2, 0.2, 3)
    return X


def _covered(points: np.ndarray, centres: np.ndarray, radii: np.ndarray) -> bool:
    d = np.linalg.norm(points[:, None] - centres[None], axis=2) - radii[None]
    return bool(np.all(d.min(axis=1) <= 1e-12))


def test_spheres_cover_their_shapes() -> None:
    """Points sampled in boxes, cylinders and mesh hulls of random proportions lie in one of their spheres."""
    rng = np.random.default_rng(0)
    for _ in range(60):
        X = _random_pose(rng)
        u = rng.uniform(-0.5, 0.5, (3000, 3))
        size = rng.uniform(0.01, 0.8, 3)
        c, r = shape_spheres("box", X, size)
        assert _covered(u * size @ X[:3, :3].T + X[:3, 3], c, r)
        radius, length = rng.uniform(0.005, 0.2), rng.uniform(0.005, 0.9)
        c, r = shape_spheres("cylinder", X, radius=radius, length=length)
        ang, rad = rng.uniform(0, 2 * math.pi, 3000), radius * np.sqrt(rng.uniform(0, 1, 3000))
        pts = np.stack([rad * np.cos(ang), rad * np.sin(ang), length * u[:, 2]], axis=1)
        assert _covered(pts @ X[:3, :3].T + X[:3, 3], c, r)
        cloud = rng.normal(size=(40, 3)) * rng.uniform(0.01, 0.5, 3)
        hull = trimesh.convex.convex_hull(cloud)
        c, r = shape_spheres("mesh", X, hull_points=cloud)
        box_pts = rng.uniform(hull.bounds[0], hull.bounds[1], (6000, 3))
        eq_n = hull.face_normals
        eq_d = np.einsum("ij,ij->i", eq_n, hull.triangles[:, 0])
        inside = box_pts[np.all(box_pts @ eq_n.T - eq_d <= 0, axis=1)]
        surface = hull.sample(2000)
        assert len(r) <= 8
        assert _covered(np.vstack([inside, surface, hull.vertices]) @ X[:3, :3].T + X[:3, 3], c, r)


def test_planes_bound_their_pieces() -> None:
    rng = np.random.default_rng(1)
    for _ in range(20):
        X = _random_pose(rng)
        size = rng.uniform(0.01, 0.5, 3)
        n, d = box_planes(X, size)
        pts = rng.uniform(-0.6, 0.6, (4000, 3))
        inside_planes = np.all(pts @ n.T - d <= 1e-12, axis=1)
        local = (pts - X[:3, 3]) @ X[:3, :3]
        assert np.array_equal(inside_planes, np.all(np.abs(local) <= size / 2, axis=1))
        cloud = rng.normal(size=(200, 3)) * 0.1
        n, d = hull_planes(cloud)
        assert np.all(cloud @ n.T - d <= 1e-9)


def _moved_base_scene() -> CollisionScene:
    """The bracket cell seen from a robot standing at (0.2, -0.3, 0.1) m, turned 30 deg about z."""
    scene = bracket_scene(obstacles=(BoxObstacle("fixture", X_translate(0.75, 0.25, 0.45), (0.1, 0.1, 0.3)),))
    X_WB = X_translate(0.2, -0.3, 0.1)
    X_WB[:3, :3] = rot_axis_angle(np.array([0.0, 0.0, 1.0]), math.radians(30.0))
    return dataclasses.replace(scene, X_WB=X_WB)


@pytest.mark.parametrize("moved", [False, True])
def test_broad_phase_never_drops_a_near_pair(moved: bool) -> None:
    """Every (robot link, static piece) and enabled self pair PyBullet finds within 5 cm is flagged."""
    ob = BoxObstacle("fixture", X_translate(0.75, 0.25, 0.45), (0.1, 0.1, 0.3))
    scene = _moved_base_scene() if moved else bracket_scene(obstacles=(ob,))
    q = np.vstack([near_part_configs(scene, 70, seed=21), random_configs(scene, 50, seed=22)])
    reach = 0.05
    with CollisionWorld(scene) as w:
        env_cfg, env_entry, env_piece, pair_cfg, pair_idx = w._bp.flags(q, reach)
        env_flags = set(zip(env_cfg.tolist(), env_entry.tolist(), env_piece.tolist(), strict=True))
        pair_flags = set(zip(pair_cfg.tolist(), pair_idx.tolist(), strict=True))
        moving = w._bp.moving.tolist()
        near_env = near_self = 0
        for i, qi in enumerate(q):
            w._reset(qi.tolist())
            for e in moving:
                for piece, (uid, link) in enumerate(zip(w._piece_body, w._piece_link, strict=True)):
                    pts = pb.getClosestPoints(w.robot_body, uid, reach, linkIndexA=w._entry_pb[e], linkIndexB=link,
                                              physicsClientId=w.client_id)
                    if any(p[8] < reach for p in pts):
                        near_env += 1
                        assert (i, e, piece) in env_flags
            for k, (a, b) in enumerate(w._pairs):
                pts = pb.getClosestPoints(w.robot_body, w.robot_body, reach, linkIndexA=a, linkIndexB=b,
                                          physicsClientId=w.client_id)
                if any(p[8] < reach for p in pts):
                    near_self += 1
                    assert (i, k) in pair_flags
        assert near_env > 60 and near_self > 10
        # and it does prune: far fewer flags than pairs
        assert len(env_flags) < 0.5 * len(q) * len(moving) * len(w._piece_body)


def test_pair_tables_bound_the_distance() -> None:
    """The joint-grid tables (forearm vs flange and torch mount) never exceed PyBullet's distance."""
    scene = bracket_scene()
    with CollisionWorld(scene) as w:
        assert w._bp.tables, "the wrist pairs of the ABB get tables"
        q = random_configs(scene, 1000, seed=3)  # 1000: a query between the wrist meshes costs ~10x a primitive one
        for p, table in w._bp.tables.items():
            a, b = w._pairs[p]
            lb = table.lower_bound(q)
            cap = w.config.max_distance_m + 0.05
            truth = []
            for qi, bound in zip(q, lb, strict=True):
                w._reset(qi.tolist())
                pts = pb.getClosestPoints(w.robot_body, w.robot_body, cap, linkIndexA=a, linkIndexB=b,
                                          physicsClientId=w.client_id)
                true = min([cap] + [pt[8] for pt in pts])
                assert bound <= true + 1e-9
                truth.append(true)
            # and it is tight enough to matter: within 5 mm of the truth on most samples
            assert np.mean(lb >= np.array(truth) - 0.005) > 0.9


def _plate_with_post() -> trimesh.Trimesh:
    from OCP.BRepAlgoAPI import BRepAlgoAPI_Fuse
    from OCP.BRepPrimAPI import BRepPrimAPI_MakeBox
    from OCP.gp import gp_Pnt

    from cad.weldments import tessellate

    plate = BRepPrimAPI_MakeBox(gp_Pnt(0, 0, 0), 0.1, 0.1, 0.02).Shape()
    post = BRepPrimAPI_MakeBox(gp_Pnt(0, 0, 0), 0.02, 0.05, 0.1).Shape()
    return tessellate(BRepAlgoAPI_Fuse(plate, post).Shape())


def test_convex_pieces() -> None:
    box = trimesh.creation.box([0.2, 0.1, 0.05])
    pieces = convex_pieces(box)
    assert pieces.method == "hull" and len(pieces.hulls) == 1 and pieces.hull_volume_ratio == pytest.approx(1.0)
    angle = l_profile()
    pieces = convex_pieces(angle)
    assert pieces.method == "prism"  # an extruded L: split exactly (tests/collision/test_convex_cover.py)
    assert len(pieces.hulls) == 2
    assert sum(trimesh.convex.convex_hull(h).volume for h in pieces.hulls) == pytest.approx(angle.volume, rel=1e-9)
    # a body that is no prism (a plate with a post standing on one corner, steps along all three axes) goes
    # to CoACD
    corner = _plate_with_post()
    pieces = convex_pieces(corner)
    if pieces.method == "coacd":
        hulls = [trimesh.convex.convex_hull(h) for h in pieces.hulls]
        assert len(hulls) >= 2
        # the pieces hold the solid and not much more
        assert sum(h.volume for h in hulls) < 1.05 * corner.volume
        probe = corner.sample(2000)
        inside = np.zeros(len(probe), dtype=bool)
        for h in hulls:
            inside |= np.all(probe @ h.face_normals.T - np.einsum("ij,ij->i", h.face_normals, h.triangles[:, 0])
                             <= 1e-6, axis=1)
        assert inside.all()
    else:
        assert pieces.method == "concave" and pieces.mesh is corner
    assert convex_pieces(corner) is pieces  # cached
    open_mesh = trimesh.Trimesh(box.vertices, box.faces[:-2])
    assert convex_pieces(open_mesh).method == "concave"


def test_rpy_round_trip() -> None:
    rng = np.random.default_rng(4)
    for _ in range(200):
        R = rot_axis_angle(rng.normal(size=3), rng.uniform(0, math.pi))
        assert np.allclose(X_from_xyz_rpy(np.zeros(3), rpy_from_R(R))[:3, :3], R, atol=1e-12)
    R = X_from_xyz_rpy(np.zeros(3), (0.3, math.pi / 2, -0.2))[:3, :3]
    assert np.allclose(X_from_xyz_rpy(np.zeros(3), rpy_from_R(R))[:3, :3], R, atol=1e-9)


def test_mount_is_the_primitive_on_the_flange() -> None:
    t = tool("torch_22deg")
    flags = [is_mount(p.kind, p.X_FG, p.size, p.radius, p.length) for p in t.collisions]
    assert flags == [True, False, False, False]  # mount, body, neck, nozzle (tool.yaml)


def test_structural_pairs_see_through_links_without_geometry() -> None:
    """With link_5's shapes removed, link_4 and link_6 count as adjacent (MoveIt's rule), not before."""
    text = robot().urdf_text
    model = parse_urdf(text)
    links = [n for n, link in model.links.items() if link.collisions]
    _, disabled = structural_pairs(model, links, set())
    assert ("link_4", "link_6") not in disabled and disabled[("link_5", "link_6")] == "adjacent"
    stripped = re.sub(r'<collision name="link_5_cvx[0-9]+">.*?</collision>', "", text, flags=re.S)
    model2 = parse_urdf(stripped)
    links2 = [n for n, link in model2.links.items() if link.collisions]
    assert "link_5" not in links2
    _, disabled2 = structural_pairs(model2, links2, set())
    assert disabled2[("link_4", "link_6")] == "adjacent"


def test_robot_with_mesh_collisions(tmp_path) -> None:
    """A URDF whose upper arm is a mesh file next to it (as a registered zip robot has): the hull is loaded,
    bounded by the broad phase (batched and unbatched answers agree) and collides where the arm is."""
    r = robot()
    # the built-in robot's links are mesh files beside its URDF (robot_models/robots/<id>/meshes)
    shutil.copytree(r.urdf_dir, tmp_path / "robot")
    meshy = dataclasses.replace(r, urdf_dir=tmp_path / "robot")
    assert all(g.kind == "mesh" for g in parse_urdf(r.urdf_text).links["link_2"].collisions)
    q_home = np.asarray(r.home)
    X_BL2 = link_poses(r.chain, q_home)[0, 2]
    # the arm's middle: link_2 frame z runs up the arm, which sits beside the turret (its published mesh spans
    # y -0.25 .. -0.11 m in that frame)
    p_arm = (X_BL2 @ np.array([0.0, -0.18, 0.35, 1.0]))[:3]
    # a box whose face passes through the arm's middle (link_2's y is the world's at q1 = 0): it cuts into the arm
    blocker = BoxObstacle("blocker", X_translate(*(p_arm - [0.0, 0.1, 0.0])), (0.2, 0.2, 0.2))
    scene = CollisionScene(robot=meshy, tool=tool(), box_obstacles=(blocker,),
                           mesh_obstacles=(MeshObstacle("post", trimesh.creation.box([0.1, 0.1, 0.6]),
                                                        X_translate(0.6, 0.4, 0.3)),))
    with CollisionWorld(scene, CollisionConfig(self_samples=2000)) as w:
        assert w.contacts(q_home) == ["link_2 vs obstacle 'blocker'"]
        q = random_configs(scene, 300, seed=9)
        batched = w.valid(q)
        single = np.array([w.valid(qi[None])[0] for qi in q])
        assert np.array_equal(batched, single)
        assert 0.05 < batched.mean() < 0.95
