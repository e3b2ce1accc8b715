"""A timed joint trajectory as knots (t, q) that linear interpolation reproduces to about 1e-5 rad.

Producers (planning.timing) place knots densely where the motion is curved in time, so `sample` and `q_at`
only interpolate linearly between them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["TimedPath", "interp_rows", "sample_times"]


def sample_times(duration_s: float, rate_hz: float) -> np.ndarray:
    """t[J]: 0, 1/rate, 2/rate, ... up to duration_s, with duration_s itself as the last sample."""
    if not (np.isfinite(rate_hz) and rate_hz > 0):
        raise ValueError(f"rate_hz must be a positive number, got {rate_hz!r}")
    n = int(np.floor(duration_s * rate_hz + 1e-9))
    t = np.arange(n + 1, dtype=np.float64) / rate_hz
    t = t[t < duration_s - 1e-12]
    return np.append(t, duration_s)


def interp_rows(t_knots: np.ndarray, rows: np.ndarray, t: np.ndarray) -> np.ndarray:
    """rows[K, D] given at strictly increasing t_knots[K], linearly interpolated at t[J] (clamped) -> [J, D]."""
    t = np.clip(np.asarray(t, dtype=np.float64), t_knots[0], t_knots[-1])
    if len(t_knots) == 1:
        return np.repeat(rows[:1], len(t), axis=0)
    k = np.clip(np.searchsorted(t_knots, t, side="right") - 1, 0, len(t_knots) - 2)
    w = ((t - t_knots[k]) / (t_knots[k + 1] - t_knots[k]))[:, None]
    return rows[k] * (1.0 - w) + rows[k + 1] * w


@dataclass(frozen=True, eq=False)
class TimedPath:
    """Joint trajectory knots: t[K] s (t[0] = 0, strictly increasing), q[K, 6] rad, optional qd[K, 6] rad/s
    (the exact joint velocities at the knots where the producer knows them). A coordinated path has the
    positioner's axes after the robot's: q[K, 6 + m]."""

    t: np.ndarray
    q: np.ndarray
    qd: np.ndarray | None = None

    def __post_init__(self) -> None:
        t = np.asarray(self.t, dtype=np.float64).reshape(-1)
        q = np.asarray(self.q, dtype=np.float64)
        if t.size == 0 or q.ndim != 2 or q.shape[0] != t.size or q.shape[1] < 6:
            raise ValueError(f"TimedPath needs t[K] and q[K, 6], got t{t.shape} and q{q.shape}")
        if not (np.all(np.isfinite(t)) and np.all(np.isfinite(q))):
            raise ValueError("TimedPath: t and q must be finite")
        if t[0] != 0.0 or np.any(np.diff(t) <= 0.0):
            raise ValueError("TimedPath: t must start at 0 and increase strictly")
        object.__setattr__(self, "t", t)
        object.__setattr__(self, "q", q)
        if self.qd is not None:
            qd = np.asarray(self.qd, dtype=np.float64)
            if qd.shape != q.shape:
                raise ValueError(f"TimedPath: qd must have the shape of q {q.shape}, got {qd.shape}")
            object.__setattr__(self, "qd", qd)

    @property
    def duration(self) -> float:
        """Seconds from the first knot to the last."""
        return float(self.t[-1])

    def q_at(self, t_s: np.typing.ArrayLike) -> np.ndarray:
        """q[J, 6] at times t_s[J] (clamped to [0, duration])."""
        return interp_rows(self.t, self.q, np.atleast_1d(np.asarray(t_s, dtype=np.float64)))

    def sample(self, rate_hz: float) -> tuple[np.ndarray, np.ndarray]:
        """(t[J], q[J, 6]) at a fixed rate, the end point included."""
        t = sample_times(self.duration, rate_hz)
        return t, interp_rows(self.t, self.q, t)
