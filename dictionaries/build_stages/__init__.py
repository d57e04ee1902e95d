"""The stages of the dictionary build, run in order by ``dictionaries/build.py``.

``sources`` reads the tesseract word list and hunspell-kk; ``corpus_counts`` counts the ``sentences.txt``
halves of the corpora; ``forms`` cleans the web list; ``stems`` makes the stem list; ``glued`` finds the
glued pairs; ``compounds`` the hyphenated compounds; ``bases`` the inflection bases; ``foreign`` the Russian
and English lists; ``write`` writes the versioned gzip files.  ``letters``, ``analyzer`` and ``common``
hold what several stages share.
"""
