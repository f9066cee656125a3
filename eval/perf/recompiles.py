#!/usr/bin/env python3
"""recompiles.py PRINT-COMPILATION-OUTPUT [PREFIX [N]]: counts from -XX:+PrintCompilation output: methods compiled by C2 (tier 4) more than once,
C2-compiled code made not entrant, and per method the number of C2 compilations."""
import re, sys, collections
pat = re.compile(r'^\s*\d+\s+(\d+)\s+([%sbn! ]{5})\s*(\d)\s+(\S+)(?:\s+@\s+\d+)?\s+\(\d+ bytes\)(.*)$')
c2 = collections.Counter(); nent = collections.Counter(); allc = collections.Counter()
ids = {}
for line in open(sys.argv[1], errors='replace'):
    m = pat.match(line)
    if not m: continue
    cid, attrs, level, method, rest = m.groups()
    osr = '%' in attrs
    level = int(level)
    if 'made not entrant' in rest:
        if level == 4: nent[method] += 1
        continue
    if 'made zombie' in rest: continue
    allc[method] += 1
    if level == 4 and not osr: c2[method] += 1
prefix = sys.argv[2] if len(sys.argv) > 2 else ''
def sel(c): return {k: v for k, v in c.items() if k.startswith(prefix)}
again = {k: v for k, v in sel(c2).items() if v > 1}
print(f"methods{(' under '+prefix) if prefix else ''}: compiled by C2 {len(sel(c2))}, of them compiled by C2 again {len(again)} "
      f"({sum(v-1 for v in again.values())} recompilations); C2 code made not entrant {sum(sel(nent).values())} times in {len(sel(nent))} methods")
for k, v in sorted(again.items(), key=lambda x: -x[1])[:int(sys.argv[3]) if len(sys.argv) > 3 else 25]:
    print(f"  {v}x C2  {k}")
