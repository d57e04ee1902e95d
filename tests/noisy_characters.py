"""Characters the character-level steps act on, for the property tests (step tests and the contract).

Invisible and control characters, odd spaces, Latin look-alike and variant letters, combining marks,
other scripts; and the KZ-font / PTCP154 letters and mojibake pieces the encoding step reads.
"""
from hypothesis import strategies as st

CHARACTERS = (
    list("абвқыіңәұүөһ АБҚІӘ aceopxyhiABCEHIKMOPTX əƏɵƟӛӊ¥θѳ 0123456789.,-@/:\n\t\r")
    + ["\u00a0", "\u00ad", "\u00ac", "\u200b", "\u200c", "\u200d", "\ufeff", "\u200e", "\u0301", "\u0306",
       "\u0308", "\x00", "\x0b", "\x0c", "\x85", "\u2028", "\u2011", "\u202f", "\u3000", "ا", "ไ", "👩"]
)
NOISY_ALPHABET = st.sampled_from(CHARACTERS)
NOISY = st.text(alphabet=NOISY_ALPHABET, max_size=80)
ANY = st.one_of(st.text(max_size=60), NOISY)

# the encoding step: KZ-font / PTCP154 letters and symbols, mojibake pieces, decomposing marks
SUSPICIOUS_CHARACTERS = list("ЈјЄєЌќЅѕҐґЎўЇїЋћЃѓЊњ¤µ¦±‡‰ÐÑÒÓâ€™šРСТУ°±") + ["\u0301", "\u0306", "\u0308"]
SUSPICIOUS = st.sampled_from(SUSPICIOUS_CHARACTERS)
WORDISH = st.text(alphabet=st.one_of(SUSPICIOUS, st.sampled_from(list("абқыіңә ұүө\n.,-aeo1"))), max_size=60)
