"""Reply grammar: first non-quoted line, English and Hindi, variants; unknown -> note."""

import pytest

from daemon.core.replies import first_line, parse


@pytest.mark.parametrize("text, verb, arg", [
    ("ACK", "ack", ""),
    ("ack. team sent", "ack", ""),
    ("Acknowledged", "ack", ""),
    ("received, going now", "ack", ""),
    ("प्राप्त", "ack", ""),
    ("प्राप्त हुआ, टीम रवाना", "ack", ""),
    ("REACHED", "reached", ""),
    ("reached the house", "reached", ""),
    ("पहुँचे", "reached", ""),
    ("पहुंचे, परिवार साथ है", "reached", ""),
    ("SAFE", "close", "safe"),
    ("safe with family", "close", "safe"),
    ("सुरक्षित", "close", "safe"),
    ("HOSPITAL", "close", "hospital"),
    ("Not found", "close", "not found"),
    ("FALSE ALARM", "close", "false alarm"),
    ("CLOSE counselled and safe", "close", "counselled and safe"),
    ("CLOSE SAFE", "close", "safe"),
    ("close moved to relatives", "close", "moved to relatives"),
    ("CLOSE", "close", "closed"),
    ("NOT OURS PS Malviya Nagar", "reassign", "PS Malviya Nagar"),
    ("not ours: Sardarpura", "reassign", "Sardarpura"),
    ("ASSIGN PS Malviya Nagar", "reassign", "PS Malviya Nagar"),
    ("हमारा नहीं मालवीय नगर", "reassign", "मालवीय नगर"),
    ("NEED HELP", "need_help", ""),
    ("need help, no vehicle", "need_help", ""),
    ("मदद चाहिए", "need_help", ""),
    ("STATUS", "status", ""),
    ("release", "release", ""),
    ("Calling the number now", "note", ""),
    ("Safely reached?", "note", ""),  # 'safe' must be a whole word
    ("acknowledgement pending", "note", ""),
])
def test_grammar(text, verb, arg):
    command = parse(text)
    assert (command.verb, command.argument) == (verb, arg)


def test_first_unquoted_line_is_read_and_quotes_ignored():
    text = "\n\n> SAFE\n> NOT OURS X\nreached\nOn Sat, SCRB wrote:\n> ACK"
    assert first_line(text) == "reached"
    assert parse(text).verb == "reached"


def test_only_quote_is_an_empty_note():
    command = parse("On Sat, 28 Nov 2026 Lifeline wrote:\n> ACK please")
    assert command.verb == "note" and command.line == ""


def test_line_is_kept_for_the_timeline():
    assert parse("  ACK. टीम रवाना।  ").line == "ACK. टीम रवाना।"


def test_the_devanagari_danda_ends_a_command_word():
    """"सुरक्षित।" is SAFE and a full stop, as an officer types it."""
    assert parse("सुरक्षित। व्यक्ति परिवार के साथ है").verb == "close"
    assert parse("सुरक्षित। व्यक्ति परिवार के साथ है").argument == "safe"
    assert parse("प्राप्त हुआ। टीम रवाना").verb == "ack"
    assert parse("पहुँच गए॥").verb == "reached"
