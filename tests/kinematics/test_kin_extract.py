"""OPW / UR parameters derived from URDF chains: reproduce the published rows, prove by FK, explain refusals."""

import math

import numpy as np
import pytest
from kin_testlib import OPW_ROWS, UR10E_DH, opw_row, rosi_opw_urdf, ur_description_urdf

from kinematics.chain import chain_from_urdf, fk
from kinematics.opw import opw_fk
from kinematics.opw_extract import NotOrthoParallelError, NotURTypeError, opw_from_chain, ur_from_chain
from kinematics.se3 import rotation_angle
from kinematics.solver import RobotKinematics
from kinematics.urdf import parse_urdf

PI = math.pi
VENDOR = {
    "abb_irb2400_10": "abb",
    "abb_irb2600_12_165": "abb",
    "abb_irb1600_10_145": "abb",
    "kuka_kr10_r1420": "kuka",
    "kuka_kr6_r700_sixx": "kuka",
    "fanuc_m10ia": "fanuc",
    "fanuc_m20ia": "fanuc",
    "yaskawa_mh12": "fanuc",
}


@pytest.mark.parametrize("robot", sorted(VENDOR))
def test_opw_row_recovered_from_ros_industrial_layout(robot):
    # URDF written from the ROS-I link lengths (docs/references.md#robots-3-1 mapping / section 5); the derived
    # parameters must be the docs/references.md#robots-3 row with its section 2 vendor convention.
    chain = chain_from_urdf(parse_urdf(rosi_opw_urdf(VENDOR[robot], OPW_ROWS[robot][0])))
    got = opw_from_chain(chain)
    want = opw_row(robot)
    for name in ("a1", "a2", "b", "c1", "c2", "c3", "c4"):
        assert getattr(got, name) == pytest.approx(getattr(want, name), abs=1e-12), name
    assert np.allclose(got.offsets, want.offsets, atol=1e-12)
    assert got.sign_corrections == want.sign_corrections
    assert got.X_B_opw is None and got.X_opw_F is None
    q = np.random.default_rng(61).uniform(-PI, PI, size=(200, 6))
    assert np.allclose(fk(chain, q), opw_fk(want, q), atol=1e-12)


def test_ur_parameters_recovered_from_ur_description_layout():
    chain = chain_from_urdf(parse_urdf(ur_description_urdf()))
    got = ur_from_chain(chain)
    for name, value in UR10E_DH.items():
        assert getattr(got, name) == pytest.approx(value, abs=1e-12), name
    # ur_description turns base_link_inertia by pi about z: that shows up as a joint-1 offset.
    assert np.allclose(got.offsets, [PI, 0, 0, 0, 0, 0], atol=1e-12)
    assert got.sign_corrections == (1, 1, 1, 1, 1, 1)
    with pytest.raises(NotOrthoParallelError, match="axis 4"):
        opw_from_chain(chain)


# The robot hung from a tilted, shifted "world" link, with a tool frame off the flange axis.
MOUNTING = (
    dict(
        name="world-base", type="fixed", parent="world", child="base_link", xyz=(0.3, -0.2, 1.1), rpy=(0.4, -0.3, 0.2)
    ),
    dict(name="tool0-tcp", type="fixed", parent="tool0", child="tcp", xyz=(0.01, -0.02, 0.3), rpy=(0.1, 0.5, -0.2)),
)


@pytest.mark.parametrize("kind", ["opw", "ur"])
def test_base_and_tool_corrections_when_frames_are_not_the_vendor_ones(kind):
    if kind == "opw":
        text = rosi_opw_urdf("kuka", OPW_ROWS["kuka_kr10_r1420"][0], extra=MOUNTING)
    else:
        text = ur_description_urdf(extra=MOUNTING)
    chain = chain_from_urdf(parse_urdf(text), base_link="world", tip_link="tcp")
    robot = RobotKinematics.from_chain(chain)
    assert robot.kind == kind
    params = robot.opw if kind == "opw" else robot.ur
    corrections = (params.X_B_opw, params.X_opw_F) if kind == "opw" else (params.X_B_dh0, params.X_dh6_F)
    assert all(c is not None for c in corrections)
    rng = np.random.default_rng(62)
    q = rng.uniform(np.maximum(chain.lower, -PI), np.minimum(chain.upper, PI), size=(300, 6))
    X = robot.fk(q)
    sols = robot.ik(X)
    for i, s in enumerate(sols):
        assert np.min(np.max(np.abs(s - q[i]), axis=1)) < 1e-6
        X2 = robot.fk(s)
        assert np.max(np.linalg.norm(X2[:, :3, 3] - X[i, :3, 3], axis=1)) < 1e-9
        assert np.max(rotation_angle(X2[:, :3, :3], X[i, :3, :3])) < 1e-9


def test_refusals_name_the_failed_check():
    geometry = OPW_ROWS["abb_irb2400_10"][0]
    offset_wrist = chain_from_urdf(parse_urdf(rosi_opw_urdf("abb", geometry, wrist_offset_y=0.03)))
    with pytest.raises(NotOrthoParallelError, match="axes 4, 5, 6 do not meet"):
        opw_from_chain(offset_wrist)
    with pytest.raises(NotURTypeError, match="axis 2 does not intersect axis 1"):
        ur_from_chain(offset_wrist)
    # A joint turned by 1e-8 rad passes the direction checks but not the FK proof (1e-9 m).
    text = rosi_opw_urdf("abb", geometry).replace(
        '<origin xyz="0.0 0.0 0.705" rpy="0.0 0.0 0.0"/>', '<origin xyz="0.0 0.0 0.705" rpy="1e-08 0.0 0.0"/>'
    )
    assert "1e-08" in text
    with pytest.raises(NotOrthoParallelError, match="does not reproduce its FK"):
        opw_from_chain(chain_from_urdf(parse_urdf(text)))
