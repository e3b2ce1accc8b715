"""Why each unwelded stretch of a seam is not welded.

A seam's length is split at its rungs: each rung stands for the half segments next to it, a segment between
two welded rungs that no piece covers (a break) for itself. The unwelded parts get the reason of their rung
(or break) and consecutive parts with the same reason and detail merge into one stretch. Reasons:

- ``no_torch_angle``: accessibility (planning.torch_access) finds no pose of the torch's angle window, up to
  the procedure's cap, that clears the part at the seam point;
- ``out_of_reach``, ``joint_limit``, ``singularity``: no IK solution, none inside the joint limits, all too
  near a singularity, for every torch pose tried;
- ``collision``: every remaining configuration collides; detail names what with (e.g. "link_5 vs part body
  2 'gusset_1'", "torch neck vs table"), found at the stretch's middle rung;
- ``speed``: valid configurations exist but the travel speed cannot be held between them (this includes a
  configuration change);
- ``approach``: no collision-free approach or retract along the wire axis for the piece;
- ``air_move``: no collision-free air move reaches the piece.

Positions are arc lengths (m) along the seam in its given direction (a seam welded reversed is measured
from its given start all the same).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["UnweldedStretch", "unwelded_stretches", "LADDER_REASONS"]

# planning.ladder's reasons -> the API's
LADDER_REASONS = {
    "unreachable": "out_of_reach",
    "joint_limit": "joint_limit",
    "singular": "singularity",
    "collision": "collision",
    "speed": "speed",
}


@dataclass(frozen=True)
class UnweldedStretch:
    """from_m / to_m along the seam in its given direction; reason (see the module doc); detail: what
    collides, or which limit, where known."""

    seam_id: str
    from_m: float
    to_m: float
    reason: str
    detail: str | None = None

    @property
    def length_m(self) -> float:
        return self.to_m - self.from_m


def unwelded_stretches(
    seam_id: str,
    length_m: float,
    s: np.ndarray | None,
    rung_reason: list[str | None] | None,
    pieces: list[tuple[int, int]],
    break_reason: dict[int, str],
    reversed_: bool,
    detail_of: Callable[[str, int], str | None] | None = None,
    whole_reason: tuple[str, str | None] = ("no_torch_angle", None),
) -> list[UnweldedStretch]:
    """The stretches of one seam not covered by pieces [(start_rung, end_rung)].

    s[R]: rung arc lengths in the welding direction (None: the seam was never planned, it is one stretch
    with whole_reason); rung_reason[R]: the reason of each rung that is not welded (None on welded rungs or
    where unknown: then "speed"); break_reason {rung: reason} for segment rung -> rung + 1; reversed_: the
    rungs run against the seam's given direction; detail_of(reason, rung) -> detail for a stretch (asked once
    per stretch, at its middle rung).
    """
    if s is None or len(s) < 2 or rung_reason is None:
        return [UnweldedStretch(seam_id, 0.0, float(length_m), whole_reason[0], whole_reason[1])]
    s = np.asarray(s, dtype=float)
    R = len(s)
    covered = np.zeros(R - 1, dtype=bool)  # segment r -> r + 1 welded
    for first, last in pieces:
        covered[first:last] = True
    parts: list[tuple[float, float, str, int]] = []  # (from, to, reason, rung) in the welding direction
    for r in range(R - 1):
        if covered[r]:
            continue
        mid = 0.5 * (s[r] + s[r + 1])
        ra, rb = rung_reason[r], rung_reason[r + 1]
        if ra is None and rb is None:
            parts.append((s[r], s[r + 1], break_reason.get(r, "speed"), r))
            continue
        # one of the two has a reason: each half takes its own rung's, else the other's
        parts.append((s[r], mid, ra or rb or "speed", r if ra is not None else r + 1))
        parts.append((mid, s[r + 1], rb or ra or "speed", r + 1 if rb is not None else r))
    merged: list[list[Any]] = []
    for a, b, reason, rung in parts:
        if merged and merged[-1][2] == reason and abs(merged[-1][1] - a) < 1e-12:
            merged[-1][1] = b
            merged[-1][3].append(rung)
        else:
            merged.append([a, b, reason, [rung]])
    out = []
    total = float(s[-1])
    for a, b, reason, rungs in merged:
        detail = detail_of(reason, rungs[len(rungs) // 2]) if detail_of is not None else None
        lo, hi = (total - b, total - a) if reversed_ else (a, b)
        scale = float(length_m) / total if total > 0 else 1.0
        out.append(UnweldedStretch(seam_id, max(lo * scale, 0.0), min(hi * scale, float(length_m)), reason, detail))
    out.sort(key=lambda u: u.from_m)
    return out


def most_common(names: list[str], top: int = 2) -> str | None:
    """The most frequent contact names, most frequent first, joined by '; '."""
    if not names:
        return None
    return "; ".join(n for n, _ in Counter(names).most_common(top))
