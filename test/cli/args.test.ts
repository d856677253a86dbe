import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { parseArgs, UsageError } from '../../src/cli/io.js';
import { runCli } from './run.js';

describe('arguments, read by node:util parseArgs', () => {
  it('takes --name value, --name=value, short options, flags and positionals in any order', () => {
    const spec = {
      output: { type: 'string', short: 'o' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
    } as const;
    expect(parseArgs(['a.yaml', '-o', 'x.zip', '--seed=-1', '--json', '-'], spec)).toEqual({
      options: { output: 'x.zip', seed: '-1', json: true },
      positional: ['a.yaml', '-'],
    });
  });

  it('names an unknown option and lists the ones the command takes', async () => {
    expect(await runCli(['derive', '--function', 'x^2', '--wrt', 'x', '--latx'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gd-tutor derive: unknown option --latx (this command takes --function VALUE, --wrt VALUE, --vars VALUE, --latex)\n',
    });
    expect(await runCli(['new', '-x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gd-tutor new: unknown option -x (this command takes --output/-o VALUE)\n',
    });
  });

  it('says when an option lacks its value, or a flag is given one', () => {
    const spec = { seed: { type: 'string' }, json: { type: 'boolean' } } as const;
    expect(() => parseArgs(['--seed'], spec)).toThrow(new UsageError('--seed needs a value'));
    expect(() => parseArgs(['--seed', '-3'], spec)).toThrow(
      new UsageError('--seed needs a value; for one starting with a dash write --seed=VALUE'),
    );
    expect(() => parseArgs(['--json=yes'], spec)).toThrow(new UsageError('--json takes no value'));
  });

  it('loads no command until one runs: --help lists every command of the table', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(help.stdout).toContain(`\n  gd-tutor ${name} `);
    expect(help.stdout).toContain('"kind":"expr"|"value"|"vector"|"matrix"');
    expect(help.stdout).toContain('[--locale en|fr]');
    expect(await runCli(['lnt'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^gd-tutor: unknown command "lnt"\n/) as unknown,
    });
  });

  it('answers COMMAND --help with that command’s usage, running nothing', async () => {
    for (const [name, entry] of Object.entries(COMMANDS))
      expect(await runCli([name, '--help'])).toEqual({
        code: 0,
        stdout: `Usage:\n  gd-tutor ${entry.usage}\n`,
        stderr: '',
      });
    expect((await runCli(['solve', 'content/bowl.yaml', '-h'])).stdout).toMatch(/^Usage:\n {2}gd-tutor solve FILE /);
  });
});
