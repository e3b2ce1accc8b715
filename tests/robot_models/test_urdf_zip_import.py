"""Robots from a user's URDF zip: a well-formed package is accepted, every unsafe or broken upload is
refused with a RobotModelError that names the problem."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pybullet as pb
import pytest
import yaml
from rm_pybullet import direct_client

import robot_models.zip_import as zip_import
from kinematics.chain import fk
from kinematics.urdf import parse_urdf
from robot_models import RobotModelError, load_builtin_robots, robot_from_urdf_zip
from robot_models.build_builtin import ROBOTS_DIR, build_urdf_text

# A tetrahedron as ASCII STL: the smallest mesh PyBullet and trimesh read.
STL = """solid t
facet normal 0 0 -1
outer loop
vertex 0 0 0
vertex 0.05 0 0
vertex 0 0.05 0
endloop
endfacet
facet normal 0 -1 0
outer loop
vertex 0 0 0
vertex 0 0 0.05
vertex 0.05 0 0
endloop
endfacet
facet normal -1 0 0
outer loop
vertex 0 0 0
vertex 0 0.05 0
vertex 0 0 0.05
endloop
endfacet
facet normal 1 1 1
outer loop
vertex 0.05 0 0
vertex 0 0 0.05
vertex 0 0.05 0
endloop
endfacet
endsolid t
"""
PKG = "myarm_support"


def _builtin_urdf(robot_id: str) -> str:
    """A built-in robot's URDF with primitives instead of its mesh files (one file, nothing to resolve)."""
    folder = ROBOTS_DIR / robot_id
    return build_urdf_text(robot_id, yaml.safe_load((folder / "robot.yaml").read_text()), meshes_ok=False)


def _kuka_urdf_with_meshes() -> str:
    """The built-in KR 10 R1420 URDF with a package:// mesh on link_1 and a relative mesh on link_2."""
    text = _builtin_urdf("kuka_kr10_r1420")
    text = text.replace(
        '<link name="link_1">',
        f'<link name="link_1">\n    <collision><geometry><mesh filename="package://{PKG}/meshes/link_1.stl"/>'
        "</geometry></collision>",
    )
    return text.replace(
        '<link name="link_2">',
        '<link name="link_2">\n    <visual><geometry><mesh filename="../meshes/link_2.stl"/></geometry></visual>',
    )


def _zip(entries: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _package(urdf: str | None = None, **extra: str | bytes) -> dict[str, str | bytes]:
    entries: dict[str, str | bytes] = {
        f"{PKG}/package.xml": f"<package><name>{PKG}</name></package>",
        f"{PKG}/urdf/myarm.urdf": urdf if urdf is not None else _kuka_urdf_with_meshes(),
        f"{PKG}/meshes/link_1.stl": STL,
        f"{PKG}/meshes/link_2.stl": STL,
    }
    entries.update(extra)
    return entries


def test_valid_package_zip(tmp_path: Path) -> None:
    spec = robot_from_urdf_zip(_zip(_package()), tmp_path / "x", name="My arm")
    assert spec.id == "my_arm" and spec.vendor == "other" and spec.name == "My arm"
    assert spec.kinematics_kind == "opw"  # the KR 10 R1420 is ortho-parallel: OPW extracted automatically
    kuka = load_builtin_robots()["kuka_kr10_r1420"]
    q = np.random.default_rng(4).uniform(kuka.joint_limits[:, 0], kuka.joint_limits[:, 1], size=(200, 6))
    assert np.max(np.abs(fk(spec.chain, q) - fk(kuka.chain, q))) < 1e-12
    assert np.max(np.abs(spec.kinematics.fk(q) - fk(kuka.chain, q))) < 1e-9
    assert np.allclose(spec.joint_limits, kuka.joint_limits) and np.allclose(spec.max_speed, kuka.max_speed)
    assert np.all((spec.home >= spec.joint_limits[:, 0]) & (spec.home <= spec.joint_limits[:, 1]))
    assert spec.reach_m == pytest.approx(1.42, abs=1e-3)  # KR 10 R1420: 1420 mm to the wrist centre
    # Mesh references now point at the extracted files, relative to the URDF's folder.
    meshes = [
        g.filename
        for link in parse_urdf(spec.urdf_text).links.values()
        for g in (*link.collisions, *link.visuals)
        if g.kind == "mesh"
    ]
    assert sorted(meshes) == ["../meshes/link_1.stl", "../meshes/link_2.stl"]
    assert all((spec.urdf_dir / m).resolve().is_file() for m in meshes)
    with direct_client() as client:
        path = spec.urdf_dir / "as_registered.urdf"
        path.write_text(spec.urdf_text)
        body = pb.loadURDF(str(path), useFixedBase=True, physicsClientId=client)
        assert pb.getNumJoints(body, physicsClientId=client) == 7


def test_ur_layout_gets_ur_kinematics(tmp_path: Path) -> None:
    """A UR10e URDF is not ortho-parallel: UR parameters are extracted instead."""
    ur = load_builtin_robots()["ur10e"]
    text = _builtin_urdf("ur10e")
    spec = robot_from_urdf_zip(_zip({"ur.urdf": text}), tmp_path / "x")
    assert spec.opw is None and spec.kinematics_kind == "ur" and spec.id == "ur10e"
    q = np.random.default_rng(8).uniform(-3, 3, size=(50, 6))
    assert np.max(np.abs(spec.kinematics.fk(q) - fk(ur.chain, q))) < 1e-9
    assert np.allclose(spec.home, ur.home, atol=1e-12)


def test_other_arm_gets_numeric_kinematics(tmp_path: Path) -> None:
    """Moving joint 6 sideways by 30 mm breaks the spherical wrist: no analytic model, numeric IK."""
    text = _kuka_urdf_with_meshes()
    start = text.index('<joint name="joint_6" type="revolute">')
    text = text[:start] + text[start:].replace('<origin xyz="0.08 0 0"', '<origin xyz="0.08 0.03 0"', 1)
    spec = robot_from_urdf_zip(_zip(_package(text)), tmp_path / "x")
    assert spec.kinematics_kind == "numeric" and spec.opw is None and spec.ur is None
    q = np.random.default_rng(8).uniform(-2, 2, size=(20, 6))
    assert np.max(np.abs(spec.kinematics.fk(q) - fk(spec.chain, q))) < 1e-12
    assert 1.3 < spec.reach_m < 1.6


def _refused(tmp_path: Path, data: bytes, match: str) -> None:
    with pytest.raises(RobotModelError, match=match):
        robot_from_urdf_zip(data, Path(tempfile.mkdtemp(dir=tmp_path)))


def test_absolute_path_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path, _zip(_package(**{"/etc/evil.stl": STL})), "absolute path")
    _refused(tmp_path, _zip(_package(**{"C:/evil.stl": STL})), "absolute path")


def test_dotdot_component_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path, _zip(_package(**{f"{PKG}/../../evil.stl": STL})), r"'\.\.'")
    assert not (tmp_path / "evil.stl").exists()


def test_symlink_is_refused(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in _package().items():
            zf.writestr(name, data)
        link = zipfile.ZipInfo(f"{PKG}/meshes/link_3.stl")
        link.external_attr = 0o120777 << 16
        zf.writestr(link, "/etc/passwd")
    _refused(tmp_path, buf.getvalue(), "symbolic link")


def test_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_import, "MAX_TOTAL_BYTES", 200_000)
    # 1 MB of zeros compresses to about 1 kB: the declared size gives it away before extraction.
    _refused(tmp_path, _zip(_package(**{"padding.bin": b"\0" * 1_000_000})), "zip bomb")


def test_lying_size_header_is_refused(tmp_path: Path) -> None:
    """An entry whose header declares fewer bytes than it holds fails the CRC/size check while streaming."""
    data = bytearray(_zip({"a.urdf": "x" * 5000}))
    # Patch the uncompressed size in the central directory and the local header to 10 bytes.
    for sig in (b"PK\x01\x02", b"PK\x03\x04"):
        pos = data.find(sig)
        off = pos + (24 if sig == b"PK\x01\x02" else 22)
        data[off : off + 4] = (10).to_bytes(4, "little")
    _refused(tmp_path, bytes(data), "cannot be decompressed")


def test_missing_mesh_is_named(tmp_path: Path) -> None:
    entries = _package()
    del entries[f"{PKG}/meshes/link_1.stl"]
    _refused(tmp_path, _zip(entries), f"package://{PKG}/meshes/link_1.stl.*link_1|link_1.*not in the zip")


def test_not_six_revolute_joints(tmp_path: Path) -> None:
    text = _kuka_urdf_with_meshes()
    start = text.index('<joint name="joint_6" type="revolute">')
    text = text[:start] + text[start:].replace('type="revolute"', 'type="fixed"', 1)
    _refused(tmp_path, _zip(_package(text)), "5 revolute joints")
    cont = _kuka_urdf_with_meshes()
    start = cont.index('<joint name="joint_6" type="revolute">')
    cont = cont[:start] + cont[start:].replace('type="revolute"', 'type="continuous"', 1)
    _refused(tmp_path, _zip(_package(cont)), "continuous")


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    lol = (
        '<?xml version="1.0"?>\n<!DOCTYPE robot [\n <!ENTITY a "aaaaaaaaaaaaaaaaaaaa">\n'
        ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n'
        '<robot name="&c;"><link name="base_link"/></robot>\n'
    )
    _refused(tmp_path, _zip({"bomb.urdf": lol}), "DTD|entit")


def test_urdf_choice(tmp_path: Path) -> None:
    _refused(tmp_path, _zip({"readme.txt": "hi", "robot.xacro": "<robot/>"}), r"no \.urdf.*xacro")
    text = _kuka_urdf_with_meshes()
    _refused(tmp_path, _zip(_package(**{f"{PKG}/urdf/other.urdf": text})), "several .urdf files")
    # One URDF higher up than the others is taken.
    spec = robot_from_urdf_zip(_zip(_package(**{f"{PKG}/urdf/old/other.urdf": "not xml"})), tmp_path / "y")
    assert spec.kinematics_kind == "opw"


def test_other_bad_uploads(tmp_path: Path) -> None:
    _refused(tmp_path, b"this is not a zip", "not a readable zip")
    file_mesh = _kuka_urdf_with_meshes().replace(f"package://{PKG}/meshes/link_1.stl", "file:///etc/passwd")
    _refused(tmp_path, _zip(_package(file_mesh)), "absolute")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "f").write_text("x")
    with pytest.raises(RobotModelError, match="must be empty"):
        robot_from_urdf_zip(_zip(_package()), busy)
    assert (busy / "f").read_text() == "x"


def test_stored_upload_can_be_extracted_again(tmp_path: Path) -> None:
    """The service re-creates a robot from its stored zip into the same folder (after a restart)."""
    data = _zip(_package())
    first = robot_from_urdf_zip(data, tmp_path / "r", id="abc123")
    (tmp_path / "r" / "stale.txt").write_text("left over")
    second = robot_from_urdf_zip(data, tmp_path / "r", id="abc123")
    assert second.id == first.id == "abc123" and second.urdf_text == first.urdf_text
    assert not (tmp_path / "r" / "stale.txt").exists()
