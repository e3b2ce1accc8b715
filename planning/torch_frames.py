"""Torch frames along a seam: the rungs of the ladder graph and the TCP poses sampled at each.

Geometry at one rung (part frame P). t: unit travel direction. n_a: outward normal of free face a,
made orthogonal to t. k: the axis about which a rotation by +90 deg takes the direction along face a
(away from the root, d_a = n_a x k) onto n_a; with face b at the open angle theta from d_a through the air,
(n_a x n_b) . k = -sin(theta), which fixes the sign of k = +-t (k = t where the faces are parallel).

- Work angle w (cad.procedures: from free face a through the air, open_angle / 2 = bisector): the air-side
  direction in the plane across the seam is u0 = cos(w) d_a + sin(w) n_a.
- Travel angle g (positive = push): the torch body trails, the wire points ahead, so the air-side axis is
  u = cos(g) u0 - sin(g) t and the wire direction z_T = -u has z_T . t = sin(g) (AWS: the push angle points
  the electrode in the direction of travel).
- x_T: the travel direction made orthogonal to z_T; y_T = z_T x x_T. A spin s about z_T gives
  R_PT = [x_T y_T z_T] @ Rz(s): spin leaves the wire axis (and so both angles) unchanged.

Sampling (TorchSampling): every rung gets the same samples: spins over a full turn times (work, travel)
offsets on a grid of ``angle_step_rad`` inside a tolerance box. ``sampling_levels`` lists the nested boxes
tried in turn: the nominal angles alone, then growing to the procedure's tolerances, then widened step by
step up to ``max_tol_rad`` (used only where a seam cannot otherwise be welded). The samples of level L are
the first ``level_ends[L]`` rows of one table, so a rung raised to a wider level keeps its earlier samples.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from math import radians
from typing import TYPE_CHECKING

import numpy as np

from cad.seam_types import Seam

if TYPE_CHECKING:
    from cad.procedures import WeldProcedure

__all__ = [
    "SeamRungs",
    "TorchSampling",
    "SampleTable",
    "seam_rungs",
    "torch_frames",
    "nominal_frames",
    "sampling_levels",
    "sample_table",
    "level_frames",
    "frames_at",
    "TorchSamples",
    "torch_samples",
    "torch_window",
    "DEFAULT_SPIN_STEP_RAD",
    "DEFAULT_ANGLE_STEP_RAD",
]

DEFAULT_RUNG_SPACING_M = 0.005
# The torch angle window's sampling steps: one definition for the planner's ladder (planning.ladder) and
# the torch accessibility of seams (planning.torch_access), so that what accessibility calls blocked is
# blocked at every torch pose the planner may try. Spin in 20 degree steps, as RoboDK turns its tool about the
# TCP axis by default ("up to +/-180 degrees ... by increments of 20 deg",
# https://robodk.com/doc/en/Robot-Machining-Optimization-parameters.html): the torch turns freely
# about its wire axis, and on every test weldment (tests/planning/test_coverage.py) 20 degrees found the same
# accessible length and welded the same length as 10 degrees while the ladder checked half the torch poses
# (the bracket planned in 3.4 s instead of 5.1 s); 30 degrees left seams of the inset box out.
DEFAULT_SPIN_STEP_RAD = radians(20.0)
DEFAULT_ANGLE_STEP_RAD = radians(5.0)
_PARALLEL_EPS = 1e-9


@dataclass(frozen=True)
class TorchSampling:
    """How torch poses are sampled at each rung (radians).

    spin_step_rad: step of the free spin about the wire axis (a full turn, starting at 0); work_tol_rad,
    travel_tol_rad: the procedure's allowed deviation of the work / travel angle; angle_step_rad: grid step
    of those deviations; max_tol_rad: how far the tolerance may be widened where a seam cannot be welded
    otherwise.
    """

    spin_step_rad: float = DEFAULT_SPIN_STEP_RAD
    work_tol_rad: float = radians(10.0)
    travel_tol_rad: float = radians(10.0)
    angle_step_rad: float = DEFAULT_ANGLE_STEP_RAD
    max_tol_rad: float = radians(25.0)

    def __post_init__(self) -> None:
        for name in ("spin_step_rad", "angle_step_rad"):
            value = getattr(self, name)
            if not np.isfinite(value) or not 0.0 < value <= 2.0 * np.pi:
                raise ValueError(f"{name}: must be in (0, 2 pi], got {value!r}")
        for name in ("work_tol_rad", "travel_tol_rad", "max_tol_rad"):
            value = getattr(self, name)
            if not np.isfinite(value) or not 0.0 <= value < np.pi / 2:
                raise ValueError(f"{name}: must be in [0, pi/2), got {value!r}")

    @classmethod
    def for_procedure(cls, procedure: WeldProcedure, **changes: float) -> TorchSampling:
        """Defaults with the tolerances of a cad.WeldProcedure (work/travel/max), then ``changes``."""
        base = cls(
            work_tol_rad=float(procedure.work_angle_tolerance_rad),
            travel_tol_rad=float(procedure.travel_angle_tolerance_rad),
            max_tol_rad=max(
                float(procedure.max_tolerance_rad),
                float(procedure.work_angle_tolerance_rad),
                float(procedure.travel_angle_tolerance_rad),
            ),
        )
        return replace(base, **changes)

    @property
    def spins(self) -> np.ndarray:
        """Spin angles [K] (rad) over one full turn."""
        n = max(1, int(round(2.0 * np.pi / self.spin_step_rad)))
        return np.arange(n) * (2.0 * np.pi / n)


@dataclass(frozen=True, eq=False)
class SeamRungs:
    """The seam densified into ladder rungs (part frame, m).

    points[R,3] TCP targets; tangents[R,3] unit travel directions; normals_a/normals_b[R,3] unit outward
    face normals (orthogonal to the tangent); s[R] arc length from the first rung; seg_len[R-1] distance
    between consecutive rungs; source_index[R] index of the seam point a rung sits on (-1 for inserted
    rungs); k_axis[R,3] the +-tangent axis of the work-angle rotation (see module doc). A closed seam
    ends with its first point again (the weld goes all the way round).
    """

    points: np.ndarray
    tangents: np.ndarray
    normals_a: np.ndarray
    normals_b: np.ndarray
    s: np.ndarray
    seg_len: np.ndarray
    source_index: np.ndarray
    k_axis: np.ndarray
    closed: bool

    @property
    def count(self) -> int:
        return int(self.points.shape[0])

    @property
    def length(self) -> float:
        return float(self.s[-1]) if self.count else 0.0

    def subset(self, idx: np.ndarray) -> SeamRungs:
        """The rungs idx[n] (repeats allowed) as a SeamRungs without segment lengths."""
        return SeamRungs(
            self.points[idx],
            self.tangents[idx],
            self.normals_a[idx],
            self.normals_b[idx],
            self.s[idx],
            np.zeros(0),
            self.source_index[idx],
            self.k_axis[idx],
            self.closed,
        )


def torch_window(
    procedure: WeldProcedure,
    spin_step_rad: float = DEFAULT_SPIN_STEP_RAD,
    angle_step_rad: float = DEFAULT_ANGLE_STEP_RAD,
) -> TorchSampling:
    """The torch angle window of a seam, the one both the planner searches and accessibility checks: the
    procedure's (a cad.WeldProcedure) work and travel angles with their tolerances, widened step by step up
    to its hard cap max_tolerance_rad, spin free over a full turn, sampled at these steps."""
    return TorchSampling.for_procedure(procedure, spin_step_rad=spin_step_rad, angle_step_rad=angle_step_rad)


def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n > 0.0, n, 1.0)


def _orthogonal(v: np.ndarray, t: np.ndarray, name: str) -> np.ndarray:
    w = v - np.einsum("rd,rd->r", v, t)[:, None] * t
    n = np.linalg.norm(w, axis=1)
    bad = np.flatnonzero(n < 1e-6)
    if bad.size:
        raise ValueError(f"{name}: parallel to the seam tangent at rung {int(bad[0])}")
    return w / n[:, None]


def seam_rungs(seam: Seam, rung_spacing_m: float = DEFAULT_RUNG_SPACING_M) -> SeamRungs:
    """Densify a seam so that consecutive rungs are at most ``rung_spacing_m`` apart.

    Every seam point is kept (corners stay rungs, with the seam's own tangent there); inserted rungs
    take their segment's direction as tangent and linearly interpolated face normals.
    """
    if not np.isfinite(rung_spacing_m) or rung_spacing_m <= 0:
        raise ValueError(f"rung_spacing_m: must be positive, got {rung_spacing_m!r}")
    P = np.asarray(seam.points, dtype=float)
    T = np.asarray(seam.tangents, dtype=float)
    NA = np.asarray(seam.normals_a, dtype=float)
    NB = np.asarray(seam.normals_b, dtype=float)
    M = P.shape[0]
    if M < 2:
        raise ValueError("seam.points: a seam needs at least two points")
    idx = np.arange(M)
    if seam.closed:
        idx = np.concatenate([idx, [0]])
    a, b = idx[:-1], idx[1:]
    seg = P[b] - P[a]
    L = np.linalg.norm(seg, axis=1)
    if np.any(L <= 0.0):
        raise ValueError(f"seam.points: zero-length segment after point {int(np.flatnonzero(L <= 0.0)[0])}")
    n = np.maximum(1, np.ceil(L / rung_spacing_m - 1e-9).astype(np.int64))
    # rung j of segment k sits at fraction f = j / n_k (j = 0 .. n_k - 1), then the last point
    seg_of = np.repeat(np.arange(len(a)), n)
    j = np.arange(seg_of.size) - np.repeat(np.cumsum(n) - n, n)
    f = (j / n[seg_of])[:, None]
    pts = np.vstack([P[a[seg_of]] + f * seg[seg_of], P[b[-1]][None]])
    frac = np.concatenate([f[:, 0], [1.0]])
    ka = np.concatenate([a[seg_of], [b[-1]]])
    kb = np.concatenate([b[seg_of], [b[-1]]])
    source = np.where(frac == 0.0, ka, -1)
    source[-1] = b[-1]
    tang = np.where(
        (source >= 0)[:, None],
        T[np.maximum(source, 0)],
        np.vstack([seg[seg_of], seg[-1:]]) / np.concatenate([L[seg_of], L[-1:]])[:, None],
    )
    tang = _unit(tang)
    fr = frac[:, None]
    na = _unit((1.0 - fr) * NA[ka] + fr * NA[kb])
    nb = _unit((1.0 - fr) * NB[ka] + fr * NB[kb])
    na = _orthogonal(na, tang, "normals_a")
    nb = _orthogonal(nb, tang, "normals_b")
    d = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(d)])
    c = np.einsum("rd,rd->r", _cross(na, nb), tang)
    # open angle below pi: (n_a x n_b) . k < 0; above pi (an outside corner): > 0; parallel faces: k = t
    sign = -np.sign(c) if seam.open_angle < np.pi else np.sign(c)
    sign = np.where(np.abs(c) < _PARALLEL_EPS, 1.0, sign)
    return SeamRungs(pts, tang, na, nb, s, d, source, sign[:, None] * tang, bool(seam.closed))


def _cross(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a x b over the last axis (np.cross costs more in axis bookkeeping than in arithmetic here)."""
    a0, a1, a2 = a[..., 0], a[..., 1], a[..., 2]
    b0, b1, b2 = b[..., 0], b[..., 1], b[..., 2]
    return np.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)


def _angles(value: np.ndarray | float, R: int) -> np.ndarray:
    """An angle argument as [R or 1, S]: scalars and [S] are shared by every rung, [R, S] is per rung."""
    a = np.asarray(value, dtype=float)
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a[None, :]
    if a.ndim == 2 and a.shape[0] in (1, R):
        return a
    raise ValueError(f"angles: expected a scalar, [S] or [{R}, S], got shape {a.shape}")


def torch_frames(
    rungs: SeamRungs,
    work_angle_rad: np.ndarray | float,
    travel_angle_rad: np.ndarray | float,
    spin_rad: np.ndarray | float,
) -> np.ndarray:
    """TCP frames X_PT[R, S, 4, 4] for S samples given as absolute angles (rad) at every rung.

    Each angle is a scalar, an array [S] shared by every rung, or [R, S] per rung; they broadcast together.
    """
    R = rungs.count
    work, travel, spin = np.broadcast_arrays(
        _angles(work_angle_rad, R), _angles(travel_angle_rad, R), _angles(spin_rad, R)
    )
    t = rungs.tangents[:, None, :]
    na = rungs.normals_a[:, None, :]
    d_a = _cross(rungs.normals_a, rungs.k_axis)[:, None, :]
    cw, sw = np.cos(work)[..., None], np.sin(work)[..., None]
    cg, sg = np.cos(travel)[..., None], np.sin(travel)[..., None]
    z = sg * t - cg * (cw * d_a + sw * na)
    x = _unit(t - np.sum(t * z, axis=-1, keepdims=True) * z)
    y = _cross(z, x)
    c, s = np.cos(spin)[..., None], np.sin(spin)[..., None]
    S = max(work.shape[1], 1)
    X = np.zeros((R, S, 4, 4))
    # [x y z] @ Rz(spin): x' = c x + s y, y' = -s x + c y, z' = z
    X[..., :3, 0] = c * x + s * y
    X[..., :3, 1] = c * y - s * x
    X[..., :3, 2] = z
    X[..., :3, 3] = rungs.points[:, None, :]
    X[..., 3, 3] = 1.0
    return X


def nominal_frames(rungs: SeamRungs, procedure: WeldProcedure, spin_rad: float = 0.0) -> np.ndarray:
    """X_PT[R, 4, 4] at the procedure's work and travel angles (a cad.WeldProcedure) and one spin."""
    return torch_frames(rungs, procedure.work_angle_rad, procedure.travel_angle_rad, spin_rad)[:, 0]


def sampling_levels(sampling: TorchSampling) -> list[tuple[float, float]]:
    """Nested tolerance boxes (work_tol, travel_tol) in the order they are tried: (0, 0), growing by
    angle_step to (work_tol, travel_tol) (the nominal tolerance, inclusive), then widened by angle_step on
    both up to max_tol."""
    step = sampling.angle_step_rad
    levels = [(0.0, 0.0)]
    w, g = 0.0, 0.0
    while w < sampling.work_tol_rad - 1e-12 or g < sampling.travel_tol_rad - 1e-12:
        w = min(w + step, sampling.work_tol_rad)
        g = min(g + step, sampling.travel_tol_rad)
        levels.append((w, g))
    top = max(sampling.max_tol_rad, w, g)
    while w < top - 1e-12 or g < top - 1e-12:
        w = min(w + step, top)
        g = min(g + step, top)
        levels.append((w, g))
    return levels


def _grid(tol: float, step: float) -> np.ndarray:
    k = np.arange(-np.floor(tol / step + 1e-9), np.floor(tol / step + 1e-9) + 1) * step
    return np.unique(np.round(np.concatenate([k, [-tol, tol]]), 12))


@dataclass(frozen=True, eq=False)
class SampleTable:
    """Torch samples shared by every rung, ordered by level.

    work_offset[S], travel_offset[S], spin[S] (rad; offsets relative to the procedure's angles);
    level[S] the first level that contains each sample; level_ends[L] the number of samples of levels
    0..L; levels[L] = (work_tol, travel_tol) of level L.
    """

    work_offset: np.ndarray
    travel_offset: np.ndarray
    spin: np.ndarray
    level: np.ndarray
    level_ends: np.ndarray
    levels: tuple[tuple[float, float], ...]


@lru_cache(maxsize=32)
def sample_table(sampling: TorchSampling) -> SampleTable:
    """All samples of all levels (see SampleTable); spins vary fastest, nominal offsets first."""
    levels = sampling_levels(sampling)
    spins = sampling.spins
    seen: set[tuple[float, float]] = set()
    wo, to, sp, lv, ends = [], [], [], [], []
    for i, (wt, gt) in enumerate(levels):
        new = []
        for dw in _grid(wt, sampling.angle_step_rad):
            for dg in _grid(gt, sampling.angle_step_rad):
                key = (round(float(dw), 9), round(float(dg), 9))
                if key not in seen:
                    seen.add(key)
                    new.append((float(dw), float(dg)))
        # nearest-to-nominal first inside a level
        new.sort(key=lambda o: (abs(o[0]) + abs(o[1]), o))
        for dw, dg in new:
            wo.append(np.full(spins.size, dw))
            to.append(np.full(spins.size, dg))
            sp.append(spins)
            lv.append(np.full(spins.size, i))
        ends.append(sum(x.size for x in sp))
    return SampleTable(
        np.concatenate(wo),
        np.concatenate(to),
        np.concatenate(sp),
        np.concatenate(lv).astype(np.int64),
        np.asarray(ends, dtype=np.int64),
        tuple(levels),
    )


def level_frames(
    rungs: SeamRungs,
    procedure: WeldProcedure,
    table: SampleTable,
    start: int,
    stop: int,
    rung_index: np.ndarray | None = None,
) -> np.ndarray:
    """X_PT[R', stop - start, 4, 4] of table samples start..stop-1 at the rungs ``rung_index`` (all when
    None), around a cad.WeldProcedure's angles."""
    sel = slice(start, stop)
    sub = rungs if rung_index is None else rungs.subset(np.asarray(rung_index))
    return torch_frames(
        sub,
        procedure.work_angle_rad + table.work_offset[sel],
        procedure.travel_angle_rad + table.travel_offset[sel],
        table.spin[sel],
    )


def frames_at(
    rungs: SeamRungs, procedure: WeldProcedure, table: SampleTable, rung_index: np.ndarray, sample_index: np.ndarray
) -> np.ndarray:
    """X_PT[n, 4, 4] of one table sample per listed rung (rung_index[n], sample_index[n])."""
    smp = np.asarray(sample_index, dtype=np.int64)[:, None]
    return torch_frames(
        rungs.subset(np.asarray(rung_index, dtype=np.int64)),
        procedure.work_angle_rad + table.work_offset[smp],
        procedure.travel_angle_rad + table.travel_offset[smp],
        table.spin[smp],
    )[:, 0]


@dataclass(frozen=True, eq=False)
class TorchSamples:
    """Sampled torch frames: X_PT[R, S, 4, 4] and the (work_offset, travel_offset, spin)[S] of each sample
    (rad, offsets relative to the procedure's angles); work_tol_rad / travel_tol_rad: the box they fill."""

    X_PT: np.ndarray
    work_offset: np.ndarray
    travel_offset: np.ndarray
    spin: np.ndarray
    work_tol_rad: float
    travel_tol_rad: float


def torch_samples(
    rungs: SeamRungs, procedure: WeldProcedure, sampling: TorchSampling, widen_steps: int = 0
) -> TorchSamples:
    """Every rung's samples within the sampling's tolerance (widen_steps = 0) or widened by widen_steps
    angle steps on both angles (capped at max_tol): spins over a full turn x the offset grid."""
    table = sample_table(sampling)
    nominal = max(
        i
        for i, (w, g) in enumerate(table.levels)
        if w <= sampling.work_tol_rad + 1e-12 and g <= sampling.travel_tol_rad + 1e-12
    )
    level = min(nominal + max(int(widen_steps), 0), len(table.levels) - 1)
    stop = int(table.level_ends[level])
    X_PT = level_frames(rungs, procedure, table, 0, stop)
    w, g = table.levels[level]
    return TorchSamples(
        X_PT,
        table.work_offset[:stop].copy(),
        table.travel_offset[:stop].copy(),
        table.spin[:stop].copy(),
        float(w),
        float(g),
    )
