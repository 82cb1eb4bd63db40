"""When a return needs a photo of its condition (showroom.domain.photos), with no database: here, as the streamer's
tier says; for another showroom's loan, always when damaged (README, "Photo evidence")."""

from __future__ import annotations

import pytest

from showroom.domain.photos import needs_photo, needs_photo_elsewhere


@pytest.mark.parametrize("required", [True, False])
def test_a_damaged_return_of_another_showrooms_loan_needs_a_photo_whatever_the_tier(required):
    assert needs_photo_elsewhere("damaged")
    assert needs_photo("damaged", required) == required


@pytest.mark.parametrize("condition", ["good", "parts_missing"])
def test_nothing_else_needs_one(condition):
    assert not needs_photo_elsewhere(condition) and not needs_photo(condition, True)
