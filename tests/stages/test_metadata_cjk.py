"""stages.metadata_cjk: a Chinese, Japanese or Korean byline gives the article's author: a writer's
label (`作者：`, `文：`, `筆者：`) first, then a writer's box under the article (`この記事を書いた人`),
then a reporter's line (`本报记者 …`, `… 기자`), last the editor's line at the foot (`责任编辑：`);
a photo's credit (`… 摄`) and a sentence that mentions a reporter name no one."""

import pytest

from cleaner import Cleaner

HEADS = {"zh": "老城区改造工程本周启动", "ja": "旧市街の再整備、今週から工事始まる", "ko": "구도심 정비 공사 이번 주 시작"}
PROSE = {
    "zh": ("本周一，老城区改造工程正式启动，首批将翻新沿河的十二条街巷，预计明年春天完工。\n"
           "施工期间，部分路段将实行单向通行，公交线路也会临时调整，市民出行前可以先查询最新信息。\n"
           "住在河边的一位老人说，盼了很多年，终于等到老房子修缮的这一天了。\n"),
    "ja": ("市は今週、旧市街の再整備工事を始めた。川沿いの十二の通りを順に改修し、来年春の完成を目指す。\n"
           "工事の間は一部の道路が一方通行となり、バスの路線も一時的に変更されるため、市は事前の確認を呼びかけている。\n"
           "川沿いに住む女性は「長年待っていた。古い家並みがきれいになるのが楽しみだ」と話した。\n"),
    "ko": ("시는 이번 주 구도심 정비 공사를 시작했다고 밝혔다. 강변의 골목 열두 곳을 차례로 고쳐 내년 봄에 마칠 계획이다.\n"
           "공사 기간에는 일부 도로가 일방통행으로 바뀌고 버스 노선도 잠시 달라지므로 시는 미리 확인해 달라고 당부했다.\n"
           "강가에 사는 한 주민은 오래 기다린 일이라며 골목이 깨끗해지기를 바란다고 말했다.\n"),
}
MENU = {"zh": "首页\n新闻\n本地\n", "ja": "ホーム\nニュース\n地域\n", "ko": "홈\n뉴스\n지역\n"}


def cjk_page(language: str, under: str = "", foot: str = "", lead: str = "") -> str:
    """A news page: menu, headline, the lines `under` it, the article (opened by `lead`), the lines at its `foot`."""
    parts = [MENU[language], HEADS[language], "\n", under, "\n" if under else "", lead, PROSE[language], foot]
    return "".join(parts) + ("\n" if foot else "") + "关于我们\n联系我们\n"


def author(page: str) -> tuple[str, ...] | None:
    return Cleaner(site_rules=False).clean(page, kind="text").author


@pytest.mark.parametrize(("under", "foot", "expected"), [
    ("2024-03-04 08:30 来源：河东日报 作者：张晓燕", "", ("张晓燕",)),  # a source line
    ("作者：欧阳明、李红", "", ("欧阳明", "李红")),
    ("2024-03-04 来源：河东日报 作者：张晓燕", "责任编辑：刘洋", ("张晓燕",)),  # the writer before the editor
    ("2024-03-04 来源：河东日报", "责任编辑：刘洋", ("刘洋",)),  # no writer: the editor signs
    ("2024-03-04 来源：河东日报\n本报记者 陈晨", "责任编辑：刘洋", ("陈晨",)),  # the reporter before the editor
    ("2024-03-04 来源：河东日报\n本报记者 陈晨 周楠", "", ("陈晨", "周楠")),
    ("2024-03-04 来源：河东日报\n河东日报记者：陈晨", "", ("陈晨",)),
    ("2024-03-04 来源：河东日报", "（记者 陈晨）", ("陈晨",)),
])
def test_a_chinese_byline_names_the_author(under, foot, expected):
    assert author(cjk_page("zh", under, foot)) == expected


@pytest.mark.parametrize(("lead", "expected"), [("记者陈晨／河东报道　", ("陈晨",)), ("記者陳晨/台北報導　", ("陳晨",))])
def test_a_reporters_name_before_the_place_of_the_report_is_the_author(lead, expected):
    assert author(cjk_page("zh", "2024-03-04 来源：河东日报", lead=lead)) == expected


def test_a_chinese_reporter_opening_the_lead_is_the_author():
    page = cjk_page("zh", "2024-03-04 来源：河东日报", lead="本报讯（记者 陈晨 通讯员 李想）")
    assert author(page) == ("陈晨",)


@pytest.mark.parametrize("line", ["河东日报记者 陈晨 摄", "经营者告诉本报记者，今年的订单比去年多。"])
def test_a_photo_credit_or_a_sentence_names_no_chinese_reporter(line):
    page = cjk_page("zh", "2024-03-04 来源：河东日报", "（记者 周楠）", lead=f"{line}\n")
    assert author(page) == ("周楠",)  # the reporter at the foot, not the photographer nearer the headline


@pytest.mark.parametrize(("under", "foot", "expected"), [
    ("2024年3月4日 9時00分\n文：山田 花子", "", ("山田 花子",)),  # a space inside a Japanese name
    ("2024年3月4日\n筆者：タナカ・ミキ", "", ("タナカ・ミキ",)),
    ("2024年3月4日", "関連記事\n駅前に新しい図書館\nこの記事を書いた人\n山田 花子\n社会部", ("山田 花子",)),
    ("2024年3月4日\n地域報道部 山田花子記者", "", ("山田花子",)),  # a desk, then the reporter's name
])
def test_a_japanese_byline_names_the_author(under, foot, expected):
    assert author(cjk_page("ja", under, foot)) == expected


@pytest.mark.parametrize(("under", "lead", "expected"), [
    ("2024.03.04 09:00\n김민준 기자 minjun@example.kr", "", ("김민준",)),
    ("2024.03.04 09:00", "[서울=한빛뉴스] 이서연 기자 = ", ("이서연",)),
])
def test_a_korean_reporter_is_the_author(under, lead, expected):
    assert author(cjk_page("ko", under, lead=lead)) == expected
