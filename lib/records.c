/*
 * records.c - fields that a record's standard names by position.
 *
 * An HL7 v2 message or an X12 (HIPAA EDI) interchange names none of its
 * fields where they stand: the standards number them.  PID-19 of an HL7
 * message holds the patient's SSN; in X12 a qualifier element says what
 * the next one holds ("REF*SY*389216650~": REF01 "SY", so REF02 is an
 * SSN).  context.c reads a value in such a field as under a table column
 * of the name given here, and the table guard (hotmap.c) leaves nothing
 * out on a record's line, as below a header.
 *
 * A field is recognised only from the start of its segment (a line's
 * start, or for X12 the '~' that ends the segment before) within the
 * context's reach, so every split of a stream reads the same.
 */
#include <string.h>

#include "internal.h"

/* ---- HL7 v2 ---- */

/* Segments' fields that hold personal data ("PID|1||...||DOE^JANE||...|
 * 401892250|S9117742^CA|"; v2.5: PID-13/14 phones, PID-19 the SSN, PID-20
 * the driver's license; a next of kin's NK1-5/6 and NK1-37; a guarantor's
 * GT1-6/7 and GT1-12; an insurer's IN1-7). */
static const struct hl7_field {
    char segment[4];
    unsigned field;
    const char *name; /* read as a table column's name */
} hl7_fields[] = {
    {"PID", 13, "phone"}, {"PID", 14, "phone"}, {"PID", 19, "ssn"},
    {"PID", 20, "driver license"}, {"NK1", 5, "phone"}, {"NK1", 6, "phone"},
    {"NK1", 37, "ssn"}, {"GT1", 6, "phone"}, {"GT1", 7, "phone"}, {"GT1", 12, "ssn"},
    {"IN1", 7, "phone"},
};

/* A segment of hl7_fields[] at s, or a message's header ("MSH|"), behind
 * which a message whose segments end at '\r' alone goes on, on one line. */
static bool hl7_record(const uint8_t *s, size_t n)
{
    if (n < 4 || s[3] != '|')
        return false;
    if (memcmp(s, "MSH", 3) == 0)
        return true;
    for (size_t i = 0; i < sizeof hl7_fields / sizeof hl7_fields[0]; i++)
        if (memcmp(s, hl7_fields[i].segment, 3) == 0)
            return true;
    return false;
}

/* The name of the HL7 field that begins at cs, right after its '|' or a
 * repetition's '~' (cs > 0), on a segment's line that begins within reach (from lo; at the
 * view's start only where the stream starts: line_from_start), or NULL. */
static const char *hl7_field_name(const uint8_t *s, size_t lo, size_t cs, bool line_from_start,
                                  bool line_record)
{
    size_t ls = cs - 1;
    unsigned bars = 0;
    while (ls > lo && s[ls - 1] != '\n' && s[ls - 1] != '\r')
        bars += s[--ls] == '|';
    if (ls == lo && !(ls > 0 ? s[ls - 1] == '\n' || s[ls - 1] == '\r' : line_from_start))
        return NULL;
    if (ls > 0 && s[ls - 1] == '\r' && !line_record)
        return NULL; /* (a segment after '\r' alone: on a message's line) */
    if (cs - ls < 4 || s[ls + 3] != '|')
        return NULL;
    bars += s[cs - 1] == '|'; /* (the one before cs; after '~' it was counted) */
    for (size_t i = 0; i < sizeof hl7_fields / sizeof hl7_fields[0]; i++)
        if (hl7_fields[i].field == bars && memcmp(s + ls, hl7_fields[i].segment, 3) == 0)
            return hl7_fields[i].name;
    return NULL;
}

/* ---- X12 ---- */

/* Elements whose qualifier, the element before, says they hold personal
 * data (HIPAA 5010: 834 enrolments, 837 claims, 835 and 820 payments).
 * Elements are separated by '*' (or by '|', where the interchange's header
 * declares that: some trading partners do), segments ended by '~'. */
static const struct x12_field {
    char segment[4];
    unsigned element;  /* the value's number; its qualifier's is one less */
    const char *codes; /* the qualifiers, two characters each, ' ' apart */
    const char *name;  /* read as a table column's name */
} x12_fields[] = {
    {"REF", 2, "SY", "ssn"}, /* a reference identification: the SSN */
    {"NM1", 9, "34", "ssn"}, /* a name's identification code: the SSN */
    /* a contact's numbers: telephone, home, work, cellular, fax, beeper */
    {"PER", 4, "TE HP WP CP FX BN", "phone"},
    {"PER", 6, "TE HP WP CP FX BN", "phone"},
    {"PER", 8, "TE HP WP CP FX BN", "phone"},
    /* a transportation contact's (204 load tenders, 214 status messages) */
    {"G61", 4, "TE FX", "phone"},
    /* a payment's banks: the originator's (BPR06-09) and the receiver's
     * (BPR12-15), each an ABA routing number ("01") and a demand deposit
     * or savings account ("DA", "SG") */
    {"BPR", 7, "01", "routing"},
    {"BPR", 9, "DA SG", "bank account"},
    {"BPR", 13, "01", "routing"},
    {"BPR", 15, "DA SG", "bank account"},
};

static bool x12_segment_end(uint8_t c)
{
    return c == '~' || c == '\n' || c == '\r';
}

/* Whether s begins an X12 segment "ID*" (or "ID|") whose ID is n bytes. */
static bool x12_id_is(const uint8_t *s, size_t avail, const char *id, size_t n)
{
    return avail > n && (s[n] == '*' || s[n] == '|') && memcmp(s, id, n) == 0;
}

/* An interchange's header ("ISA*"), behind which an interchange written
 * on one line goes on, a functional group's or transaction set's, or a
 * segment of x12_fields[] at s. */
static bool x12_record(const uint8_t *s, size_t n)
{
    if (x12_id_is(s, n, "ISA", 3) || x12_id_is(s, n, "GS", 2) || x12_id_is(s, n, "ST", 2))
        return true;
    for (size_t i = 0; i < sizeof x12_fields / sizeof x12_fields[0]; i++)
        if (x12_id_is(s, n, x12_fields[i].segment, 3))
            return true;
    return false;
}

/* Whether the n bytes at q are one of codes ("SY", "TE HP ..."). */
static bool x12_code_in(const uint8_t *q, size_t n, const char *codes)
{
    if (n != 2)
        return false;
    for (const char *c = codes; c[0]; c += c[2] ? 3 : 2)
        if (q[0] == (uint8_t)c[0] && q[1] == (uint8_t)c[1])
            return true;
    return false;
}

/* The name of the X12 element that begins at cs, right after its '*' or
 * '|' (cs > 0), in a segment that begins within reach (as
 * hl7_field_name()), or NULL. */
static const char *x12_field_name(const uint8_t *s, size_t lo, size_t cs, bool line_from_start,
                                  bool line_record)
{
    uint8_t sep = s[cs - 1];
    size_t ss = cs - 1;      /* back to the segment's first byte */
    size_t qs = SIZE_MAX;    /* the qualifier's first byte */
    size_t id_end = cs - 1;  /* the '*' after the segment's ID */
    unsigned element = 1;    /* (the '*' before cs begins the value) */
    while (ss > lo && !x12_segment_end(s[ss - 1])) {
        if (s[--ss] == sep) {
            if (qs == SIZE_MAX)
                qs = ss + 1;
            id_end = ss;
            element++;
        }
    }
    if (ss == lo && !(ss > 0 ? x12_segment_end(s[ss - 1]) : line_from_start))
        return NULL;
    if (ss > 0 && s[ss - 1] != '\n' && !line_record)
        return NULL; /* (after '~': on an interchange's line) */
    if (qs == SIZE_MAX || id_end - ss != 3)
        return NULL;
    for (size_t i = 0; i < sizeof x12_fields / sizeof x12_fields[0]; i++) {
        const struct x12_field *f = &x12_fields[i];
        if (f->element == element && memcmp(s + ss, f->segment, 3) == 0 &&
            x12_code_in(s + qs, cs - 1 - qs, f->codes))
            return f->name;
    }
    return NULL;
}

/* ---- both ---- */

bool table_line_record_lookup(const uint8_t *s, size_t n)
{
    return hl7_record(s, n) || x12_record(s, n);
}

const char *record_field_lookup(const uint8_t *s, size_t lo, size_t cs, bool line_from_start,
                                bool line_record)
{
    /* (or after '~', a field's repetition: "...^PRN^PH~6179022841^PRN^CP") */
    const char *name = s[cs - 1] == '|' || s[cs - 1] == '~'
                           ? hl7_field_name(s, lo, cs, line_from_start, line_record)
                           : NULL;
    /* (no HL7 segment is named as the X12 ones read here) */
    return name ? name : x12_field_name(s, lo, cs, line_from_start, line_record);
}
