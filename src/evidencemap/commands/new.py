"""``evidencemap new DIR``: a new, working map to start from.

A new user learns the format fastest from a small map that builds: a config, a
lexicon whose comments explain every field, two example sources (a vendor page
and a study) that disagree, and a README with the commands. Nothing is written
into a folder that already has content in it.
"""

from __future__ import annotations

from pathlib import Path

from evidencemap.commands.failure import EXIT_USAGE, CommandError

CONFIG = """\
# Settings of this evidence map.
title: "{title}"
description: "What people claim about {topic}, who says it, whether they sell the remedy, and what backs it."
# Where the site will be hosted: "/" at a domain's root, "/evidence/" under a sub-path, or a full URL.
base_url: "/"
language: en
"""

LEXICON = """\
# The concepts claims are about, and the words texts use for them.
#
# Each concept:
#   id           slug (a-z, 0-9, hyphens); stable: used in URLs, in `sells:` of sources and in reviews
#   label        display name; also matched in texts
#   kind         condition | factor | mechanism | intervention | product
#   aliases      other names as texts spell them (case-insensitive, whole words, plurals ignored)
#   broader      optional id of a parent concept: a seller of a product has an interest in claims about
#                its parents too, and research on a parent answers claims about its children
#   description  optional, one sentence
#   desirable    optional, true for states one wants more of (mobility, sleep quality): reducing them is harm
#
# Words the lexicon does not know but that stand where a claim names its subject or object become
# provisional concepts: `evidencemap check` lists them, so you can add them here.

concepts:
  - id: caffeine
    label: caffeine
    kind: factor
    aliases: [coffee, espresso, caffeinated drinks]

  - id: dehydration
    label: dehydration
    kind: condition
    aliases: [dehydrated, fluid loss]

  - id: headache
    label: headache
    kind: condition
    aliases: [headaches, migraine]

  - id: hydration-supplement
    label: hydration supplements
    kind: product
    aliases: [electrolyte powder, electrolyte tablets, hydration powder]
    broader: rehydration

  - id: rehydration
    label: rehydration
    kind: intervention
    aliases: [drinking water, fluid intake]
"""

VENDOR = """\
---
title: "Why coffee drinkers need our electrolyte powder"
kind: vendor
publisher: "Example Hydration Co."
url: "https://example.com/blog/coffee"
sells: [hydration-supplement]
---

# Why coffee drinkers need our electrolyte powder

Coffee causes dehydration. Dehydration causes headaches. Our electrolyte powder prevents
dehydration in as little as ten minutes. Shop now and get free shipping on your first order.
"""

STUDY = """\
---
title: "Coffee consumption and hydration status: a randomised crossover trial"
kind: research
authors: ["Example", "Author"]
year: 2014
venue: "Example Journal of Nutrition"
design: randomised_trial
population: "50 healthy men who drink coffee"
sample_size: 50
---

# Coffee consumption and hydration status: a randomised crossover trial

## Results

Moderate coffee intake did not cause dehydration: hydration markers did not differ between
coffee and water (no significant difference).

## Conclusions

Coffee is not associated with dehydration in habitual drinkers.
"""

README = """\
# {title}

An evidence map made with [evidencemap](https://pypi.org/project/evidencemap/).

    evidencemap build            # content/ -> site/
    evidencemap serve            # preview with live reload at http://127.0.0.1:8000/
    evidencemap add URL|FILE     # import an article into content/sources/
    evidencemap review SOURCE    # curate what was extracted from one source
    evidencemap check --strict   # every warning, non-zero exit if any (for CI)
    evidencemap publish --to gh-pages

- `content/sources/`: one Markdown file per article, with front matter (title, kind, publisher, url, sells...).
- `content/lexicon.yaml`: the concepts claims are about; its comments explain the fields.
- `content/reviews/`: a curator's decisions about extracted claims.
- `content/evidencemap.yaml`: the title, description and address of the site.
"""

GITIGNORE = "site/\n"


def new_map(folder: Path, title: str | None = None, topic: str = "caffeine and dehydration") -> list[Path]:
    """Write a new map into ``folder`` (which must be empty or absent); return the files written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FileExistsError(folder)
    title = title or f"{topic.capitalize()}: an evidence map"
    files = {
        "content/evidencemap.yaml": CONFIG.format(title=title.replace('"', "'"), topic=topic),
        "content/lexicon.yaml": LEXICON,
        "content/sources/example-vendor-coffee-dehydration.md": VENDOR,
        "content/sources/research-example-coffee-hydration-trial.md": STUDY,
        "content/reviews/.gitkeep": "",
        "README.md": README.format(title=title),
        ".gitignore": GITIGNORE,
    }
    written = []
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def start_map(folder: Path, title: str | None = None) -> list[str]:
    """``new`` as the command line runs it: the map written, and what to type next. A folder with content in it is
    a usage error: nothing is written over a user's files."""
    try:
        written = new_map(folder, title)
    except FileExistsError:
        raise CommandError(f"{folder} is not empty; choose a new folder", exit_code=EXIT_USAGE) from None
    return [
        f"Made a new map in {folder} ({len(written)} files). Next:\n  cd {folder}\n  evidencemap build\n"
        "  evidencemap serve"
    ]
