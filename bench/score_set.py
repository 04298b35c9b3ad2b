"""Score an evaluation set (``bench/sealed`` to ``sealed38``, ``dev`` to ``dev39``) with
``../shared/tools/score_articles.py``, all languages in one run, totals and F1 per language only (a sealed
set's misses are never printed).

    python bench/score_set.py sealed
    python bench/score_set.py dev --articles      # per-article lines too (development sets only)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_articles.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sets = sorted(path.name for path in (ROOT / "bench").iterdir() if path.name.startswith(("sealed", "dev")))
    parser.add_argument("set", choices=sets)
    parser.add_argument("--articles", action="store_true", help="per-article lines (refused for the sealed set)")
    args = parser.parse_args()
    if args.articles and args.set.startswith("sealed"):
        parser.error("the sealed set's misses are not to be read while developing")
    if not SCORER.exists():
        parser.error(f"{SCORER} is not beside the repository")
    folder = ROOT / "bench" / args.set
    gold = {}
    for path in sorted(folder.glob("*.gold.json")):
        gold.update(json.loads(path.read_text("utf-8")))
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as combined:
        json.dump(gold, combined)
        combined.flush()
        command = [sys.executable, str(SCORER), "--gold", combined.name, "--texts", str(folder), "--by-language",
                   "--cmd", f"{sys.executable} -m extraction analyze {{file}}"]
        if not args.articles:
            command.append("--quiet")
        return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
