/*
 * card.c - payment card numbers (PAN).
 *
 * 12-19 digits, either contiguous or in groups joined by one separator kind
 * (' ' or '-'), the first group of four (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3 ...);
 * with '.' only an issuer's number in 4-4-4-4 or 4-6-5.
 * The whole digit sequence must be the number: a card shape inside a longer
 * sequence (tracking numbers) is not a card.  Luhn must pass; an issuer (IIN
 * range with its lengths) makes it a card on its own, a Luhn-valid number of
 * no known issuer needs a hotword.
 *
 * A card is often followed by its expiry date or security code ("4111 1111
 * 1111 1111 12/26", "378282246310005 123").  What follows after a space is
 * another number, not more of the card, unless it is a group of four (which
 * continues groups of four, as tracking numbers have them): a complete
 * grouping (4-4-4-4 or Amex 4-6-5) of an issuer's valid number stands on its
 * own when the group after it is none of the card's.
 */
#include "../validators/validators.h"
#include "detectors.h"

/* Whether the four digits at d read as an expiry's month and year,
 * 01-12 and 20-39. */
static bool expiry_mmyy(const uint8_t *d)
{
    return ((d[0] == '0' && d[1] >= '1') || (d[0] == '1' && d[1] <= '2')) &&
           (d[2] == '2' || d[2] == '3');
}

/* Whether the digits at s[p] are the path right after the host of a URL
 * with user information ("https://<key>@o4506812345.ingest.sentry.io/
 * 4506859178376976"): a Sentry DSN's project, not a card. */
static bool dsn_project(const uint8_t *s, size_t p)
{
    if (p < 8 || s[p - 1] != '/')
        return false;
    size_t k = p - 1;
    while (k > 0 && p - k < 128 && (is_alnum(s[k - 1]) || s[k - 1] == '.' || s[k - 1] == '-'))
        k--; /* the host */
    if (k == 0 || s[k - 1] != '@')
        return false;
    for (k--; k > 2 && p - k < 256 && s[k - 1] > ' ' && s[k - 1] != '/' && s[k - 1] != '@';)
        k--; /* the user information */
    return k >= 3 && s[k - 1] == '/' && s[k - 2] == '/' && s[k - 3] == ':';
}

/* Whether track 2's separator follows the number at e as ISO 8583 and
 * EMV's tag 57 write it, 'D' and the expiry and service code's seven
 * digits ("4266847906876383D27082011758900000000F"). */
static bool track2_separator(const scan_view *v, size_t e)
{
    if (e + 8 > v->len || v->s[e] != 'D')
        return false;
    for (size_t k = e + 1; k < e + 8; k++)
        if (!is_digit(v->s[k]))
            return false;
    return true;
}

/* Whether the digits at p follow a track 2 account number and its '='
 * ("4379836572670836=27082011234567890"): the expiry, service code and
 * discretionary data, not a number of their own. */
static bool track2_tail(const scan_view *v, size_t p)
{
    if (p < 13 || v->s[p - 1] != '=')
        return false;
    size_t k = p - 1;
    while (k > 0 && p - 1 - k < 20 && is_digit(v->s[k - 1]))
        k--;
    return p - 1 - k >= 12;
}

void detect_card(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_CREDIT_CARD)))
        return;
    const uint8_t *s = v->s;
    char canon[19];
    size_t nd = 0, end;
    bool grouped = false;
    size_t n1 = count_digits(v, p, 20);
    bool glued = glued_left(v, p); /* (a path's segment may be one: below) */
    /* (track 1's "%B" before it: an issuer's number only, below) */
    bool track1 = track1_number(v, p, p + n1);
    if (track1)
        glued = false;
    if (p > 0 && s[p - 1] == '+')
        return; /* an international phone number ("+4930567950062,,83957214406#") */
    if (dsn_project(s, p))
        return;
    if (p >= 2 && s[p - 1] == '=' && s[p - 2] == '=')
        return; /* a MIME boundary, as Python and Mailman make them ("===============4417229177301144==") */
    if (n1 >= 12 && n1 <= 19) {
        end = p + n1;
        /* (but four digits that read as an expiry's MMYY, a card dump's
         * "4526018159083012 0827 123") */
        if (continues_right(v, end, '-') ||
            (continues_right(v, end, ' ') && count_digits(v, end + 1, 5) == 4 &&
             !expiry_mmyy(s + end + 1)))
            return;
        for (size_t i = 0; i < n1; i++)
            canon[nd++] = (char)s[p + i];
    } else if (n1 == 4 && p + 5 < v->len &&
               (s[p + 4] == ' ' || s[p + 4] == '-' || s[p + 4] == '.') && !iso_date_at(v, p)) {
        uint8_t sep = s[p + 4];
        if (continues_left(v, p, sep))
            return;
        for (size_t i = 0; i < 4; i++)
            canon[nd++] = (char)s[p + i];
        size_t q = p + 4;
        size_t glen[5] = {4}, ng = 1;
        while (continues_right(v, q, sep)) {
            size_t g = count_digits(v, q + 1, 7);
            if (g > 6 || nd + g > 19)
                return; /* longer than any card: another kind of number */
            for (size_t i = 0; i < g; i++)
                canon[nd++] = (char)s[q + 1 + i];
            if (ng < 5)
                glen[ng] = g;
            ng++;
            q += 1 + g;
        }
        end = q;
        grouped = true;
        /* dots join many kinds of numbers: only an issuer's 4-4-4-4 or
         * Amex's 4-6-5 (checked below) is a card */
        if (sep == '.' && !((ng == 4 && glen[1] == 4 && glen[2] == 4 && glen[3] == 4) ||
                            (ng == 3 && glen[1] == 6 && glen[2] == 5)))
            return;
        if (sep == ' ' && !(nd >= 12 && !glued_right(v, end) && pii_luhn_ok(canon, nd) &&
                            pii_card_brand(canon, nd) != CARD_NONE)) {
            /* a complete grouping and then another number (expiry, code) */
            size_t whole = 0;
            if (ng >= 5 && glen[0] == 4 && glen[1] == 4 && glen[2] == 4 && glen[3] == 4 &&
                glen[4] != 4)
                whole = 16;
            else if (ng >= 4 && glen[0] == 4 && glen[1] == 6 && glen[2] == 5)
                whole = 15;
            if (whole) {
                size_t ngroups = whole == 16 ? 4 : 3;
                if (pii_luhn_ok(canon, whole) && pii_card_brand(canon, whole) != CARD_NONE) {
                    nd = whole;
                    end = p + whole + ngroups - 1; /* the digits and a space between groups */
                }
            }
        }
    } else {
        return;
    }
    /* (a path's segment ends at '/' whatever follows) */
    bool seg = !grouped && path_segment(v, p, end);
    /* (a field of a booking's or a gateway's record after it: its expiry,
     * "4147826875860862/0826": an issuer's card only, below) */
    bool suffix = !grouped && !glued && (record_suffix(v, end) || track2_separator(v, end));
    /* (or the next field of a dump's colon-separated record: an issuer's
     * card only too) */
    bool colon = !glued && colon_field_after(v, end);
    if (nd < 12 || (glued_right(v, end) && !seg && !suffix && !colon) || (glued && !seg) ||
        (nd == 12 && arn_account_field(v, p, end)) || track2_tail(v, p))
        return;
    if (!pii_luhn_ok(canon, nd))
        return;
    /* a round amount in a currency's smallest unit ("value":
     * "4300000000000000000", 4.3 ETH in wei), not an account's digits */
    size_t zeros = 0;
    while (zeros < nd && canon[nd - 1 - zeros] == '0')
        zeros++;
    if (zeros >= 8 && !grouped)
        return;
    card_brand brand = pii_card_brand(canon, nd);
    if ((glued || suffix || colon || (!grouped && track1)) && brand == CARD_NONE)
        return;
    if (brand == CARD_NONE && grouped && s[p + 4] == '.')
        return;
    /* (no card's major industry identifier is 0, and 1 is the airlines':
     * UATP's fifteen digits; "1234 5678 9012 3452" passes Luhn only) */
    if (brand == CARD_NONE && (canon[0] == '0' || (canon[0] == '1' && nd != 15)))
        return;
    if (brand != CARD_NONE)
        propose(v, PII_CREDIT_CARD, p, end, grouped ? 0.9f : 0.75f, 1.0f, PII_FLAG_VALIDATED,
                pii_card_brand_name(brand));
    else
        propose(v, PII_CREDIT_CARD, p, end, 0.2f, 0.7f, PII_FLAG_VALIDATED, NULL);
}
