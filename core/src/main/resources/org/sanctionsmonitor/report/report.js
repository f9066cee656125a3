// sanctions-monitor report.html: renders the JSON in #report-data. Every value from the data is put
// into the page with textContent or setAttribute, never as HTML. Nothing is fetched.
// Test and bookmark hook: the URL fragment holds the filter, e.g.
//   report.html#severity=CRITICAL&q=lazarus&sort=date&dir=desc&open=F-0123abcd
// and the findings table reports its state in data-total, data-matching and data-rendered.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var PAGE = 200;
  var COLORS = { CRITICAL: '#a4161a', HIGH: '#e8590c', MEDIUM: '#f0b400', LOW: '#2f9e44', INFO: '#1971c2' };
  // how long each step of drawing the page took, in ms since navigation (body's data-timings; see docs/triage.md)
  var timings = [];
  function mark(name) { if (window.performance) timings.push(name + ' ' + Math.round(performance.now())); }
  mark('start');
  var data = JSON.parse(document.getElementById('report-data').textContent);
  mark('parsed');
  var summary = data.summary;
  var severities = summary.severities;
  // schema 2 stores findings, evidence and fact sets as arrays (see ReportData); rebuild them as objects
  // a fact set is made an object when first needed (an opened finding, a search), not all at load
  var factObjects = [];
  function factsAt(i) {
    if (i === null || i === undefined || !data.facts[i]) return {};
    var o = factObjects[i];
    if (o) return o;
    var a = data.facts[i], keys = data.fact_keys[a[0]];
    o = Object.create(null);
    for (var j = 0; j < keys.length; j++) o[keys[j]] = a[j + 1];
    return (factObjects[i] = o);
  }
  function word(i) { return i === null || i === undefined ? null : data.dict[i]; }
  function place(a) { return a ? data.dict[a[0]] + ':' + a[1] : null; }
  var DICT_FIELDS = { rule: 1, category: 1, severity: 1, subject_type: 1, list: 1, programs: 1, field: 1, status: 1 };
  var findings = data.findings.map(function (r) {
    var f = {};
    for (var i = 0; i < data.finding_fields.length; i++) {
      var k = data.finding_fields[i];
      f[k] = DICT_FIELDS[k] ? word(r[i]) : k === 'source' ? place(r[i]) : r[i];
    }
    // evidence and path are made objects when first needed (evidenceOf, pathOf)
    f._ev = f.evidence;
    f._kinds = f.path;
    f.evidence = null;
    f.path = undefined;
    return f;
  });
  function evidenceOf(f) {
    if (!f.evidence) {
      f.evidence = f._ev.map(function (e) {
        var own = e[1] === null && e[2] === null && e[3] === null && word(e[0]) === 'subject';
        return { role: word(e[0]), type: own ? f.subject_type : word(e[1]), id: own ? f.subject_id : e[2],
          source: own ? f.source : place(e[3]), facts: e[4] };
      });
    }
    return f.evidence;
  }
  function pathOf(f) {
    if (f.path === undefined) {
      f.path = !f._kinds ? null : f._kinds.type === 'ownership' ? ownershipChain(f, f._kinds.kinds) : exposurePath(f, f._kinds);
    }
    return f.path;
  }
  // An ownership chain, as ExposurePath.ownership builds it: an edge owner -> owned per ownership evidence,
  // labelled with the share (and control), the parties in the order they first appear.
  function ownershipChain(f, kinds) {
    var edges = [], nodes = [], seen = Object.create(null);
    evidenceOf(f).forEach(function (e) {
      if (e.role !== 'ownership') return;
      var fx = factsAt(e.facts);
      if (fx.owner == null || fx.owned == null) return;
      var control = fx.control === 'yes' ? 'control' : null;
      var label = fx.share == null ? control : control == null ? fx.share + '%' : fx.share + '%, ' + control;
      edges.push({ from: fx.owner, to: fx.owned, tx: label, amount: null, asset: null, timestamp: fx.statements,
        source: e.source });
      [fx.owner, fx.owned].forEach(function (a) { if (!seen[a]) { seen[a] = true; nodes.push({ id: a }); } });
    });
    nodes.forEach(function (n, i) { n.kind = kinds[i] || 'hop'; });
    return { type: 'ownership', nodes: nodes, edges: edges };
  }
  // The path's graph, as ExposurePath.of builds it: an edge per path evidence that names both addresses, the
  // nodes in the order they first appear; the data gives each node's kind.
  function exposurePath(f, kinds) {
    var edges = [], nodes = [], seen = Object.create(null);
    evidenceOf(f).forEach(function (e) {
      if (e.role !== 'path') return;
      var fx = factsAt(e.facts);
      if (fx.from_address == null || fx.to_address == null) return;
      edges.push({ from: fx.from_address, to: fx.to_address, tx: fx.tx_id != null ? fx.tx_id : e.id, amount: fx.amount,
        asset: fx.asset, timestamp: fx.timestamp, source: e.source });
      [fx.from_address, fx.to_address].forEach(function (a) { if (!seen[a]) { seen[a] = true; nodes.push({ id: a }); } });
    });
    nodes.forEach(function (n, i) { n.kind = kinds[i] || 'hop'; });
    return { nodes: nodes, edges: edges };
  }
  var manifest = data.manifest || {};

  // ---- small DOM helpers: text only ----
  function el(tag, attrs) {
    var e = document.createElement(tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }
  function sv(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    setAttrs(e, attrs);
    for (var i = 2; i < arguments.length; i++) append(e, arguments[i]);
    return e;
  }
  function setAttrs(e, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      e.setAttribute(k, String(v));
    });
  }
  function append(e, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { append(e, x); }); return; }
    if (typeof c === 'object' && c.nodeType) { e.appendChild(c); return; }
    e.appendChild(document.createTextNode(String(c)));
  }
  function $(id) { return document.getElementById(id); }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function fmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function nz(v) { return v === null || v === undefined ? '' : String(v); }
  function short(s, head, tail) {
    s = nz(s);
    return s.length <= head + tail + 1 ? s : s.slice(0, head) + '\u2026' + s.slice(s.length - tail);
  }
  function sevRank(s) { var i = severities.indexOf(s); return i < 0 ? severities.length : i; }
  function badge(s) { return el('span', { 'class': 'badge ' + s }, s); }
  function titled(e, text) { e.appendChild(sv('title', null, text)); return e; }

  var previous = data.previous || null;
  var suppressedRows = data.suppressed || [];
  var suppressions = manifest.suppressions || null;

  mark('decoded');

  // ---- header ----
  (function header() {
    var tool = manifest.tool || {};
    var rows = manifest.rows || {};
    var result = manifest.result || {};
    var parts = [];
    if (manifest.as_of) parts.push('as of ' + manifest.as_of);
    parts.push(fmt(summary.total) + ' finding' + (summary.total === 1 ? '' : 's'));
    if (previous) parts.push(fmt(previous['new']) + ' new since the previous run');
    if (rows.read !== undefined) parts.push(fmt(rows.read) + ' rows read, ' + fmt(rows.rejected || 0) + ' rejected');
    if (result.reason) parts.push('result: ' + result.reason + ' (exit ' + result.exit_code + ')');
    if (tool.version) parts.push('sanctions-monitor ' + tool.version);
    if (manifest.started_at) parts.push('run started ' + manifest.started_at);
    $('run-line').textContent = parts.join(' \u00b7 ');
    var warn = $('run-warnings');
    var retro = manifest.retrospective;
    if (retro) {
      (retro.lists || []).forEach(function (l) {
        warn.appendChild(el('p', { 'class': 'warning' }, 'Retrospective run: screened against ' + fmt(l.entries_screened) +
          ' entries that ' + l.list + ' added or changed since ' + l.since + ' (' + l.entries_added + ' added, ' +
          l.entries_changed + ' changed); unchanged entries were not screened.'));
      });
    }
    (manifest.warnings || []).forEach(function (w) {
      warn.appendChild(el('p', { 'class': 'warning' }, 'Warning: ' + w));
    });
  })();

  // ---- banner: a run that did not exit 0, or that has something to warn about ----
  (function banner() {
    var result = manifest.result || {};
    var code = result.exit_code;
    var items = [];
    var lock = manifest.rules_lock;
    if (data.rejects_total > 0) {
      items.push([fmt(data.rejects_total) + ' input row' + (data.rejects_total === 1 ? ' was' : 's were') +
        ' rejected and not screened', 'rejects-section']);
    }
    if (suppressions && suppressions.expired && suppressions.expired.length) {
      items.push([suppressions.expired.length + ' suppression review' + (suppressions.expired.length === 1 ? ' has' : 's have') +
        ' expired: the findings they covered are reported again', 'suppressed-section']);
    }
    if (suppressions && suppressions.unknown_rules && suppressions.unknown_rules.length) {
      items.push([suppressions.unknown_rules.length + ' suppression' + (suppressions.unknown_rules.length === 1 ? ' names' : 's name') +
        ' a rule that is not in the rule set', 'suppressed-section']);
    }
    (manifest.warnings || []).forEach(function (w) { items.push([String(w), 'manifest-section']); });
    if (lock && lock.matches === false) items.push(['the rules do not match ' + nz(lock.file) + ' (' + nz(lock.status) + ')', 'manifest-section']);
    if (data.findings_total > findings.length) {
      items.push(['this page holds the ' + fmt(findings.length) + ' most severe of ' + fmt(data.findings_total) +
        ' findings; findings.csv has every one', 'findings-section']);
    }
    var failed = code !== undefined && code !== null && code !== 0;
    if (!failed && !items.length) return;
    var b = $('banner');
    b.hidden = false;
    b.className = 'banner' + (code === 2 || code === 3 ? ' error' : '');
    b.setAttribute('data-exit', nz(code));
    b.setAttribute('data-warnings', items.length);
    if (failed) {
      b.appendChild(el('strong', null, code === 1 ? 'Findings at or above the --fail-on severity (exit 1): '
        : 'This run failed (exit ' + code + '): '));
      b.appendChild(document.createTextNode(nz(result.reason)));
    } else {
      b.appendChild(el('strong', null, 'Warnings'));
    }
    if (items.length) {
      b.appendChild(el('ul', null, items.map(function (it) {
        var a = el('a', { href: '#' + it[1], 'data-jump': it[1] }, 'see below');
        return el('li', null, it[0] + ' (', a, ')');
      })));
    }
  })();

  // ---- filter state (kept in the URL fragment) ----
  var DEFAULTS = { q: '', severity: '', status: '', category: '', rule: '', list: '', subject: '', entry: '', sort: '', dir: 'asc', open: '' };
  var FILTER_KEYS = ['q', 'severity', 'status', 'category', 'rule', 'list', 'subject', 'entry'];
  var state = Object.assign({}, DEFAULTS);
  function isStateHash(h) { return h.indexOf('=') >= 0 || h === ''; }
  function readHash() {
    var h = location.hash.replace(/^#/, '');
    if (!h) return;
    h.split('&').forEach(function (kv) {
      var i = kv.indexOf('=');
      if (i < 0) return;
      var k = decodeURIComponent(kv.slice(0, i));
      var v = decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' '));
      if (Object.prototype.hasOwnProperty.call(state, k)) state[k] = v;
    });
  }
  function stateHash() {
    var parts = [];
    Object.keys(state).forEach(function (k) {
      if (state[k] && !(k === 'dir' && state[k] === 'asc')) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(state[k]));
    });
    return parts.length ? '#' + parts.join('&') : '';
  }
  function writeHash() {
    var h = stateHash();
    if (h === location.hash || (h === '' && location.hash === '')) return;
    try { history.replaceState(null, '', h || location.pathname + location.search); }
    catch (e) { /* some file:// setups refuse; the filter still works */ }
  }
  function scrollTo(id) { var t = $(id); if (t) t.scrollIntoView({ block: 'start' }); }
  function setFilter(key, value) {
    state[key] = value;
    state.open = '';
    syncControls();
    refresh(true);
    scrollTo('findings-section');
  }
  // the section links scroll without touching the fragment, which holds the filter
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-jump]') : null;
    if (!a) return;
    e.preventDefault();
    scrollTo(a.getAttribute('data-jump'));
  });

  // ---- overview cards ----
  (function cards() {
    var box = $('severity-cards');
    var total = el('div', { 'class': 'card total', title: 'All findings' },
      el('span', { 'class': 'n' }, fmt(summary.total)), el('span', { 'class': 'k' }, 'FINDINGS'));
    total.addEventListener('click', function () { resetFilters(); });
    box.appendChild(total);
    summary.by_severity.forEach(function (s) {
      var c = el('div', { 'class': 'card sev-' + s.key, 'data-severity': s.key, title: 'Show ' + s.key + ' findings' },
        el('span', { 'class': 'n' }, fmt(s.count)), el('span', { 'class': 'k' }, s.key));
      c.addEventListener('click', function () { setFilter('severity', s.key); });
      box.appendChild(c);
    });
    if (previous) {
      [['new', previous['new'], 'NEW SINCE PREVIOUS'], ['seen', previous.seen, 'SEEN BEFORE'], ['resolved', previous.resolved, 'RESOLVED']]
        .forEach(function (x) {
          var c = el('div', { 'class': 'card status-card ' + x[0], 'data-status': x[0], title: x[0] === 'resolved'
            ? 'Findings of the previous run that are gone' : 'Show the ' + x[0] + ' findings' },
            el('span', { 'class': 'n' }, fmt(x[1])), el('span', { 'class': 'k' }, x[2]));
          c.addEventListener('click', function () { if (x[0] === 'resolved') scrollTo('resolved-section'); else setFilter('status', x[0]); });
          box.appendChild(c);
        });
    }
    var legend = $('legend');
    severities.forEach(function (s) { legend.appendChild(el('span', { style: '--c:' + COLORS[s] }, s)); });
  })();

  mark('header');
  // ---- charts (inline SVG) ----
  function chartSvg(name, w, h, bars) {
    return sv('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img', 'data-chart': name,
      'data-bars': bars, 'aria-label': name + ' chart' });
  }
  // The axis top: four equal whole-number steps that reach v (1, 2, 2.5 or 5 times a power of ten each).
  function niceMax(v) {
    var raw = Math.max(1, v) / 4;
    var p = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
    var step = [1, 2, 2.5, 5, 10].map(function (x) { return x * p; }).filter(function (x) { return x >= raw && x === Math.round(x); })[0];
    return (step || Math.ceil(raw)) * 4;
  }

  (function severityChart() {
    var rows = summary.by_severity;
    var w = 360, rowH = 26, left = 78, right = 48, top = 6;
    var h = top + rows.length * rowH + 6;
    var max = Math.max(1, Math.max.apply(null, rows.map(function (r) { return r.count; })));
    var svg = chartSvg('severity', w, h, rows.filter(function (r) { return r.count > 0; }).length);
    rows.forEach(function (r, i) {
      var y = top + i * rowH;
      var bw = r.count === 0 ? 0 : Math.max(2, (w - left - right) * r.count / max);
      svg.appendChild(sv('text', { x: left - 6, y: y + rowH / 2 + 4, 'text-anchor': 'end' }, r.key));
      var bar = titled(sv('rect', { 'class': 'bar', x: left, y: y + 4, width: bw.toFixed(1), height: rowH - 8,
        fill: COLORS[r.key], 'data-key': r.key, 'data-count': r.count }), r.key + ': ' + r.count);
      bar.addEventListener('click', function () { setFilter('severity', r.key); });
      svg.appendChild(bar);
      svg.appendChild(sv('text', { x: left + bw + 5, y: y + rowH / 2 + 4 }, fmt(r.count)));
    });
    $('chart-severity').appendChild(svg);
  })();

  (function categoryChart() {
    var rows = summary.by_category;
    var box = $('chart-category');
    if (!rows.length) { box.appendChild(el('p', { 'class': 'muted' }, 'No findings.')); box.appendChild(chartSvg('category', 10, 10, 0)); return; }
    var w = 640, rowH = 26, left = 170, right = 50, top = 6;
    var h = top + rows.length * rowH + 6;
    var max = Math.max.apply(null, rows.map(function (r) { return r.count; }));
    var svg = chartSvg('category', w, h, rows.length);
    rows.forEach(function (r, i) {
      var y = top + i * rowH, x = left;
      svg.appendChild(sv('text', { x: left - 6, y: y + rowH / 2 + 4, 'text-anchor': 'end' }, r.key));
      var g = titled(sv('g', { 'class': 'bar', 'data-key': r.key, 'data-count': r.count }),
        r.key + ': ' + r.count + ' (' + severities.map(function (s, j) { return r.by_severity[j] ? s + ' ' + r.by_severity[j] : null; })
          .filter(Boolean).join(', ') + ')');
      severities.forEach(function (s, j) {
        var n = r.by_severity[j];
        if (!n) return;
        var bw = (w - left - right) * n / max;
        g.appendChild(sv('rect', { x: x.toFixed(1), y: y + 4, width: Math.max(1.5, bw).toFixed(1), height: rowH - 8, fill: COLORS[s] }));
        x += bw;
      });
      g.addEventListener('click', function () { setFilter('category', r.key); });
      svg.appendChild(g);
      svg.appendChild(sv('text', { x: x + 5, y: y + rowH / 2 + 4 }, fmt(r.count)));
    });
    box.appendChild(svg);
  })();

  // Dates are yyyy-MM-dd strings in UTC; all arithmetic is in UTC so the chart does not depend on the viewer's zone.
  function dayNum(d) { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000; }
  function dayStr(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  (function timeChart() {
    var rows = summary.by_date;
    var box = $('chart-time');
    var note = summary.undated ? ' \u00b7 ' + fmt(summary.undated) + ' without a date' : '';
    if (!rows.length) {
      $('time-unit').textContent = note;
      box.appendChild(el('p', { 'class': 'muted' }, 'No dated findings.'));
      box.appendChild(chartSvg('time', 10, 10, 0));
      return;
    }
    var first = dayNum(rows[0].date), last = dayNum(rows[rows.length - 1].date);
    var span = last - first + 1;
    var unit = span <= 62 ? 'day' : span <= 62 * 7 ? 'week' : span <= 31 * 120 ? 'month' : 'year';
    function bucket(d) {
      if (unit === 'day') return d;
      if (unit === 'week') { var n = dayNum(d); var wd = (new Date(n * 86400000).getUTCDay() + 6) % 7; return dayStr(n - wd); }
      if (unit === 'month') return d.slice(0, 7);
      return d.slice(0, 4);
    }
    function next(b) {
      if (unit === 'day') return dayStr(dayNum(b) + 1);
      if (unit === 'week') return dayStr(dayNum(b) + 7);
      if (unit === 'month') { var y = +b.slice(0, 4), m = +b.slice(5, 7); m++; if (m > 12) { m = 1; y++; } return y + '-' + (m < 10 ? '0' : '') + m; }
      return String(+b + 1);
    }
    var counts = {};
    rows.forEach(function (r) {
      var b = bucket(r.date);
      var c = counts[b] || (counts[b] = severities.map(function () { return 0; }));
      r.by_severity.forEach(function (n, j) { c[j] += n; });
    });
    var buckets = [];
    for (var b = bucket(rows[0].date), end = bucket(rows[rows.length - 1].date); ; b = next(b)) {
      buckets.push(b);
      if (b === end || buckets.length > 5000) break;
    }
    $('time-unit').textContent = '(per ' + unit + (unit === 'week' ? ', weeks start on Monday' : '') + ', UTC)' + note;
    var totals = buckets.map(function (k) { return (counts[k] || []).reduce(function (a, n) { return a + n; }, 0); });
    var max = niceMax(Math.max.apply(null, totals));
    var w = 1000, h = 220, left = 70, right = 40, top = 10, bottom = 40;
    var plotW = w - left - right, plotH = h - top - bottom;
    var bw = plotW / buckets.length;
    var svg = chartSvg('time', w, h, totals.filter(function (n) { return n > 0; }).length);
    for (var t = 0; t <= 4; t++) {
      var v = max * t / 4, y = top + plotH - plotH * t / 4;
      svg.appendChild(sv('line', { 'class': 'grid', x1: left, x2: w - right, y1: y.toFixed(1), y2: y.toFixed(1) }));
      if (v === Math.round(v)) svg.appendChild(sv('text', { x: left - 5, y: y + 4, 'text-anchor': 'end' }, fmt(v)));
    }
    svg.appendChild(sv('line', { 'class': 'axis', x1: left, x2: w - right, y1: top + plotH, y2: top + plotH }));
    var every = Math.max(1, Math.ceil(buckets.length / 10));
    buckets.forEach(function (k, i) {
      var x = left + i * bw;
      var c = counts[k];
      if (c) {
        var g = titled(sv('g', { 'class': 'bar', 'data-key': k, 'data-count': totals[i] }), k + ': ' + totals[i] + ' (' +
          severities.map(function (s, j) { return c[j] ? s + ' ' + c[j] : null; }).filter(Boolean).join(', ') + ')');
        var y = top + plotH;
        severities.forEach(function (s, j) {
          if (!c[j]) return;
          var bh = plotH * c[j] / max;
          y -= bh;
          g.appendChild(sv('rect', { x: (x + bw * 0.1).toFixed(1), y: y.toFixed(1), width: Math.max(1, bw * 0.8).toFixed(1),
            height: bh.toFixed(1), fill: COLORS[s] }));
        });
        g.addEventListener('click', function () { setFilter('q', k); });
        svg.appendChild(g);
      }
      if (i % every === 0) {
        svg.appendChild(sv('text', { x: (x + bw / 2).toFixed(1), y: top + plotH + 16, 'text-anchor': 'middle' }, k));
      }
    });
    box.appendChild(svg);
  })();

  // ---- count tables ----
  function countTable(id, head, rows, onClick) {
    var t = $(id);
    t.appendChild(el('thead', null, el('tr', null, head.map(function (h, i) {
      return el('th', { 'class': i === head.length - 1 ? 'num' : null }, h);
    }))));
    var body = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr', { 'class': onClick ? 'clickable' : null }, r.cells.map(function (c, i) {
        return el('td', { 'class': i === r.cells.length - 1 ? 'num' : null }, c);
      }));
      if (onClick) tr.addEventListener('click', function () { onClick(r); });
      body.appendChild(tr);
    });
    if (!rows.length) body.appendChild(el('tr', null, el('td', { colspan: head.length, 'class': 'muted' }, 'none')));
    t.appendChild(body);
  }
  countTable('count-severity', ['Severity', 'Findings'], summary.by_severity.map(function (s) {
    return { key: s.key, cells: [badge(s.key), fmt(s.count)] };
  }), function (r) { setFilter('severity', r.key); });
  countTable('count-category', ['Category', 'Findings'], summary.by_category.map(function (s) {
    return { key: s.key, cells: [s.key, fmt(s.count)] };
  }), function (r) { setFilter('category', r.key); });
  countTable('count-list', ['List', 'Findings'], summary.by_list.map(function (s) {
    return { key: s.key === null ? '-' : s.key, cells: [s.key === null ? '(no list entry)' : s.key, fmt(s.count)] };
  }), function (r) { setFilter('list', r.key); });
  countTable('count-rule', ['Rule', 'Name', 'Category', 'Severity', 'File', 'Findings'], summary.by_rule.map(function (s) {
    return { key: s.id, cells: [s.id, s.name, s.category, badge(s.severity), el('span', { 'class': 'mono' }, s.file), fmt(s.count)] };
  }), function (r) { setFilter('rule', r.key); });

  countTable('count-entry', ['List entry', 'List', 'Subjects', 'Worst', 'Findings'], (summary.by_entry || []).map(function (s) {
    return { key: nz(s.list) + '|' + s.entry_id, cells: [nz(s.name) + ' (' + s.entry_id + ')', nz(s.list), fmt(s.subjects), badge(s.worst), fmt(s.count)] };
  }), function (r) { FILTER_KEYS.forEach(function (k) { state[k] = ''; }); setFilter('entry', r.key); });

  mark('charts');
  // ---- findings: indexes for cases and links ----
  function ruleTitle(id, name) { name = nz(name); return name.indexOf(id + ' ') === 0 ? name.slice(id.length + 1) : name; }
  function subjectKey(f) { return f.subject_type + ' ' + f.subject_id; }
  function entryKey(f) { return f.entry_id === null || f.entry_id === undefined ? null : nz(f.list) + '|' + f.entry_id; }
  var byId = Object.create(null), bySubject = Object.create(null), byEntry = Object.create(null),
    bySubjectId = Object.create(null);
  function push(map, k, f) { if (k === null) return; (map[k] = map[k] || []).push(f); }
  findings.forEach(function (f, i) {
    f._order = i;
    var rule = data.rules[f.rule] || {};
    f.rule_name = ruleTitle(f.rule, rule.name);
    f.rule_file = rule.file;
    f.legal_basis = rule.legal_basis;
    byId[f.id] = f;
    push(bySubject, subjectKey(f), f);
    push(byEntry, entryKey(f), f);
    push(bySubjectId, f.subject_id, f);
  });
  // the text a search looks in: every field and every fact of the evidence (made at the first search)
  function searchText(f) {
    if (f._text !== undefined) return f._text;
    var hay = [f.id, f.rule, f.rule_name, f.category, f.severity, f.status, f.subject_type, f.subject_id, f.list, f.entry_id,
      f.entry_name, f.programs, f.matched, f.field, f.explanation, f.source, f.date, f.legal_basis];
    evidenceOf(f).forEach(function (e) {
      hay.push(e.source);
      var fx = factsAt(e.facts);
      Object.keys(fx).forEach(function (k) { hay.push(fx[k]); });
    });
    return (f._text = hay.map(nz).join('\u0001').toLowerCase());
  }
  function findingLink(f, text) {
    return el('a', { href: '#open=' + encodeURIComponent(f.id), 'data-link': f.id }, text || f.id);
  }

  // ---- findings table ----
  var COLUMNS = [
    { key: 'severity', label: 'Severity', value: function (f) { return sevRank(f.severity); }, cell: function (f) { return badge(f.severity); } },
    { key: 'status', label: 'Status', only: function () { return !!previous; }, value: function (f) { return nz(f.status); },
      cell: function (f) { return f.status ? el('span', { 'class': 'status ' + f.status }, f.status) : ''; } },
    { key: 'rule', label: 'Rule', value: function (f) { return f.rule; }, title: function (f) { return f.rule_name; },
      cell: function (f) { return [f.rule, el('span', { 'class': 'sub' }, f.category)]; } },
    { key: 'subject', label: 'Subject', value: function (f) { return f.subject_type + ' ' + f.subject_id; },
      cell: function (f) { return [el('span', { 'class': 'muted' }, f.subject_type + ' '), f.subject_id,
        el('span', { 'class': 'sub mono' }, f.source)]; } },
    { key: 'explanation', label: 'Finding', sortable: false, value: function (f) { return nz(f.explanation); },
      cell: function (f) { return el('span', { 'class': 'expl' }, f.explanation); }, title: function (f) { return f.explanation; } },
    { key: 'entry', label: 'List entry', value: function (f) { return nz(f.entry_name); },
      cell: function (f) { return f.entry_name ? [f.entry_name, el('span', { 'class': 'sub' }, nz(f.list) + ' ' + nz(f.entry_id))] : ''; } },
    { key: 'matched', label: 'Matched value', value: function (f) { return nz(f.matched); },
      cell: function (f) { return [el('span', { 'class': 'mono' }, nz(f.matched)),
        f.field || f.score ? el('span', { 'class': 'sub' }, [f.field, f.score ? 'score ' + f.score : null].filter(Boolean).join(' \u00b7 ')) : null]; } },
    { key: 'date', label: 'Date', value: function (f) { return nz(f.date); }, cls: 'nowrap', cell: function (f) { return nz(f.date); } }
  ].filter(function (c) { return !c.only || c.only(); });
  var WIDTH_CLASS = { severity: 'c-severity', status: 'c-status', rule: 'c-rule', subject: 'c-subject', entry: 'c-entry',
    matched: 'c-matched', date: 'c-date' };

  function fillSelect(id, label, values) {
    var s = $(id);
    s.appendChild(el('option', { value: '' }, 'all ' + label));
    values.forEach(function (v) { s.appendChild(el('option', { value: v.value }, v.text)); });
  }
  fillSelect('f-severity', 'severities', severities.map(function (s) { return { value: s, text: s }; }));
  fillSelect('f-category', 'categories', summary.by_category.map(function (c) { return { value: c.key, text: c.key }; }));
  fillSelect('f-rule', 'rules', summary.by_rule.filter(function (r) { return r.count > 0; }).map(function (r) {
    return { value: r.id, text: r.id + ' ' + short(ruleTitle(r.id, r.name), 40, 0) };
  }));
  fillSelect('f-list', 'lists', summary.by_list.map(function (l) {
    return { value: l.key === null ? '-' : l.key, text: l.key === null ? '(no list entry)' : l.key };
  }));
  if (previous) {
    $('f-status-label').hidden = false;
    fillSelect('f-status', 'findings', [{ value: 'new', text: 'new (' + fmt(previous['new']) + ')' },
      { value: 'seen', text: 'seen before (' + fmt(previous.seen) + ')' }]);
  } else {
    fillSelect('f-status', 'findings', []);
  }

  var head = $('findings-head');
  var cols = $('findings-cols');
  cols.appendChild(el('col', { 'class': 'c-toggle' }));
  head.appendChild(el('th', { 'aria-label': 'expand' }));
  COLUMNS.forEach(function (c) {
    cols.appendChild(el('col', { 'class': WIDTH_CLASS[c.key] || null }));
    if (c.sortable === false) { head.appendChild(el('th', { 'data-col': c.key }, c.label)); return; }
    var b = el('button', { type: 'button', 'data-sort': c.key }, c.label);
    b.addEventListener('click', function () {
      if (state.sort === c.key) state.dir = state.dir === 'asc' ? 'desc' : 'asc';
      else { state.sort = c.key; state.dir = 'asc'; }
      refresh(false);
    });
    head.appendChild(el('th', { 'data-col': c.key, 'class': c.cls === 'num' ? 'num' : null }, b));
  });

  var matching = [];
  var shown = 0;
  function matches(f) {
    if (state.severity && f.severity !== state.severity) return false;
    if (state.status && f.status !== state.status) return false;
    if (state.category && f.category !== state.category) return false;
    if (state.rule && f.rule !== state.rule) return false;
    if (state.list && (state.list === '-' ? f.list !== null && f.list !== undefined : f.list !== state.list)) return false;
    if (state.subject && subjectKey(f) !== state.subject) return false;
    if (state.entry && entryKey(f) !== state.entry) return false;
    if (state.q) {
      var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      var text = searchText(f);
      for (var i = 0; i < words.length; i++) if (text.indexOf(words[i]) < 0) return false;
    }
    return true;
  }
  function compare(a, b) {
    var col = COLUMNS.filter(function (c) { return c.key === state.sort; })[0];
    if (col) {
      if (col.key === 'date' && (!a.date || !b.date)) {
        // undated findings last, whichever the direction
        if (a.date || b.date) return a.date ? -1 : 1;
      } else {
        var x = col.value(a), y = col.value(b);
        var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
        if (c !== 0) return state.dir === 'desc' ? -c : c;
      }
    }
    return a._order - b._order;
  }
  function chips() {
    var box = $('f-chips');
    clear(box);
    [['subject', 'Subject'], ['entry', 'List entry']].forEach(function (x) {
      if (!state[x[0]]) return;
      var text = state[x[0]];
      if (x[0] === 'entry') { var fs = byEntry[text]; text = (fs && fs[0].entry_name ? fs[0].entry_name + ' ' : '') + text.replace('|', ' '); }
      var b = el('button', { type: 'button', title: 'Remove this filter', 'aria-label': 'Remove filter' }, '\u00d7');
      b.addEventListener('click', function () { state[x[0]] = ''; refresh(true); });
      box.appendChild(el('span', { 'class': 'chip', 'data-chip': x[0] }, x[1] + ': ' + text, b));
    });
  }
  function refresh() {
    matching = findings.filter(matches).sort(compare);
    shown = 0;
    clear($('findings-body'));
    renderMore();
    head.querySelectorAll('th[data-col]').forEach(function (th) {
      if (th.getAttribute('data-col') === state.sort) th.setAttribute('aria-sort', state.dir === 'desc' ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    var t = $('findings');
    t.setAttribute('data-total', findings.length);
    t.setAttribute('data-matching', matching.length);
    var active = FILTER_KEYS.some(function (k) { return state[k]; });
    $('f-count').textContent = active ? fmt(matching.length) + ' of ' + fmt(findings.length) + ' findings match'
      : fmt(findings.length) + ' findings';
    $('export-csv').textContent = 'Export CSV (' + fmt(matching.length) + ')';
    chips();
    writeHash();
  }
  function renderMore() {
    var body = $('findings-body');
    var end = Math.min(matching.length, shown + PAGE);
    var frag = document.createDocumentFragment();
    for (var i = shown; i < end; i++) frag.appendChild(row(matching[i]));
    body.appendChild(frag);
    shown = end;
    if (!matching.length) {
      body.appendChild(el('tr', { 'class': 'empty' }, el('td', { colspan: COLUMNS.length + 1, 'class': 'muted' },
        findings.length ? 'No finding matches the filter.' : 'This run raised no findings.')));
    }
    $('findings').setAttribute('data-rendered', shown);
    var more = $('more');
    more.hidden = shown >= matching.length;
    more.textContent = 'Show ' + fmt(Math.min(PAGE, matching.length - shown)) + ' more (' + fmt(matching.length - shown) + ' not shown)';
  }
  $('more').addEventListener('click', renderMore);

  function row(f) {
    var tr = el('tr', { 'class': 'finding', 'data-id': f.id, 'data-severity': f.severity, tabindex: 0, 'aria-expanded': 'false' });
    tr.appendChild(el('td', { 'class': 'toggle' }, '\u25b8'));
    COLUMNS.forEach(function (c) {
      var content = c.cell ? c.cell(f) : c.value(f);
      tr.appendChild(el('td', { 'class': c.cls || null, 'data-col': c.key, title: c.title ? c.title(f) : null }, content));
    });
    function toggle() {
      var next = tr.nextSibling;
      if (next && next.classList && next.classList.contains('detail')) {
        next.parentNode.removeChild(next);
        tr.classList.remove('open');
        tr.setAttribute('aria-expanded', 'false');
        tr.firstChild.textContent = '\u25b8';
        if (state.open === f.id) { state.open = ''; writeHash(); }
      } else {
        tr.parentNode.insertBefore(detail(f), tr.nextSibling);
        tr.classList.add('open');
        tr.setAttribute('aria-expanded', 'true');
        tr.firstChild.textContent = '\u25be';
        state.open = f.id; writeHash();
      }
    }
    tr.addEventListener('click', function (e) { if (!(e.target.closest && e.target.closest('a'))) toggle(); });
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
    tr._toggle = toggle;
    return tr;
  }

  // Links from a finding to its relatives: its subject's other findings, the other subjects of its list entry,
  // and the findings on each transfer of its path (a hop from a listed address has its own SAN-001 finding).
  function related(f) {
    var box = el('div', { 'class': 'links', 'data-related': f.id });
    function list(title, attr, items) {
      if (!items.length) return;
      box.appendChild(el('h4', null, title));
      box.appendChild(el('ul', { 'data-links': attr }, items));
    }
    if (pathOf(f)) {
      var hops = pathOf(f).edges.map(function (e) {
        var on = (bySubjectId[e.tx] || []).filter(function (x) { return x.subject_type === 'transfer' && x !== f; });
        return el('li', { 'data-hop': e.tx }, 'transfer ' + nz(e.tx) + ' (' + nz(e.amount) + ' ' + nz(e.asset) +
          (e.timestamp ? ', ' + e.timestamp : '') + '): ', on.length ? on.map(function (x, i) {
            return [i ? ', ' : '', findingLink(x, x.rule + ' ' + x.id), ' ', badge(x.severity)];
          }) : el('span', { 'class': 'muted' }, 'no finding of its own'));
      });
      list('Transfers on the path and their own findings', 'path', hops);
    }
    var same = (bySubject[subjectKey(f)] || []).filter(function (x) { return x !== f; });
    list('Other findings on ' + f.subject_type + ' ' + f.subject_id + ' (' + same.length + ')', 'subject', same.slice(0, 30).map(function (x) {
      return el('li', null, findingLink(x), ' ', badge(x.severity), ' ' + x.rule + ' ' + x.rule_name + (x.entry_name ? ': ' + x.entry_name : ''));
    }));
    var k = entryKey(f);
    if (k !== null) {
      var subjects = Object.create(null);
      var order = [];
      (byEntry[k] || []).forEach(function (x) {
        var sk = subjectKey(x);
        if (sk === subjectKey(f)) return;
        if (!subjects[sk]) { subjects[sk] = []; order.push(sk); }
        subjects[sk].push(x);
      });
      var items = order.slice(0, 30).map(function (sk) {
        var xs = subjects[sk];
        return el('li', null, sk + ': ', xs.slice(0, 5).map(function (x, i) { return [i ? ', ' : '', findingLink(x, x.rule)]; }),
          xs.length > 5 ? ' and ' + (xs.length - 5) + ' more' : '');
      });
      if (order.length > 30) {
        var all = el('a', { href: '#entry=' + encodeURIComponent(k) }, 'all ' + order.length + ' in the table');
        items.push(el('li', null, all));
      }
      list('Other subjects of ' + nz(f.entry_name) + ' (' + nz(f.list) + ' ' + f.entry_id + ') (' + order.length + ')', 'entry', items);
    }
    return box;
  }

  function detail(f) {
    var td = el('td', { colspan: COLUMNS.length + 1 });
    td.appendChild(el('p', { 'class': 'explanation' }, f.explanation));
    var dl = el('dl');
    function item(k, v, cls) { if (v !== null && v !== undefined && v !== '') { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', { 'class': cls || null }, v)); } }
    item('Finding', f.id, 'mono');
    if (f.status) item('Since previous run', f.status);
    item('Rule', f.rule + ' ' + nz(f.rule_name));
    item('Rule file', f.rule_file, 'mono');
    item('Legal basis', f.legal_basis);
    item('Category', f.category);
    item('Subject', f.subject_type + ' ' + f.subject_id + ' at ' + f.source);
    if (f.entry_id) item('List entry', nz(f.entry_name) + ' (' + nz(f.list) + ' ' + f.entry_id + ')' + (f.programs ? '; programs ' + f.programs : ''));
    item('Matched value', f.matched, 'mono');
    item('Matched field', f.field);
    item('Score', f.score);
    item('Record date', f.date);
    td.appendChild(dl);
    var evBox = el('div', { 'class': 'evidence' });
    evidenceOf(f).forEach(function (e) {
      var fx = factsAt(e.facts);
      var t = el('table', null, el('tbody', null, Object.keys(fx).map(function (k) {
        return el('tr', null, el('td', null, k), el('td', { 'class': 'mono' }, fx[k]));
      })));
      evBox.appendChild(el('div', { 'class': 'ev', 'data-role': e.role },
        el('h4', null, e.role + ': ' + e.type + ' ' + nz(e.id) + ' ', el('span', { 'class': 'mono muted' }, nz(e.source))), t));
    });
    if (pathOf(f)) td.appendChild(pathGraph(pathOf(f), f.id));
    td.appendChild(related(f));
    td.appendChild(evBox);
    return el('tr', { 'class': 'detail', 'data-for': f.id }, td);
  }

  // Opens the finding (rendering pages until its row is drawn, clearing the filter if it hides it) and scrolls to it.
  function openFinding(id) {
    var f = byId[id];
    if (!f) return false;
    var idx = matching.indexOf(f);
    if (idx < 0) {
      FILTER_KEYS.forEach(function (k) { state[k] = ''; });
      syncControls();
      refresh();
      idx = matching.indexOf(f);
    }
    while (shown <= idx) renderMore();
    var tr = document.querySelector('#findings-body tr.finding[data-id="' + String(id).replace(/[^A-Za-z0-9_-]/g, '') + '"]');
    if (!tr) return false;
    document.querySelectorAll('#findings-body tr.finding.target').forEach(function (x) { x.classList.remove('target'); });
    tr.classList.add('target');
    if (!tr.classList.contains('open')) { state.open = ''; tr._toggle(); }
    tr.scrollIntoView({ block: 'start' });
    // the sticky section bar covers the top of the page: leave the row below it
    var bar = $('jump');
    if (bar && tr.getBoundingClientRect().top < bar.offsetHeight) window.scrollBy(0, -bar.offsetHeight - 4);
    return true;
  }

  // An exposure path: addresses as nodes in layers (by distance from the start), transfers as arrows.
  // An ownership chain (p.type 'ownership') is drawn alike: parties as nodes, links labelled with their share.
  function pathGraph(p, fid) {
    var own = p.type === 'ownership';
    var layer = Object.create(null);
    var incoming = Object.create(null);
    p.edges.forEach(function (e) { incoming[e.to] = true; });
    var queue = p.nodes.filter(function (n) { return !incoming[n.id]; }).map(function (n) { return n.id; });
    if (!queue.length) queue = [p.nodes[0].id];
    queue.forEach(function (id) { layer[id] = 0; });
    for (var guard = 0; queue.length && guard < 10000; guard++) {
      var id = queue.shift();
      p.edges.forEach(function (e) {
        if (e.from === id && layer[e.to] === undefined) { layer[e.to] = layer[id] + 1; queue.push(e.to); }
      });
    }
    var perLayer = Object.create(null);
    p.nodes.forEach(function (n) {
      if (layer[n.id] === undefined) layer[n.id] = 0;
      (perLayer[layer[n.id]] = perLayer[layer[n.id]] || []).push(n);
    });
    var layers = Object.keys(perLayer).map(Number).sort(function (a, b) { return a - b; });
    var nodeW = 150, nodeH = 34, gapX = 110, gapY = 22, pad = 14;
    var maxRows = Math.max.apply(null, layers.map(function (l) { return perLayer[l].length; }));
    var w = pad * 2 + layers.length * nodeW + (layers.length - 1) * gapX;
    var h = pad * 2 + maxRows * nodeH + (maxRows - 1) * gapY + 16;
    var pos = Object.create(null);
    layers.forEach(function (l, li) {
      var ns = perLayer[l];
      var offset = (maxRows - ns.length) * (nodeH + gapY) / 2;
      ns.forEach(function (n, i) { pos[n.id] = { x: pad + li * (nodeW + gapX), y: pad + 16 + offset + i * (nodeH + gapY) }; });
    });
    var marker = 'arrow-' + String(fid).replace(/[^A-Za-z0-9_-]/g, '_');
    var svg = sv('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img', 'data-path-nodes': p.nodes.length,
      'data-path-edges': p.edges.length, 'aria-label': own ? 'ownership chain of ' + p.edges.length + ' links'
        : 'exposure path of ' + p.edges.length + ' transfers' });
    svg.appendChild(sv('defs', null, sv('marker', { id: marker, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: 'auto-start-reverse' }, sv('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#495057' }))));
    p.edges.forEach(function (e, i) {
      var a = pos[e.from], b = pos[e.to];
      if (!a || !b) return;
      var x1 = a.x + nodeW, y1 = a.y + nodeH / 2, x2 = b.x, y2 = b.y + nodeH / 2;
      if (b.x <= a.x) { x1 = a.x + nodeW / 2; y1 = a.y + nodeH; x2 = b.x + nodeW / 2; y2 = b.y; }
      var g = titled(sv('g', { 'class': 'path-edge', 'data-tx': e.tx }), own
        ? 'owns ' + nz(e.tx) + ': ' + nz(e.timestamp)
        : 'transfer ' + nz(e.tx) + ': ' + nz(e.amount) + ' ' + nz(e.asset) + (e.timestamp ? ' at ' + e.timestamp : '') +
          (e.source ? ' (' + e.source + ')' : ''));
      g.appendChild(sv('path', { 'class': 'edge', d: 'M ' + x1 + ' ' + y1 + ' L ' + x2 + ' ' + y2, 'marker-end': 'url(#' + marker + ')' }));
      var mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
      g.appendChild(sv('text', { x: mx, y: my - 6, 'text-anchor': 'middle' }, short(e.tx, 12, 4)));
      if (e.amount) g.appendChild(sv('text', { x: mx, y: my + 12, 'text-anchor': 'middle', 'class': 'muted' }, e.amount + ' ' + nz(e.asset)));
      svg.appendChild(g);
    });
    p.nodes.forEach(function (n) {
      var q = pos[n.id];
      var g = titled(sv('g', { 'class': 'path-node', 'data-kind': n.kind }), n.kind + ': ' + n.id);
      g.appendChild(sv('rect', { 'class': 'node-' + n.kind, x: q.x, y: q.y, rx: 5, ry: 5, width: nodeW, height: nodeH }));
      g.appendChild(sv('text', { x: q.x + nodeW / 2, y: q.y + 14, 'text-anchor': 'middle', 'class': own ? '' : 'mono' },
        own ? short(n.id, 14, 6) : short(n.id, 8, 6)));
      g.appendChild(sv('text', { x: q.x + nodeW / 2, y: q.y + 27, 'text-anchor': 'middle' }, own
        ? (n.kind === 'listed' ? 'listed owner' : n.kind === 'start' ? 'this entity' : 'owner')
        : (n.kind === 'listed' ? 'listed address' : n.kind === 'start' ? 'start' : 'intermediate')));
      svg.appendChild(g);
    });
    return el('div', { 'class': 'path', 'data-path': 'true' }, el('h4', null, own
      ? 'Ownership chain (' + p.edges.length + ' link' + (p.edges.length === 1 ? '' : 's') + ')'
      : 'Exposure path (' + p.edges.length + ' transfer' + (p.edges.length === 1 ? '' : 's') + ')'), svg);
  }

  // ---- filter controls ----
  var controls = { q: 'f-q', severity: 'f-severity', status: 'f-status', category: 'f-category', rule: 'f-rule', list: 'f-list' };
  function syncControls() { Object.keys(controls).forEach(function (k) { $(controls[k]).value = state[k]; }); }
  Object.keys(controls).forEach(function (k) {
    $(controls[k]).addEventListener(k === 'q' ? 'input' : 'change', function () { state[k] = $(controls[k]).value; refresh(true); });
  });
  function resetFilters() {
    FILTER_KEYS.forEach(function (k) { state[k] = ''; });
    syncControls();
    refresh(true);
  }
  $('f-reset').addEventListener('click', resetFilters);

  if (data.findings_total > findings.length) {
    var tr = $('truncated');
    tr.hidden = false;
    tr.textContent = 'This page holds the ' + fmt(findings.length) + ' most severe of ' + fmt(data.findings_total) +
      ' findings (counts and charts cover all of them); findings.csv and findings.json hold every one.';
  }

  // ---- export: the findings that match the filter, in the table's order, as CSV ----
  var EXPORT_COLUMNS = ['finding_id', 'rule_id', 'rule_name', 'category', 'severity', 'status', 'subject_type', 'subject_id',
    'list_source', 'list_entry_id', 'list_entry_name', 'matched_value', 'matched_field', 'score', 'record_date', 'explanation', 'source'];
  function csvCell(v) {
    var s = nz(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // shown as text by spreadsheets, as in findings.csv
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function exportCsv(rows) {
    var lines = [EXPORT_COLUMNS.join(',')];
    rows.forEach(function (f) {
      lines.push([f.id, f.rule, f.rule_name, f.category, f.severity, f.status, f.subject_type, f.subject_id, f.list, f.entry_id,
        f.entry_name, f.matched, f.field, f.score, f.date, f.explanation, f.source].map(csvCell).join(','));
    });
    return lines.join('\n') + '\n';
  }
  $('export-csv').addEventListener('click', function () {
    var text = exportCsv(matching);
    var btn = $('export-csv');
    btn._csv = text;
    btn.setAttribute('data-exported-rows', matching.length);
    var a = el('a', { download: 'findings-filtered.csv', href: URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })) });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.parentNode.removeChild(a); }, 1000);
  });

  // ---- cases: findings grouped by subject and by list entry ----
  function worstOf(fs) { return fs.reduce(function (w, x) { return sevRank(x.severity) < sevRank(w) ? x.severity : w; }, fs[0].severity); }
  function caseTable(id, head, cases, cells, filterKey, attr) {
    var t = $(id);
    var more = $(id + '-more');
    var CASE_PAGE = 25;
    var n = 0;
    t.appendChild(el('thead', null, el('tr', null, head.map(function (h, i) { return el('th', { 'class': i > 0 && i < 3 ? 'num' : null }, h); }))));
    var body = el('tbody');
    t.appendChild(body);
    t.setAttribute('data-cases', cases.length);
    function open(c, tr) {
      var next = tr.nextSibling;
      if (next && next.classList.contains('case-detail')) { next.parentNode.removeChild(next); return; }
      var list = el('ul', null, c.findings.slice(0, 50).map(function (x) {
        return el('li', null, findingLink(x), ' ', badge(x.severity), ' ' + x.rule + ' ' + x.rule_name + ': ' + short(x.explanation, 140, 0));
      }));
      var show = el('button', { type: 'button' }, 'Show these ' + c.findings.length + ' in the findings table');
      show.addEventListener('click', function (e) { e.stopPropagation(); FILTER_KEYS.forEach(function (k) { state[k] = ''; }); setFilter(filterKey, c.key); });
      tr.parentNode.insertBefore(el('tr', { 'class': 'case-detail' }, el('td', { colspan: head.length }, list,
        c.findings.length > 50 ? el('p', { 'class': 'muted' }, (c.findings.length - 50) + ' more') : null, show)), tr.nextSibling);
    }
    function page() {
      var end = Math.min(cases.length, n + CASE_PAGE);
      for (var i = n; i < end; i++) {
        (function (c) {
          var tr = el('tr', { 'class': 'case' }, cells(c).map(function (x, j) { return el('td', { 'class': j > 0 && j < 3 ? 'num' : null }, x); }));
          tr.setAttribute(attr, c.key);
          tr.addEventListener('click', function (e) { if (!(e.target.closest && e.target.closest('a,button'))) open(c, tr); });
          body.appendChild(tr);
        })(cases[i]);
      }
      n = end;
      more.hidden = n >= cases.length;
      more.textContent = 'Show more (' + fmt(cases.length - n) + ' not shown)';
    }
    more.addEventListener('click', page);
    if (!cases.length) body.appendChild(el('tr', null, el('td', { colspan: head.length, 'class': 'muted' }, 'none')));
    page();
  }
  mark('indexed');
  (function cases() {
    var subjects = Object.keys(bySubject).map(function (k) {
      var fs = bySubject[k];
      var rules = Object.create(null);
      fs.forEach(function (x) { rules[x.rule] = true; });
      return { key: k, findings: fs, worst: worstOf(fs), rules: Object.keys(rules).sort(), type: fs[0].subject_type, id: fs[0].subject_id };
    });
    // most severe first, then the subjects with the most findings
    subjects.sort(function (a, b) { return sevRank(a.worst) - sevRank(b.worst) || b.findings.length - a.findings.length || (a.key < b.key ? -1 : 1); });
    caseTable('cases-subject', ['Subject', 'Findings', 'Worst', 'Rules'], subjects, function (c) {
      return [[el('span', { 'class': 'muted' }, c.type + ' '), c.id], fmt(c.findings.length), badge(c.worst), c.rules.join(', ')];
    }, 'subject', 'data-subject');
    var entries = Object.keys(byEntry).map(function (k) {
      var fs = byEntry[k];
      var subj = Object.create(null);
      fs.forEach(function (x) { subj[subjectKey(x)] = true; });
      return { key: k, findings: fs, worst: worstOf(fs), subjects: Object.keys(subj).length, name: fs[0].entry_name, list: fs[0].list, id: fs[0].entry_id };
    });
    // the top entities: most findings first
    entries.sort(function (a, b) { return b.findings.length - a.findings.length || sevRank(a.worst) - sevRank(b.worst) || (a.key < b.key ? -1 : 1); });
    caseTable('cases-entry', ['List entry', 'Findings', 'Subjects', 'Worst'], entries, function (c) {
      return [[nz(c.name), el('span', { 'class': 'muted' }, ' ' + nz(c.list) + ' ' + nz(c.id))], fmt(c.findings.length), fmt(c.subjects), badge(c.worst)];
    }, 'entry', 'data-entry');
  })();

  // ---- resolved since the previous run ----
  (function resolved() {
    if (!previous) return;
    $('resolved-section').hidden = false;
    $('jump-resolved').hidden = false;
    var rows = previous.resolved_rows || [];
    $('resolved-line').textContent = fmt(previous.resolved) + ' finding' + (previous.resolved === 1 ? '' : 's') + ' of the previous run (' +
      nz(previous.folder) + ', ' + fmt(previous.previous_findings) + ' findings) ' + (previous.resolved === 1 ? 'is' : 'are') +
      ' not in this one' + (previous.resolved > rows.length ? '; the first ' + fmt(rows.length) + ' are shown' : '') + ' (all are in resolved.csv).';
    if (!rows.length) return;
    var t = $('resolved');
    t.setAttribute('data-rows', rows.length);
    t.appendChild(el('thead', null, el('tr', null, ['Finding', 'Severity', 'Rule', 'Subject', 'List entry', 'Explanation', 'Why gone']
      .map(function (h) { return el('th', null, h); }))));
    t.appendChild(el('tbody', null, rows.map(function (r) {
      return el('tr', { 'data-id': r.id }, el('td', { 'class': 'mono' }, r.id), el('td', null, r.severity ? badge(r.severity) : ''),
        el('td', null, nz(r.rule) + ' ' + ruleTitle(r.rule, r.rule_name)), el('td', null, nz(r.subject_type) + ' ' + nz(r.subject_id)),
        el('td', null, r.entry_name ? nz(r.entry_name) + ' (' + nz(r.list) + ' ' + nz(r.entry_id) + ')' : ''),
        el('td', null, r.explanation), el('td', null, r.resolution));
    })));
  })();

  // ---- suppressed findings and expired reviews ----
  (function suppressedSection() {
    var total = data.suppressed_total || 0;
    $('suppressed-line').textContent = !suppressions ? 'No suppressions file was given (--suppressions): nothing was suppressed.'
      : total === 0 ? 'No finding was suppressed.'
      : fmt(total) + ' finding' + (total === 1 ? ' was' : 's were') + ' suppressed by a reviewed, unexpired suppression (' +
        nz(suppressions.file) + '); they are in suppressed.csv, not in findings.csv, and do not count for --fail-on.';
    if (suppressedRows.length) {
      var t = $('suppressed');
      t.setAttribute('data-rows', suppressedRows.length);
      t.appendChild(el('thead', null, el('tr', null, ['Finding', 'Severity', 'Rule', 'Subject', 'List entry', 'Explanation', 'Reason',
        'Reviewer', 'Expires'].map(function (h) { return el('th', null, h); }))));
      t.appendChild(el('tbody', null, suppressedRows.map(function (r) {
        return el('tr', { 'data-id': r.id }, el('td', { 'class': 'mono' }, r.id), el('td', null, badge(r.severity)), el('td', null, r.rule),
          el('td', null, r.subject_type + ' ' + r.subject_id), el('td', null, r.entry_name ? r.entry_name + ' (' + nz(r.list) + ' ' + nz(r.entry_id) + ')' : ''),
          el('td', null, r.explanation), el('td', null, r.reason), el('td', null, r.reviewer),
          el('td', { 'class': 'nowrap' }, r.expires));
      })));
    }
    var expired = suppressions && suppressions.expired || [];
    $('expired-line').textContent = !suppressions ? 'None.' : expired.length === 0 ? 'No review has expired.'
      : expired.length + ' review' + (expired.length === 1 ? ' has' : 's have') + ' expired before ' + nz(manifest.as_of) +
        ': the findings they covered are reported again, in the table above, until the review is renewed.';
    if (expired.length) {
      var x = $('expired');
      x.setAttribute('data-rows', expired.length);
      x.appendChild(el('thead', null, el('tr', null, ['Suppression', 'Expired', 'Reviewer', 'Where', 'Findings reported again']
        .map(function (h) { return el('th', null, h); }))));
      x.appendChild(el('tbody', null, expired.map(function (e) {
        var again = (e.findings_reported_again || []).map(function (id, i) {
          return [i ? ', ' : '', byId[id] ? findingLink(byId[id]) : id];
        });
        return el('tr', null, el('td', null, e.suppression), el('td', { 'class': 'nowrap' }, e.expired), el('td', null, e.reviewer),
          el('td', { 'class': 'mono' }, e.source), el('td', null, again.length ? again : el('span', { 'class': 'muted' }, 'none')));
      })));
    }
  })();

  // ---- rejected rows ----
  (function rejects() {
    $('rejects-line').textContent = data.rejects_total === 0 ? 'No row was rejected.'
      : fmt(data.rejects_total) + ' row' + (data.rejects_total === 1 ? ' was' : 's were') + ' rejected' +
        (data.rejects_total > data.rejects.length ? '; the first ' + fmt(data.rejects.length) + ' are shown' : '') +
        ' (all are in rejects.csv).';
    if (!data.rejects.length) return;
    var t = $('rejects');
    t.appendChild(el('thead', null, el('tr', null, el('th', null, 'Source'), el('th', null, 'Reason'), el('th', null, 'Row'))));
    t.appendChild(el('tbody', null, data.rejects.map(function (r) {
      return el('tr', null, el('td', { 'class': 'mono' }, r.source), el('td', null, r.reason), el('td', { 'class': 'mono' }, r.raw));
    })));
  })();

  // ---- impact of a rule change (check --baseline-rules): per rule, and the reference rows that changed ----
  (function impactSection() {
    var impact = manifest.impact;
    if (!impact) return;
    $('impact-section').hidden = false;
    var box = $('impact');
    var n = impact.findings || {};
    $('impact-line').textContent = 'Against the baseline rules in ' + nz(impact.baseline_rules) + ': ' + fmt(n.added || 0) +
      ' finding(s) added, ' + fmt(n.removed || 0) + ' removed, ' + fmt(n.changed || 0) + ' changed (all in impact.csv).';
    function table(title, cols, rows) {
      box.appendChild(el('h3', null, title));
      if (!rows.length) { box.appendChild(el('p', null, 'None.')); return; }
      box.appendChild(el('div', { 'class': 'table-wrap' }, el('table', { 'class': 'manifest-table' },
        el('thead', null, el('tr', null, cols.map(function (c) { return el('th', { 'class': c.num ? 'num' : null }, c.label); }))),
        el('tbody', null, rows.map(function (r) {
          return el('tr', null, cols.map(function (c) {
            return el('td', { 'class': c.num ? 'num' : c.mono ? 'mono' : null }, nz(typeof c.key === 'function' ? c.key(r) : r[c.key]));
          }));
        })))));
    }
    table('Rules whose rule, reference rows or findings changed', [
      { label: 'Rule', key: 'rule_id' },
      { label: 'Rule change', key: 'rule_change' },
      { label: 'Baseline', key: 'baseline', num: true },
      { label: 'Current', key: 'current', num: true },
      { label: 'Added', key: 'added', num: true },
      { label: 'Removed', key: 'removed', num: true },
      { label: 'Changed', key: 'changed', num: true }], impact.rules || []);
    var fields = [];
    (impact.reference_changes || []).forEach(function (r) {
      (r.fields || []).forEach(function (f) {
        fields.push({ table: r.table, row: r.row_key, change: r.change, source: r.source, field: f.field,
          old: f.old === null || f.old === undefined ? '(none)' : f.old, 'new': f['new'] === null || f['new'] === undefined ? '(none)' : f['new'],
          rules: (r.rules || []).join(', ') || 'no rule', note: r.note || '' });
      });
    });
    table('Reference tables: changed rows', [
      { label: 'Table', key: 'table', mono: true },
      { label: 'Row', key: 'row', mono: true },
      { label: 'Change', key: 'change' },
      { label: 'Field', key: 'field', mono: true },
      { label: 'Old', key: 'old', mono: true },
      { label: 'New', key: 'new', mono: true },
      { label: 'Read by', key: 'rules' },
      { label: 'Source', key: 'source', mono: true },
      { label: 'Note', key: 'note' }], fields);
  })();

  // ---- manifest ----
  (function manifestSection() {
    var box = $('manifest');
    box.classList.add('manifest');
    var dl = el('dl');
    function item(k, v) { if (v !== null && v !== undefined && v !== '') { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', { 'class': 'mono' }, v)); } }
    var tool = manifest.tool || {};
    item('Tool', nz(tool.name) + ' ' + nz(tool.version));
    item('Drools', manifest.drools_version);
    item('Java', manifest.java_version);
    item('As of', manifest.as_of);
    item('Started at', manifest.started_at);
    if (manifest.result) item('Result', manifest.result.reason + ' (exit ' + manifest.result.exit_code + ')');
    if (manifest.rule_sessions !== undefined) item('Rule sessions', manifest.rule_sessions);
    var opts = manifest.options || {};
    Object.keys(opts).forEach(function (k) {
      var v = opts[k];
      if (v === null || (Array.isArray(v) && !v.length)) return;
      item('--' + k.replace(/_/g, '-'), Array.isArray(v) ? v.join(', ') : v);
    });
    box.appendChild(dl);

    function table(title, cols, rows) {
      box.appendChild(el('h3', null, title));
      box.appendChild(el('div', { 'class': 'table-wrap' }, el('table', { 'class': 'manifest-table' },
        el('thead', null, el('tr', null, cols.map(function (c) { return el('th', { 'class': c.num ? 'num' : null }, c.label); }))),
        el('tbody', null, rows.map(function (r) {
          return el('tr', null, cols.map(function (c) {
            return el('td', { 'class': c.num ? 'num' : c.mono ? 'mono' : null }, nz(typeof c.key === 'function' ? c.key(r) : r[c.key]));
          }));
        })))));
    }
    table('Lists', [
      { label: 'List', key: 'name' },
      { label: 'Format', key: 'format' },
      { label: 'Entries', key: 'entities', num: true },
      { label: 'Published', key: function (r) { return r.published ? r.published + ' (' + r.published_from + ')' : 'unknown'; } },
      { label: 'Age (days)', key: 'age_days', num: true },
      { label: 'Max age', key: 'max_age_days', num: true },
      { label: 'Stale', key: function (r) { return r.stale === true ? 'STALE' : r.stale === false ? 'no' : ''; } }],
      manifest.lists || []);
    var files = [];
    (manifest.lists || []).forEach(function (l) {
      (l.files || []).forEach(function (f) { files.push(Object.assign({ list: l.name + ' (' + l.format + ', ' + l.entities + ' entries)' }, f)); });
    });
    (manifest.inputs || []).forEach(function (f) { files.push(f); });
    table('Inputs', [
      { label: 'Kind', key: function (r) { return r.list ? 'list: ' + r.list : r.kind; } },
      { label: 'File', key: 'file', mono: true },
      { label: 'SHA-256', key: 'sha256', mono: true },
      { label: 'Rows read', key: 'rows_read', num: true },
      { label: 'Accepted', key: 'rows_accepted', num: true },
      { label: 'Rejected', key: 'rows_rejected', num: true }], files);
    var rules = manifest.rules || {};
    var sha = {};
    (rules.files || []).forEach(function (f) { sha[f.file] = f.sha256; });
    table('Rules' + (rules.folder ? ' (' + rules.folder + ')' : ''), [
      { label: 'ID', key: 'id' },
      { label: 'Name', key: 'name' },
      { label: 'Category', key: 'category' },
      { label: 'Severity', key: 'severity' },
      { label: 'File', key: function (r) { return r.file + ':' + r.line; }, mono: true },
      { label: 'SHA-256', key: function (r) { return sha[r.file]; }, mono: true },
      { label: 'Findings', key: 'findings', num: true }], rules.rules || []);
  })();

  // ---- start: apply the fragment's filter, then open the finding it names; again whenever the fragment changes ----
  mark('cases');
  function applyHash() {
    var h = location.hash.replace(/^#/, '');
    if (!isStateHash(h)) return; // a plain anchor, not a filter
    Object.keys(DEFAULTS).forEach(function (k) { state[k] = DEFAULTS[k]; });
    readHash();
    var open = state.open;
    state.open = '';
    syncControls();
    refresh(true);
    if (open && !openFinding(open)) writeHash();
  }
  window.addEventListener('hashchange', applyHash);
  applyHash();
  mark('table');
  document.body.setAttribute('data-timings', timings.join(', '));
  document.body.setAttribute('data-ready', 'true');
})();
