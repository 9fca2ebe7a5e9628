// Word lists that the comment redactor uses to tell a staff member's name from an ordinary word:
// names that are also everyday words, words for roles and places that are also surnames, titles
// and the small words inside compound names. All stored folded (see `foldWord`).

const list = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Staff names that are also everyday English (or Welsh) words. Matched in a comment only when
 * the comment treats them as a name (see `redact.ts`): "I hope it gets better" keeps its "hope",
 * "ask Hope" loses it. An organisation can add its own with the redactor's `commonWords` option.
 */
export const COMMON_WORD_NAMES = list(`
  will may hope faith grace bill joy mark rose june april august dawn summer autumn winter
  holly ivy iris daisy lily poppy heather hazel olive ruby pearl amber crystal jade violet
  robin jay drew chase hunter dean miles ray rob sue pat jack frank guy nick art bob don
  gene grant victor earnest patience prudence honor honour constance charity mercy
  harmony melody star sky river rain storm sandy penny kitty candy cherry ginger ash glen dale
  clay cliff wade cole mason cook baker butler taylor young white brown green black gray grey
  hill wood woods hall king walker long short little bell rice best love moss field fields
  day price page marsh lamb fox gill hart hunt stone park parks banks church lord bishop major
  case good hand cross rich sharp swift strong lane house ford brook brooks north south west
  east frost snow moon street waters gold silver sweet wise noble english french welsh reed
  bond barber carpenter cooper fisher sage sterling read sharpe cash hood wall
  bryn glyn haf eira mai gwen gwyn seren awel heulwen carys
`);

/**
 * Words for roles, places and services that are also surnames (Ward, Nurse, Porter, Bay). Staff
 * write them with capitals as a matter of course ("the Ward Manager", "Night Sister"), so on their
 * own they are never taken for names; only after a title ("Mrs Ward") or beside another name.
 */
export const ROLE_AND_PLACE_WORDS = list(`
  ward wards bay bays unit units theatre theatres clinic clinics team teams department hospital
  trust board practitioner practitioners specialist associate manager managers lead leads leader
  director directors nurse nurses sister sisters matron matrons doctor doctors consultant
  consultants registrar physician surgeon midwife midwives porter porters cleaner assistant
  support worker workers band bank agency shift shifts rota night nights care health service
  services patient patients staff office centre general medical acute mental community pharmacy
  radiology maternity outpatients emergency surgery medicine admin reception nhs executive chief
  deputy senior junior head governance safeguarding education training occupational therapy
  therapist estates finance payroll human resources hr nyrs meddyg
`);

/**
 * Titles that come before a surname. The next capitalised word is taken for a name even when the
 * staff list does not hold it (agency and bank staff, doctors in training), unless it is a role
 * or place word ("Nurse Practitioner", "Sister Ward" only if Ward is on the staff list).
 */
export const TITLES = list(`
  dr doctor mr mrs ms miss mx prof professor sister sr matron nurse rev revd reverend sir dame
  lady cllr councillor
`);

/**
 * The titles that are titles in any case ("dr jones"). The others are also ordinary words and
 * count as titles only with a capital: "I miss Sarah" keeps its "miss".
 */
export const ABBREVIATED_TITLES = list(`dr mr mrs ms mx prof sr rev revd cllr`);

/**
 * The small words inside compound names ("Dafydd ap Gwilym", "Van der Berg"). Never names on
 * their own; between two names they are redacted with them, so "[name]" does not become
 * "[name] ap [name]".
 */
export const NAME_PARTICLES = list(`ap ab ferch van von der den de la le du da di del della bin binti al el st`);
