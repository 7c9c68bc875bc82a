"""Build ``pipeline/extract/data/common_words.txt``: ordinary English words that the place finder
must not take for a place name on their own ("One", "Side", "Date", "Drug", "Metro" ...).

A word is listed when Webster's Second International (the ``web2`` list of the ``english-words``
package) spells it in lower case only (so "china" the porcelain is out: the dictionary also has
"China") and it is frequent in English (``wordfreq`` Zipf frequency >= 4.0, about ten times per
million words or more). The output is committed; the two packages are needed only to rebuild it:

    .tools/bin/uv run --no-project --with english-words==2.0.2 --with wordfreq==3.1.1 \
        python scripts/build_common_words.py
"""
from pathlib import Path

from english_words import get_english_words_set
from wordfreq import zipf_frequency

MIN_ZIPF = 4.0
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "extract" / "data" / "common_words.txt"


def main() -> None:
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    words = sorted(w for w in web2 if w.islower() and len(w) > 2 and w.capitalize() not in web2
                   and zipf_frequency(w, "en") >= MIN_ZIPF)
    OUT.write_text("# built by scripts/build_common_words.py: web2 lower-case-only words, "
                   f"wordfreq Zipf >= {MIN_ZIPF}\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
