"""The words of the product and their allowed values.

Stored values are the short keys; labels are what the user reads.
"""

from __future__ import annotations

from relapp.domain.bad_input import BadInput

PURPOSES = {
    "us": "About us",
    "them": "About them",
    "both": "About both of us",
}

STANCES = {
    "champion": "Champion",
    "supporter": "Supporter",
    "neutral": "Neutral",
    "sceptic": "Sceptic",
    "blocker": "Blocker",
}
# Numeric lean used for ordering and charts: positive is on our side.
STANCE_LEAN = {"champion": 2, "supporter": 1, "neutral": 0, "sceptic": -1, "blocker": -2}

DECISION_ROLES = {
    "decision-maker": "Decision maker",
    "influencer": "Influencer",
    "budget-holder": "Budget holder",
    "gatekeeper": "Gatekeeper",
    "user": "User",
    "advisor": "Advisor",
}

ENTRY_KINDS = {
    "meeting": "Meeting",
    "call": "Call",
    "email": "Email",
    "delivery": "Delivery",
    "issue": "Issue",
    "social": "Social",
    "other": "Other",
}

# TRUST: time together, risk-free to deal with, understanding of their
# business, specialists brought in, trust earned. Stored as a bit mask so a
# filter on one tag is a cheap integer test in SQL.
TRUST_TAGS = {
    "time": ("T", "Time together", 1),
    "risk-free": ("R", "Risk-free to deal with", 2),
    "understanding": ("U", "Understanding their business", 4),
    "specialists": ("S", "Specialists brought in", 8),
    "trust": ("T", "Trust earned", 16),
}

TIE_STRENGTHS = {
    1: "Aware of each other",
    2: "Acquainted",
    3: "Working relationship",
    4: "Trusted",
    5: "Close confidant",
}

CONTACT_MODELS = ("bow tie", "one-on-many", "cotton reel", "diamond")

COMMITMENT_STATUSES = {"open": "Open", "kept": "Kept", "broken": "Broken"}

MEMBER_KINDS = {
    "me": "Me",
    "colleague": "Colleague",
    "internal-customer": "Internal customer",
}

MIN_VALUE, MAX_VALUE = -5, 5
MIN_SCORE, MAX_SCORE = 1, 5


def trust_mask(tags: list[str] | tuple[str, ...] | set[str]) -> int:
    """Turn tag keys into the stored bit mask; unknown keys raise ValueError."""
    mask = 0
    for tag in tags:
        if tag not in TRUST_TAGS:
            raise BadInput("unknown TRUST tag {tag}", tag=repr(tag))
        mask |= TRUST_TAGS[tag][2]
    return mask


def trust_tags(mask: int) -> list[str]:
    """Turn a stored bit mask back into tag keys, in TRUST order."""
    return [key for key, (_, _, bit) in TRUST_TAGS.items() if mask & bit]


# One letter per TRUST tag for typing on a command line: lower case t for
# time together, upper case T for trust earned (their labels share a T).
TRUST_LETTERS = {"t": "time", "r": "risk-free", "u": "understanding", "s": "specialists", "T": "trust"}


def parse_trust(text: str) -> list[str]:
    """Tag keys from ``t,r,u,s,T`` letters or full keys, comma separated;
    unknown ones raise ValueError naming them."""
    tags: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        key = TRUST_LETTERS.get(part)
        if key is None and part in ("R", "U", "S"):  # no clash: accept either case
            key = TRUST_LETTERS[part.lower()]
        if key is None:
            key = part.lower()
        if key not in TRUST_TAGS:
            raise BadInput("unknown TRUST tag {tag} (use t, r, u, s, T or {keys})", tag=repr(part),
                          keys=", ".join(TRUST_TAGS))
        if key not in tags:
            tags.append(key)
    return tags
