import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The report's strings, added when the report loads, so the library's first download stays small. */
export const REPORT_STRINGS = {
  en: {
    feedback: {
      needReason: 'Say why you disagree, or untick the box.',
      heading: 'Your view of the scenario',
      optional:
        'Optional. It is part of the results you download, so the trainers can improve the scenario and its scoring.',
      realism: 'How realistic was it? (1 not at all – 5 very)',
      relevance: 'How relevant to your job? (1 not at all – 5 very)',
      hardest: 'The hardest moment',
      comment: 'Comment',
      disputes: 'Do you disagree with how a response was scored?',
      disagree: 'I disagree with the scoring at “{{scene}}”',
      reason: 'Why?',
    },
    export: {
      heading: 'Keep your results',
      privacy:
        'Your results stay on this device unless you download them. Choose a pseudonym: no other personal data is recorded.',
      pseudonym: 'Pseudonym',
      json: 'Download results (JSON)',
      csv: 'Download for a spreadsheet (CSV)',
      xapi: 'Download xAPI statements',
    },
    heading: 'Your report',
    ending: 'Ending',
    outcome: { resolved: 'Resolved', partial: 'Partly resolved', failed: 'Not resolved' },
    profile: 'Competency profile',
    chart: 'Ratings by competency, 1 to 5',
    competency: 'Competency',
    rating: 'Rating',
    observations: 'Observations',
    notEnough: 'Not enough evidence',
    capped: 'capped at 2 by a red flag',
    redFlags: 'Red flags',
    noRedFlags: 'No red flags.',
    evidence: 'Evidence for {{competency}}',
    path: 'Your path',
    scene: 'Scene',
    time: 'Story time',
    response: 'Your response',
    betterOption: 'Better option',
    statement: 'Your statement',
    silence: '(time ran out)',
    missingElement: 'a statement without {{element}}',
    orderFollowed: 'the statement’s parts in a sound order',
    orderBroken: 'the statement’s parts out of order',
    tryAgain: 'Try again',
    replay: 'Replay from this scene',
    print: 'Print the report',
    library: 'Back to the library',
    level: 'Post level {{level}} · {{mode}}',
    mode: { seminar: 'seminar', practice: 'practice', assessment: 'assessment' },
  },
  ru: {
    feedback: {
      needReason: 'Объясните, почему вы не согласны, или снимите отметку.',
      heading: 'Ваше мнение о сценарии',
      optional:
        'Необязательно. Это войдёт в скачанные результаты, чтобы тренеры могли улучшить сценарий и его оценку.',
      realism: 'Насколько реалистично? (1 совсем нет – 5 очень)',
      relevance: 'Насколько это важно для вашей работы? (1 совсем нет – 5 очень)',
      hardest: 'Самый трудный момент',
      comment: 'Комментарий',
      disputes: 'Не согласны с оценкой какого-то ответа?',
      disagree: 'Не согласен(на) с оценкой в эпизоде «{{scene}}»',
      reason: 'Почему?',
    },
    export: {
      heading: 'Сохранить результаты',
      privacy:
        'Результаты остаются на этом устройстве, пока вы их не скачаете. Выберите псевдоним: другие личные данные не записываются.',
      pseudonym: 'Псевдоним',
      json: 'Скачать результаты (JSON)',
      csv: 'Скачать для таблицы (CSV)',
      xapi: 'Скачать записи xAPI',
    },
    heading: 'Ваш отчёт',
    ending: 'Финал',
    outcome: {
      resolved: 'Кризис урегулирован',
      partial: 'Урегулирован частично',
      failed: 'Не урегулирован',
    },
    profile: 'Профиль компетенций',
    chart: 'Оценки по компетенциям, от 1 до 5',
    competency: 'Компетенция',
    rating: 'Оценка',
    observations: 'Наблюдений',
    notEnough: 'Недостаточно данных',
    capped: 'ограничена двумя из-за красного флажка',
    redFlags: 'Красные флажки',
    noRedFlags: 'Красных флажков нет.',
    evidence: 'Основания оценки: {{competency}}',
    path: 'Ваш путь',
    scene: 'Сцена',
    time: 'Время сюжета',
    response: 'Ваш ответ',
    betterOption: 'Вариант лучше',
    statement: 'Ваше заявление',
    silence: '(время вышло)',
    missingElement: 'заявление без элемента «{{element}}»',
    orderFollowed: 'части заявления в верном порядке',
    orderBroken: 'части заявления не в том порядке',
    tryAgain: 'Пройти заново',
    replay: 'Переиграть с этой сцены',
    print: 'Распечатать отчёт',
    library: 'К списку сценариев',
    level: 'Уровень должности {{level}} · {{mode}}',
    mode: { seminar: 'семинар', practice: 'тренировка', assessment: 'оценка' },
  },
  kk: {
    feedback: {
      needReason: 'Неге келіспейтініңізді жазыңыз немесе белгіні алып тастаңыз.',
      heading: 'Сценарий туралы пікіріңіз',
      optional:
        'Міндетті емес. Бұл жүктелетін нәтижелерге кіреді, жаттықтырушылар сценарий мен оның бағалауын жетілдіре алады.',
      realism: 'Қаншалықты шынайы болды? (1 мүлде емес – 5 өте)',
      relevance: 'Жұмысыңызға қаншалықты қатысты? (1 мүлде емес – 5 өте)',
      hardest: 'Ең қиын сәт',
      comment: 'Пікір',
      disputes: 'Қандай да бір жауаптың бағасымен келіспейсіз бе?',
      disagree: '«{{scene}}» көрінісіндегі бағамен келіспеймін',
      reason: 'Неге?',
    },
    export: {
      heading: 'Нәтижелерді сақтау',
      privacy:
        'Нәтижелер жүктеп алмайынша осы құрылғыда қалады. Бүркеншік ат таңдаңыз: басқа жеке дерек жазылмайды.',
      pseudonym: 'Бүркеншік ат',
      json: 'Нәтижелерді жүктеп алу (JSON)',
      csv: 'Кестеге жүктеп алу (CSV)',
      xapi: 'xAPI жазбаларын жүктеп алу',
    },
    heading: 'Сіздің есебіңіз',
    ending: 'Соңы',
    outcome: { resolved: 'Дағдарыс реттелді', partial: 'Ішінара реттелді', failed: 'Реттелмеді' },
    profile: 'Құзыреттер бейіні',
    chart: 'Құзыреттер бойынша бағалар, 1-ден 5-ке дейін',
    competency: 'Құзырет',
    rating: 'Баға',
    observations: 'Бақылау саны',
    notEnough: 'Дерек жеткіліксіз',
    capped: 'қызыл белгіге байланысты 2-мен шектелді',
    redFlags: 'Қызыл белгілер',
    noRedFlags: 'Қызыл белгі жоқ.',
    evidence: 'Бағаның негіздері: {{competency}}',
    path: 'Сіздің жолыңыз',
    scene: 'Көрініс',
    time: 'Оқиға уақыты',
    response: 'Сіздің жауабыңыз',
    betterOption: 'Жақсырақ нұсқа',
    statement: 'Сіздің мәлімдемеңіз',
    silence: '(уақыт бітті)',
    missingElement: '«{{element}}» элементі жоқ мәлімдеме',
    orderFollowed: 'мәлімдеме бөліктері дұрыс ретпен',
    orderBroken: 'мәлімдеме бөліктері дұрыс ретпен емес',
    tryAgain: 'Қайта өту',
    replay: 'Осы көріністен қайта ойнау',
    print: 'Есепті басып шығару',
    library: 'Сценарийлер тізіміне',
    level: 'Лауазым деңгейі {{level}} · {{mode}}',
    mode: { seminar: 'семинар', practice: 'жаттығу', assessment: 'бағалау' },
  },
};

/** Adds these strings to an i18next instance once. */
export function registerReportStrings(i18n: I18n): void {
  for (const [lang, strings] of Object.entries(REPORT_STRINGS)) {
    if (!i18n.getResource(lang, 'translation', 'report'))
      i18n.addResourceBundle(lang, 'translation', { report: strings }, true, false);
  }
}

/** Makes sure the report's strings are there before a report component renders. */
export function useReportStrings(): void {
  const { i18n } = useTranslation();
  useState(() => registerReportStrings(i18n));
}
