// The config editor page (index.html): the JSON on the left, checked as it is typed, and the real banner and
// dialog on the right, shown with the last config that had no errors.
import demo from '../../examples/clinic-consent.json';
import type { ConsentConfigJson } from '../core/types';
import { createCodeEditor } from './code-editor';
import { downloadConfig, readConfigFile } from './file-io';
import type { Diagnostic } from '../check';
import { lintConfig } from './lint-config';
import { createPreview, type PreviewWidth, type Scheme } from './preview-frame';
import type { PreviewReply } from './preview-protocol';
import { renderIssues, summarize } from './issue-list';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// The starter: the demo clinic's config, with the schema where an installed package has it.
const STARTER = JSON.stringify({ ...demo, $schema: './node_modules/consentry/schema/consentry.schema.json' }, null, 2) + '\n';

const fileStatus = $('file-status');
const notice = $('notice');
const languages = $<HTMLSelectElement>('language');
const checked = (name: string) => (document.querySelector(`input[name=${name}]:checked`) as HTMLInputElement).value;

// The preview starts as the owner's own screen would show the site.
const system: Scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
$<HTMLInputElement>(`scheme-${system}`).checked = true;
if (matchMedia('(max-width: 820px)').matches) $<HTMLInputElement>('width-phone').checked = true;

const preview = createPreview(
  $('stage'),
  { language: undefined, scheme: system, width: checked('width') as PreviewWidth },
  onPreview,
  (scale) => ($('scale').textContent = scale < 1 ? `Shown at ${Math.round(scale * 100)}% of its size.` : ''),
);

let valid = false;
function onPreview(reply: PreviewReply): void {
  if (reply.type == 'consentry-preview:failed') {
    notice.textContent = `The preview could not show this config: ${reply.message}`;
    return;
  }
  if (reply.type != 'consentry-preview:shown') return;
  if (valid) notice.textContent = reply.fixedTheme ? `The config sets "ui.theme": "${reply.fixedTheme}", so visitors always see that theme.` : '';
  languages.replaceChildren(
    ...reply.languages.map((tag) => new Option(`${languageName(tag)} (${tag})`, tag, false, tag == reply.language)),
  );
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });
function languageName(tag: string): string {
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function onIssues(text: string, issues: readonly Diagnostic[]): void {
  $('summary').textContent = summarize(issues);
  renderIssues($('problems'), issues, (issue) => editor.goTo(issue.line, issue.column));
  valid = !issues.some((i) => i.severity == 'error');
  if (!valid) {
    notice.textContent = 'The config has errors: the preview shows the last version without errors.';
    return;
  }
  notice.textContent = '';
  preview.show(JSON.parse(text) as ConsentConfigJson);
}

const editor = createCodeEditor($('code'), STARTER, 'source-title', (doc) => lintConfig(doc, onIssues));

languages.addEventListener('change', () => preview.set({ language: languages.value }));
for (const input of document.querySelectorAll<HTMLInputElement>('input[name=width]'))
  input.addEventListener('change', () => preview.set({ width: input.value as PreviewWidth }));
for (const input of document.querySelectorAll<HTMLInputElement>('input[name=scheme]'))
  input.addEventListener('change', () => preview.set({ scheme: input.value as Scheme }));

async function open(file: File): Promise<void> {
  const result = await readConfigFile(file);
  if ('error' in result) {
    fileStatus.textContent = result.error;
    return;
  }
  editor.setText(result.text);
  fileStatus.textContent = `Opened ${file.name}.`;
}

const picker = $<HTMLInputElement>('file');
$('open').addEventListener('click', () => picker.click());
picker.addEventListener('change', () => {
  const file = picker.files?.[0];
  if (file) void open(file);
  picker.value = '';
});
$('download').addEventListener('click', () => {
  downloadConfig(document, editor.text());
  fileStatus.textContent = 'Downloaded consent.json.';
});

// Dropping a file anywhere on the page opens it, the editor included (CodeMirror would insert its text).
const drop = $('drop');
const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
addEventListener(
  'dragover',
  (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    drop.hidden = false;
  },
  true,
);
addEventListener('dragleave', (event) => {
  if (!event.relatedTarget) drop.hidden = true;
});
addEventListener(
  'drop',
  (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    drop.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  },
  true,
);
