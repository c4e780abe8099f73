/**
 * Merge rules derived from release schemas, checked against the rule sets ocdsmerge's own tests
 * assert (tests/test_rules.py) and against the merge-property cases of its test schema.
 */
import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusJson } from '../../test/corpus';
import { DEFAULT_MERGE_RULES } from './merge-rules-1-1-5';
import { mergeRulesFromSchema } from './merge-rules';
import type { MergeRules } from './merge-rules';

const hasCorpus = corpusAvailable('ocds merge rules');

describe.runIf(hasCorpus)('merge rules from a schema', () => {
  const keyed = (rules: MergeRules) => ({
    wholeListMerge: rules.wholeListMerge.map((p) => p.join('.')).sort(),
    omitWhenMerged: rules.omitWhenMerged.map((p) => p.join('.')).sort(),
  });

  // Expected sets from upstream tests/test_rules.py (ocdsmerge's own assertions).
  it('derives the 1.1.4 rules ocdsmerge derives', () => {
    const rules = mergeRulesFromSchema(corpusJson('ocds-merge/release-schema-1__1__4.json'));
    expect(keyed(rules)).toEqual({
      wholeListMerge: [
        'awards.amendment.changes',
        'awards.amendments.changes',
        'awards.items.additionalClassifications',
        'awards.suppliers.additionalIdentifiers',
        'buyer.additionalIdentifiers',
        'contracts.amendment.changes',
        'contracts.amendments.changes',
        'contracts.implementation.transactions.payee.additionalIdentifiers',
        'contracts.implementation.transactions.payer.additionalIdentifiers',
        'contracts.items.additionalClassifications',
        'contracts.relatedProcesses.relationship',
        'parties.additionalIdentifiers',
        'parties.roles',
        'relatedProcesses.relationship',
        'tender.additionalProcurementCategories',
        'tender.amendment.changes',
        'tender.amendments.changes',
        'tender.items.additionalClassifications',
        'tender.procuringEntity.additionalIdentifiers',
        'tender.submissionMethod',
        'tender.tenderers.additionalIdentifiers',
      ],
      omitWhenMerged: ['date', 'id', 'tag'],
    });
  });

  it('derives the 1.0.3 rules ocdsmerge derives (mergeStrategy ocdsOmit / ocdsVersion)', () => {
    const rules = mergeRulesFromSchema(corpusJson('ocds-merge/release-schema-1__0__3.json'));
    expect(keyed(rules)).toEqual({
      wholeListMerge: [
        'awards.amendment.changes',
        'awards.items.additionalClassifications',
        'awards.suppliers',
        'buyer.additionalIdentifiers',
        'contracts.amendment.changes',
        'contracts.items.additionalClassifications',
        'tender.amendment.changes',
        'tender.items.additionalClassifications',
        'tender.procuringEntity.additionalIdentifiers',
        'tender.submissionMethod',
        'tender.tenderers',
      ],
      omitWhenMerged: ['date', 'id', 'ocid', 'tag'],
    });
  });

  it('reads the test schema: shadowed, false and object-level merge properties', () => {
    const rules = keyed(mergeRulesFromSchema(corpusJson('ocds-merge/schema.json')));
    expect(rules.omitWhenMerged).toEqual([
      'date',
      'id',
      'identifierMerge.omitWhenMerged',
      'omitWhenMerged',
      'wholeListMergeObject.c',
    ]);
    expect(rules.wholeListMerge).toEqual([
      'arrayWithoutObjectId',
      'identifierMerge.subarray.subsubarray',
      'mixedArray',
      'wholeListMergeOmitWhenMerged',
      'wholeListMergeVersionId',
    ]);
  });

  it('ships the FTS extensions in DEFAULT_MERGE_RULES', () => {
    const rules = keyed(DEFAULT_MERGE_RULES);
    // awardCriteria: criteria have no id, so they are replaced whole; lots merge by id.
    expect(rules.wholeListMerge).toContain('tender.lots.awardCriteria.criteria');
    expect(rules.wholeListMerge).toContain('tender.specialRegime');
    expect(rules.wholeListMerge).not.toContain('tender.lots');
    expect(rules.omitWhenMerged).toEqual(['date', 'id', 'tag']);
  });
});

describe('merge rules without a corpus', () => {
  it('follows local $refs, items and properties, and ignores unresolvable refs', () => {
    const schema = {
      definitions: {
        Party: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            roles: { type: 'array', items: { type: 'string' } },
          },
        },
      },
      properties: {
        parties: { type: 'array', items: { $ref: '#/definitions/Party' } },
        extra: { $ref: '#/definitions/Missing' },
        notes: {
          type: 'array',
          items: { type: 'object', properties: { text: { type: 'string' } } },
        },
      },
    };
    const rules = mergeRulesFromSchema(schema);
    expect(rules.wholeListMerge).toEqual([['parties', 'roles'], ['notes']]);
    expect(rules.omitWhenMerged).toEqual([]);
  });

  it('stops at a definition that refers back to itself', () => {
    const schema = {
      definitions: {
        Node: {
          type: 'object',
          properties: {
            child: { $ref: '#/definitions/Node' },
            tags: { type: 'array', items: { type: 'string' } },
          },
        },
      },
      properties: { root: { $ref: '#/definitions/Node' } },
    };
    expect(mergeRulesFromSchema(schema).wholeListMerge).toEqual([['root', 'tags']]);
  });
});
