import { Injectable } from '@nestjs/common';
import type { ImportEvaluation, ImportIssue, ImportReport, ImportRow } from '@zet/contracts';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PartnershipScope } from '../../common/access/request-scope';
import { ScopedDb } from '../../common/access/scoped-db';
import { badRequest, conflict, DutchHttpException } from '../../common/dutch-exceptions';
import type { UploadedFileData } from '../../common/file-upload';
import type { FieldError } from '../../common/problem';
import { AuditService } from '../audit/audit.service';
import { clientIp } from '../auth/session-helpers';
import { ContentService } from '../content/content.service';
import { EvaluationPlanService } from '../evaluations/evaluation-plan.service';
import { EvaluationsService } from '../evaluations/evaluations.service';
import { FinalisationService } from '../evaluations/finalisation.service';
import { SessionCaptureService } from '../evaluations/session-capture.service';
import { importTemplate } from './import-columns';
import { type ReadResult, readImportFile, UnsupportedImportFile } from './import-file';
import {
  type CheckedRow,
  checkRow,
  contentHash,
  groupIntoEvaluations,
  type ImportContext,
  markDuplicates,
  naturalKey,
  type PlannedEvaluation,
  roleIndex,
  type ValidRow,
} from './import-rows';
import { type TemplateReference, templateCsv, templateXlsx } from './import-template';
import { importMessages as m } from './imports.messages';
import {
  ensureRounds,
  findImportedEvaluation,
  findImportedKeys,
  type ImportedKeyRow,
  type ImportedRowFields,
  insertBatch,
  insertExpectedParticipants,
  insertImportedRows,
  insertSessionAtEnd,
  listLocations,
  touchEvaluation,
} from './imports.queries';

/** What a file amounts to for this partnership, before anything is written. */
type Analysis = {
  checked: CheckedRow[];
  /** Valid rows an earlier import already has, by row number. */
  imported: Map<number, ImportedKeyRow & { changed: boolean }>;
  /** The dagdelen the new rows form; `existingId` when an earlier import created it. */
  planned: (PlannedEvaluation & { existingId: string | null })[];
  keys: Map<number, { key: string; content: string }>;
};

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Today in the Netherlands, as YYYY-MM-DD. */
const dutchToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** A file name safe to store and show: no path, no control characters, at most 255 characters. */
export function cleanFileName(name: string): string {
  const base = (name.split(/[/\\]/).pop() ?? '').normalize('NFC');
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || 'import').slice(0, 255);
}

const issueToFieldError = (issue: ImportIssue): FieldError => ({
  path:
    issue.rowNumber === null
      ? ['file']
      : ['rows', issue.rowNumber, ...(issue.column ? [issue.column] : [])],
  message: issue.message,
});

/**
 * Importing earlier ZET rounds: every row is checked (a dry run stops there), then all new rows
 * are written in the caller's one transaction as finalised dagdelen, or none are.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly content: ContentService,
    private readonly audit: AuditService,
    private readonly evaluations: EvaluationsService,
    private readonly plans: EvaluationPlanService,
    private readonly capture: SessionCaptureService,
    private readonly finalisation: FinalisationService,
  ) {}

  template() {
    return importTemplate();
  }

  templateCsv() {
    return templateCsv();
  }

  templateXlsx() {
    return templateXlsx(this.reference());
  }

  /** Checks the file; with `dryRun` only reports, otherwise commits all new rows or refuses (400). */
  async run(
    req: Request,
    scope: PartnershipScope,
    file: UploadedFileData,
    dryRun: boolean,
  ): Promise<ImportReport> {
    let read: ReadResult;
    try {
      read = await readImportFile(file.buffer);
    } catch (error) {
      if (error instanceof UnsupportedImportFile) throw new DutchHttpException(415, error.detail);
      throw error;
    }
    const fileName = cleanFileName(file.originalname);
    const fileSha = sha256(file.buffer);

    return this.db.run(scope, async (db) => {
      const analysis = await this.analyse(db, scope, read);
      const rows = this.reportRows(analysis);
      const errors = [...read.issues, ...analysis.checked.flatMap((r) => r.errors)];
      const report = (evaluations: ImportEvaluation[], batchId: string | null): ImportReport => ({
        dryRun,
        batchId,
        fileName,
        format: read.format,
        sha256: fileSha,
        counts: {
          rows: rows.length,
          new: rows.filter((r) => r.status === 'new').length,
          alreadyImported: rows.filter((r) => r.status === 'already_imported').length,
          invalid: rows.filter((r) => r.status === 'invalid').length,
          evaluationsCreated: evaluations.filter((e) => e.action === 'create').length,
          evaluationsExtended: evaluations.filter((e) => e.action === 'extend').length,
          sessions: evaluations.reduce((sum, e) => sum + e.sessions, 0),
        },
        rows,
        evaluations,
        errors,
        notices: read.notices,
      });

      const preview = analysis.planned.map((p) => this.reportEvaluation(p, p.existingId));
      if (dryRun) return report(preview, null);
      if (errors.length) throw badRequest(m.refused, errors.map(issueToFieldError));

      const batchId = await insertBatch(db, scope.partnershipId, {
        fileName,
        fileSha256: fileSha,
        format: read.format,
        rowCount: rows.length,
        importedRows: rows.filter((r) => r.status === 'new').length,
        skippedRows: analysis.imported.size,
        evaluationsCreated: preview.filter((e) => e.action === 'create').length,
        evaluationsExtended: preview.filter((e) => e.action === 'extend').length,
        createdBy: scope.principal.userId,
      });
      const written: ImportEvaluation[] = [];
      const keyRows: ImportedRowFields[] = [];
      for (const plan of analysis.planned) {
        const sessionIds = plan.existingId
          ? await this.extend(db, req, scope, plan, plan.existingId, { batchId, fileName })
          : await this.create(db, req, scope, plan);
        plan.rows.forEach((row, i) => {
          const keys = analysis.keys.get(row.rowNumber)!;
          keyRows.push({
            keySha256: keys.key,
            contentSha256: keys.content,
            themeSessionId: sessionIds.sessions[i]!,
            rowNumber: row.rowNumber,
          });
        });
        written.push(this.reportEvaluation(plan, sessionIds.evaluationId));
      }
      const inserted = await insertImportedRows(db, scope.partnershipId, batchId, keyRows);
      if (inserted !== keyRows.length) throw conflict(m.concurrent);
      await this.audit.record(db, {
        action: 'import.committed',
        partnershipId: scope.partnershipId,
        userId: scope.principal.userId,
        targetType: 'import_batch',
        targetId: batchId,
        details: {
          fileName,
          importedRows: keyRows.length,
          skippedRows: analysis.imported.size,
          evaluations: written.length,
        },
        ip: clientIp(req),
      });
      return report(written, batchId);
    });
  }

  /** Checks every row, finds what earlier imports have, and groups the rest into dagdelen. */
  private async analyse(
    db: EntityManager,
    scope: PartnershipScope,
    read: ReadResult,
  ): Promise<Analysis> {
    const context: ImportContext = {
      locations: await listLocations(db, scope.partnershipId),
      versions: this.reference().versions,
      roles: this.content.bundle.framework.roles,
      today: dutchToday(),
    };
    const roles = roleIndex(context.roles);
    const checked = read.rows.map((raw) => checkRow(raw, context, roles));
    const keyOf = (row: ValidRow) => naturalKey(scope.partnershipId, row);
    markDuplicates(checked, keyOf);

    const valid = checked.flatMap((r) => (r.valid ? [r.valid] : []));
    const keys = new Map(
      valid.map((r) => [r.rowNumber, { key: keyOf(r), content: contentHash(r) }]),
    );
    const existing = await findImportedKeys(
      db,
      scope.partnershipId,
      [...keys.values()].map((k) => k.key),
    );
    const imported = new Map<number, ImportedKeyRow & { changed: boolean }>();
    for (const row of valid) {
      const k = keys.get(row.rowNumber)!;
      const earlier = existing.get(k.key);
      if (earlier)
        imported.set(row.rowNumber, { ...earlier, changed: earlier.content_sha256 !== k.content });
    }

    const planned: Analysis['planned'] = [];
    for (const group of groupIntoEvaluations(valid.filter((r) => !imported.has(r.rowNumber)))) {
      const existingId = await findImportedEvaluation(db, scope.partnershipId, {
        schoolYear: group.schoolYear,
        heldOn: group.heldOn,
        locationId: group.location?.id ?? null,
        contentVersionId: group.contentVersionId,
      });
      planned.push({ ...group, existingId: existingId ?? null });
    }
    return { checked, imported, planned, keys };
  }

  /**
   * A new dagdeel through the planning service, its sessions captured through the capture
   * service and finalised (with its audit entry) through the finalisation service, so the same
   * rules hold as for a dagdeel entered by hand. Returns the session ids in row order.
   */
  private async create(
    db: EntityManager,
    req: Request,
    scope: PartnershipScope,
    plan: PlannedEvaluation,
  ): Promise<{ evaluationId: string; sessions: string[] }> {
    const roundCount = Math.max(...plan.rows.map((r) => r.round));
    const evaluationId = await this.plans.createInTransaction(db, scope, {
      locationId: plan.location?.id ?? null,
      heldOn: plan.heldOn,
      schoolYear: plan.schoolYear,
      contentVersion: plan.contentVersionId,
      targetGroupIds: [],
      rounds: Array.from({ length: roundCount }, (_, i) => ({
        label: '',
        groups: plan.rows
          .filter((r) => r.round === i + 1)
          .map((r) => ({
            themeCode: r.themeCode,
            groupLabel: r.groupLabel,
            facilitatorId: null,
            expectedParticipants: r.participants.map((p) => ({
              role: p.role,
              side: p.side,
              expected: p.present,
            })),
          })),
      })),
    });
    const { sessions } = await this.evaluations.findVisible(db, scope, evaluationId, 'update');
    const ids = plan.rows.map((row) => {
      const session = sessions.find(
        (s) =>
          s.round_number === row.round &&
          s.theme_code === row.themeCode &&
          s.group_label === row.groupLabel,
      );
      if (!session) throw new Error(`imported row ${row.rowNumber} has no session`);
      return session;
    });
    for (const [i, session] of ids.entries())
      await this.writeOutcome(db, scope, session, plan.rows[i]!);

    const fresh = await this.evaluations.findVisible(db, scope, evaluationId, 'update');
    await this.finalisation.finaliseInTransaction(
      db,
      scope,
      fresh.evaluation,
      fresh.sessions,
      clientIp(req),
    );
    return { evaluationId, sessions: ids.map((s) => s.id) };
  }

  /**
   * New rows for a dagdeel an earlier import created: added to it as sessions (it stays
   * finalised), audited as a correction of that dagdeel.
   */
  private async extend(
    db: EntityManager,
    req: Request,
    scope: PartnershipScope,
    plan: PlannedEvaluation,
    evaluationId: string,
    batch: { batchId: string; fileName: string },
  ): Promise<{ evaluationId: string; sessions: string[] }> {
    const { evaluation } = await this.evaluations.findVisible(db, scope, evaluationId, 'update');
    const ids: string[] = [];
    for (const row of plan.rows) {
      const roundId = await ensureRounds(db, scope.partnershipId, evaluationId, row.round);
      const id = await insertSessionAtEnd(db, scope.partnershipId, {
        evaluationId,
        roundId,
        contentVersionId: plan.contentVersionId,
        themeCode: row.themeCode,
        groupLabel: row.groupLabel,
      });
      await insertExpectedParticipants(db, scope.partnershipId, id, row.participants);
      ids.push(id);
    }
    const { sessions } = await this.evaluations.findVisible(db, scope, evaluationId);
    for (const [i, id] of ids.entries()) {
      const session = sessions.find((s) => s.id === id);
      if (!session) throw new Error(`imported session ${id} not found`);
      await this.writeOutcome(db, scope, session, plan.rows[i]!);
    }
    await touchEvaluation(db, evaluationId);
    await this.audit.record(db, {
      action: 'evaluation.corrected',
      partnershipId: scope.partnershipId,
      userId: scope.principal.userId,
      targetType: 'evaluation',
      targetId: evaluationId,
      details: {
        title: evaluation.title,
        heldOn: evaluation.held_on,
        reason: m.extendedReason(ids.length, batch.fileName),
        importBatchId: batch.batchId,
        sessions: ids.length,
      },
      ip: clientIp(req),
    });
    return { evaluationId, sessions: ids };
  }

  private async writeOutcome(
    db: EntityManager,
    scope: PartnershipScope,
    session: Parameters<SessionCaptureService['writeOutcome']>[2],
    row: ValidRow,
  ): Promise<void> {
    const version = await this.capture.writeOutcome(db, scope.partnershipId, session, {
      version: session.version,
      currentPlacement: row.currentPlacement,
      desiredPlacement: row.desiredPlacement,
      rationale: row.rationale,
      agreements: row.agreements,
      findings: row.findings,
      participants: row.participants,
    });
    // The evaluation is locked and the session new: a miss would be a bug, not a race.
    if (version === undefined) throw new Error(`imported session ${session.id} changed meanwhile`);
  }

  private reportRows(analysis: Analysis): ImportRow[] {
    return analysis.checked.map((r) => {
      const earlier = analysis.imported.get(r.rowNumber);
      return {
        rowNumber: r.rowNumber,
        status: r.errors.length ? 'invalid' : earlier ? 'already_imported' : 'new',
        ...r.echo,
        errors: r.errors,
        note: earlier
          ? earlier.changed
            ? m.alreadyImportedChanged(earlier.imported_on)
            : m.alreadyImported(earlier.imported_on)
          : null,
      };
    });
  }

  private reportEvaluation(plan: Analysis['planned'][number], id: string | null): ImportEvaluation {
    return {
      id,
      action: plan.existingId ? 'extend' : 'create',
      heldOn: plan.heldOn,
      schoolYear: plan.schoolYear,
      location: plan.location,
      contentVersion: plan.contentVersionId,
      sessions: plan.rows.length,
      rowNumbers: plan.rows.map((r) => r.rowNumber),
    };
  }

  /** The content as the import and its template refer to it: versions with their themes, roles. */
  private reference(): TemplateReference {
    const { bundle } = this.content;
    return {
      versions: [...bundle.versions.entries()].map(([id, version]) => ({
        id,
        name: version.manifest.name,
        publishedOn: version.manifest.publishedOn,
        themes: [...version.themes.values()].map((t) => ({ code: t.code, name: t.name })),
      })),
      roles: bundle.framework.roles,
    };
  }
}
