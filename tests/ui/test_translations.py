"""The committed translations are fresh (.qm = lrelease(.ts)) and complete (lupdate agrees).

When a test here fails after you changed strings: add the Chinese to
resources/i18n/zh_CN.json and run scripts/translations.sh, then commit the .ts and .qm.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
LANGS = ("zh_CN", "en")

sys.path.insert(0, str(ROOT / "scripts"))
from ts_fill import english_forms, is_finished, mark_plurals  # noqa: E402


def tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else name


def ui_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))


def lupdate_copy(lang: str, tmp_path: Path) -> ET.ElementTree:
    """What lupdate finds in today's sources (a fresh .ts, no translations), as the script
    runs it: every message, plural ones marked (see ts_fill.mark_plurals); for English
    only the plural ones."""
    ts = tmp_path / f"debt_tracker_{lang}.ts"
    options = ["-silent", "-locations", "none", "-no-obsolete"]
    subprocess.run(
        [tool("pyside6-lupdate"), *options, *ui_sources(), "-ts", str(ts)], check=True, cwd=ROOT
    )
    tree = ET.parse(ts)
    mark_plurals(tree, plural_only=lang == "en")
    return tree


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def committed(lang: str) -> dict[tuple[str, str], ET.Element]:
    """The committed .ts's messages by (context, source)."""
    tree = ET.parse(I18N / f"debt_tracker_{lang}.ts")
    return {(ctx, m.findtext("source") or ""): m for ctx, m in messages(tree)}


@pytest.mark.parametrize("lang", LANGS)
def test_committed_qm_is_built_from_the_committed_ts(lang: str, tmp_path: Path) -> None:
    qm = tmp_path / f"debt_tracker_{lang}.qm"
    ts = I18N / f"debt_tracker_{lang}.ts"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == (I18N / qm.name).read_bytes(), "run scripts/translations.sh"


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_has_a_finished_translation(lang: str, tmp_path: Path) -> None:
    found = messages(lupdate_copy(lang, tmp_path))
    if lang == "zh_CN":
        assert len(found) >= 60  # the settings page alone has 22 strings
    done = committed(lang)
    keys = [(ctx, m.findtext("source") or "") for ctx, m in found]
    missing = [
        f"{c}|{src}" for c, src in keys if (c, src) not in done or not is_finished(done[c, src])
    ]
    plural = {key for key, m in done.items() if m.get("numerus") == "yes"}
    wanted = {
        key
        for key, m in zip(keys, (m for _c, m in found), strict=True)
        if m.get("numerus") == "yes"
    }
    assert wanted <= plural, f"plural messages committed as singular: {sorted(wanted - plural)}"
    assert missing == [], "add them to resources/i18n/zh_CN.json, run scripts/translations.sh"


def test_strings_are_extracted_with_their_context(tmp_path: Path) -> None:
    """``tr = QCoreApplication.translate; tr("Ctx", "text")`` fools lupdate.

    It reads the alias as ``tr(source, comment)``: the context becomes the text, the
    text a comment, and the translation never matches at run time. Name the alias
    ``translate`` (``translate = QCoreApplication.translate``) or spell the call out.
    """
    found = messages(lupdate_copy("zh_CN", tmp_path))
    misread = sorted(
        {f"{m.findtext('source')}: {m.findtext('comment')}" for ctx, m in found if not ctx}
    )
    assert misread == [], "rename `tr = QCoreApplication.translate` to `translate = ...`"


def test_english_plurals_come_from_the_source_text() -> None:
    # "%n day(s) late" → "%n day late" for n = 1 and "%n days late" otherwise.
    assert english_forms("%n day(s) late") == ["%n day late", "%n days late"]
    tree = ET.parse(I18N / "debt_tracker_en.ts")
    forms = {
        m.findtext("source"): [f.text for f in m.iter("numerusform")] for _c, m in messages(tree)
    }
    assert forms["%n day(s) late"] == ["%n day late", "%n days late"]


def test_translations_keep_every_placeholder() -> None:
    """``{amount}`` and ``%n`` in the English must survive in the Chinese, or .format breaks."""
    table = json.loads((I18N / "zh_CN.json").read_text(encoding="utf-8"))
    broken = {
        source: text
        for source, text in table.items()
        if sorted(re.findall(r"\{\w*\}|%n", source.split("|", 1)[-1]))
        != sorted(re.findall(r"\{\w*\}|%n", text))
    }
    assert broken == {}


def test_sentences_are_joined_the_way_each_language_writes_them() -> None:
    from ui.formatting import sentences

    assert sentences("It is late.", "Pay today.") == "It is late. Pay today."
    assert sentences("已逾期 5 天。", "今天还清。") == "已逾期 5 天。今天还清。"
    assert sentences("（目前已产生 ¥2.16）。", "", "自 11月27日起上报。") == (
        "（目前已产生 ¥2.16）。自 11月27日起上报。"
    )


def test_the_core_error_templates_list_is_fresh() -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "error_strings.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_translations_use_only_the_values_their_source_has() -> None:
    """A translated template may reorder its {fields} but not invent one (it would fall
    back to English at run time); checked for every message, the core's errors included."""
    import string

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    tree = ET.parse(I18N / "debt_tracker_zh_CN.ts")
    bad = []
    for ctx, m in messages(tree):
        source, translation = m.findtext("source") or "", m.findtext("translation") or ""
        try:
            extra = fields(translation) - fields(source)
        except ValueError:  # a source with literal braces is not a template
            continue
        if extra:
            bad.append(f"{ctx}|{source}: {sorted(extra)}")
    assert bad == []


def test_a_core_error_reads_in_chinese(qapp: object) -> None:
    from tracker.errors import InputError
    from tracker.money import parse_amount
    from ui.errors import error_text
    from ui.i18n import apply_language

    with pytest.raises(InputError) as caught:
        parse_amount("12,34.5")
    try:
        apply_language("zh_CN")
        assert error_text(caught.value) == (
            "金额 '12,34.5' 的千位分隔符位置不对（请写成 1,234.56 或 1234.56）"
        )
    finally:
        apply_language("en")
    assert error_text(caught.value) == str(caught.value)


def test_percentages_round_half_up_like_money() -> None:
    from decimal import Decimal

    from ui.formatting import percent

    # 13.025 % is exactly half way: up to 13.03 % (half-even would say 13.02 %).
    assert percent(Decimal("0.130250")) == "13.03%"
    assert percent(Decimal("0.130249")) == "13.02%"
