"""Roles are ordered clerk < manager < admin; a higher role may do what a lower one may."""

import pytest

from showroom.domain.model import Role

ORDER = [Role.CLERK, Role.MANAGER, Role.ADMIN]


@pytest.mark.parametrize("mine", ORDER)
@pytest.mark.parametrize("needed", ORDER)
def test_at_least_follows_the_order(mine, needed):
    assert mine.at_least(needed) == (ORDER.index(mine) >= ORDER.index(needed))


def test_roles_are_stored_as_their_values():
    assert Role("manager") is Role.MANAGER
    with pytest.raises(ValueError):
        Role("owner")
