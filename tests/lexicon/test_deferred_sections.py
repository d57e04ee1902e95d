"""The shipped lexicon file is unzipped only up to its counted forms when loaded; the uncounted forms and the
names (a Deferred) are read when first asked, and answer like the file read as a whole (read_sections)."""
import gzip
import pickle
import random
import threading

import pytest

from kaznorm.lexicon import LexiconDataError
from kaznorm.lexicon import data as L
from kaznorm.lexicon.wordlists import Deferred, Forms, SortedText


def _eager(directory=None):
    """What load_data read before the sections were deferred: the whole file at once."""
    d = directory or L.data_dir()
    sec = L.read_sections(d / "lexicon.txt.gz", "lexicon", as_text=("uncounted", "names"))
    counted = dict(zip(sec["counted"], map(int, sec["counts"])))
    unc = sec["uncounted"]
    unc = SortedText(unc + "\n" if unc else "") if isinstance(unc, str) else unc
    names = sec["names"]
    names = SortedText(names + "\n" if names else "") if isinstance(names, str) else SortedText("\n".join(names) + "\n")
    return counted, Forms(counted, unc), names


def test_deferred_answers_like_what_it_stands_for():
    calls = []
    st = SortedText("а\nбала\nқала\n")
    d = Deferred(lambda: calls.append(1) or st, 3)
    assert len(d) == 3 and not calls  # (its length is known without making it)
    assert "бала" in d and "бал" not in d and calls == [1]
    assert list(d) == ["а", "бала", "қала"] and d.has_prefix("қа") and d.text == st.text and calls == [1]
    assert len(Deferred(lambda: [1, 2])) == 2
    back = pickle.loads(pickle.dumps(Deferred(lambda: st)))
    assert back.__class__ is SortedText and back.text == st.text
    f = Forms({"ата": 2}, Deferred(lambda: st, 3))
    assert len(f) == 4 and "ата" in f and "қала" in f and "қал" not in f and f.sorted is st
    assert list(f) == ["ата", "а", "бала", "қала"]


def test_shipped_sections_read_on_first_use_answer_like_the_whole_file():
    data = L.load_data(stems=False)
    forms, names = data["forms"], data["names"]
    counted, eager_forms, eager_names = _eager()
    assert data["counts"] == counted
    assert isinstance(forms._sorted, Deferred) and isinstance(names, Deferred)  # (not read yet)
    assert len(forms) == len(eager_forms) and len(names) == len(eager_names)
    rnd = random.Random(17)
    unc = eager_forms.sorted.lines()
    sample = rnd.sample(unc, 300) + rnd.sample(list(counted), 100) + rnd.sample(list(eager_names), 100)
    probes = sample + [w[:-1] for w in sample] + [w + "а" for w in sample] + ["", "\n", "а\nб"]
    for p in probes:
        assert (p in forms) == (p in eager_forms), p
        assert (p in names) == (p in eager_names), p
    assert forms.sorted.__class__ is SortedText and forms.sorted.text == eager_forms.sorted.text
    assert names.get().text == eager_names.text
    assert list(forms) == list(eager_forms)


def test_first_use_from_many_threads_reads_once():
    data = L.load_data(stems=False)
    forms, names = data["forms"], data["names"]
    word = L.load_data(stems=False)["forms"].sorted.lines()[1234]
    got = []
    threads = [threading.Thread(target=lambda: got.append((word in forms, "ъъъ" in names))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [(True, False)] * 8


def _write(path, text):
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(text)


def _copy_compounds(tmp_path):
    (tmp_path / "compounds.txt.gz").write_bytes((L.data_dir() / "compounds.txt.gz").read_bytes())


def test_small_and_odd_files_read_like_the_whole_file(tmp_path):
    _copy_compounds(tmp_path)
    head = f"#kaznorm lexicon format {L.FORMAT_VERSION}\n#counted 2\nбала\nқала\n#counts 2\n5\n3\n"
    bodies = {
        "plain": head + "#uncounted 3\nа\nай\nәке\n#names 2\nалматы\nастана\n",
        "one uncounted": head + "#uncounted 1\nа\n#names 0\n",
        "empty uncounted line": head + "#uncounted 1\n\n#names 1\nалматы\n",
        "hash line": head + "#uncounted 3\nа\n#ай\nәке\n#names 1\nалматы\n",
        "no counted": f"#kaznorm lexicon format {L.FORMAT_VERSION}\n#uncounted 2\nа\nай\n#counted 0\n#counts 0\n#names 0\n",
    }
    for label, text in bodies.items():
        _write(tmp_path / "lexicon.txt.gz", text)
        data = L.load_data(tmp_path, stems=False)
        counted, forms, names = _eager(tmp_path)
        assert data["counts"] == counted, label
        assert len(data["forms"]) == len(forms) and list(data["forms"]) == list(forms), label
        for p in ("а", "ай", "#ай", "әке", "бала", "", "алматы", "астана", "х"):
            assert (p in data["forms"]) == (p in forms) and (p in data["names"]) == (p in names), (label, p)


def test_a_damaged_rest_is_a_clear_error_on_first_use(tmp_path):
    _copy_compounds(tmp_path)
    raw = (L.data_dir() / "lexicon.txt.gz").read_bytes()
    (tmp_path / "lexicon.txt.gz").write_bytes(raw[:len(raw) - 1000])  # (cut inside the uncounted forms)
    data = L.load_data(tmp_path, stems=False)
    assert "бала" in data["forms"]  # (a counted form: nothing more read)
    with pytest.raises(LexiconDataError, match="damaged"):
        "ъъъ" in data["forms"]
    _write(tmp_path / "lexicon.txt.gz", f"#kaznorm lexicon format {L.FORMAT_VERSION}\n#counted 1\nа\n#counts 1\n1\n"
                                        "#uncounted 2\nа\nб\n")
    with pytest.raises(LexiconDataError, match="names"):
        "б" in L.load_data(tmp_path, stems=False)["forms"]
