/*
 * mac.c - MAC-48 / EUI-48 hardware addresses: six hex pairs joined by ':' or
 * '-' (one kind), or Cisco's three dotted groups of four; and the two in
 * a Linux firewall log's MAC= field, fourteen pairs joined by ':' (the
 * destination's six, the source's six and the EtherType:
 * "MAC=00:16:3e:5a:1b:2c:52:54:00:12:34:56:08:00").  Twelve hex digits
 * with no separator ("3c5ab4129e01") count only after a hotword
 * (context.c): digits and letters of one case both, as devices print them
 * (hashes and IDs are longer; random tokens mix cases).
 */
#include "../validators/validators.h"
#include "detectors.h"

/* Whether s[p, p + 41) is fourteen hex pairs joined by ':' and nothing
 * more of the kind follows. */
static bool netfilter_macs(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    if (p + 41 > v->len)
        return false;
    for (size_t i = 0; i < 41; i += 3)
        if (!is_hex(s[p + i]) || !is_hex(s[p + i + 1]) || (i < 39 && s[p + i + 2] != ':'))
            return false;
    return !(p + 41 < v->len && (s[p + 41] == ':' || uni_word_at(s, v->len, p + 41)));
}

/* Whether s[p, p + 12) is twelve hex digits and no hex digit follows
 * (what else a MAC address written so must be, pii_mac_ok() checks). */
static bool bare_mac_at(const scan_view *v, size_t p)
{
    const uint8_t *s = v->s;
    if (p + 12 > v->len || (p + 12 < v->len && is_hex(s[p + 12])))
        return false;
    for (size_t i = 0; i < 12; i++)
        if (!is_hex(s[p + i]))
            return false;
    return true;
}

void detect_mac(const scan_view *v, size_t p)
{
    if (!(v->enabled & ENTITY_MASK(PII_MAC_ADDRESS)))
        return;
    const uint8_t *s = v->s;
    size_t end;
    float base = 0.7f;
    if (p + 17 <= v->len && is_hex(s[p]) && is_hex(s[p + 1]) &&
        (s[p + 2] == ':' || s[p + 2] == '-') && s[p + 5] == s[p + 2] && s[p + 8] == s[p + 2]) {
        end = p + 17;
    } else if (p + 14 <= v->len && s[p + 4] == '.' && s[p + 9] == '.') {
        end = p + 14;
    } else if (bare_mac_at(v, p)) {
        end = p + 12;
        base = BARE_SCORE_MAX;
    } else {
        return;
    }
    /* (after ':' a group of a longer address; not the bare form's
     * "mac:3c5ab4129e01") */
    if (glued_left(v, p) || (p > 0 && s[p - 1] == ':' && end - p != 12))
        return;
    if (end < v->len) {
        if (uni_word_at(s, v->len, end))
            return;
        uint8_t c = s[end];
        if (c == ':' && netfilter_macs(v, p)) {
            for (size_t at = p; at <= p + 18; at += 18)
                if (pii_mac_ok((const char *)s + at, 17))
                    propose(v, PII_MAC_ADDRESS, at, at + 17, 0.7f, 0.95f, PII_FLAG_VALIDATED,
                            NULL);
            return;
        }
        if ((c == ':' || c == '-' || c == '.') && end + 1 < v->len && is_hex(s[end + 1])) {
            /* longer: an IPv6 address or other hex sequence; but a word
             * after ':' is a network's name (RADIUS' Called-Station-Id
             * "70-DB-98-12-34-80:eduroam") */
            size_t h = end + 1;
            while (h < v->len && h < end + 6 && is_hex(s[h]))
                h++;
            /* (a letter no hex digit is, maybe after a '-' or '_': the
             * name "dc07-scan") */
            while (c == ':' && h < v->len && h < end + 33 &&
                   (is_hex(s[h]) || s[h] == '-' || s[h] == '_'))
                h++;
            if (c != ':' || h == v->len || !is_alpha(s[h]))
                return;
        }
    }
    if (!pii_mac_ok((const char *)s + p, end - p))
        return;
    propose(v, PII_MAC_ADDRESS, p, end, base, 0.95f, PII_FLAG_VALIDATED, NULL);
}
