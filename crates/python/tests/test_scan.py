"""Scanning text and payment messages."""

import pytest

import nomina

TEXT = "Jaish-e-Mohammed chief Masood Azhar was seen in Bahawalpur, officials said."


def test_scan_finds_jaish_e_mohammed(screener):
    mentions = screener.scan(TEXT)
    jem = [m for m in mentions if m.entity == "un:QDe.019"]
    assert jem, mentions
    m = jem[0]
    assert TEXT[m.start : m.end] == "Jaish-e-Mohammed" == m.text
    assert m.type == "organization" and m.how == "name"
    assert m.explanation is not None and m.explanation.matched_name
    assert any(m.entity == "un:QDi.422" for m in mentions)


def test_bytes_are_scanned_with_str_offsets(screener):
    text = "Überweisung an Masood Azhar."
    mentions = screener.scan(text.encode())
    m = next(m for m in mentions if m.entity == "un:QDi.422")
    assert text[m.start : m.end] == "Masood Azhar"


def test_nothing_listed_is_no_mention(screener):
    assert screener.scan("The weather in Lisbon was mild on Tuesday.") == []


def test_scan_errors_raise(screener):
    with pytest.raises(nomina.NominaError, match="unknown format"):
        screener.scan(TEXT, format="telex")
    with pytest.raises(nomina.NominaError, match="malformed mt103 message"):
        screener.scan("{1:F01BANK}{4:\n:20:REF\n-}", format="mt103")
    with pytest.raises(nomina.NominaError, match="binary input"):
        screener.scan(b"\x00\x01\x02" * 100)
