"""Built-in robots (issue 3 acceptance): URDF FK against PyBullet, OPW parameters against the URDF,
FK(0) against docs/references.md#robots-3, collision geometry on every link, a sane home, no self-collision at home."""

from __future__ import annotations

import math

import numpy as np
import pybullet as pb
import pytest
import trimesh
import yaml
from rm_pybullet import (
    direct_client,
    link_index,
    non_adjacent_min_distances,
    pybullet_fk,
    revolute_indices,
)

from collision import CollisionScene, CollisionWorld
from collision.robot_urdf import resolve_mesh
from kinematics.chain import fk, jacobian
from kinematics.opw import opw_fk
from kinematics.opw_extract import opw_from_chain
from kinematics.ur import ur_fk
from kinematics.urdf import parse_urdf
from robot_models import RobotSpec, load_builtin_robots, load_builtin_tools
from robot_models.build_builtin import ROBOTS_DIR, build_urdf_text

BUILTIN_IDS = ("abb_irb1600_10_145", "kuka_kr10_r1420", "fanuc_m10ia", "yaskawa_ar1440", "ur10e")
OPW_IDS = BUILTIN_IDS[:4]

# docs/references.md#robots-3 OPW rows (m) and §2 conventions (offsets in deg, sign corrections).
OPW_ROWS = {
    # "ABB IRB1600-10/1.45" row, ABB convention.
    "abb_irb1600_10_145": ((0.150, 0.0, 0.0, 0.4865, 0.700, 0.600, 0.065), (0, 0, -90, 0, 0, 0), (1,) * 6),
    # "KUKA KR10 R1420" row, KUKA convention.
    "kuka_kr10_r1420": (
        (0.150, -0.020, 0.0, 0.450, 0.610, 0.660, 0.080),
        (0, -90, 0, 0, 0, 0),
        (-1, 1, 1, -1, 1, -1),
    ),
    # "FANUC M-10iA (= ARC Mate 100iC)" row, FANUC convention.
    "fanuc_m10ia": (
        (0.150, -0.200, 0.0, 0.450, 0.600, 0.640, 0.100),
        (0, 0, -90, 0, 0, 180),
        (1, 1, -1, -1, -1, -1),
    ),
    # "Yaskawa MH12" row (AR1440 has the same lengths, docs/references.md#robots-3-1), FANUC-style convention.
    "yaskawa_ar1440": (
        (0.155, -0.200, 0.0, 0.450, 0.614, 0.640, 0.100),
        (0, 0, -90, 0, 0, 180),
        (1, 1, -1, -1, -1, -1),
    ),
}
# docs/references.md#robots-3 column "FK(0) x, z" (flange position at q = 0, y = 0), same rows as above.
FK0_XZ = {
    "abb_irb1600_10_145": (0.815, 1.1865),
    "kuka_kr10_r1420": (1.500, 0.470),
    "fanuc_m10ia": (0.890, 1.250),
    "yaskawa_ar1440": (0.895, 1.264),
}


@pytest.fixture(scope="module")
def robots() -> dict[str, RobotSpec]:
    return load_builtin_robots()


def _random_q(spec: RobotSpec, n: int, seed: int) -> np.ndarray:
    lo, hi = spec.joint_limits[:, 0], spec.joint_limits[:, 1]
    return np.random.default_rng(seed).uniform(lo, hi, size=(n, 6))


def test_builtin_ids_and_fields(robots: dict[str, RobotSpec]) -> None:
    assert set(robots) == set(BUILTIN_IDS)
    vendors = {
        "abb_irb1600_10_145": "abb",
        "kuka_kr10_r1420": "kuka",
        "fanuc_m10ia": "fanuc",
        "yaskawa_ar1440": "yaskawa",
        "ur10e": "ur",
    }
    for rid, spec in robots.items():
        assert spec.id == rid and spec.vendor == vendors[rid] and spec.dof == 6
        assert spec.kinematics_kind == ("ur" if rid == "ur10e" else "opw")
        assert spec.sources and spec.accel_assumption
        assert np.all(spec.max_accel > 0) and np.all(spec.max_speed > 0)
        assert spec.urdf_dir is not None and (spec.urdf_dir / "robot.urdf").is_file()
    assert robots["fanuc_m10ia"].controller_coupling == "fanuc_j2_j3"
    assert all(robots[r].controller_coupling == "none" for r in BUILTIN_IDS if r != "fanuc_m10ia")


def test_urdf_files_are_generated_from_yaml() -> None:
    """robot.urdf must be what build_builtin.py makes from robot.yaml (no hand edits, no stale files)."""
    for rid in BUILTIN_IDS:
        folder = ROBOTS_DIR / rid
        data = yaml.safe_load((folder / "robot.yaml").read_text())
        assert (folder / "robot.urdf").read_text() == build_urdf_text(rid, data), rid


def test_urdf_limits_match_yaml(robots: dict[str, RobotSpec]) -> None:
    for spec in robots.values():
        chain = spec.chain
        assert np.allclose(np.stack([chain.lower, chain.upper], 1), spec.joint_limits, atol=1e-12)
        assert np.allclose(chain.max_velocity, spec.max_speed, atol=1e-12)


@pytest.mark.parametrize("rid", BUILTIN_IDS)
def test_fk_equals_pybullet(robots: dict[str, RobotSpec], rid: str, tmp_path) -> None:
    """Issue 3 acceptance: our FK of tool0 equals PyBullet's over 1,000 random configurations."""
    spec = robots[rid]
    q = _random_q(spec, 1000, seed=3)
    ours = fk(spec.chain, q)
    with direct_client() as client:
        body = pb.loadURDF(str(spec.urdf_dir / "robot.urdf"), useFixedBase=True, physicsClientId=client)
        joints = revolute_indices(client, body, spec.chain.joint_names)
        theirs = pybullet_fk(client, body, joints, link_index(client, body, "tool0"), q)
    assert np.max(np.abs(ours[:, :3, 3] - theirs[:, :3, 3])) < 1e-6
    assert np.max(np.abs(ours[:, :3, :3] - theirs[:, :3, :3])) < 1e-6


@pytest.mark.parametrize("rid", OPW_IDS)
def test_opw_yaml_equals_robots_md_row_and_urdf(robots: dict[str, RobotSpec], rid: str) -> None:
    spec = robots[rid]
    lengths, offsets_deg, signs = OPW_ROWS[rid]
    p = spec.opw
    assert p is not None
    assert np.allclose([p.a1, p.a2, p.b, p.c1, p.c2, p.c3, p.c4], lengths, atol=1e-12)
    assert np.allclose(p.offsets, np.radians(offsets_deg), atol=1e-12)
    assert tuple(p.sign_corrections) == signs
    # The parameters extracted from the URDF chain describe the same robot.
    extracted = opw_from_chain(spec.chain)
    assert np.allclose(
        [extracted.a1, extracted.a2, extracted.b, extracted.c1, extracted.c2, extracted.c3, extracted.c4],
        lengths,
        atol=1e-9,
    )
    q = _random_q(spec, 500, seed=5)
    assert np.max(np.abs(opw_fk(extracted, q) - opw_fk(p, q))) < 1e-9
    # OPW FK with the vendor convention equals FK of the URDF.
    assert np.max(np.abs(opw_fk(p, q) - fk(spec.chain, q))) < 1e-9


def test_ur10e_dh_equals_urdf(robots: dict[str, RobotSpec]) -> None:
    spec = robots["ur10e"]
    assert spec.ur is not None
    q = _random_q(spec, 500, seed=6)
    assert np.max(np.abs(ur_fk(spec.ur, q) - fk(spec.chain, q))) < 1e-9
    # q = 0 flange position from UR's DH table (d1 0.1807, a2 -0.6127, a3 -0.57155, d4 0.17415,
    # d5 0.11985, d6 0.11655): (a2 + a3, -(d4 + d6), d1 - d5).
    assert np.allclose(fk(spec.chain, np.zeros(6))[0, :3, 3], [-1.18425, -0.2907, 0.06085], atol=1e-9)


@pytest.mark.parametrize("rid", OPW_IDS)
def test_fk_at_zero_equals_robots_md(robots: dict[str, RobotSpec], rid: str) -> None:
    X = fk(robots[rid].chain, np.zeros(6))[0]
    x, z = FK0_XZ[rid]
    assert np.allclose(X[:3, 3], [x, 0.0, z], atol=1e-9)
    # docs/references.md#robots-2: with the vendor conventions the tool z axis at q = 0 points along +x.
    assert np.allclose(X[:3, 2], [1.0, 0.0, 0.0], atol=1e-9)


def test_kinematics_solver_round_trip_at_home(robots: dict[str, RobotSpec]) -> None:
    """The cached solver reproduces the home pose and finds home among its IK solutions."""
    for spec in robots.values():
        X = spec.kinematics.fk(spec.home[None])
        assert np.allclose(X, fk(spec.chain, spec.home[None]), atol=1e-9)
        sols = spec.kinematics.ik(X)[0]  # [m, 6]: every solution inside the limits for the one pose
        assert np.all(np.isfinite(sols))
        assert np.any(np.all(np.abs(sols - spec.home) < 1e-6, axis=1)), spec.id


def test_every_link_has_collision_geometry_and_mass(robots: dict[str, RobotSpec]) -> None:
    for spec in robots.values():
        model = parse_urdf(spec.urdf_text)
        for name in spec.chain.link_names:
            link = model.links[name]
            assert link.collisions, f"{spec.id} link {name} has no collision geometry"
            # the published meshes' convex pieces (robots/<id>/meshes/SOURCE.md): PyBullet takes each as it is
            for g in link.collisions:
                assert g.kind == "mesh" and g.filename is not None, (spec.id, name)
                assert spec.urdf_dir is not None
                piece = trimesh.load(resolve_mesh(g.filename, spec.urdf_dir, name), force="mesh")
                # convex: it fills its hull (trimesh's is_convex trips over near-coplanar faces of a hull)
                assert piece.is_watertight and piece.volume >= (1 - 1e-6) * piece.convex_hull.volume, g.filename
        assert spec.urdf_text.count("<inertial>") == len(model.links)


def test_home_inside_limits_welding_ready_not_singular(robots: dict[str, RobotSpec]) -> None:
    for spec in robots.values():
        lo, hi = spec.joint_limits[:, 0], spec.joint_limits[:, 1]
        assert np.all((lo < spec.home) & (spec.home < hi)), spec.id
        X = fk(spec.chain, spec.home[None])[0]
        assert X[2, 2] < -0.5, f"{spec.id}: flange z should point down toward the work at home"
        sv = np.linalg.svd(jacobian(spec.chain, spec.home[None])[0], compute_uv=False)
        assert sv[-1] > 0.05, f"{spec.id}: home is near a singularity (smallest singular value {sv[-1]:.3g})"
        assert abs(math.sin(spec.home[4])) > math.sin(math.radians(10))


@pytest.mark.parametrize("rid", BUILTIN_IDS)
def test_pybullet_loads_quietly_and_home_has_no_self_collision(robots: dict[str, RobotSpec], rid: str, capfd) -> None:
    spec = robots[rid]
    with direct_client() as client:
        capfd.readouterr()
        body = pb.loadURDF(str(spec.urdf_dir / "robot.urdf"), useFixedBase=True, physicsClientId=client)
        out, err = capfd.readouterr()
        assert "warning" not in (out + err).lower() and "inertia" not in (out + err).lower(), out + err
        joints = revolute_indices(client, body, spec.chain.joint_names)
        for j, v in zip(joints, spec.home, strict=True):
            pb.resetJointState(body, j, float(v), physicsClientId=client)
        distances = non_adjacent_min_distances(client, body)
        name = {-1: spec.base_link} | {
            j: pb.getJointInfo(body, j, physicsClientId=client)[12].decode()
            for j in range(pb.getNumJoints(body, physicsClientId=client))
        }
    assert len(distances) >= 15  # 7 shaped links, 21 pairs, 6 adjacent
    colliding = {(name[a], name[b]): d for (a, b), d in distances.items() if d <= 0.0}
    if colliding:
        # Published meshes may overlap in every pose (the ABB's link_4 fork and link_6 by ~6 mm whatever q5):
        # such pairs are no contact a plan can avoid, and the collision world drops them as MoveIt does.
        with CollisionWorld(CollisionScene(robot=spec, tool=load_builtin_tools()["torch_22deg"])) as world:
            always = {frozenset(p) for p, why in world.self_pairs.disabled.items() if why == "always"}
        colliding = {pair: d for pair, d in colliding.items() if frozenset(pair) not in always}
    assert not colliding, f"{rid} collides with itself at home: {colliding}"
