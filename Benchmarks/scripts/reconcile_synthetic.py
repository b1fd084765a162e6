#!/usr/bin/env python3
"""Writes a synthetic register and names file of any size for timing `collab reconcile`
(no real organisations): names drawn from a Zipf-like vocabulary with legal forms, cities
and streets; each name is a register entry altered (case, legal form, a dropped or added
word, a typo) or a new organisation. Seeded: the same files every run.
Usage: reconcile_synthetic.py OUT_DIR [REGISTER_SIZE] [NAMES_SIZE]"""
import csv, os, random, sys

out = sys.argv[1]
n_register = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
n_names = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
rng = random.Random(23)
syllables = ['ka', 'lo', 'mi', 'ter', 'vo', 'san', 'dra', 'nel', 'pu', 'rix', 'to', 'ba', 'gen', 'lu', 'ser', 'qua', 'fin', 'mo', 'zen', 'tri']
def word():
    return ''.join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
vocabulary = [word() for _ in range(40_000)]
generic = ['technologies', 'solutions', 'systems', 'research', 'consulting', 'engineering', 'energy', 'medical', 'software',
           'university', 'institute', 'centre', 'foundation', 'group', 'services', 'international', 'europe', 'uk']
forms = ['LIMITED', 'LTD', 'GMBH', 'SRL', 'SA', 'BV', 'PLC', 'AB', 'OY', '']
cities = [word().upper() for _ in range(2000)]
streets = ['ROAD', 'STREET', 'AVENUE', 'LANE', 'PARK']
def zipf_word():
    return vocabulary[min(len(vocabulary) - 1, int(rng.paretovariate(1.1)) - 1 + rng.randint(0, 20) * rng.randint(0, 1))]
def organisation():
    name = ' '.join([rng.choice(vocabulary).upper()] + [rng.choice(generic).upper() for _ in range(rng.randint(0, 2))])
    return name, rng.choice(forms), rng.choice(cities), f'{rng.randint(1, 400)} {rng.choice(vocabulary).upper()} {rng.choice(streets)}'
os.makedirs(out, exist_ok=True)
register = []
with open(os.path.join(out, 'register.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['id', 'name', 'country', 'city', 'street'])
    for i in range(n_register):
        name, form, city, street = organisation()
        register.append((name, form, city, street))
        w.writerow([f'R{i}', f'{name} {form}'.strip(), 'UK', city, street])
with open(os.path.join(out, 'names.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['name', 'country', 'address'])
    for i in range(n_names):
        if rng.random() < 0.7:
            name, form, city, street = rng.choice(register)
            words = name.split()
            change = rng.random()
            if change < 0.2: name = name.title()
            elif change < 0.4: form = rng.choice(forms)
            elif change < 0.6 and len(words) > 1: name = ' '.join(words[:-1])
            elif change < 0.8: name = name + ' ' + rng.choice(generic).upper()
            else:
                k = rng.randrange(len(words[0])); name = words[0][:k] + words[0][k + 1:] + ' ' + ' '.join(words[1:])
        else:
            name, form, city, street = organisation()
        w.writerow([f'{name} {form}'.strip(), 'UK', f'{street}, {city}'])
print('register', n_register, 'names', n_names, 'in', out)
