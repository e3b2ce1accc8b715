"""The README says what the code does: its walk-through is docs/walkthrough.sh verbatim (which
api_tests/test_walkthrough.py runs against a real server) and its configuration table lists every setting."""

from __future__ import annotations

from pathlib import Path

from app.core.config import Settings

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text()


def test_readme_shows_the_walkthrough_script_unchanged() -> None:
    script = (REPO / "docs" / "walkthrough.sh").read_text()
    assert f"```sh\n{script}```\n" in README, "copy docs/walkthrough.sh into the README's walk-through block"


def test_readme_lists_every_setting_as_its_environment_variable() -> None:
    prefix = Settings.model_config["env_prefix"]
    missing = [
        f"{prefix}{name}".upper() for name in Settings.model_fields if f"`{prefix}{name}`".upper() not in README.upper()
    ]
    assert not missing, f"README's configuration table lacks {missing}"


def test_readme_links_only_files_in_the_repository() -> None:
    import re

    links = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", README)
    assert links, "the README links docs/architecture.md and docs/references.md"
    absent = [link for link in links if not (REPO / link).exists()]
    assert not absent, absent
    assert "../shared" not in README
