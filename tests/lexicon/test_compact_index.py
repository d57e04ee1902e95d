"""The typo index and the shipped forms keep no string per form: SortedText.has_prefix and TypoIndex.has_prefix
answer like a bisection of the sorted list, GroupText like the lists of words per prefix, Forms with its
uncounted forms in one string like a sorted list; and the typo index answers as it did with lists."""
import random
from bisect import bisect_left
from pathlib import Path

from kaznorm.lexicon.lexicon import default_lexicon
from kaznorm.lexicon.typo_index import TypoIndex
from kaznorm.lexicon.typo_shard import CountView, DeleteTable, GroupText
from kaznorm.lexicon.typo_tables import ShippedTables
from kaznorm.lexicon.wordlists import Forms, SortedText

WORDS = sorted({"а", "ай", "айна", "айналайын", "айнала", "алма", "алматы", "бала", "балалар", "балапан", "ә",
                "әке", "әкем", "қазақ", "қазақстан", "қала", "қалада"})


def _has_prefix(lst, p):
    i = bisect_left(lst, p)
    return i < len(lst) and lst[i].startswith(p)


def _probes(words):
    out = {""} | {w[:k] for w in words for k in range(1, len(w) + 2)} | {w + "ы" for w in words}
    return sorted(out | {"ъ", "я", "б\n", "\n", "айн\nа"})


def test_sorted_text_has_prefix_and_lines():
    st = SortedText("".join(w + "\n" for w in WORDS))
    assert st.lines() == WORDS and SortedText("").lines() == []
    for p in _probes(WORDS):
        assert st.has_prefix(p) == ("\n" not in p and _has_prefix(WORDS, p)), p
    assert not SortedText("").has_prefix("а")


def test_group_text_gives_the_lists():
    groups = [["ай", "айна"], ["бала"], ["қазақ", "қазақстан", "қазақтар"], ["ә"]]
    g = GroupText.of(groups)
    assert len(g) == 4 and list(g) == groups and [g[i] for i in range(4)] == groups
    assert g.text == "ай\nайна\nбала\nқазақ\nқазақстан\nқазақтар\nә\n"
    for bad in (-1, 4):
        try:
            g[bad]
        except IndexError:
            pass
        else:
            raise AssertionError(bad)


def test_forms_in_one_string_answer_like_a_list():
    counted = {"бала": 5, "алма": 2}
    rest = [w for w in WORDS if w not in counted]
    a = Forms(counted, SortedText("".join(w + "\n" for w in rest)))
    b = Forms(counted, list(rest))
    for p in _probes(WORDS):
        assert (p in a) == (p in b), p
    assert list(a) == list(b) and len(a) == len(b)


def test_count_view_over_sorted_text():
    st = SortedText("".join(w + "\n" for w in WORDS))
    weights = {"алма": 7.0}
    a, b = CountView(st, weights), CountView(WORDS, weights)
    for p in _probes(WORDS):
        assert (p in a) == (p in b), p
    assert a["алма"] == b["алма"] == 7 and a["ай"] == b["ай"] == 1


def test_shipped_index_prefixes_and_lookups():
    lex = default_lexicon()
    ix = TypoIndex.from_lexicon(lex, tables=ShippedTables(Path("/nonexistent")))  # (its own tables)
    shipped = TypoIndex.from_lexicon(lex)
    rnd = random.Random(3)
    for letter in ("б", "қ", "ә"):
        forms = ix.forms_starting(letter)
        assert forms == sorted(forms) and forms == shipped.forms_starting(letter)
        sample = rnd.sample(forms, 60)
        for p in _probes(sample):
            if p.startswith(letter):
                assert ix.has_prefix(p) == _has_prefix(forms, p), p
        # the delete table's groups are the letter's forms in order, in one shared string
        t = shipped.delete_table(letter, True)
        assert isinstance(t, DeleteTable) and [w for g in t.groups for w in g] == forms
        for w in sample[:20]:
            typo = w[:1] + w[2:] if len(w) > 3 else w + "а"
            assert ix.lookup(typo, 1) == shipped.lookup(typo, 1)
            assert w in shipped._shard(letter, True)._words


def test_latin_prefix_tests_in_one_string():
    from kaznorm.core.pipeline import Pipeline

    lex = default_lexicon()
    Pipeline(["latin"], lexicon=lex)("Qazaqstan Respublikasynyń astanasy")  # (builds the latin step's forms)
    got = lex.derived("latin.forms", None)
    forms = sorted(f for f in lex.forms if f.isalpha())
    assert got.sorted.lines() == forms
    for p in _probes(random.Random(4).sample(forms, 80)) + ["qaz", "ә" * 9]:
        assert got.has_prefix(p) == ("\n" not in p and _has_prefix(forms, p)), p
