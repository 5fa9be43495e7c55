"""Command line: typer options in, a call into the verb's module of ``commands/``, its words out.

Each verb's work, and the wording of what it reports, live in ``commands/``; this module declares the options,
prints, and turns failures into the documented exit codes. Verbs are imported when they run, so ``--help`` and
``--version`` start at once.

Exit codes: 0 success; 1 content errors (or warnings with ``check --strict``);
2 usage errors; 3 the output folder cannot be written safely.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from evidencemap import __version__
from evidencemap.commands.failure import EXIT_CONTENT, EXIT_OUTPUT, CommandError
from evidencemap.errors import ContentError, OutputError, Problem

app = typer.Typer(
    name="evidencemap",
    help=(
        "Turn a folder of health articles into a static evidence map: typed claims, the evidence behind them, "
        "and where sources disagree."
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

ContentOpt = Annotated[
    Path,
    typer.Option(
        "--content", "-c", help="The map's content folder (sources/, lexicon.yaml, reviews/, evidencemap.yaml)."
    ),
]
JobsOpt = Annotated[
    int | None, typer.Option("--jobs", "-j", min=1, help="Processes to extract with (default: every core).")
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help=(
            "Ignore what the build cache (in ~/.cache/evidencemap) holds: a clean build, whose fresh results replace "
            "the cache's, so it also repairs a damaged cache."
        ),
    ),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help=(
            "Where the site will be hosted, e.g. /evidence/ or https://example.org/evidence/ "
            "(overrides evidencemap.yaml)."
        ),
    ),
]


def _print_problems(problems: Iterable[Problem]) -> None:
    for problem in problems:
        typer.echo(problem.format(), err=True)


def _say(lines: Iterable[str]) -> None:
    for line in lines:
        typer.echo(line)


@contextmanager
def _failures(closing: Callable[[int], str] | None = None) -> Iterator[None]:
    """Print a verb's failure as every verb does, then exit with its code.

    Content errors list every problem, then ``closing`` (given the number of problems), if any."""
    try:
        yield
    except ContentError as exc:
        _print_problems(exc.problems)
        if closing:
            typer.echo(closing(len(exc.problems)), err=True)
        raise typer.Exit(EXIT_CONTENT) from None
    except OutputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    except CommandError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"evidencemap {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """Build evidence maps of health claims."""


@app.command()
def build(
    content: ContentOpt = Path("content"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the site. Replaced whole, atomically.")
    ] = Path("site"),
    base_url: BaseUrlOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Show progress on stderr (default: when it is a terminal)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    """Build the site from the content folder into the output folder.

    Unchanged sources come from the build cache and unchanged files are not
    rewritten; the result is always the same as a clean build.
    """
    from evidencemap.commands import build as verb

    with _failures(closing=verb.failed):
        report = verb.build_site(content, output, base_url, jobs, read_cache=not no_cache, progress=progress)
    _print_problems(report.warnings)
    if not quiet:
        typer.echo(verb.summary(report))


@app.command()
def extract(
    file: Annotated[
        Path,
        typer.Argument(
            help="A Markdown or text article, with or without front matter.", exists=True, dir_okay=False, readable=True
        ),
    ],
    content: ContentOpt = Path("content"),
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Stream one JSON record a line (claims, then citations), for pipelines.")
    ] = False,
) -> None:
    """Print the claims of one article as JSON, without building anything."""
    from evidencemap.commands import extract as verb

    with _failures():
        extraction = verb.extract_file(file, content)
    lines = verb.as_json_lines(extraction) if jsonl else [verb.as_json(extraction)]
    sys.stdout.writelines(line + "\n" for line in lines)


@app.command()
def check(
    content: ContentOpt = Path("content"),
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero on warnings too (for CI).")] = False,
    suggest: Annotated[
        bool,
        typer.Option("--suggest", help="Also list the phrases the lexicon may lack, grouped, with an entry for each."),
    ] = False,
) -> None:
    """Validate the content folder and report problems: errors, then warnings, then notes."""
    from evidencemap.commands.check import check_map

    with _failures(closing=lambda errors: f"{errors} error(s)."):
        checked = check_map(content)
    _print_problems(checked.problems)
    if suggest:
        _say(suggestion.format() for suggestion in checked.suggestions)
    typer.echo(checked.summary())
    if strict and checked.warnings:
        raise typer.Exit(EXIT_CONTENT)


@app.command("eval")
def eval_command(
    gold: Annotated[
        list[Path],
        typer.Argument(
            help="Gold files (YAML, one per source; format in README.md).", exists=True, dir_okay=False, readable=True
        ),
    ],
    content: ContentOpt = Path("content"),
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON, with every miss and extra claim.")
    ] = False,
    details: Annotated[
        bool, typer.Option("--details", "-d", help="Also list missed, spurious and mistyped claims.")
    ] = False,
) -> None:
    """Score extraction against hand-made gold claims: precision, recall, per-field accuracy."""
    import json

    from evidencemap.commands.evaluate import evaluate_map

    with _failures():
        report = evaluate_map(gold, content)
    typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1) if as_json else report.table(details))


@app.command()
def add(
    location: Annotated[str, typer.Argument(help="An http(s) URL, or a saved .html, .md or .txt file.")],
    content: ContentOpt = Path("content"),
    slug: Annotated[
        str | None, typer.Option("--id", help="File name and id of the new source (default: from its title).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title (default: the page's own).")] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            help=(
                "vendor, clinic, blog, news, patient_education, research or other (default: inferred, with its reason)."
            )
        ),
    ] = None,
    author: Annotated[str | None, typer.Option(help="Author (default: the page's own).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher (default: the site's name).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    url: Annotated[str | None, typer.Option(help="Where the article lives on the web.")] = None,
    sells: Annotated[
        str | None,
        typer.Option(help="Comma-separated concept ids of what the publisher sells, e.g. insoles,custom-orthotics."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing source of the same name.")] = False,
    timeout: Annotated[
        float, typer.Option(min=1, help="Seconds the whole import may take, download and reading the page alike.")
    ] = 60.0,
    max_size: Annotated[float, typer.Option(min=0.001, help="Largest page accepted, in MiB.")] = 16.0,
    insecure: Annotated[
        bool,
        typer.Option(
            "--insecure", help="Accept a TLS certificate that fails verification (only for a host you trust)."
        ),
    ] = False,
) -> None:
    """Import an article into content/sources/ as Markdown with front matter, and show what it claims."""
    from evidencemap.commands import add as verb
    from evidencemap.commands.fetch import MIB, Limits

    with _failures():
        slug = verb.checked_slug(slug)
        overrides = verb.option_overrides(
            sells, title=title, kind=kind, author=author, publisher=publisher, published=published, url=url
        )
    limits = Limits(timeout=timeout, max_bytes=int(max_size * MIB), insecure=insecure)
    with _failures(closing=lambda _: "Nothing was added."):
        added = verb.add_source(location, content, overrides, slug=slug, force=force, limits=limits)
    _say(verb.added_lines(added))


@app.command()
def review(
    source: Annotated[str, typer.Argument(help="The id of a source (its file name without .md).")],
    content: ContentOpt = Path("content"),
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing review file (its decisions are lost).")
    ] = False,
) -> None:
    """Write content/reviews/SOURCE.yaml listing every extracted claim, ready for decisions."""
    from evidencemap.commands.review import start_review

    with _failures():
        written = start_review(content, source, force=force)
    _say(written.lines())


@app.command()
def new(
    folder: Annotated[Path, typer.Argument(help="Where to make the new map (must be empty or absent).")],
    title: Annotated[str | None, typer.Option(help="The map's title.")] = None,
) -> None:
    """Make a new map: config, a commented lexicon, two example sources, a README."""
    from evidencemap.commands.new import start_map

    with _failures():
        lines = start_map(folder, title)
    _say(lines)


@app.command()
def serve(
    content: ContentOpt = Path("content"),
    host: Annotated[str, typer.Option(help="Address to listen on (localhost only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 8000,
) -> None:
    """Preview the map at http://127.0.0.1:8000/, rebuilt and reloaded on every edit (site/ is not touched)."""
    from evidencemap.commands.serve import serve_map

    with _failures():
        serve_map(content, host, port, say=lambda text: typer.echo(text, err=text.startswith("Build failed")))


@app.command()
def publish(
    content: ContentOpt = Path("content"),
    to: Annotated[
        str,
        typer.Option(
            "--to", help="'gh-pages' (a branch of the git repository here, for GitHub Pages) or a folder path."
        ),
    ] = "gh-pages",
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="Where the site will be hosted, e.g. /REPO/ for GitHub Pages of a project."),
    ] = None,
    branch: Annotated[str, typer.Option(help="The branch to commit the site to, with --to gh-pages.")] = "gh-pages",
    push: Annotated[str | None, typer.Option(help="Also push the branch to this remote, e.g. origin.")] = None,
) -> None:
    """Build and publish the site: commit it to a gh-pages branch, or write it to a folder."""
    from evidencemap.commands.publish import publish as run_publish

    with _failures(closing=lambda _: "Nothing was published."):
        done = run_publish(content, to, base_url=base_url, branch=branch, push=push)
    _say(done.lines(to, branch, push))


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    finally:
        # The command is done and the process ends next. A build leaves its map behind (millions of objects,
        # linked in cycles through the renderer), and the interpreter's last collection would walk and free
        # them all: half a second after an add-one rebuild of 1,000 sources. Frozen, the collector skips them
        # and the system takes the memory back at once. Exit handlers still run (unlike os._exit), and only
        # this entry point does it: code calling the commands in-process keeps collecting as usual.
        gc.freeze()
