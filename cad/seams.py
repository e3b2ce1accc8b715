"""Weld seams of a part: automatic detection and user-drawn seams.

Assemblies (several bodies): seams are the boundaries of the face-to-face contacts between bodies where the
two free faces form a concave corner (fillet, lap, outside corner) or lie flush (butt, flush corner); see
``seam_contacts``. A single body: its concave sharp edges are the candidates (``seam_concave``). Pieces are
chained into polylines (``seam_merge``), classified, filtered, resampled and checked for torch access
(``accessibility``).

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
from typing import Literal

import numpy as np

from cad.accessibility import AccessibilityConfig, ClearanceField, build_clearance_field, seam_accessibility
from cad.part import Part
from cad.seam_concave import brep_concave_pieces, mesh_concave_pieces
from cad.seam_contacts import Pieces, contact_pieces
from cad.seam_faces import BodyFaces, brep_body_faces, mesh_body_faces
from cad.seam_geometry import unit, wedge_angle
from cad.seam_merge import Chain, canonical, chain_pieces, piece_angles, resample, straighten, tangents

SeamKind = Literal["fillet", "lap", "corner", "butt"]
SEAM_KINDS: tuple[str, ...] = ("fillet", "lap", "corner", "butt")
_PARALLEL_PLATES_COS = np.cos(np.radians(10.0))
_END_RETURN_SIN = np.sin(np.radians(20.0))


class SeamError(ValueError):
    """Invalid seam input or configuration; the message names the field at fault."""


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


@dataclass(frozen=True, eq=False)
class Seam:
    """One weld seam in the part frame (metres, radians).

    kind: "fillet" | "lap" | "corner" | "butt"; points[M,3] polyline (a closed seam does not repeat its
    first point; ``closed`` says it joins up); tangents[M,3] unit direction of travel; normals_a,
    normals_b[M,3] outward unit normals of the two free faces at each point (body ``bodies[0]``'s face is
    a); bodies (i, j) body indices, i <= j (i == j on a single body); open_angle: angle between the free
    faces through the air (rad, median over the points); length (m); thickness_a, thickness_b: plate (or
    tube wall) thickness of the two bodies where known (m); point_accessible[M] whether the torch fits at
    each point; accessible: somewhere; accessible_fraction: share of the length; source: "detected" |
    "user".
    """

    kind: str
    points: np.ndarray
    tangents: np.ndarray
    normals_a: np.ndarray
    normals_b: np.ndarray
    bodies: tuple[int, int]
    open_angle: float
    length: float
    thickness_a: float | None
    thickness_b: float | None
    accessible: bool
    accessible_fraction: float
    point_accessible: np.ndarray
    source: str
    closed: bool = False

    @property
    def bisectors(self) -> np.ndarray:
        """Unit air-side bisector of the two free faces at each point -> [M,3]."""
        return unit(self.normals_a + self.normals_b)

    def reversed(self) -> Seam:
        """The same seam travelled the other way."""
        flip = slice(None, None, -1)
        return Seam(self.kind, self.points[flip].copy(), -self.tangents[flip], self.normals_a[flip].copy(),
                    self.normals_b[flip].copy(), self.bodies, self.open_angle, self.length, self.thickness_a,
                    self.thickness_b, self.accessible, self.accessible_fraction,
                    self.point_accessible[flip].copy(), self.source, self.closed)


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
            point_accessible: np.ndarray, source: str) -> Seam:
    pts = chain.points
    seg_pts = np.vstack([pts, pts[:1]]) if chain.closed else pts
    seg = np.linalg.norm(np.diff(seg_pts, axis=0), axis=1)
    if chain.closed:
        weight = 0.5 * (seg + np.roll(seg, 1))
    else:
        weight = 0.5 * (np.concatenate([[0.0], seg]) + np.concatenate([seg, [0.0]]))
    total = float(weight.sum())
    fraction = float(weight[point_accessible].sum() / total) if total > 0 else float(point_accessible.mean())
    return Seam(kind=kind, points=pts, tangents=tangents(pts, chain.closed), normals_a=unit(chain.n_a),
                normals_b=unit(chain.n_b), bodies=chain.bodies, open_angle=theta, length=float(seg.sum()),
                thickness_a=thickness[0], thickness_b=thickness[1], accessible=bool(point_accessible.any()),
                accessible_fraction=fraction, point_accessible=point_accessible, source=source,
                closed=chain.closed)


def _orient(chain: Chain) -> Chain:
    """A deterministic direction for open chains: start at the lexicographically smaller end."""
    if chain.closed or tuple(np.round(chain.points[0], 9)) <= tuple(np.round(chain.points[-1], 9)):
        return chain
    r = slice(None, None, -1)
    return Chain(chain.points[r], chain.n_a[r], chain.n_b[r], chain.d_a[r], chain.d_b[r], chain.big_a,
                 chain.big_b, chain.bodies, False)


def _chain_angle(chain: Chain, flat_tol: float) -> float:
    t = tangents(chain.points, chain.closed)
    return float(np.median(wedge_angle(t, chain.d_a, chain.n_a, chain.d_b, flat_tol)))


def detect_seams(part: Part, config: SeamDetectionConfig = SeamDetectionConfig()) -> list[Seam]:
    """All weld seams of a part, in the part frame.

    Several bodies: seams between touching bodies. One body: its concave sharp edges. A part with nothing to
    weld gives an empty list. Seams come sorted by body pair, then longest first.
    """
    if not isinstance(part, Part):
        raise SeamError(f"part: expected a cad.Part, got {type(part).__name__}")
    if not part.bodies:
        return []
    tol = config.contact_tolerance_m
    models: dict[int, BodyFaces] = {}
    if len(part.bodies) == 1:
        body = part.bodies[0]
        if body.shape is not None:
            pieces = brep_concave_pieces(body.shape, 0, config.chord_error_m, config.min_concave_angle_rad,
                                         config.flat_tolerance_rad)
        else:
            pieces = mesh_concave_pieces(body.mesh, 0, config.min_concave_angle_rad)
    else:
        for i in sorted(_near_pairs(part, tol)):
            models[i] = _body_model(part, i, config)
        pieces = contact_pieces([models[i] for i in sorted(models)], tol, config.probe_distance_m,
                                config.parallel_tolerance_rad)
    chains = _chains(pieces, config)

    kept: list[tuple[Chain, str, float]] = []
    for chain in chains:
        chain = straighten(chain, tol)
        theta = _chain_angle(chain, config.flat_tolerance_rad)
        kind = _classify(chain, theta, models, config.flat_tolerance_rad)
        if kind is None or chain.length < config.min_length_m:
            continue
        if not config.keep_end_returns and _is_end_return(chain, models, config.end_return_factor):
            continue
        kept.append((_orient(resample(chain, config.point_spacing_m)), kind, theta))
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
        thickness = tuple(models[b].thickness if b in models else None for b in chain.bodies)
        seams.append(_finish(chain, kind, theta, thickness, ok, "detected"))
    seams.sort(key=lambda s: (s.bodies, -round(s.length, 9), tuple(np.round(s.points[0], 9))))
    return seams


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
