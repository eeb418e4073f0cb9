"""Pages from evening papers, health portals, doctors' platforms, self-media sites, blogs, stations
and Taiwan, Singapore and Hong Kong sites: a bar whose reporters are marked with what they did, a
breadcrumb between the headline and the bar, a page's <title> with its parts joined by hyphens, a
roundup of clinics under district headings and one of departments under their hospitals' names, a
doctor's platform's counters and priced services, search prompts and letter indexes, a self-media
page's byline outside its article box and its two-digit year, a doctor's own byline under the
summary, a blog login's stamp, English stamps and subtitles, a player's buttons over the bar, the
day in the writers' brackets, attachments a sentence points to, a house paper's issue line, a
thread's long poster panel, holiday hours one clinic a line, a case's long heading. Each test is a
page written for the project, and what a user reads in the record is checked."""

from __future__ import annotations

from pathlib import Path

from cleaner.api import clean_text

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page

BODY = [
    "清晨六点，五十六岁的乡村医生已经背起药箱出了门，他要赶在村民下地之前，把几户慢病老人的血压、血糖测完。",
    "二十八年来，他穿坏了四十多双解放鞋，记满了三十多本出诊笔记，村里哪位老人有高血压、哪家孩子该打疫苗，他都记得清清楚楚。",
]


def test_a_bar_with_each_reporter_marked_by_what_they_did() -> None:
    """An evening paper's bar: the day, the source, the writer marked 文 and the photographer marked
    摄. The bar is read, not taken for a photo's caption: the headline is the title, the writer the
    only author, the photographer stays in the credits."""
    doc = _one([
        "南岭网 > 新闻 > 健康南岭",
        "背了二十八年药箱，他把诊所“开”在山路上",
        "2023年06月20日 07:05 | 来源：南岭晚报 | 记者 石某岚 文 | 记者 贺某川 摄",
        *BODY,
    ])
    assert doc.title == "背了二十八年药箱，他把诊所“开”在山路上"
    assert doc.published == "2023-06-20T07:05"
    assert doc.authors == ["石某岚"]
    assert doc.metadata.get("source_name") == "南岭晚报"
    assert {"role": "摄影", "name": "贺某川"} in doc.metadata["credits"]
    assert _lines(doc) == BODY


def test_a_breadcrumb_between_the_headline_and_the_bar() -> None:
    """A hospital's template prints the headline, then the breadcrumb that ends in it, then the bar:
    the headline is still the title, and the breadcrumb goes."""
    title = "我院成功开展首例经导管主动脉瓣置换术"
    body = [
        "10月28日，我院心血管内科联合心脏大血管外科、麻醉科等多学科团队，为一名78岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术。",
        "术后即刻超声显示，人工瓣膜位置良好、功能正常，患者术后第二天即可下床活动，目前已康复出院。",
    ]
    doc = _one([title, f"当前位置：首页 > 新闻中心 > 医院新闻 > {title}", "", "发布者：宣传科　　发布时间：2022年11月3日　　浏览次数：1562", "", *body])
    assert doc.title == title
    assert doc.published == "2022-11-03"
    assert _lines(doc) == body


def test_a_pages_title_line_joined_by_hyphens_goes() -> None:
    """The page's <title> saved as its first line, the site, the column and the headline joined by
    bare hyphens: it goes, and the headline under it is the title."""
    title = "我院成功开展首例经导管主动脉瓣置换术"
    body = ["10月28日，我院心血管内科团队为一名78岁重度主动脉瓣狭窄患者成功实施经导管主动脉瓣置换术，患者术后恢复良好。"]
    doc = _one([f"松溪市中心医院-新闻中心-{title}", title, "发布时间：2022年11月3日", *body])
    assert doc.title == title
    assert _lines(doc) == body


def test_a_hong_kong_papers_clinics_under_district_headings_are_a_roundups_records() -> None:
    """Four clinics, each under `◆district｜name`, named by their own names with what they practise
    (家庭醫學診所, 中西醫診所, 醫務所): one record each."""
    lines = [
        "長者醫療券可用 四間社區診所推流感疫苗接種",
        "發佈時間：2023/10/16 12:48",
        "踏入流感季節，多區社區診所陸續推出季節性流感疫苗接種服務，本報記者整理了四間診所的安排如下：",
        "◆荃灣｜仁安家庭醫學診所",
        "仁安家庭醫學診所即日起為6個月以上人士接種四價滅活流感疫苗，每針收費$180，65歲或以上長者可使用醫療券。",
        "◆觀塘｜康泰醫務中心",
        "康泰醫務中心參與政府疫苗資助計劃，合資格兒童及長者可免費接種，另設星期六晚間接種時段。",
        "◆元朗｜樂和醫務所",
        "樂和醫務所今年首次為學童提供噴鼻式流感疫苗，適合2至17歲人士，每劑收費$350。",
        "◆深水埗｜德馨中西醫診所",
        "德馨中西醫診所除提供疫苗接種外，亦推出秋冬養生中醫諮詢服務，長者接種疫苗後可免費獲得一次體質評估。",
    ]
    assert [d.institution for d in clean_text("\n".join(lines)) if d.institution] == [
        "仁安家庭醫學診所", "康泰醫務中心", "樂和醫務所", "德馨中西醫診所",
    ]


def test_a_portals_search_prompt_letter_index_and_paths_go() -> None:
    """A health portal's head: its search box's prompt, an index by initial letter, a labelled row
    of a section's links, a path of slashes and a table of contents' label all go; the headline is
    the title and the body stays whole."""
    body = [
        "痛风是一种由尿酸盐结晶沉积在关节及周围组织引起的代谢性疾病，近年来发病年龄越来越年轻。",
        "典型的急性痛风多在夜间或清晨突然起病，最常见的部位是大脚趾根部的第一跖趾关节。",
    ]
    doc = _one([
        "康和网 - 健康门户",
        "搜索疾病、药品、医生、文章",
        "疾病百科：A B C D E F G H J K L M N O P Q R S T W X Y Z",
        "四季养生导航：立春 雨水 惊蛰 春分 清明",
        "科普文章 / 风湿免疫 / 痛风",
        "痛风反复发作怎么办？症状、病因与治疗一次讲清",
        "时间：2012-07-14 09:31　来源：康和网",
        "本文目录",
        *body,
    ])
    assert doc.title == "痛风反复发作怎么办？症状、病因与治疗一次讲清"
    assert _lines(doc) == body


def test_a_doctors_platform_counters_and_priced_services_go() -> None:
    """A doctor's page on a consultation platform: the patients' counters and the priced services
    in brackets over the headline go; a sentence about consulting stays."""
    body = [
        "在门诊，几乎每天都有腰腿痛的病人拿着核磁片子问我要不要开刀，其实绝大多数腰椎间盘突出症患者并不需要手术。",
        "患者可以通过图文问诊和电话问诊两种方式向医生咨询，复诊时请带上既往的检查结果。",
    ]
    doc = _one([
        "综合推荐热度：4.6　患者投票：328票　感谢信：57封　心意礼物：41个",
        "[图文问诊] ¥50/次　　[电话问诊] ¥120/次　　[预约挂号]",
        "腰椎间盘突出，哪些情况需要手术？",
        "作者：沈某禾　　发布时间：2014-11-03",
        *body,
    ])
    assert doc.authors == ["沈某禾"]
    assert _lines(doc) == body


def test_a_self_media_pages_byline_outside_its_box_and_its_two_digit_year(tmp_path: Path) -> None:
    """A self-media page: the writer's line stands in a block of its own between the info bar and the
    article's box, the stamp prints the year in two digits, and the app's plea and the platform's
    badge sit among the paragraphs. The writer is the author, the day is read, the pleas go."""
    paras = [
        "9月10日晚，41岁的刘先生在安澜县体育中心打篮球时突然倒地，球友们一边拨打120，一边为他进行胸外按压。",
        "约8分钟后，急救站的救护车赶到现场，随车医生立即进行电除颤，同时通知县人民医院启动胸痛中心绿色通道。",
        "患者到达医院时，急诊科、心内科、导管室的医护人员已在抢救室等候，经过又一轮除颤，刘先生恢复了自主心跳。",
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>男子打篮球倒地心跳骤停 县医院生死接力</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/health">健康</a></div>
<div class="header"><h1>男子打篮球倒地心跳骤停 县医院生死接力</h1>
<p class="time">发布时间：17-09-12 20:15</p></div>
<div class="byline">文/徐某静　图/韩某朔</div>
<div class="article-content"><p>{paras[0]}</p><p>{paras[1]}</p><p>某某APP内打开，查看高清大图</p><p>{paras[2]}</p></div>
<div class="author-card"><p>大鱼号认证：急救医生、健康领域创作者</p><p>粉丝 2,318</p></div>
<div class="footer">© 2017 某某资讯 版权所有</div></body></html>"""
    doc = _page(tmp_path, "rescue.html", html)
    assert doc.title == "男子打篮球倒地心跳骤停 县医院生死接力"
    assert doc.published == "2017-09-12T20:15"
    assert doc.authors == ["徐某静"]
    assert _lines(doc) == paras


def test_a_doctors_byline_under_a_summary_the_body_prints_again() -> None:
    """A doctor's own account: the summary, then `作者:` with the doctor's hospital and post glued
    after the name, then the same summary as the first paragraph and a long article. The doctor is
    the author; the summary is kept once."""
    summary = "不少高血压患者有这样的困惑：白天在医院量血压控制得不错，可早上一起床自测，数值却总是偏高。"
    rest = [f"第{n}点，血压管理是一场持久战，规律服药、低盐饮食、适量运动和良好的睡眠缺一不可，请在医生指导下调整用药。" for n in range(1, 13)]
    doc = _one([
        "血压一到早上就偏高？心内科医生：警惕晨峰高血压",
        summary,
        "作者：王某洋 青禾市第一人民医院心血管内科主任医师",
        summary,
        *rest,
    ])
    assert doc.authors == ["王某洋"]
    assert _lines(doc) == [summary, *rest]


def test_a_tech_blogs_stamp_names_its_writer_and_its_renamed_files_stay() -> None:
    """A tech blog: the writer's login before `于 … 发布` is the author and gives the day (a later
    `已于 … 修改` does not); the script's output lines, one file renamed to another, are the
    article's, though they hold image file names."""
    body = [
        "前段时间整理家里的旧照片，文件名五花八门，于是写了一个小脚本，按拍摄时间统一重命名。",
        "运行示例：",
        "IMG_0231.JPG -> 20190503_142210.jpg",
        "DSC05127.jpg -> 20190503_142210_1.jpg",
        "EXIF 里的时间是字符串，日期部分用的是冒号而不是横杠，strptime 的格式串要对应写。",
    ]
    doc = _one([
        "Python 用 pathlib 批量重命名照片：按拍摄日期整理相册",
        "some_writer 于 2023-06-12 21:08:45 发布",
        "已于 2023-06-14 10:22:31 修改",
        *body,
    ])
    assert doc.title == "Python 用 pathlib 批量重命名照片：按拍摄日期整理相册"
    assert doc.published == "2023-06-12T21:08:45"
    assert doc.authors == ["some_writer"]
    assert _lines(doc) == body


def test_a_legal_sites_tags_disclaimer_and_related_questions_go() -> None:
    """A legal site's article: its tags, the platform's take-down note, a related-questions box
    named for the site's field and a scan-to-share prompt go; the lawyer's advice stays."""
    body = [
        "租期届满、房屋也已经交还，房东却以各种理由拖着不退押金，这是很多租客都遇到过的烦心事。",
        "签合同时就把押金数额、退还时间和可以扣除的情形写清楚，是避免纠纷最有效的办法。",
    ]
    doc = _one([
        "房东拒不退还押金，租客该如何依法维权？",
        "作者：许某哲  2020-07-09 14:22",
        *body,
        "声明：该作品系作者结合法律法规及相关知识整合，如若内容错误请通过【投诉】功能联系删除。",
        "本文标签：押金 租房纠纷 房东",
        "扫一扫 分享到微信朋友圈",
        "相关法律咨询",
        "房东说押金要抵扣卫生费合理吗？",
        "提前一个月退租押金能要回来吗？",
    ])
    assert doc.authors == ["许某哲"]
    assert _lines(doc) == body


def test_departments_under_their_hospitals_names_are_a_roundups_records() -> None:
    """A commission's roundup of four honoured teams, each under `hospital + department` (a 科, a
    centre, a team) with a paragraph that refers back to it (该科…, 中心…, 团队…): one record each."""
    lines = [
        "我市卫生健康系统4个集体获评省级青年文明号",
        "发布日期：2023年05月04日 15:20　来源：沅江市卫生健康委员会",
        "近日，省里命名了2022年度省级青年文明号，我市卫生健康系统4个青年集体榜上有名。现将各集体事迹简要介绍如下。",
        "沅江市中心医院急诊医学科",
        "该科现有青年职工46人，率先在全市建成胸痛、卒中、创伤三大救治中心联动机制，2022年抢救危重患者3100余人次。",
        "沅江市妇幼保健院新生儿科",
        "新生儿科是全市危重新生儿救治中心，年收治新生儿2000余例，成功救治出生体重仅680克的超低出生体重儿。",
        "沅江市第三人民医院心理援助热线团队",
        "团队由21名青年心理治疗师、精神科医师和护士组成，2022年累计接听来电1.2万余次。",
        "辰溪县人民医院消化内镜中心",
        "中心青年医生常规开展四级内镜手术，2022年筛查群众8600余人，发现早期消化道癌及癌前病变63例。",
    ]
    assert [d.institution for d in clean_text("\n".join(lines)) if d.institution] == [
        "沅江市中心医院", "沅江市妇幼保健院", "沅江市第三人民医院", "辰溪县人民医院",
    ]


def test_the_day_in_the_writers_brackets_under_the_story_is_its_date() -> None:
    """A hospital's branch news with no date in its head: the writers' brackets under the story
    close with the day; that day is the record's date and the writers its authors."""
    body = [
        "10月22日，护理党支部组织党员护士走进下湾村开展义诊，为村民测量血压、血糖，讲解慢病用药知识。",
        "本次活动共服务村民130余人次，为12名行动不便的老人提供了上门随访服务。",
    ]
    doc = _one(["护理党支部开展主题党日活动", *body, "（通讯员：孙某琪 吴 某　2019年10月24日）", "上一条：医院召开主题教育调研成果交流会"])
    assert doc.published == "2019-10-24"
    assert doc.authors == ["孙某琪", "吴某"]
    assert _lines(doc) == body


def test_a_taiwan_pages_counter_and_writers_post_under_the_headline() -> None:
    """A Taiwan hospital's health page: 發布日期 in the Republic's years, a 點閱數 counter and the
    writer with the department and post before the name. The headline is the title, the writer the
    only author."""
    body = [
        "天氣轉涼以後，不少長者活動量減少、穿著也較厚重，在家中跌倒的情形常比夏天更多。",
        "長者跌倒後除了可能造成骨折、頭部外傷，也常因為害怕再次跌倒而減少活動。",
    ]
    doc = _one([
        "秋冬氣溫變化大　長者居家防跌三要點", "發布日期：111年10月17日", "更新日期：112年01月05日", "點閱數：2,846",
        "撰文：復健科 物理治療師 黃某婷", "", *body,
    ])
    assert doc.title == "秋冬氣溫變化大　長者居家防跌三要點"
    assert doc.published == "2022-10-17"
    assert doc.authors == ["黃某婷"]


def test_an_english_stamp_after_a_chinese_verb_and_an_english_subtitle() -> None:
    """A Singapore paper's stamps in English after 发布 / and 更新 /: the first is the date; a
    mainland paper's English subtitle under a short Chinese headline leaves the Chinese one the title."""
    body = [
        "冠病疫情下许多人转为居家办公,长时间坐在餐桌前用笔记本电脑,不少人因此出现腰背和颈肩疼痛。",
        "多家诊所的物理治疗师表示,过去一年多来,因腰背痛求诊的人数增加了约三成。",
    ]
    doc = _one(["居家办公一年多 腰背痛求诊人数增三成", "发布 / Aug 17, 2021 05:30 pm", "更新 / Aug 17, 2021 11:42 pm", "文 / 陈某琳", *body])
    assert doc.title == "居家办公一年多 腰背痛求诊人数增三成"
    assert doc.published == "2021-08-17T17:30"
    assert doc.authors == ["陈某琳"]
    doc = _one([
        "一间“慢下来”的诊室", "A Clinic That Slows Down: One Year of a Rare Disease Clinic",
        "2024-03-01 07:30:12　来源：临川晚报　记者 许某怡", *body,
    ])
    assert doc.title == "一间“慢下来”的诊室"
    assert doc.authors == ["许某怡"]


def test_a_players_buttons_between_the_headline_and_the_bar() -> None:
    """A station's audio and live pages print the player's buttons between the headline and the bar
    (▶ 收听, the clock, 下载音频 | 订阅本栏目; 回放, 弹幕 开/关): the headline is still the title."""
    body = [
        "3月7日上午，在安平镇下湾村卫生室，家庭医生团队的刘医生正在给72岁的村民复查血压。",
        "截至2018年底，全县共组建家庭医生团队96个，常住人口签约率达到38.6%。",
    ]
    title = "家庭医生签约服务提质扩面 今年重点人群签约率将达八成"
    doc = _one([title, "音频", "▶ 收听", "00:00/04:48", "下载音频 | 订阅本栏目", "发布时间：2019-03-08 07:30 　来源：柏溪县广播电视台", *body])
    assert doc.title == title
    doc = _one([title, "回放", "00:00 / 58:42", "弹幕 开/关", "发布时间：2022年08月19日 16:32　来源：河阳县融媒体中心", *body])
    assert doc.title == title


def test_attachments_a_sentence_points_to_stay_and_portal_chrome_goes() -> None:
    """A budget disclosure's attachments listed under `详见以下附件:` stay whole; a menu split by
    dotted bars, a row of bracketed badges, an arrow path, a share row in English, a column's
    opinion note and a map's loading line go."""
    body = [
        "根据预算公开工作要求，现将本单位2020年部门预算公开如下。",
        "具体预算数据详见以下附件:",
        *(f"附件{n}:2020年部门预算表{n}.xls" for n in range(1, 7)),
        "注:本单位2020年无政府性基金预算收支,附件6为空表。",
    ]
    doc = _one([
        "首 页 ┊ 机构职能 ┊ 政务动态 ┊ 医政管理 ┊ 疾病控制",
        "【学习强国】某某学习平台 | 【共产党员网】 | 【12380举报】",
        "信息公开 → 预算决算 → 正文",
        "青禾市疾病预防控制中心2020年部门预算公开",
        "发布时间：2020-03-06　来源：青禾市疾病预防控制中心",
        "Facebook　WhatsApp　複製連結",
        *body,
        "（地图加载中……点击地图可查看导航路线）",
        "（本文內容僅屬作者個人意見，不代表本報立場。）",
    ])
    assert _lines(doc) == body


def test_a_house_papers_issue_line_masthead_and_zoom_buttons() -> None:
    """A hospital's own paper online: the issue line far above the article gives the day, the
    masthead's fields, the pager and the zoom buttons go, and `文字:放大 缩小` names nobody; the
    letter's signature stays."""
    body = [
        "尊敬的肝胆外科全体医护人员：",
        "你们好！我是12病区38床患者的女儿。提笔写这封信的时候，母亲已经出院在家休养了一个多星期，每天能下楼散散步。",
        "千言万语说不尽，只能写下这封信，向你们说一声：谢谢！",
        "患者家属 陈某月",
        "2017年11月6日",
    ]
    doc = _one([
        "岚山一院报",
        "2017年11月20日  第22期  总第305期",
        "岚山市第一人民医院主办 | 主编：曹某宇 | 编辑部：党委宣传部 | 电话 0000-66270418",
        "版面导航：[第一版 要闻] [第二版 医疗前沿] [第三版 护理天地] [第四版 读者之声]",
        "« 上一版  |  下一版 »  |  版面目录",
        "文字：放大 缩小",
        "“你们给了我母亲第二次生命”",
        *body,
        "编辑部电话：0000-22815530",
    ])
    assert doc.published == "2017-11-20"
    assert "放大" not in doc.authors
    assert _lines(doc) == ["“你们给了我母亲第二次生命”", *body]


def test_a_thread_subject_over_a_long_poster_panel_and_no_floor_for_a_source() -> None:
    """An old board's thread: the subject labelled `标题:` over the poster's long panel (rank, UID,
    counts, status, the floor's `#1`) and the first post's stamp. The subject is the title, and
    neither the status nor the floor's number is taken for a title or a source."""
    body = [
        "前两天下班回来，看到菜市场门口贴了一张通知，说是因为道路拓宽，菜场要在四月底之前整体搬迁。",
        "大家怎么看？有没有知道内情的网友说说新菜场到底什么时候能建好？",
    ]
    doc = _one([
        "江城论坛 - 江城人自己的网上家园 - Powered by Discuz!",
        "发新话题 发布投票 发布商品 发布悬赏 发布活动",
        "标题: 小区门口的菜市场要拆了，大家怎么看？",
        "老街坊", "中级会员", "Rank: 3", "UID 10287", "帖子 1523", "精华 2", "积分 2890", "阅读权限 30",
        "注册 2006-8-1", "来自 江城水果湖", "状态 离线", "#1",
        "发表于 2008-3-5 21:14　资料　个人空间　短消息　加为好友",
        *body,
    ])
    assert doc.title == "小区门口的菜市场要拆了，大家怎么看？"
    assert doc.published == "2008-03-05T21:14"
    assert doc.metadata.get("source_name") is None


def test_a_holiday_list_with_each_centres_hours_is_a_roundup() -> None:
    """Five community centres' holiday hours, one numbered line each, some with clock times and some
    without: one record for each centre, not a directory."""
    names = ["城东区东关街道", "城东区新华街道", "城东区龙湾", "城东区柳湖街道", "城东区凤鸣"]
    hours = [
        "1月28日至2月4日每天8:00—12:00开放全科、中医科门诊，下午休诊。",
        "1月28日(除夕)、1月29日(初一)休诊，1月30日至2月4日上午正常开诊。",
        "假期内每天上午8:00—11:30开放全科门诊和药房，下午及夜间休诊。",
        "1月28日至1月31日休诊，2月1日至2月4日全天开诊，慢病患者可开具长处方。",
        "假期内每天8:00—17:00正常开诊，2月5日起恢复全部门诊服务。",
    ]
    lines = [
        "城东区社区卫生服务中心2025年春节假期门诊安排",
        "时间: 2025-01-21 09:30   来源: 城东区卫生健康局",
        "春节将至，为方便辖区居民节日期间就医，现将我区5家社区卫生服务中心春节假期(1月28日至2月4日)门诊安排公告如下：",
        *(f"{n}.{name}社区卫生服务中心：{h}" for n, (name, h) in enumerate(zip(names, hours, strict=True), 1)),
        "温馨提示：节日期间如遇急危重症，请立即拨打120急救电话。",
    ]
    assert [d.institution for d in clean_text("\n".join(lines)) if d.institution] == [f"{n}社区卫生服务中心" for n in names]


def test_an_apps_bar_with_the_weekday_and_its_plea_with_a_bracketed_button() -> None:
    """A county app's share page: the app's plea with its `[立即打开]` button goes, and the bar
    `某某新闻客户端 2025年3月5日 星期三 10:22` gives the day and its time under the headline."""
    body = [
        "三八妇女节前夕，县妇幼保健院启动2025年适龄妇女宫颈癌、乳腺癌免费筛查工作，全年计划为1.2万名妇女提供免费检查。",
        "据介绍，筛查项目包括妇科检查、宫颈细胞学检查和乳腺彩超等，对初筛结果异常的，医院将免费进行进一步检查。",
    ]
    doc = _one([
        "打开柘源新闻APP，阅读体验更佳　　[立即打开]",
        "县妇幼保健院为全县适龄妇女免费开展“两癌”筛查",
        "柘源新闻客户端　2025年3月5日 星期三 10:22",
        *body,
    ])
    assert doc.title == "县妇幼保健院为全县适龄妇女免费开展“两癌”筛查"
    assert doc.published == "2025-03-05T10:22"
    assert _lines(doc) == body


def test_a_cases_heading_is_not_joined_to_its_first_paragraph() -> None:
    """A commission's showcase of four cases, each headed `案例N:hospital——headline`: a long heading
    ending without punctuation is not the first half of a cut sentence, so the first case keeps its
    own record, though its first paragraph does not name the hospital."""
    lines = [
        "2023年度全市改善就医感受提升患者体验优秀案例展示",
        "发布日期：2024年3月5日 15:40　信息来源：医政医管科",
        "市卫生健康委组织开展了全市优秀案例征集评选活动，共评选出优秀案例10个。现选取其中4个案例予以展示，供各单位学习借鉴。",
        "案例1：安川市第一人民医院——“检查预约一站式”缩短患者等候时间",
        "以往患者开具多项检查后，需要到超声、放射、心电等科室分别预约，往返奔波。",
        "2023年6月，市第一人民医院上线检查集中预约平台，患者在医生工作站或手机上即可一次完成预约。",
        "案例2：安川市中医医院——开设“中医日间病房”减轻患者负担",
        "市中医医院选择颈椎病、腰椎间盘突出症等8个病种，开设中医日间病房，患者白天到院治疗、晚上回家休息。",
        "案例3：安川市儿童医院——夜间儿科“接诊不断档”",
        "市儿童医院根据近三年门急诊数据，动态调整夜间排班，在19:00至23:00高峰时段增开4个诊室。",
    ]
    assert [d.institution for d in clean_text("\n".join(lines)) if d.institution] == [
        "安川市第一人民医院", "安川市中医医院", "安川市儿童医院",
    ]


def test_a_headline_ending_in_a_units_word_is_no_sites_name(tmp_path: Path) -> None:
    """A portal's <title> is `headline - site`, the headline ending in 中心 as a site's name would:
    the page's <h1> is still the title, not a video box's caption marked as a title."""
    headline = "国家卫生健康委：年内县域医共体普遍设立慢病“一站式”服务中心"
    paras = [
        "记者从国家卫生健康委获悉，到2024年底，全国县域医共体将普遍设立慢性病“一站式”服务中心。",
        "服务中心将整合检查、用药、随访和健康管理等服务，让慢病患者在一个窗口就能办完相关事项。",
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline} - 国风网健康</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/health">健康</a></div>
<div class="article"><h1>{headline}</h1>
<div class="info">来源：卫生与健康报 | 2024年01月12日 19:36:08</div>
<div class="content"><p>{paras[0]}</p>
<div class="video-box"><p class="gf-video-title">【视频】一图读懂：县域慢病“一站式”服务怎么办</p></div>
<p>{paras[1]}</p></div></div>
<div class="footer">© 2024 国风网 版权所有</div></body></html>"""
    doc = _page(tmp_path, "policy.html", html)
    assert doc.title == headline
    assert doc.published == "2024-01-12T19:36:08"
