#!/usr/bin/python3
"""Generate the throughput benchmark's corpora (deterministic for a given seed).

    bench/gen_corpora.py [--mb 100] [--dir bench/data] [--only log,dense,prose]
                         [--seed N] [--force]

writes into DIR (default bench/data, which git ignores; never commit these):

  log.txt    `../shared/corpus/gen_corpus.py --throughput MB`: log-like lines
             with about one entity per 2 KiB (plus log.gold.jsonl)
  dense.txt  whole records of the dev corpus (../shared/corpus/dev.jsonl),
             shuffled and repeated, diluted with its PII-free records and
             PII-free prose lines to about one gold entity per 100 bytes
             (the dev corpus alone has one per ~72 bytes)
  prose.txt  English-like prose (sentences drawn from a word list, with
             numbers, years and amounts) with a rare sentence carrying a real
             entity value from the dev corpus: about one per 10 KB

Each file is MB MiB (2^20 bytes; the last line may overshoot a little).  A
corpus whose NAME.meta.json matches the requested size and seed is kept, so
re-running is cheap; --force regenerates.  Files are written to a temporary
name and renamed, so an interrupted run never leaves a truncated corpus.
Python 3 standard library only.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")

DENSE_BYTES_PER_ENTITY = 100
PROSE_BYTES_PER_ENTITY = 10000
CHUNK = 1 << 20

# Common English words (function words weighted by repetition below).
WORDS = """
the of and to in is was that for on with as by at from it be this are or an
have had not but which were they their one all been has would there when more
will we who what can if about into than them some out so other time could only
these its may also two after first new then over such most any people years
year through between made many where being those state did under before while
each should both well very since world how much during because however three
city part system work still number own public back right life used same high
following during local school government group early known another case long
day example power small important large water within around end later great
often form second best report several including although among national
four without home area following history family value near sense order field
question change program market service early point level development making
company information place country policy support study change result process
general research south north east west member period social section others
light plan several less almost report whole future office action book study
season office model team industry short low game music open food story art
common party office ground according period building role land quite morning
river evening garden window village station valley letter answer thought idea
moment reason travel weather kitchen harbour meeting journey village painting
""".split()
FUNCTION = "the the the the of of of and and and to to a a a in in is that it for".split()
NAMES = ("Margaret Thomas Eleanor Henry Alice Walter Dorothy Arthur Helen George "
         "Clara Frederick Edith Samuel Ruth Albert Florence Harold Agnes Oliver").split()
PLACES = ("London Lisbon Oslo Boston Denver Kyoto Lyon Turin Dublin Quebec Porto "
          "Bergen Leeds Austin Geneva Seville").split()

# Sentences carrying one entity in prose.  {v} is a real value of the type
# from the dev corpus, so the library's validators accept it.
PROSE_PII = {
    "EMAIL_ADDRESS": ["Questions about the {w} can be sent to {v} before the end of the month.",
                      "She wrote to {v} to ask about the {w}."],
    "PHONE_NUMBER": ["For the {w}, {n} said to call him at {v} in the evening.",
                     "The office number printed on the {w} was {v}."],
    "US_SSN": ["On the form, her social security number was listed as {v}."],
    "CREDIT_CARD": ["He paid for the {w} with the card ending in the number {v}."],
    "IBAN_CODE": ["The transfer for the {w} went to the account with IBAN {v}."],
    "IP_ADDRESS": ["The old {w} server at {v} was finally switched off."],
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load_records():
    """dev.jsonl records as (bytes incl. trailing newline, spans, entity values)."""
    recs = []
    with open(os.path.join(CORPUS, "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text = r["text"].encode("utf-8")
            vals = [(s["type"], text[s["start"]:s["end"]].decode("utf-8", "replace"))
                    for s in r["spans"]]
            recs.append((text + b"\n", len(r["spans"]), vals))
    return recs


class Prose:
    """English-like sentences from a word list, with numbers now and then."""

    def __init__(self, rng):
        self.rng = rng
        self.words = WORDS + FUNCTION * 4

    def filler(self):
        r = self.rng
        x = r.random()
        if x < 0.04:
            return str(r.randint(1850, 2024))
        if x < 0.07:
            return str(r.randint(2, 999))
        if x < 0.08:
            return "$%d,%03d" % (r.randint(1, 99), r.randint(0, 999))
        if x < 0.10:
            return r.choice(NAMES)
        if x < 0.11:
            return r.choice(PLACES)
        return r.choice(self.words)

    def sentence(self):
        r = self.rng
        n = r.randint(6, 22)
        ws = [self.filler() for _ in range(n)]
        if n > 10 and r.random() < 0.5:
            ws[r.randint(3, n - 4)] += ","
        s = " ".join(ws)
        return s[0].upper() + s[1:] + r.choice("....?!")

    def pii_sentence(self, typ, value):
        r = self.rng
        t = r.choice(PROSE_PII[typ])
        return t.format(v=value, w=r.choice(WORDS), n=r.choice(NAMES))

    def paragraph(self, n):
        return " ".join(self.sentence() for _ in range(n))


def atomic_write(path, gen):
    """Write the chunks of gen to path via a temporary file."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        for chunk in gen:
            f.write(chunk)
    os.replace(tmp, path)


def make_dense(path, target, seed):
    rng = random.Random(seed * 1000 + 2)
    recs = load_records()
    pii = [r for r in recs if r[1]]
    clean = [r for r in recs if not r[1]]
    prose = Prose(random.Random(seed * 1000 + 3))
    stats = {"entities": 0, "bytes": 0}

    def gen():
        written = entities = 0
        buf, size = [], 0
        order = []
        while written < target:
            if entities * DENSE_BYTES_PER_ENTITY < written:
                if not order:  # shuffled passes over all PII records
                    order = pii[:]
                    rng.shuffle(order)
                data, n, _ = order.pop()
                entities += n
            elif rng.random() < 0.5:
                data = rng.choice(clean)[0]
            else:
                data = (prose.sentence() + "\n").encode()
            buf.append(data)
            size += len(data)
            written += len(data)
            if size >= CHUNK:
                yield b"".join(buf)
                buf, size = [], 0
        yield b"".join(buf)
        stats.update(entities=entities, bytes=written)

    atomic_write(path, gen())
    return stats


def make_prose(path, target, seed):
    rng = random.Random(seed * 1000 + 4)
    values = {}
    for _, _, vals in load_records():
        for typ, v in vals:
            if typ in PROSE_PII and "\n" not in v:
                values.setdefault(typ, []).append(v)
    types = sorted(values)
    prose = Prose(rng)
    stats = {"entities": 0, "bytes": 0}

    def gen():
        written = entities = 0
        buf, size = [], 0
        while written < target:
            para = prose.paragraph(rng.randint(3, 8))
            if (entities + 1) * PROSE_BYTES_PER_ENTITY <= written:
                typ = rng.choice(types)
                para += " " + prose.pii_sentence(typ, rng.choice(values[typ]))
                entities += 1
            data = (para + "\n\n").encode()
            buf.append(data)
            size += len(data)
            written += len(data)
            if size >= CHUNK:
                yield b"".join(buf)
                buf, size = [], 0
        yield b"".join(buf)
        stats.update(entities=entities, bytes=written)

    atomic_write(path, gen())
    return stats


def make_log(path, mb, seed):
    prefix = path[:-len(".txt")]
    tmp_prefix = prefix + ".tmp"
    cmd = [sys.executable, os.path.join(CORPUS, "gen_corpus.py"), "--throughput", str(mb),
           "--out", tmp_prefix, "--quiet"]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    subprocess.run(cmd, check=True)
    os.replace(tmp_prefix + ".gold.jsonl", prefix + ".gold.jsonl")
    os.replace(tmp_prefix + ".txt", path)
    with open(prefix + ".gold.jsonl", "rb") as f:
        entities = sum(1 for _ in f)
    return {"entities": entities, "bytes": os.path.getsize(path), "command": cmd}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mb", type=float, default=100, help="size of each corpus in MiB (default 100)")
    p.add_argument("--dir", default=os.path.join(HERE, "data"), help="output directory")
    p.add_argument("--only", default="log,dense,prose", help="comma-separated corpora")
    p.add_argument("--seed", type=int,
                   help="seed (default: gen_corpus.py's own for log.txt, 1 for the others)")
    p.add_argument("--force", action="store_true", help="regenerate even if up to date")
    args = p.parse_args(argv)

    names = [n for n in args.only.split(",") if n]
    for n in names:
        if n not in ("log", "dense", "prose"):
            p.error(f"unknown corpus '{n}' (log, dense, prose)")
    if args.mb <= 0:
        p.error("--mb must be positive")
    os.makedirs(args.dir, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    for name in names:
        path = os.path.join(args.dir, name + ".txt")
        meta_path = os.path.join(args.dir, name + ".meta.json")
        want = {"corpus": name, "mib": args.mb, "seed": args.seed, "generator_version": 1}
        if not args.force and os.path.exists(path):
            try:
                with open(meta_path, encoding="utf-8") as f:
                    meta = json.load(f)
                if all(meta.get(k) == v for k, v in want.items()) and \
                        meta.get("bytes") == os.path.getsize(path):
                    log(f"{path}: up to date ({meta['bytes']} bytes, "
                        f"{meta['entities']} gold entities)")
                    continue
            except (OSError, ValueError):
                pass
        t0 = time.time()
        if name == "log":
            st = make_log(path, args.mb, args.seed)
        elif name == "dense":
            st = make_dense(path, target, 1 if args.seed is None else args.seed)
        else:
            st = make_prose(path, target, 1 if args.seed is None else args.seed)
        meta = dict(want, **st)
        meta["bytes_per_entity"] = round(st["bytes"] / max(st["entities"], 1), 1)
        with open(meta_path, "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=1)
            f.write("\n")
        log(f"{path}: {st['bytes']} bytes, {st['entities']} gold entities "
            f"(1 per {meta['bytes_per_entity']} bytes) in {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
