import { describe, expect, test } from 'vitest';
import { findProcedures } from '@/lib/quiz/make-ordering';
import { signatureParams } from '@/lib/quiz/signature-params';

describe('findProcedures', () => {
  test.each<[string, string[], string[][]]>([
    [
      'English steps with prose between',
      ['Step 1: Install Python.', 'It takes a minute.', 'Step 2: Create a venv.', 'Step 3: Activate it.'],
      [['Install Python.', 'Create a venv.', 'Activate it.']],
    ],
    [
      'numbered list',
      ['1. Open the file.', '2. Read a line.', '3) Close the file.'],
      [['Open the file.', 'Read a line.', 'Close the file.']],
    ],
    [
      'Spanish',
      ['Paso 1: Abre la terminal.', 'Paso 2: Escribe python.', 'Paso 3: Pulsa Intro.'],
      [['Abre la terminal.', 'Escribe python.', 'Pulsa Intro.']],
    ],
    [
      'Chinese',
      ['第一步：安装解释器。', '第二步：创建环境。', '第三步：安装依赖。'],
      [['安装解释器。', '创建环境。', '安装依赖。']],
    ],
    [
      'circled numbers',
      ['①ファイルを開く', '②一行読む', '③ファイルを閉じる'],
      [['ファイルを開く', '一行読む', 'ファイルを閉じる']],
    ],
    ['too short a run', ['1. Open.', '2. Close the file.'], []],
    ['a decimal is not a step', ['1.5 million people voted.', '2. Then what?', '3. Nothing.'], []],
    ['numbers out of order', ['1. Open the file.', '3. Close the file.', '2. Read a line.'], []],
  ])('%s', (_name, items, expected) => {
    expect(findProcedures(items).map((run) => run.map((s) => s.text))).toEqual(expected);
  });
});

describe('signatureParams', () => {
  test.each<[string, [string, boolean][]]>([
    [
      'json.dumps(obj, *, skipkeys=False, indent=None)',
      [
        ['obj', true],
        ['skipkeys', false],
        ['indent', false],
      ],
    ],
    [
      'dict.get(self, key, default=None)',
      [
        ['key', true],
        ['default', false],
      ],
    ],
    [
      'print(*objects, sep=" ", end="\\n")',
      [
        ['objects', false],
        ['sep', false],
        ['end', false],
      ],
    ],
    [
      'fetch(input: RequestInfo, init?: RequestInit)',
      [
        ['input', true],
        ['init', false],
      ],
    ],
    [
      'sorted(iterable, /, *, key=None, reverse=False)',
      [
        ['iterable', true],
        ['key', false],
        ['reverse', false],
      ],
    ],
    [
      'f(x: dict[str, int] = {}, y=(1, 2))',
      [
        ['x', false],
        ['y', false],
      ],
    ],
    ['math.pi', []],
  ])('%s', (signature, expected) => {
    const params = signatureParams(signature);
    expect(params.map((p) => [p.name, p.required])).toEqual(expected);
    for (const p of params) expect(signature.slice(p.at, p.at + p.name.length)).toBe(p.name);
  });
});
