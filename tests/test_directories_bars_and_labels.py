"""Pages from county portals' digests, papers' Q&A features, health columns, recipe, travel and
job sites, disclosure tables and hospitals' old sites: a roundup's questions, a directory of
hotlines, a WeChat headline with an ellipsis, dated days of an event, field blocks and township
labels as items, a health piece's consulted expert, a writer's post after the name, community
bars with counters, a reporter after the source, a page's day in its address, a document's signed
and published days, a unit's section before its writers, a repost's origin, and HTML pages whose
<title> is a column's name. Each test is a page written for the project, and what a user reads in
the records is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records


def test_a_roundups_questions_stay_in_their_records() -> None:
    """A paper's Q&A feature whose questions each name another hospital: one record per hospital,
    and each keeps its question over the answer (the answer is read with it)."""
    qa = [
        ("问：澄川县人民医院去年通过了胸痛中心认证，你们最先从哪里下手？", "答：我们先把院前急救和院内流程打通，救护车上就能把心电图传到医院，医生提前会诊。", "澄川县人民医院"),
        ("问：溪口县中医院是一家中医院，为什么也要建胸痛中心？", "答：山区群众离县城远，中医院承担着片区急救任务，胸痛患者送来必须接得住、治得好。", "溪口县中医院"),
        ("问：澄川市第三人民医院位于城郊，怎样在院前就把时间抢回来？", "答：我们和周边乡镇卫生院建了联络群，卫生院做完心电图立即上传，我们的医生几分钟内就能判读。", "澄川市第三人民医院"),
    ]
    recs = _records([
        "胸痛中心建到县里，三家医院怎么做？",
        "2021-09-03 07:15:22  来源：澄川晚报",
        "急性心肌梗死救治讲究“时间就是心肌”。近两年，我市多家县级医院相继建成胸痛中心，记者采访了其中三家医院的负责人。",
        *(line for q, a, _ in qa for line in (q, a)),
    ])
    sections = [r for r in recs if r.institution]
    assert [r.institution for r in sections] == [name for _, _, name in qa]
    for rec, (q, a, _) in zip(sections, qa, strict=True):
        assert _lines(rec)[:2] == [q, a]


def test_a_directory_of_hotlines_stays_whole() -> None:
    """A notice listing each township health centre's duty phone, one a line: every line of the
    list stays, the last ones as much as the first."""
    hotlines = [
        "青溪镇中心卫生院：0739-5381120", "白沙镇卫生院：0739-5430120", "龙潭镇卫生院：0739-5512098",
        "柏林镇中心卫生院：0739-5276033", "高桥镇卫生院：0739-5620561", "云台山镇卫生院：0739-5158120",
        "望江乡卫生院：0739-5183026", "双河乡卫生院：0739-5552017",
    ]
    doc = _one([
        "溪口县卫生健康局",
        "政务公开 ｜ 政策文件 ｜ 办事服务 ｜ 公共卫生 ｜ 医政医管 ｜ 互动交流",
        "当前位置: 首页 > 公共卫生 > 通知公告",
        "溪口县各乡镇卫生院24小时值班电话公布",
        "【发布日期:2023年12月18日】 【来源:县卫健局办公室】 【作者:某某梅】",
        "【字号 大 中 小】",
        "为进一步方便群众就近就医,保障冬春季节群众突发疾病能够得到及时救治,现将全县各乡镇卫生院24小时值班电话公布如下,请广大群众相互转告。",
        *hotlines,
        "各乡镇卫生院要严格落实24小时值班制度,值班电话须有专人接听,不得出现无人接听、长时间占线等情况。",
        "县卫健局将不定期对值班电话接听情况进行抽查,抽查结果纳入年度绩效考核。",
        "如遇危急重症,请直接拨打120急救电话。",
        "附件下载: 无",
        "打印 关闭",
        "栏目导航",
        "通知公告",
        "工作动态",
        "疾病预防",
        "健康教育",
        "溪口县卫生健康局 版权所有",
        "地址：溪口县向阳路32号 电话：0739-5322611 湘ICP备16000000号",
        "建议使用1366×768分辨率浏览本站",
    ])
    for line in hotlines:
        assert line in _lines(doc)


def test_a_wechat_headline_with_a_pause_in_it() -> None:
    """An account's export whose headline pauses with `……` before its question: it is the title,
    and the account's line gives the date."""
    title = "送医下乡、签约履约……这周各乡镇卫生院忙些啥？"
    doc = _one([
        title,
        "原创 溪口县卫健局 溪口健康 2023-06-09 18:30 发表于浙江",
        "点击蓝字 关注我们",
        "",
        "来源：溪口县卫生健康局",
        "文字｜李某琪 陈某",
        "",
        "入夏以来，全县各乡镇卫生院持续把优质服务送到群众身边。本期，我们一起来看看各乡镇卫生院的最新动态。",
        "6月6日，龙泉镇卫生院组织全科医生、护士和公卫人员组成巡回医疗队，来到距离集镇最远的高坪村开展义诊。",
    ])
    assert doc.title == title
    assert doc.published.startswith("2023-06-09")
    assert doc.authors == ["李某琪", "陈某"]


def test_a_weeks_days_each_an_institutions() -> None:
    """A week of free clinics told day by day under `【3月12日】` headings, each day's paragraph naming
    its institution after the day's words (`活动首日，…`, `活动最后一天，…`): one record each."""
    days = [
        ("【3月12日】", "活动首日，溪口县人民医院组织心内科、骨科、眼科等八个科室的十八名专家来到城关广场，为群众免费测血压、看眼底。", "溪口县人民医院"),
        ("【3月13日】", "溪口县中医医院的义诊队伍把“中医馆”搬到了五里墩乡的集市上，针灸、推拿摊位前排起了长队。", "溪口县中医医院"),
        ("【3月14日】", "城关镇中心卫生院将义诊与家庭医生签约服务结合起来，医生们分成四个小组走村入户，为行动不便的老人上门体检。", "城关镇中心卫生院"),
        ("【3月15日】", "活动最后一天，溪口县疾病预防控制中心在城东社区广场开展结核病、艾滋病防治知识宣传。", "溪口县疾病预防控制中心"),
    ]
    recs = _records([
        "“健康扶贫进万家”义诊周活动综述",
        "作者：某某涛    来源：溪口新闻网    发布时间：2016-03-18 16:05:37",
        "3月12日至15日，由县卫计委组织的“健康扶贫进万家”义诊周活动在全县开展，各医疗卫生单位轮流走进乡村和社区。",
        *(line for head, para, _ in days for line in (head, para)),
    ])
    assert [r.institution for r in recs if r.institution] == [name for _, _, name in days]


def test_field_blocks_and_township_labels_are_items() -> None:
    """Two digests: one of `单位：… / 做法：… / 成效：…` blocks, one whose items open with a township's
    name (`石门镇：…`) and name its health centre inside the sentence. One record per institution."""
    blocks = [("澄川县人民医院", "在住院部一楼设立“先诊疗后付费”一站式窗口，参保患者持身份证即可办理入院。", "1—6月共为四千余名住院患者办理先诊疗后付费。"),
              ("溪口县中医院", "把先诊疗后付费与中医适宜技术推广结合起来，在针灸推拿、康复理疗等项目全面推行。", "门诊中医适宜技术服务量同比增长三成以上。"),
              ("澄川县妇幼保健院", "针对孕产妇夜间入院多的特点，在产科护士站开通二十四小时办理通道。", "上半年住院分娩一千余人次，全部实现“零押金”入院。")]
    recs = _records([
        "各县区推进住院患者“先诊疗后付费”经验摘编",
        "发布时间：2019-07-16 09:42    来源：澄川市卫生健康委员会",
        "今年以来，全市各县区按照实施方案要求，积极推行县域内住院患者“先诊疗后付费”，现将部分单位的做法摘编如下。",
        *(line for unit, how, result in blocks for line in (f"单位：{unit}", f"做法：{how}", f"成效：{result}")),
        "下一步，各县区卫生健康行政部门要加强对先诊疗后付费工作的督促指导。",
    ])
    assert [r.institution for r in recs if r.institution] == [unit for unit, _, _ in blocks]
    towns = [("石门镇", "总院下沉的三名内科医生常驻石门镇卫生院，与卫生院医生共同坐诊、查房，门诊量比去年同期增长两成。", "石门镇卫生院"),
             ("板桥乡", "板桥乡卫生院借助医共体统一配送的药品目录，常用药品种由原来的一百八十余种增加到三百余种。", "板桥乡卫生院"),
             ("黄龙镇", "在总院帮扶下，黄龙镇中心卫生院重新开放了停用多年的手术室，能够独立开展阑尾切除等手术。", "黄龙镇中心卫生院")]
    recs = _records([
        "溪口县医共体“强基层”见实效",
        "2020/11/27 10:18   来源:县医共体管理办公室",
        "今年以来，溪口县以县人民医院为牵头单位、整合全县十四家乡镇卫生院组建紧密型县域医共体，基层服务能力明显提升。",
        *(f"{town}：{text}" for town, text, _ in towns),
        "下一步，溪口县将继续深化医共体改革，力争县域内就诊率达到九成以上。",
    ])
    assert [r.institution for r in recs if r.institution] == [name for _, _, name in towns]


def test_a_health_pieces_consulted_expert_and_a_writers_post() -> None:
    """A 科普 page crediting the expert it consulted (`本文专家：…`) under its bar, and one whose
    author field names the writer's hospital and post after a comma: the headline is the title, the
    writers are the authors, and neither credit line is left in the text."""
    title = "白露过后秋燥渐起，养肺润燥做好这几件事"
    doc = _one([
        "养生保健 → 四季养生",
        title,
        "时间：2023年9月8日    点击：1526次",
        "本文专家：澄川市中医院治未病科 副主任中医师 某某安",
        "文/ 通讯员 陶某欣",
        "9月8日是二十四节气中的白露。俗话说“白露秋分夜，一夜冷一夜”，白露过后昼夜温差加大，秋燥渐起。",
        "专家介绍，中医认为秋季对应五脏中的肺，燥为秋季的主气，容易耗伤肺阴。",
    ])
    assert doc.title == title
    assert doc.authors == ["陶某欣"]
    assert not any("本文专家" in line for line in _lines(doc))
    doc = _one([
        "查出幽门螺杆菌，全家都要治吗？消化科医生说清楚了",
        "更新时间：2022-09-14 16:41　　阅读量：5.2万",
        "作者：许某涛，澄川市第一人民医院消化内科主任医师",
        "门诊里，经常有患者拿着一张呼气试验报告来问我，查出幽门螺杆菌阳性是不是就要得胃癌了。",
        "幽门螺杆菌是一种主要通过口口传播的细菌，感染后多数人没有明显症状。",
    ])
    assert doc.authors == ["许某涛"]


def test_community_bars_with_counters() -> None:
    """A recipe's and a travel diary's bars (`某某的小厨房 | 发布于 2016年7月9日 | 收藏 2318`, a user's
    level badge and counters among the cells), and a job posting's bar with a yearless update stamp:
    the day, the writer and the source are read."""
    doc = _one([
        "外婆家的梅干菜烧肉",
        "综合评分 8.9（146人做过这道菜）",
        "阿梅的小厨房 | 发布于 2016年7月9日 | 收藏 2318",
        "小时候每到放暑假，外婆都会烧一大锅梅干菜烧肉，连着吃好几天都不腻，这道菜的关键是梅干菜要泡透、肉要煸香。",
        "做法步骤",
        "1. 梅干菜提前用温水泡二十分钟，中间换一次水，抓洗几遍把沙子洗掉。",
    ])
    assert doc.published == "2016-07-09"
    assert doc.authors == ["阿梅的小厨房"]
    doc = _one([
        "霞浦三天两夜：追着滩涂上的光走",
        "山野行者阿泽 LV.6 | 发表于 2017-10-15 22:36 | 浏览 8,912 | 顶 56 | 收藏 213",
        "十一假期和两个朋友从福州开车去霞浦，三天跑了北岐、东壁、杨家溪和三沙，拍到了想拍的滩涂日出。",
        "先说交通：福州到霞浦走高速，两个半小时左右，假期第一天下午车不算多。",
    ])
    assert doc.published.startswith("2017-10-15")
    assert doc.authors == ["山野行者阿泽"]
    doc = _one([
        "嵌入式软件工程师",
        "发布时间：2019-07-03 | 更新时间：07-15 | 来源：江淮人才网",
        "岗位职责：负责公司智能终端产品的嵌入式软件设计、开发和调试，编写相关技术文档。",
        "任职要求：计算机、电子等相关专业本科及以上学历，三年以上嵌入式开发经验。",
    ])
    assert doc.published == "2019-07-03"
    assert doc.metadata.get("source_name") == "江淮人才网"


def test_a_reporter_after_the_source_and_a_repost_origin() -> None:
    """`来源：某某日报 某某日报全媒体记者 某某 某某` gives the source and the reporters apart; and a
    page that names its origin under the article (`转载自某某新闻网`) has that as its source."""
    doc = _one([
        "暴雨致多处塌方 三千余名群众连夜转移",
        "2021-07-19 08:56:12 来源：澄川日报 澄川日报全媒体记者 杨某 刘某青",
        "7月18日夜间，澄川县多个乡镇遭遇强降雨，部分路段发生塌方，当地连夜转移群众三千余人。",
        "目前，各安置点群众情绪稳定，生活物资供应充足。",
    ])
    assert doc.metadata.get("source_name") == "澄川日报"
    assert doc.authors == ["杨某", "刘某青"]
    doc = _one([
        "我县中医院三伏贴开贴",
        "【发布日期：2019-07-03】",
        "7月12日入伏当天，县中医院三伏贴门诊正式开贴，一早就有不少市民前来排队。",
        "医生提醒，成人贴敷时间一般为二至四小时，儿童为半小时至两小时，贴敷期间应忌食生冷。",
        "转载自溪口新闻网",
        "【打印本页】　【关闭窗口】",
    ])
    assert doc.metadata.get("source_name") == "溪口新闻网"
    assert "转载自溪口新闻网" not in _lines(doc)


def test_a_units_section_before_its_writers() -> None:
    """A closing byline naming the writers' section of a bureau (`（县卫计局基层卫生股　某某伟　谭某）`):
    the writers are the authors."""
    doc = _one([
        "我县家庭医生签约服务试点工作启动",
        "发布时间：2015-06-10",
        "6月8日，我县家庭医生签约服务试点工作在城关镇启动，首批组建十二个家庭医生团队。",
        "试点期间，签约居民可享受健康咨询、慢病随访、预约转诊等服务。",
        "（县卫计局基层卫生股　某某伟　谭某）",
    ])
    assert doc.authors == ["某某伟", "谭某"]


def test_a_pages_day_in_its_address_with_the_month_and_day_together() -> None:
    """A page that shows no date, its canonical address filed as `/2019/0523/`: that day is its date."""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>折叠屏平板发布 售价四千元起_数码_科讯网</title>
<link rel="canonical" href="https://www.example.com.cn/digital/2019/0523/58231.html"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/digital/">数码</a></div>
<h1>折叠屏平板发布 售价四千元起</h1>
<div class="content"><p>5月22日晚，某某科技在北京举行新品发布会，正式推出旗下首款折叠屏平板电脑，展开后屏幕尺寸达到十英寸。</p>
<p>新品首发价四千元起，5月28日起在各大电商平台开售，首批备货约十万台。</p></div>
</body></html>
"""
    doc = _page(Path(__import__("tempfile").mkdtemp()), "tablet.html", html)
    assert doc.published == "2019-05-23"


def test_a_disclosure_tables_published_day_over_its_signed_day(tmp_path: Path) -> None:
    """An HTML disclosure page whose table states 成文日期 on one row and 发布日期 on the next: the
    published day is the record's date."""
    title = "澄川市卫生健康委员会关于做好2019年农村适龄妇女“两癌”免费检查工作的通知"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Untitled</title></head><body>
<div class="gov-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li></ul></div>
<div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <span>{title}</span></div>
<div class="detail-left">
<table class="xxgk-table">
<tr><th>索引号：</th><td>000000001/2019-00047</td><th>主题分类：</th><td>卫生、体育</td></tr>
<tr><th>文　号：</th><td>澄卫健发〔2019〕12号</td><th>成文日期：</th><td>2019-03-01</td></tr>
<tr><th>发布日期：</th><td>2019-03-05</td><th>有效性：</th><td>有效</td></tr>
</table>
<div class="article-title">{title}</div>
<div class="article-tools">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印</a>　<a href="#">关闭</a></div>
<div class="article-content"><p>各县（市、区）卫生健康局，委直属各医疗卫生单位：</p>
<p>　　为进一步提高农村妇女宫颈癌和乳腺癌早诊早治率，根据省卫生健康委工作部署，现就做好我市2019年农村适龄妇女“两癌”免费检查工作通知如下：</p>
<p>　　检查工作于2019年4月启动，10月底前全面完成现场检查任务。市卫生健康委将于11月组织对各地项目实施情况进行督导评估。</p>
<p style="text-align:right">澄川市卫生健康委员会</p><p style="text-align:right">2019年3月1日</p></div>
</div></body></html>
"""
    doc = _page(tmp_path, "notice.html", html)
    assert doc.published == "2019-03-05"


def test_hospital_pages_whose_title_is_a_columns_name(tmp_path: Path) -> None:
    """A hospital page whose <title> is only its column (`新闻动态`) and whose headline is a title
    cell, and a disease-control page titled `健康教育 - 某某中心` under a logo <h1> with the headline
    in an <h2>: the headline is the title either way."""
    ecmo = "ECMO保驾护航 我院成功救治一名暴发性心肌炎患者"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻动态</title></head><body>
<table width="100%"><tr><td><img src="/logo.gif" alt="澄川市人民医院"></td></tr></table>
<table><tr><td class="newstitle">{ecmo}</td></tr>
<tr><td class="info">发布日期：2013-06-21　点击：512</td></tr>
<tr><td class="content"><p>6月10日，一名二十六岁的男性患者因胸闷、乏力入院，随后病情急剧恶化，被诊断为暴发性心肌炎。</p>
<p>医院立即组织多学科会诊，为患者实施ECMO治疗，经过七天的全力救治，患者顺利撤机并转入普通病房。</p></td></tr></table>
</body></html>
"""
    assert _page(tmp_path, "ecmo.html", html).title == ecmo
    hfmd = "夏季来临 警惕手足口病“盯上”孩子"
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>健康教育 - 澄川市疾病预防控制中心</title></head><body>
<div class="header"><h1 class="logo"><a href="/">澄川市疾病预防控制中心</a></h1></div>
<div class="side"><h3>健康教育</h3><ul><li><a href="/a/1">预防接种</a></li></ul><h3>预防接种门诊</h3></div>
<div class="main"><h2>{hfmd}</h2><div class="info">发布时间：2016-05-20</div>
<div class="content"><p>进入夏季，手足口病进入高发期，五岁以下儿童是主要的易感人群，家长要提高警惕。</p>
<p>专家提醒，孩子出现发热、口腔疱疹、手足皮疹等症状时，应及时到医院就诊。</p></div></div>
</body></html>
"""
    assert _page(tmp_path, "hfmd.html", html).title == hfmd


def test_a_bar_of_bracketed_labels_with_a_counter_among_them() -> None:
    """`【发布时间】… 【信息来源】… 【作者】… 【浏览】1523次 【字体：大 中 小】`: the counter in brackets is
    read as the counter it is, and the day, the source and the writer come out of the bar."""
    doc = _one([
        "澄川市康复医院",
        "位置：医院首页 → 新闻中心 → 医院动态",
        "我院神经重症康复病区正式开科",
        "【发布时间】2022年11月02日  【信息来源】医务部  【作者】吴某  【浏览】1523次  【字体：大 中 小】",
        "11月1日上午，我院神经重症康复病区开科仪式在住院部4号楼举行，院领导和相关科室负责人参加仪式。",
        "据介绍，新病区开放床位二十张，配备有创呼吸机、多参数监护仪等设备，可收治意识障碍、气管切开等重症患者。",
    ])
    assert doc.title == "我院神经重症康复病区正式开科"
    assert doc.published == "2022-11-02"
    assert doc.authors == ["吴某"]
    assert doc.metadata.get("source_name") == "医务部"


def test_a_summary_labelled_with_its_kind_over_the_bar() -> None:
    """A travel diary whose `游记摘要：…` stands between its headline and its bar: the headline is
    still the title, and the bar under the summary still dates it."""
    doc = _one([
        "游迹网 > 中国 > 福建 > 游记",
        "霞浦三天两夜：追着滩涂上的光走",
        "游记摘要：十一假期和两个朋友从福州开车去霞浦，三天跑了北岐、东壁、杨家溪和三沙，拍到了想拍的滩涂日出。",
        "山野行者阿泽 LV.6 | 发表于 2017-10-15 22:36 | 浏览 8,912 | 顶 56 | 收藏 213",
        "十一假期和两个朋友从福州开车去霞浦，三天跑了北岐、东壁、杨家溪和三沙，拍到了想拍的滩涂日出。",
        "先说交通：福州到霞浦走高速，两个半小时左右，假期第一天下午车不算多。",
    ])
    assert doc.title == "霞浦三天两夜：追着滩涂上的光走"
    assert doc.published.startswith("2017-10-15")
    assert doc.authors == ["山野行者阿泽"]
