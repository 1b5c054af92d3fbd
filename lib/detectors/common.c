/* common.c - boundary rules and helpers shared by the detectors. */
#include <string.h>

#include "detectors.h"

size_t count_digits(const scan_view *v, size_t p, size_t max)
{
    size_t n = 0;
    while (p + n < v->len && n < max && is_digit(v->s[p + n]))
        n++;
    return n;
}

static bool is_joiner(uint8_t c)
{
    return c == '-' || c == '.' || c == '/' || c == '\\' || c == '@';
}

bool glued_left(const scan_view *v, size_t p)
{
    if (p == 0)
        return false;
    if (uni_word_before(v->s, p))
        return true;
    uint8_t c = v->s[p - 1];
    if (c == '$')
        return true; /* an amount, not an ID */
    if (p >= 2 && is_joiner(c) && uni_word_before(v->s, p - 1))
        return true;
    if (p >= 2 && c == ':' && is_digit(v->s[p - 2]))
        return true;
    return false;
}

bool glued_right(const scan_view *v, size_t e)
{
    if (e >= v->len)
        return false;
    if (uni_word_at(v->s, v->len, e))
        return true;
    uint8_t c = v->s[e];
    if ((is_joiner(c) || c == ':') && uni_word_at(v->s, v->len, e + 1))
        return true;
    return false;
}

bool continues_left(const scan_view *v, size_t p, uint8_t sep)
{
    return p >= 2 && v->s[p - 1] == sep && is_digit(v->s[p - 2]);
}

bool continues_right(const scan_view *v, size_t e, uint8_t sep)
{
    return e + 1 < v->len && v->s[e] == sep && is_digit(v->s[e + 1]);
}

cand *propose(const scan_view *v, int entity, size_t start, size_t end, float base,
              float with_ctx, uint16_t flags, const char *subtype)
{
    if (!(v->enabled & ENTITY_MASK(entity)))
        return NULL;
    cand *c = cand_push(v->out);
    if (!c)
        return NULL;
    c->start = view_abs_start(v, start);
    c->end = view_abs_end(v, end);
    if (v->nv && c->end - c->start != end - start)
        flags |= PII_FLAG_NORMALIZED; /* written with other characters */
    c->base = base;
    c->with_ctx = with_ctx;
    c->entity = (uint16_t)entity;
    c->flags = flags;
    if (subtype) {
        size_t n = strlen(subtype);
        if (n >= PII_SUBTYPE_MAX)
            n = PII_SUBTYPE_MAX - 1;
        memcpy(c->subtype, subtype, n);
        c->subtype[n] = '\0';
    }
    return c;
}
