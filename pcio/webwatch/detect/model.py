"""Logistic regression over rule features and n-grams of the page's signal text.

Features are built here in plain Python (character 2-4-grams within words, PyThaiNLP words,
rule weights), so scoring a page is a few dictionary look-ups rather than a trip through
scipy. Trained at first use from the labelled corpus (pcio/webwatch/corpus, a few seconds)
and cached as JSON (weights only, no pickle) under the user's cache directory, keyed by a
hash of the corpus and of this package's code, so a changed corpus or rule retrains by
itself. Without a corpus (an installation that did not ship it) probability() returns None
and the rules decide alone.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
import threading
from collections import Counter
from pathlib import Path

from .analyse import Page, signal
from .lexicon import BRAND, GAMBLE
from .normalize import words

KINDS = ["hidden_link", "hidden_text", "meta_spam", "meta_refresh", "canonical_spam",
         "canonical_offsite", "betting_link", "iframe_spam", "iframe_offsite", "image_banner",
         "script_spam", "js_redirect", "js_inject", "keyword_spam", "doorway"]
_MAX_SIGNAL = 1500
_MAX_WORDS = 600          # newmm is the slowest step: segment only the start of the signal
_lock = threading.Lock()
_weights: dict | None = None


def signal_text(page: Page) -> str:
    return " | ".join(s for s in page.signal if s and s.strip())[:_MAX_SIGNAL]


def _l2(counts: Counter) -> dict:
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {k: v / norm for k, v in counts.items()}


def features(page: Page) -> dict:
    text = signal_text(page)
    grams = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in (2, 3, 4):
            grams.update(padded[i:i + n] for i in range(len(padded) - n + 1))
    out = {"c:" + k: v for k, v in _l2(grams).items()}
    out.update({"w:" + k: v for k, v in _l2(Counter(words(text[:_MAX_WORDS]))).items()})
    sig = signal(text)
    out.update({"f:" + k: page.features.get(k, 0.0) for k in KINDS if page.features.get(k)})
    out.update({
        "n:betting_links": math.log1p(page.features.get("betting_links", 0)),
        "n:promoted": math.log1p(page.features.get("promoted_windows", 0)),
        "n:anchors": math.log1p(page.features.get("gambling_anchor_links", 0)),
        "n:gamble": math.log1p(sig.gamble), "n:promo": math.log1p(sig.promo),
        "n:brand": math.log1p(sig.brand), "n:context": math.log1p(sig.context),
        "n:bias": 1.0,
    })
    return out


def train(pages: list[Page], labels: list[int]) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([features(p) for p in pages]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear
    clf = LogisticRegression(C=1.0, solver="liblinear", class_weight="balanced")
    clf.fit(x, labels)
    coef = clf.coef_[0]
    return {"intercept": float(clf.intercept_[0]),
            "coef": {name: float(coef[i]) for name, i in vec.vocabulary_.items() if coef[i]}}


def probability(page: Page) -> float | None:
    """Probability the page is spam; 0 for pages with no gambling signal at all."""
    weights = _load()
    if weights is None:
        return None
    text = signal_text(page)
    if not page.findings and not (GAMBLE.search(text) or BRAND.search(text)):
        return 0.0
    coef = weights["coef"]
    z = weights["intercept"] + sum(coef.get(k, 0.0) * v for k, v in features(page).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    for root in (Path(base), Path(tempfile.gettempdir()) / f"pcio-{os.getuid()}"):
        path = root / "pcio" / "webwatch-detect"
        try:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            continue
        if os.access(path, os.W_OK):
            return path
    return Path(tempfile.mkdtemp(prefix="pcio-webwatch-"))


def fingerprint() -> str | None:
    from pcio.webwatch import corpus

    h = hashlib.sha256()
    corpus_hash = corpus.digest()
    if corpus_hash is None:
        return None
    h.update(corpus_hash.encode())
    for name in sorted(Path(__file__).parent.glob("*.py")):
        h.update(name.read_bytes())
    return h.hexdigest()[:20]


def _load() -> dict | None:
    global _weights
    if _weights is not None:
        return _weights or None
    with _lock:
        if _weights is None:
            _weights = _load_or_train() or {}
    return _weights or None


def _load_or_train() -> dict | None:
    key = fingerprint()
    if key is None:
        return None
    path = cache_dir() / f"model-{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    weights = fit_corpus(split=None)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(weights, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    for old in path.parent.glob("model-*.json"):     # models of earlier corpora or code
        if old != path:
            old.unlink(missing_ok=True)
    return weights


def fit_corpus(split: str | None = "train") -> dict:
    """Train on the corpus; split="train" leaves the held-out families out."""
    from pcio.webwatch import corpus

    from .verdict import _page

    # a fetch that got no page (status 0) is judged by its redirect chain, not by content
    samples = [s for s in corpus.load() if (split is None or s.split == split) and s.status]
    pages = [_page(s.html, s.url) for s in samples]
    return train(pages, [int(s.infected) for s in samples])


def reset(weights: dict | None = None) -> None:
    """Forget the loaded model, or use the given weights (the held-out evaluation does)."""
    global _weights
    _weights = weights
