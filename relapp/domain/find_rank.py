"""How well a name answers what was typed in the find box.

Lower is better: the whole name, then a name that starts with it, then a
name whose words start with each typed word, then the text somewhere in
it; anything else (a match in another field) comes after.  Case and
accents do not count, so "muller" finds "Müller".
"""

from __future__ import annotations

import unicodedata

EXACT, STARTS, WORD_STARTS, CONTAINS, ELSEWHERE = range(5)


def fold(text: str) -> str:
    """Lower case without accents: the form both sides are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits), folded."""
    return "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()


def name_score(query: str, name: str) -> int:
    wanted, have = " ".join(words(query)), " ".join(words(name))
    if not wanted:
        return ELSEWHERE
    if have == wanted:
        return EXACT
    if have.startswith(wanted):
        return STARTS
    name_words = have.split()
    if all(any(w.startswith(q) for w in name_words) for q in wanted.split()):
        return WORD_STARTS
    if wanted in have:
        return CONTAINS
    return ELSEWHERE


def contains_all(query: str, *fields: str) -> bool:
    """Every typed word appears somewhere in the fields (in any order)."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(q in haystack for q in words(query))
