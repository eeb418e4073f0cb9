"""Photo stories told in their captions, a notice's table whose class reads as an advert's, roundups
whose lead counts the institutions their name lines head, info bars split by spaced slashes, a
digest's compiler and a speech's speaker as the author, and the notes a portal writes under a
repost: what a user reads in the records of such pages. Each test is a page written for the project."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records

_BODY = [
    "　　为进一步方便群众就医，医院近日优化了门诊服务流程，增设了自助挂号机和导诊台，患者平均候诊时间明显缩短。",
    "　　据介绍，医院还开通了线上复诊和药品配送服务，慢性病患者足不出户即可续方取药，受到群众欢迎。",
    "　　下一步，医院将持续改善就医体验，让群众看病更方便、更舒心。",
]

_HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_澄川融媒</title></head><body>
<div class="top-nav"><a href="/">首页</a><a href="/news/">新闻</a><a href="/health/">健康</a><a href="/pic/">图片</a></div>
<div class="crumbs">您的位置：<a href="/">首页</a> &raquo; <a href="/health/">健康</a></div>
<div class="article-box">
<h1>{title}</h1>
<div class="art-meta"><span>2025-07-16 17:40</span><span>来源：澄川融媒</span><span>文/林小溪</span></div>
"""
_FOOT = """</div>
<div class="footer"><p>澄川融媒 版权所有 未经授权禁止转载</p><p>某ICP备00000000号-1</p></div>
</body></html>"""


def _bold_cell_page(page_title: str, headline: str) -> str:
    """An old table layout: the <title>, a menu row, the headline in a bold cell, the bar, the body."""
    return (
        f"<html><head><title>{page_title}</title></head><body>"
        "<table><tr><td><a href='/'>首页</a> | <a href='/xw/'>新闻中心</a></td></tr>"
        f"<tr><td><b>{headline}</b></td></tr>"
        "<tr><td>发布日期：2026-05-12　来源：院办公室</td></tr><tr><td>"
        + "".join(f"<p>{p.strip()}</p>" for p in _BODY)
        + "</td></tr></table><div class='footer'>版权所有：澄川市人民医院</div></body></html>"
    )


def test_a_photo_storys_captions_told_in_sentences_are_its_article(tmp_path: Path) -> None:
    """A photo story (组图): figures whose captions tell the story in sentences and outweigh its one or
    two paragraphs. The captions are the article; they stay, in order. A lone caption under one
    picture of an ordinary article still goes."""
    captions = [
        "1/4　清晨不到七点，门诊楼前已排起长队。为减少等候，医院今年首次开通线上预约，市民按时段分批入场。",
        "2/4　药剂科工作人员现场调制药膏，把白芥子、细辛等药材研磨成粉，再用鲜姜汁调和成膏。",
        "3/4　贴敷前，医生逐一为市民问诊、看舌象，判断体质是否适合贴敷，孕妇和发热的人不建议贴敷。",
        "4/4　儿童专区里，医院专门调整了药物配比，孩子的贴敷时间也比成人短，一般为一到两小时。",
    ]
    figures = "".join(f'<figure><img src="/p/{i}.jpg" alt=""><figcaption>{c}</figcaption></figure>\n' for i, c in enumerate(captions))
    html = (
        _HEAD.format(title="组图｜三伏贴开贴首日 县中医院迎来“贴敷潮”")
        + "<div class='lead'><p>今天是入伏第一天，也是今年三伏贴的首贴日，县中医院当天为两千余名市民完成贴敷。</p></div>\n"
        + f"<div class='pics'>{figures}</div>\n<div class='tail'><p>据悉，三伏贴将持续到8月中旬，市民可通过小程序预约。</p></div>\n"
        + _FOOT
    )
    doc = _page(tmp_path, "gallery.html", html)
    lines = _lines(doc)
    assert lines[1:5] == captions
    assert lines[0].startswith("今天是入伏第一天") and lines[-1].startswith("据悉")

    ordinary = (
        _HEAD.format(title="县中医院开展三伏贴贴敷服务")
        + "".join(f"<p>{p.strip()}</p>" for p in _BODY)
        + '<figure><img src="/p/1.jpg" alt=""><figcaption>医生为市民贴敷三伏贴，孕妇和发热的人不建议贴敷。</figcaption></figure>'
        + _FOOT
    )
    doc = _page(tmp_path, "ordinary.html", ordinary)
    assert not any("贴敷三伏贴" in ln for ln in _lines(doc))


def test_a_photo_storys_triangle_captions_that_end_in_a_quote_stay() -> None:
    """Captions marked ▲ of a photo story stay, those closing on a quotation (`…：“…。”`) as well
    as those closing on a full stop."""
    captions = [
        "▲ 典礼开始前，身着学位服的毕业生在体育馆外合影，家长们早早守候在入口两侧。",
        "▲ 全体起立，奏唱国歌。台下两千余名毕业生整齐肃立，会场气氛庄严。",
        "▲ 毕业生代表发言：“我想回到家乡，让乡亲们在家门口就能看上好医生。”",
        "▲ 教师代表寄语：“离开校园，学习才刚刚开始。”",
        "▲ 典礼结束后，护理学院毕业生在雕像前重温护士誓言。",
    ]
    doc = _one([
        "图说｜再见，澄川医学院！2025届毕业典礼举行",
        "2025-06-20　来源：党委宣传部",
        "6月19日上午，澄川医学院2025届毕业典礼在体育馆举行，两千余名毕业生和家长齐聚一堂。",
        *captions,
        "据统计，今年学校共有毕业生两千余人，三成以上选择到基层医疗卫生机构就业。",
    ])
    assert all(c.replace(" ", "") in [ln.replace(" ", "") for ln in _lines(doc)] for c in captions)


def test_a_notices_table_whose_class_reads_as_an_adverts_stays(tmp_path: Path) -> None:
    """A notice's table of screening sites inside the article, `<table class="gg-table">` (gg is 公告
    as well as 广告): rows of text, not a picture or links, are the notice's."""
    html = (
        _HEAD.format(title="关于开展2025年适龄妇女免费“两癌”筛查工作的公告")
        + "<div class='news-content'><p>为提高妇女健康水平，现将今年适龄妇女免费“两癌”筛查有关事项公告如下：</p>"
        + "<p>筛查时间为9月7日至11月30日，各定点机构安排如下：</p>"
        + '<table class="gg-table"><tr><th>序号</th><th>定点机构</th><th>地址</th><th>筛查时间</th><th>咨询电话</th></tr>'
        + "<tr><td>1</td><td>澄川市妇幼保健院</td><td>文昌路12号</td><td>周一至周五 8:00-11:30</td><td>0000-8520317</td></tr>"
        + "<tr><td>2</td><td>澄川市人民医院</td><td>解放路9号</td><td>周二、周四 8:00-11:00</td><td>0000-8521066</td></tr>"
        + "<tr><td>3</td><td>临溪镇中心卫生院</td><td>兴贤街3号</td><td>每周五 8:00-11:00</td><td>0000-8690125</td></tr></table>"
        + "<p>请携带本人身份证前往筛查，建议提前电话预约，避免集中排队。</p>"
        + "".join(f"<p>{p.strip()}</p>" for p in _BODY)
        + "<p>宫颈检查应避开月经期，检查前3天内不要冲洗阴道或使用阴道药物，检查前24小时内避免性生活。</p>"
        + "<p>筛查结果将在检查后20个工作日内通过短信告知，异常者由定点机构负责通知并指导进一步诊治。</p><p>特此公告。</p></div>"
        + _FOOT
    )
    doc = _page(tmp_path, "notice.html", html)
    text = doc.text
    assert "澄川市妇幼保健院" in text and "周二、周四 8:00-11:00" in text
    assert "请携带本人身份证" in text


def test_name_lines_under_a_lead_that_counts_them_head_a_roundup() -> None:
    """A channel's roundup: a lead counting the hospitals (`我市4家医院…`), then each hospital's name
    alone under its number (`01`), its paragraph speaking of it as `医院` after a clause. Four records
    with their institutions; the lead and the closing paragraph stay with the article."""
    docs = _records([
        "我市4家医院入选省级“改善就医感受”示范医院",
        "健康澄川 2025年03月27日 18:06",
        "近日，省卫生健康委公布了年度“改善就医感受”示范医院名单，我市4家医院榜上有名。一起来看看它们的亮点做法——",
        "01",
        "澄川市第一人民医院",
        "医院推行“一站式”服务中心，将入院办理、医保审核、病历复印等12项业务集中办理，患者办事时间缩短到15分钟以内。",
        "02",
        "澄川市中医院",
        "医院在门诊开设中医综合诊疗区，患者在一个区域内即可完成挂号、诊疗和中药代煎配送。",
        "03",
        "澄川市妇幼保健院",
        "围绕孕产妇和儿童需求，医院打造“孕产一条龙”服务，孕妇从建档到产后康复均由固定团队全程管理。",
        "04",
        "溪口县人民医院",
        "作为县域医共体牵头医院，医院推动检查检验结果在医共体内互认共享，减少患者重复检查。",
        "下一步，市卫生健康委将以示范医院为标杆，持续推动改善就医感受行动走深走实。",
    ])
    named = [d.institution for d in docs if d.institution]
    assert named == ["澄川市第一人民医院", "澄川市中医院", "澄川市妇幼保健院", "溪口县人民医院"]
    assert all(d.metadata.get("roundup_title") == "我市4家医院入选省级“改善就医感受”示范医院" for d in docs if d.institution)
    assert not any(ln in ("01", "02", "03", "04") for d in docs for ln in _lines(d))


def test_name_lines_whose_paragraphs_never_name_them_and_no_count_stay_one_article() -> None:
    """Without a lead counting them, name lines over paragraphs that speak of `医院` only in a later
    clause of two sections out of four are captions of one story: one record."""
    docs = _records([
        "我市多家医院推出便民举措",
        "健康澄川 2025年03月27日 18:06",
        "近日，我市多家医院围绕患者就医全流程推出一系列便民举措，群众就医获得感持续增强。",
        "澄川市第一人民医院",
        "患者平均办事时间缩短到15分钟以内，同时上线“智慧陪检”服务，由专人陪同行动不便的患者完成检查。",
        "澄川市中医院",
        "患者在一个区域内即可完成挂号、诊疗和中药代煎配送，代煎药品最快当天送达家中。",
        "澄川市妇幼保健院",
        "孕妇从建档、产检到分娩、产后康复均由固定团队全程管理，儿科门诊延长服务时间。",
        "溪口县人民医院",
        "检查检验结果在医共体内互认共享，减少患者重复检查，群众在家门口就能享受县级医院服务。",
    ])
    assert len(docs) == 1


def test_an_info_bar_split_by_spaced_slashes_is_read_and_goes() -> None:
    """`2025年12月3日 09:40 / 来源：人力资源处 / 作者：林小溪 / 阅读量：--`: the day, the source and the
    writer are read (a counter the script fills in later, `--`, is an empty field), the bar goes, and the
    headline over it is the title."""
    for bar in (
        "2025年12月3日 09:40 / 来源：人力资源处 / 作者：林小溪 / 阅读量：--",
        "发布时间：2025年12月3日 09:40 / 来源：人力资源处 / 作者：林小溪 / 阅读量：318",
    ):
        doc = _one(["我院出台《高层次人才引进与培育十条措施》", bar, *_BODY])
        assert doc.title == "我院出台《高层次人才引进与培育十条措施》"
        assert doc.published.startswith("2025-12-03")
        assert doc.authors == ["林小溪"]
        assert doc.metadata.get("source_name") == "人力资源处"
        assert not any("阅读量" in ln for ln in _lines(doc))


def test_a_digests_compiler_and_a_speechs_speaker_are_its_authors() -> None:
    """`整理：某某` in a digest's bar names who wrote it up; a speech headlined `院长某某某在…上的讲话`
    with no byline was written by its speaker."""
    doc = _one([
        "【科研周报】三家附属医院近期科研成果速览",
        "2025-03-27 11:08  来源：综合各医院官网  整理：林小溪  阅读 5,931",
        *_BODY,
    ])
    assert doc.authors == ["林小溪"]
    doc = _one([
        "院长龚立华在2025年“中国医师节”庆祝大会上的讲话",
        "2025-08-19 20:30　来源：院办公室",
        "尊敬的各位领导、同志们、医师朋友们：",
        *_BODY,
    ])
    assert doc.authors == ["龚立华"]
    doc = _one(["王教授在学术年会上的报告", "2025-08-19 20:30　来源：院办公室", *_BODY])
    assert doc.authors == []


def test_a_portals_repost_notes_go() -> None:
    """What a portal writes under a repost, whatever its wording (`转载目的是传递…信息`,
    `某某网转载此文目的在于…`, `转载内容仅为传递信息，不代表某某网观点`), and the note of the account it
    came from with its original headline, go; the repost note is never taken for the headline."""
    notes = [
        "※ 声明：本站部分稿件来自其他媒体，转载目的是传递更多信息，不代表本站赞同其观点和立场。",
        "本文来自某某日报，仅代表作者观点。澄川网转发此文目的是传递信息。",
        "澄川网转载内容仅为传递信息，不代表澄川网观点。本页面所载信息仅供参考。",
    ]
    doc = _one([
        "医院优化门诊服务流程",
        "2025-03-04　来源：澄川网",
        "本文转载自微信公众号“澄川妇幼”，原标题《门诊服务再升级》",
        *_BODY,
        *notes,
    ])
    assert doc.title == "医院优化门诊服务流程"
    lines = _lines(doc)
    assert not any("转载" in ln or "传递" in ln for ln in lines)
    assert lines[0].startswith("为进一步方便群众就医")


def test_a_video_players_loading_note_and_a_headers_clinic_hours_go() -> None:
    """A player's loading note run into its browser advice (`视频加载中… 您的浏览器不支持HTML5视频播放，
    请升级浏览器`) and the clinic's hours alone in a hospital's header (`门诊时间：周一至周日 7:30—12:00
    14:00—17:30`) go."""
    doc = _one([
        "丰平县中医医院 | 二级甲等中医医院",
        "门诊时间：周一至周日 7:30—12:00 14:00—17:30",
        "医院首页 | 医院介绍 | 医院新闻 | 科室动态 | 预约服务",
        "中医日间病房开张 上午治疗下午回家",
        "发布者：林小溪　｜　发布时间：2025-01-08",
        *_BODY,
        "视频加载中… 您的浏览器不支持HTML5视频播放，请升级浏览器",
    ])
    assert doc.title == "中医日间病房开张 上午治疗下午回家"
    lines = _lines(doc)
    assert not any("门诊时间" in ln or "浏览器" in ln for ln in lines)
    assert len(lines) == 3


def test_a_channel_posts_stamp_naming_its_writers_by_their_roles_is_read() -> None:
    """A channel article's stamp naming its writers by their roles before the account
    (`原创 记者 某某 实习生 某某 某某晚报 2026年01月09日 18:30 湖南`): the headline over it, the day,
    both writers and the account are read."""
    doc = _one([
        "流感高发，孩子发烧要不要马上去医院？儿科主任一一解答",
        "原创 记者 唐小沐 实习生 罗佳琪 澄川晚报 2026年01月09日 18:30 湖南",
        "澄川晚报",
        *_BODY,
    ])
    assert doc.title == "流感高发，孩子发烧要不要马上去医院？儿科主任一一解答"
    assert doc.published.startswith("2026-01-09")
    assert doc.authors == ["唐小沐", "罗佳琪"]
    assert doc.metadata.get("account_name") == "澄川晚报"
    assert not any("实习生" in ln for ln in _lines(doc))


def test_an_officials_tour_of_several_hospitals_is_one_article() -> None:
    """`县长某某带队调研…`, then a paragraph at each stop opening with the hospital, the official in
    every one of them: one official's tour, one record, not a roundup of the hospitals' news."""
    docs = _records([
        "方志远调研全县医疗卫生重点项目建设情况",
        "发布时间：2026-03-26 16:41　　信息来源：县政府办　　作者：罗晓岚",
        "3月25日，县委副书记、县长方志远带队调研全县医疗卫生重点项目建设情况，实地察看项目进度，协调解决困难问题。",
        "在县人民医院急诊综合楼项目现场，方志远登上施工平台，仔细查看主体结构施工进度，要求确保工程质量和安全。",
        "县中医医院康复大楼内，方志远详细询问了中医特色专科建设和人才引进情况，叮嘱要发挥中医药特色优势。",
        "桂山镇中心卫生院改扩建项目是今年县级十件民生实事之一。方志远走进正在装修的门诊楼，了解科室布局和就医流程设计。",
        "调研中，方志远强调，医疗卫生项目事关群众切身利益，各相关部门要加强协调配合，全力推动项目早建成、早投用。",
    ])
    assert len(docs) == 1
    assert not docs[0].institution


def test_a_speechs_speaker_over_its_day_or_under_its_headline_is_its_author(tmp_path: Path) -> None:
    """A speech's speaker line (`市医疗保障局党组书记、局长 某某某`) over the day it was given
    (`（2026年4月8日）`) names its author, and goes; so does such a line set in the page's subtitle
    block under the headline."""
    doc = _one([
        "首页 › 新闻中心 › 领导讲话",
        "在全市药品集中带量采购工作推进会上的讲话",
        "市医疗保障局党组书记、局长 韩立群",
        "（2026年4月8日）",
        "日期：2026-04-10  来源：澄川市医疗保障局  浏览：2039次",
        "同志们：",
        *_BODY,
    ])
    assert doc.authors == ["韩立群"]
    assert not any("韩立群" in ln for ln in _lines(doc))
    html = (
        "<html><head><title>林穗同志在全县卫生健康工作会议上的讲话 - 澄川县人民政府</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/zw/'>政务公开</a> | <a href='/ld/'>领导讲话</a></div>"
        "<div class='xl_nr'><h1>在2026年全县卫生健康工作会议上的讲话</h1>"
        "<div class='wzy_fbt'>县委常委、副县长　林穗<br>（2026年2月27日）</div>"
        "<div class='info'>发布时间：2026-03-03　来源：县政府办公室</div>"
        "<div class='zoom'><p>同志们：</p>" + "".join(f"<p>{p.strip()}</p>" for p in _BODY) + "</div></div>"
        "<div class='footer'>版权所有：澄川县人民政府办公室</div></body></html>"
    )
    doc = _page(tmp_path, "speech.html", html)
    assert doc.authors == ["林穗"]
    assert not any("林穗" in ln for ln in _lines(doc))


def test_a_players_loading_note_with_its_buttons_and_clock_goes() -> None:
    """`视频加载中，请稍候…　播放　00:00 / 03:26　全屏`: a player's words, not the article's."""
    doc = _one([
        "县人民医院开展急救技能培训",
        "2025-05-06　来源：县人民医院",
        *_BODY,
        "视频加载中，请稍候…　播放　00:00 / 03:26　全屏",
    ])
    assert not any("加载中" in ln for ln in _lines(doc))


def test_an_intern_reporters_label_is_one_label() -> None:
    """`记者：某某　实习记者：某某`: two writers; `实习` is the second one's role, not a name."""
    doc = _one(["医院举办护理技能竞赛", "2026-06-05　来源：澄川中医院报　记者：卢清扬　实习记者：符语桐", *_BODY])
    assert doc.authors == ["卢清扬", "符语桐"]


def test_a_photo_storys_captions_closed_by_their_credit_stay() -> None:
    """A photo story's ▲ captions each closed by the picture's credit (`…交接班。（某某 摄）`) are its
    article: they stay."""
    captions = [
        "▲ 清晨7点30分，心胸外科病区护士们在护士站交接班，护士长一边翻看交班本一边叮嘱。（丁一帆 摄）",
        "▲ 新生儿科护士在暖箱旁为早产宝宝进行口腔护理，宝宝如今体重已经超过2公斤。（葛磊 摄）",
        "▲ 手术室里，器械护士与主刀医生默契配合，常常要连续站立四五个小时。（丁一帆 摄）",
        "▲ 社区护理团队走进街道，为独居老人上门换药、测量血压。（葛磊 摄）",
    ]
    doc = _one([
        "镜头里的护士节：那些温暖的瞬间",
        "时间：2026/05/13 11:05　阅读：1,904　文字：严可心",
        "国际护士节当天，我们的镜头走进病房、走进手术室、走进社区，记录下护士们平凡而又动人的工作瞬间。",
        *[x for c in captions for x in ("[图片]", c)],
        "节日里，她们依旧坚守在岗位上。向每一位白衣天使致敬！",
    ])
    lines = [ln.replace(" ", "") for ln in _lines(doc)]
    assert all(c.split("（")[0].replace(" ", "") in "".join(lines) for c in captions)


def test_a_headline_ending_in_a_word_that_ends_on_a_preposition_is_a_title() -> None:
    """A headline ending in `参与` (with 与 at its end, no open clause) is the title."""
    doc = _one([
        "您当前的位置：网站首页 → 新闻资讯 → 医院动态",
        "我院“准妈妈课堂”迎来第100期 三百余组家庭线上线下同步参与",
        "来源：本院　作者：宣传部 何婷　发布时间：2025-11-22 16:05　点击数：645",
        *_BODY,
    ])
    assert doc.title == "我院“准妈妈课堂”迎来第100期 三百余组家庭线上线下同步参与"


def test_an_intranets_notes_a_short_footer_row_and_split_phone_numbers_go() -> None:
    """A house paper's or an intranet's note that it is for internal use, a footer row of three links
    two of which are footer pages, and a header's phones whose digits are spaced (`0000-5036 8888`,
    `急诊（24h）：…`) go."""
    doc = _one([
        "澄川百佳妇产医院",
        "预约电话：0000-5036 8888　　急诊（24h）：0000-5036 8120",
        "医院举办护理技能竞赛",
        "2026-06-05　来源：澄川中医院报",
        *_BODY,
        "数字报使用说明 | 联系我们 | 版权声明",
        "澄川市中医医院 版权所有 未经书面授权禁止转载",
        "本刊为内部资料，仅供院内交流",
    ])
    assert _lines(doc) == [ln.strip() for ln in _BODY]


def test_a_self_media_writers_card_between_headline_and_stamp_is_no_headline() -> None:
    """A self-media page: the headline, the writer's name, the platform's badge on the writer
    (`某某号 · 某某医院心血管内科主治医师`), the follower counts and the follow button, then the stamp.
    The headline is the title; the badge and the counts go."""
    doc = _one([
        "澄看 | 发现有趣的世界",
        "推荐 | 热点 | 健康 | 本地 | 视频",
        "血压降下来就能停药？心内科医生：高血压用药这5个误区最伤人",
        "心内科陶文涛医生",
        "澄看号 · 澄川市人民医院心血管内科主治医师",
        "粉丝 8.7万 | 获赞 52.3万",
        "关注",
        "2025-11-23 18:40 发布于江西",
        *_BODY,
    ])
    assert doc.title == "血压降下来就能停药？心内科医生：高血压用药这5个误区最伤人"
    lines = _lines(doc)
    assert not any("澄看号" in ln or "粉丝" in ln for ln in lines)
    doc = _one([
        "体检查出甲状腺结节，要不要切？甲乳外科医生教你看懂报告",
        "原创2026-03-18 07:45·甲乳外科孔德鑫医生",
        "甲乳外科孔德鑫医生",
        "健康领域优质创作者 · 澄川市中心医院甲乳外科副主任医师",
        "24.6万粉丝",
        "+关注",
        *_BODY,
    ])
    assert doc.title == "体检查出甲状腺结节，要不要切？甲乳外科医生教你看懂报告"
    assert not any("创作者" in ln or "粉丝" in ln for ln in _lines(doc))


def test_a_channel_exports_headline_under_the_account_stamp_and_follow_prompt_is_the_title() -> None:
    """A channel export that prints the account, its stamp, a listen button and the follow prompt
    naming the account before the headline: the headline under them is the title."""
    doc = _one([
        "澄川市中心医院",
        "原创 宋以宁 澄川市中心医院",
        "2026年04月18日 17:30 江西",
        "听全文",
        "👆点击上方蓝字“澄川市中心医院”，关注我们",
        "孩子反复鼻塞打喷嚏，是感冒还是过敏性鼻炎？",
        "━━━━━━━━━━━━━━",
        *_BODY,
    ])
    assert doc.title == "孩子反复鼻塞打喷嚏，是感冒还是过敏性鼻炎？"
    assert doc.published.startswith("2026-04-18")
    assert doc.authors == ["宋以宁"]
    assert _lines(doc)[0].startswith("为进一步方便群众就医")


def test_a_photo_storys_captions_named_by_their_class_stay(tmp_path: Path) -> None:
    """A photo story whose captions stand in blocks their class names (`<p class="pic_desc">`), each
    told at its hour, is its article: the captions stay."""
    captions = [
        "08:00 交班。急诊科医生和同事们逐床核对夜间留观患者的病情，这是一天工作的开始。",
        "10:35 一名突发胸痛的男性被送来，从分诊到完成首份心电图仅用了6分钟。",
        "13:20 午饭常常是“见缝插针”，刚坐下，分诊台又传来呼叫。",
        "21:10 夜幕降临，急诊大厅依旧人来人往，护士站的灯整夜都不会熄灭。",
    ]
    pics = "".join(f'<div class="pic_wrap"><img src="/p/{i}.jpg"><p class="pic_desc">{c}</p></div>' for i, c in enumerate(captions))
    html = (
        _HEAD.format(title="图说｜凌晨三点的急诊室：一名急诊科医生的24小时")
        + f"<div class='news_txt'><p>春节临近，我们跟随急诊科医生，记录下他一个普通工作日的24小时。</p>{pics}"
        + "<p>交班前，他说每一次把病人从危险边缘拉回来，都让他觉得值得。</p></div>"
        + _FOOT
    )
    doc = _page(tmp_path, "hours.html", html)
    assert _lines(doc)[1:5] == captions


def test_a_compiler_is_the_author_only_where_no_writer_is_named() -> None:
    """`整理：院办 某某` under an article its writer is named for: the compiler is no author."""
    doc = _one([
        "何振邦：二十年守护光明，我们初心不改",
        "2026-09-28 10:00　来源：院办　作者：何振邦",
        *_BODY,
        "整理：院办 罗晴　摄影：宣传科 冯子墨",
    ])
    assert doc.authors == ["何振邦"]


def test_a_reader_views_domain_and_reading_time_are_no_headline() -> None:
    """A browser's reader view: its buttons, the site's bare domain, the headline, the byline and the
    reading time over the bar. The headline is the title."""
    doc = _one([
        "关闭阅读视图",
        "health.example.com.cn",
        "夜间门诊、周末专家门诊相继上线 我市四家医院延长服务时间",
        "澄川日报 记者 付晓棠",
        "预计阅读时间：5-7 分钟",
        "2026年5月16日 07:30　来源：澄川日报　记者 付晓棠",
        *_BODY,
    ])
    assert doc.title == "夜间门诊、周末专家门诊相继上线 我市四家医院延长服务时间"
    assert doc.authors == ["付晓棠"]


def test_a_headline_about_a_creators_award_is_still_a_title() -> None:
    """A headline that ends on a platform's title for its writers (`…获评健康领域优质创作者`) is a
    headline, not a writer's badge."""
    doc = _one(["我院医生获评健康领域优质创作者", "2026-03-01　来源：院办公室", *_BODY])
    assert doc.title == "我院医生获评健康领域优质创作者"


def test_county_medical_groups_and_insurance_bureaus_head_a_roundups_sections() -> None:
    """A digest of county medical groups (`某某县医疗健康集团`, `某某县人民医院医共体`) and one of
    medical insurance bureaus (`某某区医疗保障局`), each under its own `name：headline`: one record each."""
    docs = _records([
        "紧密型县域医共体建设典型经验交流",
        "发布时间：2026-04-09 09:30　来源：省卫生健康委体改处",
        "编者按：今年以来，全省各地深入推进紧密型县域医共体建设，形成了一批好经验、好做法。本期刊发三地的做法。",
        "青石县医疗健康集团：人财物一体化管理",
        "青石县将县人民医院、县中医院和18家乡镇卫生院整合为县医疗健康集团，实行行政、人事、财务统一管理。",
        "凤鸣市总医院：医保打包支付激发内生动力",
        "凤鸣市在全省率先探索对医共体实行医保基金总额付费、结余留用，总医院主动加强健康管理。",
        "白桦县人民医院医共体：五大中心共享服务",
        "白桦县人民医院牵头建设影像、心电、检验、病理、消毒供应五大资源共享中心，基层检查县级诊断。",
    ])
    assert [d.institution for d in docs if d.institution] == ["青石县医疗健康集团", "凤鸣市总医院", "白桦县人民医院医共体"]
    docs = _records([
        "集采落地见实效 各县区医保局多措并举",
        "发布时间：2026-03-27 15:12　来源：市医疗保障局",
        "今年以来，全市各县区医保部门认真落实药品和医用耗材集中带量采购政策，推动中选产品进医院、到患者。",
        "【石门区医疗保障局】建立“周调度、月通报”机制",
        "石门区医保局牵头成立集采工作专班，每周调取辖区27家公立医疗机构采购数据，对进度滞后的及时提醒。",
        "【桂溪县医疗保障局】打通基层配送“最后一公里”",
        "针对偏远乡镇卫生院配送不及时的问题，桂溪县医保局协调3家配送企业建立乡镇配送点，配送时限缩短到48小时。",
    ])
    assert [d.institution for d in docs if d.institution] == ["石门区医疗保障局", "桂溪县医疗保障局"]


def test_a_column_tag_before_the_headline_in_the_title_stays_with_it(tmp_path: Path) -> None:
    """`<title>药师答疑｜关于抗菌药物，你想知道的8个问题-某某医院药学部</title>`, the page showing the
    tag and the headline together in a cell of no heading's markup: the title is both, not the tag."""
    html = _bold_cell_page("药师答疑｜关于抗菌药物，你想知道的8个问题-澄川医院药学部", "药师答疑｜关于抗菌药物，你想知道的8个问题")
    doc = _page(tmp_path, "column.html", html)
    assert doc.title == "药师答疑｜关于抗菌药物，你想知道的8个问题"


def test_a_title_naming_only_the_speechs_subtitle_leaves_the_headline_over_it(tmp_path: Path) -> None:
    """A speech's page whose <title> is its subtitle (`在…上的讲话`), shown in an `<h2>——在…上的讲话`
    under the `<h1>` headline: the headline is the title."""
    html = (
        "<html><head><title>在2026年“健康大讲堂进驿站”启动仪式上的讲话 | 澄川社区卫生服务中心</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/xw/'>中心新闻</a></div>"
        "<div class='article'><h1>建好家门口的健康驿站 让健康服务更有温度</h1>"
        "<h2>——在2026年“健康大讲堂进驿站”启动仪式上的讲话</h2>"
        "<div class='info'>发布时间：2026-03-16　来源：中心办公室</div>"
        + "".join(f"<p>{p.strip()}</p>" for p in _BODY)
        + "</div><div class='footer'>版权所有：澄川社区卫生服务中心</div></body></html>"
    )
    doc = _page(tmp_path, "speech_title.html", html)
    assert doc.title == "建好家门口的健康驿站 让健康服务更有温度"


def test_a_printed_pages_margins_go_and_its_print_time_is_no_date() -> None:
    """A page printed from a browser: the print time and the page's title over it, the page's address
    and the sheet's number under it. Both go; the article's own day is its date."""
    doc = _one([
        "2026/5/19 09:47                                        我院成功实施首例经导管三尖瓣置换术-医院新闻-澄川医院",
        "澄川市第二人民医院",
        "首页 | 医院概况 | 新闻动态 | 科室导航 | 专家介绍",
        "我院成功实施首例经导管三尖瓣置换术",
        "发布时间：2026-05-15 16:20　来源：心血管内科",
        *_BODY,
        "https://www.example.com.cn/xwdt/yyxw/202605/t20260515_8812.html                                                2/2",
    ])
    assert doc.title == "我院成功实施首例经导管三尖瓣置换术"
    assert doc.published.startswith("2026-05-15")
    assert _lines(doc) == [ln.strip() for ln in _BODY]


def test_a_font_switch_under_the_bar_is_no_headline_and_a_players_glued_spans_go(tmp_path: Path) -> None:
    """`字号 A- A A+ 收藏 听新闻` between the bar and the byline is no headline: the headline over the
    bar is the title. A player's spans run together (`播放00:00 / 02:35全屏`) go."""
    doc = _one([
        "健康 > 名医专栏 > 杏林夜话",
        "杏林夜话 · 第46期",
        "半夜醒来血压高，别急着加药",
        "2026-03-18 07:30   来源：澄川日报   作者：宋明澄   阅读 2.3万",
        "字号 A-  A  A+    收藏    听新闻",
        "文/宋明澄",
        *_BODY,
    ])
    assert doc.title == "半夜醒来血压高，别急着加药"
    assert not any("A+" in ln for ln in _lines(doc))
    html = (
        _HEAD.format(title="急救技能培训走进社区")
        + "<div class='vjs-control-bar'><span>播放</span><span>00:00 / 02:35</span><span>全屏</span></div>"
        + "".join(f"<p>{p.strip()}</p>" for p in _BODY) + _FOOT
    )
    doc = _page(tmp_path, "player.html", html)
    assert not any("00:00" in ln for ln in _lines(doc))


def test_a_notice_of_cases_to_units_addressed_in_groups_is_one_record() -> None:
    """A commission's notice of typical cases addressed to several groups of units
    (`各市、县（区）卫生健康委（局），委直属各单位，省管各医疗机构：`), each case opening with a hospital:
    one notice, not a roundup."""
    docs = _records([
        "关于2026年第一季度全省卫生健康系统违反行风建设规定典型案例的通报",
        "发布日期：2026-04-16 09:30    信息来源：驻委纪检监察组",
        "各市、县（区）卫生健康委（局），委直属各单位，省管各医疗机构：",
        "为持续深化医药领域腐败问题集中整治，巩固行风建设成果，强化警示震慑作用，现将近期查处的4起典型案例通报如下：",
        "一、澄川市第二人民医院骨科副主任医师张某某收受医药代表回扣问题。2023年至2025年，张某某在使用骨科耗材过程中收受回扣共计18.6万元。张某某受到开除党籍处分。",
        "二、清源县中医院药剂科原主任李某某违规收受“讲课费”问题。2024年，李某某以参加学术会议为名，先后4次收受讲课费共计3.2万元，受到严重警告处分。",
        "三、汇川区妇幼保健院检验科工作人员王某某收受患者家属红包问题。2025年11月，王某某在为患者办理检验报告加急过程中收受红包800元，受到警告处分。",
        "四、澄川市康宁医院诱导住院、违规收费问题。2025年，该院通过免费接送等方式诱导参保人员住院，违规收取费用共计26.4万元，被责令限期整改。",
        "以上案例性质恶劣，严重损害了医务人员的职业形象。各级各类医疗机构要深刻汲取教训，举一反三，认真开展警示教育。",
    ])
    assert len(docs) == 1


def test_a_channel_exports_stamp_first_then_the_account_and_the_follow_prompt_over_the_headline() -> None:
    """`原创 某某 某某妇幼 2025年09月08日 18:30 江东` / `某某妇幼` / `点击上方蓝字关注我们` / headline: the
    headline is the title."""
    doc = _one([
        "原创 宁州市妇幼保健院 宁州妇幼 2025年09月08日 18:30 江东",
        "宁州妇幼",
        "点击上方蓝字关注我们",
        "市医学会麻醉学分会产科麻醉学术沙龙在我院成功举办",
        *_BODY,
    ])
    assert doc.title == "市医学会麻醉学分会产科麻醉学术沙龙在我院成功举办"


def test_a_title_of_site_then_column_tag_and_headline_shown_together(tmp_path: Path) -> None:
    """`<title>某某妇幼保健院--问答｜headline</title>` over a page showing `问答｜headline` in a bold cell:
    that is the title, not the site's name."""
    html = _bold_cell_page("澄川市妇幼保健院--问答｜关于HPV疫苗，妇保医生一次说清这8个问题", "问答｜关于HPV疫苗，妇保医生一次说清这8个问题")
    doc = _page(tmp_path, "qa.html", html)
    assert doc.title == "问答｜关于HPV疫苗，妇保医生一次说清这8个问题"


def test_institutions_framed_by_dashes_head_a_roundups_sections() -> None:
    """A paper's column with each hospital's expert under its name framed by dashes
    (`—— 某某市人民医院 ——`): a record for each hospital."""
    docs = _records([
        "花粉季来袭 三家医院专家在本报专栏支招防过敏",
        "2026-04-15 06:55　来源：澄川晚报　记者：沈可岚",
        "“医周一谈”是本报每周三推出的医生专栏。本期正值春季花粉季，我们请来三家医院的专家谈谈如何防过敏。",
        "—— 澄川市人民医院 ——",
        "“每年三月底到五月初，我们科的门诊量要比平时多出四成。”变态反应科主任医师钱晚舟说，花粉过敏要早预防。",
        "—— 澄川市儿童医院 ——",
        "儿童过敏常常表现得更“隐蔽”。呼吸科副主任医师叶子衿提醒家长，孩子反复揉眼、清嗓子要警惕过敏。",
        "—— 澄川市中医医院 ——",
        "中医把过敏性鼻炎称为“鼻鼽”，肺病科主任中医师胡砚秋建议，可在医生指导下进行穴位按摩和中药调理。",
    ])
    assert [d.institution for d in docs if d.institution] == ["澄川市人民医院", "澄川市儿童医院", "澄川市中医医院"]


def test_a_repost_note_naming_the_account_before_its_platform_goes() -> None:
    """`本文转载自“某某医院”微信公众号，原标题《…》` under the bar goes; the headline over it is the title."""
    doc = _one([
        "护理团队走进社区 把健康服务送到家",
        "2026-03-04　来源：澄川网",
        "本文转载自“澄川区人民医院”微信公众号，原标题《护理进社区，温暖你我他》",
        *_BODY,
    ])
    assert doc.title == "护理团队走进社区 把健康服务送到家"
    assert not any("转载" in ln for ln in _lines(doc))


def test_a_record_tables_spaced_out_labels_and_an_entry_clerks_label_are_read() -> None:
    """A government notice's record table with its labels spaced out to the cells' width
    (`索 引 号：…`, `文　　号：…`) under the headline, and an old site's bar opening with `文章录入：admin`:
    the fields are read, the headline over them is the title, and the site's address alone goes."""
    doc = _one([
        "澄川县人民政府门户网站",
        "www.example-xian.gov.cn",
        "首页　　政务公开　　政务服务　　互动交流",
        "关于组建抗洪抢险医疗卫生应急救援队伍的紧急通知",
        "索 引 号：11431024MB1C52874X/2026-00318",
        "发布机构：澄川县卫生健康局",
        "成文日期：2026-06-21",
        "发布日期：2026-06-21",
        "文　　号：澄卫发〔2026〕27号",
        "各乡镇卫生院、县直各医疗卫生单位：",
        *_BODY,
    ])
    assert doc.title == "关于组建抗洪抢险医疗卫生应急救援队伍的紧急通知"
    assert doc.published.startswith("2026-06-21")
    assert not any("www." in ln or "索" in ln for ln in _lines(doc))
    doc = _one([
        "您当前的位置：首页 → 通知公告 → 正文",
        "关于2025年春节假期门诊安排的通知",
        "文章录入：admin　　来源：院办公室　　发布日期：2025年1月20日　　浏览次数：4062",
        *_BODY,
    ])
    assert doc.title == "关于2025年春节假期门诊安排的通知"
    assert doc.published.startswith("2025-01-20")
    assert doc.metadata.get("source_name") == "院办公室"
    assert doc.authors == []


def test_a_players_failure_note_is_no_headline() -> None:
    """A video page's player under the bar (its clock, buttons and `视频加载失败，请刷新重试`): the
    failure note is no headline; the headline over the bar is the title."""
    doc = _one([
        "新闻 > 本地 > 民生快讯",
        "快讯｜明起，市儿童医院儿科夜诊延长至24时",
        "来源：澄川广播电视台  2025-11-20 18:30:06",
        "00:00 / 01:32",
        "播放",
        "倍速",
        "全屏",
        "视频加载失败，请刷新重试",
        "记者 蒋晨阳 / 摄像 卢子皓",
        *_BODY,
    ])
    assert doc.title == "快讯｜明起，市儿童医院儿科夜诊延长至24时"


def test_a_day_written_with_a_middle_dot_does_not_cut_the_title(tmp_path: Path) -> None:
    """`<title>【图片新闻】…举行“5·12”国际护士节表彰大会 - 某某医院</title>`: the dot between the month
    and the day is no separator of the title's parts."""
    html = _bold_cell_page("【图片新闻】致敬白衣天使——我院隆重举行“5·12”国际护士节表彰大会 - 澄川市人民医院", "致敬白衣天使——我院隆重举行“5·12”国际护士节表彰大会")
    doc = _page(tmp_path, "dot.html", html)
    assert doc.title == "致敬白衣天使——我院隆重举行“5·12”国际护士节表彰大会"


def test_a_reader_mode_button_and_a_video_pages_counts_go() -> None:
    """A channel app's `在小说阅读器中沉浸阅读` over the headline is no title and goes; a video page's
    length and counts (`视频时长：04分18秒　　播放次数：5,872`, `累计观看：1.2万人次`, `1.3万次播放`) go."""
    doc = _one([
        "在小说阅读器中沉浸阅读",
        "周末去哪儿｜5家场馆端午活动合集，带娃打卡不重样",
        "原创 澄川发布 2026年05月30日 18:00 江西",
        *_BODY,
        "视频时长：04分18秒　　播放次数：5,872",
        "累计观看：1.2万人次",
        "1.3万次播放",
    ])
    assert doc.title == "周末去哪儿｜5家场馆端午活动合集，带娃打卡不重样"
    assert _lines(doc) == [ln.strip() for ln in _BODY]


def test_a_repost_note_with_the_original_link_an_author_unit_note_and_english_page_chrome_go() -> None:
    """Under a reposted science article: the note with the original's address
    (`本文转载自“某某”微信公众号，原文链接：https://…`), or closed by a full stop, and the column's note on
    the writer's department (`作者单位：…`); on a hospital's English page, its counters, font switch,
    editors' credits and photo credit. All go."""
    doc = _one([
        "高温天气谨防热射病",
        "2026-07-10　来源：澄川卫健",
        *_BODY,
        "本文转载自“健康澄川”微信公众号，原文链接：https://mp.weixin.qq.com/s/AbCdEf123",
        "本文转载自“澄川发布”微信公众号。",
        "作者单位：澄川市肿瘤医院护理部伤口造口护理门诊，2016年开诊，提供造口术前定位、术后护理等服务。",
    ])
    assert _lines(doc) == [ln.strip() for ln in _BODY]
    english = [
        "Hospital Welcomes Nursing Delegation from Malaysia",
        "Date: 2026-03-18 | Source: Office of International Cooperation",
        "Views: 1,236",
        "Font: Large | Medium | Small",
        "On March 16, a delegation of nurses from Malaysia visited the hospital and toured its emergency department.",
        "(Photo by Wang Lei)",
        "The visitors also joined a workshop on infection control with the hospital's nursing staff.",
        "Editor: Sun Qian   Reviewed by: He Ming",
    ]
    doc = _one(english)
    lines = _lines(doc)
    assert not any(ln.startswith(("Views", "Font", "(Photo", "Editor")) for ln in lines)
    assert any(ln.startswith("On March 16") for ln in lines)
