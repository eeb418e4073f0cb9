"""Roundups headed in more than one form at once, event notices under a box of links, phone pages
that fold the rest of the article away, blog themes and old hospital sites: where the title, the
day and the writers stand on them, and what goes. Each test is a page written for the project,
and what a user reads in the records is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records

_BODY = "　　为进一步方便群众就医，医院近日优化了门诊服务流程，增设了自助挂号机和导诊台，患者平均候诊时间明显缩短。"


def test_an_event_notices_fields_under_a_box_of_links_stay() -> None:
    """A box of links (`相关阅读` and its marked headlines) over the notice's own fields (`活动时间`,
    its day, `活动地点`, its place, the numbered items): the box goes at the first field, the event's
    details stay."""
    doc = _one([
        "世界骨质疏松日专家义诊 还有免费骨密度检测",
        "原创 溪口县人民医院 溪口县人民医院 2023-10-17 18:30",
        "　　10月20日是世界骨质疏松日。为提高群众对骨质疏松的认识，医院骨科、内分泌科将联合开展义诊暨健康讲座活动。",
        "相关阅读",
        "▶ 老人摔了一跤就骨折？当心骨质疏松",
        "▶ 补钙就是喝骨头汤？这些误区要避开",
        "活动时间",
        "2023年10月20日(星期五)上午8:00-11:30",
        "活动地点",
        "溪口县人民医院门诊楼一楼大厅",
        "1.免费骨密度检测(限前100名)；",
        "2.专家现场解读检查结果，提供用药建议；",
        "　　骨质疏松可防可治，关键在于早筛查、早干预，欢迎中老年朋友前来参加。",
        "撰稿：骨科 吴某某 黄某",
        "编辑：许某某 | 审核：叶某",
        "—END—",
        "溪口县人民医院",
        "微信号：xkrmyy",
        "功能介绍：溪口县人民医院官方公众号。预约挂号、报告查询、健康科普，一号通办。",
    ])
    lines = _lines(doc)
    for kept in ("活动时间", "2023年10月20日(星期五)上午8:00-11:30", "活动地点", "溪口县人民医院门诊楼一楼大厅", "1.免费骨密度检测(限前100名)；"):
        assert kept in lines
    assert not any("相关阅读" in ln or "骨头汤" in ln for ln in lines)
    # (the writers' credit above the end mark and the account's card is read, however long the card's blurb)
    assert doc.authors == ["吴某某", "黄某"]


def test_an_accounts_line_names_its_writer_not_an_account_as_a_person() -> None:
    """A channel post's line with two names before the time: a person's name is the writer's
    (`张某某 澄川健康 …`); an office and the account's own name (`澄川县卫生健康局 澄川健康 …`) name no
    writer, and the account's name (a place and its field, `澄川健康`) is no person's."""
    person = _one(["澄川县开展春季义诊活动", "张某某 澄川健康 2024年02月26日 09:00", _BODY])
    assert person.authors == ["张某某"]
    assert person.published.startswith("2024-02-26")
    office = _one(["澄川县开展春季义诊活动", "澄川县卫生健康局 澄川健康 2024年02月26日 09:00", _BODY])
    assert office.authors == []
    assert office.published.startswith("2024-02-26")
    # (a hospital's short name in the writer's slot of `原创 … account …` is the account's, no writer)
    short = _one(["产后复查别卡着日子去", "原创 安和妇产 临江安和妇产医院 2024年04月02日 08:30", _BODY])
    assert short.authors == []


def test_a_roundup_headed_in_several_forms_is_split_at_each() -> None:
    """One roundup whose sections are headed `■ name headline`, `name：headline`, the name alone on
    its line, and, for one, by nothing but the name opening its paragraph (`某某乡卫生院则…`): a record
    for each of the five; the opening and closing paragraphs are no institution's."""
    docs = _records([
        "“健康义诊月”活动在我县各乡镇全面铺开",
        "2024年10月9日　来源:溪口报",
        "　　国庆假期过后，我县“健康义诊月”活动在各乡镇全面铺开，县级医院专家与乡镇卫生院医生组成联合义诊队，深入村社、学校和企业。",
        "★",
        "■ 溪口县人民医院 专家团队下沉偏远山村",
        "　　10月6日，溪口县人民医院组织心血管内科、消化内科、眼科等6个科室的专家，驱车两个多小时来到最偏远的高坪村开展义诊。",
        "★",
        "溪口县中医院：中医适宜技术走进田间地头",
        "　　正值秋收时节，溪口县中医院义诊队把服务点设在了晒谷场边，为农忙间隙的村民提供针灸、推拿、拔罐等中医适宜技术服务。",
        "★",
        "渡口镇卫生院",
        "　　近日，渡口镇卫生院在镇农贸市场开展“赶集日义诊”，医务人员为赶集群众免费测量血压血糖、开展健康咨询。",
        "★",
        "　　云雾乡卫生院则把义诊送进了乡中心学校，为全校四百多名师生开展视力筛查和口腔检查，并上了一堂健康教育课。",
        "★",
        "■ 溪口县妇幼保健院 “两癌”筛查进企业",
        "　　10月8日，溪口县妇幼保健院走进县工业园区，为园区7家企业的女职工开展宫颈癌、乳腺癌免费筛查，共完成筛查350人。",
        "★",
        "　　据县卫健局介绍，“健康义诊月”活动将持续到10月底，其间还将组织县级医院专家到各乡镇卫生院带教查房。",
    ])
    named = [d.institution for d in docs if d.institution]
    assert named == ["溪口县人民医院", "溪口县中医院", "渡口镇卫生院", "云雾乡卫生院", "溪口县妇幼保健院"]
    clinic = next(d for d in docs if d.institution == "云雾乡卫生院")
    assert _lines(clinic)[0].startswith("云雾乡卫生院则把义诊送进了")


def test_a_section_whose_paragraph_names_another_unit_in_passing_is_not_split() -> None:
    """Inside a headed section, a paragraph that opens with another institution's people speaking
    (`某某卫生院院长表示…`) is that section's story, no section of its own."""
    docs = _records([
        "我县多家医院开展送医下乡活动",
        "　　近日，我县多家医院组织专家开展送医下乡活动，把优质医疗服务送到群众家门口。",
        "■ 溪口县人民医院 专家团队下沉偏远山村",
        "　　10月6日，溪口县人民医院组织心血管内科、消化内科、眼科等6个科室的专家，来到高坪村开展义诊，为130余名村民提供诊疗服务。",
        "　　高坪村卫生室医生表示，县里专家的到来让村民们在家门口就能看上好医生，也让村医学到了不少实用技术。",
        "　　云雾乡卫生院院长表示，县医院专家每月来乡里坐诊一次，帮助乡卫生院提升慢病管理水平，群众十分欢迎。",
        "■ 溪口县中医院 中医适宜技术走进田间地头",
        "　　正值秋收时节，溪口县中医院义诊队把服务点设在了晒谷场边，为农忙间隙的村民提供针灸、推拿、拔罐等中医适宜技术服务。",
    ])
    assert [d.institution for d in docs if d.institution] == ["溪口县人民医院", "溪口县中医院"]


def test_a_roundups_marked_heading_under_a_box_of_bare_headlines_stays() -> None:
    """A box of links inside a roundup (`相关新闻：` and two bare headlines) over the next section's
    marked heading (`■ 青石镇卫生院 …`), its paragraph opening with the same name: the heading is the
    roundup's, and its section is found."""
    docs = _records([
        "我市多家医疗机构开展“服务百姓健康行动”",
        "　　9月以来，我市各级医疗卫生机构结合主题活动，把义诊、健康宣教、慢病随访送到群众家门口。",
        "■ 溪口县人民医院 开展义诊进社区",
        "　　9月14日上午，溪口县人民医院组织心内科、内分泌科、骨科等科室的医务人员，来到清河社区开展义诊活动。",
        "■ 澄川市第二人民医院 “云上门诊”延伸到村",
        "　　澄川市第二人民医院依托远程医疗平台，与辖区14个村卫生室建立了视频会诊通道，村民在村里就能和专家面对面。",
        "相关新闻：",
        "澄川市启动“健康进万家”系列活动",
        "我市新增3家基层远程会诊中心",
        "■ 青石镇卫生院 家庭医生签约服务提质扩面",
        "　　青石镇卫生院将全镇划分为6个网格，每个网格由1名全科医生、1名护士和1名公卫人员组成家庭医生团队。",
    ])
    named = [d.institution for d in docs if d.institution]
    assert named == ["溪口县人民医院", "澄川市第二人民医院", "青石镇卫生院"]
    assert not any("健康进万家" in ln for d in docs for ln in _lines(d))


def test_a_heading_under_an_advert_that_its_paragraph_echoes_stays() -> None:
    """An advert (`广告` and its line) over the article's heading `某某市中医院——老年患者…`, the
    paragraph under it opening with the same name: the advert goes, the heading stays."""
    doc = _one([
        "我市医院推出便民服务“微改革”",
        "2024-04-02 10:20　来源：澄川晚报",
        "　　今年以来，我市在二级以上医院推进便民服务“微改革”，各医院在缩短等候时间、方便老年人就医等方面拿出了不少新招。",
        "广告",
        "澄川银行 社保卡一卡通 就医更方便",
        "澄川市中医院——老年患者就医“一站式”陪诊",
        "　　澄川市中医院在门诊大厅设立老年人服务中心，配备专职陪诊志愿者，为70岁以上老年患者提供全流程帮办服务。",
    ])
    lines = _lines(doc)
    assert "澄川市中医院——老年患者就医“一站式”陪诊" in lines
    assert not any("澄川银行" in ln or ln == "广告" for ln in lines)


def test_a_numbered_question_under_an_advert_stays() -> None:
    """A health Q&A's numbered question (`问4：…?`) right under an advert is the article's."""
    doc = _one([
        "春季过敏高发 专家答疑",
        "2024-03-20 09:00　来源：澄川晚报",
        "问3：过敏性鼻炎需要长期用药吗?",
        "　　答：症状控制后可在医生指导下逐步减量，不要擅自停药，季节来临前可提前预防性用药。",
        "广告",
        "澄川某某眼科 春季干眼检查 限时预约",
        "问4：过敏了需要去医院查过敏原吗?",
        "　　答：反复发作、症状较重的患者建议到医院查过敏原，明确后才能有针对性地回避和治疗。",
    ])
    lines = _lines(doc)
    assert "问4：过敏了需要去医院查过敏原吗?" in lines
    assert not any("干眼检查" in ln for ln in lines)


def test_a_phone_pages_folded_rest_of_the_article_is_kept(tmp_path: Path) -> None:
    """A phone page shows the first paragraphs and hides the rest in a `display:none` block right
    after them, under an `打开APP阅读全文` button: the hidden paragraphs are the article's; the
    button, the counters and the share sheet (hidden too) go; the source is read without the
    play count after its day."""
    html = """<html><head><meta charset="utf-8"><title>山区孩子的暑期课堂开课了_看澄川</title></head><body>
<div class="top-bar">看澄川 APP内打开</div>
<div class="news-head"><h1>山区孩子的暑期课堂开课了</h1>
<div class="news-meta"><span>来源：澄川广播电视台</span> <span>2024-07-15 19:30</span> <span>2.1万次播放</span></div></div>
<div class="news-body">
<div class="nb-show">
<p>连日来，溪口县高山村的村小教室里格外热闹，由县团委、县教育局联合组织的暑期课堂在这里开课，三十多名留守儿童度过一个充实的假期。</p>
<p>今年的暑期课堂共招募了48名大学生志愿者，分成8支小分队，分赴全县8个山区村，开展为期四周的支教活动。</p>
</div>
<div class="nb-hide" style="display:none;">
<p>课程内容既有作业辅导、课外阅读，也有科学实验和安全教育课，志愿者们根据孩子们的年龄和兴趣分班教学。</p>
<p>据了解，这项活动已经连续开展了五年，累计服务山区儿童三千余人次。</p>
</div>
<div class="nb-mask"><p>剩余60%内容，打开APP阅读全文</p><a class="nb-btn">打开看澄川APP</a></div>
</div>
<div class="share-mask" style="display:none"><p>分享到微信好友，分享到朋友圈，复制链接。</p></div>
</body></html>"""
    doc = _page(tmp_path, "fold.html", html)
    lines = _lines(doc)
    assert any(ln.startswith("课程内容既有作业辅导") for ln in lines)
    assert lines[-1].startswith("据了解，这项活动已经连续开展了五年")
    assert not any("阅读全文" in ln or "分享到" in ln for ln in lines)
    assert doc.metadata.get("source_name") == "澄川广播电视台"
    assert doc.published.startswith("2024-07-15")


def test_an_app_badge_before_the_bar_and_a_credit_under_the_article_are_read(tmp_path: Path) -> None:
    """`App专享 来源：某某日报 …` is the bar under its badge: the source and the day are read; the
    writers' credit in the box of credits and notes under the article (`撰稿：… 摄影：…`), which
    goes with the page's footer, names the author."""
    html = """<html><head><meta charset="utf-8"><title>家庭医生签约服务提质扩面_澄川新闻</title></head><body>
<div class="header"><a href="/">返回</a> <a href="/">首页</a></div>
<div class="art"><h1>家庭医生签约服务提质扩面</h1>
<div class="meta">App专享 来源：澄川日报 2024-03-18 10:26</div>
<div class="content">
<p>今年以来，青石镇卫生院推出个性化签约服务包，为老年人、慢病患者等重点人群提供上门随访和健康管理服务。</p>
<p>卫生院为每位签约居民建立了电子健康档案，根据健康状况分为三色进行分级管理，签约居民在手机上就能查询体检结果。</p>
</div></div>
<div class="art-bottom">
<p class="ab-credit">撰稿：孙晓某　摄影：何某</p>
<p class="ab-editor">编辑：蒋某　审核：韦某某</p>
<p class="ab-note">本文由今日澄川号作者上传并发布，仅代表作者观点。</p>
</div>
</body></html>"""
    doc = _page(tmp_path, "app.html", html)
    assert doc.metadata.get("source_name") == "澄川日报"
    assert doc.published.startswith("2024-03-18")
    assert doc.authors == ["孙晓某"]
    assert not any("撰稿" in ln or "编辑" in ln for ln in _lines(doc))


def test_a_blog_themes_day_over_the_title_and_its_copyright_note_are_read(tmp_path: Path) -> None:
    """A blog theme prints the post's day alone over its headline, the writer in brackets opening
    the first paragraph (`（文/图 某某）3月19日下午，…`) and its note under the post (`原创文章，作者：
    某某，如若转载，请注明出处：…`): the day and the writer are read, the brackets and the note go."""
    html = """<html><head><meta charset="utf-8"><title>康复医学专科联盟签约揭牌</title></head><body>
<div class="site-name">澄川市康复医院</div>
<article><h4 class="post-date">2024年3月20日</h4>
<h1 class="entry-title">康复医学专科联盟签约揭牌</h1>
<div class="entry-content">
<p>（文/图 钱某某）3月19日下午，澄川市康复医院与澄川市第一人民医院康复医学专科联盟签约暨揭牌仪式在我院举行。</p>
<p>根据协议，双方将在人才培养、技术指导、双向转诊等方面开展深度合作，推动区域康复医疗服务能力整体提升。</p>
</div>
<div class="entry-copyright"><p>原创文章，作者：澄川市康复医院，如若转载，请注明出处：https://www.example.cn/news/15.html</p></div>
</article></body></html>"""
    doc = _page(tmp_path, "blog.html", html)
    assert doc.published.startswith("2024-03-20")
    assert doc.authors == ["钱某某"]
    lines = _lines(doc)
    assert lines[0].startswith("3月19日下午，澄川市康复医院")
    assert not any("如若转载" in ln for ln in lines)


def test_a_photo_credit_with_its_outlet_inside_the_brackets_goes_whole() -> None:
    """`签约仪式现场。（某某融媒 某某 摄）`: the credit goes with both its brackets, not half of it."""
    doc = _one([
        "澄川市城市医疗集团正式成立",
        "2024-08-24 09:10　来源：澄川融媒",
        "　　8月23日下午，澄川市第一人民医院与区属四家医院签约，标志着澄川市城市医疗集团正式成立。",
        "　　签约仪式现场，与会人员共同为集团揭牌，并观看了集团转诊平台的演示。（澄川融媒 蒋某 摄）",
        "　　澄川市卫生健康委员会、区政府有关负责同志，以及五家医院相关负责人和医务人员代表参加签约仪式。",
    ])
    lines = _lines(doc)
    assert lines[1].endswith("并观看了集团转诊平台的演示。")
    assert not any("澄川融媒" in ln for ln in lines)
    # (who came to sign is no section of a roundup: one story, one record)
    assert doc.institution is None


def test_a_headline_glued_to_the_breadcrumb_or_standing_as_its_last_step_is_the_title() -> None:
    """A scraper that lost the break after the breadcrumb (`当前位置：首页 > … > 医院新闻 某某医院…`), or
    a page that prints its headline only as the crumb's last step, over its info bar: the title."""
    glued = _one([
        "首页 医院概况 新闻动态 名医名科 就医指南 党风廉政",
        "您现在的位置：首页 > 新闻动态 > 医院新闻 溪口县中医院三伏贴开贴首日接诊市民1200余人次",
        "发布时间：2024-07-15 17:20:33 作者：李晓某 来源：溪口县中医院 点击数：2381",
        "　　7月15日是今年入伏第一天，溪口县中医院三伏贴正式开贴，医院门诊大厅和治疗区一早就排起了长队。",
        "　　据悉，医院在伏天期间周末照常开诊，请市民朋友合理安排时间，错峰就诊。责任编辑：赵某 上一篇：医院开展防溺水安全知识讲座 下一篇：我院召开工作会议",
    ])
    assert glued.title == "溪口县中医院三伏贴开贴首日接诊市民1200余人次"
    assert glued.published.startswith("2024-07-15")
    assert glued.authors == ["李晓某"]
    assert _lines(glued)[-1].endswith("错峰就诊。")
    crumb = _one([
        "当前位置：首页 > 新闻中心 > 医院动态 > 我院成功完成首例经导管主动脉瓣置换术",
        "发布时间：2024-04-18 10:25　　浏览次数：1326",
        "【字体：大 中 小】【打印本页】 近日，我院心血管内科联合多个科室成功完成首例经导管主动脉瓣置换术，患者术后恢复良好。",
        "　　该技术无需开胸，创伤小、恢复快，为高龄、高危的主动脉瓣狭窄患者带来了新的希望。",
    ])
    assert crumb.title == "我院成功完成首例经导管主动脉瓣置换术"
    assert _lines(crumb)[0].startswith("近日，我院心血管内科")


def test_a_hospital_sites_header_with_its_grade_and_english_name_goes() -> None:
    """The header's English name in capitals and its row of service lines after the hospital's
    grade (`二级甲等综合医院  急救电话：120  咨询电话：…`) go; the notice's title under the crumb is read,
    and its day under the unit that signed it (`二〇二四年六月三日`, after `特此通知。`)."""
    doc = _one([
        "溪口县中医医院",
        "XIKOU COUNTY HOSPITAL OF TRADITIONAL CHINESE MEDICINE",
        "二级甲等中医医院  急救电话：120  咨询电话：0000-1234567",
        "当前位置：首页 > 院务公开 > 通知公告",
        "关于调整门诊部分科室出诊时间的通知",
        "点击：2087次　【字体：大 中 小】　【打印】　【关闭】",
        "各位患者及家属：",
        "　　为进一步优化门诊服务流程，缓解上午就诊高峰时段排队等候时间长的问题，现将部分科室出诊时间调整如下。",
        "　　针灸科、推拿科：周一至周五上午7:30开诊。",
        "特此通知。",
        "溪口县中医医院",
        "二〇二四年六月三日",
    ])
    assert doc.title == "关于调整门诊部分科室出诊时间的通知"
    assert doc.published == "2024-06-03"
    lines = _lines(doc)
    assert not any("XIKOU" in ln or "急救电话" in ln for ln in lines)
    assert lines[-1] == "二〇二四年六月三日"


def test_an_initiatives_day_under_its_signer_is_its_day(tmp_path: Path) -> None:
    """A page that is one document (`…控烟倡议书`), signed by its unit with the day under it in
    Chinese numerals, and no other day on the page: that day is the page's."""
    html = """<html><head><meta charset="utf-8"><title>世界无烟日控烟倡议书-溪口县妇幼保健院</title></head><body>
<h1>世界无烟日控烟倡议书</h1>
<div id="zoom">
<p>全院职工、广大患者及家属朋友们：</p>
<p>5月31日是世界无烟日。为营造清新健康的就医环境，保护妇女儿童免受烟草危害，我院向大家发出如下倡议。</p>
<p>一、做控烟的践行者。全院职工要带头不吸烟，坚决做到院内任何区域不吸烟、不敬烟。</p>
<p style="text-align:right">溪口县妇幼保健院</p>
<p style="text-align:right">二○二四年五月二十九日</p>
</div></body></html>"""
    doc = _page(tmp_path, "nosmoke.html", html)
    assert doc.published == "2024-05-29"


def test_a_crumbs_last_step_is_the_headline_when_the_page_title_is_the_site(tmp_path: Path) -> None:
    """A `<title>` of the hospital's name alone, no `<h1>`, a side column's heading (`新闻动态 News`):
    the headline is the breadcrumb's last step."""
    html = """<html><head><meta charset="utf-8"><title>澄川市中医院</title></head><body>
<div class="side"><h2>新闻动态<span>News</span></h2><ul><li>院内新闻</li><li>媒体聚焦</li></ul></div>
<div class="main">
<div class="pos">当前位置：<a href="/">首页</a>&gt;&gt;<a href="/a/">新闻动态</a>&gt;&gt;<span>我院麻醉科舒适化诊疗服务突破一万例</span></div>
<div class="info">发布时间：2024-07-09 16:42　作者：郑某</div>
<div class="content">
<p>近日，我院麻醉科舒适化诊疗服务累计突破一万例，无痛胃肠镜、无痛分娩等项目让患者告别了检查和分娩时的痛苦。</p>
<p>麻醉科主任介绍，科室将继续拓展舒适化诊疗项目，让更多患者享受到安全、舒适的医疗服务。</p>
</div></div></body></html>"""
    doc = _page(tmp_path, "crumb.html", html)
    assert doc.title == "我院麻醉科舒适化诊疗服务突破一万例"
    assert doc.authors == ["郑某"]


def test_a_bar_that_gives_its_day_as_how_long_ago_has_its_source_read() -> None:
    """`发布时间：3天前　来源：某某融媒`: no day to read, but the source is."""
    doc = _one([
        "急诊室里的“定海神针”",
        "发布时间：3天前　　来源：溪口融媒",
        "　　凌晨两点，溪口县人民医院急诊科灯火通明，值班医生正在抢救一名突发心梗的患者。",
        "　　从接诊到血管开通，团队只用了不到一个小时，为患者赢得了宝贵的救治时间。",
    ])
    assert doc.metadata.get("source_name") == "溪口融媒"
    assert doc.published is None
    assert _lines(doc)[0].startswith("凌晨两点")


def test_a_platforms_machine_written_summary_and_its_player_go() -> None:
    """A news app's page over the article: the listen bar and its switches (`语音播报 ▶ 00:00`,
    `语音播报：开启 | 关闭`), the machine-written summary under its heading (`AI 生成摘要`, its prose,
    `以上内容由AI生成，仅供参考`) and the reporter's card under the headline (`某某` / `某某日报健康频道记者`):
    the article's paragraphs stay, the writer and the headline are read."""
    doc = _one([
        "连续高温来袭中暑患者增多！医生提醒：这几类人要格外当心",
        "黄某某",
        "溪口日报健康频道记者",
        "+关注",
        "2024-07-18 16:20 · 溪口",
        "语音播报 ▶ 00:00",
        "语音播报：开启 | 关闭",
        "AI 生成摘要",
        "近一周市急诊科接诊中暑相关病例明显增多，老人、儿童和户外作业者是高危人群。",
        "以上内容由AI生成，仅供参考",
        "　　进入7月以来，溪口市持续出现35℃以上高温天气，记者从市区多家医院了解到，近一周来因中暑前来就诊的患者明显增多。",
        "　　医生提醒，老年人体温调节能力下降，婴幼儿体温调节功能尚未发育完善，都属于中暑的高危人群。",
    ])
    assert doc.title == "连续高温来袭中暑患者增多！医生提醒：这几类人要格外当心"
    assert doc.authors == ["黄某某"]
    lines = _lines(doc)
    assert len(lines) == 2 and lines[0].startswith("进入7月以来")


def test_a_one_line_machine_summary_under_its_heading_leaves_the_article_whole() -> None:
    """`AI 帮你读` over a one-line summary (`本文约 560 字，AI 提炼要点：…`): both go, and the article's
    first paragraph right under them stays."""
    doc = _one([
        "溪口疾控提醒：登革热进入高发期",
        "2023-09-05 11:26 · 发布于溪口",
        "AI 帮你读",
        "本文约 560 字，AI 提炼要点：登革热进入高发期，清除积水、做好个人防护是关键。",
        "　　近期我县持续高温多雨，蚊虫密度明显上升，正是登革热等蚊媒传染病的高发季节。",
        "　　登革热是由登革病毒引起、经伊蚊叮咬传播的急性传染病，主要表现为突起高热、头痛、全身肌肉和关节酸痛。",
    ])
    lines = _lines(doc)
    assert lines[0].startswith("近期我县持续高温多雨")
    assert not any("AI" in ln for ln in lines)


def test_a_taiwan_health_pages_days_and_writers_are_read() -> None:
    """A Taiwan hospital's health-education page: its date in the Republic's years before the
    writer (`中華民國113年4月12日　撰稿／某某`), a `發佈時間` label with a space before the day, a
    `最後更新日期` stamp alone, a `本文由 … 醫師 撰寫` note; and a headline ending in its abbreviation
    in brackets (`…(CBT-I)`) is the headline."""
    roc = _one([
        "出院回家不斷線 成員醫院推動出院準備銜接長照",
        "中華民國113年4月12日　撰稿／聯盟秘書處 宋某某",
        "　　長者住院後返家，常面臨照顧人力不足、輔具來不及準備、居家環境不安全等問題，成員醫院推動新措施。",
    ])
    assert roc.published == "2024-04-12"
    assert "宋某某" in roc.authors
    spaced = _one([
        "骨質疏鬆不痛不癢 一跌就骨折？骨科醫師教你及早預防",
        "發佈時間 2024-01-22 14:05　｜　最後更新日期：113-03-01",
        "本文由 南屏醫院 骨科 鄭某某醫師 撰寫",
        "　　骨質疏鬆症被稱為沉默的疾病，因為骨量流失的過程通常沒有任何症狀，許多人直到骨折才發現。",
    ])
    assert spaced.published.startswith("2024-01-22")
    assert spaced.authors == ["鄭某某"]
    updated = _one([
        "糖尿病患者的足部照護：每天五分鐘，遠離截肢危機",
        "最後更新日期：113-05-20",
        "　　許多糖尿病患者把注意力放在血糖數字上，卻忽略了雙腳發出的警訊，長期高血糖會傷害神經與血管。",
    ])
    assert updated.published == "2024-05-20"
    cbt = _one([
        "睡不著怎麼辦？認識失眠認知行為治療(CBT-I)",
        "2024年4月3日",
        "作者：身心醫學科 吳某某 臨床心理師",
        "　　「躺在床上翻來覆去，越想睡越睡不著」，這是許多失眠者共同的經驗，長期失眠也可能影響情緒與工作。",
    ])
    assert cbt.title == "睡不著怎麼辦？認識失眠認知行為治療(CBT-I)"
    assert cbt.authors == ["吳某某"]


def test_an_old_table_layouts_headline_in_a_bold_cell_is_the_title(tmp_path: Path) -> None:
    """An old hospital site's page: the `<title>` is the hospital's name, the headline a bold run
    alone in its table cell (a phone number in bold elsewhere is no headline)."""
    html = """<html><head><meta charset="utf-8"><title>临江市妇幼保健院</title></head><body>
<table><tr><td><b>0000-4567890</b></td></tr></table>
<table width="760"><tr><td height="50" align="center"><font color="#C0144B"><b>我市农村孕产妇住院分娩补助项目惠及4000余人</b></font></td></tr>
<tr><td align="center">发布时间：2009-11-05 08:42:17　点击数：215</td></tr>
<tr><td>记者日前从市妇幼保健院获悉，今年1至10月，我市共有4126名农村孕产妇享受了住院分娩补助，住院分娩率达到99.6%。<br><br>
据介绍，农村孕产妇在县、乡两级定点医疗机构住院分娩，可按规定享受定额补助，补助资金直接在出院时结算。</td></tr></table>
</body></html>"""
    doc = _page(tmp_path, "table.html", html)
    assert doc.title == "我市农村孕产妇住院分娩补助项目惠及4000余人"
    assert doc.published.startswith("2009-11-05")


def test_a_pharmacys_shop_cards_go_and_the_articles_headings_stay() -> None:
    """A pharmacy chain's health article with its shop around the text: the product's card (its
    name and pack, its prices and buy buttons, the notice a medicine's sale must carry), its box of
    particulars (`商品参数` and its rows) and a box of products (`猜你需要`) go; the article's question
    heading right under them (`补多少才合适?`) and its paragraphs stay."""
    doc = _one([
        "冬天晒太阳少，维生素D到底要不要补？",
        "发布于 2023/11/06  阅读 5127",
        "　　维生素D能促进钙的吸收，冬季日照时间短、户外活动少，老年人、孕妇和婴幼儿更容易缺乏。",
        "硝苯地平控释片 30mg*7片",
        "¥32.50 ￥45.00 立即购买 加入购物车",
        "处方药 须凭处方在药师指导下购买和使用",
        "商品参数",
        "品名：某某牌维生素D3软胶囊",
        "规格：0.5g/粒*60粒",
        "适宜人群：需要补充维生素D的成人",
        "补多少才合适?",
        "　　一般成年人每天补充400至800国际单位即可，具体剂量应在医生或药师指导下确定，不要长期大剂量服用。",
        "猜你需要",
        "复方氨酚烷胺片 12片 ¥8.90",
        "小儿氨酚黄那敏颗粒 12袋 ¥14.50",
        "用药时还要注意这些",
        "　　补充维生素D期间应定期复查血钙水平，避免与含维生素D的复合制剂叠加服用，出现恶心、乏力、口渴等不适时要及时就医。",
    ])
    lines = _lines(doc)
    assert "补多少才合适?" in lines
    assert "用药时还要注意这些" in lines
    assert not any("¥" in ln or "￥" in ln or "购物车" in ln or "处方药" in ln for ln in lines)
    assert not any(ln.startswith(("商品参数", "品名", "规格", "猜你需要", "硝苯地平")) for ln in lines)
    assert len(lines) == 5


def test_a_box_of_one_link_beside_its_heading_goes_and_the_roundups_heading_under_it_stays(tmp_path: Path) -> None:
    """A box whose heading and one link stand on one line, a space between (`相关阅读 某某…`), set
    inside a roundup: the box goes, the next section's heading under it (`某某中心：把清凉送到…`), which
    its paragraph echoes, stays and heads its section; an <aside> of links set between the
    paragraphs (`延伸阅读` glued to its headline) goes too."""
    html = """<html><head><meta charset="utf-8"><title>全市医疗机构全力应对高温天气_临江新闻网</title></head><body>
<div class="content"><h1>全市医疗机构全力应对高温天气</h1>
<p>入伏以来，我市持续高温，各医疗机构迅速行动，多措并举保障群众夏季健康。</p>
<h3>临江市人民医院：开通中暑救治“绿色通道”</h3>
<p>临江市人民医院急诊科开通中暑救治绿色通道，对重症中暑患者实行先救治后缴费，确保第一时间得到救治。</p>
<aside class="inline-rel"><span>延伸阅读</span><a href="/a/1.html">我市启动高温天气健康防护宣传</a></aside>
<h3>临江市妇幼保健院：为“一老一小”送上健康提醒</h3>
<p>临江市妇幼保健院组织专家录制防暑科普短视频，提醒家长不要把孩子单独留在车内，老人要少在午间外出。</p>
<div class="rel"><span>相关阅读</span> <a href="/a/2.html">高温天气如何预防热射病？医生给出这些建议</a></div>
<h3>江北社区卫生服务中心：把清凉送到户外劳动者身边</h3>
<p>7月20日一早，江北社区卫生服务中心的家庭医生团队来到辖区环卫工人休息点，为他们测量血压、讲解中暑的早期症状。</p>
</div></body></html>"""
    p = tmp_path / "heat.html"
    p.write_text(html, encoding="utf-8")
    from cleaner.api import clean

    docs = clean([str(p)]).documents
    assert [d.institution for d in docs if d.institution] == ["临江市人民医院", "临江市妇幼保健院", "江北社区卫生服务中心"]
    text = "\n".join(d.text for d in docs)
    assert "相关阅读" not in text and "延伸阅读" not in text and "热射病" not in text


def test_a_headline_opening_with_a_quoted_line_and_a_media_mark_before_a_headline() -> None:
    """`“120，请讲。”——一名急救调度员的夜班` is a headline, its quoted words' full stop
    notwithstanding; `[图文]` before a headline is the list's mark of its pictures, not the headline's;
    a column's tag (`【党建】…`) stays the headline's."""
    quoted = _one([
        "“120，请讲。”——一名急救调度员的夜班",
        "2024-08-19 07:30:12 来源：临江晚报 作者：吴某某",
        "　　8月16日晚上11点40分，临江市急救中心调度大厅。大屏幕上，全市急救车辆的位置实时闪烁。",
    ])
    assert quoted.title == "“120，请讲。”——一名急救调度员的夜班"
    assert quoted.published.startswith("2024-08-19")
    marked = _one([
        "[图文]青石镇卫生院家庭医生上门签约",
        "2024-05-12 16:45:07  来源：溪口县卫生健康局",
        "　　5月以来，溪口县青石镇卫生院组织家庭医生团队深入辖区12个行政村，为村民提供上门签约服务。",
    ])
    assert marked.title == "青石镇卫生院家庭医生上门签约"
    column = _one([
        "【党建】溪口县中医院开展主题党日活动",
        "2024-04-26 10:00  来源：溪口县中医院",
        "　　4月25日，溪口县中医院党委组织党员干部赴革命教育基地开展主题党日活动，重温入党誓词。",
    ])
    assert column.title == "【党建】溪口县中医院开展主题党日活动"


def test_an_outlines_later_part_listed_like_the_earlier_one_stays() -> None:
    """A hospital's admission guide whose parts each list their items with the same box (`三、…` /
    `□ …`, then `四、请勿携带` / `□ …` near the page's foot): the later part's items are the guide's."""
    doc = _one([
        "住院须知：入院前请准备好这些物品",
        "2024年06月03日 08:30",
        "点击蓝字 关注我们",
        "　　为方便患者顺利办理住院，现将入院前需要准备的物品和注意事项告知如下，请患者和家属提前做好准备。",
        "一、证件材料",
        "□ 身份证、医保卡",
        "□ 门诊病历和检查报告",
        "二、生活用品",
        "□ 洗漱用品、水杯、拖鞋",
        "□ 换洗衣物",
        "三、请勿携带",
        "□ 大额现金、贵重首饰",
        "□ 电热毯、电饭煲等大功率电器",
        "□ 刀具等危险物品",
        "温馨提示",
        "　　入院当天请于上午8:00至11:30到门诊一楼住院服务中心办理手续，办理完成后由护士带您到病区。",
        "撰稿：护理部 王某某",
        "编辑：李某",
        "审核：张某",
        "往期推荐",
        "医院开展护士节系列活动",
        "夏季如何预防中暑",
        "阅读 1203",
    ])
    lines = _lines(doc)
    for item in ("□ 大额现金、贵重首饰", "□ 电热毯、电饭煲等大功率电器", "□ 刀具等危险物品"):
        assert item in lines


def test_days_and_sources_where_a_page_puts_them_last_are_read() -> None:
    """`本文发布于2024年5月12日` under the article, a day in brackets closing its last paragraph
    (`…。（2024年5月12日）`) and a source in brackets after the headline (`…（来源：某某日报）`)."""
    footer = _one([
        "我院开展世界高血压日主题义诊活动",
        "　　5月11日上午，澄川市人民医院在门诊广场开展世界高血压日主题义诊活动，为群众免费测量血压、解读报告。",
        "　　活动现场还发放了高血压防治宣传资料，并为行动不便的老人提供上门随访预约服务。",
        "扫一扫 关注澄川市人民医院官方微信",
        "本文发布于2024年5月12日",
        "Copyright © 2008-2024 澄川市人民医院 版权所有",
    ])
    assert footer.published == "2024-05-12"
    closing = _one([
        "青石镇召开安全生产暨防汛工作部署会",
        "　　5月11日，青石镇召开安全生产暨防汛工作部署会，传达上级会议精神，部署当前安全生产和防汛重点工作。",
        "　　会后，镇班子成员分组带队，深入各村对防汛重点部位进行了实地检查。（2024年5月12日）",
    ])
    assert closing.published == "2024-05-12"
    assert _lines(closing)[-1].endswith("（2024年5月12日）")
    sourced = _one([
        "溪口县中医院开展送医下乡义诊活动（来源：溪口日报）",
        "2024-06-03 10:00",
        "　　6月2日，溪口县中医院组织专家团队来到白沙镇开展送医下乡义诊活动，为群众提供中医诊疗服务。",
    ])
    assert sourced.title == "溪口县中医院开展送医下乡义诊活动"
    assert sourced.metadata.get("source_name") == "溪口日报"


def test_a_region_sites_header_in_another_script_and_a_dotted_name() -> None:
    """A site's name and its menu written in Uyghur beside the Chinese over the headline are the
    page's head, not its body; a writer's name in two parts with a dot (`某某某某·某某某`) is a name;
    an advert's label between dashes (`—— 广告 ——`) goes with its advert."""
    doc = _one([
        "ئاقتېرەك دەرياسى ۋىلايەتلىك ئۇيغۇر تېبابەت دوختۇرخانىسى",
        "白杨河地区维吾尔医医院",
        "首页 باش بەت | 关于我们 بىز ھەققىدە | 医疗服务 داۋالاش مۇلازىمىتى | 新闻中心 خەۋەرلەر",
        "您的位置：首页 > 新闻中心 > 医院动态",
        "夏季沙疗正当时 我院维吾尔医沙疗中心开诊",
        "发布时间：2024-06-18  来源：白杨河地区维吾尔医医院  浏览：2316",
        "　　6月中旬，白杨河地区气温持续攀升，地表沙温最高达60℃，我院维吾尔医沙疗中心如期开诊。",
        "—— 广告 ——",
        "体检中心五一特惠套餐 预约电话：0000-3336666",
        "　　沙疗是维吾尔医传统特色疗法之一，对风湿性关节炎、腰腿痛等疾病有较好疗效，但并非人人都适合。",
        "文字：迪丽努尔·艾买提",
        "摄影：麦麦提·吐逊",
    ])
    assert doc.title == "夏季沙疗正当时 我院维吾尔医沙疗中心开诊"
    assert doc.published == "2024-06-18"
    assert doc.authors == ["迪丽努尔·艾买提"]
    lines = _lines(doc)
    assert len(lines) == 2 and not any("广告" in ln or "特惠" in ln for ln in lines)


def test_an_epapers_bylines_with_what_each_did_are_read(tmp_path: Path) -> None:
    """An e-paper's byline with what the reporters did after their names (`… 文　某某 摄`, `… 文/图`),
    or under a bullet (`■ 通讯员 某某　记者 某某`), set apart above the story: the reporters are the
    authors, the photographer no author."""
    assert _one([
        "渔港码头改造提升工程完工",
        "晚报记者 周晓某　通讯员 孙某某　文　黄某　摄",
        "　　1月18日，随着最后一段护岸胸墙浇筑完成，历时14个月的望海渔港码头改造提升工程全面完工。",
    ]).authors == ["周晓某", "孙某某"]
    assert _one([
        "白茶产业园夏茶开采",
        "■ 通讯员 李晓某　记者 王某",
        "　　“今年春茶卖得好，夏茶的订单也早早就来了。”白茶产业园负责人一边查看鲜叶一边说。",
    ]).authors == ["李晓某", "王某"]
    html = """<html><head><meta charset="utf-8"><title>望海晚报数字报</title></head><body>
<div class="ep-nav"><a href="#">第01版：要闻</a> <a href="#">第02版：综合</a></div>
<div class="detail-title"><p class="yt">冬季渔港不“冬眠”</p><h2>望海渔港码头改造提升工程完工</h2><p class="ft">新增泊位36个</p></div>
<div class="detail-author">本报记者 吴某　通讯员 冯某某</div>
<div class="detail-body"><p>本报讯 1月18日，随着最后一段护岸胸墙浇筑完成，历时14个月的望海渔港码头改造提升工程全面完工。</p>
<p>望海渔港是我市最大的渔港，也是周边海域渔船避风补给的重要港口，改造后可满足800余艘渔船避风停泊。</p></div>
</body></html>"""
    assert _page(tmp_path, "epaper.html", html).authors == ["吴某", "冯某某"]


def test_the_articles_numbered_headings_and_its_announcing_line_under_a_box_stay() -> None:
    """A box of links inside a health article (`延伸阅读：…`, `▼相关阅读` and its headlines) over the
    article's next numbered heading (`3. …` after its `2. …`, or `01 …` with `02 …` further down) or
    over a line that announces what follows (`…，笔者建议以下五招：`): the box goes, the article's lines stay."""
    doc = _one([
        "夏季高血压患者用药注意这几点",
        "2024-07-02 09:00  来源：健康溪口",
        "1. 按时测量血压",
        "　　建议夏季每天早晚各测一次血压，并做好记录；早上在起床后1小时内、服药前测量，晚上在睡前测量。",
        "2. 不要擅自停药",
        "　　夏季血压可能偏低一些，但不能因此自行停药或减药，是否调整剂量应由医生根据监测结果决定。",
        "延伸阅读：家庭自测血压，这些细节你做对了吗？",
        "3. 服用利尿剂者注意补水",
        "　　利尿类降压药会增加排尿量，夏季出汗多，更容易出现脱水和电解质紊乱，服用这类药物的患者要注意补水。",
    ])
    lines = _lines(doc)
    assert "3. 服用利尿剂者注意补水" in lines
    assert not any("延伸阅读" in ln for ln in lines)
    first = _one([
        "高温天气如何预防中暑",
        "2024-07-10 08:00  来源：溪口疾控",
        "　　近期我县持续高温，中暑病例有所增加，疾控专家提醒市民做好防暑降温，老人、儿童和户外作业者尤其要注意。",
        "▼相关阅读",
        "夏季吃西瓜，这5个误区要避开",
        "空调病来袭，如何科学使用空调？",
        "如何预防中暑？",
        "01 合理安排出行",
        "　　尽量避免在11时至15时外出，确需外出时做好防晒措施，戴遮阳帽、打遮阳伞，穿浅色、透气的衣服。",
        "02 及时补充水分",
        "　　不要等口渴了才喝水，每天饮水量不少于1500毫升，大量出汗后可适量饮用淡盐水或含电解质的饮料。",
    ])
    lines = _lines(first)
    assert "如何预防中暑？" in lines and "01 合理安排出行" in lines
    assert not any("西瓜" in ln or "相关阅读" in ln for ln in lines)
    announced = _one([
        "酷热天气下中暑与热衰竭点分？醫生教你五招預防",
        "2024-07-20 10:00  來源：澄海日報",
        "　　簡單來說，熱衰竭是身體發出的警號，中暑則是身體已經失守，兩者都需要及時處理，切勿掉以輕心。",
        "延伸閱讀：冷氣病是甚麼？5個徵狀要留意",
        "預防熱疾病，筆者建議以下五招：",
        "　　第一，補充足夠水分。即使未感到口渴，也應每隔十五至二十分鐘飲用約一杯水，長時間戶外活動者可適量飲用含電解質飲品。",
    ])
    assert "預防熱疾病，筆者建議以下五招：" in _lines(announced)


def test_an_imaging_examinations_name_is_no_photo_credit_and_a_hong_kong_byline_is_read() -> None:
    """`全景片（曲面体层摄影）` in a price list names an examination, not who took a picture; a Hong
    Kong paper's `記者 某某 報道` under the headline names the reporter; `Print | Email | Share` goes."""
    prices = _one([
        "口腔科检查项目收费公示",
        "2024-03-01 来源：溪口县人民医院",
        "　　根据省医疗服务价格有关规定，现将我院口腔科部分检查项目收费标准公示如下，接受社会监督。",
        "项目",
        "单位",
        "价格（元）",
        "口腔检查",
        "次",
        "10",
        "全景片（曲面体层摄影）",
        "次",
        "80",
        "牙片",
        "片",
        "20",
        "　　以上价格自2024年3月1日起执行，如有疑问，请咨询门诊服务中心或拨打医院价格投诉电话。",
    ])
    assert "全景片（曲面体层摄影）" in _lines(prices)
    hk = _one([
        "急症室輪候逾八小時 醫管局籲非緊急病人改看門診",
        "2024年1月9日 星期二 18:45",
        "記者 陳某某 報道",
        "Print | Email | Share",
        "　　流感高峰期持續，公立醫院急症室服務嚴重超負荷，醫院管理局今日表示，多間醫院急症室輪候時間超過八小時。",
    ])
    assert hk.authors == ["陳某某"]
    assert not any("Print" in ln for ln in _lines(hk))
