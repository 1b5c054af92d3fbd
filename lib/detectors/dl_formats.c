/*
 * dl_formats.c - US driver's license number shapes for the 50 states + DC.
 *
 * Context hotwords (for the detector that uses this table; lower-case,
 * matched case-insensitively, with or without the apostrophe / punctuation):
 *
 *   strong (a shape match next to one of these is very likely a license):
 *     driver's license, drivers license, driver license, driver's licence,
 *     drivers licence, driving licence, driving license, driver's lic,
 *     driver lic, drivers lic, license number, licence number, license no,
 *     licence no, license #, lic no, lic #, lic#, lic. no., DLN, DL#, DL no,
 *     DL num, DL number, DLNO, D/L, D.L., CDL, CDL#, CDL number,
 *     commercial driver's license, operator's license, operator license,
 *     chauffeur's license, learner's permit, instruction permit,
 *     driving permit, driver permit, enhanced driver's license, EDL,
 *     REAL ID, state ID, state ID number, ID card number,
 *     identification card number
 *   keys seen in forms / JSON / CSV / logs (compare after removing '_', '-'
 *   and ' ' and lower-casing, so "driver_license_no" == "DriverLicenseNo"):
 *     dl, dln, dlno, dlnum, dlnumber, dl_number, dl_no, dl_num, dl_id,
 *     driverlicense, driverslicense, driverlicensenumber,
 *     driverslicensenumber, driverlicenseno, driverslicenseno, driverlicnum,
 *     drvlic, drvlicno, licenseno, licensenum, licensenumber, licno, licnum,
 *     cdlnumber, customerid / DAQ (the AAMVA PDF417 element that carries the
 *     license number), idnumber (weak)
 *   supporting (raise confidence, not enough alone): DMV, BMV, MVA, MVD,
 *     RMV, DOL, DPS, "department of motor vehicles", "motor vehicle",
 *     "issuing state", "state of issue", "class C", "class D", "exp",
 *     "expires", "DOB", "endorsements", "restrictions", a state name or
 *     postal code right before the number ("CA DL", "TX license"),
 *     Spanish "licencia de conducir", "licencia de manejo", "numero de
 *     licencia".
 *   ambiguous alone: "DL" (download, deciliter, distribution list), "ID",
 *     "license" (software licenses, "license key"), "permit", "lic"
 *     (Presidio's context list: driver, license, permit, lic,
 *     identification, dls, cdls, lic#, driving).
 *
 * Shapes too generic to report without strong context:
 *   - Every all-digit shape.  41 of the 51 jurisdictions (all but CA, FL,
 *     IL, MD, MI, MN, NH, NJ, WA, WI) accept some run of 4-14 (or 16) plain
 *     digits: AK/DE 1-7, AL 1-8, AR 4-9, GA/TN 7-9, TX 7-8,
 *     UT 4-10, NC 1-12, SC 5-11, SD 6-10|12, the many "9 digits" states,
 *     MT 13-14, NY 16 ...  These collide with SSNs (9 digits - several
 *     states' 9-digit format literally was the SSN), ZIP+4 (9), phone
 *     numbers (10), dates (8: YYYYMMDD), credit cards (NY 16 digits),
 *     order / account / invoice numbers.  Treat as candidates only with a
 *     strong hotword within a few tokens.
 *   - NY "8 letters": every 8-letter word (PASSWORD, REQUIRED ...) matches.
 *   - WA "letter + 11 of [A-Z0-9*]": every 12-letter word (ORGANIZATION,
 *     INTELLIGENCE ...) matches.  A WA value that contains a digit or '*'
 *     is much more telling; pure letters need strong context.
 *   - Short letter+digit shapes: CO/AZ 1 letter + 3-6 digits, 2 letters +
 *     2-5 digits (CO, AZ, OH, WV), KS A1B2C: part numbers, flight numbers
 *     (AA1234), room numbers, product codes.
 *   - 1 letter + 8 digits (AZ, HI, KS, KY, MA, MO, MT, NE, OH, VA, and NV
 *     when the letter is X): also the shape of next-generation US passport
 *     numbers.
 *   - 1 letter + 11 digits (IL, VA) is also 12 characters, so WA matches it
 *     too; expect multi-state masks for most values.
 *   - Relatively distinctive (still want some context, but medium
 *     confidence): 1 letter + 11..14 or 18 digits (IL, FL/MD/MI/MN, WI, NJ,
 *     NY), NH 2D3L5D and NHL+8 digits, ID 2L6D1L, IA 3D2L4D, MO 8D2L and
 *     L6D+'R', WA values containing '*'.
 */

/*
 * Sources (facts only, no code copied):
 *   [N]  NTSI "State Driver's License Formats",
 *        ntsi.com/drivers-license-format/
 *        (the AAMVA-derived table most validators, Presidio, etc. cite).
 *   [N2] Older NTSI snapshots as transcribed in the USDLRegex project
 *        (regex.json, 2017) and the TRACS Florida wiki copy; they list a few
 *        formats the current page dropped (AZ 1-8 digits after the letter
 *        and 2L2-5D, MA 2L7D, NE 1-7D, NH 3L8D, OR A/B+6D, RI 7-8D,
 *        MO 3D1L6D).
 *   [S]  Starpoint Screening "Driver's License Format by State" (12/2024).
 *   [K]  Skyhigh Security CASB "U.S. Driver's License Numbers" identifiers.
 *   [NH] Concord Monitor 2017: NH numbers are now NHL + 8 random digits.
 *   [WA] WA DOL notice: since 2018-09-04 numbers start "WDL", 12 chars, no
 *        '*'; older PIC = 5 of last name ('*' padded) + initials + digits
 *        (highprogrammer.com "US Driver's License Numbers").
 *   Where sources disagree the union is used; see the per-row comments.
 *
 * Decisions:
 *   - Lengths < 4 or > 25 are rejected up front (brief).  So "1-7 digits"
 *     effectively means 4-7 digits here.  The longest real shape is 19.
 *   - Input must already be canonical: only 'A'-'Z', '0'-'9' and '*' (WA)
 *     can match; anything else (lower case, '-', space, NUL) gives 0.
 *   - No state's number has a public checksum that we apply (WA's old PIC
 *     has one, but WDL numbers do not), so this is shape only.
 *
 * Shape descriptors: each shape is a short list of tokens written with the
 * macros below, e.g. L(1), D(7) = "L7D" (1 letter + 7 digits):
 *   L(n) / LR(a,b)  n or a..b letters A-Z
 *   D(n) / DR(a,b)  n or a..b digits 0-9
 *   A(n)            n letters or digits (unused today, kept for new rows)
 *   W(n)            n letters, digits or '*' (WA)
 *   X('c')          the literal character c
 * The comment above each state's rows gives the compact form ("L7D",
 * "2L2-5D", "L6D'R'") and the sources.
 *
 * Matching is a bit-parallel position-set simulation: bit i of a 32-bit
 * word says "i characters consumed so far".  A token with class mask C and
 * count a..b costs at most b word operations; a shape is first rejected by
 * its length range, so a call costs O(n * shapes) at worst, with no
 * backtracking, no regex and no allocation.
 */
#include "detectors/dl_formats.h"

#include <string.h>

#define DL_MIN_LEN 4
#define DL_MAX_LEN 25
#define DL_MAX_TOKS 5   /* KS: L D L D L */
#define DL_MAX_SHAPES 6 /* MO */

_Static_assert(DL_STATE_COUNT <= 64, "mask is 64 bits");
_Static_assert(DL_MAX_LEN < 32, "position sets are 32 bits");
_Static_assert(DL_MAX_LEN < 26, "dl_lead_table has rows for 0..25 characters");

/* Token classes. */
enum { T_END = 0, T_LETTER, T_DIGIT, T_ALNUM, T_WA, T_LIT };

typedef struct {
    unsigned char cls; /* T_* */
    unsigned char lo, hi;
    char lit; /* for T_LIT */
} dl_tok;

typedef struct {
    unsigned char minlen, maxlen; /* sums of the token counts; 0 = unused */
    dl_tok t[DL_MAX_TOKS];        /* ends at the first T_END */
} dl_shape;

/* One row per jurisdiction: postal code and the shapes it issues. */
typedef struct {
    char code[3];
    dl_shape shapes[DL_MAX_SHAPES]; /* ends at the first maxlen == 0 */
} dl_state;

/* Tokens are (class, lo, hi, literal) tuples so that SHAPE() can both lay
 * them out and add up the shape's length range at compile time. */
#define L(n) (T_LETTER, n, n, 0)
#define LR(a, b) (T_LETTER, a, b, 0)
#define D(n) (T_DIGIT, n, n, 0)
#define DR(a, b) (T_DIGIT, a, b, 0)
#define A(n) (T_ALNUM, n, n, 0)
#define W(n) (T_WA, n, n, 0)
#define X(c) (T_LIT, 1, 1, c)

#define TK_INIT_(c, a, b, l) { c, a, b, l }
#define TK_LO_(c, a, b, l) a
#define TK_HI_(c, a, b, l) b
#define TK_INIT(t) TK_INIT_ t
#define TK_LO(t) TK_LO_ t
#define TK_HI(t) TK_HI_ t
#define NARGS_(a1, a2, a3, a4, a5, N, ...) N
#define NARGS(...) NARGS_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define SHAPE(...) CAT(SHAPE_, NARGS(__VA_ARGS__))(__VA_ARGS__)
#define SHAPE_1(a) { TK_LO(a), TK_HI(a), { TK_INIT(a) } }
#define SHAPE_2(a, b)                                                         \
    { TK_LO(a) + TK_LO(b), TK_HI(a) + TK_HI(b),                               \
      { TK_INIT(a), TK_INIT(b) } }
#define SHAPE_3(a, b, c)                                                      \
    { TK_LO(a) + TK_LO(b) + TK_LO(c), TK_HI(a) + TK_HI(b) + TK_HI(c),         \
      { TK_INIT(a), TK_INIT(b), TK_INIT(c) } }
#define SHAPE_4(a, b, c, d)                                                   \
    { TK_LO(a) + TK_LO(b) + TK_LO(c) + TK_LO(d),                              \
      TK_HI(a) + TK_HI(b) + TK_HI(c) + TK_HI(d),                              \
      { TK_INIT(a), TK_INIT(b), TK_INIT(c), TK_INIT(d) } }
#define SHAPE_5(a, b, c, d, e)                                                \
    { TK_LO(a) + TK_LO(b) + TK_LO(c) + TK_LO(d) + TK_LO(e),                   \
      TK_HI(a) + TK_HI(b) + TK_HI(c) + TK_HI(d) + TK_HI(e),                   \
      { TK_INIT(a), TK_INIT(b), TK_INIT(c), TK_INIT(d), TK_INIT(e) } }

/* Alphabetical by postal code: the row index is the bit in the mask. */
static const dl_state k_states[DL_STATE_COUNT] = {
    /* AK [N]: 1-7D. */
    { "AK", { SHAPE(DR(1, 7)) } },
    /* AL [N]: 1-8D; [K] 7D and [S] 7-8D are subsets. */
    { "AL", { SHAPE(DR(1, 8)) } },
    /* AR [N]: 4-9D; [K] says 9 digits starting with 9 (subset). */
    { "AR", { SHAPE(DR(4, 9)) } },
    /* AZ [N]: L8D | 9D; [N2] L1-8D | 2L2-5D (union). */
    { "AZ", { SHAPE(L(1), DR(1, 8)), SHAPE(L(2), DR(2, 5)), SHAPE(D(9)) } },
    /* CA [N][S][K]: L7D. */
    { "CA", { SHAPE(L(1), D(7)) } },
    /* CO [N]: 9D | L3-6D | 2L2-5D; [K] 9 digits printed ##-###-####. */
    { "CO", { SHAPE(D(9)), SHAPE(L(1), DR(3, 6)), SHAPE(L(2), DR(2, 5)) } },
    /* CT [N][S][K]: 9D. */
    { "CT", { SHAPE(D(9)) } },
    /* DC [N]: 7D | 9D. */
    { "DC", { SHAPE(D(7)), SHAPE(D(9)) } },
    /* DE [N]: 1-7D. */
    { "DE", { SHAPE(DR(1, 7)) } },
    /* FL [N]: L12D (printed SSSS-FFF-YY-DDD-N, soundex + birth date). */
    { "FL", { SHAPE(L(1), D(12)) } },
    /* GA [N]: 7-9D. */
    { "GA", { SHAPE(DR(7, 9)) } },
    /* HI [N]: L8D (H + 8) | 9D. */
    { "HI", { SHAPE(L(1), D(8)), SHAPE(D(9)) } },
    /* IA [N]: 9D | 3D2L4D. */
    { "IA", { SHAPE(D(9)), SHAPE(D(3), L(2), D(4)) } },
    /* ID [N]: 2L6DL | 9D. */
    { "ID", { SHAPE(L(2), D(6), L(1)), SHAPE(D(9)) } },
    /* IL [N]: L11D | L12D. */
    { "IL", { SHAPE(L(1), DR(11, 12)) } },
    /* IN [N]: L9D | 9D | 10D. */
    { "IN", { SHAPE(L(1), D(9)), SHAPE(DR(9, 10)) } },
    /* KS [N]: LDLDL | L8D (K + 8) | 9D. */
    { "KS", { SHAPE(L(1), D(1), L(1), D(1), L(1)),
              SHAPE(L(1), D(8)),
              SHAPE(D(9)) } },
    /* KY [N]: L8D | L9D | 9D. */
    { "KY", { SHAPE(L(1), DR(8, 9)), SHAPE(D(9)) } },
    /* LA [N]: 1-9D ([S] 0 + 8 digits, subset). */
    { "LA", { SHAPE(DR(1, 9)) } },
    /* MA [N]: L8D (S + 8) | 9D; [N2][S] also 2L7D (SA + 7). */
    { "MA", { SHAPE(L(1), D(8)), SHAPE(L(2), D(7)), SHAPE(D(9)) } },
    /* MD [N]: L12D. */
    { "MD", { SHAPE(L(1), D(12)) } },
    /* ME [N]: 7D | 7DL | 8D. */
    { "ME", { SHAPE(DR(7, 8)), SHAPE(D(7), L(1)) } },
    /* MI [N]: L10D | L12D. */
    { "MI", { SHAPE(L(1), D(10)), SHAPE(L(1), D(12)) } },
    /* MN [N]: L12D. */
    { "MN", { SHAPE(L(1), D(12)) } },
    /* MO [N]: L5-9D | L6D'R' | 8D2L | 9DL | 9D; [N2] also 3DL6D. */
    { "MO", { SHAPE(L(1), DR(5, 9)),
              SHAPE(L(1), D(6), X('R')),
              SHAPE(D(8), L(2)),
              SHAPE(D(9), L(1)),
              SHAPE(D(9)),
              SHAPE(D(3), L(1), D(6)) } },
    /* MS [N]: 9D. */
    { "MS", { SHAPE(D(9)) } },
    /* MT [N]: L8D | 9D | 13D | 14D.  [S] says "13 characters"; read as
     * the numeric 13 of [N] (no source shows letters in it). */
    { "MT", { SHAPE(L(1), D(8)), SHAPE(D(9)), SHAPE(DR(13, 14)) } },
    /* NC [N]: 1-12D. */
    { "NC", { SHAPE(DR(1, 12)) } },
    /* ND [N]: 3L6D | 9D. */
    { "ND", { SHAPE(L(3), D(6)), SHAPE(D(9)) } },
    /* NE [N]: L6-8D; [N2] also 1-7D (union). */
    { "NE", { SHAPE(L(1), DR(6, 8)), SHAPE(DR(1, 7)) } },
    /* NH [N]: 2D3L5D; [N2][NH] NHL + 8 random digits since 2017: 3L8D. */
    { "NH", { SHAPE(D(2), L(3), D(5)), SHAPE(L(3), D(8)) } },
    /* NJ [N]: L14D. */
    { "NJ", { SHAPE(L(1), D(14)) } },
    /* NM [N]: 8D | 9D. */
    { "NM", { SHAPE(DR(8, 9)) } },
    /* NV [N]: 9D | 10D | 12D | 'X'8D. */
    { "NV", { SHAPE(DR(9, 10)), SHAPE(D(12)), SHAPE(X('X'), D(8)) } },
    /* NY [N]: L7D | L18D | 8D | 9D | 16D | 8L. */
    { "NY", { SHAPE(L(1), D(7)),
              SHAPE(L(1), D(18)),
              SHAPE(DR(8, 9)),
              SHAPE(D(16)),
              SHAPE(L(8)) } },
    /* OH [N]: L4-8D | 2L3-7D | 8D ([S] 2L6D is a subset). */
    { "OH", { SHAPE(L(1), DR(4, 8)), SHAPE(L(2), DR(3, 7)), SHAPE(D(8)) } },
    /* OK [N]: L9D | 9D. */
    { "OK", { SHAPE(L(1), D(9)), SHAPE(D(9)) } },
    /* OR [N]: 1-9D; [N2] A or B + 6D, [S] 1 letter + 6 or 7 digits
     * (union: any letter + 6-7 digits). */
    { "OR", { SHAPE(DR(1, 9)), SHAPE(L(1), DR(6, 7)) } },
    /* PA [N][S]: 8D. */
    { "PA", { SHAPE(D(8)) } },
    /* RI [N]: 7D | L6D (V + 6); [N2] 7-8D (union). */
    { "RI", { SHAPE(DR(7, 8)), SHAPE(L(1), D(6)) } },
    /* SC [N]: 5-11D ([S] 6-11, subset). */
    { "SC", { SHAPE(DR(5, 11)) } },
    /* SD [N]: 6-10D | 12D. */
    { "SD", { SHAPE(DR(6, 10)), SHAPE(D(12)) } },
    /* TN [N]: 7-9D. */
    { "TN", { SHAPE(DR(7, 9)) } },
    /* TX [N]: 7-8D. */
    { "TX", { SHAPE(DR(7, 8)) } },
    /* UT [N]: 4-10D ([S] 7-10, subset). */
    { "UT", { SHAPE(DR(4, 10)) } },
    /* VA [N]: L8-11D | 9D. */
    { "VA", { SHAPE(L(1), DR(8, 11)), SHAPE(D(9)) } },
    /* VT [N]: 8D | 7D'A'. */
    { "VT", { SHAPE(D(8)), SHAPE(D(7), X('A')) } },
    /* WA [N]: 1-7 letters, then letters/digits/'*', 12 in all.  That is the
     * same set as "L + 11 of [A-Z0-9*]" ([WA]: old PIC like WOO**JT547KA,
     * new WDL + 9 since 2018).  [S]'s "5 Alpha + 3# + ..." describes
     * sub-cases of the same 12 characters.  Note L11D (IL) is inside it. */
    { "WA", { SHAPE(L(1), W(11)) } },
    /* WI [N]: L13D. */
    { "WI", { SHAPE(L(1), D(13)) } },
    /* WV [N]: 7D | 1-2L5-6D. */
    { "WV", { SHAPE(D(7)), SHAPE(LR(1, 2), DR(5, 6)) } },
    /* WY [N]: 9-10D. */
    { "WY", { SHAPE(DR(9, 10)) } },
};

#undef L
#undef LR
#undef D
#undef DR
#undef A
#undef W
#undef X
#undef TK_INIT_
#undef TK_LO_
#undef TK_HI_
#undef TK_INIT
#undef TK_LO
#undef TK_HI
#undef NARGS_
#undef NARGS
#undef CAT_
#undef CAT
#undef SHAPE
#undef SHAPE_1
#undef SHAPE_2
#undef SHAPE_3
#undef SHAPE_4
#undef SHAPE_5

/* Bit masks (bit i = character i) of the character classes of the input. */
typedef struct {
    uint32_t letter;
    uint32_t digit;
    uint32_t star;
    const char *s;
    size_t n;
} dl_classes;

static uint32_t class_mask(const dl_classes *c, const dl_tok *t)
{
    switch (t->cls) {
    case T_LETTER:
        return c->letter;
    case T_DIGIT:
        return c->digit;
    case T_ALNUM:
        return c->letter | c->digit;
    case T_WA:
        return c->letter | c->digit | c->star;
    case T_LIT: {
        uint32_t m = 0;
        for (size_t i = 0; i < c->n; i++) {
            if (c->s[i] == t->lit) {
                m |= (uint32_t)1u << i;
            }
        }
        return m;
    }
    default:
        return 0;
    }
}

/* 1 when the whole input matches the shape (its length range was already
 * checked by the caller). */
static int match_shape(const dl_shape *sh, const dl_classes *c)
{
    uint32_t reach = 1u; /* offset 0 reachable */

    if (sh->t[1].cls == T_END) {
        /* One token (the many "n-m digits" shapes): the length is in range,
         * so every character just has to be of the class. */
        uint32_t all = ((uint32_t)1u << c->n) - 1u;
        return (class_mask(c, &sh->t[0]) & all) == all;
    }
    for (int i = 0; i < DL_MAX_TOKS && sh->t[i].cls != T_END && reach != 0;
         i++) {
        const dl_tok *t = &sh->t[i];
        uint32_t cls = class_mask(c, t);
        uint32_t cur = reach, acc = (t->lo == 0) ? reach : 0;
        for (unsigned k = 1; k <= t->hi && cur != 0; k++) {
            cur = (cur & cls) << 1;
            if (k >= t->lo) {
                acc |= cur;
            }
        }
        reach = acc;
    }
    return (reach & ((uint32_t)1u << c->n)) != 0;
}

uint64_t pii_dl_states_of_length(size_t n)
{
    uint64_t mask = 0;
    for (int i = 0; i < DL_STATE_COUNT; i++) {
        const dl_shape *sh = k_states[i].shapes;
        for (int j = 0; j < DL_MAX_SHAPES && sh[j].maxlen != 0; j++)
            if (n >= sh[j].minlen && n <= sh[j].maxlen)
                mask |= (uint64_t)1u << i;
    }
    return mask;
}

void pii_dl_lead_init(dl_lead_table *t)
{
    memset(t, 0, sizeof *t);
    for (int i = 0; i < DL_STATE_COUNT; i++)
        for (int j = 0; j < DL_MAX_SHAPES && k_states[i].shapes[j].maxlen != 0; j++)
            for (int k = 0; k < DL_MAX_TOKS; k++)
                if (k_states[i].shapes[j].t[k].cls == T_LIT)
                    t->literal |= (uint64_t)1u << i;
    /* the other states' shapes, each at the lengths it has */
    for (int i = 0; i < DL_STATE_COUNT; i++) {
        if (t->literal & ((uint64_t)1u << i))
            continue;
        for (int j = 0; j < DL_MAX_SHAPES && k_states[i].shapes[j].maxlen != 0; j++) {
            const dl_shape *sh = &k_states[i].shapes[j];
            for (size_t n = sh->minlen > DL_MIN_LEN ? sh->minlen : DL_MIN_LEN;
                 n <= sh->maxlen && n <= DL_MAX_LEN; n++)
                for (size_t k = 1; k < n; k++) {
                    dl_classes c = {((uint32_t)1u << k) - 1u, ((uint32_t)1u << n) - ((uint32_t)1u << k),
                                    0, NULL, n};
                    if (match_shape(sh, &c))
                        t->mask[n][k] |= (uint64_t)1u << i;
                }
        }
    }
}

uint64_t pii_dl_format_match_lead(const dl_lead_table *t, const char *canon, size_t n,
                                  uint64_t states)
{
    size_t k = 0, d;
    if (canon == NULL || n < DL_MIN_LEN || n > DL_MAX_LEN)
        return 0;
    while (k < n && canon[k] >= 'A' && canon[k] <= 'Z')
        k++;
    for (d = k; d < n && canon[d] >= '0' && canon[d] <= '9'; d++)
        ;
    if (k == 0 || k == n || d != n)
        return pii_dl_format_match_in(canon, n, states);
    uint64_t lit = states & t->literal;
    return (t->mask[n][k] & states) | (lit ? pii_dl_format_match_in(canon, n, lit) : 0);
}

uint64_t pii_dl_format_match(const char *canon, size_t n)
{
    return pii_dl_format_match_in(canon, n, ~UINT64_C(0));
}

uint64_t pii_dl_format_match_in(const char *canon, size_t n, uint64_t states)
{
    dl_classes c;
    uint64_t mask = 0;

    if (canon == NULL || n < DL_MIN_LEN || n > DL_MAX_LEN) {
        return 0;
    }
    c.letter = c.digit = c.star = 0;
    c.s = canon;
    c.n = n;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)canon[i];
        uint32_t b = (uint32_t)1u << i;
        if (ch >= 'A' && ch <= 'Z') {
            c.letter |= b;
        } else if (ch >= '0' && ch <= '9') {
            c.digit |= b;
        } else if (ch == '*') {
            c.star |= b;
        } else {
            return 0; /* not canonical, or a character no state uses */
        }
    }
    for (int i = 0; i < DL_STATE_COUNT; i++) {
        if (!(states & ((uint64_t)1u << i)))
            continue;
        const dl_shape *sh = k_states[i].shapes;
        for (int j = 0; j < DL_MAX_SHAPES && sh[j].maxlen != 0; j++) {
            if (n >= sh[j].minlen && n <= sh[j].maxlen &&
                match_shape(&sh[j], &c)) {
                mask |= (uint64_t)1u << i;
                break;
            }
        }
    }
    return mask;
}

const char *pii_dl_state_code(int i)
{
    if (i < 0 || i >= DL_STATE_COUNT) {
        return NULL;
    }
    return k_states[i].code;
}

int pii_dl_state_index(const char *code2)
{
    char a, b;
    int lo = 0, hi = DL_STATE_COUNT - 1;

    if (code2 == NULL || code2[0] == '\0' || code2[1] == '\0' ||
        code2[2] != '\0') {
        return -1;
    }
    a = code2[0];
    b = code2[1];
    if (a >= 'a' && a <= 'z') {
        a = (char)(a - 'a' + 'A');
    }
    if (b >= 'a' && b <= 'z') {
        b = (char)(b - 'a' + 'A');
    }
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
        return -1;
    }
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        const char *k = k_states[mid].code;
        int cmp = (a != k[0]) ? (a - k[0]) : (b - k[1]);
        if (cmp == 0) {
            return mid;
        }
        if (cmp < 0) {
            hi = mid - 1;
        } else {
            lo = mid + 1;
        }
    }
    return -1;
}
