"""The code's shape: stages import only downward, no import circles, no room too big to read.

The README's "How it works" draws the pipeline as stages that run one way
(content -> extract -> review -> link -> render -> write, with the incremental
machinery and the commands around them). These tests read every import of the
package and hold the code to that drawing, so a shortcut from an early stage to a
later one fails here rather than growing into a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "evidencemap"

# Each module's rank in the pipeline, by the longest matching prefix of its dotted name. A module may import its own
# rank and lower ranks only. Modules at the package's top level but the stage entry points are shared ground (rank 0).
RANKS: dict[str, int] = {
    "evidencemap": 0,  # the package's face, records, errors, labels, file and process helpers
    "evidencemap.content": 1,
    "evidencemap.extract": 2,
    "evidencemap.review": 3,
    "evidencemap.link": 4,
    "evidencemap.render": 5,
    "evidencemap.write": 6,
    "evidencemap.incremental": 7,
    "evidencemap.build": 8,
    "evidencemap.commands": 9,
    "evidencemap.cli": 10,
    "evidencemap.__main__": 11,
}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
# A function may run longer when a comment on its signature says why: "# long: <reason>".
LONG_MARK = "# long:"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def rank_of(module: str) -> int:
    best = ""
    for prefix in RANKS:
        if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > len(best):
            best = prefix
    return RANKS[best]


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, name: str) -> set[str]:
    """Every evidencemap module ``path`` imports, at any depth of the file (lazy imports count too)."""
    known = modules()
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # "from evidencemap.x import y" names module x.y when y is a module, else x itself
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t == "evidencemap" or t.startswith("evidencemap."))
    found.discard(name)
    return {t for t in found if t in known}


def import_graph() -> dict[str, set[str]]:
    return {name: imports_of(path, name) for name, path in modules().items()}


def test_no_stage_imports_a_later_stage() -> None:
    upward = [
        f"{name} (rank {rank_of(name)}) imports {target} (rank {rank_of(target)})"
        for name, targets in import_graph().items()
        for target in sorted(targets)
        if rank_of(target) > rank_of(name) and not name.startswith(target + ".")
    ]
    assert upward == []


def test_no_import_circles() -> None:
    graph = import_graph()
    # A package's __init__ that re-exports its own modules is not a circle with them: drop parent -> child edges.
    edges = {n: {t for t in ts if not t.startswith(n + ".")} for n, ts in graph.items()}
    circles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                circles.append(stack[stack.index(target) :] + [target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert circles == []


def test_the_test_sees_a_later_stage_import(tmp_path: Path) -> None:
    """The reader of imports finds what the two tests above forbid (else they could not fail)."""
    assert rank_of("evidencemap.extract.claims") < rank_of("evidencemap.link.graph")
    assert "evidencemap.link.graph" in imports_of(PACKAGE / "render" / "exports.py", "evidencemap.render.exports")
    probe = PACKAGE / "content" / "load.py"
    assert all(rank_of(t) <= rank_of("evidencemap.content.load") for t in imports_of(probe, "evidencemap.content.load"))


@pytest.mark.parametrize("name", sorted(modules()))
def test_module_and_function_sizes(name: str) -> None:
    path = modules()[name]
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert len(lines) <= MAX_MODULE_LINES, f"{path.name}: {len(lines)} lines; split it by what its parts are for"
    too_long = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            signature = lines[node.lineno - 1 : node.body[0].lineno - 1]
            if length > MAX_FUNCTION_LINES and not any(LONG_MARK in line for line in signature):
                too_long.append(f"{node.name} (line {node.lineno}): {length} lines")
    assert too_long == [], f"{path.name}: split these, or say why on the def line with '{LONG_MARK} ...'"
