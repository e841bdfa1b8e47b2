"""HTML -> text (html_text): layouts whose boxes touch must still read as label and value."""

from daemon.reading.html_text import html_to_text


def test_side_by_side_spans_read_as_label_and_value():
    html = ('<div class="row"><span class="k">Name on account</span><span class="v">Rekha Saini</span></div>'
            '<div class="row"><span class="k">Contact number</span><span class="v">+919829041736</span></div>')
    assert html_to_text(html)[0] == "Name on account: Rekha Saini\n\nContact number: +919829041736"


def test_a_third_box_on_the_line_is_kept_apart_by_a_space():
    html = '<div><span>IP</span><span>122.161.24.96</span><span>2026-11-27T23:24:44+05:30</span></div>'
    assert html_to_text(html)[0] == "IP: 122.161.24.96 2026-11-27T23:24:44+05:30"


def test_inline_words_in_a_sentence_are_left_alone():
    assert html_to_text("<p>Please <em>act</em> now, <span>officer</span> <span>Meena</span>.</p>")[0] == \
        "Please act now, officer Meena."


def test_card_rows_of_spans_set_apart_by_a_space_read_as_labels():
    html = ('<div><span class="k">Who</span> <span class="v">Gita Bishnoi</span></div>'
            '<div><span class="k">When</span> <span class="v">Dec 1, 2026 at 9:05 PM IST</span></div>'
            '<div><span class="k">What</span> <span class="v">bas ab</span></div>'
            '<p><span>Hello</span> <span>world</span>, <em>please</em> <span>call</span></p>')
    assert html_to_text(html)[0].splitlines() == [
        "Who : Gita Bishnoi", "", "When : Dec 1, 2026 at 9:05 PM IST", "", "What : bas ab", "",
        "Hello world, please call"]


def test_a_definition_list_becomes_label_value_lines():
    from daemon.reading.html_text import html_to_text

    text, _ = html_to_text("<dl><dt>Current city</dt><dd>Test Nagar</dd><dt>Mobile:</dt><dd>9000000123</dd></dl>")
    assert [line for line in text.splitlines() if line] == ["Current city: Test Nagar", "Mobile:9000000123"]


def test_a_form_s_labels_and_outputs_and_fieldsets():
    html = ("<form><fieldset><legend>Account</legend><label>Name</label> <output>Kamla Pathan</output><br>"
            "<label>Location</label> <output>Siwana, Barmer</output></fieldset></form>")
    lines = [" ".join(line.split()).replace(" :", ":") for line in html_to_text(html)[0].splitlines() if line.strip()]
    assert lines == ["Account", "Name: Kamla Pathan", "Location: Siwana, Barmer"]
