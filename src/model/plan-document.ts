import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Confidence, PageError, PageSource } from './page.ts';
import { FieldInfo, itemBase } from './provenance.ts';

export { Provenance, Review, FieldInfo } from './provenance.ts';

/** Bump on every change of the model: major for breaking changes, minor for additions. */
export const SCHEMA_VERSION = '1.0.0';
/** Value of the `schema` field: the id of the published JSON Schema. */
export const SCHEMA_ID = `https://vanban.local/schema/plan-document/${SCHEMA_VERSION}`;

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** ISO calendar date YYYY-MM-DD. */
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const SignatureAuthority = Type.Union([Type.Literal('T/M'), Type.Literal('K/T'), Type.Literal('T/L'), Type.Null()], {
  description: 'T/M on behalf of a collective, K/T signing for the head, T/L by order; state "TM."/"KT."/"TL." map here',
});

export const Recipient = Type.Object({
  ...itemBase,
  name: Type.String(),
  /** Why it is sent, e.g. "báo cáo", "thực hiện"; null when not stated. */
  purpose: Nullable(Type.String()),
});
export type Recipient = Static<typeof Recipient>;

export const Signature = Type.Object({
  authority: SignatureAuthority,
  /** Collective or head signed for, e.g. "BAN THƯỜNG VỤ", "TRƯỞNG BAN". */
  body: Nullable(Type.String()),
  /** Position of the signer, e.g. "PHÓ BÍ THƯ". */
  position: Nullable(Type.String()),
  signer: Nullable(Type.String()),
});

export const DocumentInfo = Type.Object({
  /** Tên loại as printed, e.g. "KẾ HOẠCH". */
  type: Nullable(Type.String()),
  /** Type code from the symbol or the tên loại, e.g. "KH". */
  typeCode: Nullable(Type.String()),
  /** Number as printed (string: leading zeros and blanks matter), e.g. "31"; null when left blank. */
  number: Nullable(Type.String()),
  /** Full symbol, e.g. "31-KH/ĐU" or "30/2020/NĐ-CP". */
  symbol: Nullable(Type.String()),
  issuer: Type.Object({
    /** Issuing body, e.g. "ĐẢNG ỦY XÃ CAO MINH". */
    name: Nullable(Type.String()),
    /** Superior body printed above it, e.g. "ĐẢNG BỘ TỈNH …". */
    parent: Nullable(Type.String()),
  }),
  place: Nullable(Type.String()),
  date: Nullable(IsoDate),
  /** Trích yếu (subject line) after the tên loại. */
  title: Nullable(Type.String()),
  signature: Signature,
  recipients: Type.Array(Recipient),
  /**
   * Confidence and provenance of each scalar field above that was found, keyed by its path inside
   * `document` ("number", "date", "issuer.name", "signature.signer", …). Absent key = not found.
   */
  fields: Type.Record(Type.String(), FieldInfo),
});
export type DocumentInfo = Static<typeof DocumentInfo>;

export const Reference = Type.Object({
  ...itemBase,
  /** Tên loại of the cited document, e.g. "Kết luận". */
  type: Type.String(),
  typeCode: Nullable(Type.String()),
  number: Nullable(Type.String()),
  symbol: Nullable(Type.String()),
  date: Nullable(IsoDate),
  issuer: Nullable(Type.String()),
});
export type Reference = Static<typeof Reference>;

export const Page = Type.Object({
  number: Type.Integer({ minimum: 1 }),
  /** Page text after repair, in reading order; provenance offsets point into it. */
  text: Type.String(),
  source: PageSource,
  confidence: Confidence,
});
export type Page = Static<typeof Page>;

export const Section = Type.Recursive(
  (This) =>
    Type.Object({
      ...itemBase,
      /** Marker as printed, normalised: "II", "1", "1.1", "(1)", "a". */
      number: Nullable(Type.String()),
      heading: Type.String(),
      /** 1 = top level (roman numerals), deeper numbering = higher level. */
      level: Type.Integer({ minimum: 1 }),
      /** Body text of the section, children excluded. */
      body: Type.String(),
      children: Type.Array(This),
    }),
  { $id: 'Section' },
);
export type Section = Static<typeof Section>;

export const Shortcoming = Type.Object({
  ...itemBase,
  /** Numbering of the shortcoming where printed, e.g. "(1)". */
  number: Nullable(Type.String()),
  sectionId: Nullable(Type.String()),
  /** Enclosing shortcoming for numbered sub-items of a quoted shortcoming. */
  parentId: Nullable(Type.String()),
  /** Group label, e.g. "Nhóm khuyết điểm, hạn chế liên quan đến công tác cán bộ". */
  group: Nullable(Type.String()),
});
export type Shortcoming = Static<typeof Shortcoming>;

export const ResponsibleRole = Type.Union(
  ['lead', 'support', 'advise', 'direct', 'execute', 'monitor'].map((r) => Type.Literal(r)),
  { description: 'lead = chủ trì, support = phối hợp, advise = tham mưu, direct = chỉ đạo, execute = thực hiện, monitor = theo dõi' },
);

export const Responsible = Type.Object({
  ...itemBase,
  unit: Type.String(),
  role: ResponsibleRole,
});
export type Responsible = Static<typeof Responsible>;

export const DeadlineKind = Type.Union(
  ['on', 'before', 'by_month', 'by_quarter', 'by_year', 'range', 'recurring', 'immediate'].map((k) => Type.Literal(k)),
);

export const Deadline = Type.Object({
  ...itemBase,
  kind: DeadlineKind,
  /** ISO date; the last day of the month/quarter/year for by_month/by_quarter/by_year, the end of a range. */
  date: Nullable(IsoDate),
  /** Start of a range. */
  startDate: Type.Optional(IsoDate),
  taskId: Nullable(Type.String()),
});
export type Deadline = Static<typeof Deadline>;

export const TaskStatus = Type.Union([Type.Literal('done'), Type.Literal('ongoing'), Type.Literal('planned')]);

export const Task = Type.Object({
  ...itemBase,
  /** Numbering as printed, e.g. "2.1", "(2)", or null for a bullet. */
  number: Nullable(Type.String()),
  sectionId: Nullable(Type.String()),
  shortcomingIds: Type.Array(Type.String()),
  responsible: Type.Array(Responsible),
  /** The task's deadline (a copy of the main entry of `deadlines`), null when none is stated. */
  deadline: Nullable(Type.Object({ id: Type.String(), kind: DeadlineKind, date: Nullable(IsoDate) })),
  status: TaskStatus,
});
export type Task = Static<typeof Task>;

export const DocumentStatus = Type.Union([Type.Literal('success'), Type.Literal('partial_success'), Type.Literal('failure')]);

export const PlanDocument = Type.Object(
  {
    schema: Type.String({ description: 'Id of the JSON Schema this document conforms to' }),
    schemaVersion: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    status: DocumentStatus,
    errors: Type.Array(PageError),
    source: Type.Object({
      fileName: Nullable(Type.String()),
      sha256: Nullable(Type.String({ pattern: '^[0-9a-f]{64}$' })),
      pageCount: Type.Integer({ minimum: 0 }),
      mediaType: Nullable(Type.String()),
    }),
    document: DocumentInfo,
    references: Type.Array(Reference),
    pages: Type.Array(Page),
    sections: Type.Array(Section),
    shortcomings: Type.Array(Shortcoming),
    tasks: Type.Array(Task),
    deadlines: Type.Array(Deadline),
  },
  { $id: SCHEMA_ID, title: 'vanban plan document', additionalProperties: false },
);
export type PlanDocument = Static<typeof PlanDocument>;
