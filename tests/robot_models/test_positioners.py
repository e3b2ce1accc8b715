"""Built-in positioners: face plate FK against PyBullet, limits and speeds as their sources give them."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest

from robot_models import RobotModelError
from robot_models.positioner import load_builtin_positioners
from tests.robot_models.rm_pybullet import direct_client, link_index, load_urdf_text, pybullet_fk, revolute_indices


@pytest.mark.parametrize("positioner_id", sorted(load_builtin_positioners()))
def test_face_plate_fk_matches_pybullet(positioner_id: str, tmp_path: Path) -> None:
    spec = load_builtin_positioners()[positioner_id]
    rng = np.random.default_rng(7)
    q = rng.uniform(spec.joint_limits[:, 0], spec.joint_limits[:, 1], size=(20, spec.dof))
    with direct_client() as client:
        body = load_urdf_text(client, spec.urdf_text, tmp_path)
        joints = revolute_indices(client, body, spec.joint_names)
        expected = pybullet_fk(client, body, joints, link_index(client, body, spec.face_plate_link), q)
    got = np.stack([spec.face_plate(qi) for qi in q])
    assert np.max(np.abs(got - expected)) < 1e-6


def test_d500_values_are_the_ros_industrial_urdfs() -> None:
    # ros-industrial/motoman motoman_motopos_d500_support/urdf/motopos_d500_macro.xacro @433be15f:
    # joint_1 (tilt) +-2.3561 rad at 1.3962 rad/s, joint_2 (rotate) +-3.4906 rad at 2.7925 rad/s,
    # tool0 0.38 + 0.15 m up.
    spec = load_builtin_positioners()["yaskawa_motopos_d500"]
    assert spec.joint_limits.tolist() == [[-2.3561, 2.3561], [-3.4906, 3.4906]]
    assert math.degrees(spec.max_speed[0]) == pytest.approx(80.0, abs=0.01)
    assert math.degrees(spec.max_speed[1]) == pytest.approx(160.0, abs=0.01)
    assert spec.face_plate(spec.home)[:3, 3] == pytest.approx([0.0, 0.0, 0.53])


def test_tilt_by_hand() -> None:
    # Tilting 90 deg about the URDF's -y axis turns the face plate normal (z) to -x and moves the plate centre,
    # 0.15 m above the tilt axis at 0.38 m, to (-0.15, 0, 0.38); rotating it then spins it about that normal.
    spec = load_builtin_positioners()["yaskawa_motopos_d500"]
    X = spec.face_plate([math.pi / 2, math.pi / 2])
    assert X[:3, 3] == pytest.approx([-0.15, 0.0, 0.38], abs=1e-12)
    assert X[:3, 2] == pytest.approx([-1.0, 0.0, 0.0], abs=1e-12)
    # rotate axis -z: +90 deg turns the plate's x to -y
    assert X[:3, 0] == pytest.approx([0.0, -1.0, 0.0], abs=1e-12)


def test_shapes_follow_the_links() -> None:
    spec = load_builtin_positioners()["yaskawa_motopos_d500"]
    shapes = {s.geometry.kind + ":" + s.link: s for s in spec.shapes([math.pi / 2, 0.0])}
    plate = shapes["cylinder:link_2"]
    # the plate cylinder's centre sits half its 0.15 m length above the tilt axis, along the tilted normal (-x)
    assert plate.X_PosG[:3, 3] == pytest.approx([-0.075, 0.0, 0.38], abs=1e-12)


def test_home_outside_limits_is_refused() -> None:
    spec = load_builtin_positioners()["turntable_1axis"]
    with pytest.raises(RobotModelError, match="home"):
        dataclasses.replace(spec, home=np.array([4.0]))
