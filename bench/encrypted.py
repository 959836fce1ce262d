#!/usr/bin/env python3
"""bilan on an encrypted journal against the same journal in the clear, side by side in one run.

Usage: bench/encrypted.py [--sizes 10000,100000] [--runs N] [--bin PATH] [--work DIR] [--output FILE]

For each size: the journal compare.py generates is imported into a plain journal, then copied and
turned into two encrypted ones with `bilan encrypt` (timed once): one with the key derivation's real
cost (Argon2id, what a user gets), one with its cheapest (BILAN_TEST_KDF=1), which measures what the
sealed pages cost once the key is derived. The three are timed in turn (A B C A B C…), so a slower
spell of the machine falls on all: open and list, search a rare and a common word, tags, one typed
line made durable (`write`, on a fresh copy each run), export everything, publish. The key derivation
alone is the real-cost run less the cheap one. Medians of --runs after a warm-up, and the largest
peak resident memory, through compare.py's C timer. Builds nothing: `swift build -c release
--static-swift-stdlib` first.
"""
import argparse
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402  (the generator, the timer and its helpers)
from compare import progress, run, measure_together, format_time, copy_fresh, Folders  # noqa: E402

PASSPHRASE = "a passphrase for the benchmark"


def bench_size(count, args, work):
    progress(f"{count} entries")
    folder, env = compare.size_folder(work, count)
    source = os.path.join(folder, "journal.txt")
    facts = compare.generate(source, count, 1)
    secret = os.path.join(folder, "passphrase")
    with open(secret, "w") as text:
        text.write(PASSPHRASE + "\n")
    os.chmod(secret, 0o600)
    env["BILAN_PASSPHRASE_FILE"] = secret
    kinds = ["plain", "sealed", "sealed+kdf"]
    db = {kind: os.path.join(folder, f"{kind}.sqlite") for kind in kinds}
    orig = {kind: os.path.join(folder, f"{kind}.orig.sqlite") for kind in kinds}
    envs = {kind: dict(env, BILAN_DB=db[kind]) for kind in kinds}
    once = {}

    progress("  import, then encrypt two copies")
    once["import"] = run([args.bin, "import", "--from", "jrnl", source], envs["plain"])
    for kind, cost in (("sealed", {"BILAN_TEST_KDF": "1"}), ("sealed+kdf", {})):
        shutil.copyfile(db["plain"], db[kind])
        once[f"encrypt {kind}"] = run([args.bin, "encrypt"], dict(envs[kind], **cost))
    for kind in kinds:
        copy_fresh(db[kind], orig[kind])
    sizes = {kind: os.path.getsize(db[kind]) for kind in kinds}

    results = {}
    ops = [
        ("list", "open and list the last 10", ["list", "-n", "10"]),
        ("rare", f"search a rare word ({compare.RARE}, {facts['rare']} entries)", ["search", compare.RARE, "-n", "20"]),
        ("common", f"search a common word ({compare.COMMON}, {facts['common']:,} entries), top 20",
         ["search", compare.COMMON, "-n", "20"]),
        ("tags", "list tags", ["tags"]),
    ]
    # --only runs a few of them (a rerun of one figure); the table lists those.
    wanted = set(args.only.split(",")) if args.only else None
    def chosen(key):
        return wanted is None or key in wanted
    labels = {key: label for key, label, _ in ops if chosen(key)}
    for key, _, words in ops:
        if not chosen(key):
            continue
        results[key] = dict(zip(kinds, measure_together(
            [(f"{kind} {key}", [args.bin] + words, envs[kind], None) for kind in kinds], args.runs)))
    # One typed line, durable (synchronous=FULL): each run on a fresh copy, copied outside the timing,
    # the three in turn (an fsync's time moves with the disk's other work).
    samples = {kind: ([], []) for kind in kinds}
    for attempt in range(args.runs + 1 if chosen("add") else 0):
        for kind in kinds:
            copy_fresh(orig[kind], db[kind])
            elapsed, peak = run([args.bin, "write", compare.ADDED], envs[kind])
            if attempt > 0:
                samples[kind][0].append(elapsed)
                samples[kind][1].append(peak)
    if chosen("add"):
        results["add"] = {kind: compare.Result(*samples[kind]) for kind in kinds}
        progress("  add: " + ", ".join(f"{kind} {format_time(results['add'][kind].median)}" for kind in kinds))
        labels["add"] = "add one entry (one durable write)"
    outs = {kind: Folders(os.path.join(folder, f"out-{kind}"), create=False) for kind in kinds}
    if chosen("export"):
        results["export"] = dict(zip(kinds, measure_together(
            [(f"{kind} export", lambda kind=kind: [args.bin, "export", "--all", "--out", outs[kind].next()], envs[kind],
              None) for kind in kinds], args.runs)))
        labels["export"] = f"export all as Markdown ({count:,} files)"
    sites = {kind: Folders(os.path.join(folder, f"site-{kind}"), create=False) for kind in kinds}
    if chosen("publish"):
        results["publish"] = dict(zip(kinds, measure_together(
            [(f"{kind} publish", lambda kind=kind: [args.bin, "publish", sites[kind].next(), "--init"], envs[kind], None)
             for kind in kinds], args.runs)))
        labels["publish"] = "publish a new site (`--init`)"
    # The written folders are removed at the very end: deleting 100,000 files takes minutes here and
    # would slow the next measurements.
    return render(count, facts, sizes, once, results, labels)


def render(count, facts, sizes, once, results, labels):
    lines = [f"### {count:,} entries", "",
             f"Journal: {facts['bytes'] / 2**20:.1f} MiB of jrnl text; bilan's file {sizes['plain'] / 2**20:.1f} MiB "
             f"plain, {sizes['sealed'] / 2**20:.1f} MiB encrypted. Import {format_time(once['import'][0])}; "
             f"`encrypt` {format_time(once['encrypt sealed'][0])} with the cheapest key derivation, "
             f"{format_time(once['encrypt sealed+kdf'][0])} with the real one "
             f"(peak {once['encrypt sealed+kdf'][1]:.1f} MiB).", "",
             "| operation | plain | encrypted, key derived | × plain | encrypted, with the key derivation | "
             "its derivation | peak plain | peak encrypted | peak with derivation |",
             "|---|---|---|---|---|---|---|---|---|"]
    for key, label in labels.items():
        plain, sealed, full = (results[key][kind] for kind in ("plain", "sealed", "sealed+kdf"))
        ratio = sealed.median / plain.median
        lines.append(
            f"| {label} | {format_time(plain.median)} | {format_time(sealed.median)} | {ratio:.2f}× "
            f"| {format_time(full.median)} | {format_time(full.median - sealed.median)} | {plain.peak:.1f} MiB "
            f"| {sealed.peak:.1f} MiB (+{sealed.peak - plain.peak:.1f}) | {full.peak:.1f} MiB "
            f"(+{full.peak - plain.peak:.1f}) |")
    lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="journal sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per operation (after 1 warm-up)")
    parser.add_argument("--bin", default=os.path.join(compare.REPO, ".build", "release", "bilan"))
    parser.add_argument("--work", help="where the journals go (default: a temporary folder, removed after)")
    parser.add_argument("--only", help="only these operations, comma-separated: list,rare,common,tags,add,export,publish")
    parser.add_argument("--output", help="also write the Markdown section to this file")
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="bilan-encrypted-")
    os.makedirs(work, exist_ok=True)
    compare.TIMER_PATH = os.path.join(work, "timer")
    with open(compare.TIMER_PATH + ".c", "w") as text:
        text.write(compare.TIMER)
    compare.compile_c(compare.TIMER_PATH + ".c", compare.TIMER_PATH)
    sections = [bench_size(int(size), args, work) for size in args.sizes.split(",")]
    version = compare.first_line([args.bin, "--version"], {"PATH": "/usr/bin:/bin"})
    text = "\n".join([f"Machine: {compare.machine(work)}.", "", f"bilan: `{version}` ({args.bin}); "
                      f"`bench/encrypted.py --sizes {args.sizes} --runs {args.runs}`.", ""] + sections)
    print(text)
    if args.output:
        with open(args.output, "w") as out:
            out.write(text)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
