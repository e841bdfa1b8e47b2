from daemon.reading.language import detect_language
from daemon.reading.hints import location_hints


def test_hints_from_labels_pins_prefixes_and_gazetteer():
    hints = location_hints(["Jodhpur, Rajasthan 342001"],
                           ["व्यक्ति ब्यावर का लगता है", "main gaon Rampura ke paas hoon, Pali district", "PIN: 305901"])
    assert hints == ["Jodhpur, Rajasthan 342001", "PIN 342001", "ब्यावर", "gaon Rampura", "Pali district", "Pali",
                     "PIN 305901"]


def test_place_names_need_word_boundaries():
    assert location_hints([], ["Kotak bank and Palisade"]) == []


def test_languages():
    assert detect_language("सब को अलविदा। माँ मुझे माफ़ कर देना।") == "hi"
    assert detect_language("Kal subah tak main nahi rahunga.") == "hi-Latn"
    assert detect_language("I cannot do this anymore. Goodbye everyone.") == "en"
    assert detect_language("आज last day है, I am done") == "mixed"
    assert detect_language("") is None
    assert detect_language("😔😔") is None


def test_a_free_text_line_naming_a_village_is_the_weakest_place():
    from daemon.reading.hints import place_hints

    hints = place_hints([], [], [], "", "", lines=["Village Jhadol, Udaipur"])
    assert [(str(h), h.source) for h in hints] == [("Village Jhadol, Udaipur", "note")]
