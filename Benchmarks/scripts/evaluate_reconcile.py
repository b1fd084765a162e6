#!/usr/bin/env python3
"""Evaluates `collab reconcile` on an organisation-names set built like
/work/shared/datasets/org-names (README there): queries.csv (name, country, address, truth,
case) matched against register.csv; truth = the shared organisation id (PIC).

Prints the figures docs/reconcile.md records: auto precision, auto recall over names that
have a match and over renamed organisations, absent organisations auto-matched, truth
among match or candidates, wall time. Nothing here is fitted; it only measures.

Usage: evaluate_reconcile.py [DATA_DIR] [--collab PATH] [--show]
  DATA_DIR defaults to /work/shared/datasets/org-names; --show lists the misses.
"""
import csv, os, subprocess, sys, tempfile, time

args = [a for a in sys.argv[1:] if not a.startswith('--')]
data = args[0] if args else '/work/shared/datasets/org-names'
collab = sys.argv[sys.argv.index('--collab') + 1] if '--collab' in sys.argv else '.build/release/collab'
if '--collab' in sys.argv:
    args = [a for a in args if a != collab]
    data = args[0] if args else '/work/shared/datasets/org-names'
show = '--show' in sys.argv
if not os.path.exists(os.path.join(data, 'queries.csv')):
    print(f'no {data}/queries.csv: nothing to evaluate'); sys.exit(0)

out = os.path.join(tempfile.mkdtemp(), 'matches.csv')
start = time.time()
run = subprocess.run([collab, 'reconcile', os.path.join(data, 'queries.csv'), '--register', os.path.join(data, 'register.csv'),
                      '-o', out], capture_output=True, text=True)
elapsed = time.time() - start
if run.returncode != 0:
    print(run.stderr); sys.exit(1)
rows = list(csv.DictReader(open(out, encoding='utf-8')))
register = {r['id']: r for r in csv.DictReader(open(os.path.join(data, 'register.csv'), encoding='utf-8'))}

def share(num, den):
    return f'{num / den:.3f} ({num}/{den})' if den else 'n/a'

auto = [r for r in rows if r['decision'] == 'auto']
auto_right = [r for r in auto if r['match_id'] == r['truth']]
present = [r for r in rows if r['truth']]
renamed = [r for r in rows if r['case'] == 'renamed']
absent = [r for r in rows if not r['truth']]
def found(r):
    return r['match_id'] == r['truth'] or r['truth'] in [c.split(':')[0] for c in r['candidates'].split(';') if c]
print(f"names {len(rows)}, register {len(register)}, time {elapsed:.2f} s")
print(f"auto precision            {share(len(auto_right), len(auto))}")
print(f"auto recall (have match)  {share(sum(r['decision'] == 'auto' and r['match_id'] == r['truth'] for r in present), len(present))}")
print(f"auto recall (renamed)     {share(sum(r['decision'] == 'auto' and r['match_id'] == r['truth'] for r in renamed), len(renamed))}")
print(f"absent auto-matched       {share(sum(r['decision'] == 'auto' for r in absent), len(absent))}")
print(f"truth in match/candidates {share(sum(found(r) for r in present), len(present))}")
print(f"decisions: auto {len(auto)}, review {sum(r['decision'] == 'review' for r in rows)}, none {sum(r['decision'] == 'none' for r in rows)}")
if show:
    for r in rows:
        wrong_auto = r['decision'] == 'auto' and r['match_id'] != r['truth']
        missed = r['truth'] and not (r['decision'] == 'auto' and r['match_id'] == r['truth'])
        if wrong_auto or missed:
            t = register.get(r['truth'], {})
            m = register.get(r['match_id'], {})
            print(f"\n[{r['case']}] {r['decision']} {r['score']} {'WRONG' if wrong_auto else 'missed'}: {r['name']!r} | {r['address']}")
            print(f"   truth: {t.get('name')!r} | {t.get('street')} | {t.get('city')} | {t.get('short_name')}")
            if r['match_id'] and r['match_id'] != r['truth']:
                print(f"   match: {m.get('name')!r} | {m.get('street')} | {m.get('city')}")
            print(f"   candidates: {r['candidates']}")
