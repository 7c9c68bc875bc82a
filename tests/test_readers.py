"""Tests for pipeline.ingest.readers (raw files -> RawArticle / QuarantinedRecord)."""

from __future__ import annotations

import dataclasses
import json
import os
import random
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.ingest.readers import (
    SUPPORTED_SUFFIXES,
    QuarantinedRecord,
    RawArticle,
    list_raw_files,
    parse_published_at,
    read_raw_file,
)


def write(root: Path, relative: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


def read(root: Path, relative: str, content: str | bytes, encoding: str = "utf-8"):
    return read_raw_file(write(root, relative, content, encoding), root)


def only_article(records) -> RawArticle:
    assert len(records) == 1, records
    assert isinstance(records[0], RawArticle), records[0]
    return records[0]


def only_quarantined(records) -> QuarantinedRecord:
    assert len(records) == 1, records
    assert isinstance(records[0], QuarantinedRecord), records[0]
    return records[0]


# --------------------------------------------------------------------------- .txt


def test_txt_front_matter(tmp_path):
    content = (
        "---\r\n"
        "id: 007\r\n"
        "title: Market blast kills 12\r\n"
        "date: September 8, 2016\r\n"
        "source: Daily Star\r\n"
        "url: https://example.com/blast\r\n"
        "language: en\r\n"
        "---\r\n"
        "\r\n"
        "\r\n"
        "At least 12 people were killed.\r\nPolice said 30 were injured.\r\n"
    )
    article = only_article(read(tmp_path, "news/a.txt", content))
    assert article.source_path == "news/a.txt"
    assert article.record_number is None
    assert article.external_id == "007"  # YAML does not turn it into the int 7
    assert article.title == "Market blast kills 12"
    assert article.published_at == datetime(2016, 9, 8)
    assert article.publisher == "Daily Star"
    assert article.url == "https://example.com/blast"
    assert article.language == "en"
    assert article.text == "At least 12 people were killed.\nPolice said 30 were injured.\n"
    assert article.warnings == ()


def test_txt_front_matter_yaml_values_stay_strings(tmp_path):
    content = "---\nid: 1e3\ntitle: 'No'\npublished_at: 2016-09-08T10:00:00+02:00\n---\nText.\n"
    article = only_article(read(tmp_path, "a.txt", content))
    assert article.external_id == "1e3"
    assert article.title == "No"
    assert article.published_at == datetime(2016, 9, 8, 8, 0)


def test_txt_without_front_matter_title_falls_back_to_first_line(tmp_path):
    content = "\n\n  Bombing in Kabul  \nTwo people died on Monday.\n"
    article = only_article(read(tmp_path, "a.txt", content))
    assert article.title == "Bombing in Kabul"
    assert article.text == "  Bombing in Kabul  \nTwo people died on Monday.\n"  # title line stays
    assert article.external_id is None and article.published_at is None
    assert article.text[article.text.index("Two"):].startswith("Two people died")


def test_txt_title_fallback_skips_rules_and_refuses_paragraphs(tmp_path):
    article = only_article(read(tmp_path, "a.txt", "=====\nHeadline\nBody.\n"))
    assert article.title == "Headline"
    long_line = "word " * 100
    article = only_article(read(tmp_path, "b.txt", long_line + "\nmore\n"))
    assert article.title is None
    assert article.text.startswith(long_line)


def test_txt_front_matter_title_wins_over_first_line(tmp_path):
    article = only_article(read(tmp_path, "a.txt", "---\ntitle: Real title\n---\nFirst line\nBody\n"))
    assert article.title == "Real title"
    assert article.text == "First line\nBody\n"


def test_txt_horizontal_rule_is_not_front_matter(tmp_path):
    content = "---\nSome prose that is not YAML metadata.\n---\nMore prose.\n"
    article = only_article(read(tmp_path, "a.txt", content))
    assert article.text == content  # nothing lost
    assert article.title == "Some prose that is not YAML metadata."
    assert len(article.warnings) == 1 and "front matter" in article.warnings[0]


def test_txt_unclosed_front_matter_keeps_everything(tmp_path):
    content = "---\ntitle: x\nThe text.\n"
    article = only_article(read(tmp_path, "a.txt", content))
    assert article.text == content
    assert "never closed" in article.warnings[0]


def test_txt_front_matter_without_body_is_quarantined(tmp_path):
    record = only_quarantined(read(tmp_path, "a.txt", "---\ntitle: Only a title\n---\n\n  \n"))
    assert record.reason == "no text after the front matter"
    assert record.excerpt.startswith("---\ntitle: Only a title")


def test_txt_unparseable_date_keeps_article_with_warning(tmp_path):
    article = only_article(read(tmp_path, "a.txt", "---\npublished_at: 31/31/2016\n---\nText.\n"))
    assert article.published_at is None
    assert article.warnings == ("unparseable published_at '31/31/2016'",)


def test_text_normalisation_only_crlf_and_nul(tmp_path):
    article = only_article(read(tmp_path, "a.txt", "Title\r\nA\x00B\rC  \n\n"))
    assert article.text == "Title\nAB\rC  \n\n"


# --------------------------------------------------------------------------- .json


def test_json_single_object_with_aliases(tmp_path):
    obj = {
        "ID": 42,
        "Title": " Headline ",
        "body": "Three killed.\r\nTwo injured.",
        "publish_date": "2016-09-08T10:00:00Z",
        "outlet": "Reuters",
        "url": "https://example.com/x",
        "lang": "en",
    }
    article = only_article(read(tmp_path, "a.json", json.dumps(obj)))
    assert article.record_number is None
    assert article.external_id == "42"
    assert article.title == "Headline"
    assert article.text == "Three killed.\nTwo injured."
    assert article.published_at == datetime(2016, 9, 8, 10, 0)
    assert article.publisher == "Reuters"
    assert article.language == "en"
    assert article.url == "https://example.com/x"


def test_json_list_mixed_good_and_bad(tmp_path):
    items = [
        {"id": "a1", "text": "First article.", "date": "2016-09-08"},
        42,
        {"id": "a3", "title": "No text here"},
        {"id": "a4", "text": ["not", "a", "string"]},
        {"id": "a5", "content": "   "},
        {"id": "a6", "content": "Sixth article.", "date": "31/31/2016", "title": ["bad"]},
        "just a string",
    ]
    records = read(tmp_path, "list.json", json.dumps(items))
    assert [r.record_number for r in records] == [1, 2, 3, 4, 5, 6, 7]
    kinds = [type(r).__name__ for r in records]
    assert kinds == ["RawArticle", "QuarantinedRecord", "QuarantinedRecord", "QuarantinedRecord",
                     "QuarantinedRecord", "RawArticle", "QuarantinedRecord"]
    assert records[0].text == "First article." and records[0].published_at == datetime(2016, 9, 8)
    assert records[1].reason == "JSON value is a number, not an article object"
    assert records[1].excerpt == "42"
    assert records[2].reason.startswith("no text field")
    assert '"title": "No text here"' in records[2].excerpt
    assert records[3].reason == "text field is a list, not a string"
    assert records[4].reason == "empty content field"
    sixth = records[5]
    assert sixth.external_id == "a6" and sixth.published_at is None and sixth.title is None
    assert "unparseable published_at '31/31/2016' (field 'date')" in sixth.warnings
    assert any("title" in w for w in sixth.warnings)
    assert records[6].reason == "JSON value is a string, not an article object"


def test_json_list_of_numbers(tmp_path):
    records = read(tmp_path, "numbers.json", "[1, 2, 3]")
    assert len(records) == 3
    assert all(isinstance(r, QuarantinedRecord) for r in records)
    assert [r.record_number for r in records] == [1, 2, 3]
    assert {r.reason for r in records} == {"JSON value is a number, not an article object"}


@pytest.mark.parametrize(
    "content, reason",
    [
        ("42", "JSON value is a number, not an article object"),
        ("null", "JSON value is null, not an article object"),
        ("[]", "JSON list is empty: no articles"),
    ],
)
def test_json_top_level_not_an_article(tmp_path, content, reason):
    record = only_quarantined(read(tmp_path, "a.json", content))
    assert record.reason == reason
    assert record.record_number is None


def test_json_invalid(tmp_path):
    content = '{\n  "text": "a"\n  "title": "b"\n}'
    record = only_quarantined(read(tmp_path, "a.json", content))
    assert record.reason.startswith("invalid JSON on line 3: Expecting ',' delimiter")
    assert record.excerpt == content


def test_json_file_holding_json_lines(tmp_path):
    content = '{"text": "one"}\n{"text": "two"}\n'
    records = read(tmp_path, "a.json", content)
    assert [r.text for r in records] == ["one", "two"]
    assert [r.record_number for r in records] == [1, 2]
    assert all("JSON Lines" in r.warnings[0] for r in records)


# --------------------------------------------------------------------------- .jsonl


def test_jsonl_malformed_line_among_good_ones(tmp_path):
    lines = [
        json.dumps({"id": 1, "text": "one"}),
        "",
        '{"id": 2, "text": "two"',  # malformed, line 3
        json.dumps({"id": 3, "text": "three", "published": "Sept. 8, 2016 4:05 p.m. EDT"}),
        "[1, 2]",
        "   ",
    ]
    records = read(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    assert [r.record_number for r in records] == [1, 3, 4, 5]
    good = [r for r in records if isinstance(r, RawArticle)]
    bad = [r for r in records if isinstance(r, QuarantinedRecord)]
    assert [(a.external_id, a.text) for a in good] == [("1", "one"), ("3", "three")]
    assert good[1].published_at == datetime(2016, 9, 8, 20, 5)  # EDT -> UTC
    assert bad[0].record_number == 3
    assert bad[0].reason.startswith("invalid JSON on line 3:")
    assert bad[0].excerpt == '{"id": 2, "text": "two"'
    assert bad[1].reason == "JSON value is a list, not an article object"


def test_jsonl_crlf_lines(tmp_path):
    records = read(tmp_path, "a.jsonl", '{"text": "a"}\r\n{"text": "b\\r\\nc"}\r\n')
    assert [r.text for r in records] == ["a", "b\nc"]


# --------------------------------------------------------------------------- empty / binary / unreadable / unsupported


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", "\ufeff  \n".encode("utf-8"), "\ufeff\n".encode("utf-16")])
def test_empty_file(tmp_path, suffix, content):
    record = only_quarantined(read(tmp_path, "empty" + suffix, content))
    assert record.reason == "empty file"
    assert record.record_number is None


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
def test_binary_junk(tmp_path, suffix):
    rng = random.Random(1234)
    junk = bytearray(os.urandom(4096))
    for _ in range(64):
        junk[rng.randrange(len(junk))] = 0
    junk[0:2] = b"\x00\x00"
    record = only_quarantined(read(tmp_path, "junk" + suffix, bytes(junk)))
    assert record.reason == "binary content, not text"


def test_all_nul_file_is_binary(tmp_path):
    record = only_quarantined(read(tmp_path, "zeros.txt", bytes(2000)))
    assert record.reason == "binary content, not text"


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", "text")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    record = only_quarantined(read_raw_file(path, tmp_path))
    assert record.reason.startswith("unreadable file:")
    assert "Permission denied" in record.reason


@pytest.mark.parametrize("name, shown", [("report.pdf", ".pdf"), ("README.md", ".md"), ("Makefile", "(no extension)")])
def test_unsupported_type(tmp_path, name, shown):
    record = only_quarantined(read(tmp_path, name, "Some text that would be readable."))
    assert record.reason == f"unsupported file type '{shown}'"
    assert record.source_path == name


def test_suffix_is_case_insensitive(tmp_path):
    article = only_article(read(tmp_path, "A.TXT", "Hello\nworld"))
    assert article.title == "Hello"


# --------------------------------------------------------------------------- encodings


def test_cp1252_curly_quotes_and_accents(tmp_path):
    content = "Café “quoted” – naïve résumé’s\nThe mayor said: «nous sommes choqués».\n"
    article = only_article(read(tmp_path, "a.txt", content, encoding="cp1252"))
    assert article.text == content
    assert article.title == "Café “quoted” – naïve résumé’s"
    assert article.warnings == ("file is not UTF-8; decoded as cp1252",)


def test_latin1_accent(tmp_path):
    article = only_article(read(tmp_path, "a.txt", "Plain ascii but with one é", encoding="latin-1"))
    assert article.text == "Plain ascii but with one é"


def test_cp1252_json(tmp_path):
    content = json.dumps({"text": "Le café “fermé”", "title": "Élan"}, ensure_ascii=False)
    article = only_article(read(tmp_path, "a.json", content, encoding="cp1252"))
    assert article.text == "Le café “fermé”" and article.title == "Élan"


def test_cp1251_still_detected(tmp_path):
    content = "Взрыв на рынке: погибли 12 человек, 30 ранены, сообщили власти."
    article = only_article(read(tmp_path, "a.txt", content, encoding="cp1251"))
    assert article.text == content


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_bom_encodings(tmp_path, encoding):
    content = "---\ntitle: Über “quotes”\n---\nNaïve text – 12 killed.\n"
    data = content.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    article = only_article(read(tmp_path, "a.txt", data))
    assert article.title == "Über “quotes”"  # BOM gone, so the front matter is recognised
    assert article.text == "Naïve text – 12 killed.\n"
    assert article.warnings == ()


def test_utf16_without_bom(tmp_path):
    content = "Hello “world” — 3 injured in Zürich.\n"
    article = only_article(read(tmp_path, "a.txt", content, encoding="utf-16-le"))
    assert article.text == content


def test_stray_nul_in_utf8_text_is_stripped(tmp_path):
    content = "Headline\nA long enough line of ordinary text.\x00\n"
    article = only_article(read(tmp_path, "a.txt", content))
    assert article.text == "Headline\nA long enough line of ordinary text.\n"


# --------------------------------------------------------------------------- .html

HTML_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Blast kills 11 near station | The Daily Star</title>
<meta property="og:title" content="Blast kills 11 near station">
<meta property="og:site_name" content="The Daily Star">
<meta property="article:published_time" content="2016-09-08T10:00:00+02:00">
<link rel="canonical" href="https://example.com/news/blast">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Blast kills 11 near station</h1>
<p>At least 11 people died and 27 were hurt when a truck bomb detonated near a bus station on Thursday, officials said.</p>
<p>The explosion happened in the morning as shoppers gathered. Police said the death toll could rise.</p>
</article>
<footer>Copyright 2016 The Daily Star. Subscribe to our newsletter.</footer>
</body>
</html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_article(tmp_path, suffix):
    article = only_article(read(tmp_path, "web/page" + suffix, HTML_PAGE))
    assert article.source_path == "web/page" + suffix
    assert "At least 11 people died and 27 were hurt" in article.text
    assert "Police said the death toll could rise." in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert "<p>" not in article.text
    assert article.title == "Blast kills 11 near station"
    assert article.published_at == datetime(2016, 9, 8)
    assert article.publisher == "The Daily Star"
    assert article.url == "https://example.com/news/blast"
    assert article.language == "en-GB"
    assert article.external_id is None and article.record_number is None


def test_html_declared_legacy_charset(tmp_path):
    page = HTML_PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    page = page.replace("officials said", "officials said: “it’s a café”")
    article = only_article(read(tmp_path, "page.html", page, encoding="cp1252"))
    assert "officials said: “it’s a café”" in article.text


def test_html_without_text(tmp_path):
    page = "<html><head><title>Empty</title></head><body><div></div></body></html>"
    record = only_quarantined(read(tmp_path, "page.html", page))
    assert record.reason == "no main text found in HTML"
    assert record.excerpt.startswith("<html>")


# --------------------------------------------------------------------------- published_at


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2016-09-08", datetime(2016, 9, 8)),
        ("2016-09-08T10:00:00", datetime(2016, 9, 8, 10, 0)),
        ("2016-09-08T10:00:00Z", datetime(2016, 9, 8, 10, 0)),
        ("2016-09-08T01:00:00+02:00", datetime(2016, 9, 7, 23, 0)),
        ("September 8, 2016", datetime(2016, 9, 8)),
        ("8 September 2016", datetime(2016, 9, 8)),
        ("8 septembre 2016", datetime(2016, 9, 8)),
        ("Thu, 08 Sep 2016 10:00:00 +0200", datetime(2016, 9, 8, 8, 0)),
        ("12.05.2016", datetime(2016, 5, 12)),
        ("31/12/2016", datetime(2016, 12, 31)),
        (1473292800, datetime(2016, 9, 8)),
        (1473292800000, datetime(2016, 9, 8)),
    ],
)
def test_parse_published_at(value, expected):
    parsed, warning = parse_published_at(value)
    assert parsed == expected
    assert parsed.tzinfo is None
    assert warning is None


@pytest.mark.parametrize("value", ["31/31/2016", "yesterday", "5 days ago", "not a date", "Sep 2016", 42, True, ["2016"]])
def test_parse_published_at_rejects(value):
    parsed, warning = parse_published_at(value)
    assert parsed is None
    assert warning is not None and warning.startswith("unparseable published_at")


def test_parse_published_at_ambiguous_warns():
    parsed, warning = parse_published_at("03/04/2016")
    assert parsed == datetime(2016, 3, 4)
    assert warning == "ambiguous published_at '03/04/2016': read month first as 2016-03-04"


def test_parse_published_at_empty_is_silent():
    assert parse_published_at("  ") == (None, None)
    assert parse_published_at(None) == (None, None)


# --------------------------------------------------------------------------- listing


def test_list_raw_files_nested_sorted_hidden_skipped(tmp_path):
    names = ["b/z.txt", "a/c/deep.json", "a/b.jsonl", "README.md", "a.html", "b/a.txt",
             ".hidden.txt", ".git/config.txt", "a/.cache/x.txt", "b/.DS_Store"]
    shuffled = names[:]
    random.Random(7).shuffle(shuffled)
    for name in shuffled:
        write(tmp_path, name, "text")
    listed = [p.relative_to(tmp_path).as_posix() for p in list_raw_files(tmp_path)]
    # sorted part by part: the folder "a" (and all it holds) before the file "a.html"
    assert listed == ["README.md", "a/b.jsonl", "a/c/deep.json", "a.html", "b/a.txt", "b/z.txt"]
    assert list_raw_files(tmp_path) == list_raw_files(tmp_path)


def test_nested_source_path_is_relative_posix(tmp_path):
    write(tmp_path, "2016/09/feed.jsonl", '{"text": "x"}\n')
    (path,) = list_raw_files(tmp_path)
    (article,) = read_raw_file(path, tmp_path)
    assert article.source_path == "2016/09/feed.jsonl"
    assert article.record_number == 1


def test_list_raw_files_skips_fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "a.txt", "text")
    assert [p.name for p in list_raw_files(tmp_path)] == ["a.txt"]


def test_whole_folder_never_raises_and_is_deterministic(tmp_path):
    write(tmp_path, "a.txt", "Title\nText")
    write(tmp_path, "b.json", "[1, {\"text\": \"ok\"}]")
    write(tmp_path, "c.jsonl", "{bad\n{\"text\": \"ok\"}\n")
    write(tmp_path, "d.html", HTML_PAGE)
    write(tmp_path, "e.bin", os.urandom(100))
    write(tmp_path, "f.txt", b"\x00\x01\x02" * 50)

    def run():
        return [r for p in list_raw_files(tmp_path) for r in read_raw_file(p, tmp_path)]

    first = run()
    assert first == run()
    assert sum(isinstance(r, RawArticle) for r in first) == 4
    assert [r.source_path for r in first if isinstance(r, QuarantinedRecord)] == ["b.json", "c.jsonl", "e.bin", "f.txt"]


def test_raw_article_is_frozen_with_empty_warnings_default():
    article = RawArticle("a.txt", None, None, None, "x", None, None, None, None)
    assert article.warnings == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "y"  # type: ignore[misc]
