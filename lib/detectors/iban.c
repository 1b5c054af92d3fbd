/*
 * iban.c - International Bank Account Numbers.
 *
 * Written compact ("DE89370400440532013000") or in groups of four joined by
 * spaces ("DE89 3704 0044 0532 0130 00"; two at most) or dashes.  The
 * registry length of the country says exactly how many characters to
 * take; the validator then checks the BBAN structure and mod 97.  A
 * failed checksum drops the candidate, a passing one is near certain.
 */
#include "../validators/validators.h"
#include "detectors.h"

void detect_iban(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_IBAN_CODE)))
        return;
    const uint8_t *s = v->s;
    if (p + 4 > v->len || !is_alpha(s[p]) || !is_alpha(s[p + 1]) || !is_digit(s[p + 2]) ||
        !is_digit(s[p + 3]))
        return;
    char cc[3] = {(char)to_upper(s[p]), (char)to_upper(s[p + 1]), 0};
    unsigned want = pii_iban_country_length(cc);
    if (want == 0)
        return;
    bool glued = glued_left(v, p); /* (a path's segment may be one: below) */
    char canon[34];
    size_t n = 0, q = p;
    /* compact: the alphanumeric run must be exactly the registry length */
    size_t run = 0;
    while (p + run < v->len && is_alnum(s[p + run]) && run <= want)
        run++;
    if (run == want) {
        for (size_t i = 0; i < want; i++)
            canon[n++] = (char)to_upper(s[p + i]);
        q = p + want;
    } else if (run == 4 && p + 5 < v->len && (s[p + 4] == ' ' || s[p + 4] == '-')) {
        uint8_t sep = s[p + 4];
        for (size_t i = 0; i < 4; i++)
            canon[n++] = (char)to_upper(s[p + i]);
        q = p + 4;
        while (n < want) {
            if (q + 1 >= v->len || s[q] != sep)
                return;
            /* (two spaces between two groups: as OCR of a printed form
             * sets them apart at times) */
            size_t w = sep == ' ' && s[q + 1] == ' ' ? 2 : 1;
            if (q + w >= v->len || !is_alnum(s[q + w]))
                return;
            q += w;
            size_t g = 0;
            while (q < v->len && is_alnum(s[q]) && g < 4)
                canon[n++] = (char)to_upper(s[q++]), g++;
            if (n > want || (g < 4 && n < want))
                return;
        }
        if (q < v->len && is_alnum(s[q]))
            return; /* a fifth character in the last group */
    } else {
        return;
    }
    bool seg = path_segment(v, p, q); /* (which ends at '/' whatever follows) */
    if ((glued_right(v, q) || glued) && !seg)
        return;
    if (!pii_iban_ok(canon, n))
        return;
    propose(v, PII_IBAN_CODE, p, q, 0.95f, 1.0f, PII_FLAG_VALIDATED, cc);
}
