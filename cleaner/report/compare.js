/* The comparison page's only script. Like the run report, scraped text is inserted as text nodes
   only. Whitespace-only changes are hidden unless the header's toggle is on. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var RULE_IX = new Map();
  D.rule_ids.forEach(function (r, i) { RULE_IX.set(r, i); });
  var SHOW_WS = false, RULE = '';

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'onclick') e.addEventListener('click', v);
        else e.setAttribute(k, String(v));
      }
    }
    Array.prototype.slice.call(arguments, 2).flat().forEach(function (c) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    });
    return e;
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); return n; }
  function fmt(n) { return n === undefined || n === null ? '' : Number(n).toLocaleString('en-US'); }
  function visible(s) { return /^\s+$/.test(s) ? s.replace(/\n/g, '\u21b5\n').replace(/[ \t\u3000]/g, '\u00b7') : s; }
  function moves(d, kind) { return d[kind].filter(function (c) { return SHOW_WS || !c.ws; }); }
  function shownDocs() {
    return D.docs.map(function (d, i) { return i; }).filter(function (i) {
      var d = D.docs[i], app = moves(d, 'appeared'), van = moves(d, 'vanished');
      if (RULE) return app.concat(van).some(function (c) { return c.rule === RULE; });
      if (d.status === 'whitespace' && !SHOW_WS) return app.length || van.length;
      return d.status !== 'same' || app.length || van.length;
    });
  }

  function renderSummary() {
    var sb = D.summaries[0] || {}, sa = D.summaries[1] || {};
    $('run-info').textContent = D.names[0] + ' → ' + D.names[1];
    var stats = clear($('stats'));
    [['records changed', D.counts.changed], ['only after', D.counts.added], ['only before', D.counts.removed],
     ['whitespace only', D.counts.whitespace], ['unchanged', D.counts.same], ['records out before', sb.records], ['records out after', sa.records]].forEach(function (kv) {
      stats.append(el('div', { 'class': 'stat', 'data-stat': kv[0] }, el('b', null, fmt(kv[1])), kv[0]));
    });
    var t = clear($('rule-table'));
    t.append(el('tr', null, el('th', null, 'stage'), el('th', null, 'rule'), el('th', { 'class': 'num' }, 'appeared'),
      el('th', { 'class': 'num' }, 'chars'), el('th', { 'class': 'num' }, 'vanished'), el('th', { 'class': 'num' }, 'chars')));
    D.rules.forEach(function (r) {
      var ri = RULE_IX.get(r.rule);
      t.append(el('tr', { 'data-rule': r.rule }, el('td', null, r.stage),
        el('td', null, el('button', { type: 'button', 'class': 'chip r' + ri, 'data-rule': r.rule,
          onclick: function () { RULE = r.rule; renderDocs(); } }, r.rule)),
        el('td', { 'class': 'num', 'data-appeared': r.appeared }, fmt(r.appeared)), el('td', { 'class': 'num' }, fmt(r.appeared_chars)),
        el('td', { 'class': 'num', 'data-vanished': r.vanished }, fmt(r.vanished)), el('td', { 'class': 'num' }, fmt(r.vanished_chars))));
    });
    if (!D.rules.length) t.append(el('tr', null, el('td', { colspan: 6, 'class': 'muted' }, 'no removal appeared or vanished')));
    renderDocs();
  }
  function renderDocs() {
    var rows = shownDocs(), t = clear($('doc-table'));
    $('f-clear').hidden = !RULE;
    $('doc-count').textContent = fmt(rows.length);
    $('doc-count').setAttribute('data-count', rows.length);
    t.append(el('tr', null, el('th', null, 'document'), el('th', null, 'status'), el('th', null, 'fields changed'),
      el('th', { 'class': 'num' }, 'appeared'), el('th', { 'class': 'num' }, 'vanished')));
    rows.forEach(function (i) {
      var d = D.docs[i];
      t.append(el('tr', { 'data-id': d.id, 'data-status': d.status }, el('td', null, el('a', { href: '#doc/' + i }, d.id)),
        el('td', null, el('span', { 'class': 'flag ' + d.status }, d.status)), el('td', null, d.fields.join(', ')),
        el('td', { 'class': 'num' }, fmt(moves(d, 'appeared').length)), el('td', { 'class': 'num' }, fmt(moves(d, 'vanished').length))));
    });
    if (!rows.length) t.append(el('tr', null, el('td', { colspan: 5, 'class': 'muted' }, 'no document differs')));
  }

  // Paragraph-level LCS diff of the two cleaned texts, for the side-by-side view.
  function diffParas(a, b) {
    var A = a.split('\n'), B = b.split('\n'), n = A.length, m = B.length;
    if (n * m > 4000000) return null;
    var L = [];
    for (var i = 0; i <= n; i++) L.push(new Uint32Array(m + 1));
    for (i = n - 1; i >= 0; i--) for (var j = m - 1; j >= 0; j--) L[i][j] = A[i] === B[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
    var left = [], right = [];
    i = 0; j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && A[i] === B[j]) { left.push([A[i], '']); right.push([B[j], '']); i++; j++; }
      else if (j < m && (i >= n || L[i][j + 1] >= L[i + 1][j])) { left.push(['', 'd-gap']); right.push([B[j], 'd-add']); j++; }
      else { left.push([A[i], 'd-del']); right.push(['', 'd-gap']); i++; }
    }
    return [left, right];
  }
  function paraBox(rows, id) {
    var box = el('div', { 'class': 'text', id: id });
    rows.forEach(function (r) { box.append(el('p', { 'class': r[1] }, r[0] || '\u00a0')); });
    return box;
  }
  function changeList(title, list, id) {
    var box = el('div', { id: id }, el('h3', null, title + ' (' + list.length + ')'));
    list.forEach(function (c) {
      var ri = RULE_IX.get(c.rule);
      // The rule's label opens its removal.
      box.append(el('div', { 'class': 'move', 'data-rule': c.rule }, el('span', { 'class': 'tag r' + ri, 'data-tag': c.rule }, c.rule),
        el('del', { 'class': 'rm r' + ri, title: c.stage + '/' + c.rule + ' ' + c.start + '–' + c.end }, visible(c.removed)),
        c.replacement ? el('ins', { 'class': 'rep' }, visible(c.replacement)) : null));
    });
    if (!list.length) box.append(el('p', { 'class': 'muted' }, 'none'));
    return box;
  }
  function renderDoc(i) {
    var d = D.docs[i], v = clear($('view-doc'));
    v.setAttribute('data-doc', d.id);
    v.append(el('p', null, el('a', { href: '#' }, '‹ all documents')), el('h2', null, d.id),
      el('p', { 'class': 'muted' }, d.status + (d.fields.length ? ' · fields changed: ' + d.fields.join(', ') : '') +
        (d.whitespace_hidden && !SHOW_WS ? ' · ' + d.whitespace_hidden + ' whitespace-only changes hidden' : '')));
    var b = d.before ? d.before.text : '', a = d.after ? d.after.text : '';
    v.append(el('div', { 'class': 'side muted' }, el('span', null, 'before: ' + D.names[0] + (d.before && d.before.dropped ? ' (dropped by ' + d.before.dropped + ')' : '')),
      el('span', null, 'after: ' + D.names[1] + (d.after && d.after.dropped ? ' (dropped by ' + d.after.dropped + ')' : ''))));
    var sides = diffParas(b, a);
    v.append(sides ? el('div', { 'class': 'side' }, paraBox(sides[0], 'side-before'), paraBox(sides[1], 'side-after'))
      : el('div', { 'class': 'side' }, el('div', { 'class': 'text', id: 'side-before' }, b), el('div', { 'class': 'text', id: 'side-after' }, a)));
    v.append(el('div', { 'class': 'side' }, changeList('Removals that appeared', moves(d, 'appeared'), 'appeared'),
      changeList('Removals that vanished', moves(d, 'vanished'), 'vanished')));
  }
  function route() {
    var parts = location.hash.replace(/^#/, '').split('/');
    var doc = parts[0] === 'doc' && D.docs[+parts[1]] ? +parts[1] : -1;
    if (doc >= 0) renderDoc(doc);
    $('view-doc').hidden = doc < 0;
    $('view-summary').hidden = doc >= 0;
    window.scrollTo(0, 0);
  }
  $('show-ws').addEventListener('change', function () { SHOW_WS = this.checked; renderDocs(); route(); });
  $('f-clear').addEventListener('click', function () { RULE = ''; renderDocs(); });
  renderSummary();
  window.addEventListener('hashchange', route);
  $('loading').remove();
  route();
  document.body.setAttribute('data-ready', '1');
})();
