/*
 * test_detectors.c - Check suite for the built-in detectors as seen through
 * the public scan API: for every entity, texts that must be reported (with
 * the exact byte span, entity and subtype) and look-alikes that must not;
 * context (hotwords, other labels, JSON keys, CSV headers); overlap
 * resolution; token boundaries.
 *
 * Every scan goes through scan_text(), which also checks the invariants any
 * result must keep (count equals the return value, findings in bounds,
 * sorted by start, non-overlapping, score in [0, 1], known entity,
 * NUL-terminated subtype).
 *
 * The TCase "regressions" keeps inputs that once exposed library bugs.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------------ */
/* Helpers                                                                  */
/* ------------------------------------------------------------------------ */

#define MAX_FINDINGS 64

typedef struct scan_result {
    int rc;
    size_t n;
    pii_finding f[MAX_FINDINGS];
} scan_result;

static pii_ruleset *g_rs;
static pii_ctx *g_ctx;

/* The default ruleset (every entity, default options), built once. */
static pii_ctx *default_ctx(void)
{
    if (!g_ctx) {
        pii_builder *b = pii_builder_new();
        ck_assert_ptr_nonnull(b);
        ck_assert_int_eq(pii_builder_build(b, &g_rs), PII_OK);
        ck_assert_ptr_nonnull(g_rs);
        pii_builder_free(b);
        g_ctx = pii_ctx_new(g_rs);
        ck_assert_ptr_nonnull(g_ctx);
    }
    return g_ctx;
}

static void free_default(void)
{
    pii_ctx_free(g_ctx);
    pii_ruleset_free(g_rs);
    g_ctx = NULL;
    g_rs = NULL;
}

static void check_invariants(int line, const scan_result *r, size_t len)
{
    for (size_t i = 0; i < r->n; i++) {
        const pii_finding *f = &r->f[i];
        ck_assert_msg(f->start < f->end && f->end <= len,
                      "line %d: finding %zu [%llu,%llu) out of bounds (len %zu)", line, i,
                      (unsigned long long)f->start, (unsigned long long)f->end, len);
        ck_assert_msg(f->score >= 0.0 && f->score <= 1.0, "line %d: score %f", line, f->score);
        ck_assert_msg(pii_entity_name(f->entity) != NULL, "line %d: entity %d", line, f->entity);
        ck_assert_msg(memchr(f->subtype, '\0', sizeof f->subtype) != NULL,
                      "line %d: subtype not NUL-terminated", line);
        if (i > 0)
            ck_assert_msg(r->f[i - 1].end <= f->start,
                          "line %d: findings %zu and %zu overlap or are out of order", line,
                          i - 1, i);
    }
}

static scan_result scan_in(int line, pii_ctx *ctx, const char *text, size_t len)
{
    scan_result r;
    memset(&r, 0, sizeof r);
    r.rc = pii_scan(ctx, text, len, NULL, NULL);
    ck_assert_msg(r.rc >= 0, "line %d: pii_scan returned %d (%s)", line, r.rc,
                  pii_error_name(r.rc));
    size_t n = 0;
    const pii_finding *f = pii_ctx_findings(ctx, &n);
    ck_assert_msg(n == (size_t)r.rc, "line %d: %zu findings kept, scan returned %d", line, n,
                  r.rc);
    ck_assert_msg(n <= MAX_FINDINGS, "line %d: too many findings (%zu)", line, n);
    if (n)
        memcpy(r.f, f, n * sizeof *f);
    r.n = n;
    check_invariants(line, &r, len);
    return r;
}

static scan_result scan_text(int line, const char *text, size_t len)
{
    return scan_in(line, default_ctx(), text, len);
}

/* Human-readable list of findings for failure messages. */
static const char *describe(const scan_result *r, const char *text)
{
    static char buf[2048];
    size_t used = 0;
    buf[0] = '\0';
    if (r->n == 0)
        return "(no findings)";
    for (size_t i = 0; i < r->n && used < sizeof buf - 1; i++) {
        const pii_finding *f = &r->f[i];
        int len = (int)(f->end - f->start);
        int w = snprintf(buf + used, sizeof buf - used, "%s%s[%llu,%llu)'%.*s'%s%s score=%.3f",
                         i ? "; " : "", pii_entity_name(f->entity), (unsigned long long)f->start,
                         (unsigned long long)f->end, len > 60 ? 60 : len, text + f->start,
                         f->subtype[0] ? " sub=" : "", f->subtype, f->score);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

static size_t offset_of(int line, const char *text, size_t len, const char *match)
{
    size_t m = strlen(match);
    for (size_t i = 0; m && i + m <= len; i++)
        if (memcmp(text + i, match, m) == 0)
            return i;
    ck_abort_msg("line %d: test bug: '%s' is not in the text", line, match);
    return 0;
}

static int entity_id(int line, const char *name)
{
    int e = pii_entity_from_name(name);
    ck_assert_msg(e >= 0, "line %d: test bug: unknown entity %s", line, name);
    return e;
}

/* Exactly one finding: `entity` over the first occurrence of `match`, and
 * (when subtype is not NULL) with that subtype. */
static void expect_one_(int line, const char *text, size_t len, const char *entity,
                        const char *match, const char *subtype)
{
    scan_result r = scan_text(line, text, len);
    size_t start = offset_of(line, text, len, match), end = start + strlen(match);
    int e = entity_id(line, entity);
    ck_assert_msg(r.n == 1, "line %d: want one %s '%s' in \"%s\", got %s", line, entity, match,
                  text, describe(&r, text));
    ck_assert_msg(r.f[0].entity == e && r.f[0].start == start && r.f[0].end == end,
                  "line %d: want %s [%zu,%zu) '%s' in \"%s\", got %s", line, entity, start, end,
                  match, text, describe(&r, text));
    if (subtype)
        ck_assert_msg(strcmp(r.f[0].subtype, subtype) == 0,
                      "line %d: want subtype '%s' for '%s', got '%s'", line, subtype, match,
                      r.f[0].subtype);
}

/* No findings at all. */
static void expect_none_(int line, const char *text, size_t len)
{
    scan_result r = scan_text(line, text, len);
    ck_assert_msg(r.n == 0, "line %d: want no findings in \"%s\", got %s", line, text,
                  describe(&r, text));
}

/* Among the findings, one is `entity` over the first occurrence of `match`. */
static void expect_has_(int line, const char *text, size_t len, const char *entity,
                        const char *match)
{
    scan_result r = scan_text(line, text, len);
    size_t start = offset_of(line, text, len, match), end = start + strlen(match);
    int e = entity_id(line, entity);
    for (size_t i = 0; i < r.n; i++)
        if (r.f[i].entity == e && r.f[i].start == start && r.f[i].end == end)
            return;
    ck_abort_msg("line %d: want %s [%zu,%zu) '%s' in \"%s\", got %s", line, entity, start, end,
                 match, text, describe(&r, text));
}

/* No finding of `entity` (others may be there). */
static void expect_no_entity_(int line, const char *text, size_t len, const char *entity)
{
    scan_result r = scan_text(line, text, len);
    int e = entity_id(line, entity);
    for (size_t i = 0; i < r.n; i++)
        ck_assert_msg(r.f[i].entity != e, "line %d: want no %s in \"%s\", got %s", line, entity,
                      text, describe(&r, text));
}

#define expect_one(text, entity, match) \
    expect_one_(__LINE__, (text), strlen(text), (entity), (match), NULL)
#define expect_one_sub(text, entity, match, subtype) \
    expect_one_(__LINE__, (text), strlen(text), (entity), (match), (subtype))
#define expect_none(text) expect_none_(__LINE__, (text), strlen(text))
#define expect_has(text, entity, match) \
    expect_has_(__LINE__, (text), strlen(text), (entity), (match))
#define expect_no_entity(text, entity) expect_no_entity_(__LINE__, (text), strlen(text), (entity))

/* The single finding of text (asserts there is exactly one). */
static pii_finding only_finding_(int line, const char *text)
{
    scan_result r = scan_text(line, text, strlen(text));
    ck_assert_msg(r.n == 1, "line %d: want one finding in \"%s\", got %s", line, text,
                  describe(&r, text));
    return r.f[0];
}
#define only_finding(text) only_finding_(__LINE__, (text))

/* ------------------------------------------------------------------------ */
/* US_SSN and US_ITIN                                                       */
/* ------------------------------------------------------------------------ */

START_TEST(test_ssn_dashed)
{
    /* (a Concordance load file's field, test_email()) */
    expect_one("\xc3\xbe" "ACME0004151" "\xc3\xbe" "\x14" "\xc3\xbe" "481-49-4040" "\xc3\xbe",
               "US_SSN", "481-49-4040");
    /* (a background check's search, no trace number) */
    expect_one("SSN Trace: 503-66-2918 (issued AZ 1998-2000)", "US_SSN", "503-66-2918");
    expect_one("536-22-1234", "US_SSN", "536-22-1234");
    expect_one("My SSN is 536-22-1234.", "US_SSN", "536-22-1234");
    expect_one("SSN: 536 22 1234", "US_SSN", "536 22 1234");
    expect_one("ssn 536.22.1234 on file", "US_SSN", "536.22.1234");
    expect_one("(536-22-1234)", "US_SSN", "536-22-1234");

    pii_finding f = only_finding("536-22-1234");
    ck_assert(f.flags & PII_FLAG_VALIDATED);
    ck_assert(!(f.flags & PII_FLAG_CONTEXT));
    ck_assert_str_eq(f.subtype, "");
    ck_assert(f.score >= PII_DEFAULT_MIN_SCORE);
    pii_finding g = only_finding("SSN 536-22-1234");
    ck_assert(g.flags & PII_FLAG_CONTEXT);
    ck_assert(g.flags & PII_FLAG_VALIDATED);
    ck_assert(g.score > f.score); /* context raises the score */
}
END_TEST

START_TEST(test_ssn_weak_forms_need_context)
{
    /* (a mill's heat, a nameplate's serial; stainless steel's grade after "SS") */
    expect_none("Heat No.: 529-83-1167 Grade 4140 HT");
    expect_none("Motor nameplate: 15 HP S/N 231-58-4490");
    expect_none("Material: SS 316L bar, heat no. 531286619");
    expect_one("SS# 529831167", "US_SSN", "529831167");
    /* (NCIC's "SOC" field, in capitals; "Soc Sec" as before) */
    expect_one("SOC: 412738853", "US_SSN", "412738853");
    expect_none("soc 412738853");
    expect_one("| Soc Sec No | 676062372 |", "US_SSN", "676062372");
    /* (retail references) */
    expect_none("RETURN  STORE 0412  TRANS# 412-03-5567");
    expect_none("Return authorization 412-03-5567 issued at the customer service desk");
    /* (a utility pole's number) */
    expect_none("Location: 41.88271, -87.63241  Pole No. 114-22-0871  Span to Pole No. 114-22-0872");
    /* ("on request" is no request number's label) */
    expect_one("SSN on request: 737-34-8206   Term: Fall 2023", "US_SSN", "737-34-8206");
    /* bare nine digits, spaced and dotted forms are reported only with a hotword */
    expect_none("536221234");
    expect_none("536 22 1234");
    expect_none("536.22.1234");
    expect_one("ssn 536221234", "US_SSN", "536221234");
    expect_one("ssn: 536221234", "US_SSN", "536221234");
    /* "ss" in lower case only before '#' */
    expect_one("cobuyer Maria Reyes ss# 591 44 2093, FL", "US_SSN", "591 44 2093");
    expect_none("elapsed hh:mm:ss 591 44 2093");
    expect_one("ssn=536221234", "US_SSN", "536221234");
    expect_one("social security number 536221234", "US_SSN", "536221234");
    expect_one("SocialSecurity 536221234", "US_SSN", "536221234");
    expect_one("ssn_number: 536221234", "US_SSN", "536221234");
    expect_one("536221234 is my SSN", "US_SSN", "536221234"); /* hotword after */
    /* "social" alone, as people say it; S.S.N. with its dots */
    expect_one("my social is 536 22 1874, why?", "US_SSN", "536 22 1874");
    expect_one("S.S.N.: 536 22 1874", "US_SSN", "536 22 1874");
    /* "SS" in capitals, or in an identifier; not the seconds of hh:mm:ss */
    expect_one("SS# 536221234", "US_SSN", "536221234");
    expect_one("SS No. 536221234", "US_SSN", "536221234");
    expect_one("SS#: 536.22.1234", "US_SSN", "536.22.1234");
    expect_one("ss_number: 536221234", "US_SSN", "536221234");
    expect_none("hh:mm:ss 536221234");
    expect_none("ss 536221234");
    expect_none("S.S.: 536 22 1874");
    expect_none("my score is 536 22 1874");
    /* a form's dashes spaced apart, as text taken from a PDF has them */
    expect_one("Social Security No.: 389 - 21 - 6650\nHome Phone:", "US_SSN", "389 - 21 - 6650");
    expect_one("ITIN 912 - 70 - 1234", "US_ITIN", "912 - 70 - 1234");
    expect_none("389 - 21 - 6650");                 /* no hotword */
    /* en dashes spaced apart, as PDFs of W-9 print them */
    expect_one("Social security number: 783 \xe2\x80\x93 92 \xe2\x80\x93 7321", "US_SSN",
               "783 \xe2\x80\x93 92 \xe2\x80\x93 7321");
    expect_none("SSN 389 - 21 - 6650 - 7");          /* a longer chain */
    expect_none("SSN 7 - 389 - 21 - 6650");
    expect_none("SSN 000 - 21 - 6650");              /* not issued */
    expect_none("SSN 389 -21- 6650");
    /* Chinese (simplified), Vietnamese and Korean labels */
    expect_one("\xe7\xa4\xbe\xe4\xbc\x9a\xe5\xae\x89\xe5\x85\xa8\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a" "525432012",
               "US_SSN", "525432012");
    expect_one("S\xe1\xbb\x91 An Sinh X\xc3\xa3 H\xe1\xbb\x99i: 563 26 4916", "US_SSN", "563 26 4916");
    expect_one("\xec\x82\xac\xed\x9a\x8c\xeb\xb3\xb4\xec\x9e\xa5\xeb\xb2\x88\xed\x98\xb8: 476994418",
               "US_SSN", "476994418");
}
END_TEST

START_TEST(test_ssn_invalid_numbers)
{
    /* (a format's mask) */
    expect_none("COMMENT ON COLUMN customers.ssn IS 'format 999-99-9999'");
    static const char *const bad[] = {
        "000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567",
        "123-45-0000", "078-05-1120", "219-09-9999", "457-55-5462", "123-45-6789",
        "111-11-1111",
    };
    char buf[64];
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        expect_none(bad[i]);
        snprintf(buf, sizeof buf, "SSN %s", bad[i]);
        expect_none(buf);
    }
    expect_none("ssn 000123456");
    expect_none("ssn 536001234");
    expect_none("ssn 536220000");
}
END_TEST

START_TEST(test_ssn_shape_rejections)
{
    expect_none("536-22 1234");     /* mixed separators */
    expect_none("536 22-1234");
    expect_none("536-221-234");     /* 3-3-3 */
    expect_none("536-22-12345");    /* longer last group */
    expect_none("5536-22-1234");    /* longer first group */
    expect_none("ssn 5362212345");  /* ten digits */
    expect_none("ssn 53622123");    /* eight digits */
    expect_none("1-536-22-1234");   /* continues to the left */
    expect_none("536-22-1234-7");   /* continues to the right */
}
END_TEST

START_TEST(test_itin)
{
    expect_one("ITIN 912-70-1234", "US_ITIN", "912-70-1234");
    expect_one("912-70-1234", "US_ITIN", "912-70-1234");
    expect_one("itin 912701234", "US_ITIN", "912701234");
    expect_one("taxpayer 912-88-1234", "US_ITIN", "912-88-1234");
    expect_one("TIN: 912-88-1234", "US_ITIN", "912-88-1234");
    expect_none("912701234"); /* bare needs context */

    /* group ranges: 50-65, 70-88, 90-92, 94-99 */
    static const char *const good[] = {"50", "65", "70", "88", "90", "92", "94", "99"};
    static const char *const bad[] = {"49", "66", "69", "89", "93", "00", "12"};
    char buf[64], num[16];
    for (size_t i = 0; i < N_ELEMS(good); i++) {
        snprintf(buf, sizeof buf, "ITIN 912-%s-1234", good[i]);
        snprintf(num, sizeof num, "912-%s-1234", good[i]);
        expect_one(buf, "US_ITIN", num);
    }
    for (size_t i = 0; i < N_ELEMS(bad); i++) {
        snprintf(buf, sizeof buf, "ITIN 912-%s-1234", bad[i]);
        expect_none(buf);
    }
    /* a 9XX number given as an SSN is an ITIN written where an SSN goes
     * (a W-9's box, an "ssn" column), never an SSN; but for a line that
     * calls it invalid */
    expect_one("ssn 912701234", "US_ITIN", "912701234");
    expect_one("Social Security Number: 970-53-8024", "US_ITIN", "970-53-8024");
    expect_one("name,ssn,city\nAnn Lee,996721666,Austin\n", "US_ITIN", "996721666");
    expect_no_entity("SSN 912-70-1234", "US_SSN");
    expect_none("level=warn msg=\"validation failed\" ssn=\"970-58-4472\" reason=invalid_area");
    expect_none("INVALID SSN 912701234 rejected by the form");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* US_DRIVER_LICENSE                                                        */
/* ------------------------------------------------------------------------ */

START_TEST(test_driver_license)
{
    expect_none("Export license D1044172 (BIS), ECCN 3A001.a.2");
    expect_none("Carrier credentials: IFTA license 0417-2290 and IRP cab card on board");
    /* (trades' and rentals' licenses) */
    expect_none("Home Inspector License No. 2418827");
    expect_none("Short-term rental license STR-2024-0417");
    expect_none("(HVAC License #1028374)");
    /* (an ID's type in a log's key=value fields) */
    expect_one("returns.id_capture store=0412 reg=03 id_type=DRIVERS_LICENSE id_state=CA "
               "id_number=B4829173 ok", "US_DRIVER_LICENSE", "B4829173");
    /* (licenses of other kinds) */
    expect_none("Crew: J. Ortiz, EMT license 18004417; P. Shah, Paramedic license 18009921");
    expect_none("IL CDS license 336088214 (schedules II-V)");
    expect_one("driver license A1234567", "US_DRIVER_LICENSE", "A1234567");
    /* "DL" set apart is the label, not a number's letters: California's
     * forms, and a number after it */
    expect_none("Complete form DL 44 (Driver License or Identification Card Application)");
    expect_none("DRIVER LICENSE RENEWAL NOTICE        DL 410 RN (REV. 3/2024)");
    expect_one("Driver License: DL 4410982", "US_DRIVER_LICENSE", "4410982");
    expect_one("Driver's License: D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_one("DL: D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_one("lic A1234567", "US_DRIVER_LICENSE", "A1234567");
    expect_one("LIC: D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_one("license F123-456-78-901-0", "US_DRIVER_LICENSE", "F123-456-78-901-0");
    expect_one("dl_number=S12345678", "US_DRIVER_LICENSE", "S12345678");
    expect_one("dlNumber: S12345678", "US_DRIVER_LICENSE", "S12345678");
    expect_one("{\"DLNumber\": \"14454219\"}", "US_DRIVER_LICENSE", "14454219");
    expect_one("MRN,LastName,DLNumber,DLState\n00391822,Smith,14454219,TX\n",
               "US_DRIVER_LICENSE", "14454219");
    expect_one("Driver licenses: D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_one("licences on file: D1234567", "US_DRIVER_LICENSE", "D1234567");
    pii_finding f = only_finding("driver license A1234567");
    ck_assert(f.flags & PII_FLAG_CONTEXT);

    /* no context, or a hotword only as part of a longer word */
    expect_none("A1234567");
    expect_none("D1234567 S12345678");
    expect_none("public A1234567");
    expect_none("republic D1234567");
    expect_none("publication D1234567");
    /* dates, ZIP+4 and years fit state shapes but are none of them */
    expect_none("DL 2023-01-15");
    expect_none("license 01/15/2023");
    expect_none("license 12345-6789");
    expect_none("license 2023");
    /* licenses of other kinds; a date of expiry after the hotword */
    expect_none("Contractor License No. 1012345 (CSLB, California)");
    expect_none("Medical license number G84213, State Medical Board of California");
    expect_none("Real estate license #01928374 (California DRE)");
    expect_none("Software license no. 48213377 - perpetual, 5 seats");
    expect_none("c   Ohio Accountancy Board   CPA license 048213");
    expect_none("contractor lic #1048832 on file, insured thru 12/2025");
    expect_none("PETS  Dog - Boston dog license # 24-01882, rabies tag 118830");
    expect_none("pet license # D2401882");
    expect_one("license # D2401882", "US_DRIVER_LICENSE", "D2401882");
    expect_none("RN License #: 95004829 (Texas BON)");
    expect_none("ACE BAIL BONDS, INC.   CA DOI License # 1847713");
    expect_none("DRE Corp. Lic. #01893422");
    expect_none("Texas Real Estate Commission License #0561234");
    expect_none("Property Manager License #: 201214477");
    expect_none("Georgia Master Plumber License MP208871");
    /* the same as a column's name */
    expect_one("Name,Contractor Lic #,DL\nJo,1184643,D4877918\n", "US_DRIVER_LICENSE",
               "D4877918");
    expect_none("Agent Name,DRE License #,Phone\nJo Smith,02093318,x\n");
    /* a lab's units ("mg/dL": "d" and "l" apart) and an accession number */
    expect_none("LDL Cholesterol (calc)      112        H     mg/dL        <100          13457-7");
    expect_none("Hgb 13.2 g/dL\nAccession: 2407418");
    expect_one("駕駛執照號碼: K3910375", "US_DRIVER_LICENSE", "K3910375");
    expect_one("Service: Driver License Renewal\nDL/ID number: D5502817", "US_DRIVER_LICENSE",
               "D5502817");
    expect_none("Registered nurse license #: 95004829");
    expect_one("driver lic #1048832 on file", "US_DRIVER_LICENSE", "1048832");
    expect_none("DL Exp: 08142027  Class: C");
    expect_one("DL: D1234567 Exp: 08142027", "US_DRIVER_LICENSE", "D1234567");
    expect_one("Driver license no. 48213377", "US_DRIVER_LICENSE", "48213377");
    /* "ID" after "license" is the same label, not another number's */
    expect_one("Driver License ID: E2731299 (CA)", "US_DRIVER_LICENSE", "E2731299");
    expect_one("spouse Driver's License ID Number: 135439590 (NY)", "US_DRIVER_LICENSE",
               "135439590");
    expect_none("Employee ID: E2731299 (CA)");
    expect_none("Position: CDL-A Driver (Req R-20114)"); /* a job requisition's number */
    /* the value glued to "No." */
    expect_one("Driver Lic. No.D4418203 CA", "US_DRIVER_LICENSE", "D4418203");
    /* a plate's number, and licenses of an adjuster, a dealer, a tow
     * company, a lender, a state's real estate board (a state's code or
     * "Co." between), and French trades' "licence" */
    expect_none("LICENSE PLATE #: 418273   PLATE STATE: DE");
    expect_none("LICENSE PLATE: QRT K14   DECAL NO: 31182746");
    expect_none("Lic Plate: 4418273");
    expect_none("ADJ: jpatel (Adj Lic# TX 2391847)");
    expect_none("Northstar Auto Parts LLC, Dealer License No. 2883341");
    expect_none("Rapid Tow (TDLR Tow Co. Lic. 0654321, Rotation #24-1183)");
    expect_none("Buyer's agent: Kim Alvarez, Compass, DRE Lic. #02114587");
    expect_none("TX Escrow Officer License No. 2214873");
    expect_none("Real Estate Broker TX License ID: 0611287");
    expect_none("N\xc2\xb0 de licence RBQ : 5678-1234-01");
    expect_none("Licence d'entrepreneur : 5678123401");
    expect_one("Operator License 2883341", "US_DRIVER_LICENSE", "2883341");
    expect_one("Driving licence: 2883341", "US_DRIVER_LICENSE", "2883341");
    /* an ID's type names the number under a generic label, on its line or
     * the line above, other fields between (not another number's label) */
    expect_one("  Primary ID Type: Driver's License   Issuing State: WA   Expiration: 11/19/2029\n"
               "  ID Number: WDLR52KY9EWL",
               "US_DRIVER_LICENSE", "WDLR52KY9EWL");
    expect_none("ID Type: Employee Badge   ID Number: A1234567");
    /* (or UK Open Banking's scheme for its identification) */
    expect_one("{\"SchemeName\":\"UK.OBIE.SortCodeAccountNumber\",\"Identification\":"
               "\"30963441827765\",\"Name\":\"Mr J Smith\"}",
               "US_BANK_NUMBER", "30963441827765");
    expect_none("{\"SchemeName\":\"UK.OBIE.Wallet\",\"Identification\":\"30963441827765\"}");
    /* (or a qualified ID's key: "Primary ID:", "Secondary ID:") */
    const char *ids = "Primary ID: Driver License   State: WA\nID Number: WDLR91LQ7C2T\n"
                      "Secondary ID: Passport   Country: United States\nID Number: 471902385\n";
    expect_has(ids, "US_DRIVER_LICENSE", "WDLR91LQ7C2T");
    expect_has(ids, "US_PASSPORT", "471902385");
    expect_none("Primary ID: Employee Badge\nID Number: A1234567\n");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* US_PASSPORT and PASSPORT                                                 */
/* ------------------------------------------------------------------------ */

static const char ALL_MIXED_TEXT[] =
    "SSN 536-22-1234; ITIN 912-70-1234; driver license D1234567; "
    "US passport 123456789; German passport C01X00T47; card 4111 1111 1111 1111; "
    "routing number 011000015; account number 12345678901; "
    "IBAN DE89 3704 0044 0532 0130 00; email john@example.com; ip 192.168.1.10; "
    "phone (212) 555-0199; mac 00:1a:2b:3c:4d:5e";

static const char MRZ_SPECIMEN[] = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                   "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

START_TEST(test_us_passport)
{
    /* (the label's number word counts: the passport's label is nearer
     * than the card's word after) */
    expect_one("Documents: U.S. Passport No. 567123489, SS card, two proofs of residency.",
               "US_PASSPORT", "567123489");
    /* (the country in a field below) */
    expect_one("passport:\n  number: \"583920176\"\n  issuing_country: \"United States of America\"\n  expires: 2031-06-14", "US_PASSPORT", "583920176");
    expect_one("Passport No: 583920176\nCountry of issue: USA", "US_PASSPORT", "583920176");
    expect_one("passport:\n  number: \"583920176\"\n  issuing_country: \"Canada\"", "PASSPORT", "583920176");
    expect_one("US passport 123456789", "US_PASSPORT", "123456789");
    expect_one("U.S. passport number 123456789", "US_PASSPORT", "123456789");
    expect_one("USA passport C12345678", "US_PASSPORT", "C12345678");
    expect_one("passport C12345678 USA", "US_PASSPORT", "C12345678");
    expect_one("United States passport: 912345678", "US_PASSPORT", "912345678");
    expect_one("passport_us 123456789", "US_PASSPORT", "123456789");
    /* a passport book and card: the US form DS-82's words */
    expect_one("10. Most recent passport book number: 508317264  Issue date: 08/02/2014",
               "US_PASSPORT", "508317264");
    /* the country named further after the number, on its line */
    expect_one("name,country,passport_no,timezone\nDeShawn Nguyen,MX,P18762311,America/Mexico_City\n",
               "PASSPORT", "P18762311"); /* (a time zone's "America") */
    expect_one("Passport No: 912803456, nationality: United States of America", "US_PASSPORT",
               "912803456");
    expect_one("Passport No: 912803456 (Place of issue: Washington, USA)", "US_PASSPORT",
               "912803456");
    expect_one("Passport No: 912803456, nationality: Canada", "PASSPORT", "912803456");
    expect_one("Passport No: 912803456, place of issue:\nUnited States", "PASSPORT", "912803456");
    expect_one("passport (United Kingdom) 952576934. U.S. citizen", "PASSPORT", "952576934");
    expect_has("Passport No: 912803456, SSN 536221234, United States", "PASSPORT", "912803456");

    /* passport context without a US indicator: a passport of elsewhere */
    expect_one("passport 123456789", "PASSPORT", "123456789");
    /* "us" in lower case is the pronoun */
    expect_one("send us your passport 123456789", "PASSPORT", "123456789");
    /* a US word alone is not passport context */
    expect_none("US 123456789");
    expect_none("USA C12345678");
    /* not a US shape: two letters */
    expect_one("US passport AB1234567", "PASSPORT", "AB1234567");
    /* the value glued to "No." */
    expect_one("Passport No.520123456 (U.S.)", "US_PASSPORT", "520123456");
    expect_one("Pass-Nr.: X0123456, ausgestellt am 15.05.2022 in Bern", "PASSPORT", "X0123456");
    expect_one("Číslo cestovního pasu: 45829173 (platnost do 14. 9. 2031)", "PASSPORT", "45829173");
    /* a form's label with '#': the country on the line above counts */
    expect_one("Citizenship: United States\nPassport #: A04719238   Exp: 2033-02-11", "US_PASSPORT",
               "A04719238");
    expect_one("Citizenship: United States\nPassport#: 561204837", "US_PASSPORT", "561204837");
    expect_none("Passport photo No.2x2");
    /* a key of one word */
    expect_one("<GovernmentId documentType=\"USPassport\">A04827193</GovernmentId>", "US_PASSPORT",
               "A04827193");
}
END_TEST

START_TEST(test_passport_other)
{
    /* (the EU's product passport) */
    expect_none("digital battery passport no. 552917730");
    /* (a note after the value that goes on after its hotword) */
    expect_one("Number on file: 533402718 (passport, issued 2021)", "PASSPORT", "533402718");
    /* (FinCEN's "Type of ID:" at the text's start) */
    expect_one("Type of ID: Foreign passport   ID No.: K8319274   Issuing Jurisdiction: India",
               "PASSPORT", "K8319274");
    expect_one("German passport C01X00T47", "PASSPORT", "C01X00T47");
    expect_one("passport no. X1234567", "PASSPORT", "X1234567");
    expect_one("Passport: AB123456", "PASSPORT", "AB123456");
    expect_one("travel document 12AB3456", "PASSPORT", "12AB3456");
    expect_one("旅券番号：TK4829137", "PASSPORT", "TK4829137"); /* Japanese */
    expect_none("C01X00T47");
    expect_none("X1234567 AB123456");
    expect_none("passport ABCDEFGH");   /* no digit */
    expect_none("passport A1234");      /* too short */
    expect_none("passport AB12345678X"); /* too long */
    /* an airline record's travel document (IATA's SSR DOCS: type, issuing
     * country, number, nationality, birth date ...): a segment between '/' */
    expect_one("  8 SSR DOCS UA HK1 P/USA/548213907/USA/12MAR85/M/15JUL31/ANDERSON/JAMES/P1",
               "US_PASSPORT", "548213907");
    expect_one("  9 SSR DOCS UA HK1 P/GBR/520948173/GBR/03JUN87/F/22AUG29/ANDERSON/LAURA/P2",
               "PASSPORT", "520948173");
    expect_none("GET /api/orders/548213907/items"); /* no word for it */
    expect_none("SSR DOCS UA HK1 P/USA/548213907X/USA"); /* not the whole segment */
    /* letters and digits, a capital first */
    expect_one("  8 SSR DOCS AI HK1 P/IND/Z4418273/IND/12MAR85/M/15MAR30/SHARMA/PRIYA",
               "PASSPORT", "Z4418273");
    expect_one("SSR DOCS JL HK1 P/JPN/TK1234567/JPN/01JAN80/M/01JAN30/SATO/TARO", "PASSPORT",
               "TK1234567");
    expect_none("GET /api/users/AB123456/profile");
    /* "Estados Unidos Mexicanos" is Mexico, not the United States */
    expect_one("Issuing Country: Mexico (Estados Unidos Mexicanos)\nPassport No.: G52575066",
               "PASSPORT", "G52575066");
    expect_one("ID Type: Passport ID No.: 552575066", "PASSPORT", "552575066");
    /* a JSON object's type, its other fields between (camelCase keys too) */
    expect_one("{\n  \"documentType\": \"DRIVERS_LICENSE\",\n  \"issuingState\": \"IL\",\n"
               "  \"documentNumber\": \"T50596960870\"\n}\n", "US_DRIVER_LICENSE", "T50596960870");
    expect_one("{\n  \"document_type\": \"passport\",\n  \"issuing_country\": \"USA\",\n"
               "  \"document_number\": \"663207820\",\n  \"expiry\": \"2030-01-01\"\n}\n",
               "US_PASSPORT", "663207820");
    expect_none("{\n  \"document_type\": \"passport\",\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3,\n"
                "  \"document_number\": \"663207820\"\n}\n");
    expect_one("Document Type: Passport   Document Number: X12345678", "PASSPORT", "X12345678");
    expect_none("ID Type: Passport\nMember ID: 552575066");
    /* a day, a month's abbreviation and a year are a date */
    expect_none(" 15 RM PASSPORT DATA VERIFIED 12MAR24 JK");
    expect_none("passport expiry 15MAR2030");
    /* Finnish, Polish, Czech and Hungarian labels */
    expect_one("Laura Virtanen, passi nro FP5928374", "PASSPORT", "FP5928374");
    expect_one("legitymujaca sie paszportem nr FE418273,", "PASSPORT", "FE418273");
    expect_one("olasz allampolgar, \xc3\xbatlev\xc3\xa9lsz\xc3\xa1m: YA4182736)", "PASSPORT", "YA4182736");
}
END_TEST

START_TEST(test_passport_mrz)
{
    expect_one_sub(MRZ_SPECIMEN, "PASSPORT", MRZ_SPECIMEN, "MRZ");
    pii_finding f = only_finding(MRZ_SPECIMEN);
    ck_assert(f.flags & PII_FLAG_VALIDATED);

    /* with text around it and CRLF between the lines */
    const char *crlf = "MRZ:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n"
                       "L898902C36UTO7408122F1204159ZE184226B<<<<<10\nend";
    expect_one_sub(crlf, "PASSPORT",
                   "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n"
                   "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
                   "MRZ");

    /* one wrong check digit (composite 0 -> 1), or the document number
     * check digit changed: no MRZ finding */
    char bad[sizeof MRZ_SPECIMEN];
    memcpy(bad, MRZ_SPECIMEN, sizeof bad);
    bad[sizeof bad - 2] = '1';
    expect_none(bad);
    memcpy(bad, MRZ_SPECIMEN, sizeof bad);
    bad[45 + 9] = '7';
    expect_none(bad);
    /* line 2 alone, or line 1 alone, is not a TD3 MRZ */
    expect_none("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    /* lines that are one character short */
    expect_none("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<\n"
                "L898902C36UTO7408122F1204159ZE184226B<<<<10");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* CREDIT_CARD                                                              */
/* ------------------------------------------------------------------------ */

START_TEST(test_card_brands)
{
    static const struct {
        const char *text, *brand;
    } cards[] = {
        {"4111111111111111", "VISA"},
        {"4012888888881881", "VISA"},
        {"4111 1111 1111 1111", "VISA"},
        {"4111-1111-1111-1111", "VISA"},
        {"5555555555554444", "MASTERCARD"},
        {"5555 5555 5555 4444", "MASTERCARD"},
        {"2221000000000009", "MASTERCARD"},    /* 2-series, first BIN */
        {"2720 9900 0000 0007", "MASTERCARD"}, /* 2-series, last BIN */
        {"2710-0000-0000-0007", "MASTERCARD"},
        {"378282246310005", "AMEX"},
        {"3782 822463 10005", "AMEX"}, /* 4-6-5 */
        {"3714-496353-98431", "AMEX"},
        {"3782.822463.10005", "AMEX"}, /* dots: 4-6-5 or 4-4-4-4 only */
        {"4111.1111.1111.1111", "VISA"},
        {"6011.1111.1111.1117", "DISCOVER"},
        {"6011111111111117", "DISCOVER"},
        {"3530111333300000", "JCB"},
        {"30569309025904", "DINERS"},
        {"6200000000000005", "UNIONPAY"},
        {"6759649826438453", "MAESTRO"},
        {"9792 9128 1755 6730", "TROY"},
    };
    char buf[96];
    for (size_t i = 0; i < N_ELEMS(cards); i++) {
        expect_one_sub(cards[i].text, "CREDIT_CARD", cards[i].text, cards[i].brand);
        snprintf(buf, sizeof buf, "Paid with %s yesterday.", cards[i].text);
        expect_one_sub(buf, "CREDIT_CARD", cards[i].text, cards[i].brand);
    }
    pii_finding f = only_finding("4111 1111 1111 1111");
    ck_assert(f.flags & PII_FLAG_VALIDATED);
    ck_assert(!(f.flags & PII_FLAG_CONTEXT));
    pii_finding g = only_finding("card 4111 1111 1111 1111");
    ck_assert(g.flags & PII_FLAG_CONTEXT);
    /* grouped is more certain than contiguous */
    ck_assert(only_finding("4111 1111 1111 1111").score > only_finding("4111111111111111").score);
    /* a magnetic stripe's track 1: "%B", the number, '^' */
    expect_one("%B4970786377466471^DELGADO/MARIA^2708101000000000000000412000000?",
               "CREDIT_CARD", "4970786377466471");
    expect_one("trk1=%B4970786377466471^DELGADO/MARIA^27081010", "CREDIT_CARD",
               "4970786377466471");
}
END_TEST

START_TEST(test_card_rejections)
{
    /* (a receipt's transaction number, after " - ") */
    expect_none("REF # 412300458761\nTRANS ID - 378249032518695");
    /* (payment references, mandates, contracts) */
    expect_none("Votre échéancier - Référence de paiement : 4249065286303744 - Prochain prélèvement");
    expect_none("SEPA-Lastschrift, Mandatsreferenz: 4973699356327290");
    expect_none("Kassenzeichen: 4663923321468814");
    expect_none("4111111111111112");     /* Luhn */
    expect_none("4111 1111 1111 1112");
    expect_none("5555555555554445");
    expect_none("378282246310006");
    expect_none("2720990000000008");
    expect_none("4111 1111-1111 1111");  /* mixed separators */
    /* a record's field after '/': a card's expiry, for an issuer's card */
    expect_one("card 4147826875860862/0826", "CREDIT_CARD", "4147826875860862");
    expect_none("id 4147826875860862/0826x");
    /* a string's escape after it, as a JSON log line ends */
    expect_one("{\"log\":\"charge ok card=4119481927395980\\n\",\"stream\":\"stdout\"}",
               "CREDIT_CARD", "4119481927395980");
    expect_one("{\"log\":\"applicant ssn=546-20-0246\\r\\n\"}", "US_SSN", "546-20-0246");
    expect_none("4119481927395980\\x");
    expect_none("id 4147826875860862/2826");  /* no month */
    expect_none("ref 1234567812345670/0826"); /* (Luhn-valid, no issuer) */
    expect_none("4111.1111.1111.1112");  /* Luhn */
    expect_none("4111.11111111.1111");   /* with dots, only 4-4-4-4 and 4-6-5 */
    expect_none("1.4111.1111.1111.1111"); /* a longer dotted number */
    expect_none("4111.1111.1111.1111.5");
    expect_none("v4111.1111.1111.1111");
    expect_none("4111 1111 1111 1111 1111"); /* 20 digits */
    expect_none("41111111111111111111");
    expect_none("x4111111111111111");    /* glued */
    expect_none("4111111111111111a");
    expect_none("$4111111111111111");    /* an amount */
    expect_none("12 4111 1111 1111 1111"); /* inside a longer grouped number */
    /* Luhn-valid of no known issuer: only with a hotword, then no brand */
    expect_none("7008123456789012");
    /* (a fleet card's) */
    expect_one_sub("card 7008123456789012", "CREDIT_CARD", "7008123456789012", "");
    /* (but no issuer's number begins with 0, nor with 1 but UATP's fifteen
     * digits) */
    expect_none("card 1234567812345670");
    /* two cards in a row, each its own finding */
    const char *two = "4111 1111 1111 1111 and 5555 5555 5555 4444";
    expect_has(two, "CREDIT_CARD", "4111 1111 1111 1111");
    expect_has(two, "CREDIT_CARD", "5555 5555 5555 4444");
    /* "%B" and a number: a card only as track 1 has it, an issuer's and
     * Luhn-valid, '^' after it */
    expect_none("%B4970786377466472^DELGADO/MARIA^2708");
    expect_none("x%B4970786377466471^DELGADO/MARIA^2708");
    expect_none("%B4970786377466471 DELGADO");
    /* a MIME boundary as Python and Mailman write them */
    expect_none("Content-Type: multipart/mixed; boundary=\"===============4417229177301144==\"\n"
                "--===============4417229177301144==");
    /* South Africa's identity numbers pass Luhn; an ID card is no payment card */
    expect_none("I, the undersigned, LINDIWE MTHEMBU, identity number 6304087160081,");
    expect_none("Items stolen: wallet with Smart ID card (9002158601085), FNB Gold credit card");
}
END_TEST

/* A card followed by its expiry date or security code: that is another
 * number, except a group of four, which continues the card's groups. */
START_TEST(test_card_then_another_number)
{
    expect_one("card 4111111111111111 12/26", "CREDIT_CARD", "4111111111111111");
    expect_one("card 4111111111111111 123", "CREDIT_CARD", "4111111111111111");
    expect_one("card 378282246310005 12", "CREDIT_CARD", "378282246310005");
    expect_one("card 4111 1111 1111 1111 12/26", "CREDIT_CARD", "4111 1111 1111 1111");
    expect_one("4111 1111 1111 1111 123 cvv", "CREDIT_CARD", "4111 1111 1111 1111");
    expect_one("cc 5500 0055 5555 5559 11/25 cvv 321", "CREDIT_CARD", "5500 0055 5555 5559");
    expect_one("Amex 3782 822463 10005 1234", "CREDIT_CARD", "3782 822463 10005");
    const char *two = "cards: 4111111111111111 5500005555555559";
    expect_has(two, "CREDIT_CARD", "4111111111111111");
    expect_has(two, "CREDIT_CARD", "5500005555555559");
    /* a 19-digit card in 4-4-4-4-3 stays whole */
    expect_one("4000 0000 0000 0000 006", "CREDIT_CARD", "4000 0000 0000 0000 006");
    /* groups of four go on: one longer number (tracking numbers) */
    expect_none("4111111111111111 4111");
    expect_none("4111 1111 1111 1111 4111");
    expect_none("4111111111111111-12");
    expect_none("4111-1111-1111-1111-12"); /* joined by '-': one ID */
    expect_none("4111 1111 1111 1112 12/26"); /* the prefix must be valid too */
}
END_TEST

/* ------------------------------------------------------------------------ */
/* ABA_ROUTING_NUMBER and US_BANK_NUMBER                                     */
/* ------------------------------------------------------------------------ */

START_TEST(test_aba)
{
    /* (up to three words between "for" and the word it modifies) */
    expect_one("Routing number for the agency commission deposit: 256190065", "ABA_ROUTING_NUMBER",
               "256190065");
    /* (a long label of its own line counts as a whole) */
    expect_one("Routing number for direct deposit of your premium refund: 092909410",
               "ABA_ROUTING_NUMBER", "092909410");
    /* (a bank's name after the number names no account) */
    expect_one("Receiver ABA ........ 026009593  BANK OF AMERICA NY", "ABA_ROUTING_NUMBER", "026009593");
    /* (a word for the two labels together) */
    expect_has("the ACH test uses a real routing/account pair: 617862550 / 3318820458", "ABA_ROUTING_NUMBER", "617862550");
    expect_one("routing number 011000015", "ABA_ROUTING_NUMBER", "011000015");
    /* an ACH return's receiving bank */
    expect_one("Original RDFI: 122000247", "ABA_ROUTING_NUMBER", "122000247");
    expect_one("routing 021000021", "ABA_ROUTING_NUMBER", "021000021");
    expect_one("ABA 0110-0001-5", "ABA_ROUTING_NUMBER", "0110-0001-5");
    expect_one("RTN: 061000159", "ABA_ROUTING_NUMBER", "061000159");
    expect_one("same bank as before (rtg 061000159)", "ABA_ROUTING_NUMBER", "061000159");
    expect_one("autopay set up, bank rtng 071000013", "ABA_ROUTING_NUMBER", "071000013");
    /* "for" joins a label's head only right after it */
    expect_one("micro-deposit verify failed for routing 031176110", "ABA_ROUTING_NUMBER",
               "031176110");
    expect_one("depósito directo: núm. de ruta 067014822", "ABA_ROUTING_NUMBER", "067014822");
    expect_one("DOB 04/12/1988  OLN: G620-118-88-412-0 (FL)", "US_DRIVER_LICENSE",
               "G620-118-88-412-0");
    /* "RT" in capitals; in lower case it is as likely a retweet */
    expect_one("Wells Fargo, RT 121000248", "ABA_ROUTING_NUMBER", "121000248");
    expect_has("Bank: Wells Fargo, RT 121000248, Acct 1234567890", "ABA_ROUTING_NUMBER",
               "121000248");
    expect_none("rt 121000248");
    pii_finding f = only_finding("routing number 011000015");
    ck_assert(f.flags & PII_FLAG_VALIDATED);
    ck_assert(f.flags & PII_FLAG_CONTEXT);

    expect_none("011000015");               /* needs context */
    expect_none("routing number 011000016"); /* checksum */
    expect_none("routing number 131000018"); /* checksum ok, prefix 13 not a Fed prefix */
    expect_none("routing number 501000017"); /* prefix 50 */
    expect_none("routing number 0110000150"); /* ten digits */
    /* the values glued to "No." */
    const char *glued = "ROUTING NO.113000010 ACCT NO.6620018839";
    expect_has(glued, "ABA_ROUTING_NUMBER", "113000010");
    expect_has(glued, "US_BANK_NUMBER", "6620018839");
    expect_one("Acct.No.6620018839", "US_BANK_NUMBER", "6620018839");
    expect_none("routing number xy.113000010"); /* glued to another word */
    expect_none("routing number SNo.113000010");
    /* Chinese, Vietnamese (with its 'đ') and Korean labels */
    expect_one("\xe9\x93\xb6\xe8\xa1\x8c\xe8\xb7\xaf\xe7\x94\xb1\xe5\x8f\xb7\xe7\xa0\x81\xef\xbc\x9a" "322271627",
               "ABA_ROUTING_NUMBER", "322271627");
    expect_one("S\xe1\xbb\x91 \xc4\x91\xe1\xbb\x8bnh tuy\xe1\xba\xbfn ng\xc3\xa2n h\xc3\xa0ng: 122000661",
               "ABA_ROUTING_NUMBER", "122000661");
    expect_one("\xec\x9d\x80\xed\x96\x89 \xeb\x9d\xbc\xec\x9a\xb0\xed\x8c\x85 \xeb\xb2\x88\xed\x98\xb8: 122016066",
               "ABA_ROUTING_NUMBER", "122016066");
}
END_TEST

START_TEST(test_bank_number)
{
    expect_none("G/L Account 61204400, cost center 4417");
    expect_none("SAP vendor account 2000417731 blocked for payment");
    expect_none("Checking fixture CF-07 No. 44172290 verified against CAD");
    expect_none("Lienholder: Central Bank   Title No. 241047718");
    /* (a production's Bates range, whichever end the account's word is near) */
    expect_none("Documents concerning the Whitlock bank account were produced at WFB 100238841 "
                "through WFB 100238860.");
    expect_none("Bates range ACME 0004127739 - ACME 0004127801 (checking account statements)");
    expect_none("Please add frequent flyer account no. 00482917364 to segment 2.");
    /* (a pay voucher's and a retirement plan's numbers) */
    expect_none("Direct deposit advice no. 300417829 issued for pay date 06/21/2024");
    expect_none("Savings plan contract 333441827 (Empower) renewed");
    expect_one("Savings account 333441827", "US_BANK_NUMBER", "333441827");
    /* (listings' numbers after "Bank"; "#s" after paired labels) */
    expect_none("Foreclosure listing remarks: Bank REO # 4820019375.");
    expect_none("Bank-owned. MLS# 88213044.");
    expect_has("Routing and Account #s: 322271627 and 4820019375", "US_BANK_NUMBER", "4820019375");
    expect_has("Routing and Account #s: 322271627 and 4820019375", "ABA_ROUTING_NUMBER", "322271627");
    /* (a store's accounts) */
    expect_none("Your NorthPeak store credit account 4471208833 has a statement balance");
    expect_none("Layaway account 5520417731: balance $360.00");
    expect_one("Credit union account 4471208833", "US_BANK_NUMBER", "4471208833");
    /* (a kind of account after the value, too) */
    expect_none("Conta contrato: 7004418823 - conta de energia de marco: R$ 187,40");
    expect_has("the ACH test uses a real routing/account pair: 617862550 / 3318820458", "US_BANK_NUMBER", "3318820458");
    /* (an AWS account, the one its ARN names) */
    expect_none("{\"Account\": \"318204657192\", \"Arn\": \"arn:aws:iam::318204657192:user/dev\"}");
    /* (a hospital's accounts) */
    expect_none("Pat. Acct. No. 884120733   Adm Date 03/12/2024");
    expect_none("Hosp Acct #: 884120733   Svc Area: LGH");
    expect_none("Self-pay account 884120733 placed with collection agency");
    /* (German, French, Dutch, Italian abbreviations) */
    expect_one("Girokonto: 5407324931", "US_BANK_NUMBER", "5407324931");
    expect_one("RIB : Banque 30003 - Guichet 03620 - N° cpte 00050281946 - Clé 92", "US_BANK_NUMBER", "00050281946");
    expect_one("account number 12345678901", "US_BANK_NUMBER", "12345678901");
    expect_one("bank account 1234567", "US_BANK_NUMBER", "1234567");
    expect_one("checking acct: 98765432", "US_BANK_NUMBER", "98765432");
    expect_one("account 12345678901234567", "US_BANK_NUMBER", "12345678901234567");
    expect_none("12345678901");                  /* needs context */
    /* a phone number of the United Kingdom is none, whatever the words */
    expect_one("Accounts: 0113 496 0782", "PHONE_NUMBER", "0113 496 0782");
    expect_one("Account number 0161 496 0123 (our accounts team)", "PHONE_NUMBER",
               "0161 496 0123");
    expect_none("account 123456");              /* 6 digits: too short */
    expect_none("account 123456789012345678");  /* 18 digits: too long */
    /* Unix times: seconds or milliseconds after a word that makes them one */
    expect_none("account created at 1709294403");
    expect_none("account locked until 1709294403123");
    expect_one("account 1709294403", "US_BANK_NUMBER", "1709294403");
    expect_one("account at 2709294403", "US_BANK_NUMBER", "2709294403");
    expect_none("account token expires at 1709294403");
    expect_none("account timestamp 1709294403");
    expect_none("account created 1709294403");
    expect_none("account updated_at=1709294403");
    expect_none("{\"account\": \"x\", \"created_at\": 1709294403}");
    expect_none("account ts=1709294403123");
    expect_one("account: 1709294403", "US_BANK_NUMBER", "1709294403");
    expect_one("account opened at 2709294403", "US_BANK_NUMBER", "2709294403");
    expect_one("wire to acct at 1234567890", "US_BANK_NUMBER", "1234567890");
    /* routing and account each take their own label */
    const char *both = "routing number 011000015 account 12345678901";
    expect_has(both, "ABA_ROUTING_NUMBER", "011000015");
    expect_has(both, "US_BANK_NUMBER", "12345678901");
    scan_result r = scan_text(__LINE__, both, strlen(both));
    ck_assert_uint_eq(r.n, 2);

    /* in groups: three or more of 2-6 digits, one kind of separator */
    expect_one("Account Number: 2290 4418 5567", "US_BANK_NUMBER", "2290 4418 5567");
    expect_one("Account #: 4418-220-917 (checking)", "US_BANK_NUMBER", "4418-220-917");
    expect_one("Checking Acct: 58 1120 9934", "US_BANK_NUMBER", "58 1120 9934");
    expect_one("account 12 2290 4418 5567", "US_BANK_NUMBER", "12 2290 4418 5567");
    expect_none("2290 4418 5567");                        /* needs context */
    expect_none("account 2290-4418 5567");                /* two kinds */
    expect_none("account 1229 0441 8556 7123 4567");      /* 20 digits */
    expect_none("account 2290 4418");                     /* two groups */
    expect_none("\"POST /account/settings\" 500 38349 \"-\""); /* (a log's fields) */
    expect_one("account 1234567 890 123", "US_BANK_NUMBER", "1234567"); /* (7: no group) */
    expect_none("account a2290 4418 5567");
    /* not the shapes other numbers are grouped in: amounts with their
     * thousands apart, dates, phone numbers, SSNs */
    expect_none("account balance: 12 500 000");
    expect_none("account opened 2023-04-11");
    expect_none("account 2046-06-01-05");                  /* (the scan passes dates over) */
    expect_none("account opened 04 11 2023");
    expect_one("numero de cuenta en el banco; tfno. 612 55 01 23", "PHONE_NUMBER", "612 55 01 23");
    expect_one("account holder phone 212-555-0199", "PHONE_NUMBER", "212-555-0199");
    /* a company's registration number is no account */
    expect_one("rekening NL95 INGB 0006 8291 47, KvK 34117253.", "IBAN_CODE", "NL95 INGB 0006 8291 47");
    expect_one("account: 536-22-1234", "US_SSN", "536-22-1234");
    /* a card's groups are a card */
    expect_one("account 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111");
    /* Spanish "Cta."; a utility's account in Portuguese, a loan's number */
    expect_one("solicito el reembolso a mi Cta. Cte. N\xc2\xb0 21567843 del BancoEstado.",
               "US_BANK_NUMBER", "21567843");
    expect_none("CONTA CONTRATO: 7012345678");
    expect_none("Conta de energia 7012345678");
    expect_none("Account Name: Lakeview Ridge Payoff Clearing\n  Reference: Loan 0012847731");
    /* a sort code or BSB between the label and the account does not take
     * the label; a label of another number joined by '/' is no modifier */
    expect_one("My sort code and account number are 20-32-06 43127890 (Barclays)", "US_BANK_NUMBER",
               "43127890");
    expect_one("BSB and account number: 062-000 10392847", "US_BANK_NUMBER", "10392847");
    expect_one("Sort code / Account number: 07-04-36 / 62093471", "US_BANK_NUMBER", "62093471");
    expect_none("Account opened 2024-03-18 43127890");
    /* a meter's number under a bill's account number */
    expect_one("Account number: 2204 551 908   Issue date: 02/04/2024\nNMI: 4102567890",
               "US_BANK_NUMBER", "2204 551 908");
    /* Norway's 4.2.5 with dots; Czechia's prefix and bank's code */
    expect_one("Betales til kontonr.: 1503.41.28739", "US_BANK_NUMBER", "1503.41.28739");
    expect_none("version 1503.41.28739.1");
    expect_one("\xc4\x8c\xc3\xadslo \xc3\xba\xc4\x8dtu: 19-909915210/0800", "US_BANK_NUMBER",
               "19-909915210");
    expect_one("na \xc3\xba\xc4\x8d" "et zam\xc4\x9bstnance \xc4\x8d. 4652876380/0100", "US_BANK_NUMBER",
               "4652876380");
    expect_none("account 4652876380/01001");
    /* Spanish names of accounts of other kinds */
    expect_none("8a. N\xc3\xbamero de Cuenta en L\xc3\xadnea de USCIS (si alguno): 0018 4472 9163");
    expect_none("N\xc3\xbamero de cuenta del pr\xc3\xa9stamo: 4418220917");
    expect_none("N\xc3\xbamero de cuenta del estudiante (cafeter\xc3\xad" "a): 1184402");
    expect_none("N\xc3\xbamero de cuenta de servicio el\xc3\xa9" "ctrico: 5520184736");
    expect_one("N\xc3\xbamero de cuenta: 5520184736", "US_BANK_NUMBER", "5520184736");
    expect_none("Contract Account: 300012345678");
}
END_TEST

/* A cheque's MICR line: the E-13B symbols name the fields, no hotword
 * needed (U+2446 transit, U+2448 on-us). */
#define TRANSIT "\xe2\x91\x86"
#define ON_US "\xe2\x91\x88"
START_TEST(test_micr_line)
{
    /* (a note before the line's word is no label of its own) */
    expect_has("Scanned check (OCR), MICR line: C010485C A122105278A 4471902283C", "US_BANK_NUMBER", "4471902283");
    const char *line = "Pay to the order of J. Doe\n" TRANSIT "011000015" TRANSIT " 12345678901" ON_US
                       " 1234\n";
    expect_has(line, "ABA_ROUTING_NUMBER", "011000015");
    expect_has(line, "US_BANK_NUMBER", "12345678901");
    scan_result r = scan_text(__LINE__, line, strlen(line));
    ck_assert_uint_eq(r.n, 2); /* the cheque number is none */
    /* the cheque number first; an account of nine digits that passes the
     * routing checksum is still the account */
    const char *business = ON_US "0123" ON_US " " TRANSIT "021000021" TRANSIT " 122105155" ON_US;
    expect_has(business, "ABA_ROUTING_NUMBER", "021000021");
    expect_has(business, "US_BANK_NUMBER", "122105155");
    r = scan_text(__LINE__, business, strlen(business));
    ck_assert_uint_eq(r.n, 2);
    /* a label naming both fields, the account's name nearer the routing
     * number, does not swap them */
    const char *labelled = "MICR (routing / account / check no.): " TRANSIT "021000021" TRANSIT
                           " 9876543210" ON_US " 1001";
    expect_has(labelled, "ABA_ROUTING_NUMBER", "021000021");
    expect_has(labelled, "US_BANK_NUMBER", "9876543210");
    r = scan_text(__LINE__, labelled, strlen(labelled));
    ck_assert_uint_eq(r.n, 2);
    expect_none(TRANSIT "011000016" TRANSIT);                          /* checksum */
    expect_none(TRANSIT "011000015");                                  /* no field */
    expect_none("011000015" TRANSIT);
    expect_none("12345678901" ON_US " 1234");                           /* no transit field */
    expect_none(TRANSIT "011000016" TRANSIT " 123456" ON_US);           /* six digits */
    /* written without spaces between the fields */
    const char *tight = TRANSIT "011000015" TRANSIT "12345678901" ON_US "1234";
    expect_has(tight, "ABA_ROUTING_NUMBER", "011000015");
    expect_has(tight, "US_BANK_NUMBER", "12345678901");
    /* OCR's spaces between a symbol and its field; the account in groups */
    const char *spaced = TRANSIT " 061000104 " TRANSIT "   1000 2277 0413 " ON_US "  2218";
    expect_has(spaced, "ABA_ROUTING_NUMBER", "061000104");
    expect_has(spaced, "US_BANK_NUMBER", "1000 2277 0413");
    expect_none("061000104   1000 2277 0413  2218"); /* no symbols, no hotword */

    /* the symbols written as letters: 'T' and 'O' or 'U', 'A' and 'C'; a word
     * for the line names both numbers across the transit field (and the
     * cheque number's field before it), but letters alone are no cheque */
    expect_none("T322271627T 004512873366O 2051");
    const char *toad = "MICR: T322271627T 004512873366O 2051";
    expect_has(toad, "ABA_ROUTING_NUMBER", "322271627");
    expect_has(toad, "US_BANK_NUMBER", "004512873366");
    ck_assert_uint_eq(scan_text(__LINE__, toad, strlen(toad)).n, 2);
    const char *font = "MICR: C000731C A063100277A 898041277C";
    expect_has(font, "ABA_ROUTING_NUMBER", "063100277");
    expect_has(font, "US_BANK_NUMBER", "898041277");
    ck_assert_uint_eq(scan_text(__LINE__, font, strlen(font)).n, 2);
    const char *tight_letters = "MICR: T021000021T1234567890U0123";
    expect_has(tight_letters, "ABA_ROUTING_NUMBER", "021000021");
    expect_has(tight_letters, "US_BANK_NUMBER", "1234567890");
    expect_has("MICR A121000248A 4470 2219 0183C", "US_BANK_NUMBER", "4470 2219 0183");
    /* a note on how the line was read; a business cheque's serial number
     * in the auxiliary on-us field, with a word for the line */
    const char *ocr = "MICR line (OCR): C0031276C A071183435A 155111655C";
    expect_has(ocr, "ABA_ROUTING_NUMBER", "071183435");
    expect_has(ocr, "US_BANK_NUMBER", "155111655");
    ck_assert_uint_eq(scan_text(__LINE__, ocr, strlen(ocr)).n, 2);
    const char *aux = "MICR: " ON_US "0048813" ON_US " " TRANSIT "071916217" TRANSIT " 2553165510" ON_US;
    expect_has(aux, "ABA_ROUTING_NUMBER", "071916217");
    expect_has(aux, "US_BANK_NUMBER", "2553165510");
    ck_assert_uint_eq(scan_text(__LINE__, aux, strlen(aux)).n, 2);
    expect_one("Account: " ON_US "2553165510" ON_US, "US_BANK_NUMBER", "2553165510");
    expect_none("MICR T011000016T 1234567890O");  /* checksum: no transit field */
    expect_none("MICR T021000021A 1234567890O");  /* two kinds of letter */
    expect_none("MICR AT021000021T 1234567890O"); /* a longer token */
    expect_none("MICR T021000021TX");
    /* an on-us letter of the other kind ends no account */
    expect_one("MICR A021000021A 1234567890O", "ABA_ROUTING_NUMBER", "021000021");
    /* far from the input's start, after the word that names the line */
    size_t pad = 20000;
    const char *micr = "MICR: T021000021T 7493810256O 0101\n";
    char *long_text = malloc(pad + strlen(micr) + 1);
    ck_assert_ptr_nonnull(long_text);
    for (size_t i = 0; i < pad; i++)
        long_text[i] = "the fox ran by. "[i % 16];
    memcpy(long_text + pad, micr, strlen(micr) + 1);
    scan_result r_long = scan_text(__LINE__, long_text, strlen(long_text));
    ck_assert_uint_eq(r_long.n, 2);
    ck_assert_int_eq(r_long.f[0].entity, PII_ABA_ROUTING_NUMBER);
    ck_assert_uint_eq(r_long.f[0].start, pad + 7);
    ck_assert_int_eq(r_long.f[1].entity, PII_US_BANK_NUMBER);
    ck_assert_uint_eq(r_long.f[1].start, pad + 18);
    free(long_text);
}
END_TEST
#undef TRANSIT
#undef ON_US

/* ------------------------------------------------------------------------ */
/* IBAN_CODE                                                                */
/* ------------------------------------------------------------------------ */

START_TEST(test_iban)
{
    expect_one_sub("DE89370400440532013000", "IBAN_CODE", "DE89370400440532013000", "DE");
    expect_one_sub("DE89 3704 0044 0532 0130 00", "IBAN_CODE", "DE89 3704 0044 0532 0130 00",
                   "DE");
    expect_one_sub("GB82WEST12345698765432", "IBAN_CODE", "GB82WEST12345698765432", "GB");
    expect_one_sub("IBAN GB82 WEST 1234 5698 7654 32.", "IBAN_CODE",
                   "GB82 WEST 1234 5698 7654 32", "GB");
    expect_one_sub("FR1420041010050500013M02606", "IBAN_CODE", "FR1420041010050500013M02606",
                   "FR");
    expect_one_sub("iban: NL91ABNA0417164300", "IBAN_CODE", "NL91ABNA0417164300", "NL");
    /* two spaces between two groups, as OCR sets them apart; not three */
    expect_one_sub("IBAN:  DE10 5001 0517  7333 1138 79", "IBAN_CODE",
                   "DE10 5001 0517  7333 1138 79", "DE");
    expect_none("DE10 5001 0517   7333 1138 79");
    /* groups of any length, the country's code maybe a group of its own,
     * as Polish and Italian invoices write them */
    expect_one_sub("Nr rachunku: PL 61 1090 1014 0000 0712 1981 2874", "IBAN_CODE",
                   "PL 61 1090 1014 0000 0712 1981 2874", "PL");
    expect_one_sub("IBAN: IT 60 X 05428 11101 000000123456", "IBAN_CODE",
                   "IT 60 X 05428 11101 000000123456", "IT");
    expect_one_sub("IBAN IT60 X054 2811 1010 0000 0123 456", "IBAN_CODE",
                   "IT60 X054 2811 1010 0000 0123 456", "IT");
    /* lower case is accepted; the subtype is the upper-case country */
    expect_one_sub("de89370400440532013000", "IBAN_CODE", "de89370400440532013000", "DE");
    pii_finding f = only_finding("DE89 3704 0044 0532 0130 00");
    ck_assert(f.flags & PII_FLAG_VALIDATED);
    /* an IBAN is reported without context */
    ck_assert(!(f.flags & PII_FLAG_CONTEXT));
    /* glued to a SWIFT field's tag at its line's start (MT940, MT103) */
    expect_one(":20:STARTUMS\n:25:DE24920711822445088264\n", "IBAN_CODE", "DE24920711822445088264");
    expect_one(":59F:/DE89370400440532013000", "IBAN_CODE", "DE89370400440532013000");
    expect_none("x:25:DE89370400440532013000");
    /* the counterparty's IBAN in MT940's ":86:" details, glued to "?31" */
    const char *mt940 = ":86:166?00GUTSCHRIFT?20SVWZ+Beitrag?30COLSDE33XXX\n"
                        "?31DE90370501982818261433?32Fitnessstudio Aktiv Plus\n"
                        ":86:177?20Rechnung 0345?30INGDDEFFXXX?31DE14500105178839045403?32Kanzlei\n";
    expect_has(mt940, "IBAN_CODE", "DE90370501982818261433");
    expect_has(mt940, "IBAN_CODE", "DE14500105178839045403");
    ck_assert_uint_eq(scan_text(__LINE__, mt940, strlen(mt940)).n, 2);
    expect_none("?20DE14500105178839045403?32"); /* (the purpose's subfield) */
}
END_TEST

START_TEST(test_iban_rejections)
{
    expect_none("DE89370400440532013001");       /* mod 97 */
    expect_none("DE88 3704 0044 0532 0130 00");  /* check digits */
    expect_none("GB82WEST12345698765433");
    expect_none("DE893704004405320130000");      /* one character too many */
    expect_none("DE8937040044053201300");        /* one too few */
    expect_none("DE89 3704 0044 0532 0130 001"); /* fifth char in last group */
    expect_none("xDE89370400440532013000");      /* glued */
    expect_none("DE89370400440532013000x");
    expect_one_sub("IBAN AE070331234567890123456/USD", "IBAN_CODE", "AE070331234567890123456",
                   "AE");
    expect_none("AE070331234567890123456/USDX");
    expect_none("QQ89370400440532013000");       /* no such country */
    expect_none("PL 61 1090 1014 0000 0712 1981 2875"); /* mod 97, the code apart */
    expect_none("PL 61 1090 1014 0000 0712 1981 28745"); /* one too many */
    expect_none("pl 61 1090 1014 0000 0712 1981 2874"); /* the code apart: in capitals */
    expect_none("x PL 61 1090 1014 0000 0712 1981"); /* too few */
}
END_TEST

/* ------------------------------------------------------------------------ */
/* EMAIL_ADDRESS                                                            */
/* ------------------------------------------------------------------------ */

START_TEST(test_email)
{
    /* (a Concordance load file's fields: "\xc3\xbe" (U+00FE) quotes each,
     * DC4 between them) */
#define THORN "\xc3\xbe"
#define DC4 "\x14"
    expect_has(THORN "maria.reyes@acmefreight.com" THORN DC4 THORN "dlong@halvorsen-cpa.com" THORN,
               "EMAIL_ADDRESS", "maria.reyes@acmefreight.com");
    expect_has(THORN "maria.reyes@acmefreight.com" THORN DC4 THORN "dlong@halvorsen-cpa.com" THORN,
               "EMAIL_ADDRESS", "dlong@halvorsen-cpa.com");
#undef THORN
#undef DC4
    expect_one("mail john.doe@example.com now", "EMAIL_ADDRESS", "john.doe@example.com");
    /* a zero-width space beside its '.' or '@' (normalize.c): the whole address */
    expect_one("Email: jane\u200b.doe@example.com", "EMAIL_ADDRESS", "jane\u200b.doe@example.com");
    expect_one("Email: jane.doe\u200b@\u200bexample.com", "EMAIL_ADDRESS",
               "jane.doe\u200b@\u200bexample.com");
    expect_one("<jane+tag@sub.example.co.uk>", "EMAIL_ADDRESS", "jane+tag@sub.example.co.uk");
    expect_one("Write to John@Example.COM.", "EMAIL_ADDRESS", "John@Example.COM");
    expect_one("mailto:info@example.org", "EMAIL_ADDRESS", "info@example.org");
    /* a link's URL-encoded name and '<' before the address are not part of it */
    expect_one("<a href=\"mailto:Bob%20Jones%20%3Cbob.jones@example.org%3E\">", "EMAIL_ADDRESS",
               "bob.jones@example.org");
    /* nor a quoted-printable '=' ("=3D") in a mail's link */
    expect_one("https://news.example/unsub?e=3Dalice.nguyen%40example.com&amp;c=3D1",
               "EMAIL_ADDRESS", "alice.nguyen%40example.com");
    expect_one("mailto:%22Ann%22%20ann@example.com", "EMAIL_ADDRESS", "ann@example.com");
    expect_one("user%2Btag@example.com", "EMAIL_ADDRESS", "user%2Btag@example.com"); /* '+' */
    expect_one("o'brien@example.ie", "EMAIL_ADDRESS", "o'brien@example.ie");
    /* UTF-8 local parts */
    expect_one("josé@example.com", "EMAIL_ADDRESS", "josé@example.com");
    expect_one("用户@example.com", "EMAIL_ADDRESS", "用户@example.com");
    expect_one("to: Ünïcödé.user@example.de", "EMAIL_ADDRESS", "Ünïcödé.user@example.de");
    /* IDN domains, as Unicode and as punycode */
    expect_one("user@bücher.de", "EMAIL_ADDRESS", "user@bücher.de");
    expect_one("user@xn--bcher-kva.de", "EMAIL_ADDRESS", "user@xn--bcher-kva.de");
    expect_one("user@пример.рф", "EMAIL_ADDRESS", "user@пример.рф");
    expect_one("user@例子.中国", "EMAIL_ADDRESS", "user@例子.中国");
    pii_finding f = only_finding("a.b@example.com");
    ck_assert(f.flags & PII_FLAG_VALIDATED);
    ck_assert(!(f.flags & PII_FLAG_CONTEXT));
    ck_assert(only_finding("email: a.b@example.com").flags & PII_FLAG_CONTEXT);
    /* the '@' URL-encoded, as query strings carry an address */
    expect_one("GET /api/users?email=alice%40example.com&page=2", "EMAIL_ADDRESS",
               "alice%40example.com");
    expect_one("?to=alice%2Bx%40mail.example.org", "EMAIL_ADDRESS", "alice%2Bx%40mail.example.org");
    /* (Outlook's Safe Links join their data's fields with an encoded '|') */
    expect_one("&data=05%7C02%7Cdana.whitfield%40northgate-logistics.com%7C8f1e2d&sdata=x",
               "EMAIL_ADDRESS", "dana.whitfield%40northgate-logistics.com");
    expect_none("discount 100%40 off");
    expect_none("x%40example.notatld");
    expect_none("%40example.com");
    expect_none("a%4"); /* (at the end of the text) */
}
END_TEST

START_TEST(test_email_rejections)
{
    /* a message's ID under a JSON key that names one */
    expect_none("\"MessageID\": \"<CY4PR11MB1234ABCD@CY4PR11MB1234.namprd11.prod.outlook.com>\",");
    expect_none("{\"internetMessageId\":\"<abc123@mail.gmail.com>\"}");
    expect_none("tracking=1Z999 message_id=<20240312140542.7f3a9c@mailer.acmeshop.com>");
    expect_one("Please email messageid <john.smith@gmail.com>", "EMAIL_ADDRESS",
               "john.smith@gmail.com");
    expect_one("from=<jane.doe@gmail.com>", "EMAIL_ADDRESS", "jane.doe@gmail.com");
    expect_one("{\"from\": \"<jane.doe@gmail.com>\"}", "EMAIL_ADDRESS", "jane.doe@gmail.com");
    /* a SIP URI's user: a phone number, at a domain too */
    expect_one("To: <sip:+2348031234567@sip.trunkprovider.net>", "PHONE_NUMBER", "+2348031234567");
    expect_one("sip:alice@example.com", "EMAIL_ADDRESS", "alice@example.com");
    /* an extension as the user, and a SIP message's Call-ID, behind a
     * trace's prefix too */
    expect_none("[SIP] <<< INVITE sip:4417@pbx.cc.local SIP/2.0");
    expect_none("[SIP]     Call-ID: 0a1f6c93e52b4d7f@sbc01.carrier-voice.net");
    /* HTML mail's links to an inline image's and a quoted message's IDs */
    expect_none("<img src=\"cid:part1.7Hb3Kx9Q.Zf2Lm4Np@hollis-family.net\" alt=\"\">");
    expect_none("<blockquote type=\"cite\" cite=\"mid:3b1f0a52-6e9c@poczta.onet.pl\">");
    expect_one("email acid:jane@example.com", "EMAIL_ADDRESS", "jane@example.com");
    expect_none("user@localhost");
    expect_none("root@localhost.");
    expect_none("avatar@2x.png");
    expect_none("icon@3x.jpg");
    expect_none("lodash@4.17.21");
    expect_none("npm install react@18.2.0");
    expect_none("@mentions and @john and @mary_smith");
    expect_none("x@y@example.com");
    expect_none("john.@example.com");
    expect_none("john@example.notatld");
    /* a form's body: '+' is a space before an encoded '@' */
    expect_one("Body=Yes+confirm+my+appt.+New+email+is+jo.pemberton%40gmail.com&From=x", "EMAIL_ADDRESS",
               "jo.pemberton%40gmail.com");
    /* a number after an encoded delimiter (a quote, '=') */
    expect_has("GET /t.gif?d=%7B%22email%22%3A%22kofi%40yahoo.com%22%2C%22ssn%22%3A%22574-41-9108"
               "%22%7D HTTP/1.1", "US_SSN", "574-41-9108");
    expect_one("POST /s ssn%3D574-41-9108%26x%3D1", "US_SSN", "574-41-9108");
    expect_none("GET /a?ref%3D2574-41-9108"); /* (an escape's digits are none of a number's) */
    expect_none("/issues/?jql=project+%3D+SUP+AND+created+%3E%3D+2024-03-01</link>");
    /* bounded by an encoded URL's or JSON string's delimiters, however long
     * the URL before */
    expect_one("dl=https%3A%2F%2Fwww.northwind-outfitters.com%2Freset-password%3Femail%3D"
               "t.nakamura%40docomo.ne.jp%26sent%3D1", "EMAIL_ADDRESS", "t.nakamura%40docomo.ne.jp");
    expect_one("mp=%7B%22%24email%22%3A%20%22liam.obrien%40gmail.com%22%7D", "EMAIL_ADDRESS",
               "liam.obrien%40gmail.com");
    /* a private network's names and the reserved ones count as a TLD */
    expect_one("Kerberos: TGT issued for user=jdoe@CORP.LOCAL", "EMAIL_ADDRESS", "jdoe@CORP.LOCAL");
    expect_one("to jdoe@corp.internal ok", "EMAIL_ADDRESS", "jdoe@corp.internal");
    expect_one("mail root@localhost.localdomain", "EMAIL_ADDRESS", "root@localhost.localdomain");
    expect_one("from=<spam@bad.example>", "EMAIL_ADDRESS", "spam@bad.example");
    expect_none("john@example.locals");
    expect_none("john@-example.com");
    expect_none("a@b.c");
    /* a user at a host, as scp and git remotes write it */
    expect_none("git clone git@github.com:org/repo.git");
    /* a URL's user information: a login at a host */
    expect_none("REDIS_URL=redis://:pa55w0rd@cache-01.internal:6379/0");
    expect_none("DB=postgres://reporter:Xk8vq2Lm@db-reporting.fernhill.io:5432/reports");
    /* (but an address after a URL and a ',' is a mailbox) */
    expect_one("Contact https://acme.com,jane.doe@gmail.com", "EMAIL_ADDRESS", "jane.doe@gmail.com");
    /* (a password's '!' '$' '&' ... too) */
    expect_none("DATABASE_URL=postgres://app:S3cr3t!pw@db.internal:5432/app");
    expect_none("amqp://guest:Pa$s&w(rd@rabbit.acme.io/vhost");
    /* (but a stealer log's URL, login and password: what follows the host
     * is no port) */
    expect_one("https://www.netflix.com:carloswilson91@orange.fr:dragon69!", "EMAIL_ADDRESS",
               "carloswilson91@orange.fr");
    expect_none("SENTRY_DSN=https://8928dd4cb242@o450123.ingest.sentry.io/5512345");
    expect_one("https://example.com/?email=alice@example.org", "EMAIL_ADDRESS",
               "alice@example.org");
    expect_none("scp app.tgz deploy@build.example.com:/srv/app/");
    expect_none("remote: git@gitlab.com:group/sub/project");
    expect_none("rsync -a deploy@build.example.com:~/app .");
    expect_one("alice@example.com:hunter2", "EMAIL_ADDRESS", "alice@example.com");
    expect_one("bob@example.com:pa/ss", "EMAIL_ADDRESS", "bob@example.com");
    expect_one("mail alice@example.com: done", "EMAIL_ADDRESS", "alice@example.com");
    /* the identifiers of messages in a mail's headers (folded too) */
    expect_none("Message-ID: <CAF8s1xQ=9Lk2@mail.caliberrepair.com>");
    /* a message's ID under a label or a mailer's key */
    expect_none("Internet Message ID: <SJ0PR12MB6758@SJ0PR12MB6758.namprd12.prod.outlook.com>");
    expect_none("{\"smtp-id\":\"<20240307222231.3F2A81C0123@mail.harborlogistics.com>\"}");
    expect_none("{\"msgid\":\"<20240312091502.4418@as2.lonestarfb.com>\"}");
    expect_none("{\"sip_call_id\":\"0a1f6c93e52b4d7f@sbc01.carrier-voice.net\"}");
    expect_one("recall_id=bob.smith@gmail.com\n", "EMAIL_ADDRESS", "bob.smith@gmail.com");
    /* a masked address shows none, nor its last letters */
    expect_none("password reset link sent to m******a@gmail.com\n");
    expect_none("\"email_display\":\"jo***n.sm**h@outlook.com\"\n");
    expect_one("**ann.lee@gmail.com**\n", "EMAIL_ADDRESS", "ann.lee@gmail.com");
    expect_none("In-Reply-To: <CAF8x2kQ7n3eW9vT1@mail.example.com>");
    expect_none("References: <a1b2@mail.example.com>\r\n <bob.smith@mail.example.com>");
    expect_one("To: <bob.smith@gmail.com>", "EMAIL_ADDRESS", "bob.smith@gmail.com");
    expect_one("Message-ID: <a1b2@mail.example.com>\nFrom: <bob.smith@gmail.com>", "EMAIL_ADDRESS",
               "bob.smith@gmail.com");
    /* an iCalendar event's identifier */
    expect_none("BEGIN:VEVENT\nUID:4p1q7r2s9t3u8v0w6x5y2z1a3b@google.com\nEND:VEVENT");
    expect_one("ORGANIZER:mailto:bob.smith@gmail.com", "EMAIL_ADDRESS", "bob.smith@gmail.com");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* IP_ADDRESS                                                               */
/* ------------------------------------------------------------------------ */

START_TEST(test_ipv4)
{
    expect_one_sub("192.168.1.10", "IP_ADDRESS", "192.168.1.10", "IPV4");
    expect_one_sub("host 192.168.1.10 up", "IP_ADDRESS", "192.168.1.10", "IPV4");
    expect_one_sub("the address is 10.0.1.2.", "IP_ADDRESS", "10.0.1.2", "IPV4");
    expect_one_sub("10.0.0.0/8", "IP_ADDRESS", "10.0.0.0", "IPV4");          /* not the /8 */
    expect_one_sub("10.0.0.1:8080", "IP_ADDRESS", "10.0.0.1", "IPV4");       /* not the port */
    expect_one_sub("http://10.0.0.1:8080/x", "IP_ADDRESS", "10.0.0.1", "IPV4");
    expect_one_sub("255.255.255.255", "IP_ADDRESS", "255.255.255.255", "IPV4");
    expect_one_sub("ip=10.0.0.1;", "IP_ADDRESS", "10.0.0.1", "IPV4");
    /* a range: two addresses joined by '-' */
    const char *range = "ips: 10.0.0.1-10.0.0.254";
    scan_result r = scan_text(__LINE__, range, strlen(range));
    ck_assert_msg(r.n == 2, "range: %s", describe(&r, range));
    ck_assert_uint_eq(r.f[0].start, 5);
    ck_assert_uint_eq(r.f[0].end, 13);
    ck_assert_uint_eq(r.f[1].start, 14);
    ck_assert_uint_eq(r.f[1].end, 24);
    expect_none("10.0.0.1-10.0.0.254.5"); /* the second is a longer dotted number */
    expect_none("v1.2.3.4-10.0.0.1");     /* the first is a version */
    expect_none("1.2.3.4-5");
    pii_finding f = only_finding("8.8.8.8");
    ck_assert(f.flags & PII_FLAG_VALIDATED);

    expect_none("256.1.1.1");
    expect_none("1.2.3.256");
    expect_none("01.2.3.4");     /* leading zero */
    expect_none("1.2.3");
    expect_none("1.2.3.4.5");    /* OID or version */
    expect_none("10.0.0.1-foo");
}
END_TEST

START_TEST(test_ipv6)
{
    /* (after an ASA interface's name, which ends in hex letters) */
    expect_has("Built outbound UDP connection 44182 for outside:2620:fe::fe/53 (2620:fe::fe/53)",
               "IP_ADDRESS", "2620:fe::fe");
    expect_one("to inside:2001:db8:10::25/61223", "IP_ADDRESS", "2001:db8:10::25");
    expect_one_sub("2001:db8::1", "IP_ADDRESS", "2001:db8::1", "IPV6");
    expect_one_sub("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "IP_ADDRESS",
                   "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "IPV6");
    expect_one_sub("2001:db8:0:0:0:0:2:1", "IP_ADDRESS", "2001:db8:0:0:0:0:2:1", "IPV6");
    expect_one_sub("prefix 2001:db8:: here", "IP_ADDRESS", "2001:db8::", "IPV6");
    expect_one_sub("ff02::1:ff00:42", "IP_ADDRESS", "ff02::1:ff00:42", "IPV6");
    expect_one_sub("::ffff:192.0.2.128", "IP_ADDRESS", "::ffff:192.0.2.128", "IPV6");
    expect_one_sub("64:ff9b::192.0.2.33", "IP_ADDRESS", "64:ff9b::192.0.2.33", "IPV6");
    /* a zone id, brackets and port are not part of the address */
    expect_one_sub("fe80::1%eth0 up", "IP_ADDRESS", "fe80::1", "IPV6");
    /* (a port without brackets, as HAProxy logs a client: after eight
     * groups, or a last group of five digits) */
    expect_one_sub("haproxy[1877]: 2a02:8108:1140:d2c0:6d4f:1a2b:3c4d:5e6f:61002 [12/Mar/2024:14:05:24]",
                   "IP_ADDRESS", "2a02:8108:1140:d2c0:6d4f:1a2b:3c4d:5e6f", "IPV6");
    expect_one_sub("haproxy[1877]: 2a02:8108:1140:d2c0::5e6f:61002 [12/Mar/2024:14:05:24]",
                   "IP_ADDRESS", "2a02:8108:1140:d2c0::5e6f", "IPV6");
    expect_none("x 1:2:3:4:5:6:7:8:9 x");
    expect_none("x 2a02:8108:1140:d2c0:6d4f:1a2b:3c4d:5e6f:99999 x");
    expect_one_sub("Link-local IPv6 Address . . . : fe80::8d1c:4b2a:77e0:1f3c%14(Preferred)",
                   "IP_ADDRESS", "fe80::8d1c:4b2a:77e0:1f3c", "IPV6");
    expect_none("fe80::1%eth0x\u00e9"); /* (a zone glued to a word: no address) */
    expect_one_sub("[2001:db8::1]:8080", "IP_ADDRESS", "2001:db8::1", "IPV6");
    expect_one_sub("http://[2001:db8::1]/", "IP_ADDRESS", "2001:db8::1", "IPV6");
    expect_one_sub("[fe80::1%eth0]:443", "IP_ADDRESS", "fe80::1", "IPV6");
    expect_one_sub("[::1%lo]:443", "IP_ADDRESS", "::1", "IPV6");
    /* nor the port tcpdump writes after a '.' */
    const char *tcpdump = "IP6 2001:db8::5.51234 > 2606:2800:220:1:248:1893:25c8:1946.443: Flags [S]";
    expect_has(tcpdump, "IP_ADDRESS", "2001:db8::5");
    expect_has(tcpdump, "IP_ADDRESS", "2606:2800:220:1:248:1893:25c8:1946");
    ck_assert_uint_eq(scan_text(__LINE__, tcpdump, strlen(tcpdump)).n, 2);
    expect_none("1:2:3:4:5:6:7:8.123456"); /* (six digits: no port) */
    /* sentence punctuation is not */
    expect_one_sub("see 2001:db8::1, then", "IP_ADDRESS", "2001:db8::1", "IPV6");
    expect_one_sub("at 2001:db8::1.", "IP_ADDRESS", "2001:db8::1", "IPV6");

    expect_none("2001:db8::1::2");         /* two "::" */
    expect_none("1:2:3:4:5:6:7:8:9");      /* nine groups */
    expect_none("12345:6789::1");          /* group too long */
    expect_none("2001:db8::g1");
}
END_TEST

/* A compressed IPv6 address that writes fewer than two groups, or fewer than
 * four hex digits in all ("::1", "::4", "4::", "6::a", "1::2"), is a shape
 * a few bytes of anything take: alone it is no address.  It is reported in
 * brackets or near an address hotword; two groups with four hex digits, an
 * embedded IPv4 or all eight groups stand on their own. */
START_TEST(test_ipv6_weak_forms)
{
    /* alone: not reported */
    expect_none("::4");
    expect_none("::1");
    expect_none("x ::1 y");
    expect_none("4::");
    expect_none("C7::");
    expect_none("6::A");
    expect_none("5::e");
    expect_none("1::2");
    expect_none("10::1");
    expect_none("1:2::3");
    expect_none("Accepted publickey for root from ::1 port 22");
    /* a line's first field: an access log's client, a hosts file's address */
    expect_one_sub("::1 - - [10/Oct/2023:13:55:36 +0000] \"GET / HTTP/1.1\" 200 612", "IP_ADDRESS",
                   "::1", "IPV6");
    expect_one_sub("::1\tip6-localhost ip6-loopback\n", "IP_ADDRESS", "::1", "IPV6");
    expect_has("127.0.0.1\tlocalhost\n::1\tip6-localhost\n", "IP_ADDRESS", "::1");
    expect_none("::1-2 was the score"); /* (not a field of its own) */
    /* the random-binary case: a tiny group between "::" and garbage */
    static const char bin[] = {'\x89', '\xfe', '\x01', ':', ':', '4', '\x00', '\xc3', '\x9f'};
    expect_none_(__LINE__, bin, sizeof bin);
    static const char bin2[] = {'\x00', '\x17', '3', ':', ':', '\xe7', '\x7f', '\x00'};
    expect_none_(__LINE__, bin2, sizeof bin2);
    /* ... yet proposed, below the default threshold, not dropped */
    pii_builder *b = pii_builder_new();
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(pii_builder_set_min_score(b, 0.1), PII_OK);
    pii_ruleset *rs = NULL;
    ck_assert_int_eq(pii_builder_build(b, &rs), PII_OK);
    pii_builder_free(b);
    pii_ctx *low = pii_ctx_new(rs);
    ck_assert_ptr_nonnull(low);
    scan_result r = scan_in(__LINE__, low, "from ::1 port 22", 16);
    ck_assert_uint_eq(r.n, 1);
    ck_assert_int_eq(r.f[0].entity, PII_IP_ADDRESS);
    ck_assert_uint_eq(r.f[0].start, 5);
    ck_assert_uint_eq(r.f[0].end, 8);
    ck_assert(r.f[0].score < PII_DEFAULT_MIN_SCORE);
    pii_ctx_free(low);
    pii_ruleset_free(rs);

    /* in brackets (a URL host, an address with a port) */
    expect_one_sub("[::1]:8080", "IP_ADDRESS", "::1", "IPV6");
    expect_one_sub("GET http://[::1]/healthz", "IP_ADDRESS", "::1", "IPV6");
    expect_one_sub("bound to [::4]", "IP_ADDRESS", "::4", "IPV6");
    expect_one_sub("[1::2]:443", "IP_ADDRESS", "1::2", "IPV6");
    /* a bracket on one side only is no bracket */
    expect_none("[::1 and");
    expect_none("x ::1]");
    /* near an address hotword */
    expect_one_sub("ip ::1", "IP_ADDRESS", "::1", "IPV6");
    expect_one_sub("client=::1", "IP_ADDRESS", "::1", "IPV6");
    expect_has("src ::4 dst 10.0.0.1", "IP_ADDRESS", "::4");
    expect_one_sub("{\"remote_addr\":\"::1\"}", "IP_ADDRESS", "::1", "IPV6");
    expect_one_sub("IPv6 6::a", "IP_ADDRESS", "6::a", "IPV6");
    pii_finding f = only_finding("peer 1:: connected");
    ck_assert(f.flags & PII_FLAG_CONTEXT);
    ck_assert(f.flags & PII_FLAG_VALIDATED);
    ck_assert(f.score >= PII_DEFAULT_MIN_SCORE);

    /* enough written: reported alone, without context */
    expect_one_sub("fe80::1", "IP_ADDRESS", "fe80::1", "IPV6");
    expect_one_sub("ff02::1", "IP_ADDRESS", "ff02::1", "IPV6");
    expect_one_sub("fe80::8406", "IP_ADDRESS", "fe80::8406", "IPV6");
    expect_one_sub("2001::1", "IP_ADDRESS", "2001::1", "IPV6");
    expect_one_sub("64:ff9b::", "IP_ADDRESS", "64:ff9b::", "IPV6");
    expect_one_sub("1:2::34", "IP_ADDRESS", "1:2::34", "IPV6");
    expect_one_sub("::ffff:10.0.0.1", "IP_ADDRESS", "::ffff:10.0.0.1", "IPV6");
    /* an embedded IPv4 ends the address: what follows ':' is a port */
    expect_one_sub("peer ::ffff:10.0.0.1:8080 closed", "IP_ADDRESS", "::ffff:10.0.0.1", "IPV6");
    expect_one_sub("::ffff:10.0.0.1:443.", "IP_ADDRESS", "::ffff:10.0.0.1", "IPV6");
    expect_one_sub("::ffff:10.0.0.1:808080", "IP_ADDRESS", "10.0.0.1", "IPV4"); /* no port */
    expect_one_sub("::192.0.2.1", "IP_ADDRESS", "::192.0.2.1", "IPV6");
    expect_one_sub("1:0:0:0:0:0:0:8", "IP_ADDRESS", "1:0:0:0:0:0:0:8", "IPV6");
    expect_one_sub("fe80::1%eth0", "IP_ADDRESS", "fe80::1", "IPV6");
    f = only_finding("fe80::1");
    ck_assert(!(f.flags & PII_FLAG_CONTEXT));
    ck_assert(f.score >= PII_DEFAULT_MIN_SCORE);
}
END_TEST

START_TEST(test_ip_lookalikes)
{
    /* (an enclosure's rating is no "ip"; a bootloader's version) */
    expect_none("Transmitter PT-201 (IP67, HART 7), DTM 1.0.3.12 installed");
    expect_none("BIOS 1.22.131.4, bootloader 3.22.1.140");
    /* (a clause's number after a section sign or "Sec.") */
    expect_none("any dispute under \u00a7 12.4.1.2 shall be resolved");
    expect_none("governed by Sec. 12.4.1.2 of the Plan of Allocation");
    expect_one("latency 3 sec 10.1.2.3 upstream", "IP_ADDRESS", "10.1.2.3");
    /* (a version as code names it) */
    expect_none("defaultConfig {\n    versionCode 70300142\n    versionName \"7.3.0.142\"\n}");
    expect_none("<manifest android:versionName=\"7.3.0.142\">");
    /* a folded -Version header's later line, a User-Agent's firmware, a
     * certificate's serial */
    expect_none("X-Proofpoint-Virus-Version: vendor=baseguard\n"
                " engine=ICAP:2.0.272,Aquarius:18.0.1039,Hydra:6.0.680,FMLib:17.11.176.26");
    expect_none("User-Agent: Yealink SIP-T46S 66.86.0.15");
    expect_none("cert serial 04:3A:7F:12:9C:E1:0B:55.");
    expect_one("host 2001:db8:85a3:0:0:8a2e:370:7334", "IP_ADDRESS", "2001:db8:85a3:0:0:8a2e:370:7334");
    expect_none("v10.4.9");
    expect_none("v1.2.3.4");
    expect_none("version 1.2.3.4");
    expect_none("PCI DSS Requirement 10.2.1.2 covers the audit trail");
    expect_none("단말 Android 14 / 앱 버전 5.12.0.214");
    expect_none("Bella app, versione 5.28.0.112 installata ieri.");
    expect_none("Версия прошивки: версия 5.12.0.214");
    expect_none("Version: 1.2.3.4");
    expect_none("build 10.0.1.2");
    expect_none("firmware 2.10.3.1");
    expect_none("release 1.2.3.4");
    expect_none("Requires libssl 1.1.1, glibc 2.35, kernel 5.15.0.91");
    expect_none("Firmware version 10.2.3.4, BIOS 2.18.1.0");
    /* a few words may stand between, and a range shares its label */
    expect_none("firmware upgrade: 2.1.0.9");
    expect_none("Version of app: 5.12.0.7");
    expect_none("Upgrade firmware from 2.1.0.9 to 2.1.1.0 tonight");
    expect_none("Firmware 7.1.3.4 -> 7.1.4.0 scheduled"); /* a change shares its label too */
    expect_none("firmware upgrade: 10.5.212.17 -> 10.5.214.2");
    expect_none("Firmware 17.5.212.17 \xe2\x86\x92 17.5.214.2");
    expect_none("Version logicielle : 5.12.0.214"); /* a word after the version word */
    expect_has("route 10.0.0.1 -> 10.0.0.2", "IP_ADDRESS", "10.0.0.2");
    expect_has("ip changed 10.0.0.1 -> 10.0.0.2", "IP_ADDRESS", "10.0.0.2");
    expect_none("Last audit by biomed; firmware baseline 4.2.0.18");
    expect_one("build server 10.0.1.2", "IP_ADDRESS", "10.0.1.2");
    expect_one("firmware mirror 10.0.1.2", "IP_ADDRESS", "10.0.1.2");
    /* a column of versions, as after a version word */
    expect_none("account   serial        fw\nA-77120   SN1928374650  7.1.3.4\n");
    expect_none("serial,fw\nSN1928374650,7.1.3.4\n");
    expect_none("host,os_version\nweb01,10.0.190.45\n");
    expect_has("host,fw,mgmt_ip\nweb01,7.1.3.4,10.0.19.45\n", "IP_ADDRESS", "10.0.19.45");
    /* the numbers of a document's parts */
    expect_none("Version 1.2.3.4 released; see section 4.10.2.1");
    expect_none("as required by Clause 12.4.1.3 and Appendix 3.2.1.1");
    expect_none("(see Fig. 2.1.4.3)");
    expect_one("section 4 lists 10.20.30.40", "IP_ADDRESS", "10.20.30.40");
    /* object identifiers */
    expect_none("Subject Alternative Name OID 2.5.29.17, commonName OID 2.5.4.3");
    expect_none("snmpwalk: OID 1.3.6.1");
    expect_one("OID lookup from 10.20.30.40", "IP_ADDRESS", "10.20.30.40");
    expect_none("gemäß Abschnitt 3.2.1.4 der AGB");
    expect_none("[assembly: AssemblyVersion(\"2.4.1.0\")]");
    /* tcpdump writes the port after a dot */
    expect_has("IP 10.0.0.5.51234 > 93.184.216.34.443: Flags [S]", "IP_ADDRESS", "10.0.0.5");
    expect_has("IP 10.0.0.5.51234 > 93.184.216.34.443: Flags [S]", "IP_ADDRESS", "93.184.216.34");
    expect_none("OID 1.2.3.4.5: sysDescr");
    /* IPv6 after a label and ':' (openssl); not after a hex group */
    expect_one("IP Address:2001:DB8:0:0:0:0:0:44", "IP_ADDRESS", "2001:DB8:0:0:0:0:0:44");
    expect_one("fe80:2001:db8::1", "IP_ADDRESS", "fe80:2001:db8::1");
    /* after "IPv6:" or "ip6:", glued to the label (a mail header's address
     * literal, an SPF record); not after other labels that end in a digit */
    expect_one("Received: from mx.example.org ([IPv6:2001:db8:85a3::8a2e:370:7334]) by mx2",
               "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334");
    expect_one("client=unknown[ipv6:2a00:1450:4001:81c::200e]", "IP_ADDRESS",
               "2a00:1450:4001:81c::200e");
    expect_one("v=spf1 ip6:2001:db8:1234::/48 -all", "IP_ADDRESS", "2001:db8:1234::");
    expect_none("checksum md5:d41d:8cd9:8f00:b204 ok");
    expect_none("stage2:2001:db8:85a3::8a2e:370:7334");
    expect_none("voir le chapitre 2.1.4.3 et l'annexe 1.2.3.4");
    /* versions as user agents, package pins, image tags and requirements
     * write them */
    expect_none("(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/121.0.0.0");
    /* (IIS writes a user agent's spaces as '+'; the client's address stays) */
    expect_one("2024-03-12 14:05:23 GET /api - 443 - 203.0.113.77 Mozilla/5.0+(Windows+NT+10.0;"
               "+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36",
               "IP_ADDRESS", "203.0.113.77");
    expect_none("setuptools==69.1.1.0\nrequests>=2.31.0.1");
    expect_none("Image: ghcr.io/acme/telemetry-agent:10.4.1.2");
    expect_none("- Requires agent 2.10.4.117 or later");
    /* a digit and three numbers up to 20: a version, but near an address's
     * word or a public resolver's */
    expect_none("      Update draft release notes to 1.7.1.1\n      Git 1.7.1.1\n");
    expect_none("##source=GATK HaplotypeCaller 4.5.0.0");
    expect_none("basic_string traits. In clauses 21.1.3.1 and 27.4.1.1 of the standard");
    expect_one("host 1.2.3.4 is down", "IP_ADDRESS", "1.2.3.4");
    expect_has("dhcp4 (eth0): address 10.20.30.40, dns 1.1.1.1 8.8.8.8", "IP_ADDRESS", "8.8.8.8");
    expect_one("$ dig -x 8.8.4.4 +short", "IP_ADDRESS", "8.8.4.4");
    /* versions compared with a space, and before "or earlier" */
    expect_none("  * Added base-passwd (>= 12.0.3.4) to the Depends field.");
    expect_none("  * postinst removes it if upgrading from 10.93.42.3 or earlier.");
    expect_none("  * debian/control (Standards-Version): bump to 13.7.2.0.");
    expect_none("  * Drop compatibility with versions before 11.7.9.5 (the version in 12.04)");
    expect_none("Release notes - AcmeSync 4.12.0.3 (build 20240311.2)"); /* its build's number */
    expect_one("host 10.0.0.1 (build server)", "IP_ADDRESS", "10.0.0.1");
    expect_one("2023-10-10T08:06:34Z hannah/21.242.105.231:8702 MULTI: pool", "IP_ADDRESS",
               "21.242.105.231");
    expect_has("GET /10.1.2.4 via http://10.1.2.3/", "IP_ADDRESS", "10.1.2.4");
    expect_has("GET /10.1.2.4 via http://10.1.2.3/", "IP_ADDRESS", "10.1.2.3");
    expect_one("backend=db:10.20.30.40 up", "IP_ADDRESS", "10.20.30.40");
    expect_one("acceso permitido para 203.0.113.7", "IP_ADDRESS", "203.0.113.7");
    expect_none("1.2.3.4.5");
    expect_none("OID 1.3.6.1.4.1.343");
    expect_none("std::chrono::now");
    expect_none("std::vector<int>::iterator");
    /* C++ scopes whose names happen to be hex letters */
    expect_none("Feed::add(item);");
    expect_none("auto x = Cafe::Bead();");
    expect_none("Face::Cafe");
    expect_none("listen :8080");
    expect_none("port :8080");
    expect_none("::");
    /* the version word applies to its own number only */
    expect_one("version: 10.0.0.1 on host 10.0.0.2", "IP_ADDRESS", "10.0.0.2");
    /* an address hotword does not rescue a version-labelled quad, nor is
     * an address that only follows a version word far away suppressed */
    expect_one("addr 1.2.3.4", "IP_ADDRESS", "1.2.3.4");
    /* a CEF or LEEF event header's fourth field is the device's version */
    expect_one("CEF:0|Imperva Inc.|SecureSphere|14.7.0.30|Custom Violation|Card data|High|act=Block "
               "dst=10.0.3.21",
               "IP_ADDRESS", "10.0.3.21");
    expect_one("<14>Mar 3 host LEEF:2.0|Palo Alto Networks|PAN-OS|10.2.4.1|THREAT|^|src=10.20.31.118",
               "IP_ADDRESS", "10.20.31.118");
    expect_one("host | 14.7.0.30 | up", "IP_ADDRESS", "14.7.0.30");
    /* a mail header named for versions */
    expect_none("X-Proofpoint-Virus-Version: vendor=baseguard engine=ICAP:2.0.293,Hydra:6.0.619,"
                "FMLib:17.11.176.26 definitions=2024-03-16_04");
    expect_one("X-Originating-IP: 17.11.176.26", "IP_ADDRESS", "17.11.176.26");
    /* an XML element named for a version holds one, whatever word its
     * name begins with ("client" names an address elsewhere) */
    expect_none("<clientVersion xsi:type=\"xsd:string\">7.2.0.15</clientVersion>");
    expect_none("<ns2:ClientVersion>7.2.0.15</ns2:ClientVersion>");
    expect_none("<client_version>7.2.0.15</client_version>");
    expect_one("<clientIp>10.2.0.15</clientIp>", "IP_ADDRESS", "10.2.0.15");
    expect_one("<serverVersionIp>10.1.2.4</serverVersionIp>", "IP_ADDRESS", "10.1.2.4");
    expect_none("<SenderSoftwareVersionRelease>11.4.2.0</SenderSoftwareVersionRelease>");
    expect_none("<DataVersionIdentifier>Encompass 24.1.0.3</DataVersionIdentifier>");
    expect_none("<SoftwareVersion>Encompass 24.1.0.3</SoftwareVersion>");
    expect_one("<Host>Srv 10.1.2.3</Host>", "IP_ADDRESS", "10.1.2.3");
    /* a user agent's spaces as CloudFront writes them */
    expect_one("GET /p.gif?ua=Mozilla/5.0%20Gecko)%20Chrome/121.0.0.0%20Safari/537.36 "
               "c-ip=10.2.3.4", "IP_ADDRESS", "10.2.3.4");
    expect_one("<ConversionHost>10.4.2.7</ConversionHost>", "IP_ADDRESS", "10.4.2.7");
    expect_none("2024-03-15 10:04:17.222 [SIP]     User-Agent: Ribbon SBC 12.1.0.4");
    /* (a Maven coordinate's version) */
    expect_none("[INFO] +- com.oracle.database.jdbc:ojdbc8:jar:19.3.0.0:compile");
    expect_one("host:db:10.2.3.4:http x", "IP_ADDRESS", "10.2.3.4");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* PHONE_NUMBER                                                             */
/* ------------------------------------------------------------------------ */

START_TEST(test_phone_nanp)
{
    /* (a workshop's and a lab's numbers) */
    expect_none("Catalog No. 617-240-1183 (borosilicate beaker)");
    /* (a classified ad's dash after the area code's parenthesis) */
    expect_one("Call or text (773)-902-4415 for more info.", "PHONE_NUMBER", "(773)-902-4415");
    /* (the subscriber's seven digits in one run after the area code: near
     * a hotword, not alone) */
    expect_one("Tel: (773) 9164482", "PHONE_NUMBER", "(773) 9164482");
    expect_one("Phone (773)9164482 ext", "PHONE_NUMBER", "(773)9164482");
    expect_none("Lot (773) 9164482 released");
    /* (IDs of other things, shaped 3-3-4; an area code's "A/C" in a
     * phone's note; Salesforce's custom field) */
    expect_none("Screening complete for Tenant ID 318-207-4415");
    expect_none("Loan ID 515-720-3348 - rate locked");
    expect_none("Escrow No. 215-624-1182 opened 02/21/2024");
    expect_one("Caller ID 415-555-0132", "PHONE_NUMBER", "415-555-0132");
    expect_one("PHONE (A/C, No, Ext): 5124742291", "PHONE_NUMBER", "5124742291");
    expect_has("{\"Name\":\"T Greer\",\"Phone__c\":\"6023817724\"}", "PHONE_NUMBER", "6023817724");
    /* (a purchase order's and a return's numbers) */
    expect_none("Please reference PO Number: 240-318-3390 on all invoices");
    expect_none("Your RMA # 646-318-2250 has been approved");
    /* (a letterhead's phone and fax joined by '/'; not a path's segments) */
    expect_has("Tel/Fax: 312-946-7780/312-946-7781", "PHONE_NUMBER", "312-946-7780");
    expect_has("Tel/Fax: 312-946-7780/312-946-7781", "PHONE_NUMBER", "312-946-7781");
    expect_has("Tel/Fax: 3129467780/3129467781", "PHONE_NUMBER", "3129467781");
    expect_none("GET /calls/312-946-7780/312-946-7781");
    expect_none("ids 3129467780/3129467781/3129467782");
    expect_one("(212) 555-0199", "PHONE_NUMBER", "(212) 555-0199");
    expect_one("call 212-555-0199.", "PHONE_NUMBER", "212-555-0199");
    expect_one("212.555.0199", "PHONE_NUMBER", "212.555.0199");
    expect_one("212 555 0199", "PHONE_NUMBER", "212 555 0199");
    /* a space after the area code and a dash after the exchange, as Canada
     * writes them: near a hotword (French Canada's too) */
    expect_one("Tel. : 514 555-0143, poste 221", "PHONE_NUMBER", "514 555-0143");
    expect_one("Cellulaire : 438 555-0129.", "PHONE_NUMBER", "438 555-0129");
    expect_one("Téléc. : 514 555-0144", "PHONE_NUMBER", "514 555-0144");
    expect_none("Order 514 555-0143 shipped");
    /* "pt" (a patient) is no label of another number unless its account's */
    expect_one("16:40 called pt at 7085550139 - LVM", "PHONE_NUMBER", "7085550139");
    expect_one("1-212-555-0199", "PHONE_NUMBER", "1-212-555-0199");
    /* the area code set apart by '/' */
    expect_one("or 303/555-0192", "PHONE_NUMBER", "303/555-0192");
    expect_one("Tel: 303/555 0192", "PHONE_NUMBER", "303/555 0192");
    expect_none("ratio 100/200-3000");       /* no NANP area code */
    expect_none("303/555.0192");              /* (dots join too much) */
    expect_none("303/5550192 and 303/555-01923");
    expect_none("x303/555-0192");
    expect_one("phone: (212)555-0199", "PHONE_NUMBER", "(212)555-0199");
    expect_one("+1 (212) 555-0199", "PHONE_NUMBER", "+1 (212) 555-0199");
    expect_one("+12125550199", "PHONE_NUMBER", "+12125550199");
    expect_one("tel:+12125550199", "PHONE_NUMBER", "+12125550199");
    /* ten bare digits need a hotword */
    expect_none("2125550199");
    expect_one("phone 2125550199", "PHONE_NUMBER", "2125550199");
    expect_one("2125550199 phone", "PHONE_NUMBER", "2125550199");
    pii_finding f = only_finding("phone 2125550199");
    ck_assert(f.flags & PII_FLAG_CONTEXT);

    /* numbering plan */
    expect_none("012-555-0199"); /* area code starts with 0 */
    expect_none("112-555-0199"); /* ... or 1 */
    expect_none("212-155-0199"); /* exchange starts with 1 */
    expect_none("911-555-0199"); /* N11 area code */
    expect_none("212-911-0199"); /* N11 exchange */
    /* longer or glued */
    expect_none("212-555-0199-1");
    expect_none("212-555-0199x123y");
    expect_none("212-555-0199x1234567"); /* no extension has seven digits */
    expect_none("212-555.0199"); /* mixed separators */
    /* an extension glued on with 'x' ends the number */
    expect_one("212-555-0199x123", "PHONE_NUMBER", "212-555-0199");
    expect_one("call 212.555.0199X7 now", "PHONE_NUMBER", "212.555.0199");
    /* a number after another separator is not part of it */
    expect_one("call 212-555-0199 10am", "PHONE_NUMBER", "212-555-0199");
    expect_one("call (212) 555-0199 2 times", "PHONE_NUMBER", "(212) 555-0199");
    expect_one("call +12125550199 12", "PHONE_NUMBER", "+12125550199");
    /* ... but after the same separator it is */
    expect_none("212 555 0199 10");
    expect_none("212-555-0199-10");
    /* '1' and ten bare digits, as ten bare digits: with a hotword */
    expect_one("phone: 14155550132", "PHONE_NUMBER", "14155550132");
    /* the words people use around a number */
    expect_one("Anyone else getting texts from 9377610753?", "PHONE_NUMBER", "9377610753");
    expect_one("she called 9377610753 twice", "PHONE_NUMBER", "9377610753");
    expect_one("Rufnummer 2125550199", "PHONE_NUMBER", "2125550199");
    expect_none("14155550132");
    expect_none("phone: 10155550132"); /* area code 015 */
    expect_none("phone: 24155550132"); /* eleven digits, not '1' first */
    /* an international number without its '+', near a hotword or under
     * its column, of the length the country's plan gives */
    expect_one("phone: 447911123456", "PHONE_NUMBER", "447911123456");
    expect_has("a_number,b_number,imsi\n14158372291,4915123456789,310260481927365\n",
               "PHONE_NUMBER", "4915123456789");
    expect_has("a_number,b_number\n14158372291,447911123456\n", "PHONE_NUMBER", "447911123456");
    expect_none("447911123456");
    expect_none("phone: 4479111234567"); /* the United Kingdom's are ten after 44 */
    /* not after a word, which names it ("carrier ref", "EFIN") */
    expect_one("mobile (425) 555-0100, carrier ref 575281545884", "PHONE_NUMBER", "(425) 555-0100");
    /* but after a word that names it */
    expect_one("msisdn lookup: MSISDN 919820147736 -> operator=Jio", "PHONE_NUMBER",
               "919820147736");
    /* the label of another kind of number right before it */
    expect_none("Bearing assembly part no. 312-745-0098 supersedes it");
    expect_none("Order #: 415-555-0132");
    /* (its area code in parentheses: a phone number whatever the label) */
    expect_one("Customer phone on order: (305) 861-2776", "PHONE_NUMBER", "(305) 861-2776");
    expect_one("Order 4521: call 415-555-0132", "PHONE_NUMBER", "415-555-0132");
    expect_one("order status line 415-555-0132", "PHONE_NUMBER", "415-555-0132");
    expect_one("Caller ID: 415-555-0132", "PHONE_NUMBER", "415-555-0132");
    expect_none("Meeting ID: 951-234-5678");
    expect_none("Conference ID: 951 234 5678#");
    expect_one("Calling-Station-Id = \"+14045550192\"", "PHONE_NUMBER", "+14045550192");
    expect_one("Ref: +1 415-555-0132", "PHONE_NUMBER", "+1 415-555-0132");
    /* chat's words for a phone: "txt me at", "hmu" (hit me up); "in case:"
     * is English, not a case number's label */
    expect_one("my # changed, txt me at 6469494033", "PHONE_NUMBER", "6469494033");
    expect_one("yo its marcus, hmu 7734715623", "PHONE_NUMBER", "7734715623");
    expect_one("my cell in case: 646 516 1877", "PHONE_NUMBER", "646 516 1877");
    expect_none("my cell, case no. 646 516 1877");
}
END_TEST

START_TEST(test_phone_e164)
{
    /* (a list's next value after "and": no word of its own) */
    expect_has("Fraud ring: MSISDN 447912384551 and 447825339104 ported out the same day.",
               "PHONE_NUMBER", "447825339104");
    expect_has("MSISDNs 447912384551 and 447825339104", "PHONE_NUMBER", "447912384551");
    expect_one("+1 212 555 0199", "PHONE_NUMBER", "+1 212 555 0199");
    expect_one("+1-212-555-0199", "PHONE_NUMBER", "+1-212-555-0199");
    expect_one("+1.212.555.0199", "PHONE_NUMBER", "+1.212.555.0199");
    /* a SIP URI's user */
    expect_has("INVITE sip:+14158307721@198.51.100.7:5060 SIP/2.0", "PHONE_NUMBER",
               "+14158307721");
    expect_has("Contact: <sips:+4930567950062@203.0.113.45:5080;transport=udp>", "PHONE_NUMBER",
               "+4930567950062");
    /* a PBX's channel and dialplan context (Asterisk); with a domain, an address */
    expect_one("app_dial.c:     -- Called PJSIP/+12128757901@trunk-out", "PHONE_NUMBER",
               "+12128757901");
    expect_one("pbx.c:     -- Executing [+16469347582@from-pstn:1] Set(CDR(x)=1)", "PHONE_NUMBER",
               "+16469347582");
    expect_one("sms to +16469347582@tmomail.net", "EMAIL_ADDRESS", "+16469347582@tmomail.net");
    /* an airline record's passenger after '/' */
    expect_one("6 APM +919820147736/P1", "PHONE_NUMBER", "+919820147736");
    expect_none("x 919820147736/P1");
    expect_one("+44 20 7946 0958", "PHONE_NUMBER", "+44 20 7946 0958");
    expect_one("+44 (0)20 7946 0958", "PHONE_NUMBER", "+44 (0)20 7946 0958");
    /* a one-tap dial-in's number and meeting ID: the digits after '+' are no card */
    expect_one("+4930567950062,,83957214406#,,,,*615204# Germany", "PHONE_NUMBER",
               "+4930567950062");
    expect_one("+49-30-1234567", "PHONE_NUMBER", "+49-30-1234567");
    expect_one("+33 1 23 45 67 89", "PHONE_NUMBER", "+33 1 23 45 67 89");
    expect_one("Ring +1 212 555 0199 ext. 5", "PHONE_NUMBER", "+1 212 555 0199");
    const char *two = "+44 20 7946 0958 or +49-30-1234567";
    expect_has(two, "PHONE_NUMBER", "+44 20 7946 0958");
    expect_has(two, "PHONE_NUMBER", "+49-30-1234567");

    expect_none("+0 123 456 789");   /* no country code 0 */
    expect_none("+1 112 555 0199");  /* NANP rules under +1 */
    expect_none("+12 345");          /* too short */
    expect_none("+1234567890123456"); /* 16 digits: too long */
    /* the '+' URL-encoded, as query strings carry it */
    expect_one("GET /signup?phone=%2B14155550132&x=1", "PHONE_NUMBER", "%2B14155550132");
    expect_one("tel=%2b442079460958", "PHONE_NUMBER", "%2b442079460958");
    expect_none("q=%2B0123456789");  /* no country code 0 */
    expect_none("id=ab%2B14155550132"); /* the tail of a token */
    expect_none("x=%2B");
    /* Ghana's, Senegal's, Tunisia's numbers without '+' after their word */
    expect_one("msisdn=233244123456", "PHONE_NUMBER", "233244123456");
    expect_one("Tel: 221774512389", "PHONE_NUMBER", "221774512389");
    /* a form's spaces URL-encoded after "%2B": '+' or "%20" */
    expect_one("GET /api/contacts/search?phone=%2B1%20248%20772%202850&limit=20", "PHONE_NUMBER",
               "%2B1%20248%20772%202850");
    expect_one("name=Oliver+Shaw&tel=%2B44+20+7946+0053&best_time=after+6pm", "PHONE_NUMBER",
               "%2B44+20+7946+0053");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* MAC_ADDRESS                                                              */
/* ------------------------------------------------------------------------ */

/* National numbers: trunk prefix '0', groups as each country writes them;
 * no numbering plan to check, so a hotword is needed. */
START_TEST(test_phone_national)
{
    /* (another number's label that says whose the phone is) */
    expect_one("Recogida en el hotel a las 8:00. M\u00f3vil del gu\u00eda: 622 418 937.", "PHONE_NUMBER",
               "622 418 937");
    /* (a letterhead's fax) */
    expect_has("Lakeshore Neurology  Ph: 3129467780  Fx: 3129467781", "PHONE_NUMBER", "3129467781");
    expect_one("Faxnummer der Personalabteilung: 089 21803499", "PHONE_NUMBER", "089 21803499");
    static const char *const numbers[] = {
        "030 12345678",   "0412 345 678",   "(02) 9374 4000",    "03-1234-5678", 
        "01-42-68-53-00", "(030) 901820-0", "020 624 1111",
    };
    char buf[96];
    for (size_t i = 0; i < N_ELEMS(numbers); i++) {
        snprintf(buf, sizeof buf, "Tel: %s", numbers[i]);
        expect_one(buf, "PHONE_NUMBER", numbers[i]);
        snprintf(buf, sizeof buf, "call me on %s tomorrow", numbers[i]);
        expect_one(buf, "PHONE_NUMBER", numbers[i]);
        expect_none(numbers[i]); /* no hotword */
    }
    /* the United Kingdom's numbers, in the groups it writes them in and in
     * the ranges of its plan, stand alone */
    static const char *const uk[] = {
        "020 7946 0958", "0161 496 0123", "01632 960123",  "01632 96012",     "0300 123 4567",
        "07700 900123",  "07700 900 123", "0800 123 4567", "0800 800 150",    "(020) 7946 0958",
    };
    for (size_t i = 0; i < N_ELEMS(uk); i++) {
        expect_one(uk[i], "PHONE_NUMBER", uk[i]);
        snprintf(buf, sizeof buf, "Tel: %s", uk[i]);
        expect_one(buf, "PHONE_NUMBER", uk[i]);
    }
    expect_none("0161-496-0123");   /* not as the country writes it */
    expect_none("020 794 60958");
    expect_none("0845 123 4567");   /* a business rate */
    expect_none("07000 123456");    /* a personal number's range */
    expect_none("0161 496 01234");  /* twelve digits */
    expect_none("order 0161 496 0123"); /* another number's label */
    expect_none("1,024 8080 8080");     /* the groups after a thousands' comma */
    /* shapes that are other things, or nothing */
    expect_one("phone 058-08-0156", "US_SSN", "058-08-0156"); /* an SSN's groups */
    expect_none("Fax: (011) 945-6475");   /* North American, invalid area code */
    expect_none("Fax: 048-479-5910");
    expect_none("Fax: (011) 945 6475");   /* the same, the area code in parentheses */
    expect_none("Fax: 058 08 1120");      /* an SSN's groups, spaced */
    /* the hotwords of other languages (German: mobile, landline) */
    expect_has("Handy: 0171 3345882, Festnetz: 089 21803344", "PHONE_NUMBER", "0171 3345882");
    expect_one("Festnetz: 089 21803344", "PHONE_NUMBER", "089 21803344");
    expect_one("Mobilnummer 0171 3345882", "PHONE_NUMBER", "0171 3345882");
    expect_has("Handy: 0171 3345882, Festnetz: 089 21803344", "PHONE_NUMBER", "089 21803344");
    expect_one("Telefoonnummer 010 414 4000", "PHONE_NUMBER", "010 414 4000");
    /* "call" in Spanish */
    expect_one("Para cualquier consulta llame al 913 748 205.", "PHONE_NUMBER", "913 748 205");
    expect_one("Si tiene preguntas, llámenos al 913 748 205.", "PHONE_NUMBER", "913 748 205");
    expect_one("Llámanos al 913 748 205.", "PHONE_NUMBER", "913 748 205");
    expect_none("Nos vemos al 913 748 205.");
    /* a note in parentheses after the number is not one of its groups */
    expect_one("Questions? Call 877-247-2559 (24/7) or write to us", "PHONE_NUMBER", "877-247-2559");
    expect_one("Call 877-247-2559 (work)", "PHONE_NUMBER", "877-247-2559");
    /* "reach me", "call me" in English and other languages */
    expect_one("Best number to reach me is 9195550107 after 5pm", "PHONE_NUMBER", "9195550107");
    expect_one("Sie erreichen mich unter 0151 23456789.", "PHONE_NUMBER", "0151 23456789");
    expect_one("si hay algún problema llámame al 655 21 98 47", "PHONE_NUMBER", "655 21 98 47");
    expect_one("chiamatemi al fisso 06 4821 7730", "PHONE_NUMBER", "06 4821 7730");
    expect_one("liga-me para o 912 345 678 quando chegares", "PHONE_NUMBER", "912 345 678");
    expect_one("a jak coś to dzwońcie 509 812 447", "PHONE_NUMBER", "509 812 447");
    expect_one("Our home number is 0161 832 4410.", "PHONE_NUMBER", "0161 832 4410");
    expect_one("Telemóvel: 936 482 115", "PHONE_NUMBER", "936 482 115"); /* Portuguese: mobile */
    expect_has("Mobil: +49 151 23456789 · Privat: 089 1234567", "PHONE_NUMBER", "089 1234567");
    expect_one("puh. 040 123 4567", "PHONE_NUMBER", "040 123 4567"); /* Finnish */
    /* "Home" as a form's key only */
    expect_has("Mobile: 07700 900123 · Home: 0161 496 0732", "PHONE_NUMBER", "0161 496 0732");
    expect_none("back home 030 12345678");
    /* a signature's one-letter keys; not one-letter keys of code */
    expect_has("T: +353 1 234 5678 | M: 087 123 4567", "PHONE_NUMBER", "087 123 4567");
    expect_one("P: 020 7946 0958", "PHONE_NUMBER", "020 7946 0958");
    expect_none("I don't 087 123 4567");
    /* a letterhead's one capital without its colon, at a line's start or
     * after '|' or a wide gap; not in a sentence */
    const char *letterhead = "T 030 - 241 77 80   |   M 06 - 4172 3385   |   info@example.nl";
    expect_has(letterhead, "PHONE_NUMBER", "030 - 241 77 80");
    expect_has(letterhead, "PHONE_NUMBER", "06 - 4172 3385");
    expect_none("Model T 030 241 77 80");
    /* the area code in parentheses right after the country code */
    expect_one("<telecom value=\"tel:+1(802)479-1124\" use=\"HP\"/>", "PHONE_NUMBER",
               "+1(802)479-1124");
    expect_one("Phone: +44(20)7946 0958", "PHONE_NUMBER", "+44(20)7946 0958");
    /* India's 5-5 mobiles, Mexico's 2-4-4, Brazil's without parentheses:
     * near a hotword */
    expect_one("Mobile: 98201 47736", "PHONE_NUMBER", "98201 47736");
    expect_none("98201 47736");
    expect_none("Mobile: 58201 47736"); /* ('6'-'9' first) */
    expect_one("Tel. celular: 55 4128 9073", "PHONE_NUMBER", "55 4128 9073");
    expect_none("55 4128 9073");
    expect_one("Tel: 21 99732-4418", "PHONE_NUMBER", "21 99732-4418");
    expect_one("Tel: 11 3456-7890", "PHONE_NUMBER", "11 3456-7890");
    expect_none("21 99732-4418");
    expect_none("Tel: 21 9973-24418");
    /* eight digits with no trunk prefix, near a hotword: Hong Kong's and
     * Singapore's 4-4, Denmark's and Norway's pairs, Norway's 3-2-3; not
     * two years, nor the groups of a longer number */
    expect_one("Tel: 9123 4567", "PHONE_NUMBER", "9123 4567");
    expect_one("Mobile (HK): 6123-4567", "PHONE_NUMBER", "6123-4567");
    expect_one("Tlf: 20 12 34 56", "PHONE_NUMBER", "20 12 34 56");
    expect_one("Mobil: 912 34 567", "PHONE_NUMBER", "912 34 567");
    expect_none("9123 4567");
    expect_none("Tel: 1123 4567");
    expect_none("Tel: 9123.4567");
    expect_none("Phone support hours 2012-2014 and 2016 1935");
    expect_none("phone tracking=9403 3523 4513");
    /* mobile numbers as Korea, Japan and Taiwan write them, dashed: no
     * hotword needed; other groupings still need one */
    expect_one("부재 시 010-9912-0447로 연락 부탁드립니다", "PHONE_NUMBER", "010-9912-0447");
    expect_one("14:04 陳怡君：0933-218-574", "PHONE_NUMBER", "0933-218-574");
    expect_one("090-4812-7703", "PHONE_NUMBER", "090-4812-7703");
    expect_none("045-321-8876");
    expect_none("020-4812-7703");
    expect_none("0833-218-574");
    /* labels in German, Swedish and Portuguese */
    expect_one("Rückfragen: Andrea Brunner, direkt 044 273 18 42", "PHONE_NUMBER",
               "044 273 18 42");
    expect_one("Växel: 08-587 412 30", "PHONE_NUMBER", "08-587 412 30");
    expect_one("Rui Ferreira, tlm. 912 483 705", "PHONE_NUMBER", "912 483 705");
    expect_one("Rückrufnummer: 0561 7391 4820", "PHONE_NUMBER", "0561 7391 4820");
    expect_one("Rufen Sie mich an: 0151 39025358", "PHONE_NUMBER", "0151 39025358");
    expect_one("Rückruf bitte unter 0151 66724083.", "PHONE_NUMBER", "0151 66724083");
    /* a pager's, an on-call list's; not an exam's accession number */
    expect_one("Attending: Dr. Patel, pgr 6176384418", "PHONE_NUMBER", "6176384418");
    expect_has("Date\tName\tCell\tPager\n2024-03-18\tAnjali Patel\t6464462056\t5087246635\n",
               "PHONE_NUMBER", "5087246635");
    expect_none("EXAM: XR CHEST 1 VIEW (MOBILE)          Accession: 2404417291       Exam date: "
                "03/16/2024 06:15");
    /* a call record's columns */
    expect_has("Item,Conn. Date,Originating Number,Terminating Number,IMEI\n"
               "1,03/10/24,7739247114,6465397615,354678091234567\n",
               "PHONE_NUMBER", "6465397615");
    expect_one("Dialed Number: 7024022994", "PHONE_NUMBER", "7024022994");
    /* (a column named with an ordinal, "1st Cell(CGI)") */
    expect_has("Item,Conn. Date,Originating Number,Terminating Number,IMEI,1st Cell(CGI)\n"
               "1,03/10/24,7739247114,6465397615,354678119415607,310-410-32429-54027\n",
               "PHONE_NUMBER", "7739247114");
    expect_one("Kunde telefonisch unter 0561 7391 4820 nicht erreicht", "PHONE_NUMBER",
               "0561 7391 4820");
    /* a VAT number beside a phone's label is none */
    expect_one("Como - Tel. 031 274 1100 - P.IVA 03217480134", "PHONE_NUMBER", "031 274 1100");
    /* labels in Korean and Arabic */
    expect_one("휴대전화: 010-3381-9042", "PHONE_NUMBER", "010-3381-9042");
    expect_one("موبايل 0122 734 5580", "PHONE_NUMBER", "0122 734 5580");
    /* Arabic's article joined to the label; a Korean label and its particle */
    expect_one("رقم الهاتف: 011 462 8830", "PHONE_NUMBER", "011 462 8830");
    expect_one("환불받을 계좌는 신한은행 110-482-736159입니다", "US_BANK_NUMBER", "110-482-736159");
    /* mobile, landline and fax in Russian, Hebrew and Chinese */
    expect_one("name,Мобильный\nИван,9219854302", "PHONE_NUMBER", "9219854302");
    expect_one("name,נייד\nדנה,0528834172", "PHONE_NUMBER", "0528834172");
    expect_one("Офіс: факс 044 234 18 91", "PHONE_NUMBER", "044 234 18 91");
    expect_one("另外我公司座机 0755-8632 9127 也可以联系我", "PHONE_NUMBER", "0755-8632 9127");
    expect_one("市話 (02) 2771-8836 是否正確？", "PHONE_NUMBER", "(02) 2771-8836");
    expect_one("डिलीवरी के समय कृपया मोबाइल 98450 23761 पर उपलब्ध रहें।", "PHONE_NUMBER",
               "98450 23761");
    expect_none("size M 06 4172 3385");
    expect_none("{\"m\": \"087 123 4567\"}");
    expect_one("Contacto: 915 21 43 87 (horario 9:00-14:00)", "PHONE_NUMBER", "915 21 43 87");
    expect_one("Kontakt: 089 21803344", "PHONE_NUMBER", "089 21803344");
    /* French "Port." is a mobile's label, not a network port's */
    expect_one("Port. : 06 71 28 44 09", "PHONE_NUMBER", "06 71 28 44 09");
    expect_has("Tel +44 20 7946 0958; NHS No. 943 476 5919.", "PHONE_NUMBER", "+44 20 7946 0958");
    expect_none("NHS No. 943 476 5919"); /* a UK patient's number */
    /* the area code set apart by '-', the rest spaced (Sweden, the Netherlands) */
    expect_one("Ring oss på telefon 08-123 456 78.", "PHONE_NUMBER", "08-123 456 78");
    expect_one("Mobil: 070-123 45 67", "PHONE_NUMBER", "070-123 45 67");
    expect_one("Tel. 020-624 1111", "PHONE_NUMBER", "020-624 1111");
    expect_none("08-123 456 78");         /* no hotword */
    /* '/' or a spaced '/' or '-' after the area code (Germany, the Netherlands) */
    expect_one("Telefon: 0176/4418 2297", "PHONE_NUMBER", "0176/4418 2297");
    expect_one("Telefon (für Rückfragen): 0176 / 4418 2297", "PHONE_NUMBER", "0176 / 4418 2297");
    expect_one("Tel.: 030/30634499", "PHONE_NUMBER", "030/30634499");
    expect_has("T 030 - 241 77 80 | mobiel 06 - 4172 3385", "PHONE_NUMBER", "06 - 4172 3385");
    expect_none("0176/4418 2297");        /* no hotword */
    expect_none("Tel 03/2024");           /* too few digits: dates */
    expect_none("Tel 01/15/2024");
    /* '-' after '/': a subscriber's number and its last group or extension */
    expect_one("phone 0176 / 4418-2297", "PHONE_NUMBER", "0176 / 4418-2297");
    expect_one("Tel.: 089/1234-5678", "PHONE_NUMBER", "089/1234-5678");
    expect_one("Telefon 0711/7845-920", "PHONE_NUMBER", "0711/7845-920");
    expect_none("089/1234-5678");                /* no hotword */
    expect_none("Tel.: 0176/4418-2297-11");      /* four groups */
    expect_none("Tel 03/2024-05");
    /* after a country code too */
    expect_one("Tel.: +49 89/1234-5678", "PHONE_NUMBER", "+49 89/1234-5678");
    expect_one("Tel.: +36 20/345-6789", "PHONE_NUMBER", "+36 20/345-6789");
    expect_none("Tel +49 89/12");
    expect_none("Preis +36 20/345");
    expect_none("phone 0176 // 4418 2297");
    expect_none("phone 0176 -- 4418 2297");
    /* hotwords of letterheads */
    expect_one("Telefax 030 3063 4499", "PHONE_NUMBER", "030 3063 4499");
    expect_one("Ligne directe : 01.42.68.53.21", "PHONE_NUMBER", "01.42.68.53.21");
    expect_one("Direct line 020 7946 0958", "PHONE_NUMBER", "020 7946 0958");
    expect_none("phone 070 123-45 67");   /* other mixtures */
    expect_none("phone 070-123 45-67");
    /* ten or eleven digits in one run, the trunk '0' first */
    expect_one("Mobile: 07700900123", "PHONE_NUMBER", "07700900123");
    expect_one("phone 0701234567", "PHONE_NUMBER", "0701234567");
    expect_none("0701234567");
    expect_none("Tel: 00123456789");      /* "00" needs its groups */
    expect_none("phone 070123456");       /* nine digits */
    /* Italy's mobile numbers: '3' first, no trunk prefix */
    expect_one("Il mio cellulare: 347 123 4567", "PHONE_NUMBER", "347 123 4567");
    expect_one("cell 347 1234567", "PHONE_NUMBER", "347 1234567");
    expect_one("cellulare 3471234567", "PHONE_NUMBER", "3471234567");
    expect_none("347 123 4567");          /* no hotword, and no North American number */
    expect_none("order 347 1234567");
    expect_none("phone 347.123.4567");
    /* China's mobile numbers: '1' and 3-9 first, eleven digits */
    expect_one("手机号码：13800138000", "PHONE_NUMBER", "13800138000");
    expect_one("mobile 138 0013 8000", "PHONE_NUMBER", "138 0013 8000");
    expect_none("13800138000");
    expect_none("order 138 0013 8000");
    expect_none("mobile 128 0013 8000"); /* '1' and 2 */
    expect_none("Tel: 0110-10-22-57"); /* what begins with an ISO date */
    expect_one("Phone: 03-555-0123", "PHONE_NUMBER", "03-555-0123"); /* nine digits */
    expect_none("Phone: 03-555-012");
    expect_none("Tel: 312400-(1212)!");   /* a group in parentheses last */
    expect_none("phone 01 02 2023");      /* a date; too few digits */
    expect_none("phone 020.7946.0958");   /* dots join too many other numbers */
    /* France's five pairs: spaced, they stand alone; dotted, near a hotword */
    expect_one("Vous pouvez me joindre au 01 42 68 53 07.", "PHONE_NUMBER", "01 42 68 53 07");
    expect_one("Mon numéro est le 06 47 21 93 58, merci", "PHONE_NUMBER", "06 47 21 93 58");
    expect_one("phone 01.42.68.53.00", "PHONE_NUMBER", "01.42.68.53.00");
    expect_none("06.47.21.93.58");
    expect_none("v 01.02.03.04.05");
    expect_none("00 12 34 56 78");        /* '0' and a digit 1-9 first */
    expect_none("06 47 21 93 58 12");     /* six pairs */
    expect_none("06 47 21 93 5");
    expect_none("days 01 02 03 04 05");   /* pairs in rising order */
    expect_none("Powerball draw: 07 14 23 38 41, PB 09");
    expect_one("tel 07 14 23 38 41", "PHONE_NUMBER", "07 14 23 38 41"); /* (with a hotword) */
    /* Brazil's area code in parentheses */
    expect_one("WhatsApp: (11) 98765-4321 · CEP 01310-100", "PHONE_NUMBER", "(11) 98765-4321");
    expect_one("Telefone (21) 3456-7890", "PHONE_NUMBER", "(21) 3456-7890");
    expect_none("(11) 98765-4321");
    /* hotwords written as one word in camelCase, other languages */
    expect_one("Bel ons op 0412 345 678.", "PHONE_NUMBER", "0412 345 678");
    expect_one("お問い合わせは 03-5412-6789 まで", "PHONE_NUMBER", "03-5412-6789");
    expect_none("03-5412-6789 まで");
    expect_none("tel (11) 98765-432");
    expect_none("phone 0044 2079");       /* "00" and too few digits */
    /* "00" and a country code as a group, then more: stands alone */
    expect_one("Intl format: 0044 20 7946 0958", "PHONE_NUMBER", "0044 20 7946 0958");
    expect_one("Managua 00505 2266 1234", "PHONE_NUMBER", "00505 2266 1234"); /* three-digit code */
    expect_one("from abroad dial 001 212 555 0199.", "PHONE_NUMBER", "001 212 555 0199");
    expect_none("00442079460958");        /* (needs a hotword: one group) */
    expect_none("00 44 20 7946 0958");    /* (needs a hotword: "00" alone) */
    expect_none("000 20 7946 0958");      /* no country code 0 */
    expect_none("total $92,009 552 149 676 more"); /* "00" and "9", no country code */
    expect_none("NDC 0071-0155-23");      /* a drug code */
    expect_none("phone 0 20 7946 0958");  /* a first group of one digit */
    expect_none("phone 0412 345-678");    /* mixed separators */
    /* Germany's extension after '-' (DIN 5008), near a hotword */
    expect_one("Telefon: 0711 7845920-14", "PHONE_NUMBER", "0711 7845920-14");
    expect_one("Tel. 0221 2981-0, Fax -99", "PHONE_NUMBER", "0221 2981-0");
    expect_none("0711 7845920-14");
    /* the country code in parentheses (Italy, Spain, Portugal) */
    expect_one("oppure (+39) 02 8633 7120 (ufficio)", "PHONE_NUMBER", "(+39) 02 8633 7120");
    expect_one("Teléfono fijo: (+34) 96 352 14 87", "PHONE_NUMBER", "(+34) 96 352 14 87");
    expect_none("(+99) 02 8633 7120"); /* no such country code */
    expect_one("Tel. Rezeption: 08821 347-0", "PHONE_NUMBER", "08821 347-0");
    /* a three-digit extension after a five-digit area code (no mobile's
     * prefix is five digits: "0412 345-678" stays unread) */
    expect_has("Telefon: 05151 209-0 | Fax: 05151 209-499", "PHONE_NUMBER", "05151 209-0");
    expect_has("Telefon: 05151 209-0 | Fax: 05151 209-499", "PHONE_NUMBER", "05151 209-499");
    expect_none("Mobile: 0412 345-678");
    /* an airline record's kind of phone after '-' */
    expect_one("  2.TYO +81 3 6286 3864-H", "PHONE_NUMBER", "+81 3 6286 3864");
    expect_one("Phone: 212-555-0143-H", "PHONE_NUMBER", "212-555-0143");
    expect_none("Phone: 212-555-0143-HX");
    /* Mexico's 3-3-4 where no North American number, near a hotword */
    expect_one("Celular: 998 122 4151", "PHONE_NUMBER", "998 122 4151");
    expect_none("998 122 4151");
    expect_none("Celular: 998-122-4151");
    expect_none("Celular: 111 (080) 5551"); /* (a fuzzer's find: not in parentheses) */
    expect_none("Celular: 111 222 3333");
    expect_none("Celular: 10 (1180) 5551"); /* (nor Mexico's 2-4-4, a fuzzer's find too) */
    expect_none("Celular: 21 (9973)-4418");
    /* a caller's ID and plural labels */
    expect_one("Caller ID: 3127824410", "PHONE_NUMBER", "3127824410");
    expect_has("Zu portierende Rufnummern: 0221 9471880, 0221 9471881 und 0221 9471882",
               "PHONE_NUMBER", "0221 9471882");

    /* nine digits in groups of two and three, no trunk prefix (Spain,
     * Portugal, Poland, the Czech Republic) */
    static const char *const nine[] = {"612 345 678", "91 123 45 67", "612 55 01 23",
                                       "22 123 45 67", "601-123-456", "22 208 4419"};
    for (size_t i = 0; i < N_ELEMS(nine); i++) {
        snprintf(buf, sizeof buf, "Tfno.: %s", nine[i]);
        expect_one(buf, "PHONE_NUMBER", nine[i]);
        snprintf(buf, sizeof buf, "Teléfono móvil %s.", nine[i]);
        expect_one(buf, "PHONE_NUMBER", nine[i]);
        expect_none(nine[i]); /* no hotword */
    }
    expect_none("tlf 6123 45 678");   /* a group of four */
    expect_none("tlf 612.345.678");   /* dots */
    expect_none("tlf 612 345-678");   /* mixed separators */
    expect_none("tlf 61 23 45 678 9"); /* a group of one */
    expect_none("tlf 612 345 67");    /* eight digits */
    expect_none("tlf 92 345 6789");   /* 2-3-4: only Portugal's landlines, '2' first */
    expect_none("TFN: 123 456 789");  /* Australia's tax file number */
    /* Latin America's "Cel." and Brazil's "Fone" */
    expect_one("Contacto: Pablo (padre) - Cel. 11 5842-7730", "PHONE_NUMBER", "11 5842-7730");
    expect_one("Fone: (11) 3061-2244", "PHONE_NUMBER", "(11) 3061-2244");
    /* DIN 5008's extension of five digits; Hungarian's label; a JSON
     * "data" key between the phone's key and its value */
    expect_one("Ihr Berater: Herr Schmitz, Telefon 0221 226-27100", "PHONE_NUMBER", "0221 226-27100");
    expect_one("Sachbearbeiter: KHK Schneider, Tel. 030 4664-722104, Zimmer 3.14", "PHONE_NUMBER",
               "030 4664-722104");
    expect_one("Telefonsz\xc3\xa1m: 06 30 481 2957", "PHONE_NUMBER", "06 30 481 2957");
    expect_one("{\"phone_numbers\": [{\"data\": \"4047300511\", \"primary\": true}]}", "PHONE_NUMBER",
               "4047300511");
    expect_one("\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd8\xaa\xd9\x84\xd9\x8a\xd9\x81\xd9\x88\xd9\x86: (02) 2795 1133",
               "PHONE_NUMBER", "(02) 2795 1133");
    expect_one("Nairobi. Customer care: 0722 000 100", "PHONE_NUMBER", "0722 000 100");
}
END_TEST

START_TEST(test_mac)
{
    expect_one("00:1A:2B:3C:4D:5E", "MAC_ADDRESS", "00:1A:2B:3C:4D:5E");
    expect_one("00-1A-2B-3C-4D-5E", "MAC_ADDRESS", "00-1A-2B-3C-4D-5E");
    expect_one("001a.2b3c.4d5e", "MAC_ADDRESS", "001a.2b3c.4d5e");
    expect_one("ether 00:1a:2b:3c:4d:5e brd", "MAC_ADDRESS", "00:1a:2b:3c:4d:5e");
    /* a Linux firewall log's MAC= field: destination, source, EtherType */
    const char *nf = "DROP IN=eth1 OUT= MAC=00:16:3e:5a:1b:2c:52:54:00:12:34:56:08:00 SRC=192.0.2.7";
    expect_has(nf, "MAC_ADDRESS", "00:16:3e:5a:1b:2c");
    expect_has(nf, "MAC_ADDRESS", "52:54:00:12:34:56");
    ck_assert_uint_eq(scan_text(__LINE__, nf, strlen(nf)).n, 3);
    expect_none("MAC=00:16:3e:5a:1b:2c:52:54:00:12:34:56:08:00:11");
    expect_none("MAC=00:16:3e:5a:1b:2c:52:54:00:12:34:56:08");
    expect_one("mac=0123.4567.89ab,", "MAC_ADDRESS", "0123.4567.89ab");
    /* twelve hex digits without separators: near a hotword only */
    expect_one("Device MAC: 3c5ab4129e01 (no separators)", "MAC_ADDRESS", "3c5ab4129e01");
    expect_one("hwaddr=001A2B3C4D5E,", "MAC_ADDRESS", "001A2B3C4D5E");
    expect_one("wifi bssid A4C138F2E0B1", "MAC_ADDRESS", "A4C138F2E0B1");
    expect_one("Paired phone BT address: a4c3f0e18d52", "MAC_ADDRESS", "a4c3f0e18d52");
    expect_one("Bluetooth address a4c3f0e18d52", "MAC_ADDRESS", "a4c3f0e18d52");
    expect_none("3c5ab4129e01");                  /* no hotword */
    expect_none("container 3c5ab4129e01 started"); /* (a container's short id) */
    expect_none("mac 3c5AB4129e01");              /* mixed case: a random token */
    expect_none("mac deadbeefcafe");              /* no digit */
    expect_none("mac 3c5ab4129e01f");             /* thirteen */
    expect_none("mac 3c5ab4129e0");               /* eleven */
    expect_none("mac 000000000000");              /* all zero (and no letter) */
    expect_none("mac FFFFFFFFFFFF");              /* broadcast (and no digit) */
    expect_none("mac x3c5ab4129e01");
    expect_one("mac:3c5ab4129e01", "MAC_ADDRESS", "3c5ab4129e01");
    /* a hotword after them speaks of something else */
    expect_none("docker: image 3c5ab4129e01 on Mac");
    expect_none("commit 3c5ab4129e01 on macOS");
    ck_assert(only_finding("mac 00:1a:2b:3c:4d:5e").flags & PII_FLAG_CONTEXT);
    ck_assert(!(only_finding("00:1a:2b:3c:4d:5e").flags & PII_FLAG_CONTEXT));

    expect_none("00:00:00:00:00:00");    /* all zero */
    expect_none("ff:ff:ff:ff:ff:ff");    /* broadcast */
    expect_none("00:1A:2B:3C:4D:5E:6F"); /* seven groups */
    /* a network's name after ':' (RADIUS' Called-Station-Id) */
    expect_one("Called-Station-Id = \"70-DB-98-12-34-80:eduroam\"", "MAC_ADDRESS",
               "70-DB-98-12-34-80");
    expect_none("00:1A:2B-3C:4D:5E");    /* mixed separators */
    expect_none("0123.4567.89ab.cdef");  /* four dotted groups */
    expect_none("00:1A:2B:3C:4D");       /* five groups */
    expect_none("g0:1A:2B:3C:4D:5E");
    expect_none("00:1A:2B:3C:4D:5G");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Look-alikes                                                              */
/* ------------------------------------------------------------------------ */

/* A whole segment of a URL's path: the shapes that say alone what they
 * are (a dashed SSN, a card, an IBAN), though '/' glues it to the path. */
START_TEST(test_path_segments)
{
    expect_one("GET /api/users/536-22-1234/profile HTTP/1.1", "US_SSN", "536-22-1234");
    expect_one("GET /cards/4556737586899855/charge", "CREDIT_CARD", "4556737586899855");
    expect_one("GET /v1/accounts/DE89370400440532013000?x=1", "IBAN_CODE", "DE89370400440532013000");
    expect_one("path=/export/536-22-1234", "US_SSN", "536-22-1234");
    expect_none("GET /a/536-22-1234.json");          /* not the whole segment */
    expect_none("GET /orders/4556737586899855x");
    expect_none("GET /status/1234567890123456789");  /* no card */
    /* a Sentry DSN's project after its key and host */
    expect_none("SENTRY_DSN=https://00dae61123a1a032417aaace05e47ed4@o4506812345.ingest.sentry.io/"
                "4506859178376976\n");
    expect_none("GET /orders/4556737586899856/");    /* Luhn fails */
    expect_none("GET /x/4556-7375-8689-9855/");      /* groups: not in a path */
    expect_none("GET /users/536 22 1234/");          /* only the dashed SSN */
    expect_none("v1/2021/05/06/536221234/");         /* nine bare digits need a hotword */
}
END_TEST

START_TEST(test_lookalikes)
{
    static const char *const texts[] = {
        "ISBN 978-3-16-148410-0",
        "978-3-16-148410-0",
        "ISBN-13: 9783161484100",
        "1.2.3.4.5",
        "v10.4.9",
        "created_at=1672246262904",
        "1672246262904",
        "123e4567-e89b-12d3-a456-426614174000",
        "550e8400-e29b-41d4-a716-446655440000",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "d41d8cd98f00b204e9800998ecf8427e",
        "commit a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0",
        "order SO-53142821",
        "Order #53142821",
        "tracking 1Z999AA10123456784",
        "USPS 9400 1000 0000 0000 0000 00",
        "tracking 9400 1111 2022 1234 5678 90",
        "9400100000000000000000",
        "@mentions @john",
        "listening on :8080",
        "user@localhost",
        "avatar@2x.png",
        "lodash@4.17.21",
        "std::chrono::now",
        "2023-01-15",
        "01/15/2023",
        "15.01.2023",
        "on 2023-01-15 at 12:30:45",
        "2023-01-15T12:30:45.123Z",
        "ZIP 12345-6789",
        "Springfield, IL 62704-1234",
        "123456789",
        "536221234",
        "Employee ID 536221234, see the account notes",
        "Employee ID 123456789 account",
        "price $4111111111111111",
        "git 3f2a1b9c",
        /* dates without separators next to a hotword */
        "Passport expiry date: 20300115",
        "passport_expiry=20300115 passport_country=US",
        "driver license expires 20290315 (California)",
        "account opened 20190401",
        "account locked at 20240301120003",
    };
    for (size_t i = 0; i < N_ELEMS(texts); i++)
        expect_none(texts[i]);
    /* not a date: month 13, a year of 2150, 25 o'clock */
    expect_one("account opened 20191301", "US_BANK_NUMBER", "20191301");
    expect_one("account 21500101", "US_BANK_NUMBER", "21500101");
    expect_one("account 20240301250003", "US_BANK_NUMBER", "20240301250003");
    expect_has("passport no. 20301501", "PASSPORT", "20301501");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Context                                                                  */
/* ------------------------------------------------------------------------ */

START_TEST(test_context_whole_words)
{
    expect_one("SSN 536221234", "US_SSN", "536221234");
    expect_one("ssn 536221234", "US_SSN", "536221234");
    expect_one("Ssn 536221234", "US_SSN", "536221234");
    expect_one("ssns 536221234", "US_SSN", "536221234");
    expect_one("(ssn) 536221234", "US_SSN", "536221234");
    /* labels in other scripts: Russian, Hebrew, Arabic, Korean */
    expect_one("\xd0\xa2\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x84\xd0\xbe\xd0\xbd: 2125550199",
               "PHONE_NUMBER", "2125550199");                        /* Телефон */
    expect_one("\xd7\x98\xd7\x9c\xd7\xa4\xd7\x95\xd7\x9f: 03-555-0123", "PHONE_NUMBER",
               "03-555-0123");                                       /* טלפון */
    expect_one("\xd8\xac\xd9\x88\xd8\xa7\xd8\xb2 K28633443", "PASSPORT", "K28633443"); /* جواز */
    expect_one("\xec\xa0\x84\xed\x99\x94\xeb\xb2\x88\xed\x98\xb8 2125550199", "PHONE_NUMBER",
               "2125550199");                                        /* 전화번호 */
    /* other languages' forms of the words, folded as the tokenizer folds
     * them (accents and Devanagari's vowel signs away) */
    expect_one("Numer paszportu: EA1234567", "PASSPORT", "EA1234567");
    /* an identity card's number named nearer than the passport */
    expect_none("nie mam paszportu, mam tylko dowód osobisty AXB518204");
    expect_one("Pasaport numarası: U12345678", "PASSPORT", "U12345678");
    expect_one("Αριθμός διαβατηρίου: AE1234567", "PASSPORT", "AE1234567");
    expect_one("पासपोर्ट नंबर: J8369854", "PASSPORT", "J8369854");
    expect_one("Số hộ chiếu: C1234567", "PASSPORT", "C1234567");
    expect_one("Paspoortnummer: NXF72J4P1", "PASSPORT", "NXF72J4P1");
    expect_one("- Paspoortnr.: MUQWMHG64 (kopie)", "PASSPORT", "MUQWMHG64");
    expect_one("13. Numéro du document de voyage : S9177225", "PASSPORT", "S9177225");
    expect_one("Nacionalidad: Estados Unidos\nPasaporte No.: 649899198", "US_PASSPORT",
               "649899198");
    /* a form's indented lines */
    expect_one("Passport Information\n  Country of issuance: United States of America\n"
               "  Passport Number: 824072361\n",
               "US_PASSPORT", "824072361");
    expect_one("Số điện thoại: 024 3825 1234", "PHONE_NUMBER", "024 3825 1234");
    expect_one("Tài khoản nguồn: 0071001234567", "US_BANK_NUMBER", "0071001234567");
    expect_one("फ़ोन 0141 2745 318", "PHONE_NUMBER", "0141 2745 318");
    expect_one("โทร. 02 659 9000", "PHONE_NUMBER", "02 659 9000");
    expect_one("เบอร์โทรศัพท์: 0891234567", "PHONE_NUMBER", "0891234567");
    expect_one("No. Telepon: 0812-3456-7890", "PHONE_NUMBER", "0812-3456-7890");
    expect_one("출금계좌   : 110-482-771903", "US_BANK_NUMBER", "110-482-771903");
    expect_one("급여계좌: 국민은행 942102-00-418827", "US_BANK_NUMBER", "942102-00-418827");
    /* digits glued to Korean ("3영업일": three business days) are no ID */
    expect_one("상담원: 환불받으실 계좌번호를 알려주시면 3영업일 내 처리됩니다.\n"
               "고객: 우리은행 1002-347-228190",
               "US_BANK_NUMBER", "1002-347-228190");
    /* Hebrew's prefixes joined to the word */
    expect_one("מחשבון: 12-618-447281", "US_BANK_NUMBER", "12-618-447281");
    /* orders' numbers in other languages are no cards */
    expect_none("订单号 4000123456788");
    expect_none("注文番号 4000123456788");
    expect_none("订单编号 4000123456788");
    expect_none("주문번호 4000123456788");
    expect_none("رقم الطلب 4000123456788");
    expect_none("Số đơn hàng 4000123456788");
    /* "PH" in capitals, no key: the Philippines' code */
    expect_none("10457|Jose Santos|PH|2419983071|x");
    expect_none("Nationality: PH  Iqama: 2419983071");
    expect_one("Ph: 2125550199", "PHONE_NUMBER", "2125550199");
    expect_one("Номер телефона: 030 9018 2277", "PHONE_NUMBER", "030 9018 2277");
    expect_one("휴대폰 010 1234 5678로 연락", "PHONE_NUMBER", "010 1234 5678");
    /* a hotword inside a longer word is no hotword */
    expect_none("assn 536221234");
    expect_none("ssnx 536221234");
    expect_none("lessn 536221234");
    expect_none("public A1234567");
    expect_none("headphones 2125550199");
    expect_none("phonetic 2125550199");
    /* hotwords are case-folded and compared without accents */
    expect_one("Téléphone: 2125550199", "PHONE_NUMBER", "2125550199");
    expect_one("SSN：536221234", "US_SSN", "536221234");
    /* but remain whole words in any script */
    expect_none("жssn 536221234");
    expect_none("ssnж 536221234");
    expect_none("Éphémère 2125550199"); /* no "ph" inside */
    expect_one("lic A1234567", "US_DRIVER_LICENSE", "A1234567");
    /* hotword of another entity gives no context to this one */
    expect_none("phone 536221234");
    expect_none("email 536221234");
}
END_TEST

START_TEST(test_context_other_label_nearer)
{
    /* a label of something else sits closer than the hotword */
    expect_none("SSN on file, order 536221234");
    expect_none("ssn of the order 536221234");
    expect_none("ssn for ID 536221234");
    expect_none("ssn, Employee ID 536221234");
    /* a note that says what the value is not */
    expect_none("Subscriber ID # (do not enter SSN): 882019374");
    expect_none("Member ID (not SSN): 882019374");
    expect_none("ID Number (Do not use Social Security Number): 882019374");
    expect_one("SSN (no dashes): 536221234", "US_SSN", "536221234");
    expect_one("Passport (No.): 561234789", "PASSPORT", "561234789");
    expect_none("routing info, invoice 011000015");
    expect_none("account, order number 12345678901");
    expect_none("No account/unable to locate. Trace #091000019876543.");
    /* payment references of Norway's and Sweden's invoices (Luhn-valid;
     * the account in 4.2.5 is one) */
    expect_one("Kontonummer: 1503.12.34562 / KID: 4402917730156 / BIC: DNBANOKK", "US_BANK_NUMBER",
               "1503.12.34562");
    expect_none("Plusgiro: 4 78 92-3 / OCR-nummer: 4019283746150");
    /* ... unless "or" or "and" joins it to the hotword: both name the value */
    expect_one("5.  California Driver License or ID Card No.: D5520314", "US_DRIVER_LICENSE",
               "D5520314");
    expect_one("7. Driver license or state ID number: 33524482     State: TX",
               "US_DRIVER_LICENSE", "33524482");
    /* ... or '/' ("Driver's License / State ID Number:", a state's forms) */
    expect_one("Illinois Driver's License / State ID Number: R520-4817-3309", "US_DRIVER_LICENSE",
               "R520-4817-3309");
    /* a label followed by its own number labels nothing after it */
    expect_one("2 Social Security number previously assigned to the person listed in item 1\n"
               "389 - 21 - 6650", "US_SSN", "389 - 21 - 6650");
    /* (but the digits that begin a value are no label's own: "ID" is the
     * nearer label of "482 117 396", and "117 396" no value of its own) */
    expect_none("Doc: Driver License | Issuing state: New York | ID: 482 117 396 | Exp: 2030-07-01");
    expect_none("Driver License on file; ID Card No.: D5520314");
    /* an account of another kind: a label of another number right before */
    expect_none("Box 26 PATIENT'S ACCOUNT NO. 00047120913");
    expect_none("Loyalty account number 6015 4412 9903");
    /* or a word of an account of another kind: an agency's portal, a utility */
    expect_none("USCIS Online Account Number (if any): 002144178830");
    expect_none("Three new seller accounts (70043301, 70043318, 70043342) registered");
    expect_none("APS utility deposit refund, service account 2284417301   $214.55");
    expect_one("bank account 2284417301", "US_BANK_NUMBER", "2284417301");
    /* the last group of a utility's account number is none */
    expect_none("Account Number:       8498 31 022 0418827");
    expect_none("品番 SK-20418-B   JANコード 4901234567894   数量 120"); /* a barcode */
    /* a member's number nearer than the account's word */
    expect_none("Zahlungen von meinem Konto mittels Lastschrift einzuziehen.\n"
                "Kontoinhaber: Sven Dietrich    Mitglieds-Nr.: 0041882");
    expect_none("Lidnummer: 10441927 op rekening");
    /* a company's registration (Portugal's "Matrícula"), not an SSN */
    expect_one("NIF 509 447 182  |  Tel. 22 208 4419\n"
               "Capital social 5.000 EUR  |  Matrícula CRC Porto n.º 509447182",
               "PHONE_NUMBER", "22 208 4419");
    expect_none("name,patient_account\nJo,00047120913");
    expect_none("Guarantor Account: 7723415   Statement #: ST-2024-0228-0091");
    expect_none("Carrier Account No.: 287461093112");
    /* a ledger's, an insurer's billing, a carrier's (BAN) */
    expect_none("GL Account: 6010002200   Salaries & Wages");
    expect_none("GL Account    Description                  Dept   Debit\n"
                "6010002200    Salaries & Wages - Nursing   4100   312,044.18\n");
    expect_none("Billing Account No.: 4418203071");
    expect_none("Tenant Account No.: 40017723");
    expect_none("Westchase Park HOA dues (HOA account #: 71002290)");
    expect_none("Gestionnaire : Cabinet Dubois, carte professionnelle CPI 7501 2018 000 041 772");
    expect_none("BAN: 968441022        Account Type: Postpaid Individual");
    expect_none("name,Carrier Account No.\nJo,287461093112\n");
    expect_none("Mobile account 287461093");
    expect_none("Student account refund, 10004127");
    /* (a CLABE is an account's number: its check digit holds) */
    expect_has("Domiciliación con tarjeta de débito 4152 3144 9065 3295\n"
               "CLABE: 012180015634219872", "CREDIT_CARD", "4152 3144 9065 3295");
    expect_has("Domiciliación con tarjeta de débito 4152 3144 9065 3295\n"
               "CLABE: 012180015634219872", "US_BANK_NUMBER", "012180015634219872");
    expect_none("Direct Deposit Setup\nEmployer: Jefferson Health (Group 10016542)");
    expect_one("Ordering Phone: 415-813-8336\nSpecimen: 071-448-1833-0   Client #: 04418290",
               "PHONE_NUMBER", "415-813-8336");
    /* an empty check box after a label of another number (CMS-1500's item 25) */
    expect_one("25. FEDERAL TAX I.D. NUMBER   SSN [X]  EIN [ ]   727260705", "US_SSN",
               "727260705");
    expect_none("25. FEDERAL TAX I.D. NUMBER   SSN [ ]  EIN [X]   727260705");
    /* a card's digits in one run labelled as an order's or a request's */
    expect_none("order.created order_id=4000123456788 sku=HX-4417-220");
    /* a note in parentheses after the label */
    expect_none("Merchant ID (MID):      4445526018159086");
    expect_none("Order ID (web): 4000123456788");
    /* a card's number is its primary account number: a branded, valid
     * number after an account's bare label is a card (PayPal's "ACCT=") */
    expect_one("&CREDITCARDTYPE=Amex&ACCT=371463074185290&EXPDATE=042028", "CREDIT_CARD",
               "371463074185290");
    expect_one("<accountNumber>4916852963074181</accountNumber>", "CREDIT_CARD",
               "4916852963074181");
    expect_one("Checking account number: 4916852963074181", "US_BANK_NUMBER", "4916852963074181");
    expect_one("ACCT=12345678903", "US_BANK_NUMBER", "12345678903");
    /* a phone's IMEI passes Luhn by design */
    expect_none("IMEISV 3569505432463656, TAC 35209900");
    expect_none("imei=356950543246365 imsi=310260481927365");
    expect_none("INFO request_id=4476371363189798 path=/api/v1/orders status=400");
    expect_none("msg=\"order shipped\" tracking=508615486851");
    expect_none("order_id,amount\n4000123456788,12.00");
    /* a product's barcode and a payment provider's reference */
    expect_none("SKUs: B07S829LBX, UPC 012345678905, EAN 4035817839709");
    expect_none("Payment refs: psp 8876682543479629, auth 083721");
    /* a merchant's ID in capitals, as acquirers write it ("mid" in lower
     * case only as a key); "kid" in lower case is a child */
    expect_none("Merchant: Bella Notte Trattoria (MID 4445012345677)   MCC 5812");
    expect_none("auth ok mid=4445012345677 tid=00017");
    expect_one("in mid 2024 my card 4111111111111111 expired", "CREDIT_CARD", "4111111111111111");
    expect_one("my kid 4111111111111111 paid", "CREDIT_CARD", "4111111111111111");
    /* ... with its length after the name, and a shipping container's code */
    expect_none("EAN13 4036172195455");
    expect_none("EAN-13: 4036172195455 / GTIN-14: 30048499618000");
    expect_none("sku,ean13,gtin14\nHW-10431,4051521609155,30048499618000");
    expect_none("Palet EUR 1200x800   SSCC 384123451987896086");
    expect_one("Payment card 4035817839709", "CREDIT_CARD", "4035817839709");
    expect_one("Order #: 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111");
    expect_one("Order 1182, card 4111111111111111", "CREDIT_CARD", "4111111111111111");
    /* an employer's number after a taxpayer's label; "ein" the German article */
    expect_none("Federal Tax ID (EIN): 841736294");
    /* an issuer's card after an account's bare label or a bank's name */
    expect_one("Acct No. 4266846433146575", "CREDIT_CARD", "4266846433146575");
    expect_one("Synchrony Bank 4266846433146575", "CREDIT_CARD", "4266846433146575");
    expect_one("Original creditor: Comenity Bank, account 4147206586781667", "CREDIT_CARD",
               "4147206586781667");
    expect_one("Bank account 4266846433146575", "US_BANK_NUMBER", "4266846433146575");
    expect_has("Routing Number: 048246017\nAccount Number: 567355932839", "US_BANK_NUMBER",
               "567355932839");
    /* a card's PAN so named, however far its value; track 2's 'D' */
    expect_one("DE002 Primary Account Number         : [16] 4556732153092448", "CREDIT_CARD",
               "4556732153092448");
    expect_one("EMV 57 Track 2 Equiv Data : 4266847906876383D27082011758900000000F",
               "CREDIT_CARD", "4266847906876383");
    expect_none("id 4266847906876383DX");
    /* 3-D Secure's phone objects */
    expect_one("\"homePhone\": {\"cc\": \"1\", \"subscriber\": \"6176502703\"}", "PHONE_NUMBER",
               "6176502703");
    /* schools' licenses, accounts and IDs */
    expect_none("Professional Educator License (PEL) #: 9579600   Endorsements");
    expect_none("Out-of-state teacher license #: 8812047 (Oregon TSPC, expired 2019)");
    expect_none("balance on the student fee account #: 30418826 (yearbook)");
    expect_none("cafeteria account 20319751, balance -$6.40");
    expect_none("Davis Elementary, Cheyenne WY - records request sent, NCES 560198000104");
    expect_one("Sie geben ein 536221234 als Tax ID ein", "US_SSN", "536221234");
    expect_none("Box 26 Pt Acct No: 88120034");
    expect_none("Hospital account(s): 7740012931, 7740013308");
    expect_none("Pioneer Valley School District (Employer Acct. No. 184-2271-04)");
    expect_none("Your rewards account 44182093 has been credited $25.00");
    /* a cloud provider's account: CloudTrail, billing exports */
    expect_none("AWS Account: 482019345521 (prod)");
    expect_none("aws_account,region\n482019345521,us-east-1");
    expect_one("AWS bill paid from checking account 00047120913", "US_BANK_NUMBER", "00047120913");
    expect_one("Checking account number 00047120913", "US_BANK_NUMBER", "00047120913");
    expect_one("Patient SSN: 536-22-1234", "US_SSN", "536-22-1234");
    /* a message broker's routing, not a bank's */
    expect_none("RabbitMQ routing key 'payments.settled', delivery tag 253070007");
    expect_none("routing table 10, next hop id 253070007");
    /* but the hotword nearer than the other label still counts */
    expect_one("id ssn 536221234", "US_SSN", "536221234");
    expect_one("order ref: ssn 536221234", "US_SSN", "536221234");
    /* a label after the candidate is not taken for this one */
    expect_one("ssn 536221234 id", "US_SSN", "536221234");
    /* national IDs of other countries, a file's folio, a booking's
     * locator, a loan's number */
    expect_none("SOLICITUD DE APERTURA DE CUENTA\nFolio: 0074-2024-118452");
    expect_none("ACME SRL - CUIT 30712345671 - Cuenta corriente en pesos");
    expect_none("Social Insurance Number: 527183966");
    expect_one("Social Security Number: 527183966", "US_SSN", "527183966");
    /* the DoD's and the SSA's names for it; a veteran's VA file number */
    expect_one("JOHNSON, RAYMOND E, MSGT, SSAN 249813537, 96 MXG", "US_SSN", "249813537");
    expect_one("2. SOCIAL SECURITY ACCOUNT NUMBER: 249813537", "US_SSN", "249813537");
    expect_one("VA file number: 249 81 3537", "US_SSN", "249 81 3537");
    expect_one("ID Type: Social Security Number   ID Number: 018542148", "US_SSN", "018542148");
    expect_none("COPIAS DE PASAPORTES\nLocalizador: QX7P2M");
    expect_one("Fax: (512) 555-0199\nRe: Verification of Employment - Loan #3310048872",
               "PHONE_NUMBER", "(512) 555-0199");
    /* Spanish labels of orders, transactions, shipments */
    expect_none("N\xc3\xbamero de orden: 4388167365100453");
    expect_none("N\xc3\xbamero de transacci\xc3\xb3n: 4388034100843112");
    /* a casino's numbers: a ticket's validation key, a patron's and a
     * players club's account, gaming and regulators' licenses */
    expect_none("KIOSK-07 TICKET_REDEEM validation=625798141781597135 amount=20.00");
    expect_none("Validation No. 625798141781597135");
    expect_has("QA notes - payment form validation\n- 4111111111111111 -> accept", "CREDIT_CARD",
               "4111111111111111");
    expect_none("Cage txn #: FM-24-003318   Patron #: 20047716   Deposit type: Front money");
    expect_none("Silver Peak Rewards (players club account no. 100911734)");
    expect_none("State gaming license number: 1012974");
    expect_none("   Nevada FID License CC10147  NMLS 1447120");
    /* a US visa's control number, the IRS's document locator number, an
     * arrival record's number, Apple's system in a User-Agent */
    expect_none("Visa Control Number: 20221873401002");
    expect_none("visa_control_number,name\n20221873401002,Zhang Wei");
    expect_none("IRS transcript DLN 28221-447-01823-4");
    expect_none("Document Locator Number (DLN): 28221-447-01823-4");
    expect_none("returns for tax years 2021-2023 (DLN 28254-612-30441-3)");
    expect_one("DLN: D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_one("Phone: +1 617 555 0143\nI-94 number: 71230948512, date", "PHONE_NUMBER",
               "+1 617 555 0143");
    expect_none("ua,session\nMozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) "
                "Version/17.3.1,77ab03cd1e92");
    expect_one("MAC address 77ab03cd1e92", "MAC_ADDRESS", "77ab03cd1e92");
    /* a label of a number that has long been the SSN itself does not
     * lower the SSN's own shape (VA claims, payroll IDs) */
    expect_one("C. CLAIM OR PAYROLL ID NUMBER: 502-67-0029   PREFIX: C", "US_SSN", "502-67-0029");
    expect_one("Employee ID: 502-67-0029", "US_SSN", "502-67-0029");
    expect_none("Part no. 502-67-0029");
    expect_none("Claim No. 502670029");
    expect_one("N\xc3\xbamero de tarjeta: 4388034100843112", "CREDIT_CARD", "4388034100843112");
}
END_TEST

START_TEST(test_context_nearest_hotword)
{
    /* each number takes its own label */
    expect_one("ssn 122105155", "US_SSN", "122105155");
    expect_one("routing 122105155", "ABA_ROUTING_NUMBER", "122105155");
    /* another number between a hotword and a candidate takes the hotword */
    expect_one("ssn 536221234 536221235", "US_SSN", "536221234");
    expect_one("ssn 536221234, order 536221235", "US_SSN", "536221234");
    expect_one("ssn 536221234, 5362212351", "US_SSN", "536221234"); /* (other shape) */
    expect_one("ssn 536221234, 536221235-7", "US_SSN", "536221234");
    expect_has("account 12345678901 routing 122105155", "US_BANK_NUMBER", "12345678901");
    expect_has("account 12345678901 routing 122105155", "ABA_ROUTING_NUMBER", "122105155");
    /* a hotword in parentheses right after a value notes that value, not
     * the number after it */
    const char *noted = "refund - 286748238 (routing) 5596885075 (checking)";
    expect_has(noted, "ABA_ROUTING_NUMBER", "286748238");
    expect_has(noted, "US_BANK_NUMBER", "5596885075");
    ck_assert_uint_eq(scan_text(__LINE__, noted, strlen(noted)).n, 2);
    expect_one("bank info: 286748238 (routing number) sent", "ABA_ROUTING_NUMBER", "286748238");
    /* two labels before two values name them in their order */
    static const char *const pairs[] = {
        "Routing/Account: 222494326 / 454747461548",
        "Payer Routing / Account #: 222494326 / 454747461548",
        "Routing and account numbers: 222494326, 454747461548",
        "Bank (routing, account): 222494326, 454747461548",
        "ABA/Acct: 222494326 454747461548",
        "routing & account: 222494326 and 454747461548",
    };
    for (size_t i = 0; i < N_ELEMS(pairs); i++) {
        expect_has(pairs[i], "ABA_ROUTING_NUMBER", "222494326");
        expect_has(pairs[i], "US_BANK_NUMBER", "454747461548");
        ck_assert_uint_eq(scan_text(__LINE__, pairs[i], strlen(pairs[i])).n, 2);
    }
    /* in the other order too */
    expect_has("Account/Routing: 454747461548 / 222494326", "US_BANK_NUMBER", "454747461548");
    expect_has("Account/Routing: 454747461548 / 222494326", "ABA_ROUTING_NUMBER", "222494326");
    /* a label's head comes first: "for" begins what modifies it */
    expect_one("Routing number for direct deposit: 063100277", "ABA_ROUTING_NUMBER", "063100277");
    expect_one("Account number for direct deposit: 063100277", "US_BANK_NUMBER", "063100277");
    expect_one("Here is what I have for your SSN: 536221234", "US_SSN", "536221234");
    /* a label broken across lines before its "No." */
    expect_one("Obligor's Georgia driver's license\nNo. 058291734 is subject to suspension",
               "US_DRIVER_LICENSE", "058291734");
    /* but a list of values of one shape shares the words around it */
    static const struct {
        const char *text, *entity;
        size_t n;
    } lists[] = {
        {"SSNs: 536221234, 536221235, 536221236", "US_SSN", 3},
        {"ssn 536221234 and 536221235", "US_SSN", 2},
        {"ssn 536221234 / 536221235; 536221236 or 536221237", "US_SSN", 4},
        {"536221234 and 536221235 are SSNs", "US_SSN", 2},
        {"{\"ssns\": [\"536221234\", \"536221235\"]}", "US_SSN", 2},
        {"routing numbers 122105155 and 121042882", "ABA_ROUTING_NUMBER", 2},
        {"Accounts: 12345678901, 98765432109", "US_BANK_NUMBER", 2},
        {"DL numbers: D1234567 and D7654321", "US_DRIVER_LICENSE", 2},
        {"SSNs 536221234 to 536221240 on file", "US_SSN", 2}, /* a range */
        /* LIST_MAX values each way: the tenth is nine from the word */
        {"ssn 536221231, 536221232, 536221233, 536221234, 536221235, 536221236, 536221237, "
         "536221238, 536221239, 536221241",
         "US_SSN", 9},
    };
    for (size_t i = 0; i < N_ELEMS(lists); i++) {
        scan_result r = scan_text(__LINE__, lists[i].text, strlen(lists[i].text));
        ck_assert_msg(r.n == lists[i].n, "\"%s\": want %zu, got %s", lists[i].text, lists[i].n,
                      describe(&r, lists[i].text));
        for (size_t k = 0; k < r.n; k++)
            ck_assert_int_eq(r.f[k].entity, entity_id(__LINE__, lists[i].entity));
    }
}
END_TEST

/* A short reply in a dialogue answers the line above it. */
START_TEST(test_context_dialogue)
{
    expect_one("Agent: What's your SSN?\nCustomer: it's 536 22 1874", "US_SSN", "536 22 1874");
    /* a speaker whose name is a label of another number; a transcript's Q. and A. */
    expect_one("Agent: Can I get the best callback number?\nMember: 4045550123", "PHONE_NUMBER",
               "4045550123");
    /* a form's line above is no question that a key below answers, and
     * the key is then the value's label */
    expect_one("Tel.: 601 234 567\nPESEL: 85010112345", "PHONE_NUMBER", "601 234 567");
    expect_one("Tel.: 601 234 567\nPESEL: 3125550147", "PHONE_NUMBER", "601 234 567");
    expect_one("Q. What is your Social Security number?\nA. 536221874", "US_SSN", "536221874");
    /* a time in the speaker's note, its words not counted */
    /* Brazil's export: a date with its year's four digits, a space */
    expect_one("12/03/2024 14:19 - Pedro Lima: qual o n\xc3\xbamero da sua conta nos EUA?\n"
               "12/03/2024 14:20 - Ana Souza: 6620018839",
               "US_BANK_NUMBER", "6620018839");
    /* a call's caller is a speaker, no phone's label */
    expect_one("[00:01:05] Agent: And the account number?\n[00:01:08] Caller: 0963324392",
               "US_BANK_NUMBER", "0963324392");
    expect_one("Caller: 3035550192", "PHONE_NUMBER", "3035550192");
    expect_one("Unknown (2:19 PM): we must verify your social security number.\n"
               "Aunt Carol (2:25 PM): 466 19 7528",
               "US_SSN", "466 19 7528");
    /* a chat export's contact of four words; a greeting before the
     * answer, the question's form named by its number ("I-765") */
    expect_one("3/4/24, 9:18 AM - Lic. Abara: Necesito su n\xc3\xbamero ITIN por favor\n"
               "3/4/24, 9:19 AM - Ana Luc\xc3\xad" "a Xol Caal: 921550912",
               "US_ITIN", "921550912");
    expect_one("14/2/24, 9:20 a. m. - Lic. Abara: para el formulario I-765 necesito su "
               "n\xc3\xbamero de seguro social\n"
               "14/2/24, 9:31 a. m. - Roberto Mej\xc3\xad" "a: claro licenciada, es 350924471",
               "US_SSN", "350924471");
    /* a deposition's line numbers before them */
    expect_one(" 8   Q.   And your Social Security number?\n 9   A.   440 68 2058.", "US_SSN",
               "440 68 2058");
    /* a value alone below a form's label: the whole label counts */
    expect_one("B. MOTHER'S SOCIAL SECURITY NUMBER (See instructions for 9B on Page 1)\n517439028",
               "US_SSN", "517439028");
    expect_none("The quarterly report covers the social security number redaction project, and\n"
                "continues with a very long paragraph of prose about other matters entirely so\n"
                "517439028");
    /* the question as a whole: a routing number asked for "on your direct
     * deposit" is a routing number */
    expect_one("Agent: Can you confirm the routing number on your direct deposit?\n"
               "Customer: sure it's 026009593", "ABA_ROUTING_NUMBER", "026009593");
    expect_one("[10:42] agent_kim: and the SSN please\n[10:43] cust: yeah its 536 22 1874",
               "US_SSN", "536 22 1874");
    expect_one("Agent: need your passport\nCustomer: sure, it's K28633443.", "PASSPORT",
               "K28633443");
    /* a time in parentheses or brackets before the speaker, whose name may
     * be a label of another number ("Patient"); a WebVTT voice; a
     * subtitle file's cue lines between question and answer */
    expect_one("(00:20) Agent: what is your license number and state?\n"
               "(00:27) Patient: it's California, D4821937.", "US_DRIVER_LICENSE", "D4821937");
    expect_one("Agent: what is your ssn?\n[00:27] Patient: 536221874.", "US_SSN", "536221874");
    /* (quoted in a reply's '>' marks; a role in brackets after the name) */
    expect_one(">> [10:01] Agent: What's your SSN so I can pull the W-2?\n"
               ">> [10:01] Customer: 412 68 3307\n", "US_SSN", "412 68 3307");
    expect_one("Priya [Agent]: and what's your SSN?\nDana [Customer]: 412683307\n", "US_SSN",
               "412683307");
    /* a chat export's date and time before the speaker (WhatsApp's) */
    expect_one("3/4/24, 9:17 AM - Crestview Rentals: We need your SSN to continue\n"
               "3/4/24, 9:19 AM - Jamal Whitby: 526440918", "US_SSN", "526440918");
    expect_one("04.03.24, 21:17 - Agent: What is your SSN?\n04.03.24, 21:19 - Jamal: sure its "
               "526440919", "US_SSN", "526440919");
    expect_none("04.03.24, 21:17 - Agent: Lovely weather today\n04.03.24, 21:19 - Jamal: 526440919");
    /* (in Spanish: "a. m.", "p. m.", a no-break space inside maybe) */
    expect_one("12/03/24, 9:16 a. m. - Soporte: ¿Nos confirmas tu número de teléfono?\n"
               "12/03/24, 9:17 a.\u00a0m. - Ana Torres: 55 4636 6520", "PHONE_NUMBER",
               "55 4636 6520");
    expect_one("[12/3/24, 9:16:40 p. m.] Soporte: ¿Nos confirmas tu número de teléfono?\n"
               "[12/3/24, 9:17:02 p. m.] Ana Torres: 55 4636 6520", "PHONE_NUMBER",
               "55 4636 6520");
    expect_one("<v Agent>Can I have your social?\n<v Caller>Yeah, 614 36 7755.", "US_SSN",
               "614 36 7755");
    expect_one("6\n00:00:30,100 --> 00:00:33,850\nAgent: And your social security number?\n\n"
               "7\n00:00:34,000 --> 00:00:36,000\nCaller: Yeah, 614 36 7755.", "US_SSN",
               "614 36 7755");
    expect_none("Agent: And your social security number?\n\nmore\n\nCaller: Yeah, 614 36 7755.");
    /* Chinese, Japanese and Korean speakers end their names with the
     * fullwidth colon */
    expect_one("客服：请提供您的手机号码\n客户：13912345678", "PHONE_NUMBER", "13912345678");
    expect_one("상담원：전화번호 말씀해 주시겠어요?\n고객：010-4412-8837이요", "PHONE_NUMBER",
               "010-4412-8837");
    expect_none("客服：请提供您的订单号\n客户：13912345678");
    /* the whole question counts, beyond the window's 48 characters; a
     * label of another number there counts only if it asks for that
     * number, not where it mentions something ("the reservation") */
    expect_one("Agent: I'll need your U.S. passport number to complete the reservation.\n"
               "Customer: sure, it's K28633443.", "US_PASSPORT", "K28633443");
    expect_one("Agent: I'll need your Social Security number for the credit check, thanks.\n"
               "Customer: ok it's 536 22 1874", "US_SSN", "536 22 1874");
    expect_none("Agent: I'll need your passport and then your reservation number, thanks.\n"
                "Customer: sure, it's K28633443.");
    /* ... but no further than the line above */
    expect_none("Agent: I'll need your Social Security number\nfor the credit check, thanks.\n"
                "Customer: ok it's 536 22 1874");
    /* not a reply: no speaker, more words, or a value between */
    expect_none("The SSN form is attached.\nCustomer said the number was 536 22 1874");
    expect_none("Agent: What's your SSN?\nCustomer: the one on the old form is 536 22 1874");
    expect_none("Agent: What's your SSN?\nsure, it's 536 22 1874");
    expect_none("Agent: What's your SSN?\nCustomer: 2125550199 or 536 22 1874");
    expect_none("Agent: What's your SSN?\nMr Jo Do Re: it's 536 22 1874"); /* (4-word name) */
    /* WhatsApp's iOS export, its date and time in brackets (two-digit day
     * and month, a four-digit year, 24-hour time), an ISO date before the
     * speaker, and a note in the speaker's name */
    expect_one("[12/03/24, 14:05:40] Jess Ramirez: whats ur social\n"
               "[12/03/24, 14:07:02] Tom Becker: 819 33 5340\n",
               "US_SSN", "819 33 5340");
    expect_one("[3/4/2024, 9:19:02 AM] Jess: whats ur social\n"
               "[3/4/2024, 9:19:40 AM] Tom: 819 33 5340\n",
               "US_SSN", "819 33 5340");
    expect_one("2024-03-12 14:05 - Aunt Rosa: and my ssn if the bank asks\n"
               "2024-03-12 14:06 - Aunt Rosa: 285 52 8810\n",
               "US_SSN", "285 52 8810");
    expect_one("[3/12/24, 2:05:11 PM] Coach Dave: need a cell for each player's guardian\n"
               "[3/12/24, 2:06:02 PM] Jen (Ava's mom): 4154936512\n",
               "PHONE_NUMBER", "4154936512");
    /* a research participant's code as the speaker */
    expect_one("[00:45:50] KO: For the incentive I need your social security number.\n"
               "[00:46:05] P12: Yeah, 057 03 9005.\n", "US_SSN", "057 03 9005");
    expect_one("3/4/24, 9:18 AM - Study Team: What is the best phone number to reach you?\n"
               "3/4/24, 9:19 AM - P-0214: 4159196319\n", "PHONE_NUMBER", "4159196319");
    /* a hyphenated speaker's name */
    expect_one("Agent: What's your SSN?\nJean-Luc Picard: it's 536 22 1874\n", "US_SSN",
               "536 22 1874");
    expect_one("3/12/24, 9:21 PM - Concierge: could you send your passport number?\n"
               "3/12/24, 9:21 PM - Khalid Al-Farsi: Sure, it's N4827131\n",
               "PASSPORT", "N4827131");
    /* multipart/form-data: a field's name above a blank line and its value */
    const char *multipart = "------WebKitFormBoundaryzniL5\r\n"
                            "Content-Disposition: form-data; name=\"applicant_ssn\"\r\n\r\n"
                            "749700037\r\n"
                            "------WebKitFormBoundaryzniL5--\r\n";
    expect_one(multipart, "US_SSN", "749700037");
    /* (elsewhere a blank line ends the paragraph) */
    expect_none("Our SSN policy is strict.\n\n749700037 units shipped\n");
}
END_TEST

/* A document's generic label ("Document Number") leaves its kind to the
 * words of its line and the line above, as forms write it (the I-9's
 * List A: "Document Title", "Issuing Authority", "Document Number"). */
START_TEST(test_context_document_label)
{
    expect_one("Document Title: U.S. Passport\nIssuing Authority: U.S. Department of State  "
               "Document Number: 255077691", "US_PASSPORT", "255077691");
    expect_one("List B Document Title: Driver's License  Issuing Authority: California DMV  "
               "Document Number: D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_one("{\"document_type\": \"passport\", \"issuer\": \"Federal Republic of Germany\", "
               "\"documentNumber\": \"C01X00T47\"}", "PASSPORT", "C01X00T47");
    expect_one("Type: passport (issued by the Republic of Korea, 2019)\nDoc. No.: M12345678",
               "PASSPORT", "M12345678");
    /* a note in parentheses after the label, as Form I-9 prints it */
    expect_one("Document Title 1: U.S. Passport   Issuing Authority: U.S. Department of State   "
               "Document Number (if any): 568204917", "US_PASSPORT", "568204917");
    /* no document of ours named; or the label names another number */
    expect_none("Document Title: Birth certificate\nIssuing Authority: County of Kent  "
                "Document Number: 255077691");
    expect_none("The passport was mailed on Monday to the address on file.\n"
                "Order number: 255077691");
    /* Form I-9's "Issuing Authority:" line between the title and the number */
    expect_one("Document Title: U.S. Passport\nIssuing Authority: U.S. Department of State\n"
               "Document Number (if any): 532799341\n",
               "US_PASSPORT", "532799341");
    expect_one("Document Title: Driver's License\nIssuing Authority: Texas DPS\n"
               "Document Number (if any): 35421846\n",
               "US_DRIVER_LICENSE", "35421846");
    expect_none("Document Title: Birth Certificate\nIssuing Authority: Texas DPS\n"
                "Document Number (if any): 35421846\n");
    /* two lines up is too far */
    expect_none("Document Title: U.S. Passport\nIssued by the U.S. Department of State\n"
                "Expires 2031, signed by the holder  Document Number: 255077691");
}
END_TEST

START_TEST(test_context_json)
{
    /* (an ID object's own type) */
    expect_one("\"National_ID\":{\"Type\":\"USA-SSN\",\"ID\":\"120177047\"}", "US_SSN", "120177047");
    expect_one("{\"ssn\": \"536221234\"}", "US_SSN", "536221234");
    expect_one("{\"ssn\":536221234}", "US_SSN", "536221234");
    expect_one("{\"routing_number\": \"011000015\"}", "ABA_ROUTING_NUMBER", "011000015");
    expect_none("{\"zip\": \"536221234\"}");
    expect_none("{\"order\": \"536221234\"}");
    /* a key after a value names the next value, not this one */
    expect_one("{\"ssn\": \"536221234\", \"zip\": \"536221235\"}", "US_SSN", "536221234");
    expect_none("{\"id\": \"536221234\", \"ssn\": null}");
    expect_none("536221234 ssn: 1");
    /* indented JSON keeps its key in reach */
    expect_one("{\n    \"ssn\":\n        \"536221234\"\n}", "US_SSN", "536221234");
    /* a value wrapped in its data type's key (Avro, DynamoDB) */
    expect_one("{\"customer_id\":88232,\"ssn\":{\"string\":\"808628737\"}}", "US_SSN",
               "808628737");
    expect_one("{\"pk\":{\"S\":\"USER#e0d7\"},\"bankRouting\":{\"S\":\"026688192\"}}",
               "ABA_ROUTING_NUMBER", "026688192");
    expect_none("{\"ttl\":{\"N\":\"1741830403\"}}");
    /* an audit log's change: the field's key names its old and new value */
    const char *change = "\"changes\":{\"routing_number\":{\"old\":\"*****0021\","
                         "\"new\":\"026009593\"},\"account_number\":{\"old\":\"******4411\","
                         "\"new\":\"000123456789\"}}";
    expect_has(change, "ABA_ROUTING_NUMBER", "026009593");
    expect_has(change, "US_BANK_NUMBER", "000123456789");
    expect_one("{\"ssn\":{\"old\":null,\"new\":\"536221874\"}}", "US_SSN", "536221874");
    expect_none("{\"zip\":{\"old\":null,\"new\":\"536221874\"}}");
    /* a header's name and its value as HAR files pair them */
    expect_none("{\"name\": \"x-client-version\", \"value\": \"5.12.0.214\"}");
    expect_one("{\"name\": \"x-forwarded-for\", \"value\": \"5.12.0.214\"}", "IP_ADDRESS",
               "5.12.0.214");
    /* a key numbered as the second of its kind */
    expect_one("{\"phone1\": null, \"phone2\": \"2125550199\"}", "PHONE_NUMBER", "2125550199");
    expect_one("{\"ssn1\": \"536221234\"}", "US_SSN", "536221234");
    expect_none("{\"user42\": \"536221234\"}");
    /* a document's kind on the line above its number, keys in kebab-case */
    expect_one("{\n  \"identification-class\": \"passport\",\n"
               "  \"identification-number\": \"571904263\"\n}",
               "PASSPORT", "571904263");
    /* a project's ID of a card's length (Sentry's) */
    expect_none("{\n  \"project\": 4506812345678915,\n  \"release\": \"web@2.4.1.0\"");
    expect_has("{\"phone\":\"+1 (720) 555-0163\",\"mobilephone\":\"3052259073\"}", "PHONE_NUMBER",
               "3052259073");
}
END_TEST

START_TEST(test_context_single_column)
{
    /* a column pasted from a sheet under its name, a list under its label:
     * each value alone on its line, however far below the label */
    const char *accounts = "Account Number\n4401928374\n99887766554\n12003344\n"
                           "5520019983\n880016634\n";
    expect_has(accounts, "US_BANK_NUMBER", "4401928374");
    expect_has(accounts, "US_BANK_NUMBER", "5520019983");
    expect_has(accounts, "US_BANK_NUMBER", "880016634");
    ck_assert_uint_eq(scan_text(__LINE__, accounts, strlen(accounts)).n, 5);
    const char *ssns = "SSNs:\r\n232418017\r\n645715544\r\n155846049\r\n328874894\r\n"
                       "536221874\r\n";
    expect_has(ssns, "US_SSN", "536221874");
    ck_assert_uint_eq(scan_text(__LINE__, ssns, strlen(ssns)).n, 5);
    const char *routing = "Bank Routing #\n021000021\n011000015\n 026009593 \n322271627\n"
                          "121000358\n";
    expect_has(routing, "ABA_ROUTING_NUMBER", "121000358");
    ck_assert_uint_eq(scan_text(__LINE__, routing, strlen(routing)).n, 5);
    /* the column ends at a line that holds no value alone; other labels
     * name no column of ours */
    expect_one("Account Number\n4401928374\nThe totals were reviewed by the team.\n"
               "99887766554\n12003344\n5520019983\n",
               "US_BANK_NUMBER", "4401928374");
    expect_none("Order Number\n4401928374\n99887766554\n12003344\n5520019983\n");
    expect_none("Phone numbers of the team\n4401928374\n99887766554\n5520019983\n");
    expect_none("Account\n2024-01-05 rollover done\n99887766554 rows\n12003344 bytes\n");
}
END_TEST

START_TEST(test_context_diff_table)
{
    /* a CSV fixture or a SQL seed as `git diff` shows it: each line after
     * its mark ('+' added, ' ' unchanged, '-' removed) */
    const char *added = "@@ -0,0 +1,3 @@\n+ssn,first_name,last_name,hire_date\n"
                        "+062784751,Kwame,Osei,2021-03-01\n+261391401,Yuki,Tanaka,2022-07-15\n";
    expect_has(added, "US_SSN", "062784751");
    expect_has(added, "US_SSN", "261391401"); /* (not a phone's "+261...") */
    ck_assert_uint_eq(scan_text(__LINE__, added, strlen(added)).n, 2);
    const char *kept = "@@ -1,2 +1,3 @@\n customer_id,routing_number,account_number\n"
                       " 2001,021000021,440192837455\n+2002,011000015,88123345001\n";
    expect_has(kept, "ABA_ROUTING_NUMBER", "011000015");
    expect_has(kept, "US_BANK_NUMBER", "88123345001");
    expect_has(kept, "US_BANK_NUMBER", "440192837455");
    const char *seed = "+INSERT INTO ach_accounts (id, email, ssn, routing_number, account_number)\n"
                       "+VALUES\n"
                       "+  (3001, 'g.mbeki@gmail.com', '417240567', '028699053', '66003114870'),\n"
                       "+  (3002, 'a.k@gmail.com', '536221874', '021000021', '5520019983');\n";
    expect_has(seed, "US_SSN", "417240567");
    expect_has(seed, "ABA_ROUTING_NUMBER", "028699053");
    expect_has(seed, "US_BANK_NUMBER", "5520019983");
}
END_TEST

START_TEST(test_context_label_variants)
{
    /* an emoji's shortcode between the label and the value is no key */
    expect_one("she pasted her SSN in the chat :face_palm: 401 80 2333 - purged it", "US_SSN",
               "401 80 2333");
    /* abbreviations and joined words of labels abroad */
    expect_one("Bankverbindung: Commerzbank Stuttgart, Kto.-Nr. 6030232237", "US_BANK_NUMBER",
               "6030232237");
    expect_one("\xe7\xa4\xbe\xe5\xae\x89\xe5\x8f\xb7\xef\xbc\x9a" "433712085", "US_SSN",
               "433712085"); /* 社安号： */
    expect_one("s\xe1\xbb\x91 ASXH: 612483390", "US_SSN", "612483390");
    /* 운전면허번호, 라우팅번호: "number" joined to its noun */
    expect_one("\xec\x9a\xb4\xec\xa0\x84\xeb\xa9\xb4\xed\x97\x88\xeb\xb2\x88\xed\x98\xb8"
               " (Virginia): T61239847", "US_DRIVER_LICENSE", "T61239847");
    expect_one("\xeb\x9d\xbc\xec\x9a\xb0\xed\x8c\x85\xeb\xb2\x88\xed\x98\xb8: 026009593",
               "ABA_ROUTING_NUMBER", "026009593");
    /* another number's own label, in German and Spanish, after an account's */
    expect_none("Konto: DE89 **** 3000 - Buchungsreferenz 2403151130004417");
    expect_one("Cuenta para el abono: ES87 0182 2370 4199 6616 7164\n"
               "N\xc3\xbamero de operaci\xc3\xb3n: 240312184455071",
               "IBAN_CODE", "ES87 0182 2370 4199 6616 7164");
    /* a SIM card's number named after the card word (Portuguese, Italian,
     * Polish), a PIN or a port's code after a phone, an agreement's
     * number below a branch's phone; Italian's adjective for a phone */
    expect_none("ICCID do novo cart\xc3\xa3o SIM: 8935106824309752512");
    expect_none("Karta SIM ICCID 8948027648060694848, IMSI 260029508703299");
    expect_one("Mobile: 962 775 410   PIN: 4419 2207   postpaid", "PHONE_NUMBER", "962 775 410");
    expect_one("Branch: Heathrow  Tel: 020 8897 5560\nAgreement No.: 4003946216   Date out",
               "PHONE_NUMBER", "020 8897 5560");
    expect_one("Recapito telefonico alternativo: 081 552 3309", "PHONE_NUMBER", "081 552 3309");
    /* Target's item numbers, an SSN's shape */
    expect_none("Item 2: Threshold Mug 16oz     DPCI 210-07-0034   TCIN 53201845   Paid $5.00");
    /* a chat widget's anonymous visitor, numbered, answers the question */
    expect_one("(02:05:02 PM) Ava: Of course - what's the best phone number to reach you?\n"
               "(02:05:19 PM) Visitor 48213425: 2148640395\n",
               "PHONE_NUMBER", "2148640395");
    /* a PNR's contact element: the passenger's number after '/' */
    expect_one(" 11 SSR CTCM UA HK1 19179444502/P1", "PHONE_NUMBER", "19179444502");
    /* labels in Japanese, Arabic, Hindi and Russian */
    expect_one("\xe3\x83\xab\xe3\x83\xbc\xe3\x83\x86\xe3\x82\xa3\xe3\x83\xb3\xe3\x82\xb0"
               "\xe7\x95\xaa\xe5\x8f\xb7 031176110", "ABA_ROUTING_NUMBER", "031176110");
    expect_one("\xd8\xb1\xd9\x82\xd9\x85 \xd8\xa7\xd9\x84\xd8\xaa\xd9\x88\xd8\xac\xd9\x8a"
               "\xd9\x87 021000089", "ABA_ROUTING_NUMBER", "021000089"); /* رقم التوجيه */
    expect_one("\xe0\xa4\xac\xe0\xa5\x88\xe0\xa4\x82\xe0\xa4\x95\x20\xe0\xa4\x96\xe0\xa4\xbe\xe0\xa4\xa4\xe0\xa4\xbe\x20\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\x96\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xbe: 7718920426", "US_BANK_NUMBER",
               "7718920426"); /* बैंक खाता संख्या */
    expect_has("routing 044000037, \xd1\x80\xd0\xb0\xd1\x81\xd1\x87\xd1\x91\xd1\x82\xd0\xbd\xd1\x8b\xd0\xb9\x20\xd1\x81\xd1\x87\xd1\x91\xd1\x82 4416669148", "US_BANK_NUMBER",
               "4416669148"); /* расчётный счёт (not счёт alone: an invoice too) */
    expect_none("\xd0\xa1\xd1\x87\xd0\xb5\xd1\x82\x20\xe2\x84\x96 4417203365 \xd0\xbe\xd1\x82 12.03.2024"); /* Счет № ... от: an invoice */
    expect_one("\xd0\xbd\xd0\xbe\xd0\xbc\xd0\xb5\xd1\x80 \xd1\x81\xd0\xbe\xd1\x86\xd0\xb8"
               "\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe \xd1\x81\xd1\x82\xd1\x80"
               "\xd0\xb0\xd1\x85\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f: 369 82 1669",
               "US_SSN", "369 82 1669"); /* номер социального страхования */
    expect_one("\xd0\xbf\xd0\xb0\xd1\x81\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82 \xd0\xa1\xd0\xa8\xd0\x90: "
               "631599880", "US_PASSPORT", "631599880"); /* паспорт США */
    expect_none("VPN\xe3\x82\xaf\xe3\x83\xa9\xe3\x82\xa4\xe3\x82\xa2\xe3\x83\xb3\xe3\x83\x88 "
                "\xe3\x83\x90\xe3\x83\xbc\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3 10.4.1.2");
    /* a printed form's padded labels: the document's type above */
    expect_one("Primary ID Type:          Driver's License        Issuing State: MA\n"
               "ID Number:                S68388100\n",
               "US_DRIVER_LICENSE", "S68388100");
    /* an indented report's header with a row number's '#' and a question */
    expect_one(" #  Name           Relationship  DOB         SSN        Citizen?\n"
               " 1  Lucia Herrera  Self          05/11/1989  602571934  Y\n",
               "US_SSN", "602571934");
}
END_TEST

START_TEST(test_context_forms_and_records)
{
    /* a label's note in parentheses, however long, before the value */
    expect_one("Social Security Number (required for award disbursement): 773 69 0385", "US_SSN",
               "773 69 0385");
    expect_one("Routing Number (9 digits, bottom left of your check): 088932307",
               "ABA_ROUTING_NUMBER", "088932307");
    expect_one("Account Number (do not include the check number): 4338389019", "US_BANK_NUMBER",
               "4338389019");
    expect_none("Order Number (required for award disbursement): 773 69 0385");
    /* an audit log's change record: the field's key names both states */
    const char *change = "changes={\"ssn\": {\"old\": \"536221874\", \"new\": \"536221847\"}, "
                         "\"phone\": {\"old\": \"3058612776\", \"new\": \"3058612767\"}}";
    expect_has(change, "US_SSN", "536221847");
    expect_has(change, "PHONE_NUMBER", "3058612767");
    ck_assert_uint_eq(scan_text(__LINE__, change, strlen(change)).n, 4);
    expect_one("{\"account_number\": {\"old\": \"********5564\", \"new\": \"483920175546\"}}",
               "US_BANK_NUMBER", "483920175546");
    expect_none("{\"order_id\": {\"old\": \"536221874\", \"new\": \"536221847\"}}");
    /* "D.L." and "D/L" label a license, "mg/dL" nothing; a state after '/' */
    expect_one("Additional driver: Marco Vasquez (spouse), D.L. # U3148955", "US_DRIVER_LICENSE",
               "U3148955");
    expect_one("- Kyle Dorsey, D/L 12-725-8801, exp 2024-06-30", "US_DRIVER_LICENSE",
               "12-725-8801");
    expect_one_sub("  DL#/State: 40931531/TX", "US_DRIVER_LICENSE", "40931531", "TX");
    expect_one_sub("DL: D1234567/CA", "US_DRIVER_LICENSE", "D1234567", "CA");
    expect_none("DL: D1234567/CAX");
    /* an ID's type above a form's label with its own words or item number */
    expect_one("Photo ID Type: Driver License   Issuing State: TX\nPhoto ID Number: 28566509",
               "US_DRIVER_LICENSE", "28566509");
    expect_one("13. ID Type: Driver License   Issuing State: TX\n14. ID Number: 28566509",
               "US_DRIVER_LICENSE", "28566509");
    expect_none("ID Type: Employee Badge\nPhoto ID Number: 28566509");
    expect_none("ID Type: Driver License   Issuing State: TX\nMbr. ID Number: 28566509");
    expect_none("DL: 1234567/CA"); /* (no California license's shape) */
    /* other numbers' labels: a part's "P/N", an article's, a REST path's
     * resource, a job's position; accounts of toll tags, leases, lunches */
    expect_none("PARTS: DORMAN P/N 904-418-2276 ($38.40)");
    expect_none("Art.-Nr. 4091569636140 Kopierpapier A4");
    expect_one("contact the art dept: 3058612776", "PHONE_NUMBER", "3058612776");
    expect_none("Artikelnummer: 4091569636140");
    expect_none("R\xc3\xa9" "f\xc3\xa9rence article : 4091569636140");
    expect_none("\"GET /api/v1/orders/4000123456788/receipt?ts=1710252423 HTTP/1.1\" 200");
    expect_one("GET /v1/cards/4000123456788/details", "CREDIT_CARD", "4000123456788");
    expect_none("\"message\": \"POST /v3/checkout/5673681930367/confirm -> 502 in 2841ms\"");
    expect_one("/payment_methods/4111111111111111", "CREDIT_CARD", "4111111111111111");
    expect_one("GET /v1/credit_cards/4111111111111111", "CREDIT_CARD", "4111111111111111");
    expect_one("POST /api/charge/4111111111111111", "CREDIT_CARD", "4111111111111111");
    /* a record's number after a redacted field's label */
    expect_none("    Phone (work): (b)(7)(C)     Related Report No. 2403021187");
    expect_none("SSN: (b)(6)   Docket No. 412773019");
    expect_one("Phone: 305-861-2776  Report No. 2403021187", "PHONE_NUMBER", "305-861-2776");
    /* an immigration number after a masked SSN; licenses of other trades */
    expect_none("  Case 2024061930415ZB   SSN: XXX-XX-5939   USCIS Number: 219485330   Status: Closed");
    expect_none("   CNA license #: 47281930   Registry: TX HHSC Nurse Aide Registry");
    expect_none("   BSIS security guard license: G1048273    Status: Current");
    expect_one("Operator's License: G1048273", "US_DRIVER_LICENSE", "G1048273");
    /* a deposit's receipt, a merchant's number */
    expect_none("Utility deposit: $200.00     Deposit receipt: 1100452871");
    expect_one("Direct deposit account: 1100452871", "US_BANK_NUMBER", "1100452871");
    expect_none("HARBOR LANE LANDSCAPING LLC     Merchant Number: 4445340120982");
    /* a JSON record's "id_type" names its "id_number"; a protobuf's
     * seconds and a SQL tag's row count are no accounts */
    expect_has("{\"email\":\"o@aol.com\",\"id_type\":\"US passport\",\"id_number\":\"506982952\","
               "\"issuing_country\":\"United States\"}", "US_PASSPORT", "506982952");
    expect_none("{\"id_type\":\"employee badge\",\"id_number\":\"506982952\"}");
    expect_none("  account_type: CHECKING\n  created_at {\n    seconds: 1709294403\n  }");
    expect_none("OK created sql table model staging.stg_bank_accounts ...... [SELECT 1048576 in 4.21s]");
    expect_none("can u send me ur DL # for the rental car form? Enterprise conf # 1184039265");
    expect_none("Tourist licence (AL) no. 118274/AL."); /* (Portugal's Alojamento Local) */
    /* German's informal "call me" */
    expect_one("Bitte ruft mich an: 0176 4418 2297 oder schreibt", "PHONE_NUMBER", "0176 4418 2297");
    expect_none("name,acct_type,position_nbr\nAisha Bello,Checking,00071234\n");
    expect_none("your E-ZPass account number 4835048467 was not billed");
    expect_none("TollTag Account #: 25516350");
    expect_none("Statement Date: 07/05/2024    Lease Account No.: 659320637");
    expect_none("his lunch account 10488270 shows a $-4.50 balance");
    /* a TIN whose line says it is an employer's: its type's key, its box */
    expect_none("Recipient TIN type: EIN   TIN: 861204537");
    expect_none("TIN type: SSN [ ]   EIN [X]   TIN: 842917735");
    expect_one("Recipient TIN type: SSN   TIN: 861204537", "US_SSN", "861204537");
    expect_one("TIN type: SSN [X]   EIN [ ]   TIN: 842917735", "US_SSN", "842917735");
    expect_none("25. FEDERAL TAX I.D. NUMBER: 470819234   SSN [ ]  EIN [X]");
    expect_none("Payee TIN: 364417829 (EIN) - Midwest Collision LLC");
    expect_none("<TaxIdTypeCd>FEIN</TaxIdTypeCd>\n<TaxId>364417829</TaxId>");
    expect_none("{\"taxID\":\"364417829\",\"taxIDType\":\"FEIN\"}");
    expect_one("{\"taxID\":\"364417829\",\"taxIDType\":\"SSN\"}", "US_SSN", "364417829");
    expect_one("SSN: 364417829   Employer TIN Type: EIN", "US_SSN", "364417829");
    /* a legacy joined field; references; an XML element's name labels its
     * text (a payment's end-to-end reference is no card) */
    expect_one("<SOCSECNO>491560823</SOCSECNO>", "US_SSN", "491560823");
    expect_none("unmatched bank refs: 240315000117, 240315000482");
    expect_none("<EndToEndId>4539201177304660</EndToEndId>");
    expect_none("<Ref>4539201177304660</Ref>");
    expect_one("<CardNumber>4539201177304660</CardNumber>", "CREDIT_CARD", "4539201177304660");
    /* a list spread over lines: its label is every item's */
    const char *list = "TEST_SSNS = [\n    \"536221874\",\n    \"417382290\",\n    \"229418836\",\n]\n";
    expect_has(list, "US_SSN", "229418836");
    ck_assert_uint_eq(scan_text(__LINE__, list, strlen(list)).n, 3);
    expect_none("\"order_ids\": [\n  \"4158307721\",\n  \"6465161877\"\n]\n");
    /* a default's or an example's key defers to its block's words
     * (Terraform, OpenAPI); keys aligned before " = " */
    expect_one("variable \"support_phone\" {\n  default = \"4158307721\"\n}\n", "PHONE_NUMBER",
               "4158307721");
    expect_one("\"phone\": {\n  \"example\": \"4158307721\",\n}\n", "PHONE_NUMBER", "4158307721");
    expect_one("[customer]\nphone = \"4158307721\"\nid = \"4158307722\"\n", "PHONE_NUMBER",
               "4158307721");
    /* a callback's request; a software's license key */
    expect_one("Subject: Callback request 617-650-2703", "PHONE_NUMBER", "617-650-2703");
    expect_none("Request # 617-650-2703");
    expect_none("License key: 4417-2290-1183-0047 (seats: 25)");
    /* a person's role in parentheses after a label: whose value it is */
    expect_one("SSN (Patient): 035131458", "US_SSN", "035131458");
    expect_one("Home Phone (Guarantor): 6176251188", "PHONE_NUMBER", "6176251188");
    expect_one("13. SOCIAL SECURITY NO. (Guarantor)\n114161085\n", "US_SSN", "114161085");
    expect_none("Patient acct (Guarantor): 20018834");
    /* a claim's control number; a physician's license */
    expect_none("Payer claim control # (ICN) 4001694369488938 processed");
    expect_none("Med License: 265431");
    expect_none("npi,med_license,specialty\n1234567893,265431,FM\n");
    /* a person's role after the account's word */
    expect_none("Account manager: Dana Ruiz, direct 6174923380");
    expect_none("Account Executive - T. Hale - 4829173360");
    /* licenses of a charity's raffle, a daycare, a kitchen, a solicitor */
    expect_none("Raffle license no. 27718340 issued by the City of Austin");
    expect_none("Childcare Facility License No. 40931587, capacity 48");
    expect_none("Preschool child care license # 40931587");
    expect_none("Food establishment license 27718340 (Travis County)");
    expect_none("Charitable solicitation license no. 27718340 on file with the state");
    /* a round amount in wei is no card */
    expect_none("{\"to\": \"0x742d35Cc\", \"value\": \"4300000000000000000\", \"gas\": \"21000\"}");
    /* German: a program's version, the United States after "der" */
    expect_none("Erstellt: 27.03.2024 15:28:04   Programmversion 24.10.2.1");
    expect_one("Reisepass der Vereinigten Staaten, Nr.: 670961598", "US_PASSPORT", "670961598");
    /* a form builder's answer to its question's label */
    expect_one("{\"label\":\"SSN\",\"answer\":\"889017286\"}", "US_SSN", "889017286");
    expect_one("{\"question\":\"Phone\",\"response\":\"6142928830\"}", "PHONE_NUMBER",
               "6142928830");
    expect_none("{\"question\":\"Order\",\"answer\":\"889017286\"}");
    /* a form's question among a CSV header's names */
    const char *form = "Timestamp,Full Name,Phone Number,Social Security Number,"
                       "Do you consent to a background check?,T-shirt size\n"
                       "3/19/2024 21:56:07,Patricia Goldberg,5122779875,023194772,Yes,S\n";
    expect_has(form, "US_SSN", "023194772");
    expect_has(form, "PHONE_NUMBER", "5122779875");
    /* a department, a carrier's and a platform's accounts are no bank's */
    expect_none("> Accounts Payable releases quick pay on PRO 7349102290 within 48 hours");
    expect_one("Accounts: 4418273991 (checking)", "US_BANK_NUMBER", "4418273991");
    expect_none("Bill transportation to: Recipient, FedEx account 510087420 (payor)");
    expect_none("UPS account number: 4418273");
    expect_none("Driver account #: 55218840");
    expect_none("> Host account 38814027: payout method change requested");
    expect_none("Adjustment: Trip #4265110078759212168 long pickup fee +$4.25");
    /* an X12 transportation contact's telephone */
    expect_one("G61*SH*DOCK OFFICE*TE*2146318820~", "PHONE_NUMBER", "2146318820");
    /* a 1099 export's TIN that its row's type says is an employer's */
    const char *tins = "payee,Payee TIN,TIN Type,amount\nQuick Haul LLC,871883606,EIN,100\n"
                       "Jo Smith,536221234,SSN,100\n";
    expect_one(tins, "US_SSN", "536221234");
    const char *crs = "CustomerID\tTaxResidence\tTIN\tTINType\nCUS3011205\tAU\t723202803\tTFN\n"
                      "CUS2000591\tCA\t540580446\tSIN\nCUS1\tUS\t536221234\tSSN\n";
    expect_one(crs, "US_SSN", "536221234"); /* (Australia's TFN, Canada's SIN: none) */
    expect_none("For bank use only: Checked by staff no. 0047719, Branch 20-45-77");
    expect_none("STATE BANK OF INDIA - FATCA / CRS DECLARATION\nCIF No.: 88120045573");
    /* a form's item number before a label on the line under the country */
    expect_one("3. Nationality: USA\n4. Passport: 644124811", "US_PASSPORT", "644124811");
    /* a transfer's control number, a Portuguese landline, a Spanish title */
    expect_none("No. de Control de la Transferencia (MTCN): 830-416-2957");
    /* an order number's label before CJK text's full-width colon */
    expect_none("\xe3\x81\x94\xe6\xb3\xa8\xe6\x96\x87\xe7\x95\xaa\xe5\x8f\xb7\xef\xbc\x9a"
                "4000123456788 \xe3\x81\xae\xe4\xbb\xb6");
    /* a prescriber's DEA registration and a pharmacist's license are no
     * driver's; a service case's protocol number no account; an IVR's
     * keyed input is named by its field; a call's ID is no phone number */
    expect_none("NPI: 1677302915      DEA License #: AF6044185");
    expect_none("Prescriber license on file. DEA Number: BP4417261");
    expect_none("CPhT DRO, checked by RPh MTS (Lic# 0048213) - Pt BRIGGS, T");
    expect_none("Senior Loan Officer | NMLS 1402875 | WI MLO License 1402875 | Cell");
    /* HubSpot's ad-click account, not a health savings account's */
    expect_none("utm_medium=cpc&hsa_acc=2948091434&hsa_cam=17605334705");
    expect_one("HSA acct 2948091434", "US_BANK_NUMBER", "2948091434");
    expect_one("Mensaje: Ll\xc3\xa1meme por la tarde al 649 964 917.", "PHONE_NUMBER",
               "649 964 917");
    expect_none("Deposite na conta de mesma titularidade.\nValor m\xc3\xadnimo: R$ 50,00   "
                "Protocolo: 2024031200123456");
    expect_one("node=GET_SSN field=ssn dtmf=345156806 attempts=2", "US_SSN", "345156806");
    expect_one("field=callback_number digits=3128064471", "PHONE_NUMBER", "3128064471");
    expect_none("Eval ID,Agent ID,Call ID,Score\nEV-11870,55102,4482011026,88\n");
    expect_one("Caller ID,Name\n4158612776,Ann Lee\n", "PHONE_NUMBER", "4158612776");
    expect_one("Bruna Lima: meu fixo novo \xc3\xa9 (21) 2548-7730", "PHONE_NUMBER", "(21) 2548-7730");
    expect_none("Lic. Carolina Ortiz \xe2\x80\x94 Texas Bar No. 24091827");
    expect_one("Lic. No. D1234567", "US_DRIVER_LICENSE", "D1234567");
    /* a hospital's, a property tax's, a statement's and a SaaS vendor's accounts */
    expect_none("la cuenta predial es 0418-273-001");
    expect_none("Guar acct: 20018834");
    expect_none("Account Notes -- Guarantor 20018834 (BRANSON, KELLY)");
    expect_none("Statement acct: 60077120441");
    expect_none("Accounts paid: HAR 5501883412 ($310.00)");
    expect_none("Logged from HubSpot account 6251537 via Aircall.");
    expect_none("Member ID 88120044171 (not your bank account)");
    /* an aging report's buckets among its names; a field's type's tag */
    const char *aging = "Guar Acct    Guarantor Name     Home Phone      Balance    0-30     31-60\n"
                        "20330510     BRANSON KELLY M    5036288475      2921.24    100.00   0.00\n";
    expect_one(aging, "PHONE_NUMBER", "5036288475");
    expect_one("Guarantor,Home Phone,Balance,0-30\n100417881,5036288475,12.00,3.00\n",
               "PHONE_NUMBER", "5036288475");
    expect_one("Ticket ID,Organization,Callback Number [txt],Order Number [txt],Score\n"
               "48213,Acme Retail,3125550148,4974986110518887,Unoffered\n",
               "PHONE_NUMBER", "3125550148");
    /* a long note in parentheses, a quoted request, a form's or a year's
     * number before a word, a note's version word: a header still */
    expect_one("Name,Phone (best number to reach you during the working day),Notes\n"
               "Ana,5126056981,ok\n", "PHONE_NUMBER", "5126056981");
    expect_one("ID,Consent,\"If yes, please provide a phone number where we can reach you.\","
               "Score\n17,Yes,6177897088,4\n", "PHONE_NUMBER", "6177897088");
    expect_one("Payee,TIN,Total Paid 2023,1099-MISC Required\nJamal Reed,636587227,650.00,Yes\n",
               "US_SSN", "636587227");
    expect_one("Payee,TIN,2023 Total\nJamal Reed,636587227,650.00\n", "US_SSN", "636587227");
    expect_one("Category,Row,Column,Excerpt (redact before release)\nIP,77,UserIP,141.176.38.73\n",
               "IP_ADDRESS", "141.176.38.73");
    /* a Jira wiki table */
    const char *jira = "||Name||Phone||SSN||Reason||\n|Kevin O'Hara|5125550187|358432930|address change|\n";
    expect_has(jira, "US_SSN", "358432930");
    expect_has(jira, "PHONE_NUMBER", "5125550187");
}
END_TEST

START_TEST(test_context_vendor_and_incident_layouts)
{
    /* an employer's number by its kind: a type column beside "Tax ID", a
     * "Type" column, a ticked box before "EIN", a coded type, the kind
     * spelled out, a taxpayer's ID */
    expect_none("Vendor,Tax ID,Tax ID Type,Amount\nAcme LLC,834419072,EIN,1200.00\n");
    expect_one("Vendor,Tax ID,Tax ID Type,Amount\nJohn Roe,272240418,SSN,300.00\n", "US_SSN",
               "272240418");
    expect_none("vendor;tax_id;tax_id_type\nAcme;834419072;EIN\n");
    expect_none("VENDOR              TAX ID     TYPE   AMOUNT\n"
                "ACME LLC            834419072  EIN    1200.00\n");
    expect_none("Tax ID: 834419072    Type:  [ ] SSN   [X] EIN");
    expect_none("TIN Type:  [ ] SSN   [X] EIN\nTIN: 834419072");
    expect_one("Tax ID: 834419072    Type:  [X] SSN   [ ] EIN", "US_SSN", "834419072");
    expect_one("TIN: 834419072  SSN [X]  EIN [ ]", "US_SSN", "834419072");
    expect_none("Payee TIN: 834419072   TIN type: 1 (EIN)");
    expect_none("Tax ID: 834419072 (Employer Identification Number)");
    expect_none("Taxpayer ID: 834419072 (EIN)");
    expect_one("Taxpayer ID: 834419072", "US_SSN", "834419072");
    /* a form's long leader of dots; a date first in a pair of values */
    expect_one("Social security number ............................ 460 13 2285", "US_SSN",
               "460 13 2285");
    expect_one("Fullz #0417  DOB/SSN: 04/11/1968 / 683142250  MMN: Ortiz", "US_SSN",
               "683142250");
    expect_none("SSN issued 04/11/1968 683142250");
    /* the IRS's document locator number under its title or a notice's */
    expect_none("Internal Revenue Service\nAccount Transcript\nDLN: 28221118044184\n");
    expect_none("IRS CP2100A notice DLN: 28221118044184, 3 payees");
    expect_one("Driver: J Smith DLN: D1234567", "US_DRIVER_LICENSE", "D1234567");
    /* other numbers' labels: an invoice's, a German bank code, a commit's,
     * amounts */
    expect_none("Telecom bill - Inv # 4719589685153518  Amt 2,118.40");
    expect_one("Bankverbindung: Deutsche Bank, BLZ 37040044, Kontonummer 0532013000",
               "US_BANK_NUMBER", "0532013000");
    expect_none("the mac build broke on commit 8c1f64a27b03");
    expect_none("Reserve account balance: 2500000 (unaudited)");
    expect_none("Account 6100 (Salaries & Wages): budget 1245300, actual 1198450");
    /* parts of documents before dotted quads; time's "and later" */
    expect_none("Rates are listed in Table 12.4.1.3 and Figure 14.2.1.7 of the report.");
    expect_none("see Exhibit 10.2.3.4 and Schedule 12.1.4.2.");
    expect_none("Agenda item 11.2.3.1 deferred; Step 4.1.2.3 next");
    expect_none("Supported on firmware 10.2.1.44 and later.");
    expect_has("Attacker authenticated from 45.134.26.19 and later from 2a0d:5600:24:a2::1f.",
               "IP_ADDRESS", "45.134.26.19");
    /* the country on a form's line above a passport's */
    expect_one("Applicant: Naomi Hart\nCountry of issue: USA\nPassport No. 548213907\n",
               "US_PASSPORT", "548213907");
    expect_one("Issuing country: Canada\nPassport No. 548213907\n", "PASSPORT", "548213907");
    /* Spanish: a call */
    expect_one("V\xc3\xad" "ctima reporta llamada desde el n\xc3\xba" "mero 55 3087 1642.",
               "PHONE_NUMBER", "55 3087 1642");
    /* a file named after the value; '~' in a local part */
    expect_one("Attached: WhatsApp Chat with +1 (917) 448-2031.zip (1.2 MB)", "PHONE_NUMBER",
               "+1 (917) 448-2031");
    expect_one("scan of card 4111111111111111.pdf", "CREDIT_CARD", "4111111111111111");
    expect_none("host 4111111111111111.example.net");
    expect_one("* Joins: kevin_ (~kevin@c-73-162-48-201.hsd1.ca.comcast.net)", "EMAIL_ADDRESS",
               "~kevin@c-73-162-48-201.hsd1.ca.comcast.net");
    /* a chat's emphasis around a value; a vCard parameter's digits before
     * the number; a speaker's note with a date and a time */
    expect_one("*SSN:* _509-33-8172_", "US_SSN", "509-33-8172");
    expect_one("email: _jane@example.com_", "EMAIL_ADDRESS", "jane@example.com");
    expect_none("ssn _536221234");
    expect_one("TEL;type=CELL;waid=16465161877:+1 646-516-1877", "PHONE_NUMBER",
               "+1 646-516-1877");
    expect_one("Alex Kim (3/17/24 8:01 PM): what's your social? mom needs it for the form\n"
               "Jo Park (3/17/24 8:03 PM): 536221874\n", "US_SSN", "536221874");
    /* a header after a page's form feed (pdftotext) or a code fence */
    expect_one("Page 1 of 2\n\fEMPID  NAME              SSN        DEPT\n"
               "00414  VARGAS, ELENA     357628809  ACCT\n", "US_SSN", "357628809");
    expect_has("```name,phone,email\nAna Ruiz,3128845120,ana.ruiz@gmail.com\n```\n",
               "PHONE_NUMBER", "3128845120");
    /* a coloured header, as a terminal shows it */
    expect_has("\x1b[1mNAME   SSN          ACCOUNT\x1b[0m\nBob    212-45-6789  123456789\n",
               "US_BANK_NUMBER", "123456789");
    expect_has("\x1b[1mname,phone,acct\x1b[0m\nBob,3128845120,123456789\n", "US_BANK_NUMBER",
               "123456789");
    /* an agent's call-back key; a request of whose; a service contract; a
     * repossession agency's license */
    expect_one("cb#6174829031 - cx at work until 6", "PHONE_NUMBER", "6174829031");
    expect_none("CB 4048732215 radio");
    expect_has("SSNs to remove from the prospect file per customer request: 865330646, 819907868",
               "US_SSN", "819907868");
    expect_none("VEHICLE SERVICE CONTRACT  Contract No. 4245179181150409   Plan: Platinum");
    expect_none("TX Repossession license #: 1504417882.");
    /* the old version in parentheses after the new */
    expect_none("CCaaS release 24.3.0.12 (upgrade from 24.2.1.8) rolled out to all sites");
    expect_has("host 10.1.1.5 moved from 10.1.1.9", "IP_ADDRESS", "10.1.1.9");
    /* SaaS exports: an Entra ID guest's name, a customer's ID, a bulk
     * upload's "[Required]" columns, a record's bracketed fields, a JSON
     * document's bare "number" under its "type" */
    expect_one("UPN: lena.vogt_gmx.de#EXT#@fabrikamgroup.onmicrosoft.com", "EMAIL_ADDRESS",
               "lena.vogt_gmx.de#EXT#@fabrikamgroup.onmicrosoft.com");
    expect_none("Customer ID: 718-402-5531");
    expect_one("First Name [Required],Last Name [Required],Home Phone\nAna,Ruiz,5124330917\n",
               "PHONE_NUMBER", "5124330917");
    expect_has("customer[id],customer[email],billing_address[phone]\n12,a@b.com,(03) 9650 2200\n",
               "PHONE_NUMBER", "(03) 9650 2200");
    expect_one("{\"document\":{\"type\":\"driving_license\",\"issuing_country\":\"US\","
               "\"issuing_state\":\"CA\",\"number\":\"D4820173\"}}",
               "US_DRIVER_LICENSE", "D4820173");
    expect_none("{\"type\":\"employee_badge\",\"issuing_country\":\"US\",\"issuing_state\":\"CA\","
                "\"number\":\"D4820173\"}");
    /* schools: a diff's '+' mark before a row, campus accounts, a
     * software's campus-wide license, an ID card's ISO number, a build after
     * a version, a note in parentheses right after a value, Indonesian and
     * Vietnamese phone labels */
    const char *seed = "@@ -1,2 +1,3 @@\n student_id,first,last,ssn\n 204431901,Ana,Ruiz,449124052\n"
                       "+204431902,Mei,Liang,449124051\n";
    expect_has(seed, "US_SSN", "449124051");
    expect_no_entity(seed, "PHONE_NUMBER");
    expect_has("@@ -1,2 +1,3 @@\n phone,name\n 4158307720,Bo\n+4158307721,Ann\n", "PHONE_NUMBER",
               "4158307721");
    expect_none("charged to parking account #: 4418220917 (permit C-2291)");
    expect_none("Dining dollars account 2290441855 - balance $182.40");
    expect_none("Nelnet payment plan: tuition account number 0031829941");
    expect_none("MATLAB campus-wide license number 27619083 renewed");
    expect_none("Student ID card reissued - ISO # 6009123416721106 - library barcode");
    expect_none("Canvas Student 7.3.0.142, build 1042 crashes on launch");
    expect_has("Stipend direct deposit: 264232449 (routing) 5502183377 (checking)",
               "ABA_ROUTING_NUMBER", "264232449");
    expect_one("Nomor HP orang tua: 0812-8847-2031", "PHONE_NUMBER", "0812-8847-2031");
    expect_one("S\xc4\x90T ph\xe1\xbb\xa5 huynh: 0903 418 227", "PHONE_NUMBER", "0903 418 227");
    /* a state's code before the hotword in a note after the value; a JSON
     * ID's type after it; a payout's receiver under its type */
    expect_one("Applicant Photo ID Number: 27418863 (TX DL)", "US_DRIVER_LICENSE", "27418863");
    expect_one("{\"National_ID\":{\"ID\":\"922-88-8169\",\"Type\":\"USA-SSN\"}}", "US_ITIN",
               "922-88-8169");
    expect_none("{\"ID\":\"459-04-3056\",\"Type\":\"Employee\"}");
    expect_none("{\"ID\":\"D4820173\",\"Type\":\"USA-SSN\"}");
    expect_one("{\"recipient_type\":\"PHONE\",\"receiver\":\"4158672301\"}", "PHONE_NUMBER",
               "4158672301");
    /* another number's label after a preposition in a hotword's form label
     * is what the value belongs to; not without the label's ':' */
    expect_one("Full SSN on the 1099 request: 559-24-4402.", "US_SSN", "559-24-4402");
    expect_one("Phone number on file for this order: 415-938-2236.", "PHONE_NUMBER",
               "415-938-2236");
    expect_one("Card charged for trip: 4484883299648929", "CREDIT_CARD", "4484883299648929");
    expect_none("Order number: 415-938-2236");
    /* gig platforms' and funeral trades' accounts and licenses; amounts
     * with '.' between thousands; a report's AMT */
    expect_none("Dasher account 48213907 reactivated");
    expect_none("Lyft account: 7735102285 (driver mode)");
    expect_none("GMV R$ 1.204.131.207,55 no trimestre");
    expect_none("Gesamtumsatz 2023: 1.204.131.207 \xe2\x82\xac netto");
    expect_has("host 10.20.30.40,22 open", "IP_ADDRESS", "10.20.30.40");
    expect_none("Embalmer License No. 11842207 (Texas Funeral Service Commission)");
    expect_none("HOLDER 31-1184220 FIFTH THIRD BANK  PROPTYPE AC01  AMT 000000118422");
    /* a key-only "HP"; Nordic, Finnish and Turkish words; other countries'
     * identity numbers; versions in Turkish and Czech */
    expect_one("No. HP: 0812-3456-7891", "PHONE_NUMBER", "0812-3456-7891");
    expect_none("HP LaserJet 4250 serial 0812345678");
    expect_one("l\xc3\xb8nnskonto 9710 05 12347 er opprettet", "US_BANK_NUMBER", "9710 05 12347");
    expect_one("Asiakkaan uusi puhelinnumero on 044 512 7839", "PHONE_NUMBER", "044 512 7839");
    expect_one("\xc5\x9e" "ube Kodu: 0123, Hesap No: 6543217", "US_BANK_NUMBER", "6543217");
    expect_none("f\xc3\xb8" "dselsnr. 12048810045");
    expect_none("CNP 5020314401038");
    const char *letterhead = "Tlf. 22 41 90 00 \xc2\xb7 Org.nr. 987 654 325 MVA";
    expect_has(letterhead, "PHONE_NUMBER", "22 41 90 00");
    ck_assert_uint_eq(scan_text(__LINE__, letterhead, strlen(letterhead)).n, 1);
    expect_none("S\xc3\xbcr\xc3\xbcm 12.3.0.1 (derleme 20240311.2)");
    expect_none("firmwaru routeru: verze 4.2.1.0 -> 4.2.2.3");
    expect_one("{\"idType\":\"SSN\",\"idValue\":\"287441093\"}", "US_SSN", "287441093");
    /* a bounce's return path holds its recipient (VERP, SRS); a calendar
     * UID folded onto its next line; Chinese and Portuguese calls */
    expect_one("Return-Path: <bounces+2241873-6c1f-jane.whitfield=outlook.com@em4417.mail.brightpath.io>",
               "EMAIL_ADDRESS", "bounces+2241873-6c1f-jane.whitfield=outlook.com@em4417.mail.brightpath.io");
    expect_one("Return-Path: <SRS0=k3Xq=KS=quarrytech.ca=f.tremblay@fwd.alumni-ubc.ca>",
               "EMAIL_ADDRESS", "SRS0=k3Xq=KS=quarrytech.ca=f.tremblay@fwd.alumni-ubc.ca");
    expect_one("email=jane.doe@example.com", "EMAIL_ADDRESS", "jane.doe@example.com");
    expect_none("UID:0f3c9a2b\r\n -meeting-4417@pinewood-supply.com\r\n");
    expect_one("\xe6\x88\x96\xe8\x87\xb4\xe7\x94\xb5 138 2417 7301", "PHONE_NUMBER",
               "138 2417 7301"); /* 或致电 */
    expect_one("Qualquer d\xc3\xbavida me liga no (11) 99213-4470.", "PHONE_NUMBER",
               "(11) 99213-4470");
    /* a coloured diff's header, its reset at the end of the line */
    expect_has("\x1b[36m@@ -1,2 +1,3 @@\x1b[m\n id,first_name,ssn\x1b[m\n 1001,Ana,536221874\x1b[m\n",
               "US_SSN", "536221874");
}
END_TEST

START_TEST(test_context_screening_and_payment_layouts)
{
    /* "X ID" after another number's label of one word is that number's,
     * not a caller's; "Caller ID" stays a phone's */
    expect_none("Order ID: 513-774-2291");
    expect_none("Dispute ID: 513-774-2291    Status: Under investigation");
    expect_one("Caller ID: 513-774-2291", "PHONE_NUMBER", "513-774-2291");
    /* a whole-line label with a note in parentheses, and a form's blanks
     * after its ':' */
    expect_one("Alias SSNs reported by sources (possible clerical errors): 512448193", "US_SSN",
               "512448193");
    expect_one("Applicant's Social Security Number (required for credit and criminal background "
               "screening):          412683057",
               "US_SSN", "412683057");
    /* an employer's number by its kind: the label spelled out, a key's
     * "tax_id" beside "tax_id_type", boxes before their labels */
    expect_none("Taxpayer Identification Number: 463-82-1174 (EIN)");
    expect_none("\"tax_id_type\":\"ein\",\"tax_id\":\"471829034\"");
    expect_none("Tax ID: 471829034   [X] EIN  [ ] SSN");
    expect_one("Tax ID: 313713765   [ ] EIN  [X] SSN", "US_SSN", "313713765");
    /* licenses and accounts of other kinds */
    expect_none("NYC DCA License No. 1251903; Minnesota Collection Agency License #40047328");
    expect_none("Tobacco retailer license 102847731, Sales tax license: 32071859241");
    expect_none("Florida occupational license 118204773; debt collector license 102847731");
    expect_none("Lessee Account #: 004178233");
    expect_none("City of Austin Utilities account number 3100447122 (water/wastewater)");
    expect_none("Beneficiary A#: 201739864; USCIS ELIS account 1029-3847-5610");
    /* other numbers' labels: a security's, a quote's, a merchant's */
    expect_none("Account holdings (CUSIP): 922908769 VTI 310 sh");
    expect_none("install SS appliance package, Lowe's quote 412683057, delivery 03/21");
    expect_none("Merchant # 4445921819325");
    /* a signed amount is no international number */
    expect_none("Cash flows: 2019-04-12 -250000; 2024-03-28 +612441.80; IRR 11.82%");
    expect_none("03/11/2024,ACATS transfer in,+412883.10,+412883.10");
    expect_one("Tel +49 89 12345", "PHONE_NUMBER", "+49 89 12345");
    /* gateways' joined field names; Indonesian and Thai passports */
    expect_one("x_bank_aba_code=286882411&x_amount=12.00", "ABA_ROUTING_NUMBER", "286882411");
    expect_one("{\"ABANumber\":\"104095856\"}", "ABA_ROUTING_NUMBER", "104095856");
    expect_one("checkaccount=76236055674&account_type=checking", "US_BANK_NUMBER", "76236055674");
    expect_one("{\"SSNNumber\": \"746053827\"}", "US_SSN", "746053827");
    expect_one("Nomor paspor: C4827163 (Kantor Imigrasi Jakarta Selatan)", "PASSPORT", "C4827163");
    expect_one("\xe0\xb8\xab\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\xa2\xe0\xb9\x80\xe0\xb8\xa5\xe0\xb8\x82"
               "\xe0\xb8\xab\xe0\xb8\x99\xe0\xb8\xb1\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb8\xb7\xe0\xb8\xad"
               "\xe0\xb9\x80\xe0\xb8\x94\xe0\xb8\xb4\xe0\xb8\x99\xe0\xb8\x97\xe0\xb8\xb2\xe0\xb8\x87"
               ": AA4827163",
               "PASSPORT", "AA4827163"); /* หมายเลขหนังสือเดินทาง */
    /* an SSN and a license paired as routing and account numbers are */
    expect_has("SSN/DL#: 412683057 / 40931531 (TX)", "US_SSN", "412683057");
    expect_has("SSN/DL#: 412683057 / 40931531 (TX)", "US_DRIVER_LICENSE", "40931531");
    expect_has("My SSN and driver's license number are 412683057 and 40931531.",
               "US_DRIVER_LICENSE", "40931531");
    expect_has("My SSN and driver's license number are 412683057 and 40931531.", "US_SSN",
               "412683057");
    /* aligned headers: names joined by '&', a note after a name of four
     * words */
    expect_has("SOCIAL SECURITY NO.         DRIVER'S LICENSE NO. & STATE         DATE OF BIRTH\n"
               "412683057                   40931531 TX                          04/17/1991\n",
               "US_SSN", "412683057");
    expect_has("SOCIAL SECURITY NO.         DRIVER'S LICENSE NO. & STATE         DATE OF BIRTH\n"
               "412683057                   40931531 TX                          04/17/1991\n",
               "US_DRIVER_LICENSE", "40931531");
    expect_has("Petitioner Social Security Number (if any)     Beneficiary Passport Number\n"
               "523417786                                      Z4418273\n",
               "US_SSN", "523417786");
    /* an ID card's field number before the label ("4d"); a hotword's
     * empty box; a form's "Type:" alone names its document */
    expect_one("Washington  DRIVER LICENSE  USA\n4d NO. WDL2B8K4Q7XJ\n", "US_DRIVER_LICENSE",
               "WDL2B8K4Q7XJ");
    expect_one("ID presented:  DL [X]   Passport [ ]   Military ID [ ]\nNo. X4410873   Exp 09/21/2028\n",
               "US_DRIVER_LICENSE", "X4410873");
    expect_one("Identification\nType: Driver License     Issuing State: NV\nID Number: 1102447729\n",
               "US_DRIVER_LICENSE", "1102447729");
    /* a license card's field and its compact date; an examiner's license
     * (a list of kinds after it); a license's year; an IRP account; a
     * note with a state's name after the value */
    expect_none("DL EXP 20270814 CLASS A END N");
    expect_none("License ISS 20190512 EXP 20270814");
    expect_none("Medical Examiner's State License, Certificate, or Registration Number: 20184473   "
                "Issuing State: TX");
    expect_none("Cab card: plate PR482913; license year 2024; IFTA decal 0441821;");
    expect_none("IRP Account No. 20483917   Fleet 001");
    expect_one("Verified ID 28174503 (Texas driver's license) at key pickup.", "US_DRIVER_LICENSE",
               "28174503");
    /* ad platforms' accounts; a REST path's campaign */
    expect_none("Google Analytics account 218047731, property 398291037");
    expect_none("Your ad account 284910283746192 (Brightwave US) has an unpaid balance");
    expect_none("GET /v2/campaigns/4940781618495931/report?from=2024-03-01");
    /* signed amounts with more than cents; WHOIS's "+CC.number" stays a
     * phone; other numbers' labels (UTR, incident, TFN, SIN, IRD) and
     * kinds of license and account; a UK area code of five digits in
     * parentheses */
    expect_none("Realized PnL: +3124.97338012 USDT | Unrealized: +48291.7345 USDT");
    expect_one("Phone: +1.2125550199", "PHONE_NUMBER", "+1.2125550199");
    expect_none("INR deposit received via IMPS, UTR 675918273300, credited");
    expect_none("CAD Incident #: 240-912-0417, Event ID");
    expect_none("Centrelink needs your tax file number 627967548 to assess your social security "
                "payment.");
    expect_none("set up your CRA My Account you will need your SIN 453355414");
    expect_none("holds Texas Money Transmission License No. 48291733");
    expect_none("Commissary Acct #: 1033145");
    expect_none("Visa grant number 0341288754011");
    expect_one("Tel: (01865) 270000", "PHONE_NUMBER", "(01865) 270000");
    /* a '+' number under an account's key is a phone's; a joined
     * "MACAddress" column; software licenses; Apple's ECID; an ISP's
     * account; versions after "releases" */
    expect_one("account.1.always_fwd.target = +13129467714", "PHONE_NUMBER", "+13129467714");
    expect_one("MACAddress,EndPointPolicy,Name\n3C22FB7A419E,HP-Device,x\n", "MAC_ADDRESS",
               "3C22FB7A419E");
    expect_none("License Usage: network-advantage (C9300-48 Network Advantage) Count: 12");
    expect_none("Mosyle device record - ECID 4182736450918272, serial");
    expect_none("ISP account no. 0412883722, service address");
    expect_none("Software release 8.10.196.0 supersedes releases 8.10.190.0 and 8.10.185.0.");
    /* a count in its unit after the value */
    expect_none("Session counters: DL 41288372 bytes, UL 3821144 bytes");
    expect_none("costs the rent-exempt minimum of 2039280 lamports");
    expect_one("DL 41288372 issued 2021", "US_DRIVER_LICENSE", "41288372");
    /* boxes before their labels ("[X] SSN  [ ] EIN"); a note of what
     * the value is when another is missing; Spanish: licenses of other
     * kinds, a store's account, version words with words between, other
     * labels, "EUA" for the United States */
    expect_one("Taxpayer ID: [X] SSN  [ ] EIN    518 31 2276", "US_SSN", "518 31 2276");
    expect_one("Applicant's U.S. passport (if no SSN): 512873046, issued by the United States "
               "Department of State",
               "US_PASSPORT", "512873046");
    expect_none("Licencia de contratista de California No. 1048273");
    expect_one("Licencia de conducir: D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_none("N\xc3\xbamero de cuenta de la tienda (cr\xc3\xa9" "dito Elektra): 5519 0077 4412");
    expect_none("Versi\xc3\xb3n de la aplicaci\xc3\xb3n m\xc3\xb3vil: 6.2.140.11");
    expect_none("No. de confirmaci\xc3\xb3n: 602-418-3390");
    expect_none("con esta referencia de pago: 4453331478932885");
    expect_one("Pasaporte: 548213907 (EUA)", "US_PASSPORT", "548213907");
    /* a license's capital first in a pair; freight's numbers and
     * accounts; a point of contact; a legacy "EMPSSN" column */
    expect_has("SSN/DL#: 287641903 / B7294018 (CA)", "US_SSN", "287641903");
    expect_none("CDL Class A Driver (Job #40931577) - valid driver license required");
    expect_none("Carrier: DL   MAWB: 006-44182735");
    expect_none("Call the terminal to schedule delivery: PRO 0748215563");
    expect_none("Shipper's Account Number: 44182735");
    expect_none("Maersk account 40441827 (Acme Widgets Inc)");
    expect_one("Receiving POC: Joe Hale, 7734418830.", "PHONE_NUMBER", "7734418830");
    expect_one("EMPNO,EMPNAME,EMPSSN,HIREDT\n1001,Ann,512487731,2020-01-01\n", "US_SSN",
               "512487731");
    /* another number's word in a note of what the value is for */
    expect_one("Social Security Number (for identity verification only): 512487731", "US_SSN",
               "512487731");
    /* a Markdown header's share column, "%" alone */
    expect_one("| # | Beneficiary | DOB | SSN | % |\n|---|---|---|---|---|\n"
               "| 1 | Thomas Kowalski | 09/23/1988 | 254916630 | 50 |\n",
               "US_SSN", "254916630");
    /* a state's code before the second of two joined labels */
    expect_has("Co-buyer SSN and TX DL no.: 483501167 and 29174406", "US_SSN", "483501167");
    expect_has("Co-buyer SSN and TX DL no.: 483501167 and 29174406", "US_DRIVER_LICENSE",
               "29174406");
    /* a dealer's stock and deal numbers near a license's word */
    expect_none("Customer DL on file: yes. Stock 24-0117, deal jacket 104382");
    /* two words of a form's own before its generic label */
    expect_one("Applicant Photo ID Type: U.S. Driver License/ID Card   "
               "Applicant Photo ID Number: 40773319",
               "US_DRIVER_LICENSE", "40773319");
    /* a phone number with its trunk prefix after a name ending in another
     * number's word; without it, "Group" labels a group's number */
    expect_one("Default Resolution Group  1-800-621-3115", "PHONE_NUMBER", "1-800-621-3115");
    expect_none("Group 800-621-3115");
    /* an ID type's choices with check boxes: the ticked one names it */
    expect_one("ID type: [X] Passport  [ ] Driver's license   Number: C4829173", "PASSPORT",
               "C4829173");
    /* kinds of account listed before another number's word, a kind's deposit */
    expect_none("Cash/savings/checking balance: 0012500");
    expect_none("Utility deposit account 7700-4418-21 closed 03/11/2024");
    /* a network's downlink: its columns, a rate in its unit */
    expect_none("cell_id,hour,dl_volume_kb,ul_volume_kb\n40211,14,40931588,12044718\n");
    expect_none("Drive test: avg DL 41288 kbps, peak DL 941220 kbps, UL 88412 kbps");
    /* Spanish's ID type and its generic number */
    expect_one("Tipo de ID: Pasaporte   N\xc3\xbamero de ID: C4829173", "PASSPORT", "C4829173");
    /* an SSN's label joined by "or" to an employer's, past its number word */
    expect_one("Claimant's Social Security Number or EIN: 526-20-0191", "US_SSN", "526-20-0191");
    expect_one("Payee's Social Security No. or Federal Employer ID: 225-40-7713", "US_SSN",
               "225-40-7713");
    /* other numbers' labels: a levying officer's file, a document's control
     * number, a voucher; accounts of a charity, a cruise, a hotel's programme */
    expect_none("NOTICE OF LEVY (Bank Account)    Levying Officer File No.: 2024500417");
    expect_none("Reprocessed under ICN 4553188621311808, original DCN 4028225806841535.");
    expect_none("Tour voucher No. 4000340057172795 - Xcaret Plus, 2 adults");
    expect_none("Donor Account No.: 0001048820");
    expect_none("Your onboard account no. 40218337 will be settled to the card on file");
    expect_none("Points were posted to the Marriott Bonvoy account 482913076");
    /* an airline record's contact after its status code; a Wi-Fi client's
     * MAC as RADIUS names it */
    expect_one("SSR CTCM UA HK1/13128840915/P1", "PHONE_NUMBER", "13128840915");
    expect_one("radius_acct start user=room1412 calling_station_id=6c4b903ad217", "MAC_ADDRESS",
               "6c4b903ad217");
    /* a label's head before "of": a balance of accounts, not an account */
    expect_none("Current balance of cash, savings, and checking accounts: 0012500");
    expect_one("The balance of account 004178233 is $500", "US_BANK_NUMBER", "004178233");
    /* a ledger's deposit ticket; a direct deposit's account stays one */
    expect_none("1010000100,Operating Cash - Fifth Third,18225.00,,Deposit 0044172\n");
    expect_one("Direct deposit 004178233", "US_BANK_NUMBER", "004178233");
    /* a joined column name; a plate under its own label */
    expect_has("DonorSSN,CDLState,CDLNumber,Pool\n197486455,IN,1128440917,FMCSA\n",
               "US_DRIVER_LICENSE", "1128440917");
    expect_one("Driver's License #: A416-2209-4451 (IL)\n"
               "Vehicle: 2017 Honda Civic  Plate: CX 44182 (IL)\n",
               "US_DRIVER_LICENSE", "A416-2209-4451");
    /* a country's name read whole past the window: Mexico's, not the US */
    expect_one("Pasaporte: G38127746 (Estados Unidos Mexicanos)", "PASSPORT", "G38127746");
    /* a hotword that prose wraps across the line break */
    expect_one("Verified identity using her social\nsecurity number 467298801 and DOB.", "US_SSN",
               "467298801");
    /* a patient's record number's own label */
    expect_none("Reference: Deposit pre-op knee, MRN 40840218");
    /* the value's own label names another kind: no word farther back
     * speaks for it */
    expect_none("Front of card scanned. Health insurance card no. 8084 0091 5101 4605,");
    expect_none("Checking account on file. Loyalty account 40218337");
    /* an Amazon Resource Name's account field, a record's unique qualifier */
    expect_none("\"resources\":[\"arn:aws:iam::501821753370:root\"]");
    expect_none("\"uniqueQualifier\":\"6011906790377420\"");
    /* the old version of a change after the new, far along its line */
    expect_none("VPN appliance firmware 9.1.6.2 -> 9.1.7.0 on all Okta RADIUS-fronted gateways; "
                "release 22.4.0.17 (upgrade from 22.3.2.9) scheduled for Saturday.");
    /* a document's type above its issuer's line and its generic number */
    expect_one("Document type: U.S. Passport\nIssuing country: United States of America\n"
               "Document number: 548213907\n",
               "US_PASSPORT", "548213907");
    /* a header's note in brackets; Dutch "mobiele nummer" */
    expect_has("Name,Recovery Phone [MUST BE IN THE E.164 FORMAT],Mobile Phone\n"
               "Mei,+16178204471,6179034418\n",
               "PHONE_NUMBER", "6179034418");
    expect_one("Mijn mobiele nummer is 06-41822097, kunt u de MFA resetten?", "PHONE_NUMBER",
               "06-41822097");
    /* another number's label above its value, a form's */
    expect_none("Order confirmation #:\n212-448-3017. Expected ship date 03/22/2024.");
    expect_one("Phone:\n212-448-3017", "PHONE_NUMBER", "212-448-3017");
    /* a platform's account as the value's own label: the bank after it
     * is the next value's */
    expect_has("Driver account #48201937 -- payout bank changed to checking account 5501829371",
               "US_BANK_NUMBER", "5501829371");
    expect_no_entity("Driver account #48201937 -- payout bank changed to checking account",
                     "US_BANK_NUMBER");
    /* the old version of an upgrade; a taxi commission's hack license */
    expect_none("Driver app release 25.1.0.14 rolling out; upgrade from 24.4.2.9 mandatory.");
    expect_one("New York State driver license ID: 384 917 226 -- TLC hack license pending, "
               "base B02764.",
               "US_DRIVER_LICENSE", "384 917 226");
    expect_none("Upgrade from 24.4.2.9 mandatory");
    /* a form's question with a note after it names its column */
    expect_has("Timestamp,Study ID,Full legal name,What is your Social Security Number? (needed "
               "for payments of $600 or more),Mailing address\n"
               "3/4/2024 11:02:17,HF-0127,Darnell Hughes,287441936,\"412 Elm St\"\n",
               "US_SSN", "287441936");
    /* FinCEN's forms: a letter for the TIN's type, "Text" ending an
     * element's name; a track 2's data after its '=' */
    expect_none("Item 13 TIN: 272604587   TIN type: b EIN   Entity: GARDEN STATE LLC");
    expect_one("<AccountNumberText>4839201176</AccountNumberText>", "US_BANK_NUMBER",
               "4839201176");
    expect_one("track 2 data: 4379836572670836=27082011234567890 - counterfeit card suspected.",
               "CREDIT_CARD", "4379836572670836");
    /* a label's note with parentheses inside it */
    expect_one("2. Social Security Number (required by 42 U.S.C. 666(a)(13)): 531 72 8846",
               "US_SSN", "531 72 8846");
    /* ACORD's government ID and its type in the element after it */
    expect_one("<GovtID>535707029</GovtID>\n<GovtIDTC tc=\"1\">Social Security Number</GovtIDTC>",
               "US_SSN", "535707029");
    expect_none("<GovtID>535707029</GovtID>\n<GovtIDTC tc=\"1\">Member</GovtIDTC>");
    /* a law firm's matter; a mail file named after its address; a state's
     * name before the second of two joined labels */
    expect_none("Matter No. 418-23-1109 (Acme Corp. / Meridian Health)");
    expect_one("Source File: \\\\nas01\\Brooks_E\\ebrooks@meridianhealth.org.pst",
               "EMAIL_ADDRESS", "ebrooks@meridianhealth.org");
    expect_has("His passport and Texas driver's license numbers are 571239846 and 41273865.",
               "US_DRIVER_LICENSE", "41273865");
    /* an acknowledgment's number under a payment's heading */
    expect_none("EFTPS Payment Confirmation\nEFT Acknowledgment Number: 270454133620015\n");
    /* a form's item number in its label's note; a child care center's
     * license; a two-word choice's empty box; joined labels and what the
     * values are for; an agency system's "LICNUM" */
    expect_one("B. FATHER'S SOCIAL SECURITY NUMBER (See instructions for item 9B)\n429 37 1359\n",
               "US_SSN", "429 37 1359");
    expect_none("Ohio Department of Job and Family Services - Child Care Center License No. "
                "000452118, capacity 96");
    expect_one("ID presented at pickup: [X] Driver's License  [ ] State ID  [ ] Passport     "
               "No. 31752048",
               "US_DRIVER_LICENSE", "31752048");
    expect_has("Routing and account numbers for refunds: 091000022 and 104418827301",
               "ABA_ROUTING_NUMBER", "091000022");
    expect_has("POLNUM|DRVSEQ|LICST|LICNUM|MVRSTAT\nPA1|1|OH|K412771839204|CLR\n",
               "US_DRIVER_LICENSE", "K412771839204");
    /* an address after a command's switch; a container image's version */
    expect_one("wmic /node:10.0.2.41 process call create", "IP_ADDRESS", "10.0.2.41");
    expect_one("Command line (4688): mstsc.exe /v:10.8.1.20 /admin", "IP_ADDRESS", "10.8.1.20");
    expect_none("image ghcr.io/acme/agent:10.4.1.2 pulled");
    /* the ticked box of a choice above a generic label names its number;
     * an option's letter before a box; an empty box's label is no other
     * number's */
    expect_one("Identification viewed: [X] Driver's License  [ ] Passport  [ ] Other\n"
               "ID Number: 841691543   State: NY\n",
               "US_DRIVER_LICENSE", "841691543");
    expect_one("ID viewed: [ ] Driver's License  [X] Passport\nID Number: 841691543\n",
               "PASSPORT", "841691543");
    expect_one("Form of ID used:  a [X] Driver's license/State ID  b [ ] Passport  c [ ] Other\n"
               "   Number: 743812596   Issuing state: NY\n",
               "US_DRIVER_LICENSE", "743812596");
    expect_one("Taxpayer ID: [X] SSN  [ ] EIN\nNumber: 614233773\n", "US_SSN", "614233773");
    expect_none("Taxpayer ID: [ ] SSN  [X] EIN\nNumber: 614233773\n");
    /* a US passport's country before the window: right before its
     * hotword, in the sentence before, or a JSON object's field */
    expect_has("His U.S. passport and Texas driver's license numbers are 571239846 and 41273865.",
               "US_PASSPORT", "571239846");
    expect_one("Applicant submitted a United States passport instead of a license. Passport "
               "number: 561284930, expires 2031-05-04.",
               "US_PASSPORT", "561284930");
    expect_has("{\"full_name\":\"Curtis Bramwell\",\"country_of_issue\":\"United States\","
               "\"document_type\":\"passport\",\"passport_number\":\"583120947\"}",
               "US_PASSPORT", "583120947");
    expect_one("{\"full_name\":\"Curtis Bramwell\",\"country_of_issue\":\"Canada\","
               "\"document_type\":\"passport\",\"passport_number\":\"583120947\"}",
               "PASSPORT", "583120947");
    /* a login account's settings; a board's license; boxes numbered
     * before an aligned header's names */
    expect_none("userAccountControl: 4260352  (NORMAL_ACCOUNT | DONT_EXPIRE_PASSWORD)\n");
    expect_none("sambaAcctFlags: [U          ]\nsambaPwdLastSet: 1709294403\n");
    expect_none("Texas Medical Board - License Q4821 - Issued 2012-07-01\n");
    expect_one("1. DECEDENT'S LEGAL NAME            2. SEX     3. SOCIAL SECURITY NUMBER\n"
               "WALTER RAY HENDRICKS                M          412683057\n",
               "US_SSN", "412683057");
    expect_one("1. NAME (Last, First, Middle)              2. DEPARTMENT COMPONENT AND BRANCH    "
               "3. SOCIAL SECURITY NUMBER\n"
               "MARTINEZ, DANIEL ROBERT                    ARMY/RA                               "
               "523 88 4172\n",
               "US_SSN", "523 88 4172");
    /* a bank's name after a routing number; a label wrapped before its
     * number word; account words that name a bag, a consignee, an
     * ocean forwarder's license; "SSNO" */
    expect_one("Please ACH to ABA 011630401 (Citizens Bank).", "ABA_ROUTING_NUMBER", "011630401");
    expect_has("> New routing number is 122221136 and account\n> number 4410298317. Thanks\n",
               "ABA_ROUTING_NUMBER", "122221136");
    expect_one("Please use my account\nnumber is 7730019845.\n", "US_BANK_NUMBER", "7730019845");
    expect_none("CASH DEPOSIT  Store 0332   Bag # 88120417   Total $1,240.00\n");
    expect_none("Shipper's Account Number: 441827390   Consignee's Account Number: 00418273\n");
    expect_none("FMC OTI License No. 024418 / NVO bond #4418273\n");
    expect_one("ID,LASTNAME,FIRSTNAME,SSNO,DEPT,BADGEID\n88120,TORRES,ANA,348712095,OPS,4411\n",
               "US_SSN", "348712095");
    /* a column's name with '/' standing alone; a network's name with a
     * '-' after a MAC address; "00" and a country code before "(0)" */
    expect_one("Driver Name        Driver's License # / State     Hire Date\n"
               "Luis Garcia        40219955 / TX                  2022-01-10\n",
               "US_DRIVER_LICENSE", "40219955");
    expect_one("(from client ap1 port 0 cli 00-07-4D-8E-25-F1:dc07-scan)", "MAC_ADDRESS",
               "00-07-4D-8E-25-F1");
    expect_one("Tel: 0049 (0)711 7845 2270\n", "PHONE_NUMBER", "0049 (0)711 7845 2270");
    /* a record's "text" under its label; GEDCOM's type below an ID; a
     * vendor's prefix on a document's keys; a prescriber's license */
    expect_one("{\"labelId\":\"PR_SSN\",\"text\":\"412683057\"}", "US_SSN", "412683057");
    expect_one("0 @I1@ INDI\n1 NAME Walter /Hendricks/\n1 IDNO 417203318\n2 TYPE SSN\n", "US_SSN",
               "417203318");
    expect_one("acmeI9DocumentType: U.S. Passport\nacmeI9DocumentNumber: 548213907\n",
               "US_PASSPORT", "548213907");
    expect_none("Prescriber: Jane Roe, DO   Lic# Q4821   DEA BN8804076\n");
    expect_none("SECTION 3 - MEDICAL LICENSURE\nState License #: Q4821  State: TX\n");
    expect_one("Patient DL: D1234567   NPI of prescriber 1234567893\n", "US_DRIVER_LICENSE",
               "D1234567");
    /* NIEM's generic "IdentificationID" in the element that names it; an
     * IVR's collected digits; a call's record keyed "call=" or
     * "CallKey"; "DID" in capitals; a note's name with digits */
    expect_one("<nc:PersonSSNIdentification><nc:IdentificationID>063945073</nc:IdentificationID>",
               "US_SSN", "063945073");
    expect_one("<j:DriverLicense><nc:IdentificationID>H281739401827</nc:IdentificationID>",
               "US_DRIVER_LICENSE", "H281739401827");
    expect_one("prompt=enter-ssn collected=\"251527489\" len=9\n", "US_SSN", "251527489");
    expect_none("ivr call=7392018511 menu=3 result=ok\n");
    expect_none("Agent: 20417   Call: 7392018456   Date: 2024-03-12\n");
    expect_none("Calls reviewed: 7392018456, 7392018460, 7392018502.\n");
    expect_one("Please call 7392018456 tomorrow.\n", "PHONE_NUMBER", "7392018456");
    expect_none("PeripheralCallKey  Duration\n16777488213        312\n");
    expect_one("Arizona driver license scan (PDF417): DAQ D08172934 | DCS GARZA\n",
               "US_DRIVER_LICENSE", "D08172934");
    /* a FreeSWITCH channel's user; a Nlets record's next field after
     * '.'; ranges and times of day joined by '-' */
    expect_one("New Channel sofia/external/+12128757901@sbc01.carrier-voice.net [uuid]\n",
               "PHONE_NUMBER", "+12128757901");
    expect_none("Session 48213 (sofia/internal/4417@pbx.cc.local) Ended\n");
    expect_one("RQ: DQ.NY0303000.OLN:473918204.OLS:NY\n", "US_DRIVER_LICENSE", "473918204");
    expect_one("SSN: 332-20-6469.DOB/19830909\n", "US_SSN", "332-20-6469");
    expect_none("For supervisor dial *8 + extension (4400-4499).\n");
    expect_none("no contact w/ victim; curfew 2200-0600.\n");
    /* what a label's note says it is required for; a contractors' board's
     * license; a firmware's line and a switch's user agent */
    expect_one("Social Security Number (required for NRC access authorization): 192 48 6631\n",
               "US_SSN", "192 48 6631");
    expect_none("CSLB License No. 1029384, Class B, active\n");
    expect_none("Firmware rollout: T46S 66.86.0.15 -> 66.86.0.160\n");
    expect_none("variable_sip_user_agent: [Ribbon SBC 12.1.0.4]\n");
    expect_one("Firmware server: 10.2.3.4\n", "IP_ADDRESS", "10.2.3.4");
    expect_none("firmware on the gate controller updated to 6.2.0.114\n");
    expect_one("gateway IP updated to 10.2.0.114\n", "IP_ADDRESS", "10.2.0.114");
    /* a chat speaker's name in snake case; sports' licenses, accounts and
     * rulebooks; a password manager's concealed field; a dash between
     * another number's word and an account's */
    expect_one("coach_ray: hey can u send ur ssn for the background check\nkelly_m: 538217746\n",
               "US_SSN", "538217746");
    expect_none("USSF Grassroots coaching license No. 20481733\n");
    expect_none("Personal Seat License No. 40918273\n");
    expect_none("placed on 15-day DL (MLBAM ID 656302)\n");
    expect_none("Ticketmaster account 44182209 locked\n");
    expect_none("Park & Ride transit pass no. 031201360\n");
    expect_none("per NCAA Bylaw 16.11.1.2; see also FIS ICR art. 221.3.1.2\n");
    expect_none("Social impressions: 412683057; video views 12\n");
    expect_one("{\"title\":\"Social Security number\",\"id\":\"ssn\",\"value\":{\"concealed\":"
               "\"143662087\"}}",
               "US_SSN", "143662087");
    expect_one("Deposit slip \u2014 Acct#:7740123381  Cash $200.00\n", "US_BANK_NUMBER",
               "7740123381");
    /* phone words of Turkish, French, Mexican Spanish and Brazilian chat;
     * a MAC address under Android's joined key */
    expect_one("Telefonum 0532 418 77 20, l\u00fctfen aray\u0131n.\n", "PHONE_NUMBER",
               "0532 418 77 20");
    expect_one("rappelez-moi au 0612489037 s'il vous pla\u00eet.\n", "PHONE_NUMBER", "0612489037");
    expect_one("m\u00e1rcame al 55 4128 7730 para aclararlo\n", "PHONE_NUMBER", "55 4128 7730");
    expect_one("Me chama no whats 21 99732-6610\n", "PHONE_NUMBER", "21 99732-6610");
    expect_one("[ro.boot.btmacaddr]: [A45E60C21980]\n", "MAC_ADDRESS", "A45E60C21980");
    /* a repair shop's words (a car's model, an engine's bank, a core
     * deposit, a repair order), a station's license; a loan originator's
     * and a company's license; "WhatsApp" before a number without '+'; an
     * enzyme's class; a casino's player number and club card */
    expect_none("2019 Honda Passport EX-L, RO# 204417836, 41,822 mi\n");
    expect_none("2017 Chevrolet Camaro SS 1LE - RO 204417836 - 41,822 mi\n");
    expect_none("Replaced Bank 1 Sensor 2 O2 sensor, GM 12609457.\n");
    expect_none("Core deposit $45.00 on alternator 11432198 refunded\n");
    expect_none("Smog Check Station License #: RB284117\n");
    expect_none("Loan Originator NMLS ID#: 1845321   State License ID#: TX-1845321\n");
    expect_none("Washington Consumer Loan Company License CL-1984402\n");
    expect_one("Visiting scholar pickup: WhatsApp 8613810452279 (Dr. Zhang Wei)\n",
               "PHONE_NUMBER", "8613810452279");
    expect_none("reverse transcriptase (EC 2.7.7.49) and trypsin (EC 3.4.21.4)\n");
    expect_one("Michigan driver's license S 530 118 224 907, exp 2027. Player 300188.\n",
               "US_DRIVER_LICENSE", "S 530 118 224 907");
    expect_none("Replacement players club card 9064491196196856 issued\n");
    /* a pair's license with two capitals; a marketplace's IDs and
     * accounts; a part number after a tab or "part numbers"; an
     * employer's number past a label's note; "00" and a number in one run */
    expect_has("SSN/DL#: 291548803 / TR482913\n", "US_SSN", "291548803");
    expect_none("\"admin_graphql_api_id\":\"gid://shopify/Customer/4956631447793\"\n");
    expect_none("https://shop.example.com/products/soy-candle-8oz?variant=4956631447793\n");
    expect_none("Your Seller Center account 10001829374 is now active\n");
    expect_none("Buyer called about shipment 4018293746 stuck in Memphis\n");
    expect_none("Manufacturer Part Number\t532-18-7281\n");
    expect_none("Replaces part numbers: 532-18-7281 / 532187281\n");
    expect_none("Tax ID (SSN or EIN): 473918264 (EIN)\n");
    expect_one("Telefon: 004915123847760\n", "PHONE_NUMBER", "004915123847760");
    expect_none("recorded in Instrument No. 20140612000588210, O.P.R.C.C.T.\n");
    expect_one("c/c n. 000012345678\n", "US_BANK_NUMBER", "000012345678");
    /* a form's title above its label; a label's line that holds its value
     * is no aligned header; an owner's possessive; registrars' and school
     * cards' phone keys and verbs */
    expect_one("STOP PAYMENT ORDER\nAccount Number: 5596885075\nCheck Number: 2207\n",
               "US_BANK_NUMBER", "5596885075");
    expect_none("PATIENT LABEL  ACCT V00031274418\nADM 03/11/24  DR PATEL, RAJ   NPI 1487765512\n");
    expect_one("routing number for the patient's bank is 261965696\n", "ABA_ROUTING_NUMBER",
               "261965696");
    expect_has("Pt contact: Hm# 7734182096   Wk# 3129264000   Cell# 3126472291\n",
               "PHONE_NUMBER", "3129264000");
    expect_has("Parent 1: Wei Chen   H: 6143290871   C: 6147712265   W: 6142215090\n",
               "PHONE_NUMBER", "6147712265");
    expect_one("Stu# 204417  dialed 6144962273  result=ANSWERED\n", "PHONE_NUMBER", "6144962273");
    expect_one("Phoned dad 6147712265, no answer\n", "PHONE_NUMBER", "6147712265");
    expect_none("Internal Revenue Service\nAccount Transcript\nDLN: 28221118044184\n");
    /* an encoded '+' after an encoded ':'; the digits of an encoded space
     * are no number's; a service bulletin, a mechanic's license, an
     * Aadhaar card */
    expect_one("To=whatsapp%3A%2B14155238886&Body=hi\n", "PHONE_NUMBER", "%2B14155238886");
    expect_one("text=new%20cell%20number%207735109285&type=text\n", "PHONE_NUMBER",
               "7735109285");
    expect_none("SB 737-32-1456 Rev 2 Main Landing Gear\n");
    expect_none("Signed: R. Delgado, mechanic licence (A&P) No. 2458931;\n");
    expect_none("Aadhaar card no.: 7391 4402 2855\n");
    expect_one("Worker: Grace Kim | National ID Type: USA-SSN | National ID: 621-48-3390 | "
               "Status: Verified\n",
               "US_SSN", "621-48-3390");
    expect_has("Ivan Horvat, 2/O, putovnica 118274930, mob. +385 91 482 1736\n", "PASSPORT",
               "118274930");
    /* a card's expiry after one blank; a tracking number's fifth group */
    expect_one("cc 4526018159083012 0827 123, zip 55311\n", "CREDIT_CARD", "4526018159083012");
    expect_none("4526018159083012 4417\n");
    /* licenses of other trades (crematory, concealed carry, pawn, check
     * cashing, a church's copyright license); a state and its ZIP code;
     * an ID's type over "IDNumber"; a label's long prepositional phrase
     * after its hotword, a compound's '-' in it (not right after the
     * hotword: "Dial-in conference ID"); a label over a blank line */
    expect_none("Permit #24-003817; crematory license CR-0117.\n");
    expect_none("Virginia Concealed Handgun License No. 40882915\n");
    expect_none("Texas Pawnshop License No. 10482733 issued by the OCCC\n");
    expect_none("Check Cashing License No. 20418832 - renewal fee $500\n");
    expect_none("CCLI License Number: 2145873\n");
    expect_none("Texas License to Carry - Renewal Application\nLTC Number: 30218847\n");
    expect_none("Pawn account no. 88120443: 3 active loans\n");
    expect_one("Driver's License #: S530-460-73-215-0 (FL)\nAddress: 4410 Lemon St, Tampa FL "
               "33609\n",
               "US_DRIVER_LICENSE", "S530-460-73-215-0");
    expect_one("{\"IDType\":\"Driver License\",\"IDNumber\":\"11834731\",\"IDState\":\"TX\"}\n",
               "US_DRIVER_LICENSE", "11834731");
    expect_one("Buyer ID - Type: Driver License   Issuing State: WA   ID Number: WDL7K3M9Q2XB\n",
               "US_DRIVER_LICENSE", "WDL7K3M9Q2XB");
    expect_one("Decedent's SSN as printed on the hospital face sheet: 393 - 45 - 6028\n", "US_SSN",
               "393 - 45 - 6028");
    expect_one("Routing number for the annuity death-claim payout: 031830168\n",
               "ABA_ROUTING_NUMBER", "031830168");
    expect_none("Dial-in conference ID: 612 348 753#\nLeader PIN: 4417 2290#\n");
    expect_one("3. Deceased's Social Security Number\n\n412683057\n\n4. Date of Death\n", "US_SSN",
               "412683057");
    expect_none("Please give your SSN.\n\n412683057\n");
    /* a juror's and a badge's numbers; court systems' and a toll tag's
     * accounts; banks of blood, tissue, milk; a social worker and a
     * social history; a hospital's phone; a state's code before a
     * license's digits; NACHA's DFIAccountNumber */
    expect_none("Juror 250614387 - SSN match: Y - DL match: Y - address match: N\n");
    expect_none("Juror Badge 40931531 - driver license checked at security screening.\n");
    expect_none("PACER account number 4417829 - billing period\n");
    expect_none("FasTrak account 44182209, transponder 0041827390\n");
    expect_none("Tissue bank donor number 241803917\n");
    expect_none("Mothers' Milk Bank donor 2418039 - screening bloodwork\n");
    expect_none("Social history: denies IV drug use. Donor # 241803917 eligible today.\n");
    expect_one("my social is 241803917\n", "US_SSN", "241803917");
    expect_one("Hospital: 937-208-8000\n", "PHONE_NUMBER", "937-208-8000");
    expect_one("donor_id=D0066120 dl=NV 1504827361\n", "US_DRIVER_LICENSE", "1504827361");
    expect_one("{\"RDFIIdentification\":\"12100024\",\"DFIAccountNumber\":\"4418220917\"}\n",
               "US_BANK_NUMBER", "4418220917");
    expect_one("Called pt. Alt # per referral: 216.557.0192. Benefits\n", "PHONE_NUMBER",
               "216.557.0192");
    expect_one("Inbound call log: Caller ID 447451882093, duration 04:12\n", "PHONE_NUMBER",
               "447451882093");
    expect_none("Customer ID 447451882093, duration 04:12\n");
    expect_none("SHA-256 fingerprint 5F:13:0B:71:E4:9A:22:C8:..., valid until 2026\n");
    /* a gift card; a wholesaler's, a grant's, a program's, a lab site's
     * accounts; a biologics license */
    expect_none("Museum Store gift card 7777453331478930 activated for $50.00\n");
    expect_one("card 7777453331478930 on file\n", "CREDIT_CARD", "7777453331478930");
    expect_none("Cardinal Health wholesaler account no. 4821907 on hold\n");
    expect_none("Please reference grant account 60041827 on the remittance advice.\n");
    expect_none("Copay program account #: 30214598713 | Activation date\n");
    expect_none("Biologics License Application (BLA) 761234 approved 2023-09-14\n");
    /* farm and mover licenses and accounts; other numbers' labels (reg,
     * estimate, lease, seal); capitals set apart before a number's digits;
     * a phone's shapes after a license word; a price's unit as a column */
    expect_none("Private Pesticide Applicator License No. 41772308\n");
    expect_none("interstate mover, FMCSA license MC-778812, USDOT 2214587\n");
    expect_none("Hedge account 8841772 at ADM Investor Services\n");
    expect_none("Refund to bank account on file. Reg # 2441188471, reweigh\n");
    expect_none("Estimate # 614-882-3301   Date 03/11/2024\n");
    expect_none("driver license verified, trailer 5312, seal 0448217 intact\n");
    expect_none("carrier driver L. Pacheco (DL on file). PRO 418229055, 42 pcs\n");
    expect_has("CA driver license D4417723, FLC lic. #1187, (559) 782-4410.\n", "PHONE_NUMBER",
               "(559) 782-4410");
    expect_one("Sale barn - Lic. & Bonded 605-763-2209\n", "PHONE_NUMBER", "605-763-2209");
    expect_one("PATRON            SSN          NET BU     $/BU     AMOUNT\n"
               "STUEVE, HARLAN    468552019    3104.66    4.185    12993.00\n",
               "US_SSN", "468552019");
    expect_one("Seller,SSN,Hd,Wt,$/Cwt\nJ. Olson,505923341,12,8450,182.50\n", "US_SSN",
               "505923341");
    /* an assisted living license; a called number, a callee's; a year
     * and its month; a country's field after another on the line above */
    expect_none("Assisted Living License No. 0001942 (capacity 96), renewal fee $1,440\n");
    expect_one("2025-05-30 14:02 called number 447700913582, duration 00:04:12\n",
               "PHONE_NUMBER", "447700913582");
    expect_has("start_time,caller,callee,duration_s\n2024-03-11 09:14:02,447911432087,"
               "4917612345678,184\n",
               "PHONE_NUMBER", "4917612345678");
    expect_none("odometer 41,872 mi; DL inspection due 2025-09.\n");
    expect_one("ID type: Passport   Country of issue: USA\nPassport No. 548213907\n",
               "US_PASSPORT", "548213907");
    /* a utility's meter number; a carrier's MDN; a port's order number */
    expect_none("Meter No. 231-47-8812 (legacy Sangamo J5S, retired 1998) found in storage.\n");
    expect_one("MDN: 3128462291\n", "PHONE_NUMBER", "3128462291");
    expect_none("refund via campus card 6036 4412 0077 3318 2 ledger.\n");
    expect_none("PON: 24031200417\nLSR ver: 3\nCustomer verifies billing account number.\n");
    /* a label's note on whose word the value is given; an account's two
     * digits at both ends; an indented label over its column; a tag's
     * number; a purpose's words over the value; an SSN named in another
     * label's note; a thing's ID before a phone's shape */
    expect_one("SSN (last 9, unredacted per sealed order): 389.21.6650\n", "US_SSN",
               "389.21.6650");
    expect_one("Savings Acct.: 55-2290-4418-01\n", "US_BANK_NUMBER", "55-2290-4418-01");
    expect_none("Bank acct: 030 1234 56 78\n");
    expect_has("DIRECT DEPOSIT\n  Bank Routing #\n  053000196\n  113000023\n",
               "ABA_ROUTING_NUMBER", "113000023");
    expect_none("Rabies Tag No. 512-44-1875 (2024, Multnomah County)\n");
    expect_one("Account number for claim reimbursement:\n3302884177\n", "US_BANK_NUMBER",
               "3302884177");
    expect_none("Student ID (for SSN verification only): 100923847\n");
    expect_one("Social Security Number (for identity verification only): 100923847\n",
               "US_SSN", "100923847");
    expect_none("Site ID 310-410-0098 (rooftop, 3 sectors)\n");
    expect_none("Circuit ID 312-745-0098 down since 02:14, LOS on ONT\n");
    /* Salesforce's suffix of a custom field's name is no cell's "C" */
    expect_has("EFT_Routing__c,EFT_Account__c\n122105155,3390184472\n", "US_BANK_NUMBER",
               "3390184472");
    expect_one("MobilePhone__c,Name\n3390184472,Bo\n", "PHONE_NUMBER", "3390184472");
    /* a prescription's number; a Spanish license's kind in an adjective */
    expect_none("Rx#: 614-555-0182  Refills: 2\n");
    expect_none("Rx No. 512-44-8193  QTY 30\n");
    expect_none("Licencia sanitaria COFEPRIS: 44172099 (Farmacia del Ahorro suc. 12)\n");
    expect_one("Licencia Federal de Conductor: 44172099\n", "US_DRIVER_LICENSE", "44172099");
    /* European service: a switchboard's number; "reachable" and "call
     * back" in French and Italian; a degree sign for the ordinal of "n°"
     * after another number's label; a mandate's reference; a negated note
     * right after the value */
    expect_has("Zentrale: 0711 7845920-0, Durchwahl Frau Bauer: 0711 7845920-14\n",
               "PHONE_NUMBER", "0711 7845920-0");
    expect_one("Je suis joignable au 07.81.22.64.15 ou par courriel.\n", "PHONE_NUMBER",
               "07.81.22.64.15");
    expect_one("Mi può richiamare al 347 1234567?\n", "PHONE_NUMBER", "347 1234567");
    expect_none("Commande n° 04 12 98 33 70 – toujours pas livrée.\n");
    expect_none("Dossier n° 04 12 98 33 70 – Merci de rappeler cette référence.\n");
    expect_one("Téléphone n° 04 12 98 33 70\n", "PHONE_NUMBER", "04 12 98 33 70");
    expect_none("Referencia del mandato: 5425991308508353\n");
    expect_none("Klantnummer 0612345678 (niet uw telefoonnummer)\n");
    /* an HL7 message's time is no phone without its '+'; a unified diff's
     * mark before an address; Spanish "llamó desde" */
    expect_none("MSH|^~\\&|SMS|SRMC|BILL|SRMC|202403150830||DFT^P03|MSG0001|P|2.3.1|||AL|NE\n");
    expect_one("mobile 447911123456\n", "PHONE_NUMBER", "447911123456");
    expect_has("diff --git a/x.csv b/x.csv\n+email,phone,zip\n"
               "+k.lee@naver.com,+82 10 1234 5678,04524\n",
               "EMAIL_ADDRESS", "k.lee@naver.com");
    expect_one("Sr. Ibarra llamó desde el 55 4128 9073 (México) sobre su caso.\n", "PHONE_NUMBER",
               "55 4128 9073");
    /* a patch level is a version's word (not "para": Spanish's "for");
     * Indonesian "hubungi", Korean "연락", Hindi "खाता" */
    expect_none("Core banking patch level 10.2.4.1 applied to FIS IBS over the weekend\n");
    expect_one("Hubungi 0811-2233-4455 jika ada masalah\n", "PHONE_NUMBER", "0811-2233-4455");
    expect_one("상담원: 연락 가능한 번호 알려주세요\n고객: 010 4455 6677 이요\n", "PHONE_NUMBER",
               "010 4455 6677");
    expect_one("खाता संख्या: 50100234567891\n", "US_BANK_NUMBER", "50100234567891");
    /* a staff member's ID as an employee's; prose's "staff"; a surname
     * that is a receipt's key; a floorplan's account */
    expect_one("Staff ID: 518-92-3346   Building: 0410\n", "US_SSN", "518-92-3346");
    expect_one("Sub Caller note: staff 536-22-1874 requested PD day 10/11\n", "US_SSN",
               "536-22-1874");
    expect_has("Insurance agent Kim Tran 214-555-0177 kim.tran@statefarm.com\n", "PHONE_NUMBER",
               "214-555-0177");
    expect_none("Tran # 214-555-0177\n");
    expect_none("Stock No   Days  Cost       Floorplan Acct\nU4471      42    18,200.00  7741209\n");
    expect_one("Numéro de rappel : 01.42.68.53.07\n", "PHONE_NUMBER", "01.42.68.53.07");
    /* nine digits that a routing number's label names and that fail its
     * checksum are no account's */
    expect_none("Bank routing number 111000026 (invalid checksum)\n");
    expect_none("ABA 122105156 rejected by the bank (bad checksum)\n");
    expect_one("bank acct 111000026\n", "US_BANK_NUMBER", "111000026");
    expect_one("Sjåfør: ring meg på 912 34 567 når du er ute\n", "PHONE_NUMBER", "912 34 567");
    /* a clinical trial's kit, randomization, screening and subject
     * numbers; a study report's listing; a switch's sip_call_id key */
    expect_one("Kit No. 512-40-7781 dispensed at Visit 3; returned kit 512-40-7779\n", "US_SSN",
               "512-40-7779");
    expect_none("Randomization No.: 104-01-0023 (IWRS)\n");
    expect_none("Subject Number: 104-01-0023\n");
    expect_none("Screening number 104-01-0023 assigned\n");
    expect_none("Listing 16.2.7.1 Serious Adverse Events (Safety Population)\n");
    expect_none("\"sip_call_id\": \"0a1f6c93e52b@sbc01.carrier.net\"\n");
    expect_one("Fon: 089 12345678\n", "PHONE_NUMBER", "089 12345678");
    expect_none("Kundenkarte Nr. 4000123456788 – Bonuspunkte: 120\n");
    /* a quoted-printable escape of a local part's '.' is part of it */
    expect_one("Please write to jane=2Edoe@example.com for access.\n", "EMAIL_ADDRESS",
               "jane=2Edoe@example.com");
    expect_has("Cuentas: 0123456789, 1122334455 y 6655443322\n", "US_BANK_NUMBER", "6655443322");
    /* another kind's number: a parking permit's, a Smart ID card's, a
     * software license noted after the key */
    expect_none("Parking permit 118-23-5567 expires 05/31/2025\n");
    expect_none("Smart ID card 4539148803436467 issued to locker system\n");
    expect_one("Card 4539148803436467 on file\n", "CREDIT_CARD", "4539148803436467");
    expect_none("Dentrix G7 license key 4417-2209-8812-0043 (software license)\n");
    /* a note in words after the value; a condition's note after the label */
    expect_one("Subscriber ID: 561-42-7790 (SSN used as ID by this carrier)\n", "US_SSN",
               "561-42-7790");
    expect_one("Subscriber ID: 561-42-7790 (routing number is 021000021)\n",
               "ABA_ROUTING_NUMBER", "021000021");
    expect_one("Subscriber Social Security Number (if different from patient): 601 38 2274\n",
               "US_SSN", "601 38 2274");
    expect_none("Student ID (if different from SSN): 100923847\n");
    /* "ID" alone is no other thing's label; a JSON type after it may be */
    expect_one("{\"id_number\":\"731-44-8821\"}", "US_SSN", "731-44-8821");
    expect_one("Name: Jo Lee, ID: 561-42-7790\n", "US_SSN", "561-42-7790");
    expect_none("Student ID: 561-42-7790\n");
    /* a date first in a pair of values joined by "and" */
    expect_one("Claimant DOB and SSN: 4/12/86 and 601 38 2274 (for BI medpay)\n", "US_SSN",
               "601 38 2274");
    expect_none("SSN issued 04/11/1968 601 38 2274\n");
    /* hotwords: a plural, Danish, Norwegian; a Norwegian version word */
    expect_has("Intermediary ABAs: 021966592, 269692709 and 311672499\n", "ABA_ROUTING_NUMBER",
               "311672499");
    expect_one("Notfallnummer: 0711 7845920-14\n", "PHONE_NUMBER", "0711 7845920-14");
    expect_one("Pasnummer 208743119 (Danmark)\n", "PASSPORT", "208743119");
    expect_one("Kundeservice: Hva er telefonnummeret ditt?\nKunde: 41 22 93 08\n",
               "PHONE_NUMBER", "41 22 93 08");
    expect_none("Visma Business versjon 14.2.0.3\n");
    /* a key-only abbreviation of home; Hebrew's abbreviation of a phone */
    expect_has("Insd hm# 6145550187 / cell 6145550188\n", "PHONE_NUMBER", "6145550187");
    expect_none("hm 6145550187 maybe\n");
    expect_one("\xd7\x98\xd7\x9c\xd7\xb3: 077-4567890\n", "PHONE_NUMBER", "077-4567890");
    /* other things' numbers: a permit's, a VAT registration's, a TRN; a
     * processor's note is no card's word; any collection's ID in a REST
     * path but a card's */
    expect_none("Permit # 312-745-0098 issued by City of Mesa\n");
    expect_none("VAT Registration No. 300012345600003\n");
    expect_none("Saudi TRN 300012345600003 printed on the tax invoice\n");
    expect_none("Merchant # 4445921819325 (payment processor)\n");
    expect_none("GET /api/v2/placements/4000123456788/status 200 34ms\n");
    expect_one("POST /v1/cards/4000123456788/verify\n", "CREDIT_CARD", "4000123456788");
    /* licenses: a contractors' registrar's, a term of years */
    expect_none("AZ ROC License # 331847  Classification: CR-11 Electrical\n");
    expect_none("Lic. seats: 500; Visio license 2024-2025 renewal quote\n");
    /* an hour after a hotword is no value it labels instead */
    expect_one("mi n\xc3\xbamero es 55 4128 9073, ll\xc3\xa1meme despu\xc3\xa9s de las 6\n",
               "PHONE_NUMBER", "55 4128 9073");
    /* a note of another kind of account right after the value; a bank's
     * name there is none */
    expect_none("Creditor Acct #: 5566-0912-4471  (Comenity store account)\n");
    expect_has("ACH info: routing 026009593 acct 4471029384 (Bank of America)\n",
               "US_BANK_NUMBER", "4471029384");
    /* a routing number's label with a participle: no account */
    expect_none("Bank routing number provided: 021000022 (checksum fails, re-verify)\n");
    /* a country's field after another key on the line above */
    expect_one("Crew member passport: Country of issue: USA\nPassport No. 567204381\n",
               "US_PASSPORT", "567204381");
    /* Spanish names an account's kind after it, after the hotword's phrase */
    expect_none("N\xc2\xba de cuenta del pr\xc3\xa9stamo: 987654321012\n");
    expect_one("N\xc3\xbamero de cuenta: 987654321012\n", "US_BANK_NUMBER", "987654321012");
    /* contracts', mandates', payment references', citations', serial
     * numbers' labels in other languages and abbreviated */
    expect_none("Refer\xc3\xaancia de pagamento: 4136938961508355\n");
    expect_none("N\xc3\xbamero de contrato: 4676271440986331\n");
    expect_none("N\xc2\xb0 de contrat : 4017706809342509\n");
    expect_none("N\xc2\xb0 de mandat : 4017706809342509\n");
    expect_none("Parking citation 508615486851 for expired meter\n");
    expect_none("Method: HPLC  Instrument SN 312-745-0098\n");
    /* an unemployment claimant's ID has long been the SSN */
    expect_one("Claimant ID number: 502-67-0029\n", "US_SSN", "502-67-0029");
    /* phone words: Portuguese, Swiss */
    expect_one("M\xc3\xb3vel: 925 444 103\n", "PHONE_NUMBER", "925 444 103");
    expect_one("Cliente: Rui Quintas, telem. 965 201 334\n", "PHONE_NUMBER", "965 201 334");
    expect_one("Natel : 079 412 33 87\n", "PHONE_NUMBER", "079 412 33 87");
    /* versions: a clause, a build's number after, an image's tag after a
     * word for it; a loop's item is no agenda's */
    expect_none("Cl\xc3\xa1usula 12.4.1.2 del contrato\n");
    expect_none("Cellebrite UFED 7.62.0.13 build 1042\n");
    expect_none("docker pull fleet-api:10.4.1.2\n");
    expect_one("connect server:10.4.1.2\n", "IP_ADDRESS", "10.4.1.2");
    expect_one("TASK [ping] ok: [web01] => (item=10.10.1.11)\n", "IP_ADDRESS", "10.10.1.11");
    expect_none("Agenda item 11.2.3.1\n");
    /* a bare "MICR:" before nine digits that fail the checksum: an Indian
     * branch's code, no account */
    expect_none("IFSC Code: HDFC0001234, MICR: 400240015\n");
    expect_one("MICR: 12345678901\n", "US_BANK_NUMBER", "12345678901");
    /* other numbers' labels: a timesheet's, a proposal's, a campus print
     * account, an Italian contract's and payment notice's, a German
     * personnel number */
    expect_none("Timesheet #: 214-555-0123\n");
    expect_none("Proposal No. 212-845-0193 (Spring cycle)\n");
    expect_none("Print account 4418552 - 200 pages allowance\n");
    expect_none("Codice contratto: 4539148803436467\n");
    expect_none("Numero avviso: 301234567890123456 - Ente creditore: Comune di Verona\n");
    expect_none("Riferimento di pagamento: 301234567890123456\n");
    expect_one("Tel.: 089 12345678 ist die Zentrale; Personalnummer 0891234567\n",
               "PHONE_NUMBER", "089 12345678");
    /* a '#' after the hotword before "for ...": the label is still the
     * hotword's */
    expect_one("Enter phone # for rewards: 7735550143\n", "PHONE_NUMBER", "7735550143");
    expect_one("Driver license # for valet damage claim: D1234567\n", "US_DRIVER_LICENSE",
               "D1234567");
    /* words: German "Ruf:" (a key only) and "Mobiltelefon", Polish "konta",
     * Italian landline, call and caller */
    expect_one("Ruf: 0176/4418 2297 (Zeitarbeit Fa. Weber)\n", "PHONE_NUMBER",
               "0176/4418 2297");
    expect_none("sein Ruf 0176/4418 2297\n");
    expect_one("Mobiltelefon: 0151 23456789\n", "PHONE_NUMBER", "0151 23456789");
    expect_one("Numer konta: 12345670\n", "US_BANK_NUMBER", "12345670");
    expect_one("Linea fissa oggetto del guasto: 0721 345678\n", "PHONE_NUMBER", "0721 345678");
    expect_has("Numero chiamante: 3471239876 - Numero chiamato: 0612345678\n", "PHONE_NUMBER",
               "0612345678");
    /* a letterhead's two national numbers joined by '/' */
    expect_has("Tel/Fax: 0161 496 0123/0161 496 0124\n", "PHONE_NUMBER", "0161 496 0124");
    expect_has("Tel./Fax: 030 2417780/030 2417781\n", "PHONE_NUMBER", "030 2417780");
    /* a study participant's ID; an SSA claim number is the SSN; a tour
     * operator's license; Korean main-line labels */
    expect_none("Participant ID: 312-946-7780 (site 312, visit 946, seq 7780)\n");
    expect_one("SS Claim Number: 570 18 2391\n", "US_SSN", "570 18 2391");
    expect_none("Claim Number: 570 18 2391\n");
    expect_none("Tour operator license no. 4471-2209 (Quintana Roo)\n");
    expect_one("\xeb\x8c\x80\xed\x91\x9c\xec\xa0\x84\xed\x99\x94 02-555-1234\n",
               "PHONE_NUMBER", "02-555-1234");
    /* a hotword inside a condition's note after the label; a type column
     * right after a taxpayer ID's */
    expect_one("B. VETERAN'S SOCIAL SECURITY NUMBER (Leave blank if VA file number is same)\n"
               "518396602\n",
               "US_SSN", "518396602");
    expect_one("Payee Name,Taxpayer ID,Type,1099 Amount\nDelgado Landscaping,815402279,EIN,9800.00\n"
               "Anika Patel,538190046,SSN,3150.00\n",
               "US_SSN", "538190046");
    /* a hotword's possessive names an owner, not the number */
    expect_none("Caller's store account 5566091244 is past due\n");
    expect_one("Caller's number 4045550123\n", "PHONE_NUMBER", "4045550123");
    /* calls in Danish and Chinese; Portuguese phones and parts */
    expect_one("Hej, det er Sofie, ring til 20 12 34 56 n\xc3\xa5r du kan.\n", "PHONE_NUMBER",
               "20 12 34 56");
    expect_one("\xe8\xaf\xb7\xe5\x9b\x9e\xe7\x94\xb5 138 0013 8000\n", "PHONE_NUMBER",
               "138 0013 8000");
    expect_has("Telefones:\n11 98765-4321\n11 3045-6789\n", "PHONE_NUMBER", "11 3045-6789");
    expect_none("Pe\xc3\xa7" "a n\xc2\xba 312-745-0098\n");
    /* a role's note after "Card on file"; a MICR line's label with a note,
     * or on the line above its fields */
    expect_one("Card on file (guarantor): 5425331274907661\n", "CREDIT_CARD", "5425331274907661");
    expect_has("micr line (OCR read): C006242C A111000025A 69245376112C\n", "US_BANK_NUMBER",
               "69245376112");
    expect_has("MICR LINE\nT322271627T 5645357687O 3431\n", "US_BANK_NUMBER", "5645357687");
    /* a bank's name after a number labels no account */
    expect_none("4418220917  JPMORGAN CHASE BANK NA\n");
    expect_one("Chase Bank 4418220917\n", "US_BANK_NUMBER", "4418220917");
    /* a note naming the SSN, a year in its words */
    expect_one("County voter ID 536-22-1874 (SSN used as ID by this county before 2004)\n",
               "US_SSN", "536-22-1874");
    expect_none("Notary license 12345678 (commission)\n");
    expect_none("Call volume by hour: 0800-0900 212, 0900-1000 388.\n");
    expect_one("Tel: 0431-123 45\n", "PHONE_NUMBER", "0431-123 45");
    /* a signature's name over its phone is no column of a transaction's */
    expect_has("--\nKaren Tran | Senior Escrow Officer\nD: 503-555-0170 | karen.tran@pacificescrow.com\n",
               "PHONE_NUMBER", "503-555-0170");
    expect_none("International deposit for inmate 2417738 from Germany\n");
    expect_none("Inmate trust acct 2417738 - debit $3.15 phone time\n");
    expect_one("Client trust account 4418220917\n", "US_BANK_NUMBER", "4418220917");
    /* French "licence" and "n°": a federation's; a driving licence's in English */
    expect_none("Licence FFF n\xc2\xb0 2545871203 - cat\xc3\xa9gorie U13\n");
    expect_one("Driving licence n\xc2\xb0 2545871203\n", "US_DRIVER_LICENSE", "2545871203");
    expect_one("Phone: 623.555-0114\n", "PHONE_NUMBER", "623.555-0114");
    expect_none("version 623.555-0114\n");
    /* "ID type" without its ':', the value up to a ',' */
    expect_one("ID type Passport, ID No.: X4410873, issuing country Canada\n", "PASSPORT", "X4410873");
    expect_one("KYC: ID type Social Security Number, ID number 018542148\n", "US_SSN", "018542148");
    expect_none("the ID type you chose, ID number 018542148\n");
    expect_one("Please port (and keep E911 on) 972-555-0161.\n", "PHONE_NUMBER", "972-555-0161");
    /* a version's change after a verb ("needs update to") */
    expect_none("ParishSOFT desktop version 10.4.1.2 needs update to 10.5.0.3\n");
    expect_has("gateway 10.4.1.2 needs update to 10.5.0.3\n", "IP_ADDRESS", "10.5.0.3");
    expect_none("Power No. 702-384-2291 voided\n");
    expect_one("BTN 2025550178 / Account with losing carrier on file\n", "PHONE_NUMBER",
               "2025550178");
    expect_none("<a class=\"btn\">2025550178</a>\n");
    /* a JSON object's "document" key names its "number" */
    expect_one("{\"document\": \"passport\", \"issuing_country\": \"United States of America\",\n"
               " \"number\": \"571904263\"}\n",
               "US_PASSPORT", "571904263");
    /* a beneficiary's code glued to an SSA claim's number */
    expect_one("SS Claim Number 512-44-8193A\n", "US_SSN", "512-44-8193");
    expect_one("SS Claim Number 229417763A\n", "US_SSN", "229417763");
    expect_none("Part 512-44-8193A\n");
    /* 3-3-4 dashed is North America's shape, no Italian mobile's */
    expect_none("Fax 312-155-0188\n");
    expect_one("cell 347 123 4567\n", "PHONE_NUMBER", "347 123 4567");
    expect_none("Dispute # 646-516-1877 - please reference this\n");
    expect_one("KYC id_number: 502-67-0029\n", "US_SSN", "502-67-0029");
    /* Polish, Czech, Hungarian labels */
    expect_one("W razie pyta\xc5\x84 prosimy dzwoni\xc4\x87: 693 117 452\n", "PHONE_NUMBER",
               "693 117 452");
    expect_one("Bankovn\xc3\xad spojen\xc3\xad: 2400123456/2010 (Fio banka)\n", "US_BANK_NUMBER",
               "2400123456");
    expect_one("Tel.: +36 20 441 7788\nAd\xc3\xb3sz\xc3\xa1m: 8412345678\n", "PHONE_NUMBER",
               "+36 20 441 7788");
    expect_none("Zam\xc3\xb3wienie 4532015112830366\n");
    expect_none("Nr referencyjny p\xc5\x82" "atno\xc5\x9b" "ci: 4111111111111111\n");
    /* Japanese and Korean labels of other numbers; a date after a mobile's
     * prefix is a document's number */
    expect_none("\xe4\xba\x88\xe7\xb4\x84\xe7\x95\xaa\xe5\x8f\xb7: 080-1234-5678\n");
    expect_none("\xeb\xac\xb8\xec\x84\x9c\xeb\xb2\x88\xed\x98\xb8 010-2024-0315\n");
    expect_one("\xe6\x90\xba\xe5\xb8\xaf 090-4812-7703\n", "PHONE_NUMBER", "090-4812-7703");
    expect_one("\xea\xb0\x80\xec\x83\x81\xea\xb3\x84\xec\xa2\x8c\xeb\xb2\x88\xed\x98\xb8: "
               "56211044718823\n",
               "US_BANK_NUMBER", "56211044718823");
    /* a card's number in groups after a card of another kind's name; not
     * a gift card's, a club's */
    expect_none("Library card 4539 5787 6362 1486 design contest\n");
    expect_one("Diners Club card: 3056 404844 7725\n", "CREDIT_CARD", "3056 404844 7725");
    expect_one("Visa card 4539 5787 6362 1486\n", "CREDIT_CARD", "4539 5787 6362 1486");
    /* paired labels, where the values are written aside */
    expect_has("Recipient SSN and DL on customs form: 412683057 / 40931531\n", "US_DRIVER_LICENSE",
               "40931531");
    expect_has("Recipient SSN and DL on customs form: 412683057 / 40931531\n", "US_SSN",
               "412683057");
    expect_none("Wersja systemu: 10.4.1.2\n");
    expect_none("FMS software upgrade: 10.4.1.2 -> 10.5.0.3 on all 737-800\n");
    expect_one("Host software at 10.4.1.2\n", "IP_ADDRESS", "10.4.1.2");
    expect_none("Tag 2024 county license #A-55871 (rabies 3yr)\n");
    expect_none("TV licence number 1234567890 renewal due\n");
    expect_none("Bestell-Nr. 0041 44 668 1800\n");
    /* a note after an SSN's shape that says it is none; a cost center's */
    expect_none("Employee ID 523-61-0948 (badge number, not SSN)\n");
    expect_none("Employee ID 523-61-0948 (not a social security number)\n");
    expect_one("Employee ID 523-61-0948\n", "US_SSN", "523-61-0948");
    expect_one("SSN 523-61-0948 (do not share)\n", "US_SSN", "523-61-0948");
    expect_none("ITIN: 912-78-1234 (not an ITIN, see note)\n");
    expect_none("PO# 4500012345; cost center 600-12-3456.\n");
    expect_none("Kostenstelle 600-12-3456\n");
    /* the groups of an IBAN that fails its check are no account */
    expect_none("Wire memo referenced GB28 NWBK 6016 1331 9268 19, IBAN check failed.\n");
    expect_one("Bank account: 4418 2291 0034 57\n", "US_BANK_NUMBER", "4418 2291 0034 57");
    /* a number of the claim's own after "claim": no SSN's proxy */
    expect_none("Delta claim control no. 512-44-9087 denied\n");
    expect_one("CLAIM OR PAYROLL ID NUMBER: 502-67-0029\n", "US_SSN", "502-67-0029");
    /* Germany's and Austria's numbers as their letters write them */
    expect_one("Fon 0 30 / 88 77 66 - 0\n", "PHONE_NUMBER", "0 30 / 88 77 66 - 0");
    expect_one("Rückrufnummer 0 22 03 / 5 67 89.\n", "PHONE_NUMBER", "0 22 03 / 5 67 89");
    expect_one("Telefon;069 / 27 40 36-0\n", "PHONE_NUMBER", "069 / 27 40 36-0");
    expect_one("Tel.: (0 512) 58 63 21\n", "PHONE_NUMBER", "(0 512) 58 63 21");
    expect_one("Tel.: 0043 (0)1 40 400-12345\n", "PHONE_NUMBER", "0043 (0)1 40 400-12345");
    expect_one("anrufen unter +49 (0) 151 - 234 567 89\n", "PHONE_NUMBER",
               "+49 (0) 151 - 234 567 89");
    expect_none("0 30 / 88 77 66 - 0\n"); /* no hotword, no country code */
    expect_none("Tel 0 30 45\n");
    expect_none("Celular: 111 (080) 5551\n");
    /* Belgium's groups joined by dots after the '/' */
    expect_one("GSM : 0475/12.34.56.\n", "PHONE_NUMBER", "0475/12.34.56");
    expect_one("Tel 02/123.45.67\n", "PHONE_NUMBER", "02/123.45.67");
    expect_none("Tel 0475/12.34 56\n");
    expect_none("Tel 01/02.2024\n");
    /* Mexico's 2-4-4 dashed, with one of its two-digit area codes */
    expect_one("mi nuevo cel es 55-1122-3344\n", "PHONE_NUMBER", "55-1122-3344");
    expect_none("tel 12-2024-0315\n");
    /* Mexico's CLABE and Spain's CCC, their check digits holding */
    expect_one("transferencia a la CLABE 002180012345678906\n", "US_BANK_NUMBER",
               "002180012345678906");
    expect_one("CLABE interbancaria\n012 180 00118359719 8\n", "US_BANK_NUMBER",
               "012 180 00118359719 8");
    expect_none("Cuenta CLABE 002180012345678907\n"); /* the check digit fails */
    expect_none("ref 002180012345678906\n");          /* no hotword */
    expect_one("N\xc3\xbamero de cuenta (CCC): 2100 0418 45 0200051332\n", "US_BANK_NUMBER",
               "2100 0418 45 0200051332");
    expect_none("N\xc3\xbamero de cuenta (CCC): 2100 0418 45 0200051333\n");
    /* Norwegian and Danish "call us", Italy's toll-free "numero verde";
     * other numbers' labels: a product's, an Italian file's, the
     * Netherlands' old citizen's number */
    expect_one("Ring oss p\xc3\xa5 22 12 34 56 eller\n", "PHONE_NUMBER", "22 12 34 56");
    expect_one("Numero verde 800 123 456\n", "PHONE_NUMBER", "800 123 456");
    expect_none("Sigma-Aldrich product no. 302-484-1100, 500 g\n");
    expect_one("Product support phone 302-484-1100\n", "PHONE_NUMBER", "302-484-1100");
    expect_none("Numero di protocollo 485-22-1937\n");
    expect_none("sofinummer 123-45-6782\n");
    /* an insurer's claim ID is its own number; the VA's claim number and
     * SF 1199A's claim or payroll ID are the SSN */
    expect_none("Claim ID: 512-44-7821. Please reference this claim ID.\n");
    expect_one("VA claim number 502-67-0029\n", "US_SSN", "502-67-0029");
    /* another number's label before "is" */
    expect_none("your claim ID is 529-31-8842\n");
    expect_none("Your case number is 415-555-0132\n");
    expect_one("my SSN is 529-31-8842\n", "US_SSN", "529-31-8842");
    expect_one("Your employee ID is 502-67-0029\n", "US_SSN", "502-67-0029");
    expect_one("The office number printed on the letter was 946.317.0927.\n", "PHONE_NUMBER",
               "946.317.0927");
    /* a state's name in a note after the value, before its hotword */
    expect_one("S530-4417-2261-08 (Wisconsin driver license), expires 2029.\n",
               "US_DRIVER_LICENSE", "S530-4417-2261-08");
    expect_one("27418863 (Pennsylvania driver license)\n", "US_DRIVER_LICENSE", "27418863");
    /* no card's number begins with 0, nor with 1 but UATP's fifteen digits */
    expect_none("card 1234567890123452\n");
    /* a drug test's custody and control form */
    expect_none("Quest CCF No. 421-63-9057 collected 05/14\n");
    /* a form's comb fields, one digit per box */
    expect_one("Social Security Number\n6 0 3 - 9 1 - 2 2 7 4\n", "US_SSN",
               "6 0 3 - 9 1 - 2 2 7 4");
    expect_one("SSN: 6 0 3 9 1 2 2 7 4\n", "US_SSN", "6 0 3 9 1 2 2 7 4");
    expect_one("RECIPIENT'S TIN\n9 1 2 - 7 3 - 4 0 5 8\n", "US_ITIN", "9 1 2 - 7 3 - 4 0 5 8");
    expect_one("Account number: 4 4 1 9 0 2 7 7 3 5 1\n", "US_BANK_NUMBER",
               "4 4 1 9 0 2 7 7 3 5 1");
    expect_one("Routing number 0 7 1 0 0 0 0 1 3\n", "ABA_ROUTING_NUMBER", "0 7 1 0 0 0 0 1 3");
    expect_none("6 0 3 - 9 1 - 2 2 7 4\n");           /* no hotword */
    expect_none("Scores: 4 4 1 9 0 2 7 7 3 5 1\n");
    expect_none("SSN: 1 2 3 4 5 6 7 8 9 10\n");       /* a row of numbers */
    expect_none("SSN: 6 0 3 - 9 1 2 2 7 4\n");        /* one dash */
    /* toll-free numbers that begin with 1: India's 4-3-4, Australia's 4-3-3 */
    expect_one("Call 1800 208 9898 for help\n", "PHONE_NUMBER", "1800 208 9898");
    expect_one("Call 1300 655 506\n", "PHONE_NUMBER", "1300 655 506");
    expect_none("1800 208 9898\n"); /* no hotword */
    expect_none("Call 1234 567 890\n");
    /* an account's check digit after its last '-': Singapore's 3-6-1 */
    expect_one("Salary credit: DBS account 072-345678-9\n", "US_BANK_NUMBER", "072-345678-9");
    expect_none("Account 123-456-7\n");
    /* a note after the value with an abbreviation's dots names it against
     * a generic ID label before it */
    expect_one("Secondary ID: 488839667 (U.S. passport) - exp 2031\n", "US_PASSPORT",
               "488839667");
    /* a chat's speaker named in brackets answers the question above */
    expect_one("[Paralegal]: what's the SSN for the contingent beneficiary?\n"
               "[Client]: 233 41 7782\n",
               "US_SSN", "233 41 7782");
    /* contractors' licenses, a return's authorization, a Chinese work order */
    expect_none("Verified: contractor license 583-21-7745, classification B\n");
    expect_none("Licenses: CA CSLB 1029384 (B, C-10); TX TDLR 17458.\n");
    expect_none("Return authorization RA 512-48-9301 issued for SKU 889201\n");
    expect_one("HOLLOWAY, JAMES   ARMY/RA   447-18-2093\n", "US_SSN", "447-18-2093"); /* RA: Army */
    /* (from the session's review: a grouped CLABE at the input's end; "no"
     * in a note is a number's word as often as a negation; an area code in
     * parentheses before five digits or more, and no dots after it) */
    expect_one("CLABE: 012 180 00118359719 8", "US_BANK_NUMBER", "012 180 00118359719 8");
    expect_one("SSN 523-61-0948 (acct no / SSN on file)\n", "US_SSN", "523-61-0948");
    expect_one("SSN: 523-61-0948 (no SSN card)\n", "US_SSN", "523-61-0948");
    expect_none("Tel.: (01234) 567\n");
    expect_none("Tel.: (0 5 1 2) 58 63\n");
    expect_none("Tel.: (0 512) 58.63.21\n");
    expect_none("\xe5\xb7\xa5\xe5\x8d\x95\xe5\x8f\xb7\xef\xbc\x9a" "234-56-7890\n");
    /* Chinese accounts (帐户, 帳戶) */
    expect_one("\xe5\xb8\xb3\xe6\x88\xb6\xe8\x99\x9f\xe7\xa2\xbc\xef\xbc\x9a"
               "012-345678-901\n",
               "US_BANK_NUMBER", "012-345678-901");
}
END_TEST

START_TEST(test_context_notebook_frame)
{
    /* a data frame printed in a notebook's cell, as its JSON keeps the
     * lines: each a string of a list */
    const char *nb = "   \"outputs\": [{\"name\": \"stdout\", \"text\": [\n"
                     "      \"   customer_id                email       phone        ssn\\n\",\n"
                     "      \"0       100231  l.chen@berkeley.edu  4125655613  496957181\\n\",\n"
                     "      \"1       100232  sam.ortiz@gmail.com  6467723324  473784692\\n\"\n"
                     "   ]}]\n";
    expect_has(nb, "US_SSN", "496957181");
    expect_has(nb, "US_SSN", "473784692");
    expect_has(nb, "PHONE_NUMBER", "6467723324");
    /* (the list's last string has no "\n") */
    const char *last = "      \"text/plain\": [\n"
                       "       \"   customer_id        ssn  credit_score\\n\",\n"
                       "       \"0       100231  207936618           712\\n\",\n"
                       "       \"1       100232  556314470           688\"\n"
                       "      ]\n";
    expect_has(last, "US_SSN", "207936618");
    expect_has(last, "US_SSN", "556314470");
    /* (a JSON key's string that ends with "\n" is no header) */
    expect_none("{\n  \"text\": \"order 4125655613\\n\",\n  \"id\": \"473784692\\n\"\n}\n");
}
END_TEST

START_TEST(test_context_csv_header)
{
    /* a sheet's unnamed columns (a spacer, the used range past the last),
     * a form's question as a name, a note's words in a long name */
    expect_has("Employee ID,Name,SSN,Phone,Routing,Account,Hire Date,,\n"
               "E00517,Nadia Park,232418017,5127830459,722078255,339869962,3/1/2022,,\n",
               "US_SSN", "232418017");
    expect_has("Name\tSSN\tDOB\t\tBank Routing\tBank Account\n"
               "Omar Haddad\t645715544\t1/2/1980\t\t299624828\t900549599\n",
               "US_BANK_NUMBER", "900549599");
    expect_has("Timestamp,Name,Phone number,SSN,Issuing State,U.S. Citizen?,Desired salary\n"
               "3/1/2024,Jo Doe,4159324597,155846049,NY,Yes,50000\n",
               "US_SSN", "155846049");
    /* a count's column, '#' before its word */
    /* a bank's account of twelve digits that passes for a Maestro stays an
     * account */
    expect_has("EmpNo|Employee|Bank Routing|Account Number|Account Type\n"
               "43741|Kowalczyk, Daniel|329059088|562182873017|Checking\n",
               "US_BANK_NUMBER", "562182873017");
    /* a card under an account's bare label (a collection agency's
     * original creditor's account); a legacy export's glued phone names */
    expect_has("Name,Creditor,OrigAcctNo\nJo,American Express,371405410889150\n", "CREDIT_CARD",
               "371405410889150");
    expect_has("Name,Checking Account\nJo,4266846433146575\n", "US_BANK_NUMBER",
               "4266846433146575");
    expect_has("FILENO|DBTR_LAST|DBTR_SSN|DBTR_HOMEPH|DBTR_CELLPH\n"
               "2471866|KOWALSKI|607949265|4127075059|4124745591\n",
               "PHONE_NUMBER", "4124745591");
    /* a plan's section of the tax code in a name; a first name of four
     * words, a number's word last */
    expect_has("Name,SSN,401(k) Deferrals\nHalvorsen,814881042,7104.00\n", "US_SSN", "814881042");
    expect_has("Name|SSN|401k Match\nHalvorsen|814881042|7104.00\n", "US_SSN", "814881042");
    expect_has("Bank Routing Transit Number,Account Number\n296365915,2761481122\n",
               "ABA_ROUTING_NUMBER", "296365915");
    expect_has("Financial Institution Routing Number    Account Number\n"
               "296365915                               2761481122\n",
               "ABA_ROUTING_NUMBER", "296365915");
    expect_has("Name,Phone,# Children\nTran,2546266667,2\n", "PHONE_NUMBER", "2546266667");
    expect_has("Name\tPhone\t# of Kids\nLe\t2546266667\t3\n", "PHONE_NUMBER", "2546266667");
    expect_one("Name,Phone,Social Security Number (for background check),State\n"
               "Jo,x,328874894,TX\n", "US_SSN", "328874894");
    expect_none("Did you call Jo, Mary, and Sue?\nJo, Mary, 328874894, Sue\n");
    expect_one("name,ssn\nJo,536221234", "US_SSN", "536221234");
    /* names wrapped over lines inside their quotes (Excel's Alt+Enter) */
    expect_one("\"Emp\nNo.\",\"Social Security\nNumber\",\"Hire\nDate\"\r\n"
               "0037,013472655,6/1/2021\r\n", "US_SSN", "013472655");
    /* '&' in a name, as WooCommerce's export has it; five words */
    expect_one("\"Order Number\",\"Address 1&2 (Billing)\",\"Phone (Billing)\"\n"
               "\"1001\",\"12 Main St\",\"3128740154\"\n",
               "PHONE_NUMBER", "3128740154");
    expect_one("Transaction ID,Last Four of Credit Card,Customer Phone\nabc123,1111,7043310143\n",
               "PHONE_NUMBER", "7043310143");
    expect_one("name,ssn\nJo,536221234\n", "US_SSN", "536221234");
    expect_one("name,ssn_bare\nJo,536221234", "US_SSN", "536221234");
    /* camelCase names are words apart, as in text */
    expect_one("EmployeeNumber;Name;SocialSecurityNo\n15675;Jo;536221234", "US_SSN", "536221234");
    expect_one("name,dlNumber\nJo,D1234567", "US_DRIVER_LICENSE", "D1234567");
    expect_one("ssn,name\n536221234,Jo", "US_SSN", "536221234");
    expect_one("\"name\",\"ssn\"\n\"Jo\",\"536221234\"", "US_SSN", "536221234");
    expect_one("name,ssn\r\nJo,536221234\r\n", "US_SSN", "536221234");
    expect_one("name\tssn\nJo\t536221234", "US_SSN", "536221234");
    expect_one("name|routing number\nJo|011000015", "ABA_ROUTING_NUMBER", "011000015");
    expect_one("name,account_number\nJo,12345678901", "US_BANK_NUMBER", "12345678901");
    expect_none("name,account_id\nJo,12345678901"); /* a customer's account */
    expect_none("- Account UID 20418837, tier 2, risk score 41/100"); /* (a user's ID) */
    expect_none("  * Add CC0-1.0 to common-licenses. Closes: #859649, #882628."); /* bugs */
    expect_none("  allowed_account_ids = [\"123456789012\"]"); /* (an AWS account's) */
    expect_none("Property: 2291 Kessler Pkwy, Dallas TX 75208; Parcel 512-09-1145 (Dallas CAD)");
    expect_none("APN 512-09-1145, zoned R-1");
    expect_one("TAMPA FL 33606-1433\n\nDriver License Number: O465-782-91-244-0\nCustomer Number: 300471829\n",
               "US_DRIVER_LICENSE", "O465-782-91-244-0"); /* (the customer's number: none) */
    /* query results as psql and mysql print them, rules and all */
    const char *psql = " traveler_id |       name        | passport_no | ssn\n"
                       "-------------+-------------------+-------------+-----------\n"
                       "         654 | Sofia Ferreira    | 590332035   | 536221234\n"
                       "(1 row)\n";
    expect_has(psql, "PASSPORT", "590332035");
    expect_has(psql, "US_SSN", "536221234");
    expect_one("+-----+----------------+-----------+\n| id  | name           | ssn       |\n"
               "+-----+----------------+-----------+\n| 654 | Sofia Ferreira | 536221234 |\n"
               "+-----+----------------+-----------+\n1 row in set (0.00 sec)\n",
               "US_SSN", "536221234");
    expect_none("    at com.acme.Handler.run(Handler.java:42) | 536221234\n");
    /* psql's unicode style: box-drawing bars and rules; a name with 'ł'
     * (C5 82: the bar's last byte) counts no column */
    const char *boxed = " id \xe2\x94\x82 name           \xe2\x94\x82 routing   \xe2\x94\x82 account\n"
                        "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xbc"
                        "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80\xe2\x94\x80"
                        "\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
                        "  1 \xe2\x94\x82 Pawe\xc5\x82 Nowak    \xe2\x94\x82 021000021 \xe2\x94\x82 4401928374\n"
                        "  2 \xe2\x94\x82 Omar Haddad    \xe2\x94\x82 011000015 \xe2\x94\x82 88123345\n"
                        "(2 rows)\n";
    expect_has(boxed, "ABA_ROUTING_NUMBER", "021000021");
    expect_has(boxed, "US_BANK_NUMBER", "4401928374");
    expect_has(boxed, "ABA_ROUTING_NUMBER", "011000015");
    expect_has(boxed, "US_BANK_NUMBER", "88123345");
    ck_assert_uint_eq(scan_text(__LINE__, boxed, strlen(boxed)).n, 4);
    /* framed ("\pset border 2"): a bar first and last on each line */
    const char *framed = "\xe2\x94\x8c\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x90\n"
                         "\xe2\x94\x82 id \xe2\x94\x82 passport_no \xe2\x94\x82 ssn       \xe2\x94\x82\n"
                         "\xe2\x94\x9c\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xa4\n"
                         "\xe2\x94\x82  7 \xe2\x94\x82 590332035   \xe2\x94\x82 536221234 \xe2\x94\x82\n"
                         "\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x98\n";
    expect_has(framed, "PASSPORT", "590332035");
    expect_has(framed, "US_SSN", "536221234");
    /* a report's aligned header, indented, with a row number's '#' first */
    const char *listed = "LISTED DRIVERS\n"
                         "  #  Name                  DOB         Lic. State   Driver License No.\n"
                         "  1  Brian K. Thibodeau    1972-08-30  NH           03THB72914\n"
                         "  2  Anna Thibodeau        1975-01-02  NH           07THC10658\n";
    expect_has(listed, "US_DRIVER_LICENSE", "03THB72914");
    expect_has(listed, "US_DRIVER_LICENSE", "07THC10658");
    expect_one("    EMPLOYEE  NAME        SSN\n    E1044     Jo Smith    536221234\n", "US_SSN",
               "536221234");
    /* columns line up in characters, not bytes: accents in the header's
     * names and in the rows' values */
    const char *cdr_pt = "Data        Hora      Telefone Destino   Dura\xc3\xa7\xc3\xa3o    Valor\n"
                      "02-02-2024  09:12:44  213 584 902        00:03:21   0,00 \xe2\x82\xac\n";
    expect_one(cdr_pt, "PHONE_NUMBER", "213 584 902");
    const char *payroll = " N\xc3\x9aM.   NOMBRE DEL EMPLEADO        SEGURO SOCIAL  TEL\xc3\x89" "FONO\n"
                          " 00218  MU\xc3\x91OZ B\xc3\x81" "EZ, MAR\xc3\x8d" "A DEL C.   728538188      "
                          "9397254906\n";
    expect_has(payroll, "US_SSN", "728538188");
    expect_has(payroll, "PHONE_NUMBER", "9397254906");
    /* (lower case after the indentation: code, YAML, a stack trace; a
     * name in lower case and a wide gap begins a data frame's header,
     * below) */
    expect_none("  employee: name        ssn\n  e1044:    jo          536221234\n");
    expect_none("  employee name ssn\n  e1044    jo   536221234\n");
    /* a document's number whose kind another cell of the row names */
    const char *apis = "flight,surname,nationality,doc_type,doc_number,doc_country\n"
                       "LH400,MUELLER,DEU,P,C7LMH2P49,DEU\n"
                       "LH400,SMITH,USA,P,C03827461,USA\n";
    expect_has(apis, "PASSPORT", "C7LMH2P49");
    expect_has(apis, "US_PASSPORT", "C03827461");
    ck_assert_uint_eq(scan_text(__LINE__, apis, strlen(apis)).n, 2);
    expect_one("name|id_type|id_number\nJo Smith|Driver License|D08274153\n", "US_DRIVER_LICENSE",
               "D08274153");
    expect_one("name\ti9_doc\ti9_doc_no\nJo\tUS passport\t574019283\n", "US_PASSPORT",
               "574019283");
    expect_one("\"name\",\"document_type\",\"document_number\"\n\"Jo, Smith\",\"Passport\",\"C7LMH2P49\"\n",
               "PASSPORT", "C7LMH2P49");
    expect_has("DOC_TYPE  DOC_NUMBER  NAME\nP         C7LMH2P49   Jo\nPP        FX482917    Al\n",
               "PASSPORT", "FX482917");
    /* (the kind in a diff's row: read past the row's '+') */
    expect_one("+doc_type,doc_number,nationality\n+P,C7LMH2P49,DEU\n", "PASSPORT", "C7LMH2P49");
    expect_one("+doc_type   doc_number   nationality\n+P          C7LMH2P49    DEU\n", "PASSPORT",
               "C7LMH2P49");
    expect_none("doc_type,doc_number\nINV,C7LMH2P49\n"); /* an invoice's */
    expect_none("type,number\nP,C7LMH2P49\n"); /* (no words the two names share) */
    /* Portuguese and Spanish "contacts" */
    expect_one("Contactos do cliente: 912 384 077", "PHONE_NUMBER", "912 384 077");
    /* names of a column only: a call record's parties, a subscriber's number */
    const char *cdr = "record_type,a_number,b_number,imsi\nMOC,14158372291,12125550199,310260481927365";
    expect_has(cdr, "PHONE_NUMBER", "14158372291");
    expect_has(cdr, "PHONE_NUMBER", "12125550199");
    ck_assert_uint_eq(scan_text(__LINE__, cdr, strlen(cdr)).n, 2);
    expect_one("acct,msisdn\n0042,12127369102", "PHONE_NUMBER", "12127369102");
    expect_none("llvm-toolchain-14 (1:14~++20220202101403+91632c8ac97f-1~exp1) experimental");
    expect_none("llvm-toolchain-snapshot (1:10~+20191229111838+6991d5728f1-1~exp1) experimental");
    /* but '~' joins a group message's recipients (SMS Backup & Restore) */
    /* a vCard 4.0 parameter's one digit before ':' is no time's, where a
     * phone's '+' or '(' follows */
    expect_one("TEL;TYPE=cell;PREF=1:+33 6 47 21 93 58", "PHONE_NUMBER", "+33 6 47 21 93 58");
    expect_one("TEL;TYPE=cell;PREF=1:(646) 516-1877", "PHONE_NUMBER", "(646) 516-1877");
    expect_one("TEL;TYPE=cell;PREF=1:+1-415-830-7790", "PHONE_NUMBER", "+1-415-830-7790");
    expect_has("<mms address=\"+14158307721~+16465161877\" />", "PHONE_NUMBER", "+16465161877");
    expect_none(">>> ExtendedContext.quantize(Decimal('+35236450.6'), Decimal('1e-2'))");
    expect_one("call +33.6.12.34.56.78 now", "PHONE_NUMBER", "+33.6.12.34.56.78");
    /* the whole number with its country code, not the national number
     * inside it that "sms" without the key "to" would score higher */
    expect_one("2024-03-14T15:40:02.001Z INFO  notify sms queued to=+1 720-384-6617 template=OFD_v3",
               "PHONE_NUMBER", "+1 720-384-6617");
    /* a key that names a party's role leaves the words around to say what
     * the value is */
    expect_one("ts=2024-03-23T14:07:19.552Z level=info svc=notify msg=\"sms sent\" to=3122540617 "
               "template=otp_v2",
               "PHONE_NUMBER", "3122540617");
    /* RADIUS accounting: the caller's number; counters of octets are none */
    const char *radius = "\tCalling-Station-Id = \"19287047294\"\n\tAcct-Input-Octets = 48211934\n"
                         "\tAcct-Output-Octets = 912448107\n";
    expect_one(radius, "PHONE_NUMBER", "19287047294");
    /* a URL's query after '?' */
    const char *squid = "1711555301.550      0 192.168.58.77 00:00:00:00:00:00 TCP_DENIED/403 3901 GET "
                        "http://update.microsoft.com/v11/3/windowsupdate/selfupdate/WSUS3/x64/Vista/"
                        "wsus3setup.cab?2403270814 - HIER_NONE/- text/html";
    scan_result sq = scan_text(__LINE__, squid, strlen(squid));
    for (size_t i = 0; i < sq.n; i++)
        ck_assert_int_ne(sq.f[i].entity, PII_PHONE_NUMBER);
    /* a reservation's contact (an airline's PNR: SSR CTCM, CTCH, CTCB) */
    expect_one(" 10 SSR CTCM UA HK1 16507234481", "PHONE_NUMBER", "16507234481");
    /* msisdn and DNIS say "phone number" in text too */
    expect_one("sub=7 msisdn=447700900123 status=ok", "PHONE_NUMBER", "447700900123");
    expect_one("{\"msisdn\": \"447700900123\"}", "PHONE_NUMBER", "447700900123");
    expect_one("call routed, DNIS: 18005550142", "PHONE_NUMBER", "18005550142");
    expect_none("Pick a number 14158372291 at random"); /* (not in text) */
    expect_one("name,phone\nJo,2125550199", "PHONE_NUMBER", "2125550199");
    /* a column numbered as the second of its kind ("phone2", "SSN1") */
    expect_one("id,name,phone2\n1,Jo,2125550199", "PHONE_NUMBER", "2125550199");
    /* Mixpanel's own names begin with '$' */
    expect_one("$distinct_id,$email,$phone\nusr_55810,,7735550121", "PHONE_NUMBER", "7735550121");
    expect_one("id,name,Phone2,SSN1\n1,Jo,,536221234", "US_SSN", "536221234");
    /* a '-' set apart joins a name's parts (Google's contacts export) */
    expect_one("Name,Phone 1 - Value,Address 1 - Postal Code,Address 1 - Extended Address\n"
               "Hiroshi,03-5555-0198,105-0011,",
               "PHONE_NUMBER", "03-5555-0198");
    /* names in other scripts; Outlook's "Government ID Number", a US contact's SSN */
    expect_one("姓名,电话\n张三,13800138000", "PHONE_NUMBER", "13800138000");
    expect_one("name,Телефон\nJo,0223456789", "PHONE_NUMBER", "0223456789");
    expect_one("name,市話\nJo,0223456789", "PHONE_NUMBER", "0223456789");
    expect_one("\"First Name\",\"Government ID Number\"\n\"Brian\",\"531-73-2208\"", "US_SSN",
               "531-73-2208");
    /* the column's name gives the context at distance zero */
    ck_assert(only_finding("name,ssn\nJo,536221234").flags & PII_FLAG_CONTEXT);
    ck_assert(only_finding("name,card\nJo,4111111111111111").score == 1.0);

    /* header fields: at most 48 characters and three spaces each, trimmed of
     * spaces and quotes; a line of prose is no header */
    expect_one("first name,last name,ssn number\nJo,Do,536221234", "US_SSN", "536221234");
    expect_one("name ,  ssn \nJo,536221234", "US_SSN", "536221234");
    expect_one("\"name\" ,\" ssn\"\nJo,536221234", "US_SSN", "536221234");
    expect_none("a b c d e,ssn\nJo,536221234");
    expect_none("name,a b c d e\nJo,536221234");
    expect_none("a b c d,ssn\nJo,536221234"); /* (the first name: three words at most) */
    expect_one("ssn,a b c d\n536221234,Jo", "US_SSN", "536221234");
    /* four words ("Soc Sec # (Spouse)"), an apostrophe, letters beyond ASCII */
    expect_one("Cust Name\tSoc Sec # (Spouse)\tDOB\nHaddad, Omar\t039730899\t01/21/1950", "US_SSN",
               "039730899");
    expect_one("Nom;Date d'expiration;N° de passeport\nGIRARD;10/02/2032;70AM46470", "PASSPORT",
               "70AM46470");
    expect_one("Kundennummer;Straße;Telefon\n407816;Bahnhofstr. 51;0711 8766223", "PHONE_NUMBER",
               "0711 8766223");
    expect_none("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghi,ssn\nJo,536221234");
    expect_one("abcdefghijabcdefghijabcdefghijabcdefghijabcdefgh,ssn\nJo,536221234", "US_SSN",
               "536221234");
    expect_none("And so the ssn of it, said she\nJo,536221234");

    /* a column named zip or notes is no SSN column */
    expect_none("name,zip\nJo,536221234");
    expect_none("name\tzip\nJo\t536221234");
    expect_none("name,notes\nJo,536221234");
    /* in a column that names something else, the words of the row count
     * as anywhere (and speak against a number as anywhere) */
    expect_one("name,notes\nJo,ssn 536221234", "US_SSN", "536221234");
    ck_assert(only_finding("name,notes\nJo,ssn 536221234").flags & PII_FLAG_CONTEXT);
    expect_one("name,notes\nJo,routing 011000015", "ABA_ROUTING_NUMBER", "011000015");
    expect_none("name,notes\nJo,Part no. 536-22-1234");
    /* a column named for another kind of number is such a label for each
     * of its values: an SSN's shape there is none, unless its cell says so */
    expect_none("sku,part_no,qty\nA-17,536-22-1874,3");
    expect_none("name,customer_id\nJo,536-22-1874");
    expect_none("name\tzip code\nJo\t536-22-1874");
    expect_one("sku,part_no,qty\nA-17,ssn 536-22-1874,3", "US_SSN", "536-22-1874");
    expect_one("name,part_no,notes\nJo,A-17,536-22-1874", "US_SSN", "536-22-1874");
    expect_one("part_no,ssn\nA-17,536-22-1874", "US_SSN", "536-22-1874");
    /* a phone number's shape there too, but not one written with '+' */
    expect_none("order_id,part_no,qty\n1001,312-745-0098,2");
    expect_one("name,phone,part_no\nJo,312-745-0098,A1", "PHONE_NUMBER", "312-745-0098");
    expect_one("sku,contact\nA-17,+1 312 745 0098", "PHONE_NUMBER", "+1 312 745 0098");
    /* '%' and '$' in a header's names */
    expect_has("| Name | Beneficiary SSN | Share % | Phone |\n|---|---|---|---|\n"
               "| Jo | 770182188 | 50 | 415-330-1187 |", "US_SSN", "770182188");
    expect_one("name,ssn,amount ($)\nJo,770182188,12.50", "US_SSN", "770182188");
    /* a quoted name with the delimiter in it */
    expect_one("\"Last, First\",\"SSN\",\"Dept\"\n\"Doe, Jane\",\"273041529\",\"HR\"", "US_SSN",
               "273041529");
    /* a quoted field over several lines, as spreadsheets save an address or
     * a note; a byte order mark before the header; a quote inside a field
     * ("5\" screen") quotes nothing */
    const char *saved = "\xef\xbb\xbfLast Name,First Name,Mailing Address,SSN,Notes\r\n"
                        "Hargrove,Denise,\"1420 Pine St, Apt 3\nCharlotte, NC 28203\",409446544,"
                        "\"Prefers text.\nSpouse works nights\"\r\n"
                        "Kim,Al,\"He said \"\"hi\"\"\nthere\",319843704,ok\r\n"
                        "Lee,Bo,x,536221234,ok\r\n";
    expect_has(saved, "US_SSN", "409446544");
    expect_has(saved, "US_SSN", "319843704");
    expect_has(saved, "US_SSN", "536221234");
    ck_assert_uint_eq(scan_text(__LINE__, saved, strlen(saved)).n, 3);
    const char *inch = "name,ssn,note\nJo,536221234,5\" screen\nAl,536221235,ok\nBo,536221236,ok\n";
    expect_has(inch, "US_SSN", "536221235");
    expect_has(inch, "US_SSN", "536221236");
    /* an empty first column (QuickBooks' reports); a required column's
     * '*' (Xero's exports) */
    const char *qb = ",Vendor,Phone numbers,Routing number,Bank account number\n"
                     ",Alvarez Tree Service,(512) 447-2019,111900921,3188204417\n";
    expect_has(qb, "ABA_ROUTING_NUMBER", "111900921");
    expect_has(qb, "US_BANK_NUMBER", "3188204417");
    const char *xero = "*ContactName,AccountNumber,*EmailAddress,MobileNumber,BankAccountNumber\n"
                       "Summit Peak,CUST-0045,ap@example.com,3039158840,4418093172\n";
    expect_has(xero, "PHONE_NUMBER", "3039158840");
    expect_has(xero, "US_BANK_NUMBER", "4418093172");
    ck_assert_uint_eq(scan_text(__LINE__, xero, strlen(xero)).n, 3);
    /* a national identity number's column holds US staff's SSNs */
    expect_one("emp_id;surname;national_id_no;dob\nE1055;Walker;412-58-3107;19.04.1986\n",
               "US_SSN", "412-58-3107");
    /* a form's responses, tab-separated: its questions name the columns */
    const char *form_tsv =
        "Timestamp\tEmail Address\tWhat's the best phone number to reach you?\t"
        "Tax ID / SSN (for 1099 payments)\tBank routing number for direct deposit\t"
        "Bank account number for direct deposit\n"
        "3/1/2024 13:45:52\tkwame@example.edu\t3193308127\t508417263\t073921242\t100220193387\n";
    expect_has(form_tsv, "PHONE_NUMBER", "3193308127");
    expect_has(form_tsv, "US_SSN", "508417263");
    expect_has(form_tsv, "ABA_ROUTING_NUMBER", "073921242");
    expect_has(form_tsv, "US_BANK_NUMBER", "100220193387");
    /* (a question in a comma-separated line is prose) */
    expect_none("Why not ask, what is the SSN, then?\nJo,508417263,x\n");
    /* a passport's column, abbreviated */
    expect_one("NAME\tPPT_NO\tCOUNTRY\nAl\tHK482915\tGBR", "PASSPORT", "HK482915");

    /* columns aligned by spaces: a value's column is where it stands */
    const char *aligned = "EmpID  Name           SSN          Routing    Account\n"
                          "1001   Alvarez, Rosa  536-22-1234  011000015  7493810264\n"
                          "1002   Bo Lee         401-62-9087  021000021  929184471\n";
    expect_has(aligned, "ABA_ROUTING_NUMBER", "011000015");
    expect_has(aligned, "US_BANK_NUMBER", "7493810264");
    expect_has(aligned, "ABA_ROUTING_NUMBER", "021000021");
    expect_has(aligned, "US_BANK_NUMBER", "929184471");
    ck_assert_uint_eq(scan_text(__LINE__, aligned, strlen(aligned)).n, 6);
    /* a note in the last column runs on past the header's end */
    const char *noted =
        "Date        Time   Contact                    Phone            Min  Outcome\n"
        "08/16/2024  10:12  Eleanor (pt), home         2175550124       12   "
        "Reviewed d/c meds; confused re prednisone taper, will call back tomorrow\n"
        "08/16/2024  14:02  Thomas (son)               7205550133       5    Left VM\n";
    expect_has(noted, "PHONE_NUMBER", "2175550124");
    expect_has(noted, "PHONE_NUMBER", "7205550133");
    /* a report's group lines, named by its first column, between rows */
    const char *grouped =
        "Contact Owner    Last Name    Account Name          Phone            Mobile\n"
        "Contact Owner: Greg Halvorsen (2 records)\n"
        "                 Abernathy    Prairie State Dental  (217) 546-0932   2177884410\n"
        "                 Delacroix    Lakeshore Auto Glass  (773) 921-3350   3126049978\n"
        "Contact Owner: Rachel Imbert (1 record)\n"
        "                 Feld         Hoosier Cabinetry     (317) 852-4021   3174480176\n";
    expect_has(grouped, "PHONE_NUMBER", "2177884410");
    expect_has(grouped, "PHONE_NUMBER", "3174480176");
    ck_assert_uint_eq(scan_text(__LINE__, grouped, strlen(grouped)).n, 6);
    /* (indented by a printout's carriage control column, the group line
     * too) */
    const char *printed =
        " DEPT   MEMBER ID  MEMBER NAME             SSN        HOME PHONE  EFF DATE\n"
        " -----  ---------  ----------------------  ---------  ----------  ----------\n"
        " DEPT: 0420 ACCOUNTING\n"
        " 0420   M00417733  GARCIA MARIA            622327795  7047325101  2024-01-01\n";
    expect_has(printed, "US_SSN", "622327795");
    expect_has(printed, "PHONE_NUMBER", "7047325101");
    /* (a line of prose is no group line: the table ends) */
    expect_none("Owner    Last Name    Account Name          Phone            Mobile\n"
                "The owners are listed below, see the notes.\n"
                "                 Feld         Hoosier Cabinetry     3174480176\n");
    /* an amount set flush right under its name, across the column's start */
    const char *eft =
        "Donor ID  Donor Name            Freq       Amount  Bank Routing  Account No.\n"
        "10442     Harold Pettibone      Monthly     50.00  075905415     2004418830\n"
        "10588     St. Brendan Parish    Qtrly    1,000.00  075000226     5512093\n";
    expect_has(eft, "ABA_ROUTING_NUMBER", "075000226");
    expect_has(eft, "US_BANK_NUMBER", "5512093");
    ck_assert_uint_eq(scan_text(__LINE__, eft, strlen(eft)).n, 4);
    /* a data frame as pandas prints it: names over an index, values set
     * flush right under them (each ends where its name does) */
    const char *frame = "     customer_id            name         phone        ssn    zip\n"
                        "0         100231     Kevin Walsh  617-330-4418  871252813  02134\n"
                        "1         100232  Gloria Estrada  602-845-1276  809824276  85004\n"
                        "..           ...             ...           ...        ...    ...\n";
    expect_has(frame, "US_SSN", "871252813");
    expect_has(frame, "US_SSN", "809824276");
    ck_assert_uint_eq(scan_text(__LINE__, frame, strlen(frame)).n, 4);
    const char *accounts = "   acct_id          holder  routing_number  account_number\n"
                           "0  A-10021     Kevin Walsh       231906520    000071882364\n"
                           "1  A-10022  Gloria Estrada       291124229      4480021197\n";
    expect_has(accounts, "ABA_ROUTING_NUMBER", "231906520");
    expect_has(accounts, "US_BANK_NUMBER", "4480021197");
    ck_assert_uint_eq(scan_text(__LINE__, accounts, strlen(accounts)).n, 4);
    expect_none("     customer_id            name        zip\n"
                "0         100231     Kevin Walsh  871252813\n");
    /* (not flush right: no row) */
    expect_none("     customer_id      name      ssn\n"
                "0         100231     Kevin   871252813   x\n");
    /* names of four words, the first one's too, as forms print them */
    const char *form = "Date of Birth (mm/dd/yyyy)  U.S. Social Security Number  Telephone Number\n"
                       "07/22/1994                  232614850                    9165027741\n";
    expect_has(form, "US_SSN", "232614850");
    expect_has(form, "PHONE_NUMBER", "9165027741");
    ck_assert_uint_eq(scan_text(__LINE__, form, strlen(form)).n, 2);
    /* a name of two words after a wider gap; a line of dashes under the header */
    const char *extract = "EMPNO  LAST NAME   SSN        DOB       ROUTING   ACCOUNT\n"
                          "------ ----------- ---------- --------- --------- ----------\n"
                          "020118 HALVORSEN   330031542  19740312  091000019 7740018253\n";
    expect_has(extract, "US_SSN", "330031542");
    expect_has(extract, "ABA_ROUTING_NUMBER", "091000019");
    expect_has(extract, "US_BANK_NUMBER", "7740018253");
    ck_assert_uint_eq(scan_text(__LINE__, extract, strlen(extract)).n, 3);
    /* values a byte before where the header's names begin; an account's ID
     * is none of a bank's */
    const char *billing = "ACCT-ID   MSISDN        PLAN   AUTOPAY-ROUTING AUTOPAY-ACCOUNT\n"
                          "0000482913 12127369102 UNL75  026009593      000482917365\n";
    expect_has(billing, "PHONE_NUMBER", "12127369102");
    expect_has(billing, "ABA_ROUTING_NUMBER", "026009593");
    expect_has(billing, "US_BANK_NUMBER", "000482917365");
    ck_assert_uint_eq(scan_text(__LINE__, billing, strlen(billing)).n, 3);
    /* a fixed-width extract's names in capitals, some a space apart */
    expect_has("LIC-NO     ST EXP-DATE CL LAST-NAME  PHONE\n"
               "D4827153   CA 20271205 C  ORTEGA     2125550199\n",
               "US_DRIVER_LICENSE", "D4827153");
    expect_none("EMPNO   NAME    ZIP\n0004417 HARRIS  337708152\n"); /* under ZIP */
    expect_one("EMPNO   NAME    SSN\n0004417 HARRIS  337708152\n", "US_SSN", "337708152");
    /* a line that runs across where a column begins is no row: the table ends */
    expect_none("EMPNO   NAME    SSN\nWe paid employee 0004417 the sum, ref 337708152\n");
    expect_none("EMPNO   NAME    SSN\n0004417 HARRIS\n\nThe count then stood at 337708152.\n");
    /* nor one that goes on far past the header's end */
    expect_none("EMPNO   NAME    SSN\n0004417 HARRIS  x                           337708152\n");
    expect_none("Name  Title  Account\n\nThe total was 7493810264 in all\n");
    /* two parts are a header where one names what we look for (a form's
     * "Routing Number (9 digits)", a note in parentheses); words of prose
     * are none */
    expect_one("Name  Account\nBo    7493810264\n", "US_BANK_NUMBER", "7493810264");
    expect_none("Name  Title\nBo    7493810264\n");
    expect_none("it went on and on  then  account\nBo  x  7493810264\n");
    const char *deposit = "Routing Number (9 digits)        Account Number\n"
                          "120849837                        5984756461\n";
    expect_has(deposit, "ABA_ROUTING_NUMBER", "120849837");
    expect_has(deposit, "US_BANK_NUMBER", "5984756461");
    ck_assert_uint_eq(scan_text(__LINE__, deposit, strlen(deposit)).n, 2);
    expect_one("Employee Name      SSN\nJohn Smith         527814411\n", "US_SSN", "527814411");
    /* pandas' frame of two columns */
    expect_one("   customer_id        ssn\n0       100231  536221234\n", "US_SSN", "536221234");
    /* a named column is the nearest hotword whatever else the row says,
     * but for an IPv4 address's version label and a US passport's country */
    expect_one("name,ssn\nJo,Part no. 536-22-1234", "US_SSN", "536-22-1234");
    expect_one("name,ip\nJo,10.1.2.3", "IP_ADDRESS", "10.1.2.3");
    expect_none("name,ip\nJo,version 10.1.2.3");
    expect_one("name,passport\nJo,912345678", "PASSPORT", "912345678");
    expect_one("country,passport\nUS,912345678", "US_PASSPORT", "912345678");
    /* only the ssn column counts */
    expect_one("name,ssn,zip\nJo,536221234,536221235", "US_SSN", "536221234");
    expect_one("name,zip,ssn\nJo,536221234,536221235", "US_SSN", "536221235");

    /* every row of the table */
    const char *rows = "name;ssn\nJo;536221234\nAl;536221235\nBo;536221236";
    scan_result r = scan_text(__LINE__, rows, strlen(rows));
    ck_assert_uint_eq(r.n, 3);
    for (size_t i = 0; i < r.n; i++)
        ck_assert_int_eq(r.f[i].entity, PII_US_SSN);
    ck_assert_uint_eq(r.f[2].start, offset_of(__LINE__, rows, strlen(rows), "536221236"));

    /* a '"' before ':' makes a line no row only from where it stands: a
     * candidate after it is in the row (the row's candidates share one look
     * ahead to the line's end, each reading it from its own position) */
    expect_one("note,ssn\nx 536221235 \"a\":1,536221234", "US_SSN", "536221234");
    expect_none("note,ssn\nx 536221235 536221234 \"a\":1,2");

    /* a value written with an unquoted ", " ("October 2, 1953") under a
     * header written without one: the row has a field more, and its
     * columns are counted at the commas a space does not follow; the
     * table goes on below it */
    expect_one("name,dob,ssn\nJo,October 2, 1953,536221234", "US_SSN", "536221234");
    expect_one("name,dob,phone\nJo,May 2, 1953,2125550199", "PHONE_NUMBER", "2125550199");
    expect_has("name,dob,ssn\nJo,October 2, 1953,536221234\nAl,1950-01-07,536221235\n",
               "US_SSN", "536221235");
    expect_one("name,ssn,dob\nJo,536221234,Oct 2, 1953", "US_SSN", "536221234");
    expect_one("name,dob,ssn\n\"Do, Jo\",Oct 2, 1953,536221234", "US_SSN", "536221234");
    /* the columns after such a value: counted without its comma */
    expect_one("name,dob,zip,ssn\nJo,October 2, 1953,536221234,536221235", "US_SSN",
               "536221235");
    /* ... wherever the ", " falls among sixteen-byte runs (the vector
     * count) */
    for (int pad = 0; pad < 20; pad++) {
        char row[160];
        snprintf(row, sizeof row, "name,notes,dob,zip,ssn\nJo,%.*s, bbbbbbbbbbbbbbbbbb, cc,"
                 "Oct 2, 1953,536221234,536221235", pad + 1, "aaaaaaaaaaaaaaaaaaaaaaaa");
        expect_one(row, "US_SSN", "536221235");
    }
    /* a header written with ", " counts every comma: a row with more is
     * none */
    expect_none("name, dob, ssn\nJo, October 2, 1953, 536221234");
    expect_one("name, dob, ssn\nJo, 1953-10-02, 536221234", "US_SSN", "536221234");

    /* a new header replaces the old one */
    expect_one("name,ssn\nJo,536221234\nname,zip_code\nAl,536221235", "US_SSN", "536221234");
    /* a line that is not a row of the table gets no column context */
    expect_one("name,ssn\nJo,536221234\n\nfree text 536221235", "US_SSN", "536221234");
    /* Salesforce's joined names; a hotword inside another number's label;
     * a column named for another number beside a cell that names an
     * account's kind */
    expect_has("\"ID\",\"PHONE\",\"MOBILEPHONE\"\n\"0035e0000QqtQf4TIK\",\"612-230-9741\",\"3125509965\"\n",
               "PHONE_NUMBER", "3125509965");
    expect_none("Record ID,Associated Contact IDs,Create Date\n1234,75301256751,2024-02-19 14:03\n");
    expect_has("CONS_ID|BNK_ACCT|ACCT_TYP|ZIP9|SCORE\n1001|4744472867|DDA|802121903|712\n",
               "US_BANK_NUMBER", "4744472867");
    expect_no_entity("CONS_ID|BNK_ACCT|ACCT_TYP|ZIP9|SCORE\n1001|none|DDA|802121903|712\n",
                     "US_BANK_NUMBER");
    /* a form's question as an aligned header's column name ("U.S.
     * Citizen?"), and polars' dashed bars between columns */
    expect_one("Full Name                   Relationship    Date of Birth   Sex   SSN (optional)    "
               "U.S. Citizen?\n"
               "Tamika R. Owens             Self            03/14/1989      F     604396023         "
               "Yes\n",
               "US_SSN", "604396023");
    expect_has("\xe2\x94\x82 customer_id \xe2\x94\x86 ssn       \xe2\x94\x86 phone      \xe2\x94\x82\n"
               "\xe2\x94\x82 559497      \xe2\x94\x86 663910354 \xe2\x94\x86 3122387259 \xe2\x94\x82\n",
               "US_SSN", "663910354");
    /* pandas as it prints frames: names one space apart where a name is
     * wider than its values; the index's name on the line under the
     * header; "..." for the columns of a wide frame it leaves out;
     * to_markdown()'s empty name over the index */
    const char *narrow = "   customer_id name        ssn\n"
                         "0       100231  Bob  536221234\n"
                         "1       100232   Al  536221235\n";
    expect_has(narrow, "US_SSN", "536221234");
    expect_has(narrow, "US_SSN", "536221235");
    ck_assert_uint_eq(scan_text(__LINE__, narrow, strlen(narrow)).n, 2);
    const char *indexed = "                tax_id routing_no    acct_num  ytd_paid\n"
                          "vendor_id                                              \n"
                          "24435      146-78-2793  254744219   101166347  34615.52\n";
    expect_has(indexed, "US_SSN", "146-78-2793");
    expect_has(indexed, "ABA_ROUTING_NUMBER", "254744219");
    expect_has(indexed, "US_BANK_NUMBER", "101166347");
    ck_assert_uint_eq(scan_text(__LINE__, indexed, strlen(indexed)).n, 3);
    /* (an index's long name and wide values: the header indented more
     * than a report's may be) */
    const char *deep = "                   ssn       phone\n"
                       "customer_id                       \n"
                       "100231       629441087  2163847750\n"
                       "100232       381065524  6128830041\n";
    expect_has(deep, "US_SSN", "381065524");
    expect_has(deep, "PHONE_NUMBER", "6128830041");
    ck_assert_uint_eq(scan_text(__LINE__, deep, strlen(deep)).n, 4);
    /* (a form's label, leader dots and value is no header: "Postal code"
     * under it is no license's column) */
    expect_one("DAQ  License number ..... F4408173\nDAK  Postal code ........ 900261234\n",
               "US_DRIVER_LICENSE", "F4408173");
    /* (a form's item numbers before its columns' names, as Form 1040
     * numbers its dependents' columns) */
    expect_one("(1) First name     Last name     (2) Social security number   (3) Relationship\n"
               "Anika              Raman         509 64 2280                  Daughter\n",
               "US_SSN", "509 64 2280");
    expect_none("(1) Order     (2) Reference\nPens          509642280\n");
    /* (a note after a column's name, its words none of the name's) */
    const char *dd = " BANK ROUTING NO (9 DIG)        ACCOUNT NUMBER (UP TO 17)\n"
                     " 064019930                      5520418873\n";
    expect_has(dd, "ABA_ROUTING_NUMBER", "064019930");
    expect_has(dd, "US_BANK_NUMBER", "5520418873");
    /* (a row's license type names a profession's license) */
    const char *lic = "EMP NO  NAME                LICENSE TYPE     LICENSE NO     STATE\n"
                      "003390  PATEL, ANJALI       CPA              065044182      IL\n"
                      "003391  DOE, JOHN           DRIVER           D1234567       IL\n";
    expect_has(lic, "US_DRIVER_LICENSE", "D1234567");
    ck_assert_uint_eq(scan_text(__LINE__, lic, strlen(lic)).n, 1);
    /* (a row's second line under one column, an address's, continues it) */
    const char *reg = " EMP NO  NAME / ADDRESS                 SSN          HOME PHONE\n"
                      " 004417  MORALES, JUAN A                412587730    7734896620\n"
                      "         2218 N KEDZIE AVE APT 3\n"
                      " 004432  WASHINGTON, KEISHA L           287641093    7083314920\n";
    expect_has(reg, "US_SSN", "287641093");
    expect_has(reg, "PHONE_NUMBER", "7083314920");
    /* (SQL*Plus and sqlcmd: names one space apart over a rule of dashes) */
    const char *sqlplus = "SPRIDEN_ID SPBPERS_SSN SPRIDEN_LAST_NAME\n"
                          "---------- ----------- ------------------------------\n"
                          "A00418213  603114579   LOPEZ\n"
                          "A00418227  145639920   CHEN\n";
    expect_has(sqlplus, "US_SSN", "145639920");
    ck_assert_uint_eq(scan_text(__LINE__, sqlplus, strlen(sqlplus)).n, 2);
    expect_none("ORDER_ID REF_NO\n-------- ---------\nA1       603114579\n");
    /* (but not a frame deeper still) */
    expect_none("                                             ssn  phone\n"
                "1002310000000000000000000000000000  629441087  2163847750\n");
    const char *wide = "       customer_id  first_name        ssn  ...  cc_last4\n"
                       "0           917236         Raj  158293439  ...      2554\n";
    expect_one(wide, "US_SSN", "158293439");
    const char *markdown = "|    |   driver_id | ssn         | dl_number   |\n"
                           "|---:|------------:|:------------|:------------|\n"
                           "|  0 |      265350 | 640-56-3011 | T0088716    |\n";
    expect_has(markdown, "US_DRIVER_LICENSE", "T0088716");
    /* (code indented under a name in snake case is no frame) */
    expect_none("    total_count = 0\n    for row in rows: 871252813\n");
    /* a header under a table's row is a new header though a note in
     * parentheses has a digit; commas inside a note delimit nothing */
    const char *stacked = "Bank Name                                     Account Type\n"
                          "Wells Fargo Bank, N.A.                        Checking\n"
                          "Routing Number (9 digits)                     Account Number\n"
                          "120849837                                     5984756461\n";
    expect_has(stacked, "ABA_ROUTING_NUMBER", "120849837");
    expect_has(stacked, "US_BANK_NUMBER", "5984756461");
    ck_assert_uint_eq(scan_text(__LINE__, stacked, strlen(stacked)).n, 2);
    expect_one("Defendant Name (Last, First, MI)          Date of Birth       Social Security No.\n"
               "KOWALSKI, TOMASZ J                        06/23/1979          126420399\n",
               "US_SSN", "126420399");
    expect_one("Name (First, MI, Last)      Relationship    Date of Birth   Sex   SSN (optional)\n"
               "Tamika R. Owens             Self            03/14/1989      F     604396023\n",
               "US_SSN", "604396023");
    /* a report's title line of two parts is no header for the labelled
     * lines under it */
    expect_none("FIRST MIDWEST BANK                                        ACH ORIGINATION SERVICES\n"
                "Entry Detail Report                                       Run: 03/15/2024 11:02 CT\n"
                "Company: ACME PAYROLL INC      Company ID: 1470564123     Batch No: 0000003\n");
}
END_TEST

/* A Markdown table: its lines begin and end with '|', and a line of
 * dashes parts the header from the rows. */
START_TEST(test_context_markdown_table)
{
    expect_one("| Employee | SSN |\n|---|---|\n| Bo | 536221874 |", "US_SSN", "536221874");
    expect_one("| Employee | SSN |\n| :--- | ---: |\n| Bo | 536 22 1874 |\n", "US_SSN",
               "536 22 1874");
    expect_one("|name|ssn|\r\n|-|-|\r\n|Jo|536221234|\r\n", "US_SSN", "536221234");
    /* a row's number first, named '#' */
    expect_one("| # | Witness | Role | Phone |\n|---|---|---|---|\n"
               "| 1 | Ofc. D. Whitfield #2281 | Responding officer | 7024022994 |\n",
               "PHONE_NUMBER", "7024022994");
    /* with a pipe at one end only */
    expect_one("| name | ssn\n| Jo | 536221234", "US_SSN", "536221234");
    expect_one("name | ssn |\nJo | 536221234 |", "US_SSN", "536221234");
    /* the column's name gives the context at distance zero */
    ck_assert(only_finding("| name | ssn |\n| Jo | 536221234 |").flags & PII_FLAG_CONTEXT);
    /* entities reported only near a hotword, under a header far into the
     * text (the scan's gate for them must see the header) */
    char buf[1024];
    size_t at = 0;
    for (int i = 0; i < 12; i++)
        at += (size_t)snprintf(buf + at, sizeof buf - at, "2024-05-0%d INFO job %d done\n",
                               i % 9 + 1, i);
    snprintf(buf + at, sizeof buf - at,
             "| Customer | Account Number | Routing |\n|---|---|---|\n"
             "| Jo Do | 12345678901 | 011000015 |\n");
    expect_has(buf, "US_BANK_NUMBER", "12345678901");
    expect_has(buf, "ABA_ROUTING_NUMBER", "011000015");

    /* only the named column counts; a zip column is none */
    expect_one("| name | zip | ssn |\n|---|---|---|\n| Jo | 536221234 | 536221235 |", "US_SSN",
               "536221235");
    expect_none("| name | zip |\n|---|---|\n| Jo | 536221234 |");
    /* one column is no table: any line with two pipes would be its row.
     * (A row far below the header, out of the header word's reach as a
     * hotword: found in a table of two columns, not of one.) */
    for (int cols = 2; cols >= 1; cols--) {
        const char *more = cols == 2 ? " x |" : "";
        at = (size_t)snprintf(buf, sizeof buf, "| ssn |%s\n", cols == 2 ? " name |" : "");
        for (int i = 0; i < 30; i++)
            at += (size_t)snprintf(buf + at, sizeof buf - at, "| row %d |%s\n", i, more);
        snprintf(buf + at, sizeof buf - at, "| 536221234 |%s\n", more);
        if (cols == 2)
            expect_one(buf, "US_SSN", "536221234");
        else
            expect_none(buf);
    }
    /* a line that is not a row (another count of fields) gets no context */
    expect_none("| name | ssn |\n|---|---|\n| Jo | x | 536221234 |");
    expect_none("| name | ssn |\n|---|---|\nfree text 536221234");
    /* empty fields only at the ends */
    expect_none("| name || ssn |\n| Jo || 536221234 |");
}
END_TEST

/* A SQL dump's column list names the values below it. */
START_TEST(test_context_sql_columns)
{
    /* INSERT with a tuple per line: fields split by ',' inside the tuple,
     * quoted with '\'' (a ',' or ')' inside a string splits nothing) */
    const char *insert = "INSERT INTO customers (id, full_name, phone, ssn, created_on) VALUES\n"
                         "  (13883, 'O''Brien, Jo (Jr.)', '(213) 948-4611', '536221234', '2/13/2022'),\n"
                         "  (73212, 'Al', '646-925-6622', '536221235', '16.04.2023');\n";
    expect_has(insert, "US_SSN", "536221234");
    expect_has(insert, "US_SSN", "536221235");
    ck_assert(only_finding("insert into `t` (`id`, `ssn`) values\n(1, '536221234');").flags &
              PII_FLAG_CONTEXT);
    expect_one("INSERT INTO public.t (id, ssn) VALUES\r\n(1, 536221234);\r\n", "US_SSN", "536221234");
    /* many tuples on the statement's line, as mysqldump --complete-insert
     * writes them: the later ones far from the column list */
    const char *extended =
        "INSERT INTO `payment_methods` (`id`, `customer_id`, `notes`, `bank_routing_number`, "
        "`bank_account_number`) VALUES (3301,10452,'first card on file, verified by phone',"
        "'053729516','2290441855'),(3302,10453,'no bank account on file for this customer',"
        "NULL,NULL),(3303,10454,'moved from the legacy system in March, see ticket',"
        "'121102764','7731904528'),(3304,10455,'second card, joint with spouse',"
        "'063218402','006604718823');\n";
    expect_has(extended, "ABA_ROUTING_NUMBER", "063218402");
    expect_has(extended, "US_BANK_NUMBER", "006604718823");
    ck_assert_uint_eq(scan_text(__LINE__, extended, strlen(extended)).n, 6);
    /* VALUES on a line of its own */
    const char *values_below = "INSERT INTO hr.employees (emp_no, dl_number, dl_state)\nVALUES\n"
                               "  (14096, 'R103-285-32-520-3', 'FL'),\n"
                               "  (65629, 'M349-7633-2549', 'IL');\n";
    expect_has(values_below, "US_DRIVER_LICENSE", "R103-285-32-520-3");
    expect_has(values_below, "US_DRIVER_LICENSE", "M349-7633-2549");
    expect_one("INSERT INTO t (id, ssn)\r\n  values \r\n(1, 536221234);\r\n", "US_SSN", "536221234");
    expect_none("INSERT INTO t (id, ssn)\nSELECT id, x FROM u;\n(1, 536221234);\n");
    /* only the ssn column counts, and only in rows of the statement */
    expect_none("INSERT INTO t (id, zip) VALUES\n(1, '536221234');\n");
    expect_none("INSERT INTO t (ssn, zip) VALUES\n(1, '536221234');\n");
    expect_one("INSERT INTO t (id, ssn) VALUES\n(1, '536221234');\n\nnote 536221235 x\n", "US_SSN",
               "536221234");
    expect_none("INSERT INTO t (id, ssn) VALUES\n(1, 2, '536221234');\n"); /* three fields */
    /* one statement per line, as applications log them: the column list
     * on the tuple's line or the line above it */
    const char *one = "INSERT INTO bank_accounts (user_id, routing_number, account_number) "
                      "VALUES (7, '322270783', '9081726354');";
    expect_has(one, "ABA_ROUTING_NUMBER", "322270783");
    expect_has(one, "US_BANK_NUMBER", "9081726354");
    ck_assert_uint_eq(scan_text(__LINE__, one, strlen(one)).n, 2);
    expect_one("INSERT INTO t (id, acct_no)\nVALUES (7, '9081726354');", "US_BANK_NUMBER",
               "9081726354");
    expect_has("INSERT INTO t (id, ssn) VALUES (1, '536221234'), (2, '536221235');", "US_SSN",
               "536221235");
    /* only its column counts: the list's other names are not its words
     * (a ',' in a string splits nothing) */
    expect_none("INSERT INTO t (ssn, city) VALUES (1, '536221234');");
    expect_none("INSERT INTO t (ssn, note, city) VALUES (1, 'a, (b', '536221234');");
    expect_none("INSERT INTO t (ssn, note, city) VALUES (1, 'O\\'Brien, Al', '536221234');");
    /* after a query log's prefix on the statement's line */
    const char *logged = "2024-03-01T12:40:01.125300Z\t   42 Query\tINSERT INTO customers (id, "
                         "phone, ssn, created_at) VALUES (10042, '2125550147', '412683390', "
                         "'2024-03-01 12:40:01')";
    expect_has(logged, "PHONE_NUMBER", "2125550147");
    expect_has(logged, "US_SSN", "412683390");
    expect_one("app@shopdb LOG:  duration: 0.912 ms  statement: INSERT INTO employees (id, ssn) "
               "VALUES (8813, '773290518')", "US_SSN", "773290518");
    expect_none("LOG:  statement: INSERT INTO employees (id, zip) VALUES (8813, '773290518')");
    /* a cell's own words count, as in a table's row */
    expect_one("INSERT INTO t (id, note) VALUES (1, 'ssn 536221234');", "US_SSN", "536221234");
    /* PostgreSQL's COPY: tab-separated rows up to "\." */
    const char *copy = "COPY public.customers (id, name, ssn) FROM stdin;\n"
                       "1\tJo\t536221234\n2\tAl\t536221235\n\\.\n";
    expect_has(copy, "US_SSN", "536221234");
    expect_has(copy, "US_SSN", "536221235");
    expect_none("COPY t (id, ssn) FROM stdin;\n536221234\tx\n");
    /* MySQL's backslash escapes inside strings */
    const char *escaped = "INSERT INTO t (name, ssn) VALUES\n('O\\'Brien', '536221234'),\n"
                          "('Al, \\\\', '536221235');\n";
    expect_has(escaped, "US_SSN", "536221234");
    expect_has(escaped, "US_SSN", "536221235");
    /* a statement below another is a new header, not a row of the first */
    expect_one("INSERT INTO a (id, ssn) VALUES\n(1, '536221235');\n"
               "INSERT INTO t2 (id, zip) VALUES\n(1, '536221234');\n",
               "US_SSN", "536221235");
    expect_one("INSERT INTO a (id, zip) VALUES\n(1, '536221235');\n"
               "INSERT INTO t2 (id, ssn) VALUES\n(1, '536221234');\n",
               "US_SSN", "536221234");
    expect_one("INSERT INTO a (id, zip) VALUES\n(1, '536221235');\n"
               "COPY t2 (id, ssn) FROM stdin;\n1\t536221234\n\\.\n",
               "US_SSN", "536221234");
    /* one column: every line below would pass for a row, so no header */
    expect_none("COPY t (account) FROM stdin;\n\\.\n\nInvoice 87654321 paid.\n");
    expect_one("INSERT INTO t (zip) VALUES\n('02134');\n\nSSN:\n536221234\n", "US_SSN", "536221234");
    /* not a column list */
    expect_none("INSERT INTO t VALUES\n(1, '536221234');\n");
    expect_none("insert into the ssn list, then\n(1, '536221234');\n");
    expect_none("COPY t (id, ssn) TO '/tmp/x';\n1\t536221234\n");
}
END_TEST

/* HL7 v2: a segment's fields are named by position (PID-13/14 phones,
 * PID-19 the SSN, PID-20 the driver's license; NK1-5, GT1-12 ...), with
 * segments ended by '\n' or by '\r' alone. */
START_TEST(test_context_hl7_fields)
{
    const char *pid = "MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|ELAB-3|198808181126||ADT^A01|"
                      "MSG00001|P|2.5\n"
                      "PID|1||PATID1234^5^M11^ADT1^MR||EVERYMAN^ADAM^A^III||19610615|M|||"
                      "2222 HOME STREET^^GREENSBORO^NC^27401-1020|GL|(555) 555-2004|"
                      "(555)555-2004||S||PATID12345001^2^M10^ADT1^AN^A|444333333|987654^NC|\n";
    expect_has(pid, "US_SSN", "444333333");
    expect_has(pid, "US_DRIVER_LICENSE", "987654");
    expect_has(pid, "PHONE_NUMBER", "(555) 555-2004");
    ck_assert_uint_eq(scan_text(__LINE__, pid, strlen(pid)).n, 4);
    /* segments ended by '\r' alone: one line */
    expect_one("MSH|^~\\&|A|B|C|D|202401011200||ADT^A08|1|P|2.5\rEVN|A08\r"
               "PID|1||7730021^^^SVH^MR||NGUYEN^THANH||19540203|M||||||||||V00482912|401892250\r",
               "US_SSN", "401892250");
    expect_has("NK1|1|NUCLEAR^NELDA^W|SPO^SPOUSE||2125550199|\n", "PHONE_NUMBER", "2125550199");
    expect_one("GT1|1||DOE^JOHN|||||||||536221234|\n", "US_SSN", "536221234"); /* GT1-12 */
    expect_one("IN1|1|BCBSCO|00290|Anthem Blue Cross CO|PO Box 5747^^Denver^CO^80217||8005249082|\n",
               "PHONE_NUMBER", "8005249082"); /* IN1-7, the insurer's */
    /* a field's repetitions after '~', bare and with '+' */
    const char *nk1 = "NK1|1|DOE^JOHN|SPO^Spouse|1 MAIN ST^^BOSTON^MA^02110|"
                      "6175663101^PRN^PH~6179022841^PRN^CP|\n";
    expect_has(nk1, "PHONE_NUMBER", "6175663101");
    expect_has(nk1, "PHONE_NUMBER", "6179022841");
    expect_has("PID|1||||DOE^JANE||||||||+16175663102^PRN^PH~+16179014478^PRN^CP|\n",
               "PHONE_NUMBER", "+16179014478");
    /* (a repetition of another field names nothing) */
    expect_none("PID|1||||DOE^JANE|||||||||||||A1^X~536221234|\n");
    /* FHIR XML: an identifier's system on the line above its value */
    expect_one("  <identifier>\n    <system value=\"http://hl7.org/fhir/sid/us-ssn\"/>\n"
               "    <value value=\"552117834\"/>\n  </identifier>\n",
               "US_SSN", "552117834");
    expect_one("    <system value=\"phone\"/>\n    <value value=\"6175663102\"/>\n",
               "PHONE_NUMBER", "6175663102");
    expect_none("    <system value=\"urn:oid:2.16.840.1.113883.19\"/>\n"
                "    <value value=\"552117834\"/>\n");
    /* other fields and segments name nothing: PID-18 is the patient's account */
    expect_none("PID|1||||DOE^JANE|||||||||||||536221234|\n");
    expect_none("OBX|1|NM|||||||||||||||||536221234|\n");
    expect_none("XPID|1||||||||||||||||||536221234|\n");
}
END_TEST

/* X12 (HIPAA EDI): a qualifier element says what the next one holds (REF01
 * "SY": REF02 is an SSN; NM108 "34": NM109 is; PER's phone qualifiers;
 * BPR's routing and account numbers), in segments ended by '~', one to a
 * line or all on one. */
START_TEST(test_context_x12_fields)
{
    expect_one("REF*SY*389216650~\n", "US_SSN", "389216650");
    expect_one("NM1*IL*1*DOE*JOHN*A***34*389216650~\n", "US_SSN", "389216650");
    expect_one("PER*IP**HP*7175550143~\n", "PHONE_NUMBER", "7175550143");
    const char *per = "PER*IC*BENEFITS DESK*TE*7175550143*EX*12*FX*7175550187~\n";
    expect_has(per, "PHONE_NUMBER", "7175550143");
    expect_has(per, "PHONE_NUMBER", "7175550187");
    ck_assert_uint_eq(scan_text(__LINE__, per, strlen(per)).n, 2);
    const char *bpr = "BPR*I*1500.00*C*ACH*CCP*01*021000021*DA*4567890123*1512345678**"
                      "01*011000015*SG*9876543210*20230115~\n";
    expect_has(bpr, "ABA_ROUTING_NUMBER", "021000021");
    expect_has(bpr, "ABA_ROUTING_NUMBER", "011000015");
    expect_has(bpr, "US_BANK_NUMBER", "4567890123");
    expect_has(bpr, "US_BANK_NUMBER", "9876543210");
    ck_assert_uint_eq(scan_text(__LINE__, bpr, strlen(bpr)).n, 4);
    /* an interchange on one line, behind its header, with '\r\n' too */
    const char *one = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
                      "*230101*1253*^*00501*000000905*1*T*:~GS*BE*S*R*20230101*1253*905*X*"
                      "005010X220A1~ST*834*0001~INS*Y*18*021*28*A***FT~REF*0F*536221234~"
                      "DTP*356*D8*20230101~NM1*IL*1*ROE*JANE****34*401892250~SE*6*0001~";
    expect_one(one, "US_SSN", "401892250");
    expect_one("ST*834*0001~\r\nREF*SY*401892250~\r\n", "US_SSN", "401892250");
    /* '|' between elements, as the header declares it (some trading partners) */
    expect_one("ST|837|0001~\nREF|SY|148980511~\n", "US_SSN", "148980511");
    expect_one("PER|IC|BAO PHAM|TE|9738187440~\n", "PHONE_NUMBER", "9738187440");
    expect_none("REF|0F|389216650~\n");
    /* other qualifiers and segments name nothing: a subscriber number, a
     * member ID, an extension, an email's qualifier */
    expect_none("REF*0F*389216650~\n");
    expect_none("NM1*IL*1*DOE*JOHN****MI*389216650~\n");
    expect_none("NM1*IL*1*DOE*JOHN****34~\nREF*0F*389216650~\n");
    expect_none("PER*IC*JOHN*EX*7175550143~\n");
    expect_none("XREF*SY*389216650~\n");
    expect_none("REF*SY*SY*389216650~\n");
    /* (a Canadian institution's number, "04", is no ABA routing number) */
    expect_one("BPR*I*1500.00*C*ACH*CCP*04*021000021*DA*4567890123~\n", "US_BANK_NUMBER",
               "4567890123");
    expect_none("see REF*SY*389216650 in the file\n");
    /* a segment after '~' counts on an interchange's line only (a fuzzer's
     * find: the hotword map, which reads a line's start, disagreed) */
    expect_none("\xffimaihone\tip~REF*SY*532621233@");
    expect_none("notes: x*y~REF*SY*389216650~\n");
    expect_one("ST*834*0001~REF*SY*389216650~\n", "US_SSN", "389216650");
    /* and an HL7 segment after '\r' alone on a message's line */
    expect_none("note\rPID|1||X||DOE^JOHN||19700101|M|||||||||||536221234\r");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Overlap resolution                                                       */
/* ------------------------------------------------------------------------ */

START_TEST(test_overlap_deterministic)
{
    /* 122105155 is a valid SSN and a valid routing number: the nearer
     * hotword decides, whichever order they come in */
    expect_one("routing or ssn 122105155", "US_SSN", "122105155");
    expect_one("ssn or routing 122105155", "ABA_ROUTING_NUMBER", "122105155");
    /* ten digits: phone number and bank account shapes; the nearest label
     * decides */
    expect_one("acct phone 4567890123", "PHONE_NUMBER", "4567890123");
    expect_one("phone, acct 4567890123", "US_BANK_NUMBER", "4567890123");
    expect_one("phone acct 4567890123", "PHONE_NUMBER", "4567890123"); /* a phone's account */
    expect_one("account number 4567890123", "US_BANK_NUMBER", "4567890123");
    /* nine digits: SSN versus passport, driver's license, bank account */
    expect_one("passport ssn 536221234", "US_SSN", "536221234");
    expect_one("dl ssn 536221234", "US_SSN", "536221234");
    /* "+1 212 555 0199" holds shorter phone shapes: the longest wins */
    expect_one("+1 212 555 0199", "PHONE_NUMBER", "+1 212 555 0199");

    /* the same text always gives the same findings */
    const char *mixed = "ssn 122105155; routing 122105155; call 212-555-0199, "
                        "acct 4567890123, card 4111 1111 1111 1111, ip 10.0.0.1";
    scan_result a = scan_text(__LINE__, mixed, strlen(mixed));
    ck_assert_uint_ge(a.n, 5);
    for (int k = 0; k < 3; k++) {
        scan_result b = scan_text(__LINE__, mixed, strlen(mixed));
        ck_assert_uint_eq(a.n, b.n);
        ck_assert(memcmp(a.f, b.f, a.n * sizeof a.f[0]) == 0);
    }
}
END_TEST

START_TEST(test_overlap_never_overlaps)
{
    /* texts dense with overlapping candidates; scan_text checks that the
     * findings are sorted and disjoint */
    static const char *const texts[] = {
        "ssn: 536221234, phone: 212-555-0199, card 4111 1111 1111 1111",
        "US passport ssn dl account routing 536221234",
        "account routing phone ssn 4567890123 122105155 536-22-1234",
        "DE89 3704 0044 0532 0130 00 4111 1111 1111 1111 212 555 0199",
        "mac 00:1a:2b:3c:4d:5e ip fe80::21a:2bff:fe3c:4d5e%eth0 1.2.3.4",
        "passport 123456789 US dl A1234567 lic 12345678",
    };
    for (size_t i = 0; i < N_ELEMS(texts); i++) {
        scan_result r = scan_text(__LINE__, texts[i], strlen(texts[i]));
        ck_assert_msg(r.n >= 1, "no findings in \"%s\"", texts[i]);
    }
    const char *t = "ssn: 536221234, phone: 212-555-0199, card 4111 1111 1111 1111";
    scan_result r = scan_text(__LINE__, t, strlen(t));
    ck_assert_uint_eq(r.n, 3);
    ck_assert_int_eq(r.f[0].entity, PII_US_SSN);
    ck_assert_int_eq(r.f[1].entity, PII_PHONE_NUMBER);
    ck_assert_int_eq(r.f[2].entity, PII_CREDIT_CARD);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Boundaries                                                               */
/* ------------------------------------------------------------------------ */

START_TEST(test_boundaries_ascii)
{
    expect_none("ID123456789");
    expect_none("ssn ID536221234");
    expect_none("ssn 536221234abc");
    expect_none("ssn x536-22-1234");
    expect_none("536-22-1234x");
    expect_none("SSN 536-22-1234ABC");
    expect_none("SSN 536-22-1234ABCDEFGHIJKLM:");
    /* the next label of a form glued on (text from a PDF or a scan) */
    expect_has("Name:JAMES O'NEIL SSN:529-81-3307DOB:02/14/1966Tel:(614)555-0185", "US_SSN",
               "529-81-3307");
    expect_one("Card:4111111111111111EXP:12/27", "CREDIT_CARD", "4111111111111111");
    expect_none("ssn _536221234");
    expect_none("ssn 536221234_");
    expect_none("ssn x_536-22-1234 536-22-1234_b");
    /* ':' and the next field of a dump's record after a value that stands
     * alone (combolists, card dumps); not after bare digits */
    expect_one("+447713186831:dragon69!", "PHONE_NUMBER", "+447713186831");
    expect_one("(415) 830-6170:hunter2", "PHONE_NUMBER", "(415) 830-6170");
    expect_one("4105664022456437:03/26:677:PATRICIA WALKER:DALLAS:TX", "CREDIT_CARD",
               "4105664022456437");
    expect_one("536-22-1874:Summer2019!", "US_SSN", "536-22-1874");
    expect_none("ssn 536221874:Summer2019!");
    expect_none("card 4105664022456438:03/26");
    /* two underscores or more: a form's blank the value was typed into */
    expect_one("Member SSN: ___254-65-1852___", "US_SSN", "254-65-1852");
    expect_one("Card: __4539 1523 4518 1706__ exp", "CREDIT_CARD", "4539 1523 4518 1706");
    expect_one("Email: __dwash83@gmail.com__", "EMAIL_ADDRESS", "dwash83@gmail.com");
    expect_none("ssn 1536221234");    /* inside a longer number */
    expect_none("ssn 5362212345");
    expect_none("4111111111111111 4111"); /* continues as a group */
    expect_none("card 41111111111111111111");
    expect_none("a4111 1111 1111 1111");
    expect_none("ip10.0.0.1");
    expect_none("10.0.0.1abc");
    expect_none("00:1A:2B:3C:4D:5Ez");
    expect_none("ISBN-4111111111111111"); /* glued with a joiner */
    /* plain punctuation around is fine */
    expect_one("[536-22-1234]", "US_SSN", "536-22-1234");
    expect_one("\"4111111111111111\"", "CREDIT_CARD", "4111111111111111");
    expect_one("ssn:536221234;", "US_SSN", "536221234");
}
END_TEST

START_TEST(test_boundaries_unicode)
{
    /* digits of other scripts are word characters too */
    expect_none("SSN ٣536221234");
    expect_none("SSN 536221234٣");
    expect_none("١٢٣536-22-1234");
    expect_none("536-22-1234١٢٣");
    expect_none("4111111111111111१");
    /* letters of other scripts glued to a number */
    expect_none("SSN Ж536221234");
    expect_none("SSN 536221234Ж");
    expect_none("α536-22-1234");
    expect_none("536-22-1234β");
    /* ... but not those of scripts written without spaces (Chinese,
     * Japanese, Thai ...), where numbers sit right next to words */
    expect_one("中536-22-1234", "US_SSN", "536-22-1234");
    expect_one("536-22-1234中", "US_SSN", "536-22-1234");
    expect_one("信用卡4111111111111111", "CREDIT_CARD", "4111111111111111");
    expect_one("アカウント536-22-1234です", "US_SSN", "536-22-1234");
    expect_one("บัตร4111111111111111", "CREDIT_CARD", "4111111111111111");
    expect_one("客户邮箱reyes@live.ca", "EMAIL_ADDRESS", "reyes@live.ca");
    /* nor Hangul: Korean's particles attach to the word before them */
    expect_one("카드번호4929239831386598입니다", "CREDIT_CARD", "4929239831386598");
    expect_one("전화번호: 010-1234-5678입니다", "PHONE_NUMBER", "010-1234-5678");
    /* a label glued to its value: Han and Kana are words of their own,
     * Hangul and ASCII apart */
    expect_one("或拨打客服电话0571-87653210，我们", "PHONE_NUMBER", "0571-87653210");
    expect_one("寄件人：李娜 手机13816529047 地址：", "PHONE_NUMBER", "13816529047");
    expect_one("支行  账号571908826410504  用途：货款", "US_BANK_NUMBER", "571908826410504");
    expect_one("여권번호M72039481 발급일2021.06.14", "PASSPORT", "M72039481");
    expect_none("订单号0571-87653210"); /* (an order's number) */
    /* Korean's fax; fullwidth parentheses around an area code; a
     * letterhead's numbers joined by '/' in Japan's shape */
    expect_has("전화 02-6953-2210 | 팩스 02-6953-2219", "PHONE_NUMBER", "02-6953-2219");
    expect_one("电话：（０２１）６８７５　４２９０", "PHONE_NUMBER", "（０２１）６８７５　４２９０");
    expect_has("TEL/FAX 06-6345-7720/06-6345-7722", "PHONE_NUMBER", "06-6345-7722");
    /* licenses of a business, a builder, a profession, a road user's
     * charges; a software development kit's version */
    expect_none("Licencia de funcionamiento No. 0047182 - Giro: comercio");
    expect_none("Licensed builder - QBCC Licence No. 1284719");
    expect_none("PRC License No. 0123456 - PTR No. 8847120");
    expect_none("odometer 128,441 km, RUC licence 0047 1823");
    expect_none("firmware 2.1.0.9 / SDK 4.12.0.214");
    expect_one("이메일은 kim@example.com으로 보내주세요", "EMAIL_ADDRESS", "kim@example.com");
    expect_one("메일: 김민수@한국.kr로", "EMAIL_ADDRESS", "김민수@한국.kr");
    expect_one("SSN 536-22-1234입니다", "US_SSN", "536-22-1234");
    expect_none("é4111111111111111");
    expect_none("4111 1111 1111 1111é");
    expect_none("Ж192.168.1.10");
    /* non-ASCII spaces and punctuation are separators */
    expect_one("\xc2\xa0" "536-22-1234\xc2\xa0", "US_SSN", "536-22-1234");
    expect_one("«536-22-1234»", "US_SSN", "536-22-1234");
    expect_one("536-22-1234。", "US_SSN", "536-22-1234");
    expect_one("SSN\xc2\xa0" "536221234", "US_SSN", "536221234");
    expect_one("ssn：536221234", "US_SSN", "536221234");
    expect_one("ssn—536221234", "US_SSN", "536221234");
    expect_one("карта 4111 1111 1111 1111.", "CREDIT_CARD", "4111 1111 1111 1111");
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Consistency with pii_validate()                                          */
/* ------------------------------------------------------------------------ */

/* Every finding's text is a valid value of its entity for pii_validate_ex(),
 * with the same subtype.  (A card of no known brand, reported only with a
 * hotword, is the documented exception: the validator wants a brand.) */
static void expect_findings_validate_(int line, const char *text)
{
    scan_result r = scan_text(line, text, strlen(text));
    ck_assert_msg(r.n > 0, "line %d: test bug: no findings in \"%s\"", line, text);
    for (size_t i = 0; i < r.n; i++) {
        const pii_finding *f = &r.f[i];
        if (f->entity == PII_CREDIT_CARD && f->subtype[0] == '\0')
            continue;
        char sub[PII_SUBTYPE_MAX] = "?";
        int v = pii_validate_ex(f->entity, text + f->start, (size_t)(f->end - f->start), sub);
        ck_assert_msg(v == 1, "line %d: %s finding '%.*s' fails pii_validate (%d)", line,
                      pii_entity_name(f->entity), (int)(f->end - f->start), text + f->start, v);
        ck_assert_msg(strcmp(sub, f->subtype) == 0,
                      "line %d: subtype '%s' from the scan, '%s' from pii_validate", line,
                      f->subtype, sub);
    }
}
#define expect_findings_validate(text) expect_findings_validate_(__LINE__, (text))

START_TEST(test_findings_validate)
{
    static const char *const texts[] = {
        "SSN 536-22-1234",
        "ssn 536 22 1234",
        "ssn 536221234",
        "ITIN 912-70-1234",
        "itin 912701234",
        "driver license A1234567",
        "license F123-456-78-901-0",
        "US passport 123456789",
        "USA passport C12345678",
        "passport AB123456",
        "German passport C01X00T47",
        MRZ_SPECIMEN,
        "4111 1111 1111 1111",
        "2720 9900 0000 0007",
        "3782 822463 10005",
        "6759649826438453",
        "routing number 011000015",
        "ABA 0110-0001-5",
        "account number 12345678901",
        "DE89 3704 0044 0532 0130 00",
        "GB82WEST12345698765432",
        "de89370400440532013000",
        "josé@example.com",
        "user@bücher.de",
        "192.168.1.10",
        "fe80::1%eth0",
        "::ffff:192.0.2.128",
        "(212) 555-0199",
        "1-212-555-0199",
        "+1 (212) 555-0199",
        "+44 (0)20 7946 0958",
        "+33 1 23 45 67 89",
        "phone 2125550199",
        "00:1A:2B:3C:4D:5E",
        "001a.2b3c.4d5e",
        ALL_MIXED_TEXT,
    };
    for (size_t i = 0; i < N_ELEMS(texts); i++)
        expect_findings_validate(texts[i]);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Regressions: inputs that once exposed library bugs.                      */
/* ------------------------------------------------------------------------ */

START_TEST(test_itin_labelled_taxpayer_id)
{
    /* A dashed ITIN is reported with no context at all ("912-88-1234"), and
     * labelled "Taxpayer ID" too.  There it once disappeared: "id" (an
     * other-label) cancelled the shared SSN/ITIN hotword "taxpayer" for the
     * ITIN, and then the same hotword, read as an SSN hotword, triggered
     * the "9XX number given as an SSN" rule (score 0.3). */
    static const char *const texts[] = {"Taxpayer ID 912-88-1234", "taxpayer id: 912-70-1234"};
    static const char *const match[] = {"912-88-1234", "912-70-1234"};
    expect_one(texts[_i], "US_ITIN", match[_i]);
}
END_TEST

START_TEST(test_unusual_forms_validate)
{
    /* The scanner reports these written forms, and pii_validate() (whose
     * doc says common separators are accepted where the entity's written
     * forms use them) accepts the very text of the finding; it once
     * rejected it. */
    static const char *const texts[] = {
        "ssn 536.22.1234",             /* dotted SSN */
        "ITIN 912.70.1234",            /* dotted ITIN */
        "DE89-3704-0044-0532-0130-00", /* IBAN grouped with '-' */
        "US passport 012345678",       /* US passport with a leading 0 */
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        "   L898902C36UTO7408122F1204159ZE184226B<<<<<10", /* indented MRZ line 2 */
    };
    expect_findings_validate(texts[_i]);
}
END_TEST

START_TEST(test_version_abbreviation_not_ip)
{
    /* "ver. 1.2.3.4" is a version: "ver" is a version word, and the label
     * sits right before the number with only spaces, ':', '=', '#', '.' or
     * quotes between (labelled_by()).  Without the '.' in that list, the
     * abbreviation once let the quad through as an IPv4 address.  "ver
     * 1.2.3.4" and "version: 1.2.3.4" are suppressed too. */
    static const char *const texts[] = {"ver. 1.2.3.4", "Rev. 10.0.1.2"};
    expect_none(texts[_i]);
}
END_TEST

START_TEST(test_mrz_glued_to_lowercase_not_reported)
{
    /* A TD3 MRZ whose second line runs on into lower-case letters is inside
     * a longer token: not reported (it once was). */
    char buf[sizeof MRZ_SPECIMEN + 8];
    snprintf(buf, sizeof buf, "%sabc", MRZ_SPECIMEN);
    expect_none(buf);
}
END_TEST

/* ------------------------------------------------------------------------ */

static Suite *detectors_suite(void)
{
    Suite *s = suite_create("detectors");
    struct {
        const char *name;
        const TTest *tests[12];
    } cases[] = {
        {"ssn_itin", {test_ssn_dashed, test_ssn_weak_forms_need_context, test_ssn_invalid_numbers,
                      test_ssn_shape_rejections, test_itin}},
        {"driver_license", {test_driver_license}},
        {"passport", {test_us_passport, test_passport_other, test_passport_mrz}},
        {"card", {test_card_brands, test_card_rejections, test_card_then_another_number}},
        {"bank", {test_aba, test_bank_number, test_micr_line}},
        {"iban", {test_iban, test_iban_rejections}},
        {"email", {test_email, test_email_rejections}},
        {"ip", {test_ipv4, test_ipv6, test_ipv6_weak_forms, test_ip_lookalikes}},
        {"phone", {test_phone_nanp, test_phone_e164, test_phone_national}},
        {"mac", {test_mac}},
        {"lookalikes", {test_lookalikes, test_path_segments}},
        {"context", {test_context_whole_words, test_context_other_label_nearer,
                     test_context_nearest_hotword, test_context_dialogue,
                     test_context_document_label, test_context_json, test_context_csv_header,
                     test_context_markdown_table, test_context_sql_columns,
                     test_context_hl7_fields, test_context_x12_fields}},
        {"context_layouts", {test_context_single_column, test_context_diff_table,
                             test_context_notebook_frame, test_context_label_variants,
                             test_context_forms_and_records,
                             test_context_vendor_and_incident_layouts,
                             test_context_screening_and_payment_layouts}},
        {"overlap", {test_overlap_deterministic, test_overlap_never_overlaps}},
        {"boundaries", {test_boundaries_ascii, test_boundaries_unicode}},
        {"consistency", {test_findings_validate}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        tcase_set_timeout(tc, 120);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    /* regressions: once-failing inputs, one loop iteration per input */
    TCase *reg = tcase_create("regressions");
    tcase_add_loop_test(reg, test_itin_labelled_taxpayer_id, 0, 2);
    tcase_add_loop_test(reg, test_unusual_forms_validate, 0, 5);
    tcase_add_test(reg, test_mrz_glued_to_lowercase_not_reported);
    tcase_add_loop_test(reg, test_version_abbreviation_not_ip, 0, 2);
    suite_add_tcase(s, reg);
    return s;
}

int main(void)
{
    int failed = check_run(detectors_suite());
    free_default();
    return check_status(failed);
}
