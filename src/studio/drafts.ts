import { createStore, del, entries, set, type UseStore } from 'idb-keyval';

/** One saved version of a draft. */
export interface DraftVersion {
  savedAt: string;
  text: string;
}

/** A scenario being written in the studio, kept in IndexedDB with its earlier versions. */
export interface Draft {
  id: string;
  name: string;
  text: string;
  updatedAt: string;
  /** Errors the validator found when it was last saved: a draft with errors is still kept, but marked. */
  errors: number;
  history: DraftVersion[];
}

/** The most versions kept per draft; older ones are dropped first. */
export const MAX_VERSIONS = 30;

let store: UseStore | undefined;
function drafts(): UseStore {
  store ??= createStore('tynda-studio', 'drafts');
  return store;
}

/** Every draft, newest first. */
export async function listDrafts(): Promise<Draft[]> {
  const all = await entries<string, Draft>(drafts());
  return all.map(([, d]) => d).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Saves a draft's new text, keeping the previous text as a version. */
export async function saveDraft(
  draft: Omit<Draft, 'history' | 'updatedAt'>,
  previous?: Draft,
): Promise<Draft> {
  const now = new Date().toISOString();
  const history =
    previous && previous.text !== draft.text
      ? [...previous.history, { savedAt: previous.updatedAt, text: previous.text }].slice(
          -MAX_VERSIONS,
        )
      : (previous?.history ?? []);
  const saved: Draft = { ...draft, updatedAt: now, history };
  await set(draft.id, saved, drafts());
  return saved;
}

export async function deleteDraft(id: string): Promise<void> {
  await del(id, drafts());
}

/** Asks the browser not to evict the studio's storage under pressure (Twine's drafts were lost that way). */
export async function askForPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
