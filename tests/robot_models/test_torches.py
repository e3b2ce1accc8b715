"""Built-in torches: TCP at the wire tip 15 mm beyond the nozzle along the TCP z axis, geometry consistent."""

from __future__ import annotations

import math

import numpy as np
import pytest

from robot_models import RobotModelError, ToolSpec, load_builtin_tools, load_tool_file

TOOL_IDS = ("torch_straight", "torch_22deg", "torch_45deg")
NECK_DEG = {"torch_straight": 0.0, "torch_22deg": 22.0, "torch_45deg": 45.0}


@pytest.fixture(scope="module")
def tools() -> dict[str, ToolSpec]:
    return load_builtin_tools()


def test_ids(tools: dict[str, ToolSpec]) -> None:
    assert set(tools) == set(TOOL_IDS)


@pytest.mark.parametrize("tid", TOOL_IDS)
def test_tcp_is_stickout_beyond_nozzle_end_along_z(tools: dict[str, ToolSpec], tid: str) -> None:
    tool = tools[tid]
    assert tool.stickout_m == pytest.approx(0.015)
    nozzle = tool.collisions[tool.tip_collision_index]
    assert nozzle.name == "nozzle" and nozzle.kind == "cylinder"
    assert tool.tip_collision_index == len(tool.collisions) - 1
    assert tool.nozzle_diameter_m == pytest.approx(2 * nozzle.radius, abs=1e-9)
    z_tcp = tool.X_FT[:3, 2]
    # The wire axis is the nozzle axis and points away from the flange, toward the work.
    assert np.allclose(nozzle.X_FG[:3, 2], z_tcp, atol=1e-9)
    nozzle_end = nozzle.X_FG[:3, 3] + z_tcp * nozzle.length / 2
    assert np.allclose(tool.X_FT[:3, 3], nozzle_end + 0.015 * z_tcp, atol=1e-6)
    assert z_tcp @ (nozzle_end - nozzle.X_FG[:3, 3]) > 0


@pytest.mark.parametrize("tid", TOOL_IDS)
def test_neck_angle_and_size(tools: dict[str, ToolSpec], tid: str) -> None:
    tool = tools[tid]
    angle = math.degrees(math.acos(np.clip(tool.X_FT[2, 2], -1, 1)))
    assert angle == pytest.approx(NECK_DEG[tid], abs=1e-6)
    assert math.degrees(tool.neck_angle_rad) == pytest.approx(NECK_DEG[tid])
    # Brief: ~300-400 mm from flange to TCP for common robot MIG torches; 16-22 mm nozzles.
    assert 0.3 <= np.linalg.norm(tool.X_FT[:3, 3]) <= 0.4
    assert 0.016 <= tool.nozzle_diameter_m <= 0.022


@pytest.mark.parametrize("tid", TOOL_IDS)
def test_shapes_form_a_connected_torch_from_the_flange(tools: dict[str, ToolSpec], tid: str) -> None:
    """Each cylinder starts where the previous one ends: mount on the flange face, body, neck, nozzle."""
    tool = tools[tid]
    prev_end = np.zeros(3)
    for shape in tool.collisions:
        axis = shape.X_FG[:3, 2]
        start = shape.X_FG[:3, 3] - axis * shape.length / 2
        assert np.allclose(start, prev_end, atol=1e-6), shape.name
        prev_end = start + axis * shape.length


def test_bad_tool_file_names_the_field(tmp_path) -> None:
    text = tmp_path / "tool.yaml"
    text.write_text(
        "id: t\nname: t\nstickout_mm: 15\nnozzle_diameter_mm: 22\n"
        "X_FT: {xyz_mm: [0, 0, 300], quat_wxyz: [1, 0, 0.5, 0]}\n"
        "collision:\n  - {name: nozzle, kind: cylinder, radius_mm: 11, length_mm: 60, xyz_mm: [0, 0, 255],"
        " quat_wxyz: [1, 0, 0, 0]}\ntip_collision: nozzle\n"
    )
    with pytest.raises(RobotModelError, match="quat_wxyz must be a unit quaternion"):
        load_tool_file(text)
    text.write_text(
        text.read_text()
        .replace("[1, 0, 0.5, 0]", "[1, 0, 0, 0]")
        .replace("tip_collision: nozzle", "tip_collision: wire")
    )
    with pytest.raises(RobotModelError, match="tip_collision 'wire'"):
        load_tool_file(text)
