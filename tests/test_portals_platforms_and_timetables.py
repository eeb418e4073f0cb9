"""Pages from old news portals, national news sites, self-media platforms and holiday notices:
a portal's menu bar above everything, its login box, its trail down to `正文`, its recommended
headlines and mood vote; a caption laid out as one and credited; an authority's spokesman closing
a story; a platform's stamp with the poster's region and its statement; hospitals' holiday hours
under their names. Each test is a page written for the project, and what a user reads in the
records is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records


def test_an_old_portals_page_under_its_menu_bar_has_its_head_read() -> None:
    """A 2006 portal's page opens with its name, its address and a bar of channels on one long line;
    the headline, the stamp with its `转自`, the writer and the story under it are read as usual, and
    the login box, the trail down to `正文`, the recommended headlines and the mood vote go."""
    doc = _one([
        "中华视窗 zhsc.example.cn  首页 | 新闻 | 体育 | 娱乐 | 财经 | IT | 汽车 | 房产 | 女人 | 健康 | 游戏 | 论坛 | 博客 | 搜索",
        "中华视窗通行证： 密码： 登录 注册 忘记密码？",
        "中华视窗 > 新闻中心 > 社会新闻 > 正文",
        "热点推荐：尘肺病农民工的维权路 | 职业病防治法实施四年 | 粉尘危害专项治理",
        "溪口县二十余名采石工人患尘肺病 维权遇阻",
        "2006年11月03日09:18  转自：溪口新闻网",
        "作者：钱某某",
        "　　溪口县石门乡的采石场,曾经是当地农民在家门口挣钱的好去处。然而近两年,先后有二十余名在采石场打过工的农民被查出患有尘肺病。",
        "　　今年43岁的石门乡农民罗某某是其中之一。记者见到他时,他正坐在自家门口,稍一走动便喘个不停。",
        "您看到此篇文章时的感受是：",
        "高兴 感动 同情 愤怒 搞笑 难过 新奇 流泪",
        "有0人参与  手机看新闻",
    ])
    assert doc.title == "溪口县二十余名采石工人患尘肺病 维权遇阻"
    assert doc.published.startswith("2006-11-03")
    assert doc.authors == ["钱某某"]
    assert doc.metadata.get("source_name") == "溪口新闻网"
    lines = _lines(doc)
    assert len(lines) == 2 and lines[0].startswith("溪口县石门乡")


def test_a_box_of_one_link_on_its_headings_line_leaves_the_sub_heading_under_it() -> None:
    """`相关专题：关注校园食品安全` is a box whose one link stands beside its heading: the short phrase
    under it (`疑似食物中毒 食堂已被暂停使用`) heads the article's next paragraphs and stays."""
    doc = _one([
        "溪口县一中学43名学生集体就医",
        "2011年09月16日 08:12  来源：溪口晚报",
        "　　9月14日下午,溪口县一所中学陆续有学生出现腹痛、呕吐等症状,先后有43名学生被送往县人民医院就诊,目前均已无大碍。",
        "相关专题：关注校园食品安全",
        "　　疑似食物中毒 食堂已被暂停使用",
        "　　溪口县卫生局相关负责人告诉记者,事发当天,县卫生监督所和疾控中心工作人员已赶到学校,对食堂进行了采样检测。",
    ])
    lines = _lines(doc)
    assert "疑似食物中毒 食堂已被暂停使用" in lines
    assert not any("相关专题" in ln for ln in lines)


def test_a_caption_laid_out_as_one_with_its_credit_goes_and_the_story_stays_one_record(tmp_path: Path) -> None:
    """`<p class="pictext">5月6日，某某医院药师在…。新华社记者 某某 摄</p>` under a picture is its
    caption, commas and all; with it gone and the authority's spokesman closing the story
    (`某某市卫生健康委员会有关负责人表示`), the story is one record, not a roundup."""
    body = [
        "新华社澄川5月6日电（记者 陈某某）在澄川市第一人民医院门诊药房，一台台机械臂在药架间快速穿梭，取药、传送、核对一气呵成。",
        "“以前拿药要排十几分钟，现在刷一下就诊卡，一两分钟就好了。”前来复诊的市民孙某某说。",
    ]
    html = (
        "<html><head><title>澄川：“智慧药房”让群众取药不再排长队</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/jk/'>健康</a></div>"
        "<div class='article'><h1>澄川：“智慧药房”让群众取药不再排长队</h1>"
        "<div class='info'>2024-05-06 10:12:35 来源：新华网</div>"
        + "".join(f"<p>{t}</p>" for t in body)
        + "<p style='text-align:center'><img src='/img/1.jpg'></p>"
        "<p class='pictext'>5月6日，澄川市第一人民医院药师在智慧药房查看药品分拣情况。新华社记者 周某某 摄</p>"
        "<p>据介绍，这套智慧药房系统去年底投入使用，能够存储1500余种药品，门诊患者平均取药等候时间由过去的15分钟左右缩短至3分钟以内。</p>"
        "<p>澄川市卫生健康委员会有关负责人表示，下一步将推动智慧服务向县级医院和基层医疗卫生机构延伸，让更多群众享受到便捷高效的医疗服务。</p>"
        "</div><div class='footer'>版权所有 某某网</div></body></html>"
    )
    doc = _page(tmp_path, "wire.html", html)
    lines = _lines(doc)
    assert not any("分拣情况" in ln or "摄" == ln[-1:] for ln in lines)
    assert lines[-1].startswith("澄川市卫生健康委员会有关负责人表示")
    assert doc.institution is None


def test_a_platforms_stamp_with_the_posters_region_and_its_statement_go() -> None:
    """A self-media platform's stamp under the headline (`某某医生 2024-01-15 08:41 · IP属地：浙江
    3.6万阅读`) and its statement under the post (`某某号声明：本文由某某号作者撰写…`) are the
    platform's; the day is read."""
    doc = _one([
        "冬季手脚冰凉，是阳虚还是血虚？中医师教你分辨",
        "陈某群医生 2024-01-15 08:41 · IP属地：浙江 3.6万阅读",
        "一到冬天，不少人手脚冰凉，晚上钻进被窝半天都暖不过来。很多人以为这就是阳虚，其实手脚冰凉的原因并不单一。",
        "阳虚的人除了怕冷，往往还伴有精神不振、大便稀溏、小便清长等表现，舌头颜色偏淡，舌体胖大，边上有齿痕。",
        "白鹭号声明：本文由白鹭号作者撰写，观点仅代表作者本人",
        "白鹭号系信息发布平台，仅提供信息存储服务。",
    ])
    lines = _lines(doc)
    assert len(lines) == 2 and lines[0].startswith("一到冬天")
    assert doc.published.startswith("2024-01-15")


def test_hospitals_holiday_hours_under_their_names_are_one_record_a_hospital() -> None:
    """A paper's list of hospitals' holiday hours, each under the hospital's name alone, the days
    written as the holiday counts them (`除夕至初二`, `初三至初六`, `急诊24小时开放`): a record each."""
    names = ["澄川市第一人民医院", "澄川市中医院", "澄川市妇幼保健院", "云岭区人民医院"]
    hours = [
        ["1月22日(除夕)至1月28日(初六),医院急诊科、急诊手术室、急诊检验等24小时开放,普通门诊暂停。", "医院提醒,春节期间住院部正常收治病人,需要住院的患者可先到急诊科就诊。"],
        ["除夕至初二,医院仅开放急诊;初三至初六每天上午开设中医内科、针灸科门诊。", "该院膏方门诊春节期间暂停,初八恢复。"],
        ["产科急诊、儿科急诊24小时开诊,产房、新生儿科正常运行。", "院方特别提醒,春节前后正值冬春季呼吸道疾病高发期,儿童发热请先到儿科急诊就诊。"],
        ["春节期间急诊24小时开放,初一至初六每天上午开设内科、外科、儿科门诊。", "该院同时提醒,节日期间出现胸痛、呼吸困难、意识不清等急症,请及时拨打120。"],
    ]
    lines = [
        "春节期间澄川各大医院门诊安排出炉",
        "2012年01月18日 08:03  来源：澄川日报",
        "　　本报讯(记者 林某)春节长假即将到来,节日期间看病怎么办?记者昨日从市卫生局获悉,我市各大医院已陆续公布春节期间门诊安排,下面是记者整理的部分医院节日门诊安排,供市民参考。",
    ]
    for name, rows in zip(names, hours, strict=True):
        lines += [name, *rows]
    recs = _records(lines)
    assert [r.institution for r in recs if r.institution] == names


def test_a_roundups_heading_under_an_inserted_link_stays_a_heading() -> None:
    """`推荐阅读：某某` inserted between two sections, its link on its own line: the next section's
    name under it (`鹤山镇卫生院`, which the paragraph under it opens with) heads that section."""
    recs = _records([
        "我区开展家庭医生签约服务宣传活动",
        "发布时间：2024-05-20 16:30  来源：云岭区融媒体中心",
        "5月19日是世界家庭医生日，我区各社区卫生服务中心和卫生院开展形式多样的宣传活动。",
        "东山社区卫生服务中心",
        "东山社区卫生服务中心在辖区锦绣花园小区广场设置了签约服务台，为居民免费测量血压、血糖，现场签约一百二十余人。",
        "城南社区卫生服务中心",
        "城南社区卫生服务中心把活动搬进了城南第二小学，家庭医生为师生讲解近视防控和脊柱侧弯筛查知识。",
        "推荐阅读：澄川市家庭医生签约服务覆盖率达到75%",
        "鹤山镇卫生院",
        "鹤山镇卫生院组织家庭医生签约团队深入桃岭村、石门村，为行动不便的老年人、残疾人开展上门服务。",
    ])
    assert [r.institution for r in recs if r.institution] == ["东山社区卫生服务中心", "城南社区卫生服务中心", "鹤山镇卫生院"]
    assert not any("推荐阅读" in ln for r in recs for ln in _lines(r))


def test_a_sentence_broken_for_a_phone_keeps_its_last_piece() -> None:
    """A channel article written a clause a line: the last piece of the sentence under a line
    ending in a comma (`务必第一时间到医院就诊！`) carries the sentence on, however short and low."""
    doc = _one([
        "孕期这些信号要警惕",
        "澄川市妇幼保健院 2024-03-05 18:30",
        "近日，我院产科接诊了一位孕32周的准妈妈，她因为忽视了胎动减少的信号，差点错过最佳处理时机。",
        "产科主任提醒广大孕妈妈：",
        "孕期一定要按时产检，",
        "如出现腹痛、阴道流血、胎动异常等情况，",
        "务必第一时间到医院就诊！",
        "编辑 | 何某",
    ])
    assert _lines(doc)[-1] == "务必第一时间到医院就诊！"


def test_a_poem_goes_on_over_its_short_lines_and_its_second_parts_name() -> None:
    """A nurses' day poem in two parts: a line of two or three characters (`轻轻地`, `只记得`) and the
    second part's name (`其二  手术室的灯`) stand inside the poem, and every line of both parts stays."""
    first = ["有人说", "你是天使", "你笑着摇头", "说自己只是", "一个普通的女孩", "可是凌晨三点的走廊", "记得你奔跑的脚步",
             "你把燕尾帽", "戴得端端正正", "也把一个个陌生人的疼", "轻轻地", "放在了心上"]
    second = ["无影灯亮起来的时候", "我们就忘了时间", "忘了窗外是晴天", "还是下雨", "只记得", "器械要递得准一点",
              "纱布要数得清一点", "等灯灭了", "我们摘下口罩", "脸上是深深的压痕", "心里是满满的"]
    doc = _one([
        "【5·12护士节】诗二首｜致白衣下的你",
        "作者：赵某某（手术室）   发布时间：2024-05-11 16:20",
        "今年5月12日是国际护士节。手术室护士赵某某利用业余时间写下两首小诗，献给坚守在临床一线的护理同仁。",
        "其一  白衣",
        *first,
        "其二  手术室的灯",
        *second,
        "（赵某某，白沙县人民医院手术室主管护师，从事手术室护理工作十二年。）",
        "编辑：黄某  审核：周某某",
    ])
    lines = [" ".join(ln.split()) for ln in _lines(doc)]
    for line in [*first, "其二 手术室的灯", *second]:
        assert line in lines


def test_a_sites_greeting_is_no_title_and_its_menu_no_writer() -> None:
    """`您好，欢迎来到某某县中医院！` in the header greets the reader and `关于我们` is a menu item: the
    headline under the breadcrumb is the title, and the writer is the one named under the story."""
    doc = _one([
        "石桥县中医院",
        "您好，欢迎来到石桥县中医院！",
        "[设为首页] [加入收藏]",
        "首页",
        "关于我们",
        "新闻资讯",
        "科室导航",
        "首页 >> 新闻资讯 >> 帮扶工作",
        "石桥县中医院:健康帮扶进山村 巩固成果惠民生",
        "发表时间：2023-08-22 15:30:46　浏览次数：[点击数]",
        "转自：石桥县卫生健康委员会",
        "为巩固拓展健康扶贫成果同乡村振兴有效衔接,8月17日至18日,我院组织专家团队深入大石乡开展健康帮扶活动,为村民义诊三百余人次。",
        "专家团队由内科、骨伤科、妇科、针灸推拿科等科室骨干组成,为村民免费测量血压、血糖,并开展中医适宜技术体验。",
        "撰稿人：罗晓某",
    ])
    assert doc.title == "石桥县中医院:健康帮扶进山村 巩固成果惠民生"
    assert doc.authors == ["罗晓某"]


def test_a_lines_fields_read_once_cannot_be_changed_by_a_caller() -> None:
    """What `parse_fields` read of a line is remembered by its text; each caller gets its own copy,
    so a caller that edits it changes nothing another caller reads."""
    from cleaner.filters.metadata import parse_fields

    line = "发布时间：2024-05-12 09:30  来源：溪口县卫健委  作者：张某某"
    first = parse_fields(line)
    assert first is not None and first.values["source"] == "溪口县卫健委"
    first.values["source"] = "changed"
    first.credits.clear()
    again = parse_fields(line)
    assert again is not None and again.values["source"] == "溪口县卫健委" and again.credits == [("作者", "张某某")]


def test_a_box_of_one_link_stops_at_the_articles_next_sentence_or_a_partys_sub_heading() -> None:
    """Under `推荐阅读：某某` (the box and its one link on a line) the article goes on: a line holding a
    sentence of it (`…关键是做好个人卫生。疾控专家建议：`), or a party's sub-heading whose party the
    paragraph under it names (`养殖场：排污设施正在建设` over `记者随后来到这家养殖场…`)."""
    doc = _one([
        "手足口病进入高发期 专家提醒做好防护",
        "2024年05月10日 09:20  来源：鹿鸣新闻网",
        "　　近期气温回升，手足口病进入高发期。县疾控中心监测显示，近两周全县报告病例数较上月明显增加，患儿以5岁以下儿童为主。",
        "推荐阅读：鹿鸣县2024年适龄儿童免费接种EV71疫苗通知",
        "预防手足口病，关键是做好个人卫生。疾控专家建议：",
        "一是勤洗手。饭前便后、外出回家后，要用肥皂或洗手液在流动水下洗手，看护人接触儿童前也要洗手。",
        "相关阅读：临江市农村饮水安全工程今年惠及12万人",
        "　　养殖场：排污设施正在建设",
        "　　记者随后来到这家养殖场。养殖场负责人表示，排污设施正在建设，预计下月投入使用，届时污水将经过处理后达标排放。",
    ])
    lines = _lines(doc)
    assert "预防手足口病，关键是做好个人卫生。疾控专家建议：" in lines
    assert "养殖场：排污设施正在建设" in lines
    assert not any("推荐阅读" in ln or "相关阅读" in ln for ln in lines)


def test_an_advert_label_over_a_sub_heading_leaves_the_sub_heading() -> None:
    """`廣告` alone (its picture lost) right over the article's sub-heading of two phrases
    (`掌握三原則 聰明吃水果`) and the paragraphs it heads: the label goes, the sub-heading stays."""
    doc = _one([
        "洗腎病人怎麼吃水果？營養師教你聰明選",
        "發布日期：2024-04-18　來源：青禾健康月刊",
        "不少洗腎病人以為水果一口都不能碰，其實只要選對種類、控制份量，仍然可以享受水果的美味，同時兼顧營養與安全。",
        "廣告",
        "掌握三原則 聰明吃水果",
        "第一，控制份量。即使是低鉀水果，每天也以一到兩份為限，一份大約是一個拳頭大小，切好後約八分滿的飯碗。",
    ])
    lines = _lines(doc)
    assert "掌握三原則 聰明吃水果" in lines and "廣告" not in lines


def test_a_roundups_headings_behind_arrows_head_its_sections() -> None:
    """`>>> 某某区妇幼保健院`: arrows before a name alone on its line mark a section's heading."""
    names = ["云岭区妇幼保健院", "云岭区人民医院", "金桥社区卫生服务中心"]
    lines = [
        "多措并举守护母婴安全 云岭区医疗机构扎实推进母婴安全行动",
        "2024-08-09 16:05:12  来源：云岭发布",
        "今年以来，云岭区深入实施母婴安全行动提升计划，各医疗机构结合自身职能，织密母婴安全保障网。",
    ]
    for name in names:
        lines += [f">>> {name}", f"{name}今年组建了危重孕产妇快速反应团队，定期开展产科急救演练，孕产妇救治能力持续提升。"]
    recs = _records(lines)
    assert [r.institution for r in recs if r.institution] == names


def test_a_channel_articles_key_points_and_pleas() -> None:
    """`划重点` over bulleted points heads the article's own list; the pleas under it to pass it on
    (`转发给需要的人，一起科学防流感`, `戳“在看”，让更多人看到`) are the account's, and so is a video
    player's advice (`如视频无法播放，请点击刷新或更换浏览器`)."""
    points = ["★ 流感不是“大号感冒”，高危人群出现症状要尽早就医", "★ 抗病毒药物要在医生指导下使用", "★ 流行季内接种疫苗仍然有效"]
    doc = _one([
        "流感高发季，这几件事一定要知道",
        "澄川疾控 2024-01-08 17:30",
        "近期我市流感活动水平持续上升，门急诊流感样病例占比较上周明显增加。疾控专家提醒，勤洗手、常通风、少聚集，出现症状及时就医。",
        "如视频无法播放，请点击刷新或更换浏览器",
        "划重点",
        *points,
        "来源：中国疾控中心",
        "转发给需要的人，一起科学防流感",
        "戳“在看”，让更多人看到",
    ])
    lines = _lines(doc)
    for p in points:
        assert p in lines
    assert not any("转发" in ln or "在看" in ln or "视频" in ln for ln in lines)
