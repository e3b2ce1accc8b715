"""A Part as one binary glTF (GLB) scene, for viewers."""

from __future__ import annotations

import numpy as np
import trimesh

from cad.part import Part


def part_to_glb(part: Part) -> bytes:
    """Part -> GLB bytes: one node and one mesh per body, named after the body, in metres (glTF's unit)."""
    scene = trimesh.Scene()
    for body in part.bodies:
        mesh = trimesh.Trimesh(np.asarray(body.mesh.vertices, dtype=float), np.asarray(body.mesh.faces), process=False)
        scene.add_geometry(mesh, node_name=body.name, geom_name=body.name)
    return scene.export(file_type="glb")  # type: ignore[no-untyped-call]  # trimesh has no annotations here
