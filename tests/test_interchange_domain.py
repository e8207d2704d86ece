"""The pure parts of interchange: text encodings, organisation names,
spreadsheet safety, vCard layout quirks."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, strategies as st

from relapp.domain.interchange.organisations import near_matches, organisation_key
from relapp.domain.interchange.problems import RefusedFile
from relapp.domain.interchange.spreadsheet_safety import looks_like_formula, neutralise, restore
from relapp.domain.interchange.text_decoding import decode
from relapp.domain.interchange.vcard_reader import read_vcards

TEXT = "Name,Company\r\nJürgen Müller,Bäckerei Schmidt GmbH\r\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "UTF-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16"),
    (TEXT.encode("utf-16-le"), "UTF-16"),  # no byte-order mark
    (TEXT.encode("utf-16-be"), "UTF-16"),
    (TEXT.encode("cp1252"), "Windows-1252"),
])
def test_every_encoding_gives_the_same_text(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_undecodable_8_bit_text_gets_a_clear_message():
    with pytest.raises(RefusedFile, match="text encoding is not recognised .*save it as UTF-8"):
        decode("Name\r\nM\u00fcller".encode("cp1252") + b"\x81\x8d")


def test_utf16_with_a_broken_character_is_refused():
    with pytest.raises(RefusedFile, match="says it is UTF-16 but byte"):
        decode(codecs.BOM_UTF16_LE + "Ann".encode("utf-16-le") + b"\x00\xd8A\x00")


@pytest.mark.parametrize("a, b", [
    ("ACME Inc.", "acme"), ("Acme, Inc", "Acme"), ("Foo GmbH & Co. KG", "FOO"), ("Tailspin Toys S.A.", "Tailspin Toys SA"),
    ("Müller AG", "Muller"), ("Contoso Health Limited", "Contoso Health Ltd"), ("Fabrikam K.K.", "Fabrikam"),
])
def test_legal_forms_case_and_accents_do_not_make_another_client(a, b):
    assert organisation_key(a) == organisation_key(b)


def test_a_legal_form_alone_is_still_a_name():
    assert organisation_key("Limited") == "limited"
    assert organisation_key("Smith & Jones") != organisation_key("Smith")


def test_near_matches_are_offered_not_assumed():
    existing = {organisation_key(n): n for n in ("Northwind Trading", "Woodgrove Bank", "Northwind")}
    assert sorted(near_matches("Northwind Traders Ltd", existing)) == ["Northwind", "Northwind Trading"]
    assert near_matches("Woodgrove Bank plc", existing) == []  # the same, not "near"
    assert near_matches("Fabrikam", existing) == []


def test_spreadsheet_safety():
    assert [neutralise(c) for c in ("=1+1", "+44 20", "-", "@x", "\tx", "Ann")] == \
        ["'=1+1", "+44 20", "'-", "'@x", "'\tx", "Ann"]
    assert restore(neutralise("=1+1")) == "=1+1"
    assert restore("'quoted") == "'quoted"
    assert looks_like_formula("+cmd|' /C calc'!A0")
    assert not looks_like_formula("+44 (0)20 7946 0000 ext. 12")
    assert not looks_like_formula("- met at the fair", strict=False)


def test_plain_numbers_and_phone_numbers_keep_their_sign_and_nothing_that_can_run_does():
    kept = ("-5", "+3", "-1.5", "+49 30 555 0101", "+1 (555) 010-0000", "+(44) 20 7946", "-2024/01")
    assert [neutralise(c) for c in kept] == list(kept)
    dangerous = ("-2+3+cmd|' /C calc'!A0", "+A1", "-SUM(1)", "+44 20 ext. 12", "-", "+", "- note",
                 "+1:2", "-1,5", "+\"1\"")
    assert all(neutralise(c) == "'" + c for c in dangerous)


@given(st.text(max_size=30))
def test_a_cell_is_neutralised_or_can_only_be_arithmetic(cell):
    out = neutralise(cell)
    if out.startswith("'") or not out.startswith(("=", "+", "-", "@", "\t", "\r")):
        return
    assert set(out[1:]) <= set("0123456789 ().-/")
    assert out[0] in "+-" and out[1] in "0123456789("


def test_big_photos_are_skipped_and_other_big_fields_refused():
    photo = "A" * 300_000
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nORG:Acme\r\n"
            f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nEND:VCARD\r\n")
    assert [r.name for r in read_vcards(card).records] == ["Ann Example"]
    with pytest.raises(RefusedFile, match="card 1 .* 300,000 characters"):
        read_vcards(card.replace("PHOTO;ENCODING=b;TYPE=JPEG:", "X-JUNK:"))


def test_broken_base64_photo_does_not_fail_the_card():
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSk\r\nEND:VCARD\r\n"
    assert [r.name for r in read_vcards(card).records] == ["Ann Example"]


def test_vcard_21_without_fn_takes_the_name_from_n():
    card = "BEGIN:VCARD\nVERSION:2.1\nN:Example;Ann;Marie;;\nEND:VCARD\n"
    assert read_vcards(card).records[0].name == "Ann Marie Example"


def test_company_cards_are_refused_as_not_a_person():
    apple = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Northwind Traders Inc.\r\nORG:Northwind Traders Inc.;\r\n"
             "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n")
    v4 = "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Fabrikam\r\nEND:VCARD\r\n"
    parsed = read_vcards(apple + v4)
    assert parsed.records == []
    assert [(r.source, r.reason) for r in parsed.refused] == [
        ("card 1", "describes an organisation, not a person"), ("card 2", "describes an organisation, not a person")]
