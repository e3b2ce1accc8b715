"""KRL value literals: struct aggregates such as {X 1.0,Y 2.0,S 'B010'} and .dat declarations."""

from __future__ import annotations

import re
from typing import Any

from programs.common import Source

__all__ = ["parse_value", "parse_dat", "struct_text"]

_NUM = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_BITS = re.compile(r"'([BH])([0-9A-Fa-f]+)'")
_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*(\[\])?")


class Enum(str):
    """A KRL enum literal such as #BASE (the text after '#')."""


def parse_value(text: str, offset: int, src: Source) -> Any:
    """One KRL literal: number, 'B..'/'H..' integer, "string", #ENUM, TRUE/FALSE or {member value, ...}
    (a dict, keys upper case without '[]'). Raises ProgramSyntaxError at the offending character."""
    value, end = _value(text, 0, offset, src)
    if text[end:].strip():
        raise src.error(offset + end + (len(text[end:]) - len(text[end:].lstrip())),
                        f"unexpected text after the value: {text[end:].strip()[:20]!r}")
    return value


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _value(text: str, i: int, offset: int, src: Source) -> tuple[Any, int]:
    i = _skip(text, i)
    if i >= len(text):
        raise src.error(offset + i, "missing value")
    c = text[i]
    if c == "{":
        return _struct(text, i, offset, src)
    if c == '"':
        j = text.find('"', i + 1)
        if j < 0:
            raise src.error(offset + i, "unterminated string")
        return text[i + 1 : j], j + 1
    if c == "'":
        m = _BITS.match(text, i)
        if not m:
            raise src.error(offset + i, "malformed bit literal (expected 'B0101' or 'H1F')")
        return int(m.group(2), 2 if m.group(1) == "B" else 16), m.end()
    if c == "#":
        m = _NAME.match(text, i + 1)
        if not m:
            raise src.error(offset + i, "malformed enum literal")
        return Enum(m.group(0).upper()), m.end()
    m = _NUM.match(text, i)
    if m:
        return float(m.group(0)), m.end()
    m = _NAME.match(text, i)
    if m and m.group(0).upper() in ("TRUE", "FALSE"):
        return m.group(0).upper() == "TRUE", m.end()
    raise src.error(offset + i, f"expected a value, got {text[i:i + 12]!r}")


def _struct(text: str, i: int, offset: int, src: Source) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    i += 1
    # an optional type prefix: {FRAME: X 1, ...} / {E6POS: ...}
    m = re.compile(r"\s*[A-Za-z_][A-Za-z0-9_]*\s*:").match(text, i)
    if m:
        i = m.end()
    while True:
        i = _skip(text, i)
        if i < len(text) and text[i] == "}":
            return out, i + 1
        m = _NAME.match(text, i)
        if not m:
            raise src.error(offset + i, f"expected a member name, got {text[i:i + 12]!r}")
        key = m.group(0).upper().replace("[]", "")
        value, i = _value(text, m.end(), offset, src)
        out[key] = value
        i = _skip(text, i)
        if i >= len(text):
            raise src.error(offset + i, "missing '}'")
        if text[i] == ",":
            i += 1
        elif text[i] != "}":
            raise src.error(offset + i, f"expected ',' or '}}', got {text[i]!r}")


_DECL = re.compile(r"^\s*(?:DECL\s+)?(?:GLOBAL\s+)?(?:CONST\s+)?([A-Za-z_]\w*)\s+([A-Za-z_$]\w*)\s*=\s*(.*?)\s*$",
                   re.IGNORECASE)


def strip_comment(line: str) -> str:
    """Line text without its ';' comment (';' inside strings kept)."""
    in_str = False
    for k, c in enumerate(line):
        if c == '"':
            in_str = not in_str
        elif c == ";" and not in_str:
            return line[:k]
    return line


def parse_dat(src: Source) -> tuple[str, dict[str, tuple[str, Any, tuple[int, int]]]]:
    """(DEFDAT name, {upper name: (upper type, value, (line, column))}) of a .dat file."""
    name = ""
    out: dict[str, tuple[str, Any, tuple[int, int]]] = {}
    ended = False
    for off, line in src.lines():
        code = strip_comment(line)
        s = code.strip()
        if not s or s.startswith("&"):
            continue
        up = s.upper()
        if up.startswith("DEFDAT"):
            parts = s.split()
            if len(parts) < 2:
                raise src.error(off, "DEFDAT needs a name")
            name = parts[1]
            continue
        if up == "ENDDAT":
            ended = True
            continue
        if ended:
            raise src.error(off + code.index(s[0]), "text after ENDDAT")
        m = _DECL.match(code)
        if not m:
            if re.match(r"^\s*DECL\b", code, re.IGNORECASE):
                # declaration without a value
                continue
            raise src.error(off + code.index(s[0]), f"cannot read .dat line {s[:30]!r}")
        vstart = m.start(3)
        value = parse_value(m.group(3), off + vstart, src)
        out[m.group(2).upper()] = (m.group(1).upper(), value, src.position(off + m.start(2)))
    if not name:
        raise src.error(0, "no DEFDAT line")
    if not ended:
        raise src.error(len(src.text), "missing ENDDAT")
    return name, out


def struct_text(pairs: list[tuple[str, str]]) -> str:
    """{K v,K v} from (member, value text) pairs."""
    return "{" + ",".join(f"{k} {v}" for k, v in pairs) + "}"
