"""Key dates: the domain rules, the store, vCard and CSV in and out,
attention and the calendar export."""

import datetime as dt

import pytest
from cli_helpers import run_relapp
from hypothesis import given, strategies as st

from relapp.domain.key_dates import KeyDay, next_occurrence, parse_key_day, parse_spreadsheet_day, years_on

# The domain -------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("1980-06-12", KeyDay(6, 12, 1980)),
    ("19800612", KeyDay(6, 12, 1980)),  # vCard 2.1 / 3.0 basic form
    ("1980-06-12T00:00:00Z", KeyDay(6, 12, 1980)),
    ("--0612", KeyDay(6, 12)),  # vCard 4.0 without a year
    ("--06-12", KeyDay(6, 12)),
    ("1604-06-12", KeyDay(6, 12)),  # Apple's "no year"
    ("--0229", KeyDay(2, 29)),
])
def test_reading_every_way_a_contact_file_writes_a_day(text, expected):
    assert parse_key_day(text) == expected


@pytest.mark.parametrize("text", ["", "1980-13-01", "1981-02-29", "--0631", "circa 1800", "12/06"])
def test_impossible_days_are_refused(text):
    with pytest.raises(ValueError):
        parse_key_day(text)


@pytest.mark.parametrize("text, expected", [
    ("6/12/1980", KeyDay(6, 12, 1980)), ("25/12/1980", KeyDay(12, 25, 1980)), ("12.06.1980", KeyDay(6, 12, 1980)),
    ("0/0/00", None), ("", None), ("--06-12", KeyDay(6, 12)), ("6/12/80", KeyDay(6, 12)),
])
def test_spreadsheet_days(text, expected):
    assert parse_spreadsheet_day(text) == expected


def test_next_occurrence_and_years():
    birthday = KeyDay(6, 12, 1980)
    assert next_occurrence(birthday, True, dt.date(2026, 6, 12)) == dt.date(2026, 6, 12)
    assert next_occurrence(birthday, True, dt.date(2026, 6, 13)) == dt.date(2027, 6, 12)
    assert years_on(birthday, dt.date(2026, 6, 12)) == 46
    assert next_occurrence(KeyDay(2, 29), True, dt.date(2026, 3, 1)) == dt.date(2027, 2, 28)
    assert next_occurrence(KeyDay(2, 29), True, dt.date(2027, 3, 1)) == dt.date(2028, 2, 29)
    graduation = KeyDay(7, 1, 2027)
    assert next_occurrence(graduation, False, dt.date(2026, 12, 1)) == dt.date(2027, 7, 1)
    assert next_occurrence(graduation, False, dt.date(2027, 7, 2)) is None
    assert next_occurrence(KeyDay(7, 1), False, dt.date(2026, 1, 1)) is None


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 1, 1)))
def test_a_yearly_date_comes_round_within_a_year_on_its_day(day, today):
    for key in (KeyDay(day.month, day.day, day.year), KeyDay(day.month, day.day)):
        assert parse_key_day(key.text()) == key
        on = next_occurrence(key, True, today)
        assert on >= today
        if key.year is None or key.year <= today.year:
            assert (on - today).days <= 366
        assert (on.month, on.day) == (day.month, day.day) or (day.month, day.day, on.day) == (2, 29, 28)


# The store and the services ----------------------------------------------------

@pytest.fixture
def acme(db):
    from relapp.services.accounts import create_account
    from relapp.services.people import create_member, create_stakeholder

    acme = create_account(name="Acme Rail")
    pat = create_stakeholder(account=acme.id, name="Pat Quinn", email="pat@acme.example")
    me = create_member(name="Alex Morgan", kind="me")
    return acme, pat, me


def test_key_dates_are_kept_with_or_without_a_year(acme):
    from relapp.services.key_dates import add_key_date, delete_key_date, key_dates_of, update_key_date
    from relapp.services.validation import ValidationError

    _acme, pat, me = acme
    first = add_key_date(stakeholder=pat.id, label="Birthday", date="--06-12")
    add_key_date(stakeholder=pat.id, label="Joined Acme", date=dt.date(2015, 3, 1))
    add_key_date(member=me.id, label="Birthday", date="1990-01-05")
    assert [(r.label, r.date, r.yearly) for r in key_dates_of(stakeholder_id=pat.id)] == [
        ("Joined Acme", "2015-03-01", True), ("Birthday", "--06-12", True)]
    update_key_date(first, date="1980-06-12", yearly=False)
    assert key_dates_of(stakeholder_id=pat.id)[1].date == "1980-06-12"
    delete_key_date(first)
    assert len(key_dates_of(stakeholder_id=pat.id)) == 1
    with pytest.raises(ValidationError, match="no day 31"):
        add_key_date(stakeholder=pat.id, label="Nope", date="--02-31")
    with pytest.raises(ValidationError, match="one person"):
        add_key_date(stakeholder=pat.id, member=me.id, label="Both", date="--01-01")


def test_attention_names_key_dates_within_the_chosen_days(acme):
    from relapp.services.attention import attention_list
    from relapp.services.key_dates import add_key_date, set_ahead_days

    _acme, pat, _me = acme
    add_key_date(stakeholder=pat.id, label="Birthday", date="1980-06-12")
    add_key_date(stakeholder=pat.id, label="Company year end", date="--07-31")
    today = dt.date(2026, 6, 5)
    items = [i for i in attention_list(today) if i.kind == "key-date"]
    assert [(i.stakeholder, i.due, i.message) for i in items] == [
        ("Pat Quinn", dt.date(2026, 6, 12), "Birthday of Pat Quinn in 7 days (2026-06-12, 46 years)")]
    set_ahead_days(60)
    assert [i.due for i in attention_list(today) if i.kind == "key-date"] == [
        dt.date(2026, 6, 12), dt.date(2026, 7, 31)]
    set_ahead_days(3)
    assert [i for i in attention_list(today) if i.kind == "key-date"] == []


def test_coming_key_dates_across_the_year_end_and_a_leap_day(acme):
    # Only the months the window touches are read: a window over New Year
    # reaches January, and 29 February comes round on the 28th.
    from relapp.services.key_dates import add_key_date, coming_key_dates

    _acme, pat, me = acme
    add_key_date(stakeholder=pat.id, label="Birthday", date="1984-02-29")
    add_key_date(stakeholder=pat.id, label="Renewal", date="--01-03")
    add_key_date(member=me.id, label="Joined", date="2019-12-30")
    add_key_date(stakeholder=pat.id, label="Kick-off", date="2027-01-02", yearly=False)
    add_key_date(stakeholder=pat.id, label="Summer party", date="--07-01")
    coming = coming_key_dates(dt.date(2026, 12, 29), days=14)
    assert [(c.row.label, c.on, c.years) for c in coming] == [
        ("Joined", dt.date(2026, 12, 30), 7), ("Kick-off", dt.date(2027, 1, 2), None),
        ("Renewal", dt.date(2027, 1, 3), None)]
    assert [(c.row.label, c.on) for c in coming_key_dates(dt.date(2027, 2, 20), days=10)] == [
        ("Birthday", dt.date(2027, 2, 28))]
    # A whole year: every yearly date, not the one-off already past.
    assert sorted(c.row.label for c in coming_key_dates(dt.date(2027, 2, 20), days=366)) == [
        "Birthday", "Joined", "Renewal", "Summer party"]




def test_export_dates_ics_parses_back_with_the_yearly_rule(acme, data_dir, tmp_path):
    from icalendar import Calendar

    from relapp.services.key_dates import add_key_date

    _acme, pat, _me = acme
    add_key_date(stakeholder=pat.id, label="Birthday", date="1980-06-12")
    add_key_date(stakeholder=pat.id, label="Leap day", date="--02-29")
    add_key_date(stakeholder=pat.id, label="Graduation", date="2027-07-01", yearly=False)
    out = tmp_path / "dates.ics"
    result = run_relapp(data_dir, "export", "dates", "--format", "ics", "-o", str(out))
    assert result.returncode == 0, result.stderr
    events = {str(e.get("summary")): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert set(events) == {"Birthday — Pat Quinn (Acme Rail)", "Leap day — Pat Quinn (Acme Rail)",
                           "Graduation — Pat Quinn (Acme Rail)"}
    birthday = events["Birthday — Pat Quinn (Acme Rail)"]
    assert birthday.decoded("dtstart") == dt.date(1980, 6, 12)
    assert birthday.get("rrule")["FREQ"] == ["YEARLY"]
    leap = events["Leap day — Pat Quinn (Acme Rail)"].get("rrule")
    assert (leap["FREQ"], leap["BYMONTH"], leap["BYMONTHDAY"]) == (["YEARLY"], [2], [-1])
    assert "rrule" not in events["Graduation — Pat Quinn (Acme Rail)"]


# Interchange --------------------------------------------------------------------

VCARDS = {
    "2.1": "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Quinn;Pat\r\nFN:Pat Quinn\r\nORG:Acme Rail\r\n"
           "EMAIL;INTERNET:pat@acme.example\r\nBDAY:{bday}\r\nX-MS-ANNIVERSARY:{anniversary}\r\n"
           "CATEGORIES:Tier 1,North\r\nEND:VCARD\r\n",
    "3.0": "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Quinn;Pat;;;\r\nFN:Pat Quinn\r\nORG:Acme Rail\r\n"
           "EMAIL;TYPE=INTERNET:pat@acme.example\r\nBDAY;VALUE=date:{bday}\r\n"
           "item1.X-ABDATE:{anniversary}\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n"
           "CATEGORIES:Tier 1,North\r\nEND:VCARD\r\n",
    "4.0": "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Pat Quinn\r\nN:Quinn;Pat;;;\r\nORG:Acme Rail\r\n"
           "EMAIL:pat@acme.example\r\nBDAY:{bday}\r\nANNIVERSARY:{anniversary}\r\n"
           "CATEGORIES:Tier 1,North\r\nEND:VCARD\r\n",
}
# (as the version writes it, as Relapp keeps it)
WITH_YEAR = {"2.1": ("19800612", "1980-06-12"), "3.0": ("1980-06-12", "1980-06-12"),
             "4.0": ("19800612", "1980-06-12")}
WITHOUT_YEAR = {"2.1": ("--0612", "--06-12"), "3.0": ("--06-12", "--06-12"), "4.0": ("--0612", "--06-12")}


def _people_dates():
    from relapp.services.key_dates import all_key_dates
    from relapp.services.tags import tags_by_owner

    tags = tags_by_owner("stakeholder")
    return (sorted((r.person, r.label, r.date) for r in all_key_dates()),
            sorted(t.name for rows in tags.values() for t in rows))


@pytest.mark.parametrize("version", ["2.1", "3.0", "4.0"])
@pytest.mark.parametrize("year", ["with", "without"])
def test_vcard_birthday_and_anniversary_round_trip(db, data_dir, tmp_path, version, year):
    from interchange_helpers import import_file

    from relapp.services.interchange.contact_export import contacts_vcard

    written, kept = (WITH_YEAR if year == "with" else WITHOUT_YEAR)[version]
    source = tmp_path / f"v{version}.vcf"
    source.write_text(VCARDS[version].format(bday=written, anniversary="2005-09-01"), encoding="utf-8")
    import_file(source)
    expected = ([("Pat Quinn", "Anniversary", "2005-09-01"), ("Pat Quinn", "Birthday", kept)],
                ["North", "Tier 1"])
    assert _people_dates() == expected
    exported = contacts_vcard()
    # Written as vCard 4.0 (RFC 6350): --MMDD without a year.
    lines = exported.split("\r\n")
    assert ("BDAY:1980-06-12" if year == "with" else "BDAY:--0612") in lines
    assert "ANNIVERSARY:2005-09-01" in lines and "CATEGORIES:North,Tier 1" in lines
    # Back into empty data: the same dates and tags.
    from relapp.services.session import open_data_dir
    from relapp.store.database import close_db

    close_db()
    again = tmp_path / "again"
    open_data_dir(again)
    (tmp_path / "out.vcf").write_text(exported, encoding="utf-8")
    import_file(tmp_path / "out.vcf")
    assert _people_dates() == expected
    # Importing the same file again adds nothing twice.
    import_file(tmp_path / "out.vcf")
    assert _people_dates() == expected


def test_google_and_outlook_csv_birthdays_and_groups(db, tmp_path):
    from interchange_helpers import import_file

    google = tmp_path / "google.csv"
    google.write_text("Name,Given Name,Family Name,Birthday,Group Membership,E-mail 1 - Value,"
                      "Event 1 - Label,Event 1 - Value,Organization 1 - Name\n"
                      "Pat Quinn,Pat,Quinn,--06-12,* myContacts ::: Tier 1,pat@acme.example,Anniversary,"
                      "2005-09-01,Acme Rail\n", encoding="utf-8")
    outlook = tmp_path / "outlook.csv"
    outlook.write_text("First Name,Last Name,Company,Job Title,E-mail Address,Birthday,Anniversary,Categories\n"
                       "Lee,Park,Acme Rail,CFO,lee@acme.example,6/12/1980,0/0/00,Tier 1;North\n",
                       encoding="utf-8")
    import_file(google)
    import_file(outlook)
    assert _people_dates() == ([("Lee Park", "Birthday", "1980-06-12"), ("Pat Quinn", "Anniversary", "2005-09-01"),
                                ("Pat Quinn", "Birthday", "--06-12")], ["North", "Tier 1", "Tier 1"])


def test_home_shows_key_dates_as_far_ahead_as_preferences_say(qtbot, acme, data_dir, tmp_path):
    from gui_helpers import context_now, data_open_now, isolate_settings
    from test_health_home import ready

    from relapp.gui.home.home_view import HomeView
    from relapp.gui.preferences_dialog import PreferencesDialog
    from relapp.services.key_dates import add_key_date

    isolate_settings(tmp_path)
    _acme, pat, _me = acme
    add_key_date(stakeholder=pat.id, label="Birthday", date="--07-20")
    today = dt.date(2026, 6, 5)

    def key_messages():
        home = HomeView(today=today, context=context_now())
        qtbot.addWidget(home)
        home.show()
        ready(qtbot, home)
        return [home.model.item(r).message for r in range(home.model.rowCount())
                if home.model.item(r).kind == "key-date"]

    assert key_messages() == [], "45 days away: beyond the 14 days Home looks ahead by default"
    dialog = PreferencesDialog(data_dir, data=data_open_now())
    qtbot.addWidget(dialog)
    assert dialog.key_date_days.value() == 14
    dialog.key_date_days.setValue(60)
    dialog.accept()
    assert key_messages() == ["Birthday of Pat Quinn in 45 days (2026-07-20)"]


def test_relapp_csv_carries_tags_and_dates_out_and_back(acme, tmp_path):
    from interchange_helpers import import_file

    from relapp.services.interchange.contact_export import contacts_csv
    from relapp.services.key_dates import add_key_date
    from relapp.services.session import open_data_dir
    from relapp.services.tags import set_tags
    from relapp.store.database import close_db

    _acme, pat, _me = acme
    set_tags("stakeholder", pat.id, "Tier 1, North")
    add_key_date(stakeholder=pat.id, label="Birthday", date="--06-12")
    add_key_date(stakeholder=pat.id, label="Anniversary", date="2005-09-01")
    out = tmp_path / "people.csv"
    out.write_text(contacts_csv(), encoding="utf-8")
    assert out.read_text(encoding="utf-8").splitlines()[0].endswith("Notes,Tags,Birthday,Anniversary")
    close_db()
    open_data_dir(tmp_path / "again")
    plan = import_file(out)
    assert plan.kind == "Relapp CSV"
    assert _people_dates() == ([("Pat Quinn", "Anniversary", "2005-09-01"), ("Pat Quinn", "Birthday", "--06-12")],
                               ["North", "Tier 1"])


def test_a_relapp_csv_from_before_tags_is_still_relapps(db, tmp_path):
    from relapp.domain.interchange.csv_reader import read_csv

    old = ("Name,Account,Title,Department,Email,Phone,Other emails,Other phones,Notes\n"
           "Pat Quinn,Acme Rail,CFO,,pat@acme.example,,,,\n")
    assert read_csv(old).kind == "Relapp CSV"


def test_key_dates_read_as_days_not_as_vcard_codes(qtbot, acme):
    """"--06-12" is how a contact file says "12 June, year unknown"; people
    read the day and month, and the year only where it is known."""
    from PySide6.QtCore import QLocale

    from relapp.gui.key_date_text import key_date_text
    from relapp.gui.people.people_model import KEY_DATES, PeopleTableModel
    from relapp.services.key_dates import add_key_date
    from relapp.services.people_directory import everyone

    _acme, pat, _me = acme
    add_key_date(stakeholder=pat.id, label="Birthday", date="--06-12")
    add_key_date(stakeholder=pat.id, label="Joined", date="2015-03-01")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
    try:
        assert key_date_text("--06-12") == "12 Jun"
        assert key_date_text("--02-29") == "29 Feb", "a birthday on a leap day has no year to check against"
        assert key_date_text("1968-02-01") == "1 Feb 1968"
        model = PeopleTableModel()
        model.set_people(everyone())
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Pat Quinn")
        shown = model.index(row, KEY_DATES).data()
        assert "Birthday 12 Jun" in shown and "Joined 1 Mar 2015" in shown and "--" not in shown
    finally:
        QLocale.setDefault(before)
