// kpss-data in Ukrainian: chosen by a Ukrainian locale in KPSS_LANG ("uk_UA.UTF-8") or by --lang uk
// (or "ua", as people write it); the tool's own messages, the shared validator's and the help are
// Ukrainian, with no Czech word leaking into them. Runs the built dist/cli/kpss-data.js (npm run build:cli).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { CLI, cliSandbox } from './cli-support.mjs';

const { run, write } = cliSandbox('kpss-ukrainian-');

/** The tool run as under a Ukrainian locale. */
function runUnder(locale, ...args) {
  const env = { ...process.env, CI: 'true', KPSS_LANG: locale };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Letters only Czech has (Ukrainian text is Cyrillic) and the Czech words of the tool's messages. */
const CZECH = /[áčďéěíňóřšťúůýž]|\b(Soubor|řádek|sloupec|pole|chyba|upozornění|služby)\b/i;

describe('Ukrainian', () => {
  test('under a Ukrainian locale: a JSON error with its line and column, and the summary, in Ukrainian', () => {
    const file = write('zlamany.json', '{\n  "services": [\n    { "id": "ps", "name": "Догляд вдома", }\n  ]\n}\n');
    const r = runUnder('uk_UA.UTF-8', 'validate', file);
    assert.equal(r.code, 1, r.out + r.err);
    const [message, summary] = r.out.trim().split('\n');
    assert.equal(
      message,
      `Файл ${file} не є коректним JSON: рядок 3, стовпець 43: кома після останнього елемента списку чи об’єкта.`,
    );
    assert.doesNotMatch(message.replace(file, ''), CZECH);
    assert.equal(summary, `${file}: 1 помилка`);
  });

  test('--lang uk and --lang ua: the validator’s and the tool’s findings, Ukrainian plurals, usage errors', () => {
    const file = write('sluzby.json', {
      services: [
        { id: 'ps', name: 'Pečovatelská služba', type: 'pecovatelska-sluzba' },
        { id: 'ps', name: 'Osobní asistence', type: 'osobni-asistence', contact: { phone: ['+420 123'] } },
      ],
    });
    const r = run('validate', file, '--lang', 'uk');
    assert.equal(r.code, 1, r.out);
    const lines = r.out.trim().split('\n');
    // The shared validator's issue (worded by the widgets' Ukrainian strings) and the tool's own.
    assert.ok(
      lines.includes(
        `Файл ${file}, послуги[1] (id «ps»), поле «id»: ідентифікатор «ps» повторюється. Запис пропущено.`,
      ),
      r.out,
    );
    assert.ok(
      lines.includes(
        `попередження: Файл ${file}, послуги[0] (id «ps»), поле «contact»: у послуги немає ні телефону, ні e-mail, ні вебсайту: люди не зможуть із нею зв’язатися.`,
      ),
      r.out,
    );
    for (const line of lines) assert.doesNotMatch(line.replace(file, '').replace(/«[^»]*»/g, ''), CZECH, line);
    assert.equal(lines.at(-1), `${file}: 2 помилки, 1 попередження`);

    const usage = run('validate', '--lang', 'ua');
    assert.equal(usage.code, 2);
    assert.equal(
      usage.err,
      'kpss-data: не вказано жодного файлу з вхідними даними\nДовідка: kpss-data --help --lang uk\n',
    );
    assert.match(run('validate', '--lang', 'de').err, /jazyk „de“ neznám \(cs, en, uk\)/);
  });

  for (const command of ['validate', 'import-sheet', 'import-registry', 'export-hsds', 'templates']) {
    test(`${command} --help in Ukrainian`, () => {
      const r = runUnder('uk', command, '--help');
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^Використання: kpss-data ${command}`));
    });
  }
});
