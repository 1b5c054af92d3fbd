#!/bin/sh
# Regenerates binary.dat: records with NUL bytes and invalid UTF-8 around
# personal data.  The output is committed; this script documents it.
#   sh tests/golden/gen_binary.sh > tests/golden/binary.dat
set -e
hdr() { printf 'PIIDUMP\000\001\002\003\000\000\000\017'; }
hdr
i=0
while [ $i -lt 3 ]; do
  printf '\000\000rec=%d\000name=Ana Ruiz\000ssn=385-19-2046\000\377\376' $i
  printf 'card=4111111111111111\000\303\050 note=caf\351 cr\350me\000'
  printf 'ip=192.0.2.10\200\200mail=ana.ruiz@example.es\000\000\000'
  printf 'phone=(415) 555-0132\342\202 trunc\000overlong \300\257 \355\240\200 surrogate\000'
  printf 'iban=DE89370400440532013000\n\000\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017'
  printf 'mac=00-1A-2B-3C-4D-5E\360\237\230 bad4 \364\220\200\200 above max\000'
  printf 'free text with numbers 12 345 6789 and 2024-06-11 and v1.2.3\000\n'
  i=$((i + 1))
done
printf 'latin1 line: Jos\351 Mart\355nez, SSN 401-62-9087, r\351f 4539 5260 1815 9083\n'
printf '\000\000\000\000\000\000\000\000 tail 536-22-1874\000'
printf '\377\377\377\377 end'
