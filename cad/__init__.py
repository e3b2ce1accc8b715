"""cad: part import (STEP via OCP B-rep, STL/OBJ/PLY/GLB via trimesh), part model, seam detection."""

from typing import Any

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
    # seams (cad/seams.py, seam_types.py, seam_*.py), torch access (accessibility.py)
    "SEAM_KINDS",
    "AccessibilityConfig",
    "AccessibilityError",
    "Seam",
    "SeamDetectionConfig",
    "SeamError",
    "detect_seams",
    "seam_accessibility",
    "user_seam",
    # weld procedures (cad/procedures.py, weld_procedures.yaml)
    "ProcedureError",
    "Weave",
    "WeldProcedure",
    "default_procedure",
    "point_positions",
    "welding_position",
    "with_overrides",
]

# Seam and procedure names load on first use, so that `import cad` keeps OpenCASCADE out of processes
# that only import parts through the child-process reader (PEP 562 module __getattr__).
_LAZY = {
    "SEAM_KINDS": "cad.seam_types",
    "Seam": "cad.seam_types",
    "SeamError": "cad.seam_types",
    "SeamDetectionConfig": "cad.seams",
    "detect_seams": "cad.seams",
    "user_seam": "cad.seams",
    "AccessibilityConfig": "cad.accessibility",
    "AccessibilityError": "cad.accessibility",
    "seam_accessibility": "cad.accessibility",
    "ProcedureError": "cad.procedures",
    "Weave": "cad.procedures",
    "WeldProcedure": "cad.procedures",
    "default_procedure": "cad.procedures",
    "point_positions": "cad.procedures",
    "welding_position": "cad.procedures",
    "with_overrides": "cad.procedures",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cad' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
