/*
 * luhn_card.c - Luhn mod-10 and payment card brand by IIN range and length.
 *
 * IIN ranges and lengths follow the networks' published acceptance ranges
 * as summarised by ISO/IEC 7812 issuer tables (Visa, Mastercard incl. the
 * 2-series, Amex, Discover incl. the UnionPay co-brand 622126-622925, JCB,
 * Diners Club, UnionPay, Maestro, Mir, RuPay, Troy).
 */
#include "validators.h"

bool pii_luhn_ok(const char *digits, size_t n)
{
    unsigned sum = 0;
    bool dbl = false;

    if (digits == NULL || n < 2)
        return false;
    /* From the rightmost digit (the check digit) leftwards, double every
     * second digit; a doubled digit above 9 contributes its digit sum. */
    for (size_t i = n; i-- > 0;) {
        unsigned d = (unsigned)(unsigned char)digits[i] - '0';
        if (d > 9)
            return false;
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

#define LEN(x) (1u << (x))
#define LEN_RANGE(lo, hi) (((1u << ((hi) + 1)) - 1u) & ~((1u << (lo)) - 1u))

/* One IIN range: the first `digits` digits of the number, read as an
 * integer, lie in [lo, hi]; the number's length is in the `lengths` bit set. */
typedef struct iin_range {
    uint8_t digits;
    uint32_t lo, hi;
    uint32_t lengths;
    card_brand brand;
} iin_range;

/* The first entry whose range and lengths both fit wins, so the order
 * settles every overlap:
 *   - Discover 6011 before RuPay 60;
 *   - RuPay 6521-6522 (16 digits) before Discover 65; other lengths in
 *     6521-6522 fall through to Discover;
 *   - Discover's co-brand 622126-622925 before UnionPay 62;
 *   - RuPay 508 (16 digits) before Maestro 50; other lengths fall through
 *     to Maestro.
 * Ranges that overlap nothing keep the order of the card_brand enum. */
static const iin_range iin_table[] = {
    {1, 4, 4, LEN(13) | LEN(16) | LEN(19), CARD_VISA},
    {2, 51, 55, LEN(16), CARD_MASTERCARD},
    {4, 2221, 2720, LEN(16), CARD_MASTERCARD},
    {2, 34, 34, LEN(15), CARD_AMEX},
    {2, 37, 37, LEN(15), CARD_AMEX},
    {4, 6011, 6011, LEN_RANGE(16, 19), CARD_DISCOVER},
    {4, 6521, 6522, LEN(16), CARD_RUPAY},
    {3, 644, 649, LEN_RANGE(16, 19), CARD_DISCOVER},
    {2, 65, 65, LEN_RANGE(16, 19), CARD_DISCOVER},
    {6, 622126, 622925, LEN_RANGE(16, 19), CARD_DISCOVER},
    {4, 3528, 3589, LEN_RANGE(16, 19), CARD_JCB},
    {3, 300, 305, LEN_RANGE(14, 19), CARD_DINERS},
    {4, 3095, 3095, LEN_RANGE(14, 19), CARD_DINERS},
    {2, 36, 36, LEN_RANGE(14, 19), CARD_DINERS},
    {2, 38, 39, LEN_RANGE(14, 19), CARD_DINERS},
    {2, 62, 62, LEN_RANGE(16, 19), CARD_UNIONPAY},
    {3, 508, 508, LEN(16), CARD_RUPAY},
    {2, 50, 50, LEN_RANGE(12, 19), CARD_MAESTRO},
    {2, 56, 58, LEN_RANGE(12, 19), CARD_MAESTRO},
    {4, 6304, 6304, LEN_RANGE(12, 19), CARD_MAESTRO},
    {4, 6759, 6759, LEN_RANGE(12, 19), CARD_MAESTRO},
    {6, 676770, 676770, LEN_RANGE(12, 19), CARD_MAESTRO},
    {6, 676774, 676774, LEN_RANGE(12, 19), CARD_MAESTRO},
    {4, 6761, 6763, LEN_RANGE(12, 19), CARD_MAESTRO},
    {4, 2200, 2204, LEN_RANGE(16, 19), CARD_MIR},
    {2, 60, 60, LEN(16), CARD_RUPAY},
    {2, 81, 82, LEN(16), CARD_RUPAY},
    {4, 9792, 9792, LEN(16), CARD_TROY}, /* Turkey's domestic scheme */
};

card_brand pii_card_brand(const char *digits, size_t n)
{
    uint32_t prefix[7]; /* prefix[k]: the first k digits as an integer */

    if (digits == NULL || n < 12 || n > 19)
        return CARD_NONE;
    prefix[0] = 0;
    for (size_t k = 1; k <= 6; k++) {
        unsigned d = (unsigned)(unsigned char)digits[k - 1] - '0';
        if (d > 9)
            return CARD_NONE;
        prefix[k] = prefix[k - 1] * 10 + d;
    }
    for (size_t i = 0; i < sizeof iin_table / sizeof iin_table[0]; i++) {
        const iin_range *r = &iin_table[i];
        uint32_t p = prefix[r->digits];
        if (p >= r->lo && p <= r->hi && (r->lengths & LEN(n)))
            return r->brand;
    }
    return CARD_NONE;
}

const char *pii_card_brand_name(card_brand b)
{
    static const char *const names[CARD_BRAND_COUNT] = {
        [CARD_NONE] = "",
        [CARD_VISA] = "VISA",
        [CARD_MASTERCARD] = "MASTERCARD",
        [CARD_AMEX] = "AMEX",
        [CARD_DISCOVER] = "DISCOVER",
        [CARD_JCB] = "JCB",
        [CARD_DINERS] = "DINERS",
        [CARD_UNIONPAY] = "UNIONPAY",
        [CARD_MAESTRO] = "MAESTRO",
        [CARD_MIR] = "MIR",
        [CARD_RUPAY] = "RUPAY",
        [CARD_TROY] = "TROY",
    };
    if ((unsigned)b >= CARD_BRAND_COUNT)
        return "";
    return names[b];
}
