"""char_class writes runs of three or more code points as ranges: the class matches exactly the same characters as
one that lists each (every code point of the Basic Multilingual Plane and a sample above it, with and without
IGNORECASE), for every set the package writes as a class."""
import re

import pytest

from kaznorm.kazakh.alphabet import LETTERS, LOWER_LETTERS, NON_RUSSIAN_LETTERS, UPPER_LETTERS
from kaznorm.text.linebreaks import LINEBREAK_HYPHENS, LINEBREAK_SPACES
from kaznorm.text.unicode import (ALWAYS_DELETE, BIDI_CONTROLS, EXOTIC_SPACES, JOINERS, LINE_CONTROLS, NB_HYPHEN,
                                  NOT_SIGN, SOFT_HYPHEN, ZWSP, char_class)

# the invisible step's trigger characters (controls, odd spaces, bidi marks, joiners, hyphens)
TRIGGERS = ({chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"} | {chr(c) for c in range(0x7F, 0xA0)}
            | set(LINE_CONTROLS) | set(EXOTIC_SPACES) | set(ALWAYS_DELETE) | set(BIDI_CONTROLS) | set(JOINERS)
            | {ZWSP, SOFT_HYPHEN, NOT_SIGN, NB_HYPHEN})

SETS = [LETTERS, LOWER_LETTERS, UPPER_LETTERS, NON_RUSSIAN_LETTERS, TRIGGERS, LINEBREAK_HYPHENS,
        LINEBREAK_SPACES, "abcdefxyz-]^\\", "\u0430\u0431\u0432\U0001f600\U0001f601\U0001f602"]
PROBES = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000))) + "\U0001f5ff\U0001f600\U0001f601\U0001f602\U0001f603"


def _listed(chars) -> str:
    return "".join("\\x%02x" % ord(c) if ord(c) < 0x100 else "\\u%04x" % ord(c) if ord(c) < 0x10000
                   else "\\U%08x" % ord(c) for c in sorted(set(chars)))


@pytest.mark.parametrize("chars", SETS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_same_characters(chars, flags):
    new = re.compile(f"[{char_class(chars)}]", flags).findall(PROBES)
    old = re.compile(f"[{_listed(chars)}]", flags).findall(PROBES)
    assert new == old and (flags or set(new) == set(chars))
