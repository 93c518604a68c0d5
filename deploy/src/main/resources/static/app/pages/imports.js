// #/imports: import a file of forms (the official Excel template, fixture JSON or text of published forms) with a
// progress bar and a report form by form; export a unit's year as one workbook.
import { registerPage } from '../main.js';
import { api, session } from '../api.js';
import { addMessages, lang, refusalText, t } from '../i18n.js';
import { h, toast } from '../ui.js';
import { labelled, organization, ownUnitId, select, unitOptions, visibleForms, yearOptions, yearsOf }
  from '../trace-filters.js';
import { formLinks } from '../trace-view.js';

addMessages({
  zh: {
    'imports.nav': '导入导出', 'imports.importTitle': '导入自评表', 'imports.file': '文件（Excel 模板 .xlsx、JSON 或公开文本 .txt）',
    'imports.start': '开始导入', 'imports.notImporter': '只有填报人（本单位）和财政局管理员可以导入自评表。',
    'imports.pickFile': '请先选择文件。', 'imports.queued': '已排队，等待处理…',
    'imports.progress': '已处理 {done} / {total} 份', 'imports.rate': '速度 {rate} 份/秒',
    'imports.done': '导入完成：共 {total} 份，新建 {created} 份，跳过 {skipped} 份，未导入 {refused} 份。',
    'imports.failed': '导入失败：{reason}', 'imports.created': '新建的自评表', 'imports.skipped': '跳过的自评表',
    'imports.refused': '未导入的自评表（请修改文件后重新导入）', 'imports.form': '表单', 'imports.outcome': '结果',
    'imports.where': '位置', 'imports.problem': '问题', 'imports.row': '第 {row} 行', 'imports.column': '{column} 列',
    'imports.field': '字段 {field}',
    'imports.cell': '单元格 {cell}', 'imports.exportTitle': '导出单位年度自评表',
    'imports.exportUnit': '单位（含下级单位）', 'imports.exportYear': '年度', 'imports.exportButton': '导出 Excel',
    'imports.exported': '已导出。',
    'imports.fileName': '文件：{name}',
  },
  en: {
    'imports.nav': 'Import / export', 'imports.importTitle': 'Import forms',
    'imports.file': 'File (Excel template .xlsx, JSON, or text of published forms .txt)', 'imports.start': 'Import',
    'imports.notImporter': 'Importing forms is for fillers (their own unit) and finance-bureau administrators.',
    'imports.pickFile': 'Choose a file first.', 'imports.queued': 'Queued…',
    'imports.progress': '{done} of {total} forms done', 'imports.rate': '{rate} forms/s',
    'imports.done': 'Import finished: {total} forms, {created} created, {skipped} skipped, {refused} not imported.',
    'imports.failed': 'The import failed: {reason}', 'imports.created': 'Forms created',
    'imports.skipped': 'Forms skipped', 'imports.refused': 'Forms not imported (correct the file and import again)',
    'imports.form': 'Form', 'imports.outcome': 'Outcome', 'imports.where': 'Where', 'imports.problem': 'Problem',
    'imports.row': 'row {row}', 'imports.column': 'column {column}', 'imports.field': 'field {field}',
    'imports.cell': 'cell {cell}',
    'imports.exportTitle': "Export a unit's year", 'imports.exportUnit': 'Unit (and the units below it)',
    'imports.exportYear': 'Year', 'imports.exportButton': 'Export Excel', 'imports.exported': 'Exported.',
    'imports.fileName': 'File: {name}',
  },
});

const IMPORTERS = ['FILLER', 'ADMINISTRATOR'];

/** A problem's place: a cell (E6) when the reader gave one, else the row and the column or field. */
function where(problem) {
  const column = problem.column ?? '';
  if (problem.row !== null && problem.row !== undefined && /^[A-Z]{1,3}$/.test(column)) {
    return t('imports.cell', { cell: `${column}${problem.row}` });
  }
  const columnText = /^[A-Z]{1,3}$/.test(column) ? t('imports.column', { column })
    : t('imports.field', { field: column });
  return [problem.row !== null && problem.row !== undefined ? t('imports.row', { row: problem.row }) : null,
    column ? columnText : null].filter(Boolean).join('，');
}

/** Refusals grouped by the form of the file they concern, in the order of the file. */
function refusedForms(refused) {
  const forms = new Map();
  for (const problem of refused) {
    if (!forms.has(problem.form)) forms.set(problem.form, []);
    forms.get(problem.form).push(problem);
  }
  return [...forms.entries()];
}

function report(job, names) {
  const refused = refusedForms(job.refused || []);
  const created = job.created || [];
  const skipped = job.skipped || [];
  const zh = lang() === 'zh';
  const summary = job.status === 'FAILED'
    ? h('p', { class: 'error', role: 'alert' }, t('imports.failed', { reason: zh ? job.failureZh : job.failure }))
    : h('p', { class: 'trace-summary' }, t('imports.done', { total: job.total ?? 0, created: created.length,
      skipped: skipped.length, refused: refused.length }));
  return h('div', { class: 'trace-report' }, summary,
    refused.length ? [h('h3', {}, t('imports.refused')),
      h('table', { class: 'trace-table', id: 'import-refused' },
        h('thead', {}, h('tr', {}, [t('imports.form'), t('imports.where'), t('imports.problem')]
          .map((text) => h('th', { scope: 'col' }, text)))),
        h('tbody', {}, refused.flatMap(([form, problems]) => problems.map((problem, i) => h('tr', {
          'data-form': form }, i === 0 ? h('th', { scope: 'row', rowspan: String(problems.length) }, form) : null,
        h('td', {}, where(problem)),
        h('td', { class: 'trace-problem' }, zh ? problem.messageZh || problem.message : problem.message))))))] : null,
    skipped.length ? [h('h3', {}, t('imports.skipped')),
      h('table', { class: 'trace-table', id: 'import-skipped' },
        h('thead', {}, h('tr', {}, [t('imports.form'), t('imports.outcome'), ''].map((text) => h('th', {
          scope: 'col' }, text)))),
        h('tbody', {}, skipped.map((entry) => h('tr', { 'data-form': entry.form },
          h('th', { scope: 'row' }, entry.form), h('td', {}, zh ? entry.reasonZh || entry.reason : entry.reason),
          h('td', {}, entry.evaluationId ? formLinks(entry.evaluationId) : '')))))] : null,
    created.length ? [h('h3', {}, t('imports.created')),
      h('table', { class: 'trace-table', id: 'import-created' },
        h('tbody', {}, created.map((id) => h('tr', { 'data-evaluation-id': id },
          h('td', {}, names.get(id) || id), h('td', {}, formLinks(id))))))] : null);
}

registerPage('imports', {
  nav: 'imports.nav',
  async render(main) {
    const [org, forms] = await Promise.all([organization(), visibleForms()]);
    const years = yearsOf(forms);
    const mayImport = (session.user?.roles || []).some((role) => IMPORTERS.includes(role));
    const fileInput = h('input', { id: 'import-file', type: 'file', accept: '.xlsx,.json,.txt' });
    const progress = h('progress', { id: 'import-progress', max: '1', value: '0' });
    const progressText = h('p', { id: 'import-progress-text', class: 'muted', 'aria-live': 'polite' });
    const result = h('div', { id: 'import-result', 'aria-live': 'polite' });
    const startButton = h('button', { type: 'submit', id: 'import-start', class: 'primary' }, t('imports.start'));
    let stop = () => {};

    function follow(jobId, fileName) {
      stop();
      result.replaceChildren(h('p', { class: 'muted' }, t('imports.fileName', { name: fileName })));
      progressText.textContent = t('imports.queued');
      progress.removeAttribute('value');
      stop = api.stream(`/api/imports/${encodeURIComponent(jobId)}/events`, async (job) => {
        const total = job.total ?? 0;
        if (total) {
          progress.max = total;
          progress.value = job.done ?? 0;
        }
        progressText.textContent = total ? [t('imports.progress', { done: job.done ?? 0, total }),
          job.rate ? t('imports.rate', { rate: Number(job.rate).toFixed(1) }) : null].filter(Boolean).join(' · ')
          : t('imports.queued');
        if (job.status === 'DONE' || job.status === 'FAILED') {
          if (!total) {
            progress.max = 1;
            progress.value = 1;
          }
          startButton.disabled = false;
          const names = new Map((await visibleForms().catch(() => [])).map((form) => [form.evaluationId,
            `${form.fiscalYear} · ${form.projectName}`]));
          result.replaceChildren(h('p', { class: 'muted' }, t('imports.fileName', { name: job.fileName || fileName })),
            report(job, names));
        }
      }, (error) => {
        startButton.disabled = false;
        result.replaceChildren(h('p', { class: 'error', role: 'alert' }, refusalText(error)));
      });
    }

    async function start(event) {
      event.preventDefault();
      const file = fileInput.files[0];
      if (!file) {
        result.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('imports.pickFile')));
        fileInput.focus();
        return;
      }
      startButton.disabled = true;
      progress.value = 0;
      try {
        const { jobId } = await api.upload('/api/imports', file);
        follow(jobId, file.name);
      } catch (error) {
        startButton.disabled = false;
        result.replaceChildren(h('p', { class: 'error', role: 'alert' }, refusalText(error)));
      }
    }

    const unitSelect = select('export-unit', unitOptions(org.units), ownUnitId(org.units));
    const yearSelect = select('export-year', yearOptions(years), years[0]);
    const exportButton = h('button', { type: 'button', id: 'export-unit-year', class: 'primary',
      onclick: async () => {
        exportButton.disabled = true;
        try {
          await api.download(`/api/exports/units/${encodeURIComponent(unitSelect.value)}`
            + `?fiscalYear=${yearSelect.value}&format=xlsx`);
          toast(t('imports.exported'));
        } catch (error) {
          toast(refusalText(error), 'error');
        } finally {
          exportButton.disabled = false;
        }
      } }, t('imports.exportButton'));

    main.append(h('h1', {}, t('imports.nav')),
      h('section', { class: 'card', 'aria-labelledby': 'import-title' },
        h('h2', { id: 'import-title' }, t('imports.importTitle')),
        mayImport ? null : h('p', { class: 'muted' }, t('imports.notImporter')),
        h('form', { class: 'toolbar', onsubmit: start }, labelled('imports.file', fileInput), startButton),
        h('label', { class: 'trace-progress' }, progress, progressText),
        result),
      h('section', { class: 'card', 'aria-labelledby': 'export-title' },
        h('h2', { id: 'export-title' }, t('imports.exportTitle')),
        h('div', { class: 'toolbar' }, labelled('imports.exportUnit', unitSelect),
          labelled('imports.exportYear', yearSelect), exportButton)));
    return () => stop();
  },
});
