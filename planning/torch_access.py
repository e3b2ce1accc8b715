"""Torch accessibility of seam points with the selected torch's own collision shapes and the planner's own
angle window: the bound the planner is measured against.

A seam point is accessible when some torch pose of the seam's angle window (planning.torch_frames.torch_window:
the procedure's work and travel angles, widened step by step to the procedure's hard cap, spin over a full
turn, in either welding direction, but only up or only down along a vertical seam as its procedure says)
leaves the torch's primitives (robot_models/tools/<tool>/tool.yaml) clear of the part and the table it lies
on, the nozzle excepted where it touches the two welded bodies within contact_radius_m of the wire
tip (collision.AllowedContact, as in the planner). The check is the planner's own torch probe
(collision.TorchProbe) against the part's convex pieces, so a point called blocked here is blocked at every
torch pose the planner may try there (within the levels searched, see max_poses_per_seam); the planner adds
the arm, the table and obstacles, never welds a seam point called blocked, and so welds at most what is
accessible.

Per point the search goes level by level through the window (nominal angles, then growing tolerance boxes,
see torch_frames.sampling_levels), forward first, then reversed, and stops at the first level with a free
pose: the level says how far the window had to open, the free pose is a witness. A coarse survey of the
window (every ``survey_spin_every``-th spin, angle offsets in steps of ``survey_angle_every`` grid steps,
both directions) gives the share of torch directions that are free.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np

from cad.procedures import WeldProcedure, required_direction
from cad.seam_types import Seam
from collision.scene import AllowedContact
from collision.torch_probe import PartTorchWorld
from planning.cell import part_bbox, table_under
from planning.torch_frames import (
    DEFAULT_ANGLE_STEP_RAD,
    DEFAULT_SPIN_STEP_RAD,
    SeamRungs,
    TorchSampling,
    sample_table,
    seam_rungs,
    torch_frames,
    torch_window,
)
from robot_models.spec import ToolSpec

__all__ = [
    "DEFAULT_CONTACT_RADIUS_M",
    "TorchAccessConfig",
    "SeamAccess",
    "seam_access",
    "torch_pose_free",
    "with_access",
    "seams_with_torch_access",
    "PartTorchWorld",
]

# Around the wire tip, where the nozzle may touch the two faces being welded (the planner's PlanConfig
# default as well).
DEFAULT_CONTACT_RADIUS_M = 0.015
# seam_rungs at this spacing gives one rung per seam point (no rung is inserted)
_ONE_RUNG_PER_POINT_M = 1e3


@dataclass(frozen=True)
class TorchAccessConfig:
    """spin_step_rad / angle_step_rad: the window's sampling steps (the planner's, by default);
    contact_radius_m: the nozzle's allowed contact around the wire tip; survey_spin_every /
    survey_angle_every: the survey takes every n-th spin and angle offsets on a grid n times coarser (every
    2nd of the default 20 degree spins: 40 degree steps, 18 divisible by it, so the survey's spins are even);
    max_poses_per_seam: the search opens the next window level only while checking it at every point still
    blocked keeps the seam within this many torch poses (a seam enclosed by the part, e.g. inside a tube,
    would otherwise cost every pose of the window at every point; about 60 us each against plates, and ten
    times that against a concave body's many convex pieces)."""

    spin_step_rad: float = DEFAULT_SPIN_STEP_RAD
    angle_step_rad: float = DEFAULT_ANGLE_STEP_RAD
    contact_radius_m: float = DEFAULT_CONTACT_RADIUS_M
    survey_spin_every: int = 2
    survey_angle_every: int = 4
    # 15000 at 20 degree spins opens the same window levels as 30000 did at 10 degree spins (each level holds half
    # the poses): with the budget kept at 30000 the search opened wider levels on the tab-and-slot box, found a
    # single free pose at the far end of four seams whose neighbours are blocked (a point no weld can hold), and
    # those seams counted 5 mm accessible that no plan welds
    max_poses_per_seam: int = 15000

    def __post_init__(self) -> None:
        if not np.isfinite(self.contact_radius_m) or self.contact_radius_m < 0:
            raise ValueError(f"contact_radius_m: must be zero or positive, got {self.contact_radius_m!r}")
        if self.survey_spin_every < 1 or self.survey_angle_every < 1 or self.max_poses_per_seam < 1:
            raise ValueError("survey_spin_every, survey_angle_every, max_poses_per_seam: must be at least 1")


@dataclass(frozen=True, eq=False)
class SeamAccess:
    """Torch access at each seam point (M points, in the seam's own direction).

    free[M]: some pose of the window is free; level[M]: the first window level with a free pose (-1:
    none); window_rad[M, 2]: that level's (work, travel) tolerance (NaN where blocked); witness_rad[M, 3]:
    a free pose's absolute (work, travel, spin) angles in the direction it was found (NaN where blocked);
    witness_reversed[M]: found welding against the seam's direction; survey_free[M, K]: which of the
    survey's poses survey_rad[K, 3] (absolute work, travel, spin), welding against the seam's direction
    where survey_reversed[K], are free; cap_rad: the window's hard cap; searched_rad: the (work, travel)
    tolerance box searched in full at the blocked points (the cap unless the seam's pose budget ran out
    first: then a blocked point may hold a free pose in the wider levels, and the planner, which never welds
    a point called blocked, stays within the bound).
    """

    free: np.ndarray
    level: np.ndarray
    window_rad: np.ndarray
    witness_rad: np.ndarray
    witness_reversed: np.ndarray
    survey_free: np.ndarray
    survey_rad: np.ndarray
    survey_reversed: np.ndarray
    cap_rad: float
    searched_rad: tuple[float, float]

    @property
    def free_share(self) -> np.ndarray:
        """[M] share of the survey's torch directions that are free at each point."""
        k = self.survey_free.shape[1]
        return self.survey_free.sum(axis=1) / k if k else np.zeros(len(self.free))


def _point_rungs(seam: Seam) -> tuple[SeamRungs, SeamRungs, np.ndarray]:
    """Rungs on the seam points forward and reversed, and for each point its rung in the reversed list."""
    M = len(seam.points)
    fwd = seam_rungs(seam, _ONE_RUNG_PER_POINT_M)
    rev = seam_rungs(seam.reversed(), _ONE_RUNG_PER_POINT_M)
    return fwd, rev, M - 1 - np.arange(M)


def _allowed(seam: Seam, points: np.ndarray, radius: float) -> list[AllowedContact]:
    return [AllowedContact(seam.all_bodies, p, radius) for p in points]


def _free_any(
    world: PartTorchWorld,
    rungs: SeamRungs,
    rung_idx: np.ndarray,
    work: np.ndarray,
    travel: np.ndarray,
    spin: np.ndarray,
    allowed: list[AllowedContact],
) -> np.ndarray:
    """ok[n, S]: the poses (absolute angles [S]) at rungs rung_idx[n] are free."""
    X = torch_frames(rungs.subset(rung_idx), work, travel, spin)  # [n, S, 4, 4]
    n, S = X.shape[:2]
    al: list[AllowedContact | None] = [allowed[i] for i in range(n) for _ in range(S)]
    return world.valid(X.reshape(-1, 4, 4), al).reshape(n, S)


def seam_access(
    world: PartTorchWorld, seam: Seam, procedure: WeldProcedure, config: TorchAccessConfig = TorchAccessConfig()
) -> SeamAccess:
    """Torch access at every point of a seam (part frame: world's) for its cad.WeldProcedure."""
    sampling = torch_window(procedure, config.spin_step_rad, config.angle_step_rad)
    table = sample_table(sampling)
    fwd, rev, rev_of = _point_rungs(seam)
    M = len(seam.points)
    allowed = _allowed(seam, np.asarray(seam.points, dtype=float), config.contact_radius_m)
    level = np.full(M, -1, dtype=np.int64)
    witness = np.full((M, 3), np.nan)
    witness_rev = np.zeros(M, dtype=bool)
    w0, g0 = float(procedure.work_angle_rad), float(procedure.travel_angle_rad)
    # a vertical seam is welded only up or only down (its procedure's ``vertical``): the other direction's
    # torch poses are no part of its window
    required = required_direction(seam, procedure, np.eye(3))
    directions = [(r, rungs) for r, rungs in ((False, fwd), (True, rev)) if required in (None, r)]
    start = 0
    spent = 0
    searched = -1
    for lv, stop in enumerate(table.level_ends.tolist()):
        sel = slice(start, stop)
        cost = 2 * (stop - start) * int(np.sum(level < 0))
        if lv > 0 and spent + cost > config.max_poses_per_seam:
            break
        spent += cost
        searched = lv
        start = stop
        work, travel, spin = w0 + table.work_offset[sel], g0 + table.travel_offset[sel], table.spin[sel]
        for reverse, rungs in directions:
            todo = np.flatnonzero(level < 0)
            if todo.size == 0:
                break
            idx = rev_of[todo] if reverse else todo
            ok = _free_any(world, rungs, idx, work, travel, spin, [allowed[i] for i in todo])
            hit = ok.any(axis=1)
            first = ok.argmax(axis=1)
            for i, k in zip(todo[hit].tolist(), first[hit].tolist(), strict=True):
                level[i] = lv
                witness[i] = (work[k], travel[k], spin[k])
                witness_rev[i] = reverse
        if np.all(level >= 0):
            break
    if np.all(level >= 0):
        searched = len(table.levels) - 1
    free = level >= 0
    window = np.full((M, 2), np.nan)
    window[free] = np.asarray(table.levels, dtype=float)[level[free]]
    survey, angles, survey_rev = _survey(world, procedure, sampling, config, fwd, rev, rev_of, allowed, free, required)
    return SeamAccess(
        free,
        level,
        window,
        witness,
        witness_rev,
        survey,
        angles,
        survey_rev,
        float(sampling.max_tol_rad),
        cast(tuple[float, float], tuple(float(v) for v in table.levels[searched])),
    )


def torch_pose_free(
    world: PartTorchWorld,
    seam: Seam,
    point: int,
    angles_rad: np.ndarray,
    reversed_: np.ndarray,
    config: TorchAccessConfig = TorchAccessConfig(),
) -> np.ndarray:
    """ok[K]: the torch at seam point ``point`` with absolute (work, travel, spin) angles_rad[K, 3], welding
    against the seam's direction where reversed_[K], is clear of the part (the query accessibility is made
    of)."""
    angles = np.asarray(angles_rad, dtype=float).reshape(-1, 3)
    rev = np.asarray(reversed_, dtype=bool).reshape(-1)
    if rev.shape[0] != angles.shape[0]:
        raise ValueError(f"reversed_: {rev.shape[0]} flags for {angles.shape[0]} poses")
    fwd, back, rev_of = _point_rungs(seam)
    allowed = _allowed(seam, np.asarray(seam.points, dtype=float)[[point]], config.contact_radius_m)
    ok = np.zeros(len(angles), dtype=bool)
    for flag, rungs, idx in ((False, fwd, point), (True, back, int(rev_of[point]))):
        sel = np.flatnonzero(rev == flag)
        if sel.size:
            a = angles[sel]
            ok[sel] = _free_any(world, rungs, np.array([idx]), a[:, 0], a[:, 1], a[:, 2], allowed)[0]
    return ok


def _survey(
    world: PartTorchWorld,
    procedure: WeldProcedure,
    sampling: TorchSampling,
    config: TorchAccessConfig,
    fwd: SeamRungs,
    rev: SeamRungs,
    rev_of: np.ndarray,
    allowed: list[AllowedContact],
    free: np.ndarray,
    required: bool | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(free[M, K], angles[K, 3], reversed[K]): the survey poses (absolute work, travel, spin; forward ones
    first) and which are free at each point (none where no pose of the window is free); required: the only
    direction surveyed poses may be free in (a vertical seam's), None for both."""
    table = sample_table(sampling)
    n_spin = sampling.spins.size
    spin_k = np.rint(table.spin / (2.0 * np.pi / n_spin)).astype(np.int64)
    coarse = config.survey_angle_every * sampling.angle_step_rad
    on_grid = [np.abs(off / coarse - np.rint(off / coarse)) < 1e-6 for off in (table.work_offset, table.travel_offset)]
    keep = (spin_k % config.survey_spin_every == 0) & on_grid[0] & on_grid[1]
    w = procedure.work_angle_rad + table.work_offset[keep]
    g = procedure.travel_angle_rad + table.travel_offset[keep]
    s = table.spin[keep]
    angles = np.tile(np.stack([w, g, s], axis=1), (2, 1))
    reversed_ = np.repeat([False, True], len(s))
    out = np.zeros((len(free), len(angles)), dtype=bool)
    todo = np.flatnonzero(free)
    if todo.size and s.size:
        for k, (reverse, rungs) in enumerate(((False, fwd), (True, rev))):
            if required is not None and reverse != required:
                continue
            idx = rev_of[todo] if reverse else todo
            out[todo, k * len(s) : (k + 1) * len(s)] = _free_any(world, rungs, idx, w, g, s, [allowed[i] for i in todo])
    return out, angles, reversed_


def _length_weights(points: np.ndarray, closed: bool) -> np.ndarray:
    """Each point's share of the seam length: half of each segment next to it (as cad.seams weighs them)."""
    pts = np.vstack([points, points[:1]]) if closed else points
    seg = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    if closed:
        return 0.5 * (seg + np.roll(seg, 1))
    return 0.5 * (np.concatenate([[0.0], seg]) + np.concatenate([seg, [0.0]]))


def with_access(seam: Seam, access: SeamAccess, tool_id: str | None = None) -> Seam:
    """The seam with point_accessible, accessible and accessible_fraction from a torch access result of the
    torch tool_id."""
    ok = np.asarray(access.free, dtype=bool)
    if ok.shape != (len(seam.points),):
        raise ValueError(f"access.free: expected {len(seam.points)} points, got shape {ok.shape}")
    weight = _length_weights(np.asarray(seam.points, dtype=float), seam.closed)
    total = float(weight.sum())
    fraction = float(weight[ok].sum() / total) if total > 0 else float(ok.mean())
    return replace(
        seam, point_accessible=ok.copy(), accessible=bool(ok.any()), accessible_fraction=fraction, access_tool=tool_id
    )


def seams_with_torch_access(
    part_meshes: Sequence[Any],
    seams: Sequence[Seam],
    procedures: Sequence[WeldProcedure],
    tool: ToolSpec,
    config: TorchAccessConfig = TorchAccessConfig(),
    part_names: Sequence[str] = (),
    on_table: bool = True,
) -> tuple[list[Seam], list[SeamAccess]]:
    """Every seam with its accessibility for this torch (a robot_models.ToolSpec) and its procedure's window,
    and the per-point access results.

    on_table: the part lies on the welding table as modelled (z up, its lowest point on the table top), as
    the planner's cell places it (planning.cell: turned about the vertical only, table_under): a seam the
    table hides (the bottom edge of a plate lying on it) is not accessible; False checks the part alone."""
    if len(procedures) != len(seams):
        raise ValueError(f"procedures: {len(procedures)} for {len(seams)} seams")
    out: list[Seam] = []
    results: list[SeamAccess] = []
    if not seams:
        return out, results
    table = table_under(part_bbox(part_meshes)) if on_table else None
    with PartTorchWorld(tool, tuple(part_meshes), tuple(part_names), table=table) as world:
        for seam, procedure in zip(seams, procedures, strict=True):
            access = seam_access(world, seam, procedure, config)
            out.append(with_access(seam, access, tool.id))
            results.append(access)
    return out, results
