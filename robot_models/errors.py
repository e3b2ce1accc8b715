"""Typed error of the robot_models package."""

from __future__ import annotations

__all__ = ["RobotModelError"]


class RobotModelError(ValueError):
    """A robot or tool description that cannot be used; the message names the file or field at fault."""
