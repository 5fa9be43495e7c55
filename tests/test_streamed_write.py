"""A file handed to write_site in pieces lands on disk like one handed whole, and an unchanged one keeps its time."""

from __future__ import annotations

from pathlib import Path

from evidencemap.write import write_site


def test_pieces_write_the_same_bytes_and_unchanged_pieces_are_linked(tmp_path: Path) -> None:
    site = tmp_path / "site"
    body = [b'{"a": 1,\n', b'"b": [1, 2]}\n']
    _, first, written = write_site([("data/x.json", iter(body)), ("index.html", b"<p>hi</p>")], site)
    assert (site / "data/x.json").read_bytes() == b"".join(body)
    assert written == 2
    _, whole, _ = write_site([("data/x.json", b"".join(body)), ("index.html", b"<p>hi</p>")], tmp_path / "other")
    assert first["data/x.json"][:2] == whole["data/x.json"][:2]  # same hash and size as when written whole
    before = (site / "data/x.json").stat().st_mtime_ns
    _, again, written = write_site([("data/x.json", iter(body)), ("index.html", b"<p>hi</p>")], site, previous=first)
    assert written == 0 and (site / "data/x.json").stat().st_mtime_ns == before
    assert not [p for p in (site / "data").iterdir() if p.name != "x.json"]  # no temporary file left behind
    _, changed, written = write_site(
        [("data/x.json", iter([b"{}\n"])), ("index.html", b"<p>hi</p>")], site, previous=again
    )
    assert written == 1 and (site / "data/x.json").read_bytes() == b"{}\n"


def test_a_name_placed_twice_fails_the_build_and_never_writes_through_the_live_site(tmp_path: Path) -> None:
    """Render workers place files in the stage before the writer sees their names. An unchanged file is a hard link to
    the live site's file, so a second file of the same name must not be written through it: the build fails with the
    duplicate named, and the live site keeps its bytes."""
    import pytest

    from evidencemap.errors import OutputError
    from evidencemap.write import Stage

    site = tmp_path / "site"
    _, first, _ = write_site([("index.html", b"<p>home</p>"), ("a.html", b"<p>one</p>")], site)

    def placed_by_workers(stage: Stage):
        yield "index.html", stage.place("index.html", b"<p>home</p>")
        yield "a.html", stage.place("a.html", b"<p>one</p>")  # unchanged: linked from the live site
        yield "a.html", stage.place("a.html", b"<p>two</p>")  # a second file of that name, placed at once

    with pytest.raises(OutputError, match="both called 'a.html'"):
        write_site(placed_by_workers, site, previous=first)
    assert (site / "a.html").read_bytes() == b"<p>one</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # the stage went
