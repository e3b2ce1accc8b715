"""Robots, tools, FK and IK over HTTP, including robots registered through POST /robots."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import httpx
import numpy as np
import pytest
from scipy.spatial.transform import Rotation

from api_tests.helpers import assert_problem, list_all

BUILTIN = {
    "abb_irb1600_10_145": "abb",
    "kuka_kr10_r1420": "kuka",
    "fanuc_m10ia": "fanuc",
    "yaskawa_ar1440": "yaskawa",
    "ur10e": "ur",
}
REPO = Path(__file__).resolve().parents[1]


def _R(pose: dict) -> np.ndarray:
    w, x, y, z = pose["quat_wxyz"]
    return Rotation.from_quat([x, y, z, w]).as_matrix()


_REGISTERED: dict[tuple[str, str], str] = {}


def _register(
    api: httpx.Client,
    name: str,
    vendor: str,
    opw_m: tuple,
    offsets_deg: list,
    signs: list,
    limits_deg: list | None = None,
) -> str:
    # Once per server: a second registration under the same name is refused (409).
    key = (str(api.base_url), name)
    if key not in _REGISTERED:
        _REGISTERED[key] = _post_robot(api, name, vendor, opw_m, offsets_deg, signs, limits_deg)
    return _REGISTERED[key]


def _post_robot(
    api: httpx.Client,
    name: str,
    vendor: str,
    opw_m: tuple,
    offsets_deg: list,
    signs: list,
    limits_deg: list | None = None,
) -> str:
    keys = ("a1_mm", "a2_mm", "b_mm", "c1_mm", "c2_mm", "c3_mm", "c4_mm")
    body = {
        "name": name,
        "vendor": vendor,
        "opw": {
            **{k: v * 1000.0 for k, v in zip(keys, opw_m, strict=True)},
            "offsets_deg": offsets_deg,
            "sign_corrections": signs,
        },
        "joint_limits_deg": limits_deg or [[-180, 180]] * 3 + [[-360, 360]] * 3,
        "max_speed_deg_s": [200] * 6,
    }
    r = api.post("/robots", json=body)
    assert r.status_code == 201, r.text
    assert r.json()["kinematics"] == "opw"
    return r.json()["id"]


def test_builtin_robots_are_listed(api: httpx.Client) -> None:
    robots = {r["id"]: r for r in list_all(api, "/robots", "robots")}
    for robot_id, vendor in BUILTIN.items():
        r = robots[robot_id]
        assert r["vendor"] == vendor and r["dof"] == 6 and r["builtin"]
        assert len(r["joint_limits_deg"]) == 6 and len(r["max_speed_deg_s"]) == 6
        assert all(lo < hi for lo, hi in r["joint_limits_deg"])
        assert 900 < r["reach_mm"] < 1700
        assert api.get(f"/robots/{robot_id}").json() == r
    assert robots["ur10e"]["kinematics"] == "ur"
    assert {robots[i]["kinematics"] for i in BUILTIN if i != "ur10e"} == {"opw"}
    r = api.get("/robots/nosuchrobot")
    assert r.status_code == 404 and "nosuchrobot" in r.json()["detail"]


def test_tools_have_a_tcp_at_the_wire_tip(api: httpx.Client) -> None:
    tools = {t["id"]: t for t in api.get("/tools").json()["tools"]}
    assert {"torch_straight", "torch_22deg", "torch_45deg"} <= set(tools)
    for t in tools.values():
        assert t["stickout_mm"] == pytest.approx(15.0)
        assert np.linalg.norm(t["X_FT"]["quat_wxyz"]) == pytest.approx(1.0)
    # The bend shows in the TCP orientation: the wire axis leans by the neck angle from the flange axis.
    for tool_id, bend_deg in (("torch_straight", 0.0), ("torch_22deg", 22.0), ("torch_45deg", 45.0)):
        z_T = _R(tools[tool_id]["X_FT"])[:, 2]
        assert np.degrees(np.arccos(np.clip(z_T[2], -1, 1))) == pytest.approx(bend_deg, abs=0.5)


def test_fk_at_zero_matches_the_opw_table(api: httpx.Client) -> None:
    # docs/references.md#robots-3, column FK(0): flange x, z at q = 0 with the vendor convention.
    expected = {
        "abb_irb1600_10_145": (815.0, 1186.5),
        "kuka_kr10_r1420": (1500.0, 470.0),
        "fanuc_m10ia": (890.0, 1250.0),
        "yaskawa_ar1440": (895.0, 1264.0),
    }
    for robot_id, (x, z) in expected.items():
        pose = api.post(f"/robots/{robot_id}/fk", json={"joints_deg": [0] * 6}).json()["pose"]
        np.testing.assert_allclose(pose["xyz_mm"], [x, 0.0, z], atol=1e-6)
        np.testing.assert_allclose(_R(pose)[:, 2], [1, 0, 0], atol=1e-9)  # tool z along +x (references.md#robots-2)


def test_kr6_r700_sixx_reference_pose(api: httpx.Client) -> None:
    # docs/references.md#robots-4 #1 (opw test/sign_corrections_tests.cpp, "copied from MoveIt"); OPW row from
    # docs/references.md#robots-3.
    robot_id = _register(
        api,
        "KUKA KR6 R700 sixx",
        "kuka",
        (0.025, -0.035, 0, 0.400, 0.315, 0.365, 0.080),
        [0, -90, 0, 0, 0, 0],
        [-1, 1, 1, -1, 1, -1],
    )
    q_deg = [float(np.degrees(0.2))] * 6
    pose = api.post(f"/robots/{robot_id}/fk", json={"joints_deg": q_deg}).json()["pose"]
    np.testing.assert_allclose(pose["xyz_mm"], [734.1169, -152.0347, 182.639], atol=1e-3)
    R_expected = [
        [-0.5965795, 0.000371195, 0.8025539],
        [-0.2724458, 0.9405218, -0.202958],
        [-0.7548948, -0.3397331, -0.5609949],
    ]
    np.testing.assert_allclose(_R(pose), R_expected, atol=1e-6)
    sols = np.array(api.post(f"/robots/{robot_id}/ik", json={"pose": pose}).json()["solutions_deg"])
    assert np.min(np.abs(sols - q_deg).max(axis=1)) < 1e-6


@pytest.mark.parametrize(
    "q_rad, t_m, R",
    [
        # docs/references.md#robots-4 #2 and #3 (opw test/fk_ik_tests.cpp).
        (
            [0, np.pi / 4, 0, 0, 0, 0],
            [1.3485459941112, 0, 0.399038059222874],
            [[-0.7071068, 0, 0.7071068], [0, 1, 0], [-0.7071068, 0, -0.7071068]],
        ),
        (
            [np.pi / 4, 0, 0, 0, 0, 0],
            [0.72831998462, 0.72831998462, 1.26],
            [[0, -0.7071068, 0.7071068], [0, 0.7071068, 0.7071068], [-1, 0, 0]],
        ),
    ],
)
def test_irb2600_reference_poses(api: httpx.Client, q_rad: list, t_m: list, R: list) -> None:
    robot_id = _register(
        api, "ABB IRB2600-12/1.65", "abb", (0.150, -0.115, 0, 0.445, 0.700, 0.795, 0.085), [0, 0, -90, 0, 0, 0], [1] * 6
    )
    pose = api.post(f"/robots/{robot_id}/fk", json={"joints_deg": np.degrees(q_rad).tolist()}).json()["pose"]
    np.testing.assert_allclose(pose["xyz_mm"], np.array(t_m) * 1000, atol=1e-6)
    np.testing.assert_allclose(_R(pose), R, atol=1e-6)
    sols = np.array(api.post(f"/robots/{robot_id}/ik", json={"pose": pose}).json()["solutions_deg"])
    assert np.min(np.abs(sols - np.degrees(q_rad)).max(axis=1)) < 1e-6


def test_irb2400_rs_opw_case_0(api: httpx.Client) -> None:
    # docs/references.md#robots-4 worked case (rs-opw-kinematics src/tests/data/cases.yaml, case 0); its quaternion is
    # [x,y,z,w].
    robot_id = _register(
        api, "ABB IRB2400-10", "abb", (0.100, -0.135, 0, 0.615, 0.705, 0.755, 0.085), [0, 0, -90, 0, 0, 0], [1] * 6
    )
    x, y, z, w = 0.8412952174, -0.0369967283, 0.4843341439, -0.2372214923
    target = {"xyz_mm": [-758.4719088, -304.1507953, 61.4962586], "quat_wxyz": [w, x, y, z]}
    pose = api.post(f"/robots/{robot_id}/fk", json={"joints_deg": [22, -160, 1, -21, -176, -173]}).json()["pose"]
    np.testing.assert_allclose(pose["xyz_mm"], target["xyz_mm"], atol=1e-4)
    sols = np.array(api.post(f"/robots/{robot_id}/ik", json={"pose": target}).json()["solutions_deg"])
    expected = [-158, 70.286261, 20.041611, -1.581281, 64.945401, 28.623073]
    assert np.min(np.abs(sols - expected).max(axis=1)) < 1e-4
    assert np.min(np.abs(sols - [22, -160, 1, -21, -176, -173]).max(axis=1)) < 1e-4


def test_ik_with_a_tool_round_trips(api: httpx.Client) -> None:
    q = [10, 20, -15, 30, 45, -60]
    for robot_id in BUILTIN:
        pose = api.post(f"/robots/{robot_id}/fk", json={"joints_deg": q, "tool_id": "torch_22deg"}).json()["pose"]
        flange = api.post(f"/robots/{robot_id}/fk", json={"joints_deg": q}).json()["pose"]
        assert np.linalg.norm(np.subtract(pose["xyz_mm"], flange["xyz_mm"])) > 100  # the torch is long
        r = api.post(f"/robots/{robot_id}/ik", json={"pose": pose, "tool_id": "torch_22deg"})
        sols = np.array(r.json()["solutions_deg"])
        assert len(sols) >= 1 and np.min(np.abs(sols - q).max(axis=1)) < 1e-5, robot_id


def test_unreachable_pose_has_no_solutions(api: httpx.Client) -> None:
    r = api.post("/robots/abb_irb1600_10_145/ik", json={"pose": {"xyz_mm": [5000, 0, 0], "quat_wxyz": [1, 0, 0, 0]}})
    assert r.status_code == 200 and r.json() == {"configurations": [], "solutions_deg": []}


@pytest.mark.parametrize("robot_id", ["ur10e", "abb_irb1600_10_145"])
def test_ik_groups_whole_turn_variants_under_one_configuration(api: httpx.Client, robot_id: str) -> None:
    # Issue 19 item 9: the UR10e (every joint +-360 deg) answered dozens of "distinct" solutions for one pose,
    # most of them the same configuration with a joint wound round once more. An arm of six revolute joints
    # has at most 8 analytic IK configurations (Pieper; docs/references.md#robots-4: "all 8 IK solutions").
    limits = np.array(api.get(f"/robots/{robot_id}").json()["joint_limits_deg"])
    q = [10, -80, 60, 30, 45, -60] if robot_id == "ur10e" else [10, 20, -15, 30, 45, -60]
    pose = api.post(f"/robots/{robot_id}/fk", json={"joints_deg": q}).json()["pose"]
    body = api.post(f"/robots/{robot_id}/ik", json={"pose": pose}).json()
    configs = body["configurations"]
    assert 1 <= len(configs) <= 8
    flat = [c["joints_deg"] for c in configs] + [v for c in configs for v in c["turn_variants_deg"]]
    assert len(flat) == len(body["solutions_deg"]) > len(configs)  # both robots have joints wider than a turn
    assert sorted(map(tuple, np.round(flat, 6))) == sorted(map(tuple, np.round(body["solutions_deg"], 6)))
    for c in configs:
        main = np.array(c["joints_deg"])
        for v in c["turn_variants_deg"]:
            turns = (np.array(v) - main) / 360.0
            assert np.allclose(turns, np.round(turns), atol=1e-9) and np.any(np.round(turns) != 0)
            assert np.abs(main).sum() <= np.abs(v).sum() + 1e-9  # the variant nearest zero leads
        assert np.all(main >= limits[:, 0] - 1e-6) and np.all(main <= limits[:, 1] + 1e-6)
    mains = np.array([c["joints_deg"] for c in configs])
    for i in range(len(mains)):
        for j in range(i):
            d = (mains[i] - mains[j] + 180.0) % 360.0 - 180.0  # configurations differ modulo whole turns
            assert np.max(np.abs(d)) > 1e-6
    assert np.min(np.abs(mains - q).max(axis=1)) < 1e-6  # the posture FK was asked for is one of them


def test_fk_refuses_joints_outside_the_limits(api: httpx.Client) -> None:
    # Issue 19 item 4: 999 deg and 1e308 deg gave a pose, as if the robot could take it.
    url = "/robots/abb_irb1600_10_145/fk"
    limits = api.get("/robots/abb_irb1600_10_145").json()["joint_limits_deg"]
    body = assert_problem(
        api.post(url, json={"joints_deg": [999, 0, 0, 0, 30, 0]}),
        422,
        "joints_deg[0]",
        f"[{limits[0][0]:g}, {limits[0][1]:g}]",
    )
    assert body["limit_deg"] == limits[0]
    assert_problem(api.post(url, json={"joints_deg": [0, 0, 0, 0, 30, 1e308]}), 422, "joints_deg[5]")
    assert_problem(api.post(url, json={"joints_deg": [0, 0, 0, 0, 30, limits[5][1] + 0.001]}), 422, "joints_deg[5]")
    # exactly at the limits, as GET /robots/{id} lists them: a pose
    assert api.post(url, json={"joints_deg": [lo for lo, _ in limits]}).status_code == 200
    assert api.post(url, json={"joints_deg": [hi for _, hi in limits]}).status_code == 200
    # exactly six joints, numbers only (schema)
    assert_problem(api.post(url, json={"joints_deg": [0] * 7}), 422, "joints_deg")
    assert_problem(api.post(url, json={"joints_deg": [True, 0, 0, 0, 30, 0]}), 422, "joints_deg[0]")


def test_ik_takes_numbers_only_within_the_workspace(api: httpx.Client) -> None:
    # Issue 19 item 8 (schemathesis): xyz_mm [false, 0, 0] was read as [0, 0, 0].
    url = "/robots/abb_irb1600_10_145/ik"
    for xyz, field in (
        ([False, 0, 0], "pose.xyz_mm[0]"),
        ([0, "1", 0], "pose.xyz_mm[1]"),
        ([0, 0, 1e308], "pose.xyz_mm[2]"),
    ):
        assert_problem(api.post(url, json={"pose": {"xyz_mm": xyz, "quat_wxyz": [1, 0, 0, 0]}}), 422, field)
    assert_problem(
        api.post(url, json={"pose": {"xyz_mm": [900, 0, 900], "quat_wxyz": [1, 0, None, 0]}}), 422, "pose.quat_wxyz[2]"
    )


def test_bad_kinematics_requests(api: httpx.Client) -> None:
    url = "/robots/abb_irb1600_10_145"
    assert_problem(
        api.post(
            f"{url}/fk", content=b'{"joints_deg": [NaN, 0, 0, 0, 0, 0]}', headers={"content-type": "application/json"}
        ),
        422,
        "joints_deg[0]",
    )
    assert_problem(
        api.post(
            f"{url}/fk",
            content=b'{"joints_deg": [0, Infinity, 0, 0, 0, 0]}',
            headers={"content-type": "application/json"},
        ),
        422,
        "joints_deg[1]",
    )
    assert_problem(api.post(f"{url}/fk", json={"joints_deg": [0, 0, 0]}), 422, "joints_deg", "6")
    assert_problem(
        api.post(f"{url}/ik", json={"pose": {"xyz_mm": [900, 0, 900], "quat_wxyz": [0, 0, 0, 0]}}),
        422,
        "pose.quat_wxyz",
        "zero length",
    )
    assert_problem(api.post(f"{url}/fk", json={"joints_deg": [0] * 6, "tool_id": "notool"}), 404, "notool")
    assert_problem(api.post("/robots/nosuch/fk", json={"joints_deg": [0] * 6}), 404, "nosuch")


def test_bad_opw_registrations(api: httpx.Client) -> None:
    good = {
        "name": "x",
        "vendor": "abb",
        "opw": {
            "a1_mm": 150,
            "a2_mm": 0,
            "b_mm": 0,
            "c1_mm": 486.5,
            "c2_mm": 700,
            "c3_mm": 600,
            "c4_mm": 65,
            "offsets_deg": [0, 0, -90, 0, 0, 0],
            "sign_corrections": [1] * 6,
        },
        "joint_limits_deg": [[-180, 180]] * 6,
        "max_speed_deg_s": [100] * 6,
    }
    before = len(list_all(api, "/robots", "robots"))
    assert_problem(
        api.post("/robots", json={**good, "joint_limits_deg": [[-180, 180]] * 5 + [[10, 10]]}),
        422,
        "joint_limits_deg[5]",
    )
    assert_problem(
        api.post(
            "/robots", content=b'{"name": "x", "opw": {"a1_mm": NaN}}', headers={"content-type": "application/json"}
        ),
        422,
        "opw.a1_mm",
    )
    assert_problem(
        api.post("/robots", json={**good, "opw": {**good["opw"], "sign_corrections": [1, 1, 2, 1, 1, 1]}}),
        422,
        "opw.sign_corrections[2]",
    )
    assert_problem(
        api.post("/robots", json={**good, "max_speed_deg_s": [100, 100, 0, 100, 100, 100]}), 422, "max_speed_deg_s[2]"
    )
    assert_problem(api.post("/robots", content=b"name=x", headers={"content-type": "text/plain"}), 415, "content type")
    assert len(list_all(api, "/robots", "robots")) == before


def test_a_robot_is_registered_once(api: httpx.Client) -> None:
    # Issue 19 item 9: registering the same robot twice made a duplicate silently. Same = same name,
    # ignoring case and runs of spaces (a built-in's too), or the same URDF zip bytes.
    kr6 = (0.025, -0.035, 0, 0.400, 0.315, 0.365, 0.080)  # docs/references.md#robots-3, KUKA KR6 R700 sixx
    args = ("kuka", kr6, [0, -90, 0, 0, 0, 0], [-1, 1, 1, -1, 1, -1])
    first = _post_robot(api, "KR6 twice", *args)
    before = len(api.get("/robots").json()["robots"])
    keys = ("a1_mm", "a2_mm", "b_mm", "c1_mm", "c2_mm", "c3_mm", "c4_mm")
    body = {
        "vendor": "kuka",
        "opw": {
            **{k: v * 1000.0 for k, v in zip(keys, kr6, strict=True)},
            "offsets_deg": args[2],
            "sign_corrections": args[3],
        },
        "joint_limits_deg": [[-170, 170]] * 6,
        "max_speed_deg_s": [300] * 6,
    }
    for name, existing in (
        ("KR6 twice", first),
        ("  kr6   TWICE ", first),
        ("ABB IRB 1600-10/1.45", "abb_irb1600_10_145"),
    ):
        problem = assert_problem(api.post("/robots", json={**body, "name": name}), 409, "name:", existing)
        assert problem["robot_id"] == existing
    data = _zip({"r/robot.urdf": _builtin_urdf()})
    r = api.post("/robots", files={"file": ("a.zip", data, "application/zip")}, data={"name": "zip once"})
    assert r.status_code == 201, r.text
    problem = assert_problem(
        api.post("/robots", files={"file": ("b.zip", data, "application/zip")}, data={"name": "zip twice"}),
        409,
        "file:",
        r.json()["id"],
    )
    assert problem["robot_id"] == r.json()["id"]
    assert len(api.get("/robots").json()["robots"]) == before + 1


def _zip(files: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _builtin_urdf() -> str:
    """The built-in ABB's URDF with primitives instead of its mesh files: one file that uploads alone."""
    import yaml

    from robot_models.build_builtin import build_urdf_text

    folder = REPO / "robot_models" / "robots" / "abb_irb1600_10_145"
    return build_urdf_text(folder.name, yaml.safe_load((folder / "robot.yaml").read_text()), meshes_ok=False)


def _with_mesh(urdf: str, mesh_ref: str) -> str:
    mesh = f'<collision><geometry><mesh filename="{mesh_ref}"/></geometry></collision>'
    return urdf.replace('<link name="link_6">', f'<link name="link_6">{mesh}', 1)


STL_TRIANGLE = (
    b"solid t\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 0.01 0 0\nvertex 0 0.01 0\n"
    b"endloop\nendfacet\nendsolid t\n"
)


def test_urdf_zip_registration_extracts_opw(api: httpx.Client) -> None:
    data = _zip(
        {
            "myrobot/robot.urdf": _with_mesh(_builtin_urdf(), "meshes/link6.stl"),
            "myrobot/meshes/link6.stl": STL_TRIANGLE,
        }
    )
    r = api.post("/robots", files={"file": ("myrobot.zip", data, "application/zip")}, data={"name": "my 1600"})
    assert r.status_code == 201, r.text
    robot = r.json()
    assert robot["kinematics"] == "opw" and robot["vendor"] == "other" and robot["name"] == "my 1600"
    q = [5, 10, 15, 20, 25, 30]
    ours = api.post(f"/robots/{robot['id']}/fk", json={"joints_deg": q}).json()["pose"]
    ref = api.post("/robots/abb_irb1600_10_145/fk", json={"joints_deg": q}).json()["pose"]
    np.testing.assert_allclose(ours["xyz_mm"], ref["xyz_mm"], atol=1e-6)


BOMB = (
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    '<robot name="&b;"><link name="base_link"/></robot>'
)


@pytest.mark.parametrize(
    "case, files, words",
    [
        ("absolute path", {"/etc/robot.urdf": "<robot name='x'/>"}, ["/etc/robot.urdf"]),
        ("parent path", {"../robot.urdf": "<robot name='x'/>"}, ["../robot.urdf"]),
        ("missing mesh", {"robot.urdf": None}, ["meshes/missing.stl"]),
        ("entity expansion", {"robot.urdf": BOMB}, ["entit"]),
        ("five joints", {"robot.urdf": "five"}, ["revolute"]),
        ("no urdf", {"readme.txt": "hello"}, [".urdf"]),
    ],
)
def test_bad_urdf_zips(api: httpx.Client, case: str, files: dict, words: list[str]) -> None:
    if files.get("robot.urdf") is None and "robot.urdf" in files:
        files = {"robot.urdf": _with_mesh(_builtin_urdf(), "meshes/missing.stl")}
    elif files.get("robot.urdf") == "five":
        # joint_6 made fixed: the chain to tool0 has five revolute joints.
        urdf, n = re.subn(r'(<joint\s+name="joint_6"\s+type=")revolute"', r'\1fixed"', _builtin_urdf())
        assert n == 1
        files = {"robot.urdf": urdf}
    before = len(list_all(api, "/robots", "robots"))
    r = api.post("/robots", files={"file": ("bad.zip", _zip(files), "application/zip")})
    assert 400 <= r.status_code < 500, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    detail = r.json()["detail"]
    assert any(w.lower() in detail.lower() for w in words), (case, detail)
    assert len(list_all(api, "/robots", "robots")) == before


def test_viewer_urdf_points_at_mesh_urls_the_api_serves(api: httpx.Client) -> None:
    # a visual mesh by package:// and a collision mesh by a relative path: one URL form for a browser each
    visual = '<visual><geometry><mesh filename="package://viewbot/meshes/link6.stl"/></geometry></visual>'
    urdf = _with_mesh(_builtin_urdf(), "meshes/link6.stl").replace(
        '<link name="link_6">', f'<link name="link_6">{visual}', 1
    )
    data = _zip({"viewbot/robot.urdf": urdf, "viewbot/meshes/link6.stl": STL_TRIANGLE})
    r = api.post("/robots", files={"file": ("viewbot.zip", data, "application/zip")}, data={"name": "viewer bot"})
    assert r.status_code == 201, r.text
    robot_id = r.json()["id"]
    served = api.get(f"/robots/{robot_id}/urdf")
    assert served.status_code == 200 and served.headers["content-type"].startswith("application/xml")
    refs = re.findall(r'filename="([^"]+)"', served.text)
    assert refs == ["meshes/0/link6.stl", "meshes/1/link6.stl"]
    for ref in refs:
        mesh = api.get(f"/robots/{robot_id}/{ref}")
        assert mesh.status_code == 200 and mesh.content == STL_TRIANGLE
    # only the files the URDF names, by their index and name
    assert_problem(api.get(f"/robots/{robot_id}/meshes/0/robot.urdf"), 404, "robot mesh")
    assert_problem(api.get(f"/robots/{robot_id}/meshes/2/link6.stl"), 404, "robot mesh")
    assert_problem(api.get(f"/robots/{robot_id}/meshes/0/..%2Frobot.urdf"), 404)
    assert_problem(api.get("/robots/no_such_robot/urdf"), 404, "no_such_robot")
    # a built-in robot's URDF is served with all its joints and every mesh it names (if any), frames named
    builtin = api.get("/robots/abb_irb1600_10_145/urdf").text
    assert builtin.count("<joint ") == _builtin_urdf().count("<joint ")
    for ref in re.findall(r'filename="([^"]+)"', builtin):
        assert api.get(f"/robots/abb_irb1600_10_145/{ref}").status_code == 200, ref
    public = api.get("/robots/abb_irb1600_10_145").json()
    assert (public["base_link"], public["tip_link"]) == ("base_link", "tool0")
    assert f'<link name="{public["tip_link"]}"' in builtin


def test_tools_list_their_shapes_as_their_yaml_gives_them(api: httpx.Client) -> None:
    # robot_models/tools/torch_22deg/tool.yaml: mount r 40 x 95 mm at z 47.5; nozzle r 11 x 65 mm, tilted 22 deg
    shapes = {s["name"]: s for s in api.get("/tools/torch_22deg").json()["shapes"]}
    assert set(shapes) == {"mount", "body", "neck", "nozzle"}
    mount, nozzle = shapes["mount"], shapes["nozzle"]
    assert (mount["kind"], mount["radius_mm"], mount["length_mm"]) == ("cylinder", 40, 95)
    np.testing.assert_allclose(mount["pose"]["xyz_mm"], [0, 0, 47.5], atol=1e-9)
    assert (nozzle["radius_mm"], nozzle["length_mm"]) == (11, 65)
    np.testing.assert_allclose(nozzle["pose"]["xyz_mm"], [53.38144, 0, 317.123699], atol=1e-6)
    w = nozzle["pose"]["quat_wxyz"][0]
    assert abs(np.degrees(2 * np.arccos(w)) - 22) < 1e-6
