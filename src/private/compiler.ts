import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { flattenCfnDocument, policySize, worstCaseRef } from './cfn-values';
import { AgcNaming } from './naming';
import { Conditions, PermissionRow } from '../permissions/row';

/** IAM's limit for a customer managed policy document, in characters without whitespace. */
export const MANAGED_POLICY_SIZE_LIMIT = 6144;

/** A statement and the rows it was made from. */
export interface CompiledStatement {
  readonly statement: iam.PolicyStatement;
  readonly rows: PermissionRow[];
  /** Worst-case size of the statement's JSON. */
  readonly size: number;
}

/** Conditions of a row, with `aws:RequestedRegion` added where region scoping applies. */
export function rowConditions(row: PermissionRow, naming: AgcNaming): Conditions | undefined {
  const own = row.conditions?.(naming);
  const regional = row.regional ?? true;
  if (!naming.regionScoped || !regional) {
    return own;
  }
  const merged: Conditions = { ...(own ?? {}) };
  merged.StringEquals = { ...(merged.StringEquals ?? {}), 'aws:RequestedRegion': naming.requestedRegions };
  return merged;
}

/**
 * Turns rows into statements. Rows with the same resources and conditions
 * share one statement; statements keep the order in which their first row
 * appears, and actions are sorted, so the output is deterministic.
 */
export function compileStatements(scope: IConstruct, rows: PermissionRow[], naming: AgcNaming): CompiledStatement[] {
  const groups = new Map<string, { resources: string[]; conditions?: Conditions; rows: PermissionRow[] }>();
  for (const row of rows) {
    const resources = [...new Set(row.resources(naming))];
    const conditions = rowConditions(row, naming);
    const key = JSON.stringify([resources, conditions ?? null]);
    const group = groups.get(key);
    if (group) {
      group.rows.push(row);
    } else {
      groups.set(key, { resources, conditions, rows: [row] });
    }
  }
  const stack = Stack.of(scope);
  const measure = (statement: iam.PolicyStatement) =>
    policySize(flattenCfnDocument(stack.resolve(statement.toStatementJson()), worstCaseRef));
  const maxStatementSize = MANAGED_POLICY_SIZE_LIMIT - documentSize([]);
  const out: CompiledStatement[] = [];
  for (const g of groups.values()) {
    const actions = [...new Set(g.rows.flatMap((r) => r.actions))].sort();
    const make = (resources: string[]) => new iam.PolicyStatement({
      effect: iam.Effect.ALLOW,
      actions,
      resources,
      conditions: g.conditions,
    });
    // A statement with many regions x projects x buckets can outgrow one policy:
    // split its resources, in order, into statements that each fit.
    let chunk: string[] = [];
    for (const resource of g.resources) {
      const candidate = [...chunk, resource];
      if (chunk.length > 0 && measure(make(candidate)) > maxStatementSize) {
        const statement = make(chunk);
        out.push({ statement, rows: g.rows, size: measure(statement) });
        chunk = [resource];
      } else {
        chunk = candidate;
      }
    }
    const statement = make(chunk);
    out.push({ statement, rows: g.rows, size: measure(statement) });
  }
  return out;
}

/** Size of `{"Version":"2012-10-17","Statement":[...]}` around statements of these sizes. */
export function documentSize(statementSizes: number[]): number {
  const empty = policySize({ Version: '2012-10-17', Statement: [] });
  const commas = Math.max(0, statementSizes.length - 1);
  return empty + commas + statementSizes.reduce((a, b) => a + b, 0);
}

/**
 * Packs statements into as few policies as the size limit allows, first fit
 * in statement order. Deterministic: the same rows and options always give the
 * same policies. A statement larger than the limit gets a policy of its own,
 * and the synth-time validation reports it.
 */
export function packStatements(statements: CompiledStatement[], limit: number = MANAGED_POLICY_SIZE_LIMIT): CompiledStatement[][] {
  const bins: CompiledStatement[][] = [];
  for (const s of statements) {
    const bin = bins.find((b) => documentSize([...b.map((x) => x.size), s.size]) <= limit);
    if (bin) {
      bin.push(s);
    } else {
      bins.push([s]);
    }
  }
  return bins;
}

/** The worst-case size of a policy document as IAM counts it. */
export function worstCaseDocumentSize(scope: IConstruct, document: iam.PolicyDocument): number {
  return policySize(flattenCfnDocument(Stack.of(scope).resolve(document), worstCaseRef));
}
