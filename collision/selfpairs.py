"""Which robot link pairs need self-collision checks (the MoveIt setup assistant's idea, computed in-process).

Dropped: links rigidly fixed together ("rigid"), links joined by one joint ("adjacent"; links without
geometry are see-through, as in MoveIt), the torch mount vs the link before the flange ("adjacent"), pairs
never closer than never_close_m over random configurations ("never") and pairs in collision in every one
("always": modelling overlap, nothing a plan can change). Other torch primitives (neck, nozzle) stay
checked against the wrist links unless the sampling drops them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from kinematics.urdf import UrdfModel

__all__ = ["SelfPairs", "structural_pairs", "sample_pairs"]


@dataclass(frozen=True)
class SelfPairs:
    """enabled: link-name pairs to check; disabled: pair -> reason (rigid, adjacent, never, always)."""

    enabled: tuple[tuple[str, str], ...]
    disabled: dict[tuple[str, str], str]


def _groups(model: UrdfModel) -> dict[str, int]:
    parent = {name: name for name in model.links}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for j in model.joints.values():
        if j.type == "fixed":
            parent[find(j.child)] = find(j.parent)
    roots = sorted({find(n) for n in model.links})
    index = {r: i for i, r in enumerate(roots)}
    return {n: index[find(n)] for n in model.links}


def structural_pairs(model: UrdfModel, links: Sequence[str], free_tool_links: set[str]
                     ) -> tuple[list[tuple[str, str]], dict[tuple[str, str], str]]:
    """Split the pairs of `links` (those with collision geometry, in a fixed order) into candidates and
    structurally disabled pairs. free_tool_links: torch links never disabled as adjacent (all but the mount).
    """
    group = _groups(model)
    with_geometry = {group[n] for n in links}
    edges: dict[int, set[int]] = {}
    for j in model.joints.values():
        if j.type != "fixed":
            g_parent, g_child = group[j.parent], group[j.child]
            edges.setdefault(g_parent, set()).add(g_child)
            edges.setdefault(g_child, set()).add(g_parent)

    def adjacent(g: int) -> set[int]:
        out, stack, seen = set(), [g], {g}
        while stack:
            for nb in edges.get(stack.pop(), ()):
                if nb in seen:
                    continue
                seen.add(nb)
                if nb in with_geometry:
                    out.add(nb)
                else:
                    stack.append(nb)
        return out

    adj = {g: adjacent(g) for g in with_geometry}
    candidates: list[tuple[str, str]] = []
    disabled: dict[tuple[str, str], str] = {}
    for i, a in enumerate(links):
        for b in links[i + 1:]:
            ga, gb = group[a], group[b]
            if ga == gb:
                disabled[(a, b)] = "rigid"
            elif gb in adj[ga] and a not in free_tool_links and b not in free_tool_links:
                disabled[(a, b)] = "adjacent"
            else:
                candidates.append((a, b))
    return candidates, disabled


def sample_pairs(candidates: Sequence[tuple[str, str]], lower_bounds: Callable[[np.ndarray], np.ndarray],
                 distance: Callable[[np.ndarray, str, str, float], float], limits: np.ndarray, samples: int,
                 seed: int, never_close_m: float) -> SelfPairs:
    """Keep the candidate pairs that come within never_close_m in some random configuration.

    lower_bounds(q[K, 6]) -> [K, len(candidates)] distance lower bounds (bounding spheres);
    distance(q[6], a, b, max_d) -> PyBullet distance of links a, b (inf when farther than max_d).
    """
    rng = np.random.default_rng(seed)
    q = rng.uniform(limits[:, 0], limits[:, 1], size=(samples, 6))
    lb = lower_bounds(q) if samples else np.zeros((0, len(candidates)))
    enabled: list[tuple[str, str]] = []
    disabled: dict[tuple[str, str], str] = {}
    for p, (a, b) in enumerate(candidates):
        if samples == 0:
            enabled.append((a, b))
            continue
        if np.all(lb[:, p] < 0) and all(distance(q[k], a, b, 0.0) < 0 for k in range(samples)):
            disabled[(a, b)] = "always"
            continue
        close = np.flatnonzero(lb[:, p] < never_close_m)
        order = close[np.argsort(lb[close, p], kind="stable")]
        if any(distance(q[k], a, b, never_close_m) < never_close_m for k in order):
            enabled.append((a, b))
        else:
            disabled[(a, b)] = "never"
    return SelfPairs(enabled=tuple(enabled), disabled=disabled)
