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
    (0.0, "Slower than average"),
    (-1.6, "Declining"),
    (None, None),
])
def test_outlook_bands(change, category):
    assert outlook.category(change) == category


def test_bands_are_described_in_words():
    text = outlook.describe_bands()
    for name in outlook.CATEGORIES:
        assert name in text
    assert "+3.1%" in text


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
