"""Rules behind the derived figures: outlook bands, rounding to 100, display of figures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careerdesk import formatting as fmt
from careerdesk import outlook
from careerdesk.build.derive import human_index, percentile, round_to_100


@pytest.mark.parametrize(("change", "category"), [
    (4.2, "About as fast as average"),
    (3.1, "About as fast as average"),
    (7.1, "Much faster than average"),
    (5.0, "Faster than average"),
    (1.5, "Slower than average"),
    (0.5, "Slower than average"),
    (0.4, "Little or no change"),
    (0.0, "Little or no change"),
    (-0.4, "Little or no change"),
    (-0.5, "Decline"),
    (-1.6, "Decline"),
    (None, None),
])
def test_outlook_bands(change, category):
    assert outlook.category(change) == category


def test_the_bands_are_blss_six_phrases():
    assert outlook.CATEGORIES == [
        "Much faster than average", "Faster than average", "About as fast as average",
        "Slower than average", "Little or no change", "Decline"]


@given(st.integers(-400, -1))
def test_a_shrinking_career_is_never_slower_than_average_or_stable(tenths):
    change = tenths / 10  # BLS's one decimal
    assert outlook.category(change) in ("Little or no change", "Decline")
    assert outlook.trend(outlook.category(change)) in ("flat", "declining")


def test_bands_are_described_in_words_with_their_edges_and_source():
    text = outlook.describe_bands()
    for name in outlook.CATEGORIES:
        assert name in text
    for words in ("+3.1%", "+7.1% or more", "+4.6% to +7.0%", "+1.6% to +4.5%",
                  "+0.5% to +1.5%", "-0.4% to +0.4%", "-0.5% or lower",
                  outlook.HANDBOOK_BANDS_URL, "Occupational Outlook Handbook"):
        assert words in text


@given(st.dictionaries(st.integers(1, 7), st.floats(0.001, 1000), min_size=1, max_size=7))
def test_rounded_shares_always_add_to_100(shares):
    rounded = round_to_100(shares)
    assert sum(rounded.values()) == 100
    total = sum(shares.values())
    for key, value in shares.items():
        assert abs(rounded[key] - value * 100 / total) < 1


def test_percentile_counts_those_below():
    assert percentile(0.5, [0.1, 0.2, 0.5, 0.9]) == 50
    assert percentile(0.0, [0.0, 1.0]) == 0


def test_human_index_is_unavailable_when_unrated():
    assert human_index({}, rated=False) is None


@pytest.mark.parametrize(("value", "kwargs", "text"), [
    (None, {}, "not available"),
    (45930, {}, "$45,930"),
    (239200, {"top_coded": True}, "$239,200 or more"),
    (22.08, {"cents": True}, "$22.08"),
])
def test_money(value, kwargs, text):
    assert fmt.money(value, **kwargs) == text


@pytest.mark.parametrize(("low", "high", "text"), [
    (0.1, 1.0, "a few months to a year"),
    (4.0, 4.0, "about 4 years"),
    (0.0, 0.0, "little or no preparation after high school"),
    (7.0, 10.0, "7 to 10 years"),
    (None, None, "not available"),
])
def test_years_range(low, high, text):
    assert fmt.years_range(low, high) == text
