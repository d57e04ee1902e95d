"""Plumbing shared by the build stages: where the dictionaries live, logging, the hand-written list
reader, and the one-edit keys the near-word indexes are made of."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # dictionaries/: the hand-written lists sit here
REPO = HERE.parent


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def subs1(w: str):
    """Keys shared by words one substitution apart (the changed letter replaced by ``*``)."""
    return {w[:i] + "*" + w[i + 1:] for i in range(len(w))}


def deletes1(w: str):
    return {w[:i] + w[i + 1:] for i in range(len(w))}
