"""INTERFACE CONTRACT (being implemented by the morphology work; see issue 3).

Analysis = NamedTuple(stem: str, pos: str, suffixes: tuple[str, ...])

class Analyzer:
    def __init__(self, stems: Mapping[str, str]):  # {lowercase stem: 'n' nominal | 'v' verb stem (no -у) | 'x' uninflected}
    def analyze(self, word: str) -> list[Analysis]   # all parses of a lowercase word into known stem + valid suffix chain
    def accepts(self, word: str) -> bool            # bool(analyze(word)), fast path

Harmony/assimilation per ../shared/docs/KAZAKH_MORPHOLOGY.md.  Must reject glued word pairs and
Russian-keyboard spellings.
"""
