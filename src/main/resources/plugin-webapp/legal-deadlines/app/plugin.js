/*
 * 「法定期限」 — statutory deadline compliance in Cockpit (child-protection-flow).
 * Figures come from /camunda/api/cockpit/plugin/legal-deadlines/{engine}/…, limited on the server to
 * the user's counties. Labels: the `LEGAL_DEADLINES_*` keys of Cockpit's locales/zh.json for a Chinese
 * browser, the English below otherwise. Plain JavaScript, no build step.
 */
const ENGLISH = {
  LEGAL_DEADLINES_TITLE: 'Statutory deadlines',
  LEGAL_DEADLINES_SUBTITLE: 'Deadlines of the law kept in {{counties}}',
  LEGAL_DEADLINES_PERIOD: 'Period',
  LEGAL_DEADLINES_FROM: 'from',
  LEGAL_DEADLINES_TO: 'to',
  LEGAL_DEADLINES_APPLY: 'Show',
  LEGAL_DEADLINES_CODE: 'Deadline',
  LEGAL_DEADLINES_BASIS: 'Legal basis',
  LEGAL_DEADLINES_PENDING: 'Pending',
  LEGAL_DEADLINES_DUE_24H: 'Due within 24 h',
  LEGAL_DEADLINES_MET: 'Met',
  LEGAL_DEADLINES_BREACHED: 'Breached',
  LEGAL_DEADLINES_RATE: 'Compliance',
  LEGAL_DEADLINES_TOTAL: 'All deadlines',
  LEGAL_DEADLINES_BY_COUNTY: 'By county',
  LEGAL_DEADLINES_COUNTY: 'County',
  LEGAL_DEADLINES_OVERDUE: 'Oldest overdue',
  LEGAL_DEADLINES_NONE_OVERDUE: 'Nothing overdue.',
  LEGAL_DEADLINES_CASE: 'Case',
  LEGAL_DEADLINES_DUE: 'Due',
  LEGAL_DEADLINES_DAYS_LATE: 'Days overdue',
  LEGAL_DEADLINES_CASE_STATUS: 'Case',
  LEGAL_DEADLINES_OPEN: 'open',
  LEGAL_DEADLINES_CLOSED: 'closed',
  LEGAL_DEADLINES_MONTHLY: 'Compliance per month',
  LEGAL_DEADLINES_WORKLOAD: 'Workload',
  LEGAL_DEADLINES_WORKER: 'Worker',
  LEGAL_DEADLINES_GROUP: 'Group',
  LEGAL_DEADLINES_OPEN_TASKS: 'Open tasks',
  LEGAL_DEADLINES_UNASSIGNED: 'Not taken',
  LEGAL_DEADLINES_OVERDUE_TASKS: 'Overdue',
  LEGAL_DEADLINES_MORE: 'Details, overdue cases, months and workload',
  LEGAL_DEADLINES_BACK: 'Back to statutory deadlines',
  LEGAL_DEADLINES_CASE_DEADLINES: 'Deadlines of the case',
  LEGAL_DEADLINES_STARTED: 'Started',
  LEGAL_DEADLINES_COMPLETED: 'Done',
  LEGAL_DEADLINES_STATUS: 'Status',
  LEGAL_DEADLINES_STATUS_PENDING: 'pending',
  LEGAL_DEADLINES_STATUS_MET: 'met',
  LEGAL_DEADLINES_STATUS_BREACHED: 'breached',
  LEGAL_DEADLINES_IN_COCKPIT: 'Open the running instance in Cockpit',
  LEGAL_DEADLINES_NOT_FOUND: 'No such case in your counties.',
  LEGAL_DEADLINES_LOADING: 'Loading…',
  LEGAL_DEADLINES_FAILED: 'The figures could not be loaded.'
};

/** The 22 counties (tenants) by their ISO 3166-2:TW code, as people/County names them. */
const COUNTIES = {
  TPE: '臺北市', NWT: '新北市', TAO: '桃園市', TXG: '臺中市', TNN: '臺南市', KHH: '高雄市', KEE: '基隆市', HSZ: '新竹市',
  CYI: '嘉義市', HSQ: '新竹縣', MIA: '苗栗縣', CHA: '彰化縣', NAN: '南投縣', YUN: '雲林縣', CYQ: '嘉義縣', PIF: '屏東縣',
  ILA: '宜蘭縣', HUA: '花蓮縣', TTT: '臺東縣', PEN: '澎湖縣', KIN: '金門縣', LIE: '連江縣'
};

function countyName(code) {
  return COUNTIES[code] ? COUNTIES[code] + ' ' + code : code;
}

const PAGE = '/legal-deadlines';
const CASE_PAGE = '/legal-deadlines-case';
let labels = null;

function appRoot() {
  return window.location.pathname.replace(/\/app\/cockpit\/.*$/, '/app/cockpit/');
}

/** The webapps pick the locale by the browser's primary language, as Cockpit itself does. */
function loadLabels() {
  if (!labels) {
    const language = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en')
      .split('-')[0];
    labels = language === 'en' ? Promise.resolve(ENGLISH)
      : fetch(appRoot() + 'locales/' + language + '.json', {credentials: 'same-origin'})
        .then(r => (r.ok ? r.json() : {}))
        .then(file => Object.assign({}, ENGLISH, pick((file && file.labels) || {})))
        .catch(() => ENGLISH);
  }
  return labels;
}

function pick(all) {
  const own = {};
  Object.keys(all).filter(k => k.indexOf('LEGAL_DEADLINES_') === 0).forEach(k => { own[k] = all[k]; });
  return own;
}

function esc(value) {
  return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  })[c]);
}

function rate(value) {
  return value === null || value === undefined ? '–' : (Math.round(value * 1000) / 10) + '%';
}

function when(iso) {
  return iso ? esc(iso.replace('T', ' ').substring(0, 16)) : '';
}

function get(api, path) {
  return fetch(api.cockpitApi + '/plugin/legal-deadlines/' + api.engine + path, {
    credentials: 'same-origin', headers: {Accept: 'application/json'}
  }).then(r => r.json().then(body => ({status: r.status, body: body})));
}

function figureCells(f) {
  return '<td class="cpf-num cpf-pending">' + f.pending + '</td>'
    + '<td class="cpf-num cpf-due-soon">' + f.dueWithin24h + '</td>'
    + '<td class="cpf-num cpf-met">' + f.met + '</td>'
    + '<td class="cpf-num cpf-breached">' + f.breached + '</td>'
    + '<td class="cpf-num cpf-rate">' + rate(f.complianceRate) + '</td>';
}

function figureHeads(t) {
  return ['PENDING', 'DUE_24H', 'MET', 'BREACHED', 'RATE']
    .map(k => '<th class="cpf-num">' + esc(t['LEGAL_DEADLINES_' + k]) + '</th>').join('');
}

function codeTable(t, summary) {
  const rows = summary.codes.map(c => '<tr data-code="' + esc(c.code) + '">'
    + '<td><div class="cpf-label">' + esc(c.label) + '</div><div class="cpf-code">' + esc(c.code) + '</div></td>'
    + '<td class="cpf-basis">' + esc(c.basis) + '</td>' + figureCells(c.figures) + '</tr>').join('');
  return '<table class="table cpf-table cpf-codes"><thead><tr><th>' + esc(t.LEGAL_DEADLINES_CODE) + '</th><th>'
    + esc(t.LEGAL_DEADLINES_BASIS) + '</th>' + figureHeads(t) + '</tr></thead><tbody>' + rows
    + '</tbody><tfoot><tr data-code="ALL"><th colspan="2">' + esc(t.LEGAL_DEADLINES_TOTAL) + '</th>'
    + figureCells(summary.total) + '</tr></tfoot></table>';
}

function countyTable(t, summary) {
  if (!summary.byCounty.length) {
    return '';
  }
  const rows = summary.byCounty.map(c => '<tr data-county="' + esc(c.county) + '"><td>' + esc(c.name)
    + ' <span class="cpf-code">' + esc(c.county) + '</span></td>' + figureCells(c.figures) + '</tr>').join('');
  return '<h4>' + esc(t.LEGAL_DEADLINES_BY_COUNTY) + '</h4><table class="table cpf-table cpf-counties"><thead><tr><th>'
    + esc(t.LEGAL_DEADLINES_COUNTY) + '</th>' + figureHeads(t) + '</tr></thead><tbody>' + rows + '</tbody></table>';
}

function caseLink(caseId) {
  return '#' + CASE_PAGE + '?caseId=' + encodeURIComponent(caseId);
}

function overdueTable(t, summary) {
  if (!summary.overdue.length) {
    return '<h4>' + esc(t.LEGAL_DEADLINES_OVERDUE) + '</h4><p class="cpf-none">' + esc(t.LEGAL_DEADLINES_NONE_OVERDUE)
      + '</p>';
  }
  const rows = summary.overdue.map(d => '<tr class="cpf-overdue-row" data-case="' + esc(d.caseId) + '">'
    + '<td><a class="cpf-case-link" href="' + caseLink(d.caseId) + '">' + esc(d.caseId) + '</a></td>'
    + '<td>' + esc(countyName(d.county)) + '</td><td>' + esc(d.label) + '<div class="cpf-basis">' + esc(d.basis)
    + '</div></td>'
    + '<td>' + when(d.dueAt) + '</td><td class="cpf-num">' + d.daysOverdue + '</td>'
    + '<td>' + esc(d.caseOpen ? t.LEGAL_DEADLINES_OPEN : t.LEGAL_DEADLINES_CLOSED) + '</td></tr>').join('');
  return '<h4>' + esc(t.LEGAL_DEADLINES_OVERDUE) + '</h4><table class="table cpf-table cpf-overdue"><thead><tr><th>'
    + esc(t.LEGAL_DEADLINES_CASE) + '</th><th>' + esc(t.LEGAL_DEADLINES_COUNTY) + '</th><th>'
    + esc(t.LEGAL_DEADLINES_CODE) + '</th><th>' + esc(t.LEGAL_DEADLINES_DUE) + '</th><th class="cpf-num">'
    + esc(t.LEGAL_DEADLINES_DAYS_LATE) + '</th><th>' + esc(t.LEGAL_DEADLINES_CASE_STATUS) + '</th></tr></thead><tbody>'
    + rows + '</tbody></table>';
}

/** One bar per month: its height the share met of the deadlines decided that month. */
function monthlyChart(t, summary) {
  const width = 56;
  const height = 140;
  const bars = summary.months.map((m, i) => {
    const x = i * width + 8;
    const decided = m.met + m.breached;
    const h = m.complianceRate === null ? 0 : Math.round(m.complianceRate * height);
    const title = m.month + ': ' + rate(m.complianceRate) + ' (' + m.met + ' / ' + decided + ')';
    return '<g class="cpf-month" data-month="' + esc(m.month) + '"><title>' + esc(title) + '</title>'
      + '<rect x="' + x + '" y="' + (height - h + 20) + '" width="' + (width - 16) + '" height="' + h
      + '" class="' + (m.complianceRate !== null && m.complianceRate < 0.9 ? 'cpf-bar-low' : 'cpf-bar') + '"/>'
      + '<text x="' + (x + (width - 16) / 2) + '" y="' + (height - h + 14) + '" class="cpf-bar-value">'
      + esc(decided ? rate(m.complianceRate) : '') + '</text>'
      + '<text x="' + (x + (width - 16) / 2) + '" y="' + (height + 36) + '" class="cpf-bar-label">'
      + esc(m.month.substring(2)) + '</text></g>';
  }).join('');
  return '<h4>' + esc(t.LEGAL_DEADLINES_MONTHLY) + '</h4><svg class="cpf-chart" role="img" width="'
    + (summary.months.length * width + 16) + '" height="' + (height + 48) + '">' + bars + '</svg>';
}

function workloadTables(t, workload) {
  const workers = workload.workers.map(w => '<tr data-worker="' + esc(w.userId) + '"><td>' + esc(w.name || w.userId)
    + ' <span class="cpf-code">' + esc(w.userId) + '</span></td><td>' + esc(w.county) + '</td><td class="cpf-num">'
    + w.open + '</td><td class="cpf-num cpf-breached">' + w.overdue + '</td><td class="cpf-num">' + w.dueWithin24h
    + '</td></tr>').join('');
  const groups = workload.groups.map(g => '<tr data-group="' + esc(g.groupId) + '"><td>' + esc(g.name || g.groupId)
    + '</td><td>' + esc(g.county) + '</td><td class="cpf-num">' + g.open + '</td><td class="cpf-num">' + g.unassigned
    + '</td><td class="cpf-num cpf-breached">' + g.overdue + '</td><td class="cpf-num">' + g.dueWithin24h
    + '</td></tr>').join('');
  return '<h4>' + esc(t.LEGAL_DEADLINES_WORKLOAD) + '</h4><div class="cpf-columns">'
    + '<table class="table cpf-table cpf-workers"><thead><tr><th>' + esc(t.LEGAL_DEADLINES_WORKER) + '</th><th>'
    + esc(t.LEGAL_DEADLINES_COUNTY) + '</th><th class="cpf-num">' + esc(t.LEGAL_DEADLINES_OPEN_TASKS)
    + '</th><th class="cpf-num">' + esc(t.LEGAL_DEADLINES_OVERDUE_TASKS) + '</th><th class="cpf-num">'
    + esc(t.LEGAL_DEADLINES_DUE_24H) + '</th></tr></thead><tbody>' + workers + '</tbody></table>'
    + '<table class="table cpf-table cpf-groups"><thead><tr><th>' + esc(t.LEGAL_DEADLINES_GROUP) + '</th><th>'
    + esc(t.LEGAL_DEADLINES_COUNTY) + '</th><th class="cpf-num">' + esc(t.LEGAL_DEADLINES_OPEN_TASKS)
    + '</th><th class="cpf-num">' + esc(t.LEGAL_DEADLINES_UNASSIGNED) + '</th><th class="cpf-num">'
    + esc(t.LEGAL_DEADLINES_OVERDUE_TASKS) + '</th><th class="cpf-num">' + esc(t.LEGAL_DEADLINES_DUE_24H)
    + '</th></tr></thead><tbody>' + groups + '</tbody></table></div>';
}

function subtitle(t, summary) {
  const counties = summary.counties.length > 3 ? summary.counties.length + ' × ' + t.LEGAL_DEADLINES_COUNTY
    : summary.counties.map(countyName).join('、');
  return esc(t.LEGAL_DEADLINES_SUBTITLE.replace('{{counties}}', counties)) + ' · ' + esc(summary.from) + ' – '
    + esc(summary.to);
}

function fail(node, t, answer) {
  const message = answer && answer.body && answer.body.errors && answer.body.errors[0];
  node.innerHTML = '<div class="alert alert-danger">' + esc(t.LEGAL_DEADLINES_FAILED) + ' '
    + esc(message ? (message.messageZh || message.message) : '') + '</div>';
}

function search() {
  const hash = window.location.hash;
  const query = hash.indexOf('?') < 0 ? '' : hash.substring(hash.indexOf('?') + 1);
  return new URLSearchParams(query);
}

function renderDashboard(node, api) {
  loadLabels().then(t => {
    node.innerHTML = '<section class="cpf-legal-deadlines"><p>' + esc(t.LEGAL_DEADLINES_LOADING) + '</p></section>';
    return get(api, '/summary').then(answer => {
      if (answer.status !== 200) {
        return fail(node, t, answer);
      }
      const s = answer.body;
      node.innerHTML = '<section class="cpf-legal-deadlines cpf-dashboard"><h3 class="section-title">'
        + esc(t.LEGAL_DEADLINES_TITLE) + '</h3><p class="cpf-subtitle">' + subtitle(t, s) + '</p>'
        + codeTable(t, s) + countyTable(t, s) + '<p><a class="cpf-more" href="#' + PAGE + '">'
        + esc(t.LEGAL_DEADLINES_MORE) + ' »</a></p></section>';
    });
  }).catch(() => loadLabels().then(t => fail(node, t)));
}

function renderPage(node, api) {
  loadLabels().then(t => {
    const params = search();
    const period = (params.get('from') ? '&from=' + encodeURIComponent(params.get('from')) : '')
      + (params.get('to') ? '&to=' + encodeURIComponent(params.get('to')) : '');
    node.innerHTML = '<div class="cpf-legal-deadlines cpf-page"><p>' + esc(t.LEGAL_DEADLINES_LOADING) + '</p></div>';
    return Promise.all([get(api, '/summary?' + period.substring(1)), get(api, '/workload')]).then(answers => {
      const [summary, workload] = answers;
      if (summary.status !== 200) {
        return fail(node, t, summary);
      }
      const s = summary.body;
      node.innerHTML = '<div class="cpf-legal-deadlines cpf-page"><h2>' + esc(t.LEGAL_DEADLINES_TITLE) + '</h2>'
        + '<p class="cpf-subtitle">' + subtitle(t, s) + '</p>'
        + '<form class="form-inline cpf-period"><label>' + esc(t.LEGAL_DEADLINES_PERIOD) + '</label> '
        + esc(t.LEGAL_DEADLINES_FROM) + ' <input type="date" name="from" class="form-control" value="' + esc(s.from)
        + '"> ' + esc(t.LEGAL_DEADLINES_TO) + ' <input type="date" name="to" class="form-control" value="' + esc(s.to)
        + '"> <button type="submit" class="btn btn-default">' + esc(t.LEGAL_DEADLINES_APPLY) + '</button></form>'
        + codeTable(t, s) + countyTable(t, s) + overdueTable(t, s) + monthlyChart(t, s)
        + (workload.status === 200 ? workloadTables(t, workload.body) : '') + '</div>';
      node.querySelector('form.cpf-period').addEventListener('submit', event => {
        event.preventDefault();
        const form = event.target;
        window.location.hash = '#' + PAGE + '?from=' + encodeURIComponent(form.from.value) + '&to='
          + encodeURIComponent(form.to.value);
      });
    });
  }).catch(() => loadLabels().then(t => fail(node, t)));
}

function statusLabel(t, status) {
  return esc(t['LEGAL_DEADLINES_STATUS_' + status] || status);
}

function renderCase(node, api) {
  loadLabels().then(t => {
    const caseId = search().get('caseId') || '';
    node.innerHTML = '<div class="cpf-legal-deadlines cpf-case"><p>' + esc(t.LEGAL_DEADLINES_LOADING) + '</p></div>';
    return get(api, '/cases/' + encodeURIComponent(caseId)).then(answer => {
      if (answer.status === 404) {
        node.innerHTML = '<div class="cpf-legal-deadlines cpf-case"><p class="alert alert-warning">'
          + esc(t.LEGAL_DEADLINES_NOT_FOUND) + '</p><p><a href="#' + PAGE + '">« ' + esc(t.LEGAL_DEADLINES_BACK)
          + '</a></p></div>';
        return;
      }
      if (answer.status !== 200) {
        return fail(node, t, answer);
      }
      const c = answer.body;
      const running = c.instances.filter(i => i.running);
      const rows = c.deadlines.map(d => '<tr class="cpf-deadline cpf-status-' + esc(d.status) + '" data-code="'
        + esc(d.code) + '"><td><div class="cpf-label">' + esc(d.label) + '</div><div class="cpf-code">' + esc(d.code)
        + '</div></td><td class="cpf-basis">' + esc(d.basis) + '</td><td>' + when(d.startedAt) + '</td><td>'
        + when(d.dueAt) + '</td><td>' + when(d.completedAt) + '</td><td class="cpf-status">' + statusLabel(t, d.status)
        + '</td></tr>').join('');
      node.innerHTML = '<div class="cpf-legal-deadlines cpf-case"><p><a href="#' + PAGE + '">« '
        + esc(t.LEGAL_DEADLINES_BACK) + '</a></p><h2 class="cpf-case-id">' + esc(c.caseId) + '</h2><p>'
        + esc(t.LEGAL_DEADLINES_COUNTY) + ' ' + esc(countyName(c.county)) + ' · '
        + esc(t.LEGAL_DEADLINES_CASE_STATUS) + ' <span class="cpf-case-status">'
        + esc(c.status === 'OPEN' ? t.LEGAL_DEADLINES_OPEN : t.LEGAL_DEADLINES_CLOSED)
        + '</span></p>' + running.map(i => '<p><a class="cpf-instance-link" href="#/process-instance/'
          + encodeURIComponent(i.processInstanceId) + '/runtime">' + esc(t.LEGAL_DEADLINES_IN_COCKPIT) + '</a></p>')
          .join('')
        + '<h4>' + esc(t.LEGAL_DEADLINES_CASE_DEADLINES) + '</h4><table class="table cpf-table"><thead><tr><th>'
        + esc(t.LEGAL_DEADLINES_CODE) + '</th><th>' + esc(t.LEGAL_DEADLINES_BASIS) + '</th><th>'
        + esc(t.LEGAL_DEADLINES_STARTED) + '</th><th>' + esc(t.LEGAL_DEADLINES_DUE) + '</th><th>'
        + esc(t.LEGAL_DEADLINES_COMPLETED) + '</th><th>' + esc(t.LEGAL_DEADLINES_STATUS) + '</th></tr></thead><tbody>'
        + rows + '</tbody></table></div>';
    });
  }).catch(() => loadLabels().then(t => fail(node, t)));
}

/**
 * Cockpit for a read-only user: the engine already refuses every change a manager or supervisor
 * attempts (they hold read rights only); the buttons for those changes are hidden too, so nobody
 * presses what cannot work. Administrators (camunda-admin) keep them.
 */
function markReadOnlyUsers() {
  const root = window.location.pathname.replace(/\/app\/cockpit\/.*$/, '/');
  fetch(root + 'api/admin/auth/user/default', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(r => (r.ok ? r.json() : null))
    .then(user => {
      // the admin application is granted to camunda-admin only (people/CountiesAndGroups)
      document.body.classList.toggle('cpf-read-only', !!user && !(user.authorizedApps || []).includes('admin'));
    })
    .catch(() => document.body.classList.add('cpf-read-only'));
}

// plugins load before the login: ask again whenever Cockpit moves to another page (login, logout, links)
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  window.addEventListener('hashchange', markReadOnlyUsers);
  if (document.body) {
    markReadOnlyUsers();
  }
}

export default [
  {
    id: 'legal-deadlines-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, {api}) => renderDashboard(node, api)
  },
  {
    id: 'legal-deadlines-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PAGE},
    render: (node, {api}) => renderPage(node, api)
  },
  {
    id: 'legal-deadlines-case',
    pluginPoint: 'cockpit.route',
    properties: {path: CASE_PAGE},
    render: (node, {api}) => renderCase(node, api)
  },
  {
    id: 'legal-deadlines-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 20,
    properties: {path: '/legal-deadlines'},
    render: node => loadLabels().then(t => {
      node.innerHTML = '<a href="#' + PAGE + '">' + esc(t.LEGAL_DEADLINES_TITLE) + '</a>';
    })
  }
];
