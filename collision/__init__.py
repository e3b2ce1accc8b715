"""collision: a PyBullet (DIRECT mode) welding cell with batched validity, clearance and contact queries.

Robot + torch against the part bodies (hulls, or CoACD pieces where concave), an optional table and
obstacles, and against themselves (adjacent and never-close link pairs filtered). SI units; q[N, 6] rad.
"""

from collision.convex import ConvexPieces, coacd_available, convex_pieces
from collision.scene import AllowedContact, BoxObstacle, CollisionConfig, CollisionScene, MeshObstacle, Table
from collision.selfpairs import SelfPairs
from collision.world import CollisionWorld, measure_checks_per_s

__all__ = [
    "AllowedContact",
    "BoxObstacle",
    "CollisionConfig",
    "CollisionScene",
    "CollisionWorld",
    "ConvexPieces",
    "MeshObstacle",
    "SelfPairs",
    "Table",
    "coacd_available",
    "convex_pieces",
    "measure_checks_per_s",
]
