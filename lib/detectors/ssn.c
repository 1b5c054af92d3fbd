/*
 * ssn.c - US Social Security and Individual Taxpayer Identification Numbers.
 *
 * Shapes: AAA-GG-SSSS with one separator kind ('-', ' ' or '.', or " - "
 * as forms taken from PDFs space the dashes), or nine bare digits.  Issuance rules decide SSN versus ITIN (an ITIN starts with 9,
 * which no SSN does), so one shape yields at most one of them.  The dashed
 * form is distinctive enough to report alone; spaced, dotted and bare forms
 * need a hotword.
 */
#include "../validators/validators.h"
#include "detectors.h"

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
        if (glued_left(v, p) || glued_right(v, end))
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
        for (int i = 0; i < 3; i++)
            canon[i] = (char)s[p + i];
        canon[3] = (char)s[p + 6];
        canon[4] = (char)s[p + 7];
        for (int i = 0; i < 4; i++)
            canon[5 + i] = (char)s[p + 11 + i];
        base = 0.4f;
    } else if (n1 == 3 && p + 11 <= v->len) {
        uint8_t sep = s[p + 3];
        if (sep != '-' && sep != ' ' && sep != '.')
            return;
        if (count_digits(v, p + 4, 3) != 2 || s[p + 6] != sep || count_digits(v, p + 7, 5) != 4)
            return;
        end = p + 11;
        if (glued_left(v, p) || continues_left(v, p, sep) || glued_right(v, end) ||
            continues_right(v, end, sep))
            return;
        for (int i = 0; i < 3; i++)
            canon[i] = (char)s[p + i];
        canon[3] = (char)s[p + 4];
        canon[4] = (char)s[p + 5];
        for (int i = 0; i < 4; i++)
            canon[5 + i] = (char)s[p + 7 + i];
        base = sep == '-' ? 0.6f : 0.4f;
    } else {
        return;
    }
    if (pii_ssn_ok(canon))
        propose(v, PII_US_SSN, p, end, base, 0.95f, PII_FLAG_VALIDATED, NULL);
    else if (pii_itin_ok(canon))
        propose(v, PII_US_ITIN, p, end, base, 0.95f, PII_FLAG_VALIDATED, NULL);
}
