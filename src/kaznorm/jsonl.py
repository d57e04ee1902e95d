"""JSON lines edited in place: the cleaned string replaces the span of the old one in the original
line, and every other character of the record (numbers as written, duplicate keys, escapes, spacing,
a BOM) passes through untouched.

:func:`value_span` finds the span of the value at a dotted path with the same
rules as :func:`json.loads` (the last of duplicate keys wins), using the
standard library's scanner; :func:`string_token` writes a string the way the
record already writes its strings (raw UTF-8, or ``\\uXXXX`` escapes when the
line is ASCII with escapes), with lone surrogates always escaped.
"""
from __future__ import annotations

import json
import re
from json.decoder import scanstring
from typing import Optional, Sequence, Tuple

__all__ = ["value_span", "string_token", "replace_value", "dumps", "clean_json_line"]

_DECODER = json.JSONDecoder()
_SCAN = _DECODER.scan_once  # (text, index) -> (value, end); StopIteration when no value starts there
_WS = re.compile(r"[ \t\n\r]*")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _skip(text: str, i: int) -> int:
    return _WS.match(text, i).end()  # type: ignore[union-attr]


def _members(text: str, i: int):
    """``(key, start, end)`` of each member of the object whose ``{`` is at ``i``; None if malformed."""
    i = _skip(text, i + 1)
    if text.startswith("}", i):
        return
    while True:
        if not text.startswith('"', i):
            raise ValueError
        key, i = scanstring(text, i + 1)
        i = _skip(text, i)
        if not text.startswith(":", i):
            raise ValueError
        i = _skip(text, i + 1)
        _, end = _SCAN(text, i)
        yield key, i, end
        i = _skip(text, end)
        if text.startswith(",", i):
            i = _skip(text, i + 1)
        elif text.startswith("}", i):
            return
        else:
            raise ValueError


def _items(text: str, i: int):
    """``(start, end)`` of each item of the array whose ``[`` is at ``i``."""
    i = _skip(text, i + 1)
    if text.startswith("]", i):
        return
    while True:
        _, end = _SCAN(text, i)
        yield i, end
        i = _skip(text, end)
        if text.startswith(",", i):
            i = _skip(text, i + 1)
        elif text.startswith("]", i):
            return
        else:
            raise ValueError


def value_span(text: str, parts: Sequence[str], start: int = 0) -> Optional[Tuple[int, int]]:
    """``(start, end)`` of the JSON value at the dotted path ``parts`` in ``text``, or None."""
    i = _skip(text, start)
    end = None
    try:
        for part in parts:
            found = None
            if text.startswith("{", i):
                for key, s, e in _members(text, i):
                    if key == part:
                        found = (s, e)  # the last duplicate wins, as in json.loads
            elif text.startswith("[", i) and part.isascii() and part.isdigit():
                want = int(part)
                for n, (s, e) in enumerate(_items(text, i)):
                    if n == want:
                        found = (s, e)
                        break
            if found is None:
                return None
            i, end = found
    except (ValueError, StopIteration):
        return None
    return None if end is None else (i, end)


def string_token(value: str, ascii_style: bool) -> str:
    """``value`` as a JSON string; ``ascii_style``: non-ASCII as ``\\uXXXX``. Lone surrogates always escaped."""
    token = json.dumps(value, ensure_ascii=ascii_style)
    if not ascii_style and _SURROGATE.search(token):
        token = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", token)
    return token


def dumps(obj) -> str:
    """``json.dumps(obj, ensure_ascii=False)`` with lone surrogates escaped, so it encodes as UTF-8."""
    text = json.dumps(obj, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text


def replace_value(text: str, parts: Sequence[str], value: str, start: int = 0) -> Optional[str]:
    """``text`` with the string at ``parts`` replaced by ``value``, every other character kept; None if
    there is no string there."""
    span = value_span(text, parts, start)
    if span is None or not text.startswith('"', span[0]):
        return None
    ascii_style = text.isascii() and "\\u" in text
    return text[:span[0]] + string_token(value, ascii_style) + text[span[1]:]


def clean_json_line(line: str, parts: Sequence[str], clean) -> str:
    """One JSON line (its own ending kept) with the string at ``parts`` passed through ``clean``; every
    other character as it was.  A record without a string there comes back unchanged; a line that is
    not JSON is a ValueError (blank lines and a leading BOM are kept)."""
    body = line.rstrip("\r\n")
    lead = 1 if body.startswith("\ufeff") else 0
    if not body[lead:].strip():
        return line
    try:
        obj = json.loads(body[lead:])
    except ValueError as exc:
        raise ValueError(f"invalid JSON line ({exc}): {body[:80]!r}") from None
    cur = obj
    for p in parts:
        if isinstance(cur, dict) and p in cur:
            cur = cur[p]
        elif isinstance(cur, list) and p.isascii() and p.isdigit() and int(p) < len(cur):
            cur = cur[int(p)]
        else:
            return line
    if not isinstance(cur, str):
        return line
    new = clean(cur)
    if new == cur:
        return line
    out = replace_value(body, parts, new, lead)
    if out is None:  # not expected: value_span follows json.loads
        raise ValueError(f"cannot locate {'.'.join(parts)!r} in {body[:80]!r}")
    return out + line[len(body):]
