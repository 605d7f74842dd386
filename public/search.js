// Progressive enhancement for /cari/: runs the query in ?q= against the Pagefind index and lists open vacancies.
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const results = document.getElementById('search-results');
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';

function card(data) {
  const li = document.createElement('li');
  li.className = 'card';
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title;
  h3.append(a);
  const who = document.createElement('p');
  who.textContent = `${data.meta.employer} · ${data.meta.place}`;
  const when = document.createElement('p');
  when.textContent = `${data.meta.pay || 'Gaji tidak dicantumkan'} · Ditutup ${data.meta.closes}`;
  li.append(h3, who, when);
  return li;
}

let loaded;
/** The search index is built in shards (groups of provinces); load the first and merge the rest. */
function loadIndex() {
  loaded ??= (async () => {
    const shards = await (await fetch('/pagefind/shards.json')).json();
    const pagefind = await import(`/pagefind/${shards[0].name}/pagefind.js`);
    await pagefind.options({ basePath: `/pagefind/${shards[0].name}/`, baseUrl: '/' });
    for (const shard of shards.slice(1)) await pagefind.mergeIndex(`/pagefind/${shard.name}/`, { baseUrl: '/' });
    return pagefind;
  })();
  return loaded;
}

async function run(query) {
  results.replaceChildren();
  if (!query) { status.textContent = 'Ketik kata kunci, mis. perawat atau sopir.'; return; }
  status.textContent = 'Mencari…';
  const pagefind = await loadIndex();
  const search = await pagefind.search(query, { sort: { posted: 'desc' } });
  const first = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  status.textContent = `${search.results.length} lowongan ditemukan untuk "${query}".`;
  results.append(...first.map(card));
  if (!search.results.length) status.textContent = `Tidak ada lowongan untuk "${query}". Periksa ejaan atau telusuri menurut provinsi di beranda.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = input.value.trim();
  history.pushState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
  run(q);
});
window.addEventListener('popstate', () => { input.value = new URLSearchParams(location.search).get('q') ?? ''; run(input.value); });
run(input.value.trim());
