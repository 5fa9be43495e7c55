"""Names that are safe as file names on every system a site may be published from.

Ids become file names (``sources/<id>.html``). Slugs already keep out ``/``,
``\\``, ``..`` and NUL, but a site must also survive being copied to Windows or
checked out there, where ``con.html`` or ``aux.html`` cannot exist.
"""

from __future__ import annotations

# Device names Windows reserves whatever the extension (CON, CON.html, con.txt ...).
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)] + [f"lpt{i}" for i in range(1, 10)]
)
# Characters Windows refuses in file names, besides the separators.
WINDOWS_FORBIDDEN = frozenset('<>:"|?*')


def reserved_name_problem(name: str) -> str | None:
    """Why ``name`` (a slug or a file name) cannot be a file name everywhere, or None if it can."""
    stem = name.split(".", 1)[0].rstrip(" ").lower()
    if stem in WINDOWS_RESERVED:
        return f"is a name Windows reserves for a device ({stem.upper()}), so its page could not be published there"
    bad = sorted({ch for ch in name if ch in WINDOWS_FORBIDDEN or ord(ch) < 32})
    if bad:
        return f"contains characters that are not allowed in file names ({' '.join(repr(c) for c in bad)})"
    if name.endswith((".", " ")):
        return "ends with a dot or a space, which Windows drops from file names"
    return None
