from daemon.reading.phones import find_phones, normalise_phone


def test_prefixes_spaces_dashes_and_devanagari_digits():
    text = "+91 98290 41736, 91-7073318842, 09414 077 205, 0091 99280 66431, ९३५१२२८०८०, 8003914472"
    assert find_phones(text) == ["+919829041736", "+917073318842", "+919414077205", "+919928066431",
                                 "+919351228080", "+918003914472"]


def test_reference_numbers_helplines_and_landlines_are_not_mobiles():
    text = "Ref 8812045567. Case no: 9876543210. iCall 9152987821. Tele-MANAS 14416, 1-800-891-4416. Office 0141-2740000."
    assert find_phones(text) == []


def test_labelled_value_overrides_identifier_guard():
    assert find_phones("Case no 9876543210", labelled=True) == ["+919876543210"]


def test_officer_numbers_excluded():
    assert find_phones("Mob: 94141 00100 and 98290 41736", exclude=frozenset({"+919414100100"})) == ["+919829041736"]


def test_number_inside_url_is_not_a_phone():
    assert find_phones("https://www.facebook.com/profile.php?id=9829041736") == []


def test_normalise_phone():
    assert normalise_phone("(+91) 98290-41736") == "+919829041736"
    assert normalise_phone("12345") is None


def test_digits_in_a_file_name_are_not_a_phone():
    assert find_phones("Attachment: ips_7739408775.csv (login IP addresses)", free_text=True) == []
    assert find_phones("see 7739408775.pdf", free_text=True) == []
    assert find_phones("call 7739408775.", free_text=True) == ["+917739408775"]


def test_an_officers_number_under_a_contact_label_is_not_the_persons():
    from daemon.reading.extract import extract_report
    from daemon.reading.message import normalise

    raw = ("From: adgp-scrb@police.example.in\r\nSubject: परिपत्र\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "सभी अधिकारी आत्महत्या संबंधी अलर्ट पर तुरंत कार्यवाही करें।\r\n\r\n"
           "संपर्क: उप अधीक्षक पुलिस, मो. 94133 20011\r\n").encode()
    assert extract_report(normalise(raw)).phones == ()


def test_a_trunk_zero_set_apart_and_a_phone_key_before_an_equals_sign():
    assert find_phones("Unka registered number 0 94600 71829 hai", free_text=True) == ["+919460071829"]
    assert find_phones("case=FBR-1; phone=9352-018-774; place=Tonk", free_text=True) == ["+919352018774"]
    # still not a phone: a number inside a URL's query, or a bare ten digits as a request id
    assert find_phones("https://x.example/profile.php?id=9352018774") == []
    assert find_phones("9726462198  Closed - no data", shaped=True) == []
    assert find_phones("Mobile 9726462198", shaped=True) == ["+919726462198"]


def test_a_phone_word_with_number_after_it_vouches_for_the_number():
    from daemon.reading.phones import find_phones

    assert find_phones("The WhatsApp account registered to the number 0091 98450 68561 sent it", free_text=True) \
        == ["+919845068561"]
    assert find_phones("WhatsApp number +91-72756-77302 se messages aaye", free_text=True) == ["+917275677302"]
    assert find_phones("Our reference number 9829012345", free_text=True) == []


def test_a_hindi_reference_number_is_not_a_phone():
    from daemon.reading.phones import find_phones

    assert find_phones("संदर्भ संख्या 9616672303 है। खाते से जुड़ा मोबाइल नंबर 09019043021 है।", free_text=True) \
        == ["+919019043021"]
