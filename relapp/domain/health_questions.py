"""The default check-up questions, in Relapp's own words.

Each is answered 1 (not at all) to 5 (without doubt).  Users can edit the
set; keys stay stable so old answers keep their meaning.
"""

DEFAULT_QUESTIONS: list[tuple[str, str]] = [
    ("their-interests", "Do they feel we look after their interests, not only ours?"),
    ("hard-times", "If things went wrong tomorrow, would they stay with us?"),
    ("recommend", "Would they put our name forward to a peer without being asked?"),
    ("first-call", "When a rival offers them a deal, are we the first people they ring?"),
    ("right-people", "Do we know the people who decide things there today, newcomers included?"),
    ("counterparts", "Does each of our people have someone on their side they work with directly?"),
    ("mutual-purpose", "Is this relationship about what we build together rather than what one side takes?"),
    ("trust-time", "Do we spend real time with them beyond what the work requires?"),
    ("trust-risk-free", "Is working with us free of surprises and risk for them?"),
    ("trust-understanding", "Do we understand their business well enough to spot problems before they do?"),
    ("trust-specialists", "Do we bring in the right experts when they need more than us?"),
    ("trust-earned", "Have our actions, not our words, earned their trust?"),
]

# For an internal customer: a colleague whose work ours serves.  Same
# scale, asked about the relationship inside the firm.
INTERNAL_QUESTIONS: list[tuple[str, str]] = [
    ("internal-know-what-we-do", "Do they know what we do for them, and what it is worth to them?"),
    ("internal-recommend", "Would they speak up for us to colleagues elsewhere in the firm?"),
    ("internal-promises", "Do we deliver what we promise them, when we said we would?"),
    ("internal-their-goals", "Do we know what they are measured on this year, and help them meet it?"),
    ("internal-first-ask", "When they need help, are we the first people they ask?"),
    ("internal-easy", "Is working with us easy for them: no chasing, no surprises?"),
    ("internal-listened", "When they tell us what to change, do they see it change?"),
]


def questions_of_a_new_file() -> list[tuple[str, str, int, str]]:
    """The questions Relapp writes into a data file it creates, as (key,
    text, position, audience), all active: the client set, then the
    internal one.  Any other set is the user's doing (see ``store.user_rows``)."""
    both = [(k, t, "client") for k, t in DEFAULT_QUESTIONS] + [(k, t, "internal") for k, t in INTERNAL_QUESTIONS]
    return [(key, text, position, audience) for position, (key, text, audience) in enumerate(both)]
