"""Import the published collision meshes of the built-in robots and split them into convex pieces.

Run once by a developer (the results are committed): `python -m robot_models.import_meshes SOURCES`, where
SOURCES holds a checkout of each repository below as SOURCES/<owner>+<name>. For each link it copies the
published collision STL unchanged to robots/<id>/meshes/<link>.stl (drawn as the link's visual) and writes
its convex pieces to robots/<id>/meshes/<link>_cvx<k>.obj (the link's collision geometry): the mesh's hull
when the mesh fills most of it, else CoACD's pieces. The license of each source is copied beside its meshes.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import trimesh

from robot_models.build_builtin import ROBOTS_DIR

__all__ = ["SOURCES", "MeshSource", "import_robot", "main"]

# A mesh filling at least this share of its convex hull's volume is taken as one convex piece.
_CONVEX_FILL = 0.85
_COACD_THRESHOLD = 0.05
_MAX_PIECES = 8


@dataclass(frozen=True)
class MeshSource:
    """Where a robot's published collision meshes come from: repository, commit, license and the STL of each
    link (base_link .. link_6 order, as the URDF's links)."""

    repo: str
    commit: str
    license: str
    license_file: str | None
    paths: tuple[str, ...]
    note: str = ""


def _ri(
    package: str,
    folders: tuple[str, ...],
    names: tuple[str, ...] = ("base_link", "link_1", "link_2", "link_3", "link_4", "link_5", "link_6"),
) -> tuple[str, ...]:
    return tuple(f"{package}/meshes/{folder}/collision/{name}.stl" for folder, name in zip(folders, names, strict=True))


SOURCES: dict[str, MeshSource] = {
    "abb_irb1600_10_145": MeshSource(
        "ros-industrial/abb_experimental",
        "20b9cf86ad274e4f98540b9c9efe59f94245d2d1",
        "Apache-2.0 (repository LICENSE; abb_irb1600_support/package.xml: Apache2)",
        "LICENSE",
        _ri("abb_irb1600_support", ("irb1600",) * 2 + ("irb1600_8_145",) + ("irb1600",) * 4),
        "link_2 is the IRB 1600-8/1.45's (irb1600_8_145_macro.xacro), the same arm as the -10/1.45.",
    ),
    "kuka_kr10_r1420": MeshSource(
        "ros-industrial/kuka_experimental",
        "e78bbd15edb2b39c9053ff3b963ef2947e10a531",
        "Apache-2.0 (repository LICENSE; kuka_kr10_support/package.xml says BSD)",
        "LICENSE",
        _ri("kuka_kr10_support", ("kr10r1420",) * 7),
    ),
    "fanuc_m10ia": MeshSource(
        "ros-industrial/fanuc",
        "8fee5e30e535378758ace26dfdffb8ab0403e23c",
        "BSD-3-Clause (repository LICENSE; fanuc_m10ia_support/package.xml: BSD)",
        "LICENSE",
        _ri("fanuc_m10ia_support", ("m10ia",) * 7),
    ),
    "yaskawa_ar1440": MeshSource(
        "ros-industrial/motoman",
        "433be15f6a27cb9a5715cc3887b1cd15ff33a8cb",
        "Apache-2.0 (motoman_mh12_support/package.xml: Apache 2.0; the repository has no LICENSE file)",
        None,
        tuple(
            f"motoman_mh12_support/meshes/collision/mh12_{n}.stl"
            for n in ("base_link", "link_1_s", "link_2_l", "link_3_u", "link_4_r", "link_5_b", "link_6_t")
        ),
        "No AR1440 model is published: these are the MH12's meshes, the arm whose kinematics (mh12_macro.xacro) "
        "the built-in AR1440 uses. The real AR1440 differs in shape (a hollow forearm for the torch cable).",
    ),
    "ur10e": MeshSource(
        "UniversalRobots/Universal_Robots_ROS2_Description",
        "2221ec0f720fb1af99339eb891639b499b62f1da",
        "BSD-3-Clause (repository LICENSE; package.xml: BSD-3-Clause for all but the UR20/UR30 meshes)",
        "LICENSE",
        tuple(
            f"meshes/ur10e/collision/{n}.stl"
            for n in ("base", "shoulder", "upperarm", "forearm", "wrist1", "wrist2", "wrist3")
        ),
        "Placed in the link frames as urdf/ur_macro.xacro places them (see robot_models/build_builtin.py).",
    ),
}


def convex_pieces(mesh: trimesh.Trimesh) -> list[trimesh.Trimesh]:
    """The mesh's hull if the mesh fills most of it, else CoACD's convex pieces (hulls)."""
    hull = mesh.convex_hull
    if mesh.is_volume and mesh.volume >= _CONVEX_FILL * hull.volume:
        return [hull]
    import coacd

    coacd.set_log_level("error")
    parts = coacd.run_coacd(
        coacd.Mesh(mesh.vertices, mesh.faces),
        threshold=_COACD_THRESHOLD,
        max_convex_hull=_MAX_PIECES,
        seed=0,
        mcts_iterations=40,
        mcts_max_depth=2,
        mcts_nodes=10,
        resolution=1000,
        preprocess_resolution=50,
    )
    return [trimesh.Trimesh(v, f).convex_hull for v, f in parts]


def import_robot(robot_id: str, sources: Path, link_names: tuple[str, ...]) -> None:
    src = SOURCES[robot_id]
    root = sources / src.repo.replace("/", "+")
    out = ROBOTS_DIR / robot_id / "meshes"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    lines = [
        f"# Meshes of {robot_id}",
        "",
        f"Collision meshes (STL, unchanged) from https://github.com/{src.repo} at commit {src.commit}:",
        "",
    ]
    for link, path in zip(link_names, src.paths, strict=True):
        shutil.copyfile(root / path, out / f"{link}.stl")
        lines.append(f"- `{link}.stl`: `{path}`")
        mesh = cast(trimesh.Trimesh, trimesh.load(root / path, force="mesh"))
        for k, piece in enumerate(convex_pieces(mesh)):
            piece.export(out / f"{link}_cvx{k}.obj")
        print(robot_id, link, flush=True)
    lines += ["", f"License: {src.license}.", ""]
    if src.note:
        lines += [src.note, ""]
    lines += [
        "`<link>_cvx<k>.obj`: convex pieces of each mesh made by robot_models/import_meshes.py (the mesh's",
        "convex hull, or CoACD pieces where the mesh is far from convex); they are the collision geometry.",
        "",
    ]
    (out / "SOURCE.md").write_text("\n".join(lines))
    if src.license_file is not None:
        shutil.copyfile(root / src.license_file, out / "LICENSE")


# Points of the published visual meshes that tests check the convex pieces against.
VISUAL_POINTS_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "robot_visual_points"
_VISUAL_POINTS = 400


def write_visual_points(robot_id: str, sources: Path, link_names: tuple[str, ...]) -> None:
    """Save up to _VISUAL_POINTS vertices of each link's published visual STL (the hull's vertices first, then
    random ones; mesh frame, m) to VISUAL_POINTS_DIR/<id>.npz. Robots whose visuals are not STL are skipped."""
    src = SOURCES[robot_id]
    root = sources / src.repo.replace("/", "+")
    out: dict[str, np.ndarray] = {}
    for link, path in zip(link_names, src.paths, strict=True):
        visual = root / path.replace("/collision/", "/visual/")
        if not visual.is_file():
            return
        mesh = cast(trimesh.Trimesh, trimesh.load(visual, force="mesh"))
        hull = np.asarray(mesh.convex_hull.vertices)
        rng = np.random.default_rng(0)
        pts = np.vstack([hull, np.asarray(mesh.vertices)[rng.permutation(len(mesh.vertices))]])
        out[link] = pts[:_VISUAL_POINTS].astype(np.float32)
    VISUAL_POINTS_DIR.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(VISUAL_POINTS_DIR / f"{robot_id}.npz", **out)  # type: ignore[arg-type]  # stub: **out as allow_pickle


def main(argv: list[str]) -> int:
    from robot_models.build_builtin import LAYOUTS

    sources = Path(argv[0])
    for robot_id in argv[1:] or SOURCES:
        links = LAYOUTS[robot_id].link_names[:7]
        import_robot(robot_id, sources, links)
        write_visual_points(robot_id, sources, links)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
