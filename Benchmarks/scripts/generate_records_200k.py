#!/usr/bin/env python3
"""The loader's held-out file for issue 28: 1,000,000 edge records over 200,000 actors with
numeric ids, a relation type, an integer weight and a start date (about 35 MB), seeded.

Usage: generate_records_200k.py OUT.csv
"""
import os
import random
import sys

RELATION_TYPES = ["placement", "talk", "co-design", "visit", "live project", "apprenticeship", "steering group"]


def write_compact(path, records, actors, seed):
    rng = random.Random(seed)
    with open(path + ".tmp", "w") as f:
        f.write("source,target,type,weight,start\n")
        for i in range(records):
            a, b = rng.randrange(actors), rng.randrange(actors)
            f.write("%d,%d,%s,%d,2017-%02d-%02d\n" % (a, b, RELATION_TYPES[i % 7], rng.randint(1, 5),
                                                       rng.randint(1, 12), rng.randint(1, 28)))
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    write_compact(sys.argv[1], 1_000_000, 200_000, 20242)
