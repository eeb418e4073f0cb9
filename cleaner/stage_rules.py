"""The rule ids that stages log without a rule file, with what each one does.

The report, `explain` and the change log name these ids beside the ids of `rules/*.yaml`;
`--disable ID` accepts both. `STAGE_RULES` holds the shipped stages' ids; a stage added to the
chain declares its own in its class (`Stage.rule_ids`), and `stage_rules()` gathers both in chain
order, so that validation, help and the report agree.
"""

from __future__ import annotations

# stage -> {rule id: what it does}. Segmentation is left out: its ids are how a roundup is cut
# into records, and `--no-segment` is the switch for that.
STAGE_RULES: dict[str, dict[str, str]] = {
    "maincontent": {
        "html_nav": "an HTML page's navigation or menu block",
        "html_header": "an HTML page's header block",
        "html_footer": "an HTML page's footer (copyright, ICP, address)",
        "html_aside": "an HTML page's sidebar",
        "html_breadcrumb": "an HTML page's breadcrumb",
        "html_share": "an HTML page's share bar",
        "html_comment_box": "an HTML page's comment section",
        "html_author_box": "the writer's bio box under an HTML page's article",
        "html_related": "an HTML page's related, recommended or paging links",
        "html_ad": "an HTML page's advertisement",
        "html_form": "an HTML page's form (search, login)",
        "html_link_list": "a block of an HTML page that is mostly links",
        "html_image_alt": "an image's alt text outside the article's captions",
        "html_image_caption": "a short line right under an image in the article, before its next paragraph",
        "html_outside_main": "a block of an HTML page outside its main content",
    },
    "normalize": {
        "line_endings": "CRLF and CR line endings become LF",
        "control_chars": "control characters removed",
        "invisible_chars": "zero-width and other invisible characters removed",
        "icon_glyphs": "an icon font's private-use glyphs removed (one between two letters stays)",
        "html_entities": "an HTML entity left in the text (&ldquo;, &nbsp;, &#8212;) becomes its character",
        "markdown_links": "a Markdown link ([words](https://…)) becomes its words",
        "markdown_bold": "a line set in Markdown bold as a whole (**推荐阅读**) loses its marks",
        "nfc": "Unicode NFC normalization",
        "odd_spaces": "non-breaking, full-width and other odd spaces become a space",
        "trailing_spaces": "spaces at the end of a line removed",
        "leading_spaces": "spaces at the start of a line removed",
        "space_runs": "runs of spaces become one",
        "blank_lines": "runs of blank lines become one line break",
        "edge_blank_lines": "blank lines at the start and end removed",
    },
    "metadata": {
        "title": "the title line, lifted into `title`",
        "subtitle": "a subtitle line, lifted into metadata",
        "title_translation": "the headline in a second script (Tibetan, Uyghur, Mongolian) under it, lifted into metadata",
        "banner": "a page banner above the title, lifted into metadata",
        "search_box": "a search box's prompt above the title (请输入关键词 搜索)",
        "menu": "a site's menu items and header buttons, one a line above the title (新闻 / 视频 / 登录)",
        "column_name": "the site column line, lifted into metadata",
        "sidebar_box": "a sidebar's box above the title: its heading, its paragraph and its link (科室简介 / … / 查看详情>>)",
        "site_notice": "a site's notice over its menus and the title with its dated bar (温馨提示:…谨防上当受骗!)",
        "published": "a date line, lifted into `published`",
        "header_date": "a page header's date of the day (not the article's), lifted into metadata",
        "byline": "a byline, lifted into `authors` and credits",
        "source_line": "a 来源 / 原标题 line, lifted into metadata",
        "info_line": "a line of several lifted fields (date, source, author, views)",
        "kicker": "a paper's kicker (引题) over its headline, lifted into metadata",
        "account_name": "the posting account's line (a microblog's poster, a news app's `某某APP · 某某融媒体中心`), lifted into metadata",
        "account_card": "a channel account's card under its line: what it says of itself over its follow button, its slogan under its follow prompt",
        "capture_header": "a search engine's cached copy, a feed reader's or a web archive's note over the page (某某快照:本页面是 … 的缓存副本)",
        "export_header": "an export tool's bracketed header fields besides the title (【站点】, 【链接】, 【导出】)",
        "page_url": "the page's address alone on a line of the head, lifted into metadata",
    },
    "boilerplate": {
        "block_model": "a line the fitted block model scores as page chrome (rules/model/)",
        "account_card_name": "the posting account's name left alone on the article's last line, over its removed follow card",
        "repeated_head": "a later copy of the page's head (its menus, breadcrumb, or the title with a page number: a multi-page article's next page)",
    },
    "repair": {"join_split_paragraph": "a paragraph split mid-sentence joined again"},
    "punctuation": {"cjk_punctuation": "half-width punctuation between CJK characters made full-width"},
    "repeats": {
        "repeat_title": "the title repeated inside the body",
        "repeat_lead": "a lead paragraph repeated as the body's first sentences",
        "repeat_exact": "a paragraph repeating an earlier one",
        "repeat_caption": "an image caption repeating an earlier one",
        "repeat_near": "a paragraph nearly repeating an earlier one",
        "repeat_inner": "a pull quote or a cut-off preview that a paragraph beside it holds in full",
    },
    "templates": {
        "corpus_template": "site template text shared by many documents of the batch",
        "corpus_shared": "a long paragraph shared with another article (--shared-paragraphs drop)",
    },
}


def stage_rules() -> dict[str, dict[str, str]]:
    """stage -> {rule id: what it does} for every stage of the chain, in chain order."""
    from .chain import CHAIN

    out = {stage: dict(ids) for stage, ids in STAGE_RULES.items()}
    for cls in CHAIN:
        if cls.rule_ids:
            out[cls.name] = {**out.get(cls.name, {}), **cls.rule_ids}
    order = {cls.name: i for i, cls in enumerate(CHAIN)}
    return dict(sorted(out.items(), key=lambda kv: order.get(kv[0], len(order))))


def stage_rule_ids() -> dict[str, str]:
    """rule id -> the stage that logs it."""
    return {rid: stage for stage, ids in stage_rules().items() for rid in ids}


# Ids a stage logs that cannot be switched off one by one, and the option that governs them.
NOT_DISABLEABLE: dict[str, str] = {
    "section_heading": "--no-segment",
    "section_edge": "--no-segment",
    "other_institution": "--no-segment",
    "misplaced_paragraph": "--no-segment",
}


def describe(rule_id: str) -> str | None:
    """What a stage-level rule id does, or None for an id of a rule file."""
    for ids in stage_rules().values():
        if rule_id in ids:
            return ids[rule_id]
    return None
