"""Register a robot from a user's zip holding a URDF and its meshes, without trusting the archive.

Refused: entries with absolute paths, drive letters or '..' components, symlinks, encrypted entries,
duplicate names, more than MAX_FILES entries or more than MAX_TOTAL_BYTES uncompressed (zip bombs; the
real decompressed byte count is enforced while extracting, not only the sizes the archive declares),
no .urdf or several candidates, mesh files that are referenced but missing, URDFs with DTDs/entities
(defusedxml), and chains that are not 6 revolute joints.
"""

from __future__ import annotations

import io
import math
import os
import re
import shutil
import stat
import zipfile
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import escape

import numpy as np

from kinematics.chain import SerialChain, chain_from_urdf, fk
from kinematics.opw import OPWParams
from kinematics.opw_extract import NotOrthoParallelError, NotURTypeError, opw_from_chain, ur_from_chain
from kinematics.ur import URParams
from kinematics.urdf import UrdfError, UrdfModel, parse_urdf
from robot_models.errors import RobotModelError
from robot_models.opw_urdf import home_from_opw, opw_reach_m
from robot_models.spec import RobotSpec, check_id

__all__ = ["MAX_FILES", "MAX_TOTAL_BYTES", "robot_from_urdf_zip", "slug"]

MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_FILES = 10_000
# Accelerations are not in URDFs: the same stated assumption as the built-in robots.
TIME_TO_MAX_SPEED_S = 0.25
_CHUNK = 1 << 20
# Written into every extract_dir so that a later import of the same upload may replace the folder.
EXTRACT_MARKER = ".weldplan_zip_extract"


def slug(text: str) -> str:
    """A robot id made from a display name: lowercase, runs of other characters become '_'."""
    s = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:64]
    return s or "robot"


def _safe_parts(name: str) -> tuple[str, ...]:
    """Path components of a zip entry name, or RobotModelError if it could escape the extract folder."""
    if "\x00" in name:
        raise RobotModelError(f"zip entry {name!r} has a NUL character in its name")
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        raise RobotModelError(f"zip entry '{name}' has an absolute path; only relative paths are allowed")
    parts = tuple(p for p in norm.split("/") if p not in ("", "."))
    if ".." in parts:
        raise RobotModelError(f"zip entry '{name}' has a '..' path component; it would escape the folder")
    return parts


def _extract(data: bytes, extract_dir: Path) -> list[PurePosixPath]:
    """Check and extract every entry; return the extracted file paths relative to extract_dir."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise RobotModelError(f"the upload is not a readable zip archive: {exc}") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES:
            raise RobotModelError(f"the zip has {len(infos)} entries; at most {MAX_FILES} are allowed")
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES:
            raise RobotModelError(
                f"the zip would expand to {declared / 1e6:.1f} MB (limit {MAX_TOTAL_BYTES / 1e6:.1f} MB); "
                "refused as a zip bomb"
            )
        seen: set[tuple[str, ...]] = set()
        planned: list[tuple[zipfile.ZipInfo, tuple[str, ...]]] = []
        for info in infos:
            parts = _safe_parts(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise RobotModelError(
                    f"zip entry '{info.filename}' is a symbolic link; links are not allowed"
                )
            if info.flag_bits & 0x1:
                raise RobotModelError(f"zip entry '{info.filename}' is encrypted")
            if info.is_dir() or not parts:
                continue
            key = tuple(p.lower() for p in parts)
            if key in seen:
                raise RobotModelError(f"zip entry '{info.filename}' appears twice")
            seen.add(key)
            planned.append((info, parts))
        root = extract_dir.resolve()
        total = 0
        out: list[PurePosixPath] = []
        for info, parts in planned:
            target = root.joinpath(*parts)
            if root not in target.resolve().parents:
                raise RobotModelError(f"zip entry '{info.filename}' resolves outside the extract folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, open(target, "xb") as dst:
                    while chunk := src.read(_CHUNK):
                        total += len(chunk)
                        if total > MAX_TOTAL_BYTES:
                            raise RobotModelError(
                                f"the zip expands beyond {MAX_TOTAL_BYTES / 1e6:.1f} MB; "
                                "refused as a zip bomb"
                            )
                        dst.write(chunk)
            except FileExistsError as exc:
                raise RobotModelError(f"zip entry '{info.filename}' collides with another entry") from exc
            except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
                raise RobotModelError(f"zip entry '{info.filename}' cannot be decompressed: {exc}") from exc
            out.append(PurePosixPath(*parts))
    return out


def _pick_urdf(files: list[PurePosixPath]) -> PurePosixPath:
    urdfs = [f for f in files if f.suffix.lower() == ".urdf"]
    if not urdfs:
        xacros = [str(f) for f in files if f.suffix.lower() == ".xacro"]
        hint = (
            f" (found xacro files {xacros[:5]}: expand them to a .urdf with the xacro tool first)"
            if xacros
            else ""
        )
        raise RobotModelError(f"the zip holds no .urdf file{hint}")
    if len(urdfs) == 1:
        return urdfs[0]
    top = min(len(f.parts) for f in urdfs)
    shallowest = [f for f in urdfs if len(f.parts) == top]
    if len(shallowest) == 1:
        return shallowest[0]
    raise RobotModelError(
        f"the zip holds several .urdf files at the same level {sorted(map(str, shallowest))}; "
        "keep exactly one at the top level"
    )


def _inside(root: Path, path: Path) -> bool:
    rp = path.resolve()
    return rp == root or root in rp.parents


def _resolve_mesh(filename: str, root: Path, urdf_dir: Path) -> Path | None:
    """Where a URDF mesh reference points inside the extracted tree (None if nowhere)."""
    if filename.startswith("package://"):
        rest = filename[len("package://") :]
        pkg, _, sub = rest.partition("/")
        if not sub:
            return None
        found_dirs = [] if re.search(r"[*?\[\]]", pkg) else sorted(root.rglob(pkg))
        candidates = [d / sub for d in found_dirs if d.is_dir()]
        # A zip of one package's contents often has no folder named after the package.
        candidates += [root / sub, urdf_dir.parent / sub, urdf_dir / sub]
    elif filename.startswith("file://"):
        raise RobotModelError(
            f"mesh '{filename}' is an absolute file:// path; use package:// or a path relative to the URDF"
        )
    elif "://" in filename:
        raise RobotModelError(f"mesh '{filename}' uses an unsupported URL scheme")
    else:
        if filename.startswith("/") or re.match(r"^[A-Za-z]:", filename):
            raise RobotModelError(f"mesh '{filename}' is an absolute path; use a path relative to the URDF")
        candidates = [urdf_dir / filename]
    for c in candidates:
        if _inside(root, c) and c.is_file():
            return c.resolve()
    return None


def _rewrite_meshes(text: str, model: UrdfModel, root: Path, urdf_dir: Path) -> str:
    """Check every mesh reference and rewrite it relative to the URDF's folder (PyBullet resolves those)."""
    replacements: dict[str, str] = {}
    for link in model.links.values():
        for geom in (*link.collisions, *link.visuals):
            if geom.kind != "mesh" or geom.filename is None or geom.filename in replacements:
                continue
            found = _resolve_mesh(geom.filename, root, urdf_dir)
            if found is None:
                raise RobotModelError(
                    f"mesh file '{geom.filename}' referenced by link '{link.name}' is not in the zip"
                )
            replacements[geom.filename] = Path(os.path.relpath(found, urdf_dir.resolve())).as_posix()
    for old, new in replacements.items():
        for raw in {old, escape(old, {'"': "&quot;", "'": "&apos;"})}:
            text = text.replace(f'filename="{raw}"', f'filename="{new}"').replace(
                f"filename='{raw}'", f"filename='{new}'"
            )
    return text


def _analytic_model(chain: SerialChain) -> tuple[OPWParams | None, URParams | None]:
    """OPW parameters if the chain is ortho-parallel with a spherical wrist, else UR parameters if it has
    the UR layout, else neither (numeric IK). Both extractors prove their result by FK before returning."""
    try:
        return opw_from_chain(chain), None
    except NotOrthoParallelError:
        pass
    try:
        return None, ur_from_chain(chain)
    except NotURTypeError:
        return None, None


# UR's usual "tool down" pose in DH angles (shoulder up, forearm level, wrist 2 at -90 deg: not singular).
_UR_DH_HOME = (0.0, -math.pi / 2, math.pi / 2, -math.pi / 2, -math.pi / 2, 0.0)


def _home_from_ur(ur: URParams, limits: np.ndarray) -> np.ndarray:
    q = (np.asarray(_UR_DH_HOME) + np.asarray(ur.offsets)) * np.asarray(ur.sign_corrections, float)
    q = np.array([math.remainder(v, 2 * math.pi) for v in q])
    return np.clip(q, limits[:, 0], limits[:, 1])


def _numeric_reach(chain: SerialChain, limits: np.ndarray) -> float:
    """Largest flange distance from the J1 axis over seeded random configurations inside the limits."""
    q = np.random.default_rng(7).uniform(limits[:, 0], limits[:, 1], size=(4096, 6))
    p = fk(chain, q)[:, :3, 3]
    return float(np.max(np.hypot(p[:, 0], p[:, 1])))


def _prepare_extract_dir(extract_dir: Path) -> None:
    """Make extract_dir an empty folder holding only our marker. A folder left by an earlier extraction
    (it has the marker) is replaced, so a stored upload can be extracted again; any other non-empty
    folder is refused rather than cleared."""
    if extract_dir.is_symlink():
        raise RobotModelError(f"extract_dir {extract_dir} is a symbolic link")
    if extract_dir.exists() and any(extract_dir.iterdir()):
        if not (extract_dir / EXTRACT_MARKER).is_file():
            raise RobotModelError(
                f"extract_dir {extract_dir} must be empty (or hold an earlier extraction by weldplan)"
            )
        shutil.rmtree(extract_dir)
    extract_dir.mkdir(parents=True, exist_ok=True)
    (extract_dir / EXTRACT_MARKER).write_text(
        "extracted by weldplan robot_from_urdf_zip; replaced on re-import\n"
    )


def robot_from_urdf_zip(
    data: bytes, extract_dir: Path, name: str | None = None, id: str | None = None
) -> RobotSpec:
    """A RobotSpec (vendor "other") from a zip with one URDF and the meshes it references.

    extract_dir must be empty, not exist, or hold an earlier extraction (which is replaced); the files are
    extracted there and the spec's urdf_dir is the URDF's folder, against which the rewritten mesh paths
    in urdf_text resolve. Joint limits and velocities come from the URDF; OPW parameters are extracted
    when the chain is ortho-parallel with a spherical wrist, UR parameters when it has the UR layout,
    otherwise kinematics are numeric.
    """
    extract_dir = Path(extract_dir)
    _prepare_extract_dir(extract_dir)
    root = extract_dir.resolve()
    files = _extract(data, extract_dir)
    urdf_rel = _pick_urdf(files)
    urdf_path = root.joinpath(*urdf_rel.parts)
    where = f"zip file '{urdf_rel}'"
    try:
        text = urdf_path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RobotModelError(f"{where} is not UTF-8 text") from exc
    try:
        model = parse_urdf(text)
        chain = chain_from_urdf(model)
    except UrdfError as exc:
        raise RobotModelError(f"{where}: {exc}") from exc
    if not any(model.links[n].collisions for n in chain.link_names):
        raise RobotModelError(
            f"{where}: no link of the arm has <collision> geometry; collision checks need it"
        )
    urdf_dir = urdf_path.parent
    text = _rewrite_meshes(text, model, root, urdf_dir)
    no_speed = [j for j, v in zip(chain.joint_names, chain.max_velocity, strict=True) if not math.isfinite(v)]
    if no_speed:
        raise RobotModelError(
            f"{where}: joint(s) {no_speed} have no <limit velocity>; weldplan needs joint speeds"
        )
    limits = np.stack([chain.lower, chain.upper], axis=1)
    opw, ur = _analytic_model(chain)
    display = name or model.name or urdf_rel.stem
    if opw is not None:
        home = home_from_opw(opw, limits)
        reach = opw_reach_m(opw)
    else:
        home = (
            _home_from_ur(ur, limits) if ur is not None else np.clip(np.zeros(6), limits[:, 0], limits[:, 1])
        )
        reach = _numeric_reach(chain, limits)
    return RobotSpec(
        id=check_id(id) if id is not None else slug(display),
        name=display,
        vendor="other",
        model=model.name or urdf_rel.stem,
        dof=6,
        reach_m=reach,
        payload_kg=None,
        urdf_text=text,
        urdf_dir=urdf_dir,
        joint_limits=limits,
        max_speed=chain.max_velocity.copy(),
        max_accel=chain.max_velocity / TIME_TO_MAX_SPEED_S,
        home=home,
        opw=opw,
        ur=ur,
        sources=(f"user upload: {urdf_rel}",),
        accel_assumption=(
            "Not in the URDF. Assumed: every joint reaches its max speed in "
            f"{TIME_TO_MAX_SPEED_S} s from rest."
        ),
        base_link=chain.base_link,
        tip_link=chain.tip_link,
    )
