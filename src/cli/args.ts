/** A small command-line option parser: long and short names, "--name value" and "--name=value", repeatable options. */

export class UsageError extends Error {}

export interface OptionSpec {
  /** Key in the result. */
  key: string;
  /** Names with dashes: "--output", "-o". */
  names: string[];
  /** Takes a value. */
  value?: boolean;
  /** May be given more than once (values are collected). */
  repeat?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | string[] | boolean | undefined>;
}

export interface ArgTexts {
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
}

export function parseArgs(argv: string[], specs: OptionSpec[], texts: ArgTexts): ParsedArgs {
  const byName = new Map<string, OptionSpec>();
  for (const spec of specs) for (const name of spec.names) byName.set(name, spec);
  const positionals: string[] = [];
  const options: ParsedArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(name);
    if (!spec) throw new UsageError(texts.unknownOption(name));
    if (!spec.value) {
      options[spec.key] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-'))
        throw new UsageError(texts.missingValue(name));
      i++;
    }
    if (spec.repeat) options[spec.key] = [...((options[spec.key] as string[] | undefined) ?? []), value];
    else options[spec.key] = value;
  }
  return { positionals, options };
}
