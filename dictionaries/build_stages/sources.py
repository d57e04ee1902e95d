"""Read the two dictionary sources: the word list of Debian's tesseract-ocr-kaz (its LSTM word DAWG) and
hunspell-kk (entries with affix classes, the suffix rules, the forms they generate), and drop the hunspell
entries that are Russian-keyboard spellings or noise."""
from __future__ import annotations

import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kaznorm.kazakh.alphabet import NON_RUSSIAN_LOWER
from kaznorm.kazakh.errors import russian_layout_spellings

from .common import log
from .letters import LOOKALIKE

VERB_FLAGS = set("MmNnOoPpQqRrSsTtUuVvWwXxYyZz")


def web_list(tess_list: str | None, tessdata: str | None) -> list[str]:
    """The raw tesseract entries: from an already extracted list, or unpacked from kaz.traineddata."""
    if tess_list:
        raw = [w for w in Path(tess_list).read_text(encoding="utf-8").split("\n") if w]
    else:
        raw = tesseract_words(tessdata)
    log(f"tesseract: {len(raw)} raw entries")
    return raw


def hunspell_source(prefix: str):
    """hunspell-kk's (entries, rules), look-alike letters of the entries normalised."""
    entries, rules = read_hunspell(Path(prefix + ".dic"), Path(prefix + ".aff"))
    entries = [(w.translate(LOOKALIKE), f) for w, f in entries]
    log(f"hunspell: {len(entries)} entries")
    return entries, rules


def tesseract_words(traineddata: str | None) -> list[str]:
    """The word list of Debian's kaz.traineddata (LSTM word DAWG)."""
    if traineddata is None:
        cands = sorted(Path("/usr/share/tesseract-ocr").glob("*/tessdata/kaz.traineddata"))
        if not cands:
            sys.exit("kaz.traineddata not found: apt-get install tesseract-ocr tesseract-ocr-kaz (or --tessdata)")
        traineddata = str(cands[-1])
    for tool in ("combine_tessdata", "dawg2wordlist"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} not found: apt-get install tesseract-ocr")
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "kaz.")
        subprocess.run(["combine_tessdata", "-u", traineddata, prefix], check=True, stdout=subprocess.DEVNULL)
        out = os.path.join(tmp, "words.txt")
        subprocess.run(["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as fh:
            return [w for w in fh.read().split("\n") if w]


def read_hunspell(dic_path: Path, aff_path: Path):
    """(entries [(word, flags)], rules {flag: [(strip, add, regex)]}) from a hunspell pair."""
    text = dic_path.read_text(encoding="utf-8-sig")
    entries = []
    for line in text.splitlines()[1:]:
        line = line.strip()
        if not line:
            continue
        word, _, flags = line.partition("/")
        entries.append((word, flags))
    rules: dict[str, list] = collections.defaultdict(list)
    for line in aff_path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            flag, strip, add, cond = parts[1], parts[2], parts[3], parts[4]
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add.split("/")[0]
            rules[flag].append((strip, add, re.compile("(?:" + ("." if cond == "." else cond) + ")$")))
    return entries, rules


def expand_hunspell(entries, rules) -> set[str]:
    """All forms hunspell generates (one suffix per class, as the .aff defines)."""
    forms = set()
    for word, flags in entries:
        forms.add(word)
        for f in flags:
            for strip, add, cond in rules.get(f, ()):
                if cond.search(word) and (not strip or word.endswith(strip)):
                    forms.add(word[: len(word) - len(strip)] + add)
    return forms


def clean_hunspell_entries(entries, rules, tess_lower, corpus_forms):
    keys = set()
    for w, _ in entries:
        lw = w.lower()
        if any(c in NON_RUSSIAN_LOWER for c in lw):
            keys.update(russian_layout_spellings(lw))
    for w in corpus_forms:
        if any(c in NON_RUSSIAN_LOWER for c in w):
            keys.update(russian_layout_spellings(w))
    kept, junk = [], []
    for w, flags in entries:
        lw = w.lower()
        own = None
        if not any(c in NON_RUSSIAN_LOWER for c in lw) and lw in keys:
            own = {f.lower() for f in expand_hunspell([(w, flags)], rules)}
            if not own & corpus_forms:
                junk.append(lw)
                continue
        if flags[:1] in VERB_FLAGS and len(lw) <= 4 and not lw.endswith("ю"):
            # short verbs: at least two of their finite forms must be attested (noise entries гау, зау)
            own = own or {f.lower() for f in expand_hunspell([(w, flags)], rules)}
            if len((own - {lw}) & (tess_lower | corpus_forms)) < 2:
                junk.append(lw)
                continue
        kept.append((w, flags))
    return kept, junk


def hunspell_forms(entries, rules, tess_lower, corpus_forms):
    """(kept entries, dropped entries, the forms the kept entries generate, lower-cased)."""
    # hunspell-kk lists some Russian-keyboard spellings as entries (жаксы, калган); drop an entry without
    # Kazakh letters when a Kazakh-letter spelling of it is listed or attested and none of its own forms
    # occurs in the clean corpora
    entries, junk_entries = clean_hunspell_entries(entries, rules, tess_lower, corpus_forms)
    log(f"hunspell entries dropped as keyboard spellings or noise: {len(junk_entries)}")
    if os.environ.get("KAZNORM_BUILD_DEBUG"):
        import random
        log(random.Random(1).sample(sorted(junk_entries), min(100, len(junk_entries))))
    hun_forms = {w.lower() for w in expand_hunspell(entries, rules)}
    return entries, junk_entries, hun_forms
