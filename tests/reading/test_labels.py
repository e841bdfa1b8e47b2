import pytest

from daemon.reading.labels import field_of, read_fields, strip_quotes


@pytest.mark.parametrize("label,field", [
    ("Name", "name"), ("Full name", "name"), ("Account holder", "name"), ("नाम", "name"), ("पूरा नाम", "name"),
    ("Mobile", "phone"), ("Registered phone", "phone"), ("Phone number on account", "phone"),
    ("Contact No.", "phone"), ("मोबाइल नंबर", "phone"), ("पंजीकृत मोबाइल नंबर", "phone"),
    ("Username", "username"), ("Instagram handle", "username"), ("User ID", "user_id"),
    ("Registered email", "email"), ("Profile URL", "profile"), ("Reference number", "reference"), ("Case", "reference"),
    ("Posted", "post_time"), ("Live video started", "post_time"), ("Time of post (IST)", "post_time"),
    ("पोस्ट का समय", "post_time"), ("Text", "post"), ("Caption", "post"), ("पोस्ट", "post"),
    ("Mob. No.", "phone"), ("Ph. No.", "phone"), ("मो. नं.", "phone"), ("WhatsApp number", "phone"),
    ("FB UID", "user_id"), ("Instagram user ID", "user_id"), ("Name (as on profile)", "name"),
    ("City (profile)", "location"), ("Last known location", "location"), ("Current city", "location"), ("पता", "location"), ("जिला", "location"),
])
def test_label_words(label, field):
    assert field_of(label) == field


@pytest.mark.parametrize("label", ["The post said", "Please note", "Father's name", "पिता का नाम", "Date", "Note"])
def test_not_labels(label):
    assert field_of(label) in (None, "skip")


def test_values_on_next_line_tabs_and_multiline_quotes():
    fields = read_fields('Name:\n  Asha Devi\nMobile\t98290 41736\nText: "line one\nline two"\nCity: Kota')
    assert [(f.field, f.value) for f in fields] == [
        ("name", "Asha Devi"), ("phone", "98290 41736"), ("post", '"line one\nline two"'), ("location", "Kota"),
    ]
    assert strip_quotes(fields[2].value) == "line one\nline two"
