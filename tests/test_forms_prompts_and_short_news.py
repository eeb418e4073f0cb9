"""Pages from disclosure columns, review and recipe sites, old table-layout portals and hospitals'
notice boards: a record table written without colons, its empty 文号 and its longer labels, a
font switch with the read count under the bar, a penalty record written a field a line, a 相关链接
list, a bar closed by a font switch's T buttons, a site's
hotline over the article, a call for submissions, a review inside a block its class calls a
review, a recipe's author and name, a blog's screen name, a photo news told in its caption, a menu
split by slashes over the breadcrumb, and what pages ask and count of their readers. Each test is
a page written for the project, and what a user reads in the record is checked."""

from __future__ import annotations

from pathlib import Path

from .helpers import lines_of as _lines
from .helpers import one_record as _one
from .helpers import page_record as _page

BODY = [
    "近日，市卫生健康委组织专家对全市二级以上医疗机构的院感防控工作开展专项督导，重点检查预检分诊、发热门诊和消毒隔离等环节。",
    "督导组采取查阅资料、现场查看、随机提问等方式，对发现的问题当场反馈，并要求各单位在十五个工作日内完成整改。",
]


def test_a_record_table_written_without_colons() -> None:
    """An 信息公开 page's record table saved with tabs between its cells, two fields a row
    (`索引号<tab>…<tab>分类<tab>…`): the rows are the page's fields, the headline under them the
    title, the publisher the source, the 发布日期 the date; none of the rows is left in the text."""
    title = "某某省卫生健康委员会关于某某等同志职务任免的通知"
    body = [
        "委属各单位，委机关各处室：",
        "经委党组2019年11月25日会议研究决定：",
        "任命某某为某某省卫生健康委员会医政医管处处长（试用期一年）；",
        "免去某某的某某省疾控中心副主任职务（退休）。",
    ]
    doc = _one([
        "首页 > 政务公开 > 政府信息公开目录 > 人事信息",
        "索引号\t000000001/2019-08812\t分类\t人事信息;通知",
        "发布机构\t某某省卫生健康委员会\t成文日期\t2019-11-26",
        "发文字号\t某卫人〔2019〕63号\t发布日期\t2019-11-28",
        "主题词\t人事任免\t有效性\t有效",
        title,
        "发布时间：2019-11-28 09:15     【打印】 【关闭】",
        *body,
    ])
    assert doc.title == title
    assert doc.published.startswith("2019-11-28")
    assert doc.metadata.get("source_name") == "某某省卫生健康委员会"
    assert _lines(doc) == body


def test_a_record_tables_longer_labels_and_its_empty_number() -> None:
    """A record table whose rows name 信息索引号 and 所属分类 and leave 文号 empty: the rows are
    read as the page's fields, and the day comes from 发布日期."""
    title = "某某市2018年度卫生系列高级专业技术职务任职资格评审通过人员公示"
    body = [
        "根据有关规定，经评审委员会评审，下列同志通过卫生系列高级专业技术职务任职资格评审，现予以公示。",
        "公示期间，如有异议，请以书面形式向市人力资源和社会保障局专业技术人员管理科反映。",
    ]
    doc = _one([
        "信息索引号：000014348/2018-12-01036      公开方式：主动公开",
        "所属分类：公示公告                       发布机构：某某市人力资源和社会保障局",
        "发布日期：2018年12月10日                  文号：",
        title,
        "来源：某某市人力资源和社会保障局   【字体：大 中 小】   打印本页   关闭窗口",
        *body,
    ])
    assert doc.title == title
    assert doc.published == "2018-12-10"
    assert _lines(doc) == body


def test_a_font_switch_with_the_read_count_under_the_bar() -> None:
    """`[ 大 中 小 ]    阅读：2,316` right under a commission's bar: page furniture, neither the title
    nor the body."""
    title = "2025年全市卫生健康工作会议召开"
    doc = _one([title, "2025-01-17 10:30    来源：某某市卫生健康委员会办公室", "[ 大 中 小 ]    阅读：2,316", *BODY])
    assert doc.title == title
    assert _lines(doc) == BODY


def test_a_penalty_record_written_a_field_a_line_is_kept_whole() -> None:
    """A market regulator's penalty notice: one case written a field a line, one field a paragraph
    (主要违法事实:…). Every field is the notice's, the short ones above the paragraph too."""
    fields = [
        "行政处罚决定书文号：某市监处罚〔2022〕118号",
        "案件名称：某某大药房有限公司未按规定明码标价案",
        "当事人名称：某某大药房有限公司",
        "统一社会信用代码：91000000MA6P4K7X2R",
        "法定代表人（负责人）：某某某",
        "主要违法事实：2022年7月8日，执法人员对当事人经营场所进行检查时发现，当事人在营业区货架陈列销售的17种药品未按规定标示价格，违反了价格法的有关规定。",
        "处罚依据：《中华人民共和国价格法》第四十二条",
        "处罚种类：警告、罚款",
        "处罚机关：某某区市场监督管理局",
    ]
    doc = _one([
        "首页 / 政务公开 / 行政执法公示 / 处罚结果",
        "某某大药房有限公司行政处罚信息公示",
        "发布时间：2022/09/20 15:08    来源：某某区市场监督管理局    访问量：[ 267 ]",
        *fields,
        "【打印】  【关闭】",
    ])
    assert _lines(doc) == fields


def test_a_related_links_list_goes_whole() -> None:
    """`相关链接：` over the headlines of other pages and the account's plea under them, at the end
    of a Q&A: the whole list goes, its first headline too."""
    body = [
        "问：灵活就业人员可以按年缴费吗？",
        "答：可以。灵活就业人员可以选择按月、按季或按年缴费，选定后当年度内不再变更。",
        "如有其他疑问，请拨打人社服务热线12333咨询。",
    ]
    doc = _one([
        "灵活就业人员参加养老保险政策问答",
        "时间：2020-04-15 09:40:52   来源：市社会保险事业管理中心",
        *body,
        "相关链接：",
        "城乡居民基本养老保险缴费档次十问十答",
        "失业保险金申领常见问题解答",
        "关注“某某人社”微信公众号，随时随地查社保",
        "网站地图 | 联系我们 | 使用帮助",
    ])
    assert _lines(doc) == body


def test_a_bar_closed_by_a_font_switchs_t_buttons(tmp_path: Path) -> None:
    """A paper's site closes its bar with a font switch drawn as two T's (`字号 TT`): the bar is still
    read, the reporter and the correspondent are the authors and the paper the source."""
    paras = [
        "记者：近年来，医院在中医药传承创新方面做了哪些工作？",
        "某某某：我们坚持中西医并重，建成了中医经典病房和治未病中心，让群众在家门口就能用上好中医。",
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>专访某某市中医医院院长：让群众在家门口用上好中医_某某新闻网</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/health">健康</a> &gt; 正文</div>
<div class="article"><h1>专访某某市中医医院院长：让群众在家门口用上好中医</h1>
<div class="info">2024-01-08 07:45:12 来源：某某日报 记者 方某蕾 通讯员 黄某伟 字号 TT</div>
<div class="content"><p>{paras[0]}</p><p>{paras[1]}</p></div></div>
<div class="footer">某某日报社 版权所有</div></body></html>"""
    doc = _page(tmp_path, "interview.html", html)
    assert doc.authors == ["方某蕾", "黄某伟"]
    assert doc.metadata.get("source_name") == "某某日报"
    assert _lines(doc) == paras


def test_a_sites_hotline_over_the_article(tmp_path: Path) -> None:
    """A court's site prints its hotline in the banner cell over the article: it goes, and a text
    page opening with such a line does not take it for the title."""
    paras = [
        "本报讯 醉酒后驾驶小型轿车撞伤一名正在过马路的老人，随后驾车逃离现场。近日，某某区人民法院审结了这起交通肇事案。",
        "法院审理查明，被告人饮酒后驾驶小型轿车行至路口时，将正在通过人行横道的老人撞倒，随后驾车驶离现场。",
    ]
    html = f"""<html><head><meta charset="utf-8"><title>醉驾撞伤路人后逃逸 男子被判刑_某某法院网</title></head>
<body><table width="1000"><tr><td height="110" align="right">诉讼服务热线：0000-12368</td></tr>
<tr><td><a href="/">首页</a> | <a href="/a">法院概况</a> | <a href="/b">审判动态</a> | <a href="/c">诉讼指南</a> | <a href="/d">执行公告</a></td></tr>
<tr><td class="title">醉驾撞伤路人后逃逸 男子被判刑</td></tr>
<tr><td class="content"><p>{paras[0]}</p><p>{paras[1]}</p></td></tr>
<tr><td>版权所有 某某市中级人民法院</td></tr></table></body></html>"""
    doc = _page(tmp_path, "court.html", html)
    assert _lines(doc) == paras
    text = _one(["诉讼服务热线：0000-12368", *paras])
    assert text.title != "诉讼服务热线：0000-12368"


def test_a_call_for_submissions_in_a_sentence_goes() -> None:
    """A travel site's note under a trip report (游记投稿请发邮件至…, 一经采用稿酬从优): the site's,
    not the writer's."""
    body = [
        "第三天一早，我们沿着草原上的土路往深处开，远处的山坡上散落着牛羊，牧民的蒙古包升起了炊烟。",
        "提醒：草原上早晚温差大，要带足保暖衣物；租用牧民的马匹前，一定先谈好价格和路线。",
    ]
    doc = _one(["五天四夜草原自驾记", "2008-9-27 作者：某某", *body, "游记投稿请发邮件至 tougao@example.com，一经采用稿酬从优。"])
    assert _lines(doc) == body


def test_a_review_inside_a_block_its_class_calls_a_review(tmp_path: Path) -> None:
    """A book-review site's review sits in `<div class="review-content">`: its class says review, but
    it is the page's article, so its short paragraphs stay with its long ones; the readers'
    responses under it go."""
    paras = [
        "《某某往事》是作者写了八年的长篇，讲的是一个江边小城从九十年代初到二〇一〇年前后的变化。",
        "小说没有什么大起大落的情节，主线不过是轮渡码头边的一间杂货铺和三代人的日子。",
        "这些细节一层一层叠上来，读到一半的时候我才意识到，自己其实一直在看一座城慢慢变老。",
        "作者写人物很克制，很少直接评价谁对谁错，只是把他们在不同年份里的选择摆出来，让读者自己去体会其中的酸甜苦辣与无奈。那种不动声色的力量，读完很久都还在心里。",
        "不足之处也有，后半部分写孙女到省城打工的几章略显仓促，人物的转变交代得不够。",
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>一座小城的慢镜头（某某往事）书评</title></head>
<body><div class="nav"><a href="/">读书</a> <a href="/m">电影</a> <a href="/g">小组</a></div>
<div id="content"><h1>一座小城的慢镜头</h1>
<div class="main" id="review-8137720"><span class="main-meta">2016-11-03 22:41:07</span>
<div class="main-bd"><div id="link-report"><div class="review-content clearfix">
{"".join(f"<p>{p}</p>" for p in paras)}
</div></div></div>
<div id="comments" class="comment-list"><h2>回应 (12)</h2>
<div class="comment-item"><span class="author">某读者 2016-11-04 09:12:33</span><p>写得真好，看完就去下单了。</p></div></div>
</div></div><div class="footer">© 2005－2016 某某读书 版权所有</div></body></html>"""
    doc = _page(tmp_path, "review.html", html)
    assert doc.title == "一座小城的慢镜头"
    assert _lines(doc) == paras


def test_a_recipes_author_and_its_name(tmp_path: Path) -> None:
    """A recipe page: its structured data names the author by a screen name (`某某的厨房`), its <h1>
    the dish, and an <h2> the dish's `…的做法` over the steps. The screen name is the author and
    the dish is the title."""
    steps = [
        "茄子洗净，不用去皮，切成滚刀块，撒半勺盐抓匀腌15分钟，再用手把渗出来的水分挤掉。",
        "锅里倒两勺油烧热，下茄子中小火慢慢煎，中途翻面，煎到表面微黄、变软后盛出。",
        "沿锅边淋入调好的料汁，转大火收汁，汤汁变浓挂在茄子上就可以关火，撒上葱绿出锅。",
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【不油腻的家常红烧茄子】不油腻的家常红烧茄子的做法_不油腻的家常红烧茄子的家常做法 - 某某菜谱</title>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"Recipe","name":"不油腻的家常红烧茄子","author":{{"@type":"Person","name":"阿某的厨房"}},"datePublished":"2020-10-18"}}</script>
</head><body><div class="nav"><a href="/">首页</a> <a href="/c">菜谱分类</a></div>
<div class="recipe"><h1 class="page-title">不油腻的家常红烧茄子</h1>
<h2 id="steps">不油腻的家常红烧茄子的做法</h2><ol>{"".join(f"<li><p>{s}</p></li>" for s in steps)}</ol></div>
<div class="footer">某某菜谱 版权所有</div></body></html>"""
    doc = _page(tmp_path, "recipe.html", html)
    assert doc.title == "不油腻的家常红烧茄子"
    assert doc.authors == ["阿某的厨房"]
    assert steps[0] in doc.text and steps[-1] in doc.text


def test_a_hosted_blogs_screen_name_is_its_author(tmp_path: Path) -> None:
    """A hosted blog's post titled `post_blogger_platform`, the blogger a screen name (老某在乡下):
    the screen name is the author."""
    paras = [
        "外婆的菜园子在老屋后面，不大，一畦一畦分得整整齐齐，春天种豆角和黄瓜，秋天种白菜和萝卜。",
        "小时候每年暑假回去，我最喜欢跟在外婆身后，看她弯着腰给菜浇水，一瓢一瓢，从不着急。",
    ]
    html = f"""<html><head><meta charset="utf-8"><title>外婆的菜园子_老某在乡下_某某博客</title></head>
<body><div class="blognav"><a href="/">博客首页</a> <a href="/list">博文目录</a></div>
<div class="articalTitle"><h2 class="titName">外婆的菜园子</h2><span class="time">(2008-05-16 21:38:05)</span></div>
<div class="articalContent">{"".join(f"<p>{p}</p>" for p in paras)}</div></body></html>"""
    doc = _page(tmp_path, "blog.html", html)
    assert doc.authors == ["老某在乡下"]
    assert _lines(doc) == paras


def test_a_photo_news_told_in_its_caption_keeps_it() -> None:
    """A photo news: one sentence of text and the photo's `图为…。` caption. The caption is most of
    what the page says, so it stays; in a long article the same kind of caption goes."""
    caption = "图为护理部的护士们在献血车前排队登记、等候体检。"
    lead = "6月14日是世界献血者日，当天上午，我院120余名职工在门诊广场参加无偿献血活动，共献血3.6万毫升。"
    short = _one(["我院职工踊跃参加无偿献血", "作者：孙某  来源：党委宣传部  发布日期：2014年06月16日", lead, caption, "【打印此页】 【关闭窗口】"])
    assert _lines(short) == [lead, caption]
    long_body = [lead, *BODY, "医院负责人表示，无偿献血是一项利国利民的公益事业，医院将继续组织职工积极参与，为保障临床用血贡献力量。"]
    long = _one(["我院职工踊跃参加无偿献血", "发布日期：2014年06月16日", long_body[0], caption, *long_body[1:]])
    assert _lines(long) == long_body


def test_a_menu_split_by_slashes_does_not_end_the_pages_head() -> None:
    """A maternity hospital's header: its name, a menu split by slashes, its hotline and the
    breadcrumb over the headline. The menu does not end the page's head: the hotline and the
    breadcrumb go with it."""
    body = [
        "为方便群众在家门口享受优质医疗服务，我院将联合某某街道的社区医院开展大型义诊活动。",
        "时间：2021年9月18日（星期六）上午8:30-11:30",
        "地点：某某街道文化广场",
    ]
    doc = _one([
        "某某市妇幼保健院 某某市妇女儿童医院",
        "「 二级甲等妇幼保健院 · 爱婴医院 」",
        "首 页 / 走进妇幼 / 妇幼新闻 / 健康宣教 / 孕产保健 / 儿童保健 / 妇女保健 / 联系我们",
        "热线电话 0000-8455120",
        "首页 ＞ 妇幼新闻 ＞ 活动预告",
        "【义诊预告】9月18日，妇幼专家在某某街道等您",
        "2021-09-15 17:08  |  来源：医务科  |  浏览：1,043",
        *body,
    ])
    assert doc.title == "【义诊预告】9月18日，妇幼专家在某某街道等您"
    assert _lines(doc) == body


def test_what_pages_ask_and_count_of_their_readers_goes_wherever_it_stands() -> None:
    """Lines a page prints for its readers between and under the article's paragraphs: whether it
    solved their problem, the comment box and its count, a live interview's closing notice, how many
    cooked the dish or read the piece, the account to follow for its services, a plea to pass it on,
    the share and phone buttons, the previous and next issues, a path from the home page, a back-to-top
    row, a toolbar's copy-link button, a search box with its hot words. They all go; sentences about
    the same things stay."""
    chrome = [
        "这条帮助是否解决了您的问题？",
        "请输入评论内容…　发送",
        "互动评论（412）",
        "本期访谈已结束，感谢您的参与！",
        "864 人做过这道菜",
        "1.3万 阅读",
        "关注“某某人社”微信公众号，随时随地查社保",
        "关注医院微信公众号 预约挂号免排队",
        "转发提醒身边的准妈妈和宝爸宝妈吧",
        "微信扫一扫，分享到朋友圈",
        "扫一扫，手机看",
        "上一期：春季流感高发 专家教您科学防护",
        "首页 > 妇幼新闻 > 活动预告",
        "回上一頁　回頁首",
        "手机看新闻",
        "[ 收藏 ] [ 打印 ] [ 复制链接 ]",
        "请输入关键字　搜索　热搜：社保缴费 公积金 不动产登记",
        "【无障碍浏览】 【长者模式】   手机版 | 微信 | 微博",
    ]
    kept = [
        "本期访谈结束后，专家还将在门诊为群众现场解答疑问，市民可提前电话预约。",
        "群众关注“某某人社”微信公众号后，可以随时随地查询个人社保缴费记录，十分方便。",
    ]
    for line in chrome:
        doc = _one(["某某医院开展社区健康宣教", "2023-05-06 来源：某某日报", BODY[0], line, BODY[1]])
        assert _lines(doc) == BODY, line
    for line in kept:
        doc = _one(["某某医院开展社区健康宣教", "2023-05-06 来源：某某日报", BODY[0], line, BODY[1]])
        assert _lines(doc) == [BODY[0], line, BODY[1]], line


def test_a_hospital_sites_row_of_service_lines_goes() -> None:
    """A hospital's header or sidebar row of its numbers (总机, 预约挂号, 急诊) goes wherever it stands;
    the numbers the article's last sentence points to, and a notice's own contacts, stay."""
    for row in ["医院总机：0000-8501000 | 预约挂号：0000-8501234 | 放疗咨询：0000-8501266", "急诊电话：0000-8812120  预约挂号：0000-8812333"]:
        doc = _one(["某某医院开展院感防控督导", "2023-05-06 来源：某某日报", BODY[0], row, BODY[1]])
        assert _lines(doc) == BODY, row
    pointed = [*BODY, "市民如遇情绪困扰，可拨打中心心理援助热线寻求帮助。", "心理援助热线:0000-85122525(24小时) 门诊预约电话:0000-85122000"]
    doc = _one(["某某中心开展世界精神卫生日宣传", "2023-10-11 来源：某某日报", *pointed, "网站声明 | 隐私政策 | 网站地图"])
    assert _lines(doc) == pointed


def test_a_self_media_pages_header_gives_the_headline() -> None:
    """Self-media and app pages: a site's slogan over the headline (让新闻离你更近), the account's
    name under the post's time, a header's 登录 button and a time with the region glued to it
    (`2024-04-12 16:33湖南`). The headline is the title each time, and the time is read."""
    body = ["3月26日，记者从某某市卫生健康委获悉，自4月1日起，全市二级及以上公立医院检查检验结果互认项目扩大到206项。"]
    title = "某某4月1日起扩大检查检验结果互认 206个项目45家医院通用"
    doc = _one(["某某新闻", "让新闻离你更近", "", title, "某某新闻记者 许某 通讯员 余某晨", "2025/03/27 07:30", "来源：某某日报", *body])
    assert doc.title == title
    assert doc.authors == ["许某", "余某晨"]
    title = "凌晨突发心梗，58分钟打通“生命通道”！某某县人民医院胸痛中心又一次跑赢死神"
    doc = _one(["健康 > 正文", "", title, "2017-06-21 09:47", "某某健康圈", "", "文/通讯员 周某敏 孙某", "", *body])
    assert doc.title == title
    assert doc.published == "2017-06-21T09:47"
    title = "失眠、打鼾、白天犯困？某某市人民医院睡眠医学中心开诊了"
    doc = _one(["某某首页", "登录", title, "健康某某说", "2024-04-12 16:33湖南", "关注", "", "通讯员 丁某 文/图", "", *body])
    assert doc.title == title
    assert doc.published == "2024-04-12T16:33"
    assert doc.authors == ["丁某"]


def test_a_portals_header_date_with_the_weather_and_a_platform_badge_go() -> None:
    """A county portal's header date with the place and the day's weather after it, a platform's
    badge for the account that posted, and a Q&A page's 好问题 count: none of them is the article's."""
    for line in ["今天是：2024年11月26日 星期二　某某区 阴转小雨 8℃~14℃ 东北风3级", "人民号 · 某某市卫生健康委员会官方账号", "好问题 12"]:
        doc = _one(["某某医院开展院感防控督导", "2023-05-06 来源：某某日报", BODY[0], line, BODY[1]])
        assert _lines(doc) == BODY, line


def _institutions(lines: list[str]) -> list[str]:
    """The institutions of the records the chain makes of a page given as its lines, in order."""
    from cleaner.api import clean_text

    return [d.institution for d in clean_text("\n".join(lines)) if d.institution]


def test_a_roundup_whose_lead_says_each_unit_did_its_part() -> None:
    """A commission's roundup whose lead says the units worked `按照职责分工` (by their division of
    duties), each section headed by the institution's name after a bullet and told in its short
    form (医院…, 市疾控中心…): a report, not a notice assigning duties, so one record a section."""
    sections = [
        ("澄川市第一人民医院", "医院组建了由急诊科、骨科、普外科骨干组成的4支医疗救援队，24小时待命，已转运救治受伤群众16人。"),
        ("澄川市疾病预防控制中心", "市疾控中心派出3个消杀工作组和2个流调组，分赴受灾地区，指导开展饮用水消毒和环境消杀。"),
        ("澄川市妇幼保健院", "针对安置点内的孕产妇和婴幼儿，市妇幼保健院建立了专门台账，逐一摸排登记，派出医生巡回诊疗。"),
    ]
    lines = [
        "入汛以来，澄川市遭遇多轮强降雨袭击。市卫生健康系统第一时间启动应急响应，各医疗卫生单位按照职责分工，全力以赴做好伤病员救治和灾后防疫工作。",
    ]
    for name, para in sections:
        lines += ["", f"◆ {name}", para]
    assert _institutions(lines) == [name for name, _ in sections]


def test_a_roundup_headed_by_names_in_tortoise_shell_brackets() -> None:
    """A county roundup whose sections are headed 〔溪口县人民医院〕: one record a section."""
    sections = [
        ("溪口县人民医院", "12月3日，该院组织心内科、骨科、眼科等科室的18名专家来到某某村，为村民义诊，发放药品价值3000余元。"),
        ("溪口县中医院", "该院医疗队在某某镇开展“中医药进村入户”活动，现场为村民提供针灸、拔罐、艾灸等中医适宜技术服务。"),
        ("溪口县第二人民医院", "医院与某某镇卫生院联合开展巡回义诊，重点为建档立卡贫困户中的高血压、糖尿病患者调整用药方案。"),
    ]
    lines = ["入冬以来，我县各医疗卫生单位组织医疗队深入全县21个贫困村开展义诊活动，把优质医疗服务送到群众家门口。"]
    for name, para in sections:
        lines += [f"〔{name}〕", para]
    assert _institutions(lines) == [name for name, _ in sections]
