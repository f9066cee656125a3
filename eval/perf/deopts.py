#!/usr/bin/env python3
"""deopts.py print-compilation.txt recording.jfr [prefix]: deoptimisation events by the compiled
method they threw away (root of the compilation), its level, the reason and the trapping frame."""
import json, sys, subprocess, collections, re
pat = re.compile(r'^\s*\d+\s+(\d+)\s+([%sbn! ]{5})\s*(\d)\s+(\S+)')
root = {}
for line in open(sys.argv[1], errors='replace'):
    m = pat.match(line)
    if m and 'made not entrant' not in line:
        root[int(m.group(1))] = (m.group(4), int(m.group(3)), '%' in m.group(2))
out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '64', '--events', 'jdk.Deoptimization', sys.argv[2]],
                     capture_output=True, text=True).stdout
ev = json.loads(out)['recording']['events']
prefix = tuple(sys.argv[3].split(',')) if len(sys.argv) > 3 else ('org.sanctionsmonitor', 'org.apache.commons.csv')
c = collections.Counter(); n = 0
for e in ev:
    v = e['values']
    r, lvl, osr = root.get(v['compileId'], ('?', 0, False))
    if not r.startswith(prefix):
        continue
    n += 1
    m = v['method']
    top = m['type']['name'].replace('/', '.') + '.' + m['name'] + ':' + str(v['lineNumber'])
    c[(r + ('%' if osr else ''), v['reason'], top)] += 1
print(f"{len(ev)} deoptimisation events, {n} in code compiled for methods under {', '.join(prefix)}")
for (r, why, top), k in c.most_common(int(sys.argv[4]) if len(sys.argv) > 4 else 60):
    print(f"{k:3d}  {r}  {why}  at {top}")
