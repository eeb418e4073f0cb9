"""Heads, info bars and bylines in the shapes portals, apps, blogs and e-papers print them: each
test is a page written for the project, and what a user reads in the record (title, date,
writers, source, text) is checked."""

from __future__ import annotations

from pathlib import Path

from cleaner.api import clean
from cleaner.config import Config
from cleaner.filters.boilerplate import Boilerplate
from cleaner.filters.metadata import Metadata
from cleaner.filters.normalize import Normalize
from cleaner.filters.repeats import Repeats
from cleaner.model import Document, replay

BODY = [
    "6月20日上午,某某县紧密型县域医共体建设启动大会在县人民医院学术报告厅召开,各乡镇卫生院负责人参加会议。",
    "会上,县人民医院与12家乡镇卫生院签订了医共体建设协议,县级医院将向乡镇卫生院常态化派驻业务骨干。",
    "据了解,到今年年底,该县将在医共体内建成远程影像、远程心电和检验三大共享中心,实现“基层检查、县级诊断”。",
]
TITLE = "某某县启动医共体建设 首批12家乡镇卫生院“入共”"


def run(text: str, *, repeats: bool = False) -> Document:
    cfg = Config()
    doc = Document(id="page", source="page", original=text)
    stages = [Normalize(cfg), Metadata(cfg), Boilerplate(cfg)] + ([Repeats(cfg)] if repeats else [])
    for stage in stages:
        (doc,) = stage.run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return doc


def kept(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def test_a_summary_above_the_headline_leaves_the_head_below_it() -> None:
    """`导读:…` printed over the headline and its info bar: the headline, the date and the
    reporters are still read, and the summary stays as text."""
    page = ["某某县融媒体中心", "首页 / 本地 / 健康 / 正文", "导读:省级专家将每周下沉坐诊,群众在家门口就能看上省城专家。", TITLE,
            "某某县融媒体中心　2023-06-27 18:02　记者 某某某 实习生 某某", *BODY]
    doc = run("\n".join(page))
    assert (doc.title, doc.published, doc.authors) == (TITLE, "2023-06-27T18:02", ["某某某", "某某"])
    assert "导读:省级专家将每周下沉坐诊,群众在家门口就能看上省城专家。" in kept(doc)


def test_an_account_said_twice_with_the_day_alone_is_the_posts_stamp() -> None:
    page = ["低头族必看!一套颈椎操,每天5分钟远离“富贵包”", "某某县人民医院 某某县人民医院 2020-05-27", "", *BODY]
    doc = run("\n".join(page))
    # (the account that posted it, no source of the article's)
    assert (doc.published, doc.metadata.get("account_name"), doc.metadata.get("source_name")) == ("2020-05-27", "某某县人民医院", None)
    assert kept(doc) == BODY


def test_an_accounts_stamp_without_its_year_is_no_headline() -> None:
    """An app's export: the headline (an emoji first), the account alone, `3月3日`, the writer."""
    page = ["🍚 糖友吃主食,记住这“三换一控”", "某某市中心医院", "3月3日", "", "作者:营养科 某某", "", *BODY]
    doc = run("\n".join(page))
    assert doc.title == "🍚 糖友吃主食,记住这“三换一控”"
    assert doc.metadata.get("source_name") == "某某市中心医院"
    assert kept(doc) == BODY


def test_the_reporters_line_under_the_lead_is_the_byline_but_not_one_briefs_among_several() -> None:
    more = [f"第{n}条:{line}" for n in range(2, 5) for line in BODY]
    page = [TITLE, "发布时间:2019-06-21 18:02", BODY[0], "记者 某某某 通讯员 某某", *BODY[1:], *more]
    doc = run("\n".join(page))
    assert doc.authors == ["某某某", "某某"]
    assert kept(doc) == [*BODY, *more]
    # Each brief under its own reporters (a digest of briefs): the first is not the page's.
    briefs = [TITLE, "发布时间:2019-06-21 18:02", BODY[0], "记者 某某某 通讯员 某某", *BODY[1:], "记者 某某甲 通讯员 某某乙", *more]
    assert "某某某" not in run("\n".join(briefs)).authors


def test_a_photo_gallerys_bar_with_its_size_is_read() -> None:
    page = ["高清图:某某半马鸣枪 两万跑者穿越老城", "2014年11月23日 10:45 来源:某某体育 摄影:某某某 共8张", *BODY]
    doc = run("\n".join(page))
    assert (doc.published, doc.metadata.get("source_name"), doc.authors) == ("2014-11-23T10:45", "某某体育", ["某某某"])


def test_a_search_boxs_popular_words_and_a_column_over_the_bar_are_no_title_or_writer() -> None:
    """The headline under the info bar; above the bar the search box's 热门搜索 and the column's name."""
    page = ["某某区卫生和计划生育局", "首页 | 机构设置 | 政务公开 | 卫生动态 | 计生动态 | 办事指南 | 网上信访",
            "热门搜索:家庭医生 计划免疫 生育服务证", "卫生动态", "【来源:区卫生计生局 | 发布日期:2016-09-22 | 阅读次数:】", TITLE, *BODY]
    doc = run("\n".join(page))
    assert (doc.title, doc.authors) == (TITLE, [])
    assert kept(doc) == BODY


def test_the_same_day_with_its_time_is_the_finer_date() -> None:
    page = [TITLE, "发布机构:某某县人民政府办公室  生成日期:2022-01-14", "发布时间:2022-01-14 15:40:12 来源:某某县人民政府办公室", *BODY]
    assert run("\n".join(page)).published == "2022-01-14T15:40:12"


def test_the_page_title_line_with_the_sites_name_is_a_copy_of_the_headline() -> None:
    page = [f"{TITLE}_某某乡人民政府", "某某乡人民政府", "首页", TITLE, "作者:某某 发布时间:2012-08-15", *BODY]
    doc = run("\n".join(page), repeats=True)
    assert doc.title == TITLE
    assert kept(doc) == BODY


def test_old_portal_bars_are_read_and_their_widgets_are_no_source() -> None:
    """A menu ending in `English`, the portal's name before the time, a comment button after the
    outlet, an engagement count after the source, the page's address before the time, and the
    update stamp that is the bar's only date."""
    menu = "某某新闻网 首页 | 新闻 | 国内 | 国际 | 社会 | 财经 | 金融 | 房产 | 汽车 | IT | 健康 | 体育 | 娱乐 | 文化 | 图片 | 视频 | English"
    cases = {
        "2012年10月09日 16:45 来源:某某新闻网 参与互动(12)": ("2012-10-09T16:45", "某某新闻网"),
        "某某网  2011年06月22日10:15  某某新闻社  我要评论(45)": ("2011-06-22T10:15", "某某新闻社"),
        "2010-11-03 07:42:15　来源: 某某日报(某某)　有1326人参与 跟贴 326 条　手机看新闻": ("2010-11-03T07:42:15", "某某日报"),
        "http://news.example.com  2004-3-18 11:20:35": ("2004-03-18T11:20:35", None),
        "文章来源:某某在线    点击数:2317    更新时间:2009-9-17 9:38:14": ("2009-09-17T09:38:14", "某某在线"),
    }
    for bar, (published, source) in cases.items():
        doc = run("\n".join([menu, TITLE, bar, *BODY]))
        assert (doc.title, doc.published, doc.metadata.get("source_name")) == (TITLE, published, source), bar
        assert kept(doc) == BODY, bar


def test_a_source_with_its_bracketed_date_is_no_source_name() -> None:
    doc = run("\n".join([TITLE, "作者:某某某    来源:某某医学院    [2009-05-20]    点击:1092", *BODY]))
    assert (doc.published, doc.metadata.get("source_name")) == ("2009-05-20", "某某医学院")


def test_a_reporters_notes_box_is_no_byline() -> None:
    page = [TITLE, "2020-09-29 07:15 本报记者 某某某", *BODY, "记者手记", "接种点的护士说,今年来打疫苗的老人明显多了。"]
    doc = run("\n".join(page))
    assert doc.authors == ["某某某"]
    assert "记者手记" in kept(doc)


def test_an_apps_account_over_its_counters_is_the_source() -> None:
    for bar, source, published in (
        ("i某川 2022-10-26 17:40 阅读 4.1万", "i某川", "2022-10-26T17:40"),
        ("某某县融媒体中心 | 2019/10/15 | 阅读 2208", "某某县融媒体中心", "2019-10-15"),
    ):
        doc = run("\n".join([TITLE, bar, *BODY]))
        assert (doc.published, doc.metadata.get("source_name")) == (published, source), bar
        assert kept(doc) == BODY, bar


def test_reporters_before_the_leads_first_words_are_lifted_the_sentence_stays() -> None:
    lead = "9月12日上午,某某县妇幼保健院预防接种门诊里排起了整齐的队伍,适龄女生在家长陪同下有序接种。"
    doc = run("\n".join([TITLE, "2023-09-13 08:47", f"　　记者 某某某 通讯员 某某 {lead}", *BODY]))
    assert doc.authors == ["某某某", "某某"]
    assert kept(doc)[0] == lead


def test_the_dateline_under_an_editors_note_gives_the_writers() -> None:
    note = "编者按:在交通不便的大山深处,有这样一群乡村医生,二十年如一日守护着村民的健康。今天,我们走近其中一位。"
    lead = "某某社某地3月5日电(记者 某某某、某某)清晨6点,天还没亮透,乡村医生已经背起药箱出门。"
    doc = run("\n".join([TITLE, "2007-03-05 14:26:09 来源:某某社", note, lead, *BODY]))
    assert doc.authors == ["某某某", "某某"]
    assert note in kept(doc)


def test_names_alone_in_brackets_under_the_story_are_its_writers() -> None:
    doc = run("\n".join([TITLE, "2005-04-12 08:37 来源:某某日报", *BODY, "（刘某某 杜某）", "(责任编辑:宋某)"]))
    assert doc.authors == ["刘某某", "杜某"]
    assert kept(doc) == BODY


def test_a_blogs_bars_give_the_date_and_the_writer_and_its_counters_are_no_title() -> None:
    cases = [
        (["小儿高热惊厥:家长最该记住的三件事", "2012-09-27 16:08:44 转载 标签:高热惊厥 儿童 急救"], "2012-09-27T16:08:44", []),
        (["写给规培医生:如何读一篇随机对照试验", "已有 3418 次阅读 2013-6-18 09:12 |个人分类:教学笔记|系统分类:科研笔记"], "2013-06-18T09:12", []),
        (["雪天出诊", "2012-02-08 20:33", "阅读(45)评论(3)"], "2012-02-08T20:33", []),
        (["绝经后腰背痛,别只想到腰肌劳损", "发表者:李某某 2873人已读", "2014-04-09 10:00"], "2014-04-09T10:00", ["李某某"]),
    ]
    for head, published, authors in cases:
        doc = run("\n".join([*head, *BODY]))
        assert (doc.title, doc.published, doc.authors) == (head[0], published, authors), head
        assert kept(doc) == BODY, head


def test_a_reposts_original_writer_and_source() -> None:
    doc = run("\n".join([TITLE, "2008-07-19 10:00", "转载自:原作者:某某某 来源:《某某晚报》健康周刊", *BODY]))
    assert (doc.authors, doc.metadata.get("source_name")) == (["某某某"], "《某某晚报》健康周刊")


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_epapers_headline_when_its_title_tag_names_only_the_paper_or_the_edition(tmp_path: Path) -> None:
    """The <title> names the paper (某某都市报) or the edition (…电子版--B03版:健康周刊): the title is
    the system's own (`enpproperty` comment, `<founder-title>`), the top heading, or the cell set in
    the headline's big type, never the 引题 above it nor the 副题 under it."""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    nav = '<div class="bar">2021年04月14日 A06版:健康 <a href="a.htm">上一版</a> <a href="b.htm">下一版</a></div>'
    headline = "三成中学生视力不达标 护眼要从课间十分钟开始"
    pages = {
        "h1.html": f'<html><head><title>某某都市报</title></head><body>{nav}<p class="lead-title">近视防控,学校家庭怎么做</p>'
                   f"<h1>{headline}</h1><p class='byline'>本报记者 某某某</p>{paras}</body></html>",
        "founder.html": f"<html><head><title>某某日报</title></head><body>{nav}<table>"
                        "<tr><td><founder-introtitle>连续多日最高气温超过37℃</founder-introtitle></td></tr>"
                        f"<tr><td><founder-title>{headline}</founder-title></td></tr>"
                        "<tr><td><founder-subtitle>医生提醒:户外作业者是高危人群</founder-subtitle></td></tr></table>"
                        f"{paras}</body></html>",
        "enp.html": f"<html><head><title>某某日报</title></head><body><!--enpproperty <date>2018-07-24</date><title>{headline}</title>"
                    f"<subtitle>医生提醒</subtitle>/enpproperty-->{nav}<div>近视防控,学校家庭怎么做</div><div><b>{headline}</b></div>"
                    f"<div>医生提醒</div>{paras}</body></html>",
        "font.html": f"<html><head><title>某某晚报电子版--B03版:健康周刊</title></head><body>{nav}<table>"
                     "<tr><td class='px14'>5·12国际护士节特别报道</td></tr>"
                     f"<tr><td><font style='font-size:24px;font-weight:bold'>{headline}</font></td></tr></table>{paras}</body></html>",
    }
    for name, page in pages.items():
        (doc,) = clean([_write(tmp_path, name, page)]).documents
        assert doc.title == headline, name


def test_guest_comments_with_their_stamps_on_one_line_go_under_the_story() -> None:
    """An old portal's comment box: its heading with a note in brackets, then each guest's name,
    time and words on one line."""
    comments = ["网友评论:(只显示最新10条。评论内容只代表网友观点,与本站立场无关!)",
                "某某网友 2009-9-17 10:12:05 这个好,支持!", "匿名 2009-9-17 11:40:33 一天60块能请到人吗", "发表评论"]
    more = [f"第{n}条:{line}" for n in range(2, 4) for line in BODY]
    doc = run("\n".join([TITLE, "2009-09-17 09:38 来源:某某在线", *BODY, *more, *comments]))
    assert kept(doc) == [*BODY, *more]


def test_a_blog_themes_comments_and_sidebar_after_the_post_go() -> None:
    """Under a post: the comments' count, each comment's name with the date in words and the
    time with its half of the day, the reply form and the recent posts and comments."""
    tail = ["3 条评论", "小满妈 2016年4月10日 上午8:14", "太及时了,我家刚好拖了一个月的百白破。", "回复",
            "老周 2016年4月10日 上午9:02", "不客气,记得带上接种本。", "回复", "发表回复", "近期文章", "手足口病高发季,幼儿园该怎么消毒"]
    more = [f"第{n}条:{line}" for n in range(2, 4) for line in BODY]
    doc = run("\n".join([TITLE, "2016-04-09 21:30", *BODY, *more, *tail]))
    assert kept(doc) == [*BODY, *more]


def test_an_author_cards_badge_button_and_platform_around_its_stamp() -> None:
    # (a writer's own account names no source; an outlet's account, 某某融媒, is the outlet)
    cases = {
        "某某医生 2024-02-18 20:03 发布于北京 某某新闻健康科普作者 关注": (None, "2024-02-18T20:03"),
        "某某大夫 2018.04.17 一点号": (None, "2018-04-17"),
        "某某融媒 优质地方领域创作者 昨天 19:26 发布于 湖北": ("某某融媒", None),
    }
    for bar, (source, published) in cases.items():
        doc = run("\n".join([TITLE, bar, *BODY]))
        assert (doc.title, doc.metadata.get("source_name"), doc.published) == (TITLE, source, published), bar
        assert kept(doc) == BODY, bar


def test_a_writers_post_after_a_comma_and_a_photo_and_text_credit_name_the_writer() -> None:
    for credit, name in (("作者：赵某某，某某市人民医院急诊科副主任医师", "赵某某"), ("图文：向某某", "向某某")):
        doc = run("\n".join([TITLE, "2023-06-12 18:40", *BODY, credit, "编辑：覃某"]))
        assert doc.authors == [name], credit
        assert kept(doc) == BODY, credit


def test_a_subtitle_after_a_break_in_the_headings_element_is_kept_as_the_subtitle(tmp_path: Path) -> None:
    """`<h1>headline<br/><span>——记…</span></h1>`: the 副标题 is the record's subtitle, not lost."""
    page = ("<html><head><title>大山里的守门人_某某医学院</title></head><body><div id='Article'>"
            "<h1>大山里的守门人<br /><span>——记我校2009届临床医学专业校友、某某乡卫生院院长某某某</span></h1>"
            "<div class='info'>来源：党委宣传部 | 日期：2016-11-03 10:15:22</div>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</div></body></html>")
    (doc,) = clean([_write(tmp_path, "sub.html", page)]).documents
    assert doc.title == "大山里的守门人"
    assert doc.metadata.get("subtitle") == "记我校2009届临床医学专业校友、某某乡卫生院院长某某某"


def test_a_table_of_contents_above_the_text_goes_its_headings_stay() -> None:
    """A blog's contents (its entries numbered or not) over the post: each entry is a heading
    further down, with text between them; the entries go, the headings stay."""
    parts = {
        "为什么术后会冷": "手术室的温度通常只有二十二度左右,病人身上盖得少,腹腔打开后热量散得很快,一台手术下来核心体温会降一两度。",
        "我们在复苏室做什么": "病人一进复苏室,我们先盖上充气保温毯,输进去的液体也会先加温,同时每十五分钟量一次体温。",
        "写在最后": "发抖本身不可怕,可怕的是没人告诉病人为什么抖。多解释一句,病人就少害怕一分。",
    }
    text = [line for heading, para in parts.items() for line in (heading, para)]
    for contents in ([f"{n}. {h}" for n, h in enumerate(parts, 1)], list(parts)):
        doc = run("\n".join([TITLE, "2023-02-16 21:30", BODY[0], *contents, *text]), repeats=True)
        assert kept(doc) == [BODY[0], *text], contents
    # Short lines repeated with no text between their copies are no contents.
    verse = ["春风又绿江南岸", "明月何时照我还", "一夜乡心五处同"]
    doc = run("\n".join([TITLE, "2023-02-16 21:30", BODY[0], *verse, BODY[1], *verse, BODY[2]]), repeats=True)
    assert kept(doc)[1:4] == verse


def test_a_stated_source_under_the_story_wins_over_a_site_named_without_a_label_in_the_bar() -> None:
    doc = run("\n".join([TITLE, "2006-05-29 10:46:52 某某网", *BODY, "【来源：某某市卫生局】"]))
    assert doc.metadata.get("source_name") == "某某市卫生局"
    doc = run("\n".join([TITLE, "2024年12月16日 09:32  某某融媒", *BODY, "（来源：某某县融媒体中心）"]))
    assert doc.metadata.get("source_name") == "某某县融媒体中心"
    # (a department named there supplied it: under a channel account's line, which names no source, it is the source)
    doc = run("\n".join([TITLE, "原创 某某市妇幼保健院 某某妇幼 2024-08-02 17:30 发表于湖南", *BODY, "来源:产科 儿童保健科"]))
    assert (doc.metadata.get("source_name"), doc.metadata.get("account_name")) == ("产科 儿童保健科", "某某妇幼")
    # (a labelled source in the bar stays the source)
    doc = run("\n".join([TITLE, "2006-05-29 10:46:52 来源：某某日报", *BODY, "【来源：某某市卫生局】"]))
    assert doc.metadata.get("source_name") == "某某日报"


def test_an_epapers_edition_bar_with_its_issue_number_is_read() -> None:
    bar = "出版日期：2010年4月2日　第14期（总第327期）　第2版：公告·信息　上一版　下一版　往期回顾"
    doc = run("\n".join([bar, TITLE, *BODY]))
    assert (doc.title, doc.published) == (TITLE, "2010-04-02")
    assert kept(doc) == BODY


def test_the_update_stamp_over_the_headers_day_and_other_bar_values() -> None:
    """An old hospital site: the header's `今天是…` is the day the page was viewed, the bar's
    `更新时间` the article's; a paper in book-title marks; a comment count after the source; a
    day-first date alone; a programme's air time; 文字整理 credits the writer; `发表` after a name."""
    doc = run("\n".join(["今天是2005年4月12日", TITLE, "作者：佚名  来源：本站原创  点击数：213  更新时间：2005-4-8", *BODY]))
    assert doc.published == "2005-04-08"
    doc = run("\n".join([TITLE, "发布人：admin   发布时间：2008-11-20 10:32:15   信息来源：《某某日报》", *BODY]))
    assert doc.metadata.get("source_name") == "某某日报"
    doc = run("\n".join([TITLE, "2015-10-19 08:12:05　来源：某某晚报　参与评论(18)人", *BODY]))
    assert doc.metadata.get("source_name") == "某某晚报"
    doc = run("\n".join([TITLE, "15/11/2017", "撰文：某某某", *BODY]))
    assert (doc.published, doc.authors) == ("2017-11-15", ["某某某"])
    doc = run("\n".join([TITLE, "节目：《健康直通车》　播出时间：2019-11-06 10:00　主持人：某某", "文字整理：某某某", *BODY]))
    assert (doc.title, doc.published, doc.authors) == (TITLE, "2019-11-06T10:00", ["某某某"])
    doc = run("\n".join([TITLE, "作者：某某某 主任医师  2019-04-22 16:08 发表", *BODY]))
    assert "发表" not in doc.authors


def test_a_documents_number_with_its_signer_and_a_closing_date_stay() -> None:
    """A red-headed notice: its number with the signer beside it, its signature and a date in
    Chinese numerals written with ○; a Hong Kong release's date with its weekday; a hotline."""
    notice = ["某卫急〔2020〕31号　　　　　　签发人：钟某某", "关于做好洪涝灾害卫生应急工作的紧急通知", "各市、县卫生健康局：", *BODY,
              "某某省卫生健康委员会", "二○○八年十二月二十六日"]
    doc = run("\n".join(["某某省卫生健康委员会", "", *notice]))
    assert all(line in kept(doc) for line in [notice[0], *notice[-2:]]), kept(doc)
    release = [*BODY, "查詢熱線：2831 3731（辦公時間）", "完", "", "2023年7月4日（星期二）"]
    doc = run("\n".join([TITLE, *release]))
    assert "2023年7月4日（星期二）" in kept(doc) and "查詢熱線：2831 3731（辦公時間）" in kept(doc)


def test_a_platform_accounts_id_in_the_meta_gives_way_to_the_stated_source(tmp_path: Path) -> None:
    """A platform page names its account in `<meta name="mediaid">`; the article ends with the
    source it states (来源:某某市第二人民医院): that is the source, the account is kept as such."""
    page = ('<html><head><title>护士节表彰大会_某某号</title><meta name="mediaid" content="某某二院"/></head><body>'
            f"<h1>{TITLE}</h1><div class='article'>" + "".join(f"<p>{p}</p>" for p in BODY)
            + "<p>审核：何某某</p><p>来源：某某市第二人民医院</p></div></body></html>")
    (doc,) = clean([_write(tmp_path, "acct.html", page)]).documents
    assert (doc.metadata.get("source_name"), doc.metadata.get("account_name")) == ("某某市第二人民医院", "某某二院")


def test_a_long_headline_over_its_date_bar_is_not_taken_for_a_cut_paragraph() -> None:
    """A headline of some length with no stop at its end, over `發佈日期:…`, over the body: the
    headline and the date are read (no page break joined the headline to the body)."""
    headline = "腸病毒進入流行期 上週門急診就診人次較前週上升16% 某某署籲落實手部衛生"
    body = ["某某署今（21）日表示，國內腸病毒疫情持續上升，上週門急診腸病毒就診人次共計9,872人次，較前一週上升16%。",
            "某某署監測資料顯示，近期社區以克沙奇A型病毒為主，今年累計2例腸病毒感染併發重症確定病例，目前皆已出院。"]
    doc = run("\n".join(["分享至Facebook  分享至LINE", headline, "發佈日期：104年4月21日", *body]))
    assert (doc.title, doc.published) == (headline, "2015-04-21")


def test_a_threads_first_stamp_below_its_posters_panel_gives_the_date() -> None:
    """A forum thread: the subject, the poster's panel of a dozen lines, then the first post's
    stamp; the guest bar is no title; a board archive's wrapper is taken off the subject."""
    panel = ["青苔巷的猫", "UID", "38811", "帖子", "156", "主题", "12", "积分", "532", "中级会员", "电梯直达", "楼主"]
    subject = "甲状腺结节要不要手术？有没有在市二院做过的朋友说说"
    page = ["欢迎您：游客，您还没有 [注册] 或 [登录] ┊ 论坛状态 ┊ 在线列表", subject, *panel,
            " 发表于 2012-3-14 21:05:33 | 只看该作者 |倒序浏览", *BODY]
    doc = run("\n".join(page))
    assert doc.published == "2012-03-14T21:05:33"
    assert doc.title != page[0]
    doc = run("\n".join([f"查看完整版本: [-- {subject} --]", "兰草青青 2008-04-17 22:36", *BODY]))
    assert doc.title == subject


def test_a_preview_cut_off_with_its_expander_gives_way_to_the_whole_paragraph() -> None:
    """`…超过五成。...展开全文` over the same paragraph in full: the expander goes, and the
    whole paragraph is the copy kept."""
    lead = BODY[0]
    doc = run("\n".join([TITLE, "2016-05-12 08:23", lead + "...展开全文", lead, *BODY[1:]]), repeats=True)
    assert kept(doc) == BODY


def test_a_tables_header_row_over_its_data_is_no_menu() -> None:
    table = ["岗位名称 | 招聘人数 | 学历要求 | 专业要求 | 其他条件", "临床医师 | 6 | 全日制本科及以上 | 临床医学 | 具有执业医师资格",
             "护士 | 10 | 大专及以上 | 护理学 | 具有护士执业资格"]
    doc = run("\n".join(["一、招聘岗位及条件", *table, *BODY]))
    assert kept(doc)[:4] == ["一、招聘岗位及条件", *table]


def test_a_web_clippers_front_matter_gives_the_fields_and_goes() -> None:
    page = ["---", 'title: "宝宝烧到39℃要不要马上去医院？儿科医生：先看这3点"', 'source: "https://mp.weixin.qq.com/s/abc"',
            "author:", '  - "[[某某市儿童医院]]"', "published: 2022-12-16", "tags:", '  - "clippings"', "---", *BODY]
    doc = run("\n".join(page))
    assert (doc.title, doc.published, doc.metadata.get("url")) == ("宝宝烧到39℃要不要马上去医院？儿科医生：先看这3点", "2022-12-16", "https://mp.weixin.qq.com/s/abc")
    assert kept(doc) == BODY


def test_a_portals_comments_with_masked_addresses_and_counted_buttons_go() -> None:
    comments = ["网易跟贴", "网易浙江省杭州市手机网友 ip:115.196.*.*  2016-11-02 10:03", "这个好,我外婆就需要", "顶[28] 踩 回复 收藏 分享",
                "网易广东省广州市网友 ip:113.108.*.*  2016-11-02 11:20", "希望全国推广", "顶[9] 踩 回复 收藏 分享"]
    more = [f"第{n}条:{line}" for n in range(2, 4) for line in BODY]
    doc = run("\n".join([TITLE, "2016-11-02 08:00 来源:某某日报", *BODY, *more, *comments]))
    assert kept(doc) == [*BODY, *more]


def test_a_posts_region_and_a_boards_software_are_no_writers(tmp_path: Path) -> None:
    doc = run("\n".join([TITLE, "作者：某某新闻记者 伍某某　来源：某某新闻", "2024-03-07 10:48:12 四川 浏览量 36.4万", *BODY]))
    assert "四川" not in doc.authors
    page = ('<html><head><title>白沙镇卫生院来了省城专家 - 某某论坛 - Powered by Discuz!</title>'
            '<meta name="author" content="Discuz! Team and Comsenz UI Team" /></head><body>'
            f"<h1>{TITLE}</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + "</body></html>")
    (doc,) = clean([_write(tmp_path, "dz.html", page)]).documents
    assert not any("Team" in a for a in doc.authors)


def test_a_later_pages_headline_with_its_bare_page_number_goes() -> None:
    """A multi-page article's later page repeats the site's head and the headline with `第2页`
    after it: that head goes (as one with `(2)` does), both parts stay."""
    head = ["某某热线 www.example.net", "首 页 ｜ 新 闻 ｜ 房 产 ｜ 汽 车 ｜ 健 康 ｜ 社 区"]
    part2 = [f"第二部分:{line}" for line in BODY]
    doc = run("\n".join([*head, TITLE, "2006-05-12 08:00 来源:某某晚报", *BODY, "上一页 1 2 下一页", *head, f"{TITLE} 第2页", *part2]))
    lines = kept(doc)
    assert f"{TITLE} 第2页" not in lines and head[1] not in lines
    assert [line for line in lines if line in BODY or line in part2] == [*BODY, *part2]
