"""Command line: arguments in, a pipeline call, a summary out. No logic lives here.

Exit codes: 0 success; 1 content errors (or warnings with ``check --strict``);
2 usage errors; 3 the output folder cannot be written safely.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from evidencemap import __version__
from evidencemap.errors import ContentError, OutputError, Problem, Severity

if TYPE_CHECKING:
    from evidencemap.build import BuildReport

EXIT_CONTENT = 1
EXIT_OUTPUT = 3

app = typer.Typer(
    name="evidencemap",
    help="Turn a folder of health articles into a static evidence map: typed claims, the evidence behind them, and where sources disagree.",
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


def _print_problems(problems: list[Problem] | tuple[Problem, ...]) -> None:
    for problem in problems:
        typer.echo(problem.format(), err=True)


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


JobsOpt = Annotated[
    int | None, typer.Option("--jobs", "-j", min=1, help="Processes to extract with (default: every core).")
]
NoCacheOpt = Annotated[
    bool,
    typer.Option("--no-cache", help="Neither read nor write the build cache (in ~/.cache/evidencemap): a clean build."),
]


class _Progress:
    """Progress on stderr for long builds: one line rewritten in place on a terminal, else silent."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.shown = False

    def stage(self, name: str) -> None:
        if self.enabled:
            self._show(f"{name}...")

    def count(self, done: int, total: int) -> None:
        if self.enabled and total >= 50:
            self._show(f"extract {done}/{total} sources")

    def _show(self, text: str) -> None:
        sys.stderr.write(f"\r\033[K{text}")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


@app.command()
def build(
    content: ContentOpt = Path("content"),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the site. Replaced whole, atomically.")
    ] = Path("site"),
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="Where the site will be hosted, e.g. /evidence/ or https://example.org/evidence/ (overrides evidencemap.yaml).",
        ),
    ] = None,
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
    from evidencemap.build import BuildOptions
    from evidencemap.build import build as run_build

    shown = _Progress(sys.stderr.isatty() if progress is None else progress)
    options = BuildOptions(
        base_url=base_url, use_cache=not no_cache, jobs=jobs, progress=shown.count, stage=shown.stage
    )
    try:
        report = run_build(content, output, options=options)
    except ContentError as exc:
        shown.done()
        _print_problems(exc.problems)
        typer.echo(f"Build failed: {len(exc.problems)} problem(s). The previous site, if any, is unchanged.", err=True)
        raise typer.Exit(EXIT_CONTENT) from None
    except OutputError as exc:
        shown.done()
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    shown.done()
    _print_problems(report.warnings)
    if not quiet:
        typer.echo(_summary(report))


def _summary(report: BuildReport) -> str:
    """The closing line of a build: what is on the site, and what this build did to get there."""
    made = (
        f"{report.sources} sources, {report.claims} claims, {report.contradictions} disagreements, {report.pages} pages"
    )
    if report.up_to_date:
        return f"Up to date: {report.output} ({made}); nothing changed since the last build ({report.seconds:.2f} s)."
    work = (
        f"{report.extracted} extracted, {report.reused} from cache; {report.pages - report.pages_reused} of {report.pages} pages rendered, "
        f"{report.written} of {report.files} files written"
    )
    return f"Built {report.output}: {made} in {report.seconds:.2f} s ({work})."


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
    from evidencemap.content.lexicon import load_lexicon
    from evidencemap.content.load import load_document
    from evidencemap.extract import extract as run_extract

    try:
        lexicon = load_lexicon(content) if content.is_dir() else load_lexicon(Path("/nonexistent"))
        document = load_document(file.resolve(), file.resolve().parent)
        result = run_extract(document, lexicon)
    except ContentError as exc:
        _print_problems(exc.problems)
        raise typer.Exit(EXIT_CONTENT) from None
    if jsonl:
        for claim in result.claims:
            sys.stdout.write(json.dumps({"type": "claim", **claim.model_dump(mode="json")}, ensure_ascii=False) + "\n")
        for citation in result.citations:
            sys.stdout.write(
                json.dumps({"type": "citation", **citation.model_dump(mode="json")}, ensure_ascii=False) + "\n"
            )
        return
    payload = {
        "source": result.source.model_dump(mode="json"),
        "claims": [c.model_dump(mode="json") for c in result.claims],
        "citations": [c.model_dump(mode="json") for c in result.citations],
    }
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")


@app.command()
def check(
    content: ContentOpt = Path("content"),
    strict: Annotated[bool, typer.Option("--strict", help="Exit non-zero on warnings too (for CI).")] = False,
) -> None:
    """Validate the content folder and report problems: errors, then warnings."""
    from evidencemap.build import BuildOptions, make_map

    try:
        result = make_map(content, options=BuildOptions())
    except ContentError as exc:
        _print_problems(exc.problems)
        typer.echo(f"{len(exc.problems)} error(s).", err=True)
        raise typer.Exit(EXIT_CONTENT) from None
    warnings = list(result.warnings)
    for extraction in result.extractions:
        path = str(content / extraction.source.path)
        if not extraction.claims:
            warnings.append(
                Problem(
                    path,
                    None,
                    "no claims were found in this source",
                    "check that the lexicon names its concepts",
                    Severity.WARNING,
                    "no-claims",
                )
            )
        for concept in extraction.provisional:
            line = next((c.location.line for c in extraction.claims if concept.id in (c.subject, c.object)), None)
            warnings.append(
                Problem(
                    path,
                    line,
                    f"provisional concept “{concept.label}” ({concept.id}, {concept.kind.value}) is not in the lexicon",
                    "adopt it into content/lexicon.yaml (with aliases and a broader concept), or add the right alias to an existing concept",
                    Severity.WARNING,
                    "provisional",
                )
            )
        for item in extraction.unresolved:
            warnings.append(
                Problem(
                    path,
                    item.line,
                    f"reads like a claim but names no known concept on one side: “{item.text[:120]}”",
                    "add the missing concept or alias to content/lexicon.yaml",
                    Severity.WARNING,
                    "unresolved",
                )
            )
        for citation in extraction.citations:
            if citation.is_research and not citation.traceable:
                warnings.append(
                    Problem(
                        path,
                        citation.line,
                        f"untraceable study: “{citation.text[:100]}”",
                        "a reader cannot find it: no DOI, PMID or full reference",
                        Severity.WARNING,
                        "untraceable",
                    )
                )
    _print_problems(warnings)
    data = result.graph.dataset
    typer.echo(
        f"{len(data.sources)} sources, {len(data.claims)} claims, {len(data.contradictions)} disagreements: 0 errors, {len(warnings)} warning(s)."
    )
    if strict and warnings:
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
    from evidencemap.commands.evaluate import evaluate, load_gold
    from evidencemap.content.load import load_content
    from evidencemap.extract import extract as run_extract

    try:
        corpus = load_content(content)
        texts = {d.source.id: d.text for d in corpus.documents}
        golds = [load_gold(path, corpus.lexicon, texts) for path in gold]
    except ContentError as exc:
        _print_problems(exc.problems)
        raise typer.Exit(EXIT_CONTENT) from None
    wanted = {g.gold.source for g in golds}
    report = evaluate(golds, [run_extract(d, corpus.lexicon) for d in corpus.documents if d.source.id in wanted])
    typer.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1) if as_json else report.table(details))


def _claims_summary(claims: tuple) -> str:
    """'7 claims (4 cause, 2 intervention; evidence: marketing 3, assertion 4)' for terminal summaries."""
    from collections import Counter

    if not claims:
        return "no claims"
    kinds = Counter()
    for claim in claims:
        kinds["intervention" if claim.intervention else "cause" if claim.cause else "association"] += 1
        if claim.mechanism:
            kinds["with mechanism"] += 1
    evidence = Counter(claim.evidence.value for claim in claims)
    interest = sum(1 for claim in claims if claim.commercial_interest)
    parts = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    ev = ", ".join(f"{k} {n}" for k, n in sorted(evidence.items(), key=lambda kv: (-kv[1], kv[0])))
    noun = "claim" if len(claims) == 1 else "claims"
    return f"{len(claims)} {noun} ({parts}; evidence: {ev}; {interest} where the publisher sells the remedy)"


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
            help="vendor, clinic, blog, news, patient_education, research or other (default: inferred, with its reason)."
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
) -> None:
    """Import an article into content/sources/ as Markdown with front matter, and show what it claims."""
    from evidencemap.commands.add import add_source
    from evidencemap.model import slugify

    if slug is not None and slugify(slug) != slug:
        typer.echo(f"error: --id {slug!r} must be a slug (a-z, 0-9 and hyphens), e.g. {slugify(slug)!r}", err=True)
        raise typer.Exit(2)
    overrides = {
        "title": title,
        "kind": kind,
        "author": author,
        "publisher": publisher,
        "published": published,
        "url": url,
        "sells": [s.strip() for s in sells.split(",") if s.strip()] if sells else None,
    }
    try:
        added = add_source(location, content, overrides, slug=slug, force=force)
    except ContentError as exc:
        _print_problems(exc.problems)
        typer.echo("Nothing was added.", err=True)
        raise typer.Exit(EXIT_CONTENT) from None
    source = added.extraction.source
    verb = "Replaced" if added.replaced else "Added"
    typer.echo(f"{verb} {added.path}")
    typer.echo(f"  kind: {source.kind.value} ({source.kind_reason or 'as given'})")
    typer.echo(f"  found {_claims_summary(added.extraction.claims)}")
    if added.extraction.unresolved:
        typer.echo(
            f"  {len(added.extraction.unresolved)} sentence(s) read like claims about concepts the lexicon does not know: 'evidencemap check' lists them"
        )
    if source.kind.value == "vendor" and not source.sells:
        typer.echo(
            "  tip: say what the publisher sells (--sells or 'sells:' in the front matter) so its claims about those show the interest"
        )
    typer.echo(
        f"Next: check the front matter in {added.path}, then 'evidencemap review {source.id}' to curate the claims, and 'evidencemap build'."
    )


@app.command()
def review(
    source: Annotated[str, typer.Argument(help="The id of a source (its file name without .md).")],
    content: ContentOpt = Path("content"),
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing review file (its decisions are lost).")
    ] = False,
) -> None:
    """Write content/reviews/SOURCE.yaml listing every extracted claim, ready for decisions."""
    from evidencemap.build import BuildOptions, make_map
    from evidencemap.review.curate import review_path, write_review

    try:
        result = make_map(content, options=BuildOptions())
    except ContentError as exc:
        _print_problems(exc.problems)
        raise typer.Exit(EXIT_CONTENT) from None
    extraction = next((e for e in result.extractions if e.source.id == source), None)
    if extraction is None:
        known = ", ".join(sorted(e.source.id for e in result.extractions)[:8])
        typer.echo(f"error: no source {source!r} in {content}/sources (some there: {known})", err=True)
        raise typer.Exit(EXIT_CONTENT)
    try:
        path = write_review(content, extraction, force=force)
    except FileExistsError:
        typer.echo(
            f"error: {review_path(content, source)} exists and holds a curator's decisions; edit it, or pass --force to start again",
            err=True,
        )
        raise typer.Exit(EXIT_CONTENT) from None
    typer.echo(f"Wrote {path}: {len(extraction.claims)} claims, each 'action: pending'.")
    typer.echo("Set each to accept, reject or edit, add what was missed, then 'evidencemap build'.")


@app.command()
def new(
    folder: Annotated[Path, typer.Argument(help="Where to make the new map (must be empty or absent).")],
    title: Annotated[str | None, typer.Option(help="The map's title.")] = None,
) -> None:
    """Make a new map: config, a commented lexicon, two example sources, a README."""
    from evidencemap.commands.new import new_map

    try:
        written = new_map(folder, title)
    except FileExistsError:
        typer.echo(f"error: {folder} is not empty; choose a new folder", err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"Made a new map in {folder} ({len(written)} files). Next:\n  cd {folder}\n  evidencemap build\n  evidencemap serve"
    )


@app.command()
def serve(
    content: ContentOpt = Path("content"),
    host: Annotated[str, typer.Option(help="Address to listen on (localhost only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 8000,
) -> None:
    """Preview the map at http://127.0.0.1:8000/, rebuilt and reloaded on every edit (site/ is not touched)."""
    from evidencemap.commands.serve import serve as run_serve

    if not content.is_dir():
        typer.echo(f"error: no content folder at {content}: run this in your map's folder, or pass --content", err=True)
        raise typer.Exit(EXIT_CONTENT)
    try:
        run_serve(content, host, port, say=lambda text: typer.echo(text, err=text.startswith("Build failed")))
    except OSError as exc:
        typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror}; try --port 0 for any free port", err=True)
        raise typer.Exit(2) from None


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
    from evidencemap.commands.publish import PublishError
    from evidencemap.commands.publish import publish as run_publish

    try:
        done = run_publish(content, to, base_url=base_url, branch=branch, push=push)
    except ContentError as exc:
        _print_problems(exc.problems)
        typer.echo("Nothing was published.", err=True)
        raise typer.Exit(EXIT_CONTENT) from None
    except (OutputError, PublishError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_OUTPUT) from None
    report = done.report
    if to == "gh-pages":
        state = f"new commit {done.commit[:10]}" if done.commit else "unchanged since the last publish, no commit"
        typer.echo(
            f"Published to {done.where} ({state}): {report.sources} sources, {report.claims} claims, {report.pages} pages."
        )
        if not push:
            typer.echo(f"Push it with 'git push origin {branch}', then set GitHub Pages to serve that branch.")
    else:
        typer.echo(
            f"Published to {done.where}: {report.sources} sources, {report.claims} claims, {report.pages} pages."
        )


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
