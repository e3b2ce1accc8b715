"""Ladder graph of one seam (descartes_light split): waypoint sampler, state evaluator, edge evaluator.

- Sampler (``sample_rungs``): torch frames X_PT -> flange poses X_BF = X_BP @ X_PT @ inv(X_FT) -> every raw
  IK branch -> every +-2 pi variant inside the joint limits (or a narrower window the planner passes).
  Each vertex keeps its torch sample and its IK branch slot (OPW: 4 wrist_flip + 2 shoulder + elbow; UR:
  4 shoulder + 2 wrist + elbow).
- State evaluator (``singularity_measures``, ``vertex_costs``): rejects vertices too close to a wrist,
  elbow or shoulder singularity and prices nearness to singularities, to joint limits and the deviation of
  the torch angles from the procedure's.
- Edge evaluator (``ladder_edges``): an edge joins two vertices of consecutive rungs when the arm keeps its
  configuration (same branch slot: the shoulder, elbow and wrist flags are geometric, so a change means
  passing through a singularity) and every joint step fits |dq_i| <= safety * v_max_i * dt with
  dt = rung distance / travel speed (the joint speeds needed at the weld's travel speed stay in the
  limits) and within ``max_joint_step_rad`` (a linear move between the rungs follows the same branch
  continuously; a large joint step between poses a few millimetres apart is a flip, not a weld). More
  gated coordinates may ride along (the planner adds the torch angle offsets). Cost: weighted sum of
  |dq_i|. Numeric-IK robots have no geometric slots: all their vertices share slot 0 and
  only the step gates apply.

Missing states are data: per rung the number of raw IK solutions, of solutions inside the limits and of
non-singular ones feeds the failure reasons (unreachable / joint_limit / singular).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from kinematics.branches import arm_measures
from kinematics.solutions import turn_variants
from kinematics.solver import RobotKinematics

__all__ = [
    "StateConfig",
    "RungVertices",
    "RungEdges",
    "sample_rungs",
    "singularity_measures",
    "vertex_costs",
    "ladder_edges",
    "joint_step_caps",
]

# limits are inclusive up to this (rad), as in kinematics.solutions.expand_within_limits
_TURN_TOL = 1e-9
# ladder_edges checks rung pairs with at most this many vertex pairs densely
_DENSE_PAIRS = 100_000


@dataclass(frozen=True)
class StateConfig:
    """State evaluator settings.

    singular_reject_rad: a vertex whose wrist (|sin theta5|) or elbow (|sin| of the elbow angle) measure is
    below sin(this) is rejected; shoulder_reject_m: same for the wrist centre's distance from axis 1.
    singular_soft_rad / shoulder_soft_m: below these a quadratic penalty grows to singular_weight.
    limit_margin_rad: within this of a joint limit a quadratic penalty grows to limit_weight.
    deviation_weight: cost per radian of work / travel angle offset from the procedure.
    wrap_weight: cost per joint outside (-pi, pi] (a +-2 pi variant on a multi-turn joint). The same torch
    pose, one turn round: where links fold onto each other at +-180 deg (a UR's wrist 2 turning the torch
    into the forearm) that variant sits behind a crossing no air move from home makes, and on roll joints a
    turn wound up is dress-pack wound up. Paths keep it where they need it (a seam that turns the torch
    further round).
    jacobian_reject / jacobian_soft: for numeric-IK robots, the same on the smallest singular value of the
    Jacobian with its linear rows divided by the arm length.
    """

    singular_reject_rad: float = math.radians(2.0)
    singular_soft_rad: float = math.radians(15.0)
    shoulder_reject_m: float = 0.01
    shoulder_soft_m: float = 0.10
    singular_weight: float = 1.0
    limit_margin_rad: float = math.radians(10.0)
    limit_weight: float = 1.0
    deviation_weight: float = 1.0
    wrap_weight: float = 0.5
    jacobian_reject: float = 1e-3
    jacobian_soft: float = 5e-2


@dataclass(frozen=True, eq=False)
class RungVertices:
    """Vertices of one rung, from one sampler call.

    q[n, 6] joint solutions (rad, inside limits); sample[n] index into the SampleTable; slot[n] IK branch
    slot; cost[n] vertex cost; counts: raw IK solutions, solutions inside the limits and non-singular ones
    found for this rung (over all its samples) -> (raw, in_limits, non_singular).
    """

    q: np.ndarray
    sample: np.ndarray
    slot: np.ndarray
    cost: np.ndarray
    counts: tuple[int, int, int]


@dataclass(frozen=True, eq=False)
class RungEdges:
    """Edges from rung r to rung r + 1, sorted by dst: src[E], dst[E] vertex indices, cost[E];
    starts[U], targets[U], seg_counts[U]: the first edge of each distinct dst (ascending), that dst and its
    number of incoming edges (for segment reductions)."""

    src: np.ndarray
    dst: np.ndarray
    cost: np.ndarray
    starts: np.ndarray
    targets: np.ndarray
    seg_counts: np.ndarray

    @classmethod
    def build(cls, src: np.ndarray, dst: np.ndarray, cost: np.ndarray) -> RungEdges:
        order = np.argsort(dst, kind="stable")
        src, dst, cost = src[order], dst[order], cost[order]
        if dst.size:
            first = np.flatnonzero(np.concatenate([[True], dst[1:] != dst[:-1]]))
        else:
            first = np.zeros(0, dtype=np.int64)
        return cls(
            src.astype(np.int64),
            dst.astype(np.int64),
            cost.astype(np.float64),
            first,
            dst[first].astype(np.int64),
            np.diff(np.append(first, dst.size)),
        )

    @property
    def count(self) -> int:
        return int(self.src.size)


# ---------------------------------------------------------------------------------------------- sampler


def singularity_measures(kin: RobotKinematics, q: np.ndarray) -> np.ndarray:
    """Distance from singularities for q[n, 6] -> m[n, 3]: (wrist, elbow, shoulder).

    OPW (paper angles theta = q * sign - offset): wrist |sin theta5|, elbow |sin(theta3 + psi3)| with
    psi3 = atan2(a2, c3) (zero with the arm stretched or folded), shoulder: distance (m) of the wrist centre
    from the plane through axis 1 across the arm (zero with the wrist centre over axis 1). UR (DH angles):
    wrist |sin theta5|, elbow |sin theta3|, shoulder |a2 c2 + a3 c23 + d5 s234| (m). For both,
    |det J| = c2 * |forearm| * wrist * elbow * shoulder (OPW) or |a2 a3| * wrist * elbow * shoulder (UR).
    Numeric robots: all three columns hold the smallest singular value of the Jacobian (linear rows divided
    by the chain's reach).
    """
    q = np.asarray(q, dtype=float).reshape(-1, 6)
    if kin.opw is not None or kin.ur is not None:
        return np.abs(arm_measures(kin, q))
    from kinematics.chain import jacobian

    J = jacobian(kin.chain, q)
    reach = max(float(np.linalg.norm(kin.fk(np.zeros((1, 6)))[0, :3, 3])), 1e-3)  # arm length scale
    J[:, :3, :] /= reach
    s = np.linalg.svd(J, compute_uv=False)[:, -1]
    return np.stack([s, s, s], axis=1)


def _singular_thresholds(kin: RobotKinematics, cfg: StateConfig) -> tuple[np.ndarray, np.ndarray]:
    if kin.opw is None and kin.ur is None:
        return np.full(3, cfg.jacobian_reject), np.full(3, cfg.jacobian_soft)
    reject = np.array([math.sin(cfg.singular_reject_rad), math.sin(cfg.singular_reject_rad), cfg.shoulder_reject_m])
    soft = np.array([math.sin(cfg.singular_soft_rad), math.sin(cfg.singular_soft_rad), cfg.shoulder_soft_m])
    return reject, soft


def vertex_costs(
    kin: RobotKinematics, q: np.ndarray, measures: np.ndarray, deviation: np.ndarray, cfg: StateConfig
) -> np.ndarray:
    """Vertex cost[n] for q[n, 6] with singularity measures[n, 3] and torch angle deviation[n] (rad)."""
    _, soft = _singular_thresholds(kin, cfg)
    x = np.clip(1.0 - measures / soft, 0.0, None)
    cost = cfg.singular_weight * np.sum(x * x, axis=1)
    margin = np.minimum(q - kin.lower, kin.upper - q)
    y = np.clip(1.0 - margin / cfg.limit_margin_rad, 0.0, None)
    cost += cfg.limit_weight * np.sum(y * y, axis=1)
    cost += cfg.wrap_weight * np.count_nonzero((q <= -math.pi) | (q > math.pi), axis=1)
    return cost + cfg.deviation_weight * deviation


def sample_rungs(
    kin: RobotKinematics,
    X_BF: np.ndarray,
    sample_index: np.ndarray,
    deviation: np.ndarray,
    cfg: StateConfig,
    lower: np.ndarray | None = None,
    upper: np.ndarray | None = None,
) -> list[RungVertices]:
    """Vertices of R rungs from their flange poses X_BF[R, S, 4, 4].

    sample_index[S]: the SampleTable rows of the S samples; deviation[S]: their |work| + |travel| offsets.
    Every raw IK branch is expanded to its +-2 pi variants inside the limits; near-singular ones are
    dropped (counted). lower/upper[6]: the joint range variants must fall in (default: the joint limits;
    the planner narrows multi-turn joints to a window around a reference). Analytic robots use the raw
    closed-form branches (their FK is checked where a vertex is checked: see ladder_lazy.py); numeric
    robots use FK-verified branches.
    """
    R, S = X_BF.shape[:2]
    flat = X_BF.reshape(R * S, 4, 4)
    analytic = kin.opw is not None or kin.ur is not None
    qb = kin.ik_branches(flat) if analytic else kin.verified_branches(flat)
    K = qb.shape[1]
    rows = qb.reshape(R * S * K, 6)
    finite = np.all(np.isfinite(rows), axis=1)
    raw_per_rung = finite.reshape(R, S * K).sum(axis=1)
    fidx = np.flatnonzero(finite)
    lo, hi = kin.lower if lower is None else lower, kin.upper if upper is None else upper
    sols, owner = turn_variants(rows[fidx], lo - _TURN_TOL, hi + _TURN_TOL)
    owner = fidx[owner]
    rung_of = owner // (S * K)
    in_limits_per_rung = np.bincount(rung_of, minlength=R)
    measures = singularity_measures(kin, sols)
    reject, _ = _singular_thresholds(kin, cfg)
    ok = np.all(measures >= reject, axis=1)
    sols, owner, rung_of, measures = sols[ok], owner[ok], rung_of[ok], measures[ok]
    s_local = (owner // K) % S
    slot = (owner % K) if analytic else np.zeros(owner.size, dtype=np.int64)
    cost = vertex_costs(kin, sols, measures, deviation[s_local], cfg)
    ends = np.searchsorted(rung_of, np.arange(1, R + 1))
    starts = np.concatenate([[0], ends[:-1]])
    out = []
    for r in range(R):
        a, b = int(starts[r]), int(ends[r])
        out.append(
            RungVertices(
                sols[a:b],
                np.asarray(sample_index)[s_local[a:b]],
                slot[a:b].astype(np.int64),
                cost[a:b],
                (int(raw_per_rung[r]), int(in_limits_per_rung[r]), b - a),
            )
        )
    return out


# ------------------------------------------------------------------------------------------ edge evaluator


def joint_step_caps(
    max_speed: np.ndarray, seg_len: float, travel_speed: float, safety: float, max_joint_step_rad: float | None
) -> np.ndarray:
    """Largest allowed |dq_i| [6] between two rungs seg_len apart welded at travel_speed."""
    cap = safety * np.asarray(max_speed, dtype=float) * (seg_len / travel_speed)
    if max_joint_step_rad is not None:
        cap = np.minimum(cap, max_joint_step_rad)
    return cap


def ladder_edges(
    q_a: np.ndarray, slot_a: np.ndarray, q_b: np.ndarray, slot_b: np.ndarray, caps: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feasible edges between two rungs: same slot and |q_b - q_a| <= caps on every coordinate -> (src[E],
    dst[E], cost[E]) with cost = weights . |dq| (RungEdges.build sorts them for the searches). q_a[n_a, D],
    q_b[n_b, D]: joint values, optionally followed by more gated coordinates (caps[D], weights[D]).

    Candidates first, then the exact check on every coordinate, so the work grows with the candidates, not
    with n_a * n_b. Rung b's vertices are bucketed on the slot and on grid cells (one cap wide, plus a
    hair for rounding) of the second and third most spread coordinates (in units of their caps; a feasible
    pair is never more than one cell apart), and sorted within a bucket on the most spread coordinate;
    each vertex of rung a takes, in each of the 3 x 3 neighbouring buckets, the window within one cap.
    Boosted rungs hold thousands of vertices: windows on one coordinate alone left about six candidates
    per edge, and gathering all D columns of each candidate was most of the planning time. The survivors
    are filtered one column at a time, the most spread first.
    """
    na, nb = q_a.shape[0], q_b.shape[0]
    z = np.zeros(0, dtype=np.int64)
    if na == 0 or nb == 0:
        return z, z, np.zeros(0)
    lo = np.minimum(q_a.min(axis=0), q_b.min(axis=0))
    spread = (np.maximum(q_a.max(axis=0), q_b.max(axis=0)) - lo) / caps
    by = [int(j) for j in np.argsort(-spread, kind="stable")]
    if na * nb <= _DENSE_PAIRS:
        # few pairs: the most spread coordinate on all of them at once beats bucketing (most rung pairs are
        # small and the buckets' fixed cost was most of their time); nonzero is src-major already
        j1 = by[0]
        near = np.abs(q_b[None, :, j1] - q_a[:, None, j1]) <= caps[j1]
        near &= slot_a[:, None] == slot_b[None, :]
        src, dst = np.nonzero(near)
        col_a, col_b = np.ascontiguousarray(q_a.T), np.ascontiguousarray(q_b.T)
        for j in by[1:]:
            keep = np.abs(col_b[j][dst] - col_a[j][src]) <= caps[j]
            src, dst = src[keep], dst[keep]
        return src, dst, _edge_costs(q_a, q_b, src, dst, weights)
    j1 = by[0]
    # a coordinate spread over less than two caps leaves every pair within one cell: no use as a grid key
    grid = [j for j in by[1:3] if spread[j] >= 2.0]
    width = caps * (1.0 + 1e-6)
    cell_a, cell_b = slot_a.astype(np.int64), slot_b.astype(np.int64)
    neighbours = np.zeros(1, dtype=np.int64)  # bucket offsets of the neighbouring cells
    for j in grid:
        m = int(spread[j] / (1.0 + 1e-6)) + 3  # cells 1..m-2 used, 0 and m-1 for the neighbours
        cell_a = cell_a * m + ((q_a[:, j] - lo[j]) / width[j]).astype(np.int64) + 1
        cell_b = cell_b * m + ((q_b[:, j] - lo[j]) / width[j]).astype(np.int64) + 1
        neighbours = (neighbours[:, None] * m + np.array([-1, 0, 1])).reshape(-1)
    span = float(spread[j1]) + 4.0
    x_a = (q_a[:, j1] - lo[j1]) / caps[j1]
    key_b = cell_b * span + (q_b[:, j1] - lo[j1]) / caps[j1]
    order = np.argsort(key_b, kind="stable")
    ks = key_b[order]
    src_l, dst_l = [], []
    for off in neighbours.tolist():
        key = (cell_a + off) * span + x_a
        first = np.searchsorted(ks, key - (1.0 + 1e-9), side="left")
        cnt = np.searchsorted(ks, key + (1.0 + 1e-9), side="right") - first
        total = int(cnt.sum())
        if total:
            src_l.append(np.repeat(np.arange(na), cnt))
            dst_l.append(order[np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(first, cnt)])
    if not src_l:
        return z, z, np.zeros(0)
    src, dst = np.concatenate(src_l), np.concatenate(dst_l)
    keep = slot_a[src] == slot_b[dst]
    # one contiguous array per coordinate: a 1-d gather is several times faster than q[idx, j]
    col_a, col_b = np.ascontiguousarray(q_a.T), np.ascontiguousarray(q_b.T)
    for j in by:
        src, dst = src[keep], dst[keep]
        keep = np.abs(col_b[j][dst] - col_a[j][src]) <= caps[j]
    src, dst = src[keep], dst[keep]
    # src-major, as the searches have always seen them (RungEdges.build keeps this order within a dst)
    order = np.argsort(src * nb + dst, kind="stable")
    src, dst = src[order], dst[order]
    return src, dst, _edge_costs(q_a, q_b, src, dst, weights)


def _edge_costs(q_a: np.ndarray, q_b: np.ndarray, src: np.ndarray, dst: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """cost[E] = weights . |q_b[dst] - q_a[src]|, the same bits for an edge whatever else is evaluated with it: a
    row sum, not a matrix-vector product (BLAS rounds a row differently with the batch's size and alignment,
    and a rung pair rebuilt in parts must hold the costs of evaluating it anew, ties broken alike)."""
    return (np.abs(q_b[dst] - q_a[src]) * weights).sum(axis=1)
