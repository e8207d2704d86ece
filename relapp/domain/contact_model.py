"""Which of the four contact models the ties between the two teams form.

Weights: each tie between one of ours and one of theirs weighs its strength
(1–5) plus the number of journal entries in the last year that both took part
in, so the classification reflects both how well people know each other and
how much they actually deal with each other.

Rules, applied in this order (``ours``/``theirs`` = people with at least one
tie, ``share`` = the heaviest pair's part of the total weight, ``density`` =
tied pairs / (ours × theirs)):

1. no ties at all → ``None`` (too few ties to say anything);
2. one of ours and one of theirs → **bow tie**;
3. ``share >= 0.5`` → **bow tie**: whatever else exists, one pair carries
   half of the relationship, and losing either person loses the account;
4. one of ours (several of theirs), or several of ours and one of theirs →
   **one-on-many**;
5. ``density >= 0.4`` and ``share < 0.35`` → **diamond**: many cross ties,
   nobody dominant.  0.4 means on average each person is tied to at least
   two fifths of the other side — with 3×3 that is four pairs or more;
6. otherwise → **cotton reel**: several people on each side, linked through
   few pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from relapp.domain.phrases import Phrase, label, phrase

BOW_TIE_SHARE = 0.5
DIAMOND_DENSITY = 0.4
DIAMOND_MAX_SHARE = 0.35


@dataclass(frozen=True)
class Classification:
    model: str
    reason: str
    ours: int
    theirs: int
    density: float
    top_pair: tuple[str, str] | None = None
    top_share: float = 0.0
    weights: dict[tuple[str, str], float] = field(default_factory=dict, compare=False)
    # ``reason`` as a template and its values, which the window translates
    # (relapp/gui/phrase_texts.py); ``reason`` stays English.
    words: Phrase | None = field(default=None, compare=False)


def classify(weights: dict[tuple[str, str], float]) -> Classification | None:
    """Classify the ties ``{(our person, their person): weight}``.

    Pairs with zero or negative weight are ignored.
    """
    pairs = {pair: float(w) for pair, w in weights.items() if w > 0}
    if not pairs:
        return None
    ours = {a for a, _ in pairs}
    theirs = {b for _, b in pairs}
    total = sum(pairs.values())
    # Ties broken by name so the result does not depend on dict order.
    top_pair, top_weight = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    share = top_weight / total
    density = len(pairs) / (len(ours) * len(theirs))
    n_ours, n_theirs = len(ours), len(theirs)

    def result(model: str, words: Phrase) -> Classification:
        return Classification(model, str(words), n_ours, n_theirs, density, top_pair, share, pairs, words)

    member, person = top_pair
    if n_ours == 1 and n_theirs == 1:
        return result("bow tie", phrase("{member} and {person} are the only link between the teams",
                                        member=member, person=person))
    if share >= BOW_TIE_SHARE:
        return result("bow tie", phrase("{member} and {person} carry {share:.0%} of the relationship",
                                        member=member, person=person, share=share))
    if n_ours == 1:
        return result("one-on-many", phrase("{member} alone holds all {count} ties on our side",
                                            member=member, count=n_theirs))
    if n_theirs == 1:
        return result("one-on-many", phrase("all {count} of ours deal only with {person}",
                                            count=n_ours, person=person))
    if density >= DIAMOND_DENSITY and share < DIAMOND_MAX_SHARE:
        return result("diamond", phrase("{pairs} cross ties among {ours} of ours and {theirs} of theirs, "
                                        "no pair above {share:.0%}",
                                        pairs=len(pairs), ours=n_ours, theirs=n_theirs, share=share))
    return result("cotton reel", phrase("{ours} of ours and {theirs} of theirs meet through only "
                                        "{pairs} of {possible} possible pairs",
                                        ours=n_ours, theirs=n_theirs, pairs=len(pairs), possible=n_ours * n_theirs))


def untied_people(weights: dict[tuple[str, str], float], their_people: list[str]) -> list[str]:
    """Their people without any tie to ours: where to add ties to move a
    relationship towards a wider model (one-on-many, diamond)."""
    tied = {b for (_, b), w in weights.items() if w > 0}
    return [p for p in their_people if p not in tied]


# From the narrowest contact pattern to the broadest: moving right means more
# of our people know more of theirs.
BREADTH = {"bow tie": 0, "one-on-many": 1, "cotton reel": 2, "diamond": 3}


def advice(current: str | None, target: str | None, untied: list[str],
           top_pair: tuple[str, str] | None, shown: int = 5) -> str | None:
    """What would move the relationship from ``current`` towards ``target``,
    in one sentence, or None when there is nothing to say (``advice_phrase``
    says why)."""
    words = advice_phrase(current, target, untied, top_pair, shown)
    return None if words is None else str(words)


def advice_phrase(current: str | None, target: str | None, untied: list[str],
                  top_pair: tuple[str, str] | None, shown: int = 5) -> Phrase | None:
    """``advice()`` as a phrase the window translates.

    Only a broadening can be advised: when the pattern is already as broad
    as the target (a diamond aiming at a cotton reel, say), the useful advice
    is to keep those ties alive, not to drop any."""
    if target is None or current == target:
        return None
    if current is not None and BREADTH.get(current, 0) > BREADTH.get(target, 0):
        return phrase("Already broader than a {target}: keep these ties warm.", target=label(target))
    if untied:
        people = ", ".join(untied[:shown])
        if len(untied) > shown:
            return phrase("To move towards it, tie our people to: {people} and {more} more",
                          people=people, more=len(untied) - shown)
        return phrase("To move towards it, tie our people to: {people}", people=people)
    if top_pair is not None:
        return phrase("To move towards it, spread contact beyond {member} and {person}",
                      member=top_pair[0], person=top_pair[1])
    return None
