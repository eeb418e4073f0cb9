"""Rule families, not strings: spellings the examples do not list still go under the family's
rule id, inside an article as the chain sees it, and the body around them stays."""

from __future__ import annotations

import pytest

from cleaner.config import Config
from cleaner.filters.boilerplate import Boilerplate
from cleaner.filters.normalize import Normalize
from cleaner.model import Document
from cleaner.rules import script_literals, script_pattern

BEFORE = "7月2日,某某镇卫生院家庭医生团队走进村委会,为六十五岁以上老人开展免费体检,并建立健康档案。"
MORE = "据介绍,今年以来全镇已为两千余名老人完成体检,发现并转诊高血压、糖尿病患者一百余人。"
AFTER = "下一步,卫生院将继续推进家庭医生签约服务,把健康管理送到群众身边,切实提升群众就医获得感。"
# The block model is switched off: these are the rules' own families.
CFG = Config(disable=["block_model"])
STAGES = (Normalize(CFG), Boilerplate(CFG))


def removed(line: str) -> list[str]:
    doc = Document(id="t", source="t", original=f"{BEFORE}\n{line}\n{AFTER}")
    for st in STAGES:
        (doc,) = st.run(doc)
    assert BEFORE in doc.text and AFTER in doc.text
    return sorted({c.rule for c in doc.changes if c.stage == "boilerplate"})


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("责 任 编 辑:孔 明", "role_field_spaced"),
        ("初 审：钟一帆", "role_field_spaced"),
        ("稿源:", "role_field"),
        ("撰稿 / 刘晓光", "role_field"),
        ("摄影、文字:陶然", "role_field"),
        ("监 制 ：", "role_field_spaced"),
        ("责编 方圆", "role_name_credit"),
        ("记者 苏晴 通讯员 马骏", "role_name_credit"),
        ("2021.09.30 16:05 来源:某某区卫健局", "dated_source"),
        ("更新日期:2022-01-05", "date_field"),
        ("2020/12/31 08:15:00", "stamp_line"),
        ("索引号:", "record_field"),
        ("公开方式:主动公开", "record_field"),
        ("点击量:", "view_count"),
        ("关闭", "chrome_words"),
        ("【 打印 】 【 关闭 】", "chrome_words"),
        ("登录 | 注册", "chrome_words"),
        ("栏目", "chrome_words"),
        ("您当前所在位置:首页 > 卫生健康", "location_line"),
        ("第A12版:社会新闻", "epaper_label"),
        ("全文共860字,阅读大约需要3分钟", "reading_time"),
        ("违法和不良信息举报电话:12345", "notice_line"),
        ("本网原创稿件,转载请注明来源", "notice_line"),
        ("首页 | 要闻 | 卫健 | 医保 | 科普 | 视频 注册 | 登录 2022年5月6日（北京时间）", "link_row"),
        ("·专家门诊 ·检查预约 ·住院须知 ·医保政策 ·健康讲堂", "link_row"),
        ("某市卫健委召开基层医疗机构院感防控培训会议暨...", "teaser_line"),
        ("[快讯] 某某医院心外科完成首例微创瓣膜置换", "teaser_line"),
        ("健 康 视 点", "spaced_label"),
        ("民政厅 财政厅 教育厅 公安厅 司法厅 水利厅 商务厅 审计厅 统计局", "directory_row"),
        ("取自“https://wiki.example.org/w/index.php?title=某医院”", "wiki_chrome"),
        ("<script type=\"text/javascript\" src=\"/js/stat.js\"></script>", "script_tag_line"),
        ("您尚未登录,请登录后再发表评论", "comment_widget"),
        ("Monday, June 3rd, 2019 at 9:05 pm", "english_date_line"),
        ("某某县 >> 卫生健康局 >> 工作动态", "location_line"),
        ("某某报首页 → 健康 → 医院新闻", "location_line"),
        ("对侵犯本报著作权的行为,将依法追究侵权责任", "copyright_notice"),
        ("热门标签: 体检 疫苗 义诊", "tag_line"),
        ("健康频道联系方式:热线电话 (0731)1234567", "notice_line"),
        ("来稿邮箱:health@example.org", "notice_line"),
        ("你是本网站第 88 位访客", "view_count"),
        ("累计访问量:102400", "view_count"),
        ("此文已被阅读 35 次", "view_count"),
        ("部分图片来自网络,侵删", "image_source_note"),
        ("（若有侵权,请联系我们删除）", "image_source_note"),
        ("本文为某某号作者上传发布,仅代表作者观点", "copyright_notice"),
        ("QQ空间 | 新浪微博 | 豆瓣 | 复制网址", "share_widget"),
        ("扫一扫二维码分享给朋友", "share_widget"),
        ("点击左下角“阅读原文”查看活动详情", "follow_prompt"),
        ("打开某某新闻APP 查看更多", "follow_prompt"),
        ("如果觉得文章有用,记得点赞", "follow_prompt"),
        ("推荐使用 1280*800 以上分辨率浏览本站", "icp_record"),
        ("网站已支持IPv6", "icp_record"),
        ("（左图为新院区效果图）", "caption_marker"),
        ("收录于话题 #护士节", "wechat_chrome"),
        ("向上滑动看下一个", "wechat_chrome"),
        ("微信扫一扫 使用小程序", "wechat_chrome"),
        ("某某县妇幼保健院 2022年5月12日 20:41 广东", "wechat_chrome"),
        ("以下文章来源于某某疾控 ,作者健康君", "wechat_chrome"),
        ("戳这里,了解预约方式", "follow_prompt"),
        ("设为星标,不错过每一篇推送", "follow_prompt"),
        ("文案/某某 剪辑/某某", "role_field"),
        ("我要写信 我要咨询", "chrome_words"),
        ("爆料邮箱 tips@example.org", "notice_line"),
        ("某某都市报电子版", "site_name_line"),
        ("板凳", "forum_chrome"),
        ("#15", "forum_chrome"),
        ("发表于 2006-3-2 09:15 | 只看该作者", "forum_chrome"),
        ("只看楼主 倒序浏览", "forum_chrome"),
        ("本帖最后由 小某 于 2006-3-2 09:20 编辑", "forum_chrome"),
        ("积分 230 注册时间 2005-7-1", "forum_chrome"),
        ("浏览(56) | 评论(2) | 收藏", "forum_chrome"),
        ("我的相册 / 我的好友 / 留言板", "forum_chrome"),
        ("已有 12 人参与", "comment_widget"),
        ("换一批", "comment_widget"),
        ("文明上网、理性发言", "notice_line"),
        ("客服热线:4000000001", "notice_line"),
        ("新闻报料电话:0000-7654321", "notice_line"),
        ("本文转载自某某网,版权归原作者所有", "copyright_notice"),
        ("相关关键词: 义诊 护士节", "tag_line"),
        ("扫一扫,关注医院公众号", "follow_prompt"),
        # Rules are written in simplified script and match traditional script too.
        ("版權所有：某某醫院", "copyright_line"),
        ("瀏覽次數：123", "view_count"),
        ("免責聲明：本文僅代表作者觀點", "copyright_notice"),
        ("掃一掃 關注我們", "follow_prompt"),
        ("【列印】【關閉】", "print_close"),
        ("責任編輯：王某", "editor_line"),
    ],
)
def test_family_members_go_under_the_family_id(line: str, rule: str) -> None:
    assert removed(line) == [rule]


def test_a_pattern_gets_the_traditional_forms_of_its_characters_and_nothing_else_moves() -> None:
    assert script_pattern("版权所有(?![权人者])") == "版[权權]所有(?![权權人者])"
    # escapes, ranges and ASCII stay as written; a negated class gets the forms too
    assert script_pattern(r"\发[一-龥]{2}[^发的]\s*") == r"\发[一-龥]{2}[^发發髮的]\s*"
    # a group's name is no text to match (and must stay a valid name)
    assert script_pattern("(?P<发>编辑)(?P=发)") == "(?P<发>[编編][辑輯])(?P=发)"
    # a literal as written and in traditional script, not every mix of the two
    assert script_literals("编辑") == ["编辑", "編輯"]
    assert script_literals("头发") == ["头发", "頭發", "頭髮"]
    assert script_literals("义诊") == ["义诊", "義診"] and script_literals("ICP") == ["ICP"]


@pytest.mark.parametrize(
    "line",
    [
        "编辑部主任带领大家学习了新修订的医疗质量管理办法。",
        "来源于社区的反馈意见,已经汇总报送给区卫健局。",
        "记者节前夕,医院与媒体朋友举行了座谈。",
        "时间:2024年7月5日上午9:00",
        "地点:医院门诊楼三楼会议室",
        "关闭了两个旧病区之后,医院把床位集中到新大楼。",
        "阅读是最好的心理疗愈,病区里设立了图书角。",
        "第二版诊疗方案已印发到各科室。",
        "举报和投诉的处理结果将在七个工作日内反馈给群众。",
        "一、加强组织领导",
        "| 科室 | 周一 | 周二 | 周三 | 周四 | 周五 |",
        "他笑着说：“下次还来看望大家...”",
        "张 伟",
        "张伟 李娜 王芳 刘洋 陈静 杨帆 赵磊 黄敏 周杰",
        "北京、天津、河北三地的医院签订了协作协议。",
        "Dr. Smith said the hospital does not charge for screening.",
        "筛查-->评估-->干预,全程由专科护士跟进。",
        "1 2 3 4 5 6 7",
        "最新评论显示,多数患者对夜间门诊表示满意。",
        "分享到朋友圈的科普文章,帮助更多家庭了解了儿童哮喘的规范治疗方法。",
        "工作人员指导老人扫描二维码关注医院服务号。",
        "第100位来访者获赠一份健康礼包。",
        "据统计,医院官网今年访问量已突破100万人次。",
        "图片展览共展出作品120幅,记录了医院七十年发展历程。",
        "新设备支持1920×1080分辨率的内镜影像。",
        "患者觉得效果不错,专程送来锦旗。",
        "收录于院志的这张照片摄于1958年。",
        "2023年11月12日 09:05,一名产妇被紧急送到医院。",
        "星标准化建设让病区管理更加规范。",
        "住院部12楼新开设了日间病房。",
        "回复患者留言是客服中心每天的工作。",
        "关键词:冠心病;介入治疗;护理",
        "医院服务热线:0000-1234567,24小时有人接听。",
    ],
)
def test_content_lines_that_look_alike_stay(line: str) -> None:
    assert removed(line) == []


def _clean(text: str) -> Document:
    doc = Document(id="t", source="t", original=text)
    for st in STAGES:
        (doc,) = st.run(doc)
    return doc


def test_every_link_box_goes_and_the_article_between_them_stays() -> None:
    boxes = [
        "延伸阅读:某某县医院日间手术突破千例",
        "日间病房如何预约",
        AFTER,
        "推荐阅读",
        "医院举办护士节表彰大会",
        "骨科完成首例机器人辅助手术",
        MORE,
        "网友评论",
        "游客:说得好",
    ]
    doc = _clean("\n".join([BEFORE, *boxes]))
    assert doc.text == f"{BEFORE}\n{AFTER}\n{MORE}"
    assert sorted({c.rule for c in doc.changes}) == ["comment_block", "related_block"]


def test_a_link_box_ends_at_a_numbered_section_heading() -> None:
    text = "\n".join([BEFORE, "相关推荐", "医院举办护士节表彰大会", "二、强化基层服务", "社区卫生服务中心", AFTER])
    doc = _clean(text)
    assert "医院举办护士节表彰大会" not in doc.text
    assert "二、强化基层服务\n社区卫生服务中心" in doc.text and AFTER in doc.text


def test_a_related_box_under_a_body_written_with_half_width_stops_goes_whole() -> None:
    """A page whose sentences end in half-width full stops: its 热门推荐 box under the body goes with
    its items, as under a body written with 。."""
    from cleaner.api import clean_text

    body = (
        "春季是流感,诺如病毒感染等传染病的高发季节,县疾控中心提醒广大市民注意个人卫生,勤洗手,多通风.\n"
        "学校,托幼机构等人员密集场所要落实晨午检制度,发现病例及时报告,防止疫情扩散蔓延.\n"
        "出现发热,咳嗽等症状要及时就医,就医时全程佩戴口罩,避免交叉感染.\n"
    )
    box = "热门推荐\n某某县城区部分路段3月起实行单向通行\n某某县事业单位公开招聘公告发布\n周末去哪儿? 这几处油菜花开了\n"
    [record] = clean_text(body + box, doc_id="p")
    assert record.text.strip() == body.strip()
