import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUndoStore } from './undo';

beforeEach(() => useUndoStore.setState({ offer: null, outcome: null }));

describe('one undo', () => {
  it('takes back only the latest thing, and says so where it was done', async () => {
    const list = ['Insurance certificates', 'Case studies'];
    const removeWithUndo = (place: string, index: number): void => {
      const [item] = list.splice(index, 1);
      useUndoStore.getState().offerUndo({
        place,
        done: `Removed “${item}”.`,
        undo: () => list.splice(index, 0, item as string),
      });
    };
    removeWithUndo('checklist', 0);
    removeWithUndo('checklist', 0);
    expect(useUndoStore.getState().offer?.done).toBe('Removed “Case studies”.');

    useUndoStore.getState().dismissUndo('engagement-events');
    expect(useUndoStore.getState().offer).not.toBeNull();
    await useUndoStore.getState().undo();
    expect(list).toEqual(['Case studies']);
    expect(useUndoStore.getState().offer).toBeNull();
    expect(useUndoStore.getState().outcome).toEqual({ place: 'checklist', text: 'Put back.' });
  });

  it('says in the user’s words why something could not be put back', async () => {
    // A real Dexie refusal: the record it would put back is already there.
    const db = new Dexie(`undo-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    db.version(1).stores({ items: 'id' });
    await db.table('items').add({ id: 'a', title: 'Insurance certificates' });
    useUndoStore.getState().offerUndo({
      place: 'checklist',
      done: 'Removed “Insurance certificates”.',
      undo: () => db.table('items').add({ id: 'a', title: 'Insurance certificates' }),
    });
    await useUndoStore.getState().undo();
    const text = useUndoStore.getState().outcome?.text ?? '';
    expect(text).toMatch(/^Could not put it back: This could not be saved because Bid Desk/);
    expect(text).not.toMatch(/Dexie|ConstraintError|Key already exists/);
  });
});
