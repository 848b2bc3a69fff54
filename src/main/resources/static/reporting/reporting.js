// 兒少保護網路通報: the web form of 辦法 第2條 over the same API as every other sender.
// The password stays in this page's memory only (never stored); every call carries it as HTTP Basic,
// checked by the server against the same users as Tasklist.
(function () {
  'use strict';

  const COUNTIES = [['TPE', '臺北市'], ['NWT', '新北市'], ['TAO', '桃園市'], ['TXG', '臺中市'], ['TNN', '臺南市'],
    ['KHH', '高雄市'], ['KEE', '基隆市'], ['HSZ', '新竹市'], ['CYI', '嘉義市'], ['HSQ', '新竹縣'], ['MIA', '苗栗縣'],
    ['CHA', '彰化縣'], ['NAN', '南投縣'], ['YUN', '雲林縣'], ['CYQ', '嘉義縣'], ['PIF', '屏東縣'], ['ILA', '宜蘭縣'],
    ['HUA', '花蓮縣'], ['TTT', '臺東縣'], ['PEN', '澎湖縣'], ['KIN', '金門縣'], ['LIE', '連江縣']];
  const COUNTY_NAMES = Object.fromEntries(COUNTIES);

  let authorization = null;
  const $ = (id) => document.getElementById(id);
  const form = $('report-form');

  function call(method, path, body) {
    const headers = { 'Accept': 'application/json', 'Authorization': authorization };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit', cache: 'no-store' });
  }

  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    return 'Basic ' + btoa(String.fromCharCode(...bytes));
  }

  for (const select of document.querySelectorAll('select.counties')) {
    if (select.dataset.optional) {
      select.append(new Option('（同所在地）', ''));
    }
    for (const [code, name] of COUNTIES) {
      select.append(new Option(name, code));
    }
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    authorization = basic($('username').value.trim(), $('password').value);
    $('password').value = '';
    const response = await call('GET', '/api/v1/reporting/me');
    if (response.status !== 200) {
      authorization = null;
      show($('login-error'), response.status === 401 ? '帳號或密碼錯誤，請再試一次。' : '無法登入（HTTP ' + response.status + '）。');
      return;
    }
    const me = await response.json();
    $('login').hidden = true;
    $('filing').hidden = false;
    show($('greeting'), me.name + '（' + me.userId + '）您好');
    form.elements['reporter.name'].value = me.name;
    if (me.counties && me.counties.length) {
      form.elements['location.county'].value = me.counties[0];
    }
    resetKnownAt();
    await listMine();
  });

  function resetKnownAt() {
    // now, in Taiwan time, to the minute
    const taipei = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 16);
    form.elements['knownAt'].value = taipei;
  }

  function text(name) {
    const value = form.elements[name].value.trim();
    return value === '' ? null : value;
  }

  function report() {
    const knownAt = text('knownAt');
    return {
      reporter: { type: 'MANDATED', profession: text('reporter.profession'), name: text('reporter.name'),
        agency: text('reporter.agency') },
      knownAt: knownAt === null ? null : knownAt + ':00+08:00',
      urgent: form.elements['urgent'].checked,
      verbalFirst: form.elements['verbalFirst'].checked,
      article53Items: [...form.querySelectorAll('input[name=article53Items]:checked')].map((box) => Number(box.value)),
      reason: text('reason'),
      child: { nationalId: text('child.nationalId'), name: text('child.name'), birthDate: text('child.birthDate'),
        sex: text('child.sex') },
      location: { county: text('location.county'), address: text('location.address') },
      residenceCounty: text('residenceCounty')
    };
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    $('submit').disabled = true;
    try {
      const response = await call('POST', '/api/v1/protection/reports', report());
      const answer = await response.json().catch(() => ({}));
      if (response.status === 201) {
        $('case-number').textContent = answer.caseId;
        $('handling-county').textContent = (COUNTY_NAMES[answer.handlingCounty] || '') + '（' + answer.handlingCounty + '）';
        form.hidden = true;
        $('result').hidden = false;
        await listMine();
      } else if (response.status === 400 && answer.errors) {
        showErrors(answer.errors);
      } else if (response.status === 401) {
        show($('form-error'), '登入已失效，請重新整理頁面後再登入。');
      } else {
        show($('form-error'), '通報未能送出（HTTP ' + response.status + '），請稍後再試或改以電話通報 113。');
      }
    } finally {
      $('submit').disabled = false;
    }
  });

  $('another').addEventListener('click', () => {
    form.reset();
    form.elements['reporter.name'].value = $('greeting').textContent.replace(/（.*$/, '');
    resetKnownAt();
    $('result').hidden = true;
    form.hidden = false;
  });

  function showErrors(errors) {
    const list = $('error-list');
    for (const error of errors) {
      const target = error.field && form.querySelector('[data-field="' + CSS.escape(error.field) + '"]');
      // the summary names the field as the form labels it (the API's field path when the form has none)
      const labelled = target && target.closest('label');
      const name = labelled ? labelled.firstChild.textContent.trim() : error.field;
      const item = document.createElement('li');
      item.textContent = (name ? name + '：' : '') + (error.messageZh || error.message);
      list.append(item);
      if (target) {
        const holder = target.closest('label') || target;
        holder.classList.add('invalid');
        const note = document.createElement('span');
        note.className = 'field-error';
        note.dataset.errorFor = error.field;
        note.textContent = error.messageZh || error.message;
        holder.append(note);
      }
    }
    list.hidden = false;
    show($('form-error'), '通報內容有誤，請依下列說明修正後再送出；尚未建立任何案件。');
    $('form-error').scrollIntoView();
  }

  function clearErrors() {
    $('form-error').hidden = true;
    $('error-list').replaceChildren();
    $('error-list').hidden = true;
    form.querySelectorAll('.field-error').forEach((note) => note.remove());
    form.querySelectorAll('.invalid').forEach((holder) => holder.classList.remove('invalid'));
  }

  async function listMine() {
    const response = await call('GET', '/api/v1/reporting/reports');
    if (response.status !== 200) {
      return;
    }
    const rows = (await response.json()).reports.map((mine) => {
      const row = document.createElement('tr');
      for (const value of [mine.caseId, mine.reportedAt.slice(0, 10),
        (mine.handlingCountyName || '') + '（' + mine.handlingCounty + '）']) {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.append(cell);
      }
      return row;
    });
    $('my-reports').replaceChildren(...rows);
  }

  function show(element, message) {
    element.textContent = message;
    element.hidden = false;
  }
}());
