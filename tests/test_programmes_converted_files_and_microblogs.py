"""Audio programme pages, notices converted from a PDF or a scan, photo stories and microblog posts:
what a user reads in the records of such pages. Each test is a page written for the project."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records

_TALK = [
    "主持人：各位听众朋友大家好，欢迎收听本期节目。春天到了，很多朋友一出门就打喷嚏、流眼泪，今天我们请来了变态反应科的医生。",
    "医生：大家好。春季花粉浓度升高，过敏体质的人容易出现鼻痒、喷嚏和眼睛发痒，和感冒不同的是一般不发热。",
    "主持人：那出门要注意些什么呢？",
    "医生：花粉浓度高的时段尽量少出门，出门戴口罩，回家后洗脸、冲洗鼻腔，症状明显的要在医生指导下规范用药。",
]


def test_a_programmes_episode_headline_is_the_title_and_its_buttons_and_boxes_go() -> None:
    """An audio programme's page: the episode's headline (`《…》第24期:…`) is the title, the bar's
    source is read; the listen and download buttons, the box of other episodes and the comment
    box's count and etiquette line go; the talk stays."""
    doc = _one([
        "澄川市第二人民医院",
        "首页 | 医院概况 | 新闻中心 | 科室导航 | 健康科普 | 联系我们",
        "无障碍浏览　长者模式　　今天是：2026年4月2日 星期四　晴 12℃~21℃",
        "当前位置：首页 > 健康科普 > 健康广播 > 正文",
        "《健康广播站》第24期：春季花粉过敏怎么办",
        "发布时间：2026-04-02 10:15　　来源：澄川市第二人民医院宣传科　　浏览次数：862",
        "【字体：大 中 小】　【打印本页】　【关闭窗口】",
        "节目时长：16分20秒　　主播：小雨　　嘉宾：变态反应科主治医师",
        "▶ 点击收听本期节目　　　下载音频（MP3，15.2MB）",
        "本期要点：",
        "00:00 开场",
        "02:10 花粉过敏和感冒的区别",
        "08:40 出门的防护",
        *_TALK,
        "相关节目",
        "· 健康广播站｜秋冬季节如何护心",
        "· 健康广播站｜孩子发热别慌张",
        "网友评论（3）　　请文明上网，理性发言　　[发表评论]",
    ])
    assert doc.title == "《健康广播站》第24期：春季花粉过敏怎么办"
    assert doc.published.startswith("2026-04-02")
    assert doc.metadata.get("source_name") == "澄川市第二人民医院宣传科"
    lines = _lines(doc)
    for said in _TALK:
        assert said in lines
    assert not any("点击收听" in ln or "下载音频" in ln or "相关节目" in ln or "秋冬季节" in ln or "文明上网" in ln for ln in lines)


def test_a_channel_posts_long_card_between_its_headline_and_its_talk_is_its_head() -> None:
    """A channel article's export of an episode: its headline and account line at the top, then the
    account's card, the listen button, the host's line and the stated source before the talk. The
    headline, the day, the writer and the source are read; the card and the button go."""
    doc = _one([
        "健康电台｜第9期：春天过敏，吃药还是忍着？",
        "原创 何晓岚 澄川市第二人民医院 2026年04月03日 18:20 湖南",
        "澄川市第二人民医院",
        "微信号 ccsdermyy_wx",
        "功能介绍 澄川市第二人民医院官方服务号：预约挂号、报告查询、健康科普。",
        "收录于合集 #健康电台 9个",
        "点击上方蓝字 关注我们",
        "🎧 点击收听本期《健康电台》（时长 14:08）",
        "本期主播：小雨　　本期嘉宾：变态反应科主治医师",
        "来源：澄川市第二人民医院变态反应科",
        "—— 本期节目单 ——",
        "① 过敏和感冒怎么分",
        "② 出门怎么防护",
        *_TALK,
    ])
    assert doc.title == "健康电台｜第9期：春天过敏，吃药还是忍着？"
    assert doc.published.startswith("2026-04-03")
    assert doc.authors == ["何晓岚"]
    assert doc.metadata.get("source_name") == "澄川市第二人民医院变态反应科"
    lines = _lines(doc)
    assert _TALK[0] in lines
    assert not any("点击收听" in ln or "微信号" in ln or "功能介绍" in ln for ln in lines)


def test_a_channel_headline_listing_what_it_offers_is_the_title() -> None:
    """A post's headline that lists what the service does (`挂号、缴费、查报告`) over the account's
    line: the title and the day are read, the list counting as one clause of the headline."""
    doc = _one([
        "智能导诊“小澄”上线啦！挂号、缴费、查报告，扫码就能用→",
        "原创 周晓岚 澄川市第二人民医院 2026年05月12日 17:40 湖南",
        "澄川市第二人民医院",
        "点击上方蓝字 关注我们",
        "近日，走进澄川市第二人民医院门诊大厅的市民会发现，导诊台旁多了一块竖屏，屏幕里的智能导诊员“小澄”会主动打招呼。",
        "“小澄”依托医院的号源和排班数据，可以根据患者描述的症状推荐科室和医生，并在对话中直接完成挂号。",
        "信息科负责人介绍，上线首周共接待咨询两千余人次，分诊推荐准确率在九成以上。",
    ])
    assert doc.title == "智能导诊“小澄”上线啦！挂号、缴费、查报告，扫码就能用→"
    assert doc.published.startswith("2026-05-12")
    assert doc.authors == ["周晓岚"]


def test_a_notice_converted_from_a_pdf_loses_the_files_marks_and_keeps_its_text() -> None:
    """A bulletin posted as the text of its PDF: the note that it was converted, the scanner app's
    mark, the issuer's page footer (`…第2页/共2页`) and the bulletin's running header go; the
    page's headline (not the masthead's `第5期`), its day and its source (`已阅 321` a read count) are read."""
    doc = _one([
        "澄川卫健",
        "首页  资讯  政策  办事",
        "资讯 / 工作简报",
        "全市基层医疗机构医疗质量工作简报（第5期）",
        "来源：澄川市卫生健康委员会  2026-08-18 16:02:11  已阅 321",
        "【本文内容由PDF附件自动转换】",
        "澄川市卫生健康委员会                    第1页/共2页",
        "基层医疗质量",
        "工作简报",
        "第5期",
        "澄川市卫生健康委员会基层卫生科            2026年8月15日",
        "　　今年以来，全市各乡镇卫生院和社区卫生服务中心扎实开展医疗质量提升行动，病历书写合格率明显提高。",
        "扫描全能王 创建",
        "澄川市卫生健康委员会　基层医疗质量简报　2026年第5期",
        "　　下一步，市卫生健康委将继续开展季度质控检查，并将检查结果纳入绩效考核。",
        "澄川市卫生健康委员会                    第2页/共2页",
    ])
    assert doc.title == "全市基层医疗机构医疗质量工作简报（第5期）"
    assert doc.published.startswith("2026-08-18")
    assert doc.metadata.get("source_name") == "澄川市卫生健康委员会"
    text = "\n".join(_lines(doc))
    assert "病历书写合格率明显提高" in text and "纳入绩效考核" in text
    for chrome in ("PDF附件自动转换", "扫描全能王", "第2页/共2页", "第1页/共2页", "基层医疗质量简报　2026年第5期"):
        assert chrome not in text


def test_a_photo_storys_figcaptions_stay_when_they_tell_more_than_its_sentences(tmp_path: Path) -> None:
    """A photo story (图说) whose five figcaptions say more than its two paragraphs: the captions are
    the story and stay, each credit under them goes; the headline, its bar and the pager do not
    count as the story's prose."""
    captions = [
        "▲ 在门诊大厅，志愿者向候诊的老人介绍自助机的使用方法和挂号流程。",
        "▲ 护士长为前来咨询的市民测量血压，并讲解高血压患者日常用药的注意事项。",
        "▲ 康复科医生现场示范颈椎操，不少市民跟着一起做，现场气氛热烈。",
        "▲ 药师为市民逐一核对家中带来的药品，清理过期药品十余盒。",
        "▲ 活动最后，参加义诊的医护人员和志愿者在门诊楼前合影，约定下月再来。",
    ]
    figures = "".join(
        f'<figure><img src="/p/{i}.jpg" alt=""><figcaption>{c}</figcaption><div class="pic-credit">（摄影：宋一帆）</div></figure>'
        for i, c in enumerate(captions)
    )
    html = f"""<html><head><meta charset="utf-8"><title>图说 | 社区健康日</title></head><body>
<div class="top"><a href="/">首页</a><a href="/news/">新闻中心</a><a href="/pic/">图片新闻</a></div>
<main class="photo-story"><h1>图说 | 社区健康日：医护人员走进社区</h1>
<p class="meta">时间：2026-05-20 09:30 &nbsp; 文：宋一帆 &nbsp; 来源：宣传科</p>
<p>5月19日，澄川市第二人民医院组织二十余名医护人员走进东湖社区开展健康日活动，为居民提供义诊和健康咨询。</p>
{figures}
<p>据了解，医院每月开展一次社区健康日活动，下期将走进西湖社区。</p>
<div class="editor">责任编辑：覃露</div>
<div class="pagebar"><span>上一篇：<a href="/pic/1.html">医院举行护士节表彰大会</a></span></div>
</main><div class="foot">澄川市第二人民医院 版权所有</div></body></html>"""
    doc = _page(tmp_path, "photo.html", html)
    lines = _lines(doc)
    for caption in captions:
        assert caption in lines
    assert not any("摄影" in ln for ln in lines)


def test_a_photo_storys_captions_credited_after_a_space_stay() -> None:
    """A text page's photo story whose captions end with the photographer after a space
    (`…。　某某 摄`): the captions are its sentences and stay."""
    captions = [
        "图①：早上7时30分，社区医生在卫生服务中心门口为早起锻炼的居民测量血压。　宋一帆 摄",
        "图②：上午9时，家庭医生团队来到独居老人家中，检查老人的用药情况。　宋一帆 摄",
        "图③：中午12时，医生们在办公室里匆匆吃上一口盒饭，又开始整理随访记录。　宋一帆 摄",
        "图④：下午3时，护士为行动不便的老人上门换药，并叮嘱家属注意事项。　宋一帆 摄",
        "图⑤：傍晚6时，团队回到中心，汇总当天的随访数据，为第二天做准备。　宋一帆 摄",
    ]
    doc = _one([
        "图说｜跟着家庭医生走一天",
        "2026-06-08 08:00　来源：澄川晚报　文/宋一帆",
        "【导语】家庭医生团队每天奔走在社区里，记者跟随东湖社区的一支团队，记录下他们的一天。",
        *[line for c in captions for line in ("[图片]", c)],
        "【结语】据统计，全市家庭医生团队今年已累计上门随访十二万人次。",
    ])
    text = "\n".join(_lines(doc))
    for said in ("为早起锻炼的居民测量血压", "检查老人的用药情况", "又开始整理随访记录", "为第二天做准备"):
        assert said in text


_POST = (
    "【东湖区启动家庭医生“上门服务月”】#家庭医生在身边# 5月10日，东湖区卫生健康局启动为期一个月的家庭医生"
    "“上门服务月”活动，全区9家社区卫生服务中心的60支家庭医生团队，将为辖区内失能半失能老人、重度残疾人等"
    "行动不便人群提供上门诊疗和上门护理服务。"
)


def test_a_microblog_posts_bracketed_headline_is_its_title_and_the_profile_goes() -> None:
    """A microblog post saved from its page: the headline in brackets opening the post is the
    title (the post keeps it), the stamp's day (`26-5-10 15:20 · 来自 …`) the date, the poster's
    name over it the account; the profile's counts, the post's preview cut short over it, the
    stamp again, the repost box and the comments under the sort switch go."""
    doc = _one([
        "微博",
        "首页",
        "搜索微博",
        "东湖卫健",
        "东湖区卫生健康局官方微博",
        "2.6万粉丝 · 3,120微博 · 关注",
        "全部",
        "原创",
        "视频",
        "东湖卫健",
        "26-5-10 15:20 · 来自 微博网页版",
        _POST[:70] + "...展开",
        "东湖卫健",
        "26-5-10 15:20 · 来自 微博网页版 · 已编辑",
        _POST,
        "有需要的居民可以联系签约的家庭医生团队，或拨打所在社区卫生服务中心的预约电话申请上门服务。",
        "收起",
        "同时转发到我的微博",
        "按热度",
        "小满同学",
        "：我妈腿脚不方便，这个太需要了",
        "5-10 16:02 来自东湖",
        "回复",
    ])
    assert doc.title == "东湖区启动家庭医生“上门服务月”"
    assert doc.published.startswith("2026-05-10")
    assert doc.metadata.get("account_name") == "东湖卫健"
    text = "\n".join(_lines(doc))
    assert text.count("启动为期一个月的家庭医生") == 1
    assert "拨打所在社区卫生服务中心的预约电话" in text
    for chrome in ("粉丝", "来自", "转发到我的微博", "按热度", "太需要了"):
        assert chrome not in text


def test_a_microblogs_long_article_keeps_its_headline_over_the_posters_name() -> None:
    """A microblog's long article: its headline stands over the poster's name and the stamp;
    it is the title, the name is the account."""
    doc = _one([
        "首页  视频  发现  话题  注册  登录",
        "澄川市第二人民医院 V",
        "+关注",
        "头条文章",
        "春季过敏高发，这份防护指南请收好",
        "澄川市第二人民医院",
        "2026-04-10 18:00 来自 微博网页版",
        "春天到了，不少市民一出门就打喷嚏、流眼泪。医院变态反应科医生提醒，过敏体质的人要做好防护。",
        "花粉浓度高的时段尽量少出门，出门戴口罩，回家后洗脸、冲洗鼻腔，症状明显的要在医生指导下规范用药。",
    ])
    assert doc.title == "春季过敏高发，这份防护指南请收好"
    assert doc.published.startswith("2026-04-10")
    assert doc.metadata.get("account_name") == "澄川市第二人民医院"


def test_a_profile_pages_name_is_no_headline(tmp_path: Path) -> None:
    """A saved microblog profile (`某某的微博_微博`) whose `<h1>` is the poster's name: no headline; the
    post's bracketed headline, under a repost's comment, is the title."""
    html = f"""<html><head><meta charset="utf-8"><title>东湖卫健的微博_微博</title></head><body>
<div class="header"><h1 class="username">东湖卫健</h1><div class="intro">东湖区卫生健康局官方微博</div></div>
<div class="feed"><div class="from">2026-05-10 15:20 来自 微博网页版</div>
<div class="text">为家庭医生点赞！#东湖正能量# //@东湖区人民医院:感谢每一位上门服务的医护人员，辛苦了！</div>
<div class="text">{_POST}</div>
<div class="text">有需要的居民可以联系签约的家庭医生团队，或拨打所在社区卫生服务中心的预约电话申请上门服务。</div>
</div></body></html>"""
    doc = _page(tmp_path, "profile.html", html)
    assert doc.title == "东湖区启动家庭医生“上门服务月”"


def test_a_department_beside_the_writer_is_no_writer() -> None:
    """`作者:产科门诊 某某`: the department that wrote the piece is no second writer."""
    doc = _one([
        "孕妇学校怎么报名？这些问题一次说清",
        "2026-03-20  |  作者：产科门诊 梁一诺  |  来源：澄川市第二人民医院  |  阅读：4521次",
        "孕妇学校每周二、周四下午开课，孕妈妈可通过医院公众号预约，每次课程限20组家庭。",
        "上课时请带好母子健康手册，准爸爸可以一起参加，课程内容包括分娩方式、母乳喂养和新生儿护理。",
    ])
    assert doc.authors == ["梁一诺"]


def test_a_comment_box_drawn_with_arrows_goes_with_its_comments() -> None:
    """A comment box headed `↓↓↓ 网友评论 ↓↓↓`: the heading and the comments under it go."""
    doc = _one([
        "医院孕妇学校六月课程表发布",
        "2026-05-29 07:52　来源：澄川晚报",
        "澄川市第二人民医院孕妇学校六月课程表已经发布，本月共安排12节课，内容涵盖孕期营养、分娩镇痛和新生儿护理。",
        "孕妈妈可通过医院公众号预约，准爸爸也可以一起报名参加，每节课限20组家庭。",
        "↓↓↓ 网友评论 ↓↓↓",
        "糖糖妈：已经约上了，带老公一起去",
        "澄川小王：换尿布比赛好有意思",
    ])
    text = "\n".join(_lines(doc))
    assert "每节课限20组家庭" in text
    assert "网友评论" not in text and "已经约上了" not in text


def test_a_news_apps_bar_and_font_switches_in_words_are_read_and_go() -> None:
    """A news app's page: the app it was posted on (`发布于某某新闻客户端`) is the source without the
    verb; a font switch in words or pluses (`字号 小 标准 大 特大`, `A  A+  A++`) is no title and goes."""
    doc = _one([
        "澄川新闻",
        "打开APP",
        "澄川市第二人民医院开设夜间儿科门诊",
        "2026-02-10 11:36 · 发布于澄川新闻客户端 · 阅读 2.9万",
        "字号 小 标准 大 特大",
        "A  A+  A++",
        "记者从澄川市第二人民医院获悉，该院自2月10日起开设夜间儿科门诊，每天18时至22时接诊，方便上班族家长带孩子看病。",
        "医院表示，夜间门诊由儿科主治医师以上职称的医生坐诊，检验、药房和收费窗口同步延时服务。",
    ])
    assert doc.title == "澄川市第二人民医院开设夜间儿科门诊"
    assert doc.metadata.get("source_name") == "澄川新闻客户端"
    text = "\n".join(_lines(doc))
    assert "字号" not in text and "A++" not in text


def test_a_video_pages_player_notes_and_a_sites_statement_go() -> None:
    """An interview page's player notes (the clarity list, a Flash note, a QR code to watch it on a
    phone), the site's statement on what it posts and a row of friendly links split by ┊ go."""
    doc = _one([
        "名医访谈｜春季过敏怎么防",
        "2026-04-12 10:00　来源：澄川健康网",
        "清晰度：超清 高清 标清",
        "请安装Flash Player或使用支持HTML5的浏览器观看",
        "主持人：春天到了，很多朋友一出门就打喷嚏，这是感冒还是过敏？",
        "医生：过敏一般不发热，主要是阵发性的喷嚏、鼻痒和清水样鼻涕，每年差不多同一个季节都会犯。",
        "扫一扫二维码，在手机上观看本期访谈视频",
        "本网声明：本网站所载访谈内容仅供参考，具体诊疗请遵医嘱。",
        "友情链接：澄川大学 ┊ 省卫生健康委员会 ┊ 澄川市红十字会",
    ])
    lines = _lines(doc)
    assert "医生：过敏一般不发热，主要是阵发性的喷嚏、鼻痒和清水样鼻涕，每年差不多同一个季节都会犯。" in lines
    for chrome in ("清晰度", "Flash", "扫一扫", "本网声明", "友情链接"):
        assert not any(chrome in ln for ln in lines), chrome


def test_a_roundup_of_institutions_lists_counted_in_its_headline_is_split() -> None:
    """A commission's page on four hospitals' lists of approved techniques (`我市4家医疗机构…准入名单`):
    a 名单 headline counting the institutions as many as its parts is a roundup, one record each."""
    docs = _records([
        "我市4家医疗机构公示新技术新项目准入名单",
        "时间：2026-04-02 09:41　　来源：市卫健委医政医管科",
        "近日，按照医疗技术临床应用管理的有关要求，我市4家医疗机构相继在官方网站公示了一季度新技术新项目准入名单。",
        "一、澄川市人民医院",
        "该院本季度准入新技术新项目12项，重点项目包括经导管主动脉瓣置换术和机器人辅助膝关节置换术，公示期5个工作日。",
        "二、澄川市中医院",
        "该院准入项目8项，以中西医结合特色技术为主，包括超声引导下针刀松解术和揿针治疗术后疼痛。",
        "三、澄川市妇幼保健院",
        "该院准入项目6项，主要集中在产科和新生儿科，包括胎儿镜手术和新生儿亚低温治疗。",
        "四、澄川医学院附属医院",
        "该院准入项目10项，其中3项为省内首次开展，包括细胞免疫治疗和经皮内镜椎间孔减压术。",
    ])
    named = [d.institution for d in docs if d.institution]
    assert named == ["澄川市人民医院", "澄川市中医院", "澄川市妇幼保健院", "澄川医学院附属医院"]


def test_an_institutions_name_under_a_clinics_hours_is_no_caption() -> None:
    """A guide to four hospitals' clinics, each part the hospital's name, a heading, a paragraph and
    the clinic's hours (`门诊时间:…`, unpunctuated): the name under the hours is the next part's,
    not a caption under a sentence cut off; the roundup has its four records."""
    parts = [
        ("澄川市第一人民医院", "打鼾、憋气多学科会诊", "澄川市第一人民医院睡眠医学中心每晚开放6间睡眠监测室，联合耳鼻喉科、口腔科开展诊疗。", "门诊时间：周一至周五全天，门诊楼三楼C区"),
        ("澄川市中医院", "针灸、穴位贴敷调睡眠", "澄川市中医院的失眠专病门诊偏重调理，医生辨证施治，配合针灸、耳穴压豆等方法。", "门诊时间：周二、周四、周六上午，国医馆二楼"),
        ("澄川市精神卫生中心", "失眠背后的焦虑、抑郁", "澄川市精神卫生中心睡眠障碍科开展失眠认知行为治疗，帮助患者重建睡眠习惯。", "门诊时间：周一至周日上午，心理门诊楼一楼"),
        ("澄川市妇幼保健院", "孩子打呼噜、张嘴睡要当心", "澄川市妇幼保健院儿童睡眠门诊可为3岁以上儿童进行睡眠监测，并联合耳鼻喉科评估。", "门诊时间：每周一、三、五下午，儿科楼四楼"),
    ]
    docs = _records([
        "世界睡眠日｜睡不好别硬扛，这4家医院的睡眠门诊可以帮你",
        "2026-03-21 08:30　来源：澄川晚报",
        "3月21日是世界睡眠日。记者近日走访发现，我市已有多家医院开设了睡眠专科门诊，各有特色。",
        *[line for part in parts for line in part],
        "记者提醒，以上门诊均可通过医院公众号提前预约。",
    ])
    assert [d.institution for d in docs if d.institution] == [p[0] for p in parts]


def test_a_bylines_avatar_placeholder_is_passed_over() -> None:
    """A news app's page with the writer's picture left as `[头像]` between the headline and the
    byline: the headline is the title and the byline is read."""
    doc = _one([
        "澄川新闻 | 澄川日报社官方客户端",
        "当前频道：健康 > 医院动态",
        "澄川市第二人民医院试点“无陪护病房” 家属不再陪床熬夜",
        "[头像]",
        "澄川日报全媒体记者 周一诺",
        "2026-03-18 09:41  发布于湖南  澄川新闻客户端",
        "来源：澄川日报",
        "3月17日上午，记者走进澄川市第二人民医院骨科病区，看到护理员正在为刚做完手术的患者翻身、擦洗。",
        "医院护理部负责人介绍，无陪护病房由经过培训的医疗护理员在护士指导下提供24小时生活照护。",
    ])
    assert doc.title == "澄川市第二人民医院试点“无陪护病房” 家属不再陪床熬夜"
    assert doc.authors == ["周一诺"]
    assert doc.metadata.get("source_name") == "澄川日报"


def test_a_browsers_printed_reader_view_keeps_the_article_and_reads_its_head() -> None:
    """A page printed from a browser's reader view: the printed header (the page's <title>, its
    address after a gap) over the headline is no body; the headline, the bar and the byline are read;
    the printed footer (`第 1 页,共 2 页  2026/4/9 上午8:14`), the link back and the address go."""
    doc = _one([
        "澄川市启动适龄女孩HPV疫苗免费接种工作 - 澄川健康网        about:reader?url=https%3A%2F%2Fwww.example.cn%2Fkx%2F1.shtml",
        "www.example.cn",
        "澄川市启动适龄女孩HPV疫苗免费接种工作",
        "2026-04-08 16:30  来源：澄川市疾控中心  作者：章一帆",
        "4月8日，澄川市适龄女孩HPV疫苗免费接种工作在各县（市、区）同步启动，符合条件的女孩可免费接种2剂次疫苗。",
        "据市疾控中心介绍，全市共设置接种门诊37个，接种工作以学校为单位统一组织，家长扫码登记后分批预约。",
        "第 1 页，共 2 页                                         2026/4/9 上午8:14",
        "查看原网页：www.example.cn",
        "第 2 页，共 2 页                                         2026/4/9 上午8:14",
    ])
    assert doc.title == "澄川市启动适龄女孩HPV疫苗免费接种工作"
    assert doc.published.startswith("2026-04-08")
    assert doc.authors == ["章一帆"]
    text = "\n".join(_lines(doc))
    assert "全市共设置接种门诊37个" in text
    for chrome in ("about:reader", "第 1 页", "查看原网页", "www.example.cn"):
        assert chrome not in text, chrome


def test_a_self_media_bar_split_by_bars_and_a_stated_content_source_are_read() -> None:
    """A self-media page's bar (`某某融媒 | 发布于 2026-05-06 20:18 | 浙江`) gives the day and the
    account as the source; `内容来源:` names the source; the platform's disclaimer and a paper's
    masthead with the lunar day go."""
    doc = _one([
        "今日澄川  2026年5月6日  农历三月二十  多云转晴  16℃~25℃",
        "澄川县人民医院胸痛中心通过国家认证 心梗救治跑出“加速度”",
        "澄川融媒 | 发布于 2026-05-06 20:18 | 浙江",
        "澄川县人民医院胸痛中心日前顺利通过国家胸痛中心认证，成为全市第三家通过该认证的县级医院。",
        "医院负责人表示，通过认证只是新的起点，下一步将继续加强院前院内衔接，提高救治效率。",
        "*本文为自媒体作者在某某头条发布，不代表平台观点",
    ])
    assert doc.published.startswith("2026-05-06")
    assert doc.metadata.get("source_name") == "澄川融媒"
    text = "\n".join(_lines(doc))
    assert "农历" not in text and "不代表平台观点" not in text
    stated = _one([
        "澄川市出台十项举措改善患者就医体验",
        "作者：陈一鸣",
        "内容来源：澄川日报",
        "近日，澄川市卫生健康委出台十项举措，从预约挂号、检查检验到出院结算，全流程改善患者就医体验。",
        "各医院将在门诊大厅设立一站式服务中心，为老年人和残疾人提供陪诊服务。",
    ])
    assert stated.metadata.get("source_name") == "澄川日报"


def test_a_page_its_headline_calls_a_photo_story_keeps_its_marked_captions(tmp_path: Path) -> None:
    """A picture page headed `图说｜…` whose six ▲ captions hold a little less than its three
    paragraphs (one of them saved twice): the captions are the story and stay (an ordinary
    article's captions go)."""
    captions = [
        "▲早上7点30分，交接班开始。夜班护士逐床交代患者病情、用药和管路情况。",
        "▲护士为一位气管插管患者吸痰。护士每天要完成翻身、吸痰、口腔护理等上百项操作。",
        "▲上午10点，医护团队联合查房，护士长汇报患者夜间生命体征变化。",
        "▲中午12点，护士们轮流在休息室匆匆吃上几口饭，随时准备返回岗位。",
        "▲下午3点，探视时间。护士通过视频连线，让家属“见一见”亲人。",
        "▲深夜，病房里只剩下仪器的声音，夜班护士仍在逐一核对输液泵参数。",
    ]
    middle = "<p>澄川市第一人民医院重症医学科现有床位32张、护士86名，平均年龄29岁。护士长说，重症患者大多无法言语表达，护士必须时刻留意。</p>"
    pics = [f'<div class="pic"><img src="/p/{i}.jpg" alt=""><p class="cap">{c}</p></div>' for i, c in enumerate(captions)]
    html = f"""<html><head><meta charset="utf-8"><title>图说丨重症监护室护士的一天</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/pic/">图片</a></div>
<h1>图说丨重症监护室护士的一天：守护生命的“最后一道防线”</h1>
<div class="info">2026-05-11 09:00　来源：澄川网　文：周一帆　图：宋一鸣</div>
<div class="content">
<p>5·12国际护士节前夕，我们走进澄川市第一人民医院重症医学科，记录下护士们平凡而忙碌的一天。这里收治的都是病情最重的患者。</p>
{''.join(pics[:3])}{middle}{middle}{''.join(pics[3:])}
<p>“病人转出重症监护室的那一刻，是我们最有成就感的时候。”从事重症护理工作11年的护士说。去年该科共收治危重患者两千余人次。</p>
</div><div class="foot">澄川网 版权所有</div></body></html>"""
    doc = _page(tmp_path, "icu.html", html)
    lines = _lines(doc)
    for caption in captions:
        assert caption in lines


def test_an_accounts_nickname_in_the_writers_place_is_no_writer_and_a_service_accounts_qr_goes() -> None:
    """A channel line with the account's nickname where a writer's name stands (`原创 某某湾健康 …`)
    and the writer signed below (`文/某某`): the signed writer is the author, the nickname is not; a
    QR prompt to follow a service account (`扫描二维码，关注…服务号`) goes."""
    doc = _one([
        "65岁以上老人免费体检开始啦！这份攻略请收好",
        "原创 澄湾健康 澄湾街道社区卫生服务中心 2026-04-22 17:30 浙江",
        "春暖花开，一年一度的65岁及以上老年人免费健康体检又开始啦！辖区内居住半年以上的老人都可以参加。",
        "体检当天请空腹，携带身份证和医保卡，到中心二楼体检科登记，体检报告一周后可在服务号查询。",
        "文/周一敏",
        "扫描二维码，关注澄湾街道社区卫生服务中心服务号",
    ])
    assert doc.authors == ["周一敏"]
    assert not any("扫描二维码" in ln for ln in _lines(doc))
