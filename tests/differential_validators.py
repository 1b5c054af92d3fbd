#!/usr/bin/python3
"""Differential test: libpii's pii_validate() against python3-stdnum.

Usage: differential_validators.py PATH/TO/libpii.so [SEED]

Generates a few thousand deterministic pseudo-random values (valid ones and
corrupted ones) and asserts that libpii and stdnum's reference validators
agree on each: stdnum.luhn, stdnum.iban, stdnum.us.rtn, stdnum.us.ssn and
stdnum.us.itin.  Prints the first mismatches, then `N passed, N failed`
as its last line; exits 1 on any mismatch.

Where libpii deliberately differs from stdnum, the value is not compared
(it is counted as skipped) and the reason is given where it happens:
  - IBAN: stdnum is called with check_country=False, because its country
    modules add national checks (Belgian, Spanish, French ... account keys)
    that libpii does not do.  libpii also rejects check digits 00, 01 and
    99, which ISO 13616 never produces (02..98) but which stdnum's plain
    mod-97 test accepts when 97, 98 or 02 would be right.
  - RTN: libpii also requires a Federal Reserve prefix (00-12, 21-32,
    61-72, 80) and rejects 000000000; stdnum checks the check digit only.
    Only numbers with a valid prefix are compared.
  - SSN: libpii rejects more sample numbers than stdnum's three
    (123-45-6789 and one digit repeated nine times); those are skipped.
    stdnum also accepts a dash in one place only ("123-456789"); libpii
    takes "123-45-6789", "123 45 6789" or 9 digits, so only the compact and
    fully dashed forms are compared.
  - ITIN: stdnum predates the IRS's 2011 extension of the group to 50-65,
    so groups 50-65 are skipped; libpii rejects 999-99-9999, a format's
    mask, which is skipped too.
  - Cards: stdnum.luhn is a bare checksum while CREDIT_CARD also wants a
    brand; cards are generated only inside brand ranges and lengths, and the
    bare checksum is compared through pii_validate_named("luhn").
"""
import ctypes
import os
import random
import re
import sys

from stdnum import iban, luhn
from stdnum.us import itin, rtn, ssn

# pii_entity ids from pii.h (stable numbers).
US_SSN, US_ITIN, CREDIT_CARD, ABA_ROUTING_NUMBER, IBAN_CODE = 0, 1, 5, 6, 8

IBAN_DAT = os.path.join(os.path.dirname(iban.__file__), 'iban.dat')
DIGITS = '0123456789'
UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'


class Runner:
    def __init__(self, path):
        self.lib = ctypes.CDLL(path)
        self.lib.pii_validate.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t]
        self.lib.pii_validate.restype = ctypes.c_int
        self.lib.pii_validate_named.argtypes = [ctypes.c_char_p, ctypes.c_char_p,
                                                ctypes.c_size_t]
        self.lib.pii_validate_named.restype = ctypes.c_int
        self.passed = self.failed = self.skipped = 0
        self.valid_seen = 0
        self.shown = 0

    def validate(self, entity, value):
        b = value.encode()
        return self.lib.pii_validate(entity, b, len(b))

    def named(self, name, value):
        b = value.encode()
        return self.lib.pii_validate_named(name.encode(), b, len(b))

    def compare(self, what, value, ours, theirs):
        if ours not in (0, 1):
            ok = False
        else:
            ok = bool(ours) == bool(theirs)
        if ok:
            self.passed += 1
            self.valid_seen += bool(theirs)
        else:
            self.failed += 1
            if self.shown < 20:
                print('MISMATCH %s %r: libpii %d, stdnum %s' % (what, value, ours, theirs))
                self.shown += 1

    def skip(self):
        self.skipped += 1


def corrupt_digits(rng, s, positions):
    """One of: substitute a digit, transpose two adjacent digits, drop or
    insert a digit.  positions: indices that hold digits."""
    kind = rng.randrange(4)
    s = list(s)
    i = rng.choice(positions)
    if kind == 0:
        s[i] = rng.choice(DIGITS.replace(s[i], ''))
    elif kind == 1 and i + 1 < len(s) and s[i + 1] in DIGITS:
        s[i], s[i + 1] = s[i + 1], s[i]
    elif kind == 2:
        del s[i]
    else:
        s.insert(i, rng.choice(DIGITS))
    return ''.join(s)


def test_luhn(r, rng):
    for _ in range(1500):
        body = ''.join(rng.choice(DIGITS) for _ in range(rng.randrange(1, 24)))
        value = body + luhn.calc_check_digit(body)
        if rng.random() < 0.5:
            value = corrupt_digits(rng, value, range(len(value)))
        if len(value) < 2:
            r.skip()
            continue
        r.compare('luhn', value, r.named('luhn', value), luhn.is_valid(value))


# (prefix, length) pairs well inside one brand's IIN range and lengths.
CARD_SHAPES = [
    ('4', 16), ('4', 13), ('4', 19), ('51', 16), ('55', 16), ('2221', 16), ('2720', 16),
    ('34', 15), ('37', 15), ('6011', 16), ('65', 16), ('644', 19), ('3528', 16),
    ('3589', 19), ('36', 14), ('300', 14), ('62', 16), ('62', 19), ('6304', 12),
    ('6759', 18), ('2200', 16), ('60', 16), ('81', 16),
]


def test_cards(r, rng):
    for _ in range(1000):
        prefix, length = rng.choice(CARD_SHAPES)
        body = prefix + ''.join(rng.choice(DIGITS) for _ in range(length - len(prefix) - 1))
        value = body + luhn.calc_check_digit(body)
        if rng.random() < 0.5:
            # Corrupt past the IIN so the brand stays the same.
            s = list(value)
            i = rng.randrange(len(prefix) + 2, length)
            s[i] = rng.choice(DIGITS.replace(s[i], ''))
            value = ''.join(s)
        shown = value
        if rng.random() < 0.3:
            sep = rng.choice(' -.')
            shown = sep.join(value[i:i + 4] for i in range(0, len(value), 4))
        r.compare('card', shown, r.validate(CREDIT_CARD, shown), luhn.is_valid(value))


def iban_registry():
    registry = {}
    with open(IBAN_DAT) as f:
        for line in f:
            m = re.match(r'^([A-Z]{2}) .*bban="([^"]*)"', line)
            if m:
                registry[m.group(1)] = re.findall(r'(\d+)!([nac])', m.group(2))
    return registry


def random_bban(rng, structure):
    classes = {'n': DIGITS, 'a': UPPER, 'c': DIGITS + UPPER}
    return ''.join(rng.choice(classes[cls]) for count, cls in structure
                   for _ in range(int(count)))


def test_iban(r, rng):
    registry = iban_registry()
    countries = sorted(registry)
    for _ in range(2000):
        cc = rng.choice(countries)
        bban = random_bban(rng, registry[cc])
        value = cc + iban.calc_check_digits(cc + '00' + bban) + bban
        kind = rng.randrange(6)
        if kind == 1:  # substitute one character with one of the same class
            s = list(value)
            i = rng.randrange(2, len(s))
            pool = DIGITS if s[i] in DIGITS else UPPER
            s[i] = rng.choice(pool.replace(s[i], ''))
            value = ''.join(s)
        elif kind == 2:  # swap two adjacent characters
            i = rng.randrange(4, len(value) - 1)
            value = value[:i] + value[i + 1] + value[i] + value[i + 2:]
        elif kind == 3:  # wrong length
            value = value[:-1] if rng.random() < 0.5 else value + rng.choice(DIGITS)
        elif kind == 4:  # another (possibly unknown) country code
            value = rng.choice(UPPER) + rng.choice(UPPER) + value[2:]
        # kind 0 and 5: unchanged
        # ISO 13616 check digits are 02..98; stdnum accepts 00/01/99 too.
        if value[2:4].isdigit() and value[2:4] in ('00', '01', '99'):
            r.skip()
            continue
        theirs = iban.is_valid(value, check_country=False)
        shown = iban.format(value) if rng.random() < 0.4 else value
        if rng.random() < 0.2:
            shown = shown.lower()
        r.compare('iban', shown, r.validate(IBAN_CODE, shown), theirs)


ABA_PREFIXES = ['%02d' % p for p in list(range(0, 13)) + list(range(21, 33)) +
                list(range(61, 73)) + [80]]


def test_rtn(r, rng):
    for _ in range(1000):
        body = rng.choice(ABA_PREFIXES) + ''.join(rng.choice(DIGITS) for _ in range(6))
        value = body + rtn.calc_check_digit(body)
        if rng.random() < 0.5:
            # Corrupt after the prefix: libpii checks prefixes, stdnum not.
            value = corrupt_digits(rng, value, range(2, 9))
        if value[:2] not in ABA_PREFIXES or value == '000000000':
            r.skip()
            continue
        shown = value
        if len(value) == 9 and rng.random() < 0.3:
            shown = '%s-%s-%s' % (value[:4], value[4:8], value[8])
        r.compare('rtn', shown, r.validate(ABA_ROUTING_NUMBER, shown), rtn.is_valid(value))


# Areas, groups and serials weighted towards the rule boundaries.
SSN_AREAS = ['000', '001', '665', '666', '667', '899', '900', '999', '078', '219', '457']
SSN_GROUPS = ['00', '01', '05', '09', '55', '99']
SSN_SERIALS = ['0000', '0001', '1120', '9999', '5462']


def libpii_extra_ssn_samples(digits):
    return digits == '123456789' or len(set(digits)) == 1


def test_ssn(r, rng):
    for _ in range(1200):
        area = rng.choice(SSN_AREAS) if rng.random() < 0.4 else '%03d' % rng.randrange(1000)
        group = rng.choice(SSN_GROUPS) if rng.random() < 0.3 else '%02d' % rng.randrange(100)
        serial = rng.choice(SSN_SERIALS) if rng.random() < 0.3 else '%04d' % rng.randrange(10000)
        digits = area + group + serial
        if libpii_extra_ssn_samples(digits):
            r.skip()
            continue
        value = digits if rng.random() < 0.5 else '%s-%s-%s' % (area, group, serial)
        r.compare('ssn', value, r.validate(US_SSN, value), ssn.is_valid(value))
    for sample in ('078-05-1120', '219-09-9999', '457-55-5462'):
        r.compare('ssn', sample, r.validate(US_SSN, sample), ssn.is_valid(sample))


def test_itin(r, rng):
    for _ in range(1000):
        area = '9%02d' % rng.randrange(100) if rng.random() < 0.85 else '%03d' % rng.randrange(900)
        group = '%02d' % rng.randrange(100)
        serial = '%04d' % rng.randrange(10000)
        if 50 <= int(group) <= 65:
            r.skip()  # IRS range since 2011; stdnum does not know it
            continue
        digits = area + group + serial
        if digits == '999999999':
            r.skip()  # a format's mask that libpii rejects; stdnum does not
            continue
        value = digits if rng.random() < 0.5 else '%s-%s-%s' % (area, group, serial)
        r.compare('itin', value, r.validate(US_ITIN, value), itin.is_valid(value))


def main(argv):
    if len(argv) < 2:
        sys.exit('usage: %s PATH/TO/libpii.so [SEED]' % argv[0])
    seed = int(argv[2]) if len(argv) > 2 else 20240601
    r = Runner(argv[1])
    for test in (test_luhn, test_cards, test_iban, test_rtn, test_ssn, test_itin):
        test(r, random.Random('%s:%d' % (test.__name__, seed)))
    print('compared %d values (%d valid per stdnum), skipped %d where the '
          'definitions differ' % (r.passed + r.failed, r.valid_seen, r.skipped))
    print('%d passed, %d failed' % (r.passed, r.failed))
    return 1 if r.failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
