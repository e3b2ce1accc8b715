"""Seams as a welder lists them: pieces of one joint line become one seam.

Contact detection (``seam_contacts``) and chaining (``seam_merge``) give one chain per stretch of contact
between two bodies. A welder sees fewer, longer seams:

* **Outside corners of finger joints** (``finger_corners``). Where two plates interlock along an edge (the
  tabs of each pass through slots in the other, as in sheet-metal boxes), the joint shows on the outside
  as short flush lines that alternate between the two faces of the edge, each one plate thickness from
  it. The welder lays one outside corner bead along the edge; the pieces become one "corner" seam on the
  edge line, with the two faces' normals (open angle above 180 deg, an outside corner).
* **Tab ends** (``tab_ends``). A tab passing through a slot and ending flush shows two parallel flush lines
  one tab thickness apart on the face it ends in; they are one short seam along the middle of the tab end.
* **One joint line across gaps** (``join_lines``). Chains whose ends meet in line (collinear, or tangent-
  continuous on a curve), with the same joint kind and free faces, become one seam, also across body pairs
  (two webs end to end on one base), when the stretch between them can be welded across: the air wedge
  there is free (no third body such as a gusset sits in it), and no opening that the bead must bridge is
  wider than ``max_gap``: along the line (two plates end to end) or across it (a tab in an oversized slot,
  whose clearance interrupts the contact while both parts stay within the clearance of the line).
* **Wrapping** (``wrap_corners``, an option). An outside fillet may turn around the convex corner of the
  part it goes round (a web's end) and go on as one seam.

A joined stretch longer than the contact tolerance is recorded as a gap segment (``Chain.gap``): with gaps
bridged the bead runs across it; with gaps skipped the arc goes off at its start and on again at its end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.spatial import cKDTree

from cad.seam_faces import BodyFaces
from cad.seam_geometry import unit
from cad.seam_merge import Chain

# Pieces of one line: directions within this angle of parallel, and a chord across a gap within this
# angle of the mean of the two end tangents (a circular arc's chord is parallel to it).
_PARALLEL_COS = np.cos(np.radians(2.0))
# Tangent-continuous: the line turns by at most this much across a gap (a 3 mm gap on a 30 mm radius
# fillet turns 5.7 deg).
_GAP_TURN_COS = np.cos(np.radians(10.0))
# Two seams share a joint kind when their open angles differ by less than this.
_SAME_ANGLE_RAD = np.radians(5.0)
# Widest stretch between two pieces that is tested for bridging: the length of the longest tab we expect
# a line to cross (tab-and-slot designs use tabs of 5 to 40 mm).
MAX_STRETCH_M = 0.05
# Finger joints and tab ends: lines at most this many plate thicknesses from the edge (or apart) belong
# to one joint (slots are cut a little wider than the plate: box_sides.STEP has 3.12 mm for 3 mm plate).
_THICKNESS_FACTOR = 1.25
# Sampling of a stretch for the bridging test.
_SAMPLE_M = 0.25e-3
# How far into the air wedge the free-air test probes.
_PROBE_M = 0.5e-3
# Wrapping: the turn around a convex corner, at most (a square corner turns 90 deg).
_WRAP_TURN_COS = np.cos(np.radians(100.0))


@dataclass
class Item:
    """A chain on its way to becoming a seam: its joint kind and open angle (rad)."""

    chain: Chain
    kind: str
    theta: float
    end_return: bool = False  # kept only to be wrapped round a corner; dropped if it is not


# ------------------------------------------------------------------------------------------ body geometry


class BodyGeometry:
    """Triangles of every body (metres) for the distance and inside tests of the bridging check."""

    def __init__(self, meshes: list[Any]) -> None:
        self.tris = [np.asarray(m.triangles, dtype=float) for m in meshes]
        self.lo = [t.min(axis=1) for t in self.tris]
        self.hi = [t.max(axis=1) for t in self.tris]
        self.box_lo = np.array([t.reshape(-1, 3).min(axis=0) for t in self.tris])
        self.box_hi = np.array([t.reshape(-1, 3).max(axis=0) for t in self.tris])

    def cross_distance(self, P: np.ndarray, t: np.ndarray, bodies: set[int], radius: float) -> np.ndarray:
        """Distance from each point P[n] of a line (direction t) to the material of ``bodies`` in the plane
        through it across the line: the opening a bead there has to bridge to reach them -> [n] (inf
        beyond radius)."""
        import trimesh.triangles

        best = np.full(len(P), np.inf)
        lo, hi = P.min(axis=0) - radius, P.max(axis=0) + radius
        for b in bodies:
            near = np.flatnonzero(np.all((self.lo[b] <= hi) & (lo <= self.hi[b]), axis=1))
            if len(near) == 0:
                continue
            tri = self.tris[b][near]  # [T,3,3]
            # only triangles that cross the plane across the line: material beside a point, not ahead of it
            side = np.einsum("tvd,d->tv", tri, t)[None] - (P @ t)[:, None, None]  # [n,T,3]
            crosses = (side.min(axis=2) <= 1e-9) & (side.max(axis=2) >= -1e-9)
            k, j = np.nonzero(crosses)
            if len(k) == 0:
                continue
            q = trimesh.triangles.closest_point(tri[j], P[k])  # type: ignore[no-untyped-call]  # unannotated
            along = np.abs((q - P[k]) @ t)
            d = np.where(along <= 0.25 * _SAMPLE_M, np.linalg.norm(q - P[k], axis=1), np.inf)
            np.minimum.at(best, k, d)
        return best

    def inside_any(self, P: np.ndarray) -> np.ndarray:
        """Whether each point P[n] lies inside a body (even-odd count of a ray's crossings) -> [n] bool."""
        inside = np.zeros(len(P), dtype=bool)
        # an oblique ray: hitting an edge or vertex of an axis-aligned plate exactly is unlikely
        ray = unit(np.array([0.5773, 0.5774, 0.5775]))
        for b in range(len(self.tris)):
            sel = np.flatnonzero(np.all((self.box_lo[b] <= P) & (self.box_hi[b] >= P), axis=1))
            if len(sel) == 0:
                continue
            tri = self.tris[b]
            e1, e2 = tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]
            h = np.cross(ray, e2)
            a = np.einsum("td,td->t", e1, h)
            ok = np.abs(a) > 1e-15
            f = np.where(ok, 1.0 / np.where(ok, a, 1.0), 0.0)
            S = P[sel, None, :] - tri[None, :, 0]  # [n,T,3]
            u = f * np.einsum("ntd,td->nt", S, h)
            Q = np.cross(S, e1[None])
            v = f * (Q @ ray)
            dist = f * np.einsum("td,ntd->nt", e2, Q)
            hits = ok & (u >= 0) & (v >= 0) & (u + v <= 1) & (dist > 0)
            inside[sel] |= np.count_nonzero(hits, axis=1) % 2 == 1
        return inside


# -------------------------------------------------------------------------------------- finger joints


@dataclass
class _Flush:
    """A straight flush line (open angle 180 deg): ends, direction, face normal, the body owning the face."""

    index: int
    p0: np.ndarray
    p1: np.ndarray
    t: np.ndarray
    n: np.ndarray
    owner: int | None


def _flush_lines(items: list[Item], flat_tol: float) -> list[_Flush]:
    out = []
    for i, it in enumerate(items):
        c = it.chain
        if c.closed or len(c.points) != 2 or abs(it.theta - np.pi) > flat_tol or c.gap is not None:
            continue
        n = unit(c.n_a.mean(axis=0) + c.n_b.mean(axis=0))
        owner = c.bodies[0] if c.big_a >= 0.5 else (c.bodies[1] if c.big_b >= 0.5 else None)
        out.append(_Flush(i, c.points[0], c.points[1], unit(c.points[1] - c.points[0]), n, owner))
    return out


def _same_pair(lines: list[_Flush], items: list[Item]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of lines between the same two bodies."""
    by_pair: dict[tuple[int, int], list[int]] = {}
    for i, ln in enumerate(lines):
        by_pair.setdefault(items[ln.index].chain.bodies, []).append(i)
    return [(g[x], g[y]) for g in by_pair.values() for x in range(len(g)) for y in range(x + 1, len(g))]


def _thickness(models: dict[int, BodyFaces], bodies: tuple[int, int], pick: Callable[[list[float]], float] = max
               ) -> float | None:
    ts = [t for b in bodies if b in models and (t := models[b].thickness) is not None]
    return pick(ts) if ts else None


def _runs(intervals: list[tuple[float, float, int]], max_gap: float) -> list[list[tuple[float, float, int]]]:
    """Intervals (start, end, tag) sorted and grouped into runs whose consecutive gaps are at most max_gap."""
    runs: list[list[tuple[float, float, int]]] = []
    end = -np.inf
    for a, b, tag in sorted(intervals):
        if runs and a - end <= max_gap:
            runs[-1].append((a, b, tag))
        else:
            runs.append([(a, b, tag)])
            end = -np.inf
        end = max(end, b)
    return runs


def _line_chain(origin: np.ndarray, t: np.ndarray, run: list[tuple[float, float, int]], n_a: np.ndarray,
                n_b: np.ndarray, d_a: np.ndarray, d_b: np.ndarray, big: tuple[float, float],
                bodies: tuple[int, int], join_tol: float) -> Chain:
    """A straight chain along origin + s t over the union of the intervals of a run; stretches between
    intervals longer than join_tol are gap segments."""
    run = sorted(run)
    s = [run[0][0]]
    gap: list[bool] = []
    end = run[0][1]
    for a, b, _ in run[1:]:
        if a - end > join_tol:
            s += [end, a]
            gap += [False, True]
        end = max(end, b)
    s.append(end)
    gap.append(False)
    pts = origin + np.outer(s, t)
    m = len(pts)

    def rep(v: np.ndarray) -> np.ndarray:
        return np.tile(v, (m, 1))

    return Chain(pts, rep(n_a), rep(n_b), rep(d_a), rep(d_b), big[0], big[1], bodies, False,
                 np.array(gap) if any(gap) else None)


def finger_corners(items: list[Item], models: dict[int, BodyFaces], max_gap: float, join_tol: float,
                   flat_tol: float) -> list[Item]:
    """Flush lines of interlocking plates that alternate between the two faces of a convex edge -> one
    outside corner seam along the edge per run (consecutive pieces at most max_gap apart along it)."""
    lines = _flush_lines(items, flat_tol)
    parent = list(range(len(lines)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    edge_of: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for i, j in _same_pair(lines, items):
        a, b = lines[i], lines[j]
        pair = items[a.index].chain.bodies
        if abs(a.t @ b.t) < _PARALLEL_COS:
            continue
        if abs(a.n @ b.n) > np.cos(np.radians(20.0)):
            continue  # the same face (or opposite faces): no edge between them
        reach = _thickness(models, pair)
        if reach is None:
            continue
        reach *= _THICKNESS_FACTOR
        # the edge: where the two face planes meet, at a's start along the line
        E = np.linalg.solve(np.stack([a.n, b.n, a.t]), np.array([a.n @ a.p0, b.n @ b.p0, a.t @ a.p0]))
        Eb = E + ((b.p0 - E) @ a.t) * a.t
        off_a, off_b = a.p0 - E, b.p0 - Eb
        if np.linalg.norm(off_a) > reach or np.linalg.norm(off_b) > reach:
            continue
        # convex edge: each line lies on its face, behind the other face's plane
        if off_a @ b.n > -0.25 * join_tol or off_b @ a.n > -0.25 * join_tol:
            continue
        sa = sorted(((a.p0 - E) @ a.t, (a.p1 - E) @ a.t))
        sb = sorted(((b.p0 - E) @ a.t, (b.p1 - E) @ a.t))
        if max(sb[0] - sa[1], sa[0] - sb[1]) > max_gap:
            continue
        parent[find(j)] = find(i)
        edge_of.setdefault(i, (E, a.t))
        edge_of.setdefault(j, (E, a.t))
    groups: dict[int, list[int]] = {}
    for i in range(len(lines)):
        groups.setdefault(find(i), []).append(i)
    used: set[int] = set()
    out: list[Item] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        E, t = edge_of[members[0]]
        first = lines[members[0]]
        on_1 = {m: bool(lines[m].n @ first.n > 0.5) for m in members}
        n1 = unit(np.mean([lines[m].n for m in members if on_1[m]], axis=0))
        n2 = unit(np.mean([lines[m].n for m in members if not on_1[m]], axis=0))
        pair = items[first.index].chain.bodies
        owners1 = [lines[m].owner for m in members if on_1[m]]
        # normals_a is body a's face: the face that is a main face of body a along most of its pieces
        a_on_1 = owners1.count(pair[0]) >= owners1.count(pair[1])
        n_a, n_b = (n1, n2) if a_on_1 else (n2, n1)
        theta = float(np.pi + np.arccos(np.clip(n_a @ n_b, -1.0, 1.0)))
        intervals = []
        for m in members:
            ln = lines[m]
            s0, s1 = sorted(((ln.p0 - E) @ t, (ln.p1 - E) @ t))
            intervals.append((float(s0), float(s1), m))
        for run in _runs(intervals, max_gap):
            if len({on_1[m] for _, _, m in run}) < 2:
                continue  # pieces on one face only: no corner between faces there
            used.update(lines[m].index for _, _, m in run)
            chain = _line_chain(E, t, run, n_a, n_b, -n_b, -n_a, (1.0, 1.0), pair, join_tol)
            out.append(Item(chain, "corner", theta))
    return [it for i, it in enumerate(items) if i not in used] + out


def tab_ends(items: list[Item], models: dict[int, BodyFaces], join_tol: float, flat_tol: float) -> list[Item]:
    """The two flush lines along the sides of a tab end (a tab through a slot, flush with the face it
    ends in) -> one seam along the middle of the tab end."""
    lines = _flush_lines(items, flat_tol)
    pairs = []
    for i, j in _same_pair(lines, items):
        a, b = lines[i], lines[j]
        pair = items[a.index].chain.bodies
        if a.n @ b.n < _PARALLEL_COS or abs(a.t @ b.t) < _PARALLEL_COS:
            continue
        w = b.p0 - a.p0
        if abs(w @ a.n) > join_tol:
            continue  # not in one plane
        across = w - (w @ a.t) * a.t
        width = float(np.linalg.norm(across))
        thick = _thickness(models, pair)
        if thick is None or not 0.5 * join_tol < width <= _THICKNESS_FACTOR * thick:
            continue
        sa = sorted((0.0, float((a.p1 - a.p0) @ a.t)))
        sb = sorted((float((b.p0 - a.p0) @ a.t), float((b.p1 - a.p0) @ a.t)))
        overlap = min(sa[1], sb[1]) - max(sa[0], sb[0])
        if overlap < 0.5 * min(sa[1] - sa[0], sb[1] - sb[0]):
            continue
        pairs.append((width, a, b, across, sa, sb))
    used: set[int] = set()
    out = []
    for _, a, b, across, sa, sb in sorted(pairs, key=lambda x: x[0]):
        if a.index in used or b.index in used:
            continue
        used |= {a.index, b.index}
        ca, cb = items[a.index].chain, items[b.index].chain
        mid = a.p0 + 0.5 * across
        d = unit(across)
        big = (0.5 * (ca.big_a + cb.big_a), 0.5 * (ca.big_b + cb.big_b))
        chain = _line_chain(mid, a.t, [(min(sa[0], sb[0]), max(sa[1], sb[1]), 0)], a.n, a.n, d, -d, big,
                            ca.bodies, join_tol)
        out.append(Item(chain, items[a.index].kind, np.pi))
    return [it for i, it in enumerate(items) if i not in used] + out


# ------------------------------------------------------------------------------------------ joint lines


@dataclass
class _End:
    item: int
    last: bool  # the chain's last point (else its first)
    p: np.ndarray
    out: np.ndarray  # direction leaving the chain through this end
    n_a: np.ndarray
    n_b: np.ndarray


def _end_direction(P: np.ndarray) -> np.ndarray:
    """Direction leaving a polyline through its last point P[-1]. A segment's direction is the curve's
    tangent at the segment's middle: on a curve, the turn from the second last segment to the last one,
    carried on by half a segment, gives the tangent at the end (a 60 mm tube's fillet at 0.1 mm chord error
    has 4.9 mm segments, whose directions lag the end tangent by 4.7 deg)."""
    last = unit(P[-1] - P[-2])
    if len(P) < 3:
        return last
    prev = unit(P[-2] - P[-3])
    return unit(last + 0.5 * (last - prev))


def _ends(items: list[Item]) -> list[_End]:
    out = []
    for i, it in enumerate(items):
        c = it.chain
        if c.closed or len(c.points) < 2:
            continue
        out.append(_End(i, False, c.points[0], _end_direction(c.points[::-1]), c.n_a[0], c.n_b[0]))
        out.append(_End(i, True, c.points[-1], _end_direction(c.points), c.n_a[-1], c.n_b[-1]))
    return out


def _side_match(e: _End, f: _End, cos_lim: float) -> int:
    """1: f's faces a/b carry on e's a/b; -1: swapped (f's a is e's b); 0: the faces do not carry on."""
    if e.n_a @ f.n_a >= cos_lim and e.n_b @ f.n_b >= cos_lim:
        return 1
    if e.n_a @ f.n_b >= cos_lim and e.n_b @ f.n_a >= cos_lim:
        return -1
    return 0


def _bridgeable(e: _End, f: _End, sides: tuple[set[int], set[int]], geometry: BodyGeometry,
                max_gap: float) -> bool:
    """Whether a bead can run across the stretch e -> f: free air in the wedge all along, and no opening
    (across or along the line) wider than max_gap."""
    g = f.p - e.p
    d = float(np.linalg.norm(g))
    t = g / d
    n = max(2, int(np.ceil(d / _SAMPLE_M)))
    s = (np.arange(n) + 0.5) / n
    P = e.p + s[:, None] * g
    bis = unit(unit(e.n_a + e.n_b)[None] * (1.0 - s[:, None]) + unit(f.n_a + f.n_b)[None] * s[:, None])
    # free air every 1 mm: a plate in the wedge is thicker than that
    probe = (np.linalg.norm(bis, axis=1) > 0.5) & (np.arange(n) % 4 == 0)
    if geometry.inside_any(P[probe] + _PROBE_M * bis[probe]).any():
        return False  # something (a gusset, the plate itself) fills the wedge there
    filled = np.ones(n, dtype=bool)
    for side in sides:
        filled &= geometry.cross_distance(P, t, side, max_gap) <= max_gap
    # the longest run of unfilled samples: the opening along the line
    longest, run = 0, 0
    for ok in filled:
        run = 0 if ok else run + 1
        longest = max(longest, run)
    return longest * d / n <= max_gap + 1e-9


def join_lines(items: list[Item], geometry: BodyGeometry, max_gap: float, join_tol: float,
               merge_angle: float, wrap: bool = False) -> list[Item]:
    """Join chains along one joint line across gaps (see the module doc); wrap: outside fillets also join
    around convex corners."""
    ends = _ends(items)
    if len(ends) < 2:
        return items
    cos_lim = np.cos(merge_angle)
    tree = cKDTree(np.array([e.p for e in ends]))
    links = []
    for i, j in tree.query_pairs(MAX_STRETCH_M, output_type="ndarray"):
        e, f = ends[i], ends[j]
        # a chain's two ends may meet (an arc round a tube interrupted by a slit closes into a loop)
        A, B = items[e.item], items[f.item]
        if A.kind != B.kind or abs(A.theta - B.theta) > _SAME_ANGLE_RAD:
            continue
        g = f.p - e.p
        d = float(np.linalg.norm(g))
        if e.item == f.item and (d <= join_tol or A.chain.length < 3.0 * d):
            continue  # only a chain that comes round (an arc) closes on itself, not a short piece
        match = _side_match(e, f, cos_lim)
        straight = -(e.out @ f.out) >= _GAP_TURN_COS
        if straight and match:
            if d > join_tol:
                # in line: the chord along the mean tangent, or off it by no more than the jogs real CAD
                # leaves between pieces of one line (box_sides.STEP: 0.13 mm)
                mean = unit(e.out - f.out)
                lateral = float(np.linalg.norm(g - (g @ mean) * mean))
                if g @ mean <= 0 or ((g / d) @ mean < _PARALLEL_COS and lateral > join_tol):
                    continue
        elif wrap and A.kind == "fillet" and d <= join_tol and _wraps(e, f):
            match = _wrap_match(e, f, cos_lim)
            if not match:
                continue
        else:
            continue
        ca, cb = A.chain, B.chain
        if match == 1:
            sides = ({ca.bodies[0], cb.bodies[0]}, {ca.bodies[1], cb.bodies[1]})
        else:
            sides = ({ca.bodies[0], cb.bodies[1]}, {ca.bodies[1], cb.bodies[0]})
        if d > join_tol and not _bridgeable(e, f, sides, geometry, max_gap):
            continue
        links.append((d, i, j, match))
    partner: dict[int, tuple[int, int]] = {}
    for _, i, j, match in sorted(links, key=lambda x: x[0]):
        if i in partner or j in partner:
            continue
        partner[i], partner[j] = (j, match), (i, match)
    if not partner:
        return items
    # walk the links: each item has two ends (2 k: first point, 2 k + 1: last point in `ends` order)
    end_index = {(e.item, e.last): k for k, e in enumerate(ends)}
    seen: set[int] = set()
    out = []
    order_starts = [k for k in range(len(ends)) if k not in partner] + list(range(len(ends)))
    for k0 in order_starts:
        item0 = ends[k0].item
        if item0 in seen:
            continue
        walk: list[tuple[int, bool, int]] = []  # (item, reversed, side flip relative to the first)
        k, flip, closed = k0, 1, False
        while True:
            e = ends[k]
            if e.item in seen:
                closed = True
                break
            seen.add(e.item)
            walk.append((e.item, e.last, flip))  # entering through its last point: walk it backwards
            exit_k = end_index[(e.item, not e.last)]
            if exit_k not in partner:
                break
            k, match = partner[exit_k]
            flip *= match
        if len(walk) == 1 and not closed:
            out.append(items[walk[0][0]])
            continue
        out.append(_assemble(items, walk, closed, join_tol))
    return out


def _wraps(e: _End, f: _End) -> bool:
    """e -> f turns around a convex corner of a part the fillet goes round: the new direction leaves the
    face the old one ran along (a square web end turns 90 deg outwards)."""
    turn = -(e.out @ f.out)
    if turn < _WRAP_TURN_COS or turn > _GAP_TURN_COS:
        return False
    # one face carries on (the plate the part stands on), the other turns with the line
    return bool(abs(e.n_a @ f.n_a) > _PARALLEL_COS or abs(e.n_b @ f.n_b) > _PARALLEL_COS
                or abs(e.n_a @ f.n_b) > _PARALLEL_COS or abs(e.n_b @ f.n_a) > _PARALLEL_COS)


def _wrap_match(e: _End, f: _End, cos_lim: float) -> int:
    """Side correspondence across a wrap (1, -1 as in _side_match; 0: no wrap). The face that carries on
    (the plate under the part) keeps its side; the other turns outwards round a convex corner: the line
    heads back across the old face's side of the part and the new face faces the old direction. An
    inside corner (a wall meeting a wall) turns the other way and ends the seam."""
    for match, (fa, fb) in ((1, (f.n_a, f.n_b)), (-1, (f.n_b, f.n_a))):
        if e.n_a @ fa >= cos_lim:
            old, new = e.n_b, fb
        elif e.n_b @ fb >= cos_lim:
            old, new = e.n_a, fa
        else:
            continue
        if (-f.out) @ old < -0.5 and e.out @ new > 0.5:
            return match
    return 0


def _assemble(items: list[Item], walk: list[tuple[int, bool, int]], closed: bool, join_tol: float) -> Item:
    """One chain from the walked items (each reversed as entered, sides flipped to the first's)."""
    longest = max(walk, key=lambda w: items[w[0]].chain.length)
    ref_flip = longest[2]
    pts: list[np.ndarray] = []
    na: list[np.ndarray] = []
    nb: list[np.ndarray] = []
    da: list[np.ndarray] = []
    db: list[np.ndarray] = []
    gap: list[np.ndarray] = []
    w_len, big_a, big_b = 0.0, 0.0, 0.0
    for k, (i, rev, flip) in enumerate(walk):
        c = items[i].chain
        r = slice(None, None, -1) if rev else slice(None)
        P, A, B, DA, DB = c.points[r], c.n_a[r], c.n_b[r], c.d_a[r], c.d_b[r]
        G = np.zeros(len(P) - 1, dtype=bool) if c.gap is None else c.gap[r][: len(P) - 1]
        ba, bb = c.big_a, c.big_b
        if flip * ref_flip < 0:
            A, B, DA, DB, ba, bb = B, A, DB, DA, bb, ba
        if k > 0:
            if np.linalg.norm(P[0] - pts[-1][-1]) <= join_tol:  # touching ends: one point between them
                pts[-1] = np.vstack([pts[-1][:-1], 0.5 * (pts[-1][-1] + P[0])])
                P, A, B, DA, DB = P[1:], A[1:], B[1:], DA[1:], DB[1:]
                gap.append(G)
            else:
                gap.append(np.concatenate([[True], G]))
        else:
            gap.append(G)
        pts.append(P)
        na.append(A)
        nb.append(B)
        da.append(DA)
        db.append(DB)
        L = c.length
        w_len, big_a, big_b = w_len + L, big_a + L * ba, big_b + L * bb
    P = np.vstack(pts)
    G = np.concatenate(gap)
    arrays = [np.vstack(x) for x in (na, nb, da, db)]
    if closed:
        if np.linalg.norm(P[-1] - P[0]) <= join_tol:
            # the last point meets the first: fold it in; the old last segment now closes the loop
            P[0] = 0.5 * (P[0] + P[-1])
            P, arrays = P[:-1], [x[:-1] for x in arrays]
        else:
            G = np.concatenate([G, [True]])
    arrays = [unit(x) for x in arrays]
    ref = items[longest[0]]
    bodies = ref.chain.bodies
    joined = {b for i, _, _ in walk for b in (*items[i].chain.bodies, *items[i].chain.joined)} - set(bodies)
    n_a, n_b, d_a, d_b = arrays
    chain = Chain(P, n_a, n_b, d_a, d_b, big_a=big_a / max(w_len, 1e-12), big_b=big_b / max(w_len, 1e-12),
                  bodies=bodies, closed=closed, gap=G if G.any() else None, joined=tuple(sorted(joined)))
    theta = float(np.median([items[i].theta for i, _, _ in walk]))
    return Item(chain, ref.kind, theta)


