"""Find anything: one query over accounts, people on both sides, journal
entries, promises and board meetings, grouped by kind, best match first.

Everything large is searched through an index: people and entries through
their full-text tables (the last entries written first, without counting
every match), the rest are short tables read with one LIKE condition per
word.
The window's find box (Ctrl+K) and ``relapp search`` both ask here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.domain.find_rank import ELSEWHERE, WORD_STARTS, contains_all, name_score, words
from relapp.store import fts
from relapp.store.dates import stored_day
from relapp.store.binding import bound_database

# The groups in the order they are shown when their best matches are equal.
KINDS = ("account", "stakeholder", "member", "entry", "promise", "meeting")
KIND_LABELS = {"account": "Accounts", "stakeholder": "Their people", "member": "Our team",
               "entry": "Journal", "promise": "Promises", "meeting": "Board meetings"}


@dataclass(frozen=True)
class Found:
    kind: str  # one of KINDS
    id: int
    title: str
    account: str  # the account's name ("" for our team)
    account_id: int | None
    detail: str  # one line that says why this is the one (email, day, …)
    score: int  # lower is better (relapp.domain.find_rank)


@dataclass(frozen=True)
class TagScope:
    """What carries one tag: accounts (with everything recorded under
    them), people on their side and ours."""

    accounts: frozenset[int]
    stakeholders: frozenset[int]
    members: frozenset[int]

    def admits(self, found: Found) -> bool:
        if found.kind == "stakeholder":
            return found.id in self.stakeholders or found.account_id in self.accounts
        if found.kind == "member":
            return found.id in self.members
        if found.kind == "account":
            return found.id in self.accounts
        return found.account_id in self.accounts


def tag_scope(tag_id: int) -> TagScope:
    from relapp.services.tags import owners_tagged

    return TagScope(frozenset(owners_tagged("account", tag_id)), frozenset(owners_tagged("stakeholder", tag_id)),
                    frozenset(owners_tagged("member", tag_id)))


# With a tag, each kind is read this many times deeper before the tag's
# filter, so a tag that covers a few accounts still fills its groups.
TAG_DEPTH = 10


def search(text: str, limit: int = 8, tag_id: int | None = None) -> list[Found]:
    """At most ``limit`` of each kind; groups ordered by their best match.
    With ``tag_id`` only what carries the tag (or belongs to an account
    that does); with a tag and no words, everything tagged."""
    scope = tag_scope(tag_id) if tag_id is not None else None
    if fts.match_query(text or "") is None:
        return _tagged(scope, limit) if scope is not None else []
    fts.search_ready(bound_database())  # what was written since the last search is found too
    depth = limit * TAG_DEPTH if scope is not None else limit
    accounts = _accounts(text)
    groups = []
    # People of an organisation whose name has a word starting with the
    # text ("acme" brings Acme's people; "st" does not bring Eastholm's).
    organisations = [a.id for a in accounts if a.score <= WORD_STARTS][:20]
    for group in (accounts[:depth], _stakeholders(text, depth, organisations), _members(text, depth),
                  _entries(text, depth), _promises(text, depth), _meetings(text, depth)):
        kept = [f for f in group if scope is None or scope.admits(f)][:limit]
        if kept:
            groups.append(kept)
    groups.sort(key=lambda g: (g[0].score, KINDS.index(g[0].kind)))
    return [found for group in groups for found in group]


def _tagged(scope: TagScope, limit: int) -> list[Found]:
    """Everything that carries the tag itself, by name."""
    found = []
    for kind, table, ids in (("account", "account", scope.accounts), ("stakeholder", "stakeholder", scope.stakeholders),
                             ("member", "team_member", scope.members)):
        if not ids:
            continue
        marks = ",".join("?" * len(ids))
        if kind == "stakeholder":
            sql = (f"SELECT s.id, s.name, a.name, s.account_id, s.title FROM stakeholder s "
                   f"JOIN account a ON a.id = s.account_id WHERE s.id IN ({marks})")
        elif kind == "account":
            sql = f"SELECT id, name, name, id, industry FROM account WHERE id IN ({marks})"
        else:
            sql = f"SELECT id, name, '', NULL, role FROM team_member WHERE id IN ({marks})"
        rows = sorted(_rows(sql, sorted(ids)), key=lambda r: r[1].casefold())[:limit]
        found += [Found(kind, ident, name, account, account_id, detail, ELSEWHERE)
                  for ident, name, account, account_id, detail in rows]
    return found


def _best(found: list[Found], limit: int) -> list[Found]:
    return sorted(found, key=lambda f: (f.score, f.title.casefold()))[:limit]


def _like_all(columns: list[str], text: str) -> tuple[str, list]:
    """SQL: every typed word in one of the columns (LIKE ignores ASCII case)."""
    clauses, params = [], []
    for word in words(text):
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [pattern] * len(columns)
    return " AND ".join(clauses) or "1", params


def _rows(sql: str, params: list) -> list[tuple]:
    return bound_database().execute_sql(sql, params).fetchall()


def _accounts(text: str) -> list[Found]:
    """Every account that matches, best first.  SQL narrows the list
    (LIKE ignores ASCII case); names with other letters are compared in
    Python, where accents do not count either."""
    where, params = _like_all(["name", "industry"], text)
    found = []
    for ident, name, industry, archived in _rows(
            f"SELECT id, name, industry, archived FROM account WHERE ({where}) "
            f"OR name GLOB '*[^ -~]*' OR industry GLOB '*[^ -~]*'", params):
        if contains_all(text, name, industry):
            detail = ", ".join(x for x in (industry, "archived" if archived else "") if x)
            found.append(Found("account", ident, name, name, ident, detail, name_score(text, name)))
    return _best(found, len(found))


def _stakeholders(text: str, limit: int, account_ids: list[int]) -> list[Found]:
    """By name, title, department and email (full text, any word's start),
    further emails and phones, and by the organisation they work for
    (``account_ids``: the accounts the text found)."""
    match = fts.match_query(text)
    ids: set[int] = set()
    # Those whose name matches first, then any field: enough of each to
    # rank, never every "st…" among twenty thousand people.
    depth = max(limit * 10, 50)
    for names_only in (True, False):
        condition, param = fts.match("stakeholder", match, first_column_only=names_only)
        ids |= {r[0] for r in _rows(f"SELECT rowid FROM stakeholder_fts WHERE {condition} LIMIT ?", [param, depth])}
    where, params = _like_all(["value"], text)
    ids |= {r[0] for r in _rows(f"SELECT stakeholder_id FROM contact_detail WHERE {where} LIMIT ?", [*params, depth])}
    if account_ids:
        marks = ",".join("?" * len(account_ids))
        ids |= {r[0] for r in _rows(f"SELECT id FROM stakeholder WHERE account_id IN ({marks}) LIMIT ?",
                                    [*account_ids, depth])}
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = []
    for ident, name, title, email, account_id, account in _rows(
            f"SELECT s.id, s.name, s.title, s.email, s.account_id, a.name FROM stakeholder s "
            f"JOIN account a ON a.id = s.account_id WHERE s.id IN ({marks})", sorted(ids)):
        detail = " · ".join(x for x in (title, email) if x)
        score = name_score(text, name)
        if score == ELSEWHERE and contains_all(text, account) and not contains_all(text, title, email):
            score += 1  # only their organisation matched: after those matched themselves
        found.append(Found("stakeholder", ident, name, account, account_id, detail, score))
    return _best(found, limit)


def _members(text: str, limit: int) -> list[Found]:
    found = []
    for ident, name, role, email, kind in _rows("SELECT id, name, role, email, kind FROM team_member", []):
        if contains_all(text, name, role, email):
            detail = " · ".join(x for x in (role, email) if x)
            found.append(Found("member", ident, name, "", None, detail, name_score(text, name)))
    return _best(found, limit)


def _entries(text: str, limit: int) -> list[Found]:
    """The latest entries the full-text index matches (highest ids: the
    last written), without counting every match as the journal must."""
    condition, param = fts.match("entry", fts.match_query(text))
    ids = [r[0] for r in _rows(f"SELECT rowid FROM entry_fts WHERE {condition} ORDER BY rowid DESC LIMIT ?",
                               [param, limit])]
    if not ids:
        return []
    found = [Found("entry", ident, title, account, account_id, _day(day), name_score(text, title))
             for ident, day, title, account_id, account in _rows(
                 f"SELECT e.id, e.day, e.title, e.account_id, a.name FROM entry e JOIN account a "
                 f"ON a.id = e.account_id WHERE e.id IN ({','.join('?' * len(ids))}) "
                 f"ORDER BY e.day DESC, e.id DESC", ids)]
    # Title matches before matches in the notes; each kind of match stays newest first.
    return sorted(found, key=lambda f: f.score)


def _promises(text: str, limit: int) -> list[Found]:
    where, params = _like_all(["c.description"], text)
    found = []
    for ident, description, due, status, person, account_id, account in _rows(
            f"SELECT c.id, c.description, c.due, c.status, s.name, s.account_id, a.name FROM commitment c "
            f"JOIN stakeholder s ON s.id = c.stakeholder_id JOIN account a ON a.id = s.account_id "
            f"WHERE {where} ORDER BY c.status != 'open', c.due LIMIT ?", [*params, limit * 4]):
        detail = f"to {person} · due {_day(due)}" + ("" if status == "open" else f" · {status}")
        found.append(Found("promise", ident, description, account, account_id, detail,
                           name_score(text, description)))
    return sorted(found, key=lambda f: f.score)[:limit]


def _meetings(text: str, limit: int) -> list[Found]:
    where, params = _like_all(["m.title", "m.goals"], text)
    found = []
    for ident, title, day, account_id, account in _rows(
            f"SELECT m.id, m.title, m.day, m.account_id, a.name FROM meeting m JOIN account a ON a.id = m.account_id "
            f"WHERE {where} ORDER BY m.day DESC LIMIT ?", [*params, limit * 4]):
        found.append(Found("meeting", ident, title, account, account_id, _day(day), name_score(text, title)))
    return sorted(found, key=lambda f: f.score)[:limit]


def _day(value) -> str:
    day = stored_day(value)
    return day.isoformat() if isinstance(day, dt.date) else str(value)
