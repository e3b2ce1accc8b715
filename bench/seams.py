"""Seam detection speed: seconds to detect the seams (torch accessibility included) of each parametric test
weldment and of tests/data/box_sides.STEP (target under 2 s, issue 4). Each figure is the best of
three runs, detection only (the part is imported or tessellated beforehand). Prints one JSON line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from cad import import_part  # noqa: E402
from cad import weldments as wm  # noqa: E402
from cad.seams import SeamDetectionConfig, detect_seams  # noqa: E402

REPEATS = 3
WELDMENTS = [
    "t_joint",
    "inside_corner",
    "outside_corner",
    "lap_joint",
    "butt_joint",
    "tube_on_plate",
    "gussets_across_fillet",
    "bracket_with_two_gussets",
    "box",
    "angled_web",
    "tab_slot_box",
]
BOX_SIDES = Path(__file__).resolve().parents[1] / "tests" / "data" / "box_sides.STEP"


def best_of(part) -> tuple[float, int]:  # noqa: ANN001
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        seams = detect_seams(part)
        times.append(time.perf_counter() - start)
    return min(times), len(seams)


def box_sides_counts() -> dict[str, object]:
    """Seams of box_sides.STEP as contact detection finds the pieces (join_lines off) and as a welder lists
    them (issue 13 item 4: finger-joint edges, tab ends, pieces of one line across gaps)."""
    if not BOX_SIDES.is_file():
        return {"box_sides_seams_before": None, "box_sides_seams_after": None}
    part = import_part(BOX_SIDES.read_bytes(), BOX_SIDES.name)
    before = detect_seams(part, SeamDetectionConfig(join_lines=False, check_accessibility=False))
    after = detect_seams(part, SeamDetectionConfig(check_accessibility=False))
    return {
        "box_sides_seams_before": len(before),
        "box_sides_seams_after": len(after),
        "box_sides_corner_pieces_before": sum(s.kind == "corner" for s in before),
        "box_sides_corner_seams_after": sum(s.kind == "corner" for s in after),
    }


def main() -> None:
    out: dict[str, object] = {"bench": "seams", "repeats": REPEATS}
    out.update(box_sides_counts())
    for name in WELDMENTS:
        part = wm.weldment_part(list(getattr(wm, name)()))
        seconds, count = best_of(part)
        out[f"{name}_s"] = round(seconds, 4)
        out[f"{name}_seams"] = count
    closed = wm.weldment_part(list(wm.box(lid=True)))
    seconds, count = best_of(closed)
    out["box_with_lid_s"], out["box_with_lid_seams"] = round(seconds, 4), count
    if BOX_SIDES.is_file():
        start = time.perf_counter()
        part = import_part(BOX_SIDES.read_bytes(), BOX_SIDES.name)
        out["box_sides_import_s"] = round(time.perf_counter() - start, 3)
        seconds, count = best_of(part)
        out["box_sides_s"], out["box_sides_seams"] = round(seconds, 4), count
        out["box_sides_target_s"] = 2.0
        out["box_sides_ok"] = seconds < 2.0
    else:
        out["box_sides_s"] = None
        out["box_sides_skipped"] = f"{BOX_SIDES} not found"
    print(json.dumps(out))


if __name__ == "__main__":
    main()
