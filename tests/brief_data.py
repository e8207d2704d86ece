"""A small account made through the services for the brief tests, with a
hostile variant whose names and notes try to break out of every format."""

from __future__ import annotations

import datetime as dt

from relapp.services.accounts import create_account
from relapp.services.journal import add_entry
from relapp.services.people import create_member, create_stakeholder, set_tie
from relapp.store.models import Commitment

TODAY = dt.date.today()

HOSTILE_NAME = "Eve <script>alert(1)</script> & *Bold* | [x](http://evil.example/a)"
HOSTILE_NOTE = "<img src=http://evil.example/track.png> # not a heading _under_ `code` ![i](https://evil.example/i.png)"


def make_account(hostile: bool = False) -> dict:
    """Two of their people (one with the personal side filled in), one of
    ours, entries and promises: one overdue, one due later, one kept."""
    account = create_account(name="Northwind <b>Mills</b>" if hostile else "Northwind Mills",
                             purpose="both", our_intent="Become their analytics partner",
                             their_intent="Halve month-end closing time", target_model="diamond")
    me = create_member(name="Robin Vale", role="Account lead", kind="me")
    ada = create_stakeholder(
        account=account.id, name=HOSTILE_NAME if hostile else "Ada Brookfield", title="Chief Financial Officer",
        decision_role="decision-maker", influence=5, stance="supporter",
        family="Twin daughters at primary school", interests="Ocean sailing",
        notes=HOSTILE_NOTE if hostile else "Prefers calls before nine",
        career_goals="Move into a group CFO role", measured_by="Days to close the books",
        worries="Audit findings on revenue recognition", how_we_help="Automate the reconciliation")
    ben = create_stakeholder(account=account.id, name="Ben Castellanos", title="Head of IT", influence=4,
                             stance="sceptic")
    set_tie(me.id, ada.id, 4)
    add_entry(account=account.id, day=TODAY - dt.timedelta(days=20), kind="meeting", value=3,
              title=HOSTILE_NOTE if hostile else "Workshop on the closing calendar",
              stakeholders=[ada.id], members=[me.id])
    add_entry(account=account.id, day=TODAY - dt.timedelta(days=5), kind="issue", value=-2,
              title="Report delivered late", stakeholders=[ada.id, ben.id], members=[me.id])
    overdue = Commitment.create(stakeholder=ada.id, owner=me.id,
                                description=("Send the <b>draft</b> plan [now](http://evil.example)" if hostile
                                             else "Send the draft reconciliation plan"),
                                due=TODAY - dt.timedelta(days=6))
    later = Commitment.create(stakeholder=ben.id, owner=me.id, description="Share the security questionnaire",
                              due=TODAY + dt.timedelta(days=12))
    Commitment.create(stakeholder=ben.id, owner=me.id, description="Fix the login problem",
                      due=TODAY - dt.timedelta(days=40), status="kept", resolved_on=TODAY - dt.timedelta(days=41))
    return {"account": account, "ada": ada, "ben": ben, "me": me, "overdue": overdue, "later": later}
