"""The tier page's photo rule: a checkbox per tier, off until ticked, and what is ticked is what is saved."""

from __future__ import annotations

from showroom.domain.policy import TierPolicy
from ui.settings.tier_page import TierPoliciesPage


def test_a_tier_needs_a_photo_of_damage_once_its_box_is_ticked(qtbot):
    page = TierPoliciesPage()
    qtbot.addWidget(page)
    page.set_policies([TierPolicy("new", 3, 7, "none"), TierPolicy("gold", 10, 14, "none")])
    box = page.editor_for("gold", "photo_required_for_damage")
    assert not box.isChecked() and box.accessibleName().endswith("Photo needed for damage")
    box.setChecked(True)
    saved = {p.tier: p.photo_required_for_damage for p in page.values()}
    assert saved == {"new": False, "gold": True}
