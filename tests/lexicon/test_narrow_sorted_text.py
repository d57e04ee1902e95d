"""NarrowSortedText (the Russian word list held one byte a letter) answers like SortedText: on a made-up list and
on a sample of the shipped list, for listed words, near misses, other scripts and characters ISO-8859-5 lacks."""
from kaznorm.lexicon.data import load_russian
from kaznorm.lexicon.wordlists import NarrowSortedText, SortedText, narrow_sorted_text

WORDS = sorted(["а", "абзац", "банк", "ёж", "ёлка", "ещё", "игра", "из", "изба", "стол", "столы", "я", "яма"])
ODD = ["", "\n", "аб", "абзацы", "Стол", "стол\n", "стол ", "қазақ", "abc", "ё", "ж", "№", "§", "\xad", "ёж\xad",
       "я\U0001f600", 5, None]


def _same(new, old, queries):
    assert [q in new for q in queries] == [q in old for q in queries]


def test_made_up_list():
    text = "\n".join(WORDS) + "\n"
    new = narrow_sorted_text(text)
    assert isinstance(new, NarrowSortedText)
    _same(new, SortedText(text), WORDS + ODD + [w[:-1] for w in WORDS] + [w + "а" for w in WORDS])
    assert list(new) == WORDS and len(new) == len(WORDS) and bool(new)


def test_out_of_order_or_unwritable_characters_keep_the_plain_text():
    for extra in ("№", "§", "\xad", "қ"):
        text = "\n".join(sorted(WORDS + ["б" + extra])) + "\n"
        got = narrow_sorted_text(text)
        assert type(got) is SortedText
        assert ("б" + extra) in got


def test_shipped_list_sample():
    new = load_russian()
    assert isinstance(new, NarrowSortedText)
    old = SortedText(new.text.encode("latin-1").decode("iso8859_5"))
    words = list(old)[::97]
    _same(new, old, words + [w[:-1] for w in words] + [w + "ы" for w in words] + [w.title() for w in words] + ODD)


def test_compact_foreign_lists_answer_like_the_frozensets():
    from kaznorm.lexicon.data import load_foreign, load_russian_evidence

    ru, en = load_foreign()
    cru, cen = load_foreign(compact=True)
    ev, cev = load_russian_evidence(), load_russian_evidence(compact=True)
    for full, compact in ((ru, cru), (en, cen), (ev, cev)):
        words = sorted(full)[::41]
        probes = words + [w[:-1] for w in words] + [w + "s" for w in words] + [w.title() for w in words] + ODD[:-2]
        assert [p in compact for p in probes] == [p in full for p in probes]
        assert len(compact) == len(full) and bool(compact)


def test_shipped_names_in_one_string_answer_like_the_set():
    from kaznorm.lexicon.data import data_dir, load_data, read_sections
    from kaznorm.lexicon.folding import fold
    from kaznorm.lexicon.lexicon import default_lexicon

    names = load_data(stems=False)["names"]
    full = set(read_sections(data_dir() / "lexicon.txt.gz", "lexicon")["names"])
    words = sorted(full)[::13]
    probes = words + [w + "а" for w in words] + [w[:-1] for w in words] + [w.title() for w in words] + ODD[:-2]
    assert [p in names for p in probes] == [p in full for p in probes] and len(names) == len(full)
    lex = default_lexicon()
    assert [lex.capitalised(p) for p in probes[:200]] == [bool(p) and fold(p) in full for p in probes[:200]]
