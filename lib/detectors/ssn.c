/*
 * ssn.c - US Social Security and Individual Taxpayer Identification Numbers.
 *
 * Shapes: AAA-GG-SSSS with one separator kind ('-', ' ' or '.', or " - "
 * as forms taken from PDFs space the dashes), or nine bare digits.  Issuance rules decide SSN versus ITIN (an ITIN starts with 9,
 * which no SSN does), so one shape yields at most one of them.  The dashed
 * form is distinctive enough to report alone; spaced, dotted and bare forms
 * need a hotword.
 */
#include <string.h>

#include "../validators/validators.h"
#include "detectors.h"

/* The nine digits of an area at s[p], a group at s[g] and a serial at
 * s[q], as one string. */
static void canon_of(const uint8_t *s, size_t p, size_t g, size_t q, char canon[9])
{
    memcpy(canon, s + p, 3);
    memcpy(canon + 3, s + g, 2);
    memcpy(canon + 5, s + q, 4);
}

/* Whether a beneficiary's code is glued to the number that ends at e, as
 * SSA and Medicare append one to a claim's number: a capital and maybe a
 * digit, then the word's end ("SS Claim Number 229417763A", "512-44-8193B1").
 * The number then needs a hotword. */
static bool claim_suffix(const scan_view *v, size_t e)
{
    if (e >= v->len || !is_upper(v->s[e]))
        return false;
    size_t k = e + 1 + (e + 1 < v->len && is_digit(v->s[e + 1]));
    return !glued_right(v, k);
}

void detect_ssn_itin(const scan_view *v, size_t p)
{
    if (!(v->enabled & (ENTITY_MASK(PII_US_SSN) | ENTITY_MASK(PII_US_ITIN))))
        return;
    const uint8_t *s = v->s;
    char canon[9];
    size_t end;
    float base;
    size_t n1 = count_digits(v, p, 10);
    if (n1 == 9) {
        end = p + 9;
        if (glued_left(v, p) || (glued_right(v, end) && !claim_suffix(v, end)))
            return;
        for (int i = 0; i < 9; i++)
            canon[i] = (char)s[p + i];
        base = BARE_SCORE_MAX; /* nine bare digits: needs a hotword */
    } else if (n1 == 3 && p + 15 <= v->len && s[p + 3] == ' ' && s[p + 4] == '-' &&
               s[p + 5] == ' ' && count_digits(v, p + 6, 3) == 2 && s[p + 8] == ' ' &&
               s[p + 9] == '-' && s[p + 10] == ' ' && count_digits(v, p + 11, 5) == 4) {
        /* "389 - 21 - 6650": a form's dashes spaced apart, as text taken
         * from a PDF has them */
        end = p + 15;
        if (glued_left(v, p) || glued_right(v, end) ||
            (end + 3 < v->len && s[end] == ' ' && s[end + 1] == '-' && s[end + 2] == ' ' &&
             is_digit(s[end + 3])) ||
            (p >= 4 && s[p - 1] == ' ' && s[p - 2] == '-' && s[p - 3] == ' ' && is_digit(s[p - 4])))
            return; /* (a group of a longer chain) */
        canon_of(s, p, p + 6, p + 11, canon);
        base = 0.4f;
    } else if (n1 == 3 && p + 11 <= v->len) {
        uint8_t sep = s[p + 3];
        if (sep != '-' && sep != ' ' && sep != '.')
            return;
        if (count_digits(v, p + 4, 3) != 2 || s[p + 6] != sep || count_digits(v, p + 7, 5) != 4)
            return;
        end = p + 11;
        /* (a path's segment ends at '/' whatever follows) */
        bool seg = sep == '-' && path_segment(v, p, end);
        /* (a dump's next field after ':' ends a dashed one) */
        bool colon = sep == '-' && colon_field_after(v, end);
        bool suffix = glued_right(v, end) && !seg && !colon && claim_suffix(v, end);
        if ((glued_left(v, p) && !seg) || continues_left(v, p, sep) ||
            (glued_right(v, end) && !seg && !colon && !suffix) || continues_right(v, end, sep))
            return;
        canon_of(s, p, p + 4, p + 7, canon);
        base = suffix ? BARE_SCORE_MAX : sep == '-' ? 0.6f : 0.4f;
    } else {
        return;
    }
    if (pii_ssn_ok(canon))
        propose(v, PII_US_SSN, p, end, base, 0.95f, PII_FLAG_VALIDATED, NULL);
    else if (pii_itin_ok(canon))
        propose(v, PII_US_ITIN, p, end, base, 0.95f, PII_FLAG_VALIDATED, NULL);
}
