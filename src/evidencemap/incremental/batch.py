"""Load and extract every source of a map: from the cache when unchanged, else in parallel.

Extraction is pure and per-source (a function of one document and the lexicon), which makes it the
part of a build worth spreading over processes: each worker reads, parses and
extracts whole files, stores its pickled results in the cache and hands them
back as they are. Results come back in file order whatever the order
in which workers finish, so the build stays deterministic.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

from evidencemap.content.document import Document
from evidencemap.content.lexicon import Lexicon
from evidencemap.content.load import load_document, markdown_parser
from evidencemap.errors import ContentError, Problem
from evidencemap.extract import Extraction, extract
from evidencemap.incremental.cache import BuildCache, dumps, entry_key, loads
from evidencemap.incremental.keys import SourceKeys, relative_name
from evidencemap.incremental.memory import Sharer
from evidencemap.workers import start_worker

# Below this many files to extract, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the batch stage produced for the whole map."""

    documents: tuple[Document, ...]
    extractions: tuple[Extraction, ...]
    problems: tuple[Problem, ...]
    reused: int  # sources taken from the cache
    extracted: int  # sources read and extracted in this build
    # The keys of the bytes each source was read from: ``sources`` as hashed, but where a file changed between
    # the hashing and its reading, the key of what was read (its results are of those bytes).
    sources: SourceKeys
    changed: tuple[Path, ...] = ()  # the files that changed so during this build


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class _WorkerState:
    """What an extraction worker needs for every file it is given: set once per worker process."""

    content_dir: Path
    lexicon: Lexicon
    cache: BuildCache


# A pool calls its task function with the task alone, so what every task of a worker shares must be reached from
# the module: the pool's initializer sets it once in each worker process (it never changes in the build's own).
_WORKER: _WorkerState | None = None


def _init_worker(content_dir: Path, lexicon: Lexicon, cache: BuildCache, parent: int) -> None:
    global _WORKER
    start_worker(parent)  # its parent's signal handlers dropped, and ending with it
    # forked from a build that pauses its collector while it decodes (collector_spares); a worker's garbage is its own
    gc.enable()
    _WORKER = _WorkerState(content_dir, lexicon, cache)


# What extracting one file gives: whether it loaded, the pickled result (or problems), and the cache key of the bytes
# it was read from, which differs from the key asked for when the file changed after the build hashed it.
Made = tuple[bool, bytes, str]


def _process(job: tuple[Path, str]) -> Made:
    """Load and extract one file in a worker, which stores the result in the cache itself: the parent, a third
    process on a machine of two cores, would otherwise spend much of the stage writing entries."""
    assert _WORKER is not None
    path, key = job
    return _extract_and_store(path, key, _WORKER.content_dir, _WORKER.lexicon, _WORKER.cache)


def _extract_and_store(path: Path, key: str, content_dir: Path, lexicon: Lexicon, cache: BuildCache) -> Made:
    """Load and extract one file and store a good result in ``cache``, in whichever process runs it.

    The file is read once, and the result is stored under the key of the bytes it was made from: a save between the
    build's hashing and this read must never put the new text under the old text's key, where a build of the old
    text would later find it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problem = Problem(
            str(path), None, f"cannot read the file: {exc.strerror}", "check that it exists and is readable"
        )
        return False, dumps([problem]), key
    read_key = entry_key(relative_name(path, content_dir), raw, lexicon.digest)
    ok, data = _load_and_extract(path, raw, content_dir, lexicon)
    if ok:
        cache.put(read_key, data)
    return ok, data, read_key


@functools.cache
def _parser() -> MarkdownIt:
    """One Markdown parser per process: made on first use, in whichever process extracts."""
    return markdown_parser()


def _load_and_extract(path: Path, raw: bytes, content_dir: Path, lexicon: Lexicon) -> tuple[bool, bytes]:
    try:
        document = load_document(path, content_dir, _parser(), raw=raw)
        # Packed: the build keeps every document to the end but reads its blocks once (document.py).
        return True, dumps((document.packed(), extract(document, lexicon)))
    except ContentError as exc:
        return False, dumps(list(exc.problems))


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it (workers inherit the loaded code for free), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _run(
    jobs_todo: list[tuple[Path, str]], content_dir: Path, lexicon: Lexicon, cache: BuildCache, jobs: int
) -> Iterator[Made]:
    """Results for ``(path, cache key)`` pairs in order, from a pool of ``jobs`` processes or in this one; each
    result extracted is stored in ``cache``."""
    if jobs <= 1 or len(jobs_todo) < PARALLEL_THRESHOLD:
        for path, key in jobs_todo:
            yield _extract_and_store(path, key, content_dir, lexicon, cache)
        return
    chunk = max(1, min(32, len(jobs_todo) // (jobs * 8)))
    with _pool_context().Pool(
        jobs, initializer=_init_worker, initargs=(content_dir, lexicon, cache, os.getpid())
    ) as pool:
        yield from pool.imap(_process, jobs_todo, chunksize=chunk)


def load_and_extract(
    sources: SourceKeys,
    content_dir: Path,
    lexicon: Lexicon,
    cache: BuildCache,
    jobs: int | None = None,
    progress: Progress | None = None,
    sharer: Sharer | None = None,
) -> Extracted:
    """Documents and extractions for ``sources`` (in file order), problems collected, not raised.

    Results are decoded as they arrive and their pickled bytes dropped at once,
    so a large map never holds its extractions twice in memory; each
    result's records are made to share what they repeat (memory.py) as soon as
    it is decoded, with ``sharer`` if given.
    """
    sharer = sharer or Sharer()

    def decoded(data: bytes) -> tuple[Document, Extraction]:
        document, extraction = loads(data)  # type: ignore[misc]
        sharer.records((document.source, *extraction.claims, *extraction.citations, *extraction.provisional))
        return document, extraction

    files, keys = sources.files, sources.keys
    results, todo = _from_cache(sources, content_dir, cache, decoded)
    reused = len(results)
    done, total = reused, len(files)
    if progress:
        progress(done, total)
    failed: dict[int, list[Problem]] = {}
    read_keys = list(keys)
    made = _run([(files[i], keys[i]) for i in todo], content_dir, lexicon, cache, jobs or default_jobs())
    try:
        for index, (ok, data, read_key) in zip(todo, made, strict=True):
            read_keys[index] = read_key
            if ok:
                cache.mark_used(read_key)  # stored where it was extracted
                results[index] = decoded(data)
            else:
                failed[index] = loads(data)  # type: ignore[assignment]
            done += 1
            if progress and (done % 50 == 0 or done == total):
                progress(done, total)
    finally:
        # Interrupted here (Ctrl-C while decoding), the pool is terminated now, not whenever the suspended generator
        # holding it is collected: serve must be able to end at once.
        made.close()
    documents: list[Document] = []
    extractions: list[Extraction] = []
    problems: list[Problem] = list(sources.problems)
    for index in range(len(files)):
        if index in results:
            document, extraction = results.pop(index)
            documents.append(document)
            extractions.append(extraction)
        elif index in failed:
            problems.extend(failed[index])
    changed = tuple(path for path, asked, read in zip(files, keys, read_keys, strict=True) if asked != read)
    as_read = SourceKeys(files, tuple(read_keys), sources.problems)
    return Extracted(tuple(documents), tuple(extractions), tuple(problems), reused, len(todo), as_read, changed)


def _from_cache(
    sources: SourceKeys,
    content_dir: Path,
    cache: BuildCache,
    decoded: Callable[[bytes], tuple[Document, Extraction]],
) -> tuple[dict[int, tuple[Document, Extraction]], list[int]]:
    """The results the cache holds, by file index, and the indexes still to extract (unreadable files have no key
    and are neither).

    An entry that cannot be decoded, or that is not of the file it is stored for (entries swapped or copied by
    hand), is a miss: extracted again and stored anew, never an error."""
    results: dict[int, tuple[Document, Extraction]] = {}
    todo: list[int] = []
    for index, (path, key) in enumerate(zip(sources.files, sources.keys, strict=True)):
        if not key:
            continue
        hit = cache.get(key)
        if hit is not None:
            try:
                document, extraction = decoded(hit)
            except Exception:  # a torn or foreign entry: extract again rather than fail
                pass
            else:
                if document.source.path == relative_name(path, content_dir) and extraction.source == document.source:
                    results[index] = (document, extraction)
                    continue
        todo.append(index)
    return results, todo
