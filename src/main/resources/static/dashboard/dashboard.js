/*
 * The manager's AR dashboard. Reads /api/ar/aging and /api/kpis (the browser sends the same HTTP
 * Basic credentials it used for the page) and draws them with Chart.js. A click on a bar lists the
 * claims behind it from /api/ar/aging/claims, each linked to its lifecycle in Cockpit.
 */
(function () {
  'use strict';

  const BUCKET_COLOURS = ['#7bc47f', '#f0b429', '#f7864e', '#e12d39', '#8d2b0b'];
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const state = { agingChart: null, categoryChart: null, kpiChart: null, payers: [], asOf: null };

  const $ = (id) => document.getElementById(id);
  const today = () => new Date().toISOString().slice(0, 10);
  const minusDays = (iso, days) => {
    const d = new Date(iso + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() - days);
    return d.toISOString().slice(0, 10);
  };

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(url + ' answered ' + response.status);
    }
    return response.json();
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text == null ? '—' : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function showError(error) {
    $('error').hidden = false;
    $('error').textContent = error.message;
  }

  async function loadAging() {
    const asOf = state.asOf;
    const [byPayer, byCategory] = await Promise.all([
      getJson('/api/ar/aging?by=payer&asOf=' + asOf),
      getJson('/api/ar/aging?by=category&asOf=' + asOf),
    ]);
    const total = byPayer.total;
    $('total-ar').textContent = money.format(total.total);
    $('total-ar').dataset.value = Number(total.total).toFixed(2);
    $('total-claims').textContent = total.claims;
    const over90 = Number(total.buckets['91-120']) + Number(total.buckets['120+']);
    $('over-90').textContent = total.total > 0
      ? (100 * over90 / total.total).toFixed(1) + ' %' : '—';

    state.payers = byPayer.rows;
    const datasets = byPayer.buckets.map((bucket, i) => ({
      label: bucket + ' days',
      bucket: bucket,
      data: byPayer.rows.map((r) => Number(r.buckets[bucket])),
      backgroundColor: BUCKET_COLOURS[i],
    }));
    if (state.agingChart) state.agingChart.destroy();
    state.agingChart = new Chart($('aging-by-payer'), {
      type: 'bar',
      data: { labels: byPayer.rows.map((r) => r.label), datasets: datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, ticks: { callback: (v) => money.format(v) } } },
        onClick: (event, elements) => {
          if (elements.length === 0) return;
          const payer = state.payers[elements[0].index];
          const bucket = datasets[elements[0].datasetIndex].bucket;
          showClaims({ payer: payer.key, bucket: bucket }, payer.label + ', ' + bucket + ' days');
        },
      },
    });

    if (state.categoryChart) state.categoryChart.destroy();
    state.categoryChart = new Chart($('aging-by-category'), {
      type: 'bar',
      data: {
        labels: byCategory.rows.map((r) => r.label),
        datasets: [{ label: 'Open balance', data: byCategory.rows.map((r) => Number(r.total)), backgroundColor: '#486581' }],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        onClick: (event, elements) => {
          if (elements.length === 0) return;
          const category = byCategory.rows[elements[0].index].key;
          showClaims({ category: category }, category);
        },
      },
    });
  }

  async function loadKpis() {
    const report = await getJson('/api/kpis?from=' + $('from').value + '&to=' + $('to').value);
    const body = $('kpi-table').querySelector('tbody');
    body.replaceChildren();
    for (const kpi of report.kpis) {
      const row = document.createElement('tr');
      row.dataset.kpi = kpi.key;
      cell(row, kpi.label);
      const met = kpi.value == null || kpi.target == null ? null
        : kpi.targetDirection === 'at least' ? kpi.value >= kpi.target : kpi.value <= kpi.target;
      cell(row, kpi.value == null ? null : kpi.value + ' ' + kpi.unit,
        'num ' + (met == null ? '' : met ? 'meet' : 'miss'));
      cell(row, kpi.target == null ? null : kpi.targetDirection + ' ' + kpi.target + ' ' + kpi.unit);
      cell(row, kpi.formula);
      body.appendChild(row);
    }
    const denials = $('denials-by-payer').querySelector('tbody');
    denials.replaceChildren();
    for (const rate of report.denialRateByPayer) {
      const row = document.createElement('tr');
      cell(row, rate.label);
      cell(row, money.format(rate.numerator), 'num');
      cell(row, money.format(rate.denominator), 'num');
      cell(row, rate.value == null ? null : rate.value + ' %', 'num');
      denials.appendChild(row);
    }
    const percentages = report.kpis.filter((k) => k.unit === '%' && k.target != null);
    if (state.kpiChart) state.kpiChart.destroy();
    state.kpiChart = new Chart($('kpis-vs-targets'), {
      type: 'bar',
      data: {
        labels: percentages.map((k) => k.label),
        datasets: [
          { label: 'Value (%)', data: percentages.map((k) => k.value), backgroundColor: '#2680c2' },
          { label: 'Target (%)', data: percentages.map((k) => k.target), backgroundColor: '#bcccdc' },
        ],
      },
      options: { maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } } },
    });
  }

  async function showClaims(filter, title) {
    const params = new URLSearchParams(Object.assign({ asOf: state.asOf }, filter));
    const claims = await getJson('/api/ar/aging/claims?' + params);
    $('claims').hidden = false;
    $('claims-title').textContent = 'Claims: ' + title + ' (' + claims.length + ')';
    const body = $('claims-table').querySelector('tbody');
    body.replaceChildren();
    for (const claim of claims) {
      const row = document.createElement('tr');
      row.dataset.claim = claim.claimId;
      const first = document.createElement('td');
      if (claim.cockpitUrl) {
        const link = document.createElement('a');
        link.href = claim.cockpitUrl;
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = '#' + claim.claimId;
        first.appendChild(link);
      } else {
        first.textContent = '#' + claim.claimId;
      }
      row.appendChild(first);
      cell(row, claim.payer);
      cell(row, claim.clinician);
      cell(row, claim.dateOfService);
      cell(row, claim.ageDays + ' d', 'num');
      cell(row, claim.category);
      cell(row, claim.status);
      cell(row, money.format(claim.balance), 'num');
      body.appendChild(row);
    }
    $('claims').scrollIntoView();
  }

  async function load() {
    $('error').hidden = true;
    state.asOf = $('as-of').value;
    $('aging-csv').href = '/api/ar/aging?by=payer&asOf=' + state.asOf;
    $('kpi-csv').href = '/api/kpis?from=' + $('from').value + '&to=' + $('to').value;
    document.body.dataset.loaded = 'false';
    try {
      await Promise.all([loadAging(), loadKpis()]);
      document.body.dataset.loaded = 'true';
    } catch (error) {
      showError(error);
    }
  }

  // CSV links: the API answers CSV for Accept: text/csv, so fetch it and save the text.
  for (const id of ['aging-csv', 'kpi-csv']) {
    $(id).addEventListener('click', async (event) => {
      event.preventDefault();
      const response = await fetch($(id).href, { headers: { Accept: 'text/csv' } });
      const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/csv' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = id + '.csv';
      a.click();
      URL.revokeObjectURL(url);
    });
  }

  const params = new URLSearchParams(location.search);
  $('as-of').value = params.get('asOf') || today();
  $('to').value = params.get('to') || $('as-of').value;
  $('from').value = params.get('from') || minusDays($('to').value, 89);
  $('period').addEventListener('submit', (event) => { event.preventDefault(); load(); });
  window.dashboard = { state: state, showClaims: showClaims, reload: load };
  load();
})();
