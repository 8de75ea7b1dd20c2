"""page.cjk_prose: a Chinese or Japanese news lead in telegraph style, which names the day, the
place and the figures with hardly a function character, is prose that opens the body; a menu
and a teaser's headline with a comma stay out."""

from __future__ import annotations

import pytest

from cleaner.page.cjk_prose import clauses

PAGES = {
    "zh": ("新建体育馆今日开放",
           "6月1日，市体育中心新馆正式开放。新馆建筑面积约3万平方米，设座位8000席。",
           ["开馆当天，不少市民带着孩子前来参观，工作人员说，周末的游泳课名额已经全部约满了。",
            "据了解，新馆的各个场地将在工作日的晚上和周末向市民开放，票价比旧馆降低了一些。",
            "有关负责人表示，接下来还会在馆外增加停车位，方便从外区过来的市民。"],
           ["首页", "体育", "本地"], ["相关新闻", "夏季游泳课，报名开始", "地铁站新增出口"]),
    "ja": ("新体育館がきょう開館",
           "市体育センター新館、1日開館。延べ床面積約3万平方メートル、観客席8000席。",
           ["開館日には多くの市民が子どもを連れて訪れ、職員によると週末の水泳教室はすでに満員になったという。",
            "新館の各施設は平日の夜と週末に市民に開放され、料金は旧館よりも少し安くなる。",
            "市の担当者は、今後は館の外に駐車場を増やして、ほかの区から来る人にも使いやすくしたいと話した。"],
           ["ホーム", "スポーツ", "地域"], ["関連記事", "夏の水泳教室、受付開始", "駅に新しい出口"]),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_telegraphic_lead_opens_the_body(generic_cleaner, language):
    headline, lead, story, menu, foot = PAGES[language]
    page = "\n".join([*menu, headline, "2024-06-01 10:00", lead, *story, *foot, "Copyright © 2024"])
    article = generic_cleaner.clean(page, kind="text")
    assert article.body.split("\n\n") == [lead, *story]


@pytest.mark.parametrize("line", ["夏季游泳课，报名开始", "市営バス、4月から運賃を一律200円に", "首页 > 新闻 > 社会",
                                  "分享到：微信、微博"])
def test_a_headline_or_a_menu_strings_no_clauses(line):
    assert not clauses(line)


@pytest.mark.parametrize("line", [PAGES["zh"][1], PAGES["ja"][1]])
def test_a_lead_strings_clauses(line):
    assert clauses(line)
