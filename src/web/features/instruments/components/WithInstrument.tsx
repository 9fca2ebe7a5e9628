// Loads the instrument named in the URL and hands it on. Editing pages ask for an editable
// one: a built-in instrument goes back to its own page, where it can be copied instead. They
// also keep the instrument as it was when they opened: the edit is made to what the person
// saw (a colleague's change since then is refused as a conflict), and the page's own save
// must not redraw the form, or send it away, before it has said what happened.
import { useRef, type ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { useOrgId } from '../../../app/guards.js';
import { QueryView } from '../../../app/QueryView.js';
import type { InstrumentDetail } from '../api/instruments-api.js';
import { useInstrument } from '../api/useInstruments.js';

export interface InstrumentContext {
  instrument: InstrumentDetail;
  orgId: string;
  /** The instrument's page, such as /organisations/o1/instruments/i1. */
  instrumentPath: string;
}

export const instrumentsPath = (orgId: string) => `/organisations/${orgId}/instruments`;

interface WithInstrumentProps {
  editable?: boolean;
  /** Whether the page makes sense for the instrument as it was on arrival; if not, back to the instrument. */
  when?: (instrument: InstrumentDetail) => boolean;
  children: (context: InstrumentContext) => ReactNode;
}

export function WithInstrument({ editable = false, when, children }: WithInstrumentProps) {
  const orgId = useOrgId();
  const arrival = useRef<InstrumentDetail | null>(null);
  const { ref = '' } = useParams();
  const instrument = useInstrument(orgId, ref);
  const instrumentPath = `${instrumentsPath(orgId)}/${encodeURIComponent(ref)}`;
  return (
    <QueryView query={instrument} loading="Loading the questionnaire">
      {(data) => {
        if (!editable) return children({ instrument: data, orgId, instrumentPath });
        arrival.current ??= data;
        const opened = arrival.current;
        return opened.builtIn || (when && !when(opened)) ? <Navigate to={instrumentPath} replace /> : children({ instrument: opened, orgId, instrumentPath });
      }}
    </QueryView>
  );
}
