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
    _, changed, written = write_site([("data/x.json", iter([b"{}\n"])), ("index.html", b"<p>hi</p>")], site, previous=again)
    assert written == 1 and (site / "data/x.json").read_bytes() == b"{}\n"
