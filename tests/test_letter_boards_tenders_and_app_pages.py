"""Letter boards with their replies, tender notices with their attachments and clarifications, a
year's numbered highlights, app share pages and charity pages: what a user reads in the records of
such pages. Each test is a page written for the project."""

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


def test_a_letter_boards_widgets_go_and_its_letter_and_reply_stay() -> None:
    """A health commission's published letter: the letter and the office's reply stay; the rating
    box with its options in brackets, its notes, the picture code, the board's terms and its buttons
    go; the day it was published (`公开时间`) is the record's date and its 来源 the source."""
    doc = _one([
        "当前位置：首页 > 互动交流 > 信件公开",
        "关于市三院夜间急诊候诊时间过长的反映",
        "信件编号：LL2026041100237",
        "来信时间：2026-04-09 22:41",
        "公开时间：2026-04-16 15:30    来源：澄川市卫生健康委员会    浏览：1,286次",
        "来信内容：",
        "本人于4月7日晚间带发热的孩子到市第三人民医院急诊科就诊，排到就诊已是凌晨，中间将近三个小时，家长非常着急。",
        "回复内容：",
        "网友您好！您反映的问题收悉，我委高度重视，立即责成医政医管科会同医院进行核查，现将有关情况答复如下：",
        "自4月12日起，该院已将夜间急诊内科医师由2名增加至3名，并建立二线医师15分钟到岗机制。",
        "对本次回复的评价：【满意】 【基本满意】 【不满意】",
        "您的评价将帮助我们改进工作",
        "验证码：        看不清？换一张",
        "（评价结果将作为办理单位绩效考核依据，每封信件仅可评价一次）",
        "评价需登录后进行，评价结果不对外公开。",
        "返回列表   我要写信",
        "温馨提示：院长信箱不受理医疗纠纷处理、医疗事故鉴定等事项，请通过法定途径解决。",
        "留言前请阅读《留言须知》。涉及个人隐私的内容不予公开；一般咨询5个工作日内答复。",
    ])
    lines = _lines(doc)
    assert lines == [
        "本人于4月7日晚间带发热的孩子到市第三人民医院急诊科就诊，排到就诊已是凌晨，中间将近三个小时，家长非常着急。",
        "网友您好！您反映的问题收悉，我委高度重视，立即责成医政医管科会同医院进行核查，现将有关情况答复如下：",
        "自4月12日起，该院已将夜间急诊内科医师由2名增加至3名，并建立二线医师15分钟到岗机制。",
    ]
    assert doc.published.startswith("2026-04-16")
    assert doc.metadata.get("source_name") == "澄川市卫生健康委员会"


def test_a_parts_heading_in_a_block_classed_as_a_head_stays(tmp_path: Path) -> None:
    """A tender's clarification whose part headings sit in `<div class="gg-head">` between its
    paragraphs: the headings are the notice's (一、关于技术参数), not a site's header; a header block
    above the article still goes."""
    html = """<html><head><meta charset="utf-8"><title>关于某某项目的澄清答疑公告</title></head><body>
<div class="site-head"><a href="/">首页</a><a href="/notice/">招标公告</a><a href="/result/">结果公告</a></div>
<div class="gg-detail"><h2>关于澄川市人民医院64排螺旋CT采购项目的澄清答疑公告</h2>
<p>发布日期：2026/05/06</p>
<div class="gg-content">
<p>澄川市人民医院64排螺旋CT采购项目招标文件已于2026年4月27日发布。现将潜在投标人的书面提问统一澄清答复如下，本澄清内容为招标文件的组成部分。</p>
<div class="gg-head">一、关于技术参数</div>
<p>问题1：是否接受Z轴覆盖宽度为38.4mm的产品？答复：不接受，该条款为实质性指标，投标产品须满足要求，否则按无效投标处理。</p>
<div class="gg-head">二、关于商务条款</div>
<p>问题2：球管是否可以按曝光秒数计算保修？答复：不可以，保修期内球管不限曝光秒数，出现故障免费更换，采购人不再另行支付费用。</p>
</div></div>
<div class="foot">版权所有 澄川市公共资源交易中心</div></body></html>"""
    doc = _page(tmp_path, "clarify.html", html)
    lines = _lines(doc)
    assert "一、关于技术参数" in lines and "二、关于商务条款" in lines
    assert lines.index("一、关于技术参数") < lines.index("二、关于商务条款")
    assert not any("招标公告" in ln or "版权所有" in ln for ln in lines)


def test_numbered_highlights_a_few_opening_with_an_institution_stay_one_article() -> None:
    """A year's review in ten numbered parts (亮点一：…), three of whose paragraphs open with an
    institution's name: one article's outline, one record, nothing lost."""
    parts = [
        ("亮点一：优质医疗资源扩容提质", "市人民医院、市中医院分别与省内两家高水平医院共建专科联盟，新增省级临床重点专科7个，县域就诊率提升至91.2%。"),
        ("亮点二：县域医共体建设走在全省前列", "全市5个县全部建成紧密型县域医共体，医共体内实现人员统筹、财务统管、药品耗材统一采购配送。"),
        ("亮点三：“家门口”的医疗服务更可及", "新建改造乡镇卫生院12所、村卫生室86个，建成社区医院9家，基层医疗卫生机构诊疗量占比达到58.6%。"),
        ("亮点四：急救网络织密织牢", "新增院前急救站点11个、负压救护车20辆，城区急救平均反应时间缩短至10分30秒。"),
        ("亮点五：公共卫生防线持续筑牢", "市疾控中心P2+实验室建成投用，适龄儿童免疫规划疫苗接种率保持在95%以上。"),
        ("亮点六：“一老一小”健康服务提档升级", "全市建成老年友善医疗机构212家，新增普惠托位1850个。"),
        ("亮点七：中医药振兴发展步伐加快", "全市所有乡镇卫生院和85%的村卫生室能够提供中医药服务。"),
        ("亮点八：数字健康惠民便民", "全市二级以上医院全部实现检查检验结果互认，互认项目达到208项。"),
        ("亮点九：卫生健康人才队伍不断壮大", "全年引进硕士以上人才326名，为乡镇卫生院定向培养医学生140名。"),
        ("亮点十：爱国卫生运动深入开展", "市妇幼保健院牵头开展健康家庭评选，全市居民健康素养水平达到33.8%。"),
    ]
    docs = _records([
        "年终盘点｜2025年澄川卫生健康工作十大亮点",
        "2025-12-31 11:02  来源：澄川卫健",
        "时序更替，华章日新。岁末年终，让我们盘点这一年澄川卫生健康工作的十大亮点。",
        *(ln for part in parts for ln in part),
    ])
    assert len(docs) == 1
    lines = _lines(docs[0])
    assert all(head in lines and text in lines for head, text in parts)


def test_a_portals_name_before_the_day_and_labelled_writers_is_the_source() -> None:
    """`某某网  2026-07-08 19:32:06  记者：… 摄像：…`: the portal ran its own story, its name is the
    source; a portal's name before the day and another outlet after it names that outlet."""
    doc = _one([
        "社区看病报销更多了 我市门诊统筹基层报销比例提至75%",
        "澄川网  2026-07-08 19:32:06  记者：林小溪 周远航  摄像：邓凯",
        *_BODY,
    ])
    assert doc.metadata.get("source_name") == "澄川网"
    assert doc.authors == ["林小溪", "周远航"]
    assert doc.published.startswith("2026-07-08")
    doc = _one(["我市门诊统筹基层报销比例提至75%", "澄川网  2026-07-08 19:32  澄川日报", *_BODY])
    assert doc.metadata.get("source_name") == "澄川日报"


def test_an_e_papers_masthead_names_its_source() -> None:
    """An e-paper page opening with its masthead (`某某日报数字报`), its day and its pages' menu, no
    来源 line: the paper is the source."""
    doc = _one([
        "澄川日报数字报",
        "澄川日报 | 澄川晚报 | 澄川手机报",
        "2026年02月26日 星期四",
        "第A03版：要闻",
        "上一版  下一版",
        "县人民医院与省级名院签约共建",
        "记者 林小溪 通讯员 周远航",
        *_BODY,
    ])
    assert doc.metadata.get("source_name") == "澄川日报"
    assert doc.published.startswith("2026-02-26")


def test_a_follow_button_after_a_byline_names_no_writer_and_a_reviewers_credit_goes(tmp_path: Path) -> None:
    """A health site's bar of spans, `澄川健康记者 林小溪` `2026-01-15 08:30` `+ 关注`: one writer, not
    `关注`; the reviewer's card under it (`本文审核专家：某某`) is a credit and goes."""
    body = "".join(f"<p>{p.strip()}</p>" for p in _BODY)
    html = f"""<html><head><meta charset="utf-8"><title>打了九价HPV疫苗，还需要做宫颈癌筛查吗？_澄川健康</title></head><body>
<div class="caidan"><a href="/">首页</a><a href="/zixun/">健康资讯</a><a href="/wenda/">问答</a></div>
<div class="wenzhang"><h1 class="wz-biaoti">打了九价HPV疫苗，还需要做宫颈癌筛查吗？</h1>
<div class="wz-xinxi"><span class="zuozhe">澄川健康记者 林小溪</span><span class="shijian">2026-01-15 08:30</span><span class="guanzhu">+ 关注</span></div>
<div class="shenhe-ka"><div><p>本文审核专家：田淑贞</p><p>澄川市妇幼保健院 妇产科 主任医师</p></div></div>
<div class="wz-zhengwen">{body}</div></div>
<div class="footer">澄川健康网 版权所有</div></body></html>"""
    doc = _page(tmp_path, "hpv.html", html)
    assert doc.authors == ["林小溪"]
    assert doc.published.startswith("2026-01-15")
    assert not any("审核专家" in ln or "关注" in ln for ln in _lines(doc))


def test_a_notices_attachments_under_their_heading_stay_and_a_bare_download_goes() -> None:
    """The files a notice lists under its attachments heading (六、附件 / 附件下载：) or by their number
    and title (附件2.某某承诺书（模板）.doc) are the notice's; a bare file name alone under an article and
    the site's tip on opening files go."""
    doc = _one([
        "澄川县中医医院智慧病房项目招标公告",
        "发布时间：2026-04-28  来源：采购办",
        "澄川县中医医院智慧病房项目已具备招标条件，现对该项目进行公开招标，欢迎符合条件的供应商参加投标。",
        "投标截止时间为2026年5月20日9:30，逾期送达的投标文件恕不接受，请各投标人合理安排时间。",
        "六、附件",
        "澄川县中医医院智慧病房项目招标文件（公示稿）.pdf",
        "采购需求一览表.xlsx",
        "附件2.医用耗材配送服务承诺书（模板）.doc",
        "温馨提示：附件如无法正常打开，请下载最新版PDF阅读器或联系系统客服 0000-6100010",
    ])
    lines = _lines(doc)
    for name in ("六、附件", "澄川县中医医院智慧病房项目招标文件（公示稿）.pdf", "采购需求一览表.xlsx", "附件2.医用耗材配送服务承诺书（模板）.doc"):
        assert name in lines
    assert not any("温馨提示" in ln for ln in lines)
    doc = _one(["医院开展义诊活动", "发布时间：2026-04-28", *_BODY, "医院义诊活动照片合集.zip"])
    assert not any(".zip" in ln for ln in _lines(doc))


def test_app_share_pages_players_and_charity_footers_lose_their_furniture() -> None:
    """An app's share page and a charity's page: the app banner (with its button, or promising
    pictures), a video player's clock, a box of the latest news flashes, the donate button, the
    hospital's hours and phones in its header and the foundation's registration code go; the article stays."""
    doc = _one([
        "打开APP，阅读体验更佳　　[立即打开]",
        "· 门诊时间：周一至周日 08:00-17:30　　急诊24小时　　急救电话：120 / 0000-7712120",
        "预约挂号电话：0000-8825120    急诊24小时：0000-8825999",
        "县人民医院胸痛中心通过国家标准版认证",
        "澄川县融媒体中心　2026-06-03 17:48",
        "▶ 00:00 / 01:32",
        "点击播放发布会视频回放 00:00 / 38:16",
        "00:00 / 02:36 高清 · 全屏",
        "【打开澄川新闻APP，抢先看高清大图】",
        *_BODY,
        "最新快讯",
        "17:30　澄川县今年中考成绩6月25日公布",
        "16:52　县疾控中心发布防溺水安全提示",
        "我要捐赠 >> 扫码即可进行在线捐赠，捐赠票据可在线申领",
        "澄川市慈善基金会　统一社会信用代码：00000000MJ0000000X",
        "点击展开全文 ∨",
        "« 返回列表",
    ])
    assert _lines(doc) == [p.strip() for p in _BODY]
    assert doc.title == "县人民医院胸痛中心通过国家标准版认证"


def test_a_menu_row_framed_by_bars_is_no_title() -> None:
    """`┃医院概况┃新闻中心┃…┃` over a speech's headline: a menu, not the title; the headline is."""
    doc = _one([
        "首页  >>  院务公开  >>  领导讲话",
        "┃医院概况┃新闻中心┃领导讲话┃国际合作┃护理天地┃科研教学┃招聘信息┃",
        "在第五届澄川国际护理学术大会开幕式上的致辞",
        "来源：院长办公室    发布时间：2026年04月23日    阅读：733次",
        *_BODY,
    ])
    assert doc.title == "在第五届澄川国际护理学术大会开幕式上的致辞"
    assert not any("┃" in ln for ln in _lines(doc))


def test_a_channel_posts_header_a_field_a_line_names_its_account_and_writer() -> None:
    """A channel post's export with its header a field a line (`原创` / writer / account / time /
    region), and one whose account's card stands under the headline: the headline is the title, the
    account is read, the writer is the author, no card line stays."""
    doc = _one([
        "输血前为什么要抽这几管血？输血科提醒您这些注意事项",
        "原创",
        "林小溪",
        "澄川市人民医院",
        "2026年02月21日 18:05",
        "福建",
        "听全文",
        *_BODY,
    ])
    assert doc.title == "输血前为什么要抽这几管血？输血科提醒您这些注意事项"
    assert doc.metadata.get("account_name") == "澄川市人民医院"
    assert doc.authors == ["林小溪"]
    assert doc.published.startswith("2026-02-21")
    doc = _one([
        "原创 澄川妇幼宣传科 澄川市妇幼保健院",
        "2026年04月18日 08:30 福建",
        "泰国北部卫生代表团到访我院 共话母婴健康合作",
        "澄川市妇幼保健院",
        "听全文",
        *_BODY,
    ])
    assert doc.title == "泰国北部卫生代表团到访我院 共话母婴健康合作"
    assert not any(ln == "澄川市妇幼保健院" for ln in _lines(doc))


def test_an_apps_name_before_the_day_and_a_stated_source_reads_the_day() -> None:
    """`今日澄川  2026-04-02 16:45  来源：澄川市妇幼保健院` under the headline, an app's weather, its
    reader's clock and a listen button in another bar: the day and the stated source are read, the
    headline is the title, the widgets go."""
    doc = _one([
        "今日澄川",
        "首页　|　本地　|　政务　|　健康　|　教育",
        "天气：澄川 晴转多云 12~23℃　空气质量：良",
        "澄川市妇幼保健院清明节假期门诊安排出炉 儿科、产科不停诊",
        "今日澄川  2026-04-02 16:45  来源：澄川市妇幼保健院",
        "收听本文 00:00 / 03:12",
        *_BODY,
    ])
    assert doc.title == "澄川市妇幼保健院清明节假期门诊安排出炉 儿科、产科不停诊"
    assert doc.published.startswith("2026-04-02")
    assert doc.metadata.get("source_name") == "澄川市妇幼保健院"
    assert _lines(doc) == [p.strip() for p in _BODY]
    doc = _one(["医院开展中医药文化节", "2026-07-15 20:06  来源：澄川日报  记者：蒋雨桐 徐立恒  🔊 听新闻", *_BODY])
    assert doc.authors == ["蒋雨桐", "徐立恒"]


def test_a_portals_header_and_bar_lines_and_a_bracketed_repost_note_go() -> None:
    """A hospital site's welcome with the day and weather, its hotline with its hours, a bar of a
    comment count and share targets, and a repost note in brackets with the cut it made go."""
    doc = _one([
        "您好，欢迎访问澄川市中医医院官方网站！    今天是：2026年5月18日 星期一   晴 18℃~27℃",
        "预约挂号热线：0000-2268120（24小时）",
        "服务热线：0000—7821120",
        "我院举办第六届中医药文化节",
        "发布时间：2026-05-16 15:42    来源：宣传科",
        "0 条评论  |  手机看新闻  |  分享到：微信 微博 朋友圈",
        *_BODY,
        "（本文转载自“澄川市中医院”微信公众号，有删改）",
    ])
    assert _lines(doc) == [p.strip() for p in _BODY]


def test_repost_notes_from_papers_and_accounts_and_their_original_writer() -> None:
    """Repost notes naming a paper's page and day, or an account with the original's fields or a
    disclaimer after it, go; the original's writer those fields name is the author."""
    doc = _one([
        "宝宝辅食怎么加？儿童医院营养师给出8条建议",
        "本文转载自“澄川市儿童医院”微信公众号，来源：澄川市儿童医院，作者：营养科 苏婧",
        *_BODY,
        "本文转载自《澄川日报》2026年2月26日第03版",
        "（本文转载自《澄川健康报》2026年6月15日第3版，有删节）",
        "本文转载自微信公众号“澄川卫健”，仅供网友参考，不代表本站观点。",
    ])
    assert doc.authors == ["苏婧"]
    assert _lines(doc) == [p.strip() for p in _BODY]


def test_players_stars_exports_and_disclaimers_lose_their_lines() -> None:
    """A player's buttons in a row, its mobile-data prompt and a listen button's length; prompts to
    star or pass on the account; an export's stamp and tool; a health column's disclaimer alone; a
    comment box's plea; a visitor counter with spaced digits; bracketed font buttons: all go."""
    doc = _one([
        "导出时间：2026-05-14 22:10:33",
        "导出工具：公众号文章助手 v3.2.1",
        "春季过敏高发，孩子反复揉眼睛怎么办",
        "澄川儿童医院 2026-03-18 20:05",
        "听语音 00:58",
        "[ 大字体 ] [ 中字体 ] [ 小字体 ]",
        "A- A+   朗读",
        *_BODY,
        "播放　静音　倍速　全屏",
        "流量播放提醒：当前为非Wi-Fi环境，继续播放将消耗流量",
        "温馨提示：本栏目文章仅供参考，不能代替医生面诊。",
        "标星★公众号，第一时间获取健康资讯",
        "置顶 ⭐ 设为星标，及时接收医院通知",
        "↓↓↓ 点击下方“好看”，分享给更多家长 ↓↓↓",
        "打开APP，观看更流畅 ＞",
        "手机扫一扫，分享到朋友圈",
        "点赞 (23)   收藏   分享至：微信好友 朋友圈 微博",
        "发表评论：请文明上网，理性发言　［提交］",
        "以下视频来源于 澄川融媒",
        "您是本站第 1 5 9 2 8 3 位访问者",
    ])
    assert _lines(doc) == [p.strip() for p in _BODY]
    assert doc.published.startswith("2026-03-18")


def test_a_live_pages_bars_and_a_press_conferences_question_label() -> None:
    """A press conference's live page: its status bars (直播状态, 访谈时间, 页面每60秒自动刷新, 正序 / 倒序,
    共更新 N 条, 参与人数) and a picture noted in brackets go; `记者提问` heading the questions names no
    writer; the writer the bar states is the author."""
    doc = _one([
        "“健康澄川·医养结合”新闻发布会图文直播",
        "发布日期：2026-05-20   来源：澄川市卫生健康委员会   撰稿：潘悦",
        "● 直播状态：已结束 访谈时间：14:30—15:40 页面每60秒自动刷新",
        "【直播已结束】　　点击刷新　　|　　正序 / 倒序",
        "直播状态：已结束　|　共更新 9 条",
        "状态：[已结束] 参与人数：5190 【刷新】",
        *_BODY,
        "〔图片：发布会现场　图/刘洋〕",
        "记者提问",
        "澄川电视台记者：医疗集团建起来后，老百姓看病能少花钱吗？",
        "集团实行医保总额打包付费、结余留用，引导医院把更多精力放在防病和基层诊疗上。",
    ])
    assert doc.authors == ["潘悦"]
    assert _lines(doc) == [
        *(p.strip() for p in _BODY), "记者提问", "澄川电视台记者：医疗集团建起来后，老百姓看病能少花钱吗？",
        "集团实行医保总额打包付费、结余留用，引导医院把更多精力放在防病和基层诊疗上。",
    ]


def test_a_bar_posted_at_label_a_courts_division_and_a_counted_lead_over_name_lines() -> None:
    """`发布于：2026-06-11` in a bar of fields is the day; a court's division before the writer
    (`作者：民一庭 某某`) is no writer; name lines under a lead that counts them (`市区5家公立医院…`)
    head a roundup's sections, whatever their paragraphs open with."""
    doc = _one(["医院消防安全知识问答", "作者：李冬梅　　来源：保卫科　　发布于：2026-06-11　　浏览：547", *_BODY])
    assert doc.published.startswith("2026-06-11")
    assert doc.authors == ["李冬梅"]
    doc = _one(["法官提醒：医疗纠纷这样维权", "发布时间：2026-06-02 11:05　来源：澄川区人民法院　作者：民一庭 韩嘉怡", *_BODY])
    assert doc.authors == ["韩嘉怡"]
    names = ["澄川市人民医院", "澄川市第二人民医院", "澄川市中医院", "澄川市妇女儿童医院", "澄川市精神卫生中心"]
    promises = [
        "承诺门诊检验报告2小时内出具，住院患者入院等候不超过3天，全面推行床旁结算。",
        "针对去年满意度调查中夜间急诊等候久的意见，承诺急诊夜班医生由4人增至6人。",
        "承诺中药饮片代煎免费配送到家，市区范围内24小时送达，名老中医门诊实行全预约。",
        "承诺儿科门诊夜诊开放至22:00，节假日不减诊，产科实行一对一助产服务。",
        "承诺严格保护患者隐私，心理门诊实行一医一患一诊室，开通24小时心理援助热线。",
    ]
    docs = _records([
        "澄川市五家医院晒出服务承诺 监督电话全部公开",
        "2026-03-16 08:30  来源：澄川健康报",
        "3月15日，在市卫生健康委组织的集中活动中，市区5家公立医院分别向社会公布了年度服务承诺书。记者梳理发现，各家承诺各有侧重。",
        *(ln for pair in zip(names, promises, strict=True) for ln in pair),
        "市卫健委相关负责人表示，各医院的承诺书将在门诊大厅和官网长期公示。",
    ])
    assert [d.institution for d in docs if d.institution] == names


def test_header_badges_arrows_searches_and_bracketed_photo_credits_go() -> None:
    """A hospital's grade with its hotline, a hotline with the day, an account's slogan pointed at by
    arrows, its self-description, a search box with its hot words, the day with the lunar date after a
    bar, and a photo credit in brackets with a space go."""
    doc = _one([
        "全国首批“三级甲等中医医院”　24小时服务热线：0000-86302120",
        "热线电话：0000-5566 120 2025年12月10日 周三",
        "2026年1月20日 星期二 | 农历乙巳年腊月初二",
        "搜索：站内搜索　　热门搜索：预约挂号　体检中心　远程影像",
        "医院开展消防应急演练",
        "发布时间：2026-06-12 09:30　来源：保卫科",
        "↑↑↑ 澄川市妇幼保健院 · 守护两代人的健康",
        "澄川县卫生健康局官方发布平台，传递健康资讯，提供便民服务。",
        *_BODY[:2],
        "（摄影 李想）",
        _BODY[2],
    ])
    assert _lines(doc) == [p.strip() for p in _BODY]


def test_a_photo_storys_captions_with_their_translation_under_a_break_stay(tmp_path: Path) -> None:
    """A photo story whose figcaptions carry a translation under a break (`<br><span lang="bo">…`): the
    captions outweigh the lead and the closing paragraph, so they stay, translations too."""
    captions = [
        "7:30　清晨七点半，县城还笼罩在薄雾里，援藏医生已经走进病房，逐床查看夜间收治的病人。",
        "9:00　门诊开诊前，候诊区已经坐满了人。由于不少老人只会说藏语，护士在一旁帮忙翻译。",
        "11:20　在内镜室，他一边操作胃镜，一边向本地医生讲解早期胃癌的识别要点。",
        "14:30　午饭后顾不上休息，他通过远程会诊系统与后方医院的同事讨论一例疑难病例。",
    ]
    bo = "སྔ་དྲོ་ཆུ་ཚོད་བདུན་དང་ཕྱེད་ལ་སྨན་པ་ནད་ཁང་དུ་ཕེབས།"
    tibetan = [f"{bo}{'༡༢༣༤'[i]}" for i in range(len(captions))]  # (each caption's own, told apart by its numeral)
    figures = "".join(
        f'<figure><img src="/p/{i}.jpg" alt=""><figcaption>{c}<br><span lang="bo">{t}</span></figcaption></figure>\n'
        for i, (c, t) in enumerate(zip(captions, tibetan, strict=True))
    )
    html = f"""<html><head><meta charset="utf-8"><title>组图｜高原上的门诊：援藏医生的一天</title></head><body>
<div class="g-nav"><a href="/">首页</a><a href="/pic/">图片</a></div>
<article class="pic-art"><h1>组图｜高原上的门诊：援藏医生的一天</h1>
<p class="info">2026-04-16 08:05　来源：澄川日报</p>
<p>澄川县平均海拔4300米，是对口支援的县之一。近日，记者跟随援藏医生记录下他普通的一天，从清晨查房到深夜与家人视频，他的每一个小时都排得满满当当。</p>
{figures}<p>据统计，医疗队进驻以来，县人民医院累计开展新技术新项目52项，县域内就诊率提升至86%。</p>
</article><div class="foot">澄川日报 版权所有</div></body></html>"""
    doc = _page(tmp_path, "gallery.html", html)
    lines = _lines(doc)
    assert all(c in lines for c in captions)
    assert all(t in lines for t in tibetan)


def test_a_bilingual_headlines_translation_shops_cards_and_platform_widgets() -> None:
    """A bilingual page's headline with its Tibetan translation under it: the Chinese headline is the
    title, the translation goes into the metadata; a self-media page's product cards, its seller's
    pleas and a consultation platform's ratings and buttons go; a dose in the article stays."""
    bo = "ལྕང་སུའུ་ཞིང་ཆེན་གྱི་བོད་རོགས་ཆེད་ལས་སྨན་པ།"
    doc = _one([
        "当前位置：首页 > 新闻动态 > 援藏风采 > 正文",
        "援藏专家团队助力我院完成首例经皮冠状动脉介入手术",
        bo,
        "发布时间：2026-05-12 10:23   来源：医务部   作者：央金卓玛",
        *_BODY[:2],
        "成人每日服用 3片",
        _BODY[2],
        "纳豆红曲胶囊 60粒/瓶",
        "【某某优选】艾草三伏灸贴 老少皆宜 30贴/盒",
        "已有8.7万人购买 · 包邮",
        "橱窗已上架，粉丝价限时29.9元",
        "本文含推广链接，通过链接购买本站可能获得佣金",
        "好评率 98.6%　　接诊量 5,420",
        "图文问诊 ¥49/次",
        "[ 去问诊 ]",
        "相关疾病标签：#婴儿湿疹 #特应性皮炎",
        "回复“三伏”即可获取",
        "本文转载自澄川市第三人民医院微信公众号，澄川养生网编辑整理，标题为编者所加。",
    ])
    assert doc.title == "援藏专家团队助力我院完成首例经皮冠状动脉介入手术"
    assert doc.metadata.get("title_translation") == bo
    assert doc.published.startswith("2026-05-12")
    assert _lines(doc) == [*(p.strip() for p in _BODY[:2]), "成人每日服用 3片", _BODY[2].strip()]


def test_a_follow_count_and_a_search_prompt_are_no_headline_and_a_stamp_is_no_continuation() -> None:
    """`＋关注　已关注 1.3万` over the writer's credit is a button, not the title; a search box's prompt
    (`搜索站内资讯、视频或用户`) is never a title; a post's stamp under a headline is not joined to it."""
    doc = _one([
        "睡不着、睡不醒？精神科医生给出8条“睡眠处方”",
        "2025-11-03 21:47 发布　来源：澄川市精神卫生中心",
        "＋关注　　已关注 1.3万",
        "作者：夏知远",
        *_BODY,
    ])
    assert doc.title == "睡不着、睡不醒？精神科医生给出8条“睡眠处方”"
    assert doc.authors == ["夏知远"]
    doc = _one(["首页", "登录", "搜索站内资讯、视频或用户", "女子连喝3天奶茶被送进医院！医生：这种病一旦发作疼得直打滚",
                "2026-07-02 18:46 · 原创 · 健康领域创作者", *_BODY])
    assert doc.title != "搜索站内资讯、视频或用户"
    assert not any(ln.endswith("直打滚2026-07-02 18:46 · 原创 · 健康领域创作者") for ln in _lines(doc))


def test_a_photo_storys_counted_captions_opening_with_institutions_stay_one_story() -> None:
    """A photo story whose captions are counted as its pictures ((1/5)…), some opening with an
    institution's name: one story told in pictures, one record, every caption kept."""
    captions = [
        "（1/5）7月20日晚，市人民医院医疗救援队队员蹚过齐膝深的积水，将一名行动不便的老人转移至安置点。",
        "（2/5）市中医院医疗队队员在泥泞的山路上背着药箱徒步前行，前往被困的上坑村。",
        "（3/5）石门镇卫生院一楼进水，医护人员连夜将药品和设备转移到二楼，确保停水不停诊。",
        "（4/5）洪水退去后，市疾控中心防疫队员对受淹民房和水井开展消毒。",
        "（5/5）心理救援队队员在安置点陪孩子们做游戏，缓解他们的紧张情绪。",
    ]
    docs = _records([
        "风雨中的“白大褂”：直击我市医疗队防汛救灾一线",
        "2026-07-22 09:30  来源：澄川日报",
        "7月20日至21日，受强降雨影响，我市西部山区多地出现内涝和山体滑坡，市卫生健康局第一时间启动防汛卫生应急响应。",
        *captions,
        "据了解，目前受灾地区医疗秩序已基本恢复。",
    ])
    assert len(docs) == 1
    assert all(c in _lines(docs[0]) for c in captions)


def test_an_og_titles_column_tag_stays_with_its_headline(tmp_path: Path) -> None:
    """An `og:title` with a column's tag before the headline (`重磅首发｜…今日上线`), the page's
    heading in a div: the tag and the headline together are the title, not the tag alone."""
    body = "".join(f"<p>{p.strip()}</p>" for p in _BODY)
    html = f"""<html><head><meta charset="utf-8"><title>澄川医科大学附属医院</title>
<meta property="og:title" content="重磅首发｜形象宣传片《生命之托》今日上线"></head><body>
<div class="nav"><a href="/">首页</a><a href="/news/">新闻</a></div>
<div class="nr"><div class="info">2026-04-22　来源：宣传统战部</div>{body}</div></body></html>"""
    doc = _page(tmp_path, "og.html", html)
    assert doc.title == "重磅首发｜形象宣传片《生命之托》今日上线"


def test_a_rule_under_the_headline_players_and_header_days_go() -> None:
    """A rule drawn in box characters under the headline (━━━━) leaves the headline the title; a
    player's buttons around its clock, a video's failure note without the word 视频, a repost note
    naming a paper without its brackets, the day with the accessibility switches, and the day
    without its year with the weather go."""
    doc = _one([
        "2026年05月20日 星期三 | 无障碍浏览 | 长者模式 | 繁體",
        "今天 07月22日 周三　雷阵雨 27℃~33℃　空气质量：良",
        "门诊停车难问题能否尽快解决",
        "━━━━━━━━━━━━━━━━━━━━",
        "发布时间：2026-01-08 17:02    来源：澄川市第一人民医院",
        "▶ 播放 00:00 / 08:36 音量 全屏",
        "如无法播放，请更换浏览器或点击下载观看",
        *_BODY,
        "本文转载自澄川晚报，原标题《节前备药看这里！我市4家医院发布药品供应提示》",
        "A+　A-　　分享：微信 微博 QQ",
    ])
    assert doc.title == "门诊停车难问题能否尽快解决"
    assert doc.published.startswith("2026-01-08")
    assert _lines(doc) == [p.strip() for p in _BODY]


def test_a_video_pages_meta_lines_and_a_hospitals_phones_row_go() -> None:
    """A TV station's video page: its number, its quality switch, its length, the play link with its
    length, a subtitle file's timecodes, the programme's airing and a note on what to do when it does
    not play go; a header's row of phones opening with `24小时` goes; a repost note naming the paper's
    page and its reporter goes."""
    doc = _one([
        "24小时急救电话：0000-6288120　预约挂号：0000-62880000",
        "基层卫生院的“夜诊”故事",
        "2026-05-12 19:30  来源：澄川电视台",
        "视频编号：ABCD20260512A0381",
        "清晰度：标清 / 高清",
        "片长：4分12秒",
        "播放视频（时长15:20）",
        "00:00:41,200 --> 00:00:44,800",
        *_BODY,
        "若长时间无法播放，请点击下载观看",
        "本节目每周六19:35在澄川电视台公共频道首播",
        "（本文转载自《澄川日报》2026年10月29日第5版，记者 唐欣悦）",
    ])
    assert _lines(doc) == [p.strip() for p in _BODY]


def test_a_house_papers_issue_line_is_no_title_and_a_reviewer_and_poster_row_goes() -> None:
    """A house paper's issue line over the story (`《某某院报》第412期 第三版 栏目：医者仁心`) is no
    title, the headline under it is; `审核人：某某 发布人：某某` under the article goes."""
    doc = _one([
        "《澄川二院报》第412期 第三版 栏目：医者仁心",
        "二十年守护“心”跳——记心血管内科主任周维明",
        "通讯员 林小溪",
        *_BODY,
        "审核人：韦振宇 发布人：黄蕾",
    ])
    assert doc.title == "二十年守护“心”跳——记心血管内科主任周维明"
    assert _lines(doc) == [p.strip() for p in _BODY]
    doc = _one(["《澄川人》第150期 · 人物访谈 · 5·12国际护士节特刊", "“护理是一门有温度的学问”——专访护理部主任刘敏", *_BODY])
    assert doc.title == "“护理是一门有温度的学问”——专访护理部主任刘敏"
    assert _lines(doc) == [p.strip() for p in _BODY]


def test_a_font_switch_over_the_original_headline_is_no_title() -> None:
    """`A+ A- 默认` between a repost's bar and its `原标题：` line is a font switch, not the title."""
    doc = _one([
        "位置：澄川网 / 健康 / 政策解读",
        "省卫健委出台十条措施 优化儿科医疗服务",
        "时间：2026-04-21 11:08 ｜ 来源：健康澄川 ｜ 点击：904",
        "A+ A- 默认",
        "原标题：《省卫生健康委员会关于进一步优化儿科医疗服务的通知》",
        *_BODY,
    ])
    assert doc.title == "省卫健委出台十条措施 优化儿科医疗服务"
