"""Six-revolute serial chains taken from a URDF: batched forward kinematics, link poses, Jacobians.

Frames: B = chain base link, L_i = link_names[i] (child link of revolute joint i, L_0 = B), F = tip
link (flange / tool0). Angles in rad, lengths in m.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from kinematics.se3 import invert_X
from kinematics.urdf import UrdfError, UrdfModel

__all__ = [
    "AttachedLink",
    "SerialChain",
    "chain_from_urdf",
    "fk",
    "link_poses",
    "attached_link_poses",
    "jacobian",
]


@dataclass(frozen=True, eq=False)
class AttachedLink:
    """A URDF link rigidly fixed (through fixed joints only) to chain link link_names[index].

    X_LA[4, 4] is its pose in that chain link's frame.
    """

    name: str
    index: int
    X_LA: np.ndarray


@dataclass(frozen=True, eq=False)
class _FkConstants:
    C: np.ndarray  # [6, 3, 3] B_{i-1}^T R_PJ_i B_i
    d: np.ndarray  # [6, 3] B_{i-1}^T p_PJ_i
    Bt: np.ndarray  # [6, 3, 3] B_i^T (maps the axis-aligned frame back to the link frame)
    R_tail: np.ndarray  # [3, 3] B_6^T R_tail
    p_tail: np.ndarray  # [3] B_6^T p_tail


_CHUNK = 4096


def _axis_basis(axis: np.ndarray) -> np.ndarray:
    """Orthonormal basis B[3, 3] (columns u, v, axis) with det +1; exact for coordinate axes."""
    a = axis / np.linalg.norm(axis)
    e = np.zeros(3)
    e[int(np.argmin(np.abs(a)))] = 1.0
    u = e - np.dot(e, a) * a
    u /= np.linalg.norm(u)
    v = np.cross(a, u)
    return np.stack([u, v, a], axis=1)


@dataclass(frozen=True, eq=False)
class SerialChain:
    """A 6R chain from base_link to tip_link.

    X_PJ[6, 4, 4]: pose of joint i's frame (at zero angle) in link_names[i] (= the previous revolute's
    child link, fixed joints in between folded in). axes[6, 3]: unit rotation axes in the joint frames.
    X_tail[4, 4]: tip link in link_names[6] (fixed joints after the last revolute, e.g. link_6 -> tool0).
    lower/upper[6] (rad), max_velocity[6] (rad/s). attached: links fixed to a chain link (for collision).
    """

    base_link: str
    tip_link: str
    joint_names: tuple[str, ...]
    link_names: tuple[str, ...]
    X_PJ: np.ndarray
    axes: np.ndarray
    X_tail: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    max_velocity: np.ndarray
    attached: tuple[AttachedLink, ...] = field(default=())

    def __post_init__(self) -> None:
        checks = {
            "joint_names": (len(self.joint_names), 6),
            "link_names": (len(self.link_names), 7),
        }
        for name, (got, want) in checks.items():
            if got != want:
                raise ValueError(f"SerialChain.{name} must have {want} entries, got {got}")
        shapes = {
            "X_PJ": (6, 4, 4),
            "axes": (6, 3),
            "X_tail": (4, 4),
            "lower": (6,),
            "upper": (6,),
            "max_velocity": (6,),
        }
        for name, shape in shapes.items():
            value = np.asarray(getattr(self, name), dtype=np.float64)
            if value.shape != shape:
                raise ValueError(f"SerialChain.{name} must have shape {shape}, got {value.shape}")
            object.__setattr__(self, name, value)
        if not np.all(np.isfinite(self.X_PJ)) or not np.all(np.isfinite(self.X_tail)):
            raise ValueError("SerialChain.X_PJ and X_tail must be finite")
        if not np.all(self.lower < self.upper):
            raise ValueError(f"SerialChain.lower must be below upper, got {self.lower} / {self.upper}")
        norms = np.linalg.norm(self.axes, axis=1)
        if np.any(norms < 1e-9):
            raise ValueError("SerialChain.axes must be non-zero")
        object.__setattr__(self, "axes", self.axes / norms[:, None])

    @cached_property
    def _consts(self) -> _FkConstants:
        B = np.stack([_axis_basis(a) for a in self.axes])
        C = np.empty((6, 3, 3))
        d = np.empty((6, 3))
        prev_Bt = np.eye(3)
        for i in range(6):
            C[i] = prev_Bt @ self.X_PJ[i, :3, :3] @ B[i]
            d[i] = prev_Bt @ self.X_PJ[i, :3, 3]
            prev_Bt = B[i].T
        return _FkConstants(
            C=C,
            d=d,
            Bt=np.swapaxes(B, 1, 2).copy(),
            R_tail=prev_Bt @ self.X_tail[:3, :3],
            p_tail=prev_Bt @ self.X_tail[:3, 3],
        )


def _as_q(q: np.typing.ArrayLike) -> np.ndarray:
    q = np.asarray(q, dtype=np.float64)
    if q.ndim == 1:
        q = q[None, :]
    if q.ndim != 2 or q.shape[1] != 6:
        raise ValueError(f"q must have shape [N, 6], got {q.shape}")
    return q


def _forward(chain: SerialChain, q: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Axis-aligned joint frames, component-major so every numpy pass is contiguous: lists of 6
    R~_i[3, 3, N] (column 2 = joint axis in B) and p_i[3, N] (joint origins in B)."""
    k = chain._consts
    n = q.shape[0]
    qt = np.ascontiguousarray(q.T)
    c, s = np.cos(qt), np.sin(qt)
    Rs: list[np.ndarray] = []
    ps: list[np.ndarray] = []
    for i in range(6):
        if i == 0:
            M = np.broadcast_to(k.C[0][:, :, None], (3, 3, n))
            p = np.broadcast_to(k.d[0][:, None], (3, n))
        else:
            R_prev = Rs[-1]
            d = k.d[i]
            p = p + d[0] * R_prev[:, 0] + d[1] * R_prev[:, 1] + d[2] * R_prev[:, 2]
            M = np.matmul(k.C[i].T, R_prev)  # M[a] = C^T R[a]: rows of R_prev @ C
        R = np.empty((3, 3, n))
        R[:, 0] = c[i] * M[:, 0] + s[i] * M[:, 1]
        R[:, 1] = c[i] * M[:, 1] - s[i] * M[:, 0]
        R[:, 2] = M[:, 2]
        Rs.append(R)
        ps.append(p)
    return Rs, ps


def _tip_parts(chain: SerialChain, R6: np.ndarray, p6: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    k = chain._consts
    t = k.p_tail
    return np.matmul(k.R_tail.T, R6), p6 + t[0] * R6[:, 0] + t[1] * R6[:, 1] + t[2] * R6[:, 2]


def _to_X(R: np.ndarray, p: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Component-major R[3, 3, N], p[3, N] -> X[N, 4, 4]."""
    n = R.shape[2]
    X = np.zeros((n, 4, 4)) if out is None else out
    X[:, :3, :3] = R.transpose(2, 0, 1)
    X[:, :3, 3] = p.T
    X[:, 3, :3] = 0.0
    X[:, 3, 3] = 1.0
    return X


def fk(chain: SerialChain, q: np.typing.ArrayLike) -> np.ndarray:
    """Tip poses X_BF[N, 4, 4] for joint angles q[N, 6] (rad)."""
    q = _as_q(q)
    out = np.empty((q.shape[0], 4, 4))
    # Chunks keep the per-joint temporaries in cache (faster on 10^5 configurations).
    for start in range(0, q.shape[0], _CHUNK):
        Rs, ps = _forward(chain, q[start : start + _CHUNK])
        _to_X(*_tip_parts(chain, Rs[5], ps[5]), out=out[start : start + _CHUNK])
    return out


def link_poses(chain: SerialChain, q: np.typing.ArrayLike) -> np.ndarray:
    """Poses X_BL[N, 7, 4, 4] of the frames of chain.link_names for q[N, 6] (index 0 is the base)."""
    q = _as_q(q)
    n = q.shape[0]
    Rs, ps = _forward(chain, q)
    k = chain._consts
    X = np.zeros((n, 7, 4, 4))
    X[:, 0] = np.eye(4)
    for i in range(6):
        _to_X(np.matmul(k.Bt[i].T, Rs[i]), ps[i], out=X[:, i + 1])
    return X


def attached_link_poses(chain: SerialChain, q: np.typing.ArrayLike) -> dict[str, np.ndarray]:
    """Poses X_BL[N, 4, 4] of every chain link and every attached link, keyed by link name."""
    X_BL = link_poses(chain, q)
    out = {name: X_BL[:, i] for i, name in enumerate(chain.link_names)}
    for a in chain.attached:
        out[a.name] = X_BL[:, a.index] @ a.X_LA
    return out


def jacobian(chain: SerialChain, q: np.typing.ArrayLike) -> np.ndarray:
    """Geometric Jacobians J[N, 6, 6] at the tip origin, in the base frame: rows (v, w), columns joints."""
    return fk_and_jacobian(chain, q)[1]


def fk_and_jacobian(chain: SerialChain, q: np.typing.ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """(X_BF[N, 4, 4], J[N, 6, 6]) in one pass; see fk and jacobian."""
    q = _as_q(q)
    Rs, ps = _forward(chain, q)
    R_F, p_F = _tip_parts(chain, Rs[5], ps[5])
    J = np.empty((6, 6, q.shape[0]))  # [row, joint, N]
    for i in range(6):
        z = Rs[i][:, 2]
        r = p_F - ps[i]
        J[0, i] = z[1] * r[2] - z[2] * r[1]
        J[1, i] = z[2] * r[0] - z[0] * r[2]
        J[2, i] = z[0] * r[1] - z[1] * r[0]
        J[3:, i] = z
    return _to_X(R_F, p_F), np.ascontiguousarray(J.transpose(2, 0, 1))


def _leaf_links(model: UrdfModel) -> list[str]:
    parents = {j.parent for j in model.joints.values()}
    return [name for name in model.links if name not in parents]


def chain_from_urdf(model: UrdfModel, base_link: str | None = None, tip_link: str | None = None) -> SerialChain:
    """Extract the 6R chain from base_link (default: the root link) to tip_link (default: "tool0" if
    present, else the single leaf link).

    Fixed joints on the path are folded into X_PJ / X_tail. Raises UrdfError when a link is unknown,
    the tip is not below the base, a joint on the path is not revolute or fixed (naming it), or the path
    does not hold exactly 6 revolute joints.
    """
    base = base_link if base_link is not None else model.root_link
    if base not in model.links:
        raise UrdfError(f"base link '{base}' is not in URDF '{model.name}'")
    if tip_link is None:
        if "tool0" in model.links:
            tip = "tool0"
        else:
            leaves = _leaf_links(model)
            if len(leaves) != 1:
                raise UrdfError(f"URDF '{model.name}' has several leaf links {leaves}; name the tip link")
            tip = leaves[0]
    else:
        tip = tip_link
    if tip not in model.links:
        raise UrdfError(f"tip link '{tip}' is not in URDF '{model.name}'")
    path = model.joints_between(base, tip)
    for joint in path:
        if joint.type not in ("revolute", "fixed"):
            raise UrdfError(
                f"joint '{joint.name}' between '{base}' and '{tip}' is {joint.type}; only revolute joints "
                "(with limits) and fixed joints are supported"
            )
    revolute = [j for j in path if j.type == "revolute"]
    if len(revolute) != 6:
        raise UrdfError(
            f"path '{base}' -> '{tip}' has {len(revolute)} revolute joints "
            f"({[j.name for j in revolute]}); a 6-axis chain needs exactly 6"
        )
    X_PJ = np.empty((6, 4, 4))
    T = np.eye(4)
    i = 0
    for joint in path:
        if joint.type == "fixed":
            T = T @ joint.X_PJ
        else:
            X_PJ[i] = T @ joint.X_PJ
            T = np.eye(4)
            i += 1
    link_names = (base,) + tuple(j.child for j in revolute)
    return SerialChain(
        base_link=base,
        tip_link=tip,
        joint_names=tuple(j.name for j in revolute),
        link_names=link_names,
        X_PJ=X_PJ,
        axes=np.stack([j.axis for j in revolute]),
        X_tail=T,
        lower=np.array([j.lower for j in revolute]),
        upper=np.array([j.upper for j in revolute]),
        max_velocity=np.array([j.velocity for j in revolute]),
        attached=_attached(model, link_names),
    )


def _attached(model: UrdfModel, link_names: tuple[str, ...]) -> tuple[AttachedLink, ...]:
    edges: dict[str, list[tuple[str, np.ndarray]]] = {}
    for j in model.joints.values():
        if j.type == "fixed":
            edges.setdefault(j.parent, []).append((j.child, j.X_PJ))
            edges.setdefault(j.child, []).append((j.parent, invert_X(j.X_PJ)))
    chain_set = set(link_names)
    out: list[AttachedLink] = []
    seen = set(chain_set)
    for index, start in enumerate(link_names):
        stack = [(start, np.eye(4))]
        while stack:
            link, X = stack.pop()
            for other, X_step in edges.get(link, []):
                if other in seen:
                    continue
                seen.add(other)
                X_other = X @ X_step
                out.append(AttachedLink(other, index, X_other))
                stack.append((other, X_other))
    return tuple(out)
