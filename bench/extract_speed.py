"""Extraction speed on a content folder: articles per second, median of repeated runs.

Not a test (timing never decides a test). Documents are loaded once; each run
extracts every non-research source ``--number`` times, and the script repeats
that ``--repeat`` times and prints the median and the spread, in the manner of
``python -m timeit``. Run it before and after a change, in one session on one
machine, and compare medians.

    python bench/extract_speed.py [CONTENT_DIR] [--repeat 7] [--number 10] [--all]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from evidencemap.content.load import load_document, load_settings, markdown_parser, source_files
from evidencemap.extract import extract
from evidencemap.model import SourceKind


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", nargs="?", default="content", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=10)
    parser.add_argument(
        "--all", action="store_true", help="include research sources too (default: the article seeds only)"
    )
    args = parser.parse_args()
    config, lexicon, problems = load_settings(args.content)
    assert lexicon is not None and not problems, problems
    md = markdown_parser()
    documents = [load_document(p, args.content, md) for p in source_files(args.content)]
    if not args.all:
        documents = [d for d in documents if d.source.kind != SourceKind.RESEARCH]
    rates = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for _ in range(args.number):
            for document in documents:
                extract(document, lexicon)
        rates.append(args.number * len(documents) / (time.perf_counter() - start))
    print(
        f"{len(documents)} articles x {args.number}, {args.repeat} repeats: median "
        f"{statistics.median(rates):.1f} articles/s "
        f"(min {min(rates):.1f}, max {max(rates):.1f})"
    )


if __name__ == "__main__":
    main()
