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


def test_reposts_each_site_rewrote_in_part_keep_the_paragraphs_they_share(tmp_path: Path) -> None:
    """Three pages of one story in one folder (the folder is their site), each site having rewritten
    its lead and its close: the body paragraphs all three keep word for word are the article's, not
    the folder's template text. A footer line the three share still goes."""
    from cleaner.api import clean

    shared = [
        "患者近半年来反复出现胸闷、气促，稍一活动便喘不上气，夜间常常无法平卧，先后3次因心力衰竭住院治疗。",
        "为确保手术安全，医院组织多学科专家进行了3次联合讨论，利用CT三维重建逐一精确测量，选定合适的瓣膜型号。",
    ]
    leads = [
        "4月15日，我院心血管内科联合多学科团队，为一名78岁重度主动脉瓣狭窄患者成功实施经导管主动脉瓣置换术。",
        "近日，澄川市第二人民医院为一名78岁老人实施经导管主动脉瓣置换术，这是当地首例此类手术，老人术后恢复良好。",
        "记者从澄川市第二人民医院获悉，该院日前完成首例经导管主动脉瓣置换术，患者是一名78岁的重度主动脉瓣狭窄老人。",
    ]
    closes = [
        "术后第二天，患者便能下床活动，胸闷气促症状明显缓解，目前已康复出院，我院将继续做好随访工作。",
        "据介绍，该手术的成功开展，标志着当地结构性心脏病介入诊疗技术迈上新台阶，群众在家门口就能接受治疗。",
        "专家提醒，老年人出现活动后胸闷、气短、晕厥等症状时，应及时到心血管专科就诊，以免延误治疗时机。",
    ]
    middles = [
        "手术团队在复合手术室内有条不紊地开展操作，整个手术历时约1小时40分钟，术后超声显示人工瓣膜位置良好。",
        "在省人民医院专家的现场指导下，手术团队从穿刺到瓣膜精准释放仅用了1小时40分钟，患者生命体征平稳。",
        "手术当天，团队在复合手术室内完成穿刺、输送和释放瓣膜，历时约1小时40分钟，术中患者全程清醒。",
    ]
    for n, (lead, close) in enumerate(zip(leads, closes, strict=True)):
        (tmp_path / f"p{n}.txt").write_text(
            "\n".join([f"老人不开胸换心脏瓣膜（{n}）", lead, shared[0], middles[n], shared[1], close, "本站所有文章仅供学习交流，转载请注明出处并保留原文链接，谢谢合作。"]),
            encoding="utf-8",
        )
    docs = clean([str(tmp_path)]).documents
    assert len(docs) == 3
    for doc in docs:
        lines = _lines(doc)
        assert shared[0] in lines and shared[1] in lines
        assert not any("仅供学习交流" in ln for ln in lines)


def test_a_headline_about_the_medical_records_front_page_is_a_headline() -> None:
    """`病案首页` (a medical record's front page) in a headline is no site's home-page link."""
    doc = _one([
        "位置: 首页 >> 院务公开 >> 通知公告",
        "关于2026年第一季度全院病案首页质控结果的通报",
        "时间：2026/04/20  来源：质控科  阅读：917",
        "各临床科室、医技科室：",
        "为提高病案首页数据质量，保障DRG分组和医保结算的准确性，质控科对第一季度出院病历进行了抽查，现将结果通报如下。",
        "本次共抽查出院病历3266份，首页项目完整率99.1%，主要诊断选择正确率94.6%，较上季度均有提高。",
    ])
    assert doc.title == "关于2026年第一季度全院病案首页质控结果的通报"
    assert doc.published == "2026-04-20"


def test_bars_split_by_full_width_slashes_or_ending_in_a_bare_view_count_are_read() -> None:
    """An info bar split by `／`, and one whose views' count follows the last field without its label
    (the eye an icon: `… 记者:某某  5.2万`), are read; a labelled count (`阅读量 3.2万`) stays a counter."""
    slashed = _one([
        "图说｜病案首页质控培训走进临床科室",
        "2026年05月12日 10:23 ／ 来源：党委宣传部 ／ 文字：林晓岚 ／ 摄影：马骁 ／ 阅读次数：1037",
        "5月11日下午，病案统计科走进心血管内科，为医护人员讲解病案首页填写规范和常见错误，并现场答疑。",
        "培训中，病案统计科科长结合典型案例，逐项讲解了主要诊断选择原则和手术操作编码要求。",
    ])
    assert slashed.authors == ["林晓岚"]
    assert slashed.metadata.get("source_name") == "党委宣传部"
    counted = _one([
        "跑马拉松如何避免“倒在终点”？急诊专家详解赛事医疗保障",
        "2026-10-11 07:50 来源：澄川融媒 记者：林晓岚 5.2万",
        "10月19日，2026澄川古城马拉松将鸣枪开跑。记者就此采访了澄川县人民医院急诊科主任、本届赛事医疗保障总负责人。",
        "问：本届古城马拉松的医疗保障力量是怎样部署的？全程共投入医护人员和志愿者186人、救护车9辆。",
    ])
    assert counted.authors == ["林晓岚"]
    assert counted.metadata.get("source_name") == "澄川融媒"
    labelled = _one([
        "三家医院职工食堂获评食品安全量化等级“A级”",
        "来源：澄川日报 记者 林晓岚 2026年05月20日 08:15 阅读量 3.2万",
        "近日，市市场监督管理局公布了2026年度第一批餐饮服务食品安全量化分级评定结果，三家医院的职工食堂获评A级。",
        "据介绍，量化等级A级是餐饮服务单位食品安全管理的最高等级，对后厨环境、人员健康和台账记录都有严格要求。",
    ])
    assert labelled.metadata.get("source_name") == "澄川日报"
    assert labelled.published.startswith("2026-05-20")


def test_a_news_apps_account_line_and_an_accounts_blurb_are_no_text() -> None:
    """A news app's line naming itself and the posting account over the post's stamp (`某某APP ·
    某某市融媒体中心`) is the account, not the headline; an account's card under a channel post's
    stamp says what the account is over its follow button (`三级甲等医院，提供…服务。` / `关注`): no body."""
    app = _one([
        "今日澄川",
        "打开APP",
        "快讯",
        "澄川完成首例经导管主动脉瓣置换术",
        "今日澄川 · 澄川市融媒体中心",
        "2026-04-16 21:48  发布于 江西",
        "+ 关注",
        "4月15日，澄川市第二人民医院成功为一名78岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术，这是我市首例此类手术。",
        "术后第二天，患者便能下床活动，胸闷气促症状明显缓解，目前恢复良好。",
    ])
    assert app.title == "澄川完成首例经导管主动脉瓣置换术"
    assert app.metadata.get("account_name") == "澄川市融媒体中心"
    card = _one([
        "澄川市中医院",
        "运动会现场的“白衣守护者”——我院医护团队全力保障市运动会",
        "原创 林晓岚 澄川市中医院",
        "2026年05月09日 18:30 发表于江西",
        "澄川市中医院",
        "三级甲等中医医院，提供预约挂号、报告查询、就医指南等服务。",
        "关注",
        "点击上方蓝字关注我们",
        "5月3日至8日，澄川市第十二届运动会在市奥体中心举行，我院派出医护人员42名，在各赛场设立医疗保障点。",
        "赛会期间，医疗保障团队共处置运动损伤和中暑等情况136人次，无一例严重事件发生。",
    ])
    assert card.title == "运动会现场的“白衣守护者”——我院医护团队全力保障市运动会"
    assert _lines(card)[0].startswith("5月3日至8日")


def test_a_photo_storys_captions_stay_one_record() -> None:
    """A photo story (`图说｜…`) whose captions open with an institution's name is one record; the
    captions are what it shows, not a roundup's parts."""
    docs = _records([
        "图说｜迎检倒计时 澄川县城乡环境卫生大整治掠影",
        "发布时间：2025-10-15 09:30　来源：县爱卫办",
        "国家卫生县城复审迎检进入倒计时，澄川县组织机关干部、志愿者和群众对主次干道、农贸市场和背街小巷开展环境卫生大整治。",
        "10月14日清晨，县城管局环卫工人对人民路主干道进行机械化洗扫作业，路面冲洗频次由每天2次增加到4次。（摄影：郑凯）",
        "县疾控中心工作人员在老城区居民楼下水道口投放灭蚊药剂。入秋以来，全县分片区开展了3轮病媒生物集中消杀。（摄影：谢宇航）",
        "澄川县人民医院志愿者在广场上向市民发放健康教育宣传资料，讲解健康知识，现场测量血压。（摄影：郑凯）",
        "整治后的沿河路背街小巷，墙面粉刷一新，杂物清理干净，新设置的分类垃圾桶整齐摆放。（摄影：郑凯）",
    ])
    assert len(docs) == 1


def test_a_schools_or_a_companys_part_ends_the_institutions_part_before_it() -> None:
    """A roundup of units of several kinds (两家医院, a college, a power company, a fire brigade), each
    under `名称：标题`: the hospitals' parts are their records and the others' parts are not read as
    the last hospital's."""
    docs = _records([
        "寒冬热血暖人心 五家单位接力团体献血",
        "发布时间：2026-01-16 10:20　来源：澄川晚报",
        "每年1月前后，受寒冷天气和学校放假等因素影响，献血人数明显下降。在血站发出倡议后，全市多家单位迅速响应，自发组织团体献血。",
        "澄川市第一人民医院：医生护士下了手术台就去献血",
        "1月9日，市一医院在住院部门口停了两辆献血车，当天该院共有167名医务人员成功献血，献血量5.14万毫升。",
        "澄川市中医院：“中医人”也来献热血",
        "1月10日，市中医院组织第二批团体献血，当天成功献血89人，献血量2.68万毫升。",
        "澄川职业技术学院：放假前，学生们献完血再回家",
        "1月12日，学校在体育馆内设置了4个采血点，成功采血358人，献血量11.7万毫升，占当周全市采血总量的近四分之一。",
        "国网澄川供电公司：电力工人“电”亮生命线",
        "1月13日，供电公司组织一线运维班组职工献血，共有126人成功献血，献血量3.82万毫升。",
    ])
    by_institution = {d.institution: d.text for d in docs if d.institution}
    assert set(by_institution) == {"澄川市第一人民医院", "澄川市中医院"}
    assert "采血点" not in by_institution["澄川市中医院"] and "供电公司" not in by_institution["澄川市中医院"]
    assert any("采血点" in d.text for d in docs)  # (the college's part is kept, in a record of its own)


def test_an_export_tools_bracketed_header_gives_the_title_and_goes() -> None:
    """A channel post saved by an export tool: its header of bracketed fields (`【标题】…`, `【站点】`,
    `【链接】`, `【导出】 … 阅读约5分钟 2187字`) gives the title and goes; the comments under `留言 18` go."""
    doc = _one([
        "【标题】孩子发烧反反复复，什么时候必须去医院？",
        "【站点】mp.weixin.qq.com",
        "【链接】https://mp.weixin.qq.com/s?__biz=MzI4NTc2ODQ1Mw==&mid=2247512836",
        "【导出】2026/03/02 07:58　　阅读约5分钟　　2187字",
        "------------------------------------------------------------",
        "孩子发烧反反复复，什么时候必须去医院？",
        "澄川市妇幼保健院　2026-02-27 12:00　福建",
        "入春以来，流感等呼吸道疾病进入高发期，我院儿科门诊日均接诊量较平时增加约三成，不少家长一看到孩子发烧就很焦虑。",
        "一般来说，腋下体温达到或超过37.3℃即可认为是发热，单纯的发热一般不会损伤大脑，家长不必过度恐慌。",
        "留言 18",
        "一颗小橘子　福建　02-27",
        "收藏了，上次娃烧到39度我都慌了",
    ])
    assert doc.title == "孩子发烧反反复复，什么时候必须去医院？"
    assert doc.published.startswith("2026-02-27")
    lines = _lines(doc)
    assert lines[0].startswith("入春以来")
    assert not any("【" in ln or "留言" in ln or "小橘子" in ln or "39度" in ln for ln in lines)


def test_a_browsers_save_note_translate_offer_and_a_caches_find_tip_go() -> None:
    """What a browser writes around a page it saved or offers over it (`—— 由某某浏览器保存于 … ——`,
    `检测到此页面为中文，是否翻译为 English？`) and a cached copy's find tip are neither the body's
    start nor kept."""
    doc = _one([
        "澄川市第二人民医院",
        "检测到此页面为中文，是否翻译为 English？　[ 翻译 ]　[ 不再提示 ]",
        "提示：要在此页面中快速查找您的搜索字词，请按 Ctrl+F 或 ⌘-F（Mac），并使用查找栏。",
        "我院开设工作日夜间门诊",
        "发布时间：2026-03-08　来源：门诊部",
        *_CLINIC,
        "—— 由某某浏览器保存于 2026-05-19 23:41 ——",
    ])
    assert doc.title == "我院开设工作日夜间门诊"
    assert _lines(doc) == _CLINIC


def test_a_tag_under_the_stamp_and_the_outlets_app_over_it_leave_the_headline_found() -> None:
    """A paper's app page: headline, the app's name alone, the stamp, then a tag (`【快讯】`) under it.
    The headline over the app's name is the title."""
    doc = _one([
        "澄川日报",
        "打开APP",
        "澄川市第二人民医院庆祝第八个中国医师节",
        "澄川日报客户端",
        "2025-08-19 17:48",
        "【快讯】",
        "澄川日报讯（记者 林晓岚）8月19日，澄川市第二人民医院举行2025年“中国医师节”庆祝大会，表彰了一批优秀医师。",
        "记者从会上获悉，该院现有医师986名，过去一年完成门急诊211.5万人次。",
    ])
    assert doc.title == "澄川市第二人民医院庆祝第八个中国医师节"
    assert doc.authors == ["林晓岚"]


def test_a_papers_bar_with_words_and_pictures_credits_and_its_zoom_switch() -> None:
    """An e-paper's bar `来源:… 日期 版次:… 作者:本报记者 某某 实习生 某某 文 / 本报记者 某某 摄 【放大 缩小 默认】`:
    the writers are the authors, who took the pictures is credited, the zoom switch is read past."""
    doc = _one([
        "从一张草图到一台手术机器人",
        "来源：澄川晚报  2026年09月02日  版次：A06  作者：本报记者 林晓岚 实习生 何静 文 / 本报记者 傅岩 摄   【放大 缩小 默认】",
        "三年前，澄川市第二人民医院骨科主任在一张草图上画下了手术机器人的雏形，如今这台机器人已完成首批临床手术。",
        "据介绍，这台机器人可将螺钉置入的误差控制在一毫米以内，手术时间平均缩短三成，患者术后恢复更快。",
    ])
    assert doc.authors == ["林晓岚", "何静"]
    assert doc.published == "2026-09-02"
    assert doc.metadata.get("source_name") == "澄川晚报"
    assert {"role": "摄影", "name": "傅岩"} in doc.metadata.get("credits", [])


def test_a_saved_pages_address_and_an_accounts_slogan_leave_the_head() -> None:
    """A reader mode's copy of a channel post: the post's address alone under the headline is the
    page's (`page_url`), and the account's slogan under its follow prompt (`权威发布 · …`) no line of it."""
    doc = _one([
        "澄川一院开设睡眠医学门诊，失眠、打鼾都能看",
        "https://mp.weixin.qq.com/s/Q3kz8VtXbLr2mYwP0aHn4g",
        "—— 由某某浏览器保存于 2026-05-19 23:41 ——",
        "澄川市第一人民医院　2026-05-16 17:30　江西",
        "点击上方蓝字 关注“澄川一院”",
        "权威发布 · 澄川本地健康资讯第一时间知晓",
        "5月15日，澄川市第一人民医院睡眠医学门诊正式开诊，每周一、三、五全天由神经内科和呼吸科医生联合坐诊。",
        "门诊可开展多导睡眠监测，为失眠、睡眠呼吸暂停等患者提供诊断和个体化治疗方案。",
    ])
    assert doc.title == "澄川一院开设睡眠医学门诊，失眠、打鼾都能看"
    assert doc.metadata.get("page_url") == "https://mp.weixin.qq.com/s/Q3kz8VtXbLr2mYwP0aHn4g"
    lines = _lines(doc)
    assert lines[0].startswith("5月15日") and len(lines) == 2
    rated = _one([
        "澄川一院开设睡眠医学门诊",
        "评分8.5/10",
        "2026-05-16 17:30　来源：澄川市第一人民医院",
        "5月15日，澄川市第一人民医院睡眠医学门诊正式开诊，每周一、三、五全天由神经内科和呼吸科医生联合坐诊。",
    ])
    assert "page_url" not in rated.metadata  # (a score is no web address)


def test_outpatient_clinics_licensed_on_their_own_are_a_roundups_institutions() -> None:
    """A clinic licensed on its own (`某某医疗美容门诊部`, `某某口腔诊所`) heads its part of a roundup
    like a hospital; a hospital's own 门诊部 is still the hospital."""
    docs = _records([
        "澄川市公布首批医疗美容质量安全示范机构",
        "发布时间：2026-06-10　来源：澄川市卫生健康委员会",
        "近日，经机构自愿申报、专家现场评审和社会公示，市卫生健康委员会确定3家医疗机构为全市首批医疗美容质量安全示范机构。",
        "一、澄川市华颜医疗美容医院",
        "该院为二级医疗美容专科医院，设有美容外科、美容皮肤科和麻醉科，全部注射类产品实行扫码溯源。",
        "二、澄川市雅姿医疗美容门诊部",
        "该门诊部以美容皮肤科和微创注射为主，在显著位置公示执业许可证、医师信息和项目价格。",
        "三、澄川市悦齿口腔诊所",
        "该诊所现有口腔医师6名，严格执行一人一用一消毒，澄川市第二人民医院门诊部每季度派员督导。",
    ])
    assert [d.institution for d in docs if d.institution] == ["澄川市华颜医疗美容医院", "澄川市雅姿医疗美容门诊部", "澄川市悦齿口腔诊所"]


def test_an_e_papers_story_list_under_a_navigation_label_and_a_question_headline() -> None:
    """An e-paper's `本版标题导航` list whose first item is the story's headline (a question, with a
    dashed subtitle under it) does not start the body; the day beside the page's label and the
    source in the masthead bar (`… 第A07版：健康周刊  来源：某某晚报`) are read."""
    doc = _one([
        "澄川晚报数字报 | 澄川网",
        "澄川网首页 | 电子报 | 澄川晚报 | 澄川日报 | 周末版 | 往期回顾",
        "2026年04月29日 星期三  第A07版：健康周刊  来源：澄川晚报",
        "◀上一版  下一版▶",
        "本版标题导航",
        "· 心肺复苏怎么学？证书有什么用？急救专家答读者问",
        "· 春夏之交谨防过敏性鼻炎",
        "心肺复苏怎么学？证书有什么用？急救专家答读者问",
        "——写在急救知识进社区活动开展一周年之际",
        "本报记者 林晓岚",
        "去年4月以来，我市急救知识进社区活动共开展各类培训1260余场，培训群众5万余人次。",
        "问：普通市民想学心肺复苏，去哪里报名？答：关注市急救中心公众号，每周六在急救中心培训基地免费开课。",
    ])
    assert doc.title == "心肺复苏怎么学？证书有什么用？急救专家答读者问"
    assert doc.published == "2026-04-29"
    assert doc.authors == ["林晓岚"]
    assert doc.metadata.get("source_name") == "澄川晚报"
    assert not any(ln.startswith("·") for ln in _lines(doc))


def test_a_hospitals_ambulance_station_heads_its_part_and_an_accounts_nickname_is_no_writer() -> None:
    """`某某县人民医院急救站：…` heads the county hospital's part of a roundup like its other
    centres; a channel line's writer slot holding the account's nickname (`原创 某某急救 …`) names
    no writer."""
    docs = _records([
        "多点开花！我市三家医院急救中心把“救命课”送进企业车间",
        "发布时间：2026-05-12 09:00　来源：澄川日报　记者 林晓岚",
        "今年以来，我市各医院急救中心纷纷走出院门，把心肺复苏、AED使用和创伤急救等课程搬进企业车间。",
        "澄川市人民医院急诊急救中心：“点单式”培训按需送课",
        "企业通过医院公众号提交培训需求，中心根据行业特点匹配课程，今年已为32家企业培训职工2100余人。",
        "澄川市中心医院急救中心：打造企业急救第一响应人队伍",
        "中心在高新区10家企业各选拔5至8名安全员进行强化培训，组建起一支68人的企业急救队伍。",
        "临江县人民医院急救站：送课到工地和乡镇企业",
        "急救站组建了4支流动培训小分队，今年以来已走进工地和乡镇企业29家，培训农民工1700余人。",
    ])
    assert [d.institution for d in docs if d.institution] == ["澄川市人民医院", "澄川市中心医院", "临江县人民医院"]
    post = _one([
        "急救培训走进工业园 320名一线职工拿到“救命证”",
        "原创 澄川急救 澄川急救中心 2026年05月09日 18:30 四川",
        "“如果工友在车间突然倒下，你能做什么？”5月7日，澄川市急救中心培训部走进工业园，为一线职工开展急救培训。",
        "培训结束后，320名职工通过考核，拿到了红十字救护员证书。",
        "文字：林晓岚",
    ])
    assert post.authors == ["林晓岚"]


def test_a_share_bar_without_a_colon_after_the_bylines_names_no_writer() -> None:
    """`… 记者 某某 通讯员 某某 分享到 微信微博QQ`: the share bar's words are no writers."""
    doc = _one([
        "犬伤了别慌！我市四家狂犬病暴露预防处置门诊服务信息来了",
        "2026-09-25 07:52 来源：澄川日报 记者 林晓岚 通讯员 何静 分享到 微信微博QQ",
        "9月28日是世界狂犬病日。入秋以来，我市各犬伤门诊接诊量明显增加，不少市民被猫狗抓伤后不知道该去哪里处置。",
        "疾控专家提醒，被猫狗抓伤咬伤后，应立即用肥皂水和流动清水交替冲洗伤口至少15分钟，并尽快到犬伤门诊处置。",
    ])
    assert doc.authors == ["林晓岚", "何静"]
    assert doc.metadata.get("source_name") == "澄川日报"


def test_a_consultations_question_label_is_not_part_of_its_title() -> None:
    """An online consultation's page: the question labelled `问：` over the asker's stamp is the
    headline, without its label."""
    doc = _one([
        "首页 > 互动交流 > 在线咨询",
        "问：第一次产检建档需要带什么？空腹吗？",
        "提问人：小***（手机尾号3627）　　提问时间：2026年2月23日 08:41",
        "我现在怀孕快11周了，之前一直在外地打工，过完年回来准备在县妇幼保健院建档，想问问需要准备什么。",
        "答：建档需携带夫妻双方身份证和医保卡，建档当天需要抽血，建议空腹前来，周末上午产科门诊照常开放。",
    ])
    assert doc.title == "第一次产检建档需要带什么？空腹吗？"
