from datetime import datetime, timezone

import pytest

from daemon.core.report import Hint, Report
from daemon.core.route import Route
from daemon.core.routing import route
from tests.helpers import shipped_config

# 21:17 UTC = 02:47 IST: the night shift is on duty
NIGHT = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)
DAY = datetime(2026, 11, 30, 6, 0, tzinfo=timezone.utc)  # 11:30 IST, a Monday


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return shipped_config(tmp_path_factory.mktemp("state"))


def at(config, *hints, when=NIGHT, post=None):
    return route(Report(location_hints=hints, post_text=post), config, when)


def test_station_place_goes_to_the_officer_on_duty_and_the_station_mailbox(config):
    r = at(config, "Near Ratanada police line, Jodhpur")
    assert (r.station, r.police_district, r.district) == ("PS Ratanada", "Jodhpur East", "Jodhpur")
    assert r.matched_by == "station_place"
    assert r.recipients == ("hc-chandan-ratanada@police.example.in", "do-ratanada-jdh@police.example.in")
    assert at(config, "Ratanada", when=DAY).recipients[0] == "si-asha-ratanada@police.example.in"


def test_chain_ends_at_a_24x7_desk_and_carries_waits(config):
    r = at(config, "Ratanada")
    assert [s.who for s in r.chain] == ["station", "sho", "circle_officer", "district_control_room", "hq_desk"]
    assert r.chain[0].addresses == r.recipients
    assert r.chain[3].addresses == ("cr-jodhpur-east@police.example.in",) and r.chain[-1].desk_24x7
    assert r.chain[0].wait_for("high") == 5 and r.chain[0].wait_for("low") == 60
    assert Route.from_json(r.to_json()) == r


def test_old_stored_routes_without_chain_still_load():
    old = {"station": None, "police_district": None, "district": None, "matched_by": "fallback",
           "confidence": 0.0, "recipients": ["scrb-control@police.example.in"]}
    assert Route.from_json(old).chain == ()


@pytest.mark.parametrize("hint", ["सरदारपुरा, जोधपुर", "sardarpura", "Sardarpure"])
def test_hindi_and_misspelt_station_places(config, hint):
    assert at(config, hint).station == "PS Sardarpura"


@pytest.mark.parametrize("hint", ["Jodhpur, Rajasthan", "जोधपुर", "Jodhpure", "jodhapura"])
def test_district_only_goes_to_the_district_control_room(config, hint):
    r = at(config, hint)
    assert (r.station, r.district, r.matched_by) == (None, "Jodhpur", "district_name")
    assert r.recipients == ("cr-jodhpur-comm@police.example.in",)


def test_spelling_variants_of_district_names(config):
    assert at(config, "Sri Ganga Nagar").district == "Sri Ganganagar"
    # "Madhpur" is another spelling of a village's name (Madha Pura): that leaves the two words to a fuzzy reading
    assert at(config, "Sawai Madhpur").district == "Sawai Madhopur"
    assert at(config, "Jhunjhunun").district == "Jhunjhunu"
    assert at(config, "Bikaneer").district == "Bikaner"


@pytest.mark.parametrize("old,new", [("Dudu", "Jaipur"), ("Kekri", "Ajmer"), ("Anupgarh", "Sri Ganganagar"),
                                     ("Neem-ka-Thana", "Sikar"), ("Jodhpur Rural", "Jodhpur")])
def test_abolished_district_names_go_to_the_surviving_district(config, old, new):
    r = at(config, f"district {old}")
    assert r.district == new and r.matched_by == "district_name"


def test_commissionerate_dcp_area(config):
    r = at(config, "Jaipur (East)")
    assert (r.police_district, r.district) == ("Jaipur East", "Jaipur")
    assert r.recipients == ("cr-jaipur-east@police.example.in",)


def test_a_pin_goes_where_nearly_all_its_offices_are(config):
    """305901: 22 offices in Beawar, one in Rajsamand. A split that lopsided is Beawar, not the desk's."""
    r = at(config, "PIN 305901")
    assert (r.district, r.matched_by) == ("Beawar", "pin")


def test_pin_districts_keep_close_splits_ambiguous():
    from daemon.core.gazetteer import pin_districts

    assert pin_districts({"Beawar": 22, "Rajsamand": 1}) == ("Beawar",)
    assert pin_districts({"Alwar": 8, "Khairthal-Tijara": 3}) == ("Alwar", "Khairthal-Tijara")
    assert pin_districts({"Alwar": 4, "Nagaur": 1}) == ("Alwar", "Nagaur")  # too few offices to judge


def test_pin_only(config):
    r = at(config, "PIN 342003")
    assert (r.station, r.matched_by) == ("PS Sardarpura", "pin")
    r = at(config, "PIN 334001")  # no station configured: the district from the PIN table
    assert (r.station, r.district, r.matched_by) == (None, "Bikaner", "pin")
    assert r.recipients == ("cr-bikaner@police.example.in",)


def test_grp_only_when_the_persons_place_is_on_the_railway_a_labelled_place_beats_railway_words_in_the_post(config):
    r = at(config, "Jodhpur railway station")  # the labelled place is a station: its GRP thana
    assert (r.station, r.police_district) == ("GRP Thana Jodhpur", "GRP Jodhpur")
    assert r.reason.startswith("stated place on the railway")
    r = at(config, "Platform 3, Ajmer Jn")
    assert (r.station, r.police_district) == ("GRP Thana Ajmer", "GRP Ajmer")
    # people write of where they are going: the labelled place (profile city, PIN) decides
    r = at(config, "Vaishali Nagar, Jaipur", post="going to the railway track tonight")
    assert (r.station, r.police_district) == ("PS Vaishali Nagar", "Jaipur West")
    assert "the post speaks of the railway, but the person's stated place decides (not the GRP)" in r.reason
    r = at(config, "Jodhpur", post="main platform pe hoon, train ke aage kood jaunga")
    assert (r.station, r.police_district, r.district) == (None, "Jodhpur Commissionerate", "Jodhpur")
    r = route(Report(location_hints=(Hint("PIN 342003", "pin"),), post_text="platform pe hoon"), config, NIGHT)
    assert (r.station, r.matched_by) == ("PS Sardarpura", "pin")
    r = at(config, "Station Road, Jaipur")  # an address, not a station
    assert r.police_district == "Jaipur Commissionerate"


def test_with_no_labelled_place_a_post_at_a_named_station_goes_to_the_grp(config):
    def post(hint, text):
        return route(Report(location_hints=(Hint(hint, "post"),), post_text=text), config, NIGHT)

    r = post("Bikaner Junction", "Bikaner junction pe baitha hoon, train ke aage kood jaunga")
    assert (r.station, r.police_district, r.recipients) == (None, "GRP Jodhpur", ("cr-grp-jodhpur@police.example.in",))
    assert r.reason.startswith("no labelled place; the post puts the person at a railway station")
    r = post("Abu Road", "Abu Road platform 2 pe hoon")  # config.toml lists Sirohi under GRP Jodhpur
    assert (r.police_district, r.district) == ("GRP Jodhpur", "Sirohi")
    r = post("Bikaner", "Bikaner mein railway track pe ja raha hoon")  # no station named: the district
    assert (r.police_district, r.district) == ("Bikaner", "Bikaner")


def test_village_with_district(config):
    r = at(config, "village Chomu, district Jaipur")
    assert (r.station, r.police_district) == ("PS Chomu", "Jaipur Rural")


def test_two_stations_named_is_not_a_guess(config):
    r = at(config, "Ratanada or Sardarpura")
    assert r.station is None and r.matched_by == "ambiguous"
    assert set(r.candidates) == {"PS Ratanada", "PS Sardarpura"}
    assert r.recipients == ("cr-jodhpur-comm@police.example.in",)


def test_two_districts_named_goes_to_the_state_control_room_with_candidates(config):
    r = at(config, "Kota or Bikaner")
    assert r.matched_by == "ambiguous" and set(r.candidates) == {"Kota", "Bikaner"}
    assert r.recipients == (config.state_control_room,)


def test_nothing_usable_goes_to_the_state_control_room(config):
    for hints in ((), ("Mumbai",), ("",), ("Kotare village",)):
        r = at(config, *hints)
        assert r.matched_by == "fallback" and r.confidence == 0.0
        assert r.recipients == (config.state_control_room,)
        assert r.chain[-1].addresses == (config.hq_desk,)


def hinted(config, *pairs, post=None):
    from daemon.core.report import Hint

    return route(Report(location_hints=tuple(Hint(t, s) for t, s in pairs), post_text=post), config, NIGHT)


@pytest.mark.parametrize("place,district", [
    ("Kishangarh, Ajmer", "Ajmer"), ("Balotra, Barmer", "Balotra"), ("Kotputli, Jaipur", "Kotputli-Behror"),
    ("Didwana, Nagaur", "Didwana-Kuchaman"), ("Phalodi, Jodhpur", "Phalodi"), ("Tijara, Alwar", "Khairthal-Tijara"),
    ("Kekri, Ajmer", "Ajmer"), ("Sanchore", "Jalore"), ("Nokha, Bikaner", "Bikaner"), ("किशनगढ़, अजमेर", "Ajmer"),
    ("Hanumangad", "Hanumangarh"), ("Bhilwada", "Bhilwara"), ("गंगापुर सिटी", "Sawai Madhopur"),
])
def test_towns_tehsils_old_parents_and_spellings_from_the_gazetteer(config, place, district):
    assert hinted(config, (place, "stated")).district == district


def test_the_stated_place_beats_the_profile_and_the_post(config):
    r = hinted(config, ("Kota", "stated"), ("Jaipur", "profile"), ("Jodhpur", "post"))
    assert r.district == "Kota" and "stated" in r.reason
    assert hinted(config, ("Jaipur", "profile"), ("Jodhpur", "post")).district == "Jaipur"
    assert hinted(config, ("PIN 334001", "pin"), ("Jodhpur", "post")).district == "Bikaner"


def test_a_broader_part_chooses_between_same_named_villages(config):
    assert hinted(config, ("Rampura", "stated")).matched_by == "ambiguous"
    assert hinted(config, ("Rampura, Nagaur", "stated")).district == "Nagaur"
    assert hinted(config, ("Rampura", "stated"), ("Jhunjhunu", "profile")).district == "Jhunjhunu"


@pytest.mark.parametrize("place", ["Mumbai, Maharashtra", "Pali, Raigad, Maharashtra", "Pratapgarh, Uttar Pradesh",
                                   "Bikaner House, Pandara Road, New Delhi", "PIN 400001"])
def test_outside_rajasthan_goes_to_the_state_control_room_with_the_reason(config, place):
    r = hinted(config, (place, "pin" if place.startswith("PIN") else "stated"))
    assert (r.district, r.recipients) == (None, (config.state_control_room,))
    assert "outside Rajasthan" in r.reason


def test_commissionerate_localities_and_rural_towns_get_their_police_district(config):
    assert hinted(config, ("Mansarovar, Jaipur", "stated")).police_district == "Jaipur South"
    assert hinted(config, ("Phulera, Jaipur", "stated")).police_district == "Jaipur Rural"
    assert hinted(config, ("Bilara", "stated")).police_district == "Jodhpur Rural"
    assert hinted(config, ("Jaipur", "stated")).police_district == "Jaipur Commissionerate"


def test_a_place_in_brackets_inside_the_one_before_is_the_more_specific(config):
    assert at(config, "Jaipur (Mansarovar)").police_district == "Jaipur South"
    assert at(config, "Jodhpur (Paota)").police_district == "Jodhpur East"  # not Paota in Kotputli-Behror
    assert at(config, "Nawalgarh (Jhunjhunu)").reason.startswith("stated place: nawalgarh")
    assert at(config, "Jaipur (East)").police_district == "Jaipur East"  # one name across the brackets
    assert at(config, "Kota (hostel)").district == "Kota"


def test_landmarks_and_tehsil_towns_of_unchanged_districts(config):
    assert at(config, "Ward No. 12, Near Hanuman Mandir, Sujangarh, Distt. Churu - 331507").district == "Churu"
    for place, district in (("Jhalrapatan", "Jhalawar"), ("Nainwa", "Bundi"), ("Deoli", "Tonk"), ("Antah", "Baran"),
                            ("Mangrol", "Baran"), ("Mangrol, Chittorgarh", "Chittorgarh")):
        assert at(config, place).district == district, place
    # a village only spelt like a town elsewhere does not outvote the district named after it
    assert at(config, "Fatehpura, Udaipur").district == "Udaipur"


def test_teh_abbreviation_names_a_tehsil_not_a_village_of_that_name(config):
    # Bhagwanpura villages lie in six other districts; "Teh. Rajgarh, Distt. Alwar" says which one is meant
    r = at(config, "Vill. Bhagwanpura, Teh. Rajgarh, Distt. Alwar")
    assert r.district == "Alwar" and r.matched_by != "ambiguous"


@pytest.mark.parametrize("place", ["Village Baral Tehsil Sahada District Bhilwara", "VILLAGE BARAL TEHSIL SAHADA BHILWARA",
                                   "Baral village Sahada tehsil Bhilwara district", "Vill. Baral Teh. Sahada Distt. Bhilwara",
                                   "गांव बराल तहसील सहाड़ा जिला भीलवाड़ा"])
def test_an_address_without_commas_is_read_one_kind_word_at_a_time(config, place):
    # Baral villages lie in Beawar and Sikar; the tehsil and district written after it say which is meant
    # (when "village" governed the whole line, Sahada and Bhilwara were read as villages and not found)
    assert at(config, place).district == "Bhilwara"


@pytest.mark.parametrize("post", ["sab khatam ho gaya", "सब खत्म हो गया", "Mera dil toot gaya hai"])
def test_the_hindi_verb_gaya_is_no_city_in_bihar(config, post):
    assert "outside Rajasthan" not in hinted(config, (post, "post")).reason
