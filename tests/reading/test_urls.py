from daemon.reading.urls import clean_username, find_emails, find_profiles, profile_of


def test_profiles_kept_and_footer_links_dropped():
    text = ("see https://www.facebook.com/profile.php?id=100078812345670, facebook.com/imran.khan.77. "
            "https://www.facebook.com/help/123 https://www.instagram.com/p/Cx12/ https://www.instagram.com/legal/privacy/")
    assert find_profiles(text) == [
        ("facebook", None, "https://www.facebook.com/profile.php?id=100078812345670"),
        ("facebook", "imran.khan.77", "https://facebook.com/imran.khan.77"),
    ]


def test_instagram_story_and_people_links():
    assert profile_of("https://www.instagram.com/stories/kavya_0311/312/")[1] == "kavya_0311"
    assert profile_of("https://www.facebook.com/people/Vikram-Singh/100082233445566/")[0] == "facebook"
    assert profile_of("https://example.com/kavya") is None


def test_usernames_and_emails():
    assert clean_username("@kavya_0311") == "kavya_0311"
    assert clean_username("https://www.instagram.com/raj_09/") == "raj_09"
    assert clean_username("123456") is None
    assert find_emails("write to A.B@Example.com.") == ["a.b@example.com"]


def test_a_platform_page_with_its_own_id_is_no_profile():
    assert profile_of("https://www.facebook.com/survey/?id=77123") is None
    assert profile_of("https://www.facebook.com/rekha.saini41/?id=77123") is None  # a page id, never a person's
    assert profile_of("https://www.facebook.com/profile.php?id=100044412345678") is not None
    assert profile_of("https://www.facebook.com/rekha.saini41/?ref=br_rs")[1] == "rekha.saini41"
