"""The typo index's tables built offline (``typo_tables.bin``): used only for the prefixes they were built
from and with the right format version; the answers are those of tables built in the process."""
from __future__ import annotations

import random

from kaznorm.lexicon.data import FORMAT_VERSION, data_dir
from kaznorm.lexicon.lexicon import default_lexicon
from kaznorm.lexicon.typo_index import TypoIndex
from kaznorm.lexicon.typo_tables import FILE, ShippedTables, write_tables
from kaznorm.lexicon.typo_shard import prefixes_digest

PAIRS = [("қазақстан", 394), ("қазақтан", 5), ("қалада", 40), ("жапония", 5), ("жапон", 7), ("жазу", 9)]


def _write(path, pairs=PAIRS, version=FORMAT_VERSION):
    ix = TypoIndex(pairs, tables=ShippedTables(path.parent / "none"))
    shards = {}
    for letter in ix.letters():
        for near, distance in ((True, 1), (False, 2)):
            t = ix.delete_table(letter, near)
            prefixes = [g[0][:ix.prefix_length] for g in t.groups]
            shards[(distance, letter)] = (len(prefixes), prefixes_digest(prefixes), t.keys, t.starts, t.ids)
    write_tables(path, ix.prefix_length, shards)
    if version != FORMAT_VERSION:
        data = path.read_bytes().replace(f"format {FORMAT_VERSION}\n".encode(), f"format {version}\n".encode(), 1)
        path.write_bytes(data)


def _answers(ix):
    return [ix.lookup(w, d) for w in ("қазакстан", "қалад", "жапон", "жазы", "жпония") for d in (1, 2)]


def test_shipped_tables_give_the_same_answers(tmp_path):
    _write(tmp_path / FILE)
    shipped = ShippedTables(tmp_path / FILE)
    used = []
    orig = shipped.arrays

    def spy(*a):
        get = orig(*a)
        return lambda n, d: used.append(get(n, d)) or used[-1]

    shipped.arrays = spy
    built = TypoIndex(PAIRS, tables=ShippedTables(tmp_path / "none"))
    assert _answers(TypoIndex(PAIRS, tables=shipped)) == _answers(built)
    assert used and all(u is not None for u in used)


def test_tables_of_other_prefixes_or_another_version_are_not_used(tmp_path):
    _write(tmp_path / FILE, PAIRS[:3])
    get = ShippedTables(tmp_path / FILE).arrays(5, 1, "қ")
    prefixes = sorted({w[:5] for w, _ in PAIRS[:3]})
    assert get(len(prefixes), prefixes_digest(prefixes)) is not None
    assert get(len(prefixes), prefixes_digest(prefixes[:-1] + ["қалаx"])) is None
    other = TypoIndex(PAIRS + [("қабат", 9)], tables=ShippedTables(tmp_path / FILE))
    assert _answers(other) == _answers(TypoIndex(PAIRS + [("қабат", 9)], tables=ShippedTables(tmp_path / "none")))
    _write(tmp_path / FILE, PAIRS[:3], version=FORMAT_VERSION + 1)
    assert ShippedTables(tmp_path / FILE).arrays(5, 1, "қ")(len(prefixes), prefixes_digest(prefixes)) is None


def test_the_shipped_file_matches_the_shipped_lexicon():
    """dictionaries/build.py --typo-tables-only was run after the last change of the lexicon: every shard's
    tables are read from the file, and lookups agree with tables built here (a sample of letters)."""
    lex = default_lexicon()
    shipped = ShippedTables(data_dir() / FILE)
    ix = TypoIndex.from_lexicon(lex, tables=shipped)
    hits = []
    for letter in ix.letters():
        for distance in (1, 2):
            forms = ix.forms_starting(letter)
            prefixes = sorted({f[:ix.prefix_length] for f in forms})
            hits.append(shipped.arrays(ix.prefix_length, distance, letter)(len(prefixes), prefixes_digest(prefixes)))
    assert all(h is not None for h in hits)
    words = random.Random(17).sample(ix.forms_starting("б"), 40)
    queries = [w[:2] + w[3:] for w in words] + [w + "ы" for w in words]
    built = TypoIndex.from_lexicon(lex, tables=ShippedTables(data_dir() / "none"))
    assert [ix.lookup(q, 1) for q in queries] == [built.lookup(q, 1) for q in queries]


def test_damaged_or_truncated_files_are_not_used(tmp_path):
    """The shards' bytes are read from the file when first needed (not kept in memory): a file cut short, or
    one without its index line, gives no tables, and the index builds its own (the same answers)."""
    path = tmp_path / FILE
    _write(path, PAIRS[:3])
    prefixes = sorted({w[:5] for w, _ in PAIRS[:3]})
    data = path.read_bytes()
    shards = data.index(b"\n", data.index(b"\n") + 1) + 1  # (where the shards' bytes start)
    for cut in (data[:shards + 5], data[:data.index(b"\n") + 1], data[:data.index(b"\n")], b""):
        path.write_bytes(cut)
        assert ShippedTables(path).arrays(5, 1, "қ")(len(prefixes), prefixes_digest(prefixes)) is None
    built = TypoIndex(PAIRS, tables=ShippedTables(tmp_path / "none"))
    assert _answers(TypoIndex(PAIRS, tables=ShippedTables(path))) == _answers(built)
