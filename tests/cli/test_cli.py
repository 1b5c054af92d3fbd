#!/usr/bin/python3
"""Tests of the pii-redact command-line tool (issue: pii-redact as a complete tool).

Usage: test_cli.py [PATH/pii-redact]   (default: build-ci/cli/pii-redact, or $PII_REDACT)

Runs the tool with subprocess and checks each point: inputs and outputs (stdin,
several files, -o, -i atomic with mode and owner kept, kill -9 / SIGTERM during
-i and -o, -r with --include/--exclude and binary files, -j order), --check exit
codes, --findings "file", --report JSON, --policy (behaviour and errors with line
numbers, read before any input), --operator specs, selection options,
--block-size invariance, --help / man page, stderr (one-line errors, summary and
progress bar on a terminal).  The last line is `N passed, N failed`; the exit
status is 1 on any failure.
"""
import hashlib
import json
import os
import pty
import re
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get('PII_REDACT') or os.path.join(ROOT, 'build-ci', 'cli', 'pii-redact')

SSN = b'536-22-1874'
EMAIL = b'jane.doe@example.com'
SAMPLE = (b'Name: Jane Doe\nSSN ' + SSN + b'\nEmail ' + EMAIL + b', card 4539 5260 1815 9083\n'
          b'Server 203.0.113.42, phone (212) 555-0199, IBAN DE89 3704 0044 0532 0130 00\n')
CLEAN = b'Nothing personal here.\nJust a few words and the number 42.\n'
KEY = b'0123456789abcdef0123456789abcdef\n'

ISSUE_POLICY = """\
min_score: 0.5
entities: {disable: [PHONE_NUMBER]}
operators:
  default: tag
  US_SSN: {op: mask, keep_last: 4, char: "*"}
  EMAIL_ADDRESS: {op: hash}
allow: ["support@example.com"]        # exact values never reported
rules:                                 # custom detectors
  - entity: EMPLOYEE_ID
    pattern: 'EMP-[0-9]{6}'            # PCRE2 syntax
    score: 0.9
    context: [employee, staff]
    validator: luhn                    # optional: a built-in validator by name
"""


def run(args, input=b'', cwd=None, timeout=120, env=None):
    return subprocess.run([BIN] + list(args), input=input, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=cwd, timeout=timeout, env=env)


def sha256(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 20), b''):
            h.update(block)
    return h.hexdigest()


def findings(out):
    return [json.loads(line) for line in out.decode().splitlines()]


class Base(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='pii-cli-')

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def write(self, name, data, mode=None):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        if mode is not None:
            os.chmod(p, mode)
        return p

    def read(self, name):
        with open(self.path(name), 'rb') as f:
            return f.read()

    def assertError(self, r, needle=None):
        """Exit 2 and exactly one line 'pii-redact: error: ...' on stderr."""
        self.assertEqual(r.returncode, 2, r.stderr)
        lines = r.stderr.decode().splitlines()
        errors = [l for l in lines if l.startswith('pii-redact: error: ')]
        self.assertEqual(len(errors), 1, r.stderr)
        if needle:
            self.assertIn(needle, errors[0])
        return errors[0]

    def leftovers(self, keep):
        return sorted(set(os.listdir(self.dir)) - set(keep))


# ---------------------------------------------------------------------------
# 1. Inputs and outputs
# ---------------------------------------------------------------------------

class TestInputs(Base):
    def test_stdin_to_stdout(self):
        r = run([], input=SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn(SSN, r.stdout)
        self.assertIn(b'SSN [US_SSN]\n', r.stdout)
        self.assertEqual(r.stderr, b'')  # stderr is not a terminal: no summary

    def test_dash_is_stdin(self):
        a = self.write('a.txt', CLEAN)
        r = run([a, '-'], input=SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith(CLEAN))
        self.assertEqual(r.stdout[len(CLEAN):], run([], input=SAMPLE).stdout)

    def test_sample_file(self):
        r = run([os.path.join(ROOT, 'examples', 'sample.txt')])
        with open(os.path.join(ROOT, 'examples', 'sample.expected'), 'rb') as f:
            self.assertEqual(r.stdout, f.read())

    def test_several_files_in_order(self):
        a = self.write('a.txt', SAMPLE)
        b = self.write('b.txt', CLEAN)
        one = run([a]).stdout
        r = run([b, a, b])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, CLEAN + one + CLEAN)

    def test_missing_file(self):
        r = run([self.path('nope.txt')])
        self.assertError(r, 'nope.txt: No such file or directory')

    def test_directory_without_r(self):
        self.assertError(run([self.dir]), 'is a directory (use -r)')

    def test_nul_and_invalid_utf8_pass_through(self):
        data = b'caf\xc3\xa9 \xff\xfe bytes\n' + SAMPLE
        r = run(['--binary'], input=b'x\x00y ' + data)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith(b'x\x00y caf\xc3\xa9 \xff\xfe bytes\n'))


class TestOutputFile(Base):
    def test_output_file(self):
        a = self.write('a.txt', SAMPLE)
        out = self.path('out.txt')
        r = run(['-o', out, a])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, b'')
        self.assertEqual(self.read('out.txt'), run([a]).stdout)
        self.assertEqual(self.leftovers(['a.txt', 'out.txt']), [])
        mode = 0o666 & ~self._umask()
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), mode)

    @staticmethod
    def _umask():
        m = os.umask(0)
        os.umask(m)
        return m

    def test_output_keeps_mode_of_existing(self):
        a = self.write('a.txt', SAMPLE)
        out = self.write('out.txt', b'old', mode=0o600)
        r = run(['--output=' + out, a])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)
        self.assertNotIn(SSN, self.read('out.txt'))

    def test_output_atomic_on_error(self):
        """An input that fails: no output file, an existing one unchanged."""
        a = self.write('a.txt', SAMPLE)
        r = run(['-o', self.path('new.txt'), a, self.path('missing.txt')])
        self.assertError(r, 'missing.txt')
        self.assertFalse(os.path.exists(self.path('new.txt')))
        self.write('old.txt', b'previous contents\n')
        r = run(['-o', self.path('old.txt'), a, self.path('missing.txt')])
        self.assertEqual(r.returncode, 2)
        self.assertEqual(self.read('old.txt'), b'previous contents\n')
        self.assertEqual(self.leftovers(['a.txt', 'old.txt']), [])

    def test_output_atomic_on_library_error(self):
        """A hash operator without a key fails half-way: no output file."""
        a = self.write('a.txt', CLEAN * 100 + SAMPLE)
        pol = self.write('p.yaml', 'operators: {default: hash}\n')
        r = run(['-o', self.path('out.txt'), '--policy', pol, a])
        self.assertError(r, 'hash operator needs a key')
        self.assertEqual(self.leftovers(['a.txt', 'p.yaml']), [])

    def test_output_same_as_input(self):
        a = self.write('a.txt', SAMPLE)
        expected = run([a]).stdout
        r = run(['-o', a, a])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.read('a.txt'), expected)

    def test_output_dev_null(self):
        r = run(['-o', '/dev/null'], input=SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(stat.S_ISCHR(os.stat('/dev/null').st_mode))

    def test_output_dash_is_stdout(self):
        r = run(['-o', '-'], input=SAMPLE)
        self.assertEqual(r.stdout, run([], input=SAMPLE).stdout)

    def test_output_directory_missing(self):
        r = run(['-o', self.path('no', 'such', 'dir', 'out.txt')], input=SAMPLE)
        self.assertError(r, 'cannot create a temporary file')


class TestInPlace(Base):
    def test_in_place(self):
        a = self.write('a.txt', SAMPLE, mode=0o640)
        b = self.write('b.txt', CLEAN)
        expected = run([a]).stdout
        ino_a, st_b = os.stat(a).st_ino, os.stat(b)
        r = run(['-i', a, b])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, b'')
        self.assertEqual(self.read('a.txt'), expected)
        self.assertNotEqual(os.stat(a).st_ino, ino_a)  # replaced by rename
        self.assertEqual(stat.S_IMODE(os.stat(a).st_mode), 0o640)
        # nothing found: not rewritten at all
        self.assertEqual(self.read('b.txt'), CLEAN)
        self.assertEqual(os.stat(b).st_ino, st_b.st_ino)
        self.assertEqual(os.stat(b).st_mtime_ns, st_b.st_mtime_ns)
        self.assertEqual(self.leftovers(['a.txt', 'b.txt']), [])

    def test_in_place_keeps_mode_and_owner(self):
        a = self.write('a.txt', SAMPLE, mode=0o604)
        if os.geteuid() == 0:
            uid, gid = 65534, 65534  # nobody / nogroup
        else:
            uid, gid = os.getuid(), os.getgid()
        os.chown(a, uid, gid)
        os.chmod(a, 0o4604 if os.geteuid() == 0 else 0o604)
        want_mode = stat.S_IMODE(os.stat(a).st_mode)
        r = run(['--in-place', a])
        self.assertEqual(r.returncode, 0, r.stderr)
        st = os.stat(a)
        self.assertEqual((st.st_uid, st.st_gid), (uid, gid))
        self.assertEqual(stat.S_IMODE(st.st_mode), want_mode)
        self.assertNotIn(SSN, self.read('a.txt'))

    def test_in_place_symlink_kept(self):
        a = self.write('a.txt', SAMPLE)
        os.symlink('a.txt', self.path('link.txt'))
        r = run(['-i', self.path('link.txt')])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.path.islink(self.path('link.txt')))
        self.assertNotIn(SSN, self.read('a.txt'))

    def test_in_place_failure_keeps_original(self):
        data = CLEAN * 1000 + SAMPLE
        a = self.write('a.txt', data)
        pol = self.write('p.yaml', 'operators: {EMAIL_ADDRESS: hash}\n')
        r = run(['-i', '--policy', pol, a])  # fails at the email, half-way
        self.assertError(r, 'hash operator needs a key')
        self.assertEqual(self.read('a.txt'), data)
        self.assertEqual(self.leftovers(['a.txt', 'p.yaml']), [])

    def test_in_place_continues_after_error(self):
        a = self.write('a.txt', SAMPLE)
        r = run(['-i', self.path('missing.txt'), a])
        self.assertError(r, 'missing.txt')
        self.assertNotIn(SSN, self.read('a.txt'))

    def test_in_place_misuse(self):
        a = self.write('a.txt', SAMPLE)
        self.assertError(run(['-i']), '--in-place needs files')
        self.assertError(run(['-i', '-']), 'standard input')
        self.assertError(run(['-i', '--check', a]), '--in-place')
        self.assertError(run(['-i', '-o', self.path('x'), a]), '--in-place')
        self.assertError(run(['-i', '/dev/null']), 'not a regular file')
        self.assertEqual(self.read('a.txt'), SAMPLE)

    def test_in_place_recursive(self):
        self.write('t/a.txt', SAMPLE)
        self.write('t/sub/b.txt', SAMPLE)
        self.write('t/c.bin', b'\x00' + SAMPLE)
        r = run(['-r', '-i', '-j', '2', self.path('t')])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn(SSN, self.read('t/a.txt'))
        self.assertNotIn(SSN, self.read('t/sub/b.txt'))
        self.assertEqual(self.read('t/c.bin'), b'\x00' + SAMPLE)


class TestKill(Base):
    """Signals during -i and -o: the original is never changed or truncated."""

    BIG = 200 * 1024 * 1024

    @classmethod
    def setUpClass(cls):
        cls.bigdir = tempfile.mkdtemp(prefix='pii-cli-big-')
        cls.big = os.path.join(cls.bigdir, 'big.txt')
        line = (b'2024-01-01 12:00:00 user 1234 SSN 536-22-1874 mail jane.doe@example.com '
                b'from 10.0.0.1 ok\n')
        block = line * 20000
        with open(cls.big, 'wb') as f:
            n = 0
            while n < cls.BIG:
                f.write(block)
                n += len(block)
        cls.hash = sha256(cls.big)
        cls.size = os.path.getsize(cls.big)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.bigdir, ignore_errors=True)

    def fresh(self):
        """A copy of the big file in this test's directory."""
        p = self.path('big.txt')
        shutil.copyfile(self.big, p)
        return p

    def kill_while_running(self, args, sig, delays=(0.3, 0.1, 0.02)):
        """Start pii-redact, send sig after a delay while it still runs."""
        for delay in delays:
            p = subprocess.Popen([BIN, '-q'] + args, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
            time.sleep(delay)
            running = p.poll() is None
            if running:
                p.send_signal(sig)
            p.wait(timeout=120)
            p.stderr.close()
            if running:
                return p.returncode
        self.fail('pii-redact finished before it could be signalled')

    def check_original(self, p):
        self.assertEqual(os.path.getsize(p), self.size)
        self.assertEqual(sha256(p), self.hash)

    def test_kill9_in_place(self):
        p = self.fresh()
        ino = os.stat(p).st_ino
        rc = self.kill_while_running(['-i', p], signal.SIGKILL)
        self.assertEqual(rc, -signal.SIGKILL)
        self.check_original(p)
        self.assertEqual(os.stat(p).st_ino, ino)
        # SIGKILL cannot be caught: the temporary file may remain, nothing else
        for name in self.leftovers(['big.txt']):
            self.assertRegex(name, r'^\.big\.txt\.pii-[A-Za-z0-9]{6}$')

    def test_sigterm_in_place(self):
        p = self.fresh()
        rc = self.kill_while_running(['-i', p], signal.SIGTERM)
        self.assertEqual(rc, -signal.SIGTERM)
        self.check_original(p)
        self.assertEqual(self.leftovers(['big.txt']), [])

    def test_sigint_in_place_parallel(self):
        p = self.fresh()
        small = self.write('small.txt', SAMPLE)
        rc = self.kill_while_running(['-i', '-j', '2', small, p], signal.SIGINT)
        self.assertEqual(rc, -signal.SIGINT)
        self.check_original(p)
        self.assertEqual(self.leftovers(['big.txt', 'small.txt']), [])

    def test_sigterm_output(self):
        self.write('out.txt', b'old output\n')
        rc = self.kill_while_running(['-o', self.path('out.txt'), self.big], signal.SIGTERM)
        self.assertEqual(rc, -signal.SIGTERM)
        self.assertEqual(self.read('out.txt'), b'old output\n')
        self.assertEqual(self.leftovers(['out.txt']), [])

    def test_kill9_output(self):
        rc = self.kill_while_running(['-o', self.path('out.txt'), self.big], signal.SIGKILL)
        self.assertEqual(rc, -signal.SIGKILL)
        self.assertFalse(os.path.exists(self.path('out.txt')))
        for name in os.listdir(self.dir):
            self.assertRegex(name, r'^\.out\.txt\.pii-[A-Za-z0-9]{6}$')


class TestRecursive(Base):
    def setUp(self):
        super().setUp()
        self.write('t/a.txt', SAMPLE)
        self.write('t/b.log', SAMPLE)
        self.write('t/sub/c.txt', SAMPLE)
        self.write('t/sub/skip/d.txt', SAMPLE)
        self.write('t/sub/f.md', SAMPLE)
        self.write('t/e.bin', b'head\x00' + SAMPLE)
        self.write('outside.txt', SAMPLE)
        os.symlink(self.path('outside.txt'), self.path('t', 'link.txt'))
        os.symlink(self.path('t'), self.path('t', 'sub', 'loop'))

    def files(self, *args):
        r = run(['--findings', '-r'] + list(args) + ['t'], cwd=self.dir)
        self.assertEqual(r.returncode, 0, r.stderr)
        seen = []
        for f in findings(r.stdout):
            if f['file'] not in seen:
                seen.append(f['file'])
        return seen

    def test_walk_sorted_no_symlinks_no_binary(self):
        self.assertEqual(self.files(), ['t/a.txt', 't/b.log', 't/sub/c.txt', 't/sub/f.md',
                                        't/sub/skip/d.txt'])

    def test_include(self):
        self.assertEqual(self.files('--include', '*.txt'),
                         ['t/a.txt', 't/sub/c.txt', 't/sub/skip/d.txt'])
        self.assertEqual(self.files('--include', '*.txt', '--include=*.md'),
                         ['t/a.txt', 't/sub/c.txt', 't/sub/f.md', 't/sub/skip/d.txt'])

    def test_exclude(self):
        self.assertEqual(self.files('--include', '*.txt', '--exclude', 'skip'),
                         ['t/a.txt', 't/sub/c.txt'])
        self.assertEqual(self.files('--exclude', '*.log', '--exclude', 'sub'), ['t/a.txt'])
        # a glob with '/' matches the whole path
        self.assertEqual(self.files('--exclude', 't/sub/*'), ['t/a.txt', 't/b.log'])

    def test_binary(self):
        self.assertEqual(self.files('--binary', '--include', '*.bin'), ['t/e.bin'])
        # named on the command line: skipped with a warning, exit 0
        r = run([self.path('t', 'e.bin')])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, b'')
        self.assertIn(b'binary file skipped', r.stderr)
        r = run(['--binary', self.path('t', 'e.bin')])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith(b'head\x00Name'))
        self.assertNotIn(SSN, r.stdout)
        # a NUL after the first 8 KiB: not binary
        late = self.write('late.txt', b'x' * 9000 + b'\x00' + SAMPLE)
        r = run([late])
        self.assertNotIn(SSN, r.stdout)
        self.assertTrue(r.stdout.startswith(b'x' * 9000 + b'\x00'))

    def test_default_current_directory(self):
        r = run(['--findings', '-r', '--include', '*.md'], cwd=self.path('t'))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual({f['file'] for f in findings(r.stdout)}, {'sub/f.md'})

    def test_globs_need_r(self):
        self.assertError(run(['--include', '*.txt', self.path('t', 'a.txt')]), '-r')


class TestParallel(Base):
    def setUp(self):
        super().setUp()
        self.names = []
        for i in range(24):
            body = (CLEAN * (i * 37 % 11)) + (SAMPLE if i % 3 else CLEAN) + b'line %d\n' % i
            body = body * (1 + (i * 7919) % 300)
            self.names.append(self.write('f%02d.txt' % i, body))

    def test_same_output(self):
        base = run(['-j', '1'] + self.names)
        self.assertEqual(base.returncode, 0, base.stderr)
        for j in ('2', '8'):
            r = run(['-j', j] + self.names)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, base.stdout, '-j %s differs from -j 1' % j)
        r = run(self.names)  # default: number of CPUs
        self.assertEqual(r.stdout, base.stdout)

    def test_same_findings(self):
        base = run(['-j1', '--findings'] + self.names).stdout
        self.assertEqual(run(['-j2', '--findings'] + self.names).stdout, base)
        self.assertEqual(run(['--jobs=5', '--findings'] + self.names).stdout, base)

    def test_same_output_file(self):
        run(['-j', '1', '-o', self.path('one.out')] + self.names)
        run(['-j', '3', '-o', self.path('three.out')] + self.names)
        self.assertEqual(self.read('one.out'), self.read('three.out'))

    def test_same_output_to_files(self):
        # Standard output a regular file (copied out with sendfile()) and a
        # file opened for appending (where sendfile() refuses and the copy
        # is read and written): both as -j 1 writes them.  Both outputs
        # take copies, so temporary files are written again for later
        # inputs, shorter ones too: only what this input wrote goes out.
        base = run(['-j', '1'] + self.names).stdout
        for mode in ('wb', 'ab'):
            path = self.path('stdout.' + mode)
            with open(path, mode) as f:
                if mode == 'ab':
                    f.write(b'before\n')
                    f.flush()
                r = subprocess.run([BIN, '-j', '3'] + self.names, stdout=f,
                                   stderr=subprocess.PIPE, timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
            want = (b'before\n' if mode == 'ab' else b'') + base
            self.assertEqual(self.read('stdout.' + mode), want, mode)

    def test_handover_mid_input(self):
        # A large input behind a small one: its worker keeps its output in a
        # temporary file only until the small one is written, then copies
        # what it kept and writes the rest straight out (read and write
        # where sendfile() refuses: an appending standard output).
        big = self.write('big.txt', (SAMPLE + CLEAN * 40) * 6000)
        names = [self.names[0], big, self.names[1], big]
        base = run(['-j', '1'] + names).stdout
        self.assertGreater(len(base), 4 << 20)
        self.assertEqual(run(['-j', '2'] + names).stdout, base)
        for mode in ('wb', 'ab'):
            path = self.path('handover.' + mode)
            with open(path, mode) as f:
                r = subprocess.run([BIN, '-j', '2'] + names, stdout=f,
                                   stderr=subprocess.PIPE, timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(self.read('handover.' + mode), base, mode)
        run(['-j', '2', '-o', self.path('handover.out')] + names)
        self.assertEqual(self.read('handover.out'), base)

    def test_error_stops_output(self):
        names = self.names[:3] + [self.path('missing.txt')] + self.names[3:6]
        one = run(['-j', '1'] + names)
        two = run(['-j', '2'] + names)
        self.assertEqual(one.returncode, 2)
        self.assertEqual(two.returncode, 2)
        self.assertEqual(one.stdout, two.stdout)
        self.assertEqual(one.stdout, run(self.names[:3]).stdout)

    def test_bad_jobs(self):
        self.assertError(run(['-j', '0']), '--jobs')
        self.assertError(run(['-j', 'x']), '--jobs')
        self.assertError(run(['-j', '100000']), '--jobs')


# ---------------------------------------------------------------------------
# 2. Gate mode and findings
# ---------------------------------------------------------------------------

class TestCheck(Base):
    def test_exit_codes(self):
        a = self.write('a.txt', SAMPLE)
        c = self.write('c.txt', CLEAN)
        r = run(['--check', c])
        self.assertEqual((r.returncode, r.stdout), (0, b''))
        r = run(['--check', a])
        self.assertEqual((r.returncode, r.stdout), (1, b''))
        r = run(['--check', c, a])
        self.assertEqual((r.returncode, r.stdout), (1, b''))
        r = run(['--check'], input=SAMPLE)
        self.assertEqual((r.returncode, r.stdout), (1, b''))
        r = run(['--check'], input=b'')
        self.assertEqual((r.returncode, r.stdout), (0, b''))
        r = run(['--check', c, self.path('missing')])
        self.assertError(r)
        self.assertEqual(r.stdout, b'')
        # an error wins over a finding: the gate cannot vouch for the input
        r = run(['--check', a, self.path('missing')])
        self.assertEqual(r.returncode, 2)
        r = run(['--check', '-r', self.dir])
        self.assertEqual((r.returncode, r.stdout), (1, b''))
        r = run(['--check', '--exclude-entities', 'US_SSN,EMAIL_ADDRESS,CREDIT_CARD,IP_ADDRESS,'
                 'PHONE_NUMBER,IBAN_CODE', a])
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_check_misuse(self):
        self.assertError(run(['--check', '--findings']), 'cannot be used together')
        self.assertError(run(['--check', '-o', self.path('x')]), '--output')


class TestFindings(Base):
    def test_file_key(self):
        a = self.write('a.txt', SAMPLE)
        b = self.write('b.txt', SAMPLE)
        single = findings(run(['--findings', a]).stdout)
        self.assertTrue(single)
        self.assertTrue(all('file' not in f for f in single))
        several = findings(run(['--findings', a, b]).stdout)
        self.assertEqual(len(several), 2 * len(single))
        self.assertEqual([f['file'] for f in several], [a] * len(single) + [b] * len(single))
        self.assertEqual(list(several[0])[0], 'file')
        for f in several:
            f.pop('file')
        self.assertEqual(several, single + single)
        mixed = findings(run(['--findings', a, '-'], input=SAMPLE).stdout)
        self.assertEqual(mixed[-1]['file'], '<stdin>')

    def test_show_text(self):
        r = run(['--findings', '--show-text'], input=SAMPLE)
        texts = [f['text'] for f in findings(r.stdout)]
        self.assertIn(SSN.decode(), texts)
        self.assertIn(EMAIL.decode(), texts)
        self.assertError(run(['--show-text']), '--show-text needs --findings')


# ---------------------------------------------------------------------------
# 3. Report
# ---------------------------------------------------------------------------

class TestReport(Base):
    def test_report_content(self):
        a = self.write('a.txt', SAMPLE)
        c = self.write('c.txt', CLEAN)
        b = self.write('b.bin', b'\x00' + SAMPLE)
        rep = self.path('report.json')
        r = run(['--report', rep, '-o', self.path('out.txt'), a, c, b])
        self.assertEqual(r.returncode, 0, r.stderr)
        text = self.read('report.json')
        for secret in (SSN, EMAIL, b'4539', b'203.0.113.42', b'555-0199', b'DE89'):
            self.assertNotIn(secret, text)
        rep = json.loads(text)
        self.assertEqual(rep['tool'], 'pii-redact')
        self.assertEqual(rep['mode'], 'redact')
        files = rep['files']
        self.assertEqual([f['file'] for f in files], [a, c, b])
        self.assertEqual([f['status'] for f in files], ['ok', 'ok', 'skipped_binary'])
        fa = files[0]
        self.assertEqual(fa['bytes'], len(SAMPLE))
        self.assertGreaterEqual(fa['elapsed_seconds'], 0)
        want = {}
        for f in findings(run(['--findings', a]).stdout):
            want[f['type']] = want.get(f['type'], 0) + 1
        self.assertEqual(fa['entities'], want)
        self.assertEqual(fa['findings'], sum(want.values()))
        self.assertEqual(fa['categories']['government_id'], want['US_SSN'])
        self.assertEqual(sum(fa['categories'].values()), fa['findings'])
        self.assertEqual(fa['max_sensitivity'], 'critical')
        self.assertEqual((files[1]['findings'], files[1]['entities'], files[1]['max_sensitivity']),
                         (0, {}, 'none'))
        t = rep['totals']
        self.assertEqual((t['files'], t['files_with_findings'], t['files_skipped_binary'],
                          t['files_failed']), (3, 1, 1, 0))
        self.assertEqual(t['bytes'], len(SAMPLE) + len(CLEAN))
        self.assertEqual(t['entities'], want)
        self.assertEqual(t['max_sensitivity'], 'critical')

    def test_report_stdout_with_check(self):
        a = self.write('a.txt', SAMPLE)
        r = run(['--check', '--report', '-', a, a])
        self.assertEqual(r.returncode, 1)
        rep = json.loads(r.stdout)
        self.assertEqual(rep['mode'], 'check')
        self.assertEqual(rep['totals']['findings'], 2 * rep['files'][0]['findings'])

    def test_report_errors_and_in_place(self):
        a = self.write('a.txt', SAMPLE)
        c = self.write('c.txt', CLEAN)
        r = run(['-i', '--report', '-', a, c, self.path('missing.txt')])
        self.assertEqual(r.returncode, 2)
        rep = json.loads(r.stdout)
        self.assertEqual([f['status'] for f in rep['files']], ['ok', 'ok', 'error'])
        self.assertEqual([f['rewritten'] for f in rep['files']], [True, False, False])
        self.assertIn('No such file', rep['files'][2]['error'])
        self.assertEqual(rep['totals']['files_failed'], 1)
        # standard output stops at the first error: the rest is not processed
        r = run(['-o', self.path('o.txt'), '--report', self.path('r.json'), a,
                 self.path('missing.txt'), c, '-j', '1'])
        self.assertEqual(r.returncode, 2)
        rep = json.loads(self.read('r.json'))
        self.assertEqual([f['status'] for f in rep['files']], ['ok', 'error', 'not_processed'])
        self.assertEqual((rep['totals']['files_failed'], rep['totals']['files_not_processed']),
                         (1, 1))

    def test_report_valid_json_for_any_file_name(self):
        name = os.path.join(os.fsencode(self.dir), b'caf\xe9 "q"\n.txt')
        with open(name, 'wb') as f:
            f.write(SAMPLE)
        r = subprocess.run([os.fsencode(BIN), b'--check', b'--report', b'-',
                            name, name], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(r.returncode, 1, r.stderr)
        rep = json.loads(r.stdout)
        self.assertTrue(rep['files'][0]['file'].endswith('caf\ufffd "q"\n.txt'))
        r = subprocess.run([os.fsencode(BIN), b'--findings', name, name],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertTrue(findings(r.stdout))

    def test_report_dash_needs_free_stdout(self):
        self.assertError(run(['--report', '-'], input=SAMPLE), '--report -')

    def test_report_unwritable(self):
        r = run(['--report', self.path('no', 'dir', 'r.json')], input=SAMPLE)
        self.assertEqual(r.returncode, 2)


# ---------------------------------------------------------------------------
# 4. Selection and operators
# ---------------------------------------------------------------------------

class TestSelection(Base):
    def types(self, *args):
        r = run(['--findings'] + list(args), input=SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        return {f['type'] for f in findings(r.stdout)}

    def test_entities(self):
        every = self.types()
        self.assertTrue({'US_SSN', 'EMAIL_ADDRESS', 'CREDIT_CARD', 'IP_ADDRESS'} <= every)
        self.assertEqual(self.types('--entities', 'US_SSN,EMAIL_ADDRESS'),
                         {'US_SSN', 'EMAIL_ADDRESS'})
        self.assertEqual(self.types('--exclude-entities', 'US_SSN'), every - {'US_SSN'})
        self.assertEqual(self.types('--min-score', '1.0') <= every, True)
        self.assertEqual(self.types('--min-score=0'), self.types('--min-score', '0') )
        self.assertError(run(['--entities', 'NOPE']), '--entities')
        self.assertError(run(['--min-score', '2']), '--min-score')

    def test_operators(self):
        def red(*args, key=None):
            extra = []
            if key:
                k = self.write('key', key)
                extra = ['--hash-key-file', k]
            r = run(list(args) + extra, input=SAMPLE)
            self.assertEqual(r.returncode, 0, r.stderr)
            return r.stdout

        out = red('--operator', 'US_SSN=mask:keep=4')
        self.assertIn(b'SSN ***-**-1874\n', out)
        self.assertIn(b'[EMAIL_ADDRESS]', out)
        out = red('--operator', 'mask:keep=4,char=#')
        self.assertIn(b'SSN ###-##-1874\n', out)
        self.assertIn(b'card #### #### #### 9083', out)
        out = red('--operator', 'tag:format=<{entity}>')
        self.assertIn(b'SSN <US_SSN>\n', out)
        out = red('--operator', 'remove')
        self.assertIn(b'SSN \n', out)
        self.assertEqual(red('--operator', 'keep'), SAMPLE)
        out = red('--operator', 'EMAIL_ADDRESS=hash', key=KEY)
        self.assertRegex(out, rb'Email \[EMAIL_ADDRESS:[0-9a-f]{16}\],')
        self.assertEqual(out, red('--operator', 'EMAIL_ADDRESS=hash', key=KEY))  # deterministic
        other = red('--operator', 'EMAIL_ADDRESS=hash', key=b'another key of 32 bytes.........')
        self.assertNotEqual(out, other)
        out = red('--operator', 'US_SSN=hash:hex=32', key=KEY)
        self.assertRegex(out, rb'SSN \[US_SSN:[0-9a-f]{32}\]\n')
        # later ones win
        out = red('--operator', 'US_SSN=remove', '--operator', 'US_SSN=mask')
        self.assertIn(b'SSN ***-**-****\n', out)

    def test_operator_errors(self):
        self.assertError(run(['--operator', 'NOPE=mask'], input=SAMPLE), 'unknown entity')
        self.assertError(run(['--operator', 'US_SSN=smudge'], input=SAMPLE), '--operator')
        self.assertError(run(['--operator', 'mask:keep=x'], input=SAMPLE), '--operator')
        # found before any input is read (stdin stays open)
        p = subprocess.Popen([BIN, '--operator', 'EMAIL_ADDRESS=hash:hex=32'],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        self.assertEqual(p.wait(timeout=30), 2)
        self.assertIn(b'hash operator needs a key', p.stderr.read())
        for f in (p.stdin, p.stdout, p.stderr):
            f.close()
        short = self.write('short', b'short\n')
        self.assertError(run(['--hash-key-file', short], input=SAMPLE), '16..64')
        self.assertError(run(['--hash-key-file', self.path('nokey')], input=SAMPLE), 'nokey')


# ---------------------------------------------------------------------------
# 5. Policy files
# ---------------------------------------------------------------------------

class TestPolicy(Base):
    TEXT = (b'Call (212) 555-0199. SSN 536-22-1874. Mail jane.doe@example.com or '
            b'support@example.com. Our employee EMP-123455 and EMP-123456.\n')

    def test_issue_example(self):
        pol = self.write('policy.yaml', ISSUE_POLICY)
        key = self.write('key', KEY)
        r = run(['--policy', pol, '--hash-key-file', key], input=self.TEXT)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout
        self.assertIn(b'Call (212) 555-0199.', out)            # PHONE_NUMBER disabled
        self.assertIn(b'SSN ***-**-1874.', out)                # mask, keep_last 4
        self.assertRegex(out, rb'Mail \[EMAIL_ADDRESS:[0-9a-f]{16}\] or')  # hash
        self.assertIn(b'or support@example.com.', out)         # allow
        self.assertIn(b'employee [EMPLOYEE_ID] and EMP-123456.', out)  # rule + luhn
        f = [x for x in findings(run(['--policy', pol, '--findings'], input=self.TEXT).stdout)
             if x['type'] == 'EMPLOYEE_ID']
        self.assertEqual(len(f), 1)
        self.assertEqual(set(f[0]['flags']), {'validated', 'context', 'custom'})

    def test_hash_needs_key(self):
        pol = self.write('policy.yaml', ISSUE_POLICY)
        r = run(['--policy', pol], input=self.TEXT)
        self.assertError(r, 'hash operator needs a key')
        self.assertNotIn(EMAIL, r.stdout)

    def test_command_line_overrides_policy(self):
        pol = self.write('policy.yaml', ISSUE_POLICY)
        key = self.write('key', KEY)
        r = run(['--policy', pol, '--hash-key-file', key, '--operator', 'US_SSN=tag',
                 '--operator', 'EMPLOYEE_ID=remove', '--entities', 'US_SSN,PHONE_NUMBER'],
                input=self.TEXT)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(b'SSN [US_SSN].', r.stdout)
        self.assertIn(b'Call [PHONE_NUMBER].', r.stdout)
        self.assertIn(b'jane.doe@example.com', r.stdout)       # not in --entities
        self.assertIn(b'employee  and', r.stdout)              # custom rules stay on

    def policy_error(self, text, line, needle):
        pol = self.write('bad.yaml', text)
        # stdin stays open: reading it would hang, so the policy must be
        # rejected before any input is read
        p = subprocess.Popen([BIN, '--policy', pol], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            rc = p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
            self.fail('pii-redact read its input before rejecting the policy')
        out, err = p.stdout.read(), p.stderr.read()
        p.stdin.close()
        p.stdout.close()
        p.stderr.close()
        self.assertEqual(rc, 2, err)
        self.assertEqual(out, b'')
        lines = err.decode().splitlines()
        self.assertEqual(len(lines), 1, err)
        self.assertTrue(lines[0].startswith('pii-redact: error: %s:%d: ' % (pol, line)), lines[0])
        self.assertIn(needle, lines[0])

    def test_errors_with_line_numbers(self):
        self.policy_error('min_score: 0.5\nentities:\n  disable: [PHONE_NUMBER]\nbogus: 1\n', 4,
                          "unknown key 'bogus'")
        self.policy_error(ISSUE_POLICY.replace("'EMP-[0-9]{6}'", "'EMP-([0-9]{6}'"), 10,
                          'missing closing parenthesis')
        self.policy_error(ISSUE_POLICY.replace('validator: luhn', 'validator: lunh'), 13,
                          'unknown validator')
        self.policy_error(ISSUE_POLICY.replace('keep_last: 4', 'keep_last: four'), 5,
                          'keep_last')
        self.policy_error(ISSUE_POLICY.replace('[PHONE_NUMBER]', '[PHONE_NUMBR]'), 2,
                          'unknown entity')
        self.policy_error(ISSUE_POLICY.replace('score: 0.9', 'score: 9'), 11, 'out of range')
        self.policy_error('allow: [a, b\nrules: []\n', 2, 'YAML syntax error')
        self.policy_error('min_score: 0.5\nmin_score: 0.6\n', 2, 'duplicate key')
        self.policy_error('operators:\n  US_SSN: {op: smudge}\n', 2, 'unknown operator')

    def test_unreadable_policy(self):
        r = run(['--policy', self.path('missing.yaml')], input=SAMPLE)
        self.assertError(r, 'missing.yaml')
        self.assertEqual(r.stdout, b'')

    def test_match_limit_fails_closed(self):
        pol = self.write('p.yaml', "rules:\n  - {entity: BAD, pattern: '(?:a+)+$', score: 0.9}\n")
        data = b'SSN 536-22-1874\n' + b'a' * 40 + b'!\nSSN 536-22-1874 again\n'
        for bs in ('7', '65536'):
            r = run(['--policy', pol, '--block-size', bs], input=data)
            self.assertError(r, 'match or depth limit')
            self.assertNotIn(SSN, r.stdout)
        a = self.write('a.txt', data)
        r = run(['--policy', pol, '-i', a])
        self.assertEqual(r.returncode, 2)
        self.assertEqual(self.read('a.txt'), data)


# ---------------------------------------------------------------------------
# Block sizes, help, man page, stderr
# ---------------------------------------------------------------------------

class TestBlockSize(Base):
    def test_invariance(self):
        data = (SAMPLE + 'Ünïcödé ４５３９ ５２６０ text\n'.encode() + CLEAN) * 20 + \
            b'tail 536-22-1874'
        for mode in ([], ['--findings'], ['--operator', 'mask:keep=4']):
            outs = {bs: run(mode + ['--block-size', bs], input=data) for bs in ('1', '7', '65536')}
            for bs, r in outs.items():
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(r.stdout, outs['65536'].stdout, '%s block %s' % (mode, bs))
        self.assertError(run(['--block-size', '0']), '--block-size')


class TestHelp(Base):
    def test_help_complete(self):
        r = run(['--help'])
        self.assertEqual(r.returncode, 0)
        text = r.stdout.decode()
        for opt in ('-o, --output', '-i, --in-place', '-r, --recursive', '--include', '--exclude',
                    '--binary', '-j, --jobs', '--block-size', '--findings', '--show-text',
                    '--check', '--report', '-q, --quiet', '--policy', '--entities',
                    '--exclude-entities', '--min-score', '--operator', '--hash-key-file',
                    '--list-entities', '-h, --help', '-V, --version', 'Exit status'):
            self.assertIn(opt, text)
        self.assertEqual(run(['-h']).stdout, r.stdout)

    def test_man_page_documents_every_option(self):
        man = os.path.join(ROOT, 'cli', 'pii-redact.1')
        with open(man, encoding='utf-8') as f:
            page = f.read().replace('\\-', '-')
        helptext = run(['--help']).stdout.decode()
        for opt in set(re.findall(r'(--[a-z][a-z-]+)', helptext)):
            self.assertIn(opt, page)
        self.assertIn('.SH EXIT STATUS', page)

    def test_version_and_list(self):
        r = run(['--version'])
        self.assertRegex(r.stdout, rb'^pii-redact \d+\.\d+\.\d+\n$')
        self.assertIn(b'US_SSN\n', run(['--list-entities']).stdout)

    def test_unknown_option(self):
        self.assertError(run(['--frobnicate']), "unknown option '--frobnicate'")
        self.assertError(run(['-Z']), "unknown option '-Z'")
        self.assertError(run(['--check=yes']), 'takes no value')
        self.assertError(run(['--policy']), 'needs a value')


class TestTerminal(Base):
    """Summary and progress bar when stderr is a terminal."""

    def run_tty(self, args, feed=None, delay=0.0):
        master, slave = pty.openpty()
        p = subprocess.Popen([BIN] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=slave)
        os.close(slave)
        if feed is not None:
            for chunk in feed:
                p.stdin.write(chunk)
                p.stdin.flush()
                time.sleep(delay)
        p.stdin.close()
        err = b''
        while True:
            try:
                r, _, _ = select.select([master], [], [], 30)
                if not r:
                    break
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            err += chunk
        out = p.stdout.read()
        p.stdout.close()
        rc = p.wait(timeout=30)
        os.close(master)
        return rc, out, err

    def test_summary(self):
        a = self.write('a.txt', SAMPLE)
        rc, out, err = self.run_tty([a])
        self.assertEqual(rc, 0)
        self.assertNotIn(SSN, out)
        self.assertRegex(err, rb'pii-redact: 1 file, .* in [0-9.]+ s: \d+ findings in 1 file '
                              rb'\(.*US_SSN 1.*\), highest sensitivity critical')
        self.assertNotIn(SSN, err)
        rc, out, err = self.run_tty(['-q', a])
        self.assertEqual(err, b'')

    def test_progress_bar(self):
        chunks = [SAMPLE * 50] * 8
        rc, out, err = self.run_tty([], feed=chunks, delay=0.25)
        self.assertEqual(rc, 0)
        self.assertEqual(out, run([], input=b''.join(chunks)).stdout)
        self.assertIn(b'\r', err)
        self.assertRegex(err, rb'B/s, 0/1 files')
        self.assertIn(b'pii-redact: 1 file', err)
        # a quick run draws no bar
        rc, out, err = self.run_tty([], feed=[SAMPLE])
        self.assertNotIn(b'B/s', err)


# ---------------------------------------------------------------------------

class CountingResult(unittest.TextTestResult):
    pass


def main():
    global BIN
    if len(sys.argv) > 1:
        BIN = os.path.abspath(sys.argv.pop(1))
    if not os.access(BIN, os.X_OK):
        print('%s is not an executable (build first)' % BIN)
        print('0 passed, 1 failed')
        return 1
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout,
                                     resultclass=CountingResult).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.skipped) + \
        len(result.unexpectedSuccesses)
    passed = result.testsRun - failed
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
