"""Settings shared by every test session (tests/ and api_tests/)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_CACHE_DIR = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    # Collision worlds keep their self-collision tables on disk (collision.paircache). A session gets its own
    # empty folder, inherited by the processes it starts, so that tests neither write into the repository or
    # the home folder nor read tables that another version of the code wrote. Set WELDPLAN_CACHE_DIR to reuse
    # a folder across sessions.
    if "WELDPLAN_CACHE_DIR" not in os.environ:
        path = tempfile.mkdtemp(prefix="weldplan_test_cache_")
        os.environ["WELDPLAN_CACHE_DIR"] = path
        config.stash[_CACHE_DIR] = path


def pytest_unconfigure(config: pytest.Config) -> None:
    path = config.stash.get(_CACHE_DIR, None)
    if path is not None:
        shutil.rmtree(path, ignore_errors=True)
        del os.environ["WELDPLAN_CACHE_DIR"]
