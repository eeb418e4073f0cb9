"""HTML pages in: the visible text is the original, the maincontent stage drops what is not the
article with a reason per block, the page's metadata is lifted, and the rest of the chain runs
on the article as on any text. Every page here is made up for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.api import clean
from cleaner.config import Config
from cleaner.io.html import decode_html, html_to_page, looks_like_html
from cleaner.model import replay

from .helpers import records, run_cli

BODY = [
    "3月12日上午，市第一人民医院在门诊大厅举办“关爱肾脏健康”义诊活动，肾内科、泌尿外科、营养科等科室的专家为前来就诊的市民提供免费咨询。",
    "活动现场，专家们耐心解答群众提出的问题，并为有需要的市民测量血压、血糖，发放健康宣传资料三百余份，受到群众的一致好评。",
    "肾内科主任王建华介绍，慢性肾脏病起病隐匿，早期往往没有明显症状，建议高血压、糖尿病患者以及老年人每年至少进行一次尿常规和肾功能检查。",
    "下一步，医院将继续深入社区和乡镇开展健康科普活动，把优质医疗服务送到群众身边，切实提升群众的健康素养。",
]
MENU = ["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "联系我们"]
RELATED = ["我院开展护士节系列活动", "我院召开2023年度党风廉政建设工作会议", "我院顺利通过三级甲等医院复审"]


def hospital_page(title: str = "市第一人民医院开展关爱肾脏健康义诊活动", body: list[str] | None = None, site: str = "某某市第一人民医院") -> str:
    paras = "\n".join(f"<p>&nbsp;&nbsp;{p}</p>" for p in (body or BODY))
    menu = "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    related = "".join(f'<li><a href="/n/{i}.html">{r}</a><span>2023-03-0{i + 1}</span></li>' for i, r in enumerate(RELATED))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_{site}</title>
<meta property="og:site_name" content="{site}">
<meta name="PubDate" content="2023-03-12 16:20">
<link rel="canonical" href="https://www.example-hospital.cn/news/2023/0312/1234.html">
<style>.nav{{color:red}} body {{ font-size: 14px; }}</style>
<script>var _hmt = _hmt || []; function track() {{ document.write("x"); }}</script>
</head><body>
<div class="header"><div class="logo"><img src="logo.png" alt="{site}"></div>
<ul class="nav">{menu}</ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a> &gt; 医院新闻</div>
<div class="main">
  <div class="article">
    <h1>{title}</h1>
    <div class="info">发布时间：2023-03-12&nbsp;&nbsp;来源：党委宣传部&nbsp;&nbsp;浏览次数：<span>1024</span></div>
    <div class="content" id="zoom">{paras}
      <p style="text-align:center"><img src="a.jpg" alt="义诊现场"></p>
    </div>
    <div class="share bdsharebuttonbox">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
    <div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>
  </div>
  <div class="sidebar"><h3>热点新闻</h3><ul>{related}</ul></div>
</div>
<!-- 页脚开始 -->
<div class="footer"><p>版权所有：{site} 地址：某某市人民路100号 电话：0000-12345678</p>
<p>备案号：某ICP备12345678号</p></div>
<script>console.log("done")</script>
</body></html>"""


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def _removed_by(doc, rule: str) -> list[str]:
    return [c.removed for c in doc.changes if c.rule == rule]


def test_hospital_news_page_keeps_the_article_and_drops_each_block_with_its_reason(tmp_path: Path) -> None:
    page = _write(tmp_path, "news.html", hospital_page())
    result = clean([str(page)])
    [doc] = result.documents
    rec = doc.to_record()
    # the article, whole, in order
    assert rec["text"].split("\n")[-len(BODY) :] == BODY
    for word in ("医院概况", "当前位置", "分享到", "相关新闻", "热点新闻", "版权所有", "备案号", "track()", "font-size", "页脚"):
        assert word not in rec["text"], word
    # every dropped block names its reason and evidence
    assert any("医院概况" in r for r in _removed_by(doc, "html_nav"))
    assert any("当前位置" in r for r in _removed_by(doc, "html_breadcrumb"))
    assert any("分享到" in r for r in _removed_by(doc, "html_share"))
    assert any("相关新闻" in r for r in _removed_by(doc, "html_related"))
    assert any("热点新闻" in r for r in _removed_by(doc, "html_aside"))
    assert any("版权所有" in r for r in _removed_by(doc, "html_footer"))
    nav = next(c for c in doc.changes if c.rule == "html_nav")
    assert nav.stage == "maincontent" and nav.note and "evidence" in nav.note
    # nothing lost: the original is the visible text, and the log rebuilds the record
    assert "track()" not in doc.original and "font-size" not in doc.original
    assert replay(doc.original, doc.changes) == doc.text
    # metadata from the page
    assert rec["title"] == "市第一人民医院开展关爱肾脏健康义诊活动"
    assert rec["published"] == "2023-03-12T16:20"
    assert rec["metadata"]["url"] == "https://www.example-hospital.cn/news/2023/0312/1234.html"
    assert rec["metadata"]["site"] == "某某市第一人民医院"
    assert rec["metadata"]["source_name"] == "党委宣传部"
    assert "_html" not in rec["metadata"]  # the DOM evidence is consumed by the stage


# Paragraphs between the pictures of `_article_with_images`.
MIDDLE = [
    "<p>现场还设置了中医体验区,居民可以体验艾灸、拔罐等中医适宜技术,感受传统医学的魅力。</p>",
    "<p>据了解,今年以来该院已组织社区义诊二十余场,惠及居民五千余人次。</p>",
    "<p>居民张大爷拉着医生的手说,在家门口就能看上专家,真是太方便了。</p>",
]


def _article_with_images(*middle: str) -> str:
    lead = "3月5日上午,市中医院组织十二名专家走进社区,为居民免费测量血压血糖,并讲解春季常见病的预防知识。"
    tail = "活动共接待居民三百余人次,发放健康宣传资料五百余份,居民们对家门口的义诊服务纷纷点赞。"
    return ("<html><head><title>市中医院走进社区开展义诊</title></head><body><div class='main'>"
            f"<h1>市中医院走进社区开展义诊</h1><div class='content'><p>{lead}</p>{''.join(middle)}<p>{tail}</p>"
            "</div></div></body></html>")


@pytest.mark.parametrize(
    ("under_images", "captions", "kept"),
    [
        # Under an image with alt text: a short line before a paragraph, or the alt text again.
        (['<p><img src="1.jpg" alt="1.jpg"></p><p>专家为居民测量血压</p>',
          '<p><img src="2.jpg" alt="义诊现场"></p><p>义诊现场</p>'],
         ["专家为居民测量血压", "义诊现场"], []),
        # Under an image without alt text: only a line laid out as a caption.
        (['<p style="text-align: center"><img src="1.jpg"></p><p style="text-align: center">专家为居民测量血压</p>',
          '<p><img src="2.jpg"></p><p class="img_desc">中医体验区一角</p>',
          '<p><img src="3.jpg"></p><p><strong>家门口的专家门诊</strong></p>'],
         ["专家为居民测量血压", "中医体验区一角"], ["家门口的专家门诊"]),
        # Prose (a comma), a numbered heading, a quoted exclamation: the article's own lines.
        (['<p><img src="1.jpg" alt="1.jpg"></p><p>没桌没椅没冰箱,横批:全都要买</p>',
          '<p><img src="2.jpg" alt="2.jpg"></p><p>二、下一步工作</p>',
          '<p><img src="3.jpg" alt="3.jpg"></p><p>“你们辛苦了!”</p>'],
         [], ["没桌没椅没冰箱,横批:全都要买", "二、下一步工作", "“你们辛苦了!”"]),
    ],
)
def test_which_short_line_under_an_image_is_its_caption(
    tmp_path: Path, under_images: list[str], captions: list[str], kept: list[str],
) -> None:
    parts = [part for pair in zip(under_images, MIDDLE, strict=False) for part in pair]
    [doc] = clean([str(_write(tmp_path, "a.html", _article_with_images(*parts)))]).documents
    assert _removed_by(doc, "html_image_caption") == [c + "\n" for c in captions]
    for line in kept + [m[3:-4] for m in MIDDLE[: len(under_images)]]:
        assert line in doc.text, line
    assert replay(doc.original, doc.changes) == doc.text


def test_nbsp_separated_fields_stay_apart_and_entities_decode() -> None:
    page = html_to_page("<html><body><div>来源：本院&nbsp;发布时间：2023-01-02</div><p>A&amp;B&lt;C&gt;<br>第二行</p></body></html>")
    assert page.text.split("\n") == ["来源：本院 发布时间：2023-01-02", "A&B<C>", "第二行"]


def test_image_alt_and_figcaption_are_lines_marked_as_captions() -> None:
    page = html_to_page('<html><body><p>正文一段。<img alt="院区全景"></p><figure><img src="x"><figcaption>新院区外景</figcaption></figure></body></html>')
    lines = page.text.split("\n")
    assert lines == ["正文一段。", "院区全景", "新院区外景"]
    flags = [f for _, _, f in page.evidence["lines"]]
    assert "c" not in flags[0] and "c" in flags[1] and "c" in flags[2]


def test_a_data_table_keeps_its_columns_apart_and_its_rows_in_the_record(tmp_path: Path) -> None:
    # Five columns: a row of five short cells split by bars would read as a row of links otherwise.
    rows = [
        ("科室", "医生", "职称", "出诊时间", "诊室"), ("心内科", "王某", "主任医师", "周一上午", "301"),
        ("骨科", "李某", "副主任医师", "周三下午", "305"), ("儿科", "赵某", "主任医师", "周五全天", "102"),
    ]
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
    para = "<p>本周专家出诊安排如下,如有变动以医院公告为准,请患者朋友相互转告,并提前通过公众号预约挂号。</p>"
    page = html_to_page(f"<html><body>{para}{table}</body></html>")
    assert page.text.split("\n")[1:] == ["| " + " | ".join(r) + " |" for r in rows]
    (doc,) = clean([str(_write(tmp_path, "table.html", f"<html><body><h1>专家出诊安排</h1>{para}{table}</body></html>"))]).documents
    for r in rows:
        assert "| " + " | ".join(r) + " |" in doc.text.split("\n")
    # A page's info table (label cells ending in a colon) is fields, not a table: the notice under
    # it stays the article.
    info = (
        "<table><tr><td>索引号:</td><td>11330000MB0000000X/2024-01234</td><td>发布机构:</td><td>县卫生健康局</td></tr>"
        "<tr><td>主题分类:</td><td>卫生、体育</td><td>成文日期:</td><td>2024-03-01</td></tr>"
        "<tr><td>文号:</td><td>某卫发〔2024〕5号</td><td>发布日期:</td><td>2024-03-05</td></tr></table>"
    )
    notice = "<div><h1>关于印发工作要点的通知</h1><p>各乡镇卫生院:</p><p>现将《2024年基层卫生健康工作要点》印发给你们,请认真贯彻落实。</p></div>"
    assert "|" not in html_to_page(f"<html><body>{info}{notice}</body></html>").text
    (doc,) = clean([str(_write(tmp_path, "notice.html", f"<html><body>{info}{notice}</body></html>"))]).documents
    assert "请认真贯彻落实" in doc.text and "索引号" not in doc.text
    # A layout table (a cell holding paragraphs) joins its cells with spaces, as before.
    layout = html_to_page(
        "<html><body><table><tr><td>导航</td><td><p>正文</p><p>第二段</p></td></tr><tr><td>a</td><td>b</td></tr></table></body></html>"
    )
    assert "|" not in layout.text
    # An editor's table wraps each cell's text in a paragraph: still a table, one row a line.
    wrapped = "<table>" + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in r) + "</tr>" for r in rows) + "</table>"
    assert html_to_page(f"<html><body>{para}{wrapped}</body></html>").text.split("\n")[1:] == [
        "| " + " | ".join(r) + " |" for r in rows
    ]


def test_sub_headings_classed_as_a_parts_head_stay(tmp_path: Path) -> None:
    """An article's sub-headings styled `sub-head` or `section-header` are its headings, not a
    site's header; the site's own `header` and `site-head` still go."""
    para = "<p>{}月以来,市疾控中心监测到流感样病例就诊比例持续上升,专家提醒市民做好日常防护,出现症状及时就医。</p>"
    page = (
        "<html><body><div class='site-head'><a href='/'>首页</a> <a href='/n'>新闻</a> <a href='/k'>科普</a></div>"
        "<header><a href='/login'>登录</a> <a href='/reg'>注册</a></header>"
        "<article><h1>流感高发季如何做好防护</h1>" + para.format(1)
        + "<h2 class='sub-head'>接种疫苗仍是最有效的预防手段</h2>" + para.format(2)
        + "<h3 class='section-header'>出现症状应及时就医</h3>" + para.format(3) + "</article></body></html>"
    )
    (doc,) = clean([str(_write(tmp_path, "amp.html", page))]).documents
    lines = doc.text.split("\n")
    assert "接种疫苗仍是最有效的预防手段" in lines and "出现症状应及时就医" in lines
    assert "首页" not in doc.text and "登录" not in doc.text


def test_an_info_bar_above_an_article_titled_only_in_the_head_is_read(tmp_path: Path) -> None:
    """A portal page that prints its headline only in <title>: the info bar above the article
    (fields split by bars, a font switch after them) still gives source, author and date."""
    para = "<p>{}日清晨,市湘滨公园内一名晨练男子突然倒地,一名路过的护士跪地为他进行心肺复苏,持续按压八分钟后男子恢复自主心跳。</p>"
    page = (
        "<html><head><title>晨练男子倒地 护士跪地按压8分钟-某某在线</title></head><body>"
        "<div class='menu'><a href='/'>首页</a> <a href='/n'>新闻</a> <a href='/h'>健康</a></div>"
        "<div class='info'>来源:某某晚报 | 作者:易某 | 编辑:谢某 | 2016-08-03 07:48:12 <span>【字号:<a href='#'>大</a> "
        "<a href='#'>中</a> <a href='#'>小</a>】</span></div>"
        "<div class='news_content'>" + "".join(para.format(d) for d in (2, 3, 4)) + "</div></body></html>"
    )
    (doc,) = clean([str(_write(tmp_path, "p.html", page))]).documents
    assert doc.title == "晨练男子倒地 护士跪地按压8分钟"
    assert (doc.published, doc.authors, doc.metadata.get("source_name")) == ("2016-08-03T07:48:12", ["易某"], "某某晚报")
    assert "来源" not in doc.text and "首页" not in doc.text


def test_a_title_tag_naming_only_the_paper_is_no_headline(tmp_path: Path) -> None:
    """An e-paper page whose <title> is the paper's name alone (某某日报), its masthead printing the
    name too: the headline is the bold line over the article, not the paper's name."""
    para = "<p>{}本报讯 全市首个儿童急诊独立院区昨日开诊,院区设有儿科急诊诊室十二间、抢救室两间,可满足全市儿童夜间急诊需求。</p>"
    page = (
        "<html><head><title>某某日报</title></head><body><div class='masthead'>某某日报</div><div>2011年7月14日 星期四</div><table>"
        "<tr><td><b>全市首个儿童急诊独立院区开诊</b></td></tr><tr><td>"
        + "".join(para.format("") for _ in range(1)) + "<p>院区负责人介绍,开诊首日接诊患儿一百二十余人次,平均候诊时间不到二十分钟。</p>"
        "<p>下一步,院区还将开设儿童哮喘、儿童保健等专科门诊,进一步方便患儿就医。</p></td></tr></table></body></html>"
    )
    (doc,) = clean([str(_write(tmp_path, "e.html", page))]).documents
    assert doc.title == "全市首个儿童急诊独立院区开诊"
    assert not doc.text.startswith("全市首个儿童急诊独立院区开诊")


def test_an_accounts_name_in_the_author_box_is_no_author(tmp_path: Path) -> None:
    """A self-media page's author box names the account (某某融媒): no person, no author."""
    para = "<p>{}月以来,县人民医院已为辖区两千余名老年人开展免费健康体检,对查出问题的老人建立健康档案并定期随访。</p>"
    page = (
        "<html><head><title>县人民医院为老年人免费体检</title></head><body><h1>县人民医院为老年人免费体检</h1>"
        "<div class='author-name'>某某融媒</div><div class='time'>2024-02-27 15:36</div>"
        "<article>" + "".join(para.format(m) for m in (1, 2, 3)) + "</article></body></html>"
    )
    (doc,) = clean([str(_write(tmp_path, "t.html", page))]).documents
    assert doc.authors == []


def test_a_doctors_timetable_beside_the_profile_stays(tmp_path: Path) -> None:
    """An old table-layout profile page: the timetable is a nested table in the row under the
    profile's text, outside the block that scores best, but in the article's scope."""
    page = (
        '<html><body><table><tr><td class="left"><a href="/k1">心内科</a><br><a href="/k2">骨科</a></td><td>'
        '<table><tr><td class="zj_txt">许明远,主任医师,从事心血管内科临床工作二十余年,擅长冠心病、高血压的诊治,'
        "曾在省人民医院进修心脏介入技术一年,主持完成市级科研课题两项。<br>"
        "现任心内科主任,市医学会心血管病专业委员会委员,先后获评市优秀医师、医院先进工作者等称号。</td></tr>"
        "<tr><td><table>"
        "<tr><td> </td><td>星期一</td><td>星期三</td><td>星期五</td></tr>"
        "<tr><td>上午</td><td>专家门诊</td><td> </td><td>专家门诊</td></tr>"
        "<tr><td>下午</td><td> </td><td>心脏康复门诊</td><td> </td></tr>"
        "</table></td></tr></table></td></tr></table></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "doctor.html", page))]).documents
    lines = doc.text.split("\n")
    assert "擅长冠心病、高血压的诊治" in doc.text
    assert any("星期一" in ln and "星期五" in ln for ln in lines)
    assert any(ln.startswith("| 上午") and "专家门诊" in ln for ln in lines)
    assert any(ln.startswith("| 下午") and "心脏康复门诊" in ln for ln in lines)


def test_a_notices_attachment_links_stay_in_the_record(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="nav"><a href="/">首页</a><a href="/xw">新闻中心</a><a href="/zp">人才招聘</a></div>'
        '<div class="content"><h1>关于公开招聘护理人员的公告</h1>'
        "<p>根据工作需要,经研究决定,面向社会公开招聘护理人员五名。现将有关事项公告如下:</p>"
        "<p>一、报名时间为2024年3月1日至3月10日,报名地点为医院人事科,请携带身份证和学历证书原件。</p>"
        '<ul><li><a href="/f/1.docx">1.招聘岗位表.docx</a></li><li><a href="/f/2.pdf">2.报名登记表.pdf</a></li></ul>'
        "<p>某某县人民医院</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "notice.html", page))]).documents
    lines = doc.text.split("\n")
    assert "1.招聘岗位表.docx" in lines and "2.报名登记表.pdf" in lines
    assert "首页" not in doc.text


def test_the_articles_h1_is_the_title_over_a_sidebars_h3_and_its_fields_stay(tmp_path: Path) -> None:
    page = (
        '<html><head><title>专家团队</title></head><body><div class="left"><h3>科室导航</h3><ul>'
        '<li><a href="/k1">心内科</a></li><li><a href="/k2">骨科</a></li></ul></div>'
        '<div class="article"><h1>心内科开展心脏康复门诊</h1>'
        "<p>为满足心血管疾病患者康复需求,心内科于5月6日正式开设心脏康复门诊,为冠心病、心力衰竭等患者提供个体化康复指导。</p>"
        "<p><strong>门诊时间</strong></p><p>每周二、周四下午</p>"
        "<p><strong>服务对象</strong></p><p>冠心病支架术后、心力衰竭、高血压等患者</p>"
        "<p>患者可通过医院公众号预约,也可到门诊二楼心内科护士站现场预约。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "kf.html", page))]).documents
    assert doc.title == "心内科开展心脏康复门诊"
    lines = doc.text.split("\n")
    for field in ("门诊时间", "每周二、周四下午", "服务对象", "冠心病支架术后、心力衰竭、高血压等患者"):
        assert field in lines, field
    assert "科室导航" not in doc.text


def test_a_blog_posts_comment_list_goes_with_its_long_comments(tmp_path: Path) -> None:
    """A reader's comment can be long prose (a whole pasted report): inside the post's block, the
    list whose class says comments goes with every line of it, and the post stays."""
    body = (
        "<p>上周六,我带母亲去区中医院做了第一次针灸,记下过程给有同样打算的朋友参考。</p>"
        "<p>挂号在公众号上完成,针灸科的号当天就能挂到,候诊大约半个小时,医生先问了病史再开始治疗。</p>"
        "<p>一个疗程十次,每次二十分钟左右,医生说要配合在家做颈部的拉伸动作,效果才会好。</p>"
        "<p>母亲做完第三次以后,说晚上睡觉时脖子没那么僵了,我们打算把这个疗程做完再去复诊。</p>"
    )
    pasted = "".join(
        f"<p>{s}</p>"
        for s in (
            "转一篇我以前写的针灸经历,和楼主的情况差不多,供大家对照着看,希望对后来的人有点用处。",
            "那年冬天我颈椎病犯了,整条右臂都发麻,在家附近的社区医院做了两个疗程的针灸和推拿。",
            "第一个疗程效果不明显,第二个疗程医生换了取穴的位置,又加了艾灸,手臂发麻慢慢就好了。",
            "我的体会是一定要找正规医院的医生,疗程中间不要断,平时少低头看手机,枕头也别太高。",
        )
    )
    page = (
        '<html><body><div class="nav"><a href="/">首页</a><a href="/b">日志</a></div>'
        f'<div class="post"><h2>陪母亲做针灸的记录</h2>{body}'
        '<h3 id="comments">《陪母亲做针灸的记录》已有1条评论</h3>'
        f'<ol class="commentlist"><li id="comment-17"><cite>路过的读者</cite>{pasted}</li></ol>'
        "</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "blog.html", page))]).documents
    for line in ("挂号在公众号上完成", "一个疗程十次", "我们打算把这个疗程做完再去复诊"):
        assert line in doc.text, line
    assert "颈椎病" not in doc.text and "转一篇" not in doc.text
    removed = [c for c in doc.changes if "颈椎病" in c.removed]
    assert removed and removed[0].rule == "html_comment_box"


def test_related_headlines_with_question_marks_inside_the_article_block_go(tmp_path: Path) -> None:
    """Linked headlines ask questions and quote (`…开了吗?`, `“…”`): that is no prose, and the list
    under `相关报道：` in the article's block goes as a list of links."""
    related = "".join(
        f'<div>·<a href="/n/{i}.html">{h}</a> <span>(2024-03-0{i} 10:1{i}AM)</span></div>'
        for i, h in enumerate(
            (
                "夜间门诊开了吗?记者连续三个晚上实地走访县里几家医院",
                "“一站式”服务中心为何还排长队?医院回应:正在增加窗口",
                "看病还要跑几趟?听听县人民医院院长怎么说今年的新变化",
                "专家提醒:“春季过敏”别硬扛,出现这几种症状要及时就医",
            ),
            start=1,
        )
    )
    page = (
        '<html><body><table><tr><td class="main">'
        "<h1>县医院夜间门诊试运行一个月</h1>"
        "<p>县人民医院夜间门诊自3月1日试运行以来,已接诊患者一千二百余人次,内科和儿科最为繁忙。</p>"
        "<p>医院在门诊一楼设置了夜间挂号、收费和取药窗口,检验科和放射科同步开放,患者不必再等到第二天。</p>"
        "<p>院方表示,将根据试运行情况调整排班,并在医院公众号上及时公布夜间门诊的科室和时间。</p>"
        '<div class="tool"><a href="#">打印本文</a></div>'
        f'<div class="spcr"><div><b>相关报道：</b></div>{related}</div>'
        "</td></tr></table></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "related.html", page))]).documents
    assert "已接诊患者一千二百余人次" in doc.text and "将根据试运行情况调整排班" in doc.text
    for gone in ("相关报道", "夜间门诊开了吗", "一站式", "春季过敏"):
        assert gone not in doc.text, gone
        # by the page's own evidence (a list of links), whatever the text rules would say
        [change] = [c for c in doc.changes if gone in c.removed]
        assert (change.stage, change.rule) == ("maincontent", "html_link_list"), gone


def test_an_article_a_script_reveals_is_read_and_a_hidden_menu_is_not(tmp_path: Path) -> None:
    """A channel-account page as a crawler saves it: the article's block is `visibility: hidden`
    until the page's script shows it. It is the page's text, so it is read; a hidden pop-up menu
    (a small part of the page) stays out."""
    paras = "".join(
        f"<p>{s}</p>"
        for s in (
            "今年春节假期,县人民医院门诊、急诊和住院服务正常开展,全院共接诊患者六千余人次。",
            "假期期间,医院安排了二十余个专科门诊照常出诊,检验、影像和药房同步开放,方便群众就医。",
            "急诊科医护人员坚守岗位,七天里共救治急危重症患者一百余人,其中心梗患者九人均得到及时救治。",
            "医院提醒,节后一周是就诊高峰,患者可提前在公众号预约,错峰就诊,减少排队等候时间。",
        )
    )
    page = (
        "<html><head><title>春节假期医院服务不停歇</title></head><body>"
        '<div class="menu_pop" style="display:none"><a href="/a">预约挂号</a><a href="/b">报告查询</a></div>'
        '<div id="page-content"><h1 class="rich_media_title">春节假期医院服务不停歇</h1>'
        '<div class="rich_media_meta"><span>县人民医院</span> <em>2024-02-18 17:30</em></div>'
        f'<div class="rich_media_content" id="js_content" style="visibility: hidden;">{paras}</div>'
        '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></body></html>'
    )
    [doc] = clean([str(_write(tmp_path, "account.html", page))]).documents
    for line in ("全院共接诊患者六千余人次", "心梗患者九人均得到及时救治", "错峰就诊,减少排队等候时间"):
        assert line in doc.text, line
    assert "预约挂号" not in doc.text and "报告查询" not in doc.text
    assert looks_like_html(page.encode("utf-8")) and "报告查询" not in html_to_page(page).text


def test_a_short_name_before_the_site_in_the_page_title_is_the_title_when_shown(tmp_path: Path) -> None:
    """`某某某-专家介绍-某某医院` with no heading: the doctor's name the page shows on its own is the
    title, not the whole <title> with its column and site."""
    page = (
        "<html><head><title>许明远-专家介绍-桐溪县人民医院</title></head><body>"
        '<div class="nav"><a href="/">首页</a><a href="/zj">专家介绍</a></div>'
        '<div class="zj"><font class="name">许明远</font><br>'
        "<p>许明远,主任医师,从事心血管内科临床工作二十余年,擅长冠心病、高血压的诊治,曾在省人民医院进修心脏介入技术一年。</p>"
        "<p>现任心内科主任,市医学会心血管病专业委员会委员,先后获评市优秀医师、医院先进工作者等称号。</p></div>"
        "</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "doctor.html", page))]).documents
    assert doc.title == "许明远"
    # Not shown on its own: the whole <title> stays the title.
    hidden = page.replace('<font class="name">许明远</font><br>', "")
    [doc2] = clean([str(_write(tmp_path, "doctor2.html", hidden))]).documents
    assert doc2.title == "许明远-专家介绍-桐溪县人民医院"


def test_a_title_that_opens_with_the_site_gives_the_headline(tmp_path: Path) -> None:
    """`某某县中医院--县中医院开展…服务` and no heading: the headline is the title, the site the site."""
    page = (
        "<html><head><title>桐溪县中医院--县中医院开展冬病夏治三伏贴敷服务</title></head><body>"
        "<table><tr><td><p>据县中医院消息,今年三伏贴敷服务将于入伏当天开始,持续到末伏结束,需提前预约。</p>"
        "<p>三伏贴是中医冬病夏治的传统疗法,适宜慢性咳嗽、过敏性鼻炎和体虚易感冒的人群。</p></td></tr></table>"
        "</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "t.html", page))]).documents
    assert doc.title == "县中医院开展冬病夏治三伏贴敷服务"
    assert doc.metadata.get("site") == "桐溪县中医院"


def test_a_message_boards_title_element_is_the_title_and_its_status_table_goes(tmp_path: Path) -> None:
    """A message page whose <title> names only the site and the column, with the message's title in
    an element marked as such (`<div class="lyb-title">`, not the header's site title), and the
    board's status table (留言编号, 办理状态, 回复单位) over the message and the reply."""
    page = (
        "<html><head><meta charset='utf-8'><title>某某区政府网站-网民留言办理</title></head><body>"
        "<div class='header'><div class='site-title'>某某区人民政府门户网站欢迎您</div></div>"
        "<div class='lyb-detail'><div class='lyb-title'>小区门口公交站撤了，老人出行怎么办？</div>"
        "<table class='lyb-info'><tr><th>留言编号</th><td>SX2024040200318</td><th>留言时间</th><td>2024-04-02 08:41</td></tr>"
        "<tr><th>回复单位</th><td>某某区交通运输局</td><th>回复时间</th><td>2024-04-09 16:20</td></tr></table>"
        "<p>您好！我是竹园路锦华苑小区的居民。原来小区门口有一个公交站，上个月起这个站牌被撤掉了，现在最近的站点在600多米外。</p>"
        "<p>经核实，因竹园路雨污分流改造工程施工需要，该路段实行半幅封闭，公交车暂时无法停靠，故临时撤站，工程完工后将同步恢复。</p>"
        "</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "t.html", page))]).documents
    assert doc.title == "小区门口公交站撤了，老人出行怎么办？"
    assert "留言编号" not in doc.text and "回复单位" not in doc.text
    assert doc.text.startswith("您好！我是竹园路锦华苑小区的居民。")


def test_the_date_the_page_shows_wins_over_a_meta_tag_naming_another_day(tmp_path: Path) -> None:
    """`article:published_time` of another day than the page's own `发布时间` (an update, an import,
    another time zone's day): the shown date is the record's. On the same day the one with the
    time wins."""
    def page(meta: str) -> str:
        return (
            f"<html><head><meta charset='utf-8'><meta property='article:published_time' content='{meta}'>"
            "<title>县人民医院开展世界肾脏日义诊-某某县人民医院</title></head><body>"
            "<h1>县人民医院开展世界肾脏日义诊</h1><div class='info'>发布时间：2024-10-29 作者：某某</div>"
            "<div class='content'><p>3月14日上午,县人民医院肾内科在门诊大厅开展世界肾脏日义诊活动,为群众免费检测尿常规。</p>"
            "<p>活动共接待群众二百余人次,发放宣传资料五百余份,并为三十余名群众预约了进一步检查。</p></div></body></html>"
        )
    [doc] = clean([str(_write(tmp_path, "a.html", page("2024-10-30T08:00:00+08:00")))]).documents
    assert doc.published == "2024-10-29"
    [doc] = clean([str(_write(tmp_path, "b.html", page("2024-10-29T09:12:00+08:00")))]).documents
    assert doc.published.startswith("2024-10-29T09:12")


def test_an_experts_card_in_a_parts_top_block_and_the_posts_under_a_profile_heading_stay(tmp_path: Path) -> None:
    """An expert page: the card beside the photo sits in `<div class="ed-top">` (the part's top,
    not the site's), and the posts listed under `学术任职` are a list, not photo captions."""
    page = (
        "<html><head><meta charset='utf-8'><title>林某某-专家介绍-某某市中心医院</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/zjjs/'>专家介绍</a> <a href='/jyzn/'>就医指南</a></div>"
        "<div class='content'><div class='expert-detail'><div class='ed-top'><div class='ed-info'><h1>林某某</h1>"
        "<p>所在科室：内分泌科（科主任）</p>"
        "<p>擅　　长：1型及2型糖尿病的胰岛素强化治疗、糖尿病足和糖尿病肾病的综合管理。</p>"
        "<p>出诊时间：周一上午（专家门诊）、周三全天（糖尿病专病门诊）</p></div></div>"
        "<div class='ed-body'><h3>个人简介</h3>"
        "<p>林某某，女，医学博士，从事内分泌代谢病临床、教学和科研工作近三十年，在糖尿病及其慢性并发症的防治方面积累了丰富经验。</p>"
        "<p>近年来主持省级科研课题3项、市级课题5项，以第一作者或通讯作者发表学术论文40余篇，其中SCI收录12篇。</p>"
        "<h3>学术任职</h3><p>省医学会内分泌学分会委员</p><p>省医师协会内分泌代谢科医师分会常务委员</p>"
        "<p>某某市医学会糖尿病学专业委员会主任委员</p>"
        "<h3>荣誉称号</h3><p>某某市首届“名医”、市优秀共产党员、市“三八红旗手”，多次获评医院年度优秀科主任。</p>"
        "</div></div></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "e.html", page))]).documents
    lines = doc.text.split("\n")
    for line in ("所在科室：内分泌科（科主任）", "出诊时间：周一上午（专家门诊）、周三全天（糖尿病专病门诊）", "学术任职",
                 "省医学会内分泌学分会委员", "某某市医学会糖尿病学专业委员会主任委员", "荣誉称号"):
        assert line in lines, line
    assert "就医指南" not in doc.text


def test_a_scrolling_ticker_of_notices_goes(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>县人民医院开展世界肾脏日义诊-某某县人民医院</title></head><body>"
        "<div class='main' id='notice-scroll'><b>最新公告：</b><marquee scrollamount='3'>关于端午节假期门诊安排的通知　　"
        "我院开通医保移动支付</marquee></div>"
        "<h1>县人民医院开展世界肾脏日义诊</h1><div class='content'>"
        "<p>3月14日上午,县人民医院肾内科在门诊大厅开展世界肾脏日义诊活动,为群众免费检测尿常规。</p>"
        "<p>活动共接待群众二百余人次,发放宣传资料五百余份,并为三十余名群众预约了进一步检查。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "m.html", page))]).documents
    assert "端午节假期门诊安排" not in doc.text and "医保移动支付" not in doc.text
    assert doc.text.startswith("3月14日上午")


def test_a_shown_date_bar_the_fields_parse_misses_still_wins_over_the_meta_date(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='utf-8'><meta name='publishdate' content='2024-03-20'>"
        "<title>县人民医院开展世界肾脏日义诊-某某网</title></head><body>"
        "<h1>县人民医院开展世界肾脏日义诊</h1><div class='bar'>2024年03月21日09:12 | 来源：某某时报</div>"
        "<div class='content'><p>3月14日上午,县人民医院肾内科在门诊大厅开展世界肾脏日义诊活动,为群众免费检测尿常规。</p>"
        "<p>活动共接待群众二百余人次,发放宣传资料五百余份,并为三十余名群众预约了进一步检查。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "d.html", page))]).documents
    assert doc.published.startswith("2024-03-21")


@pytest.mark.parametrize("author", ["某某", "104363", "name, email@example.com"])
def test_a_meta_author_that_is_the_site_an_id_or_a_placeholder_names_no_author(tmp_path: Path, author: str) -> None:
    page = (
        f"<html><head><meta charset='utf-8'><meta name='author' content='{author}'>"
        "<title>县人民医院开展世界肾脏日义诊_某某新闻</title></head><body><h1>县人民医院开展世界肾脏日义诊</h1>"
        "<div class='content'><p>3月14日上午,县人民医院肾内科在门诊大厅开展世界肾脏日义诊活动,为群众免费检测尿常规。</p>"
        "<p>活动共接待群众二百余人次,发放宣传资料五百余份,并为三十余名群众预约了进一步检查。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.authors == []


def test_a_message_boards_own_date_label_does_not_beat_the_meta_date(tmp_path: Path) -> None:
    """Under the title a status row's `留言时间` names the message's day, not the page's: the
    meta date stays. A credits bar's date (文/… 图/… 2024年04月29日 10:00 来源:…) is the page's."""
    def page(bar: str) -> str:
        return (
            "<html><head><meta charset='utf-8'><meta name='PubDate' content='2024-04-09 16:20'>"
            "<title>小区门口公交站撤了怎么办-某某区政府网站</title></head><body><h1>小区门口公交站撤了怎么办</h1>"
            f"<div class='bar'>{bar}</div><div class='content'>"
            "<p>您好！我是竹园路锦华苑小区的居民。原来小区门口有一个公交站，上个月起这个站牌被撤掉了，现在最近的站点在600多米外。</p>"
            "<p>经核实，因竹园路雨污分流改造工程施工需要，该路段实行半幅封闭，公交车暂时无法停靠，工程完工后将同步恢复。</p>"
            "</div></body></html>"
        )
    [doc] = clean([str(_write(tmp_path, "a.html", page("留言时间 | 2024-04-02 08:41")))]).documents
    assert doc.published.startswith("2024-04-09")
    [doc] = clean([str(_write(tmp_path, "b.html", page("文/某某　图/某某 2024年04月29日 10:00 来源：某某网")))]).documents
    assert doc.published.startswith("2024-04-29")


def test_ads_between_the_articles_paragraphs_go(tmp_path: Path) -> None:
    paras = [
        "市第二人民医院今起开设夜间儿科门诊,每天18时至22时接诊,由主治以上医师坐诊。",
        "医院介绍,夜间门诊同步开放检验、放射和药房,患儿就诊后可当晚拿到检查结果。",
        "家长可通过医院公众号提前预约夜间门诊号源,现场也保留一定数量的号源。",
    ]
    page = (
        "<html><body><div class=\"main\">"
        f"<p>{paras[0]}</p><div class=\"ad\"><a href=\"/x\">暑期特惠 品牌空调低至五折</a></div>"
        f"<p>{paras[1]}</p><div class=\"ad\">驾校报名 学车就找平安驾校 电话0000-7654321</div>"
        f"<p>{paras[2]}</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "ads.html", page))]).documents
    for p in paras:
        assert p in doc.text
    assert "空调" not in doc.text and "驾校" not in doc.text


def test_a_channel_accounts_page_names_the_account_as_its_site(tmp_path: Path) -> None:
    page = (
        '<html><head><meta property="og:site_name" content="微信公众平台"><title>冬季流感防护指南</title></head><body>'
        '<div id="page-content"><h1>冬季流感防护指南</h1><a id="js_name">桐溪县疾控</a>'
        '<div id="js_content"><p>今冬流感活动水平上升,老人、儿童和慢性病患者应尽早接种流感疫苗,出现发热等症状及时就医。</p>'
        "<p>外出时佩戴口罩,勤洗手,室内经常开窗通风,保持充足睡眠,适当锻炼增强体质。</p></div></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "wx.html", page))]).documents
    assert doc.metadata["site"] == "桐溪县疾控"
    assert doc.metadata["platform"] == "微信公众平台"


def test_a_centred_caption_over_the_next_section_goes_and_the_reward_box_too(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="content"><h1>县人民医院开展夏季义诊</h1>'
        "<p>7月10日,县人民医院组织内科、外科、儿科等科室专家到城南社区开展义诊,为居民测量血压、血糖并解答健康问题。</p>"
        "<p>活动共服务群众三百余人次,发放健康宣传资料五百余份,居民纷纷表示希望多开展这样的活动。</p>"
        '<p><img src="/a.jpg"></p><p align="center">义诊现场</p>'
        "<p>二、下一步工作</p>"
        "<p>医院将把义诊活动常态化,每月安排专家团队深入社区和乡村,把优质医疗服务送到群众身边。</p>"
        '<div class="reward_area"><p class="reward_tips">喜欢作者就赞赏一下吧,可通过转账支持作者继续写作。</p></div>'
        "</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "cap.html", page))]).documents
    assert "义诊现场" not in doc.text
    assert "二、下一步工作" in doc.text and "医院将把义诊活动常态化" in doc.text
    assert "赞赏" not in doc.text


def test_gbk_page_with_a_wrong_meta_charset_decodes_from_its_bytes(tmp_path: Path) -> None:
    html = hospital_page().replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    page = _write(tmp_path, "gbk.htm", html.encode("gbk"))
    result = clean([str(page)])
    [rec] = result.records
    assert rec["metadata"]["encoding"] == "gb18030"
    assert BODY[0] in rec["text"] and "\ufffd" not in rec["text"]
    assert rec["title"] == "市第一人民医院开展关爱肾脏健康义诊活动"


def test_a_gb2312_declaration_on_utf8_bytes_is_overruled() -> None:
    raw = hospital_page().replace('charset="utf-8"', 'charset="gb2312"').encode("utf-8")
    decoded = decode_html(raw)
    assert decoded.encoding == "utf-8" and BODY[1] in decoded.text


def test_http_charset_comes_before_the_meta_declaration() -> None:
    raw = hospital_page().replace('charset="utf-8"', 'charset="iso-8859-1"').encode("gb18030")
    assert decode_html(raw, http_charset="GBK").encoding == "gb18030"


def test_html_is_recognised_by_content_whatever_the_file_is_called(tmp_path: Path) -> None:
    page = _write(tmp_path, "saved_page.txt", "\n\n" + hospital_page())
    assert looks_like_html(page.read_bytes())
    [rec] = clean([str(page)]).records
    assert rec["metadata"]["format"] == "html" and "医院概况" not in rec["text"]
    # a text article that mentions a tag is still text
    assert not looks_like_html("文章提到了<p>标签的用法。".encode())


def test_warc_file_of_three_responses(tmp_path: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    pages = [
        ("https://a.example.cn/1.html", "text/html; charset=utf-8", hospital_page().encode("utf-8")),
        (
            "https://b.example.cn/2.html",
            "text/html; charset=GBK",
            hospital_page("县中医院举办中医药文化进校园活动", [p.replace("市第一人民医院", "县中医院") + "中医药文化源远流长。" for p in BODY], "某某县中医院")
            .replace('charset="utf-8"', 'charset="iso-8859-1"')
            .encode("gbk"),
        ),
        ("https://c.example.cn/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://d.example.cn/3.html", "text/html", hospital_page("妇幼保健院开展母乳喂养宣传周活动", [p[::-1] for p in BODY], "某某妇幼保健院").encode()),
    ]
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        request = b"GET /1.html HTTP/1.1\r\n\r\n"
        writer.write_record(writer.create_warc_record("https://a.example.cn/1.html", "request", payload=BytesIO(request), length=len(request)))
        for uri, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), length=len(body), http_headers=headers))
    result = clean([str(path)], Config(dedup="off"))
    recs = result.records
    assert [r["source"] for r in recs] == [f"{path}#{n}" for n in (1, 2, 3)]
    assert [r["title"] for r in recs] == ["市第一人民医院开展关爱肾脏健康义诊活动", "县中医院举办中医药文化进校园活动", "妇幼保健院开展母乳喂养宣传周活动"]
    assert recs[1]["metadata"]["encoding"] == "gb18030" and "中医药文化源远流长。" in recs[1]["text"]
    # a canonical link names the page's URL; the crawl time is kept
    assert recs[0]["metadata"]["url"].startswith("https://www.example-hospital.cn/")
    assert all("fetched" in r["metadata"] for r in recs)
    for doc in result.documents:
        assert replay(doc.original, doc.changes) == doc.text
        assert any(c.rule == "html_nav" for c in doc.changes)


def test_a_file_that_is_not_a_warc_is_skipped_with_a_reason(tmp_path: Path) -> None:
    bad = _write(tmp_path, "broken.warc", b"WARC/1.0\r\nnot really a header\r\n\r\n")
    res = run_cli("clean", str(bad), "-o", str(tmp_path / "out.jsonl"))
    assert res.returncode == 1
    assert "broken.warc" in res.stderr.decode()


@pytest.mark.parametrize(
    "html",
    [
        # unclosed tags everywhere, a stray end tag, no <html>/<body>
        "<div class=content><p>第一段落内容，医院召开会议。<p>第二段落内容，全体职工参加。</div></div></span><li>残缺列表",
        # thousands of unclosed nested elements
        "<html><body>" + "<div>" * 5000 + "<p>深层嵌套的正文，医院举办培训。</p>",
        # an unterminated comment and script swallow the rest, as a browser does
        "<p>可见的正文，医院开展义诊。</p><!-- 未闭合的注释 <p>看不见</p>",
        "<p>可见的正文，医院开展义诊。</p><script>var a = 1; document.write('<p>x</p>')",
        # bytes that decode in no encoding, a NUL-free binary-ish tail
        "<p>正文，医院举办讲座。</p>\udcff\udcfe",
    ],
)
def test_malformed_html_never_crashes(tmp_path: Path, html: str) -> None:
    page = _write(tmp_path, "bad.html", html.encode("utf-8", errors="surrogateescape"))
    result = clean([str(page)])
    docs = result.documents + result.dropped
    assert len(docs) == 1
    doc = docs[0]
    assert replay(doc.original, doc.changes) == doc.text
    assert "document.write" not in doc.original and "看不见" not in doc.original
    assert "医院" in doc.original


def test_jsonl_field_of_html_with_html_key(tmp_path: Path) -> None:
    lines = [
        {"url": "https://a.example.cn/1.html", "html": hospital_page()},
        {"url": "https://b.example.cn/2.html", "html": hospital_page("市中心医院开展急救技能培训", [p.replace("义诊", "急救培训") for p in BODY], "某某市中心医院")},
    ]
    src = _write(tmp_path, "pages.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    out = tmp_path / "out.jsonl"
    res = run_cli("clean", str(src), "--html-key", "html", "--dedup", "off", "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    recs = records(out)
    assert [r["title"] for r in recs] == ["市第一人民医院开展关爱肾脏健康义诊活动", "市中心医院开展急救技能培训"]
    assert all("html" not in r["metadata"] and "<p>" not in r["text"] for r in recs)
    assert recs[0]["metadata"]["url"] == "https://a.example.cn/1.html"  # the line's own field wins


def test_html_records_are_identical_with_worker_processes(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for i in range(4):
        body = [f"第{i}家医院" + p for p in BODY]
        _write(tmp_path / "in", f"{i}.html", hospital_page(f"第{i}家医院开展义诊活动", body))
    one = clean([str(tmp_path / "in")], Config(jobs=1, dedup="off")).records
    two = clean([str(tmp_path / "in")], Config(jobs=2, dedup="off")).records
    assert one == two and len(one) == 4


def test_the_same_article_on_two_sites_is_one_record(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.html", hospital_page(site="某某市第一人民医院"))
    b = _write(tmp_path, "b.html", hospital_page(site="某某健康网").replace('class="sidebar"', 'class="side-col"'))
    result = clean([str(a), str(b)])
    assert len(result.records) == 1 and len(result.dropped) == 1
    assert result.dropped[0].dropped == "neardup"


def test_the_site_today_header_is_not_the_published_date(tmp_path: Path) -> None:
    html = hospital_page().replace('<meta name="PubDate" content="2023-03-12 16:20">', "").replace(
        '<div class="header">', '<div class="topbar">今天是2024年5月6日 星期一</div><div class="header">'
    )
    [rec] = clean([str(_write(tmp_path, "p.html", html))]).records
    assert rec["published"] == "2023-03-12"


@pytest.mark.slow
def test_a_20_mb_page(tmp_path: Path) -> None:
    para = "<p>" + BODY[0] + "</p>\n"
    # a long article inside a long page of link lists: 20 MB of HTML
    links = "<ul class='list'>" + "".join(f"<li><a href='/n/{i}'>新闻标题{i}</a></li>" for i in range(200)) + "</ul>\n"
    block = para * 40 + links
    html = hospital_page().replace('<div class="content" id="zoom">', '<div class="content" id="zoom">' + block * (20_000_000 // len(block.encode()) + 1))
    page = _write(tmp_path, "big.html", html)
    assert page.stat().st_size > 20_000_000
    result = clean([str(page)], Config(dedup="off"))
    [doc] = result.documents
    assert "医院概况" not in doc.text and "新闻标题1" not in doc.text
    assert doc.text.count(BODY[0]) >= 1
    assert any(c.rule == "html_link_list" for c in doc.changes)


@pytest.mark.parametrize("case", ["seed_001", "seed_002", "seed_004", "roundup_paragraph_led"])
def test_an_article_as_a_page_gives_the_records_of_its_text(tmp_path: Path, case: str) -> None:
    """Roundup splitting, repeats, metadata and boilerplate rules run on HTML as on text: the
    sample article wrapped in a page with a menu and a footer comes out as the text does."""
    import html as html_lib

    from .conftest import SAMPLES

    src = next((SAMPLES / case / "input").iterdir())
    lines = [x for x in src.read_text(encoding="utf-8").split("\n") if x.strip()]
    body = "".join(f"<p>{html_lib.escape(x)}</p>\n" for x in lines)
    page = _write(
        tmp_path,
        "page.html",
        "<!DOCTYPE html><html><head><title>某某网</title></head><body>"
        "<ul class='nav'><li><a href='/'>首页</a></li><li><a href='/news'>新闻动态</a></li></ul>"
        f"<div class='content'>{body}</div><div class='footer'>版权所有 某某网</div></body></html>",
    )
    as_text = clean([str(src)], Config(dedup="off")).records
    as_page = clean([str(page)], Config(dedup="off")).records
    assert len(as_page) == len(as_text)
    for t, h in zip(as_text, as_page, strict=True):
        assert (h["text"], h["title"], h["published"], h.get("institution")) == (t["text"], t["title"], t["published"], t.get("institution"))


def _real_pages() -> list[Path]:
    """Raw pages nobody on the team wrote, from CLEANER_HTML_PAGES (a folder of .html files)."""
    import os

    folder = os.environ.get("CLEANER_HTML_PAGES")
    if not folder or not Path(folder).is_dir():
        pytest.skip("set CLEANER_HTML_PAGES to a folder of real .html pages to run this check")
    return sorted(Path(folder).glob("*.html"))


@pytest.mark.slow
def test_real_pages_never_crash_or_leak_script_text() -> None:
    pages = _real_pages()
    result = clean([str(p) for p in pages], Config(dedup="off"))
    assert len(result.documents) + len(result.dropped) == len(pages)
    for doc in result.documents:
        assert "<script" not in doc.original and "function(" not in doc.text.replace(" ", "")
        assert replay(doc.original, doc.changes) == doc.text


def test_the_html_benchmark_skips_visibly_without_pages() -> None:
    import subprocess
    import sys

    from .helpers import ROOT

    res = subprocess.run([sys.executable, str(ROOT / "bench" / "html_pages.py")], capture_output=True, timeout=120, cwd=ROOT)
    assert res.returncode == 0 and b"no pages" in res.stdout


def test_an_article_block_whose_class_names_a_share_script_keeps_its_paragraphs(tmp_path: Path) -> None:
    """A share script hooks its pop-up on the article's own block (`<div class="sharepop"
    id="newsbody">`): the class word names the widget, the sentences are the article's. Short
    paragraphs went as `html_share` before; the share bar under the article still goes."""
    short = ["新院区设有床位八百张。", "门诊楼共有五层。", "急诊二十四小时开放，救护车直达抢救室。"]
    page = hospital_page(body=[*BODY[:2], *short, *BODY[2:]]).replace(
        '<div class="content" id="zoom">', '<div class="sharepop blk-con clearfix" id="newsbody">')
    [doc] = clean([str(_write(tmp_path, "news.html", page))]).documents
    text = doc.to_record()["text"].split("\n")
    for line in [*BODY, *short]:
        assert line in text, line
    assert "分享到" not in "\n".join(text)
    assert any("分享到" in r for r in _removed_by(doc, "html_share"))


def test_a_caption_sentence_that_repeats_its_images_alt_text_goes(tmp_path: Path) -> None:
    """Under an image, a line that says what its alt text says is the image's caption, even as a
    whole sentence; a paragraph under an image with other alt text stays."""
    caption = "2024年3月12日,市民在市第一人民医院门诊大厅排队等候义诊专家咨询。"
    figure = f'<p style="text-align:center"><img src="b.jpg" alt="{caption}"></p><p>{caption}</p>'
    page = hospital_page().replace(f"<p>&nbsp;&nbsp;{BODY[1]}</p>", figure + f"<p>&nbsp;&nbsp;{BODY[1]}</p>")
    [doc] = clean([str(_write(tmp_path, "news.html", page))]).documents
    text = doc.to_record()["text"].split("\n")
    assert caption not in text and text[-len(BODY):] == BODY
    assert any(caption in r for r in _removed_by(doc, "html_image_caption"))


def test_a_single_page_apps_article_is_read_from_its_state(tmp_path: Path) -> None:
    """A page saved before its scripts ran shows a spinner; the article is in the state the page
    was given (`window.__INITIAL_STATE__ = {…}`): its text, title, date, source and author."""
    state = {
        "nav": [{"name": "首页"}, {"name": "新闻动态"}],
        "article": {
            "title": "杉川二院推出午间门诊 上班族看病不用再请假",
            "publishTime": "2024-07-02 08:30:00",
            "source": "党委宣传部",
            "author": "门诊部 江明",
            "content": "<p>为方便上班族就医，杉川市第二人民医院自7月1日起在内科、外科、儿科等十二个科室推出午间门诊，"
            "门诊时间为每天中午十二点至两点。</p><p>医院门诊部主任江明介绍，此前的问卷调查发现，超过四成的患者"
            "因为工作日上午时间冲突而不得不请假看病，午间门诊由主治医师以上职称的医生轮流坐诊。</p>",
        },
    }
    page = (
        "<html><head><title>杉川市第二人民医院</title></head><body><div id='app'><p>页面加载中...</p></div>"
        f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};(function(){{}})();</script>"
        "</body></html>"
    )
    (doc,) = clean([str(_write(tmp_path, "spa.html", page))]).documents
    assert doc.text.startswith("为方便上班族就医")
    assert "午间门诊由主治医师以上职称的医生轮流坐诊" in doc.text
    assert doc.title == "杉川二院推出午间门诊 上班族看病不用再请假"
    assert doc.published is not None and doc.published.startswith("2024-07-02")
    # A page that shows its article is read as it shows it, whatever its state holds.
    shown = page.replace("<p>页面加载中...</p>", "<h1>院内新闻</h1>" + "<p>医院召开职工大会，总结上半年工作，部署下半年重点任务，要求各科室提升服务质量。</p>" * 3)
    (doc,) = clean([str(_write(tmp_path, "shown.html", shown))]).documents
    assert "午间门诊" not in doc.text


def test_a_page_closed_in_its_middle_goes_on(tmp_path: Path) -> None:
    """A server-side include ends the page early (`</html>` after its header); a browser shows the
    rest, and so does the reader."""
    page = (
        "<html><head><title>通知</title></head><body><div class='header'><a href='/'>首页</a></div></body></html>\n"
        "<div class='content'><h1>关于调整门诊时间的通知</h1>"
        "<p>自11月1日起，我院门诊上午时间调整为八点至十二点，下午时间调整为两点至五点半，请广大患者相互转告。</p>"
        "</div></body></html>"
    )
    (doc,) = clean([str(_write(tmp_path, "early.html", page))]).documents
    assert "门诊上午时间调整为八点至十二点" in doc.text


def test_a_channel_articles_subheadings_in_sections_of_their_own_stay(tmp_path: Path) -> None:
    """An editor's heading bar (`<section style="display:flex">…<p>一、…?</p>`) between the article's
    paragraphs, each paragraph nested in sections of its own: the sub-headings stay."""
    para = (
        '<section data-role="paragraph"><section style="font-size:15px"><p>{}</p></section></section>'
    )
    bar = (
        '<section data-tools="editor"><section style="display:flex"><section style="width:6px"><br></section>'
        '<section style="font-weight:bold"><p>{}</p></section></section></section>'
    )
    body = "".join([
        para.format("入秋以来，儿科门诊里因为咳嗽来就诊的孩子明显增多，不少家长担心孩子反复咳嗽是不是得了肺炎。"),
        bar.format("一、哪些原因会导致慢性咳嗽？"),
        para.format("医生介绍，儿童慢性咳嗽常见的原因有咳嗽变异性哮喘、上气道咳嗽综合征和感染后咳嗽等。"),
        bar.format("二、家长应该怎么做？"),
        para.format("如果孩子咳嗽超过四周，家长应及时带孩子到正规医院的儿科或呼吸专科就诊，查明原因再对症治疗。"),
    ])
    page = f'<html><body><h1 class="rich_media_title">孩子反复咳嗽怎么办</h1><div id="js_content">{body}</div></body></html>'
    (doc,) = clean([str(_write(tmp_path, "wx.html", page))]).documents
    assert "一、哪些原因会导致慢性咳嗽？" in doc.text.split("\n")
    assert "二、家长应该怎么做？" in doc.text.split("\n")


def test_the_authors_of_a_pages_structured_data_and_the_headline_under_a_logo(tmp_path: Path) -> None:
    """A page whose only byline is its JSON-LD `author` (people, not the publishing organization)
    credits those people; the site's name in an <h1> logo, all its <title> says, is not the title:
    the <h2> headline is."""
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": "县人民医院开设睡眠门诊",
        "datePublished": "2024-01-09T08:30:00+08:00",
        "author": [{"@type": "Person", "name": "柳青禾"}, {"@type": "Organization", "name": "某某县人民医院"}],
    }, ensure_ascii=False)
    page = (
        f'<html><head><meta charset="utf-8"><title>某某县人民医院</title><script type="application/ld+json">{ld}</script></head><body>'
        '<div class="top"><h1 class="logo"><a href="/">某某县人民医院</a></h1></div>'
        '<div class="main"><h2>县人民医院开设睡眠门诊</h2>'
        "<p>为满足群众需求,县人民医院睡眠门诊于1月9日正式开诊,由神经内科、呼吸科和心理科医生联合坐诊。</p>"
        "<p>睡眠门诊每周二、周四全天开放,患者可通过医院公众号预约,首诊时需填写睡眠情况问卷。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "ld.html", page))]).documents
    assert (doc.title, doc.authors, doc.published[:10]) == ("县人民医院开设睡眠门诊", ["柳青禾"], "2024-01-09")
    assert doc.text.startswith("为满足群众需求")


def test_a_channel_articles_sub_headings_beside_number_badges_and_captions_stay(tmp_path: Path) -> None:
    """In an editor's nested sections a sub-heading stands in a block of its own, with the part's
    number badge (01, 02) or the ▲ caption of the image above it between it and its text: it is
    the article's and stays."""
    para = "演练模拟多名学生先后出现发热、咳嗽症状,接诊医生发现病例存在聚集性特征后,立即按程序向医务科和院感科报告,医院随即启动应急预案。"
    para2 = "演练结束后,县疾控中心专家对演练进行了现场点评,肯定了医院在早发现、早报告、早处置方面的表现,也指出了防护用品穿脱不够规范等问题。"

    def text_block(*paras: str) -> str:
        inner = "".join(f"<p>{p}</p>" for p in paras)
        return f'<section class="_135editor"><section><section style="padding:12px"><section style="font-size:15px">{inner}</section></section></section></section>'

    def heading(number: str, words: str) -> str:
        return (
            '<section class="_135editor" style="display:flex"><section style="display:inline-block"><section style="display:flex">'
            f'<section style="color:#fff">{number}</section><section style="border:1px solid"><strong>{words}</strong></section>'
            "</section></section></section>"
        )

    page = (
        '<html><head><title>县人民医院开展应急演练</title></head><body>'
        '<div class="top"><ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/a">医院概况</a></li><li><a href="/b">新闻动态</a></li></ul></div>'
        '<div class="wrap"><div class="left-col"><div class="lm-title">新闻动态</div><ul><li><a href="/c">医院新闻</a></li><li><a href="/d">通知公告</a></li></ul></div>'
        '<div class="right-col"><div class="news-title"><h2>县人民医院开展应急演练</h2></div><div class="news-info">发布时间:2024-06-12</div>'
        '<div id="vsb_content"><div class="v_news_content">'
        + text_block("为提高医院应对突发公共卫生事件的处置能力,6月11日下午,县人民医院在门诊楼开展了一场应急演练,县疾控中心和急救中心参加。")
        + heading("01", "模拟真实场景 检验处置流程")
        + text_block(para, "预检分诊、患者转运、标本采集、流行病学调查等环节依次展开,各小组分工明确、衔接顺畅,整个处置过程用时约40分钟。")
        + '<section class="_135editor"><section><img src="a.jpg"></section><p style="font-size:12px">▲医护人员转运模拟患者</p></section>'
        + heading("02", "现场点评总结 补齐短板弱项")
        + text_block(para2, "副院长表示,医院将针对演练中暴露出的问题逐项整改,常态化开展全员培训和实战演练。")
        + "</div></div></div></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "wx.html", page))]).documents
    lines = doc.text.split("\n")
    assert lines[lines.index("模拟真实场景 检验处置流程") + 1] == para
    assert lines[lines.index("现场点评总结 补齐短板弱项") + 1] == para2


@pytest.mark.parametrize(
    "byline",
    [
        '<a rel="author" href="/u/1">陶知夏</a>',
        '<div class="card"><p class="author-name">陶知夏</p></div>',
        '<span>来源:党委宣传部</span> <span>作者:陶知夏</span><span>发布日期:2023-11-08</span>',
    ],
)
def test_the_author_the_markup_names(tmp_path: Path, byline: str) -> None:
    """The author as the page's markup marks them (a rel=author link, an author-name card) or in
    fields the page prints without a space between them."""
    page = (
        f'<html><head><title>冬季流感防护指南_某某县人民医院</title></head><body><div class="main"><h1>冬季流感防护指南</h1>{byline}'
        "<p>今冬流感活动水平上升,老人、儿童和慢性病患者应尽早接种流感疫苗,出现发热等症状及时就医。</p>"
        "<p>外出时佩戴口罩,勤洗手,室内经常开窗通风,保持充足睡眠,适当锻炼增强体质。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.authors == ["陶知夏"]
    assert "陶知夏" not in doc.text


def test_a_reviewer_in_the_info_bar_under_the_title_is_a_credit_not_an_author(tmp_path: Path) -> None:
    """The info bar's `审核:` (like `编辑:`) names who checked the piece: kept in the credits, never
    an author, as on a text page."""
    page = (
        '<html><head><title>冬季流感防护指南_某某县人民医院</title></head><body><div class="main"><h2>冬季流感防护指南</h2>'
        '<div class="meta"><span>发布日期:2024-11-08</span> <span>作者:陶知夏</span> <span>来源:预防保健科</span>'
        ' <span>审核:林慕白</span> <span>阅读:1,024</span></div>'
        "<p>今冬流感活动水平上升,老人、儿童和慢性病患者应尽早接种流感疫苗,出现发热等症状及时就医。</p>"
        "<p>外出时佩戴口罩,勤洗手,室内经常开窗通风,保持充足睡眠,适当锻炼增强体质。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.authors == ["陶知夏"]
    assert {"role": "审核", "name": "林慕白"} in doc.metadata["credits"]
    assert "林慕白" not in doc.text


def test_a_figures_own_caption_goes_with_its_image_however_long(tmp_path: Path) -> None:
    """A <figcaption> under its image is a caption by its markup, even a whole sentence with commas;
    the paragraphs around the figure stay, each on its own line."""
    para = "走进青石镇卫生院，候诊区宽敞明亮，新添的自助挂号机前不时有群众在家庭医生的指导下操作。"
    para2 = "今年以来，卫生院新增彩超、全自动生化分析仪等设备，群众在家门口就能做大部分检查。"
    page = (
        '<html><head><title>乡镇卫生院换新颜_某某县人民政府</title></head><body><div class="article"><h1>乡镇卫生院换新颜</h1>'
        f"<p>{para}</p>"
        '<figure><img src="a.jpg" alt="卫生院候诊区"><figcaption>青石镇卫生院的医生正在为前来就诊的老人测量血压，'
        "老人说现在看病比以前方便多了。</figcaption></figure>"
        f"<p>{para2}</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "fig.html", page))]).documents
    assert doc.text.split("\n") == [para, para2]


def test_a_documents_attachments_in_a_block_of_their_own_under_it_stay(tmp_path: Path) -> None:
    """A government document's attachments (附件: over links to its files) in a block of their own
    right under the article are the document's; the related readings after them are not."""
    paras = [
        "第一条　为规范城区犬只养护管理，保障公民人身安全和环境卫生，结合本县实际，制定本办法。",
        "第二条　本办法适用于本县城区范围内犬只的养护及相关管理活动，城区范围由县人民政府另行划定。",
        "第三条　本办法自2025年5月1日起施行，有效期五年。",
    ]
    page = (
        '<html><head><title>溪口县城区犬只养护管理办法_溪口县人民政府</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/hd">互动交流</a></div>'
        '<div class="wrap"><div class="article"><h1>溪口县城区犬只养护管理办法</h1>'
        + "".join(f"<p>{p}</p>" for p in paras)
        + '</div><div class="fujian"><p class="fj-tit">附件：</p><ul>'
        '<li><a href="/attach/a.docx">1.溪口县城区禁养犬只品种目录.docx</a></li>'
        '<li><a href="/attach/b.xls">2.溪口县城区犬只登记申请表.xls</a></li></ul></div>'
        '<div class="related"><span>相关解读：</span><a href="/jd/1.html">图解：一图读懂犬只养护管理办法</a></div>'
        "</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "zw.html", page))]).documents
    assert doc.text.split("\n") == [*paras, "附件：", "1.溪口县城区禁养犬只品种目录.docx", "2.溪口县城区犬只登记申请表.xls"]


def test_a_profile_cards_fields_as_a_definition_list_stay_as_label_and_value(tmp_path: Path) -> None:
    """A doctor's card written as a definition list (`<dt>职　　称：</dt><dd>…</dd>`): each field is one
    line, label and value together, and stays with the profile under it."""
    bio = "林慕白，1975年生，从事消化系统疾病临床工作二十余年，擅长胃肠镜检查及内镜下治疗，每年门诊量超过一万人次。"
    page = (
        '<html><head><title>林慕白_专家介绍_某某县中医院</title></head><body>'
        '<div class="nav"><a href="/">首页</a><a href="/zj">专家介绍</a><a href="/ks">科室导航</a></div>'
        '<div class="doctor"><h1>林慕白</h1><div class="card">'
        "<dl><dt>职　　称：</dt><dd>主任中医师、消化内科主任</dd></dl>"
        "<dl><dt>学术任职：</dt><dd>省中医药学会脾胃病分会委员，市中西医结合学会消化专业委员会副主任委员</dd></dl>"
        "</div>"
        f'<div class="intro"><h3>个人简介</h3><p>{bio}</p></div></div></body></html>'
    )
    [doc] = clean([str(_write(tmp_path, "doc.html", page))]).documents
    lines = doc.text.split("\n")
    assert "职　　称：主任中医师、消化内科主任" in lines
    assert "学术任职：省中医药学会脾胃病分会委员，市中西医结合学会消化专业委员会副主任委员" in lines
    assert bio in lines


def test_a_columns_name_in_h1_is_not_the_headline_the_title_opens_with(tmp_path: Path) -> None:
    """`<title>headline_工作动态_site</title>` over `<h1>工作动态</h1>` (the column's banner) and the
    headline in a plain block: the title is the headline, not the column."""
    page = (
        "<html><head><title>全县秋粮收购进度过半 农户售粮实现零排队_工作动态_某某县农业农村局</title></head><body>"
        '<div class="banner"><h1>工作动态</h1><div class="pos">您的位置：<a href="/">首页</a> » 工作动态</div></div>'
        '<div class="detail"><div class="tit">全县秋粮收购进度过半 农户售粮实现零排队</div>'
        "<p>眼下正值秋粮收购旺季，截至10月14日，全县已累计收购玉米、大豆等秋粮9.6万吨，收购进度较去年同期快了近一周。</p>"
        "<p>为方便农户售粮，各收购网点推行预约售粮和延时服务，农户通过手机就能预约时段，到点即验即收。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "t.html", page))]).documents
    assert doc.title == "全县秋粮收购进度过半 农户售粮实现零排队"


def test_text_only_a_screen_reader_speaks_is_not_on_the_page(tmp_path: Path) -> None:
    """A theme's `screen-reader-text` labels beside its icons (文章作者, 文章日期) are not shown: they
    neither stay in the text nor become the author."""
    page = (
        '<html><head><title>秋天去走一趟古道 – 某某的博客</title></head><body><article><h1 class="entry-title">秋天去走一趟古道</h1>'
        '<ul class="post-meta"><li><span class="screen-reader-text">文章作者</span><span>作者 <a href="/author/a/" rel="author">林晚舟</a></span></li>'
        '<li><span class="sr-only">文章日期</span><time datetime="2023-10-18T09:12:40+08:00">2023年10月18日</time></li></ul>'
        '<div class="entry-content"><p>十月的一个周末，我和两个朋友去走了青岚古道，全程二十三公里，从早上七点走到下午四点。</p>'
        "<p>古道沿着山溪往上，石阶有些地方已经长满青苔，下雨后格外湿滑，建议穿防滑的登山鞋。</p></div></article></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "wp.html", page))]).documents
    assert doc.authors == ["林晚舟"]
    assert "文章作者" not in doc.text and "文章日期" not in doc.text


def test_an_epapers_banner_and_subtitle_around_the_headline_are_lifted(tmp_path: Path) -> None:
    """An e-paper's title block: the 引题 above the headline and the 副标题 under it, marked by their
    classes, become the banner and the subtitle, not the first lines of the text."""
    body = ["三月的清晨，城东工业园区一座老厂房里，数控切割机已经开始运转，在这里干活的工人来自二十多家企业。",
            "这座厂房闲置了近十年，去年县里引入运营公司改造成共享车间，小微企业按工位和机时付费。"]
    page = (
        "<html><head><title>某某日报数字报-一座旧厂房里长出的共享车间</title></head><body>"
        '<div class="bmnr"><table><tr><td class="bmnr_con_yinti">稳岗扩容 县域制造业转型观察</td></tr>'
        '<tr><td class="bmnr_con_biaoti">一座旧厂房里长出的共享车间</td></tr>'
        '<tr><td class="bmnr_con_futi">二十七家小微企业拼用一条生产线</td></tr></table>'
        '<div id="ozoom">' + "".join(f"<p>{p}</p>" for p in body) + "</div></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "ep2.html", page))]).documents
    assert doc.title == "一座旧厂房里长出的共享车间"
    assert (doc.metadata.get("banner"), doc.metadata.get("subtitle")) == ("稳岗扩容 县域制造业转型观察", "二十七家小微企业拼用一条生产线")
    assert doc.text.split("\n") == body


def test_an_amp_pages_ad_fallback_goes_and_its_image_caption_with_it(tmp_path: Path) -> None:
    """On an AMP page an `<amp-ad>`'s fallback text is an ad, and a caption block right under an
    `<amp-img>` is that picture's caption, as under an `<img>`."""
    body = ["国庆假期，改造后的南门步行街正式开街，老街两侧的骑楼修缮一新，吸引大批市民和游客前来打卡。",
            "据了解，步行街全长八百米，入驻商户一百二十余家，其中老字号二十家，假期日均客流超过五万人次。"]
    page = (
        '<html amp><head><title>南门步行街开街_某某头条</title></head><body><article><h1>南门步行街开街</h1>'
        f"<p>{body[0]}</p>"
        '<amp-ad width="320" height="100" type="adsense"><div fallback>本地商家联盟：国庆到店消费满百返二十</div></amp-ad>'
        '<amp-img src="a.jpg" width="640" height="360" alt="南门步行街夜景"></amp-img>'
        '<p class="caption">开街后的南门步行街夜景</p>'
        f"<p>{body[1]}</p></article></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "amp.html", page))]).documents
    assert doc.text.split("\n") == body


def test_a_wechat_pages_publication_time_in_its_script(tmp_path: Path) -> None:
    """A WeChat article page shows only `前天`; the time it was published is in its script
    (`var ct = "…"`, seconds), read on China's clock."""
    page = (
        "<html><head><title>冬季流感防护指南</title>"
        '<script>var nickname = "某某健康"; var ct = "1581517074"; var appmsg_type = "9";</script></head><body>'
        '<div class="rich_media_content" id="js_content"><h1 class="rich_media_title">冬季流感防护指南</h1>'
        '<span class="rich_media_meta rich_media_meta_text">前天</span>'
        "<p>今冬流感活动水平上升,老人、儿童和慢性病患者应尽早接种流感疫苗,出现发热等症状及时就医。</p>"
        "<p>外出时佩戴口罩,勤洗手,室内经常开窗通风,保持充足睡眠,适当锻炼增强体质。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "wx.html", page))]).documents
    assert doc.published == "2020-02-12T22:17:54"


def test_an_epapers_issue_date_and_its_paper_as_the_site(tmp_path: Path) -> None:
    """An e-paper's article page states its date only in the header (`某某日报 2024年06月12日 星期三`)
    and names the paper first in its <title>: the date is the article's, the paper the site."""
    page = (
        "<html><head><title>某某日报数字报-县首期乡村医生轮训班结业</title></head><body>"
        '<div class="header"><span>某某日报 2024年06月12日 星期三</span><a href="/">首页</a><a href="/a">往期回顾</a></div>'
        '<div class="left"><ul><li><a href="/1">第A01版：要闻</a></li><li><a href="/2">第A02版：综合</a></li></ul></div>'
        '<div id="ozoom"><h1>县首期乡村医生轮训班结业</h1>'
        "<p>6月11日,县首期乡村医生轮训班举行结业仪式,126名乡村医生在县级医院完成了为期三个月的跟岗学习。</p>"
        "<p>轮训期间,学员们在内科、儿科、急诊科等科室轮转,参加病例讨论和技能考核,全部通过结业考试。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "ep.html", page))]).documents
    assert (doc.title, doc.published, doc.metadata.get("site")) == ("县首期乡村医生轮训班结业", "2024-06-12", "某某日报数字报")


def test_a_live_pages_updates_each_in_a_block_of_its_own_all_stay(tmp_path: Path) -> None:
    """A live page's updates, each its time beside a block of text in an item of one list, are all
    the article's; the advert among them is not."""
    updates = [
        ("16:40", "水文站最新数据显示,白沙断面水位达到28.6米,超警戒水位0.4米,目前仍在缓慢上涨。"),
        ("15:55", "东坪县已转移沿河低洼地区群众1270人,安置点提供热食和饮用水。"),
        ("15:10", "南站通报:受降雨影响,经停南屿方向的6趟列车晚点,最长约50分钟。"),
        ("14:22", "记者在滨江路看到,部分路段积水没过脚踝,交警已设置绕行提示。"),
        ("12:05", "全市中小学下午停课,请家长及时接孩子回家。"),
    ]
    items = [f'<li class="live-item"><span class="live-time">{t}</span><div class="live-text"><p>{x}</p></div></li>' for t, x in updates]
    advert = '<li class="live-item live-ad"><div class="ad-slot"><a href="#">汛期出行险 最高保额50万 点击了解</a></div></li>'
    page = (
        '<html><head><title>滚动直播｜今年首场强降雨_某某快报</title></head><body>'
        '<nav><a href="/">首页</a><a href="/n">新闻</a><a href="/l">直播</a></nav>'
        '<div class="live-wrap"><h1>滚动直播｜今年首场强降雨</h1>'
        f'<ul class="live-list">{"".join(items[:2])}{advert}{"".join(items[2:])}</ul></div></body></html>'
    )
    [doc] = clean([str(_write(tmp_path, "live.html", page))]).documents
    assert all(x in doc.text for _, x in updates)
    assert "汛期出行险" not in doc.text


def test_labels_set_before_a_headline_are_no_part_of_the_title(tmp_path: Path) -> None:
    """`<h1><span>原创</span><span>独家</span>headline</h1>`: the title is the headline, and the
    writer's stamp under it (a name, the time, the counts) gives the author."""
    page = (
        '<html><head><title>某某科技</title></head><body><div class="nav"><a href="/">首页</a><a href="/ai">人工智能</a></div>'
        '<h1 class="t"><span class="tag">原创</span><span class="tag">独家</span>一家做质检相机的小公司如何拿下三家车企订单</h1>'
        '<div class="meta"><a href="/u/1">邱野</a> 2023-12-05 20:30 阅读 1.8万</div>'
        "<p>在澜州一座不起眼的产业园里,这家公司的办公室只占了半层楼。创始人把我们领到一台正在调试的设备前。</p>"
        "<p>公司成立于2018年,最初只有三名员工,做的是给手机玻璃盖板检测划痕的项目,后来转向车身漆面检测。</p></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "t.html", page))]).documents
    assert (doc.title, doc.authors, doc.published) == ("一家做质检相机的小公司如何拿下三家车企订单", ["邱野"], "2023-12-05T20:30")
    assert "原创独家" not in doc.text


def test_a_year_range_in_the_title_is_no_separator_and_a_title_element_names_the_headline(tmp_path: Path) -> None:
    """`关于…2024-2025学年…的通知` keeps its range whole; a <title> holding only a unit's name
    (`某某大学国际交流处`) over a headline in `<div class="atitle">` or `<td class="newstitle">`
    gives that headline."""
    body = (
        "<p>各学院、各部门：根据学校校历安排，现将本学期期末考试有关工作通知如下，请各单位认真组织实施。</p>"
        "<p>考试时间为第十八周至第十九周，各学院须于第十六周前将考试安排报送教务处备案。</p>"
    )
    ranged = (
        "<html><head><title>关于做好2024-2025学年第一学期期末考试工作的通知</title></head><body><table><tr><td>"
        f"<b>关于做好2024-2025学年第一学期期末考试工作的通知</b></td></tr></table>{body}</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "r.html", ranged))]).documents
    assert doc.title == "关于做好2024-2025学年第一学期期末考试工作的通知"
    for cls, tag in (("atitle", "div"), ("newstitle", "td")):
        page = (
            f"<html><head><title>青岚大学国际交流处</title></head><body><table><tr><{tag} class='{cls}'>"
            f"我校与海外两所大学签署学生交流协议</{tag}></tr></table><div>{body}</div></body></html>"
        )
        [doc] = clean([str(_write(tmp_path, f"{cls}.html", page))]).documents
        assert doc.title == "我校与海外两所大学签署学生交流协议", cls


def test_who_took_the_pictures_is_credited_not_an_author_beside_a_writer(tmp_path: Path) -> None:
    """An info bar naming a writer (记者:, 文字:, 文/) and a photographer (摄影:, 图/): the writer is the
    author, the photographer a credit; a photo story crediting only its photographer keeps them
    as its author. A 供稿单位: glued to the name before it is the source, not part of the name."""
    def page(bar: str) -> str:
        return (
            "<html><head><title>新生开学典礼隆重举行_青岚大学</title></head><body><div class='article'>"
            f"<h1>新生开学典礼隆重举行</h1><p class='meta'>{bar}</p>"
            "<p>9月10日上午，青岚大学2024级新生开学典礼在体育馆举行，五千余名新生与家长代表参加典礼。</p>"
            "<p>校长在致辞中勉励新生珍惜大学时光，勤学笃行，在服务社会中成长成才。</p></div></body></html>"
        )
    bars = {
        "a": ("<span>发布时间：2024-09-10</span><span>记者：温如岚</span><span>摄影：顾北辰 宋清</span>", ["温如岚"]),
        "b": ("<span>文字：温如岚</span><span>摄影：顾北辰</span><span>发布时间：2024-09-10</span>", ["温如岚"]),
        "c": ("文/温如岚&nbsp;&nbsp;图/顾北辰&nbsp;&nbsp;发布时间：2024-09-10", ["温如岚"]),
        "d": ("<span>发布时间：2024-09-10</span><span>摄影：顾北辰</span>", ["顾北辰"]),
        "e": ("<span>发布时间：2024-09-10</span><span>作者：温如岚</span><span>供稿单位：学生工作部</span><span>摄影：顾北辰</span>", ["温如岚"]),
    }
    for name, (bar, authors) in bars.items():
        [doc] = clean([str(_write(tmp_path, f"{name}.html", page(bar)))]).documents
        assert doc.authors == authors, name
        assert any(c["name"] == "顾北辰" for c in doc.metadata["credits"]), name
    [doc] = clean([str(_write(tmp_path, "e2.html", page(bars["e"][0])))]).documents
    assert doc.metadata["source_name"] == "学生工作部"


def test_a_lecture_notices_fields_and_its_invitation_stay(tmp_path: Path) -> None:
    """A lecture notice's field table (报告题目, 报告人, 时间, 地点, 主办单位) and its closing
    invitation (欢迎全校师生参加!) are the notice; the page's 上一条 and footer go."""
    rows = [("报告题目", "基层医疗数据的隐私保护计算"), ("报告人", "柯望舒 教授（东临大学信息学院）"),
            ("报告时间", "2024年11月8日（星期五）14:30-16:30"), ("报告地点", "信息楼A205学术报告厅"),
            ("主办单位", "青岚大学计算机学院")]
    table = "".join(f"<tr><td><strong>{k}：</strong></td><td>{v}</td></tr>" for k, v in rows)
    page = (
        "<html><head><title>学术讲座：基层医疗数据的隐私保护计算-青岚大学计算机学院</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/xw'>学院新闻</a><a href='/tz'>通知公告</a></div>"
        "<div class='article'><h1>学术讲座：基层医疗数据的隐私保护计算</h1><div class='v_news_content'>"
        f"<table>{table}</table><p><strong>报告摘要：</strong></p>"
        "<p>报告介绍联邦学习与安全多方计算在基层医疗数据共享中的应用，讨论在不出域前提下完成联合建模的可行路径。</p>"
        "<p>欢迎全校师生参加！</p></div>"
        "<p>上一条：<a href='/a/1.htm'>我院召开研究生培养工作会议</a></p></div>"
        "<div class='footer'>版权所有：青岚大学计算机学院 地址：青岚市学府路8号</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "lecture.html", page))]).documents
    for k, v in rows:
        assert f"{k}：" in doc.text and v in doc.text, k
    assert doc.text.rstrip().endswith("欢迎全校师生参加！")
    assert "我院召开研究生培养工作会议" not in doc.text and "版权所有" not in doc.text


def test_a_site_name_before_the_headline_in_the_title_is_the_site(tmp_path: Path) -> None:
    """`某某热线--headline` on an old table page: the headline is shown in a bold cell, the site's
    name only as its logo's alt, a breadcrumb link and its footer; the headline is the title."""
    page = (
        "<html><head><title>沅川热线--沅川市首届社区运动会开幕</title></head><body>"
        "<table><tr><td><img src='logo.jpg' alt='沅川热线'></td></tr></table>"
        "<table><tr><td>您现在的位置：<a href='/'>沅川热线</a> &gt;&gt; <a href='/news/'>本地新闻</a></td></tr>"
        "<tr><td align=center><font color=#cc0000><b>沅川市首届社区运动会开幕</b></font></td></tr>"
        "<tr><td><p>5月18日上午，沅川市首届社区运动会在市体育中心开幕，全市四十二个社区的一千二百余名居民参加开幕式。</p>"
        "<p>本届运动会设置拔河、跳绳、趣味接力等十个项目，比赛将持续到六月底，各社区将分片区进行预赛和决赛。</p>"
        "</td></tr></table><table><tr><td>沅川热线版权所有 2003-2004</td></tr></table></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "p.html", page))]).documents
    assert doc.title == "沅川市首届社区运动会开幕"


def test_a_columnists_bio_box_under_the_article_goes(tmp_path: Path) -> None:
    """`<section class="author-box">` under a column: the writer's bio, in sentences, is no part of
    the column (its heading went with the box's markup before; now its paragraphs go too)."""
    paras = [
        "最近，城南的几条老街陆续围起了挡板，说是要进行微更新，街坊们议论纷纷，有人盼着早点修好，也有人担心老街变了味。",
        "老街的价值，不只在几栋老房子，更在住在这里的人和他们日复一日的生活，改造要先问问街坊们想要什么。",
        "希望改造完成以后，街坊们还能在熟悉的早点铺门口，说一声老样子，这才是一条街真正的烟火气。",
    ]
    page = (
        "<html><head><meta charset='utf-8'><title>老街改造，别把烟火气改没了_评论_东岚晚报</title></head><body>"
        "<div class='article'><h1>老街改造，别把烟火气改没了</h1><div class='info'>2024-06-21 07:30 来源：东岚晚报 作者：周远明</div>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "<section class='author-box'><h3>作者简介</h3><p>周远明，东岚晚报评论员，长期关注城市更新与社区治理，著有评论集《街巷之间》。</p>"
        "<p>联系邮箱：zhou@example.cn</p></section></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "col.html", page))]).documents
    assert all(p in doc.text for p in paras)
    assert "评论员" not in doc.text and "联系邮箱" not in doc.text
    assert doc.authors == ["周远明"]


def test_a_threads_replies_under_its_first_post_go_and_its_date_is_the_first_posts(tmp_path: Path) -> None:
    """A forum thread: each floor's post in the same markup, the floor's marker (`1楼`, `2楼`) and time
    under it. The first post is the article; the replies under `1楼` go, however long; the date is
    the first post's stamp (`发表于 …`), not the date the poster registered."""
    op = [
        "前几天路过公园，看见有人在草地上支起幕布放电影，一下子想起了小时候在村里看露天电影的日子。",
        "那时候村里放电影是件大事，放映员下午骑着自行车进村，消息一传开，全村的小孩晚饭扒拉两口就扛着板凳去占位置。",
        "不知道吧里有没有同龄人，你们小时候看露天电影有什么难忘的事？欢迎来聊聊。",
    ]
    replies = ["我们村是在小学操场放，每次都要带个手电筒回家，路上黑乎乎的全是田埂，现在想想还挺怀念的。",
               "那束光里的灰尘，写得太有画面感了，顶一个！我也想起了冬天看电影冻得直跺脚的样子。"]

    def post(floor: int, name: str, body: list[str], when: str) -> str:
        paras = "".join(f"<p>{p}</p>" for p in body)
        return (
            f"<div class='l_post'><div class='d_author'><a class='p_author_name' href='/u/{floor}'>{name}</a>"
            f"<div class='profile'>注册时间 2011-3-21</div></div>"
            f"<div class='d_post_content'>{paras}</div>"
            f"<div class='post-tail'><span>{floor}楼</span><span>{when}</span><a href='#'>回复</a></div></div>"
        )
    page = (
        "<html><head><meta charset='utf-8'><title>小时候在村里看露天电影的回忆_老电影吧</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/f'>进吧</a></div><h1>小时候在村里看露天电影的回忆</h1>"
        "<div class='thread'><div class='stamp'>楼主 发表于 2015-08-09 14:22</div>"
        + post(1, "胶片时光", op, "2015-08-09 14:22") + post(2, "麦田守望者", replies[:1], "2015-08-09 14:40")
        + post(3, "老槐树下", replies[1:], "2015-08-09 15:01") + "</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "thread.html", page))]).documents
    assert all(p in doc.text for p in op)
    assert not any(r[:12] in doc.text for r in replies)
    assert doc.published[:10] == "2015-08-09"


def test_an_info_bars_spans_set_side_by_side_read_as_separate_fields(tmp_path: Path) -> None:
    """`<span>拾光新闻</span><span>2025-01-14 21:18</span><span>记者 某某</span>`: no space between the
    spans in the markup, the page sets them apart by styling; their fields are read apart."""
    body = (
        "<p>受寒潮影响，本市气温明显下降，市供热公司自14日起将全市供暖管网出水温度提高三度，保障居民室温达标。</p>"
        "<p>供热公司提醒，居民家中暖气不热可拨打供热服务热线报修，维修人员将在两小时内上门处理。</p></div></body></html>"
    )
    head = "<html><head><meta charset='utf-8'><title>寒潮来袭 市区供暖全面提温</title></head><body><div class='article'><h1>寒潮来袭 市区供暖全面提温</h1>"
    bars = {
        "a": ("<div class='m-info'><span>拾光新闻</span><span>2025-01-14 21:18</span><span>记者 冉知秋</span></div>", "拾光新闻", "冉知秋"),
        "b": ("<div class='nx-info'><span>来源：南溪晚报</span><span>记者 易秋白</span><span>2025-01-14</span></div>", "南溪晚报", "易秋白"),
    }
    for name, (bar, source, author) in bars.items():
        [doc] = clean([str(_write(tmp_path, f"{name}.html", head + bar + body))]).documents
        assert doc.published[:10] == "2025-01-14", name
        assert (doc.authors, doc.metadata.get("source_name")) == ([author], source), name
        assert author not in doc.text and doc.text.startswith("受寒潮影响"), name


def test_a_message_boards_message_a_tenders_parties_and_numbered_attachments_stay(tmp_path: Path) -> None:
    """A 问政 page's message beside its `留言内容` label in a panel of its own, a tender's parties
    (采购人:, 采购代理机构:) under its body, and the second of two numbered attachments (a bare link)
    are the documents'."""
    message = "我家住在翠湖花园，每天早上陪老人经过翠湖路口，行人绿灯不到二十秒，老人走到一半就变红灯了，希望能延长绿灯时间。"
    board = (
        "<html><head><meta charset='utf-8'><title>留言详情</title></head><body><div class='nav'><a href='/'>首页</a><a href='/ly'>网民留言</a></div>"
        "<div class='panel'><table class='table-bordered'><tr><th>留言标题</th><td>翠湖路口红绿灯时长太短</td></tr>"
        f"<tr><th>留言内容</th><td class='ly-nr'>{message}</td></tr></table></div>"
        "<div class='panel reply'><h3>答复信息</h3><p>网友您好！您反映的问题已收悉。经现场勘查，该路口行人绿灯时间为十八秒，确实不能满足老年人通行需求。</p>"
        "<p>我支队已于3月18日将行人绿灯时间延长至三十二秒，并将结合道路改造工程研究设置安全岛。感谢您对交通管理工作的关心和支持！</p></div>"
        "<div class='footer'>版权所有：某某市人民政府</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "board.html", board))]).documents
    assert message in doc.text and "我支队已于3月18日" in doc.text
    notice = (
        "<html><head><meta charset='utf-8'><title>医用耗材配送服务项目招标公告-某某县卫生健康委员会</title></head><body>"
        "<div class='TRS_Editor'><h2>医用耗材配送服务项目招标公告</h2>"
        "<p>一、项目名称：县人民医院医用耗材集中配送服务项目，预算金额三百八十万元，服务期三年。</p>"
        "<p>二、投标人须具备有效的医疗器械经营许可证，并于7月27日前在县公共资源交易中心网站获取招标文件。</p>"
        "<p>三、对本次招标提出询问，请按以下方式联系。</p>"
        "<p>采购人：县人民医院　地址：人民路216号　联系人：严海鸥</p>"
        "<p>采购代理机构：某某招标代理有限公司　联系方式：0796-5217766</p>"
        "<p>附件：1.投标报价表</p><p>　　<a href='/f/2.doc'>2.医用耗材配送服务评分细则</a></p></div>"
        "<div class='footer'>主办单位：某某县卫生健康委员会　网站标识码：3607250012</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "tender.html", notice))]).documents
    assert "采购代理机构：某某招标代理有限公司" in doc.text
    assert "2.医用耗材配送服务评分细则" in doc.text and "网站标识码" not in doc.text


def test_a_title_element_the_title_tag_holds_is_the_headline_over_a_sites_heading(tmp_path: Path) -> None:
    """No heading holds the headline: `<div class="detail-title">图解｜…</div>`, held whole by the
    <title> (split there at its `｜`), is the title; so is `<div class="gk-title">` over a site's
    `<h1>` in its header."""
    body = "<p>为深入推进食品安全放心工程建设，市市场监督管理局近日印发实施方案，提出十项具体举措。</p><p>到年底，全市食品抽检量达到每千人五批次，总体合格率稳定在百分之九十八以上。</p>"
    labelled = (
        "<html><head><title>图解｜某某市食品安全守护行动十项举措 - 某某市市场监督管理局</title></head><body>"
        f"<div class='detail'><div class='detail-title'>图解｜某某市食品安全守护行动十项举措</div>{body}</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "tj.html", labelled))]).documents
    assert doc.title == "图解｜某某市食品安全守护行动十项举措"
    headed = (
        "<html><head><title>某某市民政局关于规范低保家庭经济状况核对工作的通知</title></head><body>"
        "<div class='gk-top'><h1>某某市政府信息公开平台</h1></div>"
        f"<div class='gk-title'>某某市民政局关于规范低保家庭经济状况核对工作的通知</div>{body}</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "gk.html", headed))]).documents
    assert doc.title == "某某市民政局关于规范低保家庭经济状况核对工作的通知"


def test_a_sites_floor_guide_above_the_article_is_no_threads_floor_marker(tmp_path: Path) -> None:
    """A hospital page's sidebar lists its floors (`1楼`, `2楼`) between the title and the article:
    no forum thread, so nothing under it is taken as replies."""
    paras = [
        "经过半年施工，县人民医院门诊楼改造工程全面完成，新门诊大厅面积扩大一倍，候诊座椅增加到三百余个。",
        "改造后的门诊楼实行一站式服务，挂号、缴费、取药均可在自助机上完成，群众就医等候时间明显缩短。",
        "医院还在各楼层设置了导诊台和志愿者服务岗，为老年人和行动不便的患者提供陪诊服务。",
    ]
    for side in ("<div class='sidebar'>", "<div>"):
        page = (
            "<html><head><meta charset='utf-8'><title>县人民医院门诊楼改造完成_某某县人民医院</title></head><body>"
            "<h1>县人民医院门诊楼改造完成</h1><div class='info'>发布时间：2024-05-06 来源：院办</div>"
            f"<table><tr><td>{side}<p>楼层导航</p><p>1楼</p><p>挂号收费 药房</p><p>2楼</p><p>内科 外科</p></div></td>"
            "<td class='content'>" + "".join(f"<p>{p}</p>" for p in paras) + "</td></tr></table>"
            "<div class='footer'>版权所有：某某县人民医院</div></body></html>"
        )
        [doc] = clean([str(_write(tmp_path, "floors.html", page))]).documents
        assert all(p in doc.text for p in paras), side


def test_a_sidebars_short_unit_heading_is_no_title_and_a_cms_short_title_gives_the_full_heading(tmp_path: Path) -> None:
    """Two ways a page's <title> misleads: a sidebar's `<h3>市卫生健康委` is a piece of a long <title>
    (the headline sits in a styled div, its meta `ArticleTitle` states it), and a CMS's short title
    (`全科年会召开_学会动态_…`) over the article's `<h2>` that spells it out. The headline is the title."""
    body = "<p>会议指出,今年全市卫生健康系统要以提升群众就医获得感为目标,持续推进分级诊疗制度建设和公立医院高质量发展。</p>" * 2
    headline = "某某市卫生健康委员会关于印发某某市2025年卫生健康工作要点的通知"
    gov = (
        f"<html><head><title>{headline}_某某市卫生健康委</title><meta name=\"ArticleTitle\" content=\"{headline}\"></head><body>"
        "<div class=\"left\"><h3>市卫生健康委</h3><ul><li><a href=\"/a\">机构职能</a></li><li><a href=\"/b\">领导信息</a></li></ul></div>"
        f"<div class=\"xxgk-title\">{headline}</div><div class=\"content\">{body}</div></body></html>"
    )
    meeting = (
        "<html><head><title>全科年会召开_学会动态_某某省医学会</title><meta property=\"og:title\" content=\"全科年会召开\"></head><body>"
        "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/x\">学会动态</a></div><div class=\"title\"><h2>某某省医学会全科医学分会2025年学术年会在某某召开</h2></div>"
        "<div class=\"content\"><p>年会围绕基层全科医生队伍建设、家庭医生签约服务提质增效等议题展开交流,来自全省各地的三百余名代表参加会议。</p>"
        "<p>会上还举行了全科医学优秀病例评选颁奖仪式,十二份病例获评年度优秀病例。</p></div></body></html>"
    )
    [a, b] = clean([str(_write(tmp_path, "gov.html", gov)), str(_write(tmp_path, "meeting.html", meeting))]).documents
    assert a.title == headline
    assert b.title == "某某省医学会全科医学分会2025年学术年会在某某召开"


def test_a_lectures_time_an_epapers_byline_block_an_office_as_meta_author(tmp_path: Path) -> None:
    """Under a lecture notice's title, `时间:` beside `报告人:` and `地点:` is the lecture's, not the
    page's date line; an e-paper's byline in a block of its own between the title and the article
    gives the authors; an office in `<meta name="author">` is nobody."""
    lecture = (
        "<html><head><meta charset='utf-8'><meta name='author' content='研究生院招生办公室'><title>学术报告：城市慢病防控的数据方法_数学科学学院</title></head><body>"
        "<h1>学术报告：城市慢病防控的数据方法</h1><div class='info'>发布者：数学科学学院　发布时间：2024-03-04</div><div class='content'>"
        "<p>报告人：某知远 研究员</p><p>时间：2024年3月8日（星期五）下午2:30-4:00</p><p>地点：数学楼二楼报告厅</p>"
        "<p>报告摘要：本报告介绍基于电子健康档案的慢性病风险预测方法，以及该方法在社区干预中的应用与评估。</p>"
        "<p>报告人简介：某知远，研究员，主要从事生物统计与公共卫生数据分析研究，主持多项国家级科研项目。</p></div></body></html>"
    )
    epaper = (
        "<html><head><meta charset='utf-8'><title>某江社区卫生服务中心试点家庭病床_某江日报</title></head><body>"
        "<div class='paper'>某江日报 2024年05月08日</div><div class='art-head'><h1>某江社区卫生服务中心试点家庭病床</h1></div>"
        "<div class='art-author'>本报记者 某明远　通讯员 某婷</div><div id='ozoom'>"
        "<p>本报讯 今年4月起，某江社区卫生服务中心在辖区内选取失能、半失能老人和出院后仍需延续治疗的患者，开展家庭病床服务试点。</p>"
        "<p>家庭病床的建床费、巡诊费已纳入医保报销范围，一个周期为60天，到期后可根据病情续建。</p></div></body></html>"
    )
    [a, b] = clean([str(_write(tmp_path, "lecture.html", lecture)), str(_write(tmp_path, "paper.html", epaper))]).documents
    assert "时间：2024年3月8日（星期五）下午2:30-4:00" in a.text.split("\n")
    assert a.published.startswith("2024-03-04") and a.authors == []
    assert b.authors == ["某明远", "某婷"]


def test_a_threads_board_tag_and_a_profiles_name_in_the_title(tmp_path: Path) -> None:
    """A forum thread's `<h1><a>[经验分享]</a> <span>subject</span>`: the subject is the title. A
    teacher's profile titled `某某某-师资队伍-…` with the name in its `<h1>` and a side menu's
    `<h2>师资队伍`: the name is the title."""
    thread = (
        "<html><head><meta charset='utf-8'><title>自己动手给老房子刷墙 - 家居装修 - 某溪生活网</title></head><body>"
        "<h1 class='ts'><a href='#'>[经验分享]</a> <span id='thread_subject'>自己动手给老房子刷墙</span></h1>"
        "<div class='t_f'>去年秋天把家里的老房子重新刷了一遍墙，前后花了两个周末，踩过的坑不少，写下来给大家参考。"
        "先说铲墙皮，老墙的腻子一定要铲到底，不然新漆刷上去很快就会起皮。</div></body></html>"
    )
    profile = (
        "<html><head><meta charset='utf-8'><title>某启明-师资队伍-某某大学公共卫生学院</title></head><body>"
        "<div class='side'><h2>师资队伍</h2><ul><li><a href='/a'>教授</a></li><li><a href='/b'>副教授</a></li></ul></div>"
        "<div class='main'><h1 class='tname'>某启明</h1><p>某启明，教授，博士生导师，主要研究方向为流行病学与卫生统计学，"
        "近年来主持国家自然科学基金项目三项，发表学术论文六十余篇。</p><p>代表性论文：慢性病队列研究中的缺失数据处理方法。</p></div></body></html>"
    )
    [a, b] = clean([str(_write(tmp_path, "thread.html", thread)), str(_write(tmp_path, "teacher.html", profile))]).documents
    assert a.title == "自己动手给老房子刷墙"
    assert b.title == "某启明"


def test_an_old_pages_site_column_headline_title_with_the_headline_in_a_bold_cell(tmp_path: Path) -> None:
    """`某某县人民医院--院内新闻--headline` over a table layout whose headline is bold text in a cell,
    no heading element: the headline is the title, not the site's name."""
    page = (
        "<html><head><meta charset='utf-8'><title>某坪县人民医院--院内新闻--我院顺利通过二级甲等医院复评审</title></head><body>"
        "<table><tr><td><a href='/'>首页</a> <a href='/n'>院内新闻</a></td></tr>"
        "<tr><td align='center'><font style='font-size:18px'><b>我院顺利通过二级甲等医院复评审</b></font></td></tr>"
        "<tr><td>发布时间：2010-11-05</td></tr><tr><td><p>11月3日至4日，市卫生局评审专家组对我院进行二级甲等医院复评审，"
        "专家组通过听取汇报、查阅资料、现场检查等方式进行了全面评审。</p><p>评审反馈会上，专家组对我院近年来的建设成效给予充分肯定。</p></td></tr></table>"
        "</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "old.html", page))]).documents
    assert doc.title == "我院顺利通过二级甲等医院复评审"
    assert not doc.text.startswith("我院顺利通过二级甲等医院复评审")


def test_a_hosted_blog_posts_title_names_its_blogger(tmp_path: Path) -> None:
    """`标题_博主_某某博客`: the blogger between the post and the platform is the author."""
    page = (
        "<html><head><meta charset='utf-8'><title>山里的第一场雪_某晓梅_青鸟博客</title></head><body>"
        "<div class='blogtitle'><h2>山里的第一场雪</h2></div><div class='articalContent'>"
        "<p>早上推开宿舍的门，整个山坳都白了。孩子们比我起得还早，在操场上追着雪花跑，笑声把山谷都填满了。</p>"
        "<p>第一节课我没有讲课本，带他们去看雪，让每个人说一句话写进日记里。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "blog.html", page))]).documents
    assert doc.authors == ["某晓梅"]


@pytest.mark.parametrize("byline", [
    # A byline in a block of its own under the info bar, outside the article's container.
    "<div class='art-meta'><span>某某晚报</span> <span>2023-08-14 19:26</span> <span>阅读 1.2万</span></div>"
    "<div class='art-author'>记者 陈沐阳 实习生 许可欣</div>",
    # …and in the writer's box beside the article.
    "<div class='author-box'><img src='a.png'><div><p class='name'>文｜陈沐阳</p>"
    "<p class='sub'><span>2023-08-14 19:26</span> · <span>阅读 8.6万</span></p></div></div>",
])
def test_a_byline_block_outside_the_article_container_names_its_authors(tmp_path: Path, byline: str) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>老街夜市回来了：西关巷烟火气一夜排到凌晨</title></head><body>"
        f"<div class='article-wrap'><h1>老街夜市回来了：西关巷烟火气一夜排到凌晨</h1>{byline}"
        "<div class='art-body'><p>晚上十点半，西关巷的人流还没有散去的意思。烤生蚝的炭火、海蛎煎的铁板在巷子两侧一字排开。</p>"
        "<p>8月7日，停业改造近一年的西关巷夜市重新开张，恢复营业首周，夜市日均客流超过两万人次。</p>"
        "<p>鹭城市商务局相关负责人表示，今年全市计划打造8条特色夜间消费街区，西关巷是其中第一条。</p></div></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.authors[0] == "陈沐阳"
    assert "陈沐阳" not in doc.text and doc.text.startswith("晚上十点半")


def test_a_title_of_the_site_and_a_column_gives_way_to_the_pages_title_cell(tmp_path: Path) -> None:
    """`<title>某某研究所----新闻动态</title>` names no headline: the bold cell marked as the title
    is it, the info row under it with its font switch gives date and source, the site is the site."""
    page = (
        "<html><head><meta charset='utf-8'><title>临川海洋生态研究所----新闻动态</title></head><body>"
        "<table class='top'><tr><td><div class='cn-name'>临川海洋生态研究所</div></td></tr>"
        "<tr><td><a href='/'>首页</a> <a href='/gk'>概况</a> <a href='/xw'>新闻动态</a> <a href='/ky'>科研成果</a></td></tr></table>"
        "<table class='main'><tr><td class='newstitle'>科研团队揭示南屿海域珊瑚白化新机制</td></tr>"
        "<tr><td class='newsinfo'>2016-09-28 | 来源：某某科技报 | 【<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】</td></tr>"
        "<tr><td class='content'><p>近日，临川海洋生态研究所珊瑚礁生态研究团队在国际学术期刊发表论文，揭示了造礁珊瑚白化的一种新机制。</p>"
        "<p>珊瑚白化是珊瑚礁生态系统面临的最严重威胁之一，团队连续三年在南屿海域开展野外观测和室内实验。</p></td></tr></table>"
        "<div class='foot'>版权所有 临川海洋生态研究所</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.title == "科研团队揭示南屿海域珊瑚白化新机制"
    assert doc.published == "2016-09-28" and doc.metadata.get("source_name") == "某某科技报"
    assert doc.metadata.get("site") == "临川海洋生态研究所"
    assert doc.text.startswith("近日")


def test_a_title_of_a_column_and_the_site_gives_way_to_a_lower_heading(tmp_path: Path) -> None:
    """`<title>学术动态--某某学会官网</title>` names a column and the site: the article's headline is an
    `<h5>` over its info line, not the column's name."""
    page = (
        "<html><head><meta charset='utf-8'><title>学术动态--东岭植物学会官网</title></head><body>"
        "<div class='header'><h4>东岭植物学会官方网站欢迎您的访问</h4><a href='/'>首页</a> <a href='/xs'>学术动态</a></div>"
        "<div class='crumb'><h3>首页 - 学术动态</h3></div>"
        "<div class='news'><h5>第七届山地植物多样性研讨会在云岭大学召开</h5>"
        "<div class='ly'>发布时间：2021-06-14 来源：学会秘书处</div>"
        "<div class='content'><p>6月12日至13日，第七届山地植物多样性研讨会在云岭大学召开，来自四十余所高校和研究机构的二百余名代表参会。</p>"
        "<p>会议设三个分会场，与会代表围绕高山植物适应机制、珍稀植物保护等议题作了报告。</p></div></div>"
        "<div class='footer'>版权所有 东岭植物学会</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.title == "第七届山地植物多样性研讨会在云岭大学召开"
    assert doc.published == "2021-06-14"
    assert doc.text.startswith("6月12日")


def test_a_link_cards_caption_set_outside_its_link_goes_with_the_card(tmp_path: Path) -> None:
    """A tab of other stories under the article: each card is a linked picture titled with the
    story's headline and a paragraph repeating it outside the link. The caption is link text and
    goes with the tab; the article's last paragraph stays."""
    page = (
        "<html><head><meta charset='utf-8'><title>市中心医院开通夜间儿科门诊_健康_某某网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/jk'>健康</a> <a href='/sh'>社会</a></div>"
        "<h1>市中心医院开通夜间儿科门诊</h1><div class='info'>2021-11-02 09:30 来源：某某网</div>"
        "<section id='main-content'><div class='make'><article><div class='art-main'><div class='editor'><p>11月1日起，市中心医院开通夜间儿科门诊，每天18时至22时由高年资医生坐诊，缓解夜间儿童就诊难。</p>"
        "<p>医院提醒，孩子夜间高热不退、精神差时应及时就诊，普通感冒可在白天门诊就医。</p></div></div></article></div>"
        "<div class='art-tab'><h3><a href='/wh/'>文化</a><a href='/sh/'>社会</a></h3><h3><a href='/jk/'>健康</a><a href='/ly/'>旅游</a></h3></div>"
        "<div class='tab-con'><div class='bd'><div class='ul-bor'><ul class='img'>"
        "<a href='/sh/2021/t101.htm' title='义诊、讲座、免费体检……城南社区卫生服务中心迎来“开放日”'><img src='/p/1.jpg' alt='义诊、讲座、免费体检……城南社区卫生服务中心迎来“开放日”'></a>"
        "<p class='pic-title-txt'>义诊、讲座、免费体检……城南社区卫生服务中心迎来“开放日”</p></ul></div></div></div>"
        "</section><div class='foot'>版权所有 某某网</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert "义诊、讲座、免费体检……城南社区卫生服务中心迎来“开放日”" not in doc.text
    assert doc.text.rstrip().endswith("可在白天门诊就医。")


def test_an_old_government_pages_bt_headline_and_its_info_line_with_a_print_link(tmp_path: Path) -> None:
    """`<div class="bt">` shows the headline the <title> holds after a place's prefix; the info line
    under it ends in a print link and still gives its source."""
    page = (
        "<html><head><meta charset='utf-8'><title>某某县：移动医院开进深山瑶寨_某某县人民政府门户网站</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/zw'>政务公开</a> <a href='/xw'>新闻中心</a> <a href='/fw'>办事服务</a></div>"
        "<table><tr><td><div class='bt'>移动医院开进深山瑶寨</div>"
        "<div class='sj'>时间：2018-10-26 17:05 &nbsp;&nbsp; 来源：某某县融媒体中心 &nbsp;&nbsp; 【<a href='#'>打印</a>】</div>"
        "<div class='nr'><p>10月25日，县人民医院的移动医疗车开进深山瑶寨，为村民免费体检，现场发放健康资料二百余份。</p>"
        "<p>医疗车配备了彩超、心电图机和生化分析仪，村民在家门口就能做上全面的健康检查。</p></div></td></tr></table>"
        "<div class='foot'>主办：某某县人民政府办公室</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.title == "移动医院开进深山瑶寨"
    assert doc.metadata.get("source_name") == "某某县融媒体中心" and doc.published == "2018-10-26T17:05"


def _wechat_page(top: str = "", tail: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><meta name='author' content='某某健康'><meta property='og:site_name' content='微信公众平台'>"
        "<meta property='og:title' content='秋冬季流感高发，这份防护指南请收好'><title>秋冬季流感高发，这份防护指南请收好</title>"
        "<script>var nickname = \"某某健康\"; var ct = \"1716181800\";</script></head><body>"
        "<div id='js_article'><h1 id='activity-name'>秋冬季流感高发，这份防护指南请收好</h1>"
        "<div id='meta_content'><span id='js_author_name'></span><a id='js_name'>某某健康</a><em id='publish_time'></em></div>"
        f"<div id='js_content'>{top}<p>进入11月，全市流感样病例就诊量明显上升，疾控专家提醒市民做好个人防护，重点人群尽早接种疫苗。</p>"
        "<p>专家介绍，流感病毒主要通过飞沫传播，勤洗手、戴口罩、常通风是简单有效的防护办法。</p>"
        f"<p>出现发热、咳嗽等症状时应及时就医，儿童和老人更要警惕重症的早期信号。</p>{tail}</div>"
        "<div class='qr_code_pc'><p>微信扫一扫<br>关注该公众号</p></div></div></body></html>"
    )


@pytest.mark.parametrize(("top", "tail", "source"), [
    ("", "", None),
    ("<p>来源：某某市疾病预防控制中心</p>", "", "某某市疾病预防控制中心"),
    ("", "<p>文字：林晓岚</p><p>编辑：韩雪</p><p>来源：某某市疾控中心免疫规划所</p>", "某某市疾控中心免疫规划所"),
    # A department that supplied the piece is no source either.
    ("", "<p>供稿：心血管内科</p><p>文字：林晓岚</p><p>编辑：韩雪</p>", None),
])
def test_a_wechat_pages_account_is_no_source_and_a_stated_one_is(tmp_path: Path, top: str, tail: str, source: str | None) -> None:
    """A WeChat page's account (`#js_name`) is the account that posted it: the source is the one the
    article states, and none when it states none."""
    [doc] = clean([str(_write(tmp_path, "a.html", _wechat_page(top, tail)))]).documents
    assert doc.metadata.get("source_name") == source and doc.metadata["account_name"] == "某某健康"
    # The nickname in the author meta tags is the account's, not a person's.
    assert doc.authors == (["林晓岚"] if "林晓岚" in tail else [])


def test_a_notices_signature_under_a_long_table_stays(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>{k}</td><td>某某药品{k}号片</td><td>片剂</td><td>10mg×14片</td><td>某某制药有限公司</td><td>{k}.50</td></tr>"
        for k in range(1, 31)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>关于公布第五批药品集中带量采购中选结果的通知_某某省医疗保障局</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/a'>机构概况</a> <a href='/b'>政务公开</a> <a href='/c'>通知公告</a></div>"
        "<div class='article'><h1>关于公布第五批药品集中带量采购中选结果的通知</h1><div class='content'>"
        "<p>各市医疗保障局、各公立医疗机构：根据省第五批药品集中带量采购工作安排，现将中选结果公布如下。</p>"
        f"<table><tr><th>序号</th><th>药品名称</th><th>剂型</th><th>规格</th><th>企业</th><th>中选价格</th></tr>{rows}</table>"
        "<p>如对中选结果有异议，请于公布之日起5个工作日内以书面形式反映，逾期不予受理。</p>"
        "<p style='text-align:right'>某某省医疗保障局</p><p style='text-align:right'>2023年9月18日</p></div></div>"
        "<div class='footer'>版权所有：某某省医疗保障局 网站标识码：0000000000</div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.text.endswith("逾期不予受理。\n某某省医疗保障局\n2023年9月18日")


def test_a_cms_author_tag_naming_the_pages_editor_names_no_author(tmp_path: Path) -> None:
    page = hospital_page().replace(
        "<meta name=\"PubDate\"", "<meta name=\"Author\" content=\"孙雯\"><meta name=\"PubDate\""
    ).replace("<div class=\"share", "<div class=\"editor\">责任编辑：孙雯</div><div class=\"share")
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.authors == []
    page = hospital_page().replace("<meta name=\"PubDate\"", "<meta name=\"Author\" content=\"孙雯\"><meta name=\"PubDate\"")
    [doc] = clean([str(_write(tmp_path, "b.html", page))]).documents
    assert doc.authors == ["孙雯"]


def test_a_timetable_whose_cells_span_rows_or_columns_keeps_its_columns(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>专家出诊表</title></head><body><h1>心内科专家出诊时间表</h1><div class='content'>"
        "<p>为方便患者就医，现将本周专家出诊安排公布如下，请患者合理安排就诊时间。</p>"
        "<table><tr><th>科室</th><th>医生</th><th>职称</th><th>周一</th><th>周二</th><th>周三</th></tr>"
        "<tr><td rowspan='2'>心血管内科</td><td>邵景行</td><td>主任医师</td><td>上午</td><td>&nbsp;</td><td>全天</td></tr>"
        "<tr><td>李明</td><td>副主任医师</td><td>&nbsp;</td><td>下午</td><td>上午</td></tr>"
        "<tr><td>神经内科</td><td colspan='2'>王芳 主任医师</td><td>全天</td><td>&nbsp;</td><td>下午</td></tr></table>"
        "<p>如遇专家停诊，医院将提前在官方公众号发布通知，请患者留意。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    rows = [ln for ln in doc.text.split("\n") if ln.startswith("|")]
    assert rows == [
        "| 科室 | 医生 | 职称 | 周一 | 周二 | 周三 |",
        "| 心血管内科 | 邵景行 | 主任医师 | 上午 | | 全天 |",
        "| | 李明 | 副主任医师 | | 下午 | 上午 |",
        "| 神经内科 | 王芳 主任医师 | | 全天 | | 下午 |",
    ]


def test_a_notices_tips_and_signature_under_a_long_table_stay(tmp_path: Path) -> None:
    """A notice whose table of sites outweighs its prose: the main block is the table; the numbered
    tips under it, each a sentence going on from the one above, and the signature stay."""
    rows = "".join(
        f"<tr><td>{n}</td><td>某某区</td><td>某某社区卫生服务中心第{n}接种点</td><td>某某路{n}号</td><td>周一至周日 8:00-17:00</td></tr>"
        for n in range(1, 9)
    )
    tips = ["1.接种时请携带本人身份证，并全程佩戴口罩，保持一米间隔；", "2.接种后需在留观区留观30分钟，无异常后方可离开；",
            "3.18周岁以下人群、孕妇暂不纳入本阶段接种范围。"]
    page = (
        '<html><body><div class="nav"><a href="/">首页</a><a href="/tz">通知公告</a></div><div class="TRS_Editor">'
        "<p>为进一步方便群众就近接种疫苗，现将新增接种点公布如下：</p>"
        f"<table><tr><td>序号</td><td>所属区县</td><td>接种点名称</td><td>地址</td><td>接种时间</td></tr>{rows}</table>"
        "<p>温馨提示：</p>" + "".join(f"<p>{t}</p>" for t in tips)
        + '<p style="text-align:right">某某市卫生健康委员会</p><p style="text-align:right">2021年4月8日</p></div>'
        '<div class="share"><span>分享到：</span><a>微信</a><a>微博</a></div></body></html>'
    )
    [doc] = clean([str(_write(tmp_path, "sites.html", page))]).documents
    lines = doc.text.split("\n")
    assert lines[-5:] == [*tips, "某某市卫生健康委员会", "2021年4月8日"]
    assert "分享到" not in doc.text


def test_a_meta_author_naming_two_writers_gives_both(tmp_path: Path) -> None:
    page = (
        '<html><head><meta name="author" content="曹某某,宁某某"><title>医保目录出炉</title></head><body>'
        '<div class="article"><h1>新版医保药品目录出炉</h1><p>12月3日，国家医保局公布药品目录调整结果，本次共有七十四种药品新增进入目录，'
        "谈判成功的药品平均降价百分之六十以上，新目录将于明年1月1日起正式执行。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "meta.html", page))]).documents
    assert doc.authors == ["曹某某", "宁某某"]


def test_a_wechat_pages_day_in_its_publish_time_variable_is_the_date(tmp_path: Path) -> None:
    """An older WeChat page leaves its time element empty and states the day only in its script
    (`var publish_time = "2018-11-21" || "";`)."""
    page = _wechat_page().replace('var ct = "1716181800";', 'var publish_time = "2018-11-21" || "";')
    assert "publish_time = " in page
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.published == "2018-11-21"


def test_a_tables_cells_wrapped_in_sections_stay_rows(tmp_path: Path) -> None:
    """The WeChat editor wraps each cell's text in a `<section>`: the table still reads as rows."""
    cells = [["岗位代码", "岗位名称", "人数"], ["01", "中医内科医师", "4"], ["02", "医学影像技师", "2"]]
    rows = "".join(
        "<tr>" + "".join(f"<td><section><span leaf=''>{c}</span></section></td>" for c in r) + "</tr>" for r in cells
    )
    page = _wechat_page(tail=f"<section style='overflow-x: auto;'><table><tbody>{rows}</tbody></table></section>")
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert "| 01 | 中医内科医师 | 4 |" in doc.text
    assert "中医内科医师" not in doc.text.split("\n")


def test_structured_data_naming_a_unit_or_the_editor_names_no_author_and_a_blog_themes_vcard_does(tmp_path: Path) -> None:
    """JSON-LD's `author` holding a department (宣传科) or the editor the page credits (责任编辑) is no
    writer; the writers come from the page. A blog theme's `author vcard` names its writer."""
    ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"我院上线夜间药事咨询服务","author":%s}'
    body = (
        "<p>3月1日起，我院互联网医院上线夜间药事咨询服务，每晚18时至22时由临床药师在线解答用药问题。</p>"
        "<p>上线半个月来，平台共接诊咨询四百余人次，其中儿童用药和慢病用药的问题最多。</p>"
    )
    for author, credit in (('{"@type":"Person","name":"宣传科"}', "<p>文/任某琪 龚某　审核/毛某</p>"),
                           ('{"@type":"Person","name":"毕某"}', "<p>文/任某琪 龚某</p><p>【责任编辑:毕某】</p>")):
        page = (
            "<html><head><meta charset='utf-8'><title>我院上线夜间药事咨询服务_某某医院</title>"
            f"<script type='application/ld+json'>{ld % author}</script></head><body>"
            f"<h1>我院上线夜间药事咨询服务</h1><div class='entry-content'>{body}{credit}</div></body></html>"
        )
        [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
        assert doc.authors == ["任某琪", "龚某"], author
    page = (
        "<html><head><meta charset='utf-8'><title>糖尿病小组开展联谊活动 – 某某妇幼保健院</title></head><body>"
        "<article><h1 class='entry-title'>糖尿病小组开展联谊活动</h1><div class='entry-meta'>"
        "<span class='posted-on'><time class='entry-date published' datetime='2018-11-14T08:30:12+00:00'>2018年11月14日</time></span>"
        "<span class='byline'> 作者 <span class='author vcard'><a class='url fn n' href='/author/x/'>杜某兰</a></span></span></div>"
        f"<div class='entry-content'>{body}</div></article></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "b.html", page))]).documents
    assert doc.authors == ["杜某兰"]


def test_a_templates_unknown_source_is_none_and_a_comment_count_after_the_source_is_no_part_of_it(tmp_path: Path) -> None:
    """`来源:未知` (a CMS's placeholder) names no source; `来源: <a>某某报</a><a>参与跟贴 37</a>` names 某某报."""
    body = "<p>9月20日，县人民医院骨科为一名九旬老人成功实施髋关节置换术，术后第二天老人即可下床活动。</p><p>手术由骨科主任带领团队完成，麻醉科、心内科全程保障。</p>"
    page = (
        "<html><head><meta charset='gb2312'><title>九旬老人成功置换髋关节_某某县医院</title></head><body><h1>九旬老人成功置换髋关节</h1>"
        f"<div class='info'><small>时间:</small>2016-09-21 10:32<small>来源:</small>未知 <small>作者:</small>admin</div>{body}</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.metadata.get("source_name") is None and doc.published == "2016-09-21T10:32" and doc.authors == []
    page = (
        "<html><head><meta charset='utf-8'><title>九旬老人成功置换髋关节_某某网</title></head><body><h1>九旬老人成功置换髋关节</h1>"
        f"<div class='post_info'>2020-06-14 08:12:35　来源: <a href='#'>某某健康报</a><a class='post_info_tie' href='#tie'>参与跟贴 37</a></div>{body}</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "b.html", page))]).documents
    assert doc.metadata.get("source_name") == "某某健康报"


def test_a_repost_cards_tagline_and_a_mini_program_card_in_a_wechat_article_go(tmp_path: Path) -> None:
    """A reposted article's card of the account it came from (以下文章来源于…, the account's name, its
    tagline, 关注) and a mini program's card set in the article are the platform's, not the article's."""
    card = (
        "<div id='js_share_source' class='original_panel js_share_source_card'>"
        "<div class='original_panel_tool'><span class='original_panel_tips'>以下文章来源于某某健康播报</span></div>"
        "<div class='weui-flex original_account'><div class='weui-flex__item'><strong class='original_account_nickname'>某某健康播报</strong>"
        "<p class='original_account_desc'>某某省疾控官方科普平台，权威发布传染病防控信息</p></div>"
        "<span class='weui-btn original_account_btn'>关注</span></div></div>"
    )
    weapp = (
        "<section class='weapp_display_element js_weapp_display_element'><span class='weapp_card_nickname'>某某融媒</span>"
        "<span class='weapp_card_title'>看某某</span><span class='weapp_card_logo'>小程序</span></section>"
    )
    page = _wechat_page(tail=weapp).replace("<div id='js_content'>", card + "<div id='js_content'>")
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.text.startswith("进入11月")
    assert "官方科普平台" not in doc.text and "小程序" not in doc.text
    assert doc.text.rstrip().endswith("早期信号。")


def test_a_tit_cell_a_trailing_badge_and_a_day_first_info_bar(tmp_path: Path) -> None:
    """A `<div class="tit">` under a <title> naming only the site is the headline; a badge after
    the headline's words (`<span>已解答</span>`) is no part of it; an info bar's spans with a
    day-first date (`08/10/2020 19:45`, `記者：某某`) give the date and the writer."""
    body = "<p>医院管理局今日公布冬季服务高峰应变计划，预计流感季节最快于12月下旬出现，各联网将于高峰期额外开设临时病床。</p><p>当局呼吁市民尽早接种季节性流感疫苗，轻症患者可先到普通科门诊求诊。</p>"
    page = (
        "<html><head><meta charset='utf-8'><title>某某市疾病预防控制中心</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/jk'>健康教育</a></div>"
        "<div class='tit'>秋冬季呼吸道传染病防控健康提示</div>"
        f"<div class='attr'><span>发布日期：2023-10-18</span><span>来源：某某市疾病预防控制中心</span></div>{body}</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.title == "秋冬季呼吸道传染病防控健康提示" and doc.published == "2023-10-18"
    page = (
        "<html><head><meta charset='utf-8'><title>吃完海鲜起红疹是过敏吗_某某问答</title></head><body>"
        "<h1 class='qa-title'>吃完海鲜全身起红疹很痒，是过敏吗 <span class='tag'>已解答</span></h1>"
        f"<div class='gw-meta'><span class='gw-date'>08/10/2020 19:45</span><span class='gw-by'>記者：鄺某明</span><span class='gw-views'>閱讀次數：3,207</span></div>{body}</body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "b.html", page))]).documents
    assert doc.title == "吃完海鲜全身起红疹很痒，是过敏吗"
    assert doc.published == "2020-10-08T19:45" and doc.authors == ["鄺某明"]
    assert "閱讀次數" not in doc.text


def test_a_traditional_sites_name_before_its_column_in_the_title_gives_way_to_the_title_cell(tmp_path: Path) -> None:
    """`<title>某某醫院 :: 最新消息</title>` names the site (in traditional script) and a column; the cell
    marked as the news title holds the headline."""
    page = (
        "<html><head><meta charset='utf-8'><title>嘉南某某醫院 :: 最新消息</title></head><body>"
        "<table><tr><td class='top'><a href='/'>首頁</a> | <a href='/news'>最新消息</a></td></tr>"
        "<tr><td class='newstitle'><font size='4'><b>101年度流感疫苗10月起開打 社區接種站時間表</b></font></td></tr>"
        "<tr><td class='newsinfo'>消息日期：2012/10/05　發佈單位：社區醫學部　瀏覽人數：856</td></tr>"
        "<tr><td><p>本院將於十月起開始接種公費流感疫苗，符合資格的民眾可攜帶健保卡到院接種，詳細時間如下表所示。</p>"
        "<p>接種對象包括六十五歲以上長者、六個月以上嬰幼兒以及孕婦等族群，請民眾把握時間，踴躍接種。</p></td></tr></table></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.title == "101年度流感疫苗10月起開打 社區接種站時間表"
    assert doc.published == "2012-10-05"


def test_a_day_in_a_sentence_of_the_article_is_no_date_line_the_record_tables_date_is(tmp_path: Path) -> None:
    """A town's 信息公开 page: its record table states 生成日期; a sentence of the notice near the
    title names another day (收缴工作从…开始。), which is no date of the page's."""
    page = (
        "<html><head><meta charset='utf-8'><title>关于做好新农合参合费收缴工作的通知_某某镇人民政府</title></head><body>"
        "<table class='xxgk'><tr><td class='lb'>索引号：</td><td>000123/2013-00456</td><td class='lb'>主题分类：</td><td>卫生</td></tr>"
        "<tr><td class='lb'>发布机构：</td><td>某某镇人民政府</td><td class='lb'>生成日期：</td><td>2013-11-06</td></tr></table>"
        "<h1>关于做好新农合参合费收缴工作的通知</h1>"
        "<div class='content'><p>各村（居）委会：</p><p>三、收缴时间。收缴工作从2013年11月10日开始，12月20日前结束。</p>"
        "<p>各村要于12月25日前将参合花名册和收缴款项报镇合管办，逾期不再受理，请各村高度重视，按时完成收缴任务。</p></div></body></html>"
    )
    [doc] = clean([str(_write(tmp_path, "a.html", page))]).documents
    assert doc.published == "2013-11-06"
