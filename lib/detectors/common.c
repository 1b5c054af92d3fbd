/* common.c - proposing a candidate (the boundary helpers are inline in
 * detectors.h). */
#include <string.h>

#include "detectors.h"

cand *propose(const scan_view *v, int entity, size_t start, size_t end, float base,
              float with_ctx, uint16_t flags, const char *subtype)
{
    if (!(v->enabled & ENTITY_MASK(entity)))
        return NULL;
    /* (under the bar with no word near, it would stay there) */
    if (base <= BARE_SCORE_MAX && entity < PII_ENTITY_BUILTIN_COUNT && (v->far & ENTITY_MASK(entity)))
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
