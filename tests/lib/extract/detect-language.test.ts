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

  // The corpus's languages plus the ones issue 13 names, each in a short news-like text of its own.
  it.each([
    ['en', 'The city council approved the new budget on Tuesday after a long debate about housing.'],
    [
      'es',
      'El gobierno aprobó ayer la reforma de las pensiones tras una larga negociación con los sindicatos.',
    ],
    [
      'fr',
      'Le gouvernement a présenté mardi un projet de loi sur le logement, critiqué par les associations.',
    ],
    [
      'pt',
      'O governo anunciou nesta terça-feira um novo programa de habitação para as famílias de baixa renda.',
    ],
    ['cs', 'Vláda ve středu schválila návrh rozpočtu, který podle opozice nepočítá s růstem cen energií.'],
    ['pl', 'Rząd przyjął w środę projekt budżetu, który według opozycji nie uwzględnia wzrostu cen energii.'],
    [
      'de',
      'Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt für das kommende Jahr beschlossen.',
    ],
    [
      'it',
      'Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito sulla casa.',
    ],
    ['nl', 'De gemeenteraad heeft dinsdag na een lang debat over woningen de nieuwe begroting goedgekeurd.'],
    ['sv', 'Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt om bostäder.'],
    [
      'tr',
      'Belediye meclisi salı günü konut konusundaki uzun bir tartışmanın ardından yeni bütçeyi onayladı.',
    ],
    ['vi', 'Hội đồng thành phố đã thông qua ngân sách mới vào thứ Ba sau một cuộc tranh luận dài về nhà ở.'],
    ['ru', 'Городской совет во вторник после долгих споров утвердил новый бюджет на следующий год.'],
    ['uk', 'Міська рада у вівторок після тривалої дискусії ухвалила новий бюджет на наступний рік.'],
    ['ar', 'وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول السكن.'],
    ['he', 'מועצת העיר אישרה ביום שלישי את התקציב החדש לאחר דיון ארוך על דיור.'],
    ['hi', 'नगर परिषद ने मंगलवार को आवास पर लंबी बहस के बाद नया बजट मंज़ूर किया।'],
    ['ko', '시의회는 화요일 주택 문제에 대한 긴 토론 끝에 새 예산안을 승인했다.'],
    ['th', 'สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังการอภิปรายเรื่องที่อยู่อาศัยอย่างยาวนาน'],
    ['zh', '市议会周二在就住房问题进行长时间辩论后批准了新预算。'],
    ['ja', '市議会は火曜日、住宅をめぐる長い議論の末に新しい予算を承認した。'],
  ])('a news sentence in %s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each([
    ['pl', 'Sejm uchwalił ustawę o ochronie zwierząt'],
    ['cs', 'Sněmovna schválila zákon o ochraně zvířat'],
    ['pl', 'Powódź na południu kraju: ewakuowano tysiące mieszkańców'],
    ['cs', 'Povodně na jihu země: evakuovány tisíce obyvatel'],
    ['tr', 'Merkez Bankası faiz oranını yüzde elliye yükseltti'],
    ['vi', 'Ngân hàng trung ương tăng lãi suất để kiềm chế lạm phát'],
    ['sv', 'Riksbanken höjer räntan för att bromsa inflationen'],
  ])('tells a one-line %s headline from its neighbours', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it("keeps a Polish page's declared pl and corrects a Czech text declared pl", () => {
    expect(detectLanguage('Rząd przyjął w środę projekt budżetu na przyszły rok.', 'pl-PL').lang).toBe(
      'pl-PL',
    );
    expect(
      detectLanguage('Vláda ve středu schválila návrh rozpočtu, který podle opozice nestačí.', 'pl').lang,
    ).toBe('cs');
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
