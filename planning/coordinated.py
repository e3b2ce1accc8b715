"""Coordinated motion on a tilt-rotate positioner: a closed round seam, or an open arc about the rotary axis, welded
in one pass while the positioner turns the part under the torch, so that the point being welded stays at one
place in the cell, in the welding position the procedure wants (ISO 6947 PA by default), and the robot nearly
stands.

Which seams. A closed seam that goes once round the rotary axis (is_round_seam) always: no standing positioner
welds it all round in one position. An open seam on a circle about the rotary axis (is_arc_seam: a half-round
fillet, a pipe bend's arc, an arc a user drew) when it needs it (needs_coordination): when with the positioner
standing in its best state the weld's rotation from straight up would still drift more than the procedure's
window (CoordinatedConfig.gravity_window_deg, issue 14's +-10 deg) from the procedure's somewhere along the arc;
a short arc, or one whose face turns about the vertical, is welded indexed like a straight seam.

Design. The tilt axis is held at one angle; the rotary axis (the positioner's last, turning the face plate
about its z) follows the seam: at a seam point at polar angle phi about the rotary axis (face-plate frame),
q_rot = sign (psi0 - phi), so the point sits at the same angle psi0 about the axis whatever the seam
parameter (sign: +1 when the axis turns the plate about +z, -1 about -z). The welded spot (psi0) and the
tilt are chosen on a grid: the weld face's rotation from straight up (cad.procedures.weld_rotation_deg) at the
spot nearest the procedure's (gravity_deg), then the robot's reach, then the spot nearest the torch at the
robot's home. The closed seam starts where the rotary axis has room for the full turn (its range less a
turn leaves a window for the start angle) and is welded in either direction; an open arc starts at either end,
the rotary axis following the polar angle over the arc's span only, centred in the axis's range (so a span
longer than the range is refused).

The robot follows X_BT(s) = X_BP(q(s)) X_PT(s): the planner's torch frames (planning.torch_frames) at the
procedure's nominal work and travel angles, at every spin of a grid, solved by IK at every rung; a ladder
(one vertex per IK solution and spin, edges where no joint steps more than max_joint_step_rad, cost the
summed joint steps) searched for its cheapest path, collision checks done lazily on the path found (the
static cell, the robot's self pairs, and the part and the positioner's moving links posed at that rung's
positioner angles: CollisionWorld.contacts_with) until a path is clear. Approach and retract go along the
wire axis with the positioner standing at the seam's first and last angles (an open arc's ends), air moves
from and back to home likewise; index moves turn the positioner to the start and back home with the robot at home.

The moves carry the positioner's angles (Move.ext_q) at every target; planning.timing.time_moves times the
weld run over the robot's and the positioner's axes together at the procedure's travel speed relative to
the part, under both sets of joint speed and acceleration limits.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from math import radians
from typing import Any

import numpy as np
import pybullet as pb

from cad.procedures import weld_rotation_deg
from cad.seam_geometry import unit
from cad.seam_types import Seam
from collision.env import xyzw
from collision.scene import BoxObstacle, CollisionConfig, CollisionScene, MeshObstacle
from collision.world import CollisionWorld
from kinematics.se3 import invert_X
from planning.airmove import plan_air_move
from planning.approach import linear_leg
from planning.cell import Cell
from planning.moves import Move, MoveProgram, with_blends
from planning.planner import PlanConfig, PlanResult, SeamPlan, SeamTask, weld_settings
from planning.positioner import PositionerCell
from planning.timing import time_moves
from planning.torch_frames import SeamRungs, seam_rungs, torch_frames
from robot_models.spec import RobotSpec, ToolSpec

__all__ = [
    "CoordinatedConfig",
    "CoordinatedError",
    "CoordinatedPlan",
    "CoordinatedSetup",
    "is_arc_seam",
    "is_round_seam",
    "needs_coordination",
    "part_poses",
    "plan_coordinated",
    "rotary_sign",
    "setups",
    "standing_drift_deg",
]


class CoordinatedError(ValueError):
    """A seam or positioner that coordinated motion cannot weld; the message says why."""


@dataclass(frozen=True)
class CoordinatedConfig:
    """gravity_deg: the weld face's rotation from straight up the procedure wants (ISO 6947 Figure 1: 0 PA,
    45 PB); tilt_step_rad / spot_step_rad: grids of the tilt angle and of the welded spot's angle about the
    rotary axis; setups: how many of the best setups are planned before giving up; max_joint_step_rad:
    largest robot joint step between rungs; lazy_rounds: path searches with collision checks between;
    air_max_checks: budget of an air move (planning.airmove); gravity_window_deg: how far from gravity_deg the
    weld may turn, the threshold above which an open arc is welded coordinated (needs_coordination);
    standing_step_rad: grid step of the positioner states in which a standing positioner is tried for it."""

    gravity_deg: float = 0.0
    # issue 14's acceptance: the weld within +-10 deg of the procedure's rotation from straight up (ISO 6947
    # Figure 1); an open arc that a standing positioner holds within it needs no coordinated pass
    gravity_window_deg: float = 10.0
    standing_step_rad: float = radians(2.5)
    tilt_step_rad: float = radians(5.0)
    spot_step_rad: float = radians(10.0)
    setups: int = 6
    max_joint_step_rad: float = radians(10.0)
    lazy_rounds: int = 60
    air_max_checks: int = 4000


@dataclass(frozen=True, eq=False)
class CoordinatedSetup:
    """One way to weld the seam: tilt (rad), the spot's angle psi0 (rad), reverse (welded against the seam's
    direction), seam (the seam as welded: directed and started where the rotary axis has room), rungs, ext_q
    [R, 2] per rung, gravity_deg[K] the weld face's rotation from straight up at K sampled rungs, reach (share of
    sampled rungs the robot reaches), spot_B[3] where the welding happens in the robot base frame."""

    tilt: float
    psi0: float
    reverse: bool
    seam: Seam
    rungs: SeamRungs
    ext_q: np.ndarray
    gravity_deg: np.ndarray
    reach: float = 0.0
    spot_B: np.ndarray = field(default_factory=lambda: np.zeros(3))  # noqa: N815 (Drake-style frame name)


@dataclass(frozen=True, eq=False)
class CoordinatedPlan:
    """The seam welded in one coordinated pass: result (program with ext_q on every move, timed with both
    sets of limits; cell: the part at the positioner's start angles), setup (what was chosen), q[R, 6] and
    ext_q[R, 2] at the rungs; gravity_deg[R] and slope_deg[R]: the weld's rotation from straight up and its
    axis's rise at every rung (cad.procedures.weld_rotation_deg; the planner's own figures); stats."""

    positioner: PositionerCell
    setup: CoordinatedSetup
    q: np.ndarray
    result: PlanResult
    gravity_deg: np.ndarray
    slope_deg: np.ndarray
    stats: dict[str, float] = field(default_factory=dict)

    @property
    def ext_q(self) -> np.ndarray:
        return self.setup.ext_q


def is_round_seam(seam: Seam, pcell: PositionerCell) -> bool:
    """A closed seam without skipped gaps that goes once round the positioner's rotary axis (its polar angle
    about the axis sweeps a full turn): what coordinated motion welds."""
    if not seam.closed or seam.skipped_segments:
        return False
    try:
        phi = _polar(seam.points, pcell)
    except CoordinatedError:
        return False
    return bool(abs(_sweep(phi)) > 1.9 * np.pi)


# How far (share of its radius) an open seam's points may stray from one circle about the rotary axis and still be
# an arc about it: the seam detector's chord error (1e-4 m) on a 5 mm radius is 2 %. Further out, following its
# polar angle with the rotary axis no longer holds the weld's position (the face turns relative to the axis).
ARC_TOL_SHARE = 0.02


def is_arc_seam(seam: Seam, pcell: PositionerCell) -> bool:
    """An open seam without skipped gaps on one circle about the positioner's rotary axis (its points at one
    distance from the axis and one height along it, within ARC_TOL_SHARE of that distance), its polar angle
    turning one way and less than a turn: what coordinated motion welds with the rotary axis following the arc's
    span (needs_coordination says when it should)."""
    if seam.closed or seam.skipped_segments or len(seam.points) < 2:
        return False
    p_F = _in_face_plate(seam.points, pcell)
    radius = np.hypot(p_F[:, 0], p_F[:, 1])
    r = float(np.mean(radius))
    if r < 1e-4 or np.ptp(radius) > ARC_TOL_SHARE * r or np.ptp(p_F[:, 2]) > ARC_TOL_SHARE * r:
        return False
    steps = np.diff(np.unwrap(np.arctan2(p_F[:, 1], p_F[:, 0])))
    span = float(np.sum(steps))
    return bool(np.all(steps * np.sign(span) > 0.0) and 0.0 < abs(span) < 2 * np.pi)


def standing_drift_deg(seam: Seam, pcell: PositionerCell, coord: CoordinatedConfig = CoordinatedConfig()) -> float:
    """How far the weld's rotation from straight up strays from coord.gravity_deg somewhere along the seam with
    the positioner standing in the state (grid of coord.standing_step_rad over both axes) that keeps it nearest:
    the largest deviation over the seam's points, in deg (an upper bound of the best state's, by the grid)."""
    spec = pcell.spec
    step = coord.standing_step_rad
    (t_lo, t_hi), (r_lo, r_hi) = spec.joint_limits
    tilts = np.arange(np.ceil(t_lo / step), np.floor(t_hi / step) + 1) * step
    # the rotary axis turns the part about its own z: a turn covers every state it can stand in
    rots = np.arange(0.0, 2 * np.pi - 1e-9, step) if r_hi - r_lo >= 2 * np.pi else np.arange(r_lo, r_hi + 1e-9, step)
    ext = np.stack(np.meshgrid(tilts, rots, indexing="ij"), axis=-1).reshape(-1, 2)
    R = part_poses(pcell, ext)[:, :3, :3]
    axis = np.einsum("kij,mj->kmi", R, seam.tangents).reshape(-1, 3)
    face = np.einsum("kij,mj->kmi", R, seam.bisectors).reshape(-1, 3)
    g = weld_rotation_deg(axis, face)[0].reshape(len(ext), len(seam.points))
    return float(np.min(np.max(np.abs(g - coord.gravity_deg), axis=1)))


def needs_coordination(seam: Seam, pcell: PositionerCell, coord: CoordinatedConfig = CoordinatedConfig()) -> bool:
    """Whether to weld the seam in one coordinated pass: a round seam always, an open arc about the rotary axis when
    a standing positioner lets its weld drift more than coord.gravity_window_deg from coord.gravity_deg."""
    if is_round_seam(seam, pcell):
        return True
    if not is_arc_seam(seam, pcell):
        return False
    return standing_drift_deg(seam, pcell, coord) > coord.gravity_window_deg


@functools.lru_cache(maxsize=64)
def rotary_sign(pcell: PositionerCell) -> float:
    """+1 when the positioner's last axis turns the face plate about its +z, -1 about -z; CoordinatedError
    when it is no such axis (a 2-axis tilt-rotate positioner's rotary axis is)."""
    spec = pcell.spec
    if spec.dof != 2:
        raise CoordinatedError(f"positioner '{spec.id}': coordinated motion needs a 2-axis tilt-rotate positioner")
    q0 = spec.home.astype(float).copy()
    q1 = q0.copy()
    q1[-1] += 0.1
    X = invert_X(spec.face_plate(q0)) @ spec.face_plate(q1)
    angle = float(np.arctan2(X[1, 0], X[0, 0]))
    if np.linalg.norm(X[:3, 3]) > 1e-9 or abs(X[2, 2] - 1.0) > 1e-9 or abs(abs(angle) - 0.1) > 1e-9:
        raise CoordinatedError(f"positioner '{spec.id}': its last axis does not turn the face plate about its z")
    return float(np.sign(angle))


def _in_face_plate(points_P: np.ndarray, pcell: PositionerCell) -> np.ndarray:
    return (pcell.X_FP[:3, :3] @ np.asarray(points_P, dtype=float).T).T + pcell.X_FP[:3, 3]


def _polar(points_P: np.ndarray, pcell: PositionerCell) -> np.ndarray:
    p_F = _in_face_plate(points_P, pcell)
    if np.min(np.hypot(p_F[:, 0], p_F[:, 1])) < 1e-4:
        raise CoordinatedError("a seam point lies on the rotary axis")
    return np.arctan2(p_F[:, 1], p_F[:, 0])


def _sweep(phi: np.ndarray) -> float:
    closed = np.concatenate([phi, phi[:1]])
    return float(np.sum(np.angle(np.exp(1j * np.diff(closed)))))


def _rolled(seam: Seam, start: int) -> Seam:
    """The closed seam starting at its point start (same loop)."""
    roll = -int(start)
    return replace(
        seam,
        points=np.roll(seam.points, roll, axis=0),
        tangents=np.roll(seam.tangents, roll, axis=0),
        normals_a=np.roll(seam.normals_a, roll, axis=0),
        normals_b=np.roll(seam.normals_b, roll, axis=0),
        point_accessible=np.roll(np.asarray(seam.point_accessible), roll, axis=0),
    )


def _schedule(
    seam: Seam, pcell: PositionerCell, psi0: float, sign: float, spacing_m: float
) -> tuple[Seam, SeamRungs, np.ndarray] | None:
    """(seam as welded, its rungs, q_rot[R]) keeping every point at angle psi0 about the rotary axis; None when the
    axis's range has no room. A closed seam is started where the full turn fits; an open arc keeps its ends, its
    span centred in the range."""
    lo, hi = pcell.spec.joint_limits[-1]
    if seam.closed:
        phi = _polar(seam.points, pcell)
        direction = np.sign(_sweep(phi))
        # q_rot falls by sign * direction * 2 pi over the seam: the start must leave that much room
        falling = sign * direction > 0
        w_lo, w_hi = (lo + 2 * np.pi, hi) if falling else (lo, hi - 2 * np.pi)
        if w_lo > w_hi + 1e-12:
            return None
        centre = 0.5 * (w_lo + w_hi)
        q = sign * (psi0 - phi)
        q = q + 2 * np.pi * np.round((centre - q) / (2 * np.pi))
        start = int(np.argmin(np.abs(q - centre)))
        if not (w_lo - 1e-9 <= q[start] <= w_hi + 1e-9):
            return None
        welded, q0 = _rolled(seam, start), float(q[start])
    else:
        welded, q0 = seam, sign * (psi0 - float(_polar(seam.points[:1], pcell)[0]))
    rungs = seam_rungs(welded, spacing_m)
    phi_r = np.unwrap(_polar(rungs.points, pcell))
    q_rot = q0 - sign * (phi_r - phi_r[0])
    if not seam.closed:
        # the same spot a whole number of turns on: the one whose span sits in the middle of the range
        q_rot = q_rot + 2 * np.pi * np.round((0.5 * (lo + hi) - 0.5 * (q_rot.min() + q_rot.max())) / (2 * np.pi))
    if np.any(q_rot < lo - 1e-9) or np.any(q_rot > hi + 1e-9):
        return None
    return welded, rungs, np.clip(q_rot, lo, hi)


def part_poses(pcell: PositionerCell, ext: np.ndarray) -> np.ndarray:
    """X_BP[K, 4, 4] at positioner angles ext[K, 2]: as PositionerCell.X_BP, with the positioner's forward
    kinematics done once per tilt angle. The rotary axis turns the face plate about its own z (rotary_sign
    checks it), so X_PosF(tilt, rot) = X_PosF(tilt, 0) Rz(sign rot)."""
    sign = rotary_sign(pcell)
    ext = np.asarray(ext, dtype=float)
    out = np.empty((len(ext), 4, 4))
    for tilt in np.unique(ext[:, 0]):
        k = np.flatnonzero(ext[:, 0] == tilt)
        A = _tilted(pcell, float(tilt))
        c, s = np.cos(sign * ext[k, 1]), np.sin(sign * ext[k, 1])
        Rz = np.zeros((len(k), 4, 4))
        Rz[:, 0, 0], Rz[:, 0, 1], Rz[:, 1, 0], Rz[:, 1, 1] = c, -s, s, c
        Rz[:, 2, 2] = Rz[:, 3, 3] = 1.0
        out[k] = A @ Rz @ pcell.X_FP
    return out


@functools.lru_cache(maxsize=4096)
def _tilted(pcell: PositionerCell, tilt: float) -> np.ndarray:
    """X_BF with the tilt axis at tilt and the rotary at 0 (the setup search asks for each tilt many times)."""
    return pcell.X_BPos @ pcell.spec.face_plate(np.array([tilt, 0.0]))


def _angles(rungs: SeamRungs, pcell: PositionerCell, ext: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    R = part_poses(pcell, ext[idx])[:, :3, :3]
    axis = np.einsum("kij,kj->ki", R, rungs.tangents[idx])
    face = np.einsum("kij,kj->ki", R, unit(rungs.normals_a[idx] + rungs.normals_b[idx]))
    return weld_rotation_deg(axis, face)


def _gravity(rungs: SeamRungs, pcell: PositionerCell, ext: np.ndarray, idx: np.ndarray) -> np.ndarray:
    return _angles(rungs, pcell, ext, idx)[0]


def setups(
    task: SeamTask,
    robot: RobotSpec,
    tool: ToolSpec,
    pcell: PositionerCell,
    spacing_m: float,
    coord: CoordinatedConfig = CoordinatedConfig(),
    samples: int = 8,
) -> list[CoordinatedSetup]:
    """The ways to weld a round seam or an open arc about the rotary axis in one coordinated pass, best first (see
    the module docstring)."""
    seam = task.seam
    if not (is_round_seam(seam, pcell) or is_arc_seam(seam, pcell)):
        raise CoordinatedError(
            f"{task.seam_id}: coordinated motion welds closed seams that go round the positioner's rotary axis "
            "and open arcs about it"
        )
    sign = rotary_sign(pcell)
    spec = pcell.spec
    lo, hi = spec.joint_limits[0]
    tilts = np.arange(np.ceil(lo / coord.tilt_step_rad), np.floor(hi / coord.tilt_step_rad) + 1) * coord.tilt_step_rad
    spins = np.arange(0.0, 2 * np.pi, radians(30.0))
    X_TF = invert_X(tool.X_FT)
    home_tcp = (robot.kinematics.fk(robot.home[None])[0] @ tool.X_FT)[:3, 3]
    proc = task.procedure
    rough: list[tuple[float, CoordinatedSetup]] = []
    for reverse in (False, True):
        directed = seam.reversed() if reverse else seam
        for psi0 in np.arange(0.0, 2 * np.pi - 1e-9, coord.spot_step_rad):
            sched = _schedule(directed, pcell, float(psi0), sign, spacing_m)
            if sched is None:
                continue
            welded, rungs, q_rot = sched
            idx = np.unique(np.linspace(0, rungs.count - 1, samples).round().astype(int))
            for tilt in tilts:
                ext = np.column_stack([np.full(rungs.count, tilt), q_rot])
                g = _gravity(rungs, pcell, ext, idx)
                dev = float(np.max(np.abs(g - coord.gravity_deg)))
                rough.append((dev, CoordinatedSetup(float(tilt), float(psi0), reverse, welded, rungs, ext, g)))
    if not rough:
        span = "a full turn" if seam.closed else "the arc's span"
        raise CoordinatedError(f"positioner '{spec.id}': its rotary axis has no room for {span}")
    best = min(d for d, _ in rough)
    # within a few degrees of the best position: the robot's reach decides (then the spot nearest home)
    near = [s for d, s in rough if d <= best + 3.0]
    out = []
    for s in near:
        idx = np.unique(np.linspace(0, s.rungs.count - 1, samples).round().astype(int))
        X_PT = torch_frames(s.rungs, proc.work_angle_rad, proc.travel_angle_rad, spins)[idx]
        X_BP = part_poses(pcell, s.ext_q[idx])
        ok = robot.kinematics.reachable((X_BP[:, None] @ X_PT @ X_TF).reshape(-1, 4, 4)).reshape(len(idx), -1)
        spot = (X_BP[0] @ np.append(s.rungs.points[0], 1.0))[:3]
        out.append(replace(s, reach=float(ok.any(axis=1).mean()), spot_B=spot))
    dev_of = {id(s): float(np.max(np.abs(s.gravity_deg - coord.gravity_deg))) for s in out}
    out.sort(key=lambda s: (-s.reach, round(dev_of[id(s)], 1), float(np.linalg.norm(s.spot_B - home_tcp))))
    return out


class _MovingCell:
    """Collision checks of the robot in a cell whose part and positioner links move: a CollisionWorld of the
    robot, torch, cell obstacles and the positioner's fixed links, plus the part bodies (convex hulls) and the
    positioner's moving links as PyBullet bodies of that world's client, posed at given positioner angles."""

    def __init__(
        self,
        part_meshes: Sequence[Any],
        robot: RobotSpec,
        tool: ToolSpec,
        pcell: PositionerCell,
        obstacles: Sequence[BoxObstacle | MeshObstacle],
        contact_radius_m: float,
        seam_bodies: Sequence[int],
        cache_dir: Any = None,
    ) -> None:
        spec = pcell.spec
        self.pcell = pcell
        q_other = np.clip(spec.home + 0.5, spec.joint_limits[:, 0], spec.joint_limits[:, 1])
        fixed: list[BoxObstacle | MeshObstacle] = []
        self.moving: list[int] = []  # indices into spec.shapes of the shapes that move with the axes
        pairs = zip(spec.shapes(spec.home), spec.shapes(q_other), pcell.obstacles(spec.home), strict=True)
        for k, (a, b, ob) in enumerate(pairs):
            if np.allclose(a.X_PosG, b.X_PosG, atol=1e-12):
                fixed.append(ob)
            else:
                self.moving.append(k)
        statics = (*obstacles, *fixed)
        scene = CollisionScene(
            robot=robot,
            tool=tool,
            part_meshes=(),
            X_WP=np.eye(4),
            box_obstacles=tuple(o for o in statics if isinstance(o, BoxObstacle)),
            mesh_obstacles=tuple(o for o in statics if isinstance(o, MeshObstacle)),
        )
        self.world = CollisionWorld(scene, CollisionConfig(), cache_dir=cache_dir)
        cid = self.world.client_id
        self.part_uids = []
        for mesh in part_meshes:
            hull = mesh.convex_hull
            shape = pb.createCollisionShape(
                pb.GEOM_MESH, vertices=np.asarray(hull.vertices).tolist(), physicsClientId=cid
            )
            self.part_uids.append(pb.createMultiBody(0, shape, physicsClientId=cid))
        self.link_uids = []
        for k in self.moving:
            g = spec.shapes(spec.home)[k].geometry
            if g.kind == "box":
                shape = pb.createCollisionShape(
                    pb.GEOM_BOX, halfExtents=(np.asarray(g.size) / 2).tolist(), physicsClientId=cid
                )
            elif g.kind == "cylinder":
                shape = pb.createCollisionShape(pb.GEOM_CYLINDER, radius=g.radius, height=g.length, physicsClientId=cid)
            else:
                shape = pb.createCollisionShape(pb.GEOM_SPHERE, radius=g.radius, physicsClientId=cid)
            self.link_uids.append(pb.createMultiBody(0, shape, physicsClientId=cid))
        self.allowed_uids = {self.part_uids[i] for i in seam_bodies}
        self.radius = contact_radius_m
        self.posed: bytes = b""
        self.checks = 0

    def close(self) -> None:
        self.world.close()

    def pose(self, ext: np.ndarray) -> np.ndarray:
        """Put the part and the moving links at positioner angles ext; returns X_BP."""
        key = np.asarray(ext, dtype=float).tobytes()
        X_BP = self.pcell.X_BP(ext)
        if key == self.posed:
            return X_BP
        cid = self.world.client_id
        for uid in self.part_uids:
            pb.resetBasePositionAndOrientation(uid, X_BP[:3, 3].tolist(), xyzw(X_BP[:3, :3]), physicsClientId=cid)
        shapes = self.pcell.spec.shapes(ext)
        for k, uid in zip(self.moving, self.link_uids, strict=True):
            X = self.pcell.X_BPos @ shapes[k].X_PosG
            pb.resetBasePositionAndOrientation(uid, X[:3, 3].tolist(), xyzw(X[:3, :3]), physicsClientId=cid)
        self.posed = key
        return X_BP

    def valid(self, q: np.ndarray, ext: np.ndarray, point_P: np.ndarray | None = None) -> bool:
        """Robot at q[6], positioner at ext: clear of everything, but for the nozzle touching the seam's bodies
        within the contact radius of the seam point point_P (part frame) while the arc burns."""
        self.checks += 1
        if not bool(self.world.valid(np.asarray(q)[None])[0]):
            return False
        X_BP = self.pose(ext)
        point_B = None if point_P is None else X_BP[:3, :3] @ point_P + X_BP[:3, 3]
        tip = self.world.tip_link
        for link, uid, pt in self.world.contacts_with(q, [*self.part_uids, *self.link_uids]):
            excused = point_B is not None and link == tip and uid in self.allowed_uids
            if not (excused and float(np.linalg.norm(pt - point_B)) <= self.radius):
                return False
        return True


def _ladder(
    setup: CoordinatedSetup,
    task: SeamTask,
    robot: RobotSpec,
    tool: ToolSpec,
    pcell: PositionerCell,
    cell: _MovingCell,
    config: PlanConfig,
    coord: CoordinatedConfig,
) -> tuple[np.ndarray, np.ndarray] | None:
    """(q[R, 6], X_PT[R, 4, 4]) of a clear path along the rungs, or None."""
    rungs, ext = setup.rungs, setup.ext_q
    R = rungs.count
    proc = task.procedure
    spins = np.arange(0.0, 2 * np.pi, config.spin_step_rad)
    X_PT = torch_frames(rungs, proc.work_angle_rad, proc.travel_angle_rad, spins)
    X_BP = part_poses(pcell, ext)
    sols = robot.kinematics.ik((X_BP[:, None] @ X_PT @ invert_X(tool.X_FT)).reshape(-1, 4, 4))
    qs, spin_of = [], []
    for r in range(R):
        per = [sols[r * len(spins) + k] for k in range(len(spins))]
        qs.append(np.concatenate(per) if per else np.zeros((0, 6)))
        spin_of.append(np.concatenate([np.full(len(p), k) for k, p in enumerate(per)]).astype(int))
    if any(len(q) == 0 for q in qs):
        return None
    state: list[np.ndarray] = [np.zeros(len(q), dtype=np.int8) for q in qs]  # 0 unknown, 1 clear, -1 blocked
    bad_edges: set[tuple[int, int, int]] = set()
    cap = coord.max_joint_step_rad
    for _ in range(coord.lazy_rounds):
        cost = np.where(state[0] < 0, np.inf, np.max(np.abs(qs[0] - robot.home), axis=1))
        back = []
        for r in range(1, R):
            step = np.abs(qs[r][None] - qs[r - 1][:, None])  # [a, b, 6]
            c = cost[:, None] + step.sum(axis=2)
            c[step.max(axis=2) > cap] = np.inf
            c[:, state[r] < 0] = np.inf
            for a, r_, b in bad_edges:
                if r_ == r:
                    c[a, b] = np.inf
            arg = np.argmin(c, axis=0)
            cost = c[arg, np.arange(len(arg))]
            back.append(arg)
        if not np.isfinite(cost).any():
            return None
        path = [int(np.argmin(cost))]
        for arg in reversed(back):
            path.append(int(arg[path[-1]]))
        path.reverse()
        clear = True
        for r, v in enumerate(path):
            if state[r][v] == 0:
                state[r][v] = 1 if cell.valid(qs[r][v], ext[r], rungs.points[r]) else -1
            if state[r][v] < 0:
                clear = False
        if not clear:
            continue
        for r in range(1, R):
            a, b = path[r - 1], path[r]
            mid_q = 0.5 * (qs[r - 1][a] + qs[r][b])
            mid_p = 0.5 * (rungs.points[r - 1] + rungs.points[r])
            if not cell.valid(mid_q, 0.5 * (ext[r - 1] + ext[r]), mid_p):
                bad_edges.add((a, r, b))
                clear = False
        if clear:
            q = np.stack([qs[r][v] for r, v in enumerate(path)])
            X = np.stack([X_PT[r, spin_of[r][v]] for r, v in enumerate(path)])
            return q, X
    return None


def _air(
    cell: _MovingCell, robot: RobotSpec, ext: np.ndarray, q0: np.ndarray, q1: np.ndarray, coord: CoordinatedConfig
) -> list[np.ndarray] | None:
    def state_valid(q: np.ndarray) -> bool:
        return cell.valid(q, ext)

    def segment_free(a: np.ndarray, b: np.ndarray) -> bool:
        n = max(1, int(np.ceil(float(np.max(np.abs(b - a))) / radians(1.0))))
        return all(state_valid(a + f * (b - a)) for f in np.linspace(0.0, 1.0, n + 1)[1:])

    result = plan_air_move(
        q0, q1, segment_free, state_valid, robot.joint_limits, via_toward=robot.home, max_checks=coord.air_max_checks
    )
    return None if result.waypoints is None else list(result.waypoints)


def plan_coordinated(
    part_meshes: Sequence[Any],
    task: SeamTask,
    robot: RobotSpec,
    tool: ToolSpec,
    pcell: PositionerCell,
    config: PlanConfig = PlanConfig(),
    coord: CoordinatedConfig = CoordinatedConfig(),
    obstacles: Sequence[BoxObstacle | MeshObstacle] = (),
) -> CoordinatedPlan:
    """Weld one round seam or open arc of a part on a tilt-rotate positioner in one coordinated pass (module
    docstring).
    CoordinatedError when the seam or positioner does not allow it or no setup tried is clear of collisions."""
    t0 = time.perf_counter()
    spec = pcell.spec
    candidates = setups(task, robot, tool, pcell, config.rung_spacing_m, coord)
    t_setup = time.perf_counter()
    cell = _MovingCell(
        part_meshes, robot, tool, pcell, obstacles, config.contact_radius_m, task.seam.all_bodies, config.cache_dir
    )
    try:
        if not cell.valid(robot.home, spec.home):
            raise CoordinatedError("the robot's home pose collides with the cell")
        tried = 0
        for setup in candidates[: coord.setups]:
            tried += 1
            found = _ladder(setup, task, robot, tool, pcell, cell, config, coord)
            if found is None:
                continue
            q, X_PT = found
            moves = _moves(setup, task, robot, tool, pcell, cell, config, coord, q, X_PT)
            if moves is None:
                continue
            break
        else:
            raise CoordinatedError(
                f"{task.seam_id}: none of the {tried} best coordinated setups is reachable and clear of collisions"
            )
        checks = cell.checks
    finally:
        cell.close()
    t_path = time.perf_counter()
    ext0 = setup.ext_q[0]
    X_BP0 = pcell.X_BP(ext0)
    # the blends a program states (as planning.planner's plans): timed as the controller programs run it
    program = with_blends(MoveProgram(robot.id, tool.id, X_BP0, tool.X_FT, moves, positioner_id=spec.id))
    timeline = time_moves(program, robot.max_speed, robot.max_accel, ext_v_max=spec.max_speed, ext_a_max=spec.max_accel)
    plan = SeamPlan(
        task.seam_id, "planned", 1.0, None, reversed=setup.reverse, order=0, pieces=[(0, setup.rungs.count - 1)]
    )
    for run in timeline.linear_runs:
        if run.role == "weld" and not run.speed_held:
            plan.speed_held = False
            plan.min_speed_m_s = run.min_speed_m_s
    stats = {
        "setups_s": t_setup - t0,
        "path_s": t_path - t_setup,
        "timing_s": time.perf_counter() - t_path,
        "total_s": time.perf_counter() - t0,
        "setups_tried": float(tried),
        "collision_checks": float(checks),
    }
    cell_at_start = Cell(X_BP0, None, tuple(obstacles) + pcell.obstacles(ext0), placement="given")
    result = PlanResult(program, timeline, [plan], cell_at_start, None, dict(stats))
    gravity, slope = _angles(setup.rungs, pcell, setup.ext_q, np.arange(setup.rungs.count))
    return CoordinatedPlan(pcell, setup, q, result, gravity, slope, stats)


def _moves(
    setup: CoordinatedSetup,
    task: SeamTask,
    robot: RobotSpec,
    tool: ToolSpec,
    pcell: PositionerCell,
    cell: _MovingCell,
    config: PlanConfig,
    coord: CoordinatedConfig,
    q: np.ndarray,
    X_PT: np.ndarray,
) -> list[Move] | None:
    """Home, index to the start angles, air move, approach, the coordinated weld, retract, air move home,
    index home; None when a leg or an air move is blocked."""
    spec = pcell.spec
    ext = setup.ext_q
    rungs = setup.rungs
    legs = []
    for r in (0, rungs.count - 1):
        X_BP = pcell.X_BP(ext[r])

        def valid(qs: np.ndarray, r: int = r) -> np.ndarray:
            return np.array([cell.valid(qq, ext[r], rungs.points[r]) for qq in qs])

        leg = linear_leg(robot, tool, X_BP, q[r], X_PT[r], config.approach_m, valid)
        if leg is None:
            return None
        legs.append(leg)
    approach, retract = legs
    air_in = _air(cell, robot, ext[0], robot.home, approach.q[-1], coord)
    air_out = _air(cell, robot, ext[-1], retract.q[-1], robot.home, coord)
    if air_in is None or air_out is None:
        return None
    X_home = invert_X(pcell.X_BP(spec.home)) @ robot.kinematics.fk(robot.home[None])[0] @ tool.X_FT
    moves = [Move("joint", robot.home, X_home, role="home", ext_q=spec.home.copy())]

    def fk_PT(qq: np.ndarray, e: np.ndarray) -> np.ndarray:
        return invert_X(pcell.X_BP(e)) @ robot.kinematics.fk(np.asarray(qq)[None])[0] @ tool.X_FT

    def index_to(e: np.ndarray) -> None:
        last = moves[-1]
        if np.any(np.abs(e - last.ext_q) > 1e-12):
            moves.append(
                replace(
                    last,
                    kind="joint",
                    role="index",
                    name="",
                    X_PT=fk_PT(last.q, e),
                    ext_q=e.copy(),
                    speed_m_s=None,
                    arc=False,
                    seam_id=None,
                    weld=None,
                )
            )

    index_to(ext[0])
    for qq in air_in[1:]:
        moves.append(Move("joint", qq, fk_PT(qq, ext[0]), role="air", ext_q=ext[0].copy()))
    for qq, X in zip(approach.q[::-1][1:], approach.X_PT[::-1][1:], strict=True):
        moves.append(
            Move(
                "linear",
                qq,
                X,
                speed_m_s=config.approach_speed_m_s,
                seam_id=task.seam_id,
                role="approach",
                ext_q=ext[0].copy(),
            )
        )
    weld = weld_settings(task.procedure)
    for r in range(1, rungs.count):
        moves.append(
            Move(
                "linear",
                q[r],
                X_PT[r],
                speed_m_s=weld.travel_speed_m_s,
                arc=True,
                seam_id=task.seam_id,
                weld=weld,
                role="weld",
                ext_q=ext[r].copy(),
            )
        )
    for qq, X in zip(retract.q[1:], retract.X_PT[1:], strict=True):
        moves.append(
            Move(
                "linear",
                qq,
                X,
                speed_m_s=config.approach_speed_m_s,
                seam_id=task.seam_id,
                role="retract",
                ext_q=ext[-1].copy(),
            )
        )
    for qq in air_out[1:]:
        moves.append(Move("joint", qq, fk_PT(qq, ext[-1]), role="air", ext_q=ext[-1].copy()))
    index_to(spec.home.copy())
    return moves
