// nomina analysts' UI, the alert queue's second half: the filter bar, the queue grouped by
// customer and party, an alert's page (side by side, case notes, case file) and the chart of
// alert volume per day. Loaded before app.js, which installs it with its DOM and API helpers:
// every value from the server is inserted as text, never as markup.
(function () {
  'use strict';

  /** Lists the queue can be narrowed to (the entity key's prefix). */
  const LISTS = [
    ['', 'Any list'],
    ['un', 'UN'],
    ['ofac', 'OFAC'],
    ['eu', 'EU'],
    ['uk', 'UK'],
  ];

  const SORTS = [
    ['newest', 'Newest first'],
    ['oldest', 'Oldest first'],
    ['score', 'Highest score first'],
  ];

  const VIEWS = [
    ['list', 'One row per alert'],
    ['groups', 'Grouped by customer and party'],
  ];

  const ATTRIBUTE_LABELS = {
    name: 'Names',
    type: 'Type',
    dob: 'Date of birth',
    country: 'Country',
    identifier: 'Identifiers',
    programme: 'Programmes',
  };

  const CUSTOMER_SOURCES = {
    customer: 'the customer base',
    screening: 'the screening request',
    alert: 'the screened name only',
  };

  /** Days of the volume chart. */
  const CHART_DAYS = 30;

  const SVG_NS = 'http://www.w3.org/2000/svg';

  function install(ui) {
    const { el, api, table, section, muted, loading, failureBox, reportError, showNotice, showError, clearError, fmtTime, scoreBadge, statusBadge, entityLink, humanize, state, route } = ui;

    // -------------------------------------------------------------------------------
    // Filters
    // -------------------------------------------------------------------------------

    function select(id, label, options, value) {
      return el('select', { id, 'aria-label': label }, options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
    }

    /** A field with its label beside it. */
    function inline(label, input) {
      return el('label', { class: 'inline-field' }, label, input);
    }

    /** The filters beyond status and assignee, applied together (Enter or Apply). */
    function filterBar() {
      const minScore = el('input', { id: 'alert-min-score', type: 'number', min: '0', max: '1', step: '0.01', placeholder: 'Min score', 'aria-label': 'Minimum score', value: state.alertMinScore });
      const list = select('alert-list-filter', 'List', LISTS, state.alertList);
      const programme = el('input', { id: 'alert-programme-filter', type: 'text', list: 'alert-programmes', placeholder: 'Programme (SDGT…)', 'aria-label': 'Programme', maxlength: '200', value: state.alertProgramme, spellcheck: 'false' });
      const choices = el('datalist', { id: 'alert-programmes' });
      fillProgrammes(choices);
      const since = el('input', { id: 'alert-since-filter', type: 'date', 'aria-label': 'Opened since', title: 'Opened since (UTC)', value: state.alertSince });
      const until = el('input', { id: 'alert-until-filter', type: 'date', 'aria-label': 'Opened before', title: 'Opened before (UTC)', value: state.alertUntil });
      const sort = select('alert-sort', 'Sort', SORTS, state.alertSort);
      sort.disabled = state.alertView === 'groups';
      const view = select('alert-view', 'View', VIEWS, state.alertView);
      const apply = el('button', { type: 'submit', id: 'alert-filters-apply', class: 'btn btn-small' }, 'Apply');
      const form = el('form', { id: 'alert-more-filters', class: 'toolbar filters' }, minScore, list, programme, choices, inline('Opened from', since), inline('before', until), sort, view, apply);
      const commit = () => {
        state.alertMinScore = minScore.value.trim();
        state.alertList = list.value;
        state.alertProgramme = programme.value.trim();
        state.alertSince = since.value;
        state.alertUntil = until.value;
        state.alertSort = sort.value;
        state.alertView = view.value;
        ui.resetAlertPaging();
        route();
      };
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        commit();
      });
      for (const s of [list, sort, view]) s.addEventListener('change', commit);
      return form;
    }

    /** The programmes of the alerts, offered as the programme filter's choices. */
    async function fillProgrammes(datalist) {
      let programmes;
      try {
        programmes = await api('GET', '/v1/alerts/programmes');
      } catch (_) {
        return; // the filter still takes any programme typed
      }
      datalist.replaceChildren(...(programmes || []).map((p) => el('option', { value: p.programme }, `${p.programme} (${p.alerts})`)));
    }

    /** The filters' query parameters (status and assignee come from app.js). */
    function addFilters(q) {
      if (state.alertMinScore) q.set('min_score', state.alertMinScore);
      if (state.alertList) q.set('list', state.alertList);
      if (state.alertProgramme) q.set('programme', state.alertProgramme);
      if (state.alertSince) q.set('created_after', state.alertSince);
      if (state.alertUntil) q.set('created_before', state.alertUntil);
      if (state.alertSort && state.alertView !== 'groups') q.set('sort', state.alertSort);
      return q;
    }

    // -------------------------------------------------------------------------------
    // Grouped queue
    // -------------------------------------------------------------------------------

    function pager(data, shown, what) {
      const first = state.alertFirst;
      const last = first + shown - 1;
      const prev = el('button', { type: 'button', id: 'alerts-prev', class: 'btn btn-small', disabled: !state.alertPrevious.length }, '← Previous');
      prev.addEventListener('click', () => {
        state.alertCursor = state.alertPrevious.pop() || '';
        state.alertFirst = Math.max(1, state.alertFirst - ui.ALERT_PAGE);
        route();
      });
      const next = el('button', { type: 'button', id: 'alerts-next', class: 'btn btn-small', disabled: !data.next_cursor }, 'Next →');
      next.addEventListener('click', () => {
        state.alertPrevious.push(state.alertCursor);
        state.alertCursor = data.next_cursor;
        state.alertFirst += shown;
        route();
      });
      const info = el('span', { id: 'alerts-page-info', dataset: { first: String(first), last: String(last), total: String(data.total) } }, `${first}–${last} of ${data.total} ${what}`);
      return el('div', { class: 'pager' }, prev, info, next);
    }

    /** The queue as groups: one row per customer and party, expanding to its listings. */
    async function renderGroups(body, counts, current) {
      const q = ui.alertFilterQuery();
      q.set('limit', String(ui.ALERT_PAGE));
      if (state.alertCursor) q.set('cursor', state.alertCursor);
      let data;
      try {
        data = await api('GET', `/v1/alerts/groups?${q}`);
      } catch (err) {
        if (!current()) return;
        body.replaceChildren(failureBox(err, 'Loading groups'));
        reportError(err);
        return;
      }
      if (!current()) return;
      ui.renderCounts(counts, data.counts || {});
      const groups = data.groups || [];
      if (!groups.length) {
        body.replaceChildren(el('p', { class: 'card muted', id: 'alerts-empty' }, 'No alerts with these filters.'));
        return;
      }
      const rows = groups.flatMap((g) => groupRows(g));
      const tbl = table({ id: 'groups-table', class: 'data groups' }, ['', 'Reference', 'Screened name', 'Listed party', 'Lists', 'Best score', 'Decide the group'], rows);
      body.replaceChildren(pager(data, groups.length, 'groups'), tbl);
    }

    /** A group's row and its hidden listings row. */
    function groupRows(g) {
      const listings = g.listings || [];
      const queued = listings.filter((l) => l.status === 'open' || l.status === 'escalated');
      const detail = el('tr', { class: 'group-listings', hidden: true, dataset: { groupKey: g.key } }, el('td', { colspan: '7' }, listingsTable(listings)));
      const toggle = el('button', { type: 'button', class: 'btn btn-small group-toggle', 'aria-expanded': 'false' }, `▸ ${listings.length} listing${listings.length === 1 ? '' : 's'}`);
      toggle.addEventListener('click', () => {
        detail.hidden = !detail.hidden;
        toggle.setAttribute('aria-expanded', String(!detail.hidden));
        toggle.textContent = `${detail.hidden ? '▸' : '▾'} ${listings.length} listing${listings.length === 1 ? '' : 's'}`;
      });
      const lists = [...new Set(listings.map((l) => l.list))];
      const row = el(
        'tr',
        { class: 'group-row', dataset: { groupKey: g.key, party: g.party || '', reference: g.reference || '', listings: String(listings.length) } },
        el('td', {}, toggle),
        el('td', { class: 'alert-reference' }, g.reference || muted('—')),
        el('td', {}, g.query || ''),
        el('td', {}, el('div', {}, g.name || ''), g.party ? el('div', { class: 'small muted' }, g.party) : null),
        el('td', {}, lists.map((l) => el('span', { class: 'chip' }, l))),
        el('td', {}, scoreBadge(g.best_score)),
        el('td', { class: 'actions' }, groupDecision(queued)),
      );
      return [row, detail];
    }

    function listingsTable(listings) {
      return table(
        { class: 'data listings' },
        ['Alert', 'Entity', 'List', 'Programmes', 'Score', 'Status'],
        listings.map((l) =>
          el(
            'tr',
            { class: 'listing-row', dataset: { alertId: String(l.alert_id), entity: l.entity || '', list: l.list || '' } },
            el('td', { class: 'num' }, el('a', { class: 'alert-open', href: `#/alert/${encodeURIComponent(l.alert_id)}` }, `#${l.alert_id}`)),
            el('td', {}, entityLink(l.entity), el('div', { class: 'small' }, l.entity_name || '')),
            el('td', {}, l.list || ''),
            el('td', { class: 'small' }, (l.programmes || []).join(', ')),
            el('td', {}, scoreBadge(l.score)),
            el('td', {}, statusBadge(l.status), l.pending_confirmation ? el('div', { class: 'small muted' }, 'true match pending confirmation') : null),
          ),
        ),
      );
    }

    /** One decision on every queued listing of a group (all or none). */
    function groupDecision(queued) {
      if (!queued.length) return muted('Nothing queued');
      const reason = el('input', { type: 'text', class: 'group-reason', placeholder: 'Reason (required)', 'aria-label': 'Reason for the group', maxlength: '2000' });
      const close = el('button', { type: 'button', class: 'btn btn-small btn-ok group-close' }, `Close ${queued.length} as false positive`);
      const escalate = el('button', { type: 'button', class: 'btn btn-small btn-warn group-escalate' }, 'Escalate');
      const ids = queued.map((l) => l.alert_id);
      close.addEventListener('click', () => decideGroup(ids, 'false_positive', reason, [close, escalate]));
      escalate.addEventListener('click', () => decideGroup(ids, 'escalated', reason, [close, escalate]));
      return [reason, el('div', { class: 'btn-row' }, close, escalate)];
    }

    async function decideGroup(ids, decision, reason, buttons) {
      clearError();
      const text = reason.value.trim();
      if (decision === 'false_positive' && !text) {
        reason.classList.add('invalid');
        reason.focus();
        showError('A reason is required to close a group as false positive.');
        return;
      }
      buttons.forEach((b) => (b.disabled = true));
      try {
        await api('POST', '/v1/alerts/decisions', { ids, decision, reason: text });
        showNotice(`${ids.length} alert${ids.length === 1 ? '' : 's'} of the group: ${humanize(decision)}.`);
        route();
      } catch (err) {
        buttons.forEach((b) => (b.disabled = false));
        reportError(err);
      }
    }

    // -------------------------------------------------------------------------------
    // One alert: side by side, notes, case file
    // -------------------------------------------------------------------------------

    async function renderAlertDetail(view, arg, current) {
      const id = Number.parseInt(arg, 10);
      view.append(el('p', {}, el('a', { href: '#/alerts', id: 'alert-back' }, '← Alert queue')));
      if (!Number.isSafeInteger(id) || String(id) !== arg) {
        view.append(el('h1', {}, 'Not found'), muted('No such alert.'));
        return;
      }
      const holder = el('div', {}, loading('Loading the alert…'));
      view.append(holder);
      let alert;
      let cmp;
      try {
        [alert, cmp] = await Promise.all([api('GET', `/v1/alerts/${id}`), api('GET', `/v1/alerts/${id}/comparison`)]);
      } catch (err) {
        if (!current()) return;
        holder.replaceChildren(failureBox(err, `Loading alert #${id}`));
        reportError(err);
        return;
      }
      if (!current()) return;
      holder.replaceChildren(alertHead(alert), comparisonSection(cmp), decisionSection(alert), notesSection(alert));
    }

    function alertHead(a) {
      const csv = el('a', { id: 'alert-case-csv', class: 'btn btn-small', href: `/v1/alerts/${encodeURIComponent(a.id)}/case.csv`, download: `alert-${a.id}-case.csv` }, 'Case file (CSV)');
      const facts = [
        ['Status', [statusBadge(a.status), a.pending_confirmation ? ' true match pending confirmation' : '']],
        ['Score', scoreBadge(a.score)],
        ['Reference', a.reference || muted('—')],
        ['Screened name', a.query || ''],
        ['Listed entity', [entityLink(a.entity), ' ', a.entity_name || '']],
        ['Programmes', (a.programmes || []).join(', ') || muted('none listed')],
        ['Opened', fmtTime(a.created)],
        ['Assignee', a.assignee || muted('nobody')],
      ];
      return el(
        'div',
        { class: 'card', id: 'alert-head', dataset: { alertId: String(a.id) } },
        el('div', { class: 'page-head' }, el('h1', {}, `Alert #${a.id}`), csv),
        el('dl', { class: 'facts' }, facts.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
        a.reason ? el('div', { class: 'reason' }, a.reason) : null,
      );
    }

    /** The alert's decisions so far, and the controls to decide it (or confirm a true match). */
    function decisionSection(a) {
      const decisions = a.decisions || [];
      const history = decisions.length
        ? el('ol', { id: 'alert-decisions', class: 'plain' }, decisions.map((d) => el('li', { class: 'decision' }, el('span', { class: 'muted' }, `${fmtTime(d.time)} · ${d.actor || ''} · `), statusBadge(d.status), ' ', el('span', { class: 'decision-comment' }, d.comment || ''))))
        : muted('No decision yet.');
      return section('Decision', history, a.pending_confirmation ? confirmBox(a) : decideBox(a));
    }

    function decideBox(a) {
      const comment = el('input', { type: 'text', id: 'alert-comment', placeholder: 'Comment (required)', 'aria-label': `Comment for alert ${a.id}`, maxlength: '2000' });
      const buttons = ui.DECISIONS.map(([value, label, cls]) => el('button', { type: 'button', class: `btn btn-small ${cls} alert-page-decide`, dataset: { decision: value } }, label));
      for (const b of buttons) {
        b.addEventListener('click', async () => {
          clearError();
          const text = comment.value.trim();
          if (!text) {
            comment.classList.add('invalid');
            comment.focus();
            showError(`A comment is required to decide alert #${a.id}.`);
            return;
          }
          buttons.forEach((x) => (x.disabled = true));
          try {
            const updated = await api('POST', `/v1/alerts/${encodeURIComponent(a.id)}/decision`, { status: b.dataset.decision, comment: text });
            showNotice(updated && updated.pending_confirmation ? `Alert #${a.id}: true match proposed; a second analyst must confirm it.` : `Alert #${a.id}: ${humanize(updated && updated.status)}.`);
            route();
          } catch (err) {
            buttons.forEach((x) => (x.disabled = false));
            reportError(err);
          }
        });
      }
      const controls = [comment, el('div', { class: 'btn-row' }, buttons)];
      if (a.status === 'open' || a.status === 'escalated') return el('div', { id: 'alert-decide' }, controls);
      return el('details', { id: 'alert-decide', class: 'change-decision' }, el('summary', {}, 'Change decision'), controls);
    }

    /** A proposed true match: who proposed it, and Confirm for anyone else. */
    function confirmBox(a) {
      const by = String((a.proposal && a.proposal.actor) || '');
      const mine = state.session && by.endsWith(`:${state.session.name}`);
      const note = el('div', { class: 'small muted' }, `True match proposed by ${by}: ${(a.proposal && a.proposal.comment) || ''}`);
      if (mine) return el('div', { id: 'alert-decide' }, note, muted('Awaiting a second analyst.'));
      const confirm = el('button', { type: 'button', id: 'alert-page-confirm', class: 'btn btn-small btn-danger' }, 'Confirm true match');
      confirm.addEventListener('click', async () => {
        clearError();
        confirm.disabled = true;
        try {
          await api('POST', `/v1/alerts/${encodeURIComponent(a.id)}/confirm`, {});
          showNotice(`Alert #${a.id} confirmed as a true match.`);
          route();
        } catch (err) {
          confirm.disabled = false;
          reportError(err);
        }
      });
      return el('div', { id: 'alert-decide' }, note, confirm);
    }

    function values(list) {
      if (!list || !list.length) return muted('—');
      return el('ul', { class: 'plain' }, list.map((v) => el('li', {}, v)));
    }

    function comparisonSection(cmp) {
      const rows = (cmp.rows || []).map((r) =>
        el(
          'tr',
          { class: `cmp-row verdict-row-${String(r.verdict).replace(/[^a-z]/g, '')}`, dataset: { attribute: r.attribute, verdict: r.verdict } },
          el('th', { scope: 'row' }, ATTRIBUTE_LABELS[r.attribute] || humanize(r.attribute)),
          el('td', {}, values(r.customer)),
          el('td', {}, values(r.listed)),
          el('td', {}, el('span', { class: `badge verdict verdict-${String(r.verdict).replace(/[^a-z]/g, '')}` }, humanize(r.verdict)), r.detail ? el('div', { class: 'small muted' }, r.detail) : null),
        ),
      );
      const source = `Customer from ${CUSTOMER_SOURCES[cmp.customer_source] || cmp.customer_source}; listed entity ${cmp.listed_source === 'snapshot' ? 'as it was when the alert was raised' : 'as listed now'}.`;
      return section('Side by side', muted(source), table({ id: 'comparison-table', class: 'data comparison' }, ['', 'Customer', 'Listed', 'Verdict'], rows));
    }

    function noteItem(n) {
      return el('li', { class: 'note', dataset: { noteId: String(n.id) } }, el('div', { class: 'small muted' }, `${fmtTime(n.time)} · ${n.actor || ''}`), el('div', { class: 'note-text' }, n.text || ''));
    }

    function notesSection(a) {
      const notes = a.notes || [];
      const list = el('ol', { id: 'notes-list', class: 'plain notes' }, notes.map(noteItem));
      const empty = notes.length ? null : muted('No notes yet.');
      const text = el('textarea', { id: 'note-text', rows: '3', maxlength: '10000', placeholder: 'Add a note to the case…', 'aria-label': 'Note' });
      const add = el('button', { type: 'submit', id: 'note-add', class: 'btn btn-small' }, 'Add note');
      const form = el('form', { id: 'note-form', class: 'note-form' }, text, add);
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        clearError();
        const value = text.value.trim();
        if (!value) {
          text.classList.add('invalid');
          showError('A note needs some text.');
          return;
        }
        add.disabled = true;
        try {
          const note = await api('POST', `/v1/alerts/${encodeURIComponent(a.id)}/notes`, { text: value });
          if (empty) empty.remove();
          list.append(noteItem(note));
          text.value = '';
          showNotice('Note added.');
        } catch (err) {
          reportError(err);
        } finally {
          add.disabled = false;
        }
      });
      return section('Case notes', empty, list, form);
    }

    // -------------------------------------------------------------------------------
    // Volume per day
    // -------------------------------------------------------------------------------

    function svg(tag, attrs, ...children) {
      const node = document.createElementNS(SVG_NS, tag);
      for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
      for (const c of children) node.append(c);
      return node;
    }

    /** A bar with a tooltip: `parts` stacked bottom up, each [class, count]. */
    function stackedBar(x, width, scale, bottom, day, parts) {
      const g = svg('g', { class: 'bar', 'data-day': day });
      let y = bottom;
      for (const [cls, n] of parts) {
        if (!n) continue;
        const h = n * scale;
        y -= h;
        g.append(svg('rect', { class: cls, x: x.toFixed(1), y: y.toFixed(1), width: width.toFixed(1), height: h.toFixed(1), 'data-count': n }));
      }
      return g;
    }

    /** Alerts opened (left bar) and decisions by outcome (right bar, stacked) per day. */
    function drawChart(days) {
      const W = 720;
      const H = 160;
      const top = 14;
      const bottom = H - 20;
      const max = Math.max(1, ...days.map((d) => Math.max(d.opened, d.true_match + d.false_positive + d.escalated)));
      const scale = (bottom - top) / max;
      const slot = W / Math.max(1, days.length);
      const bar = Math.max(1, slot * 0.38);
      const chart = svg('svg', { id: 'daily-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Alerts opened and decided per day, last ${days.length} days` });
      chart.append(svg('line', { class: 'axis', x1: 0, y1: bottom, x2: W, y2: bottom }));
      days.forEach((d, i) => {
        const x = i * slot + slot * 0.08;
        const opened = stackedBar(x, bar, scale, bottom, d.day, [['bar-opened', d.opened]]);
        opened.classList.add('bar-opened-day');
        const decided = stackedBar(x + bar, bar, scale, bottom, d.day, [
          ['bar-false-positive', d.false_positive],
          ['bar-escalated', d.escalated],
          ['bar-true-match', d.true_match],
        ]);
        const title = svg('title', {});
        title.textContent = `${d.day}: ${d.opened} opened (${d.open} still open), ${d.true_match} true match, ${d.false_positive} false positive, ${d.escalated} escalated`;
        chart.append(svg('g', { class: 'day', 'data-day': d.day, 'data-opened': d.opened }, title, opened, decided));
      });
      const label = (x, anchor, text) => {
        const t = svg('text', { x, y: H - 5, 'text-anchor': anchor, class: 'chart-label' });
        t.textContent = text;
        return t;
      };
      if (days.length) chart.append(label(0, 'start', days[0].day), label(W, 'end', days[days.length - 1].day));
      const top_label = svg('text', { x: 0, y: 10, class: 'chart-label' });
      top_label.textContent = `${max}`;
      chart.append(top_label);
      return chart;
    }

    function legend() {
      const key = [
        ['bar-opened', 'opened'],
        ['bar-true-match', 'true match'],
        ['bar-false-positive', 'false positive'],
        ['bar-escalated', 'escalated'],
      ];
      return el('div', { class: 'chart-legend small' }, key.map(([cls, text]) => el('span', { class: 'legend-item' }, el('span', { class: `legend-swatch ${cls}` }), text)));
    }

    /** The chart of the last [`CHART_DAYS`] days, drawn into `container`. */
    async function renderDailyChart(container, current) {
      container.replaceChildren(loading('Loading the daily volume…'));
      let days;
      try {
        days = await api('GET', `/v1/alerts/stats/daily?days=${CHART_DAYS}`);
      } catch (err) {
        if (!current()) return;
        container.replaceChildren(muted('The daily volume is unavailable: ' + err.message));
        return;
      }
      if (!current()) return;
      container.replaceChildren(drawChart(days || []), legend());
    }

    /** The chart's card, folded open, filled once the queue is shown. */
    function dailyChartCard(current) {
      const body = el('div', { id: 'daily-chart-body' });
      const card = el('details', { class: 'card daily', id: 'daily-volume', open: true }, el('summary', {}, `Alerts per day, last ${CHART_DAYS} days`), body);
      renderDailyChart(body, current);
      return card;
    }

    return { filterBar, addFilters, renderGroups, renderAlertDetail, dailyChartCard };
  }

  window.NominaQueue = { install };
})();
