#!/usr/bin/env python3
"""phrases_resolve_as_labelled: every phrase of tests/data/phrases.csv, one line of one diary each
(day d1, d2, ...; amount 1, no unit), run through seck once with -f json --explain.
A set of whole lines has the columns food,amount,unit,accept,grams_min,grams_max instead of
phrase,accept: each row is that line as written, and a line is right only when its food is
accepted and its weight is within the range.

  phrases_test.py SECK PHRASES_CSV MAX_WRONG [MIN_RIGHT] [--misses OUT.txt]

A phrase is right when seck picks an accepted id (or refuses a phrase labelled `refuse`),
refused when seck refuses a phrase that has accepted ids, wrong when seck picks an id not in
`accept`. A line refused only for its amount or unit ("missing unit for usda:NNNNN ...") counts
by the food it was resolved to. Fails when the wrong count is above MAX_WRONG, or the right
count below MIN_RIGHT (a matcher change that loses phrases).
With --misses, also writes the phrases refused or wrong today, grouped by a likely cause."""
import csv, json, re, subprocess, sys, tempfile, os

ID = re.compile(r'\b((?:usda|fndds):\d+)')
UNIT_WORDS = {'clove', 'cloves', 'rib', 'rasher', 'rashers', 'slice', 'slices', 'glass', 'cup',
              'pint', 'pinch', 'packet', 'tin', 'bowl', 'handful', 'stick', 'bar', 'juice of'}
PREP_WORDS = {'large', 'medium', 'fresh', 'freshly', 'chopped', 'finely', 'boneless', 'skinless',
              'ripe', 'organic', 'extra-virgin', 'extra', 'virgin', 'minced', 'diced', 'grated',
              'free', 'range', 'crispy', 'grilled', 'lean', 'cooked', 'dry', 'plain', 'light',
              'frozen', 'baby', 'sliced', 'ground', 'kosher', 'sea', 'table', 'tinned', 'canned',
              'bottled', 'tap', 'boiling', 'mature', 'natural', 'fresh', 'steel', 'cut', 'flat-leaf'}


def main():
    args = sys.argv[1:]
    misses_out = None
    if '--misses' in args:
        at = args.index('--misses')
        misses_out = args[at + 1]
        del args[at:at + 2]
    seck, phrases_csv, max_wrong = args[0], args[1], int(args[2])
    min_right = int(args[3]) if len(args) > 3 else 0
    rows = list(csv.DictReader(open(phrases_csv, encoding='utf-8')))
    for r in rows:  # a whole line is named by all it says
        if 'phrase' not in r:
            r['line'] = ','.join(x for x in (r['food'], r['amount'], r['unit']))
    with tempfile.TemporaryDirectory() as tmp:
        diary = os.path.join(tmp, 'phrases.csv')
        with open(diary, 'w', encoding='utf-8', newline='') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['date', 'food', 'amount', 'unit'])
            for i, r in enumerate(rows, 1):
                if 'phrase' in r:
                    w.writerow([f'd{i}', r['phrase'], '1', ''])
                else:
                    w.writerow([f'd{i}', r['food'], r['amount'], r['unit']])
        p = subprocess.run([seck, '-f', 'json', '--explain', diary], capture_output=True, text=True)
    if p.returncode not in (0, 1, 2):
        sys.exit(f'seck exited {p.returncode}: {p.stderr[:2000]}')
    report = json.loads(p.stdout)
    chosen, message, grams = {}, {}, {}  # day -> id seck chose, refusal message, weight
    for day in report['days']:
        d = day['date']
        for e in day.get('entries', []):
            i = e['id'] if ':' in e['id'] else 'usda:' + e['id']
            chosen[d] = i
            grams[d] = e['grams']
        for u in day.get('unresolved', []):
            m = u['message']
            message[d] = m
            # refused for its amount or unit only: the name itself was resolved
            if ('unit' in m or 'weight for one' in m) and not m.startswith(('unknown food', "food '")):
                got = ID.search(m)
                if got:
                    chosen.setdefault(d, got.group(1))
    right, refused, wrong = [], [], []
    for i, r in enumerate(rows, 1):
        d = f'd{i}'
        accept = set(r['accept'].split('|'))
        got = chosen.get(d)
        if got is None:
            (right if accept == {'refuse'} else refused).append((r, message.get(d, '')))
        elif got not in accept:
            wrong.append((r, got))
        elif r.get('grams_min') and d in grams and not (
                float(r['grams_min']) <= grams[d] <= float(r['grams_max'])):
            wrong.append((r, f'{got} at {grams[d]:g} g, want {r["grams_min"]}-{r["grams_max"]} g'))
        else:
            right.append((r, got))
    n = len(rows)
    pct = lambda k: f'{100.0 * k / n:.1f} %'
    print(f'{n} phrases: {len(right)} right ({pct(len(right))}), {len(refused)} refused '
          f'({pct(len(refused))}), {len(wrong)} wrong ({pct(len(wrong))})')
    descr = describe(seck, {g.split()[0] for _, g in wrong})
    for r, got in wrong:
        print(f'  wrong: {r.get("phrase") or r["line"]!r} -> {got} {descr.get(got.split()[0], "")} '
              f'(accept: {r["accept"][:80]}{"..." if len(r["accept"]) > 80 else ""})')
    if misses_out:
        write_misses(misses_out, refused, wrong, descr, n, len(right), phrases_csv)
    if len(wrong) > max_wrong:
        print(f'FAIL: {len(wrong)} wrong, above the threshold of {max_wrong}')
        return 1
    if len(right) < min_right:
        print(f'FAIL: {len(right)} right, below the threshold of {min_right}')
        return 1
    print(f'ok: {len(wrong)} wrong, threshold {max_wrong}; {len(right)} right, threshold {min_right}')
    return 0


def describe(seck, ids):
    """id -> description, from the embedded tables through `seck foods`? Cheaper: data files."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data')
    out = {}
    for fn in ('foods.json', 'fndds.json'):
        try:
            for f in json.load(open(os.path.join(root, fn), encoding='utf-8'))['foods']:
                i = f['id'] if ':' in f['id'] else 'usda:' + f['id']
                if i in ids:
                    out[i] = f'({f["description"]})'
        except OSError:
            pass
    return out


def cause(r, msg):
    words = (r.get('phrase') or r['food']).lower().split()
    note = r.get('note') or ''
    if r['accept'] == 'refuse':
        return 'vague or several foods: should be refused'
    if 'too general' in msg or 'fits ' in msg:
        return 'fits several entries (seck asks which)'
    if words[0].isdigit() or words[0] in ('a', 'an', 'half') or UNIT_WORDS & set(words) \
            or 'unit in the name' in note or 'juice of' in (r.get('phrase') or r['food']):
        return 'unit or count in the name'
    if re.match(r'(UK|IE|AU|NZ|Canada|AU/NZ|UK/IE|UK/AU)\b', note) or ('UK' in note or 'AU' in note or 'IE' in note or 'Canada' in note):
        return 'British, Irish, Australian or Canadian name'
    if PREP_WORDS & set(words):
        return 'size, preparation, freshness or shopping word'
    accepts = r['accept'].split('|')
    if all(a.startswith('fndds:') for a in accepts) and len(words) > 1:
        return 'dish or drink as eaten (FNDDS)'
    if words[-1].endswith('s') and not words[-1].endswith('ss'):
        return 'plural'
    return 'other'


def write_misses(path, refused, wrong, descr, n, nright, source):
    groups = {}
    for r, msg in refused:
        groups.setdefault(cause(r, msg), []).append(f'  refused  {r.get("phrase") or r["line"]}  ->  want {short(r["accept"])}')
    for r, got in wrong:
        c = 'wrong pick: ' + cause(r, '')
        groups.setdefault(c, []).append(
            f'  WRONG    {r.get("phrase") or r["line"]}  ->  {got} {descr.get(got, "")}; want {short(r["accept"])}')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(f'# Lines of {source} that seck refuses or gets wrong today, grouped by a\n'
                '# likely cause (guessed from the line and its note: a line fits the first group that\n'
                f'# applies). Made by: python3 tests/phrases_test.py build/seck {source} 999 \\\n'
                f'#   --misses {path}\n')
        f.write(f'# {n} phrases, {nright} right, {len(refused)} refused, {len(wrong)} wrong.\n')
        for g in sorted(groups, key=lambda g: (not g.startswith('wrong'), -len(groups[g]))):
            f.write(f'\n## {g} ({len(groups[g])})\n')
            f.write('\n'.join(sorted(groups[g])) + '\n')


def short(accept):
    a = accept.split('|')
    return '|'.join(a[:3]) + (f' (+{len(a) - 3} more)' if len(a) > 3 else '')


if __name__ == '__main__':
    sys.exit(main())
