"""Evidence of a person in a mail (person.Evidence), as recognising a report rests on it."""

from daemon.reading.reader import ReadingRules, read

RULES = ReadingRules(message_id_domain="lifeline.police.example.in")


def _mail(body: str, sender: str = "Meta Research <research@meta.com>", subject: str = "News") -> bytes:
    return (f"From: {sender}\r\nTo: scrb-sm-desk@police.example.in\r\nSubject: {subject}\r\n"
            f"Message-ID: <n1@meta.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()


def test_a_survey_link_in_a_platform_notice_is_no_person():
    reading = read(_mail("Dear officer,\n\nWe'd like to hear how our emergency disclosure process works for your "
                         "agency. The survey takes 5 minutes:\nhttps://www.facebook.com/survey/?id=77123\n\nThank you.\n"),
                   RULES)
    assert reading.kind.value == "platform_notice"


def test_one_account_link_in_prose_counts_once_and_is_held_for_a_person_to_look():
    """The link, the username and the id read off it are one fact: no report on its own, but no quiet notice."""
    reading = read(_mail("Follow our safety team for updates: https://www.instagram.com/instagramsafetyteam/\n"), RULES)
    assert reading.kind.value == "possible_report" and "only a profile link" in reading.reason


def test_one_profile_link_with_self_harm_words_is_still_a_report():
    reading = read(_mail("A user may be at risk of self-harm: https://www.instagram.com/rekha_41/\n",
                         sender="Instagram <safety@instagram.com>", subject="Urgent"), RULES)
    assert reading.kind.value == "platform_report"


def test_a_time_under_an_address_with_its_own_time_is_the_posts():
    raw = ("From: records@support.facebook.com\nSubject: Emergency notification\n\n"
           "case=TST-9; name=Test Person Nine; uid=100000000000009; ip1=49.36.10.9@2026-11-21T06:25:26Z; "
           "ts=2026-11-21T06:28:12Z;\n\ntext=\"ab aur nahi\"\n").encode()
    report = read(raw, ReadingRules(message_id_domain="lifeline.police.example.in")).report
    assert report.post_text == "ab aur nahi"
    assert report.post_time.isoformat() == "2026-11-21T06:28:12+00:00"


def test_a_name_in_a_subject_of_fields():
    from daemon.reading.person import name_in_subject

    assert name_in_subject("Facebook self-harm | LERT-2026-167970 | Prem Yadav") == "Prem Yadav"
    assert name_in_subject("Instagram user Neha Meghwal (@neha.m) may need help") == "Neha Meghwal"
    assert name_in_subject("Instagram Safety | Request 1234567 | Law Enforcement") is None  # no one's name
    assert name_in_subject("Prem Yadav | Anil Bairwa | 2026-11-02") is None  # two names: which one?
    assert name_in_subject("Emergency - Prem Yadav") is None  # no field with a number: not a subject of fields


def test_an_unlabelled_post_card_a_time_over_words():
    from daemon.reading.person import timed_post

    card = ["Active session 103.87.19.230 2026-11-14 03:55:10 IST", "", "2026-11-14 08:20:33 UTC", "",
            "sab log bolte hain strong raho, par main thak gaya hoon", "", "View profile <https://x.example/>"]
    assert timed_post(card, set()) == ("sab log bolte hain strong raho, par main thak gaya hoon", "2026-11-14 08:20:33 UTC")
    markdown = ["## Post", "", "_0631 UTC 11 NOV 2026_", "", "> kuen ke paas baithi hoon. alvida"]
    assert timed_post(markdown, set()) == ("kuen ke paas baithi hoon. alvida", "0631 UTC 11 NOV 2026")
    assert timed_post(["2026-11-14 08:20 UTC", "Login IP: 1.38.2.104"], set()) is None  # a field, no post
    assert timed_post(["2026-11-14 08:20 UTC", "Tele-MANAS"], set()) is None  # fewer than three words


def test_what_the_person_said_in_a_conversation_excerpt():
    from daemon.reading.person import said_by

    lines = ["Message sent by the account in a direct conversation (2026-11-19T14:14:41Z):",
             "  [other participant]: kya hua?", "  [ramesh.jpr]: Is baar pakka hai. koi mat rokna"]
    assert said_by(lines, set(), ["ramesh.jpr"]) == ("Is baar pakka hai. koi mat rokna", lines[0])
    assert said_by(lines, set(), []) is None and said_by(lines, set(), ["someone.else"]) is None
