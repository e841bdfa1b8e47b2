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
    ("Sthan", "location"), ("Khata dhaarak", "name"), ("Sandarbh sankhya", "reference"), ("Matter no.", "reference"),
    ("subject location text", "location"), ("Location stated by the user", "location"),
    ("WhatsApp account number", "phone"), ("WA account no", "phone"), ("Post ka samay", "post_time"), ("Post ki tareekh", "post_time"), ("post ka waqt", "post_time"),
])
def test_label_words(label, field):
    assert field_of(label) == field


@pytest.mark.parametrize("label", ["The post said", "Please note", "Father's name", "पिता का नाम", "Date", "Note",
                                   "Automatic message", "System message", "proto-message",
                                   "Policy update", "Suicide and self-harm prevention update"])
def test_not_labels(label):
    assert field_of(label) in (None, "skip")


def test_values_on_next_line_tabs_and_multiline_quotes():
    fields = read_fields('Name:\n  Asha Devi\nMobile\t98290 41736\nText: "line one\nline two"\nCity: Kota')
    assert [(f.field, f.value) for f in fields] == [
        ("name", "Asha Devi"), ("phone", "98290 41736"), ("post", '"line one\nline two"'), ("location", "Kota"),
    ]
    assert strip_quotes(fields[2].value) == "line one\nline two"


def test_a_doubled_colon_separates_label_and_value():
    fields = read_fields("NAME :: Test Person\nCONTACT NUMBER ON FILE :: 9000000123")
    assert [(f.field, f.value) for f in fields] == [("name", "Test Person"), ("phone", "9000000123")]


def test_a_decorated_heading_about_the_person_ends_a_section_about_someone_else():
    text = ("--- REPORTING USER (not the person at risk) ---\nReporter name: Tarun Nai\n\n"
            "--- PERSON AT RISK ---\nName: Chetan Bhil\nRegistered mobile: 919728556439")
    fields = [(f.field, f.value) for f in read_fields(text) if f.field != "skip" or f.value]
    assert ("name", "Chetan Bhil") in fields and ("phone", "919728556439") in fields
    assert ("name", "Tarun Nai") not in fields


def test_any_bullet_and_a_guillemet_or_arrow_separator():
    fields = read_fields("  ◦ Subscriber – Jyoti Mali\n▪ Handle: jyoti_m\n➤ Mobile → 98290 41736\nAccount holder » Chetan Sankhla")
    assert [(f.field, f.value) for f in fields] == [
        ("name", "Jyoti Mali"), ("username", "jyoti_m"), ("phone", "98290 41736"), ("name", "Chetan Sankhla")]


def test_a_colon_inside_an_ipv6_address_or_a_time_separates_nothing():
    fields = read_fields("In the hours before that, the address 2409:4052:1ed2::83e was used.\nSeen at 10:15 IST")
    assert [f.field for f in fields if f.field == "location"] == []


def test_a_time_under_a_post_card_is_the_post_time_not_the_posts_words():
    fields = read_fields("STORY TEXT\nGhar wapas nahi jaa sakta.\n2026-12-01T20:28:28+05:30\nCITY: Kota")
    assert [(f.field, f.value) for f in fields] == [
        ("post", "Ghar wapas nahi jaa sakta."), ("post_time", "2026-12-01T20:28:28+05:30"), ("location", "Kota")]


def test_placeholder_values_are_no_values():
    fields = read_fields("Legal name: Not available\nDisplay name: Komal Sharma\nPhone(s): None on file\n"
                         "मोबाइल नंबर: उपलब्ध नहीं\nLive video description: no description\n")
    assert [(f.field, f.value) for f in fields] == [("name", "Komal Sharma")]


@pytest.mark.parametrize("label, field", [
    ("What they posted", "post"), ("When", "post_time"), ("Where the person says they are", "location"),
    ("Vanity", "username"), ("Status set at", "post_time"), ("स्टोरी का पाठ", "post"), ("स्टोरी का समय", "post_time"),
    ("LOGIN IP 1 TIME", "ip"), ("अनुरोध संख्या", "reference"), ("Home", "location"), ("Home page", "profile"),
    ("खाता / Created", "skip"), ("subject created", "skip"), ("Thread", "post"), ("Threads profile", "profile"), ("Check-in", "location"),
    ("Facebook page", "profile"),
    ("Resides at", "location"), ("Residing at", "location"), ("Stays at", "location"), ("Based in", "location"),
    ("Geo", "location"), ("Reachable on", "phone"), ("Contactable at", "phone"), ("Network address", "ip"),
    ("When was the content posted", "post_time"),
])
def test_more_label_wordings(label, field):
    assert read_fields(f"{label}: x1\n")[0].field == field or field_of(label) == field


def test_question_labels_above_their_values():
    fields = read_fields("Where the person says they are\nJhotwara, Jaipur\n\nWhen\n2 December 2026 at 12:20 PM (IST)\n")
    assert [(f.field, f.value) for f in fields] == [("location", "Jhotwara, Jaipur"),
                                                     ("post_time", "2 December 2026 at 12:20 PM (IST)")]


def test_a_bare_id_under_an_account_heading_is_the_accounts():
    text = "[ खाताधारक की जानकारी / Subscriber information ]\nआईडी ______ 100007123424774\n"
    assert [f.field for f in read_fields(text)] == ["user_id"]
    assert [f.field for f in read_fields("आईडी / Profile ID\t100091728996422\n")] == ["user_id"]


@pytest.mark.parametrize("label", ["Emergency contact", "Contact person", "Next of kin phone", "Trusted contact"])
def test_someone_elses_contact_labels_are_skipped(label):
    assert [f.field for f in read_fields(f"{label}: +91 98290 11111\n")] == ["skip"]


@pytest.mark.parametrize("line,field,value", [
    ("User: Rekha Saini", "name", "Rekha Saini"),
    ("Subscriber\tMohan Lal Jat", "name", "Mohan Lal Jat"),
    ("Person concerned - Kiran Bairwa", "name", "Kiran Bairwa"),
    ("User ............... Arjun Meena", "name", "Arjun Meena"),
    ("User: kiran.b_22", "username", "kiran.b_22"),
    ("Subscriber: 100044412345678", "user_id", "100044412345678"),
    ("Vanity name: kiran.bairwa7", "username", "kiran.bairwa7"),
    ("Status update: bas ab aur nahi", "post", "bas ab aur nahi"),
    ("Registered mobile ... 9829012345", "phone", "9829012345"),
])
def test_who_labels_take_their_meaning_from_the_value(line, field, value):
    """"User", "Subscriber", "Person concerned" name whose facts follow; the value says which fact."""
    fields = read_fields(line)
    assert [(f.field, f.value) for f in fields] == [(field, value)]


def test_a_person_label_with_its_value_below_is_a_field_not_a_heading():
    fields = read_fields("Person concerned\n\nKiran Bairwa\n\nMobile\n\n9829012345")
    assert [(f.field, f.value) for f in fields] == [("name", "Kiran Bairwa"), ("phone", "9829012345")]


def test_a_link_after_a_dash_label_keeps_its_scheme():
    fields = read_fields("• Profile — https://www.facebook.com/kiran.bairwa7")
    assert [(f.field, f.value) for f in fields] == [("profile", "https://www.facebook.com/kiran.bairwa7")]


def test_numbered_ip_labels_keep_their_address():
    fields = read_fields("ip 1: 2409:40d4::a38:1e6:1a1c:11dc\nip 2: 103.87.196.143\nPosted on 26 Nov 2026, 10:15")
    assert [(f.field, f.value) for f in fields][:2] == [("ip", "2409:40d4::a38:1e6:1a1c:11dc"), ("ip", "103.87.196.143")]


def test_a_long_heading_about_the_friend_skips_the_friends_fields():
    fields = read_fields("User: Rekha Saini\nMobile: 9829012345\n\nREPORTED BY (a friend of the account holder)\n"
                         "Name: Sunita Jat\nMobile: +91 94140 11111\n")
    assert [(f.field, f.value) for f in fields if f.field != "skip"] == [("name", "Rekha Saini"), ("phone", "9829012345")]


def test_a_section_heading_about_the_subscriber_is_a_heading_not_a_field():
    fields = read_fields("SUBSCRIBER INFORMATION\nID: 100044412345678\nName: Rekha Saini")
    assert [(f.field, f.value, f.section) for f in fields][0] == ("user_id", "100044412345678", "SUBSCRIBER INFORMATION")


def test_a_sentence_starting_with_friends_is_no_heading_over_the_facts_below():
    fields = read_fields("Friends, please share this with whoever can help her today\nName: Rekha Saini\nMobile: 9829012345")
    assert [f.field for f in fields] == ["name", "phone"]


@pytest.mark.parametrize("label, field", [
    ("Kab post kiya", "post_time"), ("पोस्ट किया गया", "post_time"), ("Post mein likha", "post"),
    ("Post ka text", "post"), ("User ka naam", "name"), ("खाताधारक", "name"), ("Jagah", "location"),
    ("Profile ka link", "profile"), ("Shehar / gaon", "location"), ("Usne likha", "post"),
    ("Message reference", "skip"), ("Request ID (for our records only)", "skip"),
    ("Request ID", "reference"), ("Case reference", "reference"),
])
def test_hinglish_and_hindi_wordings_and_the_mails_own_ids(label, field):
    assert field_of(label) == field


def test_flagged_content_is_the_post_and_flagged_by_is_someone_else():
    got = {f.label: f.field for f in read_fields(
        'Content flagged: "kal nahi rahunga"\nFlagged on: 2026-12-02 10:00 UTC\nFlagged by: Rohan Mehta')}
    assert got == {"Content flagged": "post", "Flagged on": "time", "Flagged by": "skip"}


def test_a_platform_name_as_a_label_is_the_persons_account_there():
    got = [(f.field, f.value) for f in read_fields(
        "Instagram: urgent welfare concern\nInstagram\n\n@mohit.saini.alwar\nFacebook: https://www.facebook.com/mohit.s.9")]
    assert got == [("username", "@mohit.saini.alwar"), ("profile", "https://www.facebook.com/mohit.s.9")]


def test_a_value_with_a_handle_in_brackets_gives_each_fact():
    got = [(f.field, f.value) for f in read_fields("User: Neelam Jangid (@neelam.jangid, ID 17841400998877)")]
    assert got == [("name", "Neelam Jangid"), ("username", "neelam.jangid"), ("user_id", "17841400998877")]


def test_a_phone_under_an_account_number_label_is_a_phone():
    assert [(f.field, f.value) for f in read_fields("Account number - 91 96600 83521")] == [
        ("phone", "91 96600 83521")]


@pytest.mark.parametrize("line", ["Live video start: 2026-11-15 05:05 UTC", "post ts utc: 2026-11-13T02:02:02Z",
                                  "media taken at: 2026-11-25T20:45:00Z"])
def test_more_post_time_wordings(line):
    assert [f.field for f in read_fields(line)] == ["post_time"]


@pytest.mark.parametrize("line,field", [("Reported at: 2026-12-01 10:00 UTC", "time"),
                                        ("reported message reported at: 2026-12-01T10:00:00Z", "time"),
                                        ("account wa number: 917727041155", "phone")])
def test_when_the_platform_caught_it_and_a_whatsapp_number(line, field):
    assert [f.field for f in read_fields(line)] == [field]


def test_card_question_words_as_labels():
    got = [(f.field, f.value) for f in read_fields("Who: Gita Bishnoi\nWhat: “bas ab”\nWhen: Dec 1, 2026 at 9:05 PM IST")]
    assert got == [("name", "Gita Bishnoi"), ("post", "“bas ab”"), ("post_time", "Dec 1, 2026 at 9:05 PM IST")]


@pytest.mark.parametrize("line", [" " * 20_000 + ":", "Name" + " " * 20_000 + "- ", "Name" + " \t" * 10_000])
def test_a_line_of_blanks_splits_in_linear_time(line):
    # three adjacent blank runs before a label backtracked cubically: 1,000 spaces and a colon
    # took 18 s, 20,000 more than 30 s; a poison line like that would stall intake
    import time

    started = time.perf_counter()
    fields = read_fields("\n".join(["Name: Test Person One", line, "Mobile: +91 90000 00001"]))
    assert time.perf_counter() - started < 2
    assert [f.field for f in fields][:1] == ["name"]


def test_loc_in_a_key_value_record_is_the_location():
    fields = read_fields("loc: Sardarshahar")
    assert [(f.field, f.value) for f in fields] == [("location", "Sardarshahar")]


def test_a_bracketed_word_after_another_label_stays_with_it():
    assert [(f.field, f.value) for f in read_fields("Phone (primary): +91 90000 00001")] == [("phone", "+91 90000 00001")]


def test_the_platform_name_threads_is_not_fuzzily_a_thread():
    from daemon.reading.label_words import meaning_of

    assert meaning_of("Threads Law Enforcement Response Team") is None


def test_a_post_at_label_and_a_login_time_stays_with_the_persons_lines():
    from daemon.reading.label_words import names_a_time

    assert field_of("POST AT") == "post_time" and field_of("content ts") == "post_time"
    assert names_a_time("login time") and names_a_time("Login time (UTC)") and not names_a_time("Reporter phone")


def test_a_rule_line_closes_a_quoted_post_below_its_label():
    fields = read_fields("Text::\n____\nwant to die, cannot face papa\n____\n\nAccount created: 2014-10-01")
    assert [(f.field, f.value) for f in fields if f.field == "post"] == [("post", "want to die, cannot face papa")]


def test_a_post_under_its_heading_is_below_its_date_and_its_quote_marks_are_no_words():
    fields = read_fields("## Post\n\n_19 Nov 2026_\n\n> main ab aur nahi\n> sab khush rahna\n\n## Other")
    assert [(f.field, f.value) for f in fields if f.field == "post"] == [("post", "main ab aur nahi\nsab khush rahna")]


def test_a_label_with_an_article_over_its_value():
    fields = read_fields("The content:\n\n    words of the post, indented\n\nTeam LERT")
    assert [(f.field, f.value) for f in fields] == [("post", "words of the post, indented")]


def test_labels_behind_emoji():
    fields = read_fields("\U0001F194 Incident ref: FB-EDR-1\n#\ufe0f\u20e3 UID: 100000000000001\n"
                         "\u2709\ufe0f E-mail id(s): t@example.org\n\U0001F464 Person concerned: Test Person")
    assert [f.field for f in fields] == ["reference", "user_id", "email", "name"]
    assert fields[-1].value == "Test Person"


def test_a_post_below_its_time_label_and_the_time_is_kept():
    fields = read_fields("Connection records:\n  1792715567  106.205.0.15:59841\n\n"
                         "Status (About) text visible to contacts:\nSet at: 1792745375\nbas ab aur nahi hota")
    assert [(f.field, f.value) for f in fields] == [("post", "bas ab aur nahi hota"), ("post_time", "1792745375")]


def test_a_change_logs_field_is_its_value_now():
    fields = read_fields("Changes:\n  * User handle: (not provided) -> test_p23\n  * Account ID: — → 47200000567")
    assert [(f.field, f.value) for f in fields] == [("username", "test_p23"), ("user_id", "47200000567")]


def test_a_post_in_a_change_log_and_under_a_posted_label():
    fields = read_fields("Shared text: (not provided) -> bas ab aur nahi\nMessage posted: sab ko alvida ab aur nahi")
    assert [(f.field, f.value) for f in fields] == [("post", "bas ab aur nahi"), ("post", "sab ko alvida ab aur nahi")]
