"""Test helpers for kinematics: robot parameter rows and URDF text written the ROS-Industrial way.

Parameter rows are docs/references.md#robots-3 (OPW table, vendor conventions of section 2) and the UR10e DH
set of the issue brief. The URDF builders follow the joint layout of the ROS-I support packages named in
docs/references.md#robots-7 (ABB: abb_irb2400_support / abb_irb1600_support, KUKA: kuka_kr10_support, FANUC:
fanuc_m10ia_support, Yaskawa: motoman MH12 layout = FANUC layout) and ur_description for the UR10e.
"""

from __future__ import annotations

import math

import numpy as np

from kinematics.opw import OPWParams
from kinematics.ur import URParams

PI = math.pi
ABB = dict(offsets=(0.0, 0.0, -PI / 2, 0.0, 0.0, 0.0), sign_corrections=(1, 1, 1, 1, 1, 1))
KUKA = dict(offsets=(0.0, -PI / 2, 0.0, 0.0, 0.0, 0.0), sign_corrections=(-1, 1, 1, -1, 1, -1))
FANUC = dict(offsets=(0.0, 0.0, -PI / 2, 0.0, 0.0, PI), sign_corrections=(1, 1, -1, -1, -1, -1))

# docs/references.md#robots-3 rows: (a1, a2, b, c1, c2, c3, c4), convention, FK(0) (x, z).
OPW_ROWS = {
    "abb_irb2400_10": ((0.100, -0.135, 0, 0.615, 0.705, 0.755, 0.085), ABB, (0.940, 1.455)),
    "abb_irb2600_12_165": ((0.150, -0.115, 0, 0.445, 0.700, 0.795, 0.085), ABB, (1.030, 1.260)),
    "abb_irb4600_60_205": ((0.175, -0.175, 0, 0.495, 0.900, 0.960, 0.135), ABB, (1.270, 1.570)),
    "abb_irb1600_10_145": ((0.150, 0.0, 0, 0.4865, 0.700, 0.600, 0.065), ABB, (0.815, 1.1865)),
    "kuka_kr6_r700_sixx": ((0.025, -0.035, 0, 0.400, 0.315, 0.365, 0.080), KUKA, (0.785, 0.435)),
    "kuka_kr10_r1420": ((0.150, -0.020, 0, 0.450, 0.610, 0.660, 0.080), KUKA, (1.500, 0.470)),
    "fanuc_m10ia": ((0.150, -0.200, 0, 0.450, 0.600, 0.640, 0.100), FANUC, (0.890, 1.250)),
    "fanuc_m20ia": ((0.150, -0.250, 0, 0.525, 0.790, 0.835, 0.100), FANUC, (1.085, 1.565)),
    "yaskawa_mh12": ((0.155, -0.200, 0, 0.450, 0.614, 0.640, 0.100), FANUC, (0.895, 1.264)),
}

# Stricter-than-vendor joint limits used for the round trips (rad): wide enough to hold every branch
# for J1, J4, J6 (> one turn), typical for J2, J3, J5.
WIDE_LIMITS = (
    np.deg2rad([-185.0, -150.0, -170.0, -350.0, -135.0, -360.0]),
    np.deg2rad([185.0, 150.0, 170.0, 350.0, 135.0, 360.0]),
)


def opw_row(name: str) -> OPWParams:
    geometry, convention, _ = OPW_ROWS[name]
    a1, a2, b, c1, c2, c3, c4 = geometry
    return OPWParams(a1=a1, a2=a2, b=b, c1=c1, c2=c2, c3=c3, c4=c4, **convention)


# UR10e DH (issue 3 brief; Universal Robots "DH parameters" article).
UR10E_DH = dict(d1=0.1807, a2=-0.6127, a3=-0.57155, d4=0.17415, d5=0.11985, d6=0.11655)


def ur10e() -> URParams:
    return URParams(**UR10E_DH)


def _fmt(values) -> str:
    return " ".join(repr(float(v)) for v in values)


def urdf_text(name: str, joints: list[dict], extra_links: tuple[str, ...] = ()) -> str:
    """URDF from joint dicts: name, type, parent, child, xyz, rpy, axis, lower, upper, velocity."""
    links = []
    for j in joints:
        for link in (j["parent"], j["child"]):
            if link not in links:
                links.append(link)
    links += [link for link in extra_links if link not in links]
    parts = [f'<robot name="{name}">']
    for link in links:
        parts.append(
            f'<link name="{link}"><collision><origin xyz="0 0 0.01" rpy="0 0 0"/>'
            f'<geometry><box size="0.05 0.05 0.05"/></geometry></collision></link>'
        )
    for j in joints:
        jtype = j.get("type", "revolute")
        body = [
            f'<joint name="{j["name"]}" type="{jtype}">',
            f'<parent link="{j["parent"]}"/>',
            f'<child link="{j["child"]}"/>',
            f'<origin xyz="{_fmt(j.get("xyz", (0, 0, 0)))}" rpy="{_fmt(j.get("rpy", (0, 0, 0)))}"/>',
        ]
        if jtype != "fixed":
            body.append(f'<axis xyz="{_fmt(j.get("axis", (0, 0, 1)))}"/>')
        if jtype in ("revolute", "prismatic"):
            body.append(
                f'<limit lower="{j.get("lower", -3.0)!r}" upper="{j.get("upper", 3.0)!r}" '
                f'effort="100" velocity="{j.get("velocity", 2.0)!r}"/>'
            )
        body.append("</joint>")
        parts.append("".join(body))
    parts.append("</robot>")
    return "\n".join(parts)


def rosi_opw_urdf(
    vendor: str,
    geometry: tuple[float, ...],
    wrist_offset_y: float = 0.0,
    limits: tuple[np.ndarray, np.ndarray] = WIDE_LIMITS,
    extra: tuple[dict, ...] = (),
) -> str:
    """A 6R URDF laid out like the ROS-I support package of `vendor` ("abb", "kuka", "fanuc") from the
    OPW lengths (docs/references.md#robots-3-1 mapping: d1 = c1, a1 = a1, a2_urdf = c2, a3_urdf = -a2, d4 = c3,
    d6 = c4). wrist_offset_y shifts joint 6 sideways, which breaks the spherical wrist (non-OPW test).
    extra: further joint dicts (e.g. a mounting link above base_link)."""
    a1, a2, b, c1, c2, c3, c4 = geometry
    lo, hi = limits
    if vendor == "abb":
        spec = [
            ((0, 0, 0), (0, 0, 1)),
            ((a1, b, c1), (0, 1, 0)),
            ((0, 0, c2), (0, 1, 0)),
            ((0, 0, -a2), (1, 0, 0)),
            ((c3, 0, 0), (0, 1, 0)),
            ((c4, wrist_offset_y, 0), (1, 0, 0)),
        ]
        tool_rpy = (0.0, PI / 2, 0.0)
    elif vendor == "kuka":
        spec = [
            ((0, 0, c1), (0, 0, -1)),
            ((a1, b, 0), (0, 1, 0)),
            ((c2, 0, 0), (0, 1, 0)),
            ((0, 0, -a2), (-1, 0, 0)),
            ((c3, 0, 0), (0, 1, 0)),
            ((c4, wrist_offset_y, 0), (-1, 0, 0)),
        ]
        tool_rpy = (0.0, PI / 2, 0.0)
    elif vendor == "fanuc":
        spec = [
            ((0, 0, c1), (0, 0, 1)),
            ((a1, b, 0), (0, 1, 0)),
            ((0, 0, c2), (0, -1, 0)),
            ((0, 0, -a2), (-1, 0, 0)),
            ((c3, 0, 0), (0, -1, 0)),
            ((c4, wrist_offset_y, 0), (-1, 0, 0)),
        ]
        tool_rpy = (PI, -PI / 2, 0.0)
    else:
        raise ValueError(vendor)
    joints = []
    for i, (xyz, axis) in enumerate(spec):
        joints.append(
            dict(
                name=f"joint_{i + 1}",
                parent="base_link" if i == 0 else f"link_{i}",
                child=f"link_{i + 1}",
                xyz=xyz,
                axis=axis,
                lower=float(lo[i]),
                upper=float(hi[i]),
            )
        )
    joints.append(dict(name="joint_6-flange", type="fixed", parent="link_6", child="flange"))
    joints.append(dict(name="flange-tool0", type="fixed", parent="flange", child="tool0", rpy=tool_rpy))
    return urdf_text(f"{vendor}_test", joints + list(extra))


def ur_description_urdf(dh: dict = UR10E_DH, extra: tuple[dict, ...] = ()) -> str:
    """A UR URDF with the joint origins of ur_description (ur_macro.xacro with the default kinematics
    yaml): base_link -> base_link_inertia turned by pi about z, flange and tool0 after wrist_3."""
    d1, a2, a3, d4, d5, d6 = (dh[k] for k in ("d1", "a2", "a3", "d4", "d5", "d6"))
    two_pi = 2 * PI
    joints = [
        dict(
            name="base_link-base_link_inertia",
            type="fixed",
            parent="base_link",
            child="base_link_inertia",
            rpy=(0, 0, PI),
        ),
        dict(name="shoulder_pan_joint", parent="base_link_inertia", child="shoulder_link", xyz=(0, 0, d1)),
        dict(name="shoulder_lift_joint", parent="shoulder_link", child="upper_arm_link", rpy=(PI / 2, 0, 0)),
        dict(name="elbow_joint", parent="upper_arm_link", child="forearm_link", xyz=(a2, 0, 0)),
        dict(name="wrist_1_joint", parent="forearm_link", child="wrist_1_link", xyz=(a3, 0, d4)),
        dict(name="wrist_2_joint", parent="wrist_1_link", child="wrist_2_link", xyz=(0, -d5, 0), rpy=(PI / 2, 0, 0)),
        dict(name="wrist_3_joint", parent="wrist_2_link", child="wrist_3_link", xyz=(0, d6, 0), rpy=(PI / 2, PI, PI)),
        dict(name="wrist_3-flange", type="fixed", parent="wrist_3_link", child="flange", rpy=(0, -PI / 2, -PI / 2)),
        dict(name="flange-tool0", type="fixed", parent="flange", child="tool0", rpy=(PI / 2, 0, PI / 2)),
        dict(name="base_link-base_fixed_joint", type="fixed", parent="base_link", child="base", rpy=(0, 0, PI)),
    ]
    for j in joints:
        if j.get("type", "revolute") == "revolute":
            j.update(lower=-two_pi, upper=two_pi, velocity=2.0944)
    return urdf_text("ur10e_test", joints + list(extra))


def random_q(rng: np.random.Generator, n: int, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Uniform joint vectors inside [lower, upper] clipped to one turn per joint."""
    lo = np.maximum(lower, -PI)
    hi = np.minimum(upper, PI)
    return rng.uniform(lo, hi, size=(n, 6))
