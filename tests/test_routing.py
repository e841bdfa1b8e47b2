from daemon.reports.report import Report
from daemon.routing import route
from tests.helpers import shipped_config


def test_station_place_routes_to_its_duty_officers(tmp_path):
    r = route(Report(location_hints=("Near Ratanada police line, Jodhpur",)), shipped_config(tmp_path))
    assert (r.station, r.police_district, r.district) == ("PS Ratanada", "Jodhpur East", "Jodhpur")
    assert r.matched_by == "station_place"
    assert r.recipients == ("do-ratanada-jdh@police.example.in",)


def test_hindi_place_name_matches(tmp_path):
    r = route(Report(location_hints=("सरदारपुरा, जोधपुर",)), shipped_config(tmp_path))
    assert r.station == "PS Sardarpura"


def test_city_only_goes_to_the_district_control_room(tmp_path):
    r = route(Report(location_hints=("Jodhpur, Rajasthan",)), shipped_config(tmp_path))
    assert r.station is None and r.district == "Jodhpur"
    assert r.matched_by == "district_name"
    assert r.recipients == ("cr-jodhpur-comm@police.example.in",)


def test_two_stations_named_is_not_a_guess(tmp_path):
    r = route(Report(location_hints=("Ratanada or Sardarpura",)), shipped_config(tmp_path))
    assert r.station is None
    assert set(r.candidates) == {"PS Ratanada", "PS Sardarpura"}
    assert r.recipients == ("cr-jodhpur-comm@police.example.in",)


def test_nothing_usable_goes_to_the_state_control_room(tmp_path):
    config = shipped_config(tmp_path)
    for hints in ((), ("Mumbai",), ("",)):
        r = route(Report(location_hints=hints), config)
        assert r.matched_by == "fallback" and r.confidence == 0.0
        assert r.recipients == (config.state_control_room,)


def test_place_must_match_whole_words(tmp_path):
    # "Kotare" must not match the district "Kota"
    r = route(Report(location_hints=("Kotare village",)), shipped_config(tmp_path))
    assert r.matched_by == "fallback"
