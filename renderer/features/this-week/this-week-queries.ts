import { useLiveQuery } from 'dexie-react-hooks';
import { weekAgenda, type AgendaItem } from '../../../shared/workspace/agenda';
import { loadAgendaInput } from '../../db';
import { services } from '../../app/services';

/** The agenda across every opportunity from today for `days` days; `undefined` while loading. */
export function useAgenda(now: Date, days: number): AgendaItem[] | undefined {
  const at = now.getTime();
  return useLiveQuery(
    async () =>
      weekAgenda(
        new Date(at),
        await loadAgendaInput(services().db, { now: new Date(at), days }),
        days,
      ),
    [at, days],
  );
}
