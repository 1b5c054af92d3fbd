/*
 * context_words.c - hotwords per entity.
 *
 * Each entry is a phrase of one to three lower-case words that, near a
 * candidate, says what the candidate is.  Words are compared whole (the
 * tokenizer in context.c splits on anything that is not a letter or digit,
 * and at lower-to-upper case changes, so "dl_number", "dlNumber" and
 * "DL#" all yield the word "dl").  Words are written as the tokenizer
 * folds them: lower case, accents and other marks away ("numero" for
 * "número", "पसपरट" for "पासपोर्ट").  Sorted by first word, for the
 * reader: lookups go through an index built with each ruleset
 * (context.c, match_indexed()).
 */
#include "context_words.h"

#define B(e) (UINT32_C(1) << (e))
#define SSN_ITIN (B(PII_US_SSN) | B(PII_US_ITIN))
#define PASSPORTS (B(PII_US_PASSPORT) | B(PII_PASSPORT))

const hotword hotwords[] = {
    {{"a", "c", NULL}, B(PII_US_BANK_NUMBER)},
    {{"aba", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"aba", "code", NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* a wire form's "ABA Code:", a gateway's "x_bank_aba_code" */
    {{"abanumber", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* joined after capitals, "ABANumber", as the tokenizer keeps it */
    {{"abartn", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"abas", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* a plural: "Intermediary ABAs: ..." */
    {{"acc", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"account", NULL, NULL}, B(PII_US_BANK_NUMBER) | B(PII_IBAN_CODE)},
    {{"accountno", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"accounts", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"accounts", "payable", NULL}, 0}, /* a department, not an account: "Accounts Payable releases ... PRO 7349102290" */
    {{"accounts", "receivable", NULL}, 0},
    {{"acct", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"acctno", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"achaccount", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* "ACHAccount" */
    {{"achrouting", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* "ACHRouting" */
    {{"addr", NULL, NULL}, B(PII_IP_ADDRESS) | B(PII_MAC_ADDRESS)},
    {{"amex", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"appeler", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* French: call */
    {{"appelez", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"asxh", NULL, NULL}, B(PII_US_SSN)}, /* Vietnamese: "số ASXH", short for an sinh xã hội */
    {{"bang", "lai", "xe"}, B(PII_US_DRIVER_LICENSE)}, /* Vietnamese: "bằng lái xe" */
    {{"bank", NULL, NULL}, B(PII_US_BANK_NUMBER) | B(PII_IBAN_CODE)},
    {{"bankkonto", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"bankovni", "spojeni", NULL}, B(PII_US_BANK_NUMBER) | B(PII_IBAN_CODE)}, /* Czech: bank details ("Bankovní spojení") */
    {{"beeper", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"bel", NULL, NULL}, B(PII_PHONE_NUMBER)},    /* Dutch: "bel ons op" */
    {{"bellen", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"beneficiary", NULL, NULL}, B(PII_IBAN_CODE)},
    {{"bereikbaar", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Dutch: reachable */
    {{"bluetooth", "address", NULL}, B(PII_MAC_ADDRESS)},
    {{"bluetooth", "addr", NULL}, B(PII_MAC_ADDRESS)},
    {{"bssid", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"bt", "address", NULL}, B(PII_MAC_ADDRESS)},
    {{"bt", "addr", NULL}, B(PII_MAC_ADDRESS)},
    {{"btmacaddr", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"btn", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a telephone company's billing telephone number (in capitals or as a key: drop_lowercase_abbreviations()) */
    {{"businessphone", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* joined as CRM fields' names are (Salesforce's MOBILEPHONE) */
    {{"c", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a card's "C:" for cell, only as a key: key_only_hotword() */
    {{"c", "c", NULL}, B(PII_US_BANK_NUMBER)}, /* Italian: "c/c n.", conto corrente */
    {{"call", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"callback", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"called", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"callee", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a call record's called party */
    {{"caller", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"caller", "id", NULL}, B(PII_PHONE_NUMBER)}, /* (not "id", another number's label) */
    {{"callerid", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"calling", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"calling", "station", "id"}, B(PII_PHONE_NUMBER) | B(PII_MAC_ADDRESS)}, /* RADIUS: a caller's number or a Wi-Fi client's MAC */
    {{"calls", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"card", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cardholder", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cards", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"carta", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cartao", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"carte", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"carteira", "de", "motorista"}, B(PII_US_DRIVER_LICENSE)},
    {{"cb", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a call-back number in an agent's notes, as a key only: "cb#6174829031" */
    {{"cc", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"ccc", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Spain's account code */
    {{"ccn", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cdl", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"cdlnumber", NULL, NULL}, B(PII_US_DRIVER_LICENSE)}, /* "CDLNumber" */
    {{"cel", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Spanish, Portuguese: celular */
    {{"cell", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"cellphone", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"cellulaire", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* French (Canada): mobile */
    {{"cellulare", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: mobile */
    {{"celular", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"cestovni", "pas", NULL}, PASSPORTS}, /* Czech: a passport ("cestovní pas") */
    {{"cestovniho", "pasu", NULL}, PASSPORTS},
    {{"checkaba", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* a gateway's eCheck fields (NMI's checkaba=, checkaccount=) */
    {{"checkaccount", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"checking", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"chiamami", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: call me */
    {{"chiamante", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: a call record's caller */
    {{"chiamare", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"chiamata", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: a call */
    {{"chiamatemi", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"chiamato", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* and the number called */
    {{"clabe", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Mexico's account number */
    {{"clid", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a caller's line identity (Asterisk) */
    {{"client", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"compte", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"conta", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"contact", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"contacto", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"contactos", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"contacts", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"contato", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"contatos", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"contatto", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"conto", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"correo", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"courriel", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"cpte", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* French: "N° cpte", compte */
    {{"credit", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"creditcard", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"cta", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Spanish: cuenta ("Cta. Cte.") */
    {{"ctcb", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* and business */
    {{"ctch", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* and home */
    {{"ctcm", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a reservation's mobile contact (SSR CTCM) */
    {{"cuenta", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"cuentas", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Spanish: accounts ("Cuentas: ...") */
    {{"customer", "care", NULL}, B(PII_PHONE_NUMBER)}, /* a support line's label */
    {{"d", "l", NULL}, B(PII_US_DRIVER_LICENSE)}, /* "D.L.", "D/L" */
    {{"dda", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"debit", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"deposit", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"dfiaccount", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* NACHA's "DFIAccountNumber" */
    {{"dial", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"dialed", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"dialed", "number", NULL}, B(PII_PHONE_NUMBER)},
    {{"dialled", "number", NULL}, B(PII_PHONE_NUMBER)},
    {{"diners", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"dinh", "tuyen", NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* Vietnamese: "số định tuyến" */
    {{"direct", "line", NULL}, B(PII_PHONE_NUMBER)},
    {{"direkt", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: a direct line */
    {{"discover", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"dl", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dl", "id", NULL}, B(PII_US_DRIVER_LICENSE)}, /* a DMV's "DL/ID number" */
    {{"dln", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    /* "DLNumber", "DLNo": an acronym before a capital is one token */
    {{"dlnbr", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dlno", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dlnum", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dlnumber", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dnis", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* the number a caller dialled */
    {{"dns", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"document", "de", "voyage"}, PASSPORTS}, /* French: a travel document (the Schengen form's) */
    {{"documento", "de", "viaje"}, PASSPORTS}, /* Spanish: a travel document */
    {{"driver", "licence", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"driver", "license", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"drivers", "licence", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"drivers", "license", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"driving", "licence", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"driving", "license", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"dst", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"durchwahl", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: direct dial */
    {{"dzwon", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Polish: call */
    {{"dzwoncie", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"dzwonic", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Polish: to call ("dzwonić", "zadzwoń") */
    {{"e", "mail", NULL}, B(PII_EMAIL_ADDRESS)},
    {{"email", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"empssn", NULL, NULL}, B(PII_US_SSN)}, /* a legacy column's "EMPSSN" */
    {{"erreichbar", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"erreichen", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: reach (me at) */
    {{"ether", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"fax", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"faxnummer", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"festnetz", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: landline */
    {{"festnetznummer", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"fisso", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: landline */
    {{"fixo", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: a landline ("meu fixo") */
    {{"fon", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German letterheads: "Fon", Telefon */
    {{"fone", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: telefone */
    {{"fuhrerschein", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"fx", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a letterhead's fax, as a key only: "Fx: 312 946 7781" */
    {{"girokonto", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* German: a current account */
    {{"gsm", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"h", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* only as a key: key_only_hotword() */
    {{"hablame", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"handphone", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Indonesian, Malay: a mobile ("No. HP", "Nomor HP") */
    {{"handy", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"handynummer", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"hardware", "address", NULL}, B(PII_MAC_ADDRESS)},
    {{"helpline", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"hesap", "no", NULL}, B(PII_US_BANK_NUMBER)}, /* Turkish: an account's number */
    {{"hm", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* home, as a key only: "Hm# 6145550187" */
    {{"hmu", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* chat: "hit me up" */
    {{"ho", "chieu", NULL}, PASSPORTS}, /* Vietnamese: "hộ chiếu" */
    {{"home", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* only as a key: key_only_hotword() */
    {{"home", "number", NULL}, B(PII_PHONE_NUMBER)}, /* (in a sentence too: "our home number is") */
    {{"homephone", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* joined as CRM fields' names are (Salesforce's MOBILEPHONE) */
    {{"host", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"hotline", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"hp", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Indonesian, Malay: a mobile (handphone), as a key only: "No. HP: 0812-3456-7891" */
    {{"hubungi", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Indonesian, Malay: call, contact */
    {{"hwaddr", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"iban", NULL, NULL}, B(PII_IBAN_CODE)},
    {{"individual", "taxpayer", NULL}, B(PII_US_ITIN)},
    {{"ip", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"ipv4", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"ipv6", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"itin", NULL, NULL}, B(PII_US_ITIN)},
    {{"itinnumber", NULL, NULL}, B(PII_US_ITIN)}, /* "ITINNumber" */
    {{"itins", NULL, NULL}, B(PII_US_ITIN)},
    {{"jcb", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"joignable", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* French: reachable ("joignable au ...") */
    {{"joindre", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* French: reach */
    {{"kart", NULL, NULL}, B(PII_CREDIT_CARD)}, /* Turkish, Polish "karta" */
    {{"karta", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"karte", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"karti", NULL, NULL}, B(PII_CREDIT_CARD)}, /* Turkish "kartı" */
    {{"kartu", NULL, NULL}, B(PII_CREDIT_CARD)}, /* Indonesian, Malay */
    {{"komorka", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Polish: mobile */
    {{"komorki", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"konta", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Polish: "Numer konta", an account's number */
    {{"kontakt", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"konto", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"kontonr", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Norwegian, Danish, German */
    {{"kontonummer", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"kontonummeret", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Norwegian, Danish: the account number */
    {{"kreditkarte", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"kto", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* German: Konto ("Kto.-Nr.") */
    {{"landline", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"lic", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"licence", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"licence", "id", NULL}, B(PII_US_DRIVER_LICENSE)}, /* (not "id", another number's label) */
    {{"licences", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"licencia", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"license", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"license", "id", NULL}, B(PII_US_DRIVER_LICENSE)}, /* "Driver License ID: E2731299" */
    {{"licenses", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"licnum", NULL, NULL}, B(PII_US_DRIVER_LICENSE)}, /* "LICNUM", an agency system's column */
    {{"liga", "me", NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: "liga-me", call me */
    {{"liga", "no", NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: "me liga no (11) ...", call me on */
    {{"liga", "pra", NULL}, B(PII_PHONE_NUMBER)},
    {{"ligar", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: call */
    {{"ligne", "directe", NULL}, B(PII_PHONE_NUMBER)}, /* French: direct line */
    {{"ligue", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"linea", "diretta", NULL}, B(PII_PHONE_NUMBER)}, /* Italian: direct line */
    {{"linea", "fissa", NULL}, B(PII_PHONE_NUMBER)}, /* Italian: landline */
    {{"llama", "al", NULL}, B(PII_PHONE_NUMBER)}, /* Spanish: "llama al" */
    {{"llamada", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Spanish: a call ("llamada desde el número ...") */
    {{"llamadas", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"llamadme", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Spanish (Spain's plural): call me */
    {{"llamale", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Spanish: "llámale al" */
    {{"llamame", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"llamanos", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"llamar", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"llamarme", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"llame", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"llameme", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* (formal: 'llámeme') */
    {{"llamenos", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"llamo", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Spanish: called ("llamó desde el ...") */
    {{"lonekonto", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"lønnskonto", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Norwegian: a salary account (Swedish "lönekonto") */
    {{"m", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* only as a key: key_only_hotword() */
    {{"mac", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"macaddr", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"macaddress", NULL, NULL}, B(PII_MAC_ADDRESS)}, /* "MACAddress", a capital abbreviation joined to its word */
    {{"maestro", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"mail", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"mailto", NULL, NULL}, B(PII_EMAIL_ADDRESS)},
    {{"marcame", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mastercard", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"mdn", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a carrier's mobile directory number */
    {{"micr", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER) | B(PII_US_BANK_NUMBER)}, /* a cheque's line: both fields */
    {{"mob", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mobiel", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mobiele", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Dutch ("mobiele nummer") */
    {{"mobil", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mobile", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mobilephone", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* joined as CRM fields' names are (Salesforce's MOBILEPHONE) */
    {{"mobilnr", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Swedish, Norwegian, Danish, German: a mobile's number */
    {{"mobilnummer", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mobiltelefon", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"movel", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: "Móvel", a mobile */
    {{"movil", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"mrz", NULL, NULL}, PASSPORTS},
    {{"msisdn", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a mobile subscriber's number */
    {{"msisdnnumber", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* "MSISDNNumber" */
    {{"msisdns", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"natel", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Swiss: a mobile */
    {{"nomor", "hp", NULL}, B(PII_PHONE_NUMBER)},
    {{"notfallnummer", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: an emergency number */
    {{"numero", "de", "rappel"}, B(PII_PHONE_NUMBER)}, /* French: a callback number */
    {{"numero", "verde", NULL}, B(PII_PHONE_NUMBER)}, /* Italian: a toll-free number */
    {{"odfi", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"oln", NULL, NULL}, B(PII_US_DRIVER_LICENSE)}, /* operator license number */
    {{"otherphone", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* joined as CRM fields' names are (Salesforce's MOBILEPHONE) */
    {{"p", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* only as a key: key_only_hotword() */
    {{"pager", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* an on-call list's */
    {{"pan", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"pasaport", NULL, NULL}, PASSPORTS}, /* Turkish */
    {{"pasaporte", NULL, NULL}, PASSPORTS},
    {{"pasaportu", NULL, NULL}, PASSPORTS},
    {{"pasnummer", NULL, NULL}, PASSPORTS}, /* Danish */
    {{"paspoort", NULL, NULL}, PASSPORTS},
    {{"paspoortnr", NULL, NULL}, PASSPORTS}, /* Dutch: "Paspoortnr." */
    {{"paspoortnummer", NULL, NULL}, PASSPORTS},
    {{"paspor", NULL, NULL}, PASSPORTS}, /* Indonesian, Malay: "nomor paspor" */
    {{"pass", "nr", NULL}, PASSPORTS},     /* German, Swiss: "Pass-Nr." */
    {{"pass", "nummer", NULL}, PASSPORTS},
    {{"passaporte", NULL, NULL}, PASSPORTS},
    {{"passaporto", NULL, NULL}, PASSPORTS},
    {{"passeport", NULL, NULL}, PASSPORTS},
    {{"passi", NULL, NULL}, PASSPORTS}, /* Finnish */
    {{"passin", NULL, NULL}, PASSPORTS}, /* Finnish: "passin numero" */
    {{"passnummer", NULL, NULL}, PASSPORTS},
    {{"passport", NULL, NULL}, PASSPORTS},
    {{"passports", NULL, NULL}, PASSPORTS},
    {{"pasu", NULL, NULL}, PASSPORTS}, /* Czech, Slovak: "číslo pasu" */
    {{"paszport", NULL, NULL}, PASSPORTS},
    {{"paszportem", NULL, NULL}, PASSPORTS}, /* Polish: "legitymujacy sie paszportem" */
    {{"paszportu", NULL, NULL}, PASSPORTS}, /* Polish: "numer paszportu" */
    {{"patente", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"payment", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"payment", "processor", NULL}, 0}, /* a merchant's: "Merchant # ... (payment processor)" */
    {{"peer", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"permis", "de", "conduire"}, B(PII_US_DRIVER_LICENSE)},
    {{"pgr", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"ph", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"phone", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"phoned", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"phonenumber", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* joined as CRM fields' names are (Salesforce's MOBILEPHONE) */
    {{"phones", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"poc", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a point of contact's ("Receiving POC: Joe Hale, 7734418830") */
    {{"ponsel", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Indonesian: a mobile */
    {{"portable", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"ppt", "no", NULL}, PASSPORTS}, /* a passport's, abbreviated: "PPT_NO" */
    {{"ppt", "nr", NULL}, PASSPORTS},
    {{"ppt", "num", NULL}, PASSPORTS},
    {{"ppt", "number", NULL}, PASSPORTS},
    {{"primary", "account", "number"}, B(PII_CREDIT_CARD)}, /* a card's PAN (ISO 8583's DE 2) */
    {{"privat", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"puh", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"puhelin", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"puhelinnumero", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Finnish: a phone number */
    {{"putovnica", NULL, NULL}, PASSPORTS}, /* Croatian, Bosnian, Serbian (Latin) */
    {{"r", "t", NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"raggiungibile", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: reachable */
    {{"rappeler", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"rappelez", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"rdfi", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* ACH: the receiving (originating) bank */
    {{"reach", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"reached", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"reisedokument", NULL, NULL}, PASSPORTS}, /* German: a travel document */
    {{"reisedokuments", NULL, NULL}, PASSPORTS},
    {{"reisepass", NULL, NULL}, PASSPORTS},
    {{"reisepassnummer", NULL, NULL}, PASSPORTS},
    {{"rek", "nr", NULL}, B(PII_US_BANK_NUMBER)}, /* Dutch: "Rek.nr.", rekeningnummer */
    {{"rekening", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"rekeningnummer", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"remit", NULL, NULL}, B(PII_IBAN_CODE)},
    {{"remote", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"rete", "fissa", NULL}, B(PII_PHONE_NUMBER)},
    {{"richiamare", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: call back */
    {{"rijbewijs", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"ring", "meg", NULL}, B(PII_PHONE_NUMBER)}, /* Norwegian: call me ("ring meg på") */
    {{"ring", "mig", NULL}, B(PII_PHONE_NUMBER)}, /* Danish, Swedish: call me */
    {{"ring", "til", NULL}, B(PII_PHONE_NUMBER)}, /* Danish: call ("ring til") */
    {{"ring", "oss", NULL}, B(PII_PHONE_NUMBER)}, /* Norwegian, Swedish: call us */
    {{"ring", "os", NULL}, B(PII_PHONE_NUMBER)}, /* Danish: call us */
    {{"routing", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"rt", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* in capitals (context.c) */
    {{"rtg", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"rtn", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"rtng", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"ruckruf", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: "Rückruf bitte unter ..." */
    {{"ruckrufnummer", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: a callback number ("Rückrufnummer") */
    {{"ruf", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: a letterhead's "Ruf:", as a key only */
    {{"ruf", "mich", NULL}, B(PII_PHONE_NUMBER)},
    {{"rufen", "sie", "mich"}, B(PII_PHONE_NUMBER)}, /* German: "Rufen Sie mich an: ..." */
    {{"rufen", "sie", "uns"}, B(PII_PHONE_NUMBER)},
    {{"rufnummer", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"rufnummern", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"ruft", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: "ruft mich an" (call me) */
    {{"ruta", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* Spanish: "número de ruta", a routing number */
    {{"s", "s", "n"}, B(PII_US_SSN)},
    {{"savings", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"savings", "plan", NULL}, 0}, /* a retirement plan, no account ("Savings plan contract 333441827") */
    {{"securite", "sociale", NULL}, B(PII_US_SSN)},
    {{"seguro", "social", NULL}, B(PII_US_SSN)},
    {{"server", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"sinh", "xa", "hoi"}, B(PII_US_SSN)}, /* Vietnamese: "Số An Sinh Xã Hội" (not from "an": English's article) */
    {{"sms", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"soc", NULL, NULL}, SSN_ITIN}, /* NCIC's field, in capitals ("SOC/412738853") */
    {{"soc", "sec", NULL}, SSN_ITIN},
    {{"social", NULL, NULL}, B(PII_US_SSN)}, /* "my social is ...", as people say it */
    {{"social", "sec", NULL}, B(PII_US_SSN)},
    {{"social", "security", NULL}, B(PII_US_SSN)},
    {{"social", "insurance", NULL}, 0}, /* Canada's SIN, not an SSN */
    {{"social", "history", NULL}, 0}, /* a chart's, a social worker's: no SSN */
    {{"social", "media", NULL}, 0},
    {{"social", "worker", NULL}, 0},
    {{"socsec", NULL, NULL}, B(PII_US_SSN)},
    {{"socsecno", NULL, NULL}, B(PII_US_SSN)}, /* a legacy field joined, "<SOCSECNO>" */
    {{"socsecnum", NULL, NULL}, B(PII_US_SSN)},
    {{"soita", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Finnish: call ("soittaa takaisin": call back) */
    {{"soittaa", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"sozialversicherungsnummer", NULL, NULL}, B(PII_US_SSN)},
    {{"src", NULL, NULL}, B(PII_IP_ADDRESS)},
    {{"ss", NULL, NULL}, B(PII_US_SSN)}, /* "SS#", "SS No.", in capitals (context.c) */
    {{"ss", "claim", NULL}, B(PII_US_SSN)}, /* an SSA claim number: the SSN and a suffix */
    {{"ssa", "claim", NULL}, B(PII_US_SSN)},
    {{"ssan", NULL, NULL}, B(PII_US_SSN)}, /* the DoD's Social Security Account Number */
    {{"ssn", NULL, NULL}, B(PII_US_SSN)},
    {{"ssn", "trace", NULL}, SSN_ITIN}, /* a background check's search ("SSN Trace: 503-66-2918"), no trace number */
    {{"ssnidentification", NULL, NULL}, B(PII_US_SSN)}, /* NIEM's "PersonSSNIdentification" */
    {{"ssnnumber", NULL, NULL}, B(PII_US_SSN)}, /* "SSNNumber" */
    {{"ssno", NULL, NULL}, B(PII_US_SSN)}, /* Lenel OnGuard */
    {{"ssns", NULL, NULL}, B(PII_US_SSN)},
    {{"ssr", "docs", NULL}, PASSPORTS}, /* an airline record's travel document (IATA) */
    {{"sđt", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Vietnamese: "SĐT", số điện thoại */
    {{"t", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* only as a key: key_only_hotword() */
    {{"tai", "khoan", NULL}, B(PII_US_BANK_NUMBER)}, /* Vietnamese: "tài khoản", an account */
    {{"tarjeta", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"tax", "id", NULL}, SSN_ITIN},
    {{"tax", "identification", NULL}, SSN_ITIN},
    {{"taxpayer", NULL, NULL}, SSN_ITIN},
    {{"taxpayer", "id", NULL}, SSN_ITIN},
    {{"taxpayer", "identification", NULL}, SSN_ITIN},
    {{"tel", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telec", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* French (Canada): "Téléc.", a fax */
    {{"telecopieur", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefax", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefon", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefone", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefones", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: phones */
    {{"telefonica", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefonico", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Italian: "Recapito telefonico", "linea telefonica" */
    {{"telefonisch", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: by phone */
    {{"telefonnummer", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefonnummeret", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Norwegian: "the phone number" */
    {{"telefonnummern", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefono", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefonszam", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Hungarian */
    {{"telefonu", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Polish: of the phone */
    {{"telefonum", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefoon", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telefoonnr", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Dutch: "Telefoonnr.:" */
    {{"telefoonnummer", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telem", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: "telem." (telemóvel) */
    {{"telemovel", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: "telemóvel", mobile */
    {{"telephone", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telepon", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Indonesian, Malay: telephone */
    {{"telepono", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Tagalog */
    {{"telf", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"telp", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"text", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"texted", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"texting", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"texts", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"tfno", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"tin", NULL, NULL}, SSN_ITIN},
    {{"tlf", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"tlfn", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"tlm", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Portuguese: telemóvel */
    {{"transit", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"travel", "document", NULL}, PASSPORTS},
    {{"txt", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* "txt me at" */
    {{"ucet", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Czech, Slovak: "účet" */
    {{"uctu", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Czech, Slovak: "číslo účtu" */
    {{"unionpay", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"uspassport", NULL, NULL}, PASSPORTS}, /* a key written "USPassport" (one word to the tokenizer) */
    {{"utlevel", NULL, NULL}, PASSPORTS}, /* Hungarian */
    {{"utlevelszam", NULL, NULL}, PASSPORTS}, /* Hungarian */
    {{"va", "file", NULL}, B(PII_US_SSN)}, /* a veteran's VA file number: the SSN since the 1970s */
    {{"vaxel", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Swedish: a switchboard ("Växel") */
    {{"visa", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"voicemail", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"w", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* only as a key: key_only_hotword() */
    {{"whats", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"whats", "app", NULL}, B(PII_PHONE_NUMBER)}, /* "WhatsApp", split as camelCase */
    {{"whatsapp", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"wifi", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"wifimacaddr", NULL, NULL}, B(PII_MAC_ADDRESS)},
    {{"wk", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* only as a key: key_only_hotword() */
    {{"workphone", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* joined as CRM fields' names are (Salesforce's MOBILEPHONE) */
    {{"zadzwon", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"zentrale", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: a switchboard's number */
    {{"zuruckrufen", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* German: "Können Sie mich zurückrufen?" */
    {{"đien", "thoai", NULL}, B(PII_PHONE_NUMBER)}, /* Vietnamese: "điện thoại" */
    {{"đinh", "tuyen", NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* Vietnamese: "số định tuyến" (đ has no decomposition) */
    {{"διαβατηριο", NULL, NULL}, PASSPORTS}, /* Greek */
    {{"διαβατηριου", NULL, NULL}, PASSPORTS},
    {{"банковскии", "счет", NULL}, B(PII_US_BANK_NUMBER)},
    {{"банковского", "счета", NULL}, B(PII_US_BANK_NUMBER)},
    {{"водительского", "удостоверения", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"водительское", "удостоверение", NULL}, B(PII_US_DRIVER_LICENSE)}, /* Russian: a driving licence */
    {{"загранпаспорт", NULL, NULL}, PASSPORTS}, /* Russian: a passport for travel abroad */
    {{"загранпаспорта", NULL, NULL}, PASSPORTS},
    {{"лицевои", "счет", NULL}, B(PII_US_BANK_NUMBER)},
    {{"моб", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"мобильныи", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Russian: mobile ("мобильный", folded) */
    {{"паспорт", NULL, NULL}, PASSPORTS},
    {{"паспорта", NULL, NULL}, PASSPORTS}, /* Russian: "номер паспорта" */
    {{"расчетного", "счета", NULL}, B(PII_US_BANK_NUMBER)},
    {{"расчетныи", "счет", NULL}, B(PII_US_BANK_NUMBER)}, /* Russian: a settlement account ("счёт" alone is an invoice too) */
    {{"социального", "страхования", NULL}, B(PII_US_SSN)}, /* Russian: "номер социального страхования" */
    {{"тел", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"телефон", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"телефона", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Russian: "номер телефона" */
    {{"факс", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Russian, Ukrainian: fax */
    /* Hebrew writes its article and prepositions joined to the word: ה (the),
     * ב (in), ל (to), מ (from), ו (and) */
    {{"בדרכון", NULL, NULL}, PASSPORTS},
    {{"בחשבון", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"בטלפון", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"דרכון", NULL, NULL}, PASSPORTS},
    {{"הדרכון", NULL, NULL}, PASSPORTS},
    {{"החשבון", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"הטלפון", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"הנייד", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"ודרכון", NULL, NULL}, PASSPORTS},
    {{"וחשבון", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"וטלפון", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"חשבון", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"טל", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Hebrew: a form's "טל׳:" */
    {{"טלפון", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"לחשבון", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"לטלפון", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"מחשבון", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"נייד", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Hebrew: mobile */
    {{"פקס", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"التليفون", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Arabic (Egypt), with the article */
    {{"التوجيه", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* Arabic: "رقم التوجيه", a routing number */
    {{"الجوال", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"الحساب", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"الضمان", "الاجتماعي", NULL}, B(PII_US_SSN)}, /* Arabic: "رقم الضمان الاجتماعي", Social Security */
    {{"الموبايل", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"الهاتف", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Arabic, with the article: "رقم الهاتف" */
    {{"تليفون", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Arabic (Egypt): telephone */
    {{"توجيه", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)},
    {{"جواز", NULL, NULL}, PASSPORTS},
    {{"جوال", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Arabic (Gulf): mobile */
    {{"حساب", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"رخصة", "القيادة", NULL}, B(PII_US_DRIVER_LICENSE)}, /* Arabic: a driving licence */
    {{"موبايل", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Arabic (Egypt): mobile */
    {{"هاتف", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"खत", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Hindi "खाता", an account (its vowel signs dropped) */
    {{"डरइवग", "लइसस", NULL}, B(PII_US_DRIVER_LICENSE)}, /* Hindi "ड्राइविंग लाइसेंस" (folded) */
    {{"पसपरट", NULL, NULL}, PASSPORTS}, /* Hindi "पासपोर्ट", its vowel signs folded away */
    {{"फन", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Hindi "फ़ोन", "फोन": phone */
    {{"बक", "खत", NULL}, B(PII_US_BANK_NUMBER)}, /* Hindi "बैंक खाता", a bank account (folded; "ख़त" alone is a letter too) */
    {{"मबइल", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Hindi "मोबाइल", mobile */
    {{"रटग", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* Hindi "रूटिंग", routing (folded) */
    {{"समजक", "सरकष", NULL}, B(PII_US_SSN)}, /* Hindi "सामाजिक सुरक्षा", Social Security (folded) */
    {{"น", "ท", "า", "ง"}, PASSPORTS}, /* Thai "หนังสือเดินทาง", passport: its last four letters (a vowel sign, folded away, leaves an empty word before them) */
    {{"โ", "ท", "ร"}, B(PII_PHONE_NUMBER)}, /* Thai "โทร", "โทรศัพท์": telephone */
    {{"ク", "レ", "ジ", "ッ"}, B(PII_CREDIT_CARD)},
    {{"パ", "ス", "ポ", "ー"}, PASSPORTS},
    {{"メ", "ー", "ル"}, B(PII_EMAIL_ADDRESS)},
    {{"ル", "ー", "テ", "ィ"}, B(PII_ABA_ROUTING_NUMBER)}, /* Japanese: "ルーティング番号", a routing number */
    {{"传", "真", NULL}, B(PII_PHONE_NUMBER)}, /* Chinese: fax */
    {{"信", "用", "卡"}, B(PII_CREDIT_CARD)},
    {{"傳", "真", NULL}, B(PII_PHONE_NUMBER)},
    {{"口", "座", NULL}, B(PII_US_BANK_NUMBER)},
    {{"問", "い", "合", "わ"}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)}, /* inquiries */
    {{"問", "合", "せ", NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)},
    {{"回", "电", NULL}, B(PII_PHONE_NUMBER)}, /* Chinese: call back ("请回电") */
    {{"報", "稅", "識", "別"}, B(PII_US_ITIN)}, /* Chinese (traditional): an ITIN */
    {{"市", "話", NULL}, B(PII_PHONE_NUMBER)}, /* a landline (Taiwan) */
    {{"市", "话", NULL}, B(PII_PHONE_NUMBER)},
    {{"帐", "号", NULL}, B(PII_US_BANK_NUMBER)},
    {{"帐", "户", NULL}, B(PII_US_BANK_NUMBER)},
    {{"帳", "號", NULL}, B(PII_US_BANK_NUMBER)},
    {{"帳", "戶", NULL}, B(PII_US_BANK_NUMBER)}, /* Traditional Chinese: an account */
    {{"座", "机", NULL}, B(PII_PHONE_NUMBER)}, /* Chinese: a landline */
    {{"座", "機", NULL}, B(PII_PHONE_NUMBER)},
    {{"手", "机", NULL}, B(PII_PHONE_NUMBER)},
    {{"手", "機", NULL}, B(PII_PHONE_NUMBER)},
    {{"护", "照", NULL}, PASSPORTS},
    {{"报", "税", "识", "别"}, B(PII_US_ITIN)}, /* Chinese (simplified): "个人报税识别号码", an ITIN */
    {{"拨", "打", NULL}, B(PII_PHONE_NUMBER)}, /* Chinese: dial */
    {{"携", "帯", NULL}, B(PII_PHONE_NUMBER)},
    {{"旅", "券", NULL}, PASSPORTS}, /* Japanese: "旅券番号", a passport's number */
    {{"热", "线", NULL}, B(PII_PHONE_NUMBER)}, /* Chinese: a hotline */
    {{"熱", "線", NULL}, B(PII_PHONE_NUMBER)},
    {{"电", "话", NULL}, B(PII_PHONE_NUMBER)},
    {{"社", "会", "保", "障"}, B(PII_US_SSN)},
    {{"社", "會", "安", "全"}, B(PII_US_SSN)},
    {{"社", "会", "安", "全"}, B(PII_US_SSN)}, /* Chinese (simplified): Social Security */
    {{"社", "安", "号"}, B(PII_US_SSN)}, /* Chinese: 社安号, short for Social Security number */
    {{"社", "安", "號"}, B(PII_US_SSN)},
    {{"联", "系", "方", "式"}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)}, /* Chinese: contact details */
    {{"致", "电", NULL}, B(PII_PHONE_NUMBER)}, /* Chinese: call ("或致电 138 2417 7301") */
    {{"護", "照", NULL}, PASSPORTS},
    {{"账", "号", NULL}, B(PII_US_BANK_NUMBER)},
    {{"账", "户", NULL}, B(PII_US_BANK_NUMBER)},
    {{"路", "由", NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* Chinese: "路由号码", a routing number */
    {{"連", "絡", NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)}, /* contact */
    {{"運", "転", "免", "許"}, B(PII_US_DRIVER_LICENSE)},
    {{"邮", "件", NULL}, B(PII_EMAIL_ADDRESS)},
    {{"邮", "箱", NULL}, B(PII_EMAIL_ADDRESS)},
    {{"银", "行", "卡"}, B(PII_CREDIT_CARD)},
    {{"電", "話", NULL}, B(PII_PHONE_NUMBER)},
    {{"駕", "照", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"駕", "駛", "執"}, B(PII_US_DRIVER_LICENSE)}, /* "駕駛執照", the full word */
    {{"驾", "照", NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"驾", "驶", "证"}, B(PII_US_DRIVER_LICENSE)},
    {{"驾", "驶", "执"}, B(PII_US_DRIVER_LICENSE)},
    {{"가상계좌", NULL, NULL}, B(PII_US_BANK_NUMBER)}, /* Korean: a virtual account (a bank's) */
    {{"가상계좌번호", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"결제계좌", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"계좌", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"계좌번호", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"급여계좌", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"납세자", "식별", NULL}, B(PII_US_ITIN)}, /* Korean: "개인 납세자 식별 번호", an ITIN */
    {{"대표번호", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"대표전화", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Korean: a main line ("대표전화", "대표번호") */
    {{"라우팅", NULL, NULL}, B(PII_ABA_ROUTING_NUMBER)}, /* Korean: routing */
    {{"비상연락처", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Korean: emergency contact */
    {{"사회보장", NULL, NULL}, B(PII_US_SSN)}, /* Korean: Social Security */
    {{"사회보장번호", NULL, NULL}, B(PII_US_SSN)},
    {{"소셜", "시큐리티", NULL}, B(PII_US_SSN)}, /* Korean: "소셜 시큐리티 번호" */
    {{"여권", NULL, NULL}, PASSPORTS},
    {{"여권번호", NULL, NULL}, PASSPORTS},
    {{"연락", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Korean: contact ("연락 가능한 번호") */
    {{"연락처", NULL, NULL}, B(PII_PHONE_NUMBER) | B(PII_EMAIL_ADDRESS)}, /* contact */
    {{"운전면허", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"운전면허증", NULL, NULL}, B(PII_US_DRIVER_LICENSE)},
    {{"입금계좌", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"자택전화", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Korean: home phone */
    {{"전화", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"전화번호", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"출금계좌", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"카드", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"카드번호", NULL, NULL}, B(PII_CREDIT_CARD)},
    {{"팩스", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Korean: fax */
    {{"핸드폰", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"환불계좌", NULL, NULL}, B(PII_US_BANK_NUMBER)},
    {{"휴대전화", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Korean: mobile phone */
    {{"휴대전화번호", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"휴대폰", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* Korean: mobile */
    {{"휴대폰번호", NULL, NULL}, B(PII_PHONE_NUMBER)},
};
const size_t hotword_count = sizeof hotwords / sizeof hotwords[0];

/* Words that name the United States, for US_PASSPORT versus PASSPORT. */
const hotword us_words[] = {
    /* (not "America" alone: "South America", "America/Mexico_City") */
    {{"americain", NULL, NULL}, 1},
    {{"americain", NULL, NULL}, 1},
    {{"americaine", NULL, NULL}, 1},
    {{"americaine", NULL, NULL}, 1}, /* French: American */
    {{"american", NULL, NULL}, 1},
    {{"americana", NULL, NULL}, 1},
    {{"americano", NULL, NULL}, 1},
    {{"amerikanisch", NULL, NULL}, 1},
    {{"amerikanische", NULL, NULL}, 1},
    {{"amerikanischen", NULL, NULL}, 1},
    {{"amerikanischer", NULL, NULL}, 1},
    {{"ee", "uu", NULL}, 1},
    {{"eeuu", NULL, NULL}, 1},
    {{"estados", "unidos", NULL}, 1}, /* Spanish */
    {{"estados", "unidos", "mexicanos"}, 0}, /* Mexico's official name */
    {{"estadounidense", NULL, NULL}, 1},
    /* the US form DS-82's names (Ireland's card has no US number's shape) */
    {{"etats", "unis", NULL}, 1}, /* French: "États-Unis" */
    {{"eua", NULL, NULL}, 1}, /* Spanish (Mexico): Estados Unidos de América */
    {{"hoa", "ky", NULL}, 1}, /* Vietnamese: the United States */
    {{"passport", "book", NULL}, 1},
    {{"passport", "card", NULL}, 1},
    {{"stati", "uniti", NULL}, 1}, /* Italian */
    {{"u", "s", NULL}, 1},
    {{"u", "s", "a"}, 1},
    {{"united", "states", NULL}, 1},
    {{"us", NULL, NULL}, 1},
    {{"usa", NULL, NULL}, 1},
    {{"uspassport", NULL, NULL}, 1},
    {{"vereinigte", "staaten", NULL}, 1}, /* German */
    {{"vereinigten", "staaten", NULL}, 1}, /* (after "der", "den") */
    {{"сша", NULL, NULL}, 1}, /* Russian: the USA */
    {{"الولايات", "المتحدة", NULL}, 1}, /* Arabic: the United States */
    {{"अमरक", NULL, NULL}, 1}, /* Hindi "अमेरिका", "अमेरिकी" (folded) */
    {{"ア", "メ", "リ", "カ"}, 1},
    {{"米", "国", NULL}, 1}, /* Japanese: the United States */
    {{"美", "国", NULL}, 1},
    {{"美", "國", NULL}, 1},
    {{"미국", NULL, NULL}, 1},
};
const size_t us_word_count = sizeof us_words / sizeof us_words[0];

/* Words that make a dotted quad a version number, the number of a part
 * of a document ("section 4.10.2.1"; German, French, Spanish too:
 * "Abschnitt", "chapitre", "sección") or an object identifier rather than
 * an address. */
const hotword version_words[] = {
    {{"absatz", NULL, NULL}, 1}, {{"abschnitt", NULL, NULL}, 1}, {{"anexo", NULL, NULL}, 1},
    {{"anhang", NULL, NULL}, 1}, {{"annex", NULL, NULL}, 1}, {{"annexe", NULL, NULL}, 1},
    {{"apartado", NULL, NULL}, 1}, /* Spanish: a section ("apartado 11.2.103.4") */
    {{"appendix", NULL, NULL}, 1},
    {{"art", NULL, NULL}, 1}, /* "art. 221.3.1.2" */
    {{"article", NULL, NULL}, 1},
    {{"articulo", NULL, NULL}, 1}, {{"artikel", NULL, NULL}, 1}, {{"bios", NULL, NULL}, 1},
    {{"bootloader", NULL, NULL}, 1},
    {{"build", NULL, NULL}, 1},
    {{"bylaw", NULL, NULL}, 1}, /* a rulebook's provision ("NCAA Bylaw 16.11.1.2") */
    {{"bylaws", NULL, NULL}, 1},
    {{"capitulo", NULL, NULL}, 1}, {{"chap", NULL, NULL}, 1},
    {{"chapitre", NULL, NULL}, 1}, {{"chapter", NULL, NULL}, 1}, {{"chrome", NULL, NULL}, 1},
    {{"clause", NULL, NULL}, 1}, {{"clauses", NULL, NULL}, 1},
    {{"clausula", NULL, NULL}, 1}, /* Spanish, Portuguese: a clause ("Cláusula") */
    {{"derleme", NULL, NULL}, 1}, /* Turkish: a build */
    {{"downgrade", "from", NULL}, 1},
    {{"downgraded", "from", NULL}, 1},
    {{"ec", NULL, NULL}, 1}, /* an enzyme's class ("EC 2.7.7.49") */
    {{"exhibit", NULL, NULL}, 1}, /* a contract's, a filing's: "Exhibit 10.2.3.4" */
    {{"exhibits", NULL, NULL}, 1}, {{"fig", NULL, NULL}, 1},
    {{"figure", NULL, NULL}, 1}, {{"firefox", NULL, NULL}, 1}, {{"firmware", NULL, NULL}, 1},
    {{"firmwareversion", NULL, NULL}, 1}, {{"fw", NULL, NULL}, 1},
    {{"item", NULL, NULL}, 1}, /* an agenda's or a form's: "Agenda item 11.2.3.1" */
    {{"items", NULL, NULL}, 1}, {{"kapitel", NULL, NULL}, 1}, {{"kernel", NULL, NULL}, 1},
    {{"listing", NULL, NULL}, 1}, /* a clinical study report's listing ("Listing 16.2.7.1") */
    {{"oid", NULL, NULL}, 1}, /* an object identifier: "OID 2.5.29.17" */
    {{"paragraph", NULL, NULL}, 1},
    {{"patch", NULL, NULL}, 1}, /* a software's patch level ("patch level 10.2.4.1") */
    {{"patch", "level", NULL}, 1},
    {{"phien", "ban", NULL}, 1}, /* Vietnamese: "phiên bản", a version */
    {{"produktversion", NULL, NULL}, 1},
    {{"programmversion", NULL, NULL}, 1}, /* (German compounds too) */
    {{"release", NULL, NULL}, 1},
    {{"releases", NULL, NULL}, 1}, /* ("releases 8.10.190.0 and 8.10.185.0") */
    {{"requirement", NULL, NULL}, 1}, /* a standard's: PCI DSS "Requirement 10.2.1.2" */
    {{"requirements", NULL, NULL}, 1}, {{"rev", NULL, NULL}, 1},
    {{"revision", NULL, NULL}, 1},
    {{"schedule", NULL, NULL}, 1}, {{"schedules", NULL, NULL}, 1},
    {{"sdk", NULL, NULL}, 1}, /* a software development kit's */
    {{"seccion", NULL, NULL}, 1}, {{"sect", NULL, NULL}, 1},
    {{"section", NULL, NULL}, 1}, {{"sections", NULL, NULL}, 1},
    {{"software", NULL, NULL}, 1}, /* ("FMS software upgrade: 10.4.1.2 -> 10.5.0.3") */
    {{"softwareversion", NULL, NULL}, 1},
    {{"step", NULL, NULL}, 1}, {{"steps", NULL, NULL}, 1}, /* a procedure's */
    {{"surum", NULL, NULL}, 1}, /* Turkish: a version ("Sürüm") */
    {{"table", NULL, NULL}, 1}, {{"tables", NULL, NULL}, 1}, /* "Table 12.4.1.3" */
    {{"upgrade", "from", NULL}, 1}, /* (read in labelled_by_upto(), past the fillers; here for the hot map) */
    {{"upgraded", "from", NULL}, 1},
    {{"v", NULL, NULL}, 1}, {{"ver", NULL, NULL}, 1},
    {{"versao", NULL, NULL}, 1}, /* Portuguese ("versão"), Dutch, Finnish, Italian, Polish */
    {{"versie", NULL, NULL}, 1}, {{"versio", NULL, NULL}, 1}, {{"version", NULL, NULL}, 1},
    {{"versione", NULL, NULL}, 1}, {{"versions", NULL, NULL}, 1},
    {{"versiune", NULL, NULL}, 1}, /* Romanian */
    {{"versjon", NULL, NULL}, 1}, /* Norwegian */
    {{"verze", NULL, NULL}, 1}, {{"verzia", NULL, NULL}, 1}, /* Czech, Slovak */
    {{"verzio", NULL, NULL}, 1}, /* Hungarian ("verzió") */
    {{"wersja", NULL, NULL}, 1},
    {{"wersja", "aplikacji", NULL}, 1},
    {{"wersja", "oprogramowania", NULL}, 1},
    {{"wersja", "systemu", NULL}, 1}, /* Polish: a system's, a software's, an app's version */
    {{"версии", NULL, NULL}, 1},
    {{"версия", NULL, NULL}, 1}, /* Russian: version */
    {{"اصدار", NULL, NULL}, 1},
    {{"الاصدار", NULL, NULL}, 1}, /* Arabic: the version ("الإصدار", folded) */
    {{"ससकरण", NULL, NULL}, 1}, /* Hindi "संस्करण", version (folded) */
    {{"ー", "ジ", "ョ", "ン"}, 1}, /* Japanese "バージョン", version: its last four characters (the label ends there) */
    {{"版", "本", NULL}, 1}, /* Chinese: version */
    {{"버전", NULL, NULL}, 1}, /* Korean: version */
};
const size_t version_word_count = sizeof version_words / sizeof version_words[0];

/* Labels of numbers that are not personal data.  When one of these is nearer
 * to a candidate than any hotword, the hotword is about something else. */
const hotword other_labels[] = {
    {{"accession", NULL, NULL}, 1}, /* a lab's or a radiology exam's number */
    {{"acknowledgement", NULL, NULL}, 1},
    {{"acknowledgment", NULL, NULL}, 1},
    {{"admission", NULL, NULL}, 1},
    {{"adoszam", NULL, NULL}, 1}, /* Hungarian: a tax number ("Adószám") */
    {{"advice", NULL, NULL}, 1}, /* a pay voucher's ("Direct deposit advice no.") */
    {{"agreement", NULL, NULL}, 1},
    {{"alien", NULL, NULL}, 1},
    {{"amount", NULL, NULL}, 1},
    {{"amt", NULL, NULL}, 1}, /* an amount's abbreviation ("AMT 000000118422", an unclaimed property report's) */
    {{"apn", NULL, NULL}, 1}, /* an assessor's parcel number */
    {{"applicant", "id", NULL}, 1},
    {{"art", "nr", NULL}, 1}, /* German: an article's ("Art.-Nr.", a product's EAN) */
    {{"artikelnr", NULL, NULL}, 1},
    {{"artikelnummer", NULL, NULL}, 1},
    {{"asiakasnumero", NULL, NULL}, 1}, /* Finnish: a customer's number */
    {{"asset", NULL, NULL}, 1},
    {{"auftragsnummer", NULL, NULL}, 1},
    {{"auth", NULL, NULL}, 1},
    {{"authorization", NULL, NULL}, 1},
    {{"authorization", "ra", NULL}, 1}, /* a return's ("Return authorization RA 512-48-9301") */
    {{"avviso", NULL, NULL}, 1}, /* Italian: a pagoPA payment notice's ("Numero avviso") */
    {{"awb", NULL, NULL}, 1}, /* an air waybill's */
    {{"aws", NULL, NULL}, 1}, /* an AWS account's 12 digits (CloudTrail, ARNs) */
    {{"badge", NULL, NULL}, 1}, /* an employee's, a juror's, an officer's */
    {{"bag", NULL, NULL}, 1}, /* a cash deposit bag */
    {{"balance", NULL, NULL}, 1}, /* an amount: "Reserve account balance: 2500000" */
    {{"balances", NULL, NULL}, 1},
    {{"ban", NULL, NULL}, 1}, /* a carrier's billing account number */
    {{"bankleitzahl", NULL, NULL}, 1},
    {{"barcode", NULL, NULL}, 1},
    {{"batch", NULL, NULL}, 1},
    /* the numbers of records: "Related Report No. 2403021187", "Complaint No." */
    {{"bates", "no", NULL}, 1},
    {{"bates", "number", NULL}, 1},
    {{"belegnummer", NULL, NULL}, 1},
    {{"bestell", "nr", NULL}, 1}, /* German: an order's number ("Bestell-Nr.") */
    {{"bestellnummer", NULL, NULL}, 1},
    {{"bestellung", NULL, NULL}, 1},
    {{"betalingskenmerk", NULL, NULL}, 1}, /* Dutch: a payment reference */
    {{"blz", NULL, NULL}, 1}, /* a German bank code (Bankleitzahl), the sort code of an account beside it */
    {{"bol", NULL, NULL}, 1}, /* a bill of lading's */
    {{"booking", NULL, NULL}, 1},
    {{"bsn", NULL, NULL}, 1}, /* the Netherlands' citizen's number */
    {{"btw", NULL, NULL}, 1},
    {{"buchung", NULL, NULL}, 1},
    {{"buchungsreferenz", NULL, NULL}, 1},
    {{"budget", NULL, NULL}, 1},
    {{"budgeted", NULL, NULL}, 1},
    {{"bug", NULL, NULL}, 1},
    {{"bugs", NULL, NULL}, 1},
    {{"business", "number", NULL}, 1}, /* Canada's BN */
    {{"bytes", NULL, NULL}, 1},
    {{"call", "id", NULL}, 1}, /* a call's record, not a number to dial */
    {{"call", "key", NULL}, 1}, /* a contact center's call record ("PeripheralCallKey") */
    {{"callid", NULL, NULL}, 1},
    {{"case", NULL, NULL}, 1},
    {{"catalog", NULL, NULL}, 1}, /* a catalog's number ("Catalog No. 617-240-1183") */
    {{"ccf", NULL, NULL}, 1}, /* a drug test's custody and control form */
    {{"checksum", NULL, NULL}, 1},
    {{"cif", NULL, NULL}, 1}, /* a bank's customer information file ("CIF No.") */
    {{"citation", NULL, NULL}, 1},
    {{"citation", "no", NULL}, 1},
    {{"citation", "number", NULL}, 1},
    {{"claim", NULL, NULL}, 1},
    {{"closes", NULL, NULL}, 1},
    {{"cnp", NULL, NULL}, 1}, /* Romania's personal numeric code (Luhn-valid at times) */
    {{"cnpj", NULL, NULL}, 1}, /* a Brazilian company's */
    {{"code", NULL, NULL}, 1},
    {{"commande", NULL, NULL}, 1},
    {{"commit", NULL, NULL}, 1},
    {{"commitment", "no", NULL}, 1}, /* a title commitment's */
    {{"complaint", "no", NULL}, 1},
    {{"complaint", "number", NULL}, 1},
    {{"conf", NULL, NULL}, 1}, /* a confirmation's ("Enterprise conf # 1184039265") */
    {{"confirmacion", NULL, NULL}, 1}, /* Spanish: a confirmation's ("No. de confirmación") */
    {{"confirmation", NULL, NULL}, 1},
    {{"contact", "id", NULL}, 1}, /* a CRM's record of a contact */
    {{"contact", "ids", NULL}, 1},
    {{"contract", NULL, NULL}, 1}, /* a service contract's ("Contract No. 4245179181150409") */
    {{"contractor", "license", NULL}, 1}, /* a trade's license ("contractor license 583-21-7745") */
    {{"contractor", "lic", NULL}, 1},
    {{"contrat", NULL, NULL}, 1}, /* French: a contract's ("N° de contrat :") */
    {{"contrato", NULL, NULL}, 1}, /* Spanish, Portuguese: a contract's */
    {{"contratto", NULL, NULL}, 1}, /* Italian: a contract's */
    {{"control", "no", NULL}, 1}, /* a control number's: a claim's, a document's, a form's */
    {{"control", "number", NULL}, 1}, /* (not "Poison Control: 1-800-222-1222") */
    {{"cost", "center", NULL}, 1}, /* an accounting unit's ("cost center 600-12-3456") */
    {{"cost", "centre", NULL}, 1},
    {{"coupon", NULL, NULL}, 1},
    {{"cpf", NULL, NULL}, 1}, /* a Brazilian taxpayer's */
    {{"cslb", NULL, NULL}, 1}, /* California's Contractors State License Board */
    {{"csn", NULL, NULL}, 1}, /* Epic's contact serial number, an encounter's */
    {{"cuil", NULL, NULL}, 1}, /* Argentina's tax ID */
    {{"cuit", NULL, NULL}, 1}, /* Argentina's tax ID */
    {{"curp", NULL, NULL}, 1}, /* Mexico's population register */
    {{"cusip", NULL, NULL}, 1}, /* a security's (nine characters, a check digit last) */
    {{"custody", "and", "control"}, 1},
    {{"customer", "id", NULL}, 1}, /* a customer's number ("Customer ID: 718-402-5531", as Google Ads writes one) */
    {{"customer", "no", NULL}, 1}, /* a customer's number, not a license or an account */
    {{"customer", "number", NULL}, 1},
    {{"cvp", NULL, NULL}, 1}, /* Portuguese: a number port's validation code */
    {{"dcn", NULL, NULL}, 1}, /* a document control number */
    {{"dea", NULL, NULL}, 1}, /* a prescriber's DEA registration */
    {{"deal", NULL, NULL}, 1},
    {{"deal", "jacket", NULL}, 1},
    {{"deanumber", NULL, NULL}, 1}, /* (NCPDP SCRIPT's <DEANumber>) */
    {{"dispute", NULL, NULL}, 1}, /* a chargeback's ("Dispute # 646-516-1877") */
    {{"dispute", "id", NULL}, 1}, /* a chargeback's */
    {{"dni", NULL, NULL}, 1}, /* Spain's, Argentina's ID card */
    {{"docket", "no", NULL}, 1},
    {{"docket", "number", NULL}, 1},
    {{"donor", NULL, NULL}, 1}, /* a blood bank's, a registry's donor number */
    {{"dossier", NULL, NULL}, 1}, /* French: a case's or a file's number */
    {{"dowod", NULL, NULL}, 1}, /* Polish: "dowod osobisty", an identity card */
    {{"dpci", NULL, NULL}, 1}, /* Target's item number, 3-2-4 digits */
    {{"drawing", NULL, NULL}, 1},
    {{"ean", NULL, NULL}, 1}, /* a product's barcode (EAN-13: a 13-digit Visa's length) */
    {{"ebt", NULL, NULL}, 1}, /* a benefits card's number */
    {{"ecid", NULL, NULL}, 1}, /* Apple's chip ID */
    {{"ein", NULL, NULL}, 1}, /* an employer's; in capitals: drop_lowercase_abbreviations() */
    /* an employee's number (not "SSN per employee:") */
    {{"employee", "id", NULL}, 1},
    {{"employee", "nbr", NULL}, 1},
    {{"employee", "no", NULL}, 1},
    {{"employee", "number", NULL}, 1},
    {{"employer", NULL, NULL}, 1}, /* an employer's account with a state agency */
    {{"end", "to", "end"}, 1}, /* a payment's end-to-end reference (ISO 20022's EndToEndId) */
    {{"escrow", "no", NULL}, 1}, /* an escrow's file */
    {{"escrow", "number", NULL}, 1},
    {{"estimate", NULL, NULL}, 1}, /* a mover's, a shop's estimate number */
    {{"factura", NULL, NULL}, 1},
    {{"facture", NULL, NULL}, 1},
    {{"fein", NULL, NULL}, 1},
    {{"file", "no", NULL}, 1}, /* a levying officer's, a sheriff's (not one word: "Phone on file") */
    {{"file", "number", NULL}, 1},
    {{"fixes", NULL, NULL}, 1},
    {{"folio", NULL, NULL}, 1}, /* a form's or a file's number */
    {{"fødselsnr", NULL, NULL}, 1}, /* national identity numbers of other countries (Norway's, Sweden's) */
    {{"fødselsnummer", NULL, NULL}, 1},
    {{"gigawords", NULL, NULL}, 1},
    {{"gln", NULL, NULL}, 1}, /* GS1's Global Location Number */
    {{"group", NULL, NULL}, 1}, /* an insurance plan's group number */
    {{"gtin", NULL, NULL}, 1},
    {{"guarantor", NULL, NULL}, 1}, /* a hospital's guarantor account ("Guarantor 20018834") */
    {{"guia", NULL, NULL}, 1}, /* Spanish: a shipment's waybill */
    {{"gutscheincode", NULL, NULL}, 1}, /* German: a voucher's code */
    {{"har", NULL, NULL}, 1}, /* a hospital account record's (Epic) */
    {{"hash", NULL, NULL}, 1},
    {{"hawb", NULL, NULL}, 1},
    {{"heat", "no", NULL}, 1}, /* a mill's heat (melt) number */
    {{"heat", "number", NULL}, 1},
    {{"hospital", NULL, NULL}, 1},
    {{"i", "94", NULL}, 1}, /* a US arrival record ("I-94 number"), its admission number */
    {{"iccid", NULL, NULL}, 1},
    {{"icn", NULL, NULL}, 1}, /* a claim's internal control number */
    {{"id", NULL, NULL}, 1},
    {{"identity", NULL, NULL}, 1}, /* an identity number (South Africa's: Luhn-valid, as cards are) */
    {{"ids", NULL, NULL}, 1}, /* ("allowed_account_ids": an account's, not a bank's) */
    {{"imei", NULL, NULL}, 1}, /* a phone's serial (its check digit is Luhn's) */
    {{"imeisv", NULL, NULL}, 1},
    {{"impressions", NULL, NULL}, 1}, /* an audience's count ("Social impressions: 412683057") */
    {{"incident", NULL, NULL}, 1}, /* an incident's number ("CAD Incident #: 240-912-0417") */
    {{"incident", "no", NULL}, 1},
    {{"incident", "number", NULL}, 1},
    {{"inmate", NULL, NULL}, 1}, /* a jail's booking, a prison's number ("deposit for inmate 2417738") */
    {{"inv", NULL, NULL}, 1}, /* an invoice's ("Inv # 4719589685153518") */
    {{"invoice", NULL, NULL}, 1},
    {{"invoices", NULL, NULL}, 1},
    {{"ird", NULL, NULL}, 1}, /* New Zealand's tax number */
    {{"isbn", NULL, NULL}, 1},
    {{"iso", NULL, NULL}, 1}, /* an ID card's ISO 7812 number ("ISO # 6009123416721106") */
    {{"item", NULL, NULL}, 1},
    {{"iva", NULL, NULL}, 1}, /* Italy's and Spain's VAT ("P.IVA") */
    {{"job", NULL, NULL}, 1}, /* a job's number ("Job #40931577") */
    {{"job", "no", NULL}, 1}, /* a job traveler's */
    {{"job", "number", NULL}, 1},
    {{"juror", NULL, NULL}, 1}, /* a court's juror (participant) number */
    {{"kassenzeichen", NULL, NULL}, 1}, /* German: a public authority's payment reference */
    {{"kid", NULL, NULL}, 1}, /* Norway's payment reference; in capitals (drop_lowercase_abbreviations()) */
    {{"kit", "no", NULL}, 1},
    {{"kit", "number", NULL}, 1},
    {{"kostenstelle", NULL, NULL}, 1}, /* German: a cost center's */
    {{"kundenkarte", NULL, NULL}, 1}, /* German: a shop's loyalty card */
    {{"kundennummer", NULL, NULL}, 1}, /* German: a customer's number */
    {{"kv", "k", NULL}, 1}, /* "KvK" (a Dutch company's number), split as camelCase */
    {{"kvk", NULL, NULL}, 1},
    {{"lease", NULL, NULL}, 1}, /* a lease's number ("lease # 6142823390") */
    {{"lidnummer", NULL, NULL}, 1}, /* Dutch: a member's number */
    {{"load", NULL, NULL}, 1}, /* a freight load's ("Load # 99824173") */
    {{"loan", NULL, NULL}, 1}, /* a loan's number, not an account's or a phone's */
    {{"loan", "id", NULL}, 1},
    {{"localizador", NULL, NULL}, 1}, /* Spanish: a booking's reference */
    {{"locator", NULL, NULL}, 1},
    {{"lot", NULL, NULL}, 1},
    {{"loyalty", NULL, NULL}, 1},
    {{"ltc", NULL, NULL}, 1}, /* a license to carry a handgun (Texas), a long-term care policy */
    {{"mandat", NULL, NULL}, 1}, /* French: a direct debit's mandate */
    {{"mandato", NULL, NULL}, 1}, /* Spanish, Italian: a direct debit's mandate */
    {{"mandatsreferenz", NULL, NULL}, 1}, /* German: a SEPA direct debit's mandate */
    {{"matricula", NULL, NULL}, 1}, /* a registration (of a company, a student, a car) */
    {{"matter", NULL, NULL}, 1}, /* a law firm's ("Matter No. 2023-0147") */
    {{"mawb", NULL, NULL}, 1}, /* a master air waybill's */
    {{"member", NULL, NULL}, 1},
    {{"merchant", NULL, NULL}, 1}, /* a merchant's number ("Merchant # 4445921819325") */
    {{"merchant", "no", NULL}, 1},
    {{"merchant", "number", NULL}, 1},
    {{"meter", NULL, NULL}, 1}, /* a utility's meter number */
    {{"mid", NULL, NULL}, 1}, /* a merchant's ID; in capitals (drop_lowercase_abbreviations()) */
    {{"mitglieds", NULL, NULL}, 1}, /* German: a member's ("Mitglieds-Nr.") */
    {{"mitgliedsnummer", NULL, NULL}, 1},
    {{"mls", NULL, NULL}, 1}, /* a listing's ("MLS# 88213044") */
    {{"model", NULL, NULL}, 1},
    {{"mpan", NULL, NULL}, 1}, /* the UK's electricity meter point */
    {{"mprn", NULL, NULL}, 1}, /* Ireland's, the UK's gas meter point */
    {{"mrn", NULL, NULL}, 1}, /* a patient's medical record number */
    {{"mtcn", NULL, NULL}, 1}, /* a money transfer's control number (Western Union) */
    {{"nces", NULL, NULL}, 1}, /* a school's federal ID (12 digits) */
    {{"ndc", NULL, NULL}, 1}, /* a drug's National Drug Code */
    {{"nhs", NULL, NULL}, 1}, /* a UK patient's number */
    {{"nie", NULL, NULL}, 1}, /* Spain's foreigner ID */
    {{"nif", NULL, NULL}, 1}, /* Spain's, Portugal's tax ID */
    {{"nit", NULL, NULL}, 1}, /* Colombia's tax ID */
    {{"nmi", NULL, NULL}, 1}, /* Australia's electricity meter */
    {{"nmls", NULL, NULL}, 1}, /* a mortgage lender's ID */
    {{"npi", NULL, NULL}, 1},
    {{"ocr", NULL, NULL}, 1}, /* Sweden's payment reference ("OCR-nummer") */
    {{"octets", NULL, NULL}, 1},
    {{"operacion", NULL, NULL}, 1}, /* Spanish: a transaction's ("Número de operación") */
    {{"operation", NULL, NULL}, 1}, /* French: "Numéro d'opération" */
    {{"orden", NULL, NULL}, 1}, /* Spanish: an order */
    {{"order", NULL, NULL}, 1},
    {{"orders", NULL, NULL}, 1}, /* (a REST path's resources: "/orders/{id}") */
    {{"ordine", NULL, NULL}, 1},
    {{"org", "no", NULL}, 1},
    {{"org", "nr", NULL}, 1}, /* a company's number (Nordic "Org.nr.") */
    {{"orgnr", NULL, NULL}, 1},
    {{"p", "n", NULL}, 1}, /* a part's number ("P/N") */
    {{"packets", NULL, NULL}, 1},
    {{"parcel", NULL, NULL}, 1}, /* a property's or a shipment's */
    {{"parking", "permit", NULL}, 1},
    {{"part", NULL, NULL}, 1},
    {{"participant", "id", NULL}, 1}, /* a study's record of a participant */
    {{"patient", NULL, NULL}, 1},
    {{"patron", NULL, NULL}, 1},
    {{"pay", "statement", NULL}, 1},
    {{"peca", NULL, NULL}, 1}, /* Portuguese: a part's ("Peça nº") */
    {{"pedido", NULL, NULL}, 1},
    {{"permit", NULL, NULL}, 1},
    {{"permit", "no", NULL}, 1},
    {{"permit", "number", NULL}, 1},
    {{"personalnummer", NULL, NULL}, 1}, /* German: an employee's personnel number */
    {{"personnummer", NULL, NULL}, 1},
    {{"pesel", NULL, NULL}, 1}, /* Poland's national identity number */
    {{"pid", NULL, NULL}, 1},
    {{"pin", NULL, NULL}, 1},
    {{"plate", NULL, NULL}, 1}, /* a vehicle's ("Plate: CX 44182") */
    {{"player", NULL, NULL}, 1},
    {{"pnr", NULL, NULL}, 1},
    {{"po", NULL, NULL}, 1}, /* a purchase order's ("PO Number:", "P.O.") */
    {{"pole", NULL, NULL}, 1}, /* a utility pole's ("Pole No. 114-22-0871") */
    {{"policy", NULL, NULL}, 1},
    {{"pon", NULL, NULL}, 1}, /* a number port's order number */
    {{"port", NULL, NULL}, 1},
    {{"position", NULL, NULL}, 1}, /* a job's ("Position Nbr") */
    {{"power", "no", NULL}, 1}, /* a bail bond's power of attorney ("Power No. 702-384-2291") */
    {{"power", "number", NULL}, 1},
    {{"prescription", NULL, NULL}, 1}, /* a pharmacy's prescription (Rx) number */
    {{"pro", NULL, NULL}, 1}, /* a freight carrier's shipment number ("PRO 0748215563") */
    {{"product", "no", NULL}, 1},
    {{"product", "number", NULL}, 1},
    {{"product", "code", NULL}, 1},
    {{"product", "id", NULL}, 1},
    {{"project", NULL, NULL}, 1}, /* a project's ID (Sentry's sixteen digits) */
    {{"proposal", NULL, NULL}, 1},
    {{"protocol", NULL, NULL}, 1}, /* a service case's (Brazil's 'protocolo') */
    {{"protocollo", NULL, NULL}, 1}, /* Italian: a file's number ("Numero di protocollo") */
    {{"protocolo", NULL, NULL}, 1},
    {{"psp", NULL, NULL}, 1}, /* a payment provider's reference ("pspReference") */
    {{"pt", "acct", NULL}, 1}, /* a patient's: "Pt Acct No" (not "called pt at ...") */
    {{"pt", "account", NULL}, 1},
    {{"puk", NULL, NULL}, 1},
    {{"qty", NULL, NULL}, 1},
    {{"qualifier", NULL, NULL}, 1}, /* a record's unique qualifier (Google Workspace's "uniqueQualifier") */
    {{"quantity", NULL, NULL}, 1},
    {{"quote", NULL, NULL}, 1}, /* a vendor's quote ("Lowe's quote 412683057") */
    {{"randomisation", NULL, NULL}, 1},
    {{"randomization", NULL, NULL}, 1},
    {{"rastreo", NULL, NULL}, 1}, /* Spanish: tracking */
    {{"receipt", NULL, NULL}, 1}, /* a receipt's number ("Deposit receipt: 1100452871") */
    {{"rechnung", NULL, NULL}, 1},
    {{"rechnungsnummer", NULL, NULL}, 1},
    {{"ref", NULL, NULL}, 1},
    {{"reference", NULL, NULL}, 1},
    {{"reference", "article", NULL}, 1}, /* French: an article's */
    {{"reference", "de", "paiement"}, 1}, /* French: a payment reference */
    {{"referencia", NULL, NULL}, 1},
    {{"referencia", "de", "pagamento"}, 1}, /* Portuguese: a payment reference */
    {{"referencia", "de", "pago"}, 1}, /* Spanish: a payment reference */
    {{"referencyjny", NULL, NULL}, 1}, /* Polish: "numer referencyjny" */
    {{"referencyjny", "płatnosci", NULL}, 1}, /* Polish: a payment's reference ("Nr referencyjny płatności") */
    {{"referenznummer", NULL, NULL}, 1},
    {{"refs", NULL, NULL}, 1}, /* references' ("bank refs: 240315000117, ...") */
    {{"reg", NULL, NULL}, 1}, /* a registration's, a mover's order ("Reg # 2441188471") */
    {{"registration", NULL, NULL}, 1}, /* "VAT Registration No." */
    {{"registry", NULL, NULL}, 1},
    {{"regon", NULL, NULL}, 1}, /* a Polish business's */
    {{"reo", NULL, NULL}, 1}, /* a bank's real-estate-owned listing */
    {{"report", "id", NULL}, 1},
    {{"report", "no", NULL}, 1},
    {{"report", "number", NULL}, 1},
    {{"req", NULL, NULL}, 1}, /* a job requisition's: "CDL-A Driver (Req R-20114)" */
    {{"request", NULL, NULL}, 1},
    {{"requisition", NULL, NULL}, 1},
    {{"reserva", NULL, NULL}, 1},
    {{"reservation", NULL, NULL}, 1},
    {{"return", "authorization", NULL}, 1}, /* a return's ("RA 512-48-9301") */
    {{"reward", NULL, NULL}, 1},
    {{"rewards", NULL, NULL}, 1},
    {{"rfc", NULL, NULL}, 1}, /* Mexico's tax ID */
    {{"ride", NULL, NULL}, 1},
    {{"riferimento", NULL, NULL}, 1}, /* Italian: a reference */
    {{"riferimento", "di", "pagamento"}, 1}, /* Italian: a payment reference */
    {{"rma", NULL, NULL}, 1}, /* a return's authorization */
    {{"ro", NULL, NULL}, 1},
    {{"routing", "key", NULL}, 1},   /* a message broker's, not a bank's */
    {{"routing", "table", NULL}, 1},
    {{"rrn", NULL, NULL}, 1}, /* a card transaction's retrieval reference */
    {{"rut", NULL, NULL}, 1}, /* Chile's tax ID */
    {{"rx", NULL, NULL}, 1},
    {{"s", "n", NULL}, 1}, /* a serial number ("S/N 231-58-4490") */
    {{"sb", NULL, NULL}, 1}, /* a service bulletin ("SB 737-32-1456") */
    {{"screening", "no", NULL}, 1},
    {{"screening", "number", NULL}, 1},
    {{"seal", NULL, NULL}, 1}, /* a trailer's, a container's seal */
    {{"seconds", NULL, NULL}, 1}, /* a time's ("seconds: 1709294403" in a protobuf Timestamp) */
    {{"select", NULL, NULL}, 1}, /* a SQL tag's row count ("[SELECT 1048576 in 4.21s]") */
    {{"sendungsnummer", NULL, NULL}, 1}, /* German: a parcel's tracking number */
    {{"seq", NULL, NULL}, 1},
    {{"serial", NULL, NULL}, 1},
    {{"session", NULL, NULL}, 1},
    {{"sha", NULL, NULL}, 1}, /* a commit's or a file's hash ("SHA 8c1f64a27b03") */
    {{"shipment", NULL, NULL}, 1},
    {{"shipments", NULL, NULL}, 1},
    {{"sin", NULL, NULL}, 1}, /* Canada's Social Insurance Number (in capitals: drop_lowercase_abbreviations()) */
    {{"siren", NULL, NULL}, 1},
    {{"siret", NULL, NULL}, 1},
    {{"sku", NULL, NULL}, 1},
    {{"slip", NULL, NULL}, 1}, /* ("Deposit slip number") */
    {{"sn", NULL, NULL}, 1}, /* a serial number: "Instrument SN 312-745-0098" */
    {{"social", "insurance", NULL}, 1}, /* Canada's SIN */
    {{"sofinummer", NULL, NULL}, 1}, /* the Netherlands' old citizen's number */
    {{"solicitud", NULL, NULL}, 1}, /* Spanish: an application's number */
    {{"spec", "no", NULL}, 1}, /* a specification's */
    {{"specimen", NULL, NULL}, 1}, /* a lab's specimen ID ("071-448-1833-0") */
    {{"sscc", NULL, NULL}, 1}, /* a shipping container's code (GS1: eighteen digits) */
    {{"staff", "no", NULL}, 1}, /* a staff member's number ("staff no."; not "Staff ID:", an
                                   * employee's, nor prose's "staff 536-22-1874") */
    {{"staff", "number", NULL}, 1},
    {{"stock", NULL, NULL}, 1}, /* an inventory's number (a dealer's "Stock 24-0117") */
    {{"subject", "no", NULL}, 1},
    {{"subject", "number", NULL}, 1},
    {{"tag", "no", NULL}, 1}, /* an animal's or an asset's tag ("Rabies Tag No.") */
    {{"tag", "number", NULL}, 1},
    {{"tax", "file", "number"}, 1}, /* Australia's TFN */
    {{"tcin", NULL, NULL}, 1},
    {{"tcn", NULL, NULL}, 1}, /* Medicaid's transaction control number */
    {{"tdlr", NULL, NULL}, 1}, /* Texas's Department of Licensing and Regulation */
    {{"tenant", "id", NULL}, 1}, /* a screening's IDs */
    {{"ticket", NULL, NULL}, 1},
    {{"timesheet", NULL, NULL}, 1},
    {{"title", "no", NULL}, 1}, /* a vehicle's title */
    {{"title", "number", NULL}, 1},
    {{"total", NULL, NULL}, 1},
    {{"trace", NULL, NULL}, 1},
    {{"tracking", NULL, NULL}, 1},
    {{"tran", NULL, NULL}, 1}, /* ("Store-Reg-Tran:") */
    {{"trans", NULL, NULL}, 1}, /* a receipt's transaction ("TRANS ID -", "TRANS#") */
    {{"trans", "id", NULL}, 1},
    {{"transaccion", NULL, NULL}, 1}, /* Spanish: a transaction */
    {{"transaction", NULL, NULL}, 1},
    {{"transactions", NULL, NULL}, 1},
    {{"transaktionsnummer", NULL, NULL}, 1},
    {{"transit", "pass", NULL}, 1}, /* a fare pass, not a transit number */
    {{"trip", NULL, NULL}, 1}, /* a ride's or a delivery's ("Trip #4265110078759212168") */
    {{"trn", NULL, NULL}, 1}, /* a tax registration's, a transfer's reference */
    {{"txn", NULL, NULL}, 1},
    {{"uid", NULL, NULL}, 1}, /* a user's or an account's identifier */
    {{"upc", NULL, NULL}, 1},
    {{"uscis", NULL, NULL}, 1}, /* a USCIS number (an alien's registration number) */
    {{"utr", NULL, NULL}, 1}, /* a UK taxpayer's reference; India's bank transfer's */
    {{"validation", NULL, NULL}, 1},
    {{"variant", NULL, NULL}, 1},
    {{"vat", NULL, NULL}, 1},
    {{"vendor", "no", NULL}, 1},
    {{"vendor", "number", NULL}, 1},
    {{"vertragsnummer", NULL, NULL}, 1}, /* German: a contract's number */
    {{"violation", "no", NULL}, 1},
    {{"violation", "number", NULL}, 1},
    {{"vorgangsnummer", NULL, NULL}, 1},
    {{"voucher", NULL, NULL}, 1}, /* a tour's, a travel agency's */
    {{"zahlungsreferenz", NULL, NULL}, 1},
    {{"zamowienie", NULL, NULL}, 1}, /* Polish: an order ("Zamówienie") */
    {{"zip", NULL, NULL}, 1},
    {{"zip4", NULL, NULL}, 1},
    {{"zip9", NULL, NULL}, 1}, /* a ZIP+4 without its dash */
    {{"đon", "hang", NULL}, 1}, /* Vietnamese: "đơn hàng", an order */
    {{"الضريبي", NULL, NULL}, 1}, /* Arabic: "الرقم الضريبي", a tax number */
    {{"الطلب", NULL, NULL}, 1}, /* Arabic: the order */
    {{"コ", "ー", "ド", NULL}, 1}, /* Japanese: a code ("JANコード") */
    {{"予", "約", NULL}, 1}, /* Japanese: a reservation ("予約番号") */
    {{"发", "票", NULL}, 1},
    {{"品", NULL, NULL}, 1}, /* Japanese: a part's, an item's ("品番", "部品番号") */
    {{"工", "单", NULL}, 1}, /* Chinese: a work order's, a ticket's */
    {{"工", "單", NULL}, 1},
    {{"注", "文", NULL}, 1},
    {{"管", "理", NULL}, 1}, /* Japanese: a control number's ("管理番号") */
    {{"订", "单", NULL}, 1},
    {{"고객번호", NULL, NULL}, 1}, /* Korean: a customer's number */
    {{"관리번호", NULL, NULL}, 1}, /* Korean: a control number */
    {{"문서", NULL, NULL}, 1}, /* Korean: a document */
    {{"문서번호", NULL, NULL}, 1}, /* Korean: a document's number */
    {{"예약번호", NULL, NULL}, 1}, /* Korean: a reservation's number */
    {{"주문", NULL, NULL}, 1}, /* Korean: an order */
    {{"주문번호", NULL, NULL}, 1}, /* Korean: an order number */
};
const size_t other_label_count = sizeof other_labels / sizeof other_labels[0];

/* Sorted by first word, as hotwords[] (match_phrase()). */
const hotword column_names[] = {
    {{"a", "number", NULL}, B(PII_PHONE_NUMBER)}, /* a call record's calling party */
    {{"ani", NULL, NULL}, B(PII_PHONE_NUMBER)},   /* automatic number identification */
    {{"b", "number", NULL}, B(PII_PHONE_NUMBER)}, /* and its called party */
    {{"busph", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"called", "number", NULL}, B(PII_PHONE_NUMBER)},
    {{"calling", "number", NULL}, B(PII_PHONE_NUMBER)},
    {{"cellph", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"government", "id", NULL}, B(PII_US_SSN)}, /* Outlook's contacts: a US one's SSN */
    {{"homeph", NULL, NULL}, B(PII_PHONE_NUMBER)}, /* a legacy export's glued names: DBTR_HOMEPH */
    {{"mobph", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"national", "id", NULL}, B(PII_US_SSN)}, /* a national identity number's: US staff's SSNs */
    {{"originating", "number", NULL}, B(PII_PHONE_NUMBER)}, /* a call record's parties (AT&T's columns; not hotwords: "or" would open the gate) */
    {{"terminating", "number", NULL}, B(PII_PHONE_NUMBER)},
    {{"workph", NULL, NULL}, B(PII_PHONE_NUMBER)},
    {{"wrkph", NULL, NULL}, B(PII_PHONE_NUMBER)},
};
const size_t column_name_count = sizeof column_names / sizeof column_names[0];
