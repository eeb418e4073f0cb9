"""Forum threads, blog posts and portal pages as a generic scraper saves them (every block on a
line of its own, the page's <title> first): each test is a page written for the project, and
what a user reads in the record (title, date, writers, source, text) is checked."""

from __future__ import annotations

from cleaner.api import clean_text
from cleaner.model import Document

POST = [
    "上周末去看了新房的水电改造，师傅手艺不错，开槽横平竖直，线管都用的是国标的，比我想象的规矩。",
    "总价比报价多了八百，主要是厨房和卫生间多加了几个插座，这个钱我觉得花得值。",
    "下一步是防水，闭水试验要做满四十八小时，到时候再来更新。",
]


def _one(text: str) -> Document:
    docs = clean_text(text)
    assert len(docs) == 1
    return docs[0]


def _lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


THREAD = [
    "九十平两居室半包实录：水电篇，花了多少钱全写出来了 - 装修日记 - 滨江家园论坛 - Powered by Discuz!",
    "设为首页",
    "收藏本站",
    "快捷导航",
    "滨江家园论坛 » 论坛 › 装修日记 › 九十平两居室半包实录：水电篇，花了多少钱全写出来了",
    "返回列表",
    "发新帖",
    "查看: 4826|回复: 63",
    "[装修日记] 九十平两居室半包实录：水电篇，花了多少钱全写出来了",
    "[复制链接]",
    "栗子装修中",
    "当前离线",
    "积分",
    "3520",
    "注册时间",
    "2011-11-8",
    "发消息",
    "电梯直达",
    "楼主",
    "发表于 2014-5-12 21:15:07 | 只看该作者 |倒序浏览",
    *POST,
    "回复 引用 举报",
    "老街坊阿强",
    "当前离线",
    "沙发",
    "发表于 2014-5-12 21:22:40 | 只看该作者",
    "恭喜楼主！插座多加几个总是没错的，我家就是装少了，现在到处拉插线板。",
    "木木妈",
    "板凳",
    "发表于 2014-5-12 22:03:11 | 只看该作者",
    "请问开槽是按米算还是按点位算？",
    "Powered by Discuz! X3.1",
]


def test_a_thread_s_subject_over_the_poster_s_panel_is_the_title_and_the_replies_go() -> None:
    """The <title> line first, the breadcrumb, the subject with its board's tag, the first poster's
    panel (积分, 注册时间, 楼主), then the first post and its replies under 沙发, 板凳."""
    doc = _one("\n".join(THREAD))
    assert doc.title == "九十平两居室半包实录：水电篇，花了多少钱全写出来了"
    assert doc.published == "2014-05-12T21:15:07"
    lines = _lines(doc)
    for p in POST:
        assert p in lines
    assert "插线板" not in doc.text and "按米算" not in doc.text
    assert "2011-11-8" not in (doc.published or "")


def test_a_page_title_line_with_the_site_last_gives_its_headline() -> None:
    """A travel note whose only headline is the page's <title> line (`headline - board - site`)."""
    text = "\n".join([
        "国庆自驾川西小环线七日游记，新都桥的光影真的没让我失望 - 自驾游记 - 背包驴友之家",
        "国庆七天，三个人一辆车，从成都出发绕了一圈川西小环线，一路上的风景比照片里还要好看。",
        "第一天从成都到康定，过了二郎山隧道天就放晴了，晚上在康定吃了一顿热乎乎的牦牛肉火锅。",
    ])
    assert _one(text).title == "国庆自驾川西小环线七日游记，新都桥的光影真的没让我失望"


def test_blog_stamps_give_the_day_and_the_writer() -> None:
    """`发表于 2012年3月5日 由 某某` under a post's title (WordPress), `posted @ … 某某 阅读(…)`
    under it (cnblogs), a day in brackets before the title (PJBlog)."""
    doc = _one("\n".join(["初读《万历十五年》的一点笔记", "发表于 2012年3月5日 由 阿澈", *POST]))
    assert (doc.title, doc.published, doc.authors) == ("初读《万历十五年》的一点笔记", "2012-03-05", ["阿澈"])
    doc = _one("\n".join(["写代码的第十年", *POST, "posted @ 2015-03-28 22:41 阿飞的码农日常 阅读(3517) 评论(48) 编辑 收藏"]))
    assert doc.published == "2015-03-28T22:41"
    assert doc.authors == ["阿飞的码农日常"]
    doc = _one("\n".join(["[ 2007-04-15 ] 用海鸥DF-1拍完的第一卷黑白胶片", *POST]))
    assert (doc.title, doc.published) == ("用海鸥DF-1拍完的第一卷黑白胶片", "2007-04-15")


def test_a_counter_between_the_day_and_the_post_leaves_the_title_found() -> None:
    """`阅读(37)` under a diary's day (Qzone), `0人参与 0评论` under a portal's bylines."""
    doc = _one("\n".join(["下雨天，想起高中", "2009年05月20日 21:14", "阅读(37)", *POST]))
    assert doc.title == "下雨天，想起高中"
    doc = _one("\n".join([
        "快递员雨夜送件遇险 路人合力救起", "2014年07月21日 08:12", "来源：某某晚报", "作者：魏某某", "0人参与 0评论",
        "原标题：暴雨中电动车陷入积水坑 快递员被路人救起", *POST,
    ]))
    assert doc.title == "快递员雨夜送件遇险 路人合力救起"
    assert "0人参与" not in doc.text


def test_a_portal_s_channel_before_the_day_and_its_outlet_after() -> None:
    """`某某教育 2012年06月08日10:34 某某青年报 我要评论(16)`: the day and the outlet."""
    doc = _one("\n".join([
        "某某教育 > 高考 > 高考资讯 > 正文", "高考考场外的“爱心送考车”", "某某教育 2012年06月08日10:34 中国青年报 我要评论(16)", *POST,
    ]))
    assert doc.title == "高考考场外的“爱心送考车”"
    assert doc.published == "2012-06-08T10:34"
    assert doc.metadata.get("source_name") == "中国青年报"


def test_a_lead_cut_at_a_fixed_width_keeps_its_words_and_gives_its_writers() -> None:
    """`本报讯（记者 某某 通讯员 某某）反复腹痛半年，…` cut before its full stop: the lead's words stay,
    the bracketed names are the writers."""
    doc = _one("\n".join([
        "鱼刺卡肠半年 医生取出3厘米“元凶”",
        "2015年10月22日 07:58　　来源：滨海晚报　　　　　　我要评论(3)　　字号：T|T",
        "　　本报讯（记者 杨某 通讯员 宋某琪）反复腹痛半年，跑了好几家医院都没查出",
        "原因，没想到“元凶”竟是一根3厘米长的鱼刺。近日，市第一人民医院消化内科为一名患者取出了肠道内的鱼刺。",
        "　　医生提醒，吃鱼时要细嚼慢咽。",
    ]))
    assert doc.authors == ["杨某", "宋某琪"]
    assert "反复腹痛半年，跑了好几家医院都没查出" in doc.text


def test_an_info_bar_s_fields_in_brackets_of_their_own_and_buttons_in_brackets() -> None:
    """`[ 发布时间:… ]　[ 浏览次数:… ]　[ 发布科室:… ]`, and `【大】【中】【小】` after a source."""
    doc = _one("\n".join([
        "某某医院高值医用耗材遴选项目竞争性磋商公告",
        "[ 发布时间：2024年04月22日 ]　[ 浏览次数：1583 ]　[ 发布科室：招标采购中心 ]　[ 字号：大 中 小 ]",
        *POST,
    ]))
    assert (doc.title, doc.published, doc.metadata.get("source_name")) == ("某某医院高值医用耗材遴选项目竞争性磋商公告", "2024-04-22", "招标采购中心")
    doc = _one("\n".join(["关于春节期间门诊安排的通知", "2023-01-19 17:05　来源：桐江市卫生健康局　　　　【大】【中】【小】　　 阅读：12087", *POST]))
    assert doc.metadata.get("source_name") == "桐江市卫生健康局"


def test_a_posted_by_label_alone_over_its_unit_is_the_page_s() -> None:
    """`发布人:` / `科研处` / `发布日期:` / the day, each cell on a line, over a lecture's fields."""
    doc = _one("\n".join([
        "当前位置：首页 >> 学术交流 >> 学术讲座",
        "【学术讲座】利率市场化进程中的区域金融风险防范——某某财经大讲堂第46讲",
        "发布人：", "科研处", "发布日期：", "2013/11/20 10:15", "浏览：", "[ 562 ]",
        "讲座题目：利率市场化进程中的区域金融风险防范", "主讲人：卢明远 教授",
        "讲座将从当前我国经济增速换挡的背景出发，分析地方融资平台、民间借贷和影子银行等领域风险的形成机理。",
    ]))
    assert doc.title == "【学术讲座】利率市场化进程中的区域金融风险防范——某某财经大讲堂第46讲"
    assert doc.published == "2013-11-20T10:15"


def test_a_student_press_corps_is_no_writer() -> None:
    doc = _one("\n".join([
        "我校第五十七届学生田径运动会开幕",
        "作者：学生记者团 庞某雨   摄影：柯某熙   编辑：甘某   来源：体育学院   发布时间：2019年04月21日",
        *POST,
    ]))
    assert doc.authors == ["庞某雨"]


def test_a_clipper_s_front_matter_gives_way_to_the_page_s_own_day_and_loses_the_site() -> None:
    """A web clipper's `title: "column｜headline - 某某医院"` and `created:` (the day it was clipped)
    over a page that states its own 发布日期: the headline without the site, the page's day."""
    doc = _one("\n".join([
        "---",
        'title: "全国爱耳日｜我院为300余名中小学生免费筛查听力 - 安平市第一人民医院"',
        "created: 2025-03-10",
        "---",
        "# 全国爱耳日｜我院为300余名中小学生免费筛查听力",
        "发布日期：2025-03-07　作者：耳鼻咽喉头颈外科 韩某雯　浏览次数：689",
        *POST,
    ]))
    assert doc.title == "全国爱耳日｜我院为300余名中小学生免费筛查听力"
    assert doc.published == "2025-03-07"


def test_a_blog_s_comments_under_their_count_go() -> None:
    """WordPress's `《标题》有 3 条评论` over `某某 说:` and the comments."""
    doc = _one("\n".join([
        "初读《万历十五年》的一点笔记", "发表于 2012年3月5日 由 阿澈", *POST,
        "《初读《万历十五年》的一点笔记》有 2 条评论", "老K 说：", "推荐再读读《赫逊河畔谈中国历史》。", "阿澈 说：", "谢谢推荐，已加入书单。",
    ]))
    assert _lines(doc)[-1] == POST[-1]


def test_a_channel_copy_s_headline_under_the_account_s_lines_is_the_title() -> None:
    """A channel article copied with the account's name, its line (原创 … 发表于江西) and its prompt
    above the headline."""
    doc = _one("\n".join([
        "晨曦市第二人民医院", "原创 重症医学科 晨曦二院 2023-08-19 18:30 发表于江西", "", "点击蓝字 关注我们", "",
        "凌晨三点的ICU：一场与“热射病”的赛跑", "", *POST,
    ]))
    assert doc.title == "凌晨三点的ICU：一场与“热射病”的赛跑"
    assert doc.published == "2023-08-19T18:30"


def test_a_document_s_title_is_never_joined_to_its_first_paragraph() -> None:
    """`某某委员会关于…的公示` over `根据《…》,…`: the title, and the paragraph stays its own."""
    doc = _one("\n".join([
        "发布日期：2025-01-16　　文号：无",
        "江屿市卫生健康委员会关于2024年度“江屿好医生”拟表彰人选的公示",
        "根据《江屿市“江屿好医生”评选表彰办法》，经单位推荐、资格审查、专家评审和委党组研究，拟确定以下10名同志为表彰人选，现予以公示：",
        "公示时间为2025年1月16日至1月22日。",
    ]))
    assert doc.title == "江屿市卫生健康委员会关于2024年度“江屿好医生”拟表彰人选的公示"
    assert _lines(doc)[0].startswith("根据《")


def test_a_paper_s_name_before_a_reposted_headline_is_its_source() -> None:
    doc = _one("\n".join([
        "首页 > 卫生动态 > 媒体聚焦",
        "【云岭日报】家庭医生签约服务走进山村：“健康守门人”上门来了",
        "发布时间：2017-09-14 10:05　　阅读：416",
        *POST,
    ]))
    assert doc.title == "家庭医生签约服务走进山村：“健康守门人”上门来了"
    assert doc.metadata.get("source_name") == "云岭日报"


def test_a_mobile_link_after_the_outlet_is_no_part_of_its_name() -> None:
    doc = _one("\n".join(["某某县人民医院专家团队走进山村开展巡回医疗", "2016年05月17日 08:36  某某新闻网  [ 手机看新闻 ]", *POST]))
    assert doc.metadata.get("source_name") == "某某新闻网"


def test_info_bars_with_a_share_bar_a_turnout_and_a_site_for_a_source() -> None:
    """`… 新华网 分享到:新浪微博 腾讯微博`, `… 中国新闻网 参与2,041`: the outlet alone; `来源:本站` names
    no outlet; a blog's `2007-11-03 | 19:45` is one stamp; `… 外婆 举报|订阅` ends in buttons."""
    doc = _one("\n".join(["修缮历时两年 古城墙西段重新向游客开放", "2014-09-17 16:45:12 某某网 【字号 大 中 小】 打印本页 分享到：新浪微博腾讯微博人人网", *POST]))
    assert doc.metadata.get("source_name") == "某某网"
    doc = _one("\n".join(["寒潮提前来袭 北岭市决定供暖提前5天启动", "2017年11月03日 07:12 中国新闻网 参与2,041", *POST]))
    assert doc.metadata.get("source_name") == "中国新闻网"
    doc = _one("\n".join(["关于调整部分路段通行方式的通告", "发布日期：2017-08-03 10:15:27　来源：本站　浏览次数：2341", *POST]))
    assert doc.metadata.get("source_name") is None
    doc = _one("\n".join(["重读《围城》：三十岁的人看方鸿渐", "分类：读书笔记  2007-11-03 | 19:45", *POST]))
    assert doc.published == "2007-11-03T19:45"
    doc = _one("\n".join(["外婆的笋干烧肉", "2009-11-15 18:20:45| 分类：家常菜| 标签：笋干 红烧肉 外婆 举报|订阅", *POST]))
    assert (doc.title, doc.published) == ("外婆的笋干烧肉", "2009-11-15T18:20:45")
    assert "举报" not in doc.text


def test_a_blog_s_repost_lines_leave_the_title_and_the_paper_as_the_source() -> None:
    """`转载自 某某` and `最终编辑 某某` between a repost's day and its byline: the headline above them is
    the title, the paper the byline names is the source, not the blog it was copied from."""
    doc = _one("\n".join([
        "告别一家旧书店", "2009-07-15 10:23", "转载自 读书时光", "最终编辑 书虫阿呆", "文/周墨　来源：《江城晚报》2009年7月12日", *POST,
    ]))
    assert doc.title == "告别一家旧书店"
    assert doc.metadata.get("source_name") == "江城晚报"
    assert doc.authors == ["周墨"]
