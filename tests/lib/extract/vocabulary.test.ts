import { describe, expect, it } from 'vitest';
import { extractVocabulary } from '@/lib/extract/vocabulary';
import { lightStem } from '@/lib/text/light-stem';

describe('extractVocabulary', () => {
  it('leaves out a word the page only uses inside a two-word expression it lists', () => {
    const sentences = [
      'O presidente eleito falou ontem com a imprensa.',
      'O presidente eleito visitou o clube.',
      'O presidente do clube respondeu.',
    ];
    const labels = extractVocabulary(sentences, 'pt').map((v) => v.label);
    expect(labels).toContain('presidente eleito');
    // "presidente" also stands alone; "eleito" never does.
    expect(labels).toContain('presidente');
    expect(labels).not.toContain('eleito');
  });

  it('leaves out the lowercase word of a name, and yes and no', () => {
    const sentences = [
      "Les députés de l'Assemblée nationale ont voté la loi.",
      "Le texte revient à l'Assemblée nationale en juin, et les députés diront oui.",
      'Les députés examinent la loi.',
    ];
    const labels = extractVocabulary(sentences, 'fr').map((v) => v.label);
    expect(labels).toContain('députés');
    expect(labels).not.toContain('nationale');
    expect(labels).not.toContain('oui');
  });

  it.each([
    ['zh', '宇航员在太空中工作。宇航员回到地球。', '宇航员', '宇航'],
    ['ja', '研究者が新しい暗号化の方式を発表した。研究者によると暗号化は安全だ。', '研究者', '研究'],
  ])('glues a noun suffix the segmenter cut off (%s)', (lang, text, whole, cut) => {
    const labels = extractVocabulary([text], lang).map((v) => v.label);
    expect(labels).toContain(whole);
    expect(labels).not.toContain(cut);
  });

  it('glues a Chinese compound the segmenter cut, where the page always writes it whole', () => {
    const text =
      '知识产权保护很重要。我们讨论知识产权。知识产权制度需要改革。宇航员在国际空间站工作。国际空间站很大。';
    const labels = extractVocabulary([text], 'zh').map((v) => v.label);
    expect(labels).toContain('知识产权');
    expect(labels).not.toContain('知识');
    expect(labels).not.toContain('产权');
    // The one character after the pair belongs to the word as well.
    expect(labels).toContain('国际空间站');
  });

  it('ranks a past participle that only builds a tense below the words it sits among', () => {
    const sentences = [
      'Twitter ha dado a conocer su nueva aplicación.',
      'La empresa ha dado acceso a la aplicación en diez países.',
      'La aplicación funciona en países con conexión lenta.',
    ];
    const items = extractVocabulary(sentences, 'es');
    const score = (label: string) => items.find((v) => v.label === label)?.score ?? 0;
    expect(score('dado')).toBeLessThan(score('aplicación') / 2);
  });

  it('leaves out the words of a fixed expression and a participle before the agent of a passive', () => {
    const sentences = [
      'A partir de hoy la aplicación llega a diez países.',
      'La aplicación, conquistada por millones, llega a partir de mañana.',
      'Los países reciben la aplicación conquistada por todos.',
    ];
    const items = extractVocabulary(sentences, 'es');
    const labels = items.map((v) => v.label);
    expect(labels).not.toContain('partir');
    const score = (label: string) => items.find((v) => v.label === label)?.score ?? 0;
    expect(score('conquistada')).toBeLessThan(score('aplicación') / 2);
  });

  it('folds a short Spanish plural into its singular ("redes" is "red")', () => {
    const sentences = [
      'La red social crece.',
      'Las redes sociales y la red de datos.',
      'Otras redes también.',
    ];
    const labels = extractVocabulary(sentences, 'es').map((v) => v.label);
    expect(labels).toContain('red');
    expect(labels).not.toContain('redes');
  });

  it('shows a Czech word in the form a dictionary lists', () => {
    const sentences = [
      'Nový manažer klubu přišel v létě.',
      'Hráči manažera chválí a manažera poslouchají.',
      'Anglická liga je silná a anglický fotbal také.',
    ];
    const labels = extractVocabulary(sentences, 'cs').map((v) => v.label);
    expect(labels).toContain('manažer');
    expect(labels).not.toContain('manažera');
  });

  it('merges Czech case and gender forms that differ in the final vowel', () => {
    expect(lightStem('hřiště', 'cs')).toBe(lightStem('hřišti', 'cs'));
    expect(lightStem('anglický', 'cs')).toBe(lightStem('anglická', 'cs'));
    expect(lightStem('liga', 'cs')).not.toBe(lightStem('lize', 'cs'));
  });
});
