"""Stage ``typo_tables``: the typo index's delete tables of the shipped lexicon, built once here instead of in
every process (``kaznorm.lexicon.typo_tables``).  It reads the data files the earlier stages wrote (so it can run
by itself on an already built ``dictionaries/data``: ``python dictionaries/build.py --typo-tables-only``) and
builds every shard with kaznorm's own code, for lookups within one edit and within two."""
from __future__ import annotations

from pathlib import Path

from kaznorm.lexicon.data import load_data
from kaznorm.lexicon.lexicon import Lexicon
from kaznorm.lexicon.typo_index import TypoIndex
from kaznorm.lexicon.typo_shard import prefixes_digest
from kaznorm.lexicon.typo_tables import FILE, ShippedTables, write_tables

from .common import log


def write_typo_tables(out: Path) -> None:
    out = Path(out)
    data = load_data(out, stems=False)
    lex = Lexicon(data["counts"], data["forms"])
    # no shipped tables while building them (the file being replaced may be stale)
    ix = TypoIndex.from_lexicon(lex, tables=ShippedTables(out / "no-such-file"))
    shards = {}
    for letter in ix.letters():
        for near in (True, False):
            table = ix.delete_table(letter, near)
            if table is None:
                continue  # a shard the compact encoding does not fit: built per process
            prefixes = [group[0][:ix.prefix_length] for group in table.groups]  # sorted, as the table's ids
            distance = 1 if near and ix.max_edit_distance > 1 else ix.max_edit_distance
            shards[(distance, letter)] = (len(prefixes), prefixes_digest(prefixes), table.keys, table.starts,
                                          table.ids)
    write_tables(out / FILE, ix.prefix_length, shards)
    log(f"typo tables: {len(shards)} shards -> {out / FILE} ({(out / FILE).stat().st_size / 1e6:.1f} MB)")
