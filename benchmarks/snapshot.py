"""Prove a refactor changes no output: `python benchmarks/snapshot.py save|compare FILE`.

`save` writes a digest of every benchmark page's cleaning (text and HTML, with `--explain`'s
removals) to FILE; `compare` cleans again and lists the pages whose result differs from FILE's.
FILE is always named: there is no default, so that two checkouts never share (or overwrite) one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner import Cleaner  # noqa: E402
from data import load  # noqa: E402


def digests(paths: tuple[str, ...]) -> dict[str, str]:
    cleaner = Cleaner()
    out = {}
    for page in load():
        for path in paths:
            article = cleaner.clean(page.text if path == "text" else page.html, page.url, kind=path)
            dump = json.dumps(article.to_dict(explain=True), sort_keys=True, ensure_ascii=False)
            out[f"{path}:{page.id}"] = hashlib.sha256(dump.encode()).hexdigest()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "compare"))
    ap.add_argument("file", type=Path, help="the digests: written by save, read by compare")
    ap.add_argument("--path", choices=("text", "html", "both"), default="both")
    args = ap.parse_args()
    paths = ("text", "html") if args.path == "both" else (args.path,)
    now = digests(paths)
    if args.action == "save":
        args.file.write_text(json.dumps(now, indent=0))
        print(f"saved {len(now)} digests to {args.file}")
        return 0
    before = json.loads(args.file.read_text())
    changed = sorted(k for k in now if before.get(k) != now[k])
    for k in changed:
        print(f"changed {k}")
    print(f"{len(changed)} of {len(now)} cleanings differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
