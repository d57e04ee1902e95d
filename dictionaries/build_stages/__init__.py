"""The stages of the dictionary build, run in order by ``dictionaries/build.py``.

``sources`` reads the tesseract word list and hunspell-kk; ``corpus_counts`` counts the ``sentences.txt``
halves of the corpora; ``forms`` cleans the web list; ``stems`` makes the stem list; ``glued`` finds the
glued pairs; ``compounds`` the hyphenated compounds; ``bases`` the inflection bases; ``foreign`` the Russian
and English lists; ``write`` writes the versioned gzip files.  ``letters``, ``analyzer`` and ``common``
hold what several stages share.

The build states no Kazakh fact of its own: letters, phonology and the error model come from this
repository's ``kaznorm`` (``src/`` is put first on ``sys.path`` here, before any stage imports it).
"""
import sys
from pathlib import Path

_SRC = str(Path(__file__).resolve().parents[2] / "src")
if _SRC not in sys.path:
    sys.path.insert(0, _SRC)
