"""cycletime."""
