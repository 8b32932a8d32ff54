import type {
  FindingKind,
  ParticipantSide,
  ThemeSessionCapture,
  ThemeSessionCaptureInput,
} from '@zet/contracts';

/**
 * The editable part of a theme session as the capture form holds it. Lists carry a local `key`
 * so React can keep focus on the item being typed in; a finding keeps its server `id` once it has
 * one, so actions and rode lijnen stay linked to it.
 */
export type DraftFinding = { key: string; id?: string; kind: FindingKind; text: string };
export type DraftPlacement = {
  key: string;
  role: string;
  current: number;
  desired: number | null;
};
export type DraftParticipant = { role: string; side: ParticipantSide; present: number };

export type CaptureDraft = {
  participants: DraftParticipant[];
  individualPlacements: DraftPlacement[];
  findings: DraftFinding[];
  reflectionCards: string[];
  currentPlacement: number | null;
  desiredPlacement: number | null;
  rationale: string;
  agreements: string;
  plenaryReporter: string;
  notes: string;
};

/** The fields of the capture document, in the order of the form. */
export const CAPTURE_FIELDS = [
  'participants',
  'individualPlacements',
  'findings',
  'reflectionCards',
  'currentPlacement',
  'desiredPlacement',
  'rationale',
  'agreements',
  'plenaryReporter',
  'notes',
] as const satisfies readonly (keyof CaptureDraft)[];
export type CaptureField = (typeof CAPTURE_FIELDS)[number];

/** Sets one field; the page decides how the change is kept (autosaved, or held for a correction). */
export type SetDraftField = <F extends CaptureField>(field: F, value: CaptureDraft[F]) => void;
/** Why the server refused a field, shown on that field. */
export type CaptureFieldErrors = Partial<Record<CaptureField, string>>;

export type CapturePayload = Omit<Required<ThemeSessionCaptureInput>, 'version'>;

let keyCounter = 0;

/** A key unique within this page's lifetime (and across reloads: it carries time and chance). */
export function newKey(): string {
  keyCounter += 1;
  return `k${Date.now().toString(36)}${keyCounter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The draft of a document as the server sent it. */
export function draftFromCapture(
  capture: Pick<ThemeSessionCapture, CaptureField>,
  makeKey: () => string = newKey,
): CaptureDraft {
  return {
    participants: capture.participants.map(({ role, side, present }) => ({ role, side, present })),
    individualPlacements: capture.individualPlacements.map((p) => ({
      key: makeKey(),
      role: p.role,
      current: p.current,
      desired: p.desired,
    })),
    findings: capture.findings.map((f) => ({ key: f.id, id: f.id, kind: f.kind, text: f.text })),
    reflectionCards: [...capture.reflectionCards],
    currentPlacement: capture.currentPlacement,
    desiredPlacement: capture.desiredPlacement,
    rationale: capture.rationale,
    agreements: capture.agreements,
    plenaryReporter: capture.plenaryReporter,
    notes: capture.notes,
  };
}

const sideOrder: Record<ParticipantSide, number> = { school: 0, instituut: 1 };

/** Findings the server would refuse (an empty point) stay in the form but are not sent yet. */
export function sendableFindings(findings: readonly DraftFinding[]): DraftFinding[] {
  return findings.filter((f) => f.text.trim() !== '');
}

/** One field as it is sent, with what does not count (keys, zero counts, order of counts) left out. */
export function payloadField<F extends CaptureField>(
  draft: CaptureDraft,
  field: F,
): CapturePayload[F] {
  return payloadFields[field](draft);
}

const payloadFields: { [F in CaptureField]: (draft: CaptureDraft) => CapturePayload[F] } = {
  participants: (d) =>
    d.participants
      .filter((p) => p.present > 0)
      .map(({ role, side, present }) => ({ role, side, present }))
      .sort((a, b) => sideOrder[a.side] - sideOrder[b.side] || a.role.localeCompare(b.role)),
  individualPlacements: (d) =>
    d.individualPlacements.map(({ role, current, desired }) => ({ role, current, desired })),
  findings: (d) =>
    sendableFindings(d.findings).map(({ id, kind, text }) =>
      id === undefined ? { kind, text } : { id, kind, text },
    ),
  reflectionCards: (d) => [...d.reflectionCards],
  currentPlacement: (d) => d.currentPlacement,
  desiredPlacement: (d) => d.desiredPlacement,
  rationale: (d) => d.rationale,
  agreements: (d) => d.agreements,
  plenaryReporter: (d) => d.plenaryReporter,
  notes: (d) => d.notes,
};

/** The whole document for the PATCH: autosave always sends everything, with the loaded version. */
export function toCaptureInput(draft: CaptureDraft, version: number): ThemeSessionCaptureInput {
  const input: ThemeSessionCaptureInput = { version };
  for (const field of CAPTURE_FIELDS) {
    (input as Record<string, unknown>)[field] = payloadField(draft, field);
  }
  return input;
}

export function sameField(a: CaptureDraft, b: CaptureDraft, field: CaptureField): boolean {
  return JSON.stringify(payloadField(a, field)) === JSON.stringify(payloadField(b, field));
}

/** Fields in which `draft` differs from `base`, as far as the server would see it. */
export function changedFields(base: CaptureDraft, draft: CaptureDraft): CaptureField[] {
  return CAPTURE_FIELDS.filter((field) => !sameField(base, draft, field));
}

export function hasChanges(base: CaptureDraft, draft: CaptureDraft): boolean {
  return changedFields(base, draft).length > 0;
}

/**
 * After a save: new findings that were sent get the id the server gave them (the answer lists
 * them in the order they were sent), and a finding whose id the server no longer has (it was
 * emptied and so removed) loses it, so that it is added again rather than refused.
 */
export function reconcileFindingIds(
  draft: CaptureDraft,
  sent: CaptureDraft,
  saved: Pick<ThemeSessionCapture, 'findings'>,
): CaptureDraft {
  const sentFindings = sendableFindings(sent.findings);
  const idByKey = new Map<string, string>();
  if (sentFindings.length === saved.findings.length) {
    sentFindings.forEach((finding, index) => {
      const match = saved.findings[index];
      if (finding.id === undefined && match && match.kind === finding.kind) {
        idByKey.set(finding.key, match.id);
      }
    });
  }
  const savedIds = new Set(saved.findings.map((f) => f.id));
  let changed = false;
  const findings = draft.findings.map((finding) => {
    if (finding.id === undefined) {
      const id = idByKey.get(finding.key);
      if (id === undefined) return finding;
      changed = true;
      return { ...finding, id };
    }
    if (savedIds.has(finding.id)) return finding;
    changed = true;
    return { key: finding.key, kind: finding.kind, text: finding.text };
  });
  return changed ? { ...draft, findings } : draft;
}
