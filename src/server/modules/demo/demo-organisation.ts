// The demo trust: a fictional acute and community trust of about 3,000 staff, with a
// realistic division → directorate → ward or department tree. Pure and deterministic.
import { seededRng, type Rng } from '../../../core/random/seeded.js';
import type { UnitKind } from '../../../core/organisation/unit-tree.js';

export const DEMO_ORGANISATION_NAME = 'Northfield Valley NHS Foundation Trust';
export const DEMO_EMAIL_DOMAIN = 'northfield-valley.example';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  /** Headcount for the staff generator; zero for divisions and directorates. */
  headcount: number;
  profile: StaffProfile;
}

export interface DemoPerson {
  assignmentNumber: string;
  fullName: string;
  workEmail: string;
  payBand: string;
  staffGroup: string;
  jobRole: string;
  isLeader: boolean;
  unitCode: string;
  ethnicity: string;
  sex: string;
  disability: string;
  ageBand: string;
  startDate: string | null;
  leavingDate: string | null;
  leavingReason: string | null;
  fte: number | null;
  lineManager: string | null;
  keyRole: boolean;
  successors: number | null;
}

type StaffProfile = 'ward' | 'clinic' | 'theatre' | 'therapy' | 'science' | 'community' | 'office' | 'estates' | 'board';

// [name, kind, headcount, profile]; directorates nest under divisions.
type Leaf = readonly [string, UnitKind, number, StaffProfile];
const STRUCTURE: readonly (readonly [string, readonly (readonly [string, readonly Leaf[]])[]])[] = [
  ['Medicine', [
    ['Urgent and Emergency Care', [['Emergency Department', 'department', 190, 'ward'], ['Acute Medical Unit', 'ward', 85, 'ward'], ['Same Day Emergency Care', 'department', 40, 'clinic']]],
    ['Specialty Medicine', [['Cardiology Ward', 'ward', 60, 'ward'], ['Respiratory Ward', 'ward', 58, 'ward'], ['Gastroenterology Ward', 'ward', 52, 'ward'], ['Endoscopy Unit', 'department', 34, 'clinic'], ['Diabetes and Endocrinology', 'team', 18, 'clinic']]],
    ['Older People and Stroke', [['Ward 10 (Frailty)', 'ward', 55, 'ward'], ['Ward 11 (Care of Older People)', 'ward', 54, 'ward'], ['Ward 12 (Care of Older People)', 'ward', 9, 'ward'], ['Hyper-acute Stroke Unit', 'ward', 62, 'ward']]],
  ]],
  ['Surgery and Critical Care', [
    ['General Surgery', [['Surgical Assessment Unit', 'ward', 48, 'ward'], ['Ward 20 (Colorectal)', 'ward', 50, 'ward'], ['Ward 21 (Upper GI)', 'ward', 46, 'ward']]],
    ['Trauma and Orthopaedics', [['Ward 22 (Trauma)', 'ward', 52, 'ward'], ['Ward 23 (Elective Orthopaedics)', 'ward', 44, 'ward'], ['Fracture Clinic', 'department', 22, 'clinic']]],
    ['Theatres, Anaesthetics and Critical Care', [['Main Theatres', 'department', 170, 'theatre'], ['Day Surgery Unit', 'department', 55, 'theatre'], ['Critical Care Unit', 'ward', 110, 'ward']]],
  ]],
  ['Women and Children', [
    ['Maternity', [['Labour Ward', 'ward', 80, 'ward'], ['Birth Centre', 'ward', 30, 'ward'], ['Antenatal and Postnatal Ward', 'ward', 50, 'ward'], ['Community Midwifery', 'team', 45, 'community']]],
    ['Paediatrics and Neonates', [['Children’s Ward', 'ward', 58, 'ward'], ['Neonatal Unit', 'ward', 64, 'ward'], ['Children’s Outpatients', 'department', 20, 'clinic']]],
    ['Gynaecology', [['Gynaecology Ward', 'ward', 32, 'ward'], ['Early Pregnancy Unit', 'department', 12, 'clinic']]],
  ]],
  ['Clinical Support Services', [
    ['Imaging', [['Diagnostic Radiology', 'department', 95, 'science'], ['Breast Screening', 'team', 16, 'science']]],
    ['Pathology', [['Blood Sciences', 'department', 70, 'science'], ['Microbiology', 'department', 38, 'science']]],
    ['Pharmacy', [['Hospital Pharmacy', 'department', 75, 'science']]],
    ['Therapies', [['Physiotherapy', 'department', 68, 'therapy'], ['Occupational Therapy', 'department', 42, 'therapy'], ['Speech and Language Therapy', 'team', 14, 'therapy'], ['Dietetics', 'team', 11, 'therapy']]],
    ['Outpatients', [['Main Outpatients', 'department', 60, 'clinic']]],
  ]],
  ['Community and Integrated Care', [
    ['Community Nursing', [['District Nursing North', 'team', 62, 'community'], ['District Nursing South', 'team', 58, 'community'], ['Community Matrons', 'team', 8, 'community']]],
    ['Intermediate Care', [['Rapid Response Team', 'team', 36, 'community'], ['Community Rehabilitation Unit', 'ward', 40, 'ward']]],
  ]],
  ['Corporate Services', [
    ['Finance and Performance', [['Finance', 'department', 55, 'office'], ['Information and Performance', 'department', 30, 'office']]],
    ['People and Organisational Development', [['People Services', 'department', 48, 'office'], ['Learning and Organisational Development', 'team', 22, 'office']]],
    ['Digital Services', [['IT Service Desk', 'team', 35, 'office'], ['Clinical Systems', 'team', 28, 'office']]],
    ['Estates and Facilities', [['Estates', 'department', 80, 'estates'], ['Domestic Services', 'department', 150, 'estates'], ['Catering', 'department', 60, 'estates'], ['Portering', 'team', 45, 'estates']]],
    ['Quality and Governance', [['Patient Safety', 'team', 14, 'office'], ['Patient Experience', 'team', 10, 'office']]],
    ['Executive Office', [['Trust Board', 'team', 14, 'board']]],
  ]],
];

const ROLE_MIX: Record<StaffProfile, readonly (readonly [readonly [string, string, string], number])[]> = {
  ward: [
    [['Staff Nurse', 'Band 5', 'Nursing and Midwifery Registered'], 38],
    [['Senior Staff Nurse', 'Band 6', 'Nursing and Midwifery Registered'], 10],
    [['Healthcare Assistant', 'Band 2', 'Additional Clinical Services'], 22],
    [['Senior Healthcare Assistant', 'Band 3', 'Additional Clinical Services'], 8],
    [['Ward Clerk', 'Band 2', 'Administrative and Clerical'], 4],
    [['Specialty Registrar', 'Specialty Registrar', 'Medical and Dental'], 6],
    [['Foundation Doctor', 'Foundation Year 1', 'Medical and Dental'], 5],
    [['Consultant', 'Consultant', 'Medical and Dental'], 4],
    [['Nursing Associate', 'Band 4', 'Nursing and Midwifery Registered'], 3],
  ],
  clinic: [
    [['Outpatient Nurse', 'Band 5', 'Nursing and Midwifery Registered'], 30],
    [['Clinical Nurse Specialist', 'Band 7', 'Nursing and Midwifery Registered'], 8],
    [['Healthcare Assistant', 'Band 3', 'Additional Clinical Services'], 20],
    [['Receptionist', 'Band 2', 'Administrative and Clerical'], 15],
    [['Consultant', 'Consultant', 'Medical and Dental'], 12],
    [['Specialty Doctor', 'Specialty Doctor', 'Medical and Dental'], 6],
  ],
  theatre: [
    [['Theatre Practitioner', 'Band 5', 'Allied Health Professionals'], 30],
    [['Theatre Nurse', 'Band 5', 'Nursing and Midwifery Registered'], 20],
    [['Anaesthetic Practitioner', 'Band 6', 'Allied Health Professionals'], 10],
    [['Theatre Support Worker', 'Band 3', 'Additional Clinical Services'], 18],
    [['Consultant Anaesthetist', 'Consultant', 'Medical and Dental'], 10],
    [['Consultant Surgeon', 'Consultant', 'Medical and Dental'], 8],
  ],
  therapy: [
    [['Physiotherapist', 'Band 5', 'Allied Health Professionals'], 30],
    [['Specialist Therapist', 'Band 6', 'Allied Health Professionals'], 25],
    [['Therapy Assistant', 'Band 3', 'Additional Clinical Services'], 20],
    [['Advanced Practitioner', 'Band 7', 'Allied Health Professionals'], 8],
  ],
  science: [
    [['Biomedical Scientist', 'Band 5', 'Healthcare Scientists'], 25],
    [['Specialist Scientist', 'Band 6', 'Healthcare Scientists'], 15],
    [['Radiographer', 'Band 5', 'Allied Health Professionals'], 20],
    [['Pharmacist', 'Band 7', 'Additional Professional Scientific and Technical'], 10],
    [['Pharmacy Technician', 'Band 4', 'Additional Professional Scientific and Technical'], 12],
    [['Laboratory Assistant', 'Band 2', 'Additional Clinical Services'], 15],
  ],
  community: [
    [['Community Staff Nurse', 'Band 5', 'Nursing and Midwifery Registered'], 30],
    [['District Nurse', 'Band 6', 'Nursing and Midwifery Registered'], 18],
    [['Community Midwife', 'Band 6', 'Nursing and Midwifery Registered'], 10],
    [['Healthcare Support Worker', 'Band 3', 'Additional Clinical Services'], 20],
    [['Team Administrator', 'Band 3', 'Administrative and Clerical'], 6],
  ],
  office: [
    [['Administrator', 'Band 3', 'Administrative and Clerical'], 30],
    [['Officer', 'Band 4', 'Administrative and Clerical'], 22],
    [['Analyst', 'Band 6', 'Administrative and Clerical'], 15],
    [['Manager', 'Band 7', 'Administrative and Clerical'], 8],
    [['Senior Manager', 'Band 8a', 'Administrative and Clerical'], 4],
  ],
  estates: [
    [['Domestic Assistant', 'Band 2', 'Estates and Ancillary'], 45],
    [['Porter', 'Band 2', 'Estates and Ancillary'], 15],
    [['Catering Assistant', 'Band 2', 'Estates and Ancillary'], 15],
    [['Maintenance Technician', 'Band 4', 'Estates and Ancillary'], 12],
    [['Supervisor', 'Band 4', 'Estates and Ancillary'], 6],
  ],
  board: [
    [['Executive Director', 'Non-AfC', 'Administrative and Clerical'], 6],
    [['Non-executive Director', 'Non-AfC', 'Administrative and Clerical'], 6],
    [['Board Secretary', 'Band 8b', 'Administrative and Clerical'], 1],
  ],
};

// The manager of each leaf unit: the post every real team or ward has at its head.
const MANAGER: Record<StaffProfile, readonly [string, string, string]> = {
  ward: ['Ward Manager', 'Band 7', 'Nursing and Midwifery Registered'],
  clinic: ['Department Manager', 'Band 7', 'Nursing and Midwifery Registered'],
  theatre: ['Theatre Manager', 'Band 8a', 'Nursing and Midwifery Registered'],
  therapy: ['Therapy Lead', 'Band 8a', 'Allied Health Professionals'],
  science: ['Service Manager', 'Band 8a', 'Healthcare Scientists'],
  community: ['Team Leader', 'Band 7', 'Nursing and Midwifery Registered'],
  office: ['Head of Service', 'Band 8b', 'Administrative and Clerical'],
  estates: ['Facilities Manager', 'Band 7', 'Estates and Ancillary'],
  board: ['Chief Executive', 'Non-AfC', 'Administrative and Clerical'],
};

const FIRST = ['Aisha', 'Amelia', 'Ben', 'Chloe', 'Daniel', 'Deepa', 'Emma', 'Femi', 'Grace', 'Hannah', 'Imran', 'Isla', 'James', 'Joy', 'Karen', 'Kwame', 'Laura', 'Li', 'Maria', 'Mohammed', 'Nadia', 'Niamh', 'Oliver', 'Priya', 'Rachel', 'Rhys', 'Sam', 'Sarah', 'Siobhan', 'Tom', 'Tomasz', 'Una', 'Yusuf', 'Zara', 'Olu', 'Gareth', 'Megan', 'Ravi', 'Fatima', 'Chen'];
const LAST = ['Ahmed', 'Bailey', 'Begum', 'Campbell', 'Chaudhry', 'Davies', 'Edwards', 'Evans', 'Fernandes', 'Green', 'Hughes', 'Jones', 'Kaur', 'Kowalski', 'Lewis', 'Mensah', 'Morgan', 'Murphy', 'Nowak', 'Okafor', 'O’Brien', 'Patel', 'Price', 'Reid', 'Roberts', 'Santos', 'Shah', 'Singh', 'Smith', 'Taylor', 'Thomas', 'Walker', 'Williams', 'Wong', 'Wright', 'Adeyemi', 'Hussain', 'Kelly', 'Nguyen', 'Jackson'];

// Approximate NHS workforce shares (NHS England workforce statistics and WRES/WDES reports).
const ETHNICITY = [['White', 72], ['Asian or Asian British', 13], ['Black or Black British', 8], ['Mixed', 2], ['Other ethnic group', 2], ['Not stated', 3]] as const;
const SEX = [['Female', 77], ['Male', 23]] as const;
const DISABILITY = [['No', 84], ['Yes', 5], ['Not declared', 11]] as const;
const AGE = [['16-20', 2], ['21-30', 20], ['31-40', 25], ['41-50', 25], ['51-65', 26], ['66+', 2]] as const;

function code(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(3, '0')}`;
}

export function demoUnits(): DemoUnit[] {
  const units: DemoUnit[] = [];
  let d = 0;
  let r = 0;
  let l = 0;
  for (const [division, directorates] of STRUCTURE) {
    const divisionCode = code('DIV', ++d);
    units.push({ code: divisionCode, name: division, kind: 'division', parentCode: null, headcount: 0, profile: 'office' });
    for (const [directorate, leaves] of directorates) {
      const directorateCode = code('DIR', ++r);
      units.push({ code: directorateCode, name: directorate, kind: 'directorate', parentCode: divisionCode, headcount: 0, profile: 'office' });
      for (const [name, kind, headcount, profile] of leaves) {
        units.push({ code: code('U', ++l), name, kind, parentCode: directorateCode, headcount, profile });
      }
    }
  }
  return units;
}

function person(rng: Rng, n: number, unitCode: string, post: readonly [string, string, string], leader: boolean, used: Set<string>): DemoPerson {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  let local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  for (let i = 2; used.has(local); i++) local = `${first}.${last}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
  used.add(local);
  const [jobRole, payBand, staffGroup] = post;
  return {
    assignmentNumber: String(20000000 + n * 7),
    fullName: `${first} ${last}`,
    workEmail: `${local}@${DEMO_EMAIL_DOMAIN}`,
    payBand,
    staffGroup,
    jobRole,
    isLeader: leader,
    unitCode,
    ethnicity: rng.weighted(ETHNICITY),
    sex: rng.weighted(SEX),
    disability: rng.weighted(DISABILITY),
    ageBand: rng.weighted(AGE),
    startDate: null,
    leavingDate: null,
    leavingReason: null,
    fte: null,
    lineManager: null,
    keyRole: false,
    successors: null,
  };
}

export function demoPeople(units: readonly DemoUnit[], seed = 20261123): DemoPerson[] {
  const rng = seededRng(seed);
  const used = new Set<string>();
  const people: DemoPerson[] = [];
  for (const unit of units) {
    for (let i = 0; i < unit.headcount; i++) {
      const manager = i === 0;
      const post = manager ? MANAGER[unit.profile] : rng.weighted(ROLE_MIX[unit.profile]);
      const bandNumber = Number.parseInt(post[1].replace(/\D/g, ''), 10);
      const leader = manager || post[1] === 'Consultant' || (!Number.isNaN(bandNumber) && bandNumber >= 7 && /Band [78]/.test(post[1]));
      people.push(person(rng, people.length + 1, unit.code, post, leader, used));
    }
  }
  addEmploymentHistory(people, units, seed);
  return people;
}

const LEAVING_REASONS: readonly (readonly [string, number])[] = [
  ['Voluntary resignation - work life balance', 24],
  ['Voluntary resignation - promotion', 18],
  ['Voluntary resignation - relocation', 14],
  ['Retirement age', 16],
  ['Voluntary early retirement - with actuarial reduction', 6],
  ['End of fixed term contract', 12],
  ['Voluntary resignation - lack of opportunities', 10],
];

/**
 * What a richer ESR extract would add, drawn from its own stream so the people and their
 * surveys stay as they were: start dates, FTE, line managers (each unit's manager manages its
 * leaders, who share out everyone else), key roles with ready-now successors, and, as further
 * rows, about one in nine who left in the twelve months to October 2026, with their reasons.
 */
function addEmploymentHistory(people: DemoPerson[], units: readonly DemoUnit[], seed: number): void {
  const rng = seededRng(seed + 7);
  const day = (from: number, span: number) => new Date(Date.UTC(2026, 9, 31) - Math.floor(from + rng.next() * span) * 86_400_000).toISOString().slice(0, 10);
  const byUnit = new Map<string, DemoPerson[]>();
  for (const p of people) byUnit.set(p.unitCode, [...(byUnit.get(p.unitCode) ?? []), p]);
  for (const p of people) {
    // Service: many in their first few years, a long tail to 35 years.
    p.startDate = day(30, Math.min(12_700, -Math.log(1 - rng.next() * 0.97) * 2_600));
    p.fte = rng.next() < 0.72 ? 1 : rng.pick([0.8, 0.6, 0.5, 0.4]);
  }
  for (const unit of units) {
    const staff = byUnit.get(unit.code) ?? [];
    const [manager, ...rest] = staff;
    if (!manager) continue;
    manager.keyRole = true;
    manager.successors = rng.weighted([[0, 5], [1, 4], [2, 1]] as const);
    const leaders = rest.filter((p) => p.isLeader);
    for (const l of leaders) l.lineManager = manager.assignmentNumber;
    const others = rest.filter((p) => !p.isLeader);
    others.forEach((p, i) => (p.lineManager = leaders.length ? leaders[i % leaders.length]!.assignmentNumber : manager.assignmentNumber));
  }
  const count = Math.round(people.length / 9);
  for (let i = 0; i < count; i++) {
    const like = people[Math.floor(rng.next() * people.length)]!;
    const leavingDate = day(0, 365);
    people.push({
      ...like,
      assignmentNumber: String(30000000 + i * 7),
      fullName: `${like.fullName.split(' ')[0]} ${rng.pick(LAST)}`,
      workEmail: `former.${i}@${DEMO_EMAIL_DOMAIN}`,
      isLeader: like.isLeader && rng.next() < 0.5,
      keyRole: false,
      successors: null,
      startDate: new Date(Date.parse(leavingDate) - Math.floor(200 + rng.next() * 4_000) * 86_400_000).toISOString().slice(0, 10),
      leavingDate,
      leavingReason: rng.weighted(LEAVING_REASONS),
    });
  }
}
