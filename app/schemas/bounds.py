"""Numbers at the API edge: finite, numbers in the JSON (no booleans or numeric strings), in physical ranges.

A value no robot cell can hold is refused with 422 naming the field before it reaches the numeric code,
where 1e308 mm overflows to inf and NaN (issue 19: a part pose at 1e308 mm failed its plan with a raw
QhullError; arc points at 1e150 mm crashed the seam code). The schema states each range, so clients and
schemathesis see it in the OpenAPI document.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

# Every position the service takes is in a robot cell: within 10 m of the robot base (or of the part's own
# origin for seam points). The largest arc-welding arms reach about 3 m (Yaskawa AR3120: 3.1 m), so 10 m
# leaves room for fixtures, tables and part frames far off the part.
WORKSPACE_MM = 10_000.0
# Quaternions are normalised by the service; this bound only keeps the norm of any accepted one finite.
QUAT_COMPONENT_MAX = 1e6

StrictFinite = Annotated[float, Field(strict=True, allow_inf_nan=False)]
CoordMM = Annotated[
    float,
    Field(
        strict=True,
        allow_inf_nan=False,
        ge=-WORKSPACE_MM,
        le=WORKSPACE_MM,
        description="mm, within the 10 m workspace bound",
    ),
]
QuatComponent = Annotated[float, Field(strict=True, allow_inf_nan=False, ge=-QUAT_COMPONENT_MAX, le=QUAT_COMPONENT_MAX)]
# A box edge: positive and no longer than the workspace is wide.
EdgeMM = Annotated[float, Field(strict=True, allow_inf_nan=False, gt=0, le=2 * WORKSPACE_MM)]
