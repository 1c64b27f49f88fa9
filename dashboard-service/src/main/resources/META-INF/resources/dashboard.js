// The organisers' dashboard: one forum at a time, live over Server-Sent Events (read with fetch,
// which can send the bearer token that EventSource cannot), or replayed at an instant.
'use strict';

const TEXTS = {
  en: {title: 'Forum dashboard', token: 'Bearer token', signIn: 'Sign in', forum: 'Forum', replay: 'Replay', live: 'Live',
    registrations: 'Registrations', approved: 'Approved', meetingsRequested: 'Meetings requested',
    meetingsScheduled: 'Meetings scheduled', agreementsExecuted: 'Agreements executed', executed: 'Executed agreements',
    agreement: 'Agreement', parties: 'Parties', executedAt: 'Executed', overTime: 'Registrations over time',
    byStatus: 'Registrations by status', byCountry: 'Country', byCategory: 'By category', bySector: 'By sector',
    funnel: 'B2B meetings', agreementsByStatus: 'Agreements by status', occupancy: 'Table-slot occupancy',
    table: 'Table', booked: 'booked', held: 'held', requested: 'requested', accepted: 'accepted', scheduled: 'scheduled',
    heldStep: 'held', cooperationPossible: 'cooperation possible', OTHER: 'other', RU: 'Russia', CN: 'China',
    liveMode: 'live', asOf: 'as of', noToken: 'Enter a staff or admin token (./dialogue token staff).',
    refused: 'The token was refused', noForums: 'No forum in the log yet.'},
  ru: {title: 'Панель форума', token: 'Токен', signIn: 'Войти', forum: 'Форум', replay: 'Повтор', live: 'Сейчас',
    registrations: 'Регистрации', approved: 'Одобрено', meetingsRequested: 'Запрошено встреч',
    meetingsScheduled: 'Назначено встреч', agreementsExecuted: 'Подписано соглашений', executed: 'Подписанные соглашения',
    agreement: 'Соглашение', parties: 'Стороны', executedAt: 'Подписано', overTime: 'Регистрации во времени',
    byStatus: 'Регистрации по статусу', byCountry: 'Страна', byCategory: 'По категориям', bySector: 'По отраслям',
    funnel: 'Деловые встречи B2B', agreementsByStatus: 'Соглашения по статусу', occupancy: 'Занятость столов',
    table: 'Стол', booked: 'назначена', held: 'состоялась', requested: 'запрошены', accepted: 'приняты', scheduled: 'назначены',
    heldStep: 'состоялись', cooperationPossible: 'сотрудничество возможно', OTHER: 'другие', RU: 'Россия', CN: 'Китай',
    liveMode: 'в реальном времени', asOf: 'на момент', noToken: 'Введите токен сотрудника или администратора (./dialogue token staff).',
    refused: 'Токен отклонён', noForums: 'В журнале пока нет форумов.'},
  zh: {title: '论坛仪表板', token: '令牌', signIn: '登录', forum: '论坛', replay: '回放', live: '实时',
    registrations: '注册', approved: '已批准', meetingsRequested: '会谈请求', meetingsScheduled: '已安排会谈',
    agreementsExecuted: '已签署协议', executed: '已签署的协议', agreement: '协议', parties: '各方', executedAt: '签署时间',
    overTime: '注册趋势', byStatus: '按状态注册', byCountry: '国家', byCategory: '按类别', bySector: '按行业',
    funnel: 'B2B 会谈', agreementsByStatus: '按状态协议', occupancy: '桌位占用', table: '桌', booked: '已预订', held: '已举行',
    requested: '已请求', accepted: '已接受', scheduled: '已安排', heldStep: '已举行', cooperationPossible: '可能合作',
    OTHER: '其他', RU: '俄罗斯', CN: '中国', liveMode: '实时', asOf: '截至', noToken: '请输入工作人员或管理员令牌 (./dialogue token staff)。',
    refused: '令牌被拒绝', noForums: '日志中还没有论坛。'}
};
const LANG = (navigator.languages || [navigator.language || 'en']).map(l => l.slice(0, 2).toLowerCase())
  .find(l => TEXTS[l]) || 'en';
const T = TEXTS[LANG];
document.documentElement.lang = LANG;
document.querySelectorAll('[data-text]').forEach(el => { el.textContent = T[el.dataset.text]; });

const $ = id => document.getElementById(id);
const charts = {};
const dashboard = {token: sessionStorage.getItem('dialogue.token') || '', forumId: null, at: null, stream: null,
  figures: null, updates: 0};
window.dashboard = dashboard;

function chart(id) {
  return charts[id] || (charts[id] = echarts.init($(id)));
}

function text(localized) {
  if (!localized) return '';
  return localized[LANG] || localized.en || localized.ru || localized.zh || '';
}

function message(what) {
  $('message').textContent = what || '';
}

async function api(path) {
  const response = await fetch(path, {headers: {Authorization: 'Bearer ' + dashboard.token, Accept: 'application/json'}});
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error((response.status === 401 || response.status === 403 ? T.refused + ': ' : '') + (problem.detail || response.status));
  }
  return response.json();
}

async function loadForums() {
  if (!dashboard.token) { message(T.noToken); return; }
  try {
    const forums = await api('/api/forums');
    const select = $('forum');
    select.innerHTML = '';
    forums.forEach(forum => select.add(new Option(text(forum.title) + ' (' + forum.forumId + ')', forum.forumId)));
    if (!forums.length) { message(T.noForums); return; }
    const wanted = new URLSearchParams(location.search).get('forum');
    select.value = forums.some(forum => forum.forumId === wanted) ? wanted : forums[forums.length - 1].forumId;
    message('');
    show(select.value, null);
  } catch (e) {
    message(e.message);
  }
}

function show(forumId, at) {
  dashboard.forumId = forumId;
  dashboard.at = at;
  if (dashboard.stream) { dashboard.stream.abort(); dashboard.stream = null; }
  $('mode').textContent = at ? T.asOf + ' ' + at.toISOString() : '● ' + T.liveMode;
  if (at) {
    api('/api/forums/' + encodeURIComponent(forumId) + '/dashboard?at=' + encodeURIComponent(at.toISOString()))
      .then(draw).catch(e => message(e.message));
  } else {
    follow(forumId);
  }
}

/** Reads the stream of figures: each SSE event's data lines are one JSON document. */
async function follow(forumId) {
  const control = new AbortController();
  dashboard.stream = control;
  try {
    const response = await fetch('/api/forums/' + encodeURIComponent(forumId) + '/dashboard/stream',
      {headers: {Authorization: 'Bearer ' + dashboard.token, Accept: 'text/event-stream'}, signal: control.signal});
    if (!response.ok) { message(T.refused + ' (' + response.status + ')'); return; }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const {value, done} = await reader.read();
      if (done) break;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').filter(line => line.startsWith('data:')).map(line => line.slice(5).trimStart()).join('\n');
        if (data) draw(JSON.parse(data));
      }
    }
  } catch (e) {
    if (e.name !== 'AbortError') message(e.message);
    return;
  }
  // The server ended the stream (a restart): follow again after a moment.
  if (dashboard.stream === control) setTimeout(() => follow(forumId), 1000);
}

function bars(id, title, counts) {
  const keys = Object.keys(counts);
  chart(id).setOption({title: {text: title, textStyle: {fontSize: 14}}, tooltip: {},
    grid: {left: 10, right: 40, top: 40, bottom: 20, containLabel: true},
    xAxis: {type: 'value', minInterval: 1}, yAxis: {type: 'category', data: keys, axisLabel: {fontSize: 10}},
    series: [{type: 'bar', data: keys.map(key => counts[key]), label: {show: true, position: 'right'}}]}, true);
}

function pie(id, title, counts, names) {
  chart(id).setOption({title: {text: title, textStyle: {fontSize: 14}}, tooltip: {},
    series: [{type: 'pie', radius: ['35%', '65%'], top: 20, label: {formatter: '{b}: {c}'},
      data: Object.keys(counts).map(key => ({name: (names && names[key]) || key, value: counts[key]}))}]}, true);
}

function draw(figures) {
  dashboard.figures = figures;
  dashboard.updates++;
  const registrations = figures.registrations;
  const funnel = figures.meetings.funnel;
  $('total-registrations').textContent = registrations.total;
  $('total-approved').textContent = registrations.byStatus.APPROVED || 0;
  $('total-meetings').textContent = funnel.requested;
  $('total-scheduled').textContent = funnel.scheduled;
  $('total-executed').textContent = figures.agreements.executed.length;
  chart('chart-over-time').setOption({title: {text: T.overTime + ': ' + registrations.total, textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis'}, grid: {left: 50, right: 30, top: 40, bottom: 30},
    xAxis: {type: 'time'}, yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'line', step: 'end', showSymbol: false, areaStyle: {opacity: 0.15},
      data: registrations.overTime.map(point => [point.time, point.count])}]}, true);
  pie('chart-status', T.byStatus, registrations.byStatus);
  pie('chart-country', T.byCountry + ' (RU / CN)', registrations.byCountryGroup, T);
  bars('chart-category', T.byCategory, registrations.byCategory);
  bars('chart-sector', T.bySector, registrations.bySector);
  const steps = ['requested', 'accepted', 'scheduled', 'held', 'cooperationPossible'];
  chart('chart-funnel').setOption({title: {text: T.funnel, textStyle: {fontSize: 14}}, tooltip: {},
    series: [{type: 'funnel', sort: 'none', top: 40, bottom: 10, left: '5%', width: '55%', minSize: '8%', label: {formatter: '{b}: {c}'},
      data: steps.map(step => ({name: T[step === 'held' ? 'heldStep' : step], value: funnel[step]}))}]}, true);
  pie('chart-agreements', T.agreementsByStatus, figures.agreements.byStatus);
  drawSessions(figures.meetings.sessions);
  const body = $('executed').tBodies[0];
  body.innerHTML = '';
  figures.agreements.executed.forEach(agreement => {
    const row = body.insertRow();
    row.insertCell().textContent = text(agreement.title);
    row.insertCell().textContent = agreement.parties.join(' · ');
    row.insertCell().textContent = new Date(agreement.executedAt).toLocaleString(LANG);
  });
  updateSlider(figures);
}

function drawSessions(sessions) {
  const section = $('sessions');
  sessions.forEach((session, i) => {
    const id = 'chart-heatmap-' + i;
    if (!$(id)) {
      const div = document.createElement('div');
      div.id = id;
      div.className = 'heatmap';
      section.appendChild(div);
    }
    const tables = Array.from({length: session.tables}, (_, t) => T.table + ' ' + (t + 1));
    const slots = session.slots.map(slot => slot.slice(11, 16));
    chart(id).setOption({title: {text: T.occupancy + ': ' + text(session.title) + ' (' + session.booked + ')', textStyle: {fontSize: 14}},
      tooltip: {formatter: p => tables[p.value[1]] + ', ' + slots[p.value[0]] + ': ' + (p.value[2] === 2 ? T.held : T.booked)},
      grid: {left: 70, right: 20, top: 40, bottom: 60},
      xAxis: {type: 'category', data: slots}, yAxis: {type: 'category', data: tables, axisLabel: {fontSize: 9}},
      visualMap: {type: 'piecewise', pieces: [{value: 1, label: T.booked, color: '#6aa5e0'}, {value: 2, label: T.held, color: '#1d6b3a'}],
        orient: 'horizontal', left: 'center', bottom: 0},
      series: [{type: 'heatmap', data: session.cells}]}, true);
  });
}

/** The slider spans the forum's log, from its first event to now. */
function updateSlider(figures) {
  if (dashboard.at || !figures.firstEventAt) return;
  dashboard.span = [Date.parse(figures.firstEventAt), Math.max(Date.now(), Date.parse(figures.lastEventAt))];
  $('at-slider').value = 1000;
}

$('login').addEventListener('submit', event => {
  event.preventDefault();
  dashboard.token = $('token').value.trim();
  sessionStorage.setItem('dialogue.token', dashboard.token);
  loadForums();
});
$('forum').addEventListener('change', () => show($('forum').value, null));
$('live').addEventListener('click', () => show(dashboard.forumId, null));
$('at-slider').addEventListener('change', () => {
  if (!dashboard.span) return;
  const value = Number($('at-slider').value);
  if (value >= 1000) { show(dashboard.forumId, null); return; }
  const at = new Date(dashboard.span[0] + (dashboard.span[1] - dashboard.span[0]) * value / 1000);
  $('at').value = new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
  show(dashboard.forumId, at);
});
$('at').addEventListener('change', () => {
  if ($('at').value) show(dashboard.forumId, new Date($('at').value));
});
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
$('token').value = dashboard.token;
loadForums();
