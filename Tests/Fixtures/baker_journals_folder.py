#!/usr/bin/env python3
"""Writes Baker's journal citation network as a CollabGraph dataset folder OUTSIDE the
repository, for the optional check of UCINET's published core/periphery values
(DiscreteCorePeripheryTests.testBakerJournalsPublishedValues, which runs when the environment
variable COLLAB_BAKER_JOURNALS names that folder and skips otherwise).

The data is not bundled: it is UCINET's BAKER_JOURNALS (D. R. Baker, "A structural
analysis of social work journal network: 1985-1986", Journal of Social Service Research
15(3-4), 153-168, 1992), distributed with the xUCINET R package as data/Baker_Journals.rda.

Usage:  python3 baker_journals_folder.py Baker_Journals.rda OUT_DIR
Needs the `rdata` package (pip install rdata). Ties: one arc per non-zero off-diagonal
cell of $Citations (row → column), weight = the count; meta.json declares it directed.
"""
import os
import sys

import rdata


def main():
    source, out = sys.argv[1], sys.argv[2]
    project = rdata.conversion.convert(rdata.parser.parse_file(source))["Baker_Journals"]
    citations = project["Citations"]
    names = [str(x) for x in citations.coords[citations.dims[0]].values]
    values = citations.values
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "nodes.csv"), "w") as f:
        f.write("id,label,kind\n")
        for name in names:
            f.write(f"{name},{name},journal\n")
    with open(os.path.join(out, "edges.csv"), "w") as f:
        f.write("source,target,weight\n")
        for i, a in enumerate(names):
            for j, b in enumerate(names):
                if i != j and values[i][j] > 0:
                    f.write(f"{a},{b},{float(values[i][j]):g}\n")
    with open(os.path.join(out, "meta.json"), "w") as f:
        f.write('{"directed": true}\n')


if __name__ == "__main__":
    main()
