"""Weld seams of a part: automatic detection and user-drawn seams.

Assemblies (several bodies): seams are the boundaries of the face-to-face contacts between bodies where the
two free faces form a concave corner (fillet, lap, outside corner) or lie flush (butt, flush corner); see
``seam_contacts``. A single body: its concave sharp edges are the candidates (``seam_concave``). Pieces are
chained into polylines (``seam_merge``), classified, joined into the seams a welder lists (``seam_lines``:
finger-joint outside corners, tab ends, one joint line across gaps and body pairs, optionally round
corners), filtered, resampled and checked for torch access (``accessibility``).

Kinds, from the free faces and the plates they belong to (a plate's "main" faces are the two large ones,
its "edge" faces the thin ones around it):
    butt    flush line (open angle 180 deg) between two parallel plates;
    corner  flush line between non-parallel plates, or a concave corner between two edge faces (the
            outside of an open corner joint);
    lap     concave corner between two parallel plates lying on each other;
    fillet  every other concave corner (T-joints, inside corners, tubes and gussets on plates).
A flush line between two edge faces (the end of a lap, a web flush with its base's end) is no seam, nor is
an "end return": the short concave corner across the end of a plate, as long as the plate is thick.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import radians
from typing import cast

import numpy as np

from cad.accessibility import AccessibilityConfig, ClearanceField, build_clearance_field, seam_accessibility
from cad.part import Part
from cad.seam_concave import brep_concave_pieces, mesh_concave_pieces
from cad.seam_contacts import Pieces, contact_pieces
from cad.seam_faces import BodyFaces, brep_body_faces, mesh_body_faces
from cad.seam_geometry import unit, wedge_angle
from cad.seam_lines import BodyGeometry, Item, finger_corners, join_lines, tab_ends
from cad.seam_merge import Chain, canonical, chain_pieces, piece_angles, resample, straighten, tangents
from cad.seam_types import DEFAULT_MAX_GAP_M, SEAM_KINDS, Seam, SeamError, check_gap_options

_PARALLEL_PLATES_COS = np.cos(np.radians(10.0))

_END_RETURN_SIN = np.sin(np.radians(20.0))


@dataclass(frozen=True)
class SeamDetectionConfig:
    """Settings of seam detection (SI units).

    contact_tolerance_m: gap or interference between touching faces still counted as contact (issue 4: real
        CAD has up to about 0.2 mm).
    chord_error_m: largest distance between a curved seam and its polyline (issue 4: 0.1 mm).
    min_length_m: shorter seams are dropped.
    point_spacing_m: longest polyline segment; straight seams get points at least this dense.
    parallel_tolerance_rad: opposite face normals closer than this to anti-parallel count as facing.
    flat_tolerance_rad: an open angle within this of 180 deg is a flush line.
    merge_angle_rad: pieces join across a turn (and a change of face normals) below this angle.
    min_concave_angle_rad: single bodies: edges must be at least this far from flat to be candidates.
    include_flush: report flush lines (butt joints, flush outside corners such as a lid's top edge).
    keep_end_returns: report the short corners across plate ends.
    end_return_factor: an end return is at most this many plate thicknesses long.
    probe_distance_m: how far past a contact boundary the free faces are tested for other contacts.
    accessibility: the torch model; check_accessibility: False skips the test (every point reachable).
    join_lines: pieces of one joint line become one seam (``seam_lines``): finger-joint outside corners, tab
        ends, and chains in line across gaps; False reports the pieces as contact detection finds them.
    max_gap_m: the widest gap (along the line, or across it where the parts stand apart) a seam runs
        across; 0 joins only touching pieces.
    gap_mode: "bridge": the bead runs across the gaps; "skip": the arc goes off and on again at each gap.
    wrap_corners: an outside fillet turns round the convex corners of the part it goes round (a web's
        end) as one seam instead of ending there.
    """

    contact_tolerance_m: float = 0.2e-3
    chord_error_m: float = 0.1e-3
    min_length_m: float = 5e-3
    point_spacing_m: float = 10e-3
    parallel_tolerance_rad: float = radians(1.0)
    flat_tolerance_rad: float = radians(2.0)
    merge_angle_rad: float = radians(40.0)
    min_concave_angle_rad: float = radians(10.0)
    include_flush: bool = True
    keep_end_returns: bool = False
    end_return_factor: float = 1.2
    probe_distance_m: float = 0.6e-3
    accessibility: AccessibilityConfig = field(default_factory=AccessibilityConfig)
    check_accessibility: bool = True
    join_lines: bool = True
    max_gap_m: float = DEFAULT_MAX_GAP_M
    gap_mode: str = "bridge"
    wrap_corners: bool = False

    def __post_init__(self) -> None:
        for name in ("contact_tolerance_m", "chord_error_m", "point_spacing_m", "end_return_factor",
                     "probe_distance_m", "merge_angle_rad", "parallel_tolerance_rad", "flat_tolerance_rad"):
            value = getattr(self, name)
            if not np.isfinite(value) or value <= 0:
                raise SeamError(f"{name}: must be a positive number, got {value!r}")
        for name in ("min_length_m", "min_concave_angle_rad"):
            value = getattr(self, name)
            if not np.isfinite(value) or value < 0:
                raise SeamError(f"{name}: must be zero or positive, got {value!r}")
        if self.probe_distance_m <= self.contact_tolerance_m:
            raise SeamError("probe_distance_m: must exceed contact_tolerance_m")
        check_gap_options(self.max_gap_m, self.gap_mode)


# ----------------------------------------------------------------------------------------------- detection


def _near_pairs(part: Part, tol: float) -> set[int]:
    """Bodies whose bounding box comes within tol of another body's."""
    boxes = np.stack([np.asarray(b.mesh.bounds, dtype=float) for b in part.bodies])
    lo, hi = boxes[:, 0] - tol, boxes[:, 1] + tol
    touch = np.all((lo[:, None] <= hi[None]) & (lo[None] <= hi[:, None]), axis=-1)
    np.fill_diagonal(touch, False)
    return set(np.flatnonzero(touch.any(axis=1)).tolist())


def _body_model(part: Part, i: int, config: SeamDetectionConfig) -> BodyFaces:
    body = part.bodies[i]
    if body.shape is not None:
        return brep_body_faces(body.shape, i, config.chord_error_m)
    return mesh_body_faces(body.mesh, i)


def _classify(chain: Chain, theta: float, models: dict[int, BodyFaces], flat_tol: float) -> str | None:
    """Joint kind of a chain, or None when it is no seam (a flush line between two edge faces)."""
    a, b = chain.bodies
    if a == b:
        return "fillet" if theta < np.pi - flat_tol else None
    ma, mb = models[a], models[b]
    big_a, big_b = chain.big_a >= 0.5, chain.big_b >= 0.5
    plates_parallel = (ma.plate_axis is not None and mb.plate_axis is not None
                       and abs(float(ma.plate_axis @ mb.plate_axis)) >= _PARALLEL_PLATES_COS)
    if abs(theta - np.pi) <= flat_tol:
        if not (big_a or big_b):
            return None
        return "butt" if plates_parallel else "corner"
    if plates_parallel:
        return "lap"
    if not (big_a or big_b):
        return "corner"
    return "fillet"


def _is_end_return(chain: Chain, models: dict[int, BodyFaces], factor: float) -> bool:
    """A short straight corner across the end of a plate: it lies on the plate's thin end face and spans
    the plate's thickness (its extent along the plate axis is about one thickness)."""
    if chain.closed or chain.bodies[0] == chain.bodies[1]:
        return False
    span = chain.points[-1] - chain.points[0]
    for body, big in ((chain.bodies[0], chain.big_a), (chain.bodies[1], chain.big_b)):
        m = models[body]
        if m.plate_axis is None or m.thickness is None or big >= 0.5:
            continue
        across = abs(float(span @ m.plate_axis))
        if 0.5 * m.thickness <= across <= factor * m.thickness and chain.length <= factor * m.thickness / max(
                across / max(chain.length, 1e-12), _END_RETURN_SIN):
            return True
    return False


def _finish(chain: Chain, kind: str, theta: float, thickness: tuple[float | None, float | None],
            point_accessible: np.ndarray, source: str, gap_mode: str = "bridge") -> Seam:
    pts = chain.points
    seg_pts = np.vstack([pts, pts[:1]]) if chain.closed else pts
    seg = np.linalg.norm(np.diff(seg_pts, axis=0), axis=1)
    gaps = () if chain.gap is None else tuple(int(k) for k in np.flatnonzero(chain.gap))
    # skipped gaps are not welded: the accessible share is of the length that is
    wseg = seg.copy()
    if gap_mode == "skip" and gaps:
        wseg[list(gaps)] = 0.0
    if chain.closed:
        weight = 0.5 * (wseg + np.roll(wseg, 1))
    else:
        weight = 0.5 * (np.concatenate([[0.0], wseg]) + np.concatenate([wseg, [0.0]]))
    total = float(weight.sum())
    fraction = float(weight[point_accessible].sum() / total) if total > 0 else float(point_accessible.mean())
    return Seam(kind=kind, points=pts, tangents=tangents(pts, chain.closed), normals_a=unit(chain.n_a),
                normals_b=unit(chain.n_b), bodies=chain.bodies, open_angle=theta, length=float(seg.sum()),
                thickness_a=thickness[0], thickness_b=thickness[1], accessible=bool(point_accessible.any()),
                accessible_fraction=fraction, point_accessible=point_accessible, source=source,
                closed=chain.closed, gaps=gaps, gap_mode=gap_mode,
                joined_bodies=tuple(sorted(set(chain.joined) - set(chain.bodies))))


def _orient(chain: Chain) -> Chain:
    """A deterministic direction for open chains: start at the lexicographically smaller end."""
    if chain.closed or tuple(np.round(chain.points[0], 9)) <= tuple(np.round(chain.points[-1], 9)):
        return chain
    r = slice(None, None, -1)
    return Chain(chain.points[r], chain.n_a[r], chain.n_b[r], chain.d_a[r], chain.d_b[r], chain.big_a,
                 chain.big_b, chain.bodies, False, None if chain.gap is None else chain.gap[r].copy(), chain.joined)


def _chain_angle(chain: Chain, flat_tol: float) -> float:
    t = tangents(chain.points, chain.closed)
    return float(np.median(wedge_angle(t, chain.d_a, chain.n_a, chain.d_b, flat_tol)))


def detect_seams(part: Part, config: SeamDetectionConfig = SeamDetectionConfig()) -> list[Seam]:
    """All weld seams of a part, in the part frame.

    Several bodies: seams between touching bodies. A body that touches no other (the only body of a part, or
    a loose one): its concave sharp edges. A part with nothing to weld gives an empty list. Seams come sorted
    by body pair, then longest first.
    """
    if not isinstance(part, Part):
        raise SeamError(f"part: expected a cad.Part, got {type(part).__name__}")
    if not part.bodies:
        return []
    tol = config.contact_tolerance_m
    models: dict[int, BodyFaces] = {}
    pieces = Pieces.empty()
    if len(part.bodies) > 1:
        for i in sorted(_near_pairs(part, tol)):
            models[i] = _body_model(part, i, config)
        pieces = contact_pieces([models[i] for i in sorted(models)], tol, config.probe_distance_m,
                                config.parallel_tolerance_rad)
    # a body touching no other (a single solid or mesh, or a loose body) offers its concave edges
    touched = set(pieces.bodies.ravel().tolist())
    loose = [_concave_pieces(part, i, config) for i in range(len(part.bodies)) if i not in touched]
    pieces = Pieces.concat([pieces, *loose])
    chains = _chains(pieces, config)

    items: list[Item] = []
    for chain in chains:
        chain = straighten(chain, tol)
        theta = _chain_angle(chain, config.flat_tolerance_rad)
        kind = _classify(chain, theta, models, config.flat_tolerance_rad)
        if kind is None:
            continue
        end_return = not config.keep_end_returns and _is_end_return(chain, models, config.end_return_factor)
        # an end return in line with a longer seam (a wall's end flush with the face of the wall beside it)
        # is part of that seam's line: it stays a candidate until the joining is done
        if end_return and not config.join_lines:
            continue
        items.append(Item(chain, kind, theta, end_return))
    if config.join_lines:
        items = _join(part, items, models, config)
    kept = [(_orient(resample(it.chain, config.point_spacing_m)), it.kind, it.theta) for it in items
            if not it.end_return and it.chain.length >= config.min_length_m]
    if not kept:
        return []

    access: ClearanceField | None = None
    if config.check_accessibility:
        access = build_clearance_field([b.mesh for b in part.bodies], config.accessibility)
    seams = []
    for chain, kind, theta in kept:
        if access is not None:
            ok = seam_accessibility(part, chain.points, chain.n_a, chain.n_b, config.accessibility,
                                    tangents=tangents(chain.points, chain.closed), field=access)
        else:
            ok = np.ones(len(chain.points), dtype=bool)
        thickness = cast(tuple[float | None, float | None],
                         tuple(models[b].thickness if b in models else None for b in chain.bodies))
        seams.append(_finish(chain, kind, theta, thickness, ok, "detected", config.gap_mode))
    seams.sort(key=lambda s: (s.bodies, -round(s.length, 9), tuple(np.round(s.points[0], 9))))
    return seams


def _join(part: Part, items: list[Item], models: dict[int, BodyFaces], config: SeamDetectionConfig) -> list[Item]:
    """Pieces of one joint line -> one seam (see cad.seam_lines); touching ends are those chain_pieces
    joins too (2 contact tolerances apart)."""
    join_tol = 2.0 * config.contact_tolerance_m + 1e-6
    max_gap = max(config.max_gap_m, join_tol)
    items = finger_corners(items, models, max_gap, join_tol, config.flat_tolerance_rad)
    items = tab_ends(items, models, join_tol, config.flat_tolerance_rad)
    geometry = BodyGeometry([b.mesh for b in part.bodies])
    return join_lines(items, geometry, max_gap, join_tol, config.merge_angle_rad, wrap=config.wrap_corners)


def _concave_pieces(part: Part, i: int, config: SeamDetectionConfig) -> Pieces:
    body = part.bodies[i]
    if body.shape is not None:
        return brep_concave_pieces(body.shape, i, config.chord_error_m, config.min_concave_angle_rad,
                                   config.flat_tolerance_rad)
    return mesh_concave_pieces(body.mesh, i, config.min_concave_angle_rad)


def _chains(pieces: Pieces, config: SeamDetectionConfig) -> list[Chain]:
    if len(pieces) == 0:
        return []
    pieces = canonical(pieces)
    theta = piece_angles(pieces, config.flat_tolerance_rad)
    flat = np.abs(theta - np.pi) <= config.flat_tolerance_rad
    concave = theta < np.pi - config.flat_tolerance_rad
    long_enough = np.linalg.norm(pieces.p1 - pieces.p0, axis=1) > 1e-9
    keep = long_enough & (concave | (flat & config.include_flush))
    sub = Pieces(**{f: getattr(pieces, f)[keep] for f in Pieces.__dataclass_fields__})
    classes = np.where(flat[keep], 1, 0)
    return chain_pieces(sub, classes, 2.0 * config.contact_tolerance_m + 1e-6, config.merge_angle_rad)


# ----------------------------------------------------------------------------------------------- user seams

USER_SEAM_MAX_DISTANCE_M = 1e-3
# Largest radius of a user's three-point arc: the bound of any robot cell (a 10 m workspace); flatter arcs
# are straight lines in practice, and one taken the long way round would be a circle kilometres long.
MAX_ARC_RADIUS_M = 10.0
_MIN_SEGMENT_M = 1e-6
_SECOND_FACE_COS = np.cos(np.radians(20.0))


@dataclass(frozen=True, eq=False)
class _Surface:
    """All triangles of a part with their body index, for nearest-face queries (metres)."""

    triangles: np.ndarray  # [T,3,3]
    normals: np.ndarray  # [T,3]
    body: np.ndarray  # [T]
    lo: np.ndarray  # [T,3]
    hi: np.ndarray  # [T,3]

    @staticmethod
    def of(part: Part) -> _Surface:
        tris, normals, body = [], [], []
        for i, b in enumerate(part.bodies):
            tris.append(np.asarray(b.mesh.triangles, dtype=float))
            normals.append(np.asarray(b.mesh.face_normals, dtype=float))
            body.append(np.full(len(b.mesh.faces), i))
        T = np.concatenate(tris)
        return _Surface(T, np.concatenate(normals), np.concatenate(body), T.min(axis=1), T.max(axis=1))

    def near(self, p: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
        """Triangles within radius of p -> (indices[K], distances[K]) sorted by distance."""
        cand = np.flatnonzero(np.all((self.lo - radius <= p) & (p <= self.hi + radius), axis=1))
        if len(cand) == 0:
            return cand, np.zeros(0)
        import trimesh.triangles

        q = trimesh.triangles.closest_point(  # type: ignore[no-untyped-call]  # trimesh has no annotations here
            self.triangles[cand], np.tile(p, (len(cand), 1)))
        d = np.linalg.norm(q - p, axis=1)
        order = np.argsort(d, kind="stable")
        keep = d[order] <= radius
        return cand[order][keep], d[order][keep]


def _arc_polyline(arc: np.ndarray, chord_error: float) -> np.ndarray:
    """Points of the circular arc from arc[0] through arc[1] to arc[2], chord error <= chord_error.

    SeamError (naming arc_mm) for points that are not finite, lie on one line, or make a circle wider than
    MAX_ARC_RADIUS_M: such an arc is no weld seam, and its polyline would need millions of points."""
    if not np.all(np.isfinite(arc)):
        raise SeamError("arc_mm: the points must be finite numbers")
    a, b, c = arc
    # Relative to a and scaled to about 1, so the products below neither overflow nor underflow.
    scale = float(max(np.max(np.abs(b - a)), np.max(np.abs(c - a))))
    if not np.isfinite(scale) or scale == 0.0:
        raise SeamError("arc_mm: the three points must be distinct finite points")
    ab, ac = (b - a) / scale, (c - a) / scale
    n = np.cross(ab, ac)
    nn = float(n @ n)
    if nn < 1e-18 * max(float(ab @ ab) * float(ac @ ac), 1e-30):
        raise SeamError("arc_mm: the three points lie on one line; give a polyline instead")
    centre_rel = (np.cross(n, ab) * float(ac @ ac) + np.cross(ac, n) * float(ab @ ab)) / (2.0 * nn)
    r = float(np.linalg.norm(centre_rel)) * scale
    if not np.isfinite(r) or r > MAX_ARC_RADIUS_M:
        raise SeamError(f"arc_mm: the arc through the three points has a radius of {r * 1e3:.4g} mm, more than "
                        f"{MAX_ARC_RADIUS_M * 1e3:g} mm (points almost on one line, or beyond any robot cell); "
                        "give a polyline instead")
    centre = a + centre_rel * scale
    u = (a - centre) / r
    w = np.cross(unit(n), u)

    def angle(p: np.ndarray) -> float:
        v = p - centre
        return float(np.arctan2(v @ w, v @ u)) % (2.0 * np.pi)

    end = angle(c)
    step = 2.0 * np.arccos(max(-1.0, 1.0 - chord_error / r)) if chord_error < r else np.pi / 2
    count = max(2, int(np.ceil(end / min(step, np.pi / 8))))
    phi = np.linspace(0.0, end, count + 1)
    pts = centre + r * (np.cos(phi)[:, None] * u + np.sin(phi)[:, None] * w)
    pts[-1] = c
    return pts


def _validate_points(points: object, field: str, min_count: int) -> np.ndarray:
    try:
        arr = np.asarray(points, dtype=float)
    except (TypeError, ValueError) as exc:
        raise SeamError(f"{field}: expected a list of [x, y, z] points") from exc
    if arr.ndim != 2 or arr.shape[1] != 3:
        raise SeamError(f"{field}: expected a list of [x, y, z] points, got shape {list(arr.shape)}")
    if len(arr) < min_count:
        raise SeamError(f"{field}: at least {min_count} points needed, got {len(arr)}")
    bad = np.flatnonzero(~np.all(np.isfinite(arr), axis=1))
    if len(bad):
        raise SeamError(f"{field}[{bad[0]}]: not a finite number")
    seg = np.linalg.norm(np.diff(arr, axis=0), axis=1)
    short = np.flatnonzero(seg < _MIN_SEGMENT_M)
    if len(short):
        k = int(short[0]) + 1
        raise SeamError(f"{field}[{k}]: same point as {field}[{k - 1}] (zero-length segment)")
    return arr


def user_seam(part: Part, points: np.ndarray | None = None, arc: np.ndarray | None = None,
              config: SeamDetectionConfig = SeamDetectionConfig(), kind: str | None = None) -> Seam:
    """A seam the user draws: a polyline ``points[M,3]`` or a three-point arc ``arc[3,3]`` (part frame, m).

    Checks: at least two points, all finite, no zero-length segment, every given point within 1 mm of the
    part surface (SeamError naming the point, e.g. "points_mm[2]: 3.4 mm from the part surface (limit
    1 mm)"). The two free faces at each point are the nearest faces with clearly different normals;
    kind is classified like a detected seam unless given.
    """
    if not isinstance(part, Part) or not part.bodies:
        raise SeamError("part: expected a cad.Part with at least one body")
    if (points is None) == (arc is None):
        raise SeamError("points_mm/arc_mm: give either a polyline (points_mm) or a three-point arc (arc_mm)")
    if kind is not None and kind not in SEAM_KINDS:
        raise SeamError(f"kind: must be one of {', '.join(SEAM_KINDS)}, got {kind!r}")
    surface = _Surface.of(part)
    limit = USER_SEAM_MAX_DISTANCE_M
    if points is not None:
        field_name = "points_mm"
        given = _validate_points(points, field_name, 2)
        line = given
    else:
        field_name = "arc_mm"
        given = _validate_points(arc, field_name, 3)
        if len(given) != 3:
            raise SeamError(f"arc_mm: expected exactly three points (start, a point on the arc, end), got {len(given)}")
        line = _arc_polyline(given, config.chord_error_m)
    for k, p in enumerate(given):
        idx, d = surface.near(p, limit)
        if len(idx) == 0:
            nearest = _nearest_distance(surface, p)
            raise SeamError(f"{field_name}[{k}]: {nearest * 1e3:.1f} mm from the part surface (limit "
                            f"{limit * 1e3:g} mm)")
    chain = resample(Chain(line, *(np.zeros_like(line),) * 4, 1.0, 1.0, (0, 0), False), config.point_spacing_m)
    pts = chain.points
    # candidate faces at every point: the distinct normals among triangles near the nearest one
    candidates = []
    for p in pts:
        idx, d = surface.near(p, limit + 1e-3)
        if len(idx) == 0 or d[0] > limit:
            nearest = _nearest_distance(surface, p)
            raise SeamError(f"{field_name}: the seam passes {nearest * 1e3:.1f} mm from the part surface near "
                            f"[{', '.join(f'{x * 1e3:.1f}' for x in p)}] mm (limit {limit * 1e3:g} mm)")
        idx = idx[d <= d[0] + 0.5e-3]
        found: list[tuple[np.ndarray, int]] = []
        for j in idx:
            if all(surface.normals[j] @ n < _SECOND_FACE_COS for n, _ in found):
                found.append((surface.normals[j], int(surface.body[j])))
        candidates.append(found)
    # start in the middle (away from the corners where a third face comes near), then follow the faces
    mid = len(pts) // 2
    pair = candidates[mid][:2] if len(candidates[mid]) > 1 else candidates[mid][:1] * 2
    chosen: list[tuple[tuple[np.ndarray, int], tuple[np.ndarray, int]]] = [None] * len(pts)  # type: ignore
    chosen[mid] = (pair[0], pair[1])
    for order in (range(mid + 1, len(pts)), range(mid - 1, -1, -1)):
        prev = chosen[mid]
        for k in order:
            cands = candidates[k]
            best_a = _most_aligned(cands, prev[0][0])
            rest = [c for c in cands if c is not best_a] or [best_a]
            best_b = _most_aligned(rest, prev[1][0])
            chosen[k] = (best_a, best_b)
            prev = chosen[k]
    n1 = [c[0][0] for c in chosen]
    n2 = [c[1][0] for c in chosen]
    b1 = [c[0][1] for c in chosen]
    b2 = [c[1][1] for c in chosen]
    n_a, n_b = np.array(n1), np.array(n2)
    body_a = int(np.bincount(b1).argmax())
    body_b = int(np.bincount(b2).argmax())
    if body_b < body_a:
        body_a, body_b, n_a, n_b = body_b, body_a, n_b, n_a
    # the seam lies in the concave corner of the two faces (or on a flush line)
    cos_ab = np.clip(np.einsum("md,md->m", n_a, n_b), -1.0, 1.0)
    theta = float(np.median(np.pi - np.arccos(cos_ab)))
    models = {b: _body_model(part, b, config) for b in {body_a, body_b}}
    big_a = float(models[body_a].is_big_face(n_a).mean())
    big_b = float(models[body_b].is_big_face(n_b).mean())
    t = tangents(pts, False)
    d_a = unit(np.cross(n_a, t))  # orientation irrelevant below: only the normals are kept
    chain = Chain(pts, n_a, n_b, d_a, d_a, big_a, big_b, (body_a, body_b), False)
    if kind is None:
        kind = _classify(chain, theta, models, config.flat_tolerance_rad) or (
            "butt" if abs(theta - np.pi) <= config.flat_tolerance_rad else "fillet")
    if config.check_accessibility:
        ok = seam_accessibility(part, pts, n_a, n_b, config.accessibility, tangents=t)
    else:
        ok = np.ones(len(pts), dtype=bool)
    thickness = (models[body_a].thickness, models[body_b].thickness)
    return _finish(chain, kind, theta, thickness, ok, "user")


def _most_aligned(cands: list[tuple[np.ndarray, int]], ref: np.ndarray) -> tuple[np.ndarray, int]:
    """The (normal, body) candidate whose normal is closest to ref (the first such on ties)."""
    return max(cands, key=lambda c: float(c[0] @ ref))


def _nearest_distance(surface: _Surface, p: np.ndarray) -> float:
    """Distance from p to the part surface (m), searching outwards."""
    radius = 2e-3
    while True:
        idx, d = surface.near(p, radius)
        if len(idx):
            return float(d[0])
        if radius > 1e3:
            return float("inf")
        radius *= 4.0
