// Moving a question or statement up or down from the instrument page: saved at once, then
// announced to screen readers, with focus kept on the moved text so the next move is one
// key press away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { moveQuestion, moveStatement } from '../../../../core/instruments/editing.js';
import { instrumentKey, saveInstrumentDraft } from '../api/instruments-api.js';
import { elementIdFor, type MoveTarget } from '../lib/instrument-display.js';
import type { InstrumentContext } from './WithInstrument.js';

export interface Move extends MoveTarget {
  by: -1 | 1;
}

export function useMover({ instrument, orgId }: InstrumentContext) {
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async (move: Move) => {
      const result = move.kind === 'question' ? moveQuestion(instrument.definition, move.id, move.by) : moveStatement(instrument.definition, move.id, move.by);
      if (!result.ok) throw new Error(result.message);
      return { saved: await saveInstrumentDraft(orgId, instrument.ref, result.definition, instrument.editVersion), notes: result.notes };
    },
    onMutate: () => setProblem(null),
    onSuccess: ({ saved, notes }, move) => {
      flushSync(() => queryClient.setQueryData(instrumentKey(orgId, instrument.ref), saved));
      document.getElementById(elementIdFor(move))?.focus();
      setAnnouncement([`Moved ${move.by < 0 ? 'up' : 'down'}: ${move.label.replace(/[.?!]$/, '')}.`, ...notes].join(' '));
    },
    onError: (error) => setProblem(error instanceof Error ? error.message : 'The change was not saved.'),
  });
  return { move: (move: Move) => mutation.mutate(move), pending: mutation.isPending, announcement, problem };
}
