/*
 * validators.h - pure checks over canonical values (internal).
 *
 * Every function here is pure: no allocation, no global state, never reads
 * outside [s, s+n).  "Canonical" means separators already removed and, for
 * alphanumerics, upper case (the detectors build canonical values; the public
 * pii_validate() canonicalises raw user input before calling these).
 */
#ifndef PII_VALIDATORS_H
#define PII_VALIDATORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- payment cards ---- */
typedef enum card_brand {
    CARD_NONE = 0,
    CARD_VISA,
    CARD_MASTERCARD,
    CARD_AMEX,
    CARD_DISCOVER,
    CARD_JCB,
    CARD_DINERS,
    CARD_UNIONPAY,
    CARD_MAESTRO,
    CARD_MIR,
    CARD_RUPAY,
    CARD_TROY,
    CARD_BRAND_COUNT
} card_brand;

/* Luhn mod-10 over n ASCII digits (n >= 2). */
bool pii_luhn_ok(const char *digits, size_t n);
/* Brand whose IIN range *and* allowed lengths fit these digits (12..19),
 * or CARD_NONE.  Does not check Luhn. */
card_brand pii_card_brand(const char *digits, size_t n);
/* Upper-case brand name ("VISA", "MASTERCARD", "AMEX" ...), "" for NONE. */
const char *pii_card_brand_name(card_brand b);

/* ---- IBAN ---- */
/* canon: upper-case letters/digits, no spaces.  Checks the country is in the
 * registry, the length and BBAN structure match the registry, the check
 * digits are 02-98 (ISO 13616), and mod 97 == 1. */
bool pii_iban_ok(const char *canon, size_t n);
/* Registry length of an IBAN for this country code (2 upper-case letters),
 * or 0 when the country is not in the registry. */
unsigned pii_iban_country_length(const char *cc);

/* ---- US bank routing (ABA RTN) ---- */
/* 9 digits: weights 3,7,1 sum mod 10 == 0 and a valid Federal Reserve prefix
 * (00-12, 21-32, 61-72, 80).  "000000000" is invalid. */
bool pii_aba_ok(const char *digits9);

/* Mexico's CLABE, 18 digits: its check digit (weights 3, 7, 1).  Spain's
 * CCC, 20 digits: its two check digits (mod 11).  Both read exactly that
 * many ASCII digits. */
bool pii_clabe_ok(const char *digits18);
bool pii_ccc_ok(const char *digits20);

/* ---- SSN / ITIN ---- */
/* 9 digits: area not 000, 666 or 900-999; group not 00; serial not 0000;
 * not a well-known advertising/sample number (078-05-1120, 219-09-9999,
 * 457-55-5462, 123-45-6789) nor one digit repeated nine times. */
bool pii_ssn_ok(const char *digits9);
/* 9 digits: first digit 9, group (digits 4-5) in 50-65, 70-88, 90-92, 94-99. */
bool pii_itin_ok(const char *digits9);

/* ---- ICAO 9303 machine readable zone ---- */
/* Value of an MRZ character: '0'-'9' -> 0-9, 'A'-'Z' -> 10-35, '<' -> 0;
 * -1 for anything else. */
int pii_mrz_char_value(char c);
/* Check digit (weights 7,3,1 repeating) over n MRZ characters, or -1 if a
 * character is not an MRZ character. */
int pii_mrz_check_digit(const char *s, size_t n);
/* TD3 (passport) MRZ: two lines of 44 MRZ characters.  Line 1 starts with
 * 'P', a type letter or '<', the issuing state (letters or '<') and a name
 * starting with a letter.  Line 2: nationality letters or '<', sex M, F, X
 * or '<', and check digits for document number (pos 0-8, cd 9), birth date
 * (13-18, cd 19), expiry (21-26, cd 27), optional data (28-41, cd 42; '<' cd
 * allowed when the field is all '<'), and the composite (0-9,13-19,21-42,
 * cd 43) must all be right.  Dates must be plausible YYMMDD (a birth date
 * may have "<<" for an unknown year, month or day). */
bool pii_mrz_td3_ok(const char *line1, const char *line2);
/* Same check for line 2 alone (the line that carries the check digits). */
bool pii_mrz_td3_line2_ok(const char *line2);

/* ---- network ---- */
/* Strict dotted-quad IPv4 (4 decimal octets 0-255, no leading zeros except
 * "0" itself, no sign).  On success writes the octets when out != NULL. */
bool pii_ipv4_parse(const char *s, size_t n, uint8_t out[4]);
/* Any RFC 4291 / RFC 5952 text form of IPv6: full, "::"-compressed (at most
 * one "::"), embedded IPv4 in the last 32 bits, and an optional "%zone"
 * suffix (zone: 1-64 chars of [A-Za-z0-9._~-]).  No brackets, no port, no
 * prefix length.  On success writes the 16 bytes when out != NULL. */
bool pii_ipv6_parse(const char *s, size_t n, uint8_t out[16]);
/* MAC-48 / EUI-48: six hex pairs separated consistently by ':' or '-',
 * or three groups of four hex digits separated by '.' (Cisco).  Rejects
 * all-zero and all-ones (broadcast) addresses. */
bool pii_mac_ok(const char *s, size_t n);
/* Email address (raw text, not canonicalised): RFC 5321 limits (local part
 * 1-64 octets, domain 1-253, whole <= 254), dot-atom local part (ASCII atext
 * or UTF-8 per RFC 6531, no leading/trailing/double dots), domain of >= 2
 * labels, each 1-63 octets of letters/digits/hyphen (or UTF-8 for IDN), no
 * leading/trailing hyphen, TLD not all-numeric and >= 2 characters.  Single
 * label hosts ("localhost", "intranet") are rejected. */
bool pii_email_ok(const char *s, size_t n);

/* ---- phone ---- */
/* 10 NANP digits (no country code): area code and exchange each [2-9]XX,
 * neither N11; reserved-but-unassigned area codes (37X, 96X) are accepted. */
bool pii_nanp_ok(const char *digits10);
/* E.164 digits after '+': 8..15 digits, country code assigned (first digit
 * not 0), NANP rules when the country code is 1. */
bool pii_e164_ok(const char *digits, size_t n);
/* The length (1-3) of the assigned country code that digits[0, n) begin
 * with, or 0. */
size_t pii_country_code_len(const char *digits, size_t n);
/* Whether digits[0, n), a country code and then a national number, has
 * the national number's length that the country's numbering plan gives
 * its subscribers (countries whose plans are listed below; others: no).
 * For numbers written without their '+', which need this much more. */
bool pii_e164_plan_ok(const char *digits, size_t n);
/* Whether digits[0, n) after a '+' leave, after their country code, a
 * national number more than two digits shorter than the shortest the
 * country's plan (as above) gives: an amount's sign, not a phone's
 * ("+612441", "+412883"); plans not listed: no.  (Two spare digits:
 * old short landlines, "+49 89 12345".) */
bool pii_e164_too_short(const char *digits, size_t n);

#endif
