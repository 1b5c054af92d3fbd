/*
 * bank.c - ABA routing transit numbers and US bank account numbers.
 *
 * Both are plain digit strings that look like many other numbers, so both
 * need a hotword.  A routing number must pass the 3-7-1 checksum with a
 * Federal Reserve prefix; it is written as nine digits or XXXX-XXXX-X.  An
 * account number is 7-17 digits with no checksum at all.
 */
#include "../validators/validators.h"
#include "detectors.h"

void detect_aba(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_ABA_ROUTING_NUMBER)))
        return;
    const uint8_t *s = v->s;
    char canon[9];
    size_t end;
    size_t n1 = count_digits(v, p, 10);
    if (n1 == 9) {
        end = p + 9;
        if (glued_left(v, p) || glued_right(v, end))
            return;
        for (int i = 0; i < 9; i++)
            canon[i] = (char)s[p + i];
    } else if (n1 == 4 && p + 11 <= v->len && s[p + 4] == '-' && count_digits(v, p + 5, 5) == 4 &&
               s[p + 9] == '-' && count_digits(v, p + 10, 2) == 1) {
        end = p + 11;
        if (glued_left(v, p) || continues_left(v, p, '-') || glued_right(v, end) ||
            continues_right(v, end, '-'))
            return;
        for (int i = 0; i < 4; i++) {
            canon[i] = (char)s[p + i];
            canon[4 + i] = (char)s[p + 5 + i];
        }
        canon[8] = (char)s[p + 10];
    } else {
        return;
    }
    if (pii_aba_ok(canon))
        propose(v, PII_ABA_ROUTING_NUMBER, p, end, BARE_SCORE_MAX, 0.95f, PII_FLAG_VALIDATED, NULL);
}

void detect_bank_account(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_US_BANK_NUMBER)))
        return;
    size_t n = count_digits(v, p, 18);
    if (n < 7 || n > 17)
        return;
    if (glued_left(v, p) || glued_right(v, p + n) || continues_left(v, p, '-') ||
        continues_right(v, p + n, '-'))
        return;
    propose(v, PII_US_BANK_NUMBER, p, p + n, 0.05f, 0.8f, 0, NULL);
}
