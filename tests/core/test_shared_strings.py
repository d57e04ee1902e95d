"""Memos keep one string per word (core.context.shared: interned), with the same contents and answers."""
import pickle

from kaznorm.core.context import BoundedDict, BoundedSet, shared
from kaznorm.lexicon.folding import fold


def _copy(s: str) -> str:
    return "".join(list(s))  # an equal str that is another object


def test_shared_is_equal_and_one_object():
    a, b = _copy("кітаптар"), _copy("кітаптар")
    assert a is not b and shared(a) is shared(b) and shared(a) == a
    t = shared((_copy("өте"), True, 3))
    assert t == ("өте", True, 3) and t[0] is shared("өте")
    for x in (None, 5, ("a", None), frozenset({"x"})):
        assert shared(x) == x


class Word(str):
    pass


def test_bounded_containers_keep_one_string_and_answer_alike():
    s, d = BoundedSet(3), BoundedDict(3)
    w1, w2 = _copy("жақсы"), _copy("жақсы")
    s.add(w1)
    d[(w2, False)] = 1
    assert next(iter(s)) is next(iter(d))[0]
    s.update([_copy("бала"), Word("ана")])
    d.update({_copy("бала"): 2})
    assert s == {"жақсы", "бала", "ана"} and d == {("жақсы", False): 1, "бала": 2}
    s.add("тағы")  # past the limit: emptied first
    assert s == {"тағы"}
    assert pickle.loads(pickle.dumps(d)) == d and pickle.loads(pickle.dumps(s)) == s


def test_fold_answers_alike_for_str_subclasses_and_copies():
    assert fold(_copy("Қазақ")) == "қазақ" and type(fold(Word("Ана"))) is str and fold(Word("ана")) == "ана"
    a = _copy("мектеп")
    assert fold(a) == a and fold(_copy("мектеп")) is fold(a)


def test_fold_all_is_the_set_of_folds():
    from kaznorm.lexicon.data import data_dir, read_sections
    from kaznorm.lexicon.folding import fold_all

    shipped = read_sections(data_dir() / "compounds.txt.gz", "compounds")["compounds"]
    odd = ["Бір-бірі", "ə-ə", "ai-ai", "ҚАЗАҚ-СТАН", "", "a\nb", "İstanbul", "ΣΑΣ", "бір-бір", "бір-бір"]
    variants = [["ɵ-ɵ"], ["ӊ"], shipped + ["ѳ"], ["ǝ"], ["Ӛ-ӛ"], ["ӛ".upper()]]  # (every letter the fold changes)
    for words in (shipped, shipped + odd, odd, [], ["ә-ә"], [Word("ана-ана")], *variants):
        assert fold_all(words) == frozenset(fold(w) for w in words)
    assert fold_all(iter(["ай-ай", "ай-ай"])) == {"ай-ай"}
