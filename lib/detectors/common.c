/* common.c - proposing a candidate (the boundary helpers are inline in
 * detectors.h). */
#include <stdbool.h>
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

bool file_extension_at(const uint8_t *s, size_t len, size_t e)
{
    /* (sorted by length, then as strcmp) */
    static const char *const ext[] = {"7z",  "csv", "doc", "eml",  "gif",  "jpg",  "m4a",
                                      "mov", "mp3", "mp4", "msg",  "ogg",  "pdf",  "png",
                                      "rar", "rtf", "tif", "txt",  "vcf",  "wav",  "xls",
                                      "xml", "zip", "docx", "heic", "jpeg", "json", "opus",
                                      "tiff", "xlsx"};
    if (e >= len || s[e] != '.')
        return false;
    size_t n = 0;
    while (e + 1 + n < len && n < 5 && is_alnum(s[e + 1 + n]))
        n++;
    if (n < 2 || n > 4 || (e + 1 + n < len && (s[e + 1 + n] == '.' || uni_word_at(s, len, e + 1 + n))))
        return false;
    char low[5];
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(s[e + 1 + k] | 0x20);
    for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++)
        if (strlen(ext[k]) == n && memcmp(ext[k], low, n) == 0)
            return true;
    return false;
}
