"""CollisionWorld against an independent plain PyBullet check, and the behaviours the planner relies on.

Cell (all tests): ABB IRB 1600-10/1.45 (built-in) at the world origin, torch_22deg, the
bracket_with_two_gussets weldment (cad.weldments defaults) with its origin at (0.9, -0.1, 0.3) m on a table
top at z = 0.3 m. Geometry numbers below come from those definitions (weldments.py docstrings, tool.yaml).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from coll_testlib import (
    PART_ORIGIN_W,
    PlainPyBulletReference,
    X_translate,
    bracket,
    bracket_scene,
    disabled_labels,
    l_profile,
    near_part_configs,
    random_configs,
    robot,
    tool,
    torch_pose_configs,
)

from collision import AllowedContact, BoxObstacle, CollisionConfig, CollisionScene, CollisionWorld, Table


@pytest.fixture(scope="module")
def fixture_box() -> BoxObstacle:
    return BoxObstacle("fixture", X_translate(0.75, 0.25, 0.45), (0.1, 0.1, 0.3))


@pytest.fixture(scope="module")
def world(fixture_box: BoxObstacle) -> CollisionWorld:
    with CollisionWorld(bracket_scene(obstacles=(fixture_box,))) as w:
        yield w


def test_agrees_with_plain_pybullet_on_a_fresh_world(world: CollisionWorld) -> None:
    """Every configuration the plain check finds in collision (contact deeper than 1 um) is invalid; the other
    direction is reported too (it should agree as well: same shapes, same GJK)."""
    scene = world.scene
    q = np.vstack([near_part_configs(scene, 150, seed=11), random_configs(scene, 90, seed=12)])
    ok = world.valid(q)
    ok_single = np.array([world.valid(qi[None])[0] for qi in q[:40]])  # the no-broad-phase path
    ref = PlainPyBulletReference(scene, disabled_labels(world))
    try:
        results = [ref.check(qi) for qi in q]
    finally:
        ref.close()
    collides = np.array([r.collides for r in results])
    missed = [(i, sorted(results[i].pairs)) for i in np.flatnonzero(collides & ok)]
    assert missed == []
    assert np.array_equal(ok_single, ok[:40])
    # both kinds occur, so the comparison means something
    assert 0.1 < collides.mean() < 0.9
    extra = np.flatnonzero(~collides & ~ok)
    assert len(extra) <= 0.02 * len(q), [(i, world.contacts(q[i])) for i in extra]


def test_contacts_name_the_pairs_the_reference_finds(world: CollisionWorld) -> None:
    scene = world.scene
    q = near_part_configs(scene, 60, seed=5)
    ref = PlainPyBulletReference(scene, disabled_labels(world))
    try:
        for qi in q[:25]:
            expected = {f"{a} vs {b}" for a, b in ref.check(qi).pairs}
            got = set(world.contacts(qi))
            # the reference sees robot-robot pairs in either order
            flipped = {" vs ".join(reversed(name.split(" vs "))) for name in got}
            assert expected <= got | flipped, (expected, got)
            assert world.valid(qi[None])[0] == (not got)
    finally:
        ref.close()


def test_box_on_the_flange_path_is_detected(world: CollisionWorld) -> None:
    """A box around the torch's position midway along a joint move blocks that move only."""
    scene = world.scene
    q0 = np.array([-0.6, 0.2, 0.1, 0.0, 0.9, 0.0])
    q1 = np.array([0.6, 0.2, 0.1, 0.0, 0.9, 0.0])
    assert world.is_segment_free(q0, q1)
    X_WT = scene.X_WB @ scene.robot.kinematics.fk((q0 + q1) / 2)[0] @ scene.tool.X_FT
    box = BoxObstacle("blocker", X_translate(*X_WT[:3, 3]), (0.05, 0.05, 0.05))
    with CollisionWorld(bracket_scene(obstacles=(box,))) as blocked:
        assert blocked.valid(np.stack([q0, q1])).all()
        assert not blocked.is_segment_free(q0, q1)
        assert not blocked.is_segment_free(q1, q0)
        assert any("obstacle 'blocker'" in c for c in blocked.contacts((q0 + q1) / 2))


def test_segment_samples_are_at_most_one_degree_apart(world: CollisionWorld, monkeypatch) -> None:
    seen: list[np.ndarray] = []
    original = world.valid

    def spy(q, allowed=None, margin_m=0.0):  # noqa: ANN001, ANN202
        seen.append(np.asarray(q))
        return original(q, allowed, margin_m)

    monkeypatch.setattr(world, "valid", spy)
    q0 = np.zeros(6)
    q1 = np.radians([10.0, -35.5, 3.0, 120.0, 0.2, -61.0])
    assert world.is_segment_free(q0, q1)
    qs = np.vstack(seen)
    t = (qs[:, 3] - q0[3]) / (q1[3] - q0[3])
    qs = qs[np.argsort(t)]
    assert np.allclose(qs[0], q0) and np.allclose(qs[-1], q1)
    assert np.max(np.abs(np.diff(qs, axis=0))) <= math.radians(1.0) + 1e-12
    assert len(qs) == math.ceil(120.0) + 1


def test_folded_arm_is_a_self_collision(world: CollisionWorld) -> None:
    """J2 back, J3 folded over and J5 bent drive the torch into the turret (link_1): a self collision, also
    for the plain check."""
    folded = np.radians([0.0, -30.0, -230.0, 0.0, -110.0, 0.0])
    names = world.contacts(folded)
    assert names and all("part" not in n and "table" not in n and "obstacle" not in n for n in names), names
    assert any(n.startswith("link_1 vs torch") for n in names), names
    assert not world.valid(folded[None])[0]
    ref = PlainPyBulletReference(world.scene, disabled_labels(world))
    try:
        assert ref.check(folded).collides
    finally:
        ref.close()


def _plate_poke(world: CollisionWorld, depth_m: float) -> tuple[np.ndarray, np.ndarray]:
    """A configuration with the wire vertical onto the base plate's top (z = 0.01 in P) at a spot 40 mm in
    front of the upright and clear of the gussets; the TCP depth_m below the top face (15 mm stick-out: the
    nozzle end enters the plate when depth_m > 0.015)."""
    p_P = np.array([0.1, 0.07, 0.01])
    p_W = p_P + np.array(PART_ORIGIN_W)
    qs = torch_pose_configs(world.scene, p_W - [0, 0, depth_m], np.array([0.0, 0.0, -1.0]))
    assert len(qs), "the pose must be reachable"
    return qs, p_W


def test_allowed_contact_near_the_seam_point_only(world: CollisionWorld) -> None:
    qs, p_W = _plate_poke(world, depth_m=0.02)
    names = [world.contacts(q) for q in qs]
    only_nozzle = [q for q, n in zip(qs, names, strict=True) if n == ["torch nozzle vs part body 0 'base'"]]
    assert only_nozzle, names
    q = np.array(only_nozzle)
    assert not world.valid(q).any()
    assert world.valid(q, AllowedContact((0,), p_W, 0.03)).all()
    assert world.valid(q, AllowedContact((0, 1), p_W, 0.03)).all()
    # far from the seam point, another body, or a radius that does not reach the contact: still collisions
    assert not world.valid(q, AllowedContact((0,), p_W + [0.1, 0, 0], 0.03)).any()
    assert not world.valid(q, AllowedContact((1, 2, 3), p_W, 0.03)).any()
    assert not world.valid(q, AllowedContact((0,), p_W + [0, 0, 0.05], 0.01)).any()
    per_config = [AllowedContact((0,), p_W, 0.03) if i % 2 else None for i in range(len(q))]
    assert np.array_equal(world.valid(q, per_config), np.arange(len(q)) % 2 == 1)
    assert world.contacts(q[0], AllowedContact((0,), p_W, 0.03)) == []


def test_allowed_contact_never_excuses_other_links(world: CollisionWorld) -> None:
    """Pushed 90 mm down the neck enters the plate and the nozzle the table: the allowance covers nozzle vs
    the named part bodies only."""
    qs, p_W = _plate_poke(world, depth_m=0.09)
    allowed = AllowedContact((0, 1, 2, 3), p_W, 0.2)
    for q in qs:
        names = world.contacts(q)
        others = [n for n in names if not n.startswith("torch nozzle vs part body")]
        assert world.valid(q[None], allowed)[0] == (not others), names
    assert any("torch nozzle vs table" in world.contacts(q) for q in qs)
    assert any(n.startswith("torch neck") for q in qs for n in world.contacts(q))


def test_margin_and_clearance(world: CollisionWorld) -> None:
    qs, _ = _plate_poke(world, depth_m=-0.02)  # nozzle end 35 mm above the plate
    d = world.clearance(qs)
    assert np.all(d < world.config.max_distance_m)
    assert np.array_equal(d > 0, world.valid(qs))
    assert np.any(d > 0)
    assert np.allclose(d, [world.clearance(q[None])[0] for q in qs], atol=1e-9)
    for q, dq in zip(qs[d > 0], d[d > 0], strict=True):
        assert world.valid(q[None], margin_m=max(dq - 1e-4, 0.0))[0]
        assert not world.valid(q[None], margin_m=dq + 1e-4)[0]


def test_clearance_grows_as_an_obstacle_moves_away() -> None:
    """A 100 mm box under a torch pointing straight down, lowered in 5 mm steps (self pairs off): the clearance
    is the gap between the nozzle's end (15 mm above the wire tip, tool.yaml) and the box top, up to the cap."""
    base = bracket_scene(with_table=False)
    bare = CollisionScene(robot=base.robot, tool=base.tool)
    tip_W = np.array([0.9, 0.0, 0.5])
    q = torch_pose_configs(bare, tip_W, np.array([0.0, 0.0, -1.0]), spins=4)[0]
    cfg = CollisionConfig(check_self=False)
    gaps = np.arange(0.0, 0.11, 0.005)
    out = []
    for gap in gaps:
        box = BoxObstacle("probe", X_translate(*(tip_W - [0.0, 0.0, gap + 0.05])), (0.1, 0.1, 0.1))
        with CollisionWorld(CollisionScene(robot=base.robot, tool=base.tool, box_obstacles=(box,)), cfg) as w:
            out.append(w.clearance(q[None])[0])
            assert w.clearance(np.repeat(q[None], 5, axis=0)) == pytest.approx(out[-1], abs=1e-9)
    out = np.array(out)
    assert np.all(np.diff(out) >= -1e-9)
    assert np.allclose(out, np.minimum(gaps + 0.015, cfg.max_distance_m), atol=1.5e-3)


def test_concave_body_is_not_its_hull() -> None:
    """The torch in the empty corner of an angle profile (inside its hull, outside the solid) is valid;
    with the hull as the part it is not."""
    angle = l_profile()
    X_WP = X_translate(0.8, -0.1, 0.3)
    # wire tip 20 mm off each leg's inner face, along the corner's bisector: the nozzle end (15 mm further
    # back) lies well inside the hull (y + z <= 0.1) and 22 mm clear of both legs
    p_W = X_WP[:3, 3] + [0.1, 0.03, 0.03]
    scene = CollisionScene(robot=robot(), tool=tool(), part_meshes=(angle,), X_WP=X_WP)
    z = np.array([0.0, -1.0, -1.0]) / math.sqrt(2)
    qs = torch_pose_configs(scene, p_W, z)
    with CollisionWorld(scene) as w:
        assert w.decomposition[0] in ("prism", "coacd", "concave")
        ok = w.valid(qs)
    hull_scene = CollisionScene(robot=robot(), tool=tool(), part_meshes=(angle.convex_hull,), X_WP=X_WP)
    with CollisionWorld(hull_scene) as w_hull:
        assert w_hull.decomposition == ["hull"]
        ok_hull = w_hull.valid(qs)
    assert ok.any()
    assert not ok_hull.any()


def test_concave_fallback_mode_agrees(world: CollisionWorld) -> None:
    """decompose="concave" keeps the angle profile as one static triangle mesh: same answers in the corner."""
    angle = l_profile()
    X_WP = X_translate(0.8, -0.1, 0.3)
    scene = CollisionScene(robot=robot(), tool=tool(), part_meshes=(angle,), X_WP=X_WP)
    qs = torch_pose_configs(scene, X_WP[:3, 3] + [0.1, 0.03, 0.03], np.array([0.0, -1.0, -1.0]) / math.sqrt(2))
    qs = np.vstack([qs, near_part_configs(scene, 80, seed=3)])
    with CollisionWorld(scene, CollisionConfig(decompose="concave")) as exact, CollisionWorld(scene) as pieces:
        assert exact.decomposition == ["concave"]
        a, b = exact.valid(qs), pieces.valid(qs)
    # the convex pieces cover the solid (never valid where the exact mesh collides) and differ only at its edges
    assert not np.any(b & ~a)
    assert np.mean(a != b) < 0.05


def test_api_validation_and_lifetime() -> None:
    scene = bracket_scene()
    w = CollisionWorld(scene)
    with pytest.raises(ValueError, match="shape"):
        w.valid(np.zeros((3, 5)))
    with pytest.raises(ValueError, match="part bodies"):
        w.valid(np.zeros((1, 6)), AllowedContact((7,), np.zeros(3), 0.01))
    with pytest.raises(ValueError, match="entries"):
        w.valid(np.zeros((2, 6)), [None])
    with pytest.raises(ValueError, match="margin_m"):
        w.valid(np.zeros((1, 6)), margin_m=-0.1)
    with pytest.raises(ValueError, match="AllowedContact.radius_m"):
        AllowedContact((0,), np.zeros(3), -1.0)
    with pytest.raises(ValueError, match="X_WP"):
        CollisionScene(robot=robot(), X_WP=np.ones((4, 4)))
    other = CollisionWorld(CollisionScene(robot=robot(), tool=tool(), table=Table(top_z_m=0.9)))
    assert other.client_id != w.client_id
    assert not other.valid(robot().home[None])[0]  # the table top cuts through the arm at home
    assert w.valid(robot().home[None])[0]
    w.close()
    w.close()
    other.close()
    with CollisionWorld(CollisionScene(robot=robot(), part_meshes=bracket_scene().part_meshes,
                                       X_WP=X_translate(0.9, -0.1, 0.3))) as bare:  # no torch
        assert bare.valid(robot().home[None])[0]
        assert all(not label.startswith("torch") for label in bare.link_names().values())
        with pytest.raises(ValueError, match="part bodies"):
            bare.valid(np.zeros((1, 6)), AllowedContact((9,), np.zeros(3), 0.01))


def test_every_builtin_robot_builds() -> None:
    """FK agreement with PyBullet is checked while building; home is clear, and a box at the wire tip at home
    is found against the nozzle."""
    combos = [("abb_irb1600_10_145", "torch_straight"), ("kuka_kr10_r1420", "torch_45deg"),
              ("fanuc_m10ia", "torch_22deg"), ("yaskawa_ar1440", "torch_straight"), ("ur10e", "torch_45deg")]
    cfg = CollisionConfig(self_samples=2000)
    for rid, tid in combos:
        r, t = robot(rid), tool(tid)
        X_WT = r.kinematics.fk(r.home)[0] @ t.X_FT
        box = BoxObstacle("probe", X_translate(*X_WT[:3, 3]), (0.04, 0.04, 0.04))
        with CollisionWorld(CollisionScene(robot=r, tool=t), cfg) as w:
            assert w.valid(r.home[None])[0], (rid, tid, w.contacts(r.home))
            enabled, dropped = w.self_pair_report()
            assert all(why in ("rigid", "adjacent", "never", "always") for why in dropped.values())
            assert ("torch mount", "torch nozzle") in dropped
        with CollisionWorld(CollisionScene(robot=r, tool=t, box_obstacles=(box,)), cfg) as w:
            assert "torch nozzle vs obstacle 'probe'" in w.contacts(r.home), rid
            assert not w.valid(r.home[None])[0]


def test_bracket_bodies_are_convex_hulls(world: CollisionWorld) -> None:
    assert world.decomposition == ["hull"] * len(bracket().bodies)
