"""Page heads as portals print them, through normalize → metadata → boilerplate: the title is
found under a long head and over its info bar, what stands between the title and the body (a box
of headlines, a site's banner, a menu) goes, and the article's own lines above its first
paragraph (a notice's number, a sub-heading, a title no field gave) stay."""

from __future__ import annotations

from cleaner.config import Config
from cleaner.filters.blockmodel import eligible
from cleaner.filters.boilerplate import Boilerplate
from cleaner.filters.metadata import Metadata, parse_fields
from cleaner.filters.normalize import Normalize
from cleaner.model import Document, replay

BODY = [
    "1月11日,某某市第一人民医院组织内科、外科、儿科、眼科等科室的12名专家,来到某某镇某某村开展义诊活动。",
    "义诊现场,专家们为村民测量血压、血糖,耐心解答健康问题,并针对老年人常见的慢性病给出用药建议。",
    "据统计,当天共接诊村民260余人次,发放健康宣传资料500余份,免费赠送常用药品价值1万余元。",
    "该院相关负责人表示,医院将把义诊活动常态化,定期组织专家下乡,让群众在家门口享受优质医疗服务。",
]
TITLE = "送医送药到村口 专家义诊暖人心"
BOX = [
    "冬季养生有讲究 专家教你吃对饭",
    "老人冬季晨练别太早 心脑血管要当心",
    "流感高发季来临 疫苗接种正当时",
    "儿童咳嗽不止 家长别急着用抗生素",
]


def run(text: str) -> Document:
    cfg = Config()
    doc = Document(id="page", source="page", original=text)
    for stage in (Normalize(cfg), Metadata(cfg), Boilerplate(cfg)):
        (doc,) = stage.run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return doc


def kept(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def test_an_info_bar_with_its_verb_and_widgets_is_parsed() -> None:
    fields = parse_fields("2023-01-12 10:20发布 来源:某某日报 我要评论")
    assert fields is not None
    assert fields.values == {"date": "2023-01-12T10:20", "source": "某某日报"}


def test_a_box_of_headlines_between_the_info_bar_and_the_body_goes_the_title_is_lifted() -> None:
    page = "\n".join(["某某新闻网", "首页 | 新闻 | 健康 | 教育 | 旅游 | 汽车", TITLE,
                      "2023-01-12 10:20发布 来源:某某日报 我要评论", *BOX, *BODY])
    doc = run(page)
    assert doc.title == TITLE
    assert doc.published == "2023-01-12T10:20"
    assert kept(doc) == BODY


def test_a_bare_date_does_not_make_the_menu_above_it_the_title() -> None:
    # An e-paper's head: the site's menu, the date, a kicker over the headline.
    page = "\n".join(["某某网  某某早报  某某商报  今日新区  旧版入口", "2025年08月18日",
                      "守护生命健康 彰显医者担当", "全市举办医师节主题活动", *BODY])
    doc = run(page)
    assert doc.title != "某某网  某某早报  某某商报  今日新区  旧版入口"
    assert "全市举办医师节主题活动" in kept(doc) or doc.title == "全市举办医师节主题活动"


def test_a_menu_row_over_the_title_goes_and_the_title_is_no_caption() -> None:
    # The title stood under a menu row that ends in a Han character: it is no caption of a
    # paragraph cut mid-sentence, and the menu row is not the title.
    page = "\n".join(["某某市人民医院", "医院概况 新闻中心 科室导航 专家介绍 就医指南 护理园地 党建工作",
                      "您所在的位置:首页 > 新闻中心 > 院内新闻", "我院成功开展首例经导管主动脉瓣置换术",
                      "发布时间:2024-05-20 来源:心血管内科", *BODY])
    doc = run(page)
    assert doc.title == "我院成功开展首例经导管主动脉瓣置换术"
    assert kept(doc) == BODY


def test_a_site_banner_left_above_the_body_goes_once_the_title_is_lifted() -> None:
    page = "\n".join(["• 某某网健康频道欢迎您", "您当前的位置:某某网>>健康", "某区卫生健康局举办世界卫生日宣传活动",
                      "来源: 某某网 作者: 王某 2015-04-07 16:24:55", *BODY])
    doc = run(page)
    assert doc.title == "某区卫生健康局举办世界卫生日宣传活动"
    assert kept(doc) == BODY


def test_a_notices_number_and_first_heading_above_the_body_stay() -> None:
    notice = ["各市(州)卫生健康委,委直属各单位:", "为切实做好我省春季传染病防控工作,保障人民群众身体健康,现将有关事项通知如下:",
              "一、加强监测预警。各地要落实传染病疫情报告制度,及时发现和处置聚集性疫情。"]
    page = "\n".join(["标 题: 某某省卫生健康委员会关于做好春季传染病防控工作的通知", "分享到:",
                      "某某省卫生健康委员会关于做好", "春季传染病防控工作的通知", "某卫疾控发〔2023〕5号", *notice])
    doc = run(page)
    assert doc.title == "某某省卫生健康委员会关于做好春季传染病防控工作的通知"
    assert kept(doc)[0] == "某卫疾控发〔2023〕5号"
    assert kept(doc)[1:] == notice


def test_the_title_above_the_body_is_kept_when_no_field_gave_it() -> None:
    lines = ["首页", "医院动态", "我院开展世界睡眠日义诊活动", *BODY]
    ok = eligible(lines)
    assert not ok[2]
    # A stack of headlines above it makes it one more of them once the title is known.
    stacked = [*BOX, "返乡路上如何防晕车 几个小妙招请收好", *BODY]
    assert not eligible(stacked)[len(BOX)]
    assert eligible(stacked, title_at=0)[len(BOX)]


def test_a_menu_row_is_never_kept_as_the_title() -> None:
    lines = ["医院概况 新闻中心 科室导航 专家介绍 就医指南 护理园地 党建工作", *BODY]
    assert eligible(lines)[0]


def test_comments_under_their_counted_heading_go_with_it() -> None:
    post = ["那天的雨下得很大,我们在病房里守了整整一夜,天亮时老人终于脱离了危险。",
            "第二天一早,老人的家属送来了一面锦旗,上面写着“妙手仁心”四个大字。"]
    page = "\n".join([*post, "评论(2)", "晨跑的猫 2011-05-02 21:40", "看哭了,向医护人员致敬!",
                      "路人甲 2011-05-03 08:15", "辛苦了!"])
    doc = run(page)
    assert kept(doc) == post
    assert [c.rule for c in doc.changes if "看哭了" in c.removed] == ["comment_block"]


def test_a_list_heading_in_the_head_takes_no_title_with_it() -> None:
    # `【往期回顾】` above the title is a menu item there: it goes alone, the title and kicker stay.
    page = "\n".join(["【往期回顾】", "全区卫健系统举办系列活动庆祝护士节——", "致敬守护生命的白衣天使", *BODY])
    doc = run(page)
    assert "【往期回顾】" not in kept(doc)
    assert "致敬守护生命的白衣天使" in kept(doc) or doc.title is not None
    assert kept(doc)[-len(BODY):] == BODY


def test_a_caption_above_its_photo_credit_goes_with_it() -> None:
    page = "\n".join([BODY[0], "新院区住院部", "摄影:张某", BODY[1], BODY[2], "门诊大厅一角", "摄影:李某"])
    doc = run(page)
    assert kept(doc) == BODY[:3]
    assert [c.rule for c in doc.changes if "住院部" in c.removed] == ["image_caption"]


def test_a_policy_readings_signature_fields_stay() -> None:
    fields = ["解读机关:某某市卫生健康委员会", "解读人:张某某", "联系电话:0000-12345678"]
    page = "\n".join([*BODY, *fields, "相关链接:", "关于印发某某市卫生健康事业发展规划的通知", "【打印本页】 【关闭窗口】"])
    doc = run(page)
    assert kept(doc) == [*BODY, *fields]


def test_a_service_guides_title_fields_and_phone_numbers_stay() -> None:
    """A portal's service guide (办事指南): its title, the fields under it (事项名称:…, 实施主体:…)
    and the number under its last heading (九、监督投诉电话 / 0000-12345) are the guide's."""
    guide = [
        "卫生许可证换发办事指南", "事项名称：公共场所卫生许可证换发", "实施主体：某某区卫生健康局", "事项类型：行政许可",
        "一、受理条件", "（一）申请人持有的卫生许可证有效期届满前30日内提出换发申请；",
        "（二）经营场所、经营项目、卫生设施与原许可内容一致，未发生变更。",
        "二、办理材料", "1.卫生许可证换发申请表（原件1份）；", "2.原卫生许可证正本及副本。",
        "三、办理时限", "法定时限：20个工作日；承诺时限：5个工作日。",
        "四、咨询电话", "0000-8612345", "五、监督投诉电话", "0000-12345",
    ]
    page = ["某某区人民政府", "首页 走进某某 政务公开 政务服务 互动交流", "首页 > 政务服务 > 办事指南", *guide,
            "在线办理 预约办理 收藏", "扫一扫在手机打开当前页", "主办单位：某某区人民政府办公室"]
    doc = run("\n".join(page))
    assert doc.title == "卫生许可证换发办事指南"
    lines = kept(doc)
    assert all(line in lines for line in guide[1:]), [line for line in guide[1:] if line not in lines]
    assert "扫一扫在手机打开当前页" not in lines


def test_a_headers_clock_with_the_lunar_date_is_not_the_articles_date() -> None:
    """`2015年06月09日 星期二  农历四月廿三` in a site's header is the day it was viewed: the
    发布时间 under the title is the article's date, and the greeting with its clock goes."""
    page = [
        "欢迎访问某某县人民政府网站！ 今天是：", "某某县卫生局", "2015年06月09日 星期二  农历四月廿三",
        "首页 | 局机关 | 政务公开 | 医政管理 | 疾病预防 | 网上办事",
        "关于做好夏季肠道传染病防控工作的通知", "文章来源：疾控股    发布时间：2015-06-05 08:47    阅读：152次", *BODY,
    ]
    doc = run("\n".join(page))
    assert doc.published == "2015-06-05T08:47"
    assert doc.title == "关于做好夏季肠道传染病防控工作的通知"
    assert not any("欢迎访问" in line or "农历" in line for line in kept(doc))


def test_a_later_pages_head_between_the_parts_of_a_multi_page_article_goes() -> None:
    """An article saved over two pages: page 2 repeats the site's menu row, the breadcrumb and the
    title with its page number (…(2)) between the parts; they go, both parts stay."""
    head = ["某某网 登录 注册 手机版 客户端下载", "文化首页 > 文化资讯 > 正文"]
    title = "百年老戏台重新亮灯 古镇的戏曲复兴之路"
    info = "2014-09-22 10:05:00 来源：某某都市报 作者：骆某禾"
    part2 = [
        "如今，每逢周六晚上，老戏台都会上演两个小时的传统剧目，演员中年纪最大的已经七十八岁。",
        "越来越多的年轻人开始走进戏班，镇中学开设了戏曲兴趣班，每周有三十多名学生参加。",
    ]
    page = [*head, title, info, *BODY, "上一页 1 2 下一页", *head, f"{title}(2)", info, *part2, "上一页 1 2 下一页"]
    doc = run("\n".join(page))
    lines = kept(doc)
    assert doc.title == title
    assert all(line in lines for line in [*BODY, *part2])
    assert not any(line in lines for line in [*head, f"{title}(2)"]), lines
    assert "repeated_head" in {c.rule for c in doc.changes}
    # (the pass is one id that can be disabled: the copies then stay)
    cfg = Config(disable=["repeated_head"])
    kept_doc = Document(id="page", source="page", original="\n".join(page))
    for stage in (Normalize(cfg), Metadata(cfg), Boilerplate(cfg)):
        (kept_doc,) = stage.run(kept_doc)
    assert f"{title}(2)" in kept(kept_doc)
