"""cad: part import (STEP via OCP B-rep, STL/OBJ/PLY/GLB via trimesh), part model, seam detection."""

from cad.glb import part_to_glb
from cad.importers import SUPPORTED_FORMATS, import_part
from cad.part import Body, Part, PartImportError
from cad.step_io import shapes_to_step

__all__ = [
    # import (cad/part.py, importers.py, step_io.py, mesh_io.py, glb.py)
    "SUPPORTED_FORMATS",
    "Body",
    "Part",
    "PartImportError",
    "import_part",
    "part_to_glb",
    "shapes_to_step",
    # seam detection and weld procedures: added by their modules
]
