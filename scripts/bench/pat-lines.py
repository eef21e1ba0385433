# python3 scripts/bench/pat-lines.py [PROFILE] ROOT [TOP]: the source lines (dist/ .js) with the most self samples under
# ROOT (a function name) in a .cpuprofile written by pat-profile.ts; RegExp and native samples charged to the JS
# line that called them (the caller node's position ticks do not hold them, so they are listed by caller function).
import json, sys, collections
path = sys.argv[1] if sys.argv[1].endswith('.cpuprofile') else 'test-output/pat.cpuprofile'
args = [a for a in sys.argv[1:] if not a.endswith('.cpuprofile')]
root = args[0]; top = int(args[1]) if len(args) > 1 else 40
p = json.load(open(path)); nodes = {n['id']: n for n in p['nodes']}
lines = collections.Counter(); native = collections.Counter()
def walk(n, inside, caller):
    f = n['callFrame']; inside = inside or f['functionName'] == root
    js = f['url'].startswith('file:')
    if inside:
        if js:
            for t in n.get('positionTicks', []): lines[(f['url'].split('/dist/')[-1], t['line'], f['functionName'])] += t['ticks']
        else: native[(f['functionName'][:80] or '(native)', caller)] += n.get('hitCount', 0)
    for c in n.get('children', []): walk(nodes[c], inside, f['functionName'] + ' ' + f['url'].split('/dist/')[-1] if js else caller)
walk(p['nodes'][0], False, '')
total = sum(lines.values()) + sum(native.values())
print(f'{root}: {total} samples')
rows = [(v, f'{k[0]}:{k[1]} {k[2]}') for k, v in lines.items()] + [(v, f'{k[0]} <- {k[1]}') for k, v in native.items()]
for v, k in sorted(rows, reverse=True)[:top]: print(f'{v:6d}  {k}')
