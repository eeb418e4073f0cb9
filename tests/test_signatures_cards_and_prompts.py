"""Pages from health commissions' portals, county media, doctors' platforms and hospitals' channel
accounts: a notice signed on one line, reviewers and buttons read beside a writer, a paper's day
before its page number, a video page's prompts over its headline, a record table a cell a line,
a header's welcome row and a footer's slogan, follow prompts and tag rows, and a doctor's card over
a post. Each test is a page written for the project, and what a user reads in the records is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page

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


def test_a_price_notices_complaints_line_over_its_signature_is_the_notices() -> None:
    """`价格咨询及投诉电话：…` between a price notice's last sentence and its signature tells the reader
    whom to ask: it stays, though `投诉` is a word site chrome uses too."""
    doc = _one([
        "澄川市第一人民医院 Chengchuan First People's Hospital",
        "网站首页  医院概况  院务公开  医疗服务  科室导航  专家介绍  护理园地  医院文化  互动交流",
        "★ 院务公开",
        "· 医疗服务价格",
        "· 药品价格",
        "· 收费标准",
        "· 投诉渠道",
        "首页 > 院务公开 > 医疗服务价格",
        "澄川市第一人民医院部分医疗服务项目价格公示",
        "来源：价格管理办公室   发布时间：2018-01-10 15:22:08   浏览：【 507 】次",
        "根据澄川市发展和改革委员会、澄川市卫生和计划生育委员会《关于调整公立医院部分医疗服务价格的通知》(江发改价〔2017〕218号)要求，我院自2018年1月15日零时起执行新的医疗服务价格，同时取消药品加成（中药饮片除外），实行药品零差率销售。现将部分调整项目价格公示如下：",
        "序号 项目名称 计价单位 原价格(元) 现价格(元) 备注",
        "1 普通门诊诊查费 次 4.00 10.00",
        "2 副主任医师门诊诊查费 次 7.00 15.00",
        "3 主任医师门诊诊查费 次 10.00 20.00",
        "4 急诊诊查费 次 5.00 12.00",
        "5 住院诊查费 日 6.00 15.00",
        "6 Ⅰ级护理 日 12.00 24.00",
        "7 静脉输液 次 4.00 6.00 第二组起每组加收1元",
        "8 CT平扫(64排) 部位 260.00 220.00 增强扫描另计",
        "9 磁共振平扫(1.5T) 部位 580.00 480.00",
        "10 彩色多普勒超声常规检查 部位 90.00 80.00",
        "以上价格为三级医院收费标准，医保患者按规定比例报销。其余项目价格可通过门诊大厅电子显示屏、自助查询机查询。",
        "价格咨询及投诉电话：0000-7282315（价格管理办公室）",
        "澄川市第一人民医院",
        "2018年1月10日",
        "【我要打印】【关闭本页】",
        "分享到：QQ空间 新浪微博 腾讯微博 人人网 微信",
        "返回顶部",
        "地址：澄川市建设中路66号  邮编：000000 | 某ICP备13006628号 | 网站管理：信息中心",
    ])
    lines = _lines(doc)
    assert "价格咨询及投诉电话：0000-7282315（价格管理办公室）" in lines
    assert lines[-2:] == ["澄川市第一人民医院", "2018年1月10日"]
    assert "10 彩色多普勒超声常规检查 部位 90.00 80.00" in lines


def test_a_menu_split_by_dashed_bars_goes() -> None:
    doc = _one([
        "澄溪县人民医院欢迎您！",
        "首 页 ┆ 医院概况 ┆ 新闻动态 ┆ 党建工会 ┆ 医疗技术 ┆ 护理天地 ┆ 便民服务 ┆ 联系我们",
        "当前位置：首页 - 党建工会 - 正文",
        "【字体：小 大】",
        "无偿献血倡议书",
        "时间：2014年06月12日  文章录入：admin  责任编辑：admin  点击：[ 398 ]",
        "全院干部职工、广大市民朋友们：",
        "6月14日是第十一个\"世界献血者日\"。血液是生命之源，目前尚不能人工制造，临床用血完全依靠健康公民的无私奉献。",
        "每年夏季，受高温天气和学生放假等因素影响，献血人数明显减少，而临床用血需求却持续增加，我县血液供应面临较大压力。",
        "作为医务工作者，我们每天都目睹着因失血而命悬一线的患者，也见证着一袋袋热血带来的生命奇迹。在此，澄溪县人民医院向全院干部职工和社会各界爱心人士发出倡议：",
        "一、年龄在18至55周岁、身体健康的同志，积极参与无偿献血，用实际行动为生命接力；",
        "二、党员、团员和医务人员带头献血，发挥模范带头作用；",
        "三、暂时不符合献血条件的朋友，请积极宣传无偿献血知识，带动身边的亲友加入献血者行列。",
        "献一次血并不会影响身体健康。健康成年人一次献血200—400毫升，仅占全身血量的5%—8%，献血后血容量在短时间内即可得到补充恢复。",
        "献一次血并不会影响身体健康。健康成年人一次献血200—400毫升，仅占全身血量的5%—8%，献血后血容量在短时间内即可得到补充恢复。",
        "6月14日上午8:00—12:00，县中心血库采血车将停靠在医院门诊楼前广场，欢迎大家踊跃参与。",
        "让我们行动起来，伸出您的臂膀，为生命续航！",
        "中共澄溪县人民医院委员会",
        "澄溪县人民医院",
        "2014年6月12日",
        "打印本文  关闭窗口",
        "上一篇：我院召开2014年党风廉政建设工作会议",
        "下一篇：我院组织职工参加县\"七一\"歌咏比赛",
        "版权所有：澄溪县人民医院  某ICP备05021983号  地址：澄溪县城关镇人民路56号 电话：0000-6012120",
        "您是第 1289734 位访客",
    ])
    assert not any("┆" in ln for ln in _lines(doc))
    assert doc.title == "无偿献血倡议书"


def test_an_epaper_columns_issue_line_is_neither_its_source_nor_its_title() -> None:
    """A weekly column's page: the paper's name, `健康周刊  第32期`, the day and the page, the editors,
    then the headline over the reporters: the headline is the title, the paper the source."""
    doc = _one([
        "澄川日报",
        "健康周刊  第32期",
        "2019年10月15日 星期二  第11版",
        "主编：唐某华  责任编辑：沈某  美编：许某",
        "健康周刊热线：0000-5218866  投稿邮箱：jkzk@example.com",
        "首页 > 电子报 > 第11版：健康周刊",
        "秋季腹泻进入高发期 宝宝拉肚子别急着止泻",
        "记者 贺某 通讯员 黎某志",
        "入秋以来，市儿童医院消化内科门诊接诊的腹泻患儿明显增多，其中大部分是6个月至2岁的婴幼儿。",
        "该院消化内科主任医师介绍，秋季腹泻大多由轮状病毒感染引起，家长要做好预防和护理。",
        "来源：澄川日报",
    ])
    assert doc.title == "秋季腹泻进入高发期 宝宝拉肚子别急着止泻"
    assert doc.metadata.get("source_name") == "澄川日报"
    assert doc.authors == ["贺某", "黎某志"]
    assert doc.published == "2019-10-15"
    assert not any("投稿邮箱" in ln or "健康周刊" in ln for ln in _lines(doc))


def test_a_self_media_pages_platform_name_badge_and_follow_button_are_no_title() -> None:
    """A platform's page: its name and an app prompt, the account's name, the time, the account's badge
    and its follow button, then the headline: the headline is the title and the badge names the
    account."""
    doc = _one([
        "百度",
        "打开百度APP看高清图片",
        "澄川县中医医院",
        "2024-07-12 18:05发布于四川",
        "澄川县中医医院官方帐号",
        "关注",
        "三伏贴7月15日起开贴！这几类人群不宜贴，贴前请看清",
        "文/李某  图/王某",
        "“冬病夏治”是中医的特色疗法之一。为满足群众需求，澄川县中医医院将于7月15日起开展三伏贴敷贴服务。",
        "三伏贴并非人人适用，孕妇、皮肤过敏者以及发热患者不宜贴敷。",
    ])
    assert doc.title == "三伏贴7月15日起开贴！这几类人群不宜贴，贴前请看清"
    assert doc.metadata.get("account_name") == "澄川县中医医院"
    assert "官方帐号" not in str(doc.metadata.get("source_name"))
    assert doc.authors == ["李某"]


def test_an_accounts_card_under_the_headline_and_time_is_no_title() -> None:
    """A news app's page: the headline and its time, the share pop-up, then the account's card (its name,
    where it posted from, its follow button) over the body."""
    doc = _one([
        "守了村卫生室31年，他把全村老人的血压记在一本本笔记里",
        "2021-03-05 09:12:37 广东",
        "举报",
        "分享至",
        "用微信扫码二维码",
        "分享给微信好友及朋友圈",
        "杏林观察",
        "发布于 广东",
        "关注",
        "清晨六点半，澄川县梅溪村卫生室的门就开了。62岁的乡村医生罗某生把血压计和笔记本装进帆布包，准备去村里转一圈。",
        "作者：陈某远",
        "这样的“转一圈”，罗某生坚持了31年。全村60岁以上的老人有280多个，每位慢病老人他都建了档。",
    ])
    assert doc.title == "守了村卫生室31年，他把全村老人的血压记在一本本笔记里"
    assert doc.metadata.get("account_name") == "杏林观察"
    assert doc.authors == ["陈某远"]
    assert not any("扫码" in ln or "杏林观察" == ln for ln in _lines(doc))


def test_a_question_pages_stamp_dates_it_and_its_verdicts_and_ratings_go() -> None:
    """A Q&A page: the question's stamp (the asker's sex and age, the day, `已解决`) dates the page
    under its question; the asker's verdict, the answers' ratings and the call to ask go, the answers
    stay."""
    doc = _one([
        "问诊帮 · 网页版                      下载APP   登录",
        "首页 / 皮肤科 / 荨麻疹 / 问答详情",
        "慢性荨麻疹反复三个月，一停药又起怎么办？",
        "2025-02-17 08:09  · 男 · 29岁  · 已解决",
        "今年过年前后开始身上起风团，一块一块的很痒，医生说是慢性荨麻疹，让吃抗过敏药。想问这个病能根治吗？药要吃多久？",
        "2个回答",
        "提问者采纳",
        "黎某远  主治医师  澄川医科大学附属医院  皮肤科",
        "风团反复发作超过6周就属于慢性荨麻疹，治疗原则不是症状一好就停药，而是规律用药、控制住以后再慢慢减量。",
        "评价：有用 57 | 无用 2",
        "患者评价：非常满意  \"回复很及时，讲得很清楚\"",
        "还有疑问？向黎某远医生咨询   ¥39 图文问诊",
    ])
    assert doc.title == "慢性荨麻疹反复三个月，一停药又起怎么办？"
    assert doc.published.startswith("2025-02-17")
    lines = _lines(doc)
    for gone in ("提问者采纳", "有用 57", "患者评价", "还有疑问"):
        assert not any(gone in ln for ln in lines), gone
    assert "风团反复发作超过6周就属于慢性荨麻疹，治疗原则不是症状一好就停药，而是规律用药、控制住以后再慢慢减量。" in lines


def test_a_community_posts_poster_with_a_level_badge_is_its_author_not_a_subtitle() -> None:
    doc = _one([
        "心安病友圈 · 心血管病患者交流社区",
        "首页  圈子  问医生  病友分享  我的",
        "病友分享 > 心律失常圈",
        "我做了房颤射频消融，写给还在犹豫的病友",
        "山茶花开2019",
        "LV5 资深病友  |  房颤 · 射频消融术后",
        "2023-09-14 20:52  发布于 江苏",
        "+ 关注",
        "第一次发现房颤是在2021年冬天，那天爬楼梯爬到三楼，心突然跳得又快又乱，坐下来歇了二十分钟才缓过来。",
        "到澄川市心血管病医院做了心电图和24小时动态心电图，诊断是阵发性房颤，医生先让我吃药控制。",
    ])
    assert doc.title == "我做了房颤射频消融，写给还在犹豫的病友"
    assert doc.authors == ["山茶花开2019"]
    assert "subtitle" not in doc.metadata
    assert not any("LV5" in ln for ln in _lines(doc))


def test_a_doctors_card_with_the_rank_first_names_the_author_and_its_counts_go() -> None:
    doc = _one([
        "医生号 / 消化内科 / 文章详情",
        "叶某",
        "副主任医师 | 澄川市第一人民医院 消化内科",
        "+ 关注   粉丝 8,203   文章 146   在线问诊   预约挂号",
        "幽门螺杆菌阳性，全家人都要去查吗？",
        "原创  叶某  2021-04-22 19:36  发布于 澄川",
        "门诊里经常有患者拿着碳13呼气试验阳性的报告问我：是不是全家都得去查、都得一起吃药？答案是不一定。",
        "幽门螺杆菌主要通过口口和粪口途径传播，所以一个家庭里有人阳性，其他成员感染的概率确实比一般人高。",
    ])
    assert doc.authors == ["叶某"]
    assert doc.title == "幽门螺杆菌阳性，全家人都要去查吗？"
    assert not any("粉丝" in ln for ln in _lines(doc))


def test_a_forum_posts_rating_bar_goes() -> None:
    doc = _one([
        "控糖三年，我的一点经验",
        "发表于 2013-5-6 21:14 | 只看该作者",
        "确诊二型糖尿病三年了，刚开始血糖很高，医生让打胰岛素，后来慢慢改成口服药，现在糖化血红蛋白稳定在6.5左右。",
        "最重要的是管住嘴、迈开腿，每天晚饭后快走四十分钟，主食换成杂粮，血糖明显平稳了。",
        "最后说一句，每个人情况不一样，我这些只是自己的经验，用药和调整方案一定要听医生的。",
        "评分  参与人数 3  威望 +6  收起 理由",
        "收藏  分享  支持  反对",
        "回复  引用  举报",
        "糖糖妈咪",
        "沙发",
        "帖子 1024 积分 2315 注册时间 2011-2-3",
        "发表于 2013-5-6 22:03 | 只看该作者",
        "谢谢楼主分享，我家老公也是刚查出来，正发愁呢。请问楼主每天走路是饭后多久开始走？",
    ])
    assert not any("参与人数" in ln for ln in _lines(doc))
    assert "最后说一句，每个人情况不一样，我这些只是自己的经验，用药和调整方案一定要听医生的。" in _lines(doc)


def test_one_hospitals_tour_of_three_clinics_is_one_record() -> None:
    """`某某医院专家团队走进三个乡镇卫生院巡回义诊`, each stop under its clinic's bracketed heading: the
    stops of one hospital's tour, one record, not a roundup of the clinics."""
    from .helpers import records_of

    recs = records_of([
        "澄川市中医医院专家团队走进三个乡镇卫生院巡回义诊",
        "澄川观察客户端 2025-05-21 07:48:03",
        "记者｜唐某帆  通讯员｜邓某琴",
        "5月19日至20日，澄川市中医医院组织8名专家组成巡回医疗队，先后来到石桥镇卫生院、柳塘乡卫生院和北岗镇中心卫生院开展义诊。",
        "【石桥镇卫生院：义诊现场排起长队】",
        "19日一早，石桥镇卫生院门口已经排起了长队。专家们为前来就诊的村民测血压、把脉问诊，讲解慢病用药常识。",
        "【柳塘乡卫生院：手把手带教基层医生】",
        "在柳塘乡卫生院，针灸科主任医师一边为患者施针，一边向卫生院医生讲解取穴要点，还为卫生院捐赠了针灸器具。",
        "【北岗镇中心卫生院：疑难病例现场会诊】",
        "20日下午，医疗队来到北岗镇中心卫生院，对该院住院部的5例疑难病例进行联合会诊，并为2名患者开通转诊通道。",
        "据介绍，今年澄川市中医医院将常态化开展“名中医下基层”活动，全年计划覆盖全市所有乡镇卫生院。",
    ])
    assert len(recs) == 1
    assert "【柳塘乡卫生院：手把手带教基层医生】" in _lines(recs[0])


def test_a_headline_with_its_bar_glued_after_it_gives_title_day_and_source() -> None:
    doc = _one([
        "澄川县人民政府门户网站",
        "首页 | 走进澄川 | 政务公开 | 政务服务 | 互动交流 | 专题专栏",
        "当前位置: 首页 > 政务公开 > 部门动态",
        "澄川县人民医院胸痛中心顺利通过国家标准版认证2022-08-19 来源：澄川县融媒体中心",
        "【字号：大 中 小】 【打印】 【关闭】",
        "近日，国家胸痛中心联盟公布了新一批通过认证的单位名单，澄川县人民医院胸痛中心顺利通过国家标准版胸痛中心认证。",
        "该院胸痛中心自2020年启动建设以来，与县急救中心和各乡镇卫生院建立了协同救治网络。",
    ])
    assert doc.title == "澄川县人民医院胸痛中心顺利通过国家标准版认证"
    assert doc.published == "2022-08-19"
    assert doc.metadata.get("source_name") == "澄川县融媒体中心"
    assert _lines(doc)[0].startswith("近日，国家胸痛中心联盟")


def test_a_footer_glued_after_the_last_sentence_goes_and_the_sentence_stays() -> None:
    doc = _one([
        "澄川县中医医院开展重阳节义诊活动",
        "发布时间：2019-10-28  来源：院办",
        "10月26日上午，在重阳节来临之际，澄川县中医医院组织内科、针灸科、眼科等科室的医护人员，在县老年活动中心开展义诊活动。",
        "医院党支部书记表示，下一步医院将把义诊活动常态化，定期组织专家下沉到乡镇卫生院。当天的活动共服务群众300余人次，受到群众好评。 版权所有 澄川县中医医院 某ICP备15004872号 地址：澄川县城南大道26号 电话：0000-5821120",
    ])
    last = _lines(doc)[-1]
    assert last.endswith("当天的活动共服务群众300余人次，受到群众好评。")
    assert "版权所有" not in doc.text


def test_credits_over_a_health_notes_disclaimer_name_the_writer_and_the_source() -> None:
    """The writer's and the source's lines close the article, with a note that it informs and does not
    treat under them: they are the article's credits, read as such."""
    doc = _one([
        "澄川市眼科医院",
        "已关注",
        "关注",
        "重播 分享 赞",
        "爱眼日｜孩子近视度数涨得快？这份防控指南请收好",
        "澄川市眼科医院 2025-06-05 21:10 发表于云南",
        "明天（6月6日）是第三十个全国“爱眼日”。",
        "暑假还没开始，视光中心的门诊量已经明显上涨。上周一位家长带着10岁的儿子来复查，半年时间近视度数涨了150度，“天天盯着他写作业，怎么还涨得这么快？”",
        "💡 医生说，近视一旦发生就不可逆，防控的重点在于“推迟发生、减缓进展”。",
        "✦ 户外活动是最经济的“良药” ✦",
        "研究表明，每天保证2小时以上的户外活动，能有效降低儿童近视的发生率。阴天在户外同样有效，关键是让眼睛接触自然光、多看远处。",
        "✦ 用眼要记住“20-20-20” ✦",
        "每近距离用眼20分钟，抬头看20英尺（约6米）以外的地方至少20秒。",
        "✅ 读写时做到“一拳一尺一寸”；",
        "✅ 电子屏幕尽量选择大屏，投影优于电视，电视优于平板和手机；",
        "❌ 不要躺着或趴着看书，也不要在晃动的车厢里看手机。",
        "✦ 定期检查，建立屈光档案 ✦",
        "建议孩子从3岁起每半年做一次视力和屈光检查，及时发现“远视储备”不足的情况。",
        "目前常用的近视防控手段包括角膜塑形镜、离焦框架眼镜和低浓度阿托品滴眼液等，具体选择哪一种，需要由专业医生根据孩子的眼轴、度数等综合评估。",
        "小贴士：爱眼日当天（6月6日），我院视光中心将为14岁以下儿童提供免费的视力筛查和屈光建档，地点在门诊一楼大厅。",
        "✦ ✦ ✦",
        "文字：郑某欣（视光中心）",
        "审核：唐某东",
        "排版：小某",
        "来源：澄川市眼科医院视光中心",
        "⚠️ 温馨提示：本文内容仅作科普，具体诊疗请遵医嘱。",
        "往期推荐",
        "▶ 2025-05-28 | 干眼症越来越年轻化，这些习惯要改",
        "▶ 2025-05-16 | 飞蚊症需要治疗吗？",
        "▶ 2025-04-30 | 白内障手术后的注意事项",
        "转发给身边需要的人",
        "分享",
        "收藏",
        "点赞",
        "在看",
    ])
    assert doc.authors == ["郑某欣"]
    assert doc.metadata.get("source_name") == "澄川市眼科医院视光中心"


def test_a_post_before_a_writers_name_is_no_author_and_a_pictures_counter_goes() -> None:
    doc = _one([
        "肠镜检查前，这样做准备",
        "2024-11-22  来源：澄川市第二人民医院",
        "作者：消化内镜中心 罗某、护士长 谢某",
        "图1/9",
        "检查前3天开始吃少渣饮食，避免吃带籽的水果和粗纤维蔬菜。",
        "检查前一天晚餐吃流质，按医嘱分次服用泻药，直到排出清水样便。",
        "剩余70%未读，展开全文",
        "收听本文 约5分钟",
    ])
    assert doc.authors == ["罗某", "谢某"]
    lines = _lines(doc)
    assert lines == ["检查前3天开始吃少渣饮食，避免吃带籽的水果和粗纤维蔬菜。", "检查前一天晚餐吃流质，按医嘱分次服用泻药，直到排出清水样便。"]


def test_taiwan_credits_read_past_a_reviewer_a_post_and_an_outlet_glued_to_the_reporter() -> None:
    """`文／某某 圖／某某 審訂／某某醫院…主治醫師 某某` names the writer (the reviewer's traditional label
    and post are read); `撰稿者：護理部 糖尿病衛教師 某某` names the writer, not her post; `某某社記者某某／台北報導`
    names the reporter; a counter in traditional script closes a bar with the source."""
    from cleaner.filters.metadata import byline_credits, parse_fields

    fields = parse_fields("2021.06.08 文／江某甄 圖／宋某揚 審訂／澄川醫院急診醫學科主治醫師 劉某廷")
    assert fields is not None and fields.values["date"] == "2021-06-08"
    assert ("文", "江某甄") in fields.credits and ("审订", "劉某廷") in fields.credits
    doc = _one([
        "糖尿病足的日常照護",
        "撰稿者：護理部 糖尿病衛教師 許某芬",
        "發布日期：2023-05-18",
        "糖尿病患者因神經病變，腳部感覺變得遲鈍，小傷口也可能演變成嚴重感染，每天檢查雙腳非常重要。",
        "洗腳時水溫不要超過攝氏37度，洗完後要用柔軟的毛巾擦乾，特別是腳趾縫之間。",
    ])
    assert doc.authors == ["許某芬"]
    assert byline_credits("華晨社記者張某婷／台北報導") == [("记者", "張某婷")]
    bar = parse_fields("2024/03/20 14:05 來源：華晨通訊社 瀏覽 2,947 次")
    assert bar is not None and bar.values.get("source") == "華晨通訊社"


def test_a_press_conferences_topic_field_is_not_taken_for_its_headline() -> None:
    doc = _one([
        "首页 | 新闻发布 | 发布会预告 | 图片直播 | 视频回放 | 政策解读 | 联系我们",
        "澄川省今冬明春传染病防控工作新闻发布会",
        "时间：2020-10-28 15:00   来源：澄川省人民政府新闻办公室",
        "【主题】介绍今冬明春传染病防控工作有关情况",
        "【发布人】省卫生健康委员会副主任 梁某彬；省疾病预防控制中心主任 骆某",
        "【主持人】省政府新闻办副主任 阮某",
        "阮某：女士们、先生们，媒体朋友们，大家下午好！欢迎出席省政府新闻办新闻发布会。",
        "梁某彬：各位媒体朋友，大家下午好！今冬明春是呼吸道传染病的高发期，我省将重点做好以下工作。",
    ])
    assert doc.title == "澄川省今冬明春传染病防控工作新闻发布会"
    assert doc.metadata.get("source_name") == "澄川省人民政府新闻办公室"


def test_a_gallerys_writer_under_its_bar_is_the_author() -> None:
    """A picture story: headline, bar, then `文/某某  图/某某`, then the gallery's slides, each a counter,
    a caption and its buttons, before the story: the line under the bar names the writer."""
    lines = [
        "澄川卫生计生网",
        "网站首页  政务公开  卫生要闻  基层动态  图片新闻  健康教育  办事服务",
        "您现在的位置：首页 >> 图片新闻 >> 正文",
        "",
        "澄川县中医院“三下乡”义诊走进青石岭村",
        "2016年3月5日 星期六   来源：澄川县中医院   点击：[ 862 ]",
        "文/蒋某平  图/宋某",
        "",
    ]
    for n, caption in enumerate(["义诊现场吸引了大批村民", "专家为老人测量血压", "针灸科医生现场施治", "药剂人员讲解用药常识"], 1):
        lines += ["点击查看大图", f"{n}/4", caption, "上一张 下一张", ""]
    lines += [
        "3月4日，澄川县中医院组织内科、针灸科、骨伤科等科室的12名医护人员，来到青石岭村开展“三下乡”义诊活动。",
        "活动共接诊村民260余人次，免费发放药品价值3000余元，受到村民欢迎。",
    ]
    doc = _one(lines)
    assert doc.title == "澄川县中医院“三下乡”义诊走进青石岭村"
    assert doc.authors == ["蒋某平"]


def test_a_petition_boards_thread_keeps_its_follow_ups_and_replies() -> None:
    """A county's online petition board: the citizen's message, the department's reply, a follow-up and
    its reply, each under a bracketed label: the dialogue is the page's, not a forum's replies to cut;
    the rating and the board's disclaimer go."""
    doc = _one([
        "澄川县网络问政平台",
        "网友留言 >> 交通出行 >> 帖子详情",
        "主题：梅岭镇到县城的班车为什么停了",
        "[网友留言] 梅岭老某　发表于 2019-11-03 08:14",
        "梅岭镇到县城的班车从上个月20号开始就停了，现在只能坐私人的面包车，一个人收15块钱，以前班车才8块。",
        "[部门回复] 澄川县交通运输局　2019-11-06 15:30",
        "网友您好！该线路车辆已达到报废年限，企业已购置新车，预计12月上旬恢复运营，过渡期间由公交公司开通临时班次。",
        "[网友追问] 梅岭老某　发表于 2019-11-07 21:02",
        "谢谢回复。但是过渡的公交只有两班，早上7点那班人挤不下，能不能在上午9点左右再加一班？",
        "[部门回复] 澄川县交通运输局　2019-11-12 09:18",
        "网友您好！经与县公交公司研究，自11月14日起在上午9:30增开一个班次，过渡期间每日往返班次增加至3个。",
        "您对本次回复是否满意？　非常满意(21)　满意(4)　不满意(0)　[我要评价]",
        "本栏目留言仅代表网友个人观点，不代表本平台立场。",
    ])
    lines = _lines(doc)
    assert "谢谢回复。但是过渡的公交只有两班，早上7点那班人挤不下，能不能在上午9点左右再加一班？" in lines
    assert "网友您好！经与县公交公司研究，自11月14日起在上午9:30增开一个班次，过渡期间每日往返班次增加至3个。" in lines
    assert not any("是否满意" in ln or "仅代表网友" in ln for ln in lines)
    assert doc.title == "梅岭镇到县城的班车为什么停了"


def test_a_letters_record_table_gives_its_title() -> None:
    """A letter's record table, its cells split by tabs: `标　　题\t…` names the letter; its number is no
    title, and (as for every mailbox) the day it was written is the letter's, not the page's."""
    doc = _one([
        "澄川市信访局",
        ">> 网上信访 >> 办理公开 >> 信件详情",
        "标　　题\t关于兴华路拆迁安置房延期交付的反映",
        "信件编号\tXF130407021",
        "来信时间\t2013-04-07 09:12:33",
        "信件类型\t投诉",
        "来信内容\t我们是兴华路旧城改造项目的被拆迁户，共有186户。按照协议，安置房应于2012年底交付，至今仍未交房。",
        "处理单位\t澄川市住房保障和房产管理局",
        "处理结果\t来信收悉。经调查核实，该项目因地下管网迁改滞后导致工期延误，市政府已召开专题协调会，明确于今年9月底前交付。",
    ])
    assert doc.title == "关于兴华路拆迁安置房延期交付的反映"
    assert doc.published is None
    assert doc.authors == []


def test_a_mayors_message_boards_letter_keeps_the_message_and_the_reply() -> None:
    doc = _one([
        "当前位置：首页 > 政民互动 > 市长留言板 > 留言详情",
        "留言标题：城东片区老旧小区加装电梯补贴何时发放",
        "留言人：王**",
        "留言时间：2021-06-14 20:37:15",
        "留言类型：咨询",
        "留言内容：",
        "我是城东街道桂香苑小区的住户，我们单元去年10月已经完成电梯加装并通过验收，补贴申请材料今年1月就交到社区了。",
        "回复单位：澄川市住房和城乡建设局",
        "回复时间：2021-06-23 16:05:42",
        "回复内容：",
        "您好！经核实，桂香苑小区加装电梯补贴已完成审核，预计7月底前拨付到位。",
        "满意度评价：非常满意(12) 满意(5) 基本满意(1) 不满意(0)",
    ])
    assert doc.title == "城东片区老旧小区加装电梯补贴何时发放"
    assert doc.authors == []
    assert "我是城东街道桂香苑小区的住户，我们单元去年10月已经完成电梯加装并通过验收，补贴申请材料今年1月就交到社区了。" in _lines(doc)
    assert not any("满意度评价" in ln for ln in _lines(doc))
    assert "您好！经核实，桂香苑小区加装电梯补贴已完成审核，预计7月底前拨付到位。" in _lines(doc)


def test_a_phone_pages_shell_goes_and_its_headline_is_the_title() -> None:
    """A hospital's phone page: the top bar (`< 返回　新闻详情　···`) and a cookie prompt over the headline,
    the tab bar and the app's prompts around the article: the headline is the title, the bar's fields
    are read, the shell goes."""
    doc = _one([
        "< 返回　新闻详情　···",
        "我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。详见《隐私政策》　同意　拒绝",
        "澄川市人民医院胸痛中心顺利通过国家标准版认证",
        "2023-09-14 16:32　　来源：澄川市人民医院宣传科　　阅读 2815",
        "文/周某岚　陈某",
        "近日，中国胸痛中心认证工作委员会公布了2023年第三批认证结果，澄川市人民医院胸痛中心顺利通过国家标准版认证。",
        "医院自2021年启动建设以来，整合急诊科、心血管内科、影像科和导管室等科室力量，建立起一体化救治流程。",
        "👍 在看 128　　⭐ 收藏　　↗ 转发",
        "网络不给力，点击重试",
        "首页　科室　医生　服务　我的",
    ])
    assert doc.title == "澄川市人民医院胸痛中心顺利通过国家标准版认证"
    assert doc.published.startswith("2023-09-14")
    assert doc.authors == ["周某岚", "陈某"]
    assert doc.metadata.get("source_name") == "澄川市人民医院宣传科"
    assert len(_lines(doc)) == 2


def test_a_counter_whose_number_a_script_printed_is_no_name() -> None:
    """`阅读<script>…</script>次` leaves `阅读次` after the reporters on an old portal's bar."""
    from cleaner.filters.metadata import parse_fields

    bar = parse_fields("[2007-2-27] 来源：澄川报 记者 韩某 通讯员 卢某强 阅读次")
    assert bar is not None
    assert [name for _, name in bar.credits] == ["韩某", "卢某强"]
    assert bar.values.get("source") == "澄川报"


def test_a_health_sheets_numbers_and_counts_in_table_cells_go() -> None:
    doc = _one([
        "糖尿病足部自我照護",
        "| 衛教編號：NE-0237 | 上架日期：2014/07/02 |",
        "| 撰稿者：護理部 糖尿病衛教師 許某芬 | 審閱者：新陳代謝科 主任 潘某霖 |",
        "| 瀏覽人數：5,821 | |",
        "糖尿病人因長期血糖控制不佳，容易造成周邊神經病變與血液循環不良，腳部即使受傷也不易察覺，傷口癒合慢又容易感染。",
        "一、為什麼糖尿病人要特別照顧雙腳？",
        "每天洗腳後仔細檢查腳底與趾縫，有無水泡、紅腫或傷口，看不到的地方可以用鏡子或請家人幫忙。",
    ])
    lines = _lines(doc)
    assert not any("編號" in ln or "瀏覽人數" in ln for ln in lines)
    assert doc.authors == ["許某芬"]
    assert lines[0].startswith("糖尿病人因長期血糖控制不佳")


def test_a_nurses_day_poem_keeps_every_line() -> None:
    """A poem's short lines, stanza by stanza, between the page's bar and its share bar: the article's
    own verse, every line kept, though each is as short as a menu's item."""
    doc = _one([
        "澄川市第一人民医院",
        "CHENGCHUAN FIRST PEOPLE'S HOSPITAL",
        "首页 | 医院概况 | 新闻中心 | 科室导航 | 专家介绍 | 就医指南 | 护理园地 | 党建文化 | 联系我们",
        "预约挂号热线：0000-8226120",
        "当前位置：首页 > 护理园地 > 护理文化",
        "白衣之光——献给5·12国际护士节",
        "发布时间：2021-05-11 09:32:15　　来源：护理部　　作者：林某雯　　点击数：1286",
        "在第110个国际护士节到来之际，护理部举办了“致敬白衣天使”诗歌朗诵会。下面这首诗由心血管内科护士林某雯创作，在朗诵会上获得一等奖，现刊发以飨读者。",
        "白衣之光",
        "当城市还在沉睡",
        "走廊尽头的那盏灯已经亮起",
        "你把口罩轻轻系好",
        "把一夜的疲惫藏进白色的衣襟",
        "",
        "你数过无数次脉搏与呼吸",
        "却从不数自己走过多少路",
        "一双软底鞋的脚步声",
        "丈量着病房与护士站之间的距离",
        "",
        "有人叫你姑娘，有人叫你闺女",
        "也有人在病床上攥紧你的手",
        "说一句“有你在，我就不怕”",
        "那一刻，你比任何时候都坚强",
        "",
        "输液管里滴落的是时间",
        "监护仪上跳动的是希望",
        "你用一根针头的温柔",
        "缝补着人间无数破碎的夜晚",
        "",
        "五月的风吹过澄川江畔",
        "燕帽上的那道蓝杠闪着微光",
        "致敬你啊，平凡的白衣天使",
        "你就是黑夜里最亮的那一束光",
        "分享到：微信 | 微博 | QQ空间 | 复制链接",
        "上一篇：我院举办2021年护理技能竞赛",
        "下一篇：护理部开展“5·12”义诊进社区活动",
        "相关文章",
        "· 2020年护士节表彰大会隆重召开",
        "· 青春心向党 护理展风采",
        "· 我院2名护士获评“澄川市优秀护士”",
        "【打印本页】 【关闭窗口】",
        "医院地址：澄川市建设路118号　邮编：000000　急救电话：0000-8226120",
        "版权所有 © 澄川市第一人民医院　某ICP备12003456号-1",
    ])
    lines = _lines(doc)
    for verse in ("当城市还在沉睡", "走廊尽头的那盏灯已经亮起", "丈量着病房与护士站之间的距离", "一双软底鞋的脚步声"):
        assert verse in lines, verse
    assert not any("分享到" in ln or "上一篇" in ln for ln in lines)


def test_links_a_portal_inserts_between_paragraphs_go_and_the_paragraphs_stay() -> None:
    doc = _one([
        "澄川市人民医院胸痛中心通过国家认证",
        "2019-06-12 08:35  来源：澄川日报",
        "近日，澄川市人民医院胸痛中心顺利通过国家标准版胸痛中心认证，成为全市首家通过认证的医院。",
        "【相关阅读】澄川市急救中心新增12辆负压救护车投入使用",
        "该院自2017年启动胸痛中心建设，建立了院前急救与院内救治无缝衔接的绿色通道。",
        "点击阅读：《胸痛别硬扛！这5种信号一出现就要打120》",
        ">>> 点击进入专题：2019健康澄川行动",
        "截至目前，胸痛中心已累计救治急性心梗患者1200余例。（相关报道见A3版）",
    ])
    lines = _lines(doc)
    assert lines == [
        "近日，澄川市人民医院胸痛中心顺利通过国家标准版胸痛中心认证，成为全市首家通过认证的医院。",
        "该院自2017年启动胸痛中心建设，建立了院前急救与院内救治无缝衔接的绿色通道。",
        "截至目前，胸痛中心已累计救治急性心梗患者1200余例。",
    ]


def test_an_outlets_stamp_over_the_byline_does_not_open_a_comment_section(tmp_path: Path) -> None:
    """`某某新闻网 2022/11/03 16:45:12` over the byline and the first paragraph is the story's source and
    time, not a commenter's: the first paragraph, a question, stays."""
    doc = _page(tmp_path, "stamp.html", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>澄川市37家医疗机构检查检验结果互认，市民少跑腿少花钱 - 康道网</title>
<meta name="description" content="11月1日起，澄川市37家二级以上公立医疗机构的检查检验结果实现互认。">
<link rel="stylesheet" href="https://res.example.net/pc/css/common.css">
<link rel="stylesheet" href="https://res.example.net/pc/css/detail.css">
<style>
.rec-card{display:flex;margin-bottom:14px}
.rec-card .rec-thumb{width:160px;height:100px;object-fit:cover}
.comment-box textarea{width:100%;height:80px}
</style>
<script>
var KD = {uid: 0, articleId: 702318, channel: "yiliao"};
</script>
</head>
<body>
<div class="kd-header">
  <div class="kd-header-inner">
    <a class="kd-logo" href="https://www.example.net/"><img src="https://res.example.net/pc/img/logo.svg" alt="康道网"></a>
    <div class="kd-channels">
      <a href="/yiliao/">医疗</a>
      <a href="/yibao/">医保</a>
      <a href="/yaopin/">医药</a>
      <a href="/jiankang/">健康生活</a>
      <a href="/shuju/">数据</a>
    </div>
    <div class="kd-login"><a href="https://passport.example.net/login">登录</a></div>
  </div>
</div>
<div class="kd-body">
  <div class="kd-left">
    <div class="kd-article">
      <h1>澄川市37家医疗机构检查检验结果互认，市民少跑腿少花钱</h1>
      <div class="kd-meta">
        <span>澄川新闻网</span>
        <span>2022/11/03 16:45:12</span>
      </div>
      <div class="kd-content">
        <p>通讯员 温某舒 记者 贺某</p>
        <p>在澄川市第一人民医院做过的CT，转到澄川市中医医院看病时还要不要再拍一次？从11月1日起，答案是“原则上不用”。</p>
        <p>当天，澄川市卫生健康委、市医疗保障局联合印发的检查检验结果互认实施方案正式施行，全市37家二级以上公立医疗机构首批纳入互认范围，涵盖血常规、肝功能、肾功能等42项检验项目和CT、磁共振、超声等31项检查项目。</p>
        <p>市卫生健康委医政医管科负责人介绍，互认依托全市统一的健康信息平台实现。患者在任意一家参与互认的医疗机构就诊时，接诊医生可以在工作站直接调阅其在其他机构近期完成的检查检验结果和影像资料。</p>
        <p>“互认不是一刀切。”该负责人表示，对于病情变化快、检查结果时效性强，或者确因诊疗需要复查的情况，医生仍可以重新开具检查，但需要向患者说明理由。</p>
        <p>在澄川市妇幼保健院，孕妇刘女士是较早体验到变化的市民之一。她此前在社区医院做的血常规和甲功检查，被产科医生直接采用，“省了两百多块钱，也少抽了两管血”。</p>
        <p>据测算，检查检验结果互认全面推开后，全市每年可为患者减少重复检查费用约1.2亿元。澄川市第二人民医院等多家医院也表示，互认有助于缓解大型设备预约排队时间长的问题。</p>
        <p>根据实施方案，澄川市将在2023年底前把互认范围扩大到全部乡镇卫生院和社区卫生服务中心，并逐步探索与周边城市开展跨区域互认。</p>
        <p class="kd-source">来源：澄川新闻网</p>
        <p class="kd-editor">编辑：宁可　校对：陶嘉</p>
      </div>
      <div class="kd-actions">
        <span class="kd-like">点赞</span><span class="kd-collect">收藏</span><span class="kd-report">举报</span>
      </div>
    </div>
    <div class="kd-recommend">
      <h3 class="kd-block-title">推荐阅读</h3>
      <div class="rec-card">
        <img class="rec-thumb" src="https://img.example.net/2022/11/02/a1.jpg" alt="">
        <div class="rec-info">
          <a class="rec-title" href="/yibao/702291.html">门诊共济保障落地，个人账户可以给家人用了</a>
          <p class="rec-desc">职工医保个人账户家庭共济怎么绑定？一文说清办理流程。</p>
          <span class="rec-time">11-02</span>
        </div>
      </div>
      <div class="rec-card">
        <img class="rec-thumb" src="https://img.example.net/2022/11/01/b7.jpg" alt="">
        <div class="rec-info">
          <a class="rec-title" href="/yiliao/702254.html">预约挂号“号源池”统一后，看病更方便了吗</a>
          <p class="rec-desc">记者实地体验全市统一预约平台，看看还有哪些堵点。</p>
          <span class="rec-time">11-01</span>
        </div>
      </div>
    </div>
    <div class="kd-comment">
      <h3 class="kd-block-title">网友评论（0）</h3>
      <div class="comment-box">
        <textarea placeholder="说点什么吧..." disabled></textarea>
        <div class="comment-login-tip">登录后可以评论，<a href="https://passport.example.net/login">立即登录</a></div>
        <button class="comment-submit" disabled>发表评论</button>
      </div>
      <p class="comment-empty">暂无评论，快来抢沙发吧~</p>
    </div>
  </div>
  <div class="kd-right">
    <div class="kd-rank"><h3>24小时排行</h3>
      <ol><li>冬季流感高发，这些人群建议优先接种</li><li>医保电子凭证还能这样用</li><li>社区医院也能做胃肠镜了</li></ol>
    </div>
  </div>
</div>
<div class="kd-footer">
  <p>康道网　健康中国，康道同行</p>
  <p>Copyright © 2022 example.net 版权所有　某ICP备16033205号-1　某公网安备 00000000000000号</p>
</div>
<script src="https://res.example.net/pc/js/detail.js"></script>
</body>
</html>
""")
    assert any(ln.startswith("在澄川市第一人民医院做过的CT，转到澄川市中医医院看病时还要不要再拍一次？") for ln in _lines(doc))


def test_a_preview_blocks_paragraphs_over_a_paywall_fold_are_kept(tmp_path: Path) -> None:
    """A class named `preview-content` holds the article's first paragraphs: not a previous-article link."""
    doc = _page(tmp_path, "fold.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>DRG付费满一年</title></head>
<body><div class="g-article"><h1>DRG付费满一年，这家民营专科医院做对了什么</h1>
<p class="g-byline">文/方某远 <span class="g-date">2020-09-22</span></p>
<div class="g-article-content">
<div class="preview-content">
<p>去年9月，澄川市作为省级DRG付费试点城市，开始对辖区内住院费用实行按疾病诊断相关分组付费。</p>
<p>这家开放床位220张的民营专科医院，试点第一年实际费用低于分组支付标准的病例占到六成以上。</p>
</div>
<div class="fold-mask"><p class="fold-tip">剩余50%内容，登录后查看</p><a class="unlock" href="/login">立即登录</a></div>
<div class="full-content">
<p>DRG分组依赖病案首页上的主要诊断、手术操作和并发症等信息，医院先把病案首页质量抓了起来。</p>
<p>第二步是做病种成本核算，财务部门按照分组逐一测算了耗材、药品、检查和人力成本。</p>
</div></div></div></body></html>""")
    lines = _lines(doc)
    assert "去年9月，澄川市作为省级DRG付费试点城市，开始对辖区内住院费用实行按疾病诊断相关分组付费。" in lines
    assert "第二步是做病种成本核算，财务部门按照分组逐一测算了耗材、药品、检查和人力成本。" in lines
