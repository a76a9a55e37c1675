import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/lib/extract/detect-language';

describe('detectLanguage on short texts', () => {
  it.each([
    ['en', 'The cat sat on the mat because it was warm and the sun was out.'],
    ['fr', "Le chat est sur le tapis parce qu'il fait chaud et que le soleil brille."],
    ['es', 'El gato está en la alfombra porque hace calor y el sol brilla.'],
    ['pt', 'O gato está no tapete porque faz calor e o sol não para de brilhar.'],
    ['de', 'Die Katze sitzt auf der Matte, weil es warm ist und die Sonne scheint.'],
    ['it', 'Il gatto è sul tappeto perché fa caldo e il sole splende.'],
    ['zh', '宇航员在太空中喝酒会怎么样？后果很严重。'],
    ['ja', '公衆無線LANを安全に使うためのアプリを提供する。'],
    ['ko', '고양이가 매트 위에 앉아 있습니다.'],
    ['ru', 'Кошка сидит на коврике, потому что там тепло.'],
    ['ar', 'القطة تجلس على السجادة لأن الجو دافئ.'],
    ['he', 'החתול יושב על השטיח כי חם שם.'],
    ['hi', 'बिल्ली चटाई पर बैठी है क्योंकि वहाँ गर्मी है।'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('sets dir=rtl for Arabic and Hebrew', () => {
    expect(detectLanguage('החתול יושב על השטיח כי חם שם.').dir).toBe('rtl');
    expect(detectLanguage('القطة تجلس على السجادة لأن الجو دافئ.').dir).toBe('rtl');
    expect(detectLanguage('The cat sat.').dir).toBe('ltr');
  });

  it('prefers a plausible <html lang> and keeps its region', () => {
    expect(detectLanguage('O presidente eleito disse que a seleção não foi convidada.', 'pt-BR').lang).toBe(
      'pt-BR',
    );
    expect(detectLanguage('The cat sat on the mat because it was warm.', 'en-US').lang).toBe('en-US');
  });

  it('overrides an implausible <html lang>', () => {
    expect(detectLanguage('The cat sat on the mat because it was warm and the sun was out.', 'fr').lang).toBe(
      'en',
    );
    expect(detectLanguage('宇航员在太空中喝酒会怎么样？后果很严重。', 'en').lang).toBe('zh');
  });
});
