"""Read YAML written by people, keeping the line of every key.

Front matter, the lexicon, reviews and the config are all YAML. When one of
them is wrong the author must be told the file *and the line*, so the loader
records where each key and list item stood, refuses duplicate keys (PyYAML
silently keeps the last one) and refuses aliases (nobody needs them in content,
and they make alias bombs possible).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from evidencemap.errors import ContentError, Problem


class LineDict(dict):
    """A mapping that remembers the line of each key (1-based)."""

    line: int = 1
    key_lines: dict[Any, int]


class LineList(list):
    """A sequence that remembers the line of each item (1-based)."""

    line: int = 1
    item_lines: list[int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that builds LineDict/LineList and rejects duplicates and aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                problem="aliases (*name) are not allowed in evidencemap files; write the value out",
                problem_mark=event.start_mark,
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:  # type: ignore[override]
        self.flatten_mapping(node)
        mapping = LineDict()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise yaml.MarkedYAMLError(problem="a key must be plain text", problem_mark=key_node.start_mark)
            if key in mapping:
                raise yaml.MarkedYAMLError(
                    problem=f"duplicate key {key!r} (the first stands at line {mapping.key_lines[key]})",
                    problem_mark=key_node.start_mark,
                )
            mapping[key] = self.construct_object(value_node, deep=True)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:  # type: ignore[override]
        items = LineList(self.construct_object(child, deep=True) for child in node.value)
        items.line = node.start_mark.line + 1
        items.item_lines = [child.start_mark.line + 1 for child in node.value]
        return items


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)
# Dates stay strings: we never want the loader to interpret them for us.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_yaml_str)


if hasattr(yaml, "CSafeLoader"):

    class _FastLineLoader(yaml.CSafeLoader):  # type: ignore[misc,name-defined]
        """The same construction as _LineLoader over libyaml's C parser and composer.

        Parsing YAML in pure Python was a tenth of a cold build (every source has
        front matter). This loader builds the same LineDict/LineList values; it
        cannot refuse an alias as it is read (composition happens in C), so
        ``_fast_parse`` refuses any shared node afterwards, and every refusal or
        error goes back to _LineLoader, whose messages name the exact line.
        """

    _FastLineLoader.construct_mapping = _LineLoader.construct_mapping  # type: ignore[method-assign,assignment]
    _FastLineLoader.construct_sequence = _LineLoader.construct_sequence  # type: ignore[method-assign,assignment]
    _FastLineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_mapping)
    _FastLineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_sequence)
    _FastLineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_yaml_str)
else:  # PyYAML built without libyaml: the pure-Python loader does everything
    _FastLineLoader = None


class _Refused(Exception):
    """The fast loader met something only the careful loader reports well."""


def _fast_parse(text: str) -> Any:
    """``text`` parsed by libyaml, or _Refused when it holds an alias or any error (for _LineLoader to report)."""
    if _FastLineLoader is None:
        raise _Refused
    loader = _FastLineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        seen: set[int] = set()
        stack = [node]
        while stack:  # an alias makes one node appear twice in the tree
            current = stack.pop()
            if id(current) in seen:
                raise _Refused
            seen.add(id(current))
            if isinstance(current, yaml.MappingNode):
                for key, value in current.value:
                    stack.append(key)
                    stack.append(value)
            elif isinstance(current, yaml.SequenceNode):
                stack.extend(current.value)
        return loader.construct_document(node)
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError, TypeError):
        raise _Refused from None
    finally:
        loader.dispose()


MAX_DEPTH = 50


def _depth_bound(text: str) -> int:
    """An upper bound on how deep ``text`` can nest: every level opens with '[', '{', '-', '?' or ':'."""
    return sum(text.count(c) for c in "[{-?:") + 1


def _line_of_problem(text: str, exc: Exception, first_line: int) -> int:
    """The line of the longest digit run in ``text`` when ``exc`` is about digits, else the first line."""
    import re

    runs = list(re.finditer(r"\d{1000,}", text))
    if "digits" in str(exc) and runs:
        return text.count("\n", 0, runs[0].start()) + first_line
    return first_line


def _check_depth(text: str, path: Path | str, first_line: int) -> None:
    """Refuse nesting deeper than MAX_DEPTH before PyYAML recurses into it."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml's parser: a fraction of the parse time
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise ContentError.at(
                        path,
                        event.start_mark.line + first_line,
                        f"the YAML nests deeper than {MAX_DEPTH} levels",
                        "evidencemap files are flat lists and mappings: remove the nesting",
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as exc:
        # libyaml (PyYAML 6.0.4 and later) stops a flow collection nested 1,000 deep while scanning, before its
        # parser has sent the events counted here: the same problem, reported where libyaml found it.
        mark = getattr(exc, "problem_mark", None)
        if "nesting depth" in (getattr(exc, "problem", None) or "") and mark is not None:
            raise ContentError.at(
                path,
                mark.line + first_line,
                f"the YAML nests deeper than {MAX_DEPTH} levels",
                "evidencemap files are flat lists and mappings: remove the nesting",
            ) from None
        return  # the real parse below reports syntax errors with their line
    finally:
        loader.dispose()


def parse_yaml(text: str, path: Path | str, first_line: int = 1) -> Any:
    """Parse YAML text; errors name ``path`` and the line (offset by ``first_line - 1``)."""
    if _depth_bound(text) > MAX_DEPTH:
        _check_depth(text, path, first_line)
    try:
        data = _fast_parse(text)
    except _Refused:
        data = _careful_parse(text, path, first_line)
    _shift_lines(data, first_line - 1)
    return data


def _careful_parse(text: str, path: Path | str, first_line: int) -> Any:
    """Parse with the pure-Python _LineLoader, which refuses aliases as it meets them; errors name the line."""
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + first_line) if mark is not None else first_line
        problem = exc.problem or "invalid YAML"
        hint = (
            "YAML: 'key: value' pairs, two-space indentation, no tabs; quote values that contain ': ' or start with "
            "'*', '&', '!', '%' or '@'"
        )
        if "\t" in text and "tab" in str(exc).lower():
            hint = "replace tab characters with spaces"
        raise ContentError.at(path, line, f"invalid YAML: {problem}", hint) from None
    except yaml.YAMLError as exc:
        raise ContentError.at(path, first_line, f"invalid YAML: {exc}", "check the YAML syntax") from None
    except RecursionError:
        # PyYAML composes nested collections recursively: '[[[[...' thousands deep exhausts the stack.
        raise ContentError.at(
            path,
            first_line,
            f"the YAML nests deeper than {MAX_DEPTH} levels",
            "evidencemap files are flat lists and mappings: remove the nesting",
        ) from None
    except (ValueError, OverflowError) as exc:
        # A number too long to convert (Python refuses integers of more than 4300 digits), and the like.
        raise ContentError.at(
            path,
            _line_of_problem(text, exc, first_line),
            f"invalid YAML value: {exc}",
            "quote the value, or shorten it",
        ) from None


def _shift_lines(data: Any, offset: int) -> None:
    """Move recorded lines by ``offset`` (front matter starts after ``---``)."""
    if offset == 0:
        return
    if isinstance(data, LineDict):
        data.line += offset
        data.key_lines = {k: v + offset for k, v in data.key_lines.items()}
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, LineList):
        data.line += offset
        data.item_lines = [v + offset for v in data.item_lines]
        for value in data:
            _shift_lines(value, offset)


def line_of(data: Any, loc: Sequence[str | int]) -> int | None:
    """Find the line of the deepest part of ``loc`` (a pydantic error location) in ``data``."""
    line = getattr(data, "line", None)
    node = data
    for part in loc:
        if isinstance(node, LineDict) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and 0 <= part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line


def validation_problems(exc: ValidationError, data: Any, path: Path | str, what: str) -> list[Problem]:
    """Turn a pydantic ValidationError into located problems with hints."""
    problems: list[Problem] = []
    for error in exc.errors():
        loc = [p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        field = ".".join(str(p) for p in loc) or what
        message = error["msg"].removeprefix("Value error, ")  # our own validators word their messages in full
        hint = _hint_for(error)
        if error["type"] == "extra_forbidden":
            message = f"unknown field {field!r}"
            hint = "remove it, or check its spelling against the documented fields"
        else:
            message = f"{field}: {message}"
        problems.append(Problem(str(path), line_of(data, loc), f"{what}: {message}", hint))
    return problems


def _hint_for(error: Any) -> str:
    """A short hint for the common pydantic error types."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "enum" and "expected" in ctx:
        return f"use one of {ctx['expected']}"
    if kind == "missing":
        return "add this field"
    if kind == "string_pattern_mismatch":
        return "ids are slugs: lowercase letters, digits and single hyphens, e.g. 'low-back-pain'"
    if kind in ("list_type", "dict_type", "string_type", "int_parsing", "int_type", "bool_type"):
        return f"expected a {kind.split('_')[0]}"
    return ""


def validate(model: type[BaseModel], data: Any, path: Path | str, what: str) -> BaseModel:
    """Validate ``data`` against ``model``; raise ContentError with lines on failure."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ContentError(validation_problems(exc, data, path, what)) from None
