"""Shared inputs for the pii binding tests (all values are synthetic)."""
import os
import random

import pytest

import pii

LINE = ("Contact jane.doe@example.com, SSN 536-22-1874, card 4539 5260 1815 9083, "
        "from 203.0.113.42.")
# (entity, byte start, byte end) in LINE, as in the project README
LINE_FINDINGS = [("EMAIL_ADDRESS", 8, 28), ("US_SSN", 34, 45), ("CREDIT_CARD", 52, 71),
                 ("IP_ADDRESS", 78, 90)]

RECORDS = [
    "Customer Li Wei <li.wei@example.net> paid with 6011 2199 3518 1909 from 198.51.100.23.",
    "SSN: 536-22-1874; IBAN DE07 5001 0517 7877 8932 87; phone (415) 555-0132.",
    "Zoë Ünal — ☃ mail zoe.unal@example.org, card 4539-5260-1815-9083 😀 ok.",
    "device_mac 00:1A:2B:3C:4D:5E seen at 2001:db8:85a3::8a2e:370:7334 by 李雷.",
    "nothing personal here, just a version 4.2.1 and a build id 7f3c9a2e-11d4.",
    "Refund IBAN (France): FR57 3000 6000 0192 1742 1809 679 — merci, Ægir.",
]

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def make_text(n_bytes, seed=1):
    """Records and non-ASCII filler, about n_bytes of UTF-8."""
    rng = random.Random(seed)
    fill = ["lorem ipsum", "ñandú", "данные", "数据 处理", "ok", "—", "🙂", "x" * 30]
    parts, size = [], 0
    while size < n_bytes:
        p = rng.choice(RECORDS) if rng.random() < 0.5 else " ".join(rng.choice(fill) for _ in range(6))
        parts.append(p)
        size += len(p.encode()) + 1
    return "\n".join(parts) + "\n"


@pytest.fixture(scope="session")
def big_text():
    return make_text(3_000_000)


@pytest.fixture(scope="session")
def hash_key():
    return b"0123456789abcdef0123456789abcdef"
