"""Pages from Taiwan's and Hong Kong's hospitals and health bureaus, hospitals' channel accounts and
their house papers: clinics known by their own names in a roundup, a hotline an article gives, a
unit's photo credit, a Taiwan page's toolbar and its dates in the Republic's years, a newsletter's
issue over its headline and its day in the masthead, an item's tag before its bar, a repost card
naming its account as writer, adverts inside the article and a channel article's cards. Each test
is a page written for the project, and what a user reads in the records is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page
from .helpers import records_of as _records

_CLINICS_HEAD = [
    "臨江好生活 社區資訊網",
    "首頁 | 社區新聞 | 健康醫療 | 長照資源",
    "守護社區健康 臨江市三家診所獲頒「優良社區醫療獎」",
    "發布日期：2024-09-10　資料來源：臨江市衛生局",
    "臨江市衛生局日前舉行年度「優良社區醫療獎」頒獎典禮，從全市近六百家基層診所中評選出三家表現突出的診所。以下介紹這三家獲獎診所。",
]
_CLINICS = [
    ("青禾家庭醫學科診所", "位於青禾區傳統市場旁的青禾家庭醫學科診所，長年參與社區醫療群，照顧的慢性病個案超過一千二百人，並建立群組提醒病人回診。"),
    ("雲岭仁和牙醫診所", "雲岭仁和牙醫診所是全市少數提供身心障礙者牙科特別門診的基層院所，每週保留兩個下午專門為特殊需求病人看診。"),
    ("康寧小兒科診所", "位在白沙里的康寧小兒科診所是里內唯一的兒科診所，醫護團隊逐一追蹤轄區幼兒的預防接種紀錄，完成率居全市之冠。"),
]


def test_a_roundup_of_clinics_known_by_their_own_names_is_one_record_a_clinic() -> None:
    """Taiwan and Hong Kong name a clinic by its own name and what it practises, no place before it
    (`康寧小兒科診所`, `仁和牙醫診所`): each heading is a section, in either script."""
    lines = list(_CLINICS_HEAD)
    for name, text in _CLINICS:
        lines += [name, text]
    lines.append("衛生局表示，今年獲獎診所將各獲頒獎牌一面，相關優良案例也將彙編成冊，提供其他基層診所參考。")
    recs = _records(lines)
    assert [r.institution for r in recs if r.institution] == [name for name, _ in _CLINICS]
    for name, text in _CLINICS:
        (rec,) = [r for r in recs if r.institution == name]
        assert text in _lines(rec)


def test_a_kind_of_clinic_is_no_clinics_name() -> None:
    """`私人牙科诊所` is a kind of clinic: such a line heads no section of its own."""
    from cleaner.segment.names import default_finder
    from cleaner.segment.sections import _read_heading

    finder = default_finder()
    assert _read_heading(finder, "康宁小儿科诊所") is not None
    assert _read_heading(finder, "私人牙科诊所") is None
    assert _read_heading(finder, "个体中医诊所") is None


def test_the_hotline_and_mailbox_an_article_gives_stay_and_the_sites_go() -> None:
    """`…可通过以下方式举报:` over `举报电话:…` and `举报邮箱:…`: the lines the sentence announces are
    the article's; the same labels in the site's footer are the site's."""
    doc = _one([
        "我县启动打击欺诈骗取医保基金专项整治行动",
        "日期：2024-04-07   来源：溪口县医疗保障局",
        "4月3日，县医疗保障局联合县卫生健康局、市场监管局召开专项整治行动部署会，重点聚焦假病人、假病情、假票据等欺诈骗保问题。",
        "县医保局有关负责人表示，医保基金是人民群众的看病钱、救命钱，欢迎广大群众积极参与监督，对发现的欺诈骗保线索，可通过以下方式举报:",
        "举报电话：0000-6543210（工作日）",
        "举报邮箱：jubao@example.cn",
        "经查证属实的，将按规定给予举报人奖励，并对举报人信息严格保密，切实维护群众的合法权益。",
        "【打印本页】【关闭窗口】",
        "主办单位：溪口县医疗保障局",
        "不良信息举报电话：0000-6543999",
    ])
    lines = _lines(doc)
    assert "举报电话：0000-6543210（工作日）" in lines
    assert "举报邮箱：jubao@example.cn" in lines
    assert not any("0000-6543999" in ln or "主办单位" in ln for ln in lines)


def test_a_caption_credited_to_the_unit_that_took_it_goes() -> None:
    """`…筛查现场（某某镇卫生院供图）` between two paragraphs is a picture's caption and its credit."""
    doc = _one([
        "溪口县开展农村妇女“两癌”免费筛查",
        "发布时间：2024-10-12  来源：溪口县卫生健康局",
        "今年以来，县卫生健康局组织各乡镇卫生院开展农村适龄妇女宫颈癌和乳腺癌免费筛查，目前已完成筛查任务的八成以上。",
        "溪口镇卫生院“两癌”筛查现场（溪口镇卫生院供图）",
        "各卫生院还在筛查现场设置健康咨询台，由妇科医生讲解早期症状和自检方法，发放宣传资料一千二百余份。",
    ])
    lines = _lines(doc)
    assert not any("供图" in ln for ln in lines)
    assert len(lines) == 2


def test_a_taiwan_pages_toolbar_and_its_stamp_in_the_republics_years_go() -> None:
    """`字級：小 中 大　列印　分享`, `回上一頁　返回頁首` and `更新日期：113-06-05 點閱次數：1,027` (the
    year 113 of the Republic is 2024) are the page's, wherever they stand."""
    doc = _one([
        "端午連假將至 臨江市衛生局提醒民眾慎防腸病毒",
        "發布日期：2024-06-05　資料來源：臨江市政府衛生局",
        "字級：小 中 大　列印　分享",
        "端午節連假即將到來，許多民眾會安排返鄉、出遊或參加家族聚餐。衛生局提醒，近期正值腸病毒流行期，門急診就診人次已連續三週上升。",
        "衛生局呼籲民眾落實勤洗手及注意飲食衛生，嬰幼兒如出現嗜睡、活力不佳等重症前兆病徵，務必儘速送往大醫院就醫。",
        "更新日期：113-06-05 點閱次數：1,027",
        "回上一頁　返回頁首",
    ])
    lines = _lines(doc)
    assert len(lines) == 2 and lines[0].startswith("端午節連假")
    assert doc.published.startswith("2024-06-05")


def test_a_newsletters_issue_over_its_headline_is_no_title() -> None:
    """`院訊第215期（2024年3月）` and `醫院通訊 2024年8月號` name the issue; the headline under them is
    the article's title."""
    for issue in ("院訊第215期（2024年3月）", "醫院通訊 2024年8月號"):
        doc = _one([
            "首頁 > 院訊專區 > 最新一期",
            issue,
            "世界腎臟日衛教活動 逾三百位民眾參與腎功能篩檢",
            "撰文：腎臟內科 主治醫師 張某某",
            "發布日期：2024-03-20",
            "為響應世界腎臟日，本院腎臟內科於三月十四日在醫院大廳舉辦衛教活動，現場提供免費尿液及腎功能篩檢，吸引逾三百位民眾參與。",
            "腎臟內科主任表示，慢性腎臟病早期幾乎沒有症狀，建議高血壓、糖尿病患者每年定期接受腎功能檢查。",
        ])
        assert doc.title == "世界腎臟日衛教活動 逾三百位民眾參與腎功能篩檢"
        assert doc.authors == ["張某某"]


def test_a_house_papers_day_in_its_masthead_is_the_articles() -> None:
    """An e-paper page of a hospital's paper states its day only in the masthead, beside the issue or
    the page (`2024年1月5日  总第186期`, `第98期  2024年6月28日`, `2024年2月29日 第4版：文苑`), over the
    edition's pages and the page's stories: the article's published date."""
    pages = ["首页 | 往期回顾 | 版面导航", "第1版：要闻", "第2版：医疗动态", "第3版：护理天地", "第4版：文苑", "上一版 下一版",
             "本版稿件", "夜班，那一盏灯", "春到病房（组诗）", "一碗热汤面"]
    story = [
        "夜班，那一盏灯",
        "急诊科 护士长 周某某",
        "记得刚参加工作那年冬天，一个深夜送来一位心搏骤停的老人。我跟着老师轮换做胸外按压，四十分钟后监护仪上终于重新跳出了窦性心律。",
        "这些年，科室里添了新设备，流程越来越规范，年轻的护士一茬茬成长起来，我也从当年那个手忙脚乱的小姑娘成了带教老师。",
    ]
    for masthead, day in (
        (["澄川市第二人民医院报", "2024年1月5日  总第186期  内部资料 免费交流"], "2024-01-05"),
        (["白沙县中医医院报", "主办：白沙县中医医院  第98期  2024年6月28日"], "2024-06-28"),
        (["澄二院报", "澄川市第二人民医院主办", "2024年2月29日 第4版：文苑"], "2024-02-29"),
    ):
        doc = _one([*masthead, *pages, *story])
        assert doc.published is not None and doc.published.startswith(day)
        assert story[2] in _lines(doc)


def test_an_items_kind_before_its_bar_leaves_the_bar_readable() -> None:
    """`新聞稿 發佈日期：… 新聞來源：公共事務室`: the tag says what kind of item it is; the bar's day and
    source are read."""
    doc = _one([
        "溪口醫院引進機械手臂輔助手術系統",
        "新聞稿 發佈日期：2024年5月3日 新聞來源：公共事務室",
        "溪口醫院今日宣布引進新一代機械手臂輔助手術系統，首例患者已於術後三天順利出院，恢復情況良好。",
        "泌尿外科主任表示，機械手臂具備高解析度立體影像及靈活的手術器械，可減少出血量並縮短住院日數。",
    ])
    assert doc.published.startswith("2024-05-03")
    assert doc.metadata.get("source_name") == "公共事務室"


def test_a_repost_card_naming_its_account_as_writer_names_no_author() -> None:
    """`以下文章来源于某某疾控 ，作者某某疾控`: the account wrote nothing of its own; the piece's writer
    (`撰稿：某某`) is its author."""
    doc = _one([
        "春季传染病防控，这份指南请收好",
        "以下文章来源于澄川疾控 ，作者澄川疾控",
        "春季气温回升，冷暖交替频繁，人体抵抗力容易下降，各种病原微生物也进入活跃期，是呼吸道和肠道传染病的高发季节。",
        "疾控专家提醒，要保持良好的个人卫生习惯，勤洗手、常通风，出现发热等症状要及时就医。",
        "撰稿：何某某",
    ])
    assert doc.authors == ["何某某"]
    assert doc.metadata.get("source_name") == "澄川疾控"


def test_an_advert_under_its_label_goes_and_a_roundups_next_heading_stays() -> None:
    """`广告` alone over a line of offer is an advert inside the article; it ends at the roundup's
    next heading (`【某某社区卫生服务中心】`), whose section is a record of its own."""
    recs = _records([
        "我市各医疗机构推进家庭医生签约服务",
        "发布时间：2024-05-20  来源：临江市卫生健康委",
        "5月以来，全市各医疗机构以签约服务月为契机，组织家庭医生团队深入社区、走进农户，把健康服务送到群众身边。",
        "【云岭区中医院】",
        "云岭区中医院组建了十二支家庭医生团队，按照一村一团队的模式分片包干，每周固定下村为签约居民开展随访。",
        "广告",
        "澄川农商银行 · 惠农e贷 线上申请 最快当天放款",
        "【临江市东湖社区卫生服务中心】",
        "在临江市东湖社区卫生服务中心，签约居民通过手机即可在线预约家庭医生、查询检查报告、申请长期处方续方。",
    ])
    assert [r.institution for r in recs if r.institution] == ["云岭区中医院", "临江市东湖社区卫生服务中心"]
    assert not any("农商银行" in ln or ln == "广告" for r in recs for ln in _lines(r))


def test_a_tagged_offer_with_its_price_goes() -> None:
    """`【限時優惠】心臟健康檢查計劃 HK$3,880起` between paragraphs is an advert."""
    doc = _one([
        "仁愛醫院心臟導管中心啟用 提供全天候服務",
        "發布日期：2024-03-18",
        "仁愛醫院心臟導管中心昨日正式啟用，中心配備兩部血管造影機，可為急性心肌梗塞病人提供全天候緊急通波仔服務。",
        "【限時優惠】心臟健康檢查計劃 HK$3,880起",
        "心臟科專科醫生指出，新系統可以清楚顯示血管內斑塊的結構，有助醫生選擇合適的支架尺寸，減少日後血管再次收窄的機會。",
    ])
    assert not any("優惠" in ln for ln in _lines(doc))
    assert len(_lines(doc)) == 2


def test_a_channel_articles_cards_go_with_their_labels() -> None:
    """A mini-program's card (its name over `小程序`) and a video's (the account and the clip's
    title over `视频号` and its length) stand where the export put them: they go, and the lines
    around them stay; so does a placeholder `Qimage`."""
    doc = _one([
        "胸痛别硬扛！这些信号可能是心梗",
        "原创 马某某 溪口县人民医院 2024-01-20 09:00 溪口",
        "寒冬时节，气温骤降，血管遇冷收缩，血压波动大，是急性心肌梗死的高发季节。近日，我院胸痛中心一周内接诊了多名急性心梗患者。",
        "心内科副主任医师介绍，急性心梗发病后，120分钟内开通堵塞的血管，能最大限度挽救心肌、降低死亡率。",
        "溪口人医",
        "胸痛中心抢救演练实录",
        "视频号",
        "00:35",
        "典型症状是胸骨后或心前区压榨样疼痛，可向左肩、左臂放射，持续时间超过15分钟，休息或含服硝酸甘油不能缓解。",
        "Qimage",
        "我院胸痛中心实行24小时全天候接诊，开通绿色通道，实现先救治、后付费，为患者争取宝贵的抢救时间。",
        "溪口人医掌上服务",
        "小程序",
        "2024年门诊时间",
        "周一至周日 8:00—17:30",
        "医院提醒，冬季晨起不宜立即剧烈运动，洗澡水温不宜过高、时间不宜过长，有胸闷胸痛等不适要及时就医。",
    ])
    lines = _lines(doc)
    for gone in ("溪口人医", "胸痛中心抢救演练实录", "视频号", "00:35", "Qimage", "溪口人医掌上服务", "小程序"):
        assert gone not in lines
    assert "2024年门诊时间" in lines and "周一至周日 8:00—17:30" in lines


def test_follow_prompts_behind_a_tag_or_under_what_they_offer_go() -> None:
    """`【便民服务】关注“某某医院”微信公众号，可在线预约挂号…` inside the article and `更多健康资讯 敬请关注`
    under it are the account's prompts."""
    doc = _one([
        "我院骨科病区试点“无陪护病房”",
        "发布时间：2024-02-27  来源：石门县人民医院",
        "2月26日，我院骨科一病区无陪护病房正式启动试点，首批开放床位24张，患者住院期间的生活照护由护士和医疗护理员共同承担。",
        "【便民服务】关注“石门县人民医院”微信公众号，可在线预约挂号、查询检查检验报告",
        "在收费方面，医疗护理员服务费按照核定标准收取，对于低保、特困等困难群体，医院还将给予一定比例的费用减免。",
        "更多健康资讯 敬请关注",
    ])
    lines = _lines(doc)
    assert len(lines) == 2
    assert lines[1].startswith("在收费方面")


def test_a_doctors_titles_and_honours_under_the_name_stay_and_colleagues_links_go() -> None:
    """A profile page lists the doctor's titles and honours a line each over the introduction
    (`主任中医师` / `二级教授` / `某某学会脾胃病专业委员会主任委员`): they are the page's content; the
    department's box of colleagues (`某某 副主任医师`) is not read as such."""
    honours = [
        "主任中医师",
        "二级教授",
        "硕士研究生导师",
        "澄川市名中医",
        "澄川市中医药学会脾胃病专业委员会主任委员",
        "脾胃病科学科带头人",
    ]
    doc = _one([
        "澄川市中医院",
        "网站首页",
        "专家团队",
        "科室导航",
        "您的位置：首页 >> 专家团队 >> 脾胃病科",
        "名医风采｜陈某群：三十五年守护百姓“胃”健康",
        "发布日期：2023-09-08 15:40:21   信息来源：澄川市中医院宣传科",
        "陈某群",
        *honours,
        "【个人简介】",
        "1988年毕业于某中医学院中医系，从事中医内科临床、教学、科研工作三十五年，曾赴省级中医院进修学习，师从名老中医何某某。",
        "【专业擅长】",
        "擅长运用中医、中西医结合方法诊治慢性萎缩性胃炎、胃食管反流病、功能性消化不良等脾胃系统疾病，对消化道癌前病变的中医药干预有独到经验。",
        "同科室专家",
        "李某某 主任医师",
        "孙某 副主任中医师",
    ])
    lines = _lines(doc)
    for line in honours:
        assert line in lines
    assert "李某某 主任医师" not in lines and "孙某 副主任中医师" not in lines


def test_a_press_release_under_a_govs_toolbar_has_its_title_and_its_day_at_the_end() -> None:
    """A Hong Kong style press release: the site's language switch and its tools (`繁體版 簡體版
    English`, `列印本頁 電郵本頁 分享此頁`) over the headline, a rule of stars under it, and the day it
    was issued under its end mark (`完` / `2024年5月17日（星期五）` / `香港時間17時10分`)."""
    doc = _one([
        "跳至主要內容",
        "政府新聞網 新聞公報",
        "繁體版\t簡體版\tEnglish",
        "搜尋新聞公報",
        "今日新聞公報",
        "RSS 訂閱",
        "列印本頁\t電郵本頁\t分享此頁",
        "疾病預防中心公布最新流感監測數字",
        "*****************************************",
        "　　疾病預防中心今日公布最新流感監測數字，本港流感活躍程度在過去一星期持續上升，中心呼籲市民盡快接種季節性流感疫苗。",
        "　　發言人說，過去一星期錄得的流感樣本陽性比率為百分之十二點四，較前一星期的百分之九點一為高，並已超過基線水平。",
        "完",
        "2024年5月17日（星期五）",
        "香港時間17時10分",
        "上一篇：衞生署提醒市民注意夏季食物安全",
        "返回新聞公報目錄",
    ])
    assert doc.title == "疾病預防中心公布最新流感監測數字"
    assert doc.published is not None and doc.published.startswith("2024-05-17")
    assert _lines(doc)[0].startswith("疾病預防中心今日公布")


def test_a_headers_hotline_beside_its_emergency_room_is_no_title_rival() -> None:
    """`24小時急症室 | 預約熱線：0000-1234567` in a private hospital's header is a service line: it goes,
    and the headline under the breadcrumb, with its day under it, is the title."""
    doc = _one([
        "臨江仁愛醫院",
        "24小時急症室 | 預約熱線：0000-1234567",
        "繁 | 简 | EN",
        "首頁 > 最新消息 > 醫院動態",
        "仁愛醫院引入新一代手術機械臂 微創手術更精準",
        "2024-03-22",
        "臨江仁愛醫院今日宣布,正式引入新一代手術機械臂系統,並於本月起應用於泌尿科、婦產科及大腸外科手術,首批共有六名專科醫生完成培訓。",
        "新系統由醫生控制台、病人手術車及影像系統三部分組成,醫生坐在控制台前,透過三維高清影像操控四條機械臂。",
    ])
    assert doc.title == "仁愛醫院引入新一代手術機械臂 微創手術更精準"
    assert not any("熱線" in ln for ln in _lines(doc))


def test_a_bureaus_banner_over_its_roundup_of_health_stations_heads_no_section() -> None:
    """A Taiwan county bureau's page: its name opens the page (`雲嶺縣衛生局`), its toolbar words and
    count (`點閱次數：415`, `友善列印`) stand under the headline, and the stations' names head the
    sections: one record a station, none for the bureau."""
    stations = [
        ("溪口鄉衛生所", "溪口鄉衛生所本次共辦理14場次，由於鄉內多數村落距離衛生所超過10公里，衛生所特別安排巡迴健檢車於清晨抵達各村。"),
        ("白沙鄉衛生所", "白沙鄉衛生所今年首度與漁會合作，在漁港旁的漁民活動中心設站，吸引不少平日出海作業、難以在上班時間就醫的漁民參加。"),
        ("青石鎮衛生所", "青石鎮衛生所結合鎮內醫院的醫師人力，於週末在鎮公所廣場辦理健康市集，現場除了篩檢服務外，也安排營養師設攤。"),
    ]
    lines = [
        "跳到主要內容區塊",
        "雲嶺縣衛生局",
        "Yunling County Public Health Bureau",
        ":::",
        "回首頁｜網站導覽｜English｜常見問答｜意見信箱",
        "本局簡介",
        "衛生所專區",
        "業務資訊",
        "首頁 / 公告訊息 / 局務新聞",
        "本縣各鄉鎮衛生所夏季整合式篩檢成果出爐",
        "發布日期：113-08-02",
        "點閱次數：415",
        "友善列印",
        "為提升偏遠地區民眾的健康檢查可近性，本縣各鄉鎮衛生所於6月至7月間辦理夏季整合式篩檢，結合成人預防保健與四癌篩檢。",
    ]
    for name, text in stations:
        lines += [name, text]
    recs = _records(lines)
    assert [r.institution for r in recs if r.institution] == [name for name, _ in stations]
    assert recs[0].title == "本縣各鄉鎮衛生所夏季整合式篩檢成果出爐"
    assert recs[0].published.startswith("2024-08-02")
    assert not any("點閱" in ln or "友善列印" in ln for r in recs for ln in _lines(r))


def test_a_profile_pages_titles_beside_the_doctors_picture_stay(tmp_path: Path) -> None:
    """On a hospital's profile page the doctor's titles and honours stand in a block (or a list of
    tags) beside the picture, the introduction in the article's block under it: both are the
    profile's; the box of colleagues beside it is not."""
    honours = ["副主任医师", "医学硕士", "神经内科副主任", "澄川市医学会神经病学分会委员", "澄川市卒中防治联盟青年委员"]
    html = (
        "<html><head><title>周某远_专家介绍_澄川市第二人民医院</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/zjjs/'>专家介绍</a> <a href='/ksdh/'>科室导航</a></div>"
        "<div class='doc-detail'><div class='doc-photo'><img src='/d/1.jpg' alt='周某远'></div>"
        "<div class='doc-base'><h1>周某远</h1><ul class='doc-tags'>"
        + "".join(f"<li>{h}</li>" for h in honours)
        + "</ul><div class='doc-btns'><a href='/yygh/?doc=301'>预约挂号</a><a href='javascript:;'>咨询专家</a></div></div>"
        "<div class='doc-tabs'><span>个人简介</span><span>擅长领域</span><span>出诊信息</span></div>"
        "<div class='doc-content'>"
        "<p>周某远，男，2006年毕业于澄川医学院临床医学专业，2013年获神经病学硕士学位，从事神经内科临床工作十八年。</p>"
        "<p>作为医院卒中中心的骨干医师，参与建立了急性缺血性脑卒中静脉溶栓绿色通道，年完成溶栓治疗百余例。</p>"
        "<p>擅长脑血管病、癫痫、头痛、眩晕、睡眠障碍及周围神经病的诊断和治疗。</p>"
        "</div></div>"
        "<div class='side'><h3>同科室专家</h3><ul><li><a href='/d/2'>廖某琴 副主任医师</a></li><li><a href='/d/3'>何某强 主治医师</a></li></ul></div>"
        "<div class='footer'>版权所有 澄川市第二人民医院</div></body></html>"
    )
    doc = _page(tmp_path, "profile.html", html)
    lines = _lines(doc)
    for h in honours:
        assert h in lines
    assert any(ln.startswith("周某远，男") for ln in lines)
    assert not any("廖某琴" in ln for ln in lines)


def test_a_taiwan_press_release_reads_its_bar_and_its_presidents_words_head_no_section() -> None:
    """`發稿單位：公共事務室　發稿日期：113/06/12` is the release's bar (the Republic's year 113 is 2024);
    `臨江聯醫院長某某表示` is the hospital's president speaking, not a second institution's section;
    the contacts for reporters under it (`新聞聯絡人：…`) are the release's own."""
    recs = _records([
        "首頁 > 最新消息 > 新聞稿",
        "臨江聯醫完成首例經導管主動脈瓣膜置換術 82歲阿嬤免開胸重拾健康",
        "發稿單位：公共事務室　發稿日期：113/06/12",
        "臨江市立聯合醫院心臟血管團隊日前成功為一名82歲林姓阿嬤完成院內首例經導管主動脈瓣膜置換術，阿嬤術後第3天即順利出院。",
        "心臟內科主任吳某某說明，主動脈瓣膜狹窄是高齡長者常見的心臟疾病，傳統開胸手術對高齡病人的風險較高。",
        "臨江聯醫院長趙某某表示，手術的成功代表醫院心臟醫療團隊已具備高階結構性心臟病治療的能力，民眾不必再舟車勞頓。",
        "新聞聯絡人：公共事務室 李某某 主任",
    ])
    assert len(recs) == 1
    (doc,) = recs
    assert doc.title == "臨江聯醫完成首例經導管主動脈瓣膜置換術 82歲阿嬤免開胸重拾健康"
    assert doc.published.startswith("2024-06-12")
    assert "新聞聯絡人：公共事務室 李某某 主任" in _lines(doc)
