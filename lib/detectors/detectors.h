/*
 * detectors.h - recognizers: each confirms a candidate's exact shape at a
 * position chosen by the scan loop, validates it and proposes candidates
 * (internal).
 *
 * Contract: a detector reads only s[0 .. v->len), never allocates except
 * through cand_push(), and proposes every candidate with the offsets of the
 * original bytes.  It is called at most once per start position, so its
 * output depends only on the bytes around that position: the property that
 * makes streaming chunk-invariant.
 */
#ifndef PII_DETECTORS_H
#define PII_DETECTORS_H

#include "../internal.h"

/* Called at a word start holding a digit or letter (see scan.c). */
void detect_ssn_itin(const scan_view *v, size_t p);
void detect_card(const scan_view *v, size_t p);
void detect_aba(const scan_view *v, size_t p);
void detect_bank_account(const scan_view *v, size_t p);
/* A number written one digit per box, "6 0 3 - 9 1 - 2 2 7 4" (comb.c);
 * comb_may_start(): whether p may begin one (three boxes, the first). */
void detect_comb(const scan_view *v, size_t p);
bool comb_may_start(const scan_view *v, size_t p);
void detect_phone(const scan_view *v, size_t p); /* also at '+' and '(' */
/* a phone's number after its twin and '/' ("312-946-7780/312-946-7781") */
bool phone_slash_twin_before(const scan_view *v, size_t p);
void detect_ipv4(const scan_view *v, size_t p);
void detect_ipv6(const scan_view *v, size_t p);  /* also at "::" */
void detect_mac(const scan_view *v, size_t p);
void detect_iban(const scan_view *v, size_t p);
void detect_passport(const scan_view *v, size_t p);
void detect_mrz(const scan_view *v, size_t p);
void detect_driver_license(const scan_view *v, size_t p);
/* Called at an '@'. */
void detect_email(const scan_view *v, size_t at);
/* at: the '%' of "%40" */
void detect_email_encoded(const scan_view *v, size_t at);
/* "%2B" and an international number (phone.c) */
void detect_phone_encoded(const scan_view *v, size_t p);
/* Whether the digits d[0, nd), in groups of glen[0, ng) joined by spaces,
 * are a number of the United Kingdom as it writes them (phone.c) */
bool uk_national(const char *d, size_t nd, const size_t *glen, size_t ng);

/* ---- helpers shared by detectors (inline: they run at most words) ---- */

/* Number of ASCII digits at s[p], at most max. */
static inline size_t count_digits(const scan_view *v, size_t p, size_t max)
{
    size_t n = 0;
    while (p + n < v->len && n < max && is_digit(v->s[p + n]))
        n++;
    return n;
}

static inline bool is_joiner(uint8_t c)
{
    return c == '-' || c == '.' || c == '/' || c == '\\' || c == '@';
}

/* Whether "No." or "Nr." ends right before p, a word of its own, and a
 * digit or a capital begins there: a value glued to its label, as forms
 * and printouts have it ("Passport No.520123456", "ACCT NO.6620018839"). */
static inline bool number_abbrev_before(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    if (p < 3 || s[p - 1] != '.' || (s[p - 3] | 0x20) != 'n' || !(is_digit(s[p]) || is_upper(s[p])))
        return false;
    uint8_t c = s[p - 2] | 0x20;
    return (c == 'o' || c == 'r') && !uni_word_before(s, p - 3);
}

/* Whether a token starting at p is the tail of a longer token: a word
 * character before it, or a joiner ('-', '.', '/', '\\', '@', '$') with a word
 * character before that (not "No." and the like: number_abbrev_before()),
 * ':' after a digit, or '?' after a letter or digit (a URL's query). */
/* Whether s[p, p + 3) is a URL-encoded delimiter before a value: a
 * quote, '=', ':', ',', a space, a bracket ... ("%22ssn%22%3A%22574-41-9108",
 * "ssn%3D574-41-9108"), whose digits glue nothing to it (s has len bytes). */
static inline bool url_delimiter_at(const uint8_t *s, size_t len, size_t p)
{
    if (p + 3 > len || s[p] != '%' || !is_hex(s[p + 1]) || !is_hex(s[p + 2]))
        return false;
    unsigned c = hex_digit_value(s[p + 1]) << 4 | hex_digit_value(s[p + 2]);
    return c == ' ' || c == '"' || c == '\'' || c == '(' || c == ',' || c == '/' || c == ':' ||
           c == ';' || c == '=' || c == '?' || c == '[' || c == '{' || c == '&';
}

/* Whether s[a] and s[b] are the '_' pair of an emphasis around a value, as
 * Slack and WhatsApp write italics ("*SSN:* _509-33-8172_"): no word
 * character outside either, only a value's characters between (common.c:
 * out of line, as the two below, so that the boundary checks that ask them
 * stay small). */
bool emphasis_pair(const scan_view *v, size_t a, size_t b);
/* The '_' that closes an emphasis opened at s[p - 1], or SIZE_MAX. */
size_t emphasis_close_after(const scan_view *v, size_t p);
/* Whether the '_' at s[e] closes an emphasis. */
bool emphasis_close_at(const scan_view *v, size_t e);

static inline bool glued_left(const scan_view *v, size_t p)
{
    if (p == 0)
        return false;
    if (v->s[p - 1] == '_' && emphasis_close_after(v, p) != SIZE_MAX)
        return false;
    if (uni_word_before(v->s, p)) /* (a digit after an encoded delimiter is not, nor an
                                    * encoded '+': "whatsapp%3A%2B1415..."; a form's '+'
                                    * there is a space, "%3D+2024-03-01") */
        return !((is_digit(v->s[p]) || v->s[p] == '%') && p >= 3 && v->s[p - 3] == '%' &&
                 url_delimiter_at(v->s, v->len, p - 3));
    uint8_t c = v->s[p - 1];
    if (c == '$')
        return true; /* an amount, not an ID */
    if (p >= 2 && is_joiner(c) && uni_word_before(v->s, p - 1))
        return !number_abbrev_before(v, p);
    /* (but a parameter's digits before it are no time's where a phone's
     * '+' or '(' follows: vCard 4.0's "TEL;TYPE=cell;PREF=1:+33 6 47 21 93
     * 58", WhatsApp's "TEL;type=CELL;waid=16465161877:+1 646-516-1877"; the
     * scan passes those over a glued word, as its start masks) */
    if (p >= 2 && c == ':' && is_digit(v->s[p - 2])) {
        size_t k = p - 2;
        while (k > 0 && p - k < 18 && is_digit(v->s[k - 1]))
            k--;
        return !(k > 0 && v->s[k - 1] == '=' && (v->s[p] == '+' || v->s[p] == '('));
    }
    if (p >= 2 && c == '?' && is_alnum(v->s[p - 2]))
        return true; /* a URL's query: "wsus3setup.cab?2403270814" */
    return false;
}

/* Whether "v6:" or "p6:" ends right before p (p >= 3 and s[p - 1] == ':'
 * asked by the caller): "IPv6:", "ipv6:", "ip6:" label an address glued to
 * them (detect_ipv6(), and the scan that calls it there). */
static inline bool ipv6_version_label(const uint8_t *s, size_t p)
{
    return p >= 3 && s[p - 2] == '6' && ((s[p - 3] | 0x20) == 'v' || (s[p - 3] | 0x20) == 'p');
}

/* Whether an ASCII letter or digit ends one space before p: the token at p
 * follows a word, which may name it ("carrier ref 575281545884"). */
static inline bool after_word(const scan_view *v, size_t p)
{
    return p >= 2 && v->s[p - 1] == ' ' && is_alnum(v->s[p - 2]);
}

/* after_word(), but not after a word that names a phone number itself
 * ("MSISDN 919820147736", "phone 447911123456", "WhatsApp 8613810452279"). */
static inline bool after_other_word(const scan_view *v, size_t p)
{
    static const char *const phone_words[] = {"msisdn", "msisdns", "phone",    "phones", "tel",
                                              "mobile", "cell",    "fax",      "viber",
                                              "wechat", "whatsapp", "caller", "called",
                                              "dialed", "dialled"};
    if (!after_word(v, p))
        return false;
    size_t e = p - 1, b = e;
    while (b > 0 && e - b < 8 && is_alpha(v->s[b - 1]))
        b--;
    /* (a phone's word before "number": "called number 447700913582") */
    if (b >= 3 && v->s[b - 1] == ' ' && is_alpha(v->s[b - 2]) && span_is_ci(v->s, b, e, "number"))
        for (e = b - 1, b = e; b > 0 && e - b < 8 && is_alpha(v->s[b - 1]);)
            b--;
    /* ("Caller ID 447451882093": the caller's ID is a phone's) */
    if (b >= 7 && v->s[b - 1] == ' ' && (b == 7 || !is_alnum(v->s[b - 8])) &&
        span_is_ci(v->s, b, e, "id") && span_is_ci(v->s, b - 7, b - 1, "caller"))
        return false;
    if (b > 0 && is_alnum(v->s[b - 1]))
        return true;
    /* (nor "and" or "or" after a number: a list's next value, "MSISDN
     * 447912384551 and 447825339104") */
    if (b >= 2 && v->s[b - 1] == ' ' && is_digit(v->s[b - 2]) &&
        ((e - b == 3 && to_lower(v->s[b]) == 'a' && to_lower(v->s[b + 1]) == 'n' &&
          to_lower(v->s[b + 2]) == 'd') ||
         (e - b == 2 && to_lower(v->s[b]) == 'o' && to_lower(v->s[b + 1]) == 'r')))
        return false;
    for (size_t k = 0; k < sizeof phone_words / sizeof phone_words[0]; k++)
        if (span_is_ci(v->s, b, e, phone_words[k]))
            return false;
    return true;
}

/* Whether [p, e) is a whole segment of a path: '/' before it, and '/',
 * '?', '#', '&', ';', a quote, a blank or the end after it
 * ("GET /api/users/536-22-1234/profile").  Where a token's shape alone says
 * what it is (a dashed SSN, a card, an IBAN), such a segment is one, though
 * glued_left() takes it for the tail of a longer token. */
static inline bool path_segment(const scan_view *v, size_t p, size_t e)
{
    if (p == 0 || v->s[p - 1] != '/')
        return false;
    if (e >= v->len)
        return true;
    uint8_t c = v->s[e];
    return c == '/' || c == '?' || c == '#' || c == '&' || c == ';' || c == '"' || c == '\'' ||
           c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Whether the digits [p, e) are the account number of a magnetic stripe's
 * track 1, as skimmers and card readers dump it: "%B", the number, '^'
 * and the holder's name ("%B4970786377466471^DELGADO/MARIA^2708..."); the
 * 'B' glued before it is the track's format code, not part of a word. */
static inline bool track1_number(const scan_view *v, size_t p, size_t e)
{
    const uint8_t *s = v->s;
    return p >= 2 && s[p - 1] == 'B' && s[p - 2] == '%' && (p == 2 || !is_alnum(s[p - 3])) &&
           e < v->len && s[e] == '^';
}

/* Whether p follows a field's tag of a SWIFT message at its line's start,
 * ":25:" or ":59F:" (MT940's account, MT103's beneficiary): an account
 * glued to it is a token of its own. */
static inline bool swift_field_before(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    if (p < 4 || s[p - 1] != ':')
        return false;
    size_t k = p - 1;
    if (is_upper(s[k - 1]))
        k--; /* an option's letter */
    return k >= 3 && is_digit(s[k - 1]) && is_digit(s[k - 2]) && s[k - 3] == ':' &&
           (k == 3 || s[k - 4] == '\n');
}

/* Whether p follows the code of a German MT940 statement's subfield of
 * the counterparty's account inside its ":86:" details, "?31" (or "?38",
 * where some banks put the IBAN): an account glued to it is a token of
 * its own ("?30COLSDE33XXX?31DE90370501982818261433?32Fitnessstudio"). */
static inline bool mt940_account_subfield_before(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    return p >= 3 && s[p - 3] == '?' && s[p - 2] == '3' && (s[p - 1] == '1' || s[p - 1] == '8');
}

/* Whether s[p] begins the user of a FreeSWITCH channel's name after its
 * profile ("sofia/external/+12128757901@sbc01.carrier.net",
 * "sofia/internal/4417@pbx.cc.local"): a SIP user, as after "sip:". */
bool sofia_channel_user_at(const uint8_t *s, size_t p);

/* Whether a file's extension follows at e and ends the name there: '.', a
 * common document, image, archive or contact file's suffix, then no letter,
 * digit or '.' ("WhatsApp Chat with +1 (917) 448-2031.zip", a scan saved
 * as "W2 529-81-3307.pdf"): the value is the file's whole name. */
bool file_extension_at(const uint8_t *s, size_t len, size_t e);

/* Whether '.', two capitals or more and ':' or '/' follow a number that
 * ends at e: a record's next field, as Nlets joins them
 * ("OLN:473918204.OLS:NY", "SSN: 332-20-6469.DOB/..."). */
bool next_field_after(const uint8_t *s, size_t len, size_t e);

/* Whether a token ending at e continues: a word character at e, or a joiner
 * ('-', '.', '/', '\\', '@', ':') followed by a word character.  Not a
 * form's next label glued on by text taken from a PDF or a scan, two to
 * twelve capitals and ':' ("SSN:529-81-3307DOB:02/14/1966"), nor a file's
 * extension (file_extension_at()). */
static inline __attribute__((always_inline)) bool glued_right(const scan_view *v, size_t e)
{
    if (e >= v->len)
        return false;
    if (v->s[e] == '_' && emphasis_close_at(v, e))
        return false;
    if (is_upper(v->s[e]) && e > 0 && is_digit(v->s[e - 1])) {
        size_t k = e;
        while (k < v->len && k - e < 13 && is_upper(v->s[k]))
            k++;
        if (k - e >= 2 && k - e <= 12 && k < v->len && v->s[k] == ':')
            return false;
    }
    if (uni_word_at(v->s, v->len, e))
        return true;
    uint8_t c = v->s[e];
    /* (nor a record's next field after '.': next_field_after()) */
    if (c == '.' && e + 1 < v->len && is_upper(v->s[e + 1]) && next_field_after(v->s, v->len, e))
        return false;
    /* (a string's escape is no joiner: "card=4119481927395980\n" ends a
     * line of a JSON log, as Docker writes them; "\t", "\r", "\u0000") */
    if (c == '\\' && e + 1 < v->len &&
        (v->s[e + 1] == 'n' || v->s[e + 1] == 'r' || v->s[e + 1] == 't' ||
         (v->s[e + 1] == 'u' && e + 5 < v->len && is_hex(v->s[e + 2]) && is_hex(v->s[e + 3]) &&
          is_hex(v->s[e + 4]) && is_hex(v->s[e + 5]))))
        return false;
    if ((is_joiner(c) || c == ':') && uni_word_at(v->s, v->len, e + 1))
        return c != '.' || !file_extension_at(v->s, v->len, e);
    return false;
}

/* Whether ':' ends the value at e as a field of a colon-separated record
 * does, as leaked dumps and combolists write them ("+447713186831:pass",
 * "4105664022456437:03/26:677:...", "536-22-1874:Summer2019!"); the
 * caller asks it only of a value whose shape stands alone (an issuer's
 * card, a number with its '+', a dashed SSN).  Not "::". */
static inline bool colon_field_after(const scan_view *v, size_t e)
{
    return e + 1 < v->len && v->s[e] == ':' && v->s[e + 1] != ':' && v->s[e + 1] > ' ';
}

/* Whether a field that booking and payment records put after a value
 * with '/' follows at e, and then no letter or digit: a card's expiry
 * ("4147826875860862/0826"), a passenger's number in an airline record
 * ("+919820147736/P1"), a currency ("AE070331234567890123456/USD").  The
 * value is whole before it. */
static inline bool record_suffix(const scan_view *v, size_t e)
{
    const uint8_t *s = v->s;
    if (e + 3 > v->len || s[e] != '/')
        return false;
    size_t k = e + 1, n = 0;
    if (is_digit(s[k])) { /* MMYY */
        while (k + n < v->len && n < 5 && is_digit(s[k + n]))
            n++;
        if (n != 4 || s[k] > '1')
            return false;
    } else if (s[k] == 'P' && is_digit(s[k + 1])) { /* P1 .. P99 */
        n = 1;
        while (k + n < v->len && n < 4 && is_digit(s[k + n]))
            n++;
        if (n > 3)
            return false;
    } else { /* ABC */
        while (k + n < v->len && n < 4 && is_upper(s[k + n]))
            n++;
        if (n != 3)
            return false;
    }
    return k + n == v->len || !is_alnum(s[k + n]);
}

/* Whether a PNR's passenger number follows at s[e] ("/P1" .. "/P99"), as
 * a booking's contact elements end ("SSR CTCM UA HK1 19179444502/P1"). */
static inline bool passenger_suffix(const scan_view *v, size_t e)
{
    const uint8_t *s = v->s;
    if (e + 3 > v->len || s[e] != '/' || s[e + 1] != 'P' || !is_digit(s[e + 2]))
        return false;
    size_t k = e + 3;
    if (k < v->len && is_digit(s[k]))
        k++;
    return k == v->len || !is_alnum(s[k]);
}

/* Whether [p, e) is the account field of an Amazon Resource Name
 * ("arn:aws:iam::501821753370:root"): between ':', its token beginning
 * "arn:" (the partition, service and region between). */
static inline bool arn_account_field(const scan_view *v, size_t p, size_t e)
{
    const uint8_t *s = v->s;
    if (p < 8 || s[p - 1] != ':' || e >= v->len || s[e] != ':')
        return false;
    size_t q = p - 1;
    while (q > 0 && p - q < 64 && s[q - 1] != ' ' && s[q - 1] != '"' && s[q - 1] != '\'' &&
           s[q - 1] != '\n')
        q--;
    return p - q >= 8 && s[q] == 'a' && s[q + 1] == 'r' && s[q + 2] == 'n' && s[q + 3] == ':';
}

/* Whether p follows an airline record's status code and count and its '/'
 * ("SSR CTCM UA HK1/13128840915/P1"): a field's start, not a token's tail. */
static inline bool ssr_field_before(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    return p >= 4 && s[p - 1] == '/' && is_digit(s[p - 2]) && is_upper(s[p - 3]) &&
           is_upper(s[p - 4]) && (p == 4 || s[p - 5] == ' ');
}

/* Whether the token at [p, e) is one group of a longer sequence of digit
 * groups joined by sep (so a candidate would be only part of a number). */
static inline bool continues_left(const scan_view *v, size_t p, uint8_t sep)
{
    return p >= 2 && v->s[p - 1] == sep && is_digit(v->s[p - 2]);
}

static inline bool continues_right(const scan_view *v, size_t e, uint8_t sep)
{
    return e + 1 < v->len && v->s[e] == sep && is_digit(v->s[e + 1]);
}

/* Whether an ISO date (YYYY-MM-DD) starts at p: alone or leading a
 * timestamp ("2021-05-06T11:13"), it is neither a card nor a license,
 * and every log line starts with one. */
static inline bool iso_date_at(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    return p + 10 <= v->len && count_digits(v, p, 5) == 4 && s[p + 4] == '-' &&
           is_digit(s[p + 5]) && is_digit(s[p + 6]) && s[p + 7] == '-' && is_digit(s[p + 8]) &&
           is_digit(s[p + 9]) && !(p + 10 < v->len && is_digit(s[p + 10]));
}

/* Whether the n digits at s are a date written without separators, as
 * logs and forms write them: YYYYMMDD, YYYYMMDDhhmm, YYYYMMDDhhmmss (an
 * HL7 message's time), or the US MMDDYYYY (a year of 1900 to 2099).
 * Accounts, licenses, passport numbers and phone numbers without their
 * '+' of those lengths need a hotword, and "passport expiry date:
 * 20300115", "DL Exp: 08142027" have one near. */
static inline bool compact_date(const uint8_t *s, size_t n)
{
    if (n != 8 && n != 12 && n != 14)
        return false;
    if (n == 8) { /* MMDDYYYY */
        unsigned m = (s[0] - '0') * 10u + (s[1] - '0'), d = (s[2] - '0') * 10u + (s[3] - '0'),
                 c = (s[4] - '0') * 10u + (s[5] - '0');
        if ((c == 19 || c == 20) && m >= 1 && m <= 12 && d >= 1 && d <= 31)
            return true;
    }
    unsigned y = (s[0] - '0') * 10u + (s[1] - '0');
    unsigned mo = (s[4] - '0') * 10u + (s[5] - '0'), d = (s[6] - '0') * 10u + (s[7] - '0');
    if ((y != 19 && y != 20) || mo < 1 || mo > 12 || d < 1 || d > 31)
        return false;
    if (n == 8)
        return true;
    unsigned h = (s[8] - '0') * 10u + (s[9] - '0'), mi = (s[10] - '0') * 10u + (s[11] - '0'),
             sec = n == 14 ? (s[12] - '0') * 10u + (s[13] - '0') : 0;
    return h < 24 && mi < 60 && sec < 61;
}

/* Propose a candidate.  base: score without context; with_ctx: score when
 * a hotword for the entity is near (0 when context does not change it). */
cand *propose(const scan_view *v, int entity, size_t start, size_t end, float base,
              float with_ctx, uint16_t flags, const char *subtype);

#endif
