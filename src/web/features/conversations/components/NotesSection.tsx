// A session's notes under the questions of its guide, each with its coding. Coding a note updates
// the session in the cache at once (its counts), then reloads it, so suggestions learnt from the
// new coding reach the notes still to be coded.
import { useQueryClient } from '@tanstack/react-query';
import { InsetText } from '../../../components/content.js';
import { conversationKeys, deleteNote, saveCoding, updateNote, type Coding, type Conversation, type Excerpt } from '../api/conversations-api.js';
import { groupNotes, questionHeading } from '../lib/group-notes.js';
import { NoteItem, type NoteActions } from './NoteItem.js';
import { ShortcutSettings, useShortcutsOn } from './ShortcutSettings.js';
import type { ProgrammeScope } from './WithProgramme.js';

interface NotesSectionProps {
  scope: ProgrammeScope;
  conversation: Conversation;
  canWrite: boolean;
  onConversation: (conversation: Conversation) => void;
  announce: (message: string) => void;
}

export function NotesSection({ scope, conversation: c, canWrite, onConversation, announce }: NotesSectionProps) {
  const queryClient = useQueryClient();
  const [shortcutsOn, setShortcutsOn] = useShortcutsOn();
  const key = conversationKeys.session(scope.orgId, scope.programmeId, c.id);
  const groups = groupNotes(c.questions, c.excerpts);
  const redacted = c.excerpts.some((e) => !e.unredacted);
  const coded = c.excerpts.filter((e) => e.coding).length;

  const actions: NoteActions = {
    update: (e: Excerpt, patch) => updateNote(scope.orgId, scope.programmeId, c.id, e.id, e.version, patch),
    remove: (e: Excerpt) => deleteNote(scope.orgId, scope.programmeId, c.id, e.id, e.version),
    code: (e: Excerpt, body) => saveCoding(scope.orgId, scope.programmeId, c.id, e.id, 'first', body),
    onConversation,
    onCoded: (e: Excerpt, coding: Coding) => {
      queryClient.setQueryData<Conversation>(key, (old) => (old ? { ...old, excerpts: old.excerpts.map((x) => (x.id === e.id ? { ...x, coding, suggestions: [] } : x)) } : old));
      void queryClient.invalidateQueries({ queryKey: conversationKeys.all(scope.orgId, scope.programmeId) });
    },
    onDeleted: (number) => {
      announce(`Note ${number} deleted.`);
      document.getElementById('notes-heading')?.focus();
    },
    announce,
  };

  return (
    <section aria-labelledby="notes-heading">
      <h2 className="nhsuk-heading-m" id="notes-heading" tabIndex={-1}>
        Notes and coding
      </h2>
      {c.excerpts.length === 0 ? (
        <p>There are no notes yet.</p>
      ) : (
        <>
          <p>
            {coded} of {c.excerpts.length} {c.excerpts.length === 1 ? 'note' : 'notes'} coded.
          </p>
          {redacted && (
            <InsetText>
              <p>Names and details are taken out of some notes because you did not facilitate this session or write those notes. They are marked “Names taken out”.</p>
            </InsetText>
          )}
          {canWrite && (
            <>
              <p>
                For each note, choose whether it shows each cultural element as a strength or an area to develop, tick any compassionate leadership behaviours it describes, and save. Where
                earlier coding makes a code likely, it is suggested.
              </p>
              <ShortcutSettings on={shortcutsOn} setOn={setShortcutsOn} />
            </>
          )}
        </>
      )}
      {c.excerpts.length > 0 && groups.map((group) => (
        <div key={group.question?.id ?? 'none'}>
          <h3 className="nhsuk-heading-s">{questionHeading(group)}</h3>
          {group.notes.length === 0 ? (
            <p className="nhsuk-body-s">No notes under this question yet.</p>
          ) : (
            <ol className="app-comments">
              {group.notes.map(({ excerpt, number }) => (
                <NoteItem key={excerpt.id} excerpt={excerpt} number={number} questions={c.questions} canWrite={canWrite} shortcutsOn={shortcutsOn} actions={actions} />
              ))}
            </ol>
          )}
        </div>
      ))}
    </section>
  );
}
