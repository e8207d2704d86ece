"""Who a brief or summary is made for, and what each audience may read.

- **me**: everything, the personal side of people included; for my eyes.
- **team** ("our team"): everything but the personal side; the default,
  because documents get passed round inside the firm.
- **client** ("the client"): a handout for the people across the table:
  the account at a glance, the work we do together and the next steps we
  agreed.  No stances, worries, risks, coverage, health scores, balance or
  personal side: nothing they should not read about themselves.
"""

from __future__ import annotations

from relapp.domain.bad_input import BadInput

AUDIENCES = ("me", "team", "client")
DEFAULT_AUDIENCE = "team"
AUDIENCE_LABELS = {"me": "Me", "team": "Our team", "client": "The client"}
AUDIENCE_NOTES = {
    "me": "includes the personal side of people (family, interests, private notes): keep it to yourself",
    "team": "for our team: the personal side of people is left out",
    "client": "a handout for the client: the account at a glance, our joint work and the next steps agreed; "
              "no stances, worries, risks, coverage, health scores or personal side",
}


def audience_for(audience: str | None, include_personal: bool = False) -> str:
    """The audience asked for; ``include_personal`` alone (the older switch) means "me"."""
    if audience is None:
        return "me" if include_personal else DEFAULT_AUDIENCE
    if audience not in AUDIENCES:
        raise BadInput("audience must be one of {audiences}, not {audience}", audiences=", ".join(AUDIENCES),
                       audience=repr(audience))
    if include_personal and audience != "me":
        raise BadInput("the personal side is for 'me' alone, not for audience {audience}", audience=repr(audience))
    return audience
