/*
 * comb.c - numbers written one digit per box, as forms print their comb
 * fields and OCR or pdftotext reads them back with a space between the
 * boxes: "6 0 3 - 9 1 - 2 2 7 4", "4 4 1 9 0 2 7 7 3 5 1".
 *
 * Nine digits may be an SSN's or an ITIN's (with the dashes of AAA-GG-SSSS
 * or without) or a routing number's (its checksum holding); seven to
 * seventeen an account's.  No shape of this kind stands alone: each needs
 * its entity's hotword (a form's label), as bare digits do.
 */
#include "../validators/validators.h"
#include "detectors.h"

#define COMB_MAX 17

bool comb_may_start(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    /* three boxes at least, "d d d", and p the first of them (no "d "
     * right before it) */
    return p + 5 < v->len && is_digit(s[p]) && s[p + 1] == ' ' && is_digit(s[p + 2]) &&
           s[p + 3] == ' ' && is_digit(s[p + 4]) && !is_digit(s[p + 5]) &&
           !(p >= 2 && s[p - 1] == ' ' && is_digit(s[p - 2]));
}

void detect_comb(const scan_view *v, size_t p)
{
    const uint32_t wanted = ENTITY_MASK(PII_US_SSN) | ENTITY_MASK(PII_US_ITIN) |
                            ENTITY_MASK(PII_ABA_ROUTING_NUMBER) | ENTITY_MASK(PII_US_BANK_NUMBER);
    if (!(v->enabled & wanted) || !comb_may_start(v, p) || glued_left(v, p))
        return;
    const uint8_t *s = v->s;
    /* (nor the boxes after an SSN's spaced dash: "6 0 3 - 9 1 ...") */
    if (p >= 4 && s[p - 1] == ' ' && s[p - 2] == '-' && s[p - 3] == ' ' && is_digit(s[p - 4]))
        return;
    char d[COMB_MAX];
    size_t nd = 0, q = p, dash[2] = {0, 0}, ndash = 0;
    for (;;) {
        if (nd == COMB_MAX || (q + 1 < v->len && is_digit(s[q + 1])))
            return; /* too long, or a box of two digits: no comb of ours */
        d[nd++] = (char)s[q++];
        if (q + 1 < v->len && s[q] == ' ' && is_digit(s[q + 1])) {
            q++;
            continue;
        }
        /* an SSN's dash between its boxes, spaced or not */
        size_t w = q + 3 < v->len && s[q] == ' ' && s[q + 1] == '-' && s[q + 2] == ' ' &&
                           is_digit(s[q + 3])
                       ? 3
                   : q + 1 < v->len && s[q] == '-' && is_digit(s[q + 1]) ? 1
                                                                         : 0;
        if (w && ndash < 2) {
            dash[ndash++] = nd;
            q += w;
            continue;
        }
        break;
    }
    size_t end = q;
    if (nd < 7 || glued_right(v, end) ||
        (end + 1 < v->len && s[end] == '-' && is_digit(s[end + 1])))
        return;
    if (ndash && (nd != 9 || ndash != 2 || dash[0] != 3 || dash[1] != 5))
        return;
    if (nd == 9) {
        if (pii_ssn_ok(d) && (v->enabled & ENTITY_MASK(PII_US_SSN)))
            propose(v, PII_US_SSN, p, end, BARE_SCORE_MAX, 0.95f, PII_FLAG_VALIDATED, NULL);
        else if (pii_itin_ok(d) && (v->enabled & ENTITY_MASK(PII_US_ITIN)))
            propose(v, PII_US_ITIN, p, end, BARE_SCORE_MAX, 0.95f, PII_FLAG_VALIDATED, NULL);
        if (!ndash && pii_aba_ok(d) && (v->enabled & ENTITY_MASK(PII_ABA_ROUTING_NUMBER)))
            propose(v, PII_ABA_ROUTING_NUMBER, p, end, BARE_SCORE_MAX, 0.95f, PII_FLAG_VALIDATED,
                    NULL);
    }
    if (!ndash && (v->enabled & ENTITY_MASK(PII_US_BANK_NUMBER)))
        propose(v, PII_US_BANK_NUMBER, p, end, 0.05f, 0.8f, 0, NULL);
}
