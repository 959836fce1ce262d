#!/usr/bin/env python3
"""Times `bilan review` on a journal of 100,000 entries (issue 21: ≤ 200 ms).

Usage: bench/review.py [--count N] [--runs N] [--bin PATH] [--work DIR]

Writes the same seeded jrnl journal as bench/compare.py (six years of French and English prose,
2019–2025), imports it into a fresh bilan journal, then adds what a review reads: ten skills rated
every month of 2024, a target, a framework stage, and 90 entries of the last quarter naming skills.
Times, with the clock fixed (BILAN_NOW), a review of that quarter (about 4,200 entries) and one of
the whole journal: 1 warm-up run, then the median of --runs, process start-up included. Each run
stores its review as an entry, as the command does. Builds nothing: run
`swift build -c release --static-swift-stdlib` first. Prints a Markdown table.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import compare  # noqa: E402  (the journal generator)

SKILLS = ["autonomy", "communication", "teamwork", "rigour", "sql", "python", "software testing",
          "version control", "leadership", "cybersecurity"]


def run(bilan, args, env):
    result = subprocess.run([bilan] + args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"review.py: bilan {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def timed(bilan, args, env, runs):
    run(bilan, args, env)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run(bilan, args, env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bin", default=os.path.join(compare.REPO, ".build", "release", "bilan"))
    parser.add_argument("--work", default=None)
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="bilan-review-bench-")
    os.makedirs(work, exist_ok=True)
    env = {"HOME": work, "XDG_CONFIG_HOME": work + "/config", "XDG_DATA_HOME": work + "/data",
           "BILAN_DB": work + "/journal.sqlite", "BILAN_NOW": "2025-01-06T12:00:00+01:00", "LANG": "C.UTF-8",
           "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    source = os.path.join(work, "journal.txt")
    compare.generate(source, args.count)
    start = time.perf_counter()
    run(args.bin, ["import", source, "--from", "jrnl"], env)
    print(f"imported {args.count} entries in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    for index, skill in enumerate(SKILLS):
        for month in range(1, 13):
            level = 2 + (month + index) // 7 % 2  # 2 or 3, moving now and then
            run(args.bin, ["rate", skill, str(level), "--date", f"2024-{month:02d}-01"], env)
    run(args.bin, ["target", "sql", "5", "--by", "2026"], env)
    run(args.bin, ["framework", "use", "ecole-ingenieur", "--stage", "year2"], env)
    for day in range(90):
        skill = SKILLS[day % len(SKILLS)]
        date = f"2024-{10 + day // 31:02d}-{day % 31 + 1:02d}" if day % 31 < 28 else "2024-12-20"
        run(args.bin, ["write", f"Day {day}. Worked on {skill}.", "--skill", skill, "--date", date], env)
    quarter = timed(args.bin, ["review", "--since", "2024-10-01", "--until", "2024-12-31"], env, args.runs)
    whole = timed(args.bin, ["review", "--since", "2019-01-01", "--until", "2024-12-31"], env, args.runs)
    print(f"| operation at {args.count:,} entries | bilan | target |")
    print("|---|---|---|")
    print(f"| `review` of a quarter (Oct–Dec 2024) | {quarter * 1000:.0f} ms | ≤ 200 ms |")
    print(f"| `review` of the whole journal (2019–2024) | {whole * 1000:.0f} ms | – |")


if __name__ == "__main__":
    main()
