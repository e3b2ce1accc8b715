"""robot_models."""
