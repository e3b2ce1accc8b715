"""Indexed welding on a positioner: choose a few positioner states so that each seam is welded flat (ISO 6947
PA/PB) where the robot reaches it, weld each state's seams with the ordinary planner, and join the groups with
index moves timed from the positioner's speeds and checked for collisions.

How states are chosen: every state of a grid over the positioner's axes is scored per seam as
reach x (FLOOR + (1 - FLOOR) x flat), reach being the share of sampled seam points where some torch spin has
an in-limit IK solution and keeps the torch clear of the part and the face plate, and flat the PA/PB score of
planning.positioner.flat_score.
A greedy set cover then adds the state that raises the summed, length-weighted best score most, until a further
state (one more index move) would add less than min_gain_share of the total seam length. Each seam is welded in
the chosen state where it scores best; a seam the planner welds only partly there, with some of what is left
not welded for a reason another state could change (not no_torch_angle: the torch against the part alone is the
same in every state), is tried in its next best grid states and the better result kept.
Index moves are checked for collisions with the robot at home state by state only where a sphere bounding all
the positioner can sweep touches the robot (sweep_clear).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import trimesh

from cad.procedures import positions_from_angles, welding_position
from collision.scene import AllowedContact, BoxObstacle, CollisionConfig, CollisionScene, MeshObstacle
from collision.torch_probe import PartTorchWorld
from collision.world import CollisionWorld
from kinematics.se3 import invert_X
from planning.cell import Cell
from planning.coordinated import (
    CoordinatedConfig,
    CoordinatedError,
    CoordinatedPlan,
    needs_coordination,
    plan_coordinated,
    rotary_sign,
)
from planning.moves import MoveProgram
from planning.planner import PlanConfig, PlanResult, SeamTask, plan_weld
from planning.positioner import (
    PositionerCell,
    face_plate_meshes_P,
    flat_score,
    geometry_mesh,
    gravity_angles_deg,
    index_duration_s,
)
from planning.timing import time_moves
from planning.torch_access import DEFAULT_CONTACT_RADIUS_M
from planning.torch_frames import seam_rungs, torch_frames
from robot_models.spec import RobotSpec, ToolSpec

__all__ = [
    "IndexConfig",
    "IndexGroup",
    "IndexMove",
    "IndexedPlan",
    "SeamPositioning",
    "choose_states",
    "merged_result",
    "plan_indexed",
    "score_states",
    "sweep_clear",
    "state_grid",
]

ProgressFn = Callable[[float, str], None]


@dataclass(frozen=True)
class IndexConfig:
    """step_rad: grid step on every revolute axis (a full-turn axis gets 0, step, ... up to a turn); floor: the
    score a reachable seam keeps in the worst position (reach counts more than position); min_gain_share:
    a further state must add this share of the total seam length to the summed score; max_states: at most
    this many states; index_check_step_rad: largest positioner step between collision checks of an index
    move; retries: rounds of re-planning a partly welded seam in its next best state not tried yet."""

    step_rad: float = np.radians(45.0)
    floor: float = 0.2
    min_gain_share: float = 0.1
    max_states: int = 6
    index_check_step_rad: float = np.radians(10.0)
    retry_partial: bool = True
    retries: int = 2
    # closed round seams on a 2-axis tilt-rotate positioner, and open arcs about its rotary axis that a standing
    # positioner cannot hold in position (planning.coordinated.needs_coordination): welded in one coordinated pass
    # (planning.coordinated) instead of in a fixed state; False welds them indexed like every other seam
    coordinated: bool = True
    # how a coordinated pass is set up (its gravity_deg: the weld position it holds)
    coord: CoordinatedConfig = CoordinatedConfig()


@dataclass(frozen=True, eq=False)
class IndexMove:
    """The positioner moving q_from[n] -> q_to[n] with the robot standing at home: duration_s at the
    positioner's speeds; contacts: what collided at the checked states between (empty: collision free)."""

    q_from: np.ndarray
    q_to: np.ndarray
    duration_s: float
    contacts: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class IndexGroup:
    """The seams welded with the positioner standing at q[n] (part at X_BP), and their plan."""

    q: np.ndarray
    X_BP: np.ndarray
    seam_ids: tuple[str, ...]
    result: PlanResult


@dataclass(frozen=True)
class SeamPositioning:
    """One seam before (positioner at home) and after positioning (the state it was welded in): ISO 6947 main
    position, share of its length in PA/PB, mean angle of the weld face from straight up (deg); coverage:
    welded share of its length; group: index into IndexedPlan.groups (None: not welded, or coordinated);
    coordinated: welded in one coordinated pass (IndexedPlan.coordinated), "after" then over its points."""

    seam_id: str
    position_before: str
    position_after: str
    flat_share_before: float
    flat_share_after: float
    gravity_before_deg: float
    gravity_after_deg: float
    coverage: float
    group: int | None
    coordinated: bool = False


@dataclass(frozen=True, eq=False)
class IndexedPlan:
    """groups in welding order, index_moves[i] leading into groups[i] (the first from the positioner's home;
    a last one back home); seams in task order; cycle_time_s: the groups' cycle times plus the index moves
    plus the coordinated passes'."""

    positioner: PositionerCell
    groups: list[IndexGroup]
    index_moves: list[IndexMove]
    seams: list[SeamPositioning]
    stats: dict[str, float] = field(default_factory=dict)
    # round seams and open arcs welded in one coordinated pass each, after the groups (each home to home, index
    # moves included)
    coordinated: list[CoordinatedPlan] = field(default_factory=list)

    @property
    def index_time_s(self) -> float:
        return float(sum(m.duration_s for m in self.index_moves))

    @property
    def cycle_time_s(self) -> float:
        coordinated = sum(c.result.timeline.cycle_time_s for c in self.coordinated)
        return float(sum(g.result.timeline.cycle_time_s for g in self.groups)) + self.index_time_s + coordinated

    def flat_share(self, tasks: Sequence[SeamTask], after: bool = True) -> float:
        """Length-weighted share of the seams welded in PA or PB (after positioning, or before it)."""
        length = {t.seam_id: t.seam.length for t in tasks}
        total = sum(length.values())
        key = "flat_share_after" if after else "flat_share_before"
        return float(sum(getattr(s, key) * length[s.seam_id] for s in self.seams) / max(total, 1e-12))

    def coverage(self, tasks: Sequence[SeamTask]) -> float:
        """Welded share of the total seam length."""
        length = {t.seam_id: t.seam.length for t in tasks}
        return float(sum(s.coverage * length[s.seam_id] for s in self.seams) / max(sum(length.values()), 1e-12))


def _axis_values(lo: float, hi: float, step: float, home: float) -> np.ndarray:
    if hi - lo >= 2 * np.pi - 1e-9:
        # a full-turn axis: one value per direction, each put in range (wrapped by a turn where needed)
        vals = np.arange(0.0, 2 * np.pi - 1e-9, step)
        vals = np.where(vals > hi, vals - 2 * np.pi, vals)
        return vals[(vals >= lo) & (vals <= hi)]
    k_lo, k_hi = int(np.ceil((lo - home) / step - 1e-9)), int(np.floor((hi - home) / step + 1e-9))
    return home + step * np.arange(k_lo, k_hi + 1)


def state_grid(pcell: PositionerCell, config: IndexConfig = IndexConfig()) -> np.ndarray:
    """Positioner states [K, n] to choose from: home first, then every combination of the axes' grid values."""
    spec = pcell.spec
    axes = [_axis_values(lo, hi, config.step_rad, h) for (lo, hi), h in zip(spec.joint_limits, spec.home, strict=True)]
    grid = np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1).reshape(-1, spec.dof)
    rest = grid[np.any(np.abs(grid - spec.home) > 1e-9, axis=1)]
    return np.vstack([spec.home[None], rest])


@dataclass(frozen=True, eq=False)
class _SeamSamples:
    """A few torch frames per seam (part frame): X_PT[n, S, 4, 4] at n points and S spins at the nominal
    angles, and free[n, S]: the torch alone there is clear of the part and the face plate."""

    X_PT: np.ndarray
    free: np.ndarray


def _seam_samples(
    tasks: Sequence[SeamTask], tool: ToolSpec, part_meshes: Sequence[Any], pcell: PositionerCell, points: int = 5
) -> list[_SeamSamples]:
    """Torch samples per seam; the face plate turns with the part, so what it blocks is the same in every state
    and is found once, with the planner's torch probe (collision.torch_probe.PartTorchWorld)."""
    spins = np.arange(0.0, 2 * np.pi, np.radians(30.0))
    plate = face_plate_meshes_P(pcell)
    out = []
    with PartTorchWorld(tool, list(part_meshes) + plate) as world:
        for task in tasks:
            rungs = seam_rungs(task.seam, max(task.seam.length / (points - 1), 1e-4))
            proc = task.procedure
            X = torch_frames(rungs, proc.work_angle_rad, proc.travel_angle_rad, spins)
            n, S = X.shape[:2]
            allowed: list[AllowedContact | None] = [
                AllowedContact(task.seam.all_bodies, rungs.points[i], DEFAULT_CONTACT_RADIUS_M)
                for i in range(n)
                for _ in range(S)
            ]
            free = world.valid(X.reshape(-1, 4, 4), allowed).reshape(n, S)
            # blocked at every spin (the part itself, at the nominal angles): no help telling states apart
            free[~free.any(axis=1)] = True
            out.append(_SeamSamples(X, free))
    return out


def score_states(
    tasks: Sequence[SeamTask],
    robot: RobotSpec,
    tool: ToolSpec,
    pcell: PositionerCell,
    grid: np.ndarray,
    config: IndexConfig = IndexConfig(),
    part_meshes: Sequence[Any] = (),
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(score, flat, reach), each [K, S]: per grid state and seam, the combined score, the PA/PB score and the
    reach: the share of sampled seam points where some torch spin at the nominal angles has an in-limit IK
    solution and keeps the torch clear of the part and the face plate (see the module docstring)."""
    K, S = len(grid), len(tasks)
    flat, reach = np.zeros((K, S)), np.zeros((K, S))
    samples = _seam_samples(tasks, tool, part_meshes, pcell)
    X_TF = invert_X(tool.X_FT)
    for k, q in enumerate(grid):
        X_BP = pcell.X_BP(q)
        for s, (task, smp) in enumerate(zip(tasks, samples, strict=True)):
            flat[k, s] = flat_score(task.seam, X_BP[:3, :3])[0]
            ok = robot.kinematics.reachable(X_BP @ smp.X_PT.reshape(-1, 4, 4) @ X_TF).reshape(smp.free.shape)
            reach[k, s] = float((ok & smp.free).any(axis=1).mean())
    score = reach * (config.floor + (1.0 - config.floor) * flat)
    return score, flat, reach


def choose_states(
    score: np.ndarray, lengths: np.ndarray, config: IndexConfig = IndexConfig()
) -> tuple[list[int], np.ndarray]:
    """Greedy set cover over score[K, S] (seam lengths[S]): (chosen state indices in the order picked, the
    chosen state index each seam is welded in [S]). Ties go to the lower state index (home is index 0)."""
    K, S = score.shape
    best = np.zeros(S)
    chosen: list[int] = []
    total = float(lengths.sum())
    while len(chosen) < min(config.max_states, K):
        gain = np.maximum(score - best[None], 0.0) @ lengths
        gain[chosen] = -1.0
        k = int(np.argmax(gain))
        if chosen and gain[k] < config.min_gain_share * total:
            break
        chosen.append(k)
        best = np.maximum(best, score[k])
    assign = np.array([chosen[int(np.argmax(score[chosen, s]))] for s in range(S)], dtype=int)
    return chosen, assign


# Unwelded length (m) below which a seam is not tried in a further state: one rung spacing or so.
FIXABLE_MIN_M = 0.005


def _fixable_m(result: PlanResult, seam_id: str) -> float:
    """Unwelded length of seam_id in result that a different positioner state might weld (see plan_indexed)."""
    return float(sum(u.length_m for u in result.unwelded if u.seam_id == seam_id and u.reason != "no_torch_angle"))


def _order_states(states: list[int], grid: np.ndarray, pcell: PositionerCell) -> list[int]:
    """Nearest neighbour by index time, from the positioner's home."""
    left, out = list(states), []
    q = pcell.spec.home
    while left:
        k = min(left, key=lambda i: (index_duration_s(pcell.spec, q, grid[i]), i))
        out.append(k)
        left.remove(k)
        q = grid[k]
    return out


def _cell_at(pcell: PositionerCell, q: np.ndarray, obstacles: Sequence[BoxObstacle | MeshObstacle]) -> Cell:
    # no table: the part sits on the face plate, and the positioner's links are what is under it
    return Cell(pcell.X_BP(q), None, tuple(obstacles) + pcell.obstacles(q), placement="given")


def sweep_clear(
    pcell: PositionerCell,
    robot: RobotSpec,
    tool: ToolSpec,
    part_meshes: Sequence[Any],
    obstacles: Sequence[BoxObstacle | MeshObstacle],
) -> bool:
    """Whether the robot standing at home (with the torch) is clear of everything the positioner can sweep:
    then no index move touches it, whatever the states, and index_contacts need not look state by state.

    The bound: joint k's origin o_k stays at |o_k - o_(k-1)| from the one before whatever the axes do (it turns
    about an axis through o_(k-1)), and a point p on the last link at |p - o_n|; so every moving point (the
    part, the links after the base) stays within sum |o_k - o_(k-1)| + max |p - o_n| of o_1 (a point nearer the
    base along the chain stays within that too, by the triangle inequality). One world: the robot, the
    positioner's fixed shapes, the cell's obstacles and a sphere of that radius about o_1."""
    spec = pcell.spec
    home = spec.home
    poses = spec.link_poses(home)
    origins = np.array([poses[j.child][:3, 3] for j in spec.joints])
    q_other = np.clip(home + 0.5, spec.joint_limits[:, 0], spec.joint_limits[:, 1])
    fixed: list[BoxObstacle | MeshObstacle] = []
    points = [
        (spec.face_plate(home) @ pcell.X_FP @ np.c_[np.asarray(m.vertices), np.ones(len(m.vertices))].T)[:3].T
        for m in part_meshes
    ]
    shapes_home, shapes_other = spec.shapes(home), spec.shapes(q_other)
    for sh, sh_other, obstacle in zip(shapes_home, shapes_other, pcell.obstacles(home), strict=True):
        if np.allclose(sh.X_PosG, sh_other.X_PosG, atol=1e-12):
            fixed.append(obstacle)
        else:
            mesh = geometry_mesh(sh.geometry, f"link '{sh.link}'")
            points.append(trimesh.transform_points(np.asarray(mesh.vertices), sh.X_PosG))
    moving = np.vstack(points) if points else origins[-1:]
    radius = float(np.linalg.norm(np.diff(origins, axis=0), axis=1).sum())
    radius += float(np.linalg.norm(moving - origins[-1], axis=1).max())
    sphere = trimesh.creation.icosphere(subdivisions=2, radius=radius)
    # the icosphere's faces lie inside the sphere: scale it out until the nearest face is at the radius
    inradius = float(np.abs(np.einsum("ij,ij->i", sphere.face_normals, sphere.triangles_center)).min())
    sphere.apply_scale(radius / inradius)
    X_sphere = pcell.X_BPos.copy()
    X_sphere[:3, 3] = (pcell.X_BPos @ np.append(origins[0], 1.0))[:3]
    scene = CollisionScene(
        robot=robot,
        tool=tool,
        part_meshes=(),
        X_WP=np.eye(4),
        box_obstacles=tuple(o for o in (*obstacles, *fixed) if isinstance(o, BoxObstacle)),
        mesh_obstacles=(
            *(o for o in (*obstacles, *fixed) if isinstance(o, MeshObstacle)),
            MeshObstacle("positioner.sweep", sphere, X_sphere),
        ),
    )
    config = CollisionConfig(check_self=False, self_samples=0)
    with CollisionWorld(scene, config) as world:
        return not world.contacts(robot.home)


def index_contacts(
    pcell: PositionerCell,
    q0: np.ndarray,
    q1: np.ndarray,
    robot: RobotSpec,
    tool: ToolSpec,
    part_meshes: Sequence[Any],
    obstacles: Sequence[BoxObstacle | MeshObstacle],
    step_rad: float,
) -> tuple[str, ...]:
    """Contacts of the robot (standing at home) with the part and positioner at states along q0 -> q1 (every
    step_rad at most, both ends included); empty when the index move is collision free."""
    n = max(1, int(np.ceil(float(np.max(np.abs(q1 - q0))) / step_rad)))
    found: list[str] = []
    config = CollisionConfig(check_self=False, self_samples=0, decompose="concave")
    for f in np.linspace(0.0, 1.0, n + 1):
        q = q0 + f * (q1 - q0)
        cell = _cell_at(pcell, q, obstacles)
        scene = CollisionScene(
            robot=robot,
            tool=tool,
            part_meshes=tuple(part_meshes),
            X_WP=cell.X_BP,
            box_obstacles=tuple(o for o in cell.obstacles if isinstance(o, BoxObstacle)),
            mesh_obstacles=tuple(o for o in cell.obstacles if isinstance(o, MeshObstacle)),
        )
        with CollisionWorld(scene, config) as world:
            found += [f"{c} at positioner {np.degrees(q).round(1).tolist()} deg" for c in world.contacts(robot.home)]
    return tuple(found)


def _coordinated(task: SeamTask, pcell: PositionerCell, coord: CoordinatedConfig) -> bool:
    """A seam to weld coordinated: on a 2-axis positioner, round its rotary axis or an open arc about it that needs
    it (planning.coordinated.needs_coordination), and where cad finds room for a torch all along (one pass welds
    all of it or nothing; a seam partly blocked is indexed)."""
    if task.seam.accessible_fraction < 1.0:
        return False
    try:
        return pcell.spec.dof == 2 and rotary_sign(pcell) != 0.0 and needs_coordination(task.seam, pcell, coord)
    except CoordinatedError:
        return False


def plan_indexed(
    part_meshes: Sequence[Any],
    tasks: Sequence[SeamTask],
    robot: RobotSpec,
    tool: ToolSpec,
    pcell: PositionerCell,
    config: PlanConfig = PlanConfig(),
    index: IndexConfig = IndexConfig(),
    obstacles: Sequence[BoxObstacle | MeshObstacle] = (),
    progress: ProgressFn | None = None,
) -> IndexedPlan:
    """Weld tasks on a part mounted on a positioner: choose states, plan each state's seams (planner.plan_weld
    in a cell with the part at X_BP(q) and the positioner's links as obstacles), join them with index moves.
    With index.coordinated, the closed round seams of a 2-axis tilt-rotate positioner, and the open arcs about its
    rotary axis that need it, are welded in one coordinated pass each (planning.coordinated.plan_coordinated); a
    seam no coordinated setup welds is indexed."""
    chosen = {t.seam_id for t in tasks if index.coordinated and _coordinated(t, pcell, index.coord)}
    if not chosen:
        return _plan_indexed(part_meshes, tasks, robot, tool, pcell, config, index, obstacles, progress)
    t0 = time.perf_counter()
    passes: dict[str, CoordinatedPlan] = {}
    for task in tasks:
        if task.seam_id in chosen:
            try:
                passes[task.seam_id] = plan_coordinated(
                    part_meshes, task, robot, tool, pcell, config, index.coord, obstacles=obstacles
                )
            except CoordinatedError:
                continue
    rest = [t for t in tasks if t.seam_id not in passes]
    if rest:
        base = _plan_indexed(part_meshes, rest, robot, tool, pcell, config, index, obstacles, progress)
    else:
        base = IndexedPlan(pcell, [], [], [])
    done = {s.seam_id: s for s in base.seams}
    R_home = pcell.X_BP(pcell.spec.home)[:3, :3]
    seams = []
    for task in tasks:
        if task.seam_id in done:
            seams.append(done[task.seam_id])
            continue
        c = passes[task.seam_id]
        positions = np.array(positions_from_angles(task.seam.kind, c.gravity_deg, c.slope_deg))
        w = np.diff(c.setup.rungs.s)  # each rung but the first stands for the way to it
        after = max(set(positions[1:].tolist()), key=lambda p: float(w[positions[1:] == p].sum()))
        seams.append(
            SeamPositioning(
                seam_id=task.seam_id,
                position_before=welding_position(task.seam, R_home),
                position_after=after,
                flat_share_before=flat_score(task.seam, R_home)[1],
                flat_share_after=float(w[np.isin(positions[1:], ("PA", "PB"))].sum() / max(w.sum(), 1e-12)),
                gravity_before_deg=float(np.mean(gravity_angles_deg(task.seam, R_home))),
                gravity_after_deg=float(np.mean(c.gravity_deg)),
                coverage=c.result.seams[0].coverage,
                group=None,
                coordinated=True,
            )
        )
    stats = dict(base.stats)
    stats["coordinated_passes"] = float(len(passes))
    stats["total_s"] = time.perf_counter() - t0
    coordinated = [passes[t.seam_id] for t in tasks if t.seam_id in passes]
    return IndexedPlan(pcell, base.groups, base.index_moves, seams, stats, coordinated)


def _plan_indexed(
    part_meshes: Sequence[Any],
    tasks: Sequence[SeamTask],
    robot: RobotSpec,
    tool: ToolSpec,
    pcell: PositionerCell,
    config: PlanConfig,
    index: IndexConfig,
    obstacles: Sequence[BoxObstacle | MeshObstacle],
    progress: ProgressFn | None,
) -> IndexedPlan:
    report: ProgressFn = progress or (lambda _f, _s: None)
    t0 = time.perf_counter()
    report(0.02, "positioner states")
    grid = state_grid(pcell, index)
    score, flat, reach = score_states(tasks, robot, tool, pcell, grid, index, part_meshes)
    lengths = np.array([t.seam.length for t in tasks])
    chosen, assign = choose_states(score, lengths, index)
    t_choose = time.perf_counter()

    def plan_group(k: int, members: list[int], fraction: float) -> PlanResult:
        sub = [tasks[s] for s in members]
        report(fraction, f"state {np.degrees(grid[k]).round(1).tolist()} deg")
        return plan_weld(part_meshes, sub, robot, tool, _cell_at(pcell, grid[k], obstacles), config)

    def members_of(k: int) -> list[int]:
        return [s for s in range(len(tasks)) if welded_in[s] == k]

    welded_in = [int(k) for k in assign]
    results: dict[int, PlanResult] = {}
    for i, k in enumerate(_order_states(chosen, grid, pcell)):
        if members_of(k):
            results[k] = plan_group(k, members_of(k), 0.1 + 0.6 * i / max(len(chosen), 1))
    coverage = {p.seam_id: p.coverage for r in results.values() for p in r.seams}
    # what another state could still weld: the torch alone against the part (no_torch_angle) is the same in
    # every state, as the part turns with the face plate; only the rest (reach, the robot's and the torch's
    # collisions with the positioner) changes from state to state
    fixable = {sid: _fixable_m(r, sid) for r in results.values() for sid in (p.seam_id for p in r.seams)}
    retried = 0
    if index.retry_partial:
        # a seam the planner welds only partly (collisions the reach score cannot see): the next best states,
        # one per round, until it is welded in full or index.retries rounds are spent
        tried = [{int(k)} for k in assign]
        trials: dict[int, PlanResult] = {}
        for round_ in range(index.retries):
            retry: dict[int, list[int]] = {}
            for s, task in enumerate(tasks):
                if fixable.get(task.seam_id, task.seam.length) > FIXABLE_MIN_M:
                    ranked = [int(k) for k in np.argsort(-score[:, s], kind="stable") if int(k) not in tried[s]]
                    if ranked and score[ranked[0], s] > 0:
                        retry.setdefault(ranked[0], []).append(s)
                        tried[s].add(ranked[0])
            for k, members in retry.items():
                trials[k] = plan_group(k, members, 0.72 + 0.06 * round_)
                retried += len(members)
                for p in trials[k].seams:
                    if p.coverage > coverage.get(p.seam_id, 0.0) + 1e-9:
                        coverage[p.seam_id] = p.coverage
                        fixable[p.seam_id] = _fixable_m(trials[k], p.seam_id)
                        welded_in[next(s for s in members if tasks[s].seam_id == p.seam_id)] = k
        # each state plans the seams it welds best together (one visit): keep a result whose seams are those
        for k in sorted(set(welded_in)):
            ids = {tasks[s].seam_id for s in members_of(k)}
            if k in results and {p.seam_id for p in results[k].seams} == ids:
                continue
            if k in trials and {p.seam_id for p in trials[k].seams} == ids:
                results[k] = trials[k]
            else:
                results[k] = plan_group(k, members_of(k), 0.9)
        results = {k: r for k, r in results.items() if k in set(welded_in)}
    order = _order_states(list(results), grid, pcell)
    report(0.95, "index moves")
    clear = sweep_clear(pcell, robot, tool, part_meshes, obstacles)
    groups: list[IndexGroup] = []
    moves: list[IndexMove] = []
    q_prev = pcell.spec.home
    for k in order:
        q = grid[k]
        step = index.index_check_step_rad
        contacts = () if clear else index_contacts(pcell, q_prev, q, robot, tool, part_meshes, obstacles, step)
        moves.append(IndexMove(q_prev, q, index_duration_s(pcell.spec, q_prev, q), contacts))
        group_ids = tuple(p.seam_id for p in results[k].seams)
        groups.append(IndexGroup(q, pcell.X_BP(q), group_ids, results[k]))
        q_prev = q
    home = pcell.spec.home
    if np.any(np.abs(q_prev - home) > 1e-12):
        step = index.index_check_step_rad
        contacts = () if clear else index_contacts(pcell, q_prev, home, robot, tool, part_meshes, obstacles, step)
        moves.append(IndexMove(q_prev, home, index_duration_s(pcell.spec, q_prev, home), contacts))
    group_of = {sid: i for i, g in enumerate(groups) for sid in g.seam_ids}
    cov = {p.seam_id: p.coverage for g in groups for p in g.result.seams}
    seams: list[SeamPositioning] = []
    R_home = pcell.X_BP(home)[:3, :3]
    for s, task in enumerate(tasks):
        g = group_of.get(task.seam_id)
        R_after = groups[g].X_BP[:3, :3] if g is not None else pcell.X_BP(grid[assign[s]])[:3, :3]
        seams.append(
            SeamPositioning(
                seam_id=task.seam_id,
                position_before=welding_position(task.seam, R_home),
                position_after=welding_position(task.seam, R_after),
                flat_share_before=flat_score(task.seam, R_home)[1],
                flat_share_after=flat_score(task.seam, R_after)[1],
                gravity_before_deg=float(np.mean(gravity_angles_deg(task.seam, R_home))),
                gravity_after_deg=float(np.mean(gravity_angles_deg(task.seam, R_after))),
                coverage=cov.get(task.seam_id, 0.0),
                group=g,
            )
        )
    stats = {
        "grid_states": float(len(grid)),
        "states_chosen": float(len(groups)),
        "seams_retried": float(retried),
        "choose_s": t_choose - t0,
        "total_s": time.perf_counter() - t0,
    }
    return IndexedPlan(pcell, groups, moves, seams, stats)


def merged_result(plan: IndexedPlan, tasks: Sequence[SeamTask], robot: RobotSpec) -> PlanResult:
    """The groups as one PlanResult, for what reads a single plan (the result document, stored moves): moves
    in welding order, each carrying the positioner's axes (Move.ext_q), each group's program running home to
    home with an "index" move before it (and one back home at the end) in which the robot stands at home while
    the positioner turns; timed as one program (planning.timing.time_moves with the positioner's limits, so the
    stored moves replay to the same timeline, index stands and positioner axes included); seams in task order
    with their order numbered across groups. program.X_BP and cell are the first group's: the part's pose in a
    later group is IndexGroup.X_BP, i.e. the positioner's forward kinematics at the moves' ext_q. The coordinated
    passes follow the groups, their moves as planned (the positioner turning along the weld)."""
    if not plan.groups and not plan.coordinated:
        raise ValueError("an indexed plan without groups has nothing to merge")
    first = plan.groups[0].result if plan.groups else plan.coordinated[0].result
    spec = plan.positioner.spec
    moves: list[Any] = [replace(first.program.moves[0], ext_q=spec.home.copy())]
    by_id: dict[str, Any] = {}
    unwelded: list[Any] = []
    order = 0
    stats: dict[str, float | str] = {}

    def index_to(q: np.ndarray) -> None:
        if np.any(np.abs(q - moves[-1].ext_q) > 1e-12):
            moves.append(replace(moves[-1], kind="joint", role="index", name="", ext_q=q.copy()))

    for g in plan.groups:
        index_to(g.q)
        r = g.result
        # each group's program runs home to home: its first move (home) adds nothing after the index stand
        moves += [replace(m, ext_q=g.q.copy()) for m in r.program.moves[1:]]
        for p in sorted(r.seams, key=lambda p: (p.order is None, p.order or 0)):
            if p.order is not None:
                p.order = order
                order += 1
            by_id[p.seam_id] = p
        unwelded += list(r.unwelded)
        for key, stat in r.stats.items():
            if isinstance(stat, float | int):
                stats[key] = float(stats.get(key, 0.0)) + float(stat)
    index_to(spec.home)
    for c in plan.coordinated:
        # each pass runs home to home, its index moves in it: its first move (home) adds nothing
        moves += list(c.result.program.moves[1:])
        for p in c.result.seams:
            p.order = order
            order += 1
            by_id[p.seam_id] = p
    program = MoveProgram(
        first.program.robot_id,
        first.program.tool_id,
        first.program.X_BP,
        first.program.X_FT,
        moves,
        positioner_id=spec.id,
    )
    timeline = time_moves(program, robot.max_speed, robot.max_accel, ext_v_max=spec.max_speed, ext_a_max=spec.max_accel)
    stats.update({f"positioner_{k}": v for k, v in plan.stats.items()})
    stats["total_s"] = plan.stats.get("total_s", stats.get("total_s", 0.0))
    seams = [by_id[t.seam_id] for t in tasks if t.seam_id in by_id]
    return PlanResult(program, timeline, seams, first.cell, None, stats, unwelded)
