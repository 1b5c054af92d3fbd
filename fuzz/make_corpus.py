#!/usr/bin/env python3
"""Write the seed corpora fuzz/corpus/<target>/ (committed; rerun after changing this file).

    fuzz/make_corpus.py            rewrite every corpus directory

Seeds are small (a few hundred bytes at most) so that the replay tests stay
fast under ASan and Valgrind: PII shapes, look-alikes, invalid UTF-8, NULs,
long digit runs, tables, Unicode digits and separators.  Each target's
leading selector bytes are described in its source file.
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n")

# Texts shared by the scanning targets.
TEXTS = [
    # PII shapes, with their hotwords
    "SSN 536-22-1234; ITIN 912-70-1234",
    "social security number: 536221234",
    "card 4111 1111 1111 1111 exp 12/27, amex 3782 822463 10005, mc 5500-0000-0000-0004",
    "visa 4111111111111111 discover 6011111111111117 mc2 2221000000000009",
    "IBAN DE89 3704 0044 0532 0130 00 / GB82WEST12345698765432 / FR14 2004 1010 0505 0001 3M02 606",
    "routing number 011000015, account number 12345678901",
    "mail john.doe@example.com, \"Jane\" <jane_roe+tag@mail.example.co.uk>; x@y.io",
    "ip 192.168.1.10 and 10.0.0.255/24, v6 2001:db8::8a2e:370:7334 fe80::1%eth0 ::ffff:192.0.2.1 ::1",
    "mac 00:1a:2b:3c:4d:5e 00-1A-2B-3C-4D-5E 001a.2b3c.4d5e",
    "phone (212) 555-0199, +1 212 555 0199, +44 20 7946 0958, 1 (800) 555-0100",
    "passport: " + MRZ + "end",
    "US passport 123456789; German passport C01X00T47; driver license D1234567 (CA)",
    "name,ssn,email,card\nAnn,536-22-1234,ann@example.org,4111111111111111\n"
    "Bob,912-70-1234,bob@example.net,5500000000000004\n",
    "id\tphone\tip\n1\t(212) 555-0199\t192.168.1.10\n",
    "INSERT INTO customers (id, name, ssn) VALUES\n  (1, 'O''Brien, Jo', '536221234'),\n"
    "  (2, 'Al (Jr.)', '536221235');\n\nCOPY public.t (id, ssn) FROM stdin;\n1\t536221236\n\\.\n",
    "MICR \u2446021000021\u2446 1234567890\u2448 0123 / \u24480123\u2448 \u2446011000015\u2446987654321\u2448",
    # look-alikes
    "order 123-45-67890, 000-12-3456, 666-12-3456, 078-05-1120, 219-09-9999",
    "card 4111 1111 1111 1112 (bad luhn), 4111-1111 1111.1111 (mixed separators)",
    "user@localhost, a@b, @@@, foo@@bar.com, x@-y.com, name@example.c",
    "999.1.1.1, 1.2.3, 1.2.3.4.5, 01.02.03.04, version 1.2.3.4",
    "uuid 123e4567-e89b-12d3-a456-426614174000 sha 4111111111111111abcdef",
    "2023-01-05 12:33:10.123 id=4432 pid 53622 port 5432 tx 0x4111111111111111",
    "ab:cd:ef:01:23 (5 groups) 00:1a:2b:3c:4d:5e:6f (7 groups) :: ::: ::::",
    "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0",
    "a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a.com 1.1.1.1.1.1.1.1.1.1.1",
    # bytes
    "SSN\x00536-22-1234\x00card\x004111111111111111\x00",
    b"\xff\xfe536-22-1234\xc0 4111\x80111111111111 john\xe9@example.com \xed\xa0\x80",
    b"\xf0\x9f\x98\x80 536-22-1234 \xe2\x80\x8b 4111\xe2\x80\x8b1111\xe2\x80\x8b1111\xe2\x80\x8b1111",
    # Unicode digits, zero-width and no-break separators, CJK
    "\uff15\uff13\uff16-\uff12\uff12-\uff11\uff12\uff13\uff14 SSN",
    "\u4fe1\u7528\u53614111111111111111 \u7535\u8bdd 212-555-0199",
    "card\u00a04111\u00a01111\u00a01111\u00a01111 \u0661\u0662\u0663-\u0664\u0665-\u0666\u0667\u0668\u0669",
    "caf\u00e9536-22-1234 \u00e9t\u00e9 4111111111111111\u00e9",
    # long runs
    "1" * 400,
    "4111 " * 80,
    "SSN " + "536-22-1234 " * 30,
    "x" * 300 + " 536-22-1234 " + "y" * 300,
    ":" * 200 + "@" * 200,
    "0123456789abcdef" * 25,
    "",
    "\n\n\r\n\t ",
]


def enc(t):
    # str -> UTF-8; bytes (invalid UTF-8 on purpose) as they are
    return t if isinstance(t, bytes) else t.encode('utf-8')


def write(target, seeds):
    d = os.path.join(HERE, 'corpus', target)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for i, data in enumerate(seeds):
        with open(os.path.join(d, f'seed-{i:03d}'), 'wb') as f:
            f.write(data)
    print(f'{target}: {len(seeds)} seeds')


def main():
    texts = [enc(t) for t in TEXTS]
    # fuzz_scan: config byte + text
    confs = [0x00, 0x01, 0x02, 0x03, 0x05, 0x0a, 0x0f, 0x20, 0x31]
    write('fuzz_scan', [bytes([confs[i % len(confs)]]) + t for i, t in enumerate(texts)])

    # fuzz_prefilter: range selector byte + text
    sels = [0x00, 0x01, 0x80, 0x81, 0x2b, 0xff, 0x10, 0x0c]
    write('fuzz_prefilter', [bytes([sels[i % len(sels)]]) + t for i, t in enumerate(texts)])

    # fuzz_stream: config byte, operator byte, text (its tail is also the
    # chunking script); two seeds repeat the text to ~150 KB
    ops = [0x00, 0x01, 0x02, 0x03, 0x04, 0x09, 0x0b, 0x19, 0x29, 0x61]
    seeds = []
    for i, t in enumerate(texts):
        conf, op = confs[i % len(confs)], ops[i % len(ops)]
        if i in (2, 12):
            conf, op = conf | 0xc0, op | 0x80
        seeds.append(bytes([conf, op]) + t)
    write('fuzz_stream', seeds)

    # fuzz_redact: config, operator, per-entity operator, text
    seeds = []
    for i, t in enumerate(texts):
        per = 0x80 | (i * 5) if i % 3 == 0 else i & 0x0f
        seeds.append(bytes([confs[i % len(confs)], ops[(i * 3) % len(ops)], per & 0xff]) + t)
    write('fuzz_redact', seeds)

    # fuzz_validate: raw values
    values = [
        "536-22-1234", "536 22 1234", "536221234", "000-12-3456", "912-70-1234", "912-93-1234",
        "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "4111111111111112",
        "378282246310005", "2221000000000009", "6011111111111117", "4111 1111-1111 1111",
        "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "de89370400440532013000",
        "GB82WEST12345698765432", "XX00", "011000015", "0110-0001-5", "021000021", "123456780",
        "john.doe@example.com", "a@b", "x@" + "a" * 70 + ".com", "192.168.1.10", "256.1.1.1",
        "2001:db8::8a2e:370:7334", "fe80::1%eth0", "::ffff:192.0.2.1", ":::",
        "00:1a:2b:3c:4d:5e", "001a.2b3c.4d5e", "00:1a:2b:3c:4d",
        "(212) 555-0199", "+1 212 555 0199", "+44 20 7946 0958", "+44 (0)20 7946 0958",
        MRZ.rstrip('\n'), MRZ.split('\n')[1], MRZ.replace('\n', '\r\n').rstrip('\r\n'),
        "C01X00T47", "123456789", "D1234567", "12345678901", "", " ", "\x00", b"\xff\xfe",
        "1" * 300, "4" * 19, "\uff14\uff11\uff11\uff11",
    ]
    write('fuzz_validate', [enc(v) for v in values])

    # fuzz_rules: flags, limits, name/category/chunk, pattern '\n' text
    rules = [
        (0x00, 0x2e, 0x00, r"EMP-\d{6}", "employee EMP-123456 and EMP-654321"),
        (0x08, 0x36, 0x20, r"EMP-\d{6}", "staff id: EMP-000001"),
        (0x02, 0x2e, 0x00, r"\b\d{4}(?: \d{4}){3}\b", "card 4111 1111 1111 1111 / 4111 1111 1111 1112"),
        (0x04, 0x2e, 0x00, r"\d{3}-\d{2}-\d{4}", "536-22-1234 000-12-3456"),
        (0x05, 0x2e, 0x00, r"[\w.]+@[\w.]+", "mail john.doe@example.com"),
        (0x06, 0x2e, 0x00, r"(?:\d{1,3}\.){3}\d{1,3}", "192.168.1.10 999.1.1.1"),
        (0x07, 0x2e, 0x00, r"x", "unknown validator"),
        (0x10, 0x00, 0x00, r"a", "a" * 40 + "b"),
        (0xd0, 0x00, 0x40, r"(a+)+$", "a" * 60 + "!"),
        (0xd0, 0x09, 0x60, r"(a|aa)+b", "a" * 80),
        (0xc0, 0x01, 0xe0, r"(?:x|xx)+y", "x" * 100),
        (0xc0, 0x2e, 0x20, r"x*", "empty matches everywhere xxx"),
        (0xc0, 0x2e, 0x20, r"^|$", "anchors\nonly\n"),
        (0x40, 0x2e, 0x00, r"(?<=ID:)\d+", "ID:12345 ID: 999"),
        (0x40, 0x2e, 0x00, r"\p{L}+\d+", "caf\u00e9123 \u4fe1\u7528\u5361456"),
        (0x80, 0x2e, 0x00, r"(", "unbalanced"),
        (0x80, 0x2e, 0x00, r"[z-a]", "bad range"),
        (0x80, 0x2e, 0x00, "\\", "trailing backslash"),
        (0x80, 0x2e, 0x00, r"a{99999999}", "quantifier too large"),
        (0x80, 0x2e, 0x00, r"(?R)", "recursion"),
        (0x80, 0x2e, 0x00, r"(?<n>a)\k<n>", "aa backreference"),
        (0x80, 0x2e, 0x00, r"123-45-6789(", "bad pattern with an SSN in it 123-45-6789"),
        (0x00, 0x80, 0x00, r"EMP-\d+", "score 0 is invalid"),
        (0x00, 0x2e, 0x03, r"EMP-\d+", "bad entity name"),
        (0x00, 0x2e, 0x04, r"EMP-\d+", "empty entity name"),
        (0x00, 0x2e, 0x05, r"EMP-\d+", "entity name too long"),
        (0x00, 0x2e, 0x06, r"EMP-\d+", "lower-case entity name EMP-1"),
        (0x00, 0x2e, 0x02, r"EMP-\d+", "built-in entity name EMP-1"),
        (0x00, 0x2e, 0x08, r"EMP-\d+", "category EMP-1"),
        (0x00, 0x2e, 0x10, r"EMP-\d+", "bad category EMP-1"),
        (0x20, 0x2e, 0x00, r"\d+", "with built-ins: 536-22-1234 4111111111111111"),
        (0xc0, 0x3f, 0x00, r"(\w+\s?)+$", "word " * 30 + "!"),
        (0xc0, 0x2e, 0xa0, r"[^\n]{200,400}", "y" * 350),
        (0xc0, 0x2e, 0x00, "\\x{0}|\\C", b"nul \x00 and \xff bytes"),
    ]
    seeds = []
    for b0, b1, b2, pat, text in rules:
        seeds.append(bytes([b0, b1, b2]) + enc(pat) + b"\n" + enc(text))
    write('fuzz_rules', seeds)


if __name__ == '__main__':
    main()
