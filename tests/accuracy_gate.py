#!/usr/bin/python3
"""Accuracy gate: pii-redact on the shared development corpus.

Usage: accuracy_gate.py [--tool PATH/pii-redact] [--corpus DIR]

Runs `pii-redact --findings DIR/dev.txt`, scores the findings against
DIR/dev.gold.jsonl with DIR/score.py --json, and checks:
  - same-type overlap micro precision >= 0.98
  - same-type overlap micro recall    >= 0.98
  - same-type overlap F1 >= 0.95 for each of the 13 built-in entity types
    (and for any other type that shows up in the gold or the findings)
One check per threshold; the last line is `N passed, N failed` and the exit
status is 1 on any failure.  A missing corpus, a failing tool or an
unreadable score is one failed check, never a pass.

Defaults are relative to the repository: build-ci/cli/pii-redact and
../shared/corpus (shared/ sits beside the project's root).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

PYTHON = '/usr/bin/python3'
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MICRO_PRECISION = 0.98
MICRO_RECALL = 0.98
TYPE_F1 = 0.95

# pii.h's built-in entities, in id order.
ENTITIES = [
    'US_SSN', 'US_ITIN', 'US_DRIVER_LICENSE', 'US_PASSPORT', 'PASSPORT', 'CREDIT_CARD',
    'ABA_ROUTING_NUMBER', 'US_BANK_NUMBER', 'IBAN_CODE', 'EMAIL_ADDRESS', 'IP_ADDRESS',
    'PHONE_NUMBER', 'MAC_ADDRESS',
]


class Gate:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        print(('PASS: ' if ok else 'FAIL: ') + what)
        if ok:
            self.passed += 1
        else:
            self.failed += 1

    def finish(self):
        print(f'{self.passed} passed, {self.failed} failed')
        return 1 if self.failed else 0


def run_gate(gate, tool, corpus, text=None, gold=None, micro_p=MICRO_PRECISION,
             micro_r=MICRO_RECALL, type_f1=TYPE_F1, label='dev'):
    text = text or os.path.join(corpus, 'dev.txt')
    gold = gold or os.path.join(corpus, 'dev.gold.jsonl')
    scorer = os.path.join(corpus, 'score.py')
    missing = [p for p in (text, gold, scorer) if not os.path.isfile(p)]
    if missing:
        gate.check(False, 'corpus present: missing ' + ', '.join(missing) +
                   ' (the gate needs ../shared/corpus beside the repository)')
        return
    if not os.access(tool, os.X_OK):
        gate.check(False, f'pii-redact present: {tool} is not an executable (build first)')
        return

    with tempfile.TemporaryDirectory(prefix='pii-gate-') as tmp:
        findings = os.path.join(tmp, 'findings.jsonl')
        with open(findings, 'wb') as out:
            run = subprocess.run([tool, '--findings', text], stdout=out,
                                 stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        if run.returncode != 0:
            gate.check(False, f'pii-redact --findings exited {run.returncode}: '
                       + run.stderr.decode(errors='replace').strip())
            return
        score = subprocess.run([PYTHON, scorer, gold, findings, '--json'],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL)
        if score.returncode != 0:
            gate.check(False, f'score.py exited {score.returncode}: '
                       + score.stderr.decode(errors='replace').strip())
            return
        try:
            overlap = json.loads(score.stdout)['overlap']
            micro, per_type = overlap['micro'], overlap['per_type']
        except (ValueError, KeyError, TypeError) as e:
            gate.check(False, f'score.py --json output readable ({e})')
            return

    print(f"{label}: same-type overlap micro: P={micro['precision']:.4f} "
          f"R={micro['recall']:.4f} F1={micro['f1']:.4f} ({micro['found']} findings, "
          f"{micro['gold']} gold)")
    gate.check(micro['precision'] >= micro_p,
               f"{label}: micro precision {micro['precision']:.4f} >= {micro_p}")
    gate.check(micro['recall'] >= micro_r,
               f"{label}: micro recall {micro['recall']:.4f} >= {micro_r}")

    for t in ENTITIES + sorted(set(per_type) - set(ENTITIES)):
        s = per_type.get(t)
        if s is None or s['gold'] == 0:
            # Nothing to measure is not a pass.
            found = s['found'] if s else 0
            gate.check(False, f'{label}: {t}: F1 not measurable (no gold spans in the corpus, '
                       f'{found} findings)')
            continue
        gate.check(s['f1'] >= type_f1,
                   f"{label}: {t}: F1 {s['f1']:.4f} >= {type_f1} "
                   f"(P={s['precision']:.4f} R={s['recall']:.4f} gold={s['gold']} "
                   f"found={s['found']})")


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--tool', default=os.path.join(ROOT, 'build-ci', 'cli', 'pii-redact'))
    p.add_argument('--corpus', default=os.path.join(os.path.dirname(ROOT), 'shared', 'corpus'))
    args = p.parse_args()
    gate = Gate()
    run_gate(gate, args.tool, args.corpus)
    # The project's own held-out corpus (tests/heldout/, written independently
    # of the dev corpus, other wording and layouts): a looser bar, since it
    # is where generalisation shows, but still a regression guard.
    heldout = os.path.join(ROOT, 'tests', 'heldout')
    run_gate(gate, args.tool, args.corpus, os.path.join(heldout, 'heldout.txt'),
             os.path.join(heldout, 'heldout.gold.jsonl'), micro_p=0.98, micro_r=0.97,
             type_f1=0.90, label='heldout')
    return gate.finish()


if __name__ == '__main__':
    sys.exit(main())
