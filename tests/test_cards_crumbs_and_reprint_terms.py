"""Pages from hospitals' own sites, health media, magazines' sites, channel exports and patient
boards: a writer's credit after a day with no mark between, a magazine's contributing writer in
the info bar, the writer's workplace on a line of its own, a writer named with their post in
brackets or in a card's cells, a source with its reprint terms after it, a breadcrumb of one step
under the headline, an account's card above the byline, a link box inside the article that ends at
the article's own list or at a long dated sentence, toolbars of listen and zoom buttons, the row
under a channel article, a header of hospital phones, a briefs column of counties' units, a roundup
item that sets its scene before naming its hospital, and a board's labelled subject. Each test is a
page written for the project, and what a user reads in the records is checked."""

from __future__ import annotations

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import records_of as _records

_BODY = [
    "2月13日，溪口县人民医院日间手术中心在住院部七楼正式启用，首批开展胆囊切除、腹股沟疝修补等三十余个病种的日间手术。",
    "启用当天，一位因胆囊结石反复发作的患者成为第一位在中心接受手术的患者，早上入院，下午已能下床走动，第二天上午顺利出院。",
    "院长表示，医院将根据运行情况逐步扩大日间手术病种范围，让更多群众享受到便捷、高效、安全的医疗服务。",
]


def test_a_writers_credit_after_the_day_is_read_as_the_writers() -> None:
    """`发布时间：2023年02月14日    文：某某    摄影：某某`: the day's 日 is no part of the next label;
    the writer is the author and the photographer is not."""
    doc = _one([
        "“早上住院、下午手术、次日出院” 我院日间手术中心正式启用",
        "发布时间：2023年02月14日    文：柯某蕾    摄影：房某斌",
        *_BODY,
    ])
    assert doc.authors == ["柯某蕾"]
    assert doc.published.startswith("2023-02-14")


def test_a_contributing_writer_in_the_bar_and_a_source_without_its_reprint_terms() -> None:
    """`来源：某某杂志　特约撰稿人 某某` names the source and the writer apart; a source followed by
    its reprint terms or the account's handle (`…（ID：abc），转载请联系原作者授权`) is the name alone;
    a bar's engagement glued after the source (`已有86人参与评论`) is no part of it."""
    doc = _one([
        "夏天吃西瓜，糖尿病人能不能碰？",
        "2014.07.09　来源：澄川养生杂志　特约撰稿人 俞某晴",
        *_BODY,
    ])
    assert doc.authors == ["俞某晴"]
    assert doc.metadata["source_name"] == "澄川养生杂志"
    reposted = _one([
        "宝宝发烧39℃，先别急着往医院跑",
        "2017-08-22 09:10",
        "本文来源：澄川市妇幼保健院（ID：ccfybjy），转载请联系原作者授权",
        *_BODY,
    ])
    assert reposted.metadata["source_name"] == "澄川市妇幼保健院"
    engaged = _one(["城市马拉松鸣枪开跑 两万名选手竞逐赛道", "2011年11月20日 16:35  来源：澄川晚报 已有86人参与评论", *_BODY])
    assert engaged.metadata["source_name"] == "澄川晚报"


def test_the_writers_workplace_on_its_own_line_is_no_title() -> None:
    """`作者：某某` over `作者单位：某某县妇幼保健院` under the headline: the headline stays the title,
    the writer is the author, and the workplace is kept as the writer's affiliation."""
    doc = _one([
        "首页 > 健康文化 > 医者心声",
        "凌晨三点的产房",
        "作者：梁某文",
        "作者单位：溪口县妇幼保健院",
        "发布日期：2020-09-17　信息来源：溪口县卫生健康局　浏览次数：524",
        *_BODY,
    ])
    assert doc.title == "凌晨三点的产房"
    assert doc.authors == ["梁某文"]
    assert doc.metadata["author_affiliation"] == "溪口县妇幼保健院"
    assert not any("作者单位" in line for line in _lines(doc))


def test_a_writer_named_with_the_post_in_brackets_or_in_a_cards_cells() -> None:
    """A 科普 piece's writer alone under its headline, `某某（某某医院心内科主任医师）`, or as a card
    `某某 | 主治医师 | 某某医院消化内科`: the writer is the author, and the line leaves the text."""
    bracketed = _one([
        "寒潮来袭，血压“坐过山车”怎么办？",
        "申屠某明（澄川市人民医院心内科主任医师）",
        "2025年1月8日 07:30 来源: 健康澄川",
        *_BODY,
    ])
    assert bracketed.authors == ["申屠某明"]
    assert not any("主任医师）" in line for line in _lines(bracketed))
    carded = _one([
        "幽门螺杆菌要不要全家一起治？消化科医生说清楚了",
        "唐某清 | 主治医师 | 澄川市中心医院消化内科",
        "2020.09.15    阅读 5.2万",
        *_BODY,
    ])
    assert carded.authors == ["唐某清"]
    assert carded.title == "幽门螺杆菌要不要全家一起治？消化科医生说清楚了"


def test_a_breadcrumb_of_one_step_under_the_headline() -> None:
    """The headline, then a breadcrumb of one step (`新闻中心 > 医共体动态`) or of `»` steps after
    `位置：`, then the info bar: the headline is the title."""
    for crumb in ("新闻中心 > 医共体动态", "位置：网站首页 » 新闻动态 » 院内动态"):
        doc = _one([
            "溪口县人民医院",
            "首页 集团概况 新闻中心 医共体建设 科室导航 专家门诊 健康讲堂 信息公开",
            "溪口县医共体远程会诊中心投入使用 山区群众在家门口看上县级专家",
            crumb,
            "2019-3-6 17:45:08   作者：尹某然   来源：溪口县融媒体中心   阅读量：952",
            *_BODY,
        ])
        assert doc.title == "溪口县医共体远程会诊中心投入使用 山区群众在家门口看上县级专家", crumb
        assert doc.authors == ["尹某然"]


def test_an_accounts_card_above_the_byline_and_the_source() -> None:
    """A channel export: the account's card (`微信号 …`, `功能介绍 …官方微信，…`) between the title
    and the byline; the byline and the stated source under it are still read."""
    doc = _one([
        "宝宝发烧39℃，先别急着往医院跑",
        "2017-08-22 澄川晚报健康周刊",
        "",
        "澄川晚报健康周刊",
        "微信号 ccwb_jkzk",
        "功能介绍 澄川晚报健康周刊官方微信，每天一条靠谱健康资讯。",
        "",
        "作者：许某（澄川市妇幼保健院儿科主治医师）",
        "本文来源：澄川市妇幼保健院（ID：ccfybjy），转载请联系原作者授权",
        "",
        *_BODY,
    ])
    assert doc.authors == ["许某"]
    assert doc.metadata["source_name"] == "澄川市妇幼保健院"
    assert not any("功能介绍" in line or "转载请联系" in line for line in _lines(doc))


def test_a_link_box_inside_the_article_ends_where_the_article_goes_on() -> None:
    """A 相关阅读 box of marked headlines between two paragraphs: the box goes; the article's own
    sentence announcing a list (`…共涵盖8个病种，每周固定时间开诊：`) and the list under it stay, and
    so does a long sentence that opens with its day (`2016年3月，该院…，…，…。`)."""
    schedule = ["周一下午：肺癌MDT门诊", "周二上午：乳腺癌MDT门诊", "周四下午：甲状腺肿瘤MDT门诊"]
    doc = _one([
        "我院多学科联合诊疗门诊全面开诊 一次挂号多位专家会诊",
        "2021-06-18 16:02:33 | 来源：医务部 | 通讯员：陶某 | 浏览：568次",
        "6月16日起，澄川市肿瘤医院多学科联合诊疗（MDT）门诊全面开诊，患者只需挂一个号，就能同时得到多位专家的会诊意见。",
        "相关阅读：",
        "◇ 我院成功举办首届肿瘤多学科诊疗论坛",
        "◇ 肺部发现结节，一定是肺癌吗？",
        "此次开诊的MDT门诊共涵盖8个病种，每周固定时间开诊：",
        *schedule,
        "患者可通过医院微信公众号、自助机或门诊一楼服务台预约MDT门诊，就诊时请携带既往病历和影像资料。",
    ])
    lines = _lines(doc)
    assert "此次开诊的MDT门诊共涵盖8个病种，每周固定时间开诊：" in lines
    assert all(item in lines for item in schedule)
    assert not any("肺部发现结节" in line for line in lines)
    dated = "2016年3月，该院正式启动胸痛中心建设，整合了急诊科、心内科、影像科等科室资源，建立了院内一键启动导管室流程，并与辖区内12家乡镇卫生院建立了心电图远程传输网络。"
    story = _one([
        "澄川区中心医院胸痛中心通过国家级认证",
        "[2017-05-22]  来源：澄川日报  阅读：3412",
        "5月19日，中国胸痛中心认证工作委员会公布了通过认证的单位名单，澄川区中心医院胸痛中心名列其中，成为我区首家通过国家级认证的胸痛中心。",
        "相关阅读",
        "> 澄川区中心医院成功抢救一名心脏骤停患者",
        "> 一图读懂：胸痛了，怎么办？",
        dated,
        "数据显示，胸痛中心运行一年来，急性心肌梗死患者从进门到球囊扩张的平均时间由126分钟缩短至68分钟。",
    ])
    assert dated in _lines(story)
    assert not any("一图读懂" in line for line in _lines(story))


def test_toolbars_and_a_channel_articles_row_go() -> None:
    """Listen, zoom, mobile-view and share buttons side by side, the row under a channel article
    (`阅读原文 阅读 10万+ 赞 1207 投诉`), a hospital's phones in its header and a follow prompt for
    what the account's menu does all go; the article stays."""
    doc = _one([
        "急诊电话：0000-120   预约挂号：0000-5218 8000",
        "寒潮来袭，血压“坐过山车”怎么办？",
        "2025年1月8日 07:30 来源: 健康澄川",
        "听新闻　｜　收藏　｜　A- A+",
        *_BODY,
        "手机看新闻  |  打印  |  评论(3)",
        "字体 A+ A-    分享：微信 | 微博 | 复制链接",
        "阅读原文 阅读 10万+ 赞 1207 投诉",
        "关注“澄川一院”微信公众号，可预约挂号、查询报告",
    ])
    assert _lines(doc) == _BODY


def test_a_briefs_column_of_counties_units() -> None:
    """An e-paper's 各地动态 column: each item opens with its county's name and the unit's short
    name (`某某县　县人民医院…`) and ends with its writer: one record a unit, named in full."""
    items = [
        ("溪口县", "县人民医院胸痛中心8月28日通过省级专家组现场验收，成为全省首批通过验收的县级胸痛中心之一。（黄某明）", "溪口县人民医院"),
        ("澄川县", "县中医院与省中医院正式签订托管协议，省中医院将派出专家长期驻点，帮助建设骨伤、脑病等重点学科。（刘某）", "澄川县中医院"),
        ("石门县", "县第二人民医院血液透析中心投入使用，可同时满足60名尿毒症患者的透析需求，结束了北部片区患者进城透析的历史。（唐某国）", "石门县第二人民医院"),
    ]
    records = _records([
        "澄川卫生报 数字报刊平台",
        "2017年09月06日 星期三　　第03版：基层",
        "各地动态",
        *(f"{county}　{text}" for county, text, _ in items),
    ])
    assert [r.institution for r in records] == [name for _, _, name in items]


def test_a_roundup_item_that_sets_its_scene_first() -> None:
    """Items of several hospitals between dividers, the last opening with a short sentence of the
    season before naming its hospital: that hospital's item is a record of its own."""
    hospitals = ["澄川市中心医院", "澄川市妇幼保健院", "澄川市中医医院"]
    records = _records([
        "暑期专病门诊陆续开诊 家长可提前预约",
        "2019/07/08 09:30  来源：澄川晚报",
        "暑假刚开始，不少家长就带着孩子扎堆到医院看近视、矫牙齿、查身高。记者从市内多家医院获悉，各医院都针对学生开设了专病门诊。",
        "◆",
        "澄川市中心医院眼科从7月6日起开设学生视光门诊，每周一至周六全天开诊，周日上午加开半天，医生提醒首次验配眼镜最好散瞳验光。",
        "◆",
        "澄川市妇幼保健院儿童保健科开设生长发育门诊，主要接诊身材矮小、性早熟、肥胖的儿童青少年，建议家长不要盲目给孩子吃增高药。",
        "◆",
        "澄川市中医医院推拿科的小儿推拿暑期班今年已是第四年开办，医生还会教家长学习几个简单的保健手法，回家后可以自己给孩子做。",
        "◆",
        "考试结束后，一些学生出现失眠、情绪低落等问题。澄川市第三人民医院在心理科开设青少年心理门诊，同时开通了心理援助热线，每天有专人接听。",
    ])
    assert [r.institution for r in records if r.institution] == [*hospitals, "澄川市第三人民医院"]


def test_a_boards_labelled_subject_over_the_posters_panel() -> None:
    """An old board's `本页主题: … 打印 | 加为IE收藏 | …` line over the poster's panel and stamp: the
    subject is the title and the poster the author; the prev/next thread links go."""
    doc = _records([
        "澄川病友之家 - 病友交流社区",
        "澄川病友之家 -> 结节交流区 -> 求医经验分享",
        "上一主题 下一主题",
        "本页主题: 查出甲状腺结节以后，我是怎么一步步弄清楚的 打印 | 加为IE收藏 | 复制链接 | 收藏主题 | 上一主题 | 下一主题",
        "向日葵不低头",
        "级别: 新手上路",
        "发帖: 23",
        "注册时间: 2019-06-30",
        "楼主 发表于: 2019-10-22 14:06 只看楼主 小 中 大",
        "今年六月单位体检，B超报告上写了一句甲状腺右叶低回声结节，我当时腿都软了，后来前前后后跑了好几趟医院才算心里有底。",
        "复查B超的医生看得很仔细，量了结节大小，说边界不太清楚，建议做细针穿刺，结果出来是良性的，医生建议定期随访就行。",
    ])[0]
    assert doc.title == "查出甲状腺结节以后，我是怎么一步步弄清楚的"
    assert doc.authors == ["向日葵不低头"]
    assert doc.published.startswith("2019-10-22")
    assert "上一主题 下一主题" not in _lines(doc)


def test_a_channel_stamp_with_its_region_after_a_colon() -> None:
    """`2023-06-06 18:07  发布于：江西` under the headline: the day is read."""
    doc = _one([
        "暑假到了，孩子视力告急？眼科医生：这份近视防控清单请收好",
        "2023-06-06 18:07  发布于：江西",
        *_BODY,
    ])
    assert doc.published.startswith("2023-06-06")


def test_a_channel_accounts_own_name_is_no_source() -> None:
    """A channel export's account line (`原创 某某 某某医院 2023-12-06 18:02 发表于湖南`) names the
    account that posted the article, not a source: no `source_name` unless a 来源 is stated (under
    the article too); an outlet's own account (`某某日报`) is the outlet."""
    body = _BODY
    own = _one(["冬季血压“坐过山车”？心内科医生教你稳住它", "原创 周某明 澄川市人民医院 2023-12-06 18:02 发表于湖南", *body])
    assert own.metadata.get("source_name") is None
    assert own.metadata["account_name"] == "澄川市人民医院"
    assert own.authors == ["周某明"]
    stated = _one(["冬季血压“坐过山车”？心内科医生教你稳住它", "原创 周某明 澄川市人民医院 2023-12-06 18:02 发表于湖南", *body, "来源：心内科"])
    assert stated.metadata["source_name"] == "心内科"
    outlet = _one(["冬季血压“坐过山车”？心内科医生教你稳住它", "原创 周某明 澄川日报 2023-12-06 18:02 发表于湖南", *body])
    assert outlet.metadata["source_name"] == "澄川日报"


def test_a_papers_labelled_decks_and_its_correspondents() -> None:
    """An e-paper's decks labelled `[引题]` / headline / `[副题]`, or `肩题：` / `主题：` / `副题：`,
    under the page's list of its other headlines: the main deck is the title, the others its kicker
    and subtitle; `特约通讯员 某某 本报记者 某某` are the authors."""
    doc = _one([
        "澄川日报数字报",
        "2019年03月12日 星期二",
        "第A05版：健康周刊",
        "A01：要闻  A02：要闻  A03：综合  A04：民生  A05：健康周刊",
        "本版其他文章",
        "春季过敏高发 专家教你分清感冒和鼻炎",
        "社区医生上门 签约服务惠及三万户",
        "[引题]全市中小学生视力筛查结果出炉",
        "守护“睛”彩童年 从每天两小时户外活动开始",
        "[副题]市人民医院眼科专家提醒：防控近视要抓早、抓小",
        "特约通讯员　龚某文　本报记者　邓某川",
        *_BODY,
    ])
    assert doc.title == "守护“睛”彩童年 从每天两小时户外活动开始"
    assert doc.metadata["subtitle"] == "市人民医院眼科专家提醒：防控近视要抓早、抓小"
    assert doc.metadata["kicker"] == "全市中小学生视力筛查结果出炉"
    assert doc.authors == ["龚某文", "邓某川"]
    said = _one(["肩题：新农合即时结报在石门县全面推开", "主题：出院当天就能拿到报销款", "副题：去年全县参合农民住院补偿1.2万人次", "本报记者 邓某川", *_BODY])
    assert said.title == "出院当天就能拿到报销款"


def test_a_health_videos_bar_and_speaker() -> None:
    """A health video's page: `视频时长 03:21 | 播放量 15.6万 | 2020-08-05 上传` gives the day,
    `主讲：某某　某某医院 骨伤科 主治医师` the author (its unit stays in the credits), the player's controls and its
    disclaimer go, and the transcript stays."""
    doc = _one([
        "首页 > 视频 > 骨科 > 颈椎病",
        "低头族必看：3个动作缓解颈椎不适",
        "视频时长 03:21 | 播放量 15.6万 | 2020-08-05 上传",
        "主讲：田某宇　澄川市中医院 骨伤科 主治医师",
        "▶ 播放　倍速 1.0x　清晰度：高清　全屏",
        *_BODY,
        "本视频内容仅供健康科普，不作为诊断和治疗依据，如有不适请及时就医。",
    ])
    assert doc.title == "低头族必看：3个动作缓解颈椎不适"
    assert doc.published.startswith("2020-08-05")
    assert doc.authors == ["田某宇"]
    assert _lines(doc) == _BODY


def test_a_consultations_question_and_a_readers_questions() -> None:
    """`患者提问：…` is the title without its label; a Q&A column's questions marked with ▲ and asked
    by a named reader (`▲读者某先生：…吗？`) are the article's, not picture captions; a caption stays a caption."""
    asked = _one(["问答首页 > 消化内科", "患者提问：饭后总是反酸烧心，躺下更厉害，是胃食管反流吗？", "女 | 46岁 | 2021-04-17 提问", *_BODY])
    assert asked.title == "饭后总是反酸烧心，躺下更厉害，是胃食管反流吗？"
    questions = ["▲读者刘先生：得了糖尿病是不是就不能吃水果了？", "▲读者张阿姨：无糖食品可以随便吃吗？"]
    doc = _one([
        "专家答疑糖尿病饮食误区",
        "2014年09月02日 08:15　来源：澄川晚报",
        "近日，本报健康热线陆续收到不少糖尿病患者及家属关于饮食的提问，记者请营养科主任医师进行解答。",
        questions[0],
        "冯某琴：不是完全不能吃。血糖控制比较平稳时，可以适量吃水果，建议选择含糖量相对较低的苹果、柚子等。",
        questions[1],
        "冯某琴：这是一个常见误解。所谓无糖食品一般只是没有添加蔗糖，很多本身是用面粉做的，同样要计入总热量。",
        "▲医院门诊大楼",
    ])
    assert all(q in _lines(doc) for q in questions)
    assert "▲医院门诊大楼" not in _lines(doc)


def test_a_pull_quote_set_apart_a_few_paragraphs_from_its_sentence() -> None:
    """A quotation set apart on its line, the same words inside a paragraph three paragraphs on:
    the quotation is kept once, in its paragraph."""
    quote = "“只要病人还需要我，我就不会离开这间病房。”"
    doc = _one([
        "重症监护室里的“老护士长”",
        "2020-05-11 来源：澄川健康网",
        "2000年，刚从卫校毕业的韦某琴被分配到医院新组建的重症监护病房，那时科室只有6张床位。",
        quote,
        "如今，澄川市第一人民医院重症医学科已发展到32张床位，年收治危重症患者1600余人次。",
        "二十多年来，她带出了一支四十多人的护理队伍，多项护理技术在全市推广。",
        f"有人问她，干了这么多年，有没有想过换个轻松点的岗位。韦某琴笑着摇了摇头：{quote}",
    ])
    assert sum(quote in line for line in _lines(doc)) == 1
    assert _lines(doc)[-1].endswith(quote)


def test_taiwans_site_chrome_and_bylines() -> None:
    """A Taiwanese news page: `記者某某、某某／某地報導` names both reporters; `標題：…` is the title
    without its label; the share row, the forward and print links, the policy links and the browser
    advice go."""
    doc = _one([
        "寒流來襲腦中風急診增 醫師：把握黃金3小時",
        "2021/01/12 08:35",
        "記者許某瑜、陳某翰／嘉南報導",
        "分享到 Facebook　分享到 LINE　複製連結",
        "強烈大陸冷氣團南下，嘉南地區近日低溫下探攝氏8度，多家醫院急診室腦中風病例明顯增加，不少人是清晨起床時突然發病。",
        "神經內科主任指出，氣溫驟降時血管會收縮，血壓隨之升高，加上冬天喝水量減少，容易形成血栓。",
        "回上一頁 | 列印本頁 | 轉寄好友",
        "隱私權保護政策 | 網站安全政策 | 網站導覽",
        "本網站最佳瀏覽解析度為1024x768，建議使用IE7.0以上版本",
    ])
    assert doc.authors == ["許某瑜", "陳某翰"]
    assert len(_lines(doc)) == 2
    labelled = _one(["本部新聞", "標題：高溫炎熱慎防熱傷害 戶外工作者、長者為高風險族群", "發布日期：106年7月18日", *_BODY])
    assert labelled.title == "高溫炎熱慎防熱傷害 戶外工作者、長者為高風險族群"
    assert labelled.published.startswith("2017-07-18")


def test_a_portals_bar_with_its_source_after_lai_zi() -> None:
    """`2013-12-28 08:05 | 来自: 某某日报 | 发布者: … | 查看: 15306` reads the source; a poster's home
    after `来自:` (a province and a city) is no source."""
    doc = _one(["地铁一号线今日开通 沿线公交同步调整", "2013-12-28 08:05 | 来自: 澄川日报 | 发布者: cc_news | 查看: 15306 | 评论: 64", *_BODY])
    assert doc.metadata["source_name"] == "澄川日报"
    assert doc.published.startswith("2013-12-28")
    home = _one(["地铁一号线今日开通 沿线公交同步调整", "2013-12-28 08:05", "来自: 广东深圳", *_BODY])
    assert home.metadata.get("source_name") is None


def test_a_day_first_date_with_dashes_and_an_empty_source_field() -> None:
    """`13-06-2018 20:11` (as Malaysian and Singaporean papers print it) is 2018-06-13; an empty
    `来源：` field before `作者：` leaves the writer a writer and names no source."""
    dashed = _one(["开斋节假期 柔佛四家医院急诊照常 门诊暂停两天", "13-06-2018 20:11", *_BODY])
    assert dashed.published.startswith("2018-06-13")
    empty = _one(["暑期护眼正当时 县妇幼保健中心开展儿童视力筛查", "发布时间：2024-07-18 09:05:47　来源：　作者：杨某　浏览次数：652", *_BODY])
    assert (empty.title, empty.authors, empty.metadata.get("source_name")) == ("暑期护眼正当时 县妇幼保健中心开展儿童视力筛查", ["杨某"], None)
    assert empty.published.startswith("2024-07-18")


def test_link_boxes_with_questions_in_their_titles_and_a_gallerys_buttons_go() -> None:
    """`延伸阅读：《…？…》` and the titles under it, and a gallery's `查看原图 | 自动播放 | 下载图片`, go;
    a source read from a bar ends before its posting verb (`某某健康网 发布于`)."""
    doc = _one([
        "冬季流感高发 儿科门诊排起长队",
        "2023-12-05 09:10 来源：澄川健康网 发布于",
        *_BODY,
        "延伸阅读：《流感和普通感冒怎么区分？一张表看明白》",
        "《孩子发烧别急着吃退烧药，这几种情况要及时就医》",
        "查看原图 | 自动播放 | 下载图片",
    ])
    assert _lines(doc) == _BODY
    assert doc.metadata["source_name"] == "澄川健康网"
