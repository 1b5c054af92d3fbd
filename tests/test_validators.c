/*
 * test_validators.c - Check suite for lib/validators/ and the public
 * pii_validate*() calls.  Vectors come from published sources (ICAO 9303
 * specimen, SWIFT IBAN registry examples, networks' public test card
 * numbers, IRS/SSA rules); derived vectors (fixed check digits on edited
 * values) were computed independently with python3-stdnum.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "pii.h"
#include "validators/validators.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

static int V(int entity, const char *s) { return pii_validate(entity, s, strlen(s)); }
static int NAMED(const char *name, const char *s) { return pii_validate_named(name, s, strlen(s)); }
static bool LUHN(const char *s) { return pii_luhn_ok(s, strlen(s)); }
static bool IBAN(const char *s) { return pii_iban_ok(s, strlen(s)); }
static bool IP4(const char *s) { return pii_ipv4_parse(s, strlen(s), NULL); }
static bool IP6(const char *s) { return pii_ipv6_parse(s, strlen(s), NULL); }
static bool MAC(const char *s) { return pii_mac_ok(s, strlen(s)); }
static bool EMAIL(const char *s) { return pii_email_ok(s, strlen(s)); }
static bool E164(const char *s) { return pii_e164_ok(s, strlen(s)); }
static card_brand BRAND(const char *s) { return pii_card_brand(s, strlen(s)); }

/* ICAO Doc 9303 Part 4 specimen passport (Anna Maria Eriksson, Utopia). */
static const char MRZ1[] = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
static const char MRZ2[] = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

/* ---- Luhn ---------------------------------------------------------------- */

START_TEST(test_luhn_vectors)
{
    ck_assert(LUHN("79927398713")); /* the classic worked example */
    ck_assert(!LUHN("79927398710"));
    ck_assert(!LUHN("79927398714"));
    ck_assert(LUHN("4111111111111111"));
    ck_assert(!LUHN("4111111111111112"));
    ck_assert(LUHN("00"));
    ck_assert(LUHN("18"));
    ck_assert(!LUHN("81"));
    ck_assert(!pii_luhn_ok("0", 1)); /* n >= 2 */
    ck_assert(!pii_luhn_ok("", 0));
    ck_assert(!LUHN("4111 1111 1111 1111")); /* canonical digits only */
    ck_assert(!LUHN("7992739871a"));
    ck_assert(!pii_luhn_ok(NULL, 5));
}
END_TEST

START_TEST(test_luhn_detects_single_digit_errors)
{
    char buf[] = "4012888888881881";
    ck_assert(LUHN(buf));
    for (size_t i = 0; i < strlen(buf); i++) {
        char orig = buf[i];
        for (char c = '0'; c <= '9'; c++) {
            if (c == orig)
                continue;
            buf[i] = c;
            ck_assert_msg(!LUHN(buf), "substitution at %zu to %c not caught", i, c);
        }
        buf[i] = orig;
    }
}
END_TEST

START_TEST(test_luhn_detects_adjacent_transpositions)
{
    char buf[] = "79927398713";
    for (size_t i = 0; i + 1 < strlen(buf); i++) {
        char a = buf[i], b = buf[i + 1];
        if (a == b || (a == '0' && b == '9') || (a == '9' && b == '0'))
            continue; /* 09 <-> 90 is Luhn's known blind spot */
        buf[i] = b;
        buf[i + 1] = a;
        ck_assert_msg(!LUHN(buf), "transposition at %zu not caught", i);
        buf[i] = a;
        buf[i + 1] = b;
    }
    ck_assert(LUHN("5090"));
    ck_assert(LUHN("5900")); /* the blind spot really is one */
}
END_TEST

/* ---- card brands --------------------------------------------------------- */

START_TEST(test_card_public_test_numbers)
{
    /* Test numbers published by the networks and by payment processors. */
    static const struct {
        const char *pan;
        card_brand brand;
    } v[] = {
        {"4111111111111111", CARD_VISA},       {"4012888888881881", CARD_VISA},
        {"4222222222222", CARD_VISA},          {"4000056655665556", CARD_VISA},
        {"5555555555554444", CARD_MASTERCARD}, {"5105105105105100", CARD_MASTERCARD},
        {"2223003122003222", CARD_MASTERCARD}, {"378282246310005", CARD_AMEX},
        {"371449635398431", CARD_AMEX},        {"6011111111111117", CARD_DISCOVER},
        {"6011000990139424", CARD_DISCOVER},   {"6011981111111113", CARD_DISCOVER},
        {"30569309025904", CARD_DINERS},       {"38520000023237", CARD_DINERS},
        {"36227206271667", CARD_DINERS},       {"3056930009020004", CARD_DINERS},
        {"3530111333300000", CARD_JCB},        {"3566002020360505", CARD_JCB},
        {"6200000000000005", CARD_UNIONPAY},   {"6205500000000000004", CARD_UNIONPAY},
        {"6759649826438453", CARD_MAESTRO},
    };
    for (size_t i = 0; i < N_ELEMS(v); i++) {
        ck_assert_msg(LUHN(v[i].pan), "%s", v[i].pan);
        ck_assert_msg(BRAND(v[i].pan) == v[i].brand, "%s: got %d want %d", v[i].pan,
                      BRAND(v[i].pan), v[i].brand);
    }
}
END_TEST

START_TEST(test_card_brand_boundaries)
{
    /* Mastercard 2-series 2221-2720, 16 digits. */
    ck_assert_int_eq(BRAND("2221000000000009"), CARD_MASTERCARD);
    ck_assert_int_eq(BRAND("2720000000000005"), CARD_MASTERCARD);
    ck_assert_int_eq(BRAND("2220000000000000"), CARD_NONE);
    ck_assert_int_eq(BRAND("2721000000000004"), CARD_NONE);
    ck_assert_int_eq(BRAND("5105105105105"), CARD_NONE); /* 13 digits */
    /* Mir 2200-2204. */
    ck_assert_int_eq(BRAND("2200000000000004"), CARD_MIR);
    ck_assert_int_eq(BRAND("2204000000000000"), CARD_MIR);
    ck_assert_int_eq(BRAND("2205000000000000"), CARD_NONE);
    ck_assert_int_eq(BRAND("220000000000000000"), CARD_MIR); /* 18 */
    /* Discover co-brand 622126-622925 inside UnionPay's 62. */
    ck_assert_int_eq(BRAND("6221260000000000"), CARD_DISCOVER);
    ck_assert_int_eq(BRAND("6229250000000003"), CARD_DISCOVER);
    ck_assert_int_eq(BRAND("6221250000000001"), CARD_UNIONPAY);
    ck_assert_int_eq(BRAND("6229260000000002"), CARD_UNIONPAY);
    ck_assert_int_eq(BRAND("6440000000000005"), CARD_DISCOVER);
    ck_assert_int_eq(BRAND("6490000000000004"), CARD_DISCOVER);
    ck_assert_int_eq(BRAND("6500000000000002"), CARD_DISCOVER);
    ck_assert_int_eq(BRAND("6011000000000004"), CARD_DISCOVER); /* not RuPay 60 */
    /* RuPay 6521-6522 (16 digits) before Discover 65. */
    ck_assert_int_eq(BRAND("6521000000000007"), CARD_RUPAY);
    /* Troy 9792, 16 digits */
    ck_assert_int_eq(BRAND("9792000000000003"), CARD_TROY);
    ck_assert_int_eq(BRAND("979200000000000"), CARD_NONE); /* 15 digits */
    ck_assert_int_eq(BRAND("9793000000000000"), CARD_NONE);
    ck_assert_int_eq(BRAND("6522000000000006"), CARD_RUPAY);
    ck_assert_int_eq(BRAND("6523000000000005"), CARD_DISCOVER);
    ck_assert_int_eq(BRAND("652100000000000007"), CARD_DISCOVER); /* 18 digits */
    ck_assert_int_eq(BRAND("6070000000000002"), CARD_RUPAY);
    ck_assert_int_eq(BRAND("8100000000000002"), CARD_RUPAY);
    ck_assert_int_eq(BRAND("8200000000000001"), CARD_RUPAY);
    ck_assert_int_eq(BRAND("810000000000000"), CARD_NONE); /* 15 digits */
    /* RuPay 508 (16 digits) before Maestro 50. */
    ck_assert_int_eq(BRAND("5085000000000007"), CARD_RUPAY);
    ck_assert_int_eq(BRAND("5085000000000"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("5000000000000009"), CARD_MAESTRO);
    /* Maestro ranges, 12-19 digits. */
    ck_assert_int_eq(BRAND("500000000005"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("5600000000000003"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("5800000000000001"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("5900000000000000"), CARD_NONE);
    ck_assert_int_eq(BRAND("6304000000000000"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("6767700000000005"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("6767740000000001"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("6767710000000000"), CARD_NONE);
    ck_assert_int_eq(BRAND("6761000000000006"), CARD_MAESTRO);
    ck_assert_int_eq(BRAND("6764000000000000"), CARD_NONE);
    /* JCB 3528-3589. */
    ck_assert_int_eq(BRAND("3528000000000007"), CARD_JCB);
    ck_assert_int_eq(BRAND("3589000000000003"), CARD_JCB);
    ck_assert_int_eq(BRAND("3527000000000008"), CARD_NONE);
    ck_assert_int_eq(BRAND("3590000000000000"), CARD_NONE);
    /* Diners 300-305, 3095, 36, 38-39, 14-19 digits. */
    ck_assert_int_eq(BRAND("30000000000004"), CARD_DINERS);
    ck_assert_int_eq(BRAND("30500000000003"), CARD_DINERS);
    ck_assert_int_eq(BRAND("30600000000000"), CARD_NONE);
    ck_assert_int_eq(BRAND("30950000000000"), CARD_DINERS);
    ck_assert_int_eq(BRAND("36000000000008"), CARD_DINERS);
    ck_assert_int_eq(BRAND("38000000000006"), CARD_DINERS);
    ck_assert_int_eq(BRAND("39000000000005"), CARD_DINERS);
    ck_assert_int_eq(BRAND("3600000000008"), CARD_NONE); /* 13 digits */
    /* Visa 13/16/19 only, Amex 15 only. */
    ck_assert_int_eq(BRAND("4111111111111111111"), CARD_VISA);
    ck_assert_int_eq(BRAND("411111111111111"), CARD_NONE);
    ck_assert_int_eq(BRAND("37828224631000"), CARD_NONE);
    ck_assert_int_eq(BRAND("3782822463100050"), CARD_NONE);
    /* Lengths outside 12..19 and non-digits. */
    ck_assert_int_eq(BRAND("41111111111"), CARD_NONE);
    ck_assert_int_eq(BRAND("41111111111111111111"), CARD_NONE);
    ck_assert_int_eq(BRAND("4x11111111111111"), CARD_NONE);
    ck_assert_int_eq(BRAND("1234567812345670"), CARD_NONE);
}
END_TEST

START_TEST(test_card_brand_names)
{
    ck_assert_str_eq(pii_card_brand_name(CARD_NONE), "");
    ck_assert_str_eq(pii_card_brand_name(CARD_VISA), "VISA");
    ck_assert_str_eq(pii_card_brand_name(CARD_MASTERCARD), "MASTERCARD");
    ck_assert_str_eq(pii_card_brand_name(CARD_AMEX), "AMEX");
    ck_assert_str_eq(pii_card_brand_name(CARD_RUPAY), "RUPAY");
    ck_assert_str_eq(pii_card_brand_name(CARD_BRAND_COUNT), "");
    for (int a = 1; a < CARD_BRAND_COUNT; a++) {
        const char *na = pii_card_brand_name((card_brand)a);
        ck_assert(strlen(na) > 0 && strlen(na) < PII_SUBTYPE_MAX);
        for (int b = a + 1; b < CARD_BRAND_COUNT; b++)
            ck_assert_str_ne(na, pii_card_brand_name((card_brand)b));
    }
}
END_TEST

/* ---- IBAN ---------------------------------------------------------------- */

/* Examples from the SWIFT IBAN registry. */
static const char *const iban_examples[] = {
    "GB82WEST12345698765432",       "DE89370400440532013000",
    "FR1420041010050500013M02606",  "NL91ABNA0417164300",
    "BE68539007547034",             "CH9300762011623852957",
    "ES9121000418450200051332",     "IT60X0542811101000000123456",
    "NO9386011117947",              "MT84MALT011000012345MTLCAST001S",
    "BR1800360305000010009795493C1", "SA0380000000608010167519",
    "LC55HEMM000100010012001200023015", "AL47212110090000000235698741",
    "MU17BOMM0101101030300200000MUR", "SC18SSCB11010000000000001497USD",
};

START_TEST(test_iban_registry_examples)
{
    for (size_t i = 0; i < N_ELEMS(iban_examples); i++)
        ck_assert_msg(IBAN(iban_examples[i]), "%s", iban_examples[i]);
}
END_TEST

START_TEST(test_iban_checksum_errors)
{
    char buf[40];
    ck_assert(!IBAN("GB82WEST12345698765431"));
    ck_assert(!IBAN("GB28WEST12345698765432"));
    ck_assert(!IBAN("DE89370400440532013001"));
    ck_assert(!IBAN("GB82WEST12345698765423")); /* transposition */
    /* Every single-digit substitution in a digit position is caught. */
    for (size_t k = 0; k < N_ELEMS(iban_examples); k++) {
        strcpy(buf, iban_examples[k]);
        for (size_t i = 2; i < strlen(buf); i++) {
            char orig = buf[i];
            if (orig < '0' || orig > '9')
                continue;
            buf[i] = orig == '9' ? '0' : (char)(orig + 1);
            ck_assert_msg(!IBAN(buf), "%s", buf);
            buf[i] = orig;
        }
    }
}
END_TEST

START_TEST(test_iban_length_country_structure)
{
    ck_assert(!IBAN("GB82WEST1234569876543"));    /* 21 */
    ck_assert(!IBAN("GB82WEST123456987654321"));  /* 23 */
    ck_assert(!IBAN("XX82WEST12345698765432"));   /* unknown country */
    ck_assert(!IBAN("US82WEST12345698765432"));
    ck_assert(!IBAN("gb82WEST12345698765432"));   /* canonical is upper case */
    ck_assert(!IBAN("GB82west12345698765432"));
    ck_assert(!IBAN("GBX2WEST12345698765432"));   /* check digits not digits */
    ck_assert(!IBAN("GB"));
    ck_assert(!pii_iban_ok("", 0));
    ck_assert(!pii_iban_ok(NULL, 22));
    /* Checksum right (computed with python3-stdnum) but the BBAN breaks
     * the registry structure: GB wants 4 letters first, DE 18 digits. */
    ck_assert(!IBAN("GB731EST12345698765432"));
    ck_assert(!IBAN("DE0537040044053201300A"));
    /* Check digits must be 02..98: 01/98 and 00/97 agree mod 97. */
    ck_assert(IBAN("DE98370400440532000034"));
    ck_assert(!IBAN("DE01370400440532000034"));
    ck_assert(IBAN("DE97370400440532000052"));
    ck_assert(!IBAN("DE00370400440532000052"));
    ck_assert(IBAN("DE02370400440532000016"));
    ck_assert(!IBAN("DE99370400440532000016"));
}
END_TEST

START_TEST(test_iban_country_length)
{
    ck_assert_uint_eq(pii_iban_country_length("DE"), 22);
    ck_assert_uint_eq(pii_iban_country_length("GB"), 22);
    ck_assert_uint_eq(pii_iban_country_length("NO"), 15);
    ck_assert_uint_eq(pii_iban_country_length("LC"), 32);
    ck_assert_uint_eq(pii_iban_country_length("AD"), 24); /* first row */
    ck_assert_uint_eq(pii_iban_country_length("XK"), 20); /* last row */
    ck_assert_uint_eq(pii_iban_country_length("FR"), 27);
    ck_assert_uint_eq(pii_iban_country_length("XX"), 0);
    ck_assert_uint_eq(pii_iban_country_length("US"), 0);
    ck_assert_uint_eq(pii_iban_country_length("de"), 0);
    ck_assert_uint_eq(pii_iban_country_length(""), 0);
    ck_assert_uint_eq(pii_iban_country_length(NULL), 0);
    for (size_t i = 0; i < N_ELEMS(iban_examples); i++)
        ck_assert_uint_eq(pii_iban_country_length(iban_examples[i]), strlen(iban_examples[i]));
}
END_TEST

/* ---- national account numbers: CLABE, CCC -------------------------------- */

START_TEST(test_clabe_ccc)
{
    /* CLABE: weights 3, 7, 1, each product mod 10 */
    ck_assert(pii_clabe_ok("002180012345678906"));
    ck_assert(pii_clabe_ok("012180001183597198"));
    ck_assert(pii_clabe_ok("012180015634219872"));
    ck_assert(!pii_clabe_ok("002180012345678907")); /* the check digit off by one */
    ck_assert(!pii_clabe_ok("012180001183597189")); /* two digits swapped */
    ck_assert(!pii_clabe_ok("00218001234567890a"));
    ck_assert(!pii_clabe_ok(NULL));
    /* CCC: two check digits mod 11 (vectors checked with python-stdnum's
     * stdnum.es.ccc) */
    ck_assert(pii_ccc_ok("21000418450200051332"));
    ck_assert(pii_ccc_ok("94580730072157368193"));
    ck_assert(pii_ccc_ok("03642621172997220033"));
    ck_assert(pii_ccc_ok("22453832013640562241"));
    ck_assert(!pii_ccc_ok("21000418450200051333")); /* the account's digit */
    ck_assert(!pii_ccc_ok("21000418460200051332")); /* the bank's digit */
    ck_assert(!pii_ccc_ok("21000418400000000000")); /* both digits hold, but no account */
    ck_assert(!pii_ccc_ok(NULL));
}
END_TEST

/* ---- ABA ----------------------------------------------------------------- */

START_TEST(test_aba)
{
    ck_assert(pii_aba_ok("011000015")); /* Federal Reserve Bank of Boston */
    ck_assert(pii_aba_ok("021000021"));
    ck_assert(pii_aba_ok("011000028"));
    ck_assert(!pii_aba_ok("123456789"));
    ck_assert(!pii_aba_ok("011000016"));
    ck_assert(!pii_aba_ok("000000000")); /* checksum 0, but never a number */
    ck_assert(!pii_aba_ok("01100001a"));
    ck_assert(!pii_aba_ok(NULL));
    /* Prefixes: checksum valid in every row (computed with stdnum.us.rtn). */
    ck_assert(pii_aba_ok("001000012"));
    ck_assert(pii_aba_ok("121000015"));
    ck_assert(pii_aba_ok("211000019"));
    ck_assert(pii_aba_ok("321000019"));
    ck_assert(pii_aba_ok("611000017"));
    ck_assert(pii_aba_ok("721000017"));
    ck_assert(pii_aba_ok("801000018"));
    ck_assert(!pii_aba_ok("131000018"));
    ck_assert(!pii_aba_ok("201000016"));
    ck_assert(!pii_aba_ok("331000012"));
    ck_assert(!pii_aba_ok("601000014"));
    ck_assert(!pii_aba_ok("731000010"));
    ck_assert(!pii_aba_ok("791000018"));
    ck_assert(!pii_aba_ok("811000011"));
    ck_assert(!pii_aba_ok("991000012"));
}
END_TEST

/* ---- SSN / ITIN ---------------------------------------------------------- */

START_TEST(test_ssn_rules)
{
    ck_assert(pii_ssn_ok("123456788"));
    ck_assert(pii_ssn_ok("001010001"));
    ck_assert(pii_ssn_ok("665999999"));
    ck_assert(pii_ssn_ok("667010001"));
    ck_assert(pii_ssn_ok("899990001"));
    ck_assert(pii_ssn_ok("772123456"));
    /* area 000, 666, 900-999 */
    ck_assert(!pii_ssn_ok("000123456"));
    ck_assert(!pii_ssn_ok("666123456"));
    ck_assert(!pii_ssn_ok("900123456"));
    ck_assert(!pii_ssn_ok("999123456"));
    ck_assert(!pii_ssn_ok("987654320")); /* SSA's advertising range */
    /* group 00, serial 0000 */
    ck_assert(!pii_ssn_ok("123006789"));
    ck_assert(!pii_ssn_ok("123450000"));
    ck_assert(pii_ssn_ok("123450001"));
    ck_assert(pii_ssn_ok("123016789"));
    /* non-digits */
    ck_assert(!pii_ssn_ok("12345678a"));
    ck_assert(!pii_ssn_ok(NULL));
}
END_TEST

START_TEST(test_ssn_sample_numbers)
{
    ck_assert(!pii_ssn_ok("078051120")); /* Woolworth wallet insert */
    ck_assert(!pii_ssn_ok("219099999")); /* 1940 SSB pamphlet */
    ck_assert(!pii_ssn_ok("457555462")); /* LifeLock advertising */
    ck_assert(!pii_ssn_ok("123456789"));
    ck_assert(!pii_ssn_ok("111111111"));
    ck_assert(!pii_ssn_ok("555555555"));
    ck_assert(!pii_ssn_ok("888888888"));
    /* neighbours of the samples are fine */
    ck_assert(pii_ssn_ok("078051121"));
    ck_assert(pii_ssn_ok("219099998"));
    ck_assert(pii_ssn_ok("457555463"));
    ck_assert(pii_ssn_ok("111111112"));
}
END_TEST

START_TEST(test_itin_group_boundaries)
{
    static const struct {
        const char *v;
        bool ok;
    } t[] = {
        {"912491234", false}, {"912501234", true},  {"912651234", true},
        {"912661234", false}, {"912691234", false}, {"912701234", true},
        {"912881234", true},  {"912891234", false}, {"912901234", true},
        {"912921234", true},  {"912931234", false}, {"912941234", true},
        {"912991234", true},  {"912001234", false}, {"900701234", true},
        {"999991234", true},  {"899701234", false}, {"012701234", false},
        {"91270123x", false},
        /* a form's mask for the format, not a number; its neighbours are */
        {"999999999", false}, {"999999998", true},  {"999999990", true},
    };
    for (size_t i = 0; i < N_ELEMS(t); i++)
        ck_assert_msg(pii_itin_ok(t[i].v) == t[i].ok, "%s", t[i].v);
    ck_assert(!pii_itin_ok(NULL));
}
END_TEST

/* ---- MRZ ----------------------------------------------------------------- */

START_TEST(test_mrz_char_and_check_digit)
{
    ck_assert_int_eq(pii_mrz_char_value('0'), 0);
    ck_assert_int_eq(pii_mrz_char_value('9'), 9);
    ck_assert_int_eq(pii_mrz_char_value('A'), 10);
    ck_assert_int_eq(pii_mrz_char_value('Z'), 35);
    ck_assert_int_eq(pii_mrz_char_value('<'), 0);
    ck_assert_int_eq(pii_mrz_char_value('a'), -1);
    ck_assert_int_eq(pii_mrz_char_value(' '), -1);
    ck_assert_int_eq(pii_mrz_char_value('\0'), -1);
    /* The specimen's published check digits. */
    ck_assert_int_eq(pii_mrz_check_digit("L898902C3", 9), 6);
    ck_assert_int_eq(pii_mrz_check_digit("740812", 6), 2);
    ck_assert_int_eq(pii_mrz_check_digit("120415", 6), 9);
    ck_assert_int_eq(pii_mrz_check_digit("ZE184226B<<<<<", 14), 1);
    ck_assert_int_eq(pii_mrz_check_digit("<<<<", 4), 0);
    ck_assert_int_eq(pii_mrz_check_digit("", 0), 0);
    ck_assert_int_eq(pii_mrz_check_digit("L898902c3", 9), -1);
}
END_TEST

START_TEST(test_mrz_specimen)
{
    ck_assert(pii_mrz_td3_ok(MRZ1, MRZ2));
    ck_assert(pii_mrz_td3_line2_ok(MRZ2));
    ck_assert(!pii_mrz_td3_ok(MRZ2, MRZ2)); /* line 1 must start with P */
    ck_assert(!pii_mrz_td3_ok("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", MRZ2));
    ck_assert(!pii_mrz_td3_ok("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<< ", MRZ2));
    ck_assert(!pii_mrz_td3_ok("P<UToERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", MRZ2));
    ck_assert(pii_mrz_td3_ok("PPUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", MRZ2));
    ck_assert(!pii_mrz_td3_ok(NULL, MRZ2));
    ck_assert(!pii_mrz_td3_ok(MRZ1, NULL));
}
END_TEST

/* Every checked position of line 2, changed to a character whose value
 * differs by 1, must be caught (7, 3 and 1 are all prime to 10). */
START_TEST(test_mrz_single_corruptions)
{
    char l2[45];
    for (size_t i = 0; i < 44; i++) {
        bool checked = !(i >= 10 && i <= 12) && i != 20;
        char c;
        memcpy(l2, MRZ2, sizeof l2);
        c = l2[i];
        if (c == '<')
            l2[i] = '1';
        else if (c == '9')
            l2[i] = '8';
        else if (c == 'Z')
            l2[i] = 'Y';
        else
            l2[i] = (char)(c + 1);
        if (checked)
            ck_assert_msg(!pii_mrz_td3_line2_ok(l2), "position %zu: %s", i, l2);
    }
    /* Nationality and sex carry no check digit: still valid when changed. */
    memcpy(l2, MRZ2, sizeof l2);
    l2[20] = 'M';
    ck_assert(pii_mrz_td3_line2_ok(l2));
    l2[20] = '<';
    ck_assert(pii_mrz_td3_line2_ok(l2));
    l2[20] = 'Q';
    ck_assert(!pii_mrz_td3_line2_ok(l2));
    memcpy(l2, MRZ2, sizeof l2);
    l2[12] = 'A';
    ck_assert(pii_mrz_td3_line2_ok(l2));
    l2[12] = '1';
    ck_assert(!pii_mrz_td3_line2_ok(l2)); /* nationality is letters */
    memcpy(l2, MRZ2, sizeof l2);
    l2[30] = 'e'; /* not an MRZ character at all */
    ck_assert(!pii_mrz_td3_line2_ok(l2));
}
END_TEST

START_TEST(test_mrz_dates_and_optional)
{
    /* All check digits right (computed with python), dates implausible. */
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7413128F1204159ZE184226B<<<<<10")); /* month 13 */
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7408122F1202306ZE184226B<<<<<14")); /* 30 Feb */
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7404319F1204159ZE184226B<<<<<14")); /* 31 Apr */
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7408007F1204159ZE184226B<<<<<10")); /* day 00 */
    ck_assert(pii_mrz_td3_line2_ok("L898902C36UTO7402290F1204159ZE184226B<<<<<16"));  /* 29 Feb */
    /* Unknown birth month and day may be filler; expiry may not. */
    ck_assert(pii_mrz_td3_line2_ok("L898902C36UTO74<<<<1F1204159ZE184226B<<<<<18"));
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7408122F<<<<<<0ZE184226B<<<<<10"));
    /* Sex outside M/F/X/< */
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7408122Q1204159ZE184226B<<<<<10"));
    /* Empty optional data: check digit '<' or '0'; anything else wrong. */
    ck_assert(pii_mrz_td3_line2_ok("L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<8"));
    ck_assert(pii_mrz_td3_line2_ok("L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08"));
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7408122F1204159<<<<<<<<<<<<<<53"));
    /* A non-empty optional field needs a digit. */
    ck_assert(!pii_mrz_td3_line2_ok("L898902C36UTO7408122F1204159ZE184226B<<<<<<0"));
}
END_TEST

/* ---- IPv4 / IPv6 --------------------------------------------------------- */

START_TEST(test_ipv4)
{
    uint8_t o[4];
    ck_assert(pii_ipv4_parse("192.168.1.254", 13, o));
    ck_assert_uint_eq(o[0], 192);
    ck_assert_uint_eq(o[1], 168);
    ck_assert_uint_eq(o[2], 1);
    ck_assert_uint_eq(o[3], 254);
    ck_assert(IP4("0.0.0.0"));
    ck_assert(IP4("255.255.255.255"));
    ck_assert(IP4("10.0.0.1"));
    static const char *const bad[] = {
        "256.1.1.1", "1.2.3.256", "01.2.3.4", "1.2.3.00", "1.2.3",     "1.2.3.4.5",
        "1..2.3",    ".1.2.3",    "1.2.3.4.", " 1.2.3.4", "1.2.3.4 ", "+1.2.3.4",
        "1.2.3.-4",  "1234.1.1.1", "a.b.c.d", "",         "1.2.3.4/24", "1,2,3,4",
        "0x1.2.3.4", "1.2.3.4\n",
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_msg(!IP4(bad[i]), "%s", bad[i]);
    ck_assert(!pii_ipv4_parse("1.2.3.4", 6, NULL)); /* length respected */
    ck_assert(pii_ipv4_parse("1.2.3.45", 7, NULL));
}
END_TEST

START_TEST(test_ipv6_valid)
{
    uint8_t a[16];
    static const uint8_t zero[16] = {0};

    ck_assert(pii_ipv6_parse("::", 2, a));
    ck_assert_mem_eq(a, zero, 16);
    ck_assert(pii_ipv6_parse("::1", 3, a));
    ck_assert_uint_eq(a[15], 1);
    ck_assert_mem_eq(a, zero, 15);
    ck_assert(pii_ipv6_parse("1::", 3, a));
    ck_assert_uint_eq(a[0], 0);
    ck_assert_uint_eq(a[1], 1);
    ck_assert_mem_eq(a + 2, zero, 14);
    ck_assert(IP6("2001:db8::ff00:42:8329"));
    ck_assert(pii_ipv6_parse("2001:0db8:0000:0000:0000:ff00:0042:8329", 39, a));
    {
        static const uint8_t want[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0,
                                         0, 0, 0xff, 0x00, 0x00, 0x42, 0x83, 0x29};
        uint8_t b[16];
        ck_assert_mem_eq(a, want, 16);
        ck_assert(pii_ipv6_parse("2001:db8::ff00:42:8329", 22, b));
        ck_assert_mem_eq(b, want, 16);
    }
    {
        static const uint8_t want[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4};
        ck_assert(pii_ipv6_parse("::ffff:1.2.3.4", 14, a));
        ck_assert_mem_eq(a, want, 16);
    }
    {
        static const uint8_t want[16] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, 192, 0, 2, 33};
        ck_assert(pii_ipv6_parse("64:ff9b::192.0.2.33", 19, a));
        ck_assert_mem_eq(a, want, 16);
    }
    {
        static const uint8_t want[16] = {0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 0};
        ck_assert(pii_ipv6_parse("1:2:3:4:5:6:7::", 15, a));
        ck_assert_mem_eq(a, want, 16);
    }
    ck_assert(IP6("fe80::1%eth0"));
    ck_assert(IP6("fe80::1%en0.100_a~b-c"));
    ck_assert(IP6("FE80::ABCD:EF01"));
    ck_assert(IP6("::2:3:4:5:6:7:8"));
    ck_assert(IP6("1:2:3:4:5:6:1.2.3.4"));
    ck_assert(IP6("::1.2.3.4"));
    ck_assert(IP6("1:0:0:0:0:0:0:8"));
    ck_assert(IP6("1::8"));
    ck_assert(IP6("ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"));
}
END_TEST

START_TEST(test_ipv6_invalid)
{
    static const char *const bad[] = {
        "1:2:3:4:5:6:7:8:9", /* 9 groups */
        "1:2:3:4:5:6:7",     /* 7 groups, no :: */
        "1:2:3:4:5:6:7:8::", /* :: standing for nothing */
        "1::2:3:4:5:6:7:8",
        "12345::",           /* 5 hex digits */
        "1::2::3",           /* two :: */
        ":::",
        "1:::2",
        ":1::",
        "1::2:",
        ":",
        "",
        "1:2:3:4:5:6:7:1.2.3.4", /* IPv4 beyond 128 bits */
        "::1.2.3.4:1",           /* IPv4 not last */
        "::ffff:1.2.3",
        "::ffff:01.2.3.4",
        "fe80::1%",
        "fe80::1%eth 0",
        "fe80::1%eth0%1",
        "[::1]",
        "::1/128",
        "g::1",
        " ::1",
        "::1 ",
        "1.2.3.4",
        "1:2:3:4:5:6:7:8%",
    };
    char longzone[80];
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_msg(!IP6(bad[i]), "%s", bad[i]);
    memcpy(longzone, "fe80::1%", 8);
    memset(longzone + 8, 'z', 64);
    longzone[72] = '\0';
    ck_assert(IP6(longzone)); /* 64-char zone */
    longzone[72] = 'z';
    longzone[73] = '\0';
    ck_assert(!IP6(longzone)); /* 65 */
}
END_TEST

START_TEST(test_mac)
{
    ck_assert(MAC("00:1A:2b:3C:4d:5E"));
    ck_assert(MAC("00-1A-2B-3C-4D-5E"));
    ck_assert(MAC("001a.2b3c.4d5e"));
    ck_assert(MAC("01:00:5e:00:00:fb"));
    ck_assert(MAC("ff:ff:ff:ff:ff:fe"));
    ck_assert(MAC("001A2B3C4D5E")); /* twelve hex digits, no separator */
    static const char *const bad[] = {
        "00:1A-2B:3C:4D:5E", "00:00:00:00:00:00", "FF:FF:FF:FF:FF:FF", "ff-ff-ff-ff-ff-ff",
        "0000.0000.0000",    "ffff.ffff.ffff",    "000000000000",      "00:1A:2B:3C:4D",
        "001A2B3C4D5",       "001A2B3C4D5E6",     "001A2B3C4D5G",      "ffffffffffff",
        "123456789012",      "deadbeefcafe",      "3C5ab4129E01",
        "00:1A:2B:3C:4D:5E:6F", "0:1A:2B:3C:4D:5E", "00:1G:2B:3C:4D:5E", "001a:2b3c:4d5e",
        "001a.2b3c-4d5e",    " 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E ", "00.1A.2B.3C.4D.5E",
        "",
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_msg(!MAC(bad[i]), "%s", bad[i]);
}
END_TEST

/* ---- email --------------------------------------------------------------- */

START_TEST(test_email_valid)
{
    ck_assert(EMAIL("user@example.com"));
    ck_assert(EMAIL("first.last+tag@sub.example.co.uk"));
    ck_assert(EMAIL("o'neil!#$%&*/=?^_`{|}~-x@example.org"));
    ck_assert(EMAIL("a@b.cd"));
    ck_assert(EMAIL("用户@例子.广告"));
    ck_assert(EMAIL("user@xn--bcher-kva.example"));
    ck_assert(EMAIL("josé@bücher.de"));
    ck_assert(EMAIL("user@123.example")); /* numeric label, not TLD */
    ck_assert(EMAIL("user@example.xn--p1ai"));
}
END_TEST

START_TEST(test_email_invalid)
{
    static const char *const bad[] = {
        "user@localhost",    "first..last@example.com", ".user@example.com",
        "user.@example.com", "user@example..com",       "user@.example.com",
        "user@example.com.", "user@-example.com",       "user@example-.com",
        "user@example.c",    "user@example.123",        "user@@example.com",
        "us@er@example.com", "user@exa mple.com",       "@example.com",
        "user@",             "user example@x.com",      " user@example.com",
        "user@example.com ", "user@exa_mple.com",       "user",
        "\"quoted\"@example.com", "user@[192.0.2.1]",   "",
        "us\xC3@example.com",     /* truncated UTF-8 */
        "us\xC0\xAF" "er@example.com", /* overlong */
        "us\xED\xA0\x80" "er@example.com", /* surrogate */
        "us\xC2\x85" "er@example.com",     /* C1 control */
        "user@exam\xFFple.com",
        "user@例子.广",           /* one-character TLD */
    };
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_msg(!EMAIL(bad[i]), "#%zu", i);
    ck_assert(!pii_email_ok("user@example.com", 14)); /* length respected */
    ck_assert(!pii_email_ok(NULL, 3));
}
END_TEST

START_TEST(test_email_limits)
{
    char buf[400];
    /* local part 64 ok, 65 not */
    memset(buf, 'a', 64);
    strcpy(buf + 64, "@example.com");
    ck_assert(EMAIL(buf));
    memset(buf, 'a', 65);
    strcpy(buf + 65, "@example.com");
    ck_assert(!EMAIL(buf));
    /* label 63 ok, 64 not */
    strcpy(buf, "u@");
    memset(buf + 2, 'b', 63);
    strcpy(buf + 65, ".com");
    ck_assert(EMAIL(buf));
    memset(buf + 2, 'b', 64);
    strcpy(buf + 66, ".com");
    ck_assert(!EMAIL(buf));
    /* whole address 254 ok, 255 not: 64 + '@' + 63.63.59.com */
    {
        size_t p = 0;
        memset(buf, 'a', 64);
        p = 64;
        buf[p++] = '@';
        memset(buf + p, 'b', 63);
        p += 63;
        buf[p++] = '.';
        memset(buf + p, 'c', 63);
        p += 63;
        buf[p++] = '.';
        memset(buf + p, 'd', 57);
        p += 57;
        strcpy(buf + p, ".com");
        ck_assert_uint_eq(strlen(buf), 254);
        ck_assert(EMAIL(buf));
        memmove(buf + p + 1, buf + p, 5);
        buf[p] = 'd';
        ck_assert_uint_eq(strlen(buf), 255);
        ck_assert(!EMAIL(buf));
    }
}
END_TEST

/* ---- phone --------------------------------------------------------------- */

START_TEST(test_nanp)
{
    ck_assert(pii_nanp_ok("2125550100"));
    ck_assert(pii_nanp_ok("8005550100"));
    ck_assert(pii_nanp_ok("3695550100")); /* just below 37X */
    ck_assert(pii_nanp_ok("3805550100")); /* just above 37X */
    ck_assert(pii_nanp_ok("9595550100"));
    ck_assert(pii_nanp_ok("9705550100"));
    ck_assert(pii_nanp_ok("2122000100"));
    ck_assert(pii_nanp_ok("2125210100"));
    ck_assert(pii_nanp_ok("2215550100")); /* 221: not N11 */
    ck_assert(!pii_nanp_ok("2125110100")); /* 511 is N11 */
    ck_assert(!pii_nanp_ok("0125550100")); /* area starts 0 */
    ck_assert(!pii_nanp_ok("1125550100")); /* area starts 1 */
    ck_assert(!pii_nanp_ok("4115550100")); /* N11 area */
    ck_assert(!pii_nanp_ok("9115550100"));
    ck_assert(pii_nanp_ok("3705550100")); /* reserved 37X: well-formed */
    ck_assert(pii_nanp_ok("9695550100")); /* reserved 96X: well-formed */
    ck_assert(!pii_nanp_ok("2120550100")); /* exchange starts 0 */
    ck_assert(!pii_nanp_ok("2121550100")); /* exchange starts 1 */
    ck_assert(!pii_nanp_ok("2124110100")); /* N11 exchange */
    ck_assert(!pii_nanp_ok("21255501x0"));
    ck_assert(!pii_nanp_ok(NULL));
}
END_TEST

START_TEST(test_e164)
{
    ck_assert(E164("442079460958"));  /* +44 UK */
    ck_assert(E164("12125550100"));   /* +1 NANP */
    ck_assert(E164("74951234567"));   /* +7 */
    ck_assert(E164("35312345678"));   /* +353 */
    ck_assert(E164("4930901820"));    /* +49 */
    ck_assert(E164("861012345678"));  /* +86 */
    ck_assert(E164("38344123456"));   /* +383 Kosovo */
    ck_assert(E164("123456789012345") == false); /* +1 with 15 digits */
    ck_assert(!E164("1212555010"));    /* +1 needs 10 more digits */
    ck_assert(!E164("11125550100"));   /* NANP rules under +1 */
    ck_assert(!E164("0441234567"));    /* 0 is no country code */
    ck_assert(!E164("2101234567"));    /* 210 spare */
    ck_assert(!E164("8011234567"));    /* 801 spare */
    ck_assert(!E164("4220123456"));    /* 422 spare */
    ck_assert(!E164("9991234567"));    /* 999 reserved */
    ck_assert(!E164("4412345"));       /* 7 digits */
    ck_assert(E164("44123456"));       /* 8 */
    ck_assert(E164("441234567890123")); /* 15 */
    ck_assert(!E164("4412345678901234")); /* 16 */
    ck_assert(!E164("44207946095x"));
    ck_assert(!pii_e164_ok(NULL, 10));
}
END_TEST

/* A national number of the length its country's plan gives. */
START_TEST(test_e164_plan)
{
#define PLAN(s) pii_e164_plan_ok((s), strlen(s))
    ck_assert(PLAN("447911123456"));    /* UK mobile: 10 */
    ck_assert(PLAN("4915123456789"));   /* Germany: 11 */
    ck_assert(PLAN("33612345678"));     /* France: 9 */
    ck_assert(PLAN("8613800138000"));   /* China mobile: 11 */
    ck_assert(PLAN("351912345678"));    /* Portugal (+351): 9 */
    ck_assert(PLAN("919876543210"));    /* India: 10 */
    ck_assert(!PLAN("4479111234567"));  /* UK: 11 is too long */
    ck_assert(!PLAN("3361234567"));     /* France: 8 is too short */
    ck_assert(!PLAN("9198765432101"));  /* India: 11 */
    ck_assert(!PLAN("24155550132"));    /* Gabon: no plan listed */
    ck_assert(!PLAN("85010112345"));    /* 850: none listed */
    ck_assert(!PLAN("0447911123456"));  /* no country code */
    ck_assert(!PLAN("44791112345x"));
    ck_assert(!PLAN("44"));
#undef PLAN
}
END_TEST

/* ---- public API ---------------------------------------------------------- */

static const char *subtype_of(int entity, const char *s, int *rc)
{
    static char st[PII_SUBTYPE_MAX];
    memset(st, 'x', sizeof st);
    *rc = pii_validate_ex(entity, s, strlen(s), st);
    return st;
}

START_TEST(test_public_cards)
{
    int rc;
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111111111111111"), 1);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111 1111 1111 1111"), 1);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111-1111-1111-1111"), 1);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111.1111.1111.1111"), 1);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "3782 822463 10005"), 1);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111 1111-1111 1111"), 0); /* mixed */
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111  1111 1111 1111"), 0);
    ck_assert_int_eq(V(PII_CREDIT_CARD, " 4111111111111111"), 0);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111111111111111 "), 0);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "-4111111111111111"), 0);
    ck_assert_int_eq(V(PII_CREDIT_CARD, "4111111111111112"), 0);  /* Luhn */
    ck_assert_int_eq(V(PII_CREDIT_CARD, "1234567812345670"), 0);  /* no brand */
    ck_assert_int_eq(V(PII_CREDIT_CARD, "500000000009"), 1);      /* 12-digit Maestro */
    ck_assert_int_eq(V(PII_CREDIT_CARD, "41111111111111111111"), 0);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, "4111111111111111\0", 17), 0);
    ck_assert_str_eq(subtype_of(PII_CREDIT_CARD, "4111 1111 1111 1111", &rc), "VISA");
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(subtype_of(PII_CREDIT_CARD, "378282246310005", &rc), "AMEX");
    ck_assert_str_eq(subtype_of(PII_CREDIT_CARD, "5555-5555-5555-4444", &rc), "MASTERCARD");
    ck_assert_str_eq(subtype_of(PII_CREDIT_CARD, "6221260000000000", &rc), "DISCOVER");
    ck_assert_str_eq(subtype_of(PII_CREDIT_CARD, "6521000000000007", &rc), "RUPAY");
    ck_assert_str_eq(subtype_of(PII_CREDIT_CARD, "2200000000000004", &rc), "MIR");
    ck_assert_str_eq(subtype_of(PII_CREDIT_CARD, "4111111111111112", &rc), "");
    ck_assert_int_eq(rc, 0);
}
END_TEST

START_TEST(test_public_ssn_itin_aba_bank)
{
    ck_assert_int_eq(V(PII_US_SSN, "123-45-6788"), 1);
    ck_assert_int_eq(V(PII_US_SSN, "123 45 6788"), 1);
    ck_assert_int_eq(V(PII_US_SSN, "123456788"), 1);
    ck_assert_int_eq(V(PII_US_SSN, "123.45.6788"), 1);
    ck_assert_int_eq(V(PII_US_SSN, "123-456788"), 0);
    ck_assert_int_eq(V(PII_US_SSN, "12-345-6788"), 0);
    ck_assert_int_eq(V(PII_US_SSN, "123-45 6788"), 0);
    ck_assert_int_eq(V(PII_US_SSN, " 123-45-6788"), 0);
    ck_assert_int_eq(V(PII_US_SSN, "078-05-1120"), 0);
    ck_assert_int_eq(V(PII_US_SSN, "666-12-3456"), 0);
    ck_assert_int_eq(V(PII_US_SSN, "1234567888"), 0);
    ck_assert_int_eq(V(PII_US_ITIN, "912-70-1234"), 1);
    ck_assert_int_eq(V(PII_US_ITIN, "912 50 1234"), 1);
    ck_assert_int_eq(V(PII_US_ITIN, "912931234"), 0);
    ck_assert_int_eq(V(PII_US_ITIN, "812-70-1234"), 0);
    ck_assert_int_eq(V(PII_ABA_ROUTING_NUMBER, "011000015"), 1);
    ck_assert_int_eq(V(PII_ABA_ROUTING_NUMBER, "0110-0001-5"), 1);
    ck_assert_int_eq(V(PII_ABA_ROUTING_NUMBER, "0110 0001 5"), 1);
    ck_assert_int_eq(V(PII_ABA_ROUTING_NUMBER, "0110-0001 5"), 0);
    ck_assert_int_eq(V(PII_ABA_ROUTING_NUMBER, "011-000-015"), 0);
    ck_assert_int_eq(V(PII_ABA_ROUTING_NUMBER, "123456789"), 0);
    ck_assert_int_eq(V(PII_ABA_ROUTING_NUMBER, "0110000150"), 0);
    ck_assert_int_eq(V(PII_US_BANK_NUMBER, "1234"), 1);
    ck_assert_int_eq(V(PII_US_BANK_NUMBER, "12345678901234567"), 1);
    ck_assert_int_eq(V(PII_US_BANK_NUMBER, "123"), 0);
    ck_assert_int_eq(V(PII_US_BANK_NUMBER, "123456789012345678"), 0);
    ck_assert_int_eq(V(PII_US_BANK_NUMBER, "1234-5678"), 0);
    ck_assert_int_eq(V(PII_US_BANK_NUMBER, "1234 5678"), 0);
}
END_TEST

START_TEST(test_public_iban)
{
    int rc;
    ck_assert_str_eq(subtype_of(PII_IBAN_CODE, "DE89 3704 0044 0532 0130 00", &rc), "DE");
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(subtype_of(PII_IBAN_CODE, "gb82 west 1234 5698 7654 32", &rc), "GB");
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(subtype_of(PII_IBAN_CODE, "NO9386011117947", &rc), "NO");
    ck_assert_int_eq(V(PII_IBAN_CODE, "NO93 8601 1117 947"), 1);
    ck_assert_int_eq(V(PII_IBAN_CODE, "de89370400440532013000"), 1);
    ck_assert_int_eq(V(PII_IBAN_CODE, "DE89 37040044 0532 0130 00"), 0);
    ck_assert_int_eq(V(PII_IBAN_CODE, "DE893 7040 0440 5320 1300 0"), 0);
    ck_assert_int_eq(V(PII_IBAN_CODE, "DE89  3704 0044 0532 0130 00"), 0);
    ck_assert_int_eq(V(PII_IBAN_CODE, "DE89-3704-0044-0532-0130-00"), 1);
    ck_assert_int_eq(V(PII_IBAN_CODE, "DE89 3704 0044 0532 0130 00 "), 0);
    ck_assert_int_eq(V(PII_IBAN_CODE, " DE89 3704 0044 0532 0130 00"), 0);
    ck_assert_int_eq(V(PII_IBAN_CODE, "DE89 3704 0044 0532 0130 01"), 0);
    ck_assert_int_eq(V(PII_IBAN_CODE, "DE89370400440532013000000000000000000"), 0);
    ck_assert_str_eq(subtype_of(PII_IBAN_CODE, "XX89370400440532013000", &rc), "");
    ck_assert_int_eq(rc, 0);
}
END_TEST

START_TEST(test_public_passports_and_licenses)
{
    char mrz[100];
    int rc;
    ck_assert_int_eq(V(PII_US_PASSPORT, "123456789"), 1);
    ck_assert_int_eq(V(PII_US_PASSPORT, "012345678"), 1);
    ck_assert_int_eq(V(PII_US_PASSPORT, "A12345678"), 1);
    ck_assert_int_eq(V(PII_US_PASSPORT, "a12345678"), 1);
    ck_assert_int_eq(V(PII_US_PASSPORT, "AB1234567"), 0);
    ck_assert_int_eq(V(PII_US_PASSPORT, "12345678"), 0);
    ck_assert_int_eq(V(PII_US_PASSPORT, "1234567890"), 0);

    snprintf(mrz, sizeof mrz, "%s\n%s", MRZ1, MRZ2);
    ck_assert_str_eq(subtype_of(PII_PASSPORT, mrz, &rc), "MRZ");
    ck_assert_int_eq(rc, 1);
    snprintf(mrz, sizeof mrz, "%s\r\n%s", MRZ1, MRZ2);
    ck_assert_int_eq(V(PII_PASSPORT, mrz), 1);
    snprintf(mrz, sizeof mrz, "%s %s", MRZ1, MRZ2);
    ck_assert_int_eq(V(PII_PASSPORT, mrz), 0);
    snprintf(mrz, sizeof mrz, "%s\n%s\n", MRZ1, MRZ2);
    ck_assert_int_eq(V(PII_PASSPORT, mrz), 0);
    snprintf(mrz, sizeof mrz, "%s\n%s", MRZ1, MRZ2);
    mrz[45 + 5] = '3'; /* document number corrupted */
    ck_assert_int_eq(V(PII_PASSPORT, mrz), 0);
    ck_assert_str_eq(subtype_of(PII_PASSPORT, "X1234567", &rc), "");
    ck_assert_int_eq(rc, 1);
    ck_assert_int_eq(V(PII_PASSPORT, "L898902C3"), 1);
    ck_assert_int_eq(V(PII_PASSPORT, "123456"), 1);
    ck_assert_int_eq(V(PII_PASSPORT, "ABCDEFG"), 0);   /* no digit */
    ck_assert_int_eq(V(PII_PASSPORT, "12345"), 0);     /* too short */
    ck_assert_int_eq(V(PII_PASSPORT, "1234567890"), 0); /* too long */
    ck_assert_int_eq(V(PII_PASSPORT, "AB-12345"), 0);

    /* Driver's licenses go through pii_dl_format_match() on the canonical
     * (upper-case, separator-free) value.  The valid ones are California's
     * letter + 7 digits and New York's 9 digits. */
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "A1234567"), 1);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "a123-4567"), 1);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "A 1234567"), 1);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "123 456 789"), 1);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "A--1234567"), 0);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "-A1234567"), 0);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "A1234567-"), 0);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "A.1234567"), 0);
    ck_assert_int_eq(V(PII_US_DRIVER_LICENSE, "!!!"), 0);
}
END_TEST

START_TEST(test_public_network_email)
{
    int rc;
    ck_assert_str_eq(subtype_of(PII_IP_ADDRESS, "192.168.0.1", &rc), "IPV4");
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(subtype_of(PII_IP_ADDRESS, "::1", &rc), "IPV6");
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(subtype_of(PII_IP_ADDRESS, "fe80::1%eth0", &rc), "IPV6");
    ck_assert_str_eq(subtype_of(PII_IP_ADDRESS, "::ffff:10.0.0.1", &rc), "IPV6");
    ck_assert_str_eq(subtype_of(PII_IP_ADDRESS, " 1.2.3.4", &rc), "");
    ck_assert_int_eq(rc, 0);
    ck_assert_int_eq(V(PII_IP_ADDRESS, "999.1.1.1"), 0);
    ck_assert_int_eq(V(PII_EMAIL_ADDRESS, "user@example.com"), 1);
    ck_assert_int_eq(V(PII_EMAIL_ADDRESS, "用户@例子.广告"), 1);
    ck_assert_int_eq(V(PII_EMAIL_ADDRESS, " user@example.com"), 0);
    ck_assert_int_eq(V(PII_EMAIL_ADDRESS, "user@localhost"), 0);
    ck_assert_int_eq(V(PII_MAC_ADDRESS, "00:1A:2B:3C:4D:5E"), 1);
    ck_assert_int_eq(V(PII_MAC_ADDRESS, "001a.2b3c.4d5e"), 1);
    ck_assert_int_eq(V(PII_MAC_ADDRESS, "00:1A:2B:3C:4D:5E\n"), 0);
    ck_assert_int_eq(V(PII_MAC_ADDRESS, "001A2B3C4D5E"), 1);
    ck_assert_int_eq(V(PII_MAC_ADDRESS, "001A2B3C4D5"), 0);
    ck_assert_int_eq(V(PII_MAC_ADDRESS, "001A2B3C4D5G"), 0);
    ck_assert_int_eq(V(PII_MAC_ADDRESS, "000000000000"), 0);
}
END_TEST

START_TEST(test_public_phone)
{
    static const char *const good[] = {
        "(212) 555-0100", "212-555-0100",    "212.555.0100",       "212 555 0100",
        "2125550100",     "1-212-555-0100",  "1 (212) 555-0100",   "12125550100",
        "+1 212 555 0100", "+1 (212) 555-0100", "+1-212-555-0100", "+12125550100",
        "(212)555-0100",  "+44 20 7946 0958", "+44 (0)20 7946 0958", "+442079460958",
        "+49 30 901820",  "+33 1 23 45 67 89", "+7 495 123-45-67",
    };
    static const char *const bad[] = {
        "(212) 555-01000",  "555-0100",          "+0 123 456 789",  "+1 212 555 010",
        "212--555-0100",    "(212 555-0100",     "212) 555-0100",   "+1 (112) 555-0100",
        "22125550100",      "+",                 "+ 1 212 555 0100", "(212) (555) 0100",
        "112-555-0100",     "212-155-0100",      "212-555-0100 ",   " 212-555-0100",
        "+210 123 4567",    "2125550100x",       "-212-555-0100",   "212/555/0100",
        "+44 (0)20 7946 09581234",
    };
    for (size_t i = 0; i < N_ELEMS(good); i++)
        ck_assert_msg(V(PII_PHONE_NUMBER, good[i]) == 1, "%s", good[i]);
    for (size_t i = 0; i < N_ELEMS(bad); i++)
        ck_assert_msg(V(PII_PHONE_NUMBER, bad[i]) == 0, "%s", bad[i]);
}
END_TEST

START_TEST(test_public_errors)
{
    char st[PII_SUBTYPE_MAX] = "stale";
    char big[600];

    ck_assert_int_eq(pii_validate(-1, "1", 1), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_validate(PII_ENTITY_BUILTIN_COUNT, "1", 1), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_validate(1000, "1", 1), PII_ERR_UNKNOWN_ENTITY);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, NULL, 3), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, NULL, 3, st), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, NULL, 0), 0);
    ck_assert_int_eq(pii_validate(PII_CREDIT_CARD, "", 0), 0);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        ck_assert_int_eq(pii_validate(e, "", 0), 0);
        ck_assert_int_eq(pii_validate(e, NULL, 1), PII_ERR_NULL);
    }
    /* Over-long input is simply invalid, for every entity. */
    memset(big, '1', sizeof big);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++)
        ck_assert_int_eq(pii_validate(e, big, sizeof big), 0);
    /* subtype is cleared when the value is not valid, and may be NULL. */
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, "4111", 4, st), 0);
    ck_assert_str_eq(st, "");
    ck_assert_int_eq(pii_validate_ex(PII_CREDIT_CARD, "4111111111111111", 16, NULL), 1);
    /* Entities without a subtype leave "" on success. */
    strcpy(st, "stale");
    ck_assert_int_eq(pii_validate_ex(PII_US_SSN, "123-45-6788", 11, st), 1);
    ck_assert_str_eq(st, "");
}
END_TEST

START_TEST(test_public_named)
{
    char mrz[100];
    ck_assert_int_eq(NAMED("luhn", "79927398713"), 1);
    ck_assert_int_eq(NAMED("luhn", "7992 7398 713"), 1);
    ck_assert_int_eq(NAMED("luhn", "79927398710"), 0);
    ck_assert_int_eq(NAMED("LUHN", "79927398713"), 1);
    ck_assert_int_eq(NAMED("Luhn", "1234567812345670"), 1); /* no brand needed */
    ck_assert_int_eq(NAMED("iban", "GB82 WEST 1234 5698 7654 32"), 1);
    ck_assert_int_eq(NAMED("iban", "GB82 WEST 1234 5698 7654 33"), 0);
    ck_assert_int_eq(NAMED("aba", "011000015"), 1);
    ck_assert_int_eq(NAMED("aba", "123456789"), 0);
    ck_assert_int_eq(NAMED("ssn", "123-45-6788"), 1);
    ck_assert_int_eq(NAMED("ssn", "219-09-9999"), 0);
    ck_assert_int_eq(NAMED("itin", "900-70-0000"), 1);
    ck_assert_int_eq(NAMED("itin", "900-89-0000"), 0);
    ck_assert_int_eq(NAMED("mrz", MRZ2), 1);
    snprintf(mrz, sizeof mrz, "%s\n%s", MRZ1, MRZ2);
    ck_assert_int_eq(NAMED("mrz", mrz), 1);
    ck_assert_int_eq(NAMED("mrz", MRZ1), 0);
    ck_assert_int_eq(NAMED("ipv4", "10.1.2.3"), 1);
    ck_assert_int_eq(NAMED("ipv4", "::1"), 0);
    ck_assert_int_eq(NAMED("ipv6", "::1"), 1);
    ck_assert_int_eq(NAMED("ipv6", "10.1.2.3"), 0);
    ck_assert_int_eq(NAMED("email", "a@b.cd"), 1);
    ck_assert_int_eq(NAMED("email", "a@b"), 0);
    ck_assert_int_eq(NAMED("mac", "00-1A-2B-3C-4D-5E"), 1);
    ck_assert_int_eq(NAMED("mac", "00-00-00-00-00-00"), 0);
    ck_assert_int_eq(NAMED("nanp", "(212) 555-0100"), 1);
    ck_assert_int_eq(NAMED("nanp", "+1 212 555 0100"), 1);
    ck_assert_int_eq(NAMED("nanp", "+44 20 7946 0958"), 0);
    ck_assert_int_eq(NAMED("nanp", "(212) 155-0100"), 0);
    ck_assert_int_eq(NAMED("nope", "1"), PII_ERR_UNSUPPORTED);
    ck_assert_int_eq(NAMED("", "1"), PII_ERR_UNSUPPORTED);
    ck_assert_int_eq(NAMED("luhnx", "79927398713"), PII_ERR_UNSUPPORTED);
    ck_assert_int_eq(NAMED("luh", "79927398713"), PII_ERR_UNSUPPORTED);
    ck_assert_int_eq(pii_validate_named(NULL, "1", 1), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate_named("luhn", NULL, 4), PII_ERR_NULL);
    ck_assert_int_eq(pii_validate_named("luhn", NULL, 0), 0);
}
END_TEST

/* Every entity and named validator over values copied into buffers of
 * exactly their length (no NUL after them), so that AddressSanitizer builds
 * catch any read past the end; plus deterministic random junk drawn from
 * the characters the canonicalisers care about.  Results must agree with
 * the same value in a NUL-terminated literal, and be 0 or 1. */
static const char *const named_names[] = {"luhn", "iban", "aba", "ssn", "itin", "mrz",
                                          "ipv4", "ipv6", "email", "mac", "nanp"};

static void check_exact(const char *s, size_t n)
{
    char *copy = malloc(n ? n : 1);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, s, n);
    for (int e = 0; e < PII_ENTITY_BUILTIN_COUNT; e++) {
        int a = pii_validate(e, copy, n), b = pii_validate(e, s, n);
        ck_assert_int_eq(a, b);
        ck_assert(a == 0 || a == 1);
    }
    for (size_t k = 0; k < N_ELEMS(named_names); k++) {
        int a = pii_validate_named(named_names[k], copy, n);
        ck_assert(a == 0 || a == 1);
        ck_assert_int_eq(a, pii_validate_named(named_names[k], s, n));
    }
    free(copy);
}

START_TEST(test_public_exact_buffers)
{
    static const char *const values[] = {
        "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "123-45-6788", "0110-0001-5",
        "fe80::1%eth0", "::ffff:1.2.3.4", "1:2:3:4:5:6:7::", "用户@例子.广告", "a@b.cd",
        "00:1A:2B:3C:4D:5E", "001a.2b3c.4d5e", "+44 (0)20 7946 0958", "(212) 555-0100",
        "A12345678", "L898902C3", "a123-4567", "us\xC3", "1.2.3.4", "DE89", "::", "(",
        "+", "P<UTO", MRZ2,
    };
    char mrz[100];
    uint32_t x = 12345;
    char buf[128];
    static const char alphabet[] = "0123456789abcdefABCDEFXZ<@.:-% ()+\n\r\xC3\xA9\xE4";

    for (size_t i = 0; i < N_ELEMS(values); i++)
        check_exact(values[i], strlen(values[i]));
    snprintf(mrz, sizeof mrz, "%s\n%s", MRZ1, MRZ2);
    check_exact(mrz, strlen(mrz));
    for (int iter = 0; iter < 5000; iter++) {
        size_t n;
        x = x * 1103515245u + 12345u;
        n = (x >> 16) % 96;
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            buf[i] = alphabet[(x >> 16) % (sizeof alphabet - 1)];
        }
        check_exact(buf, n);
    }
}
END_TEST

static Suite *validators_suite(void)
{
    Suite *s = suite_create("validators");
    struct {
        const char *name;
        const TTest *tests[10];
    } cases[] = {
        {"luhn", {test_luhn_vectors, test_luhn_detects_single_digit_errors,
                  test_luhn_detects_adjacent_transpositions}},
        {"card", {test_card_public_test_numbers, test_card_brand_boundaries,
                  test_card_brand_names}},
        {"iban", {test_iban_registry_examples, test_iban_checksum_errors,
                  test_iban_length_country_structure, test_iban_country_length}},
        {"aba", {test_aba, test_clabe_ccc}},
        {"ssn_itin", {test_ssn_rules, test_ssn_sample_numbers, test_itin_group_boundaries}},
        {"mrz", {test_mrz_char_and_check_digit, test_mrz_specimen, test_mrz_single_corruptions,
                 test_mrz_dates_and_optional}},
        {"network", {test_ipv4, test_ipv6_valid, test_ipv6_invalid, test_mac}},
        {"email", {test_email_valid, test_email_invalid, test_email_limits}},
        {"phone", {test_nanp, test_e164, test_e164_plan}},
        {"public", {test_public_cards, test_public_ssn_itin_aba_bank, test_public_iban,
                    test_public_passports_and_licenses, test_public_network_email,
                    test_public_phone, test_public_errors, test_public_named,
                    test_public_exact_buffers}},
    };
    for (size_t i = 0; i < N_ELEMS(cases); i++) {
        TCase *tc = tcase_create(cases[i].name);
        for (size_t j = 0; j < N_ELEMS(cases[i].tests) && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

PII_CHECK_MAIN(validators_suite)
