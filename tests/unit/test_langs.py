import pytest

from repshift import langs


def test_table_has_unique_codes_and_mrb_codes():
    assert len(set(langs.CODES)) == len(langs.LANGUAGES)
    assert len(langs.BY_MRB) == len(langs.LANGUAGES)
    assert langs.get("kor_Hang").code == "ko"
    assert langs.get("zh").mrb == "zho_Hans"


def test_parse_list_validates_and_dedupes():
    assert langs.parse_list("ko, de,ko,zho_Hans") == ["ko", "de", "zh"]
    with pytest.raises(langs.UnknownLanguageError, match="xx"):
        langs.parse_list("ko,xx")
    with pytest.raises(langs.UnknownLanguageError):
        langs.parse_list(" , ")


@pytest.mark.parametrize(
    ("text", "code", "ok"),
    [
        ("하루에 단백질을 얼마나 먹어야 하나요?", "ko", True),
        ("인스타그램 계정에 2단계 인증(2FA)을 켜세요.", "ko", True),
        ("How much protein should I eat?", "ko", False),
        ("每天应该吃多少蛋白质？", "zh", True),
        ("Wie viel Eiweiß sollte man essen?", "de", True),
        ("每天应该吃多少蛋白质？", "de", False),
    ],
)
def test_in_script(text, code, ok):
    assert langs.in_script(text, code) is ok
