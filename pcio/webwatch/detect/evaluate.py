"""Precision and recall of the detector on the corpus: python -m pcio.webwatch.detect.evaluate

The model is trained on the "train" split only and every group of the "heldout" split
(site templates and spam vocabulary the model never saw) is judged through check_page,
as the crawler would. Prints the figures and every miss.

Pages that need rendering (scripts that build spam at run time, CSS that hides it) are
judged statically by default; with --render, the pages a scan would render (dynamic.reason,
one in PCIO_WEBWATCH_RENDER_EVERY) are rendered in Chromium without network access.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass

from . import Fetched, check_page, dynamic, model


@dataclass
class Result:
    precision: float
    recall: float
    tp: int
    fp: int
    fn: int
    tn: int
    misses: list     # (group, form, expected, verdict, score)


RENDERED = "hand_render_"     # forms of the pages that need rendering to be judged right


def groups(split: str | None, exclude: str = ""):
    """Samples by group; exclude: leave out the forms that start with it."""
    from pcio.webwatch import corpus

    out = defaultdict(list)
    for s in corpus.load():
        if (split is None or s.split == split) and not (exclude and s.form.startswith(exclude)):
            out[s.group].append(s)
    return out


def fetches(samples) -> list[Fetched]:
    """As the crawler hands them over; status 0 is a fetch that got no page (a redirect
    target that could not be reached)."""
    return [Fetched(s.persona, s.url, s.final_url, s.status, {"content-type": "text/html"},
                    s.html, [s.final_url] if s.final_url != s.url else [],
                    error="" if s.status else "เชื่อมต่อเว็บไซต์ไม่ได้ / could not connect")
            for s in samples]


def evaluate(split: str = "heldout", train_split: str | None = "train",
             render: bool = False, exclude: str = "") -> Result:
    model.reset(model.fit_corpus(split=train_split))
    try:
        counts, misses = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}, []
        by_group = groups(split, exclude)
        verdicts = {g: check_page(fetches(s)) for g, s in sorted(by_group.items())}
        if render:
            verdicts.update(rendered(verdicts, by_group))
        for group, samples in sorted(by_group.items()):
            expected = any(s.infected for s in samples)
            v = verdicts[group]
            got = v.verdict == "infected"
            key = ("t" if got == expected else "f") + ("p" if got else "n")
            counts[key] += 1
            if got != expected:
                misses.append((group, samples[0].form, expected, v.verdict, v.score,
                               samples[0].file))
    finally:
        model.reset()
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return Result(tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn, counts["tn"], misses)


def rendered(verdicts: dict, by_group: dict, every: int = 50) -> dict:
    """The verdicts of the groups a scan would render (not infected already; a script that
    may build content, or one group in `every`), with what Chromium saw added."""
    from pcio.webwatch.render import render_offline

    jobs = {}
    for n, (group, v) in enumerate(sorted(verdicts.items())):
        pages = [f for f in fetches(by_group[group]) if f.text]
        if v.verdict == "infected" or not pages:
            continue
        if dynamic.reason(pages[0].text, pages[0].url) or n % every == 0:
            jobs[group] = [(f, f.persona) for f in pages]
            if dynamic.conditional(pages[0].text):
                jobs[group].append((pages[0], "phone_google"))
    flat = [job for group_jobs in jobs.values() for job in group_jobs]
    shots = iter(render_offline(flat))
    return {g: dynamic.judge(verdicts[g], [next(shots) for _ in js]) for g, js in jobs.items()}


def ablation(split: str = "heldout") -> dict:
    """Page-level precision/recall of the rules alone (a finding >= 0.5) and of the model
    alone (probability >= 0.5), to show what each part contributes."""
    from pcio.webwatch import corpus

    from .verdict import _page

    weights = model.fit_corpus(split="train")
    model.reset(weights)
    try:
        out = {"rules": [0, 0, 0], "model": [0, 0, 0]}    # tp, fp, fn
        for s in corpus.load():
            if s.split != split or not s.status:
                continue
            page = _page(s.html, s.final_url)
            votes = {"rules": any(w >= 0.5 for _, _, w in page.findings),
                     "model": (model.probability(page) or 0.0) >= 0.5}
            for name, got in votes.items():
                if got and s.infected:
                    out[name][0] += 1
                elif got:
                    out[name][1] += 1
                elif s.infected:
                    out[name][2] += 1
    finally:
        model.reset()
    return {k: (tp / max(1, tp + fp), tp / max(1, tp + fn)) for k, (tp, fp, fn) in out.items()}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    split, render = (args[0] if args else "heldout"), "--render" in sys.argv
    r = evaluate(split, render=render)
    how = "rendered where a scan would render" if render else "static, nothing rendered"
    print(f"{split} groups ({how}), rules + model: precision {r.precision:.3f} "
          f"recall {r.recall:.3f} (tp {r.tp} fp {r.fp} fn {r.fn} tn {r.tn})")
    for m in r.misses:
        print("  miss", *m)
    if not render:
        r = evaluate(split, exclude=RENDERED)
        print(f"{split} groups without the pages that need rendering ({RENDERED}*): precision "
              f"{r.precision:.3f} recall {r.recall:.3f} (tp {r.tp} fp {r.fp} fn {r.fn} tn {r.tn})")
    for name, (precision, recall) in ablation(split).items():
        print(f"{split} pages, {name} alone: precision {precision:.3f} recall {recall:.3f}")


if __name__ == "__main__":
    main()
