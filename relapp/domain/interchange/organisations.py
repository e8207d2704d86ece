"""Matching organisation names from a contact file to accounts.

"ACME Inc.", "Acme, Inc" and "acme" are the same client; "Acme Labs" is only
close to it, and the user decides whether it is the same.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

# Legal forms that say nothing about which client it is (lower case, no dots).
LEGAL_SUFFIXES = (
    "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "llp", "lp", "ltd", "limited",
    "plc", "gmbh", "mbh", "ag", "kg", "gmbh co kg", "ug", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
    "oy", "oyj", "ab", "aktiebolag", "as", "asa", "aps", "pty", "pty ltd", "kk", "sl", "sro", "sp z oo", "ohg", "ev",
)
_SUFFIX_WORDS = sorted((tuple(s.split()) for s in LEGAL_SUFFIXES), key=len, reverse=True)
NEAR_MATCH_CUTOFF = 0.8


def organisation_key(name: str) -> str:
    """The name with case, accents, punctuation and legal form removed."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # "S.A." and "SA" are one legal form: dots go before words are split.
    text = text.replace("&", " and ").replace(".", "")
    words = re.sub(r"[^\w]+", " ", text).split()
    # Strip trailing legal forms, repeatedly ("Foo GmbH & Co. KG").
    changed = True
    while changed and len(words) > 1:
        changed = False
        for suffix in _SUFFIX_WORDS:
            n = len(suffix)
            if len(words) > n and tuple(words[-n:]) == suffix:
                words = words[:-n]
                if words and words[-1] == "and":
                    words = words[:-1]
                changed = True
                break
    return " ".join(words)


def near_matches(name: str, candidates: dict[str, str], limit: int = 3) -> list[str]:
    """Existing names (``candidates``: key → name) that are close to ``name``
    without being the same."""
    key = organisation_key(name)
    close = difflib.get_close_matches(key, list(candidates), n=limit, cutoff=NEAR_MATCH_CUTOFF)
    # "Northwind" and "Northwind Traders" may be one client or two.
    close += [k for k in candidates if k not in close and key and k
              and (k.startswith(key + " ") or key.startswith(k + " "))]
    return [candidates[k] for k in close[:limit] if k != key]
