// bilan's site script, no library: links that work when the site is opened from disk, and a search
// over the index Hugo builds: search.js (loaded before this script, it sets window.bilanSearch), which
// a page opened from disk (file://) can run though it may not fetch a file; else index.json, fetched.
// Without JavaScript the site reads the same, with no search.
(function () {
  'use strict';
  var fromDisk = location.protocol === 'file:';

  // Opened from disk, a link to a folder shows a file listing: it is pointed at the folder's index.html.
  function local(href) {
    if (!fromDisk || href.charAt(0) === '#') return href;
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^file:/i.test(href)) return href;
    var cut = href.search(/[?#]/);
    var path = cut < 0 ? href : href.slice(0, cut);
    var rest = cut < 0 ? '' : href.slice(cut);
    if (path.slice(-1) === '/') return path + 'index.html' + rest;
    if (path === '.' || path === '..' || /\/\.\.?$/.test(path)) return path + '/index.html' + rest;
    return href;
  }
  if (fromDisk) {
    document.querySelectorAll('a[href]').forEach(function (a) {
      a.setAttribute('href', local(a.getAttribute('href')));
    });
  }

  var form = document.querySelector('form.search');
  var index = document.querySelector('link[data-bilan-index]');
  if (!form || !index) return;
  var input = form.querySelector('input');
  var list = form.querySelector('.results');
  var pages = null;
  var loading = null;

  function load() {
    if (!loading && Array.isArray(window.bilanSearch)) {
      pages = window.bilanSearch;
      loading = Promise.resolve();
    }
    loading = loading || fetch(index.href).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    }).then(function (data) { pages = data; });
    return loading;
  }

  // Accents and case aside: "competence" finds "Compétence".
  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function say(text) {
    list.textContent = '';
    var item = document.createElement('li');
    item.className = 'muted';
    item.textContent = text;
    list.appendChild(item);
    list.hidden = false;
  }

  function show() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    if (!words.length || !pages) { list.hidden = true; return; }
    var root = new URL('.', index.href);
    var found = pages.map(function (page) {
      var title = fold(page.title);
      var text = title + ' ' + fold(page.text) + ' ' + fold((page.tags || []).join(' '));
      if (!words.every(function (word) { return text.indexOf(word) >= 0; })) return null;
      var score = words.filter(function (word) { return title.indexOf(word) >= 0; }).length;
      return { page: page, score: score };
    }).filter(Boolean).sort(function (a, b) { return b.score - a.score; }).slice(0, 8);
    if (!found.length) { say(form.dataset.none); return; }
    list.textContent = '';
    found.forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = local(new URL(hit.page.url.replace(/^\//, ''), root).href);
      link.textContent = hit.page.title;
      var section = document.createElement('span');
      section.className = 'muted';
      section.textContent = hit.page.section || '';
      item.appendChild(link);
      item.appendChild(section);
      list.appendChild(item);
    });
    list.hidden = false;
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); });
  input.addEventListener('focus', function () { load().catch(function () {}); });
  input.addEventListener('input', function () {
    load().then(show, function () { say(form.dataset.offline); });
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { list.hidden = true; }
  });
  document.addEventListener('click', function (event) {
    if (!form.contains(event.target)) list.hidden = true;
  });
})();
