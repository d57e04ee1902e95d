"""INTERFACE CONTRACT (being implemented by the lexicon work; see issue 3).

Word steps use only these names.  Everything loads lazily, once per process.

class Lexicon:
    # construction
    Lexicon.from_words(forms: Mapping[str, int] | Iterable[str], *, stems: Mapping[str, str] = None,
                       compounds: Iterable[str] = (), protected: Iterable[str] = ()) -> Lexicon
        # in-memory lexicon for tests: forms with counts; stems {stem: 'n'|'v'|'x'} for morphology;
        # compounds: hyphenated compounds such as "ата-ана", "бір-бірі".
    with_words(words, protected) -> Lexicon      # user additions (Pipeline.with_words)

    # questions (a word is given as it appears; lookups fold case: "Қазақстан" -> "қазақстан")
    known(word) -> bool          # attested form OR a regular inflection of a known stem (morphology)
    attested(word) -> bool       # in the cleaned word-form list itself
    frequency(word) -> float     # relative frequency in [0, 1); 0.0 when never counted
    logprob(word) -> float       # natural-log probability for segmentation; a floor for known-but-uncounted
                                 # forms; -inf for unknown words
    analyze(word) -> list[Analysis]   # Analysis(stem, pos, suffixes)
    compound(word_with_hyphen) -> bool   # "бір-бірін", "премьер-министрі": known hyphenated compound (inflected ok)
    is_russian(word) / is_english(word) -> bool   # wordfreq ru/en, and not a Kazakh word
    is_protected(word) -> bool   # user-protected terms
    capitalised(word) -> bool    # the form is attested with a capital (a name such as "Қазақстан")

def default_lexicon() -> Lexicon   # lru_cache'd; loads dictionaries shipped with the package
"""
