/*
 * mac.c - MAC-48 / EUI-48 hardware addresses: six hex pairs joined by ':' or
 * '-' (one kind), or Cisco's three dotted groups of four.
 */
#include "../validators/validators.h"
#include "detectors.h"

void detect_mac(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_MAC_ADDRESS)))
        return;
    const uint8_t *s = v->s;
    size_t end;
    if (p + 17 <= v->len && is_hex(s[p]) && is_hex(s[p + 1]) &&
        (s[p + 2] == ':' || s[p + 2] == '-') && s[p + 5] == s[p + 2] && s[p + 8] == s[p + 2]) {
        end = p + 17;
    } else if (p + 14 <= v->len && s[p + 4] == '.' && s[p + 9] == '.') {
        end = p + 14;
    } else {
        return;
    }
    if (glued_left(v, p) || (p > 0 && s[p - 1] == ':'))
        return;
    if (end < v->len) {
        if (uni_word_at(s, v->len, end))
            return;
        uint8_t c = s[end];
        if ((c == ':' || c == '-' || c == '.') && end + 1 < v->len && is_hex(s[end + 1]))
            return; /* longer: an IPv6 address or other hex sequence */
    }
    if (!pii_mac_ok((const char *)s + p, end - p))
        return;
    propose(v, PII_MAC_ADDRESS, p, end, 0.7f, 0.95f, PII_FLAG_VALIDATED, NULL);
}
