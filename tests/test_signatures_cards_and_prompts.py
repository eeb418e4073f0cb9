"""Pages from health commissions' portals, county media, doctors' platforms and hospitals' channel
accounts: a notice signed on one line, reviewers and buttons read beside a writer, a paper's day
before its page number, a video page's prompts over its headline, a record table a cell a line,
a header's welcome row and a footer's slogan, follow prompts and tag rows, and a doctor's card over
a post. Each test is a page written for the project, and what a user reads in the records is checked."""

from __future__ import annotations

from .helpers import lines_of as _lines
from .helpers import one_record as _one

_NOTICE_BODY = [
    "各乡镇卫生院，县直各医疗卫生单位：",
    "为进一步落实医疗机构感染预防与控制各项制度，及时发现和消除院感风险隐患，我委决定在全县开展专项检查。现将有关事项通知如下：",
    "一、检查范围",
    "全县二级以上医院、妇幼保健机构以及随机抽取的乡镇卫生院和社区卫生服务中心。",
    "二、工作要求",
    "各单位要高度重视，明确专人负责，于6月20日前将自查报告报送县卫生健康委医政医管股。",
]


def test_a_notice_signed_by_its_issuer_and_day_on_one_line_keeps_the_signature() -> None:
    """`溪口县卫生健康委员会    2023年5月18日` closes the notice: the issuer and the day it was signed
    are the notice's own, on one line as well as on two; the portal's buttons under it still go."""
    doc = _one([
        "溪口县卫生健康委员会",
        "关于开展2023年医疗机构感染防控专项检查的通知",
        "信息来源：溪口县卫生健康委员会   发布日期：2023-05-22   点击量：1547",
        *_NOTICE_BODY,
        "溪口县卫生健康委员会    2023年5月18日",
        "【打印本页】   【关闭窗口】",
        "网站地图 | 联系我们 | 无障碍",
    ])
    lines = _lines(doc)
    assert "溪口县卫生健康委员会 2023年5月18日" in [" ".join(ln.split()) for ln in lines]
    assert "各单位要高度重视，明确专人负责，于6月20日前将自查报告报送县卫生健康委医政医管股。" in lines
    assert not any("打印本页" in ln or "网站地图" in ln for ln in lines)
    assert doc.published.startswith("2023-05-22")


def test_a_medical_reviewer_beside_the_writer_is_no_author() -> None:
    """`撰文：某某　医学审核：某某（…主任医师）`: the writer is the author; `医学审核` is a reviewer's
    label, and neither `医学` nor the reviewer is an author."""
    doc = _one([
        "补维生素D之前，要不要先抽血查一查？",
        "2022年03月15日 14:20　来源：杏林医讯",
        "撰文：孟某琪　医学审核：邓某刚（澄川医科大学附属第一医院内分泌科 主任医师）",
        "入冬以后，不少人开始给自己和家人补充维生素D，有人一吃就是好几年，却从来没有查过血。",
        "专家提醒，维生素D属于脂溶性维生素，长期大剂量服用可能在体内蓄积，出现高钙血症等问题。",
    ])
    assert doc.authors == ["孟某琪"]
    assert doc.metadata.get("source_name") == "杏林医讯"


def test_a_close_button_in_brackets_after_the_body_is_no_byline() -> None:
    """`【关闭】` alone under the article is the page's button, not a writer named in brackets."""
    doc = _one([
        "一场与时间赛跑的接力——我院成功救治一名急性脑梗死患者",
        "发布日期：2018-9-5  作者：邹某岚 周某  来源：溪口县中医院  点击：",
        "9月2日凌晨，一名68岁的男性患者因突发言语不清、右侧肢体无力被家人送到我院急诊科。",
        "急诊科医生立即启动卒中绿色通道，从入院到开始溶栓治疗仅用了38分钟，患者症状明显好转。",
        "【关闭】",
    ])
    assert doc.authors == ["邹某岚", "周某"]
    assert "关闭" not in doc.text


def test_a_papers_day_before_its_page_number_is_the_date_not_part_of_the_source() -> None:
    """`来源：澄川晚报  2016/11/08  第A07版  记者 某某`: the paper is the source, the day is the
    article's date and the reporter its author."""
    doc = _one([
        "守在重症监护室的“夜行者”",
        "来源：澄川晚报  2016/11/08  第A07版  记者 宋某佳",
        "凌晨两点的重症医学科，监护仪的报警声此起彼伏，值班医生在病床之间来回穿梭。",
        "这样的夜班，科室主任贺某舟已经值了二十多年，他说重症医学的每一分钟都关乎生死。",
    ])
    assert doc.metadata.get("source_name") == "澄川晚报"
    assert doc.published == "2016-11-08"
    assert doc.authors == ["宋某佳"]


def test_a_video_pages_player_and_app_prompt_over_the_info_bar_are_no_title() -> None:
    """On a county station's video page the headline stands over the clip's length, its play button and
    the prompt to watch more in the app: none of those is the title, the headline is."""
    doc = _one([
        "溪口新闻客户端",
        "全国儿童预防接种日 县疾控中心进社区宣传疫苗知识",
        "时长：01:48",
        "点击播放",
        "下载溪口新闻客户端 观看更多视频",
        "来源:溪口广播电视台  时间:2018-04-25 20:15  播放:932次",
        "今天是第32个全国儿童预防接种日。上午，县疾控中心联合城南社区卫生服务中心在人民广场开展宣传活动。",
        "县疾控中心免疫规划科副科长介绍，目前我国免费为适龄儿童接种11种疫苗，可以预防12种传染病。",
        "（溪口台记者 吕某 钟某雨）",
    ])
    assert doc.title == "全国儿童预防接种日 县疾控中心进社区宣传疫苗知识"
    assert doc.published.startswith("2018-04-25")
    assert not any("下载溪口新闻客户端" in ln or "点击播放" in ln for ln in _lines(doc))


def test_a_channels_headline_under_its_date_and_over_its_follow_prompt_is_the_title() -> None:
    """A hospital account's export: the account's name, the date, the headline, then the prompt that
    quotes the account's name: the headline is the title, the account's name is no title."""
    doc = _one([
        "澄川市人民医院",
        "发布时间：2024/02/05 16:48",
        "",
        "@所有人，澄川市人民医院2024年春节假期门诊安排来了！",
        "",
        "点击上方蓝字“澄川市人民医院”→点击右上角“...”→选择“设为星标★”，第一时间获取医院资讯",
        "",
        "2024年春节将至，结合我院实际，现将春节假期（2月10日至17日）门诊安排公告如下：",
        "2月10日（初一）：急诊正常开放，普通门诊停诊。",
        "2月11日（初二）至2月17日（初八）：开放内科、外科、儿科普通门诊，上午8:00至12:00。",
    ])
    assert doc.title == "@所有人，澄川市人民医院2024年春节假期门诊安排来了！"
    assert not any("设为星标" in ln for ln in _lines(doc))
    assert "2月10日（初一）：急诊正常开放，普通门诊停诊。" in _lines(doc)


def test_a_record_table_a_cell_a_line_gives_its_generated_day_as_the_date() -> None:
    """An 信息公开 page's table with each label over its value: `生成日期：` / `2016-08-03` is the page's
    date when it states no other; the table's cells leave the text."""
    doc = _one([
        "索引号：",
        "015132768/2016-00412",
        "发布机构：",
        "溪口县卫生和计划生育局",
        "生成日期：",
        "2016-08-03",
        "文号：",
        "溪卫计发〔2016〕37号",
        "溪口县卫生和计划生育局关于做好2016年秋冬季呼吸道传染病防控工作的通知",
        "各乡（镇）卫生院，县人民医院、县中医医院、县疾病预防控制中心：",
        "秋冬季是流感、手足口病等呼吸道传染病的高发季节。为有效预防和控制呼吸道传染病，现就做好相关防控工作通知如下：",
        "一、加强监测预警，各医疗机构要严格落实传染病疫情报告制度。",
    ])
    assert doc.published == "2016-08-03"
    assert doc.title == "溪口县卫生和计划生育局关于做好2016年秋冬季呼吸道传染病防控工作的通知"
    assert "生成日期：" not in _lines(doc)


def test_a_welcome_row_and_a_breadcrumb_of_guillemets_go_with_the_head() -> None:
    """`某某局欢迎您！ 手机版 | 微信公众号 | 微博` is the header's, and its exclamation does not end the
    head: the breadcrumb under it (`首页 » 通知公告 » 正文`) goes too."""
    doc = _one([
        "溪口县卫生健康局",
        "溪口县卫生健康局欢迎您！  手机版 | 微信公众号 | 微博",
        "首页 | 机构职能 | 卫健要闻 | 通知公告 | 政策法规 | 办事服务 | 健康科普",
        "首页 » 通知公告 » 正文",
        "溪口县卫生健康局关于印发2021年度县级临床重点专科建设项目名单的通知",
        "[2021-06-30]   发布者：admin   来源：溪口县卫生健康局医政医管股   阅读：[ 865 ]次",
        "各乡镇卫生院，县直各医疗卫生单位：",
        "为提升县域医疗服务能力，经单位申报、专家评审和网上公示，确定县人民医院心血管内科等6个专科为2021年度县级临床重点专科建设项目。",
    ])
    lines = _lines(doc)
    assert not any("欢迎您" in ln or "»" in ln for ln in lines)
    assert lines[0] == "各乡镇卫生院，县直各医疗卫生单位："


def test_a_slogan_over_the_page_printed_again_in_its_footer_goes_both_times() -> None:
    doc = _one([
        "健康中国 你我同行",
        "溪口县卫生健康局",
        "首页 | 机构概况 | 政务公开 | 卫健要闻 | 基层动态 | 疾病防控 | 健康教育",
        "我县家庭医生签约服务覆盖率稳步提升 重点人群签约率达七成",
        "信息来源：溪口县卫生健康局基层卫生股  发布时间：2020-10-21  作者：唐某欣",
        "今年以来，县卫生健康局以提升签约服务质量为重点，推动家庭医生签约服务提质扩面。",
        "截至9月底，全县常住人口签约覆盖率达到百分之四十二，重点人群签约率达到百分之七十一。",
        "网站地图 | 联系我们 | 隐私声明",
        "健康中国 你我同行",
        "主办：溪口县卫生健康局  承办：溪口县健康教育所",
    ])
    assert not any("你我同行" in ln for ln in _lines(doc))
    assert "截至9月底，全县常住人口签约覆盖率达到百分之四十二，重点人群签约率达到百分之七十一。" in _lines(doc)


def test_prompts_tags_and_a_picture_note_go_and_the_article_stays() -> None:
    """A previous-article link after a ◀, an account's follow prompts and its keyword for a leaflet,
    a note that the picture is not of the story, and a health site's 相关疾病 row."""
    doc = _one([
        "褪黑素能不能长期吃？医生提醒别把它当安眠药",
        "2016-03-02 来源：澄川晚报",
        "关注“澄川健康”，了解最新卫生健康资讯",
        "近来，不少失眠的人把褪黑素当成了助眠神器，睡前吃上一两粒，有的人一吃就是好几年。",
        "（配图与本文无关）",
        "青禾市精神卫生中心睡眠医学科主任医师葛某燕介绍，褪黑素对倒时差有一定帮助，但对于焦虑引起的失眠，单靠它往往效果有限。",
        "相关疾病：失眠 焦虑症 抑郁症 睡眠呼吸暂停综合征",
        "关注澄川健康微信公众号，回复“失眠”领取睡眠自测表",
        "◀ 上一篇 我院举行2016年“世界睡眠日”义诊活动",
        "▶ 下一篇 春季养肝，这几件事要做好",
    ])
    lines = _lines(doc)
    for gone in ("关注“澄川健康”", "配图与本文无关", "相关疾病", "回复“失眠”", "上一篇", "下一篇"):
        assert not any(gone in ln for ln in lines), gone
    assert lines[0] == "近来，不少失眠的人把褪黑素当成了助眠神器，睡前吃上一两粒，有的人一吃就是好几年。"
    assert len(lines) == 2


def test_an_account_stating_itself_as_the_source_under_its_post_is_the_source() -> None:
    """`原创 急诊科 某某医院 …` names the account that posted the article; `来源：某某医院` under the
    article states it as the source too: both are kept."""
    doc = _one([
        "高温天干活，这些中暑信号千万别硬扛",
        "原创 急诊科 澄川市中心医院 2025年07月16日 10:05 河南",
        "点击上方蓝字 关注我们",
        "连日来，我市持续高温，医院急诊科接诊的中暑患者明显增多，其中不少是户外作业人员。",
        "急诊科医生提醒，出现头晕、乏力、大量出汗时要立即到阴凉处休息，及时补充含盐的水分。",
        "作者：急诊科 冯某禾",
        "审核：史某梁",
        "来源：澄川市中心医院",
    ])
    assert doc.metadata.get("source_name") == "澄川市中心医院"
    assert doc.authors == ["冯某禾"]


def test_a_doctors_card_over_the_post_names_its_author() -> None:
    """A doctor platform's page: the doctor's name, then the hospital, department and rank on one
    line, over the post's headline and time: the doctor wrote it."""
    doc = _one([
        "健语 - 医生说健康",
        "推荐　关注　科普视频　问医生　我的",
        "吴某明",
        "澄川市第二人民医院 眼科 副主任医师",
        "已认证　+关注",
        "孩子近视涨得快？眼科医生：这3个习惯比滴眼药水更管用",
        "2021-09-27 07:30 发布于浙江",
        "开学一个月，门诊里来复查的孩子明显多了起来，不少家长一坐下就问度数怎么又涨了。",
        "其实，儿童青少年的眼球还在发育，一旦近视，度数往往会随着眼轴变长而逐年增加。",
    ])
    assert doc.authors == ["吴某明"]
    assert doc.title == "孩子近视涨得快？眼科医生：这3个习惯比滴眼药水更管用"
    assert "澄川市第二人民医院 眼科 副主任医师" not in _lines(doc)
