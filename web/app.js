// powermap workspace. Every word shown comes from /api/words (the catalogs, in the
// user's language); every change goes to the server, which checks it with the same
// loader as a file and answers with the new analysis and diagram.
'use strict';

let W = {};          // words by catalog key
let V = {};          // vocabularies: {name, values: [{value, label}]}
let S = null;        // the last state from the server
let whatIf = false;  // what-if mode: changes are assumptions
let assumptions = [];
let selected = null; // the selected person's id
let view = { x: 20, y: 20, k: 1 };

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
    else if (k === 'class') e.className = v;
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of kids.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

// A message from the server: a string, or {code, params, message}.
function txt(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(txt).join(' ');
  return v.message || v.text || v.code || '';
}

function fill(template, vals) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in vals ? vals[k] : m));
}

function label(vocab, value) {
  const v = (V[vocab] && V[vocab].values || []).find((x) => x.value === value || String(x.value) === String(value));
  return v ? v.label : (value === undefined ? '' : String(value));
}

async function api(method, path, body) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body);
  }
  const r = await fetch(path, opts);
  let data = null;
  try { data = await r.json(); } catch (e) { data = { error: { message: await r.text().catch(() => '') } }; }
  return { status: r.status, ok: r.ok, data };
}

// ---- the diagram: pan, zoom, fit ----

function applyView() {
  $('canvas').style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.k})`;
}

function fit() {
  const svg = $('canvas').querySelector('svg');
  if (!svg) return;
  const st = $('stage').getBoundingClientRect();
  const w = parseFloat(svg.getAttribute('width')) || 800;
  const h = parseFloat(svg.getAttribute('height')) || 600;
  const k = Math.min((st.width - 30) / w, (st.height - 40) / h, 1.5);
  view = { k: Math.max(k, 0.05), x: (st.width - w * k) / 2, y: 10 };
  applyView();
}

function zoomAt(factor, cx, cy) {
  const k = Math.min(8, Math.max(0.05, view.k * factor));
  view.x = cx - (cx - view.x) * (k / view.k);
  view.y = cy - (cy - view.y) * (k / view.k);
  view.k = k;
  applyView();
}

function setSvg(svgText, shown) {
  const doc = new DOMParser().parseFromString(svgText || '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml');
  const svg = document.importNode(doc.documentElement, true);
  $('canvas').replaceChildren(svg);
  // The diagram numbers its boxes (person-0, person-1, …); `shown` says what each
  // stands for: a person, or a collapsed unit.
  const sh = shown || (S && S.shown) || people().map((p) => ({ id: p.id }));
  for (const g of svg.querySelectorAll('g.person')) {
    const s = sh[Number(g.id.slice('person-'.length))] || {};
    g.dataset.id = s.id || '';
    if (s.unit) { g.dataset.unit = s.unit; g.classList.add('folded'); g.setAttribute('title', W['serve-expand']); }
  }
  // Lines carry the numbers of their two boxes; keep the ids they stand for.
  for (const p of svg.querySelectorAll('path.tie')) {
    p.dataset.a = (sh[Number(p.dataset.from)] || {}).id || '';
    p.dataset.b = (sh[Number(p.dataset.to)] || {}).id || '';
  }
  markSelection();
  applyFilters();
}

function personG(id) {
  return [...$('canvas').querySelectorAll('g.person')].find((g) => g.dataset.id === id) || null;
}

function markSelection() {
  for (const g of $('canvas').querySelectorAll('g.person.sel')) g.classList.remove('sel');
  const g = selected && personG(selected);
  if (g) g.classList.add('sel');
}

function lightUp(ids) {
  const c = $('canvas');
  for (const g of c.querySelectorAll('g.person.on, path.tie.on')) g.classList.remove('on');
  if (!ids || !ids.length) { c.classList.remove('lit'); return; }
  c.classList.add('lit');
  for (const id of ids) { const g = personG(id); if (g) g.classList.add('on'); }
  // The lines between consecutive people of a route (either direction).
  const lines = [...c.querySelectorAll('path.tie')];
  for (let k = 0; k + 1 < ids.length; k++) {
    for (const p of lines) {
      const { a, b } = p.dataset;
      if (a && b && ((a === ids[k] && b === ids[k + 1]) || (a === ids[k + 1] && b === ids[k]))) p.classList.add('on');
    }
  }
}

// ---- filters and search ----

function people() { return (S && S.doc && S.doc.people) || []; }
function units() { return (S && S.doc && S.doc.units) || []; }
function ties() { return (S && S.doc && S.doc.ties) || []; }
function person(id) { return people().find((p) => p.id === id); }
function nameOf(id) { const p = person(id); return p ? (p.name || p.id) : id; }

function option(value, text, current) {
  return el('option', { value, selected: String(current) === String(value) }, text);
}

function fillFilters() {
  const keep = (id) => $(id).value;
  const any = W['serve-filter-any'];
  const set = (id, title, opts) => {
    const cur = keep(id);
    $(id).replaceChildren(option('', `${title}: ${any}`, cur), ...opts.map(([v, t]) => option(v, t, cur)));
    $(id).title = title;
  };
  set('f-unit', W['serve-filter-unit'], units().map((u) => [u.id, u.name || u.id]));
  set('f-role', W['serve-filter-role'], V.role.values.map((v) => [v.value, v.label]));
  set('f-stance', W['serve-filter-stance'], V.stance.values.map((v) => [v.value, v.label]));
  set('f-reach', W['serve-filter-reach'], [['yes', W['serve-reached']], ['no', W['serve-unreached']]]);
}

function unitAndBelow(uid) {
  const out = new Set([uid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units()) if (u.parent && out.has(u.parent) && !out.has(u.id)) { out.add(u.id); grew = true; }
  }
  return out;
}

function applyFilters() {
  const q = $('search').value.trim().toLowerCase();
  const unit = $('f-unit').value, role = $('f-role').value, stance = $('f-stance').value, reach = $('f-reach').value;
  const c = $('canvas');
  const active = q || unit || role || stance || reach;
  c.classList.toggle('filtered', !!active);
  if (!active) return;
  const inUnit = unit ? unitAndBelow(unit) : null;
  const reached = new Set((S && S.reached) || []);
  for (const g of c.querySelectorAll('g.person')) {
    const p = person(g.dataset.id) || { id: g.dataset.id };
    const hay = [p.id, p.name, p.title].filter(Boolean).join(' ').toLowerCase();
    const ok = (!q || hay.includes(q))
      && (!inUnit || inUnit.has(p.unit))
      && (!role || (p.roles || []).includes(role))
      && (!stance || (p.stance || 'unknown') === stance)
      && (!reach || (reach === 'yes') === reached.has(p.id));
    g.classList.toggle('match', ok);
  }
}

// ---- the report beside the diagram ----

function renderReport() {
  const box = $('report');
  box.replaceChildren(el('h2', {}, W['serve-report']));
  for (const sec of S.sections) {
    if (!sec.rows.length) continue;
    const head = el('tr', {}, sec.columns.map((c) => el('th', {}, c)));
    const rows = sec.rows.map((r, i) => {
      const link = sec.links[i] || { ids: [] };
      const tr = el('tr', { class: link.ids.length ? 'link' : '', title: W['serve-light-up'] },
        r.map((cell) => el('td', { class: cell.length > 40 ? 'long' : '' }, cell)));
      if (link.ids.length) tr.addEventListener('click', () => rowClicked(sec, link, tr));
      return tr;
    });
    box.append(el('h3', {}, sec.title), el('table', { 'data-section': sec.key }, el('thead', {}, head), el('tbody', {}, rows)));
  }
}

async function rowClicked(sec, link, tr) {
  const wasOn = tr.classList.contains('on');
  for (const t of $('report').querySelectorAll('tr.on')) t.classList.remove('on');
  if (wasOn) { lightUp([]); if (!whatIf) setSvg(S.svg); return; }
  tr.classList.add('on');
  if ((sec.key === 'paths' || sec.key === 'next_steps') && link.target && !whatIf) {
    const r = await api('GET', '/api/diagram?path_to=' + encodeURIComponent(link.target));
    if (r.ok && r.data.svg) setSvg(r.data.svg, r.data.shown);
  }
  lightUp(link.ids);
}

// ---- the side panel ----

function problemsBox(data) {
  const items = (data.problems || []).map((p) => el('li', {}, txt(p)));
  return el('div', { class: 'problems', role: 'alert' },
    el('strong', {}, txt(data.error) || W['serve-problems']), items.length ? el('ul', { class: 'plain' }, items) : null);
}

function showProblems(data) {
  const panel = $('panel');
  const old = panel.querySelector('.problems');
  if (old) old.remove();
  panel.prepend(problemsBox(data));
}

function select(name, vocab, current, withEmpty) {
  const opts = V[vocab].values.map((v) => option(v.value, v.label, current));
  if (withEmpty) opts.unshift(option('', W['serve-none'], current === undefined ? '' : current));
  return el('select', { name }, opts);
}

function relationshipValue(p) {
  // The document writes the stage as a number; the vocabulary lists the names in order.
  const r = p.relationship;
  if (typeof r === 'number') return (V.relationship.values[r] || {}).value;
  return r || V.relationship.values[0].value;
}

function personPanel(id) {
  const p = person(id);
  if (!p) { $('panel').replaceChildren(); return; }
  const panel = $('panel');
  const form = el('div', { class: 'form', id: 'person-form' });
  const text = (name, key, value) => [el('label', {}, W[key]), el('input', { type: 'text', name, value: value || '' })];
  const unitSel = el('select', { name: 'unit' }, option('', W['serve-unit-none'], p.unit || ''),
    units().map((u) => option(u.id, u.name || u.id, p.unit || '')));
  const roles = el('div', { class: 'roles' }, V.role.values.map((v) =>
    el('label', {}, el('input', { type: 'checkbox', name: 'role', value: v.value, checked: (p.roles || []).includes(v.value) }), v.label)));
  form.append(
    ...text('name', 'serve-field-name', p.name),
    ...text('title', 'serve-field-title', p.title),
    el('label', {}, W['serve-field-unit']), unitSel,
    el('label', {}, V.stance.name), select('stance', 'stance', p.stance || 'unknown'),
    el('label', {}, V.relationship.name), select('relationship', 'relationship', relationshipValue(p)),
    el('label', {}, V.side.name), select('side', 'side', p.side || 'customer'),
    el('label', {}, V.role.name), roles,
    el('label', {}, V.contact.name), select('contact', 'contact', p.contact || 'open'),
    ...text('level', 'serve-field-level', p.level === undefined ? '' : String(p.level)),
    el('label', {}, W['serve-field-notes']), el('textarea', { name: 'notes', rows: 2 }, p.notes || ''),
  );
  const apply = el('button', { class: 'primary', type: 'button', id: 'apply-person' }, whatIf ? W['serve-whatif'] : W['serve-apply']);
  apply.addEventListener('click', () => applyPerson(p, form));
  const remove = el('button', { type: 'button', id: 'remove-person' }, W['serve-remove-person']);
  remove.addEventListener('click', () => edit([{ type: 'remove_person', id: p.id }]));
  remove.disabled = whatIf;
  panel.replaceChildren(el('h2', {}, `${p.name || p.id} `, el('span', { class: 'muted' }, `(${p.id})`)),
    p.title ? el('div', { class: 'muted' }, p.title) : null,
    analysisOf(p.id), form, el('div', { class: 'row' }, apply, remove), tiesOf(p.id));
}

function analysisOf(id) {
  const R = S.report || {};
  const out = el('div', {});
  const c = (R.decision_makers || []).find((x) => x.id === id);
  if (c) {
    const comps = (c.components || []).map((k) => el('li', {}, `${txt(k.label || k.name)} ${Number(k.points).toFixed(1)}: `,
      (k.reasons || []).map(txt).join('; ')));
    out.append(el('h3', {}, W['serve-score']), el('div', { class: 'score' }, `#${c.rank} · ${Number(c.score).toFixed(1)}`),
      el('ul', { class: 'plain' }, comps));
  }
  const routes = (R.paths || []).filter((x) => x.target === id);
  if (routes.length) {
    out.append(el('h3', {}, W['serve-routes']), el('ul', { class: 'plain' }, routes.map((r) =>
      el('li', {}, `${(r.hops || r.ids || []).map(nameOf).join(' → ')} (${Number(r.reliability).toFixed(2)})`))));
  }
  const risks = (R.risks || []).filter((x) => (x.people || []).includes(id));
  if (risks.length) {
    out.append(el('h3', {}, W['serve-risks-about']), el('ul', { class: 'plain' }, risks.map((r) => el('li', { class: 'bad' }, txt(r.message)))));
  }
  return out;
}

function tiesOf(id) {
  const items = [];
  ties().forEach((t, i) => {
    if (t.from !== id && t.to !== id) return;
    const other = t.from === id ? t.to : t.from;
    const arrow = t.from === id ? '→' : '←';
    const rm = el('button', { type: 'button', title: W['serve-remove'] }, '×');
    rm.addEventListener('click', () => {
      if (whatIf) addAssumption({ type: 'remove_tie', from: t.from, to: t.to, kind: t.kind });
      else edit([{ type: 'remove_tie_at', index: i }]);
    });
    items.push(el('li', {}, `${label('tie_kind', t.kind)} ${arrow} ${nameOf(other)} · ${label('strength', t.strength || 2)} `, rm));
  });
  return el('div', {}, el('h3', {}, W['serve-ties']), items.length ? el('ul', { class: 'plain' }, items) : el('p', { class: 'muted' }, W['serve-none']));
}

function applyPerson(p, form) {
  const get = (n) => form.querySelector(`[name=${n}]`).value.trim();
  const roles = [...form.querySelectorAll('input[name=role]:checked')].map((x) => x.value);
  const wanted = {
    name: get('name'), title: get('title'), unit: get('unit'), stance: get('stance'),
    relationship: get('relationship'), side: get('side'), level: get('level'), notes: get('notes'), roles: roles.join(','),
    contact: get('contact'),
  };
  const had = {
    name: p.name || '', title: p.title || '', unit: p.unit || '', stance: p.stance || 'unknown',
    relationship: relationshipValue(p), side: p.side || 'customer', level: p.level === undefined ? '' : String(p.level),
    notes: p.notes || '', roles: (p.roles || []).join(','), contact: p.contact || 'open',
  };
  const sets = Object.keys(wanted).filter((k) => wanted[k] !== had[k])
    .map((k) => ({ type: 'set', person: p.id, field: k, value: wanted[k] === '' ? null : wanted[k] }));
  if (!sets.length) return;
  if (whatIf) { for (const a of sets) addAssumption(a, true); runWhatIf(); }
  else edit(sets.map((a) => ({ type: 'assume', assumption: a })));
}

function tieForm(from, to) {
  const panel = $('panel');
  const kind = select('kind', 'tie_kind', 'knows');
  const strength = select('strength', 'strength', 'medium');
  const ok = el('button', { class: 'primary', type: 'button', id: 'create-tie' }, whatIf ? W['serve-whatif'] : W['serve-create']);
  const cancel = el('button', { type: 'button' }, W['serve-cancel']);
  cancel.addEventListener('click', () => personPanel(from));
  ok.addEventListener('click', () => {
    const sv = V.strength.values.findIndex((v) => v.value === strength.value) + 1;
    const a = { type: 'add_tie', from, to, kind: kind.value, strength: sv > 0 ? sv : null };
    if (whatIf) addAssumption(a);
    else edit([{ type: 'assume', assumption: a }]);
  });
  panel.replaceChildren(el('h2', {}, W['serve-new-tie']),
    el('p', {}, fill(W['serve-tie-from-to'], { from: nameOf(from), to: nameOf(to) })),
    el('div', { class: 'form' }, el('label', {}, V.tie_kind.name), kind, el('label', {}, V.strength.name), strength),
    el('div', { class: 'row' }, ok, cancel));
}

function newPersonForm() {
  const id = el('input', { type: 'text', name: 'id' });
  const name = el('input', { type: 'text', name: 'name' });
  const unit = el('select', { name: 'unit' }, option('', W['serve-unit-none'], ''), units().map((u) => option(u.id, u.name || u.id, '')));
  const ok = el('button', { class: 'primary', type: 'button', id: 'create-person' }, W['serve-create']);
  ok.addEventListener('click', async () => {
    const r = await edit([{ type: 'add_person', id: id.value.trim(), name: name.value.trim() || null, unit: unit.value || null }]);
    if (r) { selected = id.value.trim(); personPanel(selected); markSelection(); }
  });
  $('panel').replaceChildren(el('h2', {}, W['serve-add-person']), el('div', { class: 'form' },
    el('label', {}, W['serve-new-id']), id, el('label', {}, W['serve-new-name']), name, el('label', {}, W['serve-field-unit']), unit),
  el('div', { class: 'row' }, ok));
  id.focus();
}

function newUnitForm() {
  const id = el('input', { type: 'text', name: 'id' });
  const name = el('input', { type: 'text', name: 'name' });
  const parent = el('select', { name: 'parent' }, option('', W['serve-unit-none'], ''), units().map((u) => option(u.id, u.name || u.id, '')));
  const ok = el('button', { class: 'primary', type: 'button' }, W['serve-create']);
  ok.addEventListener('click', () => edit([{ type: 'add_unit', id: id.value.trim(), name: name.value.trim() || null, parent: parent.value || null }]));
  $('panel').replaceChildren(el('h2', {}, W['serve-add-unit']), el('div', { class: 'form' },
    el('label', {}, W['serve-new-id']), id, el('label', {}, W['serve-new-name']), name, el('label', {}, W['serve-parent-unit']), parent),
  el('div', { class: 'row' }, ok));
  id.focus();
}

// ---- units: collapse and expand, edit and remove ----

async function setCollapsed(ids) {
  const r = await api('POST', '/api/view', { collapsed: [...new Set(ids)] });
  // Folding changes the diagram's size: fit it again, or an expanded big map runs off
  // the stage and a collapsed one shrinks to a corner.
  if (r.ok) { show(r.data); fit(); } else showProblems(r.data);
}

function toggleUnit(uid) {
  const c = new Set((S && S.collapsed) || []);
  if (c.has(uid)) c.delete(uid); else c.add(uid);
  return setCollapsed([...c]);
}

function unitTree() {
  const byParent = new Map();
  for (const u of units()) {
    const k = u.parent && units().some((x) => x.id === u.parent) ? u.parent : '';
    if (!byParent.has(k)) byParent.set(k, []);
    byParent.get(k).push(u);
  }
  const out = [];
  const walk = (k, depth, seen) => {
    for (const u of byParent.get(k) || []) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push([u, depth]);
      walk(u.id, depth + 1, seen);
    }
  };
  walk('', 0, new Set());
  return out;
}

function unitsPanel() {
  const collapsed = new Set(S.collapsed || []);
  const rows = unitTree().map(([u, depth]) => {
    const folded = collapsed.has(u.id);
    const t = el('button', { type: 'button', class: 'fold', 'data-unit': u.id, title: W[folded ? 'serve-expand' : 'serve-collapse'] }, folded ? '▸' : '▾');
    t.addEventListener('click', async () => { await toggleUnit(u.id); unitsPanel(); });
    const name = el('button', { type: 'button', class: 'link', 'data-edit-unit': u.id }, `${u.name || u.id}`);
    name.addEventListener('click', () => unitForm(u.id));
    const li = el('li', {}, t, ' ', name, el('span', { class: 'muted' }, ` (${u.id})`));
    li.style.paddingLeft = `${depth * 14}px`; // through the CSSOM: the page's CSP refuses style attributes
    return li;
  });
  const all = el('button', { type: 'button', id: 'collapse-all' }, W['serve-collapse-all']);
  all.addEventListener('click', async () => { await setCollapsed(units().map((u) => u.id)); unitsPanel(); });
  const none = el('button', { type: 'button', id: 'expand-all' }, W['serve-expand-all']);
  none.addEventListener('click', async () => { await setCollapsed([]); unitsPanel(); });
  $('panel').replaceChildren(el('h2', {}, W['serve-units']), el('div', { class: 'row' }, all, none),
    rows.length ? el('ul', { class: 'plain tree' }, rows) : el('p', { class: 'muted' }, W['serve-none']));
}

function unitForm(uid) {
  const u = units().find((x) => x.id === uid);
  if (!u) { unitsPanel(); return; }
  const name = el('input', { type: 'text', name: 'name', value: u.name || '' });
  const below = unitAndBelow(uid);
  const parent = el('select', { name: 'parent' }, option('', W['serve-unit-none'], u.parent || ''),
    units().filter((x) => !below.has(x.id)).map((x) => option(x.id, x.name || x.id, u.parent || '')));
  const kind = select('kind', 'unit_kind', u.kind || '', true);
  const ok = el('button', { class: 'primary', type: 'button', id: 'apply-unit' }, W['serve-apply']);
  ok.addEventListener('click', async () => {
    const sets = [['name', name.value.trim()], ['parent', parent.value], ['kind', kind.value]]
      .filter(([f, v]) => v !== (u[f] || ''))
      .map(([f, v]) => ({ type: 'set_unit', id: uid, field: f, value: v || null }));
    if (sets.length && await edit(sets)) unitForm(uid);
  });
  const rm = el('button', { type: 'button', id: 'remove-unit' }, W['serve-remove-unit']);
  rm.addEventListener('click', async () => { if (await edit([{ type: 'remove_unit', id: uid }])) unitsPanel(); });
  const back = el('button', { type: 'button' }, W['serve-units']);
  back.addEventListener('click', unitsPanel);
  $('panel').replaceChildren(el('h2', {}, `${W['serve-edit-unit']}: ${u.name || u.id} `, el('span', { class: 'muted' }, `(${u.id})`)),
    el('div', { class: 'form', id: 'unit-form' }, el('label', {}, W['serve-new-name']), name,
      el('label', {}, W['serve-parent-unit']), parent, el('label', {}, V.unit_kind.name), kind),
    el('div', { class: 'row' }, ok, rm, back));
}

// ---- what if ----

function addAssumption(a, quiet) {
  assumptions = assumptions.filter((x) => !(x.type === 'set' && a.type === 'set' && x.person === a.person && x.field === a.field));
  assumptions.push(a);
  if (!quiet) runWhatIf();
}

function describe(a) {
  if (a.type === 'set') {
    const vocab = { stance: 'stance', relationship: 'relationship', side: 'side' }[a.field];
    return `${nameOf(a.person)}: ${a.field} = ${vocab ? label(vocab, a.value) : (a.value || '∅')}`;
  }
  if (a.type === 'add_tie') return `+ ${nameOf(a.from)} → ${nameOf(a.to)} (${label('tie_kind', a.kind)})`;
  if (a.type === 'remove_tie') return `− ${nameOf(a.from)} → ${nameOf(a.to)} (${label('tie_kind', a.kind)})`;
  return `${a.field} = ${a.value}`;
}

async function runWhatIf() {
  const panel = $('panel');
  const chips = assumptions.map((a, i) => {
    const x = el('button', { type: 'button' }, '×');
    x.addEventListener('click', () => { assumptions.splice(i, 1); runWhatIf(); });
    return el('span', { class: 'chip' }, describe(a), x);
  });
  const ctx = el('div', { class: 'row' },
    ['governance', 'purchase_share'].map((f) => {
      const cur = (S.doc.context || {})[f];
      const s = select(f, f, cur, true);
      s.addEventListener('change', () => addAssumption({ type: 'context', field: f, value: s.value || null }));
      return el('span', {}, `${V[f].name}: `, s);
    }));
  const applyBtn = el('button', { class: 'primary', type: 'button', id: 'whatif-apply', disabled: !assumptions.length }, W['serve-whatif-apply']);
  applyBtn.addEventListener('click', async () => {
    const ok = await edit(assumptions.map((a) => ({ type: 'assume', assumption: a })));
    if (ok) { assumptions = []; setWhatIf(false); }
  });
  const clear = el('button', { type: 'button', disabled: !assumptions.length }, W['serve-whatif-clear']);
  clear.addEventListener('click', () => { assumptions = []; runWhatIf(); });
  panel.replaceChildren(el('h2', {}, W['serve-whatif']), el('p', { class: 'note' }, W['serve-whatif-help']),
    chips.length ? el('div', {}, chips) : el('p', { class: 'muted' }, W['serve-whatif-empty']), ctx,
    el('div', { class: 'row' }, applyBtn, clear));
  if (!assumptions.length) { setSvg(S.svg); return; }
  const r = await api('POST', '/api/whatif', { assumptions });
  if (!r.ok) { showProblems(r.data); return; }
  const d = r.data;
  setSvg(d.svg, d.shown);
  const lists = [['serve-risks-cleared', d.risks_cleared, 'good'], ['serve-risks-added', d.risks_added, 'bad']]
    .filter(([, xs]) => xs && xs.length)
    .map(([k, xs, cls]) => [el('h3', {}, W[k]), el('ul', { class: 'plain' }, xs.map((x) => el('li', { class: cls }, x)))]);
  panel.append(el('h3', {}, W['serve-whatif-moves']), ...lists.flat(), el('pre', { id: 'whatif-text' }, d.text));
}

function setWhatIf(on) {
  whatIf = on;
  $('whatif').setAttribute('aria-pressed', on ? 'true' : 'false');
  if (on) runWhatIf();
  else { setSvg(S.svg); if (selected) personPanel(selected); else $('panel').replaceChildren(); }
}

// ---- edits, undo, save ----

function show(state) {
  S = state;
  $('account').textContent = (S.doc.account || S.name);
  document.title = `${S.doc.account || S.name} · ${W['serve-title']}`;
  $('undo').disabled = !S.can_undo;
  $('redo').disabled = !S.can_redo;
  $('save').disabled = !S.can_save || !S.dirty;
  $('status').textContent = S.dirty ? W['serve-unsaved'] : W['serve-saved'];
  $('status').classList.toggle('dirty', S.dirty);
  fillFilters();
  $('hint').textContent = S.big_map && (S.collapsed || []).length ? W['serve-collapsed-note'] : W['serve-drag-hint'];
  if (!whatIf) setSvg(S.svg);
  renderReport();
  if (whatIf) runWhatIf();
  else if (selected && person(selected)) personPanel(selected);
  else { selected = null; $('panel').replaceChildren(); }
}

async function edit(edits) {
  const r = await api('POST', '/api/edit', { edits });
  if (!r.ok) { showProblems(r.data); return false; }
  show(r.data);
  return true;
}

async function step(which) {
  const r = await api('POST', '/api/' + which, {});
  if (r.ok) show(r.data);
}

async function save(force) {
  const r = await api('POST', '/api/save', { force: !!force });
  if (r.status === 409) {
    const mine = el('button', { class: 'primary', type: 'button', id: 'overwrite' }, W['serve-overwrite']);
    mine.addEventListener('click', () => save(true));
    const theirs = el('button', { type: 'button', id: 'reload' }, W['serve-reload']);
    theirs.addEventListener('click', async () => { const x = await api('POST', '/api/reload', {}); if (x.ok) show(x.data); else showProblems(x.data); });
    $('panel').replaceChildren(el('h2', {}, W['serve-save-failed-title']), el('p', { class: 'problems' }, W['serve-changed-on-disk']),
      el('pre', {}, r.data.diff_text || ''), el('div', { class: 'row' }, mine, theirs));
    return;
  }
  if (!r.ok) { showProblems(r.data); return; }
  show(r.data.state);
  if (r.data.snapshot) $('panel').prepend(el('p', { class: 'note', id: 'saved-note' }, fill(W['serve-snapshot-kept'], { file: r.data.snapshot })));
}

// ---- training: the case, the trainee's name, grading ----

let T = null; // the exercise when in training mode: {name, title, case, class, trainee}

// The case's Markdown as plain blocks: headings, list items and paragraphs (text only).
function caseBlocks(md) {
  const out = [];
  let para = [];
  const flush = () => { if (para.length) out.push(el('p', {}, para.join(' '))); para = []; };
  for (const line of md.split('\n')) {
    const t = line.trim();
    const h = /^(#{1,6})\s+(.*)$/.exec(t);
    if (!t) flush();
    else if (h) { flush(); out.push(el(h[1].length <= 1 ? 'h2' : 'h3', {}, h[2])); }
    else if (/^([-*]|\d+\.)\s+/.test(t)) { flush(); out.push(el('p', { class: 'item' }, t.replace(/^([-*])\s+/, '• '))); }
    else para.push(t.replace(/\*\*|__|`/g, ''));
  }
  flush();
  return out;
}

function showCase() {
  const box = $('case');
  box.hidden = false;
  const who = T.trainee ? el('p', { class: 'muted', id: 'trainee' }, `${W['serve-trainee-as']}: ${T.trainee}`) : null;
  const body = el('div', { class: 'case-text' }, caseBlocks(T.case));
  box.replaceChildren(el('details', { open: true }, el('summary', {}, `${W['serve-case']} · ${T.title}`), who,
    el('p', { class: 'note' }, W['serve-training-help']), body));
  $('grade').hidden = false;
}

function nameForm() {
  const name = el('input', { type: 'text', name: 'trainee', id: 'trainee-name', maxlength: 40 });
  const ok = el('button', { class: 'primary', type: 'button', id: 'trainee-start' }, W['serve-start-drawing']);
  const go = async () => {
    const r = await api('POST', '/api/trainee', { name: name.value });
    if (!r.ok) { showProblems(r.data); return; }
    T.trainee = name.value.trim();
    showCase();
    show(r.data);
    fit();
  };
  ok.addEventListener('click', go);
  name.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
  $('panel').replaceChildren(el('h2', {}, W['serve-your-name']), el('div', { class: 'form' }, name), el('div', { class: 'row' }, ok));
  name.focus();
}

async function grade() {
  const r = await api('POST', '/api/grade', {});
  if (!r.ok) { showProblems(r.data); return; }
  show(r.data.state);
  $('panel').replaceChildren(el('h2', {}, W['serve-grade-result']),
    el('div', { class: 'score', id: 'grade-total' }, Number(r.data.total).toFixed(1)),
    r.data.saved ? el('p', { class: 'note' }, W['serve-attempt-saved']) : null,
    el('pre', { id: 'grade-text' }, r.data.text));
}

async function startTraining() {
  if (!S || !S.training) return;
  const r = await api('GET', '/api/exercise');
  if (!r.ok) return;
  T = r.data;
  $('grade').textContent = W['serve-grade'];
  $('grade').addEventListener('click', grade);
  showCase();
  if (T.class && !T.trainee) nameForm();
}

// ---- pointer: pan on the background, drag from a person to draw a tie ----

function stagePoint(e) {
  const r = $('stage').getBoundingClientRect();
  return { x: e.clientX - r.left, y: e.clientY - r.top };
}

function wirePointer() {
  const stage = $('stage');
  let pan = null, drag = null;
  stage.addEventListener('mousedown', (e) => {
    if (e.button !== 0 || e.target.closest('#zoom')) return;
    const g = e.target.closest('g.person');
    const p = stagePoint(e);
    if (g) drag = { from: g.dataset.id, unit: g.dataset.unit, x: p.x, y: p.y, moved: false };
    else { pan = { x: e.clientX - view.x, y: e.clientY - view.y }; stage.classList.add('panning'); }
    e.preventDefault();
  });
  window.addEventListener('mousemove', (e) => {
    if (pan) { view.x = e.clientX - pan.x; view.y = e.clientY - pan.y; applyView(); }
    if (drag) {
      const p = stagePoint(e);
      if (Math.hypot(p.x - drag.x, p.y - drag.y) > 6) drag.moved = true;
      const line = $('drag-line');
      if (drag.moved) {
        line.style.display = 'block';
        line.setAttribute('x1', drag.x); line.setAttribute('y1', drag.y);
        line.setAttribute('x2', p.x); line.setAttribute('y2', p.y);
      }
    }
  });
  window.addEventListener('mouseup', (e) => {
    if (pan) { pan = null; stage.classList.remove('panning'); }
    if (!drag) return;
    const d = drag; drag = null;
    $('drag-line').style.display = 'none';
    const under = document.elementFromPoint(e.clientX, e.clientY);
    const g = under && under.closest && under.closest('g.person');
    if (!d.moved && d.unit) { toggleUnit(d.unit); return; }
    if (!d.moved) { selected = d.from; markSelection(); personPanel(d.from); return; }
    if (d.unit || !g || g.dataset.unit) return;
    if (g.dataset.id !== d.from) tieForm(d.from, g.dataset.id);
  });
  stage.addEventListener('wheel', (e) => {
    e.preventDefault();
    const p = stagePoint(e);
    zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
}

async function start() {
  const w = await api('GET', '/api/words');
  W = w.data.words; V = w.data.vocab;
  document.documentElement.lang = w.data.lang;
  for (const [id, key] of [['whatif', 'serve-whatif'], ['add-person', 'serve-add-person'], ['add-unit', 'serve-add-unit'], ['units', 'serve-units'],
    ['undo', 'serve-undo'], ['redo', 'serve-redo'], ['save', 'serve-save'], ['fit', 'serve-fit']]) $(id).textContent = W[key];
  $('zoom-in').title = W['serve-zoom-in']; $('zoom-out').title = W['serve-zoom-out'];
  $('search').placeholder = W['serve-search'];
  $('hint').textContent = W['serve-drag-hint'];
  const st = await api('GET', '/api/state');
  show(st.data);
  fit();
  await startTraining();
  wirePointer();
  $('fit').addEventListener('click', fit);
  $('zoom-in').addEventListener('click', () => { const r = $('stage').getBoundingClientRect(); zoomAt(1.25, r.width / 2, r.height / 2); });
  $('zoom-out').addEventListener('click', () => { const r = $('stage').getBoundingClientRect(); zoomAt(0.8, r.width / 2, r.height / 2); });
  for (const id of ['search', 'f-unit', 'f-role', 'f-stance', 'f-reach']) $(id).addEventListener('input', applyFilters);
  $('search').addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const g = $('canvas').querySelector('g.person.match');
    if (g) { selected = g.dataset.id; markSelection(); personPanel(selected); }
  });
  $('undo').addEventListener('click', () => step('undo'));
  $('redo').addEventListener('click', () => step('redo'));
  $('save').addEventListener('click', () => save(false));
  $('whatif').addEventListener('click', () => setWhatIf(!whatIf));
  $('add-person').addEventListener('click', newPersonForm);
  $('add-unit').addEventListener('click', newUnitForm);
  $('units').addEventListener('click', unitsPanel);
  window.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.target.closest('input, textarea')) return;
    if (e.key === 'z' && !e.shiftKey) { e.preventDefault(); step('undo'); }
    if (e.key === 'y' || (e.key === 'z' && e.shiftKey)) { e.preventDefault(); step('redo'); }
    if (e.key === 's') { e.preventDefault(); if (S.can_save && S.dirty) save(false); }
  });
  window.addEventListener('beforeunload', (e) => {
    if (S && S.dirty) { e.preventDefault(); e.returnValue = W['serve-leave-warning']; return W['serve-leave-warning']; }
  });
}

document.addEventListener('DOMContentLoaded', start);
