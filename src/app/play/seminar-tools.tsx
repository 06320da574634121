/** Seminar mode's tools, loaded by the player only for a seminar run (see `loadSeminarTools`). */
import { useTranslation } from 'react-i18next';
import type { Text } from '../../engine/format/lang';
import { Localized } from '../components/localized';
import { useSeminarStrings } from './seminar-strings';

export { DiscussionTimer } from './discussion-timer';
export { VotePanel } from './vote-panel';

/** The scene's notes for the trainer, shown beside it on the projector. */
export function FacilitatorNotes({ notes }: { notes: Text }) {
  useSeminarStrings();
  const { t } = useTranslation();
  return (
    <aside className="facilitator-notes" aria-label={t('seminar.notes')}>
      <h3>{t('seminar.notes')}</h3>
      <Localized value={notes} as="p" />
    </aside>
  );
}
