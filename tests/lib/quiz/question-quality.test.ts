import { describe, expect, it } from 'vitest';
import { generateQuiz } from '@/lib/quiz/generate-quiz';
import { returnType } from '@/lib/quiz/make-api-signature';
import { formDistance } from '@/lib/quiz/option-shape';
import { seededRandom } from '@/lib/random';
import { concept, page } from './fixtures';

// Patterns a teacher failed in the rated sample (scripts/bench/rated-questions.json), each as the
// rule that keeps the generator from asking such a question on any page.

describe('returnType', () => {
  it.each([
    ['pub fn new(data: T) -> Arc<T>', 'Arc<T>'],
    ['pub fn try_new(data: T) -> Result<Arc<T>, AllocError>', 'Result<Arc<T>, AllocError>'],
    ['pub fn make_mut(this: &mut Arc<T>) -> &mut T\nwhere T: Clone', '&mut T'],
    ['fetch(input: RequestInfo, init?: RequestInit): Promise<Response>', 'Promise<Response>'],
    ['json.dumps(obj, *, skipkeys=False)', null],
    ['pub fn unit() -> Result<(), E>', null],
  ])('%s → %s', (signature, type) => {
    expect(returnType(signature)?.type ?? null).toBe(type);
  });
});

describe('generated questions', () => {
  const en = (label: string, extra = {}) => concept('en', 'term', label, extra);

  it('does not blank a word glued to more of a word ("On Windows _____.js", "_____-line options")', () => {
    const p = page('https://example.org/a.html', 'en', [
      'On Windows Node.js follows the concept of per-drive working directory.',
      'We use the command-line options that the program is willing to accept.',
      'A program is a list of statements that the computer runs in order.',
    ]);
    const qs = generateQuiz({
      page: p,
      concepts: [en('node'), en('command'), en('program'), en('statement'), en('computer')],
      occurrences: [],
      random: seededRandom(1),
      count: 20,
    });
    expect(qs.filter((q) => /_____[.-]\w/.test(q.prompt))).toEqual([]);
  });

  it('asks what a call returns from its signature, among the return types of its neighbours', () => {
    const api = (label: string, signature: string) =>
      concept('en', 'api', label, { signature, symbolKind: 'function' });
    const concepts = [
      api('Arc::new', 'pub fn new(data: T) -> Arc<T>'),
      api('Arc::pin', 'pub fn pin(data: T) -> Pin<Arc<T>>'),
      api('Arc::try_new', 'pub fn try_new(data: T) -> Result<Arc<T>, AllocError>'),
      api('Arc::downgrade', 'pub fn downgrade(this: &Arc<T>) -> Weak<T>'),
      api('Arc::get_mut', 'pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T>'),
      api('Arc::new_uninit', 'pub fn new_uninit() -> Arc<MaybeUninit<T>>'),
    ];
    const qs = generateQuiz({
      page: page('https://doc.rust-lang.org/std/sync/struct.Arc.html', 'en', [], {
        pageKind: 'api-reference',
      }),
      concepts,
      occurrences: [],
      random: seededRandom(2),
      types: ['api-signature'],
      count: 4,
    });
    const q = qs.find((x) => x.conceptKey === concepts[0]!.key);
    expect(q?.prompt).toBe('Complete the signature: pub fn new(data: T) -> _____');
    expect(q?.answer).toBe('Arc<T>');
    expect(q?.choices?.length).toBeGreaterThanOrEqual(3);
  });

  it('offers a type only among types for "which one does this"', () => {
    const c = (label: string, symbolKind: 'class' | 'function', summary: string) =>
      concept('en', 'api', label, { symbolKind, summary });
    const concepts = [
      c('json.JSONEncoder', 'class', 'Extensible JSON encoder for Python data structures.'),
      c('json.dump', 'function', 'Serialize obj as a JSON formatted stream to fp.'),
      c('json.load', 'function', 'Deserialize fp to a Python object.'),
      c('json.loads', 'function', 'Deserialize s to a Python object.'),
      c('json.JSONDecoder', 'class', 'Simple JSON decoder.'),
      c('json.JSONDecodeError', 'class', 'Subclass of ValueError raised when a document is not valid.'),
    ];
    for (let seed = 1; seed <= 5; seed++) {
      const qs = generateQuiz({
        page: page('https://docs.python.org/3/library/json.html', 'en', [], { pageKind: 'api-reference' }),
        concepts,
        occurrences: [],
        random: seededRandom(seed),
        types: ['api-which-function'],
        count: 10,
      });
      for (const q of qs) {
        const kind = concepts.find((x) => x.label === q.answer)?.symbolKind;
        expect(
          q.choices?.every((o) => concepts.find((x) => x.label === o)?.symbolKind === kind),
          q.prompt,
        ).toBe(true);
      }
    }
  });
});

describe('formDistance', () => {
  it('tells a plural from the "s" of a singular', () => {
    expect(formDistance('class', 'scopes')).toBe(2);
    expect(formDistance('class', 'process')).toBe(0);
    expect(formDistance('namespaces', 'scopes')).toBe(0);
  });
});
