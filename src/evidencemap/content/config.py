"""Site configuration: ``content/evidencemap.yaml`` (optional).

Only things a map author would want to change live here; everything else is a
convention. Command-line options override the file (``--base-url``).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError, field_validator

from evidencemap.content.textfile import read_text
from evidencemap.content.yamlfile import parse_yaml, validate, validation_problems
from evidencemap.errors import ContentError, Problem
from evidencemap.model import Record

CONFIG_NAME = "evidencemap.yaml"


class SiteConfig(Record):
    """What the site says about itself and where it will be hosted."""

    title: str = Field(default="Evidence map", min_length=1, max_length=200)
    description: str = Field(
        default="An evidence map of health claims: who claims what, and what backs it.", max_length=1000
    )
    base_url: str = Field(
        default="/", description="Where the site will live: '/', '/evidence/' or 'https://example.org/evidence/'."
    )
    language: str = Field(default="en", pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

    @field_validator("base_url")
    @classmethod
    def _normalise_base_url(cls, value: str) -> str:
        """Always end with one slash, so URLs can be joined by concatenation."""
        value = value.strip() or "/"
        if not (value.startswith("/") or value.startswith("https://") or value.startswith("http://")):
            raise ValueError("must start with '/', 'http://' or 'https://'")
        if value.startswith("//"):
            raise ValueError("'//' would point every link at another host; write '/path/' or 'https://host/path/'")
        if any(ch.isspace() or ch in '"<>\\`{}|^' or ord(ch) < 32 for ch in value):
            raise ValueError("must be a plain URL path, without spaces, quotes, angle brackets or backslashes")
        return value.rstrip("/") + "/"


def load_config(content_dir: Path, base_url: str | None = None) -> SiteConfig:
    """Read the config file if there is one; apply command-line overrides."""
    path = content_dir / CONFIG_NAME
    data: dict = {}
    if path.is_file():
        parsed = parse_yaml(read_text(path, root=content_dir), path)
        if parsed is not None:
            data = parsed
    config = validate(SiteConfig, data, path, "config")
    assert isinstance(config, SiteConfig)
    if base_url is not None:
        try:
            config = SiteConfig.model_validate({**config.model_dump(), "base_url": base_url})
        except ValidationError as exc:
            hint = "e.g. --base-url /evidence/ or --base-url https://example.org/evidence/"
            raise ContentError(
                [
                    Problem(p.path, None, p.message, p.hint or hint)
                    for p in validation_problems(exc, {}, "--base-url", "option")
                ]
            ) from None
    return config
