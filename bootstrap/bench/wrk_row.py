#!/usr/bin/env python3
"""One markdown table row from a `wrk --latency` output, for bench.sh and scale-out.sh.

    wrk_row.py WRK_FILE CELL... [--statements N] [--service-ticks N] [--db-ticks N] [--tck N]

prints | CELL... | req/s | p50 ms | p99 ms | errors | then, for each option given, in this order:
SQL statements per request, service CPU ms per request, database CPU ms per request.
Errors are non-2xx/3xx answers plus socket errors (connect, read, write, timeout).
"""
import argparse
import re

parser = argparse.ArgumentParser()
parser.add_argument("wrk")
parser.add_argument("cells", nargs="+")
parser.add_argument("--statements", type=int)
parser.add_argument("--service-ticks", type=int)
parser.add_argument("--db-ticks", type=int)
parser.add_argument("--tck", type=int, default=100)
args = parser.parse_args()
out = open(args.wrk).read()


def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
total = max(int(re.search(r"(\d+) requests in", out).group(1)), 1)
errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
cells = list(args.cells) + [f"{rps:,.0f}", f"{ms('50'):.1f}", f"{ms('99'):.1f}", str(errors)]
if args.statements is not None:
    cells.append(f"{args.statements / total:.1f}")
for ticks in (args.service_ticks, args.db_ticks):
    if ticks is not None:
        cells.append(f"{1000.0 * ticks / args.tck / total:.2f}")
print("| " + " | ".join(cells) + " |")
