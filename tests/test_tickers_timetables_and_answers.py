"""Pages whose head or tail misleads: a ticker repeating the notice, a header copy of the headline,
a player's note over the byline, a blog's headline with its time, account counters, comment boxes
under the credits, e-paper mastheads, sidebar boxes, quotes strips and blog stamps; single photo
captions; holiday timetables of several hospitals; Q&A, forum and clinic-widget furniture. Each test
is a page written for the project, and what a user reads in the record is checked."""

from __future__ import annotations

from cleaner.api import clean_text

from .helpers import lines_of as _lines
from .helpers import one_record as _one


def _institutions(lines: list[str]) -> list[str]:
    """The institution of each roundup record the chain makes of a page given as its lines."""
    return [d.institution for d in clean_text("\n".join(lines)) if d.institution]


BODY = [
    "3月12日上午，青禾市第二人民医院联合城东街道在文化广场开展义诊活动，心内科、内分泌科、眼科等8个科室的专家为居民测血压、查血糖、看眼底。",
    "活动现场，医护人员还向居民讲解了高血压、糖尿病的日常管理知识，发放健康手册300余册，现场接受咨询的群众达260余人次。",
]


def test_a_players_note_over_the_byline_is_not_the_title() -> None:
    """A TV station's page: under the info bar the player's clock and its note that the browser
    cannot play it, then the reporters. The headline above the bar is the title; the note goes."""
    doc = _one([
        "本地新闻 > 民生",
        "寒潮来袭 医生提醒老人注意防范心脑血管疾病",
        "来源：青禾广播电视台    2023年12月15日 19:05    浏览量：3120",
        "00:00 / 01:58",
        "您的浏览器不支持HTML5视频播放，请升级浏览器或下载客户端观看",
        "记者：孟凡 陶然   摄像：祁峰",
        *BODY,
    ])
    assert doc.title == "寒潮来袭 医生提醒老人注意防范心脑血管疾病"
    assert doc.published == "2023-12-15T19:05"
    assert doc.authors == ["孟凡", "陶然"]
    assert not any("浏览器" in ln for ln in _lines(doc))


def test_a_ticker_repeating_the_notice_does_not_start_the_body() -> None:
    """A school's header scrolls the notice's opening cut short (`【公告】…举行…运动会……`): the page's
    headline, its info bar and the date are still read, and the ticker leaves."""
    doc = _one([
        "青禾市第五中学",
        "【公告】为进一步丰富校园文化生活，经学校研究决定，于2008年4月24日至25日举行春季田径运动会……",
        "学校首页 | 学校概况 | 校务公开 | 德育天地 | 教学教研 | 留言板",
        "您现在的位置：青禾五中 >> 校务公开 >> 通知公告 >> 正文",
        "关于举行2008年春季田径运动会的通知",
        "作者：佚名  文章来源：体卫处  点击数：318  更新时间：2008-4-10",
        "各年级：",
        "为进一步丰富校园文化生活，经学校研究决定，于2008年4月24日至25日举行春季田径运动会。现将有关事项通知如下：",
        "一、各班于4月17日前将报名表交体卫处。",
    ])
    assert doc.title == "关于举行2008年春季田径运动会的通知"
    assert doc.published == "2008-04-10"
    assert doc.metadata.get("source_name") == "体卫处"
    assert not any(ln.startswith("【公告】") for ln in _lines(doc))
    assert "各年级：" in _lines(doc)


def test_a_header_copy_of_headline_and_summary_is_not_the_body() -> None:
    """A portal prints the headline and its summary over its menu, then the article with its own
    headline, info bar and `【摘要】`: the article's date, writer and source are read."""
    summary = "今年全区将为1.5万名适龄老人免费接种肺炎球菌疫苗，接种服务由各社区卫生服务中心承担，持续至12月底。"
    doc = _one([
        "无障碍阅读 | 关怀版 | 用户登录",
        "青禾区卫生健康委员会",
        "您的位置：首页 > 新闻中心 > 卫健动态",
        "青禾区启动老年人肺炎疫苗免费接种项目",
        summary,
        "首页", "机构设置", "政务公开", "卫健动态", "办事指南", "互动交流",
        "青禾区启动老年人肺炎疫苗免费接种项目",
        "2024-09-03 10:12:40　文：区卫健委 郁航　来源：青禾区卫生健康委员会",
        "打印 | 关闭 | 收藏",
        "【摘要】" + summary,
        "9月2日，青禾区老年人肺炎球菌疫苗免费接种项目正式启动，凡具有本区户籍、年满65周岁的老人均可免费接种一剂。",
        "区卫健委提醒，接种前请携带身份证和医保卡，到居住地所在的社区卫生服务中心预约登记。",
    ])
    assert doc.title == "青禾区启动老年人肺炎疫苗免费接种项目"
    assert doc.published == "2024-09-03T10:12:40"
    assert doc.authors == ["郁航"]
    assert doc.metadata.get("source_name") == "青禾区卫生健康委员会"
    assert doc.text.count("1.5万名适龄老人") == 1


def test_a_blogs_headline_with_its_time_is_title_and_date() -> None:
    """A portal blog: the profile and category panels, then `headline (2010-05-02 08:15:30)`, the
    tags and the post. The headline and its time are read; the post's first paragraph, short as
    it is, stays after the panels."""
    doc = _one([
        "某某博客首页 | 登录 | 注册 | 博客排行",
        "个人资料",
        "山野老周",
        "博客等级：9",
        "博客访问：51,203",
        "文章分类",
        "全部博文(88)",
        "行走笔记(20)",
        "读书杂记(31)",
        "五月，去山里看杜鹃 (2010-05-02 08:15:30)",
        "标签：旅游 杜鹃 山村",
        "分类：行走笔记",
        "节后人少，我才动身，请了两天假，一个人坐早班车进了山。",
        "山上的杜鹃开得正好，一片一片从山脚一直红到山顶，远看像着了火，走近了才看清每一朵都带着露水。",
        "下山的时候遇到一位放牛的老人，他说今年雨水多，花比往年开得晚了半个月，也开得更旺。",
    ])
    assert doc.title == "五月，去山里看杜鹃"
    assert doc.published == "2010-05-02T08:15:30"
    lines = _lines(doc)
    assert lines[0] == "节后人少，我才动身，请了两天假，一个人坐早班车进了山。"
    assert not any("博客" in ln or "全部博文" in ln for ln in lines)


def test_the_authors_reply_in_a_comment_box_does_not_end_it() -> None:
    """A WeChat post's comment box under its credits: the author's reply (`作者回复：…`) is the box's,
    and the reader's comment under it leaves with it."""
    doc = _one([
        "秋冬季节如何预防诺如病毒感染？",
        "诺如病毒传染性强，常在秋冬季节引起学校、托幼机构的聚集性疫情，主要表现为呕吐、腹泻。",
        "诺如病毒感染后一般在12至48小时内发病，多数患者症状较轻，病程为两到三天，但婴幼儿和老人容易因呕吐、腹泻导致脱水。",
        "出现症状后要及时补充水分和电解质，症状较重或持续不缓解的，应及时到医院肠道门诊就诊，不要自行服用止泻药。",
        "学校和托幼机构一旦发现病例，要及时报告属地疾控中心，做好晨午检和因病缺勤登记，对教室、卫生间等场所进行消毒。",
        "预防诺如病毒感染，关键是勤洗手、喝开水、吃熟食，患者的呕吐物要用含氯消毒剂及时处理。",
        "撰稿：免疫规划科 陆遥",
        "编辑：宋佳   审核：齐振华",
        "往期回顾",
        "冬季流感高发，这些防护要点请收好",
        "精选留言",
        "写留言",
        "小草莓 浙江",
        "请问家里孩子感染了，大人要怎么消毒？",
        "作者回复：您好，建议用含氯消毒剂擦拭孩子接触过的物品表面，处理呕吐物时戴好口罩和手套。",
        "青山 江苏",
        "学到了，转给家人看看，谢谢！",
    ])
    lines = _lines(doc)
    assert not any(ln.startswith("作者回复") or "转给家人" in ln for ln in lines)
    assert lines[-1].startswith("预防诺如病毒感染")
    assert doc.authors == ["陆遥"]


def test_credits_above_a_comment_box_are_read_and_a_stated_source_wins() -> None:
    """A WeChat export: the account's name twice under `原创`, then the article, its credits with
    `丨` and the comment box with a reply. The writer is the author, the stated 来源 the source,
    the account is kept as the account."""
    doc = _one([
        "冬季哮喘发作，家长要注意这几点",
        "原创",
        "青禾疾控",
        "青禾疾控",
        "2023年12月08日 18:20 江西",
        "哮喘是儿童常见的慢性呼吸道疾病，冬季冷空气刺激、呼吸道感染都可能诱发哮喘急性发作。",
        "家长要帮助孩子避开过敏原，按医嘱规律使用控制药物，外出时随身携带急救吸入剂。",
        "END",
        "作者丨慢病科 郁欣",
        "责编丨程成",
        "来源丨青禾市疾病预防控制中心",
        "阅读 5218",
        "分享 收藏 点赞 在看",
        "精选留言",
        "写留言",
        "小雨妈妈 江西",
        "请问孩子咳嗽一直不好，需要去查过敏原吗？",
        "作者回复：您好，反复咳嗽超过四周建议到医院呼吸科就诊，由医生判断是否需要做过敏原检测。",
    ])
    assert doc.authors == ["郁欣"]
    assert doc.metadata.get("source_name") == "青禾市疾病预防控制中心"
    assert doc.metadata.get("account_name") == "青禾疾控"


def test_an_account_header_with_counters_and_a_writer() -> None:
    """A self-media page: headline, the account, its counters, `+关注`, the stamp with the
    province, then `文／name（post）`. The headline is the title and the writer the one author."""
    doc = _one([
        "体检报告上的“结节”都要紧吗？医生一次说清楚",
        "李医生讲健康",
        "粉丝8.1万 获赞36.2万",
        "+关注",
        "发表于 2024-06-11 21:03 湖南",
        "文／司马青（青禾市中心医院超声科 主治医师）",
        "不少人拿到体检报告，看到“甲状腺结节”“肺结节”几个字就紧张得睡不着觉，其实大部分结节都是良性的。",
        "发现结节后，关键是按医生建议定期复查，观察它的大小和形态有没有变化，不必过度焦虑。",
    ])
    assert doc.title == "体检报告上的“结节”都要紧吗？医生一次说清楚"
    assert doc.authors == ["司马青"]
    assert doc.published == "2024-06-11T21:03"


def test_a_province_posted_from_with_a_colon_is_no_title() -> None:
    """A portal's account page: the headline, the time, `发布于:浙江省`, the paper's name, then the
    reporters. The headline is the title and the paper the source."""
    doc = _one([
        "青禾这家医院开设\"周末门诊\",上班族周末也能看专家",
        "2023-04-08 07:30",
        "发布于:浙江省",
        "青禾日报",
        "青禾日报记者 方晴 通讯员 卢一凡",
        "从4月8日起,青禾市第三人民医院正式开设\"周末门诊\",每周六、周日全天安排副主任医师以上专家坐诊。",
        "医院同步延长了收费、药房、检验等窗口的服务时间,周末门诊患者可以当天完成抽血、拍片等常规检查。",
    ])
    assert doc.title == "青禾这家医院开设\"周末门诊\",上班族周末也能看专家"
    assert doc.metadata.get("source_name") == "青禾日报"
    assert doc.authors == ["方晴", "卢一凡"]
    assert not any("浙江省" in ln for ln in _lines(doc))


def test_an_epapers_masthead_date_far_above_the_story() -> None:
    """An e-paper page opens with the paper's masthead and the day alone, then the edition's
    pages and the page's stories; the story far below takes the day as its date."""
    doc = _one([
        "青禾晚报 数字报刊平台",
        "2023年10月18日 星期三",
        "往期回顾 | 版面导航 | 标题导航 | PDF下载",
        "上一版   下一版",
        "第01版：头版",
        "第02版：要闻",
        "第03版：城事",
        "第04版：健康周刊",
        "本版新闻",
        "· 市区部分路段10月20日起夜间施工",
        "· 市中心医院康复科扩容 床位增至120张",
        "市中心医院康复科扩容 床位增至120张",
        "本报记者 柯然 通讯员 方岚",
        "本报讯 17日，青禾市中心医院康复医学科新病区正式启用，床位由原来的60张增加到120张，新增儿童康复、心肺康复两个专病区。",
        "康复医学科主任介绍，新病区配备了下肢康复机器人、平衡训练系统等设备，可同时为40名患者开展康复训练。",
    ])
    assert doc.published == "2023-10-18"
    assert doc.title == "市中心医院康复科扩容 床位增至120张"


def test_a_single_scene_caption_between_paragraphs_leaves() -> None:
    """A photo's caption alone between two paragraphs, naming what it shows (`…现场`, `为…颁奖`),
    leaves; a sub-heading in the same place stays."""
    doc = _one([
        "1月20日下午，青禾市妇幼保健院2023年度工作总结暨表彰大会在行政楼五楼会议室召开，全院职工300余人参加会议。",
        "表彰大会现场",
        "院长在工作报告中回顾了一年来医院在医疗服务、学科建设、人才培养等方面取得的成绩，并部署了2024年重点工作。",
        "院领导为先进科室代表颁奖",
        "会议对2023年度评选出的8个先进科室和30名先进个人进行了表彰，获奖代表作了发言。",
        "推进学科建设",
        "医院将继续加大人才引进力度，力争年内新增两个市级重点专科。",
    ])
    lines = _lines(doc)
    assert "表彰大会现场" not in lines
    assert "院领导为先进科室代表颁奖" not in lines
    assert "推进学科建设" in lines
    assert len(lines) == 5


def test_a_counter_in_square_brackets_on_the_info_bar() -> None:
    """An info bar ending in `阅读 [655]`: its date and source are read and the bar leaves."""
    doc = _one([
        "医共体各成员单位开展“全国爱眼日”主题宣传活动",
        "发布于 2023-06-06 16:40:12    来源：医共体办公室    阅读 [412]",
        "6月6日是第28个“全国爱眼日”。医共体各成员单位围绕“关注普遍的眼健康”主题，开展了形式多样的宣传和义诊活动。",
    ])
    assert doc.published == "2023-06-06T16:40:12"
    assert doc.metadata.get("source_name") == "医共体办公室"
    assert not any("阅读" in ln for ln in _lines(doc))


def test_a_chat_apps_picture_name_leaves() -> None:
    """A picture saved from a chat app, named by its time without an extension, then its credit."""
    doc = _one([
        BODY[0],
        "微信图片_20240312103015",
        "（医院供图）",
        BODY[1],
    ])
    assert _lines(doc) == BODY


def test_an_accounts_past_picks_with_a_dot_leave() -> None:
    """`某某健康 · 往期精选` and `往期 · 推荐` head the account's box of other posts."""
    for heading in ("健康青禾 · 往期精选", "往期 · 推荐"):
        doc = _one([*BODY, "编辑 | 吴敏", heading, "青禾市召开2024年卫生健康工作会议", "春季传染病高发，这份防护提示请收好"])
        assert _lines(doc) == BODY, heading


def test_a_follow_button_after_what_the_account_posts_leaves() -> None:
    doc = _one([*BODY, "青禾疾控视频号", "更多科普短视频，点击关注"])
    assert "更多科普短视频，点击关注" not in _lines(doc)


def test_a_playing_now_line_leaves() -> None:
    """A TV station's page: under the story's video, the programme it plays (`正在播放：《…》date`)."""
    doc = _one([BODY[0], "正在播放：《青禾新闻》2023年11月8日", BODY[1]])
    assert _lines(doc) == BODY


def test_a_qa_pages_furniture_leaves_and_the_answer_stays() -> None:
    """A Q&A page: the question and its description stay, as does the answer; the buttons, the
    asker's verdict, the votes bar and the box of similar questions leave."""
    doc = _one([
        "搜索答案 我要提问",
        "为什么刚下过雪的时候外面特别安静？",
        "每次下完大雪，感觉整个城市都安静了很多，连汽车的声音都小了，这是心理作用还是真的？",
        "我有更好的答案",
        "推荐答案",
        "这不是心理作用。新下的雪很蓬松，雪花之间有大量空隙，声波传进去以后会被反复反射、吸收，所以周围的声音会变小。",
        "等雪被压实或者化了又冻上，表面变硬，吸收声音的能力就差了，环境又会慢慢恢复原来的嘈杂。",
        "本回答被提问者采纳",
        "赞同 214 | 评论(9)",
        "其他类似问题",
        "2013-12-01 为什么下雪后空气特别清新？ 21",
        "2012-01-15 雪为什么是白色的 8",
    ])
    lines = _lines(doc)
    for gone in ("我有更好的答案", "推荐答案", "本回答被提问者采纳", "赞同 214 | 评论(9)", "其他类似问题", "搜索答案 我要提问"):
        assert gone not in lines, gone
    assert not any("雪为什么是白色的" in ln for ln in lines)
    assert any(ln.startswith("这不是心理作用") for ln in lines)
    assert any(ln.startswith("每次下完大雪") for ln in lines)


def test_a_holiday_timetable_of_four_hospitals_is_split() -> None:
    """Four hospitals' holiday timetables, each under its name; the last runs on into the closing
    advice. Each hospital is a record of its own."""
    named = _institutions([
        "国庆假期我市各大医院门诊怎么安排？看这里",
        "国庆将至，不少市民关心假期看病问题。记者从市区多家医院了解到，假期各医院急诊、住院均24小时正常开放，普通门诊则实行节日安排。现将部分医院门诊安排整理如下：",
        "青禾市第一人民医院",
        "10月1日至3日：急诊正常，普通门诊暂停。",
        "10月4日至7日：开设内科、外科、儿科普通门诊，时间为8:00-12:00。",
        "该院提醒，假期专家门诊需提前通过医院公众号预约。",
        "青禾市中医院",
        "10月1日至2日：仅开设急诊。",
        "10月3日至7日：上午开设中医内科、针灸推拿科门诊。",
        "青禾市妇幼保健院",
        "妇科、产科、儿科急诊24小时开放，孕产妇如有不适请直接到急诊就诊。",
        "10月4日至7日上午开设产科、儿童保健科门诊。",
        "青禾市第二人民医院",
        "10月1日至7日每天上午开设普通内科、普通外科门诊，下午仅开设急诊。",
        "血液透析室假期正常运行，透析患者按原排班时间就诊。",
        "记者提醒，假期如非急重症，建议市民尽量错峰就诊。",
    ])
    assert named == ["青禾市第一人民医院", "青禾市中医院", "青禾市妇幼保健院", "青禾市第二人民医院"]


def test_a_paragraph_saying_where_a_centre_stands_opens_its_section() -> None:
    """In a roundup led by the centres' names, one paragraph opens with where its centre stands
    before what it did (`某某乡卫生院地处偏远山区，义诊队把活动延伸到…`): that centre is a section too."""
    named = _institutions([
        "6月5日至9日，由县卫健局牵头、县人民医院专家团队参与的“健康义诊周”活动在全县四个乡镇卫生院轮流开展，累计服务群众2000余人次。",
        "白石镇中心卫生院开展“慢病管理进万家”活动，县人民医院心内科专家为辖区高血压患者调整用药方案，并为90余名老年人建立了健康档案。",
        "柳溪乡卫生院聚焦妇女儿童健康，联合县妇幼保健院开展“两癌”筛查和儿童视力检查，当天共为160名适龄妇女完成初筛。",
        "青岭乡卫生院地处偏远山区，义诊队把活动延伸到了村卫生室，专家们分成两个小组，为行动不便的老人上门测血压、看病开药。",
        "桥口镇中心卫生院则将义诊与基层医务人员培训相结合，县人民医院急诊科医师现场示范心肺复苏，参训人员达50人。",
    ])
    assert named == ["白石镇中心卫生院", "柳溪乡卫生院", "青岭乡卫生院", "桥口镇中心卫生院"]


def test_a_name_heading_with_an_ascii_colon_heads_its_section() -> None:
    """A roundup's name headings, most with `：`, the last with `:`: the last hospital, whose
    paragraph opens with its name again, is a section of its own."""
    named = _institutions([
        "护士节前后，我市各医疗机构以技能比武、表彰先进、志愿服务等形式，向坚守一线的护理工作者致敬。",
        "青禾市第一人民医院：",
        "5月10日，青禾市第一人民医院举办护理技能大赛，来自20个护理单元的60名护士同台竞技。",
        "青禾市中医医院：",
        "5月11日，青禾市中医医院组织护士走进社区，开展“中医护理进万家”志愿服务，现场服务居民120余人次。",
        "青禾市妇女儿童医院:",
        "青禾市妇女儿童医院推出“护士长接诊日”活动，每天安排一名护士长在门诊服务台值守，协调解决患儿家长就诊中遇到的问题。",
    ])
    assert named == ["青禾市第一人民医院", "青禾市中医医院", "青禾市妇女儿童医院"]


def test_a_sidebar_profile_box_over_the_headline_leaves() -> None:
    """A department's profile box in the sidebar, printed above the article (`科室简介` / a
    paragraph / `[查看详情>>]`): the headline, its bar and the body are read under it, and the box
    leaves with the page's chrome."""
    doc = _one([
        "青禾县中医院",
        "网站首页 | 医院简介 | 新闻动态 | 名医堂 | 就医指南",
        "您现在的位置: 网站首页 >> 新闻动态",
        "科室简介",
        "康复科成立于2009年,是市级中医康复重点专科,开展针灸、推拿、中药熏蒸等特色治疗。",
        "[查看详情>>]",
        "我院康复科开设“脑卒中康复门诊” 每周三全天接诊",
        "作者:许知远 来源:青禾县中医院康复科 发布日期:2024年03月06日 点击数:812",
        "为方便脑卒中后遗症患者就近康复,我院康复科自3月起开设“脑卒中康复门诊”,每周三全天由副主任医师以上专家坐诊。",
        "门诊将为患者制定个体化康复方案,综合运用针灸、推拿和运动疗法,帮助患者恢复肢体功能。",
    ])
    assert doc.title == "我院康复科开设“脑卒中康复门诊” 每周三全天接诊"
    assert doc.published == "2024-03-06"
    assert doc.authors == ["许知远"]
    lines = _lines(doc)
    assert lines[0].startswith("为方便脑卒中后遗症患者")
    assert not any("查看详情" in ln or ln.startswith("康复科成立于") for ln in lines)


def test_a_site_name_with_its_other_name_and_a_bracketed_slogan_are_the_banner() -> None:
    """`某某中心(某某医院)` and `【热线 全年无休 用心倾听】` over the page are the site's; the headline
    under the dated bar is the title."""
    doc = _one([
        "青禾市精神卫生中心(青禾市第六人民医院)",
        "首页 中心概况 新闻动态 心理健康 科室介绍 就诊服务",
        "【心理援助热线 全年无休 用心倾听】",
        "新闻动态 >> 媒体报道",
        "[2023-10-11] 来源:青禾日报 记者 傅晴",
        "世界精神卫生日:心理健康服务进社区",
        "阅读次数:512",
        "10月10日是世界精神卫生日。当天,青禾市精神卫生中心组织20余名精神科医生走进社区,为居民提供心理健康咨询和认知功能筛查。",
    ])
    assert doc.title == "世界精神卫生日:心理健康服务进社区"
    assert doc.authors == ["傅晴"]


def test_a_clinics_chat_and_booking_widget_leaves() -> None:
    doc = _one([
        *BODY,
        "在线咨询",
        "您好,欢迎咨询青禾眼科医院!请问您哪里不舒服?",
        "眼科专家在线,免费为您解答视力问题",
        "预约挂号 专家号源充足 点击预约",
        "网上预约 | 电话预约 | 微信预约",
    ])
    assert _lines(doc) == BODY


def test_a_related_link_naming_the_policy_document_stays() -> None:
    """`相关链接：《某某实施方案》（某政办发〔2023〕7号）` inside a notice points at the document it is
    about: it stays; a related box after the article goes."""
    ref = "相关链接：《青禾县推进县域医共体建设实施方案（2023—2025年）》（青政办发〔2023〕7号）"
    doc = _one([
        BODY[0],
        ref,
        BODY[1],
        "相关阅读",
        "青禾县召开2024年卫生健康工作会议",
        "青禾县新增两家紧密型医共体分院",
    ])
    assert _lines(doc) == [BODY[0], ref, BODY[1]]


def test_a_question_sites_header_with_its_buttons() -> None:
    """A question site's header: one menu item a line (`等你来答`, `私信`), a search prompt ending in
    `...`, the question's topics, then the question: the question is the title."""
    doc = _one([
        "知问",
        "首页",
        "发现",
        "等你来答",
        "搜索你感兴趣的内容...",
        "提问",
        "私信",
        "医疗",
        "分级诊疗",
        "为什么很多人生了病更愿意去大城市的医院?",
        "老家的县医院这几年盖了新楼,设备也换了不少,可身边的人生了病还是想往省城跑,这是为什么?",
        "在县医院和市医院都工作过,说几点自己的看法。首先是信任问题,病人选医院,看的从来不只是楼有多高。",
    ])
    assert doc.title == "为什么很多人生了病更愿意去大城市的医院?"


def test_a_forum_threads_numbered_replies_leave() -> None:
    """An old board's thread: the first post, then replies headed `2楼　作者：… 回复日期：…`, and the
    post's buttons in brackets. The first post stays, the replies go."""
    post = [
        "从县城骑到水库一共四十公里,我们三个人早上六点出发,中午前就到了,路上风景很好。",
        "提醒一下想去的朋友:沿途补给点很少,水一定要带够,下坡的时候要控制车速,刹车片出发前检查一遍。",
    ]
    doc = _one([
        "【原创】周末骑行去水库,说几点真实感受",
        "楼主：山风　时间：2012-08-15 21:34:06　点击：1832　回复：47",
        "[只看楼主] [收藏本帖] [分享到微博] [打赏楼主]",
        *post,
        "1楼　2012-08-15 21:34　| 回复 | 举报 |",
        "2楼　作者：拉萨的月亮　回复日期：2012-08-15 21:40:12",
        "沙发!楼主厉害,下次带上我。",
        "3楼　作者：老驴识途　回复日期：2012-08-15 22:03:55",
        "说得很实在,那段下坡真要命,刹车片一定要备好。",
    ])
    lines = _lines(doc)
    assert lines[: len(post)] == post
    assert not any("沙发" in ln or "老驴识途" in ln or "只看楼主" in ln for ln in lines)


def test_a_finance_pages_quotes_strip_is_not_the_body() -> None:
    doc = _one([
        "财经网 | 首页 | 股票 | 基金 | 债券 | 期货 | 外汇",
        "行情中心 | 数据中心 | 自选股 | 模拟炒股",
        "上证指数 3127.28 +0.22%　深证成指 10683.45 -0.18%　创业板指 2023.15 +0.51%　恒生指数 24018.66 -0.35%　道琼斯 33981.57 +0.12%",
        "输入代码/名称/拼音 查行情",
        "财经网 > 股票频道 > 行业研究 > 正文",
        "医疗器械出口一季度回暖 多家企业订单排至三季度",
        "2021-04-21 07:45　来源：证券晨报　作者：记者 韩立",
        "【摘要】受海外订单集中交付带动,今年一季度我国医疗器械出口同比增长。",
        "受海外订单集中交付带动,今年一季度我国医疗器械出口同比增长,多家企业的订单已经排到了三季度。",
        "相关股票：",
        "某某医疗 32.36 +2.15%　某某器械 18.02 -0.66%",
    ])
    assert doc.title == "医疗器械出口一季度回暖 多家企业订单排至三季度"
    assert doc.published == "2021-04-21T07:45"
    assert doc.metadata.get("source_name") == "证券晨报"
    assert not any("%" in ln for ln in _lines(doc))


def test_a_blog_stamp_with_category_and_tags_without_colons() -> None:
    """A blog's stamp under the headline: `发表于 date 作者 name 分类 … 标签 …` without colons. The
    date and the writer are read, and the headline above it is the title."""
    doc = _one([
        "码农札记",
        "记录折腾的点滴",
        "首页　关于我　归档　留言板",
        "搜索…",
        "在旧笔记本上装 Linux 的踩坑记录",
        "发表于 2017年6月3日 作者 阿杰　分类 Linux, 折腾　标签 linux, 驱动",
        "前段时间把家里一台旧笔记本翻了出来,本来想直接卖掉,后来想着放着也是放着,干脆装个系统拿来写代码。",
        "一、系统准备",
        "我选的是一个轻量的发行版,写好启动盘之后先进了一次安装界面,确认无线网卡能被识别。",
    ])
    assert doc.title == "在旧笔记本上装 Linux 的踩坑记录"
    assert doc.published == "2017-06-03"
    assert doc.authors == ["阿杰"]


def test_a_stations_squared_byline_under_the_summary() -> None:
    """A county station's transcript page: the summary, then `【本台记者 某某 某某报道】` alone, then the
    story; the camera operator under it is no author."""
    doc = _one([
        "当前位置：首页 > 青禾新闻 > 新闻联播",
        "【青禾新闻联播】县中医院开通急救绿色通道",
        "2013-11-05 19:42  来源：青禾县广播电视台  已播放：968次",
        "视频加载中，请稍候……",
        "您的浏览器未安装Flash插件，请点击此处下载",
        "内容提要：从本月起，县中医院与县急救指挥中心实现联网，胸痛、卒中患者可以在救护车上完成预检分诊。",
        "【本台记者 韦新 黄丹报道】",
        "从本月起，县中医院与县急救指挥中心实现联网，胸痛、卒中患者可以在救护车上完成预检分诊，到院后直接进入抢救流程。",
        "县卫生局有关负责人表示，下一步将把县人民医院也纳入急救网络，让群众在“黄金时间”内得到救治。",
        "摄像：覃海  责任编辑：莫丽",
    ])
    assert doc.authors == ["韦新", "黄丹"]
    assert not any("Flash" in ln or "本台记者" in ln for ln in _lines(doc))


def test_a_source_before_a_dot_and_after_a_relative_stamp() -> None:
    """`来源：某某科 · 阅读量…` gives the unit without the dot; `更新于 3 天前 · 来源: 某某客户端` gives
    the source, and no date (the stamp is relative)."""
    doc = _one([
        "秋季腹泻高发 疾控专家教你科学应对",
        "发布日期：2023.09.05 | 作者：吴静 | 审核：钱新 | 来源：传染病防制科 · 阅读量：4721",
        *BODY,
    ])
    assert doc.metadata.get("source_name") == "传染病防制科"
    doc = _one([
        "县医院成功开展首例ECMO救治",
        "更新于 3 天前 · 来源: 青禾日报客户端",
        *BODY,
    ])
    assert doc.metadata.get("source_name") == "青禾日报客户端"
    assert doc.published is None


def test_a_visitor_counter_with_its_label_and_a_reporters_picture_credit() -> None:
    doc = _one([BODY[0], "某某新闻记者 顾扬 图", BODY[1], "访问量统计 您是第 0218744 位访客"])
    assert _lines(doc) == BODY


def test_an_epapers_three_decks_over_the_reporters_line() -> None:
    """An e-paper story: zoom buttons, then 引题 / 主题 / 副题 over `本报记者 …` and the story (no
    `本报讯`). The middle deck is the title, the lower its subtitle."""
    doc = _one([
        "青禾日报数字报",
        "第A03版：民生·健康",
        "上一版  下一版  上一篇  下一篇",
        "2019年3月5日 星期二 来源：青禾日报",
        "放大  缩小  默认",
        "“家门口”看专家不再是难事",
        "青禾市中心医院与6家乡镇卫生院组建紧密型医联体",
        "首批20名专家每周下沉坐诊，基层门诊量同比增长两成",
        "本报记者 周远 许静",
        "3月4日一早，家住樟桥镇的村民就到镇卫生院排队，等着市中心医院心内科的专家坐诊。",
        "记者了解到，今年1月起，市中心医院牵头与6家乡镇卫生院组建紧密型医联体，专家每周固定下沉坐诊。",
    ])
    assert doc.title == "青禾市中心医院与6家乡镇卫生院组建紧密型医联体"
    assert doc.metadata.get("subtitle") == "首批20名专家每周下沉坐诊，基层门诊量同比增长两成"
    assert doc.authors == ["周远", "许静"]
    assert not any("放大" in ln for ln in _lines(doc))


def test_a_wire_datelines_bare_names_are_the_authors() -> None:
    """`某某网某地3月12日电 (某某 某某)…`: the names in brackets are the reporters; the dateline and
    the sentence stay, and so does the next paragraph."""
    doc = _one([
        "青禾将为万名农村妇女免费筛查两癌",
        "2015年03月12日 16:20　来源：中讯网",
        "中讯网青禾3月12日电 (王菲 朱晨)记者12日从青禾市卫生局获悉，今年该市将为辖区内1万名农村妇女免费筛查宫颈癌和乳腺癌。",
        "据介绍，此次筛查由青禾市妇幼保健院牵头，各乡镇卫生院配合完成。",
    ])
    assert doc.authors == ["王菲", "朱晨"]
    assert _lines(doc) == [
        "中讯网青禾3月12日电 记者12日从青禾市卫生局获悉，今年该市将为辖区内1万名农村妇女免费筛查宫颈癌和乳腺癌。",
        "据介绍，此次筛查由青禾市妇幼保健院牵头，各乡镇卫生院配合完成。",
    ]


def test_a_labelled_ad_paragraph_and_a_framed_bar_leave() -> None:
    ad = "广告 ｜ 开学季护齿行动：某某口腔为3—12岁儿童提供免费口腔检查及涂氟服务，窝沟封闭每颗立减50元，详询电话，地址：青禾市龙城大道688号2楼。"
    doc = _one(["| 无障碍浏览 | 长者模式 | 繁體版 | 手机版 |", BODY[0], ad, BODY[1]])
    assert _lines(doc) == BODY
    assert doc.title is None
