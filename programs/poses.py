"""Pose and arm-configuration conversions shared by the controller writers and readers.

Orientation forms (docs/references.md#controllers-1): ABB quaternion [w, x, y, z] (kinematics.se3); KUKA A, B, C with
R = Rz(A) Ry(B) Rx(C); FANUC W, P, R and Yaskawa Rx, Ry, Rz with R = Rz(R) Ry(P) Rx(W) (fixed X-Y-Z);
UR rotation vector (axis * angle). Angles at this edge are degrees unless the name says rad.

Configuration data is computed from a model joint solution q (rad) of an OPW robot. Three geometric
"atoms" are shared by every vendor: REAR (wrist centre behind axis 1), ELBOW_NEG (wrist centre behind the
lower arm: sin(theta3 + psi3) < 0 in OPW paper angles) and J5_NEG (controller axis 5 below zero); the
vendor forms add per-joint quadrant / turn / sign fields. Joints whose +-2 pi variants no field separates
(FANUC model J3, J5 beyond +-180 deg) are resolved by the reference joints (the previous move).
A vendor config is stored canonically as an int array [REAR, ELBOW_NEG, J5_NEG, joint fields...];
encode/decode functions give the vendor's text form.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kinematics.se3 import R_from_quat_wxyz, quat_wxyz_from_R, rot_axis_angle, rot_x, rot_y, rot_z, rotation_log
from planning.approach import nearest_solution
from robot_models.spec import RobotSpec

__all__ = [
    "ANGLE_TOL_RAD",
    "ELBOW_TOL",
    "REAR_TOL_M",
    "ArmAtoms",
    "abb_keys",
    "kuka_keys",
    "yaskawa_keys",
    "VENDOR_CONFIGS",
    "ConfigForm",
    "R_from_abc_deg",
    "R_from_rotvec",
    "R_from_wpr_deg",
    "abc_deg_from_R",
    "candidate_score",
    "abb_confdata",
    "arm_atoms",
    "config_keys",
    "controller_joints",
    "fanuc_config",
    "fanuc_config_string",
    "kuka_status_turn",
    "match_config",
    "model_joints",
    "parse_fanuc_config",
    "quat_wxyz_from_R",
    "R_from_quat_wxyz",
    "rotvec_from_R",
    "select_by_config",
    "select_nearest",
    "wpr_deg_from_R",
    "yaskawa_rconf",
]

_HALF_PI = 0.5 * math.pi
# Tolerances of the config match (a written pose is rounded, so IK of the read-back pose differs from the
# source joint values by ~1e-6 rad): a field matches if it matches anywhere within +-tol of the value.
ANGLE_TOL_RAD = 1e-4
REAR_TOL_M = 1e-5
ELBOW_TOL = 1e-4


# ---------------------------------------------------------------------------------------------- Euler


def _euler_zyx_deg(R: np.ndarray) -> np.ndarray:
    """[..., 3] angles (a, b, c) deg with R = Rz(a) Ry(b) Rx(c); at b = +-90 deg c is set to 0."""
    R = np.asarray(R, dtype=np.float64)
    cb = np.hypot(R[..., 0, 0], R[..., 1, 0])
    b = np.arctan2(-R[..., 2, 0], cb)
    a = np.arctan2(R[..., 1, 0], R[..., 0, 0])
    c = np.arctan2(R[..., 2, 1], R[..., 2, 2])
    lock = cb < 1e-10
    if np.any(lock):
        # Gimbal lock: only a -+ c is defined; put it all in a.
        a = np.where(lock, np.arctan2(-R[..., 0, 1], R[..., 1, 1]), a)
        c = np.where(lock, 0.0, c)
    return np.degrees(np.stack([a, b, c], axis=-1))


def abc_deg_from_R(R: np.typing.ArrayLike) -> np.ndarray:
    """KUKA A, B, C [..., 3] (deg) from R[..., 3, 3]: R = Rz(A) Ry(B) Rx(C), B in [-90, 90]."""
    return _euler_zyx_deg(np.asarray(R))


def R_from_abc_deg(abc_deg: np.typing.ArrayLike) -> np.ndarray:
    """R[..., 3, 3] = Rz(A) Ry(B) Rx(C) from KUKA A, B, C [..., 3] (deg)."""
    abc = np.radians(np.asarray(abc_deg, dtype=np.float64))
    return rot_z(abc[..., 0]) @ rot_y(abc[..., 1]) @ rot_x(abc[..., 2])


def wpr_deg_from_R(R: np.typing.ArrayLike) -> np.ndarray:
    """FANUC W, P, R (= Yaskawa Rx, Ry, Rz) [..., 3] (deg): rotations about fixed X, Y, Z, R = Rz Ry Rx."""
    return _euler_zyx_deg(np.asarray(R))[..., ::-1].copy()


def R_from_wpr_deg(wpr_deg: np.typing.ArrayLike) -> np.ndarray:
    """R[..., 3, 3] = Rz(R) Ry(P) Rx(W) from FANUC W, P, R [..., 3] (deg)."""
    wpr = np.asarray(wpr_deg, dtype=np.float64)
    return R_from_abc_deg(wpr[..., ::-1])


def rotvec_from_R(R: np.typing.ArrayLike) -> np.ndarray:
    """UR rotation vector [..., 3] (axis * angle, rad, angle in [0, pi]) from R[..., 3, 3]."""
    return rotation_log(np.asarray(R, dtype=np.float64))


def R_from_rotvec(rotvec: np.typing.ArrayLike) -> np.ndarray:
    """R[..., 3, 3] from rotation vectors [..., 3] (rad)."""
    v = np.asarray(rotvec, dtype=np.float64)
    angle = np.linalg.norm(v, axis=-1)
    axis = np.where(angle[..., None] > 1e-300, v, np.array([0.0, 0.0, 1.0]))
    return rot_axis_angle(axis, angle)


# ---------------------------------------------------------------------------------- joint coupling


def controller_joints(robot: RobotSpec, q_model: np.typing.ArrayLike) -> np.ndarray:
    """Pendant joint values [..., 6] (rad) from model joints: FANUC j3_ctrl = j3_model - j2_model
    (docs/references.md#robots-8) where robot.controller_coupling == "fanuc_j2_j3"; unchanged otherwise."""
    q = np.array(q_model, dtype=np.float64)
    if robot.controller_coupling == "fanuc_j2_j3":
        q[..., 2] = q[..., 2] - q[..., 1]
    return q


def model_joints(robot: RobotSpec, q_ctrl: np.typing.ArrayLike) -> np.ndarray:
    """Model joint values [..., 6] (rad) from pendant values (inverse of controller_joints)."""
    q = np.array(q_ctrl, dtype=np.float64)
    if robot.controller_coupling == "fanuc_j2_j3":
        q[..., 2] = q[..., 2] + q[..., 1]
    return q


# ------------------------------------------------------------------------------------ arm atoms


@dataclass(frozen=True)
class ArmAtoms:
    """Continuous quantities behind every vendor's configuration data, for N joint vectors.

    front_m[N]: wrist centre ahead of axis 1 along the arm's direction (m; < 0: behind, REAR);
    elbow[N]: sin(theta3 + psi3) in OPW paper angles (> 0: wrist centre in front of the lower arm);
    joints[N, 6]: pendant joint values (rad).
    """

    front_m: np.ndarray
    elbow: np.ndarray
    joints: np.ndarray


def arm_atoms(robot: RobotSpec, q: np.typing.ArrayLike) -> ArmAtoms:
    """ArmAtoms of model joint vectors q[N, 6] (rad). Needs an OPW robot (robot.opw)."""
    p = robot.opw
    if p is None:
        raise ValueError(
            f"robot '{robot.id}' has no OPW model: configuration data (confdata, S/T, CONFIG, RCONF) is "
            "defined for ortho-parallel arms with a spherical wrist only"
        )
    q = np.atleast_2d(np.asarray(q, dtype=np.float64))
    th = q * np.asarray(p.sign_corrections, dtype=np.float64) - np.asarray(p.offsets, dtype=np.float64)
    psi3 = math.atan2(p.a2, p.c3)
    k = math.hypot(p.a2, p.c3)
    t2, t3 = th[:, 1], th[:, 2]
    front = p.c2 * np.sin(t2) + k * np.sin(t2 + t3 + psi3) + p.a1
    return ArmAtoms(front_m=front, elbow=np.sin(t3 + psi3), joints=controller_joints(robot, q))


# ------------------------------------------------------------------------------- field discretisers


def _quadrant(a: np.ndarray) -> np.ndarray:
    return np.floor(a / _HALF_PI).astype(np.int64)


def _sign_bit(a: np.ndarray) -> np.ndarray:
    return (a < 0.0).astype(np.int64)


def _fanuc_turn(a: np.ndarray) -> np.ndarray:
    # floor((deg + 180) / 360) with the negative side mirrored: turn 0 for (-180, 180) deg.
    t = np.floor((np.abs(a) + math.pi) / (2.0 * math.pi)).astype(np.int64)
    return np.where(a < 0.0, -t, t)


def _yaskawa_turn(a: np.ndarray) -> np.ndarray:
    return np.floor((a + math.pi) / (2.0 * math.pi)).astype(np.int64)


@dataclass(frozen=True)
class ConfigForm:
    """One vendor's configuration data: the joint fields after the three atoms.

    joint_fields: (pendant joint index, discretiser) per field.
    """

    vendor: str
    joint_fields: tuple[tuple[int, Callable[[np.ndarray], np.ndarray]], ...]


VENDOR_CONFIGS: dict[str, ConfigForm] = {
    # RAPID confdata: cf1, cf4, cf6 quadrant floor(q / 90 deg) of axes 1, 4, 6.
    "abb": ConfigForm("abb", ((0, _quadrant), (3, _quadrant), (5, _quadrant))),
    # KSS Turn: bit i set when axis i+1 < 0.
    "kuka": ConfigForm("kuka", tuple((j, _sign_bit) for j in range(6))),
    # FANUC CONFIG turn numbers of J1, J4, J6.
    "fanuc": ConfigForm("fanuc", ((0, _fanuc_turn), (3, _fanuc_turn), (5, _fanuc_turn))),
    # Yaskawa RCONF fields 4-6: R (J4), T (J6), S (J1).
    "yaskawa": ConfigForm("yaskawa", ((3, _yaskawa_turn), (5, _yaskawa_turn), (0, _yaskawa_turn))),
}


def _form(vendor: str) -> ConfigForm:
    try:
        return VENDOR_CONFIGS[vendor]
    except KeyError:
        raise ValueError(f"no configuration data for vendor {vendor!r}; one of {sorted(VENDOR_CONFIGS)}") from None


def _keys_from_atoms(form: ConfigForm, atoms: ArmAtoms, d_lin: float = 0.0, d_ang: float = 0.0,
                     d_elbow: float = 0.0) -> np.ndarray:
    cols = [
        (atoms.front_m + d_lin < 0.0).astype(np.int64),
        (atoms.elbow + d_elbow < 0.0).astype(np.int64),
        # the sign of J5 as the vendors define it; where a J5 range exceeds +-180 deg (FANUC +-190) two
        # solutions in the outer bands share the flag and the reader's tie-break (previous joints) decides
        (atoms.joints[:, 4] + d_ang < 0.0).astype(np.int64),
    ]
    cols += [disc(atoms.joints[:, j] + d_ang) for j, disc in form.joint_fields]
    return np.stack(cols, axis=1)


def config_keys(robot: RobotSpec, q: np.typing.ArrayLike, vendor: str | None = None) -> np.ndarray:
    """Canonical configuration keys int[N, 3 + k] of model joints q[N, 6]: [REAR, ELBOW_NEG, J5_NEG,
    vendor joint fields] (vendor defaults to robot.vendor)."""
    form = _form(vendor or robot.vendor)
    return _keys_from_atoms(form, arm_atoms(robot, q))


# ------------------------------------------------------------------------------------- vendor forms


def abb_confdata(keys: np.ndarray) -> np.ndarray:
    """RAPID confdata [cf1, cf4, cf6, cfx] int[N, 4] from ABB keys. cfx (RAPID manual table):
    4 * (wrist centre behind axis 1) + 2 * (wrist centre behind the lower arm) + (axis 5 negative)."""
    k = np.atleast_2d(keys)
    return np.stack([k[:, 3], k[:, 4], k[:, 5], 4 * k[:, 0] + 2 * k[:, 1] + k[:, 2]], axis=1)


def abb_keys(confdata: np.typing.ArrayLike) -> np.ndarray:
    """ABB keys int[N, 6] from confdata [N, 4]; raises ValueError when cfx is not 0..7."""
    c = np.atleast_2d(np.asarray(confdata, dtype=np.int64))
    cfx = c[:, 3]
    if np.any((cfx < 0) | (cfx > 7)):
        raise ValueError(f"cfx must be 0..7, got {cfx.tolist()}")
    return np.stack([cfx >> 2 & 1, cfx >> 1 & 1, cfx & 1, c[:, 0], c[:, 1], c[:, 2]], axis=1)


def kuka_status_turn(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """KUKA S (Status) and T (Turn) int[N] from KUKA keys.

    S bit 0: wrist point in the overhead area (behind axis 1); bit 1: A3 beyond the stretched-arm angle
    (wrist in front of the lower arm, sin(theta3 + psi3) >= 0); bit 2: A5 negative. T bit i: axis i+1 < 0.
    """
    k = np.atleast_2d(keys)
    s = k[:, 0] + 2 * (1 - k[:, 1]) + 4 * k[:, 2]
    t = np.sum(k[:, 3:9] << np.arange(6), axis=1)
    return s, t


def kuka_keys(s: np.typing.ArrayLike, t: np.typing.ArrayLike) -> np.ndarray:
    """KUKA keys int[N, 9] from S and T."""
    s = np.atleast_1d(np.asarray(s, dtype=np.int64))
    t = np.atleast_1d(np.asarray(t, dtype=np.int64))
    cols = [s & 1, 1 - (s >> 1 & 1), s >> 2 & 1] + [t >> i & 1 for i in range(6)]
    return np.stack(cols, axis=1)


def fanuc_config(keys: np.ndarray) -> list[tuple[str, str, str, int, int, int]]:
    """FANUC CONFIG fields (flip, up, front, turn J1, turn J4, turn J6) from FANUC keys.

    N/F: N when J5 < 0 (RoboDK Fanuc post: F means J5 >= 0); T/B: B when the wrist centre is behind
    axis 1; U/D: U when the elbow is above the line from J2 to the wrist centre, i.e. wrist in front of
    the lower arm for a front configuration and behind it for a rear one.
    """
    out = []
    for row in np.atleast_2d(keys).tolist():
        rear, elbow_neg, j5_neg, t1, t4, t6 = row
        out.append(("N" if j5_neg else "F", "U" if elbow_neg == rear else "D", "B" if rear else "T", t1, t4, t6))
    return out


def fanuc_config_string(fields: tuple[str, str, str, int, int, int]) -> str:
    """'N U T, 0, 0, 0' from fanuc_config fields."""
    return f"{fields[0]} {fields[1]} {fields[2]}, {fields[3]}, {fields[4]}, {fields[5]}"


def parse_fanuc_config(text: str) -> np.ndarray:
    """FANUC keys int[6] from a CONFIG string such as 'N U T, 0, 0, 0' (raises ValueError)."""
    parts = [p.strip() for p in text.split(",")]
    letters = parts[0].upper().split()
    if len(parts) != 4 or len(letters) != 3:
        raise ValueError(f"CONFIG must look like 'N U T, 0, 0, 0', got {text!r}")
    flip, up, front = letters
    if flip not in ("N", "F") or up not in ("U", "D") or front not in ("T", "B"):
        raise ValueError(f"CONFIG letters must be N|F U|D T|B, got {parts[0]!r}")
    try:
        turns = [int(p) for p in parts[1:]]
    except ValueError:
        raise ValueError(f"CONFIG turn numbers must be integers, got {parts[1:]}") from None
    rear = 1 if front == "B" else 0
    elbow_neg = rear if up == "U" else 1 - rear
    return np.array([rear, elbow_neg, 1 if flip == "N" else 0, *turns], dtype=np.int64)


def yaskawa_rconf(keys: np.ndarray) -> np.ndarray:
    """Yaskawa ///RCONF (8 fields) int[N, 8] from Yaskawa keys: [flip (B < 0), lower arm (elbow down),
    rear, turn R, turn T, turn S, 0, 0]; turns (angle + 180) // 360 as in the RoboDK Motoman post."""
    k = np.atleast_2d(keys)
    lower = (k[:, 1] != k[:, 0]).astype(np.int64)
    zeros = np.zeros(len(k), dtype=np.int64)
    return np.stack([k[:, 2], lower, k[:, 0], k[:, 3], k[:, 4], k[:, 5], zeros, zeros], axis=1)


def yaskawa_keys(rconf: np.typing.ArrayLike) -> np.ndarray:
    """Yaskawa keys int[N, 6] from RCONF rows [N, >= 6]."""
    r = np.atleast_2d(np.asarray(rconf, dtype=np.int64))
    rear = r[:, 2]
    elbow_neg = np.where(r[:, 1] == 1, 1 - rear, rear)
    return np.stack([rear, elbow_neg, r[:, 0], r[:, 3], r[:, 4], r[:, 5]], axis=1)


# ------------------------------------------------------------------------------------- selection


def match_config(form: ConfigForm, atoms: ArmAtoms, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(tolerant match of every field, number of exactly matching fields) per candidate."""
    exact = _keys_from_atoms(form, atoms) == key
    ok = exact.copy()
    for sgn in (-1.0, 1.0):
        ok |= _keys_from_atoms(form, atoms, sgn * REAR_TOL_M, sgn * ANGLE_TOL_RAD, sgn * ELBOW_TOL) == key
    return np.all(ok, axis=1), np.sum(exact, axis=1)


def candidate_score(cands: np.ndarray, ok: np.ndarray, n_exact: np.ndarray, dist: np.ndarray) -> np.ndarray:
    """Lower is better: tolerant match first, then most exactly equal fields, then distance to the
    reference joints, then axis 5 inside +-180 deg (J5 ranges beyond it give two wrist branches one flag)."""
    outer = np.abs(cands[:, 4]) > math.pi
    return np.where(ok, 0.0, 1e9) - n_exact * 1e3 + np.minimum(dist, 999.0) + 0.5 * outer


def select_by_config(
    robot: RobotSpec,
    X_BF: np.typing.ArrayLike,
    keys: np.typing.ArrayLike,
    q_ref: np.typing.ArrayLike | None = None,
    vendor: str | None = None,
) -> np.ndarray:
    """The IK solution of each flange pose X_BF[N, 4, 4] whose configuration keys equal keys[N, k].

    Every solution inside the joint limits (RobotKinematics.ik) is a candidate; a field matches when it
    matches anywhere within the rounding tolerances (ANGLE_TOL_RAD, REAR_TOL_M, ELBOW_TOL). Among
    matches the one with most exactly equal fields wins, then the one nearest q_ref[N, 6] (or [6]).
    Returns q[N, 6] (rad), NaN rows where no solution matches.
    """
    X = np.asarray(X_BF, dtype=np.float64).reshape(-1, 4, 4)
    keys = np.atleast_2d(np.asarray(keys, dtype=np.int64))
    n = X.shape[0]
    form = _form(vendor or robot.vendor)
    sols = robot.kinematics.ik(X, None if q_ref is None else np.broadcast_to(q_ref, (n, 6)))
    counts = np.array([len(s) for s in sols])
    out = np.full((n, 6), np.nan)
    if counts.sum() == 0:
        return out
    flat = np.concatenate([s for s in sols if len(s)], axis=0)
    owner = np.repeat(np.arange(n), counts)
    ok, n_exact = match_config(form, arm_atoms(robot, flat), keys[owner])
    if q_ref is not None:
        ref = np.broadcast_to(np.asarray(q_ref, dtype=np.float64), (n, 6))[owner]
        dist = np.max(np.abs(flat - ref), axis=1)
    else:
        dist = np.zeros(len(flat))
    score = candidate_score(flat, ok, n_exact, dist)
    order = np.lexsort((score, owner))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owner[order][1:] != owner[order][:-1]
    best = order[first]
    good = best[ok[best]]
    out[owner[good]] = flat[good]
    return out


def select_nearest(robot: RobotSpec, X_BF: np.typing.ArrayLike, q_ref: np.typing.ArrayLike) -> np.ndarray:
    """The IK solution of each pose X_BF[N, 4, 4] nearest (max joint difference) to q_ref[N, 6] or [6];
    NaN rows where the pose is unreachable. Used where a language has no configuration data (URScript
    movel follows the current joints)."""
    X = np.asarray(X_BF, dtype=np.float64).reshape(-1, 4, 4)
    n = X.shape[0]
    ref = np.broadcast_to(np.asarray(q_ref, dtype=np.float64), (n, 6))
    sols = robot.kinematics.ik(X, ref)
    out = np.full((n, 6), np.nan)
    for i, s in enumerate(sols):
        q = nearest_solution(s, ref[i])
        if q is not None:
            out[i] = q
    return out


