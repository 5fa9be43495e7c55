"""The build benchmark: evidencemap against Hugo and MkDocs on the same generated articles.

Usage (from the repository root, after ``pip install -e '.[bench]'`` and
``apt-get install hugo``)::

    python bench/run.py                      # 100, 1,000 and 10,000 articles, 3 runs each
    python bench/run.py --sizes 1000 --repeat 5
    python bench/run.py --json results.json  # also write the raw figures

It measures, for each corpus size: a cold build (no cache, no previous site),
a rebuild with nothing changed, and a rebuild after adding one article, each
several times, reporting the median and the spread (min-max) of wall time and
the peak memory of the whole process tree (workers included, sampled from
/proc): as summed PSS, which counts a page shared by forked workers once (the
memory the build really holds), and as summed RSS, which counts it in every
process. Each cold build starts with an empty build cache: the benchmark points
XDG_CACHE_HOME at a folder it moves aside before each cold build, as it does
the previous site (see ``Trash``: deleting them there would slow the files the
next run creates; all is deleted at the end, so the work folder needs room
for every run's output: some 7 GB at 10,000 articles and 3 runs). In the same run, interleaved with ours so that
machine noise hits all
tools alike, it builds the same articles with Hugo and with MkDocs and prints
our times as ratios of theirs. Ratios, not seconds, are the figures to compare
across machines. This is not part of the test suite: timing never decides
whether a test passes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import DENSITIES, read_templates, write_article, write_evidencemap, write_hugo, write_mkdocs  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Sample:
    seconds: float
    peak_mib: float  # peak of the summed PSS of the process tree: shared pages counted once
    peak_rss_mib: float = 0.0  # peak of the summed RSS: pages shared by forked workers counted in each


@dataclass
class Series:
    """Repeated measurements of one command."""

    samples: list[Sample] = field(default_factory=list)

    def add(self, sample: Sample) -> None:
        self.samples.append(sample)

    @property
    def median(self) -> float:
        return statistics.median(s.seconds for s in self.samples)

    @property
    def spread(self) -> tuple[float, float]:
        return min(s.seconds for s in self.samples), max(s.seconds for s in self.samples)

    @property
    def peak_mib(self) -> float:
        return max(s.peak_mib for s in self.samples)

    @property
    def peak_rss_mib(self) -> float:
        return max(s.peak_rss_mib for s in self.samples)

    def cell(self) -> str:
        low, high = self.spread
        return f"{self.median:.2f} s ({low:.2f}–{high:.2f})"


def _tree_memory_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of a process and all its descendants, in KiB (Linux /proc).

    PSS divides each page among the processes sharing it, so the sum is the
    memory the build really holds; RSS counts a page once per process, so forked
    workers, which share most of their parent's pages, inflate its sum."""
    pss = rss = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup", encoding="ascii") as rollup:
                for line in rollup:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue
    return pss, rss


# Reading a process tree's PSS walks every page it maps: every 20 ms, that took 0.2 s of the 2-core machine from a
# 2.3 s rebuild (about a tenth); every 100 ms, the same rebuild's times were within the machine's noise of unsampled
# runs.
SAMPLE_EVERY = 0.1


def measure(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None, every: float = SAMPLE_EVERY
) -> Sample:
    """Run ``command``; its wall time and the peak memory (PSS and RSS) of its process tree, read every ``every``
    seconds."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = peak_rss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_rss
        while not done.is_set():
            pss, rss = _tree_memory_kib(process.pid)
            peak, peak_rss = max(peak, pss), max(peak_rss, rss)
            done.wait(every)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed ({process.returncode}):\n{stderr.decode(errors='replace')[-2000:]}"
        )
    return Sample(seconds, peak / 1024, peak_rss / 1024)


def evidencemap_command(content: Path, output: Path, jobs: int | None) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "evidencemap",
        "build",
        "--quiet",
        "--content",
        str(content),
        "--output",
        str(output),
    ]
    return command + (["--jobs", str(jobs)] if jobs else [])


class Trash:
    """Where the outputs of earlier runs go before a cold build: moved aside, deleted only when the benchmark ends.

    Why not delete them: on the ext4 file system of the machines this ran on,
    creating files soon after thousands were deleted is several times slower
    (in perf, the kernel's inode allocator walks the freed inodes; a cold build
    of 1,000 articles right after deleting the last one's site and cache spent
    5.5-7.4 s in the kernel, against 1.1-1.5 s after moving them aside). A
    benchmark that deleted before each run measured its own clean-up, and the
    tool that writes the most files paid most. Moving aside costs one rename;
    every tool's output is treated alike."""

    def __init__(self, work: Path) -> None:
        self.folder = work / "trash"
        self.count = 0

    def set_aside(self, *paths: Path) -> None:
        for path in paths:
            if path.exists():
                self.folder.mkdir(parents=True, exist_ok=True)
                self.count += 1
                path.rename(
                    self.folder / f"{os.getpid()}-{self.count}-{path.name}"
                )  # unique though a killed run's are left

    def empty(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def published_size(folder: Path) -> tuple[int, int]:
    """What a host receives: the bytes and the number of files under ``folder`` (GitHub Pages refuses sites over
    1 GB, Cloudflare Pages deployments over 20,000 files)."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def bench_size(
    size: int,
    repeat: int,
    work: Path,
    tools: dict[str, bool],
    jobs: int | None,
    content: Path,
    trash: Trash,
    density: str = "mixed",
) -> tuple[dict[str, Series], dict[str, tuple[int, int]]]:
    """Every measurement for one corpus size: the timings, and the size of each tool's site (bytes, files)."""
    templates = read_templates(content)
    root = work / f"corpus-{size}"
    trash.set_aside(root)
    folder = write_evidencemap(root, size, templates, content, density)
    if tools["hugo"]:
        hugo = write_hugo(root, size, templates, density)
    if tools["mkdocs"]:
        mkdocs = write_mkdocs(root, size, templates, density)
    site, cache = root / "site", root / ".cache"
    # The build cache goes where the benchmark can empty it before each cold build (by default it is the user's).
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    series = {name: Series() for name in ("cold", "no-change", "add-one", "hugo", "mkdocs")}
    sites: dict[str, tuple[int, int]] = {}
    build = evidencemap_command(folder, site, jobs)
    for run in range(repeat):
        print(f"  {size} articles, run {run + 1}/{repeat}", file=sys.stderr, flush=True)
        trash.set_aside(site, cache)
        series["cold"].add(measure(build, env=env))
        sites["evidencemap"] = published_size(site)
        series["no-change"].add(measure(build, env=env))
        added = write_article(folder, size + 1, templates, density)
        series["add-one"].add(measure(build, env=env))
        added.unlink()
        measure(build, env=env)  # back to the corpus as generated, untimed
        if tools["hugo"]:
            trash.set_aside(hugo / "public", hugo / "resources")
            series["hugo"].add(
                measure(["hugo", "--quiet", "--source", str(hugo), "--destination", str(hugo / "public")])
            )
            sites["hugo"] = published_size(hugo / "public")
        if tools["mkdocs"] and size <= args_mkdocs_limit:
            trash.set_aside(mkdocs / "site")  # --clean then finds nothing to delete, as our cold build and Hugo's
            series["mkdocs"].add(
                measure(
                    [
                        sys.executable,
                        "-m",
                        "mkdocs",
                        "build",
                        "--quiet",
                        "--clean",
                        "-f",
                        str(mkdocs / "mkdocs.yml"),
                        "-d",
                        str(mkdocs / "site"),
                    ]
                )
            )
            sites["mkdocs"] = published_size(mkdocs / "site")
    return series, sites


args_mkdocs_limit = 1000


def ratio(ours: Series, theirs: Series) -> str:
    return f"{ours.median / theirs.median:.2f}" if ours.samples and theirs.samples else "–"


def report(results: dict[int, dict[str, Series]], sites: dict[int, dict[str, tuple[int, int]]]) -> str:
    """The benchmark table in Markdown, then the ratios the issues set bars on, then what each site weighs."""
    lines = [
        (
            "| articles | cold build | no-change rebuild | add one article | Hugo cold | MkDocs cold | peak memory "
            "(ours): PSS | RSS summed |"
        ),
        "|---|---|---|---|---|---|---|---|",
    ]
    for size, series in results.items():
        cells = [
            series[name].cell() if series[name].samples else "–"
            for name in ("cold", "no-change", "add-one", "hugo", "mkdocs")
        ]
        peak = max(series[name].peak_mib for name in ("cold", "no-change", "add-one"))
        peak_rss = max(series[name].peak_rss_mib for name in ("cold", "no-change", "add-one"))
        lines.append(f"| {size:,} | " + " | ".join(cells) + f" | {peak:.0f} MiB | {peak_rss:.0f} MiB |")
    lines += [
        "",
        "| articles | cold / Hugo | cold / MkDocs | add-one / Hugo cold | add-one / cold | no-change / cold |",
        "|---|---|---|---|---|---|",
    ]
    for size, s in results.items():
        lines.append(
            f"| {size:,} | {ratio(s['cold'], s['hugo'])} | {ratio(s['cold'], s['mkdocs'])} | "
            f"{ratio(s['add-one'], s['hugo'])} | "
            f"{ratio(s['add-one'], s['cold'])} | {ratio(s['no-change'], s['cold'])} |"
        )
    lines += [
        "",
        "| articles | our site | Hugo's site | MkDocs' site | ours fits GitHub Pages (1 GB) / Cloudflare (20,000) |",
        "|---|---|---|---|---|",
    ]
    for size, found in sites.items():
        cells = [_weight(found.get(tool)) for tool in ("evidencemap", "hugo", "mkdocs")]
        ours = found.get("evidencemap")
        fits = f"{'yes' if ours[0] <= 10**9 else 'no'} / {'yes' if ours[1] <= 20_000 else 'no'}" if ours else "–"
        lines.append(f"| {size:,} | " + " | ".join(cells) + f" | {fits} |")
    sizes = sorted(results)
    for small, large in itertools.pairwise(sizes):
        lines.append(
            f"\nCold build, {large:,} vs {small:,} articles: "
            f"{results[large]['cold'].median / results[small]['cold'].median:.2f} times the time "
            f"for {large / small:.0f} times the articles."
        )
    return "\n".join(lines)


def _weight(measured: tuple[int, int] | None) -> str:
    return f"{measured[0] / 1e6:,.1f} MB in {measured[1]:,} files" if measured else "–"


def main() -> None:
    global args_mkdocs_limit
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="passed to evidencemap build --jobs")
    parser.add_argument(
        "--mkdocs-limit", type=int, default=1000, help="largest corpus to build with MkDocs (it is slow beyond)"
    )
    parser.add_argument(
        "--content", type=Path, default=REPO / "content", help="the map whose paragraphs make the corpora"
    )
    parser.add_argument(
        "--work", type=Path, default=None, help="where to generate corpora (default: a temporary folder)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write every sample as JSON here")
    parser.add_argument(
        "--density",
        choices=DENSITIES,
        default="mixed",
        help="article length: 6 to 14 paragraphs (mixed) or as long as the real source each borrows from (seeds)",
    )
    args = parser.parse_args()
    args_mkdocs_limit = args.mkdocs_limit
    tools = {
        "hugo": shutil.which("hugo") is not None,
        "mkdocs": subprocess.run([sys.executable, "-m", "mkdocs", "--version"], capture_output=True).returncode == 0,
    }
    for tool, present in tools.items():
        if not present:
            print(
                (
                    f"note: {tool} is not installed; its column stays empty "
                    f"({'apt-get install hugo' if tool == 'hugo' else 'pip install mkdocs'})."
                ),
                file=sys.stderr,
            )
    work = args.work or Path(tempfile.mkdtemp(prefix="evidencemap-bench-"))
    trash = Trash(work)
    try:
        measured = {
            size: bench_size(size, args.repeat, work, tools, args.jobs, args.content, trash, args.density)
            for size in args.sizes
        }
    finally:
        trash.empty()
    results = {size: series for size, (series, _) in measured.items()}
    sites = {size: found for size, (_, found) in measured.items()}
    print(report(results, sites))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    str(size): {
                        **{name: [s.__dict__ for s in series.samples] for name, series in r.items()},
                        "sites": {tool: {"bytes": b, "files": n} for tool, (b, n) in sites[size].items()},
                    }
                    for size, r in results.items()
                },
                indent=1,
            )
        )
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
