"""OPW FK/IK: published oracles, FK(0) smoke values, 10,000-configuration round trips per vendor row."""

import math
import zlib

import numpy as np
import pytest
from kin_testlib import OPW_ROWS, WIDE_LIMITS, opw_row, random_q

from kinematics.opw import WRIST_SINGULAR_RAD, OPWParams, opw_fk, opw_ik
from kinematics.se3 import X_from_xyz_quat_wxyz, rotation_angle
from kinematics.solutions import expand_within_limits

PI = math.pi
S = math.sqrt(0.5)


def test_oracle_1_kr6_r700_sixx_all_joints_0_2():
    # docs/references.md#robots-4 #1, from opw_kinematics test/sign_corrections_tests.cpp ("copied from MoveIt").
    X = opw_fk(opw_row("kuka_kr6_r700_sixx"), np.full((1, 6), 0.2))[0]
    assert np.allclose(X[:3, 3], [0.7341169, -0.1520347, 0.182639], atol=1e-6)
    R = [[-0.5965795, 0.000371195, 0.8025539], [-0.2724458, 0.9405218, -0.202958], [-0.7548948, -0.3397331, -0.5609949]]
    assert np.allclose(X[:3, :3], R, atol=1e-6)


@pytest.mark.parametrize(
    "q, t, R",
    [
        # docs/references.md#robots-4 #2 and #3, opw_kinematics test/fk_ik_tests.cpp (numerical_issue tests).
        ([0, PI / 4, 0, 0, 0, 0], [1.3485459941112, 0, 0.399038059222874], [[-S, 0, S], [0, 1, 0], [-S, 0, -S]]),
        ([PI / 4, 0, 0, 0, 0, 0], [0.72831998462, 0.72831998462, 1.26], [[0, -S, S], [0, S, S], [-1, 0, 0]]),
    ],
)
def test_oracles_2_3_irb2600_fk_and_ik(q, t, R):
    params = opw_row("abb_irb2600_12_165")
    X = opw_fk(params, np.array(q, dtype=float))[0]
    assert np.allclose(X[:3, 3], t, atol=1e-9)
    assert np.allclose(X[:3, :3], R, atol=1e-7)
    sols = opw_ik(params, X)[0]
    finite = sols[np.all(np.isfinite(sols), axis=1)]
    X2 = opw_fk(params, finite)
    assert np.max(np.linalg.norm(X2[:, :3, 3] - X[:3, 3], axis=1)) < 1e-9
    # q5 = 0 here (wrist singular): joint 4 defaults to 0 and q itself must come back exactly.
    assert np.min(np.max(np.abs(finite - np.array(q)), axis=1)) < 1e-9


def test_oracle_4_irb4600_near_singular_pose_round_trips():
    # docs/references.md#robots-4 #4 (opw numerical_issue test): p given to 15 digits, x axis ~ -z, q5 ~ 0.
    params = opw_row("abb_irb4600_60_205")
    X = np.eye(4)
    X[:3, :3] = [[0, -S, S], [0, S, S], [-1, 0, 0]]
    X[:3, 3] = [0.898025612106916, 0.898025612106915, 1.57]
    sols = opw_ik(params, X)[0]
    finite = sols[np.all(np.isfinite(sols), axis=1)]
    assert len(finite) >= 4
    X2 = opw_fk(params, finite)
    assert np.max(np.linalg.norm(X2[:, :3, 3] - X[:3, 3], axis=1)) < 1e-6
    assert np.max(rotation_angle(X2[:, :3, :3], X[:3, :3])) < 1e-6


# rs-opw-kinematics src/tests/cases.yaml (commit 0601945, BSD-3): joints (deg), translation (m),
# quaternion [x, y, z, w], all IK solutions (deg, printed to 1e-6 deg).
CASES = [
    (
        "abb_irb2400_10",
        [44, -320, 2, -41, -351, -345],
        [0.9126056662181226, 0.8691658573561679, 0.686558717481039],
        [-0.5190371353529653, 0.7777631403300486, 0.008524522830040699, 0.3544182305963519],
        [
            [44, 40, 2, -41, 9, 15],
            [44, 126.044168, -161.724392, -5.917736, 84.525839, -25.082342],
            [-136, -112.338054, -25.813726, 174.108955, 90.661176, -25.717093],
            [-136, -55.829108, -133.910667, 170.704458, 39.447806, -18.445369],
            [44, 40, 2, 139, -9, -165],
            [44, 126.044168, -161.724392, 174.082264, -84.525839, 154.917658],
            [-136, -112.338054, -25.813726, -5.891045, -90.661176, 154.282907],
            [-136, -55.829108, -133.910667, -9.295542, -39.447806, 161.554631],
        ],
    ),
    (
        "abb_irb2400_10",
        [-257, 35, 147, -27, 148, -89],
        [0.06074000672385153, -0.1721889586796209, 1.121527132152117],
        [-0.5050669972732823, 0.1541707082795666, 0.2114048630547574, 0.8224638015443151],
        [
            [-77, -59.058259, 61.218382, 149.559751, 151.650348, -92.977066],
            [-77, 95.613135, 139.057226, 151.824214, 30.631022, -40.885284],
            [103, -109.235506, 53.275608, -27.186649, 31.773020, -42.041632],
            [103, 35, 147, -27, 148, -89],
            [-77, -59.058259, 61.218382, -30.440249, -151.650348, 87.022934],
            [-77, 95.613135, 139.057226, -28.175786, -30.631022, 139.114716],
            [103, -109.235506, 53.275608, 152.813351, -31.773020, 137.958368],
            [103, 35, 147, 153, -148, 91],
        ],
    ),
    # Case 15: wrist centre beyond the reach of the back-shoulder arm: only 4 solutions exist.
    (
        "abb_irb2400_10",
        [10, -351, 266, -35, 159, 352],
        [0.1601540064421726, 0.01049807067815583, 1.993986187031267],
        [0.1416491755006231, 0.9786429749225839, -0.0653172957546245, 0.1338920818792938],
        [
            [10, -5.736081, -65.724392, -22.188969, 147.025022, 6.283560],
            [10, 9, -94, -35, 159, -8],
            [10, -5.736081, -65.724392, 157.811031, -147.025022, -173.716440],
            [10, 9, -94, 145, -159, 172],
        ],
    ),
    (
        "kuka_kr6_r700_sixx",
        [264, 360, -73, 296, -234, 27],
        [-0.1024473911430918, 0.4182114575941181, 0.7060209358444849],
        [0.9126195588885488, -0.004607239391881415, -0.4060188275583717, -0.04746604836492928],
        [
            [-96, -85.562716, 83.954737, -47.332418, 81.456927, 86.470304],
            [-96, 0, -73, -64, 126, 27],
            [84, -177.442671, 73.227579, 114.126720, 127.180092, 23.858036],
            [84, -103.865811, -62.272841, 133.352606, 89.832490, 77.492213],
            [-96, -85.562716, 83.954737, 132.667582, -81.456927, -93.529696],
            [-96, 0, -73, 116, -126, -153],
            [84, -177.442671, 73.227579, -65.873280, -127.180092, -156.141964],
            [84, -103.865811, -62.272841, -46.647394, -89.832490, -102.507787],
        ],
    ),
    (
        "kuka_kr6_r700_sixx",
        [-80, -310, 78, 24, -293, 29],
        [0.02221871745906124, -0.04647949212613017, -0.1336901898217366],
        [0.6016612716586058, -0.1819118571965361, 0.3810696051248892, 0.6780101374223084],
        [
            [-80, 50, 78, 24, 67, 29],
            [-80, 128.887994, -67.045263, 28.232463, 127.677267, 57.037252],
            [100, 56.738031, 77.209264, -143.429577, 141.068341, 68.857657],
            [100, 134.743836, -66.254527, -157.795525, 82.184891, 35.691823],
            [-80, 50, 78, -156, -67, -151],
            [-80, 128.887994, -67.045263, -151.767537, -127.677267, -122.962748],
            [100, 56.738031, 77.209264, 36.570423, -141.068341, -111.142343],
            [100, 134.743836, -66.254527, 22.204475, -82.184891, -144.308177],
        ],
    ),
]


def _same_set_deg(ours_rad: np.ndarray, theirs_deg: np.ndarray, tol_deg: float) -> bool:
    ours = np.rad2deg(ours_rad[np.all(np.isfinite(ours_rad), axis=1)])
    if len(ours) != len(theirs_deg):
        return False
    d = ours[:, None, :] - np.asarray(theirs_deg, dtype=float)[None, :, :]
    d = np.abs((d + 180.0) % 360.0 - 180.0).max(axis=2)
    return bool(np.all(d.min(axis=1) < tol_deg) and np.all(d.min(axis=0) < tol_deg))


@pytest.mark.parametrize("robot, joints, t, quat_xyzw, solutions", CASES)
def test_rs_opw_cases_fk_and_solution_sets(robot, joints, t, quat_xyzw, solutions):
    params = opw_row(robot)
    X = opw_fk(params, np.deg2rad(joints))[0]
    x, y, z, w = quat_xyzw
    X_ref = X_from_xyz_quat_wxyz(t, [w, x, y, z])
    assert np.allclose(X, X_ref, atol=1e-12)
    assert _same_set_deg(opw_ik(params, X_ref)[0], np.array(solutions), tol_deg=2e-6)


def test_worked_case_0_irb2400():
    # docs/references.md#robots-4, "Worked case (cases.yaml case 0, IRB2400-10, ABB convention)".
    params = opw_row("abb_irb2400_10")
    X = opw_fk(params, np.deg2rad([22, -160, 1, -21, -176, -173]))[0]
    assert np.allclose(X[:3, 3], [-0.7584719088, -0.3041507953, 0.0614962586], atol=1e-9)
    x, y, z, w = 0.8412952174, -0.0369967283, 0.4843341439, -0.2372214923
    assert np.allclose(X, X_from_xyz_quat_wxyz(X[:3, 3], [w, x, y, z]), atol=1e-9)
    sols = np.rad2deg(opw_ik(params, X)[0])
    assert np.allclose(sols[0], [-158, 70.286261, 20.041611, -1.581281, 64.945401, 28.623073], atol=1e-6)


@pytest.mark.parametrize("robot", sorted(OPW_ROWS))
def test_fk_zero_smoke_values(robot):
    # docs/references.md#robots-3 column "FK(0)" and section 2: tool z axis along +x at q = 0.
    _, _, (x0, z0) = OPW_ROWS[robot]
    X = opw_fk(opw_row(robot), np.zeros(6))[0]
    assert np.allclose(X[:3, 3], [x0, 0.0, z0], atol=1e-12)
    assert np.allclose(X[:3, 2], [1.0, 0.0, 0.0], atol=1e-12)


def _round_trip(params: OPWParams, q: np.ndarray, q_ref=None):
    X = opw_fk(params, q)
    sols = opw_ik(params, X, q_ref)
    n = q.shape[0]
    finite = np.all(np.isfinite(sols), axis=2)
    X2 = opw_fk(params, sols[finite])
    target = np.repeat(X, 8, axis=0)[finite.ravel()]
    pos_err = np.linalg.norm(X2[:, :3, 3] - target[:, :3, 3], axis=1)
    rot_err = rotation_angle(X2[:, :3, :3], target[:, :3, :3])
    expanded = expand_within_limits(sols, *WIDE_LIMITS)
    counts = np.array([len(s) for s in expanded])
    allsols = np.concatenate(expanded)
    owner = np.repeat(np.arange(n), counts)
    dist = np.max(np.abs(allsols - q[owner]), axis=1)
    best = np.full(n, np.inf)
    np.minimum.at(best, owner, dist)
    return pos_err, rot_err, best, sols


ROUND_TRIP_ROBOTS = [
    "abb_irb2400_10",
    "abb_irb1600_10_145",
    "kuka_kr10_r1420",
    "kuka_kr6_r700_sixx",
    "fanuc_m10ia",
    "yaskawa_mh12",
]


@pytest.mark.parametrize("robot", ROUND_TRIP_ROBOTS)
def test_round_trip_10000_random_configurations(robot):
    params = opw_row(robot)
    rng = np.random.default_rng(zlib.crc32(robot.encode()))
    q = random_q(rng, 10_000, *WIDE_LIMITS)
    pos_err, rot_err, best, sols = _round_trip(params, q)
    assert pos_err.max() < 1e-6 and rot_err.max() < 1e-6
    assert pos_err.max() < 1e-12  # far inside the bar (docs/references.md#robots-4: ~1e-13 for numpy OPW)
    assert best.max() < 1e-6  # the original configuration is among the expanded solutions
    assert np.all(np.abs(sols[np.isfinite(sols)]) <= PI + 1e-12)


def test_round_trip_with_offsets_signs_and_b():
    # A made-up row with a lateral offset b and non-vendor offsets/signs: every code path of the
    # argument rotations (quarter turns and a general angle) and both shoulders with b != 0.
    params = OPWParams(
        0.15,
        -0.2,
        0.035,
        0.45,
        0.6,
        0.64,
        0.1,
        offsets=(0.3, -PI / 2, PI, 0.7, -0.2, PI / 2),
        sign_corrections=(-1, 1, -1, 1, -1, 1),
    )
    rng = np.random.default_rng(11)
    q = random_q(rng, 10_000, *WIDE_LIMITS)
    q[:, 4] = np.clip(q[:, 4], -2.3, 2.3)
    pos_err, rot_err, best, _ = _round_trip(params, q)
    assert pos_err.max() < 1e-9 and rot_err.max() < 1e-9
    assert best.max() < 1e-6


@pytest.mark.parametrize("robot", ["abb_irb2400_10", "kuka_kr10_r1420", "fanuc_m10ia"])
def test_near_singular_wrist_round_trips(robot):
    params = opw_row(robot)
    rng = np.random.default_rng(12)
    q = random_q(rng, 10_000, *WIDE_LIMITS)
    q[:, 4] = rng.uniform(-1e-7, 1e-7, 10_000)  # q5 within 1e-7 of 0 (offset 0 for these conventions)
    q[:100, 4] = 0.0
    pos_err, rot_err, best, sols = _round_trip(params, q, q_ref=q)
    assert pos_err.max() < 1e-6 and rot_err.max() < 1e-6
    assert best.max() < 1e-6
    # Every branch that is at the wrist singularity keeps q_ref's joint 4 (the other arm branches of the
    # same pose generally are not singular).
    at_singularity = np.abs(sols[..., 4]) < 0.5 * WRIST_SINGULAR_RAD
    assert at_singularity.sum() >= 2 * 4_500  # |q5| < 5e-8 for about half the samples
    q4_ref = np.broadcast_to(q[:, None, 3], at_singularity.shape)
    assert np.allclose(sols[..., 3][at_singularity], q4_ref[at_singularity], atol=1e-12)


def test_singular_without_q_ref_puts_joint_4_at_zero():
    params = opw_row("abb_irb2400_10")
    q = np.array([[0.3, 0.2, -0.4, 1.1, 0.0, -0.5]])
    sols = opw_ik(params, opw_fk(params, q))[0]
    at_singularity = np.abs(sols[:, 4]) < WRIST_SINGULAR_RAD
    assert at_singularity.sum() == 2  # the arm branch of q, both wrist flips
    assert np.all(sols[at_singularity, 3] == 0.0)
    # All of q4 + q6 went to q6 on the branch of q.
    assert np.min(np.max(np.abs(sols - [0.3, 0.2, -0.4, 0.0, 0.0, 0.6]), axis=1)) < 1e-9


def test_single_pose_path_equals_batch_path():
    params = OPWParams(
        0.15,
        -0.2,
        0.035,
        0.45,
        0.6,
        0.64,
        0.1,
        offsets=(0.3, -PI / 2, PI, 0.7, -0.2, PI / 2),
        sign_corrections=(-1, 1, -1, 1, -1, 1),
    )
    rng = np.random.default_rng(13)
    q = random_q(rng, 300, *WIDE_LIMITS)
    q[:20, 4] = 0.2  # offset 0.2 on joint 5 puts these at the paper-frame wrist singularity
    X = opw_fk(params, q)
    batch = opw_ik(params, X, q_ref=q)
    single = np.stack([opw_ik(params, X[i], q_ref=q[i])[0] for i in range(len(q))])
    assert np.array_equal(np.isnan(batch), np.isnan(single))
    assert np.nanmax(np.abs(batch - single)) < 1e-12


def test_unreachable_pose_gives_nan_rows():
    params = opw_row("abb_irb2400_10")
    X = np.eye(4)
    X[:3, 3] = [5.0, 0.0, 1.0]
    assert np.all(np.isnan(opw_ik(params, X)))
    assert np.all(np.isnan(opw_ik(params, np.stack([X] * 3000))))


def test_params_validation():
    with pytest.raises(ValueError, match="c2"):
        OPWParams(0.1, -0.1, 0, 0.5, 0.0, 0.5, 0.1)
    with pytest.raises(ValueError, match="sign_corrections"):
        OPWParams(0.1, -0.1, 0, 0.5, 0.5, 0.5, 0.1, sign_corrections=(1, 1, 1, 1, 1, 2))
    with pytest.raises(ValueError, match="offsets"):
        OPWParams(0.1, -0.1, 0, 0.5, 0.5, 0.5, 0.1, offsets=(0, 0, math.nan, 0, 0, 0))
    with pytest.raises(ValueError, match="a1"):
        OPWParams(math.inf, -0.1, 0, 0.5, 0.5, 0.5, 0.1)
    with pytest.raises(ValueError, match="q_ref"):
        opw_ik(opw_row("abb_irb2400_10"), np.stack([np.eye(4)] * 3), q_ref=np.zeros((2, 6)))
