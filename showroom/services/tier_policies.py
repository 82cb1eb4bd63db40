"""A manager changes the lending terms of each tier, and saves the Settings dialog as one transaction.

Tiers themselves (their names and ranks) are fixed by migrations; only their terms change here.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.desk_models import TierSuspensionRule
from db.loss_models import TierLossRule
from db.mailing_models import TierPostRule
from db.models import TierPolicy as PolicyRow
from db.photo_models import TierPhotoRule
from db.uow import UnitOfWork
from kernel.events import TierPolicyChanged, TierTerms
from showroom.domain.errors import InvalidInput, NotFound
from showroom.domain.model import Role
from showroom.domain.policy import DEPOSIT_ROUNDING_STEPS, TierPolicy
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, resolve_now
from showroom.services.records import list_policies, policy_for
from showroom.services.settings import check_settings, current_settings, write_settings

DEPOSIT_RULES = ("none", "per_sample", "percent_of_value")
DEPOSIT_ROUNDINGS = tuple(DEPOSIT_ROUNDING_STEPS)  # fen, yuan, ten_yuan
# (minimum, maximum) of each number a manager may type; a loan longer than a quarter is a sale.
LIMITS = {
    "max_samples_out": (1, 999),
    "loan_days": (1, 90),
    "deposit_per_sample_fen": (1, 10_000_000),  # up to ¥100,000 per sample
    "deposit_percent": (1, 100),
    "suspend_after_days_late": (1, 365),
    "lose_after_days_late": (1, 365),
    "post_limit": (0, 999),
    "post_days": (0, 90),
    "return_transit_days": (0, 30),
}
# the automatic suspension, loss and photo rules last: each is kept in a table of its own (the others are columns of
# tier_policy)
EDITABLE = (
    "max_samples_out",
    "loan_days",
    "deposit_rule",
    "deposit_per_sample_fen",
    "deposit_percent",
    "deposit_rounding",
    "block_on_overdue",
    "allow_override",
    "suspend_after_days_late",
    "lose_after_days_late",
    "photo_required_for_damage",
    "may_post",
    "post_limit",
    "post_days",
    "return_transit_days",
)
POST_TERMS = ("may_post", "post_limit", "post_days", "return_transit_days")  # in a table of their own (tier_post_rule)
RULES = ("suspend_after_days_late", "lose_after_days_late")  # thresholds of days late, each in a table of its own
FLAGS = ("block_on_overdue", "allow_override", "photo_required_for_damage", "may_post")
COLUMNS = EDITABLE[:8]  # the terms that are columns of tier_policy


class TierPolicyInvalid(InvalidInput):
    """One term of one tier is out of bounds; `minimum`/`maximum` say what is allowed."""

    def __init__(
        self,
        tier: str,
        field: str,
        problem: str,
        value: object = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ):
        super().__init__(field, problem, value)
        self.tier, self.minimum, self.maximum = tier, minimum, maximum


def _in_range(tier: str, field: str, value: object) -> None:
    low, high = LIMITS[field]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise TierPolicyInvalid(tier, field, "out_of_range", value, low, high)


def checked_policy(policy: TierPolicy) -> TierPolicy:
    """The policy as it will be stored, or TierPolicyInvalid. Amounts that the deposit rule does not
    use are stored as 0 (and a tier without deposit rounds to the fen), so a later change of rule never
    revives a forgotten amount."""
    tier = policy.tier
    _in_range(tier, "max_samples_out", policy.max_samples_out)
    _in_range(tier, "loan_days", policy.loan_days)
    if policy.deposit_rule not in DEPOSIT_RULES:
        raise TierPolicyInvalid(tier, "deposit_rule", "unknown_choice", policy.deposit_rule)
    if policy.deposit_rounding not in DEPOSIT_ROUNDINGS:
        raise TierPolicyInvalid(tier, "deposit_rounding", "unknown_choice", policy.deposit_rounding)
    per_sample, percent, rounding = 0, 0, policy.deposit_rounding
    if policy.deposit_rule == "none":
        rounding = "fen"
    elif policy.deposit_rule == "per_sample":
        _in_range(tier, "deposit_per_sample_fen", policy.deposit_per_sample_fen)
        per_sample = policy.deposit_per_sample_fen
    elif policy.deposit_rule == "percent_of_value":
        _in_range(tier, "deposit_percent", policy.deposit_percent)
        percent = policy.deposit_percent
    for rule in RULES:
        if getattr(policy, rule) is not None:
            _in_range(tier, rule, getattr(policy, rule))
    for term in POST_TERMS[1:]:
        _in_range(tier, term, getattr(policy, term))
    for flag in FLAGS:
        if not isinstance(getattr(policy, flag), bool):
            raise TierPolicyInvalid(tier, flag, "not_allowed", getattr(policy, flag))
    return dataclasses.replace(
        policy, deposit_per_sample_fen=per_sample, deposit_percent=percent, deposit_rounding=rounding, reduced_from=None
    )


def read_tier_policies(uow: UnitOfWork) -> list[TierPolicy]:
    """Every tier's terms, lowest rank first."""
    return list_policies(uow)


@changes(Topic.SETTINGS)
def save_tier_policies(
    uow: UnitOfWork, actor: Actor, policies: list[TierPolicy], now: datetime | None = None
) -> list[TierPolicy]:
    """A manager saves the terms of several tiers: all of them, or none when one is not valid."""
    now = resolve_now(now)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "change_tier_policy")
        apply_tier_policies(uow, staff.id, policies, now)
        uow.commit()
    return read_tier_policies(uow)


def write_rules(
    session: Session, tier: str, suspend_after: int | None, lose_after: int | None, photo_for_damage: bool = False
) -> None:
    """A tier's automatic suspension and loss thresholds, and whether a damaged return needs a photo
    (apply_tier_policies, and its event's replay)."""
    rule = session.get(TierPhotoRule, tier)
    if rule is None:
        session.add(TierPhotoRule(tier=tier, photo_required_for_damage=photo_for_damage))
    else:
        rule.photo_required_for_damage = photo_for_damage
    for model, column, days in (
        (TierSuspensionRule, "suspend_after_days_late", suspend_after),
        (TierLossRule, "lose_after_days_late", lose_after),
    ):
        rule = session.get(model, tier)
        if rule is None:
            session.add(model(tier=tier, **{column: days}))
        else:
            setattr(rule, column, days)


def write_post_terms(session: Session, tier: str, terms: dict[str, object]) -> None:
    """A tier's terms for lending by post, POST_TERMS by name (apply_tier_policies, and its event's replay). A tier
    that may not post and never did keeps no row."""
    terms = {name: terms.get(name) or (False if name == "may_post" else 0) for name in POST_TERMS}
    rule = session.get(TierPostRule, tier)
    if rule is None:
        if any(terms.values()):
            session.add(TierPostRule(tier=tier, **terms))
        return
    for name, value in terms.items():
        setattr(rule, name, value)


def apply_tier_policies(uow: UnitOfWork, staff_id: str, policies: list[TierPolicy], now: datetime) -> list[str]:
    """Inside the caller's transaction: validates every policy first, then writes the changed ones and
    records one event per changed tier. Returns the tiers that changed."""
    checked = [checked_policy(p) for p in policies]
    changed = []
    for policy in checked:
        row = uow.session.get(PolicyRow, policy.tier)
        if row is None:
            raise NotFound("tier", policy.tier)
        before = policy_for(uow, policy.tier)
        if all(getattr(before, name) == getattr(policy, name) for name in EDITABLE):
            continue
        for name in COLUMNS:
            setattr(row, name, getattr(policy, name))
        write_rules(
            uow.session,
            policy.tier,
            policy.suspend_after_days_late,
            policy.lose_after_days_late,
            policy.photo_required_for_damage,
        )
        write_post_terms(uow.session, policy.tier, {name: getattr(policy, name) for name in POST_TERMS})
        uow.record_event(
            TierPolicyChanged(tier=policy.tier, before=_terms(before), after=_terms(policy)), staff_id=staff_id, at=now
        )
        changed.append(policy.tier)
    uow.session.flush()
    return changed


def _terms(policy: TierPolicy) -> TierTerms:
    """The terms as the event says them: the photo rule only when it is on (older payloads stay the same)."""
    terms = {name: getattr(policy, name) for name in EDITABLE}
    terms["photo_required_for_damage"] = True if policy.photo_required_for_damage else None
    for name in POST_TERMS:  # the post terms only when the tier may post (older payloads stay the same)
        terms[name] = terms[name] if policy.may_post else None
    return TierTerms(**terms)


def _all_policies(uow: UnitOfWork) -> list[TierPolicy]:
    return [policy_for(uow, tier) for tier in uow.session.scalars(select(PolicyRow.tier).order_by(PolicyRow.rank))]


@dataclasses.dataclass(frozen=True)
class SavedSettings:
    settings: dict[str, object]
    policies: list[TierPolicy]
    hq_url: str


@changes(Topic.SETTINGS)
def save_showroom_settings(
    uow: UnitOfWork,
    actor: Actor,
    settings: dict[str, object],
    policies: list[TierPolicy],
    hq_url: str | None = None,
    now: datetime | None = None,
) -> SavedSettings:
    """The Settings dialog's one save: declared settings, tier terms and the HQ address together, in one
    transaction, so a refusal on any page leaves every page as it was."""
    from showroom.services.hq_address import apply_hq_address, current_hq_url  # it imports the sync state

    now = resolve_now(now)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "change_settings")
        check_settings(settings)
        apply_tier_policies(uow, staff.id, policies, now)
        if hq_url is not None:
            apply_hq_address(uow, staff.id, hq_url, now)
        write_settings(uow, settings)
        saved = SavedSettings(current_settings(uow), _all_policies(uow), current_hq_url(uow))
        uow.commit()
    return saved
