"""Each vendor's real export layout imports into a fresh data directory with
the right people, accounts and details (expected values read off the files
by hand)."""

from __future__ import annotations

from interchange_helpers import FIXTURES, account_names, import_file, people


def test_outlook_vcard_21_quoted_printable_umlauts_and_photo(db):
    plan = import_file(FIXTURES / "outlook_2016.vcf")
    assert plan.summary() == "added 2, merged 0, skipped 0, refused 1"
    assert [(r.source, r.reason) for r in plan.refused] == [("card 3", "has no name")]
    assert account_names() == ["Bäckerei Schmidt GmbH", "Lumière Énergie SA"]
    jurgen = people()["Jürgen Müller"]
    assert jurgen["account"] == "Bäckerei Schmidt GmbH"
    assert jurgen["title"] == "Leiter Einkauf"
    assert jurgen["department"] == "Einkauf"
    assert jurgen["email"] == "j.mueller@baeckerei-schmidt.example"
    assert jurgen["phone"] == "+49 221 555 0142"
    # The soft line break inside the quoted-printable note is joined.
    assert jurgen["notes"] == "Kennt uns seit der Messe in Köln.\nMöchte vor der Ausschreibung informiert werden."
    assert jurgen["details"] == [("email", "", "einkauf@baeckerei-schmidt.example"),
                                 ("phone", "mobile", "+49 171 555 0199")]
    assert people()["Hélène Lefèvre"]["title"] == "Directrice financière"


def test_apple_vcard_30_groups_labels_and_one_account_for_two_spellings(db):
    plan = import_file(FIXTURES / "apple_contacts.vcf")
    assert plan.summary() == "added 2, merged 0, skipped 0, refused 0"
    # "Northwind Traders Inc." and "Northwind Traders, Inc" are the same client.
    assert account_names() == ["Northwind Traders Inc."]
    siobhan = people()["Siobhán O'Connor"]
    assert siobhan["email"] == "siobhan.oconnor@northwind.example"
    assert siobhan["phone"] == "+353 87 555 0123"
    assert siobhan["department"] == "Finance"
    assert ("phone", "assistant", "+353 1 555 0100") in siobhan["details"]
    assert ("email", "home", "siobhan@oconnor-family.example") in siobhan["details"]
    assert siobhan["notes"].startswith("Met at the Dublin finance summit. Prefers short written updates before calls,")


def test_google_and_thunderbird_vcards(db):
    assert import_file(FIXTURES / "google_contacts.vcf").summary() == "added 2, merged 0, skipped 0, refused 0"
    assert import_file(FIXTURES / "thunderbird.vcf").summary() == "added 1, merged 0, skipped 0, refused 0"
    assert account_names() == ["Contoso Health Ltd", "Fabrikam K.K."]
    aiko = people()["Aiko Nakamura"]
    assert (aiko["title"], aiko["department"], aiko["email"], aiko["phone"]) == (
        "Head of Research", "Research", "aiko.nakamura@fabrikam.example", "+81 3 5550 1234")
    assert aiko["notes"].endswith("before it goes to their steering committee.")
    assert people()["Priya Raman"]["details"] == [("email", "home", "priya.r@mail.example")]


def test_linkedin_connections_skip_the_notes_above_the_header(db):
    plan = import_file(FIXTURES / "linkedin_connections.csv")
    assert plan.kind == "LinkedIn CSV"
    assert plan.summary() == "added 3, merged 0, skipped 0, refused 1"
    assert plan.refused[0].name == "Lukas Weber"
    assert "no organisation" in plan.refused[0].reason
    assert account_names() == ["Smith, Jones & Partners LLP", "Tailspin Toys S.A."]
    assert people()["Aisha Bello"]["title"] == "Partner, Advisory"
    assert people()["Daniel Brooks"]["account"] == "Tailspin Toys S.A."


def test_linkedin_with_an_account_chosen_takes_everyone(db):
    plan = import_file(FIXTURES / "linkedin_connections.csv", account="My network")
    assert plan.summary() == "added 4, merged 0, skipped 0, refused 0"
    assert account_names() == ["My network"]


def test_google_csv_in_utf8_and_utf16_give_the_same_people(db):
    plan = import_file(FIXTURES / "google_contacts_utf16.csv")
    assert (plan.kind, plan.encoding) == ("Google CSV", "UTF-16")
    assert plan.summary() == "added 2, merged 0, skipped 0, refused 1"
    elena = people()["Elena García"]
    assert elena["department"] == "Risk"
    assert elena["notes"] == "Sponsor of the model validation project.\nAsk about the Madrid office."
    assert elena["details"] == [("email", "home", "elena.g@mail.example"),
                                ("email", "work", "e.garcia@woodgrove.example"),
                                ("phone", "work", "+34 91 555 0200")]
    # The UTF-8 copy of the same export finds everyone already there.
    again = import_file(FIXTURES / "google_contacts.csv")
    assert again.summary() == "added 0, merged 0, skipped 2, refused 1"
    assert account_names() == ["Woodgrove Bank"]


def test_outlook_csv_in_windows_1252(db):
    plan = import_file(FIXTURES / "outlook_contacts.csv")
    assert (plan.kind, plan.encoding) == ("Outlook CSV", "Windows-1252")
    assert plan.summary() == "added 2, merged 0, skipped 0, refused 0"
    francois = people()["François Dubois"]
    # Outlook's "Title" column is "Mr."; the job title is elsewhere.
    assert (francois["title"], francois["department"]) == ("Acheteur principal", "Achats")
    assert francois["phone"] == "+33 1 55 50 44 00"
    assert francois["notes"] == "Négocie les contrats cadres."
    assert people()["Ingrid Sørensen"]["details"] == [("email", "", "ingrid@sorensen.example")]
    assert account_names() == ["Café Noir SARL"]


def test_excel_csv_with_bom_and_a_placeholder_phone(db):
    plan = import_file(FIXTURES / "excel_utf8_bom.csv")
    assert plan.summary() == "added 2, merged 0, skipped 0, refused 0"
    assert people()["Zoë Lindqvist"]["phone"] == "+46 8 555 012 34"
    assert people()["Karl Berg"]["phone"] == ""
    # "AB" is short for "Aktiebolag": one company.
    assert account_names() == ["Adatum AB"]


def test_search_finds_imported_people(db):
    from relapp.services.journal import search_people

    import_file(FIXTURES / "outlook_2016.vcf")
    assert [p.name for p in search_people("Muller")] == ["Jürgen Müller"]
    assert [p.name for p in search_people("Einkauf")] == ["Jürgen Müller"]
