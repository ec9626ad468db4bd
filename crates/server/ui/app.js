/*
 * nomina analysts' UI: app.js
 *
 * A dependency-free single-page app for compliance analysts: name screening, document
 * scanning, the alert queue, entity pages and list status, on top of the nomina HTTP API.
 *
 * Security rules this file keeps:
 *   - Every string that comes from a list, a query or the server is put in the page as
 *     text (textContent / createTextNode / attribute values), never parsed as HTML.
 *   - No inline scripts or handlers, no eval: the server's CSP forbids them.
 *   - Every non-GET request carries the session's CSRF token in X-CSRF-Token.
 */
'use strict';

(function () {
  // ---------------------------------------------------------------------------------
  // State
  // ---------------------------------------------------------------------------------

  const state = {
    session: null, // {name, role, csrf} once signed in
    routeSeq: 0, // bumped on every navigation, so late responses of an old page are dropped
    search: { form: {}, response: null },
    scan: { text: '', format: '', reference: '', sentText: '', response: null },
    alertFilter: 'open,escalated',
    alertText: '',
    alertAssignee: '', // '', 'me' or 'none'
    alertCursor: '', // cursor of the page shown ('' for the first)
    alertPrevious: [], // cursors of the pages before it, to go back
    alertFirst: 1, // position of the page's first alert in the queue
    alertMinScore: '', // the filters of queue.js's filter bar
    alertList: '',
    alertProgramme: '',
    alertSince: '', // YYYY-MM-DD, opened at or after
    alertUntil: '', // YYYY-MM-DD, opened before
    alertSort: 'newest',
    alertView: 'list', // 'list' or 'groups'
  };

  /** Alerts per page of the queue. */
  const ALERT_PAGE = 50;

  const ASSIGNEE_FILTERS = [
    ['', 'Anyone'],
    ['me', 'Assigned to me'],
    ['none', 'Unassigned'],
  ];

  const ENTITY_TYPES = [
    ['', 'Any type'],
    ['person', 'Person'],
    ['organization', 'Organization'],
    ['vessel', 'Vessel'],
    ['aircraft', 'Aircraft'],
  ];

  const ALERT_FILTERS = [
    ['open,escalated', 'Queue'],
    ['open', 'Open'],
    ['escalated', 'Escalated'],
    ['true_match,false_positive', 'Closed'],
    ['true_match', 'True matches'],
    ['false_positive', 'False positives'],
    ['open,escalated,true_match,false_positive', 'All'],
  ];

  const DECISIONS = [
    ['true_match', 'True match', 'btn-danger'],
    ['false_positive', 'False positive', 'btn-ok'],
    ['escalated', 'Escalate', 'btn-warn'],
  ];

  const EVIDENCE_LABELS = {
    dob: 'Date of birth',
    country: 'Country',
    entity_type: 'Type',
    identifier: 'Identifier',
  };

  // ---------------------------------------------------------------------------------
  // DOM helpers
  // ---------------------------------------------------------------------------------

  function $(id) {
    return document.getElementById(id);
  }

  /**
   * Creates an element. `attrs`: `class`, `text`, `dataset` (object), `on<event>`
   * (listener), booleans (present / absent), anything else via setAttribute. Children
   * are nodes or strings (always inserted as text), arrays are flattened, null skipped.
   */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = String(v);
      else if (k === 'dataset') Object.assign(node.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (v === true) node.setAttribute(k, '');
      else node.setAttribute(k, String(v));
    }
    appendAll(node, children);
    return node;
  }

  function appendAll(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }

  /** A table with a header row; `rows` are arrays of cells (nodes or strings) or <tr>s. */
  function table(attrs, headers, rows) {
    const head = el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h))));
    const body = el('tbody', {}, rows.map((r) => (r instanceof Node ? r : el('tr', {}, r.map((c) => el('td', {}, c))))));
    return el('table', Object.assign({ class: 'data' }, attrs), head, body);
  }

  function section(title, ...content) {
    return el('section', { class: 'card' }, el('h2', {}, title), content);
  }

  /** A labelled form field. */
  function field(label, input, hint) {
    return el('label', { class: 'field', for: input.id }, el('span', { class: 'field-label' }, label), input, hint ? el('span', { class: 'field-hint' }, hint) : null);
  }

  function muted(text) {
    return el('span', { class: 'muted' }, text);
  }

  // ---------------------------------------------------------------------------------
  // Formatting
  // ---------------------------------------------------------------------------------

  function isBlank(v) {
    return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
  }

  function fmtScore(s) {
    const n = Number(s);
    return Number.isFinite(n) ? n.toFixed(3) : '?';
  }

  function fmtPercent(x) {
    const n = Number(x);
    return Number.isFinite(n) ? Math.round(n * 100) + '%' : '';
  }

  function pad2(n) {
    return String(n).padStart(2, '0');
  }

  /** Milliseconds since the epoch (or an ISO string) as local "YYYY-MM-DD HH:MM". */
  function fmtTime(t) {
    if (isBlank(t)) return '';
    const d = typeof t === 'number' ? new Date(t) : new Date(String(t));
    if (Number.isNaN(d.getTime())) return String(t);
    return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
  }

  /** A model date: normally a "YYYY[-MM[-DD]]" string; tolerates {year, month, day}. */
  function fmtDate(d) {
    if (isBlank(d)) return '';
    if (typeof d !== 'object') return String(d);
    if (d.year === undefined) return JSON.stringify(d);
    return [String(d.year), d.month && pad2(d.month), d.day && pad2(d.day)].filter(Boolean).join('-');
  }

  function fmtCountry(c) {
    if (isBlank(c)) return '';
    if (typeof c !== 'object') return String(c);
    if (c.raw && c.code && c.raw !== c.code) return `${c.raw} (${c.code})`;
    return c.raw || c.code || '';
  }

  function fmtPlace(p) {
    if (isBlank(p)) return '';
    if (typeof p !== 'object') return String(p);
    if (p.raw) return p.raw;
    return [p.city, p.region, fmtCountry(p.country)].filter((x) => !isBlank(x)).join(', ');
  }

  function fmtAddress(a) {
    if (isBlank(a)) return '';
    if (typeof a !== 'object') return String(a);
    const parts = [a.street, a.city, a.region, a.postal_code, fmtCountry(a.country)].filter((x) => !isBlank(x));
    return parts.join(', ') + (a.note ? ` — ${a.note}` : '');
  }

  function humanize(s) {
    return String(s || '').replace(/_/g, ' ');
  }

  function scoreClass(s) {
    const n = Number(s);
    if (n >= 0.95) return 'score-high';
    if (n >= 0.88) return 'score-mid';
    return 'score-low';
  }

  function scoreBadge(s) {
    return el('span', { class: `badge score ${scoreClass(s)}`, title: `score ${s}` }, fmtScore(s));
  }

  function statusBadge(status) {
    return el('span', { class: `badge status status-${String(status).replace(/[^a-z_]/g, '')}`, dataset: { status: String(status) } }, String(status));
  }

  function entityHref(key) {
    return '#/entity/' + encodeURIComponent(key);
  }

  function entityLink(key, text) {
    return el('a', { class: 'entity-link', href: entityHref(key), dataset: { entity: key } }, text === undefined ? key : text);
  }

  /** "un 2026-02-27 · ofac 2023-12-28", each with its hash as a tooltip. */
  function listChips(lists) {
    return (lists || []).map((l) =>
      el('span', { class: 'chip', title: l.sha256 ? `sha256 ${l.sha256}` : null }, `${l.source || '?'} ${fmtDate(l.published) || ''}`.trim()),
    );
  }

  // ---------------------------------------------------------------------------------
  // Banners
  // ---------------------------------------------------------------------------------

  let noticeTimer = null;

  function showError(message, critical) {
    hideNotice();
    const banner = $('error-banner');
    const text = $('error-text');
    text.replaceChildren();
    if (critical) appendAll(text, [el('strong', {}, critical), ' ']);
    appendAll(text, [message]);
    banner.classList.toggle('banner-critical', Boolean(critical));
    banner.hidden = false;
  }

  function clearError() {
    $('error-banner').hidden = true;
    $('error-text').replaceChildren();
  }

  function showNotice(message) {
    $('notice-text').textContent = message;
    $('notice-banner').hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(hideNotice, 5000);
  }

  function hideNotice() {
    clearTimeout(noticeTimer);
    $('notice-banner').hidden = true;
  }

  /** Shows an API failure; a lost session sends the analyst back to the sign-in form. */
  function reportError(err) {
    if (err instanceof ApiError && err.status === 401 && state.session) {
      endSession();
      showError('Your session has ended. Sign in again.');
      return;
    }
    if (err instanceof ApiError && err.status === 503) {
      showError(err.message, 'Lists unavailable: screening did NOT run.');
      return;
    }
    showError(err && err.message ? err.message : String(err));
  }

  // ---------------------------------------------------------------------------------
  // API
  // ---------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** Calls the API; resolves to the parsed JSON (or null), rejects with ApiError. */
  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    if (method !== 'GET' && state.session && state.session.csrf) {
      headers['X-CSRF-Token'] = state.session.csrf;
    }
    let res;
    try {
      res = await fetch(path, init);
    } catch (e) {
      throw new ApiError(0, `The server could not be reached (${e.message}).`);
    }
    const text = await res.text();
    let data = null;
    if (text) {
      try {
        data = JSON.parse(text);
      } catch (_) {
        data = null;
      }
    }
    if (!res.ok) {
      const msg = data && typeof data.error === 'string' ? data.error : `HTTP ${res.status} ${res.statusText}`.trim();
      throw new ApiError(res.status, msg);
    }
    return data;
  }

  // ---------------------------------------------------------------------------------
  // Session
  // ---------------------------------------------------------------------------------

  function startSession(s) {
    state.session = { name: s.name, role: s.role, csrf: s.csrf };
    $('user-name').textContent = s.name || '';
    $('user-role').textContent = s.role || '';
    $('nav').hidden = false;
    $('user-box').hidden = false;
    $('login-view').hidden = true;
    $('view').hidden = false;
  }

  /** Forgets the session and shows the sign-in form (the route is kept for after sign-in). */
  function endSession() {
    state.session = null;
    state.search = { form: {}, response: null };
    state.scan = { text: '', format: '', reference: '', sentText: '', response: null };
    $('nav').hidden = true;
    $('user-box').hidden = true;
    $('view').hidden = true;
    $('view').replaceChildren();
    $('login-view').hidden = false;
    $('login-key').value = '';
    $('login-key').focus();
  }

  async function onLogin(ev) {
    ev.preventDefault();
    const key = $('login-key').value.trim();
    if (!key) {
      showError('Enter your API key.');
      return;
    }
    const button = $('login-submit');
    button.disabled = true;
    clearError();
    try {
      const s = await api('POST', '/ui/login', { key });
      $('login-key').value = '';
      startSession(s);
      route();
    } catch (err) {
      if (err instanceof ApiError && err.status === 403) {
        showError(`This key may not use the analysts' interface (${err.message}).`);
      } else if (err instanceof ApiError && err.status === 401) {
        showError(`Sign-in failed: ${err.message}`);
      } else {
        reportError(err);
      }
    } finally {
      button.disabled = false;
    }
  }

  async function onLogout() {
    try {
      await api('POST', '/ui/logout');
    } catch (err) {
      // The session is dropped locally either way; say if the server did not confirm.
      if (!(err instanceof ApiError && err.status === 401)) reportError(err);
    }
    endSession();
  }

  // ---------------------------------------------------------------------------------
  // Routing
  // ---------------------------------------------------------------------------------

  function parseRoute() {
    const h = location.hash.replace(/^#\/?/, '');
    const slash = h.indexOf('/');
    const page = slash < 0 ? h : h.slice(0, slash);
    const arg = slash < 0 ? '' : h.slice(slash + 1);
    return { page: page || 'search', arg };
  }

  /** Renders the page the hash names. Returns the navigation's sequence number. */
  function route() {
    if (!state.session) return;
    clearError();
    hideNotice();
    const seq = ++state.routeSeq;
    const { page, arg } = parseRoute();
    for (const a of document.querySelectorAll('#nav a')) {
      a.classList.toggle('active', a.dataset.route === page || (page === 'entity' && a.dataset.route === 'search') || (page === 'alert' && a.dataset.route === 'alerts'));
    }
    const view = $('view');
    view.replaceChildren();
    const current = () => seq === state.routeSeq;
    switch (page) {
      case 'search':
        renderSearch(view);
        break;
      case 'entity': {
        let key = arg;
        try {
          key = decodeURIComponent(arg);
        } catch (_) {
          /* keep it as typed */
        }
        renderEntity(view, key, current);
        break;
      }
      case 'scan':
        renderScan(view);
        break;
      case 'alerts':
        renderAlerts(view, current);
        break;
      case 'alert':
        queue.renderAlertDetail(view, arg, current);
        break;
      case 'lists':
        renderLists(view, current);
        break;
      default:
        view.append(el('h1', {}, 'Not found'), el('p', {}, 'No such page. ', el('a', { href: '#/search' }, 'Go to search')));
    }
    document.title = `nomina · ${page}`;
  }

  function loading(text) {
    return el('p', { class: 'loading' }, text || 'Loading…');
  }

  // ---------------------------------------------------------------------------------
  // Search (name screening)
  // ---------------------------------------------------------------------------------

  function textInput(id, value, attrs) {
    return el('input', Object.assign({ id, name: id, type: 'text', value: value || '', spellcheck: 'false' }, attrs || {}));
  }

  function renderSearch(view) {
    const f = state.search.form;
    const type = el('select', { id: 'search-type', name: 'type' }, ENTITY_TYPES.map(([v, label]) => el('option', { value: v, selected: (f.type || '') === v }, label)));
    const form = el(
      'form',
      { id: 'search-form', class: 'card form-grid', autocomplete: 'off', onsubmit: onSearchSubmit },
      field('Name', textInput('search-name', f.name, { required: true, placeholder: 'Full name as given', class: 'wide' })),
      field('Type', type),
      field('Date of birth', textInput('search-dob', f.dob, { placeholder: 'YYYY[-MM[-DD]]' })),
      field('Country', textInput('search-country', f.country, { placeholder: 'e.g. PK or Pakistan' })),
      field('Identifiers', textInput('search-identifiers', f.identifiers, { placeholder: 'comma-separated' })),
      field('Reference', textInput('search-reference', f.reference, { placeholder: 'customer id…' })),
      field('Min score', el('input', { id: 'search-min-score', name: 'min_score', type: 'number', min: '0', max: '1', step: '0.01', placeholder: '0.80', value: f.minScore || '' })),
      el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'search-submit', class: 'btn btn-primary' }, 'Screen')),
    );
    const results = el('div', { id: 'search-results', 'aria-live': 'polite' });
    view.append(el('h1', {}, 'Name screening'), form, results);
    if (state.search.response) renderSearchResults(results, state.search.response);
    $('search-name').focus();
  }

  /** Reads the search form; returns {form, body} or throws a message. */
  function readSearchForm() {
    const form = {
      name: $('search-name').value,
      type: $('search-type').value,
      dob: $('search-dob').value,
      country: $('search-country').value,
      identifiers: $('search-identifiers').value,
      reference: $('search-reference').value,
      minScore: $('search-min-score').value,
    };
    const name = form.name.trim();
    if (!name) throw new Error('Enter a name to screen.');
    const query = { name };
    if (form.type) query.type = form.type;
    const dob = form.dob.trim();
    if (dob) {
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(dob)) throw new Error('Date of birth must be YYYY, YYYY-MM or YYYY-MM-DD.');
      query.dob = dob;
    }
    if (form.country.trim()) query.country = form.country.trim();
    const ids = form.identifiers.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
    if (ids.length) query.identifiers = ids;
    if (form.reference.trim()) query.reference = form.reference.trim();
    const body = { queries: [query] };
    if (form.minScore.trim()) {
      const m = Number(form.minScore);
      if (!(m >= 0 && m <= 1)) throw new Error('Min score must be between 0 and 1.');
      body.min_score = m;
    }
    return { form, body };
  }

  async function onSearchSubmit(ev) {
    ev.preventDefault();
    clearError();
    let req;
    try {
      req = readSearchForm();
    } catch (e) {
      showError(e.message);
      return;
    }
    state.search.form = req.form;
    state.search.response = null;
    const results = $('search-results');
    const button = $('search-submit');
    const seq = state.routeSeq;
    results.replaceChildren(loading('Screening…'));
    button.disabled = true;
    try {
      const data = await api('POST', '/v1/screen', req.body);
      if (seq !== state.routeSeq) return;
      state.search.response = data;
      renderSearchResults(results, data);
    } catch (err) {
      if (seq !== state.routeSeq) return;
      // Never leave anything that could read as "no match" when screening failed.
      results.replaceChildren(failureBox(err, 'Screening'));
      reportError(err);
    } finally {
      button.disabled = false;
    }
  }

  /** The in-page statement that an operation did not run. */
  function failureBox(err, what) {
    const notRun = err instanceof ApiError && err.status === 503;
    return el(
      'div',
      { class: 'failure', id: 'operation-failed' },
      el('strong', {}, notRun ? `${what} did NOT run: the lists are not usable.` : `${what} failed.`),
      ' ',
      err && err.message ? err.message : String(err),
    );
  }

  function renderSearchResults(container, data) {
    container.replaceChildren();
    container.append(
      el('div', { class: 'results-meta' }, el('span', {}, 'Screening ', el('code', { id: 'screening-id' }, data.screening_id || '?')), el('span', { class: 'muted' }, ' against '), listChips(data.lists)),
    );
    for (const result of data.results || []) {
      container.append(renderResult(result));
    }
  }

  /** Chips describing a query's optional fields. */
  function queryChips(q) {
    const chips = [];
    if (q.type) chips.push(['type', q.type]);
    if (q.dob) chips.push(['dob', q.dob]);
    if (q.country) chips.push(['country', q.country]);
    if (q.identifiers && q.identifiers.length) chips.push(['ids', q.identifiers.join(', ')]);
    if (q.reference) chips.push(['ref', q.reference]);
    return chips.map(([k, v]) => el('span', { class: 'chip' }, el('span', { class: 'chip-key' }, k), ' ', String(v)));
  }

  function renderResult(result) {
    const q = result.query || {};
    const hits = result.hits || [];
    const block = el(
      'section',
      { class: 'card result' },
      el(
        'div',
        { class: 'result-head' },
        el('h2', { class: 'query-name' }, q.name || ''),
        queryChips(q),
        result.normalised ? el('span', { class: 'chip', title: 'The name as the matcher compared it' }, el('span', { class: 'chip-key' }, 'read as'), ' ', result.normalised) : null,
        el('span', { class: 'hit-count' }, hits.length === 1 ? '1 hit' : `${hits.length} hits`),
      ),
    );
    if (hits.length === 0) {
      block.append(el('p', { class: 'no-match' }, 'No match on the lists at or above the score threshold.'));
    } else {
      block.append(el('div', { class: 'hits' }, hits.map(renderHit)));
    }
    return block;
  }

  /** What screening did with a hit in the alert queue. */
  function alertOutcome(a) {
    if (!a || !a.status) return null;
    const cls = `alert-outcome outcome-${String(a.status).replace(/[^a-z_]/g, '')}`;
    if (a.status === 'opened') {
      return el('a', { class: cls, href: '#/alerts', dataset: { status: 'opened' } }, `alert #${a.alert_id} opened`);
    }
    if (a.status === 'already_open') {
      return el('a', { class: cls, href: '#/alerts', dataset: { status: 'already_open' } }, `alert #${a.alert_id} already open`);
    }
    if (a.status === 'suppressed') {
      return el('span', { class: cls, dataset: { status: 'suppressed' }, title: 'An earlier false-positive decision covers this reference and entity' }, `suppressed (false positive, decision #${a.decision_id})`);
    }
    return el('span', { class: cls, dataset: { status: String(a.status) } }, humanize(a.status));
  }

  function renderHit(hit) {
    const ex = hit.explanation;
    return el(
      'article',
      { class: 'hit', dataset: { entity: hit.entity } },
      el(
        'div',
        { class: 'hit-head' },
        scoreBadge(hit.score),
        entityLink(hit.entity),
        el('span', { class: 'hit-name' }, hit.name || ''),
        el('span', { class: 'badge type' }, hit.type || ''),
        alertOutcome(hit.alert),
      ),
      ex ? renderExplanation(ex) : null,
    );
  }

  function renderExplanation(ex) {
    const summary = el('summary', {}, 'Why: matched ', el('q', {}, ex.matched_name || ''), ` (${humanize(ex.name_kind)}) · name score ${fmtScore(ex.name_score)}`);
    const facts = el(
      'dl',
      { class: 'facts' },
      factRow('Matched name', ex.matched_name),
      factRow('Name kind', humanize(ex.name_kind)),
      factRow('Query coverage', fmtPercent(ex.query_coverage)),
      factRow('Name coverage', fmtPercent(ex.name_coverage)),
      factRow('Name score', fmtScore(ex.name_score)),
    );
    const tokens = table(
      { class: 'data tokens' },
      ['Query token', 'Listed token', 'How', 'Similarity', 'Weight'],
      (ex.tokens || []).map((t) => [
        t.query || '',
        t.listed ? t.listed : muted('—'),
        t.how ? el('span', { class: `how how-${String(t.how).replace(/[^a-z_]/g, '')}` }, humanize(t.how)) : el('span', { class: 'how how-none' }, 'unmatched'),
        fmtPercent(t.similarity),
        Number.isFinite(Number(t.weight)) ? Number(t.weight).toFixed(2) : '',
      ]),
    );
    return el('details', { class: 'explanation' }, summary, el('div', { class: 'explanation-body' }, facts, tokens, renderEvidence(ex.evidence)));
  }

  function factRow(label, value) {
    return [el('dt', {}, label), el('dd', {}, isBlank(value) ? '—' : String(value))];
  }

  function renderEvidence(evidence) {
    const entries = Object.entries(evidence || {}).filter(([, f]) => f);
    if (entries.length === 0) return el('p', { class: 'evidence muted' }, 'No secondary evidence compared (no date of birth, country, type or identifier given).');
    return el(
      'ul',
      { class: 'evidence' },
      entries.map(([k, f]) => {
        const adj = Number(f.adjustment);
        const adjText = Number.isFinite(adj) ? (adj > 0 ? '+' : '') + adj.toFixed(3) : '';
        return el(
          'li',
          { class: 'finding' },
          el('span', { class: `badge outcome outcome-${String(f.outcome).replace(/[^a-z_]/g, '')}` }, humanize(f.outcome)),
          el('span', { class: 'finding-label' }, EVIDENCE_LABELS[k] || humanize(k)),
          el('span', { class: 'finding-detail' }, f.detail || ''),
          adjText ? el('span', { class: 'finding-adj' }, adjText) : null,
        );
      }),
    );
  }

  // ---------------------------------------------------------------------------------
  // Entity page
  // ---------------------------------------------------------------------------------

  async function renderEntity(view, key, current) {
    view.append(el('p', { class: 'crumbs' }, el('a', { href: '#/search' }, '← Search')), loading(`Loading ${key}…`));
    let data;
    try {
      data = await api('GET', '/v1/entities/' + encodeURIComponent(key));
    } catch (err) {
      if (!current()) return;
      view.lastChild.remove();
      view.append(failureBox(err, `Loading ${key}`));
      reportError(err);
      return;
    }
    if (!current()) return;
    view.lastChild.remove();
    const e = (data && data.entity) || {};
    const names = e.names || [];
    const primary = names.find((n) => n.kind === 'primary') || names[0] || { full: e.key || key };

    view.append(
      el(
        'div',
        { class: 'entity-head' },
        el('h1', { id: 'entity-name' }, primary.full || ''),
        el('div', { class: 'entity-tags' }, el('code', { id: 'entity-key' }, e.key || key), el('span', { class: 'badge type' }, e.type || ''), e.source ? el('span', { class: 'chip' }, el('span', { class: 'chip-key' }, 'source'), ' ', e.source) : null, e.listed_on ? el('span', { class: 'chip' }, el('span', { class: 'chip-key' }, 'listed'), ' ', fmtDate(e.listed_on)) : null),
      ),
    );

    const grid = el('div', { class: 'entity-grid' });
    grid.append(
      section(
        'Names',
        table(
          { id: 'entity-names' },
          ['Name', 'Kind', 'Script', 'Language', 'Note'],
          names.map((n) => [el('span', { class: 'name-full' }, n.full || ''), humanize(n.kind), n.script || '', n.language || '', n.note || '']),
        ),
      ),
    );
    grid.append(renderIdentity(e));
    if ((e.identifiers || []).length) {
      grid.append(
        section(
          'Identifiers',
          table(
            { id: 'entity-identifiers' },
            ['Kind', 'Value', 'Country', 'Issued', 'Expires', 'Note'],
            e.identifiers.map((i) => [i.label || humanize(i.kind), el('code', {}, i.value || ''), fmtCountry(i.country), fmtDate(i.issued), fmtDate(i.expires), i.note || '']),
          ),
        ),
      );
    }
    if ((e.addresses || []).length) {
      grid.append(section('Addresses', el('ul', { class: 'plain', id: 'entity-addresses' }, e.addresses.map((a) => el('li', {}, fmtAddress(a))))));
    }
    const craft = renderCraft(e);
    if (craft) grid.append(craft);
    if (e.remarks) grid.append(section('Remarks', el('p', { class: 'remarks', id: 'entity-remarks' }, e.remarks)));
    const other = renderOtherFields(e);
    if (other) grid.append(other);
    view.append(grid);

    view.append(renderListAndHistory(data.list, data.history || []));
    view.append(renderEntityAlerts(data.alerts || []));
  }

  /** Dates, places, nationalities and the other facts about who or what it is. */
  function renderIdentity(e) {
    const rows = [];
    const add = (label, value) => {
      if (!isBlank(value)) rows.push(factRow(label, value));
    };
    const births = (e.birth_dates || []).map((b) => {
      let s = b.raw || fmtDate(b.from);
      const from = fmtDate(b.from);
      const to = fmtDate(b.to);
      if (from && to && from !== to) s += ` (between ${from} and ${to})`;
      else if (from && from !== b.raw) s += ` (${from})`;
      if (b.approximate) s += ' (approximate)';
      return s;
    });
    add('Dates of birth', births.join('; '));
    add('Places of birth', (e.birth_places || []).map(fmtPlace).join('; '));
    add('Nationalities', (e.nationalities || []).map(fmtCountry).join(', '));
    add('Citizenships', (e.citizenships || []).map(fmtCountry).join(', '));
    add('Gender', e.gender);
    add('Titles', (e.titles || []).join('; '));
    add('Positions', (e.positions || []).join('; '));
    add('Programmes', (e.programmes || []).join('; '));
    add('Listed on', fmtDate(e.listed_on));
    add('Last updated', (e.last_updated || []).map(fmtDate).join(', '));
    add('Other references', (e.other_references || []).join('; '));
    return section('Details', rows.length ? el('dl', { class: 'facts', id: 'entity-details' }, rows) : muted('The list gives no further details.'));
  }

  function renderCraft(e) {
    const rows = [];
    const v = e.vessel;
    const a = e.aircraft;
    if (v) {
      [['Call sign', v.call_sign], ['Vessel type', v.vessel_type], ['Flag', fmtCountry(v.flag)], ['Tonnage', v.tonnage], ['Gross registered tonnage', v.gross_registered_tonnage], ['Owner', v.owner]].forEach(([l, x]) => {
        if (!isBlank(x)) rows.push(factRow(l, x));
      });
    }
    if (a) {
      [['Model', a.model], ['Operator', a.operator], ['Manufactured', a.manufactured]].forEach(([l, x]) => {
        if (!isBlank(x)) rows.push(factRow(l, x));
      });
    }
    return rows.length ? section(v ? 'Vessel' : 'Aircraft', el('dl', { class: 'facts' }, rows)) : null;
  }

  const KNOWN_ENTITY_FIELDS = new Set([
    'key', 'source', 'type', 'names', 'birth_dates', 'birth_places', 'nationalities', 'citizenships', 'addresses', 'identifiers', 'vessel', 'aircraft', 'gender', 'titles', 'positions', 'programmes', 'other_references', 'listed_on', 'last_updated', 'remarks',
  ]);

  /** Any field this page does not know yet, shown as JSON text rather than dropped. */
  function renderOtherFields(e) {
    const extra = Object.entries(e).filter(([k, v]) => !KNOWN_ENTITY_FIELDS.has(k) && !isBlank(v));
    if (!extra.length) return null;
    return section('Other fields', el('dl', { class: 'facts' }, extra.map(([k, v]) => factRow(humanize(k), typeof v === 'string' ? v : JSON.stringify(v)))));
  }

  function renderListAndHistory(list, history) {
    const l = list || {};
    const head = el(
      'dl',
      { class: 'facts', id: 'entity-list' },
      factRow('List', l.source),
      factRow('Published', fmtDate(l.published)),
      [el('dt', {}, 'SHA-256'), el('dd', {}, el('code', { class: 'hash' }, l.sha256 || '—'))],
    );
    const rows = history.map((h) =>
      el(
        'tr',
        { class: `history-row history-${String(h.status).replace(/[^a-z_]/g, '')}` },
        el('td', {}, h.version || '', h.in_force ? [' ', el('span', { class: 'badge fresh-badge' }, 'in force')] : null),
        el('td', {}, fmtDate(h.published)),
        el('td', {}, statusBadge(h.status)),
        el('td', {}, (h.changes || []).length ? el('ul', { class: 'plain' }, h.changes.map((c) => el('li', {}, c))) : muted('—')),
      ),
    );
    return section('List and history', head, history.length ? table({ id: 'entity-history' }, ['Version', 'Published', 'Status', 'Changes'], rows) : muted('No history recorded.'));
  }

  function renderEntityAlerts(alerts) {
    if (!alerts.length) return section('Alerts', el('p', { class: 'muted', id: 'entity-alerts' }, 'No alerts for this entity.'));
    return section(
      'Alerts',
      table(
        { id: 'entity-alerts' },
        ['ID', 'Created', 'Status', 'Reference', 'Screened name', 'Score', 'Last decision'],
        alerts.map((a) => {
          const last = (a.decisions || [])[a.decisions ? a.decisions.length - 1 : 0];
          return [String(a.id), fmtTime(a.created), statusBadge(a.status), a.reference || muted('—'), a.query || '', scoreBadge(a.score), last ? `${humanize(last.status)}: ${last.comment || ''}` : muted('—')];
        }),
      ),
      el('p', {}, el('a', { href: '#/alerts' }, 'Open the alert queue →')),
    );
  }

  // ---------------------------------------------------------------------------------
  // Scan
  // ---------------------------------------------------------------------------------

  function renderScan(view) {
    const s = state.scan;
    const format = el(
      'select',
      { id: 'scan-format', name: 'format' },
      [['', 'Detect'], ['text', 'Plain text'], ['mt103', 'SWIFT MT103'], ['pacs008', 'ISO 20022 pacs.008']].map(([v, label]) => el('option', { value: v, selected: s.format === v }, label)),
    );
    const text = el('textarea', { id: 'scan-text', name: 'text', rows: '10', spellcheck: 'false', placeholder: 'Paste a document, an MT103 or a pacs.008 message…' });
    text.value = s.text;
    const form = el(
      'form',
      { id: 'scan-form', class: 'card scan-form', onsubmit: onScanSubmit },
      field('Document', text),
      el(
        'div',
        { class: 'form-row' },
        field('Format', format),
        field('Reference', textInput('scan-reference', s.reference, { placeholder: 'payment or document id…' })),
        el('div', { class: 'form-actions' }, el('button', { type: 'submit', id: 'scan-submit', class: 'btn btn-primary' }, 'Scan')),
      ),
    );
    const results = el('div', { id: 'scan-results', 'aria-live': 'polite' });
    view.append(el('h1', {}, 'Document scan'), form, results);
    if (s.response) renderScanResults(results, s.sentText, s.response);
    text.focus();
  }

  async function onScanSubmit(ev) {
    ev.preventDefault();
    clearError();
    const text = $('scan-text').value;
    const format = $('scan-format').value;
    const reference = $('scan-reference').value.trim();
    state.scan.text = text;
    state.scan.format = format;
    state.scan.reference = reference;
    state.scan.response = null;
    if (!text.trim()) {
      showError('Paste the text to scan.');
      return;
    }
    const body = { text };
    if (format) body.format = format;
    if (reference) body.reference = reference;
    const results = $('scan-results');
    const button = $('scan-submit');
    const seq = state.routeSeq;
    results.replaceChildren(loading('Scanning…'));
    button.disabled = true;
    try {
      const data = await api('POST', '/v1/scan', body);
      if (seq !== state.routeSeq) return;
      state.scan.response = data;
      state.scan.sentText = text;
      renderScanResults(results, text, data);
    } catch (err) {
      if (seq !== state.routeSeq) return;
      results.replaceChildren(failureBox(err, 'Scanning'));
      reportError(err);
    } finally {
      button.disabled = false;
    }
  }

  function renderScanResults(container, text, data) {
    const mentions = data.mentions || [];
    container.replaceChildren(
      el(
        'div',
        { class: 'results-meta' },
        el('span', {}, 'Screening ', el('code', { id: 'screening-id' }, data.screening_id || '?')),
        data.format ? el('span', { class: 'chip' }, el('span', { class: 'chip-key' }, 'format'), ' ', data.format) : null,
        el('span', { class: 'muted' }, ' against '),
        listChips(data.lists),
      ),
    );
    if ((data.warnings || []).length) {
      container.append(el('div', { class: 'card warnings' }, el('h2', {}, 'Warnings'), el('ul', { class: 'plain' }, data.warnings.map((w) => el('li', {}, w)))));
    }
    container.append(section('Document', el('div', { id: 'scan-output', class: 'scan-output' }, highlight(text, mentions))));
    if (!mentions.length) {
      container.append(el('p', { class: 'no-match card' }, 'No listed party found in this document.'));
      return;
    }
    container.append(
      section(
        mentions.length === 1 ? '1 mention' : `${mentions.length} mentions`,
        table(
          { id: 'mentions-table' },
          ['At', 'Text', 'Score', 'Entity', 'Listed name', 'Type', 'How', 'Field', 'Note', 'Alert'],
          mentions.map((m) =>
            el(
              'tr',
              { class: 'mention-row', dataset: { entity: m.entity || '' } },
              el('td', { class: 'num' }, `${m.start}–${m.end}`),
              el('td', {}, el('q', {}, m.text || '')),
              el('td', {}, scoreBadge(m.score)),
              el('td', {}, entityLink(m.entity)),
              el('td', {}, m.name || ''),
              el('td', {}, m.type || ''),
              el('td', {}, humanize(m.how)),
              el('td', {}, m.transaction == null ? m.field || '' : `${m.field || ''} (transaction ${m.transaction})`),
              el('td', {}, m.note || ''),
              el('td', {}, alertOutcome(m.alert)),
            ),
          ),
        ),
      ),
    );
  }

  /**
   * The text with every mention in a <mark>. Offsets are in Unicode code points, so the
   * text is split into code points (Array.from) rather than indexed as UTF-16. Overlapping
   * mentions (one span, several entities) share one mark linking to the best-scoring one;
   * its tooltip lists them all.
   */
  function highlight(text, mentions) {
    const chars = Array.from(text);
    const spans = mentions
      .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= chars.length)
      .slice()
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const clusters = [];
    for (const m of spans) {
      const last = clusters[clusters.length - 1];
      if (last && m.start < last.end) {
        last.end = Math.max(last.end, m.end);
        last.mentions.push(m);
      } else {
        clusters.push({ start: m.start, end: m.end, mentions: [m] });
      }
    }
    const out = document.createDocumentFragment();
    let pos = 0;
    for (const c of clusters) {
      if (c.start > pos) out.append(chars.slice(pos, c.start).join(''));
      const best = c.mentions.reduce((a, b) => (Number(b.score) > Number(a.score) ? b : a));
      const tip = c.mentions.map((m) => `${m.name || ''} — ${m.entity} (${m.type || '?'}), score ${fmtScore(m.score)}${m.how ? ', ' + humanize(m.how) : ''}`).join('\n');
      out.append(el('mark', { class: `mention ${scoreClass(best.score)}`, title: tip, dataset: { entity: best.entity || '' } }, entityLink(best.entity, chars.slice(c.start, c.end).join(''))));
      pos = c.end;
    }
    if (pos < chars.length) out.append(chars.slice(pos).join(''));
    return out;
  }

  // ---------------------------------------------------------------------------------
  // Alert queue
  // ---------------------------------------------------------------------------------

  function resetAlertPaging() {
    state.alertCursor = '';
    state.alertPrevious = [];
    state.alertFirst = 1;
  }

  /** The query string of the queue's filters (status, assignee, and queue.js's bar). */
  function alertFilterQuery() {
    const q = new URLSearchParams({ status: state.alertFilter });
    if (state.alertAssignee === 'me' && state.session) q.set('assignee', state.session.name);
    else if (state.alertAssignee) q.set('assignee', state.alertAssignee);
    return queue.addFilters(q);
  }

  function renderAlerts(view, current) {
    const tabs = el(
      'div',
      { class: 'tabs', id: 'alert-filters', role: 'tablist' },
      ALERT_FILTERS.map(([value, label]) =>
        el('button', { type: 'button', class: 'tab' + (value === state.alertFilter ? ' active' : ''), role: 'tab', dataset: { filter: value }, onclick: () => {
          state.alertFilter = value;
          resetAlertPaging();
          route();
        } }, label),
      ),
    );
    const assignee = el('select', { id: 'alert-assignee-filter', 'aria-label': 'Assignee' }, ASSIGNEE_FILTERS.map(([v, label]) => el('option', { value: v, selected: v === state.alertAssignee }, label)));
    assignee.addEventListener('change', () => {
      state.alertAssignee = assignee.value;
      resetAlertPaging();
      route();
    });
    const textFilter = el('input', { id: 'alert-text-filter', type: 'search', placeholder: 'Filter this page by reference, name or entity…', value: state.alertText });
    textFilter.addEventListener('input', () => {
      state.alertText = textFilter.value;
      applyTextFilter();
    });
    const refresh = el('button', { type: 'button', id: 'alerts-refresh', class: 'btn btn-small', onclick: () => route() }, 'Refresh');
    const csv = el('a', { id: 'alerts-csv', class: 'btn btn-small', href: `/v1/alerts.csv?${alertFilterQuery()}`, download: 'alerts.csv' }, 'Export CSV');
    const counts = el('div', { id: 'alert-counts', class: 'counts' });
    const body = el('div', { id: 'alerts-body' }, loading('Loading alerts…'));
    view.append(el('div', { class: 'page-head' }, el('h1', {}, 'Alert queue'), counts), queue.dailyChartCard(current), el('div', { class: 'toolbar' }, tabs, assignee, textFilter, refresh, csv), queue.filterBar(), body);
    if (state.alertView === 'groups') queue.renderGroups(body, counts, current);
    else loadAlerts(body, counts, current);
  }

  async function loadAlerts(body, counts, current) {
    let data;
    const q = alertFilterQuery();
    q.set('limit', String(ALERT_PAGE));
    if (state.alertCursor) q.set('cursor', state.alertCursor);
    try {
      data = await api('GET', `/v1/alerts?${q}`);
    } catch (err) {
      if (!current()) return;
      body.replaceChildren(failureBox(err, 'Loading alerts'));
      reportError(err);
      return;
    }
    if (!current()) return;
    renderCounts(counts, data.counts || {});
    const alerts = data.alerts || [];
    if (!alerts.length) {
      body.replaceChildren(el('p', { class: 'card muted', id: 'alerts-empty' }, 'No alerts with these filters.'));
      return;
    }
    const first = state.alertFirst;
    const last = first + alerts.length - 1;
    const prev = el('button', { type: 'button', id: 'alerts-prev', class: 'btn btn-small', disabled: !state.alertPrevious.length }, '← Previous');
    prev.addEventListener('click', () => {
      state.alertCursor = state.alertPrevious.pop() || '';
      state.alertFirst = Math.max(1, state.alertFirst - ALERT_PAGE);
      route();
    });
    const next = el('button', { type: 'button', id: 'alerts-next', class: 'btn btn-small', disabled: !data.next_cursor }, 'Next →');
    next.addEventListener('click', () => {
      state.alertPrevious.push(state.alertCursor);
      state.alertCursor = data.next_cursor;
      state.alertFirst += alerts.length;
      route();
    });
    const info = el('span', { id: 'alerts-page-info', dataset: { first: String(first), last: String(last), total: String(data.total) } }, `${first}–${last} of ${data.total}`);
    const pager = el('div', { class: 'pager' }, prev, info, next);
    const selected = el('span', { id: 'bulk-count', class: 'muted' }, '0 selected');
    const reason = el('input', { type: 'text', id: 'bulk-reason', placeholder: 'Reason (required)', 'aria-label': 'Reason for the selected alerts', maxlength: '2000' });
    const close = el('button', { type: 'button', id: 'bulk-close', class: 'btn btn-small btn-ok' }, 'Close selected as false positive');
    close.addEventListener('click', () => bulkClose(reason, close));
    const bulk = el('div', { class: 'bulk-bar', id: 'bulk-bar' }, selected, reason, close);
    const tbl = table({ id: 'alerts-table', class: 'data alerts' }, ['', 'ID', 'Created', 'Status', 'Assignee', 'Reference', 'Screened name', 'Entity', 'Score', 'Reason and history', 'Decision'], alerts.map((a) => alertRow(a, counts)));
    tbl.addEventListener('change', () => {
      const n = document.querySelectorAll('#alerts-table .alert-select:checked').length;
      selected.textContent = `${n} selected`;
    });
    body.replaceChildren(pager, bulk, tbl);
    applyTextFilter();
  }

  /** Closes every checked alert as a false positive, in one request (all or none). */
  async function bulkClose(reason, button) {
    clearError();
    const ids = [...document.querySelectorAll('#alerts-table .alert-select:checked')].map((c) => Number(c.value));
    if (!ids.length) {
      showError('Select the alerts to close first.');
      return;
    }
    const text = reason.value.trim();
    if (!text) {
      reason.classList.add('invalid');
      reason.focus();
      showError('A reason is required to close the selected alerts.');
      return;
    }
    button.disabled = true;
    try {
      await api('POST', '/v1/alerts/decisions', { ids, decision: 'false_positive', reason: text });
      showNotice(`${ids.length} alert${ids.length === 1 ? '' : 's'} closed as false positive.`);
      route();
    } catch (err) {
      button.disabled = false;
      reportError(err);
    }
  }

  async function alertAction(path, body, what) {
    clearError();
    try {
      await api('POST', path, body);
      showNotice(what);
      route();
    } catch (err) {
      reportError(err);
    }
  }

  function renderCounts(container, counts) {
    container.replaceChildren(
      ...['open', 'escalated', 'true_match', 'false_positive'].map((s) => el('span', { class: `count count-${s}`, dataset: { status: s } }, el('span', { class: 'count-n' }, String(counts[s] || 0)), ' ', humanize(s))),
    );
    container.dataset.counts = JSON.stringify(counts);
  }

  function applyTextFilter() {
    const needle = state.alertText.trim().toLowerCase();
    for (const row of document.querySelectorAll('#alerts-table .alert-row')) {
      const hay = [row.dataset.reference, row.dataset.entity, row.dataset.query, row.dataset.entityName].join('\n').toLowerCase();
      row.hidden = Boolean(needle) && !hay.includes(needle);
    }
  }

  function alertRow(a, counts) {
    const decisions = a.decisions || [];
    const history = decisions.length
      ? el(
          'details',
          { class: 'decisions' },
          el('summary', {}, decisions.length === 1 ? '1 decision' : `${decisions.length} decisions`),
          el('ol', { class: 'plain' }, decisions.map((d) => el('li', {}, el('span', { class: 'muted' }, `${fmtTime(d.time)} · ${d.actor || ''} · `), statusBadge(d.status), ' ', el('span', { class: 'decision-comment' }, d.comment || '')))),
        )
      : null;
    const comment = el('input', { type: 'text', class: 'alert-comment', placeholder: 'Comment (required)', 'aria-label': `Comment for alert ${a.id}`, maxlength: '2000' });
    const buttons = DECISIONS.map(([value, label, cls]) => el('button', { type: 'button', class: `btn btn-small ${cls}`, dataset: { decision: value } }, label));
    const row = el(
      'tr',
      { class: `alert-row alert-${String(a.status).replace(/[^a-z_]/g, '')}`, dataset: { alertId: String(a.id), entity: a.entity || '', reference: a.reference || '', status: a.status || '', score: String(a.score), pending: a.pending_confirmation ? 'true' : 'false', assignee: a.assignee || '', query: a.query || '', entityName: a.entity_name || '' } },
      el('td', {}, el('input', { type: 'checkbox', class: 'alert-select', value: String(a.id), 'aria-label': `Select alert ${a.id}` })),
      el('td', { class: 'num' }, el('a', { class: 'alert-open', href: `#/alert/${encodeURIComponent(a.id)}`, title: 'Side by side, notes and case file' }, String(a.id))),
      el('td', { class: 'nowrap' }, fmtTime(a.created)),
      el('td', {}, statusBadge(a.status), pendingNote(a)),
      el('td', {}, el('span', { class: 'alert-assignee' }, a.assignee || ''), ' ', a.assignee === (state.session && state.session.name) ? null : el('button', { type: 'button', class: 'btn btn-small alert-assign-me', onclick: () => alertAction(`/v1/alerts/${encodeURIComponent(a.id)}/assign`, { to: 'me' }, `Alert #${a.id} assigned to you.`) }, 'Assign to me')),
      el('td', { class: 'alert-reference' }, a.reference || muted('—')),
      el('td', {}, a.query || ''),
      el('td', {}, entityLink(a.entity), el('div', { class: 'small' }, a.entity_name || ''), (a.programmes || []).length ? el('div', { class: 'small muted alert-programmes' }, a.programmes.join(', ')) : null),
      el('td', {}, scoreBadge(a.score)),
      el('td', {}, a.reason ? el('div', { class: 'reason' }, a.reason) : null, history, el('div', { class: 'small muted' }, 'screening ', el('code', {}, a.screening_id || ''))),
      el('td', { class: 'actions' }, decisionControls(a, comment, buttons)),
    );
    for (const b of buttons) {
      b.addEventListener('click', () => decide(a, b.dataset.decision, row, comment, buttons, counts));
    }
    comment.addEventListener('input', () => comment.classList.remove('invalid'));
    return row;
  }

  /** A true match awaiting a second analyst: who proposed it, and Confirm for anyone else. */
  function pendingNote(a) {
    if (!a.pending_confirmation || !a.proposal) return null;
    const by = String(a.proposal.actor || '');
    const mine = state.session && by.endsWith(`:${state.session.name}`);
    return el(
      'div',
      { class: 'pending-confirmation' },
      el('span', { class: 'badge badge-warn' }, 'true match pending confirmation'),
      el('div', { class: 'small muted' }, `proposed by ${by}: ${a.proposal.comment || ''}`),
      mine
        ? el('div', { class: 'small muted awaiting-second' }, 'Awaiting a second analyst.')
        : el('button', { type: 'button', class: 'btn btn-small btn-danger alert-confirm', onclick: () => alertAction(`/v1/alerts/${encodeURIComponent(a.id)}/confirm`, {}, `Alert #${a.id} confirmed as a true match.`) }, 'Confirm true match'),
    );
  }

  /** Open and escalated alerts show the decision controls; closed ones keep them folded. */
  function decisionControls(a, comment, buttons) {
    const controls = [comment, el('div', { class: 'btn-row' }, buttons)];
    if (a.status === 'open' || a.status === 'escalated') return controls;
    return el('details', { class: 'change-decision' }, el('summary', {}, 'Change decision'), controls);
  }

  async function decide(alert, status, row, comment, buttons, counts) {
    clearError();
    const text = comment.value.trim();
    if (!text) {
      comment.classList.add('invalid');
      comment.focus();
      showError(`A comment is required to decide alert #${alert.id}.`);
      return;
    }
    buttons.forEach((b) => (b.disabled = true));
    try {
      const data = await api('POST', `/v1/alerts/${encodeURIComponent(alert.id)}/decision`, { status, comment: text });
      const updated = data && data.alert ? data.alert : data;
      if (updated && updated.id !== undefined) {
        // Counts move from the old status to the new one.
        const c = JSON.parse(counts.dataset.counts || '{}');
        if (c[alert.status] > 0) c[alert.status] -= 1;
        c[updated.status] = (c[updated.status] || 0) + 1;
        renderCounts(counts, c);
        const fresh = alertRow(updated, counts);
        fresh.classList.add('just-decided');
        row.replaceWith(fresh);
        applyTextFilter();
        showNotice(updated.pending_confirmation ? `Alert #${updated.id}: true match proposed; a second analyst must confirm it.` : `Alert #${updated.id}: ${humanize(updated.status)}.`);
      } else {
        route();
      }
    } catch (err) {
      buttons.forEach((b) => (b.disabled = false));
      reportError(err);
    }
  }

  // ---------------------------------------------------------------------------------
  // Lists
  // ---------------------------------------------------------------------------------

  async function renderLists(view, current) {
    view.append(el('h1', {}, 'Sanctions lists'), loading('Loading list status…'));
    let data;
    try {
      data = await api('GET', '/v1/lists');
    } catch (err) {
      if (!current()) return;
      view.lastChild.replaceWith(failureBox(err, 'Loading list status'));
      reportError(err);
      return;
    }
    if (!current()) return;
    const lists = data.lists || [];
    const status =
      data.ready === false
        ? el('div', { class: 'failure', id: 'lists-not-ready' }, el('strong', {}, 'Not ready: screening will be refused'), ' until usable lists are loaded.')
        : el('p', { class: 'ok-line', id: 'lists-ready' }, `Ready: ${lists.length} list${lists.length === 1 ? '' : 's'} loaded.`);
    // Only a downloaded list within its maximum age is "fresh"; a bundled snapshot says so.
    const freshnessBadge = (l) => {
      const excerpt = l.excerpt ? ' (excerpt)' : '';
      if (l.freshness === 'stale' || (l.fresh === false && l.freshness === undefined)) {
        return el('span', { class: 'badge stale-badge' }, 'STALE' + excerpt);
      }
      if (l.fresh) return el('span', { class: 'badge fresh-badge' }, 'fresh' + excerpt);
      return el('span', { class: 'badge' }, (l.freshness || 'unknown') + excerpt);
    };
    const rows = lists.map((l) =>
      el(
        'tr',
        { class: 'list-row' + (l.freshness === 'stale' ? ' stale' : ''), dataset: { source: l.source || '' } },
        el('td', {}, el('strong', {}, l.source || '')),
        el('td', {}, l.format || ''),
        el('td', { class: 'nowrap' }, fmtDate(l.published)),
        el('td', { class: 'num' }, l.entities === undefined ? '' : Number(l.entities).toLocaleString('en')),
        el('td', { class: 'num' }, isBlank(l.age_days) ? '' : String(l.age_days)),
        el('td', { class: 'num' }, isBlank(l.max_age_days) ? '' : String(l.max_age_days)),
        el('td', {}, freshnessBadge(l)),
        el('td', {}, l.origin || ''),
        el('td', { class: 'nowrap' }, fmtTime(l.loaded_at)),
        el('td', {}, el('code', { class: 'hash', title: l.sha256 || '' }, (l.sha256 || '').slice(0, 12) + (l.sha256 ? '…' : ''))),
      ),
    );
    view.lastChild.replaceWith(status);
    view.append(el('div', { class: 'card' }, table({ id: 'lists-table' }, ['Source', 'Format', 'Published', 'Entities', 'Age (days)', 'Max age', 'Status', 'Origin', 'Loaded', 'SHA-256'], rows)));
    await renderMonitoringRuns(view, current);
  }

  /** The customer base's latest re-screenings (docs/monitoring.md), below the lists. */
  async function renderMonitoringRuns(view, current) {
    let runs;
    try {
      runs = await api('GET', '/v1/monitoring/runs?limit=20');
    } catch (err) {
      if (!current()) return;
      view.append(section('Monitoring runs', muted('Monitoring runs are unavailable: ' + err.message)));
      return;
    }
    if (!current()) return;
    const versions = (vs) => (vs || []).map((v) => `${v.source} ${v.published || (v.sha256 || '').slice(0, 8)}`).join(', ');
    const rows = runs.map((r) =>
      el(
        'tr',
        { class: 'run-row', dataset: { kind: r.kind } },
        el('td', { class: 'nowrap' }, fmtTime(r.started)),
        el('td', {}, r.kind),
        el('td', {}, versions(r.from_versions), ' → ', versions(r.to_versions)),
        el('td', { class: 'num' }, Number(r.customers).toLocaleString('en')),
        el('td', { class: 'num' }, String(r.entities_screened)),
        el('td', { class: 'num' }, String(r.alerts_opened)),
        el('td', { class: 'num' }, String(r.alerts_delisted)),
        el('td', { class: 'num' }, `${r.duration_ms} ms`),
      ),
    );
    const body = rows.length
      ? table({ id: 'runs-table' }, ['Started', 'Kind', 'Versions', 'Customers', 'Entities screened', 'New alerts', 'Delisted', 'Duration'], rows)
      : muted('No customer base is monitored yet.');
    view.append(section('Monitoring runs', body));
  }

  // ---------------------------------------------------------------------------------
  // The queue's second half (queue.js, loaded first), given the helpers it builds with
  // ---------------------------------------------------------------------------------

  const queue = window.NominaQueue.install({
    el, api, table, section, muted, loading, failureBox, reportError, showNotice, showError, clearError,
    fmtTime, scoreBadge, statusBadge, entityLink, humanize, state, route, alertFilterQuery, resetAlertPaging, renderCounts, DECISIONS,
    ALERT_PAGE,
  });

  // ---------------------------------------------------------------------------------
  // Start
  // ---------------------------------------------------------------------------------

  async function boot() {
    $('login-form').addEventListener('submit', onLogin);
    $('logout').addEventListener('click', onLogout);
    $('error-close').addEventListener('click', clearError);
    window.addEventListener('hashchange', route);
    try {
      const s = await api('GET', '/v1/session');
      startSession(s);
      route();
    } catch (err) {
      endSession();
      if (!(err instanceof ApiError && err.status === 401)) reportError(err);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
