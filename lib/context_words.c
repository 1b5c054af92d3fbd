/*
 * context_words.c - hotwords per entity.
 *
 * Each entry is a phrase of one to three lower-case words that, near a
 * candidate, says what the candidate is.  Words are compared whole (the
 * tokenizer in context.c splits on anything that is not a letter or digit,
 * and at lower-to-upper case changes, so "dl_number", "dlNumber" and
 * "DL#" all yield the word "dl").  Sorted by first word for binary search;
 * context.c checks the order at build time of the tests.
 */
#include "context_words.h"

#define B(e) (UINT32_C(1) << (e))
#define SSN_ITIN (B(PII_US_SSN) | B(PII_US_ITIN))
#define PASSPORTS (B(PII_US_PASSPORT) | B(PII_PASSPORT))

const hotword hotwords[] = {
    {{"a", "c", NULL}, B(PII_US_BANK_NUMBER)}, /* a/c */
    {{"aba", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"abartn", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"acc", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"account", NULL, NULL}, B(PII_US_BANK_NUMBER) | B(PII_IBAN_CODE)},
    {{"accountno", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"accounts", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"acct", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"acctno", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"addr", NULL, NULL}, B(PII_IP_ADDRESS) | B(PII_MAC_ADDRESS)},
    {{"amex", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"bank", NULL, NULL}, B(PII_US_BANK_NUMBER) | B(PII_IBAN_CODE)},
    {{"beneficiary", NULL, NULL}, B(PII_IBAN_CODE)},
    {{"bssid", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"call", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"callback", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"card", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cardholder", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cards", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cc", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"ccn", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cdl", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"cell", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"cellphone", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"checking", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"client", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"contact", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"credit", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"debit", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"deposit", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"dial", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"diners", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"discover", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"dl", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dln", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"driver", "license", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"driver", "licence", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"drivers", "license", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"drivers", "licence", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"driving", "license", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"driving", "licence", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dst", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"e", "mail", NULL}, B(PII_EMAIL_ADDRESS)},
    {{"email", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"ether", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"fax", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"hardware", "address", NULL}, B(PII_MAC_ADDRESS)},
    {{"host", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"hwaddr", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"iban", NULL, NULL}, B(PII_IBAN_CODE)},
    {{"individual", "taxpayer", NULL}, B(PII_US_ITIN)},
    {{"ip", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"ipv4", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"ipv6", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"itin", NULL, NULL}, B(PII_US_ITIN)},
    {{"itins", NULL, NULL}, B(PII_US_ITIN)},
    {{"jcb", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"lic", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"licence", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"license", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"mac", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"maestro", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"mail", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"mailto", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"mastercard", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"mob", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mobile", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mrz", NULL, NULL}, PASSPORTS},
    {{"pan", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"passport", NULL, NULL}, PASSPORTS},
    {{"passports", NULL, NULL}, PASSPORTS},
    {{"payment", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"peer", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"ph", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"phone", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"remit", NULL, NULL}, B(PII_IBAN_CODE)},
    {{"remote", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"routing", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"rtn", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"savings", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"server", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"sms", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"soc", "sec", NULL}, SSN_ITIN},
    {{"social", "security", NULL}, B(PII_US_SSN)},
    {{"socsec", NULL, NULL}, B(PII_US_SSN)},
    {{"src", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"ssn", NULL, NULL}, B(PII_US_SSN)},
    {{"ssns", NULL, NULL}, B(PII_US_SSN)},
    {{"tax", "id", NULL}, SSN_ITIN},
    {{"tax", "identification", NULL}, SSN_ITIN},
    {{"taxpayer", NULL, NULL}, SSN_ITIN},
    {{"tel", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telephone", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"tin", NULL, NULL}, SSN_ITIN},
    {{"transit", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"travel", "document", NULL}, PASSPORTS},
    {{"unionpay", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"visa", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"whatsapp", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"wifi", NULL, NULL}, B(PII_MAC_ADDRESS)},
};
const size_t hotword_count = sizeof hotwords / sizeof hotwords[0];

/* Words that name the United States, for US_PASSPORT versus PASSPORT. */
const hotword us_words[] = {
    {{"america", NULL, NULL}, 1},
    {{"american", NULL, NULL}, 1},
    {{"u", "s", NULL}, 1},
    {{"u", "s", "a"}, 1},
    {{"united", "states", NULL}, 1},
    {{"us", NULL, NULL}, 1},
    {{"usa", NULL, NULL}, 1},
};
const size_t us_word_count = sizeof us_words / sizeof us_words[0];

/* Words that make a dotted quad a version number rather than an address. */
const hotword version_words[] = {
    {{"build", NULL, NULL}, 1},   {{"firmware", NULL, NULL}, 1}, {{"fw", NULL, NULL}, 1},
    {{"oid", NULL, NULL}, 1},     {{"release", NULL, NULL}, 1},  {{"rev", NULL, NULL}, 1},
    {{"revision", NULL, NULL}, 1}, {{"snmp", NULL, NULL}, 1},    {{"v", NULL, NULL}, 1},
    {{"ver", NULL, NULL}, 1},     {{"version", NULL, NULL}, 1},
};
const size_t version_word_count = sizeof version_words / sizeof version_words[0];

/* Labels of numbers that are not personal data.  When one of these is nearer
 * to a candidate than any hotword, the hotword is about something else. */
const hotword other_labels[] = {
    {{"amount", NULL, NULL}, 1},       {{"batch", NULL, NULL}, 1},
    {{"case", NULL, NULL}, 1},         {{"code", NULL, NULL}, 1},
    {{"confirmation", NULL, NULL}, 1}, {{"id", NULL, NULL}, 1},
    {{"invoice", NULL, NULL}, 1},      {{"order", NULL, NULL}, 1},
    {{"pid", NULL, NULL}, 1},          {{"port", NULL, NULL}, 1},
    {{"qty", NULL, NULL}, 1},          {{"quantity", NULL, NULL}, 1},
    {{"ref", NULL, NULL}, 1},          {{"reference", NULL, NULL}, 1},
    {{"request", NULL, NULL}, 1},      {{"requisition", NULL, NULL}, 1},
    {{"serial", NULL, NULL}, 1},       {{"session", NULL, NULL}, 1},
    {{"sku", NULL, NULL}, 1},          {{"ticket", NULL, NULL}, 1},
    {{"total", NULL, NULL}, 1},        {{"tracking", NULL, NULL}, 1},
    {{"transaction", NULL, NULL}, 1},  {{"txn", NULL, NULL}, 1},
    {{"zip", NULL, NULL}, 1},
};
const size_t other_label_count = sizeof other_labels / sizeof other_labels[0];
