"""What colleagues change in a team database, as kinds of data.

The database notifies every committed write (store/team_notify.py); this
turns those notices into what the views subscribe to: the kinds of data
changed (the names of ``relapp.gui.operations.KINDS``), leaving out what
this process wrote itself (its views were told already, by the step that
made the change).  A notice never says which account changed (a login
must not learn of accounts it cannot see), so a change concerns any
account: each view showing that kind of data reads it again, and sees
what its login may see.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from typing import Callable

from relapp.store.team_notify import ChangeListener, Notice

TABLE_KINDS: dict[str, tuple[str, ...]] = {
    "account": ("accounts",), "account_team": ("accounts", "team"), "team_member": ("team",),
    "stakeholder": ("people",), "contact_detail": ("people",), "stakeholder_change": ("people",),
    "stakeholder_link": ("links",), "tie": ("ties",),
    "entry": ("entries",), "entry_stakeholder": ("entries",), "entry_member": ("entries",),
    "commitment": ("promises",), "checkup": ("checkups",), "checkup_answer": ("checkups",),
    "health_question": ("checkups",), "map_position": ("positions",),
    "meeting": ("meetings",), "meeting_attendee": ("meetings",),
    "attention_state": ("attention",), "setting": ("settings",),
    "account_stage": ("plan",), "account_intent": ("plan",), "objective": ("plan",),
    "objective_progress": ("plan",), "opportunity": ("plan",),
    "tag": ("tags",), "account_tag": ("tags",), "stakeholder_tag": ("tags",), "member_tag": ("tags", "team"),
    "key_date": ("dates",),
}


@dataclass(frozen=True)
class TeamChange:
    kinds: frozenset[str]


def this_process_name() -> str:
    """The name every connection of this process gives the server
    (``application_name``), so its own writes can be told apart."""
    return f"relapp {socket.gethostname()} {os.getpid()}"[:63]


def name_connections() -> None:
    """Make every connection this process opens from now on carry
    ``this_process_name`` (libpq reads PGAPPNAME)."""
    os.environ["PGAPPNAME"] = this_process_name()


def summarise(notices: list[Notice], own_name: str | None = None) -> TeamChange | None:
    """The kinds of data ``notices`` written by others changed; None when nothing is left."""
    kinds = {kind for notice in notices if own_name is None or notice.writer != own_name
             for kind in TABLE_KINDS.get(notice.table, ())}
    return TeamChange(frozenset(kinds)) if kinds else None


class ChangeFeed:
    """Listens to a team database in a background thread and calls
    ``on_change(TeamChange)`` from that thread for what others changed."""

    def __init__(self, url: str, on_change: Callable[[TeamChange], None], own_name: str | None = None):
        self._own = own_name if own_name is not None else this_process_name()
        self._on_change = on_change
        self._listener = ChangeListener(url, self._arrived)

    @property
    def listening(self):
        return self._listener.listening

    def start(self) -> None:
        self._listener.start()

    def stop(self) -> None:
        self._listener.stop()

    def _arrived(self, notices: list[Notice]) -> None:
        change = summarise(notices, self._own)
        if change is not None:
            self._on_change(change)
