"""Site notices over the menus, today's weather in the header, writers' cards with an avatar and a
count of followers, bars at the foot of the page, blog panels and a portal's prompts: where the
title, the day, the writers and the source stand on such pages, and what goes. Each test is a page
written for the project, and what a user reads in the records is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records

_BODY = [
    "　　为进一步方便群众就医，医院近日优化了门诊服务流程，增设了自助挂号机和导诊台，患者平均候诊时间明显缩短。",
    "　　据介绍，医院还开通了线上复诊和药品配送服务，慢性病患者足不出户即可续方取药，受到群众欢迎。",
    "　　下一步，医院将持续改善就医体验，让群众看病更方便、更舒心。",
]


def test_todays_weather_in_the_header_is_not_the_articles_day() -> None:
    """A header's date with the weather beside it (`…星期五 某市 多云 19~28℃`) is the day the page was
    viewed: the day in the bar under the headline is the article's."""
    doc = _one([
        "澄川市卫生健康委员会",
        "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流",
        "2024年5月10日 星期五　澄川 多云 19~28℃",
        "您现在的位置：首页 >> 政务公开 >> 工作动态",
        "澄川市启动2024年家庭医生签约服务宣传月活动",
        "来源：澄川市卫生健康委员会　　发布时间：2024-05-09 09:30　　点击数：1276",
        *_BODY,
    ])
    assert doc.title == "澄川市启动2024年家庭医生签约服务宣传月活动"
    assert doc.published.startswith("2024-05-09")
    assert not any("多云" in ln for ln in _lines(doc))


def test_a_sites_name_and_the_day_over_the_headline_give_way_to_the_bars_update_stamp() -> None:
    """An old portal's header: its name and the day it was viewed (`某某县人民政府网　2010年7月19日`) over
    the headline, and the bar under it stamped `更新时间:2010-7-16`: the bar's day is the article's."""
    doc = _one([
        "┃首页┃政务信息┃部门动态┃乡镇动态┃公告公示┃",
        "溪口县人民政府网　　　　　　　　2010年7月19日",
        "首页 → 部门动态 → 正文",
        "县卫生局组派医疗队赴乡镇开展巡回医疗",
        "文章作者：吴某某　　文章来源：县卫生局　　点击数：891　　更新时间：2010-7-16",
        *_BODY,
    ])
    assert doc.title == "县卫生局组派医疗队赴乡镇开展巡回医疗"
    assert doc.published.startswith("2010-07-16")
    assert not any("┃" in ln for ln in _lines(doc))


def test_a_sites_notice_over_its_menus_goes_and_the_head_under_it_is_read() -> None:
    """A site's notice of a sentence or two over its name, menus and breadcrumb (`温馨提示:近期有不法分子
    冒充…谨防上当受骗!`) is the site's: it goes, and the headline and bar under the menus are read.
    The article's own `温馨提示` paragraph stays."""
    doc = _one([
        "温馨提示：近期有不法分子冒充我院工作人员以“代挂专家号”等名义行骗，请通过医院官方渠道预约挂号，谨防上当受骗！",
        "澄川医科大学附属医院",
        "首页 / 医院概况 / 新闻中心 / 科室导航 / 护理园地 / 健康科普",
        "护理园地 > 护理科普",
        "术后早下床，康复快一步",
        "发布日期：2022/11/03　　撰稿：普外科护士长 杜某某　　来源：护理部　　点击：2247",
        "　　很多患者和家属认为，手术后应该多躺着静养，等伤口长好了再下床。其实，这种观念已经过时了。",
        "　　在病情允许的情况下，术后早期下床活动可以促进胃肠功能恢复，减少肺部感染等并发症。",
        "温馨提示：下床活动时请穿防滑鞋，输液管、引流管要妥善固定，出现头晕等情况应立即停止活动。",
    ])
    assert doc.title == "术后早下床，康复快一步"
    assert doc.published.startswith("2022-11-03")
    assert doc.authors == ["杜某某"]
    assert doc.metadata.get("source_name") == "护理部"
    lines = _lines(doc)
    assert not any("不法分子" in ln for ln in lines)
    assert any(ln.startswith("温馨提示：下床活动时请穿防滑鞋") for ln in lines)
    notice = [c for c in doc.changes if c.rule == "site_notice"]
    assert len(notice) == 1 and notice[0].stage == "metadata"


def test_a_sites_name_and_slogan_and_its_search_box_are_no_headline() -> None:
    """The site's name and slogan on the first line (`某某健康网 — 关注健康 关爱生命`) and a search box with
    its button in brackets leave the headline over the article the title; the bar at the foot
    (`本文来自:某某晚报 | 作者:某某 | day | 责任编辑:某某`) gives the source, the writer and the day."""
    doc = _one([
        "澄川健康网 — 关注健康 关爱生命",
        "首 页 | 健康资讯 | 医院频道 | 疾病百科 | 健康教育 | 政策法规 | 下载中心",
        "站内搜索：                 [搜索]",
        "全国爱眼日｜儿童近视防控，这些误区要避开",
        "　　6月6日是全国爱眼日。记者从澄川眼科医院了解到，近期前来验光配镜的孩子明显增多。",
        "　　专家提醒，学龄前儿童应每年至少做一次视力检查，建立屈光发育档案，做到早发现、早干预。",
        "　　“保证每天两小时以上的户外活动，是目前被证实最有效的预防方法。”该院小儿眼科主任说。",
        "本文来自：澄川晚报 | 作者：方某 | 2020-06-08 | 责任编辑：许某",
        "【发表评论】【告诉好友】【打印此文】【关闭窗口】",
        "上一篇：夏季如何预防中暑？这份指南请收好",
        "下一篇：澄川市启动2020年“健康家庭”评选活动",
        "Copyright(C)2008-2020 澄川健康网 版权所有",
    ])
    assert doc.title == "全国爱眼日｜儿童近视防控，这些误区要避开"
    assert doc.published == "2020-06-08"
    assert doc.authors == ["方某"]
    assert doc.metadata.get("source_name") == "澄川晚报"
    assert not any("本文来自" in ln or "关爱生命" in ln for ln in _lines(doc))


def test_an_accounts_name_in_a_long_source_field_is_read() -> None:
    """`来源于:` with a unit's account named at length (`某某市第一人民医院微信公众号`) is the source; the
    prompt to download the paper's app named in quotes goes."""
    doc = _one([
        "澄川新闻网",
        "健康频道 > 医疗资讯",
        "九旬老人心脏“换阀”不开胸，术后五天就出院了",
        "2023.05.09 10:21   来源于：澄川市第一人民医院微信公众号",
        *_BODY,
        "扫码下载“掌上澄川”，看更多本地新闻",
    ])
    assert doc.metadata.get("source_name") == "澄川市第一人民医院微信公众号"
    assert doc.published.startswith("2023-05-09")
    assert not any("掌上澄川" in ln for ln in _lines(doc))


def test_a_self_media_writers_card_is_no_headline() -> None:
    """A platform's card under the headline: the avatar's alt text (`作者头像`), the account's name, its
    followers, the stamp with its badge, the follow button. The headline is the title, the account
    is the account, the stamp gives the day; none of the card stays. Without the headline (a scrape
    that lost it), the stamp is still no title."""
    card = [
        "作者头像",
        "澄川市儿童医院",
        "粉丝 3.4万",
        "2020-12-02 11:36 · 健康领域创作者",
        "关注",
    ]
    doc = _one(["澄川新闻", "打开APP", "孩子咳嗽一个多月总不好？当心是“咳嗽变异性哮喘”", *card, *_BODY])
    assert doc.title == "孩子咳嗽一个多月总不好？当心是“咳嗽变异性哮喘”"
    assert doc.metadata.get("account_name") == "澄川市儿童医院"
    assert doc.published.startswith("2020-12-02")
    lines = _lines(doc)
    assert not any("头像" in ln or "粉丝" in ln or "创作者" in ln for ln in lines)
    untitled = _one(["首页", "下载APP", "澄川健康观察", "2023年5月6日 21:47 · 健康领域创作者", "关注", *_BODY])
    assert untitled.title is None or "2023" not in untitled.title
    assert untitled.published.startswith("2023-05-06")


def test_a_blogs_panels_buttons_and_offers_go() -> None:
    """A blog's tallies with spaced dashes (`随笔 - 87  文章 - 0  评论 - 213`), its buttons under the post,
    the prompt to sign in before commenting and an offer under its `【推荐】` tag go; the post stays."""
    doc = _one([
        "某某的技术小站",
        "随笔 - 87  文章 - 0  评论 - 213  阅读 - 15.6万",
        "读取大文件时的内存问题：一次排查记录",
        "　　上周线上一个日志分析脚本突然被系统杀掉了。这个脚本已经稳定跑了快一年，每天凌晨处理前一天的访问日志。",
        "　　打开代码一看，问题其实很明显：脚本一次性把整个文件读进一个列表，文件一大，内存就被吃光了。",
        "　　改成逐行迭代之后，同样大小的文件，脚本运行期间的内存峰值只有六十兆左右，总耗时也没有明显变化。",
        "好文要顶 关注我 收藏该文 微信分享",
        "粉丝 - 58",
        "注册用户登录后才能发表评论，请 登录 或 注册， 访问 网站首页。",
        "【推荐】某某云新人特惠，云服务器2核4G低至0.46元/天",
    ])
    lines = _lines(doc)
    assert lines[-1].startswith("改成逐行迭代之后")
    assert not any(word in ln for ln in lines for word in ("随笔", "好文要顶", "粉丝", "登录后", "低至"))


def test_a_portals_prompts_and_disclaimers_go() -> None:
    """A portal's tip line in a sentence (`想爆料?请登录…,新闻线索一经采用,将支付报酬`), its disclaimer
    said with `登载` (`本网登载此文出于传递更多信息之目的`) and a video's QR prompt go; a sentence of the
    article about a reward for reports stays."""
    doc = _one([
        "澄川多家医院开展世界卒中日义诊",
        "2023-10-29 18:20　来源：澄川日报",
        *_BODY,
        "　　市场监管部门表示，群众举报的线索一经查实，将按规定给予奖励。",
        "扫码观看完整视频",
        "想爆料？请登录《澄川问政》、拨打新闻热线，新闻线索一经采用，将支付报酬。",
        "澄川网声明：本网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
    ])
    lines = _lines(doc)
    assert lines[-1] == "市场监管部门表示，群众举报的线索一经查实，将按规定给予奖励。"
    assert not any("爆料" in ln or "登载" in ln or "扫码" in ln for ln in lines)


def test_menus_split_by_box_drawing_bars_or_opening_with_a_bar_go() -> None:
    """A menu split by `│`, or with a bar before its first item (`｜ 首页 ｜ …`) under the article, goes."""
    doc = _one([
        "澄川县卫生局",
        "首页 │ 机构设置 │ 卫生动态 │ 政务公开 │ 医政管理 │ 疾病控制",
        "当前位置：首页 > 卫生动态",
        "澄川县卫生局召开2012年卫生工作会议",
        "发布时间：2012-02-16　　来源：县卫生局",
        *_BODY,
        "｜ 首页 ｜ 政务公开 ｜ 走进澄川 ｜ 招商引资 ｜ 网上办事 ｜ 领导信箱 ｜",
        "版权所有：澄川县卫生局",
    ])
    assert doc.title == "澄川县卫生局召开2012年卫生工作会议"
    assert not any("首页" in ln for ln in _lines(doc))
    assert _lines(doc)[-1] == _BODY[-1].strip()


def test_an_html_pages_captions_named_by_their_class_or_over_a_heading_go(tmp_path: Path) -> None:
    """Under an image: a line in a block its class names a caption (`<p class="img-desc">…，…。</p>`),
    commas and full stop and all; a centred line over the next section's heading in a bold span; a
    centred caption ending in the photographer and the picture agency (`…摄/某某图片`). The
    article's paragraphs stay."""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>义诊进乡村 - 澄川新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="article">
<h1>“名医进乡村”义诊活动走进青溪镇</h1>
<div class="info"><span>2022-04-22 16:05:31</span> <span>来源：澄川新闻网</span></div>
<p>4月21日上午，由省人民医院、县卫生健康局联合组织的“名医进乡村”义诊活动在青溪镇卫生院举行，12名专家为群众提供免费诊疗服务。</p>
<p class="img"><img src="/img/yz01.jpg"></p>
<p class="img-desc">义诊现场，专家为群众测量血压。</p>
<p>在骨科义诊台前，骨科副主任医师一边查看村民带来的片子，一边耐心讲解，叮嘱大家干农活时注意姿势。</p>
<p style="text-align:center"><img src="/img/yz02.jpg" width="600"></p>
<p style="text-align:center;font-size:13px;color:#888">专家为居民进行颈动脉彩超筛查</p>
<p style="text-indent:2em"><span style="color:#0070c0"><strong>健康讲座进课堂</strong></span></p>
<p>专家们还走进卫生院的会议室，为镇村两级医务人员作了慢性病规范化管理的专题讲座，现场交流热烈。</p>
<p style="text-align:center"><img src="/img/yz03.jpg"></p>
<p style="text-align:center">专家为村民讲解用药知识。　本报记者 邱某摄/澄川图片</p>
<p>据统计，当天义诊共接待群众460余人次，发放健康宣传资料1200余份。</p>
</div></body></html>"""
    doc = _page(tmp_path, "yizhen.html", html)
    lines = _lines(doc)
    assert "健康讲座进课堂" in lines
    assert lines[-1].startswith("据统计，当天义诊共接待群众")
    assert not any("测量血压" in ln or "彩超筛查" in ln or "讲解用药知识" in ln for ln in lines)


def test_a_roundup_of_university_hospitals_named_again_by_their_short_names_is_split() -> None:
    """Name lines of university hospitals (`某某医科大学附属东坛医院`, `某江大学华西医院`, `南山大学附属第一
    医院`) over paragraphs that name them the way running text does (`东坛医院`, `华西医院`, `南山一院`)
    head a roundup: one record each."""
    recs = _records([
        "世界卒中日｜多家医院开展义诊科普活动",
        "2023-10-29 18:20　来源：澄川日报",
        "　　10月29日是世界卒中日。当天，全国多地医院组织神经内科、急诊科等科室专家走进社区、广场，开展义诊和科普宣传。",
        "澄川医科大学附属东坛医院",
        "　　东坛医院神经病学中心在门诊大厅设立咨询台，二十余名专家为前来咨询的市民解读检查报告、调整用药方案。",
        "西江大学华西医院",
        "　　在西江，华西医院卒中中心联合社区卫生服务中心，走进一个老旧小区开展“卒中急救进社区”活动。",
        "南山大学附属第一医院",
        "　　南山一院则把科普课堂搬到了线上，医院神经科团队通过视频号直播介绍了卒中后康复训练的要点。",
        "　　专家们共同提醒，高血压是卒中最重要的可控危险因素，40岁以上人群应定期监测血压。",
    ])
    named = [r.institution for r in recs if r.institution]
    assert named == ["澄川医科大学附属东坛医院", "西江大学华西医院", "南山大学附属第一医院"]


def test_the_articles_sub_heading_under_a_box_of_links_stays_when_shaped_as_its_others() -> None:
    """A box of links between two parts of the article (`你可能也喜欢` and its headlines), the article's
    next sub-heading under its last headline: shaped as the article's other sub-headings (`建立“某某”
    门诊，让患者少跑腿`), it is the article's and stays; the box goes."""
    doc = _one([
        "“两慢病”管理有了“全周期” 我市探索慢病防治新模式",
        "日期：2023-10-26　来源：澄川市卫生健康局",
        "　　今年以来，我市以县域医共体为依托，聚焦高血压、糖尿病“两慢病”，构建起全周期健康管理模式。",
        "建立“一体化”门诊，让患者少跑腿",
        "　　全市19家基层医疗机构均已开设“两慢病”一体化门诊，一站式提供诊疗、检查、配药和健康指导服务。",
        "打通“数字化”链条，让管理更精准",
        "　　患者在任何一家医共体成员单位就诊，检查结果和用药记录都会自动归集到个人健康档案。",
        "你可能也喜欢",
        "我市开展2023年全民健康生活方式月系列活动",
        "市中医院获评省级中医药特色优势专科",
        "秋冬季流感疫苗开始接种 这些问题您需要了解",
        "推行“医防融合”，让服务更连续",
        "　　市人民医院、市中医院分别组建心血管、内分泌专科团队，每周定期下沉到基层开展联合门诊和带教查房。",
    ])
    lines = _lines(doc)
    assert "推行“医防融合”，让服务更连续" in lines
    assert not any("你可能也喜欢" in ln or "流感疫苗" in ln for ln in lines)


def test_a_papers_three_decks_over_its_byline_and_source_line() -> None:
    """An e-paper's kicker, headline and subtitle (the subtitle saying who speaks, `专家提醒：…`) over the
    reporters' line and the paper's source line: the middle deck is the title."""
    doc = _one([
        "澄川日报数字报刊平台",
        "澄川日报  2015年03月18日  星期三",
        "第A05版：健康周刊",
        "上一版    下一版",
        "放大  缩小  默认",
        "市一医院睡眠门诊开诊满一年，接诊六千余人次",
        "失眠患者近半数是中青年",
        "专家提醒：睡前一小时最好放下手机",
        "本报记者 林某某  通讯员 周某某",
        "【来源：澄川日报】",
        "　　凌晨两点，35岁的吴先生还睁着眼睛盯着天花板。这样的状态已经持续了大半年。",
        "　　记者昨天从市一医院了解到，该院睡眠门诊开设以来，已累计接诊患者6200余人次。",
    ])
    assert doc.title == "失眠患者近半数是中青年"
    assert doc.metadata.get("subtitle") == "专家提醒：睡前一小时最好放下手机"


def test_a_press_releases_headline_under_its_day_or_over_its_stars_is_the_title() -> None:
    """A government's or an authority's release: its headline right under the day alone, or over the
    rule of stars, with the site's names, a size switch (`字型大小：A A A`, `字級 A- A A+`) and menus
    above: the headline is the title."""
    dated = _one([
        "澄川醫院管理局 Chengchuan Hospital Authority",
        "English | 繁 | 简",
        "字型大小：A A A",
        "主頁 關於本局 服務 醫院 / 診所 病人及公眾 新聞中心",
        "新聞稿",
        "2024年1月18日",
        "澄川醫院公布一宗呈報事件",
        "　　澄川醫院今日公布一宗呈報事件。一名病人於本月十五日入院接受治療，院方已即時跟進。",
        "　　醫院對事件表示遺憾，並已向病人家屬解釋及提供協助，會繼續密切留意病人情況。",
    ])
    assert dated.title == "澄川醫院公布一宗呈報事件"
    starred = _one([
        "跳至主要內容",
        "澄川特別行政區政府 新聞公報",
        "文字大小  A  A  A",
        "新聞公報",
        "今日新聞 | 按日期瀏覽 | 按類別瀏覽 | RSS",
        "衞生署公布全港性口腔健康調查結果",
        "*******************************",
        "　　衞生署今日公布全港性口腔健康調查的主要結果，五歲兒童的齲齒情況與上一次調查相若。",
        "　　是次調查共檢查及訪問約六千二百名不同年齡組別的人士。",
    ])
    assert starred.title == "衞生署公布全港性口腔健康調查結果"


def test_a_centred_caption_in_small_grey_type_goes_whatever_follows(tmp_path: Path) -> None:
    """A saved channel post: under a photo, a centred line in small grey type (`font-size: 12px; color:
    rgb(136, 136, 136)`) is the photo's caption, though the next section's number badge and heading
    follow it; the sections' paragraphs stay."""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>义诊进社区</title></head><body>
<h1 class="rich_media_title">澄川多家医院开展“世界高血压日”义诊</h1>
<div id="js_content">
<p>5月17日是世界高血压日。当天，我区多家医院走进社区、广场开展义诊咨询和健康宣教活动，引导群众树立健康第一责任人的理念。</p>
<section><p><strong><span style="font-size: 17px;">01</span></strong></p></section>
<section><p><strong><span style="font-size: 17px;color: rgb(214, 48, 49);">澄川区人民医院</span></strong></p></section>
<p><span style="font-size: 16px;">当天上午，澄川区人民医院组织心血管内科、内分泌科医护人员在文化广场设立义诊台，为居民测量血压、血糖。</span></p>
<p style="text-align: center;"><img data-src="https://example.cn/a.jpg"></p>
<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">澄川区人民医院专家为居民测量血压</span></p>
<section><p><strong><span style="font-size: 17px;">02</span></strong></p></section>
<section><p><strong><span style="font-size: 17px;color: rgb(214, 48, 49);">澄川区中医医院</span></strong></p></section>
<p><span style="font-size: 16px;">澄川区中医医院将义诊与中医药特色服务相结合，现场为群众开展体质辨识、耳穴压豆等服务，吸引了不少居民。</span></p>
</div></body></html>"""
    p = tmp_path / "post.html"
    p.write_text(html, encoding="utf-8")
    from cleaner.api import clean

    recs = clean([str(p)]).documents
    text = "\n".join(r.text for r in recs)
    assert "为居民测量血压、血糖" in text and "体质辨识、耳穴压豆" in text
    assert not any(ln.strip() == "澄川区人民医院专家为居民测量血压" for r in recs for ln in r.text.split("\n"))


def test_a_headline_under_the_breadcrumb_or_over_its_day_alone_is_the_title() -> None:
    """A headline right under the page's breadcrumb (`新闻资讯 > 院内新闻`), or right over its day alone
    (`2021-12-03 09:15`), with a badge line and a promoted line above that read as headlines too: the
    headline is the title."""
    crumbed = _one([
        "澄川县中医院 | 设为首页 | 加入收藏",
        "二级甲等中医医院　医保定点医疗机构",
        "首页 医院概况 新闻资讯 特色专科 名医堂 中医养生 患者服务",
        "新闻资讯 > 院内新闻",
        "三伏贴开贴首日 千余名群众“冬病夏治”",
        *_BODY,
    ])
    assert crumbed.title == "三伏贴开贴首日 千余名群众“冬病夏治”"
    dated = _one([
        "澄川健康新聞網",
        "首頁　即時　生活　健康　地方　社會　影音",
        "[廣告] 冬季保養季 全館滿千折百",
        "澄川醫院：深腦刺激術10年追蹤 七成病友動作症狀改善",
        "2021-12-03 09:15",
        *_BODY,
    ])
    assert dated.title == "澄川醫院：深腦刺激術10年追蹤 七成病友動作症狀改善"
    assert dated.published.startswith("2021-12-03")


def test_a_saved_posts_qr_widget_under_the_account_leaves_the_headline_the_title() -> None:
    """A saved channel post: its headline, the account's name, the QR widget (`微信扫一扫` / `关注该公众号`):
    the headline is the title, the account the account, the widget goes."""
    doc = _one([
        "她们，是ICU里的“生命守夜人”｜护士节特别策划",
        "澄川县人民医院",
        "微信扫一扫",
        "关注该公众号",
        *_BODY,
    ])
    assert doc.title == "她们，是ICU里的“生命守夜人”｜护士节特别策划"
    assert doc.metadata.get("account_name") == "澄川县人民医院"
    assert not any("扫一扫" in ln or "关注该公众号" in ln for ln in _lines(doc))


def test_name_lines_of_hospitals_named_again_without_their_province_head_a_roundup() -> None:
    """Name lines of hospitals that open with their municipality (`北京某和医院`) over paragraphs that name
    them without it (`某和医院`), all but one confirmed: one record each."""
    recs = _records([
        "奥运期间本市定点医院全面做好医疗保障准备",
        "2008-07-20 08:30　来源：澄川日报",
        "　　记者昨天从市卫生局获悉，奥运会期间本市共确定22家奥运定点医院，各定点医院均已完成应急演练。",
        "北京协和医院",
        "　　作为主定点医院之一，协和医院专门腾出一个病区作为奥运病房，共设床位40张，抽调了200余名医护骨干。",
        "北京朝阳医院",
        "　　朝阳医院承担体育场周边的医疗保障任务，在急诊大厅开设了绿色通道，并准备了30辆转运车辆和担架。",
        "北京大学第三医院",
        "　　北医三院运动医学研究所是运动创伤救治的重要力量，将派出骨科、康复科医生进驻部分比赛场馆。",
    ])
    assert [r.institution for r in recs if r.institution] == ["北京协和医院", "北京朝阳医院", "北京大学第三医院"]


def test_a_paragraph_pasted_under_another_institution_is_kept_in_its_own_section_only() -> None:
    """A hospital's paragraph pasted by the scraper into another institution's section, naming its
    hospital without the city (`某中人民医院则…` under `■ 苏州市某中人民医院`): no section of its own; it
    stays in its hospital's section and leaves the other's."""
    recs = _records([
        "践行为民初心 集团各成员单位推出便民举措",
        "文/顾某某　　发布日期：2021-07-02　　来源：澄川医疗集团",
        "　　为深入开展“我为群众办实事”实践活动，集团各成员单位结合实际推出一批便民举措。",
        "■ 澄川市立医院",
        "　　集团总院澄川市立医院聚焦“一床难求”问题，全面推行“全院一张床”管理，床位周转率明显提升。",
        "■ 澄川市姑苏区双塔社区卫生服务中心",
        "　　双塔社区卫生服务中心将“家门口的专家号”作为办实事重点，每周邀请集团专家坐诊。",
        "　　吴中人民医院则在院内设立了“老年人就医绿色通道”，为65岁以上老人提供挂号、缴费、取药一站式服务。",
        "■ 澄川市吴中人民医院",
        "　　吴中人民医院则在院内设立了“老年人就医绿色通道”，为65岁以上老人提供挂号、缴费、取药一站式服务。",
        "■ 澄川高新区人民医院",
        "　　高新区人民医院针对辖区内企业员工多的特点，推出“午间门诊”和“周末门诊”，方便上班族就医。",
    ])
    named = {r.institution: r.text for r in recs if r.institution}
    assert list(named) == ["澄川市立医院", "澄川市姑苏区双塔社区卫生服务中心", "澄川市吴中人民医院", "澄川高新区人民医院"]
    assert "绿色通道" in named["澄川市吴中人民医院"]
    assert "绿色通道" not in named["澄川市姑苏区双塔社区卫生服务中心"]


def test_a_notices_first_paragraph_over_its_table_is_no_site_notice() -> None:
    """A notice under its headline and dated bar, its first paragraph over a table whose header row is
    short words split by spaces (`姓名　　性别　　出生年月 …`): the paragraph and every row are the
    notice's, and the headline is the title."""
    doc = _one([
        "当前位置： 网站首页 >> 院务公开 >> 人事任免",
        "关于张某某等同志任前公示",
        "发布时间：2017-11-03 16:25　　来源：院党委　　点击：1078次",
        "根据医院中层干部竞聘上岗工作方案，经个人报名、资格审查、竞聘演讲、民主测评、组织考察，拟提拔任用张某某等3名同志为医院中层干部，现予以公示。",
        "一、公示人员名单及拟任职务",
        "姓名　　性别　　出生年月　　学历　　职称　　现任职务　　拟任职务",
        "张某某　　女　　1978年5月　　本科　　主任医师　　呼吸内科副主任　　呼吸与危重症医学科主任",
        "董　某　　男　　1981年9月　　硕士研究生　　副主任医师　　普外科副主任　　普外科主任",
        "二、公示时间",
        "2017年11月3日至2017年11月9日",
    ])
    assert doc.title == "关于张某某等同志任前公示"
    lines = _lines(doc)
    assert lines[0].startswith("根据医院中层干部竞聘上岗工作方案")
    assert any(ln.startswith("姓名") for ln in lines) and any(ln.startswith("张某某") for ln in lines)


def test_a_channel_posts_collection_tag_and_plain_follow_prompt_are_no_headline() -> None:
    """A channel post's account line, its collection tag (`收录于合集 #基层卫生 36个`), the headline and a
    follow prompt without the account's name (`点击上方蓝字 关注我们`): the headline is the title."""
    doc = _one([
        "原创 李某某 澄川健康 2022-09-14 08:30 发表于湖南",
        "收录于合集 #基层卫生 36个",
        "乡镇卫生院“敬老月”义诊活动精彩纷呈",
        "点击上方蓝字 关注我们",
        *_BODY,
    ])
    assert doc.title == "乡镇卫生院“敬老月”义诊活动精彩纷呈"
    assert doc.published.startswith("2022-09-14")
    assert not any("收录于" in ln or "蓝字" in ln for ln in _lines(doc))


def test_an_articles_own_header_and_a_title_of_column_headline_and_site(tmp_path: Path) -> None:
    """A framework's page: `<article>` with its own `<header class="…__header">` (headline, source,
    writers), the body in a `rich-text` block with `<h3>` sub-headings, and a `<title>` of the column,
    the headline and the site (`媒体聚焦 | headline - 某某医院`). The headline is the title, the header's
    fields are read, and the sub-headings stay in the text."""
    html = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"/>
<title>媒体聚焦 | 无痛胃肠镜预约不再难 内镜中心日均诊疗量突破300例 - 澄川大学附属第二医院</title></head><body>
<div class="container"><ol class="crumbs"><li><a href="/">首页</a></li><li><a href="/news">新闻资讯</a></li></ol>
<article class="ArticleView"><header class="ArticleView__header"><span class="ArticleView__tag">媒体聚焦</span>
<h1 class="ArticleView__title">无痛胃肠镜预约不再难 内镜中心日均诊疗量突破300例</h1>
<div class="ArticleView__meta"><span>来源：澄川健康报</span><span>·</span><span>记者 李某 通讯员 邵某某</span><span>·</span><time>2024-03-07 08:30</time></div>
</header>
<div class="rich-text ArticleView__body">
<p>“早上八点做完检查，九点多就拿到了报告，比我想象中快太多了。”3月5日，刚做完无痛胃肠镜检查的市民钱女士说。</p>
<p>记者了解到，过去一段时间，无痛胃肠镜“一号难求”曾是不少市民的烦恼，预约等候时间最长时超过三周。</p>
<h3>增设诊疗单元，延长服务时间</h3>
<p>内镜中心今年1月完成改扩建，诊疗间由8间增加到14间，同时新增了独立的麻醉复苏区，复苏床位达到24张。</p>
</div></article></div></body></html>"""
    doc = _page(tmp_path, "endo.html", html)
    assert doc.title == "无痛胃肠镜预约不再难 内镜中心日均诊疗量突破300例"
    assert "增设诊疗单元，延长服务时间" in _lines(doc)
    assert doc.metadata.get("source_name") == "澄川健康报"
    assert doc.published.startswith("2024-03-07")


def test_a_platforms_stamp_with_the_original_mark_between_its_dots_names_the_account() -> None:
    """A platform's stamp under the headline with the mark of an original post between its dots
    (`2023-05-16 10:24 · 原创 · 某某时报 · 发布于北京`): the day and the account are read."""
    doc = _one([
        "入夏后手足口病进入高发期，儿科专家提醒：这几个信号要警惕",
        "2023-05-16 10:24 · 原创 · 澄川健康时报 · 发布于北京",
        *_BODY,
    ])
    assert doc.published.startswith("2023-05-16")
    assert "澄川健康时报" in (doc.metadata.get("source_name"), doc.metadata.get("account_name"))
    assert not any("原创" in ln for ln in _lines(doc))


def test_a_table_of_sites_a_cell_a_line_with_phones_and_hours_stays() -> None:
    """A notice's table written a cell a line: its header (`接种点名称 / 地址 / 联系电话 / 接种时间`), then
    each site's name, address, phone and opening hours (`周一至周五 8:30-11:30 14:00-16:30`): every
    cell is the notice's and stays, between its paragraphs."""
    rows = [
        ("玉林社区卫生服务中心", "澄川区玉林北路17号", "0000-85561203", "周一至周五 8:30-11:30  14:00-16:30"),
        ("浆洗街社区卫生服务中心", "澄川区洗面桥横街9号", "0000-85092417", "周一至周六 8:30-11:30"),
        ("簇桥社区卫生服务中心", "澄川区锦城大道西段688号", "0000-85371526", "周一至周五 8:30-11:30  13:30-16:30"),
        ("金花桥社区卫生服务中心", "澄川区金花街52号", "0000-85010389", "周一至周六 8:30-11:30  14:00-16:30"),
    ]
    doc = _one([
        "澄川区2023-2024年度流感疫苗接种点一览",
        "信息来源：区卫生健康局  发布日期：2023-09-26  访问量：1207",
        "分享到：微信 微博 QQ空间",
        "【打印】【关闭】",
        "　　随着秋冬季节临近，流感即将进入高发季节。为方便辖区居民就近接种，现将我区流感疫苗接种点信息公布如下。",
        "　　今年我区共设置流感疫苗接种点8个，全部实行预约接种，也可直接拨打接种点电话预约。",
        "接种点名称", "地址", "联系电话", "接种时间",
        *(cell for row in rows for cell in row),
        "接种注意事项",
        "　　接种前请如实告知医生近期健康状况、过敏史和既往接种史，正在发热的应暂缓接种。",
    ])
    lines = _lines(doc)
    for cell in ("接种点名称", "联系电话", *(c.strip() for row in rows for c in row)):
        assert " ".join(cell.split()) in [" ".join(ln.split()) for ln in lines], cell


def test_a_portals_comment_count_share_row_and_account_id_go() -> None:
    """A portal's comment link with its count of readers and its buttons (`我来说两句(1,208人参与)　扫描到手机
    关闭`), its share row labelled `我要分享：`, and its account's id with a scan prompt go."""
    doc = _one([
        "秋季腹泻高发 专家提醒：别急着给孩子止泻",
        "2015-10-12 09:20　来源：澄川日报",
        "我来说两句(1,208人参与)　　扫描到手机　　关闭",
        *_BODY,
        "我要分享：  某某微博  QQ空间",
        "某某健康微信公众号：mouhealth　扫一扫，每日推送健康资讯",
    ])
    lines = _lines(doc)
    assert lines == [b.strip() for b in _BODY]


def test_an_info_bar_split_a_label_and_its_value_a_line_without_colons() -> None:
    """A convergence-media page's info bar split a line a cell, the labels without colons (`来源` /
    `某某融媒体中心` / `作者` / `通讯员 某某  记者 某某` / `点击量` / `3476`), under the headline and its
    stamp: the source and the writers are read, the headline is the title, and no cell stays."""
    doc = _one([
        "澄川新闻网",
        "网站首页 >> 健康澄川 >> 正文",
        "2022-11-08 16:45:12",
        "澄川推行“县聘乡用” 38名医生下沉乡镇卫生院",
        "来源", "澄川市融媒体中心",
        "作者", "通讯员 张某某  记者 刘某",
        "点击量", "3476",
        *_BODY,
    ])
    assert doc.title == "澄川推行“县聘乡用” 38名医生下沉乡镇卫生院"
    assert doc.metadata.get("source_name") == "澄川市融媒体中心"
    assert doc.authors == ["张某某", "刘某"]
    assert _lines(doc) == [b.strip() for b in _BODY]


def test_a_hospitals_grade_with_its_state_title_and_its_hours_in_the_header_go() -> None:
    """A hospital site's header: its grade and the title the state gave it after a bar
    (`二级甲等中医医院 | 国家级…特色专科建设单位`), and its clinic's hours beside the emergency room's:
    the header's, gone; the article under it stays."""
    doc = _one([
        "澄川县中医院",
        "二级甲等中医医院 | 国家级农村医疗机构针灸理疗康复特色专科建设单位",
        "门诊时间：08:00-12:00 14:30-17:30   急诊24小时开放",
        "首页 > 新闻中心 > 医院新闻",
        "我院开展“三伏贴”冬病夏治服务",
        "发布时间：2023-07-11　来源：治未病科",
        *_BODY,
    ])
    lines = _lines(doc)
    assert lines == [b.strip() for b in _BODY]
    assert doc.title == "我院开展“三伏贴”冬病夏治服务"
