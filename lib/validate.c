/*
 * validate.c - the public validators: pii_validate(), pii_validate_ex() and
 * pii_validate_named().  They turn raw user input ("4111-1111-1111-1111",
 * "de89 3704 ...") into the canonical values lib/validators/ checks, and
 * report a subtype where the entity has one.
 *
 * Accepted written forms, everything else (including leading or trailing
 * whitespace) is invalid:
 *   card        digits, optionally grouped with one kind of separator
 *               (space, '-' or '.'), 12-19 digits, known brand, Luhn
 *   SSN, ITIN   123-45-6789, 123 45 6789, 123.45.6789 or 123456789
 *   ABA         123456789 or 1234-5678-9 (separator space, '-' or '.')
 *   IBAN        compact, or in groups of four separated by single spaces
 *               or single '-';
 *               case-insensitive
 *   bank acct   4-17 digits, no separators
 *   US passport 9 digits, or a letter and 8 digits
 *   passport    a TD3 MRZ (two 44-character lines joined by "\n" or
 *               "\r\n", line 2 possibly indented; subtype "MRZ"), or a
 *               6-9 character alphanumeric
 *               document number with at least one digit
 *   driver lic. letters/digits, single spaces or '-' between them
 *   phone       NANP: 10 digits or 1 + 10 digits, optional "+1"; or E.164
 *               with '+'.  Separators space, '-', '.'; one parenthesised
 *               group; "(0)" after an international prefix is dropped
 *   email, IP address, MAC address: exactly as given
 */
#include <string.h>

#include "pii.h"
#include "detectors/dl_formats.h"
#include "validators/validators.h"

/* No valid value of any entity is longer than an email address (254). */
#define RAW_MAX 254
/* Room for the longest canonical value kept by a canonicaliser. */
#define CANON_MAX 64

_Static_assert(PII_SUBTYPE_MAX >= sizeof "MASTERCARD", "subtype too small");

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
static char to_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }
static bool is_sep(char c) { return c == ' ' || c == '-' || c == '.'; }

static void set_subtype(char *subtype, const char *s, size_t n)
{
    if (subtype == NULL)
        return;
    if (n >= PII_SUBTYPE_MAX)
        n = PII_SUBTYPE_MAX - 1;
    memcpy(subtype, s, n);
    subtype[n] = '\0';
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_digit(s[i]))
            return false;
    return true;
}

/* ------------------------------------------------------------------------ */
/* Canonicalisers                                                           */
/* ------------------------------------------------------------------------ */

/* Digits in groups separated by single separators, all of one kind (space,
 * '-' or '.'); no separator first or last.  Writes at most cap digits. */
static bool grouped_digits(const char *s, size_t n, char *out, size_t cap, size_t *outlen)
{
    char sep = 0;
    size_t m = 0;

    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (is_digit(c)) {
            if (m == cap)
                return false;
            out[m++] = c;
        } else if (is_sep(c) && i > 0 && i + 1 < n && is_digit(s[i - 1]) &&
                   is_digit(s[i + 1]) && (sep == 0 || c == sep)) {
            sep = c;
        } else {
            return false;
        }
    }
    *outlen = m;
    return m > 0;
}

/* SSN/ITIN shapes: 123456789, 123-45-6789, 123 45 6789, 123.45.6789. */
static bool ssn_canon(const char *s, size_t n, char out[9])
{
    if (n == 9 && all_digits(s, 9)) {
        memcpy(out, s, 9);
        return true;
    }
    if (n == 11 && is_sep(s[3]) && s[6] == s[3] &&
        all_digits(s, 3) && all_digits(s + 4, 2) && all_digits(s + 7, 4)) {
        memcpy(out, s, 3);
        memcpy(out + 3, s + 4, 2);
        memcpy(out + 5, s + 7, 4);
        return true;
    }
    return false;
}

/* ABA shapes: 123456789, 1234-5678-9 (or with spaces or dots). */
static bool aba_canon(const char *s, size_t n, char out[9])
{
    if (n == 9 && all_digits(s, 9)) {
        memcpy(out, s, 9);
        return true;
    }
    if (n == 11 && is_sep(s[4]) && s[9] == s[4] && all_digits(s, 4) &&
        all_digits(s + 5, 4) && is_digit(s[10])) {
        memcpy(out, s, 4);
        memcpy(out + 4, s + 5, 4);
        out[8] = s[10];
        return true;
    }
    return false;
}

/* IBAN: letters and digits, upper-cased; either compact or in groups of
 * four separated by single spaces or single '-' (one kind; the last group
 * 1-4 characters). */
static bool iban_canon(const char *s, size_t n, char *out, size_t cap, size_t *outlen)
{
    size_t m = 0, group = 0;
    bool spaced = false;
    char sep = 0;

    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '-') {
            if (group != 4 || i + 1 == n || (sep && c != sep))
                return false;
            sep = c;
            spaced = true;
            group = 0;
        } else if (is_alnum(c)) {
            if (m == cap || (spaced && group == 4))
                return false;
            out[m++] = to_upper(c);
            group++;
        } else {
            return false;
        }
    }
    *outlen = m;
    return m > 0;
}

/* Phone: optional leading '+', digits, single separators (space, '-', '.',
 * mixed kinds allowed as in "(212) 555-0100"), at most one parenthesised
 * group of 1-4 digits.  A "(0)" trunk prefix after '+' ("+44 (0)20 ...") is
 * dropped.  Writes at most 15 digits. */
static bool phone_canon(const char *s, size_t n, char out[15], size_t *outlen, bool *plus)
{
    enum { START, DIGIT, SEP, OPEN, CLOSE } prev = START;
    size_t m = 0, i = 0, group_start = 0;
    bool parens_seen = false, in_parens = false;

    *plus = n > 0 && s[0] == '+';
    if (*plus)
        i = 1;
    for (; i < n; i++) {
        char c = s[i];
        if (is_digit(c)) {
            if (m == 15)
                return false;
            out[m++] = c;
            prev = DIGIT;
        } else if (is_sep(c)) {
            if ((prev != DIGIT && prev != CLOSE) || in_parens)
                return false;
            prev = SEP;
        } else if (c == '(') {
            if (parens_seen || (prev != START && prev != SEP) || (*plus && prev == START))
                return false;
            parens_seen = in_parens = true;
            group_start = m;
            prev = OPEN;
        } else if (c == ')') {
            if (!in_parens || prev != DIGIT || m - group_start > 4)
                return false;
            in_parens = false;
            if (*plus && m - group_start == 1 && out[group_start] == '0' && group_start > 0)
                m--;
            prev = CLOSE;
        } else {
            return false;
        }
    }
    *outlen = m;
    return prev == DIGIT && m > 0;
}

/* ------------------------------------------------------------------------ */
/* Entity checks: raw value in, validity out, subtype (may be NULL)        */
/* written when valid.                                                      */
/* ------------------------------------------------------------------------ */

typedef bool (*entity_check)(const char *s, size_t n, char *subtype);

static bool check_ssn(const char *s, size_t n, char *subtype)
{
    char d[9];
    (void)subtype;
    return ssn_canon(s, n, d) && pii_ssn_ok(d);
}

static bool check_itin(const char *s, size_t n, char *subtype)
{
    char d[9];
    (void)subtype;
    return ssn_canon(s, n, d) && pii_itin_ok(d);
}

static bool check_driver_license(const char *s, size_t n, char *subtype)
{
    char canon[CANON_MAX];
    size_t m = 0;

    (void)subtype;
    /* Single spaces or dashes between letters/digits, as printed on cards. */
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (is_alnum(c)) {
            if (m == sizeof canon)
                return false;
            canon[m++] = to_upper(c);
        } else if (!((c == ' ' || c == '-') && i > 0 && i + 1 < n && is_alnum(s[i - 1]) &&
                     is_alnum(s[i + 1]))) {
            return false;
        }
    }
    return m > 0 && pii_dl_format_match(canon, m) != 0;
}

static bool check_us_passport(const char *s, size_t n, char *subtype)
{
    (void)subtype;
    if (n != 9)
        return false;
    if (is_digit(s[0]))
        return all_digits(s, 9);
    return is_alpha(s[0]) && all_digits(s + 1, 8);
}

/* A TD3 MRZ: two 44-character lines joined by "\n" or "\r\n", the second
 * possibly indented by up to 16 spaces or tabs (as the detector accepts). */
static bool mrz_lines(const char *s, size_t n, const char **line2)
{
    size_t i = 44;
    if (n < 89)
        return false;
    if (s[i] == '\r')
        i++;
    if (s[i] != '\n')
        return false;
    i++;
    for (int k = 0; k < 16 && i < n && (s[i] == ' ' || s[i] == '\t'); k++)
        i++;
    if (n - i != 44)
        return false;
    *line2 = s + i;
    return true;
}

static bool check_passport(const char *s, size_t n, char *subtype)
{
    const char *line2;
    bool digit = false;

    if (mrz_lines(s, n, &line2)) {
        if (!pii_mrz_td3_ok(s, line2))
            return false;
        set_subtype(subtype, "MRZ", 3);
        return true;
    }
    /* Document number alone: 6-9 letters/digits, at least one digit. */
    if (n < 6 || n > 9)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (!is_alnum(s[i]))
            return false;
        digit = digit || is_digit(s[i]);
    }
    return digit;
}

static bool check_credit_card(const char *s, size_t n, char *subtype)
{
    char d[19];
    size_t m;
    card_brand b;

    if (!grouped_digits(s, n, d, sizeof d, &m) || m < 12)
        return false;
    b = pii_card_brand(d, m);
    if (b == CARD_NONE || !pii_luhn_ok(d, m))
        return false;
    set_subtype(subtype, pii_card_brand_name(b), strlen(pii_card_brand_name(b)));
    return true;
}

static bool check_aba(const char *s, size_t n, char *subtype)
{
    char d[9];
    (void)subtype;
    return aba_canon(s, n, d) && pii_aba_ok(d);
}

static bool check_us_bank_number(const char *s, size_t n, char *subtype)
{
    (void)subtype;
    return n >= 4 && n <= 17 && all_digits(s, n);
}

static bool check_iban(const char *s, size_t n, char *subtype)
{
    char canon[34];
    size_t m;

    if (!iban_canon(s, n, canon, sizeof canon, &m) || !pii_iban_ok(canon, m))
        return false;
    set_subtype(subtype, canon, 2);
    return true;
}

static bool check_email(const char *s, size_t n, char *subtype)
{
    (void)subtype;
    return pii_email_ok(s, n);
}

static bool check_ip(const char *s, size_t n, char *subtype)
{
    if (pii_ipv4_parse(s, n, NULL)) {
        set_subtype(subtype, "IPV4", 4);
        return true;
    }
    if (pii_ipv6_parse(s, n, NULL)) {
        set_subtype(subtype, "IPV6", 4);
        return true;
    }
    return false;
}

static bool nanp_digits_ok(const char *d, size_t m, bool plus)
{
    if (m == 11 && d[0] == '1')
        return pii_nanp_ok(d + 1);
    return !plus && m == 10 && pii_nanp_ok(d);
}

static bool check_phone(const char *s, size_t n, char *subtype)
{
    char d[15];
    size_t m;
    bool plus;

    (void)subtype;
    if (!phone_canon(s, n, d, &m, &plus))
        return false;
    return plus ? pii_e164_ok(d, m) : nanp_digits_ok(d, m, false);
}

static bool check_mac(const char *s, size_t n, char *subtype)
{
    (void)subtype;
    return pii_mac_ok(s, n);
}

static const entity_check entity_checks[PII_ENTITY_BUILTIN_COUNT] = {
    [PII_US_SSN] = check_ssn,
    [PII_US_ITIN] = check_itin,
    [PII_US_DRIVER_LICENSE] = check_driver_license,
    [PII_US_PASSPORT] = check_us_passport,
    [PII_PASSPORT] = check_passport,
    [PII_CREDIT_CARD] = check_credit_card,
    [PII_ABA_ROUTING_NUMBER] = check_aba,
    [PII_US_BANK_NUMBER] = check_us_bank_number,
    [PII_IBAN_CODE] = check_iban,
    [PII_EMAIL_ADDRESS] = check_email,
    [PII_IP_ADDRESS] = check_ip,
    [PII_PHONE_NUMBER] = check_phone,
    [PII_MAC_ADDRESS] = check_mac,
};

PII_API int pii_validate_ex(int entity, const char *value, size_t len,
                            char subtype[PII_SUBTYPE_MAX])
{
    char scratch[PII_SUBTYPE_MAX];
    char *st = subtype ? subtype : scratch;

    if (entity < 0 || entity >= PII_ENTITY_BUILTIN_COUNT)
        return PII_ERR_UNKNOWN_ENTITY;
    if (value == NULL && len > 0)
        return PII_ERR_NULL;
    st[0] = '\0';
    if (len == 0 || len > RAW_MAX)
        return 0;
    if (!entity_checks[entity](value, len, st)) {
        st[0] = '\0';
        return 0;
    }
    return 1;
}

PII_API int pii_validate(int entity, const char *value, size_t len)
{
    return pii_validate_ex(entity, value, len, NULL);
}

/* ------------------------------------------------------------------------ */
/* Named validators                                                         */
/* ------------------------------------------------------------------------ */

static bool named_luhn(const char *s, size_t n)
{
    char d[CANON_MAX];
    size_t m;
    return grouped_digits(s, n, d, sizeof d, &m) && pii_luhn_ok(d, m);
}

static bool named_iban(const char *s, size_t n) { return check_iban(s, n, NULL); }
static bool named_aba(const char *s, size_t n) { return check_aba(s, n, NULL); }
static bool named_ssn(const char *s, size_t n) { return check_ssn(s, n, NULL); }
static bool named_itin(const char *s, size_t n) { return check_itin(s, n, NULL); }
static bool named_email(const char *s, size_t n) { return pii_email_ok(s, n); }
static bool named_mac(const char *s, size_t n) { return pii_mac_ok(s, n); }
static bool named_ipv4(const char *s, size_t n) { return pii_ipv4_parse(s, n, NULL); }
static bool named_ipv6(const char *s, size_t n) { return pii_ipv6_parse(s, n, NULL); }

/* Both TD3 lines, or line 2 alone (the one with the check digits). */
static bool named_mrz(const char *s, size_t n)
{
    const char *line2;
    if (n == 44)
        return pii_mrz_td3_line2_ok(s);
    return mrz_lines(s, n, &line2) && pii_mrz_td3_ok(s, line2);
}

/* NANP only: 10 digits, 1 + 10 digits, or +1 and 10 digits. */
static bool named_nanp(const char *s, size_t n)
{
    char d[15];
    size_t m;
    bool plus;
    return phone_canon(s, n, d, &m, &plus) && nanp_digits_ok(d, m, plus);
}

static const struct {
    const char *name;
    bool (*check)(const char *s, size_t n);
} named_checks[] = {
    {"luhn", named_luhn}, {"iban", named_iban}, {"aba", named_aba},
    {"ssn", named_ssn},   {"itin", named_itin}, {"mrz", named_mrz},
    {"ipv4", named_ipv4}, {"ipv6", named_ipv6}, {"email", named_email},
    {"mac", named_mac},   {"nanp", named_nanp},
};

/* Case-insensitive: "IBAN" names the same validator as "iban". */
static bool name_equal(const char *a, const char *lower)
{
    for (; *a && *lower; a++, lower++)
        if (to_upper(*a) != to_upper(*lower))
            return false;
    return *a == *lower;
}

PII_API int pii_validate_named(const char *validator, const char *value, size_t len)
{
    for (size_t i = 0; validator && i < sizeof named_checks / sizeof named_checks[0]; i++) {
        if (!name_equal(validator, named_checks[i].name))
            continue;
        if (value == NULL && len > 0)
            return PII_ERR_NULL;
        if (len == 0 || len > RAW_MAX)
            return 0;
        return named_checks[i].check(value, len) ? 1 : 0;
    }
    return validator == NULL ? PII_ERR_NULL : PII_ERR_UNSUPPORTED;
}
