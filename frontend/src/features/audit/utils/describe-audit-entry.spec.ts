import { describe, expect, it } from '@jest/globals';
import type { AuditLogEntry } from '@zet/contracts';
import { describeAuditEntry, type AuditLookups } from './describe-audit-entry';

const lookups: AuditLookups = {
  personName: (id) => ({ u2: 'Hans Bakker' })[id],
  locationName: (id) => ({ l1: 'De Vlinder', l2: 'Het Anker' })[id],
};

function entry(overrides: Partial<AuditLogEntry>): AuditLogEntry {
  return {
    id: '1',
    occurredAt: '2026-03-01T09:00:00Z',
    action: 'access.role_granted',
    actor: { userId: 'u1', name: 'Marieke de Vries' },
    target: null,
    details: {},
    ip: null,
    ...overrides,
  };
}

describe(describeAuditEntry.name, () => {
  it('names the person concerned, the role and the locaties', () => {
    expect(
      describeAuditEntry(
        entry({
          target: { type: 'user', id: 'u2' },
          details: { role: 'locatiecoordinator', locationIds: ['l1', 'l2'] },
        }),
        lookups,
      ),
    ).toEqual([
      'betreft Hans Bakker',
      'rol locatie-coördinator',
      'locaties De Vlinder en Het Anker',
    ]);
  });

  it('says when the person concerned is no longer known, and marks unknown locaties', () => {
    expect(
      describeAuditEntry(
        entry({ target: { type: 'user', id: 'u9' }, details: { locationIds: ['l9'] } }),
        lookups,
      ),
    ).toEqual([
      'betreft iemand die niet (meer) in het partnerschap zit',
      'locatie onbekende locatie',
    ]);
  });

  it('describes an erasure by its counts, never by name', () => {
    expect(
      describeAuditEntry(
        entry({
          action: 'person.erased',
          target: { type: 'user', id: 'u9' },
          details: { accountErased: true, membershipsRemoved: 1, textsRedacted: 3 },
        }),
        lookups,
      ),
    ).toEqual([
      'betreft iemand die niet (meer) in het partnerschap zit',
      'account verwijderd',
      'naam in 3 teksten verwijderd',
    ]);
  });

  it('leaves out keys it does not know and values of the wrong type', () => {
    expect(
      describeAuditEntry(entry({ details: { filters: { x: 1 }, role: 42, email: null } }), lookups),
    ).toEqual([]);
  });
});
