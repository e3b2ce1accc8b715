"""Robots registered by OPW parameters: the generated URDF reproduces opw_fk for every convention."""

from __future__ import annotations

import math

import numpy as np
import pybullet as pb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rm_pybullet import (
    direct_client,
    link_index,
    load_urdf_text,
    non_adjacent_min_distances,
    pybullet_fk,
    revolute_indices,
)

from kinematics.chain import chain_from_urdf, fk
from kinematics.opw import OPWParams, opw_fk
from kinematics.opw_extract import opw_from_chain
from kinematics.urdf import parse_urdf
from robot_models import RobotModelError, robot_from_opw
from robot_models.opw_urdf import urdf_from_opw

D = math.pi / 180.0
# (name, lengths a1, a2, b, c1, c2, c3, c4 in m, offsets in rad, sign corrections): docs/references.md#robots-3 rows
# with the
# §2 convention each row is stored with.
ROWS = [
    ("ABB IRB2400-10", (0.100, -0.135, 0.0, 0.615, 0.705, 0.755, 0.085), (0, 0, -90 * D, 0, 0, 0), (1,) * 6),
    (
        "KUKA KR6 R700 sixx",
        (0.025, -0.035, 0.0, 0.400, 0.315, 0.365, 0.080),
        (0, -90 * D, 0, 0, 0, 0),
        (-1, 1, 1, -1, 1, -1),
    ),
    (
        "FANUC M-20iA",
        (0.150, -0.250, 0.0, 0.525, 0.790, 0.835, 0.100),
        (0, 0, -90 * D, 0, 0, 180 * D),
        (1, 1, -1, -1, -1, -1),
    ),
    (
        "Yaskawa GP4",
        (0.0, -0.015, 0.0, 0.330, 0.260, 0.290, 0.072),
        (0, 0, -90 * D, 0, 0, 180 * D),
        (1, 1, -1, -1, -1, -1),
    ),
    ("Staubli TX2-140", (0.150, 0.0, 0.0, 0.550, 0.625, 0.625, 0.110), (0,) * 6, (1,) * 6),
    (
        "Staubli TX40 (ABB-style in opw, b != 0)",
        (0.0, 0.0, 0.035, 0.320, 0.225, 0.225, 0.065),
        (0, 0, -90 * D, 0, 0, 0),
        (1,) * 6,
    ),
    ("igus ReBeL", (0.149, -0.119, 0.0, 0.1, 0.2384, 0.17, 0.1208), (0,) * 6, (-1, 1, 1, 1, 1, 1)),
]
LIMITS = np.tile([-2 * math.pi, 2 * math.pi], (6, 1))
SPEED = np.full(6, 3.0)


def _params(row) -> OPWParams:
    _, (a1, a2, b, c1, c2, c3, c4), offsets, signs = row
    return OPWParams(a1=a1, a2=a2, b=b, c1=c1, c2=c2, c3=c3, c4=c4, offsets=offsets, sign_corrections=signs)


def _urdf_chain(params: OPWParams):
    return chain_from_urdf(parse_urdf(urdf_from_opw("r", params, LIMITS, SPEED)))


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_generated_urdf_fk_equals_opw_fk(row) -> None:
    params = _params(row)
    chain = _urdf_chain(params)
    q = np.random.default_rng(11).uniform(-2 * math.pi, 2 * math.pi, size=(500, 6))
    assert np.max(np.abs(fk(chain, q) - opw_fk(params, q))) < 1e-9


def test_generated_urdf_matches_kr6_oracle() -> None:
    """docs/references.md#robots-4 #1 (opw test/sign_corrections_tests.cpp, 'copied from MoveIt'): KR6 R700 sixx, q =
    0.2."""
    X = fk(_urdf_chain(_params(ROWS[1])), np.full((1, 6), 0.2))[0]
    assert np.allclose(X[:3, 3], [0.7341169, -0.1520347, 0.182639], atol=1e-6)
    R = [
        [-0.5965795, 0.000371195, 0.8025539],
        [-0.2724458, 0.9405218, -0.202958],
        [-0.7548948, -0.3397331, -0.5609949],
    ]
    assert np.allclose(X[:3, :3], R, atol=1e-6)


def test_generated_urdf_matches_irb2600_oracles() -> None:
    """docs/references.md#robots-4 #2 and #3 (opw test/fk_ik_tests.cpp): IRB2600-12/1.65 (§3 row, ABB convention)."""
    params = OPWParams(
        a1=0.150, a2=-0.115, b=0.0, c1=0.445, c2=0.700, c3=0.795, c4=0.085, offsets=(0, 0, -90 * D, 0, 0, 0)
    )
    chain = _urdf_chain(params)
    X2 = fk(chain, np.array([[0, math.pi / 4, 0, 0, 0, 0]]))[0]
    assert np.allclose(X2[:3, 3], [1.3485459941112, 0, 0.399038059222874], atol=1e-9)
    s = math.sqrt(0.5)
    assert np.allclose(X2[:3, :3], [[-s, 0, s], [0, 1, 0], [-s, 0, -s]], atol=1e-7)
    X3 = fk(chain, np.array([[math.pi / 4, 0, 0, 0, 0, 0]]))[0]
    assert np.allclose(X3[:3, 3], [0.72831998462, 0.72831998462, 1.26], atol=1e-9)
    assert np.allclose(X3[:3, :3], [[0, -s, s], [0, s, s], [-1, 0, 0]], atol=1e-7)


@settings(max_examples=40, deadline=None)
@given(
    lengths=st.tuples(
        st.floats(-0.4, 0.4),
        st.floats(-0.3, 0.3),
        st.floats(-0.1, 0.1),
        st.floats(0.1, 1.0),
        st.floats(0.1, 1.5),
        st.floats(0.05, 1.5),
        st.floats(0.0, 0.3),
    ),
    offsets=st.tuples(*[st.floats(-math.pi, math.pi)] * 6),
    signs=st.tuples(*[st.sampled_from((1, -1))] * 6),
)
def test_generated_urdf_fk_equals_opw_fk_for_any_convention(lengths, offsets, signs) -> None:
    a1, a2, b, c1, c2, c3, c4 = lengths
    params = OPWParams(a1=a1, a2=a2, b=b, c1=c1, c2=c2, c3=c3, c4=c4, offsets=offsets, sign_corrections=signs)
    chain = _urdf_chain(params)
    q = np.random.default_rng(5).uniform(-math.pi, math.pi, size=(20, 6))
    assert np.max(np.abs(fk(chain, q) - opw_fk(params, q))) < 1e-9


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_robot_from_opw_round_trip(row, tmp_path) -> None:
    params = _params(row)
    spec = robot_from_opw(row[0], "other", params, LIMITS, SPEED)
    assert spec.opw == params and spec.kinematics_kind == "opw" and spec.urdf_dir is None
    assert spec.id == spec.id.lower() and spec.max_accel.shape == (6,) and np.all(spec.max_accel > 0)
    q = np.random.default_rng(2).uniform(-math.pi, math.pi, size=(200, 6))
    assert np.max(np.abs(spec.kinematics.fk(q) - opw_fk(params, q))) < 1e-9
    # The analytic parameters can be recovered from the generated URDF.
    assert np.max(np.abs(opw_fk(opw_from_chain(spec.chain), q) - opw_fk(params, q))) < 1e-9
    assert np.all((spec.home >= LIMITS[:, 0]) & (spec.home <= LIMITS[:, 1]))
    # Reach as vendors quote it: horizontal distance of the wrist centre, arm stretched.
    a1, a2, b, _, c2, c3, _ = row[1]
    assert spec.reach_m == pytest.approx(math.hypot(a1 + c2 + math.hypot(a2, c3), b))
    model = parse_urdf(spec.urdf_text)
    assert all(model.links[n].collisions for n in spec.chain.link_names)
    # PyBullet reads the generated URDF the same way, and the arm at home does not hit itself.
    with direct_client() as client:
        body = load_urdf_text(client, spec.urdf_text, tmp_path)
        joints = revolute_indices(client, body, spec.chain.joint_names)
        theirs = pybullet_fk(client, body, joints, link_index(client, body, "tool0"), q[:50])
        for j, v in zip(joints, spec.home, strict=True):
            pb.resetJointState(body, j, float(v), physicsClientId=client)
        distances = non_adjacent_min_distances(client, body)
    assert np.max(np.abs(theirs - opw_fk(params, q[:50]))) < 1e-6
    assert min(distances.values()) > 0.0


def test_robot_from_opw_accepts_a_mapping_and_base_tool_corrections() -> None:
    X_B = np.eye(4)
    X_B[:3, 3] = (0.1, -0.2, 0.3)
    X_F = np.array([[0, -1, 0, 0.01], [1, 0, 0, 0], [0, 0, 1, 0.02], [0, 0, 0, 1.0]])
    params = OPWParams(
        a1=0.15,
        a2=-0.2,
        b=0.0,
        c1=0.45,
        c2=0.6,
        c3=0.64,
        c4=0.1,
        offsets=(0, 0, -90 * D, 0, 0, 180 * D),
        sign_corrections=(1, 1, -1, -1, -1, -1),
        X_B_opw=X_B,
        X_opw_F=X_F,
    )
    q = np.random.default_rng(9).uniform(-3, 3, size=(100, 6))
    assert np.max(np.abs(fk(_urdf_chain(params), q) - opw_fk(params, q))) < 1e-9
    spec = robot_from_opw(
        "Mapped",
        "fanuc",
        {
            "a1": 0.15,
            "a2": -0.2,
            "b": 0,
            "c1": 0.45,
            "c2": 0.6,
            "c3": 0.64,
            "c4": 0.1,
            "offsets": [0, 0, -90 * D, 0, 0, 180 * D],
            "sign_corrections": [1, 1, -1, -1, -1, -1],
        },
        LIMITS,
        SPEED,
    )
    assert spec.id == "mapped" and spec.vendor == "fanuc"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        (
            {"opw": {"a1": 0.1, "a2": 0, "b": 0, "c1": 0.4, "c2": float("nan"), "c3": 0.5, "c4": 0.1}},
            "opw.c2",
        ),
        ({"opw": {"a1": 0.1, "a2": 0, "b": 0, "c1": 0.4, "c2": 0.5, "c3": 0.5}}, "opw.c4"),
        (
            {
                "opw": {
                    "a1": 0.1,
                    "a2": 0,
                    "b": 0,
                    "c1": 0.4,
                    "c2": 0.5,
                    "c3": 0.5,
                    "c4": 0.1,
                    "sign_corrections": [1, 1, 2, 1, 1, 1],
                }
            },
            "sign_corrections",
        ),
        ({"joint_limits": np.tile([1.0, -1.0], (6, 1))}, "joint_limits"),
        ({"joint_limits": np.zeros((5, 2))}, "joint_limits"),
        ({"max_speed": [1, 1, 1, 0, 1, 1]}, "max_speed"),
        ({"max_speed": [1, 1, 1, float("inf"), 1, 1]}, "max_speed"),
        ({"max_accel": [1, 1, 1, -1, 1, 1]}, "max_accel"),
        ({"vendor": "acme"}, "vendor"),
        ({"name": " "}, "name"),
        ({"id": "Bad Id!"}, "id"),
        ({"home": [9, 0, 0, 0, 0, 0]}, "home"),
    ],
)
def test_robot_from_opw_rejects_bad_input_naming_the_field(kwargs, field) -> None:
    args = {
        "name": "Test robot",
        "vendor": "other",
        "opw": _params(ROWS[0]),
        "joint_limits": LIMITS,
        "max_speed": SPEED,
    }
    args.update(kwargs)
    with pytest.raises(RobotModelError, match=field):
        robot_from_opw(**args)
