"""How often each relation pattern fires on the development sets, and how often it is right.

    python bench/pattern_counts.py                 # every bench/dev* set (needs ../shared/tools/score_articles.py)
    python bench/pattern_counts.py --also-own      # and the project's own and check articles and the seed

A firing is one piece of evidence (a person, an organisation, a status); it is right when the gold
names that person at that organisation with that status. A title with no organisation counts as right
when the gold names the person at the article's company, the one ``decide`` would infer. Patterns
that fire nowhere are listed last: a pattern that fires on no evaluation text is deleted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extraction.analyzer import analyze, relation_evidence  # noqa: E402
from extraction.language import detect_language  # noqa: E402
from extraction.relation_patterns import relation_patterns  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score_articles.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_articles", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sets(also_own: bool) -> list[tuple[Path, Path]]:
    """(gold file, folder of its texts) of the evaluation sets to count on; never a sealed set."""
    sets = [(gold, folder) for folder in sorted((ROOT / "bench").glob("dev*"))
            for gold in sorted(folder.glob("*.gold.json"))]
    if also_own:
        for folder in (ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "check"):
            sets += [(gold, folder) for gold in sorted(folder.glob("*.gold.json"))]
        seed = ROOT.parent / "shared" / "seed"
        sets += [(gold, seed) for gold in sorted(seed.glob("*.gold.json"))]
    return sets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--also-own", action="store_true", help="count on the own articles and the seed too")
    args = parser.parse_args()
    if not SCORER.exists():
        parser.error(f"{SCORER} is not beside the repository")
    scorer = _scorer()
    fired, right = Counter(), Counter()
    for gold_file, folder in _sets(args.also_own):
        for name, gold in json.loads(gold_file.read_text("utf-8")).items():
            text = (folder / name).read_text("utf-8")
            groups = gold["organizations"]
            truth = {(scorer.norm(p["name"]), scorer.org_group_index(a["org"], groups)): a["status"]
                     for p in gold["people"] for a in p["affiliations"]}
            language = gold.get("language") or detect_language(text).language
            inferred = {(a.organization, p.name) for p in analyze(text, language=language).people
                        for a in p.affiliations if a.inferred}
            for item in relation_evidence(text, language=language):
                organisation = item.organization.name if item.organization else next(
                    (org for org, person in inferred if person == item.person.name), "")
                key = (scorer.norm(item.person.name), scorer.org_group_index(organisation, groups))
                fired[item.pattern] += 1
                right[item.pattern] += truth.get(key) == item.status
    print(f"{'pattern':45} {'fired':>6} {'right':>6} {'share':>6}")
    for pattern, count in fired.most_common():
        print(f"{pattern:45} {count:6d} {right[pattern]:6d} {right[pattern] / count:6.2f}")
    silent = [p.id for language in ("de", "en", "fr") for p in relation_patterns(language) if p.id not in fired]
    print(f"\nfired nowhere ({len(silent)}): {', '.join(silent) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
