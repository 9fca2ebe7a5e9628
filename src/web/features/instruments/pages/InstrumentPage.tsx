// One questionnaire in full: what it is for and where it comes from, every section, question
// and statement with what each statement counts towards, and the measures it scores. On the
// organisation's own copies, each part can be changed, moved, added or removed from here.
import { Link } from 'react-router';
import type { InstrumentDefinition, Item, LocalisedText, Section } from '../../../../core/instruments/definition.js';
import { useCan } from '../../../app/guards.js';
import { ButtonLink } from '../../../components/Button.js';
import { InsetText, Tag } from '../../../components/content.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { BackLink } from '../../../components/navigation.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { SummaryList } from '../../../components/SummaryList.js';
import { Table } from '../../../components/Table.js';
import { useInstruments } from '../api/useInstruments.js';
import { instrumentsPath, WithInstrument, type InstrumentContext } from '../components/WithInstrument.js';
import { useMover, type Move } from '../components/useMover.js';
import { AUDIENCE_NAMES, answerKind, basedOnText, constructNamesByStatement, elementIdFor, FRAMEWORK_NAMES, statusText } from '../lib/instrument-display.js';

interface Editing {
  path: string;
  move: (move: Move) => void;
  pending: boolean;
}

/** Change, move up, move down and remove, for a question or a statement; hidden text says which. */
function Actions({ edit, changeTo, removeTo, kind, id, label, first, last }: { edit: Editing; changeTo: string; removeTo: string; kind: Move['kind']; id: string; label: string; first: boolean; last: boolean }) {
  const moveButton = (by: -1 | 1) => (
    <li>
      <button type="button" className="app-link-button" aria-disabled={edit.pending || undefined} onClick={() => !edit.pending && edit.move({ kind, id, label, by })}>
        Move {by < 0 ? 'up' : 'down'}
        <span className="nhsuk-u-visually-hidden"> {label}</span>
      </button>
    </li>
  );
  return (
    <ul className="app-instrument-actions">
      <li>
        <Link to={changeTo}>
          Change<span className="nhsuk-u-visually-hidden"> {label}</span>
        </Link>
      </li>
      {!first && moveButton(-1)}
      {!last && moveButton(1)}
      <li>
        <Link to={removeTo}>
          Remove<span className="nhsuk-u-visually-hidden"> {label}</span>
        </Link>
      </li>
    </ul>
  );
}

/** The Welsh beside the English, for instruments offered in Welsh. */
function WelshText({ def, text }: { def: InstrumentDefinition; text: LocalisedText }) {
  if (!def.languages.includes('cy') || !text.cy) return null;
  return (
    <p className="nhsuk-body-s app-instrument-welsh" lang="cy">
      {text.cy}
    </p>
  );
}

function StatementDetails({ id, reverse, scoredAs }: { id: string; reverse: boolean; scoredAs: Map<string, string[]> }) {
  const names = scoredAs.get(id);
  return (
    <p className="nhsuk-body-s app-instrument-meta">
      {reverse && <Tag colour="orange">Reverse-scored</Tag>} {names ? `Counts towards: ${names.join(', ')}` : 'Not scored'}
    </p>
  );
}

function Statements({ item, def, edit, scoredAs, number }: { item: Extract<Item, { type: 'grid' }>; def: InstrumentDefinition; edit: Editing | null; scoredAs: Map<string, string[]>; number: number }) {
  return (
    <ol className="app-instrument-statements">
      {item.rows.map((row, r) => {
        const label = `statement ${r + 1} of question ${number}, ${row.text.en}`;
        return (
          <li key={row.id}>
            <p className="app-instrument-text" id={elementIdFor({ kind: 'statement', id: row.id })} tabIndex={-1}>
              {row.text.en}
            </p>
            <WelshText def={def} text={row.text} />
            <StatementDetails id={row.id} reverse={row.reverse} scoredAs={scoredAs} />
            {edit && (
              <Actions
                edit={edit}
                kind="statement"
                id={row.id}
                label={label}
                changeTo={`${edit.path}/statements/${row.id}`}
                removeTo={`${edit.path}/statements/${row.id}/remove`}
                first={r === 0}
                last={r === item.rows.length - 1}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Question({ item, number, def, edit, scoredAs, first, last }: { item: Item; number: number; def: InstrumentDefinition; edit: Editing | null; scoredAs: Map<string, string[]>; first: boolean; last: boolean }) {
  return (
    <li className="app-instrument-question">
      <h3 className="nhsuk-heading-s" id={elementIdFor({ kind: 'question', id: item.id })} tabIndex={-1}>
        <span className="nhsuk-caption-m">Question {number}</span>
        {item.text.en}
      </h3>
      <WelshText def={def} text={item.text} />
      {item.hint && <p className="nhsuk-hint">{item.hint.en}</p>}
      <p className="nhsuk-body-s app-instrument-meta">
        {answerKind(def, item)}
        {item.required ? '. Must be answered.' : '.'}
      </p>
      {item.type === 'scale' && <StatementDetails id={item.id} reverse={item.reverse} scoredAs={scoredAs} />}
      {(item.type === 'single' || item.type === 'multiple') && (
        <ul className="nhsuk-body-s">
          {item.options.map((o) => (
            <li key={o.value}>{o.label.en}</li>
          ))}
        </ul>
      )}
      {edit && (
        <Actions
          edit={edit}
          kind="question"
          id={item.id}
          label={`question ${number}, ${item.text.en}`}
          changeTo={`${edit.path}/questions/${item.id}`}
          removeTo={`${edit.path}/questions/${item.id}/remove`}
          first={first}
          last={last}
        />
      )}
      {item.type === 'grid' && <Statements item={item} def={def} edit={edit} scoredAs={scoredAs} number={number} />}
      {edit && item.type === 'grid' && (
        <p className="nhsuk-body-s">
          <Link to={`${edit.path}/questions/${item.id}/statements/new`}>
            Add a statement<span className="nhsuk-u-visually-hidden"> to question {number}</span>
          </Link>
        </p>
      )}
    </li>
  );
}

function SectionBlock({ section, index, firstNumber, def, edit, scoredAs }: { section: Section; index: number; firstNumber: number; def: InstrumentDefinition; edit: Editing | null; scoredAs: Map<string, string[]> }) {
  const total = def.sections.length;
  return (
    <section className="app-instrument-section" aria-labelledby={`section-${section.id}`}>
      <h2 className="nhsuk-heading-m" id={`section-${section.id}`}>
        <span className="nhsuk-caption-m">
          Section {index + 1} of {total}
        </span>
        {section.title.en}
      </h2>
      {section.intro && <p>{section.intro.en}</p>}
      {edit && (
        <p className="nhsuk-body-s">
          <Link to={`${edit.path}/sections/${section.id}`}>
            Change the section’s title<span className="nhsuk-u-visually-hidden">, {section.title.en}</span>
          </Link>
        </p>
      )}
      <ol className="app-instrument-questions">
        {section.items.map((item, i) => (
          <Question
            key={item.id}
            item={item}
            number={firstNumber + i}
            def={def}
            edit={edit}
            scoredAs={scoredAs}
            first={index === 0 && i === 0}
            last={index === total - 1 && i === section.items.length - 1}
          />
        ))}
      </ol>
    </section>
  );
}

function Measures({ def }: { def: InstrumentDefinition }) {
  if (def.constructs.length === 0) return <p>This questionnaire does not score any measures; its answers are reported question by question.</p>;
  return (
    <Table
      caption="What it scores"
      columns={[
        { header: 'Measure', rowHeader: true, cell: (c) => c.name.en },
        { header: 'Framework', cell: (c) => FRAMEWORK_NAMES[c.framework] },
        { header: 'Statements', numeric: true, cell: (c) => c.items.length },
      ]}
      rows={def.constructs}
      rowKey={(c) => c.id}
    />
  );
}

function InstrumentView({ instrument, orgId, instrumentPath }: InstrumentContext) {
  const canWrite = useCan('instruments.write');
  const library = useInstruments(orgId);
  const mover = useMover({ instrument, orgId, instrumentPath });
  const def = instrument.definition;
  const editable = canWrite && !instrument.builtIn;
  const edit: Editing | null = editable ? { path: instrumentPath, move: mover.move, pending: mover.pending } : null;
  const scoredAs = constructNamesByStatement(def);
  const basedOn = basedOnText(instrument.basedOn, library.data ?? []);
  const firstNumbers = def.sections.reduce<number[]>((acc, s, i) => [...acc, i === 0 ? 1 : acc[i - 1]! + def.sections[i - 1]!.items.length], []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={instrumentsPath(orgId)}>Back to questionnaires</BackLink>
        {mover.problem && <ErrorSummary title="The question was not moved" problems={[{ field: null, message: mover.problem }]} />}
        <PageHeading caption={statusText(instrument)}>{instrument.title}</PageHeading>
        <p className="nhsuk-body-l">{instrument.description}</p>
        <SummaryList
          rows={[
            { key: 'Who answers', value: AUDIENCE_NAMES[instrument.audience] },
            { key: 'Languages', value: instrument.languages.includes('cy') ? 'English and Welsh' : 'English' },
            { key: 'Source', value: instrument.source },
            ...(basedOn ? [{ key: 'Based on', value: basedOn }] : []),
            { key: 'Questions', value: `${instrument.itemCount} in ${def.sections.length} ${def.sections.length === 1 ? 'section' : 'sections'}` },
          ]}
        />
        {editable && instrument.status === 'published' && (
          <InsetText>
            <p>
              Version {instrument.version} is published and will never change, so surveys using it stay comparable. Any change you make here starts
              version {instrument.version + 1} as a draft.
            </p>
          </InsetText>
        )}
        {canWrite && (
          <div className="app-button-group">
            {editable && instrument.status === 'draft' && <ButtonLink to={`${instrumentPath}/publish`}>Publish version {instrument.version}</ButtonLink>}
            <ButtonLink to={`${instrumentPath}/copy`} variant="secondary">
              Make a copy
            </ButtonLink>
          </div>
        )}
        <div className="nhsuk-u-visually-hidden" aria-live="polite" role="status">
          {mover.announcement}
        </div>
        {def.sections.map((section, s) => (
          <SectionBlock key={section.id} section={section} index={s} firstNumber={firstNumbers[s]!} def={def} edit={edit} scoredAs={scoredAs} />
        ))}
        {edit && (
          <p>
            <ButtonLink to={`${instrumentPath}/questions/new`} variant="secondary">
              Add a question
            </ButtonLink>
          </p>
        )}
        <h2 className="nhsuk-heading-m">Measures</h2>
        <Measures def={def} />
      </div>
    </div>
  );
}

export function InstrumentPage() {
  return <WithInstrument>{(context) => <InstrumentView {...context} />}</WithInstrument>;
}
