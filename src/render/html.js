(() => {
  'use strict';
  // powermap's static report: pan, zoom, fit, filter, details, routes lit up. Reads the
  // data block; fetches nothing; every word comes from the data (the catalogs).
  const D = JSON.parse(document.getElementById('pm-data').textContent);
  const W = D.words;
  const box = document.querySelector('.diagram');
  const svg = box && box.querySelector('svg');
  if (!svg) return;
  document.documentElement.classList.add('js');
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
    for (const c of kids.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  };
  const groups = [...svg.querySelectorAll('g.person')];
  const gOf = (i) => groups.find((g) => g.id === 'person-' + i) || null;

  // ---- stage: pan, zoom, fit ----
  const stage = el('div', { class: 'pm-stage' });
  const canvas = el('div', { class: 'pm-canvas' });
  box.insertBefore(stage, svg);
  canvas.append(svg);
  stage.append(canvas);
  let view = { x: 0, y: 0, k: 1 };
  const apply = () => { canvas.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.k})`; };
  const size = () => {
    const vb = svg.viewBox && svg.viewBox.baseVal;
    return { w: (vb && vb.width) || parseFloat(svg.getAttribute('width')) || 800, h: (vb && vb.height) || parseFloat(svg.getAttribute('height')) || 600 };
  };
  const fit = () => {
    const s = size(), r = stage.getBoundingClientRect();
    svg.setAttribute('width', s.w); svg.setAttribute('height', s.h);
    const k = Math.max(0.05, Math.min((r.width - 16) / s.w, (r.height - 16) / s.h, 2));
    view = { k, x: (r.width - s.w * k) / 2, y: (r.height - s.h * k) / 2 };
    apply();
  };
  const zoomAt = (f, cx, cy) => {
    const k = Math.min(8, Math.max(0.05, view.k * f));
    view.x = cx - (cx - view.x) * (k / view.k); view.y = cy - (cy - view.y) * (k / view.k); view.k = k;
    apply();
  };
  const centre = (f) => { const r = stage.getBoundingClientRect(); zoomAt(f, r.width / 2, r.height / 2); };
  let pan = null, moved = false;
  stage.addEventListener('mousedown', (e) => {
    if (e.button !== 0) return;
    pan = { x: e.clientX - view.x, y: e.clientY - view.y, sx: e.clientX, sy: e.clientY };
    moved = false;
    e.preventDefault();
  });
  window.addEventListener('mousemove', (e) => {
    if (!pan) return;
    if (Math.abs(e.clientX - pan.sx) + Math.abs(e.clientY - pan.sy) > 4) moved = true;
    view.x = e.clientX - pan.x; view.y = e.clientY - pan.y; apply();
  });
  window.addEventListener('mouseup', () => { pan = null; });
  stage.addEventListener('wheel', (e) => {
    e.preventDefault();
    const r = stage.getBoundingClientRect();
    zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });

  // ---- controls: search and filters ----
  const any = W['report-html-any'];
  const search = el('input', { type: 'search', class: 'pm-search', placeholder: W['report-html-search'], 'aria-label': W['report-html-search'] });
  const select = (cls, title, opts) => el('select', { class: cls, title, 'aria-label': title },
    el('option', { value: '' }, `${title}: ${any}`), opts.map(([v, t]) => el('option', { value: v }, t)));
  const unitSel = select('pm-unit', W['report-html-field-unit'], D.units.map((u, i) => [String(i), u.name]));
  const stanceSel = select('pm-stance', W['vocab-stance'], D.stances.map((s) => [s.value, s.label]));
  const reachSel = select('pm-reach', W['report-html-reached'], [['yes', W['report-html-reached']], ['no', W['report-html-unreached']]]);
  const button = (cls, text, title, f) => { const b = el('button', { type: 'button', class: cls, title }, text); b.addEventListener('click', f); return b; };
  const bar = el('div', { class: 'pm-bar' }, search, unitSel, stanceSel, reachSel,
    button('pm-zoom-out', '−', W['report-html-zoom-out'], () => centre(0.8)),
    button('pm-zoom-in', '+', W['report-html-zoom-in'], () => centre(1.25)),
    button('pm-fit', W['report-html-fit'], W['report-html-fit'], fit));
  box.insertBefore(bar, stage);
  box.append(el('p', { class: 'pm-hint' }, W['report-html-click-hint']));
  const below = (u) => {
    const out = new Set([u]);
    let grew = true;
    while (grew) { grew = false; D.units.forEach((x, i) => { if (x.parent !== null && out.has(x.parent) && !out.has(i)) { out.add(i); grew = true; } }); }
    return out;
  };
  const filter = () => {
    const q = search.value.trim().toLowerCase();
    const inUnit = unitSel.value === '' ? null : below(Number(unitSel.value));
    const st = stanceSel.value, rc = reachSel.value;
    const active = q || inUnit || st || rc;
    svg.classList.toggle('pm-filtered', !!active);
    D.people.forEach((p, i) => {
      const g = gOf(i);
      if (!g) return;
      const hay = [p.id, p.name, p.title].filter(Boolean).join(' ').toLowerCase();
      const ok = (!q || hay.includes(q)) && (!inUnit || (p.unit !== null && inUnit.has(p.unit)))
        && (!st || p.stance === st) && (!rc || (rc === 'yes') === p.reached);
      g.classList.toggle('pm-match', !!active && ok);
    });
  };
  for (const s of [search, unitSel, stanceSel, reachSel]) s.addEventListener('input', filter);

  // ---- lighting up: a route or a candidate from the report ----
  // A route lights its people and the lines between consecutive ones (either
  // direction); a single person lights every line of theirs.
  const lines = [...svg.querySelectorAll('path.tie')];
  const light = (ix) => {
    for (const g of groups) g.classList.remove('pm-on');
    for (const p of lines) p.classList.remove('pm-on');
    svg.classList.toggle('pm-lit', ix.length > 0);
    for (const i of ix) { const g = gOf(i); if (g) g.classList.add('pm-on'); }
    const ends = (p) => [Number(p.dataset.from), Number(p.dataset.to)];
    if (ix.length === 1) {
      for (const p of lines) if (ends(p).includes(ix[0])) p.classList.add('pm-on');
    }
    for (let k = 0; k + 1 < ix.length; k++) {
      const [a, b] = [ix[k], ix[k + 1]];
      for (const p of lines) {
        const [f, t] = ends(p);
        if ((f === a && t === b) || (f === b && t === a)) p.classList.add('pm-on');
      }
    }
  };
  const tables = [...document.querySelectorAll('section.report')].map((s) => s.querySelector('tbody'));
  for (const r of D.rows) {
    const tb = tables[r.section];
    const tr = tb && tb.rows[r.row];
    if (!tr) continue;
    tr.classList.add('pm-link');
    tr.tabIndex = 0;
    const on = () => {
      const was = tr.classList.contains('pm-lit');
      for (const t of document.querySelectorAll('tr.pm-lit')) t.classList.remove('pm-lit');
      if (was) { light([]); return; }
      tr.classList.add('pm-lit');
      light(r.people);
      box.scrollIntoView({ block: 'nearest' });
    };
    tr.addEventListener('click', on);
    tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') on(); });
  }

  // ---- details of a person ----
  const panel = el('aside', { class: 'pm-panel', hidden: '' });
  box.append(panel);
  const nameOf = (i) => (D.people[i] || {}).name || '';
  const details = (i) => {
    const p = D.people[i];
    const row = (k, v) => (v ? [el('dt', {}, k), el('dd', {}, v)] : []);
    const routes = D.rows.filter((r) => r.route && r.people[r.people.length - 1] === i)
      .map((r) => el('li', {}, r.people.map(nameOf).join(' → ')));
    const close = button('pm-close', '×', W['report-html-close'], () => { panel.hidden = true; light([]); });
    panel.replaceChildren(close, el('h2', {}, p.name), el('dl', {},
      row(W['report-html-field-title'], p.title),
      row(W['report-html-field-unit'], p.unit !== null ? (D.units[p.unit] || {}).name : ''),
      row(W['vocab-stance'], p.stance_label),
      row(W['vocab-role'], p.roles.join(', ')),
      row(W['vocab-relationship'], p.relationship),
      row(W['report-html-field-notes'], p.notes)),
    ...(routes.length ? [el('h3', {}, W['report-html-routes-to']), el('ul', {}, routes)] : []));
    panel.hidden = false;
    light([i]);
  };
  // ---- details of a unit (an overview's card): its people, coverage, key people ----
  const cards = [...svg.querySelectorAll('g.unit-card[data-unit]')];
  const person = (i) => {
    const p = D.people[i];
    return el('li', {}, p.name, p.stance_label ? ` · ${p.stance_label}` : '', p.reached ? '' : ` · ${W['report-html-unreached']}`);
  };
  const unitDetails = (g) => {
    const u = Number(g.dataset.unit);
    const unit = D.units[u];
    if (!unit) return;
    const members = D.people.map((p, i) => [p, i]).filter(([p]) => p.unit === u).map(([, i]) => i);
    const reached = members.filter((i) => D.people[i].reached).length;
    const key = (g.dataset.key || '').split(' ').filter(Boolean).map(Number).filter((i) => D.people[i]);
    const close = button('pm-close', '×', W['report-html-close'], () => { panel.hidden = true; cardOn(null); });
    panel.replaceChildren(close, el('h2', {}, unit.name), el('dl', {},
      el('dt', {}, W['report-html-unit-people']), el('dd', {}, String(members.length)),
      el('dt', {}, W['report-html-reached']), el('dd', {}, `${reached} / ${members.length}`)),
    ...(key.length ? [el('h3', {}, W['report-html-unit-key']), el('ol', {}, key.map(person))] : []),
    ...(members.length ? [el('h3', {}, W['report-html-unit-people']), el('ul', {}, members.map(person))] : []));
    panel.hidden = false;
    cardOn(g);
  };
  const cardOn = (g) => {
    for (const c of cards) c.classList.toggle('pm-on', c === g);
    svg.classList.toggle('pm-lit', !!g);
  };
  stage.addEventListener('click', (e) => {
    if (moved) return;
    const g = e.target.closest && e.target.closest('g.person');
    if (g) { details(Number(g.id.slice('person-'.length))); return; }
    const c = e.target.closest && e.target.closest('g.unit-card[data-unit]');
    if (c) unitDetails(c);
  });
  fit();
})();
