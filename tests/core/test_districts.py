"""The one table of Rajasthan's 41 districts (English and Hindi)."""

from daemon.core.districts import ABOLISHED, DISTRICTS, NAMES
from daemon.reading.hints import BASE_PLACES


def test_41_districts_each_once_with_a_hindi_name():
    assert len(NAMES) == 41 and len(set(DISTRICTS)) == 41
    assert DISTRICTS == tuple(english for english, _ in NAMES)
    assert all(hindi and not hindi.isascii() for _, hindi in NAMES)


def test_abolished_districts_map_to_current_ones():
    assert set(ABOLISHED.values()) <= set(DISTRICTS) and not set(ABOLISHED) & set(DISTRICTS)


def test_reading_gazetteer_starts_from_the_table():
    assert BASE_PLACES == tuple(name for pair in NAMES for name in pair)
