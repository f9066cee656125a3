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
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var summary = data.summary;
  var severities = summary.severities;
  var facts = data.facts;
  var findings = data.findings;
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

  // ---- header ----
  (function header() {
    var tool = manifest.tool || {};
    var rows = manifest.rows || {};
    var result = manifest.result || {};
    var parts = [];
    if (manifest.as_of) parts.push('as of ' + manifest.as_of);
    parts.push(fmt(summary.total) + ' finding' + (summary.total === 1 ? '' : 's'));
    if (rows.read !== undefined) parts.push(fmt(rows.read) + ' rows read, ' + fmt(rows.rejected || 0) + ' rejected');
    if (result.reason) parts.push('result: ' + result.reason + ' (exit ' + result.exit_code + ')');
    if (tool.version) parts.push('sanctions-monitor ' + tool.version);
    if (manifest.started_at) parts.push('run started ' + manifest.started_at);
    $('run-line').textContent = parts.join(' \u00b7 ');
  })();

  // ---- filter state (kept in the URL fragment) ----
  var state = { q: '', severity: '', category: '', rule: '', list: '', sort: '', dir: 'asc', open: '' };
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
  function writeHash() {
    var parts = [];
    Object.keys(state).forEach(function (k) {
      if (state[k] && !(k === 'dir' && state[k] === 'asc')) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(state[k]));
    });
    try { history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search); }
    catch (e) { /* some file:// setups refuse; the filter still works */ }
  }
  function setFilter(key, value) {
    state[key] = value;
    syncControls();
    refresh(true);
    $('findings-section').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

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
    var legend = $('legend');
    severities.forEach(function (s) { legend.appendChild(el('span', { style: '--c:' + COLORS[s] }, s)); });
  })();

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

  // ---- findings table ----
  var COLUMNS = [
    { key: 'severity', label: 'Severity', value: function (f) { return sevRank(f.severity); }, cell: function (f) { return badge(f.severity); } },
    { key: 'rule', label: 'Rule', value: function (f) { return f.rule; }, cls: 'nowrap', title: function (f) { return f.rule_name; } },
    { key: 'category', label: 'Category', value: function (f) { return f.category; } },
    { key: 'subject', label: 'Subject', value: function (f) { return f.subject_type + ' ' + f.subject_id; }, cls: 'nowrap',
      cell: function (f) { return [el('span', { 'class': 'muted' }, f.subject_type + ' '), short(f.subject_id, 24, 6)]; },
      title: function (f) { return f.subject_type + ' ' + f.subject_id; } },
    { key: 'entry', label: 'List entry', value: function (f) { return nz(f.entry_name); },
      cell: function (f) { return f.entry_name ? [f.entry_name, el('span', { 'class': 'muted' }, ' ' + nz(f.list) + ' ' + nz(f.entry_id))] : ''; } },
    { key: 'matched', label: 'Matched value', value: function (f) { return nz(f.matched); }, cls: 'mono',
      cell: function (f) { return short(f.matched, 24, 8); }, title: function (f) { return f.matched; } },
    { key: 'score', label: 'Score', value: function (f) { return f.score === null ? -1 : +f.score; }, cls: 'num',
      cell: function (f) { return nz(f.score); } },
    { key: 'date', label: 'Date', value: function (f) { return nz(f.date); }, cls: 'nowrap', cell: function (f) { return nz(f.date); } },
    { key: 'source', label: 'Source', value: function (f) { return f.source; }, cls: 'mono' }
  ];
  findings.forEach(function (f, i) {
    f._order = i;
    var rule = data.rules[f.rule] || {};
    f.rule_name = rule.name;
    f.rule_file = rule.file;
    f.legal_basis = rule.legal_basis;
    var hay = [f.id, f.rule, f.rule_name, f.category, f.severity, f.subject_type, f.subject_id, f.list, f.entry_id,
      f.entry_name, f.programs, f.matched, f.explanation, f.source, f.date, f.legal_basis];
    f.evidence.forEach(function (e) {
      hay.push(e.source);
      var fx = facts[e.facts] || {};
      Object.keys(fx).forEach(function (k) { hay.push(fx[k]); });
    });
    f._text = hay.map(nz).join('\u0001').toLowerCase();
  });

  function fillSelect(id, label, values) {
    var s = $(id);
    s.appendChild(el('option', { value: '' }, 'all ' + label));
    values.forEach(function (v) { s.appendChild(el('option', { value: v.value }, v.text)); });
  }
  fillSelect('f-severity', 'severities', severities.map(function (s) { return { value: s, text: s }; }));
  fillSelect('f-category', 'categories', summary.by_category.map(function (c) { return { value: c.key, text: c.key }; }));
  fillSelect('f-rule', 'rules', summary.by_rule.filter(function (r) { return r.count > 0; }).map(function (r) {
    return { value: r.id, text: r.id + ' ' + short(r.name.indexOf(r.id + ' ') === 0 ? r.name.slice(r.id.length + 1) : r.name, 40, 0) };
  }));
  fillSelect('f-list', 'lists', summary.by_list.map(function (l) {
    return { value: l.key === null ? '-' : l.key, text: l.key === null ? '(no list entry)' : l.key };
  }));

  var head = $('findings-head');
  head.appendChild(el('th', { 'aria-label': 'expand' }));
  COLUMNS.forEach(function (c) {
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
    if (state.category && f.category !== state.category) return false;
    if (state.rule && f.rule !== state.rule) return false;
    if (state.list && (state.list === '-' ? f.list !== null && f.list !== undefined : f.list !== state.list)) return false;
    if (state.q) {
      var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (var i = 0; i < words.length; i++) if (f._text.indexOf(words[i]) < 0) return false;
    }
    return true;
  }
  function compare(a, b) {
    var col = COLUMNS.filter(function (c) { return c.key === state.sort; })[0];
    if (col) {
      var x = col.value(a), y = col.value(b);
      var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
      if (c !== 0) return state.dir === 'desc' ? -c : c;
    }
    return a._order - b._order;
  }
  function refresh(resetPage) {
    matching = findings.filter(matches).sort(compare);
    shown = 0;
    clear($('findings-body'));
    renderMore(resetPage);
    head.querySelectorAll('th[data-col]').forEach(function (th) {
      if (th.getAttribute('data-col') === state.sort) th.setAttribute('aria-sort', state.dir === 'desc' ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    var t = $('findings');
    t.setAttribute('data-total', findings.length);
    t.setAttribute('data-matching', matching.length);
    var active = ['q', 'severity', 'category', 'rule', 'list'].some(function (k) { return state[k]; });
    $('f-count').textContent = active ? fmt(matching.length) + ' of ' + fmt(findings.length) + ' findings match'
      : fmt(findings.length) + ' findings';
    writeHash();
  }
  function renderMore() {
    var body = $('findings-body');
    var end = Math.min(matching.length, shown + PAGE);
    for (var i = shown; i < end; i++) body.appendChild(row(matching[i]));
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
      tr.appendChild(el('td', { 'class': c.cls || null, title: c.title ? c.title(f) : null }, content));
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
    tr.addEventListener('click', toggle);
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
    tr._toggle = toggle;
    return tr;
  }

  function detail(f) {
    var td = el('td', { colspan: COLUMNS.length + 1 });
    td.appendChild(el('p', { 'class': 'explanation' }, f.explanation));
    var dl = el('dl');
    function item(k, v, cls) { if (v !== null && v !== undefined && v !== '') { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', { 'class': cls || null }, v)); } }
    item('Finding', f.id, 'mono');
    item('Rule', f.rule_name);
    item('Rule file', f.rule_file, 'mono');
    item('Legal basis', f.legal_basis);
    item('Category', f.category);
    item('Subject', f.subject_type + ' ' + f.subject_id + ' at ' + f.source);
    if (f.entry_id) item('List entry', nz(f.entry_name) + ' (' + nz(f.list) + ' ' + f.entry_id + ')' + (f.programs ? '; programs ' + f.programs : ''));
    item('Matched value', f.matched, 'mono');
    item('Score', f.score);
    td.appendChild(dl);
    var evBox = el('div', { 'class': 'evidence' });
    f.evidence.forEach(function (e) {
      var fx = facts[e.facts] || {};
      var t = el('table', null, el('tbody', null, Object.keys(fx).map(function (k) {
        return el('tr', null, el('td', null, k), el('td', { 'class': 'mono' }, fx[k]));
      })));
      evBox.appendChild(el('div', { 'class': 'ev', 'data-role': e.role },
        el('h4', null, e.role + ': ' + e.type + ' ' + nz(e.id) + ' ', el('span', { 'class': 'mono muted' }, nz(e.source))), t));
    });
    if (f.path) td.appendChild(pathGraph(f.path, f.id));
    td.appendChild(evBox);
    return el('tr', { 'class': 'detail', 'data-for': f.id }, td);
  }

  // An exposure path: addresses as nodes in layers (by distance from the start), transfers as arrows.
  function pathGraph(p, fid) {
    var layer = {};
    var incoming = {};
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
    var perLayer = {};
    p.nodes.forEach(function (n) {
      if (layer[n.id] === undefined) layer[n.id] = 0;
      (perLayer[layer[n.id]] = perLayer[layer[n.id]] || []).push(n);
    });
    var layers = Object.keys(perLayer).map(Number).sort(function (a, b) { return a - b; });
    var nodeW = 150, nodeH = 34, gapX = 110, gapY = 22, pad = 14;
    var maxRows = Math.max.apply(null, layers.map(function (l) { return perLayer[l].length; }));
    var w = pad * 2 + layers.length * nodeW + (layers.length - 1) * gapX;
    var h = pad * 2 + maxRows * nodeH + (maxRows - 1) * gapY + 16;
    var pos = {};
    layers.forEach(function (l, li) {
      var ns = perLayer[l];
      var offset = (maxRows - ns.length) * (nodeH + gapY) / 2;
      ns.forEach(function (n, i) { pos[n.id] = { x: pad + li * (nodeW + gapX), y: pad + 16 + offset + i * (nodeH + gapY) }; });
    });
    var marker = 'arrow-' + String(fid).replace(/[^A-Za-z0-9_-]/g, '_');
    var svg = sv('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img', 'data-path-nodes': p.nodes.length,
      'data-path-edges': p.edges.length, 'aria-label': 'exposure path of ' + p.edges.length + ' transfers' });
    svg.appendChild(sv('defs', null, sv('marker', { id: marker, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: 'auto-start-reverse' }, sv('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#495057' }))));
    p.edges.forEach(function (e, i) {
      var a = pos[e.from], b = pos[e.to];
      if (!a || !b) return;
      var x1 = a.x + nodeW, y1 = a.y + nodeH / 2, x2 = b.x, y2 = b.y + nodeH / 2;
      if (b.x <= a.x) { x1 = a.x + nodeW / 2; y1 = a.y + nodeH; x2 = b.x + nodeW / 2; y2 = b.y; }
      var g = titled(sv('g', { 'class': 'path-edge', 'data-tx': e.tx }), 'transfer ' + nz(e.tx) + ': ' + nz(e.amount) + ' ' +
        nz(e.asset) + (e.timestamp ? ' at ' + e.timestamp : '') + (e.source ? ' (' + e.source + ')' : ''));
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
      g.appendChild(sv('text', { x: q.x + nodeW / 2, y: q.y + 14, 'text-anchor': 'middle', 'class': 'mono' }, short(n.id, 8, 6)));
      g.appendChild(sv('text', { x: q.x + nodeW / 2, y: q.y + 27, 'text-anchor': 'middle' },
        n.kind === 'listed' ? 'listed address' : n.kind === 'start' ? 'start' : 'intermediate'));
      svg.appendChild(g);
    });
    return el('div', { 'class': 'path', 'data-path': 'true' }, el('h4', null, 'Exposure path (' + p.edges.length + ' transfer' +
      (p.edges.length === 1 ? '' : 's') + ')'), svg);
  }

  // ---- filter controls ----
  var controls = { q: 'f-q', severity: 'f-severity', category: 'f-category', rule: 'f-rule', list: 'f-list' };
  function syncControls() { Object.keys(controls).forEach(function (k) { $(controls[k]).value = state[k]; }); }
  Object.keys(controls).forEach(function (k) {
    $(controls[k]).addEventListener(k === 'q' ? 'input' : 'change', function () { state[k] = $(controls[k]).value; refresh(true); });
  });
  function resetFilters() {
    state.q = state.severity = state.category = state.rule = state.list = '';
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
          rules: (r.rules || []).join(', ') || 'no rule' });
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
      { label: 'Source', key: 'source', mono: true }], fields);
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

  // ---- start: apply the fragment's filter, then open the finding it names ----
  readHash();
  syncControls();
  refresh(true);
  if (state.open) {
    var target = document.querySelector('#findings-body tr.finding[data-id="' + String(state.open).replace(/[^A-Za-z0-9_-]/g, '') + '"]');
    if (target) { state.open = ''; target._toggle(); }
  }
  document.body.setAttribute('data-ready', 'true');
})();
