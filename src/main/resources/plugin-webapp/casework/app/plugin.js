// 案件 (issue 11): the case above every task's form, the case tab, the case on every card, and the
// search for a child. Every call goes to this plugin's REST resource behind Tasklist's login
// (/camunda/api/tasklist/plugin/casework/<engine>/…), which reads as the logged-in user.
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const STATUS = {PENDING: '進行中', MET: '已如期完成', BREACHED: '已逾期'};
const DAY = 24 * 3600 * 1000;

function base(api) {
  const tasklistApi = api && api.tasklistApi
    ? api.tasklistApi : document.querySelector('base').getAttribute('tasklist-api').replace(/\/$/, '');
  return tasklistApi + '/plugin/casework/' + ((api && api.engine) || 'default') + '/';
}

function csrf(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.split('=')[1]) : '';
}

// what this plugin's API says of one task: its case, its card or its draft
function taskPath(taskId, what) {
  return 'tasks/' + encodeURIComponent(taskId) + '/' + what;
}

async function call(api, path, options = {}) {
  const headers = Object.assign({Accept: 'application/json'}, options.headers || {});
  if (options.method && options.method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrf(api);
  }
  const response = await fetch(base(api) + path, Object.assign({}, options, {headers, credentials: 'same-origin'}));
  const text = await response.text();
  const body = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const errors = (body.errors || []).map(e => e.messageZh || e.message).join('；');
    throw new Error(errors || ('系統暫時無法處理（' + response.status + '），請稍後再試'));
  }
  return body;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

// "2026-12-03（週四）17:00" in Taiwan time, whatever the browser's zone
function when(iso) {
  if (!iso) return '未定期限';
  const t = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  return t.getUTCFullYear() + '-' + pad(t.getUTCMonth() + 1) + '-' + pad(t.getUTCDate()) + '（週'
    + WEEKDAYS[t.getUTCDay()] + '）' + pad(t.getUTCHours()) + ':' + pad(t.getUTCMinutes());
}

function urgency(iso) {
  if (!iso) return {cls: 'cpf-undated', text: ''};
  const left = new Date(iso).getTime() - Date.now();
  if (left <= -2 * DAY) return {cls: 'cpf-overdue', text: '已逾期 ' + Math.floor(-left / DAY) + ' 天'};
  if (left < 0) return {cls: 'cpf-overdue', text: '已逾期 ' + Math.ceil(-left / 3600000) + ' 小時'};
  if (left < DAY) return {cls: 'cpf-soon', text: '剩 ' + Math.floor(left / 3600000) + ' 小時'};
  return {cls: 'cpf-later', text: '剩 ' + Math.floor(left / DAY) + ' 天'};
}

function due(iso) {
  const u = urgency(iso);
  return el('span', {class: 'cpf-due ' + u.cls}, when(iso), u.text ? '〔' + u.text + '〕' : '');
}

function child(c) {
  if (!c) return '（不詳）';
  return (c.name || '（姓名不詳）') + '（' + [c.sex, c.age, c.birthDate ? '生於 ' + c.birthDate : null]
    .filter(Boolean).join('，') + '）';
}

function table(headers, rows) {
  return el('table', {class: 'table table-condensed cpf-table'},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.length ? rows.map(r => el('tr', {}, r.map(c => el('td', {}, c == null ? '' : c))))
      : [el('tr', {}, el('td', {colspan: String(headers.length)}, '（無）'))]));
}

function failure(node, error) {
  node.replaceChildren(el('div', {class: 'alert alert-warning cpf-error'}, error.message));
}

// the case above a task's form
function header(theCase) {
  const findings = theCase.findings.length
    ? el('ol', {class: 'cpf-findings'}, theCase.findings.map(f => el('li', {},
      el('span', {class: 'cpf-at'}, when(f.at)), ' ', el('strong', {}, f.step), f.by ? '（' + f.by + '）' : '',
      '：', f.outcome)))
    : el('p', {class: 'cpf-none'}, '本案尚無先前步驟的紀錄。');
  return el('div', {class: 'cpf-case-header', 'data-task': theCase.taskId},
    el('div', {class: 'cpf-line'},
      el('span', {class: 'cpf-label'}, '案號'), el('strong', {class: 'cpf-case-id'}, theCase.caseId),
      el('span', {class: 'cpf-label'}, '兒少'), el('strong', {class: 'cpf-child'}, child(theCase.child)),
      el('span', {class: 'cpf-label'}, '主責縣市'), el('strong', {class: 'cpf-county'}, theCase.countyName)),
    el('div', {class: 'cpf-line'}, el('span', {class: 'cpf-label'}, '案由'),
      el('span', {class: 'cpf-reason'}, theCase.reason || '（未載明）')),
    el('div', {class: 'cpf-line'}, el('span', {class: 'cpf-label'}, '階段'),
      el('span', {class: 'cpf-stage'}, (theCase.stage ? theCase.stage + ' › ' : '') + theCase.taskName),
      el('span', {class: 'cpf-label'}, '法定期限'), due(theCase.due),
      theCase.owner ? el('span', {class: 'cpf-label'}, '承辦社工') : '', theCase.owner || ''),
    el('div', {class: 'cpf-line'}, el('span', {class: 'cpf-label'}, '先前紀錄')), findings);
}

let shownTask = null;
const casesOfTasks = {};

// after 完成: a confirmation that stays, saying what happens next in the case
async function confirmCompleted(taskId) {
  const done = casesOfTasks[taskId];
  if (!done) return;
  document.querySelectorAll('.cpf-done').forEach(n => n.remove());
  const box = el('div', {class: 'cpf-done alert alert-success', role: 'status'},
    el('button', {type: 'button', class: 'close', onclick: () => box.remove()}, '×'),
    el('strong', {}, '已完成「' + done.taskName + '」'), '（案號 ' + done.caseId + '，' + (done.child.name || '') + '）');
  document.body.appendChild(box);
  try {
    const folder = await call(null, 'cases/' + encodeURIComponent(done.caseId));
    const next = folder.view.openTasks;
    box.appendChild(el('div', {}, next.length
      ? '接下來：' + next.map(t => '「' + t.name + '」由 ' + (t.assignee || t.candidateGroup + ' 群組') + ' 辦理，期限 '
        + when(t.due)).join('；')
      : (folder.view.status === 'OPEN' ? '本案接下來由系統自動處理（通知或函送），完成後再出現在任務清單。' : '本案已結案。')));
  } catch (e) {
    box.appendChild(el('div', {}, '本案接下來的步驟可在「案件」分頁查看。'));
  }
}

if (!XMLHttpRequest.prototype.cpfWatched) {
  XMLHttpRequest.prototype.cpfWatched = true;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const submitted = /\/task\/([^/]+)\/(submit-form|complete)$/.exec(String(url));
    if (submitted && String(method).toUpperCase() === 'POST') {
      this.addEventListener('load', () => {
        if (this.status < 300) confirmCompleted(submitted[1]);
      });
    }
    return open.call(this, method, url, ...rest);
  };
}
async function showHeader() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  const tabs = document.querySelector('.tabbed-content');
  if (!match || !tabs) return;
  const taskId = decodeURIComponent(match[1]);
  const existing = document.querySelector('.cpf-case-header');
  if ((existing && existing.getAttribute('data-task') === taskId) || shownTask === taskId) return;
  shownTask = taskId;
  try {
    const theCase = await call(null, taskPath(taskId, 'case'));
    casesOfTasks[taskId] = theCase;
    document.querySelectorAll('.cpf-case-header').forEach(h => h.remove());
    const place = document.querySelector('.tabbed-content');
    if (place) place.parentNode.insertBefore(header(theCase), place);
  } catch (e) {
    shownTask = null;
  }
}

// the first visit opens the lists sorted by legal due time, soonest first (not by creation)
function dueDateFirst() {
  const hash = window.location.hash || '#/';
  if (hash.startsWith('#/') && !hash.includes('task=') && !/[?&]sorting=/.test(hash)
      && !sessionStorage.getItem('cpf-sorted')) {
    sessionStorage.setItem('cpf-sorted', 'yes');
    const sorting = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));
    window.location.hash = hash + (hash.includes('?') ? '&' : '?') + 'sorting=' + sorting;
  }
}

// 儲存 keeps the form's values with the task on the server (issue 11), never in this browser's storage:
// Tasklist's own save, restore and discard of "camForm:<taskId>" are sent to the plugin's draft resource
const DRAFT = 'camForm:';
const drafts = {};
function draftRequest(method, taskId, body) {
  const request = new XMLHttpRequest();
  request.open(method, base(null) + taskPath(taskId, 'draft'), method === 'GET' ? false : true);
  request.setRequestHeader('Accept', 'application/json');
  if (method !== 'GET') request.setRequestHeader('X-XSRF-TOKEN', csrf(null));
  if (body) request.setRequestHeader('Content-Type', 'application/json');
  request.send(body || null);
  return request;
}
if (!Storage.prototype.cpfDrafts) {
  Storage.prototype.cpfDrafts = true;
  const {getItem, setItem, removeItem} = Storage.prototype;
  Storage.prototype.setItem = function (key, value) {
    if (this !== window.localStorage || !String(key).startsWith(DRAFT)) return setItem.call(this, key, value);
    const taskId = String(key).substring(DRAFT.length);
    drafts[taskId] = value;
    draftRequest('PUT', taskId, value);
  };
  Storage.prototype.getItem = function (key) {
    if (this !== window.localStorage || !String(key).startsWith(DRAFT)) return getItem.call(this, key);
    const taskId = String(key).substring(DRAFT.length);
    if (!(taskId in drafts)) {
      // Tasklist asks synchronously whether a draft exists: answered by the server, not the browser
      const request = draftRequest('GET', taskId);
      const saved = request.status === 200 ? JSON.parse(request.responseText || '{}') : {};
      drafts[taskId] = saved.values ? JSON.stringify(saved.values) : null;
    }
    return drafts[taskId];
  };
  Storage.prototype.removeItem = function (key) {
    if (this !== window.localStorage || !String(key).startsWith(DRAFT)) return removeItem.call(this, key);
    const taskId = String(key).substring(DRAFT.length);
    drafts[taskId] = null;
    draftRequest('DELETE', taskId);
  };
  // drafts an older Tasklist left in this browser's storage are removed
  Object.keys(window.localStorage).filter(k => k.startsWith(DRAFT))
    .forEach(k => removeItem.call(window.localStorage, k));
}

// form-js and its date picker speak English: the messages a caseworker meets, in Chinese
const MESSAGES = [
  [/^Field is required\.$/, '此欄位為必填。'],
  [/^Field must have minimum length of (\d+)\.$/, '至少需 $1 個字。'],
  [/^Field must have maximum length of (\d+)\.$/, '最多 $1 個字。'],
  [/^Field must have minimum value of (.+)\.$/, '不得小於 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不得大於 $1。'],
  [/^Field must match pattern (.+)\.$/, '格式不符。'],
  [/^Field must be a valid email\.$/, '請填寫有效的電子郵件。'],
  [/^Date must be in the past\.?$/, '日期須早於今天。'],
  [/^Date must be in the future\.?$/, '日期須晚於今天。']];
const WEEKDAY_SHORT = {Sun: '日', Mon: '一', Tue: '二', Wed: '三', Thu: '四', Fri: '五', Sat: '六'};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
function translate(root) {
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span').forEach(node => {
    MESSAGES.forEach(([english, chinese]) => {
      if (english.test(node.textContent.trim())) node.textContent = node.textContent.trim().replace(english, chinese);
    });
  });
  root.querySelectorAll('.flatpickr-weekday').forEach(node => {
    const day = node.textContent.trim();
    if (WEEKDAY_SHORT[day]) node.textContent = WEEKDAY_SHORT[day];
  });
  root.querySelectorAll('.flatpickr-monthDropdown-month, .cur-month').forEach(node => {
    const month = MONTHS.indexOf(node.textContent.trim());
    if (month >= 0) node.textContent = (month + 1) + '月';
  });
  root.querySelectorAll('input[placeholder="mm/dd/yyyy"]').forEach(node => node.setAttribute('placeholder', '年/月/日'));
  root.querySelectorAll('input[placeholder="hh:mm"]').forEach(node => node.setAttribute('placeholder', '時:分'));
  // an error toast carrying the engine's exception text gets a sentence a caseworker can act on
  root.querySelectorAll('.notifications .notification, .page-notifications .alert').forEach(node => {
    if (/ENGINE-\d+|Exception|at org\.|"type":/.test(node.textContent) && !node.dataset.cpfPlain) {
      node.dataset.cpfPlain = 'yes';
      const text = Array.from(node.childNodes).find(c => c.nodeType === 3 && c.textContent.trim());
      const sentence = '系統無法完成這個動作，資料未變更。請重新整理頁面後再試；若一再發生，請洽系統管理員。';
      const detail = node.querySelector('.message, .notification-message, div, p') || text;
      if (detail) detail.textContent = sentence;
    }
  });
}

if (!window.cpfCaseworkWatching) {
  window.cpfCaseworkWatching = true;
  new MutationObserver(() => {
    showHeader();
    translate(document);
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
  window.addEventListener('hashchange', () => showHeader());
  dueDateFirst();
}

// the whole case: timeline, deadlines, open tasks, linked cases, the case file, reassignment
function folderView(api, folder, refresh) {
  const v = folder.view;
  const upload = el('input', {type: 'file', accept: 'application/pdf,image/png,image/jpeg', class: 'cpf-upload'});
  const uploadStatus = el('span', {class: 'cpf-upload-status'});
  upload.addEventListener('change', async () => {
    const file = upload.files[0];
    if (!file) return;
    uploadStatus.textContent = '上傳中…';
    try {
      await call(api, 'cases/' + v.caseId + '/attachments?fileName=' + encodeURIComponent(file.name),
        {method: 'POST', body: file, headers: {'Content-Type': file.type || 'application/octet-stream'}});
      refresh();
    } catch (e) {
      uploadStatus.textContent = e.message;
    }
  });
  const to = el('input', {type: 'text', class: 'form-control cpf-reassign-to', placeholder: '改派給（社工帳號）'});
  const reason = el('input', {type: 'text', class: 'form-control cpf-reassign-reason', placeholder: '改派原因'});
  const reassignStatus = el('span', {class: 'cpf-reassign-status'});
  const reassign = async (path) => {
    try {
      const moved = await call(api, path, {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({to: to.value, reason: reason.value})});
      reassignStatus.textContent = '已改派 ' + moved.cases.length + ' 案、' + moved.tasks + ' 項任務給 ' + to.value;
      refresh();
    } catch (e) {
      reassignStatus.textContent = e.message;
    }
  };
  return el('div', {class: 'cpf-folder'},
    el('h4', {}, '案號 ' + v.caseId + '　' + child(folder.child) + '　' + (folder.countyName || '')
      + '　' + (v.status === 'OPEN' ? '處理中' : '已結案')),
    el('p', {class: 'cpf-reason'}, '案由：' + (folder.reason || '（未載明）')),
    el('p', {}, '承辦社工：' + (folder.owner || '（尚未承接）')),
    el('h5', {}, '時間軸'),
    table(['時間', '步驟', '人員', '結果'], v.timeline.map(s => [when(s.at), s.step, s.by, s.outcome])),
    el('h5', {}, '法定期限'),
    table(['期限', '法源', '起算', '到期', '狀態'], v.deadlines.map(d => [d.code, d.basis, when(d.startedAt),
      due(d.dueAt), el('span', {class: 'cpf-status-' + d.status}, STATUS[d.status] || d.status)])),
    el('h5', {}, '待辦任務'),
    table(['任務', '群組', '處理人', '法定期限'], v.openTasks.map(t => [t.name, t.candidateGroup,
      t.assignee || '（待認領）', due(t.due)])),
    el('h5', {}, '關聯案件'),
    folder.linkedCases.length ? el('ul', {}, folder.linkedCases.map(c => el('li', {}, c))) : el('p', {}, '（無）'),
    el('h5', {}, '案件文件'),
    table(['檔名', '上傳者', '上傳時間', '大小'], folder.documents.map(d => [
      el('a', {href: base(api) + 'cases/' + v.caseId + '/attachments/' + d.id, target: '_blank'}, d.fileName),
      d.uploadedBy, when(d.uploadedAt), Math.ceil(d.size / 1024) + ' KB'])),
    el('div', {class: 'cpf-upload-row'}, el('label', {}, '上傳文件（PDF、PNG、JPEG，10 MB 以內）：'), upload,
      uploadStatus),
    el('h5', {}, '改派承辦社工（督導）'),
    el('div', {class: 'cpf-reassign form-inline'}, to, reason,
      el('button', {class: 'btn btn-default cpf-reassign-case', type: 'button',
        onclick: () => reassign('cases/' + v.caseId + '/owner')}, '改派本案'),
      folder.owner ? el('button', {class: 'btn btn-default cpf-reassign-worker', type: 'button',
        onclick: () => reassign('case-owners/' + encodeURIComponent(folder.owner) + '/reassign')},
      '改派 ' + folder.owner + ' 的全部個案') : '',
      reassignStatus));
}

async function renderFolder(node, api, caseId) {
  const refresh = () => renderFolder(node, api, caseId);
  try {
    node.replaceChildren(folderView(api, await call(api, 'cases/' + encodeURIComponent(caseId)), refresh));
  } catch (e) {
    failure(node, e);
  }
}

const caseTab = {
  id: 'casework.case',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: {label: '案件'},
  render: async (node, {api, taskId}) => {
    try {
      const theCase = await call(api, taskPath(taskId, 'case'));
      await renderFolder(node, api, theCase.caseId);
    } catch (e) {
      failure(node, e);
    }
  }
};

const card = {
  id: 'casework.card',
  pluginPoint: 'tasklist.card',
  priority: 10,
  render: async (node, {api, taskId}) => {
    try {
      const c = await call(api, taskPath(taskId, 'card'));
      const u = urgency(c.due);
      node.replaceChildren(el('div', {class: 'cpf-card ' + u.cls},
        el('span', {class: 'cpf-case-id'}, c.caseId), ' ', el('span', {class: 'cpf-child'}, c.childName || ''),
        el('br'), el('span', {class: 'cpf-label'}, '法定期限 '), due(c.due)));
      const li = node.closest('li');
      if (li) li.classList.add('cpf-' + u.cls.substring(4));
    } catch (e) {
      node.replaceChildren();
    }
  }
};

// 啟動流程 only for those who may start something: police, health and household users start nothing
async function hideStartWhenNothingToStart(api) {
  // the plugin API's engineApi already ends in /engine/<name>
  const engineApi = (api && api.engineApi) || (document.querySelector('base').getAttribute('engine-api')
    .replace(/\/$/, '') + '/engine/default');
  try {
    const response = await fetch(engineApi + '/process-definition/count?latestVersion=true&active=true'
      + '&startableInTasklist=true&startablePermissionCheck=true',
    {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    const body = await response.json();
    document.body.classList.toggle('cpf-nothing-to-start', response.ok && body.count === 0);
  } catch (e) {
    document.body.classList.remove('cpf-nothing-to-start');
  }
}

const search = {
  id: 'casework.search',
  pluginPoint: 'tasklist.navbar.action',
  priority: 100,
  render: (node, {api}) => {
    hideStartWhenNothingToStart(api);
    const input = el('input', {type: 'search', class: 'form-control cpf-search', placeholder: '找個案：姓名、身分證號或案號'});
    const results = el('div', {class: 'cpf-search-results'});
    const close = () => results.replaceChildren();
    const find = async (e) => {
      e.preventDefault();
      try {
        const found = await call(api, 'cases?q=' + encodeURIComponent(input.value));
        results.replaceChildren(el('div', {class: 'cpf-search-panel'},
          el('button', {type: 'button', class: 'close', onclick: close}, '×'),
          found.cases.length ? el('ul', {class: 'cpf-found'}, found.cases.map(c => el('li', {},
            el('a', {href: '', onclick: (ev) => {
              ev.preventDefault();
              const panel = el('div', {class: 'cpf-search-panel cpf-search-case'},
                el('button', {type: 'button', class: 'close', onclick: close}, '×'));
              const body = el('div');
              panel.appendChild(body);
              results.replaceChildren(panel);
              renderFolder(body, api, c.caseId);
            }}, c.caseId + '　' + (c.child.name || '') + '　' + (c.status === 'OPEN' ? '處理中' : '已結案')))))
            : el('p', {}, '查無您可存取的個案')));
      } catch (err) {
        results.replaceChildren(el('div', {class: 'cpf-search-panel'}, err.message));
      }
    };
    node.replaceChildren(el('form', {class: 'navbar-form cpf-search-form', onsubmit: find}, input,
      el('button', {type: 'submit', class: 'btn btn-default cpf-search-button'}, '查詢')), results);
  }
};

export default [caseTab, card, search];
