"""Writers named where a lead's dateline or a brief's end puts them, a headline over its subtitle,
info bars with a department or a bar before the date, a feature under one dateline, and the chrome
a page flattened to text runs together with the last paragraph: each test is a page written for
the project, and what a user reads in the record is checked."""

from __future__ import annotations

from pathlib import Path

from cleaner.api import clean, clean_text
from cleaner.model import Document

BODY = [
    "医生提醒，秋冬季是轮状病毒感染的高发季节，家长要注意孩子的饮食卫生，饭前便后要洗手。",
    "孩子出现腹泻后，要及时补充水分和电解质，如果精神差、尿量明显减少，应尽快到医院就诊。",
]


def _lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def _one(lines: list[str]) -> Document:
    (doc,) = clean_text("\n".join(lines))
    return doc


HEAD = ["宝宝秋季腹泻高发 专家提醒注意补液", "2012-10-08 09:30 来源：东方在线"]


def test_a_site_s_dateline_in_brackets_before_the_reporter() -> None:
    doc = _one([*HEAD, "【东方在线讯】（记者 詹某禾）进入十月，天气转凉，宝宝“拉肚子”又多了起来。", *BODY])
    assert doc.authors == ["詹某禾"]
    assert _lines(doc)[0] == "进入十月，天气转凉，宝宝“拉肚子”又多了起来。"


def test_a_lead_cut_at_a_fixed_width_after_its_dateline_and_reporters() -> None:
    doc = _one([
        *HEAD,
        "本报讯（记者 戴某亮 通讯员 甘某芬）3月6日一早，一辆喷着“巡回医",
        "疗”字样的白色面包车驶进了村子。车刚停稳，早已等候的十几位老人便围了上来。",
        *BODY,
    ])
    assert doc.authors == ["戴某亮", "甘某芬"]
    assert "记者" not in doc.text


def test_a_brief_of_one_paragraph_ends_in_its_writers() -> None:
    doc = _one([
        "市区一路段今起封闭施工",
        "2014-05-06 08:00 来源：某某晚报",
        "记者从市交管部门获悉，为配合地铁施工，市区中山路北段今起封闭施工三个月。交管部门提醒，市民可提前规划出行路线，尽量避开该区域。（记者 何某帆 通讯员 郑某）",
        "上一篇：市区今年新增公共自行车站点40个",
        "下一篇：市民公园改造完成",
    ])
    assert doc.authors == ["何某帆", "郑某"]
    assert _lines(doc) == ["记者从市交管部门获悉，为配合地铁施工，市区中山路北段今起封闭施工三个月。交管部门提醒，市民可提前规划出行路线，尽量避开该区域。"]


def test_a_photo_s_caption_over_the_lead_and_its_dateline() -> None:
    doc = _one([
        "天后开唱 歌迷冒雨捧场",
        "2008年11月03日10:25　来源：南国都市报",
        "林某萱在演唱会上演唱新歌《回声》。摄影/蔡某",
        "本报讯（记者 殷某秋）11月1日晚，台湾歌手林某萱世界巡回演唱会在市体育中心举行，上万名歌迷冒雨到场。",
        "演唱会持续近三个小时，林某萱演唱了二十多首歌曲，并与台下歌迷互动。",
    ])
    assert doc.authors == ["殷某秋"]


def test_a_writer_who_took_the_pictures_beside_the_source() -> None:
    doc = _one([
        "三天两夜走古镇：慢下来，才看得见时光",
        "2015-10-09 16:20  来源：行游周刊  文·图/韩某  浏览：8642",
        *BODY,
    ])
    assert doc.metadata.get("source_name") == "行游周刊"
    assert doc.authors == ["韩某"]


def test_a_question_s_stamp_with_the_child_s_age_and_the_word_after_it() -> None:
    doc = _one([
        "宝宝咳嗽两周了，晚上咳得厉害，需要拍胸片吗？",
        "女 | 2岁3个月 | 2021-11-16 20:41 提问",
        *BODY,
    ])
    assert doc.published == "2021-11-16T20:41"


def test_a_department_that_supplied_the_piece_and_its_writers() -> None:
    doc = _one([
        "眼科医护走进小学开展近视防控宣教",
        "供稿科室：眼科 撰稿：曹某 焦某 摄影：吴某 编辑：党委宣传部 浏览：0",
        *BODY,
    ])
    assert doc.metadata.get("source_name") == "眼科"
    assert doc.authors == ["曹某", "焦某"]


def test_a_headline_over_its_subtitle_above_the_info_bar() -> None:
    doc = _one([
        "高温持续 医院中暑病人增多",
        "专家提醒：老人孩子户外作业者要做好防护",
        "2014-07-23 09:12:05   来源：江城晚报   作者：记者 郝某来 通讯员 施某慧",
        *BODY,
    ])
    assert doc.title == "高温持续 医院中暑病人增多"
    assert doc.metadata.get("subtitle") == "专家提醒：老人孩子户外作业者要做好防护"
    assert _lines(doc) == BODY


def test_a_column_s_name_over_the_headline_is_no_headline() -> None:
    doc = _one(["医院动态", "我院举办护士节表彰大会", "2014-05-12 来源：护理部", *BODY])
    assert doc.title == "我院举办护士节表彰大会"
    assert "subtitle" not in doc.metadata


def test_the_last_paragraph_run_together_with_the_editor_and_the_buttons() -> None:
    doc = _one([
        *HEAD, BODY[0],
        BODY[1] + "    责任编辑：何某    分享到：微信 微博 QQ空间    打印 关闭",
        "热门推荐  2025年城乡居民医保缴费开始啦  春节期间全县医疗机构门诊安排  这家乡镇卫生院有了“远程会诊室”",
    ])
    assert _lines(doc) == BODY


def test_a_consultation_page_s_buttons_and_tallies_go() -> None:
    doc = _one([
        *HEAD, *BODY,
        "免费提问   电话问诊",
        "[我也有类似问题，免费问医生]",
        "帮助了 326 人   有用(41)  收藏  分享",
        "立即向钟某岚医生咨询 >   图文问诊 ¥29",
        "这个回答对您有帮助吗？ 有帮助(88)  没帮助(2)",
        "[向许某远医生提问]   [预约挂号]",
        "已有5位网友发表评论  查看评论",
        "网友：小鱼妈妈 2012-10-09 16:03  我家宝宝上周刚好，喝补液盐确实管用",
        "阅读 1863   分享  收藏  在看 27  点赞 35",
        "网易新闻客户端，新闻阅读更快捷",
    ])
    assert _lines(doc) == BODY


def test_a_page_s_writers_under_its_summary(tmp_path: Path) -> None:
    """`【摘要】…` over the article, the writers' line opening it (the page's author tag naming only
    the first): every writer is an author, the line leaves."""
    html = f"""<html><head><meta charset="utf-8"><title>社区食堂开到家门口_某某网</title>
<meta name="author" content="钱某"><meta name="source" content="某某日报"></head><body>
<div class="m-topbar"><a href="/">某某网首页</a> <a href="#">时政</a> <a href="#">国际</a> <a href="#">时评</a></div>
<div class="g-main"><div class="m-breadcrumb"><a href="#">首页</a>&gt;<a href="#">时政频道</a>&gt;正文</div>
<div class="m-title-box"><h1 class="u-title">社区食堂开到家门口</h1>
<div class="m-con-info"><span class="m-con-time">2023-09-18 05:50</span>
<span class="m-con-source">来源：<a href="#">某某日报</a></span>
<div class="m-share"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ</a></div></div></div>
<div class="u-summary"><span>【摘要】</span>{BODY[0]}</div>
<div class="u-mainText">
<p>　　作者：某某日报记者 钱某 通讯员 倪某安</p>
{"".join(f"<p>　　{t}</p>" for t in MORE)}</div></div></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (doc,) = clean([str(p)]).documents
    assert doc.authors == ["钱某", "倪某安"]
    assert _lines(doc) == MORE


MORE = [
    *BODY,
    "82岁的谭某兰拄着拐杖，每天从隔壁小区走过来吃午饭。“老伴走了以后，一个人做饭嫌麻烦，经常一碗面条凑合。现在天天来这儿吃，还能跟老姐妹聊聊天。”",
    "食堂由街道提供场地，引入专业餐饮企业运营，去年10月开业。食堂负责人介绍，食堂每天供应午餐和晚餐，日均就餐约600人次，其中六成以上是60岁以上老人。",
    "截至今年8月底，全市已建成社区食堂和老年助餐点417个，覆盖全市八成以上城市社区。对行动不便的老人，部分食堂还与外卖平台合作提供送餐上门服务。",
]


def test_a_source_ends_at_the_bar_before_its_date() -> None:
    doc = _one(["北方多地提前供暖", "来源：某某新闻客户端 | 2020年12月05日 21:35 手机看 字号：大中小 分享到 微信 微博", *BODY])
    assert doc.metadata.get("source_name") == "某某新闻客户端"
    assert doc.published == "2020-12-05T21:35"


def test_a_feature_under_one_dateline_is_one_record() -> None:
    """新华社某地…电, then two paragraphs that open with an institution each, no day of their own:
    a reporter's sources, not two institutions' briefs."""
    docs = clean_text("\n".join([
        "县域医共体建设观察：小病不出县",
        "2023-06-21 16:47 来源：新华网",
        "新华社某地6月21日电 在雁山县人民医院的远程会诊中心，一块大屏幕连着全县二十多家乡镇卫生院。",
        "人往下沉 技术往下走",
        "雁山县高坝乡卫生院院长杜某燕记得，几年前卫生院一天只有二三十个门诊病人，能走的都往县里、市里跑了。",
        "青屿省卫生健康委数据显示，2022年全省县域内就诊率达到91.3%，比2019年提高6.8个百分点。",
        "医保打包付费 控费又提质",
        "医共体内的医保基金实行总额付费、结余留用、合理超支分担，医院有了主动控费的动力。",
    ]))
    assert len(docs) == 1


def test_an_encyclopedia_entry_s_name_over_its_box_is_the_title() -> None:
    doc = _one([
        "带状疱疹",
        "别名：缠腰龙、蛇串疮、缠腰火丹",
        "就诊科室：皮肤科、疼痛科",
        "概述",
        "带状疱疹是由水痘-带状疱疹病毒引起的急性感染性皮肤病，沿神经分布区域出现成簇的水疱，伴有明显的神经痛。",
        "好发人群：50岁以上中老年人、免疫功能低下者。",
    ])
    assert doc.title == "带状疱疹"
    assert _lines(doc)[:2] == ["别名：缠腰龙、蛇串疮、缠腰火丹", "就诊科室：皮肤科、疼痛科"]


def test_a_headline_with_its_day_in_brackets() -> None:
    doc = _one(["我院组织医疗队赴白石镇开展义诊 [2014-10-09]", "文字：骆某琪　　审核：陈某　　浏览：218次", *BODY])
    assert doc.title == "我院组织医疗队赴白石镇开展义诊"
    assert doc.published == "2014-10-09"


def test_other_doctors_answers_under_the_chosen_one_go() -> None:
    answer = "建议先做个血常规和胸片，明确是否合并细菌感染，再决定是否使用抗生素，不要自行给孩子用药。"
    doc = _one([
        "宝宝咳嗽两周了，晚上咳得厉害，需要拍胸片吗？",
        "女 | 2岁3个月 | 2021-11-16 20:41 提问",
        "孩子两周前开始咳嗽，白天还好，晚上咳得厉害，没有发烧，吃了止咳糖浆效果不明显。",
        answer,
        "其他医生回答",
        "可以做个雾化，吃点头孢。",
        "多喝水，注意休息，观察几天再说。",
    ])
    assert _lines(doc)[-1] == answer


def test_a_data_table_a_cell_a_line_with_units_in_its_header_stays() -> None:
    cells = ["区域", "成交套数", "成交均价（元/㎡）", "环比", "江南区", "1380", "10214", "+3.1%",
             "新城区", "1156", "7352", "+6.8%", "老城区", "864", "9620", "-2.4%"]
    doc = _one([
        "8月楼市成交量环比回落",
        "2013-09-02 10:00 来源：某某晚报",
        "分区域来看，江南区以1380套的成交量继续领跑，成交均价首次突破万元大关；新城区受刚需盘集中加推带动，成交量环比逆势上涨。",
        *cells,
        "在业内人士看来，8月成交量的回落更多是季节性因素所致，进入9月后成交量有望回升。",
    ])
    assert _lines(doc)[1:-1] == cells


def test_a_table_s_row_like_the_row_above_it_and_a_speaker_s_turns_stay() -> None:
    """Two units with the same service in a table, and the host's turns of a press conference: each
    row and each turn is the article's, however alike."""
    rows = [
        "| 成员单位 | 合作内容 |",
        "| 雁北街道社区卫生服务中心 | 慢病管理及家庭医生签约服务 |",
        "| 桂园街道社区卫生服务中心 | 慢病管理及家庭医生签约服务 |",
        "| 青石镇中心卫生院 | 远程影像、远程心电诊断 |",
    ]
    turns = [
        "主持人（韩某墨）：",
        "谢谢林主任。下面进入提问环节，提问前请通报所在媒体。",
        "记者：请问今年有哪些新举措？",
        "林某：今年我们将重点推进三项工作，一是扩大家庭医生签约覆盖面，二是推进远程会诊。",
        "主持人（韩某墨）：",
        "谢谢。今天的发布会到此结束。",
    ]
    doc = _one([
        "医联体签约仪式暨新闻发布会举行",
        "2020-05-06 来源：院办",
        "5月5日，市人民医院与辖区内社区卫生服务中心、乡镇卫生院签订医联体合作协议，各成员单位负责人参加签约仪式。",
        *rows, *turns,
    ])
    assert _lines(doc)[1:] == [*rows, *turns]


def test_an_answer_s_closing_wish_above_the_other_answers_stays() -> None:
    answer = [
        "您好！根据您的描述，宝宝感冒后咳嗽超过一周，以夜间和晨起为主，不发热，精神食欲好，多考虑感冒后咳嗽。",
        "如果出现发热、呼吸急促、精神变差，或者咳嗽超过三周，要及时到医院儿科就诊。",
        "希望宝宝早日康复！",
    ]
    doc = _one([
        "宝宝感冒后咳嗽一周多了，需要拍片吗？",
        "女 | 3岁 | 2016-03-02 09:10",
        *answer,
        "举报 | 有用(37) | 感谢医生",
        "其他医生回答",
        "可以用点止咳的中成药，另外建议查一下血常规。",
    ])
    assert _lines(doc) == answer


def test_a_reporter_s_byline_with_the_verb_glued_to_the_name() -> None:
    doc = _one([*HEAD, "【记者 黄某欣报道】冬季流感高峰期将至，市人民医院社区护理部本月起推出长者流感疫苗外展服务。", *BODY])
    assert doc.authors == ["黄某欣"]


def test_an_outlet_and_its_time_before_the_reporters() -> None:
    doc = _one(["新年就医有新变化", "潮南观察 2023-01-03 08:00 记者 廖某敏 实习生 郑某凡", *BODY])
    assert doc.authors == ["廖某敏", "郑某凡"]
    assert doc.metadata.get("source_name") == "潮南观察"
    assert doc.published == "2023-01-03T08:00"
    assert _lines(doc) == BODY


def test_a_dateline_and_reporters_without_brackets_then_the_verb_and_a_colon() -> None:
    doc = _one([
        "万名老人享受免费体检",
        "本报讯 记者 孙某水 通讯员 钱某 报道：10月11日，全市老年人免费体检活动在各社区卫生服务中心同时启动。",
        *BODY,
    ])
    assert doc.authors == ["孙某水", "钱某"]
    assert _lines(doc)[0] == "10月11日，全市老年人免费体检活动在各社区卫生服务中心同时启动。"


def test_a_speech_s_title_over_its_occasion_its_speaker_and_its_day() -> None:
    doc = _one([
        "凝心聚力 久久为功 扎实推进新时代爱国卫生运动",
        "——在全省爱国卫生运动工作推进会上的讲话",
        "省卫生健康委党组书记、主任　吴某远",
        "2021年4月9日",
        "同志们：",
        "今天，我们召开全省爱国卫生运动工作推进会，主要任务是总结去年工作，部署今年任务。",
        "过去一年，全省各级各部门认真贯彻落实党中央决策部署，爱国卫生运动取得了新成效。",
    ])
    assert doc.title == "凝心聚力 久久为功 扎实推进新时代爱国卫生运动"
    assert doc.metadata.get("subtitle") == "在全省爱国卫生运动工作推进会上的讲话"
    assert doc.published == "2021-04-09"


def test_a_roundup_of_cards_each_a_hospital_s_name_over_its_headline() -> None:
    """Under each hospital's name a headline of its own, then the news, which need not name it again."""
    items = [
        ("潮南市中心医院", "周末全天门诊开放", "从1月7日起，心内科、消化内科、内分泌科等14个科室周六、周日全天开诊，号源可提前7天预约。"),
        ("潮南市第二人民医院", "检查预约“一次办”", "患者同时开具CT、B超、胃镜等多项检查时，系统自动合理排序，一次性预约好所有检查时间。"),
        ("潮南市妇女儿童医院", "开设儿童睡眠门诊", "针对打鼾、夜惊、入睡困难等儿童睡眠问题，由多个科室的医生联合坐诊，每周二下午开诊。"),
        ("潮南市中医医院", "中药饮片“快递到家”", "门诊患者缴费后可选择代煎配送，市区范围内当天下单次日送达，运费由医院承担。"),
    ]
    docs = clean_text("\n".join([
        "新年就医有新变化！这几家医院推出便民新服务",
        "2023-01-03 08:00 来源：潮南观察",
        "新年伊始，多家医院推出了便民新举措，记者梳理了几家医院的新变化，市民就医前不妨先看看。",
        *(line for item in items for line in item),
    ]))
    names = sorted(n for d in docs for n in (d.institution if isinstance(d.institution, list) else [d.institution]) if n)
    assert names == sorted(name for name, _, _ in items)
