"""Pages from portals' photo channels and complaint columns, health commissions' digests and
weekly bulletins, papers' e-editions, disclosure forms, county media apps and hospitals' old
ASP.NET sites: a photo story told in numbered captions, a byline under a 【导读】 copy of the lead,
a part's label under the info bar, digest items credited to the unit that sent them, numbered
items with their paragraphs under them, an official's words after the items, a page's address
on its first line, a form's padded labels, a 本版导读 box over the headline, a bulletin's
distribution list under its writer, a lead closed by its writers, an article's own question about
an app, and on HTML pages a logo heading, an ASP.NET title label, a byline under a 划重点 box, a
source under the article, a writer's own account and a unit's relative stamp. Each test is a page
written for the project, and what a user reads in the records is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records


def test_a_photo_story_keeps_its_numbered_captions() -> None:
    """A 组图 page whose short prose is followed by more text in numbered captions: the captions
    are the story, and every one of them stays; an ordinary story's captions, less than its prose, go."""
    captions = [
        "图1：清晨，渔民们在码头整理渔网，准备开始新一年的第一次出海。",
        "图2：开渔仪式上，老船长带领青年船员向大海敬酒，祈求平安丰收。",
        "图3：数十艘渔船排成一列驶出港口，汽笛声在海湾上空久久回荡。",
        "图4：返航的渔船满载而归，家人们早早等候在岸边帮忙卸货。",
        "图5：傍晚时分，鱼市灯火通明，新鲜的海货很快被抢购一空。",
    ]
    doc = _one([
        "组图：礁湾村开渔节 百船竞发出海忙",
        "2013-09-16 18:20  来源：海城晚报",
        "9月16日，礁湾村迎来一年一度的开渔节，全村上百艘渔船同时出海，场面十分壮观。",
        "当天还举办了渔歌比赛和海鲜美食展，吸引了周边县市的不少游客前来观看，村里的民宿和农家乐也迎来了客流高峰。",
        "据介绍，礁湾村的开渔节已经连续举办了十二届，成为当地重要的民俗文化活动。",
        *captions,
        "责任编辑：林某",
    ])
    for caption in captions:
        assert caption in _lines(doc)
    story = _one([
        "市第一人民医院开展义诊活动",
        "2023-05-18 来源：市第一人民医院",
        "5月17日上午，市第一人民医院组织心内科、内分泌科、骨科等科室的二十余名专家，在人民广场开展大型义诊活动，为市民提供免费咨询和检查服务。",
        "图1：专家正在为前来义诊的市民测量血压。",
        "活动现场，专家们耐心解答市民提出的各类健康问题，并针对高血压、糖尿病等慢性病患者的用药和饮食给出了具体建议。",
        "图2：骨科专家为老年市民讲解骨质疏松的预防知识。",
        "图3：护士为市民免费测量血糖并登记健康档案。",
        "图4：志愿者向过往市民发放健康宣传资料。",
        "活动持续了三个多小时，共接待群众六百余人次，发放健康宣传资料一千二百余份，受到市民的一致好评。医院表示，今后将定期开展此类活动。",
    ])
    assert not any(line.startswith("图") for line in _lines(story))


def test_a_byline_under_a_bracketed_summary_of_the_lead() -> None:
    """`【导读】` printing the lead again over `本报讯（记者 … 通讯员 …）` and the lead: the reporters
    are the authors, the summary goes, and the lead stays once, without its byline."""
    lead = "谎称对方的银行卡涉嫌洗钱，诱骗受害人把积蓄转入所谓“安全账户”，短短一个月骗走八万余元。近日，溪口县人民法院对这起电信诈骗案作出一审判决。"
    doc = _one([
        "男子冒充“警察”诈骗八万余元 一审获刑三年",
        "溪口网 时间：2012-06-07 08:15:10 来源：溪口日报",
        f"【导读】{lead}",
        f"本报讯（记者 方某明 通讯员 严某华）{lead}",
        "经审理查明，被告人张某伙同他人以冒充公安民警的方式实施诈骗，所得赃款均已挥霍。法院综合其犯罪情节作出上述判决。",
    ])
    assert doc.authors == ["方某明", "严某华"]
    assert _lines(doc)[0] == lead
    assert sum(line == lead for line in _lines(doc)) == 1


def test_a_parts_label_under_the_info_bar_is_no_title() -> None:
    """A complaint column's page: the headline over the info bar, the first part's label
    (`网友反映`) under it; the headline is the title, and the parts' text stays."""
    doc = _one([
        "溪口网 - 民生热线",
        "首页 > 民生热线 > 网友反映",
        "老旧小区加装电梯卡在“最后一户” 居民盼协调",
        "时间：2014-03-05 10:47  来源：溪口网  作者：某某  浏览次数：368",
        "网友反映",
        "网友在本网民生热线栏目留言，反映所住的老旧小区加装电梯方案已获多数住户同意，却因一楼住户反对迟迟无法开工。",
        "记者调查",
        "记者来到该小区了解到，加装电梯的申请材料已经提交街道，但一楼住户担心采光和噪音问题，双方一直未能达成一致。",
    ])
    assert doc.title == "老旧小区加装电梯卡在“最后一户” 居民盼协调"
    assert "记者调查" in _lines(doc) and _lines(doc)[0].startswith("网友在本网民生热线栏目留言")


def test_digest_items_credited_to_the_units_that_sent_them() -> None:
    """A commission's digest whose items each close with `（某某供稿）` and open with a heading:
    one record per institution, each titled by its heading; the column's own note stays too."""
    intro = "为推进健康扶贫工作，全市各级医疗机构积极探索，涌现出一批好做法。本期选登部分单位工作情况。"
    items = [
        ("“一站式”结算让患者少跑腿", "今年以来，医院在住院收费处设立“一站式”结算窗口，患者出院时只需支付个人自付部分，共为三百余名患者办理结算。（澄川市人民医院供稿）", "澄川市人民医院"),
        ("中医巡诊队进村入户", "医院组建五支中医巡诊队，每月两次深入对口帮扶的村庄，开展针灸、拔罐等治疗，并为行动不便的群众上门服务。（澄川市中医院供稿）", "澄川市中医院"),
        ("孕产妇全程免费产检", "中心为辖区困难家庭孕产妇建立专档，提供孕期五次免费产前检查，对高危孕产妇实行专人负责、全程追踪。（溪口县妇幼保健院供稿）", "溪口县妇幼保健院"),
    ]
    recs = _records([
        "澄川市卫生健康委员会",
        "各地医疗机构健康扶贫工作掠影",
        "时间：2018-04-26  来源：澄川市卫生健康委员会",
        intro,
        *(line for head, para, _ in items for line in (head, para)),
        "（本栏目稿件由各单位提供，文字有删节）",
    ])
    sections = [r for r in recs if r.institution]
    assert [r.institution for r in sections] == [name for _, _, name in items]
    assert [r.title for r in sections] == [head for head, _, _ in items]
    for rec, (_, para, _) in zip(sections, items, strict=True):
        assert para in _lines(rec)
    everything = "\n".join(r.text for r in recs)
    assert intro in everything and "（本栏目稿件由各单位提供，文字有删节）" in everything


def test_a_bulletins_numbered_items_with_their_paragraphs_under_them() -> None:
    """A weekly bulletin: `1. 某某医院：…。` items with indented paragraphs under each split into one
    record per institution, the bulletin's next outline part (`三、下周工作安排`) stays out of the
    last item's record, and the writer over the distribution list is the author."""
    items = [
        ("1. 澄川县人民医院：完成疫苗接种点扩容改造。", "该院将原体检中心改建为临时接种点，接种台由四个增至十个。", "澄川县人民医院"),
        ("2. 澄川市第三人民医院：开展院感防控专项督查。", "由院感科牵头，对发热门诊、急诊等十二个重点科室逐一检查。", "澄川市第三人民医院"),
        ("3. 溪口县中医医院：启动适宜技术下乡巡讲。", "该院组建由八名中医师组成的巡讲团，首站走进青坪镇卫生院。", "溪口县中医医院"),
    ]
    recs = _records([
        "澄川市卫生健康工作周报（第11期）",
        "发布日期：2021-03-23 09:15:07   信息来源：澄川市卫生健康委员会办公室",
        "一、重点工作推进情况",
        "本周，全市卫生健康系统围绕疫苗接种、春季传染病防控和医疗质量安全三项重点工作，压实责任、加快进度。",
        "二、各单位工作动态",
        *(line for head, para, _ in items for line in (head, "    " + para)),
        "三、下周工作安排",
        "一是继续加快重点人群疫苗接种进度；二是开展医疗质量安全检查；三是做好节假日卫生应急值守。",
        "撰稿：某某敏    审核：某某国",
        "报：市委办公室，市政府办公室。",
        "发：各县（区）卫生健康局，委机关各科室、委属各单位。",
    ])
    sections = [r for r in recs if r.institution]
    assert [r.institution for r in sections] == [name for _, _, name in items]
    assert "三、下周工作安排" not in sections[-1].text
    assert "三、下周工作安排" in "\n".join(r.text for r in recs)
    assert all(r.authors == ["某某敏"] for r in recs)


def test_an_officials_words_after_one_hospitals_story_are_no_second_record() -> None:
    """A paper's story of one hospital's alliance, closed by the health bureau's director speaking
    (`某某县卫生局局长某某表示，…`): one record, not a second one for the bureau."""
    recs = _records([
        "溪口县挂牌成立全市首个县域医疗联合体",
        "稿件来源：溪口日报　　发稿时间：2014-03-12 07:32",
        "3月11日，溪口县人民医院医疗联合体揭牌成立，县人民医院与全县九家乡镇卫生院、八十六个村卫生室签订协议，组建起全市首个县域医疗联合体。",
        "按照协议，县人民医院将派出三十二名中级以上职称的医师，分批到乡镇卫生院坐诊、查房和带教。",
        "溪口县卫生局局长某某国表示，组建医疗联合体是深化县级公立医院综合改革的重要一步，今年力争让县域内就诊率达到百分之八十五以上。",
    ])
    assert len(recs) == 1
    assert recs[0].title == "溪口县挂牌成立全市首个县域医疗联合体"


def test_a_pages_address_on_its_first_line() -> None:
    """A scraper's page address over the page: it is the record's `url`, not a line of the text,
    and on a page that states no date the day in the address is the record's date."""
    body = [
        "记者从县卫生局获悉，自10月1日起，我县将调整新型农村合作医疗补偿方案，进一步提高参合农民住院费用报销比例。",
        "根据新方案，参合农民在乡镇卫生院住院，起付线由二百元降至一百元，报销比例提高到百分之八十五。",
    ]
    address = "http://www.example.gov.cn/art/2011/9/28/art_2317_86412.html"
    doc = _one([address, "溪口县人民政府", "我县新农合住院补偿比例再提高", "文章来源：溪口县卫生局　　点击：1507", *body])
    assert doc.metadata.get("url") == address
    assert doc.published == "2011-09-28"
    assert doc.title == "我县新农合住院补偿比例再提高"
    assert _lines(doc) == body
    dated = _one(["http://www.example.gov.cn/xxgk/202305/t20230518_1.html", "我县新农合住院补偿比例再提高", "发布时间：2023-06-01", *body])
    assert dated.published == "2023-06-01"  # (the page's own date over its address's)


def test_a_disclosure_forms_padded_labels() -> None:
    """A disclosure form whose two-character labels are padded to the form's width (`文    号：`):
    the 发布日期 on that row is the record's date (not the 成文日期 above it), and none of the
    rows is left in the text."""
    title = "溪口县卫生局关于表彰2012年度全县卫生工作先进集体和先进个人的决定"
    body = [
        "各乡镇卫生院，县直各医疗卫生单位：",
        "为表彰先进、树立典型，经各单位推荐、局党组研究，决定授予县人民医院等八个单位“先进集体”称号。",
    ]
    doc = _one([
        "索引号：011203456/2013-00041    主题分类：卫生、体育",
        "发文机关：溪口县卫生局    成文日期：2013年03月08日",
        f"标    题：{title}",
        "文    号：溪卫发〔2013〕12号    发布日期：2013年03月12日",
        title,
        *body,
    ])
    assert doc.published == "2013-03-12"
    assert doc.title == title
    assert _lines(doc) == body


def test_an_e_editions_guide_box_over_the_headline() -> None:
    """An e-paper page whose `本版导读` box prints the lead over the kicker, the headline, the
    source and the byline: the title, source and reporters are read, and the lead stays once."""
    lead = "去年以来，澄川县以紧密型县域医共体建设为抓手，推动县级医院专家、设备和管理下沉乡镇，基层群众“小病不出镇”正在成为现实。"
    doc = _one([
        "澄川日报数字报",
        "2025年04月09日 星期三",
        "第A03版：民生·健康",
        "上一版  下一版  版面导航  往期回顾",
        "放大 缩小 默认",
        "本版导读",
        lead,
        "县域医共体建设一线观察",
        "在家门口看好病",
        "——走访县域五家乡镇卫生院",
        "来源：澄川日报 | 2025-04-09",
        "本报记者 某某禾 通讯员 某某雯",
        lead,
        "走进县城周边的乡镇卫生院，新投用的门诊综合楼里人来人往，县人民医院派驻的医生每周在这里坐诊三天。",
    ])
    assert doc.title == "在家门口看好病"
    assert doc.metadata.get("source_name") == "澄川日报"
    assert doc.authors == ["某某禾", "某某雯"]
    assert sum(line == lead for line in _lines(doc)) == 1


def test_a_lead_closed_by_its_writers() -> None:
    """The lead's paragraph ends with its correspondents in brackets (`…疫苗。（通讯员 某某 某某）`):
    they are the authors, the brackets go and the paragraph stays."""
    doc = _one([
        "秋冬流感季来临 我县为老年人免费接种流感疫苗",
        "2024年10月28日 09:15:32  来源:溪口县卫生健康局",
        "近日，随着气温逐步下降，我县进入流感高发季节，县卫生健康局组织各乡镇卫生院为辖区老年人免费接种流感疫苗。（通讯员 杨某 吴某波）",
        "县卫生健康局相关负责人提醒，流感疫苗每年都需要接种，老年人、慢性病患者等重点人群应尽早接种。",
    ])
    assert doc.authors == ["杨某", "吴某波"]
    assert _lines(doc)[0].endswith("免费接种流感疫苗。")


def test_an_articles_own_question_about_an_app_stays() -> None:
    """A story of a hospital's new app, with a subheading that asks about it (`下载APP后还能做什么？`):
    the question stays; the site's own plea to download its app goes."""
    doc = _one([
        "市人民医院APP上线 挂号缴费查报告“掌上办”",
        "2023-09-14 08:36:12　来源：澄川日报",
        "9月13日，市人民医院正式上线自主开发的手机APP，患者可在手机上完成预约挂号、门诊缴费、报告查询等十余项服务。",
        "下载APP后还能做什么？",
        "记者体验发现，APP首页设有预约挂号、报告查询、门诊缴费、住院服务、智能导诊五个入口。",
        "下载澄川新闻APP",
    ])
    assert "下载APP后还能做什么？" in _lines(doc)
    assert "下载澄川新闻APP" not in _lines(doc)


HOSPITAL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title_tag}</title></head><body>
<header><h1 class="g-logo"><a href="/"><img src="/logo.png" alt="">{site}</a></h1>
<nav><a href="/">首页</a><a href="/about/">医院概况</a><a href="/news/">新闻中心</a><a href="/dept/">科室导航</a></nav></header>
<div class="crumb">当前位置：<a href="/">首页</a> / <a href="/news/">新闻中心</a></div>
<div class="detail">{heading}
<div class="info"><span>作者：某某蔓</span><span>来源：护理部</span><span>发布时间：2025.05.13</span></div>
<div class="content">
<p>为庆祝国际护士节，进一步提升护理人员的专业能力和应急处置水平，5月9日至10日，医院举办护理技能竞赛，全院一百二十余名护士参加比赛。</p>
<p>本次竞赛分为理论考试和技能操作两个阶段，技能操作比赛设置心肺复苏、静脉留置针穿刺等四个项目，选手们沉着冷静、动作规范。</p>
</div></div>
<footer><p>版权所有：{site}　地址：澄川市建设路100号</p></footer></body></html>
"""


def test_a_hospital_page_titled_only_by_its_name(tmp_path: Path) -> None:
    """A hospital's page whose <title> and logo heading are only the hospital's name: the element
    marked as the title (`<div class="title">`, or an ASP.NET `<span id="lblTitle">`) is the title."""
    headline = "以赛促学 以赛促练——我院举办2025年护理技能竞赛"
    site = "澄川市第一人民医院"
    for heading in (f'<div class="title">{headline}</div>', f'<table><tr><td class="news_t"><span id="lblTitle">{headline}</span></td></tr></table>'):
        doc = _page(tmp_path, "nursing.html", HOSPITAL_PAGE.format(title_tag=site, site=site, heading=heading))
        assert doc.title == headline
        assert doc.authors == ["某某蔓"]
        assert doc.metadata.get("source_name") == "护理部"


APP_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title></head><body>
<div class="top-fixed"><img class="top-logo" src="/logo.png" alt="看澄川"><div class="top-desc">看澄川<br><small>澄川县融媒体中心出品</small></div><a class="top-btn">打开APP</a></div>
<div class="detail-head"><h1 class="detail-title">{title}</h1>
<div class="detail-meta"><span class="m-src">澄川县融媒体中心</span><span class="m-time">{stamp}</span><span class="m-view">浏览量 4326</span></div></div>
<div class="key-box"><div class="key-hd">划重点</div><p>律师提醒：消费者办理预付卡时，应尽量选择短期、小额的方式，并保留好合同和付款记录。</p></div>
<div class="video-box"><video src="/v/gym.mp4"></video><p class="v-tip">视频时长 02:58</p></div>
<div class="article-content">
<p>澄川台记者 某某满 某某畅</p>
<p>“卡是上个月刚续的，一节私教课都还没上。”9月2日上午，家住澄川市河西区的刘女士来到健身房，却发现店门紧锁，门上贴着一张暂停营业的告示。</p>
<p>记者在现场看到，二十多名会员拿着会员卡和缴费凭证，不停地拨打店长和销售顾问的电话，但都无人接听。</p>
<p>律师提醒：消费者办理预付卡时，应尽量选择短期、小额的方式，并保留好合同和付款记录。</p>
</div>
<div class="detail-foot"><p>首发时间：2020-09-03 18:50</p><p>来源：澄川县融媒体中心</p><p>编辑：某某　二审：某某　三审：某某</p></div>
<div class="app-more"><a>打开APP 阅读更多本地新闻</a></div>
<div class="feed"><div class="feed-hd">相关推荐</div><a><span>市场监管部门开展预付卡专项检查</span><span>看澄川 3评论</span></a><a><span>这些消费陷阱要当心</span><span>看澄川 12评论</span></a></div>
</body></html>
"""


def test_an_app_pages_source_under_the_article(tmp_path: Path) -> None:
    """A county media app's page stamped only `昨天 18:50`: the reporters' line opening the article
    gives the authors, and the `来源:` in the block under the article, the source."""
    title = "健身房突然关门 两百多名会员预付卡“悬空”"
    doc = _page(tmp_path, "gym.html", APP_PAGE.format(title=title, stamp="昨天 18:50"))
    assert doc.title == title
    assert doc.authors == ["某某满", "某某畅"]
    assert doc.metadata.get("source_name") == "澄川县融媒体中心"


STATION_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<meta name="referrer" content="always">
<title>健身房突然关门 200多名会员预付卡“悬空” 市场监管部门已介入</title>
<link rel="stylesheet" href="/share/css/news.css?t=20200820">
</head>
<body>
<div class="dl-top">
  <img src="/share/img/icon.png" class="ic">
  <div class="dl-txt"><p class="n">看澄川</p><p class="d">澄川广播电视台官方客户端</p></div>
  <a class="dl-btn" href="/download">打开</a>
</div>

<div class="news-box">
  <h1 class="news-title">健身房突然关门 200多名会员预付卡“悬空” 市场监管部门已介入</h1>
  <p class="news-info"><span class="org">澄川广播电视台</span><span class="tm">2020-09-03 18:50</span><span class="pv">阅读 1.8万</span></p>

  <div class="key-box">
    <div class="key-hd">划重点</div>
    <p>律师提醒：消费者办理预付卡时，应尽量选择短期、小额的方式，并保留好合同、收据和付款记录，一旦商家关门停业，要及时向市场监管部门投诉或通过法律途径维权。</p>
  </div>

  <div class="video-box"><video src="/2020/0903/gym_180s.mp4" poster="/2020/0903/gym.jpg"></video><p class="v-tip">视频时长 02:58</p></div>

  <div class="news-txt">
    <p>澄川台记者 某某满 某某畅</p>
    <p>“卡是上个月刚续的，三年3680元，一节私教课都还没上。”9月2日上午，家住澄川市河西区的刘女士像往常一样来到位于滨江路的力动健身城东店，却发现店门紧锁，门上贴着一张“内部装修，暂停营业”的告示。</p>
    <p>记者在现场看到，健身房所在的商场三楼已经聚集了二十多名会员，大家拿着会员卡和缴费凭证，不停地拨打店长和销售顾问的电话，但都无人接听。有会员建了一个维权群，短短一天时间，群里就有了200多人。</p>
    <p>据会员们统计，大家办理的年卡、次卡和私教课总金额超过60万元，其中不少人是在8月份的“周年店庆”活动中被推销续费的。“销售说续三年送一年，还拍着胸脯保证店不会关。”会员小周说。</p>
    <p><b>商场：健身房已拖欠两个月租金</b></p>
    <p>商场物业管理处的工作人员告诉记者，力动健身城东店从今年7月起就没有再交过租金和水电费，物业多次催缴未果。“我们也是8月底才联系不上他们负责人的，现在已经委托律师处理。”</p>
    <p>记者随后拨通了力动健身一名股东的电话。对方表示，受疫情影响，门店上半年停业了近四个月，资金链出现了问题，目前正在寻找新的经营者接手，“会员的权益我们会想办法保障，不会跑路”。但对于何时恢复营业、会员费能否退还，对方没有给出明确答复。</p>
    <p><b>监管部门：已立案调查</b></p>
    <p>9月3日，澄川市市场监督管理局河西分局工作人员来到现场，对会员的投诉进行登记。该局消费者权益保护科负责人介绍，目前已对力动健身城东店涉嫌违规发售预付卡的行为立案调查，并约谈了该店实际经营者，要求其尽快拿出处置方案。</p>
    <p>律师提醒：消费者办理预付卡时，应尽量选择短期、小额的方式，并保留好合同、收据和付款记录，一旦商家关门停业，要及时向市场监管部门投诉或通过法律途径维权。</p>
    <p>澄川台将继续关注此事进展。</p>
  </div>

  <div class="news-editor">编辑：周末 | 责编：李响 | 监制：方正</div>
  <div class="news-from">来源：澄川广播电视台</div>
  <div class="hotline">爆料热线：0000-2890110　有消费维权线索？打开“看澄川”APP，点击“我要爆料”</div>
</div>

<div class="open-more"><span>打开看澄川APP，阅读更多本地新闻</span></div>

</body></html>
"""


def test_a_station_pages_byline_under_its_summary_box_and_video(tmp_path: Path) -> None:
    """A TV station's share page: the reporters' line opening the article under a `划重点` box and a
    video's length badge gives the authors; the line is no text."""
    doc = _page(tmp_path, "gym.html", STATION_PAGE)
    assert doc.title == "健身房突然关门 200多名会员预付卡“悬空” 市场监管部门已介入"
    assert doc.authors == ["某某满", "某某畅"]
    assert doc.metadata.get("source_name") == "澄川广播电视台"
    assert not any("某某满" in line for line in _lines(doc))


def test_a_units_name_over_a_relative_stamp_is_the_source() -> None:
    """`某某县融媒体中心 昨天 22:10 浏览量 4326` under the headline: the unit is the source, and the
    line is no text."""
    body = [
        "1月7日凌晨，一场与时间的赛跑在澄川县人民医院上演，从患者进入医院大门到堵塞的血管被打通，只用了五十六分钟。",
        "患者今年五十八岁，当天凌晨在睡梦中被一阵剧烈胸痛惊醒，家人立即拨打了急救电话。",
    ]
    doc = _one(["与死神赛跑56分钟！澄川县人民医院成功救治一名急性心梗患者", "澄川县融媒体中心 昨天 22:10 浏览量 4326", *body])
    assert doc.metadata.get("source_name") == "澄川县融媒体中心"
    assert _lines(doc) == body


def test_a_writers_own_account_is_no_source(tmp_path: Path) -> None:
    """A self-media post stamped with its writer's name (`某某明 2022-05-17 10:05 发布于广东`) whose
    page states the writer as its author: the writer is the author, and no source is made of them."""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>续航14天的千元手表来了 - 云帆网</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"续航14天的千元手表来了","datePublished":"2022-05-17T10:05:00+08:00","author":{"@type":"Person","name":"杨某明"}}</script>
</head><body><div class="top">云帆网 搜索 打开APP</div>
<article><h1>续航14天的千元手表来了</h1>
<div class="author-line"><a class="yf-author" href="/hao/1">杨某明</a> 2022-05-17 10:05 发布于广东</div>
<div class="article-content">
<p>5月16日晚，澄光科技在线上举办新品发布会，正式推出旗下第三代智能手表，这款产品主打长续航和健康监测。</p>
<p>和上一代相比，新机最直观的变化是屏幕，换上了更大的圆形屏，表框也收窄了不少。</p>
</div></article></body></html>
"""
    doc = _page(tmp_path, "watch.html", html)
    assert doc.authors == ["杨某明"]
    assert doc.metadata.get("source_name") is None
