/*
 * phone.c - telephone numbers: North American (NANP) and international E.164.
 *
 * Accepted written forms: "+CC groups" with ' ', '-' or '.' between groups and
 * an optional "(area)" group or "(0)" trunk prefix; NANP "(NPA) NXX-XXXX",
 * "NPA-NXX-XXXX", "NPA.NXX.XXXX", "NPA NXX XXXX", "1-NPA-NXX-XXXX" and ten
 * bare digits.  NANP numbers must follow the numbering plan (no area or
 * exchange code starting with 0 or 1, no N11 codes), which rejects most
 * serial and part numbers of the same shape.
 */
#include "../validators/validators.h"
#include "detectors.h"

#define MAX_GROUPS 8

void detect_phone(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_PHONE_NUMBER)))
        return;
    const uint8_t *s = v->s;
    if (glued_left(v, p))
        return;
    char digits[16];
    size_t nd = 0, q = p;
    size_t glen[MAX_GROUPS];
    size_t ngroups = 0;
    uint8_t first_sep = 0;
    bool mixed = false, plus = false, paren_first = false, paren_second = false;

    if (s[q] == '+') {
        plus = true;
        q++;
        if (q >= v->len || !is_digit(s[q]))
            return;
    }
    size_t before_sep = q; /* where the number ends if what follows a separator is not part of it */
    for (;;) {
        size_t g;
        if (q < v->len && s[q] == '(') {
            g = count_digits(v, q + 1, 5);
            if (g < 1 || g > 4 || q + 1 + g >= v->len || s[q + 1 + g] != ')') {
                q = before_sep; /* "555-123-4567 (work)": the note is not part of it */
                break;
            }
            bool trunk_zero = plus && g == 1 && s[q + 1] == '0';
            if (!trunk_zero) {
                if (nd + g > 15)
                    return;
                for (size_t i = 0; i < g; i++)
                    digits[nd++] = (char)s[q + 1 + i];
                if (ngroups == 0)
                    paren_first = true;
                else if (ngroups == 1)
                    paren_second = true;
            }
            q += g + 2;
            if (q < v->len && s[q] == ' ')
                q++;
            else if (q < v->len && !is_digit(s[q]))
                break;
            if (!trunk_zero && ngroups < MAX_GROUPS)
                glen[ngroups++] = g;
            if (q >= v->len || !is_digit(s[q]))
                return;
            continue;
        }
        if (q >= v->len || !is_digit(s[q]))
            break;
        g = count_digits(v, q, 16);
        if (nd + g > 15)
            return;
        for (size_t i = 0; i < g; i++)
            digits[nd++] = (char)s[q + i];
        if (ngroups == MAX_GROUPS)
            return;
        glen[ngroups++] = g;
        q += g;
        before_sep = q;
        if (q + 1 < v->len && (s[q] == ' ' || s[q] == '-' || s[q] == '.') &&
            (is_digit(s[q + 1]) || s[q + 1] == '(')) {
            uint8_t sep = s[q];
            q++;
            if (s[q] == '(' && (q + 1 >= v->len || !is_digit(s[q + 1]))) {
                q = before_sep;
                break;
            }
            if (!first_sep)
                first_sep = sep;
            else if (sep != first_sep)
                mixed = true;
            continue;
        }
        break;
    }
    size_t end = q;
    if (nd == 0 || glued_right(v, end))
        return;
    if (first_sep && (continues_right(v, end, first_sep) ||
                      (!plus && !paren_first && continues_left(v, p, first_sep))))
        return;

    float base;
    if (plus) {
        if (nd < 8)
            return;
        bool ok = (nd == 11 && digits[0] == '1') ? pii_nanp_ok(digits + 1) : pii_e164_ok(digits, nd);
        if (!ok)
            return;
        base = ngroups >= 2 ? 0.75f : 0.6f;
    } else {
        const char *nanp;
        size_t g0 = 0;
        if (nd == 11 && digits[0] == '1' && ngroups >= 2 && glen[0] == 1) {
            nanp = digits + 1;
            g0 = 1;
        } else if (nd == 10) {
            nanp = digits;
        } else {
            return;
        }
        if (!pii_nanp_ok(nanp))
            return;
        size_t rest = ngroups - g0;
        if ((paren_first && ngroups == 3 && glen[0] == 3) ||
            (paren_second && g0 == 1 && rest == 3 && glen[1] == 3)) {
            base = 0.75f; /* (212) 555-0199, 1 (212) 555-0199 */
        } else if (rest == 3 && glen[g0] == 3 && glen[g0 + 1] == 3 && glen[g0 + 2] == 4 && !mixed) {
            base = first_sep == ' ' ? 0.5f : 0.6f;
        } else if (rest == 1 && ngroups == 1) {
            base = BARE_SCORE_MAX; /* ten bare digits: needs a hotword */
        } else {
            return;
        }
    }
    propose(v, PII_PHONE_NUMBER, p, end, base, 0.95f, PII_FLAG_VALIDATED, NULL);
}
