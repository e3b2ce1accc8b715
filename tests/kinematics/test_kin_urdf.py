"""URDF parser and chain extraction: good input, and each bad input raising UrdfError naming the fault."""

import numpy as np
import pytest
from kin_testlib import OPW_ROWS, rosi_opw_urdf, urdf_text

from kinematics.chain import chain_from_urdf
from kinematics.urdf import UrdfError, parse_urdf

GOOD = """<?xml version="1.0"?>
<robot name="two_link">
  <link name="base_link">
    <collision><origin xyz="0 0 0.1" rpy="0 0 0"/><geometry><box size="0.2 0.3 0.4"/></geometry></collision>
    <visual><geometry><mesh filename="package://x/meshes/base.stl" scale="0.001 0.001 0.001"/></geometry></visual>
  </link>
  <link name="link_1">
    <collision><geometry><cylinder radius="0.05" length="0.3"/></geometry></collision>
    <collision><origin xyz="0 0 0.3"/><geometry><sphere radius="0.07"/></geometry></collision>
  </link>
  <link name="tool0"/>
  <joint name="joint_1" type="revolute">
    <parent link="base_link"/><child link="link_1"/>
    <origin xyz="0 0 0.5" rpy="0 0 1.5707963267948966"/>
    <axis xyz="0 0 2"/>
    <limit lower="-3" upper="3" velocity="2.5" effort="10"/>
  </joint>
  <joint name="link_1-tool0" type="fixed">
    <parent link="link_1"/><child link="tool0"/><origin xyz="0.1 0 0"/>
  </joint>
</robot>"""


def test_parse_good_urdf():
    m = parse_urdf(GOOD)
    assert m.name == "two_link"
    assert m.root_link == "base_link"
    box = m.links["base_link"].collisions[0]
    assert box.kind == "box" and np.allclose(box.size, [0.2, 0.3, 0.4]) and np.allclose(box.X_LG[:3, 3], [0, 0, 0.1])
    mesh = m.links["base_link"].visuals[0]
    assert mesh.kind == "mesh" and mesh.filename == "package://x/meshes/base.stl"
    assert np.allclose(mesh.scale, 1e-3)
    cyl, sph = m.links["link_1"].collisions
    assert (cyl.kind, cyl.radius, cyl.length) == ("cylinder", 0.05, 0.3)
    assert (sph.kind, sph.radius) == ("sphere", 0.07)
    j = m.joints["joint_1"]
    assert np.allclose(j.axis, [0, 0, 1])  # normalised
    assert (j.lower, j.upper, j.velocity, j.effort) == (-3.0, 3.0, 2.5, 10.0)
    assert np.allclose(j.X_PJ[:3, 0], [0, 1, 0], atol=1e-15)
    assert m.joints["link_1-tool0"].type == "fixed"
    assert parse_urdf(GOOD.encode()).root_link == "base_link"


def _replace(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


@pytest.mark.parametrize(
    "text, words",
    [
        # Entity expansion (billion laughs) and DTDs are refused by defusedxml before any parsing.
        ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><robot name="&a;"><link name="l"/></robot>', "entity"),
        ('<?xml version="1.0"?><!DOCTYPE robot SYSTEM "http://example.com/x.dtd"><robot name="r"/>', "dtd"),
        (_replace('xyz="0 0 0.5"', 'xyz="0 nan 0.5"'), "joint 'joint_1' origin xyz has a non-finite"),
        (_replace('xyz="0 0 0.5"', 'xyz="0 inf 0.5"'), "non-finite"),
        (_replace('lower="-3" upper="3"', 'lower="1" upper="1"'), "joint 'joint_1' limit lower (1.0) must be below"),
        (_replace('lower="-3" upper="3"', 'lower="2" upper="-2"'), "must be below upper"),
        (_replace('<limit lower="-3" upper="3" velocity="2.5" effort="10"/>', ""), "needs a <limit>"),
        (_replace('<axis xyz="0 0 2"/>', '<axis xyz="0 0 0"/>'), "axis has zero length"),
        (_replace('<child link="link_1"/>', '<child link="link_9"/>'), "child link 'link_9' is not defined"),
        (_replace('<box size="0.2 0.3 0.4"/>', '<box size="0.2 -0.3 0.4"/>'), "box size must be positive"),
        (_replace('type="fixed"', 'type="ball"'), "type 'ball'"),
        (_replace('<origin xyz="0.1 0 0"/>', '<origin xyz="0.1 0"/>'), "must hold 3 numbers"),
        (_replace('radius="0.05"', 'radius="abc"'), "not numeric"),
        ("<robot name='r'><link name='a'/><link name='b'/></robot>", "exactly one root"),
        ("<robot name='r'><link name='a'/>", "well-formed"),
        ("<model name='r'/>", "<robot>"),
    ],
)
def test_bad_urdf_raises_naming_the_problem(text, words):
    with pytest.raises(UrdfError) as info:
        parse_urdf(text)
    assert words.lower() in str(info.value).lower()


def test_link_with_two_parents_is_refused():
    text = """<robot name="r"><link name="a"/><link name="b"/><link name="c"/>
      <joint name="j1" type="fixed"><parent link="a"/><child link="c"/></joint>
      <joint name="j2" type="fixed"><parent link="b"/><child link="c"/></joint></robot>"""
    with pytest.raises(UrdfError, match="child of two joints"):
        parse_urdf(text)


def _six_joint_spec():
    geometry = OPW_ROWS["abb_irb2400_10"][0]
    return parse_urdf(rosi_opw_urdf("abb", geometry))


def test_chain_needs_exactly_six_revolute_joints():
    joints = [dict(name=f"j{i}", parent=f"l{i}", child=f"l{i + 1}", axis=(0, 1, 0), xyz=(0, 0, 0.1)) for i in range(5)]
    with pytest.raises(UrdfError, match=r"has 5 revolute joints"):
        chain_from_urdf(parse_urdf(urdf_text("five", joints)))


@pytest.mark.parametrize("jtype", ["prismatic", "continuous"])
def test_chain_rejects_other_movable_joints_by_name(jtype):
    joints = [dict(name=f"j{i}", parent=f"l{i}", child=f"l{i + 1}", axis=(0, 1, 0), xyz=(0, 0, 0.1)) for i in range(6)]
    joints[3]["type"] = jtype
    joints[3]["lower"], joints[3]["upper"] = -0.5, 0.5
    with pytest.raises(UrdfError, match=rf"joint 'j3' .* is {jtype}"):
        chain_from_urdf(parse_urdf(urdf_text("bad", joints)))


def test_chain_default_tip_is_tool0_and_unknown_links_fail():
    chain = chain_from_urdf(_six_joint_spec())
    assert (chain.base_link, chain.tip_link) == ("base_link", "tool0")
    assert chain.link_names == ("base_link", "link_1", "link_2", "link_3", "link_4", "link_5", "link_6")
    assert [a.name for a in chain.attached] == ["flange", "tool0"]
    with pytest.raises(UrdfError, match="tip link 'nope'"):
        chain_from_urdf(_six_joint_spec(), tip_link="nope")
    with pytest.raises(UrdfError, match="not below base link"):
        chain_from_urdf(_six_joint_spec(), base_link="link_3", tip_link="link_1")


def test_chain_several_leaves_without_tool0_needs_a_tip():
    joints = [dict(name=f"j{i}", parent=f"l{i}", child=f"l{i + 1}", axis=(0, 1, 0), xyz=(0, 0, 0.1)) for i in range(6)]
    joints.append(dict(name="cam", type="fixed", parent="l2", child="camera"))
    model = parse_urdf(urdf_text("leaves", joints))
    with pytest.raises(UrdfError, match="several leaf links"):
        chain_from_urdf(model)
    chain = chain_from_urdf(model, tip_link="l6")
    assert chain.tip_link == "l6"
    assert [(a.name, a.index) for a in chain.attached] == [("camera", 2)]
