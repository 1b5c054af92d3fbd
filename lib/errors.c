/* errors.c - names and messages of error codes (stable numbers, see pii.h). */
#include "internal.h"

typedef struct error_info {
    int code;
    const char *name;
    const char *message;
} error_info;

static const error_info errors[] = {
    {PII_OK, "PII_OK", "success"},
    {PII_ERR_NULL, "PII_ERR_NULL", "a required pointer argument was NULL"},
    {PII_ERR_INVALID_ARG, "PII_ERR_INVALID_ARG", "an argument is out of range"},
    {PII_ERR_NOMEM, "PII_ERR_NOMEM", "out of memory"},
    {PII_ERR_STAGE, "PII_ERR_STAGE", "call made in the wrong order or state"},
    {PII_ERR_UNKNOWN_ENTITY, "PII_ERR_UNKNOWN_ENTITY", "unknown entity name or id"},
    {PII_ERR_PATTERN, "PII_ERR_PATTERN", "a custom pattern could not be compiled"},
    {PII_ERR_MATCH_LIMIT, "PII_ERR_MATCH_LIMIT",
     "a pattern hit its match or depth limit; input left unscanned"},
    {PII_ERR_BUSY, "PII_ERR_BUSY", "context is already in use"},
    {PII_ERR_DST_TOO_SMALL, "PII_ERR_DST_TOO_SMALL", "output buffer too small"},
    {PII_ERR_UNSUPPORTED, "PII_ERR_UNSUPPORTED", "operation not supported"},
    {PII_ERR_SESSION, "PII_ERR_SESSION",
     "stream session failed earlier and must be reset"},
    {PII_ERR_POLICY, "PII_ERR_POLICY", "policy could not be parsed or applied"},
    {PII_ERR_IO, "PII_ERR_IO", "input/output error"},
    {PII_ERR_INTERNAL, "PII_ERR_INTERNAL", "internal error in libpii"},
    {PII_ERR_CALLBACK, "PII_ERR_CALLBACK", "stopped by a callback"},
};

static const error_info *find(int code)
{
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++)
        if (errors[i].code == code)
            return &errors[i];
    return NULL;
}

const char *pii_error_name(int code)
{
    const error_info *e = find(code);
    return e ? e->name : "PII_ERR_UNKNOWN";
}

const char *pii_error_message(int code)
{
    const error_info *e = find(code);
    if (e)
        return e->message;
    return code > 0 ? "success" : "unknown error code";
}
