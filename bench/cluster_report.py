#!/usr/bin/env python3
"""Reads bench/cluster.sh's journeys CSV and fault marks, prints errors and recovery per fault."""
import csv, sys

answers = [(float(t), kind, int(status), float(seconds), title) for t, kind, status, seconds, title in csv.reader(open(sys.argv[1]))]
marks = [line.split("\t") for line in open(sys.argv[2]).read().splitlines() if line]

def error(status, kind):
    return status == 0 or status >= 500 or (kind == "save" and status != 302) or (kind == "read" and status not in (200, 304))

print(f"{'phase':<34} {'reads':>6} {'read errors':>11} {'saves':>6} {'save errors':>11} {'slowest':>8} {'last error after':>17}")
for name, start, end in marks:
    start, end = float(start), float(end)
    window = [a for a in answers if start <= a[0] - a[3] and a[0] <= end + 15]
    reads = [a for a in window if a[1] == "read"]
    saves = [a for a in window if a[1] == "save"]
    errors = [a for a in window if error(a[2], a[1])]
    last = max((a[0] for a in errors), default=None)
    slowest = max((a[3] for a in window), default=0)
    after = "none" if last is None else f"{max(0.0, last - end):.1f} s past end"
    print(f"{name:<34} {len(reads):>6} {sum(error(a[2], a[1]) for a in reads):>11} {len(saves):>6} "
          f"{sum(error(a[2], a[1]) for a in saves):>11} {slowest:>7.2f}s {after:>17}")
statuses = {}
for a in answers:
    if error(a[2], a[1]):
        statuses[(a[1], a[2])] = statuses.get((a[1], a[2]), 0) + 1
print("all answers:", len(answers), "errors by kind and status (0 = no answer):", statuses or "none")
