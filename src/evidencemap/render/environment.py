"""The template environment, and links relative to the page being rendered.

All links are relative to the page that holds them, so the site works opened
from disk, at a domain root or under any sub-path.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, MutableMapping
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup


def theme_dir() -> Path:
    """The default theme folder, shipped inside the package."""
    return Path(str(resources.files("evidencemap.theme")))


@functools.cache
def _folder_parts(page: str) -> tuple[str, ...]:
    return tuple(page.split("/")[:-1])


def relative_url(target: str, page: str) -> str:
    """``target`` (a site path) as a link relative to the folder of ``page``.

    Pure string work on site paths (never the file system): this runs for
    every link of every page, where ``posixpath.relpath`` cost a tenth of a build.
    """
    folder = _folder_parts(page)
    parts = [part for part in target.split("/") if part]
    if not folder:
        return "/".join(parts) or "."
    common = 0
    limit = min(len(folder), len(parts))
    while common < limit and folder[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folder) - common) + parts[common:]) or "."


class SiteEnvironment(Environment):
    """A Jinja environment whose templates see its globals as one plain dict.

    Jinja gives each template a ``ChainMap`` of its own and the environment's
    globals, and copies it key by key into every page's context; on a site of
    thousands of small pages that copy was a tenth of rendering. The renderer
    sets all its globals before loading a template, so a snapshot is the same.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def make_environment(theme: Path, bytecode_cache: BytecodeCache | None) -> SiteEnvironment:
    """The environment of one build's templates; ``bytecode_cache`` keeps compiled templates between builds, or None.

    Compiling the theme costs a third of a second a build; Jinja keys what the cache keeps on each template's source,
    so an edited template is compiled again. The cache is the caller's: render itself never writes to the disk."""
    return SiteEnvironment(
        loader=FileSystemLoader(str(theme)),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a renderer lives for one build: no need to stat every template on every page
        bytecode_cache=bytecode_cache,
    )


class Links:
    """Where the page being rendered lies, and links made relative to it.

    ``url`` is a template global reading this (not a context variable), so
    the macro modules are imported without context: made once, not once per page."""

    __slots__ = ("base_url", "page", "folder", "url")

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.page = ""
        self.folder = ""  # parts of claim lists are kept per folder: the 404 page's links are its own
        self.url: Callable[[str], str] = self.url_for("index.html")

    def at(self, page: str) -> None:
        """Make links from ``page`` from now on."""
        self.page, self.url = page, self.url_for(page)
        self.folder = "404" if page == "404.html" else page.rpartition("/")[0]

    def url_for(self, page: str) -> Callable[[str], str]:
        """Links relative to ``page``; the 404 page, served at any depth, links from the site's root path."""
        if page == "404.html":
            base = self.base_url if not self.base_url.startswith("http") else "/" + self.base_url.split("/", 3)[-1]
            return lambda target: base + target
        return lambda target: relative_url(target, page)


class SharedParts:
    """The parts every page shows (``site_header.html``, ``site_footer.html``), rendered once per folder and section.

    Their links are relative to the page's folder, and their one page-dependent
    detail, the current section of the navigation, is all they are given:
    ``section`` is the page's first folder ("claims"), or the page itself
    at the top ("graph.html"). Made per page, the two parts were nearly a
    third of the template calls of a claim page (45 of them)."""

    def __init__(self, env: Environment, links: Links) -> None:
        self.env = env
        self.links = links
        self._parts: dict[tuple[str, str, str], Markup] = {}

    def __call__(self, template: str) -> Markup:
        page = self.links.page
        section = page.partition("/")[0] if "/" in page else page
        key = (template, "404" if page == "404.html" else page.rpartition("/")[0], section)
        part = self._parts.get(key)
        if part is None:
            part = self._parts[key] = Markup(self.env.get_template(template).render(section=section))
        return part
