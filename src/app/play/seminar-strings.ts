import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Seminar mode's strings, added when the player loads. */
export const SEMINAR_STRINGS = {
  en: {
    notes: 'For the trainer',
    vote: 'The group’s vote',
    hands: 'Hands for {{number}}',
    choose: 'Go with {{number}}',
    takeMajority: 'Take the majority',
    majority: 'Majority: response {{number}}.',
    tie: 'A tie: choose a response.',
    noVotes: 'Enter the show of hands, or choose a response.',
    discussion: 'Discussion',
    minutes: 'Minutes for discussion',
    minuteOption_one: '{{count}} minute',
    minuteOption_other: '{{count}} minutes',
    start: 'Start',
    pause: 'Pause',
    timeUp: 'Time for discussion is up.',
  },
  ru: {
    notes: 'Для тренера',
    vote: 'Голосование группы',
    hands: 'Голосов за {{number}}',
    choose: 'Выбрать {{number}}',
    takeMajority: 'Принять решение большинства',
    majority: 'Большинство: ответ {{number}}.',
    tie: 'Голоса разделились: выберите ответ.',
    noVotes: 'Введите результаты голосования или выберите ответ.',
    discussion: 'Обсуждение',
    minutes: 'Минут на обсуждение',
    minuteOption_one: '{{count}} минута',
    minuteOption_few: '{{count}} минуты',
    minuteOption_many: '{{count}} минут',
    minuteOption_other: '{{count}} минуты',
    start: 'Старт',
    pause: 'Пауза',
    timeUp: 'Время обсуждения вышло.',
  },
  kk: {
    notes: 'Жаттықтырушыға',
    vote: 'Топтың дауысы',
    hands: '{{number}} үшін дауыс',
    choose: '{{number}}-ні таңдау',
    takeMajority: 'Көпшіліктің шешімін қабылдау',
    majority: 'Көпшілік: {{number}}-жауап.',
    tie: 'Дауыс тең: жауапты таңдаңыз.',
    noVotes: 'Дауыс беру нәтижесін енгізіңіз немесе жауапты таңдаңыз.',
    discussion: 'Талқылау',
    minutes: 'Талқылауға минут',
    minuteOption_one: '{{count}} минут',
    minuteOption_other: '{{count}} минут',
    start: 'Бастау',
    pause: 'Кідірту',
    timeUp: 'Талқылау уақыты бітті.',
  },
};

/** Adds these strings to an i18next instance once. */
export function registerSeminarStrings(i18n: I18n): void {
  for (const [lang, strings] of Object.entries(SEMINAR_STRINGS)) {
    if (!i18n.getResource(lang, 'translation', 'seminar'))
      i18n.addResourceBundle(lang, 'translation', { seminar: strings }, true, false);
  }
}

/** Makes sure seminar strings are there before a seminar component renders. */
export function useSeminarStrings(): void {
  const { i18n } = useTranslation();
  useState(() => registerSeminarStrings(i18n));
}
