/* allow.c - exact values that are never reported (a support address ...). */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

int allow_add(allow_list *a, const char *v, size_t n)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 8;
        char **nv = realloc(a->v, cap * sizeof *nv);
        if (!nv)
            return PII_ERR_NOMEM;
        a->v = nv;
        size_t *nl = realloc(a->len, cap * sizeof *nl);
        if (!nl)
            return PII_ERR_NOMEM;
        a->len = nl;
        a->cap = cap;
    }
    char *copy = malloc(n ? n : 1);
    if (!copy)
        return PII_ERR_NOMEM;
    memcpy(copy, v, n);
    a->v[a->n] = copy;
    a->len[a->n] = n;
    a->n++;
    return PII_OK;
}

int allow_copy(allow_list *dst, const allow_list *src)
{
    memset(dst, 0, sizeof *dst);
    for (size_t i = 0; i < src->n; i++) {
        int rc = allow_add(dst, src->v[i], src->len[i]);
        if (rc < 0) {
            allow_free(dst);
            return rc;
        }
    }
    return PII_OK;
}

void allow_free(allow_list *a)
{
    for (size_t i = 0; i < a->n; i++)
        free(a->v[i]);
    free(a->v);
    free(a->len);
    memset(a, 0, sizeof *a);
}

bool allow_has(const allow_list *a, const uint8_t *v, size_t n)
{
    /* lists are short (a policy's handful of values): a linear scan */
    for (size_t i = 0; i < a->n; i++)
        if (a->len[i] == n && memcmp(a->v[i], v, n) == 0)
            return true;
    return false;
}

int pii_builder_allow(pii_builder *b, const char *value, size_t len)
{
    if (!b || (!value && len))
        return PII_ERR_NULL;
    if (len == 0 || len > 1024) {
        snprintf(b->error, sizeof b->error, "allowed value must be 1..1024 bytes");
        return PII_ERR_INVALID_ARG;
    }
    return allow_add(&b->allow, value, len);
}
