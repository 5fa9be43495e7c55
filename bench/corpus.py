"""Deterministic benchmark corpora, generated from the paragraphs of a map's own sources.

Why generate rather than ship corpora: a 10,000-article corpus is tens of
megabytes that would only ever be read by the benchmark. The generator makes the
same corpus from the same content every time (a seeded ``random.Random`` per
article), so runs on different days and machines measure the same input.

Each article borrows the front matter (kind, sells, publisher) of one real source
and 6 to 14 paragraphs drawn from all web sources, with their headings, so the
extractor meets realistic sentences, lists and reference sections. The same
articles are also written as plain Markdown pages for Hugo and MkDocs, so the
three tools build identical text.

``density="seeds"`` makes each web article as long as the real source it borrows
from (32 to 60 paragraphs for the seeds), so the articles hold as many claims as
real pages do (some 30 each, where the default 6 to 14 paragraphs give 7 or 8):
what the site's size at scale must be measured on. Run as a script, it writes
one content folder: ``python bench/corpus.py 1000 /tmp/corpus --density seeds``.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
DENSITIES = ("mixed", "seeds")  # how long a web article is: 6 to 14 paragraphs, or as long as its real source


@dataclass(frozen=True, slots=True)
class Template:
    """One real source: its front matter and its body's paragraphs (headings kept)."""

    meta: dict
    paragraphs: tuple[str, ...]


def read_templates(content: Path) -> list[Template]:
    """Every source of ``content`` split into paragraphs, in file-name order."""
    templates = []
    for path in sorted((content / "sources").glob("*.md")):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        match = FRONT_MATTER.match(text)
        meta = yaml.safe_load(match.group(1)) if match else {}
        body = text[match.end() :] if match else text
        paragraphs = tuple(
            p.strip() for p in re.split(r"\n\s*\n", body) if p.strip() and not p.lstrip().startswith("# ")
        )
        templates.append(Template(meta or {}, paragraphs))
    return templates


def article(index: int, templates: list[Template], density: str = "mixed") -> tuple[dict, str]:
    """The front matter and Markdown body of article ``index`` (1-based), always the same for one ``density``."""
    rng = random.Random(index)
    web = [t for t in templates if t.meta.get("kind") != "research"] or templates
    research = [t for t in templates if t.meta.get("kind") == "research"]
    if research and index % 10 == 0:
        template = research[index // 10 % len(research)]
        paragraphs = list(template.paragraphs)  # a study keeps its structure (Methods, Results...)
    else:
        template = web[rng.randrange(len(web))]
        pool = [p for t in web for p in t.paragraphs]
        length = len(template.paragraphs) if density == "seeds" else rng.randint(6, 14)
        paragraphs = [pool[rng.randrange(len(pool))] for _ in range(length)]
    meta = {
        key: value
        for key, value in template.meta.items()
        if key
        in (
            "kind",
            "sells",
            "publisher",
            "author",
            "authors",
            "year",
            "venue",
            "design",
            "population",
            "sample_size",
            "kind_reason",
        )
    }
    title = f"Article {index:05d}: {template.meta.get('title', 'untitled')}"
    meta = {"id": f"article-{index:05d}", "title": title, "url": f"https://example.org/articles/{index:05d}", **meta}
    body = f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"
    return meta, body


def _front(meta: dict) -> str:
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000) + "---\n\n"


def write_evidencemap(root: Path, count: int, templates: list[Template], content: Path, density: str = "mixed") -> Path:
    """An evidencemap content folder of ``count`` articles, with the map's lexicon and config."""
    folder = root / "content"
    sources = folder / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name in ("lexicon.yaml", "evidencemap.yaml"):
        shutil.copyfile(content / name, folder / name)
    for index in range(1, count + 1):
        write_article(folder, index, templates, density)
    return folder


def write_article(folder: Path, index: int, templates: list[Template], density: str = "mixed") -> Path:
    """Write article ``index`` into an evidencemap content folder; return its path."""
    meta, body = article(index, templates, density)
    path = folder / "sources" / f"{meta['id']}.md"
    path.write_text(_front(meta) + body, encoding="utf-8")
    return path


HUGO_LAYOUT = {
    "layouts/_default/baseof.html": (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block '
        '"main" . }}{{ end }}</body></html>\n'
    ),
    "layouts/_default/single.html": (
        '{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n'
    ),
    "layouts/_default/list.html": (
        '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title '
        "}}</a></li>{{ end }}</ul>{{ end }}\n"
    ),
    "layouts/index.html": (
        '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.RegularPages }}<li><a href="{{ '
        '.RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n'
    ),
}


def write_hugo(root: Path, count: int, templates: list[Template], density: str = "mixed") -> Path:
    """The same articles as a Hugo site: plain Markdown pages, a minimal layout, a home page listing them."""
    site = root / "hugo"
    (site / "content" / "articles").mkdir(parents=True, exist_ok=True)
    (site / "hugo.toml").write_text(
        'baseURL = "/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term"]\n', encoding="utf-8"
    )
    for name, text in HUGO_LAYOUT.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    for index in range(1, count + 1):
        meta, body = article(index, templates, density)
        (site / "content" / "articles" / f"{meta['id']}.md").write_text(
            _front({"title": meta["title"]}) + body, encoding="utf-8"
        )
    return site


def write_mkdocs(root: Path, count: int, templates: list[Template], density: str = "mixed") -> Path:
    """The same articles as a MkDocs project with its default theme and automatic navigation."""
    site = root / "mkdocs"
    docs = site / "docs" / "articles"
    docs.mkdir(parents=True, exist_ok=True)
    (site / "mkdocs.yml").write_text("site_name: Benchmark\nuse_directory_urls: true\n", encoding="utf-8")
    (site / "docs" / "index.md").write_text("# Benchmark\n", encoding="utf-8")
    for index in range(1, count + 1):
        meta, body = article(index, templates, density)
        (docs / f"{meta['id']}.md").write_text(body, encoding="utf-8")
    return site


def main() -> None:
    """Write one evidencemap content folder of generated articles (``content/`` inside the folder given)."""
    parser = argparse.ArgumentParser(description="Write a generated evidencemap corpus.")
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("root", type=Path, help="the folder to write content/ into")
    parser.add_argument("--density", choices=DENSITIES, default="mixed")
    parser.add_argument("--content", type=Path, default=Path(__file__).resolve().parent.parent / "content")
    args = parser.parse_args()
    folder = write_evidencemap(args.root, args.count, read_templates(args.content), args.content, args.density)
    print(folder)


if __name__ == "__main__":
    main()
