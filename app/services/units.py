"""SI dataclasses to API documents and back, by the unit in each field's name.

Inside, fields say their SI unit (`leg_m`, `travel_speed_m_s`, `work_angle_rad`); at the API edge the same
fields are `leg_mm`, `travel_speed_mm_s`, `work_angle_deg`. One rule, both directions, so a field added to a
numeric dataclass appears in the API with the right unit without anyone writing a converter for it.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

# (SI suffix, API suffix, factor SI -> API); the longest suffix that matches wins.
_RULES = (("_m_s", "_mm_s", 1e3), ("_m", "_mm", 1e3), ("_rad", "_deg", 180.0 / math.pi))


def api_name(si_name: str) -> tuple[str, float]:
    for si, api, factor in _RULES:
        if si_name.endswith(si):
            return si_name[: -len(si)] + api, factor
    return si_name, 1.0


def si_name(api_field: str) -> tuple[str, float]:
    for si, api, factor in _RULES:
        if api_field.endswith(api):
            return api_field[: -len(api)] + si, 1.0 / factor
    return api_field, 1.0


def _scale(value: Any, factor: float) -> Any:
    if factor == 1.0 or value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value) * factor
    if isinstance(value, list | tuple):
        return [_scale(v, factor) for v in value]
    return value


def to_api(obj: Any) -> Any:
    """A (nested) dataclass with SI field names -> a JSON document with API units."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for f in dataclasses.fields(obj):
            name, factor = api_name(f.name)
            out[name] = _scale(to_api(getattr(obj, f.name)), factor)
        return out
    if isinstance(obj, list | tuple):
        return [to_api(v) for v in obj]
    if hasattr(obj, "tolist"):
        return obj.tolist()
    return obj


def from_api(doc: dict[str, Any], template: Any) -> Any:
    """An API document (possibly partial) applied onto a dataclass instance; unknown fields raise KeyError
    naming the API field. The dataclass's own validation runs on the result."""
    fields = {f.name: f for f in dataclasses.fields(template)}
    changes: dict[str, Any] = {}
    for api_field, value in doc.items():
        name, factor = si_name(api_field)
        if name not in fields:
            raise KeyError(api_field)
        current = getattr(template, name)
        if dataclasses.is_dataclass(current) and isinstance(value, dict):
            changes[name] = from_api(value, current)
        elif value is None or not dataclasses.is_dataclass(fields[name].type):
            changes[name] = _scale(value, factor)
        else:
            changes[name] = value
    return dataclasses.replace(template, **changes)
