"""Every event the counter records, declared once: type and version, what HQ does with it, and each
field with its kind and bounds. The counter writes events only through these (db.uow.record_event),
HQ reads them only through these (hq/projections.py), and hq/PROTOCOL.md's event table is generated
from them (`python -m kernel.events.table`). A new event type is declared here first.
"""

from kernel.events.base import APPLIES, EVENTS, STORES, Event, Record, declared, read
from kernel.events.catalog import (
    MerchantCreated,
    ProductCreated,
    ReceivedSample,
    SampleSentBack,
    SamplesReceived,
    SamplesReturnedToMerchant,
    ShowroomSetUp,
)
from kernel.events.fields import EventInvalid
from kernel.events.lending import (
    DepositOwedPaid,
    LoanCheckedOut,
    LoanClosed,
    LoanDueExtended,
    LoanedSample,
    OverrideGiven,
    OwedPaidLoan,
    ReturnedItem,
    SampleDeclaredLost,
    SamplesCheckedIn,
)
from kernel.events.local import (
    DeviceHqAddressChanged,
    StaffCreated,
    StaffDisabled,
    StaffEnabled,
    StaffLocked,
    StaffPinReset,
    StaffRoleChanged,
    StaffUnlocked,
    TierPolicyChanged,
    TierTerms,
)
from kernel.events.losses import AutomaticLossConfirmed, AutomaticLossReversed, SampleLostAutomatically
from kernel.events.photos import PhotoAttached
from kernel.events.stock import (
    CountSettled,
    MissingSample,
    SampleCounted,
    SamplesMissing,
    StocktakeAbandoned,
    StocktakeFinished,
    StocktakeStarted,
)
from kernel.events.streamers import (
    ReasonParams,
    StreamerRegistered,
    StreamerReminded,
    StreamerStatusChanged,
    StreamerTierChanged,
)

__all__ = [
    "APPLIES",
    "EVENTS",
    "STORES",
    "Event",
    "EventInvalid",
    "Record",
    "declared",
    "read",
    "ShowroomSetUp",
    "MerchantCreated",
    "ProductCreated",
    "SamplesReceived",
    "ReceivedSample",
    "SamplesReturnedToMerchant",
    "SampleSentBack",
    "LoanCheckedOut",
    "LoanedSample",
    "OverrideGiven",
    "SamplesCheckedIn",
    "ReturnedItem",
    "LoanClosed",
    "SampleDeclaredLost",
    "LoanDueExtended",
    "DepositOwedPaid",
    "OwedPaidLoan",
    "StreamerRegistered",
    "StreamerStatusChanged",
    "ReasonParams",
    "StreamerTierChanged",
    "StreamerReminded",
    "StaffCreated",
    "StaffLocked",
    "StaffUnlocked",
    "StaffRoleChanged",
    "StaffDisabled",
    "StaffEnabled",
    "StaffPinReset",
    "TierPolicyChanged",
    "TierTerms",
    "DeviceHqAddressChanged",
    "StocktakeStarted",
    "SampleCounted",
    "CountSettled",
    "SamplesMissing",
    "MissingSample",
    "StocktakeFinished",
    "StocktakeAbandoned",
    "SampleLostAutomatically",
    "AutomaticLossConfirmed",
    "AutomaticLossReversed",
    "PhotoAttached",
]
