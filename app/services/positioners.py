"""Positioners: the built-in ones, at the API edge (mm, deg)."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET  # noqa: S405  (the built-in URDFs were parsed by robot_models on load)
from typing import Any

import numpy as np

from app.services.errors import NotFound
from app.services.robots import MM, pose_from_X


def positioner_spec(positioner_id: str, field: str | None = None) -> Any:
    """The built-in positioner positioner_id; NotFound (naming field, when given) for any other."""
    from robot_models.positioner import load_builtin_positioners

    specs = load_builtin_positioners()
    if positioner_id not in specs:
        raise NotFound("positioner", positioner_id, field)
    return specs[positioner_id]


def _shape(shape: Any) -> dict[str, Any]:
    g = shape.geometry
    return {
        "link": shape.link,
        "kind": g.kind,
        "pose": pose_from_X(shape.X_PosG),
        "size_mm": None if g.size is None else [float(v) / MM for v in g.size],
        "radius_mm": None if g.radius is None else g.radius / MM,
        "length_mm": None if g.length is None else g.length / MM,
    }


def positioner_public(spec: Any) -> dict[str, Any]:
    # prismatic axes (a track) would read in mm; the built-ins are all revolute, so degrees throughout
    return {
        "id": spec.id,
        "name": spec.name,
        "vendor": spec.vendor,
        "model": spec.model,
        "kind": spec.kind,
        "dof": spec.dof,
        "payload_kg": spec.payload_kg,
        "builtin": True,
        "joint_names": list(spec.joint_names),
        "joint_limits_deg": np.degrees(spec.joint_limits).round(6).tolist(),
        "max_speed_deg_s": np.degrees(spec.max_speed).round(6).tolist(),
        "max_accel_deg_s2": np.degrees(spec.max_accel).round(6).tolist(),
        "home_deg": np.degrees(spec.home).round(6).tolist(),
        "base_link": spec.base_link,
        "face_plate_link": spec.face_plate_link,
        "X_PosF_home": pose_from_X(spec.face_plate(spec.home)),
        "shapes": [_shape(s) for s in spec.shapes(spec.home)],
        "accel_assumption": spec.accel_assumption,
        "sources": list(spec.sources),
    }


# The viewer's colour for a positioner drawn from its collision shapes: steel grey, told apart from the part's blue.
_VIEWER_RGBA = "0.36 0.40 0.44 1"


def viewer_urdf(spec: Any) -> str:
    """The positioner's URDF for a browser: each link without a <visual> gets its <collision> shapes as visuals.

    The built-in positioners are described by the primitives the planner checks (boxes, cylinders, spheres;
    planning.positioner.geometry_mesh refuses meshes), so the viewer draws exactly what the plan kept clear of,
    and there are no mesh files to serve.
    """
    root = ET.fromstring(spec.urdf_text)
    for link in root.iter("link"):
        if link.find("visual") is not None:
            continue
        for k, collision in enumerate(link.findall("collision")):
            visual = ET.SubElement(link, "visual", {"name": collision.get("name") or f"{link.get('name')}_{k}"})
            for child in collision:
                visual.append(copy.deepcopy(child))
            material = ET.SubElement(visual, "material", {"name": "positioner"})
            ET.SubElement(material, "color", {"rgba": _VIEWER_RGBA})
    return ET.tostring(root, encoding="unicode")


def list_positioners() -> list[dict[str, Any]]:
    from robot_models.positioner import load_builtin_positioners

    return [positioner_public(s) for s in load_builtin_positioners().values()]


def part_mass_properties(glb: bytes) -> tuple[float, np.ndarray]:
    """(volume m^3, centre of volume [3] m in the part frame) of a part's bodies from its stored GLB (metres):
    each closed body's volume and centroid (trimesh's divergence-theorem integrals), summed; open bodies count
    nothing."""
    import io

    import trimesh

    scene = trimesh.load(io.BytesIO(glb), file_type="glb", force="scene")
    meshes = scene.dump(concatenate=False) if isinstance(scene, trimesh.Scene) else [scene]
    volume, moment = 0.0, np.zeros(3)
    for mesh in meshes:  # each body in the part frame
        if not isinstance(mesh, trimesh.Trimesh) or not mesh.is_watertight:
            continue  # an open surface (a sheet from a mesh file) encloses no volume to weigh
        v = abs(float(mesh.volume))
        volume += v
        moment = moment + v * np.array(mesh.center_mass, dtype=np.float64)
    return volume, (moment / volume if volume > 0 else np.zeros(3))


def _face_plate_radius_m(spec: Any) -> float | None:
    """Radius of the face plate: the largest cylinder among the collision shapes of the link the face plate
    frame is fixed to (the URDF's face_plate cylinder); None when it has none."""
    parent = next(j.parent for j in spec.urdf.joints.values() if j.child == spec.face_plate_link)
    radii = [s.geometry.radius for s in spec.shapes(spec.home) if s.link == parent and s.geometry.kind == "cylinder"]
    return max(radii) if radii else None


def check_part_on_positioner(pcell: Any, part_glb: bytes, density_kg_m3: float) -> None:
    """422 naming the field when the part (its mass from the CAD volume and density_kg_m3) is heavier than the
    positioner's payload (cell.positioner.id) or its centre of mass is not over the face plate (cell.positioner.X_FP:
    the part does not rest on the plate, and its weight acts beyond the plate on the positioner's bearing)."""
    from app.services.errors import InvalidInput

    volume, com_P = part_mass_properties(part_glb)
    mass = volume * density_kg_m3
    spec = pcell.spec
    if spec.payload_kg is not None and mass > spec.payload_kg:
        raise InvalidInput(
            "cell.positioner.id",
            f"the part weighs {mass:.1f} kg ({volume * 1e6:.0f} cm^3 at {density_kg_m3:g} kg/m^3, "
            f"cell.positioner.part_density_kg_m3), over the {spec.payload_kg:g} kg payload of positioner '{spec.id}'",
        )
    radius = _face_plate_radius_m(spec)
    com_F = (pcell.X_FP @ np.append(com_P, 1.0))[:3]
    off = float(np.hypot(com_F[0], com_F[1]))
    if radius is not None and off > radius:
        raise InvalidInput(
            "cell.positioner.X_FP",
            f"puts the part's centre of mass {off / MM:.1f} mm from the face plate's axis, beyond its "
            f"{radius / MM:.0f} mm radius: the part does not fit on the face plate",
        )


def positioner_cell_from_request(
    cell: dict[str, Any], part_bbox_mm: dict[str, list[float]], part_glb: bytes | None = None
) -> Any:
    """planning.positioner.PositionerCell for a request's cell.positioner (None without one); 404 naming
    cell.positioner.id for an unknown positioner, 422 naming the field for an X_BP given as well, a positioner
    standing in the robot's base, a part mounted into the face plate and, given the part's GLB, a part heavier than
    the payload or off the face plate (check_part_on_positioner)."""
    from app.schemas.robots import Pose
    from app.services.errors import InvalidInput, invalid
    from app.services.robots import X_from_pose
    from collision.scene import BoxObstacle
    from planning.cell import bbox_in_base, part_overlaps_base
    from planning.positioner import PositionerCell, PositionerCellError

    body = cell.get("positioner")
    if body is None:
        return None
    if cell.get("X_BP") is not None:
        raise InvalidInput("cell.X_BP", "leave it out when the part is on a positioner: cell.positioner.X_FP places it")
    spec = positioner_spec(body["id"], field="cell.positioner.id")
    X_BPos = X_from_pose(Pose(**body["X_BPos"]), "cell.positioner.X_BPos")
    X_FP = X_from_pose(Pose(**body["X_FP"]), "cell.positioner.X_FP")
    try:
        pcell = PositionerCell(spec, X_BPos, X_FP)
    except PositionerCellError as exc:
        raise invalid(str(exc), "cell.positioner") from exc
    for o in pcell.obstacles(spec.home):
        if isinstance(o, BoxObstacle):
            box_O = np.stack([-np.asarray(o.size_m) / 2, np.asarray(o.size_m) / 2])
        else:
            box_O = np.asarray(o.mesh.bounds)
        # the same rule as a part placed by X_BP (app.services.plans.cell_from_request)
        if part_overlaps_base(bbox_in_base(box_O, o.X_WO), base_radius_m=0.15, base_height_m=0.3):
            raise InvalidInput("cell.positioner.X_BPos", f"puts the positioner's {o.name} inside the robot's base")
    bbox_F = bbox_in_base(np.array([part_bbox_mm["min"], part_bbox_mm["max"]]) * MM, X_FP)
    # a part resting on the plate touches it at z = 0; a millimetre of slack for rounding in the CAD
    if bbox_F[0, 2] < -1e-3:
        raise InvalidInput(
            "cell.positioner.X_FP",
            f"puts the part {-bbox_F[0, 2] / MM:.1f} mm into the face plate (its lowest point must be at z >= 0)",
        )
    if body.get("gravity_deg") is not None and not body.get("coordinated", True):
        raise InvalidInput(
            "cell.positioner.gravity_deg",
            "is the weld position of coordinated passes: cell.positioner.coordinated "
            "is false, so no seam is welded coordinated",
        )
    if part_glb is not None:
        check_part_on_positioner(pcell, part_glb, float(body.get("part_density_kg_m3", 7850.0)))
    return pcell


def index_config_from_request(cell: dict[str, Any]) -> Any:
    """planning.indexing.IndexConfig of a request's cell.positioner: coordinated passes on or off and the weld
    position they hold (gravity_deg, ISO 6947 degrees; the defaults where the request leaves them out)."""
    from planning.coordinated import CoordinatedConfig
    from planning.indexing import IndexConfig

    body = cell.get("positioner") or {}
    gravity = body.get("gravity_deg")
    coord = CoordinatedConfig() if gravity is None else CoordinatedConfig(gravity_deg=float(gravity))
    return IndexConfig(coordinated=bool(body.get("coordinated", True)), coord=coord)


def positioner_cell_from_json(text: str, field: str = "positioner") -> Any:
    """planning.positioner.PositionerCell from a form field holding a cell.positioner JSON object ({"id", "X_BPos",
    "X_FP"}); 422 naming the field (or its member) for text that is not one, 404 for an unknown positioner."""
    import json

    from pydantic import ValidationError

    from app.schemas.plans import PositionerCellIn
    from app.services.errors import InvalidInput, invalid
    from app.services.robots import X_from_pose
    from planning.positioner import PositionerCell, PositionerCellError

    try:
        body = PositionerCellIn.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise InvalidInput(field, f"not JSON: {exc}") from exc
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in (field, *err["loc"]))
        raise InvalidInput(where, str(err["msg"])) from exc
    spec = positioner_spec(body.id, field=f"{field}.id")
    try:
        return PositionerCell(
            spec, X_from_pose(body.X_BPos, f"{field}.X_BPos"), X_from_pose(body.X_FP, f"{field}.X_FP")
        )
    except PositionerCellError as exc:
        raise invalid(str(exc), field) from exc


def positioner_cell_of_plan(result: dict[str, Any]) -> Any:
    """The PositionerCell a positioner plan was planned with (its result's positioner: id, X_BPos, X_FP)."""
    from app.schemas.robots import Pose
    from app.services.robots import X_from_pose
    from planning.positioner import PositionerCell

    pos = result["positioner"]
    return PositionerCell(
        positioner_spec(pos["id"]), X_from_pose(Pose(**pos["X_BPos"])), X_from_pose(Pose(**pos["X_FP"]))
    )


def positioner_result_json(plan: Any, tasks: list[Any]) -> dict[str, Any]:
    """The `positioner` part of a positioner plan's result document (planning.indexing.IndexedPlan, mm/deg)."""
    deg = np.degrees
    return {
        "id": plan.positioner.spec.id,
        "X_BPos": pose_from_X(plan.positioner.X_BPos),
        "X_FP": pose_from_X(plan.positioner.X_FP),
        "states": [
            {
                "joints_deg": deg(g.q).round(4).tolist(),
                "seam_ids": list(g.seam_ids),
                "X_BP": pose_from_X(g.X_BP),
                "cycle_time_s": round(g.result.timeline.cycle_time_s, 4),
            }
            for g in plan.groups
        ],
        "index_moves": [
            {
                "from_deg": deg(m.q_from).round(4).tolist(),
                "to_deg": deg(m.q_to).round(4).tolist(),
                "duration_s": round(m.duration_s, 4),
                "contacts": list(m.contacts),
            }
            for m in plan.index_moves
        ],
        "index_time_s": round(plan.index_time_s, 4),
        "flat_share_before": round(plan.flat_share(tasks, after=False), 4),
        "flat_share_after": round(plan.flat_share(tasks), 4),
        "seams": [
            {
                "seam_id": s.seam_id,
                "position_before": s.position_before,
                "position_after": s.position_after,
                "flat_share_before": round(s.flat_share_before, 4),
                "flat_share_after": round(s.flat_share_after, 4),
                "gravity_before_deg": round(s.gravity_before_deg, 2),
                "gravity_after_deg": round(s.gravity_after_deg, 2),
                "state": s.group,
                "coordinated": s.coordinated,
            }
            for s in plan.seams
        ],
        # round seams welded in one pass while the positioner turns (planning.coordinated): the tilt held, the
        # rotary axis from / to, and the weld face's rotation from straight up at every planned point
        "coordinated": [
            {
                "seam_id": c.result.seams[0].seam_id,
                "tilt_deg": round(float(deg(c.setup.tilt)), 4),
                "rotary_from_deg": round(float(deg(c.ext_q[0, 1])), 4),
                "rotary_to_deg": round(float(deg(c.ext_q[-1, 1])), 4),
                "gravity_deg": np.round(c.gravity_deg, 2).tolist(),
                "cycle_time_s": round(c.result.timeline.cycle_time_s, 4),
            }
            for c in plan.coordinated
        ],
    }
