"""The forms of the codes printed as Code 128 and written into events (DESIGN.md, "Codes on barcodes").

showroom.domain.codes routes scans by these forms; the event declarations check codes against them.
"""
from __future__ import annotations

import re

SITE = re.compile(r"^[A-Z]{2,4}$")
SAMPLE = re.compile(r"^([A-Z]{2,4})-(\d{6,})$")
MEMBER = re.compile(r"^([A-Z]{2,4})-M(\d{5,})$")
LOAN = re.compile(r"^([A-Z]{2,4})-L(\d{6})(\d{3,})$")
EAN = re.compile(r"^\d{8}$|^\d{12,14}$")
# a normalised mainland mobile number, the streamer's key across the network (kernel.phone);
# re.ASCII keeps other scripts' digits out, so one person always has one key
MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
# a merchant's phone in its canonical form (kernel.phone.normalise_merchant_phone): a mobile,
# a landline with its area code (0731-88886666, 010-65528888) or a 400/800 service number (400-820-8820)
MERCHANT_PHONE = re.compile(r"^1[3-9]\d{9}$|^0\d{2,3}-\d{7,8}$|^[48]00-\d{3}-\d{4}$", re.ASCII)
