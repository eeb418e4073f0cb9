"""Pages whose head holds a summary printed again as the first paragraph, a column's label under the
bar, a call for comments' grid, a listen button; archive sites' copies of channel articles and
reposts with their notes; channel comments with the account's replies; credits with the role after
the name; clinics and health stations known by their own names in a roundup; and the chrome lines
those pages carry. Each test is a page written for the project, and what a user reads in the
record is checked."""

from __future__ import annotations

from cleaner.api import clean_text

from .helpers import lines_of as _lines
from .helpers import one_record as _one

BODY = [
    "5月14日上午，青禾市第二人民医院联合城西街道在社区广场开展义诊活动，心内科、内分泌科、骨科等7个科室的专家为居民测血压、查血糖。",
    "活动现场，医护人员还向居民讲解了慢性病的日常管理知识，发放健康手册200余册，现场接受咨询的群众达180余人次。",
]
SUMMARY = "5月14日上午，青禾市第二人民医院组织7个科室的专家走进城西社区，为居民送上家门口的健康服务。"


def test_a_summary_between_the_headline_and_the_bar_leaves_the_bar_readable() -> None:
    """A county portal prints the summary under the headline, then the bar, then the same summary as
    the body's first paragraph: the bar's date, source and writers are read, the headline is the
    title, and the summary is kept once."""
    summary = "10月26日至28日，青禾县卫生健康局在县人民医院举办乡村医生岗位技能培训班，全县14个乡镇的186名乡村医生参加培训。"
    body = [
        "本次培训采取理论授课与实操演练相结合的方式，围绕高血压和糖尿病规范管理、常见病合理用药、心肺复苏等内容进行讲解。",
        "培训结束后，县卫生健康局对参训人员进行了闭卷考试，考试合格者记入乡村医生年度继续教育学分。",
    ]
    doc = _one([
        "青禾县人民政府门户网站",
        "首页 | 走进青禾 | 政务公开 | 政务服务 | 政民互动 | 专题专栏",
        "青禾县卫生健康局 > 工作动态",
        "青禾县卫健局举办2020年度乡村医生岗位技能培训班",
        summary,
        "发布时间：2020年10月29日  来源：青禾县卫生健康局  作者：通讯员 韦丽 黄明",
        "【打印】【关闭】",
        "分享到：",
        summary,
        *body,
    ])
    assert doc.title == "青禾县卫健局举办2020年度乡村医生岗位技能培训班"
    assert doc.published == "2020-10-29"
    assert doc.authors == ["韦丽", "黄明"]
    assert doc.metadata.get("source_name") == "青禾县卫生健康局"
    assert _lines(doc) == [summary, *body]


def test_a_first_paragraph_over_a_bar_with_other_text_under_it_stays_the_body() -> None:
    """The same layout, but the paragraph under the bar is another one: the first paragraph is the
    body's, and nothing under it is lifted."""
    doc = _one(["青禾市第二人民医院走进城西社区开展义诊", SUMMARY, "发布时间：2021年5月15日", *BODY])
    assert _lines(doc)[0] == SUMMARY
    assert _lines(doc)[-2:] == BODY


def test_a_columns_label_under_the_bar_is_not_the_title() -> None:
    """A press office's transcript: the headline over the bar, then the column's label, the end of the
    headline. The headline is the title."""
    doc = _one([
        "首页 > 新闻发布会 > 发布会实录",
        "“推进家庭医生签约服务”新闻发布会实录",
        "2023-06-16 10:00  来源：省政府新闻办  浏览量：2816",
        "发布会实录",
        "主持人（省政府新闻办副主任 龙某）：",
        "各位记者朋友，大家上午好！欢迎出席省政府新闻办新闻发布会。今天，我们邀请到省卫生健康委的负责同志介绍有关情况，并回答大家关心的问题。",
    ])
    assert doc.title == "“推进家庭医生签约服务”新闻发布会实录"
    assert doc.published == "2023-06-16T10:00"


def test_a_call_for_comments_grid_under_the_headline_is_not_the_title() -> None:
    """A call for comments: 征集单位, 征集时间 and 征集状态 between the headline and the bar. The
    headline is the title, the rows stay as the notice's own text."""
    title = "关于公开征求《青禾市医疗机构检查结果互认管理办法（征求意见稿）》意见的公告"
    doc = _one([
        "首页 > 互动交流 > 意见征集",
        title,
        "征集单位：青禾市卫生健康委员会",
        "征集时间：2024-03-15 至 2024-04-14",
        "征集状态：征集中",
        "发布日期：2024-03-15 信息来源：市卫生健康委医政医管处 浏览次数：671",
        "为减轻群众就医负担，减少重复检查，市卫生健康委起草了管理办法的征求意见稿，现向社会公开征求意见。",
        "姓名： 联系电话： 意见内容： 验证码： 提交 重置",
    ])
    assert doc.title == title
    assert doc.published == "2024-03-15"
    assert "征集时间：2024-03-15 至 2024-04-14" in _lines(doc)
    assert not any("验证码" in ln for ln in _lines(doc))


def test_a_listen_button_over_the_headline_is_not_the_title() -> None:
    """A paper's channel article: the account, 已关注, 原创, the stamp with its place after a colon,
    then 听全文 over the headline. The headline is the title and the stamp its date."""
    doc = _one([
        "青禾日报",
        "已关注",
        "原创 青禾日报 青禾日报",
        "发布于：2024年12月3日 07:45 四川",
        "听全文",
        "“流动医院”开进高山村寨，青禾医疗队为2300余名群众义诊",
        "▲医疗队队员为村民测量血压。记者 严松 摄",
        *BODY,
    ])
    assert doc.title == "“流动医院”开进高山村寨，青禾医疗队为2300余名群众义诊"
    assert doc.published == "2024-12-03T07:45"
    assert "听全文" not in doc.text


def test_an_archive_sites_copy_names_the_account_writer_and_day() -> None:
    """An archive of channel articles: 来源公众号, the day it was posted and the day it was copied, the
    summary, the account's card, the writer and the reviewer. The account is the source, the
    writer the author, the day posted the date; the card and the copy stamp go."""
    doc = _one([
        "某某文档馆 - 公众号文章收录与检索",
        "首页 | 健康 | 育儿 | 教育 | 财经 | 公众号排行 | 登录 | 注册",
        "当前位置：首页 > 健康 > 正文",
        "孕期总觉得累、心慌？可能是缺铁了",
        "来源公众号：青禾妇幼",
        "发布时间：2021-04-12 21:40",
        "收录时间：2021-04-13 06:02",
        "阅读：1.3k",
        SUMMARY,
        "青禾妇幼",
        "青禾市妇幼保健院官方公众号",
        "作者：青禾市妇幼保健院营养科 谭晓雯",
        "审核：营养科主任 邝文澜",
        SUMMARY,
        *BODY,
        "本页内容由某某文档馆自动抓取，仅供学习交流，版权归原公众号所有",
        "原文地址：mp.weixin.qq.com/s/AbCdEf123456",
    ])
    assert doc.title == "孕期总觉得累、心慌？可能是缺铁了"
    assert doc.published == "2021-04-12T21:40"
    assert doc.authors == ["谭晓雯"]
    assert doc.metadata.get("source_name") == "青禾妇幼"
    assert _lines(doc) == [SUMMARY, *BODY]


def test_a_reposts_note_names_its_source_and_the_slogan_goes() -> None:
    """A wellness account reposts a CDC's article: its name twice on the account line, the day, a
    star prompt and its slogan, the writer; at the end 声明:本文转载自“…”公众号. The headline is
    the title, the CDC's account the source; the slogan goes."""
    doc = _one([
        "入冬后孩子上吐下泻，小心诺如病毒！这几点家长要记牢",
        "青禾养生堂 青禾养生堂",
        "2019-12-02",
        "点击上方“青禾养生堂”，选择“设为星标”",
        "每天为你推送实用健康知识",
        "文：青禾县疾控中心 符嘉",
        *BODY,
        "声明：本文转载自“青禾疾控”公众号，仅用于健康知识分享，版权归原作者所有。如有侵权，请联系我们删除。",
    ])
    assert doc.title == "入冬后孩子上吐下泻，小心诺如病毒！这几点家长要记牢"
    assert doc.published == "2019-12-02"
    assert doc.authors == ["符嘉"]
    assert doc.metadata.get("source_name") == "青禾疾控"
    assert _lines(doc) == BODY


def test_channel_comments_with_the_accounts_replies_go() -> None:
    """Under a channel article, 喜欢此内容的人还喜欢, then 留言 / 写留言 and the comments: each
    reader's name, province, words and likes, the account's replies under 作者. All of it goes."""
    doc = _one([
        "查出幽门螺杆菌阳性，全家都要治吗？",
        "2022-11-08 12:00 发表于湖南",
        *BODY,
        "喜欢此内容的人还喜欢",
        "胃镜到底要不要做无痛的？看完这篇不纠结",
        "留言",
        "写留言",
        "橙子不吃橘子",
        "湖南",
        "我妈吃了一周药嘴巴一直发苦，这正常吗？",
        "23",
        "作者",
        "湖南",
        "铋剂和部分抗生素确实可能引起口苦，一般停药后会消失。如果实在难以耐受，要及时回门诊调整，不要自己停药。",
        "17",
        "清风半亩",
        "广东",
        "孩子8岁，有口臭，需要查吗？",
        "8",
    ])
    assert _lines(doc) == BODY


def test_a_credit_with_the_role_after_each_name_and_its_department_before() -> None:
    """`（骨科 某某 / 文  宣传科 某某 / 图）` under the story: the writer is the author, the
    photographer is not."""
    doc = _one(["我院成功完成首例机器人辅助膝关节置换术", "2019-06-05", *BODY, "（骨科 邓文博 / 文  宣传科 许可 / 图）"])
    assert doc.authors == ["邓文博"]
    assert _lines(doc) == BODY


def test_a_bare_verb_label_and_a_traditional_publication_label_give_the_date() -> None:
    """`发布：2020-08-17  更新时间：2023-02-10` and `刊登日期：2016-07-15`: the publication day."""
    doc = _one(["幽门螺杆菌，你想知道的都在这里", "发布：2020-08-17　更新时间：2023-02-10　阅读 3241", *BODY])
    assert doc.published == "2020-08-17"
    doc = _one(["院訊：夏季腸胃炎的預防", "刊登日期：2016-07-15　　點擊率：862", *BODY])
    assert doc.published == "2016-07-15"


def test_clinics_and_health_stations_by_their_own_names_are_a_roundups_records() -> None:
    """A paper's roundup of quitting services: each institution under its name in 【】, known by its
    own name rather than a place (a general hospital, a community health station, a medical
    centre). One record for each."""
    lines = [
        "三机构加强戒烟支援",
        "2014年5月30日",
        "明日为世界无烟日，本市多个医疗机构近日相继推出新一轮戒烟服务，希望吸烟人士把握机会。",
        "【镜海综合医院】",
        "镜海综合医院戒烟门诊由6月起增设星期六上午时段，由医生评估烟民的尼古丁依赖程度后配合药物治疗。",
        "【黑沙环社区卫生站】",
        "黑沙环社区卫生站6月2日起推出家庭戒烟计划，鼓励烟民与家人一同登记，由护士每两星期进行一次面谈。",
        "【仁安医务中心】",
        "仁安医务中心的戒烟热线由即日起延长服务至晚上十时，并新增手机短信提醒服务，定期发送鼓励信息。",
    ]
    assert [d.institution for d in clean_text("\n".join(lines)) if d.institution] == [
        "镜海综合医院", "黑沙环社区卫生站", "仁安医务中心",
    ]


def test_a_related_experts_box_under_a_profile_goes() -> None:
    """A doctor's profile page, then 相关专家 and three colleagues a line over the booking note: the
    profile stays, the box goes."""
    profile = [
        "周蕴华，1962年生，从事中医临床、教学和科研工作三十余年，现任我院脾胃病科学科带头人，擅长慢性胃炎的诊治。",
        "出诊时间：周一上午、周四全天（国医堂二楼3诊室）。",
    ]
    doc = _one([
        "周蕴华 主任中医师",
        "发布日期：2019年04月22日",
        *profile,
        "相关专家",
        "林仲和　主任中医师　脾胃病科",
        "唐可欣　副主任中医师　脾胃病科",
        "邹明远　主治中医师　脾胃病科",
        "预约方式：关注“青禾市中医院”微信公众号→就医服务→预约挂号，或拨打预约电话0830-3196120",
        "扫一扫 手机预约更方便",
        "Copyright © 2012-2019 青禾市中医院 All Rights Reserved",
    ])
    assert _lines(doc)[:2] == profile
    assert not any(name in doc.text for name in ("相关专家", "林仲和", "唐可欣", "邹明远", "扫一扫"))


def test_the_chrome_lines_of_these_pages_go_and_their_look_alikes_stay() -> None:
    """Links to a policy's other readings, a clinic's widgets and offers, an app's banners, an author
    card's counts, a paper's weather and a search box's suggestions, a council's English name, a
    magazine's subscription note and a platform's badge, a footer's phones: each goes. Sentences
    that speak of the same things stay."""
    chrome = [
        "【图解】一图读懂《青禾市促进社会办医持续健康规范发展实施方案》",
        "【视频解读】三分钟看懂社会办医新政",
        "扫码添加在线医生，1对1免费咨询",
        "【限时福利】儿童口腔检查+涂氟 0元预约　立即预约>>",
        "打开青禾新闻，阅读体验更佳",
        "App内查看更多",
        "12.3万粉丝 · 326篇文章",
        "天气：多云　21-28℃",
        "热门关键字：长照、疫苗、健保卡",
        "Qinghe District Council",
        "订阅《家庭健康》：全国各地邮局均可订阅，邮发代号 28-163",
        "本文已加入“青禾科普”科普资源共享平台",
    ]
    kept = [
        "患者扫码预约后，按短信提示的时段到诊室候诊即可，医院还开通了电话预约。",
        "【图解】中的数据来自市卫生健康委2023年统计公报，全市共有医疗机构1200余家。",
    ]
    doc = _one(["青禾市第二人民医院开展义诊", "发布时间：2023-05-14  来源：青禾市卫生健康委员会", chrome[0], chrome[1], *BODY, *kept, *chrome[2:]])
    assert doc.title == "青禾市第二人民医院开展义诊"
    assert _lines(doc) == [*BODY, *kept]
    footer = _one([
        "青禾市第二人民医院开展义诊", "2023-05-14", *BODY,
        "地址：青禾市健康大道9号　　邮编：418300",
        "电话（总机）：0743-7625110　　急诊电话：0743-7625120",
        "Copyright © 2020 青禾市第二人民医院 All Rights Reserved",
    ])
    assert _lines(footer) == BODY


def test_briefs_under_a_tag_and_stops_dated_before_the_name_are_a_roundups_records() -> None:
    """A portal's 医院简讯: each brief under 【简讯】, its hospital first in its words; a channel's
    tour: each stop's day before the health centre's name (📍6月3日 · 某某镇卫生院)."""
    briefs = [
        "医院简讯（2024年第3期）",
        "2024-03-20 来源：青禾新闻网",
        "【简讯】青禾县人民医院3月18日起在门诊大厅设立“一站式服务中心”，集中办理预约、打印报告和医保咨询等业务。",
        "【简讯】青禾县妇幼保健院孕妇学校本月起恢复线下课堂，每周六上午在该院门诊五楼开课，孕妇可免费参加。",
        "【简讯】青禾县第二人民医院康复医学科新引进下肢康复机器人1台，主要用于脑卒中和脊髓损伤患者的步态训练。",
    ]
    assert [d.institution for d in clean_text("\n".join(briefs)) if d.institution] == [
        "青禾县人民医院", "青禾县妇幼保健院", "青禾县第二人民医院",
    ]
    tour = [
        "名医义诊进基层",
        "2023-06-30",
        "6月，我院专家团队先后走进乡镇卫生院开展义诊。",
        "📍6月3日 · 柳塘镇卫生院",
        "义诊当天一早，卫生院门前就排起了长队。心内科专家为村民测量血压、讲解用药知识，共接诊群众一百二十余人次。",
        "📍6月10日 · 石桥乡卫生院",
        "石桥乡地处山区，老年人腰腿痛问题较为突出，骨科专家现场为三十多位老人进行了检查，并手把手教授康复动作。",
        "📍6月17日 · 龙口镇中心卫生院",
        "这一站，眼科专家带来了便携式眼底照相设备，为五十余名糖尿病患者完成了眼底筛查，发现异常的及时转诊。",
    ]
    assert [d.institution for d in clean_text("\n".join(tour)) if d.institution] == [
        "柳塘镇卫生院", "石桥乡卫生院", "龙口镇中心卫生院",
    ]


def test_a_departments_team_in_each_heading_still_names_the_hospital() -> None:
    """A feature on three hospitals' nursing teams: `某某医院康复科护理团队：把…用到病床边`. One
    record per hospital, the headline after the colon its title."""
    lines = [
        "白衣执甲 仁心护佑——走近我市三支优秀护理团队",
        "2023.05.12 07:30    来源：青禾日报",
        "今天是国际护士节。在我市各家医院，有这样一群人，她们守护着患者的每一个日夜。",
        "青禾市人民医院重症医学科护理团队：与时间赛跑的“生命守门人”",
        "重症医学科有床位30张，护理团队共58人，平均年龄29岁，去年共护理危重患者一千余人次。",
        "青禾市妇幼保健院产科护理团队：“我们迎接每一个新生命”",
        "产科护理团队有助产士和护士46人，去年共协助迎接新生儿四千三百余名，还开设了母乳喂养咨询门诊。",
        "青禾市中医医院康复科护理团队：把中医护理技术用到病床边",
        "康复科护理团队共22人，人人掌握艾灸、耳穴压豆、穴位按摩等中医护理技术，深受住院老人欢迎。",
    ]
    docs = [d for d in clean_text("\n".join(lines)) if d.institution]
    assert [d.institution for d in docs] == ["青禾市人民医院", "青禾市妇幼保健院", "青禾市中医医院"]
    assert docs[2].title == "把中医护理技术用到病床边"


def test_an_old_cms_bar_in_brackets_under_a_starred_banner() -> None:
    """An old CMS: a congratulation between stars over the crumb, the notice's headline, then its bar
    in brackets with the day in brackets inside. The headline, the day and the office are read."""
    doc = _one([
        "青禾县新型农村合作医疗信息网",
        "★ 热烈祝贺我县2012年新农合参合率达到98.2%！ ★",
        "当前位置：网站首页 >> 通知公告 >> 正文",
        "关于调整2012年度新型农村合作医疗统筹补偿方案的通知",
        "[ 作者：未知　　文章来源：青禾县合管办　　点击数：3128　　更新时间：[2012-02-28]　　文章录入：xnhadmin ]",
        "【字体：小 大】【双击鼠标滚屏】",
        "各乡镇人民政府，县直各定点医疗机构：",
        "根据省卫生厅、省财政厅的指导意见，结合我县新农合基金运行情况，经县新农合管理委员会研究，决定调整2012年度统筹补偿方案。",
    ])
    assert doc.title == "关于调整2012年度新型农村合作医疗统筹补偿方案的通知"
    assert doc.published == "2012-02-28"
    assert doc.metadata.get("source_name") == "青禾县合管办"
    assert _lines(doc)[0] == "各乡镇人民政府，县直各定点医疗机构："
    assert not any("热烈祝贺" in ln or "滚屏" in ln for ln in _lines(doc))


def test_a_speechs_speaker_under_the_bar_is_no_title() -> None:
    """A county's speech: headline, the portal's bar, the speaker and the day it was given, then
    同志们. The headline is the title; the speaker, over the day the speech was given as under it,
    is its author, and the line goes."""
    doc = _one([
        "您现在的位置：首页 > 政务公开 > 领导讲话",
        "在全县2016年度安全生产工作会议上的讲话",
        "发布日期：2016/03/10　　来源：县政府办公室　　阅读：1024次",
        "县委副书记、县长　沈某某",
        "（2016年3月8日）",
        "同志们：",
        "今天召开全县安全生产工作会议，主要任务是总结2015年全县安全生产工作，分析当前形势，部署2016年工作任务。",
    ])
    assert doc.title == "在全县2016年度安全生产工作会议上的讲话"
    assert doc.published == "2016-03-10"
    assert doc.authors == ["沈某某"]
    assert "县委副书记、县长　沈某某" not in _lines(doc)


def test_an_english_themes_furniture_goes_and_its_stamp_gives_the_date() -> None:
    """A hospital's site on an English blog theme: Skip to content, You are here, Posted on … by the
    login, Posted in … | Leave a comment, Share this:, Related posts, ← Previous Post …"""
    doc = _one([
        "Skip to content",
        "You are here: Home » News » 三伏天到了，青禾县中医院“三伏贴”开贴啦",
        "三伏天到了，青禾县中医院“三伏贴”开贴啦",
        "Posted on July 11, 2023 by qhzyy_admin",
        "Posted in 医院新闻 | Leave a comment",
        *BODY,
        "文/图：罗敏",
        "Share this:",
        "Related posts",
        "← Previous Post 县中医院开展夏季防溺水急救培训",
    ])
    assert doc.title == "三伏天到了，青禾县中医院“三伏贴”开贴啦"
    assert doc.published == "2023-07-11"
    assert doc.authors == ["罗敏"]
    assert _lines(doc) == BODY


def test_a_sidebars_latest_comments_do_not_carry_over_the_post_under_them() -> None:
    """A blog's sidebar lists 最新评论 over the posts; a post's headline with its stamp, then its
    long paragraph. The paragraph is the page's content and stays."""
    post = (
        "腊月里，山里人家家户户都要熏腊肉，外婆的做法和镇上的不太一样。她先把五花肉用粗盐和花椒腌上七天，"
        "再挂到灶屋的横梁上，底下烧的是柏树枝和橘子皮，烟要小，火要暗，整整熏上半个月，肉皮才会变成深深的琥珀色。"
        "镇上的作坊图快，用的是熏炉和木屑，三天就能出货，颜色也好看，可切开来总少了那股子松柏的清香。小时候我守在灶边，"
        "外婆一边添柴一边给我讲她年轻时的事，讲她怎么翻过两座山去赶集，讲那年大雪封山，全村人靠着梁上的腊肉过了一个冬天。"
        "如今外婆不在了，灶屋也拆了，每到腊月，我还是会在阳台上挂几块肉，可是熏不出那个味道，也再听不到那些故事了。"
    )
    doc = _one([
        "山那边的小屋",
        "最新评论",
        "小鱼 2006-01-18 10:02",
        "写得真好",
        "腊肉熏制 两地两法 (图) 2006-01-20 21:10:33",
        post,
        "山里人 发表于 2006-01-20 21:10:33 | 阅读(215) | 评论(6)",
    ])
    assert post in _lines(doc)


def test_a_timetables_dated_rows_and_a_guides_steps_stay() -> None:
    """A maternity school's classes, each row a day, its weekday and the hour; an internet
    hospital's steps, each closed by a semicolon. Rows and steps are the article's."""
    rows = [
        "10月8日（周六）9:30 孕期营养与体重管理 授课：营养科 叶某某",
        "10月13日（周四）14:30 自然分娩与分娩镇痛 授课：麻醉科 卢某某",
        "10月20日（周四）14:30 母乳喂养从入门到精通 授课：产科 钟某某",
    ]
    doc = _one([
        "孕妇学校10月课程安排来啦",
        "2022-09-26",
        "亲爱的准爸爸、准妈妈们，青禾市妇幼保健院孕妇学校10月课程安排来啦！本月课程由产科、麻醉科的骨干医护人员授课。",
        "✿ 课程安排 ✿",
        *rows,
        "✿ 报名方式 ✿",
        "课程全部免费，每节课限30个家庭，报满即止。请在产科门诊护士站登记，或拨打孕妇学校电话报名。",
    ])
    assert all(row in _lines(doc) for row in rows)
    step = "关注“青禾市中心医院”微信公众号，点击菜单栏“互联网医院”进入；"
    doc = _one([
        "我院互联网医院正式上线",
        "2023-08-08",
        "首次使用互联网医院的患者，可按照以下步骤操作：",
        step,
        "完成实名注册，并绑定本人就诊卡；",
        "选择科室和医生，填写病情描述并上传相关检查资料。",
        *BODY,
    ])
    assert step in _lines(doc)


def test_more_chrome_of_these_pages_goes() -> None:
    """A shopping guide's votes and link note, a post's plea for likes, a gallery link, a channel's
    video card and a video that cannot play, a stock's quote with its code, a wiki's plea to
    edit, an author card's counts, an e-paper's navigation labels, a reading-time badge, a
    decorated 往期推荐 box: each goes."""
    chrome = [
        "值 126 不值 18 收藏 56 评论 32 分享",
        "*文中所提及的购买链接可能包含推广信息，价格以商品页面为准。",
        "喜欢这篇游记？点个赞吧",
        "查看原图（共8张）",
        "[视频号：青禾融媒]",
        "该视频暂时无法观看",
        "青禾新材 300917 28.35 +4.12%",
        "本词条缺少概述图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！",
        "文章 86 粉丝 2.3k 获赞 1.1w",
        "版面导航 ▼",
        "阅读时间约 4 分钟",
        "设为★星标★，育儿知识不错过",
        "觉得有用？ 点个赞吧 (356)",
        "7人回答 | 浏览 1,532 次",
        "快速提问：请输入您的问题，医生马上回答",
        "阅读(128) ┊ 评论 (3) ┊ 收藏(0)",
        "相关专题：健康某地 | 基层卫生 | 公立医院改革",
    ]
    doc = _one(["青禾市第二人民医院开展义诊", "发布时间：2023-05-14  来源：青禾市卫生健康委员会", *BODY, *chrome])
    assert _lines(doc) == BODY
    box = _one([
        "青禾市第二人民医院开展义诊", "2023-05-14", *BODY,
        "✦ 往期推荐 ✦", "青禾区家庭医生签约服务“十佳团队”出炉", "秋季腹泻高发，这些护理要点家长要知道",
    ])
    assert _lines(box) == BODY


def test_a_report_drafted_by_its_writers_names_them() -> None:
    """`执笔：某某 某某` under a CDC's quarterly report: its authors."""
    doc = _one(["青禾区2017年第三季度法定传染病疫情分析", "2017-10-12", *BODY, "执笔：郑宏 何佳"])
    assert doc.authors == ["郑宏", "何佳"]


def test_a_decisions_parties_stay_under_its_number() -> None:
    """A penalty decision: its number, then the party's fields a line (当事人, 统一社会信用代码,
    负责人, 地址), then the facts. The fields are the decision's and stay."""
    parties = ["当事人：青禾市河西区康泽口腔诊所", "统一社会信用代码：92530102MA6K3C7X1P", "负责人：邓某某", "地址：青禾市河西区广福路217号"]
    doc = _one([
        "当前位置：首页 > 卫生监督 > 行政处罚",
        "青禾市卫生和计划生育委员会行政处罚决定书（青卫医罚〔2017〕031号）",
        "[ 发布日期：2017-09-20 ]  [ 来源：市卫生计生监督所 ]  [ 浏览次数：207 ]",
        "青卫医罚〔2017〕031号",
        *parties,
        "2017年8月3日，我委卫生监督员对你单位进行监督检查时发现，你单位聘用的工作人员周某某未取得医师资格证书，正在为一名患者进行拔牙操作。",
        "以上事实有现场笔录、询问笔录等证据为证。你单位的行为违反了《医疗机构管理条例》第二十八条的规定。",
        "青禾市卫生和计划生育委员会",
        "2017年9月14日",
    ])
    assert all(p in _lines(doc) for p in parties)
    assert doc.published == "2017-09-20"


def test_a_machine_stamp_with_its_zone_is_the_date_not_the_title() -> None:
    """A phone news page prints the day as its feed gives it (2021-08-17T00:20:00+08:00) under the
    byline: the date, the local day; the headline stays the title."""
    doc = _one([
        "青禾新闻 > 民生 > 健康",
        "暑期儿童意外伤害就诊增多 医生提醒警惕这几类风险",
        "青禾新闻  记者：汪晓蕾",
        "2021-08-17T00:20:00+08:00",
        "来源：青禾新闻    阅读 2.3万",
        *BODY,
    ])
    assert doc.title == "暑期儿童意外伤害就诊增多 医生提醒警惕这几类风险"
    assert doc.published is not None and doc.published.startswith("2021-08-17")
    assert doc.authors == ["汪晓蕾"]


def test_a_headlines_media_mark_is_not_part_of_the_title() -> None:
    """`…巡回医疗车开进七个村（组图）`, `…远程心电会诊（图）`, `…【视频】`: the title without the mark."""
    for mark in ("（组图）", "（图）", "【视频】"):
        doc = _one([f"秋收时节送医下乡 巡回医疗车开进七个村{mark}", "发布时间：2020-10-12 07:58  来源：青禾县卫生健康局", *BODY])
        assert doc.title == "秋收时节送医下乡 巡回医疗车开进七个村"


def test_an_exports_account_card_and_its_fields_head_the_article() -> None:
    """An export tool's header: the account's card (名称, ID, 简介, 认证), then 文章, 作者, 日期. The
    article's headline, writer and day are read; the card goes."""
    doc = _one([
        "公众号名片",
        "名称：青禾县中医医院",
        "ID：qhxzyyy",
        "简介：青禾县中医医院官方服务号，提供预约挂号、报告查询、健康资讯等服务。",
        "认证：青禾县中医医院（事业单位）",
        "----------------------------------------",
        "文章：手机预约挂号怎么操作？这份就医指南请收好",
        "作者：吴佩",
        "日期：2019-08-26",
        "----------------------------------------",
        *BODY,
    ])
    assert doc.title == "手机预约挂号怎么操作？这份就医指南请收好"
    assert doc.published == "2019-08-26"
    assert doc.authors == ["吴佩"]
    assert _lines(doc) == BODY


def test_an_archives_account_blurb_does_not_start_the_body() -> None:
    """An archive of an account's articles: the account and its blurb, then 标题, the time, the
    writer and the source. The headline, the time, the writer and the source are read."""
    doc = _one([
        "首页 / 青禾县人民医院 / 2022年5月",
        "青禾县人民医院（qhxrmyy）",
        "青禾县人民医院官方公众号，发布医院动态、就医指南与健康科普。",
        "[订阅]  [RSS]",
        "标题：“5·12”国际护士节｜我院表彰2022年度“十佳护士”",
        "发表时间：2022-05-13 16:48:09",
        "文/护理部 韩冰  图/宣传科 贾磊",
        "来源：青禾县人民医院护理部",
        *BODY,
    ])
    assert doc.title == "“5·12”国际护士节｜我院表彰2022年度“十佳护士”"
    assert doc.published == "2022-05-13T16:48:09"
    assert doc.authors == ["韩冰"]
    assert doc.metadata.get("source_name") == "青禾县人民医院护理部"


def test_the_day_a_record_was_made_yields_to_the_day_it_was_published() -> None:
    """An 信息公开 grid's 生成日期 over the page's 发布时间: the day published is the date."""
    doc = _one([
        "青禾县卫生健康局2022年第二季度“双随机、一公开”抽查结果公示",
        "生成日期: 2022-07-01",
        "发布时间: 2022/07/08 10:26   来源: 青禾县卫生健康综合监督执法大队   浏览次数: 412",
        *BODY,
    ])
    assert doc.published == "2022-07-08T10:26"


def test_a_papers_kicker_over_the_headline() -> None:
    """An e-paper page: the masthead and its page's labels, then a short kicker over the headline and
    the reporters. The lower deck is the title, the kicker is kept in the metadata."""
    doc = _one([
        "青禾日报数字报 - 第A05版：健康·卫生",
        "2008年05月07日 星期三",
        "上一版  下一版   上一期  下一期",
        "托幼机构每日晨检 疫情实行零报告",
        "我市全面加强手足口病防控",
        "本报记者 冯某某 通讯员 韩某某",
        *BODY,
    ])
    assert doc.title == "我市全面加强手足口病防控"
    assert doc.metadata.get("kicker") == "托幼机构每日晨检 疫情实行零报告"
    assert doc.published == "2008-05-07"
    doc = _one([
        "青禾日报数字报",
        "2017年09月22日 星期五 | 今日12版",
        "当前版面：第04版 健康·科教",
        "字体：【大】【中】【小】  打印本页  PDF版",
        "跻身“国家队” 急性胸痛救治再提速",
        "青禾市中心医院通过国家胸痛中心认证",
        *BODY,
    ])
    assert doc.title == "青禾市中心医院通过国家胸痛中心认证"
    assert doc.published == "2017-09-22"


def test_a_duty_editor_beside_the_writer_is_no_author() -> None:
    """`作者：某某 值班编辑：某某` in one bar: the writer only."""
    doc = _one(["流感进入高发期 专家支招科学防护", "2018-12-05 15:31:20 稿件来源：青禾晚报 作者：程雪 值班编辑：骆一帆 浏览量：2317", *BODY])
    assert doc.authors == ["程雪"]
