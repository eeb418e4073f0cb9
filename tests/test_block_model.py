"""The block model: it takes the chrome lines no rule spells from around an article, logs each
under `block_model` with the features that decided it, and never takes the article itself."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from cleaner.config import Config
from cleaner.errors import ConfigError
from cleaner.filters.blockmodel import (
    ALL_FEATURES,
    CONTEXT,
    FAR_MAX_CHARS,
    FEATURES,
    MAX_CHARS,
    BlockModel,
    account_line,
    default_model_path,
    eligible,
    line_features,
    main_span,
)
from cleaner.filters.boilerplate import Boilerplate
from cleaner.filters.normalize import Normalize
from cleaner.model import Document, replay
from cleaner.rules import load_rule_list

# A made-up portal page: a menu of column names nobody wrote a rule for, the article (title,
# a dateline, body paragraphs, a numbered subhead, verse between sentences, a signature),
# then a list of teaser headlines with dates.
MENU = ["市民服务", "政务动态", "健康科普", "医疗资源", "互动交流", "数据发布", "专题活动"]
TEASERS = [
    "· 某某区开展夏季爱国卫生运动 06-12",
    "· 社区医院举办糖尿病患者健康讲座 06-10",
    "· 第三人民医院新院区正式启用 06-08",
    "· 全市基层医生技能竞赛圆满落幕 06-05",
    "· 妇幼保健院开设孕妇学校夜间班 06-02",
]
TITLE = "某某市卫健委开展“健康进万家”志愿服务活动"
BODY = [
    "6月15日上午,某某市卫健委组织二十余名医务志愿者走进城东社区,开展“健康进万家”志愿服务活动。",
    "志愿者们在社区为居民义务检测血压血糖,讲解夏季常见病的预防知识,并为行动不便的老人提供上门随访服务。",
    "一、主要做法",
    "活动现场,一位老人写下几句感谢的话,被志愿者们念给大家听:",
    "白衣在身旁",
    "健康在心上",
    "社区居民纷纷表示,这样的活动实实在在,希望以后多多开展,让大家在家门口就能享受到优质的医疗服务。",
    "下一步,市卫健委将把志愿服务常态化,每月组织一次进社区活动,持续提升群众的健康获得感。",
    "某某市卫生健康委员会",
    "2024年6月16日",
]
PAGE = "\n".join([*MENU, TITLE, *BODY, "最新动态", *TEASERS, "联系电话 0000-1234567"])


def run(text: str, cfg: Config | None = None) -> Document:
    cfg = cfg or Config()
    doc = Document(id="page", source="page", original=text)
    for stage in (Normalize(cfg), Boilerplate(cfg)):
        (doc,) = stage.run(doc)
    assert replay(doc.original, doc.changes) == doc.text
    return doc


def out_lines(doc: Document) -> list[str]:
    return [ln.strip() for ln in doc.text.split("\n") if ln.strip()]


def by_model(doc: Document) -> list[str]:
    return [c.removed.strip() for c in doc.changes if c.rule == "block_model"]


def test_menu_and_teaser_list_go_the_article_stays() -> None:
    doc = run(PAGE)
    kept = out_lines(doc)
    for line in [TITLE, *BODY]:
        assert line in kept, f"article line lost: {line}"
    gone = set(by_model(doc))
    assert sum(m in gone for m in MENU) >= 5, gone
    assert sum(t in gone for t in TEASERS) >= 4, gone


def test_a_notice_keeps_its_salutation_contact_block_and_attachments() -> None:
    notice = [
        "关于公开招聘护理人员的公告",
        "各位应聘者:",
        "根据工作需要,经研究决定,面向社会公开招聘护理人员五名。现将有关事项公告如下:",
        "报名时间为2024年3月1日至3月10日,报名地点为医院人事科,请携带身份证和学历证书原件。",
        "联系人:王老师",
        "联系电话:0000-1234567",
        "附件:1.招聘岗位表",
        "2.报名登记表",
        "某某县人民医院",
        "2024年2月28日",
    ]
    doc = run("\n".join([*MENU, *notice, "最新动态", *TEASERS]))
    kept = out_lines(doc)
    for line in notice:
        assert line in kept, f"notice line lost: {line}"
    assert sum(t in set(by_model(doc)) for t in TEASERS) >= 4


def test_a_procurement_notice_keeps_its_parties_and_contacts() -> None:
    """A procurement notice ends with who to ask: each party's 名称, 地址 and contacts under a
    numbered heading, then the project's contact person. All of it is the notice's."""
    notice = [
        "桐溪县人民医院彩色超声诊断仪采购项目公开招标公告",
        "项目概况",
        "彩色超声诊断仪采购项目的潜在投标人应在县公共资源交易平台获取招标文件,并于2024年9月2日前递交投标文件。",
        "一、项目基本情况",
        "采购方式:公开招标",
        "预算金额:1,200,000.00元",
        "本项目不接受联合体投标,投标人须具有有效的医疗器械经营许可证或备案凭证。",
        "二、对本次招标提出询问,请按以下方式联系",
        "1. 采购人信息",
        "名称:桐溪县人民医院",
        "地址:桐溪县人民路1号",
        "联系方式:周老师 0000-3331234",
        "2. 采购代理机构信息",
        "名称:桐溪明信招标咨询有限公司",
        "地址:桐溪县文化路66号",
        "联系方式:许工 0000-3335678",
        "3. 项目联系方式",
        "项目联系人:许工",
        "电话:0000-3335678",
    ]
    doc = run("\n".join([*MENU, *notice, "最新动态", *TEASERS]))
    kept = out_lines(doc)
    for line in notice:
        assert line in kept, f"notice line lost: {line}"


def test_what_stands_between_a_notices_body_and_its_signature_stays() -> None:
    """A notice is signed (issuing body over its date): its last words above the signature, short
    and unpunctuated as they are (a note, where to ask, office hours), are the notice's, and a
    timetable's dates above them are no signature."""
    notice = [
        "关于开展2025年城乡居民医保集中缴费的通告",
        "2025年度城乡居民基本医疗保险集中缴费工作即将开始,为方便群众缴费,现将有关事项通告如下。",
        "缴费标准:每人每年400元",
        "集中缴费期:",
        "2025年9月1日",
        "至2025年12月31日",
        "逾期未缴费的,待遇享受期从缴费次月起计算,请广大参保群众在集中缴费期内按时缴费。",
        "备注:特殊困难群体的资助标准以民政部门认定结果为准",
        "如有疑问请咨询当地乡镇医保服务站",
        "政策咨询电话:0000-6543210",
        "办公时间:周一至周五",
        "上午8:00-12:00",
        "下午2:30-5:30",
        "某某县医疗保障局",
        "2025年8月20日",
    ]
    doc = run("\n".join([*MENU, *notice, "最新动态", *TEASERS]))
    kept = out_lines(doc)
    for line in notice:
        assert line in kept, f"notice line lost: {line}"
    assert sum(t in set(by_model(doc)) for t in TEASERS) >= 4


def test_a_posts_own_question_at_its_end_stays() -> None:
    post = [
        "孩子四岁,这两个月晚上睡觉总是磨牙,声音还挺大,白天倒是一切正常,吃饭睡觉都没问题。",
        "前几天看到有文章说磨牙是缺钙引起的,要赶紧补钙,我有点拿不准,不敢乱给孩子吃。",
        "请问需要带孩子去医院看吗?",
    ]
    doc = run("\n".join([*MENU, *post]))
    assert out_lines(doc) == post


def test_a_contact_heading_and_the_units_phones_under_the_body_stay() -> None:
    story = [
        "县妇幼保健院今年为全县农村妇女免费开展宫颈癌和乳腺癌筛查,符合条件的妇女可到户籍所在地乡镇卫生院登记。",
        "筛查结果出来后,乡镇卫生院会通过电话或短信通知本人,发现异常的,将由县妇幼保健院安排进一步诊断和治疗。",
        "咨询电话",
        "县妇幼保健院妇女保健科:0000-7721035",
        "县疾控中心慢病科:0000-7721188",
    ]
    doc = run("\n".join([*MENU, *story, "最新动态", *TEASERS]))
    assert out_lines(doc)[: len(story)] == story


@pytest.mark.parametrize("salutation", ["广大患者朋友:", "全体职工:", "各位市民:", "尊敬的患者朋友:", "各学院（部）：", "各系、部:", "王春兰代表："])
def test_a_notices_salutation_above_its_body_stays(salutation: str) -> None:
    body = [
        "为进一步优化就医流程,经研究决定,自2024年7月1日起调整门诊挂号时间。具体如下:",
        "上午挂号时间为7:30至11:30,下午挂号时间为13:30至17:00,周末及节假日正常开诊。",
    ]
    doc = run("\n".join(["关于调整门诊挂号时间的通告", salutation, *body, "特此通告。"]))
    assert salutation in out_lines(doc)


def test_a_notices_numbered_attachments_stay() -> None:
    notice = [
        "根据工作需要,经县人社局批准,我院面向社会公开招聘工作人员二十名。现将有关事项公告如下:",
        "采取现场报名方式,报名地点为医院人事科,报名时间为2024年3月1日至3月10日。",
        "附件1:招聘岗位一览表",
        "附件2:报名登记表",
    ]
    kept = out_lines(run("\n".join(["某某县人民医院公开招聘工作人员公告", *notice])))
    for line in notice:
        assert line in kept, f"notice line lost: {line}"


def test_a_short_cheer_closing_the_article_stays() -> None:
    doc = run("\n".join([*MENU, TITLE, *BODY[:2], *BODY[-4:-2], "为志愿者们点赞！"]))
    assert "为志愿者们点赞！" in out_lines(doc)


def test_a_channel_articles_lead_of_exclamations_stays_a_menu_above_it_goes() -> None:
    lead = ["周末去哪儿玩?", "湿地公园新开放!", "门票全免还能露营!"]
    doc = run("\n".join([*MENU, TITLE, *lead, *BODY[:2], *BODY[-4:-2]]))
    kept = out_lines(doc)
    for line in lead:
        assert line in kept, f"lead line lost: {line}"
    assert sum(m in set(by_model(doc)) for m in MENU) >= 5
    ok = eligible([*MENU, TITLE, *lead, *BODY[:2]])
    assert all(ok[: len(MENU)]) and not any(ok[len(MENU) + 1 : len(MENU) + 1 + len(lead)])


def test_a_list_the_article_announces_under_its_last_paragraph_stays() -> None:
    teams = ["市第一人民医院心血管内科护理团队", "市中医院康复科护理团队", "县人民医院急诊科护理团队", "市儿童医院新生儿科护理团队"]
    courses = ["医院发展历程与文化建设", "医疗核心制度解读与案例分析", "医院感染预防与控制基本要求"]
    wards = ["内科", "外科", "儿科", "妇科", "欢迎广大市民前来就诊!"]
    poem = ["守护", "你从晨光中走来", "带着温暖的笑容", "在每一个病床前"]
    for heading, items in (
        ("获奖名单如下:", teams), ("培训课程", courses), ("夜间门诊开设科室", wards), ("附:获奖作品选登", poem),
        ("发展历程", ["2019年 启动胸痛中心建设", "2021年 通过基层版认证", "2024年 通过标准版认证"]),
        ("本次活动的主题是:", ["缩小差距:支持所有人母乳喂养"]),
        ("哪些人应优先接种?", ["60岁以上老年人", "6月龄至5岁儿童", "慢性病患者", "接种地点:各社区卫生服务中心"]),
    ):
        doc = run("\n".join([TITLE, *BODY[:2], heading, *items]))
        kept = out_lines(doc)
        for line in [heading, *items]:
            assert line in kept, f"announced list line lost: {line}"
    # A box of teasers under a heading that names no list is still the page's, and so is a box
    # that recommends (推荐专家 names a list, but the site's).
    for heading in ("热点关注", "热点关注:", "你可能还想看:"):
        doc = run("\n".join([TITLE, *BODY[:2], heading, *TEASERS]))
        # (the model takes them; under a heading a rule knows, `related_block` does first)
        assert sum(t not in set(out_lines(doc)) for t in TEASERS) >= 4, heading
    # A box of question headlines is the site's too, its first question announcing nothing.
    questions = ["如何预防春季过敏?", "春季过敏的五个误区", "花粉季出门要注意什么", "过敏性鼻炎能根治吗"]
    assert not set(questions) & set(out_lines(run("\n".join([TITLE, *BODY[:2], *questions]))))
    doctors = ["张某某 主任医师", "李某某 副主任医师", "王某某 主治医师"]
    assert not set(doctors) & set(out_lines(run("\n".join([TITLE, *BODY[:2], "推荐专家", *doctors]))))


def test_a_table_scraped_with_bars_stays_wherever_it_stands() -> None:
    table = ["科室 | 医生 | 出诊时间", "心内科 | 王某 | 周一上午", "骨科 | 李某 | 周三下午", "儿科 | 赵某 | 周五全天"]
    for page in (
        [TITLE, *table, *BODY[:2]], [TITLE, *BODY[:2], *table], [*MENU, TITLE, *BODY[:2], *table, "网站地图"],
        [TITLE, BODY[0], *table, BODY[1], "预约须知", "预约成功后请按时就诊", "如需取消请提前一天操作"],
    ):
        kept = out_lines(run("\n".join(page)))
        for line in page:
            if line not in MENU and line not in (TITLE, "网站地图"):
                assert line in kept, f"line lost: {line}"
    # Between two paragraphs a table does not cut the article in two (a longer one would).
    wide = [f"| {d} | 某医生 | 主任医师 | 周{w}上午 | 30{i} |" for i, (d, w) in enumerate(zip("心骨儿眼口皮", "一二三四五六", strict=True))]
    assert main_span([BODY[0], *wide, BODY[1]]) == (0, len(wide) + 1)
    # Rows of links with a chrome word in them are no table.
    footer = ["关于我们 | 联系我们 | 网站地图", "版权所有 | 隐私声明 | 使用帮助", "首页 | 新闻 | 公告"]
    kept = out_lines(run("\n".join([TITLE, *BODY[:2], *footer])))
    assert not any(line in kept for line in footer)


def test_a_channel_articles_opening_and_first_section_number_stay() -> None:
    opening = ["今天是第七个中国医师节", "向全体医师致以节日的祝福", "01", "坚守急诊一线"]
    second = ["02", "扎根基层送健康", BODY[1]]
    kept = out_lines(run("\n".join([*opening, BODY[0], *second])))
    for line in [*opening, *second]:
        assert line in kept, f"opening line lost: {line}"
    # With a menu above it, the page's lines are judged as before: the menu goes.
    doc = run("\n".join([*MENU, *opening[:2], BODY[0], *second]))
    assert sum(m in set(by_model(doc)) for m in MENU) >= 5


def test_fields_written_as_label_over_value_stay() -> None:
    fields = ["缴费时间", "2023年9月1日至12月31日", "缴费标准", "每人每年380元", "缴费方式", "微信、支付宝、银行柜台均可缴纳"]
    closing = "温馨提示:逾期未缴费的,次年将设置待遇等待期,请广大居民及时缴费,以免影响医保待遇的享受。"
    kept = out_lines(run("\n".join(["2024年城乡居民医保缴费指南", *fields, closing])))
    for line in [*fields, closing]:
        assert line in kept, f"field line lost: {line}"
    # A page's own info labels (发布时间, 更新时间 over their dates) are no fields: still the model's.
    ok = eligible([*MENU, "发布时间", "2024-06-03", "更新时间", "2024-06-04", *BODY[:2]])
    assert ok[len(MENU)] and ok[len(MENU) + 2]


def test_a_profiles_fields_stay() -> None:
    profile = ["姓名:张某某", "职称:主任医师、教授", "科室:心血管内科"]
    body = "专长:擅长冠心病、高血压、心律失常的诊断与治疗,尤其擅长冠脉介入治疗,从事临床工作三十余年。"
    kept = out_lines(run("\n".join(["专家介绍", *profile, body])))
    for line in profile:
        assert line in kept, f"profile field lost: {line}"
    # An empty form field (a comment box's 姓名:) is no profile.
    assert eligible([*MENU, "姓名:", *BODY[:2]])[len(MENU)]


def test_a_footer_phone_line_after_an_article_still_goes() -> None:
    doc = run("\n".join([*MENU, TITLE, *BODY[:2], *BODY[-4:-2], "网站地图", "联系电话 0000-1234567", "技术支持 某某网络"]))
    assert "联系电话 0000-1234567" not in out_lines(doc)


def test_each_removal_names_its_score_and_features() -> None:
    doc = run(PAGE)
    changes = [c for c in doc.changes if c.rule == "block_model"]
    assert changes
    for c in changes:
        assert c.stage == "boilerplate"
        assert c.note is not None
        assert 0.0 < c.note["score"] <= 1.0
        assert c.note["features"] and set(c.note["features"]) <= set(ALL_FEATURES) - {"bias"}


def test_disable_block_model_switches_it_off() -> None:
    doc = run(PAGE, Config(disable=["block_model"]))
    assert by_model(doc) == []
    assert "市民服务" in out_lines(doc)


def test_block_model_is_a_known_id_for_disable_and_did_you_mean() -> None:
    load_rule_list(Config(disable=["block_model"]))
    with pytest.raises(ConfigError, match="did you mean `block_model`"):
        load_rule_list(Config(disable=["block_modle"]))


def test_a_document_without_an_article_is_left_to_the_rules() -> None:
    # Nothing here is body text, so the model has no article to judge by and removes nothing.
    text = "\n".join([*MENU, *TEASERS])
    assert by_model(run(text)) == []


def test_cleaning_twice_changes_nothing() -> None:
    once = run(PAGE)
    twice = run(once.text)
    assert twice.text == once.text


def test_deterministic() -> None:
    assert run(PAGE).changes == run(PAGE).changes


def _clear_line_caches() -> None:
    from cleaner.filters import blockmodel

    blockmodel._cached_reading.cache_clear()
    blockmodel._cached_caption_text.cache_clear()
    blockmodel._last_page = {}


def test_what_is_kept_of_earlier_pages_lines_changes_no_decision() -> None:
    # Line readings are kept by text across pages (short lines) and from the last page (long
    # ones): a page planned after pages sharing its lines, with one of them long (a paragraph
    # over CACHED_LINE_CHARS), in another place, gets the edits it gets with nothing kept.
    from cleaner.filters.blockmodel import CACHED_LINE_CHARS, load_model

    model = load_model()
    long_para = "社区卫生服务中心的家庭医生团队" + "为辖区居民提供签约随访、慢病管理和健康教育服务，" * 8 + "受到好评。"
    assert len(long_para) > CACHED_LINE_CHARS
    page = "\n".join([*MENU, TITLE, BODY[0], long_para, *BODY[1:], "最新动态", *TEASERS])
    _clear_line_caches()
    fresh = model._plan(page)
    others = [
        "\n".join([*TEASERS, TITLE, long_para, *BODY, *MENU]),
        "\n".join([*MENU[:3], "相关链接", *TEASERS[2:], BODY[0]]),
        page.replace(MENU[0] + "\n", ""),
    ]
    for other in others:
        model._plan(other)
    assert fresh  # the page has chrome for the model to take
    assert model._plan(page) == fresh


def test_main_span_is_the_article() -> None:
    lines = [ln for ln in PAGE.split("\n")]
    start, end = main_span(lines)
    assert lines[start] == BODY[0]
    assert lines[end] == BODY[-3]


def test_features_have_one_column_each() -> None:
    x = line_features(PAGE.split("\n"))
    assert x.shape == (len(PAGE.split("\n")), len(FEATURES))


def test_shipped_model_names_every_feature_and_its_fit() -> None:
    data = json.loads(default_model_path().read_text(encoding="utf-8"))
    assert sorted(data["weights"]) == sorted(FEATURES)
    assert sorted(data["context_weights"]) == sorted(ALL_FEATURES)
    assert 0.0 < data["threshold"] < 1.0
    fit = data["fit"]
    # Figures of the fitted and the held-out pages are both recorded, and the model keeps content.
    for part in ("fitted", "held_out"):
        assert fit[part]["content_removed"] <= 0.005 * fit[part]["content_chars"]
        assert fit[part]["keep_lines_removed"] == 0


def test_a_line_among_chrome_scores_higher_than_the_same_line_among_articles_lines() -> None:
    """The second pass reads the neighbours' first-pass scores: the same short line scores
    higher between menu items than between lines the model may not remove."""
    model = BlockModel.load(default_model_path())
    line = "健康服务"
    lines = [*MENU[:3], line, *MENU[3:]]
    among_menu, x = model.scores(lines)
    alone, _ = model.scores(lines, [k == 3 for k in range(len(lines))])
    assert among_menu[3] > alone[3]
    # The context columns are the first-pass scores of the line before and after it.
    assert x.shape == (len(lines), len(ALL_FEATURES))
    first = 1.0 / (1.0 + np.exp(-(x[:, : len(FEATURES)] @ np.asarray(model.weights))))
    assert x[3, ALL_FEATURES.index(CONTEXT[0])] == pytest.approx(first[2])
    assert x[3, ALL_FEATURES.index(CONTEXT[1])] == pytest.approx(first[4])


def test_a_longer_line_far_from_the_article_may_go_the_same_next_to_it_stays_eligible_only_if_short() -> None:
    # A slogan of 34 characters without sentence punctuation: the rules leave it, and it is
    # longer than the short-line limit. Two lines or more after the article it is the model's to
    # judge; right under the last paragraph (where a caption or a signature stands) it is not.
    slogan = "共建共享健康城市 携手守护百姓安康 打造区域医疗高地"
    assert MAX_CHARS <= len(slogan) < FAR_MAX_CHARS
    article = BODY[:-2]  # ends with a paragraph (the signature and date left out)
    far = [TITLE, *article, "友情链接", slogan]
    near = [TITLE, *article, slogan]
    assert eligible(far)[-1]
    assert not eligible(near)[-1]
    # And the fitted model takes it from a page, logged with its deciding features.
    doc = run("\n".join([*MENU, TITLE, *BODY, "最新动态", *TEASERS, slogan]))
    assert slogan in by_model(doc)
    assert BODY[0] in out_lines(doc)


def test_a_broken_model_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "block_model.json"
    bad.write_text(json.dumps({"threshold": 0.5, "weights": {"bias": 1.0}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="block_model.json: the block model's weights") as e:
        BlockModel.load(bad)
    assert "fit_block_model.py" in (e.value.hint or "")
    # A model of the version before the context pass: weights without context weights.
    bad.write_text(json.dumps({"threshold": 0.5, "weights": dict.fromkeys(FEATURES, 0.0)}), encoding="utf-8")
    with pytest.raises(ConfigError, match="context weights"):
        BlockModel.load(bad)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot be read"):
        BlockModel.load(bad)


def test_explain_shows_the_deciding_features() -> None:
    from cleaner.report.terminal import explain_plain

    out = explain_plain([run(PAGE)])
    shown = [ln for ln in out.splitlines() if "boilerplate/block_model" in ln]
    assert shown and all(" score " in ln for ln in shown)
    assert any("bullet" in ln for ln in shown)


# A made-up hospital page whose photos were dropped by the scraper: their captions stand
# together between two paragraphs. Beside it, look-alikes that are the article's own: a
# heading and its sub-heading, verse, and a list a paragraph announces.
CAPTIONED = [
    "7月1日上午,某某县人民医院组织党员干部职工集中收看庆祝大会直播,全院四十余个科室分会场同步收看,大家认真聆听讲话。",
    "外科第二党支部组织收看直播",
    "药剂科党支部集中收看大会实况",
    "城南社区卫生服务中心党支部集中收看大会",
    "收看结束后,大家纷纷表示,将把学习成果转化为干事创业的动力,立足岗位,全心全意为患者服务。",
    "7月2日,医院又组织青年医务人员走进社区,开展健康义诊和急救知识培训,受到居民的欢迎和好评。",
    "院长王某某为志愿者授旗",
    "青年医务人员在社区广场为居民测量血压并讲解慢病用药知识",
]


def test_a_run_of_captions_between_paragraphs_goes_the_paragraphs_stay() -> None:
    doc = run("\n".join(CAPTIONED))
    kept = out_lines(doc)
    for line in (CAPTIONED[0], CAPTIONED[4], CAPTIONED[5]):
        assert line in kept
    for line in (*CAPTIONED[1:4], *CAPTIONED[6:8]):
        assert line not in kept
    notes = [c.note for c in doc.changes if c.rule == "block_model" and c.removed.strip() == CAPTIONED[1]]
    assert notes and notes[0]["features"] == ["caption_run"]


def test_a_pair_of_short_captions_that_show_a_scene_goes() -> None:
    pair = ["义诊现场居民排队咨询", "急诊科医护人员现场教授心肺复苏"]
    kept = out_lines(run("\n".join([CAPTIONED[0], *pair, CAPTIONED[4]])))
    assert CAPTIONED[0] in kept and CAPTIONED[4] in kept
    assert not set(pair) & set(kept)


@pytest.mark.parametrize("middle", [
    # A heading and its sub-heading: both headline-short.
    ["专家坐诊进社区", "群众看病少跑腿"],
    # ... one of them a scene's, the other not.
    ["义诊现场人头攒动", "群众看病少跑腿"],
    # Verse a paragraph quotes (pronouns, particles).
    ["我们守护你的健康", "你们的笑容是我们的动力", "白衣天使在身旁"],
    # Numbered and bulleted items.
    ["活动1", "活动2", "活动3"],
    # Verse without a pronoun: short lines.
    ["与病魔较量", "和时间赛跑", "守护生命线"],
])
def test_look_alikes_of_captions_stay(middle: list[str]) -> None:
    lines = [CAPTIONED[0], *middle, CAPTIONED[4]]
    kept = out_lines(run("\n".join(lines)))
    for line in middle:
        assert line in kept


def test_a_list_a_paragraph_announces_is_not_captions() -> None:
    lines = [
        "为方便群众就医,医院本周末开放以下专科门诊,请有需要的居民提前通过公众号预约挂号:",
        "心血管内科专家门诊",
        "内分泌代谢科专家门诊",
        "儿童生长发育专科门诊",
        "门诊时间为周六、周日上午八点至十二点,下午两点至五点,节假日正常开放,欢迎广大群众前来就诊。",
    ]
    kept = out_lines(run("\n".join(lines)))
    for line in lines[1:4]:
        assert line in kept


LABELLED = Path(__file__).resolve().parent.parent / "rules" / "model" / "labelled"


def test_own_labelled_pages_keep_every_content_line_and_lose_their_chrome() -> None:
    """The made-up pages labelled line by line for the fit (rules/model/labelled): every content
    line comes out whole, and nearly all the chrome goes."""
    from cleaner.api import clean

    pages = sorted(LABELLED.glob("*.txt"))
    assert len(pages) >= 6
    result = clean([str(p) for p in pages], Config())
    texts: dict[str, str] = {}
    for d in result.documents:
        texts[Path(d.source).name] = texts.get(Path(d.source).name, "") + "\n" + d.text
    removed = total = 0
    for p in pages:
        labels = json.loads(p.with_suffix(".labels.json").read_text(encoding="utf-8"))["lines"]
        out = {ln.strip() for ln in texts.get(p.name, "").split("\n")}
        lines = p.read_text(encoding="utf-8").split("\n")
        for lab in labels:
            line = lines[lab["n"] - 1].strip()
            if lab["label"] == "content":
                assert line in out, f"{p.name}:{lab['n']} lost: {line}"
            elif lab["label"] == "boilerplate":
                total += 1
                removed += line not in out
    assert removed >= 0.9 * total


def test_a_ranked_teaser_list_after_the_article_goes_a_numbered_list_in_it_stays() -> None:
    article = [
        "某某区卫健委召开2024年度基层卫生工作会议,总结去年工作,部署今年重点任务,各社区卫生服务中心负责人参加。",
        "会议要求各单位做好以下工作:",
        "1.加强家庭医生签约服务",
        "2.推进慢病一体化管理",
        "3.做好老年人健康体检",
        "4.完善基层药品配备",
        "5.提升中医药服务能力",
        "会议强调,各单位要压实责任,细化措施,确保各项任务按时完成,切实提升群众的获得感和满意度。",
    ]
    ranked = [
        "本周热帖",
        "1.[求助]孩子发烧三天不退怎么办...",
        "2.推荐几家看皮肤科比较好的医院",
        "3.【分享】坐月子期间饮食注意事项...",
        "4.体检报告上这几项偏高要紧吗",
        "5.[经验]带老人看病的一点心得...",
        "6.医保异地报销流程求解答",
    ]
    kept = out_lines(run("\n".join(article + ranked)))
    for line in article:
        assert line in kept
    for line in ranked[1:]:
        assert line not in kept


def test_the_account_name_under_a_post_title_goes_a_section_name_over_its_paragraph_stays() -> None:
    post = [
        "致敬!医师节里的他们",
        "某某县人民医院",
        "今天是中国医师节",
        "8月19日,某某县人民医院举办医师节座谈会,全院一百余名医师代表参加,院长为优秀医师颁发了证书。",
        "座谈会上,青年医师代表分享了从医故事,大家纷纷表示将不忘初心,继续守护群众健康。",
    ]
    kept = out_lines(run("\n".join(post)))
    assert "某某县人民医院" not in kept
    assert post[2] in kept and post[3] in kept
    roundup = [
        "全县各医疗机构开展医师节系列活动",
        "某某县人民医院",
        "8月19日,某某县人民医院举办医师节座谈会,全院一百余名医师代表参加,院长为优秀医师颁发了证书。",
        "某某县中医医院",
        "8月18日,某某县中医医院组织专家走进社区开展义诊,为群众提供免费健康咨询和中医理疗服务。",
    ]
    # Over a paragraph the name opens a roundup's first section: not an account line.
    assert account_line(roundup) is None
    assert account_line(post) == 1


def test_a_story_whose_first_words_stand_alone_above_it_keeps_them() -> None:
    """A phone-layout story opens with `明天上午,` on a line of its own, right under a share
    pop-up: the pop-up's lines go, the sentence's first words stay (chrome never ends in a comma
    that the next line goes on from)."""
    story = [
        "明天上午，",
        "市中心医院新门诊楼就将正式启用，",
        "这也是今年全市最受关注的民生工程之一。",
        "你知道吗？",
        "新门诊楼一共有十二层，",
        "挂号、缴费、取药都能在同一层完成！",
        "医院提醒：",
        "老门诊楼将同步停止接诊，",
        "请市民提前在公众号上查询新的科室分布。",
        "启用当天，医院还将安排志愿者在各楼层引导。",
    ]
    popup = ["首页 新闻 体育 娱乐 财经 科技", "分享到", "请用手机微信扫一扫", "转发给好友及朋友圈"]
    doc = run("\n".join([*popup, *story]))
    assert out_lines(doc) == story


def test_a_program_listing_in_a_tech_article_stays_whole() -> None:
    """Short ASCII lines of a code sample under the last paragraph look like a footer's words to
    the model; a run of lines with a program's syntax is the article's listing."""
    article = [
        "很多同学问，怎样把队列里的数据安全地写进数据库？下面是一个最简单的版本。",
        "这个版本每次都要重新连接数据库，数据量大的时候会很慢，下一篇我们再讲怎样改进。",
        "完整代码如下：",
        "import json",
        "import sqlite3",
        "def save(rows):",
        "conn = sqlite3.connect('data.db')",
        "for row in rows:",
        "conn.execute('insert into t values (?)', (json.dumps(row),))",
        "conn.commit()",
        "return len(rows)",
    ]
    doc = run("\n".join(["首页 技术 专栏 问答 活动 关于我们", *article]))
    assert out_lines(doc) == article


@pytest.mark.parametrize("closing", [
    ["各位家长:", "本周六上午社区卫生服务中心将为适龄儿童集中补种疫苗,请携带接种本按时前来。", "如有疑问,请在工作日拨打中心预防保健科电话咨询,我们将耐心解答。", "某某社区卫生服务中心 敬启"],
    ["各医疗卫生单位:", "现将全市基层医疗卫生机构能力评价复核结果予以公布,请各单位对照问题抓紧整改。", "整改情况请于四月底前报送市卫生健康委基层卫生科,逾期未报的将予以通报。", "某某市卫生健康委员会办公室", "2024年3月15日", "(此件主动公开)"],
    ["各乡镇卫生院:", "现将今年第二季度基本公共卫生服务项目督导情况通报如下,请各单位认真对照整改。", "督导发现的问题请于七月底前整改到位,并将整改报告报送县卫生健康局。", "某某县卫生健康局", "2024年6月28日", "(信息公开形式:主动公开)"],
])
def test_a_letters_or_a_notices_closing_lines_stay(closing: list[str]) -> None:
    """A sign-off (`某某中心 敬启`) and a government document's disclosure note under its date are
    the document's last lines, however short, and the footer under them still goes."""
    doc = run("\n".join(["首页 机构概况 新闻动态 通知公告 办事指南 联系我们", *closing, "版权所有:某某市卫生健康委员会 备案号:某ICP备00000000号"]))
    assert out_lines(doc) == closing


def test_a_question_and_answer_page_keeps_every_line_between_its_questions() -> None:
    """问:… / 答:… written out, a list of clinics under one answer: the page's own lines."""
    from cleaner.api import clean_text

    text = (
        "杉川医保\n"
        "政策问答｜门诊慢特病怎么办理？\n"
        "问：什么是门诊慢特病？\n"
        "答：门诊慢特病是指病情相对稳定、需要长期在门诊治疗的慢性病和特殊疾病，认定后门诊费用可以按规定报销。\n"
        "问：到哪里申请认定？\n"
        "答：目前我市以下定点医疗机构可以受理：\n"
        "● 杉川市人民医院\n● 杉川市中医院\n● 杉川市第二人民医院\n"
        "问：需要带哪些材料？\n"
        "答：带上身份证或医保电子凭证，以及近两年的相关病历、检查报告即可，不需要再填写纸质申请表。\n"
        "阅读 2310\n"
    )
    out = "\n".join(r.text for r in clean_text(text, doc_id="qa"))
    for line in ("问：到哪里申请认定？", "答：目前我市以下定点医疗机构可以受理：", "● 杉川市第二人民医院", "问：需要带哪些材料？"):
        assert line in out
    assert "阅读 2310" not in out


def test_what_a_paragraph_announces_stays_a_table_a_poem_and_a_name_list() -> None:
    """A table written a cell a line between two paragraphs, the poem a paragraph announces at the
    end, and `unit: name` lines of an award list are the article's."""
    from cleaner.api import clean_text

    table = (
        "近日，市医保局印发通知，调整城乡居民医保住院报销政策，新政策自1月1日起执行。\n"
        "调整后各级医疗机构政策范围内住院费用报销比例如下：\n"
        "医疗机构级别\n起付标准\n报销比例\n一级医院\n300元\n85%\n二级医院\n700元\n75%\n"
        "参保人员无需另行申请，新政策将通过医保信息系统自动执行，如有疑问可拨打服务热线咨询。\n"
        "【打印】【关闭】\n"
    )
    out = "\n".join(r.text for r in clean_text(table, doc_id="table"))
    for cell in ("医疗机构级别", "一级医院", "300元", "85%", "二级医院", "75%"):
        assert cell in out.split("\n"), cell
    assert "【打印】【关闭】" not in out
    poem = (
        "9月10日上午，杉川市妇幼保健院建院六十周年纪念活动在门诊楼前广场举行，三百余名职工参加。\n"
        "院党委书记在致辞中表示，全院职工要传承好老一辈的精神，在新的起点上再创佳绩。\n"
        "活动最后，青年职工朗诵了原创诗歌《守护每一次啼哭》：\n"
        "六十年前\n一盏马灯照亮了产房\n六十年后\n千万盏灯火在城市里闪亮\n"
        "图为纪念活动现场\n"
    )
    out = "\n".join(r.text for r in clean_text(poem, doc_id="poem"))
    assert "一盏马灯照亮了产房" in out and "千万盏灯火在城市里闪亮" in out
    assert "图为纪念活动现场" not in out
    names = (
        "8月19日，杉川县召开庆祝中国医师节大会，表彰了一批扎根基层、服务群众的优秀医师。\n"
        "优秀乡村医生（4名）\n"
        "石门村卫生室：龙桂英\n双河村卫生室：易国富\n新塘村卫生室：邹梅\n马鞍村卫生室：莫长青\n"
        "会上，获奖代表作了发言，分享了扎根基层、守护群众健康的经历和感悟。\n"
    )
    out = "\n".join(r.text for r in clean_text(names, doc_id="names"))
    for line in ("石门村卫生室：龙桂英", "新塘村卫生室：邹梅", "马鞍村卫生室：莫长青"):
        assert line in out


def test_tab_tables_a_doctors_profile_and_a_photo_story_told_by_the_hour_stay() -> None:
    """Rows split by tabs (as other tools save tables), a profile's part headings (出诊时间:,
    擅长:) with the timetable under them, and `▲20:15 产科病房。…` lines of a night-shift story."""
    from cleaner.api import clean_text

    notice = (
        "为保障春节期间群众就医需求，现将全省急诊急救定点医院名单及联系方式予以公布，请各单位严格落实值班制度。\n"
        "一、定点医院名单\n"
        "序号\t医院名称\t急诊电话\n1\t杉川省人民医院\t0000-84327120\n2\t杉川医科大学附属第一医院\t0000-85510120\n"
        "3\t杉川省儿童医院\t0000-85602120\n4\t杉川市中心医院\t0000-88861120\n5\t石门市第一人民医院\t0000-22316120\n"
        "二、工作要求\n各定点医院要合理安排急诊、重症监护、手术室等重点科室人员排班，确保节日期间医疗服务不断档。\n"
    )
    out = "\n".join(r.text for r in clean_text(notice, doc_id="tabs")).split("\n")
    for k in (1, 2, 3, 4, 5):
        assert any(line.startswith(f"{k}\t") for line in out), k
    profile = (
        "杉川市妇幼保健院\n当前位置：首页 > 专家团队 > 儿科\n颜静\n科室：儿童呼吸科\n职称：主任医师\n"
        "出诊时间：\n星期\t上午\t下午\n周一\t专家门诊\t—\n周三\t—\t特需门诊\n周五\t专家门诊\t专家门诊\n"
        "擅长：\n儿童支气管哮喘、慢性咳嗽、反复呼吸道感染的诊治，对小儿难治性肺炎有丰富的临床经验。\n"
        "个人简介：\n颜静，女，主任医师，从事儿科临床工作二十余年，现任杉川市妇幼保健院儿童呼吸科主任。\n"
    )
    out = "\n".join(r.text for r in clean_text(profile, doc_id="profile"))
    for line in ("出诊时间：", "周三\t—\t特需门诊", "擅长："):
        assert line in out, line
    story = (
        "除夕夜，我们跟随急诊科、产科的医护人员，用镜头记录下他们的一夜。\n"
        "▲18:05 急诊科。值班医生为一名胸痛的中年男子查看心电图，确诊急性心肌梗死后立即启动绿色通道。\n"
        "▲20:15 产科病房。一声响亮的啼哭，新年的第一个宝宝提前来报到，助产士抱着男婴向产妇道喜。\n"
        "▲院领导与值班医护人员合影\n"
        "据统计，除夕当晚全院共接诊急诊患者两百余人次，迎来新生儿五名。\n"
    )
    out = "\n".join(r.text for r in clean_text(story, doc_id="story"))
    assert "▲18:05 急诊科。" in out and "▲20:15 产科病房。" in out
    assert "▲院领导与值班医护人员合影" not in out


def test_a_table_written_a_cell_a_line_under_a_caption_or_a_heading_stays() -> None:
    """A notice's table scraped a cell a line (序号 / 区县 / 机构名称 / 达标等级 / 1 / …) under its
    caption (表1 …) or a numbered heading, with no colon above it, is the notice's, cells that
    look like chrome words (推荐标准) included. A list of headlines and dates is no table."""
    from cleaner.api import clean_text

    table = (
        "经机构自评、区县初审、市级复核，确定以下基层医疗卫生机构达到推荐标准或基本标准，现予以公布。\n"
        "表1 2024年达标单位名单\n"
        "序号\n区县\n机构名称\n达标等级\n"
        "1\n东港区\n东港区临江街道社区卫生服务中心\n推荐标准\n"
        "2\n东港区\n东港区石桥镇卫生院\n基本标准\n"
        "3\n白沙县\n白沙县青龙乡卫生院\n基本标准\n"
        "请各达标单位以此为契机，持续提升服务能力；未达标单位要对照标准查找差距，限期整改。\n"
        "【打印本页】【关闭窗口】\n"
    )
    out = "\n".join(r.text for r in clean_text(table, doc_id="cells")).split("\n")
    for cell in ("序号", "达标等级", "1", "东港区", "推荐标准", "3", "白沙县青龙乡卫生院", "基本标准"):
        assert cell in out, cell
    assert out.count("东港区") == 2 and "【打印本页】【关闭窗口】" not in out
    scores = (
        "经报名、资格审查、面试和体检，现将拟录取人员名单予以公示，公示期为五个工作日。\n"
        "一、拟录取人员名单\n"
        "姓名\n性别\n定向乡镇\n面试成绩\n罗某\n女\n青石镇\n86.4\n潘某\n男\n柳溪乡\n83.2\n韦某\n女\n白马镇\n81.7\n"
        "二、受理方式\n公示期间，如对公示人员有异议，可通过来信、来电或来访方式向县卫生健康局反映。\n"
    )
    out = "\n".join(r.text for r in clean_text(scores, doc_id="scores")).split("\n")
    for cell in ("姓名", "面试成绩", "罗某", "女", "86.4", "白马镇", "81.7"):
        assert cell in out, cell
    teasers = (
        "经机构自评、区县初审、市级复核，确定以下基层医疗卫生机构达到推荐标准或基本标准，现予以公布。\n"
        "最新动态\n"
        "我院举办护理技能竞赛\n2024-05-01\n市医保局调整住院报销政策\n2024-05-02\n东港区开展义诊活动\n2024-05-03\n"
        "北湖区启动家庭医生签约\n2024-05-04\n"
    )
    out = "\n".join(r.text for r in clean_text(teasers, doc_id="teasers")).split("\n")
    assert "2024-05-03" not in out


def test_a_hotline_right_under_the_articles_last_paragraph_stays() -> None:
    """`咨询电话:…` or `食品安全投诉举报电话:12315` right under the article's last paragraph (or its
    last list item) is the article's, with the credits and the follow prompt under it still going."""
    from cleaner.api import clean_text

    page = (
        "本周六起，县疾控中心将在各乡镇卫生院开展第二剂次疫苗集中接种，适龄女孩可在家长陪同下前往。\n"
        "注意事项：\n1. 接种当天请穿宽松衣物，避免空腹；\n2. 接种后需在现场留观30分钟，无异常方可离开。\n"
        "咨询电话：0000-5521 8870\n"
        "编辑：某某 / 审核：某某\n长按识别二维码关注我们\n"
    )
    out = "\n".join(r.text for r in clean_text(page, doc_id="hotline")).split("\n")
    assert "咨询电话：0000-5521 8870" in out
    assert not any("长按识别" in line or "编辑：" in line for line in out)
    popsci = (
        "出现呕吐、腹泻、腹痛等症状时应立即停止食用可疑食物，及时就医，并保留剩余食物以便查明原因。\n"
        "食品安全投诉举报电话：12315\n"
        "声明：本文内容仅供科普参考，不作为诊疗依据。\n"
    )
    out = "\n".join(r.text for r in clean_text(popsci, doc_id="popsci")).split("\n")
    assert "食品安全投诉举报电话：12315" in out


def test_a_procurement_notices_parties_below_its_deadline_and_place_stay() -> None:
    """`三、…开标时间和地点` / the time / `地点:…` / `四、…请按以下方式联系` / the parties' names,
    addresses and contacts: the notice's, its time line among its fields included."""
    from cleaner.api import clean_text

    page = (
        "某某县人民医院全自动生化分析仪采购项目已具备招标条件,现进行公开招标,欢迎符合条件的供应商参加投标。\n"
        "投标人须在某某县公共资源交易中心网注册并免费下载招标文件,逾期未下载者不得参加本次投标活动。\n"
        "三、提交投标文件截止时间、开标时间和地点\n2024年9月16日9点30分（北京时间）\n地点：某某县公共资源交易中心三楼第二开标室\n"
        "四、对本次招标提出询问，请按以下方式联系\n1.采购人信息\n名称：某某县人民医院\n地址：某某县城南路299号\n"
        "2.采购代理机构信息\n名称：某某招标代理有限公司\n地址：某某县长江大道88号\n3.项目联系方式\n项目联系人：某女士\n电话：0000-7739218\n"
        "上一篇：某某县人民医院物业管理服务项目中标结果公告\n"
    )
    out = "\n".join(r.text for r in clean_text(page, doc_id="tender")).split("\n")
    for line in ("2024年9月16日9点30分（北京时间）", "名称：某某县人民医院", "地址：某某县城南路299号", "名称：某某招标代理有限公司",
                 "项目联系人：某女士", "电话：0000-7739218"):
        assert line in out, line
    assert not any(line.startswith("上一篇") for line in out)


def test_a_list_of_department_phones_stays_whole_with_a_complaints_line_at_its_end() -> None:
    """`…现将新院区各科室电话公布如下:` then one `科室:电话` line each, the last one `投诉电话:…` (a
    word the page's chrome uses too), then the article goes on: every line is the article's."""
    from cleaner.api import clean_text

    units = ["门诊服务中心", "急诊科（24小时）", "心血管内科", "消化内科", "普外科", "骨科", "妇产科", "儿科",
             "医学影像科", "检验科", "体检中心（老院区）", "医保结算窗口"]
    phones = [f"{u}：0000 {3001 + k}" for k, u in enumerate(units)]
    page = "\n".join([
        "某某县人民医院 欢迎您！ 今天是：2024年3月5日 星期二",
        "网站首页 医院概况 新闻动态 党建工作 科室介绍 就医指南 健康教育 院务公开",
        "您的位置：首页 >> 新闻动态 >> 医院新闻",
        "某某县人民医院新院区3月11日正式启用 各科室咨询电话公布",
        "发布时间：2024-03-05 10:21:33 来源：医务科 点击数：2319",
        "经过近三年建设，某某县人民医院新院区将于3月11日正式启用，门诊、急诊和住院部将整体搬迁至新院区。为方便群众就医咨询，现将新院区各科室电话公布如下：",
        *phones, "投诉电话：0000 3000",
        "新院区开通了4条公交线路，其中3路、7路在医院正门设站，院区地下停车场设有车位820个，就诊患者首小时免费。",
        "搬迁期间（3月8日至3月10日）门诊暂停，急诊照常接诊，给您带来的不便敬请谅解。",
        "【打印本页】【关闭窗口】", "上一篇：我院开展“三八”妇女节健康义诊活动", "下一篇：关于2024年度护理人员招聘的公告",
        "版权所有：某某县人民医院  地址：某某县青禾大道188号  邮编：000000",
        "ICP备00000000号-1  技术支持：某某网络科技有限公司",
    ])
    out = "\n".join(r.text for r in clean_text(page, doc_id="phones")).split("\n")
    for line in [*phones, "投诉电话：0000 3000"]:
        assert line in out, line


def test_the_items_a_sentence_announces_stay_however_short() -> None:
    """A paragraph that announces its items in a sentence (拟认定以下6家企业…,现予以公示。) is followed
    by them, one short name a line, then the body goes on: they are the notice's list, not captions."""
    names = ["某某县青山茶业有限公司", "某某县榆林米业有限公司", "某某县石门山珍食品有限公司", "某某县丰禾果蔬专业合作社", "某某县云栖竹木制品有限公司", "某某县下溪畜禽养殖有限公司"]
    text = (
        "首页 机构概况 政务公开 政务服务 互动交流\n当前位置:首页 > 政务公开 > 公示公告\n"
        "经企业自愿申报、乡镇初审、县级部门联合评审,拟认定以下6家企业为年度县级农业产业化龙头企业,现予以公示。\n"
        + "\n".join(names)
        + "\n公示期为2024年5月6日至5月12日。公示期间,如对公示企业有异议,请以书面形式实名向县农业农村局反映。\n"
    )
    assert all(name in out_lines(run(text)) for name in names)


def test_a_departments_practical_fields_under_its_profile_stay_in_any_form() -> None:
    """Under a department's profile, its practical details stay whether written `label:value`, with
    the label in brackets (【科室电话】…) or as a unit and its floor (内镜中心:医技楼三楼)."""
    fields = ["【出诊时间】周一至周六全天;周日上午开设预约门诊", "【科室电话】0000-2631 9512", "【就诊地点】门诊楼三楼儿童保健中心"]
    places = ["科室电话:0000-8862 3155", "门诊位置:门诊楼二楼C区", "内镜中心:医技楼三楼"]
    for block in (fields, places):
        text = (
            "首页 医院概况 新闻中心 科室导航 专家介绍 就医指南\n当前位置:首页 > 科室导航\n【科室简介】\n"
            "儿童保健科成立于2002年,是区级儿童保健指导中心,承担全区0—6岁儿童健康管理的技术指导工作,下设生长发育、营养、心理行为等专科门诊。\n"
            "科室现有医师9名、护士7名,年门诊量约6万人次,为辖区儿童提供体格检查、发育评估和喂养指导等服务。\n"
            + "\n".join(block)
            + "\n版权所有:某某市妇幼保健院 地址:某某市人民路1号\n"
        )
        kept = out_lines(run(text))
        assert all(line in kept for line in block), block
        assert "【科室简介】" in kept


def test_a_markdown_exports_bold_lead_ins_and_their_list_stay() -> None:
    """In a Markdown export a line opening with a bold phrase (`**先兆中暑**常见表现:`) is no bulleted
    teaser: it and the short list under it stay, between the export's bulleted menu and its end."""
    kept_lines = ["**先兆中暑**常见表现：", "* 头晕", "* 口渴", "* 多汗", "* 四肢无力", "**轻症中暑**除上述症状外，还可能出现：", "* 体温升至38℃以上", "* 面色潮红或苍白", "* 脉搏增快"]
    text = (
        "* [首页](https://example.org/)\n* [科普](https://example.org/kp/)\n* [问医生](https://example.org/wys/)\n\n"
        "# 中暑分三级 出现这些症状要警惕\n\n2024-07-28 · 某某健康科普 · 阅读 2.3万\n\n"
        "高温天气持续，中暑的风险也随之增加。医院急诊科医生介绍，中暑按严重程度可以分为先兆中暑、轻症中暑和重症中暑三级。\n\n"
        + "\n".join(kept_lines)
        + "\n\n**重症中暑**包括热痉挛、热衰竭和热射病，其中热射病最为凶险，患者体温可超过40℃，并出现意识障碍，死亡率很高。\n\n"
        "医生提醒，发现有人中暑，应立即将其转移到阴凉通风处，解开衣扣，用湿毛巾擦拭身体帮助降温；意识清醒者可以少量多次饮用淡盐水。\n\n"
        "---\n* [收藏](javascript:;)\n"
    )
    kept = out_lines(run(text))
    assert all(line in kept for line in kept_lines)


def test_a_table_split_by_full_width_spaces_and_a_list_a_sentence_announces_stay() -> None:
    """A statistics table whose cells are split by full-width spaces (numbers in every row but the
    header) stays whole, and so does an award list that a sentence announces (对以下先进集体和先进
    个人予以通报表扬。), however short its lines; a menu split by the same spaces still goes."""
    rows = ["医院名称　门急诊量（万人次）　出院人次（万人次）　平均住院日（天）", "青溪市第一人民医院　98.6　4.62　8.1",
            "青溪市中心医院　87.3　4.15　8.4", "青溪市中医医院　61.2　2.38　8.9", "青溪市妇幼保健院　45.8　1.96　5.2"]
    text = (
        "首页　机构概况　政务公开　政务服务　互动交流\n"
        "据统计，今年1—6月，全市二级以上公立医院累计完成门急诊量486.2万人次，同比增长6.8%；出院患者21.4万人次。\n"
        + "\n".join(rows)
        + "\n从数据看，青溪市第一人民医院、青溪市中心医院两家三甲医院门急诊量占全市的38.2%，继续发挥龙头作用。\n"
        "经研究，决定对以下先进集体和先进个人予以通报表扬，希望受到表扬的集体和个人珍惜荣誉、再接再厉。\n"
        "青溪市第一人民医院急诊医学科\n青溪市中心医院护理部\n青溪市中医院针灸推拿科\n"
        "希望全市卫生健康系统以先进为榜样，为建设健康青溪作出新的更大贡献。\n"
    )
    kept = out_lines(run(text))
    assert all(r in kept for r in rows)
    assert all(u in kept for u in ("青溪市第一人民医院急诊医学科", "青溪市中心医院护理部", "青溪市中医院针灸推拿科"))
    assert "首页　机构概况　政务公开　政务服务　互动交流" not in kept


def test_a_table_split_by_single_spaces_at_the_end_of_a_notice_stays() -> None:
    """A registration notice's table written with single spaces between cells (姓名 性别 …, a
    certificate number in every row), with only 特此公告 and the signature under it: every row is
    the notice's; a menu split by single spaces (no number in its items) still goes."""
    places = ("内科专业 某某区人民医院", "妇产科专业 某某区妇幼保健院", "口腔专业 某某区口腔门诊部", "中医专业 某某区中医院")
    rows = ["姓名 性别 执业类别 执业范围 执业地点 证书编码"] + [
        f"某{name} {'男女'[k % 2]} 临床 {places[k % 4]} 1105001000000{k:02d}" for k, name in enumerate("甲乙丙丁戊己庚辛壬癸子丑")
    ]
    text = (
        "首页 机构职能 政务公开 卫生动态 医政医管 办事指南\n"
        "根据《医师执业注册管理办法》规定，我委对本批申请医师执业注册的人员进行了审核，以下12名医师符合注册条件，准予注册，现予以公告。\n"
        + "\n".join(rows)
        + "\n特此公告。\n某某区卫生健康委员会\n2016年8月3日\n"
    )
    kept = out_lines(run(text))
    assert all(r in kept for r in rows)
    assert "首页 机构职能 政务公开 卫生动态 医政医管 办事指南" not in kept


def test_an_articles_own_fields_and_contacts_under_its_last_line_stay() -> None:
    """A guide's hours going on under its last field (急诊:24小时, 咨询电话:…), and a hospital's
    address and hotlines under its profile's last paragraph, are the article's, with the page's
    chrome right under them; a site's footer still goes."""
    guide = (
        "门诊须知\n一、挂号方式\n患者可通过医院微信公众号、自助机或人工窗口挂号,复诊患者可提前七天预约,请按预约时段到院就诊。\n"
        "二、门诊时间\n周一至周五:上午8:00-12:00,下午14:00-17:30\n周六、周日:上午8:00-12:00\n急诊:24小时\n咨询电话:0000-5203366\n"
        "扫一扫 手机看本页\n【打印】 【关闭】\n版权所有:某某市妇幼保健院\n"
    )
    kept = out_lines(run(guide))
    assert "急诊:24小时" in kept and "咨询电话:0000-5203366" in kept
    profile = (
        "医院简介\n某某县人民医院始建于1952年,是一所集医疗、教学、科研、预防保健于一体的二级甲等综合医院,编制床位680张。\n"
        "医院秉承“仁心、精术”的院训,全心全意为县域群众提供优质、高效、便捷的医疗服务,先后荣获多项省级荣誉称号。\n"
        "医院地址:某某县迎宾大道1号\n急救电话:120  咨询电话:0000-8612345\n扫一扫关注医院官方微信\n友情链接\n"
    )
    kept = out_lines(run(profile))
    assert "医院地址:某某县迎宾大道1号" in kept and "急救电话:120 咨询电话:0000-8612345" in kept


def test_a_directory_of_fever_clinics_keeps_every_address_and_phone() -> None:
    """A notice listing fever clinics (发热门诊, whose 热门 is no chrome word), each with its
    address, hours and phone under it: every line stays, in one record (a directory, no roundup)."""
    from cleaner.api import clean_text

    notice = (
        "关于公布我县发热门诊设置情况的通告\n发布时间：2025-01-06  来源：县卫生健康局\n\n"
        "为做好冬春季呼吸道疾病防治工作，方便群众就近就诊，现将全县发热门诊设置情况公布如下：\n\n"
        "1.溪口县人民医院发热门诊\n地址：溪口县城南大道66号（急诊楼一楼）\n开诊时间：24小时\n咨询电话：0735-6621120\n\n"
        "2.溪口县中医院发热门诊\n地址：溪口县文化路9号\n开诊时间：24小时\n咨询电话：0735-6623456\n\n"
        "3.溪口县柏林镇中心卫生院发热诊室\n地址：溪口县柏林镇新街18号\n开诊时间：8:00-17:30\n咨询电话：0735-6651002\n\n"
        "请有发热症状的群众就近到上述发热门诊就诊，就诊时全程佩戴口罩。\n\n溪口县卫生健康局\n2025年1月6日\n"
    )
    records = clean_text(notice, doc_id="fever")
    assert len(records) == 1
    for line in ("地址：溪口县城南大道66号（急诊楼一楼）", "咨询电话：0735-6621120", "地址：溪口县文化路9号",
                 "咨询电话：0735-6623456", "3.溪口县柏林镇中心卫生院发热诊室", "咨询电话：0735-6651002"):
        assert line in records[0].text


def test_a_bulleted_heading_right_under_the_info_line_heads_the_first_section() -> None:
    """A roundup whose first `◆ institution` heading stands right under the date line, with no
    introduction: that heading is the article's (its bullet heads the next sections too), and
    the first institution gets its own record."""
    from cleaner.api import clean_text

    page = (
        "溪口县卫生健康局\n首页 > 工作动态\n\n各医院医疗质量提升行动扎实推进\n发布日期：2025年3月4日  来源：医政科\n\n"
        "◆ 溪口县人民医院\n县人民医院把单病种质量控制作为提升行动的抓手，每月通报各科室核心指标完成情况，督促整改。\n\n"
        "◆ 溪口县中医院\n县中医院邀请省级专家驻点指导，规范中医病历书写，病历甲级率提高到九成以上。\n\n"
        "◆ 溪口县妇幼保健院\n县妇幼保健院开展产科急救演练十余次，提升医护人员处置危重孕产妇的能力。\n"
    )
    records = clean_text(page, doc_id="bullets")
    assert [r.institution for r in records if r.kind == "section"] == ["溪口县人民医院", "溪口县中医院", "溪口县妇幼保健院"]


def test_a_policy_readings_contact_unit_and_its_attachments_stay_over_the_footer() -> None:
    """Under a policy reading's last part: whom to ask (咨询单位:, 咨询电话:) and the attachments
    label over the files it lists are the document's; the site's footer under them is not."""
    from cleaner.api import clean_text

    page = (
        "关于家庭医生签约服务提质增效的政策解读\n发布时间：2025-03-04 来源：基层卫生健康科\n\n"
        "一、出台背景。为进一步提升家庭医生签约服务质量，增强群众获得感，市卫生健康委制定了实施方案。\n"
        "二、主要内容。方案从扩大服务供给、丰富服务内容、优化服务方式和完善激励机制四个方面提出了具体措施。\n"
        "三、保障措施。各区县卫生健康部门要加强组织领导，市卫生健康委将定期开展督导评估。\n"
        "四、政策咨询\n咨询单位：溪口市卫生健康委员会基层卫生健康科\n咨询电话：0735-6261175\n"
        "附件：\n1. 溪口市家庭医生签约服务提质增效实施方案.doc\n2. 家庭医生签约服务包目录.xls\n\n"
        "【打印】【关闭】\n主办：溪口市卫生健康委员会　地址：溪口市行政中心3号楼\n备案号：某ICP备05003391号\n"
    )
    [record] = clean_text(page, doc_id="reading")
    for line in ("咨询单位：溪口市卫生健康委员会基层卫生健康科", "咨询电话：0735-6261175", "附件：",
                 "1. 溪口市家庭医生签约服务提质增效实施方案.doc", "2. 家庭医生签约服务包目录.xls"):
        assert line in record.text
    assert "ICP备" not in record.text and "主办：" not in record.text


def test_verse_a_paragraph_says_it_wrote_stays_to_the_credits_under_it() -> None:
    """A paragraph saying someone wrote a poem (创作了一首小诗，献给…。), then the poem's short
    unpunctuated lines: all of them are the article's; the editor's line and the share bar are not."""
    from cleaner.api import clean_text

    page = (
        "诗歌｜写给夜班的你\n2025-05-12　作者：护理部　来源：本站原创\n\n"
        "在国际护士节到来之际，我院护理部一名护士长创作了一首小诗，献给全院坚守在临床一线的护理姐妹们。\n\n"
        "写给夜班的你\n你从月光里走来\n护士帽上\n落满了一夜的星光\n监护仪是你的鼓点\n"
        "呼叫铃是你的节拍\n走廊的灯亮到天明\n你把脚步放得很轻\n\n"
        "编辑：某某　审核：某某\n分享到：\n微信\n微博\n"
    )
    [record] = clean_text(page, doc_id="poem2")
    for line in ("写给夜班的你", "你从月光里走来", "护士帽上", "呼叫铃是你的节拍", "你把脚步放得很轻"):
        assert line in record.text.split("\n")
    assert "分享到" not in record.text and "审核" not in record.text


def test_a_numbered_contact_heading_keeps_its_units_phones_and_a_closing_invitation_stays() -> None:
    """A policy reading ending in `五、咨询电话` over `某某股:0000-0000000` lines, and a clinic notice
    ending in `欢迎广大市民朋友前来咨询!`: both are the article's last words, not a footer's."""
    reading = [
        "城乡居民两病门诊用药保障政策解读",
        "一、政策背景",
        "为减轻高血压、糖尿病患者门诊用药负担,县医疗保障局会同县卫生健康局制定了两病门诊用药保障实施细则,自今年起施行。",
        "二、保障对象",
        "参加本县城乡居民基本医疗保险,经二级及以上定点医疗机构确诊并办理备案的高血压、糖尿病患者。",
        "五、咨询电话",
        "县医疗保障局待遇保障股：0000-5638211",
        "县人民医院医保办：0000-5638966",
    ]
    doc = run("\n".join([*MENU, *reading, "您可能还想看：", *TEASERS]))
    kept = out_lines(doc)
    for line in reading[-3:]:
        assert line in kept, f"contact line lost: {line}"
    clinic = [
        "中医义诊进社区",
        "为让群众在家门口享受到优质的中医药服务,我院将联合街道社区卫生服务中心开展中医义诊活动,为居民免费测血压、血糖。",
        "义诊现场不开具处方,如需进一步诊治,请到医院门诊就诊。",
        "欢迎广大市民朋友前来咨询!",
    ]
    doc = run("\n".join([*MENU, *clinic, "- END -", "长按识别二维码", *TEASERS]))
    assert "欢迎广大市民朋友前来咨询!" in out_lines(doc)


def test_bulleted_items_ending_on_semicolons_under_a_question_heading_are_the_articles() -> None:
    """`★ 过敏性鼻炎、慢性咽炎患者;` under `哪些人适合贴?`: the article's own list, however the
    lines around it fall, never a box of teaser headlines."""
    items = ["★ 反复感冒、慢性咳嗽、支气管哮喘等呼吸系统疾病患者;", "★ 过敏性鼻炎、慢性咽炎患者;", "★ 慢性胃炎、慢性腹泻等脾胃虚寒患者;",
             "★ 颈肩腰腿痛、关节冷痛等患者;", "★ 体质虚弱、怕冷、手脚冰凉的亚健康人群。"]
    article = [
        "冬病夏治是中医治未病思想的体现。三伏天是一年中气温最高、阳气最旺的时候,此时在特定穴位敷贴温阳散寒的药物,可以起到扶正祛邪的作用。",
        "初伏:7月15日至7月24日",
        "中伏:7月25日至8月13日",
        "哪些人适合贴?",
        *items,
        "哪些人不宜贴?",
        "★ 孕妇、1岁以下婴儿;",
        "★ 发热、咽喉肿痛等实热证患者;",
        "成人一般贴敷2至4小时,儿童30分钟至2小时,如出现明显灼热、刺痒,应立即揭下。贴敷当天忌食生冷、辛辣、海鲜。",
    ]
    doc = run("\n\n".join(article + ["往期推荐", *TEASERS]))
    kept = out_lines(doc)
    for line in items:
        assert line in kept, f"list item lost: {line}"


def test_an_attachment_printed_after_the_notices_signature_keeps_its_heading() -> None:
    """`附件` alone and the attachment's title over its table, after the issuing body and date: the
    notice's own, not a footer's short lines."""
    notice = [
        "关于公布第一批市级基层特色科室名单的通知",
        "各区县卫生健康局,各有关单位:",
        "根据基层特色科室建设实施方案要求,经单位申报、区县推荐、专家评审和网上公示,确定15个科室为第一批市级基层特色科室。现将名单予以公布。",
        "某某市卫生健康委员会",
        "2024年3月25日",
        "附件",
        "第一批市级基层特色科室名单",
        "| 序号 | 区县 | 单位 | 特色科室 |",
        "| 1 | 滨江区 | 长湾社区卫生服务中心 | 康复科 |",
        "| 2 | 滨江区 | 江南街道社区卫生服务中心 | 中医科 |",
    ]
    doc = run("\n".join([*MENU, *notice, "【打印本页】 【关闭窗口】", *TEASERS]))
    kept = out_lines(doc)
    assert "附件" in kept and "第一批市级基层特色科室名单" in kept


def test_a_label_over_the_speakers_profile_above_the_first_paragraph_stays() -> None:
    lines = [
        "讲座主题：宋词里的四季", "讲座时间：2022年3月12日（周六）14:30—16:30", "讲座地点：市图书馆三楼报告厅", "主讲人：苏明澈",
        "主讲人简介：",
        "苏明澈，某某师范学院文学院教授，长期从事唐宋文学研究，曾多次在市民讲堂主讲古典诗词系列讲座。",
        "内容简介：",
        "春之柳色、夏之荷风、秋之雁字、冬之梅雪，四季更替是宋词中最常见的主题之一，本次讲座将选取二十首名作细细品读。",
    ]
    assert "主讲人简介：" in out_lines(run("\n".join(lines)))


def test_an_overview_heading_over_an_entrys_first_paragraph_stays() -> None:
    lines = [
        "痛风", "概述",
        "痛风是一种由尿酸盐晶体沉积在关节及周围组织所引起的炎症性疾病，与血尿酸持续升高直接相关。",
        "症状",
        "多数患者首次发作累及单个关节，以第一跖趾关节最为常见，常在夜间突然发作，关节红肿热痛明显。",
    ]
    assert "概述" in out_lines(run("\n".join(lines)))


def test_an_events_organiser_and_emoji_labelled_fields_stay() -> None:
    # A lecture's 主办单位 among its own fields (报告人, 时间, 地点) is the lecture's, not a footer's.
    lecture = [
        "报告题目：肠道菌群与代谢性疾病", "报告人：岑某某 教授", "时间：2023年5月10日（星期三）下午14:30",
        "地点：图书馆二楼报告厅", "主办单位：基础医学院 生理学系", "报告人简介：",
        "岑某某，医学博士，某某大学研究员、博士生导师，长期从事肠道微生态与代谢性疾病的研究工作，主持国家自然科学基金项目三项。",
    ]
    assert "主办单位：基础医学院 生理学系" in out_lines(run("\n".join([*MENU, *lecture, *TEASERS])))
    # An account's event preview: each label an emoji and a word over its value, a value going on
    # over two lines of the same shape.
    preview = [
        "为提高群众对帕金森病的认识，某某医院神经内科将于世界帕金森病日当天举办大型义诊和健康讲座活动，欢迎患者及家属参加。",
        "📅 活动时间", "2025年4月11日（周五）上午9:00—11:30",
        "📍 活动地点", "义诊：门诊楼一楼大厅", "讲座：行政楼三楼学术报告厅",
        "🎤 讲座主题", "《帕金森病的早期信号》", "《在家也能做的康复操》",
        "活动当天免费提供认知功能筛查、跌倒风险评估，前五十名到场的患者可免费领取防跌倒手册一本，请患者携带既往病历。",
    ]
    kept = out_lines(run("\n".join(preview)))
    assert all(line in kept for line in preview), [line for line in preview if line not in kept]


def test_a_drugs_leaflet_fields_and_a_tables_heading_and_fields_stay() -> None:
    # A leaflet set out as bracketed fields: its head (【药品名称】 over its label rows) and its foot
    # (【批准文号】, 【生产企业】) are the leaflet's, as its middle is.
    leaflet = [
        "【药品名称】", "通用名称：某某口服溶液", "英文名称：Some Oral Solution",
        "【成份】本品主要成份为盐酸某某。辅料为山梨醇溶液、甘油、苯甲酸、羟乙纤维素、香精、纯化水。",
        "【适应症】适用于痰液黏稠而不易咳出者，以及急、慢性呼吸道疾病引起的痰液分泌异常。",
        "【用法用量】口服。成人及12岁以上儿童：一次10ml，一日2次，餐后服用。2至5岁儿童：一次2.5ml，一日3次。",
        "【不良反应】偶见轻微的胃肠道反应，如胃部不适、恶心、腹泻；极少数出现皮疹等过敏反应。",
        "【注意事项】避免与中枢性镇咳药同时使用，以免稀化的痰液堵塞气道。",
        "【批准文号】国药准字H0000XXXX", "【生产企业】企业名称：某某制药有限公司", "核准日期：2007年03月12日",
    ]
    kept = out_lines(run("\n".join([*MENU, *leaflet, *TEASERS])))
    assert all(line in kept for line in leaflet), [line for line in leaflet if line not in kept]
    # A doctor's timetable under the profile: its heading and the fields under its last row.
    profile = [
        "宁某某，某某市中医院脾胃病科主任，中医内科主任医师，省级名中医，从事中医临床工作三十余年，擅长运用中医辨证论治慢性胃炎。",
        "门诊时间", "| 星期 | 上午 | 下午 |", "| 周一 | 专家门诊 | 病房查房 |", "| 周三 | 专家门诊 | 专家门诊 |",
        "门诊地点：门诊部二楼中医内科第3诊室", "预约电话：0000-8126315",
    ]
    kept = out_lines(run("\n".join([*MENU, *profile])))
    assert all(line in kept for line in profile), [line for line in profile if line not in kept]


def test_a_numbered_overview_heading_over_an_entrys_first_paragraph_stays() -> None:
    lines = [
        "手足口病", "1 概述",
        "手足口病是由多种肠道病毒引起的常见儿童传染病，以5岁以下儿童最为多见，一年四季都可发病，春夏季是高峰。",
        "2 病原与传播",
        "引起手足口病的病毒以柯萨奇病毒A16型和肠道病毒71型最为常见，近年来柯萨奇病毒A6型引起的病例也在增多。",
    ]
    assert "1 概述" in out_lines(run("\n".join(lines)))


def test_a_press_releases_contacts_a_documents_printing_line_and_a_departments_phone_stay() -> None:
    body = [
        "衛福部呼籲，民眾如有長照需求，可撥打長照專線1966，由照管專員到府評估，依失能程度核定服務額度，協助安排居家服務與喘息服務。",
        "長照服務自去年起擴大辦理，目前全國已布建超過七百個社區整體照顧服務據點，提供在地且可近的照顧服務。",
    ]
    contacts = ["新聞聯絡人：長期照顧司 黃某某副司長", "聯絡電話：02-0000-6666 分機 7123"]
    kept = out_lines(run("\n".join([*MENU, *body, *contacts, *TEASERS])))
    assert all(c in kept for c in contacts)
    notice = [
        "各县（市、区）医疗保障局：现将《某某市医疗保障基金使用监督管理办法》印发给你们，请结合实际认真贯彻执行。",
        "抄送：省医疗保障局，市人民政府办公室。", "某某市医疗保障局办公室　　　　　　　2021年12月1日印发",
    ]
    assert "某某市医疗保障局办公室　　　　　　　2021年12月1日印发" in out_lines(run("\n".join([*MENU, *notice, *TEASERS])))
    department = [
        "科室简介",
        "某某县人民医院骨科成立于1986年，现开放床位92张，是县级临床重点专科，年门诊量3万余人次，年手术量1800余台。",
        "科室特色", "1. 创伤急救：依托县创伤中心，开通严重多发伤绿色通道。", "2. 脊柱微创：开展经皮椎体成形术，术后次日即可下床。",
        "专家团队", "邓某某 主任医师 科主任", "谢某某 主任医师", "罗某某 副主任医师",
        "骨科门诊位于门诊楼二楼东侧，周一至周日全天开诊；专家门诊时间请关注医院微信公众号。",
        "科室电话：0000-6221326",
    ]
    assert "科室电话：0000-6221326" in out_lines(run("\n".join([*MENU, *department])))


def test_a_press_conferences_speakers_and_a_turns_label_stay() -> None:
    lines = [
        "发布人：", "某某市卫生健康委员会副主任 高某某", "某某市疾病预防控制中心主任 钱某某",
        "主持人 邓某：",
        "各位记者朋友，下午好！欢迎参加新冠病毒疫苗接种工作新闻发布会。今天我们邀请到市卫生健康委和市疾控中心的负责同志介绍情况。",
    ]
    kept = out_lines(run("\n".join([*MENU, *lines])))
    assert all(line in kept for line in lines), [line for line in lines if line not in kept]


def test_a_profile_tables_rows_joined_by_spaces_stay() -> None:
    rows = ["姓名 陈某某 性别 女", "科室 脾胃病科 职称 主任医师", "职务 科主任 学历 硕士研究生"]
    profile = "陈某某，1965年出生，1988年毕业于某某中医学院中医专业，后师从省级名中医，从事中医内科临床工作三十余年，擅长脾胃病的诊治。"
    kept = out_lines(run("\n".join([*MENU, *rows, profile, *TEASERS])))
    assert all(r in kept for r in rows), [r for r in rows if r not in kept]


def test_a_programmes_time_rows_and_a_price_notices_complaint_phones_stay() -> None:
    agenda = [
        "上午", "08:30-08:50 开幕致辞 蒋某某 院长", "08:50-09:40 肿瘤液体活检的临床转化路径 谭某某 研究员",
        "09:40-10:30 类器官模型在药物筛选中的应用 苏某 教授", "10:45-11:35 脑卒中后神经修复的转化研究 卢某 主任医师",
    ]
    intro = "为促进基础研究与临床实践的交流，我院定于2016年11月18日举办转化医学论坛，现将论坛日程安排如下，欢迎全校师生参加。"
    kept = out_lines(run("\n".join([*MENU, intro, *agenda, *TEASERS])))
    assert all(line in kept for line in agenda[1:]), [line for line in agenda if line not in kept]
    notice = [
        "根据省医疗服务价格管理有关规定，现将我院部分医疗服务项目价格公示如下，接受社会监督。",
        "| 项目编码 | 项目名称 | 单位 | 价格(元) |", "| 450000008 | 推拿治疗 | 次 | 40 |", "| 450000011 | 中药熏洗治疗 | 次 | 30 |",
        "以上价格为三级医院价格标准的85%，医保患者按相关政策报销。",
        "价格监督举报电话：12358", "本院物价投诉电话：0000-7731082", "某某县中医医院", "二〇一七年九月一日",
    ]
    kept = out_lines(run("\n".join([*MENU, *notice, *TEASERS])))
    assert "价格监督举报电话：12358" in kept and "本院物价投诉电话：0000-7731082" in kept



def test_a_long_list_of_names_under_its_heading_and_the_writers_note_stay() -> None:
    names = [f"{s}{g} {d}" for s, g, d in zip("林郑曹罗秦邱薛方阎黎任姚卓孔葛杜柏蒋沈韩", "晓雅国安语建梅卓小伟芳立越丽新芸青文静明",
                                                  ["心血管内科", "呼吸内科", "儿科", "神经内科", "眼科"] * 4, strict=True)]
    notice = [
        "各科室、各部门：",
        "2023年，全院职工围绕提质增效中心任务，攻坚克难、爱岗敬业，涌现出一批先进典型。经科室推荐、院长办公会研究，决定授予林晓等20名同志先进个人称号。",
        "附：2023年度先进个人名单（按科室排序，共20名）", *names, "某某市中心医院", "2024年1月18日",
    ]
    kept = out_lines(run("\n".join([*MENU, *notice, *TEASERS])))
    assert all(n in kept for n in names), [n for n in names if n not in kept]
    article = [
        "高血压患者要坚持规律服药，不要随意停药或自行换药，血压控制平稳后也应定期复查，有不适及时就医。",
        "（作者系某某市第四人民医院心内科副主任医师）",
    ]
    assert article[1] in out_lines(run("\n".join([*MENU, *article, *TEASERS])))


def test_a_list_under_a_sub_heading_that_announces_it_stays() -> None:
    """`12座车站依次为` over one station a line, then the article's next paragraph: the stations are
    the article's, near its end too."""
    stations = ["金泉站（可换乘2号线）", "红牌楼南站", "双流广场站（可换乘3号线）", "九江北站", "永安湖站", "鹿溪河站", "三岔湖站", "机场南站"]
    article = [
        "12月26日，地铁19号线二期正式开通初期运营，线路北起金泉站，南至机场南站，全长约43公里，设站8座。",
        "开通初期，工作日早高峰行车间隔约为6分钟，平峰约10分钟，首末班车时间为6:30至23:00。",
        "8座车站依次为", *stations,
        "票价最高10元",
        "19号线二期继续执行现行的里程计价票制，全程票价为10元，乘客可使用单程票、交通卡、手机扫码等方式乘车。",
    ]
    kept = out_lines(run("\n".join([*MENU, *article, *TEASERS])))
    assert all(line in kept for line in stations), [line for line in stations if line not in kept]
    assert "票价最高10元" in kept


def test_the_writers_closing_dedication_and_dated_sign_off_stay() -> None:
    """Under the last paragraph, before a counter row: `——致敬每一位守护生命的白衣天使`, `—— 写于…`
    and `某某 2013.10.19 夜` are the writer's closing words."""
    post = [
        "化疗第六次结束了，住院部的窗户外面是一棵老槐树，我看着它从发芽到落叶，整整半年。",
        "医生说，再巩固两次，两年内不复发，就基本稳了。谢谢老婆，谢谢爸妈，谢谢血液科的医生护士们。",
    ]
    for closing in ("——致敬每一位守护生命的白衣天使", "—— 写于第五年的手术室生涯", "阿毛 2013.10.19 夜"):
        kept = out_lines(run("\n".join([*MENU, *post, closing, "转载 分享 举报", "浏览(214) 评论(6)"])))
        assert closing in kept, (closing, kept)


def test_a_notices_date_in_the_years_of_the_republic_stays_under_its_signature() -> None:
    """A Taiwanese notice signs `某某醫院社區醫學部　敬啟` over `中華民國101年10月5日`: both stay."""
    notice = [
        "本院將於十月起開始接種公費流感疫苗，符合資格的民眾可攜帶健保卡到院接種，詳細時間如下表所示。",
        "接種對象包括六十五歲以上長者、六個月以上嬰幼兒以及孕婦等族群，請民眾把握時間，踴躍接種。",
        "某某醫院社區醫學部　敬啟", "中華民國101年10月5日",
    ]
    kept = out_lines(run("\n".join([*MENU, *notice, "回上頁", *TEASERS])))
    assert "中華民國101年10月5日" in kept


def test_a_clinics_hours_and_a_hotline_with_its_note_stay_under_the_article() -> None:
    """`睡眠医学科门诊时间:…` and `心理援助热线:0000-3396120(24小时)` under the last answer, before the END
    mark and the credits: the article's."""
    qa = [
        "问：失眠多久需要就医？",
        "答：失眠持续一个月以上，或者伴有明显的情绪低落、焦虑紧张、心慌胸闷时，一定要及时到专科就诊。",
    ]
    fields = ["睡眠医学科门诊时间：周一至周六全天（门诊楼二楼）", "心理援助热线：0000-3396120（24小时）"]
    kept = out_lines(run("\n".join([*MENU, *qa, *fields, "〓 THE END 〓", "文字 | 某某", "编辑 | 某某", "长按识别二维码关注"])))
    assert all(line in kept for line in fields), kept


def test_a_table_written_a_cell_a_line_between_two_numbered_parts_stays() -> None:
    """`二、门诊安排` over a table written one cell a line, then `三、其他服务`: every cell is the
    notice's, its last one (正常上班) too."""
    cells = ["日期", "开诊科室", "开诊时间", "1月28日（除夕）", "儿科、妇科、产科", "8:00-12:00", "2月1日至2月4日", "全部科室", "正常上班"]
    notice = [
        "一、急诊", "急诊科、产房、新生儿科24小时正常接诊，春节期间不停诊，请有需要的市民放心就诊。",
        "二、门诊安排", *cells,
        "三、其他服务", "1. 预防接种门诊1月28日至2月1日暂停服务，2月2日起恢复正常；",
        "2. 线上问诊与报告查询不受影响，可通过本院公众号的就医服务菜单使用。",
    ]
    tail = ["急诊咨询电话：0000-6125120", "👇更多精彩请点击往期推荐", "▎这些产检项目不能少", "▎孩子近视防控要抓紧"]
    kept = out_lines(run("\n".join(["春节门诊安排来了", "原创 某某妇幼 2024-01-20 18:00", *notice, *tail])))
    assert all(line in kept for line in cells), [line for line in cells if line not in kept]


def test_a_teaser_cards_stamp_with_its_count_under_it_is_no_sign_off() -> None:
    """Under the article, `某某百科 2024年9月2日` over `35` is the first teaser card's account and date
    and its reads: no sign-off of the writer's."""
    body = [
        "推广“互联网+党建”新模式，实现“支部建在网上，党员连在线上”的党建工作新格局。",
        "这一模式为医院高质量发展注入源源不断的动力，提供了坚实的组织保障。",
    ]
    cards = ["某某百科 2024年9月2日", "35", "• 销售合同管理", "某某百科 2024年7月30日", "45", "• 科研项目立项查询"]
    kept = out_lines(run("\n".join([*MENU, *body, *cards])))
    assert "某某百科 2024年9月2日" not in kept and "35" not in kept
