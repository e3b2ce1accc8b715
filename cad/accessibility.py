"""Can a welding torch reach a seam point? A nozzle-clearance test against the part.

The torch is modelled as its nozzle: a cone frustum from the tip (``tip_diameter_m`` at ``standoff_m`` from
the seam point) widening over ``taper_length_m`` to ``nozzle_diameter_m``, then a cylinder up to
``nozzle_length_m`` from the tip. A seam point is accessible when for at least one axis direction within
``max_tilt_rad`` of the bisector of the two free faces the nozzle touches nothing.

The part is rasterised once into a voxel grid of its surface; a Euclidean distance transform then gives the
clearance of any point (trilinear between voxel centres), so each direction costs one vectorised lookup per
axis sample. Distances to the centres of surface voxels run up to about half a voxel short of the true
ones, and clearances are checked with another half voxel of margin: the test errs towards "not
accessible" by about one voxel (1.5 mm by default).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import radians
from typing import TYPE_CHECKING

import numpy as np
import trimesh
from scipy import ndimage

from cad.seam_geometry import cross, unit

if TYPE_CHECKING:
    from cad.part import Part


class AccessibilityError(ValueError):
    """Invalid accessibility input or configuration; the message names the field."""


@dataclass(frozen=True)
class AccessibilityConfig:
    """Torch nozzle model and search settings (SI units).

    Defaults: a 30 mm nozzle 300 mm long (issue 4), a 16 mm tip 15 mm from the seam point (a common GMAW
    contact-tip-to-work distance; assumption), tilts within 30 degrees of the bisector in ``tilt_steps``
    rings of ``azimuth_steps`` directions. Between the seam and the nozzle tip only the wire sticks out: that
    stretch must keep ``wire_clearance_m`` from the part from ``wire_check_from_m`` on (nearer the seam the
    part's own faces are within the grid's resolution). ``voxel_size_m`` is the finest grid step; parts too
    big for ``max_voxels`` get a coarser one.
    """

    nozzle_diameter_m: float = 0.030
    nozzle_length_m: float = 0.300
    tip_diameter_m: float = 0.016
    standoff_m: float = 0.015
    taper_length_m: float = 0.030
    max_tilt_rad: float = radians(30.0)
    tilt_steps: int = 2
    azimuth_steps: int = 8
    wire_clearance_m: float = 0.6e-3
    wire_check_from_m: float = 0.006
    voxel_size_m: float = 1.5e-3
    max_voxels: int = 6_000_000

    def __post_init__(self) -> None:
        for name in ("nozzle_diameter_m", "nozzle_length_m", "tip_diameter_m", "voxel_size_m"):
            value = getattr(self, name)
            if not np.isfinite(value) or value <= 0:
                raise AccessibilityError(f"{name}: must be a positive number, got {value!r}")
        for name in ("standoff_m", "taper_length_m", "wire_clearance_m", "wire_check_from_m"):
            value = getattr(self, name)
            if not np.isfinite(value) or value < 0:
                raise AccessibilityError(f"{name}: must be zero or positive, got {value!r}")
        if self.tip_diameter_m > self.nozzle_diameter_m:
            raise AccessibilityError("tip_diameter_m: larger than nozzle_diameter_m")
        if not 0.0 <= self.max_tilt_rad < np.pi / 2:
            raise AccessibilityError(f"max_tilt_rad: must be in [0, pi/2), got {self.max_tilt_rad!r}")
        if self.tilt_steps < 0 or self.azimuth_steps < 1:
            raise AccessibilityError("tilt_steps/azimuth_steps: need tilt_steps >= 0 and azimuth_steps >= 1")
        if self.max_voxels < 1000:
            raise AccessibilityError("max_voxels: must be at least 1000")


@dataclass(frozen=True, eq=False)
class ClearanceField:
    """Distance from grid points to the part surface.

    origin[3] centre of voxel (0,0,0); voxel (m); distance[nx,ny,nz] metres to the nearest surface voxel.
    Points outside the grid are at least ``pad`` (m) from the part.
    """

    origin: np.ndarray
    voxel: float
    distance: np.ndarray
    pad: float

    def clearance(self, P: np.ndarray) -> np.ndarray:
        """Clearance (m) at points P[...,3], interpolated trilinearly; +inf outside the grid."""
        shape = P.shape[:-1]
        idx = ((P.reshape(-1, 3) - self.origin) / self.voxel).T
        out = ndimage.map_coordinates(self.distance, idx, order=1, mode="constant", cval=np.inf)
        return out.reshape(shape)


def _surface_samples(mesh: trimesh.Trimesh, spacing: float) -> np.ndarray:
    """Points covering every triangle so that no surface point is farther than ``spacing`` from one -> [N,3].

    Each triangle (v0, v1, v2), v0 its widest corner, gets the grid v0 + i/n1 (v1 - v0) + j/n2 (v2 - v0)
    with steps of at most spacing along both edges, clipped to the triangle, plus points along the far
    edge: a few times its area over spacing squared points, slivers included.
    """
    tri = np.asarray(mesh.triangles, dtype=float)
    if len(tri) == 0:
        return np.zeros((0, 3))
    # start at the corner opposite the longest edge (the widest angle): the grid then hugs slivers
    opposite = np.linalg.norm(tri[:, [1, 2, 0]] - tri[:, [2, 0, 1]], axis=2)
    first = np.argmax(opposite, axis=1)
    order = (first[:, None] + np.arange(3)[None, :]) % 3
    tri = np.take_along_axis(tri, order[:, :, None], axis=1)
    e1 = tri[:, 1] - tri[:, 0]
    e2 = tri[:, 2] - tri[:, 0]
    n1 = np.maximum(1, np.ceil(np.linalg.norm(e1, axis=1) / spacing)).astype(np.int64)
    n2 = np.maximum(1, np.ceil(np.linalg.norm(e2, axis=1) / spacing)).astype(np.int64)
    count = (n1 + 1) * (n2 + 1)
    owner = np.repeat(np.arange(len(tri)), count)
    local = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    i = local // (n2[owner] + 1)
    j = local % (n2[owner] + 1)
    a = i / n1[owner]
    b = j / n2[owner]
    inside = a + b <= 1.0 + 1e-9
    # the far edge (v1, v2) also needs samples where the grid steps past it
    out = [tri[owner[inside], 0] + a[inside, None] * e1[owner[inside]] + b[inside, None] * e2[owner[inside]]]
    m = np.maximum(n1, n2)
    edge_owner = np.repeat(np.arange(len(tri)), m + 1)
    k = np.arange((m + 1).sum()) - np.repeat(np.cumsum(m + 1) - (m + 1), m + 1)
    w = (k / m[edge_owner])[:, None]
    out.append(tri[edge_owner, 1] + w * (tri[edge_owner, 2] - tri[edge_owner, 1]))
    return np.concatenate(out)


def build_clearance_field(meshes: Sequence[trimesh.Trimesh], config: AccessibilityConfig) -> ClearanceField:
    """Rasterise the part surface and compute its distance field."""
    meshes = [m for m in meshes if len(m.faces)]
    pad = 0.5 * config.nozzle_diameter_m + 3.0 * config.voxel_size_m
    if not meshes:
        return ClearanceField(np.zeros(3), config.voxel_size_m, np.full((1, 1, 1), np.inf), pad)
    lo = np.min([m.bounds[0] for m in meshes], axis=0)
    hi = np.max([m.bounds[1] for m in meshes], axis=0)
    extent = hi - lo + 2.0 * pad
    voxel = max(config.voxel_size_m, float(np.cbrt(np.prod(extent) / config.max_voxels)))
    pad = 0.5 * config.nozzle_diameter_m + 3.0 * voxel
    origin = lo - pad
    shape = np.ceil((hi - lo + 2.0 * pad) / voxel).astype(int) + 1
    occupied = np.zeros(shape, dtype=bool)
    for m in meshes:
        pts = _surface_samples(m, 0.5 * voxel)
        idx = np.clip(np.rint((pts - origin) / voxel).astype(np.int64), 0, shape - 1)
        occupied[idx[:, 0], idx[:, 1], idx[:, 2]] = True
    distance = ndimage.distance_transform_edt(~occupied).astype(np.float32) * voxel
    return ClearanceField(origin, voxel, distance, pad)


def torch_directions(bisector: np.ndarray, tangent: np.ndarray, config: AccessibilityConfig) -> np.ndarray:
    """Candidate torch axes (pointing from the seam into the air) for each point -> [M,D,3].

    bisector[M,3] unit air-side bisector of the two free faces; tangent[M,3] seam direction. The bisector
    comes first, then rings of growing tilt.
    """
    b = unit(bisector)
    t = unit(tangent - np.einsum("md,md->m", tangent, b)[:, None] * b)
    w = cross(b, t)
    dirs = [b]
    for k in range(1, config.tilt_steps + 1):
        tilt = config.max_tilt_rad * k / config.tilt_steps
        for j in range(config.azimuth_steps):
            phi = 2.0 * np.pi * j / config.azimuth_steps
            dirs.append(np.cos(tilt) * b + np.sin(tilt) * (np.cos(phi) * t + np.sin(phi) * w))
    return np.stack(dirs, axis=1)


def seam_accessibility(
    part: Part,
    points: np.ndarray,
    normals_a: np.ndarray,
    normals_b: np.ndarray,
    config: AccessibilityConfig = AccessibilityConfig(),
    tangents: np.ndarray | None = None,
    field: ClearanceField | None = None,
) -> np.ndarray:
    """Whether the torch nozzle fits at each seam point -> point_accessible[M] bool.

    part: a cad Part (its bodies' meshes, metres); points[M,3] seam points; normals_a/normals_b[M,3] outward
    normals of the two free faces (their sum is the air-side bisector); tangents[M,3] seam direction
    (derived from the points when omitted); field: a prebuilt clearance field of the same part, to share
    across seams.
    """
    points = np.asarray(points, dtype=float)
    normals_a = np.asarray(normals_a, dtype=float)
    normals_b = np.asarray(normals_b, dtype=float)
    if points.ndim != 2 or points.shape[1] != 3:
        raise AccessibilityError(f"points: expected shape [M,3], got {points.shape}")
    for name, arr in (("normals_a", normals_a), ("normals_b", normals_b)):
        if arr.shape != points.shape:
            raise AccessibilityError(f"{name}: expected shape {points.shape}, got {arr.shape}")
    if not (np.all(np.isfinite(points)) and np.all(np.isfinite(normals_a)) and np.all(np.isfinite(normals_b))):
        raise AccessibilityError("points/normals: contain NaN or infinity")
    M = len(points)
    if M == 0:
        return np.zeros(0, dtype=bool)
    if field is None:
        field = build_clearance_field([b.mesh for b in part.bodies], config)
    if tangents is None:
        tangents = np.zeros_like(points)
        if M > 1:
            tangents[1:-1] = points[2:] - points[:-2]
            tangents[0] = points[1] - points[0]
            tangents[-1] = points[-1] - points[-2]
    bisector = normals_a + normals_b
    # faces back to back (a crack) have no air side: take normal a
    bisector = np.where(np.linalg.norm(bisector, axis=1, keepdims=True) < 1e-6, normals_a, bisector)
    helper = np.where(np.abs(unit(bisector)[:, :1]) < 0.9, [[1.0, 0.0, 0.0]], [[0.0, 1.0, 0.0]])
    tangents = np.where(np.linalg.norm(tangents, axis=1, keepdims=True) < 1e-12, cross(bisector, helper), tangents)
    D = torch_directions(bisector, tangents, config)  # [M,K,3]
    step = field.voxel
    s = config.standoff_m + np.arange(0.0, config.nozzle_length_m + step, step)
    r_tip, r_full = 0.5 * config.tip_diameter_m, 0.5 * config.nozzle_diameter_m
    if config.taper_length_m > 0:
        radius = r_tip + (r_full - r_tip) * np.clip((s - config.standoff_m) / config.taper_length_m, 0.0, 1.0)
    else:
        radius = np.full_like(s, r_full)
    # the wire's stretch before the nozzle tip, then the nozzle; half a voxel of margin for the grid
    wire = np.arange(config.wire_check_from_m, config.standoff_m, step)
    s = np.concatenate([wire, s])
    radius = np.concatenate([np.full(len(wire), config.wire_clearance_m), radius])
    need = radius + 0.5 * field.voxel
    free = np.zeros(M, dtype=bool)
    for k in range(D.shape[1]):
        todo = np.flatnonzero(~free)
        if len(todo) == 0:
            break
        Q = points[todo, None, :] + s[None, :, None] * D[todo, k, None, :]  # [m,S,3]
        ok = np.all(field.clearance(Q) >= need[None, :], axis=1)
        free[todo[ok]] = True
    return free
