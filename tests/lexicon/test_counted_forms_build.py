"""counted_forms finds the counted keys that are not lowercase Kazakh words from each one's first other character
(lines_not_cyrillic): the same lines as the multi-line regex it replaces, and the same set on the shipped lexicon."""
import re

from kaznorm.kazakh.alphabet import LOWER_CLASS
from kaznorm.lexicon.lexicon import default_lexicon
from kaznorm.lexicon.queries import counted_forms, lines_not_cyrillic

LINE_RX = re.compile(f"^[{LOWER_CLASS}]*[^{LOWER_CLASS}\n].*$", re.M)


def test_lines_not_cyrillic_are_the_regex_lines():
    texts = ["", "\n", "бала", "бала\nқала", "бала\nqala", "qala", "bala\n", "\n\nа-б\n", "ә\r\nб", "x\ny\nz",
             "бала\nқала\n", "ааа\nбб1\nвв\n!\n", "Бала\nбала", "а\n\n", "\n1"]
    for t in texts:
        assert lines_not_cyrillic(t) == LINE_RX.findall(t), repr(t)


def test_shipped_counted_forms_are_the_set_the_regex_gives():
    counts = default_lexicon().counts
    keys = [k for k, v in counts.items() if v > 0]
    want = frozenset(keys).difference(LINE_RX.findall("\n".join(keys)), ("",))
    got = counted_forms(default_lexicon())
    assert isinstance(got, frozenset) and got == want
