/*
 * pii.h - libpii: find, classify and redact personal data in text.
 *
 * Object model (see DESIGN.md):
 *   pii_builder  collects detectors and options; one thread.
 *   pii_ruleset  compiled and immutable; share it between any number of threads.
 *   pii_ctx      per-thread scratch borrowed from a ruleset; one thread at a time.
 *
 * Conventions
 *   - Functions that can fail return an int: >= 0 on success, a negative
 *     pii_error code on failure.  pii_error_name() and pii_error_message()
 *     describe a code; pii_builder_error() gives details of a build failure.
 *   - pii_*_free(NULL) is a no-op.  No global state, no init call.
 *   - Offsets are byte offsets into the input, end exclusive.
 *   - The library never prints, never aborts, and never copies matched text
 *     into error messages.
 */
#ifndef PII_H
#define PII_H

#include <stddef.h>
#include <stdint.h>

#include "pii_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && !defined(PII_STATIC)
#  ifdef PII_BUILDING
#    define PII_API __declspec(dllexport)
#  else
#    define PII_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define PII_API __attribute__((visibility("default")))
#else
#  define PII_API
#endif

/* ------------------------------------------------------------------------ */
/* Version                                                                  */
/* ------------------------------------------------------------------------ */

/** Version of the library actually linked: MAJOR*10000 + MINOR*100 + PATCH. */
PII_API unsigned pii_version_number(void);
/** Version string of the library actually linked, e.g. "0.1.0". */
PII_API const char *pii_version_string(void);

/* ------------------------------------------------------------------------ */
/* Errors                                                                   */
/* ------------------------------------------------------------------------ */

/** Error codes.  The numbers are stable across releases. */
typedef enum pii_error {
    PII_OK = 0,
    PII_ERR_NULL = -1,           /* a required pointer argument was NULL */
    PII_ERR_INVALID_ARG = -2,    /* an argument is out of range */
    PII_ERR_NOMEM = -3,          /* memory allocation failed */
    PII_ERR_STAGE = -4,          /* call made in the wrong order or state */
    PII_ERR_UNKNOWN_ENTITY = -5, /* entity name or id not known */
    PII_ERR_PATTERN = -6,        /* a custom pattern did not compile */
    PII_ERR_MATCH_LIMIT = -7,    /* a pattern hit its match or depth limit */
    PII_ERR_BUSY = -8,           /* context already in use (re-entrant call) */
    PII_ERR_DST_TOO_SMALL = -9,  /* output buffer too small */
    PII_ERR_UNSUPPORTED = -10,   /* no such operation for this entity */
    PII_ERR_SESSION = -11,       /* stream session failed earlier; reset it */
    PII_ERR_POLICY = -12,        /* a policy could not be parsed or applied */
    PII_ERR_IO = -13,            /* reading or writing a file failed */
    PII_ERR_INTERNAL = -14,      /* a bug in libpii; please report it */
    PII_ERR_CALLBACK = -15       /* a callback asked to stop */
} pii_error;

/** Short constant name of an error code, e.g. "PII_ERR_NOMEM". */
PII_API const char *pii_error_name(int code);
/** One-line English description of an error code. */
PII_API const char *pii_error_message(int code);

/* ------------------------------------------------------------------------ */
/* Entities                                                                 */
/* ------------------------------------------------------------------------ */

/** Built-in entity types; names follow Microsoft Presidio. */
typedef enum pii_entity {
    PII_US_SSN = 0,
    PII_US_ITIN = 1,
    PII_US_DRIVER_LICENSE = 2,
    PII_US_PASSPORT = 3,
    PII_PASSPORT = 4,
    PII_CREDIT_CARD = 5,
    PII_ABA_ROUTING_NUMBER = 6,
    PII_US_BANK_NUMBER = 7,
    PII_IBAN_CODE = 8,
    PII_EMAIL_ADDRESS = 9,
    PII_IP_ADDRESS = 10,
    PII_PHONE_NUMBER = 11,
    PII_MAC_ADDRESS = 12,
    PII_ENTITY_BUILTIN_COUNT = 13
} pii_entity;

/** Presidio name of a built-in entity ("US_SSN"), or NULL if out of range. */
PII_API const char *pii_entity_name(int entity);
/** Look up a built-in entity by name (case-insensitive).  Returns the
 *  entity id (>= 0) or PII_ERR_UNKNOWN_ENTITY / PII_ERR_NULL. */
PII_API int pii_entity_from_name(const char *name);

/* ------------------------------------------------------------------------ */
/* Findings                                                                 */
/* ------------------------------------------------------------------------ */

/** Flags on a finding. */
enum {
    PII_FLAG_VALIDATED = 1u << 0,  /* a checksum or structural check passed */
    PII_FLAG_CONTEXT = 1u << 1,    /* a hotword for the entity was nearby */
    PII_FLAG_NORMALIZED = 1u << 2, /* found through Unicode normalisation */
    PII_FLAG_CUSTOM = 1u << 3      /* reported by a custom rule */
};

#define PII_SUBTYPE_MAX 16

/** One finding: byte offsets [start, end) into the scanned input (absolute
 *  from the start of the stream in streaming calls). */
typedef struct pii_finding {
    uint64_t start;
    uint64_t end;
    double score;                  /* confidence in [0, 1] */
    int entity;                    /* pii_entity, or a custom entity id */
    uint32_t flags;                /* PII_FLAG_* */
    char subtype[PII_SUBTYPE_MAX]; /* NUL-terminated, "" when none: card
                                      brand ("VISA"), IP version ("IPV4"),
                                      IBAN country ("DE"), MRZ ("MRZ") */
} pii_finding;

/* ------------------------------------------------------------------------ */
/* Validators                                                               */
/* ------------------------------------------------------------------------ */

/** Validate a single value (for example "DE89 3704 0044 0532 0130 00") as
 *  the given entity: checksums, lengths, registries, issuance rules.
 *  Common separators (spaces, dashes, dots) are accepted where the entity's
 *  written forms use them.  Returns 1 when valid, 0 when not, or a negative
 *  error (PII_ERR_NULL, PII_ERR_UNKNOWN_ENTITY). */
PII_API int pii_validate(int entity, const char *value, size_t len);

/** As pii_validate(), also writing the subtype (card brand, IBAN country,
 *  IP version ...) into subtype[PII_SUBTYPE_MAX] when valid, and "" when
 *  the entity has no subtype or the value is not valid; subtype may be
 *  NULL and is left alone on an error return. */
PII_API int pii_validate_ex(int entity, const char *value, size_t len,
                            char subtype[PII_SUBTYPE_MAX]);

/** Named checksum validators usable on their own and by custom rules:
 *  "luhn", "iban", "aba", "ssn", "itin", "mrz", "ipv4", "ipv6", "email",
 *  "mac", "nanp" (names case-insensitive).  "mrz" takes a TD3 MRZ or its
 *  second line alone.  Returns 1 valid, 0 invalid, PII_ERR_UNSUPPORTED when
 *  the name is unknown, PII_ERR_NULL when validator is NULL or value is NULL
 *  with len > 0. */
PII_API int pii_validate_named(const char *validator, const char *value, size_t len);

/* ------------------------------------------------------------------------ */
/* Builder and ruleset                                                      */
/* ------------------------------------------------------------------------ */

typedef struct pii_builder pii_builder;
typedef struct pii_ruleset pii_ruleset;
typedef struct pii_ctx pii_ctx;

/** Default minimum score a finding needs to be reported. */
#define PII_DEFAULT_MIN_SCORE 0.5
/** Default context window, in characters on each side of a candidate. */
#define PII_DEFAULT_CONTEXT_WINDOW 48

/** A new builder with every built-in entity enabled and default options.
 *  Returns NULL only when memory runs out. */
PII_API pii_builder *pii_builder_new(void);
PII_API void pii_builder_free(pii_builder *b);

/** Enable or disable one entity by id, or all built-in entities. */
PII_API int pii_builder_enable(pii_builder *b, int entity);
PII_API int pii_builder_disable(pii_builder *b, int entity);
PII_API int pii_builder_enable_all(pii_builder *b);
PII_API int pii_builder_disable_all(pii_builder *b);
/** Enable or disable entities by comma-separated Presidio names. */
PII_API int pii_builder_enable_names(pii_builder *b, const char *names);
PII_API int pii_builder_disable_names(pii_builder *b, const char *names);

/** Minimum score in [0, 1] a finding needs to be reported. */
PII_API int pii_builder_set_min_score(pii_builder *b, double min_score);
/** Detect through Unicode normalization (on by default): fullwidth and
 *  other scripts' digits, Unicode spaces and dashes as separators, and
 *  zero-width characters inside numbers do not hide an ID, nor do
 *  quoted-printable escapes of such characters or of '=' ("=C2=A0",
 *  "=3D") and RFC 2047 "Q" encoded words in mail kept as sent; findings
 *  and redaction still cover the original bytes (flag PII_FLAG_NORMALIZED
 *  when they are written with other characters). */
PII_API int pii_builder_set_normalize(pii_builder *b, int on);
/** Context window in characters before and after a candidate (1..1024). */
PII_API int pii_builder_set_context_window(pii_builder *b, unsigned chars);

/** A custom detector: a PCRE2 pattern whose matches are reported as entity.
 *  Strings are copied by pii_builder_add_rule().  Announced by
 *  PII_HAVE_CUSTOM_RULES for code that also builds against older headers. */
#define PII_HAVE_CUSTOM_RULES 1
typedef struct pii_rule {
    const char *entity;   /* name for findings: 1-32 of A-Z, 0-9, '_' */
    const char *pattern;  /* PCRE2 syntax (UTF-8, Unicode properties on) */
    double score;         /* score of a match, (0, 1]; a context word nearby
                             raises it by 0.2 (at most 1) */
    const char *const *context; /* hotwords ("employee", "staff id"), or NULL */
    size_t ncontext;
    const char *validator; /* NULL, or a pii_validate_named() name that the
                              match must pass (luhn, aba, ssn, itin and nanp
                              see its digits only) */
    const char *category;  /* NULL, or a classification category name */
} pii_rule;

/** Add a custom rule.  Returns the entity id of its findings (>=
 *  PII_ENTITY_BUILTIN_COUNT; rules naming the same entity share one) or an
 *  error: PII_ERR_PATTERN with the rule index and offset in
 *  pii_builder_error(), PII_ERR_INVALID_ARG, PII_ERR_UNSUPPORTED (unknown
 *  validator).  A match longer than 256 bytes is not reported. */
PII_API int pii_builder_add_rule(pii_builder *b, const pii_rule *rule);

/** PCRE2 match and depth limits for custom rules (0: keep the default, 
 *  10,000,000 and 10,000).  A scan that hits one fails with
 *  PII_ERR_MATCH_LIMIT, and a stream fails closed. */
PII_API int pii_builder_set_match_limits(pii_builder *b, uint32_t match_limit,
                                         uint32_t depth_limit);

/** Exact values that are never reported (after a finding's bytes are
 *  compared with each), e.g. a support address. */
PII_API int pii_builder_allow(pii_builder *b, const char *value, size_t len);

/** Default operator for an entity (built-in, custom, or PII_ALL_ENTITIES),
 *  in the spec syntax of pii_ctx_set_operator_spec(); every context made
 *  from the ruleset starts with these, applied in order. */
PII_API int pii_builder_set_operator_spec(pii_builder *b, int entity, const char *spec);

/** Compile.  On success *out owns a new ruleset and the builder may be
 *  reused or freed.  On failure *out is NULL and pii_builder_error() says
 *  why. */
PII_API int pii_builder_build(pii_builder *b, pii_ruleset **out);
/** Details of the last error on this builder ("" when none).  Never
 *  contains input text. */
PII_API const char *pii_builder_error(const pii_builder *b);

PII_API void pii_ruleset_free(pii_ruleset *rs);
/** Name of an entity id as known to this ruleset (built-in or custom). */
PII_API const char *pii_ruleset_entity_name(const pii_ruleset *rs, int entity);
/** Number of entity ids in this ruleset (built-in + custom). */
PII_API int pii_ruleset_entity_count(const pii_ruleset *rs);
/** Entity id of a built-in or custom entity name, or an error. */
PII_API int pii_ruleset_entity_from_name(const pii_ruleset *rs, const char *name);
/** Whether an entity is enabled in this ruleset: 1, 0, or an error. */
PII_API int pii_ruleset_entity_enabled(const pii_ruleset *rs, int entity);

/* ------------------------------------------------------------------------ */
/* Context and one-shot scanning                                            */
/* ------------------------------------------------------------------------ */

/** A context borrows rs, which must outlive it.  NULL when out of memory or
 *  rs is NULL. */
PII_API pii_ctx *pii_ctx_new(const pii_ruleset *rs);
/** Frees the context and wipes any buffered input. */
PII_API void pii_ctx_free(pii_ctx *ctx);

/** Called once per finding, in order of start offset.  Return 0 to go on,
 *  non-zero to stop the scan (which then returns PII_ERR_CALLBACK). */
typedef int (*pii_finding_cb)(const pii_finding *finding, void *user);

/** Scan one buffer.  Any bytes are valid input (NUL, invalid UTF-8).
 *  With a callback, each finding is passed to it; without one (cb NULL),
 *  findings are kept in the context until the next call and read with
 *  pii_ctx_findings().  Returns the number of findings or an error.
 *  The buffer may be read where it is, without a copy, so it must not
 *  change during the call; nothing of it is read after the call returns. */
PII_API int pii_scan(pii_ctx *ctx, const void *data, size_t len,
                     pii_finding_cb cb, void *user);

/** Findings kept by the last pii_scan() without a callback; valid until the
 *  next call on ctx. */
PII_API const pii_finding *pii_ctx_findings(const pii_ctx *ctx, size_t *count);

/** Message about the last failed call on this context ("" when none), e.g.
 *  why an operator spec was rejected.  Never contains input text. */
PII_API const char *pii_ctx_error(const pii_ctx *ctx);

/* ------------------------------------------------------------------------ */
/* Redaction operators                                                      */
/* ------------------------------------------------------------------------ */

/** What replaces a finding in redacted output. */
typedef enum pii_op {
    PII_OP_TAG = 0,    /* a tag, by default "[ENTITY]" */
    PII_OP_MASK = 1,   /* every letter/digit replaced by a mask character;
                          separators kept; length in code points kept (a
                          quoted-printable or JSON escape inside a value is
                          one: a separator's kept as written, "\u002B", a
                          digit's masked whole) */
    PII_OP_REMOVE = 2, /* nothing */
    PII_OP_HASH = 3,   /* keyed HMAC-SHA-256 token: equal values (after
                          canonicalisation: as normalization reads them,
                          escapes too) give equal tokens across runs */
    PII_OP_KEEP = 4    /* the original text (report only) */
} pii_op;

/** An operator and its parameters.  Strings are copied by the setter. */
typedef struct pii_operator {
    pii_op op;
    /** TAG and HASH: output template (<= 128 bytes).  "{entity}" is the
     *  entity name, "{subtype}" the subtype, "{hash}" the hash token.
     *  NULL: "[{entity}]" for TAG, "[{entity}:{hash}]" for HASH. */
    const char *format;
    /** MASK: one UTF-8 character; NULL means "*". */
    const char *mask_char;
    /** MASK: letters/digits left visible at the end (e.g. 4: ***-**-6789). */
    unsigned keep_last;
    /** HASH: hex digits of the MAC shown, 8..64; 0 means 16. */
    unsigned hash_hex;
} pii_operator;

/** Use op for entity, or for every entity when entity is PII_ALL_ENTITIES.
 *  Every context starts with TAG for all entities. */
#define PII_ALL_ENTITIES (-1)
PII_API int pii_ctx_set_operator(pii_ctx *ctx, int entity, const pii_operator *op);
/** The same from a text spec, as used by pii-redact --operator:
 *  "tag", "tag:format=<{entity}>", "mask", "mask:keep=4,char=#", "remove",
 *  "hash", "hash:hex=32", "keep".  Errors: PII_ERR_INVALID_ARG with details
 *  in pii_ctx_error(). */
PII_API int pii_ctx_set_operator_spec(pii_ctx *ctx, int entity, const char *spec);
/** Key for PII_OP_HASH (16..64 bytes).  Hashing without a key is an error:
 *  a fixed key would let anyone tabulate the hashes of all SSNs. */
PII_API int pii_ctx_set_hash_key(pii_ctx *ctx, const void *key, size_t len);

/* ------------------------------------------------------------------------ */
/* Streaming (in the style of zstd's compressStream2)                       */
/* ------------------------------------------------------------------------ */

/* A call may read src in place while it runs (long inputs are not copied
 * whole) and keeps a copy of what it still needs when it returns: src must
 * not change during the call, and may be reused or freed after it. */
typedef struct pii_in_buffer {
    const void *src; /* start of input */
    size_t size;     /* size of src */
    size_t pos;      /* read up to here; updated by the call */
} pii_in_buffer;

typedef struct pii_out_buffer {
    void *dst;   /* start of output space */
    size_t size; /* size of dst */
    size_t pos;  /* written up to here; updated by the call */
} pii_out_buffer;

typedef enum pii_directive {
    PII_CONTINUE = 0, /* more input will follow; output what is convenient */
    PII_FLUSH = 1,    /* output everything that can be decided now */
    PII_END = 2       /* no more input: finish the stream */
} pii_directive;

/** Findings of streaming calls (and of pii_redact()) are passed to cb, in
 *  order, with offsets from the start of the stream.  NULL: none. */
PII_API int pii_ctx_set_callback(pii_ctx *ctx, pii_finding_cb cb, void *user);

/** Redact a stream.  Reads from in, writes redacted text to out; bytes that
 *  are not redacted come out byte-identical (NUL and invalid UTF-8 too).
 *  Output and findings are the same for every way of splitting the input.
 *  Returns the number of bytes still held back (0 when an END call has
 *  written everything: the context is then ready for a new stream), or a
 *  negative error.  After an error the session is failed: nothing more is
 *  output (held-back input is never released unredacted) and calls return
 *  PII_ERR_SESSION until pii_ctx_reset(). */
PII_API int64_t pii_redact_stream(pii_ctx *ctx, pii_out_buffer *out, pii_in_buffer *in,
                                  pii_directive directive);

/** Detection only: the same engine without output; findings go to the
 *  callback.  Returns bytes still held back or a negative error. */
PII_API int64_t pii_scan_stream(pii_ctx *ctx, pii_in_buffer *in, pii_directive directive);

/** End any session: held-back input is wiped, parameters are kept. */
PII_API int pii_ctx_reset(pii_ctx *ctx);

/** Most bytes a stream can hold back with this context's ruleset: what
 *  could still belong to a finding or its context window, plus one block. */
PII_API size_t pii_ctx_holdback_max(const pii_ctx *ctx);

/** Upper bound of pii_redact() output for len input bytes with the
 *  context's current operators. */
PII_API size_t pii_redact_bound(const pii_ctx *ctx, size_t len);

/** One-shot redaction of src into dst (capacity cap).  Returns the output
 *  length, or PII_ERR_DST_TOO_SMALL (nothing usable written: size dst with
 *  pii_redact_bound()) or another error. */
PII_API int64_t pii_redact(pii_ctx *ctx, const void *src, size_t len, void *dst, size_t cap);

/* ------------------------------------------------------------------------ */
/* Policies                                                                 */
/* ------------------------------------------------------------------------ */

/** Apply a YAML policy to the builder (the schema is in the README):
 *  min_score, entities {enable, disable}, operators {default, ENTITY: spec or
 *  {op, keep_last, char, format, hex}}, allow [values], rules [custom rules].
 *  A bad policy (unknown key, bad regex, unknown validator ...) returns
 *  PII_ERR_POLICY (or PII_ERR_IO) and changes nothing; pii_builder_error()
 *  then says "FILE:LINE: reason". */
PII_API int pii_builder_load_policy(pii_builder *b, const char *path);
/** The same from memory; name is used in error messages ("<policy>" when NULL). */
PII_API int pii_builder_load_policy_string(pii_builder *b, const char *yaml, size_t len,
                                           const char *name);

/* ------------------------------------------------------------------------ */
/* Classification                                                           */
/* ------------------------------------------------------------------------ */

/** Sensitivity of an entity's findings. */
typedef enum pii_sensitivity {
    PII_SENSITIVITY_NONE = 0,
    PII_SENSITIVITY_LOW = 1,      /* network and device identifiers */
    PII_SENSITIVITY_MODERATE = 2, /* contact details */
    PII_SENSITIVITY_HIGH = 3,     /* account numbers, driver's licenses */
    PII_SENSITIVITY_CRITICAL = 4  /* SSN, ITIN, passports, card numbers */
} pii_sensitivity;

/** Category of an entity: "government_id", "financial", "contact",
 *  "network", or a custom rule's own category ("custom" when it gave none).
 *  NULL for an unknown id. */
PII_API const char *pii_entity_category(const pii_ruleset *rs, int entity);
/** Sensitivity of an entity (custom rules: HIGH), or an error. */
PII_API int pii_entity_sensitivity(const pii_ruleset *rs, int entity);
/** Name of a sensitivity level ("none", "low", "moderate", "high", "critical"). */
PII_API const char *pii_sensitivity_name(int level);

/** What a document (one buffer, or a whole stream) contains, without any of
 *  its text.  Arrays belong to the context and stay valid until its next
 *  call. */
typedef struct pii_summary {
    uint64_t bytes;                     /* bytes scanned */
    uint64_t findings;                  /* findings reported */
    int max_sensitivity;                /* pii_sensitivity; NONE when none */
    size_t nentities;                   /* = pii_ruleset_entity_count() */
    const uint64_t *per_entity;         /* findings per entity id */
    size_t ncategories;
    const char *const *category_names;  /* category of each slot below */
    const uint64_t *per_category;       /* findings per category */
} pii_summary;

/** Summary of the last one-shot call on ctx, or of the current (or last
 *  finished) stream. */
PII_API int pii_ctx_summary(pii_ctx *ctx, pii_summary *out);

#ifdef __cplusplus
}
#endif
#endif /* PII_H */
