/* The report's only script. Scraped text is inserted with textContent / text nodes only, never as
   markup; links point only at "#..." routes built from numbers. Views are built when opened so a
   large run opens quickly. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var PAGE = 100;
  var RULES = D.rules, STAGES = D.stages, DOCS = D.docs, PARENTS = D.parents;
  var SUMMARY = D.summary || null;

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = String(v);
        else if (k === 'onclick') e.addEventListener('click', v);
        else e.setAttribute(k, String(v));
      }
    }
    var kids = Array.prototype.slice.call(arguments, 2).flat();
    for (var i = 0; i < kids.length; i++) {
      var c = kids[i];
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function ruleTitle(ri) {
    var r = RULES[ri];
    return r.id + (r.description ? ' — ' + r.description : '') + ' (' + r.stage + ')';
  }

  // -- per-document facts, computed once ------------------------------------------------
  var idIndex = new Map();
  DOCS.forEach(function (d, i) {
    idIndex.set(d.id, i);
    var rules = new Set(), stages = new Set(), removed = 0;
    for (var j = 0; j < d.ch.length; j++) {
      var c = d.ch[j];
      stages.add(c[0]); rules.add(c[1]);
      removed += Math.max(0, (c[3] - c[2]) - c[4].length);
    }
    d._rules = rules; d._stages = stages; d._removed = removed;
    d._meta = (d.rec && d.rec.metadata) || {};
  });
  // Clusters: every record naming another as the one it duplicates.
  var clusters = new Map();
  DOCS.forEach(function (d, i) {
    var of = d._meta.dup_of;
    if (of === undefined || of === null) return;
    if (!clusters.has(of)) clusters.set(of, []);
    clusters.get(of).push(i);
  });
  var clusterList = Array.from(clusters.keys()).sort();
  clusterList.forEach(function (kept) {
    var ki = idIndex.get(kept);
    if (ki !== undefined) DOCS[ki]._dups = true;
    clusters.get(kept).forEach(function (i) { DOCS[i]._dups = true; });
  });
  var roundups = [];
  var childrenOf = new Map();
  DOCS.forEach(function (d, i) {
    if (d.par === null || d.par === undefined) return;
    if (!childrenOf.has(d.par)) { childrenOf.set(d.par, []); roundups.push(d.par); }
    childrenOf.get(d.par).push(i);
  });

  function originalOf(d) {
    if (d.orig !== undefined && d.orig !== null) return d.orig;
    if (d._orig !== undefined) return d._orig;
    var pieces = PARENTS[d.par].pieces, s = '';
    for (var i = 0; i < pieces.length; i++) {
      var off = pieces[i][0], t = pieces[i][1];
      if (off <= d.off && d.off + d.len <= off + t.length) { s = t.slice(d.off - off, d.off - off + d.len); break; }
    }
    d._orig = s;
    return s;
  }
  function cleanedOf(d) {
    if (d.text !== undefined && d.text !== null) return d.text;
    var o = originalOf(d), out = [], pos = 0;
    for (var i = 0; i < d.ch.length; i++) {
      var c = d.ch[i];
      out.push(o.slice(pos, c[2]), c[4]);
      pos = c[3];
    }
    out.push(o.slice(pos));
    return out.join('');
  }

  // -- routing ---------------------------------------------------------------------------
  var views = ['summary', 'documents', 'doc', 'duplicates', 'roundups'];
  function show(name) {
    views.forEach(function (v) { $('view-' + v).hidden = v !== name; });
    var navName = name === 'doc' ? 'documents' : name;
    document.querySelectorAll('nav a').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-view') === navName);
    });
  }
  function route() {
    var h = location.hash.replace(/^#/, '');
    var parts = h.split('/');
    if (parts[0] === 'doc' && parts.length > 1 && DOCS[+parts[1]]) { renderDoc(+parts[1]); show('doc'); }
    else if (parts[0] === 'documents') { renderList(); show('documents'); }
    else if (parts[0] === 'duplicates') { renderDuplicates(parts.length > 1 ? +parts[1] : -1); show('duplicates'); }
    else if (parts[0] === 'roundups') { renderRoundups(parts.length > 1 ? +parts[1] : -1); show('roundups'); }
    else { show('summary'); }
    window.scrollTo(0, 0);
  }

  // -- summary -----------------------------------------------------------------------------
  function summaryChanges() {
    if (SUMMARY && Array.isArray(SUMMARY.changes)) return SUMMARY.changes;
    var m = new Map();
    DOCS.forEach(function (d) {
      d.ch.forEach(function (c) {
        var key = STAGES[c[0]] + '\u0000' + RULES[c[1]].id;
        var e = m.get(key) || { stage: STAGES[c[0]], rule: RULES[c[1]].id, count: 0, chars_removed: 0 };
        e.count += 1; e.chars_removed += Math.max(0, (c[3] - c[2]) - c[4].length);
        m.set(key, e);
      });
    });
    return Array.from(m.values());
  }
  var ruleIndex = new Map();
  RULES.forEach(function (r, i) { ruleIndex.set(r.id, i); });

  function bars(container, rows, kind) {
    var max = 1;
    rows.forEach(function (r) { max = Math.max(max, r.chars); });
    rows.forEach(function (r) {
      var label;
      if (kind === 'rule') {
        var ri = ruleIndex.get(r.key);
        label = el('button', { type: 'button', 'class': 'chip ' + (ri === undefined ? 'plain' : 'r' + ri),
          'data-rule': r.key, 'data-count': r.count, title: ri === undefined ? r.key : ruleTitle(ri),
          onclick: function () { setFilters({ rule: r.key }); location.hash = '#documents'; } }, r.key);
      } else {
        label = el('button', { type: 'button', 'class': 'chip plain', 'data-stage': r.key,
          onclick: function () { setFilters({ stage: r.key }); location.hash = '#documents'; } }, r.key);
      }
      var bar = el('div', { 'class': 'bar ' + (kind === 'rule' && ruleIndex.has(r.key) ? 'r' + ruleIndex.get(r.key) : 'stage') });
      bar.style.width = (100 * r.chars / max).toFixed(2) + '%';
      container.append(label, el('div', { 'class': 'bar-track' }, bar),
        el('span', { 'class': 'num muted' }, fmt(r.count) + (r.count === 1 ? ' change · ' : ' changes · ') + fmt(r.chars) + ' chars'));
    });
    if (!rows.length) container.append(el('span', { 'class': 'muted' }, 'no changes'));
  }

  function renderSummary() {
    var s = SUMMARY || {};
    var docsOut = DOCS.filter(function (d) { return !d.dropped; }).length;
    // Every figure here is the one the header and the tabs show: inputs read = header, documents in
    // this report = the Documents tab (records out + documents dropped), clusters and roundups = tabs.
    var stats = [
      ['inputs read', s.inputs_read], ['documents read', s.documents], ['skipped', (s.skipped || []).length],
      ['empty', (s.empty || []).length], ['documents in this report', DOCS.length],
      ['records out', s.records !== undefined ? s.records : docsOut],
      ['documents dropped', s.duplicates !== undefined ? s.duplicates : DOCS.length - docsOut], ['duplicate clusters', clusterList.length],
      ['roundups split', roundups.length], ['characters in', s.chars_in], ['characters out', s.chars_out]
    ];
    if (s.chars_in) stats.push(['removed', (100 * (s.chars_in - s.chars_out) / s.chars_in).toFixed(1) + '%']);
    var box = $('stats');
    stats.forEach(function (kv) {
      if (kv[1] === undefined || kv[1] === null) return;
      box.append(el('div', { 'class': 'stat', 'data-stat': kv[0] }, el('b', null, typeof kv[1] === 'number' ? fmt(kv[1]) : kv[1]), kv[0]));
    });
    var ch = summaryChanges();
    var perRule = new Map(), perStage = new Map();
    ch.forEach(function (c) {
      var a = perRule.get(c.rule) || { key: c.rule, count: 0, chars: 0 };
      a.count += c.count; a.chars += c.chars_removed; perRule.set(c.rule, a);
      var b = perStage.get(c.stage) || { key: c.stage, count: 0, chars: 0 };
      b.count += c.count; b.chars += c.chars_removed; perStage.set(c.stage, b);
    });
    var byChars = function (a, b) { return b.chars - a.chars || b.count - a.count || (a.key < b.key ? -1 : 1); };
    bars($('bars-rule'), Array.from(perRule.values()).sort(byChars), 'rule');
    var stageRows = Array.from(perStage.values());
    stageRows.sort(function (a, b) { return STAGES.indexOf(a.key) - STAGES.indexOf(b.key); });
    bars($('bars-stage'), stageRows, 'stage');
    var skipped = s.skipped || [];
    if (skipped.length || (s.empty || []).length) {
      var sb = $('skipped-box');
      sb.append(el('h2', null, 'Inputs skipped'));
      var t = el('table', { 'class': 'skipped' }, el('tr', null, el('th', null, 'input'), el('th', null, 'reason')));
      skipped.forEach(function (k) {
        t.append(el('tr', null, el('td', null, k.source), el('td', null, k.reason + (k.hint ? ' (' + k.hint + ')' : ''))));
      });
      (s.empty || []).forEach(function (src) { t.append(el('tr', null, el('td', null, src), el('td', null, 'empty: no record'))); });
      sb.append(t);
    }
    var known = ['inputs_read', 'documents', 'skipped', 'empty', 'records', 'duplicates', 'chars_in', 'chars_out',
      'split', 'changes', 'notes', 'note_counts', 'notes_not_listed', 'type'];
    var extra = Object.keys(s).filter(function (k) { return known.indexOf(k) < 0; }).sort();
    if (extra.length) {
      var eb = $('extra-box');
      eb.append(el('h2', null, 'Corpus passes'));
      extra.forEach(function (k) {
        eb.append(el('h3', null, k), valueNode(s[k]));
      });
    }
    if ((s.notes || []).length) {
      var nb = $('extra-box');
      nb.append(el('h2', null, 'Notes'));
      var ul = el('ul', { 'class': 'notes' });
      var total = s.notes.length + (s.notes_not_listed || 0);
      if (total > MAX_ROWS) nb.append(el('p', { 'class': 'muted' }, 'The first ' + MAX_ROWS + ' of ' + fmt(total) + ' notes (every record shows its own):'));
      s.notes.slice(0, MAX_ROWS).forEach(function (n) {
        var i = idIndex.get(n.id);
        ul.append(el('li', null, i === undefined ? String(n.id) : el('a', { href: '#doc/' + i }, n.id),
          ': ' + n.stage + '/' + n.rule + ': ' + n.message));
      });
      nb.append(ul);
    }
    var inputs = (D.run && D.run.inputs) || [];
    var read = s.inputs_read !== undefined ? fmt(s.inputs_read) + ' inputs read' : inputs.join(' ');
    $('run-info').textContent = 'cleaner ' + ((D.run && D.run.version) || '') + (read ? ' · ' + read : '');
    $('run-info').title = 'given: ' + inputs.join('\n');
    $('nav-docs').textContent = fmt(DOCS.length);
    $('nav-dups').textContent = fmt(clusterList.length);
    $('nav-roundups').textContent = fmt(roundups.length);
  }

  // A summary figure contributed by a corpus pass: a list of rows becomes a table, a mapping a
  // two-column table, anything else its text.
  var MAX_ROWS = 200;
  function valueNode(v) {
    if (Array.isArray(v) && v.length && v.every(function (r) { return r && typeof r === 'object' && !Array.isArray(r); })) {
      var cols = [];
      v.forEach(function (r) { Object.keys(r).forEach(function (c) { if (cols.indexOf(c) < 0) cols.push(c); }); });
      var t = el('table', { 'class': 'kv' }, el('tr', null, cols.map(function (c) { return el('th', null, c); })));
      v.slice(0, MAX_ROWS).forEach(function (r) {
        t.append(el('tr', null, cols.map(function (c) {
          var x = r[c];
          return el('td', { 'class': typeof x === 'number' ? 'num' : null }, x === undefined || x === null ? '' : (typeof x === 'object' ? JSON.stringify(x) : String(x)));
        })));
      });
      if (v.length > MAX_ROWS) t.append(el('tr', null, el('td', { colspan: cols.length, 'class': 'muted' }, '… ' + fmt(v.length - MAX_ROWS) + ' more')));
      return t;
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return kvTable(Object.keys(v).sort().map(function (k) { return [k, v[k]]; }));
    }
    if (Array.isArray(v)) return el('p', { 'class': 'muted' }, v.length ? v.join(', ') : 'none');
    return el('p', null, String(v));
  }

  // -- document list -------------------------------------------------------------------------
  var filters = { q: '', rule: '', stage: '', dups: false, split: false }, page = 0, filtered = null;
  function setFilters(f) {
    for (var k in f) filters[k] = f[k];
    $('f-search').value = filters.q; $('f-rule').value = filters.rule; $('f-stage').value = filters.stage;
    $('f-dups').checked = filters.dups; $('f-split').checked = filters.split;
    filtered = null; page = 0;
  }
  function applyFilters() {
    var q = filters.q.trim().toLowerCase();
    var ri = filters.rule ? ruleIndex.get(filters.rule) : undefined;
    var si = filters.stage ? STAGES.indexOf(filters.stage) : -1;
    var out = [];
    for (var i = 0; i < DOCS.length; i++) {
      var d = DOCS[i];
      if (filters.rule && (ri === undefined || !d._rules.has(ri))) continue;
      if (filters.stage && !d._stages.has(si)) continue;
      if (filters.dups && !d._dups) continue;
      if (filters.split && (d.par === null || d.par === undefined)) continue;
      if (q && d.id.toLowerCase().indexOf(q) < 0 && d.src.toLowerCase().indexOf(q) < 0 &&
          originalOf(d).toLowerCase().indexOf(q) < 0) continue;
      out.push(i);
    }
    return out;
  }
  function flags(d) {
    var f = el('span');
    if (d.dropped) f.append(el('span', { 'class': 'flag dropped' }, 'dropped by ' + d.dropped));
    if (d._meta.dup_of !== undefined && d._meta.dup_of !== null) f.append(el('span', { 'class': 'flag dup' }, 'duplicate'));
    else if (d._dups) f.append(el('span', { 'class': 'flag dup' }, 'has duplicates'));
    if (d.par !== null && d.par !== undefined) f.append(el('span', { 'class': 'flag split' }, 'split record'));
    if (d.kind) f.append(el('span', { 'class': 'flag' }, d.kind));
    var inst = d.rec && d.rec.institution;
    if (inst) f.append(el('span', { 'class': 'flag' }, [].concat(inst).join('、')));
    if (d.text !== undefined) f.append(el('span', { 'class': 'flag dropped' }, 'replay mismatch'));
    return f;
  }
  function renderList() {
    if (filtered === null) filtered = applyFilters();
    var pages = Math.max(1, Math.ceil(filtered.length / PAGE));
    page = Math.min(page, pages - 1);
    var body = clear($('doc-rows'));
    var frag = document.createDocumentFragment();
    filtered.slice(page * PAGE, page * PAGE + PAGE).forEach(function (i) {
      var d = DOCS[i];
      frag.append(el('tr', { 'data-id': d.id },
        // The file name leads: long paths would otherwise hide the part that tells records apart.
        el('td', { 'class': 'clip' }, el('a', { href: '#doc/' + i, title: d.id }, d.id.slice(d.id.lastIndexOf('/') + 1) || d.id)),
        el('td', { 'class': 'clip', title: d.src }, d.src),
        el('td', { 'class': 'num' }, fmt(d.ch.length)),
        el('td', { 'class': 'num' }, fmt(d._removed)),
        el('td', null, flags(d))));
    });
    body.append(frag);
    $('f-count').textContent = fmt(filtered.length) + ' of ' + fmt(DOCS.length) + ' documents in this report';
    $('f-count').setAttribute('data-count', filtered.length);
    $('pg-info').textContent = 'page ' + (page + 1) + ' of ' + pages;
    $('pg-prev').disabled = page === 0;
    $('pg-next').disabled = page >= pages - 1;
  }
  function initList() {
    RULES.map(function (r, i) { return [r.id, i]; }).sort().forEach(function (p) {
      $('f-rule').append(el('option', { value: p[0] }, p[0]));
    });
    STAGES.forEach(function (s) { $('f-stage').append(el('option', { value: s }, s)); });
    var timer = null;
    $('f-search').addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { setFilters({ q: $('f-search').value }); renderList(); }, 150);
    });
    $('f-rule').addEventListener('change', function () { setFilters({ rule: this.value }); renderList(); });
    $('f-stage').addEventListener('change', function () { setFilters({ stage: this.value }); renderList(); });
    $('f-dups').addEventListener('change', function () { setFilters({ dups: this.checked }); renderList(); });
    $('f-split').addEventListener('change', function () { setFilters({ split: this.checked }); renderList(); });
    $('f-clear').addEventListener('click', function () { setFilters({ q: '', rule: '', stage: '', dups: false, split: false }); renderList(); });
    $('pg-prev').addEventListener('click', function () { page -= 1; renderList(); });
    $('pg-next').addEventListener('click', function () { page += 1; renderList(); });
  }

  // -- document view --------------------------------------------------------------------------
  // Whitespace removals would be invisible when struck through: show them as symbols.
  function visible(s) { return /^\s+$/.test(s) ? s.replace(/\n/g, '\u21b5\n').replace(/[ \t\u3000]/g, '\u00b7') : s; }

  // Whitespace-only changes (blank lines, trailing spaces) drown the real removals: hidden unless
  // the reader turns them on (the toggle is remembered across documents).
  var SHOW_WS = false;
  function isWs(d, c) { return !/\S/.test(originalOf(d).slice(c[2], c[3])) && !/\S/.test(c[4]); }
  function shownChanges(d) {
    var out = [];
    d.ch.forEach(function (c, n) { if (SHOW_WS || !isWs(d, c)) out.push(n); });
    return out;
  }
  function annotated(d) {
    var o = originalOf(d), box = el('div', { 'class': 'text', id: 'doc-original' }), pos = 0;
    d.ch.forEach(function (c, n) {
      if (c[2] > pos) box.append(o.slice(pos, c[2]));
      pos = c[3];
      if (!SHOW_WS && isWs(d, c)) { box.append(c[4]); return; }
      var ri = c[1], title = ruleTitle(ri);
      // The rule's label opens its removal, so it cannot be read as a label of the next paragraph.
      box.append(el('span', { 'class': 'tag r' + ri, title: title, 'data-tag': RULES[ri].id }, RULES[ri].id));
      if (c[3] > c[2]) {
        box.append(el('del', { 'class': 'rm r' + ri, title: title, 'data-rule': RULES[ri].id, 'data-change': n },
          visible(o.slice(c[2], c[3]))));
      }
      if (c[4]) box.append(el('ins', { 'class': 'rep', title: title, 'data-rule': RULES[ri].id }, visible(c[4])));
    });
    box.append(o.slice(pos));
    return box;
  }
  function kvTable(rows) {
    var t = el('table', { 'class': 'kv' });
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || (Array.isArray(r[1]) && !r[1].length)) return;
      var v = r[1];
      var cell = v instanceof Node ? v : (typeof v === 'object' ? el('pre', { 'class': 'json' }, JSON.stringify(v, null, 1)) : String(v));
      t.append(el('tr', { 'data-key': r[0] }, el('th', null, r[0]), el('td', null, cell)));
    });
    return t;
  }
  function docLink(id) {
    var i = idIndex.get(id);
    return i === undefined ? el('span', null, String(id)) : el('a', { href: '#doc/' + i }, id);
  }
  function renderDoc(i) {
    var d = DOCS[i], v = clear($('view-doc')), rec = d.rec || {};
    v.setAttribute('data-doc', d.id);
    v.append(el('p', null, el('a', { href: '#documents' }, '‹ all documents')));
    v.append(el('h2', null, rec.title || d.id));
    v.append(el('p', { 'class': 'muted' }, d.id + ' · ' + d.src + (d.enc ? ' · ' + d.enc : '')), flags(d));
    var shown = shownChanges(d), hiddenWs = d.ch.length - shown.length;
    var ruleCounts = new Map();
    shown.forEach(function (n) { var c = d.ch[n]; ruleCounts.set(c[1], (ruleCounts.get(c[1]) || 0) + 1); });
    var legend = el('div', { 'class': 'legend' });
    Array.from(ruleCounts.keys()).sort(function (a, b) { return RULES[a].id < RULES[b].id ? -1 : 1; }).forEach(function (ri) {
      legend.append(el('span', { 'class': 'chip r' + ri, title: ruleTitle(ri) }, RULES[ri].id + ' ×' + ruleCounts.get(ri)));
    });
    var orig = annotated(d);
    var clean = el('div', { 'class': 'text', id: 'doc-cleaned', hidden: 'hidden' }, cleanedOf(d));
    var bOrig = el('button', { type: 'button', 'class': 'on', id: 'show-original' }, 'original with removals');
    var bClean = el('button', { type: 'button', id: 'show-cleaned' }, 'cleaned text');
    bOrig.addEventListener('click', function () { orig.hidden = false; clean.hidden = true; bOrig.className = 'on'; bClean.className = ''; });
    bClean.addEventListener('click', function () { orig.hidden = true; clean.hidden = false; bClean.className = 'on'; bOrig.className = ''; });
    var wsBox = el('input', { type: 'checkbox', id: 'show-ws' });
    wsBox.checked = SHOW_WS;
    wsBox.addEventListener('change', function () { SHOW_WS = wsBox.checked; renderDoc(i); });
    var wsCount = d.ch.length - shownChanges(d).length + (SHOW_WS ? d.ch.filter(function (c) { return isWs(d, c); }).length : 0);
    v.append(el('div', { 'class': 'docbar' }, el('span', { 'class': 'toggle' }, bOrig, bClean),
      el('label', { 'class': 'ws-toggle' }, wsBox, ' show whitespace-only changes (' + fmt(wsCount) + ')'),
      el('span', { 'class': 'muted', id: 'doc-counts', 'data-changes': d.ch.length, 'data-hidden': hiddenWs },
        fmt(d.ch.length) + ' changes' + (hiddenWs ? ' (' + fmt(hiddenWs) + ' whitespace-only hidden)' : '') +
        ', ' + fmt(d._removed) + ' characters removed')), legend, orig, clean);
    if (d.par !== null && d.par !== undefined) {
      v.append(el('p', null, 'Record of the roundup ', el('a', { href: '#roundups/' + d.par }, PARENTS[d.par].id),
        ' (characters ' + d.off + '–' + (d.off + d.len) + ' of it).'));
    }
    if (d._dups) {
      var of = d._meta.dup_of !== undefined && d._meta.dup_of !== null ? d._meta.dup_of : d.id;
      var ci = clusterList.indexOf(of);
      if (ci >= 0) v.append(el('p', null, el('a', { href: '#duplicates/' + ci }, 'Open its duplicate cluster')));
    }
    v.append(el('h3', null, 'Changes'));
    var t = el('table', { 'class': 'changes' }, el('tr', null, el('th', null, '#'), el('th', null, 'stage'), el('th', null, 'rule'),
      el('th', { 'class': 'num' }, 'offsets'), el('th', null, 'before'), el('th', null, 'after')));
    shown.forEach(function (n) {
      var c = d.ch[n], o = originalOf(d);
      t.append(el('tr', { 'data-rule': RULES[c[1]].id },
        el('td', { 'class': 'num' }, n + 1), el('td', null, STAGES[c[0]]),
        el('td', null, el('span', { 'class': 'chip r' + c[1], title: ruleTitle(c[1]) }, RULES[c[1]].id)),
        el('td', { 'class': 'num' }, c[2] + '–' + c[3]),
        el('td', null, el('del', { 'class': 'rm r' + c[1] }, visible(o.slice(c[2], c[3])))),
        el('td', null, c[4] ? el('ins', { 'class': 'rep' }, visible(c[4])) : el('span', { 'class': 'muted' }, '(removed)'))));
    });
    if (!shown.length) t.append(el('tr', null, el('td', { colspan: 6, 'class': 'muted' }, d.ch.length ? 'only whitespace-only changes (hidden)' : 'no changes')));
    v.append(t);
    v.append(el('h3', null, 'Lifted metadata'));
    v.append(kvTable([['title', rec.title], ['published', rec.published], ['authors', (rec.authors || []).join('、')],
      ['institution', Array.isArray(rec.institution) ? rec.institution.join('、') : rec.institution],
      ['parent_id', rec.parent_id], ['metadata', rec.metadata]]));
    if (d.notes && d.notes.length) {
      v.append(el('h3', null, 'Notes'));
      var ul = el('ul');
      d.notes.forEach(function (n) { ul.append(el('li', null, n.stage + '/' + n.rule + ': ' + n.message)); });
      v.append(ul);
    }
  }

  // -- duplicates -------------------------------------------------------------------------------
  // Paragraph-level LCS diff of two cleaned texts, for the side-by-side view.
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
  function paraBox(rows) {
    var box = el('div', { 'class': 'text' });
    rows.forEach(function (r) { box.append(el('p', { 'class': r[1] }, r[0] || '\u00a0')); });
    return box;
  }
  function renderDuplicates(ci) {
    var v = clear($('view-duplicates'));
    if (ci < 0 || ci >= clusterList.length) {
      v.append(el('h2', null, 'Duplicate clusters (' + clusterList.length + ')'));
      if (!clusterList.length) { v.append(el('p', { 'class': 'muted' }, 'No near-duplicates in this run.')); return; }
      var t = el('table', { 'class': 'list' }, el('tr', null, el('th', null, 'kept record'), el('th', { 'class': 'num' }, 'duplicates'), el('th', { 'class': 'num' }, 'highest similarity')));
      clusterList.forEach(function (kept, k) {
        var members = clusters.get(kept), best = 0;
        members.forEach(function (i) { best = Math.max(best, Number(DOCS[i]._meta.similarity) || 0); });
        t.append(el('tr', { 'data-cluster': kept }, el('td', null, el('a', { href: '#duplicates/' + k }, kept)),
          el('td', { 'class': 'num' }, members.length), el('td', { 'class': 'num' }, best ? best.toFixed(3) : '')));
      });
      v.append(t);
      return;
    }
    var keptId = clusterList[ci], ki = idIndex.get(keptId);
    v.append(el('p', null, el('a', { href: '#duplicates' }, '‹ all clusters')));
    v.append(el('h2', null, 'Cluster of ', docLink(keptId)));
    clusters.get(keptId).forEach(function (i) {
      var d = DOCS[i];
      var box = el('div', { 'class': 'cluster', 'data-dup': d.id });
      box.append(el('h3', null, 'kept ', docLink(keptId), ' · duplicate ', docLink(d.id),
        ' · similarity ' + (d._meta.similarity !== undefined ? Number(d._meta.similarity).toFixed(3) : '?') +
        (d.dropped ? ' · dropped by ' + d.dropped : '')));
      if (ki === undefined) {
        box.append(el('p', { 'class': 'muted' }, 'The kept record is from an earlier run' +
          (d._meta.dup_source ? ' (' + d._meta.dup_source + ')' : '') + '; only the duplicate is in this run.'));
        box.append(el('div', { 'class': 'text' }, cleanedOf(d)));
      } else {
        box.append(el('div', { 'class': 'side muted' }, el('span', null, 'kept: ' + keptId), el('span', null, 'duplicate: ' + d.id)));
        var sides = diffParas(cleanedOf(DOCS[ki]), cleanedOf(d));
        if (sides === null) {
          box.append(el('div', { 'class': 'side' }, el('div', { 'class': 'text' }, cleanedOf(DOCS[ki])), el('div', { 'class': 'text' }, cleanedOf(d))));
        } else {
          box.append(el('div', { 'class': 'side' }, paraBox(sides[0]), paraBox(sides[1])));
        }
      }
      v.append(box);
    });
  }

  // -- roundups -------------------------------------------------------------------------------
  function markInstitutions(container, text, names) {
    var spans = [];
    names.forEach(function (nm) {
      if (!nm) return;
      var at = text.indexOf(nm);
      while (at >= 0) { spans.push([at, at + nm.length]); at = text.indexOf(nm, at + nm.length); }
    });
    spans.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    spans.forEach(function (s) {
      if (s[0] < pos) return;
      container.append(text.slice(pos, s[0]), el('mark', { 'class': 'inst' }, text.slice(s[0], s[1])));
      pos = s[1];
    });
    container.append(text.slice(pos));
  }
  function renderRoundups(pi) {
    var v = clear($('view-roundups'));
    if (pi < 0 || !childrenOf.has(pi)) {
      v.append(el('h2', null, 'Roundups split into records (' + roundups.length + ')'));
      if (!roundups.length) { v.append(el('p', { 'class': 'muted' }, 'No roundup was split in this run.')); return; }
      var t = el('table', { 'class': 'list' }, el('tr', null, el('th', null, 'roundup'), el('th', { 'class': 'num' }, 'records'), el('th', null, 'institutions')));
      roundups.forEach(function (p) {
        var kids = childrenOf.get(p), names = [];
        kids.forEach(function (i) { var inst = DOCS[i].rec.institution; if (inst) names.push([].concat(inst).join('、')); });
        t.append(el('tr', { 'data-roundup': PARENTS[p].id }, el('td', null, el('a', { href: '#roundups/' + p }, PARENTS[p].id)),
          el('td', { 'class': 'num' }, kids.length), el('td', null, names.join(' · '))));
      });
      v.append(t);
      return;
    }
    var parent = PARENTS[pi], kids = childrenOf.get(pi).slice().sort(function (a, b) { return DOCS[a].off - DOCS[b].off; });
    v.append(el('p', null, el('a', { href: '#roundups' }, '‹ all roundups')));
    v.append(el('h2', null, parent.id), el('p', { 'class': 'muted' }, parent.src + ' · ' + kids.length + ' records'));
    var box = el('div', { 'class': 'text', id: 'roundup-text' });
    parent.pieces.forEach(function (piece) {
      var pOff = piece[0], text = piece[1], pos = 0;
      if (pOff > 0) box.append(el('span', { 'class': 'seg-gap' }, '[' + pOff + ' characters before this point are in no record of this run]\n'));
      kids.forEach(function (i, n) {
        var d = DOCS[i], a = d.off - pOff, b = a + d.len;
        if (a < 0 || b > text.length) return;
        if (a > pos) box.append(el('span', { 'class': 'seg-gap', title: 'not in any record' }, text.slice(pos, a)));
        var inst = d.rec.institution, names = inst ? [].concat(inst) : [];
        var seg = el('span', { 'class': 'seg' + (n % 2 ? ' odd' : ''), 'data-record': d.id });
        seg.append(el('a', { 'class': 'seg-label', href: '#doc/' + i }, d.id + (names.length ? ' · ' + names.join('、') : '') + (d.kind ? ' · ' + d.kind : '')), '\n');
        markInstitutions(seg, text.slice(Math.max(a, pos), b), names);
        box.append(seg);
        pos = Math.max(pos, b);
      });
      if (pos < text.length) box.append(el('span', { 'class': 'seg-gap', title: 'not in any record' }, text.slice(pos)));
    });
    v.append(box);
  }

  renderSummary();
  initList();
  window.addEventListener('hashchange', route);
  $('loading').remove();
  route();
  // For tests and the benchmark: the report is ready to use.
  document.body.setAttribute('data-ready', '1');
  window.__reportReady = performance.now();
})();
