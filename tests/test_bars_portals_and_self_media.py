"""Pages from evening papers, health portals, doctors' platforms and self-media sites: a bar whose
reporters are marked with what they did, a breadcrumb between the headline and the bar, a page's
<title> with its parts joined by hyphens, a Hong Kong paper's roundup of clinics under district
headings, a doctor's platform's counters and priced services, search prompts and letter indexes, a
self-media page's byline outside its article box and its two-digit year, a doctor's own byline under
the summary. Each test is a page written for the project, and what a user reads in the record is
checked."""

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
