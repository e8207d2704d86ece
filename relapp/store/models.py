"""Peewee models for the whole vocabulary.

The models start bound to ``NO_DATA`` (every query fails: no data is open);
opening data binds them to its database (``relapp.store.binding``).
Allowed values of the text "key" columns are in ``relapp.domain.vocabulary``
and enforced by the services, and by CHECK constraints where a bad value
would corrupt the product's reasoning (values, scores, influence).
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BooleanField,
    Check,
    CompositeKey,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SQL,
    TextField,
)

from relapp.store.dialect import is_postgres
from relapp.store.no_data import NO_DATA


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = NO_DATA
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per applied schema version; the highest is the file's version."""

    version = IntegerField(primary_key=True)
    applied_at = DateTimeField(default=_now)
    app_version = TextField()


class TeamMember(BaseModel):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")
    role = TextField(default="")
    email = TextField(default="")
    kind = TextField(default="colleague")  # me / colleague / internal-customer
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    # Schema 8 (team databases): a version bumped by every update, for
    # optimistic concurrency, and who made the last edit (none locally).
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    edited_by = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL", index=False)


class Account(BaseModel):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")
    industry = TextField(default="")
    notes = TextField(default="")
    purpose = TextField(null=True)  # us / them / both
    our_intent = TextField(default="")
    their_intent = TextField(default="")
    target_model = TextField(null=True)  # one of CONTACT_MODELS
    archived = BooleanField(default=False)
    checkup_interval_days = IntegerField(default=90)
    neglect_days = IntegerField(default=90)
    created_at = DateTimeField(default=_now)
    # Schema 4: entries worth 0 do not reset the out-of-touch clock.
    # The SQL default lets raw inserts that predate the column (the demo) leave it out.
    valued_contact_only = BooleanField(default=True, constraints=[SQL("DEFAULT 1")])
    # Schema 5: what the relationship could be worth to both sides, in a few sentences.
    potential = TextField(default="", constraints=[SQL("DEFAULT ''")])
    # Schema 7: the ledger of an internal customer (a colleague we serve) is
    # an account of its own, tied to that team member.
    internal_member = ForeignKeyField(TeamMember, null=True, unique=True, backref="internal_ledger",
                                      on_delete="CASCADE")
    # Schema 8: who wrote it (none on a local file: the user).
    author = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)
    # Schema 8 (team databases): a version bumped by every update, for
    # optimistic concurrency, and who made the last edit (none locally).
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    edited_by = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)

    # On a team database a login sees an account only once it is on the
    # account's team, which the database does for its creator right after the
    # row is in (store/team_access.py).  An insert that reads the row back
    # (RETURNING, Peewee's way of learning the new id) comes too early for
    # that, so a new account takes its id from the sequence first and is
    # inserted without reading anything back.
    def save(self, force_insert: bool = False, only=None):
        if self.id is None and is_postgres(self._meta.database):
            self.id = self._meta.database.execute_sql(
                "SELECT nextval(pg_get_serial_sequence('account', 'id'))").fetchone()[0]
            force_insert = True
        return super().save(force_insert=force_insert, only=only)

    @classmethod
    def insert(cls, __data=None, **insert):
        query = super().insert(__data, **insert)
        return query.returning() if is_postgres(cls._meta.database) else query


class Stakeholder(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, backref="stakeholders", on_delete="CASCADE")
    name = TextField()
    title = TextField(default="")
    department = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    reports_to = ForeignKeyField("self", null=True, backref="reports", on_delete="SET NULL")
    decision_role = TextField(null=True)
    influence = IntegerField(default=3, constraints=[Check("influence BETWEEN 1 AND 5")])
    interest = IntegerField(default=3, constraints=[Check("interest BETWEEN 1 AND 5")])
    stance = TextField(default="neutral")
    # The personal and professional side.
    family = TextField(default="")
    interests = TextField(default="")
    career_goals = TextField(default="")
    measured_by = TextField(default="")
    worries = TextField(default="")
    how_we_help = TextField(default="")
    notes = TextField(default="")
    cadence_days = IntegerField(null=True)  # keep in touch every N days
    created_at = DateTimeField(default=_now)
    # Schema 4: the day they left the client (history kept, out of coverage).
    left_on = DateField(null=True)
    # Schema 8 (team databases): a version bumped by every update, for
    # optimistic concurrency, and who made the last edit (none locally).
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    edited_by = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)

    class Meta:
        indexes = ((("account", "name"), False),)


class AccountTeam(BaseModel):
    """Which of our people work on an account."""

    account = ForeignKeyField(Account, backref="team", on_delete="CASCADE")
    member = ForeignKeyField(TeamMember, backref="accounts", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("account", "member")


class Tie(BaseModel):
    id = AutoField()
    member = ForeignKeyField(TeamMember, backref="ties", on_delete="CASCADE")
    stakeholder = ForeignKeyField(Stakeholder, backref="ties", on_delete="CASCADE")
    strength = IntegerField(constraints=[Check("strength BETWEEN 1 AND 5")])

    class Meta:
        indexes = ((("member", "stakeholder"), True), (("stakeholder",), False))


class Entry(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, backref="entries", on_delete="CASCADE")
    day = DateField()
    kind = TextField(default="meeting")
    value = IntegerField(default=0, constraints=[Check("value BETWEEN -5 AND 5")])
    title = TextField()
    notes = TextField(default="")
    trust = IntegerField(default=0)  # bit mask, see vocabulary.TRUST_TAGS
    created_at = DateTimeField(default=_now)
    # Schema 8: who wrote it (none on a local file: the user).
    author = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)
    # Schema 8 (team databases): a version bumped by every update, for
    # optimistic concurrency, and who made the last edit (none locally).
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    edited_by = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)

    class Meta:
        indexes = (
            # Covers the account list's figures (see migration 3).
            (("account", "day", "value"), False),
            (("day",), False),
        )


class EntryStakeholder(BaseModel):
    entry = ForeignKeyField(Entry, backref="stakeholder_links", on_delete="CASCADE")
    stakeholder = ForeignKeyField(Stakeholder, backref="entry_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("entry", "stakeholder")
        indexes = ((("stakeholder", "entry"), False),)


class EntryMember(BaseModel):
    entry = ForeignKeyField(Entry, backref="member_links", on_delete="CASCADE")
    member = ForeignKeyField(TeamMember, backref="entry_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("entry", "member")
        indexes = ((("member", "entry"), False),)


class Commitment(BaseModel):
    id = AutoField()
    stakeholder = ForeignKeyField(Stakeholder, backref="commitments", on_delete="CASCADE")
    owner = ForeignKeyField(TeamMember, null=True, backref="commitments", on_delete="SET NULL")
    description = TextField()
    due = DateField()
    status = TextField(default="open")  # open / kept / broken
    entry = ForeignKeyField(Entry, null=True, backref="commitments", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)
    resolved_on = DateField(null=True)
    # Schema 8: who wrote it (none on a local file: the user).
    author = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)
    # Schema 8 (team databases): a version bumped by every update, for
    # optimistic concurrency, and who made the last edit (none locally).
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    edited_by = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)

    class Meta:
        indexes = ((("status", "due"), False),)


class HealthQuestion(BaseModel):
    """The editable set of check-up questions."""

    id = AutoField()
    key = TextField(unique=True)
    text = TextField()
    position = IntegerField(default=0)
    active = BooleanField(default=True)
    audience = TextField(default="client")  # schema 7: client, or internal (internal customers' set)


class Checkup(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, backref="checkups", on_delete="CASCADE")
    day = DateField()
    notes = TextField(default="")
    # Schema 8: who wrote it (none on a local file: the user).
    author = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)
    # Schema 8 (team databases): a version bumped by every update, for
    # optimistic concurrency, and who made the last edit (none locally).
    version = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    edited_by = ForeignKeyField(TeamMember, null=True, backref="+", on_delete="SET NULL", index=False)

    class Meta:
        indexes = ((("account", "day"), False),)


class CheckupAnswer(BaseModel):
    checkup = ForeignKeyField(Checkup, backref="answers", on_delete="CASCADE")
    question = ForeignKeyField(HealthQuestion, backref="answers", on_delete="CASCADE")
    score = IntegerField(constraints=[Check("score BETWEEN 1 AND 5")])
    comment = TextField(default="")

    class Meta:
        primary_key = CompositeKey("checkup", "question")


# Schema version 2 ----------------------------------------------------------


class StakeholderLink(BaseModel):
    """A link between two of their people beyond reports-to."""

    id = AutoField()
    source = ForeignKeyField(Stakeholder, backref="links_out", on_delete="CASCADE")
    target = ForeignKeyField(Stakeholder, backref="links_in", on_delete="CASCADE")
    kind = TextField()  # influences / conflict

    class Meta:
        indexes = ((("source", "target", "kind"), True),)


class MapPosition(BaseModel):
    """Where the user placed a person on one of an account's map layouts."""

    account = ForeignKeyField(Account, on_delete="CASCADE")
    layout = TextField()  # org / grid / teams
    node = TextField()  # "s:<stakeholder id>" or "m:<team member id>"
    x = FloatField()
    y = FloatField()

    class Meta:
        primary_key = CompositeKey("account", "layout", "node")


class Meeting(BaseModel):
    id = AutoField()
    account = ForeignKeyField(Account, backref="meetings", on_delete="CASCADE")
    day = DateField()
    title = TextField()
    goals = TextField(default="")  # what we want from the meeting

    class Meta:
        indexes = ((("day",), False),)


class MeetingAttendee(BaseModel):
    id = AutoField()
    meeting = ForeignKeyField(Meeting, backref="attendees", on_delete="CASCADE")
    stakeholder = ForeignKeyField(Stakeholder, null=True, on_delete="CASCADE")
    member = ForeignKeyField(TeamMember, null=True, on_delete="CASCADE")


class AttentionState(BaseModel):
    """A home-view item the user snoozed or dismissed, by its stable key."""

    key = TextField(primary_key=True)
    snoozed_until = DateField(null=True)
    dismissed = BooleanField(default=False)


class ContactDetail(BaseModel):
    """Further emails and phones of a stakeholder beyond the main ones."""

    id = AutoField()
    stakeholder = ForeignKeyField(Stakeholder, backref="contact_details", on_delete="CASCADE")
    kind = TextField()  # email / phone
    label = TextField(default="")  # work, home, mobile…
    value = TextField()


class Setting(BaseModel):
    """Preferences that belong to the data rather than to the machine."""

    key = TextField(primary_key=True)
    value = TextField()


# Schema version 4 ----------------------------------------------------------


class StakeholderChange(BaseModel):
    """A dated step in a person's life at the client: left, moved to another
    role, or came back.  The old and new role are kept so history reads true."""

    id = AutoField()
    stakeholder = ForeignKeyField(Stakeholder, backref="changes", on_delete="CASCADE")
    day = DateField()
    kind = TextField()  # left / moved / returned
    old_title = TextField(default="")
    old_department = TextField(default="")
    old_reports_to = ForeignKeyField(Stakeholder, null=True, backref="+", on_delete="SET NULL")
    new_title = TextField(default="")
    new_department = TextField(default="")
    new_reports_to = ForeignKeyField(Stakeholder, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("day",), False),)


# Schema version 5: the account plan ------------------------------------------


class AccountStage(BaseModel):
    """The relationship reached ``stage`` on ``day``; the rows are its history."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="stages", on_delete="CASCADE")
    day = DateField()
    stage = TextField()  # one of domain.account_plan.STAGES
    note = TextField(default="")


class AccountIntent(BaseModel):
    """One side's intent rated on ``day``: level 1-5 and the text then."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="intents", on_delete="CASCADE")
    side = TextField()  # ours / theirs
    day = DateField()
    level = IntegerField(constraints=[Check("level BETWEEN 1 AND 5")])
    text = TextField(default="")


class Objective(BaseModel):
    """A goal both sides pursue together."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="objectives", on_delete="CASCADE")
    title = TextField()
    their_owner = ForeignKeyField(Stakeholder, null=True, backref="objectives", on_delete="SET NULL")
    our_owner = ForeignKeyField(TeamMember, null=True, backref="objectives", on_delete="SET NULL")
    measure = TextField(default="")  # how success is measured
    target = DateField(null=True)
    status = TextField(default="on-track")  # one of domain.account_plan.OBJECTIVE_STATUSES
    reason = TextField(default="")  # why it was dropped
    dropped_by = TextField(null=True)  # them / us
    closed_on = DateField(null=True)
    created_at = DateTimeField(default=_now)


class ObjectiveProgress(BaseModel):
    id = AutoField()
    objective = ForeignKeyField(Objective, backref="progress", on_delete="CASCADE")
    day = DateField()
    note = TextField()


class Opportunity(BaseModel):
    """A further piece of work or value the relationship could bring."""

    id = AutoField()
    account = ForeignKeyField(Account, backref="opportunities", on_delete="CASCADE")
    title = TextField()
    for_them = TextField(default="")
    for_us = TextField(default="")
    value = IntegerField(null=True)  # a rough size, in whole units of the currency
    currency = TextField(default="")
    sponsor = ForeignKeyField(Stakeholder, null=True, backref="sponsored", on_delete="SET NULL")
    owner = ForeignKeyField(TeamMember, null=True, backref="opportunities", on_delete="SET NULL")
    status = TextField(default="idea")  # one of domain.account_plan.OPPORTUNITY_STATUSES
    next_step = TextField(default="")
    next_step_due = DateField(null=True)
    created_at = DateTimeField(default=_now)


# Schema version 7 ----------------------------------------------------------


class Tag(BaseModel):
    """A free label (tier, segment, region) with a colour, on accounts and people."""

    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")
    colour = TextField(default="#607d8b")  # #rrggbb


class AccountTag(BaseModel):
    account = ForeignKeyField(Account, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="account_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("account", "tag")


class StakeholderTag(BaseModel):
    stakeholder = ForeignKeyField(Stakeholder, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="stakeholder_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("stakeholder", "tag")


class MemberTag(BaseModel):
    member = ForeignKeyField(TeamMember, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="member_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("member", "tag")


class KeyDate(BaseModel):
    """A date that matters to a person: a birthday, an anniversary, their
    year end.  The year is optional (a vCard may say only --06-12)."""

    id = AutoField()
    stakeholder = ForeignKeyField(Stakeholder, null=True, backref="key_dates", on_delete="CASCADE")
    member = ForeignKeyField(TeamMember, null=True, backref="key_dates", on_delete="CASCADE")
    label = TextField()
    month = IntegerField(constraints=[Check("month BETWEEN 1 AND 12")])
    day = IntegerField(constraints=[Check("day BETWEEN 1 AND 31")])
    year = IntegerField(null=True)
    yearly = BooleanField(default=True)


# Schema version 8 ----------------------------------------------------------


class TeamLogin(BaseModel):
    """A database login of a team database and the team member it is: what
    it may see follows from that member's accounts (store/team_access.py).
    Empty in a local file."""

    login = TextField(primary_key=True)
    member = ForeignKeyField(TeamMember, backref="logins", on_delete="CASCADE")
    admin = BooleanField(default=False)


MODELS = [
    SchemaVersion, Account, Stakeholder, TeamMember, AccountTeam, Tie, Entry,
    EntryStakeholder, EntryMember, Commitment, HealthQuestion, Checkup, CheckupAnswer,
    StakeholderLink, MapPosition, Meeting, MeetingAttendee, AttentionState, ContactDetail, Setting,
    StakeholderChange,
    AccountStage, AccountIntent, Objective, ObjectiveProgress, Opportunity,
    Tag, AccountTag, StakeholderTag, MemberTag, KeyDate,
    TeamLogin,
]
