"""Positioner cells: the part's pose and welding position at positioner angles, the positioner's links as
obstacles, index move times, and the greedy choice of states. Reference numbers are worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from collision.scene import MeshObstacle
from planning.indexing import IndexConfig, choose_states, state_grid
from planning.positioner import (
    PositionerCell,
    PositionerCellError,
    face_plate_meshes_P,
    flat_score,
    gravity_angles_deg,
    index_duration_s,
)
from robot_models.positioner import load_builtin_positioners
from tests.cad.test_procedures import make_seam

D500 = load_builtin_positioners()["yaskawa_motopos_d500"]


def _cell(X_BPos: np.ndarray | None = None, X_FP: np.ndarray | None = None) -> PositionerCell:
    return PositionerCell(D500, np.eye(4) if X_BPos is None else X_BPos, np.eye(4) if X_FP is None else X_FP)


def _fillet_along_y():
    # a fillet along y between a floor (normal +z) and a wall (normal +x): weld face bisector (1, 0, 1)/sqrt 2,
    # 45 deg from up (ISO 6947 PB) with the part as it is
    return make_seam("fillet", [[0, -0.1, 0], [0, 0, 0], [0, 0.1, 0]], [0, 0, 1], [1, 0, 0])


def test_tilt_turns_the_weld_face_by_hand() -> None:
    # The D500 tilts about its base's -y axis (ros-industrial URDF). Tilting by +45 deg turns x towards +z:
    # the bisector (1, 0, 1)/sqrt 2 becomes (0, 0, 1), straight up (PA); -45 deg turns it to (1, 0, 0) (PC).
    seam, cell = _fillet_along_y(), _cell()
    for tilt_deg, expected_deg, score in ((0, 45, (0.9, 1.0)), (45, 0, (1.0, 1.0)), (-45, 90, (0.0, 0.0))):
        R = cell.X_BP([math.radians(tilt_deg), 0.0])[:3, :3]
        assert gravity_angles_deg(seam, R) == pytest.approx([expected_deg] * 3, abs=1e-9)
        assert flat_score(seam, R) == pytest.approx(score)


def test_part_pose_chains_base_face_plate_and_mount() -> None:
    # X_BP = X_BPos X_PosF(q) X_FP: base 1 m out along x, part 0.1 m above the plate; at home the plate is
    # 0.53 m up (0.38 tilt axis + 0.15), so the part origin sits at (1, 0, 0.63)
    X_BPos, X_FP = np.eye(4), np.eye(4)
    X_BPos[0, 3], X_FP[2, 3] = 1.0, 0.1
    assert _cell(X_BPos, X_FP).X_BP(D500.home)[:3, 3] == pytest.approx([1.0, 0.0, 0.63])


def test_obstacles_are_the_links_in_the_base_frame() -> None:
    X_BPos = np.eye(4)
    X_BPos[:3, 3] = [1.0, 2.0, 0.0]
    obstacles = {o.name: o for o in _cell(X_BPos).obstacles(D500.home)}
    assert set(obstacles) == {
        "positioner.base_link.1",
        "positioner.base_link.2",
        "positioner.base_link.3",
        "positioner.link_1.1",
        "positioner.link_2.1",
    }
    # the face plate cylinder (r 0.25, 0.15 long) ends at the plate: its top face at 0.53 m
    plate = obstacles["positioner.link_2.1"]
    assert isinstance(plate, MeshObstacle)
    top = (np.asarray(plate.mesh.vertices) @ plate.X_WO[:3, :3].T + plate.X_WO[:3, 3])[:, 2].max()
    assert top == pytest.approx(0.53)
    assert plate.X_WO[:2, 3] == pytest.approx([1.0, 2.0])


def test_a_mirrored_mount_is_refused_naming_the_field() -> None:
    with pytest.raises(PositionerCellError, match="X_FP"):
        _cell(X_FP=np.diag([1.0, 1.0, -1.0, 1.0]))


def test_index_time_by_hand() -> None:
    # tilt 90 deg at 80 deg/s with 160 deg/s^2 (yaml): 0.5 s up to speed (20 deg), 50 deg cruising (0.625 s),
    # 0.5 s down: 1.625 s. The rotate axis, 90 deg at 160 deg/s and 320 deg/s^2: 0.5 s ramps of 40 deg each and
    # 10 deg cruising (0.0625 s): 1.0625 s. Moved together, the slower tilt decides.
    assert index_duration_s(D500, [0, 0], [math.pi / 2, 0]) == pytest.approx(1.625, abs=1e-3)
    assert index_duration_s(D500, [0, 0], [0, math.pi / 2]) == pytest.approx(1.0625, abs=1e-3)
    assert index_duration_s(D500, [0, 0], [math.pi / 2, math.pi / 2]) == pytest.approx(1.625, abs=1e-3)


def test_grid_starts_at_home_and_keeps_in_limits() -> None:
    grid = state_grid(_cell(), IndexConfig(step_rad=math.radians(45)))
    # tilt within +-2.3561 rad (134.99 deg, the URDF's limit) in 45 deg steps: -90..90, 5 values; rotate 0..315
    # (8 directions, wrapped into +-200 deg)
    assert grid.shape == (40, 2)
    assert grid[0] == pytest.approx(D500.home)
    assert np.all(grid >= D500.joint_limits[:, 0]) and np.all(grid <= D500.joint_limits[:, 1])
    assert len({tuple(np.round(q, 6)) for q in grid}) == 40


def test_greedy_picks_few_states() -> None:
    # three seams of 1 m; state 0 welds seam 0 well and the others badly, state 1 seams 1 and 2 well,
    # state 2 seam 2 a little better than state 1 (not worth another index move at min_gain_share 0.1)
    score = np.array([[1.0, 0.2, 0.2], [0.2, 1.0, 0.9], [0.2, 0.2, 0.95]])
    chosen, assign = choose_states(score, np.ones(3), IndexConfig(min_gain_share=0.1))
    assert chosen == [1, 0]
    assert assign.tolist() == [0, 1, 1]


def test_only_the_face_plate_turns_with_the_part() -> None:
    # of the D500's five shapes only link_2's plate cylinder (r 0.25 m, 0.15 m below the face plate) rides on
    # the face plate; with the part 0.1 m above the plate it spans z -0.25..-0.1 m in the part frame
    X_FP = np.eye(4)
    X_FP[2, 3] = 0.1
    (plate,) = face_plate_meshes_P(_cell(X_FP=X_FP))
    assert plate.bounds[:, 2] == pytest.approx([-0.25, -0.1])
    assert plate.bounds[:, 0] == pytest.approx([-0.25, 0.25], abs=1e-3)
