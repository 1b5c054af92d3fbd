#!/usr/bin/python3
"""gen_heldout.py - deterministic held-out evaluation corpus for libpii.

Written independently of /work/shared/corpus (its templates were not used).
Standard library only; python3-stdnum (Debian package) is used, when present,
as an independent reference validator for the generated gold values.

    /usr/bin/python3 gen_heldout.py [--out DIR] [--records N] [--seed S]

writes DIR/heldout.txt, DIR/heldout.gold.jsonl ({"type","start","end"}),
DIR/heldout.neg.jsonl ({"category","start","end"}); byte offsets into
heldout.txt, end exclusive.  Records are separated by a blank line.
"""

import argparse
import collections
import ipaddress
import json
import os
import re
import sys
import unicodedata

sys.path.append("/usr/lib/python3/dist-packages")
try:  # reference validators (independent of the generator code below)
    from stdnum import iban as sn_iban
    from stdnum import luhn as sn_luhn
    from stdnum import isbn as sn_isbn
    from stdnum import mac as sn_mac
    from stdnum.us import itin as sn_itin
    from stdnum.us import rtn as sn_rtn
    from stdnum.us import ssn as sn_ssn
    HAVE_STDNUM = True
except ImportError:  # pragma: no cover
    HAVE_STDNUM = False

import random

R = random.Random()


def ch(*xs):
    """Random choice among the arguments (or of one list argument)."""
    if len(xs) == 1 and isinstance(xs[0], (list, tuple)):
        xs = xs[0]
    return R.choice(xs)


def maybe(s, p=0.5):
    return s if R.random() < p else ""


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def letters(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(R.choice(alphabet) for _ in range(n))


def alnum(n):
    return letters(n, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def fold(s):
    """ASCII-fold a name for e-mail local parts."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", s).lower()


# ===========================================================================
# Check-digit helpers (own implementations; stdnum re-checks at the end)
# ===========================================================================

def luhn_digit(payload):
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    return luhn_digit(s[:-1]) == s[-1]


def aba_digit(eight):
    w = (3, 7, 1, 3, 7, 1, 3, 7)
    return str((10 - sum(int(c) * x for c, x in zip(eight, w)) % 10) % 10)


def aba_ok(nine):
    w = (3, 7, 1, 3, 7, 1, 3, 7, 1)
    return len(nine) == 9 and nine.isdigit() and sum(int(c) * x for c, x in zip(nine, w)) % 10 == 0


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_mod_ok(v):
    v = v.replace(" ", "")
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def mrz_digit(s):
    w = (7, 3, 1)
    total = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c == "<":
            v = 0
        else:
            v = ord(c) - 55
        total += v * w[i % 3]
    return str(total % 10)


# ===========================================================================
# Gold value generators
# ===========================================================================

def fmt_933(v, sep):
    return v[:3] + sep + v[3:5] + sep + v[5:]


def ssn_raw():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if v in ("078051120", "219099999", "123456789"):
            continue
        return v


def ssn_d():
    return fmt_933(ssn_raw(), "-")


def ssn_b():
    return ssn_raw()


def ssn_s():
    return fmt_933(ssn_raw(), " ")


def ssn():
    r = R.random()
    return ssn_d() if r < 0.72 else ssn_s() if r < 0.82 else ssn_b()


ITIN_GROUPS = list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))


def itin_raw():
    return "9%02d%02d%04d" % (R.randint(0, 99), R.choice(ITIN_GROUPS), R.randint(1, 9999))


def itin_d():
    return fmt_933(itin_raw(), "-")


def itin_b():
    return itin_raw()


def itin():
    r = R.random()
    return itin_d() if r < 0.75 else fmt_933(itin_raw(), " ") if r < 0.83 else itin_b()


ABA_PREFIXES = list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))


def aba_raw():
    p = 80 if R.random() < 0.02 else R.choice(ABA_PREFIXES)
    e = "%02d" % p + digits(6)
    return e + aba_digit(e)


def aba():
    v = aba_raw()
    if R.random() < 0.05:
        return v[:4] + "-" + v[4:8] + "-" + v[8]
    return v


CARD_FAMILIES = [
    # name, weight, prefixes, lengths
    ("visa", 40, ["4"], [16, 16, 16, 16, 16, 16, 16, 13]),
    ("mastercard", 25, [str(i) for i in range(51, 56)] + [str(i) for i in range(2221, 2721)], [16]),
    ("amex", 12, ["34", "37"], [15]),
    ("discover", 8, ["6011"] + [str(i) for i in range(644, 650)] + ["65"], [16]),
    ("jcb", 5, [str(i) for i in range(3528, 3590)], [16]),
    ("diners", 4, ["300", "301", "302", "303", "304", "305", "36"], [14]),
    ("unionpay", 6, ["62"], [16, 16, 19]),
]


def card_family(name=None):
    if name:
        return next(f for f in CARD_FAMILIES if f[0] == name)
    return R.choices(CARD_FAMILIES, weights=[f[1] for f in CARD_FAMILIES])[0]


def card_digits(name=None):
    fam = card_family(name)
    if fam[0] == "mastercard" and R.random() < 0.5:
        p = str(R.randint(2221, 2720))
    elif fam[0] == "mastercard":
        p = str(R.randint(51, 55))
    else:
        p = R.choice(fam[2])
    n = R.choice(fam[3])
    body = p + digits(n - 1 - len(p))
    return body + luhn_digit(body), fam[0]


def group_card(d, sep):
    n = len(d)
    if n == 15:
        parts = [d[:4], d[4:10], d[10:]]
    elif n == 14:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


def cc(name=None, style=None):
    d, _ = card_digits(name)
    style = style or R.choices(["space", "dash", "plain"], weights=[5, 2, 3])[0]
    if style == "plain":
        return d
    return group_card(d, " " if style == "space" else "-")


def cc_plain():
    return cc(style="plain")


# IBAN: (country, bban spec); n digit, a upper letter, c upper alnum
IBAN_SPECS = {
    "DE": "8n10n", "FR": "5n5n11c2n", "GB": "4a6n8n", "ES": "4n4n1n1n10n", "IT": "1a5n5n12c",
    "NL": "4a10n", "BE": "3n7n2n", "CH": "5n12c", "AT": "5n11n", "PL": "8n16n", "SE": "3n16n1n",
    "NO": "4n6n1n", "DK": "4n9n1n", "IE": "4a6n8n", "PT": "4n4n11n2n", "FI": "3n11n",
    "LU": "3n13c", "CZ": "4n6n10n", "SA": "2n18c", "AE": "3n16n", "TR": "5n1n16c",
    "MT": "4a5n18c", "GR": "3n4n16c", "HU": "3n4n1n15n1n", "RO": "4a16c", "BR": "8n5n10n1a1c",
}
IBAN_WEIGHTS = {"DE": 9, "FR": 7, "GB": 7, "ES": 6, "IT": 5, "NL": 5, "BE": 3, "CH": 4, "AT": 3,
                "PL": 2, "SE": 2, "NO": 2, "DK": 2, "IE": 2, "PT": 2, "FI": 2, "LU": 1, "CZ": 1,
                "SA": 1, "AE": 1, "TR": 1, "MT": 1, "GR": 1, "HU": 1, "RO": 1, "BR": 1}


def bban_for(cc_):
    out = []
    for cnt, cls in re.findall(r"(\d+)([nac])", IBAN_SPECS[cc_]):
        cnt = int(cnt)
        if cls == "n":
            out.append(digits(cnt))
        elif cls == "a":
            out.append(letters(cnt))
        else:
            out.append("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if R.random() < 0.3 else "0123456789")
                               for _ in range(cnt)))
    return "".join(out)


def iban_raw(cc_=None):
    cc_ = cc_ or R.choices(list(IBAN_WEIGHTS), weights=list(IBAN_WEIGHTS.values()))[0]
    for _ in range(5000):
        b = bban_for(cc_)
        v = cc_ + iban_check(cc_, b) + b
        if not HAVE_STDNUM or sn_iban.is_valid(v):
            return v
    raise RuntimeError("cannot make IBAN for " + cc_)


def iban_print(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def iban(cc_=None):
    v = iban_raw(cc_)
    return iban_print(v) if R.random() < 0.55 else v


def iban_e(cc_=None):
    return iban_raw(cc_)


def iban_p(cc_=None):
    return iban_print(iban_raw(cc_))


def acct():
    n = R.choice([8, 9, 10, 10, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17])
    while True:
        v = digits(n, first_nonzero=R.random() < 0.85)
        if 13 <= n <= 19 and luhn_ok(v) and v[0] in "2345679":
            continue  # would look like a card
        if len(set(v)) < 3:
            continue
        return v


# --- people, places --------------------------------------------------------
FIRST = ("Emma Liam Olivia Noah Ava Mateo Sofia Lucas Isabella Ethan Mia James Amara Kwame Priya "
         "Arjun Mei Wei Hiroshi Yuki Fatima Omar Ahmed Layla Carlos Lucía Javier Valentina Diego "
         "Camila Jürgen Anneliese Klaus Sabine Lukas Hannah François Amélie Mathieu Chloé Élodie Bruno "
         "Giulia Marco Sven Ingrid Tomasz Agnieszka Thanh Chidi Ngozi DeShawn Keisha Brittany Cody "
         "Dakota Xavier Zoe Rohan Ananya Siddharth Jin Minjun Aaliyah Connor Mariana Rafael Beatriz "
         "Greta Henrik Aoife Siobhan Dmitri Ines Joaquín Renée Patrice").split()
LAST = ("Smith Johnson Williams Brown Garcia Martinez Rodriguez Hernandez Lopez Gonzalez Nguyen Tran "
        "Kim Park Chen Wang Li Zhang Liu Patel Shah Singh Okafor Mensah Müller Schmidt Schneider "
        "Fischer Weber Dubois Lefèvre Moreau Laurent Rossi Bianchi Esposito Kowalski Nowak Andersson "
        "Johansson O'Brien Murphy MacDonald Fitzgerald Yamamoto Tanaka Suzuki Haddad Khalil Cohen Levy "
        "Goldberg Washington Jackson Reyes Cruz Ortiz Morales Silva Santos Costa Oliveira Becker "
        "Castillo Romero Alvarez Delgado Herrera Kaur Iyer Abernathy Whitfield Pruitt Calloway").split()
ZH_NAMES = "王伟 李娜 张敏 刘洋 陈静 杨帆 赵磊 黄丽 周杰 吴婷 徐明 孙悦 马超 朱琳 胡斌 郭芳".split()

COMPANIES = [
    ("Riverbend Health", "riverbend-health.org"), ("Kestrel Analytics", "kestrel-analytics.io"),
    ("Maple Leaf Freight", "mapleleaf-freight.ca"), ("Bluewater Logistics", "bluewaterlogistics.com"),
    ("Stadtwerke Neustadt", "stadtwerke-neustadt.de"), ("Atelier Lumière", "atelier-lumiere.fr"),
    ("Clínica del Sol", "clinicadelsol.es"), ("Huaxin Technology", "huaxin-tech.cn"),
    ("Pinecrest Credit Union", "pinecrestcu.org"), ("Northgate Capital", "northgatecap.com"),
    ("Summit Ridge Realty", "summitridge-realty.net"), ("Orchid Dental", "orchiddental.com"),
    ("Tidewater Community College", "tidewater.edu"), ("Lumen Biotech", "lumenbio.co.uk"),
    ("Sakura Trading", "sakura-trading.co.jp"), ("Pampas Exportadora", "pampas.com.mx"),
    ("Vantage Payroll", "vantagepayroll.com"), ("Oakridge Pediatrics", "oakridgepeds.com"),
    ("Harbor & Finch LLP", "harborfinch.law.us"), ("Cobalt Mobility", "cobaltmobility.net"),
    ("Granite Peak Insurance", "granitepeak-ins.com"), ("Alpenblick Reisen", "alpenblick-reisen.ch"),
    ("Delft Waterworks", "delftwater.nl"), ("Trattoria Sole", "trattoriasole.it"),
    ("Southern Cross Mining", "southerncross.com.au"), ("Ironwood Labs", "ironwoodlabs.io"),
]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "aol.com",
            "gmx.de", "t-online.de", "orange.fr", "free.fr", "yahoo.es", "qq.com", "163.com",
            "hotmail.co.uk", "comcast.net", "att.net", "live.ca", "yahoo.com.mx", "bigpond.com.au"]
REAL_TLDS = set("com org net io ca de fr es cn uk edu gov us mx jp au ch nl it me co info biz".split())

STATES = [("CA", "California", "Sacramento"), ("NY", "New York", "Albany"), ("TX", "Texas", "Austin"),
          ("FL", "Florida", "Tampa"), ("IL", "Illinois", "Chicago"), ("PA", "Pennsylvania", "Pittsburgh"),
          ("NJ", "New Jersey", "Newark"), ("MI", "Michigan", "Detroit"), ("OH", "Ohio", "Columbus"),
          ("MA", "Massachusetts", "Boston"), ("WA", "Washington", "Spokane"), ("CO", "Colorado", "Denver"),
          ("AZ", "Arizona", "Phoenix"), ("GA", "Georgia", "Atlanta"), ("VA", "Virginia", "Richmond"),
          ("MD", "Maryland", "Baltimore"), ("WI", "Wisconsin", "Madison"), ("MN", "Minnesota", "Duluth")]
STREETS = ["Maple Ave", "Oak St", "Elm Street", "Cedar Ln", "Lakeview Dr", "Pine Ridge Rd", "Main St",
           "Sunset Blvd", "Harbor Way", "Willow Ct", "Birch Rd", "Mill Creek Pkwy", "Orchard Pl"]
BANKS = ["Pinecrest Credit Union", "First Prairie Bank", "Harborview Savings", "Lone Star National Bank",
         "Granite State Trust", "Cascade Federal Credit Union", "Blue Ridge Community Bank",
         "Chesapeake Bank & Trust", "Midland Farmers Bank"]


def first():
    return ch(FIRST)


def last():
    return ch(LAST)


def name():
    return first() + " " + last()


def company():
    return ch(COMPANIES)[0]


def domain():
    return ch(COMPANIES)[1]


def email_w():
    f, l = fold(first()), fold(last())
    dom = ch(COMPANIES)[1]
    if R.random() < 0.15:
        dom = ch("mail", "eu", "us", "corp", "hr", "billing") + "." + dom
    lp = ch(f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}", f"{l}.{f[0]}", f"{f}.{l}{R.randint(1, 9)}",
            f"{f[0]}.{l}", f"{f}-{l}")
    v = lp + "@" + dom
    if R.random() < 0.05:
        v = lp.capitalize() + "@" + dom.upper() if R.random() < 0.5 else v.upper()
    return v


def email_p():
    f, l = fold(first()), fold(last())
    lp = ch(f"{f}.{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}{R.randint(70, 2005)}", f"{f[0]}{l}",
            f"{f}.{l}+{ch('shop', 'bank', 'news', 'taxes', 'work')}", f"{l}_{f}", f"{f}-{l}.{R.randint(1, 9)}")
    return lp + "@" + ch(FREEMAIL)


def email_role():
    return ch("support", "billing", "hr", "payroll", "noreply", "privacy", "it-helpdesk", "accounts",
              "info", "security", "admissions", "contact") + "@" + domain()


def email():
    r = R.random()
    return email_w() if r < 0.45 else email_p() if r < 0.9 else email_role()


# --- phones ----------------------------------------------------------------
AREA_CODES = [int(x) for x in (
    "201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 234 239 "
    "240 248 251 252 253 254 256 260 262 267 269 270 276 281 301 302 303 304 305 307 308 309 310 312 "
    "313 314 315 316 317 318 319 320 321 323 325 330 331 334 336 337 339 346 347 351 352 360 361 385 "
    "386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 419 423 424 425 430 432 434 435 440 "
    "442 443 458 469 470 475 478 479 480 484 501 502 503 504 505 507 508 509 510 512 513 515 516 517 "
    "518 520 530 540 541 551 559 561 562 563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 "
    "607 608 609 610 612 614 615 616 617 618 619 620 623 626 628 630 631 636 641 646 650 651 657 660 "
    "661 662 667 669 678 682 701 702 703 704 706 707 708 712 713 714 715 716 717 718 719 720 724 725 "
    "727 731 732 734 737 740 747 754 757 760 762 763 765 770 772 773 774 775 779 781 785 786 801 802 "
    "803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 848 850 856 857 "
    "858 859 860 862 863 864 865 870 872 878 901 903 904 906 907 908 909 910 912 913 914 915 916 917 "
    "918 919 920 925 928 929 931 936 937 938 940 941 947 949 951 952 954 956 970 971 972 973 978 979 "
    "980 984 985 989 416 604 514 613 403 780 902 800 888 877 866 855 844").split()]


def nxx():
    while True:
        v = "%d%02d" % (R.randint(2, 9), R.randint(0, 99))
        if v[1:] != "11":
            return v


def nanp_parts():
    area = str(ch(AREA_CODES)) if R.random() < 0.8 else nxx()
    return area, nxx(), "%04d" % R.randint(0, 9999)


def phone(style=None):
    a, e, s = nanp_parts()
    style = style or R.choices(
        ["paren", "dash", "dot", "space", "p1space", "p1dash", "p1paren", "1dash", "e164", "bare"],
        weights=[20, 25, 8, 4, 8, 5, 5, 4, 5, 2])[0]
    return {
        "paren": f"({a}) {e}-{s}", "dash": f"{a}-{e}-{s}", "dot": f"{a}.{e}.{s}", "space": f"{a} {e} {s}",
        "p1space": f"+1 {a} {e} {s}", "p1dash": f"+1-{a}-{e}-{s}", "p1paren": f"+1 ({a}) {e}-{s}",
        "1dash": f"1-{a}-{e}-{s}", "e164": f"+1{a}{e}{s}", "bare": f"{a}{e}{s}",
    }[style]


def phone_d():
    return phone("dash")


def phone_p():
    return phone("paren")


def phone_e164():
    return phone("e164")


def phone_uk():
    if R.random() < 0.5:
        return "+44 20 " + ch("3", "7", "8") + digits(3) + " " + digits(4)
    return "+44 7" + ch("4", "5", "7", "8", "9") + digits(2) + " " + digits(6)


def phone_de():
    r = R.random()
    if r < 0.35:
        return "+49 30 " + digits(8, True)
    if r < 0.55:
        return "+49 89 " + digits(7, True)
    if r < 0.8:
        return "+49 " + ch("151", "152", "160", "162") + " " + digits(4) + " " + digits(4)
    return "+49 " + ch("170", "171", "172", "175", "176") + " " + digits(7, True)


def phone_fr():
    lead = ch("1", "6", "7", "4", "2")
    return "+33 " + lead + " " + " ".join(digits(2) for _ in range(4))


def phone_es():
    if R.random() < 0.5:
        return "+34 91" + digits(1) + " " + digits(3) + " " + digits(3)
    return "+34 6" + digits(2) + " " + digits(3) + " " + digits(3)


def phone_it():
    if R.random() < 0.5:
        return "+39 06 " + digits(4) + " " + digits(4)
    return "+39 3" + digits(2) + " " + digits(3) + " " + digits(4)


def phone_cn():
    if R.random() < 0.4:
        return "+86 " + ch("10", "21") + " " + digits(4, True) + " " + digits(4)
    return "+86 1" + ch("38", "39", "35", "50", "58", "86", "88", "37") + " " + digits(4) + " " + digits(4)


def phone_mx():
    return "+52 " + ch("55", "33", "81") + " " + digits(4, True) + " " + digits(4)


def phone_jp():
    if R.random() < 0.5:
        return "+81 3-" + digits(4, True) + "-" + digits(4)
    return "+81 " + ch("90", "80", "70") + "-" + digits(4, True) + "-" + digits(4)


def phone_au():
    if R.random() < 0.5:
        return "+61 " + ch("2", "3", "7", "8") + " " + ch("9", "8", "6") + digits(3) + " " + digits(4)
    return "+61 4" + digits(2) + " " + digits(3) + " " + digits(3)


def phone_br():
    return "+55 " + ch("11", "21", "31") + " 9" + digits(4) + "-" + digits(4)


def phone_in():
    return "+91 " + ch("98", "97", "99", "81", "70") + digits(3) + " " + digits(5)


INTL_PHONES = [phone_uk, phone_de, phone_fr, phone_es, phone_it, phone_cn, phone_mx, phone_jp, phone_au,
               phone_br, phone_in]


def phone_i():
    return ch(INTL_PHONES)()


# --- network ---------------------------------------------------------------
def ip4():
    r = R.random()
    if r < 0.25:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if r < 0.4:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if r < 0.48:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    if r < 0.58:
        return ch("192.0.2", "198.51.100", "203.0.113") + ".%d" % R.randint(1, 254)
    while True:
        a = R.randint(1, 223)
        if a not in (10, 127, 172, 192, 100, 169):
            return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ip4_pub():
    while True:
        a = R.randint(11, 223)
        if a not in (100, 127, 169, 172, 192):
            return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ip4_priv():
    return ch("10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
              "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
              "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)))


def _ip6_addr():
    r = R.random()
    if r < 0.3:
        pre = [0x2001, 0x0db8]
    elif r < 0.55:
        pre = [ch(0x2a00, 0x2a02, 0x2a03, 0x2600, 0x2607, 0x2620, 0x2404, 0x2c0f, 0x2800, 0x2001), R.randint(0, 0xffff)]
    elif r < 0.75:
        pre = [0xfe80, 0]
    else:
        pre = [0xfd00 | R.randint(0, 0xff), R.randint(0, 0xffff)]
    groups = pre + [R.randint(0, 0xffff) for _ in range(6)]
    # zero runs so that compression happens often
    if R.random() < 0.75:
        i = R.randint(2, 5)
        j = R.randint(i + 1, 7)
        for k in range(i, j):
            groups[k] = 0
    if pre[0] == 0xfe80:
        groups[2:4] = [0, 0]
    if R.random() < 0.25:
        for k in range(2, 8):
            if R.random() < 0.5:
                groups[k] = R.randint(0, 0xff)
    n = 0
    for g in groups:
        n = (n << 16) | g
    return ipaddress.IPv6Address(n)


def ip6():
    a = _ip6_addr()
    r = R.random()
    if r < 0.7:
        s = a.compressed
    elif r < 0.82:
        s = a.exploded
    elif r < 0.92:  # uncompressed, leading zeros dropped
        s = ":".join("%x" % int(g, 16) for g in a.exploded.split(":"))
    else:
        s = a.compressed
    if s == "::" or s.startswith("::") and len(s) < 6:
        return ip6()
    if R.random() < 0.12:
        s = s.upper()
    return s


def ip6_mapped():
    v4 = ip4_pub()
    return ch("::ffff:" + v4, "64:ff9b::" + v4, "::FFFF:" + v4)


def ip():
    r = R.random()
    return ip4() if r < 0.68 else ip6() if r < 0.97 else ip6_mapped()


OUIS = ["00:1B:63", "3C:5A:B4", "F4:F5:D8", "00:50:56", "08:00:27", "52:54:00", "00:0C:29", "DC:A6:32",
        "B8:27:EB", "00:1E:C2", "00:25:90", "00:1A:A0", "F0:1F:AF", "3C:D9:2B", "00:17:88", "18:B4:30",
        "00:E0:4C", "A4:5E:60", "F8:FF:C2", "00:15:5D", "D4:BE:D9", "2C:F0:5D", "98:DA:C4", "E4:5F:01"]


def mac_bytes():
    if R.random() < 0.6:
        b = [int(x, 16) for x in ch(OUIS).split(":")] + [R.randint(0, 255) for _ in range(3)]
    else:
        # randomised ("private") addresses: locally administered, unicast
        b = [(R.randint(0, 255) & 0xFC) | 0x02] + [R.randint(0, 255) for _ in range(5)]
    if all(x == 0 for x in b):
        b[5] = 1
    return b


def mac_colon(upper=None):
    upper = R.random() < 0.5 if upper is None else upper
    return ":".join(("%02X" if upper else "%02x") % x for x in mac_bytes())


def mac_dash():
    return "-".join("%02X" % x for x in mac_bytes())


def mac_cisco():
    h = "".join("%02x" % x for x in mac_bytes())
    return h[0:4] + "." + h[4:8] + "." + h[8:12]


def mac():
    r = R.random()
    return mac_colon() if r < 0.7 else mac_dash() if r < 0.88 else mac_cisco()


# --- driver's licences (state formats) -------------------------------------
def _L(n=1):
    return letters(n)


DL_FORMATS = {
    "CA": lambda: _L() + digits(7),
    "NY": lambda: ch(digits(9, True), "%s %s %s" % (digits(3, True), digits(3), digits(3))),
    "TX": lambda: digits(8, True),
    "FL": lambda: "%s%s-%s-%s-%s-%s" % (_L(), digits(3), digits(3), digits(2), digits(3), digits(1)),
    "IL": lambda: "%s%s-%s-%s" % (_L(), digits(3), digits(4), digits(4)),
    "PA": lambda: ch(digits(8, True), "%s %s %s" % (digits(2, True), digits(3), digits(3))),
    "NJ": lambda: "%s%s %s %s" % (_L(), digits(4), digits(5), digits(5)),
    "MI": lambda: "%s %s %s %s %s" % (_L(), digits(3), digits(3), digits(3), digits(3)),
    "OH": lambda: _L(2) + digits(6),
    "MA": lambda: "S" + digits(8),
    "WA": lambda: "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
    "CO": lambda: "%s-%s-%s" % (digits(2), digits(3), digits(4)),
    "AZ": lambda: _L() + digits(8),
    "GA": lambda: digits(9, True),
    "VA": lambda: _L() + digits(8),
    "MD": lambda: "%s-%s-%s-%s-%s" % (_L(), digits(3), digits(3), digits(3), digits(3)),
    "WI": lambda: "%s%s-%s-%s-%s" % (_L(), digits(3), digits(4), digits(4), digits(2)),
    "MN": lambda: _L() + digits(12),
}
DL_SHAPES = r"[A-Z0-9 \-]{7,17}"


def dl_state():
    st = ch([s for s in STATES if s[0] in DL_FORMATS])
    return st


def dl(code=None):
    code = code or ch(list(DL_FORMATS))
    return DL_FORMATS[code]()


# --- passports -------------------------------------------------------------
def uspp():
    if R.random() < 0.5:
        return digits(9, True)
    return ch("A", "B", "C", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "X", "Z") + digits(8)


PP_COUNTRIES = {
    # code: (iso3 for MRZ, English, adjective, Spanish, German, French, Chinese, generator)
    "GB": ("GBR", "United Kingdom", "British", "Reino Unido", "Vereinigtes Königreich", "Royaume-Uni", "英国",
           lambda: digits(9, True)),
    "DE": ("D<<", "Germany", "German", "Alemania", "Deutschland", "Allemagne", "德国",
           lambda: ch("C", "F", "G", "H", "J", "K") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
    "FR": ("FRA", "France", "French", "Francia", "Frankreich", "France", "法国",
           lambda: digits(2) + letters(2) + digits(5)),
    "ES": ("ESP", "Spain", "Spanish", "España", "Spanien", "Espagne", "西班牙",
           lambda: letters(3) + digits(6)),
    "IT": ("ITA", "Italy", "Italian", "Italia", "Italien", "Italie", "意大利",
           lambda: letters(2) + digits(7)),
    "CN": ("CHN", "China", "Chinese", "China", "China", "Chine", "中国",
           lambda: ch("E", "G") + digits(8)),
    "IN": ("IND", "India", "Indian", "India", "Indien", "Inde", "印度",
           lambda: letters(1) + digits(7)),
    "CA": ("CAN", "Canada", "Canadian", "Canadá", "Kanada", "Canada", "加拿大",
           lambda: letters(2) + digits(6)),
    "MX": ("MEX", "Mexico", "Mexican", "México", "Mexiko", "Mexique", "墨西哥",
           lambda: letters(1) + digits(8)),
    "JP": ("JPN", "Japan", "Japanese", "Japón", "Japan", "Japon", "日本",
           lambda: letters(2) + digits(7)),
    "BR": ("BRA", "Brazil", "Brazilian", "Brasil", "Brasilien", "Brésil", "巴西",
           lambda: letters(2) + digits(6)),
    "AU": ("AUS", "Australia", "Australian", "Australia", "Australien", "Australie", "澳大利亚",
           lambda: ch("N", "P", "E", "M") + digits(7)),
    "KR": ("KOR", "South Korea", "Korean", "Corea del Sur", "Südkorea", "Corée du Sud", "韩国",
           lambda: "M" + digits(8)),
}


def pp_country(exclude=()):
    code = ch([c for c in PP_COUNTRIES if c not in exclude])
    c = PP_COUNTRIES[code]
    return {"code": code, "iso3": c[0], "en": c[1], "adj": c[2], "es": c[3], "de": c[4], "fr": c[5],
            "zh": c[6], "gen": c[7]}


def pp(code=None):
    code = code or ch(list(PP_COUNTRIES))
    return PP_COUNTRIES[code][7]()


def yymmdd(y0, y1):
    return "%02d%02d%02d" % (R.randint(y0, y1) % 100, R.randint(1, 12), R.randint(1, 28))


def mrz(code=None, valid=True):
    code = code or ch(["GB", "DE", "FR", "ES", "IT", "CA", "MX", "JP", "AU", "KR", "BR"])
    c = PP_COUNTRIES[code]
    iso3 = c[0]
    sur = fold(last()).upper() or "DOE"
    giv = "<".join(fold(first()).upper() for _ in range(R.choice([1, 1, 2])))
    l1 = ("P<" + iso3 + sur + "<<" + giv)[:44].ljust(44, "<")
    num = c[7]()[:9].ljust(9, "<")
    dob = yymmdd(1950, 2005)
    exp = yymmdd(2025, 2034)
    pers = ("" if R.random() < 0.6 else digits(R.randint(6, 12))).ljust(14, "<")
    pchk = mrz_digit(pers) if pers.strip("<") else ch("<", "0")
    sex = ch("M", "F", "<")
    part = num + mrz_digit(num) + iso3 + dob + mrz_digit(dob) + sex + exp + mrz_digit(exp) + pers + pchk
    comp = mrz_digit(part[0:10] + part[13:20] + part[21:43])
    l2 = part + comp
    if not valid:
        i = ch([9, 19, 27, 43])
        l2 = l2[:i] + str((int(l2[i]) + 1 + R.randint(0, 7)) % 10 if l2[i].isdigit() else 3) + l2[i + 1:]
    assert len(l1) == 44 and len(l2) == 44, (l1, l2)
    return l1 + "\n" + l2


# ===========================================================================
# Negative (look-alike) generators
# ===========================================================================

def n_luhn_bad():
    d, _ = card_digits(ch("visa", "mastercard", "discover", "visa"))
    d = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
    return ch(d, group_card(d, " "), group_card(d, "-"))


def n_isbn():
    body = ch("978", "979") + digits(9)
    w = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    v = body + str((10 - w % 10) % 10)
    if R.random() < 0.5:
        return v
    return "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:12], v[12])


def n_ups():
    return "1Z" + alnum(6) + digits(10)


def n_usps():
    v = ch("9400", "9205", "9407", "9303") + digits(18)
    return ch(v, " ".join(v[i:i + 4] for i in range(0, 22, 4)))


def n_fedex():
    v = ch("7", "6", "5") + digits(11)
    return ch(v, v[:4] + " " + v[4:8] + " " + v[8:])


def n_tracking():
    return ch(n_ups, n_usps, n_fedex)()


def n_uuid():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + ch("8", "9", "a", "b") + h[17:]
    v = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return v.upper() if R.random() < 0.2 else v


def n_sha40():
    return hexs(40)


def n_sha7():
    while True:
        v = hexs(ch(7, 8, 10, 12))
        if re.search(r"[a-f]", v):
            return v


def n_sha256():
    return hexs(64)


def n_epoch_s():
    return str(R.randint(1500000000, 1760000000))


def n_epoch_ms():
    return str(R.randint(1500000000000, 1760000000000))


def n_semver():
    v = "%d.%d.%d" % (R.randint(0, 30), R.randint(0, 40), R.randint(0, 60))
    r = R.random()
    if r < 0.15:
        v += ch("-rc.%d" % R.randint(1, 5), "-beta.%d" % R.randint(1, 9), "-alpha", "+build.%d" % R.randint(1, 9999))
    return v


def n_build():
    """4-part build version with at least one component > 255 (so not an IPv4)."""
    return ch("10.0.%d.%d" % (R.randint(17000, 26100), R.randint(1, 5000)),
              "%d.0.%d.%d" % (R.randint(100, 130), R.randint(5000, 6800), R.randint(1, 250)),
              "16.0.%d.%d" % (R.randint(10000, 18000), R.randint(20000, 20300)),
              "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(256, 9999), R.randint(0, 99)))


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTHS_L = "January February March April May June July August September October November December".split()


def _ymd(y0=2019, y1=2025):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def n_date(y0=2019, y1=2025):
    y, m, d = _ymd(y0, y1)
    return ch("%04d-%02d-%02d" % (y, m, d), "%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y),
              "%02d.%02d.%04d" % (d, m, y), "%d %s %04d" % (d, MONTHS[m - 1], y),
              "%s %d, %04d" % (MONTHS_L[m - 1], d, y), "%02d-%s-%04d" % (d, MONTHS[m - 1].upper(), y),
              "%04d/%02d/%02d" % (y, m, d), "%02d/%02d/%02d" % (m, d, y % 100))


def n_dob():
    return n_date(1940, 2006)


def n_date_zh():
    y, m, d = _ymd()
    return "%d年%d月%d日" % (y, m, d)


def n_time():
    h, m, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return ch("%02d:%02d:%02d" % (h, m, s), "%02d:%02d" % (h, m), "%d:%02d %s" % (h % 12 or 12, m, ch("AM", "PM", "am", "pm")),
              "%02d:%02d:%02d.%03d" % (h, m, s, R.randint(0, 999)))


def n_ts():
    y, mo, d = _ymd(2022, 2025)
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return ch("%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s),
              "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s" % (y, mo, d, h, mi, s, R.randint(0, 999), ch("Z", "+00:00", "-05:00", "+02:00")),
              "%04d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s),
              "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, mo, d, h, mi, s, R.randint(0, 999)))


def n_syslog_ts():
    return "%s %2d %02d:%02d:%02d" % (ch(MONTHS), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def n_clf_ts():
    return "%02d/%s/%04d:%02d:%02d:%02d %s" % (R.randint(1, 28), ch(MONTHS), R.randint(2022, 2025), R.randint(0, 23),
                                               R.randint(0, 59), R.randint(0, 59), ch("+0000", "-0500", "+0100", "-0700"))


def n_zip4():
    return "%05d-%04d" % (R.randint(1001, 99950), R.randint(1, 9999))


def n_order():
    return ch("ORD-%d-%06d" % (R.randint(2019, 2025), R.randint(1, 999999)), "SO%08d" % R.randint(0, 99999999),
              "#%d" % R.randint(100000, 9999999), "PO-%05d" % R.randint(1, 99999), "%s-%s" % (letters(3), digits(7)))


def n_invoice():
    return ch("INV-%06d" % R.randint(1, 999999), "INV%d-%04d" % (R.randint(2019, 2025), R.randint(1, 9999)),
              "F-%d/%05d" % (R.randint(2019, 2025), R.randint(1, 99999)), "%d" % R.randint(10000, 9999999))


def n_ticket():
    return ch("INC%07d" % R.randint(0, 9999999), "CS-%d" % R.randint(1000, 999999), "#%d" % R.randint(1000, 999999),
              "%s-%d" % (ch("OPS", "SEC", "NET", "HR", "FIN"), R.randint(10, 99999)), "REQ%07d" % R.randint(0, 9999999))


def n_nine():
    """9 digits that are SSN-valid/ABA-valid look-alikes but labeled as something else."""
    r = R.random()
    if r < 0.45:
        return ssn_raw()
    if r < 0.65:
        return aba_raw()
    return digits(9, True)


def n_npi():
    body = "1" + digits(8)
    return body + luhn_digit("80840" + body)


def n_ssn_bad():
    r = R.random()
    if r < 0.25:
        v = "000%02d%04d" % (R.randint(1, 99), R.randint(1, 9999))
    elif r < 0.45:
        v = "666%02d%04d" % (R.randint(1, 99), R.randint(1, 9999))
    elif r < 0.7:
        g = ch([x for x in range(1, 100) if x not in ITIN_GROUPS])
        v = "9%02d%02d%04d" % (R.randint(0, 99), g, R.randint(1, 9999))
    elif r < 0.85:
        v = "%03d00%04d" % (R.randint(1, 665), R.randint(1, 9999))
    else:
        v = "%03d%02d0000" % (R.randint(1, 665), R.randint(1, 99))
    return ch(fmt_933(v, "-"), fmt_933(v, "-"), v)


def n_phone_bad():
    a = ch("%d%02d" % (R.randint(0, 1), R.randint(0, 99)), "%d11" % R.randint(2, 9))
    e = nxx() if R.random() < 0.8 else "%d%02d" % (R.randint(0, 1), R.randint(0, 99))
    s = digits(4)
    return ch(f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}")


def n_oid():
    return ch("1.2.840.113549.1.1.%d" % R.randint(1, 14), "1.3.6.1.4.1.%d.%d.%d" % (R.randint(300, 60000), R.randint(1, 9), R.randint(1, 99)),
              "2.16.840.1.101.3.4.2.%d" % R.randint(1, 3), "1.3.6.1.2.1.2.2.1.%d.%d" % (R.randint(1, 22), R.randint(1, 48)),
              "1.3.6.1.5.5.7.3.%d" % R.randint(1, 9), "2.5.29.%d" % R.randint(14, 37) + ".0.1")


def n_css():
    return ch("#" + hexs(6), "#" + hexs(3), "#" + hexs(6, True), "#" + hexs(8))


def n_winpath():
    u = fold(first())
    return ch(r"C:\Users\%s\AppData\Local\Temp\setup_%s.log" % (u, digits(4)),
              r"C:\Program Files\%s\bin\agent.exe" % ch("Acme", "Contoso", "Kestrel"),
              r"D:\Shares\HR\2024\%s_%s.xlsx" % (u, digits(6)),
              r"\\fs01\profiles$\%s\Desktop" % u,
              r"C:\Windows\System32\drivers\etc\hosts")


def n_decorator():
    return ch("@app.route", "@pytest.fixture", "@pytest.mark.parametrize", "@functools.lru_cache", "@dataclass",
              "@staticmethod", "@property", "@Override", "@SpringBootApplication", "@router.get",
              "@login_required", "@celery.task", "@Component", "@Injectable")


def n_pkg():
    return ch("lodash@4.17.21", "@babel/core@7.%d.%d" % (R.randint(10, 25), R.randint(0, 9)),
              "react-dom@18.%d.%d" % (R.randint(0, 3), R.randint(0, 9)), "@types/node@20.%d.%d" % (R.randint(1, 14), R.randint(0, 30)),
              "express@4.%d.%d" % (R.randint(16, 19), R.randint(0, 5)), "@angular/core@17.%d.%d" % (R.randint(0, 3), R.randint(0, 9)),
              "typescript@5.%d.%d" % (R.randint(0, 5), R.randint(1, 4)), "inflight@1.0.6", "glob@7.2.3",
              "@aws-sdk/client-s3@3.%d.0" % R.randint(400, 600))


def n_mention():
    return "@" + ch(fold(first()), fold(first()) + "." + fold(last()), fold(first()) + "_" + fold(last())[:3],
                    "oncall-" + ch("sre", "netops", "payments"), "channel", "here", "security-team")


def n_not_email():
    return ch("root@localhost", "user@localhost", "%s@localhost" % fold(first()), "postgres@db-primary",
              "admin@router", "%s@%s-ws%02d" % (fold(first()), ch("corp", "lab"), R.randint(1, 99)),
              "deploy@build-agent-7", "jenkins@ci")


def n_asset_at():
    return ch("icon", "logo", "hero", "avatar", "btn-close", "splash") + "@" + ch("2x", "3x", "1.5x") + ch(".png", ".jpg", ".webp")


def n_cpp():
    return ch("std::chrono::steady_clock::now", "boost::asio::ip::tcp::socket", "std::vector<int>::push_back",
              "llvm::DenseMap", "Foo::Bar::baz", "absl::StatusOr", "std::unordered_map", "Qt::AlignLeft",
              "ns::detail::impl", "folly::fbstring")


def n_price():
    return ch("$%s.%02d" % (format(R.randint(100, 999999), ","), R.randint(0, 99)),
              "$%d.%02d" % (R.randint(1, 999), R.randint(0, 99)),
              "USD %s.%02d" % (format(R.randint(1000, 99999), ","), R.randint(0, 99)),
              "€%s,%02d" % (format(R.randint(1000, 99999), ",").replace(",", "."), R.randint(0, 99)),
              "%s,%02d €" % (format(R.randint(1000, 99999), ",").replace(",", "."), R.randint(0, 99)),
              "¥%s" % format(R.randint(1000, 999999), ","))


def n_coord():
    lat, lon = R.uniform(-60, 70), R.uniform(-170, 170)
    return ch("%.4f, %.4f" % (lat, lon), "%.6f,%.6f" % (lat, lon),
              "%d°%02d'%04.1f\"%s %d°%02d'%04.1f\"%s" % (abs(int(lat)), R.randint(0, 59), R.uniform(0, 59.9), "N" if lat > 0 else "S",
                                                     abs(int(lon)), R.randint(0, 59), R.uniform(0, 59.9), "E" if lon > 0 else "W"))


def n_iban_bad():
    v = iban_raw(ch(["DE", "FR", "GB", "ES", "IT", "NL", "CH", "BE"]))
    good = v[2:4]
    while True:
        bad = "%02d" % R.randint(2, 98)
        if bad != good and not iban_mod_ok(v[:2] + bad + v[4:]):
            break
    v = v[:2] + bad + v[4:]
    return iban_print(v) if R.random() < 0.5 else v


def n_port():
    return str(ch(8080, 8443, 5432, 3306, 6379, 9200, 27017, 5672, 9092, 3000, 5000, 8000, 9090, 11211, 2181, 6443, 10250))


def n_url_num():
    host = ch("shop", "portal", "app", "www", "api", "status") + "." + domain()
    return ch("https://%s/orders/%s?page=%d" % (host, digits(9, True), R.randint(1, 20)),
              "https://%s/track?id=%s&ts=%s" % (host, digits(10, True), n_epoch_s()),
              "https://%s/u/%s/profile" % (host, digits(9, True)),
              "https://%s/api/v2/items/%s" % (host, digits(12, True)),
              "https://%s/search?q=%s&ref=%s" % (host, digits(9, True), alnum(6)))


def n_hexaddr():
    return ch("0x7ff" + hexs(R.choice([5, 9])), "0x0000" + hexs(12), "0x" + hexs(8), "0x" + hexs(8, True))


def n_sku():
    return ch("%s-%04d-%s" % (letters(2), R.randint(0, 9999), ch("BLK", "WHT", "RED", "XL", "M")),
              "B0" + alnum(8), "%s%s-%s" % (letters(3), digits(5), digits(2)),
              "%06d-%03d" % (R.randint(0, 999999), R.randint(0, 999)))


def n_upc():
    b = digits(11)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def n_ein():
    return "%02d-%07d" % (ch([10, 12, 20, 26, 27, 30, 33, 35, 41, 46, 47, 52, 56, 59, 61, 65, 74, 81, 84, 88, 93, 95]),
                          R.randint(0, 9999999))


def n_bic():
    return ch("DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "CAIXESBBXXX", "UNCRITMM", "INGBNL2A", "BKCHCNBJ",
              "CHASUS33", "BOFAUS3N", "HSBCGB2L", "UBSWCHZH80A", "GEBABEBB", "NDEASESS", "DABADKKK",
              "BSCHESMM", "SOGEFRPP", "BARCGB22", "RABONL2U")


def n_last4():
    return digits(4)


def n_masked():
    return ch("**** **** **** " + digits(4), "XXXX-XXXX-XXXX-" + digits(4), "xxx-xx-" + digits(4),
              "***-**-" + digits(4), "•••• " + digits(4), "XXXXXX" + digits(4))


def n_aba_bad():
    while True:
        v = "%02d" % ch(ABA_PREFIXES) + digits(7)
        if not aba_ok(v):
            return v


def n_ip_bad():
    return ch("%d.%d.%d.%d" % (R.randint(256, 999), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)),
              "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(256, 999), R.randint(0, 255)),
              "%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255)))


def n_cn_id():
    area = ch("110101", "310104", "440305", "510107", "330106")
    b = area + "%04d%02d%02d" % (R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28)) + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(c) * x for c, x in zip(b, w)) % 11]


def n_de_taxid():
    return digits(11, True)


def n_fr_nir():
    return "%s %02d %02d %02d %03d %03d %02d" % (ch("1", "2"), R.randint(40, 99), R.randint(1, 12), R.randint(1, 95),
                                                R.randint(1, 999), R.randint(1, 999), R.randint(1, 97))


def n_de_sv():
    return "%02d %02d%02d%02d %s %03d" % (R.randint(10, 80), R.randint(1, 28), R.randint(1, 12), R.randint(40, 99),
                                         letters(1), R.randint(0, 999))


def n_aws_acct():
    return digits(12, True)


def n_dns_serial():
    y, m, d = _ymd(2021, 2025)
    return "%04d%02d%02d%02d" % (y, m, d, R.randint(0, 20))


def n_dea():
    a = ch("A", "B", "F", "M") + letters(1)
    d = digits(6)
    c = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return a + d + str(c)


def n_pnr():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def n_otp():
    return digits(6)


def n_long():
    return digits(R.choice([10, 11, 12, 13, 14, 15]), True)


def n_mrn():
    return ch("MRN" + digits(7), digits(8, True), "%s%s" % (letters(1), digits(7)))


def n_claim():
    return ch(digits(9, True), "%s%s" % (letters(2), digits(8)), "%d-%06d" % (R.randint(2019, 2025), R.randint(1, 999999)))


def n_ssn_shaped():
    return fmt_933(ssn_raw(), "-")


def n_alien():
    return "A" + digits(9)


def n_vin():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def n_mac_bad():
    """MAC-looking but not a MAC: 5 or 7 groups, or non-hex."""
    return ch(":".join("%02x" % R.randint(0, 255) for _ in range(5)),
              ":".join("%02x" % R.randint(0, 255) for _ in range(7)))


def n_b64():
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))


# ===========================================================================
# Slots: ⟪name⟫ / ⟪name:arg⟫ = gold value, ⟪~name⟫ = hard negative
# ===========================================================================

GOLD_SLOTS = {
    "ssn": ("US_SSN", ssn), "ssn_d": ("US_SSN", ssn_d), "ssn_b": ("US_SSN", ssn_b), "ssn_s": ("US_SSN", ssn_s),
    "itin": ("US_ITIN", itin), "itin_d": ("US_ITIN", itin_d), "itin_b": ("US_ITIN", itin_b),
    "aba": ("ABA_ROUTING_NUMBER", aba), "aba_raw": ("ABA_ROUTING_NUMBER", aba_raw),
    "acct": ("US_BANK_NUMBER", acct),
    "cc": ("CREDIT_CARD", lambda a=None: cc(a)), "cc_plain": ("CREDIT_CARD", cc_plain),
    "cc_space": ("CREDIT_CARD", lambda a=None: cc(a, "space")),
    "iban": ("IBAN_CODE", iban), "iban_e": ("IBAN_CODE", iban_e), "iban_p": ("IBAN_CODE", iban_p),
    "email": ("EMAIL_ADDRESS", email), "email_w": ("EMAIL_ADDRESS", email_w), "email_p": ("EMAIL_ADDRESS", email_p),
    "email_role": ("EMAIL_ADDRESS", email_role),
    "phone": ("PHONE_NUMBER", phone), "phone_d": ("PHONE_NUMBER", phone_d), "phone_p": ("PHONE_NUMBER", phone_p),
    "phone_e164": ("PHONE_NUMBER", phone_e164), "phone_i": ("PHONE_NUMBER", phone_i),
    "phone_uk": ("PHONE_NUMBER", phone_uk), "phone_de": ("PHONE_NUMBER", phone_de), "phone_fr": ("PHONE_NUMBER", phone_fr),
    "phone_es": ("PHONE_NUMBER", phone_es), "phone_it": ("PHONE_NUMBER", phone_it), "phone_cn": ("PHONE_NUMBER", phone_cn),
    "phone_mx": ("PHONE_NUMBER", phone_mx), "phone_jp": ("PHONE_NUMBER", phone_jp), "phone_au": ("PHONE_NUMBER", phone_au),
    "phone_x": ("PHONE_NUMBER", lambda a: phone(a)),
    "ip": ("IP_ADDRESS", ip), "ip4": ("IP_ADDRESS", ip4), "ip4_pub": ("IP_ADDRESS", ip4_pub),
    "ip4_priv": ("IP_ADDRESS", ip4_priv), "ip6": ("IP_ADDRESS", ip6), "ip6_mapped": ("IP_ADDRESS", ip6_mapped),
    "mac": ("MAC_ADDRESS", mac), "mac_colon": ("MAC_ADDRESS", mac_colon), "mac_dash": ("MAC_ADDRESS", mac_dash),
    "mac_cisco": ("MAC_ADDRESS", mac_cisco), "mac_lower": ("MAC_ADDRESS", lambda: mac_colon(False)),
    "mac_upper": ("MAC_ADDRESS", lambda: mac_colon(True)),
    "dl": ("US_DRIVER_LICENSE", dl), "uspp": ("US_PASSPORT", uspp), "pp": ("PASSPORT", pp),
    "mrz": ("PASSPORT", mrz),
}

NEG_SLOTS = {
    "luhn_bad": ("luhn_invalid", n_luhn_bad), "isbn": ("isbn", n_isbn), "tracking": ("tracking", n_tracking),
    "ups": ("tracking", n_ups), "usps": ("tracking", n_usps), "fedex": ("tracking", n_fedex),
    "uuid": ("uuid", n_uuid), "sha40": ("hash", n_sha40), "sha7": ("hash", n_sha7), "sha256": ("hash", n_sha256),
    "b64": ("hash", n_b64),
    "epoch_s": ("epoch", n_epoch_s), "epoch_ms": ("epoch", n_epoch_ms), "semver": ("semver", n_semver),
    "build": ("build_version", n_build), "date": ("date", n_date), "dob": ("date", n_dob), "date_zh": ("date", n_date_zh),
    "time": ("time", n_time), "ts": ("timestamp", n_ts), "syslog_ts": ("timestamp", n_syslog_ts),
    "clf_ts": ("timestamp", n_clf_ts), "zip4": ("zip4", n_zip4), "order": ("order_id", n_order),
    "invoice": ("invoice_id", n_invoice), "ticket": ("ticket_id", n_ticket), "nine": ("nine_digits_other_label", n_nine),
    "npi": ("npi", n_npi), "ssn_bad": ("invalid_ssn", n_ssn_bad), "phone_bad": ("invalid_phone_shape", n_phone_bad),
    "oid": ("oid", n_oid), "css": ("css_color", n_css), "winpath": ("path", n_winpath), "decorator": ("decorator", n_decorator),
    "pkg": ("package_spec", n_pkg), "mention": ("mention", n_mention), "not_email": ("not_email", n_not_email),
    "asset_at": ("asset_at", n_asset_at), "cpp": ("cpp_scope", n_cpp), "price": ("price", n_price),
    "coord": ("coordinates", n_coord), "iban_bad": ("iban_bad_checksum", n_iban_bad), "port": ("port", n_port),
    "url_num": ("url_number", n_url_num), "hexaddr": ("hex_address", n_hexaddr), "sku": ("sku", n_sku),
    "upc": ("sku", n_upc), "ein": ("ein", n_ein), "bic": ("bic", n_bic), "last4": ("masked_number", n_last4),
    "masked": ("masked_number", n_masked), "aba_bad": ("aba_bad_checksum", n_aba_bad),
    "mrz_bad": ("mrz_bad_check", lambda: mrz(valid=False)), "ip_bad": ("invalid_ip", n_ip_bad),
    "cn_id": ("foreign_national_id", n_cn_id), "de_taxid": ("foreign_national_id", n_de_taxid),
    "fr_nir": ("foreign_national_id", n_fr_nir), "de_sv": ("foreign_national_id", n_de_sv),
    "aws_acct": ("aws_account_id", n_aws_acct), "dns_serial": ("dns_serial", n_dns_serial), "dea": ("dea_number", n_dea),
    "pnr": ("booking_ref", n_pnr), "otp": ("otp", n_otp), "long": ("long_number_other_label", n_long),
    "mrn": ("mrn", n_mrn), "claim": ("claim_or_policy", n_claim), "ssn_shaped": ("ssn_shaped_other_label", n_ssn_shaped),
    "alien": ("alien_number", n_alien), "vin": ("vin", n_vin), "mac_bad": ("mac_like", n_mac_bad),
    "other_acct": ("other_account", lambda: digits(R.choice([9, 10, 12]), True)),
    "vat": ("vat_id", lambda: "DE" + digits(9, True)),
    "cert_serial": ("mac_like", lambda: ":".join(hexs(2) for _ in range(16))),
    "eticket": ("ticket_id", lambda: "%d-%d" % (R.randint(100, 999), R.randint(1000000000, 9999999999))),
}

LABELS = {
    "ssn": ["SSN", "Soc. Sec. #", "Social Security No.", "Social Security Number", "social security #", "SS#",
            "Soc Sec No", "SocSec", "Member SSN", "Employee SSN", "Applicant SSN", "Borrower's SSN",
            "Patient SSN", "Tax ID (SSN)", "SSN/TIN", "Social Sec. No", "S.S.N.", "Soc.Sec.Nr"],
    "itin": ["ITIN", "TIN (ITIN)", "Individual Taxpayer Identification Number", "ITIN #", "Taxpayer ID (ITIN)",
             "IRS ITIN", "ITIN no.", "Individual Taxpayer ID No. (ITIN)"],
    "aba": ["Routing number", "Routing #", "Routing/Transit", "Routing/transit no.", "RTN", "ABA#", "ABA",
            "ABA routing no.", "Bank routing", "R/T #", "Transit routing number", "Routing (ABA)", "ABA/RTN",
            "Fed ABA", "routing no", "ABA Number"],
    "acct": ["Checking acct", "Acct no.", "Account #", "Account number", "Savings account", "Acct #",
             "Account No.", "Bank account", "Checking account number", "DDA #", "Deposit account no.",
             "Acct. Number", "Bank acct #", "Savings acct no."],
    "dl": ["DL No.", "Driver lic", "License #", "Driver's License", "Driver License No.", "DLN", "Lic#", "DL#",
           "Operator's license", "Drivers Lic. No.", "OL #", "DL number", "CDL #", "Driver's lic. no."],
    "uspp": ["U.S. passport no.", "US Passport #", "Passport (USA)", "United States passport number",
             "USA passport no.", "U.S. Passport Book No.", "US passport", "Passport No. (United States)"],
    "phone": ["Phone", "Tel", "Tel.", "Ph", "Phone #", "Telephone", "Contact no.", "Home phone", "Work phone"],
    "cell": ["Cell", "Mobile", "Cell #", "Mobile phone", "Cel", "Cell phone", "M"],
    "card": ["Card number", "Card #", "CC#", "Credit card", "Card no.", "PAN", "Visa/MC #", "Payment card"],
}


def L(k):
    return ch(LABELS[k])


def sep():
    return ch(": ", ": ", ": ", " ", " - ", ":\t", " = ", " : ")


SLOT_RE = re.compile(r"⟪([^⟫]+)⟫")


class Rec:
    def __init__(self, kind):
        self.kind = kind
        self.parts = []
        self.pos = 0
        self.gold = []  # (type, start, end, value)
        self.neg = []

    def add(self, s, gold=None, neg=None):
        n = len(s.encode("utf-8"))
        if gold:
            self.gold.append((gold, self.pos, self.pos + n, s))
        if neg:
            self.neg.append((neg, self.pos, self.pos + n, s))
        self.parts.append(s)
        self.pos += n

    @property
    def text(self):
        return "".join(self.parts)


def render(tpl, kind):
    rec = Rec(kind)
    cache = {}
    i = 0
    for m in SLOT_RE.finditer(tpl):
        rec.add(tpl[i:m.start()])
        spec = m.group(1)
        key = spec if "#" in spec else None
        spec = spec.split("#")[0]
        arg = None
        if spec.startswith("~"):
            cat, fn = NEG_SLOTS[spec[1:]]
            if key not in cache:
                cache[key] = fn()
            rec.add(cache[key], neg=cat)
        else:
            if ":" in spec:
                spec, arg = spec.split(":", 1)
            typ, fn = GOLD_SLOTS[spec]
            if key not in cache:
                cache[key] = fn(arg) if arg else fn()
            rec.add(cache[key], gold=typ)
        cache.pop(None, None)
        i = m.end()
    rec.add(tpl[i:])
    return rec


TEMPLATES = []


def T(weight=1.0):
    def deco(fn):
        TEMPLATES.append((fn.__name__[2:], weight, fn))
        return fn
    return deco


# ===========================================================================
# Templates.  Each returns a template string; fillers are inlined, values
# that are gold or hard negatives go through ⟪slots⟫.
# ===========================================================================

# ---- HR, payroll, tax -------------------------------------------------------

@T(1.5)
def t_hr_onboarding():
    st = dl_state()
    n = name()
    return f"""EMPLOYEE ONBOARDING - PERSONAL DATA SHEET
Legal name: {n}
Date of birth: ⟪~dob⟫
{L('ssn')}: ⟪ssn⟫
Home phone: ⟪phone⟫    {L('cell')}: ⟪phone⟫
Personal e-mail: ⟪email_p⟫
Employee ID: ⟪~nine⟫
{ch("Driver's license", "DL", "Driver License")} ({st[0]}): ⟪dl:{st[0]}⟫
Direct deposit -- {L('aba')}: ⟪aba⟫ / {L('acct')}: ⟪acct⟫
Emergency contact: {name()} ({ch("spouse", "mother", "brother", "friend")}) ⟪phone⟫"""


@T(1.2)
def t_w9():
    return f"""Form W-9 (Rev. March 2024)  Request for Taxpayer Identification Number and Certification
1 Name: {name()}
2 Business name/disregarded entity name: {ch(company(), "")}
5 Address: {R.randint(10, 9999)} {ch(STREETS)}
6 City, state, and ZIP code: {ch(STATES)[2]}, {ch(STATES)[0]} ⟪~zip4⟫
Part I  Taxpayer Identification Number (TIN)
  Social security number: ⟪ssn_d⟫
  or Employer identification number: {ch("", "⟪~ein⟫")}
Signature of U.S. person ____________  Date ⟪~date⟫"""


@T(0.8)
def t_w9_ein_only():
    return f"""W-9 received from vendor {company()} on ⟪~date⟫.
Employer identification number (EIN): ⟪~ein⟫ -- entity type: LLC (partnership).
Remit-to contact: {name()}, ⟪email_role⟫, ⟪phone⟫."""


@T(1.0)
def t_w7():
    return f"""Form W-7 -- Application for IRS Individual Taxpayer Identification Number
Applicant: {name()}   Country of citizenship: {ch("Mexico", "Guatemala", "India", "Philippines", "Honduras", "China")}
Reason: b - Nonresident alien filing a U.S. federal tax return
{ch("If you were previously assigned an ITIN, enter it here", "Previously issued ITIN", "Prior TIN (ITIN)")}: ⟪itin⟫
Acceptance agent phone ⟪phone⟫ -- EFIN ⟪~long⟫"""


@T(1.0)
def t_1040_refund():
    both = R.random() < 0.5
    return f"""Form 1040 (2023)
Your first name and middle initial: {first()}   Last name: {last()}
Your social security number: ⟪ssn_b⟫
{"Spouse's ITIN: ⟪itin_b⟫" if both else "Spouse's social security number: ⟪ssn_b⟫"}
35a Amount you want refunded to you ⟪~price⟫
 b Routing number ⟪aba_raw⟫   c Type: [X] Checking [ ] Savings
 d Account number ⟪acct⟫
Phone no. ⟪phone⟫   Email address ⟪email_p⟫"""


@T(1.0)
def t_payroll_dd():
    return f"""DIRECT DEPOSIT AUTHORIZATION
I, {name()}, authorize {company()} to deposit my pay.
Bank name: {ch(BANKS)}
{L('aba')}: ⟪aba⟫
{L('acct')}: ⟪acct⟫        [{ch("X", " ")}] Checking  [{ch("X", " ")}] Savings
Deposit: {ch("100%", "net pay", "⟪~price⟫ per period")}
Employee #⟪~nine⟫  Signature: ______  Date: ⟪~date⟫"""


@T(1.2)
def t_csv_employees():
    hdr = ch(("emp_id,full_name,ssn,dob,email,phone", ","),
             ("EmployeeNumber;Name;SocialSecurityNo;BirthDate;WorkEmail;Mobile", ";"),
             ("id,name,social_security_number,date_of_birth,email,cell", ","),
             ("\"Employee ID\",\"Name\",\"SSN\",\"DOB\",\"E-mail\",\"Phone\"", ","))
    rows = [hdr[0]]
    q = '"' if hdr[0].startswith('"') else ""
    for _ in range(R.randint(2, 4)):
        cells = [f"{q}⟪~nine⟫{q}" if R.random() < 0.5 else f"{q}{R.randint(1000, 99999)}{q}", f"{q}{name()}{q}",
                 f"{q}⟪ssn⟫{q}", f"{q}⟪~dob⟫{q}", f"{q}⟪email_w⟫{q}", f"{q}⟪phone⟫{q}"]
        rows.append(hdr[1].join(cells))
    return "\n".join(rows)


@T(1.0)
def t_tsv_payroll():
    hdr = ch("Employee\tBank Routing\tAccount No\tType", "name\trouting_number\taccount_number\tacct_type",
             "Payee\tABA\tAcct#\tChk/Sav", "NAME\tRTN\tDDA ACCOUNT\tTYPE")
    rows = [hdr]
    for _ in range(R.randint(2, 4)):
        rows.append(f"{name()}\t⟪aba_raw⟫\t⟪acct⟫\t{ch('checking', 'savings', 'CHK', 'SAV')}")
    return "\n".join(rows)


@T(0.8)
def t_fixed_width_report():
    lines = ["NAME                 SSN          DOB         PHONE"]
    for _ in range(R.randint(2, 4)):
        n = name()[:20].ljust(20)
        lines.append(f"{n} ⟪ssn_d⟫  ⟪~dob⟫  ⟪phone_d⟫")
    lines.append(f"Report generated ⟪~ts⟫ by {fold(first())} -- page 1 of 1")
    return "\n".join(lines)


@T(0.9)
def t_dot_leaders():
    return f"""BENEFITS ENROLLMENT CONFIRMATION
Participant ..................... {name()}
{L('ssn')} ..................... ⟪ssn⟫
Plan ............................ {ch("PPO 500", "HDHP + HSA", "HMO Select")}
Group number .................... ⟪~claim⟫
Phone on file ................... ⟪phone⟫
E-mail on file .................. ⟪email⟫"""


@T(0.8)
def t_i9():
    foreign = R.random() < 0.4
    c = pp_country(exclude=("CA",))
    a = f"""Form I-9, Employment Eligibility Verification -- Section 1
Last Name: {last()}  First Name: {first()}  Date of Birth: ⟪~dob⟫
U.S. Social Security Number: ⟪ssn_d⟫
Employee's E-mail Address: ⟪email_p⟫   Employee's Telephone Number: ⟪phone_p⟫
"""
    if foreign:
        a += f"""[X] A noncitizen authorized to work until ⟪~date⟫
USCIS A-Number: ⟪~alien⟫
Foreign Passport Number and Country of Issuance: ⟪pp:{c['code']}⟫ ({c['en']})"""
    else:
        a += f"""Section 2 -- List A Document Title: U.S. Passport
Issuing Authority: U.S. Department of State  Document Number: ⟪uspp⟫  Expiration Date: ⟪~date⟫"""
    return a


@T(0.8)
def t_irs_letter():
    return f"""Internal Revenue Service, Austin TX
Date of this notice: ⟪~date⟫
{name()}
We assigned you an Individual Taxpayer Identification Number (ITIN). Your ITIN is ⟪itin⟫.
Keep this notice in your permanent records. For questions call ⟪phone_x:1dash⟫."""


@T(0.9)
def t_payroll_yaml():
    return f"""payee:
  display_name: "{name()}"
  email: ⟪email⟫
  bank:
    name: {ch(BANKS)}
    routing_number: "⟪aba_raw⟫"
    account_number: "⟪acct⟫"
    account_type: {ch("checking", "savings")}
  updated_at: ⟪~ts⟫"""


@T(0.7)
def t_ach_return():
    return f"""ACH RETURN NOTIFICATION
Return reason: R03 - No Account/Unable to Locate Account
Original entry date: ⟪~date⟫   Amount: ⟪~price⟫
Receiver name: {name().upper()}
RDFI routing (ABA): ⟪aba_raw⟫
DFI account number: ⟪acct⟫
Trace number: ⟪~long⟫   Company ID: ⟪~nine⟫"""


@T(0.7)
def t_check_micr():
    return f"""Voided check attached for payroll setup.
{name()}  {R.randint(100, 9999)} {ch(STREETS)}    Check No. {R.randint(1001, 1999)}
Pay to the order of ________________  ⟪~price⟫
MICR line (routing / account / check no.): ⑆⟪aba_raw⟫⑆ ⟪acct⟫⑈ {R.randint(1001, 1999)}"""


# ---- banking, cards ----------------------------------------------------------

@T(1.2)
def t_bank_letter():
    n = name()
    return f"""{ch(BANKS)}
⟪~date⟫

Dear {n},

Welcome! Your new {ch("checking", "savings", "money market")} account is open. Please keep the details below for your records:
    {ch("Account number", "Acct no.", "Your account #")} ⟪acct⟫
    {ch("Routing number", "ABA routing number", "Routing/transit number (RTN)")} ⟪aba⟫
Your debit card ending in ⟪~last4⟫ will arrive within 7-10 business days. Questions? Call us at ⟪phone_x:1dash⟫ or write to ⟪email_role⟫.

Sincerely,
{name()}, Branch Manager"""


@T(1.0)
def t_wire_instructions():
    c = ch(["DE", "FR", "GB", "ES", "IT", "NL", "CH", "BE", "AT", "IE", "PT", "PL", "SE"])
    return f"""WIRE TRANSFER INSTRUCTIONS (international)
Beneficiary: {company()}
Beneficiary IBAN: ⟪iban:{c}⟫
SWIFT/BIC: ⟪~bic⟫
Intermediary bank: {ch(BANKS)}, Fedwire {ch("ABA", "ABA#", "routing no.")} ⟪aba_raw⟫
Reference: ⟪~invoice⟫ -- do NOT include the invoice amount (⟪~price⟫) in the memo."""


@T(0.9)
def t_wire_domestic():
    return f"""Domestic wire request #{R.randint(10000, 99999)}
Originator: {name()} / acct ⟪acct⟫
Receiving bank {ch("ABA/RTN", "ABA", "Routing #")}: ⟪aba⟫
For further credit to: {name()}, {ch("account", "acct #", "a/c")} ⟪acct⟫
Callback verified with customer at ⟪phone⟫ on ⟪~date⟫ ⟪~time⟫."""


@T(0.8)
def t_mt103():
    return f""":20:⟪~order⟫
:23B:CRED
:32A:{R.randint(22, 25)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}EUR{R.randint(100, 99999)},{R.randint(0, 99):02d}
:50K:/⟪iban_e⟫
{name().upper()}
:57A:⟪~bic⟫
:59:/⟪iban_e⟫
{company().upper()}
:70:INVOICE ⟪~invoice⟫
:71A:SHA"""


@T(0.9)
def t_pain001_xml():
    return f"""<CdtTrfTxInf>
  <PmtId><EndToEndId>⟪~order⟫</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">{R.randint(10, 9999)}.{R.randint(0, 99):02d}</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>⟪~bic⟫</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>{name()}</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>⟪iban_e⟫</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Rechnung ⟪~invoice⟫</Ustrd></RmtInf>
</CdtTrfTxInf>"""


@T(1.0)
def t_iban_mixed_validity():
    return f"""Payment run {ch("approved", "held for review")} -- {R.randint(2, 9)} lines
  1. {company()}: ⟪iban⟫ ⟪~price⟫
  2. {company()}: ⟪~iban_bad⟫ REJECTED (IBAN checksum)
  3. {company()}: ⟪iban⟫ ⟪~price⟫"""


@T(1.2)
def t_card_chat():
    return f"""[{R.randint(8, 11)}:{R.randint(10, 59)} AM] Agent {first()}: I can take the payment now. Which card would you like to use?
[{R.randint(8, 11)}:{R.randint(10, 59)} AM] {first()}: {ch("the visa", "my amex", "use this one", "mastercard")} ⟪cc⟫{ch(" exp ⟪~date⟫", "", " (exp 0%d/%d)" % (R.randint(1, 9), R.randint(25, 30)))}
[{R.randint(8, 11)}:{R.randint(10, 59)} AM] Agent {first()}: Thank you. Confirmation number ⟪~order⟫."""


@T(1.0)
def t_card_csv():
    hdr = ch("customer_id,name,card_number,exp,zip", "cust,holder,pan,expiry,postal",
             "CustomerID|CardHolder|CardNo|Exp|ZIP")
    d = "|" if "|" in hdr else ","
    rows = [hdr]
    for _ in range(R.randint(2, 5)):
        rows.append(d.join([str(R.randint(10000, 99999)), name(), "⟪cc⟫", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)),
                            "%05d" % R.randint(1001, 99950)]))
    return "\n".join(rows)


@T(0.9)
def t_receipt():
    return f"""{company().upper()}
{R.randint(10, 999)} {ch(STREETS)}
⟪~date⟫  ⟪~time⟫
Item                      Qty   Price
{ch("Widget", "Coffee beans", "USB-C cable", "Notebook")} ⟪~sku⟫   {R.randint(1, 4)}   ⟪~price⟫
TOTAL                           ⟪~price⟫
{ch("VISA", "MASTERCARD", "AMEX", "DISCOVER")} ⟪~masked⟫   AUTH CODE: {R.randint(100000, 999999)}
REF #: ⟪~long⟫
Thank you for shopping with us!"""


@T(0.9)
def t_fraud_alert():
    return f"""Subject: Did you make this purchase?
We noticed an unusual charge of ⟪~price⟫ at {company()} on your card ending in ⟪~last4⟫.
If this wasn't you, call ⟪phone_x:1dash⟫ (the number on the back of your card). We will never ask for your full card number or PIN by e-mail.
Case ID: ⟪~ticket⟫"""


@T(0.8)
def t_card_luhn_mix():
    return f"""QA notes - payment form validation
- ⟪cc_plain⟫ -> accepted
- ⟪~luhn_bad⟫ -> rejected (checksum)
- ⟪cc_space⟫ -> accepted
- ⟪~luhn_bad⟫ -> rejected ("invalid card number")"""


@T(0.7)
def t_stripe_form():
    return f"""POST /v1/tokens HTTP/1.1
Content-Type: application/x-www-form-urlencoded

card[number]=⟪cc_plain⟫&card[exp_month]={R.randint(1, 12)}&card[exp_year]=20{R.randint(25, 31)}&card[cvc]={R.randint(100, 999)}&card[address_zip]={R.randint(10001, 99950)}"""


@T(0.9)
def t_loan_application():
    n = name()
    return f"""UNIFORM RESIDENTIAL LOAN APPLICATION - Section 1a. Personal Information
Name: {n}    {ch("Social Security Number", "SSN (or ITIN)", "Soc. Sec. No.")}: ⟪ssn⟫
Home Phone ⟪phone_p⟫  Cell Phone ⟪phone_p⟫  Work Phone ⟪phone_p⟫ Ext. {R.randint(100, 9999)}
Email ⟪email_p⟫
Current Address: {R.randint(10, 9999)} {ch(STREETS)}, {ch(STATES)[2]} ⟪~zip4⟫   Housing: Rent ⟪~price⟫/month
Section 2a. Assets - Bank Accounts
  {ch(BANKS)}  Checking  Account Number ⟪acct⟫  Cash Value ⟪~price⟫
  {ch(BANKS)}  Savings   Account Number ⟪acct⟫  Cash Value ⟪~price⟫"""


@T(0.8)
def t_voice_transcript():
    return f"""Call transcript (auto), agent {first()}, ⟪~ts⟫
CUSTOMER: yeah hi I'm trying to set up autopay
AGENT: sure, I'll need the routing and account number from a check
CUSTOMER: ok routing is ⟪aba_raw⟫ and the account is ⟪acct⟫
AGENT: and for verification, the last four of your social?
CUSTOMER: ⟪~last4⟫
AGENT: thank you. best callback number?
CUSTOMER: ⟪phone⟫"""


@T(0.8)
def t_json_payment_method():
    return f"""{{"customer":{{"id":"cus_{alnum(14)}","email":"⟪email⟫","phone":"⟪phone_e164⟫"}},
 "payment_method":{{"type":"us_bank_account","us_bank_account":{{"routing_number":"⟪aba_raw⟫","account_number":"⟪acct⟫","account_holder_type":"individual"}}}},
 "created":⟪~epoch_s⟫}}"""


# ---- logs, network, devops --------------------------------------------------

def host():
    return ch("web", "api", "db", "cache", "edge", "vpn", "mail", "build", "k8s-node", "ws", "fw", "sw") + "-" + "%02d" % R.randint(1, 40)


def user():
    return ch(fold(first()), fold(first())[0] + fold(last()), "svc_" + ch("backup", "deploy", "etl"), "admin", "root", "ubuntu")


@T(1.5)
def t_logfmt():
    lines = []
    for _ in range(R.randint(1, 3)):
        lines.append(ch(
            f'time=⟪~ts⟫ level=info msg="password reset requested" email=⟪email⟫ client_ip=⟪ip⟫ request_id=⟪~uuid⟫ duration_ms={R.randint(2, 900)}',
            f'ts=⟪~ts⟫ lvl=warn component=auth msg="too many attempts" remote=⟪ip4⟫:⟪~port⟫ user={user()} attempts={R.randint(3, 12)}',
            f'at=info method=POST path="/v1/signup" host={ch("app", "api")}.{domain()} fwd="⟪ip4_pub⟫" dyno=web.{R.randint(1, 9)} connect={R.randint(0, 5)}ms service={R.randint(5, 300)}ms status=201 bytes={R.randint(200, 9000)}',
            f'level=error ts=⟪~ts⟫ caller=notify.go:{R.randint(20, 400)} msg="sms delivery failed" to=⟪phone_e164⟫ err="carrier rejected" trace_id=⟪~sha7⟫',
            f'time="⟪~ts⟫" level=debug msg="lease renewed" iface=eth{R.randint(0, 3)} addr=⟪ip4_priv⟫ hwaddr=⟪mac_lower⟫ version=⟪~semver⟫',
        ))
    return "\n".join(lines)


@T(1.5)
def t_syslog():
    h = host()
    lines = []
    for _ in range(R.randint(2, 4)):
        lines.append(ch(
            f"⟪~syslog_ts⟫ {h} sshd[{R.randint(300, 65000)}]: Accepted publickey for {user()} from ⟪ip⟫ port {R.randint(1024, 65535)} ssh2: ED25519 SHA256:⟪~b64⟫",
            f"⟪~syslog_ts⟫ {h} sshd[{R.randint(300, 65000)}]: Failed password for invalid user {ch('admin', 'oracle', 'test', 'pi')} from ⟪ip4_pub⟫ port {R.randint(1024, 65535)} ssh2",
            f"⟪~syslog_ts⟫ {h} dhcpd[{R.randint(300, 9000)}]: DHCPACK on ⟪ip4_priv⟫ to ⟪mac_lower⟫ ({ch('android-', 'iPhone-', 'DESKTOP-')}{alnum(6)}) via eth{R.randint(0, 2)}",
            f"⟪~syslog_ts⟫ {h} dhclient[{R.randint(300, 9000)}]: DHCPOFFER of ⟪ip4_priv⟫ from ⟪ip4_priv⟫",
            f"⟪~syslog_ts⟫ {h} kernel: [{R.randint(1, 99999)}.{R.randint(0, 999999):06d}] e1000e 0000:00:1f.6 eth0: NIC Link is Up 1000 Mbps Full Duplex",
            f"⟪~syslog_ts⟫ {h} postfix/smtp[{R.randint(300, 65000)}]: {hexs(10, True)}: to=<⟪email⟫>, relay=mx.{domain()}[⟪ip4_pub⟫]:25, delay={R.randint(0, 9)}.{R.randint(0, 9)}, status=sent (250 2.0.0 OK)",
            f"⟪~syslog_ts⟫ {h} CRON[{R.randint(300, 65000)}]: ({user()}) CMD (/usr/local/bin/backup.sh --since ⟪~epoch_s⟫)",
            f"⟪~syslog_ts⟫ {h} named[{R.randint(300, 9000)}]: client @0x{hexs(12)} ⟪ip⟫#{R.randint(1024, 65535)} ({ch('www', 'mail', 'vpn')}.{domain()}): query: {ch('www', 'mail')}.{domain()} IN {ch('A', 'AAAA')} +E(0)",
        ))
    return "\n".join(lines)


@T(1.3)
def t_access_log():
    lines = []
    for _ in range(R.randint(1, 3)):
        ipv = ch("⟪ip4_pub⟫", "⟪ip4_pub⟫", "⟪ip6⟫")
        path = ch("/account/settings", "/api/v1/users/%d" % R.randint(1, 99999), "/login", "/static/app.%s.js" % hexs(8),
                  "/checkout?step=2&cart=%d" % R.randint(1000, 99999), "/img/⟪~asset_at⟫")
        ua = ch(f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/⟪~build⟫ Safari/537.36",
                "curl/8.%d.%d" % (R.randint(0, 9), R.randint(0, 3)), "python-requests/2.%d.0" % R.randint(20, 32),
                f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{R.randint(0, 5)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{R.randint(0, 5)} Mobile/15E148 Safari/604.1")
        lines.append(f'{ipv} - {ch("-", user())} [⟪~clf_ts⟫] "{ch("GET", "POST", "PUT")} {path} HTTP/{ch("1.1", "2.0")}" {ch(200, 200, 302, 404, 500)} {R.randint(0, 99999)} "-" "{ua}"')
    return "\n".join(lines)


@T(0.9)
def t_nginx_json():
    return ('{"time_local":"⟪~clf_ts⟫","remote_addr":"⟪ip⟫","request":"%s /api/%s HTTP/1.1","status":%d,'
            '"body_bytes_sent":%d,"http_x_forwarded_for":"⟪ip4_pub⟫, ⟪ip4_priv⟫","request_id":"⟪~sha7⟫","upstream_addr":"⟪ip4_priv⟫:⟪~port⟫"}'
            % (ch("GET", "POST"), ch("orders", "login", "cart"), ch(200, 201, 403), R.randint(10, 50000)))


@T(0.9)
def t_windows_event():
    return f"""An account was successfully logged on.
Subject:
	Security ID:		S-1-5-18
	Account Name:		{host().upper()}$
	Logon ID:		0x3E7
Logon Information:
	Logon Type:		{ch(3, 10, 2)}
New Logon:
	Account Name:		{user()}
	Logon GUID:		{{⟪~uuid⟫}}
Network Information:
	Workstation Name:	{ch("DESKTOP-", "LAPTOP-", "WS-")}{alnum(7)}
	Source Network Address:	⟪ip⟫
	Source Port:		{R.randint(1024, 65535)}"""


@T(1.0)
def t_ipconfig():
    return f"""Ethernet adapter Ethernet:

   Connection-specific DNS Suffix  . : corp.{domain()}
   Description . . . . . . . . . . . : Intel(R) Ethernet Connection (7) I219-LM
   Physical Address. . . . . . . . . : ⟪mac_dash⟫
   DHCP Enabled. . . . . . . . . . . : Yes
   IPv6 Address. . . . . . . . . . . : ⟪ip6⟫(Preferred)
   IPv4 Address. . . . . . . . . . . : ⟪ip4_priv⟫(Preferred)
   Default Gateway . . . . . . . . . : ⟪ip4_priv⟫
   DHCP Server . . . . . . . . . . . : ⟪ip4_priv⟫
   DNS Servers . . . . . . . . . . . : ⟪ip4⟫
                                       ⟪ip4⟫"""


@T(1.0)
def t_ip_addr():
    n = R.randint(2, 3)
    return f"""{n}: {ch("eth0", "ens160", "enp3s0", "wlan0")}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP group default qlen 1000
    link/ether ⟪mac_lower⟫
    inet ⟪ip4_priv⟫/{ch(24, 16, 20, 22)} brd ⟪ip4_priv⟫ scope global dynamic noprefixroute
       valid_lft {R.randint(100, 86400)}sec preferred_lft {R.randint(100, 86400)}sec
    inet6 ⟪ip6⟫/64 scope global dynamic mngtmpaddr"""


@T(0.9)
def t_arp_table():
    lines = [ch("$ arp -a", "$ ip neigh", "Router# show ip arp")]
    for _ in range(R.randint(2, 4)):
        lines.append(ch(f"? (⟪ip4_priv⟫) at ⟪mac_lower⟫ [ether] on eth0",
                        f"⟪ip4_priv⟫ dev eth0 lladdr ⟪mac_lower⟫ REACHABLE",
                        f"Internet  ⟪ip4_priv⟫    {R.randint(0, 240)}   ⟪mac_cisco⟫  ARPA   Vlan{R.randint(1, 300)}",
                        f"  ⟪ip4_priv⟫          ⟪mac_dash⟫     dynamic"))
    return "\n".join(lines)


@T(1.0)
def t_cisco_config():
    return f"""hostname {host().upper()}
!
interface GigabitEthernet1/0/{R.randint(1, 48)}
 description uplink to {host()} (ticket ⟪~ticket⟫)
 ipv6 address ⟪ip6⟫/64
 ip helper-address ⟪ip4_priv⟫
!
ntp server ⟪ip4⟫
logging host ⟪ip4_priv⟫
snmp-server contact ⟪email_role⟫
snmp-server host ⟪ip4_priv⟫ version 2c {ch("public", "n0c-r0")}
mac address-table static ⟪mac_cisco⟫ vlan {R.randint(2, 400)} interface Gi1/0/{R.randint(1, 48)}
! IOS-XE version ⟪~semver⟫"""


@T(0.7)
def t_juniper():
    return f"""set system host-name {host()}
set system name-server ⟪ip4⟫
set interfaces ge-0/0/{R.randint(0, 11)} unit 0 family inet address ⟪ip4⟫/{ch(24, 30, 31, 29)}
set interfaces ge-0/0/{R.randint(0, 11)} unit 0 family inet6 address ⟪ip6⟫/{ch(64, 127, 126)}
set routing-options static route ⟪ip4⟫/{ch(16, 20, 24)} next-hop ⟪ip4⟫
set snmp location "{ch(STATES)[2]} DC rack {R.randint(1, 40)}\""""


@T(1.0)
def t_ini_device():
    return f"""[device]
serial = {alnum(12)}
firmware = ⟪~build⟫
owner_email = ⟪email⟫

[network]
hostname={host()}
ip_address=⟪ip4_priv⟫
gateway=⟪ip4_priv⟫
dns=⟪ip4⟫,⟪ip4⟫
mac=⟪mac⟫
ntp=pool.ntp.org"""


@T(0.9)
def t_k8s_yaml():
    return f"""apiVersion: v1
kind: Pod
metadata:
  name: {ch("api", "worker", "ingest")}-{hexs(10)}-{alnum(5).lower()}
  uid: ⟪~uuid⟫
spec:
  containers:
  - name: app
    image: registry.{domain()}/app@sha256:⟪~sha256⟫
  - name: sidecar
    image: envoyproxy/envoy:v⟪~semver⟫
status:
  hostIP: ⟪ip4_priv⟫
  podIP: ⟪ip4_priv⟫
  podIPs:
  - ip: ⟪ip4_priv⟫
  - ip: ⟪ip6⟫"""


@T(0.8)
def t_env_file():
    return f"""# .env.production -- DO NOT COMMIT
DATABASE_HOST=⟪ip4_priv⟫
DATABASE_PORT=⟪~port⟫
SMTP_USER=⟪email_role⟫
ALERT_SMS_TO=⟪phone_e164⟫
SENTRY_RELEASE=⟪~sha40⟫
BUILD_TS=⟪~epoch_ms⟫"""


@T(0.9)
def t_hosts_resolv():
    return f"""# /etc/hosts
⟪ip4_priv⟫	{host()}.internal {host()}
⟪ip4_priv⟫	{host()}.internal
⟪ip6⟫	{host()}-v6
# /etc/resolv.conf
nameserver ⟪ip4⟫
nameserver ⟪ip6⟫
search corp.{domain()}"""


@T(0.8)
def t_wireguard():
    return f"""[Interface]
PrivateKey = ⟪~b64⟫=
Address = ⟪ip4_priv⟫/24, ⟪ip6⟫/64
ListenPort = 51820

[Peer]
PublicKey = ⟪~b64⟫=
AllowedIPs = ⟪ip4_priv⟫/32
Endpoint = ⟪ip4_pub⟫:51820
PersistentKeepalive = 25"""


@T(0.8)
def t_ping_traceroute():
    v = ch("⟪ip4_pub#1⟫", "⟪ip6#1⟫")
    return f"""$ ping -c 2 {host()}.{domain()}
64 bytes from {v}: icmp_seq=1 ttl={R.randint(40, 64)} time={R.randint(1, 90)}.{R.randint(0, 9)} ms
64 bytes from {v}: icmp_seq=2 ttl={R.randint(40, 64)} time={R.randint(1, 90)}.{R.randint(0, 9)} ms
$ traceroute -n {host()}.{domain()}
 1  ⟪ip4_priv⟫  0.{R.randint(100, 999)} ms
 2  ⟪ip4_pub⟫  {R.randint(2, 30)}.{R.randint(100, 999)} ms
 3  ⟪ip4_pub⟫  {R.randint(10, 90)}.{R.randint(100, 999)} ms"""


@T(0.8)
def t_nmap():
    return f"""Nmap scan report for {host()}.lan (⟪ip4_priv⟫)
Host is up (0.00{R.randint(10, 99)}s latency).
PORT     STATE SERVICE
22/tcp   open  ssh
443/tcp  open  https
MAC Address: ⟪mac_upper⟫ ({ch("Raspberry Pi Foundation", "Dell", "Ubiquiti Networks", "Hewlett Packard")})"""


@T(0.8)
def t_wifi_bt():
    lines = []
    for _ in range(R.randint(2, 3)):
        lines.append(ch(f"hostapd: wlan0: STA ⟪mac_lower⟫ IEEE 802.11: associated (aid {R.randint(1, 40)})",
                        f"wpa_supplicant[{R.randint(300, 9000)}]: wlan0: CTRL-EVENT-CONNECTED - Connection to ⟪mac_lower⟫ completed [id=0 id_str=]",
                        f"[bluetooth]# connect ⟪mac_upper⟫",
                        f"Device ⟪mac_upper⟫ {ch('JBL Flip 5', 'AirPods Pro', 'MX Master 3')}",
                        f"AP-STA-CONNECTED ⟪mac_lower⟫"))
    return "\n".join(lines)


@T(0.8)
def t_prometheus():
    return f"""node_network_info{{address="⟪mac_lower⟫",device="eth0",operstate="up"}} 1
up{{instance="⟪ip4_priv⟫:9100",job="node"}} 1
node_uname_info{{release="⟪~semver⟫-{R.randint(10, 120)}-generic",nodename="{host()}"}} 1
http_requests_total{{code="200",handler="/api"}} {R.randint(1000, 9999999)} ⟪~epoch_ms⟫"""


@T(0.8)
def t_cloudtrail():
    return f"""{{"eventVersion":"1.08","eventTime":"⟪~ts⟫","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin",
 "userIdentity":{{"type":"IAMUser","principalId":"AIDA{alnum(16)}","arn":"arn:aws:iam::⟪~aws_acct#1⟫:user/{user()}","accountId":"⟪~aws_acct#1⟫"}},
 "sourceIPAddress":"⟪ip4_pub⟫","userAgent":"Mozilla/5.0","requestID":"⟪~uuid⟫"}}"""


@T(0.7)
def t_vpc_flow():
    lines = ["version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"]
    for _ in range(R.randint(2, 3)):
        lines.append(f"2 ⟪~aws_acct⟫ eni-{hexs(17)} ⟪ip4_priv⟫ ⟪ip4_pub⟫ {R.randint(1024, 65535)} {ch(443, 22, 53)} 6 {R.randint(1, 90)} {R.randint(60, 90000)} ⟪~epoch_s⟫ ⟪~epoch_s⟫ {ch('ACCEPT', 'REJECT')} OK")
    return "\n".join(lines)


@T(0.8)
def t_dns_zone():
    d = domain()
    return f"""$ORIGIN {d}.
@   3600 IN SOA ns1.{d}. hostmaster.{d}. ( ⟪~dns_serial⟫ 7200 3600 1209600 3600 )
@        IN A     ⟪ip4_pub⟫
@        IN AAAA  ⟪ip6⟫
www      IN CNAME @
mail     IN A     ⟪ip4_pub⟫
@        IN MX 10 mail.{d}.
@        IN TXT   "v=spf1 ip4:⟪ip4_pub⟫ -all\""""


@T(0.7)
def t_openvpn():
    return f"""⟪~ts⟫ ⟪ip4_pub⟫:{R.randint(1024, 65535)} [{fold(first())}] Peer Connection Initiated with [AF_INET]⟪ip4_pub⟫:{R.randint(1024, 65535)}
⟪~ts⟫ {fold(first())}/⟪ip4_pub⟫:{R.randint(1024, 65535)} MULTI_sva: pool returned IPv4=⟪ip4_priv⟫, IPv6=⟪ip6⟫"""


@T(0.8)
def t_curl_ipv6():
    a = ch("⟪ip6#1⟫", "⟪ip6#1⟫", "⟪ip4#1⟫")
    b = "[" + a + "]" if "ip6" in a else a
    return f"""$ curl -v https://{b}:{ch(443, 8443, 9443)}/healthz
*   Trying {b}:{ch(443, 8443)}...
* Connected to {a} ({a}) port {ch(443, 8443)} (#0)
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
< HTTP/2 200
< x-request-id: ⟪~uuid⟫"""


@T(0.8)
def t_mail_headers():
    return f"""Return-Path: <⟪email⟫>
Received: from {ch("mail-", "smtp")}{alnum(4).lower()}.{domain()} ({ch("mail", "smtp")}.{domain()} [⟪ip4_pub⟫])
        by mx.{domain()} with ESMTPS id {alnum(12).lower()}
        for <⟪email⟫>; {ch("Mon", "Tue", "Wed", "Thu", "Fri")}, {R.randint(1, 28)} {ch(MONTHS)} {R.randint(2022, 2025)} ⟪~time⟫ -0700
Authentication-Results: mx.{domain()}; spf=pass (sender IP is ⟪ip4_pub⟫) smtp.mailfrom={domain()}
From: "{name()}" <⟪email⟫>
Reply-To: ⟪email⟫"""


@T(0.9)
def t_powershell():
    return f"""PS C:\\> Get-NetAdapter | Format-Table Name, Status, MacAddress, LinkSpeed
Name       Status  MacAddress         LinkSpeed
----       ------  ----------         ---------
Ethernet   Up      ⟪mac_dash⟫  1 Gbps
Wi-Fi      Disconnected ⟪mac_dash⟫  0 bps
PS C:\\> Test-NetConnection ⟪ip4⟫ -Port ⟪~port⟫"""


@T(0.7)
def t_osquery_csv():
    rows = ["hostname,serial,mac,ip,os_version,last_seen"]
    for _ in range(R.randint(2, 4)):
        rows.append(f"{host()},{alnum(10)},⟪mac⟫,⟪ip4_priv⟫,⟪~build⟫,⟪~ts⟫")
    return "\n".join(rows)


@T(0.7)
def t_logcat():
    return f"""{R.randint(1, 12):02d}-{R.randint(1, 28):02d} ⟪~time⟫  {R.randint(1000, 9999)}  {R.randint(1000, 9999)} D WifiStateMachine: connect to ⟪mac_lower⟫ rssi=-{R.randint(30, 90)} ip=⟪ip4_priv⟫
{R.randint(1, 12):02d}-{R.randint(1, 28):02d} ⟪~time⟫  {R.randint(1000, 9999)}  {R.randint(1000, 9999)} I ActivityManager: Start proc {R.randint(1000, 30000)}:com.{fold(last())}.app/u0a{R.randint(10, 400)}"""


@T(0.7)
def t_firewall_log():
    return f"""⟪~syslog_ts⟫ {host()} kernel: [UFW BLOCK] IN=eth0 OUT= SRC=⟪ip4_pub⟫ DST=⟪ip4_priv⟫ LEN=60 TOS=0x00 PREC=0x00 TTL={R.randint(40, 250)} ID={R.randint(1, 65535)} DF PROTO=TCP SPT={R.randint(1024, 65535)} DPT={ch(22, 23, 3389, 445)} WINDOW=29200 RES=0x00 SYN URGP=0
⟪~syslog_ts⟫ {host()} kernel: [UFW BLOCK] IN=eth0 OUT= SRC=⟪ip6⟫ DST=⟪ip6⟫ LEN=80 PROTO=UDP SPT=5353 DPT=5353"""


# ---- e-mail, chat, tickets, prose ---------------------------------------------

@T(1.5)
def t_email_update_contact():
    n = name()
    body = ch(
        f"Please update my file: new cell is ⟪phone⟫, and my {ch('SSN', 'social', 'Social Security number')} is ⟪ssn⟫ (the old form had a typo).",
        f"My new number is ⟪phone⟫. You can also reach me at ⟪email_p⟫ after 5pm.",
        f"For the refund please use {ch('checking acct', 'my checking account', 'acct no.', 'account #')} ⟪acct⟫, {ch('routing', 'routing #', 'RTN', 'ABA')} ⟪aba⟫.",
        f"I moved, so my {ch('DL', 'driver license', 'license #')} changed too -- it's now ⟪dl⟫ (STATE).",
    )
    st = dl_state()
    body = body.replace("⟪dl⟫ (STATE)", "⟪dl:%s⟫ (%s)" % (st[0], st[1]))
    return f"""From: {n} <⟪email⟫>
To: ⟪email_role⟫
Subject: {ch("Updated contact info", "Re: your application", "change of details", "Question about my account")}

{ch("Hi,", "Hello team,", "Good morning,", "To whom it may concern:")}

{body}

{ch("Thanks,", "Best regards,", "Cheers,", "Regards,")}
{n.split()[0]}"""


@T(1.5)
def t_signature():
    n = name()
    s = ch(STATES)
    return f"""{ch("Thanks again -- talk soon.", "Let me know if you need anything else.", "See attached.")}

--
{n}
{ch("Senior Account Manager", "Director of Operations", "Paralegal", "HR Generalist", "Network Engineer")} | {company()}
{ch("T", "Office", "Direct", "P")}: ⟪phone⟫ | {ch("M", "Cell", "Mobile")}: ⟪phone⟫
{ch("E", "Email", "e-mail")}: ⟪email_w⟫
{R.randint(10, 9999)} {ch(STREETS)}, {s[2]}, {s[0]} ⟪~zip4⟫"""


@T(0.9)
def t_signature_intl():
    variant = R.random()
    n = name()
    if variant < 0.33:
        return f"""Mit freundlichen Grüßen
{n}
{company()} GmbH · Hauptstraße {R.randint(1, 200)} · {R.randint(10000, 99999)} Berlin
Tel.: ⟪phone_de⟫ | Fax: ⟪phone_de⟫ | E-Mail: ⟪email_w⟫
Amtsgericht Charlottenburg HRB {R.randint(10000, 250000)} · USt-IdNr. ⟪~vat⟫"""
    if variant < 0.66:
        return f"""Cordialement,
{n}
Responsable commerciale -- {company()}
Tél. : ⟪phone_fr⟫ · Mobile : ⟪phone_fr⟫
Courriel : ⟪email_w⟫"""
    return f"""Kind regards,
{n} | {company()}
UK: ⟪phone_uk⟫ | ES: ⟪phone_es⟫ | MX: ⟪phone_mx⟫
⟪email_w⟫"""


@T(1.3)
def t_chat_log():
    a, b = first(), first()
    lines = [f"[⟪~time⟫] {a}: {ch('hey, do you have the details for the new hire?', 'can you send me the customer info again', 'quick q about the account transfer')}"]
    opts = [
        f"[⟪~time⟫] {b}: ssn is ⟪ssn_d⟫",
        f"[⟪~time⟫] {b}: their cell: ⟪phone⟫",
        f"[⟪~time⟫] {b}: email ⟪email⟫",
        f"[⟪~time⟫] {b}: acct ⟪acct⟫ / routing ⟪aba_raw⟫",
        f"[⟪~time⟫] {b}: DL# ⟪dl⟫",
        f"[⟪~time⟫] {b}: order ⟪~order⟫ shipped via UPS ⟪~ups⟫",
        f"[⟪~time⟫] {b}: ping ⟪~mention⟫ about it",
    ]
    R.shuffle(opts)
    lines += opts[:R.randint(2, 4)]
    lines.append(f"[⟪~time⟫] {a}: {ch('thx!', 'got it 👍', 'perfect, thanks', 'ok')}")
    return "\n".join(lines)


@T(1.0)
def t_slack_json():
    return (f'{{"type":"message","user":"U0{alnum(8)}","text":"{ch("my email is", "pls cc", "send it to")} <mailto:⟪email#1⟫|⟪email#1⟫> '
            f'and {ch("my cell is", "call", "text me at")} ⟪phone⟫","ts":"⟪~epoch_s⟫.{digits(6)}","team":"T0{alnum(8)}"}}')


@T(1.3)
def t_support_ticket():
    n = name()
    return f"""Ticket ⟪~ticket⟫ | Priority: {ch("P2", "P3", "High", "Normal")} | Opened ⟪~ts⟫
Requester: {n} <⟪email⟫>
Callback: ⟪phone⟫{ch("", " ext. " + str(R.randint(10, 9999)), " x" + str(R.randint(10, 999)))}
Device: {ch("Latitude 7440", "MacBook Pro", "ThinkPad T14")} (asset ⟪~sku⟫), IP ⟪ip4_priv⟫, MAC ⟪mac⟫
Description: {ch("VPN drops every ~10 minutes.", "Can't reach the file share since the update to ⟪~semver⟫.", "Outlook keeps asking for a password.")}
Last error: 0x{hexs(8, True)} at {ch("⟪~ts⟫", "⟪~time⟫")}"""


@T(1.0)
def t_it_prose():
    return ch(
        f"""Hi team, the printer on the {R.randint(2, 9)}th floor ({ch("HP LaserJet", "Xerox VersaLink")}, IP ⟪ip4_priv⟫, MAC ⟪mac⟫) keeps dropping off the network. I rebooted it at ⟪~time⟫; firmware is ⟪~build⟫. Ping me at ⟪email_w⟫ if it happens again.""",
        f"""Heads-up: we're moving the SFTP endpoint from ⟪ip4_pub⟫ to ⟪ip4_pub⟫ (and ⟪ip6⟫ for v6 clients) on ⟪~date⟫. Please update your allow-lists. Questions -> ⟪email_role⟫.""",
        f"""FYI the rogue device was {ch("a Raspberry Pi", "an unmanaged switch", "someone's phone")}: MAC ⟪mac⟫, leased ⟪ip4_priv⟫ at ⟪~time⟫. Blocked on port Gi1/0/{R.randint(1, 48)}.""",
    )


@T(1.0)
def t_casual_sms():
    return ch(
        f"hey it's {first()} -- new number is ⟪phone⟫!! save it 😊",
        f"Your {company()} verification code is ⟪~otp⟫. Don't share it. Msg from ⟪phone⟫",
        f"omw! if I'm late call {ch('my cell', 'me')} ⟪phone⟫ or {first()}'s ⟪phone⟫",
        f"lol ok. venmo me, or just use my email ⟪email_p⟫ for zelle",
        f"reminder: dentist {ch('tmrw', 'Thu', 'Monday')} at ⟪~time⟫, office # is ⟪phone⟫ (ask for {first()})",
    )


@T(0.9)
def t_forum_post():
    return ch(
        f"""PSA: got a call from ⟪phone⟫ claiming my Social Security number was "suspended". It's a scam -- SSA never calls like that. Reported it to ⟪email_role⟫.""",
        f"""Anyone else getting texts from ⟪phone⟫? It says my package ⟪~usps⟫ is held and asks for a card number. Obviously phishing.""",
        f"""Update: the seller finally replied from ⟪email_p⟫ and gave a tracking number (⟪~ups⟫). Still waiting on the refund of ⟪~price⟫.""",
    )


@T(0.9)
def t_crm_notes():
    return f"""{ch("Called", "Left VM for", "Spoke with")} {first()} on ⟪~date⟫ at ⟪phone⟫ -- {ch("no answer", "will call back", "confirmed appointment")}.
Alt # ⟪phone⟫ (work). Prefers email: ⟪email⟫.
Mentioned the old acct no. ⟪acct⟫ at {ch(BANKS)} was closed; new one to follow.
Next step: send DocuSign by ⟪~date⟫. Opportunity ⟪~order⟫, value ⟪~price⟫."""


@T(0.8)
def t_newsletter_footer():
    s = ch(STATES)
    return f"""You are receiving this email at ⟪email⟫ because you signed up at {domain()}.
Unsubscribe | Manage preferences | View in browser
{company()}, {R.randint(10, 9999)} {ch(STREETS)}, {s[2]}, {s[0]} ⟪~zip4⟫ · ⟪phone_x:1dash⟫"""


@T(1.0)
def t_markdown_contacts():
    rows = ["| Name | Role | Email | Phone |", "|------|------|-------|-------|"]
    for _ in range(R.randint(2, 4)):
        rows.append(f"| {name()} | {ch('Owner', 'On-call', 'Backup', 'Manager')} | ⟪email_w⟫ | ⟪phone⟫ |")
    return "## Contacts\n\n" + "\n".join(rows)


@T(0.8)
def t_markdown_runbook():
    rows = ["| Service | Host | Address | Owner |", "|---|---|---|---|"]
    for _ in range(R.randint(2, 4)):
        rows.append(f"| {ch('api', 'auth', 'billing', 'search', 'queue')} | `{host()}` | `⟪ip⟫` | ⟪~mention⟫ |")
    return "### Inventory\n" + "\n".join(rows) + f"\n\n> Last verified ⟪~date⟫ (commit `⟪~sha7⟫`)."


@T(1.0)
def t_markdown_kv():
    n = name()
    return f"""**Customer record** (exported ⟪~ts⟫)

| Field | Value |
|---|---|
| Name | {n} |
| {L('ssn')} | ⟪ssn⟫ |
| Email | ⟪email⟫ |
| Phone | ⟪phone⟫ |
| {ch("Card", "Card on file", "PAN")} | ⟪cc⟫ |"""


@T(0.8)
def t_bullet_contacts():
    lines = []
    for _ in range(R.randint(2, 4)):
        lines.append(ch(f"- **{name()}** — ⟪email⟫ — ⟪phone⟫",
                        f"* {name()} (⟪email⟫), tel. ⟪phone⟫",
                        f"- {name()}: ⟪phone⟫; ⟪email⟫."))
    return "Attendees:\n" + "\n".join(lines)


@T(0.8)
def t_vcard():
    n = name()
    return f"""BEGIN:VCARD
VERSION:3.0
FN:{n}
ORG:{company()}
TEL;TYPE=CELL:⟪phone_e164⟫
TEL;TYPE=WORK,VOICE:⟪phone⟫
EMAIL;TYPE=INTERNET:⟪email⟫
REV:⟪~ts⟫
END:VCARD"""


@T(0.7)
def t_ical():
    return f"""BEGIN:VEVENT
DTSTART:{R.randint(2023, 2025)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}T{R.randint(8, 17):02d}0000Z
SUMMARY:{ch("Quarterly review", "Interview", "Closing call")}
ORGANIZER;CN={name()}:mailto:⟪email_w⟫
ATTENDEE;ROLE=REQ-PARTICIPANT;CN={name()}:mailto:⟪email⟫
LOCATION:Dial-in ⟪phone_x:1dash⟫ PIN {R.randint(100000, 999999)}#
END:VEVENT"""


@T(0.7)
def t_ldif():
    u = user()
    return f"""dn: uid={u},ou=people,dc={fold(last())},dc=com
objectClass: inetOrgPerson
cn: {name()}
mail: ⟪email_w⟫
telephoneNumber: ⟪phone⟫
mobile: ⟪phone_e164⟫
employeeNumber: ⟪~nine⟫"""


@T(0.9)
def t_fax_cover():
    return f"""FAX COVER SHEET
TO: {name()}            FAX: ⟪phone⟫
FROM: {name()}          PHONE: ⟪phone⟫
DATE: ⟪~date⟫           PAGES: {R.randint(2, 12)} (including cover)
RE: {ch("Claim", "Prior authorization", "Loan file")} ⟪~claim⟫
CONFIDENTIAL -- if received in error call ⟪phone⟫."""


@T(0.9)
def t_police_report():
    st = dl_state()
    return f"""INCIDENT REPORT #{R.randint(2019, 2025)}-{R.randint(10000, 99999)}
On ⟪~date⟫ at approx. ⟪~time⟫ officers stopped a {ch("gray sedan", "white pickup", "blue SUV")} (VIN ⟪~vin⟫).
The driver presented a {st[1]} driver license, number ⟪dl:{st[0]}⟫, and gave a contact number of ⟪phone⟫.
Passenger {name()} stated that {ch("she", "he")} had no ID but provided SSN ⟪ssn⟫ verbally."""


@T(0.8)
def t_background_check():
    st = dl_state()
    return f"""SUBJECT: {name().upper()} | SSN: ⟪ssn⟫ | DOB: ⟪~dob⟫
DL: ⟪dl:{st[0]}⟫ ({st[0]}) | Phones: ⟪phone⟫; ⟪phone⟫ | Emails: ⟪email⟫, ⟪email⟫
Addresses: {R.randint(10, 9999)} {ch(STREETS)}, {st[2]} {st[0]} ⟪~zip4⟫ (⟪~date⟫ - present)"""


@T(0.8)
def t_legal_notice():
    return f"""Pursuant to Fed. R. Civ. P. 5.2(a), a filing may include only the last four digits of a social-security number (e.g., xxx-xx-⟪~last4⟫) and of a financial-account number. Counsel for Plaintiff: {name()}, ⟪email_w⟫, ⟪phone_p⟫. Case No. {R.randint(1, 9)}:{R.randint(19, 25)}-cv-{R.randint(1000, 99999):05d}."""


@T(0.8)
def t_court_filing():
    return f"""EXHIBIT {ch("A", "B", "C")} -- REDACTION LOG
Page {R.randint(1, 40)}, line {R.randint(1, 30)}: SSN ⟪ssn⟫ -> redacted to XXX-XX-⟪~last4⟫
Page {R.randint(1, 40)}, line {R.randint(1, 30)}: bank account ⟪acct⟫ -> redacted
Page {R.randint(1, 40)}, line {R.randint(1, 30)}: minor's initials only"""


# ---- medical, insurance --------------------------------------------------------

@T(1.2)
def t_medical_intake():
    return f"""PATIENT INTAKE FORM -- {company()}
Patient name: {name()}      DOB: ⟪~dob⟫      Sex: {ch("F", "M", "X")}
MRN: ⟪~mrn⟫
{ch("Patient SSN", "SSN", "Social Security #", "Soc. Sec. No. (optional)")}: ⟪ssn⟫
Home phone: ⟪phone⟫   Cell: ⟪phone⟫   Email: ⟪email_p⟫
Primary insurance: {ch("Aetna", "BCBS", "Cigna", "UnitedHealthcare")}  Member ID: ⟪~claim⟫  Group #: {R.randint(10000, 999999)}
Referring provider NPI: ⟪~npi⟫
Emergency contact: {name()} ⟪phone⟫"""


@T(0.8)
def t_hl7():
    return f"""MSH|^~\\&|EPIC|{ch("RIVERBEND", "OAKRIDGE")}|LAB|HOSP|{R.randint(2023, 2025)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(0, 23):02d}{R.randint(0, 59):02d}||ADT^A04|{alnum(10)}|P|2.5.1
PID|1||⟪~mrn⟫^^^HOSP^MR||{last().upper()}^{first().upper()}||{R.randint(1940, 2005)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}|{ch("F", "M")}|||{R.randint(10, 999)} {ch(STREETS).upper()}^^{ch(STATES)[2].upper()}^{ch(STATES)[0]}^{R.randint(10001, 99950)}||⟪phone_p⟫|⟪phone_p⟫||||⟪~long⟫
NK1|1|{last().upper()}^{first().upper()}|SPO|||⟪phone_p⟫"""


@T(0.8)
def t_pharmacy():
    return f"""Rx #{R.randint(1000000, 9999999)}  Filled ⟪~date⟫
Patient: {name()}  Phone: ⟪phone⟫
Prescriber: Dr. {last()}, DEA# ⟪~dea⟫, NPI ⟪~npi⟫
{ch("Amoxicillin 500 mg", "Lisinopril 10 mg", "Metformin 850 mg")} -- qty {R.randint(14, 90)} -- NDC {R.randint(10000, 99999)}-{R.randint(100, 999)}-{R.randint(10, 99)}
Copay ⟪~price⟫ paid with card ⟪~masked⟫"""


@T(1.0)
def t_insurance_claim():
    return f"""CLAIM SUMMARY
Claim number: ⟪~claim⟫     Policy No.: ⟪~claim⟫
Insured: {name()}   {L('ssn')}: ⟪ssn⟫
Date of loss: ⟪~date⟫   Adjuster: {name()} (⟪phone⟫, ⟪email_w⟫)
Payment: EFT to {ch("checking acct", "account #", "acct no.")} ⟪acct⟫ (routing {ch("#", "no.", "")} ⟪aba_raw⟫)"""


@T(0.7)
def t_eob_negatives():
    return f"""EXPLANATION OF BENEFITS -- THIS IS NOT A BILL
Member ID: ⟪~claim⟫   Claim #: ⟪~nine⟫   Group: {R.randint(100000, 999999)}
Service date ⟪~date⟫ | Billed ⟪~price⟫ | Allowed ⟪~price⟫ | You owe ⟪~price⟫
Provider NPI ⟪~npi⟫ · Questions: ⟪phone_x:1dash⟫"""


# ---- travel, passports, licences ------------------------------------------------

@T(1.2)
def t_travel_booking():
    c = pp_country()
    return f"""BOOKING CONFIRMATION -- {ch("Lufthansa", "Air France", "Iberia", "KLM", "Qantas", "Air Canada")}
Booking reference: ⟪~pnr⟫
Passenger 1: {last().upper()}/{first().upper()} {ch("MR", "MS", "MRS")}
  Nationality: {c['adj']}
  {ch("Passport No.", "Passport number", "Travel document (passport)", "PASSPORT")}: ⟪pp:{c['code']}⟫   Expiry: ⟪~date⟫
  E-ticket: ⟪~eticket⟫
Contact: ⟪phone_i⟫ / ⟪email_p⟫
Flight {ch("LH", "AF", "IB", "KL")}{R.randint(100, 9999)} departs ⟪~date⟫ ⟪~time⟫"""


@T(1.0)
def t_travel_us():
    return f"""TRIP ITINERARY for {name()}
Confirmation: ⟪~pnr⟫
Traveler documents: {ch("U.S. passport", "US passport", "United States passport", "USA passport")} ⟪uspp⟫ (exp. ⟪~date⟫)
Known Traveler Number: ⟪~nine⟫
Mobile for flight alerts: ⟪phone⟫
Seat {R.randint(1, 40)}{ch("A", "C", "D", "F")} · Gate info sent to ⟪email⟫"""


@T(0.9)
def t_hotel_registration():
    c = pp_country()
    return f"""HOTEL GUEST REGISTRATION / REGISTRO DE HUÉSPEDES
Guest: {name()}   Nationality / Nacionalidad: {c['en']} ({c['es']})
Passport No. / Nº de pasaporte: ⟪pp:{c['code']}⟫
Arrival ⟪~date⟫ -- Departure ⟪~date⟫ -- Room {R.randint(101, 1240)}
Phone: ⟪phone_i⟫   E-mail: ⟪email_p⟫
Guarantee: ⟪cc⟫"""


@T(0.9)
def t_mrz_scan():
    return f"""ID verification -- document scan (OCR result)
Document type: passport   Confidence: 0.{R.randint(80, 99)}
⟪mrz⟫
Reviewer: {fold(first())} · Session ⟪~uuid⟫"""


@T(0.5)
def t_mrz_bad():
    return f"""OCR retry needed -- check digit mismatch in MRZ:
⟪~mrz_bad⟫
Ask the customer to re-upload (session ⟪~uuid⟫)."""


@T(0.9)
def t_kyc_json():
    c = pp_country()
    return (f'{{"applicant_id":"⟪~uuid⟫","email":"⟪email⟫","document":{{"type":"passport","issuing_country":"{c["iso3"].replace("D<<", "DEU")}",'
            f'"number":"⟪pp:{c["code"]}⟫","expiry_date":"⟪~date⟫"}},"ip":"⟪ip⟫","created_at":"⟪~ts⟫"}}')


@T(0.7)
def t_kyc_json_us():
    st = dl_state()
    return (f'{{"applicant":{{"name":"{name()}","ssn":"⟪ssn_b⟫","phone":"⟪phone_e164⟫",'
            f'"id_document":{{"kind":"drivers_license","state":"{st[0]}","number":"⟪dl:{st[0]}⟫"}}}},"risk_score":0.{R.randint(1, 99)}}}')


@T(1.0)
def t_passport_renewal_us():
    return f"""DS-82 renewal worksheet
Applicant: {name()}   Date of birth: ⟪~dob⟫
Most recent {ch("U.S. passport book", "US passport", "United States passport")} number: ⟪uspp⟫   Issue date: ⟪~date⟫
Social Security Number: ⟪ssn_d⟫
Mailing address email: ⟪email_p⟫   Phone: ⟪phone⟫"""


@T(0.8)
def t_embassy_letter():
    c = pp_country()
    return f"""To whom it may concern,
This is to confirm that {name()}, holder of {c['adj']} passport no. ⟪pp:{c['code']}⟫, is employed by {company()} since ⟪~date⟫.
For verification please contact our HR office at ⟪phone_i⟫ or ⟪email_role⟫."""


@T(1.0)
def t_dmv_record():
    st = dl_state()
    return f"""STATE OF {st[1].upper()} -- DEPARTMENT OF MOTOR VEHICLES
DRIVER RECORD ABSTRACT   Printed ⟪~date⟫
{ch("DL NO", "LICENSE NO", "DLN", "OPERATOR LIC #")}: ⟪dl:{st[0]}⟫   CLASS: {ch("C", "D", "A", "M")}   STATUS: {ch("VALID", "SUSPENDED", "EXPIRED")}
NAME: {name().upper()}   DOB: ⟪~dob⟫
VIOLATIONS: {R.randint(0, 3)}   POINTS: {R.randint(0, 6)}"""


@T(0.9)
def t_car_rental():
    st = dl_state()
    return f"""Rental agreement ⟪~nine⟫-{R.randint(1, 9)} (confirmation ⟪~pnr⟫)
Renter: {name()}
{ch("Driver's license", "DL #", "Drivers lic.")}: ⟪dl:{st[0]}⟫ ({st[1]}), exp. ⟪~date⟫
Additional driver: {name()}, {ch("license", "lic. no.", "DL")} ⟪dl:{st[0]}⟫
Card on file: ⟪cc⟫   Phone: ⟪phone⟫
Pick-up ⟪~date⟫ ⟪~time⟫, odometer {R.randint(1000, 90000)}"""


@T(0.7)
def t_dl_json_log():
    st = dl_state()
    return (f'{{"event":"kyc.submitted","ts":⟪~epoch_ms⟫,"ssn_last4":"⟪~last4⟫","dl_number":"⟪dl:{st[0]}⟫","dl_state":"{st[0]}",'
            f'"device":{{"ip":"⟪ip⟫","ua":"okhttp/4.{R.randint(9, 12)}.0"}}}}')


# ---- structured records ----------------------------------------------------------

@T(1.2)
def t_xml_applicant():
    st = dl_state()
    return f"""<Applicant id="{R.randint(10000, 99999)}">
  <Name>{name()}</Name>
  <SSN>⟪ssn_b⟫</SSN>
  <DriversLicense state="{st[0]}">⟪dl:{st[0]}⟫</DriversLicense>
  <Phone type="{ch("mobile", "home")}">⟪phone⟫</Phone>
  <Email>⟪email⟫</Email>
  <SubmittedAt>⟪~ts⟫</SubmittedAt>
</Applicant>"""


@T(0.8)
def t_xml_tax():
    return f"""<TaxpayerInfo>
  <PrimarySSN>⟪ssn_b⟫</PrimarySSN>
  <SpouseITIN>⟪itin_b⟫</SpouseITIN>
  <RoutingTransitNum>⟪aba_raw⟫</RoutingTransitNum>
  <DepositorAccountNum>⟪acct⟫</DepositorAccountNum>
  <BankAccountTypeCd>{ch("1", "2")}</BankAccountTypeCd>
  <EFIN>⟪~long⟫</EFIN>
</TaxpayerInfo>"""


@T(1.0)
def t_yaml_profile():
    st = dl_state()
    return f"""user:
  id: ⟪~uuid⟫
  name: {name()}
  contact:
    email: "⟪email⟫"
    phone: '⟪phone⟫'
  identity:
    ssn: ⟪ssn_b⟫
    drivers_license:
      state: {st[0]}
      number: ⟪dl:{st[0]}⟫
  created: ⟪~date⟫"""


@T(1.0)
def t_json_user():
    return (f'{{"id":{R.randint(1000, 999999)},"firstName":"{first()}","lastName":"{last()}",'
            f'"socialSecurityNumber":"⟪ssn⟫","email":"⟪email⟫","phoneNumbers":[{{"type":"home","number":"⟪phone⟫"}},'
            f'{{"type":"mobile","number":"⟪phone⟫"}}],"lastLogin":{{"ip":"⟪ip⟫","at":⟪~epoch_ms⟫}},"version":"⟪~semver⟫"}}')


@T(0.9)
def t_sql_insert():
    rows = []
    for _ in range(R.randint(1, 3)):
        rows.append(f"({R.randint(1, 99999)}, '{name().replace(chr(39), chr(39) * 2)}', '⟪email⟫', '⟪phone⟫', '⟪ssn_b⟫', '⟪~date⟫')")
    return "INSERT INTO customers (id, full_name, email, phone, ssn, created_on) VALUES\n  " + ",\n  ".join(rows) + ";"


@T(0.7)
def t_html_form():
    return f"""<form action="/apply" method="post">
  <label for="ssn">Social Security Number</label>
  <input id="ssn" name="ssn" type="text" value="⟪ssn_d⟫">
  <label for="routing">Routing number</label><input name="routing" value="⟪aba_raw⟫">
  <label for="acct">Account number</label><input name="account" value="⟪acct⟫">
  <a href="mailto:⟪email_role⟫">Contact us</a> or call <a href="tel:⟪phone_e164⟫">⟪phone_p⟫</a>
</form>"""


@T(0.7)
def t_graphql_log():
    return (f'⟪~ts⟫ graphql mutation=updateProfile variables={{"input":{{"phoneNumber":"⟪phone_e164⟫","email":"⟪email⟫",'
            f'"backupEmail":"⟪email⟫"}}}} clientIp=⟪ip⟫ durationMs={R.randint(3, 900)}')


@T(0.7)
def t_pipe_log():
    st = dl_state()
    return (f"⟪~date⟫|kyc|{ch('ok', 'review', 'fail')}|ssn=⟪ssn_d⟫|dl=⟪dl:{st[0]}⟫|st={st[0]}|ip=⟪ip4⟫|ref=⟪~order⟫")


@T(0.8)
def t_excel_paste():
    rows = ['"Name"\t"Phone"\t"Email"\t"Joined"']
    for _ in range(R.randint(2, 4)):
        rows.append(f'"{name()}"\t"⟪phone⟫"\t"⟪email⟫"\t"⟪~date⟫"')
    return "\n".join(rows)


@T(0.7)
def t_python_fixture():
    return f'''# tests/fixtures.py -- synthetic data only
{ch("TEST_SSN", "FAKE_SSN", "SAMPLE_SOCIAL_SECURITY_NUMBER")} = "⟪ssn_d⟫"
TEST_ROUTING_NUMBER = "⟪aba_raw⟫"
TEST_CARD = "⟪cc_plain⟫"
TEST_EMAIL = "⟪email⟫"

⟪~decorator⟫
def test_mask():
    assert mask(TEST_SSN) == "***-**-" + TEST_SSN[-4:]'''


# ---- non-English surroundings --------------------------------------------------

@T(1.0)
def t_es_bank_letter():
    return f"""Estimado/a {name()}:
Le confirmamos la apertura de su cuenta de cheques en {ch(BANKS)}.
  Número de cuenta: ⟪acct⟫
  Número de ruta (ABA): ⟪aba⟫
Su tarjeta de débito terminada en ⟪~last4⟫ llegará por correo. Si tiene preguntas, llámenos al ⟪phone⟫ o escríbanos a ⟪email_role⟫.
Atentamente,
Servicio al Cliente"""


@T(1.0)
def t_es_form():
    st = dl_state()
    return f"""SOLICITUD DE EMPLEO -- DATOS PERSONALES
Nombre completo: {name()}
Número de Seguro Social (SSN): ⟪ssn⟫
Licencia de conducir ({st[1]}): ⟪dl:{st[0]}⟫
Teléfono celular: ⟪phone⟫
Correo electrónico: ⟪email_p⟫
Fecha de nacimiento: ⟪~dob⟫"""


@T(0.8)
def t_es_itin():
    return f"""Hola {first()}, ya recibimos su carta del IRS. Su Número de Identificación Personal del Contribuyente (ITIN) es ⟪itin⟫. Lo usaremos para su declaración de impuestos {R.randint(2022, 2024)}. Cualquier duda: ⟪phone⟫ (WhatsApp) o ⟪email_w⟫."""


@T(0.8)
def t_es_chat_mx():
    c = PP_COUNTRIES["MX"]
    return ch(
        f"""Hola, mi número es ⟪phone_mx⟫ y mi correo ⟪email_p⟫. ¿Me pueden enviar la factura ⟪~invoice⟫?""",
        f"""Buenos días. Para el trámite le comparto mi pasaporte mexicano: ⟪pp:MX⟫ (vence el ⟪~date⟫). Mi teléfono: ⟪phone_mx⟫.""",
        f"""Cliente: {name()} · Tel. ⟪phone_es⟫ · IBAN ⟪iban:ES⟫ · Pedido ⟪~order⟫ (total ⟪~price⟫)""",
    )


@T(1.0)
def t_de_hr():
    return f"""Personalfragebogen
Name, Vorname: {last()}, {first()}
Geburtsdatum: ⟪~dob⟫
Steuer-Identifikationsnummer: ⟪~de_taxid⟫
Sozialversicherungsnummer: ⟪~de_sv⟫
Bankverbindung: IBAN ⟪iban:DE⟫, BIC ⟪~bic⟫
Reisepass-Nr.: ⟪pp:DE⟫ (Deutschland)
Telefon: ⟪phone_de⟫   E-Mail: ⟪email⟫"""


@T(0.8)
def t_de_us_expat():
    return f"""Sehr geehrte Frau {last()},
für Ihre US-Steuererklärung benötigen wir noch Ihre US-Sozialversicherungsnummer (SSN: ⟪ssn⟫) bzw. die ITIN Ihres Ehepartners (⟪itin⟫).
Die Erstattung überweisen wir auf Ihr amerikanisches Girokonto, Kontonummer ⟪acct⟫, Routing-Nummer (ABA) ⟪aba_raw⟫.
Rückfragen gerne unter ⟪phone_de⟫ oder per E-Mail an ⟪email_w⟫.
Mit freundlichen Grüßen"""


@T(0.9)
def t_de_invoice():
    return f"""Sehr geehrte Damen und Herren,
bitte überweisen Sie den Rechnungsbetrag von ⟪~price⟫ (Rechnung Nr. ⟪~invoice⟫ vom ⟪~date⟫) auf folgendes Konto:
IBAN: ⟪iban_p:DE⟫ · BIC: ⟪~bic⟫
Bei Rückfragen erreichen Sie uns unter ⟪phone_de⟫ oder per E-Mail an ⟪email_role⟫."""


@T(0.9)
def t_fr_support():
    return f"""Bonjour,
Suite à mon appel du ⟪~date⟫, voici mes coordonnées mises à jour :
  Téléphone : ⟪phone_fr⟫
  Courriel : ⟪email_p⟫
  IBAN : ⟪iban:FR⟫
  Numéro de passeport : ⟪pp:FR⟫
  N° de sécurité sociale : ⟪~fr_nir⟫
Merci de mettre à jour mon dossier ⟪~ticket⟫.
Cordialement, {name()}"""


@T(0.8)
def t_fr_invoice():
    return f"""FACTURE N° ⟪~invoice⟫ -- {company()}
Date : ⟪~date⟫ · Échéance : 30 jours
Total TTC : ⟪~price⟫
Règlement par virement -- IBAN : ⟪iban_p:FR⟫ / BIC : ⟪~bic⟫
SIRET : ⟪~long⟫ · Contact facturation : ⟪email_role⟫ · ⟪phone_fr⟫"""


@T(0.7)
def t_fr_us_client():
    return f"""Note interne : le client {name()} (résident américain) a fourni son numéro de sécurité sociale américain (SSN) ⟪ssn⟫ ainsi que son passeport américain n° ⟪uspp⟫. Téléphone aux États-Unis : ⟪phone⟫."""


@T(1.0)
def t_zh_customer():
    n = ch(ZH_NAMES)
    return f"""客户信息
姓名：{n}
手机：⟪phone_cn⟫
邮箱：⟪email_p⟫
护照号码：⟪pp:CN⟫
身份证号：⟪~cn_id⟫
登记日期：⟪~date_zh⟫"""


@T(0.9)
def t_zh_log():
    return ch(
        f"⟪~ts⟫ [INFO] 用户登录成功，IP地址：⟪ip4⟫，设备MAC：⟪mac⟫，版本⟪~semver⟫",
        f"⟪~ts⟫ [WARN] 支付失败：卡号⟪~luhn_bad⟫校验未通过，订单号⟪~order⟫",
        f"⟪~ts⟫ [INFO] 发送验证码至⟪phone_cn⟫，客户邮箱⟪email⟫",
        f"⟪~ts⟫ [ERROR] 无法连接数据库（⟪ip4_priv⟫:⟪~port⟫），请联系运维⟪email_role⟫",
    )


@T(0.8)
def t_zh_us_docs():
    return f"""留学生资料（美国）
美国社会安全号码（SSN）：⟪ssn⟫
个人纳税识别号（ITIN）：⟪itin⟫
美国银行账户（checking）：⟪acct⟫，路由号码（ABA）：⟪aba_raw⟫
美国电话：⟪phone⟫
信用卡：⟪cc⟫"""


@T(0.7)
def t_zh_passport_travel():
    c = pp_country(exclude=("CN",))
    return f"""订单⟪~pnr⟫已确认。旅客护照号码（{c['zh']}护照）：⟪pp:{c['code']}⟫，联系电话：⟪phone_i⟫，电子邮箱：⟪email⟫。请于⟪~date_zh⟫前完成值机。"""


@T(0.6)
def t_it_pt_misc():
    return ch(
        f"""Gentile cliente, per il rimborso indichi l'IBAN: ⟪iban:IT⟫. Per assistenza: ⟪phone_it⟫ oppure ⟪email_role⟫. Numero passaporto: ⟪pp:IT⟫ (Italia).""",
        f"""Caro {first()}, o pagamento foi enviado para o IBAN ⟪iban:PT⟫. Qualquer dúvida ligue ⟪phone_i⟫.""",
        f"""Beste {first()}, het bedrag wordt overgemaakt naar IBAN ⟪iban:NL⟫ (ten name van {name()}). Vragen? Bel ⟪phone_i⟫.""",
    )


# ---- developer artefacts, mostly negatives -------------------------------------------

@T(1.0)
def t_git_log():
    n = name()
    return f"""commit ⟪~sha40⟫
Author: {n} <⟪email_w#1⟫>
Date:   {ch("Mon", "Tue", "Wed", "Thu", "Fri")} {ch(MONTHS)} {R.randint(1, 28)} ⟪~time⟫ {R.randint(2022, 2025)} {ch("+0200", "-0700", "+0000")}

    Fix race in ⟪~cpp⟫ (#{R.randint(100, 9999)})

    Bumps ⟪~pkg⟫; see {ch("CVE-2024-", "GHSA-")}{R.randint(1000, 49999)}.
    Signed-off-by: {n} <⟪email_w#1⟫>"""


@T(0.9)
def t_stack_trace():
    return f"""Thread {R.randint(1, 60)} "worker" received signal SIGSEGV, Segmentation fault.
#0  ⟪~hexaddr⟫ in ⟪~cpp⟫ () at /home/{fold(first())}/src/engine/core.cpp:{R.randint(10, 2000)}
#1  ⟪~hexaddr⟫ in main (argc=2, argv=⟪~hexaddr⟫) at main.cpp:{R.randint(10, 200)}
Build ⟪~sha7⟫ (v⟪~semver⟫), started ⟪~epoch_ms⟫"""


@T(1.0)
def t_package_lock():
    return f"""npm WARN deprecated ⟪~pkg⟫: This module is not supported
added {R.randint(10, 900)} packages from {R.randint(10, 400)} contributors
"dependencies": {{ "react": "^18.{R.randint(0, 3)}.{R.randint(0, 9)}", "left-pad": "⟪~semver⟫" }}
"resolved": "https://registry.npmjs.org/⟪~pkg⟫", "integrity": "sha512-⟪~b64⟫=="
"author": "{name()} <⟪email_w⟫>\""""


@T(0.9)
def t_python_code():
    return f'''⟪~decorator⟫("/users/<int:user_id>")
⟪~decorator⟫
def get_user(user_id: int):
    """Return the profile. Maintainer: ⟪email_w⟫"""
    color = "⟪~css⟫"  # brand
    cfg = load(r"⟪~winpath⟫")
    return render("⟪~asset_at⟫", oid="⟪~oid⟫")'''


@T(0.9)
def t_css_snippet():
    return f""".btn-primary {{ background: ⟪~css⟫; border-color: ⟪~css⟫; }}
.hero {{ background-image: url("/img/⟪~asset_at⟫"); color: ⟪~css⟫; }}
/* contact the design team: ⟪~mention⟫ */"""


@T(0.8)
def t_cert_dump():
    return f"""Certificate:
    Data:
        Serial Number:
            ⟪~cert_serial⟫
        Signature Algorithm: sha256WithRSAEncryption (⟪~oid⟫)
        Validity
            Not Before: {ch(MONTHS)} {R.randint(1, 28)} ⟪~time⟫ {R.randint(2023, 2025)} GMT
        Subject: CN={host()}.{domain()}, emailAddress=⟪email_role⟫
        X509v3 Subject Alternative Name:
            DNS:{host()}.{domain()}, IP Address:⟪ip4⟫
    SHA256 Fingerprint=⟪~sha256⟫"""


@T(1.0)
def t_ops_negatives():
    lines = []
    pool = [
        "Deployed build ⟪~build⟫ (git ⟪~sha7⟫) to prod at ⟪~ts⟫",
        "Shipment ⟪~order⟫ -- carrier tracking ⟪~tracking⟫, delivered ⟪~date⟫",
        "ISBN ⟪~isbn⟫ -- 2nd edition, ⟪~price⟫",
        "Request ⟪~uuid⟫ took {0} ms (p99), node ⟪~oid⟫".format(R.randint(10, 999)),
        "Warehouse pick list: ⟪~sku⟫ x{0}, ⟪~sku⟫ x{1}, UPC ⟪~upc⟫".format(R.randint(1, 9), R.randint(1, 9)),
        "Server listening on localhost:⟪~port⟫ (pid {0})".format(R.randint(100, 65000)),
        "Invoice ⟪~invoice⟫ due ⟪~date⟫, amount ⟪~price⟫",
        "Store #{0} located at ⟪~coord⟫".format(R.randint(10, 999)),
        "See ⟪~url_num⟫ for details",
        "segfault at ⟪~hexaddr⟫ ip ⟪~hexaddr⟫ sp ⟪~hexaddr⟫ error 4",
        "cron: last run ⟪~epoch_s⟫, next ⟪~epoch_ms⟫",
        "Mailing address ZIP ⟪~zip4⟫",
        "Upgrade ⟪~pkg⟫ -> ⟪~semver⟫",
        "ssh ⟪~not_email⟫ 'systemctl restart api'",
        "Ticket ⟪~ticket⟫ reassigned to ⟪~mention⟫",
        "Bad address in config: ⟪~ip_bad⟫ (ignored)",
        "Image digest sha256:⟪~sha256⟫",
        "Config path ⟪~winpath⟫",
    ]
    R.shuffle(pool)
    return "\n".join(pool[:R.randint(3, 6)])


@T(1.0)
def t_labeled_other_numbers():
    pool = [
        "Employee ID: ⟪~nine⟫",
        "Member #: ⟪~nine⟫",
        "Claim number ⟪~nine⟫",
        "NPI: ⟪~npi⟫",
        "Policy No. ⟪~nine⟫",
        "Student ID ⟪~nine⟫",
        "Customer ID: ⟪~nine⟫",
        "Case # ⟪~nine⟫",
        "Confirmation code ⟪~nine⟫",
        "PO number ⟪~nine⟫",
        "Lot ⟪~ssn_shaped⟫ (expires ⟪~date⟫)",
        "Part no. ⟪~ssn_shaped⟫",
        "EIN ⟪~ein⟫",
        "Transaction ID ⟪~long⟫",
        "Invoice ⟪~long⟫",
        "Badge ⟪~nine⟫",
        "Tracking ⟪~fedex⟫",
        "Serial number ⟪~phone_bad⟫",
        "Device code ⟪~phone_bad⟫",
        "Booking ⟪~pnr⟫",
        "DEA ⟪~dea⟫",
        "A-Number ⟪~alien⟫",
        "VIN ⟪~vin⟫",
    ]
    R.shuffle(pool)
    return ch("Reference numbers:", "IDs on file --", "Misc:", "Record keys") + "\n" + "\n".join(
        ch("  ", "- ", "* ", "") + x for x in pool[:R.randint(3, 6)])


@T(1.0)
def t_invalid_with_context():
    pool = [
        "SSN: ⟪~ssn_bad⟫ (flagged: invalid SSN -- area/group not issued)",
        "Social Security #: ⟪~ssn_bad⟫ -- returned as INVALID by SSA verification",
        "Routing number ⟪~aba_bad⟫ failed checksum",
        "ABA ⟪~aba_bad⟫ (rejected: not a valid routing number)",
        "IBAN ⟪~iban_bad⟫ (checksum error)",
        "Card ⟪~luhn_bad⟫ declined: invalid number",
        "Phone ⟪~phone_bad⟫ is not a valid US number",
        "Fax: ⟪~phone_bad⟫ (bounced)",
        "Card number on file: ⟪~masked⟫",
        "SSN (last 4): ⟪~last4⟫",
    ]
    R.shuffle(pool)
    return "VALIDATION REPORT ⟪~ts⟫\n" + "\n".join(pool[:R.randint(3, 5)])


@T(0.9)
def t_prose_negatives():
    return ch(
        f"""The conference runs ⟪~date⟫ through ⟪~date⟫. Doors open at ⟪~time⟫; early-bird tickets cost ⟪~price⟫. Follow ⟪~mention⟫ for updates and use hashtag #Summit{R.randint(24, 26)}.""",
        f"""Version ⟪~semver⟫ fixes a crash in ⟪~cpp⟫ and bumps the minimum OS build to ⟪~build⟫. See issue ⟪~ticket⟫.""",
        f"""We measured ⟪~coord⟫ as the trailhead. The loop is {R.randint(3, 20)}.{R.randint(0, 9)} miles; permit ⟪~order⟫ costs ⟪~price⟫.""",
        f"""Order ⟪~order⟫ was shipped on ⟪~date⟫ with {ch("UPS", "USPS", "FedEx")} tracking number ⟪~tracking⟫ and should arrive by ⟪~date⟫.""",
    )


@T(0.9)
def t_prose_report():
    return ch(
        f"""Participants (N = {R.randint(40, 900)}) were recruited between ⟪~date⟫ and ⟪~date⟫. For questions about the study contact the principal investigator, Dr. {last()}, at ⟪email_w⟫ or ⟪phone⟫ (IRB protocol {R.randint(2019, 2025)}-{R.randint(100, 9999):04d}).""",
        f"""In a statement, police asked anyone with information to call the tip line at ⟪phone⟫ or e-mail ⟪email_role⟫. The suspect allegedly used a card number ending in ⟪~last4⟫ at several stores.""",
        f"""Dear {name()}, our records show that the {ch("ABA routing number", "routing number", "RTN")} ⟪aba⟫ you provided belongs to {ch(BANKS)}; however, the account number ⟪acct⟫ could not be verified. Please call ⟪phone⟫.""",
        f"""I, {name()}, hereby authorize {company()} to verify my social security number, ⟪ssn⟫, and my driver's license, ⟪dl⟫, for employment purposes.""",
    )


# ---- more: ITIN, passports, IBAN, cards, licences ------------------------------

@T(1.2)
def t_itin_tax_prep():
    return f"""Tax prep notes -- {name()} ({R.randint(2022, 2024)} return)
Client does not have an SSN; files with ITIN ⟪itin⟫.
Spouse: {first()}, {ch("ITIN", "TIN (ITIN)", "ITIN no.")} ⟪itin⟫
Dependent 1: {first()}, ITIN ⟪itin⟫ -- W-7 submitted ⟪~date⟫
Preparer PTIN P{digits(8)} · Firm EIN ⟪~ein⟫"""


@T(1.0)
def t_itin_csv():
    hdr = ch("client,tin_type,tin,filing_status", "Name|TIN Type|Taxpayer ID|Status")
    d = "|" if "|" in hdr else ","
    rows = [hdr]
    for _ in range(R.randint(2, 4)):
        if R.random() < 0.6:
            rows.append(d.join([name(), "ITIN", "⟪itin⟫", ch("MFJ", "Single", "HOH")]))
        else:
            rows.append(d.join([name(), "SSN", "⟪ssn⟫", ch("MFJ", "Single", "HOH")]))
    return "\n".join(rows)


@T(0.9)
def t_1099():
    return f"""Form 1099-NEC  Nonemployee Compensation  (Copy B, For Recipient)
PAYER'S name: {company()}      PAYER'S TIN: ⟪~ein⟫
RECIPIENT'S TIN ({ch("ITIN", "SSN/ITIN")}): ⟪itin⟫
RECIPIENT'S name: {name()}
1 Nonemployee compensation ⟪~price⟫
Account number (see instructions): {alnum(8)}"""


@T(0.8)
def t_itin_renewal():
    return f"""Notice CP48 -- Your ITIN is scheduled to expire
Taxpayer: {name()}
{ch("Individual Taxpayer Identification Number", "ITIN", "Taxpayer ID (ITIN)")}: ⟪itin_d⟫
If you need to file a return in {R.randint(2024, 2026)}, renew your ITIN by submitting Form W-7. Questions: call ⟪phone_x:1dash⟫."""


@T(0.8)
def t_itin_bank_open():
    return ch(
        f"""Good news -- you can open an account with an ITIN instead of an SSN. We have your ITIN on file as ⟪itin⟫; your new checking account number is ⟪acct⟫.""",
        f"""Nota: el cliente abrió su cuenta con ITIN (⟪itin⟫) en lugar de número de Seguro Social. Cuenta de ahorros: ⟪acct⟫.""",
        f"""Applicant has no Social Security number. Taxpayer identification: ITIN ⟪itin_b⟫. Employer: {company()}.""",
    )


@T(1.0)
def t_uspp_forms():
    return ch(
        f"""VISA APPLICATION -- TRAVEL DOCUMENT
Surname: {last().upper()}   Given names: {first().upper()}
Nationality: United States of America
Passport number: ⟪uspp⟫   Issuing country: USA
Date of issue: ⟪~date⟫   Valid until: ⟪~date⟫
Email: ⟪email_p⟫   Phone: ⟪phone_e164⟫""",
        f"""GLOBAL ENTRY INTERVIEW CONFIRMATION
Applicant: {name()}  PASSID: ⟪~nine⟫
Bring your valid U.S. passport (No. ⟪uspp⟫) and a second ID.
Questions: ⟪email_role⟫""",
        f"""Traveler profile
nationality: USA
passport:
  country: US
  number: "⟪uspp⟫"
  expires: ⟪~date⟫
emergency_phone: "⟪phone⟫\"""",
    )


@T(1.0)
def t_uspp_chat():
    return ch(
        f"""{first()}: what do they need for the booking?
{first()}: name as on passport + passport number. mine is US passport ⟪uspp⟫, exp ⟪~date⟫
{first()}: ok and a phone + email for the airline?
{first()}: ⟪phone⟫ / ⟪email_p⟫""",
        f"""Agent: I'll need your U.S. passport number to complete the reservation.
Customer: sure, it's ⟪uspp⟫.
Agent: Thank you. And the card for the deposit?
Customer: ⟪cc⟫""",
        f"""Reminder: your American passport ({ch("no.", "#", "number")} ⟪uspp⟫) expires in less than six months. Renew at travel.state.gov.
This message was sent to ⟪email⟫. Questions: ⟪phone_x:1dash⟫""",
    )


@T(0.9)
def t_uspp_multilingual():
    return ch(
        f"""Datos del viajero: {name()} -- pasaporte estadounidense núm. ⟪uspp⟫, teléfono ⟪phone⟫.""",
        f"""Reisender: {name()}, US-Reisepass Nr. ⟪uspp⟫ (gültig bis ⟪~date⟫), Tel. ⟪phone⟫""",
        f"""Voyageur : {name()} -- passeport américain n° ⟪uspp⟫, courriel ⟪email⟫.""",
        f"""旅客：{ch(ZH_NAMES)}，美国护照号码：⟪uspp⟫，电话：⟪phone⟫。""",
    )


@T(0.9)
def t_pp_csv():
    hdr = ch("traveler,nationality,passport_no,expiry", "Guest;Country;Passport;Valid until",
             "NAME\tNATIONALITY\tPASSPORT NUMBER\tEXP")
    d = ";" if ";" in hdr else "\t" if "\t" in hdr else ","
    rows = [hdr]
    for _ in range(R.randint(2, 4)):
        c = pp_country()
        rows.append(d.join([name(), c["en"], f"⟪pp:{c['code']}⟫", "⟪~date⟫"]))
    return "\n".join(rows)


@T(0.9)
def t_schengen_form():
    c = pp_country(exclude=("DE", "FR", "ES", "IT"))
    return f"""Application for Schengen Visa
1. Surname: {last().upper()}   3. First name(s): {first().upper()}
6. Place of birth: {ch("Mumbai", "Toronto", "Shanghai", "Guadalajara", "Osaka", "Sydney")}   8. Current nationality: {c['en']}
13. Type of travel document: Ordinary passport
14. Number of travel document: ⟪pp:{c['code']}⟫
15. Date of issue: ⟪~date⟫  16. Valid until: ⟪~date⟫
19. Applicant's e-mail address and telephone number: ⟪email_p⟫, ⟪phone_i⟫"""


@T(0.9)
def t_pp_multilingual():
    return ch(
        f"""Datos del huésped: {name()}, nacionalidad {PP_COUNTRIES['ES'][3].lower()}a -- número de pasaporte: ⟪pp:ES⟫""",
        f"""Reisepassnummer: ⟪pp:DE⟫ · ausgestellt am ⟪~date⟫ · Staatsangehörigkeit: deutsch""",
        f"""N° de passeport : ⟪pp:FR⟫ (République française) -- délivré le ⟪~date⟫""",
        f"""护照号码：⟪pp:CN⟫（中华人民共和国），有效期至⟪~date_zh⟫""",
        f"""Passport (India): ⟪pp:IN⟫ · Aadhaar not provided · Mobile ⟪phone_i⟫""",
        f"""Canadian passport # ⟪pp:CA⟫ -- expires ⟪~date⟫""",
        f"""British passport number ⟪pp:GB⟫, issued by HM Passport Office""",
        f"""Passaporto n. ⟪pp:IT⟫ rilasciato dalla Questura il ⟪~date⟫""",
    )


@T(0.7)
def t_mrz_kyc_log():
    return f"""⟪~ts⟫ kyc-ocr INFO extracted machine readable zone for session ⟪~uuid⟫:
⟪mrz⟫
⟪~ts⟫ kyc-ocr INFO face match score 0.{R.randint(70, 99)}"""


@T(1.0)
def t_sepa_mandate():
    return f"""SEPA-Lastschriftmandat
Gläubiger-ID: DE{R.randint(10, 99)}ZZZ{digits(11)} · Mandatsreferenz: ⟪~order⟫
Kontoinhaber: {name()}
IBAN: ⟪iban:{ch("DE", "DE", "AT", "NL", "BE")}⟫
BIC: ⟪~bic⟫
Ort, Datum: {ch("Berlin", "Hamburg", "Köln", "München")}, ⟪~date⟫"""


@T(1.0)
def t_iban_csv():
    hdr, d = ch(("Name;IBAN;BIC;Betrag", ";"), ("beneficiary,iban,amount,currency", ","),
                ("Bénéficiaire;IBAN;Montant", ";"))
    rows = [hdr]
    for _ in range(R.randint(2, 5)):
        rows.append(d.join([name(), "⟪iban⟫", "⟪~price⟫"] + (["EUR"] if "currency" in hdr else [])))
    return "\n".join(rows)


@T(1.0)
def t_iban_prose():
    return ch(
        f"""Your refund of ⟪~price⟫ will be sent to IBAN ⟪iban⟫ within 5 business days.""",
        f"""pls send it to my iban ⟪iban_e⟫ thx!! (name: {name()})""",
        f"""Bank details for the deposit -- account holder {name()}, IBAN {ch("", "no. ")}⟪iban_p⟫, bank {ch("ING", "Deutsche Bank", "BNP Paribas", "Santander", "UBS", "Rabobank")}.""",
        f"""Wir haben Ihre neue Bankverbindung (⟪iban_p⟫) gespeichert.""",
        f"""Merci d'effectuer le virement sur le compte ⟪iban_p:FR⟫.""",
        f"""Por favor, transfiera el depósito a la cuenta ⟪iban_p:ES⟫ antes del ⟪~date⟫.""",
        f"""请汇款至以下账户：IBAN ⟪iban_e⟫，SWIFT ⟪~bic⟫。""",
    )


@T(0.8)
def t_iban_json():
    return (f'{{"payout_id":"po_{alnum(16)}","beneficiary":{{"name":"{name()}","iban":"⟪iban_e⟫","bic":"⟪~bic⟫"}},'
            f'"amount":{R.randint(100, 999999)},"currency":"EUR","created":"⟪~ts⟫"}}')


@T(1.2)
def t_card_misc():
    return ch(
        f"""Please charge my {ch("Amex", "American Express")} ⟪cc:amex⟫ for the deposit (exp {R.randint(1, 12):02d}/{R.randint(25, 30)}). Thanks, {first()}""",
        f"""DEBUG PaymentService - payload={{pan=⟪cc_plain⟫, exp={R.randint(1, 12):02d}{R.randint(25, 30)}, amount=⟪~price⟫}}""",
        f"""Kreditkarte: ⟪cc⟫ (gültig bis {R.randint(1, 12):02d}/{R.randint(25, 30)})""",
        f"""Tarjeta de crédito: ⟪cc⟫ -- titular {name()}""",
        f"""请使用信用卡⟪cc_plain⟫付款。""",
        f"""Numéro de carte : ⟪cc_space⟫ · expiration {R.randint(1, 12):02d}/{R.randint(25, 30)}""",
        f"""{ch("Card number", "CC", "Card no")}: ⟪cc⟫ | CVV: {R.randint(100, 999)} | ZIP: {R.randint(10001, 99950)}""",
        f"""The corporate {ch("Visa", "card")} (⟪cc:visa⟫) is for travel only.""",
        f"""JCB card ⟪cc:jcb⟫ was added to the wallet.""",
        f"""银联卡号：⟪cc:unionpay⟫""",
        f"""Diners Club ⟪cc:diners⟫ -- approved""",
    )


@T(0.8)
def t_card_json():
    return (f'{{"order":"⟪~order⟫","payment":{{"method":"card","card":{{"number":"⟪cc_plain⟫","exp_month":{R.randint(1, 12)},'
            f'"exp_year":{R.randint(2025, 2031)},"brand":"{ch("visa", "mastercard", "amex")}"}}}},"email":"⟪email⟫"}}')


@T(0.8)
def t_card_dispute():
    return f"""DISPUTE FORM
Cardholder: {name()}    Card number: ⟪cc⟫
Transaction date: ⟪~date⟫   Amount: ⟪~price⟫   Merchant: {company()}
Reason: {ch("not received", "duplicate charge", "unauthorized")}
Daytime phone: ⟪phone⟫"""


@T(1.0)
def t_dl_csv():
    hdr = ch("name,dl_state,dl_number,exp", "Driver|State|License No|Class", "driver_name\tlicense_state\tlicense_number")
    d = "|" if "|" in hdr else "\t" if "\t" in hdr else ","
    rows = [hdr]
    for _ in range(R.randint(2, 4)):
        st = dl_state()
        cells = [name(), st[0], f"⟪dl:{st[0]}⟫"]
        if hdr.count(d) == 3:
            cells.append("⟪~date⟫" if "exp" in hdr else ch("C", "D", "A"))
        rows.append(d.join(cells))
    return "\n".join(rows)


@T(1.0)
def t_auto_insurance():
    rows = []
    for i in range(R.randint(1, 3)):
        st = dl_state()
        rows.append(f"Driver {i + 1}: {name()}  DOB ⟪~dob⟫  {ch('License #', 'Lic. No.', 'DL No.', 'Driver license')}: ⟪dl:{st[0]}⟫  State: {st[0]}")
    return f"""AUTO INSURANCE QUOTE  Quote ⟪~order⟫
Vehicle: {R.randint(2010, 2025)} {ch("Honda Civic", "Toyota RAV4", "Ford F-150")}  VIN ⟪~vin⟫
""" + "\n".join(rows) + "\nPolicyholder phone ⟪phone⟫ · email ⟪email⟫"


@T(0.8)
def t_dl_multilingual():
    st = dl_state()
    return ch(
        f"""Licencia de manejo de {st[1]}: ⟪dl:{st[0]}⟫ (vence ⟪~date⟫)""",
        f"""驾照号码（{st[0]}州）：⟪dl:{st[0]}⟫""",
        f"""Führerschein (USA, {st[1]}), Nr. ⟪dl:{st[0]}⟫""",
        f"""Permis de conduire américain ({st[1]}) n° ⟪dl:{st[0]}⟫""",
        f"""Operator license {st[0]} ⟪dl:{st[0]}⟫ -- verified by {ch("MVR check", "DMV lookup")} on ⟪~date⟫""",
    )


@T(0.8)
def t_id_verification_prose():
    st = dl_state()
    return ch(
        f"""We were able to verify your identity using your {st[1]} driver's license ({ch("no.", "#", "number")} ⟪dl:{st[0]}⟫). No further documents are needed.""",
        f"""The applicant's DL (⟪dl:{st[0]}⟫, {st[0]}) did not match the name on the lease; please request a copy of the U.S. passport instead.""",
        f"""License number ⟪dl:{st[0]}⟫ issued by {st[1]} expires on ⟪~date⟫ -- please upload a renewed copy.""",
    )


@T(0.8)
def t_mailing_list():
    lines = [ch("# exported subscribers", "email,status,since", "Bounced addresses:")]
    for _ in range(R.randint(3, 5)):
        lines.append(ch(f"⟪email⟫,{ch('active', 'unsubscribed', 'bounced')},⟪~date⟫",
                        f"⟪email⟫ -- {ch('hard bounce', 'mailbox full', 'spam complaint')}",
                        f"⟪email⟫;"))
    return "\n".join(lines)


@T(1.0)
def t_unicode_mix():
    return ch(
        f"""Kontakt:\u00a0⟪phone_de⟫ \u2022 E‑Mail:\u00a0⟪email⟫""",
        f"""“Please call me at ⟪phone⟫,” she wrote — “or email ⟪email⟫.”""",
        f"""Virement reçu sur le compte « ⟪iban_p:FR⟫ » — merci !""",
        f"""電話番号：⟪phone_jp⟫／メール：⟪email⟫""",
        f"""SSN:\u00a0⟪ssn_d⟫\u2003DOB:\u00a0⟪~dob⟫""",
        f"""客服电话【⟪phone⟫】，邮箱【⟪email_role⟫】。""",
        f"""→ Routing (ABA): ⟪aba_raw⟫ · Account: ⟪acct⟫ ✔""",
        f"""📞 ⟪phone⟫ | ✉️ ⟪email⟫ | 🌐 ⟪ip4_pub⟫""",
        f"""Пожалуйста, отправьте счёт на ⟪email⟫; телефон ⟪phone_i⟫.""",
        f"""카드 번호: ⟪cc⟫ (유효기간 {R.randint(1, 12):02d}/{R.randint(25, 30)})""",
    )


@T(1.0)
def t_misc_lookalikes():
    pool = [
        "Book: ⟪~isbn⟫ (paperback)",
        "ISBN-13 ⟪~isbn⟫",
        "Open ⟪~url_num⟫ in a browser",
        "Callback URL: ⟪~url_num⟫",
        "git clone ⟪~not_email⟫:/srv/repos/app.git",
        "Login as ⟪~not_email⟫ and run the migration",
        "Invalid host address ⟪~ip_bad⟫ rejected by validator",
        "GPS fix: ⟪~coord⟫ (±{0} m)".format(R.randint(2, 30)),
        "Meet at ⟪~coord⟫",
        "VAT ⟪~vat⟫",
        "Retina assets: ⟪~asset_at⟫, ⟪~asset_at⟫",
        "See ⟪~cpp⟫ and ⟪~cpp⟫",
        "Peer ⟪~mac_bad⟫ (truncated, ignore)",
        "OID ⟪~oid⟫ = ⟪~semver⟫",
        "Driver build ⟪~build⟫, released ⟪~date⟫",
    ]
    R.shuffle(pool)
    return "\n".join(pool[:R.randint(3, 6)])


# ===========================================================================
# Independent validation of every gold value and of the "invalid" negatives
# ===========================================================================

ITIN_GROUP_SET = set(range(50, 66)) | set(range(70, 89)) | {90, 91, 92} | set(range(94, 100))
CARD_RULES = [  # (regex on digits, allowed lengths)
    (r"4", {13, 16, 19}), (r"5[1-5]", {16}), (r"2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)", {16}),
    (r"3[47]", {15}), (r"6011|64[4-9]|65", {16, 19}), (r"35(2[89]|[3-8]\d)", {16, 19}),
    (r"30[0-5]|36", {14}), (r"62", {16, 17, 18, 19}),
]
INTL_CC = {"44": (10, 10), "49": (9, 11), "33": (9, 9), "34": (9, 9), "39": (9, 10), "86": (10, 11),
           "52": (10, 10), "81": (9, 10), "61": (9, 9), "55": (10, 11), "91": (10, 10)}


def nanp_ok(d):
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return (len(d) == 10 and d[0] in "23456789" and d[1:3] != "11"
            and d[3] in "23456789" and d[4:6] != "11")


def mrz_check_independent(l1, l2):
    def cd(s):
        vals = {c: i for i, c in enumerate("0123456789")}
        vals.update({chr(65 + i): 10 + i for i in range(26)})
        vals["<"] = 0
        return sum(vals[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10
    if len(l1) != 44 or len(l2) != 44 or l1[0] != "P":
        return False
    if not re.fullmatch(r"[A-Z0-9<]{44}", l1) or not re.fullmatch(r"[A-Z0-9<]{44}", l2):
        return False
    ok = cd(l2[0:9]) == int(l2[9]) and cd(l2[13:19]) == int(l2[19]) and cd(l2[21:27]) == int(l2[27])
    pc = l2[42]
    ok = ok and (int(pc) == cd(l2[28:42]) if pc != "<" else l2[28:42] == "<" * 14)
    return ok and cd(l2[0:10] + l2[13:20] + l2[21:43]) == int(l2[43])


def check_gold(t, v):
    d = re.sub(r"\D", "", v)
    if t == "US_SSN":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}", v)
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
        assert not HAVE_STDNUM or sn_ssn.is_valid(d)
    elif t == "US_ITIN":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}", v)
        assert d[0] == "9" and int(d[3:5]) in ITIN_GROUP_SET
        # stdnum predates the 2011 expansion of ITIN groups to 50-65
        assert not HAVE_STDNUM or sn_itin.is_valid(d) or 50 <= int(d[3:5]) <= 65
    elif t == "CREDIT_CARD":
        assert re.fullmatch(r"\d+(?:([ -])\d+)?(?:\1\d+)*", v)
        assert any(re.match(p, d) and len(d) in ls for p, ls in CARD_RULES), v
        assert (sn_luhn.is_valid(d) if HAVE_STDNUM else luhn_ok(d))
    elif t == "ABA_ROUTING_NUMBER":
        assert re.fullmatch(r"\d{9}|\d{4}-\d{4}-\d", v)
        p = int(d[:2])
        assert p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80
        assert (sn_rtn.is_valid(d) if HAVE_STDNUM else aba_ok(d))
    elif t == "US_BANK_NUMBER":
        assert re.fullmatch(r"\d{8,17}", v)
    elif t == "IBAN_CODE":
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{4,}|[A-Z]{2}\d{2}(?: [A-Z0-9]{1,4})+", v)
        assert len(v.replace(" ", "")) == 4 + sum(int(n) for n in re.findall(r"\d+", IBAN_SPECS[v[:2]]))
        assert iban_mod_ok(v) and (not HAVE_STDNUM or sn_iban.is_valid(v))
    elif t == "EMAIL_ADDRESS":
        m = re.fullmatch(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+)([A-Za-z]{2,})", v)
        assert m and m.group(2).lower() in REAL_TLDS, v
    elif t == "IP_ADDRESS":
        ipaddress.ip_address(v)
    elif t == "MAC_ADDRESS":
        assert re.fullmatch(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}", v)
        h = re.sub(r"[^0-9A-Fa-f]", "", v)
        assert not HAVE_STDNUM or sn_mac.is_valid(":".join(h[i:i + 2] for i in range(0, 12, 2)))
    elif t == "PHONE_NUMBER":
        if v.startswith("+") and not v.startswith("+1"):
            assert re.fullmatch(r"\+\d{2} [\d \-]+\d", v), v
            lo, hi = INTL_CC[v[1:3]]
            assert lo <= len(d) - 2 <= hi, v
        else:
            assert re.fullmatch(r"(\+1[ -]?|1-)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}", v), v
            assert nanp_ok(d), v
    elif t == "US_DRIVER_LICENSE":
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9 \-]{5,15}[A-Z0-9]", v), v
    elif t == "US_PASSPORT":
        assert re.fullmatch(r"[1-9]\d{8}|[A-Z]\d{8}", v), v
    elif t == "PASSPORT":
        if "\n" in v:
            l1, l2 = v.split("\n")
            assert mrz_check_independent(l1, l2), v
        else:
            assert re.fullmatch(r"[A-Z0-9]{8,9}", v), v
    else:
        raise AssertionError(t)


def check_negative(cat, v):
    d = re.sub(r"\D", "", v)
    if cat == "luhn_invalid":
        assert not luhn_ok(d) and (not HAVE_STDNUM or not sn_luhn.is_valid(d))
    elif cat == "iban_bad_checksum":
        assert not iban_mod_ok(v) and (not HAVE_STDNUM or not sn_iban.is_valid(v))
    elif cat == "invalid_ssn":
        assert not HAVE_STDNUM or (not sn_ssn.is_valid(d) and not sn_itin.is_valid(d))
        assert d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000"
    elif cat == "aba_bad_checksum":
        assert not aba_ok(d) and (not HAVE_STDNUM or not sn_rtn.is_valid(d))
    elif cat == "invalid_phone_shape":
        assert not nanp_ok(d)
    elif cat == "mrz_bad_check":
        l1, l2 = v.split("\n")
        assert not mrz_check_independent(l1, l2)
    elif cat == "invalid_ip":
        try:
            ipaddress.ip_address(v)
            raise AssertionError(v)
        except ValueError:
            pass
    elif cat == "isbn":
        assert not HAVE_STDNUM or sn_isbn.is_valid(v)
    elif cat == "build_version":
        assert any(int(x) > 255 for x in v.split("."))


# ===========================================================================
# Leak scan: look-alikes in the flat text that are neither gold nor negative
# ===========================================================================

def leak_scan(text_b, gold, neg):
    text = text_b.decode("utf-8")
    # char offset -> byte offset map
    cum = [0]
    for c in text:
        cum.append(cum[-1] + len(c.encode("utf-8")))
    spans = sorted([(x[1], x[2]) for x in gold] + [(x[1], x[2]) for x in neg])
    starts = [s for s, _ in spans]
    import bisect

    def covered(bs, be):
        j = bisect.bisect_right(starts, be)
        for k in range(max(0, j - 40), j):
            s, e = spans[k]
            if s < be and e > bs:
                return True
        return False

    probes = {
        "email": (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})"),
                  lambda m: m.group(1).lower() in REAL_TLDS),
        "ipv4": (re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])"), lambda m: _is_ip(m.group(0))),
        "mac": (re.compile(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}"), lambda m: True),
        "card": (re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)"),
                 lambda m: _card_like(re.sub(r"\D", "", m.group(0)))),
        "nine": (re.compile(r"(?<![\w-])\d{9}(?![\w-])"), lambda m: True),
        "ssn_shape": (re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])"), lambda m: True),
        "nanp": (re.compile(r"(?<!\d)(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)"),
                 lambda m: nanp_ok(re.sub(r"\D", "", m.group(0)))),
        "iban": (re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b"),
                 lambda m: HAVE_STDNUM and sn_iban.is_valid(m.group(0))),
    }
    leaks = collections.defaultdict(list)
    for kind, (rx, pred) in probes.items():
        for m in rx.finditer(text):
            if not pred(m):
                continue
            bs, be = cum[m.start()], cum[m.end()]
            if not covered(bs, be):
                leaks[kind].append(text[max(0, m.start() - 30):m.end() + 10])
    return leaks


def _is_ip(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def _card_like(d):
    return luhn_ok(d) and any(re.match(p, d) and len(d) in ls for p, ls in CARD_RULES)


# ===========================================================================
# Main
# ===========================================================================

TARGETS = {"EMAIL_ADDRESS": 1100, "PHONE_NUMBER": 1050, "IP_ADDRESS": 900, "MAC_ADDRESS": 300, "US_SSN": 450,
           "US_ITIN": 250, "ABA_ROUTING_NUMBER": 300, "US_BANK_NUMBER": 330, "US_DRIVER_LICENSE": 300,
           "US_PASSPORT": 200, "PASSPORT": 250, "CREDIT_CARD": 400, "IBAN_CODE": 350}


NEG_ONLY_RECORDS = 30


def fit_weights(n_records, seed, samples=30, iters=300):
    """Scale the template weights so that the expected gold counts per type
    approach TARGETS (deterministic: uses its own seeded sampling)."""
    R.seed(seed ^ 0xF17)
    types = list(TARGETS)
    mix = []
    for _, _, fn in TEMPLATES:
        c = collections.Counter()
        for _ in range(samples):
            c.update(g[0] for g in render(fn(), "").gold)
        mix.append([c[t] / samples for t in types])
    w = [t[1] for t in TEMPLATES]
    free = n_records - 4 * len(TEMPLATES) - (NEG_ONLY_RECORDS - 4) * sum(
        1 for m in mix if sum(m) == 0)
    base = [4 * sum(m[j] for m in mix) for j in range(len(types))]
    for _ in range(iters):
        tot = sum(w)
        pred = [base[j] + free * sum(w[i] * mix[i][j] for i in range(len(w))) / tot for j in range(len(types))]
        ratio = [TARGETS[t] / max(pred[j], 1e-9) for j, t in enumerate(types)]
        for i, m in enumerate(mix):
            s = sum(m)
            if s == 0:
                continue
            g = sum(m[j] / s * __import__("math").log(ratio[j]) for j in range(len(types)))
            w[i] = w[i] * __import__("math").exp(0.5 * g)
        mean = sum(w) / len(w)
        w = [min(max(x / mean, 0.1), 8.0) for x in w]
    return w, [sum(m) == 0 for m in mix]


def build(n_records, seed):
    weights, neg_only = fit_weights(n_records, seed)
    R.seed(seed)
    names = [t for t in TEMPLATES]
    picks = []
    for t, no in zip(names, neg_only):  # every template a few times; negative-only ones a fixed share
        picks += [t] * (NEG_ONLY_RECORDS if no else 4)
    weights = [0.0 if no else w for w, no in zip(weights, neg_only)]
    while len(picks) < n_records:
        picks.append(R.choices(names, weights=weights)[0])
    R.shuffle(picks)
    recs = []
    for tname, _, fn in picks[:n_records]:
        recs.append(render(fn(), tname))
    return recs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--records", type=int, default=2200)
    ap.add_argument("--seed", type=int, default=20240613)
    ap.add_argument("--strict", action="store_true", help="fail on leak-scan findings")
    args = ap.parse_args(argv)
    if not HAVE_STDNUM:
        print("warning: python3-stdnum not found; reference validation reduced", file=sys.stderr)

    recs = build(args.records, args.seed)
    out = bytearray()
    gold, neg = [], []
    for rec in recs:
        base = len(out)
        body = rec.text.encode("utf-8")
        out += body + b"\n\n"
        for t, s, e, v in rec.gold:
            gold.append((t, base + s, base + e, v))
        for c, s, e, v in rec.neg:
            neg.append((c, base + s, base + e, v))

    # --- checks ---------------------------------------------------------------
    for t, s, e, v in gold:
        assert out[s:e].decode("utf-8") == v, (t, v)
        try:
            check_gold(t, v)
        except AssertionError:
            raise SystemExit(f"gold value failed validation: {t} {v!r}")
        before = out[s - 1:s].decode("latin-1") if s else " "
        after = out[e:e + 1].decode("latin-1")
        assert not (before.isascii() and before.isalnum()), (t, v, "glued before")
        assert not (after.isascii() and after.isalnum()), (t, v, "glued after")
    for c, s, e, v in neg:
        assert out[s:e].decode("utf-8") == v
        try:
            check_negative(c, v)
        except AssertionError:
            raise SystemExit(f"negative value failed check: {c} {v!r}")
    gs = sorted(gold, key=lambda x: x[1])
    for a, b in zip(gs, gs[1:]):
        assert a[2] <= b[1], ("overlapping gold", a, b)
    import bisect
    gstarts = [g[1] for g in gs]
    for c, s, e, v in neg:
        j = bisect.bisect_left(gstarts, e)
        for k in range(max(0, j - 3), j):
            assert not (gs[k][1] < e and gs[k][2] > s), ("negative overlaps gold", c, v, gs[k])

    leaks = leak_scan(bytes(out), gold, neg)
    for kind, items in leaks.items():
        print(f"leak-scan {kind}: {len(items)} uncovered, e.g. {items[:3]}", file=sys.stderr)
    if args.strict and leaks:
        raise SystemExit("leak scan failed")

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "heldout.txt"), "wb") as f:
        f.write(out)
    with open(os.path.join(args.out, "heldout.gold.jsonl"), "w") as f:
        for t, s, e, _ in gold:
            f.write(json.dumps({"type": t, "start": s, "end": e}, separators=(",", ":")) + "\n")
    with open(os.path.join(args.out, "heldout.neg.jsonl"), "w") as f:
        for c, s, e, _ in sorted(neg, key=lambda x: x[1]):
            f.write(json.dumps({"category": c, "start": s, "end": e}, separators=(",", ":")) + "\n")

    tc = collections.Counter(t for t, *_ in gold)
    nc = collections.Counter(c for c, *_ in neg)
    print(f"{len(recs)} records, {len(out)} bytes, {len(gold)} gold, {len(neg)} negatives", file=sys.stderr)
    print("gold: " + ", ".join(f"{t} {n}" for t, n in tc.most_common()), file=sys.stderr)
    print("neg:  " + ", ".join(f"{t} {n}" for t, n in nc.most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
