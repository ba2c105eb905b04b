"""Turns the statements one request ran (from PostgreSQL's log, log_min_duration_statement = 0)
into a pgbench script: the same SQL with the logged parameter values, in the same order."""
import re
import sys

log_path, offset, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(log_path, encoding="utf-8", errors="replace") as f:
    f.seek(offset)
    text = f.read()

entries = []  # [sql, {param: literal}]
current = None
for line in text.splitlines():
    m = re.search(r"LOG:\s+duration: [\d.]+ ms\s+(?:execute [^:]*|statement): (.*)$", line)
    if m:
        current = [m.group(1), {}]
        entries.append(current)
        continue
    d = re.search(r"DETAIL:\s+parameters: (.*)$", line)
    if d and current is not None:
        for name, value in re.findall(r"(\$\d+) = ('(?:[^']|'')*'|NULL)", d.group(1)):
            current[1][name] = value
        continue
    if current is not None and line.startswith("\t"):
        current[0] += "\n" + line[1:]
    elif "LOG:" in line or "ERROR:" in line:
        current = None

with open(out_path, "w", encoding="utf-8") as out:
    for sql, params in entries:
        lowered = sql.strip().lower()
        if lowered.startswith(("set ", "show ", "alter system", "select pg_reload_conf")):
            continue  # the harness's own statements, not the request's
        for name in sorted(params, key=lambda n: -int(n[1:])):  # $10 before $1
            sql = sql.replace(name, params[name])
        out.write(sql.strip().rstrip(";") + ";\n")
print(sum(1 for sql, _ in entries if not sql.strip().lower().startswith(
    ("set ", "show ", "alter system", "select pg_reload_conf"))))
