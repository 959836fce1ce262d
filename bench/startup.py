#!/usr/bin/env python3
"""Start-up benchmark: median wall time of `bilan --version`, `bilan list` on an empty journal, and
`bilan list` and `bilan skills` on a journal of 20 finished assessments (catalogue names, ratings).

Usage: bench/startup.py [--bin PATH] [--runs N]
Builds nothing: run `swift build -c release --static-swift-stdlib` first (scripts/run does).
Prints a Markdown table to paste into BENCHMARKS.md.
"""
import argparse
import os
import platform
import statistics
import subprocess
import tempfile
import time


def measure(command, env, runs):
    times = []
    for _ in range(3):  # warm the page cache
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "bilan"))
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "BILAN_DB": os.path.join(home, "j.sqlite")}
        # The empty journal exists before timing: `list` measures opening it, not creating it.
        subprocess.run([args.bin, "list"], env=env, stdout=subprocess.DEVNULL, check=True)
        rows = []
        for label, command in [("bilan --version", [args.bin, "--version"]), ("bilan list (empty journal)", [args.bin, "list"])]:
            median, p90 = measure(command, env, args.runs)
            rows.append(f"| `{label}` | {median:.1f} ms | {p90:.1f} ms |")
        # 20 finished assessments of catalogue skills, each with a rating.
        full = dict(env, BILAN_DB=os.path.join(home, "full.sqlite"))
        skills = ["autonomie", "communication", "sql", "python", "rigueur"]
        for i in range(20):
            level = 1 + i % 5
            # A level of 4 or 5 asks for its evidence on one more line (the honesty rule).
            evidence = "The project that shows it\n" if level >= 4 else ""
            answers = f"Answer {i}.\n.\nContext.\n.\nLimits.\n.\nEnd.\n.\nA line\nTag, Other\n{level}\n{evidence}"
            subprocess.run([args.bin, "assess", skills[i % len(skills)]], env=full, input=answers.encode(),
                           stdout=subprocess.DEVNULL, check=True)
        for label, command in [("bilan list (20 entries)", [args.bin, "list"]), ("bilan skills (20 entries)", [args.bin, "skills"])]:
            median, p90 = measure(command, full, args.runs)
            rows.append(f"| `{label}` | {median:.1f} ms | {p90:.1f} ms |")
    # A process that does nothing, timed the same way: the floor of this measurement.
    floor, _ = measure(["/bin/true"], os.environ.copy(), args.runs)
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; {args.runs} runs each")
    print()
    print("| command | median | p90 |")
    print("|---|---|---|")
    print("\n".join(rows))
    print(f"| `/bin/true` (floor of the method) | {floor:.1f} ms | |")


if __name__ == "__main__":
    main()
