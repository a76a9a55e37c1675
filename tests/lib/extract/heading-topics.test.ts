import { describe, expect, it } from 'vitest';
import { actionObject, headingTopics } from '@/lib/extract/heading-topics';

const h = (text: string, level = 2) => ({ level, text });

describe('headingTopics', () => {
  it.each([
    ['4.1. if Statements', ['if Statements']],
    ['4.3. The range() Function', ['range() Function']],
    [
      '4.4. break and continue Statements, and else Clauses on Loops',
      ['break and continue Statements', 'else Clauses on Loops'],
    ],
    ['4.7. More on Defining Functions', ['Defining Functions']],
    ['4.8. Intermezzo: Coding Style', ['Coding Style']],
    ['19.2.6.3. Top-level Non-Object, Non-Array Values', ['Top-level Non-Object, Non-Array Values']],
    // A question names its topic inside it.
    ['What a closure is', ['closure']],
    ['What is a closure?', ['closure']],
    ['How generators work', ['generators']],
    ['How does asyncio work?', ['asyncio']],
    ['Why closures matter', ['closures']],
    ['¿Qué es un cierre?', ['cierre']],
    ['O que é um fecho?', ['fecho']],
    ["Qu'est-ce qu'une fermeture ?", ['fermeture']],
    // Asides, advice and claims: the topic is what they are about, or none.
    // Every word generic: the aside names no topic a learner would study.
    ['9.1. A Word About Names and Objects', []],
    ['15.1. Floating Point Arithmetic: Issues and Limitations', []],
    ['A simple example', []],
    ['9.3.4. Method Objects', ['Method Objects']],
    ['Short options', ['Short options']],
    ['When to use logging', ['logging']],
    ['Learn to Delay Gratification', ['Learn to Delay Gratification']],
    ['Converting to Bytes', ['Converting to Bytes']],
    ['Alternatives to the Interactive Interpreter', ['Alternatives to the Interactive Interpreter']],
    // What a heading does with its topic is not the topic.
    ['Continuous Integration to Stay Compatible', ['Continuous Integration']],
    ['Use Feature Detection Instead of Version Detection', ['Feature Detection']],
    ['Using LoggerAdapters to impart contextual information', ['LoggerAdapters']],
    ['The Old Way Using the cmp Parameter', ['cmp Parameter']],
    ['Use of alternative formatting styles', ['alternative formatting styles']],
    ['And now, CPU profiling on-demand', ['CPU profiling']],
    ['Sorting in place', ['Sorting']],
    ['Caching at scale!', ['Caching']],
    ['Lambda requirements', ['Lambda']],
    ['Security considerations', ['Security']],
    ['Implementation limitations', ['Implementation limitations']],
    ['What about existing solutions?', ['existing solutions']],
    ['9.3. A First Look at Classes', ['Classes']],
    ['Use Median', ['Median']],
    // The clause a heading opens is cut off; what it names stays.
    ['Use a Vec when:', ['Vec']],
    ['Use a BTreeMap when', ['BTreeMap']],
    // A kicker over a headline names the site's section.
    ['Biz & IT —', []],
    ['9.2.1. Scopes and Namespaces Example', ['Scopes and Namespaces']],
    ['Glossary', []],
    ['8.3.2 Exceptions Are Classes Too', []],
    ['What now', []],
    ['See also', []],
    ['Footnotes', []],
    ['Abstract', []],
    ['History', []],
    ['Advanced usage', []],
    ['1.2.3.', []],
  ])('%s', (text, expected) => {
    expect(headingTopics([h(text)])).toEqual(expected);
  });

  it('skips the page title (level 1), long headings and repeats, and keeps page order', () => {
    const out = headingTopics([
      h('4. More Control Flow Tools', 1),
      h('4.6. Defining Functions'),
      h('4.7. More on Defining Functions'),
      h('A heading that is really a whole sentence about many things at once', 3),
      h('4.7.6. Lambda Expressions', 3),
    ]);
    expect(out).toEqual(['Defining Functions', 'Lambda Expressions']);
  });
});

describe('actionObject', () => {
  it.each([
    ['Detecting Anomalies', 'Anomalies'],
    ['Understanding Z-Score', 'Z-Score'],
    ['Working with Files', 'Files'],
    ['Getting a Sense of the Data', 'Sense of the Data'],
    ['Setting up the Environment', 'Environment'],
    ['Learning Rate', undefined],
    ['Training Data', undefined],
    ['Backtesting', undefined],
    ['Using', undefined],
  ])('%s → %s', (topic, expected) => {
    expect(actionObject(topic)).toBe(expected);
  });
});

it('document-part headings name no topic', () => {
  expect(headingTopics([h('The Basics'), h('Concepts'), h('Current status'), h('Final thoughts')])).toEqual(
    [],
  );
});
