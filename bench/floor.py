"""The floor under any Python build of a corpus: starting Python and rendering its Markdown, beside Hugo's whole build.

Why: the speed issue asks for a cold build no slower than Hugo's. Before
tuning towards that, know what Python itself costs on the same articles. This
times, in fresh processes, interleaved so that machine noise hits each alike:

- ``markdown only``: start Python, read every article and render it to HTML with
  markdown-it-py, with the options evidencemap parses sources with
  (``load.markdown_parser``), importing nothing else and writing nothing: no
  extraction, no linking, no pages of our own;
- ``imports``: start Python and import evidencemap's build (pydantic, Jinja,
  markdown-it-py and the pipeline), doing nothing with them;
- ``both``: the two in one process, what a build of ours cannot do without
  (on one core: a build spreads its parsing over every core, but not its imports);
- ``hugo``: Hugo's cold build of the same articles as plain pages (as in ``run.py``).

If the first is about Hugo's time, no build in this stack that does more than
render the Markdown can match Hugo. Timing is never part of the test suite.

    python bench/floor.py [--size 1000] [--repeat 5] [--work FOLDER]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import read_templates, write_evidencemap, write_hugo  # noqa: E402
from run import REPO, Series, Trash, measure  # noqa: E402

# Run as ``python -c``: the source folder comes as argv[1]. The front matter (up to the second line that is
# exactly ---) is cut off, so only the body is rendered, as in a build.
MARKDOWN_ONLY = """
import sys
from pathlib import Path
from markdown_it import MarkdownIt
# as evidencemap.content.load.markdown_parser
md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
for path in sorted(Path(sys.argv[1]).glob("*.md")):
    text = path.read_text(encoding="utf-8")
    body = text.split("\\n---\\n", 1)[1] if text.startswith("---\\n") else text
    md.render(body)
"""
IMPORTS = "import evidencemap.build"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--content", type=Path, default=REPO / "content", help="the map whose paragraphs make the corpus"
    )
    parser.add_argument(
        "--work", type=Path, default=None, help="where to generate the corpus (default: a temporary folder)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="evidencemap-floor-"))
    templates = read_templates(args.content)
    sources = write_evidencemap(work, args.size, templates, args.content) / "sources"
    hugo = write_hugo(work, args.size, templates) if shutil.which("hugo") else None
    trash = Trash(work)
    series = {"markdown only": Series(), "imports": Series(), "both": Series(), "hugo": Series()}
    try:
        for _ in range(args.repeat):
            series["markdown only"].add(measure([sys.executable, "-c", MARKDOWN_ONLY, str(sources)]))
            series["imports"].add(measure([sys.executable, "-c", IMPORTS]))
            series["both"].add(measure([sys.executable, "-c", IMPORTS + "\n" + MARKDOWN_ONLY, str(sources)]))
            if hugo is not None:
                trash.set_aside(hugo / "public", hugo / "resources")  # as run.py builds it: cold, output moved aside
                series["hugo"].add(
                    measure(["hugo", "--quiet", "--source", str(hugo), "--destination", str(hugo / "public")])
                )
    finally:
        trash.empty()
    print(f"{args.size:,} articles, {args.repeat} runs each (medians, spread in brackets; Python start included):")
    for name, measured in series.items():
        print(f"  {name:14} {measured.cell() if measured.samples else 'not installed (apt-get install hugo)'}")
    if series["hugo"].samples:
        for name in ("markdown only", "both"):
            print(f"  {name} / Hugo cold: {series[name].median / series['hugo'].median:.2f}")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
