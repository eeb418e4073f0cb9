"""Pages kept by a search engine's cache, a feed reader or a web archive; an e-paper's story pages;
roundups of care homes and of Red Cross branches: what a user reads in the records of such pages.
Each test is a page written for the project."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records

_CLINIC = [
    "为方便上班族就医，澄川市第二人民医院自3月2日起开设工作日夜间门诊，开诊时间为17:30至21:00，开设内科、外科、儿科和眼科。",
    "医院门诊部负责人介绍，夜间门诊由主治医师以上职称的医生坐诊，检验、影像和药房窗口同步延时，开诊首周接诊患者四百余人次。",
    "市民可通过医院公众号提前预约夜间门诊号源，也可到门诊一楼自助机现场挂号。",
]


def test_a_cached_copys_notes_go_and_the_pages_own_headline_is_the_title() -> None:
    """A search engine's cached copy: its name, its note on when the copy was taken and its
    buttons stand over the hospital's page. They are neither the headline nor the account's line:
    the page's own headline and bar are read, the notes go, the article stays."""
    doc = _one([
        "某某搜索快照",
        "您正在查看的是某某搜索在 2026-03-15 03:28 抓取的网页快照，原网页地址：http://www.example.cn/news/show-17.html",
        "由于网页更新，快照内容可能与原网页不一致；某某搜索不对快照内容承担任何责任。【查看原网页】【举报快照】",
        "澄川市第二人民医院",
        "首页 | 医院概况 | 新闻动态 | 科室介绍 | 专家团队 | 就医指南",
        "当前位置：首页 >> 新闻动态 >> 院内新闻",
        "我院开设工作日夜间门诊 下班后看病不用再挂急诊",
        "时间：2026-03-08  作者：林晓岚  来源：门诊部  阅读：642次",
        *_CLINIC,
    ])
    assert doc.title == "我院开设工作日夜间门诊 下班后看病不用再挂急诊"
    assert doc.published == "2026-03-08"
    assert doc.authors == ["林晓岚"]
    lines = _lines(doc)
    assert lines == _CLINIC
    assert not any("快照" in ln for ln in lines)


def test_a_feed_readers_entry_keeps_the_story_and_drops_the_readers_notes() -> None:
    """A feed reader's page: its channel, its note on where the entry was fetched from, the cut
    summary and its expander, its note that it only aggregates and its link to the original go.
    The story's headline, bar and body are read; the channel is no headline, the expander no title."""
    doc = _one([
        "某某订阅 SomeFeed",
        "首页 | 我的订阅 | 发现频道 | 今日简报 | 收藏夹 | 设置",
        "当前频道：医疗健康 / 澄川晚报·民生健康版",
        "本条目抓取自 RSS 源 http://www.example.cn/rss/msjk.xml ，入库时间 2026-04-03 00:12:40 ，状态：已读",
        "夜间门诊开起来了 下班后看病不用再挂急诊",
        "澄川晚报 | 2026-04-02 08:05 | 记者 林晓岚",
        "【订阅摘要】为方便上班族就医，澄川市第二人民医院自3月2日起开设工作日夜间门诊…（摘要已截断，点击“展开全文”查看）",
        "▼ 展开全文",
        "来源：澄川晚报",
        *_CLINIC,
        "—— 以上内容版权归原作者所有，某某订阅仅提供聚合与阅读服务 ——",
        "查看原文 ↗ http://www.example.cn/msjk/20260402/t20260402_3391107.html",
    ])
    assert doc.title == "夜间门诊开起来了 下班后看病不用再挂急诊"
    assert doc.published.startswith("2026-04-02")
    assert doc.authors == ["林晓岚"]
    lines = _lines(doc)
    for sentence in _CLINIC:
        assert sentence in lines
    assert not any("展开全文" in ln or "订阅" in ln or "查看原文" in ln or "当前频道" in ln for ln in lines)


def test_a_web_archives_bar_goes_and_the_headers_day_is_not_the_pages() -> None:
    """A web archive's capture: its bar (how often it was kept, the captures before and after, its
    note on missing pictures) goes; the site's header shows today's day with its buttons after it
    (`… 星期三　【适老化模式】　【无障碍】`), which is no posting day: the bar under the headline's is."""
    doc = _one([
        "某某归档 WebArchive",
        "已存档 7 次，首次：2026年5月13日  最近：2026年5月20日",
        "◀ 上一次存档  2026年5月13日 02:15:33 抓取  下一次存档 ▶",
        "关于此次抓取 | 本页面由存档机器人自动抓取，部分图片、样式可能缺失",
        "澄川市第二人民医院",
        "2026年5月13日 星期三　　　【适老化模式】　【无障碍】",
        "首页 ＞ 新闻动态 ＞ 院内新闻",
        "我院开设工作日夜间门诊",
        "发布日期：2026-03-08　　来源：门诊部　　浏览：　次",
        *_CLINIC,
    ])
    assert doc.title == "我院开设工作日夜间门诊"
    assert doc.published == "2026-03-08"
    lines = _lines(doc)
    assert lines == _CLINIC


def test_an_e_papers_story_list_goes_and_its_masthead_day_is_the_date() -> None:
    """An e-paper's story page: its masthead's day with the lunar day beside it is the posting day
    (the page states no other); the page's list of its stories under `本版标题` goes, the story's
    own headline among them; the headline, its subtitle and the byline are read."""
    doc = _one([
        "澄川晚报数字报",
        "2026年03月06日 星期五 | 农历正月十八",
        "首页 | 往期回顾 | 版面导航 | 标题导航 | PDF下载",
        "第A05版：民生·健康                              上一版  下一版",
        "本版标题",
        "· 夜间门诊开起来了，下班后看病方便吗？记者探访市二院夜间门诊",
        "· 我市春季老年大学开始报名",
        "· 社区食堂价格公示一览",
        "夜间门诊开起来了，下班后看病方便吗？",
        "——记者探访市二院夜间门诊",
        "■澄川晚报记者 林晓岚 文/图",
        *_CLINIC,
        "【责任编辑：何静】",
    ])
    assert doc.title == "夜间门诊开起来了，下班后看病方便吗？"
    assert doc.published == "2026-03-06"
    assert doc.authors == ["林晓岚"]
    lines = _lines(doc)
    assert lines == _CLINIC


def test_an_e_papers_bar_with_its_page_number_names_the_writer() -> None:
    """An e-paper's bar `版次:B04  作者:记者 某某  日期:…` over the story: the page number is read
    past, the writer and the day are read; a three-size font switch (`字号：T | T | T`) goes whole."""
    doc = _one([
        "澄川晚报数字报",
        "版面：B04 健康·医讯",
        "版次：B04　　　　作者：记者 林晓岚　　　　日期：2026-01-09",
        "我院开设工作日夜间门诊",
        "来源：澄川晚报",
        "字号：T | T | T　　 收藏　　打印　　分享到：微信 微博 QQ空间",
        *_CLINIC,
    ])
    assert doc.title == "我院开设工作日夜间门诊"
    assert doc.authors == ["林晓岚"]
    assert doc.published == "2026-01-09"
    assert _lines(doc) == _CLINIC


def test_an_e_papers_kicker_cell_over_the_headline_the_title_names(tmp_path: Path) -> None:
    """An e-paper's HTML story with two cells marked as titles, the kicker's over the headline's,
    and a <title> naming the lower one: that one is the title, the kicker leaves the text too."""
    html = """<html><head><meta charset="utf-8">
<title>澄川日报数字报刊平台 - 2026年05月14日 - 第07版 健康·民生 - 我市启动适龄妇女免费“两癌”筛查</title></head>
<body><table><tr><td>
<table>
<tr><td class="txt12">当前位置：<a href="node_1.htm">澄川日报</a> &gt;&gt; <a href="node_7.htm">第07版 健康·民生</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="bt2">关爱女性健康 守护“她”幸福</td></tr>
<tr><td align="center" class="bt1">我市启动适龄妇女免费“两癌”筛查</td></tr>
<tr><td align="center" class="txt12">日期：2026-05-14 版次：07 来源：澄川日报</td></tr>
<tr><td id="zoomArea">
<p>本报讯 记者从市卫生健康委获悉，2026年适龄妇女免费宫颈癌、乳腺癌筛查工作于5月15日起全面启动，计划全年为一万二千名适龄妇女提供免费筛查。</p>
<p>筛查对象为本市户籍或在本市居住满半年、年龄在35至64周岁的妇女，近三年内未参加过政府组织的免费筛查的均可报名。</p>
</td></tr></table></td></tr></table></body></html>"""
    doc = _page(tmp_path, "a.html", html)
    assert doc.title == "我市启动适龄妇女免费“两癌”筛查"
    lines = _lines(doc)
    assert not any("关爱女性健康" in ln for ln in lines)
    assert lines[0].startswith("本报讯") or lines[0].startswith("记者从市卫生健康委获悉")


def test_a_headline_over_its_dashed_lead_in_and_one_over_its_bracketed_column() -> None:
    """A paper prints its lead-in under the headline (`…，医生提醒——`): the line ending in a dash is
    no headline, the one over it is. A column in brackets between a headline and its byline
    (`【专家门诊】`) does not hide the headline."""
    dashed = _one([
        "第05版：健康周刊",
        "防中暑，这十条请收好",
        "入伏以来我市连续出现高温天气，医生提醒——",
        "作者：本报记者 林晓岚　　　发布时间：2026-07-15　　　来源：澄川日报",
        "7月以来，我市已连续多日出现35℃以上高温天气，市二院急诊科近期接诊的中暑患者明显增多。",
        "1．合理安排出行。尽量避开上午10时至下午4时的高温时段外出。",
        "2．及时补充水分。不要等口渴了再喝水，大量出汗后可适量饮用淡盐水。",
    ])
    assert dashed.title == "防中暑，这十条请收好"
    bracketed = _one([
        "澄川晨报 数字报刊",
        "本期共24版　　当前：A10版　健康周刊",
        "体检报告上写着“甲状腺结节”，要紧吗？",
        "【专家门诊】",
        "记者　林晓岚",
        "2026-09-08　来源：澄川晨报",
        "“体检报告上写着甲状腺结节，是不是得了癌？”近年来，越来越多的人在体检中查出甲状腺结节。",
        "市二院甲乳外科主任医师介绍，甲状腺结节十分常见，其中绝大多数是良性的，不必过度恐慌。",
    ])
    assert bracketed.title == "体检报告上写着“甲状腺结节”，要紧吗？"
    assert bracketed.authors == ["林晓岚"]
    assert not any("专家门诊" in ln for ln in _lines(bracketed))


def test_a_roundup_of_care_homes_and_one_of_red_cross_branches_split() -> None:
    """Care homes with a clinic or a ward (福利院, 医养中心, 护养院, 敬老院) and a county's Red Cross
    branches report in roundups as hospitals do: each part is a record naming its institution."""
    homes = _records([
        "我市4家养老机构获评省级医养结合示范机构",
        "发布时间：2026-04-22 16:05　来源：澄川市民政局",
        "近日，省卫生健康委、省民政厅联合公布2026年度省级医养结合示范机构名单，我市4家机构榜上有名。",
        "澄川市第二社会福利院：院内设一级综合医院",
        "该院核定床位520张，在院内设立一级综合医院，配备内科、康复科和中医科，入住老人突发疾病可在五分钟内得到处置。",
        "临江县康宁医养中心：县医院托管运营",
        "康宁医养中心由临江县人民医院托管运营，现有床位300张，县医院每周派出专家团队到中心查房。",
        "青溪区颐康护养院：失智照护特色鲜明",
        "颐康护养院与区中医院签订医养合作协议，设有独立的失智照护专区，每12位老人配备一个照护小组。",
        "柳塘镇中心敬老院：乡镇医养融合样板",
        "柳塘镇中心敬老院与镇卫生院一墙之隔，卫生院每天安排医生巡诊，为院内老人建立动态健康档案。",
    ])
    assert [d.institution for d in homes if d.institution] == [
        "澄川市第二社会福利院", "临江县康宁医养中心", "青溪区颐康护养院", "柳塘镇中心敬老院",
    ]
    branches = _records([
        "春风寄哀思 大爱永传承——各地红十字会开展清明缅怀纪念活动",
        "发布日期：2026-04-07　　信息来源：某某红十字网　　作者：综合各市州报送",
        "清明期间，全省各市州红十字会以集中缅怀、云端祭扫、走访慰问等形式，深切缅怀遗体和器官捐献者。",
        "■ 潇源市红十字会",
        "4月3日，潇源市红十字会在生命纪念园举行缅怀纪念活动，110余名捐献者家属、医务工作者和志愿者参加。",
        "■ 南屏市红十字会",
        "南屏市红十字会联合南屏市第一人民医院开展主题缅怀活动，器官移植受者代表讲述了自己重获新生的经历。",
        "■ 石门县红十字会",
        "石门县红十字会在县城文化广场设立宣传点，向过往市民讲述本县捐献者的故事，现场有32人登记成为志愿者。",
    ])
    assert [d.institution for d in branches if d.institution] == ["潇源市红十字会", "南屏市红十字会", "石门县红十字会"]
    assert all(d.authors == [] for d in branches)  # (`综合各市州报送` names no writer)


def test_a_team_beside_the_writer_is_no_writer() -> None:
    """A team named before the writer in the credit (`文字｜器官获取组织（OPO）  某某`): the person wrote it."""
    doc = _one([
        "他走了，却让三个家庭重燃希望",
        "2026-05-08 18:30　来源：澄川市第二人民医院",
        "文字｜器官获取组织（OPO）  林晓岚",
        "5月6日凌晨，一名因意外离世的青年在澄川市第二人民医院完成器官捐献，他的肝脏和两枚肾脏将挽救三名患者的生命。",
        "捐献者的母亲说，孩子生前热心助人，这样做是替他把善良留在世上。医院全体医护人员向捐献者默哀致敬。",
    ])
    assert doc.authors == ["林晓岚"]
